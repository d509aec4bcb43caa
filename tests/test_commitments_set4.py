"""Golden rules for general causes of misses found on a fourth real-news development set
(issue #6): a reported review under way ("X said it was reviewing the letter") and a subject
whose mention the actors stage named too long ("The World Bank on Friday …") — each next to
its look-alike.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

from briefgen.extract.commitments import extract_commitments
from briefgen.model import Actor
from briefgen.section import section

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a review reported in the past tense is work under way
    (
        "Globex said it was reviewing the complaint.",
        [("ongoing", {"Globex"}, "the complaint")],
    ),
    (
        "The European Union said it was examining the request from the farmers.",
        [("ongoing", {"European Union"}, "the request from the farmers")],
    ),
    ("Acme said it was studying the offer.", [("ongoing", {"Acme Corp"}, "the offer")]),
    ("Acme is reviewing the contract.", [("ongoing", {"Acme Corp"}, "the contract")]),
    # … but past-progressive narration is no work someone took on
    ("Smith was reviewing the files when the lights went out.", []),
    ("Globex was examining the samples when the fire started.", []),
    ("Reviewing the complaint took a week, Globex said.", []),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_set4_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_subject_named_too_long_by_actors_stage() -> None:
    """'The World Bank on Friday … pledged to': the mention belongs to a malformed actor
    ('World Bank on Friday'); the subject is the actor called 'World Bank'."""
    text = (
        "Test headline\nThe World Bank on Friday condemned the delay and pledged to release"
        " the second tranche.\nThe World Bank said more.\n"
    )
    s = text.index("World Bank")
    later = text.index("World Bank", s + 10)
    actors = [
        Actor("A1", "World Bank on Friday", "organization", mentions=((s, s + 20),)),
        Actor("A2", "World Bank", "organization", mentions=((later, later + 10),)),
    ]
    got = extract_commitments(section(text), actors, [], [])
    assert [(c.actors, c.text) for c in got][:1] == [(("A2",), "release the second tranche")]
    # a name that no actor has stays unresolved
    actors = [Actor("A1", "World Bank on Friday", "organization", mentions=((s, s + 20),))]
    got = extract_commitments(section(text), actors, [], [])
    assert all("A2" not in c.actors for c in got)
