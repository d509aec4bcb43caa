"""`python -m briefgen.lazyre` stores the patterns modules make on first use (issue 8, cold
start): their at_build functions make them, so a brief compiles no pattern through lazyre that
the cache file, once built, would not hold."""

from __future__ import annotations

import re

import briefgen.render.markdown  # noqa: F401  (registers its patterns, as build() does)
from briefgen import lazyre
from briefgen.extract import timex
from briefgen.extract.commitments import cues as commitments_cues
from briefgen.extract.views import patterns as views_patterns
from briefgen.pipeline import build_brief
from briefgen.render import render


def test_a_brief_makes_no_pattern_build_did_not(example_text: str) -> None:
    for make in lazyre._BUILDERS:
        make()
    before = set(lazyre._CODES.known)
    assert len(before) < lazyre._MAX_RECORDED  # else new patterns would go unrecorded
    render(build_brief(example_text, "2024-04-15"), "md")
    render(build_brief("ABUJA, Nigeria (AP) — The minister said on Friday that the two "
                       "governments will sign a trade accord next month, and that Ann Roe, "
                       "a spokeswoman, had told reporters talks were 'close'.\n\nThe deal "
                       "was signed in 1999.", "2024-04-15"), "md")
    assert set(lazyre._CODES.known) <= before


def test_first_use_patterns_are_real_patterns() -> None:
    # compile() gives a re.Pattern, from the cache or from re.compile: same pattern either way
    rule = timex.RULES[0]
    assert isinstance(rule.regex, re.Pattern)
    assert rule.regex.pattern == rule.pattern and rule.regex.flags & re.IGNORECASE
    assert isinstance(views_patterns._lexicon()[0], re.Pattern)
    gate = commitments_cues._head_gate("is")
    assert gate is not None and gate.search(" is planning to") is not None


def test_at_build_keeps_the_function() -> None:
    n = len(lazyre._BUILDERS)
    made: list[int] = []
    f = lazyre.at_build(lambda: made.append(1))
    try:
        assert lazyre._BUILDERS[-1] is f and len(lazyre._BUILDERS) == n + 1
        f()
        assert made == [1]
    finally:
        lazyre._BUILDERS.remove(f)
