"""Golden rows for a reported undertaking to refrain (issue #6, session 6, round 4): "X said
she would not lift the fuel levy", "X told reporters he will not sign the bill" are pledges of
restraint by X (the dev gold sets list them as pledges). Only an act of X's own (an agentive
verb), only when the pronoun is the one the reporting clause names, never a quantified group
("Many X said they will not …"), never a non-act ("would not comment"). Invented rows.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    ("Dupont has said she would not lift the fuel levy on small firms.",
     [("pledge", {"Marie Dupont"}, "not lift the fuel levy on small firms")]),
    ("Smith told reporters he will not sign the bill.",
     [("pledge", {"John Smith"}, "not sign the bill")]),
    ("Tanaka insisted he would never support the merger.",
     [("pledge", {"Ken Tanaka"}, "never support the merger")]),
    # not an act, a group, or someone other than the speaker: none
    ("Smith said he would not comment on the case.", []),
    ("Many lawmakers said they will not attend the summit.", []),
    ("Smith said Tanaka would not sign the bill.", []),
    # declining to enter an agreement is a refusal, not a pledge (the "refused to commit")
    ("Tanaka said he would not join the trade pact.", []),
    ("Dupont told reporters she will not sign any such agreement.", []),
    ("Smith said they would not agree to the deal.", []),
    ("Smith said the bill would not raise taxes.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_reported_refusal(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
