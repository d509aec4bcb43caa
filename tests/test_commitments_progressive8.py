"""Golden rules for work under way and requests told in general shapes (issue #6, session 5,
round 8): the present progressive of a goal-directed act with its object ("Acme is cutting back
its staff", "is monitoring developments", "is selling its stake", "are fighting for custody",
"is looking for a new chief", "has been running ads", "has long pursued"), progress a body
reports on its own work ("has made progress in …"), a deal being closed ("is close to
finalizing a merger with X"), asking an authority's leave ("has sought approval to", "asked for
permission to"), "doing his part by", holding to a stated goal ("continues to stick to the target"),
a quote opening inside the cue ("intends “to …", "will take “appropriate actions”"), and a
writer's gloss after a comma (", reflecting …") kept out of the action.

Each with counterexamples that must not fire: a thing's state ("the stock is selling at a
discount"), a contest ("fighting for second place"), a hoped-for result ("looking for a strong
showing"), a fight for one's life, a role noun's copula ("whose business is selling copiers"),
a past progressive told as background, an idiom ("rolling out the red carpet"), a passive, "little
progress", a deal "close to collapse", a refusal of leave, a stance held ("stands by his
comments"), a thing on the calendar ("the next debate is set for Dec. 15").

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # the present progressive of a goal-directed act, with its object
    ("Acme is cutting back its exploration staff by 15%.", [
        ("ongoing", {"Acme Corp"}, "its exploration staff"),
    ]),
    ("Japan is monitoring developments at the border.", [
        ("ongoing", {"Japan"}, "developments at the border"),
    ]),
    ("Smith is selling his stake in Globex to a rival.", [
        ("ongoing", {"John Smith"}, "his stake in Globex"),
    ]),
    ("Tanaka is fighting for permanent custody of the boy.", [
        ("ongoing", {"Ken Tanaka"}, "permanent custody of the boy"),
    ]),
    ("Acme said it is looking for a new chief executive.", [
        ("ongoing", {"Acme Corp"}, "a new chief executive"),
    ]),
    ("Globex has been running television ads in three states.", [
        ("ongoing", {"Globex"}, "in three states"),
    ]),
    ("Acme has long pursued a merger with Globex.", [
        ("ongoing", {"Acme Corp"}, "a merger with Globex"),
    ]),
    ("Acme stock is selling at a discount.", []),
    ("Smith is fighting for his life in hospital.", []),
    ("Smith and Tanaka are fighting for second place.", []),
    ("Smith is looking for a strong showing in Ohio.", []),
    ("Acme, whose main business is selling copiers, reported higher profit.", []),
    ("Smith is leading in the polls.", []),
    ("Japan was monitoring the talks when the strike began.", []),
    ("Globex is rolling out a red carpet for Smith.", []),
    ("Acme has long been monitored by regulators.", []),
    # progress a body reports on its own work
    ("Japan has made progress in expanding its coast guard.", [
        ("ongoing", {"Japan"}, "expanding its coast guard"),
    ]),
    ("Japan and China have made little progress on the dispute.", []),
    # a deal being closed
    ("Acme is close to finalizing a supply deal with Globex.", [
        ("ongoing", {"Acme Corp", "Globex"}, "a supply deal with Globex"),
    ]),
    ("The Acme deal is close to collapse.", []),
    # asking an authority's leave
    ("Acme has sought federal clearance to acquire a third of Globex.", [
        ("intention", {"Acme Corp"}, "acquire a third of Globex"),
    ]),
    ("Smith asked for permission to build a campus in the county.", [
        ("intention", {"John Smith"}, "build a campus"),
    ]),
    ("Acme was denied permission to build the plant.", []),
    ("Without approval to build, Acme moved its plant.", []),
    # doing one's part
    ("Tanaka is doing his part by funding the clinic.", [
        ("ongoing", {"Ken Tanaka"}, "funding the clinic"),
    ]),
    ("Smith is doing his part in the choir.", []),
    # holding to a stated goal
    ("Acme says it still continues to stick to the margin target it set in May.", [
        ("reaffirmation", {"Acme Corp"}, "the margin target"),
    ]),
    ("Smith continues to stand by his remarks.", []),
    # a named actor's slot on a day (a speaking line-up); a thing on the calendar is no one's
    ("Tanaka is slated for Friday, after the keynote.", [
        ("intention", {"Ken Tanaka"}, "Friday"),
    ]),
    ("The ministers of Japan and China are due on Monday in Geneva.", [
        ("intention", {"Japan", "China"}, "Monday in Geneva"),
    ]),
    ("The next Acme board meeting is scheduled for Dec. 15 in Geneva.", []),
    ("Smith's trial is set for Monday.", []),
    ("The vote is set for Tuesday, Smith said.", []),
    # a quote opening inside the cue
    ("Acme wrote that it intends “to buy that 15% stake” soon.", [
        ("intention", {"Acme Corp"}, "buy that 15% stake"),
    ]),
    ("Acme said it will take “appropriate pricing actions” for its brands.", [
        ("pledge", {"Acme Corp"}, "appropriate pricing actions"),
    ]),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_progressive_golden(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_gloss_after_comma_is_not_the_action() -> None:
    _, got, _ = run("Acme plans to close two plants, reflecting weak demand for steel.")
    assert [c.text for c in got] == ["close two plants"]
    # the actor's own participle stays: "…, highlighting the recovery"
    _, got, _ = run("Smith will make his case on Monday, highlighting the recovery.")
    assert len(got) == 1 and "highlighting the recovery" in got[0].text
