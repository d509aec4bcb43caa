"""Golden rows for forecast effects (issue #6, precision round 6e): a will/would clause whose
subject is an event, outcome or quantity ("the country's entry into the alliance will …",
"costs tied to the move will …", "a Smith presidency would …") predicts an effect that nobody
undertakes. Counterexamples: parties and bodies (whatever follows their head noun) stay commitments.
Invented sentences written from general news conventions.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # an event or outcome as the subject: a forecast effect, no record
    ("The country's entry into the alliance will strengthen security in the region.", []),
    ("Costs tied to the bank's planned move will weigh on earnings through next year.", []),
    ("A Smith presidency would bring higher tariffs on imports.", []),
    ("Her victory in Ohio means she will collect nearly all its delegates.", []),
    ("The senator's tough re-election fight will leave him little time for the bill.", []),
    # a party or a body, even with an outcome word after its head: still commitments
    ("The government will cut spending on defence by 5 percent next year.",
     [("pledge", set(), "cut spending on defence by 5 percent next year")]),
    ("The election commission will publish the results on Monday.",
     [("pledge", set(), "publish the results on Monday")]),
    ("The company's board of directors will vote on the merger next week.",
     [("pledge", set(), "vote on the merger next week")]),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_outcome_subject(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
