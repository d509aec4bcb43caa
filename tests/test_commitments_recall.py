"""Golden rules for commitments the earlier rules missed (issue #6, recall by category): pledges
spoken by "we"/"I", plans of a named party described by an appositive, readiness to act
("poised to", "appears set to"), alliances, planned events, official reviews, rewards announced
"to offer" — each next to the look-alike that is no commitment.

Invented sentences in news and communiqué phrasing; actors from the gazetteer of
tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

RECALL: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # "promise" after a subject pronoun is the verb; after an article it is a noun
    (
        '"Together, we promise to rebuild the school," Smith said.',
        [("pledge", {"John Smith"}, "rebuild the school")],
    ),
    ("Smith broke a promise to cut taxes.", []),
    # a parenthetical after the subject
    (
        '"And I, at least, will travel to meet them," Smith said.',
        [("pledge", {"John Smith"}, "travel to meet them")],
    ),
    ("Japan, for its part, will send 200 engineers.", [("pledge", {"Japan"}, "send 200 engineers")]),
    # "X, a <noun> that intends to": the relative clause on the named antecedent
    (
        "Smith gave money to Globex, a start-up that intends to build cheap satellites.",
        [("intention", {"Globex"}, "build cheap satellites")],
    ),
    # … but a bare "will" there is background
    ("Smith visited Geneva, the city that will host the talks.", []),
    # readiness to act, only before an act and with a named subject
    ("Smith appears set to veto the bill.", [("intention", {"John Smith"}, "veto the bill")]),
    ("Acme is poised to open a plant in Ohio.", [("intention", {"Acme Corp"}, "open a plant")]),
    ("Prices appear set to rise.", []),
    ("Acme is poised to benefit from the tax.", []),
    # alliances
    (
        "Acme is joining forces with Globex to build a plant.",
        [("agreement", {"Acme Corp", "Globex"}, "build a plant")],
    ),
    ("Acme refused to join forces with Globex.", []),
    (
        "Acme formed a joint venture with Globex to make batteries.",
        [("binding", {"Acme Corp", "Globex"}, "joint venture")],
    ),
    (
        "Acme, which has gone into partnership with Globex, will add routes.",
        [
            ("binding", {"Acme Corp", "Globex"}, "partnership with Globex"),
            ("pledge", {"Acme Corp"}, "add routes"),
        ],
    ),
    ("Talks on a partnership with Globex collapsed.", []),
    # a past description in a relative clause is no news of a deal
    (
        "Acme, which formed a joint venture with Globex in 2005, will add routes.",
        [("pledge", {"Acme Corp"}, "add routes")],
    ),
    # planned events
    (
        "Globex has scheduled a shareholder vote for next week.",
        [("intention", {"Globex"}, "a shareholder vote")],
    ),
    ("The strike planned by unions was called off.", []),
    ("Police said the rally was planned for weeks.", []),
    # an official review under way
    (
        "Acme is reviewing whether the licence should be renewed.",
        [("ongoing", {"Acme Corp"}, "the licence should be renewed")],
    ),
    ("Nobody is examining whether the dam is safe.", []),
    # "announced (on Monday) to offer": the announced act
    (
        "Smith announced Tuesday to offer a reward of $1 million for tips.",
        [("pledge", {"John Smith"}, "a reward of $1 million")],
    ),
    # "X, like Y, has … but has said she will": the name before the first comma, if it agrees
    (
        ("Marie Dupont, like Smith, has urged Japan to spend more but has said she will keep "
        "the old pledges."),
        [("pledge", {"Marie Dupont"}, "keep the old pledges")],
    ),
    (
        ("Mr. Smith, like Dupont, has urged Japan to spend more but has said he will keep the "
        "old pledges."),
        [("pledge", {"John Smith"}, "keep the old pledges")],
    ),
    # … not a name of the other gender
    (
        ("Mr. Smith, like Dupont, has urged Japan to spend more but has said she will keep the "
        "old pledges."),
        [],
    ),
    # wishes are no undertakings
    ('"I would love to have Tanaka in the race," Smith said.', []),
    ("Smith said he would rather see lower taxes.", []),
]


@pytest.mark.parametrize(("body", "expected"), RECALL)
def test_recall(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
