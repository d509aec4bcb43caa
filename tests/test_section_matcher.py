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

from briefgen import rules
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
