"""Golden rules for campaigns, drives and efforts launched or waged (issue #6, session 6):
an actor that launches, mounts, wages, leads, runs or steps up a campaign, drive, effort,
initiative or programme to do something is at work on it ("Acme has mounted a campaign to win
back customers", "the EU is running a drive to register voters", "Japan stepped up its efforts
on Monday to curb smuggling"; rule ong.launched_effort, strength ongoing, the launcher commits).

Counterexamples that must not fire: a campaign told as history ("In 1987 the union began a
drive to …", "X led a joint effort to repel …" with no news date, "had launched a
drive to …"), a campaign with no launcher ("The campaign to succeed him has been bitter"), a
negated launch, a campaign noun that is no effort ("ran his campaign to the convention floor":
a place, no verb after "to").

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # present perfect, progressive and present: work under way
    ("Acme has mounted a public campaign to win back customers.", [
        ("ongoing", {"Acme Corp"}, "win back customers"),
    ]),
    ("The European Union is running a drive to register young voters.", [
        ("ongoing", {"European Union"}, "register young voters"),
    ]),
    ("Globex is now leading an industry push to cut packaging waste.", [
        ("ongoing", {"Globex"}, "cut packaging waste"),
    ]),
    ("Canada has stepped up efforts to curb smuggling across the border.", [
        ("ongoing", {"Canada"}, "curb smuggling across the border"),
    ]),
    # an owned effort stays the possessor's (nom.effort), whatever the tense
    ("Globex stepped up its efforts to win back customers.", [
        ("ongoing", {"Globex"}, "win back customers"),
    ]),
    ("Since 2014, the World Bank has waged a campaign to end child labour.", [
        ("ongoing", {"World Bank"}, "end child labour"),
    ]),
    ("Japan launches a drive to recruit 5,000 nurses.", [
        ("ongoing", {"Japan"}, "recruit 5,000 nurses"),
    ]),
    # a launch told in the past, dated as news
    ("Acme launched a campaign on Monday to win back customers.", [
        ("ongoing", {"Acme Corp"}, "win back customers"),
    ]),
    ("Japan this week ramped up efforts to admit more refugees.", [
        ("ongoing", {"Japan"}, "admit more refugees"),
    ]),
    # history, no launcher, no act
    ("In 1987 the union began a drive to oust its chairman.", []),
    ("John Smith led a joint effort in the war to repel the invaders.", []),
    ("Ken Tanaka had launched a drive to buy the team before the crash.", []),
    ("Years ago, Globex began a program to build cheap cars.", []),
    ("The campaign to succeed him has been bitter.", []),
    ("Smith took his campaign to the convention floor.", []),
    ("Acme has not launched a campaign to win back customers.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_launched_efforts_golden(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_the_launcher_is_the_committer_and_the_rule_is_named() -> None:
    _, got, names = run("Acme has mounted a public campaign to win back customers.")
    assert [({names[a] for a in c.actors}, c.rule, c.cue) for c in got] == [
        ({"Acme Corp"}, "ong.launched_effort", "has mounted a public campaign to")
    ]
