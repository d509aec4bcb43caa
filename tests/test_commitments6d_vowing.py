"""Golden rows for a pledge told in the present progressive (issue #6, session 6, round 4):
"X is promising to …", "Y and Z are vowing to …", "we're pledging to …" make a pledge now, and
a second clause with its own subject ("…, and Y is promising to") is Y's, not the first
pledger's. The adjective "promising" ("the results are promising") is no cue. Invented rows.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    ("Smith is promising to cut taxes for small firms.",
     [("pledge", {"John Smith"}, "cut taxes for small firms")]),
    ("Smith and Tanaka are vowing to protect pensions.",
     [("pledge", {"John Smith", "Ken Tanaka"}, "protect pensions")]),
    ("Japan is pledging to spend $2 billion on new ports in the region.",
     [("pledge", {"Japan"}, "spend $2 billion on new ports")]),
    # two pledgers in coordinated clauses: each his own
    (("Smith has vowed to bring back steel jobs and cut red tape, and Dupont is promising "
      "to retrain steel workers."),
     [("pledge", {"John Smith"}, "bring back steel jobs"),
      ("pledge", {"John Smith"}, "cut red tape"),  # one record per item of a list (issue #6)
      ("pledge", {"Marie Dupont"}, "retrain steel workers")]),
    # the adjective: none
    ("The results are promising, Smith said.", []),
    ("It is a promising start to the talks.", []),
    ("Early trials of the vaccine are promising to investors.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_progressive_pledge(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_second_pledger_not_the_first() -> None:
    _, got, names = run(
        "Smith has vowed to bring back steel jobs, and Dupont is promising to retrain workers."
    )
    assert [{names[a] for a in c.actors} for c in got][-1] == {"Marie Dupont"}
