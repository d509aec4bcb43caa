"""Article structure by rule: kicker, headline, standfirst, byline, dateline, sections, paragraphs.

The text is read as lines. The header (the first few content lines) is parsed as a small state
machine: date lines and boilerplate, then an optional kicker, the headline, and then byline,
publication-date and standfirst lines until the body starts. The body is grouped into paragraphs
(one per line, or hard-wrapped lines joined), with subheadings opening new sections, bullets
flagged, boilerplate dropped, a wire dateline cut off the first paragraph, and closing
"Reporting by" lines read as byline. Knowledge (labels, outlets, boilerplate) is in
data/section.json; sentence splitting is in briefgen/sentences.py. Every step is linear in the
text's length and no rule ever raises on odd input.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os.path
import re
from dataclasses import dataclass
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any

from briefgen import rules
from briefgen.lazyre import at_build, lazy
from briefgen.lazyre import compile as rx_compile
from briefgen.model import Article, Dateline, Document, Paragraph, Section, Sentence, Span
from briefgen.sentences import sentence_spans

# --------------------------------------------------------------------------- data

_I = re.IGNORECASE


def _pattern(kind: str) -> re.Pattern[str]:
    """One case-insensitive full-line regex from every data entry of `kind`."""
    parts = [e["pattern"] for e in rules.entries("section") if e["kind"] == kind]
    return lazy("|".join(f"(?:{p})" for p in parts), _I)


def _values(kind: str) -> list[str]:
    return [v for e in rules.entries("section") if e["kind"] == kind for v in e["values"]]


def _alternatives(pattern: str) -> list[str]:
    """`pattern` split at its top-level "|" (outside groups, classes and escapes)."""
    out: list[str] = []
    start = depth = 0
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" right after "[" or "[^" is a member, not the end
            i += 2 if pattern.startswith("[^", i) else 1
            i += 1 if i < n and pattern[i] == "]" else 0
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _needed(alternative: str) -> tuple[str, ...] | None:
    """For an alternative that opens with `.{0,N}` (a line that merely contains something),
    lower-case ASCII strings one of which any line it fullmatches must contain — a run of
    literal characters, a class or branch of literals, or a run followed by one (the most
    selective of these); None if it opens otherwise or has no such part."""
    parser = _re_parser
    data = list(parser.parse(alternative, _I))
    if not data or data[0][0] not in (parser.MAX_REPEAT, parser.MIN_REPEAT):
        return None
    lo, _hi, body = data[0][1]
    if lo != 0 or list(body) != [(parser.ANY, None)]:
        return None
    options: list[tuple[str, ...]] = []
    run = ""
    for op, av in [*data[1:], (None, None)]:
        if op is parser.LITERAL:
            run += chr(av)
            continue
        heads: list[str] = []
        if op is parser.IN and all(o is parser.LITERAL for o, _ in av):
            heads = [chr(c) for _, c in av]
        elif op is parser.BRANCH:
            for branch in av[1]:
                literal = itertools.takewhile(lambda node: node[0] is parser.LITERAL, branch)
                heads.append("".join(chr(c) for _, c in literal))
        if heads and all(heads):
            options.append(tuple(run + h for h in heads))
        if run:
            options.append((run,))
        run = ""
    options = [o for o in options if all(x.isascii() for x in o)]
    if not options:
        return None

    def selective(option: tuple[str, ...]) -> int:
        # Punctuation is rarer in running text than letters ("(" or "/" beats "ap").
        return min(sum(1 if ch.isalnum() or ch == " " else 3 for ch in x) for x in option)

    return tuple(x.lower() for x in max(options, key=selective))


def _first_chars(alternative: str) -> frozenset[str] | None:
    """The ASCII characters a case-insensitive match of `alternative` can open with; None when
    the analysis cannot tell (it may match the empty string, or opens with a construct not
    analysed here): then the alternative is always tried. Each character class is tested
    against all 128 ASCII characters with the regex engine itself, so case folding is its own."""
    chars, empty = _first_seq(list(_re_parser.parse(alternative, _I)))
    return None if empty else chars


_CATEGORY_ESCAPES = {
    "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
}
_ASCII = [chr(c) for c in range(128)]


def _first_seq(items: list[Any]) -> tuple[frozenset[str] | None, bool]:
    """(the ASCII characters a match of the sequence can open with, whether it can be empty)."""
    parser = _re_parser
    out: set[str] = set()
    for op, av in items:
        if op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            continue  # zero-width: ignoring the condition only widens the set
        if op is parser.LITERAL:
            got, empty = _class_chars(re.escape(chr(av))), False
        elif op is parser.NOT_LITERAL:
            got, empty = _class_chars(f"[^{re.escape(chr(av))}]"), False
        elif op is parser.IN:
            got, empty = _class_chars(_class_source(av)), False
        elif op is parser.SUBPATTERN:
            got, empty = _first_seq(list(av[3]))
        elif op is parser.BRANCH:
            got, empty = frozenset(), False
            for branch in av[1]:
                sub, sub_empty = _first_seq(list(branch))
                if sub is None:
                    return None, False
                got, empty = got | sub, empty or sub_empty
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT):
            got, empty = _first_seq(list(av[2]))
            empty = empty or av[0] == 0
        else:
            return None, False
        if got is None:
            return None, False
        out |= got
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _class_source(items: list[Any]) -> str | None:
    """The source of a parsed character class, or None if it holds something unknown."""
    parser = _re_parser
    parts = []
    for op, av in items:
        if op is parser.NEGATE:
            parts.append("^")
        elif op is parser.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is parser.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is parser.CATEGORY and str(av) in _CATEGORY_ESCAPES:
            parts.append(_CATEGORY_ESCAPES[str(av)])
        else:
            return None
    return "[" + "".join(parts) + "]"


def _class_chars(source: str | None) -> frozenset[str] | None:
    if source is None:
        return None
    one = rx_compile(source, _I)
    return frozenset(c for c in _ASCII if one.fullmatch(c))


_MATCHER_KINDS = ("boilerplate",)  # the kinds read through a _LineMatcher


def line_analysis_data() -> dict[str, Any]:
    """The content of data/section_line_analysis.json, worked out from data/section.json
    (tests/test_section_matcher.py checks the file against it and says how to rewrite it)."""
    seen: dict[str, None] = {}
    for e in rules.entries("section"):
        if e["kind"] in _MATCHER_KINDS:
            seen.update(dict.fromkeys(_alternatives(e["pattern"])))
    entries = []
    for a in seen:
        needed = _needed(a)
        first = _first_chars(a) if needed is None else None
        entries.append({
            "alternative": a,
            "needed": None if needed is None else list(needed),
            "first": None if first is None else "".join(sorted(first)),
        })
    return {
        "description": "Generated, do not edit: for each top-level alternative of a section.json "
        "pattern, the literal strings a line it fullmatches must contain ('needed', by "
        "briefgen.section._needed) or else the ASCII characters such a line can open with "
        "('first', by briefgen.section._first_chars). Read at start-up instead of analysing "
        "the regexes on every run.",
        "source": "computed from briefgen/data/section.json (section.line_analysis_data())",
        "entries": entries,
    }


_STORED: dict[str, dict[str, Any]] = {}


def _stored(alternative: str) -> dict[str, Any] | None:
    if not _STORED:
        _STORED.update((e["alternative"], e) for e in rules.entries("section_line_analysis"))
    return _STORED.get(alternative)


def _stored_needed(alternative: str) -> tuple[str, ...] | None:
    """_needed(alternative), read from data/section_line_analysis.json when stored there (the
    regex analysis was a fifth of this module's import time)."""
    e = _stored(alternative)
    if e is None:
        return _needed(alternative)
    return None if e["needed"] is None else tuple(e["needed"])


def _stored_first_chars(alternative: str) -> frozenset[str] | None:
    """_first_chars(alternative), read from data/section_line_analysis.json when stored
    there (a regex compiled per character class, on the first line of every run)."""
    e = _stored(alternative)
    if e is None or e["needed"] is not None:
        return _first_chars(alternative)
    return None if e["first"] is None else frozenset(e["first"])


def _is_wide(chars: frozenset[str] | None) -> bool:
    """May a match open with eight or more letters (or with any character: None)?"""
    return chars is None or len({c.lower() for c in chars if c.isalpha()}) >= 8


# Characters that match an ASCII letter case-insensitively although their str.lower() is not
# that letter (İ lowers to two characters; ı and ſ fold to i and s only in re): a line with
# one of them is matched without the literal pre-check (tests/test_section.py proves the set).
_FOLD_UNSAFE = "\u0130\u0131\u017f"
_FOLD_UNSAFE_RE = lazy(f"[{_FOLD_UNSAFE}]")


class _LineMatcher:
    """`fullmatch` of every data entry of a kind (as _pattern builds it), true or false, but
    fast on ordinary lines: alternatives that open with `.{0,N}` (a line that contains a
    copyright notice, a photo credit, an embedded post...) made the regex engine try their
    tail at every one of N positions of every line. Those run only on a line whose lower-case
    form contains one of their literal strings; the others run as one regex."""

    def __init__(self, kind: str) -> None:
        parts = [e["pattern"] for e in rules.entries("section") if e["kind"] == kind]
        self.whole = lazy("|".join(f"(?:{p})" for p in parts), _I)  # rarely needed: see fullmatch
        plain: list[str] = []
        self.guarded: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = []
        for p in parts:
            alternatives = _alternatives(p)
            if "|".join(alternatives) != p or re.search(r"\\\d|\(\?P=", p):
                plain.append(p)  # not split safely (or a backreference): keep it whole
                continue
            for a in alternatives:
                needed = _stored_needed(a)
                if needed is None:
                    plain.append(a)
                else:
                    prefix = os.path.commonprefix(list(needed))
                    self.guarded.append((prefix, needed, lazy(a, _I)))
        self.plain = lazy("|".join(f"(?:{p})" for p in plain), _I) if plain else None
        # Any literal some guarded alternative needs, in one scan of the lowered line: most
        # lines have none, and testing each needed string with `in` was most of the time
        # fullmatch spent on an ordinary line (one holding "(" tried thirteen).
        needs = sorted({x for _, needed, _ in self.guarded for x in needed})
        self._any_needed = lazy("|".join(re.escape(x) for x in needs)) if needs else None
        self._plain_alternatives = plain
        # The plain alternatives that can open with a given ASCII character: the
        # alternation tried every one of them on every line; a line's first character rules
        # out most. Made on first use of each character (the CLI's start-up pays nothing).
        # An alternative that may open with many letters (or any character) is not copied
        # into each of those regexes but kept in one of its own, compiled once: compiling it
        # again for every first character was most of the first article's sectioning time.
        self._by_first: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}
        self._firsts: list[frozenset[str] | None] | None = None
        self._wide: re.Pattern[str] | None = None

    def _plain_for(self, first: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """The regexes of the plain alternatives a line opening with ASCII `first` may match:
        (the narrow ones, the wide ones)."""
        if self._firsts is None:
            self._firsts = [_stored_first_chars(a) for a in self._plain_alternatives]
            wide = [
                a
                for a, chars in zip(self._plain_alternatives, self._firsts, strict=True)
                if _is_wide(chars)
            ]
            self._wide = lazy("|".join(f"(?:{p})" for p in wide), _I) if wide else None
        some = []
        wide_here = False
        for a, chars in zip(self._plain_alternatives, self._firsts, strict=True):
            if chars is None or first in chars:
                if _is_wide(chars):
                    wide_here = True
                else:
                    some.append(a)
        narrow = rx_compile("|".join(f"(?:{p})" for p in some), _I) if some else None
        got = self._by_first[first] = (narrow, self._wide if wide_here else None)
        return got

    def fullmatch(self, s: str) -> bool:
        if self.plain is not None:
            first = s[:1]
            if first and first < "\x80":
                pair = self._by_first.get(first)
                if pair is None:
                    pair = self._plain_for(first)
                narrow, wide = pair
                if narrow is not None and narrow.fullmatch(s):
                    return True
                if wide is not None and wide.fullmatch(s):
                    return True
            elif self.plain.fullmatch(s):
                return True
        if not self.guarded:
            return False
        if not s.isascii() and _FOLD_UNSAFE_RE.search(s):
            return self.whole.fullmatch(s) is not None
        low = s.lower()
        if self._any_needed is not None and self._any_needed.search(low) is None:
            return False
        for prefix, needed, pattern in self.guarded:
            if prefix not in low:
                continue
            for x in needed:
                if x in low:
                    if pattern.fullmatch(s):
                        return True
                    break
        return False


_KICKERS = frozenset(v.casefold() for v in _values("kicker"))
_OUTLETS = {v.casefold(): v for v in _values("outlet")}
_BOILERPLATE = _LineMatcher(_MATCHER_KINDS[0])
# the regexes of every ASCII first character in lazyre's code cache (`python -m briefgen.lazyre`)
at_build(lambda: [_BOILERPLATE._plain_for(chr(c)) for c in range(128)])
_BOX_HEADER = _pattern("box_header")
_BYLINE_ROLE = _pattern("byline_role")
_BYLINE_COLLECTIVE = _pattern("byline_collective")
_SPEAKER = _pattern("speaker")
_ENTRY_TIME = _pattern("entry_time")

# --------------------------------------------------------------------------- dates

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_DATE = lazy(
    rf"\b(?:(?P<m1>{_MONTH})\.?[ \u00a0]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?[ \u00a0]+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(?P<m2>{_MONTH})\.?,?[ \u00a0]+"
    rf"(?P<y2>\d{{4}})"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b",
    _I,
)
_TIME = (
    r"\b\d{1,2}(?:[:.]\d{2}(?::\d{2})?)?[ \u00a0]*[ap]\.?[ \u00a0]?m\b\.?"
    r"|\b\d{1,2}[:.]\d{2}(?::\d{2})?\b(?:[ \u00a0]*h(?:rs)?\b)?"
)
_DATE_FILLER = lazy(
    rf"{_TIME}"
    r"|\b(?:gmt|utc)[ \u00a0]*[+-][ \u00a0]*\d{1,2}(?::?\d{2})?"
    r"|\b(?:gmt|utc|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|cet|cest|eet|eest|msk|ist|jst|kst|aest"
    r"|aedt|hkt|sgt|wib|et|pt|ct|mt)\b"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    r"|\b(?:published|updated|last[ \u00a0]+updated|first[ \u00a0]+published|posted|modified"
    r"|last[ \u00a0]+modified|date|dated|released|issued|created|on|at|as[ \u00a0]+of)\b:?",
    _I,
)
_HAS_WORD = lazy(r"[^\W_]")
_DIGIT = lazy(r"\d")
_TIME_RE = lazy(_TIME, _I)


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _date_value(m: re.Match[str]) -> str | None:
    """The ISO date of a _DATE match, or None if it is not a real calendar date."""
    try:
        if m.group("y1"):
            d = dt.date(int(m.group("y1")), _month(m.group("m1")), int(m.group("d1")))
        elif m.group("y2"):
            d = dt.date(int(m.group("y2")), _month(m.group("m2")), int(m.group("d2")))
        else:
            d = dt.date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
    except ValueError:
        return None
    return d.isoformat() if 1800 <= d.year <= 2200 else None


def _date_line(line: str) -> tuple[bool, str | None]:
    """(is the line only a date and/or time?, its ISO date if it has a full one)."""
    if len(line) > 120 or _DIGIT.search(line) is None:
        return False, None
    m = _DATE.search(line)
    rest = line[: m.start()] + " " + line[m.end() :] if m else line
    if m is None and not _TIME_RE.search(rest):
        return False, None
    rest = _DATE_FILLER.sub(" ", rest)
    if _HAS_WORD.search(rest):
        return False, None
    return True, _date_value(m) if m else None


# --------------------------------------------------------------------------- lines

_TRIM = (
    " \t\x1f\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u00ad\u200b\u200c\u200d\u2060\ufeff"
)
_EOL = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_TRIM_EOL = _TRIM + _EOL
_TERMINAL = ".!?\u2026"
_CLOSERS = "\"'\u201d\u2019\u00bb)]"


@dataclass(slots=True)
class _Line:
    start: int  # trimmed content span
    end: int
    indent: int  # leading blanks before the content
    text: str  # the trimmed content
    content: bool  # has a letter or digit


def _lines(text: str) -> list[_Line]:
    """Every line with its trimmed span (line breaks as str.splitlines knows them: _EOL)."""
    out: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        nxt = pos + len(raw)
        body = raw.lstrip(_TRIM)
        indent = len(raw) - len(body)
        body = body.rstrip(_TRIM_EOL)
        s = pos + indent
        out.append(_Line(s, s + len(body), indent, body, _HAS_WORD.search(body) is not None))
        pos = nxt
    if not text or text[-1] in _EOL:
        out.append(_Line(len(text), len(text), 0, "", False))
    return out


def _words(s: str) -> int:
    return len(s.split()) if len(s) < 2000 else 999


def _ends_terminal(s: str) -> bool:
    s = s.rstrip(_CLOSERS)
    return bool(s) and s[-1] in _TERMINAL


# --------------------------------------------------------------------------- header rules

_BYLINE = lazy(
    r"(?:by|byline|story[ \u00a0]+by|words[ \u00a0]+by|written[ \u00a0]+by|posted[ \u00a0]+by)"
    r"[ \u00a0]*:?[ \u00a0]+(?P<rest>\S.*)",
    _I,
)
_CLOSING_BYLINE = lazy(
    r"[(\[]?[ \u00a0]*(?:additional[ \u00a0]+)?(?:reporting|writing|written|compiled|editing|edited"
    r"|research|graphics|fact-?checking|production)(?:[ \u00a0]+and[ \u00a0]+\w+)?[ \u00a0]+by\b",
    _I,
)
_CLOSING_AUTHOR = lazy(
    r"^(?:additional\s+)?(?:reporting|writing|written|compiled)(?:\s+and\s+\w+)?\s+by\s+", _I
)
_BYLINE_SPLIT = lazy(r"[|\u2022\u00b7]|\s[\u2013\u2014-]\s")
_NAME_SPLIT = lazy(r",|;|&|\band\b|\bwith\b", _I)
_HANDLE = lazy(r"\(?@\w+\)?|\(?https?://\S+\)?")
_NAME_IN = lazy(r"\s+in\s+[A-Z].*$")
_NOT_NAME_START = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "then", "now", "it", "its"]
)


