"""Actors, session 9: the body a person's stated role serves. Campaign staff take the campaign
("a campaign spokeswoman", "a Roe campaign aide, X", "an adviser to the campaign"); cabinet
offices take their department ("Homeland Security Secretary X"); relation words ("rival",
"opponent") are no title of the person's own. Every row is invented from general news
conventions, with counterexamples that must not fire."""

from __future__ import annotations

import datetime

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section

_REF = datetime.date(2016, 10, 1)
_CAMP = "Tom Vale spoke in Ohio on Monday. The Vale campaign said it was gaining. "


def _person(body: str, name: str) -> Actor | None:
    acts = extract_actors(section("Officials Meet On Budget\n\n" + body, _REF))
    return next((a for a in acts if a.kind == "person" and a.name == name), None)


CAMPAIGN = [  # (text, name, title, affiliation)
    (_CAMP + "Ann Lutz, a spokeswoman for the Vale campaign, said the ad was false.",
     "Ann Lutz", "spokeswoman", "Vale campaign"),
    (_CAMP + "Vale campaign manager Ann Lutz said the ad was false.",
     "Ann Lutz", "manager", "Vale campaign"),
    (_CAMP + "Ann Lutz, Vale's campaign chairman, said the ad was false.",
     "Ann Lutz", "campaign chairman", "Vale campaign"),
    (_CAMP + "A Vale campaign aide, Ann Lutz, said the ad was false.",
     "Ann Lutz", "campaign aide", "Vale campaign"),
    (_CAMP + "Ann Lutz, a campaign spokeswoman, said the ad was false.",
     "Ann Lutz", "campaign spokeswoman", "Vale campaign"),
    (_CAMP + "The state's campaign chairman, Ann Lutz, said she had not seen it.",
     "Ann Lutz", "state campaign chairman", "Vale campaign"),
    (_CAMP + "Ann Lutz, an outside adviser to the campaign and a professor at Elmford "
     "University, said the plan was sound.", "Ann Lutz", "outside adviser", "Vale campaign"),
    (_CAMP + "Vale spokeswoman Ann Lutz said the ad was false.",
     "Ann Lutz", "spokeswoman", "Vale campaign"),
    (_CAMP + "Ann Lutz, a top Vale surrogate, said the ad was false.",
     "Ann Lutz", "top Vale surrogate", "Vale campaign"),
    ("Tom Vale spoke on Monday. Vale surrogate Ann Lutz said the ad was false.",
     "Ann Lutz", "surrogate", "Vale campaign"),
    # the campaign named after the person: still the text's one campaign
    (("Tom Vale spoke in Ohio. Ann Lutz, a campaign spokeswoman, said the ad was false. "
     "The Vale campaign declined to comment."), "Ann Lutz", "campaign spokeswoman",
     "Vale campaign"),
    # counterexamples: a role that serves the person, a trade that works on campaigns, no
    # campaign in the text, a campaign for a cause
    (_CAMP + "Ann Lutz, Vale's lawyer, said the suit was frivolous.", "Ann Lutz", "lawyer", "Vale"),
    (_CAMP + "Vale's chief of staff, Ann Lutz, said the bill was dead.",
     "Ann Lutz", "chief of staff", "Vale"),
    ("Tom Vale spoke. Ann Lutz, a campaign spokeswoman, said the ad was false.",
     "Ann Lutz", "campaign spokeswoman", None),
    ("Ann Lutz, a spokeswoman for the campaign to ban mines, said it was false.",
     "Ann Lutz", "spokeswoman", None),
    (_CAMP + "Ann Lutz, a reporter on the campaign trail, said it was dull.",
     "Ann Lutz", "reporter", None),
    (_CAMP + "Ann Lutz, a campaign finance lawyer, said the rules were unclear.",
     "Ann Lutz", "campaign finance lawyer", None),
    # a pronoun's campaign is the person it names, not the campaign named last
    ("Ann Roe leads. The Vale campaign trails. Her campaign manager, Dan Pike, said so.",
     "Dan Pike", "campaign manager", "Roe campaign"),
    ("Tom Vale spoke. The Republican campaign manager, Dan Pike, said it was false.",
     "Dan Pike", "campaign manager", None),
]


@pytest.mark.parametrize(("text", "name", "title", "aff"), CAMPAIGN)
def test_campaign_staff(text: str, name: str, title: str, aff: str | None) -> None:
    p = _person(text, name)
    assert p is not None
    assert (p.title, p.affiliation) == (title, aff)


