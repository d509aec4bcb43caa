"""Sentence segmentation for one paragraph, by rule (pySBD-style golden rules in the tests).

A sentence ends at `.`, `?`, `!` or an ellipsis (plus any closing quotes or brackets) that is
followed by whitespace, unless the next word starts in lower case (`..." he said.` stays one
sentence) or the period belongs to an abbreviation (`Gen.`, `U.S.`, `Jan. 5`, `George W. Bush`).
After an abbreviation the sentence still ends when the next word is a common sentence starter
("The", "He", ...), which is how `in the U.S. The talks` splits while the all-caps-wire quirk
`the U.S. Trade representative` does not. Abbreviations live in data/abbreviations.json;
those of places (US states from data/places.json, D.C., Canadian provinces) are one list,
PLACE_ABBREVIATIONS, that names.py also reads as the state closing "Worcester, Mass.".
"""

from __future__ import annotations

import re

from briefgen import rules
from briefgen.model import Sentence, Span

_KINDS: dict[str, str] = {}
_STARTERS: frozenset[str] = frozenset()


def place_abbreviations() -> tuple[str, ...]:
    """Abbreviations of places as printed, final period included ("Mass.", "W.Va.", "Ont."): the
    `ap` and `abbr_other` forms of places.json's US states, then abbreviations.json's `place`
    entries. One list, so the splitter and the "City, State" reading cannot drift apart."""
    out: list[str] = []
    for e in rules.entries("places"):
        if e.get("type") == "us_state":
            out.extend(([e["ap"]] if "ap" in e else []) + e.get("abbr_other", []))
    for e in rules.entries("abbreviations"):
        if e["kind"] == "place":
            out.extend(e["values"])
    return tuple(dict.fromkeys(out))


PLACE_ABBREVIATIONS: tuple[str, ...] = place_abbreviations()


def _load() -> None:
    global _STARTERS
    starters: set[str] = set()
    for entry in rules.entries("abbreviations"):
        kind = entry["kind"]
        if kind == "place":
            continue  # read below, with the states'
        for value in entry["values"]:
            if kind == "starter":
                starters.add(value)
            else:
                _KINDS.setdefault(value, kind)
    # A place's period is no sentence's end unless a starter follows ("Fresno, Calif. and",
    # "a Dover, Del. Republican"; but "in Dover, Del. The plant"). Matched without the point.
    for value in PLACE_ABBREVIATIONS:
        _KINDS.setdefault(value.removesuffix("."), "general")
    _STARTERS = frozenset(starters)


_load()

# A terminator run, its closing quotes/brackets, then the whitespace before the next token.
_BOUNDARY = re.compile(r"([.!?\u2026]+)([\"'\u201d\u2019\u00bb)\]]*)(\s+)")
# What may open the next sentence before its first letter.
_OPENERS = "\"'\u201c\u2018\u00ab([`\u2014\u2013-*"
_WORD = re.compile(r"[\w][\w.\u2019'-]*")
# Characters that end the token before a terminator (scanning backwards).
_TOKEN_STOP = frozenset(" \t\n\r\u00a0([{\"'\u201c\u2018\u00ab/")
_MAX_TOKEN = 40
# No real sentence is this long; a run of text without end punctuation (a pasted list, a
# headline-case page, hostile input) is cut at its last clause break or space before the limit,
# which also keeps every later per-sentence rule bounded (linear time on any input).
MAX_SENTENCE_CHARS = 1500
_CLAUSE_BREAK = re.compile(r"[;,:]\s|\s")


def split_sentences(text: str, span: Span, paragraph: int) -> list[Sentence]:
    """The sentences of `text[span]` in order; spans exclude surrounding whitespace."""
    return [Sentence(s, paragraph) for s in sentence_spans(text, span[0], span[1])]


def sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans within text[start:end], trimmed of whitespace, never empty."""
    out: list[Span] = []
    begin = start
    for m in _boundaries(text, start, end):
        nxt = m.end()
        if nxt >= end:
            break
        if _ends_sentence(text, m, nxt, end):
            _add(text, begin, m.end(2), out)
            begin = nxt
    _add(text, begin, end, out)
    return out


_TERMINATORS = ".!?\u2026"


def _boundaries(text: str, start: int, end: int) -> list[re.Match[str]]:
    """_BOUNDARY.finditer(text, start, end) as a list, but the regex only tried where a run of
    terminators begins (found with str.find): scanning every character with the regex was
    most of the splitter's time. A match can only begin at the first terminator of a run —
    from a later one the run's tail is a suffix the first already tried — and matches never
    overlap, as in finditer."""
    found: list[int] = []
    for ch in _TERMINATORS:
        i = text.find(ch, start, end)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1, end)
    if not found:
        return []
    found.sort()
    out: list[re.Match[str]] = []
    pos = start
    match = _BOUNDARY.match
    for i in found:
        if i < pos or (i > start and text[i - 1] in _TERMINATORS):
            continue
        m = match(text, i, end)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _add(text: str, s: int, e: int, out: list[Span]) -> None:
    while s < e and (text[s].isspace() or text[s] in "\u200b\ufeff"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "\u200b\ufeff"):
        e -= 1
    while e - s > MAX_SENTENCE_CHARS:
        cut = _last_break(text, s, s + MAX_SENTENCE_CHARS)
        _add(text, s, cut, out)
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        out.append((s, e))


def _last_break(text: str, start: int, limit: int) -> int:
    """Where to cut an overlong sentence: after the last clause break (or else the last space)
    in the second half of the window; mid-word only when there is no space at all."""
    best_clause = best_space = -1
    for m in _CLAUSE_BREAK.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit):
        if m.group()[0] in ";,:":
            best_clause = m.start() + 1
        else:
            best_space = m.start()
    cut = best_clause if best_clause > 0 else best_space
    return cut if cut > start else limit


def _next_word(text: str, pos: int, end: int) -> str:
    """The next word after `pos`, skipping opening quotes, brackets and dashes."""
    limit = min(end, pos + 8)
    while pos < limit and text[pos] in _OPENERS:
        pos += 1
    m = _WORD.match(text, pos, min(end, pos + _MAX_TOKEN))
    return m.group() if m else text[pos : pos + 1]


def _token_before(text: str, pos: int, floor: int) -> str:
    """The whitespace-delimited token ending at `pos` (the terminator's start)."""
    i = pos
    limit = max(floor, pos - _MAX_TOKEN)
    while i > limit and text[i - 1] not in _TOKEN_STOP:
        i -= 1
    return text[i:pos]


def _ends_sentence(text: str, m: re.Match[str], nxt: int, end: int) -> bool:
    word = _next_word(text, nxt, end)
    if not word:
        return False
    first = word[0]
    if first.islower():
        return False  # '..." he said', 'U.S. and', 'e.g. the'
    term = m.group(1)
    if term != ".":
        return True  # ?, !, ellipsis, "?!" followed by a capital, digit or quote
    token = _token_before(text, m.start(1), 0)
    if not token or token.isdigit():
        return True
    return not _abbreviation_holds(token, word)


def _abbreviation_holds(token: str, word: str) -> bool:
    """True when the period after `token` is an abbreviation's and the sentence goes on."""
    kind = _KINDS.get(token) or _KINDS.get(token.lower())
    if kind is None:
        bare = token.rstrip(".")
        if "." in bare and any(c.isalpha() for c in bare):
            kind = "general"  # U.S., J.R.R., a.m., e.g.
        elif len(token) == 1 and token.isupper():
            kind = "general"  # an initial: George W. Bush
        else:
            return False
    if kind == "title":
        return True
    if kind == "numeric" and word[0].isdigit():
        return True
    return word not in _STARTERS
