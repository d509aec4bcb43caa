"""Golden rules for a plan story (issue #6, session 5): once the text names a person's plan
("Dupont's tax plan", "her proposals"), what that person "would" do is the plan's content, a
pledge, not a guess; and a fronted phrase before a comma leaves the pronoun after it as the
clause's subject ("For the rich, she would …", "In three counties, he is seeking to …"). Each with
counterexamples that must not fire: no plan in the text, a condition, an outcome, another
person, a plan's effect on others, a plan named only later.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a person's plan, then what the person would do
    ("Dupont's tax plan is long. For the rich, she would impose a new 5 percent levy.", [
        ("pledge", {"Marie Dupont"}, "impose a new 5 percent levy"),
    ]),
    ("Smith's tax plan is long. He would also close the loophole for fund managers.", [
        ("pledge", {"John Smith"}, "close the loophole for fund managers"),
    ]),
    ("Critics mocked Smith's proposals. Smith would repeal the estate tax.", [
        ("pledge", {"John Smith"}, "repeal the estate tax"),
    ]),
    ("Dupont's plan is long. On big estates, she would install a flat 25 percent rate.", [
        ("pledge", {"Marie Dupont"}, "install a flat 25 percent rate"),
    ]),
    # counterexamples: no plan named, a condition, an outcome, another person, the plan's
    # effect on others, a plan named only after the sentence
    ("Dupont spoke on Monday. She would impose a surcharge, critics fear.", []),
    # a condition on her own coming to office keeps her pledge (gold: "she would sign this
    # legislation if …", conditional on winning; round 9, tests/test_commitments_speakers9.py)
    ("Dupont's tax plan is long. If elected, she would impose a surcharge.", [
        ("pledge", {"Marie Dupont"}, "impose a surcharge"),
    ]),
    ("Dupont's tax plan is long. If Smith wins, she would impose a surcharge.", []),
    ("Dupont's tax plan is long. She would win the state easily.", []),
    ("Smith's tax plan is long. Tanaka would impose a surcharge.", []),
    ("Under Dupont's plan, taxpayers would pay a higher rate on short-term gains.", []),
    ("Dupont would impose a surcharge. Smith's plan is shorter.", []),
    # a fronted phrase before the subject pronoun
    ("Smith leads the race. In three counties, he is seeking to win over local party chiefs.", [
        ("intention", {"John Smith"}, "win over local party chiefs"),
    ]),
    ("Dupont is a Geneva graduate. Despite that, she plans to back Weber.", [
        ("intention", {"Marie Dupont"}, "back Weber"),
    ]),
    ("Acme lost money. In the end, it will take years to recover.", []),
    ("Acme lost money. For Acme, it will be a hard year.", []),
]


@pytest.mark.parametrize("body,expected", ROWS)
def test_plans7_golden(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