DEPARTMENTS = [  # (text, name, title, affiliation)
    ("Homeland Security Secretary Ann Lutz said hackers had struck.",
     "Ann Lutz", "Homeland Security Secretary", "Homeland Security Department"),
    ("Treasury Secretary Ann Lutz said the dollar was strong.",
     "Ann Lutz", "Treasury Secretary", "Treasury Department"),
    ("Acting Energy Secretary Tom Vale said prices would fall.",
     "Tom Vale", "Acting Energy Secretary", "Energy Department"),
    ("Ann Lutz, a State Department spokeswoman, said the talks went well.",
     "Ann Lutz", "spokeswoman", "State Department"),
    ("A Labor Department official, Ann Lutz, said the data was late.",
     "Ann Lutz", "official", "Labor Department"),
    ("The Justice Department filed the suit. Deputy Attorney General Ann Lutz signed it.",
     "Ann Lutz", "Deputy Attorney General", "Justice Department"),
    # counterexamples: another place's office, an office held elsewhere with no department
    # named, a former holder
    ("Former Energy Secretary Tom Vale said prices would fall.",
     "Tom Vale", "Former Energy Secretary", None),
    ("Attorney General Ann Lutz sued the firm on Monday.", "Ann Lutz", "Attorney General", None),
    ("Secretary of State Ann Lutz said the vote was certified.",
     "Ann Lutz", "Secretary of State", None),
]


@pytest.mark.parametrize(("text", "name", "title", "aff"), DEPARTMENTS)
def test_department_offices(text: str, name: str, title: str, aff: str | None) -> None:
    p = _person(text, name)
    assert p is not None
    assert (p.title, p.affiliation) == (title, aff)


def test_state_office_is_no_department() -> None:
    for body in ("Ohio Secretary of State Ann Lutz certified the vote.",
                 "British Defence Secretary Tom Vale said troops would stay."):
        for a in extract_actors(section("Officials Meet On Budget\n\n" + body, _REF)):
            assert a.affiliation not in ("State Department", "Pentagon"), a


RELATIONS = [  # (text, name, title)
    ("Tom Vale said his rival, Ann Lutz, was wrong.", "Ann Lutz", None),
    ("Tom Vale attacked rival Ann Lutz. Ann Lutz, the Democratic nominee, said he lied.",
     "Ann Lutz", "Democratic nominee"),
    ("Tom Vale mocked his Democratic rival, Ann Lutz, at the rally.", "Ann Lutz",
     "Democratic rival"),
    ("Tom Vale and Republican opponent Ann Lutz meet on Monday.", "Ann Lutz", "Republican opponent"),
    # kin words stay when nothing else is known; a post of the person's own replaces them
    ("Tom Vale's wife, Ann Vale, said he would run.", "Ann Vale", "wife of Tom Vale"),
    ("Ann Lutz, a founding partner at Elm Strategies, said the race was close.", "Ann Lutz",
     "founding partner"),
    ("Tom Vale's wife, Ann Vale, spoke. Ann Vale, the state treasurer, said he would run.",
     "Ann Vale", "state treasurer"),
]


@pytest.mark.parametrize(("text", "name", "title"), RELATIONS)
def test_relation_titles(text: str, name: str, title: str | None) -> None:
    p = _person(text, name)
    assert p is not None
    assert p.title == title


OUTLETS = [  # (text, name, title, affiliation): a role in a known body's programme or part
    ("Ann Lutz, host of CNN's 'Weekend Desk,' asked about taxes.", "Ann Lutz", "host", "CNN"),
    ("Ann Lutz, the host of CNN's new morning show, said it was popular.", "Ann Lutz", "host",
     "CNN"),
    # counterexamples: a person's work, an unknown possessor
    ("Ann Lutz, the author of Tom Vale's memoir, said it sold well.", "Ann Lutz",
     "author of Tom Vale's", None),
    ("Ann Lutz, host of Elmtown's 'Morning Hour,' said it was popular.", "Ann Lutz",
     "host of Elmtown's", None),
]


@pytest.mark.parametrize(("text", "name", "title", "aff"), OUTLETS)
def test_role_in_a_bodys_programme(text: str, name: str, title: str, aff: str | None) -> None:
    p = _person(text, name)
    assert p is not None
    assert (p.title, p.affiliation) == (title, aff)
