"""Expert and official views: direct quotes and reported speech, attributed to resolved speakers.

The paragraph is cut into quote-aware units (sentences merged while a quote is open). In each
unit one attribution is sought, in this order: "according to X", "in X's view", a label
("X: “…”"), then a reporting verb with its subject before it (X said (that) …; …, X said.) or
after it (“…,” said X, a professor at Y). A direct quote inside reported content counts once;
a quote left without attribution inherits the speaker of the view just before it (a quote that
continues over paragraphs), or is dropped when it is a short scare quote. Speakers are resolved
to actors by mention span, surname, description ("the minister", "the statement") or pronoun.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from briefgen import rules
from briefgen.extract import coref
from briefgen.extract.commitments import CUE_RE, CUES
from briefgen.extract.quotes import DOUBLE_CLOSE, DOUBLE_OPEN, Quote, find_quotes
from briefgen.lazyre import at_build, lazy, trie_regex
from briefgen.lazyre import compile as rx_compile
from briefgen.model import Actor, Document, Paragraph, Span, View

# A space inside a cue or participle form matches any run of whitespace ('according  to').
_ANY_SPACE = r"\s+"

_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + "\"'‘’"
_AUX = (
    r"has|have|had|also|further|later|then|previously|earlier|again|reportedly|repeatedly|"
    r"publicly|privately|strongly|clearly|firmly|would|will|did|does|do|once|recently|"
    r"subsequently|still|resolutely|explicitly|flatly|quickly|often|frequently|never|just|"
    r"already|even|has long|had long|initially|first|ultimately|is|was|are|were|only|simply|"
    r"merely|openly|bluntly|quietly|falsely|directly|"
    # "Roe continued to insist that …", "went on to say …": the verb is still Roe's speech
    r"continue to|continues to|continued to|went on to|goes on to|go on to|began to|begins to|"
    r"begun to"
)
_PRONOUNS = {"he", "she", "they", "it", "i", "we", "you"}
_PRONOUNS_WHO = _PRONOUNS | {"who"}
_OBJECT_PRONOUNS = frozenset({"him", "them", "me", "us"})
_OBJECT_PREPOSITIONS = frozenset({"to", "with", "for", "of", "near", "around", "about"})
_NOT_SUBJECT_START = {"which", "who", "that", "what", "this", "there", "it", "these", "when", "if"}
_DETERMINERS = {
    "the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "most",
    "other", "his", "her", "its", "their", "our", "both", "this", "these", "those", "all",
    "each", "few", "senior", "former", "top", "leading", "prominent",
}
# Words that end a subject when scanning left from the verb (a clause or phrase boundary).
_BOUNDARY = {
    "after", "before", "when", "while", "because", "since", "as", "if", "although", "though",
    "that", "and", "but", "or", "which", "who", "whom", "where", "so", "than", "until", "unless",
    "whether", "what", "how", "why", "is", "was", "are", "were", "be", "been", "being", "has",
    "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do",
    "does", "did", "not", "to", "said", "says", "told", "also", "even", "however", "meanwhile",
    "yet", "nor", "we", "i", "you", "he", "she", "it", "they", "whose", "once", "instead",
}
# Sentence adverbs set off by commas between a subject and its verb.
_ASIDES = {
    "however", "though", "too", "also", "meanwhile", "instead", "in turn", "for his part",
    "for her part", "for their part", "for its part", "in contrast", "by contrast",
    "in response", "for example", "for instance", "likewise", "similarly", "nonetheless",
    "nevertheless", "in addition", "moreover", "furthermore", "separately", "in fact",
    "indeed", "at the time", "in a statement", "in an interview", "for now", "in private",
    "in public", "privately", "publicly", "later", "earlier", "then", "now", "again",
    "in particular", "above all", "notably", "especially",
}
_CONNECTOR = lazy(
    r"(?:(?:and|but|so|yet|while|meanwhile|however|still|also|now|instead|moreover|then|"
    r"later|earlier|indeed|in addition|in fact|for example|separately|previously)\b,?\s+)+",
    re.IGNORECASE,
)
_ADVERBIAL_START = lazy(
    r"^(?:on|in|at|during|after|before|to|last|this|earlier|late|early|yesterday|today|tonight|"
    r"recently|when|while|via|through|from|with|by|over|outside|inside|ahead|in an?|on an?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|afterwards|later|again|"
    r"privately|publicly|repeatedly|as|of|without|under)\b",
    re.IGNORECASE,
)
# A second word of a lower-case addressee never opens the reported clause ("told the court
# that …", "told the panel the plan …").
_NOT_CLAUSE = (
    r"(?!(?:that|the|a|an|it|he|she|they|we|i|you|this|these|those|his|her|its|their|our|"
    r"there|if|whether)\b)"
)
_ADDRESSEE = lazy(
    # a bare plural noun closed by a comma or the sentence's end ("told parents, …", "…,
    # Roe told investors."); before a clause it may be the clause's subject ("told voters
    # the plan …"), so it needs the stop
    r"\s+(?:(?:[a-z][\w'-]+\s+)?[a-z][\w'-]+s(?=,|\.(?:\s|$)|$)|"
    r"him|her|them|us|me|you|reporters|journalists|lawmakers|parliament|"
    r"(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w’'.&-]*|[a-z]+\s+[A-Z][\w’'.&-]*)"
    r"(?:\s+(?:of|for|the|and|on|[A-Z][\w’'.&-]*))*|"
    rf"the\s+\w+(?:\s+{_NOT_CLAUSE}\w+)?|an?\s+\w+(?:\s+{_NOT_CLAUSE}\w+)?)"
    r"(?=[\s,.;:!?]|$)"
)
_THAT_AHEAD = lazy(r"((?:\s+[\w’'.,-]+){0,9}?)\s+that\b")
# A staff noun then where they are: "officials here", "executives in Boston", "aides at …".
_STAFF_AT = lazy(
    r"\b(officials|executives|spokes(?:man|men|woman|women|person|people)|aides|sources|"
    r"employees|representatives|staff|analysts)\s+(?:here|there|in|at)\b"
)
_VERBATIM = lazy(r"\b(?:transcripts?|recordings?|videos?|tapes?|audio|minutes)\b")
_ACCORDING = lazy(r"\b[Aa]ccording to\s+")
_IN_VIEW = lazy(
    r"\b[Ii]n\s+(?:the\s+(?:view|opinion|words)\s+of\s+([^,]{2,80})|([^,]{2,80}?)['’]s?\s+"
    r"(?:view|opinion|words|assessment|judgement|judgment)),\s*"
)
# A cheap pre-test for _IN_VIEW: any of its nouns in the unit (str.find: no regex scan).
_IN_VIEW_WORDS = ("view", "opinion", "words", "assessment", "judg")


def _occurrences(text: str, words: tuple[str, ...]) -> list[Span]:
    """Every occurrence of each word in text (overlapping ones too), sorted: found once per
    document, so that a unit asks by bisection instead of searching its text for each word."""
    out: list[Span] = []
    for w in words:
        k = text.find(w)
        while k >= 0:
            out.append((k, k + len(w)))
            k = text.find(w, k + 1)
    out.sort()
    return out


def _occurs_in(spans: list[Span], s: int, e: int) -> bool:
    """Does one of the sorted spans lie within [s, e)? (text.find(w, s, e) >= 0 for some w)"""
    i = bisect.bisect_left(spans, (s, -1))
    while i < len(spans) and spans[i][0] < e:
        if spans[i][1] <= e:
            return True
        i += 1
    return False
_TWO_WORDS = lazy(r"[\w’'.&-][^\w’'.&-]+[\w’'.&-]")
_LABEL = lazy(r"\s*(?:[-•*–]\s*)?[\"“]?([A-Z][^:\n“\"]{1,60}?)\s*:\s*")
_WORD = lazy(r"[\w’'.&-]+")
_QUOTE_MARK = lazy("[" + re.escape(_MARKS.replace("’", "").replace("'", "")) + "]")
_PARTICIPLES_CORE = {
    "saying", "adding", "arguing", "noting", "warning", "claiming", "insisting", "explaining",
    "suggesting", "stressing", "telling", "calling", "emphasizing", "emphasising", "asking",
    "highlighting", "citing",
}


@functools.cache
def _participles() -> tuple[frozenset[str], re.Pattern[str]]:
    """Every -ing form of the lexicon, and a regex for one opening a clause after a comma
    ("X criticised the plan, calling it …"): a participle clause is a view of its own."""
    _, cues = _lexicon()
    forms = frozenset(f for f in cues if f.split()[0].endswith("ing")) | _PARTICIPLES_CORE
    # "," or a spaced dash; led by one character class so that re skips to a comma or space.
    rx = rx_compile(
        rf"[,\s](?:(?<=,)|(?<=\s)(?:--|—|–))\s+(?:(?:also|then|later|again|even|repeatedly)\s+)?"
        rf"({trie_regex(sorted(forms), space=_ANY_SPACE)})\b"
    )
    return forms, rx


_FINITE = {
    "is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could", "should",
    "did", "does", "do", "it's", "it’s", "may", "might", "must",
}
_ABBREV = lazy(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|St|Jr|Sr|Rev|Adm|Maj|Cmdr|Gens|"
    r"Reps|Sens|Amb|Pres|No|Vol|Inc|Corp|Co|Ltd|U\.S|U\.N|U\.K|E\.U|[A-Z])\.)\s*$"
)
# "… an analyst with Acme Inc. Ms. Roe had estimated …": a company's name closes a sentence
# when the next one opens with a determiner, a pronoun or an honorific.
_COMPANY_END = lazy(r"\b(?:Inc|Corp|Co|Ltd)\.\s*$")
_STARTER = lazy(
    r"(?:The|A|An|This|These|Its|His|Her|Their|He|She|It|They|We|I|But|And|Mr|Mrs|Ms|Dr)\b"
)
_HONORIFIC = lazy(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sen|Senator|Gen|General|Rep|Gov|President|"
    r"Minister|Sir|Lord|Lady|Dame|Col|Adm|Lt|Capt|Rev|Judge|Justice)\.?\s+"
)


@dataclass(frozen=True)
class _Cue:
    form: str
    inverts: bool
    addressee: bool
    needs_that: bool
    after_only: bool
    strict: bool = False  # the subject must name a source (name, pronoun, role or document noun)
    lead_only: bool = False  # never in the sentence-final position ("…, he said.")
    no_indefinite: bool = False  # "a group called X" names, it does not attribute
    not_before: frozenset[str] = frozenset()  # "think tank": a noun compound, not a verb
    needs_question: bool = False  # "asked (Y) whether/to …": only a question or request
    kind: str = "speech"  # speech | stance | belief | intent | volition | evidence
    quote_inverts: bool = False  # inverts only right after a quotation ("“…,” warned X")
    bare_clause: bool = False  # a needs_that form that also takes a clause with no 'that'


@functools.cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, _Cue]]:
    """One regex over every reporting-verb form (longest first), and the form → cue facts."""
    cues: dict[str, _Cue] = {}
    for e in rules.entries("reporting_verbs"):
        needs = set(e.get("needs_that_forms", []))
        bare = set(e.get("bare_clause_forms", []))
        for f in e["forms"]:
            cues[f] = _Cue(
                f,
                bool(e.get("inverts")),
                bool(e.get("addressee")),
                f in needs,
                bool(e.get("after_only")),
                bool(e.get("strict")),
                bool(e.get("lead_only")),
                bool(e.get("no_indefinite")),
                frozenset(e.get("not_before", [])),
                bool(e.get("needs_question")),
                str(e.get("type", "speech")) if e.get("id") != "base" else "base",
                bool(e.get("inverts_after_quote")),
                f in bare,
            )
    pattern = rx_compile(rf"\b({trie_regex(list(cues), space=_ANY_SPACE)})\b")
    return pattern, cues


@functools.cache
def _that_lead_forms() -> frozenset[str]:
    """Sentence-final forms that also lead before 'that' ("Roe responded that …")."""
    entries = rules.entries("reporting_verbs")
    return frozenset(f for e in entries for f in e.get("that_lead_forms", []))


@functools.cache
def _amount_forms() -> frozenset[str]:
    """Forms whose amount object is money raised, not speech ("raised $4 million")."""
    entries = rules.entries("reporting_verbs")
    return frozenset(f for e in entries for f in e.get("amount_object_forms", []))


_AMOUNT_NEXT = lazy(
    r"\s+(?:(?:to|by)\s+)?(?:(?:about|nearly|almost|more\s+than|over|some|roughly|at\s+least|less\s+than|"
    r"just|only|a\s+record|an\s+estimated)\s+)*(?:[$£€¥]|US\$|\d)"
)


# Spoken fillers: "you know", "you see", "I mean" between commas or before a clause.
_FILLER_FORMS = frozenset({"know", "see", "mean"})
_FILLER = lazy(r"(?<![\w’'])(?:you|I)\s+(?:know|see|mean)(?:[,.;:]|\s+uh\b)")


# A financial result as the object ("posted a 54% drop in profit", "posted record sales").
_RESULT_NEXT = lazy(
    r"[^.;,\n“\"]{0,40}?\b(?:loss|losses|profits?|gains?|drop|declines?|rise|increases?|"
    r"earnings|revenues?|sales|income|deficit|surplus|results)\b"
)


_ADDRESSEE_ONLY = _Cue("", False, True, False, True)
_AUX_WORDS = frozenset(w.split()[-1] for w in _AUX.split("|"))
_AUX_BEFORE = lazy(rf"\b(?:(?:{_AUX})\s+){{1,2}}$")
_SUBORDINATE = lazy(
    r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ii]f|[Bb]ecause|[Ss]ince|[Ww]hile|[Aa]lthough|[Oo]nce|"
    r"[Uu]ntil|[Uu]nless|[Ww]hether)\s+$"
)
_PASSIVE_BEFORE = lazy(
    r"\b(?:is|was|are|were|be|been|being|get|got|gets|getting)\s+(?:[a-z]+ly\s+|not\s+|also\s+)?$",
    re.IGNORECASE,
)
# What follows "…, said X," when X's comma closes a parenthetical rather than opening an
# appositive: the rest of the sentence's verb phrase.
_PAREN_REST = lazy(
    r"(?:would|will|is|was|are|were|has|have|had|can|could|should|may|might|must|does|did|"
    r"remains?|won['’]t|isn['’]t|wasn['’]t|aren['’]t|can['’]t|doesn['’]t|didn['’]t)\b"
)
# What follows a verb in "…, Jane Doe, said on Monday" / "…, she told reporters": an adverbial
# or an addressee, never the speaker of an inverted attribution.
_NOT_RIGHT_SPEAKER = lazy(
    r"(?:on|in|at|during|after|before|to|last|this|earlier|late|yesterday|today|tonight|when|"
    r"while|via|through|from|with|by|over|as|of|without|under|for|him|her|them|us|me|you|"
    r"reporters|journalists|lawmakers|parliament|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b",
    re.IGNORECASE,
)
_BE = {"is", "was", "are", "were", "be", "been", "being", "get", "got", "gets", "getting"}
_PARTICIPLE_FORM = lazy(r"(?:ed|wn|ught|ound|old|aw|een|ew|ld)$")


@functools.lru_cache(maxsize=1024)
def _participle_like(form: str) -> bool:
    return bool(_PARTICIPLE_FORM.search(form.split()[0])) and not form.startswith("quoted")


def _passive(text: str, lo: int, pos: int, form: str) -> bool:
    """Is the verb at pos a passive participle ("was called", "is supported by")?"""
    if not _participle_like(form):
        return False
    prev = text[max(lo, pos - 30) : pos].split()[-2:]
    if not prev or not any(w.lower() in _BE for w in prev):
        return False
    return bool(_PASSIVE_BEFORE.search(text, max(lo, pos - 30), pos))


# The share of a polled group that gives an answer: "59 percent (of voters)", "one in four",
# "almost half", "a majority of Democrats", "two-thirds of respondents".
_QUANTITY = lazy(
    r"(?:(?:only|about|almost|nearly|roughly|around|just|some|over|under|more\s+than|"
    r"fewer\s+than|less\s+than|a\s+further|another)\s+)?"
    r"(?:[\w.-]+\s*(?:percent|per\s+cent|%)|[\w-]+\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten)|half|(?:a|one|two)[\s-](?:third|quarter|fifth)s?|"
    r"(?:three|four)[\s-](?:quarters|fifths)|a\s+handful|a\s+(?:small\s+|large\s+|growing\s+)?"
    r"number|dozens|scores|hundreds|thousands|(?:a|the)\s+(?:narrow\s+|slim\s+|clear\s+|large\s+|"
    r"solid\s+|wide\s+)?(?:majority|minority|plurality))"
    r"(?:\s+of\s+[\w.-]+(?:\s+[\w.-]+){0,3})?$",
    re.IGNORECASE,
)


def _strict_subject(
    text: str, head: Span, no_indefinite: bool = False, names: frozenset[str] = frozenset()
) -> bool:
    """A subject that names a source: a name, a pronoun, or a role or document noun.

    A lone capitalised word opening a sentence ("Prices declined") is only a name when an
    actor carries it."""
    ws = _WORD.findall(text, *head)
    if not ws or (no_indefinite and ws[0].lower() in {"a", "an"}):
        return False
    if _QUANTITY.match(text, *head):
        return True
    last = ws[-1]
    if last.endswith(("’s", "'s", "’", "s'")) and len(ws) > 0 and last.lower() not in {"it's"}:
        return False  # "Smith's plans": a possessive before a noun-like verb form
    low = last.lower().strip(".")
    if low in _PRONOUNS_WHO:
        return True
    table, _ = _roles()
    if (
        low in table
        or low.removesuffix("s") in table
        or low.removesuffix("es") in table
        or low + "s" in table
    ):
        return True
    if len(ws) > 1 and f"{ws[-2].lower()} {low}" in table:
        return True
    if len(ws) == 1:
        k = head[0]
        while k > 0 and text[k - 1] in " \t\u00a0" + _MARKS:
            k -= 1
        if k == 0 or text[k - 1] in "\n.!?:;":
            return low in names
    return last[:1].isupper() and not (len(ws) == 1 and low in _DETERMINERS)


# A time adverbial right before a reporting verb: "X, the mayor, on Friday said", "X on
# Saturday criticized", "X earlier Wednesday told".
_TIME_BEFORE = lazy(
    r"\b(?:(?:on|early|late|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+$|"
    r"\b(?:yesterday|today)\s+$"
)


def _time_start(text: str, lo: int, cs: int) -> int:
    """Where a time adverbial just before the cue at cs starts (cs when there is none); a
    sentence it opens keeps it ("Wednesday added one more …" is no subject either way)."""
    if text[cs - 4 : cs - 1] not in ("day", "ght", "ing", "oon"):
        return cs
    m = _TIME_BEFORE.search(text, max(lo, cs - 40), cs)
    if m is None or not text[lo : m.start()].strip(" ,\n" + _MARKS):
        return cs
    k = _rstrip_end(text, lo, m.start())
    pw = _PREV_WORD.search(text, max(lo, k - 30), k)
    if not (text[k - 1 : k] in ",)" or (pw and pw.group()[:1].isupper())):
        return cs  # "a poll released Saturday shows": the time goes with "released"
    return m.start()


_PREV_WORD = lazy(r"[\w’'.-]+$")


def _cue_start(text: str, lo: int, pos: int) -> int:
    """Where a cue starts once auxiliaries and adverbs before the verb are included."""
    if pos - 1 <= lo or not text[pos - 1].isspace():
        return pos
    k = text.rfind(" ", max(lo, pos - 16), pos - 1)
    if k < 0 or text[k + 1 : pos].strip().lower() not in _AUX_WORDS:
        return pos  # no auxiliary or adverb just before the verb
    m = _AUX_BEFORE.search(text, max(lo, pos - 40), pos)
    return m.start() if m else pos


_ROLE_TOKEN = lazy(r"\w+(?:[-'’]\w+)*")


class _RoleFinder:
    """Role words in a string by token lookup (one- and two-word entries, the longer first):
    a dict probe per token is much cheaper than a case-insensitive alternation of every entry."""

    def __init__(self, table: dict[str, dict[str, object]]) -> None:
        self.table = table

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one instance, built once
    def findall(self, s: str) -> tuple[str, ...]:
        toks = [m.group() for m in _ROLE_TOKEN.finditer(s)]
        out: list[str] = []
        i = 0
        while i < len(toks):
            if i + 1 < len(toks):
                two = f"{toks[i]} {toks[i + 1]}"
                if two.lower().replace("’", "'") in self.table:
                    out.append(two)
                    i += 2
                    continue
            if toks[i].lower().replace("’", "'") in self.table:
                out.append(toks[i])
            i += 1
        return tuple(out)


@functools.cache
def _roles() -> tuple[dict[str, dict[str, object]], _RoleFinder]:
    table = {str(e["word"]).lower(): e for e in rules.entries("speaker_roles")}
    return table, _RoleFinder(table)


def _role_entry(table: dict[str, dict[str, object]], word: str) -> dict[str, object]:
    return table[word.lower().replace("’", "'")]


@dataclass
class _Found:
    """An attribution found in a unit, before speaker resolution."""

    speaker: Span | None
    head: Span | None  # the naming part of the speaker (no appositive)
    appos: Span | None
    cue: str
    content: Span
    rule: str
    more: tuple[Span, ...] = ()  # further content parts ("A, he said, B")


# --------------------------------------------------------------------------- units


def _units(doc: Document, quotes: list[Quote]) -> list[tuple[Span, int]]:
    """Sentences merged so that no quote crosses a unit boundary; (span, paragraph index)."""
    units: list[tuple[Span, int]] = []
    text = doc.text
    qi = 0
    for sent in doc.sentences:
        s, e = sent.span
        if units and units[-1][1] == sent.paragraph:
            ps, pe = units[-1][0]
            if _ABBREV.search(text, max(ps, pe - 8), pe) and not (
                _COMPANY_END.search(text, max(ps, pe - 8), pe) and _STARTER.match(text, s)
            ):
                units[-1] = ((ps, e), sent.paragraph)
                continue
            while qi < len(quotes) and quotes[qi].outer[1] <= ps:
                qi += 1
            j = qi
            merge = False
            while j < len(quotes) and quotes[j].outer[0] < pe:
                if quotes[j].outer[1] > pe:
                    merge = True
                    break
                j += 1
            k = pe
            while k > ps and pe - k < 2 and text[k - 1] in _CLOSE_MARKS:
                k -= 1  # "?''": a wire archive's closing mark is two apostrophes
            if merge or (
                e - s < 120
                and k < pe
                and text[k - 1 : k] in ".?!…"
                and _SAID_TAIL.match(text, s, e)
            ):
                # ... or “…?” X said.: the attribution after a quote that ends its sentence.
                units[-1] = ((ps, e), sent.paragraph)
                continue
        units.append(((s, e), sent.paragraph))
    return units


_SPLIT_QUOTE = lazy(r",\s*[“\"]")
_NEXT_QUOTE = lazy(r"[.!?][”\"]?\s+[“\"]")
_CLOSE_MARKS = DOUBLE_CLOSE + "\"'’"
_SAID_TAIL = lazy(
    r"\s*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|he|she|they|it|we|I)\s+(?:said|says|added|"
    r"adds|asked|asks|wrote|writes|told|tells|explained|continued|insisted|replied|responded|"
    r"tweeted|tweets|wondered|demanded|urged|repeated|remarked|questioned|pressed|answered|"
    r"declared|exclaimed|noted|argued|warned|joked|quipped|countered|recalled|conceded)"
    r"\b[^.!?“\"]*[.!?]?\s*$"
)


def _in_quote(starts: list[int], quotes: list[Quote], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and quotes[i].outer[0] <= pos < quotes[i].outer[1]


# --------------------------------------------------------------------------- spans


def _strip(text: str, s: int, e: int, chars: str = "") -> Span:
    """The span without spaces and `chars` at either end (str.strip on the slice), found by
    index so that no slice is copied (_strip_slow is the reference form)."""
    if not 0 <= s <= e <= len(text):
        return _strip_slow(text, s, e, chars)  # out of range: the slice's own answer
    while s < e and (text[s].isspace() or text[s] in chars):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in chars):
        e -= 1
    return s, e


def _strip_slow(text: str, s: int, e: int, chars: str = "") -> Span:
    seg = text[s:e]
    t = seg.lstrip()
    if chars:
        while t and t[0] in chars:
            t = t.lstrip(chars).lstrip()
    s = e - len(t)
    u = t.rstrip()
    if chars:
        while u and u[-1] in chars:
            u = u.rstrip(chars).rstrip()
    return s, s + len(u)


_OPEN_MARKS = DOUBLE_OPEN + "\"'‘"
_END_MARKS = ".!?,;" + DOUBLE_CLOSE + "\"'’"


def _content(text: str, s: int, e: int, quotes: list[Quote], starts: list[int]) -> Span:
    """Trim a content span: spaces, a leading 'that', the final stop, and outer quote marks."""
    in_range = 0 <= s <= e <= len(text)
    s, e = _strip(text, s, e, ",:;—–-")
    if text.startswith("that ", s):
        s += 5
        s, e = _strip(text, s, e, ",:;—–-")
    elif not in_range:
        s, e = _strip(text, s, e, ",:;—–-")  # (in range, a stripped span strips to itself)
    quoted = s < e and text[s] in _OPEN_MARKS
    while e > s and text[e - 1] in _END_MARKS:
        if text[e - 1] in "'’" and e - 2 >= s and text[e - 2].isalnum():
            break
        if text[e - 1] not in ".!?,;" and not quoted:
            break  # a partial quote closing the content keeps its mark
        e -= 1
    if s < e and text[s] in _OPEN_MARKS:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and quotes[i].outer[0] == s and quotes[i].outer[1] >= e:
            s, e = quotes[i].inner[0], min(e, quotes[i].inner[1])
        else:
            s += 1
    return _strip(text, s, e, ",:;—–-")


def _words(text: str, s: int, e: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, s, e))


def _plausible(text: str, s: int, e: int, lenient: bool = False) -> bool:
    """Does text[s:e] look like a noun phrase that can name a speaker?

    `lenient` is for the positions where almost anything is the speaker ("…, X said.").
    The answer depends on the words alone, so it is cached by them ("he", "the minister");
    a phrase a "who" follows names people whatever its words ("tour operators who …")."""
    return _plausible_words(text[s:e], lenient or text.startswith(" who ", e))


@functools.lru_cache(maxsize=8192)
def _plausible_words(text: str, lenient: bool) -> bool:
    s, e = 0, len(text)
    ws = _WORD.findall(text, s, e)
    if not ws or len(ws) > 16 or _QUOTE_MARK.search(text, s, e):
        return False
    if _QUANTITY.match(text, s, e):
        return True  # "59 percent of voters", "one in four", "a majority": a poll's answer
    low = [w.lower().strip(".") for w in ws]
    if len(ws) == 1 and low[0] in _PRONOUNS_WHO | _GROUP_PRONOUNS:
        return True
    if _head_postmodified(low):
        return True
    if len(ws) > 12:
        # "the Acme Workers Union of America and the Beta Guild": names and their links only
        return "and" in low and all(w[:1].isupper() or w.lower() in _NAME_PART for w in ws)
    if low[0] in _FREE_RELATIVE and len(ws) > 1:
        return False  # "Everything Roe says is a lie": the verb is in a relative clause
    if low[0] in _NOT_SUBJECT_START:
        # "That person said …", "This official told …": a demonstrative before a role noun
        return (
            low[0] in _DEMONSTRATIVES
            and 2 <= len(ws) <= 3
            and (low[-1] in _PERSON_NOUNS or _roles()[0].get(low[-1], {}).get("noun") == "person")
        )
    if len(ws) == 1 and low[0] in _DETERMINERS:
        return False  # "The said agreement"
    if any(
        w in {"is", "was", "are", "were", "will", "would", "could", "should", "can"}
        and not (ws[i][:1].isupper() and ws[i + 1 : i + 2] and ws[i + 1][:1].isupper())
        for i, w in enumerate(low)
    ):
        return False  # a finite verb, not a name ("Will Doyle", "Can Dundar")
    table, _ = _roles()
    last = low[-1].removesuffix("’s").removesuffix("'s")
    if last in table or (len(low) > 1 and " ".join(low[-2:]) in table):
        return True
    if (
        len(ws) <= 4
        and last.endswith("s")
        and (table.get(last[:-1], {}).get("noun") in _PLURAL_NOUNS or last in _PLURAL_DOCUMENTS)
        and "," not in text
        and low[0] not in _PREPOSITIONS  # "with polls showing …": an absolute phrase
    ):
        return True  # "abortion opponents", "farm groups", "GOP strategists": people or bodies
    if any(c.isupper() for c in ws[-1]):
        return True
    if ws[0].endswith(("’s", "'s")) and ws[0][:1].isupper() and len(ws) <= 6:
        return True  # "Ruritania's trade commissioner"
    if any(w[:1].isupper() for w in ws[1:]) and len(ws) <= 8:
        return True  # "Ruritania's trade commissioner", "the WTO spokesman"
    if lenient and len(ws) <= 6 and last not in _DETERMINERS:
        return True
    # "the two sides", "many economists", "the bank": a determiner and a short noun phrase.
    return low[0] in _DETERMINERS and 2 <= len(ws) <= 4 and last not in _DETERMINERS


_PLURAL_NOUNS = frozenset({"person", "organisation"})
_FREE_RELATIVE = frozenset({"everything", "anything", "nothing", "something", "whatever",
                            "whichever"})
_PREPOSITIONS = frozenset({"with", "in", "on", "at", "for", "from", "by", "of", "to", "about",
                           "after", "before", "among", "amid", "as", "without", "despite"})
# Plural evidence nouns that speak as their reports do ("Recent polls show …").
_PLURAL_DOCUMENTS = frozenset({"polls", "surveys", "records", "filings", "reports", "documents",
                               "studies", "figures", "results", "estimates", "projections"})
# Adverbs a participle clause may open with ("…, only saying that …", "…, also noting …").
_PARTICIPLE_ADVERBS = frozenset({"only", "also", "simply", "merely", "again", "later", "then",
                                 "repeatedly", "publicly", "openly"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# A quantifier standing for people: "Several said …", "Many say …", "Others argue …".
_GROUP_PRONOUNS = frozenset({"several", "many", "some", "most", "others", "few", "both",
                             "another"})
# Words that open a post-modifier of a person noun: "a person familiar with …", "a source
# close to him", "people who have …", "several people I've spoken with".
_POSTMOD = frozenset({
    "familiar", "close", "with", "who", "in", "at", "from", "of", "for", "involved", "briefed",
    "knowledgeable", "i", "i've", "i’ve", "we", "on", "inside", "within", "near", "told",
    "speaking", "granted", "aware",
})


def _head_postmodified(low: list[str]) -> bool:
    """A long speaker noun phrase: determiners or adjectives, a person noun, a post-modifier."""
    table, _ = _roles()
    for i, w in enumerate(low[:4]):
        if w in table or w in _PERSON_NOUNS or w.removesuffix("s") in table:
            return i + 1 < len(low) and low[i + 1] in _POSTMOD and i < 3
        if not w.isalpha():
            return False
    return False


_PERSON_NOUNS = frozenset({"person", "man", "woman", "men", "women", "someone", "insider",
                           "insiders", "aides", "allies", "ally", "friends", "friend"})
# The words _subject_left's scan looks at twice; any other word just extends the subject.
_SUBJECT_STOPS = _OBJECT_PRONOUNS | _PRONOUNS | _BOUNDARY


# "the Urban League": a name after "the" (a conjunct of "X and the Y said").
_THE_NAME = lazy(r"the\s+[A-Z]")
_REL_AUX = frozenset({"was", "were", "had", "has", "have", "been", "is", "are", "would", "will",
                      "could", "can", "may", "might", "should", "being", "be"})


_NAME_PART = frozenset({"of", "for", "and", "&", "on", "the"})


def _name_conjunct(text: str, lo: int, conj: int) -> int:
    """Where "the A and the B" opens when the words before it run long ("groups like the
    Acme Workers Union of America and the Beta Guild said"): the name before "and" (its
    capitalised words and "of", "for", "the"), else B alone."""
    k = text.rfind(" and ", lo, conj)
    if k < 0:
        return conj
    start = conj
    for w in reversed(_words(text, max(lo, k - 100), k)):
        lw = w.group().lower()
        if text[w.end() : start if start != conj else k].strip():
            break
        if not (w.group()[:1].isupper() or lw in _NAME_PART):
            break
        start = w.start()
        if lw == "the":
            break
    return start if start < conj and text[start : start + 1].isupper() or (
        text.startswith("the ", start) and text[start + 4 : start + 5].isupper()
    ) else conj


# "Roe and", "He and", "the mayor's aides and", "Acme Corp. and": the conjunct before "and
# other(s)" (at most five words, no punctuation but a possessive or an initial's point).
_AND_OTHERS_LEFT = lazy(
    r"(?:[Hh]e|[Ss]he|[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,4}?|[Tt]he\s+[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?)"
    r"\s+and\s+$"
)


def _and_others(text: str, lo: int, s: int) -> Span | None:
    """The named conjunct of "X and other(s) …" opening its clause, X's span; else None.

    Only a conjunct that opens the clause (nothing but a connector or a fronted phrase and
    its comma before it) and holds no verb-like word ("as police said and others"): the
    subject."""
    if not text.startswith(("other ", "others"), s) or not text.endswith(" and ", 0, s):
        return None
    xe = s - 5
    starts = [w.start() for w in _words(text, max(lo, s - 80), xe)][-5:]
    for xs in reversed(starts):
        if _AND_OTHERS_LEFT.fullmatch(text, xs, s) is None or not _subject_opening(text, lo, xs):
            continue
        for w in text[xs:xe].split():
            lw = w.lower()
            if (lw in _BOUNDARY and lw not in {"he", "she"}) or (
                lw.endswith("ed") and w[:1].islower()
            ):
                return None
        return xs, xe
    return None


# The nouns of documents that speak for their authors (speaker_roles.json "document"), and
# a resolution, the document a body adopts.
_DOCUMENT_NOUNS = frozenset(
    [str(e["word"]) for e in rules.entries("speaker_roles") if e.get("noun") == "document"]
    + ["resolution"]
)
_DOC_ALT = "|".join(sorted(_DOCUMENT_NOUNS, key=lambda w: (-len(w), w)))
# A sentence opening with a document and a participle description: "The report, released by
# X and Y, says", "A resolution, drafted by A, B and C and passed by a vote, urges".
_DOC_APPOS = lazy(
    r"[\s“\"]*(?:The|A|An|This|That|Its|Their|Her|His)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_DOC_ALT})s?(,)\s+(?:[a-z]+-)?(?:[a-z]+ed|written|drawn|taken|made|sent)\b"
)


def _subject_left(text: str, lo: int, cue_start: int) -> tuple[Span, Span | None, Span | None]:
    """The speaker before a verb: (head span or empty, appositive span, full speaker span).

    Scans left from the verb over words until a clause boundary; "X, a professor at Y, said"
    gives head X and appositive "a professor at Y"."""
    e = cue_start
    while e > lo and text[e - 1].isspace():
        e -= 1
    appos: Span | None = None
    for n in range(2):
        if not (e > lo and text[e - 1] == ","):
            break
        # Appositive: find the comma that opens it.
        ae = e - 1
        k = text.rfind(",", lo, ae)
        if n == 0 and k > lo:
            dm = _DOC_APPOS.match(text, lo, ae)
            if dm is not None and dm.start(1) < k and ae - dm.start(1) <= 240:
                # "A resolution, drafted by Chile, Ghana and Peru and passed
                # without a vote, offers …": the document's description has commas of its own
                k = dm.start(1)
        if k < 0 or ae - k > 140:
            if n == 0 and text[ae - 1 : ae] not in ")>":
                return (e, e), None, None
            e = ae  # "Roe, who said A, said B": Roe; "Acme Corp <ACME.N>, said": Acme Corp
            break
        if text[k + 1 : k + 2] in _CLOSE_MARKS or text[k - 1 : k] in _CLOSE_MARKS:
            # “A,” Roe, who …, said: the comma closing the quotation opens no appositive.
            e = ae
            break
        if n == 0 and not _RELATIVE_START.match(text, *_strip(text, k + 1, ae)):
            rel = _relative_through(text, lo, k)
            if rel >= 0:
                # "Kos, who lived abroad from 1970, when the army took power, until 1990,
                # said": a relative clause with commas of its own runs up to the verb
                e = _rstrip_end(text, lo, rel + 1)
                continue
        appos = _strip(text, k + 1, ae)
        e = k
        if text[appos[0] : appos[1]].lower() in _ASIDES:
            appos = None  # "Jones, however, said": an aside, not an appositive
            break
        if not _RELATIVE_START.match(text, *appos):
            break
        # "Roe, (a professor,) who said A, said B": the relative clause is its own view.
        appos = None
        e = _rstrip_end(text, lo, k + 1)
    if e > lo and text[e - 1] in ")>":
        k = text.rfind("(" if text[e - 1] == ")" else "<", max(lo, e - 30), e)
        if k > lo:
            e2 = k
            while e2 > lo and text[e2 - 1].isspace():
                e2 -= 1
            paren_end = e
            e = e2
        else:
            paren_end = e
    else:
        paren_end = e
    # The subject is usually a few words: scan a short window, and the full one only when the
    # scan reaches the window's first word (which may be cut).
    full_lo = max(lo, e - 300)
    short_lo = max(full_lo, e - 60)
    ws = _words(text, short_lo, e)
    if short_lo == full_lo:
        full_lo = -1
    start = e
    count = 0
    last_conjunct = -1
    i = len(ws)
    while i > 0:
        i -= 1
        m = ws[i]
        if i == 0 and full_lo >= 0:
            ws = _words(text, full_lo, e)
            full_lo = -1
            start, count, i, last_conjunct = e, 0, len(ws), -1
            continue
        ms, me = m.span()
        if me != start and (me + 1 != start or text[me] != " "):  # not one space
            gap = text[me:start].strip()
            if gap and gap not in {"’s", "'s", "%"}:
                break  # punctuation between words ends the subject ("47% say": a share)
        w = m.group()
        if w[0] in _MARKS and not w.strip(_MARKS):
            break  # a closing quote mark (''), not a word
        lw = w.lower()
        if lw not in _SUBJECT_STOPS:
            start = ms  # a plain word: the subject goes on
            count += 1
            if count > 12:
                if last_conjunct < 0:
                    return (e, e), None, None
                start = _name_conjunct(text, lo, last_conjunct)
                break
            continue
        if (
            lw in _OBJECT_PRONOUNS
            and count == 0
            and i > 1
            and ws[i - 1].group().lower() in _OBJECT_PREPOSITIONS
            and text[ws[i - 1].end() : m.start()] == " "
        ):
            # "a source close to him said": "to him" ends a modifier of the subject.
            i -= 1
            start = ws[i].start()
            count += 2
            continue
        if lw in _PRONOUNS and count > 0 and lw != "it" and text[m.end() : start] == " ":
            # "I confirmed Dutch support for …": the pronoun is the subject and the cue a noun.
            return (e, e), None, None
        if lw in _REL_AUX and count > 0 and i > 0:
            j = i - 1
            while j > 0 and ws[j].group().lower() in _REL_AUX:
                j -= 1
            if ws[j].group().lower() == "who":
                # "officers who had been searching for Roe concluded": past the auxiliaries
                # to the relative pronoun, whose antecedent is the speaker
                i = j + 1
                start = ws[i].start()
                count += 1
                continue
        if lw in _BOUNDARY and count > 0:
            if (
                lw == "and"
                and i > 0
                and ws[i - 1].group().lower() in _PAIRED_PREPOSITIONS
                and _WORD.match(text, start) is not None
                and _WORD.match(text, start).group().lower() in _PAIRED_PREPOSITIONS  # type: ignore[union-attr]
            ):
                # "Officials in and around the city said": two prepositions share one object.
                start = m.start()
                count += 1
                continue
            if (
                lw == "who"
                and (ant := _antecedent(text, lo, m.start())) is not None
                and not ant[1]
                and (xs := _and_others(text, lo, ant[0])) is not None
            ):
                # "Roe and others who oppose the plan say": the one named speaks for them.
                return xs, None, (xs[0], paren_end)
            if (
                lw == "who"
                and (ant := _antecedent(text, lo, m.start())) is not None
                and not ant[1]
                and _subject_opening(text, lo, ant[0])
            ):
                # "Tour operators who work in the region say": the restrictive clause's
                # antecedent is the speaker.
                head = _strip(text, ant[0], m.start())
                return head, None, (head[0], paren_end)
            if lw == "and" and start < e and m.start() > lo and (
                text[start].isupper() or _THE_NAME.match(text, start, e) is not None
            ):
                # "Roe and Doe said", "the ACLU and the Urban League said": both conjuncts
                if not text[start].isupper() and last_conjunct < 0:
                    last_conjunct = start
                prev = text[lo : m.start()].rstrip()
                pw = prev.rsplit(None, 1)[-1] if prev.split() else ""
                if any(c.isupper() for c in pw):  # "… John al-Doe and Prime Minister …"
                    start = m.start()
                    count += 1
                    continue
            break
        if lw in _BOUNDARY and count == 0 and lw not in _PRONOUNS:
            break
        start = m.start()
        count += 1
        if lw in _PRONOUNS:
            break
        if count > 12:
            if last_conjunct < 0:
                return (e, e), None, None
            start = _name_conjunct(text, lo, last_conjunct)
            break
    # Leading connectors ("But the minister said") are not part of the subject.
    m2 = _CONNECTOR.match(text, start, e)
    if m2:
        start = m2.end()
    m3 = (_TIME_LEAD.match(text, start, e) or _EVENT_LEAD.match(text, start, e)
          if text[start : start + 1] in "IOBSDLETA" else None)
    if m3 and m3.end() < e:
        start = m3.end()  # "In 2010 the mayor said", "In an interview Roe said": then the subject
    if text.startswith(("other ", "others"), start) and (
        xs := _and_others(text, lo, start)
    ) is not None:
        # "Roe and other officials said", "He and other relatives say": the one named speaks
        # (for the rest, who are not named).
        return xs, None, (xs[0], paren_end)
    head = (start, paren_end if start < e else e)
    am = (
        _ADVERB_END.search(text, max(start, head[1] - 40), head[1])
        if text[head[1] - 2 : head[1]] == "ly" and head[1] > start and paren_end == e
        else None
    )
    if am and am.start() > start and am.group(1).lower() not in _LY_NOUNS:
        head = (start, am.start())  # "An accompanying statement specifically warned": no adverb
    full = (start, appos[1]) if appos else head
    if appos and head[0] < head[1]:
        fw = _WORD.match(text, head[0])
        if fw is not None and fw.group().lower() in _PREPOSITIONS and _plausible(
            text, *appos
        ):
            # "Of the plan, Roe, who …, said": a fronted phrase, then the subject
            return appos, None, appos
    if appos and _AGE.fullmatch(text, *appos):
        return head, None, full  # "Doe, 54, said": an age, not a role
    if appos and _role_then_name(text, head, appos):
        return appos, head, full  # "the minister, Jane Doe, said": the name is the head
    if appos and head[0] < head[1] and text[head[0]].isupper():
        # "The ambassador to Ruritania, Jane Doe, said": the scan stopped at "to"; the place
        # completes a role noun and the name in apposition speaks.
        rt = _ROLE_TO.search(text, max(lo, head[0] - 40), head[0])
        if rt and _role_to_name(text, rt.group(1), appos):
            return appos, (rt.start(), head[1]), (rt.start(), appos[1])
    if appos and head[0] < head[1]:
        name = _name_before(text, lo, head)
        if name is not None:
            # "Jane Roe, the attorney general of the state, one of the plaintiffs, said",
            # "Jane Roe, 21, a junior at the college, said": the name opens the chain.
            first = None if _AGE.fullmatch(text, *head) else head
            return name, first or appos, (name[0], full[1])
        name = _chain_opener(text, lo, head[0])
        if name is not None:
            # "Jane Roe, founder of Friends of the Park, a group that …, called it": the scan
            # stopped inside the first aside; the name that opens the clause speaks.
            return name, (_strip(text, name[1] + 1, appos[1])), (name[0], full[1])
    return head, appos, full


# "The author of the book, Jane Roe, said", "said the bureau's director, John Doe", "Another
# former lawmaker, Sen. Ann Roe (I-Conn.), said": a description, then the person's name in
# apposition, who speaks. The description opens with a determiner, a number or a possessive.
_DESCRIPTION_OPENER = lazy(
    r"(?i:the|a|an|another|one|two|three|four|several|his|her|their|its|our|some)\b|"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s?\s"
)
# What may follow the name in its apposition: "of Acme", "(R-Ohio)", "at Beta", ", who …".
_AFTER_APPOS_NAME = lazy(r"\s*(?:$|,|\(|of\s|at\s|from\s|who\s)")


def _appositive_name(res: _Resolver, f: _Found, hs: int, he: int) -> Actor | None:
    """The person named in apposition right after a speaker description ("The assailant,
    Jane Roe, who …, said"; "said the bureau's director, John Doe"): a person mention that
    opens the appositive after capitalised title words only ("Vermont Sen. Ann Roe"), and
    ends it or is followed by "of …", "(…)", a comma. The description itself names no person
    (a possessor aside: "Roe's campaign manager, Tom Doe"); None otherwise."""
    text = res.text
    if not _DESCRIPTION_OPENER.match(text, hs, he):
        return None
    if he - hs > 90 or text[he : he + 3].lstrip()[:1] != ",":
        return None
    a0 = he + 1
    while a0 < len(text) and text[a0] in " \t\u00a0":
        a0 += 1
    ae = f.speaker[1] if f.speaker else he
    if f.appos is not None and f.appos[0] >= a0:
        ae = f.appos[1]
    if not text[a0:a0 + 1].isupper():
        return None
    for ms, me, a in res.covering(hs, he):
        if a.kind == "person" and me > he - 2 and not text.startswith(("’", "'"), me):
            return None  # "the minister Jane Roe, a …": the head names its person
    for ms, me, a in res.covering(a0, min(ae, a0 + 80)):
        if ms < a0:
            continue
        if a.kind != "person":
            if ms == a0:
                return None  # "The company, Acme Corp, said"
            continue
        pre = text[a0:ms].split()
        if len(pre) > 3 or any(not w[:1].isupper() for w in pre):
            return None
        if not _AFTER_APPOS_NAME.match(text, me, ae):
            return None
        return a
    return None


def _introduced_unnamed(text: str, noun: str, lo: int, hs: int) -> bool:
    """Does the text introduce someone of that role unnamed ("a judge in Ohio", "another
    general") between lo and hs?"""
    rx = _INTRO_RX.get(noun)
    if rx is None:  # the noun as the text writes it: no pattern for lazyre's code cache
        rx = _INTRO_RX[noun] = re.compile(
            rf"\b(?i:an?|another|one)\s+(?:[\w.-]+\s+){{0,2}}?{re.escape(noun)}\b(?!\s+[A-Z])"
        )
    return rx.search(text, lo, hs) is not None


_INTRO_RX: dict[str, re.Pattern[str]] = {}
_QUOTE_OR_END = lazy(r"[“”\"]|''|``|[.!?]\s")


def _relative_through(text: str, lo: int, k: int) -> int:
    """The comma opening a relative clause (", who", ", which") that runs on past the comma
    at k (its own asides: ", when …, until 1990,"), in the 200 characters before k with no
    quotation mark or sentence end between; -1 when none."""
    start = max(lo, k - 200)
    hit = -1
    for m in _RELATIVE.finditer(text, start, k):
        hit = m.start()
    if hit < 0 or _QUOTE_OR_END.search(text, hit, k):
        return -1
    return hit


def _chain_opener(text: str, lo: int, hs: int) -> Span | None:
    """A name of one to five capitalised words opening the clause at lo and closed by a
    comma before hs, followed by a lower-case description ("Jane Roe, founder of …")."""
    s = lo
    while s < hs and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    c = text.find(",", s, hs)
    if c < 0 or hs - c > 200:
        return None
    ws = text[s:c].split()
    if not 1 <= len(ws) <= 5 or not all(_NAME_WORD.match(w) for w in ws):
        return None
    first = ws[0].lower()
    if first in _DETERMINERS or first in _NOT_NAME or _ADVERBIAL_START.match(first) or (
        _CONNECTOR.match(ws[0] + " ")
    ):
        return None
    rest = text[c + 1 : hs]
    if not rest.lstrip()[:1].islower() or any(ch in rest for ch in ".;:!?\n"):
        return None
    low = rest.lower().split()
    if low[0].strip(",") in _ASIDES or not _FINITE.isdisjoint(w.strip(",") for w in low):
        return None  # "Roe, meanwhile, may have left, …": a clause, not a description
    return s, c


# A time adverbial with no comma before the subject: "In 2010 the mayor", "Last week Roe".
# An occasion with no comma before the subject: "In a radio interview Roe said …".
_EVENT_LEAD = lazy(
    r"(?:In|At|During|On)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:interview|statement|speech|letter|remarks|conference|appearance|debate|op-ed|column|"
    r"post|tweet|video|broadcast|hearing|rally|address|briefing|session|meeting)s?\s+(?=[A-Z]|the\s)"
)
_TIME_LEAD = lazy(
    r"(?:In|On|By|Since|During|Last|Earlier|This|Late|Early)\s+(?:(?:early|late|mid)[\s-])?"
    r"(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
    r"spring|summer|fall|autumn|winter)(?:\s+\d{1,4})?\s+(?=[A-Za-z])"
)
# A lower-case adverb in -ly closing the words before a verb ("The minister firmly rejected").
_ADVERB_END = lazy(r"\s+([a-z]{3,}ly)$")
_LY_NOUNS = frozenset({
    "family", "assembly", "supply", "ally", "rally", "monopoly", "anomaly", "daily", "weekly",
    "monthly", "quarterly", "elderly", "bully", "italy", "july", "jelly", "belly", "folly",
})


_ROLE_TO = lazy(r"\b([a-z]+)\s+to\s+(?:the\s+)?$")
_PAIRED_PREPOSITIONS = frozenset({
    "in", "around", "inside", "outside", "within", "near", "across", "at", "from", "beyond",
})


def _subject_opening(text: str, lo: int, s: int) -> bool:
    """Does the phrase at s open its clause (only a connector or an adverbial and its comma
    before it)?"""
    gap = text[lo:s].strip()
    if not gap or gap.endswith(","):
        return True
    m = _CONNECTOR.match(text, lo, s)
    return m is not None and not text[m.end() : s].strip()


def _role_to_name(text: str, role: str, appos: Span) -> bool:
    aw = text[appos[0] : appos[1]].split()
    if not 1 < len(aw) <= 4 or not all(w[:1].isupper() and _NAME_WORD.match(w) for w in aw):
        return False
    table, _ = _roles()
    return role in table and _role_entry(table, role).get("noun") == "person"


# A quotation closed on a comma (or ? !) right before the subject: “A,” Roe, a lawyer, told Y.
_QUOTE_LEAD = lazy(r"(?:[,?!][" + _CLOSE_MARKS + r"]{1,2}|[" + _CLOSE_MARKS + r"],)\s+$")


def _aside_subject(text: str, us: int, cs: int) -> bool:
    """Does the sentence open with its subject and an aside before the verb ("Roe, who opposed
    the plan, asked …", "Roe, a lawyer, asked …")? Then the verb is not inverted: the words
    after it are its object, not the speaker."""
    head, _, full = _subject_left(text, us, cs)
    if head[0] >= head[1] or full is None:
        return False
    if _CONNECTOR.fullmatch(text, head[0], min(cs, head[1] + 2)):
        return False  # "Still, most of it went to other funds, says Roe": no subject, inverted
    lead = text[us : min(head[0], full[0])]
    if (
        lead.strip(" " + _MARKS)
        and not _CONNECTOR.fullmatch(lead.lstrip(" " + _MARKS))
        and not _QUOTE_LEAD.search(lead)
        and not (_fronted_adverbial(lead) and _description_aside(text, head[1], cs))
    ):
        return False
    return text.find(",", head[1], cs) >= 0 and _plausible(text, *head)


_DESCRIPTION_OPEN = lazy(
    r",\s+(?:an?|the|who|which|whose|\d{1,3}\b|[\w’'-]+(?:’s|'s|ing)\b)", re.IGNORECASE
)


def _description_aside(text: str, he: int, cs: int) -> bool:
    """Is text[he:cs] a comma aside describing the subject (an appositive, an age, a relative
    or participle clause), not a clause of the sentence ("the data show X, said Roe")?"""
    return _DESCRIPTION_OPEN.match(text, he, cs) is not None and (
        text[he:cs].rstrip().endswith(",")
    )


def _fronted_adverbial(lead: str) -> bool:
    """Is the text before the subject a fronted time or place adverbial closed by a comma
    ("On Monday, Roe, a lawyer, said …", "In an interview on Tuesday, Roe, …, said")? Short,
    no finite verb, no quote mark."""
    seg = lead.strip()
    if not seg.endswith(",") or len(seg) > 60 or any(c in seg for c in _MARKS):
        return False
    seg = seg[:-1]
    return (
        "," not in seg
        and bool(_ADVERBIAL_START.match(seg))
        and _FINITE.isdisjoint(seg.lower().split())
    )


def _name_before(text: str, lo: int, head: Span) -> Span | None:
    """The name before a comma that opens a chain of appositives ending at `head`."""
    hw = text[head[0] : head[1]].split(None, 1)[0]
    if not (hw[:1].islower() or hw.lower() in _DETERMINERS or hw.isdigit()):
        return None
    c = _rstrip_end(text, lo, head[0])
    if c <= lo or text[c - 1] != ",":
        return None
    e = _rstrip_end(text, lo, c - 1)
    start = e
    n = 0
    for m in reversed(_words(text, max(lo, e - 80), e)):
        w = m.group()
        if text[m.end() : start].strip() or not _NAME_WORD.match(w) or w.lower() in _BOUNDARY:
            break
        if _ADVERBIAL_START.fullmatch(w) or w.lower() in _DETERMINERS:
            break
        start = m.start()
        n += 1
        if n > 5:
            return None
    if n == 0:
        return None
    k = _rstrip_end(text, lo, start)
    prev = text[k - 1] if k > lo else ""
    if prev not in _CLOSE_MARKS + ",—–" and not (k == lo and n > 1):
        return None
    if n == 1 and prev not in _CLOSE_MARKS:
        return None
    return start, e


_AGE = lazy(r"\d{1,3}")
_NAME_WORD = lazy(r"(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|de|da|van|von|der|la|le|del)$")


def _role_then_name(text: str, head: Span, appos: Span) -> bool:
    """Is head a role noun phrase ("the minister") and the appositive a name ("Jane Doe")?"""
    hw = text[head[0] : head[1]].lower().split()
    aw = text[appos[0] : appos[1]].split()
    if len(aw) == 1 and aw[0][:1].isupper() and _description_then_name(hw, aw):
        return True
    if not hw or not 1 < len(aw) <= 5 or not aw[0][:1].isupper():
        return False
    if aw[0].lower() in _DETERMINERS or not all(_NAME_WORD.match(w) for w in aw):
        return False
    table, _ = _roles()
    if len(hw) <= 4 and hw[-1] in table and (len(hw) == 1 or hw[0] in _DETERMINERS):
        return True
    if 4 < len(hw) <= 7 and hw[-1] in table and hw[0] in _DETERMINERS and _body_then_role(
        text[head[0] : head[1]].split()[1:]
    ):
        # "the Transit Agency inspector general, Jane Roe": a body's name before the role
        return True
    if _description_then_name(hw, aw):
        return True
    # "The head of the bureau's inquiry in Lagos, Jane Roe": a role noun with its complement.
    return (
        len(hw) <= 12
        and hw[0] in {"the", "a", "an"}
        and any(_role_entry(table, w).get("noun") == "person" for w in hw[1:3] if w in table)
        and ("of" in hw or "for" in hw or "at" in hw)
    )


def _body_then_role(words: list[str]) -> bool:
    """Capitalised name words, then lower-case role words ending the phrase ("Transit
    Department inspector general"; not "man who saw the attack")."""
    table, _ = _roles()
    k = 0
    while k < len(words) and words[k][:1].isupper():
        k += 1
    rest = [w.lower() for w in words[k:]]
    return 0 < k and 0 < len(rest) <= 2 and all(w in table or w.isalpha() for w in rest) and (
        rest[0] in table or rest[-1] in table
    ) and not any(w in _AUX_WORDS or w in {"who", "that", "which"} for w in rest)


_DESCRIPTION_OPENERS = frozenset({"another", "one", "two", "three", "his", "her", "their", "its"})
_KIN = frozenset({
    "mother", "father", "grandmother", "grandfather", "son", "daughter", "wife", "husband",
    "brother", "sister", "cousin", "uncle", "aunt", "nephew", "niece", "widow", "widower",
    "relative", "friend", "neighbor", "neighbour", "lawyer", "attorney", "spokesman",
    "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "partner", "colleague",
})
_NOT_NAME = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "however",
    "too", "meanwhile", "instead",
})


_COMPLEMENT_WORDS = frozenset({"at", "of", "for", "with", "from", "in", "on"})


def _description_then_name(hw: list[str], aw: list[str]) -> bool:
    """A description opened by a quantifier, possessive or kin noun and then a name: "One of
    them, Jane Roe", "Another cousin, Jane Roe", "the boy's grandmother, Jane" (the name
    speaks; a single name only after a kin or role noun)."""
    if not hw or len(hw) > 6 or not hw[-1].replace("-", "").isalpha() or not aw or len(aw) > 5:
        return False
    if aw[0].lower() in _NOT_NAME or not all(_NAME_WORD.match(w) for w in aw):
        return False
    opener = (
        hw[0] in _DESCRIPTION_OPENERS
        or hw[0] in _DETERMINERS
        or any(w.endswith(("’s", "'s")) for w in hw[:-1])
    )
    if not opener:
        return False
    if hw[-1] in {"them", "us", "those"}:
        return hw[0] in {"one", "two", "three", "another"} and hw[1:2] == ["of"]
    cut = next((i for i, w in enumerate(hw[2:], 2) if w in _COMPLEMENT_WORDS), 0)
    if cut:
        hw = hw[:cut]  # "his former business partner at Acme, Jane Roe": the noun before "at"
    if len(aw) > 1 and any(w.endswith(("’s", "'s")) for w in hw[:-1]):
        # "Roe's campaign manager, Tom Fields": a possessed role noun, then a full name.
        table, _ = _roles()
        if hw[-1] in table and _role_entry(table, hw[-1]).get("noun") == "person":
            return True
    # "the boy's great-uncle, Jane Roe", "his ex-wife, Jane Roe": a prefixed kin noun
    kin = hw[-1].removeprefix("great-").removeprefix("ex-").removeprefix("step-")
    return kin in _KIN and (len(aw) > 1 or kin not in {"spokesman", "aide", "adviser"})


_RIGHT_HEAD_END = lazy(r"\s(?:in|on|at|to|during|when|while|after|before|last|this|told)\s")
_RELATIVE_START = lazy(r"(?:who|which)\b")
_RELATIVE = lazy(r",\s*(?:who|which)\b")
_RELATIVE_BEFORE = lazy(r",\s*(?:who|which)$")


_APPOS_QUOTE_OPEN = tuple(DOUBLE_OPEN + '"')


def _subject_right(text: str, s: int, e: int) -> tuple[Span, Span | None]:
    """The speaker after an inverted verb ("…,” said X, a professor at Y."): head, appositive."""
    s, e = _strip(text, s, min(e, s + 300), ".!?;:" + DOUBLE_CLOSE + '"')
    rel = _RELATIVE.search(text, s, e)
    if rel:
        e = rel.start()  # "said Jane Roe, 24, who said …": the relative clause is its own view
    comma = text.find(",", s, e)
    head_end = comma if comma >= 0 else e
    m = _RIGHT_HEAD_END.search(text, s, head_end) if comma < 0 else None
    if m:
        head_end = m.start()
    appos = _strip(text, comma + 1, e) if comma >= 0 else None
    if appos:
        c2 = text.find(",", appos[0], appos[1])
        if c2 > 0 and _NOT_RIGHT_SPEAKER.match(text, _strip(text, c2 + 1, appos[1])[0]):
            appos = _strip(text, appos[0], c2)  # "said Doe, the minister, on Monday"
    return _strip(text, s, head_end), appos


_TAIL_STRIP = ".!?,;:" + DOUBLE_CLOSE + '"'


def _tailish(text: str, s: int, e: int) -> bool:
    """Is text[s:e] what follows a sentence-final attribution: nothing, or an adverbial?"""
    if e - s > 400:
        return False
    s, e = _strip(text, s, e, _TAIL_STRIP)
    if s >= e:
        return True
    seg = text[s:e]
    parts = seg.split()
    if not parts:
        return True
    first = parts[0].lower()
    if len(parts) <= 3 and first.endswith("ing"):
        return True  # "she said, smiling."
    if first.strip(",") in _participles()[0]:
        return True  # "…, he said, adding that …": the participle is its own view
    if len(parts) > 12 or "“" in seg:
        return False
    low = seg.lower()
    if " that " in f" {low} ":
        return False
    if not _FINITE.isdisjoint(low.split(" ")):
        return False  # a finite verb between spaces: a clause of its own
    return bool(_ADVERBIAL_START.match(seg))


# --------------------------------------------------------------------------- attribution


# Attributions a trailing "according to Y" may relay (the speaker is the verb's subject).
_RELAYED = frozenset({"verb-final", "verb-inverted", "verb-lead"})


_LABEL_LEAD = rx_compile(r"[ \t\-•*–]*")  # what may stand before a label in its paragraph


def _attribute(
    text: str,
    unit: Span,
    para: Span,
    quotes: list[Quote],
    starts: list[int],
    names: frozenset[str] = frozenset(),
    in_view: list[Span] | None = None,
) -> list[_Found]:
    """The attributions of one unit (usually one; two for a quote split by "he said").

    `in_view`: the document's _occurrences of _IN_VIEW_WORDS (found here when not given)."""
    us, ue = unit
    # "According to X, …" and "…, according to X."
    acc = text.find("ccording to", us, ue)
    for n, m in enumerate(_ACCORDING.finditer(text, acc - 2, ue) if acc > us else ()):
        if n > 5:
            break
        if _in_quote(starts, quotes, m.start()):
            continue
        comma = text.find(",", m.end(), min(ue, m.end() + 200))
        sp_end = comma if comma >= 0 else min(ue, m.end() + 200)
        speaker = _strip(text, m.end(), sp_end, ".!?;:" + DOUBLE_CLOSE + '"')
        lm = _STAFF_AT.search(text, *speaker) if speaker[1] - speaker[0] > 12 else None
        if lm is not None:
            # "according to Acme officials here and at its Boston headquarters": the place
            # says where they speak, the staff noun ends the speaker
            speaker = (speaker[0], lm.end(1))
        if not _plausible(text, *speaker) and not _according_source(text, *speaker):
            continue
        full, appos = speaker, None
        lead = not text[us : m.start()].strip()
        ap = _according_appos(text, comma, ue, speaker, lead) if comma >= 0 else None
        if ap is not None:
            # "according to Jane Roe, a spokeswoman for the agency, …": the description
            # belongs to the source; the content starts (or resumes) after it
            appos, comma = ap
            if text[appos[0]].isupper() or not text.startswith(("who", "which"), appos[0]):
                full = (speaker[0], appos[1])
        cue = text[m.start() : m.end()].strip()
        pre = text[us : m.start()] if m.start() - us < 200 else "x" * 200
        if not pre.strip() or _CONNECTOR.fullmatch(pre.strip() + " "):
            if comma < 0:
                continue
            nested = _verb_attribution(text, comma + 1, ue, quotes, starts, names)
            if (
                nested
                and nested[0].rule == "verb-lead"
                and nested[0].speaker is not None
                and text.count(" ", comma + 1, nested[0].speaker[0]) <= 1
                and (
                    text[nested[0].speaker[0]].isupper()
                    or text.startswith("the ", nested[0].speaker[0])
                )
                and not _QUANTITY.match(text, *nested[0].speaker)
            ):
                # "According to Y News, Jane Roe said that …": the outlet reports Roe's words.
                return nested
            return [_Found(full, speaker, appos, cue, (comma + 1, ue), "according-to-lead")]
        cs, ce = us, m.start()
        if "said" in pre or "told" in pre:
            relayed = _verb_attribution(text, us, ce, quotes, starts, names)
            if relayed and relayed[0].speaker is not None and relayed[0].rule in _RELAYED:
                # "A, Roe said, according to the Tass news agency" / "Roe told the panel A,
                # according to a transcript": the agency or document relays Roe's words; like
                # "A said B, C said" (_outer_view), its own view is the whole report.
                if (
                    len(relayed) > 1
                    or relayed[-1].rule == "verb-final"
                    or _VERBATIM.search(text, *speaker)
                ):
                    return relayed  # a transcript or recording holds Roe's words, no view
                rs, re_ = _strip(text, us, ce, ",;:—– ")
                return [*relayed, _Found(full, speaker, appos, cue, (rs, re_),
                                         "according-to-tail")]
        inner = _verb_first(text, cs, ce, quotes, starts)
        if inner is not None:
            cs = inner
        if (
            comma >= 0
            and pre.rstrip().endswith(",")
            and not _tailish(text, comma + 1, ue)
            and not _in_quote(starts, quotes, comma)
        ):
            # "Ticket sales, according to the club, have doubled": both sides are the content.
            return [_Found(full, speaker, appos, cue, (cs, ce), "according-to-mid",
                           ((comma + 1, ue),))]
        return [_Found(full, speaker, appos, cue, (cs, ce), "according-to-tail")]
    vm = (
        _IN_VIEW.search(text, us, ue)
        if _occurs_in(
            in_view if in_view is not None else _occurrences(text[:ue], _IN_VIEW_WORDS), us, ue
        )
        else None
    )
    if vm and not _in_quote(starts, quotes, vm.start()):
        g = 1 if vm.group(1) else 2
        speaker = (vm.start(g), vm.end(g))
        cue = text[vm.start() : vm.start(g)].strip() + " view"
        return [_Found(speaker, speaker, None, cue, (vm.end(), ue), "in-view")]
    # A fronted verb: "Says Jane Roe, chief economist at Acme: “…”" opening the sentence.
    if text.startswith(_FRONT_VERBS, us):
        fm = _FRONT_SAYS.match(text, us, ue)
        if fm and not _in_quote(starts, quotes, us):
            sp = (fm.start(2), fm.end(2))
            comma = text.find(",", *sp)
            head = (sp[0], comma) if comma > 0 else sp
            appos = _strip(text, comma + 1, sp[1]) if comma > 0 else None
            if _plausible(text, *head, lenient=True):
                return [_Found(sp, head, appos, fm.group(1), (fm.end(), ue), "verb-inverted")]
    # Label: "President X: “…”" at the start of a paragraph, or a transcript "THE PRESIDENT:".
    # (a fullmatch stops at the first other character; slicing and stripping the paragraph
    # up to each unit cost a long paragraph's square: issue 8)
    if us == para[0] or _LABEL_LEAD.fullmatch(text, para[0], us) is not None:
        lm = _LABEL.match(text, para[0], ue) if text.find(":", para[0], ue) >= 0 else None
        if lm:
            rest = text[lm.end() : ue].lstrip()
            label = lm.group(1)
            if (
                rest[:1] in DOUBLE_OPEN + '"' or (label.isupper() and len(label) > 2)
            ) and not _lexicon()[0].search(label) and _plausible(
                text, lm.start(1), lm.end(1)
            ):
                sp = (lm.start(1), lm.end(1))
                return [_Found(sp, sp, None, ":", (lm.end(), para[1]), "label")]
    out = _verb_attribution(text, us, ue, quotes, starts, names)
    if out or text.find(" that ", us, ue) < 0:
        return out
    return _that_clause(text, us, ue, quotes, starts, names)


# A poll or study as the subject: "found/showed X …" reports its finding without 'that'.
_STUDY_HEAD = lazy(
    r"\b(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Rr]eports?|[Aa]nalys[ie]s|[Rr]esearch|"
    r"[Cc]ensus|[Aa]udit)\b"
)
_FRONT_VERBS = ("Says ", "Said ", "Adds ", "Added ", "Notes ", "Noted ", "Warns ", "Warned ",
                "Explains ", "Explained ", "Recalls ", "Recalled ")
_FRONT_SAYS = lazy(
    r"(" + "|".join(w.strip() for w in _FRONT_VERBS) + r")\s+([A-Z][^:;“\"\n]{1,200}?)"
    r"\s*[:,]\s*(?=[“\"])"
)


# Any finite verb before a that-clause: "X assured voters that …", "X conceded that …". A verb
# of communication or cognition by its frame, not by a list; these take a that-clause without
# reporting anything.
_VERB_THAT = lazy(
    r"\b([a-z]{3,}(?:ed|es|s))(\s+(?:him|her|them|us|me|reporters|voters|supporters|"
    r"lawmakers|listeners|viewers|readers|the\s+(?:crowd|audience|public|court|committee|"
    r"jury|panel|press|country|nation)))?\s+that\s+(?=\S)"
)
_THAT_WORD = lazy(r" that\s+(?=\S)")
_WORD_START = lazy(r"\b[a-z]")
_NOT_THAT_VERBS = frozenset({
    "means", "meant", "ensures", "ensured", "requires", "required", "provides", "provided",
    "seems", "seemed", "appears", "appeared", "follows", "followed", "matters", "happens",
    "happened", "remains", "remained", "contains", "includes", "included", "reflects",
    "reflected", "ruled", "ordered", "decided", "decides", "guaranteed", "guarantees",
    "mandates", "mandated", "specifies", "specified", "stipulates", "stipulated", "assumed",
    "assumes", "was", "has", "does", "is", "less", "unless", "makes", "made", "things",
    "ones", "times", "days", "years", "ways", "reasons", "facts", "signs", "cases",
})


def _that_clause(
    text: str, us: int, ue: int, quotes: list[Quote], starts: list[int], names: frozenset[str]
) -> list[_Found]:
    """A view from the frame "SUBJECT VERBed that CLAUSE" when no lexicon cue attributed the
    unit: the subject must name a source (a name, a pronoun, a role noun)."""
    n = 0
    for tm in _THAT_WORD.finditer(text, us, ue):
        # The verb (and a listener) is at most 40 characters before "that": try the match
        # from each word start there, nearest "that" first.
        vm = None
        for wm in _WORD_START.finditer(text, max(us, tm.start() - 40), tm.start()):
            vm = _VERB_THAT.match(text, wm.start(), ue)
            if vm is not None and vm.end() == tm.end():
                break
            vm = None
        if vm is None:
            continue
        n += 1
        if n > 4:
            break
        verb = vm.group(1)
        if verb in _NOT_THAT_VERBS or _in_quote(starts, quotes, vm.start()):
            continue
        cs = _cue_start(text, us, vm.start())
        if _passive(text, us, vm.start(), verb):
            continue
        head, appos, full = _subject_left(text, us, cs)
        if head[0] >= head[1] or full is None:
            continue
        if not _plausible(text, *head) or not _strict_subject(text, head, True, names):
            continue
        hl = text[head[0] : head[1]].lower()
        if hl in {"it", "this", "that", "which", "who", "what"}:
            continue
        if not verb.endswith("ed") and (hl not in {"he", "she"} or cs != vm.start()):
            continue  # "states that …", "the banks that …": a plural noun and a relative
        if _commitment_verb(text, cs, ue):
            continue
        r = vm.end()
        if _tailish(text, r, ue) or not _TWO_WORDS.search(text, r, ue):
            continue
        cue = text[cs : vm.end(1)] + (vm.group(2) or "")
        return [_Found(full, head, appos, cue, (r, ue), "verb-that")]
    return []


# Where the naming part of a long "according to" source ends: a relative clause, a
# participle or a prepositional modifier ("a new poll that shows …", "Democrats involved in
# the talks", "the officer in charge of the base").
_SOURCE_HEAD_END = lazy(
    r"\s+(?:who|that|which|whose|involved|familiar|close|previously|conducted|released|"
    r"published|obtained|cited|seen|reviewed|from|in|at|on|of|by|with|for|to)\b|\s*\("
)
# "according to plan / the law / the rules": a standard followed, not a source speaking.
_NOT_SOURCE = frozenset({
    "plan", "plans", "schedule", "law", "laws", "rules", "rule", "custom", "tradition",
    "script", "design", "protocol", "standards", "need", "needs", "size", "age", "type",
    "taste", "merit", "instructions", "procedure", "form", "expectations",
})


