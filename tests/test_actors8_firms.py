"""Golden rows (invented sentences) for one-word firm names that the text uses as a company:
a bare capitalised word as the subject of a corporate predicate ("Globex cut 300 jobs", "Globex
on Tuesday said it would close two plants", "Globex said its profit fell"), or taken up by "It"
and a corporate predicate in the next sentence, is an organisation; without company evidence it
is left alone. Counterexamples: a common word opening the sentence, the surname of a person the
text names, a place, a predicate with no corporate object ("said it would cut taxes"), a plan's
"it" in a person's words. Also: a lone word followed elsewhere by a capital of any script is part
of a longer name there ("Zorbel Österreich" reads like "Zorbel Austria").
Each row: the text, {name: kind} wanted, names that must be no person."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Document
from briefgen.section import section


def actors_of(body: str) -> list[Actor]:
    doc: Document = section(f"Markets wait on the new figures\n\n{body}\n", dt.date(2024, 5, 6))
    return extract_actors(doc)


def kinds(body: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors_of(body)}


FIRMS = [
    "Globex on Tuesday said it would cut 300 jobs at its plant in Ohio.",
    "Globex said it would cut 300 jobs by the end of the year.",
    "Globex said on Tuesday that it would close two plants.",
    "Globex said its quarterly profit fell 12 percent.",
    "Globex will cut 300 jobs, the company said.",
    "Globex announced a merger with a smaller rival on Monday.",
    "Globex plans to lay off 500 workers next month.",
    "Globex reported a 20% rise in quarterly earnings.",
    "Globex said sales fell in May. It also cut 300 jobs.",
    "Globex said sales fell in May. It will close two plants next year.",
    "Globex, which makes printers, said sales fell.",
    "Globex Corp. said profit rose. Later, Globex said it would hire 200 workers.",
    "Globex shares fell 5% after the report.",
]


@pytest.mark.parametrize("text", FIRMS)
def test_one_word_firm_is_an_organisation(text: str) -> None:
    got = {a.name: a for a in actors_of(text)}
    firm = next((a for n, a in got.items() if n.startswith("Globex")), None)
    assert firm is not None and firm.kind == "organization", got
    assert not any(a.kind == "person" for a in got.values()), got


NOT_FIRMS = [
    # a common word opening the sentence
    ("Officials said it would cut 300 jobs.", [], ["Officials"]),
    # the surname of a person the text names
    ("Ann Roe, the chief executive, spoke first. Roe said it would cut 300 jobs.",
     ["Ann Roe"], []),
    # a place
    ("Detroit said it would close two plants.", [], []),
    # no corporate object: a person's "it"
    ("Maddox said it would cut taxes for families.", ["Maddox"], []),
    ("Quorn said it was a mistake to cut jobs.", ["Quorn"], []),
    # "It" in a person's words is a plan's
    ("Quorn said the plan was unfair. It would cut 300 jobs, he added.", ["Quorn"], []),
    ("Quorn said the plan was unfair. It is time to cut jobs.", ["Quorn"], []),
    # "he" after the word: a person
    ("Quorn said sales fell in May. He also cut 300 jobs.", ["Quorn"], []),
    # a name after a preposition or an article is no subject
    ("Workers at Globex cut 300 jobs from the list, a union said.", [], ["Globex"]),
]


@pytest.mark.parametrize(("text", "people", "nobody"), NOT_FIRMS)
def test_no_company_evidence_leaves_the_word(
    text: str, people: list[str], nobody: list[str]
) -> None:
    got = kinds(text)
    for name in people:
        assert got.get(name) == "person", got
    for name in nobody:
        assert got.get(name) != "person", got
    assert not any(k == "organization" and n.split()[0] in ("Roe", "Maddox", "Quorn", "Officials",
                                                                "Detroit") for n, k in got.items())


def test_a_capital_of_any_script_continues_a_name() -> None:
    """The lone-word reader's "part of a longer name" test takes any capital after the word:
    the answer must not hang on whether the next word is written in ASCII."""
    base = "Zorbel said the deal was off. Its rival, the magazine Zorbel {}, closed in May."
    ascii_, accented = kinds(base.format("Austria")), kinds(base.format("Österreich"))
    assert ascii_.get("Zorbel") == accented.get("Zorbel") == "person"
