"""Golden rows (invented sentences) for the title and affiliation a person gets from the words
around the name: a kin noun before it ("the boy's great-uncle, X," is his great-uncle; "Ann
Roe's father, X," is the father of Ann Roe), a role with its complement in apposition before it
("A lawyer for the family, X,", "The head of the FBI inquiry in Lagos, X,"), lower-case words
between an owner and a role ("Roe campaign spokesman X"), "X of the <organisation>", an
outlet's possessive ("CNN's X") and an office after an agency's name. Each row: the text, then
{name: {field: value}}, then names that must not be actors. Counterexamples: a clause, a verb
or a place where the role or owner would be gives no title or affiliation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_actors import check_actors

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Document
from briefgen.section import section


def doc_of(body: str) -> Document:
    return section(f"Council weighs budget plan\n\n{body}\n", dt.date(2024, 5, 6))


def find(actors: list[Actor], name: str) -> Actor | None:
    return next((a for a in actors if a.name == name or name in a.aliases), None)


ROWS: list[Any] = [
    # kin nouns: the relation is the title, "of <possessor>" when a named person owns it
    ("In Tampa, the girl's great-uncle, Ramon Ortega, denied that he would leave.",
     {"Ramon Ortega": {"title": "great-uncle"}}, []),
    ("Later, Maria Ortega's father, Jorge Luis Ortega, said he was ready to travel.",
     {"Jorge Luis Ortega": {"title": "father of Maria Ortega"}}, []),
    ("The widow, who met his son Tom Rowe at the court, said nothing.",
     {"Tom Rowe": {"title": "son"}}, []),
    ("The father of modern Ruritania, John Rowe, died in 1901.",
     {"John Rowe": {"title": None}}, []),
    # a role with its complement in apposition before the name
    ("A lawyer for the two newspapers, David Schell, said no decision had been made.",
     {"David Schell": {"title": "lawyer for the two newspapers", "affiliation": None}}, []),
    ("Cora Pell spoke first. An attorney for Pell, Mark Danner, stressed that she was ready.",
     {"Mark Danner": {"title": "attorney for Pell", "affiliation": "Pell"}}, []),
    ("The head of the FBI inquiry in Lagos, Kenneth Pruitt, said 100 people were questioned.",
     {"Kenneth Pruitt": {"title": "head of the FBI inquiry in Lagos", "affiliation": "FBI"}},
     []),
    ("He argued with the head of state, Toma Rekka, about the vote.",
     {"Toma Rekka": {"title": "head of state"}}, []),
    # counterexamples: a clause or a list is no role's complement
    ("The money went to officials who ran the ministry, Mark Tolley, said a source.",
     {}, ["Mark Tolley"]),
    ("He was the head of the team that won, John Rowe said on Monday.",
     {"John Rowe": {"title": None}}, []),
    # lower-case words between an owner and a role: the owner's part, or words of the title
    ("Voss campaign spokesman Jason Mellor told reporters that the plan would work.",
     {"Jason Mellor": {"title": "spokesman", "affiliation": "Voss campaign"}}, []),
    ("Harlan communications director Jenna Pauly said the claim was false.",
     {"Jenna Pauly": {"title": "communications director", "affiliation": "Harlan"}}, []),
    ("State Department international security director Dave Carver said it mattered.",
     {"Dave Carver": {"title": "international security director",
                      "affiliation": "State Department"}}, []),
    ("The senator is married to Acme Fargo board member Elaine Choi, a lawyer.",
     {"Elaine Choi": {"title": "board member", "affiliation": "Acme Fargo"}}, []),
    ("“We will find them,” Elmwood police Chief Chuck Jordan said on Monday.",
     {"Chuck Jordan": {"title": "Chief", "affiliation": "Elmwood police"}}, []),
    # counterexamples: a verb between the owner and the role is no part of it
    ("Varga fired director James Colby on Tuesday, aides said.",
     {"James Colby": {"title": None, "affiliation": None}}, []),
    ("Police say officer Tom Rowe was hurt in the crash.",
     {"Tom Rowe": {"affiliation": None}}, []),
    # "X of the <organisation>", an organisation's possessive before the name
    ("The group was met by Joan Brown Hale of the National Council of Churches, who flew in.",
     {"Joan Brown Hale": {"affiliation": "National Council of Churches"}}, []),
    ("“Nobody wants that,” said Nina Prado of the Tampa-based Cuban Exile Foundation.",
     {"Nina Prado": {"affiliation": "Cuban Exile Foundation"}}, []),
    ("Later, Martha Rhee of ABC News asked about the plan.",
     {"Martha Rhee": {"affiliation": "ABC News"}}, []),
    ("CNN's Jake Tolliver then followed up with a question.",
     {"Jake Tolliver": {"affiliation": "CNN"}}, []),
    ("The study by Tom Covell of the University of Elmford and Professor Ann Rusk was cited.",
     {"Tom Covell": {"affiliation": "University of Elmford"}}, []),
    # counterexamples: a place after "of", a person's possessive
    ("“It is over,” said Elijah Cumming of Maryland, the ranking Democrat.",
     {"Elijah Cumming": {"affiliation": None}}, []),
    ("Vale spoke first. Vale's Tom Marsh said taxes would rise.",
     {"Tom Marsh": {"affiliation": None}}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[(r.values[0] if hasattr(r, "values") else r[0])[:40] for r in ROWS])
def test_relations(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)
