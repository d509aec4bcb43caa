"""Posts stated in a clause after a person's name: "… and is now president of the Harbor Policy
Forum" (the post held now beats a description such as "an economist" or a past post), in the
appositive's relative clause or in a later sentence about her; "who follows the steel industry
for Tessaly Consultants", "who works for …" (the employer); "who runs Tessaly Strategies"
(org_heads: Strategies). Rows invented from general news conventions."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section


def _actors(text: str) -> dict[str, Actor]:
    doc = section(f"Harbor town weighs a new pier\n\n{text}\n", dt.date(2024, 5, 6))
    return {a.name: a for a in extract_actors(doc)}


@pytest.mark.parametrize(("text", "who", "title", "aff"), [
    (("“The plan is complex,” said Tom Hale, an economist who served as budget director and "
      "is now president of the Harbor Policy Forum."), "Tom Hale", "president",
     "Harbor Policy Forum"),
    (("“The plan is bad,” said Tom Hale, an economist and tax expert. Mr. Hale was the "
      "county's tax chief for a decade and is now chairman of the Harbor Policy Forum."),
     "Tom Hale", "chairman", "Harbor Policy Forum"),
    ("Ann Roe, who is now chairman of the Harbor Policy Institute, said no.", "Ann Roe",
     "chairman", "Harbor Policy Institute"),
])
def test_post_held_now(text: str, who: str, title: str, aff: str) -> None:
    a = _actors(text)[who]
    assert (a.title, a.affiliation) == (title, aff)


@pytest.mark.parametrize(("text", "who", "aff"), [
    ("“Sales will fall,” said John Jacobs, who follows the steel industry for Tessaly Consultants.",
     "John Jacobs", "Tessaly Consultants"),
    ("“Costs are high,” said Ann Roe, who works for the Harbor Health Foundation.", "Ann Roe",
     "Harbor Health Foundation"),
    ("“The ads worked,” said Ken Bauer, a former state official who runs Tessaly Strategies.",
     "Ken Bauer", "Tessaly Strategies"),
])
def test_employer_in_clause(text: str, who: str, aff: str) -> None:
    assert _actors(text)[who].affiliation == aff


@pytest.mark.parametrize(("text", "who"), [
    # a vote for a body's plan is no job there
    ("“Rates will rise,” said Ann Roe, who voted for the Harbor Institute plan.", "Ann Roe"),
    # someone else's post after a clause about another person
    ("“It is over,” Tom Hale said, and Ann Roe is now president of the Harbor Policy Forum.",
     "Tom Hale"),
    # a place is no body: "governor of Ohio" is no employer named "Ohio"
    ("“It is over,” said Pat Lutz, a lawyer who is now counsel of Ohio.", "Pat Lutz"),
])
def test_no_post_invented(text: str, who: str) -> None:
    assert _actors(text)[who].affiliation is None
