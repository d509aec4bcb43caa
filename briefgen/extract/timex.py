"""TIMEX3 tagging: a compiled regex grammar over English news text, and value normalisation.

Why our own grammar: dateparser.search_dates reads "may", "march", "a second", "Sun" or "We" as
dates and has no notion of TimeML extents or of the tense that decides which "Tuesday" is meant.
Here every pattern is a rule with an id; candidates from all rules are collected over the text,
the longest non-overlapping ones kept, then each is normalised against a reference date (which
may be partial: a dateline "March 31" gives month and day but no year) in the direction of the
tense of its clause. Vocabulary lives in briefgen/data/dates.json.
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from briefgen import rules
from briefgen.lazyre import at_build, lazy, trie_regex
from briefgen.lazyre import compile as rx_compile

# Small patterns of the validators and normalisers, compiled on first use: re.match(pattern, s)
# looks the pattern up in re's cache on every call (~0.4 us; ~150 calls per 1,000 words).
_RX_ADJECTIVAL_QUARTER = lazy(r"-quarter$", re.IGNORECASE)
_RX_AGE_AFTER = lazy(r"[\s-]*old\b|\s+of\s+age\b")
_RX_ALNUM_RUN = lazy(r"[a-z0-9]+")
_RX_AMOUNT_END = lazy(r"[$£€\d.,]\s*$")
_RX_BARE_UNIT_END = lazy(r"\s*(?:[,.;)]|of\b|and\b|or\b|to\b|before|after|ago|now|later|$)")
_RX_DECIMAL_OR_PERCENT = lazy(r"[,.]\d|\s*(?:%|percent)")
_RX_DIGITS = lazy(r"\d+")
_RX_DIGIT_END = lazy(r"\d[,.]?$")
_RX_HAD = lazy(r"\bhad\b")
_RX_NEXT_CAPITALISED = lazy(r"\s+[A-Z][a-z]")
_RX_NEXT_LOWER = lazy(r"\s+[a-z]")
_RX_NEXT_LOWER_WORD = lazy(r"\s+([a-z]+)")
_RX_NUMBER_FRACTION = lazy(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?")
_RX_NUMBER_GOES_ON = lazy(r"\s*(?:%|percent|-\d|\d)")
_RX_NUMBER_OR_PLURAL_NEXT = lazy(r"\s+(?:\d|[a-z]+s\b)")
_RX_OF_BARE_NEXT = lazy(r"\s+of\s+(?!the\b|a\b|an\b|its\b|their\b)")
_RX_OF_NEXT = lazy(r"\s+of\b")
_RX_ORDINAL = lazy(r"(first|second|third|fourth|1st|2nd|3rd|4th)", re.IGNORECASE)
_RX_ORDINAL_WORD = lazy(r"(first|second|third|fourth)")
_RX_PLURAL_UNIT = lazy(r"(days|weeks|months|years|decades)", re.IGNORECASE)
_RX_PUNCT = lazy(r"[.,;]")
_RX_QUARTER_WORD = lazy(
    r"(first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|previous|last|next"
    r"|year-ago|year-earlier|fiscal)",
    re.IGNORECASE,
)
_RX_SOON_AFTER = lazy(r"\s+(?:after|before|as|thereafter)\b")
_RX_SPACES = lazy(r"\s+")
_RX_SPACE_OR_HYPHEN = lazy(r"[ -]")
_RX_SPACE_OR_PUNCT = lazy(r"[\s,.;]")
_RX_THE_YEAR_NOUN_NEXT = lazy(r"\s+(?:of|in|to|from|on|was|is|has)\b")
_RX_UNIT_BEFORE_AFTER = lazy(r"\s+(?:before|after|following|that\s+followed|leading)\b")


# ---------------------------------------------------------------------------------------------
# Vocabulary (from data/dates.json)

_DATA = rules.entries("dates")


def _kind(kind: str) -> list[dict]:
    return [e for e in _DATA if e.get("kind") == kind]


MONTHS: dict[str, int] = {}
for _e in _kind("month"):
    MONTHS[_e["name"]] = _e["number"]
    for _a in _e["abbr"]:
        MONTHS[_a] = _e["number"]
MONTH_FULL = [e["name"] for e in _kind("month")]
MONTH_ABBR = sorted({a for e in _kind("month") for a in e["abbr"]}, key=len, reverse=True)
WEEKDAYS: dict[str, int] = {}
for _e in _kind("weekday"):
    WEEKDAYS[_e["name"]] = _e["number"]
    for _a in _e["abbr"]:
        WEEKDAYS[_a] = _e["number"]
WEEKDAY_FULL = [e["name"] for e in _kind("weekday")]
WEEKDAY_ABBR = sorted({a for e in _kind("weekday") for a in e["abbr"]}, key=len, reverse=True)
NUMBERS: dict[str, float] = dict(_kind("number")[0]["words"])
VAGUE = set(_kind("vague_number")[0]["words"])
ORDINALS: dict[str, int] = dict(_kind("ordinal")[0]["words"])
UNITS: dict[str, tuple[str, int]] = {}
for _e in _kind("unit"):
    UNITS[_e["name"]] = UNITS[_e["plural"]] = (_e["code"], int(_e.get("factor", 1)))
SEASONS: dict[str, tuple[str, int, int]] = {
    e["name"]: (e["code"], e["months"][0], e["months"][1]) for e in _kind("season")
}
PARTS_OF_DAY: dict[str, str] = {e["name"]: e["code"] for e in _kind("part_of_day")}
HOLIDAYS: dict[str, dict] = {e["name"].lower(): e for e in _kind("holiday")}
DEICTIC: dict[str, tuple[str, str]] = {e["text"]: (e["type"], e["value"]) for e in _kind("deictic")}
SET_ADVERBS: dict[str, str] = {e["text"]: e["value"] for e in _kind("set_adverb")}
TENSE_CUES: dict[str, str] = {}
for _e in _kind("tense_cue"):
    for _w in _e["words"]:
        TENSE_CUES.setdefault(_w, _e["tense"])
NOT_PAST_ED = set(_kind("not_past_ed")[0]["words"])


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that 'seventeen' wins over 'seven' (then
    alphabetical, so the pattern is the same in every process)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


_NUMW = _alt([w for w in NUMBERS if " " not in w and w not in ("a", "an")])
_NUMW_MULTI = _alt([w for w in NUMBERS if " " in w])
_VAGUE = _alt(VAGUE)
NUM = (
    rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|{_NUMW_MULTI}|(?:{_NUMW})(?:[\s-](?:{_NUMW}))?"
    rf"(?:\s+hundred)?|{_VAGUE}|an?)"
)
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
MON = rf"(?:{_alt(MONTH_FULL)}|(?:{_alt(MONTH_ABBR)})\b\.?)"
WD = _alt(WEEKDAY_FULL)
WD_ABBR = _alt(WEEKDAY_ABBR)
DAY = rf"(?:[0-3]?\d(?:st|nd|rd|th)?(?![\d:.,]\d)|{_alt([w for w in ORDINALS if not w[0].isdigit()])})"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%])"
POD = r"(?:morning|afternoon|evening|night)"
# TimeBank keeps "nearly", "more than", "at least" inside a duration's extent but leaves
# "about", "only", "just", "over" outside it.
QMOD = (
    r"(?:around|approximately|almost|nearly|roughly|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|well\s+over)"
)
TZ = (
    r"(?:[ECMP][SD]T|[ECMP]T|GMT|UTC|BST|CET|CEST|JST|local\s+time|"
    r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+Time)"
)
SEASON = _alt(SEASONS)

# ---------------------------------------------------------------------------------------------
# Reference dates and value arithmetic


@dataclass(frozen=True)
class Ref:
    """A reference date whose parts may be unknown (a dateline gives month and day only)."""

    year: int | None
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, value: str | None) -> Ref:
        if not value:
            return cls(None, None, None)
        d = dt.date.fromisoformat(value[:10])
        return cls(d.year, d.month, d.day)

    @property
    def full(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    def date(self) -> dt.date | None:
        """A calendar date to compute with: a surrogate non-leap year stands in when unknown."""
        if self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year or 2001, self.month, self.day)
        except ValueError:
            return None


def _y(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def _fmt_day(d: dt.date, ref: Ref) -> str:
    """A day, with the year shown as X when the reference had none."""
    return f"{_y(d.year if ref.year is not None else None)}-{d.month:02d}-{d.day:02d}"


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


def _pick(ref: Ref, spans: Callable[[int], tuple[dt.date, dt.date]], tense: str,
          explicit: bool = False) -> int | None:
    """The year (among ref.year-1..+1) whose period lies nearest the reference in the tense's direction.

    explicit: the direction is stated by the words ("last December", "next winter"), not guessed
    from the verb, so the nearest-period fallback below does not apply.
    """
    r = ref.date()
    if ref.year is None or r is None:
        return None
    cands = [(y, *spans(y)) for y in (ref.year - 1, ref.year, ref.year + 1)]

    def dist(c: tuple[int, dt.date, dt.date]) -> int:
        return 0 if c[1] <= r <= c[2] else min(abs((c[1] - r).days), abs((c[2] - r).days))

    nearest = min(cands, key=dist)
    if tense == "past":
        ok = [c for c in cands if c[1] <= r]
        pick = ok[-1] if ok else nearest
    elif tense == "future":
        ok = [c for c in cands if c[2] >= r]
        pick = ok[0] if ok else nearest
    else:
        return nearest[0]
    # The tense gives the direction, but news rarely means a date ~a year away when the same
    # day or month falls within weeks on the other side ("declared a special dividend, payable Dec. 3").
    if not explicit and dist(pick) > 200 and dist(nearest) < 62:
        return nearest[0]
    return pick[0]


def _month_span(month: int) -> Callable[[int], tuple[dt.date, dt.date]]:
    def f(y: int) -> tuple[dt.date, dt.date]:
        ny, nm = _shift_month(y, month, 1)
        return dt.date(y, month, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)

    return f


def _day_span(month: int, day: int) -> Callable[[int], tuple[dt.date, dt.date]]:
    def f(y: int) -> tuple[dt.date, dt.date]:
        try:
            d = dt.date(y, month, day)
        except ValueError:
            d = dt.date(y, month, 28)
        return d, d

    return f


def _season_span(code: str) -> Callable[[int], tuple[dt.date, dt.date]]:
    first, last = {c: (a, b) for c, a, b in SEASONS.values()}[code]

    def f(y: int) -> tuple[dt.date, dt.date]:
        if first > last:  # winter: December of y to February of y+1
            return dt.date(y, first, 1), dt.date(y + 1, last + 1, 1) - dt.timedelta(days=1)
        ny, nm = _shift_month(y, last, 1)
        return dt.date(y, first, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)

    return f


def _quarter_span(q: int) -> Callable[[int], tuple[dt.date, dt.date]]:
    def f(y: int) -> tuple[dt.date, dt.date]:
        ny, nm = _shift_month(y, 3 * q, 1)
        return dt.date(y, 3 * q - 2, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)

    return f


def _half_span(h: int) -> Callable[[int], tuple[dt.date, dt.date]]:
    def f(y: int) -> tuple[dt.date, dt.date]:
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))

    return f


def _week(d: dt.date, ref: Ref) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{_y(iy if ref.year is not None else None)}-W{iw:02d}"


def _weekday_date(ref: Ref, wd: int, tense: str, rel: str | None) -> str:
    """Which weekday is meant: the one before (past), after (future) or nearest, or the named week."""
    r = ref.date()
    if r is None or ref.year is None:
        return f"XXXX-WXX-{wd}"
    delta = wd - r.isoweekday()
    if rel == "last":
        back = (r.isoweekday() - wd) % 7 or 7
        return (r - dt.timedelta(days=back)).isoformat()
    if rel == "next":
        fwd = (wd - r.isoweekday()) % 7 or 7
        return (r + dt.timedelta(days=fwd)).isoformat()
    if rel == "this":
        return (r + dt.timedelta(days=delta)).isoformat()
    if tense == "future":
        return (r + dt.timedelta(days=(wd - r.isoweekday()) % 7)).isoformat()
    back = (r.isoweekday() - wd) % 7
    if tense == "present" and back > 3:
        return (r + dt.timedelta(days=7 - back)).isoformat()
    return (r - dt.timedelta(days=back)).isoformat()


def _num(text: str) -> float | None:
    """The value of a number phrase; None for vague quantities ('several', 'a few')."""
    t = _RX_SPACES.sub(" ", text.lower()).strip()
    if t in VAGUE:
        return None
    if t in ("a", "an"):
        return 1
    m = _RX_NUMBER_FRACTION.fullmatch(t)
    if m:
        v = float(m.group(1))
        if m.group(2):
            v += int(m.group(2)) / int(m.group(3))
        return v
    if t in NUMBERS:
        return NUMBERS[t]
    total = 0.0
    for part in _RX_SPACE_OR_HYPHEN.split(t):
        if part == "hundred":
            total = (total or 1) * 100
        elif part in NUMBERS:
            total += NUMBERS[part]
        else:
            return None
    return total


_MIXED = {"Y": ("M", 12), "M": ("D", 30), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}


def _duration(n: float | None, unit: str) -> str:
    code, factor = UNITS[unit.lower()]
    if n is None:
        return f"PT X{code[1:]}".replace(" ", "") if code.startswith("T") else f"PX{code}"
    n *= factor
    if code == "DE":
        code, n = "Y", n * 10
    elif code == "CE":
        code, n = "Y", n * 100
    elif code == "Q":
        code, n = "M", n * 3
    whole = int(n)
    if n != whole and whole >= 1 and code in _MIXED:
        # TimeBank writes a mixed value: 2 1/2 years -> P2Y6M, 5 1/2 hours -> PT5H30M
        low, mult = _MIXED[code]
        rest = round((n - whole) * mult, 3)
        rest_s = str(int(rest)) if rest == int(rest) else str(rest)
        if code.startswith("T"):
            return f"PT{whole}{code[1]}{rest_s}{low[1]}"
        return f"P{whole}{code}{'T' if low.startswith('T') else ''}{rest_s}{low[-1]}"
    if n != int(n):
        # 0.5 year -> P6M, half an hour -> PT30M, 0.5 day -> PT12H
        lower = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60),
                 "TM": ("TS", 60)}
        if code in lower:
            code, mult = lower[code]
            n *= mult
    num = str(int(n)) if n == int(n) else str(n)
    return f"PT{num}{code[1]}" if code.startswith("T") else f"P{num}{code}"


# ---------------------------------------------------------------------------------------------
# Tense of the clause around a timex


_WORD = rx_compile(r"[A-Za-z][A-Za-z']*|[;:—–\"“”]")
_FUTURE_AUX = {"will", "'ll", "shall", "would", "to", "wo"}
# Past forms that are never participles, and future cues that are verbs only before "to"
# ("plans to visit" is future, "vacation plans" or "announced the plan" is not).
_FINITE_PAST = {"was", "were", "had", "did", "ago", "earlier", "last", "yesterday", "former", "been",
                "has", "have", "since", "went", "came", "saw", "began", "became", "took", "gave"}
_VERB_BEFORE_TO = {"plans", "plan", "planned", "planning", "aims", "hopes", "intends"}


def tense_at(text: str, sent: tuple[int, int], start: int, end: int) -> str:
    """past | present | future: the nearest tense cue left of the timex in its sentence, else right.

    A participle after will/to ("will be held") is future; after is/are, present; a bare -ed
    form or an irregular past is past; present perfect counts as past for resolving dates.
    Words are the tokens of the window [start - 100, end + 80] cut to the sentence; a word that
    runs across the timex's start or end belongs to neither side.
    """
    lo, hi = max(sent[0], start - 100), min(sent[1], end + 80)
    left = _WORD.findall(text, lo, start)
    if left and text[start : start + 1] in _WORD_CHARS and left[-1][0].isalpha() and text.endswith(left[-1], lo, start):
        left.pop()  # cut by the window's end: the word runs into the timex
    t = _scan(" ".join(reversed(left[-14:])).lower().split(" ") if left else [], [])
    if t:
        return t
    if end > 0 and text[end : end + 1] in _WORD_CHARS and text[end - 1] in _WORD_CHARS:
        # a word may run across the timex's end: tokenise from the start as the window does
        right = [m.group() for m in _WORD.finditer(text, lo, hi) if m.start() >= end]
    else:
        right = _WORD.findall(text, end, hi)
    return _scan(" ".join(right[:10]).lower().split(" ") if right else [], None) or "present"


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'")  # what goes on a _WORD


_CLAUSE_BREAKS = frozenset((";", ":", "—", "–", '"', "“", "”"))
_CUE_OR_BREAK = frozenset(TENSE_CUES) | _CLAUSE_BREAKS


def _scan(words: list[str], left: list[str] | None) -> str | None:
    for i, w in enumerate(words):
        if w not in _CUE_OR_BREAK and not w.endswith(("ed", "'ll")):
            continue  # no cue: the common case, decided in one step
        if w in _CLAUSE_BREAKS:
            if i > 0:
                break
            continue
        cue = TENSE_CUES.get(w)
        if (cue is None or cue == "past") and w.endswith("ed") and len(w) > 4 and w not in NOT_PAST_ED:
            cue = "participle"
        if w.endswith("'ll"):
            cue = "future"
        if cue == "future" and w in _VERB_BEFORE_TO:
            nxt = (words[i - 1] if i > 0 else None) if left is not None else (words[i + 1] if i + 1 < len(words) else None)
            if nxt != "to" and not (w == "planned" and nxt == "for"):
                cue = None
        if cue == "future" and left is not None and words[i + 1 : i + 3] == ["been", "had"]:
            cue = "past"  # "had been due to close Friday"
        if cue == "past" and w not in _FINITE_PAST and left is not None:
            cue = "participle"  # "paid", "held", "sold": "will be paid on" is future
        if cue is None:
            continue
        if cue == "participle":
            before = words[i + 1 : i + 3] if left is not None else []
            if before[:1] in (["be"], ["being"]) and len(before) > 1:
                aux = before[1]
                if aux in _FUTURE_AUX:
                    return "future"
                if aux in ("is", "are", "am"):
                    return "present"
            elif before[:1] and before[0] in ("will", "shall", "would", "'ll"):
                return "future"
            return "past"
        return cue
    return None


# ---------------------------------------------------------------------------------------------
# Rules


@dataclass
class Ctx:
    """What a normaliser needs: reference, tense, and the document's anchors.

    report_quarter is the first quarter the document names: results stories lead with the
    quarter they report, and "the quarter", "a year ago", "the year-earlier period" refer back
    to it even after an aside about another quarter.
    """

    ref: Ref
    tense: str = "present"
    day_first: bool = True
    report_quarter: tuple[int | None, int] | None = None
    last_date: Ref | None = None
    sentence_has_quarter: bool = False


Norm = Callable[[re.Match[str], Ctx], tuple[str, str] | None]


@dataclass
class Rule:
    id: str
    pattern: str
    norm: Norm
    prio: int = 0
    ok: Callable[[re.Match[str], str], bool] | None = None
    flags: int = re.IGNORECASE
    compiled: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    @property
    def regex(self) -> re.Pattern[str]:
        """Compiled on first use (from lazyre's code cache): an article needs only the rules
        whose head words it has, and compiling all of them at import was a tenth of the CLI's
        start-up."""
        if self.compiled is None:
            self.compiled = rx_compile(self.pattern, self.flags)
        return self.compiled


@dataclass
class Cand:
    start: int
    end: int
    prio: int
    rule: Rule = field(compare=False)
    m: re.Match[str] = field(compare=False)


RULES: list[Rule] = []
# the rules' regexes in lazyre's code cache (`python -m briefgen.lazyre`): an article compiles
# only those it needs, each on first use
at_build(lambda: [r.regex for r in RULES])


def rule(id: str, pattern: str, prio: int = 0, ok: Callable[[re.Match[str], str], bool] | None = None,
         flags: int = re.IGNORECASE) -> Callable[[Norm], Norm]:
    def deco(fn: Norm) -> Norm:
        RULES.append(Rule(id, pattern, fn, prio, ok, flags))
        return fn

    return deco


def _cap(m: re.Match[str], group: str) -> bool:
    """Month and weekday names count only when capitalised ('may', 'march' are words)."""
    g = m.group(group)
    return g is None or g[0].isupper()


def _prev_word(text: str, pos: int) -> str:
    return _prev_token(text, pos).lower()


_PREV = rx_compile(r"([A-Za-z$£€#%']+|\d[\d,.]*)[\s-]*$")
_WORDISH = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$£€#%'")


def _prev_token(text: str, pos: int) -> str:
    """What _PREV.search(text, pos - 30, pos) captures: the word or number that ends the 30
    characters before pos, only spaces and hyphens after it ("" if none). Read backwards from
    pos, because the regex search tries every start in the window (a tenth of the stage)."""
    lo = max(0, pos - 30)
    q = pos
    while q > lo and (text[q - 1].isspace() or text[q - 1] == "-"):
        q -= 1
    if q == lo:
        return ""
    p = q
    if text[q - 1] in _WORDISH:
        while p > lo and text[p - 1] in _WORDISH:
            p -= 1
        return text[p:q]
    while p > lo and (text[p - 1].isdecimal() or text[p - 1] in ",."):
        p -= 1
    while p < q and not text[p].isdecimal():  # a number starts with a digit: ".5" is "5"
        p += 1
    return text[p:q]
_MONTH_TRIGGERS = {
    "in", "since", "by", "until", "till", "through", "throughout", "during", "from", "to", "before",
    "after", "of", "early", "late", "mid", "last", "next", "this", "each", "every", "between", "on",
    "for", "that", "and", "or", "than", "as", "around", "starting", "beginning", "ending",
    "end", "start", "middle", "into", "past", "coming", "the", "earlier", "later",
}
_YEAR_TRIGGERS = _MONTH_TRIGGERS | {"year", "fiscal", "calendar", "at", "spring", "summer", "autumn",
                                    "fall", "winter", "january", "february", "march", "april", "may",
                                    "june", "july", "august", "september", "october", "november",
                                    "december", "'s", "mid-", "circa", "c"}


_COUNTED = lazy(
    r"\s+(?:more\s+|new\s+|additional\s+|extra\s+)?(?:shares|people|persons|men|women|children|troops|soldiers|"
    r"jobs|workers|employees|staff|units|cars|vehicles|homes|houses|barrels|tons|tonnes|votes|seats|"
    r"copies|members|students|patients|refugees|migrants|visitors|tourists|deaths|cases|acres|"
    r"hectares|miles|kilometres|kilometers|feet|metres|meters|pounds|euros|dollars\s+a|yen|rupees)\b",
    re.IGNORECASE,
)


def _year_ok(m: re.Match[str], text: str) -> bool:
    s, e = m.span("year")
    before = text[max(0, s - 2) : s]
    if before[-1:] in "$£€#/.:" and before != "" or _RX_DIGIT_END.search(before) or before.endswith("No"):
        return False
    if m.group("fy"):
        return True
    v = int(m.group("year"))
    prev = _prev_word(text, m.start())
    if _RX_DECIMAL_OR_PERCENT.match(text[e : e + 8]) or _COUNTED.match(text, e):
        return False  # "for 2000 shares", "to 1500 troops": a count, even after "for" or "to"
    if prev in _YEAR_TRIGGERS:
        return True
    if not 1900 <= v <= 2099:
        return False
    if prev and prev[0].isdigit() or prev in ("about", "some", "nearly", "almost", "than", "over",
                                              "approximately", "roughly", "only", "just", "to"):
        return False
    nxt = _RX_NEXT_LOWER_WORD.match(text[e : e + 30])
    if nxt and nxt.group(1).endswith("s") and nxt.group(1) not in ("was", "is", "has", "its", "as",
                                                                 "does", "this", "thus", "plus"):
        return False
    return not (nxt and nxt.group(1) in ("people", "men", "women", "children", "feet", "miles",
                                         "tons", "tonnes", "metres", "meters", "km", "kg", "staff"))


def _quarter_value(ctx: Ctx, q: int, year: int | None, tense_override: str | None = None) -> str:
    if year is None:
        year = _pick(ctx.ref, _quarter_span(q), tense_override or ctx.tense)
    if ctx.report_quarter is None:
        ctx.report_quarter = (year, q)
    return f"{_y(year)}-Q{q}"


def _ref_quarter(ctx: Ctx) -> tuple[int | None, int | None]:
    r = ctx.ref
    return r.year, ((r.month - 1) // 3 + 1) if r.month else None


def _rel_shift(rel: str, tense: str) -> int:
    rel = rel.lower().split()[-1]
    if rel in ("last", "past", "previous", "prior", "preceding"):
        return -1
    if rel in ("next", "coming", "following"):
        return 1
    return 0


# --- absolute dates --------------------------------------------------------------------------


@rule("iso_date", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?\b", 5)
def _iso(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    try:
        dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    v = f"{m['y']}-{m['m']}-{m['d']}"
    ctx.last_date = Ref(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("TIME", f"{v}T{m['hh']}:{m['mi']}") if m["hh"] else ("DATE", v)


# Default reading of 04/05/2024 (data/dates.json "day_first"); a caller that knows its source is
# American passes day_first=False to extract_dates, which puts it in Ctx. Never mutated.
DAY_FIRST: bool = bool(next((e["value"] for e in _kind("setting") if e["name"] == "day_first"), True))


@rule("numeric_date", r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d|\d\d)(?![\d/])", 5)
def _numeric(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if "." in m.group() and len(m["y"]) == 2:
        return None  # 1.5.24 is too often a version or a score
    if y < 100:
        y += 2000 if y < 50 else 1900
    day, month = (a, b) if ctx.day_first else (b, a)
    if month > 12 and day <= 12:
        day, month = month, day
    try:
        dt.date(y, month, day)
    except ValueError:
        return None
    ctx.last_date = Ref(y, month, day)
    return "DATE", f"{y:04d}-{month:02d}-{day:02d}"


def _day_of(g: str) -> int:
    g = g.lower()
    return ORDINALS[g] if g in ORDINALS else int(_RX_DIGITS.match(g).group())  # type: ignore[union-attr]


def _resolve_md(ctx: Ctx, month: int, day: int, year: int | None, rel: str | None) -> str:
    if year is None and rel and ctx.ref.year is not None:
        year = ctx.ref.year + _rel_shift(rel, ctx.tense)
    if year is None:
        year = _pick(ctx.ref, _day_span(month, day), ctx.tense)
    ctx.last_date = Ref(year, month, day)
    return f"{_y(year)}-{month:02d}-{day:02d}"


_MD = (
    rf"(?:(?:(?P<wd>{WD})|(?P<wda>{WD_ABBR})\.?),?\s+(?:(?:the\s+)?(?:this\s+coming|this\s+past)\s+)?)?"
    rf"(?P<mon>{MON})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR})|\s+'(?P<yy>\d\d)\b"
    rf"|\s+(?P<yrel>last|this|next)\s+year\b(?!'s))?"
)
# "July last year", "June 5 next year": AP style puts the year's deixis after the month, and
# TimeBank tags the whole phrase as one date.
_YREL = {"last": -1, "this": 0, "next": 1}


def _md_ok(m: re.Match[str], text: str) -> bool:
    if not (_cap(m, "mon") and _cap(m, "wd")):
        return False
    day = _day_of(m["day"])
    if not 1 <= day <= 31:
        return False
    mon = m["mon"].lower().rstrip(".")
    if mon not in MONTH_FULL and not m["mon"].endswith(".") and not m["day"][0].isdigit():
        return False
    # "May 5 percent", "March 3-2 win": a day followed by a unit or score is not a day
    return not _RX_NUMBER_GOES_ON.match(text[m.end("day") : m.end("day") + 9]) or bool(
        m["year"] or m["yy"])


@rule("month_day", r"\b" + _MD + r"\b", 4, _md_ok)
def _month_day(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    year = int(m["year"]) if m["year"] else (1900 + int(m["yy"]) if m["yy"] else None)
    if m["yrel"] and ctx.ref.year is not None:
        year = ctx.ref.year + _YREL[m["yrel"].lower()]
    return "DATE", _resolve_md(ctx, month, _day_of(m["day"]), year, None)


def _dm_ok(m: re.Match[str], text: str) -> bool:
    if not (_cap(m, "mon") and _cap(m, "wd")):
        return False
    if not 1 <= int(m["day"]) <= 31:
        return False
    return not _RX_AMOUNT_END.search(text[max(0, m.start() - 2) : m.start()])


@rule(
    "day_month",
    rf"\b(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MON})"
    rf"(?:,?\s+(?P<year>{YEAR}))?\b",
    4,
    _dm_ok,
)
def _day_month(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    year = int(m["year"]) if m["year"] else None
    return "DATE", _resolve_md(ctx, month, int(m["day"]), year, None)


def _my_ok(m: re.Match[str], text: str) -> bool:
    return _cap(m, "mon")


@rule(
    "month_year",
    rf"\b(?:(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?(?P<mon>{MON}),?\s+"
    rf"(?:of\s+)?(?:(?P<year>{YEAR})|'(?P<yy>\d\d)\b)",
    3,
    _my_ok,
)
def _month_year(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    year: int | None = None
    if m["year"]:
        year = int(m["year"])
    elif m["yy"]:
        year = 1900 + int(m["yy"]) if int(m["yy"]) > 30 else 2000 + int(m["yy"])
    ctx.last_date = Ref(year, month, None)
    return "DATE", f"{_y(year)}-{month:02d}"


def _month_ok(m: re.Match[str], text: str) -> bool:
    if not _cap(m, "mon"):
        return False
    if m["rel"] or m["mod"] or m["yrel"]:
        return True
    prev = _prev_word(text, m.start())
    if m["mon"].lower() == "may" and prev in ("and", "or", "that", "as", "than", "to", "the"):
        return False
    nxt = text[m.end() : m.end() + 20]
    if _RX_NEXT_CAPITALISED.match(nxt) and not _MONTH_OR_DAY_NEXT_RE.match(nxt):
        return False  # "August Wilson", "April Ryan": a month before a capitalised name is a name
    if prev in ("and", "or", "to", "-", "than", "nor"):
        before = text[max(0, m.start() - 30) : m.start()]
        return bool(_MONTH_BEFORE_RE.search(before))
    if prev in _MONTH_TRIGGERS or prev == "until":
        return True
    # A month name inside a sentence, before a common noun or as a possessive, is the month
    # ("a June accord", "trim April shipments", "December's figures"); not after a
    # capitalised word, where it is a surname ("Theresa May said").
    after = _MONTH_NOUN.match(text, m.end())
    if not after or after.group(1) in _NOT_NOUN or not prev:
        return False
    pw = _prev_token(text, m.start())
    return bool(pw) and (not pw[0].isupper() or pw.endswith("'s"))


# Pattern strings, compiled through re's cache on first use (rarely needed: not at import).
_MONTH_OR_DAY_NEXT = rf"\s+(?:{MON}|[A-Z][a-z]+day)\b"
_MONTH_BEFORE = rf"(?:{MON})\s*(?:\d+\s*)?(?:,\s*)?\S*\s*$"
_MONTH_OR_DAY_NEXT_RE = lazy(_MONTH_OR_DAY_NEXT, re.IGNORECASE)
_MONTH_BEFORE_RE = lazy(_MONTH_BEFORE)
_MONTH_NOUN = rx_compile(r"(?:'s|’s)?\s+([a-z]{3,})\b")
_NOT_NOUN = {"and", "the", "for", "was", "were", "will", "would", "may", "has", "had", "have", "with",
             "from", "said", "says", "told", "that", "this", "which", "who", "is", "are", "can", "could",
             "should", "did", "does", "not", "also", "but", "into", "after", "before", "when", "then",
             "than", "through", "until", "over", "under"}


@rule(
    "month",
    rf"\b(?:(?P<mod>early|late|mid|earlier|later)[\s-]+)?(?:(?P<rel>this|last|next|each|every|that)\s+)?"
    rf"(?P<mon>{_alt(MONTH_FULL)})\b(?!-)(?:\s+(?P<yrel>last|this|next)\s+year\b(?!'s))?",
    2,
    _month_ok,
)
def _month(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    month = MONTHS[m["mon"].lower()]
    rel = (m["rel"] or "").lower()
    if rel in ("each", "every"):
        return "SET", f"XXXX-{month:02d}"
    year: int | None
    if m["yrel"]:
        year = ctx.ref.year + _YREL[m["yrel"].lower()] if ctx.ref.year is not None else None
    elif rel in ("last", "next"):
        r = ctx.ref.date()
        year = _pick(ctx.ref, _month_span(month), "past" if rel == "last" else "future", True)
        if year is not None and r is not None and r.month == month:
            year += -1 if rel == "last" else 1
    elif rel == "this":
        year = ctx.ref.year
    else:
        year = _pick(ctx.ref, _month_span(month), ctx.tense)
    ctx.last_date = Ref(year, month, None)
    return "DATE", f"{_y(year)}-{month:02d}"


@rule(
    "year",
    rf"(?:(?<![\w$£€#.,/-])|(?<=mid-)|(?<=Mid-))(?:(?P<fy>fiscal(?:\s+year)?|calendar(?:\s+year)?|FY|the\s+year|model\s+year)\s*)?"
    rf"(?P<year>{YEAR})\b(?!-\d|\.\d|,\d|\s*(?:%|percent))",
    1,
    _year_ok,
)
def _year(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    y = int(m["year"])
    ctx.last_date = Ref(y, None, None)
    return "DATE", str(y)


_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
         "ninety": 9}
_UNITS_W = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


_RX_UNIT_OR_COUNT_NEXT = lazy(r"\s+(?:" + UNIT + r"|percent|people|dollars)", re.IGNORECASE)


@rule(
    "spelled_year",
    rf"\b(?:the\s+year\s+)?(?P<c>nineteen|twenty)[\s-](?:(?P<t>{_alt(_TENS)})(?:[\s-](?P<u>{_alt(_UNITS_W)}))?"
    rf"|(?P<teen>{_alt(_TEENS)})|(?:oh|o)[\s-](?P<ou>{_alt(_UNITS_W)}))\b"
    rf"|\b(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-](?P<tu>{_alt(_UNITS_W)}|{_alt(_TEENS)}))?\b",
    1,
    lambda m, t: bool(m["c"] or m.group().lower().startswith("the year") or m["tu"])
    and not _RX_UNIT_OR_COUNT_NEXT.match(t[m.end() : m.end() + 12]),
)
def _spelled_year(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    if m["c"]:
        base = 1900 if m["c"].lower() == "nineteen" else 2000
        if m["t"]:
            v = base + 10 * _TENS[m["t"].lower()] + (_UNITS_W[m["u"].lower()] if m["u"] else 0)
        elif m["teen"]:
            v = base + _TEENS[m["teen"].lower()]
        else:
            v = base + _UNITS_W[m["ou"].lower()]
    else:
        tu = (m["tu"] or "").lower()
        v = 2000 + _UNITS_W.get(tu, _TEENS.get(tu, 0))
    ctx.last_date = Ref(v, None, None)
    return "DATE", str(v)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@rule(
    "decade",
    rf"(?:\bthe\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:\b(?P<dec>1\d\d0|20\d0)'?s\b|'(?P<dd>\d)0'?s\b"
    rf"|\b(?P<dw>{_alt(_DECADE_WORDS)})\b)",
    3,
    lambda m, t: bool(m["dec"] or m.group().lower().startswith("the")),
)
def _decade(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    if m["dec"]:
        return "DATE", m["dec"][:3]
    d = int(m["dd"]) if m["dd"] else _DECADE_WORDS[m["dw"].lower()]
    century = 19 if d > 1 or ctx.ref.year is None or ctx.ref.year < 2000 else 20
    if m["dd"] and ctx.ref.year and ctx.ref.year >= 2000 and d <= (ctx.ref.year % 100) // 10:
        century = 20
    return "DATE", f"{century}{d}"


@rule(
    "century",
    rf"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{_alt(w for w in ORDINALS if not w[0].isdigit())}))[\s-]+century\b",
    3,
)
def _century(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    n = int(m["n"]) if m["n"] else ORDINALS[m["w"].lower()]
    return "DATE", f"{n - 1:02d}"


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
         "final": 4}


_QUARTER_ENDED = lazy(
    rf"\s+(?:that\s+)?(?:ended|ending|ends|through)\s+(?P<mon>{MON})", re.IGNORECASE
)


@rule(
    "quarter",
    rf"\b(?:(?P<the>the|this|its|a|their|his|her)\s+)?(?:(?P<qy>{YEAR})\s+|(?P<qrel>this|last|next)\s+year's\s+)?"
    r"(?:(?P<adj>fiscal|calendar|comparable|current|latest|recent|previous|last|next|same|coming|"
    r"past|year-ago|year-earlier|flat|strong|weak|disappointing|first|second|third|fourth|1st|2nd|3rd|4th|final)"
    r"[\s-]+){0,3}quarter(?!s|-century)\b"
    rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<yrel>this|last|next|the|the\s+current|the\s+previous)\s+(?:fiscal\s+)?year))?"
    rf"(?:,?\s+(?P<year2>{YEAR})\b)?",
    3,
    lambda m, t: bool(m["the"] or m["qy"] or m["qrel"] or _RX_QUARTER_WORD.search(m.group()))
    and (m["the"] or "").lower() != "a" or bool(_RX_ORDINAL.search(m.group())),
)
def _quarter(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    g = m.group().lower()
    if (m["the"] or "").lower() == "a" and not _RX_ORDINAL_WORD.search(g):
        return None
    words = _RX_ALNUM_RUN.findall(g.replace("year-ago", "yearago").replace("year-earlier", "yearago"))
    q = next((_QORD[w] for w in words if w in _QORD), None)
    year: int | None = None
    for grp in ("qy", "year", "year2"):
        if m[grp]:
            year = int(m[grp])
    rel = (m["qrel"] or m["yrel"] or "").lower()
    if year is None and rel in ("this", "last", "next", "the current", "the previous") and ctx.ref.year:
        year = ctx.ref.year + {"this": 0, "the current": 0, "last": -1, "the previous": -1, "next": 1}[rel]
    ago = "yearago" in words or "comparable" in words
    ended = _QUARTER_ENDED.match(m.string, m.end())
    if q is None and ended and not ago:
        # "the quarter ended Sept. 30": the calendar quarter holding most of its three months
        month = MONTHS[ended["mon"].lower().rstrip(".")]
        q = (month + 10) % 12 // 3 + 1
        if year is None and ctx.ref.year is not None:
            year = ctx.ref.year - (1 if (ctx.ref.month or 12) < month else 0) - (month == 1)
        return "DATE", _quarter_value(ctx, q, year)
    if q is None:
        lq = ctx.report_quarter
        ry, rq = _ref_quarter(ctx)
        if ago and lq:
            q, year = lq[1], (lq[0] - 1 if lq[0] else None)
            return "DATE", f"{_y(year)}-Q{q}"
        if "previous" in words or "last" in words or "past" in words:
            base = lq if (lq and "previous" in words) else (ry, rq)
            if base[1] is None:
                return "DATE", f"{_y(base[0])}-QX"
            k = (base[0] or 2001) * 4 + base[1] - 2
            return "DATE", f"{_y(k // 4 if base[0] else None)}-Q{k % 4 + 1}"
        if "next" in words or "coming" in words:
            if rq is None:
                return "DATE", "XXXX-QX"
            k = (ry or 2001) * 4 + rq
            return "DATE", f"{_y(k // 4 if ry else None)}-Q{k % 4 + 1}"
        if "current" in words or "this" in words:
            return "DATE", f"{_y(ry)}-Q{rq}" if rq else "XXXX-QX"
        if lq:
            return "DATE", f"{_y(lq[0])}-Q{lq[1]}"
        # "the quarter", "the latest quarter": the last completed quarter in news of results
        if rq is None:
            return "DATE", "XXXX-QX"
        k = (ry or 2001) * 4 + rq - 2
        return "DATE", f"{_y(k // 4 if ry else None)}-Q{k % 4 + 1}"
    if ago:
        if year is None:
            by = ctx.report_quarter[0] if ctx.report_quarter else ctx.ref.year
            year = by - 1 if by else None
        return "DATE", f"{_y(year)}-Q{q}"
    return "DATE", _quarter_value(ctx, q, year)


@rule("quarter_code", rf"\b(?P<q>Q[1-4])(?:\s+|-|/)?(?P<year>{YEAR}|'?\d\d\b)?", 3, flags=0)
def _qcode(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    q = int(m["q"][1])
    year = None
    if m["year"]:
        y = m["year"].lstrip("'")
        year = int(y) if len(y) == 4 else 2000 + int(y)
    return "DATE", _quarter_value(ctx, q, year)


@rule(
    "half",
    rf"\b(?:the\s+)?(?P<h>first|second|1st|2nd|latter|back|front|last)[\s-]+half\b(?!\s+of\s+(?!the\s+year|this|last|next|{YEAR}))"
    rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<rel>this|last|next|the)\s+year))?",
    3,
)
def _half(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    h = 1 if m["h"].lower() in ("first", "1st", "front") else 2
    year: int | None = int(m["year"]) if m["year"] else None
    if year is None and m["rel"] and m["rel"].lower() != "the" and ctx.ref.year:
        year = ctx.ref.year + _rel_shift(m["rel"], ctx.tense)
    if year is None:
        year = _pick(ctx.ref, _half_span(h), ctx.tense)
    return "DATE", f"{_y(year)}-H{h}"


def _season_ok(m: re.Match[str], text: str) -> bool:
    s = m["season"].lower()
    det = (m["det"] or "").lower()
    nxt = text[m.end() : m.end() + 12]
    if s == "fall":
        if not (det in ("this", "last", "next", "the", "past", "coming") or m["year"] or m["mod"]):
            return False
        if det == "the" and not m["year"] and _RX_THE_YEAR_NOUN_NEXT.match(nxt):
            return False
        if det == "the" and _prev_word(text, m.start()) not in ("in", "by", "until", "during", "since", "till", "through", "before", "after", "that", "this"):
            return False
    if det or m["year"] or m["mod"]:
        return True
    return _prev_word(text, m.start()) in ("in", "by", "until", "during", "since", "through", "before", "after", "till")


@rule(
    "season",
    rf"\b(?:(?P<mod>early|late|mid|earlier|later)[\s-]+)?(?:(?P<det>this|last|next|past|coming|the|each|every)\s+)?"
    rf"(?:(?P<mod2>early|late)\s+)?(?P<season>{SEASON})\b(?:,?\s+(?:of\s+)?(?P<year>{YEAR}))?",
    2,
    _season_ok,
)
def _season(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    code = SEASONS[m["season"].lower()][0]
    det = (m["det"] or "").lower()
    if det in ("each", "every"):
        return "SET", f"XXXX-{code}"
    year: int | None = int(m["year"]) if m["year"] else None
    if year is None:
        tense = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(det, ctx.tense)
        year = _pick(ctx.ref, _season_span(code), tense, det in ("last", "past", "next", "coming"))
        r = ctx.ref.date()
        if year is not None and r is not None and det in ("last", "next"):
            s, e = _season_span(code)(year)
            if s <= r <= e:
                year += -1 if det == "last" else 1
    return "DATE", f"{_y(year)}-{code}"


# --- relative to the reference ----------------------------------------------------------------


_REL = r"(?:this\s+past|this\s+coming|this|last|next|past|previous|coming|following|current|the\s+(?:past|last|next|previous|coming|following|current|same|present))"


@rule(
    "relative_unit",
    rf"\b(?P<rel>{_REL})\s+(?P<unit>week|weekend|month|year|decade|century|day|fiscal\s+year|financial\s+year)\b(?!-)",
    2,
)
def _relative_unit(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    rel = _RX_SPACES.sub(" ", m["rel"].lower())
    unit = m["unit"].lower().split()[-1]
    has_the = rel.startswith("the ")
    word = rel.split()[-1]
    if rel == "the same":
        a = ctx.last_date or ctx.ref
        return _unit_value(a, unit, 0, ctx)
    if has_the and word in ("past", "last", "next", "coming") and (unit in ("week", "month", "day") or (
        unit in ("decade", "century") and _prev_word(m.string, m.start()) in ("over", "for", "throughout"))
    ):
        return "DURATION", _duration(1, unit)  # "over the past decade": a stretch, not the 1980s
    if word in ("following", "previous") and unit != "weekend":
        a = ctx.last_date if (ctx.last_date and has_the) else ctx.ref
        return _unit_value(a, unit, 1 if word == "following" else -1, ctx)
    shift = _rel_shift(word, ctx.tense)
    if word == "past" and not has_the and rel != "this past":
        shift = -1
    return _unit_value(ctx.ref, unit, shift, ctx)


def _unit_value(a: Ref, unit: str, shift: int, ctx: Ctx) -> tuple[str, str]:
    if unit in ("year",):
        return "DATE", _y(a.year + shift if a.year is not None else None)
    if unit == "decade":
        return "DATE", (f"{(a.year + 10 * shift) // 10:03d}" if a.year is not None else "XXX")
    if unit == "century":
        return "DATE", (f"{(a.year + 100 * shift) // 100:02d}" if a.year is not None else "XX")
    if unit == "month":
        if a.month is None:
            return "DATE", f"{_y(a.year)}-XX"
        y, mo = _shift_month(a.year or 2001, a.month, shift)
        return "DATE", f"{_y(y if a.year is not None else None)}-{mo:02d}"
    d = a.date()
    if d is None:
        return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}.get(unit, "XXXX-XX-XX")
    if unit == "day":
        return "DATE", _fmt_day(d + dt.timedelta(days=shift), a)
    if unit == "weekend":
        # the weekend meant: the coming one in future talk, the one just past otherwise
        sat = d + dt.timedelta(days=(6 - d.isoweekday()) % 7)
        if shift < 0 or (shift == 0 and ctx.tense == "past" and d.isoweekday() < 6):
            sat -= dt.timedelta(days=7)
        elif shift > 0:
            sat += dt.timedelta(days=7) if d.isoweekday() >= 6 else dt.timedelta(0)
        return "DATE", _week(sat, a) + "-WE"
    return "DATE", _week(d + dt.timedelta(weeks=shift), a)


@rule(
    "the_unit_before",
    r"\b(?:the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later|prior)"
    r"|(?:that|the\s+same)\s+(?P<unit2>day|week|month|year))\b",
    2,
)
def _unit_before(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    unit = (m["unit"] or m["unit2"]).lower()
    shift = 0
    if m["dir"]:
        shift = 1 if m["dir"].lower() in ("after", "later") else -1
    a = ctx.last_date or ctx.ref
    if unit == "year" and a.year is None:
        return "DATE", "XXXX"
    return _unit_value(a, unit, shift, ctx)


# A deadline word before a bare weekday points forward whatever the verb's tense ("postponed
# until Tuesday", "could depart as soon as Tuesday"); a possessive weekday names a past day
# ("above Thursday's close", "Wednesday's verdict") unless a future word precedes it
# ("ahead of Friday's vote", "will attend Monday's meeting").
_DEADLINE_BEFORE = lazy(
    r"\b(?:as\s+soon\s+as|as\s+early\s+as|as\s+late\s+as|until|till|no\s+later\s+than)\s+"
    r"(?:[\w.:]+\s+){0,3}$", re.IGNORECASE)
_FUTURE_BEFORE_POSS = lazy(
    r"\b(?:ahead\s+of|will|'ll|shall|await|awaits|awaiting|upcoming|until|next)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE)


def _weekday_tense(m: re.Match[str], tense: str) -> str:
    text, s, e = m.string, m.start(), m.end("wd")
    before = text[max(0, s - 40) : s]
    if _DEADLINE_BEFORE.search(before) and not _RX_HAD.search(text[e : e + 40]):
        return "future"  # but "Until Thursday, police had not named anyone"
    if text[e : e + 2] in ("'s", "’s") and not m["pl"]:
        return "future" if _FUTURE_BEFORE_POSS.search(before) else "past"
    return tense


@rule(
    "weekday",
    rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this\s+coming|this\s+past|this|each|every)\s+)?"
    rf"(?P<wd>{WD})(?P<pl>s)?\b(?:\s+(?P<pod>{POD})s?\b)?",
    2,
    lambda m, t: _cap(m, "wd") and _prev_word(t, m.start()) not in ("a", "an"),
)
def _weekday(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower().split()
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if (rel and rel[0] in ("each", "every")) or (m["pl"] and (not rel or rel[0] == "on")):
        return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
    r = rel[-1] if rel else None
    if r == "coming":
        r = "next" if (ctx.ref.date() and ctx.ref.date().isoweekday() >= wd) else "this"  # type: ignore[union-attr]
    elif r == "past":
        r = "last"
    v = _weekday_date(ctx.ref, wd, _weekday_tense(m, ctx.tense) if r is None else ctx.tense,
                      r if r != "on" else None)
    if not v.startswith("XXXX-W"):
        d = dt.date.fromisoformat(v)
        ctx.last_date = Ref(d.year, d.month, d.day) if ctx.ref.year else Ref(None, d.month, d.day)
        v = _fmt_day(d, ctx.ref)
    if pod:
        return "TIME", f"{v}T{pod}"
    return "DATE", v


@rule(
    "day_word",
    rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<dw>today|tomorrow|yesterday|tonight)\b(?:\s+(?P<pod>{POD})\b)?",
    2,
)
def _day_word(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    dw = m["dw"].lower()
    shift = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[dw]
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if dw == "tonight" else None)
    d = ctx.ref.date()
    v = _fmt_day(d + dt.timedelta(days=shift), ctx.ref) if d else "XXXX-XX-XX"
    if pod:
        return "TIME", f"{v}T{pod}"
    return "DATE", v


@rule(
    "part_of_day",
    rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday|the)\s+(?P<pod>{POD})\b",
    1,
    lambda m, t: m["rel"].lower() != "the" or _prev_word(t, m.start()) in ("in", "during", "by", "until", "overnight"),
)
def _part_of_day(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    rel = m["rel"].lower()
    shift = {"this": 0, "the": 0, "tomorrow": 1, "yesterday": -1, "last": -1}[rel]
    pod = PARTS_OF_DAY[m["pod"].lower()]
    if rel == "last" and pod != "NI":
        shift = -1
    d = ctx.ref.date()
    v = _fmt_day(d + dt.timedelta(days=shift), ctx.ref) if d else "XXXX-XX-XX"
    return "TIME", f"{v}T{pod}"


_DEICTIC_RE = _alt(DEICTIC)


def _deictic_ok(m: re.Match[str], text: str) -> bool:
    w = m["w"].lower()
    nxt = text[m.end() : m.end() + 16]
    prev = _prev_word(text, m.start())
    if w in ("soon", "shortly") and (prev == "as" or _RX_SOON_AFTER.match(nxt)):
        return False
    if w in ("the past", "the present", "the future") and _RX_NUMBER_OR_PLURAL_NEXT.match(nxt):
        return False
    return not (w == "the present" and _RX_NEXT_LOWER.match(nxt))


@rule("deictic", rf"\b(?:(?P<mod>in|for|until|up\s+to)\s+)?(?P<w>{_DEICTIC_RE})\b", 1, _deictic_ok)
def _deictic(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    return DEICTIC[_RX_SPACES.sub(" ", m["w"].lower())]


@rule(
    "ago",
    rf"\b(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|from\s+now|hence|before)\b",
    4,
    lambda m, t: not (m["dir"].lower() == "before" and not _RX_PUNCT.match(t[m.end() : m.end() + 1])),
)
def _ago(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    n = _num(m["num"])
    unit = m["unit"].lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    sign = 1 if m["dir"].lower() in ("from now", "hence") else -1
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit == "year" and n == 1 and ctx.report_quarter and m["dir"].lower() in ("earlier", "before", "ago"):
        # in quarterly results "a year ago" is the same quarter of the year before
        lq = ctx.report_quarter
        return "DATE", f"{_y(lq[0] - 1 if lq[0] else None)}-Q{lq[1]}"
    r = ctx.ref
    d = r.date()
    k = round(n) * sign
    if unit in ("year", "decade", "century"):
        k *= {"year": 1, "decade": 10, "century": 100}[unit]
        return "DATE", _y(r.year + k if r.year is not None else None)
    if unit in ("month", "quarter"):
        k *= 3 if unit == "quarter" else 1
        if r.month is None:
            return "DATE", f"{_y(None)}-XX"
        y, mo = _shift_month(r.year or 2001, r.month, k)
        return "DATE", f"{_y(y if r.year is not None else None)}-{mo:02d}"
    if d is None:
        return "DATE", "XXXX-XX-XX"
    days = {"week": 7, "fortnight": 14, "day": 1, "night": 1}.get(unit)
    if days is None:  # hours, minutes
        return "DATE", _fmt_day(d, r)
    return "DATE", _fmt_day(d + dt.timedelta(days=k * days), r)


def _dur_ok(m: re.Match[str], text: str) -> bool:
    num = m["num"].lower()
    unit = m["unit"].lower()
    after = text[m.end() : m.end() + 12]
    if _RX_AGE_AFTER.match(after):
        return False  # ages are not durations here ("a 45-year-old", "six years old")
    if num in ("a", "an") and unit in ("second", "quarter"):
        return False  # "a second term", "a quarter of"
    if unit.startswith("quarter") and not m["det"] and not m["rel"]:
        return num not in ("a", "an", "three") and not _RX_OF_NEXT.match(after)
    if num in ("some", "many") and not m["det"]:
        return bool(_RX_SPACE_OR_PUNCT.match(after)) and _prev_word(text, m.start()) in ("for", "over", "in", "after", "within")
    return not (unit in ("night", "nights") and num in ("a", "an"))


@rule(
    "duration",
    rf"\b(?:(?P<det>the|these|those|each\s+of\s+the|its|their|his|her|this|that)\s+)?"
    rf"(?:(?P<rel>past|last|next|previous|coming|first|final|following|remaining|latest|recent|additional|further|same|entire|whole|full|initial|preceding|ensuing|prior|intervening|nearly|other)\s+)?"
    rf"(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})[\s-]+(?:(?:more|additional|full|long|straight|consecutive|extra)\s+)?"
    rf"(?P<unit>{UNIT})\b(?!-old)",
    1,
    _dur_ok,
)
def _dur(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    unit = m["unit"].lower()
    return "DURATION", _duration(_num(m["num"]), unit)


_BARE_TRIGGERS = {"for", "over", "in", "within", "after", "take", "takes", "took", "taken", "taking",
                  "last", "lasted", "lasts", "spent", "spend", "spending", "wait", "waited", "than"}


@rule(
    "bare_units",
    r"\b(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?!-)",
    0,
    lambda m, t: (_prev_word(t, m.start()) == "the" and bool(_RX_UNIT_BEFORE_AFTER.match(t[m.end() : m.end() + 16])))
    or _prev_word(t, m.start()) in _BARE_TRIGGERS and bool(_RX_BARE_UNIT_END.match(t[m.end() : m.end() + 8]))
    or bool(_RX_OF_BARE_NEXT.match(t[m.end() : m.end() + 12]))
    and m["unit"].lower() in ("years", "decades", "months", "centuries"),
)
def _bare_units(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    return "DURATION", _duration(None, m["unit"].lower())


@rule(
    "half_unit",
    r"\b(?:half\s+an?\s+(?P<u1>hour|day|year|century|decade)|an?\s+(?P<u2>minute|hour|day|week|month|year|decade)\s+and\s+a\s+half)\b",
    3,
)
def _half_unit(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    if m["u1"]:
        return "DURATION", _duration(0.5, m["u1"].lower())
    return "DURATION", _duration(1.5, m["u2"].lower())


@rule(
    "adj_duration",
    rf"\b(?P<num>\d+(?:\.\d+)?|{_NUMW}(?:-(?:{_NUMW}))?|several|multi|many)-(?P<unit>second|minute|hour|day|week|month|year|decade|century)(?:-long)?\b(?!-old)"
    r"|\b(?P<unit2>hour|day|week|month|year|decade)(?P<pl>s)?-long\b",
    2,
)
def _adj_duration(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    if m["unit2"]:  # "a day-long meeting" P1D, "a decades-long battle" PXY
        return "DURATION", _duration(None if m["pl"] else 1, m["unit2"].lower())
    n = _num(m["num"].replace("-", " ")) if m["num"].lower() not in ("multi", "several", "many") else None
    return "DURATION", _duration(n, m["unit"].lower())


# --- sets -------------------------------------------------------------------------------------


@rule(
    "every",
    rf"\b(?P<ev>every|each|per)\s+(?:other\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|{WD}|{_alt(MONTH_FULL)}|weekday|weekend)\b",
    3,
    lambda m, t: not (m["ev"].lower() == "each" and _prev_word(t, m.start()) in ("of",)),
)
def _every(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    u = m["unit"].lower()
    if u in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[u]}"
    if u in MONTHS:
        return "SET", f"XXXX-{MONTHS[u]:02d}"
    if u in ("weekend", "weekday"):
        return "SET", "XXXX-WXX-WE" if u == "weekend" else "P1D"
    n = _num(m["num"]) if m["num"] else 1
    if "other" in m.group().lower():
        n = (n or 1) * 2
    if u.rstrip("s") == "quarter":
        return "SET", f"P{int(3 * (n or 1))}M"
    return "SET", _duration(n or 1, u)


_AMOUNT_PREV = lazy(
    r"(?:\d[\d,.]*\s*(?:%|[a-z]+)?|once|twice|thrice|times|million|billion|thousand|hundred|"
    r"percent|cents?|dollars|pounds|euros|barrels|tons|tonnes|units|people|hours|days)\s*$",
    re.IGNORECASE,
)


@rule(
    "a_unit",
    r"\b(?:a|an|per)\s+(?P<unit>year|month|week|day|hour|night|quarter|minute|second|annum)\b",
    2,
    lambda m, t: m.group().lower().startswith("per") or bool(_AMOUNT_PREV.search(t, max(0, m.start() - 30), m.start())),
)
def _a_unit(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    u = m["unit"].lower()
    if u == "annum":
        return "SET", "P1Y"
    if u == "quarter":
        return "SET", "P3M"
    return "SET", _duration(1, u)


@rule("set_adverb", rf"\b(?P<w>{_alt(SET_ADVERBS)})\b", 1,
      lambda m, t: _prev_word(t, m.start()) not in ("its", "the", "a", "an", "their", "his", "her", "our",
                                                    "average", "initial", "regular", "party", "first"))
def _set_adverb(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    return "SET", SET_ADVERBS[m["w"].lower()]


# --- times ------------------------------------------------------------------------------------

_TQ = r"(?:(?P<q>around|about|approximately|shortly\s+after|shortly\s+before|just\s+after|just\s+before|after|before|until)\s+)?"


@rule(
    "clock_ampm",
    rf"\b{_TQ}(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b)(?:\s+(?P<tz>{TZ}))?",
    4,
    lambda m, t: 1 <= int(m["h"]) <= 12 and (m["q"] or "").lower() in ("", "around", "about", "approximately"),
)
def _clock_ampm(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return "TIME", _time_value(ctx, h, int(m["mi"] or 0), m["mi"] is not None)


@rule(
    "clock_24h",
    rf"\b{_TQ}(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)\b(?:\s+(?P<tz>{TZ})|\s+(?P<hrs>hours|hrs|h)\b)?",
    3,
    lambda m, t: int(m["h"]) <= 24 and bool(m["tz"] or m["hrs"] or _prev_word(t, m.start()) in ("at", "by", "until", "from", "before", "after"))
    and (m["q"] or "").lower() in ("", "around", "about", "approximately"),
    flags=0,
)
def _clock_24h(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    return "TIME", _time_value(ctx, int(m["h"]), int(m["mi"]), True)


@rule("clock_word", rf"\b{_TQ}(?P<w>noon|midnight|midday|mid-day)\b(?:\s+(?P<tz>{TZ}))?", 3,
      lambda m, t: (m["q"] or "").lower() in ("", "around", "about", "approximately"))
def _clock_word(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    return "TIME", _time_value(ctx, 24 if m["w"].lower() == "midnight" else 12, 0, True)


@rule("oclock", rf"\b{_TQ}(?P<h>[01]?\d|{_NUMW})\s+o'clock\b", 3)
def _oclock(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    n = _num(m["h"])
    if n is None or not 1 <= n <= 12:
        return None
    return "TIME", _time_value(ctx, int(n), 0, False)


def _time_value(ctx: Ctx, h: int, mi: int, with_min: bool) -> str:
    d = ctx.ref.date()
    day = _fmt_day(d, ctx.ref) if d else "XXXX-XX-XX"
    return f"{day}T{h:02d}:{mi:02d}"


# --- named days ---------------------------------------------------------------------------------


def _nth_weekday(y: int, month: int, wd: int, nth: int) -> dt.date:
    if nth == 0:  # US Election Day: the Tuesday after the first Monday
        first_mon = dt.date(y, month, 1) + dt.timedelta(days=(1 - dt.date(y, month, 1).isoweekday()) % 7)
        return first_mon + dt.timedelta(days=1)
    if nth < 0:
        last = dt.date(y, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(y, 12, 31)
        return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
    first = dt.date(y, month, 1) + dt.timedelta(days=(wd - dt.date(y, month, 1).isoweekday()) % 7)
    return first + dt.timedelta(weeks=nth - 1)


@rule("holiday", rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<h>{_alt(e['name'] for e in HOLIDAYS.values())})\b(?:\s+(?P<year>{YEAR}))?", 3, flags=0)
def _holiday(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    e = HOLIDAYS[_RX_SPACES.sub(" ", m["h"].lower())]
    month = e["month"]

    def span(y: int) -> tuple[dt.date, dt.date]:
        d = _nth_weekday(y, month, e["weekday"], e["nth"]) if "weekday" in e else dt.date(y, month, e["day"])
        return d, d

    year = int(m["year"]) if m["year"] else _pick(ctx.ref, span, ctx.tense)
    if year is None:
        return "DATE", f"XXXX-{month:02d}-{e['day']:02d}" if "day" in e else f"XXXX-{month:02d}-XX"
    return "DATE", span(year)[0].isoformat()


@rule("new_year", r"\b(?:the\s+)?new\s+year\b(?!'s)", 1,
      lambda m, t: _prev_word(t, m.start()) in ("in", "into", "by", "until", "before", "after", "for", "of", "since", "the", "this"))
def _new_year(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    if ctx.ref.year is None:
        return "DATE", "XXXX"
    return "DATE", str(ctx.ref.year + (1 if (ctx.ref.month or 1) >= 7 else 0))


@rule(
    "period_end",
    r"\b(?:(?:the\s+)?(?P<pos>end|beginning|start|middle|rest|remainder|turn|close)\s+of\s+the\s+(?P<unit>year|month|week|decade|century|day|quarter)"
    r"|(?P<ye>year|month|quarter)[\s-]end)\b",
    2,
)
def _period_end(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    unit = (m["unit"] or m["ye"]).lower()
    if unit == "quarter":
        ry, rq = _ref_quarter(ctx)
        return "DATE", f"{_y(ry)}-Q{rq}" if rq else "XXXX-QX"
    if m["ye"] and unit == "year":
        y = ctx.ref.year
        return "DATE", f"{_y(y)}-12-31"
    return _unit_value(ctx.ref, unit, 0, ctx)


@rule(
    "year_ago_period",
    rf"\b(?:(?P<the>the|a|its)\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:(?P<ya>year-ago|year-earlier|prior-year|(?P<yr>{YEAR}))"
    r"(?:\s+(?P<ord>first|second|third|fourth|fiscal))?\s+(?P<u>period|quarter|nine\s+months|six\s+months|three\s+months|results?)"
    r"|(?P<ya2>year-ago|year-earlier)(?=\s+[a-z]))\b",
    3,
)
def _year_ago_period(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    u = (m["u"] or "").lower()
    if "months" in u:
        return "DURATION", _duration(_num(u.split()[0]), "months")
    lq = ctx.report_quarter
    if m["yr"]:
        year: int | None = int(m["yr"])
        if u == "results":
            return "DATE", str(year)
    else:
        base = lq[0] if lq else ctx.ref.year
        year = base - 1 if base is not None else None
    q = _QORD.get((m["ord"] or "").lower()) or (lq[1] if lq else None)
    if q is None or u == "results":
        return "DATE", _y(year)
    return "DATE", f"{_y(year)}-Q{q}"


@rule("latest_period", r"\b(?:the\s+)?(?:latest|most\s+recent|current|recent)\s+period\b", 2)
def _latest_period(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    lq = ctx.report_quarter
    return "DATE", f"{_y(lq[0])}-Q{lq[1]}" if lq else "PRESENT_REF"


@rule(
    "the_year",
    r"\b(?:the\s+)?(?:(?P<adj>full|fiscal|financial|calendar|latest\s+fiscal|current\s+fiscal|current|whole|entire|past\s+fiscal)\s+)?(?P<u>year|fiscal\s+year)\b(?=\s+(?P<end>ended|ending|ends|to\s+date)\b|[,.;]|(?<=full\syear)\s+(?:were|was|rose|fell|is|are|will)\b)",
    1,
    lambda m, t: m.group().lower().startswith("the") or bool(m["adj"]),
)
def _the_year(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    if m["end"] and m["end"].lower() != "to date":
        return "DURATION", "P1Y"
    adj = (m["adj"] or "").lower()
    y = ctx.ref.year
    if "latest" in adj or "past" in adj:
        y = y - 1 if y is not None else None
    return "DATE", _y(y)


@rule(
    "weekend",
    r"\b(?P<the>the)\s+weekend\b",
    1,
    lambda m, t: _prev_word(t, m.start()) in ("over", "during", "at", "on", "of", "for", "until", "by", "through"),
)
def _weekend(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    return _unit_value(ctx.ref, "weekend", -1 if ctx.tense == "past" else 0, ctx)


@rule(
    "in_the_unit",
    r"\b(?P<mod>earlier|later|early|late)\s+(?:in|this)\s+the\s+(?P<unit>year|month|week|day|decade|season)\b",
    3,
)
def _in_the_unit(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    unit = m["unit"].lower()
    if unit == "season":
        return "DATE", "PRESENT_REF"
    return _unit_value(ctx.ref, unit, 0, ctx)


@rule("units_ahead", r"\b(?:the\s+)?(?:days|weeks|months|years|decades)\s+ahead\b", 3)
def _units_ahead(m: re.Match[str], ctx: Ctx) -> tuple[str, str] | None:
    u = _RX_PLURAL_UNIT.search(m.group())
    return "DURATION", _duration(None, u.group(1).lower())  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------------
# Tagging


_LEFT_MOD = rx_compile(
    r"\b(?:(?:early|earlier|late|later|mid|very\s+early|very\s+late)[\s-]+"
    r"|(?:the\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|first\s+week|last\s+week)\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_LEFT_MOD_LAST = frozenset(("early", "earlier", "late", "later", "mid", "of", "the"))


def _may_have_left_mod(text: str, pos: int) -> bool:
    """False when _LEFT_MOD cannot end at pos: a match ends with one of _LEFT_MOD_LAST and then
    spaces or hyphens, so the letters before them must spell one (a cheap test that spares the
    regex search over 40 characters; non-ASCII letters may fold to ASCII ones: no verdict)."""
    q = pos
    while q > 0 and (text[q - 1].isspace() or text[q - 1] == "-"):
        q -= 1
    p = q
    while p > 0 and p > q - 8 and text[p - 1].isalpha():
        p -= 1
    word = text[p:q]
    return not word.isascii() or word.lower() in _LEFT_MOD_LAST or (p > 0 and text[p - 1].isalpha())


_TAIL = rx_compile(r"\s+(?:or\s+so|or\s+later|or\s+earlier|and\s+beyond|or\s+more|or\s+longer)\b", re.IGNORECASE)
_TIME_THEN_DATE = rx_compile(r"(?:,?\s+|\s+of\s+)$")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    rule: str


# Speed: a rule runs only in short windows around the tokens that can head it (a month name,
# a unit, a digit...), found by one tokenising pass, instead of over the whole text.
_DIGIT = "#"
_UNIT_HEADS = set(UNITS) | {"weekend", "weekends"}
_HEADS: dict[str, set[str]] = {
    "iso_date": {_DIGIT}, "numeric_date": {_DIGIT}, "year": {_DIGIT}, "decade": {_DIGIT, *_DECADE_WORDS},
    "month_day": set(MONTHS), "day_month": set(MONTHS), "month_year": set(MONTHS), "month": set(MONTHS),
    "spelled_year": {"nineteen", "twenty", "thousand"}, "century": {"century"},
    "quarter": {"quarter"}, "quarter_code": {"q1", "q2", "q3", "q4"}, "half": {"half"},
    "season": set(SEASONS), "relative_unit": _UNIT_HEADS, "the_unit_before": _UNIT_HEADS,
    "weekday": set(WEEKDAYS) | {w + "s" for w in WEEKDAY_FULL},
    "day_word": {"today", "tomorrow", "yesterday", "tonight"},
    "part_of_day": {"morning", "afternoon", "evening", "night"},
    "deictic": {t.split()[-1] for t in DEICTIC}, "ago": _UNIT_HEADS, "duration": _UNIT_HEADS,
    "bare_units": _UNIT_HEADS, "half_unit": {"half"}, "adj_duration": _UNIT_HEADS,
    "every": {"every", "each", "per"}, "a_unit": _UNIT_HEADS | {"annum"}, "set_adverb": set(SET_ADVERBS),
    "clock_ampm": {_DIGIT}, "clock_24h": {_DIGIT}, "clock_word": {"noon", "midnight", "midday", "mid"},
    "oclock": {"clock"}, "holiday": {h.split()[-1] for h in HOLIDAYS}, "new_year": {"year"},
    "period_end": _UNIT_HEADS | {"end"}, "year_ago_period": {"ago", "earlier", "period", "quarter",
                                                            "results", "result", "months", "year"},
    "latest_period": {"period"}, "the_year": {"year"}, "weekend": {"weekend"},
    "in_the_unit": _UNIT_HEADS | {"season"}, "units_ahead": {"ahead"},
}
# A digit heads a rule only in the shape that rule needs (a year, a clock time, a decade...).
_DIGIT_SHAPE: dict[str, re.Pattern[str]] = {
    "iso_date": rx_compile(r"\d{4}-\d\d-"), "numeric_date": rx_compile(r"\d{1,2}[/.]\d{1,2}[/.]\d"),
    "year": rx_compile(r"\d{4}(?!\d|,\d)"), "decade": rx_compile(r"'?\d{1,3}0'?s\b"),
    "clock_ampm": rx_compile(r"\d{1,2}(?:[:.]\d\d)?\s*[AaPp]\.?\s?[Mm]\b"),
    "clock_24h": rx_compile(r"\d{1,2}:\d\d"),
}
# All the shapes in one pass: each optional lookahead sets its (empty) group when it holds.
_DIGIT_SHAPES = rx_compile("".join(f"(?:(?={p.pattern})(?P<{rid}>))?" for rid, p in _DIGIT_SHAPE.items()))
_DIGIT_SETS: dict[tuple[str | None, ...], frozenset[int]] = {}


def _digit_rules(shapes: tuple[str | None, ...]) -> frozenset[int]:
    """The digit rules whose shape holds, from _DIGIT_SHAPES' groups (memoised: 64 cases)."""
    got = _DIGIT_SETS.get(shapes)
    if got is None:
        held = {rid for rid, g in zip(_DIGIT_SHAPE, shapes) if g is not None}
        got = _DIGIT_SETS[shapes] = frozenset(i for i in _DIGIT_RULES if RULES[i].id in held)
    return got


_BY_HEAD: dict[str, list[int]] = {}
_DIGIT_RULES: list[int] = []
for _i, _r in enumerate(RULES):
    for _h in _HEADS[_r.id]:
        if _h == _DIGIT:
            _DIGIT_RULES.append(_i)
        else:
            _BY_HEAD.setdefault(_h.lower(), []).append(_i)
# How many tokens before its head a rule's match may start ("each of the last five winters").
_BACK: dict[str, int] = {"duration": 6, "ago": 6, "quarter": 5, "year_ago_period": 4, "the_year": 3,
                         "relative_unit": 4, "period_end": 5, "in_the_unit": 4, "month_day": 4,
                         "day_month": 5, "month_year": 5, "month": 3, "season": 4, "weekday": 4,
                         "half": 2, "century": 3, "decade": 3, "holiday": 3, "deictic": 5,
                         "clock_ampm": 2, "clock_24h": 2, "clock_word": 3, "oclock": 3, "every": 0,
                         "a_unit": 1, "bare_units": 0, "adj_duration": 2, "units_ahead": 2,
                         "the_unit_before": 3, "weekend": 1, "new_year": 2, "latest_period": 3,
                         "part_of_day": 2, "day_word": 1, "half_unit": 4, "spelled_year": 3,
                         "iso_date": 0, "numeric_date": 0, "year": 3, "quarter_code": 0}


_TOKEN = rx_compile(r"\w+")


# A head: a whole token that is a head word (matched on the lowercased text, so the test is the
# same `token.lower() in _BY_HEAD` as a per-token loop would make), or a token starting with a digit.
_HEAD_TRIE = trie_regex(h for h in _BY_HEAD if re.fullmatch(r"[a-z0-9]+", h))
HEAD_PLAIN = rf"(?<!\w)(?:(?P<d>\d)|{_HEAD_TRIE}(?!\w))"  # the plain form, kept for the tests
# The same heads, found faster: from a token boundary, skip whole non-head tokens and stop at
# the next head; a digit head takes its whole token. Only single-character repeats are
# possessive (a token is never split, so backtracking stays linear); the loop over tokens is
# greedy because CPython before 3.11.5 (Debian 12 ships 3.11.2) matches a possessive repeat
# of a group wrongly (gh-106052) and found no dates at all.
_NEXT_HEAD = rx_compile(
    rf"\W*+(?:(?!\d|{_HEAD_TRIE}(?!\w))\w++\W*+)*(?:(?P<d>\d)\w*+|(?P<w>{_HEAD_TRIE})(?!\w))"
)


def _heads(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, str, bool]]:
    """(start, head token or first digit, is a digit) for each head of text[pos:endpos], as
    HEAD_PLAIN finds them in that slice (_NEXT_HEAD looks neither behind pos nor past endpos).
    candidates() runs the same loop inline."""
    end = len(text) if endpos is None else endpos
    h = _NEXT_HEAD.match(text, pos, end)
    while h is not None:
        if h.group("d") is None:
            yield h.start("w"), h.group("w"), False
        else:
            yield h.start("d"), h.group("d"), True
        h = _NEXT_HEAD.match(text, h.end(), end)