_APPOS_PREP = frozenset({"of", "for", "at", "with", "in", "from", "on", "to"})
_NAME_APPOS = lazy(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*")


def _according_appos(
    text: str, comma: int, ue: int, head: Span, lead: bool
) -> tuple[Span, int] | None:
    """The appositive after an according-to source's comma, and the comma that closes it (-1:
    it runs to the unit end): "according to Jane Roe, a spokeswoman for the agency, …", "…,
    according to the ministry, which tracks the outbreak.", "according to its spokeswoman,
    Jane Roe, …". It describes the source and is never content. A clause after the comma
    ("According to the report, the minister resigned") is content: no verb may follow the
    description's role noun, and a name stands only after a role noun."""
    s = comma + 1
    nxt = text.find(",", s, min(ue, s + 120))
    end = nxt if nxt >= 0 else ue
    a_s, a_e = _strip(text, s, end, _TAIL_STRIP)
    if a_s >= a_e or _in_quote_char(text, a_s, a_e):
        return None
    seg = text[a_s:a_e]
    words = seg.lower().split()
    if words[0] in ("who", "which"):
        return (a_s, a_e), nxt
    if len(words) > 12 or not _FINITE.isdisjoint(words) or "that" in words:
        return None
    if _NAME_APPOS.fullmatch(seg):
        # a name after a role noun ("its spokeswoman, Jane Roe")
        table, rx = _roles()
        hit = rx.findall(text[head[0] : head[1]])
        people = hit and all(_role_entry(table, w).get("noun") == "person" for w in hit)
        return ((a_s, a_e), nxt) if people and not hit[-1].endswith("s") else None
    if not (words[0] in ("a", "an", "the") or words[0].endswith(("'s", "’s"))):
        return None
    if not any(c.isupper() for c in text[head[0] : head[1]]):
        return None  # "according to the report, the minister, who …": no name to describe
    table, rx = _roles()
    found = rx.findall(seg)
    if not found or not (_person_description(seg) or _org_description(seg)):
        return None
    last = found[-1].lower().replace("’", "'")
    k = seg.lower().replace("’", "'").rfind(last)
    rest = seg[k + len(last) :].split()
    if rest and rest[0].lower() not in _APPOS_PREP:
        return None  # "the minister resigned": a clause, not a description
    if lead and words[0] == "the" and not rest and not any(w.endswith(("'s", "’s")) for w in words):
        return None  # "According to Roe, the minister, who …": the minister may be the subject
    return (a_s, a_e), nxt


def _in_quote_char(text: str, s: int, e: int) -> bool:
    return bool(_QUOTE_MARK.search(text, s, e))


def _according_source(text: str, s: int, e: int) -> bool:
    """Is text[s:e] (after "according to") a source: its head noun phrase plausible leniently?"""
    if e - s > 240 or _QUOTE_MARK.search(text, s, e):
        return False
    hm = _SOURCE_HEAD_END.search(text, s, e)
    he = hm.start() if hm else e
    ws = _WORD.findall(text, s, he)
    if not ws or ws[-1].lower() in _NOT_SOURCE:
        return False
    return _plausible(text, s, he, lenient=True)


# A phrase before a verb that cannot be its subject: a prepositional phrase ("In a message
# posted Friday"), or a verb with its object ("increased its growth forecast").
_NOT_SUBJECT = lazy(
    r"(?:In|On|At|During|After|Before|With|Without|Under|Over|Via|Through|From|For|Since|Amid|"
    r"Despite|Following)\s+(?:an?|the|this|that|his|her|its|their|our)\s"
    r"|[a-z]+(?<!of)(?<!for)(?<!to)(?<!with)(?<!and)(?<!at)(?<!in)(?<!on)(?<!from)(?<!by)"
    r"\s+(?:its|his|her|their|our|my|your)\s"
)
_PARENTHETICAL_NEXT = lazy(
    r",\s+(?:he|she|they|[A-Z][\w’'-]+)\s+(?:said|says|added|adds|argued|argues)\s*,"
)


def _verb_first(
    text: str, s: int, e: int, quotes: list[Quote], starts: list[int]
) -> int | None:
    """When content opens with its own "They stressed …", where the inner content starts."""
    cue_rx, _cues = _lexicon()
    m = cue_rx.search(text, s, min(e, s + 120))
    if not m or _in_quote(starts, quotes, m.start()):
        return None
    if _cues.get(" ".join(m.group(1).split()), _ADDRESSEE_ONLY).kind == "volition":
        return None  # "Acme sought approval …, according to X": an act reported whole
    head, _, _ = _subject_left(text, s, _cue_start(text, s, m.start()))
    if head[0] >= head[1] or text[s : head[0]].strip() or not _plausible(text, *head):
        return None
    return m.end()


_WITH = lazy(r"\b[Ww]ith\s+")
_WITH_GAP = lazy(r"[\w’'.%$-]+(?:\s+[\w’'.%$-]+){0,7}\s+$")
_WITH_END = lazy(r",\s+(?:compared|while|but|and\s+(?:with|a|an|the)\b)|;|\s[—–]\s")


def _verb_attribution(
    text: str,
    us: int,
    ue: int,
    quotes: list[Quote],
    starts: list[int],
    names: frozenset[str] = frozenset(),
) -> list[_Found]:
    """The attributions of a unit: a "with X saying …" clause, then the main clause's."""
    k = text.find("ith ", us, ue)
    w = _with_clause(text, us, ue, quotes, starts, names) if k > us else None
    if w is None:
        return _main_attribution(text, us, ue, quotes, starts, names)
    f, ms, me = w
    return sorted(
        [f, *_main_attribution(text, ms, me, quotes, starts, names)], key=lambda x: x.content
    )


def _with_clause(
    text: str, us: int, ue: int, quotes: list[Quote], starts: list[int], names: frozenset[str]
) -> tuple[_Found, int, int] | None:
    """"…, with 40 percent saying A", "With polls showing A, …": a view of the noun phrase
    between "with" and a reporting participle, and the rest of the unit for the main clause.

    The clause runs to the unit end, or to a comma that opens a contrast (", compared with"),
    or (when it opens the sentence) to the last comma before the main clause."""
    cue_rx, cues = _lexicon()
    for n, wm in enumerate(_WITH.finditer(text, us, ue)):
        if n > 4:
            break
        we = min(ue, wm.end() + 80)
        # Only an -ing cue counts, so a window without "ing" has none.
        cm = cue_rx.search(text, wm.end(), we) if text.find("ing", wm.end(), we) >= 0 else None
        if cm is None or not cm.group(1).endswith("ing") or _in_quote(starts, quotes, cm.start()):
            continue
        if not _WITH_GAP.fullmatch(text, wm.end(), cm.start()):
            continue
        head = _strip(text, wm.end(), cm.start())
        info = cues.get(" ".join(cm.group(1).split()))
        if info is None or not _plausible(text, *head, lenient=True):
            continue
        if info.strict and not _strict_subject(text, head, info.no_indefinite, names):
            continue
        # "with polls showing Roe ahead": no 'that' needed after a subject of its own.
        r = _after_cue(text, cm.end(), ue, dataclasses.replace(info, needs_that=False))
        if r < 0 or _commitment_verb(text, cm.start(), ue):
            continue
        lead = text[us : wm.start()]
        if not lead.strip(" " + _MARKS):
            c = text.rfind(",", r, ue)
            if c < 0:
                return None
            f = _Found(head, head, None, cm.group(1), (r, c), "verb-with")
            return f, c + 1, ue
        if not lead.rstrip().endswith((",", "—", "–")):
            continue
        em = _WITH_END.search(text, r, ue)
        end = em.start() if em else ue
        f = _Found(head, head, None, cm.group(1), (r, end), "verb-with")
        return f, us, _rstrip_end(text, us, wm.start()) - 1
    return None


def _main_attribution(
    text: str,
    us: int,
    ue: int,
    quotes: list[Quote],
    starts: list[int],
    names: frozenset[str] = frozenset(),
) -> list[_Found]:
    cue_rx, cues = _lexicon()
    found: list[_Found] = []
    sub: list[_Found] = []
    carry: _Found | None = None  # a restrictive clause's antecedent, subject of the main verb
    # The comma closing the sentence's opening adjunct: a cue before it is inside the adjunct.
    # A unit opened by a subordinator ("When …", "Although …"): where, for _FRONTED_CLAUSE.
    front: int | None = None
    opener = -1  # found with the first cue: most units hold none
    pos = us
    for n, m in enumerate(cue_rx.finditer(text, us, ue)):
        if n > 40:
            break  # no real sentence has this many reporting verbs
        if opener < 0:
            s0 = _lstrip_marks(text, us, ue)
            front = s0 if _FRONTED_WORD.match(text, s0, ue) else None
            om = _ADJUNCT_OPENER.match(text, us, ue)
            oe = _ADJUNCT_END.search(text, om.end(), ue) if om else None
            opener = oe.start() if oe else us
        if m.start() < pos or _in_quote(starts, quotes, m.start(1)):
            continue
        form = m.group(1)
        if form not in cues:
            form = " ".join(form.split())
        info = cues[form]
        if _passive(text, us, m.start(), form):
            continue
        if form in _amount_forms() and (
            _AMOUNT_NEXT.match(text, m.end()) or _RESULT_NEXT.match(text, m.end())
        ):
            continue  # "raised $4 million", "posted a 5% drop in profit": money, not speech
        if form in _FILLER_FORMS and _FILLER.search(text, max(us, m.start() - 5), m.end() + 1):
            continue  # "…, you know, angry people …": a filler, not speech
        if (
            form.endswith("ing")
            and info.kind != "speech"
            and _NOUN_THEN_ING.search(text, max(us, m.start() - 30), m.start())
            and not _AUX_BEFORE.search(text, max(us, m.start() - 40), m.start())
            and text.find("with ", max(us, m.start() - 40), m.start()) < 0
        ):
            # "groups supporting the bill", "super PACs backing X": a modifier (but "with
            # Senate leaders opposing X" says what they do)
            continue
        if form.endswith("ed") and _after_possessive(text, us, m.start()):
            continue  # "the company's estimated value", "his stated goal": an adjective
        if info.needs_that and (
            _NOUN_BEFORE.search(text, max(us, m.start() - 6), m.start())
            or (
                # "Roe's claim that B" / "Roe's claim B is …" report B; "rejected Roe's
                # claim, …" names it only
                _after_possessive(text, us, m.start())
                and not _THAT_CLAUSE_NEXT.match(text, m.end(), ue)
                and not _BARE_CLAUSE.match(text, m.end(), ue)
            )
        ):
            continue  # "In hopes of a deal, …", "the claims that …": a noun, not a verb
        if info.not_before:
            nw = _WORD.match(text, m.end() + 1)
            if nw and text[m.end()] in " -" and nw.group().lower() in info.not_before:
                continue
        cs = _cue_start(text, us, m.start())
        cue_text = text[cs : m.end()]
        ts = _time_start(text, us, cs)  # "X, who …, on Friday said": the subject ends before
        # Only a window before the cue matters: keeps a pathological unit linear.
        b_end = _rstrip_end(text, us, ts)
        before = text[max(us, b_end - 200) : b_end]
        rel = (
            _RELATIVE_BEFORE.search(before, len(before) - 12)
            if before.endswith(("who", "which"))
            else None
        )
        if (
            rel is None
            and not found
            and before.endswith(" who")
            and not info.after_only
            and before[:-4].rstrip()[-1:].isalnum()
        ):
            # "including 18% who say A": a restrictive clause, no comma before "who".
            f = _restrictive(text, us, ue, b_end - 3, m.end(), cue_text, info, names)
            if f is not None and not _commitment_verb(text, cs, ue):
                sub.append(f)
                pos = f.content[1]
                carry = f if pos < ue else None
            continue
        if carry is not None:
            gap = _GAP_TO_MAIN.match(text, carry.content[1], cs)
            if gap and gap.end() == cs:
                # "23% who said A also said B": the antecedent is the main verb's subject too.
                r = _after_cue(text, m.end(), ue, info)
                if r >= 0 and not _tailish(text, r, ue) and not _commitment_verb(text, cs, ue):
                    found.append(_Found(carry.speaker, carry.head, None, cue_text, (r, ue),
                                        "verb-lead"))
                break
            carry = None
        if rel and not info.after_only:
            f = _relative(text, us, ue, max(us, b_end - 200) + rel.start(), m.end(), cue_text,
                          info, found)
            if f is not None and not _commitment_verb(text, cs, ue):
                sub.append(f)
                pos = f.content[1]
            continue
        # "Roe declined to claim victory, only saying that …", "The investor plans to buy it,
        # said a spokesman": a wish or refusal is no view (it is read, for the speakers after
        # it); a later cue is read as if it were the first
        if found and not all(_volition(f.cue) for f in found):
            # After a sentence-final attribution only "…, adding that …" continues it.
            if form in _participles()[0] and before.endswith(","):
                r = _after_cue(text, m.end(), ue, info)
                prev = found[-1]
                found.append(_Found(prev.speaker, prev.head, prev.appos, cue_text, (r, ue),
                                    "verb-participle"))
            else:
                f = _clause_view(text, us, ue, cs, m.end(), cue_text, info, names)
                if f is not None:
                    found.append(f)
            break
        # "…, saying …" and "… and said …": the speaker is the subject of the sentence.
        if (
            form in _participles()[0]
            and (
                before.endswith(_CLAUSE_BREAK)
                or (
                    before.endswith(_GERUND_PREPOSITIONS)
                    and info.kind == "speech"
                    and before.rsplit(" ", 1)[0].rstrip()[-1:].isalnum()
                )
            )
            and (cs == m.start(1) or text[cs : m.start(1)].split()[0] in _PARTICIPLE_ADVERBS)
        ) or (before.endswith("and") and (len(before) == 3 or not before[-4].isalnum())):
            subj = _sentence_subject(text, us, cs)
            orel = _RELATIVE.search(text, subj[1], cs) if subj is not None else None
            if (
                subj is not None and orel is not None and orel.start() > subj[1] + 1
                and "," not in text[orel.end() : cs]
            ):
                # "Roe sat with Doe, who surprised him by declaring …": the relative's
                # antecedent, not the sentence's subject, declared it (a relative closed
                # before the verb is an aside: "Roe, who is ill, rose and said"; the subject's
                # own relative is the subject's: "Roe, who endorsed Doe and said …")
                subj = None
            if (
                subj is not None
                and before.endswith(",")
                and not text[subj[1] : b_end].strip(" ,")
                and _aside_closed(text, m.end(), ue)
            ):
                # "Acme, citing strong demand, said it …": the participle is an aside
                # between the subject and its main verb, which the next cue reads
                continue
            if subj is not None and (not info.strict or _strict_subject(text, subj, names=names)):
                r = _after_cue(text, m.end(), ue, info)
                if not _tailish(text, r, ue) and not _commitment_verb(text, cs, ue):
                    found.append(_Found(subj, subj, None, cue_text, (r, ue), "verb-coordinate"))
                    break
            continue
        # "X, Ruritania's envoy until 2009, said Ruritania must answer …", "X, who was to visit
        # Dayton, Ohio, on Friday, said they …": a clause follows the verb, so this is no
        # inversion; the speaker opens the sentence (below)
        no_inv = (
            info.inverts
            and before.endswith(",")
            and not found
            and _BARE_CLAUSE.match(text, m.end(), ue) is not None
            and not _aside_subject(text, us, ts)
        )
        # Inverted: “…,” said X / …, said X, a professor at Y. / Said X: “…”
        if (
            (info.inverts or (info.quote_inverts and before[-1:] in _CLOSE_MARKS))
            and (not before or before[-1] in ",!?—" + DOUBLE_CLOSE + "\"'’")
            and not (before.endswith(",") and _aside_subject(text, us, ts))
            and not no_inv
        ):
            head, appos = _subject_right(text, m.end(), ue)
            if appos and before[-1:] in "," + _CLOSE_MARKS:
                sq = _SPLIT_QUOTE.search(text, appos[0], appos[1])
                if sq and not _in_quote(starts, quotes, sq.start()):
                    # “A,” said X, an economist who …, “B.”: the appositive ends at the quote.
                    appos = _strip(text, appos[0], sq.start())
                    if appos[0] < appos[1] and _plausible(text, *head, lenient=True):
                        found.append(
                            _Found((head[0], appos[1]), head, appos, cue_text, (us, b_end),
                                   "verb-parenthetical", ((sq.end() - 1, ue),))
                        )
                        break
            if (
                head[0] < head[1]
                and before
                and _plausible(text, *head, lenient=True)
                and not _NOT_RIGHT_SPEAKER.match(text, *head)
                # "A, asked officials to join B": a request's object, no inversion
                and not (before[-1] == "," and _TO_INFINITIVE.search(text, head[0], head[1] + 4))
            ):
                if appos and (
                    # (startswith: an appositive comma that ends the text leaves an empty
                    # appositive at len(text), and indexing there raised IndexError)
                    text.startswith(_APPOS_QUOTE_OPEN, appos[0])
                    or (before[-1] == "," and _PAREN_REST.match(text, appos[0]))
                ):
                    # “A,” said X, “B.” / "A, said X, would B": both sides are the content.
                    found.append(
                        _Found(head, head, None, cue_text, (us, b_end), "verb-parenthetical",
                               ((appos[0], ue),))
                    )
                    break
                full = (head[0], appos[1]) if appos else head
                found.append(
                    _Found(full, head, appos, cue_text, (us, b_end), "verb-inverted")
                )
                pos = full[1]
                continue
        if cs < opener:
            # "Noting the plan announced in May, A and B set up C": the verb is a reduced
            # relative inside the sentence's opening adjunct, not a finite reporting verb.
            continue
        head, appos, full_left = _subject_left(text, us, ts)
        if no_inv and full_left is not None and _fragment_head(text, us, head):
            subj = _sentence_subject(text, us, cs)
            if subj is not None and subj[0] < full_left[0] and _plausible(text, *subj):
                head, appos, full_left = subj, None, (subj[0], full_left[1])
        if (
            head[0] >= head[1]
            or full_left is None
            or (head[1] - head[0] > 5 and _NOT_SUBJECT.match(text, *head))  # "In a x" at least
        ):
            continue
        if _PARENTHETICAL_NEXT.match(text, m.end()):
            continue  # "They understand, he said, that …": the parenthetical names the speaker
        full = full_left
        l_end = _rstrip_end(text, us, full[0])
        lead = text[max(us, l_end - 200) : l_end]
        after_comma = bool(lead) and lead[-1] in ",—" + DOUBLE_CLOSE + "\"'’"
        r = _after_cue(text, m.end(), ue, info)
        if r < 0 and info.needs_that and _STUDY_HEAD.search(text, head[0], head[1]):
            r = m.end()  # "A survey in March found Roe with a lead": a study's finding
        if (
            r < 0
            and info.bare_clause
            and after_comma
            and _tailish(text, m.end(), ue)
            and _plausible(text, *head)
        ):
            r = m.end()  # "The plant closed on Monday, CNN reported.": the final position
        no_lead = r < 0 and info.needs_question
        if no_lead:
            # "“…?” she asked (him).": no question after the verb, only the final position.
            r = _after_cue(text, m.end(), ue, _ADDRESSEE_ONLY)
        if r < 0:
            continue
        # "Asked about A, X said B": the question is the reporter's; X's answer is B alone.
        asked = after_comma and _ASKED_LEAD.fullmatch(text, us, l_end) is not None
        # “…,” X said <anything>: a quote closed on a comma ends before its attribution.
        quote_comma = (
            not asked
            and after_comma
            and lead[-1] in _CLOSE_MARKS
            # (a nested quote closing with it: “He said, ‘A,’” X told Y)
            and (lead[-2:-1] == "," or (lead[-2:-1] in _CLOSE_MARKS and lead[-3:-2] == ","))
            and text[r : r + 4].lstrip(" ,:")[:1] not in DOUBLE_OPEN + '"'
            and not info.lead_only
            and not _adjunct_quote(text, us, l_end, quotes, starts)
        )
        if asked:
            pass
        elif info.lead_only:
            if not text[r:ue].strip(" .!?,;:" + DOUBLE_CLOSE + '"'):
                continue
        elif (no_lead or not info.needs_question) and (
            _tailish(text, r, ue) or (after_comma and text.startswith(";", r))
        ):
            # (… "A, Roe says; B rose": the attribution closes its clause at the semicolon)
            if not after_comma or not _plausible(text, *head, lenient=True):
                continue
            found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-final"))
            pos = m.end()
            continue
        elif quote_comma and _plausible(text, *head, lenient=True):
            sq = _SPLIT_QUOTE.search(text, r, ue)
            if sq and not _in_quote(starts, quotes, sq.start()):
                # “A,” X said during a rally in Y, “B.”: one content in two parts.
                more = ((sq.end() - 1, ue),)
                found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-split", more))
                break
            nq = _NEXT_QUOTE.search(text, r, ue)
            if nq and not _in_quote(starts, quotes, nq.end() - 2):
                # “A,” X said on the network’s “Show.” “B.”: the quote after the stop goes on.
                more = ((nq.end() - 1, ue),)
                found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-split", more))
                break
            # “A,” X said, citing …: the quote is a view; the rest may hold another below
            # (not an adverbial: “A,” X said on Monday at a rally).
            found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-final"))
            if _ADVERBIAL_START.match(text[r:ue].lstrip(" ,")) and not cue_rx.search(text, r, ue):
                break
            if text.find("that", m.end(), r) < 0 and not _ING_NEXT.match(text, r, ue):
                # “A,” X told Y, after he admitted B / “A,” X told the crowd, reciting B: with
                # no that-clause the rest is no content of X's; a later cue may hold a view.
                pos = r
                continue
        if (
            after_comma
            and lead[-1] == ","
            and _AND_SPEAKER_NEXT.match(text, m.end(), ue)
            and text.count(" ", head[0], head[1]) <= 3
            and _plausible(text, *head, lenient=True)
        ):
            # "A, records show, and experts say B": the first attribution closes at the comma;
            # the second speaker's view is read next (_clause_view)
            found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-final"))
            pos = m.end()
            continue
        if (
            not no_lead
            and not info.strict
            and after_comma
            and lead[-1] == ","
            and text[m.end() : m.end() + 3].lstrip()[:1] == ","
            and text.count(" ", head[0], head[1]) <= 3
            and text.count(" ", us, l_end) >= 1
            and not _ADVERBIAL_START.match(text, head[0])
            and _plausible(text, *head, lenient=True)
            and not _plausible(text, *head)
        ):
            # "Worse still, farmers say, the feed levy will …": a bare plural noun between
            # commas is the speaker of both sides.
            found.append(
                _Found(full, head, appos, cue_text, (us, l_end), "verb-parenthetical", ((r, ue),))
            )
            break
        if no_lead or not _plausible(text, *head):
            continue
        if info.after_only and not (
            (
                asked
                or _whole_quote_next(text, m.end(), ue, quotes, starts)
                or (form in _that_lead_forms() and _THAT_CLAUSE_NEXT.match(text, m.end(), ue))
            )
            and _strict_subject(text, head, info.no_indefinite, names)
        ):
            # "X replied, “…”" / "Asked A, X replied that …" / "X responded that …": a named
            # answer leads
            continue
        if info.strict and not _strict_subject(text, head, info.no_indefinite, names):
            continue
        if (info.strict and _SUBORDINATE.search(text, max(us, head[0] - 12), head[0])) or (
            front is not None and _FRONTED_CLAUSE.match(text, front, cs)
        ):
            # "When X called me, I told him …": the view ends at the clause; the main clause
            # may hold its own attribution.
            comma = text.find(",", r, min(ue, r + 200))
            if comma > r and not sub:
                sub.append(_Found(full, head, appos, cue_text, (r, comma), "verb-subordinate"))
                pos = comma
            continue
        if _commitment_verb(text, cs, ue):
            continue
        # A quote split by the attribution: “A,” he said, “B.” — both parts are the view.
        if asked:
            pass
        elif after_comma and lead[-2:-1] in (",", ".", "?", "!") and text[r : r + 4].lstrip(
            " ,:"
        )[:1] in (DOUBLE_OPEN + '"'):
            found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-split"))
        elif (
            after_comma
            and lead[-1] == ","
            and _comma_after_cue(text, m.end(), ue, info)
            and text.count(" ", head[0], head[1]) <= 3
            and (text.count(" ", us, l_end) >= 1 or _one_word_subject(text, us, l_end))
        ):
            # "The plan, he said, will fail": the content is both sides of the parenthetical
            # (also "The talks, Roe told reporters, …" and "Inflation, Roe said, …").
            found.append(
                _Found(full, head, appos, cue_text, (us, l_end), "verb-parenthetical", ((r, ue),))
            )
            break
        # "X criticised the plan, saying …": the participle is a view of its own.
        pm = _participle_after(text, r, ue, quotes, starts)
        if pm:
            found.append(_Found(full, head, appos, cue_text, (r, pm.start()), "verb-lead"))
            pf = " ".join(pm.group(1).split())
            r2 = _after_cue(text, pm.end(), ue, cues.get(pf, info))
            found.append(_Found(full, head, appos, pm.group(1), (r2, ue), "verb-participle"))
            break
        bv = _but_verb(text, r, ue, quotes, starts)
        if bv is not None:
            # "60 percent said yes, but 30 percent say no": a second subject, a second view.
            found.append(_Found(full, head, appos, cue_text, (r, bv[0]), "verb-contrast"))
            found.append(_Found(bv[1], bv[1], None, bv[2], (bv[3], ue), "verb-but"))
            break
        nxt = _and_verb(text, r, ue, quotes, starts)
        if nxt is not None:
            # "X said A and added B", "X praised A and said B": two views of one speaker.
            found.append(_Found(full, head, appos, cue_text, (r, nxt[0]), "verb-lead"))
            pro = nxt[3]  # "… and they welcomed B": the pronoun is resolved on its own
            found.append(_Found(pro or full, pro or head, None if pro else appos, nxt[2],
                                (nxt[1], ue), "verb-and"))
            break
        rm = _RELATIVE.search(text, r, ue) if not asked and text.find(", wh", r, ue) >= 0 else None
        cm = cue_rx.search(text, rm.end(), rm.end() + 30) if rm else None
        obj = _strip(text, r, rm.start()) if rm and cm else None
        if (
            rm
            and cm
            and obj
            and not text[rm.end() : cm.start()].replace("also", "").strip()
            and text.count(" ", *obj) < 6
            and _plausible(text, *obj)
        ):
            # "X praised Y, who says Z": Z is a view of Y's own.
            form = " ".join(cm.group(1).split())
            r2 = _after_cue(text, cm.end(), ue, cues.get(form, info))
            found.append(_Found(full, head, appos, cue_text, (r, rm.start()), "verb-lead"))
            if r2 >= 0:
                found.append(_Found(obj, obj, None, text[cm.start() : cm.end()], (r2, ue),
                                    "verb-relative"))
            break
        outer = None if asked else _outer_view(text, us, ue, r, full)
        if outer is not None:
            # "A said B, C said Sunday.": C reports A's claim; A's content ends at the comma
            # and C's view is the whole report.
            found.append(_Found(full, head, appos, cue_text, (r, outer[1]), "verb-lead"))
            found.append(outer[0])
            break
        found.append(_Found(full, head, appos, cue_text, (r, ue), "verb-asked" if asked else
                            "verb-lead"))
        if info.kind == "volition":
            # "Roe declined to claim victory, only saying that …": a wish or refusal is no
            # view (extract_views drops it); a speech verb after it may still hold one.
            pos = m.end()
            continue
        break
    return sub + found


_ADJUNCT_LEAD = frozenset({"on", "in", "at", "during", "after", "before", "from", "onto",
                           "speaking", "appearing", "calling", "describing", "saying", "writing",
                           "branding", "labeling", "labelling", "dubbing", "terming"})


def _adjunct_quote(text: str, us: int, l_end: int, quotes: list[Quote], starts: list[int]) -> bool:
    """Is the quote closing at l_end part of a fronted phrase, no content of the verb after it?
    "In an interview on “Meet the Press,” Roe said …", "Calling the plan “a fraud,” Roe
    said …": the phrase opens with a preposition or a participle and has no comma before the
    quote. ("Prices will rise “sharply,” Roe said": a clause, the quote is its content.)"""
    i = bisect.bisect_right(starts, l_end - 1) - 1
    if i < 0 or quotes[i].outer[1] < l_end - 1 or quotes[i].outer[0] < us:
        return False
    qs = quotes[i].outer[0]
    first = _WORD.search(text, us, qs)
    if first is None or any(c in text[us:qs] for c in ",:;—–"):
        return False
    return first.group().lower() in _ADJUNCT_LEAD


# "“A,” X said, referencing B": a participle clause after the attribution tells what X meant.
_ING_NEXT = lazy(r"[\s,]*[a-z]{3,}ing\s")
_SUBORDINATOR_BEFORE = lazy(
    r"(?:,|\s[—–]|\s--)\s+(?:after|before|when|while|as|because|since|once|until)\s+$"
)


# An infinitive right after a noun phrase ("asked local officers to join"): an object.
_TO_INFINITIVE = lazy(r"\s+to\s+[a-z]")
# Role nouns that name a reporter closing a sentence after a leading attribution.
_OUTER_ROLE = (
    r"(?:spokes(?:man|men|woman|women|person|people)|official|executive|director|lawyer|"
    r"attorney|aide|analyst|source|representative|officer|chairman|chairwoman|president|"
    r"secretary|minister|ambassador|adviser|advisor|economist|manager)"
)
_OUTER_SAID = lazy(
    r",\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she|it|they|"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}(?:officials|police|authorities|investigators)|"
    # "a bank spokesman", "the bank's chief executive", "an Acme official", "Acme's lawyer"
    r"(?:an?|the|one|(?:the\s+)?[\w.&-]+[’']s)\s+(?:[\w&.-]+\s+){0,2}?" + _OUTER_ROLE
    + r"(?:(?:\s+[A-Z][\w’'.-]*){1,3}|,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},)?)\s+"
    r"(?:(?:first|also|later|recently|previously)\s+)?(?:(?:have|has|had)\s+)?"
    r"(said|says|told\s+\w+(?:\s+\w+)?|added|reported|reports|wrote|writes)\b"
)
_OUTER_VERBS = (" said", " says", " told", " added", " reported", " reports", " wrote", " writes")


def _outer_view(
    text: str, us: int, ue: int, r: int, inner: Span
) -> tuple[_Found, int] | None:
    """ "A said B, C said Sunday.": a short subject and a plain speech verb closing the
    sentence after a leading attribution; C's view is the whole report, from A on."""
    lo = max(r, ue - 90)  # the report closes the sentence: only its tail is searched
    if not any(text.find(v, lo, ue) >= 0 for v in _OUTER_VERBS):
        return None
    m = None
    for m in _OUTER_SAID.finditer(text, lo, ue):
        pass
    if m is None or not _tailish(text, m.end(), ue):
        return None
    head = _strip(text, m.start(1), m.end(1), ",")  # "a spokeswoman, Ann Lee, said"
    cue = " ".join(m.group(2).split())
    return _Found(head, head, None, cue, (inner[0], m.start()), "verb-final"), m.start()


def _clause_view(
    text: str, us: int, ue: int, cs: int, ce: int, cue: str, info: _Cue, names: frozenset[str]
) -> _Found | None:
    """“A,” X told Y, after he admitted (that) B: an adverbial clause after a sentence-final
    attribution has a speaker of its own (its subject), and its content starts after the verb."""
    head, appos, full = _subject_left(text, us, cs)
    if head[0] >= head[1] or full is None or text.count(" ", *head) > 4:
        return None
    if not _SUBORDINATOR_BEFORE.search(text, max(us, head[0] - 16), head[0]) and not (
        # "A, records show, and experts say B": a second speaker after 'and'/'but' (not one
        # that may be the first again: a pronoun, a determiner, a possessive)
        info.kind == "speech"
        and _AND_BUT_BEFORE.search(text, max(us, head[0] - 8), head[0])
        and text[head[0] : head[1]].split()[0].lower() not in _AND_SUBJECT_NOT
    ):
        return None
    if not _plausible(text, *head) or (
        info.strict and not _strict_subject(text, head, info.no_indefinite, names)
    ):
        return None
    r = _after_cue(text, ce, ue, info)
    if r < 0 or info.needs_question or _tailish(text, r, ue) or _commitment_verb(text, cs, ue):
        return None
    return _Found(full, head, appos, cue, (r, ue), "verb-clause")


# A sentence opening with a participial or prepositional adjunct ("Noting the …", "Under the
# …"): until its comma no verb is the sentence's finite verb. Not "On Monday the minister said".
_ADJUNCT_OPENER = lazy(
    r"\s*(?:(?!\w*thing)[A-Z][a-z]{2,}ing|Under|Following|Despite|Amid|Given)\s+"
    r"(?:the|a|an|its|their|his|her|this|these|those|our)\s"
)
_ADJUNCT_END = lazy(r",|\s(?:--|—|–)\s")


# A sentence opening with the reporter's question: "Asked about A,", "When asked if A,".
_ASKED_LEAD = lazy(
    r"\s*[“\"]?(?:(?:And|But|So|Later)\s+)?(?:(?:When|If|Once)\s+)?[Aa]sked\b[^;:!?\n]*,[”\"’]?"
)
_QUOTE_NEXT = lazy(r"\s*[,:]\s*[“\"]")
# A one-word answer to a reported question ("Asked if A, X said no.").
_ANSWER = lazy(r"(?:yes|no)\b", re.IGNORECASE)


_AND_NEXT = lazy(
    r",?\s+(?:and|but)\s+(?:(he|she|they|it)\s+)?(?:(?:also|then|later|again)\s+)?"
)
_AND_OR_BUT = lazy(r" (?:and|but) ")
_CLAUSE_BREAK = (",", " —", " –", " --")
# "X responded by saying …", "X left after warning …": the gerund's subject is the sentence's.
_GERUND_PREPOSITIONS = (" by", " after", " while", " before", " without")
_FINITE_FORMS = frozenset({"said", "told", "wrote"})


def _whole_quote_next(
    text: str, r: int, ue: int, quotes: list[Quote], starts: list[int]
) -> bool:
    """Does a direct quote open right after the cue (", “" or ": “") and run to the unit end?"""
    qm = _QUOTE_NEXT.match(text, r, ue)
    if qm is None:
        return False
    i = bisect.bisect_right(starts, qm.end() - 1) - 1
    if i < 0 or quotes[i].outer[0] != qm.end() - 1:
        return False
    return not text[quotes[i].outer[1] : ue].strip(" .!?,;:\n" + DOUBLE_CLOSE + '"')


def _and_verb(
    text: str, r: int, ue: int, quotes: list[Quote], starts: list[int]
) -> tuple[int, int, str, Span | None] | None:
    """A second speech or stance verb of the same subject in the content ("… and added B"):
    (end of the first content, start of the second, the second cue, a pronoun subject of the
    second verb), or None.

    Only finite forms (added, said, called, urged): a bare verb after "and" ("would meet and
    discuss") continues the reported clause; belief, intent and evidence verbs, and broad
    speech verbs (talked about, referred to) that the reported clause's own subject often
    governs, are left in."""
    if text.find(" and ", r, ue) < 0 and text.find(" but ", r, ue) < 0:
        return None  # _AND_OR_BUT finds nothing
    cue_rx, cues = _lexicon()
    for n, km in enumerate(_AND_OR_BUT.finditer(text, r, ue)):
        if n > 12:
            break
        k = km.start()
        am = _AND_NEXT.match(text, k - 1 if text[k - 1] == "," else k, ue)
        cm = cue_rx.match(text, am.end(), ue) if am else None
        if am and cm and not _in_quote(starts, quotes, k):
            form = " ".join(cm.group(1).split())
            info = cues.get(form)
            first = form.split()[0]
            if (
                info is not None
                and info.kind in {"speech", "stance"}
                and not (info.kind == "speech" and info.strict)
                and (first.endswith(("ed", "s")) or first in _FINITE_FORMS)
                and first not in {"agreed", "agrees"}
            ):
                r2 = _after_cue(text, cm.end(), ue, info)
                if r2 >= 0 and not _commitment_verb(text, cm.start(), ue):
                    pro = am.span(1) if am.group(1) else None
                    return am.start(), r2, text[am.end() : cm.end()], pro
    return None


def _participle_after(
    text: str, r: int, ue: int, quotes: list[Quote], starts: list[int]
) -> re.Match[str] | None:
    """The first participle clause (", calling …") in content r..ue outside a quote."""
    if text.find("ing", r, ue) < 0:
        return None  # every participle form ends in -ing
    rx = _participles()[1]
    for n, pm in enumerate(rx.finditer(text, r, ue)):
        if n > 8:
            break
        if not _in_quote(starts, quotes, pm.start()):
            return pm
    return None


_BUT_NEXT = lazy(r",\s+(but|while|whereas|and)\s+")
# "…, and critics warned B": after 'and' only a subject that cannot be the first speaker again
# (no pronoun, determiner or possessive: "…, and the senator said B" may be the same person).
_LY_ADVERB = lazy(r"[a-z]+ly")
_AND_BUT_BEFORE = lazy(r",\s+(?:and|but)\s+$")
# ", and experts say …" right after an attribution: a second speaker with a verb of saying.
_AND_SPEAKER_NEXT = lazy(
    r",\s+(?:and|but)\s+(?!(?:the|this|that|these|those|his|her|its|their|our|my|he|she|it|"
    r"they|we|i|you|a|an|then|also|so)\b)[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?\s+(?:say|says|said|"
    r"argue|argues|argued|note|notes|noted|warn|warns|warned|insist|insists|insisted|contend|"
    r"contends|contended|estimate|estimates|estimated|believe|believes|believed)\b"
)
# A noun right before a non-speech -ing form, with no comma or preposition between: the form
# modifies the noun ("groups supporting the bill"), it is no participle clause.
_NOUN_THEN_ING = lazy(
    r"(?<![,;:—])\s(?!(?:by|after|while|before|without|in|on|of|for|about|from|with|and|or|"
    r"but|not|also|is|are|was|were|be|been|being)\s)[a-z][a-z’'-]*[a-z]s\s+$"
)
_PARTY_TAG = lazy(r"[RDI]-[A-Z]")
_CITY_COMMA = lazy(r"[A-Z][\w.-]*,\s+$")


def _fragment_head(text: str, lo: int, head: Span) -> bool:
    """Is the subject found left of the verb only the tail of a long opening ("X, who was to
    visit Dayton, Ohio, on Friday, said …": 'Ohio'; "Sen. X, R-Ohio, speaking on the radio,
    said": 'R-Ohio'; "…, when the army seized Y, until 1990, said")?"""
    hs, he = head
    if hs >= he:
        return False
    if text[hs].islower() and not text.startswith(("the ", "a ", "an "), hs):
        return True
    if _PARTY_TAG.match(text, hs, he):
        return True
    one_word = " " not in text[hs:he].strip()
    if one_word and _CITY_COMMA.search(text, max(lo, hs - 30), hs):
        return True  # "Dayton, Ohio": a place after a place
    # "the army seized the capital": a finite verb inside
    return any(w.endswith("ed") and w.islower() for w in text[hs:he].split()[1:])


def _after_possessive(text: str, lo: int, pos: int) -> bool:
    """Is the word before pos a possessive ("Acme's ", "Acme Corp.'s ", "investors' ")?
    A character test first: most cues follow no apostrophe."""
    if pos - lo < 3 or text[pos - 1] != " ":
        return False
    k = pos - 3 if text[pos - 2] == "s" else pos - 2
    return text[k] in "'’" and k > lo and (text[k - 1].isalnum() or text[k - 1] in "._")
# A preposition or determiner right before a form that is also a noun ("in hopes of").
_NOUN_BEFORE = lazy(r"\b(?:[Ii]n|[Ww]ith|[Oo]f|[Ff]or|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+$")
_AND_SUBJECT_NOT = frozenset({
    "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "he",
    "she", "it", "they", "we", "i", "you", "a", "an", "then", "also", "so", "when", "if", "as",
})
_NEGATED = lazy(r"n[’']t\b|\bnot\b|\bnever\b")
_BUT_SUBJECT = lazy(r"[\w’'%.-]+(?:\s+[\w’'%.-]+){0,5}\s+")


def _but_verb(
    text: str, r: int, ue: int, quotes: list[Quote], starts: list[int]
) -> tuple[int, Span, str, int] | None:
    """A contrasted clause with its own speaker in the content ("…, but critics say B"):
    (end of the first content, the second subject, its cue, start of its content), or None.

    Only a short plain subject right before a finite speech or stance verb; "…, but that B"
    or "…, but prices rose" continue the first view."""
    cue_rx, cues = _lexicon()
    if (
        text.find("but", r, ue) < 0
        and text.find("while", r, ue) < 0
        and text.find("whereas", r, ue) < 0
        and text.find(", and ", r, ue) < 0
    ):
        return None  # _BUT_NEXT needs one of its words
    k = text.find(", ", r, ue)
    while k >= 0:
        bm = _BUT_NEXT.match(text, k, ue)
        cm = cue_rx.search(text, bm.end(), min(ue, bm.end() + 80)) if bm else None
        if (
            bm
            and cm
            and _BUT_SUBJECT.fullmatch(text, bm.end(), cm.start())
            and not _in_quote(starts, quotes, k)
        ):
            form = " ".join(cm.group(1).split())
            info = cues.get(form)
            first = form.split()[0]
            _, _, full = _subject_left(text, bm.end(), cm.start())
            subj = full or (cm.start(), cm.start())
            if (
                subj[0] < subj[1]
                and not (
                    bm.group(1) == "and"
                    and (
                        text[subj[0] : subj[1]].split()[0].lower() in _AND_SUBJECT_NOT
                        # "…, and specifically mentioned B": an adverb, the same speaker
                        or all(_LY_ADVERB.fullmatch(w) for w in text[subj[0] : subj[1]].split())
                        or info is None
                        or info.kind != "speech"
                    )
                )
                and not _ADVERBIAL_START.match(text[subj[0] : subj[1]])
                and not _NEGATED.search(text, bm.end(), cm.start())
                and info is not None
                and info.kind in {"speech", "stance"}
                and (first.endswith(("ed", "s", "ay")) or first in _FINITE_FORMS)
                and _plausible(text, *subj, lenient=True)
                and not _AUX_BEFORE.search(text, bm.end(), cm.start())
            ):
                r2 = _after_cue(text, cm.end(), ue, info)
                if r2 >= 0 and not _tailish(text, r2, ue) and not _commitment_verb(
                    text, cm.start(), ue
                ):
                    return k, subj, text[cm.start(1) : cm.end()], r2
        k = text.find(", ", k + 2, ue)
    return None


# Prepositions after a past participle that make it a modifier ("officials based in X").
_PARTICIPLE_PREPS = frozenset({"by", "in", "at", "with", "on", "for", "to", "from", "near",
                               "under", "inside", "outside", "across", "as", "into"})
_PAST_IRREGULAR = frozenset({"met", "told", "saw", "heard", "thanked", "gave", "took", "sent",
                             "got", "made", "brought", "won", "beat", "lost", "hired", "fired"})
_NP_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})


def _object_np(text: str, head: Span, ws: list[re.Match[str]]) -> Span | None:
    """The last noun phrase of a clause taken as a relative's antecedent: "Roe sat through
    a long speech by the visiting premier, who said" — the relative clause belongs to "the
    visiting premier", not to the sentence's subject. None when the words before the comma
    are one noun phrase ("officials based in Ohio", "the mayor of Easton")."""
    if len(ws) < 3 or not ws[0].group()[:1].isupper():
        return None
    i = 1
    while i < len(ws) and ws[i].group()[:1].isupper():
        i += 1  # the name that opens the clause
    if i >= len(ws) - 1:
        return None
    verb = ws[i].group()
    nxt = ws[i + 1].group().lower()
    if not (
        (verb.endswith("ed") and verb.islower() and nxt not in _PARTICIPLE_PREPS)
        or verb in _PAST_IRREGULAR
    ):
        return None
    start = None
    j = len(ws) - 1
    while j > i:
        lw = ws[j].group().lower()
        if lw in _NP_DETERMINERS:
            start = j
            if j - 1 > i and ws[j - 1].group().lower() == "of":
                j -= 2  # "the head of the agency": back to the head's own determiner
                continue
            break
        if lw in _PARTICIPLE_PREPS or lw in _PREPOSITIONS:
            break
        start = j
        j -= 1
    if start is None:
        return None
    return ws[start].start(), head[1]


def _relative(
    text: str, us: int, ue: int, comma: int, r: int, cue: str, info: _Cue, found: list[_Found]
) -> _Found | None:
    """"X, who said (that) A, …": a view of the antecedent X, its content the relative clause.

    The antecedent is the speaker of the attribution just found when it ends at the comma
    ("…,” said Jane Roe, 24, who said …"), else the noun phrase before the comma."""
    prev = found[-1] if found else None
    if prev is not None and prev.speaker:
        gap = text[prev.speaker[1] : comma]
        if len(gap) > 80 or any(c in gap for c in _MARKS.replace("’", "")):
            return None
        speaker, head, appos = prev.speaker, prev.head, prev.appos
    elif found:
        return None
    else:
        head, appos, full = _subject_left(text, us, comma)
        if head[0] >= head[1] or full is None or not _plausible(text, *head):
            return None
        ws = _words(text, *head)
        w0 = ws[0].group()
        table, _ = _roles()
        if w0[:1].islower() and w0 not in table and w0 not in _DETERMINERS:
            cap = next((w for w in ws[1:3] if w.group()[:1].isupper()), None)
            if cap is None:
                return None  # "calm anxious farmers, who said": not a noun phrase
            head = (cap.start(), head[1])  # "backed by Jane Roe, who said": not "backed by"
        elif not w0[:1].isalpha():
            return None
        obj = _object_np(text, head, ws)
        if obj is not None:
            head = obj  # "Roe heard a speech by the premier, who said": the premier
            appos = None
        speaker = (head[0], full[1])
    start = _after_cue(text, r, ue, info)
    if start < 0 or _tailish(text, start, ue):
        return None
    end = ue
    lead = text[max(us, speaker[0] - 3) : speaker[0]].rstrip()
    if (
        speaker[0] <= us + 1
        or not text[us : speaker[0]].strip(" " + _MARKS)
        or (lead[-1:] in _CLOSE_MARKS and lead[-2:-1] in ",?!")
    ):
        # The antecedent opens the sentence, or the attribution after a quote ("“A,” Jane
        # Roe, who …, told CNN."): the clause ends at the comma before its verb.
        for cm in _COMMA_VERB.finditer(text, start, ue):
            end = cm.start()
            break
    return _Found(speaker, head, appos, cue, (start, end), "verb-relative")


