"""Golden rows for speaker resolution and span detection in the views stage (invented news
sentences, each rule beside a counterexample), with the actors given as the actors stage would.
"""

from __future__ import annotations

import re

import pytest

from briefgen.extract.views import extract_views, views_warnings
from briefgen.model import Actor
from briefgen.section import section

H = "Headline of the story\n\n"

# Wire archives open quotes with `` and close them with ''.
BACKQUOTES: list[tuple[str, list[tuple[str, str, bool]]]] = [
    ("``We will not give up,'' the minister said.", [("the minister", "We will not give up", True)]),
    ("``Prices will rise,'' said Jane Roe. ``Wages will not.''",
     [("Jane Roe", "Prices will rise", True)]),
    ("The mayor said: ``The bridge stays shut.''", [("The mayor", "The bridge stays shut", True)]),
    # the marks stay in the view's text as the input has them
    ("The ``temporary'' tax will stay, the minister said.",
     [("the minister", "The ``temporary'' tax will stay", False)]),
]


@pytest.mark.parametrize("body,expected", BACKQUOTES)
def test_backquotes(body: str, expected: list[tuple[str, str, bool]]) -> None:
    doc = section(H + body)
    views = extract_views(doc, [])
    got = [(v.speaker_text, v.text, v.direct) for v in views]
    assert len(got) == len(expected), got
    for (st, text, direct), (est, etext, edirect) in zip(got, expected, strict=True):
        assert (st, direct) == (est, edirect) and text.startswith(etext), got
    for v in views:
        assert doc.text[v.span[0] : v.span[1]] == v.text


def test_backquote_left_open_warns() -> None:
    doc = section(H + "``We will not give up, the minister said.\n\nThe talks ended.")
    assert views_warnings(doc)
