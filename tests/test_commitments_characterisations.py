"""Golden rules for records that are no undertaking of their actor (issue #6, precision): another
speaker's attack on the committer's aims, predicted consequences, beliefs about another actor,
accusations, statements of fact after a cue, fragments with no committer — each next to the
look-alike that stays a commitment (the actor's own pledge, its spokesperson, an explicit
"vowed to").

Invented sentences in news phrasing; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

from briefgen.extract.commitments import filters as cm

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # an attack on a rival's aims, said by someone else
    ('"Smith wants to exploit the tragedy as a stepping stone," Tanaka said.', []),
    ('"Smith will stop at nothing to wreck our panel," Dupont said.', []),
    ('"Smith hopes to prevail by stoking anger," Dupont said.', []),
    ("Tanaka said Washington would break international law by seizing the port.", []),
    # … but the actor's own pledge stays, and so does an explicit "vowed to"
    (
        '"We will destroy the smuggling networks," Smith said.',
        [("pledge", {"John Smith"}, "destroy the smuggling networks")],
    ),
    (
        "Smith vowed to destroy the smuggling networks, Tanaka said.",
        [("pledge", {"John Smith"}, "destroy the smuggling networks")],
    ),
    (
        "Smith wants to build a new harbour, Tanaka said.",
        [("intention", {"John Smith"}, "build a new harbour")],
    ),
    # predicted consequences are no acts
    ("Acme will pay a high price in votes for the closure.", []),
    ("Tanaka said Acme would dilute Globex earnings by 5% next year.", []),
    ("Some donors say Smith would help Tanaka attract young voters.", []),
    ("Smith will win the primary easily, Dupont said.", []),
    (
        "Acme will pay $5 million to settle the claims.",
        [("pledge", {"Acme Corp"}, "pay $5 million")],
    ),
    (
        '"We will win this fight for every family," Smith said.',
        [("pledge", {"John Smith"}, "win this fight")],
    ),
    # a belief about another actor
    ("Dupont also thinks Smith will carry the state.", []),
    ("Party leaders are hoping Smith will win in November.", []),
    ("Dupont is confident that Smith will back the harbour plan.", []),
    (
        "Smith is confident that Acme will build the plant.",
        [],
    ),
    (
        "Smith said Acme will build the plant.",
        [("pledge", {"Acme Corp"}, "build the plant")],
    ),
    # accusations and allegations: the clause is the accuser's charge
    ("The council charged that Smith is trying to bury the audit.", []),
    ("Dupont accused Smith of a plot, saying he wants to delay the audit.", []),
    ("Tanaka alleged that Acme plans to sell the land.", []),
    # … not a possessed plan, a sentence-initial participle, or a relative clause's own aim
    (
        "Tanaka criticized Smith for his plan to sell the land.",
        [("intention", {"John Smith"}, "sell the land")],
    ),
    (
        "Accused of fraud, Smith will appeal the ruling.",
        [("pledge", {"John Smith"}, "appeal the ruling")],
    ),
    (
        "Terrorists attacked the embassy, and Smith said Washington was ready to send troops.",
        [("pledge", {"United States"}, "send troops")],
    ),
    (
        "Smith is trying to publish the audit by May.",
        [("ongoing", {"John Smith"}, "publish the audit")],
    ),
    # a statement of fact after a cue-like verb
    ("Smith vowed that this was a horrific crime.", []),
    ("Smith promised it was the last time.", []),
    ("Smith vowed that Acme would close the plant.", [("pledge", {"John Smith"}, "Acme")]),
    # a fragment with nobody committed
    ("That could be a hard pledge to keep.", []),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_characterisations(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_inflected_lexicon_forms() -> None:
    """The data's base forms match their inflections, and only as whole words."""
    assert cm._ATTACK.match("rigged the count")
    assert cm._ATTACK.match("bullied the staff")
    assert cm._ATTACK.match("tearing apart the panel")
    assert cm._CONSEQUENCE.match("help Acme win the bid")
    assert not cm._ATTACK.match("riggers")
    assert not cm._ATTACK.match("end the exploitation")