# Words that end a restrictive antecedent on its left ("including 18% who say"): the
# antecedent is an object there, not the subject of the sentence.
_ANTECEDENT_STOP = frozenset({
    "including", "among", "of", "for", "with", "from", "by", "to", "in", "on", "at", "about",
    "like", "than", "against", "between", "whom", "met", "found", "asked", "urged",
    "interviewed", "surveyed", "polled", "quoted",
})
_MAIN_VERB_AHEAD = lazy(r"\s(?:also|later|then|still)\s+(?:said|says|told|[a-z]+ed)\b")
_ADJECTIVE_DETERMINERS = frozenset({"senior", "former", "top", "leading", "prominent"})
# Second modifiers of "current and former officials", "local and state officials".
_ADJECTIVE_PAIRS = frozenset({"current", "past", "present", "state", "federal", "local",
                              "national", "foreign", "junior", "retired", "active", "new",
                              "old", "young"})
_GAP_TO_MAIN = lazy(r"[\s,]*(?:(?:also|later|then|still)\s+)?")


def _antecedent(text: str, us: int, who: int) -> tuple[int, bool] | None:
    """Where the noun phrase before a restrictive "who" starts, and whether it is an object.

    Scans at most five words left: a determiner opens it; a preposition or verb before it
    makes it an object ("including 18% who", "met a man who")."""
    start = who
    n = 0
    for w in reversed(_words(text, max(us, who - 80), who)):
        lw = w.group().lower()
        if text[w.end() : start].strip() or n >= 5:
            break
        if lw in _ANTECEDENT_STOP or (n and lw.endswith(("ed", "ing")) and lw[:1].islower()):
            return (start, True) if n else None
        if lw == "and" and 0 < n < 3 and text[start : start + 1].islower() and (
            _WORD.match(text, start) is not None
            and _WORD.match(text, start).group()  # type: ignore[union-attr]
            in _ADJECTIVE_DETERMINERS | _ADJECTIVE_PAIRS
        ):
            # "Current and former officials who …": two modifiers of one noun
            start = w.start()
            n += 1
            continue
        if lw in _BOUNDARY or lw in _PRONOUNS:
            return (start, lw in {"to", "said", "says", "told"}) if n else None
        start = w.start()
        n += 1
        if lw in _DETERMINERS and lw not in _ADJECTIVE_DETERMINERS:
            prev = text[max(us, start - 30) : start].rstrip()
            return start, bool(prev) and prev[-1].isalnum()
    return (start, False) if n else None


def _restrictive(
    text: str, us: int, ue: int, who: int, r: int, cue: str, info: _Cue, names: frozenset[str]
) -> _Found | None:
    """"23 percent who said A", "critics who say A": the antecedent before "who" is the speaker.

    Only when the antecedent is an object ("including voters who say A."), or the clause
    closes before the main verb (", have filed", " also said"): in "Critics who say A have
    filed B" nothing marks where A ends, so that sentence gives no view."""
    ant = _antecedent(text, us, who)
    if ant is None:
        return None
    head = _strip(text, ant[0], who)
    obj = ant[1]
    if not _plausible(text, *head, lenient=True):
        return None
    if info.strict and not _strict_subject(text, head, info.no_indefinite, names):
        return None
    start = _after_cue(text, r, ue, info)
    if start < 0 or _tailish(text, start, ue):
        return None
    cm = _COMMA_VERB.search(text, start, ue)
    if cm is None and not obj:
        cm = _MAIN_VERB_AHEAD.search(text, start, ue)
        if cm is None:
            return None
    return _Found(head, head, None, cue, (start, cm.start() if cm else ue),
                  "verb-relative-restrictive")


# ", said he was …", ", recalled that …": the comma that closes a relative clause before the
# main verb of the sentence.
_COMMA_VERB = lazy(
    r",\s+(?:(?:also|later|then|now|has|had|have|is|was|were|are|will|would)\s+)?"
    r"(?:[a-z]+ed|said|says|told|tells|wrote|writes|is|was|are|were|has|had|have|will|would|"
    r"can|could|says|thinks|thought|knew|knows|went|made|makes|took|takes|gave|gives)\b"
)


# The comma closing a participial aside before the subject's main reporting verb: "Acme,
# citing strong demand, said …", "Roe, citing new figures, also told reporters …".
_ASIDE_CLOSE = lazy(
    r"[^,;:.!?“”\"]{1,80}?,\s+(?:(?:also|later|then|again|has|had)\s+)?"
    r"(?:said|says|told|tells|added|wrote|writes|argued|insisted|warned|stressed|noted|"
    r"announced|declared|explained)\b"
)


def _aside_closed(text: str, r: int, ue: int) -> bool:
    """Does a participle clause starting at r close with a comma before a main reporting
    verb (the subject's own), so that it is an aside, not the sentence's last clause?"""
    return _ASIDE_CLOSE.match(text, r, ue) is not None


def _comma_after_cue(text: str, e: int, ue: int, info: _Cue) -> bool:
    """Does a comma close the attribution right after the cue, or after its addressee ("The
    talks, Roe told reporters, had …")?"""
    if text[e : e + 3].lstrip()[:1] == ",":
        return True
    if not info.addressee:
        return False
    am = _ADDRESSEE.match(text, e, ue)
    return am is not None and text.startswith(",", am.end())


# One word before a parenthetical attribution that is no subject: an interjection, a
# sentence adverb or a connector ("Yes, he said, …", "Frankly, she said, …").
_NOT_ONE_WORD_SUBJECT = frozenset({
    "yes", "no", "well", "oh", "sure", "ok", "okay", "so", "now", "then", "still", "again",
    "indeed", "instead", "however", "meanwhile", "also", "and", "but", "yet", "thus", "here",
    "there", "today", "yesterday", "tomorrow", "overall", "first", "second", "finally",
    "besides", "otherwise", "moreover", "nevertheless", "nonetheless", "anyway", "later",
    "earlier", "previously", "separately", "similarly", "likewise", "please", "thanks",
    "rather", "perhaps", "maybe", "sometimes", "often", "always", "never", "nor", "neither",
    "either", "therefore", "hence", "though", "regardless", "plus", "worse", "better", "once",
    "twice", "soon", "too", "afterward", "afterwards", "thereafter", "anyhow",
})


def _one_word_subject(text: str, us: int, l_end: int) -> bool:
    """Is the one word before a parenthetical attribution a subject noun ("Inflation, she
    said, will ease"), not an interjection or sentence adverb ("Frankly, she said, …")?"""
    w = text[us:l_end].strip(" ,\"'“‘" + _MARKS)
    return (
        w.isalpha()
        and w[:1].isupper()
        and not w.lower().endswith("ly")
        and w.lower() not in _NOT_ONE_WORD_SUBJECT
        and not _ADVERBIAL_START.match(w)
    )


# Commitment cues that may also report a view: "affirmed that …", "agreed (that) …".
_VIEW_TOO = lazy(
    r"(?:(?:re)?affirm(?:s|ed)?|agree(?:d|s)?)(?:\s+that)?", re.IGNORECASE
)


# "agreed on the value of …": a shared judgement, a view.
_JUDGEMENT = lazy(
    r"\s+(?:the|their|its|our)\s+(?:\w+\s+)?(?:importance|need|value|significance|role)\b"
)


# Every commitment cue starts with one of its entry's heads: a set lookup before the big regex.
_COMMIT_HEADS = frozenset(h.lower() for e in rules.entries("commitment_cues") for h in e["heads"])
_HEAD_WORD = lazy(r"[A-Za-z]+")


def _commitment_verb(text: str, cs: int, ue: int) -> bool:
    """Is the verb at cs a commitment cue ("pledged to", "agreed to", "reaffirmed their
    commitment", "will support")? Then the sentence is a commitment (that stage owns it), not
    a view: a view needs a speech or belief act, as in "said it would support"."""
    w = _HEAD_WORD.match(text, cs, ue)
    # "also pledged to", "has repeatedly vowed to": the cue starts after its adverbs.
    while w is not None and w.group().lower() not in _COMMIT_HEADS and (
        w.group().lower() in _AUX_WORDS
    ):
        cs = w.end()
        while cs < ue and text[cs].isspace():
            cs += 1
        w = _HEAD_WORD.match(text, cs, ue)
    if w is None or w.group().lower() not in _COMMIT_HEADS:
        return False
    m = CUE_RE.match(text, cs, ue)
    if m is None or _VIEW_TOO.fullmatch(m.group()) or _JUDGEMENT.match(text, m.end(), ue):
        return False
    # Intentions ("wants to", "plans to") and conditionals ("would consider") are reported as
    # views of what someone means to do (the cue's also_view); undertakings are commitments.
    k = m.lastgroup  # the cue's own group closes last (one alternative matched)
    cue = CUES[k] if k in CUES else next(
        CUES[k] for k, v in m.groupdict().items() if v is not None and k in CUES
    )
    return not cue.also_view


def _rstrip_end(text: str, lo: int, pos: int) -> int:
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos


_THAT_NEXT = lazy(r"\s+that\b")
# 'that' opening a clause, not a determiner ("responded that way", "replied that day").
_THAT_CLAUSE_NEXT = lazy(
    r"\s+that\s+(?!(?:way|time|day|night|week|month|year|morning|afternoon|evening|moment|"
    r"point|question|request|call|claim|criticism|charge|remark|comment|statement|letter|"
    r"message|email|tweet|one|is|was)\b)"
)
# The listener between a speech verb and its that-clause ("assured voters that …",
# "reminded the crowd that …"): a pronoun, an audience noun or a name.
# "to" opening an infinitive ("hopes to win a race that …"), not a place or an audience.
_INFINITIVE = lazy(
    r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|me|him|them|us|"
    r"reporters|journalists|voters|supporters|lawmakers|members)\b)[a-z]+\b(?!’s|'s)"
)
_AUDIENCE = lazy(
    r"(?:him|her|them|us|me|you|(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:voters|"
    r"reporters|supporters|lawmakers|crowd|audience|public|people|members|delegates|donors|"
    r"investors|analysts|students|workers|residents|viewers|listeners|readers|Americans|"
    r"journalists|colleagues|allies|leaders|officials|followers|congregation|committee)|"
    r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)"
)
_SPACES = lazy(r"\s+")


@functools.lru_cache(maxsize=4096)
def _one_spaced(cue: str) -> str:
    """A cue as shown: every run of white space one space ("said  on" -> "said on")."""
    return _SPACES.sub(" ", cue)


def _after_cue(text: str, r: int, ue: int, info: _Cue) -> int:
    """Where the content starts after a cue: past the addressee, adverbials and 'that'.

    -1 when the form only attributes before 'that' and no 'that' follows."""
    if info.needs_question:
        return _question_start(text, r, ue)
    if info.addressee and not _THAT_NEXT.match(text, r, ue):
        am = _ADDRESSEE.match(text, r, ue)
        if am:
            r = am.end()
    tm = _THAT_AHEAD.match(text, r, ue) if text.find("that", r, ue) >= 0 else None
    if tm:
        gap = tm.group(1).strip()
        if (
            not gap
            or _ADVERBIAL_START.match(gap)
            or info.addressee
            or (info.kind == "speech" and _AUDIENCE.fullmatch(gap))
        ) and not any(c in gap for c in _MARKS) and not _INFINITIVE.match(gap):
            return tm.end()
        if info.needs_that and _INFINITIVE.match(gap):
            return -1  # "hopes to win a race that will …": a relative 'that', no clause
    elif info.needs_that and not (
        info.bare_clause
        and (_QUOTE_AHEAD.match(text, r, ue) or _BARE_CLAUSE.match(text, r, ue))
    ):
        return -1
    if text.startswith((" in ", " on ", " at "), r):
        cm = _OCCASION_COLON.match(text, r, ue)
        if cm:
            return cm.end()  # "said in an editorial on Sunday: The council …"
    if text.startswith(" of ", r):
        # "X says of Smith, “…”": the topic is not the content.
        c = text.find(",", r, min(ue, r + 60))
        if c > 0:
            return c + 1
    return r


# A complement clause with 'that' left out ("The Times reported the email came hours later",
# "Roe hopes the bill will pass"): a short noun phrase, then a finite verb (an auxiliary, a
# common irregular past, or an -ed form not followed by by/with, which would be a participle:
# "reported a loss compared with …"). An object alone ("reported a profit of $2 million",
# "reported strong sales in May") has no such verb before a preposition or a number.
_BARE_CLAUSE = lazy(
    # a pronoun with its auxiliary contracted is a clause's subject and verb ("he's worth")
    r"\s+(?:he|she|it|they|we|I|you|there|that)[’'](?:s|re|ll|d|ve|m)\s|"
    r"\s+(?:(?:at\s+least|more\s+than|the|a|an|[A-Z][\w’'.-]*|"
    r"(?!(?:to|for|in|on|at|by|with|from|into|and|or|but|that|which|who|as|than|if|when|"
    r"after|before|because|while|over|under|about|since|not|will|would|could|"
    r"can|should|may|might|must|is|are|was|were|has|have|had|do|did|does)\b)[a-z][\w’'-]*)\s+)"
    r"{1,6}?(?:will|would|could|can|should|may|might|must|is|are|was|were|has|have|had|did|"
    r"does|came|went|rose|fell|grew|began|became|knew|won|lost|[a-z]{3,}ed(?!\s+(?:by|with)\b))\b"
)


# An occasion closed by a colon before the words: "said in a statement on Monday: …".
_OCCASION_COLON = lazy(r"\s+(?:in|on|at)\s+[^:.;!?\"“”\n]{2,80}?:\s+(?=\S)")


# "asked (the minister) whether …", "asked residents to …": the question or request after
# "ask", past at most six words of addressee (no punctuation, no "for"/"about" request object).
_QUESTION_AHEAD = lazy(
    r"((?:\s+(?!(?:for|about|on|at|in|during|after|before|over)\b)[\w’'.-]+){0,6}?)\s+"
    r"(whether|if|how|why|what|who|whom|when|where|which|that|(?:not\s+)?to)\b"
)
_QUOTE_AHEAD = lazy(r"\s*[,:]?\s*[“\"‘]")


def _question_start(text: str, r: int, ue: int) -> int:
    """Where the content of "ask" starts: its question, request or quote; -1 without one.

    "to" needs an addressee before it ("asked the board to …"): a bare "asked to (not) be
    named" is the source's own request for anonymity."""
    qm = _QUOTE_AHEAD.match(text, r, ue)
    if qm:
        return qm.end() - 1
    m = _QUESTION_AHEAD.match(text, r, ue)
    if m is None or (m.group(2).endswith("to") and not m.group(1).strip()):
        return -1
    return m.start(2)


_PREPOSITION_LEAD = lazy(
    r"(?:In|On|At|During|After|Before|Over|Under|Since|Amid|Despite|Following|Earlier|Later)\s"
)


_PLACE_PART = lazy(r"[A-Z][a-z.]+(?: [A-Z][a-z.]+)?")
# A fronted clause or phrase before the subject, closed by a comma: a subordinator, a time
# phrase, a participle ("Speaking", "Asked", "Hastily politicizing"), a preposition that
# _PREPOSITION_LEAD does not hold.
_FRONTED_LEAD = lazy(
    r"(?:When|Whenever|As|Once|Although|Though|While|If|Because|Whereas|Until|Unless|"
    r"With|Without|By|For|From|Through|Throughout|Within|Unlike|Like|Hours|Days|Weeks|"
    r"Months|Years|Minutes|Moments|Last|Earlier|Later|Yesterday|Today|Tonight|"
    r"[A-Z][a-z]+ly\s+[a-z]{3,}ing|Speaking|Walking|Talking|Writing|Addressing|Responding|"
    r"Reacting|Referring|Pointing|Standing|Sitting|Appearing|Campaigning|Arriving|Returning|"
    r"Commenting|Answering|Looking|Having|Asked|Pressed|Questioned|Interviewed)\b"
)


def _comma_past_place(text: str, c: int, limit: int) -> int:
    """The comma that closes a fronted phrase, given its first comma `c`: past a place's state
    ("Speaking in Dover, Ohio, Roe", "At a rally in Dayton, Ohio, she said")."""
    while True:
        k = c + 1
        while k < limit and text[k].isspace():
            k += 1
        after = text.find(",", k, min(limit, k + 25))
        if after < 0 or not _PLACE_PART.fullmatch(text, k, after):
            return c
        c = after


def _sentence_subject(text: str, us: int, limit: int) -> Span | None:
    """The noun phrase that opens a sentence (after connectors and a leading adverbial)."""
    s = us
    while s < limit and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    fl = _FRONTED_LEAD.match(text, s, limit)
    if fl is not None:
        # "When Roe spoke, Doe rose and said", "Hours later, Roe …, telling", "Speaking in
        # Ohio, Roe …, saying", "Earlier Wednesday, Roe …": the subject follows the comma
        c = text.find(",", fl.end(), min(limit, s + 200))
        if c > 0:
            c = _comma_past_place(text, c, limit)
        if c > 0 and not _QUOTE_OR_END.search(text, s, c):
            after = _sentence_subject(text, c + 1, limit)
            if after is not None:
                return after
    m = _CONNECTOR.match(text, us, limit)
    s = m.end() if m else us
    while s < limit and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    tl = _TIME_LEAD.match(text, s, limit) if text[s : s + 1].isupper() else None
    nxt = _WORD.match(text, tl.end()) if tl is not None else None
    if tl is not None and nxt is not None and not text.startswith(",", nxt.end()):
        # "On September 27 they published …, announcing": no comma after the date
        s = tl.end()
    if _PREPOSITION_LEAD.match(text, s, limit):
        # "On Sunday evening, aides to the mayor …, saying": the subject follows the comma.
        c = text.find(",", s, min(limit, s + 80))
        if c > 0:
            s = _comma_past_place(text, c, limit) + 1
            while s < limit and text[s].isspace():
                s += 1
    ws = _words(text, s, min(limit, s + 300))
    if not ws:
        return None
    first = ws[0].group()
    if first.lower() in _PRONOUNS:
        return ws[0].span()
    end = None
    table, _ = _roles()
    for w in ws[:10]:
        t = w.group()
        gap = text[end if end is not None else s : w.start()]
        if end is not None and gap.strip() not in {"", "’s", "'s"}:
            break
        if t[:1].isupper() or t.lower() in _DETERMINERS or t.lower() in {"of", "the", "and"}:
            end = w.end()
            continue
        if t.lower() in table:
            end = w.end()
            continue  # "Republican nominee Jane Roe": the name after the role noun
        if end is not None and t[:1].islower() and _modifies_role(text, ws, w, table):
            end = w.end()
            continue  # "Democratic presidential nominee Jane Roe": an adjective before the role
        if end is not None and text[s:end].endswith(("’s", "'s")) and t[:1].islower():
            # "Roe's relatives", "Roe's paternal great-uncle": a person possessed is the head.
            k = _possessed_person(ws, ws.index(w))
            if k:
                end = ws[ws.index(w) + k - 1].end()
                am = _APPOS_NAME.match(text, end)
                return am.span(1) if am else _strip(text, s, end)
        break
    if end is None:
        return None
    dets = text[s:end].split()
    if all(w.lower() in _DETERMINERS for w in dets) and dets[0].lower() in _ARTICLES:
        # (else the bare determiner, as before: the view stays, its speaker unnamed)
        np = _determined_noun(text, ws, s, end)
        if np is not None and text[np[0] : np[1]].split()[-1].lower() in _TIME_NOUNS:
            # "Two hours later they changed course": the subject after the time
            tm = _TIME_AFTER.match(text, np[1], limit)
            np = _sentence_subject(text, tm.end(), limit) if tm else None
        if np is not None:
            return np
    return _strip(text, s, end)


# Determiners that never stand alone as the subject ("Some seek …" is a subject of its own).
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                       "their", "our", "other", "another"})
_TIME_NOUNS = frozenset({
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "decade", "decades", "night", "morning", "afternoon", "evening", "time",
})
_TIME_AFTER = lazy(r"(?:\s+(?:later|earlier|ago|before|after|on))?\s*,?\s*")


# Words that end a lower-case noun phrase opening a sentence ("The teacher then sued").
_NP_STOP = frozenset({
    "later", "just", "also", "then", "has", "have", "had", "was", "were", "is", "are", "will",
    "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "and",
    "or", "but", "who", "which", "that", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "said", "says", "not", "never", "still", "now", "again", "already", "before",
    "after", "ago", "earlier",
})


def _determined_noun(text: str, ws: list[re.Match[str]], s: int, end: int) -> Span | None:
    """A subject that so far is only a determiner ("The", "A"): the lower-case noun phrase
    after it ("The teacher", "The weekly magazine"), or the person a possessed person
    noun names in apposition ("The boy's father, Jane Roe, lives …"); None when no noun
    follows (a bare determiner is no speaker)."""
    j = next((k for k, w in enumerate(ws) if w.start() >= end), len(ws))
    new_end = None
    prev = end
    for k in range(j, min(j + 3, len(ws))):
        w = ws[k]
        t = w.group()
        poss = t.endswith(("’s", "'s"))
        t = t[:-2] if poss else t
        if text[prev : w.start()] != " " or not t.islower() or not t.replace("-", "").isalpha():
            break
        if t in _NP_STOP or t.endswith(("ly", "ed")):
            break
        new_end = prev = w.end()
        if poss:
            n = _possessed_person(ws, k + 1)
            if not n:
                return None
            pe = ws[k + n].end()
            am = _APPOS_NAME.match(text, pe)
            return am.span(1) if am else _strip(text, s, pe)
    return _strip(text, s, new_end) if new_end is not None else None


_APPOS_NAME = lazy(r",\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),")


def _modifies_role(
    text: str, ws: list[re.Match[str]], w: re.Match[str], table: dict[str, dict[str, object]]
) -> bool:
    """Is the lower-case word w one of at most two adjectives before a person role noun that
    a capitalised name follows ("presidential nominee Jane Roe", "state party chairman Roe")?"""
    k = ws.index(w)
    for n in (1, 2):
        if k + n + 1 >= len(ws):
            return False
        nxt = ws[k + n]
        if text[ws[k + n - 1].end() : nxt.start()] != " ":
            return False
        low = nxt.group().lower()
        if low in table and _role_entry(table, low).get("noun") == "person":
            return ws[k + n + 1].group()[:1].isupper()
        if not low.isalpha() or not nxt.group().islower():
            return False
    return False


def _possessed_person(ws: list[re.Match[str]], i: int) -> int:
    """How many words from i make a possessed person noun ("relatives", "paternal
    great-uncle", "campaign manager"): up to three words ending in a kin, group or person role
    noun; 0 when they do not."""
    table, _ = _roles()
    for n in range(3):
        if i + n >= len(ws):
            return 0
        t = ws[i + n].group().lower()
        if not t.replace("-", "").isalpha():
            return 0
        tail = t.rsplit("-", 1)[-1]
        if (tail in _KIN or tail.rstrip("s") in _KIN or t in _GROUP_HEADS
                or t in table and _role_entry(table, t).get("noun") == "person"):
            return n + 1
    return 0


# --------------------------------------------------------------------------- speakers


