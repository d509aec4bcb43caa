"""First person in an opinion column (#5, session 6c): "I" in the column's own prose is its
writer, the person the closing line names ("Jane Roe is a professor of history at Elm State.",
"Rep. Jane Roe, D-Ohio, was an early backer of …"), when the text never named that person
before the closing line. Counterexamples: "I" inside a quotation (the quoted speaker's),
"he" after the writer's "I" ("I support him. He knows …": the one written about), a
closing line of news copy about someone the story names ("Roe is expected to speak on
Monday."), a column with no closing line, a long last paragraph.
Sentences invented from general news conventions."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",), {})
DOE = ("John Doe", "person", ("Doe",), {})
BODY = ("Ever since the race began, the party has been divided over its future.\n\n"
        "I believe the senator understands this moment better than anyone.\n\n")

# (body, actors, [(speaker id or None, start of the view's text)] in order)
ROWS: list[Any] = [
    (BODY + "Jane Roe is a professor of history at Elm State University.",
     [ROE], [("A1", "the senator")]),
    (BODY + "Rep. Jane Roe, D-Ohio, was an early backer of the senator.",
     [ROE], [("A1", "the senator")]),
    (BODY + "Roe is a Washington-based reporter for the Daily Courier.",
     [ROE], [("A1", "the senator")]),
    # "he" after the writer's "I" is the one the writer writes about, not the writer
    (("Senator John Doe has run a fine race.\n\nI think his judgment is sound. He argues "
      "that the party must unite before the autumn.\n\n"
      "Jane Roe is a professor of history at Elm State University."),
     [DOE, ROE], [("A2", "his judgment"), ("A1", "the party")]),
    # counterexamples
    (("John Doe spoke at the rally.\n\n“I believe we will win,” Doe said.\n\n"
      "Jane Roe is a professor of history at Elm State University."),
     [DOE, ROE], [("A1", "I believe")]),
    (("Jane Roe met voters on Monday.\n\n"
      "I believe the senator understands this moment better than anyone.\n\n"
      "Roe is expected to speak again on Monday."),
     [ROE], [(None, "the senator")]),
    (BODY + "The vote is expected next week.", [ROE], [(None, "the senator")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_column_author(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs)
    got = [(v.speaker, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sid, text), (want_id, start) in zip(got, expected, strict=True):
        assert text.startswith(start) and sid == want_id, got
