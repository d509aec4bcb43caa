"""A written work as speaker (#5, session 5): "the book", "the memoir", "her account" speak
for the work's author when the text names one ("Roe wrote a memoir …", "a book by Roe",
"Roe's memoir"; the nouns book, memoir and autobiography name one work), and "her account" for
the person the pronoun names. "Roe wrote a memoir of her years in office" is no view: its
object is the work, not a claim. Counterexamples: a book the text gives no author stays
unnamed; a book someone only read is not theirs; "wrote a letter saying …", "wrote that …"
stay views."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",))
DOE = ("John Doe", "person", ("Doe",))

# (body, actors, [(speaker id or None, start of the view's text)] in order)
ROWS: list[Any] = [
    (("Jane Roe served as the mayor's doctor for a decade. Roe wrote a memoir of her years "
      "at city hall. “The mayor hid his illness for months,” the book said."),
     [ROE], [("A1", "The mayor hid")]),
    (("Jane Roe treated the mayor in 2009. According to her account, the mayor hid his "
      "illness for months."), [ROE], [("A1", "the mayor hid")]),
    (("John Doe spoke at the library. Jane Roe's memoir came out in May. The book argues "
      "that the city wasted its surplus."), [DOE, ROE], [("A2", "the city wasted")]),
    (("A new autobiography by Jane Roe reached the shops. The memoir says the council "
      "ignored every warning."), [ROE], [("A1", "the council ignored")]),
    # counterexamples: no author named, or a book someone only read
    ("The book says the council ignored every warning.", [], [(None, "the council ignored")]),
    (("Jane Roe read a book about the flood. The book says the council ignored every "
      "warning."), [ROE], [(None, "the council ignored")]),
    # "wrote" with a claim stays a view
    ("Jane Roe wrote that the council ignored every warning.", [ROE],
     [("A1", "the council ignored")]),
    ("Jane Roe wrote a letter saying the council ignored every warning.", [ROE],
     [("A1", "a letter saying")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_work_speakers(body: str, specs: list[Any], expected: list[tuple[Any, str]]) -> None:
    views = views_of(body, specs)
    got = [(v.speaker, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sid, text), (want_id, start) in zip(got, expected, strict=True):
        assert text.startswith(start) and sid == want_id, got
