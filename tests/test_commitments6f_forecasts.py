"""Golden rows for records that are no undertaking (issue #6, precision round 2): a writer's
forecast of a tally or an effect after "will"/"would" ("X will gain at least 20", "the move
will cause a shift", "any attempt would fail"), a turn of speech after "want to" with I/we
("I want to tell you", "we want to thank …", "I'd like to study it"), a bare "we want to make
sure.", an attempt the writer narrates in the past ("as X was looking to …", "X was trying
to …"), a purpose clause ("so I would learn …") and the name Will ("columnist George Will
reignited …"). The same shapes with a real undertaking still count. Invented rows.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a tally or an effect forecast by the writer: none
    ("With 40 delegates at stake, Smith will gain at least 22.", []),
    ("Smith will win at least 30 delegates in the state.", []),
    ("The rise in interest rates will cause a shift in strategy.", []),
    ("Smith said any attempt to isolate Japan would fail.", []),
    ("A split in the party will put the state up for grabs in November.", []),
    ("Dupont will appreciate it, Smith said.", []),
    # the same modal with an act of the party's own: a pledge
    ("Smith will build a new bridge over the river, he said.",
     [("pledge", {"John Smith"}, "build a new bridge")]),
    ("Smith said he would cut taxes for small firms.",
     [("pledge", {"John Smith"}, "cut taxes for small firms")]),
    # a turn of speech or a noncommittal reply after want/like: none
    ('"I want to tell you, the crowd was huge," Smith said.', []),
    ('"We want to thank every volunteer," Smith said.', []),
    ('"I\'d like to study it," Smith said of the proposal.', []),
    ('"We want to make sure." Smith said.', []),
    # want to with an act: an intention
    ('"We want to cut taxes for every family," Smith said.',
     [("intention", {"John Smith"}, "cut taxes for every family")]),
    # an attempt the writer narrates in the past: none
    ("The vote came as Smith was looking to end a run of bad polls.", []),
    ("Smith was trying to reach the stage when the lights went out.", []),
    # an ongoing attempt: still work in progress
    ("Smith has been trying to repair ties with the unions.",
     [("ongoing", {"John Smith"}, "repair ties with the unions")]),
    ("Smith is trying to repair ties with the unions.",
     [("ongoing", {"John Smith"}, "repair ties with the unions")]),
    # a purpose clause: none
    ("Her father read the paper aloud so she would learn the language, Dupont wrote.", []),
    # the name Will: no modal
    ("Columnist George Will reignited his feud with Smith this week.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_forecast_or_speech_is_no_commitment(
    body: str, expected: list[tuple[str, set[str], str]]
) -> None:
    check_golden(body, expected)
