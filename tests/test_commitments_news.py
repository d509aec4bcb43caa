"""Golden rules for commitments in running news copy (not communiqués): the traps of election,
business and wire reporting that are not undertakings, each next to the commitment it resembles.

Written from general news phrasing (invented sentences); actors come from the hand-built
gazetteer of tests/test_commitments.py so only the commitment rules are pinned here.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

# (sentence(s), expected commitments in order: (strength, actors ⊆, text fragment)); [] = none
NEWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # "pledged"/"promised" as an adjective or a noun is no pledge …
    ("Smith leads the race with 60 pledged delegates.", []),
    ("Smith trails in pledged delegates after the vote.", []),
    ("Smith has won more pledged delegates than any rival.", []),
    ("The minister offered promises Monday that pleased the crowd.", []),
    ("Officials cannot back down on promised protection for the industry.", []),
    # … but the verb is
    ("Smith pledged to cut taxes for small firms.", [("pledge", {"John Smith"}, "cut taxes")]),
    ("Smith has pledged $5 million to the relief fund.", [("pledge", {"John Smith"}, "$5")]),
    # allegiance to someone is not an act
    ("Several delegates already committed to Smith met on Monday.", []),
    ("Japan committed to raise its aid budget.", [("pledge", {"Japan"}, "raise its aid budget")]),
    # a plan withheld or refused
    ("Acme has no plans to close the plant.", []),
    ("No one wants to take a gamble before the vote.", []),
    ("Critics noted Smith's unwillingness to affirm his support for the accord.", []),
    ("The bank says it cannot hope to repay the debt.", []),
    ("Globex affirmed it doesn't plan to seek control of Acme.", []),
    ("Globex plans to seek control of Acme.", [("intention", {"Globex"}, "seek control")]),
    # agreeing with someone is an opinion; agreeing to do something is not
    ("A district judge agreed with the plaintiffs.", []),
    ("Many agreed with much of the speech.", []),
    ("Pollsters agree - the race is close.", []),
    ("Even economists who favour the tax agree that change will be slow.", []),
    (
        "Japan agreed with France to share the costs.",
        [("agreement", {"Japan"}, "share the costs")],
    ),
    (
        "Acme agreed to sell its chip unit to Globex for $300 million.",
        [("agreement", {"Acme Corp"}, "sell its chip unit")],
    ),
    # an outcome "guaranteed" by a thing
    ("The fund-raising machine guarantees that Smith will have the money to compete.", []),
    # a hope, a forecast, a scheduled event in the background
    ("Smith said he had no feeling of hope that Tanaka would resign.", []),
    ("The hope is that someone will step forward.", []),
    ("Smith spoke in the city, where delegates will choose a nominee in July.", []),
    ("Critics say Acme will almost certainly raise prices.", []),
    ("The opposition will almost certainly pick a governor.", []),
    (
        "Many officials expect that if the talks fail, Smith will resign.",
        [],
    ),
    # "is to blame" is no schedule; "is to visit" is
    ("Smith is to blame for the delay, Tanaka said.", []),
    ("Smith is to visit Japan next week.", [("intention", {"John Smith"}, "visit Japan")]),
    # a plan named without its owner
    ("Acme said a plan to sell its branches fell through.", []),
    # signing what is not an undertaking, or as background
    ("Smith signed a letter of apology drafted by the firm.", []),
    ("Smith signed autographs after the rally.", []),
    ("A letter signed by 200 members asked for a review.", []),
    ("Like I said when I signed the bill, the law protects workers.", []),
    ("Dupont, whose husband signed the act into law, criticised it.", []),
    ("Smith signed the bill into law on Friday.", [("binding", {"John Smith"}, "the bill")]),
    (
        "Acme signed a letter of intent for the purchase of Globex.",
        [("binding", {"Acme Corp"}, "letter of intent")],
    ),
    # the signers of "an accord signed by X and Y" are bound by the accord named before
    (
        "Inspectors will follow the March accord signed by Smith and Tanaka.",
        [("binding", {"John Smith", "Ken Tanaka"}, "the March accord")],
    ),
    # "signed on to" an effort with a verb is a commitment; "signed up" is not
    (
        "Smith and Tanaka signed on to help raise money for the party.",
        [("binding", {"John Smith", "Ken Tanaka"}, "help raise money")],
    ),
    ("Smith signed up for an evening course.", []),
    # reaffirmed opposition is no commitment
    ("Several senators reaffirmed their opposition to the deal.", []),
    # the speaker of a reported plan, across adverbs and times after "said"
    (
        "Smith has long said that he will back whoever wins the primary.",
        [("pledge", {"John Smith"}, "back whoever wins")],
    ),
    (
        "Tanaka said last week that he now plans to table a bill on debt relief.",
        [("intention", {"Ken Tanaka"}, "table a bill")],
    ),
    (
        "Germany has publicly declared that it will defend any ally under attack.",
        [("pledge", {"Germany"}, "defend any ally")],
    ),
    # a closed relative clause between the subject and its verb
    (
        "Smith, who was once a spokesman for the brand, has vowed to boycott it.",
        [("pledge", {"John Smith"}, "boycott it")],
    ),
    # "the polls" as a place is no forecast source
    (
        "Acme and Globex will sue the state over access to the polls.",
        [("pledge", {"Acme Corp", "Globex"}, "sue the state")],
    ),
]


@pytest.mark.parametrize("body,expected", NEWS, ids=[g[0][:50] for g in NEWS])
def test_news(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_unknown_organisation_before_said_it_is_shown() -> None:
    """ "Paribex says it will offer …": a company the actors stage missed is still the committer
    shown (no actor id to give it)."""
    _, got, _ = run("Paribex says it will offer 1,850 francs for each share.")
    assert [c.actor_text for c in got] == ["Paribex"]
