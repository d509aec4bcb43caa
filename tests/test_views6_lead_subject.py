"""A bare quotation after a sentence about a named person in its paragraph is that person's
(#5, session 6): 'On Sunday, Sen. Roe (Ohio), who lost the primary, described X as Y. “Q.”'
quotes Roe, not the speaker of the paragraph before (the quotation was carried on, or lost).
Counterexamples: the person is acted on ("Roe was arrested"), a possessive ("Roe's lawyer
filed"), a pronoun subject, a sentence split inside a quotation, or the sentence before is
the previous speaker's own: the quotation carries on as before.
Sentences invented from general news conventions."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

FOX = ("Ann Fox", "person", ("Fox",), {"title": "Mayor"})
REED = ("Paul Reed", "person", ("Reed",))
OPEN = "Mayor Ann Fox spoke first. “We will rebuild,” Fox said.\n\n"

# (body, actors, [(speaker id, start of the view's text)] in order)
ROWS: list[Any] = [
    (OPEN + "On Sunday, Paul Reed visited the market. “People are tired of paying more.”",
     [FOX, REED], [("A1", "We will"), ("A2", "People are")]),
    (OPEN + ("On “Meet the Press,” Sen. Paul Reed (Ohio), who lost the primary to Fox, named "
             "the young as her base. “The younger people are sick of it.”"),
     [FOX, REED], [("A1", "We will"), ("A2", "The younger")]),
    (OPEN.rstrip() + " Paul Reed nodded. “We will do it together, as we always have.”",
     [FOX, REED], [("A1", "We will"), ("A2", "We will do")]),
    # counterexamples: carried on from the speaker before
    (OPEN + "Paul Reed was arrested on Monday. “He is a danger to the town.”",
     [FOX, REED], [("A1", "We will"), ("A1", "He is a danger")]),
    (OPEN + "Reed's lawyer filed a motion on Monday. “He is no danger to the town.”",
     [FOX, REED], [("A1", "We will"), ("A1", "He is no danger")]),
    (OPEN + "He visited the market on Monday. “People are tired of paying more.”",
     [FOX, REED], [("A1", "We will"), ("A1", "People are")]),
    (OPEN + "Fox then toured the harbour. “The boats will sail again by May.”",
     [FOX, REED], [("A1", "We will"), ("A1", "The boats")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_quote_after_subject(body: str, specs: list[Any], expected: list[tuple[str, str]]) -> None:
    views = views_of(body, specs)
    got = [(v.speaker, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sid, text), (want_id, start) in zip(got, expected, strict=True):
        assert text.startswith(start) and sid == want_id, got
