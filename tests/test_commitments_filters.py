"""Golden rules for look-alikes of commitments (issue #6, session 3): a pledge denied outright
("There is no chance X will …", "no reason to believe that X plans to …"), a withholding
quantity in a contact relative ("a force few politicians want to provoke"), advice ("would do
well to"), and an attitude that experts read into an actor ("experts say it shows the regime's
determination to …") — each next to a look-alike that must still fire.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    ("There is absolutely no chance Smith will quit the race.", []),
    (
        "Officials see no reason to believe that Globex plans to close the plant.",
        [],
    ),
    # a denial elsewhere in the sentence, beyond a quote, does not reach the pledge
    (
        "Smith said Tanaka \u201chas no chance,\u201d adding: \u201cI\u2019m going to tour Ohio.\u201d",
        [("intention", set(), "tour Ohio")],
    ),
    ("Acme is a rival few investors want to provoke.", []),
    ("Acme would do well to cut its prices.", []),
    ("Experts say the test shows Japan's determination to build more reactors.", []),
    # an attitude the actor shows, told by no expert, still counts; so do plans experts judge
    (
        "Analysts were surprised by Acme's willingness to accept a smaller stake.",
        [("intention", {"Acme Corp"}, "accept a smaller stake")],
    ),
    (
        "Experts say Japan's plans to build more reactors would raise costs.",
        [("intention", {"Japan"}, "build more reactors")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_filter_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


# Work under way and readiness told in someone's words; a past search is background, and an
# unnamed "group" is no organisation named earlier.
ONGOING_ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    (
        "Acme is searching for a new chief executive.",
        [("ongoing", {"Acme Corp"}, "a new chief executive")],
    ),
    ("Guards halted the van because they were searching for a stolen car.", []),
    (
        "Investigators from Japan and India have been working very hard on the case.",
        [("ongoing", {"Japan", "India"}, "the case")],
    ),
    (
        "Smith said Acme would be willing to wait until May.",
        [("pledge", {"Acme Corp"}, "wait until May")],
    ),
    ("A deal would be ready to sign by May.", []),
    # a proposal in a participle clause is the sentence subject's
    (
        "Smith backed off some plans, proposing new limits on tax breaks instead.",
        [("intention", {"John Smith"}, "new limits on tax breaks")],
    ),
    ("Proposing a toast, Smith raised his glass.", []),
]


@pytest.mark.parametrize(("body", "expected"), ONGOING_ROWS)
def test_ongoing_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_the_group_is_no_organisation_named_before() -> None:
    """'Acme met Smith. The group plans to …': a crowd or delegation as often as a body, so no
    earlier organisation is credited."""
    from test_commitments import run

    _, got, _ = run("Acme met Smith on Monday. The group plans to run ads in May.")
    assert [c.actors for c in got] == [()]
