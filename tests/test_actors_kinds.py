"""Golden rows (invented sentences) for what kind of actor a name makes and which title it gets:
a relative named with the surname of a person the text knows ("Tom Voss … Rakel Voss can be
heard"), company head words ("Harlow Communications"), a name whose last run follows "X to the"
("Friends in Need"), a possessor after "for" ("attorney for Roe's father X"), a portfolio
title that ends a longer body's name ("Immigration and Naturalization Service Commissioner X"),
a longer title form over a portfolio ("Republican Secretary of State X"), a plural title over a
coordination ("Sens. A (D-Ohio) and B"), sentence adverbs and quoted law names. Each row: the
text, then {name: {field: value}}, then names that must not be actors. Counterexamples sit
beside the examples."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_actors import check_actors

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Document
from briefgen.section import section


def doc_of(body: str) -> Document:
    return section(f"Town weighs new rules\n\n{body}\n", dt.date(2024, 5, 6))


def find(actors: list[Actor], name: str) -> Actor | None:
    return next((a for a in actors if a.name == name or name in a.aliases), None)


ROWS: list[Any] = [
    # a relative: an unknown word before a known surname, a verb after the pair
    ("Tom Lamar Voss was shot on Monday. Rakel Voss can be heard pleading with them. Voss was 40.",
     {"Tom Lamar Voss": {"kind": "person"}, "Rakel Voss": {"kind": "person"}}, []),
    ("Tom Lamar Voss was shot on Monday. Afterwards Voss was taken to hospital.",
     {"Tom Lamar Voss": {"kind": "person"}}, ["Afterwards Voss"]),
    ("Tom Lamar Voss was shot on Monday. Pending Voss's recovery, the case waits.",
     {"Tom Lamar Voss": {"kind": "person"}}, ["Pending Voss"]),
    # company head words make an organisation, never a person
    ("Harlow Communications, which runs the site, said it was told nothing.",
     {"Harlow Communications": {"kind": "organization"}}, []),
    ("Kestrel Systems said it would cut 200 jobs.",
     {"Kestrel Systems": {"kind": "organization"}}, []),
    ("Director of Communications Ann Roe said it was wrong.",
     {"Ann Roe": {"kind": "person"}}, ["Communications"]),
    # the last run of a longer name: "X to the Y"
    ("Jose Marin, chairman of Friends in Need, a relief charity, said it would help.",
     {"Friends in Need": {"kind": "organization"},
      "Jose Marin": {"title": "chairman", "affiliation": "Friends in Need"}}, ["Need"]),
    ("He sent Tom Kerr to the Harbor Fund, a charity, on Monday.",
     {"Harbor Fund": {"kind": "organization"}}, ["Kerr to the Harbor Fund"]),
    # a possessor after "for": a named relative, else no organisation
    ("Greg Hale, attorney for Ana's father Juan Pablo Ortiz, said it was over.",
     {"Greg Hale": {"title": "attorney", "affiliation": "Juan Pablo Ortiz"},
      "Juan Pablo Ortiz": {"kind": "person"}}, ["Ana"]),
    ("Ana Ortiz stayed. Lena Ruiz, spokeswoman for Ana's relatives in Miami, said no.",
     {"Lena Ruiz": {"title": "spokeswoman", "affiliation": "Ana's relatives in Miami"}}, ["Ana"]),
    ("Lisa Tran, an economist at the Harbor Foundation's tax centre, said rates would rise.",
     {"Lisa Tran": {"affiliation": "Harbor Foundation"}}, []),
    # a portfolio title that ends a longer body's name
    ("In March, Immigration and Naturalization Service Commissioner Dora Mays ruled on the case.",
     {"Dora Mays": {"title": "Commissioner",
                    "affiliation": "Immigration and Naturalization Service"}},
     ["Naturalization Service"]),
    ("But the Immigration and Naturalization Service's ruling stood.",
     {"Immigration and Naturalization Service": {"kind": "organization"}},
     ["Naturalization Service"]),
    ("Energy Secretary Ann Roe said the plant would close.",
     {"Ann Roe": {"title": "Energy Secretary"}}, []),
    # a longer title form wins over a portfolio; a plural title holds a coordination
    ("Republican Secretary of State Jon Hale said the ruling was wrong.",
     {"Jon Hale": {"title": "Secretary of State"}}, ["State Jon Hale"]),
    ("Sens. Ed Kern (D-Mass.) and John Brill (R-La.) said they would vote for it.",
     {"Ed Kern": {"title": "Sen."}, "John Brill": {"title": "Sen."}}, []),
    ("Sens. Jo Merk (D-Ore.), Al Brand (D-Ohio) and Rob Mendel (D-N.J.) wrote to him.",
     {"Jo Merk": {"title": "Sen."}, "Al Brand": {"title": "Sen."},
      "Rob Mendel": {"title": "Sen."}}, []),
    ("Sens. Ann Roe of Ohio and Tom Kerr of Maine wrote a letter to the agency.",
     {"Ann Roe": {"title": "Sen."}, "Tom Kerr": {"title": "Sen."}}, []),
    (("Foes of the plan, like Senators Carl E. Grange, Republican of Iowa, and Pat J. Lee, "
      "Democrat of Vermont, call it flawed."),
     {"Carl E. Grange": {"title": "Senator"}, "Pat J. Lee": {"title": "Senator"}}, []),
    ("Sens. Ann Lee, Tom Hale's closest ally, spoke first.",
     {"Tom Hale": {"title": None}}, []),
    # a title, "of the" and a body, then the holder's name
    ("Director of the Harbor Safety Agency (HSA) Lou Frey said here on Friday it was over.",
     # (the body's name as the text spells it out, not its acronym: "Harbor Safety Agency")
     {"Lou Frey": {"title": "Director", "affiliation": "Harbor Safety Agency"}}, []),
    ("Secretary-General of the United Nations Kofi Anand spoke first.",
     {"Kofi Anand": {"title": "Secretary-General", "affiliation": "United Nations"}}, []),
    ("The Director of the museum said no.", {}, ["museum"]),
    # a place before a local office is its affiliation; a party or a modifier is not a place
    ("Elmwood Mayor Jenna Robb said the video was unclear.",
     {"Jenna Robb": {"title": "Elmwood Mayor", "affiliation": "Elmwood"}}, ["Elmwood"]),
    ("Harlan County District Attorney Dale Brock said charges would follow.",
     {"Dale Brock": {"title": "Harlan County District Attorney",
                    "affiliation": "Harlan County"}},
     ["Harlan County"]),
    ("Former Ohio Gov. Ed Rand said the video was unclear.",
     {"Ed Rand": {"affiliation": "Ohio"}}, ["Former Ohio"]),
    ("Republican Gov. Pat Mill said no.", {"Pat Mill": {"affiliation": "Republican Party"}}, []),
    ("Acme Chairman Bo Fay said profits rose.", {"Bo Fay": {"affiliation": "Acme"}}, []),
    # a wire-style closing quote is a clause edge before a bare role; a possessive before a body
    ("The site broke ``our rules,'' spokesman Serge Clerc said.",
     {"Serge Clerc": {"title": "spokesman"}}, []),
    ("It was read by Hasan Peres, president of the government's Union of Student Clubs.",
     {"Hasan Peres": {"title": "president", "affiliation": "Union of Student Clubs"}}, []),
    # a role in apposition after a reporting verb's subject found first
    ("Later, the Ruritanian foreign minister, Janos Mark, who led the talks, said it was over.",
     {"Janos Mark": {"title": "foreign minister"}}, []),
    ("Sen. Ann Lee and the White House differ on the bill.",
     {"Ann Lee": {"title": "Senator"}}, []),
    # new titles: justices, officers, agents
    ("State Supreme Court Justice Ann Marlow said the law was void.",
     {"Ann Marlow": {"title": "Justice", "affiliation": "State Supreme Court"}}, []),
    ("Bo Tran, a senior FBI agent who runs the Elmira office, will speak.",
     {"Bo Tran": {"title": "senior FBI agent", "affiliation": "FBI"}}, ["Elmira"]),
    # unnamed groups that speak (data: speaker_groups); a place's police takes bare "police"
    ("Protesters say they will march again on Friday.",
     {"protesters": {"kind": "group"}}, []),
    ("Lawyers for the family said they would appeal the ruling.",
     {"lawyers for the family": {"kind": "group"}}, []),
    ("Federal investigators believe the fire began at night.",
     {"federal investigators": {"kind": "group"}}, []),
    ("Child custody lawyers say such cases are rare.", {}, ["child custody lawyers", "lawyers"]),
    ("He met critics of the plan on Monday.", {}, ["critics"]),
    ("Officials said the road would reopen.", {}, ["officials", "Officials"]),
    ("Ann Roe, the Elmwood-Harbor police chief, spoke first. Police say the man was armed.",
     {"Ann Roe": {"title": "police chief", "affiliation": "Elmwood-Harbor police"},
      "Elmwood-Harbor police": {"aliases": ("Police",)}}, ["police"]),
    # sentence adverbs and quoted law names are no people
    ("ROME - Similarly, the Hungarian foreign minister, Janos Mart, said it was over.",
     {"Janos Mart": {"title": "foreign minister"}}, ["Similarly"]),
    ("Lawmakers cheered when the “Justice Over Profit Recovery Act” reached the floor.",
     {}, ["Over Profit Recovery", "Over Profit"]),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_kinds(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)
