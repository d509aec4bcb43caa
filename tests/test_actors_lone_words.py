"""Golden rows (invented sentences) for a lone capitalised word that only a reporting verb made a
person, read again by the words news copy writes around it: ", State/Country" after it is a
place ("a nurse in Dunmore, Pa., said"); a medium's or firm's noun before or after it, an
institution's appositive, "X, which", or a title's "The" make it an organisation ("the news site
Zorbel said", "Zorbel magazine", "of The Quill"); in copy that gives people courtesy titles, a
word written twice and never after "Mr./Ms." is no person; the tail of a longer name ("the
Chamber of Tanning thinks") and "the X said" are no actor. And a knight's or dame's style stays
in the name ("Sir Tom Vale", short form "Sir Tom"), the office before it is the title; dotted
initials ending in a capital without its point open a firm's name ("K.L.M Holdings PLC").
Each row: the text, {name: {field: value}} wanted, names that must be no person.
Counterexamples sit beside the examples."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_actors_kinds import find

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Document
from briefgen.section import section


def doc_of(body: str) -> Document:
    return section(f"Leaders meet on the new treaty\n\n{body}\n", dt.date(2024, 5, 6))


ROWS: list[Any] = [
    # a place: ", State" or ", Country" right after the word
    ("Ida Berg, a retired nurse in Dunmore, Pa., said the rally was loud.",
     {"Ida Berg": {"kind": "person"}}, ["Dunmore"]),
    ("Tom Lee, a farmer from Corvale, South Carolina, says the rains came late.",
     {}, ["Corvale"]),
    ("A woman in Brayton, Massachusetts, told him she was worried.", {}, ["Brayton"]),
    ("Ada Fisk, who lives near Oderberg, Germany, said prices had doubled.", {}, ["Oderberg"]),
    ("The Delmar, Ohio, company said its profit rose.", {}, ["Delmar"]),
    # counterexamples: a possessive state, a full name, a party tag
    ("Maddox, Ohio's junior senator, said the bill would pass.",
     {"Maddox": {"kind": "person"}}, []),
    ("Maddox said the vote in Ohio would be close.", {"Maddox": {"kind": "person"}}, []),
    # an organisation: a medium's or firm's noun before or after the word
    ("A writer at the tech news site Zorbel said he was upset.",
     {"Zorbel": {"kind": "organization"}}, ["Zorbel"]),
    ("Zorbel magazine started the list in 1982. Zorbel said it now tracks 500 fortunes.",
     {"Zorbel": {"kind": "organization"}}, ["Zorbel"]),
    ("Ann Roe, whose latest start-up, Quindle, sells data, said the market was open.",
     {"Quindle": {"kind": "organization"}}, ["Quindle"]),
    # an institution's appositive; "which"
    ("Quindle, a small Chicago-based weekly owned by farmers, wrote that the deal was dead.",
     {"Quindle": {"kind": "organization"}}, ["Quindle"]),
    ("Quindle, which keeps its sales figures private, denied the claim.",
     {"Quindle": {"kind": "organization"}}, ["Quindle"]),
    # a title's article mid-sentence
    ("Ann Roe of The Quill asked the senator whether she would run.",
     {"Quill": {"kind": "organization"}}, ["Quill"]),
    # counterexamples: a role's noun, a sentence's article, a person's "who"
    ("Maddox, a former magazine editor, said the paper was fine.",
     {"Maddox": {"kind": "person", "title": "former magazine editor"}}, []),
    ("“The Scripture tells us to forgive,” she said. Maddox said so too.",
     {"Maddox": {"kind": "person"}}, []),
    ("Maddox, who keeps his income private, denied the claim.",
     {"Maddox": {"kind": "person"}}, []),
    # the tail of a longer name; "the X said"
    ("The Arvon Chamber of Tanning thinks that 6,000 jobs depend on trade.", {}, ["Tanning"]),
    ("Ida Berg spoke in Austin. Later the Texan said the race was over.", {}, ["Texan"]),
    # a knight's style stays in the name; the office before it is the title
    ("Jaguar Chairman Sir Tom Vale said no. Later, Sir Tom added that talks would go on.",
     {"Sir Tom Vale": {"kind": "person", "title": "Chairman"}}, []),
    ("Dame Ida Berg, the actress, said the play would open in May.",
     {"Dame Ida Berg": {"title": "actress"}}, []),
    # counterexample: a peer's style goes with a surname, as before
    ("Lord Carrow said the treaty was signed.", {}, []),
    # dotted initials ending in a capital without its point open a firm's name
    ("The bid was dwarfed by K.L.M Holdings PLC's plan to sell assets.",
     {"K.L.M Holdings PLC": {"kind": "organization"}}, []),
    # counterexamples: initials with every point, a glued word after them
    ("The U.S. Army said the drill was over.", {"U.S. Army": {"kind": "organization"}}, []),
    ("U.S.-based firms said exports fell.", {"United States": {"kind": "country"}}, []),
]


@pytest.mark.parametrize(("text", "want", "not_people"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_lone_words(text: str, want: dict[str, dict[str, Any]], not_people: list[str]) -> None:
    assert_actors(extract_actors(doc_of(text)), want, not_people)


def assert_actors(
    actors: list[Actor], want: dict[str, dict[str, Any]], not_people: list[str]
) -> None:
    """Each wanted actor is found with the wanted fields; none of not_people is a person."""
    for name, fields in want.items():
        a = find(actors, name)
        assert a is not None, f"{name!r} missing from {[x.name for x in actors]}"
        for k, v in fields.items():
            assert getattr(a, k) == v, f"{name}.{k}: {getattr(a, k)!r} != {v!r}"
    for name in not_people:
        a = find(actors, name)
        assert a is None or a.kind != "person", f"false person {name!r}"


def test_courtesy_copy_word_never_given_an_honorific_is_no_person() -> None:
    body = ("Mr. Roe and Mr. Lee met on Monday. Ms. Kay said Mr. Roe was right, and Mr. Lee "
            "agreed. Quindle publishes 20 magazines a year. In May, Quindle said the city led.")
    a = find(extract_actors(doc_of(body)), "Quindle")
    assert a is not None and a.kind == "organization"


def test_courtesy_copy_word_given_an_honorific_stays_a_person() -> None:
    # counterexample: "Mr. Maddox" elsewhere makes the bare word a person
    body = ("Mr. Roe and Mr. Lee met on Monday. Ms. Kay said Mr. Roe was right, and Mr. Lee "
            "agreed. Maddox said the vote was close. Mr. Maddox left.")
    a = find(extract_actors(doc_of(body)), "Maddox")
    assert a is not None and a.kind == "person"


def test_knighted_mentions_keep_the_style() -> None:
    d = doc_of("Sir Tom Vale said no. Sir Tom added that talks would go on.")
    a = find(extract_actors(d), "Sir Tom Vale")
    assert a is not None
    assert [d.text[s:e] for s, e in a.mentions] == ["Sir Tom Vale", "Sir Tom"]