def _title_case(name: str) -> str:
    return "-".join(
        " ".join(w[:1].upper() + w[1:].lower() for w in part.split(" ")) for part in name.split("-")
    )


def _outlet(s: str) -> str | None:
    return _OUTLETS.get(s.strip(" .()[]").casefold())


def _byline_names(rest: str) -> tuple[list[str], str | None, str | None] | None:
    """Names, outlet and ISO date of a byline's text after "By", or None if not a byline."""
    first = rest.split(None, 1)[0].strip("\"'(").casefold() if rest.split() else ""
    if first in _NOT_NAME_START and _outlet(rest) is None:
        return None
    if not rest[:1].isupper() and _outlet(rest) is None:
        return None
    names: list[str] = []
    outlet: str | None = None
    published: str | None = None
    m = _DATE.search(rest)
    if m:
        published = _date_value(m)
        rest = rest[: m.start()] + "|" + rest[m.end() :]
    for segment in _BYLINE_SPLIT.split(rest):
        segment = _HANDLE.sub(" ", segment).strip()
        if not segment:
            continue
        if _BYLINE_COLLECTIVE.fullmatch(segment):
            names.append(segment)
            continue
        for piece in _NAME_SPLIT.split(segment):
            piece = piece.strip(" .:\u00a0")
            if not piece or _TIME_RE.fullmatch(piece) or _date_line(piece)[0]:
                continue
            found = _outlet(piece)
            if found:
                outlet = outlet or found
                continue
            if _BYLINE_ROLE.fullmatch(piece) or not piece[:1].isupper():
                continue
            if _words(piece) > 5 or any(ch.isdigit() for ch in piece):
                continue
            names.append(_title_case(piece) if piece.isupper() else piece)
    if not names and outlet is None:
        return None
    return names, outlet, published


