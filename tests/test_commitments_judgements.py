"""Golden rules for classes of false commitments found by judging a random sample of records on
PolNeAR train and TimeBank (issue #6): the writer's judgement of what someone will do ("It is
unlikely that X will …"), habits ("Often, firms will …"), past states told as narrative ("X was
eager to …"), a rival's attack ("Y attacked X, saying he would …"), generic conditions ("If you
…, X will …") — and, for actor attribution, "X's successor", an aside between dashes and a
supporter named between commas ("X, backed by Y, is fighting to …").

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # the writer's judgement or forecast in an impersonal frame
    ("It is unlikely that Smith will sign the bill this year.", []),
    ("It’s unlikely Dupont will follow her predecessor's path.", []),
    ("It now seems inevitable that Smith and Tanaka will attack the plan.", []),
    ("It is strange that Globex would oppose the merger.", []),
    ("It is widely expected that Acme will cut prices.", []),
    # … while the actor's own pledge, or a pledge made clear, stays
    ("Smith said the time had come and that he will sign the bill.", [
        ("pledge", {"John Smith"}, "sign the bill"),
    ]),
    ("It is Japan that will host the talks, Tanaka said.", []),
    ("Smith will sign the bill, and it is likely to pass.", [
        ("pledge", {"John Smith"}, "sign the bill"),
    ]),
    # a hope, an argument or a forecast about someone else's act
    ("Japan hopes the rebels will lay down their arms.", []),
    ("Smith argued Globex's merger plan would raise prices.", []),
    ("Tanaka retracted his forecast a year ago that Japan would exit the slump.", []),
    ("The hope is that Acme and Globex would cut their prices.", []),
    ("“We hope to sign the accord in May,” Tanaka said.", [
        ("intention", {"Ken Tanaka"}, "sign the accord"),
    ]),
    # habits
    ("Often, companies will hire outside lawyers for a deal.", []),
    ("You know, a lot of times they’ll add a number to the story, Smith said.", []),
    ("Usually Globex will pay its suppliers late, Smith said.", []),
    ("Perhaps Japan will oppose the move.", []),
    ("Acme will sign the contract on Monday, Smith said.", [
        ("pledge", {"Acme Corp"}, "sign the contract"),
    ]),
    # a past state told as narrative
    ("The judges were ready to adjourn, but Smith kept talking.", []),
    ("Smith was eager to make his mark in 1990.", []),
    # … but a reported one stays
    ("Tanaka told reporters that Japan was willing to withdraw its troops.", [
        ("pledge", {"Japan"}, "withdraw its troops"),
    ]),
    ("Smith said Globex was ready to sell the plant.", [
        ("pledge", {"Globex"}, "sell the plant"),
    ]),
    # a rival's attack on someone's plans
    ("Dupont attacked Smith, saying he would gut the pension fund.", []),
    ("Weber attacked the budget and said she would veto it.", [
        ("pledge", {"Anna Weber"}, "veto it"),
    ]),
    ("Residents ridiculed news that Smith is planning to visit Geneva.", [
        ("intention", {"John Smith"}, "visit Geneva"),
    ]),
    # a generic "you" in an opening condition
    ("If you doubt the figures, the papers will call you a liar.", []),
    ("When you write a memoir, editors will add dates to it.", []),
    ("“If you elect me, I will cut taxes,” Smith said.", [
        ("pledge", {"John Smith"}, "cut taxes"),
    ]),
    ("If the talks fail, Japan will call a new meeting, Tanaka said.", [
        ("pledge", {"Japan"}, "call a new meeting"),
    ]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_judgement_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def _actors_of(body: str) -> list[tuple[set[str], str]]:
    _, got, names = run(body)
    return [({names[a] for a in c.actors}, c.actor_text) for c in got]


def test_successor_is_someone_else() -> None:
    """'Smith's successor will sign …': not Smith (a person not yet named)."""
    (ids, shown), = _actors_of("Smith's successor will sign the accord in May.")
    assert ids == set() and shown == "Smith's successor"
    (ids, _), = _actors_of("The successor to Dupont will sign the accord in May.")
    assert "Marie Dupont" not in ids
    (ids, _), = _actors_of("Smith will sign the accord in May.")
    assert ids == {"John Smith"}


def test_backed_by_phrase_is_no_subject() -> None:
    """'X, backed by Y, is fighting to …': X fights, Y only backs X."""
    got = _actors_of("Smith, backed by Globex, is battling in court to keep the plant open.")
    assert got == [({"John Smith"}, "Smith")]
    got = _actors_of("A group of banks, led by Acme, has agreed to lend Globex $5 million.")
    assert "Acme Corp" in got[0][0]


def test_dash_aside_is_no_subject() -> None:
    """'X—who had backed Y—will …': the aside describes X; an 'and' aside coordinates."""
    got = _actors_of("On Monday, Smith—who had endorsed Tanaka for the post—will host a dinner.")
    assert got == [({"John Smith"}, "Smith")]
    got = _actors_of("Smith and his allies—and Dupont—have been trying to block the sale.")
    assert {"John Smith", "Marie Dupont"} <= got[0][0]
    got = _actors_of("Acme and Globex — the two rival firms — will merge their units.")
    assert {"Acme Corp", "Globex"} <= got[0][0]


def test_pronoun_after_opening_clause() -> None:
    """'Since Acme bought Globex in May, it has agreed to …': the pronoun opening the main clause
    is the opening clause's subject, not the last organisation named."""
    assert _actors_of(
        "Since Acme bought Globex in May for $25 million, it has agreed to sell two plants."
    ) == [({"Acme Corp"}, "it")]
    assert _actors_of("After Globex lost the case, Acme said it will appeal.") == [
        ({"Acme Corp"}, "it")
    ]
    got = _actors_of("Since Smith met Dupont in May, he has pledged to cut taxes.")
    assert got == [({"John Smith"}, "he")]


PREDICATE_ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # "X is a N who has pledged to …": the predicate noun phrase names X, who pledges
    (
        "Dupont is a veteran diplomat who has pledged to reopen the embassy.",
        [("pledge", {"Marie Dupont"}, "reopen the embassy")],
    ),
    (
        (
            "Note: Tanaka often visits Geneva and is a writer, banker and critic who has vowed to"
            " close the plant."
        ),
        [("pledge", {"Ken Tanaka"}, "close the plant")],
    ),
    # … but not someone else the clause's subject met, or a "who" after a verb of saying
    ("Smith met a veteran diplomat who has pledged to reopen the embassy.", []),
]


@pytest.mark.parametrize(("body", "expected"), PREDICATE_ROWS)
def test_predicate_noun_relative(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
