"""Nested attribution (#5, session 8): reported content that opens with its own named source
and reporting verb ("Roe notes that the commission announced that …", "Roe said Monday that
Doe has long called for …") holds the inner source's view as well; the outer view stays whole
and its speaker's. Only a named actor opening the content whole, before a verb that takes its
clause directly: never a possessor ("Doe's aide warned"), a passive ("Doe was told"), a verb
whose object is no reported content ("Doe raised $1 million", "Doe maintains a lead"), or an
addressee verb ("Doe told her …", read by the embedded pass). Invented news sentences."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",), {})
DOE = ("John Doe", "person", ("Doe",), {})
BOARD = ("Commission on Election Integrity", "organization", (), {})
ACME = ("Acme Corp.", "organization", ("Acme",), {})

# (body, actors, [(speaker id, start of the inner view's text)] of the inner views)
ROWS: list[Any] = [
    (("Jane Roe notes that the Commission on Election Integrity announced earlier Friday that "
      "the count was delayed by a day."), [ROE, BOARD], [("A2", "the count was")]),
    (("Jane Roe said Monday that John Doe has long called for tighter rules on lobbying."),
     [ROE, DOE], [("A2", "tighter rules")]),
    ("Jane Roe said John Doe believes the plan will fail within a year.",
     [ROE, DOE], [("A2", "the plan will")]),
    ("Jane Roe said Acme has warned that the plant could close next spring.",
     [ROE, ACME], [("A2", "the plant could")]),
    ("A spokesman said Jane Roe also argued that the rules were unfair to farmers.",
     [ROE], [("A1", "the rules were")]),
    # counterexamples: a possessor, a passive, an object verb, the outer speaker again
    ("Jane Roe said John Doe's aide warned the plan will fail within a year.", [ROE, DOE], []),
    ("Jane Roe said John Doe was told the plan will fail within a year.", [ROE, DOE], []),
    ("Jane Roe said John Doe raised more than $1 million from the industry last year.",
     [ROE, DOE], []),
    ("Jane Roe said John Doe maintains a wide lead over his rivals in the state.",
     [ROE, DOE], []),
    ("Jane Roe said she believes the plan will fail within a year.", [ROE], []),
    ("Jane Roe said Doe said that very plainly to the voters.", [ROE, DOE], []),
]

# the same inner view under news writing's usual variations (invariance pairs)
BASE = "Jane Roe said John Doe believes the plan will fail within a year."
VARIANTS: list[str] = [
    "Jane Roe, a former mayor, said John Doe believes the plan will fail within a year.",
    "Jane Roe said on Tuesday that John Doe believes the plan will fail within a year.",
    "Jane Roe said in a statement that John Doe believes the plan will fail within a year.",
    "Jane Roe also said John Doe believes the plan will fail within a year.",
    "Jane Roe said that John Doe also believes the plan will fail within a year.",
    "Jane Roe said that John Doe has said the plan will fail within a year.",
]


def _inner(body: str, specs: list[Any]) -> list[tuple[Any, str]]:
    return [(v.speaker, v.text) for v in views_of(body, specs)
            if v.rule in {"view-opening", "view-embedded"}]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_opening_source(body: str, specs: list[Any], expected: list[tuple[str, str]]) -> None:
    got = _inner(body, specs)
    assert len(got) == len(expected), got
    for (sid, text), (want, start) in zip(got, expected, strict=True):
        assert sid == want and text.startswith(start), got


@pytest.mark.parametrize("body", VARIANTS)
def test_opening_source_invariance(body: str) -> None:
    want = [(sid, text) for sid, text in _inner(BASE, [ROE, DOE])]
    assert want and _inner(body, [ROE, DOE]) == want
