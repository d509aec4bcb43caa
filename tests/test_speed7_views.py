"""Speed guards of the views stage (session 7): the cheap tests before the costly readings
must decide exactly as the readings they guard."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract import coref
from briefgen.extract.actors import extract_actors
from briefgen.extract.views.pronouns import _gender_skip
from briefgen.extract.views.speakers import _Resolver
from briefgen.extract.views.subjects import _HOMETOWN, _comma_spaced, _doc_before
from briefgen.section import section

TEXTS = [
    "Linda Moore criticized the plan on Monday. He said the vote would fail.",
    (
        "Mrs. Jane Roe met Tom Fisk and Kim Lee in Easton. She said the talks went well. "
        "Lee, his aide, said he disagreed."
    ),
    "Pat Doe and Chris Kos spoke. Doe said she would run; Kos said he would not.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_gender_skip_is_the_eager_set(text: str) -> None:
    """res.skip for he/she (leanings counted lazily) holds exactly the ids the eager
    union of the other gender and the other leaning held."""
    doc = section(text, dt.date(2024, 1, 15))
    actors = extract_actors(doc)
    res = _Resolver(doc.text, list(actors))
    res.doc = doc
    res.gender = coref.genders(doc, actors)
    lean = coref.leanings(doc, actors)
    for g in ("m", "f"):
        eager = frozenset(k for k, v in res.gender.items() if v != g) | frozenset(
            k for k, v in lean.items() if v != g and k not in res.gender
        )
        for _ in range(2):  # (the second time from the per-document cache)
            res.skip = _gender_skip(res, g)
            assert {a.id for a in actors if a.id in res.skip} == {a.id for a in actors} & eager


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Her submission to the court", True),  # 'submission' before ' to'
        ("The party's complaints to the board", True),
        ("The report\n", True),
        ("the reporter to", False),
        ("a report", False),  # no space after the noun
        ("reports  ", True),
    ],
)
def test_doc_before(text: str, want: bool) -> None:
    """The word before the spaces ending text[:s] (s: the "to" of " to ", else the end)."""
    k = text.find(" to ")
    s = k + 1 if k >= 0 else len(text)
    assert _doc_before(text, 0, s) is want


@pytest.mark.parametrize(
    "text",
    ["Jane Roe, 59, of Easton, Md., ", "Jane Roe, of Easton, ", "Jane Roe of Easton ",
     "Jane Roe, 59, of Easton,", "x, ", ", ", "Jane Roe, 59, of Easton, Md.,\n  "],
)
def test_comma_spaced_never_refuses_a_hometown(text: str) -> None:
    if _HOMETOWN.fullmatch(text, 0, len(text)):
        assert _comma_spaced(text, 0, len(text))
