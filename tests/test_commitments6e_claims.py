"""Golden rows for an aim that a third party asserts (issue #6, precision round 6e):
"X claimed (without evidence) that Y wants to …", "his allegation last week that Y plans to …"
report the claimer's assertion about Y, not Y's undertaking. Counterexamples: the claimer's own
pledge ("claimed he will …", "claims they will …") and a plain report of Y's plan stay.
Invented sentences written from general news conventions.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a third party's assertion about somebody else's aim: no record
    ("At a rally, Smith claimed without evidence that Jones wanted to raise every tax.", []),
    ("Smith gave no evidence for his claim in May that Jones wants to close the border.", []),
    ("The mayor's rivals alleged last week that the council plans to sell the city's parks.", []),
    # the claimer's own pledge, and a plain report of the plan: still commitments
    ("Smith has even claimed he will build a new bridge across the river.",
     [("pledge", set(), "build a new bridge across the river")]),
    ("Governor Jones wants to raise taxes on the wealthiest families.",
     [("intention", set(), "raise taxes on the wealthiest families")]),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_claimed_aim(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