@dataclass
class _Resolver:
    text: str
    actors: list[Actor]

    def __post_init__(self) -> None:
        self.mentions = sorted(
            [(m[0], m[1], a) for a in self.actors for m in a.mentions if m[1] > m[0]]
        )
        self.mstarts = [m[0] for m in self.mentions]
        self.maxlen = max((me - ms for ms, me, _ in self.mentions), default=0)
        self.history: list[View] = []
        self.by_id = {a.id: a for a in self.actors}
        self.names: dict[str, list[tuple[int, Actor]]] | None = None  # built on first use
        self.qspans: list[Span] = []  # quotations (outer spans), set by extract_views
        self.qstarts: list[int] = []
        self.single: set[str] | None = None  # one-word mention surfaces, built on first use
        self.skip: frozenset[str] = frozenset()  # ids a pronoun cannot name (coref gender)
        self.gender: dict[str, str] = {}  # person id → "m"/"f" where the text shows it
        self.home: Actor | None = None  # the country of the dateline's capital, if an actor
        self.sent_starts: list[int] = []  # sentence start offsets, set by extract_views
        # Per-document indexes built on first use, so lookups need no walk to the start:
        self._hist_hits: dict[str, tuple[int, int]] = {}  # noun → (history scanned, last hit)
        self._mention_hits: dict[str, list[int]] = {}  # noun → mention indices it fits
        self.person_idx: dict[str, list[int]] | None = None  # person id → its mention indices
        self.ties_of: dict[str, frozenset[str]] = {}  # actor id → ties(actor)
        self.org_hits: dict[tuple[str, ...], list[int]] = {}  # name words → org mention indices
        self._firsts: dict[str, tuple[list[int], list[str]]] = {}  # see firsts()
        self.writer: tuple[Actor | None] | None = None  # see _column_author (built on first use)
        self.given_skip: dict[str, frozenset[str]] = {}  # see _given_other (built on first use)
        self.doc: Document | None = None

    def covering(self, s: int, e: int) -> list[tuple[int, int, Actor]]:
        # No mention longer than maxlen starting before s - maxlen reaches s.
        i = bisect.bisect_left(self.mstarts, s - min(200, self.maxlen))
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < e:
            ms, me, a = self.mentions[i]
            if me > s:
                out.append((ms, me, a))
            i += 1
        return out

    def before(self, pos: int, want: set[str], window: int = 3000) -> Actor | None:
        """The first compatible actor mentioned in the latest sentence before pos that has one."""
        hit = self.before_mention(pos, want, window)
        return hit[2] if hit else None

    def before_mention(
        self, pos: int, want: set[str], window: int = 3000
    ) -> tuple[int, int, Actor] | None:
        """before(), with the span of the mention that names the actor."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        best: tuple[int, int, Actor] | None = None
        while i >= 0 and self.mentions[i][0] > pos - window:
            ms, _me, a = self.mentions[i]
            if a.kind in want and not self.quoted(ms) and a.id not in self.skip:
                if best is None:
                    best = self.mentions[i]
                elif not _same_sentence(self.text, ms, best[0]):
                    break
                else:
                    best = self.mentions[i]
            i -= 1
        return best

    def quoted(self, pos: int) -> bool:
        """Is pos inside a quotation (whose names are what the speaker talks about)?"""
        k = bisect.bisect_right(self.qstarts, pos) - 1
        return k >= 0 and pos < self.qspans[k][1]

    def pair_before(self, pos: int) -> tuple[str, ...]:
        """Two people coordinated just before pos in its sentence ("X, R-Tenn., and Y, now
        saying they …"): the antecedent of a plural pronoun."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        people: list[tuple[int, int, Actor]] = []
        while i >= 0 and len(people) < 2:
            ms, me, a = self.mentions[i]
            i -= 1
            if not _same_sentence(self.text, ms, pos):
                break
            if a.kind == "person" and not self.quoted(ms):
                people.append((ms, me, a))
        if len(people) < 2 or people[0][2].id == people[1][2].id:
            return ()
        (bs, _be, b), (_as, ae, a) = people
        gap = self.text[ae:bs]
        if len(gap) > 40 or not _AND_GAP.fullmatch(gap):
            return ()
        return (a.id, b.id)

    def group_before(self, pos: int, want: set[str], window: int = 3000) -> tuple[str, ...]:
        """The actors of the latest sentence before pos that names two or more of a kind."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        group: list[tuple[int, Actor]] = []
        while i >= 0 and self.mentions[i][0] > pos - window:
            ms, _me, a = self.mentions[i]
            i -= 1
            if a.kind not in want:
                continue
            if group and not _same_sentence(self.text, ms, group[0][0]):
                if len({g.id for _, g in group}) > 1:
                    break
                group = []
            group.insert(0, (ms, a))
        ids = tuple(dict.fromkeys(a.id for _, a in group))
        return ids if len(ids) > 1 else ()

    def by_name(self, word: str, pos: int) -> Actor | None:
        """The actor named (or surnamed) word, first mentioned by pos; a person preferred."""
        if self.names is None:
            self.names = {}
            for a in self.actors:
                keys: set[str] = set()
                for n in (a.name, *a.aliases):
                    if n:
                        keys.add(n.lower())
                        keys.update(n.lower().split()[-1:])
                first = min((m[0] for m in a.mentions), default=0)
                for k in keys:
                    self.names.setdefault(k, []).append((first, a))
        hit = None
        people = []
        for first, a in self.names.get(word.lower(), ()):
            if first <= pos and (hit is None or a.kind == "person"):
                hit = a
            if first <= pos and a.kind == "person":
                people.append(a)
        if len(people) > 1 and " " not in word.strip():
            return self.surname(word, people, pos)
        return hit

    def surname(self, word: str, people: list[Actor], pos: int) -> Actor:
        """Which of several people sharing a surname a bare "Roe" names.

        The one the actors stage gave the surname as an alias; else not a person the text calls
        by the given name alone ("Jane", as news copy does for children and relatives); then the
        one whose full name was written last before pos."""
        low = word.lower()
        alias = [a for a in people if any(x.lower() == low for x in a.aliases)]
        if len(alias) == 1:
            return alias[0]
        if self.single is None:
            text = self.text
            self.single = {text[m[0] : m[1]] for a in self.actors for m in a.mentions
                           if " " not in text[m[0] : m[1]]}
        named = [a for a in people if a.name.split()[0] not in self.single
                 or a.name.split()[0].lower() == low]
        pool = named or people
        text = self.text

        def last_full(a: Actor) -> int:
            return max((m[0] for m in a.mentions if m[0] < pos and " " in text[m[0] : m[1]]),
                       default=-1)

        return max(pool, key=last_full)

    def described(self, noun: str, pos: int) -> Actor | None:
        """The latest speaker whose title, name or cue words hold noun, else the latest actor
        mentioned before pos that fits it. Both scans are indexed per noun (history grows only
        by appends; mentions are fixed), so a call costs a bisect, not a walk to the start."""
        done, last = self._hist_hits.get(noun, (0, -1))
        for k in range(done, len(self.history)):
            v = self.history[k]
            a = self.actor(v.speaker)
            if a and noun in f"{a.title or ''} {a.name} {v.speaker_text}".lower():
                last = k
        self._hist_hits[noun] = (len(self.history), last)
        if last >= 0:
            return self.actor(self.history[last].speaker)
        hits = self._mention_hits.get(noun)
        if hits is None:
            hits = self._mention_hits[noun] = [
                i for i in range(len(self.mentions)) if self._fits(noun, i)
            ]
        j = bisect.bisect_left(hits, bisect.bisect_left(self.mstarts, pos)) - 1
        return self.mentions[hits[j]][2] if j >= 0 else None

    def _fits(self, noun: str, i: int) -> bool:
        """Does mention i fit the description noun (see described)?"""
        ms, _me, a = self.mentions[i]
        if noun in f"{a.title or ''} {a.name} {a.affiliation or ''}".lower():
            return True
        # "Judge Ann Wolfe …. The judge said": the title the actors left
        return a.kind == "person" and not a.title and self.text[max(0, ms - 25) : ms].lower(
        ).split()[-1:] == [noun]

    def described_person(self, noun: str, hs: int, he: int) -> Actor | None:
        """The person a definite description names ("the Cuban leader", "Senator from Ohio",
        "the Republican nominee"): the latest person mentioned before it whose title fits the
        noun and who is not tied to another country or party than the one it names."""
        table, _ = _roles()
        entry = table.get(noun.lower().rstrip("."))
        if entry is None or entry.get("noun") != "person":
            return None
        raw = entry.get("titles", [noun])
        titles = [str(t) for t in raw] if isinstance(raw, list) else [noun]
        tied = {a.id for ms, me, a in self.covering(hs, he)
                if ms >= hs and me <= he and a.kind != "person"}
        start = bisect.bisect_left(self.mstarts, hs)
        untitled: Actor | None = None  # the latest person with no title tied to the body
        # (only a body: "the Florida senator" is not whoever was named near Florida)
        body = any(b is not None and b.kind == "organization" for b in map(self.actor, tied))
        # Each person once, at its latest mention before hs, latest first: per person a bisect
        # into its mention indices instead of a walk over every mention back to the start.
        if self.person_idx is None:
            self.person_idx = {}
            for k, (_s, _e, p) in enumerate(self.mentions):
                if p.kind == "person":
                    self.person_idx.setdefault(p.id, []).append(k)
        order = []
        for idx in self.person_idx.values():
            j = bisect.bisect_left(idx, start) - 1
            if j >= 0:
                order.append(idx[j])
        order.sort(reverse=True)
        for i in order:
            ms, _me, a = self.mentions[i]
            title = (a.title or "").lower()
            if not title:
                # "Judge Ann Wolfe" with no title from the actors stage: the word before a name
                title = " ".join(self.text[max(0, ms - 25) : ms].lower().split()[-1:])
            if not any(re.search(rf"\b{re.escape(t)}(?!\w)", title) for t in titles):
                if untitled is None and body and not a.title and tied <= self.ties(a):
                    untitled = a
                continue
            marks = self.ties(a)
            if tied and not tied <= marks and marks:
                continue  # "the Cuban leader" is not "U.S. President Roe"
            if entry.get("titled_only") and _introduced_unnamed(self.text, noun, ms, hs):
                return None  # "Judge Roe … A judge in Ohio ruled …. The judge said": not Roe
            return a
        # "Director of the FBI Jane Roe … the FBI chief": the one named with that body
        return untitled

    def topic_person(self, hs: int, he: int, lo: int) -> Actor | None:
        """The person the latest sentence since lo opens with, unless tied to another country
        or place than the description names."""
        hit = self.subject_before(hs, {"person"}, lo)
        if hit is None:
            return None
        return hit[1] if self.fits_ties(hit[1], hs, he, ("country",)) else None

    def fits_ties(
        self, person: Actor, hs: int, he: int, places: tuple[str, ...] = ("country", "place")
    ) -> bool:
        """Can a description in [hs, he) naming countries or places ("the Ohio governor") be
        this person: no place of the description's kind among the person's ties, or all?
        (Ties to places are loose, any place near a mention: topic_person checks countries
        only, as it always did.)"""
        tied = {a.id: a.kind for ms, me, a in self.covering(hs, he)
                if ms >= hs and me <= he and a.kind in places}
        if not tied:
            return True
        for kind in places:
            want = {c for c, k in tied.items() if k == kind}
            marks = {c for c in self.ties(person) if (self.actor(c) or person).kind == kind}
            if want and marks and not want <= marks:
                return False
        return True

    def recent_speaker(self, hs: int, he: int, lo: int) -> Actor | None:
        """The person who spoke last in [lo, hs) (“…,” Roe said. … the senator added): the
        description's referent when no title fits and no sentence opens with a person."""
        for v in reversed(self.history):
            if v.span[0] < lo and (v.speaker_span is None or v.speaker_span[0] < lo):
                return None
            a = self.actor(v.speaker) if v.speaker else None
            if a is not None and a.kind == "person" and (
                v.speaker_span is None or v.speaker_span[1] <= hs
            ):
                return a if self.fits_ties(a, hs, he) else None
        return None

    def ties(self, a: Actor) -> set[str]:
        """Countries, parties and places written just before a person's mentions or named by
        the affiliation ("Cuban President X", "X, a Republican from Ohio")."""
        hit = self.ties_of.get(a.id)
        if hit is not None:
            return set(hit)  # per actor, fixed for the document: built once
        out: set[str] = set()
        aff = (a.affiliation or a.country or "").lower()
        text = self.text
        for ms, me in a.mentions:
            for cs, ce, c in self.covering(max(0, ms - 40), me + 30):
                if c.kind == "person" or c.id == a.id:
                    continue
                seg = text[min(ce, ms) : max(cs, me)] if ce <= ms else text[me:cs]
                if "." in seg.replace("Sen.", "").replace("Rep.", "") or "\n" in seg:
                    continue
                out.add(c.id)
        if aff:
            out.update(c.id for c in self.actors if c.kind != "person" and (
                c.name.lower() in aff or any(x.lower() in aff for x in c.aliases)))
        self.ties_of[a.id] = frozenset(out)
        return out

    def org_by_head(self, noun: str, pos: int) -> Actor | None:
        """The latest organisation mentioned before pos with noun as a word of its name."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        while i >= 0 and self.mentions[i][0] > pos - 3000:
            a = self.mentions[i][2]
            i -= 1
            if a.kind == "organization" and any(
                n in a.name.lower().split()[1:] for n in _HEAD_SYNONYMS.get(noun, (noun,))
            ):
                return a
        return None

    def author(self, noun: str, pos: int) -> Actor | None:
        """Who wrote the document "the letter" names: "a letter signed by X", "X's letter"."""
        text = self.text
        # a poll or study is taken up again much later ("The poll also found …")
        lo = max(0, pos - (3000 if noun in _STUDY_NOUNS else 800))
        same = _WORKS if noun in _WORKS else (noun,)
        for m in reversed(list(_AUTHOR_AFTER.finditer(text, lo, pos))):
            if m.group(1).lower().rstrip("s") not in {n.rstrip("s") for n in same}:
                continue
            hit = next((a for ms, _me, a in self.covering(m.end(), m.end() + 1)
                        if ms == m.end() and a.kind in {"person", "organization"}), None)
            nm = _NAME_AT.match(text, m.end())
            if nm and nm.group(1).endswith(("'s", "’s")):
                after = _WORD.match(text, nm.end() + 1)
                noun = after.group().lower() if after else ""
                if noun in _GROUP_HEADS or noun.rstrip("s") in _KIN or noun.startswith(
                    ("grand", "great-")
                ):
                    return None  # "a letter from Ana's grandmothers": not Ana
            hit = hit or (self.by_name(nm.group(1), pos) if nm else None)
            if hit is not None:
                return hit
        if noun in _WORKS:
            # "Roe wrote a memoir of her years in office. … the book said": its writer
            wrote = list(_WROTE_WORK.finditer(text, max(0, pos - 3000), pos))
            for m in reversed(wrote):
                hit = next((a for ms, me, a in self.covering(m.start(), m.start() + 1)
                            if a.kind == "person" and ms <= m.start() < me), None)
                if hit is not None:
                    return hit
        for work in same:
            k = text.rfind(work, lo, pos)
            while k > lo:
                pre = text[max(lo, k - 40) : k]
                pm = _AUTHOR_BEFORE.search(pre)
                if pm:
                    at = max(lo, k - 40) + pm.start()
                    hit = next((a for ms, me, a in self.covering(at - 1, at)
                                if me == at and a.kind in {"person", "organization"}), None)
                    if hit is not None:
                        return hit
                k = text.rfind(work, lo, k)
        return None

    def issuer(self, role: dict[str, object], pos: int) -> Actor | None:
        """Who issues a document of this kind ("the ruling": the court or judge named last)."""
        words = role.get("issuers")
        if not isinstance(words, list):
            return None
        i = bisect.bisect_left(self.mstarts, pos) - 1
        while i >= 0 and self.mentions[i][0] > pos - 3000:
            a = self.mentions[i][2]
            i -= 1
            if a.kind in {"person", "organization"} and not self.quoted(self.mentions[i + 1][0]):
                label = f"{a.name} {a.title or ''}".lower().split()
                if any(w in label for w in words):
                    return a
        return None

    def subject_before(self, pos: int, want: set[str], lo: int) -> tuple[int, Actor] | None:
        """The latest actor of a kind that opens a sentence (its subject) in [lo, pos)."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        text = self.text
        while i >= 0 and self.mentions[i][0] >= lo:
            ms, _me, a = self.mentions[i]
            i -= 1
            if (
                a.kind in want
                and a.id not in self.skip
                and _opens_sentence(text, ms, a.kind == "person")
                and not self.quoted(ms)
            ):
                return ms, a
        return None

    def forward(self, pos: int, want: set[str], limit: int = 600) -> Actor | None:
        """The actor that opens one of the next sentences as the subject of a reporting verb."""
        i = bisect.bisect_left(self.mstarts, pos)
        text = self.text
        while i < len(self.mentions) and self.mentions[i][0] < pos + limit:
            ms, me, a = self.mentions[i]
            i += 1
            if a.kind not in want:
                continue
            if not _opens_sentence(text, ms):
                if _SAID_BEFORE.search(text, max(0, ms - 14), ms):
                    return a  # "“…,” said Jane Roe, who …": named by an inverted attribution
                continue
            end = text.find(".", me, me + 250)
            cm = _lexicon()[0].search(text, me, end if end > 0 else me + 250)
            if cm and not text[me : cm.start()].count(" ") > 12:
                return a
        return None

    def sole_country(self, pos: int) -> Actor | None:
        """The one country mentioned before pos (outside quotations), if only one is; else the
        country whose capital the dateline names ("HAVANA (AP) -- … the government said")."""
        firsts, ids = self.firsts("", lambda ms, a: a.kind == "country" and not self.quoted(ms))
        n = bisect.bisect_left(firsts, bisect.bisect_left(self.mstarts, pos))
        if n == 1:
            return self.by_id[ids[0]]
        home = self.home
        return home if home is not None and home.id in ids[:n] else None

    def titled(self, title: str, pos: int) -> Actor | None:
        """The one person mentioned before pos whose title is exactly title."""
        firsts, ids = self.firsts(
            "title:" + title, lambda _ms, a: a.kind == "person" and (a.title or "").lower() == title
        )
        n = bisect.bisect_left(firsts, bisect.bisect_left(self.mstarts, pos))
        return self.by_id[ids[0]] if n == 1 else None

    def firsts(
        self, key: str, keep: Callable[[int, Actor], bool]
    ) -> tuple[list[int], list[str]]:
        """The mention index where each actor first passes keep, in order, and their ids: the
        distinct actors kept before a point are a bisect away (built once per key)."""
        hit = self._firsts.get(key)
        if hit is None:
            firsts: list[int] = []
            ids: list[str] = []
            seen: set[str] = set()
            for i, (ms, _me, a) in enumerate(self.mentions):
                if a.id not in seen and keep(ms, a):
                    firsts.append(i)
                    ids.append(a.id)
                    seen.add(a.id)
            hit = self._firsts[key] = (firsts, ids)
        return hit

    def topic_issuer(self, pos: int, doc: Document) -> Actor | None:
        """Who issued "the statement" nobody is named as writing: the organisation or country
        that opens a sentence of this paragraph or the one before."""
        if not doc.paragraphs:
            return None  # a headline-only text: no paragraph to read (audit 5, P1)
        pi = _para_of(doc, pos)
        lo = doc.paragraphs[max(0, pi - 1)].span[0]
        hit = self.subject_before(pos, {"organization", "country"}, lo)
        return hit[1] if hit else None

    def actor(self, aid: str | None) -> Actor | None:
        return self.by_id.get(aid or "")

    def country_near(self, pos: int) -> Actor | None:
        """The country a bare "the government" belongs to: the country (or its capital) named
        earlier in the same sentence, else the latest country mentioned before pos (within a
        few paragraphs), unless an organisation named as a government came later."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        text = self.text
        caps = _capitals()
        while i >= 0 and self.mentions[i][0] > pos - 1500:
            ms, _me, a = self.mentions[i]
            i -= 1
            if self.quoted(ms):
                continue
            if a.kind == "organization" and "government" in a.name.lower():
                return a
            if a.kind == "country":
                return a
            if a.kind == "place" and _same_sentence(text, ms, pos):
                country = caps.get(a.name.lower())
                hit = next((c for c in self.actors if c.kind == "country"
                            and c.name.lower() == country), None) if country else None
                if hit is not None:
                    return hit
        return None


_SAID_BEFORE = lazy(r"[,?!][”\"’']*\s+(?:said|says|added|wrote)\s+$")
_AUTHOR_AFTER = lazy(
    r"\b(letter|statement|message|note|memo|report|data|figures|numbers|records|documents|"
    r"poll|survey|study|analysis|book|memoir|autobiography)s?"
    r"(?:\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?"  # "a letter Thursday from X"
    r"(?:(?:signed|written|sent|issued|released|posted)\s+)?(?:by|from)"
    # "a survey, published late Monday by X", "a poll taken last week for X"
    r"|,?\s+(?:signed|written|sent|issued|released|posted|published|conducted|commissioned|"
    r"taken|carried\s+out)\s+(?:(?:on\s+|late\s+|early\s+|last\s+|this\s+)?"
    r"[A-Za-z]+(?:\s+(?:night|morning|afternoon|evening))?\s+)?(?:by|for))"
    r"\s+(?:the\s+)?"
)
_STUDY_NOUNS = frozenset({"poll", "survey", "study", "analysis"})
# One written work under several nouns: "Roe's memoir" is taken up as "the book".
_WORKS = ("book", "memoir", "autobiography")
# A person's name (its last word) before "wrote a memoir", "published his first book".
_WROTE_WORK = lazy(
    r"[A-Z][\w’'-]+(?=\s+(?:wrote|published|penned|authored|released)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:book|memoir|autobiography)\b)"
)
_NAME_AT = lazy(r"(?:[A-Z][\w’'.-]*\s+){0,3}([A-Z][\w’'-]+)")
_AUTHOR_BEFORE = lazy(r"[’']s\s+(?:\w+\s+)?$")


_AND_GAP = lazy(r"(?:,[^,;.]{1,16}(?:\.[^,;.]{0,6})*,)?,?\s+and\s+")


_TITLE_BEFORE = lazy(r"(?:[A-Z][a-z]+\.?[ \t]){1,3}$")


@functools.cache
def _title_words() -> frozenset[str]:
    """The last word of every title form ("Speaker", "Sen."), lower case, no stop."""
    return frozenset(
        f.split()[-1].lower().rstrip(".") for e in rules.entries("titles") for f in e["forms"]
    )


def _opens_sentence(text: str, ms: int, titled: bool = False) -> bool:
    """Does a mention at ms open its sentence (after an optional 'The')?"""
    k = ms - 4 if text[max(0, ms - 4) : ms] in ("The ", "the ") else ms
    tm = _TITLE_BEFORE.search(text, max(0, k - 40), k) if titled else None
    if tm and tm.group().split()[-1].lower().rstrip(".") in _title_words():
        k = tm.start()  # "House Speaker Jane Roe, …": the title opens the sentence
    j = _rstrip_end(text, 0, k)
    if "\n" in text[j:k]:
        return True  # a paragraph opens with it (after a headline with no full stop, too)
    k = j
    while k > 0 and text[k - 1] in _CLOSE_MARKS:
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n"


def _para_lo(doc: Document, para_idx: int) -> int:
    """The start of the paragraph before para_idx (0 in a text with no paragraphs: a
    headline alone)."""
    return doc.paragraphs[max(0, para_idx - 1)].span[0] if doc.paragraphs else 0


def _para_of(doc: Document, pos: int) -> int:
    """The index of the paragraph holding pos, or of the last one before it."""
    return max(bisect.bisect_right(doc.paragraph_starts, pos) - 1, 0)


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    seg = text[lo:hi]
    return ". " not in seg and "\n" not in seg


def _resolve(
    res: _Resolver, f: _Found, para_idx: int, doc: Document
) -> tuple[Actor | None, View | None]:
    """The actor a speaker mention refers to, or the earlier view whose speaker it repeats;
    never the possessor of a kin noun ("Ana's father" is not Ana)."""
    a, v = _resolve_mention(res, f, para_idx, doc)
    if a is None:
        hs, he = f.head or f.speaker or (0, 0)
        if _POLL_AT.search(res.text, hs, he):
            # "The poll shows …", "according to a Roe/Doe News poll": the pollster speaks
            # (gold: "The Reuters/Ipsos poll showed" is Reuters/Ipsos speaking)
            poller = _poll_speaker(res, hs, he)
            if poller is not None:
                return poller, None
    if a is not None and a.kind == "person":
        hs, he = f.head or f.speaker or (0, 0)
        k = res.text.rfind("s ", hs, he)
        if k > hs and any(ms < k for ms, _me, b in res.covering(hs, k) if b.id == a.id) and (
            coref.descriptions(doc, res.actors).kin_of(hs, he)
        ):
            # "Jane Roe's father … Tom Roe wrote": the next person of the family name.
            family = a.name.split()[-1]
            for _ms, _me, b in res.covering(he, he + 600):
                if b.kind == "person" and b.id != a.id and b.name.split()[-1] == family:
                    return b, None
            return None, None
    return a, v


# The nouns of a poll whose pollster speaks for it (speaker_roles.json, "pollster": true).
_POLL_NOUNS = sorted(str(e["word"]) for e in rules.entries("speaker_roles") if e.get("pollster"))
_POLL_AT = lazy(r"\b(?:" + "|".join(_POLL_NOUNS) + r")s?\b", re.IGNORECASE)
# Words between a pollster's name and "poll": "a Roe/Doe News national tracking poll".
_POLL_MODIFIERS = frozenset({
    "new", "latest", "recent", "national", "statewide", "nationwide", "tracking", "opinion",
    "online", "telephone", "phone", "exit", "daily", "weekly", "monthly", "joint", "public",
    "weekend", "overnight", "separate", "previous", "earlier", "last", "first", "second",
    "early", "independent", "state", "poll", "polls", "survey", "surveys",
})
_POLL_RUN = lazy(r"[\w’'.&/-]+")
# A poll phrase as a whole speaker head: "The poll", "a New Acme/Beta News poll released …"
_POLL_HEAD = lazy(
    r"(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w’'.&/-]+\s+){0,8}?(?:"
    + "|".join(_POLL_NOUNS)
    + r")s?"
    r"(?:[,\s]+(?:released|conducted|published|taken|out|issued)\b.*)?",
    re.IGNORECASE | re.DOTALL,
)


def _pollster_at(res: _Resolver, k: int) -> Actor | None:
    """The pollster named right before the poll noun at k ("the Acme/Beta News poll"): the
    first organisation or person of the run of names and poll modifiers before it."""
    text = res.text
    run = k
    for n, m in enumerate(reversed(list(_POLL_RUN.finditer(text, max(0, k - 120), k)))):
        if text[m.end() : run].strip() or n >= 9:
            break
        w = m.group()
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _POLL_MODIFIERS):
            break
        if w.lower() in {"the", "a", "an", "this", "that"}:
            break
        run = m.start()
    if run >= k:
        return None
    hits = [(ms, a) for ms, me, a in res.covering(run, k)
            if ms >= run and me <= k and a.kind in {"organization", "person"}]
    return min(hits, key=lambda t: t[0])[1] if hits else None


def _poll_speaker(res: _Resolver, hs: int, he: int) -> Actor | None:
    """Who speaks for a poll: its pollster, named in the phrase ("a Roe/Doe News poll
    released Friday"), else the pollster of the latest named poll ("the poll"), else of the
    next one (a lead's "A new poll shows …" before the story names it)."""
    text = res.text
    polls = [m for m in _POLL_AT.finditer(text, hs, he)]
    if not polls or not _POLL_HEAD.fullmatch(text, hs, he):
        return None
    own = _pollster_at(res, polls[0].start())
    if own is not None:
        return own
    lo = max(0, hs - 3000)
    for m in reversed(list(_POLL_AT.finditer(text, lo, hs))):
        if m.group().lower().endswith("s") or res.quoted(m.start()):
            continue  # "other polls": not the one taken up
        hit = _pollster_at(res, m.start())
        if hit is not None:
            return hit
    if text[hs : hs + 2].lower() in {"a ", "a\n"} or text[hs : hs + 3].lower() == "an ":
        for m in _POLL_AT.finditer(text, he, min(len(text), he + 1500)):
            if m.group().lower().endswith("s") or res.quoted(m.start()):
                continue
            hit = _pollster_at(res, m.start())
            if hit is not None:
                return hit
    return None



# --------------------------------------------------------------------------- held roles
# "The Indiana governor said", "Indiana's governor", "the state's tax commissioner", "the New
# York state attorney general", "the former secretary of state", "the Republican nominee",
# "the New York businessman": a definite description of an office, candidacy or calling names
# the ONE compatible person of the window before it (the section's text, at most the paragraph
# before and this one); two holders there (two governors) leave it open, and a holder tied to
# another place ("Ohio Gov. Tom Smith" for "the Indiana governor") is never it.
_HELD_ROLES: dict[str, dict[str, object]] = {
    str(e["word"]): e for e in rules.entries("role_nouns") if e.get("class") != "other"
}
# Offices a description names that role_nouns.json leaves to the speaker lexicon (their titles).
_HELD_EXTRA: dict[str, dict[str, object]] = {
    "attorney general": {"class": "office", "titles": ["attorney general"]},
    "commissioner": {"class": "office", "titles": ["commissioner"]},
    "comptroller": {"class": "office", "titles": ["comptroller"]},
    "treasurer": {"class": "office", "titles": ["treasurer"]},
}
def _office_titles() -> list[str]:
    out: list[str] = []
    for e in _HELD_ROLES.values():
        raw = e.get("titles")
        if e.get("class") == "office":
            out.extend(str(t) for t in (raw if isinstance(raw, list) else [e["word"]]))
    return sorted(out, key=len, reverse=True)


_OFFICE_TITLE = lazy(r"(?<![\w-])(?:" + "|".join(map(re.escape, _office_titles())) + r")(?!\w)")
_INDEFINITE_INTRO = lazy(r"\b(?i:an?)\s")
_GENERIC_OWNER = frozenset({"state", "nation", "country", "city", "county", "province",
                            "commonwealth", "territory", "island", "region"})
_HELD_MOD_SKIP = frozenset({"the", "state", "former", "then", "new", "current", "acting",
                            "interim", "longtime", "veteran", "two-term", "first-term",
                            "presidential", "vice", "presumptive", "likely", "de", "facto",
                            "city", "county", "federal"})
_HELD_NOT = frozenset({"other", "next", "future", "incoming", "another", "late", "previous",
                       "last", "first", "outgoing", "eventual", "new", "deputy", "assistant",
                       "associate", "under", "junior", "longtime", "leading", "top"})
_HELD_PARTY = {"democratic": "democratic", "democrat": "democratic", "republican": "republican",
               "gop": "republican", "libertarian": "libertarian", "green": "green",
               "independent": "independent"}


def _held_noun(words: list[str]) -> tuple[str, dict[str, object], int] | None:
    """The role noun a description ends with ("attorney general", "secretary of state",
    "governor") and how many words it takes."""
    for k in (4, 3, 2, 1):
        if len(words) >= k:
            noun = " ".join(words[-k:])
            entry = _HELD_ROLES.get(noun) or _HELD_EXTRA.get(noun)
            if entry is not None:
                return noun, entry, k
    return None


def _held_description(
    text: str, hs: int, he: int
) -> tuple[str, dict[str, object], list[str], set[str], bool] | None:
    """(noun, entry, places, parties, former) of "the [mods] ROLE" / "Place's [mods] ROLE" /
    "the state's ROLE"; None for anything else (an indefinite "a spokeswoman", "Roe's aide")."""
    raw = text[hs:he].split()
    if len(raw) < 2 or len(raw) > 8 or "," in text[hs:he] or text[hs:he].isupper():
        return None
    words = [w.lower().strip(".,") for w in raw]
    places: list[str] = []
    i = 0
    if words[0] == "the":
        i = 1
        if len(words) > 2 and words[1].removesuffix("’s").removesuffix("'s") in _GENERIC_OWNER \
                and words[1] != words[1].removesuffix("’s").removesuffix("'s"):
            i = 2  # "the state's governor": the place is the one in play
    else:
        k = next((j for j, w in enumerate(raw) if w.endswith(("’s", "'s"))), -1)
        if k < 0 or k > 2 or not all(w[:1].isupper() for w in raw[: k + 1]):
            return None
        places.append(" ".join(raw[: k + 1]).removesuffix("’s").removesuffix("'s").lower())
        i = k + 1
    found = _held_noun(words[i:])
    if found is None:
        return None
    noun, entry, n = found
    if any(w[:1].isupper() for w in raw[len(raw) - n :]):
        return None  # "The New Hampshire Union Leader": a name, not a role
    mods_raw = raw[i : len(raw) - n]
    if any(w in _HELD_NOT for w in mods_raw):  # (as written: "New York" is a place)
        return None
    former = any(w.lower() in {"former", "ex", "onetime"} or w.lower().startswith("ex-")
                 for w in mods_raw)
    parties = {_HELD_PARTY[w.lower()] for w in mods_raw if w.lower() in _HELD_PARTY}
    run: list[str] = []
    for w in [*mods_raw, ""]:
        lw = w.lower()
        if w[:1].isupper() and lw not in _HELD_PARTY and lw not in _HELD_MOD_SKIP:
            run.append(lw)
        elif run:
            places.append(" ".join(run))
            run = []
    if len(mods_raw) > 4:
        return None
    return noun, entry, places, parties, former


def _held_ok(rec: str, titles: list[str]) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(t)}(?![\w])", rec) for t in titles)


def _gazetteer_places() -> frozenset[str]:
    """US states, regions and countries (and their demonyms) of the gazetteers, lower-cased,
    unambiguous ones only: what a person's record may tie them to ("Ohio Gov.")."""
    got = _HELD_GAZ.get("x")
    if got is None:
        names: set[str] = set()
        for e in rules.entries("places"):
            if not e.get("ambiguous") and e.get("type") in {"state", "us_state", "region",
                                                             "province", "city"}:
                names.add(str(e["name"]).lower())
        for e in rules.entries("countries"):
            if not e.get("ambiguous"):
                names.add(str(e["name"]).lower())
                raw = e.get("demonyms") or []
                names.update(str(d).lower() for d in raw if isinstance(raw, list))
        got = _HELD_GAZ["x"] = frozenset(n for n in names if len(n) > 3)
    return got


_HELD_GAZ: dict[str, frozenset[str]] = {}


def _other_place(res: _Resolver, rec: str, places: list[str]) -> bool:
    """Does a person's record name a place (an actor of the text, a US state or a country)
    other than, and not inside, the description's?"""
    others = {n.lower() for a in res.actors if a.kind in {"place", "country"}
              for n in (a.name, *a.aliases) if len(n) > 3}
    gaz = _gazetteer_places()
    words = rec.split()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            w = " ".join(words[i : i + n]).strip(".,;:()")
            if (w in gaz or w in others) and not any(w in p or p in w for p in places):
                return True
    return False


def _section_lo(doc: Document, pos: int) -> int:
    """The start of the section holding pos (0 with no sections)."""
    lo, first = 0, True
    for sec in doc.article.sections:
        if not sec.paragraphs:
            continue
        if sec.paragraphs[0][0] > pos:
            break
        lo = 0 if first else (sec.heading_span or sec.paragraphs[0])[0]
        first = False
    return lo


def _held_person(
    res: _Resolver, doc: Document, para_idx: int, hs: int, he: int, content_end: int
) -> tuple[Actor | None] | None:
    """The person a held-role description names, as a 1-tuple (None inside: the text leaves it
    open, nobody), or None when this rule does not decide (the older readings go on)."""
    desc = _held_description(res.text, hs, he)
    if desc is None:
        return None
    noun, entry, places, parties, former = desc
    raw = entry.get("titles", [noun])
    titles = [str(t) for t in raw] if isinstance(raw, list) else [noun]
    co = coref.descriptions(doc, res.actors)
    lo = max(_section_lo(doc, hs), _para_lo(doc, para_idx))
    want_g = entry.get("gender")
    cands: dict[str, Actor] = {}
    openers: dict[str, Actor] = {}  # who the sentences open with, up to two paragraphs back
    talkers: set[str] = set()  # who a reporting verb follows there ("Roe, who …, said")
    sec_lo = _section_lo(doc, hs)
    lo2 = max(sec_lo, doc.paragraphs[max(0, para_idx - 2)].span[0] if doc.paragraphs else 0)
    for ms, _me, a in res.covering(min(lo, lo2), hs):
        if a.kind != "person" or ms >= hs or res.quoted(ms):
            continue
        if ms >= lo:
            cands[a.id] = a
        if _sentence_of(res, ms) >= _sentence_of(res, hs):
            continue  # (not "Roe met Doe after the Democratic nominee said")
        if _opens_sentence(res.text, ms, True):
            openers[a.id] = a
        end = res.text.find(".", _me, _me + 200)
        cm = _lexicon()[0].search(res.text, _me, end if end > 0 else _me + 200)
        if cm and res.text[_me : cm.start()].count(" ") <= 12:
            talkers.add(a.id)

    def fits(a: Actor, need_title: bool) -> bool:
        rec = co.record(a)
        if "vice" in rec and noun not in ("vice president", "vice-president"):
            rec = rec.replace("vice president", "").replace("vice-president", "")
        if need_title and not _held_ok(rec, titles):
            return False
        if places and _other_place(res, rec, places):
            return False
        if parties:
            words = {_HELD_PARTY.get(w, w) for w in re.findall(r"[a-z]+", rec)}
            if words & set(_HELD_PARTY.values()) and not parties <= words:
                return False
        if want_g and res.gender.get(a.id, want_g) != want_g:
            return False
        was = " former " in f" {rec} " or "ex-" in rec
        return not (former and need_title and not was) and not (not former and was and need_title)

    holders = [a for a in cands.values() if fits(a, True)]
    if len(holders) == 1:
        if places and not all(co._place_in(p, co.record(holders[0])) for p in places):
            return None  # no record ties the place to this holder: the older readings decide
        return (holders[0],)
    if len(holders) > 1:
        strong = [a for a in holders if places and all(co._place_in(p, co.record(a))
                                                        for p in places)]
        if len(strong) == 1:
            return (strong[0],)
        last = {a.id: max(_sentence_of(res, ms) for ms, _me in a.mentions if ms < hs)
                for a in holders}
        top = max(last.values())
        # two holders named in the latest sentence that names one ("Ohio Gov. Smith and
        # Indiana Gov. Roe met"): open; else the nearest, as the older readings take it
        return (None,) if sum(1 for k in last.values() if k == top) > 1 else None
    # no holder in the window: a holder the text names further back is the older readings'
    # (coref role_holder: "Mexican President Roe" paragraphs before "the Mexican president")
    far = co.role_holder(hs, he, loose=True)
    if far is not None:
        return (None,) if places and _other_place(res, co.record(far), places) else None
    # the description opens its section or the lead and the next sentences name the person
    # ("Connecticut's tax commissioner says … Kevin Roe says")
    if _opens_sentence(res.text, hs) and not any(
        a.kind == "person" for ms, _me, a in res.covering(sec_lo, hs) if ms < hs
    ):
        nxt = bisect.bisect_right(res.sent_starts, max(he, content_end))
        stop = res.sent_starts[nxt + 1] if nxt + 1 < len(res.sent_starts) else len(res.text)
        sec_hi = next((s.paragraphs[0][0] for s in doc.article.sections
                       if s.paragraphs and s.paragraphs[0][0] > hs), len(res.text))
        ahead = [a for ms, _me, a in res.covering(max(he, content_end), min(stop, sec_hi))
                 if a.kind == "person" and not res.quoted(ms)]
        if ahead and all(a.id == ahead[0].id for a in ahead) and fits(ahead[0], False):
            return (ahead[0],)
        return None
    if (entry.get("class") == "office" and places) or entry.get("class") == "calling":
        # a modified description with no holder: elegant variation for the one person the
        # window's sentences open with ("Mike Roe says …. The Indiana governor said")
        if _INDEFINITE_INTRO.search(res.text, lo2, hs) and re.search(
            rf"\b(?i:an?)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b", res.text[lo2:hs]
        ):
            return None  # "Roe met a young actress. The actress said": someone unnamed
        topic = [a for a in openers.values() if fits(a, False) and not (
            entry.get("class") == "calling" and _OFFICE_TITLE.search(co.record(a))
        )]  # (a titled official is not "the Denver businessman")
        if len(topic) == 1 and talkers <= {topic[0].id}:
            return (topic[0],)
    if places and any(not fits(a, False) for a in cands.values()):
        return (None,) if not any(fits(a, False) for a in cands.values()) else None
    return None


def _surname_person(res: _Resolver, hs: int, he: int) -> Actor | None:
    """The person a bare surname names when two people share it ("Johnson" after "Homeland
    Security Secretary Jeh Johnson" and "Gary Johnson"): the one named in full earlier in the
    same section, when the other has no mention in it (a live blog's items, a roundup's);
    elsewhere the actors stage's reading stands (a family: "Clinton" after "Bill Clinton" is
    still the story's Clinton)."""
    word = res.text[hs:he].strip()
    for hon in ("Mr. ", "Mrs. ", "Ms. ", "Dr. "):
        word = word.removeprefix(hon)
    if not word[:1].isupper() or " " in word or not word.isalpha():
        return None
    people = [a for a in res.actors
              if a.kind == "person" and len(a.name.split()) > 1 and a.name.split()[-1] == word]
    if len(people) < 2:
        return None
    doc = res.doc
    if doc is None or len(doc.article.sections) < 2:
        return None
    lo = _section_lo(doc, hs)
    inside = [a for a in people if any(lo <= ms < hs for ms, _me in a.mentions
                                       if " " in res.text[ms:_me].strip())]
    if len(inside) != 1:
        return None
    one = inside[0]
    if any(lo <= ms < hs and a.id != one.id for a in people for ms, _me in a.mentions):
        return None  # the other is in this section too: left to the actors stage
    return one


def _resolve_mention(
    res: _Resolver, f: _Found, para_idx: int, doc: Document
) -> tuple[Actor | None, View | None]:
    """The actor a speaker mention refers to, or the earlier view whose speaker it repeats."""
    text = res.text
    hs, he = f.head or f.speaker or (0, 0)
    head_text = text[hs:he]
    low = head_text.lower().strip()
    if low in _PRONOUNS:
        return _pronoun(res, low, hs, para_idx, doc)
    appos_person = _appositive_name(res, f, hs, he) if f.speaker and f.speaker[1] > he else None
    if appos_person is not None:
        return appos_person, None  # "The author of the book, Jane Roe, said": Roe
    sur = _surname_person(res, hs, he) if " " not in low else None
    if sur is not None:
        return sur, None  # two people share the surname: the one named in full just before
    held = _held_person(res, doc, para_idx, hs, he, f.content[1]) if " " in low else None
    if held is not None:
        return held[0], None
    pm = _POSS_DOCUMENT.fullmatch(low) if low.startswith(("his ", "her ", "its ", "their ")) else None
    side = _PRONOUN_SIDE.fullmatch(low) if low.startswith(("his ", "her ")) else None
    if side is not None:
        # "Her campaign said on Monday …": the campaign of the person "her" names (else she)
        who, _v = _pronoun(res, _POSSESSIVE_PRONOUN[side.group(1)], hs, para_idx, doc)
        return (_campaign_of(res, who) if who is not None and who.kind == "person" else None), None
    if pm and _roles()[0].get(pm.group(2), {}).get("noun") == "document":
        # "His report found …": the document's author is the one the pronoun names
        return _pronoun(res, _POSSESSIVE_PRONOUN[pm.group(1)], hs, para_idx, doc)
    if low in _PRESS_VOICES or (
        low.startswith("the ") and low.endswith((" column", " editorial board")) and len(low) < 60
    ):
        # "the editorial board wrote", "the column noted": the newspaper named before
        return coref.descriptions(doc, res.actors).org_of_kind("newspaper", hs), None
    cm = _COMPANY_DESC.fullmatch(low) if low.startswith("the ") and low != "the company" else None
    if cm and all(a.kind in {"place", "country"} for _ms, _me, a in res.covering(hs, he)):
        # (a place or country in it only modifies: "the Los Angeles thrift holding company")
        # "the Chicago-based company", "the valve maker", "the maker of valves": business
        # copy's elegant variation for the company named before
        # (the company a recent sentence opens with, else the latest named as a company)
        body = _body_in_play(res, doc, hs)
        return body or coref.descriptions(doc, res.actors).org_of_kind("company", hs), None
    if low in _BODY_VOICES:
        # "the executives said", "management said", "A spokesman said": the company in play
        return _body_in_play(res, doc, hs), None
    if low.endswith(_STAFF_ENDS):
        sm = _BODY_STAFF.fullmatch(head_text.strip())
        if sm is not None:
            # "Acme officials", "Acme's executives", "Thrift officials": the company speaks
            # (the gold convention: a company official speaks for the company)
            firm = _company_named(res, doc, sm.group(1), hs)
            if firm is not None:
                return firm, None
    if _QUANTITY.match(text, hs, he):
        return None, None  # "a majority of Democrats": some of a group, never the party
    vm = _VERSION_OF.match(text, hs, he) if " of the" in head_text else None
    if vm:
        # "a Spanish version of the letter": the letter's author, not Spain
        hs = vm.end()
        head_text = text[hs:he]
        low = head_text.lower().strip()
    if low.startswith(("the elder ", "the younger ")):
        # "the elder Roe": the parent among the people of that surname
        co = coref.descriptions(doc, res.actors)
        gen = co.generation(hs, he)
        if gen is not None or co.generation_pool(low.split()[-1], hs) is not None:
            return gen, None  # with several of that surname and none shown elder: nobody
    if low.startswith("the ") and coref.ROLE_LAST.search(low):
        # "the Florida senator", "the Democratic nominee", "the administration": the person
        # (or body) the text ties to that role (coref.Descriptions.role_holder)
        co = coref.descriptions(doc, res.actors)
        rh = co.role_holder(hs, he) or co.administration(hs, he)
        if rh is not None or low == "the administration":
            return rh, None  # (no administration named: nobody, never a person near it)
    cand = _CANDIDACY.fullmatch(low) if low.startswith("the ") else None
    if cand is not None:
        hit = coref.descriptions(doc, res.actors).candidate(hs, he)
        if hit is not None:
            return hit, None  # "the GOP candidate": coref.Descriptions, as below
    if low in _BARE_CANDIDATE or cand is not None:
        # "The candidate said", "the Democratic presidential candidate said" (no record ties
        # it: role_holder found none): the one person the headline names, else the person a
        # recent sentence opens with, alone ("Roe and Doe met …" leaves it open); never one
        # the text ties to another party than the description's
        parties = {_PARTY_OF[w] for w in low.split() if w in _PARTY_OF}
        hl = doc.article.headline_span
        hl_people = {a.id: a for ms, _me, a in res.covering(*hl)
                     if ms >= hl[0] and a.kind == "person"} if hl else {}
        one = next(iter(hl_people.values())) if len(hl_people) == 1 else None
        if one is not None and (cand is None or (
            _party_fits(res, doc, one, parties)
            and not any(a.id == one.id for _ms, _me, a in res.covering(
                res.sent_starts[max(0, _sentence_of(res, hs))], hs))
        )):
            # the one person the headline names (for "the Democratic nominee", not one the
            # sentence names before it: "Roe met Doe after the Democratic nominee said")
            return one, None
        lo = _para_lo(doc, para_idx)
        opener_hit = res.subject_before(hs, {"person"}, lo)
        if cand is not None and opener_hit is not None and _sentence_of(res, opener_hit[0]) == (
            _sentence_of(res, hs)
        ):
            opener_hit = None  # "Roe met Doe after the Democratic nominee said": not Roe
        if opener_hit is not None and not any(
            a.id == opener_hit[1].id and ms == opener_hit[0] and _JOINED_NEXT.match(text, me)
            for ms, me, a in res.covering(opener_hit[0], opener_hit[0] + 1)
        ) and _party_fits(res, doc, opener_hit[1], parties):
            return opener_hit[1], None
    if coref.DESCRIBED.search(low):
        # "Roe's lawyer", "the grandmother of Roe", "the GOP candidate": coref.Descriptions
        co = coref.descriptions(doc, res.actors)
        if low.startswith(("his ", "her ", "their ")) and coref.pronoun_relation(low):
            # "His lawyer said": the one the text introduces as the lawyer of the person "his"
            # names; else the one an inverted attribution names first just after ("His lawyer
            # insists A. “B,” said Jane Roe."); else unnamed — never a lawyer of someone else
            who, _v = _pronoun(res, _POSSESSIVE_PRONOUN[low.split()[0]], hs, para_idx, doc)
            hit = co.relative_of(hs, he, who.id if who is not None else None)
            return hit or _named_next(res, max(he, f.content[1])), None
        hit = co.relative(hs, he) or co.candidate(hs, he)
        if hit is not None:
            return hit, None
    table, _ = _roles()
    rel = _REL_IN_HEAD.search(head_text) if " " in head_text else None
    # "a party official who supports Roe": the head noun is before the relative clause
    words = (head_text[: rel.start()].lower() if rel else low).split()
    last = words[-1].removesuffix("’s").removesuffix("'s") if words else ""
    role = table.get(last)
    cov = res.covering(hs, he)
    if rel is not None and cov:
        # … and Roe, in the relative clause, is not the speaker
        cov = [t for t in cov if t[0] < hs + rel.start()]
    pnoun = _person_noun(head_text, words) if words and words[0] not in {"a", "an"} else None
    if pnoun and hs < 600 and words[0] == "the" and _blind_lead(res, hs) and not any(
        t[2].kind == "person" for t in cov
    ):
        # "The top commander of a rebel force said …" in a lead naming nobody yet: the
        # person the next sentences name as saying it ("Gen. Jane Roe, …, said")
        fw = res.forward(max(he, f.content[1]), {"person"})
        if fw is not None:
            return fw, None
    back = pnoun is not None and words[0] == "the" and (
        coref.role_entry(pnoun).get("class") == "calling"
    )
    if pnoun and not any(t[2].kind == "person" for t in cov) and (
        cov or back or "titles" in table.get(pnoun.lower(), {})
    ):
        # "The Cuban leader", "Senator from Ohio", "the Republican nominee": a person named
        # earlier, not the country or state in the description.
        dp = res.described_person(pnoun, hs, he)
        definite = words[0] == "the" or text[max(0, hs - 5) : hs] == " and "
        if dp is None and definite and not cov and _role_entry(table, pnoun).get("titled_only"):
            return None, None  # "the judge" with no judge named (or one introduced since)
        if dp is None and definite and pnoun.lower() not in _UNNAMED and not _role_entry(
            table, pnoun
        ).get("titled_only"):
            # "the New York businessman", "the former senator": elegant variation for the
            # person a recent sentence opened with, when no title fits.
            lo = _para_lo(doc, para_idx)
            dp = res.topic_person(hs, he, lo) if cov or not back else None
            if dp is not None and dp.title and _role_entry(table, pnoun).get("kind") == "other":
                dp = None  # "the businessman" is not the titled official the sentence opened with
            elif dp is None and words[0] == "the" and len(words) <= 4 and (
                _role_entry(table, pnoun).get("kind") != "other"
            ):
                # "“…,” Roe said. … the Vermont senator acknowledged": the one who just spoke
                dp = res.recent_speaker(hs, he, lo)
            if dp is None and back and not cov:
                # "Roe took questions. The billionaire businessman said" (coref)
                dp = coref.descriptions(doc, res.actors).referred_back(
                    hs, he, doc.paragraphs[para_idx].span[0] if doc.paragraphs else 0,
                    _para_lo(doc, para_idx), lambda: res.recent_speaker(hs, he, lo), pnoun,
                )
        if dp is not None or cov:
            return dp, None
    if cov and words and (words[0] == "other" or words[:2] in (["the", "other"], ["many", "other"])):
        return None, None  # "Other E.U. leaders", "Roe and other officials": not the body named
    if cov and _LOCATIVE_AT.search(head_text):
        located = _located_people(text, hs, he, cov)
        if located is not None:
            # "Cuban exiles in Miami", "Religious leaders in Boston", "Media reports in
            # Ruritania": people (or reports) of a place, unnamed; never the place itself
            group, noun_end = located
            if noun_end is None:
                return group, None
            # "Acme officials in Easton": read as "Acme officials"
            return _resolve_mention(
                res, dataclasses.replace(f, head=(hs, noun_end), speaker=None), para_idx, doc
            )
    group = _group_modified(res, hs, he, words, cov) if cov else None
    if group is not None:
        return group, None
    if cov and _GROUP_HEAD_AT.search(low) and _group_heads_only(
        text, hs, he, words, cov
    ):
        return None, None  # "Roe's relatives in Ohio", "supporters in Congress": unnamed
    if cov and any(t[2].kind == "person" for t in cov):
        kept = [t for t in cov if t[2].kind != "person"
                or not _RELATION_OF.search(text, max(hs, t[0] - 30), t[0])]
        if len(kept) < len(cov):
            if not any(t[2].kind == "person" for t in kept):
                return None, None  # "the grandmother of Jane Roe": a relative, unnamed
            cov = kept
    side = (
        _SIDE_OF.fullmatch(head_text.strip())
        if "’s " in head_text or "'s " in head_text
        else None
    )
    if side is not None:
        # "Castro's government": his country; "Roe's team": the Roe campaign, when named
        body = _side_body(res, side, cov, hs)
        if body is not None:
            return body, None
    by_role = (
        _ROLE_AUTHOR.match(head_text) if (" from " in head_text or " by " in head_text)
        else None
    )
    if by_role and table.get(by_role.group(1).lower(), {}).get("noun") == "document":
        person = _role_holder(res, by_role.group(2))
        if person is not None:
            # "a report from the Treasury's inspector general": the one person the
            # text gives that title (gold: a named official's report is the official's)
            return person, None
    if " by " in head_text or " from " in head_text:
        dm = _DESCRIBED_AUTHOR.fullmatch(head_text.strip())
        if dm and table.get(dm.group(1).lower(), {}).get("noun") == "document":
            # "a memo distributed by Acme's owner, Beta Partners": the name in apposition
            named_after = _appositive_actor(res, he)
            if named_after is not None:
                return named_after, None
    if cov:
        # Prefer the mention that ends where the head ends (the name, not a modifier).
        cov.sort(key=lambda t: (abs(t[1] - he), -(t[1] - t[0])))
        ms, me, a = cov[0]
        named = _NAME_END.search(head_text)
        if named and me < hs + named.start() and _POSSESSIVE_NAME.fullmatch(
            text, me, hs + named.start()
        ):
            # "Florida International's Fernandez", "the Acme Party's Jane Roe": the person of
            # that body the text named before (campus and sports copy), never the body
            person = res.by_name(named.group(), hs)
            if person is not None and person.kind == "person" and person.id != a.id:
                return person, None
        if a.kind != "person":
            person = _head_person(text, cov, ms)
            if person is not None:
                return person, None
        ends_at_head = abs(me - he) <= 2
        if ends_at_head and a.kind == "country" and _people(text[ms:me], a):
            return None, None  # "Most Americans say": people of a country, not its government
        if not ends_at_head and a.kind != "person":
            person = next((t[2] for t in cov if t[2].kind == "person"), None)
            if person is not None:
                return person, None  # "Roe outlined the Dutch stance": Roe
        if (
            a.kind == "person" and not ends_at_head and coref.someone_else(text[ms:he])
        ):
            # "Mr. Roe's successor", "Ms. Roe's chief of staff": someone other than the
            # possessor (unnamed unless the text introduced who holds that relation)
            return None, None
        if ends_at_head or a.kind == "person":
            return a, None
        if role and role.get("noun") == "document":
            return a, None  # "a Treasury statement" is the Treasury speaking
        if role and role.get("speaks_for") and a.kind in {"organization", "country"}:
            return a, None  # "an Acme spokeswoman": Acme speaks (the gold convention)
        if role and role.get("noun") == "person":
            if words[0] in {"a", "an"} and para_idx <= 2 and role.get("kind") != "expert":
                # "A former Acme chairman says …” … said Jane Roe, who ran Acme": the lead's
                # description names the person of that body quoted just after
                fw = res.forward(max(he, f.content[1]), {"person"})
                if fw is not None and a.id in res.ties(fw):
                    return fw, None
            return None, None  # "a senior US official": unnamed, affiliated
        if named and me <= hs + named.start() and _CAPS_ONLY.fullmatch(
            text, me, hs + named.start()
        ):
            # "Manhattan Supreme Court Justice Jane Roe": the name after the body speaks
            person = res.by_name(named.group(), len(text))  # named right here
            if person is not None and person.kind == "person":
                return person, None
        return a, None
    if role is not None and role.get("speaks_for") and words[0] in {"a", "an", "the"}:
        body = _speaks_for(res, head_text, hs)
        if body is not None:
            return body, None
    if words and words[0] == "the" and role is not None and len(words) <= 3:
        if role.get("noun") == "document":
            v = _document_view(res, doc, last, para_idx)
            if v is not None:
                return res.actor(v.speaker), v
            topic = res.topic_issuer(hs, doc) if last not in _PERSONAL_DOCUMENTS else None
            # the author may be named in the speaker's own aside ("The poll, released by X")
            end = f.speaker[1] if f.speaker and f.speaker[1] > he else hs
            return res.author(last, end) or res.issuer(role, hs) or topic, None
        if role.get("noun") == "organisation":
            if last == "government" and len(words) == 2:
                # "In Havana, the government said": the country of the capital or country the
                # sentence names, else the latest country, never an NGO or company.
                gov = res.country_near(hs)
                if gov is not None:
                    return gov, None
            if last in {"leadership", "regime"}:
                # "the communist leadership": the government of the one country in play
                one = res.sole_country(hs)
                if one is not None:
                    return one, None
            org = (
                coref.descriptions(doc, res.actors).org_of_kind(last, hs)
                or res.described(last, hs) or res.before(hs, {"organization"})
            )
            return org, None
        hit = res.described(last, hs)
        if hit is not None and hit.kind != "person" and role.get("noun") == "person" and not (
            role.get("speaks_for")
        ):
            # "A CIA officer backed the account. … the officer said": an unnamed officer,
            # never the agency the earlier description named (only a spokesman speaks for it)
            return None, None
        return hit, None
    if len(words) == 2 and words[0] == "the" and role is None and last.isalpha():
        # "the fund", "the bureau": the organisation whose name has that head noun.
        return res.org_by_head(last, hs), None
    if words and words[0] in {"a", "an"} and role is not None and len(words) <= 4:
        noun = role.get("noun")
        if noun == "person" and role.get("kind") != "expert" and head_text[1:].islower() and (
            last not in _NOT_VOICES
        ):
            # "Acme will trim staff, a company official said": the official speaks for the
            # organisation that is the subject of the sentence (or the one before it).
            para = doc.paragraphs[para_idx].span
            org = res.before(hs, {"organization"}, window=hs - para[0] + 1)
            if org is not None and (
                "campaign" not in words or "campaign" in org.name.lower().split()
            ):
                return org, None  # (a campaign aide speaks for a campaign, not the police)
        want = {"person": {"person"}, "organisation": {"organization"}}.get(str(noun))
        if noun == "person":
            # "Jane Roe, a former party chairman, … A former party chairman said": the one
            # person the text introduced with that very role.
            intro = res.titled(" ".join(words[1:]), hs)
            if intro is not None:
                return intro, None
        if noun == "document" and "government" in words[1:-1]:
            # "a government communique said": the country's government
            gov = res.sole_country(hs)
            if gov is not None:
                return gov, None
        if noun == "document" and last in _MESSAGE_NOUNS and all(
            w.islower() for w in head_text.split()[1:]
        ):
            # "Acme issued a warning. An accompanying statement said …": the body that just
            # issued something speaks through it.
            body = _issuing_body(res, hs)
            if body is not None:
                return body, None
        if want and para_idx <= 2:
            # "…, says a leading economist. Jane Roe, a fellow at Y, says …": named just after.
            return res.forward(max(he, f.content[1]), want), None
    name = _HONORIFIC.sub("", head_text).strip()
    if name and " " not in name and name[:1].isupper():
        return res.by_name(name.strip(".,"), hs), None
    rm = _ROLE_THEN_NAME.fullmatch(name) if name[:1].islower() else None
    if rm and table.get(rm.group(1).lower(), {}).get("noun") == "person":
        # "conservative talk radio host Jane Roe" where the actors stage took only "Roe":
        # the person of that surname (not one with another given name)
        hit = res.by_name(rm.group(3), hs)
        if hit is not None and hit.kind == "person" and not _other_given_name(
            rm.group(2), hit, table, False
        ):
            return hit, None
    if name and name[:1].isupper() and name.split()[-1][:1].isupper():
        # (a lower-case last word is a common noun: "Party leaders" at a sentence's start)
        hit = res.by_name(name.split()[-1], hs)
        introduced = f.appos is not None and f.appos[0] < hs  # "One of them, Jane Roe"
        if hit is not None and _other_given_name(name, hit, table, introduced):
            return None, None  # "Jane Roe" is not the "John Roe" named before
        return hit, None
    if name and " " in name and words and words[-1][:1].isalpha():
        # "the Arab American institute" in a transcript: a name written in another case
        key = " ".join(name.lower().removeprefix("the ").split())
        for a in res.actors:
            if a.kind != "person" and key in (
                a.name.lower().removeprefix("the "), *(x.lower() for x in a.aliases)
            ):
                return a, None
    return None, None


def _named_next(res: _Resolver, pos: int) -> Actor | None:
    """The person an inverted attribution of the next sentence or paragraph names for the first
    time ("“…,” said Jane Roe."): the holder of a relation just described."""
    text = res.text
    k = bisect.bisect_left(res.mstarts, pos)
    while k < len(res.mentions) and res.mentions[k][0] < pos + 300:
        ms, _me, a = res.mentions[k]
        k += 1
        if a.kind != "person":
            continue
        first = min(m[0] for m in a.mentions)
        if first == ms and _SAID_BEFORE.search(text, max(0, ms - 14), ms):
            return a
        return None
    return None


# Lower-case description words, a role noun, then a name: "talk radio host Jane Roe".
_ROLE_THEN_NAME = lazy(
    r"(?:[a-z][\w’'-]*\s+){0,5}([a-z]+)\s+((?:[A-Z][\w’'.-]*\s+){0,2}([A-Z][\w’'-]+))"
)


# Unnamed people who never speak for the body their sentence names ("a well-placed source")
_NOT_VOICES = frozenset({"source", "sources", "witness", "witnesses", "resident", "residents"})
# "the school" for "Acme Academy", "the academy" for "Acme School of Music"
_HEAD_SYNONYMS = {"school": ("school", "academy"), "academy": ("academy", "school")}
_BARE_CANDIDATE = frozenset({"the candidate", "the nominee", "the contender", "the hopeful",
                             "the front-runner", "the frontrunner"})
_JOINED_NEXT = lazy(r",?\s+(?:and|or|&)\s")
# "the Democratic presidential candidate", "the presumptive Republican nominee", "the former
# GOP hopeful": a candidacy with party and race words only (not "vice-presidential": the
# running mate is someone else; not "the other candidate": role_holder's _NOT_HOLDER).
_CANDIDACY = lazy(
    r"the\s+(?:(?:former|presumptive|likely|eventual|leading|republican|democratic|democrat|"
    r"gop|independent|libertarian|presidential|2016|white\s+house)\s+){1,4}"
    r"(?:candidate|nominee|contender|hopeful|front-?runner|standard-bearer)"
)
_PARTY_OF = {"republican": "republican", "gop": "republican", "democratic": "democratic",
             "democrat": "democratic", "independent": "independent",
             "libertarian": "libertarian"}


def _sentence_of(res: _Resolver, pos: int) -> int:
    return bisect.bisect_right(res.sent_starts, pos) - 1


def _party_fits(res: _Resolver, doc: Document, a: Actor, parties: set[str]) -> bool:
    """Is nothing the text ties to the person (coref's record) of another party than the
    description's (any person, when the description names no party)?"""
    if not parties:
        return True
    rec = coref.descriptions(doc, res.actors).record(a)
    words = {_PARTY_OF[w] for w in re.findall(r"[a-z]+", rec) if w in _PARTY_OF}
    return not words or bool(words & parties)


def _blind_lead(res: _Resolver, hs: int) -> bool:
    """Is hs in a lead that names no person before it (a description standing for a person
    the body names)?"""
    for ms, _me, a in res.mentions:
        if ms >= hs:
            return True
        if a.kind == "person":
            return False
    return True


_POSS_DOCUMENT = lazy(r"(his|her|its|their)\s+(?:[a-z-]+\s+)?([a-z]+)")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}


# A company by what it makes or does: "the Chicago-based company", "the valve maker", "the
# nation's largest steelmaker", "the maker of valves".
_COMPANY_DESC = lazy(
    r"the\s+(?:[\w.&’'-]+\s+){0,4}?(?:company|firm|manufacturer|producer|retailer|"
    r"concern|lender|thrift|insurer|airline|automaker|carmaker|chipmaker|steelmaker|drugmaker|"
    r"conglomerate|supplier|distributor|(?<!policy )(?<!decision )(?<!film )(?<!deal )maker|"
    r"steelmaker|toolmaker)(?:\s+of\s+[a-z][\w\s,-]{0,40})?"
)


# A newspaper's own voices: its editorial board, its editorial, its column.
_PRESS_VOICES = frozenset({"the editorial board", "the editorial", "the editors", "the column",
                           "the paper's editorial board", "the newspaper's editorial board"})


# Unnamed voices of the organisation a story is about ("the executives acknowledged",
# "management said", "A spokesman said" with no body named): business-wire shorthand.
_BODY_VOICES = frozenset({"the executives", "executives", "management", "the management",
                          "a spokesman", "a spokeswoman", "a spokesperson"})


# A company's staff as speakers: "Acme officials", "Acme's executives", "Thrift officials".
_STAFF_ENDS = ("officials", "executives", "management")
_BODY_STAFF = lazy(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*?)(?:[’']s)?\s+"
    r"(?:(?:top|senior)\s+)?(?:officials|executives|management)"
)
_COMPANY_NOUNS = frozenset({"company", "firm", "thrift", "bank", "lender", "insurer", "airline",
                            "automaker", "carmaker", "retailer", "utility", "brokerage"})
# Heads of a public body's name: its officials stay unnamed (gold: "FBI officials").
_PUBLIC_HEADS = frozenset({
    "department", "ministry", "agency", "administration", "service", "bureau", "office",
    "court", "police", "council", "committee", "commission", "house", "senate", "party",
    "government", "army", "navy", "force", "pentagon", "congress", "parliament", "county",
    "city", "state", "university", "college", "school", "campaign", "fbi", "cia", "fed",
})


def _company_named(res: _Resolver, doc: Document, name: str, hs: int) -> Actor | None:
    """The company a staff mention names: a company noun ("Thrift officials") is the company
    in play; a capitalised name is the organisation whose name it opens ("Acme" for "Acme
    Steel Corp."), never a public body, country or place."""
    low = name.lower()
    if low in _COMPANY_NOUNS:
        return _body_in_play(res, doc, hs) or coref.descriptions(doc, res.actors).org_of_kind(
            "company", hs
        )
    words = name.split()
    key = tuple(words)
    hits = res.org_hits.get(key)
    if hits is None:  # the organisations whose name (or alias) opens with these words, once
        hits = res.org_hits[key] = [
            i for i, (_ms, _me, a) in enumerate(res.mentions)
            if a.kind == "organization"
            and any(n[: len(words)] == words for n in [a.name.split()]
                    + [al.split() for al in a.aliases])
        ]
    j = bisect.bisect_left(hits, bisect.bisect_left(res.mstarts, hs)) - 1
    if j < 0:
        return None
    a = res.mentions[hits[j]][2]
    if any(w.lower().strip(".,") in _PUBLIC_HEADS for w in a.name.split()):
        return None
    return a


def _body_in_play(res: _Resolver, doc: Document, hs: int) -> Actor | None:
    """The organisation opening a sentence of this paragraph or the one before, else the one
    opening the article's lead (the company the story is about)."""
    pi = _para_of(doc, hs)
    hit = res.subject_before(hs, {"organization"}, doc.paragraphs[max(0, pi - 1)].span[0])
    if hit is not None:
        return hit[1]
    text = res.text
    for ms, _me, a in res.mentions:
        if ms >= hs or ms > 600:
            break
        if a.kind == "person":
            return None  # a lead about a person: no company in play
        if a.kind == "organization" and _opens_sentence(text, ms) and not res.quoted(ms):
            return a
    return None


# Nouns for one official message: "the message" may take up "a government communique".
_MESSAGE_NOUNS = frozenset({"statement", "communique", "message", "release", "announcement",
                            "declaration"})


_ISSUED = lazy(r"\b(?:issued|released|published|posted|put\s+out|sent\s+out)\b")
_ISSUER_GAP = lazy(r"(?:\s+(?:on|late|early|last|this)?\s*\w+day)?(?:\s+also)?\s+")


def _issuing_body(res: _Resolver, hs: int) -> Actor | None:
    """The organisation or country that is the subject of "issued/released/published …" in
    the sentence of hs or the one before ("Acme on Sunday issued a warning.")."""
    text = res.text
    k = bisect.bisect_right(res.sent_starts, hs) - 1
    lo = max(res.sent_starts[max(0, k - 1)] if res.sent_starts else 0, hs - 400)
    hits = list(_ISSUED.finditer(text, lo, hs))
    for m in reversed(hits):
        for ms, me, a in reversed(res.covering(max(0, m.start() - 60), m.start())):
            if a.kind in {"organization", "country"} and _ISSUER_GAP.fullmatch(
                text, me, m.start()
            ):
                return a
    return None


# Documents people write: never taken for the body a paragraph is about ("the letter").
_PERSONAL_DOCUMENTS = frozenset({
    "letter", "note", "memo", "book", "article", "editorial", "memoir", "autobiography", "account",
})


# A document by a person role: "a report from the agency's inspector general", "an audit by
# the city's comptroller" (the role closes the speaker head).
_ROLE_AUTHOR = lazy(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:from|by)\s+(?:the\s+)?"
    r"(?:[\w.&-]+(?:\s+[A-Z][\w.&-]*){0,4}[’']s\s+)?([a-z]+(?:\s+[a-z]+)?)"
    r"(?=$|[,\s]+(?:to|released|published|issued|due|made|on|in|last|this)\b)"
)


# A document by a described author: "a memo distributed by Acme's owner" (named after a comma).
_DESCRIBED_AUTHOR = lazy(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:[a-z]+\s+)?(?:by|from)\s+"
    r"(?:the\s+)?[\w.&-]+(?:\s+[A-Z][\w.&-]*){0,4}[’']s\s+[a-z]+"
)
_APPOS_GAP = lazy(r",\s+")


