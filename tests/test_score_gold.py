"""The gold scorer's strict view matching: a view counts only when it covers enough of the
gold evidence, as published quote scores count (overlap > 0.3 and > 0.8 of the gold span)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from score_gold import covered, score_view_overlap

TEXT = 'The minister said the plan "will cut waste and save money over ten years."'
EVIDENCE = "will cut waste and save money over ten years."


@pytest.mark.parametrize(
    ("share_of_evidence", "counts_at_0_3", "counts_at_0_8"),
    [(1.0, True, True), (0.5, True, False), (0.2, False, False)],
)
def test_a_view_counts_by_the_share_of_the_evidence_it_covers(
    share_of_evidence: float, counts_at_0_3: bool, counts_at_0_8: bool
) -> None:
    start = TEXT.index(EVIDENCE)
    end = start + int(len(EVIDENCE) * share_of_evidence)
    gold = {"views": [{"evidence": EVIDENCE, "speaker": "minister"}]}
    out = {"views": [{"span": [start, end]}]}
    for share, counts in ((0.3, counts_at_0_3), (0.8, counts_at_0_8)):
        tally = score_view_overlap(gold, TEXT, out, share)
        assert (tally.pred_ok, tally.gold_ok) == ((1, 1) if counts else (0, 0))
        assert (tally.pred, tally.gold) == (1, 1)


def test_coverage_is_measured_against_the_gold_span_not_the_view() -> None:
    assert covered([(0, 100)], (10, 20)) == 1.0  # a long view holding the whole quote
    assert covered([(0, 15)], (10, 20)) == 0.5
    assert covered([], (10, 20)) == 0
