"""Golden rules for who the parties of a commitment are (issue #6, session 3): the other party
of a settlement or understanding "with X" (a description such as "the federal government"
resolved), a plural "they" never credited to the one person who said it, the later verbs of a
relative clause sharing its antecedent list ("A, B and C, who … and agree to …"), and an
adverb before a speech act ("I will just say this") — each next to a look-alike that
must not fire or must not take that committer.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # the other party of a settlement, an understanding or a truce is a party too
    (
        "Acme said it had reached a settlement with Globex over the patents.",
        [("agreement", {"Acme Corp", "Globex"}, "a settlement with Globex")],
    ),
    (
        "Japan and Canada met in May. Acme struck a tax settlement with the federal government.",
        [("agreement", {"Acme Corp", "Japan"}, "settlement with the federal government")],
    ),
    # the later verbs of a relative clause share its antecedent, every item of a list
    (
        (
            "The day belonged to Japan, India and China, who have had to open their markets and"
            " agree to buy more grain."
        ),
        [("agreement", {"Japan", "India", "China"}, "buy more grain")],
    ),
    # ... but a past act or a schedule told about the antecedent is background
    ("The loan came from Acme, which sold the bonds and guaranteed repayment of the debt.", []),
    ("Shares of Globex, which are halted in Tokyo and are to resume trading Tuesday, fell.", []),
    # an adverb before a speech act: speaking, not pledging
    ("Smith said: I will just say this to all of you.", []),
    ("Smith said he will just sign the bill.", [("pledge", {"John Smith"}, "sign the bill")]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_party_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def _actors(body: str) -> list[set[str]]:
    _, got, names = run(body)
    return [{names[a] for a in c.actors} for c in got]


def test_work_with_is_no_agreement_party() -> None:
    """'will work with X' names a partner in the work, not a party bound by an agreement."""
    assert _actors("Acme said it would work with Globex to build the plant.") == [{"Acme Corp"}]


def test_one_person_is_no_they() -> None:
    """'Smith said they would …': the plural is someone else (here: nobody named), never Smith;
    a coordinated pair still is its own 'they'."""
    assert _actors("Smith said they would live at the embassy until the hearing.") == [set()]
    assert _actors("Smith and Tanaka said they would meet again in May.")[0] >= {
        "John Smith",
        "Ken Tanaka",
    }