def _appositive_actor(res: _Resolver, he: int) -> Actor | None:
    """The organisation or person named right after ", " at he."""
    gm = _APPOS_GAP.match(res.text, he)
    if gm is None:
        return None
    return next((a for ms, _me, a in res.covering(gm.end(), gm.end() + 1)
                 if ms == gm.end() and a.kind in {"organization", "person"}), None)


def _role_holder(res: _Resolver, role: str) -> Actor | None:
    """The one person in the text whose title is this role ("inspector general")."""
    table, _ = _roles()
    if role.split()[-1] not in table:
        return None
    found = {a.id: a for a in res.actors if a.kind == "person" and (a.title or "").lower() == role}
    return next(iter(found.values())) if len(found) == 1 else None


# Documents of one inquiry: "the review" or "the inquiry" takes up "a report from X".
_FINDINGS = frozenset({"report", "review", "inquiry", "investigation", "audit", "probe"})


def _document_view(res: _Resolver, doc: Document, noun: str, para_idx: int) -> View | None:
    """The recent view (this paragraph or the two before) whose speaker is the document "the
    statement" takes up, or who spoke through it: "a government communique said A … the
    message said B"; "Acme said in a statement that A … the statement said B"."""
    nouns = (
        _MESSAGE_NOUNS if noun in _MESSAGE_NOUNS
        else _FINDINGS if noun in _FINDINGS
        else frozenset({noun})
    )
    text = res.text
    for v in reversed(res.history):
        gap = para_idx - _para_of(doc, v.span[0])
        if gap > (12 if nouns is _FINDINGS else 2):
            break  # (an inquiry's findings are taken up over a long story, by a known author)
        if not v.speaker_span or (gap > 2 and v.speaker is None):
            continue
        ss, se = v.speaker_span
        cut = v.span[0] if v.span[0] >= se else se + 90
        before = text[max(0, ss - 40) : ss]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]  # its own sentence
        around = f"{before} {v.speaker_text} {text[se : min(cut, se + 90)]}"
        if any(w in nouns for w in _WORD.findall(around.lower())):
            return v
    return None


# A person's side: "Roe's campaign/team/camp", "Roe's government/administration/regime".
_SIDE_OF = lazy(
    r"(?:the\s+)?(.+?)[’']s\s+(?:(?:presidential|election|re-?election|own)\s+)?"
    r"(campaign|team|camp|government|administration|regime)"
)


def _side_body(
    res: _Resolver, m: re.Match[str], cov: list[tuple[int, int, Actor]], hs: int
) -> Actor | None:
    """The body a person's side names: the country of "Castro's government" (the one the
    text ties the person to), the "Roe campaign" the actors stage found for "Roe's team" (else
    Roe)."""
    end = hs + m.end(1)
    person = next((a for ms, me, a in cov if me == end and a.kind == "person"), None)
    if person is None and m.group(1)[:1].isupper():
        person = res.by_name(m.group(1).split()[-1], hs)
    if person is None or person.kind != "person":
        return None
    if m.group(2) in {"campaign", "team", "camp"}:
        return _campaign_of(res, person)
    countries = [c for c in (res.actor(i) for i in res.ties(person))
                 if c is not None and c.kind == "country"]
    return countries[0] if len(countries) == 1 else None


def _campaign_of(res: _Resolver, person: Actor) -> Actor:
    """The "Roe campaign" the actors stage found for Roe's campaign or team; else Roe (the
    gold convention for "Roe's campaign said")."""
    surname = person.name.split()[-1].lower()
    return next((a for a in res.actors if a.kind in {"organization", "group"}
                 and "campaign" in a.name.lower().split()
                 and surname in a.name.lower().split()), person)


# "his campaign", "her re-election team": the side of the person the pronoun names.
_PRONOUN_SIDE = lazy(
    r"(his|her)\s+(?:(?:presidential|election|re-?election|own)\s+)?(?:campaign|team|camp)"
)


_REL_IN_HEAD = lazy(r"\s(?:who|whom|whose|that|which)\s")
_NAME_END = lazy(r"(?<=\s)[A-Z][a-z][\w’'-]*$")
# (joined titles too: "Acme News Vice President and Managing Editor Jane Roe")
_CAPS_ONLY = lazy(r"(?:\s+(?:[A-Z][\w.’'-]*|and(?=\s+[A-Z])))*\s+")
# A body's possessive, then at most one given name, before a surname: "Acme’s (Jane) Roe"
_POSSESSIVE_NAME = lazy(r"(?:[’']s|(?<=s)[’'])\s+(?:[A-Z][a-z]+\s+)?")
_VERSION_OF = lazy(
    r"(?i:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:version|copy|text|translation|draft|excerpt)s?\s+of\s+"
    r"(?=the\s)"
)


_BODY_BEFORE_ROLE = lazy(r"(?:an?|the)\s+((?:[A-Z][\w&.-]*\s+){1,3})\w+$", re.IGNORECASE)


def _speaks_for(res: _Resolver, head_text: str, hs: int) -> Actor | None:
    """The body an unnamed spokesperson's capitalised modifier names ("an INS spokeswoman",
    "a Justice Department spokesman"), when the text named it before."""
    m = _BODY_BEFORE_ROLE.fullmatch(head_text.strip())
    if m is None or not m.group(1)[:1].isupper():
        return None
    body = m.group(1).strip()
    hit = res.by_name(body, hs) or res.by_name(body.split()[-1], hs)
    return hit if hit is not None and hit.kind in {"organization", "country"} else None


def _other_given_name(
    name: str, a: Actor, table: dict[str, dict[str, object]], introduced: bool
) -> bool:
    """Does a full name ("Jane Roe") give another given name than the person found by its
    surname ("John Roe")? The first word must be a known given name, or the name be
    introduced by a description ("Another cousin, Jane Roe")."""
    words = name.split()
    first = words[0].lower().rstrip(".,")
    if len(words) < 2 or a.kind != "person" or first in table or first in _title_words():
        return False
    if not introduced and first not in _given_names():
        return False
    if len(first) <= 1 or not words[0][:1].isupper():
        return False
    known = {n.split()[0].lower() for n in (a.name, *a.aliases) if n and " " in n}
    return bool(known) and first not in known


# What links a person's name to a place or body that only qualifies it: a party-state tag
# ("Roe (R-Utah)"), "of"/"from" ("Roe of Maryland"), an appositive comma; the body may carry
# an adjective or two ("Roe of the Ohio-based Acme Foundation").
_MODIFIER_LINK = lazy(
    r"\s*(?:\(\s*[A-Z][\w.]*\s*[-–]\s*|,\s*|(?:of|from|for|at|with)\s+)(?:[Tt]he\s+)?"
    r"(?:(?:[a-z][a-z-]*|[A-Z][\w.]*-based)\s+){0,2}"  # "of the Miami-based X", "of the liberal X"
)


def _head_person(text: str, cov: list[tuple[int, int, Actor]], ms: int) -> Actor | None:
    """The person a speaker phrase is headed by when the mention picked is a place or body
    in a modifier after the name: "Rep. Jane Roe (R-Utah)", "Rep. John Doe of Maryland",
    "wrote Jane Roe for Acme Research", "said John Doe at the Beta Institute"."""
    for ps, pe, p in cov:
        if p.kind == "person" and pe <= ms and _MODIFIER_LINK.fullmatch(text, pe, ms):
            if _RELATION_OF.search(text, max(0, ps - 30), ps):
                continue  # "the lawyer of Jane Roe of Ohio": not Roe
            return p
    return None


# Plural nouns for people around someone or behind a cause: a speaker phrase headed by one
# ("the boy's relatives in Ohio", "supporters in Congress", "Roe aides") names unnamed people,
# never the person, place or body in its modifiers. Officials and leaders are left out: news
# writes "officials of the agency" for the agency itself.
_GROUP_HEADS = frozenset({
    "relatives", "supporters", "opponents", "critics", "proponents", "allies", "aides",
    "advisers", "advisors", "friends", "neighbors", "neighbours", "lawyers", "attorneys",
    "backers", "residents", "members", "team", "loyalists", "followers", "associates",
    "family", "campaign",
})
_GROUP_HEAD_AT = lazy(r"\b(?:" + "|".join(sorted(_GROUP_HEADS)) + r")\b")
_MODIFIER_PREPS = frozenset({"in", "of", "at", "from", "around", "for", "across", "near"})
_TEAM_HEADS = frozenset({"team", "campaign"})


def _group_word(words: list[str]) -> int:
    """Index of the group noun heading a speaker phrase (before any preposition), or -1."""
    for k, w in enumerate(words):
        if w in _MODIFIER_PREPS:
            return -1
        if w in _GROUP_HEADS:
            return k
    return -1


def _group_heads_only(
    text: str, hs: int, he: int, words: list[str], cov: list[tuple[int, int, Actor]]
) -> bool:
    """Is every actor in a group-headed speaker phrase only a modifier of the group noun: a
    possessor ("Roe's relatives"), a noun before it ("Roe aides") or the object of a
    preposition after it ("relatives in Ohio")?"""
    k = _group_word(words)
    if k < 0 or words[k] in _TEAM_HEADS:
        return False
    spans = [m.span() for m in _WORD.finditer(text, hs, he)]
    if len(spans) != len(words):
        return False
    gs, ge = spans[k]
    return all(me <= gs or ms >= ge for ms, me, _a in cov)


# A plural noun, then (a lower-case "of" phrase and) a locative preposition before a place.
_LOCATIVE = frozenset({"in", "around", "across", "near", "throughout"})
_LOCATIVE_AT = lazy(r"[a-z]s\s(?:[a-z-]+\s){0,4}?(?:in|around|across|near|throughout)\s")
_NOT_PLURAL = frozenset({"its", "his", "has", "was", "is", "this", "us", "as", "news", "plus",
                         "series", "thus", "whereas", "yes", "less", "unless"})


def _located_people(
    text: str, hs: int, he: int, cov: list[tuple[int, int, Actor]]
) -> tuple[Actor | None, int | None] | None:
    """The speaker of "<plural noun> in <place>" when the place only locates the people:
    (the group actor named by the words up to the noun, or None for nobody; None), or, with
    an actor before the noun ("Acme officials in Easton"), (None, the noun's end) to read the
    phrase without its place. None when the phrase is not of that shape (a non-place after the
    noun, "lawmakers in Congress", keeps the older rules)."""
    ws = [m for m in _WORD.finditer(text, hs, he)]
    noun = -1
    for k, m in enumerate(ws):
        w = m.group()
        if w in _LOCATIVE:
            break
        low = w.lower()
        if noun < 0 and w.isalpha() and (w.islower() or k == 0 and w[1:].islower()) and (
            low.endswith("s") and not low.endswith("ss") and low not in _NOT_PLURAL
        ):
            noun = k  # (capitalised only as the phrase's first word: "Residents in …")
        elif noun >= 0 and not (w.islower() or w in {"the", "The"}):
            return None  # "leaders of Acme Corp in Ohio": a body between noun and place
    else:
        return None
    if noun < 0 or not k > noun:
        return None
    ne, loc = ws[noun].end(), ws[k].start()
    group: Actor | None = None
    body = False
    for ms, me, a in cov:
        if ms >= loc:
            if a.kind not in {"place", "country"} and not (
                a.kind == "person" and " " not in a.name
            ):
                return None  # "officials at Acme in Ohio", "lawmakers in Congress"
        elif a.kind == "group" and abs(me - ne) <= 1:
            group = a  # "Cuban exiles" made a group actor
        elif me <= ne:
            body = True  # "U.S. officials in Baghdad": the body before the noun may speak
        else:
            return None
    return (None, ne) if body and group is None else (group, None)


def _group_modified(
    res: _Resolver, hs: int, he: int, words: list[str], cov: list[tuple[int, int, Actor]]
) -> Actor | None:
    """"The Roe team", "Roe's campaign": the campaign organisation named after the person,
    when the text has one."""
    k = _group_word(words)
    if k < 0 or words[k] not in _TEAM_HEADS:
        return None
    people = [a for _ms, me, a in cov if a.kind == "person" and me <= he]
    if not people:
        return None
    sur = people[0].name.split()[-1].lower()
    for a in res.actors:
        low = a.name.lower().split()
        if a.kind != "person" and "campaign" in low and sur in low:
            return a
    return None


# A relation or agent noun before "of"/"for" a person: "the grandmother of Jane Roe", "a
# lawyer for John Doe" speak about or for that person, and are not that person.
_RELATION_OF = lazy(
    r"\b(?:mother|father|grand(?:mother|father|son|daughter)|son|daughter|wife|husband|"
    r"brother|sister|cousin|uncle|aunt|nephew|niece|widow|widower|relatives?|family|"
    r"lawyers?|attorneys?|friends?|neighbou?rs?|biographer|aides?|advis[eo]rs?|doctors?|"
    r"partners?|colleagues?|associates?|physicians?|strategists?)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?$",
    re.IGNORECASE,
)


# Nouns that usually bring in a new, unnamed source rather than describe a named one.
_UNNAMED = frozenset({"official", "source", "diplomat", "officer", "spokesman", "spokeswoman",
                      "spokesperson", "aide", "witness", "resident", "expert", "analyst"})


@functools.cache
def _capitals() -> dict[str, str]:
    """Capital city (lower case) → country name (lower case), from data/countries.json."""
    return {
        c.lower(): str(e["name"]).lower()
        for e in rules.entries("countries") for c in e.get("capitals", [])
    }


def _home_country(doc: Document, actors: list[Actor]) -> Actor | None:
    """The country actor whose capital (or itself) the dateline names: in a story filed from
    Havana, "the government" and "the leadership" are Cuba's when several countries appear."""
    dl = doc.article.dateline
    if dl is None or not dl.place:
        return None
    place = dl.place.split(",")[0].strip().lower()
    country = _capitals().get(place, place)
    return next((a for a in actors if a.kind == "country" and a.name.lower() == country), None)


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(
        n.lower() for e in rules.entries("given_names") for n in e.get("names", [])
    )


