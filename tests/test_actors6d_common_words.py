"""Capitalised common words at a sentence's, bracket's or headline's start are no person's
name; real names that look like words keep working. Rows invented from general news usage."""

from __future__ import annotations

import datetime

import pytest

from briefgen import build_brief

REF = datetime.date(2016, 10, 1)


def _persons(text: str) -> set[str]:
    return {a.name for a in build_brief(text, reference_date=REF).actors if a.kind == "person"}


NOT_PEOPLE = [
    ("Firms should pay taxes. (Having said that, some economists disagree.)", "Having"),
    ("Officials met on Monday. Aides said the mayor would attend.", "Aides"),
    ("Several readers wrote in. Another notes that the bridge is closed.", "Another"),
    ("Everyone has a story. Mine told me to keep going.", "Mine"),
    ("Coal is in decline. Sure, some plants remain open.", "Sure"),
    ("Retired Admiral Reveals Hidden Costs Of Base Closures\n\nA retired admiral reveals costs.",
     "Reveals"),
    ("Senator Ted Cruz spoke in Iowa. Will Cruz win the state? Few think so.", "Will Cruz"),
    ("Bernie Sanders spoke. Can Sanders take a punch? He says yes.", "Can Sanders"),
    ("Senator Ann Roe spoke on Friday. Young Roe supporters cheered in the hall.", "Young Roe"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PEOPLE)
def test_common_word_is_no_person(text: str, word: str) -> None:
    assert word not in _persons(text)


KEEP = [
    ("Will Smith said the film would open in May. Smith is 50.", "Will Smith"),
    ("Young said the bill would pass.", "Young"),
    ("Grant told reporters it was over.", "Grant"),
    (("Secretary Rice Visits Ankara\n\nSecretary of State Condoleezza Rice arrived. Rice said"
      " talks went well. Farmers grow rice."), "Condoleezza Rice"),
    ("President Bush Signs Bill\n\nPresident Bush signed the bill. Bush said it was overdue.",
     "Bush"),
    ("Mary Roe spoke first. Bill Roe then joined the rally, the campaign said.", "Bill Roe"),
    ("May Roe, a teacher, said the school would reopen.", "May Roe"),
]


@pytest.mark.parametrize(("text", "name"), KEEP)
def test_real_names_that_look_like_words(text: str, name: str) -> None:
    assert name in _persons(text)
