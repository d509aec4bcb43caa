"""A description that names its person in apposition (#5, session 5): "His former business
partner at Acme, Jane Roe, called …" — the noun before its complement ("partner" of "partner
at Acme") is the kin or role noun, and the name after the comma speaks, never the possessor.
"A business partner of Mr. Doe" is someone other than Doe (unnamed). Counterexamples: a
description in apposition ("…, a retired banker") names nobody; the possessor never speaks
for a role held for him; a spokesman for a person still speaks for that person."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",))
DOE = ("John Doe", "person", ("Doe",))
LEAD = "John Doe founded Acme in 1990. "

# (body, [speaker id or None of each view in order])
ROWS: list[Any] = [
    (LEAD + "His former business partner at Acme, Jane Roe, called him a genius.", ["A1"]),
    (LEAD + "Her longtime colleague at the bank, Jane Roe, said the plan would fail.", ["A1"]),
    (LEAD + "His partner in the venture, Jane Roe, said the firm was sound.", ["A1"]),
    (LEAD + "The head of the port authority, Jane Roe, said fees would rise.", ["A1"]),
    # counterexamples: an appositive description names nobody; the possessor is not the partner
    (LEAD + "His former business partner at Acme, a retired banker, called him a genius.",
     [None]),
    (LEAD + "A business partner of Mr. Doe at Acme said the firm was sound.", [None]),
    (LEAD + "A longtime colleague of Doe said the firm was sound.", [None]),
    # a spokesman speaks for the person (the gold convention)
    (LEAD + "A spokesman for Mr. Doe said the firm was sound.", ["A2"]),
]


@pytest.mark.parametrize("body,expected", ROWS)
def test_described_speakers(body: str, expected: list[Any]) -> None:
    assert [v.speaker for v in views_of(body, [ROE, DOE])] == expected
