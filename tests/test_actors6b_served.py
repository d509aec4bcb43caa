"""The person served is the affiliation (session 6 decision): an aide, spokesman, strategist,
pollster or chief of staff of a named person has that person as affiliation, as the gold
annotators give it ("a former aide to Ann Roe", "a spokesman for House Speaker Ann Roe",
"longtime Ann Roe aide X", "Ann Roe's strategist"), and no organisation is made of her.
Counterexamples: a possessor that owns something else, a body after "for", a garbled name.
All rows are invented from general news conventions."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section


def _actors(text: str) -> dict[str, Actor]:
    doc = section(f"Harbor town weighs a new pier\n\n{text}\n", dt.date(2024, 5, 6))
    return {a.name: a for a in extract_actors(doc)}


# (text, person, title or None for "any", affiliation)
FIRES = [
    ("\"Not yet,\" said Rex Dole, a former technology aide to Nora Pell.",
     "Rex Dole", "former technology aide", "Nora Pell"),
    ("\"Not yet,\" said Rex Dole, a spokesman for House Speaker Nora Pell.",
     "Rex Dole", "spokesman", "Nora Pell"),
    ("\"Not yet,\" said Rex Dole, a senior adviser to Sen. Nora Pell, on Monday.",
     "Rex Dole", "senior adviser", "Nora Pell"),
    ("The mill closed. Her cousin, longtime Nora Pell aide Ida Vance, wrote the memo.",
     "Ida Vance", "aide", "Nora Pell"),
    ("Paul Kemp met Nora Pell. Later Nora Pell pollster Ida Vance said the race was close.",
     "Ida Vance", "pollster", "Nora Pell"),
    ("\"Never,\" said Rex Dole, Nora Pell's former strategist.",
     "Rex Dole", "former strategist", "Nora Pell"),
    ("\"Soon,\" said Rex Dole, a press secretary for Nora Pell.",
     "Rex Dole", "press secretary", "Nora Pell"),
    ("\"Soon,\" said Rex Dole, chief of staff to Nora Pell.", "Rex Dole", None, "Nora Pell"),
    ("\"Soon,\" said Rex Dole, chief of staff to Gov. Nora B. Pell.",
     "Rex Dole", None, "Nora B. Pell"),
    # a party tag after the name ends the appositive
    ("Rex Dole faces Ida Vance, a veteran staffer for Sen. Nora Pell (D-N.Y.), in the primary.",
     "Ida Vance", "veteran staffer", "Nora Pell"),
]


@pytest.mark.parametrize(("text", "who", "title", "aff"), FIRES)
def test_person_served_is_the_affiliation(
    text: str, who: str, title: str | None, aff: str
) -> None:
    got = _actors(text)
    assert got[who].affiliation == aff
    if title is not None:
        assert got[who].title == title
    # the person served is never made an organisation
    assert all(a.kind != "organization" for a in got.values()), [
        (a.name, a.kind) for a in got.values()
    ]


# (text, person, affiliation): nothing invented
NOT_FIRES = [
    # a possessive inside the run: the person owns a body, she is not the one served
    (("\"Yes,\" said Rex Dole, the former chairman of President Nora Pell's Council of "
      "Harbor Advisers."), "Rex Dole", None),
    # a body after "for" stays the body
    ("\"Wait,\" said Leo Marsh, a strategist for Harbor Fund.", "Leo Marsh", "Harbor Fund"),
    # a campaign possessed by the person is the campaign
    ("\"No,\" said Rex Dole, an adviser to Nora Pell's campaign.", "Rex Dole", "Pell campaign"),
    # a name cut inside a garbled word is no person
    ("Rex Dole, a top aide to President Tomas Pe\u00c3\u00c2\u00b1a Reyes, said no.",
     "Rex Dole", None),
    # a friend of a titled person: no affiliation, and no organisation of the office
    ("\"Move on,\" said Rex Dole, a farm leader and close friend of Gov. Nora Pell, on Monday.",
     "Rex Dole", None),
    # a campaign possessed by the person, however described, is the campaign
    (("\"No,\" said Rex Dole, deputy campaign manager for Nora Pell's 2012 Democratic "
      "presidential campaign."), "Rex Dole", "Pell campaign"),
    # a body named after a person after "for" stays the body
    ("\"No,\" said Rex Dole, a lawyer for Nora Pell International.", "Rex Dole",
     "Nora Pell International"),
    ("\"No,\" said Rex Dole, a lawyer for Nora Pell Associates.", "Rex Dole",
     "Nora Pell Associates"),
    # an aide with no one named stays without affiliation
    ("\"Never,\" said Rex Dole, a former aide, on Monday.", "Rex Dole", None),
]


@pytest.mark.parametrize(("text", "who", "aff"), NOT_FIRES)
def test_no_person_served_invented(text: str, who: str, aff: str | None) -> None:
    assert _actors(text)[who].affiliation == aff


# An abbreviated title inside an appositive does not cut it short; when the phrase so read runs
# too long or into a bracket, the role before the abbreviation still stands.
APPOSITIVE_ROWS = [
    (("\"It will pass,\" said Cal Dunne, a professor of law at Elmford University who once "
      "led Mr. Pell's panel on harbor fees and has counselled Mrs. Vance since the spring of "
      "last year. \"He would know.\""), "Cal Dunne", "professor of law", "Elmford University"),
    (("Ida Vance, a professor at Elmford University who once worked for Sen. Nora Pell "
      "(R-Tenn.), called it a mess."), "Ida Vance", "professor", "Elmford University"),
    ("\"No,\" said Rex Dole, a senior fellow at the Thomas B. Fordham Harbor Institute.",
     "Rex Dole", "senior fellow", "Thomas B. Fordham Harbor Institute"),
]


@pytest.mark.parametrize(("text", "who", "title", "aff"), APPOSITIVE_ROWS)
def test_appositive_across_an_abbreviation(text: str, who: str, title: str, aff: str) -> None:
    got = _actors(text)[who]
    assert (got.title, got.affiliation) == (title, aff)
