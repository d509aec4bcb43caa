"""A staff role owned by a pronoun ("His campaign manager, X", "her chief policy aide X"): the
person served is the nearest person named before the pronoun, in its paragraph or the one
before, whose gender the text shows and matches; a campaign role serves that person's campaign.
Counterexamples: no person of that gender, too far back, a name inside a quoted show title, a
kin noun, an affiliation already read. Rows invented from general news conventions."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section


def _actors(text: str) -> dict[str, Actor]:
    doc = section(f"Harbor town weighs a new pier\n\n{text}\n", dt.date(2024, 5, 6))
    return {a.name: a for a in extract_actors(doc)}


FIRES = [
    (("Tom Vale toured the docks on Monday. His campaign manager, Rex Dole, said the race was "
      "close."), "Rex Dole", "campaign manager", "Vale campaign"),
    ("Ann Roe toured the docks on Monday. \"We will win,\" said her chief policy aide, Rex Dole.",
     "Rex Dole", "chief policy aide", "Ann Roe"),
    # the nearest person of the pronoun's gender, not merely the nearest person
    ("Tom Vale met Ann Roe on Monday. His lawyer, Rex Dole, said the deal was off.",
     "Rex Dole", "lawyer", "Tom Vale"),
    ("Ann Roe met Tom Vale at the pier.\n\nHer spokeswoman Ida Vance said the talks would go on.",
     "Ida Vance", "spokeswoman", "Ann Roe"),
]


@pytest.mark.parametrize(("text", "who", "title", "aff"), FIRES)
def test_pronoun_owner_is_served(text: str, who: str, title: str, aff: str) -> None:
    got = _actors(text)[who]
    assert (got.title, got.affiliation) == (title, aff)


NOT_FIRES = [
    # no person of that gender named before
    ("Ann Roe toured the docks on Monday. His lawyer, Rex Dole, said the deal was off.",
     "Rex Dole", None),
    # the only man is two paragraphs back
    (("Tom Vale toured the docks.\n\nThe pier is old.\n\nThe town votes soon.\n\nHis lawyer, "
      "Rex Dole, said the deal was off."), "Rex Dole", None),
    # a name inside a quoted show title is no referent
    (("The pier was on “The Late Hour with Tom Vale.”\n\nHis chief strategist, Rex Dole, said "
      "the pier would stay."), "Rex Dole", None),
    # a kin noun is no staff role
    ("Tom Vale toured the docks on Monday. His wife, Ida Vance, said the pier would stay.",
     "Ida Vance", None),
    # an affiliation already read stays
    ("Tom Vale toured the docks. His lawyer, Rex Dole of the Harbor Law Group, said no.",
     "Rex Dole", "Harbor Law Group"),
]


@pytest.mark.parametrize(("text", "who", "aff"), NOT_FIRES)
def test_no_pronoun_owner_invented(text: str, who: str, aff: str | None) -> None:
    assert _actors(text)[who].affiliation == aff
