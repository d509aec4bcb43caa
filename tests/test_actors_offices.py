"""Golden rows (invented sentences) for offices before names: a capitalised plural title before
a list of names ("Presidents A of X and B of Y", "Prime Ministers A and B", "former presidents
A and B": each name holds the singular title); a chamber's leaders ("Senate Majority Leader A",
"House Minority Whip B") whatever verb follows; a lower-case role with no clause edge before it
("asked by radio host A") is the title of the person found there (not a role that is also a
verb after "will", "to"); an office written alone ("The Prime Minister said") is no one's name. Each row: the text, then {name: {field: value}}, then names that must
not be actors. Counterexamples sit beside the examples."""

from __future__ import annotations

from typing import Any

import pytest
from test_actors import check_actors
from test_actors_kinds import doc_of, find

from briefgen.extract.actors import extract_actors

ROWS: list[Any] = [
    ("Presidents Ivan Petrenko of Ruritania and Boris Volkov of Osterlich signed the plan.",
     {"Ivan Petrenko": {"title": "President"}, "Boris Volkov": {"title": "President"}}, []),
    ("Prime Ministers Jane Pike and Paul Kent objected to the plan on Monday.",
     {"Jane Pike": {"title": "Prime Minister"}, "Paul Kent": {"title": "Prime Minister"}}, []),
    ("Governors Ed Lutz and Al Dorn signed the compact.",
     {"Ed Lutz": {"title": "Governor"}, "Al Dorn": {"title": "Governor"}}, []),
    ("The gala drew former presidents Jimmy Vale and Bill Roe on Monday.",
     {"Jimmy Vale": {"title": "former president"}, "Bill Roe": {"title": "former president"}},
     []),
    # counterexamples: a holiday, an island, a body whose name holds the plural
    ("Stores were shut on Presidents Day, Tom Vale said.", {"Tom Vale": {}}, ["Day"]),
    ("Ferries to Governors Island ran late, Ann Roe said.", {"Ann Roe": {}}, ["Island"]),
    ("Tom Vale, of the Ohio Governors Association, spoke.",
     {"Tom Vale": {"title": None}, "Ohio Governors Association": {"kind": "organization"}}, []),
    # a chamber's leaders, whatever verb follows
    ("Tom Vale spoke first. Senate Majority Leader Ann Roe delivered a blunt message.",
     {"Ann Roe": {"title": "Senate Majority Leader"}}, []),
    ("Minority Leader Jo Kim called the bill a disaster. Majority Whip Al Dorn counted votes.",
     {"Jo Kim": {"title": "Minority Leader"}, "Al Dorn": {"title": "Majority Whip"}}, []),
    # a lower-case role with no clause edge before it is the title of the person found there
    ("Sanders was asked by radio host Ann Roe about the wall.",
     {"Ann Roe": {"title": "host"}}, []),
    ("The race tightened for pediatric surgeon Ben Kent, polls showed.",
     {"Ben Kent": {"title": "surgeon"}}, []),
    ("Democrats attacked Republican front-runner Tom Vale on Monday.",
     {"Tom Vale": {"title": "Republican front-runner"}}, []),
    # ordinary occupations as roles
    ("Takeover talk grew as Australian financier Kerry Dorn bought shares.",
     {"Kerry Dorn": {"title": "financier"}}, []),
    ("The ad features the actress Ann Roe and retired neurosurgeon Tom Vale.",
     {"Ann Roe": {"title": "actress"}, "Tom Vale": {"title": "neurosurgeon"}}, []),
    # counterexamples: a role that is also a verb after a verb's word; no person, no title
    ("The panel will host Ann Roe on Monday, Tom Vale said.", {"Ann Roe": {"title": None}}, []),
    ("She wants to coach Tom Hale next year.", {}, []),
    # counterexamples: an office written alone is no one's name
    ("A minister was picked. The Prime Minister said so. The Majority Leader said so too.",
     {}, ["Prime", "Prime Minister", "Majority Leader"]),
    ("The party needs a majority leader who listens, Tom Vale said.", {"Tom Vale": {}},
     ["majority leader"]),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_offices(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)
