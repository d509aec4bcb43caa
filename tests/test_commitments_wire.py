"""Golden rules for wire and political phrasings of commitments (issue #6): "is going to <act>",
an agency's investigation under way, "signaled willingness to", "working very hard to", an
order issued ("ordered the deployment of"), and a withholding quantifier on the subject ("Few
X want to") — each next to its look-alike.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    (
        "Acme is going to close its plant in Ohio next year.",
        [("intention", {"Acme Corp"}, "close its plant in Ohio")],
    ),
    (
        "\u201cWe\u2019re going to rebuild every school,\u201d Smith said.",
        [("intention", {"John Smith"}, "rebuild every school")],
    ),
    ("Prices are going to rise next year.", []),
    ("It is going to be a long winter, Smith said.", []),
    ("\u201cWe\u2019re going to win this election,\u201d Smith said.", []),
    ("Japan is going to such lengths to build a force.", []),
    (
        "The European Union is investigating the merger.",
        [("ongoing", {"European Union"}, "the merger")],
    ),
    (
        "Acme launched an investigation into the leak.",
        [("ongoing", {"Acme Corp"}, "the leak")],
    ),
    ("An investigation into the leak found nothing.", []),
    (
        "Japan signaled willingness to resume talks.",
        [("intention", {"Japan"}, "resume talks")],
    ),
    ("Japan signaled concern about the talks.", []),
    (
        "Acme said its engineers are working very hard to restore power.",
        [("ongoing", set(), "restore power")],
    ),
    (
        "Smith ordered the deployment of 3,000 troops to the border.",
        [("binding", {"John Smith"}, "3,000 troops to the border")],
    ),
    ("A judge ordered a retrial.", []),
    ("Few Republicans want to raise taxes.", []),
    ("Not all leaders in Canada are ready to sign.", []),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_wire_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
