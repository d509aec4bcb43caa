"""Golden rules for searches and inquiries under way (issue #6, session 5, round 11): the
progressive passive with a named agent ("X is being sought by the FBI", "the effort is being
led by Acme", "events are being organized by the EU"); unnamed police, investigators or
prosecutors at work ("detectives are pursuing 250 leads", "police are investigating the
death"); a search told in the past progressive inside a report, the report's present
("reported that police were searching for a third suspect"); investigators named after a
preposition, their effort in a participle ("leads for detectives trying to find the driver").

Each with counterexamples that must not fire: an unnamed or possessed agent ("by career
prosecutors", "by several of Smith's rivals"), a past progressive background ("was being
questioned by", "because they were searching for"), a negation, a generic subject ("voters are
pursuing"), investigators as a sentence's subject in a past scene ("Police trying to clear the
road fired tear gas").

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # the progressive passive with a named agent
    ("Tanaka is now the second suspect being sought by Japan in the case.", [
        ("ongoing", {"Japan"}, "the second suspect being sought by Japan"),
    ]),
    ("The rescue effort is being led by Acme.", [
        ("ongoing", {"Acme Corp"}, "The rescue effort"),
    ]),
    ("Special screenings are being organized by the European Union and member states.", [
        ("ongoing", {"European Union"}, "Special screenings"),
    ]),
    ("The bribery case is being investigated by NATO inspectors.", [
        ("ongoing", {"NATO"}, "The bribery case"),
    ]),
    ("The matter is being handled by career prosecutors.", []),
    ("The plan, being pursued by several of Smith's rivals, is risky.", []),
    ("Smith was being questioned by Japan when the fire broke out.", []),
    ("Tanaka is not being sought by Japan.", []),
    # unnamed police, investigators, prosecutors at work
    ("A spokesman said detectives are pursuing some 250 leads in the case.", [
        ("ongoing", set(), "some 250 leads"),
    ]),
    ("Police are investigating the death of a guard.", [
        ("ongoing", set(), "the death of a guard"),
    ]),
    ("Voters are pursuing more than 400 candidates.", []),
    ("The stock is selling at a discount.", []),
    # a search in the past progressive inside a report
    (("A radio station reported that two women were detained, and that police were "
      "searching for a third suspect."), [
        ("ongoing", set(), "a third suspect"),
    ]),
    ("Police said they were searching for the driver of the truck.", [
        ("ongoing", set(), "the driver of the truck"),
    ]),
    ("Guards halted the van because they were searching for a stolen car.", []),
    ("Officials said guards stopped the bus because they were searching for a stolen van.", []),
    ("The police were searching for the driver when the second blast hit.", []),
    # investigators after a preposition, their effort in a participle
    ("The tapes may give new leads to investigators trying to find the driver.", [
        ("ongoing", set(), "find the driver"),
    ]),
    ("Police trying to clear the road fired tear gas.", []),
    ("Migrants trying to cross the river were turned back.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_inquiries_golden(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_unnamed_investigators_keep_their_wording() -> None:
    _, got, _ = run("The tapes may give new leads to investigators trying to find the driver.")
    assert [(c.actor_text, c.actors) for c in got] == [("investigators", ())]
    _, got, _ = run("Acme said authorities were searching for the van.")
    assert [c.actor_text for c in got] == ["authorities"]
