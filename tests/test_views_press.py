"""Golden rows for a reporter as a pronoun's antecedent (#5, session 5): in a piece quoting
another outlet's feature ("… sent its reporter Ann Roe … Roe reports: ‹excerpt›"), a “…,” she
said after the excerpt is the person the excerpt is about, who opens its sentences, not the
reporter. Counterexamples: with nobody else in the excerpt, or only someone of the other
gender, the reporter stays the antecedent."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import _actor

from briefgen.extract.views import extract_views
from briefgen.section import section

H = "Headline of the story\n\n"
LEAD = "The Ledger sent its reporter Ann Roe to a farm in Ohio. Roe reports:\n\n"
ROE = ("Ann Roe", "person", ("Roe",))
LANE = ("Mary Lane", "person", ())
DOE = ("John Doe", "person", ())


def _last_speaker(body: str, specs: list[Any]) -> Any:
    text = H + LEAD + body
    actors = [_actor(text, f"A{i + 1}", n, k, s) for i, (n, k, s) in enumerate(specs)]
    views = extract_views(section(text), actors)
    return views[-1].speaker if views else "no view"


ROWS: list[Any] = [
    ('"Mary Lane thought the fuss was silly. She was calm.\n\n“It never worried me,” she said.',
     [ROE, LANE], "A2"),
    (('"The first time Mary Lane saw the barn, she laughed.\n\n"Mary Lane thought the fuss was '
      'silly.\n\n“It never worried me,” she said.'), [ROE, LANE], "A2"),
    # counterexamples: nobody else opens a sentence of the excerpt …
    ('"The barn was old. The fields were dry.\n\n“It never worried me,” she said.', [ROE], "A1"),
    # … or only a man does
    ('"John Doe thought the fuss was silly.\n\n“It never worried me,” she said.',
     [ROE, DOE], "A1"),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_reporter_is_not_the_interviewee(body: str, specs: list[Any], expected: Any) -> None:
    assert _last_speaker(body, specs) == expected