def _parse_byline(line: str) -> tuple[list[str], str | None, str | None] | None:
    if len(line) > 200:
        return None
    m = _BYLINE.fullmatch(line)
    if m:
        return _byline_names(m.group("rest"))
    if _BYLINE_COLLECTIVE.fullmatch(line) and line[:1].isupper() and _words(line) <= 6:
        return [line], None, None
    return None


def _closing_byline(line: str) -> list[str] | None:
    """Author names from a closing "Reporting by X; Editing by Y" line, or None."""
    if len(line) > 400 or not _CLOSING_BYLINE.match(line):
        return None
    names: list[str] = []
    for clause in line.strip("()[] .").split(";"):
        clause = clause.strip()
        m = _CLOSING_AUTHOR.match(clause)
        if not m:
            continue
        for piece in _NAME_SPLIT.split(clause[m.end() :]):
            piece = _NAME_IN.sub("", piece.strip(" .")).strip()
            if piece and piece[:1].isupper() and 2 <= _words(piece) <= 5:
                names.append(piece)
    return names


def _title_ratio(s: str) -> float:
    words = [w for w in s.split() if len(w.strip("\"'“”‘’:,;()")) >= 4]
    if not words:
        return 1.0
    return sum(1 for w in words if w.strip("\"'“”‘’(")[:1].isupper()) / len(words)


