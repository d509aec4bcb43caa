"""'The Democratic presidential candidate', 'the presumptive Republican nominee', 'the GOP
front-runner' that no record ties to a person (no title or appositive shows the race) are
read as 'the candidate' is (#5, session 6b): the one person the headline names, else the
person a recent sentence opens with. Before, such a description named nobody.
Counterexamples: a person the text ties to another party; the headline's person when the
description's own sentence names that person before it ('Doe met Roe soon after the
Democratic front-runner had argued': not Doe); the subject of the description's own sentence.
Sentences invented from general news conventions."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Ann Roe", "person", ("Roe",), {})
DOE = ("Tom Doe", "person", ("Doe",), {})

# (headline, body, actors, [(speaker id or None, start of the view's text)] in order)
ROWS: list[Any] = [
    ("Roe and Doe clash over the plan\n\n",
     ("Ann Roe has one word for Tom Doe's tax plan: no.\n\nThe Democratic presidential "
      "candidate blasted the plan on Wednesday, calling it cruel."),
     [ROE, DOE], [("A1", "the plan on"), ("A1", "it cruel")]),
    ("Roe backs statehood for the city\n\n",
     "The Democratic frontrunner wrote in an essay that the city deserved a vote.",
     [ROE], [("A1", "the city")]),
    # counterexamples
    ("Doe hits back\n\n",
     ("Tom Doe met Ann Roe in Ohio soon after the Democratic front-runner had argued that "
      "he was a danger to the country."),
     [DOE, ROE], [("not A1", "he was")]),
    ("Roe backs statehood for the city\n\n",
     "Republican Ann Roe spoke first. The Democratic frontrunner said the city deserved a vote.",
     [ROE], [("not A1", "the city")]),
]


@pytest.mark.parametrize("head,body,specs,expected", ROWS)
def test_candidacy(head: str, body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs, head=head)
    got = [(v.speaker, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sid, text), (want, start) in zip(got, expected, strict=True):
        assert text.startswith(start), got
        if want.startswith("not "):
            assert sid != want[4:], got
        else:
            assert sid == want, got
