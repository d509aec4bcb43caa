"""Commitments: who agreed, pledged or is working to do what, how much, by when.

One pass over the sentences. A cue from briefgen/data/commitment_cues.json ("agreed to",
"pledged", "will", "reaffirmed their commitment to", "are working to"...) gives the strength;
the subject is read leftwards from the cue to a clause boundary and resolved to actors (mentions
inside it, or "the two sides", "the leaders", "they", "we", "he", "the government" resolved to
what they refer to); the committed action is the clause after the cue. Negated, hypothetical,
passive and predicted cues are dropped, never reported as pledges. The same pledge stated twice
becomes one record with both spans.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from re import _constants as _const  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar, cast

from briefgen import rules
from briefgen.extract import coref
from briefgen.extract.amounts import find_amount
from briefgen.lazyre import at_build, lazy, trie_regex
from briefgen.lazyre import compile as rx_compile
from briefgen.model import Actor, Commitment, DateMention, Document, Span, View

_ADV = (
    r"(?:(?:also|still|now|currently|already|jointly|further|firmly|actively|immediately|soon|"
    r"not|never|both|each|all|always|together|again|then|later|first|next|\w+ly)\s+)?"
)


@dataclass(frozen=True)
class _Cue:
    id: str
    strength: str
    modal: bool
    reported_only: bool
    possessor: bool
    object_actors: bool
    fact_check: bool
    nominal: bool = False  # "X's decision to", "his determination to": X or he commits
    deal_subject: bool = False  # only with an agreement as subject ("It establishes …")
    object_group: bool = False  # the parties are the object ("It commits the parties to")
    # only with a named committer: a progressive's subject may be a thing ("the stock is selling
    # at a discount"), work under way is only an actor's ("Acme is cutting back its staff")
    needs_actor: bool = False
    # only when every committer is of these kinds ("X called for a ban on …" is a person's own
    # programme; a body's or a crowd's call is advocacy)
    committer_kinds: frozenset[str] = frozenset()
    # the sentence is also a view: an intention or a conditional ("plans to", "would consider")
    # is reported as what someone means to do; an undertaking is a commitment alone
    also_view: bool = False


_CUE_OPEN = r"(?:(?<![\w’'-])|(?=[’'](?:ll|d)\b)|(?<=[’'])(?=(?:m|re|s)\s))(?:"


def _compile_cues() -> tuple[re.Pattern[str], dict[str, _Cue]]:
    parts = []
    cues: dict[str, _Cue] = {}
    by_head: dict[str, list[str]] = {}
    for i, e in enumerate(rules.entries("commitment_cues")):
        pat = e["pattern"].replace("{ADV}", _ADV).replace("(?P<verb>", f"(?P<v{i}>")
        parts.append(f"(?P<c{i}>{pat})")
        for h in e["heads"]:
            by_head.setdefault(h.lower(), []).append(parts[-1])
        cues[f"c{i}"] = _Cue(
            e["id"],
            e["strength"],
            bool(e.get("modal")),
            bool(e.get("reported_only")),
            bool(e.get("possessor")),
            bool(e.get("object_actors")),
            bool(e.get("fact_check")),
            bool(e.get("nominal")),
            bool(e.get("deal_subject")),
            bool(e.get("object_group")),
            bool(e.get("needs_actor")),
            frozenset(e.get("committer_kinds", ())),
            bool(e.get("also_view")),
        )
    # one pattern per head word, its entries in file order (earlier entries still win); heads
    # with the same entries ("has", "have") share one, compiled when first used
    shared: dict[str, re.Pattern[str]] = {}
    for h, hp in by_head.items():
        source = _CUE_OPEN + "|".join(hp) + r")(?![\w-])"
        _HEAD_RE[h] = shared.setdefault(source, lazy(source, re.IGNORECASE))
    whole = _CUE_OPEN + "|".join(parts) + r")(?![\w-])"
    return cast("re.Pattern[str]", _CueRegex(whole)), cues


class _CueRegex:
    """All cues as one regex, compiled only if needed (~8 ms): `match` at a head word tries
    the entries of that head, the only ones that can match there (a cue starts with one of
    its entry's heads, or with an adverb that is no head), in file order, as the whole
    alternation would."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.whole = lazy(pattern, re.IGNORECASE)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        w = _WORD_RE.match(text, pos, endpos)
        head = _HEAD_RE.get(w.group().lower()) if w is not None else None
        return (head or self.whole).match(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.whole, name)


_HEAD_RE: dict[str, re.Pattern[str]] = {}
_WORD_RE = lazy(r"[A-Za-z]+|[’'](?:ll|d)\b")
CUE_RE, CUES = _compile_cues()
# Every cue starts with one of its entry's `heads`: finding those words first and trying only the
# entries of that head there is many times faster than letting the regex engine try every cue at
# every position.
_HEADS = frozenset(_HEAD_RE)


# The head words as whole tokens of the lowered sentence, exactly the tokens of _WORD_RE (a run
# of ASCII letters, or "'ll" before a non-word character). The pattern opens with the non-letter
# before the word (the sentence is searched with a space in front), so that the engine skips
# the letters inside words at C speed and tries the prefix tree only at word starts.
_HEAD_WORD = lazy(
    r"[^a-z](?:(" + trie_regex(sorted(h for h in _HEADS if h[0].isalpha())) + r")(?![a-z])"
    r"|ll\b(?<=[’']ll)|d\b(?<=[’']d))"
)


def find_cues(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Cue matches in text[start:end], left to right, non-overlapping."""
    out: list[re.Match[str]] = []
    pos = start
    low = " " + text[start:end].lower()  # lowered once per sentence, not once per word
    if len(low) != end - start + 1:  # a character whose lower case is longer: as written
        return _find_cues_cased(text, start, end)
    plain: bool | None = None  # no "ı" nor "ſ" (they match "i" and "s" under IGNORECASE)
    gated: dict[str, int] = {}  # each head word's last gate answer (see _sentence_cues)
    for w in _HEAD_WORD.finditer(low):
        word = w.group(1)
        if word:
            ws = start + w.start(1) - 1
        else:  # "'ll": the quote is the token's first character
            ws, word = start + w.start() - 1, w.group()
        if ws < pos:
            continue
        gate = _HEAD_GATE.get(word, _GATE_UNSET)
        if gate is _GATE_UNSET:
            gate = _HEAD_GATE[word] = _head_gate(word)
        if gate is not None:
            if plain is None:
                plain = "ı" not in low and "ſ" not in low
            if plain:
                q = gated.get(word)
                if q is None or 0 <= q < ws - start + 1:
                    gm = gate.search(low, ws - start + 1)
                    q = gated[word] = -1 if gm is None else gm.start()
                if q < 0:
                    continue  # no word the head's cues need follows: none of them can match
        m = _HEAD_RE[word].match(text, ws, end)
        if m:
            out.append(m)
            pos = m.end()
    return out


# The head words of the whole text, one scan per document: (" " + text lowered, each head
# word's start in text, the words, whether "ı" and "ſ" are absent); None when lowering changes
# the text's length (then every sentence is scanned as find_cues does).
_Heads = tuple[str, list[int], list[str], bool]


def _doc_heads(text: str) -> _Heads | None:
    low = " " + text.lower()
    if len(low) != len(text) + 1:
        return None
    hits = list(_HEAD_WORD.finditer(low))
    # a hit opens with the character before the word (low is text shifted by one: its start
    # in low is the word's in text), or with the quote of "'ll" (the token's first character)
    starts = [w.start() if w.group(1) else w.start() - 1 for w in hits]
    words = [w.group(1) or w.group() for w in hits]
    return low, starts, words, "ı" not in low and "ſ" not in low


def _sentence_cues(heads: _Heads | None, text: str, start: int, end: int) -> list[re.Match[str]]:
    """find_cues(text, start, end), from the document's head words: the same words a scan of
    the sentence alone finds when whitespace (or the text's edge) surrounds the sentence, as
    the head words are runs of letters (or "'ll", "'d") and the scan's first character stands
    for the one before the sentence."""
    if (
        heads is None
        or not heads[3]
        or (start and not text[start - 1].isspace())
        or (end < len(text) and not text[end].isspace())
    ):
        return find_cues(text, start, end)
    low, starts, words, _ = heads
    out: list[re.Match[str]] = []
    pos = start
    n = len(starts)
    i = bisect.bisect_left(starts, start)
    # Each head word's last gate answer in this sentence: the start of the needed word it found,
    # or -1 when none follows. A later head of the same word reuses it while that word is still
    # ahead (a search from further on finds the same leftmost match, or none again), so a
    # sentence full of one head ("Roe's Roe's …") is read once per head word, not once per head
    # (issue 8: a 1,500-character sentence cost its square).
    gated: dict[str, int] = {}
    while i < n:
        ws = starts[i]
        if ws >= end:
            break
        word = words[i]
        i += 1
        if ws < pos:
            continue
        gate = _HEAD_GATE.get(word, _GATE_UNSET)
        if gate is _GATE_UNSET:
            gate = _HEAD_GATE[word] = _head_gate(word)
        if gate is not None:
            q = gated.get(word)
            if q is None or 0 <= q < ws + 1:
                gm = gate.search(low, ws + 1, end + 1)
                q = gated[word] = -1 if gm is None else gm.start()
            if q < 0:
                continue  # no word the head's cues need follows in the sentence
        m = _HEAD_RE[word].match(text, ws, end)
        if m:
            out.append(m)
            pos = m.end()
    return out


# A head word's gate: a search for the words one of which every cue of that head needs after
# the head ("is" → "planning", "due", "committed" …), so that the common auxiliaries ("is",
# "has", "was") skip their cue alternation, which costs ~10 µs a try, where no such word
# follows. The words come from the cue patterns themselves (see _needed), made on first use;
# None where some cue needs no word or the head word itself is one of them.
_HEAD_GATE: dict[str, re.Pattern[str] | None] = {}
_GATE_UNSET = lazy("")  # "not made yet": a sentinel, never compiled
# every head word's gate in lazyre's code cache (`python -m briefgen.lazyre`)
at_build(lambda: [_HEAD_GATE.setdefault(w, _head_gate(w)) for w in sorted(_HEADS)])


def _head_gate(word: str) -> re.Pattern[str] | None:
    need = _needed(_parser.parse(_HEAD_RE[word].pattern, re.IGNORECASE))
    if need is None or any(n in word for n in need):
        return None
    return rx_compile(trie_regex(sorted(need), space=" "))


def _needed(items: Any) -> frozenset[str] | None:
    """A necessary condition for the parsed pattern `items` to match: lower-case ASCII
    literals one of which the matched text holds (lowered), or None when no such set is
    known. Of a sequence, the item whose literals are longest and fewest; of alternatives,
    the union (None if one needs nothing); a repeat needs its body only if it is required;
    assertions, classes and the rest need nothing."""
    conds: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _const.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            conds.append(frozenset(["".join(run)]))
            run = []
        c: frozenset[str] | None = None
        if op is _const.SUBPATTERN:
            c = _needed(av[3])
        elif op is _const.ATOMIC_GROUP:
            c = _needed(av)
        elif op is _const.BRANCH:
            subs = [x for x in map(_needed, av[1]) if x is not None]
            c = frozenset().union(*subs) if len(subs) == len(av[1]) else None
        elif op in (_const.MAX_REPEAT, _const.MIN_REPEAT, _const.POSSESSIVE_REPEAT) and av[0]:
            c = _needed(av[2])
        if c is not None:
            conds.append(c)
    if not conds:
        return None
    return max(conds, key=lambda c: (min(len(x) for x in c), -len(c)))


def _find_cues_cased(text: str, start: int, end: int) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    pos = start
    for w in _WORD_RE.finditer(text, start, end):
        head = _HEAD_RE.get(w.group().lower())
        if head is None or w.start() < pos:
            continue
        m = head.match(text, w.start(), end)
        if m:
            out.append(m)
            pos = m.end()
    return out


# Verbs after "will"/"would" that describe outcomes or states, not undertakings.
_STATE_VERBS = frozenset(
    [
        "be",
        "become",
        "have",
        "has",
        "mean",
        "see",
        "need",
        "take",
        "happen",
        "cost",
        "fall",
        "rise",
        "drop",
        "decline",
        "grow",
        "remain",
        "come",
        "go",
        "get",
        "lead",
        "result",
        "affect",
        "depend",
        "face",
        "lose",
        "suffer",
        "spell",
        "likely",
        "probably",
        "also",
        "soon",
        "allow",
        "enable",
        "contribute",
        "serve",
        "usher",
        "bring",
        "run",
        "last",
        "stay",
        "seem",
        "appear",
        "feel",
        "know",
        "find",
        "depend",
        "require",
        "want",
        "like",
        "hurt",
        "benefit",
    ]
)


def _volitional() -> tuple[frozenset[str], frozenset[str]]:
    """Agentive verbs (briefgen/data/volitional_verbs.json) and their -ing forms."""
    base = {v for e in rules.entries("volitional_verbs") if e["id"] != "resolve" for v in e["verbs"]}
    ing: set[str] = set()
    for v in base:
        ing.update((v + "ing", v + v[-1] + "ing"))
        if v.endswith("e") and not v.endswith("ee"):
            ing.add(v[:-1] + "ing")
    return frozenset(base), frozenset(ing)


_VOL, _VOL_ING = _volitional()
_VOL_GROUPS = {e["id"]: e for e in rules.entries("volitional_verbs")}
# after "is expected to" only a scheduled appearance is a plan ("expected to visit"); an expected
# decision ("expected to sign the accord") is a forecast
_SCHEDULE = frozenset(_VOL_GROUPS["hosting"]["verbs"])
# negated, these state determination ("will not retreat"); other negated acts are refusals
_RESOLVE = frozenset(_VOL_GROUPS["resolve"]["verbs"])
# "give up", "back down": yielding only with the particle (volitional_verbs.json "phrases")
_RESOLVE_PHRASES = frozenset(_VOL_GROUPS["resolve"].get("phrases", ()))
# "will never sign", "would never vote for": an emphatic refusal of a choice is a pledge too
# ("will not join" stays a refusal)
_CHOICE = frozenset(_VOL_GROUPS["choosing"]["verbs"])
_NEVER = lazy(r"\bnever\b", re.IGNORECASE)


# "I will bring a message of support", "we will stay the course": with "I"/"we" as subject
# these verbs (outcomes after any other subject: "the plan will bring jobs") are the
# speaker's own undertaking
_OWN_ACTS = frozenset(("bring", "stay", "remain", "serve"))
# "it will remain neutral", "would stay on the sidelines": after any subject, keeping out of a
# contest is a stance undertaken ("prices will remain high" stays an outcome)
_STANCE_AFTER = lazy(r"\s+(?:strictly\s+)?(?:neutral|impartial|uncommitted|on\s+the\s+sidelines)\b")


def _state_acts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The complements that make "take" and "remain"/"stay" an actor's act (volitional_verbs.json
    "state_acts"): "will take firm steps", "will stay in her post", "will stay on as
    chairman", "the peacekeepers will stay until the rebels disarm"; without them an outcome."""
    e = _VOL_GROUPS["state_acts"]
    alt = "|".join

    take = lazy(
        r"\s+[“\"]?(?:[\w-]+\s+){0,3}?(?:" + alt(e["take_objects"]) + r")\b",
        re.IGNORECASE,
    )
    stay = lazy(
        r"\s+(?:on\s+)?(?:"
        r"(?:in|at)\s+(?:both\s+|(?:his|her|their|its|the|our|my)\s+)?(?:[\w-]+\s+)?(?:"
        + alt(e["stay_posts"]) + r")\b"
        r"|as\s+(?:(?:its|the|their|his|her|our|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:"
        + alt(e["stay_roles"]) + r")s?\b"
        r"|(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3},?\s+(?:"
        + alt(e["stay_until"]) + r")\b"
        r"|(?:" + alt(e["stay_until"]) + r")\s+(?:the\s+)?(?-i:[A-Z\d])"
        r")",
        re.IGNORECASE,
    )
    return take, stay


_TAKE_ACT, _STAY_ACT = _state_acts()
_I_WE_BEFORE = lazy(r"(?:^|[\s“\"‘'(,])(?-i:I|[Ww]e)\s+(?:\w+ly\s+)?$")
# "as the two sides try to …", "while they work to …": the clause of an effort under way
_AS_CLAUSE = lazy(r"\b(?:as|while|even\s+as)\s+(?P<s>[^,;:.]{1,60})$", re.IGNORECASE)
# "… started a series of rallies in 1992 intended to …", "sore from injections intended to":
# a participle after a noun in a prepositional phrase or an object, not a subject's intent
_REDUCED_RELATIVE = lazy(
    r"\b(?:of|from|in|for|with|by|into|about|against|through|under)\s+"
    r"(?:(?!(?:he|she|it|they|we|i|who|which|that)\s)(?-i:[a-z0-9][\w’'-]*)\s+){1,6}$",
    re.IGNORECASE,
)
# "the rules were intended to", "they seemed intended to", "a gesture intended to", "was
# undermining new rules intended to", "– fake emails intended to": what a thing is for (a
# passive or a participle after a noun that is an object or appositive), not someone's intention
_THING_PURPOSE = lazy(
    r"\b(?:is|are|was|were|be|been|being|seem(?:s|ed|ingly)?|appear(?:s|ed)?)\s+(?:(?:\w+ly|also|not|all|both)\s+)?$"
    r"|(?:^|[^\w’'])(?-i:an?)\s+(?:(?-i:[a-z][\w’'-]*)\s+){1,3}$"
    r"|[-–—]\s+(?:(?-i:[a-z][\w’'-]*)\s+){1,3}$"
    r"|\b(?!(?:say|add|not|argu|claim|insist|explain|warn|announc|suggest|stat|tell|know|hear|"
    r"believ|think|report|indicat|signal|confirm|acknowledg|reveal|disclos|declar)ing\b)"
    r"(?-i:[a-z]{2,}ing)\s+(?:(?!(?:he|she|it|they|we|i|who|which|that|the)\s)"
    r"[\w][\w’'-]*\s+){1,5}$",
    re.IGNORECASE,
)
_LY_WORD = lazy(r"[a-z]+ly\s+")
# "will not stop the plan" keeps its old reading; after "won't" or "not going to" a yielding
# verb with an object ("is not going to stop the migrants") is a forecast, not a resolve
_WILL_NOT = lazy(r"(?:will|would|shall)\s", re.IGNORECASE)
_PARTICLE = lazy(r"\s+([a-z]+)\b")
# the phrase used without an object ("will not give up," / "until …"): "give up its data" is a
# refusal to hand something over
_INTRANSITIVE_END = lazy(
    r"\s*(?:[,.;:!?\"”’')—–-]|$|(?:now|yet|easily|without|on|here|there|and|but|so|in|at|"
    r"before|after|until|till|for|ever|again|either|to)\b)",
    re.IGNORECASE,
)


def _yielding_phrase(text: str, m: re.Match[str], group: str) -> bool:
    """The cue's verb and the word after it are a yielding phrase ("give up", "back down")."""
    verb = m.group(group)
    if not verb:
        return False
    pm = _PARTICLE.match(text, m.end(group))
    return (
        pm is not None
        and f"{verb.lower()} {pm.group(1).lower()}" in _RESOLVE_PHRASES
        and _INTRANSITIVE_END.match(text, pm.end()) is not None
    )


def _inflect(verb: str) -> str:
    """A regex for a base-form verb phrase with its first word in any of -s/-ed/-ing forms."""
    first, _, rest = verb.partition(" ")
    forms = {first, first + "s", first + "es", first + "d", first + "ed", first + "ing"}
    if first.endswith("e"):
        forms.add(first[:-1] + "ing")
    if first.endswith("y"):
        forms.update((first[:-1] + "ies", first[:-1] + "ied"))
    if len(first) <= 4 and first[-1] not in "aeiouwxy":  # rig → rigged, gut → gutting
        forms.update((first + first[-1] + "ed", first + first[-1] + "ing"))
    tail = "".join(r"\s+" + (r"\S+" if w == "X" else re.escape(w)) for w in rest.split())
    # longest first (a form that is another's prefix must come after it); equal lengths in
    # alphabetical order, so that the pattern's text is the same in every process (a set's
    # order changes with PYTHONHASHSEED, and a changed text misses the regex code cache)
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")" + tail


# data/commitment_characterisations.json: each group's verbs by its id
_CHARACTERISATIONS: dict[str, list[str]] = {
    e["id"]: e["verbs"] for e in rules.entries("commitment_characterisations")
}


def _characterisation_alt(kind: str) -> str:
    return r"\b(?:" + "|".join(_inflect(v) for v in _CHARACTERISATIONS[kind]) + r")\b"


# data/commitment_characterisations.json: another speaker's attack on the committer's aims
# ("he wants to exploit the tragedy", said by a rival), a predicted consequence ("will pay a
# high price"), an accusation frame ("accused the mayor of trying to …")
_ATTACK = lazy(_characterisation_alt("attack"), re.IGNORECASE)
_CONSEQUENCE = lazy(_characterisation_alt("consequence"), re.IGNORECASE)
# "were ready to return to normal": a state reached, no act (data: commitment_characterisations)
_STATE = lazy(_characterisation_alt("state"), re.IGNORECASE)
# "I want to tell you", "we want to thank …", "I'd like to study it": a turn of speech after
# want/like with I/we as subject, no undertaking (data: commitment_characterisations)
_SPEECH_TURN = lazy(_characterisation_alt("speech_act") + r"(?![\w-])", re.IGNORECASE)
_WANT_CUE = lazy(r"(?:wants?|wanted|(?:would|[’']d)\s+like)\s+to\b", re.IGNORECASE)
# "the mayor was trying to …", "as the senator was looking to …": an attempt the writer narrates in the
# past, over by the time of writing (not "said he was trying to", reported in the past)
_PAST_ATTEMPT_CUE = lazy(r"(?:was|were)\s+(?:\w+ly\s+)?(?:trying|looking|attempting)\s+to\b")
_REPORTING_VERB = lazy(
    r"\b(?:said|says|say|told|tells|added|explained|insisted|acknowledged|recalled|wrote|"
    r"according\s+to|claimed|admitted|stated|announced|noted|testified)\b",
    re.IGNORECASE,
)
# "so I would learn …", "so that they would not …": a purpose clause, no pledge
_PURPOSE_BEFORE = lazy(
    r"(?:\bso(?:\s+that)?|\bin\s+order\s+that)\s*[\"“‘']{0,2}\s*"
    r"(?:I|we|he|she|they|you|it)\s*$",
    re.IGNORECASE,
)
# "his gut reaction is to blame …": a trait the writer ascribes, read on the subject's last word
_DISPOSITION = frozenset(_CHARACTERISATIONS["disposition"])
# "the country's entry into the alliance will …", "costs of the move will …": an event or a
# quantity as the subject of will/would forecasts an effect (data: commitment_characterisations)
_OUTCOME_SUBJECT = frozenset(_CHARACTERISATIONS["outcome_subject"])
_HEAD_END = frozenset(
    ("of", "into", "to", "with", "against", "associated", "tied", "that", "which", "who", "from")
    + ("in", "on", "for", "by", "over", "between", "among", "at", "about", "means")
)


def _outcome_subject(actor_text: str) -> bool:
    """Is the subject's head noun (its last word before a preposition, relative or comma) an
    event or outcome, which can be forecast but undertakes nothing?"""
    head = ""
    for w in actor_text.split():
        low = w.lower()
        if head and low in _HEAD_END:
            break
        head = low
        if w.endswith(","):
            break
    head = head.strip(",;:\"“”‘").removesuffix("’s").removesuffix("'s").rstrip("’'")
    return head in _OUTCOME_SUBJECT
# "wants to release them but can't because …": the cue undone in the same breath
_UNDONE = lazy(
    r"[^,;:.!?]{0,80}?,?\s+but\s+(?:(?:i|we|he|she|they|it)\s+)?(?:(?:still|simply|just)\s+)?"
    r"(?:can[’']?t|cannot|can\s+not|couldn[’']?t|could\s+not|"
    r"(?:is|are|was|were|am|[’']s|[’']re|[’']m)\s+(?:still\s+)?(?:unable|not\s+able)|"
    # "cut a deal with X to …, but the pact fell apart": made and undone
    r"(?:the|that|this|their|his|her|its)\s+(?:pact|deal|accord|agreement|alliance|plan|bid|effort)"
    r"\s+(?:later\s+|soon\s+|quickly\s+|eventually\s+)?(?:fell\s+(?:apart|through)|collapsed|"
    r"failed|unravell?ed|was\s+(?:scrapped|abandoned|dropped|blocked)))\b",
    re.IGNORECASE,
)
# "The council charged that X is trying to …", "Y accused X of a plot, saying he wants to …":
# the clause is the accuser's charge (the accusing verb finite, after its own subject)
_ACCUSE_FRAME = lazy(
    _characterisation_alt("accusation")
    + r"[^;:\"“”]{0,160}?\b(?:that|of|for|saying|claiming|arguing)\b[^;:\"“”]{0,120}$",
    re.IGNORECASE,
)
_ACCUSE_STEM = lazy(
    "|".join(sorted({v[:5] for v in _CHARACTERISATIONS["accusation"]})), re.IGNORECASE
)
_REL_CLAUSE = lazy(r",\s+(?:which|who|whom|whose)\b", re.IGNORECASE)
_BELIEF_WORDS = frozenset(_CHARACTERISATIONS["belief"])
# cues that can ascribe an aim to someone ("wants to", "is trying to", a bare will/would); an
# explicit "vowed/pledged to" reports the actor's own undertaking
# "It is unlikely (that) X will …", "it now seems inevitable that X will …": the writer's
# judgement or forecast of what X will do (data/commitment_characterisations.json "judgement";
# only after an impersonal "it is/seems", so "she made it clear that she will" stays)
_JUDGED = lazy(
    r"\bit(?:[’']s|\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?(?:is|was|seems|seemed|appears|"
    r"appeared|looks|looked|remains))\s+"
    r"(?:\w+ly\s+|now\s+|still\s+|not\s+|all\s+but\s+){0,2}(?:"
    + "|".join(_CHARACTERISATIONS["judgement"])
    + r")\s+(?:that\s+)?(?:[\w.’'-]+\s+){0,6}?[\w.’'-]+$",
    re.IGNORECASE,
)
# "his forecast that X will …", "the hope that X would …": a belief named by a noun
_BELIEF_NOUN_THAT = lazy(
    r"\b(?:predictions?|forecasts?|projections?|expectations?|hopes?|beliefs?|fears?|"
    r"assumptions?|bets?|hunch|speculation|guess|estimates?)\b[^,;.“”\"]{0,25}?\bthat\s+$",
    re.IGNORECASE,
)
_ASCRIBED = frozenset(
    (
        "int.plans", "int.planning", "ong.working", "pledge.will", "pledge.would", "nom.intent",
        "int.going_to", "nom.effort_by",
    )
)
_BY_ING = lazy(r"\bby\s+(\w+ing\b.{0,40})", re.IGNORECASE)
_STATEMENT = lazy(
    r"(?:this|that|it|there|these|those)\s+(?:is|was|are|were|'s|’s)\b", re.IGNORECASE
)
_SPOKES = lazy(
    r"spokes|press\s+secretary|aide|adviser|advisor|campaign|represent", re.IGNORECASE
)
# "will not retreat", "would never vote": a pledge of restraint when the verb is agentive
_RESTRAINT = lazy(
    r"(?:(?:will|would|shall)\s+(?:not|never)|won[’']t|(?:is|are|am|m|re|s)\s+(?:not|never)\s+"
    r"going\s+to)\s+[a-z]+$",
    re.IGNORECASE,
)
# "X said she would not lift the levy": a reported undertaking to refrain from an act of one's own
_SAID_PRONOUN = lazy(
    r"\b(?:(?:said|says|insisted|insists|vowed|promised|pledged|declared|stressed)\s+|"
    r"told\s+(?:[\w.’'-]+\s+){1,3}?|assured\s+(?:[\w.’'-]+\s+){1,3}?)(?:that\s+)?"
    r"(?:he|she|they|we|I)\s+$",
    re.IGNORECASE,
)
# "she said she would not sign the treaty": declining to enter an agreement is a refusal (the
# issue: never a pledge), unlike refraining from an act of one's own ("would not raise taxes")
_ENTERS_INSTRUMENT = lazy(
    r"(?:sign|ratify|join|accept|agree|endorse|approve|back)\s+(?:to\s+|on\s+)?"
    r"(?:(?:the|a|an|any|this|that|such\s+an?|its|their|his|her|our)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:treaty|agreement|accord|deal|pact|memorandum|protocol|convention|cease-?fire|truce|"
    r"compact)\b",
    re.IGNORECASE,
)
# "will be travelling", "I will be there to greet them", "we'll be back tomorrow"
_BE_ACT = lazy(
    r"\s+(?:(?:also|now|\w+ly)\s+)?(?P<ing>[a-z]+ing)\b|(?:\s*,[^,;]{1,20},)?\s+(?P<loc>there|back|here)"
    r"\b(?!\s+(?:is|are|was|were|in\s+(?:force|place|effect|business))\b)"
)
# "claims that X is trying to …", "the charge that X will …": someone else's claim about X
_CLAIM_THAT = lazy(
    r"\b(?:arguments?|claims?|accusations?|allegations?|charges?|complaints?|insinuations?|"
    r"contentions?|suspicions?)\s+that\s+$",
    re.IGNORECASE,
)
# "warning that Britain's exit will …": the clause after a warning is a forecast unless its
# subject is the warner ("X warned it will retaliate" is a threat, a pledge)
# "claiming without any evidence that X wanted to …", "his claim in November that X wants to
# …": someone else's aim as a third party asserts it (a pronoun subject is the claimer's own)
# a denial governing the clause: "denied that he had promised to", "denies ever agreeing to",
# "rejected reports that it would"
_DENIED = lazy(
    r"\b(?:den(?:y|ies|ied|ying)|(?:rejected|dismissed|disputed)\s+(?:claims?|reports?|"
    r"suggestions?|allegations?))\s+(?:(?:ever|having)\s+)?(?:that\s+)?$",
    re.IGNORECASE,
)
_CLAIMED_THAT = lazy(
    r"\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing|ations?)|insinuat(?:e|es|ed|ing|ions?))"
    r"\s+(?:[\w,’'-]+\s+){0,4}?that\s+$",
    re.IGNORECASE,
)
_WARNED_THAT = lazy(r"\bwarn(?:s|ed|ing)?\s+(?:\w+\s+)?that\s+$", re.IGNORECASE)
# a bare personal pronoun (fullmatch): the one who spoke or committed before, not someone new
_PRONOUN_WE = lazy(r"he|she|it|they|we|i", re.IGNORECASE)
_RULING_SUBJECT = lazy(
    r"\b(?:court|courts|judge|judges|ruling|decision|verdict|judgment|judgement|opinion)\b",
    re.IGNORECASE,
)
# "will no longer accept donations": a pledge to stop, judged by the verb after "longer"
_NO_LONGER = lazy(r"\s+longer\s+([a-z]+)")
_SPOKES_ROLE = lazy(r"spokes|aide|adviser|advisor|campaign|press\s+secretary", re.IGNORECASE)
_PRO_VERB = lazy(r"\s+(?:it|so|that|this)\b")
# "will be met on arrival by X", "would be hosted by X": the by-phrase names who acts
_BE_BY = lazy(
    r"\s+(?:\w+ly\s+)?(?P<v>[a-z]+)\b[^,;.:“”\"]{0,60}?\s+by\s+"
    r"(?P<by>[^,;:“”\"]{2,80}?)(?=\s*[,;:.]|\s*$|\s+(?:who|which|on|in|at|to|for|after|before|"
    r"when|if|and\s+then)\b)"
)
# the by-phrase opens with a name (after "the"), not a possession ("by Japan's tariffs")
_NAME_FIRST = lazy(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:\s|$|,)")
_IRREGULAR_PARTICIPLES = {
    "met": "meet", "held": "hold", "led": "lead", "paid": "pay", "made": "make", "sent": "send",
    "kept": "keep", "built": "build", "given": "give", "taken": "take", "chosen": "choose",
    "brought": "bring", "sold": "sell", "bought": "buy", "run": "run", "won": "win",
}


def _agentive(participle: str) -> bool:
    """Is this past participle one of an agentive (volitional) verb? ("met", "hosted")"""
    base = _IRREGULAR_PARTICIPLES.get(participle)
    if base is not None:
        return base in _VOL
    if participle.endswith("ed"):
        stem = participle[:-2]
        return bool(
            {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem,
             stem[:-1] + "y" if stem.endswith("i") else stem} & _VOL
        )
    return False


# "would get rid of": an act, though "get" alone is a change of state ("will get worse")
_RID_OF = lazy(r"\s+rid\s+of\b", re.IGNORECASE)
# "the Ricketts family will donate", "the Brown campaign will air": a named group, no actor id
_NAMED_GROUP = lazy(
    r"the\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:family|campaign|foundation|team|group|committee|"
    r"coalition|administration|government|organi[sz]ation|fund|trust|party)"
)
# "committed $5 million", "offered an additional $2 billion": money as the object
_MONEY_OBJECT = lazy(
    r"\s+(?:(?:an?\s+)?(?:additional|further|extra|another)\s+)?(?:US|C|A|HK|NZ)?[$€£¥]\s?\d"
)
# "until X had assurances that Y would give …": a condition of someone else's act
_UNTIL_BEFORE = lazy(r"\b(?:until|unless|as\s+long\s+as)\b[^,;]*$", re.IGNORECASE)
_NEXT_WORD = lazy(r"\s+([a-z]+)")
_AND_VERB = lazy(r"\s+and\s+(?=[a-z]+(?:ed|s)\b)")
_NEG = lazy(
    r"\b(?:not|never|no\s+longer|refus\w*|declin\w*\s+to|fail\w*\s+to|unable\s+to|reject\w*)\b|n[’']t\b",
    re.IGNORECASE,
)
_HYPO = lazy(
    r"\b(?:would|could|might|may|should|can|likely\s+to|expected\s+to|unlikely\s+to|"
    r"whether\s+to|if|unless)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PASSIVE = lazy(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ANALYSTS = lazy(
    r"\b(?:analysts?|experts?|economists?|observers?|commentators?|traders?|dealers?|critics?|"
    r"forecasters?|strategists?|pundits?|polls?|analyses|studies|surveys)\b",
    re.IGNORECASE,
)
# The same as sources of a forecast anywhere in the sentence ("polls" only as a finding:
# "voter access to the polls" is no source)
_ANALYSTS_SRC = lazy(
    r"\b(?:analysts?|experts?|economists?|observers?|commentators?|traders?|dealers?|critics?|"
    r"forecasters?|strategists?|pundits?|(?:polls?|analyses|studies|surveys)\s+(?:\w+\s+)?"
    r"(?:show|suggest|indicat|found|find|predict|say|said)\w*)\b",
    re.IGNORECASE,
)
# What follows the speaker in "X has long said (that)", "X said last week that", "X has
# publicly declared that": cut so that X is the mention right before it
_SRC_TAIL = lazy(
    r"(?:\s+(?:has|have|had|also|long|again|publicly|previously|earlier|repeatedly|recently|"
    r"already|then|\w+ly))*\s+(?:said|says|say|told\s+[^,]{0,40}?|added|stated|declared|"
    # "X wrote Globex that it …", "X assured/informed the board that it …": the addressee
    # after the verb is no speaker
    r"announced|(?:wrote(?:\s+to)?|informed|assured|notified|reminded)(?:\s+[^,]{1,40}?)?|"
    r"indicated|insisted|insists|noted|argued|warned|confirmed)"
    r"(?:\s+(?:(?:earlier\s+)?(?:last\s+(?:week|month|year)|this\s+(?:week|month|year))|earlier|"
    r"yesterday|today|(?:on\s+)?"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in\s+an?\s+(?:\w+\s+)?(?:statement|interview|"
    r"release|letter)|on\s+(?:Twitter|Facebook|television)|to\s+reporters)){0,3}(?:\s+that)?\s*$",
    re.IGNORECASE,
)
_PROPER_NAME = lazy(r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}")
# a wire dateline the sectioner left in the sentence ("PHILADELPHIA ― ", "GAZA CITY, Gaza -- ")
_DATELINE_LEAD = lazy(r"(?-i:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3})(?:,\s+[A-Z][\w.]+){0,2}"
                      r"\s*(?:\([\w.]+\)\s*)?(?:--|[―—–-])\s+")
# "The No. 2 steel maker said it …", "the company told X that it …": a description, no name
_DESCRIBED_SPEAKER = lazy(r"(?i:the)\s+(?:[\w.’'-]+\s+){0,4}?(?P<n>(?-i:[a-z]+))")
_FIRM_NOUN = lazy(
    r"company|firm|maker|automaker|carmaker|producer|manufacturer|retailer|carrier|airline|"
    r"bank|lender|insurer|concern|conglomerate|publisher|chain|utility|brokerage|operator"
)
# Clause boundaries when reading the subject leftwards from a cue.
_BOUND = lazy(
    r"[;:(\[“”\"]|\s[-–—]\s|,\s+(?:and|but|while|whereas|which|who)\s+|"
    r"\b(?:that|said|says|say|told(?:\s+[\w.’'-]+){1,5}?\s+that|"
    r"told(?:\s+(?-i:[a-z][\w’'-]*)){1,2}?(?=\s+(?-i:he|she|it|they|we|I)\s)|"
    r"saying|added|adding|announced\s+that|"
    r"(?:announced|confirmed|indicated)(?=\s+(?:it|they|he|she|we)\s)|"
    r"stated|noted|declared|insist(?:s|ed)|because|after|when|while|where|which|who|whom|before|"
    r"until|"
    r"unless|once|if|"
    # "has paid $2 million since his campaign and the party agreed …": a clause opening mid-
    # sentence (an opening "Since X …, it" is the opener's, see _OPENER; so "that since X")
    r"(?-i:since)(?<=[a-z0-9%]\ssince)(?<!\bthat\ssince)(?<!\band\ssince)(?<!\bbut\ssince))\s+",
    re.IGNORECASE,
)
_GROUP = lazy(
    r"\b(?:(?:the|both|all|these|those|our|their)\s+(?:(?:two|three|four|five|\d+)\s+)?"
    r"(?-i:(?!(?:political|opposition|main|major|other|smaller|minor)\s+parties)"
    r"(?:[a-z-]+\s+)?(?:sides|parties|Parties|countries|nations|leaders|governments|presidents|"
    r"ministers|delegations|allies|partners|companies|firms|institutes|organi[sz]ations|states|"
    r"members|negotiators|teams|signatories|commissions))|they|we|our\s+(?:\w+\s+)?(?:countries|nations)|"
    r"(?:the\s+two|both(?:\s+the)?)\s+(?-i:(?:wo)?men|camps|campaigns|candidates|rivals|contenders|"
    r"nominees))\b",
    re.IGNORECASE,
)
_SINGULAR = lazy(
    r"^(?:(?P<person>he|she|his|her)|(?P<thing>it|its)|"
    r"(?P<org>the\s+(?:company|firm|group|bank|corporation|organi[sz]ation|institute|agency|"
    r"body|ministry|department|alliance|bloc|union|commission|council|committee))|"
    r"(?P<country>the\s+(?:(?:\w+\s+)?government|country|administration|kingdom|republic|state|"
    r"authorities|cabinet|regime))|"
    r"(?P<title>the\s+(?:president|prime\s+minister|premier|chancellor|minister|secretary|king|"
    r"leader|governor|mayor|ceo|chairman|chief|ambassador|envoy|general)))$",
    re.IGNORECASE,
)
_PAST_BID = lazy(
    r"\b(?:failed|unsuccessful|abortive|aborted|ill-fated|doomed|losing|previous|earlier|last|"
    r"first|former|past|abandoned|withdrawn|rejected|(?:19|20)\d\d)\b[\w\s’'-]{0,24}$",
    re.IGNORECASE,
)
_HANDOVER = lazy(
    r"\s+(?:\w+ly\s+)?(?:(?:turned|handed)\s+over|returned|repatriated|transferred|"
    r"released|delivered|given\s+back)\s+to\b",
    re.IGNORECASE,
)
_PAREN_SAID = lazy(
    r",\s+(?P<who>[^,;]{1,60}?)\s+(?:said|says|added|insisted|promised),\s+$", re.IGNORECASE
)
_PACT_OVER = lazy(
    r"\b(?:end\w*|broke|break\w*|violat\w*|collaps\w*|call\w*\s+off|reject\w*|breach\w*|"
    r"abandon\w*|scrap\w*|renounc\w*|tore\s+up|expir\w*|proposed?|seek\w*|sought|urg\w*)\b",
    re.IGNORECASE,
)
_BID_ENDED = lazy(
    r"\b(?:end|ends|ended|ending|lose|loses|lost|losing|quit|quits|quitting|suspend\w*|drop\w*|"
    r"abandon\w*|withdr[ae]w\w*|gave\s+up|giving\s+up|give\s+up)\b",
    re.IGNORECASE,
)
_BID_OVER = lazy(
    r"\b(?:ended|failed|collapsed|fizzled|faltered|fell\s+short|fell\s+apart|"
    r"(?:was|were)\s+(?:rejected|defeated|dropped|withdrawn|abandoned))\b",
    re.IGNORECASE,
)
_SUM_START = lazy(r"\b(?:an?\s+|up\s+to\s+|about\s+|nearly\s+|more\s+than\s+)?(?:US)?[$€£]")
_TERMS_SUBJECT = lazy(
    r"\b(?:covenants?|terms|conditions|deal|agreement|accord|pact|treaty|contract|settlement|"
    r"arrangement|loan|bail-?out|memorandum)$",
    re.IGNORECASE,
)
_OBLIGED = lazy(
    r"\s+(?:that\s+)?(?P<np>(?:the\s+|its\s+|their\s+)?(?:[\w.&’'-]+\s+){0,4}?[\w.&’'-]+)"
    r"(?=\s+(?:to\s+)?(?-i:[a-z]+)\b)"
)
_DEAL_SUBJECT = lazy(
    r"\b(?:deal|agreement|accord|pact|treaty|memorandum|arrangement|framework)$", re.IGNORECASE
)
_NOT_SUBJECT = lazy(
    r"^(?:it|this|that|these|those|there|which|what|who|he|she|they|one|such|some|many|it\s+also)$",
    re.IGNORECASE,
)
_PRONOUN = lazy(r"he|she|it|they", re.IGNORECASE)
_AFTER_PREP = lazy(r"\b(?:with|of|for|by|to|from|in|on|at|as)\s+(?:the\s+)?$", re.IGNORECASE)
# "Roe's campaign says she will …": those who speak for the named person; "Roe's wife" do not
_SPEAKS_FOR = lazy(
    r"[’']s\s+(?:\w+\s+)?(?:campaign|team|office|aides?|spokes(?:man|woman|person)|staff|camp|"
    r"lawyers?|attorneys?|representatives?|government|administration|ministry|"
    r"executives|officials|management|board)\b",
    re.IGNORECASE,
)
_OWN_BODY = lazy(r"[’']s?\s+(?:presidential\s+|re-?election\s+)?(?:campaign|office|team|camp)\b")
_OWNER_LEAD = lazy(
    r"(?P<n>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?=[’']s?\s+(?:presidential\s+|re-?election\s+)?"
    r"(?:campaign|office|team|camp)\b)"
)
_OWNER_NAME = lazy(r"(?P<n>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?=[’']s\s)")


def _words_lead(seg: str) -> str:
    """The blanks and quote marks a phrase opens with."""
    return seg[: len(seg) - len(seg.lstrip(" \t\"“”‘’'`"))]


_PRONOUN_KINDS = {
    "he": "person",
    "she": "person",
    "it": "organization country group",
    "they": "organization country group person",
}
_PLAN_NOUN = lazy(r"(?:plans?|proposals?|decision|pledge|promise)\s", re.IGNORECASE)
_EFFECT_MODAL = lazy(r"\s+(?:\w+ly\s+)?(?:would|could|might|may)$", re.IGNORECASE)
_GIVEN_UP = lazy(
    r"\s+(?:\w+ly\s+)?(?:abandon|scrap|dropp|shelv|cancel|withdrawn|reject|block|revers|"
    r"rescind|revok|suspend|halt|struck|overturn)",
    re.IGNORECASE,
)
_VERB_ED_BEFORE = lazy(r"(?<![’'])\b(?-i:[a-z]+ed)\s+$")
# "the U.S. government decision to": a determiner, a name and a head noun, the pledge noun next
_MODIFIER_NP = lazy(r"\b(?:the|an?)\s+(?P<np>(?:[\w.’'-]+\s+){0,3}?[\w.-]+)\s+$", re.IGNORECASE)
_MAIN_VERB_AFTER = lazy(
    r"(?<![,;])\s+(?:does|do|did|is|are|was|were|has|have|had|will|would|could|may|might)\s+(?:not\s+)?",
    re.IGNORECASE,
)
_LEAD_DET = lazy(r"[\s`‘“\"']*(?:the\s+)?", re.IGNORECASE)
# Unnamed people who act for a body: their "they will" is that body's undertaking.
_AGENT_PLURAL = lazy(
    r"(?:[\w.’'-]+\s+){0,3}?(?:officials|authorities|police|prosecutors|lawyers|attorneys|"
    r"investigators|leaders|lawmakers|legislators|negotiators|organi[sz]ers|protesters|"
    r"demonstrators|relatives|aides|diplomats|ministers|officers|regulators|executives|"
    r"activists|rebels|commanders|strikers|unions)\b(?:\s+(?:for|of|from|in|at)\s+[^,;]{1,60})?$",
    re.IGNORECASE,
)
# A speaker phrase that names or points to someone (a pronoun, a capitalised word after the first).
_NAMED_SOURCE = lazy(r"(?i:\b(?:he|she|it|they|we|i)\b)|\s[A-Z]|^[A-Z][\w.-]*$")
# Nobody in particular: "You want to …", "No one wants to …", "customers want to …".
_GENERIC_SUBJECT = lazy(
    r"(?:any\s+time\s+)?(?:you|no\s+one|nobody|none|anyone|anybody|everyone|everybody|someone|"
    r"people|(?-i:(?!(?:leaders|lawmakers|ministers|negotiators|members|officers|rulers|"
    r"partners|organi[sz]ers|protesters|strikers|workers|employers|owners|lenders|insurers|"
    r"carriers|producers|exporters|importers|suppliers|manufacturers|growers|brokers|"
    r"bondholders|shareholders|stakeholders|commissioners|supervisors|managers)$)[a-z]+ers|"
    r"consumers|customers|voters|investors|users|citizens|residents))$",
    re.IGNORECASE,
)
_GENERIC_OPENING = frozenset(
    ("you", "people", "voters", "consumers", "customers", "investors", "users", "citizens",
     "residents", "nobody", "no one", "everyone", "everybody", "anyone", "anybody", "someone")
)
_LEAD_TRIM = lazy(
    r"^(?:(?:(?:and|but|or|so|yet|also|meanwhile|however|moreover|further|in\s+addition|today|"
    r"now|with(?:\s+both)?|(?:even\s+)?though|although|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    # sentence adverbs of sequence and stance ("In the end, X agreed", "Still, X is …")
    r"(?:still|previously|finally|instead|ultimately|eventually|of\s+course|in\s+the\s+end|"
    r"at\s+last|by\s+then|since\s+then)(?![-’'])|"
    r"tonight|tomorrow|(?:last|this|earlier\s+this)\s+(?:week|month|year))\b|"
    r"according\s+to\s+[^,;]{1,80},)[,\s]*)+",
    re.IGNORECASE,
)
# what may follow the comma of an opening "though …," clause as the main clause's subject
_THOUGH_SUBJECT = lazy(
    r"(?:he|she|it|they|we|I|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
)
_TAIL_TRIM = lazy(
    r"(?:[\s,]+(?:also|have|has|had|both|all|each|jointly|today|now|then|further|again|already|"
    r"however|though|nonetheless|nevertheless|"
    r"meanwhile|once\s+again|still|at\s+least|too|for\s+(?:his|her|its|their|our|my)\s+part|in\s+turn|"
    r"(?!(?:family|ally|rally|assembly|supply)\b)(?-i:[a-z]{2,}ly)|,)"
    r"\b)+[\s,]*$|[\s,]+$|^(?:has\s+|have\s+)?(?-i:[a-z]{2,}ly)\s*$|"
    r"(?:(?<=\bhe)|(?<=\bshe)|(?<=\bit)|(?<=\bwe)|(?<=\bthey))[’'](?:s|ve)\s*$",
    re.IGNORECASE,
)
# The last word of each _TAIL_TRIM alternative ("for his part", "at least": the last one).
_TAIL_LAST = frozenset(
    ("also", "have", "has", "had", "both", "all", "each", "jointly", "today", "now", "then",
     "further", "again", "already", "meanwhile", "still", "least", "too", "part", "turn",
     "however", "though", "nonetheless", "nevertheless")
)


def _tail_start(seg: str) -> int | None:
    """_TAIL_TRIM.search(seg)'s start, searched only when the segment's last word (before its
    trailing spaces and commas) is one of _TAIL_LAST, "…ly" or "he's": otherwise only the
    trailing run of spaces and commas can match, and the search, which tries its alternation
    after every space, is skipped."""
    i = len(seg)
    while i and (seg[i - 1] == "," or seg[i - 1].isspace()):
        i -= 1
    j = i
    while j and seg[j - 1] != "," and not seg[j - 1].isspace():
        j -= 1
    tok = seg[j:i]
    low = tok.lower()
    # (non-ASCII: under IGNORECASE "ſ", "ı" and the Kelvin sign match ASCII letters)
    if not tok.isascii() or low in _TAIL_LAST or low.endswith("ly") or "'" in tok:
        tail = _TAIL_TRIM.search(seg)
        return tail.start() if tail else None
    return i if i < len(seg) else None


_ACCORDING = lazy(r",?\s*according\s+to\s+(?P<who>[^,;.]{1,80})", re.IGNORECASE)
_TRAIL_SAID = lazy(
    r",[\s”\"’']*(?P<who>[^,;“”\"]{1,80}?)\s+(?:said|says|added|told\s+[^,.;]{1,40}|stated|noted|"
    r"announced|reported|wrote|writes)\b[^;]{0,120}?$|,[\s”\"’']*(?:said|says|added)\s+(?P<who2>[^;]{1,120}?)$",
    re.IGNORECASE,
)
_UNDER_DEAL = lazy(
    r"[\s\-–•*]*(?P<cue>under|as\s+part\s+of)\s+(?P<deal>(?:the|this|that|its|their|today’s|today's|"
    r"an?)\s+(?:[\w.’'-]+\s+){0,3}?(?:deal|agreement|accord|pact|treaty|arrangement|memorandum|"
    r"terms))"
    # "Under an accord signed yesterday, X would …": the signing named in passing, no cue
    r"(?P<part>\s+(?:signed|reached|struck|agreed|announced|concluded)\b[^,;:]{0,40})?\s*,\s*",
    re.IGNORECASE,
)
# the subject of a deal's term: "Under the accord, [the state and Acme] would …"
_DEAL_TERM_SUBJECT = lazy(
    r"(?P<s>[^,;:]{1,80}?)\s+(?:will|would|shall|(?:is|are)\s+to)\s", re.IGNORECASE
)
_CARRY_SUBJECT = lazy(r"\s*(?:they|it|he|she|the\s+two)\b", re.IGNORECASE)
_SAID_WORDS = (
    "said", "says", "added", "told", "stated", "noted", "announced", "reported", "wrote", "writes"
)
_REPORTED = lazy(
    r"\b(?:said|says|say|told|added|announced|stated|noted|declared|insist(?:s|ed)|indicated|"
    r"made\s+clear|saying|adding)\b",
    re.IGNORECASE,
)
_DEADLINE_PREP = lazy(
    r"(?:\b(?:by|before|until|till|within|no\s+later\s+than|ahead\s+of|through|from|starting|"
    r"in|on|during|for)\s+(?:at\s+least\s+|the\s+end\s+of\s+|early\s+|mid-?\s*|late\s+)?)$",
    re.IGNORECASE,
)
_DEADLINE_FALLBACK = lazy(
    r"\b(?:by|before|until|no\s+later\s+than|within|ahead\s+of)\s+"
    r"(?:(?:at\s+least|the\s+end\s+of|early|mid|late)\s+)?"
    r"(?:(?:19|20)\d\d\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d\d\b)?|next\s+\w+|the\s+end\s+of\s+(?:the\s+|this\s+)?\w+|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few)\s+"
    r"(?:days|weeks|months|years)\b)",
    re.IGNORECASE,
)
# One of these is in every _DEADLINE_FALLBACK match (lowered, in ASCII text: "ı" matches "i")
_DEADLINE_FALLBACK_WORDS = ("by", "before", "until", "later", "within", "ahead")
_BULLET = lazy(r"^\s*(?:[-•*–·▪]|\(?\d{1,2}[.)]|\([a-z]\))\s+")
_LEAD_IN = lazy(r"(?:\b(?:the\s+)?following(?:\s+[\w-]+){0,3})?\s*:\s*$", re.IGNORECASE)
_FIRST_PERSON = lazy(r"^(?:we|our)$", re.IGNORECASE)
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "that",
        "this",
        "their",
        "its",
        "our",
        "his",
        "her",
        "will",
        "would",
        "be",
        "is",
        "are",
        "was",
        "were",
        "as",
        "into",
    ]
)
# After "will"/"would": not a verb, so "will" is the noun ("the will of the voters").
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "to the a an of and or but for in on at by with from as that this these those is are was "
        "were be it its their his her our i we you he she they",  # "and so will I": inversion
    )
)
# After "is going to": an outcome the speaker predicts, not an act they undertake
# What befalls a body rather than what it undertakes ("they would miss the deadline")
_OUTCOME_VERBS = frozenset(["miss", "fail", "lose", "win", "need", "face", "suffer", "struggle"])
_GOING_TO_OUTCOME = frozenset(["win", "lose", "such", "great", "happen", "fail", "succeed"])
_NOUN_WILL = lazy(
    r"\b(?:the|a|an|its|their|his|her|our|my|your|own|political|popular|free|good|ill|"
    r"general|collective)\s+$",
    re.IGNORECASE,
)
_IF_CLAUSE = lazy(
    r"\b(?:if|unless|in\s+case|provided\s+that)\b", re.IGNORECASE
)
_THAT_OPENING = lazy(r"\W*that\s", re.IGNORECASE)
_NAME_CUE = lazy(r"[A-Z][a-z]+\s+[A-Z][a-z]")
_DROPPED_PLAN = lazy(
    r"\b(?:abandon|scrap|drop|revers|withdr|cancel|shelv|rescind|revok|suspend|halt|dial\w*\s+back|"
    r"back\w*\s+(?:off|away\s+from)|walk\w*\s+back|ditch)\w*\s+"
    r"(?:(?:its|his|her|their|the|an?|this|that|our|my)\s+(?:(?-i:[a-z]+(?:-[a-z]+)?)\s+)?)?$",
    re.IGNORECASE,
)
# A forecast wrapped round the clause: "X predicted that Y will …", "Y will …, Z forecast".
_PREDICTED = lazy(
    r"\b(?:predict|forecast|project|speculat|estimat|bet|expect|rumou?r|believ|suspect|assum|fear|"
    r"anticipat|worr(?=y|ie)|afraid|doubt)(?:s|e|es|ed|d|ing|y|ied|ies)?\s+(?:that\s+)?"
    r"(?:[\w.’',-]+\s+){0,8}?$|\bassumption\s+that\s+(?:[\w.’'-]+\s+){0,4}?$"
    # "we know from surveys that those voters will …", "all I have heard: X is going to …"
    r"|\b(?:we|i|they|he|she|everyone|everybody)\s+(?:all\s+|now\s+|already\s+|have\s+)?"
    r"(?:know|knew|heard)\b[\s,:]+(?:(?!but\b|and\b|so\b|yet\b)[\w.’'-]+[\s:]+){0,8}?"
    r"(?:\w+[’'])?$"
    # "What worries them is that X will …", "the fear is that …": a feared outcome
    r"|\b(?:worr|concern|scar|frighten|alarm|troubl|fear|danger|risk)\w*\s+"
    r"(?:[\w.’'-]+\s+){0,8}?is\s+that\s+(?:[\w.’'-]+\s+){0,6}?$",
    re.IGNORECASE,
)
_ANALYSTS_STEMS = (
    "analys", "expert", "economist", "observer", "commentator", "trader", "dealer", "critic",
    "forecaster", "strategist", "pundit", "poll", "studies", "surveys",
)
_ANALYSTS_ANY = lazy("|".join(_ANALYSTS_STEMS))  # any(w in s for w in _ANALYSTS_STEMS)
_ODD_FOLD = lazy("[ıſ\u0130]")
_FORECAST_STEMS = (
    "predict", "forecast", "project", "speculat", "estimat", "bet", "assumption", "expect",
    "rumo", "believ", "suspect", "assum", "fear", "anticipat", "worr", "afraid", "doubt",
    "know", "knew", "heard", "concern", "scar", "frighten", "alarm", "troubl", "danger", "risk",
)
def _forecast(text: str, sent: Span, cstart: int, cend: int, low: str) -> bool:
    """ "X predicted that Y will …", "Y will …, X forecast": a prediction wraps the clause
    (`low`: the sentence lowered)."""
    if not any(w in low for w in _FORECAST_STEMS):
        return False
    return bool(
        _PREDICTED.search(text, sent[0], cstart) or _PREDICTED_TAIL.search(text, cend, sent[1])
    )


_PREDICTED_TAIL = lazy(
    r",[”\"’'`\s]*(?:[\w.’'-]+\s+){1,6}?(?:predicted|forecast|projected|estimated|speculated)\b",
    re.IGNORECASE,
)
# "will probably", "would surely", "periodically will": a forecast or a habit, not an undertaking
_EPISTEMIC = lazy(
    r"\b(?:probably|likely|surely|certainly|undoubtedly|inevitably|presumably|possibly|perhaps|"
    r"doubtless|periodically|usually|often|sometimes|typically|regularly|occasionally|frequently|"
    r"generally|normally|routinely|invariably|typically)\b",
    re.IGNORECASE,
)
_EPISTEMIC_BEFORE = lazy(
    r"\b(?:probably|likely|surely|certainly|undoubtedly|inevitably|presumably|possibly|perhaps|"
    r"periodically|usually|often|sometimes|typically|regularly|occasionally|frequently|"
    r"generally|normally|routinely)\s+$",
    re.IGNORECASE,
)
# "I would say", "we want to assure", "I will make this promise": the speaker acts by speaking
_SPEECH_ACT = lazy(
    r"(?:say|argue|guess|imagine|suggest|note|assure|reassure|thank|congratulate|stress|"
    r"emphasi[sz]e|underline|underscore|reiterate|remind|express|acknowledge|"
    r"clarify|apologi[sz]e|commend|salute|point\s+out|make\s+(?:it\s+)?clear|"
    r"make\s+(?:this|that|a|my|one|our)\s+(?:\w+\s+)?(?:promise|pledge|commitment|vow|point))\b",
    re.IGNORECASE,
)
# "I will just make this promise", "I'll simply say": an adverb before the speech act
_HEDGE_ADV = frozenset(("just", "simply", "only", "merely", "again", "first", "now"))
# "develop a new plan to …", "designing its own plan to …": a plan as a document being drafted
_DOC_PLAN = lazy(
    r"\b(?:develop|draft|devis|design|draw\w*\s+up|drew\s+up|c[oa]me?\s+up\s+with|"
    r"coming\s+up\s+with|work\w*\s+out|writ|wrote|craft|submit|prepar|produc|requir|demand|"
    r"call\w*\s+for|ask\w*\s+for|urg)\w*\s+(?:(?:a|an|the|its|their|his|her|our|own|new|"
    r"detailed|formal|revised|comprehensive|national|[\w-]+-[\w-]+)\s+){1,3}$",
    re.IGNORECASE,
)
# "X had decided to …", "officials decided that …": a decision already carried out or a ruling
# "The judges were ready to adjourn", "X was eager to prove himself": a past state
_PAST_READY = lazy(
    r"(?:was|were)\s+(?:\w+ly\s+)?(?:ready|prepared|willing|eager|keen|anxious|determined)\b"
)
_PAST_DECISION = lazy(r"decided\b", re.IGNORECASE)
_SAID_THEY = lazy(
    r"\b(?:said|says|told\s+\w+|announced)\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:had\s+|have\s+|has\s+)?$",
    re.IGNORECASE,
)
# "continued to vow", "began to promise": the act itself is asserted, unlike "hopes to sign"
_ASPECT_TO = lazy(
    r"\b(?:continu(?:e|es|ed|ing)|beg(?:an|un|in|ins)|start(?:s|ed)?|"
    r"announced(?:\s+(?:on\s+)?\w+day)?)\s+to\s+$",
    re.IGNORECASE,
)
# "we promise to …", "I vow to …": after a subject pronoun the noun cue is the verb
_PRONOUN_SUBJ_END = lazy(
    r"(?:^|[^\w’'])(?:we|i|they)\s+(?:all\s+|both\s+|\w+ly\s+)?$", re.IGNORECASE
)
# "if Iran were a stock": a counterfactual ("if she were to win" is a future condition)
_COUNTERFACTUAL = lazy(r"\bwere\s+(?!to\b)", re.IGNORECASE)
_PLUPERFECT = lazy(r"\bhad\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "launched a campaign to", "led an effort to": a launch told in the simple past
_PAST_LAUNCH = lazy(r"(?:\w+ly\s+)?[a-z]+ed\b|(?:\w+ly\s+)?(?:began|begun|led|ran|kicked)\b", re.IGNORECASE)
# "on Monday", "this week", "yesterday": an event dated as fresh news
_NEWS_DAY = lazy(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight"
    r"|(?:this|last)\s+(?:week|month)|earlier\s+this\s+(?:week|month|year))\b",
    re.IGNORECASE,
)
# "in 1992", "years ago": a campaign launched then is history, not work under way
_HISTORY_TIME = lazy(
    r"\b(?:in|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:1[6-9]\d\d|20\d\d)\b"
    r"|\b(?:years|decades|centuries)\s+ago\b",
    re.IGNORECASE,
)
# A clause opened by the pledge noun ("His determination to act … inflamed …", "experts say
# her plans to … would …"): the sentence judges the pledge's effects; it is no new undertaking.
_CLAUSE_OPEN = lazy(
    r"\b(?:that|says?|said|yet|but|and|so|however|though|although|while)[\s,]+[`‘“\"'(]*$",
    re.IGNORECASE,
)
# Its main verb after the infinitive clause: past, conditional, or "… notwithstanding"
_FINITE_AFTER = lazy(
    r"[\s,]+(?:notwithstanding|aside)\b|(?<=[a-z])\s+(?:\w+ly\s+)?(?:(?:would|could|might|may|was|"
    r"were|had)\b|(?-i:[a-z]{3,}ed)\s+(?:the|a|an|his|her|its|their|to|by|in|on|with)\b)",
    re.IGNORECASE,
)
_WISH = lazy(r"\s+(?:be|see|know|hear|have|feel|believe)\b", re.IGNORECASE)
# ", which will …" still open at the cue (no comma closes the relative clause before it)
_OPEN_RELATIVE = lazy(
    r",\s+(?:which|who|(?:an?|the)\s+(?:[\w-]+\s+){1,4}?that)\s+[^,;:]*$", re.IGNORECASE
)
# "I would love/like/prefer to …": a wish, not an undertaking
_CONTRACTED_D = lazy(r"[’'][dD]\b")
_LIKE_TO = lazy(r"\s+to\s+(?:\w+ly\s+)?([a-z]+)\b", re.IGNORECASE)
_COURTESY_VERBS = frozenset(
    ("welcome", "announce", "thank", "say", "tell", "ask", "add", "address", "speak", "introduce",
     "remind", "congratulate", "recognize", "recognise", "acknowledge", "express", "offer",
     "report", "inform", "brief", "present", "release", "air", "disclose", "reveal", "see",
     "meet", "hear", "know", "win", "be", "have", "get")
)
_HAD_FORMS = frozenset(
    ("been", "gone", "had", "got", "done", "made", "said", "told", "taken", "given", "seen",
     "come", "become", "left", "put", "sent", "thought", "heard", "known", "better", "run", "won",
     "lost", "spent", "built", "bought", "sold", "held", "kept", "met", "found", "brought")
)
_WISH_MODAL = frozenset(("love", "like", "prefer", "rather", "hate", "enjoy"))
_AFTER_PREPOSITION = lazy(r"\b(?:for|of|with|about|without|against)\s+$", re.IGNORECASE)
# "agreed with the columnist about the winner", "all agreed the senator won": an opinion shared
_AGREED_CLAUSE = lazy(
    r"\s+(?:with\s+[^,;.]{1,60}?\s+about\b|(?:that\s+)?(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,2}"
    r"\s+(?:won|lost|was|were|is|are|did|had\s+(?:won|lost|been))\b)",
    re.IGNORECASE,
)
# "is considering a request from X": weighing someone else's proposal (ongoing work)
_WEIGHED = lazy(
    r"\s+(?:an?|the|his|her|their|its|this|that)\s+(?:[\w-]+\s+){0,2}(?:request|petition|appeal|"
    r"application|complaint|motion|bid|offer|claim|case|lawsuit|nomination|objection)s?\b",
    re.IGNORECASE,
)
# "I would answer …, and he would look at me": "would" of one clause after another narrates a
# habit in the past, not an undertaking
_HABIT_CHAIN = lazy(
    r",\s+(?:and\s+)?(?:then\s+)?(?:he|she|they|we|I|it|you)\s+would\s+(?!be\b|have\b)[a-z]+"
)
# "the things she wants to accomplish": a contact relative clause; the pronoun's verb
# describes its antecedent, and the phrase before it is no committer
_CONTACT_RELATIVE = lazy(
    r"(?:^|\s)(?:the|all|every|any|some|those|these|what|everything|anything|something)\s+"
    r"(?:[\w-]+\s+){0,2}(?!(?:said|says|told|and|but|that|so|if|when|because)\s)[a-z][\w-]*\s+"
    r"(?:he|she|they|we|I|you)$"
)
_AGREED_OPINION = lazy(
    r"\s+(?:with\s+[^,;.]{1,60}?\s+that\b|(?:(?:on|with)\s+)?(?:that|this|the|his|her|their|its|our|my|your)\s+"
    r"(?:[\w-]+\s+)?(?:point|view|assessment|analysis|idea|notion|description|"
    r"characteri[sz]ation|diagnosis|premise)s?\b|with\s+(?:him|her|them|me|us|you|it)\b)",
    re.IGNORECASE,
)
# A sentence opening with a condition or time clause: "Where X seeks to …, we will respond".
_OPENING_CONDITION = lazy(
    r"\W*(?:(?:and|but|so)\s+)?(?:\w+ly\s+)?(?:where|once|until|before|when)\s+$", re.IGNORECASE
)
# a sentence opening on a condition about a generic "you" ("If you …, X will …", "When you
# write a book, they'll …"): what generally happens, nobody's undertaking
_GENERIC_YOU = lazy(
    r"[\W_]*(?:(?:and|but|so|or|now)\W+)?(?:even\s+)?(?:if|when|whenever|once|unless)\s+you\b",
    re.IGNORECASE,
)
_SUBORDINATE = lazy(r"\b(?:before|until|unless|once)\s+$", re.IGNORECASE)
_SIMILE = lazy(
    r"\b(?:(?:is|was|are|were|be|seems?|looks?|[’']s)\s+(?:\w+\s+)?like|as\s+if|as\s+though)\b",
    re.IGNORECASE,
)
_INDIRECT_QUESTION = lazy(r"^to\b|\b(?:what|how|whether|why)\b", re.IGNORECASE)
_HEADLINE_JOINT = lazy(r"\bjoint\s+(?:statement|declaration|communiqu[eé])\b", re.IGNORECASE)
# Right before the cue, a word that negates or withholds it: "has no plans to", "no one wants
# to", "his unwillingness to affirm", "it cannot hope to"
_WITHHELD = lazy(
    r"\b(?:no|nobody|none|neither)\s+(?:[\w-]+\s+)?$|\b(?:unwilling\w*|reluctan\w*|hesitan\w*|"
    r"refusal|cannot|can[’']t)\s+(?:to\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Every _NEG match holds one of _NEG_WORDS, every _WITHHELD match one of _NEG_WITHHELD_WORDS,
# every _HYPO match one of _HYPO_WORDS (lowered; "no" also stands for "not", "none", "nobody")
_NEG_WORDS = ("no", "never", "refus", "declin", "fail", "unable", "reject", "n't", "n’t")
_NEG_WITHHELD_WORDS = (*_NEG_WORDS, "neither", "unwilling", "reluctan", "hesitan", "can")
_HYPO_WORDS = ("ould", "might", "may", "can", "likely", "expected", "whether", "if", "unless")


def _any_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """_any_in(s, words) as one search (in C, not a Python loop over the words)."""
    return lazy("|".join(map(re.escape, words)))


_NEG_ANY = _any_re(_NEG_WORDS)
_NEG_WITHHELD_ANY = _any_re(_NEG_WITHHELD_WORDS)
_HYPO_ANY = _any_re(_HYPO_WORDS)
_IF_BEFORE = lazy(r"\b(?:if|unless|whether)\b", re.IGNORECASE)


def _any_in(s: str, words: tuple[str, ...]) -> bool:
    """Whether one of words is in s (a gate before a regex that needs one of them)."""
    for w in words:
        if w in s:
            return True
    return False


# Before a bare participle or noun ("pledged delegates", "in pledged delegates", "offered
# promises Monday", "on promised protection"): a determiner, number, preposition or past verb
_ATTRIBUTIVE_BEFORE = lazy(
    r"(?:\b(?:the|a|an|more|most|fewer|those|these|their|its|his|her|our|my|your|of|in|among|"
    r"with|for|on|by|from|than|all|some|many|any|no|each|every|unbound|remaining)|\d|[’']s|"
    r"(?-i:\b[a-z]{3,}ed))\s+$",
    re.IGNORECASE,
)
# "superdelegates already committed to Clinton", "delegates pledged to the senator": allegiance
# to someone, not an undertaking to act (that needs a verb after "to")
_TO_PERSON = lazy(
    r"\s+(?:(?:[A-Z][\w.’'-]*|the|a|an|his|her|their|its)\s+)(?!\w+ing\b)", re.ASCII
)
# "agreed with the Democrats", "agree with much of the speech": an opinion shared, unless the
# clause goes on to what they agreed to do or on ("agreed with Peru to …", "… on a plan")
_AGREED_WITH = lazy(r"\s+with\s+(?P<rest>[^,;.:!?]{0,100})", re.IGNORECASE)
_AGREED_WITH_DEAL = lazy(r"\b(?:to|on|upon|over|that)\b", re.IGNORECASE)
_AGREE_BARE = lazy(r"\s*(?:[-–—,.;:!?”\"]|$)|\s+on\s+(?:something|anything|nothing|little|much|"
                         r"one\s+thing|this|that)\b", re.IGNORECASE)
# The verb of the modal in a clause after "that": "agree that movement will be incremental" is
# an opinion about a state, "guarantees that he will have" an outcome
_THAT_MODAL = lazy(r"\b(?:will|would|should|must|shall|can|’ll|'ll)\s+(?:\w+ly\s+)?(?P<v>[a-z]+)",
                         re.IGNORECASE)
# "affirmed it doesn't plan to …": a reaffirmed refusal is no commitment
_NEGATED_CLAUSE = lazy(
    r"\s+(?:that\s+)?(?:[\w.’'-]+\s+){1,3}?(?:doesn[’']t|does\s+not|don[’']t|do\s+not|won[’']t|"
    r"will\s+not|would\s+not|has\s+no|have\s+no|had\s+no|did\s+not|didn[’']t|isn[’']t|is\s+not|"
    r"never|no\s+longer)\b",
    re.IGNORECASE,
)
# "a letter signed by 200 members": the participle after a noun; only an agreement-like noun
# makes the signers ("by …") committers
_SIGNED_BY = lazy(r"\s+by\s+(?P<by>[^,;:]{1,160})")
_DEAL_BEFORE = lazy(
    r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|memorand\w+|declarations?|charters?|"
    r"conventions?|contracts?|protocols?|communiqu\w+),?\s+(?:\w+,?\s+){0,2}$",
    re.IGNORECASE,
)
# What can be signed as an undertaking; "signed a letter of apology", "signed autographs" are not
_SIGNABLE = lazy(
    r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|contracts?|memorand\w+|mou|"
    r"letters?\s+of\s+intent|declarations?|bills?|laws?|legislation|orders?|decrees?|statements?|"
    r"charters?|conventions?|protocols?|communiqu\w+|plans?|programs?|programmes?|measures?|"
    r"resolutions?|acts?|ordinances?|budgets?|leases?|loans?|frameworks?|documents?|"
    r"arrangements?|understandings?|partnerships?|commitments?|pledges?|compacts?|"
    r"settlements?|truces?|ceasefires?|cease-fires?|armistices?|accessions?|it|them)\b",
    re.IGNORECASE,
)
_OBJECT_START = lazy(r"\s+(?:an?|the|this|that|these|those|his|her|its|their|our|my|[A-Z]|\d)")
# "no hope that the rebels would disarm", "the hope is that someone will": a hope, not a pledge
_HOPE_THAT = lazy(r"\bhop(?:e|es|ed|ing)\W{0,4}(?:is\s+)?(?:that\s+)?$", re.IGNORECASE)
# "…, where Republicans will select a nominee": a scheduled event told as background
_WHERE_CLAUSE = lazy(r",\s+(?:where|when)\s+$", re.IGNORECASE)
# A clause with a past or background binding act: "when I signed", "whose husband signed"
_BACKGROUND_CLAUSE = lazy(r"\b(?:when|whenever|since|whose)\b", re.IGNORECASE)
# "said a plan to sell … fell through": a plan named without its owner
_BARE_PLAN = lazy(
    r"(?:^|\b(?:said|says|that)\s+|[,;]\s+)(?:a|the|this)\s+$", re.IGNORECASE
)
# "Perhaps Russia will oppose …", "Maybe the firm will …": a guess, not an undertaking
# "Often, companies will hire …", "a lot of times they'll put …": a habit, not an undertaking
_GUESS_BEFORE = lazy(
    r"\b(?:perhaps|maybe|possibly|probably|presumably|often|usually|sometimes|typically|"
    r"generally|normally|frequently|occasionally|routinely|a\s+lot\s+of\s+(?:the\s+)?times?|"
    r"most\s+of\s+the\s+time)\W*$",
    re.IGNORECASE,
)
# … and the same words opening the subject phrase read back ("Often, companies", "a lot of
# times they")
_GUESS_LEAD = lazy(
    r"\W*(?:(?:and|but|so|you\s+know)\W+)?(?:perhaps|maybe|possibly|probably|presumably|often|"
    r"usually|sometimes|typically|generally|normally|frequently|occasionally|routinely|"
    r"a\s+lot\s+of\s+(?:the\s+)?times?|most\s+of\s+the\s+time)\b",
    re.IGNORECASE,
)
# "not all leaders are ready to", "few members want to": a quantity that withholds the act
# "a force few politicians want to provoke": a contact relative with a withholding quantity
_FEW_TAIL = lazy(r"\s(?:few|no|not\s+many)\s+(?:[a-z-]+\s+)?[a-z]+s$")
# "There is no chance X will …", "no reason to believe that X plans to …": denied outright
_NO_CHANCE = lazy(
    r"\bno\s+(?:chance|way|possibility|prospect|likelihood|sign|indication|evidence|"
    r"reason\s+to\s+(?:believe|think|expect|suspect))\b[^“”\":;?!]*$",
    re.IGNORECASE,
)
# pledge nouns that name an attitude someone reads into the actor, not a plan they announced
_ATTITUDE = lazy(r"(?:determination|willingness|readiness|resolve|desire|ambition)\b")
_ANALYSTS_SAY = lazy(
    r"\b(?:analysts|experts|economists|observers|commentators|critics|strategists)\s+"
    r"(?:say|said|says|believe|argue|contend)\b",
    re.IGNORECASE,
)
_DO_WELL = lazy(r"\s+(?:very\s+)?well\s+to\b", re.IGNORECASE)
_FEW_SUBJECT = lazy(r"(?:not\s+(?:all|every|many)|few|none\s+of|no)\b", re.IGNORECASE)
# After "plans to": no verb ("health plans to double-digit increases") means the noun "plans"
_TO_NON_VERB = lazy(
    r"\s+(?:(?:the|an?)\b|\d|(?!(?:re|co|pre|de|un|over|under)-)\w+-\w)", re.IGNORECASE
)
# A decision dated in a past year ("her decision to back the merger in 2001"): done, not pledged
_PAST_YEAR = lazy(r"\b(?:in|since)\s+(?:19|20)\d\d\b")
_SUBJECT_WORDS = frozenset(
    re.findall(r"\w+", "he she it they we i who which that also and or now still has have had then")
)
_STRENGTH_RANK = {
    "binding": 0,
    "agreement": 1,
    "pledge": 2,
    "reaffirmation": 3,
    "intention": 4,
    "ongoing": 5,
}


_OBJECT_IN_TEXT = frozenset(
    {
        "bind.concluded",
        "bind.has_agreement",
        "agr.reached",
        "agr.announced_deal",
        "agr.established",
        "reaff.confirm",
        "bind.partnership",
        "int.planned_event",
        "bind.approved",
        "pledge.gift",
        "pledge.dividend",
        "bind.credit",
    }
)


# Patterns of the function bodies below, compiled once at import.
_SEP_OR_AND = lazy(r"[,;]|\band\b")
# a plural subject that stands for people: "the two camps" / "both campaigns" are the two
# candidates they work for, "the two men" the last pair of persons
_PERSON_GROUP = lazy(
    r"leaders|presidents|ministers|\b(?:wo)?men\b|\bcandidates\b|"
    r"\brivals\b|\bcontenders\b|\bnominees\b"
)
_CAMPS = lazy(r"\b(?:camps|campaigns)\b")
# "Roe supporters", "the Roe campaign": the following of one person, named by the person
_FOLLOWING = lazy(r"(?:the\s+)?(?P<n>.+?)\s+(?:supporters|backers|campaign|camp|loyalists)")
_I = lazy(r"I")
_NP_TOKEN = lazy(r"[\w.’'-]+")
_COMMA_GAP = lazy(r",\s+")
_HE_SAID = lazy(r"\b(?:he|she)\s+(?:said|told|added)", re.IGNORECASE)
_UPPER = lazy(r"[A-Z]")
_NAME_PARTICLES = lazy(r"\b(?:and|the|of|de|al|von|van)\b")
_LOWER_WORD = lazy(r"\b[a-z]")
_DEADLINE_WORD = lazy(r"\s*(?:by|before|until|till|within|no|ahead)", re.IGNORECASE)
_POSSESSIVE_S = lazy(r"[’']s\b")
_LEAD_RELATIVE = lazy(r"(?:this|next|later\s+this|early\s+next)\b", re.IGNORECASE)
_CONJ = lazy(r"(?:,\s*)?(?:;|\band|\bbut)\s+")
# a relative or a condition open in the action: the clause after "and" may be part of it
_REL_WORD = lazy(
    r"\b(?:that|who|which|whose|whom|if|unless|whether|when|until|once|provided)\b", re.IGNORECASE
)
_NEW_CLAUSE_GAP = lazy(r"(?:,|;|\band|\bbut)\s+(?:[\w.’'-]+\s+){0,6}(?:\w+[’'])?$")
_ED_WORD = lazy(r"\w+ed\b", re.IGNORECASE)
_TO_THAT_END = lazy(r"\b(?:to|that)$")
_PLEDGE_STEM = lazy(r"(?:ha(?:ve|s)\s+)?(?:pledg|vow|promis|guarant|undert)")
_COMMITTED_END = lazy(r"(?:committed|offered)$")
_NOUN_TO = lazy(r"(?:plans?|aims?|pledges?|promises?|vows?)\s+to\b")
_OBJECT_VERB = lazy(r"(?:ha(?:ve|s)\s+)?\w+(?:\s+(?:up|out))?(?:\s+|$)", re.IGNORECASE)
_NOT_WORD = lazy(r"\s(?:not|never)\b", re.IGNORECASE)
_ING_WORD = lazy(r"\w+ing\b")
_WE_I_OUR = lazy(r"we|i|our", re.IGNORECASE)
_JOINT_WORD = lazy(r"\b(?:joint|shared|common|mutual)\b", re.IGNORECASE)
_OUR_MY = lazy(r"\b(?:our|my)\b", re.IGNORECASE)
_BARE_WORD = lazy(r"[a-z]+")
_HE_SHE = lazy(r"(?:he|she)\b", re.IGNORECASE)
_DETERMINER = lazy(r"\b(?:the|an?|this|that|its|their|his|her)\s")
_IT_THIS = lazy(r"it|this", re.IGNORECASE)
_THE_NP_END = lazy(r"\bthe\s+(?:[\w-]+\s+){0,2}?[\w-]+$")
_LIST_GAP = lazy(r"(?:,|;|\band)\s+(?:[\w.’'-]+\s+){0,8}$")
_FIRST_WORD = lazy(r"[\w’'-]+")
_SEMICOLON = lazy(r"(;\s*)")
_ITEM_CONJ = lazy(r"\s*(?:and\s+|or\s+)?")


@dataclass
class _Ctx:
    doc: Document
    actors: dict[str, Actor]
    mentions: list[tuple[int, int, str]]
    starts: list[int]
    dates: list[DateMention]
    views: list[View]
    by_name: dict[str, str]
    view_index: _SpanIndex[View]  # the view holding an offset (nested views too), see _view_at
    groups: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    max_mention: int = 0  # the longest mention's length, to bound backward scans
    speaker: str | None = None  # the person a "Remarks by …" headline names: "I" and "we"
    speaker_country: str | None = None  # "as Prime Minister of Norway": the speaker's
    chains: dict[int, tuple[int, tuple[str, ...], bool]] = field(default_factory=dict)
    date_starts: list[int] = field(default_factory=list)
    home: str | None = None  # the most named country ("" when none), see _home_country
    firm: str | None = None  # the company a business story is about ("" when none), _home_firm
    roles: dict[str, str] | None = None  # "father" → the one person introduced so, see _roles
    gender: dict[str, str] = field(default_factory=dict)  # person id → "m"/"f", see coref
    actor_list: list[Actor] = field(default_factory=list)  # as given, for coref.descriptions
    # Direct views sorted by end (stable), with their ends: _continued_view bisects, built once.
    direct_ends: tuple[list[int], list[View]] | None = None
    heads: _Heads | None = None  # the document's head words, see _doc_heads
    plan_owners: list[tuple[int, str]] | None = None  # (where, person id), see _plan_owners
    # (where, noun class, makers, verb) of each instrument made, see _instruments
    instruments: list[tuple[int, str, list[str], str]] | None = None
    # where the verb of an object relative read as an instrument's makers stands (", which the
    # premiers signed"): that verb's own cue makes no record
    told_verbs: set[int] = field(default_factory=set)
    # where each live-blog entry starts (model.Section.kind == "entry"), sorted: a pronoun or a
    # description is never resolved across one, see _entry_floor
    entry_starts: list[int] = field(default_factory=list)


def _index(doc: Document, actors: list[Actor], dates: list[DateMention], views: list[View]) -> _Ctx:
    mentions = sorted((s, e, a.id) for a in actors for (s, e) in a.mentions)
    by_name: dict[str, str] = {}
    for a in actors:
        for n in (a.name, *a.aliases):
            by_name.setdefault(n.lower(), a.id)
    ctx = _Ctx(
        doc,
        {a.id: a for a in actors},
        mentions,
        [m[0] for m in mentions],
        sorted(dates, key=lambda d: d.span),
        list(views),
        by_name,
        view_index=_SpanIndex(views, _view_span),
        max_mention=max((e - s for s, e, _ in mentions), default=0),
        speaker=_remarks_speaker(doc, actors, mentions),
    )
    ctx.speaker_country = _speaker_country(doc, actors, mentions, ctx.speaker)
    ctx.date_starts = [d.span[0] for d in ctx.dates]
    ctx.gender = coref.genders(doc, actors)
    ctx.actor_list = actors
    ctx.entry_starts = _entry_starts(doc)
    return ctx


def _entry_starts(doc: Document) -> list[int]:
    """Where each entry of a live blog begins (its first paragraph), in order: entries are
    separate reports, so "he" or "the senator" in one never refers to someone named only in an
    earlier one."""
    out: list[int] = []
    sections = doc.article.sections
    prev = -1
    for p in doc.paragraphs:
        if p.section != prev and p.section < len(sections) and sections[p.section].kind == "entry":
            out.append(p.span[0])
        prev = p.section
    return out


def _entry_floor(ctx: _Ctx, pos: int) -> int:
    """The start of the live-blog entry holding pos (0 outside a live blog)."""
    if not ctx.entry_starts:
        return 0
    i = bisect.bisect_right(ctx.entry_starts, pos) - 1
    return ctx.entry_starts[i] if i >= 0 else 0


_REMARKS_HEAD = lazy(
    r"\b(?:remarks|speech|address|statement|interview|testimony|op-ed|letter|press\s+conference)"
    r"\s+(?:\w+\s+){0,3}?by\b",
    re.IGNORECASE,
)


def _remarks_speaker(
    doc: Document, actors: list[Actor], mentions: list[tuple[int, int, str]]
) -> str | None:
    """The person a "Remarks by President X …" headline names: the "I" of the text, and with
    his or her country the "we", wherever no view gives a nearer speaker."""
    head = doc.article.headline_span
    if not head or not _REMARKS_HEAD.search(doc.text, head[0], head[1]):
        return None
    kinds = {a.id: a.kind for a in actors}
    for s, _e, aid in mentions:
        if s >= head[1]:
            break
        if s >= head[0] and kinds.get(aid) == "person":
            return aid
    return None


_AS_TITLE_OF = lazy(
    r"\bas\s+(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|Premier|King|Queen|Emperor|"
    r"Governor|Mayor|(?:Foreign|Defen[cs]e|Finance)\s+Minister|Secretary\s+of\s+State)\s+of\s+"
    r"(?:the\s+)?"
)


def _speaker_country(
    doc: Document, actors: list[Actor], mentions: list[tuple[int, int, str]], speaker: str | None
) -> str | None:
    """The country the speaker of remarks names as theirs: "as Prime Minister of Norway"
    (the actors stage may know none), else the speaker's own country."""
    if speaker is None:
        return None
    by_id = {a.id: a for a in actors}
    starts = [m[0] for m in mentions]
    for m in _AS_TITLE_OF.finditer(doc.text):
        k = bisect.bisect_left(starts, m.end())
        if k < len(mentions) and mentions[k][0] == m.end():
            aid = mentions[k][2]
            if by_id[aid].kind == "country":
                return aid
    return None


_T = TypeVar("_T")


class _SpanIndex(Generic[_T]):
    """The first item, in list order, whose span contains an offset. Each item is filed under the
    4 KB buckets its span covers, so building is linear and a look-up reads only the few items
    of one bucket, also where spans overlap (a view nested in a view, "he said that X says …")."""

    _BUCKET = 4096

    def __init__(self, items: Iterable[_T], span: Callable[[_T], tuple[int, int]]) -> None:
        self._span = span
        self._buckets: dict[int, list[_T]] = {}
        for item in items:
            s, e = span(item)
            for b in range(s // self._BUCKET, (e - 1) // self._BUCKET + 1):
                self._buckets.setdefault(b, []).append(item)

    def containing(self, pos: int) -> _T | None:
        for item in self._buckets.get(pos // self._BUCKET, ()):
            s, e = self._span(item)
            if s <= pos < e:
                return item
        return None


def _ids_in(ctx: _Ctx, start: int, end: int, places: bool = False) -> list[str]:
    """Actor ids with a mention inside [start, end), in order, places only if nothing else."""
    i = bisect.bisect_left(ctx.starts, start)
    inside: list[tuple[int, int, str]] = []
    while i < len(ctx.mentions) and ctx.mentions[i][0] < end:
        if ctx.mentions[i][1] <= end:
            inside.append(ctx.mentions[i])
        i += 1
    found: list[str] = []
    place: list[str] = []
    for n, (_s, e, aid) in enumerate(inside):
        if _modifies_next_person(ctx, e, aid, inside[n + 1 :]):
            continue
        target = place if ctx.actors[aid].kind == "place" else found
        if aid not in target:
            target.append(aid)
    return found or (place if places else [])


def _mentions_in(ctx: _Ctx, start: int, end: int) -> list[tuple[int, int, str]]:
    i = bisect.bisect_left(ctx.starts, start)
    out: list[tuple[int, int, str]] = []
    while i < len(ctx.mentions) and ctx.mentions[i][0] < end:
        if ctx.mentions[i][1] <= end:
            out.append(ctx.mentions[i])
        i += 1
    return out


def _modifies_next_person(
    ctx: _Ctx, end: int, aid: str, following: list[tuple[int, int, str]]
) -> bool:
    """True for a country or body named only as the pre-modifier of the next person's title
    ("Kenyan Prime Minister X", "Navy commander Adm. Y"): the person commits, not it."""
    if not following or ctx.actors[aid].kind == "person":
        return False
    for ps, _pe, pid in following:
        person = ctx.actors[pid]
        if person.kind != "person":
            continue
        between = ctx.doc.text[end:ps]
        if len(between) > 60 or _SEP_OR_AND.search(between):
            return False
        name = ctx.actors[aid].name.lower()
        return name in ((person.country or "").lower(), (person.affiliation or "").lower())
    return False


def _last_pos(ctx: _Ctx, pos: int, aid: str) -> int:
    """Where actor aid was last mentioned before pos (-1 if not)."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    while i >= 0 and ctx.mentions[i][2] != aid:
        i -= 1
    return ctx.mentions[i][0] if i >= 0 else -1


def _last_of(
    ctx: _Ctx,
    pos: int,
    kinds: tuple[str, ...],
    title: str | None = None,
    pronoun: str = "",
    within: int = 3000,
) -> str | None:
    """The latest actor of a kind mentioned before pos; for "he"/"she"/"his"/"her" (pronoun),
    a person of the other gender the text shows is passed over."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    lo = max(pos - within, _entry_floor(ctx, pos))
    while i >= 0 and ctx.mentions[i][0] >= lo:
        a = ctx.actors[ctx.mentions[i][2]]
        if (
            a.kind in kinds
            and (title is None or (a.title or "").lower().endswith(title))
            and (not pronoun or coref.agrees(ctx.gender, a, pronoun))
        ):
            return a.id
        i -= 1
    return None


_OFFICIAL_TITLE = lazy(
    r"\b(?:president|secretary|minister|premier|chancellor|ambassador|king|queen|leader|envoy)\b",
    re.IGNORECASE,
)


def _home_country(ctx: _Ctx) -> str | None:
    """The country the article names most often (first named on a tie): whose "we" an official
    with no country of their own speaks for."""
    if ctx.home is None:
        counts: dict[str, int] = {}
        for _s, _e, aid in ctx.mentions:
            if ctx.actors[aid].kind == "country":
                counts[aid] = counts.get(aid, 0) + 1
        ctx.home = max(counts, key=lambda a: counts[a]) if counts else ""
    return ctx.home or None


_EXECUTIVE_TITLE = lazy(
    r"\b(?:chairman|chairwoman|chief\s+executive|executive|officer|president|treasurer|"
    r"director|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
_FIRM_NAME = lazy(
    r"\b(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|S\.A|N\.V|Group|Holdings|Bancorp|Bank)\b\.?$"
)


def _home_firm(ctx: _Ctx) -> str | None:
    """The company a business story is about: the organisation named most often, when its name
    says it is a firm and it is named more often than any country (a wire story about a
    company, not a government). Whose "we" an executive with no employer given speaks for."""
    if ctx.firm is None:
        counts: dict[str, int] = {}
        for _s, _e, aid in ctx.mentions:
            if ctx.actors[aid].kind in ("organization", "country"):
                counts[aid] = counts.get(aid, 0) + 1
        top = max(counts, key=lambda a: counts[a]) if counts else ""
        ok = bool(top) and ctx.actors[top].kind == "organization" and bool(
            _FIRM_NAME.search(ctx.actors[top].name)
        )
        ctx.firm = top if ok else ""
    return ctx.firm or None


def _speaker_body(ctx: _Ctx, who: str, pos: int) -> list[str]:
    """The organisation or group a quote's speaker is described by where the quote names them:
    "Tulsa police Chief X said", "said X, a spokeswoman for the agency"."""
    v = _view_at(ctx, pos) if pos >= 0 else None
    if v is None and pos >= 0:
        v = _continued_view(ctx, pos)
    if v is None or v.speaker != who or v.speaker_span is None:
        return []
    text = ctx.doc.text
    s, e = v.speaker_span
    own = [m for m in _mentions_in(ctx, s, e) if m[2] == who]
    p0 = own[0][0] if own else s
    out = []
    for _ms, me, aid in _mentions_in(ctx, max(0, p0 - 40), p0):
        if ctx.actors[aid].kind in ("organization", "group") and _TITLE_RUN.fullmatch(text, me, p0):
            out.append(aid)
    am = _BODY_APPOSITION.match(text, own[0][1] if own else e)
    if am:
        for _ms, _me, aid in _mentions_in(ctx, am.end(), am.end() + 80):
            if ctx.actors[aid].kind in ("organization", "group"):
                out.append(aid)
                break
    pm = _BODY_POSSESSOR.match(text, own[0][1] if own else e)
    if pm:
        # "X, the Roe campaign's communications director, said": the campaign (and its owner)
        for _ms, _me, aid in _mentions_in(ctx, pm.start("b"), pm.end("b")):
            if ctx.actors[aid].kind in ("organization", "group", "person") and aid not in out:
                out.append(aid)
                owner = ctx.by_name.get((ctx.actors[aid].affiliation or "").lower())
                if owner is not None and ctx.actors[owner].kind == "person" and owner not in out:
                    out.append(owner)
    om = _ONE_OF.match(text, own[0][1] if own else e)
    if om:
        # "said X, one of about 100 exiles who …": the group named by that plural
        gid = _plural_group(ctx, om.group("n").lower(), p0)
        if gid is not None and gid not in out:
            out.append(gid)
    return out


_ONE_OF = lazy(
    r",\s+one\s+of\s+(?:(?:about|some|nearly|almost|more\s+than|at\s+least)\s+)?"
    r"(?:the\s+|\d[\d,]*\s+|many\s+|several\s+|hundreds\s+of\s+|thousands\s+of\s+|dozens\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<n>[a-z]{3,}s)\b"
)


def _plural_group(ctx: _Ctx, noun: str, pos: int) -> str | None:
    """The group or organisation actor named by a plural head noun ("exiles" → "Cuban exiles",
    "leaders" → "E.U. leaders"), the latest mentioned before pos (else the first after)."""
    tail = " " + noun
    hits = [
        a.id for a in ctx.actors.values()
        if a.kind in ("group", "organization") and a.name.lower().endswith(tail)
    ]
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0]
    return max(hits, key=lambda h: _last_pos(ctx, pos, h))


# between an organisation and the person it employs: "police Chief ", "Department spokesman "
_TITLE_RUN = lazy(
    r"(?:[’']s)?\s+(?:(?!(?:and|or|with|said|says|told|but|to|from|by)\s)"
    r"(?-i:[A-Z][a-z.]+|[a-z]+)\s+){0,3}"
)
_BODY_APPOSITION = lazy(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|director|chief|"
    r"head|leader|president|chairman|chairwoman|member|officer|lawyer|attorney|pastor|minister)\s+"
    r"(?:for|of|at|with)\s+(?:the\s+)?(?=[A-Z])",
)


_BODY_POSSESSOR = lazy(
    r",\s+the\s+(?P<b>[A-Z][\w.&-]*(?:\s+[\w.&-]+){0,3}?)[’']s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:spokes(?:man|woman|person)|director|chief|head|chairman|chairwoman|manager|"
    r"secretary|officer|adviser|advisor|strategist|aide)\b"
)


def _we(ctx: _Ctx, who: str, pos: int = -1) -> list[str]:
    """The committers of "we"/"our" said by `who`: the speaker and their country; an official
    with no known country speaks for the article's home country; the body the quote describes
    the speaker by ("Tulsa police Chief X") speaks too."""
    out = _with_countries(ctx, [who])
    for b in _speaker_body(ctx, who, pos):
        if b not in out:
            out.append(b)
    a = ctx.actors.get(who)
    if (
        a is not None
        and a.kind == "person"
        and (fam := _family_of(ctx, who, pos)) is not None
        and fam not in out
    ):
        out.append(fam)  # '"We will keep fighting," said the boy's great-uncle': the family
    if len(out) == 1 and a is not None and a.kind == "person" and a.title and not a.affiliation:
        out.extend(b for b in _title_bodies(ctx, a) if b not in out)
    if (
        len(out) == 1
        and a is not None
        and a.kind == "person"
        and not a.affiliation
        and _EXECUTIVE_TITLE.search(a.title or "")
        and (firm := _home_firm(ctx)) is not None
    ):
        out.append(firm)  # '"We'd like to cut debt," President X said' in a story about a firm
        return out
    if (
        a is not None
        and a.kind == "person"
        and _OFFICIAL_TITLE.search(a.title or "")
        and (
            len(out) == 1
            or (len(out) == 2 and not a.affiliation and ctx.actors[out[1]].kind == "organization")
        )
    ):
        home = _home_country(ctx)
        if home:
            out.append(home)
    return out


_FAMILY_NAME = lazy(r"\b(?:relatives|family|families|kin)$", re.IGNORECASE)
_NOT_KIN = frozenset(("spokesman", "spokeswoman", "spokesperson", "lawyer"))


def _family_of(ctx: _Ctx, who: str, pos: int) -> str | None:
    """The family a relative speaks for: when the text introduces `who` as someone's kin
    ("great-uncle X", "the boy's father, X", "X, his cousin"), the group actor the text names
    as a family or relatives ("the Miami relatives", "Roe's family"), of that person when the
    text says whose, the latest named before pos."""
    families = [g for g in ctx.actor_list if g.kind == "group" and _FAMILY_NAME.search(g.name)]
    if not families:
        return None
    rel = coref.descriptions(ctx.doc, ctx.actor_list).relations()
    owners = {
        oid for r, pairs in rel.items() if r not in _NOT_KIN for oid, pid in pairs if pid == who
    }
    if not owners:
        return None
    names = {ctx.actors[o].name for o in owners if o is not None and o in ctx.actors}
    best, best_at = None, -1
    for g in families:
        if names and g.affiliation and g.affiliation not in names:
            continue  # another person's family
        at = _last_pos(ctx, pos if pos >= 0 else len(ctx.doc.text), g.id)
        if at > best_at:
            best, best_at = g.id, at
    return best


# An office named by its title: the department the holder runs, as actors name it
_TITLE_DEPARTMENTS = (
    (lazy(r"\battorney\s+general\b", re.IGNORECASE), ("justice department", "department of justice")),
    (lazy(r"\bsecretary\s+of\s+state\b", re.IGNORECASE), ("state department", "department of state")),
    (
        lazy(r"\b(?:defen[cs]e\s+secretary|secretary\s+of\s+defen[cs]e)\b", re.IGNORECASE),
        ("pentagon", "defense department", "department of defense"),
    ),
    (
        lazy(r"\b(?:treasury\s+secretary|secretary\s+of\s+the\s+treasury)\b", re.IGNORECASE),
        ("treasury", "treasury department", "department of the treasury"),
    ),
)
# "the Hungarian foreign minister, X" / "Acme spokesman X": the title words after the body
_TITLE_AFTER_BODY = lazy(
    r"(?:[’']s)?\s+(?:[a-z-]+\s+){0,3}?(?:minister|secretary|president|ambassador|envoy|premier|"
    r"chancellor|spokes(?:man|woman|person)|official)\s*,?\s*$",
    re.IGNORECASE,
)
_SPOKES_TITLE = lazy(r"spokes(?:man|woman|person)", re.IGNORECASE)


def _title_bodies(ctx: _Ctx, a: Actor) -> list[str]:
    """For whom an official with no affiliation speaks when saying "we": the department their
    title names ("Deputy Attorney General X" → the Justice Department, when the text names it),
    the country or body named just before the title where X is introduced ("the Hungarian
    foreign minister, X"), and for a spokesperson introduced bare, the body of the latest
    "<Body> spokesman" before ("A Pentagon spokesman said …; said spokesman X")."""
    out: list[str] = []
    title = a.title or ""
    for pat, names in _TITLE_DEPARTMENTS:
        if pat.search(title):
            for n in names:
                bid = ctx.by_name.get(n)
                if bid is not None:
                    out.append(bid)
                    break
    if out or not a.mentions:
        return out
    text = ctx.doc.text
    p0 = a.mentions[0][0]
    for _ms, me, aid in reversed(_mentions_in(ctx, max(0, p0 - 60), p0)):
        if ctx.actors[aid].kind in ("country", "organization") and _TITLE_AFTER_BODY.match(
            text[me:p0]
        ):
            return [aid]
    if _SPOKES_TITLE.search(title):
        last = None
        for m in _SPOKES_TITLE.finditer(text, max(0, p0 - 3000), p0):
            if p0 - m.end() > 20:  # not the title in X's own introduction
                last = m
        if last is not None:
            for _ms, me, aid in _mentions_in(ctx, max(0, last.start() - 40), last.start()):
                if ctx.actors[aid].kind in ("country", "organization") and (
                    text[me : last.start()].strip() in ("", "’s", "'s")
                ):
                    return [aid]
    return out


def _with_countries(ctx: _Ctx, ids: list[str]) -> list[str]:
    out = list(ids)
    if ctx.speaker_country and ctx.speaker in ids and ctx.speaker_country not in out:
        out.append(ctx.speaker_country)
    for aid in ids:
        a = ctx.actors[aid]
        for name in (a.country, a.affiliation):
            cid = ctx.by_name.get((name or "").lower())
            if cid and cid not in out:
                out.append(cid)
    return out


def _kinds_ok(ctx: _Ctx, ids: list[str] | tuple[str, ...], kind: str) -> bool:
    return sum(ctx.actors[a].kind == kind for a in ids) >= 2


def _chain(ctx: _Ctx, text: str, i: int) -> tuple[int, tuple[str, ...], bool]:
    """The mentions joined to mention i leftwards by "and", commas or titles: where the chain
    starts, its actor ids in order, and whether a coordination joined them (cached per i)."""
    group = [ctx.mentions[i]]
    coordinated = False
    j = i - 1
    while j >= 0:
        prev = ctx.mentions[j]
        if prev[1] > group[0][0]:  # nested or overlapping mention ("Kenyan" in "Kenyan Army")
            j -= 1
            continue
        gap = text[prev[1] : group[0][0]]
        if _COORD.match(gap) or _TITLE_GAP.match(gap):
            coordinated = coordinated or bool(_COORD.match(gap))
            group.insert(0, prev)
            j -= 1
        else:
            break
    return group[0][0], tuple(dict.fromkeys(m[2] for m in group)), coordinated


def _pairs_before(ctx: _Ctx, pos: int, kind: str | None = None) -> tuple[int, list[str]] | None:
    """The last two actors mentioned together ("X and Y", "X, Y and Z") before `pos`."""
    text = ctx.doc.text
    i = bisect.bisect_left(ctx.starts, pos) - 1
    chains = ctx.chains
    while i > 0 and ctx.mentions[i][0] >= pos - 2500:
        chain = chains.get(i)
        if chain is None:
            chain = chains[i] = _chain(ctx, text, i)
        group0, chain_ids, coordinated = chain
        if not coordinated or len(chain_ids) < 2:
            i -= 1
            continue  # a lone mention, or no "and": no pair, whatever the filters below
        ids = list(chain_ids)
        if kind is None and any(ctx.actors[a].kind != "place" for a in ids):
            ids = [a for a in ids if ctx.actors[a].kind != "place"]  # "X in Paris and Y"
        if len(ids) >= 2 and coordinated and (kind is None or _kinds_ok(ctx, ids, kind)):
            quote = _view_at(ctx, group0)
            if quote is None or not quote.direct or quote is _view_at(ctx, pos):
                return group0, ids
            # a pair named inside someone's quote ("… letting Chile and Peru pool
            # their resources," X said) is not what a later "the two parties" refers to
        i -= 1
    return None


_TITLE_WORD = (
    r"(?:[A-Z][\w.’'-]*|commander|chief|head|director|minister|president|secretary|spokes\w+|"
    r"leader|envoy|ambassador|general|staff|deputy|foreign|defen[cs]e|prime|vice|senior|top|of|the)"
)
_TITLE_GAP = lazy(r"^\s*\)?\s+(?:" + _TITLE_WORD + r"\s+){0,4}$")
_COORD = lazy(r"^(?:\s*,\s*|,?\s+(?:and|&)\s+)(?:" + _TITLE_WORD + r"\s+){0,8}$|^\s*[-/]\s*$")


def _group(ctx: _Ctx, pos: int, phrase: str) -> list[str]:
    """What a plural subject ("the two sides", "they", "the leaders") refers to."""
    best: tuple[int, list[str]] | None = None
    low = phrase.lower()
    kind = "person" if _PERSON_GROUP.search(low) else None
    for gpos, gids in reversed(ctx.groups):
        if gpos < pos and (kind is None or _kinds_ok(ctx, gids, kind)):
            best = (gpos, list(gids))
            break
    pair = _pairs_before(ctx, pos, kind)
    if pair and (best is None or pair[0] > best[0]):
        best = pair
    if low == "they":
        # "Elian's relatives in Miami … Since then, they have said …": a group actor named
        # since the last pair
        gid = _last_of(ctx, pos, ("group",), within=600)
        gpos = _last_pos(ctx, pos, gid) if gid is not None else -1
        near = _plural_antecedent(ctx, pos, max(best[0] if best else -1, gpos))
        if near is not None:
            return near
        if gid is not None and (
            best is None or (gpos > best[0] and _opens_clause(ctx, gpos))
        ):
            # the group named since the pair, when it is a subject; a group named in passing
            # after the pair ("Japan and Canada met … after militants claimed an attack. They
            # are proposing …") is not who "they" are
            return [gid]
    if best is None:
        return []
    ids = best[1]
    if pair and best is pair and not _PERSON_GROUP.search(low):
        # "the two sides" after "Kenyan commander X and Ugandan chief of staff Y": their countries too
        s0 = _first_start(ctx, ids, pair[0] - 1)
        e0 = _last_end(ctx, ids, pos)
        ids = list(
            dict.fromkeys(
                ids + [a for a in _ids_in(ctx, s0, e0) if ctx.actors[a].kind == "country"]
            )
        )
    if _PERSON_GROUP.search(low):
        persons = [a for a in ids if ctx.actors[a].kind == "person"]
        return persons or ids
    if _CAMPS.search(low):
        # "Roe and Doe supporters came together … The two camps agreed": the two candidates
        people = []
        for a in ids:
            fm = _FOLLOWING.fullmatch(ctx.actors[a].name)
            who = _by_surname(ctx, fm.group("n")) if fm else None
            people.append(who or a)
        return list(dict.fromkeys(people))
    ids = _with_countries(ctx, ids)
    countries = [a for a in ids if ctx.actors[a].kind == "country"]
    if len(countries) == 2 and _TWO_SIDES.search(low) and _paragraphs_apart(ctx, best[0], pos) > 1:
        # "the two sides" paragraphs after the officials of one meeting: the sides are the two
        # countries they stand for, not that meeting's commanders
        return countries
    return ids


def _opens_clause(ctx: _Ctx, gpos: int) -> bool:
    """Is the mention at gpos the subject of its sentence (opening it, or right after an
    opening phrase's comma)?"""
    sent = ctx.doc.sentence_at(gpos)
    if sent is None:
        return True
    lead = _LEAD_CONJ.sub("", ctx.doc.text[sent.span[0] : gpos], count=1)
    return _SUBJECT_LEAD.fullmatch(lead) is not None or lead.rstrip().endswith(",")


_LEAD_CONJ = lazy(r"^[\s\"“‘'`]*(?:(?:but|and|yet|so|still|meanwhile|now)\b,?\s*)?", re.IGNORECASE)


_TWO_SIDES = lazy(r"\b(?:two|both)\s+(?:sides|countries|nations|governments)\b")
_ANTECEDENTS = rules.entries("commitment_antecedents")[0]
_PEOPLE_SUFFIXES = tuple(_ANTECEDENTS["suffixes"])
_PEOPLE_NOUNS = frozenset(_ANTECEDENTS["nouns"])
_NOT_PEOPLE = frozenset(_ANTECEDENTS["not_people"])
_STAFF_NOUNS = frozenset(_ANTECEDENTS["staff"])
# a finite verb right after a subject: auxiliaries, common present and irregular past forms
_SUBJECT_VERB = (
    r"(?:are|were|have|had|will|would|could|can|may|might|must|do|did|say|said|says|make|made|"
    r"want|wanted|need|needed|plan|hope|try|seek|sought|met|meet|began|took|went|gave|told|held|"
    r"left|came|got|won|lost|spent|kept|brought|ran|sent|struck|chose|saw|knew|thought|felt|"
    r"found|became|fought|(?-i:[a-z]{3,}ed))\b"
)
# a plural noun phrase opening a clause and followed by its verb: "These activists are",
# "that security officials make", "Acme's executives met"
_PLURAL_SUBJECT = lazy(
    r"(?:^|[.,;:!?]\s+|\b(?:that|as|when|while|because|and|but|if|since)\s+)"
    r"(?P<np>(?:(?:the|these|those|many|some|most|other|such|both|all|its|their)\s+)?"
    r"(?:(?!of\s)[\w.’'-]+\s+){0,3}?(?P<n>(?-i:[a-z]{3,}s|police|people|staff|men|women)))"
    # a participle with its agent or purpose is no finite verb ("the people interviewed for")
    r"\s+(?:\w+ly\s+)?(?!(?-i:[a-z]{3,}ed)\s+(?:by|for)\b)" + _SUBJECT_VERB,
    re.IGNORECASE,
)


_NAME_WORDS = r"(?-i:[A-Z])[\w.&’'-]*(?:\s+(?:of\s+|de\s+)?(?-i:[A-Z])[\w.&’'-]*){0,4}"
# two names coordinated as a clause's subject, its verb next: "Acme and Globex sweetened"
_NAMES_SUBJECT = lazy(
    r"(?:^|[.,;:!?]\s+|\b(?:that|as|when|while|because|but|if|since)\s+)"
    r"(?P<np>(?:(?:the\s+)?" + _NAME_WORDS + r",\s+){0,4}(?:the\s+)?" + _NAME_WORDS
    + r",?\s+(?:and|&)\s+(?:the\s+)?" + _NAME_WORDS + r")"
    r"\s+(?:\w+ly\s+)?" + _SUBJECT_VERB,
    re.IGNORECASE,
)


def _plural_antecedent(ctx: _Ctx, pos: int, floor: int) -> list[str] | None:
    """What "they" at pos refers to when an unnamed plural noun phrase of people is its
    subject nearer than any named antecedent (after floor), in its sentence or, for a "they"
    opening its sentence, the sentence before: the body a staff noun's possessor names ("Acme's
    executives"), an actor the phrase itself names ("Serbian police"), else nobody ("These
    activists …, they are willing to"); None when there is no such phrase."""
    doc = ctx.doc
    sent = doc.sentence_at(pos)
    if sent is None:
        return None
    text = doc.text
    lo = sent.span[0]
    if not text[lo:pos].strip(" \t\"“‘'`") or text[lo:pos].strip().lower() in ("but", "and"):
        p = lo - 1
        while p > 0 and text[p].isspace():
            p -= 1
        before = doc.sentence_at(p) if p > 0 else None
        if before is not None and before is not sent:
            lo = before.span[0]
    seg = text[lo:pos]
    if max(lo, floor + 1) >= pos or ("s " not in seg and " and " not in seg):
        return None
    found = None
    for m in _PLURAL_SUBJECT.finditer(seg):
        n = m.group("n").lower()
        if n in _NOT_PEOPLE or n == "they" or lo + m.start("np") <= floor:
            continue  # no people, or the antecedent already found ("Roe supporters are …")
        if n in _PEOPLE_NOUNS or n.endswith(_PEOPLE_SUFFIXES):
            found = m
    if " and " in seg:
        for m in _NAMES_SUBJECT.finditer(seg):
            if lo + m.start("np") > floor and (
                found is None or m.start("np") > found.start("np")
            ):
                # "Lintel Radio and Borrow Cellular sweetened their plan": the names coordinated
                # as the clause's subject, whether or not the actors stage knows them (not the
                # pair already found: "Roe, Vale and Lee established …, as they")
                s, e = lo + m.start("np"), lo + m.end("np")
                return [a for _ms, _me, a in _mentions_in(ctx, s, e)
                        if ctx.actors[a].kind != "place"]
    if found is None:
        return None
    s, e = _trim(text, lo + found.start("np"), lo + found.end("np"))
    if s >= e:
        return None
    if _POSSESSIVE_S.search(text, s, e):
        if found.group("n").lower() not in _STAFF_NOUNS:
            return []  # "Roe's rivals …, they": the rivals, not Roe
        return [a for a in _ids_in(ctx, s, e) if ctx.actors[a].kind != "place"][:2]
    if _GROUP.fullmatch(text, s, e):
        return _resolve(ctx, s, e)[0]  # "the two leaders met …, and they"
    named = ctx.by_name.get(_LEAD_THE.sub("", text[s:e]).lower())
    if named is not None and ctx.actors[named].kind == "group":
        return [named]  # "Roe supporters are crying foul …. They": that group actor
    # the actors the phrase names ("Serbian police", "Roe supporters"), else nobody: a bare
    # plural ("nations", "activists") names no body of that name
    return [a for a in _ids_in(ctx, s, e) if ctx.actors[a].kind != "place"]


def _paragraphs_apart(ctx: _Ctx, a: int, b: int) -> int:
    pa, pb = ctx.doc.paragraph_index(a), ctx.doc.paragraph_index(b)
    return pb - pa if pa is not None and pb is not None else 0


def _first_start(ctx: _Ctx, ids: list[str], lo: int) -> int:
    """min(s for s, _, a in ctx.mentions if a in ids and s >= lo): the first such mention from
    lo on, as the mentions are sorted by start."""
    for k in range(bisect.bisect_left(ctx.starts, lo), len(ctx.mentions)):
        if ctx.mentions[k][2] in ids:
            return ctx.mentions[k][0]
    raise ValueError("min() arg is an empty sequence")


def _last_end(ctx: _Ctx, ids: list[str], pos: int) -> int:
    """max(e for s, e, a in ctx.mentions if a in ids and s < pos), reading back from pos only
    as far as a mention could still end later (no mention is longer than ctx.max_mention)."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    best: int | None = None
    while i >= 0:
        s, e, a = ctx.mentions[i]
        if best is not None and s + ctx.max_mention <= best:
            break
        if a in ids and (best is None or e > best):
            best = e
        i -= 1
    if best is None:
        raise ValueError("max() arg is an empty sequence")
    return best


@dataclass
class _Subject:
    start: int
    end: int
    ids: list[str]
    explicit: bool  # named by a mention, a group phrase or a first-person pronoun
    reported: bool  # the clause follows "said", "told ... that" ...
    source_ids: list[str]
    coordinated: bool = False  # "... and resolved to": shares the subject of the clause before
    source_span: Span | None = None  # who says it: "the company" in "the company said it will"
    relative: bool = False  # the antecedent of ", which/who": "X, who signed …"
    chained: bool = False  # a later verb of that relative clause ("X, who … and agree to")


def _view_at(ctx: _Ctx, pos: int) -> View | None:
    return ctx.view_index.containing(pos)


def _first_person(ctx: _Ctx, pos: int) -> str | None:
    """Who "I"/"we" at pos is: the speaker of the quote around it; in reported (indirect)
    speech the narrator, i.e. the speaker of the remarks ("I assured her that we would …")."""
    view = _view_at(ctx, pos)
    if view is not None and (view.direct or not ctx.speaker):
        return view.speaker
    if view is None and not ctx.speaker:
        return _continued_quote(ctx, pos)
    return ctx.speaker


_OPEN_QUOTE = lazy(r"[“\"]|``|''")
# a quote said by a document: "'We will …,' the statement said"
_DOCUMENT = lazy(
    r"(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?P<d>statement|communiqu[eé]|letter|release|notice)$",
    re.IGNORECASE,
)


def _document_author(ctx: _Ctx, pos: int) -> str | None:
    """The body whose document speaks a quote ('"We are searching for …," the statement
    said'): the organisation opening the sentence that last named that document ("X said in a
    statement that …", of whatever kind)."""
    v = _view_at(ctx, pos)
    dm = _DOCUMENT.match(v.speaker_text or "") if v is not None and v.direct else None
    if dm is None or v is None:
        return None
    text = ctx.doc.text
    noun = dm.group("d").lower()[:8]
    at = text.lower().rfind(noun, max(0, v.span[0] - 3000), v.span[0])
    sent = ctx.doc.sentence_at(at) if at >= 0 else None
    if sent is None:
        return None
    for _s, _e, aid in _mentions_in(ctx, sent.span[0], at):
        if ctx.actors[aid].kind != "place":
            return aid  # a person's statement too ("X said in a statement")
    return None


def _signatory(ctx: _Ctx, pos: int) -> str | None:
    """The writer of a letter or column whose "I" speaks outside any quote: the person whose
    name alone makes one of the next three paragraphs (the signature: "Ann Roe." / "Boston.").
    Never a name with other words in its paragraph, which is a sentence about that person."""
    if _view_at(ctx, pos) is not None:
        return None
    doc = ctx.doc
    pi = doc.paragraph_index(pos)
    if pi is None:
        return None
    text = doc.text
    for p in doc.paragraphs[pi + 1 : pi + 4]:
        ps, pe = p.span
        if pe - ps > 60:
            continue
        for ms, me, aid in _mentions_in(ctx, ps, pe):
            if (
                ctx.actors[aid].kind == "person"
                and not text[ps:ms].strip(" \t-—–")
                and not text[me:pe].strip(" \t.,")
            ):
                return aid
    return None


def _continued_quote(ctx: _Ctx, pos: int) -> str | None:
    """ '"No," X said. "I will …"': a quote with no view of its own continues the direct quote
    just before it in the same paragraph; its speaker is the "I"/"we"."""
    v = _continued_view(ctx, pos)
    return v.speaker if v is not None else None


def _continued_view(ctx: _Ctx, pos: int) -> View | None:
    """The direct quote a quote with no view of its own continues (see _continued_quote)."""
    text = ctx.doc.text
    para = text.rfind("\n", 0, pos) + 1
    if ctx.direct_ends is None:
        direct = sorted((v for v in ctx.views if v.direct), key=lambda v: v.span[1])
        ctx.direct_ends = ([v.span[1] for v in direct], direct)
    ends, direct = ctx.direct_ends
    # The latest-ending direct view in [para, pos]; of equal ends the first in ctx.views
    # (the stable sort keeps their order), as the plain scan over ctx.views picked.
    j = bisect.bisect_right(ends, pos) - 1
    best = direct[bisect.bisect_left(ends, ends[j])] if j >= 0 and ends[j] >= para else None
    if best is None or not _OPEN_QUOTE.search(text, best.span[1] + 1, pos):
        return None
    return best


def _quote_at(ctx: _Ctx, pos: int) -> View | None:
    """The direct quote whose words hold pos, in its first part or a later one ('"A," she
    said. "B."'): never a quote that merely ends earlier in the paragraph."""
    text = ctx.doc.text

    def quoted(s: int) -> bool:  # the part opens on a quotation mark, not a paraphrase
        return text[max(0, s - 3) : s].rstrip()[-1:] in ("\"", "“", "'", "‘", "`")

    v = _view_at(ctx, pos)
    if v is not None and v.direct and v.span[0] <= pos < v.span[1]:
        return v if quoted(v.span[0]) else None
    for v in ctx.views:
        if v.direct and any(s <= pos < e and quoted(s) for s, e in v.spans):
            return v
    return None


def _view_span(v: View) -> tuple[int, int]:
    return v.span


_PRONOUN_AND_CAMP = lazy(
    r"(he|she)\s+and\s+(?:his|her)\s+(?:(?:presidential|re-?election)\s+)?"
    r"(?:campaign|team|aides|allies|advisers|advisors|staff|supporters)",
    re.IGNORECASE,
)


# "he and Blair", "she and her husband", "Roe and he": a coordinated subject with a pronoun
# conjunct; "he and his campaign" is _PRONOUN_AND_CAMP's
_PRONOUN_CONJUNCT = lazy(
    r"(?:(?P<a>he|she)\s+and\s+(?!(?:his|her)\s+(?:(?:presidential|re-?election)\s+)?"
    r"(?:campaign|team|aides|allies|advisers|advisors|staff|supporters)\b)"
    r"(?P<rest>[^,;:()]{2,60}?)(?:,\s+[^,;:()]{2,40},?)?"
    r"|(?P<first>(?-i:[A-Z])[^,;:()]{1,60}?)\s+and\s+(?P<b>he|she))",
    re.IGNORECASE,
)


def _pronoun_person(
    ctx: _Ctx, pos: int, pronoun: str, others: list[str], lo: int = -1
) -> str | None:
    """The person a "he"/"she" at pos names when it cannot be one of `others` (the other
    conjunct, the quote's speaker): the latest agreeing person mentioned before it (from lo)."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    lo = max(lo, pos - 3000)
    while i >= 0 and ctx.mentions[i][0] >= lo:
        a = ctx.actors[ctx.mentions[i][2]]
        if a.kind == "person" and a.id not in others and coref.agrees(ctx.gender, a, pronoun):
            return a.id
        i -= 1
    return None


def _campaign_of(ctx: _Ctx, pid: str) -> list[str]:
    """The campaign organisation of person `pid` ("Roe campaign" affiliated to Jane Roe)."""
    name = ctx.actors[pid].name
    surname = name.split()[-1].lower() if name else ""
    for a in ctx.actor_list:
        low = a.name.lower()
        if a.kind in ("organization", "group") and low.endswith(" campaign") and (
            a.affiliation == name or low == f"{surname} campaign"
        ):
            return [a.id]
    return []


# "On behalf of everyone at Acme, we …": the body the speaker speaks for
_BEHALF_WE = lazy(
    r"\bon\s+behalf\s+of\s+(?:(?:everyone|everybody|all\s+of\s+us|all)\s+(?:at|in)\s+)?"
    r"(?P<b>[^,;:]{2,60}),\s*$",
    re.IGNORECASE,
)


def _on_behalf(ctx: _Ctx, start: int) -> list[str]:
    """The organisations or countries named in an opening "On behalf of X," before "we"/"I"."""
    sent = ctx.doc.sentence_at(start)
    s0 = sent.span[0] if sent else max(0, start - 120)
    text = ctx.doc.text
    if "behalf" not in text[s0:start]:
        return []
    m = _BEHALF_WE.search(text, s0, start)
    if m is None:
        return []
    return [
        aid for _ms, _me, aid in _mentions_in(ctx, m.start("b"), m.end("b"))
        if ctx.actors[aid].kind in ("organization", "country", "group")
    ]


def _resolve(ctx: _Ctx, start: int, end: int) -> tuple[list[str], bool]:
    """Actor ids for the subject text[start:end] and whether it names its committer; in a
    live-blog entry, only actors the entry itself names (a pronoun or a description is never
    resolved into an earlier entry)."""
    ids, named = _resolve_any(ctx, start, end)
    floor = _entry_floor(ctx, start)
    if floor and not ids:
        phrase = ctx.doc.text[start:end].strip()
        if phrase[:4].lower() == "the " and (
            _CANDIDATE_END.search(phrase)
            or coref.ROLE_LAST.search(phrase)
            or _PARTY_PERSON.fullmatch(phrase)
        ):
            # "The Republican nominee vowed to …" in an entry that names one person: that one
            people = list(dict.fromkeys(
                aid for _ms, _me, aid in _mentions_in(ctx, floor, start)
                if ctx.actors[aid].kind == "person"
            ))
            if len(people) == 1:
                return people, True
    if floor and ids:
        kept = [aid for aid in ids if _named_since(ctx, aid, floor, end)]
        if len(kept) < len(ids):
            if not kept:
                # "the Democratic candidate will …" after an entry naming one person: that
                # person (the one of the kind the earlier entry's actor was, and of the
                # pronoun's gender)
                kinds = {ctx.actors[aid].kind for aid in ids}
                word = ctx.doc.text[start:end].strip().lower()
                pron = word if word in ("he", "she", "his", "her") else ""
                seen = list(dict.fromkeys(
                    aid for _ms, _me, aid in _mentions_in(ctx, floor, start)
                    if ctx.actors[aid].kind in kinds
                    and (not pron or coref.agrees(ctx.gender, ctx.actors[aid], pron))
                ))
                if len(seen) == 1 and len(ids) == 1:
                    return seen, named
            return kept, named and bool(kept)
    return ids, named


def _named_since(ctx: _Ctx, aid: str, lo: int, end: int) -> bool:
    """Is actor aid mentioned in [lo, end)?"""
    i = bisect.bisect_left(ctx.starts, lo)
    while i < len(ctx.mentions) and ctx.mentions[i][0] < end:
        if ctx.mentions[i][2] == aid:
            return True
        i += 1
    return False


def _resolve_any(ctx: _Ctx, start: int, end: int) -> tuple[list[str], bool]:
    """Actor ids for the subject text[start:end] and whether it names its committer."""
    text = ctx.doc.text
    phrase = text[start:end]
    if end - start < 5 and text[start - 5 : start] == "that " and _PRONOUN.fullmatch(phrase):
        by = _claim_by(ctx, start, phrase.lower())
        if by:
            return by, True  # "the declaration by Acme, …, that it stands ready to offer"
    ids = _ids_in(ctx, start, end)
    g = _GROUP.search(phrase)
    if g:
        word = g.group().lower()
        if _FIRST_PERSON.match(word) or word.startswith("our "):
            behalf = _on_behalf(ctx, start)
            if behalf:
                return list(dict.fromkeys(ids + behalf)), True
            who = _first_person(ctx, start)
            if who and word == "we" and (sv := _view_at(ctx, start)) is not None and sv.direct:
                # '"We will …," the two sides said': the speaker phrase names a group (one actor
                # stands for it in the view); "we" is every party the phrase refers to
                sg = _GROUP.fullmatch(sv.speaker_text.strip())
                if (
                    sg is not None
                    and sv.speaker_span is not None
                    and not _FIRST_PERSON.match(sg.group())
                ):
                    grp = _group(ctx, sv.speaker_span[0], sg.group().lower())
                    if len(grp) > 1 and who in grp:
                        return list(dict.fromkeys(ids + grp)), True
            if who and (word == "we" or who != ctx.speaker):
                return list(dict.fromkeys(ids + _we(ctx, who, start))), True
            if who is None:
                author = _document_author(ctx, start)
                if author is not None:
                    return list(dict.fromkeys([*ids, author])), True
            head = ctx.doc.article.headline_span
            if head and _HEADLINE_JOINT.search(text[head[0] : head[1]]):
                hid = _ids_in(ctx, head[0], head[1])
                if hid:
                    return list(dict.fromkeys(ids + hid)), True
        return list(dict.fromkeys(ids + _group(ctx, start, word))), True
    if coref.DESCRIBED.search(phrase):
        # "Roe's lawyer", "the grandmother of Roe", "the GOP candidate" (coref.Descriptions)
        co = coref.descriptions(ctx.doc, ctx.actor_list)
        hit = co.relative(start, end) or co.candidate(start, end)
        if hit is not None:
            return [hit.id], True
        if _BARE_CANDIDATE.fullmatch(phrase.strip()):
            # "The candidate is hoping to …": the one person the headline names
            sent = ctx.doc.sentence_at(start)
            owners: list[list[str]] = []
            for _ms, me, aid in _mentions_in(ctx, sent.span[0] if sent else start, start):
                a = ctx.actors[aid]
                if a.kind == "person" and _OWN_BODY.match(text, me):
                    owners.append([aid])
                elif a.kind == "organization" and a.name.lower().endswith(" campaign"):
                    own = ctx.by_name.get((a.affiliation or "").lower())
                    owners.append([own, aid] if own else [aid])
            if owners:
                return owners[-1], True  # "The Roe campaign said the candidate will …"
            hl = ctx.doc.article.headline_span
            people = {
                m[2] for m in (_mentions_in(ctx, *hl) if hl else [])
                if ctx.actors[m[2]].kind == "person"
            }
            if len(people) == 1:
                return [people.pop()], True
        if _CANDIDATE_END.search(phrase):
            return [], False  # "the GOP candidate" is a person, never the party
    if coref.someone_else(phrase):
        return [], True  # "X's successor is to take over": someone else, not yet named
    if " and " in phrase and _COURTESY_NAME.search(phrase):
        ids = list(dict.fromkeys(ids + _courtesy_names(ctx, start, end)))
    if (
        (" and " in phrase or ", " in phrase)
        and end - start < 160
        and _BODY_SUBJECT.search(phrase) is not None
        and (bodies := _body_conjuncts(ctx, start, end))
    ):
        ids = list(dict.fromkeys(ids + bodies))  # "The Guard and county police will stay on"
    if " and " in phrase and (pj := _PRONOUN_CONJUNCT.fullmatch(phrase.strip())) is not None:
        # "X says he and Blair will …", "she and her husband, Tom Roe, plan to": the person the
        # pronoun names commits with the other conjunct (never the other conjunct itself)
        if not ids:
            # "he and his wife": the other conjunct as a description ("his wife" → Jane Roe)
            rs, re_ = pj.span("rest") if pj.group("a") else pj.span("first")
            s0 = start + len(phrase) - len(phrase.lstrip())
            ids = _resolve(ctx, *_trim(text, s0 + rs, s0 + re_))[0]
        pid = _pronoun_person(ctx, start, (pj.group("a") or pj.group("b")).lower(), ids)
        if pid is not None:
            # named only when the other conjunct is too ("he and the Pope" stays as unsure
            # as before: a modal's committer must be named)
            return list(dict.fromkeys([pid, *ids])), bool(ids)
    if ids and "," not in phrase and phrase.count(" and ") == 1 and end - start < 100:
        first, second = _described_conjuncts(ctx, start, end)
        ids = list(dict.fromkeys(first + ids + second))
    if ids:
        if len(ids) == 1 and (hc := _head_country(ctx, ids[0])):
            ids = [ids[0], hc]  # "Libyan leader X agreed": X's country is bound too
        return ids, True
    pc = _PRONOUN_AND_CAMP.fullmatch(phrase.strip())
    if pc is not None:
        # "he and his campaign": the person the pronoun names, with their campaign if named
        pid = _last_of(ctx, start, ("person",), pronoun=pc.group(1).lower())
        if pid is not None:
            return [pid, *_campaign_of(ctx, pid)], True
    if _I.fullmatch(phrase.strip()):
        who = _first_person(ctx, start) or _signatory(ctx, start)
        return ([who] if who else []), True
    m = _SINGULAR.match(phrase.strip())
    if m:
        if m.group("person"):
            pid = (
                _opener_subject(ctx, start, ("person",), m.group("person").lower())
                or _prev_subject(ctx, start, m.group("person"))
                or _last_of(ctx, start, ("person",), pronoun=m.group("person"))
            )
            qv = _quote_at(ctx, start) if pid is not None else None
            if pid is not None and qv is not None and qv.speaker == pid:
                # '"He wants to raise every tax there is," X said': in direct speech "he" is
                # someone the speaker talks about, never the speaker: a person named earlier in
                # the quote's paragraph, else nobody named
                para = ctx.doc.text.rfind("\n", 0, start) + 1
                pid = _pronoun_person(ctx, start, m.group("person").lower(), [pid], lo=para)
        elif m.group("title"):
            t = m.group("title").split(None, 1)[1].lower()
            pid = _last_of(ctx, start, ("person",), t) or _last_of(ctx, start, ("person",))
        elif m.group("org"):
            noun = m.group("org").split()[-1]
            hit = _kind_body(ctx, noun, start)
            if hit is None and noun.lower() in _BLOC_HEADS:
                hit = _bloc(ctx, noun.lower(), start)
            if hit is not None and noun.lower() in ("company", "firm"):
                # "X's chip business, Y Inc., … The company's strategy": a unit named as a
                # firm's possession is "the unit"; "the company" is the firm that owns it
                pid = _owner_of_unit(ctx, hit.id, start) or hit.id
            elif hit is not None:
                pid = hit.id
            elif noun.lower() in ("company", "firm"):
                pid = _last_firm(ctx, start)  # "Ameriquest … the company agreed to pay"
                if pid is not None and _conjoined_rival(ctx, pid, start, noun):
                    pid = None  # "Acme and Zenith said …; the company plans": a guess
            elif noun.lower() == "group":
                pid = None  # "the group" is as often a delegation or a crowd as a body named
            else:
                # "the organization", "the body": any body will do; a noun of a kind
                # ("the agency", "the union") with no body of that kind named names nobody
                generic = noun.lower() in ("organization", "organisation", "body")
                pid = _last_of(ctx, start, ("organization", "group")) if generic else None
        elif m.group("country"):
            pid = _last_of(ctx, start, ("country",))
        else:
            # "it": the organisation subject of the latest sentence naming one
            pid = _opener_subject(ctx, start, ("organization", "country", "group"), "it")
            if pid is None:
                im = coref.descriptions(ctx.doc, ctx.actor_list).it_antecedent(start, start - 3000)
                pid = im[2].id if im else _last_of(
                    ctx, start, ("organization", "country", "group")
                )
        return ([pid] if pid else []), bool(
            m.group("title") or m.group("org") or m.group("country")
        )
    bn = _BODY_SUBJECT.fullmatch(phrase.strip())
    if bn:
        if bn.group("new"):
            return [], True  # "the new company will hire staff": a body formed, not yet named
        if bn.group("n").lower() in coref.BODY_HEADS:
            if bn.group("of"):
                # "the board of Acme Corp.": the organisation whose body it is
                s0 = start + len(phrase) - len(phrase.lstrip())
                owner = [
                    aid for _ms, _me, aid in _mentions_in(
                        ctx, s0 + bn.start("of"), s0 + bn.end("of")
                    )
                    if ctx.actors[aid].kind == "organization"
                ]
                if owner:
                    return owner[:1], True
            # "The Guard will remain", "the campaign would like to": the latest body of that
            # kind the text names; none named, nobody (never a body of another kind)
            hit = _kind_body(ctx, bn.group("n"), start)
            if hit is None:
                own = _speakers_own_body(ctx, start)
                return ([own] if own is not None else []), True
            return [hit.id], True
    bm = _BODY_STAFF.fullmatch(phrase.strip())
    if bm:
        # "RJR's executives", "Acme officials": the body they act for, when it is an actor
        bid = ctx.by_name.get(bm.group("n").lower())
        if bid is not None and ctx.actors[bid].kind in ("organization", "country"):
            return [bid], True
    if _FIRM_STAFF.fullmatch(phrase.strip()) and (firm := _home_firm(ctx)) is not None:
        return [firm], True  # "top executives said they …" in a story about one firm
    pm = _PRONOUN_BODY.fullmatch(phrase.strip())
    if pm:
        # "His office is preparing …", "her campaign will …": those who act for the person
        pron = "he" if pm.group(1).lower() == "his" else "she"
        pid = _prev_subject(ctx, start, pron) or _last_of(ctx, start, ("person",), pronoun=pron)
        return ([pid] if pid else []), bool(pid)
    bare = _BARE_PLURAL.fullmatch(phrase.strip())
    if bare:
        gid = _plural_group(ctx, bare.group("n").lower(), start)
        if gid is not None:
            return [gid], True  # "leaders had agreed to" after "E.U. leaders" met
    rm = _ROLE_PHRASE.match(phrase.strip())
    if rm:
        pid = _roles(ctx).get(rm.group("r"))
        if pid:
            return [pid], True  # "the boy's father" when one person is introduced as "father"
    if "the" in phrase[:4].lower() and coref.ROLE_LAST.search(phrase.strip()):
        # "the Vermont senator", "the Democratic nominee", "the New York businessman"
        s0 = start + len(phrase) - len(phrase.lstrip())
        hit = coref.descriptions(ctx.doc, ctx.actor_list).role(s0, s0 + len(phrase.strip()))
        if hit is not None:
            return [hit.id], True
    if "present" in phrase or " of " in phrase or " for " in phrase:
        dm = _DESCRIBED_BODY.fullmatch(phrase.strip())
        if dm is not None and (bid := _body_named_for(ctx, dm.group("w"))) is not None:
            return [bid], True  # "A union representing flight attendants endorsed …"
    if _SURNAME_ONLY.fullmatch(phrase.strip()):
        # "Clinton wants to …" where the actors stage linked no mention: the one person whose
        # name ends with that surname
        tail = " " + phrase.strip().rsplit(None, 1)[-1].lower()
        found = {a.id for a in ctx.actor_list if a.kind == "person" and a.name.lower().endswith(tail)}
        if len(found) == 1:
            # not "named" (no record made on this reading alone: the actors stage did not
            # take the word for a name)
            return [found.pop()], False
    i = bisect.bisect_left(ctx.starts, start)
    if i < len(ctx.mentions) and ctx.mentions[i][0] <= start + 4 and ctx.mentions[i][1] > end:
        # "The Security Council" where the actors stage gave this mention a longer name
        # ("Security Council on Friday"): the name itself, when another actor has it
        nid = ctx.by_name.get(_LEAD_THE.sub("", phrase.strip()).lower())
        if nid is not None:
            return [nid], True
    return [], False


_LEAD_THE = lazy(r"^the\s+", re.IGNORECASE)
_PARTY_PERSON = lazy(r"(?i:the)\s+(?:Republican|Democrat|Conservative|Labour\s+leader|Tory)")
_SURNAME_ONLY = lazy(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?")
# every head word of data/body_nouns.json: a name holding one is a body of that kind
_ALL_BODY_HEADS = frozenset(h for hs in coref.BODY_HEADS.values() for h in hs) | frozenset(
    ("corp", "inc", "co", "ltd", "plc", "company", "bank", "agency", "department", "ministry",
     "office", "commission", "committee", "council", "union", "institute", "news", "times")
)


_HEAD_FIRST = frozenset(("ministry", "department", "board", "council", "commission", "committee",
                         "office", "bureau", "agency", "court", "house", "bank", "union"))
_CONJOINED = lazy(r"(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?$|,\s*$")


def _kind_body(ctx: _Ctx, noun: str, pos: int) -> Actor | None:
    """The named body "the ministry", "the board", "the company" refers to: the latest one of
    that kind (coref.Descriptions.org_of_kind; also a name that opens with the kind noun,
    "Ministry of Health", "Board of Elections"), within the live-blog entry; None when two of
    that kind are named side by side in that sentence ("Acme and Zenith said … The company
    plans"): which one is meant is a guess."""
    co = coref.descriptions(ctx.doc, ctx.actor_list)
    floor = _entry_floor(ctx, pos)
    hit = co.org_of_kind(noun, pos, window=min(3000, pos - floor) if floor else 3000)
    low = noun.lower()
    if hit is None and low in _HEAD_FIRST:
        # "the Ministry of Health … the ministry": the head noun opens the name
        i = bisect.bisect_left(ctx.starts, pos) - 1
        while i >= 0 and ctx.mentions[i][0] >= max(pos - 3000, floor):
            a = ctx.actors[ctx.mentions[i][2]]
            w = a.name.lower().split()
            if a.kind == "organization" and len(w) > 2 and w[0] == low and w[1] == "of":
                hit = a
                break
            i -= 1
    if hit is None or _conjoined_rival(ctx, hit.id, pos, noun):
        return None
    return hit


def _conjoined_rival(ctx: _Ctx, aid: str, pos: int, noun: str) -> bool:
    """Is the body aid, at its latest mention before pos, conjoined with another of the kind
    noun names ("Acme Corp. and Zenith Inc. reported …")?"""
    sent = ctx.doc.sentence_at(_last_pos(ctx, pos, aid))
    if sent is None:
        return False
    low = noun.lower()
    heads = frozenset(coref.BODY_HEADS.get(low) or (low,))

    def fits(a: Actor) -> bool:
        if a.kind != "organization":
            return False
        words = {w.strip(".,").lower() for w in a.name.split()}
        if low in ("company", "firm", "corporation"):
            return not _NOT_FIRM_WORDS.intersection(words)
        return bool(heads & words)

    same = [m for m in _mentions_in(ctx, *sent.span) if m[0] < pos]
    text = ctx.doc.text
    for (_s1, e1, a1), (s2, _e2, a2) in itertools.pairwise(same):
        if (
            aid in (a1, a2)
            and a1 != a2
            and _CONJOINED.fullmatch(text, e1, s2) is not None
            and fits(ctx.actors[a1])
            and fits(ctx.actors[a2])
        ):
            return True
    return False


def _speakers_own_body(ctx: _Ctx, pos: int) -> str | None:
    """ "Sinn Fein chairman X says the party will …": a body named by its kind, none of that
    kind named, inside reported speech is the body its speaker is described by (an
    organisation before the title, an appositive, the affiliation) whose name shows no
    other kind of body."""
    v = _view_at(ctx, pos)
    if v is None or v.direct or v.speaker is None or v.speaker not in ctx.actors:
        return None
    a = ctx.actors[v.speaker]
    if a.kind != "person":
        return None
    cands = _speaker_body(ctx, a.id, pos)
    aff = ctx.by_name.get((a.affiliation or "").lower())
    if aff is not None and aff not in cands:
        cands.append(aff)
    for bid in cands:
        b = ctx.actors[bid]
        words = {w.lower().strip(".,") for w in b.name.split()[1:]}
        if b.kind == "organization" and not words & _ALL_BODY_HEADS:
            return bid
    return None
# an organisation named by its kind: data/body_nouns.json and _SINGULAR's organisation nouns;
# "the new company" (a body the story sees formed) names nobody yet
_BODY_SUBJECT = lazy(
    r"\bthe\s+(?P<new>new(?:ly[\s-]formed)?\s+)?(?P<n>"
    + "|".join(sorted(coref.BODY_HEADS, key=len, reverse=True))
    + r"|company|firm|corporation|bank|venture|agency|body|organi[sz]ation|group)\b"
    # "the board of supervisors of X County", "the board of Acme": the body's complement
    r"(?P<of>\s+of\s+(?:the\s+)?[\w.’'&-]+(?:\s+(?!of\b)[\w.’'&-]+){0,2}"
    r"(?:\s+of\s+(?:the\s+)?[\w.’'&-]+(?:\s+[\w.’'&-]+){0,2})?)?",
    re.IGNORECASE,
)
_CONJUNCT = lazy(r"[^,]+?(?=\s*,\s*(?:and\s+)?|\s+and\s+|$)")


def _body_conjuncts(ctx: _Ctx, start: int, end: int) -> list[str]:
    """The bodies a coordinated subject names by their kind ("The Guard and county police",
    "the company, its lenders and the union"): each conjunct read as _BODY_SUBJECT is."""
    text = ctx.doc.text
    found: list[str] = []
    for m in _CONJUNCT.finditer(text, start, end):
        s, e = _trim(text, *m.span())
        piece = _LEAD_AND.sub("", text[s:e])
        if s < e and _BODY_SUBJECT.fullmatch(piece):
            found.extend(_resolve(ctx, e - len(piece), e)[0])
    return found


_LEAD_AND = lazy(r"^(?:and|or)\s+", re.IGNORECASE)


def _described_conjuncts(ctx: _Ctx, start: int, end: int) -> tuple[list[str], list[str]]:
    """In "A and B" where one conjunct is a name and the other a description naming no
    actor itself ("his campaign and the party", "the government and Acme Bank"): who the
    description refers to, read as a subject of its own (_SINGULAR, "his campaign", "the
    Roes"). The name's own conjunct is left to the caller; the ids of each conjunct in turn."""
    text = ctx.doc.text
    k = text.find(" and ", start, end)
    out: tuple[list[str], list[str]] = ([], [])
    for n, (s, e) in enumerate(((start, k), (k + 5, end))):
        s, e = _trim(text, s, e)
        if s >= e or _mentions_in(ctx, s, e):
            continue
        piece = text[s:e]
        if not (
            _SINGULAR.match(piece) or _PRONOUN_BODY.fullmatch(piece) or _BARE_PLURAL.fullmatch(piece)
        ) or _PRONOUN.fullmatch(piece):
            continue
        out[n].extend(_resolve(ctx, s, e)[0])
    return out


# "Acme's semiconductor business, VTC Inc.,": a unit named in apposition to its owner's noun
_UNIT_APPOSED = lazy(
    r"[’']s\s+(?:[\w-]+\s+){0,3}(?:business|unit|subsidiary|division|arm|affiliate|operation)"
    r",\s+$",
    re.IGNORECASE,
)
# name words of bodies that are no firm: "the company" never names them
_NOT_FIRM_WORDS = frozenset((
    "department", "ministry", "agency", "party", "union", "court", "campaign", "committee",
    "commission", "council", "administration", "government", "congress", "senate", "house",
    "parliament", "university", "college", "school", "association", "federation", "league",
    "police", "army", "navy", "guard", "bureau", "board", "foundation", "institute", "center",
    "centre", "office", "service", "fund", "coalition", "alliance", "organization",
    "organisation", "nations", "church", "times", "post", "journal", "news",
))


def _owner_of_unit(ctx: _Ctx, aid: str, pos: int) -> str | None:
    """The owner of a unit whose latest mention before pos is apposed to "X's <unit noun>,"."""
    at = _last_pos(ctx, pos, aid)
    text = ctx.doc.text
    if at < 0 or _UNIT_APPOSED.search(text, max(0, at - 60), at) is None:
        return None
    i = bisect.bisect_left(ctx.starts, at) - 1
    if i >= 0 and ctx.mentions[i][0] >= at - 60:
        owner = ctx.actors[ctx.mentions[i][2]]
        if owner.kind == "organization" and owner.id != aid:
            return owner.id
    return None


def _last_firm(ctx: _Ctx, pos: int) -> str | None:
    """The latest organisation before pos whose name shows no other kind of body: the firm
    "the company" names when no name shows a firm's suffix ("Ameriquest … the company")."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    while i >= 0 and ctx.mentions[i][0] >= pos - 3000:
        a = ctx.actors[ctx.mentions[i][2]]
        if a.kind == "organization" and not _NOT_FIRM_WORDS.intersection(
            w.strip(".,").lower() for w in a.name.split()
        ):
            return a.id
        i -= 1
    return None
# "Mr. Roe and Ms. Doe are also …": a courtesy title before a surname in a joint subject
_COURTESY_NAME = lazy(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<n>[A-Z][\w’'-]+)")


def _courtesy_names(ctx: _Ctx, start: int, end: int) -> list[str]:
    """The people "Mr./Ms. <surname>" names in text[start:end] where the actors stage marked
    no mention: the one person of that surname (courtesy-title copy names a person in full
    once, then by the title and surname alone)."""
    found = []
    covered = _mentions_in(ctx, start, end)
    for m in _COURTESY_NAME.finditer(ctx.doc.text, start, end):
        if any(ms <= m.start("n") < me for ms, me, _a in covered):
            continue
        pid = _by_surname(ctx, m.group("n"))
        if pid is not None and ctx.actors[pid].kind == "person":
            found.append(pid)
    return found
# a statement named by its maker before its "that" clause: "Monday's declaration by Acme, …,
# that it stands ready to make an offer", "assurances by senior managers that they mean to …"
_CLAIM_BY = lazy(
    r"\b(?:declarations?|statements?|announcements?|assurances?|promises?|pledges?|vows?|"
    r"commitments?|claims?|warnings?|affirmations?|insistence|word)\s+by\s+(?P<np>[^,;:()]{1,60}?)"
    r"(?:\s*,[^;:()]{1,80},)?\s+that\s+$",
    re.IGNORECASE,
)


def _claim_by(ctx: _Ctx, start: int, pronoun: str) -> list[str]:
    """Who the pronoun opening a statement's "that" clause is: the statement's maker (see
    _CLAIM_BY), when a named or described actor of the pronoun's kind."""
    text = ctx.doc.text
    lo = max(0, start - 200)
    b = text.rfind(" by ", lo, start)
    if b < 0:
        return []
    cm = _CLAIM_BY.search(text, max(lo, b - 14), start)
    if cm is None:
        return []
    s, e = _trim(text, cm.start("np"), cm.end("np"))
    if s >= e or _PRONOUN.fullmatch(text, s, e):
        return []
    ids = _resolve(ctx, s, e)[0]
    kinds = {ctx.actors[a].kind for a in ids}
    if pronoun == "it" and "person" in kinds:
        return []
    if pronoun in ("he", "she") and kinds != {"person"}:
        return []
    return ids

# a body described by whom it stands for, its name left for later: "A union representing
# flight attendants", "a group of retired generals", "the association for home builders"
_DESCRIBED_BODY = lazy(
    r"(?:an?|the)\s+(?:[a-z-]+\s+)?(?:union|group|association|coalition|federation|"
    r"organi[sz]ation|alliance|council|society|lobby|network|guild)\s+"
    r"(?:representing|that\s+represents|of|for)\s+(?P<w>(?:[a-z’'-]+\s+){0,3}[a-z’'-]+s)",
    re.IGNORECASE,
)


def _body_named_for(ctx: _Ctx, words: str) -> str | None:
    """The one organisation whose name holds every content word of what a described body
    stands for ("flight attendants" → "Association of Flight Attendants"), else None."""
    want = [w for w in words.lower().split() if w not in _STOPWORDS]
    if not want:
        return None
    found = {
        a.id
        for a in ctx.actor_list
        if a.kind in ("organization", "group")
        and all(w in a.name.lower().split() for w in want)
    }
    return found.pop() if len(found) == 1 else None

# "Since Acme bought Globex in May, it has agreed to …": an opening time or reason clause and
# the pronoun right after its comma
_OPENER = lazy(
    r"[\W_]*(?:(?:and|but)\s+)?(?:since|after|when|once|because|although|though|while|before)"
    r"\s+(?:the\s+)?(?=[A-Z])",
    re.IGNORECASE,
)
_OPENER_END = lazy(r"[^,;:“”\"]{3,160},\s*$")


def _opener_subject(ctx: _Ctx, start: int, kinds: tuple[str, ...], pronoun: str) -> str | None:
    """The actor that is the subject of an opening time/reason clause, when the pronoun at
    `start` opens the main clause right after it ("Since Acme bought Globex, it …": Acme)."""
    sent = ctx.doc.sentence_at(start)
    if sent is None:
        return None
    s0 = sent.span[0]
    text = ctx.doc.text
    om = _OPENER.match(text, s0, start)
    if om is None or not _OPENER_END.match(text, om.end(), start):
        return None
    i = bisect.bisect_left(ctx.starts, om.end())
    if i >= len(ctx.mentions) or ctx.mentions[i][0] != om.end():
        return None
    a = ctx.actors[ctx.mentions[i][2]]
    if a.kind not in kinds or (a.kind == "person" and not coref.agrees(ctx.gender, a, pronoun)):
        return None
    return a.id
# "his office", "her re-election campaign": the people acting for the person the pronoun names
_PRONOUN_BODY = lazy(
    r"(his|her)\s+(?:presidential\s+|re-?election\s+)?(?:campaign|office|team|staff|camp)",
    re.IGNORECASE,
)
_BODY_STAFF = lazy(
    r"(?:(?i:the)\s+)?(?P<n>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})(?:[’']s)?\s+"
    r"(?:(?i:top|senior)\s+)?(?:executives|officials|management|directors)"
)
_FIRM_STAFF = lazy(
    r"(?:(?i:the|its)\s+)?(?:(?i:top|senior)\s+)?(?i:executives|management|company\s+officials)"
)
_BARE_CANDIDATE = lazy(r"the\s+(?:candidate|nominee|front-?runner)", re.IGNORECASE)
_BARE_PLURAL = lazy(r"(?:(?i:the)\s+)?(?P<n>(?-i:[a-z]{3,}s))")


_CANDIDATE_END = lazy(r"\b(?:candidate|nominee|contender|hopeful)$", re.IGNORECASE)
_HEAD_TITLE = lazy(
    r"\b(?:leader|president|prime\s+minister|premier|king|queen|chancellor|emir|sultan|"
    r"secretary\s+of\s+state|foreign\s+minister)$",
    re.IGNORECASE,
)
_ROLE_PHRASE = lazy(
    r"(?:(?i:the|his|her|their|its)\s+)?(?:[\w-]+[’']s?\s+)?(?P<r>[a-z]{3,})$"
)
# "a lawyer for X, Y", "X's attorney, Y": X is "his client", Y "her lawyer"
_COUNSEL_FOR = lazy(
    r"\b(?:attorney|lawyer|counsel)\s+(?:for|to|representing)\s+$", re.IGNORECASE
)
_COUNSEL = r"[’']s?\s+(?:(?:defen[cs]e|longtime|personal)\s+)?(?:attorney|lawyer)"
_COUNSEL_OF = lazy(_COUNSEL + r"\b")
_APPOSED = lazy(f"(?:{_COUNSEL})?" + r",\s+")
_ROLE_BEFORE = lazy(r"(?:^|[\s(])(?P<r>[a-z]{3,}),?\s+$")
_NOT_ROLE = frozenset(
    re.findall(
        r"\w+",
        "and the said says told with from for but that who whom whose when where said says added "
        "asked by than like about against between including according called named",
    )
)


# "the alliance", "the bloc": the latest organisation whose name says it is one
_BLOC_HEADS = {
    "alliance": frozenset(("alliance", "treaty", "pact", "coalition", "league", "nato")),
    "bloc": frozenset(("union", "bloc", "community", "association", "alliance", "league")),
}


def _bloc(ctx: _Ctx, noun: str, pos: int) -> Actor | None:
    heads = _BLOC_HEADS[noun]
    i = bisect.bisect_left(ctx.starts, pos) - 1
    while i >= 0 and ctx.mentions[i][0] >= pos - 3000:
        a = ctx.actors[ctx.mentions[i][2]]
        if a.kind == "organization" and heads.intersection(a.name.lower().split()):
            return a
        i -= 1
    return None


def _prev_subject(ctx: _Ctx, pos: int, pronoun: str) -> str | None:
    """ "X has called for the repeal of Y. He proposes …": a pronoun opening its sentence
    refers to the person opening the sentence before (its subject), not to the latest person
    named there (an object); None when that sentence opens with no such person."""
    doc = ctx.doc
    sent = doc.sentence_at(pos)
    if sent is None or doc.text[sent.span[0] : pos].strip():
        return None  # not the sentence's first word, or inside a quote (another's words)
    p = sent.span[0] - 1
    while p > 0 and doc.text[p].isspace():
        p -= 1
    before = doc.sentence_at(p) if p > 0 else None
    if before is None or before is sent or before.span[0] < _entry_floor(ctx, pos):
        return None
    k = bisect.bisect_left(ctx.starts, before.span[0])
    if k >= len(ctx.mentions) or ctx.mentions[k][0] >= before.span[1]:
        return None
    a = ctx.actors[ctx.mentions[k][2]]
    if pronoun.lower() == "it":
        if a.kind not in ("organization", "country"):
            return None  # "It" after a sentence a body or a country opens
    elif a.kind != "person" or not coref.agrees(ctx.gender, a, pronoun):
        return None
    if _SUBJECT_LEAD.fullmatch(doc.text, before.span[0], ctx.mentions[k][0]) is None:
        return None  # "After meeting X, Y said …": X opens no subject
    return a.id


# what may precede a sentence's subject: quotes, a determiner and title words
_SUBJECT_LEAD = lazy(
    r"[\s\"“‘'`]*(?:(?i:the|a|an)\s+)?(?:(?!(?i:after|before|when|while|with|by|for|to|of|in|on|at|"
    r"as|since|despite|unlike|like|and|but|if|once|meeting|asked)\s)[\w.-]+\s+){0,3}?"
)


def _head_country(ctx: _Ctx, aid: str) -> str | None:
    """The country of a head of state or government ("Libyan leader X", "President Y of Z")."""
    a = ctx.actors[aid]
    if a.kind != "person" or not a.country or not _HEAD_TITLE.search(a.title or ""):
        return None
    cid = ctx.by_name.get(a.country.lower())
    return cid if cid and cid != aid else None


def _roles(ctx: _Ctx) -> dict[str, str]:
    """Role nouns each bound to one person by the text: "his father, X", "the boy's father X",
    or a title; a role that names two people is dropped."""
    if ctx.roles is None:
        text = ctx.doc.text
        found: dict[str, set[str]] = {}
        for s, _e, aid in ctx.mentions:
            if ctx.actors[aid].kind != "person":
                continue
            rb = _ROLE_BEFORE.search(text, max(0, s - 25), s)
            if rb and rb.group("r") not in _NOT_ROLE:
                found.setdefault(rb.group("r"), set()).add(aid)
        for a in ctx.actors.values():
            if a.kind == "person" and a.title:
                found.setdefault(a.title.split()[-1].lower(), set()).add(a.id)
        people = [m for m in ctx.mentions if ctx.actors[m[2]].kind == "person"]
        for n, (s, e, aid) in enumerate(people):
            # "a lawyer for X, Y" / "X's attorney, Y": X is "his client", Y "her lawyer"
            if _COUNSEL_FOR.search(text, max(0, s - 20), s) or _COUNSEL_OF.match(text, e):
                found.setdefault("client", set()).add(aid)
                nxt = people[n + 1] if n + 1 < len(people) else None
                if nxt and nxt[0] - e <= 20 and _APPOSED.fullmatch(text, e, nxt[0]):
                    for r in ("attorney", "lawyer", "counsel"):
                        found.setdefault(r, set()).add(nxt[2])
        ctx.roles = {r: next(iter(ids)) for r, ids in found.items() if len(ids) == 1}
    return ctx.roles


# "For incomes above $5 million, she …", "Under the deal, it …": a fronted phrase before the
# comma and the pronoun that is the clause's subject
_FRONTED_PRONOUN = lazy(
    r"(?:for|under|in|on|at|after|before|by|from|among|despite|without|beyond|during|unlike|"
    r"as\s+for|as\s+part\s+of)\s[^;:]*,\s+(?P<p>he|she|they|it|we|I)",
    re.IGNORECASE,
)


# an opening adverbial of time, place or occasion, a comma, then the subject: a name, a
# determiner's noun phrase or a pronoun, with no further comma ("In April, X", "At the
# summit, the two leaders", "After the vote, it"); "In Oslo, Norway, the bloc" is left whole
_FRONTED_ADVERBIAL = lazy(
    r"(?:in|on|at|by|during|after|before|since|under|with|for|from|over|within|through|"
    r"throughout|following|despite|amid|among|earlier|later|last|this)\s[^,;:]{1,80},\s+"
    r"(?P<np>(?:(?-i:[A-Z])|(?:the|an?|its|his|her|their|our|both|all|some|many|most|several)\s)"
    r"[^,;:]{0,80})",
    re.IGNORECASE,
)
# the same with no comma before a pronoun ("By 1992 it", "In his second term he")
_FRONTED_PRONOUN_BARE = lazy(
    r"(?:in|on|at|after|before|by|during|within|over|until)\s(?:[^;:,]*?\s)?"
    r"(?:\d{2,4}|years?|months?|weeks?|days?|term|end|time|meantime|interim|future|run|"
    r"spring|summer|fall|autumn|winter|(?-i:[A-Z][a-z]+day)|(?-i:January|February|March|April|"
    r"May|June|July|August|September|October|November|December))\s+(?P<p>he|she|they|it|we|I)",
    re.IGNORECASE,
)


# "as president he would …", "as governor, she will …": the office the pronoun would hold
_AS_ROLE = lazy(
    r"as\s+(?P<r>(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+),?\s+(?P<p>he|she|they|we|I)",
    re.IGNORECASE,
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t‘’'\"“”`":
        start += 1  # a quote opening before "And I …" hides the conjunction
    seg = text[start:end]
    if (
        seg[:1] in "FUIOABDWfuioabdw"
        and ", " in seg
        and (fp := _FRONTED_PRONOUN.fullmatch(seg.rstrip())) is not None
    ):
        return start + fp.start("p"), start + fp.end("p")
    if (
        seg[:1] in "IOABDWFSULTEiobdwfsulte"
        and ", " in seg
        and (fa := _FRONTED_ADVERBIAL.fullmatch(seg.rstrip())) is not None
    ):
        start += fa.start("np")  # "In April, X called …": the opening phrase is no subject
        seg = text[start:end]
    elif (
        seg[:1] in "FUIOABDWfuioabdw"
        and (fp := _FRONTED_PRONOUN_BARE.fullmatch(seg.rstrip())) is not None
    ):
        return start + fp.start("p"), start + fp.end("p")  # "By 1992 it plans to …"
    if seg[:3].lower() == "as " and (am := _AS_ROLE.fullmatch(seg.rstrip())) is not None and (
        coref.ROLE_LAST.search(am.group("r"))
    ):
        return start + am.start("p"), start + am.end("p")  # "as president she would …"
    lead = _LEAD_TRIM.match(seg)
    if lead:
        start += lead.end()
        seg = text[start:end]
        if "hough" in lead.group() and ", " in seg:
            # "Though he has given …, he established …": the main clause's subject
            cut = seg.rstrip(" ,").rfind(", ")
            rest = seg[cut + 2 :] if cut >= 0 else ""
            if _THOUGH_SUBJECT.fullmatch(rest.strip(" ,")):
                start += cut + 2
                seg = text[start:end]
    tail = _tail_start(seg)
    if tail is not None:
        end = start + tail
    while start < end and text[start] in " \t,‘’'\"“”`":
        start += 1
    while end > start and text[end - 1] in " \t,‘’'\"“”`":
        end -= 1
    return start, end


_VERBISH = lazy(r"[a-z][a-z’'-]*(?:ed|es|s)?")
_NP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "two",
        "three",
        "both",
        "all",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "these",
        "those",
        "new",
        "joint",
        "top",
        "senior",
        "two-day",
        "two-way",
        "u.s.",
        "s",
    ]
)


def _leading_np(text: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase a clause opens with: words up to the first lower-case verb-like word."""
    for m in _NP_TOKEN.finditer(text[start:end]):
        w = m.group()
        if w[0].islower() and w.lower() not in _NP_WORDS and not _GROUP_NOUN.fullmatch(w):
            if w in _KIND_NOUNS and m.start() > 0:
                # "The academy bought … and asked to": a body named by its kind is the phrase
                return start, start + m.end()
            return start, start + m.start()
    return start, end


# the kind nouns _BODY_SUBJECT reads ("the academy", "the company"), for _leading_np
_KIND_NOUNS = frozenset(
    [*coref.BODY_HEADS, "company", "firm", "corporation", "bank", "venture", "agency"]
)


_IT_CLEFT = lazy(r"\s+(?:is|was)$", re.IGNORECASE)  # "It is this plan that X …, hoping to"
_PRONOUN_OPEN = lazy(r"(?:he|she|it|they)\b", re.IGNORECASE)
_FINITE_NEXT = lazy(
    r"\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|does|did|"
    r"(?-i:[a-z]+ed))\b",
    re.IGNORECASE,
)
_GROUP_NOUN = lazy(
    r"sides|parties|countries|nations|leaders|governments|presidents|ministers|delegations|"
    r"allies|partners|companies|firms|members|teams|commissions|officials",
)


_COORD_END = lazy(r"(?:^|[\s,])(?:and|or|but)\s+(?:(?:also|then|\w+ly)\s+)?$", re.IGNORECASE)


def _coord_end_possible(region: str) -> bool:
    """A necessary condition for _COORD_END.search(region): a space last, before it a word
    ending as "and", "or", "but", "also", "then" or "…ly" (or a non-ASCII letter there, which
    IGNORECASE may fold to one)."""
    r = region.rstrip()
    if len(r) == len(region):
        return False
    last = r[-6:]
    return not last.isascii() or last.lower().endswith(("and", "or", "but", "also", "then", "ly"))


# A stock-exchange ticker after a company name ("Harlow Corp <HRLW.T>", "Kestrel Ltd (KSTL.T)"):
# blanked before clause boundaries are sought (its bracket is no boundary), dropped from actor_text.
_TICKER = lazy(r"\s*[<(][A-Z0-9]{1,6}\.[A-Z]{1,2}[>)]")


# A short aside in brackets right after a name, before its verb: a party/state tag ("Sen. X
# (R-Ohio)", "Gov. Y (D)"), an exchange ticker ("Acme Corp (NYSE: ACM)"), or the name's
# initials ("the Federal Energy Agency (FEA)"). It is no clause boundary: the name before it
# is still the verb's subject. Blanked like a ticker; dropped from actor_text.
_NAME_ASIDE = lazy(
    r"(?<=[\w.])\s*\((?:(?-i:[RDI])(?:-(?-i:[A-Z])[A-Za-z.]{1,12}(?:\s(?-i:[A-Z])[A-Za-z.]{1,8})?)?"
    r"|(?i:NYSE|Nasdaq|AMEX|LSE|TSX|ASX|NYSE\s+American)\s*:\s*[A-Z][A-Z0-9.]{0,7}"
    r"|(?-i:[A-Z][A-Z&.]{1,8}[s]?))\)(?=\s|,|$)"
)


# where a call for a policy ends: a semicolon, or a clause with its own subject after a comma
_CALL_END = lazy(r";|,\s+(?:but|while|whereas|although|though)\b|,\s+and\s+(?-i:[A-Z])")


def _blank_tickers(seg: str) -> str:
    if "(" in seg:
        seg = _NAME_ASIDE.sub(lambda m: " " * len(m.group()), seg)
    if "." not in seg:
        return seg
    return _TICKER.sub(lambda m: " " * len(m.group()), seg)


def _drop_asides(shown: str) -> str:
    """actor_text without the ticker or party tag that follows a name, or the day of the act
    between the name and its verb ("Japan on Tuesday pledged": "Japan")."""
    if "(" in shown:
        shown = _NAME_ASIDE.sub("", shown)
    if "day" in shown:
        shown = _DAY_AFTER_NAME.sub("", shown)
    return _TICKER.sub("", shown) if "." in shown else shown


_DAY_AFTER_NAME = lazy(
    r"(?<=\w)\s+(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today)$"
)


_THOUSANDS = lazy(r"(?<=\d),(?=\d{3}\b)")


def _subject(
    ctx: _Ctx, sent: Span, cue_start: int, floor: int, participle: bool
) -> _Subject | None:
    text = ctx.doc.text
    lo = max(sent[0], floor)
    region = _blank_tickers(text[lo:cue_start])
    if region[-1:] in ("’", "'"):
        region = region[:-1] + " "  # "who’s prepared to", "we’re working to": the contraction
    qm = (
        _QUOTE_BEFORE_VERB.search(region)
        if '"' in region or "“" in region or "`" in region  # it needs one of these marks
        else None
    )
    if qm is not None:
        # 'X and Y "reaffirmed their commitment to …," the White House said': a quotation
        # opening on the verb leaves the subject before it (the mark is no clause boundary)
        region = region[: qm.start()] + " " * (len(region) - qm.start())
    if "—" in region or "--" in region or "–" in region:
        dm = _DASH_SUBJ_ASIDE.search(region)
        if dm is not None and dm.start() > 0:
            if dm.group("w").lower() in ("and", "or", "plus"):
                # "X and his allies—and Y's allies—have been …": one coordinated subject
                region = region[: dm.start()] + _DASH_MARK.sub(
                    lambda d: " " * len(d.group()), region[dm.start() :]
                )
            elif _DESCRIBING_WORD.fullmatch(dm.group("w")):
                # "X—who had endorsed Y and Z—will headline …": an aside on X, never the subject
                region = region[: dm.start()]
                cue_start = lo + dm.start()
    cm = _CLOSED_RELATIVE.search(region)
    if cm and cm.start() > 0:
        # "X, who once advertised the brand, has since vowed to …": the antecedent
        head = region[: cm.start()]
        if head.endswith(")"):
            head = _TAIL_PAREN.sub("", head)  # "Sen. X (R-Ky.), who …": the party tag aside
        hb = 0
        for b in _BOUND.finditer(head):
            hb = b.end()
        s, e = _trim(text, lo + hb, lo + cm.start())
        if s < e:
            ids, explicit = _resolve(ctx, s, e)
            if explicit:
                return _Subject(s, e, ids, explicit, False, [])
    if (_coord_end_possible(region) and _COORD_END.search(region)) or (
        participle and region.rstrip().endswith(",")
    ):
        lb = None
        for lb in _BOUND.finditer(region):
            pass
        if lb is not None and _RELATIVE_OPEN.fullmatch(lb.group()):
            # "A, B and C, who have had to cut … and agree to buy …": the relative clause's
            # verbs share its antecedent
            ant = _relative_antecedent(ctx, lo, lo + lb.start())
            if ant is not None:
                return _Subject(ant[0], ant[1], ant[2], True, False, [], False, None, True, True)
        # the first noun phrase of the sentence that names someone ("To that end, X ... and")
        starts = [sent[0]] + [
            sent[0] + m.end() for m in _COMMA_GAP.finditer(text[sent[0] : cue_start])
        ]
        if len(starts) > 1:
            # "Along with her husband, Tom Roe, a banker, she has given …, but plans to": the
            # pronoun a finite verb follows is the clause's subject; the names in an
            # opening adverbial or its apposition before it are not ("She has given …, but")
            for st in starts[:4]:
                pm = _PRONOUN_OPEN.match(text, st, cue_start)
                if (
                    pm is not None
                    and (fm := _FINITE_NEXT.match(text, pm.end())) is not None
                    and not (pm.group().lower() == "it" and _IT_CLEFT.match(fm.group()))
                ):
                    s, e = pm.span()
                    pron = pm.group().lower()
                    # the subject of the sentence before, as for a pronoun opening a sentence
                    prev = _prev_subject(ctx, sent[0], pron) if pron[0] in "hs" else None
                    ids = [prev] if prev else _resolve(ctx, s, e)[0]
                    if ids:
                        return _Subject(s, e, ids, True, False, [], True)
        for k, st in enumerate(starts[:4]):
            s, e = _trim(text, *_leading_np(text, st, cue_start))
            if s < e:
                ids, explicit = _resolve(ctx, s, e)
                if explicit or k == len(starts[:4]) - 1:
                    return _Subject(s, e, ids, explicit, False, [], True)
        return None
    reported = False
    b_end = 0
    b_start = 0
    earlier = (0, 0, False)
    last = ""
    for b in _BOUND.finditer(region):
        earlier = (b_start, b_end, reported)
        b_start, b_end, last = b.start(), b.end(), b.group()
        reported = bool(_REPORTED.search(last) or last.lower().startswith("that"))
    main = None
    if b_end and (
        _TIME_CLAUSE.fullmatch(last)
        or (last[:2].lower() == "if" and _OWN_IF.match(region, b_end) is not None)
    ):
        # "(said that) once X arrives (,) it will begin …": the time clause closes before the
        # main clause's pronoun, which is the subject; the boundary before the clause decides
        # whether it is reported speech. A pronoun after a verb of saying or thinking opens
        # that verb's object ("after telling aides he planned to")
        main = _MAIN_PRONOUN.match(region, b_end)
        if main is None and last[:2].lower() == "if" and (om := _OWN_IF.match(region, b_end)):
            main = _PRONOUN_LAST.match(region, om.end())  # "if elected, she would"
        if main is not None and _COMPLEMENT_VERB.search(region, 0, main.start("p")):
            main = None
        if main is not None:
            b_start, b_end, reported = earlier
    if (
        b_end
        and last.lower().strip() == "who"
        and (cm2 := _PRED_COPULA.search(region, max(0, b_start - 200), b_start))
    ):
        # "X … is a serial critic and veteran who has pledged to …": the noun phrase after
        # "is a/the" names X, the subject of that clause, who pledges
        cl = 0
        for b in _BOUND.finditer(region, 0, cm2.start()):
            cl = b.end()
        ps, pe = _trim(text, *_leading_np(text, lo + cl, lo + cm2.start()))
        if ps < pe:
            ids, explicit = _resolve(ctx, ps, pe)
            if explicit and ids:
                return _Subject(ps, pe, ids, True, False, [])
    rel_at = -1
    if (
        b_end
        and last[:1] in "tTwW"
        and last.lower().strip() in ("that", "who")
        and (gm := _GAP_VERB.match(region, b_end)) is not None
        and len(region[gm.end() :].split()) >= 2
        and "," not in region[b_end:]
        and not _NOT_HEAD_END.search(region, 0, b_start)
        and not _THINKING_VERB.search(region, gm.end())
    ):
        # "Surety companies that had insured the bonds agreed to …", "officials who opposed
        # the bill vowed to …": "that"/"who" with a verb right after it opens a relative
        # clause with a subject gap; the noun phrase it hangs on is the subject
        rel_at = b_start
        b_start, b_end, reported = earlier
    source_span: Span | None = None
    if reported and b_start:
        source_span = (lo, lo + b_start)  # trimmed where used
    source_ids: list[str] = []
    if b_end and reported:
        src = region[:b_end]
        src_ids = _ids_in(ctx, lo, lo + b_end)
        if not src_ids:
            pm = _HE_SAID.search(src)
            if pm:
                pid = _last_of(ctx, lo, ("person",), pronoun=pm.group().split()[0])
                src_ids = [pid] if pid else []
        source_ids = src_ids
    if main is not None:
        s, e = lo + main.start("p"), lo + main.end("p")
        ids, explicit = _resolve(ctx, s, e)
        return _Subject(s, e, ids, explicit, reported, source_ids, source_span=source_span)
    if rel_at >= 0:
        s, e = _trim(text, lo + b_end, lo + rel_at)
        if s < e:
            ids, explicit = _resolve(ctx, s, e)
            return _Subject(s, e, ids, explicit, reported, source_ids, source_span=source_span)
    s0 = lo + b_end
    s, e = _trim(text, s0, cue_start)
    if b_end and last[:4].lower() == "that" and _APPOSED_THAT.search(region, 0, b_end):
        # "Orbis, a start-up that plans to …": "that" opens a relative clause on the
        # named noun phrase the appositive describes, not reported speech
        ant = _relative_antecedent(ctx, lo, lo + b_start)
        if ant is not None:
            return _Subject(ant[0], ant[1], ant[2], True, False, [], False, None, True)
    if b_end and _RELATIVE_BOUND.search(region, 0, b_end) and not _UPPER.search(text[s:e]):
        # "China and Japan, the two largest buyers, which together vowed to …": the antecedent
        ant = _relative_antecedent(ctx, lo, lo + b_start)
        if ant is not None:
            return _Subject(
                ant[0], ant[1], ant[2], True, reported, source_ids, False, source_span, True
            )
    if s >= e:
        # "... and will negotiate": the coordinated verb shares the clause's subject
        s, e = _leading_np(text, sent[0] if not b_end else s0, cue_start)
        s, e = _trim(text, s, e)
        if s >= e:
            return None
    seg = text[s:e]
    pur = _PURPOSE_OPENING.match(seg)
    if pur is not None:
        # "To stop X, the party establishment is working to …": the purpose clause is no subject
        s, e = _trim(text, s + pur.end(), e)
        if s >= e:
            return None
        seg = text[s:e]
    if "," in seg and (seg := _THOUSANDS.sub(" ", seg)).find(",") >= 0:
        # "At a March 3 meeting in the capital, X and Y agreed": the part after the
        # last comma when it names someone, else the whole (a list of names); never the
        # comma of a number ("the 38,000 troops will remain")
        cut = s + seg.rfind(",") + 1
        cs, ce = _trim(text, cut, e)
        if _BACKED_BY.match(text, cs, ce) or _BACKED_BY.match(
            text, ce - len(text[cut:ce].lstrip()), ce
        ) or (
            _ING_ASIDE.match(text, cs, ce)
            and not _PRONOUN_WE.fullmatch(text[cs:ce].rsplit(None, 1)[-1])
            and _ids_in(ctx, s, cut - 1)
        ):
            # "X, backed by the Y Foundation, is fighting …": the phrase between commas
            # describes X's support; X is the subject (the part before that phrase)
            e = cut - 1
            seg = _THOUSANDS.sub(" ", text[s:e])
            cut = s + seg.rfind(",") + 1 if "," in seg else s
            s2, e2 = _trim(text, cut, e)
            if s2 < e2:
                ids, explicit = _resolve(ctx, s2, e2)
                return _Subject(
                    s2, e2, ids, explicit, reported, source_ids, source_span=source_span
                )
        if _LED_BY.match(text, cs, ce):
            # "a syndicate of banks, headed by X, has lent …": the apposition names a
            # leader of the subject before it; both commit
            ids, explicit = _resolve(ctx, s, e)
            return _Subject(s, e, ids, explicit, reported, source_ids, source_span=source_span)
        ids_tail, explicit_tail = _resolve(ctx, cs, ce)
        if (
            not explicit_tail
            and ids_tail
            and _PRONOUN.fullmatch(text, cs, ce)
            and _OPENER.match(text, s, cut)
        ):
            # "Since Acme bought Globex in May, it has agreed …": the pronoun after an opening
            # clause is the subject (resolved to that clause's subject)
            return _Subject(cs, ce, ids_tail, True, reported, source_ids, source_span=source_span)
        if explicit_tail or (not ctx.actors and cs < ce and text[cs].isupper()):
            # keep the whole only when what precedes the comma is itself a list of names
            head = _NAME_PARTICLES.sub("", text[s:cut])
            if not _ids_in(ctx, s, cut) or _LOWER_WORD.search(head):
                ap = _appositive_person(ctx, cs, ce, cue_start)
                if ap is not None:
                    return _Subject(
                        ap[0], ap[1], [ap[2]], True, reported, source_ids, source_span=source_span
                    )
                if _AND_WORD.search(text, cs, ce):
                    cs, ids_tail = _list_head(ctx, s, cut, cs, ce, ids_tail)
                return _Subject(
                    cs, ce, ids_tail, explicit_tail, reported, source_ids, source_span=source_span
                )
    ap = _appositive_person(ctx, s, e, cue_start)
    if ap is not None:
        return _Subject(ap[0], ap[1], [ap[2]], True, reported, source_ids, source_span=source_span)
    ids, explicit = _resolve(ctx, s, e)
    return _Subject(s, e, ids, explicit, reported, source_ids, source_span=source_span)


# "X, the director general of the agency, pledged": a role noun phrase set off by
# commas right after a person's name describes that person, who is the subject
_ROLE_NP = lazy(r"(?:the|an?)\s+(?-i:[a-z][\w-]*)(?:\s+[\w.&’'-]+){0,8}", re.IGNORECASE)
_APPOS_OPEN = lazy(r",\s*$")
_APPOS_CLOSE = lazy(r"\s*,\s*(?:\w+ly\s+)?$")


def _appositive_person(ctx: _Ctx, s: int, e: int, cue_start: int) -> tuple[int, int, str] | None:
    """The person named right before an appositive role phrase text[s:e], else None."""
    text = ctx.doc.text
    if (
        not _ROLE_NP.fullmatch(text, s, e)
        or not _APPOS_CLOSE.match(text, e, cue_start)
        or not _APPOS_OPEN.search(text, max(0, s - 3), s)
    ):
        return None
    comma = text.rfind(",", 0, s)
    before = _mentions_in(ctx, max(0, comma - 60), comma)
    if not before or before[-1][1] != comma:
        return None
    ms, me, aid = before[-1]
    if ctx.actors[aid].kind != "person":
        return None
    return ms, me, aid


_PURPOSE_OPENING = lazy(r"(?i:to)\s+(?-i:[a-z]+)\b[^,;]{0,80},\s+")
# "X, celebrating a win in Y, is pledging to …": a participle phrase set off after a name
# describes X (its places and parties are no committers); not "leading Democrats"
_ING_ASIDE = lazy(
    r"(?!(?:leading|ruling|governing|opposing|remaining|outgoing|incoming|sitting|founding|"
    r"presiding|participating|competing|rising|growing|working|existing|striking|\w*thing|"
    r"during|according|including|regarding|concerning|following|notwithstanding)\b)"
    r"(?-i:[a-z]{2,}ing)\s+(?!(?:to|that)\b)"
)
_LED_BY = lazy(r"(?:led|headed|spearheaded|chaired)\s+by\b", re.IGNORECASE)
_BACKED_BY = lazy(
    r"(?:\w+ly\s+)?(?:backed|supported|funded|financed|bankrolled|endorsed|encouraged|urged|"
    r"prodded|pressed|advised|aided|assisted|represented|emboldened|buoyed)\s+by\b|"
    # "Britain, through its embassies in X and Y, has been pushing to": the means or the helper
    # set off by commas is an aside on the subject, never a committer (unlike "along with X")
    r"(?:through|via|(?:with|thanks\s+to)\s+(?:the\s+)?(?:help|support|backing|assistance|"
    r"aid|mediation)\s+(?:of|from))\s",
    re.IGNORECASE,
)
# an aside between dashes right before the verb: "X—who had endorsed Y—will …"
_DASH_SUBJ_ASIDE = lazy(r"\s*(?:--|[—–])\s*(?P<w>[\w’']+)[^—–]{0,200}?(?:--|[—–])\s*$")
_DASH_MARK = lazy(r"--|[—–]")
_DESCRIBING_WORD = lazy(
    r"who|whom|whose|which|where|once|still|then|now|a|an|the|(?-i:[a-z]+(?:ed|en|ing))",
    re.IGNORECASE,
)
_DASH_ASIDE = lazy(r"\s+(?:--|[—–])[^—–]{1,200}?(?:--|[—–])\s*$")
# ", trying to" after a one- or two-word list item ("jobs, security, trying to …"): no clause
_LIST_ITEM_BEFORE = lazy(r"(?:^|[,;:―—–-])\s*[\w’'-]+(?:\s+[\w’'-]+)?\s*,\s*$")
# the plan noun right before "would"/"will" ("Clinton's tax plan would …"): _plan_owner names its owner
_PLAN_NOUN_END = lazy(
    r"\b(?:strategy|plans?|program|programme|proposals?|budget|blueprint|platform|agenda)\s+$",
    re.IGNORECASE,
)
_PLAN_SUBJ = lazy(
    r"(?:^|[,;:]\s+|\b(?:and|but|that)\s+)[\s\"“‘'`]*(?:(?P<pron>its|his|her|their)|"
    r"(?P<own>(?:the\s+)?[\w.&’'-]+(?:\s+[\w.&’'-]+){0,3}?)[’']s?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:strategy|plans?|program|programme|proposal|budget|blueprint|platform|agenda)"
    r"(?:\s+(?:for|to)\s+[^,;:“”\"]{1,100}?)?\s*$",
    re.IGNORECASE,
)


# "Roe's tax plan", "her proposals", "Under his plan": a person whose plan the story tells
_OWNED_PLAN = lazy(
    r"(?:(?<=\w)[’']s|\b(?P<pron>his|her))\s+(?:(?:new|own|tax|economic|health|energy|"
    r"immigration|education|budget|spending|trade|child-care|[\w-]+-[\w-]+)\s+){0,2}"
    r"(?:plans?|proposals?|platform|agenda|blueprint)\b",
    re.IGNORECASE,
)


def _plan_owners(ctx: _Ctx) -> list[tuple[int, str]]:
    """Where the text first tells a person's plan ('Roe's tax plan', 'her proposals'), once
    per document: after it that person's 'would impose …' is the plan's content, no guess."""
    if ctx.plan_owners is None:
        text = ctx.doc.text
        out: list[tuple[int, str]] = []
        seen: set[str] = set()
        for m in _OWNED_PLAN.finditer(text):
            if m.group("pron"):
                pid = _last_of(ctx, m.start(), ("person",), pronoun=m.group("pron").lower())
            else:
                i = bisect.bisect_left(ctx.starts, m.start() - ctx.max_mention) if ctx.starts else 0
                pid = None
                while i < len(ctx.mentions) and ctx.mentions[i][0] < m.start():
                    if ctx.mentions[i][1] == m.start():
                        pid = ctx.mentions[i][2]
                    i += 1
                if pid is not None and ctx.actors[pid].kind != "person":
                    pid = None
            if pid is not None and pid not in seen:
                seen.add(pid)
                out.append((m.start(), pid))
        ctx.plan_owners = out
    return ctx.plan_owners


_TITLE_LEAD = lazy(r"(?:[A-Z][a-z]{0,9}\.?\s+){0,2}")


def _named_alone(ctx: _Ctx, subj: _Subject) -> bool:
    """The subject is only "he"/"she" or a mention of its one actor ("Mrs. Roe"), not a longer
    phrase that holds it ("Under Roe's plan, taxpayers")."""
    if _HE_SHE.fullmatch(ctx.doc.text, subj.start, subj.end):
        return True
    return any(
        subj.end <= m[1]
        and m[2] == subj.ids[0]
        and (m[0] <= subj.start or _TITLE_LEAD.fullmatch(ctx.doc.text, subj.start, m[0]))
        for m in _mentions_in(ctx, subj.start - ctx.max_mention, subj.end)
    )


def _plan_owner(ctx: _Ctx, sent: Span, floor: int, cue_start: int) -> _Subject | None:
    """The named owner of the plan noun that is the subject of "calls for", else None."""
    text = ctx.doc.text
    lo = max(sent[0], floor)
    end = cue_start
    dm = _DASH_ASIDE.search(text, lo, end)
    if dm is not None:
        end = dm.start()
    pm = _PLAN_SUBJ.search(text[lo:end])  # sliced: "^" is the clause's start
    if pm is None:
        return None
    if pm.group("pron"):
        pron = pm.group("pron").lower()
        ps, pe = lo + pm.start("pron"), lo + pm.end("pron")
        if pron in ("his", "her"):
            pid = _last_of(ctx, ps, ("person",), pronoun=pron)
            ids = [pid] if pid else []
        elif pron == "its":
            pid = _last_of(ctx, ps, ("organization", "country", "group"))
            ids = [pid] if pid else []
        else:
            ids = _group(ctx, ps, "they")
    else:
        ps, pe = _trim(text, lo + pm.start("own"), lo + pm.end("own"))
        ids, explicit = _resolve(ctx, ps, pe)
        if not explicit:
            return None
    if not ids:
        return None
    return _Subject(ps, pe, ids, True, False, [])


_PLAN_SUBJECT_CUES = frozenset(("int.plan_calls_for", "int.plan_designed"))
# "X calls for ending …" with no plan as subject: a person's own programme (its entry comes
# after int.plan_calls_for, which takes "calls for" first)
_CALL_ID = "int.plans_called_for"
_CALL_CUE = next(c for c in CUES.values() if c.id == _CALL_ID)
_CALL_RE = lazy(
    next(e["pattern"] for e in rules.entries("commitment_cues") if e["id"] == _CALL_ID),
    re.IGNORECASE,
)
# a clause's subject that is an unpossessed instrument ("The program also", "This treaty")
_INSTRUMENT_SUBJ = lazy(
    r"(?:^|[,;:]\s+|\b(?:and|but|while|that)\s+)[\s\"“‘'`]*(?P<det>the|this|that)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<n>[a-z]+)(?:\s+(?:also|further|only|still))?\s*$",
    re.IGNORECASE,
)


def _instrument_subject(
    ctx: _Ctx, sent: Span, floor: int, cue_start: int
) -> tuple[_Subject, str] | None:
    """ "The program also calls for …", "The treaty is designed to …": the makers of the same
    kind of instrument named before, and "class|verb" of that making."""
    text = ctx.doc.text
    lo = max(sent[0], floor)
    im = _INSTRUMENT_SUBJ.search(text[lo:cue_start])  # sliced: "^" is the clause's start
    if im is None:
        return None
    ncls = _INSTRUMENT_CLASS.get(im.group("n").lower())
    if ncls is None or ncls == "effort":
        return None
    ns = lo + im.start("det")
    got = _instrument_before(ctx, ns, ncls)
    if got is None:
        return None
    ids, verb = got
    return _Subject(ns, lo + im.end("n"), list(ids), True, False, []), ncls + "|" + verb


def _list_head(
    ctx: _Ctx, s: int, cut: int, cs: int, ce: int, ids: list[str]
) -> tuple[int, list[str]]:
    """'…, A of Poland, B of Hungary and C of the Czech Republic signed': the items before the
    last comma that end like the list's last item (same kind of name) belong to the list."""
    text = ctx.doc.text
    tail = _mentions_in(ctx, cs, ce)
    if not tail or tail[-1][1] < ce - 1:
        return cs, ids
    kind = ctx.actors[tail[-1][2]].kind
    people = any(ctx.actors[m[2]].kind == "person" for m in tail)
    end = cut - 1  # the comma
    while end > s:
        start = text.rfind(",", s, end) + 1 or s
        seg = _mentions_in(ctx, start, end)
        if (
            not seg
            or seg[-1][1] < end - 1
            or ctx.actors[seg[-1][2]].kind != kind
            or (people and not any(ctx.actors[m[2]].kind == "person" for m in seg))
        ):
            break
        cs = seg[0][0]
        ids = list(dict.fromkeys([m[2] for m in seg] + ids))
        end = start - 1
    return cs, ids


_AND_WORD = lazy(r"\sand\s")
# "… is a veteran diplomat who …": the copula and the predicate noun phrase a bare "who"
# hangs on (no verb of saying after it)
_PRED_COPULA = lazy(
    r"\s(?:is|was|are|were|has\s+been|have\s+been|remains|remained|became)\s+"
    r"(?:(?:also|now|still|already)\s+)?(?:an?|the|one\s+of\s+the)\s"
    r"(?:[^;:“”\"]*?(?<!said)(?<!says))$",
    re.IGNORECASE,
)
_TIME_CLAUSE = lazy(r"(?:once|when|after|before|until)\s+", re.IGNORECASE)
# after "if": a condition on the committer's own coming to office or win ("if elected,", "if
# she wins in November,", "if his candidate were to win,"): the pronoun after it is the subject
_PRONOUN_LAST = lazy(r"\s*(?P<p>it|he|she|they|we)\s*$")
_OWN_IF = lazy(
    r"(?:(?:re-?)?(?:elected|chosen|confirmed|nominated|appointed)|"
    r"(?:he|she|they|(?:his|her|their)\s+(?:candidate|boss|client))\s+"
    r"(?:wins?|were\s+to\s+win|is\s+elected|are\s+elected|gets?\s+elected|becomes?|"
    r"takes?\s+office))\b[^,;]{0,60},",
    re.IGNORECASE,
)
# a clause of at least two words, then the main clause's subject pronoun right before the cue
_MAIN_PRONOUN = lazy(r"[^\s,;]+\s+[^,;]*?[^\s,;][\s,]+(?P<p>it|he|she|they|we)\s*$")
_COMPLEMENT_VERB = lazy(
    r"\b(?:said|says|saying|promised|promises|vowed|pledged|agreed|insisted|"
    r"(?:told|telling|assured|assuring|warned|warning)\s+(?:\w+\s+)?\w+|hoped|hopes|"
    r"believed|believes|thought|thinks|knew|knows|expected|expects|feared|fears|warned|decided|"
    r"assured\s+\w+|guaranteed)\s+$",
    re.IGNORECASE,
)
_TAIL_PAREN = lazy(r"\s*\([^()]{1,40}\)$")
_RELATIVE_OPEN = lazy(r",\s+(?:which|who)\s+", re.IGNORECASE)
_QUOTE_BEFORE_VERB = lazy(
    r"(?<=[A-Za-z.])\s+(?:[\"“]|``)\s*$"
)
_RELATIVE_BOUND = lazy(r",\s+(?:which|who)\s+$", re.IGNORECASE)
# after a relative "that"/"who": a finite verb (an auxiliary, or a past verb before its object)
_GAP_VERB = lazy(
    r"(?:(?-i:[a-z]{2,}ly)\s+)?(?:(?:had|has|have|was|were|is|are|will|would|could|can|may|"
    r"might|should|must|did|does|do)\s|(?-i:[a-z]{3,}ed|[a-z]{2,}[^s’'\W]s)\s+(?=(?:the|an?|its|his|"
    r"her|their|our|my|this|these|those|(?-i:[A-Z\d$]))))",
    re.IGNORECASE,
)
# a verb of saying or thinking inside the supposed relative clause: its object clause holds
# the subject ("officials who oppose the bill hope Congress will …")
_THINKING_VERB = lazy(
    r"\b(?:say|says|said|hope|hopes|hoped|expect|expects|expected|believe|believes|believed|"
    r"think|thinks|thought|fear|fears|feared|predict|predicts|predicted|warn|warns|warned|"
    r"argue|argues|argued|claim|claims|claimed|insist|insists|insisted|know|knows|knew|"
    r"want|wants|wanted|urge|urges|urged|ask|asks|asked)\b",
    re.IGNORECASE,
)
# words that make a following "that" a conjunction, not a relative pronoun ("so that", "now that")
_NOT_HEAD_END = lazy(
    r"(?:\b(?:so|now|such|given|provided|except|order|fact|way|time|day|year|news|idea|"
    r"sure|certain|clear|likely|true|possible|glad|aware|hope|hopes|view|belief)|[,;:])\s*$",
    re.IGNORECASE,
)
_APPOSED_THAT = lazy(
    r",\s+(?:an?|the)\s+(?:(?!(?:said|says|told|added|stated)\b)[\w-]+\s+){1,4}?that\s+$",
    re.IGNORECASE,
)
_CLOSED_RELATIVE = lazy(
    r",\s+(?:who|which)\s[^,;:“”\"]*,\s*(?:(?:has|have|had|also|now|later)\s+)*$", re.IGNORECASE
)


_AND_GAP = lazy(r"\s(?:and|&)\s")
_LIST_COMMA = lazy(r",\s+(?:the\s+)?")


def _relative_antecedent(ctx: _Ctx, lo: int, end: int) -> tuple[int, int, list[str]] | None:
    """The named noun phrase a ", which/who" clause hangs on, across one appositive."""
    text = ctx.doc.text
    for _ in range(2):
        cut = text.rfind(",", lo, end)
        piece = cut + 1 if cut >= 0 else lo
        chain: list[tuple[int, int, str]] = []
        for m in reversed(_mentions_in(ctx, piece, end)):
            edge = chain[0][0] if chain else end
            gap = text[m[1] : edge]
            if (not chain and not gap.strip(" .)’'\"”")) or (
                chain and (_COORD.match(gap) or gap == " of ")
            ):
                chain.insert(0, m)
            else:
                break
        if chain:
            if len(chain) >= 2 and _AND_GAP.search(text, chain[0][1], chain[-1][0]):
                # "A, B and C, who …": a list's earlier items sit before the comma
                kind = ctx.actors[chain[0][2]].kind
                for m in reversed(_mentions_in(ctx, max(lo, piece - 200), piece)):
                    if not _LIST_COMMA.fullmatch(text, m[1], chain[0][0]) or (
                        ctx.actors[m[2]].kind != kind
                    ):
                        break
                    chain.insert(0, m)
            ids = list(dict.fromkeys(c[2] for c in chain))
            return chain[0][0], chain[-1][1], ids
        words = text[piece:end].split()
        if cut < 0 or not words or not words[0][:1].islower():
            return None  # no appositive to step over
        end = cut
    return None


def _text_end(text: str, start: int, sent_end: int) -> tuple[int, Span | None]:
    """Where the committed action ends, and the attribution tail cut off it (if any)."""
    seg = text[start:sent_end]
    end = sent_end
    tail: Span | None = None
    low = seg.lower()
    acc = _ACCORDING.search(seg) if "according" in low else None
    if acc:
        end = start + acc.start()
        tail = (start + acc.start("who"), start + acc.end("who"))
    elif "," in seg and any(w in low for w in _SAID_WORDS):
        said = _TRAIL_SAID.search(seg)
        if said:
            end = start + said.start()
            g = "who" if said.group("who") else "who2"
            tail = (start + said.start(g), start + said.end(g))
    if " and " in low:
        cm = _CONJOINED_REPORT.search(text, start, end)
        while cm is not None and _PASSIVE_PAIR.search(
            text, max(start, cm.start() - 40), cm.start()
        ):
            cm = _CONJOINED_REPORT.search(text, cm.end(), end)  # "… collected and reported"
        if cm is not None:
            end = cm.start()  # "X would order a review and warned against Y": X's next act
    if "while" in low or "where" in low or "though" in low:
        wm = _WHILE_CLAUSE.search(text, start, end)
        if wm is not None:
            end = wm.start()  # "X will speak Friday, while Y is due Saturday": Y's own clause
    if ", " in seg:
        gm = _GLOSS_CLAUSE.search(text, start, end)
        if gm is not None:
            end = gm.start()  # "…, reflecting the party's attempts to …": the writer's gloss
    while end > start and text[end - 1] in " \t.;:,!?”\"’'":
        end -= 1
    return end, tail


def _finite_report_forms() -> list[str]:
    """The finite past and present forms of the reporting, stance and intent verbs
    (reporting_verbs.json): the forms a second clause of the matrix subject opens with."""
    out = {"says", "adds", "warns", "insists", "stresses", "notes", "argues", "urges"}
    for e in rules.entries("reporting_verbs"):
        if e.get("type") in ("speech", "stance", "intent"):
            for f in e["forms"]:
                w = f.split()[0]
                if w.endswith("ed") or w in ("said", "told", "wrote", "went"):
                    out.add(f)
    return sorted(out)


# a second clause of the matrix subject after the content: "X said he would order a review and
# warned against hackers", "X pledged $5 billion, and also called for …" – a finite reporting or
# stance verb cannot continue the content's infinitive, modal or object, so the action ends
_CONJOINED_REPORT = lazy(
    r",?\s+and\s+(?:(?:also|then|later|again|\w+ly)\s+)?(?:"
    + trie_regex(_finite_report_forms(), space=r"\s+")
    + r")(?![\w’'-])",
    re.IGNORECASE,
)
# a passive pair before "and": "data are collected and reported" (the verb is a participle)
# what follows a speaker's aside closed by a comma: the reporting verb itself (not "that", a
# participle "adding", or a quote)
_FINITE_AFTER_ASIDE = lazy(r"(?!that\b|\w+ing\b)(?-i:[a-z]+)\b")
_PASSIVE_PAIR = lazy(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s*$",
    re.IGNORECASE,
)
# a participle glossing the whole clause after a comma ("… a replacement, reflecting the party's
# attempts to unify", "…, marking its first salvo"): the writer's comment, not part of the act
# (a participle of the actor's own doing, "…, highlighting the recovery", stays)
_GLOSS_CLAUSE = lazy(
    r",\s+(?:reflecting|signal(?:l)?ing|underscoring|suggesting|illustrating|marking)\s"
)
# a contrast clause with its own subject after the action ("…, while the rebels say …", "…,
# although the dividend will be paid …"), or a
# place's relative clause ("… return from Spain, where his relatives are fighting …"); a
# participle ("…, while turning our attention to …") stays part of the action
_WHILE_CLAUSE = lazy(
    r",\s+(?:while|whereas|where|(?:al)?though)\s+(?=(?-i:[A-Z])|"
    r"(?:the|his|her|its|their|he|she|it|they|we|I|others?|many|most|some)\s)"
)


def _deadline(ctx: _Ctx, span: Span, sent: Span, subj_end: int, strength: str) -> str | None:
    text = ctx.doc.text
    i = bisect.bisect_left(ctx.date_starts, sent[0])
    inside: list[DateMention] = []
    while i < len(ctx.dates) and ctx.dates[i].span[0] < sent[1]:
        d = ctx.dates[i]
        if span[0] <= d.span[0] and d.span[1] <= span[1]:
            inside.append(d)
        i += 1
    for d in inside:
        m = _DEADLINE_PREP.search(text[max(span[0], d.span[0] - 30) : d.span[0]])
        if m and _DEADLINE_WORD.match(m.group()):
            return text[d.span[0] - len(m.group()) : d.span[1]]
    low = text[span[0] : span[1]].lower()
    fb = (
        _DEADLINE_FALLBACK.search(text, span[0], span[1])
        if any(w in low for w in _DEADLINE_FALLBACK_WORDS) or not low.isascii()
        else None  # none of its prepositions: the common case, skipped without the regex
    )
    if fb:
        return fb.group()
    for d in inside:
        # a time the action is set for ("on April 15", "in 2022", "this summer"), not any date
        # in it: "from March's 2.1 mln", "per month", "the year before", "currently" are not
        if d.type == "SET" or d.value in ("PRESENT_REF", "PAST_REF"):
            continue
        if _POSSESSIVE_S.match(text[d.span[1] : d.span[1] + 2]):
            continue
        pre = _DEADLINE_PREP.search(text[max(span[0], d.span[0] - 30) : d.span[0]])
        lead = _LEAD_RELATIVE.match(d.text)
        if (pre and not re.match(r"\s*(?:from|for)\b", pre.group(), re.IGNORECASE)) or lead:
            return d.text
    # a date before the subject ("On Tuesday, A and B agreed …", "During a May 2 meeting, …")
    # tells when the agreement was made, not when it falls due: no deadline
    return None


@dataclass
class _Rec:
    actors: list[str]
    actor_text: str
    cue: str
    span: Span
    sentence: Span
    strength: str
    rule: str
    source: str | None
    subj_end: int
    subj_start: int = 0
    spans: list[Span] = field(default_factory=list)
    nominal: bool = False  # a pledge noun's record ("Ford's plans to"): its committer is the possessor
    # the action was narrowed to the clause after the complement's own modal ("promised that in
    # office, she would cut taxes" -> "cut taxes"): where deadlines are still read from
    front: int | None = None
    complement: bool = False  # its that-clause's own modal already read


_MAX_CUES = 16

# "promised that in office, she would …", "vowed that, if elected, he will …", "pledged Tuesday
# that as president she would …": the that-clause of a promise, an adjunct fronted in it, its
# subject, then its own modal verb. The whole is one pledge: the promise's cue, strength and
# source, the clause after the inner modal as the action.
_COMPLEMENT_NP = (
    r"(?:(?i:he|she|they|we|I|it)"
    r"|(?i:the|his|her|its|their|our|my|this)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
)
_COMPLEMENT_GAP = lazy(
    r"(?:(?P<pre>(?:[\w’'.-]+\s+){0,2}?)that\b\W*?)?\s*"
    r"(?:(?P<front>(?:(?!\b(?:and|but|or|which|who|whom|whose)\b)[^,;:“”\"()])+),\s*)?"
    r"(?P<subj>" + _COMPLEMENT_NP + r"(?:\s+and\s+" + _COMPLEMENT_NP + r")?)(?:\s+(?:also|still|now|then|\w+ly))?\s+$"
)
_COMPLEMENT_PRE = lazy(r"(?i:an?|the|this|that|these|those|his|her|its|their|our|my)\b")
_THAT_END = lazy(r"\bthat$", re.IGNORECASE)
_TO_END = lazy(r"\bto$", re.IGNORECASE)
_INNER_MODAL = lazy(
    r"(?:will|shall|would|’ll|'ll|[’']d|(?:is|are|am|[’'](?:m|re|s))\s+going\s+to)\s+(?:[“\"]\s*)?",
    re.IGNORECASE,
)


def _complement_action(ctx: _Ctx, prev: _Rec, cstart: int) -> Span | None:
    """The action of a promise whose that-clause holds its own modal (the cue at cstart): the
    clause after the modal when its subject is the promiser, else the clause from its subject
    ("promised that the city would …"); None when the cue is no verb of that clause."""
    text = ctx.doc.text
    if prev.complement or prev.nominal or cstart - prev.span[0] > 120:
        return None
    gm = _COMPLEMENT_GAP.fullmatch(text, prev.span[0], cstart)
    if gm is None:
        return None
    if gm.group("pre") is None:
        if not _THAT_END.search(prev.cue):
            return None  # "pledged to ensure the city would …": no that-clause of the promise
    elif _COMPLEMENT_PRE.match(gm.group("pre")) or _TO_END.search(prev.cue):
        # "promised a plan that in her view would …": a relative clause; "pledged to ensure
        # that the city will …": the that-clause of the act, not of the promise
        return None
    front = gm.group("front")
    if front is not None and (len(front) > 60 or not front.strip()):
        return None
    subj = gm.group("subj")
    ids = set(_ids_in(ctx, gm.start("subj"), gm.end("subj")))
    if not (_PRONOUN_WE.fullmatch(subj) or (ids and ids <= set(prev.actors))):
        return (gm.start("subj"), prev.span[1])
    mm = _INNER_MODAL.match(text, cstart)
    return (mm.end() if mm else cstart, prev.span[1])  # "won't": the cue stays in the action



def _sentence(ctx: _Ctx, sent: Span, out: list[_Rec]) -> None:
    text = ctx.doc.text
    recs: list[_Rec] = []
    floor = sent[0]
    # A news sentence holds at most a handful of cues (5 in ~1,200 texts); each cue reads the
    # sentence back to its start, so a 1,500-character run of "will try to" cost 40 ms per KB
    # (issue 8). Past _MAX_CUES the rest of the sentence is no list of undertakings.
    cues = _sentence_cues(ctx.heads, text, sent[0], sent[1])[:_MAX_CUES]
    # (read only together with `out`, which this function extends only at its end)
    carry = _CARRY_SUBJECT.match(text, sent[0], sent[0] + 12) if out else None
    under = _UNDER_DEAL.match(text, sent[0], sent[1])
    if not cues and not (carry and out) and not under:
        return
    acc_cache: list[list[str]] = []

    def accorded() -> list[str]:
        """Who the sentence's closing attribution names (", X said", "according to X")."""
        if not acc_cache:
            acc_cache.append(_attribution(ctx, sent))
        return acc_cache[0]

    if text[sent[0] : sent[1]].rstrip(" \t\n\"”’'").endswith("?"):
        return  # a question asserts no commitment ("Is he willing to change?")
    slow = text[sent[0] : sent[1]].lower()
    # the lowered sentence as a gate for case-blind patterns: a necessary word absent, the
    # pattern cannot match (None when a letter folds to ASCII only under IGNORECASE: "ı", "ſ")
    sfold = (
        None
        if len(slow) != sent[1] - sent[0] or (not slow.isascii() and _ODD_FOLD.search(slow))
        else slow
    )
    for m in cues:
        name = m.lastgroup or ""
        cue = CUES.get(name)
        if cue is None:
            continue
        cstart, cend = m.start(), m.end()
        if under is not None and under.group("part") and under.start("part") <= cstart < under.end():
            continue  # "Under an accord signed yesterday, …": the deal's passive participle
        cue_text = m.group()
        before = text[max(sent[0], cstart - 30) : cstart]
        prev = recs[-1] if recs else None
        cue_floor = floor
        if cue.id == "nom.instrument":
            # "a treaty calling for …", "her proposal, which is to …": the instrument's content
            recs.extend(_instrument(ctx, sent, cstart, cend, prev, floor))
            continue
        if ctx.told_verbs and text[cstart - 1 : cstart].isspace() and cstart - 1 in ctx.told_verbs:
            continue  # "a pact calling for X, which both premiers signed in March"
        if cue.id in _RULING_BY_IDS:
            # "… appeal Monday's ruling by the agency to deport him": a ruling named by its
            # maker, also inside another record's action (whose span it leaves as it is)
            rec = _ruling_by(ctx, sent, cstart, cend, cue)
            if rec is not None:
                recs.append(rec)
            continue
        if prev and prev.span[0] <= cstart < prev.span[1]:
            if cue.modal and (narrowed := _complement_action(ctx, prev, cstart)) is not None:
                # "promised that in office, she would cut taxes": one pledge, not two
                if narrowed[0] < prev.span[1]:
                    prev.front = prev.span[0]
                    prev.span = narrowed
                prev.complement = True
                continue
            # a cue inside the previous action is nested ("agreed to keep talking") unless
            # it opens a coordinated clause ("... and resolved to", "..., and Y pledged")
            gap = text[prev.span[0] : cstart]
            gm = _NEW_CLAUSE_GAP.search(gap)
            if not gm:
                continue
            cj = _CONJ.match(gap, gm.start())
            if cj is not None and cj.end() < len(gap) and not _REL_WORD.search(gap):
                # "X is investigating A and the ministry is considering …": the new clause's
                # subject starts after the conjunction, not at the sentence's
                cue_floor = prev.span[0] + cj.end()
        restraint = False
        said_at = None  # "X said she would not lift the levy": where "said she" starts in before
        # the words _NEG, _WITHHELD and _HYPO need, looked for in the lowered text first (only
        # in ASCII text: under IGNORECASE "ı" and "ſ" match "i" and "s")
        plain = before.isascii() and cue_text.isascii()
        bfold = before.lower()
        if (
            not plain
            or _NEG_WITHHELD_ANY.search(bfold)
            or _NEG_ANY.search(cue_text.lower())
        ) and (_NEG.search(cue_text) or _NEG.search(before[-16:]) or _WITHHELD.search(before)):
            if not (
                cue.modal
                and _RESTRAINT.match(cue_text)
                and not _NEG.search(before[-16:])
                and not _WITHHELD.search(before)
                and (
                    (
                        (m.group("v" + name[1:]) or "").lower() in _RESOLVE
                        and (
                            _WILL_NOT.match(cue_text) is not None
                            or _INTRANSITIVE_END.match(text, m.end("v" + name[1:])) is not None
                        )
                    )
                    or _yielding_phrase(text, m, "v" + name[1:])
                    or (
                        _NEVER.search(cue_text)
                        and (m.group("v" + name[1:]) or "").lower() in _CHOICE
                    )
                    or (
                        (m.group("v" + name[1:]) or "").lower() in _VOL
                        and not _ENTERS_INSTRUMENT.match(text, m.start("v" + name[1:]))
                        and (said_at := _SAID_PRONOUN.search(before)) is not None
                    )
                )
            ):
                continue
            restraint = True  # "X will not retreat": a pledge of restraint
        if cue_text[:1].isupper() and _NAME_CUE.match(text, cstart) and before.strip(" \t“\"‘'`"):
            continue  # "Will Smith", "the Promised Land": a name, not a cue
        if cue_text[:4].lower() == "plan" and _DROPPED_PLAN.search(before):
            continue  # "dialing back plans to cut …", "scrapped plans to": a plan given up
        if cue_text[:5].lower() == "plans" and _VERB_ED_BEFORE.search(before):
            continue  # "The mayor mocked plans to …": the noun, someone else's plans

        if (
            not cue.reported_only
            and (not plain or _HYPO_ANY.search(bfold))
            and _HYPO.search(before)
        ):
            continue
        if _ED_WORD.match(cue_text) and _PASSIVE.search(before):
            continue
        low = cue_text.lower()
        if (
            cue.id == "pledge.verb"
            and not _TO_THAT_END.search(low)
            and not _PLEDGE_STEM.match(low)
            and not (_COMMITTED_END.search(low) and _MONEY_OBJECT.match(text, cend))
        ):
            continue  # "committed", "resolved", "offered" commit only with "to"/"that"
        if cue.id == "pledge.verb" and not low.startswith("ha"):
            if not _TO_THAT_END.search(low) and _ATTRIBUTIVE_BEFORE.search(before):
                continue  # "60 pledged delegates", "offered promises Monday": an adjective or noun
            if low.endswith("s") and " " not in low:
                pw = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
                if pw[:1].islower() and pw.lower() not in _SUBJECT_WORDS:
                    continue  # "reversed previous pledges", "binds together pledges": a noun
            if low.endswith(" to") and _TO_PERSON.match(text, cend):
                continue  # "delegates committed to Clinton": allegiance, no act
        if cue.id == "pledge.verb" and _AFTER_PREPOSITION.search(before):
            continue  # "in exchange for guarantees that …": the noun after a preposition
        if cue.id != "pledge.decided_that" and (
            _PAST_DECISION.match(low) or (
                cue.id in ("int.plans", "pledge.verb", "pledge.are_committed")
                and _PLUPERFECT.search(before)
                # "had pledged to back the nominee": a pledge made earlier still binds (the dev
                # gold sets list it); "had intended to", "had decided to" were given up or done
                and not (cue.id == "pledge.verb" and _PLEDGE_STEM.match(low))
            )
        ) and not (
            low.startswith("decided")
            and _SAID_THEY.search(text, max(sent[0], cstart - 60), cstart)
        ):
            # "officials decided to …", "had intended to": done, or given up; but "the board
            # said it had decided to sell the unit" reports a decision still to be carried out
            # (the pluperfect is the reported speech's backshift)
            continue
        if low.startswith("plans to") and _TO_NON_VERB.match(text, cend):
            continue  # "health plans to double-digit increases": the noun
        if low[:4] == "plan" and _BARE_PLAN.search(before):
            continue  # "said a plan to sell … fell through": a plan with no owner named
        if low[:4] == "plan" and _DOC_PLAN.search(before):
            continue  # "develop a new plan to …": a document being drafted
        subj_at = cstart  # where the subject is read back from
        if before.rstrip().lower().endswith(" to") and not (cue.modal or cue.possessor):
            asp = _ASPECT_TO.search(before)
            if asp is None:
                continue
            subj_at = cstart - len(before) + asp.start()  # "X continued to vow": X  # an infinitive ("little to agree on", "hopes to sign") is not itself the cue
        verb_noun = cue.id == "nom.decision" and bool(_PRONOUN_SUBJ_END.search(before))
        if (cue.nominal and not verb_noun) or (
            cue.id in ("int.plans", "pledge.verb")
            and _NOUN_TO.match(low)
            and _POSSESSIVE_NOUN.search(text, max(sent[0], cstart - 60), cstart)
        ) or (
            cue.id == "int.announced_plans"
            and _POSSESSIVE_BEFORE.search(text, max(sent[0], cstart - 24), cstart)
        ):
            # "its plan to", "Japan's pledge to": the noun, with its possessor as the committer
            if (
                _ATTITUDE.match(low)
                and (sfold is None or _ANALYSTS_ANY.search(sfold))
                and _ANALYSTS_SAY.search(text, sent[0], sent[1])
            ):
                continue  # "experts say it shows the regime's determination to …": their reading
            if cue.id == "nom.bid" and (_PAST_BID.search(before) or _BID_ENDED.search(before)):
                continue  # "his failed 2008 bid for the presidency": over
            if cue.id in ("nom.truce", "nom.labor_pact") and (
                _PACT_OVER.search(before) or _PAST_BID.search(before)
            ):
                continue  # "broke its ceasefire", "rejected the company's labor pact": none
            if low.startswith("commitment") and not (
                (nw := _NEXT_WORD.match(text, cend)) is not None
                and (nw.group(1) in _VOL or nw.group(1) in _COMMIT_VERBS)
            ):
                continue  # "her commitment to peace": an allegiance, no act ("… to cut taxes")
            rec = _nominal(ctx, sent, m, cue, floor, prev)
            if rec is not None and cue.id == "nom.bid":
                mv = _MAIN_VERB_AFTER.search(text, rec.span[0], rec.span[1])
                if mv is not None and mv.start() > rec.span[0]:
                    rec.span = (rec.span[0], mv.start())  # "… bid for re-election is in trouble"
                if _BID_OVER.search(text, rec.span[0], min(sent[1], rec.span[1] + 60)):
                    continue  # "his bid for the Senate ended in defeat"
            if rec is not None and cue.id in ("nom.truce", "nom.labor_pact"):
                # the pact is the thing undertaken: "the rebels' six-week-old truce"
                rec.span = (rec.subj_start, cend)
                rec.cue = text[cstart:cend]
            if rec is not None:
                rec.nominal = True
                recs.append(rec)
            continue
        if cue.id == "int.event_on_calendar":
            # "has a speech scheduled …": the cue is "has", the event from its determiner on
            # is the action
            cend = cstart + 4 if cue_text[2:3].lower() == "v" else cstart + 3
            cue_text = text[cstart:cend]
        verb_start = cend
        if cue.id == "int.planned_event" and _PLUPERFECT.search(before):
            continue  # "had scheduled a rally": a plan told as past narrative
        if cue.id == "ong.launched_effort" and (
            _PLUPERFECT.search(before)
            or (
                _PAST_LAUNCH.match(cue_text) is not None
                and (
                    _HISTORY_TIME.search(text, sent[0], sent[1]) is not None
                    or _NEWS_DAY.search(text, sent[0], sent[1]) is None
                )
            )
        ):
            # "In 1987 the union began a drive to …", "He led a joint effort to repel …", "had
            # launched a bid": history; a launch told in the past is news only when dated
            # like news ("launched a drive on Monday to …")
            continue
        if cue.id in _OBJECT_IN_TEXT:
            # "signed an agreement", "announced a new fisheries deal": the object is the action
            vm = _OBJECT_VERB.match(cue_text)
            verb_start = cstart + vm.end() if vm else cend
            cend = verb_start
        vol = progressive = conditional = handover = False
        cond_text = ""  # the condition before a reported "would" ("if elected", "if she wins")
        liked = 0  # where the act after "would like to" starts
        agent: list[str] = []  # "will be met by X": X acts
        agent_span = (0, 0)
        if cue.id in ("int.expected", "pledge.threat", "int.poised"):
            nw = _NEXT_WORD.match(text, cend)
            if nw is None or nw.group(1) not in (_SCHEDULE if cue.id == "int.expected" else _VOL):
                continue  # "prices are expected to rise", "the storm threatened to flood"
            vol = True
        if cue.modal:
            vname = "v" + name[1:]
            verb = (m.group(vname) or "").lower()
            if verb == "no":
                lm = _NO_LONGER.match(text, m.end(vname))
                if lm is None or lm.group(1).lower() in _STATE_VERBS:
                    continue  # "would no longer become a victim": a state, not an act
            vol = verb in _VOL
            if verb == "be":
                bm = _BE_ACT.match(text, m.end(vname))
                if bm and (bm.group("loc") or bm.group("ing") in _VOL_ING):
                    verb, vol = "", True  # "will be travelling", "will be there to"
                    progressive = bool(bm.group("ing"))
                elif (pb := _BE_BY.match(text, m.end(vname), sent[1])) is not None and _agentive(
                    pb.group("v").lower()
                ):
                    # "the group would be met in Washington by X and Y": X and Y act
                    agent = [
                        a for a in _ids_in(ctx, pb.start("by"), pb.end("by"))
                        if ctx.actors[a].kind != "place"
                    ]
                    if agent and _NAME_FIRST.match(text, pb.start("by")):
                        verb, vol, agent_span = "", True, (pb.start("by"), pb.end("by"))
                    else:
                        agent = []
                elif _HANDOVER.match(text, m.end(vname)):
                    # "the files, he added, would be handed to the consulate": a handover the
                    # speaker undertakes (checked below: only in reported speech or a quote)
                    verb, vol, handover = "", True, True
            if cue.id == "int.going_to" and verb in _GOING_TO_OUTCOME:
                continue  # "we're going to win", "is going to such lengths": an outcome
            if verb == "do" and _DO_WELL.match(text, m.end(vname)):
                continue  # "the campaign would do well to …": advice, no undertaking
            if verb == "do" and _PRO_VERB.match(text, m.end(vname)):
                continue  # "would do it": the act is named elsewhere
            if verb in ("like", "love"):
                lm = _LIKE_TO.match(text, m.end(vname))
                if (
                    lm is not None
                    and lm.group(1).lower() in _VOL
                    and lm.group(1).lower() not in _COURTESY_VERBS
                ):
                    liked = lm.start(1)  # "We'd like to continue to cut debt": an intention
            if not liked and (
                (
                    verb in _STATE_VERBS
                    and not (verb == "get" and _RID_OF.match(text, cend))
                    and not (verb in _OWN_ACTS and _I_WE_BEFORE.search(before))
                    and not (verb in ("remain", "stay") and _STANCE_AFTER.match(text, m.end(vname)))
                    and not (verb == "take" and _TAKE_ACT.match(text, m.end(vname), sent[1]))
                    and not (
                        verb in ("remain", "stay") and _STAY_ACT.match(text, m.end(vname), sent[1])
                    )
                )
                or (verb.endswith("ing") and verb not in _VOL)  # "bring" is no -ing form
                or verb in _FUNCTION_WORDS
                or verb == "almost"
            ):
                continue
            if _NOUN_WILL.search(before):
                continue  # "the will of the voters", "their own will"
            if (
                cue.reported_only
                and (sfold is None or "if" in sfold or "unless" in sfold or "case" in sfold
                     or "provided" in sfold)
                and (ifm := _IF_CLAUSE.search(text, sent[0], cstart))
            ):
                # "if it emerged that …, I would respond": a conditional's outcome; a
                # conditional "will" stays a pledge ("If talks fail, X will respond"), and so
                # does the speaker's own "would" after a condition on an event ("X said if
                # elected, he would sign …"), checked once the subject is known
                comma = text.find(",", ifm.end(), cstart)
                cond_end = comma if comma >= 0 else cstart  # the condition itself
                cond = text[ifm.end() : cond_end]
                if "that" in cond.lower().split() or _COUNTERFACTUAL.search(cond):
                    continue  # "if it emerged that …", "if Iran were a stock": no event
                if any(ctx.actors[a].kind == "person" for a in _ids_in(ctx, ifm.end(), cond_end)):
                    continue  # "X said if Y wins, he would …": "he" is likelier Y than X
                conditional = True
                cond_text = cond.strip()
            if verb == "tell" and text.startswith("you", m.end(vname) + 1):
                continue  # "I'll tell you": a turn of phrase
            if verb in _WISH_MODAL and not liked:
                continue  # "I would love to have him in the race": a wish
            if _CONTRACTED_D.match(cue_text) and (verb.endswith(("ed", "en")) or verb in _HAD_FORMS):
                continue  # "we'd signed", "he'd better": "had", no "would"
            if _EPISTEMIC.search(cue_text) or _EPISTEMIC_BEFORE.search(before):
                continue  # "will probably", "periodically will": a forecast or a habit
            if _SPEECH_ACT.match(text, m.start(vname)) or (
                verb in _HEDGE_ADV and _SPEECH_ACT.match(text, m.end(vname) + 1)
            ):
                continue  # "I would say", "I will make this promise": speaking, not pledging
            if _THAT_OPENING.match(text, sent[0], cstart):
                continue  # "That two hosts would sign up … says something": a subject clause
            verb_start = liked or m.start(vname)
            if restraint:
                nm = _NOT_WORD.search(cue_text)
                verb_start = cstart + (nm.start() + 1 if nm else 0)
        elif cue.id in ("ong.works", "int.looks_to"):
            asm = _AS_CLAUSE.search(text, max(sent[0], cstart - 80), cstart)
            if asm is not None:
                cue_floor = max(cue_floor, asm.start("s"))  # "… came as he and his aides try to"
            elif cue.id == "int.looks_to" or (
                not low.startswith(("works", "strives")) and "court" not in low
            ):
                continue  # "the chef tries to cook with local produce": a habit, not work
        elif (
            cue.id == "int.plans"
            and low in ("intended to", "designed to", "meant to")
            and (
                _REDUCED_RELATIVE.search(text, max(sent[0], cstart - 80), cstart)
                or _THING_PURPOSE.search(text, max(sent[0], cstart - 80), cstart)
            )
        ):
            continue  # "a series of rallies in 1992 intended to shut clinics": a purpose
        elif cue.id == "int.plans" and (
            _WISH.match(text, cend) or _SPEECH_ACT.match(text, cend + 1)
        ):
            # "wants to see lower fares": a wish; "I want to assure you": a speech act
            continue
        if cue.id == "agr.agreed" and not low.endswith((" to", "principle")):
            if low.startswith("agree"):
                wm = _AGREED_WITH.match(text, cend)
                if wm and not _AGREED_WITH_DEAL.search(_AND_VERB.split(wm.group("rest"), 1)[0]):
                    continue  # "agreed with the Democrats": an opinion shared
                if _AGREE_BARE.match(text, cend) and not low.startswith("agreed"):
                    continue  # "Pollsters agree -", "do agree on something"
            if (
                (sfold is None or _ANALYSTS_ANY.search(sfold))
                and _ANALYSTS.search(text, sent[0], cstart)
            ) and not _REPORTED.search(
                text, sent[0], cstart
            ):
                continue  # "economists who favour X agree that …": a view, not a deal
            if low.endswith("that"):
                mm = _THAT_MODAL.search(text, cend, min(sent[1], cend + 100))
                if mm and mm.group("v").lower() in _STATE_VERBS:
                    continue  # "agree that movement will be incremental": an opinion
        if cue.id == "pledge.verb" and "guarant" in low:
            mm = _THAT_MODAL.search(text, cend, min(sent[1], cend + 100))
            if low.endswith("that") and (mm is None or mm.group("v").lower() in _STATE_VERBS):
                continue  # "the machine guarantees that he will have …": an outcome
        if cue.id == "reaff.affirmed" and _NEGATED_CLAUSE.match(text, cend):
            continue  # "affirmed it doesn't plan to …": a refusal reaffirmed
        if cue.id == "agr.agreed" and (
            _AGREED_OPINION.match(text, cend) or (low == "agreed" and _AGREED_CLAUSE.match(text, cend))
        ):
            continue  # "agreed on that point", "agreed with him": shared opinion, no undertaking
        # "is considering a request from X": weighing someone else's proposal is work under
        # way, not a plan of one's own (the dev gold sets list it as ongoing work)
        weighed = cue.id == "int.planning" and "consider" in low and bool(_WEIGHED.match(text, cend))
        if cue.modal and low.startswith("would") and _HABIT_CHAIN.search(text, cend, sent[1]):
            continue  # "I would answer …, and he would look …": a habit in a past narrative
        if cue.id == "pledge.reward_by":
            rec = _reward_by(ctx, sent, cstart, cend, cue)
            if rec is not None:
                recs.append(rec)
            continue
        if cue.id == "ong.agents_trying":
            rec = _agents_trying(ctx, sent, cstart, cend, cue)
            if rec is not None:
                recs.append(rec)
            continue
        if cue.id == "ong.being_by":
            rec = _being_by(ctx, sent, cstart, cend, cue)
            if rec is not None:
                recs.append(rec)
            continue
        if (
            cue.id == "ong.searching"
            and cue_text[:1] in "wW"
            and not (
                (rb := _REPORTED_BEFORE.search(text, max(sent[0], cstart - 80), cstart))
                and not _GAP_CLAUSE.search(rb.group("gap"))
            )
        ):
            continue  # "they were searching for a car when …": a past background
        if cue.id == "bind.signed":
            bym = _SIGNED_BY.match(text, cend, sent[1])
            if bym:
                # "the accord signed by X and Y": the signers commit to the agreement before
                if _DEAL_BEFORE.search(before):
                    rec = _signed_by(ctx, sent, cstart, cend, bym, cue)
                    if rec is not None:
                        recs.append(rec)
                continue  # "a letter signed by 200 members": a description, no undertaking
            if _OBJECT_START.match(text, cend) and not _SIGNABLE.search(
                text, cend, min(sent[1], cend + 80)
            ):
                continue  # "signed a letter of apology", "signed autographs"
        made = ""  # the verb that made the instrument the subject names again ("signed")
        if cue.id in _PLAN_SUBJECT_CUES:
            # "The company's strategy for … -- … -- calls for a lid on costs": the owner of the
            # plan noun that is the subject intends it; a call by a person is a demand
            subj = _plan_owner(ctx, sent, cue_floor, cstart)
            if subj is None:
                # "The program also calls for …" after "X and Y signed a plan": its makers
                got = _instrument_subject(ctx, sent, cue_floor, cstart)
                if got is not None:
                    subj, made = got
                elif cue.id == "int.plan_calls_for" and _CALL_RE.match(text, cstart, sent[1]):
                    cue = _CALL_CUE  # "Smith calls for ending farm subsidies"
                    subj = _subject(ctx, sent, subj_at, cue_floor, False)
        else:
            subj = _subject(ctx, sent, subj_at, cue_floor, bool(_ING_WORD.match(cue_text)))
        planned = False
        if (
            cue.modal
            and vol
            and (subj is None or not subj.reported)
            and _PLAN_NOUN_END.search(text, max(sent[0], cstart - 40), cstart)
        ):
            # "the senator's plan would also cap deductions", "his proposal will lift the cap": what
            # an owned plan would do is its owner's proposal, no hypothetical (the dev gold sets
            # list each item as the owner's pledge)
            po = _plan_owner(ctx, sent, cue_floor, cstart)
            if po is not None:
                subj, planned = po, True
        elif (
            cue.modal
            and vol
            and subj is not None
            and not subj.reported
            and len(subj.ids) == 1
            and low.startswith("would")
            and ctx.actors[subj.ids[0]].kind == "person"
            and _named_alone(ctx, subj)
            and any(pos < cstart and pid == subj.ids[0] for pos, pid in _plan_owners(ctx))
        ):
            # "Roe's tax plan … For the rich, she would impose a surcharge": in a story that
            # tells a person's plan, what that person would do is the plan's content (the dev
            # gold sets list each item as a pledge), not a guess
            planned = True
        if subj is None:
            continue
        if said_at is not None and not _own_refusal(ctx, sent, cstart - len(before) + said_at.start(), subj):
            continue  # "Many Republicans said they will not attend": no named one refrains
        if (
            _FEW_SUBJECT.match(text, subj.start)
            or _FEW_TAIL.search(text, subj.start, subj.end)
            or (
                cue.modal
                and (
                    _GUESS_BEFORE.search(text, max(sent[0], subj.start - 24), subj.start)
                    or _GUESS_LEAD.match(text, subj.start, subj.end)
                )
            )
        ):
            continue  # "not all leaders are ready to", "a force few politicians want to …"
        if (sfold is None or "no " in sfold) and _NO_CHANCE.search(text, sent[0], cstart):
            continue  # "There is no chance X will …", "no reason to believe that X plans to"
        if subj.chained and (
            cue.id == "int.scheduled" or (cue.id == "pledge.verb" and low.endswith("ed"))
        ):
            continue  # "the bank, which sold bonds and guaranteed …", "…, which is to resume …"
        if cue.id == "bind.joined":
            obj = _ids_in(ctx, cend, min(sent[1], cend + 60))
            if (
                not subj.ids
                or any(ctx.actors[a].kind != "country" for a in subj.ids)
                or (obj and ctx.actors[obj[0]].kind in ("country", "person", "place"))
            ):
                continue  # "Smith joined Acme", "France joined Germany in urging …": no treaty
        if cue.strength == "binding" and _BACKGROUND_CLAUSE.search(
            text, max(sent[0], subj.start - 12), cstart
        ):
            continue  # "when I signed the bill", "whose husband signed the act": background
        if cue.modal and (
            _HOPE_THAT.search(text, max(sent[0], subj.start - 30), subj.start)
            or _WHERE_CLAUSE.search(text, max(sent[0], subj.start - 10), subj.start)
        ):
            continue  # "hope that Iraq would withdraw"; ", where delegates will pick …"
        if subj.relative and cue.strength == "binding" and not (
            cue.id == "bind.partnership" and low[:2] == "ha"
        ):
            continue  # "X, who signed the law …": a description of someone, not news of a deal
            # ("X, which has gone into partnership with Y": a standing alliance, kept)
        if cue.id == "ong.trying_participle" and _LIST_ITEM_BEFORE.search(before):
            continue  # "jobs, security, trying to bring order": an item of a list, no clause
        if cue.id == "pledge.endorsed" and (subj.relative or _PLUPERFECT.search(before)):
            continue  # "Smith, who had endorsed Tanaka, will host …": a description, background
        if cue.id == "int.plans" and low.startswith("wanted") and not subj.reported:
            # "he wanted to reunite": a past wish told as narrative; after "said" the past is
            # only the reported speech's backshift ("He said the government wanted to …")
            continue
        if (
            cue.id in ("int.plans", "pledge.are_committed")
            and _PAST_READY.match(low)
            and not subj.reported
            and _view_at(ctx, cstart) is None
            and not accorded()
        ):
            continue  # "The judges were ready to adjourn": a past state told as narrative
        if (
            cue.id in ("int.plans", "pledge.are_committed")
            and low.startswith(("was ", "were ", "wanted"))
            and (qv := _view_at(ctx, cstart)) is not None
            and qv.direct
        ):
            continue  # '"He was ready to testify again," X said': the past, in the speaker's words
        if _CLAIM_THAT.search(text, max(sent[0], subj.start - 40), subj.start):
            continue  # "claims that the board is trying to …": an accusation, not its pledge
        if _DENIED.search(text, max(sent[0], subj.start - 40), subj.start) or _DENIED.search(
            text, max(sent[0], cstart - 30), cstart
        ):
            continue  # "X denied that he had promised to …", "denied ever agreeing to": denied
        if _CLAIMED_THAT.search(
            text, max(sent[0], subj.start - 60), subj.start
        ) and not _PRONOUN_WE.fullmatch(text[subj.start : subj.end]):
            continue  # "claiming without evidence that Obama wanted to …": a rival's assertion
        if (
            cue.modal
            and _WARNED_THAT.search(text, max(sent[0], subj.start - 30), subj.start)
            and not _PRONOUN_WE.fullmatch(text[subj.start : subj.end])
        ):
            continue  # "warning that the exit will sap …": a warned outcome ("warned it will" stays)
        if cue.strength == "reaffirmation" and _RULING_SUBJECT.search(text, subj.start, subj.end):
            continue  # "The court's ruling affirms a basic principle": a ruling, not a pledge
        if (
            subj.relative
            and cue.modal
            and not subj.reported
            and _OPEN_RELATIVE.search(text, max(sent[0], cstart - 200), cstart)
            and not (vol and any(ctx.actors[a].kind != "place" for a in subj.ids))
        ):
            # "the bill, which would take the decision away", "Geneva, the city that will host
            # the talks": no actor's undertaking; but an actor's agentive act is one ("the anchor,
            # who will chair the last debate"), as the dev gold sets list it
            continue
        if subj.coordinated and recs and not recs[-1].nominal:
            # "X agreed to A and pledged to B": the subject of the clause before; after a pledge
            # noun ("X called Y's plans to A … and threatened to B") the sentence's own subject
            last = recs[-1]
            subj = replace(subj, start=last.subj_start, end=last.subj_end, ids=list(last.actors))
            subj.explicit = True
        subj_text = text[subj.start : subj.end]
        if (
            _IF_BEFORE.search(text[max(sent[0], subj.start - 12) : subj.start])
            and not _own_if_before(text, max(sent[0], subj.start - 90), subj.start, subj_text)
        ) or _OPENING_CONDITION.match(text, sent[0], subj.start):
            continue
        if _SUBORDINATE.search(text, max(sent[0], subj.start - 10), subj.start):
            continue  # "… would be extended before they would build": a condition, not a pledge
        if (
            cue.modal
            and (sfold is None or "you" in sfold)
            and _GENERIC_YOU.match(text, sent[0], subj.start)
            and not _WE_I_OUR.fullmatch(subj_text)
        ):
            continue  # "If you doubt it, the papers will call you a liar": a generic outcome
        if (sfold is None or "like" in sfold or "if" in sfold or "though" in sfold) and _SIMILE.search(
            text, sent[0], subj.start
        ):
            continue  # "It is like freeing a thief because he promised to …"
        if cue.id == "int.scheduled" and not subj.ids:
            continue  # "Nine grazing leases are due to expire next spring": a schedule
        if _CONTACT_RELATIVE.search(subj_text):
            continue  # "the things she wants to accomplish": a relative clause, no committer
        if _INDIRECT_QUESTION.search(subj_text):
            continue  # "decide what steps we would take": an open question
        if (
            (
                (not subj_text.isascii() or _ANALYSTS_ANY.search(subj_text.lower()))
                and _ANALYSTS.search(subj_text)
            )
            or _GENERIC_SUBJECT.match(subj_text)
            or subj_text.lower() in _GENERIC_OPENING  # "Voters approved …" opening a sentence
        ):
            continue
        if _CONTRACTED_D.match(cue_text) and not liked and subj_text.lower() in ("i", "we"):
            continue  # '"I'd beat him," he said': a speaker's "I'd" is as often a hypothetical
        by_source = False
        shown = subj_text
        if (
            subj.source_span
            and _PRONOUN.fullmatch(subj_text)
            and not (
                text[subj.start - 5 : subj.start] == "that "
                and _claim_by(ctx, subj.start, subj_text.lower())
            )
        ):
            # "the company said it will close …": the pronoun is who says it; an unnamed
            # speaker's own plan ("Most voters say they plan to watch") names no committer
            ss, se = _trim(text, *subj.source_span)
            if ss == sent[0] and (dl := _DATELINE_LEAD.match(text, ss, se)) is not None:
                ss = dl.end()  # "PHILADELPHIA ― Roe's campaign said it …": the dateline aside
            src_phrase = text[ss:se]
            # the last comma, semicolon or wire-style dash (" _ ", "--"): "Citing evidence _
            # including … _ officials said they": the speaker follows it
            cut = max(src_phrase.rfind(","), src_phrase.rfind(";")) + 1
            if "_ " in src_phrase or "--" in src_phrase:
                dash = max(src_phrase.rfind(" _ ") + 2, src_phrase.rfind("--") + 1)
                if dash > cut and not _CLAUSE_AFTER_DASH.match(src_phrase, dash + 1):
                    cut = dash + 1  # not "X is backing Y -- not me -- and he says he'll"
            if (
                cut
                and text[ss : subj.source_span[1]].rstrip().endswith(",")
                and _FINITE_AFTER_ASIDE.match(text, subj.source_span[1])
            ):
                # an aside closed by a comma right before the reporting verb ("X, speaking to
                # veterans in Ohio, said he", "Japan, the largest donor, said it", "Y, facing a
                # recall vote, her first, said she"): no subject is parted from its
                # verb by a comma, so the speaker is the first name before a comma that agrees
                # with the pronoun; with no name before the aside ("The two sides, meeting in
                # Oslo, said they"), the phrase before the aside
                # (the aside's own closing comma, trimmed off, is the last place looked at: "One
                # hopeful, Jane Roe, says she" names Roe in the aside)
                pron = subj_text.lower()
                end_at = None
                ends = [i for i in range(cut) if src_phrase[i] == ","] + [len(src_phrase)]
                for c in ends:
                    if any(
                        ss + c - m[1] <= 1
                        and ctx.actors[m[2]].kind in _PRONOUN_KINDS.get(pron, "")
                        and coref.agrees(ctx.gender, ctx.actors[m[2]], pron)
                        for m in _mentions_in(ctx, ss, ss + c)
                    ):
                        end_at = c
                        break
                if end_at is None and not _mentions_in(ctx, ss, ss + cut - 1):
                    end_at = cut - 1
                if end_at is not None and end_at < len(src_phrase):
                    se = ss + end_at
                    src_phrase = text[ss:se]
                    cut = max(src_phrase.rfind(","), src_phrase.rfind(";")) + 1
            words = src_phrase[cut:].lstrip(" \t\"“”‘’'`").split(None, 1)
            if ss < se and words and not _PRONOUN.fullmatch(words[0]):
                # only the speaker right before the verb ("X said it"), not any name earlier on
                tm = _SRC_TAIL.search(src_phrase, cut)
                se2 = ss + tm.start() if tm else se
                near = [m for m in _mentions_in(ctx, ss, se2) if se2 - m[1] <= 1]
                appos = bool(cut) and (
                    words[0].lower() in _APPOSITION_OPEN
                    or ("which" in src_phrase or "who" in src_phrase)
                    and words[0].lower() not in _ASIDE_THEN_CLAUSE
                    and _RELATIVE_ASIDE.match(src_phrase) is not None
                )  # "Acme, which bid $5 for Globex, said it": Acme, never Globex
                if cut and ((not near and words[0].lower() in _AUX_OPEN) or appos):
                    # "X, like Y, has urged … but has said she will": the verb's subject is the
                    # name before the first comma, when the pronoun agrees with it; so in "X, a
                    # loyalist of Y, said (…) he" and "Acme, a unit of Globex, said it" (the name
                    # ending the apposition is not the speaker)
                    fc = ss + src_phrase.find(",")
                    first = [
                        m for m in _mentions_in(ctx, ss, fc)
                        if fc - m[1] <= 1
                        and coref.agrees(ctx.gender, ctx.actors[m[2]], subj_text.lower())
                        and (
                            not appos
                            or _PRONOUN_KINDS.get(subj_text.lower(), "").find(
                                ctx.actors[m[2]].kind
                            ) >= 0
                        )
                    ]
                    if first or not appos:
                        near = first
                sids = [near[-1][2]] if near else []
                lone = ""
                if near and subj_text.lower() == "they":
                    # "Japan and India said they …": the whole coordinated subject
                    k = bisect.bisect_left(ctx.starts, near[-1][0])
                    while k < len(ctx.mentions) and ctx.mentions[k] != near[-1]:
                        k += 1
                    if k < len(ctx.mentions):
                        chain = ctx.chains.get(k) or ctx.chains.setdefault(k, _chain(ctx, text, k))
                        if chain[2] and chain[0] >= ss:
                            sids = list(chain[1])
                    if (
                        len(sids) == 1
                        and ctx.actors[sids[0]].kind == "person"
                        and not _family_plural(ctx, near[-1])
                    ):
                        # "Castro said they would …": one person is no "they"; the plural
                        # named before, else nobody named
                        lone = sids[0]
                        sids = [a for a in _group(ctx, subj.start, "they") if a != lone]
                if near and coref.DESCRIBED.search(text, ss + cut, se2):
                    # "The grandmother of X said she …": the grandmother, not X
                    rel = coref.descriptions(ctx.doc, ctx.actor_list).relative(ss + cut, se2)
                    sids = [rel.id] if rel is not None else []
                    if rel is None:
                        subj.ids = []  # an unnamed relative speaks: not the person named
                sexp = bool(sids) or bool(lone)
                owner_it = False
                if (
                    not sids
                    and not lone
                    and subj_text.lower() == "it"
                    and (dm := _DESCRIBED_SPEAKER.fullmatch(
                        text, ss + cut + len(_words_lead(src_phrase[cut:])), se2
                    )) is not None
                    and _FIRM_NOUN.fullmatch(dm.group("n"))
                ):
                    # "The No. 2 steel maker then wrote Globex that it …": the firm the
                    # description names (by its kind, else the organisation the sentences
                    # before are about), never an addressee or a country premodifying it
                    co = coref.descriptions(ctx.doc, ctx.actor_list)
                    hit = co.org_of_kind(dm.group("n"), dm.start())
                    if hit is None:
                        im = co.it_antecedent(dm.start(), dm.start() - 3000)
                        hit = im[2] if im is not None else None
                    if hit is not None:
                        sids, sexp = [hit.id], True
                if not sids and not lone:
                    # "Wells Fargo this month announced it …": the name opening the speaker
                    # phrase, an adverbial after it
                    pron = subj_text.lower()
                    inner = [
                        m for m in _mentions_in(ctx, ss + cut, se2)
                        if _PRONOUN_KINDS.get(pron, "").find(ctx.actors[m[2]].kind) >= 0
                        and coref.agrees(ctx.gender, ctx.actors[m[2]], pron)
                    ]
                    if pron == "it" and not inner:
                        # "Roe's campaign announced it would …": the campaign (office, team)
                        # is "it", and it speaks for the person who owns it
                        owned = [
                            m for m in _mentions_in(ctx, ss + cut, se2)
                            if ctx.actors[m[2]].kind == "person"
                            and _OWN_BODY.match(text, m[1])
                            and _LEAD_DET.fullmatch(text, ss + cut, m[0])
                        ]
                        if owned:
                            own_id = owned[0][2]
                            camp = (
                                _campaign_of(ctx, own_id)
                                if "campaign" in text[owned[0][1] : owned[0][1] + 30]
                                else []
                            )  # the campaign itself too, when the text names it as a body
                            sids, sexp, owner_it = [own_id, *camp], True, True
                        elif (
                            om := _OWNER_LEAD.match(
                                text, ss + cut + len(_words_lead(src_phrase[cut:])), se2
                            )
                        ) and (oid := _by_surname(ctx, om.group("n"))):
                            # the owner's name the actors stage left unmarked ("Roe’ campaign")
                            sids, sexp, owner_it = [oid], True, True
                    if sids:
                        pass
                    elif (
                        len({m[2] for m in inner}) == 1
                        and _LEAD_DET.fullmatch(text, ss + cut, inner[0][0])
                        and not _AFTER_PREP.search(text, max(0, inner[0][0] - 12), inner[0][0])
                        and (
                            not _POSSESSIVE_S.match(text, inner[0][1])
                            or _SPEAKS_FOR.match(text, inner[0][1])
                        )
                        and coref.agrees(ctx.gender, ctx.actors[inner[0][2]], subj_text.lower())
                    ):
                        sids, sexp = [inner[0][2]], True
                    elif not inner:
                        # "Roe's campaign says she will …" with the possessive left unmarked
                        om = _OWNER_NAME.match(text, ss + cut + len(_words_lead(src_phrase[cut:])))
                        oid = (
                            _by_surname(ctx, om.group("n"), subj_text.lower())
                            if om and om.end() <= se2 and _SPEAKS_FOR.match(text, om.end())
                            else None
                        )
                        if oid and coref.agrees(ctx.gender, ctx.actors[oid], subj_text.lower()):
                            sids, sexp = [oid], True
                if not sids and not lone and not _ids_in(ctx, ss + cut, se):
                    # "In Oslo, Norway, the bloc announced it …": the phrase after the
                    # last comma is the speaker; a name in an opening adverbial is not
                    sids, sexp = _resolve(ctx, *_trim(text, ss + cut, se))
                if not sids and not lone:
                    # a surname the actors stage did not mark here ("Sanders said …")
                    sid = _by_surname(ctx, text[ss + cut : se2].strip())
                    sids, sexp = ([sid], True) if sid else (sids, sexp)
                word = subj_text.lower()
                kinds = [ctx.actors[a].kind for a in sids]
                if word in ("he", "she"):
                    sids = [a for a, k in zip(sids, kinds) if k == "person"][:1]
                elif word == "it" and not owner_it:
                    sids = [a for a, k in zip(sids, kinds) if k not in ("person", "place")][:1]
                else:
                    sids = [a for a, k in zip(sids, kinds) if k != "place"]
                if (sids and sexp) or lone:
                    subj.ids, subj.explicit, by_source = sids, True, True
                elif (
                    not sids
                    and word in ("it", "they")
                    and not _ids_in(ctx, ss, se)
                    and _PROPER_NAME.fullmatch(text, ss + cut + (len(src_phrase[cut:]) - len(src_phrase[cut:].lstrip())), se2)
                ):
                    # "Paribas says it will offer …": a name the actors stage missed
                    subj.ids, subj.explicit, by_source = [], True, True
                    shown = text[ss + cut : se2].strip()
                elif (
                    not sids
                    and word == "they"
                    and _AND_SAID.search(text, max(ss, se - 8), se)
                    and (am := _AGENT_LEAD.match(text, ss + cut + len(_words_lead(src_phrase[cut:]))))
                    and am.end() < se
                ):
                    # "Lawyers for the family sent letters to X and Y and said they …": the
                    # subject of the coordinated verbs, never the objects named between
                    subj.ids, subj.explicit, by_source = [], True, True
                    shown = am.group().strip()
                elif (
                    not sids
                    and word == "they"
                    and not (cue.modal and verb in _OUTCOME_VERBS)
                    and (am := _AGENT_PLURAL.match(text, ss + cut + len(src_phrase[cut:])
                                                   - len(src_phrase[cut:].lstrip()), se2))
                ):
                    # "federal officials said Monday they will …": unnamed officials, police,
                    # lawyers or organisers speak for their own body (not "voters say they …")
                    body = [
                        m[2] for m in _mentions_in(ctx, am.start(), se2)
                        if ctx.actors[m[2]].kind in ("organization", "country", "group")
                    ]
                    # "RJR's executives said they will …", "State Department officials said
                    # they …": a body named in the phrase is the one they speak for
                    subj.ids, subj.explicit, by_source = list(dict.fromkeys(body))[:2], True, True
                    shown = text[am.start() : se2].strip()
                elif not sids and not _NAMED_SOURCE.search(src_phrase):
                    continue
            elif ss < se and words and words[0].lower() == subj_text.lower() == "they":
                # "Since then, they have stated they will contest it": the speakers are the committers,
                # whoever the first "they" refers to
                p0 = ss + cut + len(_words_lead(src_phrase[cut:]))
                tids, texp = _resolve(ctx, p0, p0 + 4)
                if tids and texp:
                    subj.ids, subj.explicit, by_source = tids, True, True
            elif ss < se and words and words[0].lower() == subj_text.lower() in _SAID_SAME:
                # '"…," he said, adding he would never …': the same pronoun as the speaker of
                # the quote just before; the quote's speaker is the committer ("It said it
                # would …" after a sentence about a body: the body the views stage resolved)
                said_kinds = ("person",) if subj_text.lower() != "it" else ("organization", "country")
                qv = next(
                    (
                        v for v in ctx.views
                        if v.speaker and v.speaker_span
                        and ss + cut <= v.speaker_span[0] < se
                        and ctx.actors[v.speaker].kind in said_kinds
                    ),
                    None,
                )
                if qv is not None and qv.speaker:
                    subj.ids, subj.explicit, by_source = [qv.speaker], True, True
        if (
            not by_source
            and not subj.source_span
            and _PRONOUN.fullmatch(subj_text)
            and not text[sent[0] : subj.start].strip()  # (in a quote: someone talked about)
            and (tail := _text_end(text, sent[0], sent[1])[1]) is not None
        ):
            # "He will order a review, X said.", "It will invest $1 billion, Acme said.": a
            # pronoun opening the sentence is the one the closing attribution names, when it
            # agrees with the pronoun and nobody else before it is the pronoun's referent
            # ("Japan and Canada met. They will …, the two sides said": confirmed)
            word = subj_text.lower()
            tids = _ids_in(ctx, tail[0], tail[1]) or _resolve(ctx, tail[0], tail[1])[0]
            fit = [
                a for a in tids
                if ctx.actors[a].kind in _PRONOUN_KINDS[word]
                and coref.agrees(ctx.gender, ctx.actors[a], word)
            ]
            if word == "they" and len(fit) == 1 and ctx.actors[fit[0]].kind == "person":
                fit = []  # one person is no "they" ('They want …, Roe said')
            if fit and (not subj.ids or set(fit) <= set(subj.ids)):
                subj.ids = subj.ids or (fit if word == "they" else fit[:1])
                subj.explicit = by_source = True
        if agent:
            subj.ids, subj.explicit, by_source = agent, True, True
            shown = text[agent_span[0] : agent_span[1]]
        if handover:
            hv = _view_at(ctx, cstart)
            givers = subj.source_ids[:1] or ([hv.speaker] if hv is not None and hv.speaker else [])
            said = _PAREN_SAID.search(text, max(sent[0], subj.start - 80), subj.start)
            if not givers and said is not None:
                # "Once recovered, she added, the files would be given back to …"
                who = said.group("who")
                if who.lower() in ("he", "she"):
                    # the pronoun of a verb of saying is likeliest the last person quoted
                    pid = next(
                        (
                            v.speaker for v in reversed(ctx.views)
                            if v.speaker and v.speaker_span
                            and v.speaker_span[1] <= said.start("who")
                            and ctx.actors[v.speaker].kind == "person"
                            and coref.agrees(ctx.gender, ctx.actors[v.speaker], who.lower())
                        ),
                        None,
                    ) or _last_of(ctx, said.start("who"), ("person",), pronoun=who.lower())
                    givers = [pid] if pid else []
                else:
                    gids, gexp = _resolve(ctx, said.start("who"), said.end("who"))
                    givers = gids[:1] if gexp else []
            if not givers or not (subj.reported or hv is not None or said is not None):
                continue  # "the suspect will be handed over to police": nobody undertakes it
            subj.ids, subj.explicit, by_source = givers, True, True
            subj.reported = subj.reported or said is not None
            shown = ctx.actors[givers[0]].name
        if (
            cue.modal
            and not by_source
            and ("“" in cue_text or '"' in cue_text)
            and subj.ids
            and all(ctx.actors[a].kind == "person" for a in subj.ids)
            and (qv := _view_at(ctx, cstart)) is not None
            and qv.speaker not in subj.ids
            and not _SPOKES_ROLE.search(qv.role or qv.speaker_text or "")
        ):
            continue  # 'a supporter says Cruz will “win big”': someone else's words about him
        if (
            _QUOTE_BEFORE_VERB.search(text, max(sent[0], cstart - 12), cstart)
            and (qv := _view_at(ctx, cstart)) is not None
            and qv.speaker
            and ctx.actors[qv.speaker].kind == "person"
            and qv.speaker not in subj.ids
            and not _SPOKES_ROLE.search(qv.role or qv.speaker_text or "")
        ):
            continue  # 'he said Roe "is going to help us"': a person's words about another
        own_condition = conditional and _own_condition(cond_text, subj_text)
        if conditional and not (
            by_source or liked or own_condition or subj_text.lower() in ("i", "we")
        ):
            continue  # "she said if Y attacked, Z would respond": a hypothetical about others
        if cue.modal and cue.reported_only and _UNTIL_BEFORE.search(text, sent[0], subj.start):
            continue  # "would not leave until X had assurances that Y would give …"
        if cue.modal or cue.id in (
            "bind.signed", "int.expected", "pledge.threat", "int.poised", "pledge.would_be_willing"
        ):
            deal = bool(_DEAL_SUBJECT.search(subj_text))
            ok = subj.explicit or deal or planned or bool(_GENERIC_PARTIES.search(subj_text))
            followed = False
            if (
                not ok
                and (vol or cue.id == "bind.signed")
                and subj.ids
                and (_HE_SHE.fullmatch(subj_text) or subj_text.lower() == "it")
                and _view_at(ctx, cstart) is None
                and _prev_subject(ctx, subj.start, subj_text.lower()) == subj.ids[0]
            ):
                # "X met Y on Monday. He will then travel to Z": the person the story follows,
                # opening the sentence after one he opens, with an act of his own (so "It will
                # …", "It signed …" after a sentence a body or a country opens)
                ok = followed = True
            if (
                not ok
                and vol
                and subj.ids
                and _HE_SHE.fullmatch(subj_text)
                and (sv := _view_at(ctx, cstart)) is not None
                and sv.direct
                and sv.speaker not in subj.ids
                and _SPOKES_ROLE.search(sv.role or sv.speaker_text or "")
            ):
                # '… said Friday that "she would sign this bill"': a spokesman's quote tells
                # the act of the one he speaks for
                ok = followed = True
            if not ok and vol and _NAMED_GROUP.fullmatch(subj_text):
                ok = True  # "the Ricketts family will donate": the name, if it is an actor's
                nid = ctx.by_name.get(" ".join(subj_text.split()[1:-1]).lower())
                subj.ids = [nid] if nid else subj.ids
            if not ctx.actors and not ok:
                ok = subj_text[:1].isupper() and not _NOT_SUBJECT.match(subj_text)
            if not ok or (
                _NOT_SUBJECT.match(subj_text) and not (by_source or followed or planned)
            ):
                continue
            if cue.reported_only and not (
                planned
                or liked  # "the campaign would like to hold a rally": a wish to act, told as such
                or subj.reported
                or _view_at(ctx, cstart)
                # "Under the accord, X would …": a term of a deal, as reported as a said one
                or (under is not None and subj.start >= under.end())
            ):
                continue
            if (
                cue.modal
                and (sfold is None or _ANALYSTS_ANY.search(sfold))
                and _ANALYSTS_SRC.search(text, sent[0], sent[1])
            ):
                v_at = _view_at(ctx, cstart)
                if v_at is None or _ANALYSTS.search(v_at.speaker_text or ""):
                    continue  # a forecast by analysts, or told in their words
        if cue.id == "bind.requires":
            # "Bank covenants require that the firm keep …": the party named after the
            # verb is bound; only terms or an agreement bind (not a law, a job, a situation)
            om = _OBLIGED.match(text, cend, sent[1])
            if not _TERMS_SUBJECT.search(subj_text) or om is None:
                continue
            ob_ids, ob_exp = _resolve(ctx, *_trim(text, om.start("np"), om.end("np")))
            ids_b = ob_ids if ob_exp else []
            subj.ids = list(dict.fromkeys(ids_b + _group(ctx, subj.start, "parties")))
            if not subj.ids:
                continue
            verb_start = om.end() + (3 if text.startswith(" to ", om.end()) else 0)
        elif cue.deal_subject:
            if not _deal_subject(ctx, subj_text, subj.start):
                continue
            subj.ids = _group(ctx, subj.start, "parties")
        strength = "intention" if progressive or liked else cue.strength  # "would be travelling"
        if weighed:
            strength = "ongoing"
        ids = subj.ids
        if cue.id == "pledge.dividend_paid":
            # "The higher payout will be paid March 3 …": the company named last pays it
            payer = ids[0] if ids and subj.explicit else _last_of(ctx, cstart, ("organization",))
            if payer is None:
                continue
            ids, shown = [payer], ctx.actors[payer].name
        if (
            _WE_I_OUR.fullmatch(subj_text)
            and _OPEN_QUOTE.search(text, sent[0], cstart)
            and not _view_at(ctx, cstart)
            and (acc_src := accorded())
        ):
            # first person inside a quote closed by ", X said": the speaker (and country)
            ids = _with_countries(ctx, acc_src[:1]) if subj_text.lower() != "i" else acc_src[:1]
        if cue.modal and _DEAL_SUBJECT.search(subj_text):
            strength = "agreement"
            ids = list(dict.fromkeys(ids + _group(ctx, subj.start, "parties")))
        if cue.possessor:
            pm = re.match(
                r"\w+\s+(.*?)\b(?:commitments?|support|intent|pledges?|resolve|backing|solidarity)",
                cue_text,
                re.IGNORECASE,
            )
            if pm:
                p0 = cstart + pm.start(1)
                extra = _ids_in(ctx, p0, cstart + pm.end(1)) or _named(ctx, pm.group(1))
                if _JOINT_WORD.search(pm.group(1)):
                    extra = extra + _joint_parties(ctx, cstart)  # "affirming the joint resolve"
                if _OUR_MY.search(pm.group(1)):
                    who = _first_person(ctx, cstart)  # "is steadfast in our backing"
                    extra = extra + (_with_countries(ctx, [who]) if who else [])
                if extra:
                    ids = list(dict.fromkeys(extra + ids)) if subj.explicit else extra
        if (
            cue.fact_check
            and low.endswith("that")
            and not re.search(
                r"\b(?:will|would|should|must|shall|can)\b", text[cend : cend + 100], re.IGNORECASE
            )
        ):
                continue
        if cue.fact_check and re.match(
            r"\s*(?:the|its|their)\s+(?:importance|value|significance)\b",
            text[cend : cend + 40],
            re.IGNORECASE,
        ):
            continue
        if (cue.modal or cue.id == "int.plans") and _forecast(text, sent, cstart, cend, slow):
            continue  # "X predicted that Y will …", "Y will …, X forecast": a prediction
        # the committed action
        t0 = verb_start
        while t0 < sent[1] and text[t0] in " \t“”\"‘'":
            t0 += 1
        t1, _ = _text_end(text, t0, sent[1])
        more = _NEW_PAST.search(text, t0, t1)
        if more:
            t1 = more.start()  # "will sell the unit, and took a loss …": a new clause in the past
        if cue.committer_kinds and (cm := _CALL_END.search(text, t0, t1)) is not None:
            t1 = cm.start()  # "X called for A, but Y would …", "…; some cheer when": X's call ends
        if t1 <= t0:
            continue
        if cue.id == "pledge.threat" and _IF_UNLESS.search(text, t0, t1):
            continue  # "threatened to veto the bill if it …": a conditional threat is no undertaking
        cue_shown = text[cstart:cend].strip() if not cue.modal else text[cstart:verb_start].strip()
        if not cue_shown and restraint:
            cue_shown = text[cstart : cstart + 5]  # "won't": the cue stays in the action too
        if _BARE_WORD.fullmatch(text[t0:t1]) and cue.id != "ong.searching":
            # "… patrols along the coast, which X committed to expand": the bare verb's
            # object is the noun phrase the relative clause hangs on
            ant = _antecedent(text, sent[0], subj.start)
            if ant is not None:
                cue_shown = text[cstart:t1]
                t0, t1 = ant
        if cue.needs_actor and not ids and not _INQUIRY_AGENTS.fullmatch(subj_text.strip()):
            continue  # "the stock is selling at a discount": no one's work (unnamed police
            # or investigators "are pursuing 250 leads" still work for their unnamed body)
        if cue.committer_kinds and (
            not ids or any(ctx.actors[i].kind not in cue.committer_kinds for i in ids)
        ):
            continue  # "the union called for a ban on overtime": advocacy, not its own act
        if cue.id == "int.scheduled_for" and not (
            _PRONOUN.fullmatch(subj_text.strip())
            or any(me == subj.end for _ms, me, _i in _mentions_in(ctx, subj.start, subj.end))
        ):
            continue  # "the next GOP debate is set for Dec. 15": a thing on the calendar
        if prev and prev.span[0] <= cstart < prev.span[1]:
            cut = subj.start if subj.start > prev.span[0] else cstart
            pe = cut
            while pe > prev.span[0] and text[pe - 1] in " \t,;":
                pe -= 1
            pe = pe - 3 if text[pe - 3 : pe].lower() == "and" else pe
            while pe > prev.span[0] and text[pe - 1] in " \t,;":
                pe -= 1
            prev.span = (prev.span[0], pe)
        if cue.object_actors or strength == "binding" or cue.id in _OBJECT_IN_TEXT:
            # "signed agreements with Chile", "has an agreement with Kestrel Inc to sell …":
            # the other party of the agreement (only the noun phrase after "with")
            wm = (_PARTY_NP if cue_text[-4:].lower() == "with" else _WITH_PARTY).match(text, t0, t1)
            if wm:
                ids = list(dict.fromkeys(ids + _party_ids(ctx, wm.start("np"), wm.end("np"))))
        if strength in ("agreement", "binding") and cue.id in _TRADE_CUES:
            # "agreed to sell its candy units to Globex", "agreed to acquire Globex": a sale
            # agreed binds the buyer as much as the seller
            tm = _TRADE_PARTY.match(text, t0, t1)
            if tm:
                np = tm.group("to") and "to" or tm.group("from") and "from" or "obj"
                ms_ = _mentions_in(ctx, tm.start(np), tm.end(np))
                for k, (_ms, me, i) in enumerate(ms_[:2]):
                    if ctx.actors[i].kind == "organization" and (k or _PARTY_END.match(text, me)):
                        ids = list(dict.fromkeys([*ids, i]))
                    # "to Globex S.A.'s Globex Foods unit": the parent and its unit both
                    if (
                        k
                        or len(ms_) < 2
                        or not _POSSESSIVE_S.match(text, me)
                        or ms_[1][0] > me + 3
                    ):
                        break
        if cue.id == "agr.extracted":
            # "won an agreement from X to …": X gave it, so X is a party with the winner
            ids = list(dict.fromkeys(ids + _party_ids(ctx, cstart, cend)))
        elif cue.id == "bind.committed_party":
            # "officially committed their countries to an accord": the leaders bind their
            # countries or bodies
            ids = _with_countries(ctx, ids)
        if cue.id == "bind.credit":
            # "has extended Acme $40 million of credit": the borrower named before the sum
            am = _SUM_START.search(text, t0, t1)
            ids = list(dict.fromkeys(ids + _ids_in(ctx, t0, am.start() if am else t0)))
        if sfold is None or "behalf" in sfold:
            bm = _ON_BEHALF.search(text, sent[0], t1)
            if bm is not None and (bm.start() < subj.start or bm.start() >= t0):
                # "On behalf of Japan, X signed …", "X signed it on behalf of Japan"
                ids = list(dict.fromkeys(ids + _party_ids(ctx, bm.start("np"), bm.end("np"))))
        if len(ids) == 1 and ctx.actors[ids[0]].kind == "person":
            ids = ids + _principal(ctx, ids[0], subj_text)
        source = subj.source_ids[0] if subj.source_ids else None
        view = _view_at(ctx, cstart)
        if view and view.speaker and source is None:
            source = view.speaker
        if made:
            strength = _instrument_strength(made.split("|")[0], made.split("|")[1], len(ids))
            if cue.id == "int.plan_designed":
                strength = "intention"
        rec = _Rec(
            ids,
            _drop_asides(shown),
            cue_shown,
            (t0, t1),
            sent,
            strength,
            cue.id,
            source,
            subj.end,
            subj.start,
        )
        if cue.id == "int.plan_designed" and (nc := _NEW_SUBJECT.search(text, t0, t1)):
            rec.span = (t0, nc.start())  # "While X's plan is meant to …, it leaves …"
        if cue.id == "int.plan_calls_for":
            # "the plan calls for A, B and C": one record per item
            items = _split_items(text, t0, t1)
            if len(items) > 1:
                recs.extend(replace(rec, span=sp, spans=[]) for sp in items[:-1])
                rec.span = items[-1]
        recs.append(rec)
        if len(ids) >= 2:
            ctx.groups.append((subj.start, tuple(ids)))
    if under and not recs:
        # "Under the accord, the first 40,000 tonnes … are subject to 5%": a term of the deal
        t1, _ = _text_end(text, under.end(), sent[1])
        if t1 > under.end() and not _NEG.search(text, under.end(), t1):
            # "Under the accord, X and Y would become shareholders": the deal binds X and Y
            um = _DEAL_TERM_SUBJECT.match(text, under.end(), t1)
            bound = _resolve(ctx, *_trim(text, um.start("s"), um.end("s")))[0] if um else []
            recs.append(
                _Rec(
                    bound or _group(ctx, sent[0], "parties"),
                    text[um.start("s") : um.end("s")].strip()
                    if bound and um
                    else text[under.start("deal") : under.end("deal")],
                    text[under.start("cue") : under.end("deal")],
                    (under.end(), t1),
                    sent,
                    "agreement",
                    "agr.under_deal",
                    None,
                    under.end("deal"),
                    under.start("deal"),
                )
            )
    acc_src = accorded() if recs or (out and carry) else []
    for r in recs:
        if r.source is None and acc_src:
            r.source = acc_src[0]
    # "They stressed ..., according to a ministry statement": the attribution covers the run
    if acc_src and out and carry:
        for r in reversed(out):
            if r.sentence[1] <= sent[0] and sent[0] - r.sentence[1] < 400 and r.source is None:
                r.source = acc_src[0]
            else:
                break
    for r in recs:
        if not _characterised(ctx, r):
            out.extend(_split_list(text, r))


# a condition on the committer's own coming to office: "if elected", "if re-elected"
_OWN_PARTICIPLE = lazy(r"(?:re-?)?(?:elected|chosen|confirmed|nominated|appointed)\b", re.IGNORECASE)
# "if his candidate were to win", "if her boss wins": the one a spokesman or aide speaks for
_OWN_PRINCIPAL = lazy(
    r"(?:his|her|their)\s+(?:candidate|boss|client|principal|employer)\s", re.IGNORECASE
)
_COND_PRONOUN = lazy(r"(?P<p>he|she|they|we|I)\s", re.IGNORECASE)


_QUANTIFIED = lazy(r"[\s“\"‘'`]*(?:many|some|several|other|others|few|most|a\s+number)\b", re.IGNORECASE)


def _own_refusal(ctx: _Ctx, sent: Span, said: int, subj: _Subject) -> bool:
    """A reported refusal ("X said she would not …") is X's own when the pronoun's actors are
    the ones the reporting clause names as its subject, no quantified group ("Many X said")."""
    if not subj.ids or _QUANTIFIED.match(ctx.doc.text, sent[0]):
        return False
    named = set(_ids_in(ctx, sent[0], said))
    return set(subj.ids) <= named


def _own_condition(cond: str, subj_text: str) -> bool:
    """Is a condition before a reported "would" one on the committer's own future ("she said
    if elected she would sign", "if she wins, she would", "a spokesman said if his candidate
    were to win, she would sign")? Then the "would" is the committer's conditional pledge, as
    the gold sets list it; a condition on others or on events stays a hypothetical."""
    if _OWN_PARTICIPLE.match(cond):
        return True  # "if elected, Roe will …": the participle's subject is the main one
    pron = subj_text.lower()
    if pron not in ("he", "she", "they"):
        return False
    pm = _COND_PRONOUN.match(cond)
    if pm is not None:
        return pm.group("p").lower() == pron
    return _OWN_PRINCIPAL.match(cond) is not None


def _own_if_before(text: str, lo: int, subj_start: int, subj_text: str) -> bool:
    """Does an "if" clause on the committer's own future end right before the subject ("if
    elected, she will sign", "If she wins, she would …")?"""
    at = text.rfind("if ", lo, subj_start)
    if at < 0:
        at = text.rfind("If ", lo, subj_start)
    if at < 0 or (at > 0 and text[at - 1].isalnum()):
        return False
    om = _OWN_IF.match(text, at + 3, subj_start)
    return (
        om is not None
        and not text[om.end() : subj_start].strip()
        and _own_condition(text[at + 3 : om.end() - 1], subj_text)
    )


def _characterised(ctx: _Ctx, r: _Rec) -> bool:
    """A record that is no undertaking of its actor: a bare fragment with nobody committed, a
    statement of fact after a cue-like verb, a predicted consequence, an accusation, or another
    speaker's attack on the committer's aims (data/commitment_characterisations.json)."""
    text = ctx.doc.text
    s0, s1 = r.span
    if (
        not r.actors
        and " " not in text[s0:s1].strip()
        and not _INQUIRY_AGENTS.fullmatch(r.actor_text.strip())
    ):
        return True  # "provoke", "their ancestors": no committer, no act (police searching
        # for "accomplices" are at work)
    if _STATEMENT.match(text, s0, s1):
        return True  # 'vowed: "this was a horrific crime"'
    if _STATE.match(text, s0, s1):
        return True  # "were ready to return to normal": a state, not an act
    if r.rule == "int.scheduled" and r.actor_text.rsplit(None, 1)[-1:] and (
        r.actor_text.rsplit(None, 1)[-1].lower() in _DISPOSITION
    ):
        return True  # "his first instinct is to blame the press": a trait
    if text[s0:s1].strip(" .!?\"”’'").lower() == "make sure":
        return True  # "We want to make sure.": the act is missing
    if (
        _WE_I_OUR.fullmatch(r.actor_text.strip())
        and _WANT_CUE.fullmatch(r.cue.strip())
        and _SPEECH_TURN.match(text, s0, s1)
    ):
        return True  # "I want to tell you …": a turn of speech
    if (
        r.rule == "pledge.will"
        and r.cue[:1] == "W"
        and r.subj_end > r.sentence[0]
        and text[r.sentence[0] : r.subj_end].split()[-1:] != []
        and text[r.sentence[0] : r.subj_end].split()[-1][:1].isupper()
        and text[r.subj_end : s0].lstrip().startswith("Will")
    ):
        return True  # "columnist George Will reignited …": the name Will, no modal
    if (
        _PAST_ATTEMPT_CUE.fullmatch(r.cue.strip())
        and not _REPORTING_VERB.search(text, r.sentence[0], s0)
        and not _REPORTING_VERB.search(text, s1, r.sentence[1])
    ):
        return True  # "as she was looking to …": a past attempt, no undertaking now
    if r.rule == "pledge.would" and _PURPOSE_BEFORE.search(
        text, max(r.sentence[0], r.subj_end - 24), r.subj_end
    ):
        return True  # "had him read aloud so I would learn …": a purpose, no pledge
    tail = text[s0 : min(r.sentence[1], s1 + 40)]
    if " but " in tail and _UNDONE.match(tail):
        return True  # "wants to release them but can't": undone in the same breath
    if r.rule not in _ASCRIBED or _WE_I_OUR.fullmatch(r.actor_text.strip()):
        return False  # the actor's own words, or an explicit "vowed/pledged to"
    sent0 = r.sentence[0]
    if not _BELIEF_WORDS.isdisjoint(w.strip(",;:") for w in r.actor_text.lower().split()):
        return True  # "He also thinks Cruz will win", "I think he's trying to": a belief
    if r.rule in ("pledge.will", "pledge.would", "int.going_to"):
        if _CONSEQUENCE.match(text, s0, s1):
            return True  # "the party will pay a high price", "the merger would dilute earnings"
        if _outcome_subject(r.actor_text):
            return True  # "the country's entry into NATO will consolidate security": an effect
        before = text[max(sent0, r.subj_start - 40) : r.subj_start].split()
        if before and before[-1].lower() == "that":
            before.pop()
        if before and before[-1].strip("\"“”'‘’(").lower() in _BELIEF_WORDS:
            return True  # "… is confident that Cruz will …"
        if _BELIEF_NOUN_THAT.search(text, max(sent0, r.subj_start - 60), r.subj_start):
            return True  # "her forecast last spring that Japan would …": a forecast recalled
        if _JUDGED.search(text, max(sent0, r.subj_start - 50), r.subj_end):
            return True  # "It is unlikely that Cruz will …": the writer's forecast
    if r.source in r.actors:
        return False
    if r.source is not None:
        by = _BY_ING.search(text, s0, min(s1, s0 + 80))
        lead = _LY_WORD.match(text, s0, s1)  # "to really distract attention": the verb after
        a0 = lead.end() if lead else s0
        if _ATTACK.match(text, a0, s1) or (by and _ATTACK.match(by.group(1))):
            src = ctx.actors.get(r.source)
            own = src is not None and (
                bool(src.title and _SPOKES.search(src.title))
                or any(
                    src.affiliation == a.name
                    for a in (ctx.actors.get(i) for i in r.actors)
                    if a is not None
                )
            )
            if not own:
                return True  # "He wants to exploit the tragedy," a rival said
    if r.nominal or r.subj_start <= sent0:
        return False
    lo = max(sent0, r.subj_start - 300)
    if not _ACCUSE_STEM.search(text, lo, r.subj_start):
        return False
    af = _ACCUSE_FRAME.search(text, lo, r.subj_start)
    # "The council charged that the mayor is trying to …" (the accusing verb after its own
    # subject, not a sentence-initial "Accused of fraud, X will …", not a ", which" clause)
    return (
        af is not None
        and bool(text[sent0 : af.start()].strip())
        and not _REL_CLAUSE.search(af.group())
    )


def _attribution(ctx: _Ctx, sent: Span) -> list[str]:
    """Actor ids of a sentence-final attribution (", X said", "according to X", ", he said")."""
    text = ctx.doc.text
    _, tail = _text_end(text, sent[0], sent[1])
    if not tail:
        return []
    acc_src = _ids_in(ctx, tail[0], tail[1])
    if not acc_src and (hm := _HE_SHE.match(text[tail[0] : tail[1]])):
        pid = _last_of(ctx, tail[0], ("person",), pronoun=hm.group())
        acc_src = [pid] if pid else []
    return acc_src


_POSSESSIVE = lazy(
    r"(?:(?P<apos>[’']s?)|\b(?P<pron>his|her|their|its|our|my))\s+[\"“‘`]*(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# Before "plan(s)/pledge(s) to" read as a noun: a possessor and at most an adjective, so that
# "Their leaders pledge to" stays a verb.
_POSSESSIVE_NOUN = lazy(
    r"(?:[’']s?|\b(?:his|her|their|its|our|my))\s+(?:(?-i:[a-z]{2,}ly)\s+)?"
    r"(?:(?:new|latest|own|stated|earlier|ambitious|grand|original|initial|previous|current|"
    r"bold|broad|controversial|sweeping|secret|final|main|major|overall|ultimate|"
    r"(?-i:[a-z]+ed)|(?-i:[a-z0-9]+-[a-z-]+))\s+){0,2}$",
    re.IGNORECASE,
)
# "his announced plans to", "its previously announced plan to": the owner's possessive right
# before an announcing participle read as an adjective
_POSSESSIVE_BEFORE = lazy(
    r"(?:(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bwho)(?<!\bwhat)(?<!\bhere)[’']s?|"
    r"\b(?:his|her|their|its|our|my))\s+(?:(?-i:[a-z]{2,}ly)\s+)?$",
    re.IGNORECASE,
)
_NEW_PAST = lazy(
    r",\s+and\s+(?:(?:he|she|they|it|we|I)\s+)?(?:\w+ly\s+)?(?:(?:took|made|gave|got|had|was|were|"
    r"paid|sold|won|lost|fell|rose|saw|left|went|came|held|kept|said|told|began|became|urged|"
    r"asked|called)\b|(?-i:[a-z]{3,}ed)\s+(?:the|a|an|his|her|its|their|to|that)\b)",
    re.IGNORECASE,
)
# An amount inside a cause or circumstance belongs to another event ("… in the wake of a loss of
# $7 million", "after a $2 billion charge")
_DIGIT = lazy(r"\d")
_AMOUNT_STOP = lazy(
    r"\b(?:in\s+the\s+wake\s+of|because\s+of|due\s+to|as\s+a\s+result\s+of|owing\s+to|"
    r"following|after|amid|reflecting|despite|compared\s+with)\b",
    re.IGNORECASE,
)
# "Japan's pledge to … was welcomed by …": how the pledge was received, the pledge stands
# the main verb of a clause opened by a pledge noun, told in a form _FINITE_AFTER leaves alone
# (an irregular past, a present of judgement): "… to cut emissions by 2050 drew praise"
_NOMINAL_MAIN = lazy(
    r"(?<=[a-z0-9%])\s+(?:\w+ly\s+)?(?:drew|won|got|met|faced|faces|came|became|brought|"
    r"remains|remained|stands|stood|seems|seemed|appears|appeared|sparked|prompted|triggered|"
    r"earned|has\s+(?:drawn|"
    r"won|faced|sparked|prompted|met|become|come|been)|have\s+(?:drawn|won|faced|sparked|"
    r"prompted|met|become|come|been))\s+(?!to\b)",
)
# common verbs of a pledge that _VOL leaves out, after "commitment to"
_COMMIT_VERBS = frozenset(("improve", "help", "keep", "make", "ensure", "bring", "do", "get"))
# a fronted prepositional phrase that holds the pledge noun, closed by a comma
_FRONTED_PP = lazy(
    r"[\s“\"‘'`]*(?:in\s+(?:response|reply|reaction)\s+to|after|following|despite|amid|"
    r"because\s+of|given|since|before|over|against)\s+[^,;]*$",
    re.IGNORECASE,
)
_IF_UNLESS = lazy(r"\b(?:if|unless)\b", re.IGNORECASE)
# critics, opponents of a plan: their case, not the plan's owner's act
_CRITICS_OF = lazy(
    r"\b(?:critics?|opponents?|foes?|detractors?|skeptics?|sceptics?|critiques?|criticism)\s+"
    r"of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RECEIVED = lazy(r"(?<=was|ere)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b", re.IGNORECASE)
_MAIN_GOES_ON = lazy(r",?\s+and\s+(?:\w+ly\s+)?(?-i:[a-z]+ed)\b(?!\s+(?:by|to|in)\b)")
_DROPPED = lazy(
    r"\b(?:abandon|scrap|drop|revers|withdr|cancel|shelv|rescind|revok|suspend|halt)\w*\s+"
    r"(?:[\w’'.-]+\s+){0,5}$",
    re.IGNORECASE,
)


# Unnamed parties that can undertake something ("Leading steel makers will cut output").
_GENERIC_PARTIES = lazy(
    r"\b(?-i:[a-z-]+\s+)?(?:makers|producers|manufacturers|companies|firms|carriers|airlines|"
    r"banks|lenders|exporters|importers|operators|utilities|automakers|insurers|retailers|"
    r"refiners|ministries|governments|donors|members)$",
    re.IGNORECASE,
)
_DEAL_WORD = lazy(
    r"\b(?:deal|agreement|accord|pact|treaty|memorandum|arrangement|framework|declaration|"
    r"statement|partnership|charter|convention)s?\b",
    re.IGNORECASE,
)


_NAMED_POSSESSOR = lazy(r"(?P<n>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})\s*[’']s?(?:\s|$)")


# the party named right after a cue ending in "with" ("joined forces with X to …")
def _family_plural(ctx: _Ctx, m: tuple[int, int, str]) -> bool:
    """ "The Ebelings said they …": a family named by its plural surname is a "they"."""
    text = ctx.doc.text
    last = ctx.actors[m[2]].name.split()[-1]
    word = _FIRST_WORD.match(text, m[1] - len(last), m[1] + 2)
    if word is not None and word.group() == last + "s":
        return True  # "the Smiths" marked as a mention of Smith
    return last.endswith("s") and any(  # an actor "Smiths" beside a person "Ann Smith"
        a.kind == "person" and a.name.endswith(" " + last[:-1]) for a in ctx.actors.values()
    )


_AND_SAID = lazy(r"\band\s*$", re.IGNORECASE)
# a sentence opening with unnamed agents as the subject of a verb ("Lawyers for the family sent")
_AGENT_LEAD = lazy(
    r"(?:[A-Za-z.’'-]+\s+){0,3}?(?:officials|authorities|police|prosecutors|lawyers|attorneys|"
    r"investigators|lawmakers|legislators|negotiators|organi[sz]ers|protesters|demonstrators|"
    r"relatives|aides|diplomats|officers|regulators|executives|activists|rebels|commanders|"
    r"strikers|unions)\b(?:\s+(?:for|of|from|in|at)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)??"
    r"(?=\s+(?:[a-z]+ed|sent|met|went|made|took|gave|wrote|filed|told|have|had|are|were)\b)",
    re.IGNORECASE,
)
_SAID_SAME = ("he", "she", "it")  # "he said he would …": the same pronoun twice
_APPOSITION_OPEN = frozenset(("a", "an", "said", "says", "told", "added"))
_CLAUSE_AFTER_DASH = lazy(r"\s*(?:and|but|or|so|he|she|it|they|we|i)\b", re.IGNORECASE)
_RELATIVE_ASIDE = lazy(r"[^,]{2,80},\s+(?:which|who)\s")
# after the aside a concessive, causal or conditional clause, not the named subject's own
# going on: "X, who …, has toyed with Y, though he has ruled out that he would" ("X, who …, is
# crucial, and while he said he'd" goes on with X)
_ASIDE_THEN_CLAUSE = frozenset((
    "though", "although", "whereas", "because", "as", "if", "when", "so", "yet", "since",
    "after", "before", "unless", "until", "whether", "where",
))
_AUX_OPEN = frozenset(("has", "have", "had", "is", "was", "also", "later", "then"))
_PARTY_NP = lazy(
    r"(?P<np>[^,;]{1,80}?)(?=\s+(?:to|on|that|for|in|which|over|under)\b|[,;]|\.?$)"
)
_ON_BEHALF = lazy(
    r"\bon\s+behalf\s+of\s+(?P<np>[^,;]{1,60}?)(?=\s*[,;.]|\s*$|\s+(?:to|and|at|in|on)\b)",
    re.IGNORECASE,
)
_COUNSEL_TITLE = lazy(
    r"\b(?:lawyer|attorney|counsel|spokes(?:man|woman|person)|press\s+secretary)\b", re.IGNORECASE
)
_US_NAMES = ("united states", "united states of america", "u.s.", "us", "usa")
_ADMINISTRATION = lazy(r"(?i:the\s+)?[A-Z][\w.’'-]+\s+administration$")


def _principal(ctx: _Ctx, pid: str, subj_text: str) -> list[str]:
    """Whom a person's act binds besides them: a lawyer's or spokesperson's client or body
    ("his attorney offered to …": the client too), a president's administration its country
    ("the Obama administration has promised …")."""
    a = ctx.actors[pid]
    if a.affiliation and _COUNSEL_TITLE.search(a.title or ""):
        cid = ctx.by_name.get(a.affiliation.lower())
        return [cid] if cid and cid != pid else []
    if _ADMINISTRATION.fullmatch(subj_text.strip()):
        # "the X administration" for a government named after its leader is American usage
        cid = ctx.by_name.get((a.country or "").lower()) or next(
            (ctx.by_name[n] for n in _US_NAMES if n in ctx.by_name), None
        )
        return [cid] if cid and cid != pid else []
    return []


def _party_ids(ctx: _Ctx, start: int, end: int) -> list[str]:
    """The other party of an agreement, text[start:end] after "with": the actors named there,
    else the body a description points to ("a settlement with the federal government")."""
    ids = _ids_in(ctx, start, end + 1)
    if ids:
        return ids
    s, e = _trim(ctx.doc.text, start, end)
    m = _SINGULAR.match(ctx.doc.text[s:e])
    if m and m.group("country") and _FEDERAL.match(m.group("country")):
        home = _home_country(ctx)  # "the federal government": the article's own country
        return [home] if home else []
    if m and (m.group("org") or m.group("country")):
        return _resolve(ctx, s, e)[0]
    return []


_FEDERAL = lazy(r"the\s+(?:federal|national|central)\s", re.IGNORECASE)


# The counterparty of a sale or purchase agreed: "sell X to <buyer>", "buy X from <seller>",
# "acquire <firm>" / "purchase <firm>'s unit" / "merge with <firm>" (an organisation only)
_TRADE_CUES = frozenset(("agr.agreed", "bind.signed", "bind.concluded"))
_TRADE_PARTY = lazy(
    # a letter of intent or an agreement signed "to buy Globex": the paper's purpose is the trade
    r"(?:(?:an?\s+)?(?:letter\s+of\s+intent|(?:definitive\s+|preliminary\s+)?agreement|"
    r"contract|accord)\s+)?"
    # the goods sold may be a list ("its A, B and C units to Globex")
    r"(?:to\s+)?(?:(?:sell|transfer)\s+[^;:]{1,80}?\s+to\s+(?P<to>(?:the\s+)?[A-Z][^,;:]{0,60})|"
    r"(?:buy|purchase|acquire)\s+[^,;:]{1,80}?\s+from\s+(?P<from>(?:the\s+)?[A-Z][^,;:]{0,60})|"
    # "the stake it agreed to acquire in Globex's unit"
    r"(?:buy|purchase|acquire|merge\s+with|take\s+over)\s+(?:in\s+)?"
    r"(?P<obj>(?-i:[A-Z])[^,;:]{0,60}))",
    re.IGNORECASE,
)
# the counterparty's name ends its noun phrase ("to Globex, a maker of …", "Globex's unit")
_PARTY_END = lazy(
    r"(?:[’']s\b|\s*(?:[,;:.)]|$)|\s+(?:for|in|at|by|from|and|under|through|over|on|to|if|"
    r"subject|pending|once|when|after|before|within)\b)"
)
_WITH_PARTY = lazy(
    r"(?:[\w’'-]+\s+){0,5}?(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand\w+|"
    r"contracts?|declarations?|partnerships?|settlements?|understandings?|compromises?|truces?)"
    r"\s+with\s+(?P<np>[^,;]{1,80}?)"
    r"(?=\s+(?:to|on|that|for|in|which|over|under|covering|worth)\b|[,;]|\.?$)",
    re.IGNORECASE,
)


_RELATIVE = lazy(r",?\s+(?:which|that)\s+$", re.IGNORECASE)
_NP_OPENER = lazy(
    r".*(?:\b(?:of|to|for|about|on|in\s+favou?r\s+of|welcomed|supported|backed|praised|"
    r"affirmed|underscored|stressed)\s+|[,;:]\s+)",
    re.IGNORECASE,
)


def _antecedent(text: str, lo: int, subj_start: int) -> Span | None:
    """The noun phrase before ", which <subject> <cue> <verb>.", back to its preposition or
    verb ("the value of [coastal patrols in the gulf], which …")."""
    rel = _RELATIVE.search(text, max(lo, subj_start - 12), subj_start)
    if rel is None:
        return None
    end = rel.start()
    start = max(lo, end - 100)
    op = _NP_OPENER.match(text, start, end)
    start = op.end() if op else start
    if end - start < 3:
        return None
    return start, end


_BY_STOP = lazy(r"\s+(?:in|at|on|last|this|during|after|before|to|for)\s")


def _signed_by(
    ctx: _Ctx, sent: Span, cstart: int, cend: int, bym: re.Match[str], cue: _Cue
) -> _Rec | None:
    """ "the Feb. 23 accord signed by X and Y": X and Y bound by the agreement named before."""
    text = ctx.doc.text
    by1 = bym.end("by")
    stop = _BY_STOP.search(text, bym.start("by"), by1)
    by0, by1 = _trim(text, bym.start("by"), stop.start() if stop else by1)
    while by1 > by0 and text[by1 - 1] in ".!?”\"’'":
        by1 -= 1
    ids = _ids_in(ctx, by0, by1)
    if not ids:
        return None
    lo = max(sent[0], cstart - 80)
    det = None
    for det in _DETERMINER.finditer(text[lo:cstart]):
        pass
    t0 = lo + det.start() if det else lo
    t1 = cstart
    while t1 > t0 and text[t1 - 1] in " \t,":
        t1 -= 1
    if t1 <= t0:
        return None
    return _Rec(
        ids, text[by0:by1], text[cstart:cend], (t0, t1), sent, cue.strength,
        cue.id + "+by", None, by1, by0,
    )


_BY_END = lazy(r"[,;:(]|\.(?:\s|$)|\s+(?:and|plus|in|on|for|to|after|as)\s")
_REWARD_NP = lazy(r"\b(?:an?|the|its|their|his|her)\s+(?:[\w$€£.,-]+\s+){0,3}?$", re.IGNORECASE)


_RULING_BY_IDS = frozenset(("bind.ruling_by", "nom.decision_by", "nom.effort_by"))
# after "ruling by": its maker, then "to <verb>" or "that" with an obligation
_RULING_MAKER = lazy(
    r"\s+(?P<by>[^,;:“”\"`]{2,80}?)\s*,?\s+(?:``|[“\"‘])?(?:to\s+(?=[a-z]+\s)|that\s+(?=[^;.]{0,100}?\b"
    r"(?:must|should|shall|(?:is|are)\s+to|be\s+[a-z]+ed)\b))"
)


_NOT_MAKER = lazy(
    r"\b(?:that|who|which|whether|on|about|over|he|she|it|they|we|i|is|was|were|are|had|has)\b",
    re.IGNORECASE,
)


def _ruling_by(ctx: _Ctx, sent: Span, cstart: int, cend: int, cue: _Cue) -> _Rec | None:
    """ "Monday's ruling by the agency to deport him by May 1", "the decision, announced
    Friday by X, that the plant must close": X (and the body an official of it acts for)
    commits to what follows "to" or "that"."""
    text = ctx.doc.text
    m = _RULING_MAKER.match(text, cend, sent[1])
    if (
        m is None
        or _NOT_MAKER.search(m.group("by"))
        or _NEG.search(text, max(sent[0], cstart - 16), cstart)
        or (cue.id == "nom.effort_by" and _PAST_BID.search(text, max(sent[0], cstart - 40), cstart))
    ):
        return None  # "a decision by X that he needed to …", "by X on whether to …"
    ids = _with_countries(ctx, _ids_in(ctx, m.start("by"), m.end("by")))
    if not ids:
        return None
    t1, _ = _text_end(text, m.end(), sent[1])
    if t1 <= m.end():
        return None
    return _Rec(
        ids, text[m.start("by") : m.end("by")], text[cstart:cend], (m.end(), t1), sent,
        cue.strength, cue.id, None, m.end("by"), m.start("by"),
    )


def _reward_by(ctx: _Ctx, sent: Span, cstart: int, cend: int, cue: _Cue) -> _Rec | None:
    """ "a $500,000 reward announced earlier by X": X offers the reward named before."""
    text = ctx.doc.text
    stop = _BY_END.search(text, cend, sent[1])
    by0, by1 = _trim(text, cend, stop.start() if stop else sent[1])
    np = _REWARD_NP.search(text, max(sent[0], cstart - 40), cstart)
    if by0 >= by1 or np is None:
        return None
    ids = _ids_in(ctx, by0, by1)
    t1 = text.index(" ", cstart)  # the reward noun ends the action
    return _Rec(
        ids, text[by0:by1], text[t1 + 1 : cend].strip(), (np.start(), t1), sent, cue.strength,
        cue.id, None, by1, by0,
    )


# the end of the agent after "being sought by" (not "and": "by the EU and member states")
_BEING_BY_END = lazy(
    r"[,;:(]|\.(?:\s|$)|\s+(?:plus|in|on|for|to|after|as|at|since|with|under|from|who|which|"
    r"that|because|while|when)\s"
)
_BEING_AUX = lazy(
    r"\s*\b(?P<aux>(?:is|are|am|was|were|(?:has|have|had)\s+been)\s+(?:(?:now|currently|still|also|"
    r"already|\w+ly)\s+)?)?$",
    re.IGNORECASE,
)
# unnamed people whose trade is an inquiry or a search: their work under way is the body's
_INQUIRY_WORDS = (
    r"(?:(?:the|some|many|several|federal|state|local|military|foreign|(?-i:[A-Z][\w.-]*))\s+)"
    r"{0,2}(?:police|authorities|investigators|detectives|prosecutors|agents|troopers|"
    r"inspectors|officials|regulators|rescuers|searchers)"
)
_INQUIRY_AGENTS = lazy(_INQUIRY_WORDS, re.IGNORECASE)
# "leads for detectives trying to": the agents as the object of a preposition
_INQUIRY_OBJECT = lazy(
    r"\b(?:for|to|with|among|by|from|of|help|helping|helped)\s+(?P<np>" + _INQUIRY_WORDS + r")\s+$",
    re.IGNORECASE,
)
_THING_OPEN = lazy(r"\b(?:the|an?|this|that|these|those|its|their|his|her|our|my)\s", re.IGNORECASE)
_CLAUSE_MARK = lazy(r"[,;:(―—–]|--")
# a reporting verb opening the clause of a past progressive told as the report's present
_REPORTED_BEFORE = lazy(
    r"(?:\b(?:said|says|reported|reports|told\s+[\w.]+|announced|added|confirmed|stated)\s+"
    r"(?:(?:on\s+)?\w+day\s+|today\s+|yesterday\s+)?(?:that\s+)?|,?\s+and\s+that\s+)"
    r"(?P<gap>(?:[\w.’'-]+\s+){1,3})$",
    re.IGNORECASE,
)
# a subject between the reporting verb and the cue holds no clause of its own
_GAP_CLAUSE = lazy(
    r"\b(?:because|when|while|as|after|before|since|if|until|once|(?-i:[a-z]+ed))\b", re.IGNORECASE
)


def _agents_trying(ctx: _Ctx, sent: Span, cstart: int, cend: int, cue: _Cue) -> _Rec | None:
    """ "new leads for detectives trying to find the driver": unnamed investigators at
    work (their body when the phrase names one: "FBI agents"); only after a preposition, as
    the sentence's subject ("Police trying to clear the road fired") it is a past scene."""
    text = ctx.doc.text
    am = _INQUIRY_OBJECT.search(text, max(sent[0], cstart - 60), cstart)
    if am is None:
        return None
    t0 = cend
    while t0 < sent[1] and text[t0] in " \t":
        t0 += 1
    t1, _ = _text_end(text, t0, sent[1])
    if t1 <= t0:
        return None
    a0, a1 = am.span("np")
    return _Rec(
        _ids_in(ctx, a0, a1), text[a0:a1], text[cstart:cend], (t0, t1), sent, cue.strength,
        cue.id, None, a1, a0,
    )


def _being_by(ctx: _Ctx, sent: Span, cstart: int, cend: int, cue: _Cue) -> _Rec | None:
    """ "X is being sought by the FBI", "the effort is being led by Acme": the named agent
    after "by" works on the thing before "being" (an unnamed agent, a possessor's people or a
    past progressive gives no record)."""
    text = ctx.doc.text
    stop = _BEING_BY_END.search(text, cend, sent[1])
    by0, by1 = _trim(text, cend, stop.start() if stop else sent[1])
    while by1 > by0 and text[by1 - 1] in ".!?”\"’'":
        by1 -= 1
    if by0 >= by1 or _POSSESSIVE_S.search(text, by0, by1):
        return None  # "by several of Roe's rivals": Roe's people, not Roe
    lo = max(sent[0], cstart - 100)
    aux = _BEING_AUX.search(text, lo, cstart)
    t1 = aux.start() if aux else cstart
    if aux and aux.group("aux") and aux.group("aux")[:3].lower() in ("was", "wer", "had"):
        return None  # "he was being questioned by": a past background
    if _NEG.search(text, max(sent[0], cstart - 16), cstart):
        return None
    seg0 = lo
    for cm in _CLAUSE_MARK.finditer(text, lo, t1):
        seg0 = cm.end()
    det = None
    for det in _THING_OPEN.finditer(text, seg0, t1):
        pass
    t0 = det.start() if det else seg0
    while t0 < t1 and text[t0] in " \t“”\"‘'":
        t0 += 1
    if t1 <= t0:
        return None
    ids = _with_countries(ctx, _ids_in(ctx, by0, by1))
    if not ids:
        return None
    return _Rec(
        ids, text[by0:by1], text[cstart:cend], (t0, by1), sent, cue.strength, cue.id, None,
        by1, by0,
    )


def _by_surname(ctx: _Ctx, name: str, pronoun: str = "") -> str | None:
    """The one actor named `name` in full or whose name ends with it (a surname), else None;
    with a pronoun, people the text shows to be of the other gender are passed over ("Clinton's
    team says she will …" with two Clintons, one a man)."""
    if not _PROPER_NAME.fullmatch(name):
        return None
    aid = ctx.by_name.get(name.lower())
    if aid and not pronoun:
        return aid
    tail = " " + name.lower()
    found = {
        a.id for a in ctx.actors.values()
        if a.kind == "person"
        and (a.name.lower().endswith(tail) or a.id == aid)
        and (not pronoun or coref.agrees(ctx.gender, a, pronoun))
    }
    return found.pop() if len(found) == 1 else None


def _surface_actor(ctx: _Ctx, word: str) -> str | None:
    """The one actor that a capitalised surface form names elsewhere in the text, else None."""
    if not word[:1].isupper():
        return None
    text = ctx.doc.text
    found = {a.id for a in ctx.actor_list if any(text[s:e] == word for s, e in a.mentions)}
    return found.pop() if len(found) == 1 else None


def _named(ctx: _Ctx, phrase: str) -> list[str]:
    """An actor named by a possessive the actors stage did not mark ("the United States’")."""
    m = _NAMED_POSSESSOR.search(phrase)
    aid = ctx.by_name.get(m.group("n").lower()) if m else None
    if m and not aid:
        aid = _by_surname(ctx, m.group("n"))  # "Brenner's proposal" after "Daniel Brenner"
    return [aid] if aid else []


def _joint_parties(ctx: _Ctx, pos: int) -> list[str]:
    """The parties of a joint act: the authors a "Joint Statement by X and Y" headline names,
    else the last group of committed parties."""
    head = ctx.doc.article.headline_span
    text = ctx.doc.text
    if head and _HEADLINE_JOINT.search(text[head[0] : head[1]]):
        hid = _ids_in(ctx, head[0], head[1])
        if len(hid) >= 2:
            return hid
    return _group(ctx, pos, "parties")


def _deal_subject(ctx: _Ctx, subj_text: str, pos: int) -> bool:
    """ "The agreement establishes …", or "It"/"This" with an agreement named shortly before."""
    if _DEAL_SUBJECT.search(subj_text):
        return True
    if not _IT_THIS.fullmatch(subj_text):
        return False
    return bool(_DEAL_WORD.search(ctx.doc.text, max(0, pos - 600), pos))


def _past_year(ctx: _Ctx, text: str, start: int, end: int) -> bool:
    """True when text[start:end] dates its act "in <year>" before the article's year."""
    ref = ctx.doc.article.reference_date or ctx.doc.article.published
    m = _PAST_YEAR.search(text, start, end)
    return bool(m and ref and int(m.group()[-4:]) < int(ref[:4]))


def _nominal(
    ctx: _Ctx, sent: Span, m: re.Match[str], cue: _Cue, floor: int, prev: _Rec | None
) -> _Rec | None:
    """ "welcomed the Premier's decision to raise spending", "his determination to",
    "Chile and Peru's signing of the agreement": the possessor commits, the subject of the
    sentence (who welcomed it) is the source."""
    text = ctx.doc.text
    cstart = m.start()
    pm = _POSSESSIVE.search(text, max(sent[0], cstart - 40), cstart)
    if pm is None and cue.id == "nom.decision":
        # "the U.S. government decision to return …": a named body as the noun's modifier
        mm = _MODIFIER_NP.search(text, max(sent[0], cstart - 40), cstart)
        if mm is not None and not _DROPPED.search(text, max(sent[0], mm.start() - 60), mm.start()):
            mids, explicit = _resolve(ctx, mm.start(), mm.end("np"))
            if mids and explicit and not _NEG.search(text, max(sent[0], mm.start() - 16), mm.start()):
                rec = _nominal_rec(ctx, sent, m, cue, floor, prev, mids, mm.start(), mm.end("np"))
                if rec is not None:
                    mv = _MAIN_VERB_AFTER.search(text, rec.span[0], rec.span[1])
                    if mv is not None and mv.start() > rec.span[0]:
                        rec.span = (rec.span[0], mv.start())  # "… to return X does not …"
                return rec
        return None
    if pm is None or _DROPPED.search(text, max(sent[0], pm.start() - 60), pm.start()):
        return None
    if _NEG.search(text, max(sent[0], pm.start() - 16), pm.start()):
        return None
    owner = _possessor(
        ctx, sent, pm, floor, cue.id in ("nom.truce", "nom.labor_pact", "nom.bid")
    )
    if owner is None:
        return None
    ids, ps, pe = owner
    if _CRITICS_OF.search(text, max(sent[0], ps - 40), ps):
        return None  # "critics of her plan to …": the sentence is about the critics' case
    if cue.id == "nom.effort" and _EFFORT_FRAME.search(text, max(sent[0], ps - 40), ps):
        # "praised for her push to …", "join their efforts to …", "worried their efforts to …
        # would fail": a past record, a joint act told elsewhere, a forecast
        return None
    return _nominal_rec(ctx, sent, m, cue, floor, prev, ids, ps, pe)


def _possessor(
    ctx: _Ctx, sent: Span, pm: re.Match[str], floor: int, surface: bool
) -> tuple[list[str], int, int] | None:
    """Who the possessive pm (_POSSESSIVE: "its", "Japan's", "Chile and Peru's") names, and
    the possessor's span; surface: a name the actors stage did not mark may count by its
    wording ("the IRA's truce")."""
    text = ctx.doc.text
    ids: list[str] = []
    if pm.group("pron"):
        pron = pm.group("pron").lower()
        ps, pe = pm.start("pron"), pm.end("pron")
        if pron in ("his", "her"):
            pid = _clause_owner(ctx, sent, ps, floor, pron) or _last_of(
                ctx, ps, ("person",), pronoun=pron
            )
        elif pron == "its":
            pid = _last_of(ctx, ps, ("organization", "country", "group"))
        elif pron == "their":
            pid = None
            ids = _group(ctx, ps, "they")
        else:
            pid = _first_person(ctx, ps)
            ids = _we(ctx, pid, ps) if pid else []
        if pid and not ids:
            ids = [pid]
    else:
        pe = pm.start("apos")
        k = bisect.bisect_left(ctx.starts, pe) - 1
        ps = pe
        while k >= 0 and ctx.mentions[k][0] >= pe - 300:
            ms, me, aid = ctx.mentions[k]
            gap = text[me:ps]
            if me <= ps and (me == pe or (ids and _COORD.match(gap) and "," not in gap[:1])):
                if aid not in ids:
                    ids.insert(0, aid)
                ps = ms
            elif me <= ps and ids:
                break
            k -= 1
        if not ids:
            lo = max(sent[0], pe - 40)
            tm = _THE_NP_END.search(text[lo:pe])
            nm = _NAMED_POSSESSOR.search(text, lo, pe + 2)
            if tm is not None:
                ps = pe - len(tm.group())
                rid, explicit = _resolve(ctx, ps, pe)
                if not explicit:
                    # "the IRA's truce" where the actors stage marked other mentions only
                    sid = (
                        _surface_actor(ctx, _LEAD_THE.sub("", text[ps:pe]))
                        if surface
                        else None
                    )
                    if sid is None:
                        return None
                    rid = [sid]
                ids = rid
            elif nm is not None and nm.end("n") == pe:
                # a name the actors stage did not mark: kept, by its surface form
                ps = nm.start("n")
                ids = _named(ctx, nm.group())
            else:
                return None
    return ids, ps, pe


# ---- #6 round 3: the content of an instrument or effort told in a noun phrase -------------
# "a pact calling for river patrols", "her proposal, which is to cap rates", "drives by the
# union, including the hiring of organizers", "a recruiting drive aimed at young
# voters". The owner is the possessor, the maker of the instrument named in its own clause (the
# subject of "signed", "unveiled", "introduced" …), the signers named in an object relative
# after it, or the owner of the same instrument named earlier.
_INSTRUMENT_CLASS = {
    **dict.fromkeys(
        ("treaty", "treaties", "accord", "accords", "agreement", "agreements", "pact", "pacts",
         "deal", "deals", "memorandum", "memoranda", "charter", "charters", "protocol",
         "protocols", "convention", "conventions"),
        "deal",
    ),
    **dict.fromkeys(
        ("program", "programs", "programme", "programmes", "plan", "plans", "proposal",
         "proposals", "initiative", "initiatives", "strategy", "strategies", "blueprint",
         "blueprints", "package", "packages", "framework", "frameworks", "platform",
         "platforms", "agenda", "agendas"),
        "plan",
    ),
    **dict.fromkeys(
        ("bill", "bills", "amendment", "amendments", "legislation", "resolution", "resolutions",
         "measure", "measures", "policy", "policies"),
        "law",
    ),
    **dict.fromkeys(
        ("effort", "efforts", "push", "pushes", "drive", "drives", "campaign", "campaigns",
         "offensive", "offensives", "blitz"),
        "effort",
    ),
}
# the content marker after the noun (the cue's lookahead), read again to find where it ends
_INSTRUMENT_MARK = lazy(
    r"(?:\s+(?:to|for|on)\s+[^,;:“”\"]{1,60}?(?=,\s+(?:which|that)\s))?"
    r"\s*,?\s+(?:(?P<part>calling\s+for|aimed\s+at|aiming\s+(?:at|to)|designed\s+to|intended\s+to|"
    r"meant\s+to|directed\s+at|targeted\s+at)|(?:which|that)\s+(?:also\s+)?(?:(?P<is>is\s+to)|"
    r"(?P<incl>includes?)|(?P<calls>calls?\s+for)|(?P<would>would))|(?P<by>by\s+(?P<agent>"
    r"[^,;:“”\"]{2,80}?))?,\s+(?P<including>including))\s+",
    re.IGNORECASE,
)
# the start of the instrument's noun phrase: a determiner or possessor and at most five
# modifiers ("a 10-year economic program", "Acme's new restructuring plan")
_INSTRUMENT_NP = lazy(
    r"(?:(?P<apos>[’']s?)|\b(?P<pron>his|her|their|its|our)|\b(?P<det>an?|the|this|that|these|"
    r"those|new))\s+(?:(?!(?:of|to|for|with|and|or|by|in|on|at|from|that|which|who|was|is|"
    r"were|are|has|have|had|will|would)\b)[\w$%./-]+,?\s+){0,5}$",
    re.IGNORECASE,
)
# the verb that makes the instrument its subject's own, right before its noun phrase
_MAKER_VERB = (
    r"(?:signed|signs?|ratified|ratifies|adopted|adopts?|unveiled|unveils?|announced|announces?|"
    r"introduced|introduces?|proposed|proposes?|released|releases?|rolled\s+out|rolls?\s+out|"
    r"laid\s+out|lays?\s+out|outlined|outlines?|put\s+forward|puts\s+forward|presented|"
    r"presents?|launched|launches|launch|concluded|concludes?|reached|reaches|agreed\s+(?:on|to)|"
    r"drew\s+up|draws?\s+up|drafted|crafted|negotiated|struck|strikes?|sealed|seals?|inked|"
    r"inks?|(?:stepped|ramped)\s+up|mounted|mounts?|began|begun|begins?|started|starts?|"
    r"kicked\s+off|kicks?\s+off|is\s+running|are\s+running|(?:is|are)\s+(?:launching|mounting|"
    r"waging|pushing))"
)
_MAKER_BEFORE = lazy(
    r"(?:^|\s)(?P<v>" + _MAKER_VERB + r")(?:\s+(?:(?-i:[A-Z][a-z]+day)|last\s+\w+|this\s+\w+|"
    r"on\s+(?-i:[A-Z][a-z]+day)))?\s+$",
    re.IGNORECASE,
)
# "refocused its efforts to a push …", "turned their attention to a drive …": the owner's own
_REFOCUS_BEFORE = lazy(
    r"\b(?P<pron>its|their|his|her)\s+(?:efforts?|attention|focus|energies|resources)\s+"
    r"(?:to|on|toward|towards)\s+$",
    re.IGNORECASE,
)
# "…, which both premiers signed in March": the signers named after the content
_SIGNED_AFTER = lazy(
    r",\s+which\s+(?P<s>[^,;:“”\"]{2,80}?)\s+(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+)?"
    r"(?:signed|ratified|adopted|unveiled|proposed|introduced|negotiated|concluded|struck)\b",
    re.IGNORECASE,
)
_REL_AFTER = lazy(r",\s+(?:which|where|who|whose)\s", re.IGNORECASE)
# "the signing of a program aimed at …": the signing's own owner (its possessor, or the
# signers of the same kind of instrument named before)
_SIGNING_OF = lazy(
    r"\b(?:signing|signature|ratification|conclusion|adoption)\s+of\s+$", re.IGNORECASE
)
# a main clause with its own pronoun subject after the content ("…, it leaves loopholes")
_NEW_SUBJECT = lazy(
    r",\s+(?:it|he|she|they|we|there)\s+(?!(?:said|says|added|adds|noted|notes|told)\b)",
    re.IGNORECASE,
)
# the start of a clause right before a noun phrase (its subject): "The program, which …"
_CLAUSE_START = lazy(r"(?:^|[,;:]\s*|\b(?:and|but|while|as)\s+)[\s\"“‘'`]*$", re.IGNORECASE)
_BARE_NP = lazy(r"(?:(?-i:[a-z][\w-]*)\s+){1,3}$")
# the main clause going on after an aside on its subject: ", drew praise", ", were praised"
_MAIN_AFTER_ASIDE = lazy(
    r",\s+(?:\w+ly\s+)?(?:(?:was|were|is|are|has|have|had|will|would|could|may|might|drew|"
    r"won|got|met|came|faces?|faced|remains?|remained|stands?|stood)\b|(?-i:[a-z]+ed)\b)",
    re.IGNORECASE,
)
_COUNTERFACTUAL_HAVE = lazy(r"\s*have\b", re.IGNORECASE)
# what an instrument "would" do that is an effect, not an act: "would add $1 trillion",
# "would raise $1.1 trillion over a decade", "would cost"
_EFFECT_OBJECT = lazy(
    r"(?:\s+(?:\w+ly\s+))?\s+(?:an?\s+(?:estimated\s+)?|about\s+|roughly\s+|nearly\s+|"
    r"more\s+than\s+|some\s+)?(?:US)?[$€£]|\s+\d",
    re.IGNORECASE,
)
_EFFECT_VERBS = frozenset(("cost", "add", "save", "generate", "yield", "hurt", "help", "boost",
                           "slow", "depress", "harm", "benefit", "affect", "mean", "leave"))
_MAKER_NEG = lazy(
    r"\b(?:not|never|no|refus\w*|declin\w*|fail\w*|reject\w*|oppos\w*|against|would|could|"
    r"might|may|if|unless|whether|n[’']t)\b[^,;]{0,30}$",
    re.IGNORECASE,
)
# a definite "the program", "this plan" that names an instrument told before
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
_INSTRUMENT_MADE = lazy(
    r"\b(?P<v>" + _MAKER_VERB + r")\s+(?:(?:an?|the|their|its|his|her|new)\s+)"
    r"(?:(?!(?:of|to|for|with|and|or|by|in|on|at|that|which)\b)[\w$%./-]+\s+){0,4}?"
    r"(?P<n>" + "|".join(sorted(_INSTRUMENT_CLASS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_LIST_SPLIT = lazy(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_LIST_STOP = lazy(r"[()“”\"]")
# a word that joins the next item to this one ("links between A and B", "from A to B")
_LIST_JOIN = lazy(r"\b(?:between|from|to|both|either)\b", re.IGNORECASE)
_PREP_FIRST = frozenset(
    ("of", "to", "for", "with", "in", "on", "at", "from", "by", "as", "into", "than", "over")
)


def _instrument_strength(noun_class: str, verb: str, parties: int) -> str:
    """A treaty signed binds; a plan agreed by two parties is an agreement; an effort is work
    under way; any other plan or proposal is its owner's intention."""
    v = verb.lower()
    if noun_class == "effort":
        return "ongoing"
    if noun_class == "deal" and v.startswith(
        ("sign", "ratif", "conclu", "struck", "strik", "seal", "ink", "agreed")
    ):
        return "binding"
    if v.startswith(("sign", "agreed", "conclu", "reach", "negotiat")) and parties >= 2:
        return "agreement"
    if v.startswith("adopt"):
        return "pledge"
    return "intention"


def _instruments(ctx: _Ctx) -> list[tuple[int, str, list[str], str]]:
    """Every instrument the text shows being made (its noun class, its makers, the making
    verb): "X and Y signed an economic plan", once per document, only when an anaphor asks."""
    if ctx.instruments is None:
        text = ctx.doc.text
        sents = ctx.doc.sentences
        starts = [s.span[0] for s in sents]
        out: list[tuple[int, str, list[str], str]] = []
        for m in _INSTRUMENT_MADE.finditer(text):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k < 0:
                continue
            sent = sents[k].span
            if _MAKER_NEG.search(text, max(sent[0], m.start() - 30), m.start()):
                continue
            subj = _subject(ctx, sent, m.start(), sent[0], False)
            if subj is None or not subj.ids:
                continue
            out.append((m.start("n"), _INSTRUMENT_CLASS[m.group("n").lower()], list(subj.ids),
                        m.group("v")))
        ctx.instruments = out
    return ctx.instruments


def _instrument_before(
    ctx: _Ctx, pos: int, noun_class: str
) -> tuple[list[str], str] | None:
    """The makers and verb of the latest instrument of that class made before pos (in 3,000
    characters)."""
    made = _instruments(ctx)
    for k in range(len(made) - 1, -1, -1):
        at, cls, ids, verb = made[k]
        if at < pos and pos - at <= 3000 and cls == noun_class:
            # "Premiers X of A and Y of B signed a plan … Both premiers later signed the plan":
            # the same makers told twice, with every party either names
            out = list(ids)
            for _at, cls2, ids2, _v in made[:k]:
                if cls2 == cls and set(ids2) & set(out):
                    out.extend(a for a in ids2 if a not in out)
            return out, verb
    return None


def _split_items(text: str, s: int, e: int) -> list[Span]:
    """ "shared customs rules and new rail links" -> two items; "the
    mining, steel and chemical industries" (bare modifiers), "cuts for the middle class and
    the rich" (a preposition's objects) stay one."""
    if _LIST_STOP.search(text, s, e):
        return [(s, e)]
    items: list[Span] = []
    pos = s
    for sm in _LIST_SPLIT.finditer(text, s, e):
        items.append((pos, sm.start()))
        pos = sm.end()
    items.append((pos, e))
    if len(items) < 2:
        return [(s, e)]
    for k, (a, b) in enumerate(items):
        words = text[a:b].split()
        if len(words) < 2 or words[0].lower() in _PREP_FIRST:
            return [(s, e)]
        if k and len(words) == 2 and words[0].lower() in ("the", "a", "an"):
            return [(s, e)]
        if k < len(items) - 1 and _LIST_JOIN.search(text, a, b):
            return [(s, e)]
    return items


def _instrument(
    ctx: _Ctx, sent: Span, cstart: int, cend: int, prev: _Rec | None, floor: int
) -> list[_Rec]:
    """The content of the instrument or effort whose noun is text[cstart:cend], as its owner's
    commitment(s): one record per item of a list after "calling for", "including" or
    "includes"."""
    text = ctx.doc.text
    noun = text[cstart:cend]
    ncls = _INSTRUMENT_CLASS.get(noun.lower())
    mk = _INSTRUMENT_MARK.match(text, cend, sent[1])
    if ncls is None or mk is None:
        return []
    if prev is not None and prev.span[0] <= cstart < prev.span[1]:
        return []  # "signed an accord calling for …": the signing's record holds it
    if ncls == "effort" and not (mk.group("including") or mk.group("part")):
        return []
    if ncls != "effort" and mk.group("including"):
        return []
    if mk.group("would"):
        vm = _NEXT_WORD.match(text, mk.end() - 1)
        verb = vm.group(1).lower() if vm else ""
        if (
            _COUNTERFACTUAL_HAVE.match(text, mk.end("would"))
            or verb not in _VOL
            or verb in _EFFECT_VERBS
            or _EFFECT_OBJECT.match(text, vm.end() if vm else mk.end())
        ):
            return []  # "a bill that would have …", "a plan that would add $1 trillion"
    lo = max(sent[0], cstart - 80)
    npm = _INSTRUMENT_NP.search(text, lo, cstart)
    if npm is not None:
        ns = npm.start("det") if npm.group("det") else npm.start()
    else:
        bm = _BARE_NP.search(text, lo, cstart)  # "sweeping membership drives by …"
        ns = bm.start() if bm is not None else cstart
    possessed = npm is not None and bool(npm.group("apos") or npm.group("pron"))
    det = (npm.group("det") or "").lower() if npm is not None else ""
    ids: list[str] = []
    owner: Span = (0, 0)
    verb = ""
    if possessed:
        pm = _POSSESSIVE.search(text, max(sent[0], cstart - 60), cstart)
        if pm is None or _DROPPED.search(text, max(sent[0], pm.start() - 60), pm.start()):
            return []
        got = _possessor(ctx, sent, pm, floor, False)
        if got is None:
            return []
        ids, ps, pe = got
        owner, ns = (ps, pe), ps
        if _NEG.search(text, max(sent[0], ps - 16), ps):
            return []
    elif mk.group("by") and ncls == "effort":
        ids = _with_countries(ctx, _ids_in(ctx, mk.start("agent"), mk.end("agent")))
        owner = (mk.start("agent"), mk.end("agent"))
    if not ids:
        vb = _MAKER_BEFORE.search(text, max(sent[0], ns - 60), ns)
        rf = _REFOCUS_BEFORE.search(text, max(sent[0], ns - 40), ns) if vb is None else None
        sg = _SIGNING_OF.search(text, max(sent[0], ns - 30), ns)
        if vb is not None:
            if _MAKER_NEG.search(text, max(sent[0], vb.start("v") - 30), vb.start("v")):
                return []  # "refused to sign a treaty calling for …", "would sign a deal …"
            subj = _subject(ctx, sent, vb.start("v"), floor, False)
            if subj is None or not subj.ids or subj.relative:
                return []
            ids, owner, verb = list(subj.ids), (subj.start, subj.end), vb.group("v")
        elif rf is not None and ncls == "effort":
            pm = _POSSESSIVE.search(text, rf.start("pron") - 1, rf.end("pron") + 1)
            got = _possessor(ctx, sent, pm, floor, False) if pm is not None else None
            if got is None:
                return []
            ids, ps, pe = got
            owner = (ps, pe)
        elif ncls != "effort":
            sa = _SIGNED_AFTER.search(text, mk.end(), sent[1])
            if sa is not None and not _REL_AFTER.search(text, mk.end(), sa.start() + 1):
                ids, _ = _resolve(ctx, *_trim(text, sa.start("s"), sa.end("s")))
                owner = (sa.start("s"), sa.end("s"))
                verb = "signed"
                if ids:
                    ctx.told_verbs.add(sa.end("s"))  # its "signed" is no record of its own
            elif (
                sg is not None
                or (det in _DEFINITE and ncls != "law" and _CLAUSE_START.search(text, sent[0], ns))
            ) and (
                got2 := _instrument_before(ctx, ns, ncls)
            ) is not None:
                ids, verb = got2
                owner = (ns, cend)
    if not ids:
        return []
    t0 = mk.end()
    t1, _ = _text_end(text, t0, sent[1])
    rel = _REL_AFTER.search(text, t0, t1)
    if rel is not None:
        t1 = rel.start()  # "… river patrols, which both premiers signed": not content
    nc = _NEW_SUBJECT.search(text, t0, t1)
    if nc is not None:
        t1 = nc.start()  # "While X's plan, which is to …, …, it leaves …": the main clause
    if mk.group("part") is None or text[cstart - 2 : cstart].strip():
        mv = _MAIN_AFTER_ASIDE.search(text, t0, t1)
        if mv is not None:
            t1 = mv.start()  # "X's proposal, which is to cap fees, drew praise": the aside only
    while t1 > t0 and text[t1 - 1] in " \t,;:":
        t1 -= 1
    if t1 <= t0:
        return []
    if ncls == "effort" and not mk.group("including"):
        t0 = ns if not possessed or npm is None else npm.end()
        # "a recruiting drive aimed at young nurses": the effort is the act
    strength = _instrument_strength(ncls, verb, len(ids))
    if (mk.group("part") or "").lower().startswith(("aimed", "aiming", "designed", "intended",
                                                    "meant")) and ncls != "effort":
        strength = "intention"  # the instrument's aim, not a term of it
    cue_text = " ".join(text[cstart : mk.end()].split())
    spans = (
        _split_items(text, t0, t1)
        if mk.group("including") or mk.group("incl") or mk.group("calls")
        or (mk.group("part") or "").lower().startswith("calling")
        else [(t0, t1)]
    )
    src = None
    view = _view_at(ctx, cstart)
    if view and view.speaker and view.speaker not in ids:
        src = view.speaker
    return [
        _Rec(list(ids), text[owner[0] : owner[1]], cue_text or noun, sp, sent, strength,
             "nom.instrument", src, owner[1], owner[0])
        for sp in spans
    ]


_SUBJECT_PRONOUN = {"his": "he", "her": "she"}
_SOURCE_SURNAME = lazy(
    r"(?P<n>(?-i:[A-Z])[\w’'-]+)\s+(?:said|says|told|added|insisted|insists|stated|noted)\b",
    re.IGNORECASE,
)


# the verb group ending a clause's subject region: " has been stepping up", " repeated"
_VERB_GAP = lazy(
    r"\s+(?:(?:has|have|had|is|was|were|are|will|would)\s+(?:been\s+)?)?(?:\w+ly\s+)?"
    r"(?-i:[a-z]+)(?:\s+(?:up|down|out|on|off|back))?\s*$",
    re.IGNORECASE,
)


def _clause_owner(ctx: _Ctx, sent: Span, ps: int, floor: int, pron: str) -> str | None:
    """ "X said that he might drop his plans to …": the person the clause's own subject pronoun
    names (a reported "he" is the speaker), before the latest person named ("his" is the
    subject's own plan); None when the clause opens with no such pronoun."""
    text = ctx.doc.text
    subj = _subject(ctx, sent, ps, floor, False)
    if subj is None:
        return None
    pm = _PRONOUN_OPEN.match(text, subj.start, subj.end)
    if pm is None and not text[subj.end : ps].strip() and (
        vg := _VERB_GAP.search(text, subj.start, subj.end)
    ):
        # "The Vermont senator has been stepping up his efforts to": the subject's own, when
        # only its verb stands between (not "X praised Y for his efforts")
        ns, ne = _trim(text, subj.start, vg.start())
        ids = _resolve(ctx, ns, ne)[0] if ns < ne and not _PRONOUN.fullmatch(text, ns, ne) else []
        people = [a for a in ids if ctx.actors[a].kind == "person"]
        if len(people) == 1 and coref.agrees(
            ctx.gender, ctx.actors[people[0]], _SUBJECT_PRONOUN[pron]
        ):
            return people[0]
    if pm is None or pm.group().lower() != _SUBJECT_PRONOUN[pron]:
        return None
    if subj.reported and subj.source_span is not None:
        ss, se = _trim(text, *subj.source_span)
        people = [
            a for a in subj.source_ids
            if ctx.actors[a].kind == "person" and coref.agrees(ctx.gender, ctx.actors[a], pm.group())
        ]
        if len(people) == 1:
            return people[0]
        nm = None
        for nm in _SOURCE_SURNAME.finditer(text, ss, se):
            pass  # the last speaker named before the reported clause
        if nm is not None and not people:
            return _by_surname(ctx, nm.group("n"), pm.group().lower())
        return None
    ids, _ = _resolve(ctx, pm.start(), pm.end())
    return ids[0] if len(ids) == 1 and ctx.actors[ids[0]].kind == "person" else None


_EFFORT_FRAME = lazy(
    r"\b(?:for|join(?:s|ed|ing)?|combin(?:e|es|ed|ing)|worr(?:y|ies|ied)|fear(?:s|ed)?|doubt(?:s|ed)?)"
    r"\s+(?:(?:the|that|all)\s+)?$",
    re.IGNORECASE,
)


def _nominal_rec(
    ctx: _Ctx,
    sent: Span,
    m: re.Match[str],
    cue: _Cue,
    floor: int,
    prev: _Rec | None,
    ids: list[str],
    ps: int,
    pe: int,
) -> _Rec | None:
    """The record of a pledge noun whose possessor text[ps:pe] names `ids`."""
    text = ctx.doc.text
    cstart, cend = m.start(), m.end()
    if prev and prev.span[0] <= cstart < prev.span[1]:
        if not _LIST_GAP.search(text[prev.span[0] : ps]):
            return None
        pe_ = ps
        while pe_ > prev.span[0] and text[pe_ - 1] in " \t,;":
            pe_ -= 1
        if text[pe_ - 3 : pe_].lower() == "and":
            pe_ -= 3
        while pe_ > prev.span[0] and text[pe_ - 1] in " \t,;":
            pe_ -= 1
        prev.span = (prev.span[0], pe_)
    t0 = cend
    while t0 < sent[1] and text[t0] in " \t“”\"‘'":
        t0 += 1
    t1, _ = _text_end(text, t0, sent[1])
    more = _MAIN_GOES_ON.search(text, t0, t1)
    if more:
        t1 = more.start()  # "… decision to X, and underscored …": the main clause goes on
    if t1 <= t0:
        return None
    if cue.id == "nom.decision" and _past_year(ctx, text, t0, t1):
        return None  # "her decision to back the merger in 2001": a decision carried out
    head = text[sent[0] : ps]
    if not head.strip(" \t`‘“\"'(") or _CLAUSE_OPEN.search(head[-40:]):
        # the pledge noun opens its clause: a past or conditional main verb judges its effects
        vm = _FIRST_WORD.match(text[t0:t1])
        fm = _FINITE_AFTER.search(text, t0 + (vm.end() if vm else 0), t1)
        if (
            fm
            and not _RECEIVED.match(text, fm.end())
            and not (_PLAN_NOUN.match(m.group()) and _EFFECT_MODAL.match(fm.group()))
        ):
            # "his determination to act alone angered …": judged by its effects; but "her plans
            # to raise taxes would make the code …" still tells of plans she has
            return None
        if fm and _GIVEN_UP.match(text, fm.end()):
            return None  # "Smith's plan to build a wall was abandoned": a plan given up
        if fm:
            t1 = fm.start()  # "Japan's pledge to cut tariffs was welcomed …": the pledge alone
        elif (mv := _NOMINAL_MAIN.search(text, t0 + (vm.end() if vm else 0), t1)) is not None:
            t1 = mv.start()  # "Roe's pledge to cut emissions by 2050 drew praise": the pledge
    if m.group()[:8].lower() == "proposal":
        # "argued Trump's proposal to X would trigger …", "Roe's proposal to X is good policy":
        # the main verb after the proposal's content is the writer's or critic's judgement
        mv = _MAIN_VERB_AFTER.search(text, t0, t1)
        if mv is not None and mv.start() > t0:
            t1 = mv.start()
    if _FRONTED_PP.match(text, sent[0], ps) and (cm := text.find(",", t0, t1)) > t0:
        t1 = cm  # "In response to Roe's proposal to X, Doe rallied …": the main clause follows
    src = _subject(ctx, sent, ps, floor, False)
    source = None
    if src is not None and src.ids:
        source = next((a for a in src.ids if a not in ids), None)
    return _Rec(
        ids,
        text[ps:pe],
        text[cstart:cend],
        (t0, t1),
        sent,
        cue.strength,
        cue.id,
        source,
        pe,
        ps,
    )


# After ";": words that open a new clause rather than a further item of the same action
_NEW_CLAUSE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "they he she it we i you the this that these those there here thus then so but however "
        "meanwhile currently now still also last next later since while as in on at for by from "
        "after before when yet instead",
    )
)
_NEW_CLAUSE_PRONOUN = lazy(r"(?:\S+\s+){0,2}(?:they|he|she|it|we|i)\b", re.IGNORECASE)
_LIST_LEAD = lazy(r",?\s*(?:including|such\s+as|namely|as\s+follows)?\s*:\s*$", re.IGNORECASE)


def _split_list(text: str, rec: _Rec) -> list[_Rec]:
    """ "X will a; b; and c" → one record per item; a new predicate after ";" ends the list,
    and "…, including: A; B; and C" lists the objects of one action (cut at the colon)."""
    seg = text[rec.span[0] : rec.span[1]]
    if ";" not in seg:
        return [rec]
    colon = seg.find(":", 0, seg.find(";"))
    if colon > 0:
        lm = _LIST_LEAD.search(seg, 0, colon + 1)
        e = rec.span[0] + (lm.start() if lm else colon)
        return [replace(rec, span=(rec.span[0], e))] if e > rec.span[0] else [rec]
    items: list[_Rec] = []
    pos = rec.span[0]
    for part in _SEMICOLON.split(seg):
        if not part.strip() or part.strip() == ";":
            pos += len(part)
            continue
        s, e = pos, pos + len(part)
        pos = e
        m = _ITEM_CONJ.match(text[s:e])
        s += m.end() if m else 0
        words = text[s:e].split(None, 1)
        first = words[0].lower().rstrip(",") if words else ""
        if items and (
            first.endswith(("ed", "ly"))
            or first in _NEW_CLAUSE_WORDS
            or not words[0][:1].islower()  # "…, Ohio; Charleston, S.C.; and …": places listed
            or _NEW_CLAUSE_PRONOUN.match(text, s, e)
        ):
            break
        items.append(replace(rec, span=(s, e), spans=[]))
    return items or [rec]


def _bullets(ctx: _Ctx, out: list[_Rec]) -> list[_Rec]:
    """A lead-in ending in a cue and a colon ("The Parties commit to:") governs the bullets below."""
    text = ctx.doc.text
    extra: list[_Rec] = []
    paras = ctx.doc.paragraphs
    by_para: dict[int, list[_Rec]] = {}
    for r in out:
        idx = ctx.doc.paragraph_index(r.span[0])
        if idx is not None:
            by_para.setdefault(idx, []).append(r)
    for i, p in enumerate(paras):
        recs = by_para.get(i)
        if not recs:
            continue
        lead = recs[-1]
        rest = text[lead.span[0] : p.span[1]].rstrip()
        if not rest.endswith(":") or not _LEAD_IN.search(
            text[lead.span[0] - 1 : p.span[1]].rstrip()
        ):
            continue
        if len(_LEAD_IN.sub("", rest).split()) > 1:
            continue
        for j in range(i + 1, len(paras)):
            q = paras[j]
            bm = _BULLET.match(text[q.span[0] : q.span[1]])
            if not (q.bullet or bm):
                break
            if by_para.get(j):
                continue
            s = q.span[0] + (bm.end() if bm else 0)
            e = q.span[1]
            while e > s and text[e - 1] in " \t.;,":
                e -= 1
            if text[e - 4 : e] == " and":
                e -= 4
            while e > s and text[e - 1] in " \t.;,":
                e -= 1
            extra.append(
                replace(lead, span=(s, e), sentence=q.span, spans=[], rule=lead.rule + "+bullet")
            )
    return extra


_WORD = lazy(r"[a-z0-9]+")


def _key(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS}


def _add_principals(ctx: _Ctx, ids: list[str]) -> None:
    """An accord signed or agreed by officials ("Iraqi Deputy Prime Minister X and U.N.
    Secretary-General Y") binds the country or body each one holds office for."""
    for aid in list(ids):
        a = ctx.actors[aid]
        if a.kind != "person" or not _OFFICIAL_TITLE.search(a.title or ""):
            continue
        for name in (a.country, a.affiliation):
            cid = ctx.by_name.get((name or "").lower())
            if cid and cid not in ids and ctx.actors[cid].kind in ("country", "organization"):
                ids.append(cid)


def _merge(ctx: _Ctx, recs: list[_Rec]) -> list[Commitment]:
    """The same pledge in the lead and again later → one record with every span."""
    text = ctx.doc.text
    kept: list[tuple[_Rec, set[str]]] = []
    by_word: dict[str, list[int]] = {}
    for r in sorted(recs, key=lambda r: r.span):
        k = _key(text[r.span[0] : r.span[1]])
        # only earlier records sharing at least 3 key words can be the same pledge (in order)
        hits = Counter(
            itertools.chain.from_iterable(map(by_word.get, k, itertools.repeat(())))
        )
        for n in sorted(n for n, c in hits.items() if c >= 3):
            other, ok = kept[n]
            if not k or not ok or other.span == r.span:
                continue
            shared = len(k & ok) / min(len(k), len(ok))
            same_actors = (
                not r.actors or not other.actors or bool(set(r.actors) & set(other.actors))
            )
            if (
                shared >= 0.75
                and min(len(k), len(ok)) >= 3
                and same_actors
                and other.sentence != r.sentence
            ):
                other.spans.append(r.span)
                if _STRENGTH_RANK[r.strength] < _STRENGTH_RANK[other.strength]:
                    other.strength = r.strength
                for a in r.actors:
                    if a not in other.actors:
                        other.actors.append(a)
                break
        else:
            for w in k:
                by_word.setdefault(w, []).append(len(kept))
            kept.append((r, k))
    result = []
    for r, _ in kept:
        if r.strength in ("binding", "agreement") and len(r.actors) >= 2:
            _add_principals(ctx, r.actors)
        if _DIGIT.search(text, r.span[0], r.span[1]) is None:
            amount = None  # no digit, no amount: the stop phrase need not be sought
        else:
            stop = _AMOUNT_STOP.search(text, r.span[0], r.span[1])
            amount = find_amount(text, r.span[0], stop.start() if stop else r.span[1])
        result.append(
            Commitment(
                actors=tuple(r.actors),
                actor_text=r.actor_text,
                cue=r.cue,
                text=text[r.span[0] : r.span[1]],
                span=r.span,
                sentence=r.sentence,
                strength=r.strength,
                amount=amount[0] if amount else None,
                deadline=_deadline(
                    ctx,
                    r.span if r.front is None else (r.front, r.span[1]),
                    r.sentence,
                    r.subj_end,
                    r.strength,
                ),
                source=r.source,
                spans=(r.span, *r.spans) if r.spans else (),
                rule=r.rule,
            )
        )
    return result


def extract_commitments(
    doc: Document, actors: list[Actor], dates: list[DateMention], views: list[View]
) -> list[Commitment]:
    """Every commitment in the article, in document order, duplicates merged."""
    ctx = _index(doc, actors, dates, views)
    ctx.heads = _doc_heads(doc.text)
    recs: list[_Rec] = []
    for sent in doc.sentences:
        _sentence(ctx, sent.span, recs)
    recs.extend(_bullets(ctx, recs))
    return _merge(ctx, recs)


