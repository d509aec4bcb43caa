"""Golden rows (invented sentences) for business-wire actor shapes: a name led by an initial
before a given name ("J. Robert Hale"), an ampersand that lost its marks ("Pratt amp Co."),
company head words (Foods, Pictures, Studios, Entertainment, Magazine, Stores, Petroleum), a
role after an age ("Ann Ross, 54, treasurer,"), an office a person was named to ("was named
chairman of Delmont Corp."), a firm's possessive before an officer in a text that names the firm
in full, a base before a firm ("chairman of Boston-based Harlow"), an unknown acronym that speaks
("the NRDC said"), a dotted abbreviation as affiliation written by its name. Each row: the text,
then {name: {field: value}}, then names that must not be actors. Counterexamples sit beside the
examples."""

from __future__ import annotations

from typing import Any

import pytest
from test_actors import check_actors
from test_actors_kinds import doc_of, find

from briefgen.extract.actors import extract_actors

ROWS: list[Any] = [
    # an initial, then a known given name and a surname: one person, the surname joins him
    ("J. Robert Hale was named to the board. Mr. Hale, 52 years old, will start in May.",
     {"J. Robert Hale": {"kind": "person", "aliases": ("Hale",)}}, ["Robert Hale"]),
    ("Profits rose at the mill. H. Marshall Lund said so, and Mr. Lund smiled.",
     {"H. Marshall Lund": {"kind": "person"}}, ["Marshall Lund"]),
    # counterexample: an initial before a word that is no given name makes no given-name person
    ("Demand grew, and K. Industrial Scripts rose 4% in Tokyo.", {}, ["K. Industrial Scripts"]),
    # "amp": an ampersand of "&amp;" that lost its marks joins a firm's name
    ("Pratt amp Co. said it would buy the shares.",
     {"Pratt amp Co.": {"kind": "organization"}}, ["Co."]),
    ("Hanson Savings amp Loan Association, hurt by losses, said it would sell bonds.",
     {"Hanson Savings amp Loan Association": {"kind": "organization"}}, ["Loan Association"]),
    # counterexample: a lower-case "amp" between words is a word
    ("The guitarist said the amp was too loud, Dale Hunt said.", {"Dale Hunt": {}}, ["amp"]),
    # company head words
    ('"It is big," said Jane Pike, president of Harlow Foods in Dayton, Ohio.',
     {"Jane Pike": {"title": "president", "affiliation": "Harlow Foods"},
      "Harlow Foods": {"kind": "organization"}}, []),
    ("The film will be released by Lakeside Pictures in May, Ann Roe said.",
     {"Lakeside Pictures": {"kind": "organization"}}, []),
    # counterexamples: the plain nouns
    ("Processed foods and the pictures of the stores cost more, Ann Roe said.",
     {"Ann Roe": {}}, ["Processed foods"]),
    # a role after an age, the firm named before
    (("Delmont Corp. said profit rose. Ann M. Ross, 54, treasurer, and Paul Kent, 58, executive "
     "vice president, will retire."),
     {"Ann M. Ross": {"title": "treasurer", "affiliation": "Delmont Corp."},
      "Paul Kent": {"title": "executive vice president", "affiliation": "Delmont Corp."}}, []),
    # counterexample: an age, then a clause or a verb, is no role
    ("Profits rose. Paul Kent, 58, who has led the unit, will retire. Ann Ross, 44, said it.",
     {"Paul Kent": {"title": None}, "Ann Ross": {"title": None}}, []),
    # the office a person was named, elected or appointed to
    (("Profits rose. H. Robert Lund was appointed president and chief operating officer of "
     "Delmont Corp., a bank."),
     {"H. Robert Lund": {"title": "president and chief operating officer",
                         "affiliation": "Delmont Corp."}}, []),
    (("Delmont Corp. said profits rose. Paul Kent, 61, has been elected vice chairman and "
     "treasurer, the bank said."),
     {"Paul Kent": {"title": "vice chairman and treasurer",
                    "affiliation": "Delmont Corp."}}, []),
    ("Tom Vale was elected governor of Ohio in 2010, his aide Ann Roe said.",
     {"Tom Vale": {"title": "governor", "affiliation": "Ohio"}}, []),
    # counterexamples: named in a suit, after someone, elected to a body
    (("Ann Roe was named in the lawsuit, Tom Vale said. Jane Pike was named after her aunt. "
     "Laura Moss was elected to the Senate in 2010."),
     {"Ann Roe": {"title": None}, "Jane Pike": {"title": None}, "Laura Moss": {"title": None}}, []),
    # a firm's possessive before an officer: the firm the text names in full
    ("Harlow Corp. said profit rose, according to Paul R. Kent, Harlow's treasurer.",
     {"Paul R. Kent": {"title": "treasurer", "affiliation": "Harlow Corp."}}, ["Harlow"]),
    # a base before the firm is no part of its name
    ("Louis Gerst, chairman of New York-based Harlow, called the sale big. Harlow said so.",
     {"Louis Gerst": {"title": "chairman", "affiliation": "Harlow"}},
     ["New York-based Harlow"]),
    ("Tom Vale, an analyst at the Boston-based Harlow Foundation, said so.",
     {"Tom Vale": {"title": "analyst", "affiliation": "Harlow Foundation"}}, []),
    # counterexample: a head of state's country is no firm
    ("Jo Kim, president of France, said so.", {"Jo Kim": {"affiliation": None}}, []),
    # an acronym nobody defined that speaks is an organisation; its other uses join it
    ('"We are disappointed," the ACU said in a statement. Mr. Roe will address the ACU on Friday.',
     {"ACU": {"kind": "organization"}}, []),
    ("Profits rose. The NRDC said the rule was weak.", {"NRDC": {"kind": "organization"}}, []),
    # counterexamples: an office, a name's suffix, capitals for reverence, a longer name
    ("The CEO said so. John Roe III said so. The LORD says so.", {}, ["CEO", "III", "LORD"]),
    ("Tom Vale said Harlow PAC said so.", {}, ["PAC"]),
    # a dotted abbreviation as affiliation is written by the body's name; an acronym stays
    ("U.N. Secretary-General Kofi Ansa said so.",
     {"Kofi Ansa": {"affiliation": "United Nations"}}, []),
    ("FBI Director Louis Frey said so.", {"Louis Frey": {"affiliation": "FBI"}}, []),
    # titles: inspector general, treasurer, administrator, general manager
    ("The Transport Department inspector general, Ann Roe, said the audit was late.",
     {"Ann Roe": {"title": "inspector general"}}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_business(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)
