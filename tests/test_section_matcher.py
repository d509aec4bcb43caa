"""section._LineMatcher, the fast full-line test for boilerplate: always the same answer as the
one regex of every data entry, whatever the line.

The speed-up skips an alternative that opens with `.{0,N}` unless the lower-cased line contains
one of its literal strings; that is exact only if str.lower() shows every case-insensitive
match of an ASCII character one-to-one, except on the few characters checked first
(_FOLD_UNSAFE). The first test proves that over all of Unicode, so a new Python with new
case rules fails here rather than silently dropping boilerplate."""

from __future__ import annotations

import random
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import rules, section
from briefgen.section import (
    _BOILERPLATE,
    _FOLD_UNSAFE,
    _alternatives,
    _first_chars,
    _LineMatcher,
)

ASCII = "".join(map(chr, range(32, 127)))


def test_fold_unsafe_holds_every_character_that_lower_does_not_show() -> None:
    everything = "".join(map(chr, range(128, sys.maxunicode + 1)))
    # Only U+0130 lowers to more than one character.
    assert len(everything.lower()) - len(everything) == 1
    assert "\u0130" in _FOLD_UNSAFE and len("\u0130".lower()) == 2
    # A non-ASCII character that matches an ASCII one case-insensitively lowers to it, or is
    # in _FOLD_UNSAFE.
    for c in set(re.findall(f"[{re.escape(ASCII)}]", everything, re.IGNORECASE)):
        for a in ASCII:
            if re.fullmatch(re.escape(a), c, re.IGNORECASE):
                assert c in _FOLD_UNSAFE or c.lower() == a.lower(), (hex(ord(c)), a)


def test_alternatives_split_only_at_top_level() -> None:
    assert _alternatives(r"a|b(?:c|d)|[|x]|\||e") == ["a", "b(?:c|d)", "[|x]", r"\|", "e"]
    assert _alternatives(r"[]|]|[^]|]x|y") == ["[]|]", "[^]|]x", "y"]
    for entry in rules.entries("section"):
        if "pattern" in entry:
            assert "|".join(_alternatives(entry["pattern"])) == entry["pattern"]


def _boilerplate_samples() -> list[str]:
    out = []
    for entry in rules.entries("section"):
        if entry["kind"] == "boilerplate":
            out += entry.get("examples", []) + entry.get("counterexamples", [])
    return out


TRICKY = [
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "(",
    "/",
    "|",
    "(@",
    "AP",
    "(Reuters",
    "contributor",
    "pic.twitter.com/",
    "All Rights Reserved",
    "©",
    " ",
    "\u00a0",
]


def test_matcher_agrees_with_the_whole_regex_on_mutated_examples() -> None:
    assert _BOILERPLATE.guarded, "no alternative is pre-checked any more: drop the matcher?"
    r = random.Random(8)
    samples = _boilerplate_samples()
    assert samples
    for text in samples * 20:
        chars = list(text)
        for _ in range(r.randint(0, 3)):
            chars.insert(r.randint(0, len(chars)), r.choice(TRICKY))
        line = "".join(chars)
        assert _BOILERPLATE.fullmatch(line) == bool(_BOILERPLATE.whole.fullmatch(line)), line


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*TRICKY, "photo", " by ", ": ", "x", "2024", "Reporter"])))
def test_matcher_agrees_with_the_whole_regex_on_built_lines(parts: list[str]) -> None:
    line = "".join(parts)
    assert _BOILERPLATE.fullmatch(line) == bool(_BOILERPLATE.whole.fullmatch(line))


def test_every_kind_can_be_matched_this_way() -> None:
    kinds = {e["kind"] for e in rules.entries("section") if "pattern" in e}
    for kind in kinds:
        m = _LineMatcher(kind)
        for text in ["", "Advertisement", "Photo: Jane Doe/AP", "The minister said so."]:
            assert m.fullmatch(text) == bool(m.whole.fullmatch(text))


