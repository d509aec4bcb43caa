"""Golden rows for authored blocks, second round (#5, session 5): a name alone after prose is
a letter's signature only when the text below does not name that person again (a profile's
heading: "Jane Roe. ¶ Roe has served …", also after a photo credit line); a letter ends above at
a label or a name line no actor holds ("FACEBOOK.", an unknown signer); and in an editorial
reproduced after its frame line only a sentence that takes a stance (an evaluation, a
recommendation, a hedge, the paper's "we", a question) is the paper's view, not a sentence of
plain report ("Last week the agency joined the inquiry.")."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

H = "Headline of the page\n\n"


def _views(body: str, specs: list[Any]) -> list[Any]:
    return views_of(body, specs, H)


ROE = ("Jane Roe", "person", ("Roe",))
DOE = ("John Doe", "person", ("Doe",))
POST = ("Daily Star", "organization", ("The Daily Star",))
COUNCIL = ("City Council", "organization", ())


FRAME = "The Daily Star said in an editorial on Tuesday, May 3:\n\n"

# (body, actors, [(speaker id, start of text)] in order)
ROWS: list[Any] = [
    # counterexample: names as headings of a profile list, each named again below, are no
    # signatures (not even after a photo credit line)
    (("Here is where each candidate stands on the new bridge plan for the city:\n\n"
      "Jane Roe.\n\nRoe has served two terms on the council and voted for every budget.\n\n"
      "John Doe.\n\nPhoto: Facebook/John Doe.\n\n"
      "Doe was a teacher for twenty years before he ran for the seat.\n"),
     [ROE, DOE], []),
    # a letters page: a label line and a name line no actor holds end the letter above, so
    # the unknown signer's paragraphs are nobody's
    (("LETTERS.\n\nThe council has wasted our money on a bridge nobody needs at all.\n\n"
      "Jane Roe.\n\nDover, Del.\n\nFACEBOOK.\n\n"
      "The fees are far too high for the young families in this town.\n\nMac Nobody.\n\n"
      "I cannot understand why the city keeps raising fees every single year.\n\n"
      "John Doe.\n"),
     [ROE, DOE, COUNCIL],
     [("A1", "The council has wasted"), ("A2", "I cannot understand")]),
    # an editorial: sentences of plain report are no view; evaluation, recommendation, the
    # paper's "we", a question are
    ((FRAME + "The council made a reasonable decision on the bridge. The vote was held on "
      "Monday night. It should now move quickly.\n\n"
      "Last week the council hired two engineers from the state.\n\n"
      "We have long argued for a new bridge. Who will pay for the repairs?\n"),
     [POST, COUNCIL],
     [("A1", "The council made a reasonable"), ("A1", "It should now"),
      ("A1", "We have long argued for a new bridge. Who")]),
    # counterexample: an editorial of plain report only gives the paper no view
    ((FRAME + "The council voted on Monday to build the bridge. Work begins in May.\n\n"
      "The state will pay half of the cost.\n"),
     [POST, COUNCIL], []),
    # a noun "right" is no evaluation; "the right decision" is
    ((FRAME + "She fought for the right of tenants to organize.\n\n"
      "The council made the right decision.\n"),
     [POST, COUNCIL], [("A1", "The council made the right")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_authored_blocks(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = _views(body, specs)
    got = [(v.speaker, v.text[: len(e[1])]) for v, e in zip(views, expected)]
    assert len(views) == len(expected) and got == expected, [
        (v.rule, v.speaker, v.speaker_text, v.text) for v in views]
