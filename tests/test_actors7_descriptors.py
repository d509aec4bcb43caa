"""Actors, session 7: shapes other stages' invariance tables exposed. Military and service
descriptors before a name ("Marine Sgt. X", "former Navy SEAL X", "Army veteran X"); given names
that are also words or places ("Grace Kim filed", "Sofia Brandt said") in a subject's slot.
Every row is invented from general news conventions, with counterexamples that must not fire."""

from __future__ import annotations

import datetime

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section

_REF = datetime.date(2016, 10, 1)


def _actors(body: str) -> list[Actor]:
    return extract_actors(section("Officials Meet On Budget\n\n" + body, _REF))


def _person(body: str, name: str) -> Actor | None:
    return next((a for a in _actors(body) if a.kind == "person" and a.name == name), None)


SERVICE = [  # (text, name, title)
    ("Marine Tom Vale fought in the battle. He later wrote a book.", "Tom Vale", "Marine"),
    ("Marine Sgt. Ann Lutz said the unit was ready.", "Ann Lutz", "Marine Sgt."),
    ("Former Marine Tom Vale said the war was a mistake.", "Tom Vale", "former Marine"),
    ("Navy SEAL Tom Vale said the raid went well.", "Tom Vale", "Navy SEAL"),
    ("Former Army Ranger Ann Lutz said the mission failed.", "Ann Lutz", "Army Ranger"),
    ("Marine veteran Tom Vale said he would vote for the senator.", "Tom Vale", "Marine veteran"),
    ("Army veteran Ann Lutz said the clinic was slow.", "Ann Lutz", "Army veteran"),
    ("Marine Lance Cpl. Tom Vale was wounded in the blast.", "Tom Vale", "Marine Lance Cpl."),
    ("Staff Sgt. Ann Lutz said the patrol came under fire.", "Ann Lutz", "Staff Sgt."),
    ("Texas Lt. Gov. Dan Pike said the session would end.", "Dan Pike", "Texas Lt. Gov."),
    ("Indiana Gov. Mike Pike said the plan failed.", "Mike Pike", "Indiana Governor"),
]


@pytest.mark.parametrize(("text", "name", "title"), SERVICE)
def test_service_descriptor_is_a_title(text: str, name: str, title: str) -> None:
    p = _person(text, name)
    assert p is not None, [a.name for a in _actors(text)]
    assert p.title is not None and title in p.title


def test_given_name_marine_is_no_title() -> None:
    """"Marine" is also a given name: before a surname that follows no known given name it is
    her name, never the title of "Le Pen"-type surnames."""
    for body in ("Marine Lavalle said the vote was a victory.",
                 "Marine Lavalle, the party leader, said the vote was a victory."):
        names = {a.name for a in _actors(body) if a.kind == "person"}
        assert "Lavalle" not in names and "Marine Lavalle" in names


SERVICE_NOT = [
    "Navy SEAL teams trained in the desert.",
    "Army veteran groups backed the bill.",
    "The Marine Corps said the base was safe.",
    "The Lt. Gov. race is close.",
]


@pytest.mark.parametrize("text", SERVICE_NOT)
def test_service_words_without_a_name(text: str) -> None:
    assert not [a for a in _actors(text) if a.kind == "person"]


WORD_NAMES = [  # given names that are also words, months or places, in a subject's slot
    ("Grace Kim filed the suit on Monday. She is a lawyer.", "Grace Kim"),
    ("Hope Lee won the race in Ohio. She said it was close.", "Hope Lee"),
    ("Mark Davis has argued for the plan. He said it was late.", "Mark Davis"),
    ("Will Roe won the seat in May.", "Will Roe"),
    ("Paris Brandt won the primary by nine points.", "Paris Brandt"),
    ("Sofia Brandt said she would run again.", "Sofia Brandt"),
    ("Sofia Brandt, a lawyer, filed the suit.", "Sofia Brandt"),
    ("Victoria Roe told reporters she would run.", "Victoria Roe"),
    ("Florence Roe, a nurse, said the ward was full.", "Florence Roe"),
]


@pytest.mark.parametrize(("text", "name"), WORD_NAMES)
def test_word_given_name_in_a_person_slot(text: str, name: str) -> None:
    assert _person(text, name) is not None, [(a.name, a.kind) for a in _actors(text)]