_PAST_ATTRIBUTION = lazy(r"\b(?:said|told|reported)\b")
_ARTICLE_WORD = lazy(r"\b(?:the|a|an)\b", _I)  # headlinese drops articles
# A lede dates its news by weekday ("... extended the offer Friday."); a headline rarely does
# ("Super Tuesday", "Monday's debate" name an event, not the time of the news).
_LEDE_DAY = lazy(
    r"(?<!Super )\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
    r"|tonight)\b(?!['\u2019]s)"
    r"|\b(?:Inc|Corp|Ltd|Co)\.|\b(?:PLC|LLC)\b"  # and names a company in full; headlines don't
)
_EPIGRAPH = lazy(  # '"We need jobs." \u2015 Jane Roe': a quote, a dash, then only a name
    r"[\"\u201c'\u2018].{2,300}[\"\u201d'\u2019][ \u00a0]*(?:\u2015|\u2014|\u2013|--?)[ \u00a0]*"
    r"[A-Z][\w.'\u2019-]*(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,3}"
)
_TRAILING_ENTITY = lazy(r"(?:[ \u00a0]*&[A-Za-z]{1,8};)+$")  # SGML "&QL;" quote marks


def _is_headline(s: str, alone: bool = False, above_dateline: bool = False) -> bool:
    """Headline-shaped: short, no lead-in colon; a final period only on a title-case line, or
    on a short line in headlinese (some archives append a period to every headline) that does
    not read like a lede ("... said on Monday."): at most 14 words anywhere, 16 when it stands
    alone above a longer paragraph; above a dateline ("PARIS (AP) —") articles are allowed."""
    if len(s) > 200 or _words(s) > 30 or not _HAS_WORD.search(s):
        return False
    s = _TRAILING_ENTITY.sub("", s) or s
    if s[-1] == ":" or (s[0] == "(" and s[-1] == ")"):
        return False  # a lead-in ("... said in an editorial:") or a bracketed note
    if _EPIGRAPH.fullmatch(s):
        return False  # a quotation signed by its speaker
    if _ends_terminal(s):
        if s.rstrip(_CLOSERS).endswith("?") and _words(s) <= 15:
            return True
        if _words(s) <= 20 and _title_ratio(s) >= 0.75:
            return True
        return (
            _words(s) <= (16 if alone else 14)
            and len(sentence_spans(s, 0, len(s))) <= 2
            and not _PAST_ATTRIBUTION.search(s)
            and len(_ARTICLE_WORD.findall(s))
            <= (3 if above_dateline else 2 if alone and _words(s) <= 12 else 1)
            and not _LEDE_DAY.search(s)
        )
    return True


def _is_kicker(s: str, headline: str) -> bool:
    if len(s) > 40 or _words(s) > 4 or s[-1:] in ".!?,;:" or not _is_headline(headline):
        return False
    if s.casefold() in _KICKERS:
        return True
    words = s.split()
    return (
        len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and len(headline) >= 2 * len(s) + 10
        and not _ends_terminal(headline)
    )


# --------------------------------------------------------------------------- dateline