_HEAD_BACK = {h: max(_BACK.get(RULES[i].id, 3) for i in idx) for h, idx in _BY_HEAD.items()}
_HEAD_RULES = {h: frozenset(idx) for h, idx in _BY_HEAD.items()}


def _lower(text: str) -> str:
    """text.lower() with the same length, so offsets carry over ('İ' is the one character whose
    lowercase is two; a dotless 'ı' stands in: both are word characters and neither a head)."""
    return (text.replace("İ", "ı") if "İ" in text else text).lower()


# --- first-word prefilter ----------------------------------------------------------------------
# Most tries of a rule at a token start fail on its first word ("said" cannot start a duration).
# Which words can start a match is read off each rule's own regex, so the filter cannot drift
# from the grammar: the analysis over-approximates (lookarounds are ignored, a repeat or a letter
# class leaves the rest of the word open), so it never rejects a position the regex would match.

_ASCII_LETTERS = rx_compile(r"[a-z]*")


def _first_words(pattern: str, flags: int) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """(closed, opens): a match begins with a lowercase word in `closed` followed by a non-letter,
    or with a word starting with one of `opens`. None: no filter (an open empty prefix, or a
    regex construct the analysis does not know)."""
    try:
        sre: Any = importlib.import_module("re._parser")
        states = _walk(sre, list(sre.parse(pattern, flags)), "")
    except (ImportError, AttributeError, TypeError, ValueError):  # other regex internals: no filter
        return None
    closed = frozenset(p for p, s in states if s == "closed")
    opens = tuple(sorted({p for p, s in states if s != "closed"}))
    return None if "" in opens else (closed, opens)