WORD_NAMES_NOT = [  # same shapes, no person
    "Grace Church was built in 1850.",
    "Hope Street led to the river.",
    "Virginia Tech won the game on Saturday.",
    "Dallas Cowboys won again on Sunday.",
    "Summer Olympics ended in August.",
    "Christian Aid's director spoke. Christian Aid warned of famine.",
    "Flights to Sofia were cancelled on Monday.",
]


@pytest.mark.parametrize("text", WORD_NAMES_NOT)
def test_word_given_name_not_a_person(text: str) -> None:
    assert not [a.name for a in _actors(text) if a.kind == "person"]


CAMPAIGNS = [  # a candidate's campaign is a body of its own, tied to the candidate
    ("Jane Roe spoke in Ohio. Roe's campaign said the ad was false.", "Roe campaign", "Jane Roe"),
    ("Jane Roe spoke in Ohio. Jane Roe’s campaign said the ad was false.", "Roe campaign",
     "Jane Roe"),
    ("Jane Roe spoke in Ohio. The Roe campaign said the ad was false.", "Roe campaign",
     "Jane Roe"),
]


@pytest.mark.parametrize(("text", "name", "owner"), CAMPAIGNS)
def test_campaign_actor(text: str, name: str, owner: str) -> None:
    camp = next((a for a in _actors(text) if a.name == name), None)
    assert camp is not None and camp.kind == "organization" and camp.affiliation == owner


CAMPAIGNS_NOT = [  # "campaign" modifies a noun after it: no body
    "Jane Roe spoke in Ohio. Roe's campaign manager Tom Vale said the ad was false.",
    "Jane Roe spoke in Ohio. Roe's campaign trail ran through Iowa.",
    "Kenya's campaign against malaria worked, officials said.",
]


@pytest.mark.parametrize("text", CAMPAIGNS_NOT)
def test_no_campaign_actor(text: str) -> None:
    assert not [a for a in _actors(text) if a.name.endswith(" campaign")]


NOMINEES = [  # (text, name, title, affiliation): one record for the title and the appositive
    ("Democratic nominee Jane Roe said the plan failed.", "Jane Roe", "nominee",
     "Democratic Party"),
    ("The Democratic nominee, Jane Roe, said the plan failed.", "Jane Roe", "nominee",
     "Democratic Party"),
    ("The Republican presidential nominee, Jane Roe, said the plan failed.", "Jane Roe",
     "presidential nominee", "Republican Party"),
    ("Republican presidential nominee Jane Roe said the plan failed.", "Jane Roe",
     "presidential nominee", "Republican Party"),
]


@pytest.mark.parametrize(("text", "name", "title", "aff"), NOMINEES)
def test_party_nominee(text: str, name: str, title: str, aff: str) -> None:
    p = _person(text, name)
    assert p is not None and p.title == title and p.affiliation == aff


ITS_ROLES = [  # (text, name, affiliation, country)
    ("Acme Corp. cut 300 jobs. Its chief executive, Jane Roe, said the cuts were needed.",
     "Jane Roe", "Acme Corp.", None),
    ("The Harbor Institute published a study. Its director, Jane Roe, said the data were clear.",
     "Jane Roe", "Harbor Institute", None),
    ("France cut taxes on Monday. Its finance minister, Jane Roe, said the cuts were needed.",
     "Jane Roe", None, "France"),
    ("Shares of Acme Corp. and its chief executive, Jane Roe, fell in May.", "Jane Roe",
     "Acme Corp.", None),
]


@pytest.mark.parametrize(("text", "name", "aff", "country"), ITS_ROLES)
def test_its_role(text: str, name: str, aff: str | None, country: str | None) -> None:
    p = _person(text, name)
    assert p is not None and p.affiliation == aff and p.country == country


ITS_NOT = [  # "its" for a body the stage does not name, or no role of hers
    ("Voters in France were split. The group and its leader, Jane Roe, left.", "Jane Roe"),
    (("The Harbor Institute spoke. According to a summary of its inquiry, Jane Roe, a lawyer,"
      " erred."), "Jane Roe"),
]


@pytest.mark.parametrize(("text", "name"), ITS_NOT)
def test_its_role_not(text: str, name: str) -> None:
    p = _person(text, name)
    assert p is None or (p.country is None and p.affiliation is None)