def test_first_character_dispatch_agrees_with_the_whole_regex() -> None:
    """The plain alternatives are tried only where the line's first character can open them
    (section._first_chars): every ASCII character in front of every example, and as its first
    character, gives the whole regex's answer."""
    samples = _boilerplate_samples() + TRICKY + ["-0-", " - 0 -", "3 min read", "* * *", "[end]"]
    for text in samples:
        for c in map(chr, range(128)):
            for line in (c + text, c + text[1:], text.upper(), text.swapcase()):
                assert _BOILERPLATE.fullmatch(line) == bool(_BOILERPLATE.whole.fullmatch(line)), line


def test_first_chars_reads_the_regex() -> None:
    assert _first_chars("ad") == frozenset("Aa")
    assert _first_chars(r"\(?ends?\)?") == frozenset("(Ee")
    assert _first_chars(r"-?\s*0") == frozenset("-0") | {c for c in map(chr, range(128)) if c.isspace()}
    assert _first_chars(r"\d+ comments?") == frozenset("0123456789")
    assert _first_chars("(?:©|copyright)") == frozenset("Cc")  # © has no ASCII case partner
    assert _first_chars(r"(?:x)?") is None  # may match the empty line: always tried
    assert _first_chars(r"[^a]b") == frozenset(c for c in map(chr, range(128)) if c not in "aA")
    assert _first_chars("k") == frozenset("Kk")  # the Kelvin sign is not ASCII: no dispatch for it


def _line_analysis_file(data: dict) -> str:
    """data/section_line_analysis.json as written: the header, then one entry per line."""
    import json

    def dump(v: object) -> str:
        return json.dumps(v, ensure_ascii=False)

    lines = ["{"] + [f" {json.dumps(k)}: {dump(v)}," for k, v in data.items() if k != "entries"]
    lines.append(' "entries": [')
    n = len(data["entries"])
    lines += [f"  {dump(e)}" + ("," if i < n - 1 else "") for i, e in enumerate(data["entries"])]
    return "\n".join([*lines, " ]", "}"]) + "\n"


def test_line_analysis_file_is_current() -> None:
    """The stored regex analysis is the one data/section.json gives today (a stale entry is
    only analysed again at run time, but this keeps the start-up saving real)."""
    import os
    from pathlib import Path

    path = Path(section.__file__).parent / "data" / "section_line_analysis.json"
    want = _line_analysis_file(section.line_analysis_data())
    if os.environ.get("BRIEFGEN_WRITE_LINE_ANALYSIS"):
        path.write_text(want, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == want, (
        "briefgen/data/section_line_analysis.json is stale: rewrite it with "
        "BRIEFGEN_WRITE_LINE_ANALYSIS=1 .venv/bin/pytest tests/test_section_matcher.py "
        "-k line_analysis"
    )


def test_stored_analysis_is_what_the_analysis_gives() -> None:
    for kind in section._MATCHER_KINDS:
        for entry in rules.entries("section"):
            if entry["kind"] != kind:
                continue
            for a in _alternatives(entry["pattern"]):
                needed = section._stored_needed(a)
                assert needed == section._needed(a), a
                if needed is None:
                    assert section._stored_first_chars(a) == _first_chars(a), a
    assert section._stored_needed("unknown (?:x|y)") == section._needed("unknown (?:x|y)")
    assert section._stored_first_chars(".{0,5}xyz") == _first_chars(".{0,5}xyz")


def test_wide_alternatives_sit_in_one_regex_of_their_own() -> None:
    """An alternative that may open with many letters ("share | tweet | like ...") is compiled
    once and shared by every first character, not copied into each one's regex."""
    m = _LineMatcher("boilerplate")
    for line in ("Share this", "Tweet", "Like", "The talks went on.", "(AP) Photo", "0 - 0"):
        assert m.fullmatch(line) == bool(m.whole.fullmatch(line)), line
    wides = {id(w) for _narrow, w in m._by_first.values() if w is not None}
    assert len(wides) == 1 and m._wide is not None
    assert section._is_wide(None) and section._is_wide(frozenset("abcdefghABCDEFGH"))
    assert not section._is_wide(frozenset("Tt(")) and not section._is_wide(frozenset("0123456789"))