def _walk(sre: Any, items: list, prefix: str) -> set[tuple[str, str]]:
    """The (prefix, state) pairs after a regex sequence: state 'more' (the word goes on with the
    next item), 'closed' (a non-letter ends it) or 'open' (unknown letters may follow)."""
    states = {(prefix, "more")}
    for op, av in items:
        going = sum(s == "more" for _, s in states)
        if not going:
            break
        if going > 8:  # cap the work: many words in progress are left open as they are
            states = {(q, "open" if s == "more" else s) for q, s in states}
            break
        nxt: set[tuple[str, str]] = set()
        for p, s in states:
            nxt |= _step(sre, op, av, p) if s == "more" else {(p, s)}
        states = nxt
    return states


def _step(sre: Any, op: Any, av: Any, p: str) -> set[tuple[str, str]]:
    if op is sre.LITERAL:
        return {_after_char(chr(av), p)}
    if op is sre.IN:
        if all(o is sre.LITERAL for o, _ in av):  # [Ll], [/.]: one branch per character
            return {_after_char(chr(c), p) for _, c in av}
        return {(p, "open" if _letters_possible(sre, av) else "closed")}
    if op is sre.AT and av in (sre.AT_BOUNDARY, sre.AT_UNI_BOUNDARY) and p:
        return {(p, "closed")}  # \b after letters: a non-word character (or the end) follows
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {(p, "more")}  # zero-width; ignoring the condition only widens the filter
    if op is sre.SUBPATTERN:
        return _walk(sre, av[3], p)
    if op is sre.BRANCH:
        return set().union(*(_walk(sre, alt, p) for alt in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        once = _walk(sre, sub, p)
        if high != 1:  # further rounds: whatever the word does next is unknown
            once = {(q, "open" if s == "more" else s) for q, s in once}
        return once | ({(p, "more")} if low == 0 else set())
    return {(p, "open")}


def _after_char(ch: str, p: str) -> tuple[str, str]:
    ch = ch.lower()
    if "a" <= ch <= "z":
        return p + ch, "more"
    return (p, "open") if ch.isalpha() else (p, "closed")  # 'ſ' matches 's' when ignoring case


def _letters_possible(sre: Any, items: list) -> bool:
    """Whether a character class may match a letter."""
    for op, av in items:
        if op is sre.LITERAL:
            if chr(av).isalpha():
                return True
        elif op is sre.RANGE:
            if av[1] > 0x2FF or any(chr(c).isalpha() for c in range(av[0], av[1] + 1)):
                return True
        elif op is not sre.CATEGORY or av not in (
            sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT, sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE,
            sre.CATEGORY_NOT_WORD, sre.CATEGORY_UNI_NOT_WORD,
        ):
            return True
    return False


_FIRST: list[tuple[frozenset[str], tuple[str, ...]] | None] = []


def _first_filters() -> list[tuple[frozenset[str], tuple[str, ...]] | None]:
    """Each rule's first-word filter, on first use: read from data/dates_first_words.json when
    the rule's pattern is the one it was worked out for (its key), else worked out here (about
    12 ms for all rules, which the CLI would pay on every run)."""
    if not _FIRST:
        stored = {e["rule"]: e for e in rules.entries("dates_first_words")}
        for r in RULES:
            e = stored.get(r.id)
            if e is not None and e["key"] == _pattern_key(r):
                _FIRST.append(None if e["closed"] is None else (frozenset(e["closed"]), tuple(e["opens"])))
            else:
                _FIRST.append(_first_words(r.pattern, r.flags))
    return _FIRST


def _pattern_key(r: Rule) -> str:
    b = f"{int(r.flags)}\n{r.pattern}".encode()
    return f"{zlib.crc32(b):08x}{zlib.adler32(b):08x}"  # zlib: already loaded, unlike hashlib


def first_words_data() -> dict[str, Any]:
    """The content of data/dates_first_words.json, worked out from the rules (tests/
    test_timex_speed.py checks the file against it and says how to rewrite it)."""
    entries = []
    for r in RULES:
        f = _first_words(r.pattern, r.flags)
        entries.append({"rule": r.id, "key": _pattern_key(r), "closed": None if f is None else sorted(f[0]),
                        "opens": [] if f is None else list(f[1])})
    return {
        "description": "Generated, do not edit: for each date rule, the lowercase words a match can "
        "start with ('closed': the whole first word; 'opens': prefixes of it), read off the rule's "
        "regex by briefgen.extract.timex._first_words, and the key of the pattern they were read from.",
        "source": "computed from the rules in briefgen/extract/timex.py (timex.first_words_data())",
        "entries": entries,
    }


def _first_word(token: str) -> str | None:
    """The leading ASCII letters of a lowercased token; None when a non-ASCII character follows
    them (it may match a letter when ignoring case, so no word can be ruled out)."""
    if token.isalpha() and token.isascii():
        return token
    n = _ASCII_LETTERS.match(token).end()  # type: ignore[union-attr]
    return None if n < len(token) and not token[n].isascii() else token[:n]


_RULE_BACK = [_BACK.get(r.id, 3) for r in RULES]
_ADMIT: dict[str, frozenset[int]] = {}  # token -> the rules that may start on it (memo)


def _rules_starting(token: str) -> frozenset[int]:
    """The indices of the rules whose first word allows a match to start on this lowercased token
    ("'": on the apostrophe before it). Memoised: news vocabulary repeats."""
    got = _ADMIT.get(token)
    if got is None:
        fw = "" if token == "'" else _first_word(token)
        got = frozenset(
            i for i, f in enumerate(_first_filters()) if f is None or fw is None or fw in f[0] or fw.startswith(f[1])
        )
        if len(_ADMIT) >= 50_000:  # a bound for long batch runs
            _ADMIT.clear()
        _ADMIT[token] = got
    return got


_DIGIT_BACK: dict[frozenset[int], int] = {}  # digit rules -> how far back any may start
_PLAN_RULES: dict[tuple[str, frozenset[int], int], tuple[int, ...]] = {}


def _plan_rules(key: tuple[str, frozenset[int], int]) -> tuple[int, ...]:
    """The rules of `rules_here` that may start on `token` when it is `back` tokens before the
    head (its first word allows it, and the rule reaches that far back), in rule order.
    Memoised: the same (token, head rules, distance) triples recur, so candidates() does one
    dict lookup per token instead of a set intersection and a filtered generator."""
    token, rules_here, back = key
    hit = tuple(sorted(i for i in _rules_starting(token) & rules_here if back <= _RULE_BACK[i]))
    if len(_PLAN_RULES) >= 50_000:  # a bound for long batch runs
        _PLAN_RULES.clear()
    _PLAN_RULES[key] = hit
    return hit


def _tokens_before(text: str, p: int, n: int, floor: int = 0) -> list[re.Match[str]]:
    """The last n tokens of text[floor:p] (fewer at floor). The first window allows ~7
    characters a token, which mostly holds n + 1 of them (a wider one made Match objects for
    tokens never used); when it does not, it widens, so any first width gives the same tokens."""
    if n <= 0:
        return []
    lo = max(floor, p - 7 * n - 8)
    while True:
        toks = list(_TOKEN.finditer(text, lo, p))
        if lo == floor or len(toks) > n:  # the first may be cut by the window: never in the last n
            return toks[-n:]
        lo = max(floor, lo - 4 * (p - lo))


def candidates(text: str, regions: list[tuple[int, int]] | None = None) -> list[Cand]:
    """Every rule's validated matches that start a few tokens before one of its head tokens.

    Rules are tried anchored (regex.match) at token starts near their heads, never scanned
    over the text: the cost grows with the number of temporal words, not the text length.
    Heads are found by one regex scan per region, the tokens before a head only when needed,
    and a rule is tried only where its first word can begin (_first_filters).
    """
    spans = regions or [(0, len(text))]
    low = _lower(text)
    out: list[Cand] = []
    head_match = _NEXT_HEAD.match
    plan_get = _PLAN_RULES.get
    for rs, re_ in spans:
        tried: set[tuple[int, int]] | None = None
        # the loop of _heads(low, rs, re_), inline: one region's heads in one regex call each
        h = head_match(low, rs, re_)
        while h is not None:
            if h.group("d") is None:
                head_start, word = h.start("w"), h.group("w")
                h = head_match(low, h.end(), re_)
                rules_here = _HEAD_RULES.get(word)
                if not rules_here:
                    continue
                back = _HEAD_BACK[word]
            else:
                head_start, word = h.start("d"), h.group("d")
                h = head_match(low, h.end(), re_)
                s0 = head_start - 1 if head_start > 0 and text[head_start - 1] == "'" else head_start
                rules_here = _digit_rules(_DIGIT_SHAPES.match(text, s0).groups())  # type: ignore[union-attr]
                if not rules_here:
                    continue
                back = _DIGIT_BACK.get(rules_here, -1)
                if back < 0:
                    back = _DIGIT_BACK[rules_here] = max(_RULE_BACK[i] for i in rules_here)
            # (rule, start) pairs to try: a rule at a token start at most its _BACK tokens before
            # the head, where its first word allows; a token's start moves left over a leading
            # apostrophe ('90s, '98). Sorted, they come in rule order, then left to right.
            plan: list[tuple[int, int]] = []
            prev = _tokens_before(low, head_start, back, rs)
            k = len(prev)
            for j in range(k + 1):
                if j < k:
                    s, token = prev[j].start(), prev[j].group()
                else:
                    s, token = head_start, word
                if s > 0 and text[s - 1] == "'":
                    s -= 1
                    token = "'"
                memo = (token, rules_here, k - j)
                hit = plan_get(memo)
                if hit is None:
                    hit = _plan_rules(memo)
                for i in hit:
                    plan.append((i, s))
            if not plan:
                continue
            plan.sort()
            if tried is None:
                tried = set()
            for key in plan:
                if key in tried:
                    continue
                tried.add(key)
                i, s = key
                r = RULES[i]
                mm = (r.compiled or r.regex).match(text, s, re_)
                if mm is None:
                    continue
                me = mm.end()
                if me <= head_start or (r.ok is not None and not r.ok(mm, text)):
                    continue
                out.append(Cand(s, me, r.prio, r, mm))  # an anchored match starts at s
    return out


def select(cands: list[Cand]) -> list[Cand]:
    """Longest match wins; on equal length the higher-priority rule; then left to right."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    kept: list[Cand] = []
    if any(c.end <= c.start for c in cands):  # an empty span: keep the plain pairwise test
        taken: list[tuple[int, int]] = []
        for c in cands:
            if any(c.start < e and s < c.end for s, e in taken):
                continue
            taken.append((c.start, c.end))
            kept.append(c)
    else:
        # The kept spans never overlap, so sorted by start their ends are sorted too and only
        # the last one starting before c.end can overlap c: one bisection, not a scan.
        starts: list[int] = []
        ends: list[int] = []
        for c in cands:
            i = bisect.bisect_left(starts, c.end)
            if i > 0 and ends[i - 1] > c.start:
                continue
            starts.insert(i, c.start)
            ends.insert(i, c.end)
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def normalise(text: str, c: Cand, ctx: Ctx) -> Timex | None:
    res = c.rule.norm(c.m, ctx)
    if res is None:
        return None
    typ, val = res
    s, e = c.start, c.end
    # TimeML extents exclude the preposition a rule may have matched for context ("in the past")
    names = c.m.re.groupindex
    mod = c.m.group("mod") if "mod" in names else None
    if mod and c.rule.id == "deictic":
        s = c.m.start("w")
    elif mod and c.rule.id == "weekday":
        # TimeBank: "Friday" in "earlier Friday"; but "early next year" keeps its modifier
        s = c.m.end("mod") + 1
        while text[s].isspace():
            s += 1
    for det in ("the", "det"):
        d = c.m.group(det) if det in names else None
        if d and c.m.start(det) == c.start:
            low = d.lower()
            adjectival = c.rule.id == "quarter" and _RX_ADJECTIVAL_QUARTER.search(c.m.group())
            if low in ("its", "his", "her", "their", "a") or adjectival:
                s = c.m.end(det)
                while text[s].isspace():
                    s += 1
    tail = _TAIL.match(text, e)
    if tail and typ in ("DATE", "DURATION"):
        e = tail.end()
    return Timex(s, e, typ, val, c.rule.id)


def extend(text: str, timexes: list[Timex]) -> list[Timex]:
    """Left modifiers ("early", "the end of") join a date; a clock time joins the day after it."""
    out: list[Timex] = []
    for t in timexes:
        if t.type in ("DATE", "TIME"):
            m = _LEFT_MOD.search(text, max(0, t.start - 40), t.start) if _may_have_left_mod(text, t.start) else None
            if m and (not out or out[-1].end <= m.start()):
                t = Timex(m.start(), t.end, t.type, t.value, t.rule)
        if out and t.type == "DATE" and out[-1].type == "TIME" and "T" in out[-1].value and t.rule in (
            "weekday", "day_word", "month_day", "day_month"
        ):
            p = out[-1]
            gap = text[p.end : t.start]
            if _TIME_THEN_DATE.fullmatch(gap) and len(gap) <= 5 and ":" in p.value or gap.strip(" ,") in ("", "of"):
                if len(gap) <= 5 and not t.value.startswith("XXXX-W"):
                    out[-1] = Timex(p.start, t.end, "TIME", t.value + "T" + p.value.split("T", 1)[1], p.rule)
                    continue
                if len(gap) <= 5 and t.value.startswith("XXXX-W"):
                    out[-1] = Timex(p.start, t.end, "TIME", t.value + "T" + p.value.split("T", 1)[1], p.rule)
                    continue
        if out and t.rule in ("every", "a_unit") and out[-1].type == "DATE" and out[-1].rule in (
            "month_day", "day_month", "month"
        ) and _RX_SPACES.fullmatch(text[out[-1].end : t.start]) and t.value == "P1Y":
            p = out[-1]
            v = "XXXX" + p.value[4:]
            out[-1] = Timex(p.start, t.end, "SET", v, p.rule)
            continue
        out.append(t)
    return out
