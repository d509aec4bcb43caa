"""The head words' gates of commitments (issue 8, cold start): what each head word's cue regex
needs is now read from its entries by commitments._Rx, not by re's parser (~50 ms of the CLI's
first brief). The gates must stay exactly what they were: the need sets are compared here with
those of the old code, _needed of re's parse of the whole head regex (kept below as it was),
for every head word, and for patterns written to exercise re's parser's own rewrites."""

from __future__ import annotations

import random
import re
from re import _constants as _const  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from briefgen.extract import commitments as c


def _old_needed(items: Any) -> frozenset[str] | None:
    """commitments._needed as it was before (fa8789e), on re's parse."""
    conds: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _const.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            conds.append(frozenset(["".join(run)]))
            run = []
        got: frozenset[str] | None = None
        if op is _const.SUBPATTERN:
            got = _old_needed(av[3])
        elif op is _const.ATOMIC_GROUP:
            got = _old_needed(av)
        elif op is _const.BRANCH:
            subs = [x for x in map(_old_needed, av[1]) if x is not None]
            got = frozenset().union(*subs) if len(subs) == len(av[1]) else None
        elif op in (_const.MAX_REPEAT, _const.MIN_REPEAT, _const.POSSESSIVE_REPEAT) and av[0]:
            got = _old_needed(av[2])
        if got is not None:
            conds.append(got)
    if not conds:
        return None
    return max(conds, key=lambda s: (min(len(x) for x in s), -len(s)))


def _old(pattern: str) -> frozenset[str] | None:
    return _old_needed(_parser.parse(pattern, re.IGNORECASE))


def test_every_head_word_needs_what_it_needed() -> None:
    assert len(c._HEAD_RE) > 100
    for word, rx in c._HEAD_RE.items():
        assert c._head_needed(word) == _old(rx.pattern), word


def test_every_gate_is_the_old_gate() -> None:
    for word, rx in c._HEAD_RE.items():
        need = _old(rx.pattern)
        old = None if need is None or any(n in word for n in need) else (
            c.trie_regex(sorted(need), space=" ")
        )
        gate = c._head_gate(word)
        assert (gate and gate.pattern) == old, word


def test_every_cue_entry_is_read_without_re_parser() -> None:
    # an entry _Rx cannot read still gets the right answer (from re's parser), but slowly
    for source in c._ENTRY_SOURCES:
        c._Rx(source)


# Invented patterns on which re's parser rewrites what it reads: an alternation's common first
# items moved out in front of it (literals, classes, anchors, but never groups or repeats), an
# alternation of single characters made a class, a one-character class made a literal, plain
# groups spliced into their sequence (but repeated whole), characters past ASCII, escapes.
CASES = [
    "agreement|accord",  # "a" moved out: then "greement" or "ccord"
    "(?:agreement|accord)s?",
    "(?:sign|seal)(?:ed|s)",
    "(?:a|b|c)d",  # a class, then "d"
    "(?:ab|ab)x",
    "(?:abc)def",  # spliced: one run "abcdef"
    "(?:abc)?def",
    "(?:abc)+def",
    "(?P<v>abc)def",
    "(?i:abc)def|(?-i:[A-Z])xyz",
    "[s]igned|[^s]igned",
    "[a]b[c]",
    r"\sfoo|\sbar",  # the category moved out
    r"[\s]foo|\sbar",
    r"\bfoo|\bbar",
    r"foo\b|bar\b",
    "x.y|x.z",
    "^ab|^ac",
    "will’ll|won’t",
    "caf\u00e9 au lait|caf\u00e9 noir",
    r"don\u2019t|don't",
    r"\.com|\.org|\-net",
    r"a\tb|\x41bc|\\d",
    "(?=ab)abc|(?=ab)abd",
    "(?!x)yes|(?<=a)yes|(?<!b)yes",
    "(?>agreed|agrees) to",
    "a{2,3}bc|a{0,1}bd|a{1,}be|a{,2}bf|a{}x|a{x",
    "ab*?c|ab+?c|ab*+c|ab??c",
    "(?:(?:ha(?:ve|s)\\s+)?signed|(?:ha(?:ve|s)\\s+)?sealed)",
    "pledged|pledges|pledging|pledge",
    "(?:will|shall)\\s+(?:not\\s+)?(?:sign|seal)",
    "[\\w-]+ly\\s+agreed|[a-z]+ly\\s+agreed",
    "[]a]bc|[^]a]bc|[a-]bc|[-a]bc",
    "a|",
    "|a",
    "(?:)abc",
    "[\\b]x|\\bx",
    r"(\w+) and \1",  # a backreference: read by re's parser
    "(?P<n>a)(?P=n)b",
    "(?#note)abc",
    "(?x: a b c )",
]


@pytest.mark.parametrize("pattern", CASES)
def test_invented_patterns(pattern: str) -> None:
    assert c._entry_needed(pattern) == _old(pattern)


def test_unread_patterns_go_to_re_parser() -> None:
    for pattern in (r"(\w+) and \1", "(?P<n>a)(?P=n)", "(?#x)a", "(?x: a )", r"\N{EM DASH}a"):
        with pytest.raises(c._RxUnread):
            c._Rx(pattern)


_PIECES = [
    "a", "b", "ab", "ing", "ed", "s", "’", "é", " ", "-", r"\s", r"\w", r"\b", r"\.", r"\-",
    r"\u2019", "[s]", "[a-c]", "[^x]", r"[\w-]", "[’']", ".", "{", "}", "]",
]
_REPEATS = ["", "", "", "?", "*", "+", "{0,3}", "{2}", "{1,}", "??", "+?", "*+"]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    alts = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        seq = []
        for _ in range(rng.randint(0 if depth else 1, 4)):
            r = rng.random()
            if r < 0.25 and depth < 3:
                body = _random_pattern(rng, depth + 1)
                opening = rng.choice(["(?:", "(?:", "(", "(?P<g>", "(?i:", "(?-i:", "(?=",
                                      "(?!", "(?<=", "(?>"])
                item = opening + body + ")"
            else:
                item = rng.choice(_PIECES)
            seq.append(item + rng.choice(_REPEATS))
        alts.append("".join(seq))
    return "|".join(alts)


def test_random_patterns() -> None:
    rng = random.Random(6)
    checked = 0
    for _ in range(3000):
        pattern = _random_pattern(rng)
        try:
            want = _old(pattern)
        except re.error:
            continue
        assert c._entry_needed(pattern) == want, pattern
        checked += 1
    assert checked > 1000
