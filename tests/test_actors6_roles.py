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
    ("Rep. Adam Roe, the top Democrat on the House Intelligence Committee, called for sanctions.",
     "Adam Roe", None, "House Intelligence Committee"),
    (("Sen. Mary Lee, the ranking Republican on the Senate Finance Committee, said the bill was "
     "flawed."), "Mary Lee", None, "Senate Finance Committee"),
    (("Rep. Mary Lee, R-Ind., asked him to testify before the Committee on Government Reform. "
     "Lee, the committee's chairman, said she would act."), "Mary Lee", None,
     "Committee on Government Reform"),
    (("The House Oversight Committee voted 19-15. \"No,\" said Rep. Tom Hale of Maryland, the "
     "panel's ranking Democrat."), "Tom Hale", None, "House Oversight Committee"),
    ("Rep. Gail Smith (D-N.C.), head of the Congressional Black Caucus, said it was a bad day.",
     "Gail Smith", None, "Congressional Black Caucus"),
    ("The House Ethics Committee met. \"It is wrong,\" panel Chairman Rep. Jay Hale (R-Utah) said.",
     "Jay Hale", None, "House Ethics Committee"),
    # a place's office in an appositive
    ("\"We will not help,\" said Alex Romero, mayor of Miami-Dade County.",
     "Alex Romero", "mayor", "Miami-Dade County"),
    ("\"It is an invasion,\" Scott Pryor, the attorney general of Oklahoma, said at an event.",
     "Scott Pryor", "attorney general", "Oklahoma"),
    # think tanks and universities
    (("Conservative economist Aparna Mehta, who studies tax policy at the American Enterprise "
     "Institute, said it was unclear."), "Aparna Mehta", "economist",
     "American Enterprise Institute"),
    (("\"It is hard,\" said Dean Barker, co-director of the Center for Economic and Policy "
     "Research, a liberal think tank."), "Dean Barker", "co-director",
     "Center for Economic and Policy Research"),
    (("\"It is hard,\" said Josh Baxter, research and policy director of the progressive "
     "Economic Policy Institute."), "Josh Baxter", "research and policy director",
     "Economic Policy Institute"),
    (("\"Yes,\" said Megan Hall, senior associate for education organizing at the Annenberg "
     "Institute for School Reform."), "Megan Hall", "senior associate",
     "Annenberg Institute for School Reform"),
    ("\"No,\" said Tom Kerr, who teaches constitutional law at Elmford University.",
     "Tom Kerr", None, "Elmford University"),
    # outlets and newsrooms
    ("Ruth Marks, an editor at The Washington Post, asked him a question.",
     "Ruth Marks", "editor", "Washington Post"),
    ("The odds were low, Harbor Insider senior editor Josh Barrow noted on Friday.",
     "Josh Barrow", "senior editor", "Harbor Insider"),
    (("Trump praised the moderator of Monday night's first debate, Lester Holm of NBC News, but "
     "with an edge."), "Lester Holm", "moderator of Monday night's first debate", "NBC News"),
    # the person served
    ("\"No,\" said Tom Kerr, a former technology aide to Hillary Clinton.",
     "Tom Kerr", "former technology aide", "Hillary Clinton"),
    ("\"No,\" said Tom Kerr, a spokesman for House Speaker Paul Ryan.",
     "Tom Kerr", "spokesman", "Paul Ryan"),
    (("Anthony Weiner had a rough day. His wife, longtime Hillary Clinton aide Huma Abbas, "
     "announced they were separated."), "Huma Abbas", "aide", "Hillary Clinton"),
    ("\"No,\" said Saul Annis, a top adviser to Ted Cruz's former presidential campaign.",
     "Saul Annis", "top adviser", "Cruz campaign"),
]


@pytest.mark.parametrize(("text", "who", "title", "aff"), FIRES)
def test_role_is_read(text: str, who: str, title: str | None, aff: str) -> None:
    a = _actors(text)[who]
    assert a.affiliation == aff
    if title is not None:
        assert a.title == title


