"""The words and patterns the whole stage shares, and what it reads from data: the reporting
cues (_Cue, _lexicon, _participles), the speaker-role table (_RoleFinder, _roles), _Found (one
attribution found in a unit), and the small tests several layers ask (_strict_subject, _passive,
_time_start, _cue_start, _rstrip_end). The bottom of the package: it imports none of its modules,
and a word set lives here only when modules of more than one layer read it.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from briefgen import rules
from briefgen.extract.quotes import DOUBLE_CLOSE, DOUBLE_OPEN
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy, trie_regex
from briefgen.model import Span

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
_DETERMINERS = {
    "the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "most",
    "other", "his", "her", "its", "their", "our", "both", "this", "these", "those", "all",
    "each", "few", "senior", "former", "top", "leading", "prominent",
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


_AUX_WORDS = frozenset(w.split()[-1] for w in _AUX.split("|"))
_AUX_BEFORE = lazy(rf"\b(?:(?:{_AUX})\s+){{1,2}}$")
_PASSIVE_BEFORE = lazy(
    r"\b(?:is|was|are|were|be|been|being|get|got|gets|getting)\s+(?:[a-z]+ly\s+|not\s+|also\s+)?$",
    re.IGNORECASE,
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
    if not prev or (prev[-1].lower() not in _BE and prev[0].lower() not in _BE):
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


def _rstrip_end(text: str, lo: int, pos: int) -> int:
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos
