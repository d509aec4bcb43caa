"""Sentence-final attribution tails after a leading attribution (#5, session 6d).

(1) "X told Y that A, a company spokesman said yesterday." / "…, the firm's chief executive
added." / "…, according to a bank official.": the tail is a view of its own speaker (the outer
reporter) over the whole report, and the inner view's content ends before the tail — the
same model for a role-noun tail as for a named one (_outer_view) and for an according-to
tail after a relayed attribution.
(2) A place in a location phrase after the speaker noun ("officials here and at its Denver
office", "executives in Ohio") is never the speaker: the staff noun ends the speaker.
(3) An act reported whole ("Acme sought approval …, according to X"): a volition verb opening
the content is not a reporting verb of its own, so the content keeps its subject and verb.
Counterexamples: a tail that is not an attribution, a role noun with no speech verb, a
speech verb opening the content ("They stressed A, according to X": A alone).
Sentences invented from general news conventions."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from briefgen.pipeline import build_brief

LEAD = "Northwind Ltd. said on Monday it would close two plants.\n\n"


def views(body: str) -> list[tuple[str, str, str, str | None]]:
    b = build_brief(LEAD + body, datetime.date(2024, 5, 1))
    names = {a.id: a.name for a in b.actors}
    return [
        (v.rule, v.speaker_text, v.text, names.get(v.speaker) if v.speaker else None)
        for v in b.views
        if v.span[0] >= len(LEAD)
    ]


# (body, [(rule, speaker_text, content)] that must all be present)
ROWS: list[Any] = [
    # (1) role-noun tails after a leading attribution
    (("The insurer then wrote its clients that it plans to lift premiums once the court rules, "
     "a company spokesman said yesterday.\n"),
     [("verb-final", "a company spokesman",
       "The insurer then wrote its clients that it plans to lift premiums once the court rules")]),
    (("The airline told pilots that it would add routes next spring, the carrier's chief "
     "executive added.\n"),
     [("verb-final", "the carrier's chief executive",
       "The airline told pilots that it would add routes next spring"),
      ("verb-lead", "The airline", "it would add routes next spring")]),
    ("The union told members that a strike was unlikely, a union official, Maria Lopez, said.\n",
     [("verb-final", "a union official, Maria Lopez",
       "The union told members that a strike was unlikely")]),
    # (1) an according-to tail after a leading attribution: both views
    (("The mayor told council members that the budget would be cut, according to two people "
     "at the meeting.\n"),
     [("according-to-tail", "two people at the meeting",
       "The mayor told council members that the budget would be cut"),
      ("verb-lead", "The mayor", "the budget would be cut")]),
    # (2) a location phrase after the staff noun
    (("The bank will post a loss this quarter, according to Northwind officials here and at the "
     "company's Denver office.\n"),
     [("according-to-tail", "Northwind officials",
       "The bank will post a loss this quarter")]),
    ("Sales fell sharply in March, according to executives in Ohio.\n",
     [("according-to-tail", "executives", "Sales fell sharply in March")]),
    # (3) a volition verb opening the content keeps the whole clause
    (("Northwind sought permission last month to sell the mill, according to Northwind "
     "officials.\n"),
     [("according-to-tail", "Northwind officials",
       "Northwind sought permission last month to sell the mill")]),
    ("The board decided to delay the merger, according to a board member who attended.\n",
     [("according-to-tail", "a board member who attended",
       "The board decided to delay the merger")]),
    # counterexample: a speech verb opening the content still starts the content after it
    ("They stressed the plant would stay open, according to a union statement.\n",
     [("according-to-tail", "a union statement", "the plant would stay open")]),
]


@pytest.mark.parametrize("body,want", ROWS)
def test_tail_rows(body: str, want: list[tuple[str, str, str]]) -> None:
    got = [(r, s, t) for r, s, t, _ in views(body)]
    for row in want:
        assert row in got, got


def test_staff_modifier_is_speaker_not_place() -> None:
    got = views("The bank will post a loss this quarter, according to Northwind officials here "
                "and at the company's Denver office.\n")
    tail = [v for v in got if v[0] == "according-to-tail"]
    assert tail and tail[0][3] == "Northwind Ltd."


def test_inner_content_stops_before_role_tail() -> None:
    got = views("The insurer then wrote its clients that it plans to lift premiums, a company "
                "spokesman said yesterday.\n")
    inner = [v for v in got if v[0] == "verb-lead"]
    assert inner and not inner[0][2].endswith("said yesterday")
    assert "spokesman" not in inner[0][2]


# Counterexamples: no outer view.
NOT_TAILS = [
    # a role noun as an object, no speech verb closing the sentence
    "The company told investors that it would hire a new spokesman.\n",
    # a tail clause that is not an attribution: "the official said" followed by more clause
    "The minister said the plan would work, and the president agreed with her.\n",
]


@pytest.mark.parametrize("body", NOT_TAILS)
def test_no_outer_view(body: str) -> None:
    got = views(body)
    assert not [v for v in got if v[0] in ("verb-final", "according-to-tail")], got


def test_verbatim_record_relays_only() -> None:
    """A transcript or recording holds the speaker's own words: no view of its own."""
    got = views("The mayor told reporters that the budget would be cut, according to a "
                "recording of the briefing.\n")
    assert [v[0] for v in got] == ["verb-lead"], got