_S = r"[ \u00a0]"
_DATELINE = lazy(
    rf"(?P<place>[A-Z][A-Z'.\-]*[A-Z.](?:{_S}[A-Z][A-Z'.\-]*[A-Z.]){{0,3}}"
    rf"|[A-Z][a-z]+(?:{_S}[A-Z][a-z]+){{0,2}}(?=,?{_S}?\())"
    rf"(?:,{_S}(?P<region>(?!{_MONTH}\b)[A-Z][A-Za-z.]*(?:{_S}[A-Z][A-Za-z.]*){{0,2}}))?"
    rf"(?:,?{_S}(?P<date>(?i:{_MONTH})\.?{_S}\d{{1,2}}(?:,{_S}\d{{4}})?))?"
    rf"(?:{_S}?\((?P<outlet>[A-Z][A-Za-z.&/\- ]{{0,30}})\))?"
    rf"{_S}?(?P<dash>--|[-\u2013\u2014_])(?:{_S}+|$)"
)
_DATELINE_DATE = lazy(rf"({_MONTH})\.?{_S}(\d{{1,2}})(?:,{_S}(\d{{4}}))?", _I)


def _dateline(
    text: str, start: int, end: int, year_ref: dt.date | None, strict: bool = False
) -> tuple[Dateline, str | None, int] | None:
    """A wire dateline at text[start:], its outlet, and where the paragraph resumes. `strict`
    (below an editor's note or a preview line) wants a full one: a region, date or outlet."""
    m = _DATELINE.match(text, start, min(end, start + 160))
    if not m:
        return None
    if strict and not (m.group("region") or m.group("date") or m.group("outlet")):
        return None
    place = m.group("place")
    if m.group("region"):
        place = f"{place}, {m.group('region')}"
    if place.isupper() and len(place.replace(".", "")) < 2:
        return None
    iso = None
    if m.group("date"):
        dm = _DATELINE_DATE.match(m.group("date"))
        if dm:
            iso = _resolve(_month(dm.group(1)), int(dm.group(2)), dm.group(3), year_ref)
    outlet = m.group("outlet")
    if outlet:
        outlet = _outlet(outlet) or outlet.strip()
    stop = m.end("dash")
    resume = m.end()
    return Dateline(place, iso, (start, stop)), outlet, resume


def _resolve(month: int, day: int, year: str | None, ref: dt.date | None) -> str | None:
    """A month/day resolved with the explicit year, else the reference year (the day before
    a January reference may belong to the previous December)."""
    try:
        if year:
            return dt.date(int(year), month, day).isoformat()
        if ref is None:
            return None
        d = dt.date(ref.year, month, day)
        if (d - ref).days > 31:
            d = dt.date(ref.year - 1, month, day)
        return d.isoformat()
    except ValueError:
        return None


# --------------------------------------------------------------------------- body rules

_BULLET = lazy(
    r"(?:[-\u2022*\u25aa\u25cf\u25e6\u2013\u2014\u2023\u2043\u00b7>]|\d{1,2}[.)]|[a-z][.)])[ \t\u00a0]+(?=\S)"
)
_CAPS_LEAD = lazy(
    r"(?P<head>[A-Z0-9][A-Z0-9 ,'\u2019&/\-\u2013.()\u00a0]{2,100}?):[ \t\u00a0]+(?=\S)"
)


_INNER_STOP = lazy(r"[.!?][\"'\u201d\u2019)]*\s")  # two sentences are no heading
_LABEL_VALUE = lazy(r":\s*[\d$\u20ac\u00a3]")


def _caps_lead(s: str) -> str | None:
    """The all-caps lead of a line ("KEY FINDINGS: ..."), or None."""
    m = _CAPS_LEAD.match(s)
    if not m:
        return None
    head = m.group("head").strip()
    if len(head.split()) < 3 or _SPEAKER.fullmatch(head):
        return None  # "SMITH:", "JANE DOE:" are a transcript's speaker labels
    return head


def _is_subheading(s: str) -> bool:
    if len(s) > 90 or _words(s) > 12 or not s[:1].isupper() and not s[:1].isdigit():
        return False
    if s[-1] in ".,;!?)]\"'\u201d\u2019\u2026-\u2013\u2014" or (s[-1] == ":" and not s.isupper()):
        return False
    if _LABEL_VALUE.search(s) or _INNER_STOP.search(s):
        return False  # "Total dead: 10" is a label with its value, not a heading
    return any(ch.isalpha() for ch in s)


@dataclass(slots=True)
class _Body:
    """Mutable state while the body is walked; frozen into the Document at the end."""

    sections: list[tuple[str | None, Span | None, str | None]]  # heading, its span, kind
    paragraphs: list[tuple[int, int, int, bool]]  # start, end, section, bullet

    def heading(self, name: str, span: Span, kind: str | None = None) -> None:
        self.sections.append((name, span, kind))

    def add(self, start: int, end: int, bullet: bool) -> None:
        if end <= start:
            return
        if not self.sections:
            self.sections.append((None, None, None))
        self.paragraphs.append((start, end, len(self.sections) - 1, bullet))

    def extend(self, end: int) -> None:
        s, _, sec, bullet = self.paragraphs[-1]
        self.paragraphs[-1] = (s, end, sec, bullet)


# --------------------------------------------------------------------------- entry point


def section(text: str, reference_date: dt.date | None = None) -> Document:
    """The Document of `text`: its article metadata, body paragraphs and sentences."""
    lines = _lines(text)
    content = [i for i, ln in enumerate(lines) if ln.content]
    entries = _entry_lines(lines, content)
    head = _Header()
    k = head.parse(lines, content, entries)
    ref_year = reference_date or (dt.date.fromisoformat(head.published) if head.published else None)
    body = _Body([], [])
    tail = _walk_body(
        text, lines, content[k] if k < len(content) else len(lines), body, head, ref_year, entries
    )
    paragraphs = tuple(Paragraph((s, e), sec, b) for s, e, sec, b in body.paragraphs)
    sentences = tuple(
        Sentence(span, i)
        for i, p in enumerate(paragraphs)
        for span in sentence_spans(text, p.span[0], p.span[1])
    )
    grouped: list[list[Span]] = [[] for _ in body.sections]
    for p in paragraphs:
        grouped[p.section].append(p.span)
    sections = tuple(
        Section(heading, tuple(spans), heading_span, kind)
        for (heading, heading_span, kind), spans in zip(body.sections, grouped, strict=True)
    )
    byline = list(head.byline)
    for name in tail.closing_names:
        if name not in byline:
            byline.append(name)
    if reference_date is not None:
        ref, source = reference_date.isoformat(), "option"
    elif head.published:
        ref, source = head.published, "text"
    else:
        ref, source = None, "none"
    article = Article(
        kicker=head.get(text, head.kicker),
        headline=head.get(text, head.headline),
        standfirst=head.get(text, head.standfirst),
        byline=tuple(byline),
        outlet=head.outlet or tail.dateline_outlet or tail.signoff,
        dateline=tail.dateline,
        published=head.published,
        reference_date=ref,
        reference_date_source=source,
        sections=sections,
        kicker_span=head.kicker,
        headline_span=head.headline,
        standfirst_span=head.standfirst,
        published_span=head.published_span,
    )
    return Document(text, article, paragraphs, sentences)


