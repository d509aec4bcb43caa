"""Golden rows for the views stage, session 4 round 4 (invented news sentences, each rule beside
a counterexample): a public-figure description referring back to the person just named, a
report relayed by a news agency or document ("…, X said, according to Y"), quotes running over
paragraphs, and quotes nested inside quotes."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import actors_of

from briefgen.extract.views import extract_views
from briefgen.section import section

H = "Headline of the story\n\n"


def _views(body: str, specs: list[Any]) -> tuple[str, list[Any]]:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    for v in views:
        assert text[v.span[0] : v.span[1]] == v.text
        for s, e in v.spans:
            assert e > s
    return text, views


VALE = ("Tom Vale", "person", ("Vale",), {})
MOSS = ("Rita Moss", "person", ("Moss",), {})

# (body, actors, the speaker id of each view in order)
REFERS_BACK: list[Any] = [
    # a public-figure noun with "the" names the person the paragraph named last
    (("Tom Vale took questions at a lodge in Ohio. The billionaire businessman said the tax "
     "would go."), [VALE], ["A1"]),
    # … also through a possessive ("Moss's film"), and with a modifier
    ("Rita Moss’s new film opened on Friday. The actress said sequels bore her now.",
     [MOSS], ["A1"]),
    # … and at a paragraph's start, the person who spoke last in the paragraph before
    ("“We start filming in May,” Rita Moss said.\n\nThe actress said the budget was small.",
     [MOSS], ["A1", "A1"]),
    # a titled noun: the person of that title named before
    (("Prince Omar Hadi visited the port in May.\n\nIn June, the prince said the plan "
     "would fail."), [("Omar Hadi", "person", ("Hadi",), {"title": "Prince"})], ["A1"]),
    # not when the text introduced such a person unnamed before
    ("Rita Moss met a young actress at the festival. The actress said the film was too long.",
     [MOSS], [None]),
    # not a person of the other gender
    ("Tom Vale said he liked the show. The actress said the night was long.", [VALE],
     ["A1", None]),
    # not the last speaker when the paragraph names someone the actors stage did not find
    (("“We won,” said Tom Vale.\n\nSinger Lia Rune sang at the show. The singer said the "
     "crowd was loud."), [VALE], ["A1", None]),
]


@pytest.mark.parametrize("body,specs,expected", REFERS_BACK)
def test_refers_back(body: str, specs: list[Any], expected: list[str | None]) -> None:
    _, views = _views(body, specs)
    assert [v.speaker for v in views] == expected, [(v.speaker_text, v.text) for v in views]


ROE = ("Jane Roe", "person", ("Roe",), {})

# (body, actors, [(speaker_text, view text start)]): a trailing "according to Y" after a
# speech verb relays the speaker's words; with no speech verb before it, Y is the source.
RELAYED: list[Any] = [
    ("“We will stay in the race,” Roe said, according to a pool report.", [ROE],
     [("Roe", "We will stay in the race")]),
    ("Roe told the panel that the plan would fail, according to a transcript of the hearing.", [ROE],
     [("Roe", "the plan would fail")]),
    ("The deal is dead, the minister said, according to the state news agency.", [],
     [("the minister", "The deal is dead")]),
    # counterexamples: no speech verb before it, or a speech verb inside a relative clause
    ("Sales rose 5 percent last year, according to a company filing.", [],
     [("a company filing", "Sales rose")]),
    ("Voters who said the economy mattered most backed Roe, according to exit polls.", [ROE],
     [("exit polls", "Voters who said")]),
]


@pytest.mark.parametrize("body,specs,expected", RELAYED)
def test_relayed(body: str, specs: list[Any], expected: list[tuple[str, str]]) -> None:
    _, views = _views(body, specs)
    got = [(v.speaker_text, v.text) for v in views]
    assert len(got) == len(expected), got
    for (st, text), (est, etext) in zip(got, expected, strict=True):
        assert st == est and text.startswith(etext), got


# (body, actors, [(speaker_text, speaker id)]): "X issued a statement saying …" is X's view; the
# verb phrase is no part of the speaker.
ISSUED: list[Any] = [
    ("Senate leader Jane Roe (R-Ohio) issued a statement saying the vote would wait.", [ROE],
     [("Senate leader Jane Roe (R-Ohio)", "A1")]),
    ("Shortly after the vote, Roe issued a statement Tuesday saying the plan was dead.", [ROE],
     [("Roe", "A1")]),
    ("Recently, however, the coalition issued a policy paper welcoming the plan to add troops.",
     [], [("the coalition", None)]),
    ("The village released a statement on Friday saying its mayor was never invited.", [],
     [("The village", None)]),
]


@pytest.mark.parametrize("body,specs,expected", ISSUED)
def test_issued_statement(body: str, specs: list[Any], expected: list[tuple[str, Any]]) -> None:
    _, views = _views(body, specs)
    assert [(v.speaker_text, v.speaker) for v in views] == expected, views


def test_relative_clause_before_issued_is_kept() -> None:
    # "One of the doctors who sent the letter": the subject is not cut at its relative pronoun
    _, views = _views("One of the doctors who sent the letter called the plan a fraud.", [])
    assert all(not v.speaker_text.endswith(" who") for v in views), views


VALE2 = ("Tom Vale", "person", ("Vale",), {})


def _parts(text: str, v: Any) -> list[str]:
    return [text[s:e] for s, e in (v.span, *v.spans)]


def test_quote_over_paragraphs_is_one_view() -> None:
    # A paragraph that ends inside an open quote continues in the next paragraph that opens
    # with a quote mark: one attribution, one view, its later paragraphs in `spans`.
    body = ("Jane Roe, the mayor, spoke on Monday. She said: “We will rebuild the bridge.\n\n"
            "“It will take two years, and it will cost more than we hoped.\n\n"
            "“But we start in May.”\n\nThe council met later.")
    text, views = _views(body, [ROE])
    assert len(views) == 1, views
    assert views[0].speaker == "A1" and views[0].direct
    assert _parts(text, views[0]) == ["We will rebuild the bridge",
                                      "It will take two years, and it will cost more than we hoped.",
                                      "But we start in May."]


def test_quote_split_then_continued_is_one_view() -> None:
    body = ("“We will rebuild,” Roe said. “The bridge matters.\n\n"
            "“It carries 40,000 cars a day.”")
    text, views = _views(body, [ROE])
    assert len(views) == 1, views
    assert [p[:12] for p in _parts(text, views[0])] == [
        "We will rebu", "The bridge m", "It carries 4"]


def test_closed_quote_then_new_speaker_is_two_views() -> None:
    # counterexample: the first quote closes; the next paragraph's quote has its own speaker
    body = ("“We will rebuild the bridge,” Roe said.\n\n"
            "“That is a promise she cannot keep,” said Tom Vale.")
    _, views = _views(body, [ROE, VALE2])
    assert [(v.speaker, v.spans) for v in views] == [("A1", ()), ("A2", ())]


def test_open_quote_not_continued_ends_at_its_paragraph() -> None:
    # counterexample: the next paragraph opens with no quote mark: the view ends where its
    # paragraph does and the next paragraph is nobody's view
    body = ("Roe said: “We will rebuild the bridge.\n\n"
            "The council met later and voted on the budget for the year.")
    text, views = _views(body, [ROE])
    assert [(v.speaker, _parts(text, v)) for v in views] == [
        ("A1", ["We will rebuild the bridge"])]


# (body, actors, [(rule, speaker_text, speaker)]): an attribution paragraph that ends with a
# colon introduces the quotation opening the next paragraph.
COLON: list[Any] = [
    ("Dr. Jane Roe stated:\n\n“The ruling is a disgrace, and we will appeal it.”", [ROE],
     [("colon-block", "Dr. Jane Roe", "A1")]),
    (("In a speech on Monday, she declared:\n\n“We will not close a single clinic in this "
     "state.”"), [], [("colon-block", "she", None)]),
    ("The council met on Monday.\n\nRoe told reporters:\n\n“The bridge will open in May.”",
     [ROE], [("colon-block", "Roe", "A1")]),
    ("The council met on Monday.\n\nTom Vale went on to say:\n\n“We start in May and we finish in June.”", [VALE2],
     [("colon-block", "Tom Vale", "A1")]),
    # counterexamples: no verb of saying before the colon; a quote not opening the paragraph
    ("Here is the list of questions:\n\n“Has the candidate a record of activism?”", [], []),
    ("The mayor had one thing in mind:\n\nThe bridge, she said, is “our first job.”", [],
     [("verb-parenthetical", "she", None)]),
]


@pytest.mark.parametrize("body,specs,expected", COLON)
def test_colon_block(body: str, specs: list[Any], expected: list[tuple[str, str, Any]]) -> None:
    _, views = _views(body, specs)
    assert [(v.rule, v.speaker_text, v.speaker) for v in views] == expected, views


# A quote nested in a quotation, with its own attribution: the outer view stays whole and the
# outer speaker's; the inner words are also a view of the one quoted (a named person, the person
# named last inside the quotation, or the other person who spoke just before), never of the
# outer speaker quoting herself, and unnamed for "they" or someone the story did not name.
NESTED: list[Any] = [
    ("“He said, ‘Trust me, I will fix it.’ That worries me,” said Jane Roe.", [ROE],
     [("A1", "He said, ‘Trust me"), (None, "Trust me, I will fix it")]),
    (("“We will win,” Tom Vale said.\n\n“He said, ‘Trust me, I will fix it.’ That worries me,” "
     "said Jane Roe."), [ROE, VALE2],
     [("A2", "We will win"), ("A1", "He said"), ("A2", "Trust me, I will fix it")]),
    ("“When Tom Vale says ‘Make the city great again,’ he means the old city,” Roe said.",
     [ROE, VALE2], [("A1", "When Tom Vale"), ("A2", "Make the city great again")]),
    # counterexamples: the speaker quoting herself; "they"; someone unnamed
    ("“And I said, ‘Well, that is your job,’ and he left,” Roe said.", [ROE],
     [("A1", "And I said")]),
    ("“They said, ‘Wait, that is our job.’ So we waited,” Roe said.", [ROE],
     [("A1", "They said"), (None, "Wait, that is our job")]),
    (("“We will win,” Tom Vale said.\n\n“A young woman stopped me. She said, ‘Thank you for "
     "coming.’ I was moved,” said Jane Roe."), [ROE, VALE2],
     [("A2", "We will win"), ("A1", "A young woman"), (None, "Thank you for coming")]),
]


@pytest.mark.parametrize("body,specs,expected", NESTED)
def test_nested_quote(body: str, specs: list[Any], expected: list[tuple[Any, str]]) -> None:
    _, views = _views(body, specs)
    got = [(v.speaker, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sp, text), (esp, etext) in zip(got, expected, strict=True):
        assert sp == esp and text.startswith(etext), got
