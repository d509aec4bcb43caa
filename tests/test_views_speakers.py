"""Golden rows for speaker resolution and span detection in the views stage (invented news
sentences, each rule beside a counterexample), with the actors given as the actors stage would.
"""

from __future__ import annotations

import re

import pytest

from briefgen.extract.views import extract_views, views_warnings
from briefgen.model import Actor
from briefgen.section import section

H = "Headline of the story\n\n"

# Wire archives open quotes with `` and close them with ''.
BACKQUOTES: list[tuple[str, list[tuple[str, str, bool]]]] = [
    ("``We will not give up,'' the minister said.", [("the minister", "We will not give up", True)]),
    ("``Prices will rise,'' said Jane Roe. ``Wages will not.''",
     [("Jane Roe", "Prices will rise", True)]),
    ("The mayor said: ``The bridge stays shut.''", [("The mayor", "The bridge stays shut", True)]),
    # the marks stay in the view's text as the input has them
    ("The ``temporary'' tax will stay, the minister said.",
     [("the minister", "The ``temporary'' tax will stay", False)]),
]


@pytest.mark.parametrize("body,expected", BACKQUOTES)
def test_backquotes(body: str, expected: list[tuple[str, str, bool]]) -> None:
    doc = section(H + body)
    views = extract_views(doc, [])
    got = [(v.speaker_text, v.text, v.direct) for v in views]
    assert len(got) == len(expected), got
    for (st, text, direct), (est, etext, edirect) in zip(got, expected, strict=True):
        assert (st, direct) == (est, edirect) and text.startswith(etext), got
    for v in views:
        assert doc.text[v.span[0] : v.span[1]] == v.text


def test_backquote_left_open_warns() -> None:
    doc = section(H + "``We will not give up, the minister said.\n\nThe talks ended.")
    assert views_warnings(doc)


def _actor(text: str, aid: str, name: str, kind: str, surfaces: tuple[str, ...] = (),
           **kw: object) -> Actor:
    """An actor whose mentions are every occurrence of its name and the given surfaces."""
    spans: list[tuple[int, int]] = []
    for s in sorted({name, *surfaces}, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(s)}\b", text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    return Actor(aid, name, kind, mentions=tuple(sorted(spans)), **kw)  # type: ignore[arg-type]


Spec = tuple[str, str, tuple[str, ...], dict[str, object]]

# (body, actors (name, kind, extra surfaces, fields), the speaker id of each view in order)
RESOLVE: list[tuple[str, list[Spec], list[str | None]]] = [
    # a surname shared by two people: the one the actors stage gave it, else not the one
    # the story calls by the given name alone, else the one named in full last
    (("Jane Roe met her husband, Paul Roe, and their son Tom Roe at the pier. Tom waved. "
      "Roe said the boat was late."),
     [("Jane Roe", "person", (), {}), ("Paul Roe", "person", (), {}),
      ("Tom Roe", "person", ("Tom",), {})], ["A2"]),
    (("Jane Roe met her husband, Paul Roe, at the pier. Roe said the boat was late."),
     [("Jane Roe", "person", (), {}), ("Paul Roe", "person", (), {})], ["A2"]),
    (("Paul Roe met his wife, Jane Roe, at the pier. Roe said the boat was late."),
     [("Jane Roe", "person", (), {"aliases": ("Roe",)}), ("Paul Roe", "person", (), {})],
     ["A1"]),
    # a role description with its complement, then the name in apposition
    (("The head of the police inquiry in the port city, Kenneth Doe, said 40 people were "
      "questioned."), [("Kenneth Doe", "person", (), {})], ["A1"]),
    # … but a name after a plain noun phrase is no apposition of a role
    ("The port city, Kenneth Doe said, was quiet.", [("Kenneth Doe", "person", (), {})], ["A1"]),
    # a definite description: the person of that office named before, of that country
    (("Prime Minister Jan Kos opened the talks. The Ruritanian leader said a deal was near."),
     [("Jan Kos", "person", (), {"title": "Prime Minister"}),
      ("Ruritania", "country", ("Ruritanian",), {})], ["A1"]),
    (("Ruritanian President Jan Kos and Freedonian President Ana Lis met. "
      "The Ruritanian leader said a deal was near."),
     [("Jan Kos", "person", (), {"title": "President"}),
      ("Ana Lis", "person", (), {"title": "President"}),
      ("Ruritania", "country", ("Ruritanian",), {}),
      ("Freedonia", "country", ("Freedonian",), {})], ["A1"]),
    (("Ruritanian President Jan Kos and Freedonian President Ana Lis met. "
      "The Freedonian leader said a deal was near."),
     [("Jan Kos", "person", (), {"title": "President"}),
      ("Ana Lis", "person", (), {"title": "President"}),
      ("Ruritania", "country", ("Ruritanian",), {}),
      ("Freedonia", "country", ("Freedonian",), {})], ["A2"]),
    (("Sen. Jane Roe filed the bill on Monday.\n\nSenator from Ohio says she will not back down."),
     [("Jane Roe", "person", (), {"title": "Sen."}), ("Ohio", "place", (), {})], ["A1"]),
    # counterexample: no one of that office was named: unnamed, never the state
    (("Jane Roe filed the bill on Monday.\n\nSenator from Ohio says she will not back down."),
     [("Jane Roe", "person", (), {}), ("Ohio", "place", (), {})], [None]),
    # a relation ("the boy's father") is not an office
    (("President Jan Kos visited the school. The boy's father said he was grateful."),
     [("Jan Kos", "person", (), {"title": "President"})], [None]),
]


@pytest.mark.parametrize("body,specs,expected", RESOLVE)
def test_resolve(body: str, specs: list[Spec], expected: list[str | None]) -> None:
    text = H + body
    actors = [_actor(text, f"A{i + 1}", n, k, s, **kw) for i, (n, k, s, kw) in enumerate(specs)]
    views = extract_views(section(text), actors)
    assert [v.speaker for v in views] == expected, [(v.speaker_text, v.text) for v in views]
