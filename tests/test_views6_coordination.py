"""Coordinated subjects as speakers (#5, session 6).

(1) "X and other officials said", "He and other relatives say", "X and others who oppose the
plan say": the one named (or the pronoun's person) speaks; before, the speaker was the unnamed
"other officials", or the view was lost ("others who …"). Only a conjunct that opens its
clause, and holds no verb: "as police said and others" is no subject.
(2) Two people, each with an appositive, as one subject: "Roe, a Democrat, and Doe, a
Republican, said", "critics, like Senators Roe, of A, and Doe, of B, see": both speak, and a
following "they" is the pair. A first conjunct that is an object ("the union thanked Roe, a
Republican, and Doe said") stays out.
Sentences invented from general news conventions."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",))
DOE = ("John Doe", "person", ("Doe",))
CITY = ("Ruritania", "country", ())

# (body, actors, [(speaker id or None, joint speaker ids, start of the view's text)] in order)
ROWS: list[Any] = [
    # (1) "X and other(s)"
    (("Governor Jane Roe toured the port. Roe and other state officials said the delays were "
      "caused by the storm."), [ROE], [("A1", (), "the delays")]),
    (("Governor Jane Roe toured the port. But Governor Roe and other officials said the "
      "delays were caused by the storm."), [ROE], [("A1", (), "the delays")]),
    (("John Doe, the boy's uncle, wants to keep him in the country. He and other relatives "
      "say that the family fled danger."), [DOE], [("A1", (), "the family fled")]),
    (("John Doe, the boy's uncle, wants to keep him in the country. He and others who oppose "
      "the transfer say that the family fled danger."), [DOE], [("A1", (), "the family fled")]),
    (("Governor Jane Roe toured the port. Roe and other officials have disputed that notion, "
      "saying the delays were caused by the storm."), [ROE], [("A1", (), "the delays")]),
    # counterexamples: "other …" alone stays unnamed
    (("Governor Jane Roe toured the port. Other officials said the delays were caused by the "
      "storm."), [ROE], [(None, (), "the delays")]),
    (("Governor Jane Roe toured the port. Others who saw the damage say that the storm was "
      "the worst in years."), [ROE], [(None, (), "the storm was")]),
    # (2) two people with appositives
    (("Jane Roe, a Democrat, and John Doe, a Republican, said the bill would fail."),
     [ROE, DOE], [("A1", ("A1", "A2"), "the bill")]),
    (("Mayor Jane Roe, a Democrat, and Doe said the bill would fail."),
     [ROE, DOE], [("A1", ("A1", "A2"), "the bill")]),
    (("Critics of the fund, like Senators Jane Roe, Democrat of Utopia, and John Doe, "
      "Republican of Ruritania, see the vote as a chance to fix it. They sent a letter on "
      "Friday. “The fund is broken,” they wrote."),
     [ROE, DOE, CITY],
     [("A1", ("A1", "A2"), "the vote"), ("A1", ("A1", "A2"), "The fund is broken")]),
    # counterexamples: the first conjunct is an object, or the same person twice
    (("The union thanked Mayor Jane Roe, a Democrat, and Doe said the bill would fail."),
     [ROE, DOE], [(None, (), "Mayor Jane Roe"), ("A2", (), "the bill")]),
    (("John Doe, a Republican, said the bill would fail."), [DOE], [("A1", (), "the bill")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_coordinated_speakers(
    body: str, specs: list[Any], expected: list[tuple[Any, tuple[str, ...], str]]
) -> None:
    views = views_of(body, specs)
    got = [(v.speaker, v.speakers, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sid, joint, text), (want_id, want_joint, start) in zip(got, expected, strict=True):
        assert text.startswith(start) and sid == want_id and joint == want_joint, got
