"""Golden rules for who a commitment binds (issue #6, session 5, attribution): the other party
of a sale agreed ("agreed to sell its units to X's Y unit", a letter of intent or an agreement
signed to buy X); "the two camps" / "the two men" as the pair named before; a deal's term ("Under an
accord signed yesterday, X would …"); a number's comma inside the subject ("the 38,000
troops"); a body described before it is named ("A union representing flight attendants");
a letter writer's "I" (the signature below); the maker of a statement before its "that it …";
the pronoun subject after an opening adverbial and its apposition; a mid-sentence "since"
clause. Each with counterexamples that must not fire or must not take the wrong actor.

Invented sentences; actors from the small gazetteer below.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_commitments import check_attribution, run_paragraph

# name → (kind, surface forms)
GAZ: dict[str, tuple[str, tuple[str, ...]]] = {
    "United States": ("country", ("United States", "U.S.")),
    "Iraq": ("country", ("Iraq",)),
    "Acme Corp": ("organization", ("Acme Corp", "Acme")),
    "Globex S.A.": ("organization", ("Globex S.A.", "Globex")),
    "Kestrel Foods": ("organization", ("Kestrel Foods",)),
    "Initech Inc.": ("organization", ("Initech Inc.", "Initech")),
    "Bank of Ohio": ("organization", ("Bank of Ohio",)),
    "Association of Flight Attendants": ("organization", ("Association of Flight Attendants",)),
    "Dupont supporters": ("group", ("Dupont supporters",)),
    "John Smith": ("person", ("John Smith", "Smith")),
    "Ken Tanaka": ("person", ("Ken Tanaka", "Tanaka")),
    "Marie Dupont": ("person", ("Marie Dupont", "Dupont")),
    "Anna Weber": ("person", ("Anna Weber", "Weber")),
    "Jane Roe": ("person", ("Jane Roe",)),
    "Geneva": ("place", ("Geneva",)),
    "Boston": ("place", ("Boston",)),
}


def _run(body: str) -> tuple[str, list[Any], dict[str, str]]:
    return run_paragraph(body, GAZ)


# (text, [(strength, actors it must have, actors it must not have, fragment of the action)])
ROWS: list[tuple[str, list[tuple[str, set[str], set[str], str]]]] = [
    # the other party of a sale or purchase agreed
    (("Acme said it agreed to sell its Alpha, Beta and Gamma brands to Globex S.A.'s Kestrel "
     "Foods unit for $40 million."), [
        ("agreement", {"Acme Corp", "Globex S.A.", "Kestrel Foods"}, set(), "sell its Alpha"),
    ]),
    ("Acme Corp has signed an agreement to buy Initech Inc. for $12 million.", [
        ("binding", {"Acme Corp", "Initech Inc."}, set(), "buy Initech"),
    ]),
    (("The payments cover the 40% stake that Globex has agreed to acquire in Initech's paint "
     "business."), [
        ("agreement", {"Globex S.A.", "Initech Inc."}, set(), "acquire in Initech"),
    ]),
    ("Acme Corp agreed to sell nearly $5 million of Initech assets.", [
        ("agreement", {"Acme Corp"}, {"Initech Inc."}, "sell nearly $5 million"),
    ]),
    ("Acme Corp plans to acquire Initech Inc. next year.", [
        ("intention", {"Acme Corp"}, {"Initech Inc."}, "acquire Initech"),
    ]),
    # "the two camps", "the two men": the pair named before
    (("The platform that Weber and Dupont supporters wrote is the boldest yet. The two camps "
     "also agreed on a review of the party rules."), [
        ("agreement", {"Anna Weber", "Marie Dupont"}, {"Dupont supporters"}, "a review"),
    ]),
    ("Smith and Tanaka met in Geneva on Monday. The two men agreed to meet again in May.", [
        ("agreement", {"John Smith", "Ken Tanaka"}, set(), "meet again in May"),
    ]),
    ("Smith and Tanaka met in Geneva on Monday. The two camps remain far apart.", []),
    # a deal's term: who the accord binds, not the signing named in passing
    (("Acme and Globex reached a deal on Monday. Under an accord signed yesterday, Initech and "
     "the Bank of Ohio would become major shareholders in the venture."), [
        ("agreement", {"Acme Corp", "Globex S.A."}, set(), "a deal on Monday"),
        ("agreement", {"Initech Inc.", "Bank of Ohio"}, {"Acme Corp"}, "would become major"),
    ]),
    ("Under the agreement signed in May, Acme Corp would pay $5 million to the city.", [
        ("pledge", {"Acme Corp"}, set(), "pay $5 million"),
    ]),
    # a term with no party for subject stays the deal's (not a pledge of "prices")
    ("Acme and Globex reached a deal on Monday. Under the accord, prices would rise.", [
        ("agreement", {"Acme Corp", "Globex S.A."}, set(), "a deal on Monday"),
        ("agreement", {"Acme Corp", "Globex S.A."}, set(), "prices would rise"),
    ]),
    # a number's comma is no clause edge inside the subject
    (("A Pentagon spokesman said the 38,000 U.S. troops in the region are to stay until Iraq "
     "complies with the resolution."), [
        ("intention", {"United States"}, set(), "stay until Iraq complies"),
    ]),
    # a body described before its name
    (("A union representing flight attendants endorsed Dupont on Thursday. In a statement, the "
     "Association of Flight Attendants praised her record."), [
        ("pledge", {"Association of Flight Attendants"}, set(), "Dupont on Thursday"),
    ]),
    (("A group of retired generals endorsed Smith on Monday. The Association of Flight "
     "Attendants stayed silent."), [
        ("pledge", set(), {"Association of Flight Attendants"}, "Smith on Monday"),
    ]),
    # a letter writer's "I": the name signing the letter
    (("I live and work in Boston. I have written letters for several friends, trying to help "
     "them secure visas.\n\nJane Roe.\n\nBoston."), [
        ("ongoing", {"Jane Roe"}, set(), "help them secure visas"),
    ]),
    (("I have written letters for several friends, trying to help them secure visas.\n\nJane "
     "Roe, a lawyer in Boston, has written about the process."), [
        ("ongoing", set(), {"Jane Roe"}, "help them secure visas"),
    ]),
    # the maker of a statement before its "that" clause
    (("The move follows a declaration by Globex, which owns 12% of Acme, that it is ready "
     "to make an offer for the whole company."), [
        ("pledge", {"Globex S.A."}, {"Acme Corp"}, "make an offer for the whole company"),
    ]),
    # the pronoun after an opening adverbial and its apposition
    (("Marie Dupont, a lawyer from Boston, spoke on Monday. Along with her husband, John Smith, a "
     "banker, she has donated to several campaigns, but plans to back only one."), [
        ("intention", {"Marie Dupont"}, {"John Smith"}, "back only one"),
    ]),
    # a "since" clause mid-sentence opens its own subject (an opening "Since X …, it" does not)
    (("Acme has paid the city more than $260,000 since Globex and Initech reached a joint "
     "deal in May."), [
        ("agreement", {"Globex S.A.", "Initech Inc."}, {"Acme Corp"}, "a joint deal in May"),
    ]),
    # a pronoun opening the sentence after one its person opens, with an act of his own
    (("John Smith, the governor, spoke in Boston on Monday. He will then travel to Geneva for "
      "talks with the mayor."), [
        ("pledge", {"John Smith"}, set(), "travel to Geneva"),
    ]),
    ("John Smith, the governor, spoke in Boston on Monday. He will win the race easily.", []),
    ("John Smith, the governor, spoke on Monday. “He will then travel to Geneva,” Tanaka joked.", []),
    (("Marie Dupont, a lawyer, spoke on Monday. She has donated to several campaigns, but plans "
      "to back only one."), [
        ("intention", {"Marie Dupont"}, set(), "back only one"),
    ]),
    # a cleft's "It is" is no subject
    ("Acme lost ground. It is this market that Globex is courting, attempting to win new buyers.",
     []),
    ("Since Acme bought Globex in May, it has agreed to sell two plants.", [
        ("agreement", {"Acme Corp"}, set(), "sell two plants"),
    ]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_attribution(body: str, expected: list[tuple[str, set[str], set[str], str]]) -> None:
    check_attribution(_run(body), expected)


def test_number_comma_keeps_the_subject_whole() -> None:
    _, got, _ = _run(
        "A Pentagon spokesman said the 38,000 U.S. troops in the region are to stay until Iraq "
        "complies with the resolution."
    )
    assert got and got[0].actor_text == "the 38,000 U.S. troops in the region"


def test_since_clause_subject_text() -> None:
    _, got, _ = _run(
        "Acme has paid the city more than $260,000 since Globex and Initech reached a joint "
        "deal in May."
    )
    assert got and got[0].actor_text == "Globex and Initech"
