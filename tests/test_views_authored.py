"""Golden rows for text whose author is named outside it (#5, session 5): a letters page, where
each letter's paragraphs are the view of the signature below them ("… ¶ Jane Roe. ¶
Springfield, Ill."), and an editorial reproduced after its frame line ("The Daily Star said in
an editorial on Monday:" ¶ …); and cues that are no classic speech verbs ("made it clear that",
"ruled that", "played down the likelihood"). Counterexamples: a lone name that is no signature
(one name, no letters label; a name after a heading), a frame that is a report of an editorial
within a sentence, 'ruled out', a noun 'rules that', a literal 'played down the street'."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

H = "Headline of the page\n\n"


def _views(body: str, specs: list[Any]) -> list[Any]:
    return views_of(body, specs, H)


ROE = ("Jane Roe", "person", ("Roe",))
DOE = ("John Doe", "person", ("Doe",))
SMITH = ("Ann Smith", "person", ("Smith",))
POST = ("Daily Star", "organization", ("The Daily Star",))
COUNCIL = ("City Council", "organization", ())
POLICE = ("State Police", "organization", ())


LETTERS = (
    "The council has wasted our money on a bridge nobody needs. It should stop now.\n\n"
    "The mayor promised a vote and never held one.\n\n"
    "Jane Roe.\n\nSpringfield, Ill.\n\n"
    "I cannot understand why the city keeps raising fees. Nobody asked the residents.\n\n"
    "John Doe.\n\nDover, Del.\n"
)

# (body, actors, [(speaker id, start of text)] in order)
ROWS: list[Any] = [
    # two signed letters: every paragraph above a signature is the signer's view
    (LETTERS, [ROE, DOE, COUNCIL],
     [("A1", "The council has wasted"), ("A1", "The mayor promised"),
      ("A2", "I cannot understand")]),
    # one signed letter under a letters label; a quoted view in it keeps its own speaker and
    # the rest of the paragraph is the signer's
    (("LETTERS.\n\nAnn Smith said the plan \"will never work.\" But the plan deserves a chance.\n\n"
     "Our town has done well under the new rules and deserves better.\n\nJane Roe.\n"),
     [ROE, SMITH],
     [("A2", "the plan"), ("A1", "But the plan deserves"), ("A1", "Our town has")]),
    # the editorial frame line: every paragraph after it is the paper's, but a sentence that
    # reports another speaker is that speaker's
    (("The Daily Star said in an editorial on Tuesday, May 3:\n\n"
     "The council made a poor decision on the bridge. It should reverse course.\n\n"
     "The money would be better spent on schools.\n\n"
     "Jane Roe argued that the bridge was needed.\n"),
     [POST, COUNCIL, ROE],
     [("A1", "The council made"), ("A1", "The money would"), ("A3", "the bridge was needed")]),
    # counterexample: a single lone name with no letters label is no signature
    (("The council has wasted our money on a bridge nobody needs. It should stop now.\n\n"
     "Jane Roe.\n"), [ROE, COUNCIL], []),
    # counterexample: an editorial reported within a sentence of a news story owns no paragraphs
    (("The mayor spoke on Monday. The Daily Star said in an editorial that the bridge was costly.\n\n"
     "The council will vote next week on the bridge.\n"),
     [POST, COUNCIL], [("A1", "the bridge was costly")]),
]

CUES: list[Any] = [
    (("The decision will anger critics, but Jane Roe, the agency's commissioner, made it clear "
     "that the agency had followed its policy."), [ROE], [("A1", "the agency had followed")]),
    ("In an interview with a radio host, Roe made clear he had misgivings about the plan.",
     [ROE], [("A1", "he had misgivings")]),
    ("Judge Jane Roe ruled that the law was unconstitutional.", [ROE],
     [("A1", "the law was unconstitutional")]),
    (("The State Police played down the chance that the two suspects had been "
     "involved."), [POLICE], [("A1", "the chance that")]),
    ("Analyst John Doe downplayed the importance of the announcement.", [DOE],
     [("A1", "the importance of")]),
    # counterexamples
    ("The storm made it clear to residents how fragile the levee was.", [], []),
    ("Judge Jane Roe ruled out a retrial on Monday.", [ROE], []),
    ("The council will review the party rules that might lower fees.",
     [COUNCIL], []),
    ("The band played down the street all night.", [], []),
]


@pytest.mark.parametrize("body,specs,expected", ROWS + CUES)
def test_authored_and_cues(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = _views(body, specs)
    got = [(v.speaker, v.text[: len(e[1])]) for v, e in zip(views, expected)]
    assert len(views) == len(expected) and got == expected, [
        (v.rule, v.speaker, v.speaker_text, v.text) for v in views]


def test_letter_views_are_direct_and_first_person_is_the_signer_s() -> None:
    body = ("I think the council is wrong about the bridge, and so do my neighbours.\n\n"
            "Jane Roe.\n\nSpringfield, Ill.\n\n"
            "The fees are too high for young families.\n\nJohn Doe.\n")
    views = _views(body, [ROE, DOE, COUNCIL])
    assert [(v.speaker, v.direct) for v in views] == [("A1", False), ("A2", True)], [
        (v.rule, v.speaker_text, v.text) for v in views]
