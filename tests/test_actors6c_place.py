"""A town's, county's or state's office written after the place it serves ("Ohio Gov. X",
"former Elmwood Mayor X") keeps the place in the title, as the text states it, and keeps
"former" (she no longer holds it); the place stays the affiliation. Not when the place follows
a town and a comma ("Corvale, Tenn. Mayor X") or stands after the name ("Gov. X of Ohio").
Rows invented from general news conventions (AP style: "Gov." before a full name)."""

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
    ("On Monday, Ohio Gov. Ann Roe signed the budget.", "Ann Roe", "Ohio Governor", "Ohio"),
    ("The group backing former Vermont Gov. Tom Vale for president spent $2 million.",
     "Tom Vale", "former Vermont Governor", "Vermont"),
    ("Critics included Former Kansas Gov. Pat Lutz, who spoke on Friday.",
     "Pat Lutz", "former Kansas Governor", "Kansas"),
    ("The plan was welcomed by Elmwood Mayor Jenna Robb on Tuesday.", "Jenna Robb",
     "Elmwood Mayor", "Elmwood"),
    ("The case went to Harlan County Sheriff Dale Brock last week.", "Dale Brock",
     "Harlan County Sheriff", "Harlan County"),
])
def test_place_in_title(text: str, who: str, title: str, aff: str) -> None:
    a = _actors(text)[who]
    assert (a.title, a.affiliation) == (title, aff)


@pytest.mark.parametrize(("text", "who", "title"), [
    # the place after the name: the title alone
    ("On Monday, Gov. Ann Roe of Ohio signed the budget.", "Ann Roe", "Governor"),
    # a town, a comma and its state: no state office
    ("He spoke first. Corvale, Tenn. Mayor Ann Roe said the plant would reopen.", "Ann Roe",
     "Mayor"),
    # no place before the office
    ("On Monday, Gov. Tom Vale signed the budget.", "Tom Vale", "Governor"),
    # an office that serves no place keeps its title
    ("On Monday, Ohio Sen. Pat Lutz voted no.", "Pat Lutz", "Senator"),
])
def test_no_place_added(text: str, who: str, title: str) -> None:
    assert _actors(text)[who].title == title
