"""Golden rules of issue #6, session 4 round 3: cues undone in the same breath ("wants to …
but can't"), states reached rather than acts ("ready to return to normal"), a trait named as
the subject of "is to" ("his first instinct is to …") — each next to the look-alike that stays
a commitment.

Invented sentences in news phrasing; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a cue undone by "but can't / couldn't / is unable"
    ("Smith says he wants to publish the audit but can't until the review ends.", []),
    ("Acme wanted to expand the plant, but couldn't get the permits.", []),
    ("Tanaka hopes to visit the site but is unable to travel this month.", []),
    ("Dupont would like to settle, but she cannot agree to the terms.", []),
    (
        "Smith wants to publish the audit, but Tanaka objects.",
        [("intention", {"John Smith"}, "publish the audit")],
    ),
    (
        "Acme plans to expand the plant but will need new permits.",
        [("intention", {"Acme Corp"}, "expand the plant")],
    ),
    # a state reached is no act
    ("Shop owners in Geneva said they were ready to return to normal.", []),
    ("Residents hope to get back to normal after the floods.", []),
    (
        "Japan plans to return the islands to civilian use.",
        [("intention", {"Japan"}, "return the islands to civilian use")],
    ),
    # a trait named as the subject of "is to"
    ("Smith's first instinct is to blame the press.", []),
    ("Acme's gut reaction is to cut prices whenever sales slow.", []),
    # a pact or accord made with a named party
    (
        "Acme cut a deal with Globex to share the pipeline.",
        [("agreement", {"Acme Corp", "Globex"}, "Globex to share the pipeline")],
    ),
    (
        "Smith worked out an accord with Tanaka on the fishing quotas.",
        [("agreement", {"John Smith", "Ken Tanaka"}, "Tanaka on the fishing quotas")],
    ),
    (
        "Though Smith had doubts, he established a research pact with Japan in May.",
        [("agreement", {"John Smith", "Japan"}, "Japan")],
    ),
    ("Acme cut costs to deal with the slump.", []),
    ("Acme never cut a deal with Globex.", []),
    ("Acme cut a deal with Globex to share the pipeline, but the pact fell apart in May.", []),
    (
        "Acme's plan is to cut prices in the spring.",
        [("intention", {"Acme Corp"}, "cut prices")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_round3(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
