"""Golden rows for reported speech nested inside a view (#5, session 5): the inner words are
a view of the inner source, as the gold briefs and attribution corpora annotate them ("“…
Tom tells me he wants to stay,” his uncle said": Tom's view inside the uncle's). The outer
view stays whole and its speaker's. Invented news sentences, each shape beside counterexamples
where the inner verb names no source of reported words."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",), {})
DOE = ("John Doe", "person", ("Doe",), {})
LANE = ("Mark Lane", "person", ("Lane",), {})
TOM = ("Tom Roe", "person", ("Tom",), {})
LEDGER = ("Daily Ledger", "organization", (), {})
ACME = ("Acme Corp.", "organization", ("Acme",), {})


# (body, actors, [(speaker id, start of the inner view's text)] of the embedded views)
EMBEDDED: list[Any] = [
    # a named source inside a direct quote, with "tells me" / "has said that"
    ("“Tom tells me he would rather stay on the farm,” said Jane Roe, his aunt.",
     [ROE, TOM], [("A2", "he would rather")]),
    ("“I am his mother, and Acme has said that I alone can sign the lease,” Roe said.",
     [ROE, ACME], [("A2", "I alone can")]),
    # gap words between the source and its verb ("has been out there saying")
    ("“Mark Lane has been out there saying rude stuff about my sister,” Roe said.",
     [ROE, LANE], [("A2", "rude stuff")]),
    # "as X wrote, …": the words after the comma are X's
    ("“As the Daily Ledger wrote, it proves readers want calm,” Jane Roe said.",
     [ROE, LEDGER], [("A2", "it proves")]),
    # a he/she after the person the sentence is about: "Roe said Doe was right when he said …"
    (("Jane Roe said John Doe was “quite correct” when he said Friday morning that the "
      "navy is short of ships."), [ROE, DOE], [("A2", "the navy is")]),
    # "He … by saying …" in a quote about a person named before
    (("“John Doe is a liar. He began it long ago by saying the mayor lived in Peru,” said "
      "Jane Roe."), [ROE, DOE], [("A2", "the mayor lived")]),
    # counterexamples: a free relative or "what he said" is no source …
    ("“Everything Doe said is proof of his plan,” Jane Roe said.",
     [ROE, DOE], []),
    ("“What John Doe said was wrong and everyone knows it,” Jane Roe said.", [ROE, DOE], []),
    # … a name after a preposition is no subject ("in Washington said") …
    ("“Everybody in Acme said the plan would fail within a year,” Jane Roe said.",
     [ROE, ACME], []),
    # … the outer attribution's own circumstances ("said in a statement") are no words …
    ("The plan will fail, Jane Roe said in her note, per John Doe.",
     [ROE, DOE], []),
    # … "said that" before an adverb: "that" is the object, no clause …
    ("“John Doe said that very plainly because he lost,” Jane Roe said.", [ROE, DOE], []),
    # … a participle after an object ("an e-mail to Doe saying") is not Doe's …
    ("Jane Roe said she sent an e-mail to John Doe saying that the vote was delayed.",
     [ROE, DOE], []),
    # … a he/she with no person opening a sentence before it is the outer speaker's own …
    ("Jane Roe said she had told the board that the plan would fail.", [ROE], []),
    # … a possessor is no antecedent ("after reading Doe's letter, she said") …
    ("Jane Roe said that after reading John Doe's letter, she said the plan would fail.",
     [ROE, DOE], []),
    # … and the outer speaker quoting herself adds nothing
    ("“Roe said then that the plan would fail, and I still think so,” Jane Roe said.",
     [ROE], []),
]


@pytest.mark.parametrize("body,specs,expected", EMBEDDED)
def test_embedded_speech(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs)
    got = [(v.speaker, v.text[: len(e[1])] if i < len(expected) else v.text)
           for i, (v, e) in enumerate(zip([v for v in views if v.rule == "view-embedded"],
                                          expected + [("", "")] * 9))]
    assert got == expected, [(v.rule, v.speaker, v.speaker_text, v.text) for v in views]


def test_outer_view_stays_whole() -> None:
    """The outer view keeps its words and speaker; the inner one is not direct."""
    views = views_of(
        "“Tom tells me he would rather stay on the farm,” said Jane Roe, his aunt.",
        [ROE, TOM],
    )
    outer = [v for v in views if v.rule != "view-embedded"]
    inner = [v for v in views if v.rule == "view-embedded"]
    assert [(v.speaker, v.text) for v in outer] == [
        ("A1", "Tom tells me he would rather stay on the farm")]
    assert [(v.speaker_text, v.cue, v.direct) for v in inner] == [("Tom", "tells me", False)]


def test_that_clause_opening_with_an_adverbial() -> None:
    """"said that under Roe, …": a clause opening with a fronted phrase and a comma."""
    views = views_of(
        "Jane Roe said John Doe was right when he said that under the old mayor, the roads "
        "fell apart.", [ROE, DOE])
    assert [(v.speaker, v.text) for v in views if v.rule == "view-embedded"] == [
        ("A2", "under the old mayor, the roads fell apart")]