@dataclass(slots=True)
class _Header:
    kicker: Span | None = None
    headline: Span | None = None
    standfirst: Span | None = None
    byline: tuple[str, ...] = ()
    outlet: str | None = None
    published: str | None = None
    published_span: Span | None = None
    updated: str | None = None

    @staticmethod
    def get(text: str, span: Span | None) -> str | None:
        return text[span[0] : span[1]] if span else None

    def _date(self, ln: _Line) -> bool:
        is_date, iso = _date_line(ln.text)
        if not is_date:
            return False
        if iso:
            if ln.text[:7].casefold().startswith("updated") or "modified" in ln.text[:20].lower():
                self.updated = self.updated or iso
            elif self.published is None:
                self.published, self.published_span = iso, (ln.start, ln.end)
        return True

    def _byline(self, ln: _Line) -> bool:
        parsed = _parse_byline(ln.text)
        if parsed is None:
            return False
        names, outlet, iso = parsed
        self.byline = self.byline + tuple(n for n in names if n not in self.byline)
        self.outlet = self.outlet or outlet
        if iso and self.published is None:
            self.published, self.published_span = iso, (ln.start, ln.end)
        return True

    def _meta(self, ln: _Line, after_byline: bool) -> bool:
        """A header line that is metadata (date, byline, outlet, role, boilerplate)?"""
        if self._date(ln) or self._byline(ln):
            return True
        if len(ln.text) <= 60 and _outlet(ln.text):
            self.outlet = self.outlet or _outlet(ln.text)
            return True
        if after_byline and len(ln.text) <= 80 and _BYLINE_ROLE.fullmatch(ln.text):
            return True
        return len(ln.text) <= 300 and _BOILERPLATE.fullmatch(ln.text)

    def parse(
        self, lines: list[_Line], content: list[int], entries: frozenset[int] = frozenset()
    ) -> int:
        """Read the header; returns the index into `content` where the body starts (at the
        latest at the first of `entries`, a live blog's timestamp lines)."""
        n = len(content)
        k = 0
        while k < n and k < 6 and content[k] not in entries and self._meta(lines[content[k]], False):
            k += 1
        if k >= n or content[k] in entries:
            return k
        first = lines[content[k]]
        if _DATELINE.match(first.text) or not (
            _is_headline(first.text, _alone(lines, content, k))
            or k + 1 < n
            and _DATELINE.match(lines[content[k + 1]].text)
            and _is_headline(first.text, True, True)
        ):
            return k
        if (
            k + 1 < n
            and content[k + 1] not in entries
            and _is_kicker(first.text, lines[content[k + 1]].text)
        ):
            nxt = lines[content[k + 1]]
            if not _date_line(nxt.text)[0] and _parse_byline(nxt.text) is None:
                self.kicker = (first.start, first.end)
                k += 1
                first = nxt
        self.headline = (first.start, first.end)
        k += 1
        steps = 0
        decks = 0
        while k < n and steps < 8:
            if content[k] in entries:
                break
            ln = lines[content[k]]
            steps += 1
            if self._meta(ln, bool(self.byline)):
                if _SUMMARY_LABEL.fullmatch(ln.text) and k + 1 < n:
                    nxt = lines[content[k + 1]]  # "ABSTRACT." / "Summary:" over the standfirst
                    if len(nxt.text) <= 600 and not _DATELINE.match(nxt.text):
                        self.standfirst = self.standfirst or (nxt.start, nxt.end)
                        k += 1
                k += 1
                continue
            if _LABEL.fullmatch(ln.text) and not _DATELINE.match(ln.text):
                k += 1  # a section label below the headline ("LETTERS.", "ANALYSIS")
                continue
            names = _bare_byline(lines, content, k)
            if names:
                self.byline = self.byline + tuple(x for x in names if x not in self.byline)
                k += 1
                continue
            if _DATELINE.match(ln.text):
                break  # "WASHINGTON (AP) — ..." opens the body
            if (
                self.standfirst is None
                and not self.byline
                and self.published is None
                and k + 1 < n
                and len(ln.text) <= 400
                and _words(ln.text) <= 60
                and (
                    self._announces_body(lines[content[k + 1]])
                    or _bare_byline(lines, content, k + 1)
                )
            ):
                self.standfirst = (ln.start, ln.end)
                k += 1
                continue
            if (
                first.text.endswith(";")
                and content[k] == content[k - 1] + 1
                and _words(ln.text) <= 4
                and _title_ratio(ln.text) >= 0.75
            ):
                k += 1  # "Main head; / Column Name." names the column
                continue
            if (
                decks < 3
                and not self.byline
                and (
                    _is_deck(lines, content, k)
                    or decks == 0
                    and first.text.endswith(";")  # "Main head; / second deck" of an archive
                    and content[k] == content[k - 1] + 1
                    and _words(ln.text) <= 30
                    and not _caps_lead(ln.text)
                )
            ):
                if self.standfirst is None:
                    self.standfirst = (ln.start, ln.end)
                decks += 1
                k += 1
                continue
            break
        if self.published is None and self.updated:
            self.published = self.updated
        return k

    @staticmethod
    def _announces_body(ln: _Line) -> bool:
        """Is this line header metadata that a standfirst would sit above?"""
        return _date_line(ln.text)[0] or _parse_byline(ln.text) is not None


