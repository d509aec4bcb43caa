"""A newsroom's desk between an outlet's name and a role: "Harbor Ledger opinion editor X",
"Harbor Insider politics editor X" name the outlet (role_domains words in titles.json), and the
desk joins the title. Counterexamples: an adjective before the role is no outlet ("Prize-winning
investigative reporter X"), nor a bare medium. Rows invented from general news conventions."""

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
    ("The toll is too high, Harbor Ledger opinion editor Ruth Marks wrote on Friday.",
     "Ruth Marks", "opinion editor", "Harbor Ledger"),
    ("The toll is too high, Tide Insider politics editor Ruth Marks wrote on Friday.",
     "Ruth Marks", "politics editor", "Tide Insider"),
    ("The pier will cost more, Elm Gazette business reporter Omar Keel wrote.",
     "Omar Keel", "business reporter", "Elm Gazette"),
    # a desk word already known before this session stays as it was
    ("The pier will cost more, Elm Gazette technology columnist Omar Keel wrote.",
     "Omar Keel", "technology columnist", "Elm Gazette"),
])
def test_desk_names_the_outlet(text: str, who: str, title: str, aff: str) -> None:
    got = _actors(text)[who]
    assert (got.title, got.affiliation) == (title, aff)


@pytest.mark.parametrize(("text", "who"), [
    # a hyphenated adjective before the desk is no outlet
    ("The pier will cost more, said Gold Medal-winning investigative reporter Omar Keel.",
     "Omar Keel"),
    ("Ohio-based business reporter Omar Keel said the pier will cost more.", "Omar Keel"),
    # a bare medium before a role names no outlet
    ("TV business reporter Omar Keel said the pier will cost more.", "Omar Keel"),
])
def test_no_outlet_invented(text: str, who: str) -> None:
    assert _actors(text)[who].affiliation is None
