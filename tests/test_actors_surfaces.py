"""Golden rows (invented sentences) for the surface forms news copy gives one actor:
- a caption or video line set in title case glues a common noun to a name ("President Lane
  Speech at …"): the name ends before a word the text writes elsewhere in lower case;
- an outlet's or body's possessive before two capitalised words names its journalist or member
  whatever the given name ("noted NBC's Dante Kirsch"), not a show, a case or a unit;
- a poll named by two sponsors joined with a slash or a hyphen ("the Reuters/Harbor poll",
  "a Harbor Times/CBS News poll") is one pollster, every spelling of the pair one actor;
- a well-known company also named with its suffix ("General Motors Corp." … "GM") is one actor
  under the suffixed name, and "GM Chairman X" is affiliated to it;
- "Acme Chairman and Chief Executive X": both offices, and the company before them;
- a bare surname shared by a family: a courtesy title or an office against a relation's title
  ("Mr. Lane", "President Lane" beside "the first lady, Mara Lane") keeps two people.
Each row: the text, then {name: {field: value}}, then names that must not be actors.
Counterexamples sit beside the examples."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_actors import check_actors
from test_actors_kinds import find

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Document
from briefgen.section import section


def doc_of(body: str) -> Document:
    return section(f"Leaders meet on the new treaty\n\n{body}\n", dt.date(2016, 10, 3))


def named(actors: list[Actor], name: str) -> Actor | None:
    return next((a for a in actors if a.name == name), None)


ROWS: list[Any] = [
    # a common noun glued to a name on a title-case line
    (("President Lane said taxes would rise.\n\n[Video: FULL SPEECH: President Lane Speech at "
     "Harbor Foundation in Ohio (9/17/16)]\n\nMr. Lane said so in his speech."),
     {"Lane": {"title": "President"}}, ["Lane Speech"]),
    ("Mayor Tom Vale spoke.\n\nWatch: Tom Vale Rally in Dayton\n\nThe rally was small.",
     {"Tom Vale": {"kind": "person"}}, ["Tom Vale Rally"]),
    # counterexamples: a given name alone would be left; prose keeps its capitals; a word the
    # text never writes in lower case
    ("Bill Gates said the gates were open.\n\nWatch: Bill Gates Interview With Reporters",
     {"Bill Gates": {"kind": "person"}}, ["Bill"]),
    ("Ann Lutz Young said the young were tired. Young said so.",
     {"Ann Lutz Young": {"kind": "person"}}, []),
    ("Ida Berg said so.\n\nWatch: Governor Ida Berg Speech in Dayton",
     {"Ida Berg": {"kind": "person"}}, []),
    # an outlet's possessive before a name with an unknown given name
    ("Debates rarely move votes, noted NBC’s Dante Kirsch.",
     {"Dante Kirsch": {"kind": "person", "affiliation": "NBC"}}, []),
    ("The New Republic’s Tavo Heer calls the essay a turning point.",
     {"Tavo Heer": {"kind": "person", "affiliation": "The New Republic"}}, []),
    # counterexamples: a show, a case's name before a noun, a person's possessive
    ("He appeared on ABC's This Week on Sunday.", {}, ["This Week"]),
    ("Lawyers said the Supreme Court's Garvey Holt ruling angered them.", {}, ["Garvey Holt"]),
    ("He watched NBC's Sunday Night on the couch.", {}, ["Sunday Night"]),
    ("Ohio's Tavo Heer said the plant would close.", {}, ["Ohio's Tavo Heer"]),
    # joint pollsters
    (("The latest Reuters/Harbor opinion poll shows Lane ahead. The Reuters/Harbor poll showed "
     "a gain."), {"Reuters/Harbor": {"kind": "organization"}}, []),
    ("A Harbor Times/CBS News poll released last week shows a lead.",
     {"Harbor Times/CBS News": {"kind": "organization"}}, []),
    ("The Lakeview Carver/Los Angeles Times Daybreak tracking poll showed Vale ahead.",
     {"Lakeview Carver/Los Angeles Times": {"kind": "organization"}}, []),
    ("A CNN/ORC poll found a tie.", {"CNN/ORC": {"kind": "organization"}}, []),
    # counterexamples: a photo credit, a pair of candidates, two unknown names with a hyphen
    ("Photo by Tom Moore/Getty Images. Crowds gathered in Dayton.", {}, ["Tom Moore/Getty Images"]),
    ("The Lane/Vale poll numbers rose over the summer.", {}, ["Lane/Vale"]),
    ("A Smith-Jones poll of voters came out on Friday.", {}, ["Smith-Jones"]),
    # a well-known company with its suffix and its acronym
    (("General Motors Corp. wants to buy 15% of Harbor PLC. GM sought clearance last week. GM "
     "Chairman Tom Vale said no. General Motors declined to comment."),
     {"General Motors Corp.": {"kind": "organization"},
      "Tom Vale": {"title": "Chairman", "affiliation": "General Motors Corp."}}, []),
    # counterexample: a government body's acronym stays the affiliation
    ("The Federal Bureau of Investigation opened a case. FBI Director Ann Roe said so.",
     {"Ann Roe": {"affiliation": "FBI"}}, []),
    # compound offices before a name
    (("Amberley PLC said profits rose. Amberley Chairman and Chief Executive Sir Peter Holt will "
     "remain in both posts."),
     {"Sir Peter Holt": {"title": "Chairman and Chief Executive", "affiliation": "Amberley PLC"}},
     []),
    ("Harbor Corp. said profits rose. Harbor President and Chief Executive Ann Lutz will stay.",
     {"Ann Lutz": {"title": "President and Chief Executive", "affiliation": "Harbor Corp."}}, []),
    # counterexamples: a surname or a courtesy title before "and" is no office
    ("Both Smith and President Ann Lutz spoke.", {"Ann Lutz": {"title": "President"}}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_surfaces(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)


def test_joint_pollster_spellings_are_one_actor() -> None:
    body = ("The Harbor Post/ABC News poll shows a tie. A Harbor Post-ABC News national poll "
            "said the race was close.")
    actors = extract_actors(doc_of(body))
    joint = [a for a in actors if "/" in a.name or "-" in a.name]
    assert len(joint) == 1
    assert {"Harbor Post/ABC News", "Harbor Post-ABC News"} <= {joint[0].name, *joint[0].aliases}


def test_joint_pollster_short_form_joins_the_pair() -> None:
    body = ("A Harbor Times/CBS News poll released last week shows a lead. The Times/CBS News "
            "poll also showed a gap.")
    actors = extract_actors(doc_of(body))
    joint = [a for a in actors if "/" in a.name]
    assert [a.name for a in joint] == ["Harbor Times/CBS News"]
    assert len(joint[0].mentions) == 2


def test_joint_pollster_side_named_alone_keeps_its_own_actor() -> None:
    body = ("The latest Reuters/Harbor poll shows Lane ahead, reported Reuters on Friday.")
    actors = extract_actors(doc_of(body))
    joint = named(actors, "Reuters/Harbor")
    assert joint is not None and "Reuters" not in joint.aliases and "Harbor" in joint.aliases
    assert named(actors, "Reuters") is not None


def test_shared_surname_office_and_relation_are_two_people() -> None:
    body = ("President Lane is rolling out a new message. The president said the vote mattered. "
            "\"The vote is about all of us,\" Mr. Lane said. He was joined by first lady Mara "
            "Lane, who spoke first.")
    actors = extract_actors(doc_of(body))
    mara = named(actors, "Mara Lane")
    pres = named(actors, "Lane")
    assert mara is not None and pres is not None
    assert pres.title == "President" and len(mara.mentions) == 1


def test_shared_surname_courtesy_titles_of_two_sexes_are_two_people() -> None:
    body = ("Ms. Jane Roe, a lawyer, filed the suit on Monday. \"I was not involved,\" Mr. Roe "
            "said later.")
    actors = extract_actors(doc_of(body))
    jane = named(actors, "Jane Roe")
    assert jane is not None and len(jane.mentions) == 1


def test_shared_surname_same_person_still_merges() -> None:
    # counterexample: an office and a courtesy title of the same sex, no relation title
    body = ("Gov. Ann Lutz spoke on Monday. \"We will appeal,\" Ms. Lutz said. Governor Lutz "
            "left early.")
    actors = extract_actors(doc_of(body))
    assert [a.name for a in actors if a.kind == "person"] == ["Ann Lutz"]