_CAP_WORD = lazy(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _person_noun(head: str, words: list[str]) -> str | None:
    """The singular person noun of a definite description ("the Cuban leader": leader), when
    the head is a description and not a name with a title ("Senator Roe")."""
    table, rx = _roles()
    found = rx.findall(head)
    if not found:
        return None
    w = found[0]
    e = _role_entry(table, w)
    plural = w.lower().endswith("s") and not w.lower().endswith("ss")  # not "actress"
    if e.get("noun") != "person" or plural and "titles" not in e:
        return None
    k = words.index(w.lower()) if w.lower() in words else -1
    rest = words[k + 1 :] if k >= 0 else []
    if rest and rest[0] not in {"from", "of", "for"}:
        if all(r in table and _role_entry(table, r).get("noun") == "person" for r in rest):
            return rest[-1]  # "the billionaire businessman": the last noun heads it
        return None  # "Senator Jane Roe": a title before a name
    if k > 0 and words[k - 1].endswith(("’s", "'s")):
        return None  # "the boy's father": a relation, not an office
    return w


def _people(mention: str, a: Actor) -> bool:
    """Is a country's mention its people ("Americans", "Iraqis"), not its name?"""
    return mention.endswith("s") and mention.lower() not in a.name.lower()


_JOINT_NOUN = lazy(
    r"^(?:the\s+|both\s+)?(?:two|three|both|all)?\s*(?:\w+\s+)?"
    r"(leaders|presidents|ministers|prime\s+ministers|heads\s+of\s+state|sides|countries|"
    r"nations|governments|delegations|parties|partners|allies|men|women|candidates)$",
    re.IGNORECASE,
)
_JOINT_ENDS = (
    "leaders", "presidents", "ministers", "state", "sides", "countries", "nations", "governments",
    "delegations", "parties", "partners", "allies", "men", "candidates",
)
_PERSON_JOINT = {"leaders", "presidents", "ministers", "men", "women", "candidates"}
_REMARKS = lazy(
    r"\b(?:remarks|speech|address|transcript|interview|statement|op-ed|letter|testimony)\b",
    re.IGNORECASE,
)
_JOINT_HEAD = lazy(r"\bjoint\b|\band\b|[-–]", re.IGNORECASE)


# Where a conjunct of "X, Y and the Z" opens: after the head's start, ", " or " and ".
_CONJUNCT_SPLIT = lazy(r",\s*(?:and\s+)?|\s+and\s+")
_CONJUNCT_DET = lazy(r"(?:the|both)\s+", re.IGNORECASE)


def _conjunct_actors(
    text: str, hs: int, he: int, cov: list[tuple[int, int, Actor]]
) -> list[Actor]:
    """The actors that are whole conjuncts of "X and Y" (each mention opens a conjunct and
    runs to its end), any kind but a place: "Roe and Doe", "the ACLU and the Urban League";
    [] unless every conjunct is one ("Roe of Ruritania and Doe": Ruritania only modifies)."""
    bounds = [hs]
    ends = []
    for m in _CONJUNCT_SPLIT.finditer(text, hs, he):
        ends.append(m.start())
        bounds.append(m.end())
    ends.append(he)
    out: list[Actor] = []
    for s, e in zip(bounds, ends, strict=True):
        dm = _CONJUNCT_DET.match(text, s, e)
        s2 = dm.end() if dm else s
        hit = next((a for ms, me, a in cov if ms in (s, s2) and me == e), None)
        if hit is None or hit.kind == "place":
            return []
        out.append(hit)
    return out if len(out) > 1 else []


def _joint(
    res: _Resolver, f: _Found, pi: int, doc: Document, prev: View | None
) -> tuple[str, ...]:
    """Every actor of a joint speaker: "X and Y", "the two leaders", "they"/"we" after them.

    Also "I" in remarks: the speaker named in a "Remarks by …" headline (one id)."""
    text = res.text
    hs, he = f.head or f.speaker or (0, 0)
    head = text[hs:he].strip()
    low = head.lower()
    if " and " in low:
        cov = res.covering(hs, he)
        ids = [a for ms, me, a in sorted(cov, key=lambda t: t[0]) if ms >= hs and me <= he]
        people = [a for a in ids if a.kind == "person"]
        pick = people if people else [a for a in ids if a.kind != "place"]
        whole = _conjunct_actors(text, hs, he, cov)
        if len(whole) > len(pick):
            # "Roe and Doe" where one name was read as another kind: each conjunct speaks
            pick = whole
        out = tuple(dict.fromkeys(a.id for a in pick))
        return out if len(out) > 1 else ()
    if low == "they":
        pair = res.pair_before(hs)
        if pair:
            return pair
    if low in {"both", "both men", "both women"}:
        # "X and Y met on Friday. Both said …": the two people of the latest sentence that
        # names people, only when it names exactly two.
        pair = res.group_before(hs, {"person"}, window=600)
        return pair if len(pair) == 2 else ()
    # _JOINT_NOUN ends with one of its nouns (an ASCII head that does not cannot match).
    jm = _JOINT_NOUN.match(low) if low.endswith(_JOINT_ENDS) or not low.isascii() else None
    if jm and not low.startswith(("the ", "both ", "two ", "three ", "all ")):
        jm = None  # "Party leaders", "Western allies": a group of some, not the ones in play
    if jm or low in {"they", "we"}:
        for v in reversed(res.history[-6:]):
            if pi - _para_of(doc, v.span[0]) > 2:
                break
            if len(v.speakers) > 1:
                return v.speakers
        if prev is not None and low in {"they", "we"}:
            return ()
        if jm:
            noun = jm.group(1).lower()
            want = {"person"} if noun in _PERSON_JOINT else {"country", "organization"}
            return res.group_before(hs, want)
        if low == "we":
            return _headline_actors(res, doc, joint=True) or _headline_actors(
                res, doc, joint=False
            )[:1]
        return ()
    if low == "i":
        return _headline_actors(res, doc, joint=False)[:1]
    return ()


def _headline_actors(res: _Resolver, doc: Document, joint: bool) -> tuple[str, ...]:
    """The actors a headline names as authors: of "Joint Statement by X and Y" or
    "Remarks by President X"."""
    hl = doc.article.headline_span
    if not hl:
        return ()
    htext = res.text[hl[0] : hl[1]]
    if not (_JOINT_HEAD.search(htext) if joint else _REMARKS.search(htext)):
        return ()
    cov = sorted(res.covering(*hl), key=lambda t: t[0])
    want = {"person"} if not joint else {"person", "country", "organization"}
    ids = tuple(dict.fromkeys(a.id for ms, me, a in cov if ms >= hl[0] and a.kind in want))
    if joint and len(ids) < 2:
        return ()
    return ids


def _pronoun(
    res: _Resolver, p: str, pos: int, para_idx: int, doc: Document
) -> tuple[Actor | None, View | None]:
    want = {
        "he": {"person"},
        "she": {"person"},
        "it": {"organization", "country"},
        "they": {"group", "organization"},
    }.get(p)
    if p == "i" and not res.quoted(pos):
        # "I" in a column's own prose: the writer the closing line names ("Jane Roe is a
        # professor of history at Elm State.")
        return _column_author(res, doc), None
    if want is None:
        return None, None
    if p == "it":
        body = _it_subject(res, doc, pos)
        if body is not None:
            return body, None
        found, author = _document_it(res, pos)
        if found:
            return author, None
    if p not in {"he", "she"}:
        a, v = _pronoun_any(res, p, want, pos, para_idx, doc)
        if p == "it" and a is not None and _thing_since(res, a, pos):
            return None, None  # "Acme sued. The letter accuses Roe … It also says": the letter
        if p == "they" and a is not None and a.kind == "organization" and _people_since(
            res, a, pos
        ):
            return None, None  # "Investigators met on Monday. They believe …": unnamed people
        return a, v
    g = coref.pronoun_gender(p)
    res.skip = frozenset(k for k, v in res.gender.items() if v != g) | _given_other(res, g)
    try:
        ahead = _cataphor(res, pos) or _aside_of(res, pos)
        if ahead is not None:
            return ahead, None
        if g is not None:
            sole = _sole_gendered(res, doc, pos, g)
            if sole is not None:
                return sole, None
        return _pronoun_any(res, p, want, pos, para_idx, doc)
    finally:
        res.skip = frozenset()


def _given_other(res: _Resolver, g: str | None) -> frozenset[str]:
    """People whose gender the text left open (coref.genders decides only on a clear
    majority, and the pronoun being resolved may be the only vote against a given name) but
    whose votes lean to the other gender: "Linda Moore criticized the plan. He said …" is not
    Linda Moore (coref.leanings)."""
    if g is None:
        return frozenset()
    hit = res.given_skip.get(g)
    if hit is not None:
        return hit
    lean = coref.leanings(res.doc, res.actors) if res.doc is not None else {}
    res.given_skip[g] = frozenset(
        k for k, v in lean.items() if v != g and k not in res.gender
    )
    return res.given_skip[g]


# A column's closing line about its writer: "Jane Roe is a professor at Elm State.", "Rep. Jan
# Kos, D-Ohio, was an early backer of …", "Roe is a Washington-based reporter for …".
_AUTHOR_LINE = lazy(
    r"[ \t]*(?:[A-Z][a-z]{1,4}\.[ \t]+)?(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]+"
    r"(?:,[ \t]+[A-Z][\w.-]*,)?[ \t]+(?:is|was|has[ \t]+been|serves[ \t]+as|served[ \t]+as)"
    r"[ \t]+(?:an?|the|[a-z][\w-]*)\b"
)


def _column_author(res: _Resolver, doc: Document) -> Actor | None:
    """The writer of an opinion column: the person the article's last paragraph opens with as
    a closing line about its writer, when the text never named that person before it (a
    closing line of news copy is about someone the story names: "Roe is expected to …")."""
    if res.writer is not None:
        return res.writer[0]
    res.writer = (None,)
    if not doc.paragraphs:
        return None
    ps, pe = doc.paragraphs[-1].span
    if pe - ps > 400 or not _AUTHOR_LINE.match(res.text, ps, pe):
        return None
    for ms, _me, a in res.covering(ps, min(pe, ps + 60)):
        if ms < ps or a.kind != "person":
            continue
        if min(m[0] for m in a.mentions) >= ps and _AUTHOR_LINE.match(res.text, ps, pe):
            res.writer = (a,)
        break
    return res.writer[0]


# Head nouns of descriptions that name an organisation (never a thing "it" stands for).
_ORG_NOUNS = frozenset({
    "company", "firm", "department", "ministry", "agency", "bank", "court", "paper",
    "newspaper", "bureau", "commission", "committee", "council", "board", "union", "party",
    "group", "government", "administration", "campaign", "organization", "organisation",
    "association", "institute", "foundation", "center", "centre", "network", "station",
    "magazine", "publication", "site", "website", "university", "college", "school", "church",
    "team", "club", "coalition", "alliance", "fund", "pac", "unit", "subsidiary", "maker",
    "carrier", "airline", "retailer", "insurer", "lender", "utility", "state", "country",
    "nation", "city", "county", "army", "military", "police", "service", "office",
    # a body's parts and writings speak for it ("The piece … it accuses", "The baking
    # business benefited …, it added")
    "business", "division", "operation", "operations", "segment", "piece", "article",
    "editorial", "column", "story",
})
# A sentence whose subject is a definite description of an organisation: "The department
# changed course when it argued …" — "it" is that organisation, not one named in between.
_ORG_SUBJECT = lazy(
    r"[\s“\"]*(?:The|the)\s+(company|firm|department|ministry|agency|bank|court|paper|"
    r"newspaper|bureau|commission|committee|council|board|union|party|group)\s+(?!of\b)[a-z]"
)


# A sentence whose subject is a document: "The report, released by X, says …", "A letter from
# the staff association … reflected …", "This document … exposed …".
_DOC_SUBJECT = lazy(
    r"[\s“\"]*(?:The|A|An|This|That|Its|Their|Her|His|Another|One)\s+"
    r"(?:(?!(?:said|says|says|was|is|were|are|has|had)\b)[\w’'-]+\s+){0,3}?"
    rf"({_DOC_ALT})s?\b(?=\s*,|\s+(?:[a-z]+ly\s+|also\s+)?(?:[a-z]+s|[a-z]+ed|by|from|to|on|in|"
    r"this|last|had|has|was|is|will|would|can|could)\b)"
)
# A coordinated clause "it" opens: "The report says A, and it adds B"; "…; it also found".
_IT_CLAUSE = lazy(r"(?:[,;]\s+(?:and|but|while)|;|\sand)\s+$")


# What may stand before a sentence-opening "it": "It found", "And it stresses", "But it".
_IT_OPENS = lazy(r"[\s“\"‘']*(?:(?:And|But|Yet|So|Still|Also|However,?)\s+)?")


# A quotation the pronoun closes: "“We must change,” it said" (its antecedent is before it).
_QUOTE_BEFORE_IT = lazy(r"\s*(?:“|\"|'')[^“”\"\n]{1,600}[,?!](?:”|\"|'')\s*")


def _document_it(res: _Resolver, pos: int) -> tuple[bool, Actor | None]:
    """Is "it" at pos a document's, its nearest subject antecedent a document ("The report,
    released by X and Y, says A. It found B"; "… and it stresses")? Then the document speaks
    for its author: the speaker its own view resolved to, else the one named as writing or
    issuing it, else nobody named. Names inside the document's description (co-sponsors,
    subjects: "a resolution co-sponsored by Chile") are not what "it" picks up."""
    text = res.text
    k = bisect.bisect_right(res.sent_starts, pos) - 1
    if k < 0:
        return False, None
    ss = res.sent_starts[k]
    if _IT_OPENS.fullmatch(text, ss, pos) or _QUOTE_BEFORE_IT.fullmatch(text, ss, pos):
        if k == 0:
            return False, None
        ss, se = res.sent_starts[k - 1], ss  # "… . It found": the sentence before
    elif _IT_CLAUSE.search(text, max(ss, pos - 12), pos):
        se = pos  # "The report says A, and it adds B": its own sentence
    else:
        return False, None  # "The average benefit, it says, …": an aside, not the subject's
    if res.quoted(ss + 1) or res.quoted(pos):
        return False, None
    m = _DOC_SUBJECT.match(text, ss, se)
    if m is None:
        return False, None
    for v in reversed(res.history):
        vs = (v.speaker_span or v.span)[0]
        if v.span[0] < ss:
            break
        if ss <= vs <= m.end(1) and v.span[0] < pos:
            a = res.actor(v.speaker)
            return True, a if a is not None and a.kind != "place" else None
    noun = m.group(1).lower()
    author = res.author(noun, pos)
    if author is None and noun == "resolution":
        # "The Security Council condemned the bombings. A resolution … urges …": the body
        # the story names acting before is the one that adopted it
        hit = res.subject_before(ss, {"organization"}, max(0, ss - 1500))
        author = hit[1] if hit is not None else None
    if author is None and not res.covering(m.end(1), se):
        return False, None  # "Acme sued. The new filing runs to 40 pages. It argues": the older rules
    return True, author


def _it_subject(res: _Resolver, doc: Document, pos: int) -> Actor | None:
    """The organisation a description opening the sentence of pos names ("The department …
    when it argued"), by the heads of the organisations named before."""
    k = bisect.bisect_right(res.sent_starts, pos) - 1
    ss = res.sent_starts[k] if k >= 0 else 0
    m = _ORG_SUBJECT.match(res.text, ss, pos)
    if m is None:
        return None
    co = coref.descriptions(doc, res.actors)
    return co.org_of_kind(m.group(1), ss) or res.org_by_head(m.group(1), ss)


_FRONTED = lazy(
    r"(?:^|[.!?]\s+|\n)\s*(?:Though|Although|Even\s+though|While|Whereas|When|After|Before|"
    r"Because|Since|Once|Until|If|Even\s+as)\s+$"
)


# A sentence opened by a subordinate clause or an adverbial phrase, its comma still ahead:
# "After struggling to show that he …, Roe said", "In what she called a rant, Roe …".
_FRONTED_OPEN = lazy(
    r"(?:Though|Although|Even\s+though|While|Whereas|When|After|Before|Because|Since|Once|"
    r"Until|If|Even\s+as|Despite|In|Speaking|Having|Unlike|Like|Whatever)\s[^,.;:!?\n]*$"
)
# The same with a subordinator only (no "As X said, “…”", whose quote is X's view, no "In
# 2010 she said: …"): a reporting verb inside ends its content at the clause's comma.
_FRONTED_WORD = lazy(
    r"(?:Though|Although|Even|While|Whereas|When|After|Before|Because|Since|Once|Until|If|In|"
    r"Despite)\s"
)
_FRONTED_CLAUSE = lazy(
    r"(?:Though|Although|Even\s+though|While|Whereas|When|After|Before|Because|Since|Once|"
    r"Until|If|Even\s+as|In\s+what|Despite\s+what)\s[^,.;:!?\n]*$"
)


def _lstrip_marks(text: str, s: int, e: int) -> int:
    """s moved past spaces and quotation marks (at most to e)."""
    while s < e and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    return s


def _cataphor(res: _Resolver, pos: int) -> Actor | None:
    """ "Though she called it outrageous, Clinton restricted …": a pronoun in a fronted
    subordinate clause names the person that opens the main clause after its comma."""
    text = res.text
    if not _FRONTED.search(text, max(0, pos - 14), pos):
        k = bisect.bisect_right(res.sent_starts, pos) - 1
        ss = res.sent_starts[k] if k >= 0 else 0
        ss = pos - len(text[ss:pos].lstrip(" \t\n" + _MARKS))
        if pos - ss > 160 or not _FRONTED_OPEN.match(text, ss, pos):
            return None
    stop = len(text)
    for ch in ".\n":
        k = text.find(ch, pos, pos + 400)
        if k >= 0:
            stop = min(stop, k)
    comma = text.find(",", pos, stop)
    if comma < 0:
        return None
    for ms, _me, a in res.covering(comma, min(stop, comma + 60)):
        if ms < comma:
            continue
        if a.kind == "person" and a.id not in res.skip and _TITLES_ONLY.fullmatch(
            text, comma + 1, ms
        ):
            return a
        break
    return None


_TITLES_ONLY = lazy(r"\s*(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,4}")


# "Roe — even as she says …": a pronoun in an aside opened right after a name.
_ASIDE_OPEN = lazy(
    r"(?:\s[—–]|\s--|,)\s+(?:even\s+as|while|though|although|even\s+though|when)\s+$"
)


def _aside_of(res: _Resolver, pos: int) -> Actor | None:
    """The person whose name an aside holding the pronoun at pos follows ("Roe — even as she
    says A — has B"; "Roe, while he said A, did B"), when the gender does not forbid it."""
    m = _ASIDE_OPEN.search(res.text, max(0, pos - 24), pos)
    if m is None:
        return None
    at = m.start()
    for _ms, me, a in res.covering(at - 1, at):
        if me == at and a.kind == "person" and a.id not in res.skip and not res.quoted(at - 1):
            return a
    return None


def _sole_gendered(res: _Resolver, doc: Document, pos: int, g: str) -> Actor | None:
    """“…,” she said after a sentence (since the last view) naming one person the text shows
    to be a woman and only men besides (or the reverse): that person, not an earlier speaker.
    Every person of that sentence must have a known gender."""
    sents = doc.sentences
    starts = res.sent_starts
    k = bisect.bisect_right(starts, pos) - 1
    while k >= 0 and (sents[k].span[1] > pos - 1 or res.quoted(sents[k].span[0])):
        k -= 1  # the sentence holding the pronoun, and sentences that open inside a quote
    if k < 0:
        return None
    ss, se = sents[k].span
    if _para_of(doc, pos) - sents[k].paragraph > 1:
        return None
    last = res.history[-1] if res.history else None
    if last is not None and max(last.span[1], (last.speaker_span or last.span)[1]) > ss:
        return None  # a view since: the usual rules
    people = {a.id: a for ms, _me, a in res.covering(ss, se)
              if a.kind == "person" and ms >= ss and not res.quoted(ms)}
    if not people or any(i not in res.gender for i in people):
        return None
    same = [a for i, a in people.items() if res.gender[i] == g]
    if len(same) != 1 or (last is not None and last.speaker == same[0].id):
        return None
    if res.text[ss:se].rstrip(" " + _MARKS).endswith("?"):
        return None  # "Don't they risk losing to Obama?" — a question names no speaker
    if all(_possessor(res.text, me) for ms, me, a in res.covering(ss, se)
           if a.id == same[0].id and ms >= ss):
        return None  # "under Obama's plan": only a possessor
    return same[0]


def _pronoun_any(
    res: _Resolver, p: str, want: set[str], pos: int, para_idx: int, doc: Document
) -> tuple[Actor | None, View | None]:
    if p in {"he", "she"} and para_idx > 0:
        intro = _introduced(res, doc, para_idx)
        if intro is not None and intro.id not in res.skip:
            return intro, None
    lo = _para_lo(doc, para_idx)
    near = res.subject_before(pos, want, lo)
    if p == "it":
        # the organisation subject of the latest sentence naming one (coref.Descriptions)
        im = coref.descriptions(doc, res.actors).it_antecedent(pos, lo, res.quoted)
        near = (im[0], im[2]) if im is not None else near
    for v in reversed(res.history):
        vp = _para_of(doc, v.span[0])
        if para_idx - vp > 2:
            break
        if near is not None and near[0] > max(v.span[1], (v.speaker_span or v.span)[1]):
            # "Acme said A. Beta Corp has called for B. It added …": the nearer subject.
            return near[1], None
        if v.rule == "verb-subordinate" and p in {"he", "she"}:
            main = _main_subject(res, v.span[1])
            if main is not None:
                # "When Roe pointed out that A, Doe seized on it. “B,” she said": the main
                # clause's subject, not the one who spoke in the fronted clause
                return main, None
        a = res.actor(v.speaker)
        vt = v.speaker_text.lower()
        if a is not None and a.id in res.skip:
            continue  # "she" is not the man who spoke last
        if vt == "i" and p in {"he", "she"}:
            continue  # "I support him. He knows …": the writer is not "he"
        if a is not None and a.kind in want:
            return a, v
        if a is not None and p in {"he", "she"} and _person_description(vt):
            return a, v  # "A spokesman for Acme said … he said": Acme speaks
        if a is None and p in {"he", "she"} and _person_description(vt):
            return None, v
        if a is None and p == "they" and (vt.endswith("s") or " and " in vt):
            return None, v
        if a is None and p == "it" and _org_description(vt):
            return None, v
    if p == "it":
        if near is None:
            im = coref.descriptions(doc, res.actors).it_antecedent(pos, pos - 3000, res.quoted)
            near = (im[0], im[2]) if im is not None else None
        return (near[1] if near else None), None
    if p == "they":
        hit = res.before_mention(pos, want)
        if hit is None or _possessor(res.text, hit[1]):
            # "States are challenging the EPA's rules. They argue …": an organisation named
            # only as a possessor is not what "they" picks up.
            return None, None
        return hit[2], None
    who = res.before(pos, want)
    if who is not None and _press(res, who):
        # "The Post's reporter Ann Roe writes: … ¶ Mary thought … ¶ “…,” she said": the one
        # the reporter writes about, not the reporter
        return _written_about(res, who, pos, coref.pronoun_gender(p)) or who, None
    return who, None


_PRESS_WORDS = lazy(r"\b(?:reporter|correspondent|columnist|journalist|writer|reporters)\b",
                    re.IGNORECASE)


def _press(res: _Resolver, a: Actor) -> bool:
    """Is the person a reporter (a title, or "reporter" just before a mention of her)?"""
    if a.kind != "person":
        return False
    if a.title and _PRESS_WORDS.search(a.title):
        return True
    return any(_PRESS_WORDS.search(res.text, max(0, ms - 40), ms) for ms, _me in a.mentions)


def _written_about(res: _Resolver, reporter: Actor, pos: int, g: str | None) -> Actor | None:
    """The person the text shows to be of the pronoun's gender who last opens a sentence
    between the reporter's last mention and pos, inside her quoted copy too."""
    last = max((me for ms, me in reporter.mentions if me <= pos), default=-1)
    if last < 0:
        return None
    for ms, _me, a in reversed(res.covering(last, pos)):
        if (
            ms >= last
            and a.kind == "person"
            and a.id != reporter.id
            and g is not None
            and res.gender.get(a.id) == g
            and _opens_sentence(res.text, ms, True)
            and not _press(res, a)
        ):
            return a
    return None


_POSSESSIVE = lazy(r"[’']s\b")
_MAIN_VERB = lazy(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")


def _main_subject(res: _Resolver, comma: int) -> Actor | None:
    """The person opening the main clause after a fronted clause's comma at `comma` ("When
    Roe asked A, Senator Doe replied …": Doe), when a finite verb follows the name and the
    pronoun's gender does not forbid it."""
    text = res.text
    if text[comma : comma + 1] != ",":
        return None
    after = comma + 1 + (text[comma + 1 : comma + 2] in _CLOSE_MARKS)  # ',”' in a quote
    for ms, me, a in res.covering(comma, comma + 60):
        if ms <= comma:
            continue
        if (
            a.kind == "person" and a.id not in res.skip
            and _TITLES_ONLY.fullmatch(text, after, ms)
            and _MAIN_VERB.match(text, me)
        ):
            return a
        return None
    return None


# Plural nouns for people that "they" picks up before an organisation named earlier
# ("Analysts doubt it … they say"). Not "executives", "employees", "companies": in business
# copy those are mostly the company's own ("top executives said they intend").
_PEOPLE_PLURALS = (
    "officials", "investigators", "authorities", "prosecutors", "activists",
    "intellectuals", "politicians", "operatives", "voters", "supporters", "opponents",
    "members", "lawmakers", "legislators", "workers", "investors", "experts",
    "researchers", "scientists", "economists", "analysts", "doctors", "parents", "students",
    "teachers", "officers", "agents", "groups", "organizations", "organisations", "unions",
    "watchers", "partisans", "thinkers", "progressives", "critics",
    "advocates", "residents", "protesters", "demonstrators", "witnesses", "relatives",
    "friends", "allies", "aides", "advisers", "advisors", "lawyers", "attorneys", "leaders",
    "delegates", "superdelegates", "donors", "strategists", "observers", "insiders",
    "conservatives", "liberals", "hands", "people", "families", "users", "consumers",
)
_PEOPLE_PLURAL = lazy(r"\b(?i:" + "|".join(_PEOPLE_PLURALS) + r")\b")
# The plural noun only names the organisation's own people: "Acme officials", "officials
# of/at/for Acme", "the company's executives".
_OWN_PEOPLE_BEFORE = lazy(r"(?:[’']s?)?\s+(?:[a-z-]+\s+)?")
_OWN_PEOPLE_AFTER = lazy(r"\s+(?:of|at|for|from|with|in)\s+(?:the\s+)?$")


def _last_mention_end(res: _Resolver, org: Actor, pos: int) -> int:
    """The end of the latest mention of org before pos (within 3,000 characters), else -1."""
    i = bisect.bisect_left(res.mstarts, pos) - 1
    while i >= 0 and res.mentions[i][0] > pos - 3000:
        _ms, me, a = res.mentions[i]
        if a.id == org.id and me <= pos:
            return me
        i -= 1
    return -1


def _people_since(res: _Resolver, org: Actor, pos: int) -> bool:
    """Does a plural noun for people stand between the latest mention of `org` before pos
    and pos (in that sentence or the one before), as the nearer antecedent of "they"? Not
    when the noun names the organisation's own people ("Acme executives", "officials at
    Acme")."""
    text = res.text
    anchor = _last_mention_end(res, org, pos)
    if anchor < 0:
        return False
    k = bisect.bisect_right(res.sent_starts, pos) - 1
    lo = max(anchor, res.sent_starts[k - 1] if k >= 1 else 0)
    for m in _PEOPLE_PLURAL.finditer(text, lo, pos):
        if res.quoted(m.start()):
            continue
        own = False
        for ms, me, a in res.covering(max(0, m.start() - 60), m.end() + 60):
            if a.id != org.id:
                continue
            if me <= m.start() and _OWN_PEOPLE_BEFORE.fullmatch(text, me, m.start()):
                own = True  # "Acme officials", "the company's top executives"
            if ms >= m.end() and _OWN_PEOPLE_AFTER.search(text, m.end(), ms):
                own = True  # "executives at Acme"
        if not own:
            return True
    return False


# A sentence opened by a description that is no actor: a determiner, lower-case words and a
# finite verb ("The letter also accuses …", "This chart, posted on Friday, showed …").
_THING_SUBJECT = lazy(
    r"[\s“\"]*(?:(?:Indeed|But|And|So|Still|Yet|However|Instead|Meanwhile),?\s+)?"
    r"(?:The|This|That|Its|Their|His|Her|One|An?)\s+(?:[a-z-]+\s+){0,3}"
    r"(?!(?:also|now|still|[a-z]+ly)\b)([a-z-]+)"
    r"(?:,[^,.;:]{1,60},)?\s+(?:[a-z]+ly\s+|also\s+|now\s+)?"
    r"(?:has|had|is|was|are|were|would|will|can|could|does|did|said|told|[a-z]+s|[a-z]+ed)\b"
)


def _thing_since(res: _Resolver, org: Actor, pos: int) -> bool:
    """Does a sentence that opens with a description naming no actor ("The letter also
    accuses …") stand between the latest mention of `org` before pos and pos (this sentence
    or the one before), as the nearer antecedent of "it"? Not when the description's noun
    is one for organisations ("The department …", left to _it_subject and the older rules)
    or for people."""
    text = res.text
    anchor = _last_mention_end(res, org, pos)
    if anchor < 0:
        return False
    k = bisect.bisect_right(res.sent_starts, pos) - 1
    table, _ = _roles()
    for ss in res.sent_starts[max(0, k - 1) : k + 1]:
        if ss < anchor or res.quoted(ss):
            continue
        m = _THING_SUBJECT.match(text, ss, pos)
        if m is None or m.end() > pos:
            continue
        noun = m.group(1)
        if noun in _ORG_NOUNS or noun.rstrip("s") in _ORG_NOUNS or noun in table:
            continue
        if any(ms < m.end(1) for ms, _me, _a in res.covering(ss, m.end(1))):
            continue  # an actor named in the description ("The Acme letter …")
        return True
    return False


def _possessor(text: str, me: int) -> bool:
    """Is the mention ending at me a possessor ("the EPA's rules")?"""
    return _POSSESSIVE.match(text, me) is not None


_ROLE_APPOS = lazy(r",\s+(?:a|an|the)?\s*([\w’'-]+(?:\s+[\w’'-]+){0,3})\s+(?:of|at|for)\s")


def _introduced(res: _Resolver, doc: Document, pi: int) -> Actor | None:
    """A quote paragraph right after one that introduces a person with a role and gives no
    view ("… concerns Jane Roe, president of the Y." / "“…,” he said."): that person speaks."""
    text = res.text
    ps = doc.paragraphs[pi].span[0]
    if text[ps : ps + 1] not in DOUBLE_OPEN + '"':
        return None
    qs, qe = doc.paragraphs[pi - 1].span
    if any(qs <= v.span[0] < qe for v in res.history[-3:]):
        return None
    table, rx = _roles()
    hit = None
    for ms, me, a in res.covering(qs, qe):
        if a.kind != "person" or ms < qs or " " not in text[ms:me] or res.quoted(ms):
            continue
        m = _ROLE_APPOS.match(text, me, min(qe, me + 80))
        if m and any(_role_entry(table, w).get("noun") == "person" for w in rx.findall(m.group(1))):
            hit = a
    return hit


def _person_description(t: str) -> bool:
    table, rx = _roles()
    m = rx.findall(t)
    return bool(m) and _role_entry(table, m[-1]).get("noun") == "person" and not t.endswith("s")


def _org_description(t: str) -> bool:
    table, rx = _roles()
    m = rx.findall(t)
    return bool(m) and _role_entry(table, m[-1]).get("noun") in {"organisation", "document"}


_ARTICLE_START = lazy(r"^(?:an?|the)\s+")
_ROLE_AT = lazy(r"(.+?)\s+at\s+(.+)$")
_ROLE_OF = lazy(r"(.+?)\s+(?:of|for|with|from)\s+((?:the\s+)?[A-Z].*)$")


def _role_kind(
    text: str, f: _Found, actor: Actor | None
) -> tuple[str | None, str | None, str]:
    """The speaker's role, affiliation and kind (expert | official | other)."""
    table, rx = _roles()
    role = actor.title if actor and actor.kind == "person" else None
    affiliation = actor.affiliation if actor else None
    appos = text[f.appos[0] : f.appos[1]] if f.appos else ""
    speaker_text = text[f.speaker[0] : f.speaker[1]] if f.speaker else ""
    if appos and _AGE.match(appos):
        appos = ""  # "Jane Roe, 24": an age, not a role
    first = appos.split(None, 1)[0].lower() if appos and role is None and appos.split() else ""
    if appos and role is None and not first.endswith("ing") and first not in {"who", "which"}:
        body = _ARTICLE_START.sub("", appos)
        am = _ROLE_AT.match(body) or _ROLE_OF.match(body)
        role = am.group(1) if am else body
        if am and affiliation is None:
            affiliation = am.group(2)
    if role is None and speaker_text:
        hits = rx.findall(speaker_text)
        w = hits[0] if hits else None
        e = _role_entry(table, w) if w else None
        if w and e and e.get("noun") == "person" and e.get("kind") != "other" or (
            w and e and e.get("kind") == "other" and not w.endswith("s")
        ):
            role = w
    layers = [role or "", speaker_text, affiliation or "", actor.name if actor else ""]
    context = None  # all layers in lower case, for the entries that need a context word
    for layer in layers:
        for w in rx.findall(layer):
            e = _role_entry(table, w)
            need = e.get("needs_context")
            if isinstance(need, list):
                if context is None:
                    context = " ".join(layers).lower()
                if not any(c in context for c in need):
                    continue
            kind = str(e["kind"])
            if kind != "other":
                return role, affiliation, kind
    if actor and actor.kind == "country":
        return role, affiliation, "official"
    return role, affiliation, "other"


# --------------------------------------------------------------------------- entry points


# Reported "content" that is only an object pronoun and a time or place ("called me in
# January", "told them on Monday"): a call or a meeting, not a view.
# The object of "wrote": a written work named, not what it says ("wrote a memoir of …").
_WORK_OBJECT = lazy(
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:book|memoir|autobiography|novel|biography|play|song|poem)s?\b(?!\s+(?:that|saying))",
    re.IGNORECASE,
)
_WROTE_CUES = frozenset({"wrote", "writes", "write", "has written", "had written", "penned"})
_OBJECT_ONLY = lazy(
    r"(?:me|him|her|us|them)"
    r"(?:\s+(?:in|on|at|last|this|yesterday|today|again|back)\b[^,;]{0,30})?",
    re.IGNORECASE,
)


def _backquoted(doc: Document) -> Document | None:
    """Wire archives (AP, NYT) open quotes with ``: the same text with ““ for each ``, so the
    stage reads them as the opening marks they are (same length: every span is unchanged)."""
    if "``" not in doc.text:
        return None
    return dataclasses.replace(doc, text=doc.text.replace("``", "““"))


# The quotation-mark warnings of the document extract_views read last: views_warnings on the
# same document (build_brief asks right after) reuses them instead of pairing the marks again.
_last_warnings: tuple[Document | None, list[str]] = (None, [])


def extract_views(doc: Document, actors: list[Actor]) -> list[View]:
    """Views in document order: quotes and reported speech with resolved speakers."""
    global _last_warnings
    work = _backquoted(doc)
    read, warnings = _extract_views(work if work is not None else doc, actors)
    # A wish or refusal was read (speakers after it may lean on it) but is no view.
    views = [v for v in read if not _volition(v.cue) or v.speaker_text in _OWN_VOICE]
    _last_warnings = (doc, warnings)
    if work is None:
        return views
    text = doc.text
    return [
        dataclasses.replace(
            v,
            text=text[v.span[0] : v.span[1]],
            speaker_text=text[v.speaker_span[0] : v.speaker_span[1]] if v.speaker_span else "",
        )
        for v in views
    ]


def _extract_views(doc: Document, actors: list[Actor]) -> tuple[list[View], list[str]]:
    text = doc.text
    quotes, warnings = find_quotes(doc)
    starts = [q.outer[0] for q in quotes]
    units = _units(doc, quotes)
    res = _Resolver(text, list(actors))
    res.gender = coref.genders(doc, actors)
    res.doc = doc
    res.qspans = [q.outer for q in quotes]
    res.home = _home_country(doc, actors)
    res.sent_starts = [st.span[0] for st in doc.sentences]
    res.qstarts = starts
    views: list[View] = []
    # Every word of every actor's name and aliases, lower case.
    names = frozenset(
        " ".join([n for a in actors for n in (a.name, *a.aliases) if n]).lower().split()
    )
    # The headline, kicker and standfirst are not read for views: a headline's "X says Y" or
    # "X: Y" restates the lead as a title ("Poll: …", "Stealth Over Health: …"), and news gold
    # keeps views to the body, where the attribution is written in full.
    covered_to = -1
    in_view = _occurrences(text, _IN_VIEW_WORDS)
    for (us, ue), pi in units:
        para = doc.paragraphs[pi].span
        if us < covered_to:
            continue
        for f in _attribute(text, (us, ue), para, quotes, starts, names, in_view):
            v = _view(res, f, pi, doc, quotes, starts)
            if v is None or (not v.direct and _OBJECT_ONLY.fullmatch(v.text)):
                continue
            if not v.direct and _WORK_OBJECT.match(v.text) and v.cue.lower() in _WROTE_CUES:
                continue  # "Roe wrote a memoir of her years in office": a work, not a claim
            views.append(v)
            res.history.append(v)
            if f.rule == "label":
                covered_to = f.content[1]
    views.extend(_dash_credits(doc, quotes, starts, views, res))
    views.extend(_colon_quotes(doc, quotes, starts, views, res))
    blocks = _colon_blocks(doc, quotes, starts, views, res)
    if blocks:
        # "In a speech on Monday, she declared:" read before as a sentence-final attribution
        # of its own opening words: the colon's quotation is what she declared
        intro = {b.speaker_span for b in blocks}
        views = [v for v in views if not (v.rule == "verb-final" and v.speaker_span in intro)]
        views.extend(blocks)
    views.extend(_carried(doc, quotes, views, res))
    if "‘" in text or "'" in text:
        views.extend(_nested(doc, quotes, starts, views, res))
    embedded = _embedded(doc, views, res)
    if any(w in text for w in _HESITATIONS) and _DISFLUENCY.search(text):
        views = _soundbites(doc, views)
    views.sort(key=lambda v: v.span)
    joined = _join_parts(doc, views, quotes, starts)
    if embedded:  # (apart from the joining: a quote split around one is still one view)
        joined = sorted(joined + embedded, key=lambda v: v.span)
    authored = _authored(doc, res)
    if authored:
        joined = _authored_views(doc, quotes, starts, joined, res, authored)
    return joined, warnings


# The text's own voice: "We want a stable relationship" in a speech is the speaker's position.
_OWN_VOICE = frozenset({"I", "We", "we"})


@functools.cache
def _volition(cue: str) -> bool:
    """Is the cue a wish or refusal ("wants to", "has declined to"), not speech? Such an
    attribution is read (the speaker history uses it) but is no view of what was said: on the dev
    sets most were plans and refusals ("declined to comment"), not statements."""
    pattern, cues = _lexicon()
    last = None
    for last in pattern.finditer(cue):
        pass
    form = " ".join(last.group(1).split()) if last is not None else ""
    info = cues.get(form)
    if info is not None and info.kind == "base":  # "they refuse to": as "refuses"
        info = cues.get(form + "s")
    return info is not None and info.kind == "volition"


def _join_parts(
    doc: Document, views: list[View], quotes: list[Quote], starts: list[int]
) -> list[View]:
    """One view for a quote split by its attribution within a paragraph.

    “A,” she said. “B.” and “A,” she said, “B.” are one attribution whose content has two
    parts (the convention of attribution corpora); the later parts go to `spans`."""
    out: list[View] = []
    for v in views:
        k = len(out) - 1
        if k > 0 and out[k].rule == "verb-relative" and v.rule == "quote-continued":
            k -= 1  # “A,” said X, who said B. “C.”: C goes on the quote, not the clause
        w = out[k] if k >= 0 else None
        if (
            w is not None
            and v.speaker_span is not None
            and v.speaker_span == w.speaker_span
            and (v.rule == "quote-continued" or w.rule == "verb-split")
            and (
                _para_of(doc, v.span[0]) == _para_of(doc, w.span[0])
                or v.rule == "quote-continued" and _runs_on(doc, w, v, quotes, starts)
            )
        ):
            parts = (*w.spans, v.span, *v.spans)
            out[k] = dataclasses.replace(
                w, spans=parts, direct=_direct(w.span, quotes, starts) or v.direct
            )
            continue
        out.append(v)
    return out


def _runs_on(
    doc: Document, w: View, v: View, quotes: list[Quote], starts: list[int]
) -> bool:
    """Is v the next paragraph of the quote w ends in (a paragraph that ends inside an open
    quote continues in the next one that opens with a quote mark)? One attribution, one view:
    its later paragraphs go to `spans`, as a quote split by its attribution does."""
    last = (w.spans or (w.span,))[-1]
    i = bisect.bisect_right(starts, v.span[0]) - 1
    if i < 0 or not quotes[i].continued or quotes[i].inner[1] < v.span[1]:
        return False
    j = bisect.bisect_right(starts, last[0]) - 1
    return (
        j == i - 1
        and not quotes[j].closed
        and quotes[j].inner[0] <= last[0]
        and _para_of(doc, v.span[0]) == _para_of(doc, last[0]) + 1
    )


def _view(
    res: _Resolver, f: _Found, pi: int, doc: Document, quotes: list[Quote], starts: list[int]
) -> View | None:
    """A View from an attribution: content trimmed, speaker resolved, role and kind set."""
    text = doc.text
    span = _content(text, *f.content, quotes, starts)
    more = (
        tuple(p for p in (_content(text, *c, quotes, starts) for c in f.more) if p[1] > p[0])
        if f.more
        else ()
    )
    if span[1] <= span[0] or (
        f.rule != "label"
        and not _TWO_WORDS.search(text, *span)
        and not (f.rule in {"verb-asked", "verb-contrast"} and _ANSWER.fullmatch(text, *span))
        and not (f.rule in {"according-to-mid", "verb-parenthetical"} and more)
    ):
        return None
    if f.speaker is not None and f.speaker[1] - f.speaker[0] > 12:
        f = _issuer_subject(res, f)
    if f.speaker is not None and f.cue.endswith("ing") and f.speaker[0] > 12:
        f = _sender_subject(res, f)
    actor, prev = _resolve(res, f, pi, doc)
    joint = _joint(res, f, pi, doc, prev)
    co = _coordinated(res, f) if f.speaker is not None and len(joint) < 2 else None
    if co is not None:
        f = replace(f, speaker=co[0])
        joint = co[1]
        actor = res.actor(joint[0])
    if joint and (len(joint) > 1 or actor is None):
        actor = res.actor(joint[0])
    role, affiliation, kind = _role_kind(text, f, actor)
    if prev is not None and (actor is None or (role is None and prev.speaker == actor.id)):
        role, affiliation, kind = prev.role, prev.affiliation, prev.kind
    if len(joint) > 1:
        role = None
    sp = f.speaker
    return View(
        speaker=actor.id if actor else None,
        speakers=joint if len(joint) > 1 else (),
        speaker_text=text[sp[0] : sp[1]] if sp else "",
        speaker_span=sp,
        role=role,
        affiliation=affiliation,
        kind=kind,
        direct=_direct(span, quotes, starts),
        cue=_one_spaced(f.cue),
        text=text[span[0] : span[1]],
        span=span,
        rule=f.rule,
        spans=more,
    )


# ", and " or " and " right before a speaker: a conjunct may stand before it.
_AND_END = lazy(r",?\s+and\s+$")
_OPENS_LIST = (" like", " including", " such as", " among them", ",")


def _conjunct_person(res: _Resolver, cs: int, ce: int) -> Actor | None:
    """The person a conjunct names: a mention opening it (after title words only) and ending
    it or its name before an appositive ("Sen. Jane Roe, Democrat of Ruritania")."""
    text = res.text
    for ms, me, a in res.covering(cs, ce):
        if a.kind != "person" or ms < cs or me > ce:
            continue
        if _TITLES_ONLY.fullmatch(text, cs, ms) is None:
            continue
        rest = text[me:ce]
        if not rest.strip() or rest.startswith(","):
            return a
    return None


def _coordinated(res: _Resolver, f: _Found) -> tuple[Span, tuple[str, ...]] | None:
    """Two people, each with an appositive, as one subject: "Jane Roe, a Democrat, and John
    Doe, a Republican, said", "critics, like Senators Roe, of Ruritania, and Doe, of Utopia,
    say": both speak. The speaker span widened to both, and their ids; else None.

    The first conjunct must open its clause (or follow "like", "including", "such as" or a
    comma): in "the mayor thanked Roe, the chief, and Doe said" Roe is an object."""
    assert f.speaker is not None
    text = res.text
    ss, se = f.speaker
    k = text.find(", and ", ss, se)
    if k >= 0:
        left, right = (ss, k), (k + 6, se)
    else:
        m = _AND_END.search(text, max(0, ss - 8), ss)
        if m is None:
            return None
        k = m.start()
        c = text.rfind(",", max(0, k - 120), k)
        left = (-1, k)
        right = (ss, se)
        # The left conjunct: a person named right before the "and" or before its appositive.
        for ms, me, a in res.covering(max(0, k - 160), k):
            if a.kind == "person" and (me == k or (me == c and "." not in text[c:k])):
                left = (ms, k)
        if left[0] < 0:
            return None
        t = _TITLE_BEFORE.search(text, max(0, left[0] - 30), left[0])
        if t is not None:
            left = (t.start(), k)
    if not (text[left[1] : left[1] + 1] == "," or f.appos is not None or k < ss):
        return None
    first = _conjunct_person(res, *left)
    second = _conjunct_person(res, *right)
    if first is None or second is None or first.id == second.id:
        return None
    i = bisect.bisect_right(res.sent_starts, left[0]) - 1
    lo = res.sent_starts[i] if i >= 0 else 0
    gap = text[lo : left[0]].rstrip()
    if gap and not gap.endswith(_OPENS_LIST):
        cm = _CONNECTOR.match(text, lo, left[0])
        if cm is None or text[cm.end() : left[0]].strip():
            return None
    return (left[0], se), (first.id, second.id)


# "Roe issued a statement saying …", "The city put out a statement on Friday arguing …": the
# subject speaks through the document; the verb phrase is no part of the speaker.
_ISSUED_DOC = lazy(
    r"(?:^|(?<=\s))(?:issued|released|put\s+out|sent|posted|published)\s+(?:a|an|the|its|his|"
    r"her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|paper|memo|release|message|video|"
    r"report)s?(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:late|early)\s+\w+)?$"
)


def _issuer_subject(res: _Resolver, f: _Found) -> _Found:
    """The subject before "issued a statement" (in the speaker span, else opening the
    sentence) as the speaker of its participle ("…, saying that …")."""
    assert f.speaker is not None
    text = res.text
    ss, se = f.speaker
    m = _ISSUED_DOC.search(text, ss, se)
    if m is None:
        return f
    sub = _strip(text, ss, m.start(), ",")
    if sub[1] <= sub[0]:
        k = bisect.bisect_right(res.sent_starts, ss) - 1
        lo = res.sent_starts[k] if k >= 0 else 0
        sub = _strip(text, lo, ss, ",")
        comma = text.rfind(", ", sub[0], sub[1])
        if comma >= 0:
            # "Shortly after the vote, Senate leader Jane Roe (R-Ohio) issued …"
            sub = _strip(text, comma + 1, sub[1])
        if sub[1] <= sub[0] or text.count(" ", *sub) > 8:
            return f
    if text[sub[1] - 4 : sub[1]] in {" who", "that"} or text.endswith(" which", 0, sub[1]):
        return f  # "One of the doctors who sent the letter called …": a relative clause
    return dataclasses.replace(f, speaker=sub, head=sub if f.head == f.speaker else f.head)


# "Roe sent a letter to the council saying …": the participle is the sender's, the council
# only receives the letter.
_SENT_TO = lazy(
    r"(?:^|(?<=\s))(?:sent|wrote|faxed|e-?mailed|mailed|delivered|addressed|handed)\s+(?:a|an|"
    r"the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|memo|note|fax|e-?mail|"
    r"message|petition|complaint|request)s?\s+to\s+$"
)


def _sender_subject(res: _Resolver, f: _Found) -> _Found:
    """The subject of "sent a letter to X" as the speaker of the participle after X (found
    by the left scan as X): the clause's subject, after a fronted phrase's comma."""
    assert f.speaker is not None
    text = res.text
    ss = f.speaker[0]
    m = _SENT_TO.search(text, max(0, ss - 90), ss)
    if m is None:
        return f
    k = bisect.bisect_right(res.sent_starts, m.start()) - 1
    lo = res.sent_starts[k] if k >= 0 else 0
    sub = _strip(text, lo, m.start(), ",")
    comma = text.rfind(", ", sub[0], sub[1])
    if comma >= 0:
        sub = _strip(text, comma + 1, sub[1])  # "Earlier that day, the Roe family sent …"
    if sub[1] <= sub[0] or text.count(" ", *sub) > 8 or not _plausible(text, *sub):
        return f
    if text[sub[1] - 4 : sub[1]] in {" who", "that"} or text.endswith(" which", 0, sub[1]):
        return f
    return dataclasses.replace(f, speaker=sub, head=sub, appos=None)


_DASH_CREDIT = lazy(
    r"[ \t\u00a0]*[―—–][ \t\u00a0]*([A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,4})"
)


# Inside a quotation, "He said, ‘…’" / "His aides told me, ‘…’" / "she goes, ‘…’": a quote
# nested in the speaker's own words, with its own attribution (subject, verb, opening mark).
_NESTED_CUE = lazy(
    r"(?:^|(?<=[\s“\"(]))((?:[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Tt]hat|[Tt]his|[Aa]|[Hh]is|[Hh]er|"
    r"[Tt]heir)\s+[a-z]+|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}))\s+(said|says|goes|went|asked|"
    r"told\s+(?:me|us|him|her|them)|replied|answered|wrote)[,:]?\s+([‘'])(?=[A-Z])"
)


def _nested(
    doc: Document, quotes: list[Quote], starts: list[int], views: list[View], res: _Resolver
) -> list[View]:
    """A quote nested in a direct view with its own attribution ("“He said, ‘Trust me.’ That
    worries me,” Roe said"): the outer view stays whole and the outer speaker's (she said all of
    it); the inner words are also a view of the one she quotes, resolved as any speaker. Never
    for the speaker quoting herself ("I said, ‘…’"): the outer view already holds it."""
    text = doc.text
    out: list[View] = []
    for v in views:
        if not v.direct:
            continue
        for vs, ve in (v.span, *v.spans):
            for m in _NESTED_CUE.finditer(text, vs, ve):
                s = m.end()
                e = s
                while True:
                    e = min((k for k in (text.find("’", e, ve), text.find("'", e, ve)) if k >= 0),
                            default=-1)
                    if e < 0 or not (e + 1 < ve and text[e + 1].isalpha()):
                        break
                    e += 1  # an apostrophe ("don’t"): the nested quote goes on
                if e < 0:
                    e = ve  # closed together with the outer quote
                cs, ce = _strip(text, s, e, ",")
                if len(_words(text, cs, ce)) < 2:
                    continue
                sp = (m.start(1), m.end(1))
                lead = _NESTED_LEAD.match(text, *sp)
                if lead:
                    sp = (lead.end(), sp[1])  # "When Roe says ‘…’": Roe
                f = _Found(sp, sp, None, m.group(2), (cs, ce), "quote-nested")
                nv = _view(res, f, _para_of(doc, cs), doc, quotes, starts)
                if nv is None:
                    continue
                low = text[sp[0] : sp[1]].lower()
                if low in {"he", "she", "they"}:
                    # A pronoun inside a quotation is someone of the speaker's story: the
                    # person named last in the quotation before it, else the one named last
                    # before the quotation who is not its speaker; "they" stays unnamed.
                    pi = _para_of(doc, vs)
                    earlier = [w for w in views if w.span[0] < v.span[0]
                               and _para_of(doc, w.span[0]) >= pi - 1]
                    who = (_quoted_person(res, v, vs, sp[0], low, earlier)
                           if low != "they" else None)
                    role, affiliation, kind = _role_kind(text, f, who)
                    nv = dataclasses.replace(nv, speaker=who.id if who else None, speakers=(),
                                             role=role, affiliation=affiliation, kind=kind)
                out.append(dataclasses.replace(nv, direct=True))
    return out


# Reported speech inside a view, with a named source of its own (gold: the inner words are the
# inner speaker's view): "“… Tom tells me he wants to stay here,” his aunt said",
# "Roe said Doe was right when he said Monday that …", "“as the Daily Ledger wrote, it shows …”",
# "“Doe has been out there saying …”", "“He began it long ago by saying …”".
_EMBED_CUE = lazy(
    r"(?<![\w’'-])(said|says|wrote|writes|claimed|claims|insisted|insists|argued|argues|warned|"
    r"announced|saying|(?:told|tells)\s+(?:me|us|him|her|them))(?![\w’'-])"
)
# What may stand between the inner subject and its verb ("has also", "has been out there").
_EMBED_GAP = frozenset({
    "has", "have", "had", "also", "repeatedly", "often", "always", "publicly", "recently",
    "once", "been", "out", "there", "even", "already", "just", "then", "later", "first", "now",
    "again", "himself", "herself", "previously", "famously", "reportedly",
})
# A relative or interrogative before the subject: "what he said", "which Doe says" (no view).
_EMBED_NOT_BEFORE = frozenset({
    "what", "which", "who", "whom", "whose", "that", "if", "whether", "than", "like", "to", "of",
    "for", "with", "about", "from", "in", "at", "on", "by", "into", "under", "over", "near",
    "everything", "anything", "nothing", "all", "mine", "yours", "ours", "theirs",
})
_EMBED_LEADS = frozenset({"when", "as", "and", "but", "so", "then", "because", "after", "before",
                          "while", "once", "until", "since", "though", "although", "even"})
# The words a complement clause may open with after "said that" (else "that" is the object:
# "He said that very simply because …").
_THAT_SUBJECT = lazy(
    r"[ \t\u00a0]+(?:[A-Z\d“\"‘]|(?:the|a|an|his|her|their|its|our|my|your|this|these|those|some|"
    r"no|all|most|every|many|there|he|she|it|they|we|i|you|none|both|each|any|one)\b|(?:in|under|"
    r"on|at|after|before|during|since|if|when|while|because|although|despite|without|with|by|"
    r"for|unlike|like)\b[^,.;:!?]{1,60},)"
)
_EMBED_TIME = lazy(
    r"(?:[ \t\u00a0]+(?:(?:on|last|this|early|late|earlier|later)[ \t\u00a0]*)?(?:[A-Z][a-z]+day|"
    r"night|week|month|year|morning|evening|afternoon|yesterday|today)\b){0,2}(?:,?[ \t\u00a0]+"
    r"that\b(?=" + _THAT_SUBJECT.pattern + r"))?"
)
_THAT_OBJECT = lazy(r",?[ \t\u00a0]+that\b")
_EMBED_WORD = lazy(r"[“\"‘]?[\w’'.-]+[”\"’]?")


# "… whenever he says it, from A to B": the verb's object, no reported words.
# "Roe said in her note, per the …": the outer attribution's own circumstances.
_EMBED_OBJECT = lazy(
    r"(?:(?:it|this|that|so|nothing|something|anything|yes|no)\b(?![ \t\u00a0]+[a-z])|(?:in|at|on|"
    r"during|after|before|about|to|by|with|from|for|of|through|via)\b)"
)


def _named_before(res: _Resolver, lo: int, pos: int, pronoun: str) -> Actor | None:
    """The person of the pronoun's gender who last opens a sentence of [lo, pos), or lo itself
    (the subject the story is about: "Roe said Doe was right when he said …"); not a possessor
    ("Doe's leg") nor someone named inside a clause ("whether Doe runs, and though she said")."""
    g = coref.pronoun_gender(pronoun)
    text = res.text
    for ms, me, a in reversed(res.covering(lo, pos)):
        if (
            a.kind == "person"
            and lo <= ms
            and me <= pos
            and res.gender.get(a.id, g) == g
            and not _possessor(text, me)
            and (not text[lo:ms].strip(" “\"‘") or _opens_sentence(text, ms, True))
        ):
            return a
    return None


def _embedded_subject(text: str, lo: int, vs: int) -> Span | None:
    """The subject right before an inner verb at vs (after gap words such as "has also"): a
    he/she, or a run of capitalised words; None for anything else or after a relative."""
    words = [(m.start(), m.end()) for m in _EMBED_WORD.finditer(text, max(lo, vs - 90), vs)]
    k = len(words) - 1
    gap = 0
    while k >= 0 and text[words[k][0] : words[k][1]].lower() in _EMBED_GAP and gap < 4:
        k -= 1
        gap += 1
    if k < 0:
        return None
    s, e = words[k]
    w = text[s:e].strip("“”\"‘’'")
    if w.lower() in {"he", "she"}:
        run = k
    elif w[:1].isupper():
        run = k
        while run > 0 and k - run < 3 and text[words[run - 1][0] : words[run - 1][1]].strip(
            "“”\"‘’'"
        )[:1].isupper():
            run -= 1
        while run < k and text[words[run][0] : words[run][1]].strip("“”\"‘’'[]").lower() in (
            _EMBED_NOT_BEFORE | _EMBED_LEADS
        ):
            if text[words[run][0] : words[run][1]].strip("“”\"‘’'[]").lower() in _EMBED_NOT_BEFORE:
                return None  # "Everything [Roe] said is …"
            run += 1  # "When Roe said …": Roe
        s = words[run][0]
    else:
        return None
    if "," in text[s:vs] or "." in text[words[k][1] : vs]:
        return None  # "Acme, which Doe runs, said": no subject of the inner verb
    if run > 1 and text[words[run - 1][0] : words[run - 1][1]].lower() == "the":
        run -= 1  # "that the State Department said": the word before "the"
    before = text[words[run - 1][0] : words[run - 1][1]].lower() if run > 0 else ""
    if before.strip("“”\"‘’'[]") in _EMBED_NOT_BEFORE or text[s:e].strip(
        "“”\"‘’'[]"
    ).lower() in _EMBED_NOT_BEFORE:
        return None  # "in Washington said", "Everything [Roe] said is …"
    return _strip(text, s, e, "“”\"‘’'")


def _embedded(
    doc: Document, views: list[View], res: _Resolver
) -> list[View]:
    """Views reported inside other views, each of its own named (or, after a named person, he/
    she) source. Only when that source is an actor the text names and not the outer speaker."""
    text = doc.text
    out: list[View] = []
    seen = {(v.span[0], v.speaker) for v in views}
    for v in views:
        outer = {v.speaker, *v.speakers}
        for ps, pe in (v.span, *v.spans):
            for m in _EMBED_CUE.finditer(text, ps, pe):
                k = bisect.bisect_right(res.sent_starts, m.start()) - 1
                lo = max(ps, doc.sentences[k].span[0] if k >= 0 else ps)
                hi = min(pe, doc.sentences[k].span[1] if k >= 0 else pe)
                sp: Span | None
                if m.group(1) == "saying" and text[max(lo, m.start() - 3) : m.start()] == "by ":
                    first = _EMBED_WORD.search(text, lo, m.start())  # "He … by saying …"
                    sp = _strip(text, *first.span(), "“”\"‘’'") if first else None
                    if sp and not (text[sp[0] : sp[1]].lower() in {"he", "she"}
                                   or text[sp[0]].isupper()):
                        sp = None
                elif m.group(1) == "saying" and not text[max(lo, m.start() - 12) : m.start()] \
                        .endswith(("been ", "there ")):
                    continue  # "an e-mail to Doe saying …": the participle's subject is not Doe
                else:
                    sp = _embedded_subject(text, lo, m.start())
                if sp is None:
                    continue
                tm = _EMBED_TIME.match(text, m.end())
                if _THAT_OBJECT.match(text, tm.end() if tm else m.end()):
                    continue  # "said that very plainly": "that" is the object
                cs, ce = _strip(text, tm.end() if tm else m.end(), hi, ",:;—–-")
                cs, ce = _content(text, cs, ce, [], [])
                if len(_words(text, cs, ce)) < 3 or ce <= cs or _EMBED_OBJECT.match(text, cs):
                    continue
                low = text[sp[0] : sp[1]].lower()
                who: Actor | None
                if low in {"he", "she"}:
                    who = _named_before(res, ps, sp[0], low)
                else:
                    who = None
                    for ms, me, a in res.covering(sp[0], sp[1]):
                        if ms >= sp[0] - 4 and me <= sp[1] + 1:
                            who = a  # the last actor the run names
                            sp = (max(ms, sp[0]), min(me, sp[1]))
                if who is None or who.id in outer or (cs, who.id) in seen:
                    continue
                seen.add((cs, who.id))
                f = _Found(sp, sp, None, m.group(1), (cs, ce), "view-embedded")
                role, affiliation, kind = _role_kind(text, f, who)
                out.append(View(
                    speaker=who.id, speakers=(), speaker_text=text[sp[0] : sp[1]],
                    speaker_span=sp, role=role, affiliation=affiliation, kind=kind,
                    direct=False, cue=_one_spaced(m.group(1)), text=text[cs:ce], span=(cs, ce),
                    rule="view-embedded",
                ))
    return out


_SOMEONE = lazy(
    r"\b(?:[Aa]n?|[Oo]ne|[Ss]ome|[Tt]his)\s+(?:[a-z-]+\s+){0,2}?(?:woman|man|caller|voter|"
    r"friend|person|girl|boy|lady|guy|mother|father|student|reporter|nurse|doctor|worker|"
    r"supporter|veteran|neighbor|neighbour|stranger|constituent|resident)\b"
)
_NESTED_LEAD = lazy(r"(?:When|If|And|But|So|Then|Because|As|After|Before|While|Once)\s+")


def _quoted_person(
    res: _Resolver, v: View, qs: int, pos: int, pronoun: str, earlier: list[View]
) -> Actor | None:
    """The person a he/she inside v's quotation (from qs) names, of the pronoun's gender: the
    person named last in the quotation before it, else the latest other speaker of `earlier`
    (the views of this and the previous paragraph before the quotation); else nobody."""
    g = coref.pronoun_gender(pronoun)
    text = res.text
    if _SOMEONE.search(text, max(0, v.span[0] - 300), pos):  # (the quote's earlier part too)
        return None  # "“A young woman stopped me. She said, ‘…’”": someone unnamed
    for w in reversed(_CAP_WORD.findall(text, qs, pos)):
        a = res.by_name(w, pos)
        if a is not None and a.kind == "person" and res.gender.get(a.id, g) == g:
            return a
    for w in reversed(earlier):
        a = res.actor(w.speaker)
        if a is not None and a.kind == "person" and a.id != v.speaker and res.gender.get(
            a.id, g
        ) == g:
            return a  # "…, he said. ¶ “He told us, ‘…’,” Roe said": the one who spoke before
    return None


_COLON_END = lazy(r"[ \t\u00a0]*:[ \t\u00a0]*$")
_COLON_LEAD = lazy(r"(?:and|but|as|so|then)[\s\u00a0]+")
_COLON_TAIL = lazy(
    r"[\s\u00a0]+(?:went|goes|go)[\s\u00a0]+on[\s\u00a0]+to$|[\s\u00a0]+(?:continued|began|"
    r"continues|begins|wanted|decided|had|has|have|was|is|would|will)[\s\u00a0]+to$"
)


def _colon_blocks(
    doc: Document, quotes: list[Quote], starts: list[int], views: list[View], res: _Resolver
) -> list[View]:
    """A quote opening the paragraph after a short attribution that ends with a colon
    ("Dr. Roe stated:" / "Stated Roe:" / "The senator went on:" ¶ “…”): the speaker's words,
    as 'X said: “…”' is within one paragraph. Its continued paragraphs follow (_carried)."""
    text = doc.text
    paras = doc.paragraphs
    taken = sorted(v.span for v in views)
    keys = [a for a, _ in taken]
    pattern, cues = _lexicon()
    out: list[View] = []
    for q in quotes:
        pi = q.paragraph
        if pi == 0 or q.continued:
            continue
        ps = paras[pi].span[0]
        if text[ps : q.outer[0]].strip() or not q.closed and not _opens(text, pi + 1, paras):
            continue  # the quote must open its paragraph (and be one, or run on)
        s, e = q.inner
        i = bisect.bisect_right(keys, e) - 1
        if e <= s or (i >= 0 and taken[i][1] > s) or len(_words(text, s, e)) < 3:
            continue
        bs, be = paras[pi - 1].span
        colon = _COLON_END.search(text, max(bs, be - 200), be)
        if colon is None:
            continue
        k = bisect.bisect_right(res.sent_starts, colon.start() - 1) - 1
        lo = max(bs, res.sent_starts[k] if k >= 0 else bs)
        cm = None
        for cm in pattern.finditer(text, lo, colon.start()):
            pass
        if cm is None:
            continue
        info = cues.get(" ".join(cm.group(1).split()))
        if info is None or info.kind != "speech":
            continue
        before = _strip(text, lo, cm.start(), ",")
        after = _strip(text, cm.end(), colon.start(), ",")
        if after[1] > after[0] and before[1] <= before[0]:
            sp = after  # "Stated Roe:"
        elif after[1] <= after[0] or text.count(" ", *after) <= 2:
            sp = before  # "Dr. Roe stated:", "Roe told reporters:"
        else:
            continue  # "… as the website notes in a long passage:" is no attribution here
        comma = text.rfind(", ", *sp)
        if comma >= 0:
            sp = _strip(text, comma + 1, sp[1])  # "In a 1963 speech, he declared:"
        lead = _COLON_LEAD.match(text, *sp)
        if lead:
            sp = (lead.end(), sp[1])  # "…, and Roe responded:", "as the website notes:"
        tail = _COLON_TAIL.search(text, *sp)
        if tail:
            sp = (sp[0], tail.start())  # "She went on to say:"
        if sp[1] <= sp[0] or not _plausible(text, *sp, lenient=True):
            continue
        f = _Found(sp, sp, None, text[cm.start() : cm.end()].strip(), (s, e), "colon-block")
        v = _view(res, f, pi, doc, quotes, starts)
        if v is not None:
            out.append(v)
    return out


# "Roe boomed:", "Mr. Roe shot back:", "She went even further:", "He then addressed the crowd
# again:" — a subject that names someone, a past-tense verb of any kind, and a colon before a
# whole quotation. The irregular pasts that introduce words; the rest end in -ed.
_COLON_SUBJECT = lazy(r"(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_COLON_VERB = lazy(
    r"[ \t\u00a0]+(?:(?:then|later|again|also|quickly|simply|finally|once\s+more|[a-z]+ly)"
    r"[ \t\u00a0]+)?(?P<v>[a-z]{3,}ed|shot|went|struck|spoke|gave|sent|put|took|hit|fired|"
    r"made|kept|began|sang|swore|broke)\b[^:;“”\"\n]{0,80}?:[ \t\u00a0]*$"
)
_COLON_TITLES = lazy(r"(?:[A-Z][a-z]{0,4}\.[ \t\u00a0]+|(?:The|President|Senator|Governor|Gov\.|"
                     r"Sen\.|Rep\.|Representative|Secretary|Mayor|Judge)[ \t\u00a0]+){1,2}")
_COLON_NOT_VERBS = frozenset({"need", "used", "based", "related", "named", "called", "led", "red",
                              "bed", "shed", "fled", "united", "dated", "seed", "speed", "feed"})


def _colon_quotes(
    doc: Document, quotes: list[Quote], starts: list[int], views: list[View], res: _Resolver
) -> list[View]:
    """A whole quotation after a colon that closes its sentence's clause, whose subject names
    someone and whose verb is any past tense ("Roe boomed: “…”", "Mr. Roe shot back: “…”",
    "She went even further: “…”"): the subject's words, as with "said: “…”". Not a thing's
    ("The sign read: “…”"), not a possessive's ("Roe's message was simple: “…”")."""
    text = doc.text
    taken = sorted(v.span for v in views)
    keys = [a for a, _ in taken]
    out: list[View] = []
    for q in quotes:
        qs = q.outer[0]
        if q.continued or not q.closed or text.find(":", max(0, qs - 3), qs) < 0:
            continue
        s, e = q.inner
        i = bisect.bisect_right(keys, e) - 1
        if e <= s or (i >= 0 and taken[i][1] > s) or len(_words(text, s, e)) < 2:
            continue
        k = bisect.bisect_right(res.sent_starts, qs - 1) - 1
        lo = max(doc.paragraphs[q.paragraph].span[0], res.sent_starts[k] if k >= 0 else 0)
        if qs - lo > 200 or text.find(":", max(lo, qs - 3), qs) < 0:
            continue
        lo = _strip(text, lo, q.outer[0])[0]
        sm = _COLON_SUBJECT.match(text, lo)
        if sm is not None:
            sp: Span = (lo, sm.end())
        else:
            tm = _COLON_TITLES.match(text, lo)  # "Mr. Roe", "Sen. Jane Roe", "The X Club"
            at = tm.end() if tm else lo
            who = [(ms, me, a) for ms, me, a in res.covering(at, at + 1) if ms == at]
            if not who or who[0][2].kind not in {"person", "organization", "group"}:
                continue
            sp = (lo, who[0][1])
        vm = _COLON_VERB.match(text, sp[1], q.outer[0])
        if vm is None or vm.group("v") in _COLON_NOT_VERBS:
            continue
        f = _Found(sp, sp, None, vm.group("v"), (s, e), "colon-quote")
        v = _view(res, f, q.paragraph, doc, quotes, starts)
        if v is not None:
            out.append(replace(v, direct=True))
    return out


def _opens(text: str, pi: int, paras: tuple[Paragraph, ...]) -> bool:
    """Does paragraph pi open with a quotation mark?"""
    if pi >= len(paras):
        return False
    s, e = paras[pi].span
    t = text[s:e].lstrip()
    return t[:1] in DOUBLE_OPEN + '"'


def _dash_credits(
    doc: Document, quotes: list[Quote], starts: list[int], views: list[View], res: _Resolver
) -> list[View]:
    """A quote credited by a dash and a name ("“…” ― Jane Roe"), as in vox-pop roundups."""
    text = doc.text
    taken = sorted(v.span for v in views)
    keys = [s for s, _ in taken]
    out: list[View] = []
    for q in quotes:
        m = _DASH_CREDIT.match(text, q.outer[1])
        if not m or not q.closed:
            continue
        s, e = q.inner
        i = bisect.bisect_right(keys, e) - 1
        if e <= s or (i >= 0 and taken[i][1] > s) or len(_words(text, s, e)) < 2:
            continue
        sp = (m.start(1), m.end(1))
        f = _Found(sp, sp, None, text[m.start() : m.start(1)].strip(), (s, e), "dash-credit")
        v = _view(res, f, q.paragraph, doc, quotes, starts)
        if v is not None:
            out.append(v)
    return out


# --------------------------------------------------------------------------- authored blocks

# "LETTERS." / "Letters to the editor" on a line of its own: the page is a letters page.
_LETTERS_LABEL = lazy(
    r"^[ \t]*(?:LETTERS?|Letters?)(?:[ \t]+(?:TO[ \t]+THE[ \t]+EDITOR|to[ \t]+the[ \t]+[Ee]ditor))?"
    r"\.?[ \t]*$",
    re.MULTILINE,
)
# "The Daily Star said in an editorial on Tuesday, May 3:" opening the body: every
# paragraph after the colon is the paper's own text, reproduced without quotation marks.
_EDITORIAL_FRAME = lazy(
    r"(?P<spk>[A-Z][\w.&’'-]*(?:[ \t]+[\w.&’'-]+){0,6}?)[ \t]+(?P<cue>(?:said|says|wrote|writes)"
    r"[ \t]+in[ \t]+(?:an?|its)[ \t]+(?:[\w-]+[ \t]+)?(?:editorial|column|commentary))\b"
    r"[^:\n]{0,60}?:"
    r"[ \t]*(?:&QL;)?"
)
# A signature's place line ("Henderson, Nev.", "Washington, D.C.", "New York."): short, every
# word capitalised or an abbreviation.
_PLACE_LINE = lazy(r"[A-Z][\w.'-]*(?:,?[ \t]+[A-Z][\w.'-]*){0,4}")
_PROSE_END = frozenset(".!?\"”’'")


@dataclass(frozen=True, slots=True)
class _Block:
    """Paragraphs `first`..`last` written by the author named at `speaker` (outside them)."""

    first: int
    last: int
    speaker: Span
    cue: str
    letter: bool
    frame: Span = (0, 0)  # the editorial's frame line, no view of its own


def _authored(doc: Document, res: _Resolver) -> list[_Block]:
    """Text whose author is named outside it, with no quotation marks: each letter of a letters
    page (its paragraphs above the signature: "… ¶ Jane Roe. ¶ Springfield, Ill."), and a
    reproduced editorial after its frame line ("The Daily Star said in an editorial on Monday:")."""
    text = doc.text
    paras = doc.paragraphs
    if not paras or not doc.sentences:
        return []
    out: list[_Block] = []
    s0 = doc.sentences[0].span[0]
    fm = _EDITORIAL_FRAME.match(text, s0, min(len(text), s0 + 200))
    if fm is not None and _plausible(text, *fm.span("spk")):
        cue = " ".join(fm.group("cue").split())
        pi = _para_of(doc, fm.end())
        rest = _strip(text, fm.end(), paras[pi].span[1])
        first = pi if rest[1] > rest[0] else pi + 1
        if first < len(paras):
            out.append(_Block(first, len(paras) - 1, fm.span("spk"), cue, False, (s0, fm.end())))
    signed = _signatures(doc, res)
    if len(signed) < 2 and not (signed and _LETTERS_LABEL.search(text, 0, paras[0].span[0] + 1)):
        return out
    bounds = {pi for pi, _ in signed}
    bounds |= {pi + 1 for pi, _ in signed if _place_line(text, paras, pi + 1)}
    for pi, sp in signed:
        lo = pi - 1
        if lo in bounds:
            continue
        while lo > 0 and lo - 1 not in bounds and pi - lo < 8:
            if _place_line(text, paras, lo - 1):
                break  # a label ("FACEBOOK.") or a name no actor holds ends the letter above
            lo -= 1
        out.append(_Block(lo, pi - 1, sp, text[sp[0] : sp[1]], True))
    return out


def _signatures(doc: Document, res: _Resolver) -> list[tuple[int, Span]]:
    """Paragraphs that are a person's full name alone after a paragraph of prose (a letter's
    signature, "Jane Roe."): (paragraph index, the name's span)."""
    text = doc.text
    out: list[tuple[int, Span]] = []
    for pi in range(1, len(doc.paragraphs)):
        s, e = _strip(text, *doc.paragraphs[pi].span)
        if e - s > 60 or " " not in text[s:e]:
            continue
        ne = e - 1 if text[e - 1 : e] == "." else e
        who = [a for ms, me, a in res.covering(s, ne) if (ms, me) == (s, ne)]
        if not who or who[0].kind != "person":
            continue
        ps, pe = _strip(text, *doc.paragraphs[pi - 1].span)
        if not (text[pe - 1 : pe] in _PROSE_END and text.count(" ", ps, pe) >= 5):
            continue
        if _heading(doc, res, pi, who[0]):
            continue  # a profile's heading ("Jane Roe. ¶ Roe was …"), not a signature
        out.append((pi, (s, ne)))
    return out


def _heading(doc: Document, res: _Resolver, pi: int, person: Actor) -> bool:
    """Is the name alone in paragraph pi a heading over text about that person (the next
    paragraph, or the one after a credit line, names them again)? A letter's signer is not
    named again in the letter after it."""
    hi = min(pi + 3, len(doc.paragraphs))
    if pi + 1 >= hi:
        return False
    lo, end = doc.paragraphs[pi + 1].span[0], doc.paragraphs[hi - 1].span[1]
    return any(a is person for _ms, _me, a in res.covering(lo, end))


def _place_line(text: str, paras: tuple[Paragraph, ...], pi: int) -> bool:
    """Is paragraph pi a signature's place line ("Henderson, Nev.")?"""
    if pi >= len(paras):
        return False
    s, e = _strip(text, *paras[pi].span, ".")
    return 0 < e - s <= 40 and _PLACE_LINE.fullmatch(text, s, e) is not None


def _authored_views(
    doc: Document,
    quotes: list[Quote],
    starts: list[int],
    views: list[View],
    res: _Resolver,
    blocks: list[_Block],
) -> list[View]:
    """The views in authored blocks (see _authored): the views already read, a letter's "I"
    now the signer, and one view of the author per run of a paragraph's sentences that no
    other view holds, direct (the author's own words)."""
    text = doc.text
    held = sorted(s for v in views for s in (v.span, *v.spans))
    hstarts = [s for s, _ in held]
    reach = list(itertools.accumulate((e for _, e in held), max))  # furthest end so far
    sents = doc.sentences
    sstarts = [st.span[0] for st in sents]
    made: list[View] = []
    signer: dict[int, Actor] = {}  # paragraph index -> its letter's signer
    for b in blocks:
        lo, hi = doc.paragraphs[b.first].span[0], doc.paragraphs[b.last].span[1]
        runs: list[tuple[int, Span]] = []
        k = bisect.bisect_left(sstarts, lo)
        while k < len(sents) and sents[k].span[0] < hi:
            st = sents[k]
            k += 1
            j = bisect.bisect_left(hstarts, st.span[1]) - 1
            if j >= 0 and reach[j] > st.span[0]:
                continue  # a view already holds part of the sentence
            if not b.letter and (_reports_other(text, st.span) or not _stance(text, st.span)):
                continue  # others' words, or plain report of fact: not the paper's view
            if runs and runs[-1][0] == st.paragraph and _same_run(text, runs[-1][1], st.span):
                runs[-1] = (st.paragraph, (runs[-1][1][0], st.span[1]))
            else:
                runs.append((st.paragraph, st.span))
        rule = "letter" if b.letter else "editorial"
        for pi, span in runs:
            v = _view(res, _Found(b.speaker, b.speaker, None, b.cue, span, rule), pi, doc, quotes,
                      starts)
            if v is not None and v.speaker is not None:
                made.append(replace(v, direct=True))
        who = [a for ms, me, a in res.covering(*b.speaker) if (ms, me) == b.speaker]
        if b.letter and who:
            for pi in range(b.first, b.last + 1):
                signer[pi] = who[0]
    kept = []
    frames = [b.frame for b in blocks if b.frame[1]]
    for v in views:
        if any(fs <= v.span[0] and v.span[1] <= fe for fs, fe in frames):
            continue  # "X said in an editorial on Tuesday, May 3:" is no view
        w = signer.get(_para_of(doc, v.span[0])) if v.speaker_text == "I" else None
        if w is not None and v.speaker != w.id:
            v = replace(v, speaker=w.id, speakers=(), role=None, affiliation=None, kind="other")
        kept.append(v)
    return sorted(kept + made, key=lambda v: v.span)


def _reports_other(text: str, span: Span) -> bool:
    """Does a sentence hold a reporting verb ("The court found …", "X argued that …")? In an
    editorial the paper reports others' words there; such a sentence is not its own view."""
    pattern, cues = _lexicon()
    for m in pattern.finditer(text, *span):
        info = cues.get(" ".join(m.group(1).split()))
        if (
            info is not None
            and info.kind in {"speech", "belief", "stance", "evidence"}
            and _WE_BEFORE.search(text, max(span[0], m.start() - 30), m.start()) is None
        ):
            return True
    return False


# The paper's own "we" before its verb ("We have long argued …") is no report of others.
_WE_BEFORE = lazy(r"\b(?:[Ww]e|I)\b(?:\s+[a-z]+){0,2}\s+$")


@functools.cache
def _stance_re() -> re.Pattern[str]:
    """Any stance marker of data/stance_markers.json as a whole word (case aside)."""
    words = {w.lower() for e in rules.entries("stance_markers") for w in e["words"]}
    words |= {w.replace("'", "’") for w in words}  # either apostrophe
    alts = trie_regex(words, space=_ANY_SPACE)
    return rx_compile(rf"(?<![\w’'-])(?:{alts})(?![\w’'-])", re.IGNORECASE)


# the lexicons' regexes in lazyre's code cache (`python -m briefgen.lazyre`), made on first use
at_build(lambda: (_lexicon(), _participles(), _stance_re()))


def _stance(text: str, span: Span) -> bool:
    """Does a sentence take a stance (an evaluation, a recommendation, a hedge, the writer's
    "we", a question or an exclamation) rather than narrate plain fact? An editorial's
    report of events ("Last week the agency joined the inquiry.") is no view of the paper."""
    s, e = _strip(text, *span)
    if text[e - 1 : e] in "?!" and e > s or text[e - 2 : e] in ('?"', "?”", '!"', "!”"):
        return True
    return _stance_re().search(text, s, e) is not None


def _same_run(text: str, prev: Span, nxt: Span) -> bool:
    """Are two sentences of a paragraph adjacent (nothing but space between them)?"""
    return not text[prev[1] : nxt[0]].strip()


def views_warnings(doc: Document) -> list[str]:
    """Warnings for the brief: unbalanced quotation marks (each view ended at its paragraph)."""
    last, warnings = _last_warnings
    if last is doc:
        return list(warnings)
    return find_quotes(_backquoted(doc) or doc)[1]


def _direct(span: Span, quotes: list[Quote], starts: list[int]) -> bool:
    """A view is direct when at least half of its characters are quoted words (the gold
    convention: mostly-quoted reported speech counts as direct)."""
    s, e = span
    if e <= s:
        return False
    i = max(bisect.bisect_right(starts, s) - 1, 0)
    covered = 0
    while i < len(quotes) and quotes[i].outer[0] < e:
        qs, qe = quotes[i].inner
        covered += max(0, min(qe, e) - max(qs, s))
        i += 1
    return covered * 2 >= e - s


# A fronted phrase before a sentence's subject: "On Sunday, ", "In an interview on "X," ".
_LEAD_FRONTED = lazy(r"(?:[A-Z][\w’'-]*\s[^.!?]{0,80}?,[\"”’']?\s+)?")
# After the subject (and its appositive or parenthesis): a verb that is no passive or copula.
_NOT_ACTING = frozenset({"was", "were", "is", "are", "be", "been", "has", "had", "have", "and",
                         "or", "who", "whose", "which", "that", "to", "of", "in", "on", "at"})
_SUBJECT_TAIL = lazy(
    r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([^()]{1,40}\))?"
    r"(?:,[^,.!?“”\"]{1,140},)?\s+([a-z]+)\b"
)


