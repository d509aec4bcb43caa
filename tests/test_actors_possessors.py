"""Golden rows (invented sentences) for owners written before a person or a role in news copy:
a country's, place's or body's possessive before a surname ("Latvia's Ozola said") is the
owner, not a given name glued to the surname; a person's possessive before a campaign role
("Ann Roe's campaign manager X", "Roe's former campaign manager X") names the Roe campaign; a
person's possessive before a role ("Vale's spokesman X") makes no organisation of the person;
"head of state" is a title; a state before a national body's acronym ("Ohio RNC member X") is
where the member comes from, while "Ohio GOP chairman X" is the state party; and a few
well-known bodies (the two national party committees, PolitiFact, the Pew Research Center).
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
    return section(f"Leaders meet on the new treaty\n\n{body}\n", dt.date(2024, 5, 6))


def spans_of(actors: list[Actor], name: str, text: str) -> list[str]:
    a = find(actors, name)
    assert a is not None, name
    return [text[s:e] for s, e in a.mentions]


ROWS: list[Any] = [
    # a person's campaign before the role
    ("\"We will win Ohio,\" Ann Roe's campaign manager Tom Vale said on Monday.",
     {"Tom Vale": {"title": "campaign manager", "affiliation": "Roe campaign"}}, ["Roe"]),
    ("Gary Lund met donors. Lund's former campaign manager Ida Berg said it was over.",
     {"Ida Berg": {"title": "former campaign manager", "affiliation": "Lund campaign"}}, []),
    # counterexamples: a body's campaign staff, a state's campaign rules
    ("The Green Party's campaign director Ida Berg said the rally was full.",
     {"Ida Berg": {"affiliation": None}}, ["Green Party campaign"]),
    ("Ohio's campaign finance director Ida Berg said the rules were clear.",
     {"Ida Berg": {"affiliation": None}}, ["Ohio campaign"]),
    # a named person's surname before a role: no organisation of that name
    ("Pavel Novak met the envoys. Novak's spokesman Ivan Hrubý said talks would go on.",
     {"Ivan Hrubý": {"title": "spokesman"}, "Pavel Novak": {"kind": "person"}}, []),
    # counterexample: a body's possessive stays a body
    ("Velmar's spokesman Ivan Hruby said the plant would reopen.",
     {"Velmar": {"kind": "organization"}}, []),
    # head of state
    ("Latvian head of state Ilze Ozola signed the accession papers on Friday.",
     {"Ilze Ozola": {"title": "head of state"}}, []),
    ("Heads of state met in Oslo on Friday and signed the papers.", {}, ["Heads"]),
    # a state before a national body's acronym; a state party stays whole
    ("Ohio RNC member Ada Fisk said the rules were unfair.",
     {"Ada Fisk": {"title": "member", "affiliation": "RNC"}}, ["Ohio RNC"]),
    ("North Dakota DNC member Ada Fisk said the rules were unfair.",
     {"Ada Fisk": {"affiliation": "DNC"}}, ["North Dakota DNC", "Dakota DNC"]),
    ("North Carolina GOP chairman Tom Lee said the rules were fair.",
     {"Tom Lee": {"affiliation": "North Carolina GOP"}}, []),
    ("Indiana GOP chairman Tom Lee said the rules were fair.",
     {"Tom Lee": {"affiliation": "Indiana GOP"}}, []),
    # a spelled-out national committee names the member's affiliation
    ("The Democratic National Committee met. DNC chairman Tom Lee said the rules were fair.",
     {"Tom Lee": {"affiliation": "Democratic National Committee"}}, []),
    # well-known bodies
    ("Politifact checked the claim. Politifact then ruled that it was true.",
     {"PolitiFact": {"kind": "organization"}}, []),
    ("A new Pew Research report compares web samples. Pew looked at nine samples.",
     {"Pew Research Center": {"kind": "organization"}}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_possessors(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)


def test_country_possessive_before_surname_is_the_persons_mention() -> None:
    body = ("Latvia's Anna Ozola signed the papers. Later, Latvia's Ozola said the vote was "
            "historic.")
    d = doc_of(body)
    actors = extract_actors(d)
    assert spans_of(actors, "Anna Ozola", d.text).count("Ozola") == 1
    p = find(actors, "Anna Ozola")
    assert p is not None and p.country == "Latvia"


def test_surname_glued_to_a_longer_name_after_a_possessive_is_not_linked() -> None:
    # counterexample: "Latvia's Ozola Airport" is a place's name, not the person
    body = "Anna Ozola spoke. Flights to Latvia's Ozola Airport resumed on Friday."
    d = doc_of(body)
    assert spans_of(extract_actors(d), "Anna Ozola", d.text) == ["Anna Ozola"]


def test_person_possessor_mention_joins_the_person() -> None:
    body = "Pavel Novak met the envoys. Novak's spokesman Ivan Hruby said talks would go on."
    d = doc_of(body)
    actors = extract_actors(d)
    assert not [a for a in actors if a.kind == "organization" and a.name == "Novak"]
    assert "Novak's" in spans_of(actors, "Pavel Novak", d.text) or "Novak" in spans_of(
        actors, "Pavel Novak", d.text
    )