def test_person_served_is_no_organisation() -> None:
    got = _actors("\"No,\" said Tom Kerr, Hillary Clinton's former campaign strategist.")
    assert got["Tom Kerr"].affiliation == "Hillary Clinton"
    assert got["Hillary Clinton"].kind == "person"


@pytest.mark.parametrize(("text", "organ", "parent"), [
    ("The U.N. Security Council met on Friday.", "United Nations Security Council",
     "United Nations"),
    ("The UN Human Rights Council said it was concerned.", "UN Human Rights Council",
     "United Nations"),
    ("The EU Commission agreed to the plan.", "EU Commission", "European Union"),
])
def test_organ_has_parent_body(text: str, organ: str, parent: str) -> None:
    assert _actors(text)[organ].affiliation == parent


# The party's nominee: the text's main person, named shortly before, with no title.
NOMINEE = (
    "Donald Roe spoke in Ohio on Monday. Roe said taxes were too high. Roe said he would win. "
    "Ann Kerr, a voter, cheered.\n\nThe Republican presidential nominee has repeatedly said the "
    "race is rigged."
)


def test_party_nominee_is_the_main_person() -> None:
    assert _actors(NOMINEE)["Donald Roe"].title == "Republican presidential nominee"


# Counterexamples: nothing may be invented.
NOT_FIRES = [
    # two people share the text: "the Democratic nominee" may mean either
    (("Ann Kerr met Jane Lowe on Friday. Kerr said no. Lowe said yes. Kerr left. Lowe stayed.\n\n"
     "The Democratic nominee said she would win."), "Ann Kerr", "title", None),
    # the main person is of the other party
    (("Sen. Ann Kerr (D-Ohio) spoke on Monday. Kerr said no. Kerr said later she would vote.\n\n"
     "The Republican nominee has said the race is rigged."), "Ann Kerr", "title", "Senator"),
    # a committee named elsewhere is no affiliation without a stated role
    ("The House Ethics Committee met. Rep. Tom Hale (R-Utah) said he was pleased.",
     "Tom Hale", "affiliation", "Republican"),
    # an ideology word before a commentator's calling is no party …
    ("Conservative economist Jane Roe said it was unclear.", "Jane Roe", "affiliation", None),
    # … and an alumnus is not on the staff
    ("\"No,\" said Tom Kerr, who studied law at Elmford University.", "Tom Kerr",
     "affiliation", None),
    # a sentence-opening common word is no outlet
    ("Debate moderator Chris Wallen said he would not check facts. The debate was long.",
     "Chris Wallen", "affiliation", None),
    # "the moderator of Monday night's debate": a day, no organisation
    ("Trump praised the moderator of Monday night's debate, Lester Holm, on Friday.",
     "Lester Holm", "affiliation", None),
    # a lawyer of a place is no office serving it
    ("\"No,\" said Tom Hale, a lawyer of Ohio.", "Tom Hale", "affiliation", None),
]


@pytest.mark.parametrize(("text", "who", "field", "want"), NOT_FIRES)
def test_role_not_invented(text: str, who: str, field: str, want: str | None) -> None:
    assert getattr(_actors(text)[who], field) == want


def test_party_kept_for_a_party_role() -> None:
    assert _actors("Conservative MP Jane Roe said it was unclear.")["Jane Roe"].affiliation == (
        "Conservative Party"
    )


def test_ideology_word_inside_a_sentence_stays_the_party() -> None:
    got = _actors("The vote was close, said Conservative economist Jane Roe on Monday.")
    assert got["Jane Roe"].affiliation == "Conservative Party"


def test_plain_place_name_is_no_organ() -> None:
    got = _actors("Delegates met at UN Plaza on Friday.")
    assert all(a.affiliation is None for a in got.values() if a.kind == "organization")