_LABEL = lazy(r"[A-Z][A-Z&'\u2019\-]*(?:[ \u00a0][A-Z&'\u2019\-]+)?[.:]?")
_SUMMARY_LABEL = lazy(r"(?:abstract|summary|in[ \u00a0]+brief)[.:]?", _I)
_DECK_OPENER = lazy(
    r"(?:he|she|it|they|we|i|you|this|that|these|those|but|and|so|yet|or|then|now|still)\b",
    _I,
)


def _is_deck(lines: list[_Line], content: list[int], k: int) -> bool:
    """Is content line k (below the headline) a deck: a second, smaller headline in headlinese
    (4-15 words in sentence case, no article, not opening on a pronoun or conjunction the way
    a lede may: "He's back.") with the body's longer first paragraph, a dateline or another deck below it?"""
    s = lines[content[k]].text
    if k + 1 >= len(content) or not 4 <= _words(s) <= 15 or len(s) > 150:
        return False
    if not _ends_terminal(s) and _title_ratio(s) >= 0.75:
        return False  # "Task Force on Energy Security" is a section heading
    if _ARTICLE_WORD.search(s) or _DECK_OPENER.match(s) or _PAST_ATTRIBUTION.search(s):
        return False
    if _EPIGRAPH.fullmatch(s):
        return False  # a signed quotation opens the body
    if not (s[:1].isupper() or s[:1].isdigit() or s[:1] in "'\"\u2018\u201c"):
        return False
    nxt = lines[content[k + 1]].text
    if _DATELINE.match(nxt) or len(nxt) > len(s) + 40:
        return True
    return _words(nxt) <= 25 and not _ARTICLE_WORD.search(nxt) and not _DECK_OPENER.match(nxt)


def _alone(lines: list[_Line], content: list[int], k: int) -> bool:
    """Does content line k stand apart: a blank line and then a longer paragraph below it, or
    one short line (a standfirst) and then a blank line?"""
    i = content[k]
    if k + 1 >= len(content):
        return False
    nxt = lines[content[k + 1]].text
    if content[k + 1] == i + 1:  # a standfirst directly below, then a blank line
        return k + 2 < len(content) and content[k + 2] > content[k + 1] + 1 and len(nxt) < 300
    for j in content[k + 1 : k + 4]:  # the first line below that is not boilerplate
        nxt = lines[j].text
        if not (len(nxt) <= 300 and _BOILERPLATE.fullmatch(nxt)):
            break
    return len(nxt) > len(lines[i].text) + 20


_NAME = r"[A-Z][\w'\u2019.\-]+(?:[ \u00a0][A-Z][\w'\u2019.\-]+){1,3}"
_BARE_NAME = lazy(rf"(?P<name>{_NAME})(?:[ \u00a0]in[ \u00a0][A-Z][\w .'\u2019\-]{{0,40}})?")
_BARE_SPLIT = lazy(r",? and |, ")


def _bare_byline(lines: list[_Line], content: list[int], k: int) -> list[str]:
    """Names of a byline without "By" ("Jane Doe in Cairo and John Roe"), recognised only when
    a publication-date line or a byline role ("Staff Writer") follows it directly."""
    if k + 1 >= len(content):
        return []
    s = lines[content[k]].text
    nxt = lines[content[k + 1]].text
    if len(s) > 120 or not (_date_line(nxt)[0] or len(nxt) <= 80 and _BYLINE_ROLE.fullmatch(nxt)):
        return []
    names = []
    for piece in _BARE_SPLIT.split(s):
        m = _BARE_NAME.fullmatch(piece.strip())
        if not m:
            return []
        names.append(m.group("name"))
    return names


_ENTRY_TIME_MAX = 40  # longer than any timestamp line the entry_time pattern takes
_OPENERS = "\"'\u201c\u2018"


def _entry_time(s: str) -> bool:
    """Is the line a lone timestamp ("10:40 a.m.", "1500 GMT", "Update 3:15 p.m.")?"""
    return len(s) <= _ENTRY_TIME_MAX and _ENTRY_TIME.fullmatch(s) is not None


def _entry_lines(lines: list[_Line], content: list[int]) -> frozenset[int]:
    """The lines that open the entries of a live blog ("The Latest: ..."): a timestamp alone on
    its line, apart from the text above it (a blank line, a rule of underscores, or a finished
    sentence), with text below it. At least two of them over a prose paragraph (8+ words,
    opening as a sentence does) make a live blog; then an entry may open with a short line too
    ("Close call."). A lone timestamp (a transcript's "4:56 P.M. EDT") or a schedule of times
    over short labels opens no entries."""
    found: list[int] = []
    prose = 0
    for pos, i in enumerate(content[:-1]):
        s = lines[i].text
        if len(s) > _ENTRY_TIME_MAX or not _entry_time(s):
            continue
        above = lines[i - 1] if i else None
        if above is not None and above.content and not _ends_terminal(above.text):
            continue
        nxt = lines[content[pos + 1]].text
        if _entry_time(nxt):
            continue
        found.append(i)
        if _words(nxt) >= 8 and (nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in _OPENERS):
            prose += 1
    return frozenset(found) if prose >= 2 else frozenset()


@dataclass(slots=True)
class _Tail:
    dateline: Dateline | None = None
    dateline_outlet: str | None = None
    signoff: str | None = None
    closing_names: tuple[str, ...] = ()


def _wrapped(lines: list[_Line], start: int) -> tuple[bool, int]:
    """Is the body hard-wrapped (lines broken at a fixed width)? Also the typical width."""
    widths: list[int] = []
    open_ends = 0
    for ln in lines[start : start + 400]:
        if not ln.content:
            continue
        widths.append(ln.indent + len(ln.text))
    if len(widths) < 4:
        return False, 0
    widths.sort()
    width = widths[int(len(widths) * 0.9)]
    if width > 100 or width < 30:
        return False, width
    for ln in lines[start : start + 400]:
        if ln.content and ln.indent + len(ln.text) >= 0.6 * width and not _ends_terminal(ln.text):
            open_ends += 1
    return open_ends >= 0.3 * len(widths), width


