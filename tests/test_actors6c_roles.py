"""Nouns of wealth, trade, art and militancy that news writing puts before a name as a person's
description ("the Ohio billionaire X", "shipping tycoon X", "media titan X", "the singer X",
"anti-tax protester X", "the Yemeni radical X") are that person's title (titles.json). An
adjective use before a people ("radical Islamists") names no one; a bare plural names no one.
Rows invented from general news conventions."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section


def _actors(text: str) -> dict[str, Actor]:
    doc = section(f"Harbor town weighs a new pier\n\n{text}\n", dt.date(2024, 5, 6))
    return {a.name: a for a in extract_actors(doc)}


@pytest.mark.parametrize(("text", "who", "title"), [
    ("The team was bought by the Ohio billionaire Tom Vale in May. Vale said he was glad.",
     "Tom Vale", "billionaire"),
    ("Shipping tycoon Ann Roe denied the report on Monday.", "Ann Roe", "Shipping tycoon"),
    ("On Friday, media titan Tom Vale announced his engagement.", "Tom Vale", "titan"),
    ("The rally closed with the singer Ann Roe, who said she backs the plan.", "Ann Roe",
     "singer"),
    ("Police said anti-tax protester Jim Kerr was arrested on Monday.", "Jim Kerr",
     "protester"),
    ("Police are hunting the Yemeni radical Omar Haddad. Haddad fled in May.", "Omar Haddad",
     "radical"),
    ("The plot was planned by Yemeni terrorist Omar Haddad, officials said.", "Omar Haddad",
     "terrorist"),
])
def test_descriptive_role_is_title(text: str, who: str, title: str) -> None:
    assert _actors(text)[who].title == title


@pytest.mark.parametrize("text", [
    "In 1993, radical Islamists bombed the tower, officials said.",
    "Two billionaires bought the team on Monday.",
    "The tycoon declined to comment, and the titans of industry met in Davos.",
    "Militants attacked the base on Friday, the army said.",
])
def test_no_person_made(text: str) -> None:
    assert not [a for a in _actors(text).values() if a.kind == "person"]


@pytest.mark.parametrize(("text", "who", "title", "aff"), [
    # a capitalised "Executive" before an office is part of it; the body before is the owner
    ("In May, Harbor Watch Institute Executive Director Ann Roe said the site is fair.",
     "Ann Roe", "Executive Director", "Harbor Watch Institute"),
    ("On Monday, Acme Corp. Executive Vice President Tom Vale said sales fell.", "Tom Vale",
     "Executive Vice President", "Acme Corp."),
])
def test_executive_office(text: str, who: str, title: str, aff: str) -> None:
    a = _actors(text)[who]
    assert (a.title, a.affiliation) == (title, aff)


def test_chief_executive_unchanged() -> None:
    assert _actors("On Monday, Chief Executive Tom Vale said sales fell.")["Tom Vale"].title == (
        "Chief Executive"
    )


def test_attributive_role_qualifies_the_last() -> None:
    # "the billionaire chief executive of …": the last role is the head, the first qualifies it
    text = ("Big donors included Diane Hale, the billionaire chief executive of a roofing "
            "company, who said she would give more.")
    assert _actors(text)["Diane Hale"].title == "billionaire chief executive"
