"""Golden rows for undertakings outside the official-voice cues (issue #6, session 2): agentive
verbs after will/would, rewards, money committed, schedules, and who "we", "the father" and a
head of state commit. Invented sentences, each beside the trap it resembles.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, make_actors, run

from briefgen.extract.commitments import extract_commitments
from briefgen.model import View
from briefgen.section import section

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a named group with an agentive verb; a thing with an outcome verb is not
    ("Smith has committed $4 million, and the Weber family will give $2 million.",
     [("pledge", {"John Smith"}, "$4 million"), ("pledge", {"Anna Weber"}, "give $2 million")]),
    ("The Weber family will face a hard winter.", []),
    ("Smith committed to Tanaka.", []),
    # rewards offered, and by whom
    ("The U.S. government is offering a $3 million reward for tips on the hijackers.",
     [("pledge", {"United States"}, "a $3 million reward")]),
    (("That adds to a $90,000 reward posted last month by Smith, plus a $5,000 award "
     "offered earlier by Acme."),
     [("pledge", {"John Smith"}, "$90,000 reward"), ("pledge", {"Acme Corp"}, "$5,000 award")]),
    ("The informant was offered a reward for the tip.", []),
    ("The award was presented by Smith.", []),
    # plans announced with a time in between
    ("Tanaka announced plans this week to lend an additional $7 million to the mill.",
     [("intention", {"Ken Tanaka"}, "lend an additional $7 million")]),
    # ongoing effort; difficulty is not effort
    ("Acme is fighting to keep the plant open.", [("ongoing", {"Acme Corp"}, "keep the plant")]),
    ("Acme is struggling to pay its bills.", []),
    ("Fans were fighting to be seen.", []),
    # a scheduled appearance is a plan; an expected decision or outcome is a forecast
    ("Smith is expected to visit Japan next month.", [("intention", {"John Smith"}, "visit Japan")]),
    ("Japan is expected to sign the accord.", []),
    ("Prices are expected to rise.", []),
    ("Smith was expected to visit Japan.", []),
    # a threat of an act is a pledge; a thing threatening is not
    ("Smith threatened to veto the budget.", [("pledge", {"John Smith"}, "veto the budget")]),
    ("The storm threatened to flood the town.", []),
    # progressive future and "will be there"
    ("Smith said he would be travelling to Japan on Thursday.",
     [("intention", {"John Smith"}, "travelling to Japan")]),
    ("Smith said he would be happy to help.", []),
    # negated yielding verbs state determination; other negated acts are refusals
    ("Smith said Canada will not retreat from its bases abroad.",
     [("pledge", {"Canada"}, "not retreat from its bases")]),
    ("France will not join the mission.", []),
    # a goal owned by a speaker
    ("Tanaka said its goal is to reunite the two companies.",
     [("intention", set(), "reunite the two companies")]),
    ("Tanaka said the goal is to be clear.", []),
    # a pro-verb and a condition of someone else's act are no undertakings
    ("Smith said a call from Tanaka would do it.", []),
    ("The team would stay put until Smith had word that Japan would grant it visas.", []),
    # "according to …," is not part of the subject
    ("According to two bankers, Acme is trying to sell its chip unit.",
     [("ongoing", {"Acme Corp"}, "sell its chip unit")]),
    # agreeing with someone and then thinking is an opinion
    ("Smith agreed with Tanaka and seemed to find the plan weak.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_undertakings(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def _with_view(body: str, quote: str, speaker: str) -> tuple[list, dict[str, str]]:
    text = "H\n" + body + "\n"
    s = text.index(quote)
    actors = make_actors(text)
    sid = next(a.id for a in actors if a.name == speaker)
    view = View(sid, speaker, None, None, None, "official", True, "said", quote, (s, s + len(quote)))
    got = extract_commitments(section(text), actors, [], [view])
    return got, {a.id: a.name for a in actors}


def test_i_in_a_quote_continuation_is_the_previous_quotes_speaker() -> None:
    got, names = _with_view('"No, we are not done," Tanaka said. "I will press on."',
                            "No, we are not done", "Ken Tanaka")
    assert [{names[a] for a in c.actors} for c in got] == [{"Ken Tanaka"}]


def test_i_after_another_paragraph_is_not_carried() -> None:
    got, _names = _with_view('"No, we are not done," Tanaka said.\n\n"I will press on."',
                            "No, we are not done", "Ken Tanaka")
    assert [set(c.actors) for c in got] in ([], [set()])


def test_the_uncle_is_the_person_introduced_as_uncle() -> None:
    _, got, names = run("The girl's uncle has offered to drive her home. Her uncle, Smith, "
                        "is a teacher.")
    assert [{names[a] for a in c.actors} for c in got] == [{"John Smith"}]


def test_a_role_naming_two_people_resolves_nobody() -> None:
    _, got, _names = run("The uncle has offered to drive her home. Her uncle, Smith, and his "
                        "uncle, Tanaka, met.")
    assert [c.actors for c in got] == [()]
