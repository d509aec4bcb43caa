"""Golden rows for coref's one reading of a public-figure description, which the views and the
commitments stages both call (invented news sentences): "the billionaire businessman" refers
back to the person named just before, or to the story's protagonist named since the paragraph
before; an office with a modifier no record ties ("the Vermont senator") is the latest holder
of the office; "Roe's campaign manager" / "her senior adviser" is someone other than Roe.
Counterexamples must not fire. (Rows moved here from test_commitments_stances.py when the
commitments stage's own epithet resolver was folded into coref.)"""

from __future__ import annotations

from typing import Any

import pytest
from test_commitments import run
from test_views_speakers import _actor, actors_of

from briefgen.extract import coref
from briefgen.extract.views import extract_views
from briefgen.section import section

H = "Headline of the story\n\n"


def _role(body: str, specs: list[Any], phrase: str) -> str | None:
    text = H + body
    actors = actors_of(text, specs)
    co = coref.Descriptions(section(text), actors)
    s = text.rindex(phrase)
    hit = co.role(s, s + len(phrase))
    return hit.name if hit is not None else None


SMITH = ("John Smith", "person", ("Smith",), {})
TANAKA = ("Ken Tanaka", "person", ("Tanaka",), {})
MOSS = ("Rita Moss", "person", ("Moss",), {})

ROLE_ROWS = [
    # a calling: the person the paragraph named last
    ("John Smith took questions at a lodge. The billionaire businessman said little.",
     [SMITH], "The billionaire businessman", "John Smith"),
    # … the story's protagonist (named most, no tie) over another named since, when named in
    # this paragraph or the one before
    (("John Smith, a property developer, spoke. Smith was upbeat. Later Ken Tanaka spoke. "
      "The billionaire businessman will visit Geneva on Friday."),
     [SMITH, TANAKA], "The billionaire businessman", "John Smith"),
    # … with no protagonist (a tie), the latest named (the commitments stage used to name
    # nobody here; the views stage's reading is kept)
    ("John Smith spoke. Ken Tanaka spoke. The billionaire businessman will visit Geneva.",
     [SMITH, TANAKA], "The billionaire businessman", "Ken Tanaka"),
    # … a description opening its paragraph after a day or a quote: the person the paragraph
    # before named last
    (("Ken Tanaka toured two plants near Dayton.\n\nOn Friday, the New York "
      "businessman is due in Denver."), [TANAKA], "the New York businessman", "Ken Tanaka"),
    # counterexamples: such a person introduced unnamed; one of the other gender; a name the
    # actors did not find written in the paragraph
    ("Rita Moss met a young actress at the festival. The actress said the film was long.",
     [MOSS], "The actress", None),
    ("John Smith said he liked the show. The actress said the night was long.", [SMITH],
     "The actress", None),
    ("John Smith won.\n\nSinger Lia Rune sang at the show. The singer said it was loud.",
     [SMITH], "The singer", None),
    # an office with a modifier no record ties: the latest holder of the office
    ("Sen. John Smith spoke in Burlington on Monday. The Vermont senator will vote no.",
     [SMITH], "The Vermont senator", "John Smith"),
    # counterexample: nobody holds the office
    ("Gov. Ken Tanaka of Iowa spoke. The Ohio senator will vote no.",
     [TANAKA], "The Ohio senator", None),
]


@pytest.mark.parametrize("body,specs,phrase,expected", ROLE_ROWS)
def test_role(body: str, specs: list[Any], phrase: str, expected: str | None) -> None:
    assert _role(body, specs, phrase) == expected


SOMEONE_ELSE = [
    ("Roe's campaign manager", True),
    ("her senior adviser", True),
    ("Roe's chief of staff", True),
    ("Roe's successor", True),
    # counterexamples: the person too; a role the possessor holds for no one else
    ("She and her advisers", False),
    ("Roe's campaign", False),
    ("the campaign manager", False),
]


@pytest.mark.parametrize("phrase,expected", SOMEONE_ELSE)
def test_someone_else(phrase: str, expected: bool) -> None:
    assert coref.someone_else(phrase) is expected


def test_views_and_commitments_read_a_calling_alike() -> None:
    body = ("John Smith, a property developer, spoke. Smith was upbeat. Later Ken Tanaka spoke. "
            "The billionaire businessman said he will visit Geneva on Friday.")
    text = H + body
    actors = [_actor(text, f"A{i + 1}", n, k, s, **kw)
              for i, (n, k, s, kw) in enumerate([SMITH, TANAKA])]
    views = extract_views(section(text), actors)
    assert [v.speaker for v in views] == ["A1"]
    _text, got, names = run("John Smith, a property developer, spoke. Smith was upbeat. Later "
                            "Ken Tanaka spoke. The billionaire businessman will visit Geneva "
                            "on Friday.")
    assert [{names[a] for a in c.actors if a in names} for c in got] == [{"John Smith"}]
