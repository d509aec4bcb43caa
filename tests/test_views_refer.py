"""Golden rows for the views stage, session 4 round 4 (invented news sentences, each rule beside
a counterexample): a public-figure description referring back to the person just named, a
report relayed by a news agency or document ("…, X said, according to Y"), quotes running over
paragraphs, and quotes nested inside quotes."""

from __future__ import annotations

import re
from typing import Any

import pytest

from briefgen.extract.views import extract_views
from briefgen.model import Actor
from briefgen.section import section

H = "Headline of the story\n\n"


def _actor(text: str, aid: str, name: str, kind: str, surfaces: tuple[str, ...] = (),
           **kw: object) -> Actor:
    """An actor whose mentions are every occurrence of its name and the given surfaces."""
    spans: list[tuple[int, int]] = []
    for s in sorted({name, *surfaces}, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(s)}\b", text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    return Actor(aid, name, kind, mentions=tuple(sorted(spans)), **kw)  # type: ignore[arg-type]


def _views(body: str, specs: list[Any]) -> tuple[str, list[Any]]:
    text = H + body
    actors = [_actor(text, f"A{i + 1}", n, k, s, **kw) for i, (n, k, s, kw) in enumerate(specs)]
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
    ("Rita Moss's new film opened on Friday. The actress said she was tired of sequels.",
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
    ("The town released a statement on Wednesday saying the mayor had not been invited.", [],
     [("The town", None)]),
]


@pytest.mark.parametrize("body,specs,expected", ISSUED)
def test_issued_statement(body: str, specs: list[Any], expected: list[tuple[str, Any]]) -> None:
    _, views = _views(body, specs)
    assert [(v.speaker_text, v.speaker) for v in views] == expected, views


def test_relative_clause_before_issued_is_kept() -> None:
    # "One of the doctors who sent the letter": the subject is not cut at its relative pronoun
    _, views = _views("One of the doctors who sent the letter called the plan a fraud.", [])
    assert all(not v.speaker_text.endswith(" who") for v in views), views
