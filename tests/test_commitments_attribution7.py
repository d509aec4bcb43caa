"""Golden rules for who a commitment binds (issue #6, session 5, attribution round 7): the
writer of "X wrote/informed/assured Y that it …" (never the addressee), a firm's description as
the speaker of "it" ("The No. 2 U.S. steel maker said it …": the firm the story is about, not a
country premodifying the description), a person's campaign announcing "it will …" behind a wire
dateline (the person and the campaign body), and "Mr./Ms. <surname>" in a joint subject the
actors stage left unmarked. Each with counterexamples that must not fire or must not take the
wrong actor.

Invented sentences; actors from the small gazetteer below.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_commitments import check_attribution, run_paragraph

# name → (kind, surface forms)
GAZ: dict[str, tuple[str, tuple[str, ...]]] = {
    "United States": ("country", ("United States", "U.S.")),
    "Japan": ("country", ("Japan",)),
    "Acme Corp": ("organization", ("Acme Corp", "Acme")),
    "Globex S.A.": ("organization", ("Globex S.A.", "Globex")),
    "Initech Inc.": ("organization", ("Initech Inc.", "Initech")),
    "Roe campaign": ("organization", ("Roe campaign",)),
    "National Housing League": ("organization", ("National Housing League",)),
    "Jane Roe": ("person", ("Jane Roe",)),
    "Tom Baker": ("person", ("Tom Baker",)),
    "Ann Lister": ("person", ("Ann Lister",)),
    "Paul Baker": ("person", ("Paul Baker",)),
    "Boston": ("place", ("Boston",)),
}


def _run(body: str) -> tuple[str, list[Any], dict[str, str]]:
    return run_paragraph(body, GAZ, affiliation={"Roe campaign": "Jane Roe"})


# (text, [(strength, actors it must have, actors it must not have, fragment of the action)])
ROWS: list[tuple[str, list[tuple[str, set[str], set[str], str]]]] = [
    # the writer of a letter "that it …", never its addressee
    (("Acme Corp sought clearance last week to buy Globex shares. The No. 2 U.S. steel maker "
      "then wrote Globex that it intends to buy 10% of the company."), [
        ("intention", {"Acme Corp"}, {"Globex S.A.", "United States"}, "buy 10%"),
    ]),
    (("Acme Corp sought clearance last week. The company informed Initech Inc. on Monday "
      "that it plans to close the plant."), [
        ("intention", {"Acme Corp"}, {"Initech Inc."}, "close the plant"),
    ]),
    # the addressee is the subject when it is the one said to act
    (("Acme Corp sought clearance last week. Globex said it plans to close the plant."), [
        ("intention", {"Globex S.A."}, {"Acme Corp"}, "close the plant"),
    ]),
    # a firm's description speaks for the firm the story is about, not a premodifying country
    (("Initech Inc. posted a loss for the quarter. The Japan-based chip maker said it will cut "
      "500 jobs by June."), [
        ("pledge", {"Initech Inc."}, {"Japan"}, "cut 500 jobs"),
    ]),
    # not a firm: a description of people is left to the other rules (no record here)
    (("Initech Inc. posted a loss for the quarter. The Japanese negotiators said it will cut "
      "500 jobs by June."), []),
    # a person's campaign "it" behind a dateline left in the sentence: the person and the body
    (("BOSTON ― Jane Roe’s campaign said it is hiring a new manager to run the National "
      "Housing League drive. The Roe campaign has 40 staff."), [
        ("ongoing", {"Jane Roe", "Roe campaign"}, {"National Housing League"}, "a new manager"),
    ]),
    (("Jane Roe’s office said it is hiring a new manager to run the National Housing "
      "League drive. The Roe campaign has 40 staff."), [
        ("ongoing", {"Jane Roe"}, {"Roe campaign", "National Housing League"}, "a new manager"),
    ]),
    # courtesy titles before surnames in a joint subject
    (("Ann Lister, the head of the National Housing League, spoke on Monday. Tom Baker, a "
      "lawyer, joined her. Mr. Baker and Ms. Lister are also organizing a march in Boston."), [
        ("ongoing", {"Tom Baker", "Ann Lister"}, set(), "a march in Boston"),
    ]),
    # two people of that surname: no guess
    (("Tom Baker and Paul Baker, brothers, spoke on Monday, as did Ann Lister. Mr. Baker and "
      "Ms. Lister are also organizing a march in Boston."), [
        ("ongoing", {"Ann Lister"}, {"Tom Baker", "Paul Baker"}, "a march in Boston"),
    ]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_attribution(body: str, expected: list[tuple[str, set[str], set[str], str]]) -> None:
    check_attribution(_run(body), expected)
