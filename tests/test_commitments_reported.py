"""Golden rows for reported commitments in wire and political copy (issue #6, session 3): a
quoted action after the modal, "get rid of", "no longer", settlements, steps taken, someone
else's accusation or warning, a past readiness told in a quote, a ruling's principle.
Invented sentences, each beside the trap it resembles.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, make_actors, run

from briefgen.extract.commitments import extract_commitments
from briefgen.model import View
from briefgen.section import section

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # the quoted action after the modal is the speaker's own words
    ("Smith said he would “cut the sales tax in his first month.”",
     [("pledge", {"John Smith"}, "cut the sales tax")]),
    ("Acme said it will “review every contract by June.”",
     [("pledge", {"Acme Corp"}, "review every contract")]),
    # "get rid of" is an act; "get" alone a change of state
    ("Acme said it would get rid of sales bonuses from January.",
     [("pledge", {"Acme Corp"}, "get rid of sales bonuses")]),
    ("Acme said its margins would get worse next year.", []),
    # "no longer" + an act is a pledge to stop; + a state, no pledge
    ("Globex said it would no longer accept cash donations.",
     [("pledge", {"Globex"}, "no longer accept cash donations")]),
    ("Tanaka said Japan would no longer become a bystander.", []),
    # settlements and steps taken
    ("Smith said he had reached a settlement with Acme over the unpaid fees.",
     [("agreement", {"John Smith"}, "a settlement with Acme")]),
    ("Acme was taking further steps to vet its suppliers, it said.",
     [("ongoing", {"Acme Corp"}, "vet its suppliers")]),
    ("Japan has been taking halting steps toward reform.", []),
    ("Smith is attempting to push his bill through the upper house.",
     [("ongoing", {"John Smith"}, "push his bill through the upper house")]),
    # the bare plural of an office-holding group can agree; customers cannot
    ("Weber said leaders had agreed to draft new budget rules by June.",
     [("agreement", set(), "draft new budget rules by June")]),
    ("Smith said customers want to pay less for power.", []),
    # someone else's accusation or warning about X is no pledge of X
    ("Critics repeated claims that Acme is trying to hide its losses.", []),
    ("Tanaka dismissed the allegations that Japan will devalue the yen.", []),
    ("Union leaders warned that the merger would destroy thousands of jobs.", []),
    ("Globex warned that it would sue Acme over the patents.",
     [("pledge", {"Globex"}, "sue Acme")]),
    # a ruling affirming a principle is no reaffirmation of a commitment
    ("The judges' ruling reaffirms an old principle of fair trials.", []),
    ("Japan reaffirmed its commitment to the climate accord.",
     [("reaffirmation", {"Japan"}, "the climate accord")]),
    # joining a treaty organisation binds a state; a person or a country object does not
    ("Japan and Canada formally joined NATO at a ceremony in Geneva.",
     [("binding", {"Japan", "Canada"}, "NATO at a ceremony")]),
    ("Canada became a full member of the World Bank in 1945.",
     [("binding", {"Canada"}, "the World Bank")]),
    ("Smith joined Acme as chief executive in 2010.", []),
    ("France joined Germany in calling for new talks.", []),
    # a party tag between the name and a closed relative clause
    ("Sen. John Smith (R-Ky.), who sits on the panel, is attempting to block the bill.",
     [("ongoing", {"John Smith"}, "block the bill")]),
    # a list of "name of country" items before the last comma belongs to the subject
    (("In Geneva, the ministers Ken Tanaka of Japan, Marie Dupont of France and Anna Weber of "
      "Germany signed the accord."),
     [("binding", {"Ken Tanaka", "Marie Dupont", "Anna Weber", "France"}, "the accord")]),
    ("At a hall in Geneva, Tanaka and Weber signed the accord.",
     [("binding", {"Ken Tanaka", "Anna Weber"}, "the accord")]),
    # the speaker before a longer tail ("announced in a press release last week that he …")
    ("Smith announced in a press release last week that he reached a settlement with Acme.",
     [("agreement", {"John Smith"}, "a settlement")]),
    # a proposal put forward, or standing, is an intention; a past one told as an event is not
    ("Japan and Canada unveiled a proposal for joint patrols in the strait.",
     [("intention", {"Japan", "Canada"}, "joint patrols")]),
    ("Smith proposes allowing parents to deduct child-care costs.",
     [("intention", {"John Smith"}, "allowing parents to deduct")]),
    ("Smith has proposed a tax on carbon emissions.",
     [("intention", {"John Smith"}, "a tax on carbon emissions")]),
    ("Smith proposed a toast to the hosts.", []),
    ("Critics attacked the plan for its cost.", []),
    # a participle after the main clause takes its subject; a bare one on a noun does not
    ("Tanaka flew to Geneva on Monday, seeking to show support after the floods.",
     [("intention", {"Ken Tanaka"}, "show support")]),
    ("Migrants seeking to cross the border were turned back.", []),
    # approving of someone else's decision is an opinion
    ("Smith was briefed on the ruling and approved of it, aides said.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[g[0][:50] for g in ROWS])
def test_reported(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_his_client_is_the_person_the_lawyer_speaks_for() -> None:
    """ "A lawyer for X, Y, said his client was ready to testify": X, not Y."""
    body = (
        "A lawyer for Smith, Ken Tanaka, said his client was ready to testify in private. "
        "His lawyer offered to hand over the files."
    )
    _, got, names = run(body)
    assert [({names[a] for a in c.actors}, c.text) for c in got] == [
        ({"John Smith"}, "testify in private"),
        ({"Ken Tanaka"}, "hand over the files"),
    ]


def _quoted(body: str, speaker: str | None, speaker_text: str, quote: str) -> list[str]:
    text = "Test headline\n" + body + "\n"
    doc = section(text)
    actors = make_actors(text)
    by_name = {a.name: a.id for a in actors}
    q0 = text.index(quote)
    view = View(
        speaker=by_name.get(speaker or ""),
        speaker_text=speaker_text,
        speaker_span=None,
        role=None,
        affiliation=None,
        kind="other",
        direct=True,
        cue="said",
        text=quote,
        span=(q0, q0 + len(quote)),
    )
    return [c.text for c in extract_commitments(doc, actors, [], [view])]


def test_past_readiness_inside_a_quote_is_no_pledge() -> None:
    """ '"He was ready to testify again," X said': the past, in the speaker's own words; told
    as reported speech ("X said Y was ready to testify") it is the backshifted present."""
    body = '"Smith was ready to testify again today," Tanaka said.'
    assert _quoted(body, "Ken Tanaka", "Tanaka", "Smith was ready to testify again today") == []
    assert [c.text for c in run("Tanaka said Smith was ready to testify again.")[1]] == [
        "testify again"
    ]


def test_someone_elses_quoted_words_about_a_person_are_no_pledge() -> None:
    """ 'A voter says Smith will “sweep the state”': a prediction by someone else; the
    person's own 'he will “…”' stays a pledge."""
    body = "A retired teacher says Smith will “sweep the state in November.”"
    assert _quoted(body, None, "A retired teacher", "Smith will “sweep the state in November.”") == []
