"""Party candidacies and newsroom titles. A party noun before a name ("Democrat Ann Roe") is her
party; a bare party description ("the Republican nominee's plan") names the one person of the
stretch before it whose party is that party, when everyone else there who could run has another
party; "presidential hopeful", "presidential front-runner", "vice presidential candidate" and
"editor in chief" are titles. Counterexamples: a person of no known party who may be the nominee
keeps it open; a staffer is no nominee; a former nominee; a court nominee keeps that title. Rows
invented from general news conventions."""

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
    ("Republican presidential hopeful Ann Roe toured the docks.", "Ann Roe",
     "presidential hopeful", "Republican Party"),
    ("Democratic presidential front-runner Ann Roe toured the docks. Secretary Roe said no.",
     "Ann Roe", "presidential front-runner", "Democratic Party"),
    ("Republican presidential nominee Ann Roe toured the docks.", "Ann Roe",
     "presidential nominee", "Republican Party"),
    ("Democratic vice presidential candidate Tom Vale toured the docks.", "Tom Vale",
     "vice presidential candidate", "Democratic Party"),
    ("Supreme Court nominee Ann Roe met senators on Monday.", "Ann Roe", "nominee",
     "Supreme Court"),
    ("Acme Review editor in chief Ann Roe wrote on Friday.", "Ann Roe", "editor in chief",
     "Acme Review"),
    ("The Acme Review editor-in-chief, Ann Roe, wrote on Friday.", "Ann Roe",
     "editor-in-chief", None),
    ("Fox News host Ann Roe asked the question.", "Ann Roe", "host", "Fox News"),
    ("Ann Roe, a columnist for the Harbor Ledger, wrote on Friday.", "Ann Roe", "columnist",
     "Harbor Ledger"),
])
def test_titles_before_and_after(text: str, who: str, title: str, aff: str | None) -> None:
    got = _actors(text)[who]
    assert (got.title, got.affiliation) == (title, aff)


@pytest.mark.parametrize(("text", "who", "aff"), [
    ("That is why Democrat Ann Roe and her allies are spending more.", "Ann Roe",
     "Democratic Party"),
    ("Republican Tom Vale toured the docks on Monday.", "Tom Vale", "Republican Party"),
])
def test_party_noun_before_name(text: str, who: str, aff: str) -> None:
    assert _actors(text)[who].affiliation == aff


@pytest.mark.parametrize(("text", "who", "aff"), [
    # the adjective qualifies a title, the noun a person: no party made of "Democratic" alone
    ("The Democratic Harbor Board chose Ann Roe on Monday.", "Ann Roe", None),
    # an affiliation already known stays
    ("Harbor Ledger reporter Ann Roe wrote on Friday. Republican Ann Roe said no.",
     "Ann Roe", "Harbor Ledger"),
])
def test_no_party_noun(text: str, who: str, aff: str | None) -> None:
    assert _actors(text)[who].affiliation == aff


_TWO = ("At the debate, Democrat Ann Roe cited remarks Republican Tom Vale had made in May. "
        "Roe said the pier would cost too much. ")


@pytest.mark.parametrize(("text", "who", "title"), [
    (_TWO + "Roe cited those remarks as examples of the Republican nominee's disrespect.",
     "Tom Vale", "Republican nominee"),
    (_TWO + "The Democratic presidential candidate's call came after the debate.",
     "Ann Roe", "Democratic presidential candidate"),
    # the Democrat calling the Republican nominee's plan reckless: the Republican's
    (_TWO + "Roe called the Republican nominee's plan reckless.", "Tom Vale",
     "Republican nominee"),
    # a person of another office with no party changes nothing
    (_TWO + "President Mark Hale spoke too. The Republican nominee's aides were silent.",
     "Tom Vale", "Republican nominee"),
])
def test_party_description_resolved(text: str, who: str, title: str) -> None:
    assert _actors(text)[who].title == title


@pytest.mark.parametrize(("text", "who"), [
    # a person of no known party and no post may be the nominee: open
    (("Republican Tom Vale spoke on Monday. Mike Hale shrugged off Vale's posts on the pier. "
     "The Republican vice presidential nominee held a rally in Dover later."), "Tom Vale"),
    # two Republicans: open
    (_TWO + "Republican Mike Hale agreed. The Republican nominee's aides were silent.",
     "Tom Vale"),
    # a former nominee is another description
    (_TWO + "The former Republican nominee's aides were silent.", "Tom Vale"),
])
def test_party_description_left_open(text: str, who: str) -> None:
    assert _actors(text)[who].title is None


def test_staffer_is_no_nominee() -> None:
    text = ("Democrat Ann Roe toured the docks. Republican strategist Tom Vale said she was "
            "wrong. Republican Mike Hale agreed. The Republican nominee's aides were silent.")
    got = _actors(text)
    assert got["Tom Vale"].title == "strategist"
    assert got["Mike Hale"].title == "Republican nominee"


def test_two_nominees_keep_their_own() -> None:
    text = ("Republican presidential nominee Tom Vale and Democratic presidential nominee Ann "
            "Roe met on Monday. The Democratic nominee's aides were silent.")
    got = _actors(text)
    assert (got["Tom Vale"].title, got["Tom Vale"].affiliation) == (
        "presidential nominee", "Republican Party")
    assert (got["Ann Roe"].title, got["Ann Roe"].affiliation) == (
        "presidential nominee", "Democratic Party")
