"""Golden rows (invented sentences) for a person's role and affiliation: occupational roles in
an appositive, an age left out of a role, a role that says more than an honorific, whom a role
serves ("Stein spokeswoman X", "Roe's lawyer X", "Roe's campaign manager, X,") and an acronym
before a role. Each row: the text, then {name: {field: value}}, then names that must not be
actors. Counterexamples: a clause or a place after the comma is no role."""

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
    return section(f"Council weighs budget plan\n\n{body}\n", dt.date(2024, 5, 6))


ROWS: list[Any] = [
    # occupational roles in an appositive
    ("“We will not give up,” said Tom Vargo, an evangelical pastor. “Never.”",
     {"Tom Vargo": {"title": "evangelical pastor"}}, []),
    ("“It is time,” said Ray Kolb, a 42-year-old Denver businessman who joined the march.",
     {"Ray Kolb": {"title": "Denver businessman"}}, []),
    ("Neal Korver, creator of the Open Ledger web site, said he would appeal.",
     {"Neal Korver": {"title": "creator"}}, []),
    ("Ann Pell, owner of the Blue Door Cafe, said sales fell.",
     {"Ann Pell": {"title": "owner"}}, []),
    # a role says more than an honorific
    ("The shooting of Dr. Alan Brisk, a gynecologist in Albany, shocked the town.",
     {"Alan Brisk": {"title": "gynecologist"}}, []),
    ("Dr. Alan Brisk said the clinic would stay open.", {"Alan Brisk": {"title": "Dr"}}, []),
    # whom a role serves: the affiliation, never a false organisation (a campaign role: the
    # candidate's campaign, as the gold files write it)
    ("Jill Marrow spoke on Monday. Marrow spokeswoman Lena Cobb said the bus was late.",
     {"Lena Cobb": {"title": "spokeswoman", "affiliation": "Marrow"}}, []),
    ("Ted Garvin, Lowry's campaign manager, said the polls were wrong. Dana Lowry agreed.",
     {"Ted Garvin": {"title": "campaign manager", "affiliation": "Lowry campaign"}}, []),
    ("Pruett's campaign manager, Matt Hoyle, said in a statement that it was low.",
     {"Matt Hoyle": {"title": "campaign manager", "affiliation": "Pruett campaign"}}, []),
    ("Helen Vance spoke first. Vance's lawyer Cora Mills was granted immunity.",
     {"Cora Mills": {"title": "lawyer", "affiliation": "Vance"}}, []),
    ("The Harbor Trust's founder, Ivan Sokol, said the fund would grow.",
     {"Ivan Sokol": {"affiliation": "Harbor Trust"}}, []),
    ("Family spokesman Bob Drury said the funeral would be private.",
     {"Bob Drury": {"affiliation": None}}, ["Family"]),
    # an acronym before a role is the organisation; a medium is not
    ("FDA commissioner Paula Wren told reporters the drug was safe.",
     {"Paula Wren": {"title": "commissioner", "affiliation": "FDA"}}, []),
    ("TV reporter Ada Nunn was at the scene.", {"Ada Nunn": {"affiliation": None}}, ["TV"]),
    # counterexamples: a clause, a place or a time after the comma is no role
    ("Jane Rourke, who met the president last week, said the talks were useful.",
     {"Jane Rourke": {"title": None}}, []),
    ("“It hurts,” said Rob Stanek, a 59-year-old from Hilton Head, who voted early.",
     {"Rob Stanek": {"title": None}}, []),
    pytest.param(
        "In Tamworth, the owner of the Elm Country Club, Mark Selden, faced opposition.",
        {}, ["Tamworth"],
        marks=pytest.mark.xfail(strict=True, reason="a place before a role and a name"),
    ),
    ("Jane Rourke, 45, said the rent had doubled.", {"Jane Rourke": {"title": None}}, []),
    ("A major investor, Harbor Square Capital Management, cut its stake.",
     {}, ["Harbor Square Capital Management"]),
    # a preposition opening the sentence before a local office leaves no place words (once
    # raised IndexError)
    ("Ana Ruiz spent heavily. With Governor Lane and Senator Ortiz still in, she cannot win.",
     {"Ana Ruiz": {"title": None}}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[(r.values[0] if hasattr(r, "values") else r[0])[:40] for r in ROWS])
def test_roles(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)
