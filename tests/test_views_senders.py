"""Golden rows for a participle after "sent a letter to X" (#5, session 5): "Roe sent a letter
to the council saying …" — the words are the sender's, the addressee only receives them.
Counterexamples: a participle after an object of an ordinary verb keeps the older reading, and
a sender in a relative clause is no speaker of the main clause's verb."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",))
COUNCIL = ("City Council", "organization", ())

# (body, actors, [(speaker_text, start of text)])
ROWS: list[Any] = [
    ("Jane Roe sent a letter to the City Council explaining that the bridge was unsafe.",
     [ROE, COUNCIL], [("Jane Roe", "the bridge was")]),
    ("On Monday, the Roe family sent a fax to the county sheriff saying that the threats had grown.",
     [ROE], [("the Roe family", "the threats had")]),
    ("Jane Roe spoke on Monday. She sent a short note to the mayor saying the vote was rigged.",
     [ROE], [("She", "the vote was")]),
    # counterexamples: an ordinary object before the participle (older reading) …
    ("Jane Roe praised the City Council, saying that the bridge was safe.",
     [ROE, COUNCIL], [("Jane Roe", "the City Council"), ("Jane Roe", "the bridge was")]),
    # … and a sender inside a relative clause speaks through the main verb only
    ("Jane Roe, who sent a letter to the council, said the bridge was unsafe.",
     [ROE], [("Jane Roe", "the bridge was")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_sender_speaks(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs)
    got = [(v.speaker_text, v.text[: len(e[1])]) for v, e in zip(views, expected)]
    assert len(views) == len(expected) and got == expected, [
        (v.rule, v.speaker_text, v.text) for v in views]
