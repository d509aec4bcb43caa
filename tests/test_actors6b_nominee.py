"""'the <party> nominee' as the subject of a clause opened by a subordinating word ("as the
Democratic nominee heads for …", "because the Republican nominee failed …") is a description of
the person named just before, like a sentence-opening "The Democratic nominee …". Not after
"as" in a role ("vote as the Democratic nominee for the seat") or as an object. Rows invented
from general news conventions."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section


def _actors(text: str) -> dict[str, Actor]:
    doc = section(f"Harbor town weighs a new pier\n\n{text}\n", dt.date(2024, 5, 6))
    return {a.name: a for a in extract_actors(doc)}


@pytest.mark.parametrize(("text", "who", "title"), [
    (("Ann Roe toured the docks on Monday. Roe said she would win. Crowds cheered as the "
      "Democratic nominee heads for the coast."), "Ann Roe", "Democratic nominee"),
    (("Tom Vale toured the docks on Monday. Vale said he would win, and his aides said that "
      "the Republican presidential nominee will return in May."), "Tom Vale",
     "Republican presidential nominee"),
])
def test_clause_subject_description(text: str, who: str, title: str) -> None:
    assert _actors(text)[who].title == title


@pytest.mark.parametrize(("text", "who"), [
    # "as" before a role, no verb after: a role, not a description of anyone
    (("Ann Roe toured the docks on Monday. Tom Vale said he would run as the Democratic "
      "nominee for the seat."), "Tom Vale"),
    # an object after a verb stays no one's title
    ("Ann Roe toured the docks on Monday. Tom Vale said he met the Democratic nominee there.",
     "Tom Vale"),
])
def test_no_description_invented(text: str, who: str) -> None:
    assert _actors(text)[who].title is None
