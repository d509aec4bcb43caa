"""The commitments stage's speed devices keep its output: the head-word gates of find_cues
(a cue alternation tried only where a word its cues need follows), the plain-text gates
before rare regexes, and lazy patterns that put their compiled pattern in place (issue 8).

Sentences written for these tests from general news conventions."""

from __future__ import annotations

import re

import pytest

from briefgen.extract.commitments import cues as C
from briefgen.extract.commitments import filters as F
from briefgen.extract.commitments import patterns as P

SENTENCES = [
    "The company is planning to cut 300 jobs by the end of the year.",
    "The ministry is due to publish its report next week.",
    "The government is to announce new measures on Monday.",
    "The minister is a former banker who is well known in the capital.",
    "The two sides have agreed to resume talks in March.",
    "The union has signed a three-year contract with the airline.",
    "The board has been reviewing whether to sell the unit.",
    "She has a lot of work to do before the vote.",
    "They were determined to finish the bridge before winter.",
    "It was a cold day and the market was closed.",
    "The firm was not planning any layoffs, a spokesman said.",
    "We are committed to working with our partners.",
    "We're going to build more homes, the mayor said.",
    "He'll sign the bill on Friday.",
    "The council are considering ways to reduce traffic.",
    "Officials are in talks over a new trade accord.",
    "The agency has launched an investigation into the crash.",
    "The bank has raised its dividend by 5 percent.",
    "Police are searching for the driver.",
    "The president is expected to veto the measure.",
    "Prices are expected to rise next year.",
    "IS THE MINISTRY PLANNING TO RAISE TAXES BEFORE THE ELECTION?",
    "THE GOVERNMENT HAS PLEDGED TO REBUILD THE SCHOOLS.",
]


def _variants(s: str) -> list[str]:
    # as written, upper case, title case, and with "ı"/"ſ" (which match "i"/"s" under
    # IGNORECASE but are not their lower case): the gate must step aside for those
    return [s, s.upper(), s.title(), s.replace("i", "ı"), s.replace("s", "ſ")]


def _ungated(text: str, start: int, end: int) -> list[re.Match[str]]:
    """find_cues as it was before the gates: every head word's alternation tried."""
    out: list[re.Match[str]] = []
    pos = start
    low = " " + text[start:end].lower()
    if len(low) != end - start + 1:
        return C._find_cues_cased(text, start, end)
    for w in C._HEAD_WORD.finditer(low):
        word = w.group(1)
        if word:
            ws = start + w.start(1) - 1
        else:
            ws, word = start + w.start() - 1, w.group()
        if ws < pos:
            continue
        m = C._HEAD_RE[word].match(text, ws, end)
        if m:
            out.append(m)
            pos = m.end()
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_gated_find_cues_equals_ungated(sentence: str) -> None:
    for text in _variants(sentence):
        got = [(m.span(), m.lastgroup) for m in C.find_cues(text, 0, len(text))]
        want = [(m.span(), m.lastgroup) for m in _ungated(text, 0, len(text))]
        assert got == want, text


def test_gates_skip_the_common_auxiliaries() -> None:
    # "is"/"has"/"was" get a gate; "will" needs no other word, so it has none
    for head in ("is", "has", "was"):
        gate = C._head_gate(head)
        assert gate is not None
    assert C._head_gate("will") is None
    gate = C._head_gate("is")
    assert gate is not None
    assert gate.search("the minister is a former banker") is None  # no cue can follow
    assert gate.search("the ministry is planning to") is not None


def test_needed_literals() -> None:
    parse = C._parser.parse
    assert C._needed(parse(r"(?:is|are)\s+(?:due|set)\s+to", re.IGNORECASE)) is not None
    # an optional part needs nothing; alternatives need one of their words
    assert C._needed(parse(r"(?:very\s+)?", 0)) is None
    assert C._needed(parse(r"a+b|cd", 0)) == frozenset({"a", "cd"})
    assert C._needed(parse(r"x|(?:y)?", 0)) is None  # one alternative needs nothing


def test_lazy_pattern_compiles_on_first_call_and_then_is_the_compiled_one() -> None:
    lz = C.lazy(r"\bpledg\w+", re.IGNORECASE)
    assert lz.search.__name__ == "first_call"  # a stub until first used
    m = lz.search("They pledged to help")
    assert m is not None and m.group() == "pledged"
    assert lz.search.__self__ == re.compile(r"\bpledg\w+", re.IGNORECASE)  # the pattern's own
    assert lz.findall("Pledges and pledging") == ["Pledges", "pledging"]
    assert lz.search("no such word") is None


@pytest.mark.parametrize(
    "before",
    [
        "the company said it would not ",
        "the firm has refused to ",
        "nobody ",
        "officials could ",
        "it is unclear whether to ",
        "the board ",
        "the ıf ",  # "ı" matches "i" under IGNORECASE: the gate steps aside
    ],
)
def test_plain_gates_never_hide_a_match(before: str) -> None:
    plain = before.isascii()
    low = before.lower()
    for words, pat in ((F._NEG_WITHHELD_WORDS, F._WITHHELD), (F._HYPO_WORDS, F._HYPO)):
        if pat.search(before):
            assert not plain or F._any_in(low, words)
    if P._NEG.search(before[-16:]):
        assert not plain or F._any_in(low, F._NEG_WITHHELD_WORDS)
