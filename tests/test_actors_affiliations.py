"""Golden rows (invented sentences) for where a person works, written beside the name in news
copy: a writer's outlet after "of/at/for" ("X at the National Review", "wrote X for Morning
Consult", "X, of Harbor Health Services,"); the office a relative clause says the person holds
now ("an economist who is now president of the Lakeview Forum", "who runs Crosscut Partners");
a body's name among a role's modifiers ("a former Roe administration official", "former White
House press secretary"); a campaign ("a spokesman for Ann Roe's campaign", "the campaign's
press secretary"); role nouns ("the first lady, X", "an audience member"); and an affiliation
written as an acronym that the text spells out ("INS director X" -> the long name). Each row:
the text, then {name: {field: value}}, then names that must not be actors. Counterexamples sit
beside the examples."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_actors import check_actors
from test_actors_kinds import find

from briefgen.extract.actors import extract_actors
from briefgen.model import Document
from briefgen.section import section


def doc_of(body: str) -> Document:
    return section(f"Council weighs the new budget\n\n{body}\n", dt.date(2024, 5, 6))


ROWS: list[Any] = [
    # an outlet or a body after the name
    ("\"It was close,\" wrote Dana Hale at the National Review.",
     {"Dana Hale": {"affiliation": "National Review"}}, ["National Review Hale"]),
    ("\"It was close,\" wrote Carmen Ruiz for Morning Consult.",
     {"Carmen Ruiz": {"affiliation": "Morning Consult"}}, []),
    ("\"Security is tight,\" said Ann Moss, of Harbor Health Services, a sponsor of the walk.",
     {"Ann Moss": {"affiliation": "Harbor Health Services"}}, []),
    ("\"It was close,\" said Ann Moss of the Elmford Gazette.",
     {"Ann Moss": {"affiliation": "Elmford Gazette"}}, []),
    ("\"It was close,\" Tom Berg, a columnist for The Atlantic, wrote online.",
     {"Tom Berg": {"title": "columnist", "affiliation": "The Atlantic"}}, []),
    # counterexamples: where the person spoke, a time, an ocean
    ("\"It was close,\" said Ann Moss at the White House.",
     {"Ann Moss": {"affiliation": None}}, []),
    ("\"We will win,\" said Ann Moss for the third time.", {"Ann Moss": {"affiliation": None}}, []),
    ("The Atlantic Ocean is warming, Ann Moss said.", {}, ["The Atlantic"]),
    # the office held now, from a relative clause after the appositive's calling
    (("\"This is no reform,\" said Anna Lind, a historian who ran the Harbor Budget "
      "Office until 2019 and now serves as president of the Lakeview Policy Forum, a research group."),
     {"Anna Lind": {"title": "president", "affiliation": "Lakeview Policy Forum"}}, []),
    (("\"I doubt it,\" said Tom Berg, a former Roe administration official who runs Crosscut "
     "Partners."),
     {"Tom Berg": {"title": "former Roe administration official",
                   "affiliation": "Crosscut Partners"}}, []),
    ("\"I doubt it,\" said Tom Berg, a lawyer who is the reason the talks failed.",
     {"Tom Berg": {"title": "lawyer", "affiliation": None}}, []),
    ("\"I doubt it,\" said Tom Berg, a teacher who is now a fan of the Harbor Lions.",
     {"Tom Berg": {"title": "teacher", "affiliation": None}}, []),
    # a body's name among the modifiers; a person served after "to" is no organisation, but is
    # the affiliation (changed in session 6 from None: the gold annotators give the person
    # served, e.g. a politician for her strategist or press secretary)
    (("\"I doubt it,\" said Tom Berg, former White House press secretary to Paul Lane, who "
     "attended the event."),
     {"Tom Berg": {"title": "former White House press secretary", "affiliation": "Paul Lane"}},
     ["Paul Lane"]),
    ("\"I doubt it,\" said Tom Berg, a major influence on Green Party policy.",
     {"Tom Berg": {"title": None}}, []),
    ("\"I doubt it,\" said Tom Berg, now the Green Party's nominee for mayor.",
     {"Tom Berg": {"title": None}}, []),
    # a campaign
    ("Brian Hale, a spokesman for Mary Greene's campaign, said the numbers were good.",
     {"Brian Hale": {"title": "spokesman", "affiliation": "Greene campaign"}}, []),
    ("Brian Hale, a spokesman for Mary Greene's campaigners, said the numbers were good.",
     {"Brian Hale": {"title": "spokesman", "affiliation": None}}, []),
    ("\"We won,\" said Tom Berg, the campaign's press secretary.",
     {"Tom Berg": {"title": "press secretary", "affiliation": None}}, ["campaign"]),
    # role nouns
    ("The campaign will send the first lady, Ann Moss, to Ohio.",
     {"Ann Moss": {"title": "first lady"}}, []),
    ("Tom Berg, an audience member, asked how the plan would help him.",
     {"Tom Berg": {"title": "audience member"}}, []),
    ("\"I doubt it,\" said Tom Berg, a member of the Harbor Council.",
     {"Tom Berg": {"title": "member", "affiliation": "Harbor Council"}}, []),
    ("Members of the audience cheered when Tom Berg spoke.", {"Tom Berg": {"title": None}}, []),
    # an acronym the text spells out is the body's long name; a well-known one stays
    ("The Harbor Transit Authority (HTA) raised fares. HTA director Ana Ruiz said costs rose.",
     {"Ana Ruiz": {"affiliation": "Harbor Transit Authority"}}, []),
    ("FBI Director Ana Ruiz said the Federal Bureau of Investigation would help.",
     {"Ana Ruiz": {"affiliation": "FBI"}}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_affiliations(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)


def test_the_campaign_is_the_one_named_last() -> None:
    """"the campaign's press secretary" works for the campaign the text named last before him."""
    text = ("Tom Vale and Mary Greene met in a debate. The Vale campaign and the Greene campaign "
            "traded attacks. The Greene campaign said "
            "it would respond. Brian Hale, the campaign's press secretary, said the numbers "
            "were good.")
    check_actors(extract_actors(doc_of(text)),
                 {"Brian Hale": {"title": "press secretary", "affiliation": "Greene campaign"}},
                 [], find)
