"""Golden rules for rulings and decisions (issue #6, session 3): a ruling or order that someone
must do something binds the body that made it ("ruled that X must …", "Monday's ruling by the
agency to …", "the decision, announced Friday by X, that … must …"), a decision that something
should happen is the decider's pledge, and a decision reported in someone's words ("officials
said they had decided to …") is still to be carried out. Findings with no obligation, decisions
told as done acts and decisions whose maker is not named after "by" are none.

Invented sentences; actors from the gazetteer of tests/test_commitments.py. The dev gold sets
agree on rulings as commitments in two of three annotators (the third lists one as a view).
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    (
        "The World Bank ruled Wednesday that Acme must repay the loan by May 3.",
        [("binding", {"World Bank"}, "Acme must repay the loan by May 3")],
    ),
    (
        "The World Bank has ordered that the files should be released within 30 days.",
        [("binding", {"World Bank"}, "the files should be released")],
    ),
    ("The World Bank ruled that the old contract was void.", []),
    ("The panel ordered lunch for the delegates.", []),
    (
        "The World Bank decided Acme should repay the loan by May 3.",
        [("pledge", {"World Bank"}, "Acme should repay the loan")],
    ),
    ("Globex decided the race early.", []),
    ("Acme decided to close the plant.", []),
    (
        "Acme said it had decided to sell the paint unit.",
        [("pledge", {"Acme Corp"}, "sell the paint unit")],
    ),
    (
        "Acme said it would appeal Monday's ruling by the World Bank to cancel the loan soon.",
        [
            ("pledge", {"Acme Corp"}, "appeal"),
            ("binding", {"World Bank"}, "cancel the loan soon"),
        ],
    ),
    (
        (
            "Acme will appeal the decision, announced Friday by the World Bank, that the loan"
            " must be repaid by May."
        ),
        [
            ("pledge", {"Acme Corp"}, "appeal the decision"),
            ("pledge", {"World Bank"}, "the loan must be repaid by May"),
        ],
    ),
    ("The decision by the voters surprised many.", []),
    ("Acme awaits a decision by regulators on whether to approve the sale.", []),
    ("Aides spoke of a decision by Smith that he needed to act alone.", []),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_ruling_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


# Approvals: a body approving a deal, a plan, a law or a move, or giving its go-ahead, is bound
# by it; an approved statement, a passive and an approval "of" an idea are not.
APPROVAL_ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    (
        "The Japan upper house has already approved the enlargement of the zone.",
        [("binding", {"Japan"}, "the enlargement of the zone")],
    ),
    ("Canada gave its go-ahead on Tuesday.", [("binding", {"Canada"}, "its go-ahead")]),
    (
        "Acme shareholders approved the sale of the paint unit to Globex.",
        [("binding", {"Acme Corp"}, "the sale of the paint unit")],
    ),
    ("The Acme board approved a resolution condemning the strike.", []),
    ("The sale was approved by Acme shareholders.", []),
    ("Smith approved of the idea.", []),
]


@pytest.mark.parametrize(("body", "expected"), APPROVAL_ROWS)
def test_approval_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


# A pledge named by its maker after "by" (wire quotes around it), and a gift announced.
BY_ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    (
        "The visit underscores the unwavering commitment'' by Japan ``to fight piracy.''",
        [("pledge", {"Japan"}, "fight piracy")],
    ),
    ("The commitment by voters surprised the pollsters.", []),
    (
        "Smith announced a gift of 500 tons of rice to India.",
        [("pledge", {"John Smith"}, "a gift of 500 tons of rice")],
    ),
    ("The museum thanked Smith for the gift of a painting.", []),
]


@pytest.mark.parametrize(("body", "expected"), BY_ROWS)
def test_named_by_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
