"""Session 6 actor roles: titles and affiliations stated beside a person (or an organ) in ways
the earlier rules missed. Invented sentences in general news style; each class has rows that
must fire and counterexamples that must not (a wrong title is worse than none)."""

from __future__ import annotations

import datetime

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section


def _actors(text: str) -> dict[str, Actor]:
    doc = section(f"Headline of the story\n\n{text}\n", datetime.date(2016, 9, 20))
    return {a.name: a for a in extract_actors(doc)}


# (text, person, title or None for "any", affiliation)
FIRES = [
    # committee and caucus roles beside a lawmaker
    ("Rep. Nora Pell, the senior Republican on the Senate Harbors Committee, wants a vote.",
     "Nora Pell", None, "Senate Harbors Committee"),
    ("Sen. Ivo Marsh, the ranking Democrat on the House Fisheries Committee, opposed it.",
     "Ivo Marsh", None, "House Fisheries Committee"),
    (("Rep. Gus Tate, R-Kan., wants the Committee on Rural Roads to hear the case. "
      "Tate, the committee's chairman, set a date in a memo."), "Gus Tate", None,
     "Committee on Rural Roads"),
    (("The House Canals Committee met at noon. \"Never,\" said Rep. Lou Varga of Idaho, the "
      "panel's ranking Republican."), "Lou Varga", None, "House Canals Committee"),
    ("Rep. Dora Fitch (D-Ore.), chairwoman of the Rural Health Caucus, backed the plan.",
     "Dora Fitch", None, "Rural Health Caucus"),
    ("The Senate Orchards Committee met. \"Fine,\" panel Chairman Sen. Abe Cole (R-Ind.) said.",
     "Abe Cole", None, "Senate Orchards Committee"),
    # a place's office in an appositive
    ("\"We will wait,\" said Rosa Quill, mayor of Pell County.", "Rosa Quill", "mayor",
     "Pell County"),
    ("Tim Oakes, the attorney general of Nebraska, filed the suit on Monday.",
     "Tim Oakes", "attorney general", "Nebraska"),
    # think tanks and universities
    (("Conservative historian Lena Voss, who studies trade rules at the Harbor Policy "
      "Institute, doubted it."), "Lena Voss", "historian", "Harbor Policy Institute"),
    (("\"It will fail,\" said Omar Keel, co-director of the Center for Ports and Trade, a "
      "think tank."), "Omar Keel", "co-director", "Center for Ports and Trade"),
    (("\"It will fail,\" said Ivy Lund, data and outreach director of the nonpartisan Tide "
      "Research Institute."), "Ivy Lund", "data and outreach director",
     "Tide Research Institute"),
    (("\"Maybe,\" said Cal Dunne, senior associate for housing policy at the Birch Institute "
      "for Cities."), "Cal Dunne", "senior associate", "Birch Institute for Cities"),
    ("\"Maybe,\" said Cal Dunne, who teaches maritime law at Elmford University.",
     "Cal Dunne", None, "Elmford University"),
    # outlets and newsrooms
    ("Rita Sand, a columnist at The Washington Post, asked about the budget.",
     "Rita Sand", "columnist", "Washington Post"),
    ("The figures were wrong, Harbor Insider deputy editor Noel Crane wrote on Friday.",
     "Noel Crane", "deputy editor", "Harbor Insider"),
    (("She thanked the host of the late town hall, Kit Burns of Harbor News, for the "
      "questions."), "Kit Burns", "host of the late town hall", "Harbor News"),
    # a person's strategist: the person, and no organisation of her name
    ("\"Wait,\" said Leo Marsh, a strategist for Harbor Fund.", "Leo Marsh", "strategist",
     "Harbor Fund"),
    (("\"No,\" said Rex Dole, an adviser to Nora Pell's former presidential campaign."),
     "Rex Dole", "adviser", "Pell campaign"),
]


@pytest.mark.parametrize(("text", "who", "title", "aff"), FIRES)
def test_role_is_read(text: str, who: str, title: str | None, aff: str) -> None:
    a = _actors(text)[who]
    assert a.affiliation == aff
    if title is not None:
        assert a.title == title


