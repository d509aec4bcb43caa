"""Golden rules for commitments a speaker tells for someone else, and for subjects that open
behind a fronted phrase (issue #6, session 5, round 9):

- the speaker's body: "Acme party chairman X says the party will …" with no party of that kind
  named is the body X is described by (never a body whose name shows another kind);
- a spokesman's direct quote about "she"/"he" tells the act of the one he speaks for;
- a condition on the committer's own coming to office or win ("if elected", "if she wins", "if
  his candidate were to win") keeps the "would"/"will" a conditional pledge; a condition on
  someone else stays a hypothetical; "would like to" + an act is an intention also in narration
  and after a condition on events ("If time allows, the campaign would like to …");
- subjects: "as president she would …", "Tomorrow the board of … will …", "the board of
  <organisation>", "The academy bought … and asked for permission to …" (the second verb of a
  coordination keeps the body named by its kind), "the Republican nominee-in-waiting";
- "is looking for bigger/other <plural noun>" as work under way (not "better results").

Invented sentences, through the whole pipeline (views give the speakers).
"""

from __future__ import annotations

import pytest

from briefgen import build_brief
from briefgen.render.json import brief_to_dict


def _records(text: str) -> list[tuple[str, list[str], str]]:
    brief = brief_to_dict(build_brief(text, "2024-05-01"))
    names = {a["id"]: a["name"] for a in brief["actors"]}
    return [
        (c["rule"], sorted(names.get(i, i) for i in c["actors"]), c["text"])
        for c in brief["commitments"]
    ]


# text, a piece of the committed action, the actors that must be bound (None: no record there)
ROWS: list[tuple[str, str, list[str] | None]] = [
    # the speaker's body
    (
        ("The government has called for Fianna Nua to be barred from the talks. "
        "Fianna Nua chairman Sean Walsh says the party will contest the ban in court."),
        "contest the ban",
        ["Fianna Nua"],
    ),
    (
        ("The government has called for Fianna Nua to be barred from the talks. "
        "Sean Walsh, a spokesman for Fianna Nua, said the party will contest the ban."),
        "contest the ban",
        ["Fianna Nua"],
    ),
    # a spokesman's quote about the candidate, after a condition on her own win
    (
        ("Senator Ann Roe is running for governor. Roe spokesman Tom Doe told reporters if his "
        "candidate were to win next year, \u201cshe would sign the measure the day it "
        "passes.\u201d"),
        "sign the measure",
        ["Ann Roe"],
    ),
    (
        ("Senator Ann Roe is running for governor. Roe said that if elected, she would sign the "
        "housing bill."),
        "sign the housing bill",
        ["Ann Roe"],
    ),
    (
        ("Senator Ann Roe is running for governor. Roe said that if she wins in November, she "
        "would sign the housing bill."),
        "sign the housing bill",
        ["Ann Roe"],
    ),
    (
        ("Senator Ann Roe is running for governor. Roe said that if elected, she will veto the "
        "tax bill."),
        "veto the tax bill",
        ["Ann Roe"],
    ),
    # the wish to act, told in narration and after a condition on events
    (
        ("The Roe campaign hired staff in Ohio on Monday. If time allows, the campaign would "
        "like to hold another rally with the senator in Ohio."),
        "hold another rally",
        [],
    ),
    # subjects behind a fronted phrase
    (
        ("Ann Roe spoke in Ohio on Monday. She said that as president she would end the "
        "export of factory jobs."),
        "end the export",
        ["Ann Roe"],
    ),
    (
        ("The Lakeside Academy runs a school in Fairfax. Tomorrow the board of trustees of "
        "Maple county will vote on whether the school can expand."),
        "vote on whether",
        [],
    ),
    (
        ("Shares of Acme Corp. fell on Monday. The board of directors of Acme Corp. will meet on "
        "Friday to consider the offer."),
        "meet on Friday",
        ["Acme Corp."],
    ),
    (
        ("The Lakeside Academy runs a school in Fairfax. The academy bought a plot near the "
        "river and asked for permission to put up a new campus."),
        "put up a new campus",
        ["Lakeside Academy"],
    ),
    (
        ("Ann Roe, the Republican nominee, spoke in Ohio. The Republican nominee-in-waiting will "
        "try to put the feud behind her by holding rallies."),
        "put the feud behind",
        ["Ann Roe"],
    ),
    (
        ("Dana Kerr was named chairman of Pell Trust Corp. \"Now we are looking for bigger "
        "accounts that will grow,\" Ms. Kerr says."),
        "bigger accounts",
        ["Pell Trust Corp."],
    ),
    # counterexamples
    (  # a historian speaks for no party: no body of that kind, nobody
        ("The government has called for Fianna Nua to be barred. Tom Doe, a historian, "
        "said the party will contest the ban in court."),
        "contest the ban",
        [],
    ),
    (  # a firm's chairman: "the party" is no company
        "Acme Corp. chairman Tom Doe says the party will challenge the ruling in court.",
        "challenge the ruling",
        [],
    ),
    (  # a rival's quote about her is no pledge of hers
        ("Senator Ann Roe is running for governor. Her rival Tom Doe said Friday that \u201cshe "
        "would sign anything put on her desk.\u201d"),
        "sign anything",
        None,
    ),
    (  # a condition on someone else: a hypothetical
        ("Senator Ann Roe is running for governor. Roe said that if he wins, she would leave the "
        "state."),
        "leave the state",
        None,
    ),
    (  # a condition on an attack: a hypothetical
        ("Senator Ann Roe is running for governor. Roe said that if they attacked, she would "
        "respond with force."),
        "respond with force",
        None,
    ),
    (  # "as expected" is no office
        "Ann Roe spoke in Ohio. She said that as expected she would lose the vote.",
        "lose the vote",
        None,
    ),
    (  # a hoped-for result is no work under way
        ("Acme Corp. named Ann Roe chief executive on Monday. Acme is looking for better "
        "results this year."),
        "better results",
        None,
    ),
    (  # no party in the story for "the nominee-in-waiting" of the other party
        ("Tom Doe, the Democratic nominee, spoke in Ohio. The Republican nominee-in-waiting will "
        "try to put the feud behind her by holding rallies."),
        "put the feud behind",
        None,
    ),
]


@pytest.mark.parametrize(("text", "piece", "want"), ROWS)
def test_speakers_and_fronted_subjects(text: str, piece: str, want: list[str] | None) -> None:
    hits = [r for r in _records(text) if piece in r[2]]
    if want is None:
        assert not hits, hits
        return
    assert hits, _records(text)
    assert any(set(want) <= set(r[1]) and (want or not r[1]) for r in hits), hits
