"""Golden rows for session 4, round 4 (issue #6): undertakings found in wire and campaign
news beyond the cue verbs — a stance kept ("will remain neutral"), events on a calendar
("has a rally planned"). Invented sentences, each beside the trap it resembles (negated,
hypothetical, past, forecast, motive).
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # keeping out of a contest is a stance undertaken, whoever the subject
    ("Acme said it will remain neutral in the bidding contest.",
     [("pledge", {"Acme Corp"}, "remain neutral")]),
    ("Smith assured Tanaka that Ukraine would remain neutral for years.",
     [("pledge", {"Ukraine"}, "remain neutral")]),
    ("Smith said he would stay on the sidelines in the primary.",
     [("pledge", {"John Smith"}, "stay on the sidelines")]),
    # an outcome after remain/stay is no undertaking; a condition, a forecast neither
    ("Smith said prices will remain high.", []),
    ("Acme said the market would stay strong.", []),
    ("Analysts said Japan will probably remain neutral.", []),
    ("Smith would remain neutral if the party split, analysts said.", []),
    ("Acme said it would not remain neutral.", []),
    # an appearance on the committer's calendar is a plan; none, a past one, a venue's, no
    ("Smith has a speech scheduled at a farm fair on Friday.",
     [("intention", {"John Smith"}, "a speech scheduled")]),
    ("Tanaka has two more rallies planned this week.",
     [("intention", {"Ken Tanaka"}, "rallies planned")]),
    ("Dupont has scheduled campaign stops in Ohio and Iowa next week.",
     [("intention", {"Marie Dupont"}, "campaign stops in Ohio")]),
    ("Smith has no speech scheduled.", []),
    ("Smith had a rally planned for Friday but cancelled it.", []),
    ("Smith had scheduled a rally in Ohio.", []),
    ("The Geneva arena has a concert scheduled.", []),
    # public events being organised or held now are work under way; past ones, talks, no
    ("Smith and aides are organizing fundraisers and rallies in four states.",
     [("ongoing", {"John Smith"}, "fundraisers and rallies")]),
    ("Tanaka is holding a rally in Osaka on Thursday.",
     [("ongoing", {"Ken Tanaka"}, "a rally in Osaka")]),
    ("Tanaka was holding a rally when the news broke.", []),
    ("Acme is holding talks with its lenders.", []),
    ("Smith is holding the line on spending.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_stances(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def _actors_of(body: str) -> list[set[str]]:
    _text, got, names = run(body)
    return [{names[a] for a in c.actors if a in names} for c in got]


def test_a_described_office_holder_is_the_one_the_text_ties_to_it() -> None:
    body = ("Sen. John Smith of Ohio spoke. Gov. Ken Tanaka of Iowa spoke too. "
            "The Ohio senator will hold a hearing on Friday.")
    assert _actors_of(body) == [{"John Smith"}]
    body = ("Ohio Sen. John Smith spoke. Sen. Ken Tanaka of Iowa spoke too. "
            "The Ohio senator will hold a hearing on Friday.")
    assert _actors_of(body) == [{"John Smith"}]
    body = ("Sen. John Smith of Ohio spoke. Sen. Ken Tanaka of Iowa spoke too. "
            "The Iowa senator will hold a hearing on Friday.")
    assert _actors_of(body) == [{"Ken Tanaka"}]


def test_a_described_office_nobody_holds_names_nobody() -> None:
    body = "Gov. Ken Tanaka of Iowa spoke. The Ohio senator will hold a hearing on Friday."
    assert _actors_of(body) in ([], [set()])