def test_person_possessor_is_no_organisation() -> None:
    got = _actors("\"Never,\" said Rex Dole, Nora Pell's longtime pollster.")
    assert got["Rex Dole"].affiliation == "Nora Pell"
    assert all(a.kind != "organization" for a in got.values())


@pytest.mark.parametrize(("text", "organ", "parent"), [
    ("The U.N. Security Council will vote on the text on Friday.",
     "United Nations Security Council", "United Nations"),
    ("The UN Refugee Council asked for more tents.", "UN Refugee Council", "United Nations"),
    ("The EU Fisheries Commission set new quotas.", "EU Fisheries Commission",
     "European Union"),
])
def test_organ_has_parent_body(text: str, organ: str, parent: str) -> None:
    assert _actors(text)[organ].affiliation == parent


# The party's nominee: the text's main person, named shortly before, with no title.
NOMINEE = (
    "Ned Ruiz toured Iowa farms on Monday. Ruiz said prices were too low. Ruiz promised help. "
    "Amy Kerr, a farmer, cheered.\n\nThe Republican presidential nominee has often said the "
    "polls are wrong."
)


def test_party_nominee_is_the_main_person() -> None:
    assert _actors(NOMINEE)["Ned Ruiz"].title == "Republican presidential nominee"


# Counterexamples: nothing may be invented.
NOT_FIRES = [
    # two people share the text: "the Democratic nominee" may mean either
    (("Amy Kerr met Jo Lowe on Friday. Kerr said no. Lowe said yes. Kerr left. Lowe stayed.\n\n"
      "The Democratic nominee said she would win."), "Amy Kerr", "title", None),
    # the main person is of the other party
    (("Sen. Amy Kerr (D-Ohio) toured a mill. Kerr said no. Kerr said she would vote.\n\n"
      "The Republican nominee has said the polls are wrong."), "Amy Kerr", "title", "Senator"),
    # a committee named elsewhere is no affiliation without a stated role
    ("The Senate Orchards Committee met. Sen. Abe Cole (R-Ind.) said he was pleased.",
     "Abe Cole", "affiliation", "Republican"),
    # an ideology word before a commentator's calling is no party …
    ("Conservative historian Lena Voss doubted it.", "Lena Voss", "affiliation", None),
    # … and an alumnus is not on the staff
    ("\"Maybe,\" said Cal Dunne, who studied maritime law at Elmford University.", "Cal Dunne",
     "affiliation", None),
    # a sentence-opening common word is no outlet
    ("Forum moderator Kit Burns cut the microphones. The forum was long.", "Kit Burns",
     "affiliation", None),
    # "the host of Monday night's forum": a day, no organisation
    ("She thanked the host of Monday night's forum, Kit Burns, on Friday.", "Kit Burns",
     "affiliation", None),
    # a lawyer of a place is no office serving it
    ("\"No,\" said Tim Oakes, a lawyer of Nebraska.", "Tim Oakes", "affiliation", None),
    # a newsroom role after a bare medium is no outlet
    ("TV producer Kit Burns was at the scene.", "Kit Burns", "affiliation", None),
]


@pytest.mark.parametrize(("text", "who", "field", "want"), NOT_FIRES)
def test_role_not_invented(text: str, who: str, field: str, want: str | None) -> None:
    assert getattr(_actors(text)[who], field) == want


def test_party_kept_for_a_party_role() -> None:
    assert _actors("Conservative MP Lena Voss doubted it.")["Lena Voss"].affiliation == (
        "Conservative Party"
    )


def test_ideology_word_inside_a_sentence_stays_the_party() -> None:
    got = _actors("The vote was close, said Conservative historian Lena Voss on Monday.")
    assert got["Lena Voss"].affiliation == "Conservative Party"


def test_plain_place_name_is_no_organ() -> None:
    got = _actors("Delegates met at UN Plaza on Friday.")
    assert all(a.affiliation is None for a in got.values() if a.kind == "organization")