def _walk_body(
    text: str,
    lines: list[_Line],
    start: int,
    body: _Body,
    head: _Header,
    ref: dt.date | None,
    entries: frozenset[int] = frozenset(),
) -> _Tail:
    """Group body lines into sections and paragraphs; collect dateline, sign-off, closing byline.
    `entries`: the timestamp lines that open a live blog's entries (each heads a section)."""
    tail = _Tail()
    wrapped, width = _wrapped(lines, start)
    leads = _repeated_leads(lines, start)
    last_content = next(  # the last content line, found from the end
        (i for i in range(len(lines) - 1, start - 1, -1) if lines[i].content), start - 1
    )
    in_box = False
    prev_blank = True
    prev: _Line | None = None  # previous line of an open (wrappable) paragraph
    base_indent = min((ln.indent for ln in lines[start : start + 400] if ln.content), default=0)
    seen_text = 0  # body paragraphs so far (a dateline opens one of the first three)
    names: list[str] = []
    for i in range(start, len(lines)):
        ln = lines[i]
        s = ln.text
        if not ln.content:
            if not s:
                prev_blank = True
                prev = None
            elif prev is None or not wrapped:
                prev = None  # a rule of dashes or stars ends a paragraph
            continue
        blank_before, prev_blank = prev_blank, False
        if i in entries:
            name = s.rstrip(":\u2014\u2013- \u00a0")
            body.heading(name, (ln.start, ln.start + len(name)), "entry")
            in_box = False
            prev = None
            continue
        # Boilerplate and metadata lines never become paragraphs.
        if in_box:
            if (
                _words(s) <= 16
                and not _ends_terminal(s.rstrip(":"))
                or _BULLET.match(s)
                and _words(s) <= 20
            ):
                prev = None
                continue
            in_box = False
        if len(s) <= 300:
            if _BOX_HEADER.fullmatch(s):
                in_box = not _ends_terminal(s) and ":" not in s
                prev = None
                continue
            if (
                _BOILERPLATE.fullmatch(s)
                or s[:1] not in _OPENERS  # a quoted "At 7 p.m." is speech, not a time stamp
                and (_date_line(s)[0] or _entry_time(s))
            ):
                prev = None
                continue
            if _outlet(s) and s.strip("()[] .") == s.strip("()[] .").strip():
                tail.signoff = tail.signoff or _outlet(s)
                prev = None
                continue
            closing = _closing_byline(s)
            if closing is not None:
                names.extend(closing)
                prev = None
                continue
            if i == last_content and head.byline and _is_bio(s, head.byline):
                continue
        if seen_text < 3 and tail.dateline is None:
            found = _dateline(text, ln.start, ln.end, ref, seen_text > 0)
            if found:
                tail.dateline, tail.dateline_outlet, resume = found
                seen_text += 1
                if resume >= ln.end:
                    prev = None
                    continue
                body.add(resume, ln.end, False)
                prev = ln
                continue
        # Paragraph continuation of hard-wrapped text.
        bullet = _BULLET.match(s)
        if (
            wrapped
            and prev is not None
            and not blank_before
            and bullet is None
            and (ln.indent <= base_indent or body.paragraphs[-1][3])
            and not (len(prev.text) + prev.indent < 0.7 * width and _ends_terminal(prev.text))
        ):
            body.extend(ln.end)
            prev = ln
            continue
        seen_text += 1
        if bullet is not None:
            body.add(ln.start + bullet.end(), ln.end, True)
            prev = ln
            continue
        lead = _caps_lead(s)
        if lead is not None and lead not in leads:
            hs = ln.start + s.index(lead)
            body.heading(lead, (hs, hs + len(lead)))
            colon = s.index(":", len(lead))
            rest = ln.start + colon + 1
            while rest < ln.end and text[rest] in _TRIM:
                rest += 1
            body.add(rest, ln.end, False)
            prev = ln
            continue
        if (
            _is_subheading(s)
            and i < last_content
            and _heading_fits(lines, i, start, wrapped, blank_before)
        ):
            name = s.rstrip(":").rstrip()
            body.heading(name, (ln.start, ln.start + len(name)))
            prev = None
            continue
        body.add(ln.start, ln.end, False)
        prev = ln
    tail.closing_names = tuple(dict.fromkeys(names))
    return tail


def _heading_fits(
    lines: list[_Line], i: int, start: int, wrapped: bool, blank_before: bool
) -> bool:
    """A subheading introduces a paragraph: it does not follow a lead-in ending in ":" nor sit
    among other short lines (a list); in wrapped text it also stands apart from its neighbours."""
    before = _neighbour(lines, i, -1, start)
    after = _neighbour(lines, i, 1)
    if before is not None and (
        before.text.endswith(":") or (_is_subheading(before.text) and not before.text.isupper())
    ):
        return False
    if after is None or (_is_subheading(after.text) and not after.text.isupper()):
        return False
    if not wrapped:
        return True
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return blank_before and (nxt is None or not nxt.content or nxt.indent > lines[i].indent)


def _neighbour(lines: list[_Line], i: int, step: int, lo: int = 0) -> _Line | None:
    """The nearest content line (not a date line) before (step -1) or after (step 1) line i,
    at or after line `lo`."""
    j = i + step
    while lo <= j < len(lines):
        if lines[j].content and not _date_line(lines[j].text)[0]:
            return lines[j]
        j += step
    return None


def _repeated_leads(lines: list[_Line], start: int) -> frozenset[str]:
    """All-caps leads used more than once (speaker labels of a transcript, not headings)."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for ln in lines[start:]:
        if ln.content and ln.text[:1].isupper() and ":" in ln.text[:102]:
            lead = _caps_lead(ln.text)
            if lead is not None:
                (repeated if lead in seen else seen).add(lead)
    return frozenset(repeated)


_BIO = lazy(
    r"[*_\u2014\u2013-]?\s*(?P<name>[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){0,3})\s+"
    r"(?:is|was|has been|writes|covers|reports)\b"
)


def _is_bio(s: str, byline: tuple[str, ...]) -> bool:
    """A closing author bio: "<byline name> is a correspondent ..." as the last line."""
    m = _BIO.match(s)
    if not m or _words(s) > 80:
        return False
    name = m.group("name")
    return any(name == b or name in b.split() or b.endswith(" " + name) for b in byline)
