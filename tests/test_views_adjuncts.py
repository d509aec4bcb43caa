"""Golden rows for a quotation inside a fronted phrase (#5, session 5): "On “Meet the Press,”
Roe said …" / "Calling the plan “a fraud,” Roe said …" — the quote is a show's title or a
phrase of the participle, not the words the verb reports; the view is the clause after the
verb. Counterexamples: a quote closing a clause of its own is still the content ("Prices will
rise “sharply,” Roe said"), also after a fronted phrase with its comma."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import _actor

from briefgen.extract.views import extract_views
from briefgen.section import section

H = "Headline of the story\n\n"
ROE = ("Jane Roe", "person", ("Roe",), {})


def _views(body: str) -> list[Any]:
    text = H + body
    return extract_views(section(text), [_actor(text, "A1", *ROE[:3])])


# (body, [(rule, start of the view's text)])
ROWS: list[Any] = [
    ("In an interview on “Meet the Press,” Jane Roe said the tax plan would fail.",
     [("verb-lead", "the tax plan would fail")]),
    ("On last night's broadcast of \"Evening Hour,\" Jane Roe said her rival was bluffing.",
     [("verb-lead", "her rival was bluffing")]),
    ("Calling the plan “a fraud,” Jane Roe said the vote must wait until spring.",
     [("verb-lead", "the vote must wait")]),
    ("Speaking Sunday on “Face the Week,” Roe admitted that the figure in her book was wrong.",
     [("verb-lead", "the figure in her book")]),
    # counterexamples: the quote ends a clause that is the content …
    ("Prices will rise “sharply,” Jane Roe said.", [("verb-final", "Prices will rise")]),
    ("In the north, prices will rise “sharply,” Jane Roe said.",
     [("verb-final", "In the north, prices")]),
    # … and a whole quote is the content
    ("“We will win this seat,” Jane Roe said on Monday.", [("verb-final", "We will win")]),
]


@pytest.mark.parametrize("body,expected", ROWS)
def test_quote_in_fronted_phrase(body: str, expected: list[Any]) -> None:
    views = _views(body)
    got = [(v.rule, v.text[: len(e[1])]) for v, e in zip(views, expected)]
    assert len(views) == len(expected) and got == expected, [
        (v.rule, v.speaker, v.text) for v in views]
    assert all(v.speaker == "A1" for v in views)
