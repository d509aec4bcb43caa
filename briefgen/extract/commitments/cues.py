"""Cue finding: the cue table of briefgen/data/commitment_cues.json compiled into one pattern
(CUE_RE, CUES, tried by head word), find_cues, and the head-word gates that keep it cheap — a
document's head words found in one scan (_doc_heads, _sentence_cues) and, per head word, the
words its cues need (_head_gate, _needed), so that the common auxiliaries skip their cue
alternation where no such word follows. The bottom of the package: it needs only the rules and
lazyre, and views.py imports CUE_RE and CUES from here (through the package).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from re import _constants as _const  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, cast

from briefgen import rules
from briefgen.lazyre import at_build, lazy, trie_regex
from briefgen.lazyre import compile as rx_compile

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
    parts = _PARTS
    cues: dict[str, _Cue] = {}
    by_head: dict[str, list[str]] = {}
    for i, e in enumerate(rules.entries("commitment_cues")):
        pat = e["pattern"].replace("{ADV}", _ADV).replace("(?P<verb>", f"(?P<v{i}>")
        parts.append(f"(?P<c{i}>{pat})")
        for h in e["heads"]:
            by_head.setdefault(h.lower(), []).append(parts[-1])
            _HEAD_ENTRIES.setdefault(h.lower(), []).append(i)
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
_PARTS: list[str] = []  # each entry's alternative, "(?P<cI>…)", in file order
_HEAD_ENTRIES: dict[str, list[int]] = {}  # each head word's entries, in file order
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
    read: dict[str, _Read] = {}  # the selected head words' readings of the sentence (_Select)
    while i < n:
        ws = starts[i]
        if ws >= end:
            break
        word = words[i]
        i += 1
        if ws < pos:
            continue
        sel = _HEAD_SELECT.get(word, _SELECT_UNSET)
        if sel is _SELECT_UNSET:
            sel = _HEAD_SELECT[word] = _head_select(word)
        if sel is not None:
            m = sel.match(low, text, ws, end, read, word)
        else:
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


# A head word with many entries ("is", "has": ~40 each, ~20 µs a failed try of their whole
# alternation) tries only the entries whose needed words (_needed, per entry) occur between
# the head and the sentence's end, one by one in file order: the first that matches is the
# alternative the whole alternation would take (it tries them in that order at the same start).
_SELECT_MIN = 4  # fewer entries than this: the head's alternation is cheap enough
_TOKENS_KEPT = 20_000  # words whose entries a selection remembers (a long batch stays bounded)
_LETTERS = lazy(r"[a-z]+")
# a sentence's reading for one head word: "once" after its first try; from the second, the
# starts of the letter runs after that try and the entries each run and every later one let
# through, and the last start of each needed word that is no run of letters
_Read = Any
_ONCE: Any = object()


class _Select:
    """A head word's entries, each tried alone where its needed words occur. A needed word
    of letters lies inside one run of letters of the lowered text, so the entries a run lets
    through (every needed word found in it, at each position the longest, whose prefixes the
    shorter ones are) are worked out once per distinct run and kept."""

    __slots__ = ("always", "finder", "kept", "odd", "pats", "sat")

    def __init__(self, entries: list[int]) -> None:
        self.pats = [_entry_re(i) for i in entries]
        needs = [_needed(_parser.parse(p.pattern, re.IGNORECASE)) for p in self.pats]
        # bit k: the head's k-th entry
        self.always = sum(1 << k for k, need in enumerate(needs) if need is None)
        lit: dict[str, int] = {}  # each needed word: the entries that need it
        for k, need in enumerate(needs):
            for w in need or ():
                lit[w] = lit.get(w, 0) | 1 << k
        runs = sorted(w for w in lit if w.isascii() and w.isalpha())
        # the entries a run's longest needed word at a position lets through: its own and
        # those of the needed words it begins with
        self.sat = {w: _or(lit.get(w[:j], 0) for j in range(1, len(w) + 1)) for w in runs}
        self.finder = rx_compile("(?=(" + trie_regex(runs, space=" ") + "))") if runs else None
        self.odd = [(w, b) for w, b in sorted(lit.items()) if w not in self.sat]
        self.kept: dict[str, int] = {}

    def run_bits(self, run: str) -> int:
        """The entries whose needed words occur in a run of letters."""
        b = self.kept.get(run)
        if b is None:
            b = 0
            if self.finder is not None:
                for f in self.finder.finditer(run):
                    b |= self.sat[f.group(1)]
            if len(self.kept) < _TOKENS_KEPT:
                self.kept[run] = b
        return b

    def mask(self, low: str, ws: int, end: int, read: dict[str, _Read], word: str) -> int:
        """The entries whose needed words occur in low[ws + 1 : end + 1] (the text from the
        head to the sentence's end). The first try of the word in a sentence reads the words
        after it; a second indexes them by position, and every later try bisects the index
        (a sentence of one head word repeated is read twice, not once per head)."""
        state = read.get(word)
        if state is None:
            read[word] = _ONCE
            mask = self.always
            kept = self.kept
            for run in _LETTERS.findall(low, ws + 1, end + 1):
                b = kept.get(run)
                mask |= self.run_bits(run) if b is None else b
            for w, b in self.odd:
                if low.find(w, ws + 1, end + 1) >= 0:
                    mask |= b
            return mask
        if state is _ONCE:
            at = [
                (r.start(), self.run_bits(r.group()))
                for r in _LETTERS.finditer(low, ws + 1, end + 1)
            ]
            after = [0] * (len(at) + 1)
            for k in range(len(at) - 1, -1, -1):
                after[k] = after[k + 1] | at[k][1]
            last = [(low.rfind(w, ws + 1, end + 1), b) for w, b in self.odd]
            state = read[word] = ([a for a, _ in at], after, last)
        run_starts, after, last = state
        mask = self.always | after[bisect.bisect_left(run_starts, ws + 1)]
        for r, b in last:
            if r >= ws + 1:
                mask |= b
        return mask

    def match(
        self, low: str, text: str, ws: int, end: int, read: dict[str, _Read], word: str
    ) -> re.Match[str] | None:
        """The head's cue at text[ws:end]: the first selected entry that matches there."""
        mask = self.mask(low, ws, end, read, word)
        while mask:
            bit = mask & -mask
            m = self.pats[bit.bit_length() - 1].match(text, ws, end)
            if m is not None:
                return m
            mask ^= bit
        return None


def _or(bits: Iterable[int]) -> int:
    out = 0
    for b in bits:
        out |= b
    return out


_HEAD_SELECT: dict[str, _Select | None] = {}
_SELECT_UNSET: Any = object()
_SELECTS: dict[tuple[int, ...], _Select] = {}  # heads with the same entries share one
_ENTRY_RE: dict[int, re.Pattern[str]] = {}
# every selection's patterns in lazyre's code cache (`python -m briefgen.lazyre`)
at_build(
    lambda: [
        (sel.finder, sel.pats)
        for w in sorted(_HEADS)
        if (sel := _HEAD_SELECT.setdefault(w, _head_select(w))) is not None
    ]
)


def _entry_re(i: int) -> re.Pattern[str]:
    """Entry i alone, framed as the head patterns frame their alternation."""
    p = _ENTRY_RE.get(i)
    if p is None:
        p = _ENTRY_RE[i] = lazy(_CUE_OPEN + _PARTS[i] + r")(?![\w-])", re.IGNORECASE)
    return p


def _head_select(word: str) -> _Select | None:
    """The selection for a head word's entries; None when the whole alternation is tried."""
    entries = tuple(dict.fromkeys(_HEAD_ENTRIES[word]))
    if len(entries) < _SELECT_MIN:
        return None
    sel = _SELECTS.get(entries)
    if sel is None:
        sel = _SELECTS[entries] = _Select(list(entries))
    return sel


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
