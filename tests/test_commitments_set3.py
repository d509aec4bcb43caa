"""Golden rules for general causes of misses found on a real-news development set (issue #6):
a participle pledge after the main clause ("…, promising to"), a leading adverb that is no
committer ("Repeatedly pledged to …" in a broken line) — each next to its look-alike.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a participle pledge after a comma shares the main clause's subject
    (
        "Smith toured the flooded towns, promising to rebuild the bridges.",
        [("pledge", {"John Smith"}, "rebuild the bridges")],
    ),
    (
        "Smith spoke to a gathering of farmers, vowing to cut fuel duty.",
        [("pledge", {"John Smith"}, "cut fuel duty")],
    ),
    (
        "Smith met the mayors, pledging that he would reopen the depot.",
        [("pledge", {"John Smith"}, "reopen the depot")],
    ),
    # … but a participle opening the sentence is no pledge of anyone
    ("Promising to cut taxes is easy, Smith said.", []),
    ("Smith spoke for an hour, promising impossible growth in return.", []),
    # a lone adverb before the cue is no subject
    ("repeatedly pledged to ban all imports.", []),
    ("Smith repeatedly pledged to ban all imports.", [("pledge", {"John Smith"}, "ban all imports")]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_set3_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
