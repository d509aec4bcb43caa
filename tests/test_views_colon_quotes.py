"""Golden rows for a whole quotation after a colon whose clause has a named subject and a past
tense of any verb (#5, session 5): "Roe boomed: “…”", "Mr. Roe shot back: “…”", "She
continued: “…”", "He closed with an appeal to voters: “…”" — the subject's words, as after
"said:". Counterexamples: a thing's words ("The sign read: “…”"), a possessive subject ("Roe's
message was simple: “…”"), a present tense or no verb ("Roe has a message: “…”"), a
participle that is no verb of the subject ("Roe, based in Ohio:"), a colon far before the
quote. And a reported clause opened by a contracted pronoun ("claims he's worth …")."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

H = "Headline of the page\n\n"


def _views(body: str, specs: list[Any]) -> list[Any]:
    return views_of(body, specs, H)


ROE = ("Jane Roe", "person", ("Roe",))
DOE = ("John Doe", "person", ("Doe",))
CLUB = ("Rotary Club", "organization", ())


# (body, actors, [(speaker id, start of text, rule)] in order)
ROWS: list[Any] = [
    ("Jane Roe spoke in Ohio on Monday. Roe boomed: “We will win this state in November.”",
     [ROE], [("A1", "We will win", "colon-quote")]),
    ("John Doe watched the debate. Mr. Doe gloated: “I told you she would not be ready.”",
     [DOE], [("A1", "I told you", "colon-quote")]),
    ("John Doe shot back: “That would be a fine outcome for everyone.”",
     [DOE], [("A1", "That would be", "colon-quote")]),
    ("Jane Roe took the stage late. She closed with an appeal to voters: “Every vote counts.”",
     [ROE], [("A1", "Every vote counts", "colon-quote")]),
    (("The Rotary Club met on Friday. The Rotary Club then struck a defiant tone: “We never "
      "received the letter.”"), [CLUB], [("A1", "We never received", "colon-quote")]),
    # counterexamples
    ("Protesters gathered outside. The sign read: “No more wars in our name.”", [], []),
    ("Jane Roe’s message was simple: “We will win this state.”", [ROE], []),
    ("Jane Roe has a message for voters: “We will win this state.”", [ROE], []),
    ("Jane Roe, based in Ohio: “We will win this state.”", [ROE], []),
    ("Jane Roe ended her tour: new schools, more jobs and a “fair deal” for farmers.", [ROE], []),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_colon_quotes(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = [v for v in _views(body, specs) if v.rule != "label"]  # (short lines: labels)
    got = [(v.speaker, v.text[: len(e[1])], v.rule) for v, e in zip(views, expected)]
    assert len(views) == len(expected) and got == expected, [
        (v.rule, v.speaker, v.speaker_text, v.text) for v in views]
    assert all(v.direct for v in views)


# A reported clause opened by a pronoun with its auxiliary contracted ("claims he's worth …"):
# the pronoun and "'s" are its subject and verb, as "he is" would be.
CONTRACTED: list[Any] = [
    ("Jane Roe claims she’s owed five million dollars by the city.", [ROE],
     [("A1", "she’s owed")]),
    ("John Doe believes they're wrong about the bridge.", [DOE], [("A1", "they're wrong")]),
    # counterexample: the noun "claims" before a relative clause
    ("The claims he's made about the bridge are false, John Doe said.", [DOE],
     [("A1", "The claims he's made")]),
]


@pytest.mark.parametrize("body,specs,expected", CONTRACTED)
def test_contracted_clause(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = _views(body, specs)
    got = [(v.speaker, v.text[: len(e[1])]) for v, e in zip(views, expected)]
    assert len(views) == len(expected) and got == expected, [
        (v.rule, v.speaker, v.speaker_text, v.text) for v in views]