def _lead_subject(res: _Resolver, doc: Document, q: Quote, lo: int) -> tuple[Span, Actor] | None:
    """The person who is the subject of the sentence just before a bare quotation in its
    paragraph: 'Sen. Roe, who lost the primary, described X as Y. “Quote.”' quotes Roe (the
    news convention: a quotation after a sentence about someone is theirs). Only a named person
    (no pronoun) acting (not "Roe was arrested", "Roe's aide"), opening the sentence after at
    most a fronted phrase and its comma."""
    text = res.text
    qs = q.outer[0]
    i = bisect.bisect_right(res.sent_starts, qs - 1) - 1
    if i < 0:
        return None
    ss = res.sent_starts[i]
    if ss >= qs:
        i -= 1
        ss = res.sent_starts[i] if i >= 0 else -1
    if ss < lo or not text[ss:qs].rstrip().endswith((".", "!", "?")) or res.quoted(ss):
        return None
    before = text[max(lo, ss - 3) : ss].rstrip()
    if ss > lo and not before.rstrip("\"”’'").endswith((".", "!", "?")):
        return None  # a sentence split inside a title or a quotation: no clause of its own
    for ms, me, a in res.covering(ss, min(qs, ss + 160)):
        if ms < ss:
            continue
        if a.kind != "person":
            return None  # an organisation or a place subject first: not a person's sentence
        fm = _LEAD_FRONTED.match(text, ss, ms)
        if fm is None or any(
            w.lower().rstrip(".") not in _title_words() for w in text[fm.end() : ms].split()
        ):
            return None
        tm = _SUBJECT_TAIL.match(text, me, qs)
        if tm is None or tm.group(1) in _NOT_ACTING:
            return None
        return (ms, me), a
    return None


def _carried(
    doc: Document, quotes: list[Quote], views: list[View], res: _Resolver
) -> list[View]:
    """Quotes no view covers: a continuation of the speaker just before, or a scare quote;
    after a sentence about a person in its paragraph, that person's."""
    text = doc.text
    out: list[View] = []
    vstarts = sorted(views, key=lambda v: v.span)
    keys = [v.span[0] for v in vstarts]
    # The story quotes with double marks: more of them than single-marked quotes in running text.
    singles = sum(_single_marked(text, q) for q in quotes)
    pulls = {q.outer for q in quotes if _pull_quote(doc, q)} if singles else set()
    double_style = len(quotes) - singles > singles - len(pulls)
    for q in quotes:
        s, e = q.inner
        if e <= s:
            continue
        if double_style and q.outer in pulls:
            continue  # a subheading quoting the story ('A Legend in the Fields.'): no speech
        i = bisect.bisect_right(keys, e) - 1
        if i >= 0 and vstarts[i].span[1] > s:
            continue  # inside an existing view: counts once
        nwords = len(_words(text, s, e))
        para = doc.paragraphs[q.paragraph].span
        lead = text[max(para[0], q.outer[0] - 200) : q.outer[0]].strip(" \t\n-•*–")
        if q.outer[0] - para[0] > 200:
            lead = "x " + lead
        prev = None
        if i >= 0:
            v = vstarts[i]
            if q.paragraph - _para_of(doc, v.span[0]) <= 1 and v.span[1] <= s:
                prev = v
        subj = (
            _lead_subject(res, doc, q, para[0])
            if not q.continued and lead[-1:] in ".!?" and nwords >= 4
            else None
        )
        if subj is not None and prev is not None and (
            prev.speaker == subj[1].id or prev.span[0] >= subj[0][0]
        ):
            subj = None  # the sentence before is the speaker's own attribution: carried on
        if subj is not None:
            (ms, me), a = subj
            role, affiliation, kind = _role_kind(
                text, _Found((ms, me), (ms, me), None, "", (s, e), "quote-after"), a
            )
            out.append(
                View(
                    speaker=a.id,
                    speaker_text=text[ms:me],
                    speaker_span=(ms, me),
                    role=role,
                    affiliation=affiliation,
                    kind=kind,
                    direct=True,
                    cue="",
                    text=text[s:e],
                    span=(s, e),
                    rule="quote-after-subject",
                )
            )
        elif prev is None or not (q.continued or not lead or lead[-1:] in ".!?" + DOUBLE_CLOSE):
            continue
        else:
            ended = lead[-1:] in ".!?" or lead[-2:-1] in ".!?"  # “… Show.” “B.”
            if nwords < (2 if not lead or q.continued or ended else 4):
                continue
            out.append(
                View(
                    speaker=prev.speaker,
                    speaker_text=prev.speaker_text,
                    speaker_span=prev.speaker_span,
                    role=prev.role,
                    affiliation=prev.affiliation,
                    kind=prev.kind,
                    direct=True,
                    cue=prev.cue,
                    text=text[s:e],
                    span=(s, e),
                    rule="quote-continued",
                )
            )
        # kept sorted (keys too): a paragraph continued again finds this part as its prev
        k = bisect.bisect_right(keys, s)
        vstarts.insert(k, out[-1])
        keys.insert(k, s)
    return out


def _single_marked(text: str, q: Quote) -> bool:
    """Is a quotation opened by a single mark ('…' or ‘…’, not the doubled '')?"""
    o = q.outer[0]
    return text[o] in "'‘" and text[o + 1 : o + 2] != "'"


def _pull_quote(doc: Document, q: Quote) -> bool:
    """A paragraph that is one short single-quoted phrase alone, in a story that quotes with
    double marks, is a subheading pulled from the story (NYT and Post style: 'A Change
    Warrior.'), not a quotation continued from the paragraph before."""
    text = doc.text
    ps, pe = doc.paragraphs[q.paragraph].span
    return (
        _single_marked(text, q)
        and not text[ps : q.outer[0]].strip()
        and not text[q.outer[1] : pe].strip()
        and len(_words(text, *q.inner)) <= 8
    )


# A broadcast transcript's hesitations ("uh", "um"): its unquoted soundbites are speech.
_HESITATIONS = (" uh", "Uh", " um", "Um")  # a cheap test before the pattern
_DISFLUENCY = lazy(r"(?<![\w’'-])(?:[Uu]h|[Uu]m|[Uu]hm)(?=[\s,.])")


def _soundbites(doc: Document, views: list[View]) -> list[View]:
    """A broadcast script runs its soundbites unquoted and unlabelled after "Jane Roe says …":
    a paragraph with no quotation marks whose speech hesitates ("uh") is the direct speech of
    the person who spoke last in the paragraph before (its pronoun-led views are inside it)."""
    text = doc.text
    out = list(views)
    by_para: dict[int, list[View]] = {}
    for v in views:
        by_para.setdefault(_para_of(doc, v.span[0]), []).append(v)
    for pi, para in enumerate(doc.paragraphs):
        s, e = para.span
        if pi == 0 or not _DISFLUENCY.search(text, s, e) or _QUOTE_MARK.search(text, s, e):
            continue
        inside = by_para.get(pi, [])
        if any(v.speaker_text.lower() not in _PRONOUNS for v in inside):
            continue  # a named speaker inside: the paragraph attributes itself
        prev = by_para.get(pi - 1)
        last = prev[-1] if prev else None
        if last is None or last.speaker is None or last.speaker_text.lower() in _PRONOUNS:
            continue
        s, e = _strip(text, s, e)
        if len(_words(text, s, e)) < 6:
            continue
        out = [v for v in out if v not in inside]
        soundbite = replace(last, direct=True, text=text[s:e], span=(s, e), spans=(),
                            rule="soundbite")
        out.append(soundbite)
        by_para[pi] = [soundbite]
    return out
