"""Actors on shapes of real news that the first tables missed (session 2): title abbreviations
whose period the name pattern leaves out, names with no listed given name anchored by a kin
noun, a party tag or an age, relatives sharing a surname, runs across a sentence break, groups
named by a demonym or owner and a collective noun, organisations introduced by an appositive.
Every row is an invented sentence; counterexamples sit beside the examples."""

from __future__ import annotations

from typing import Any

import pytest
from test_actors import check_actors, doc_of, find

from briefgen import rules
from briefgen.extract import names as N
from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Article, Document, Paragraph, Section, Sentence


def doc_of_sentences(*sentences: str) -> Document:
    """A one-paragraph Document whose sentences are given (joined by one space)."""
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    art = Article(sections=(Section(None, ((0, len(text)),)),))
    return Document(
        text, art, (Paragraph((0, len(text)), 0),), tuple(Sentence(sp, 0) for sp in spans)
    )


def people(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors if a.kind == "person"}


# (text, expected actors {name: {field: value}}, names that must not be actors)
SHAPES: list[tuple[str, dict[str, dict[str, Any]], list[str]]] = [
    # a title abbreviation is no name, and the name after it is found
    ("Del. Jane Roe of the territory said the vote was rushed.",
     {"Jane Roe": {"kind": "person", "title": "Del."}}, ["Del"]),
    ("The hearing was fruitless, said Rep. John Doe of Ruritania.",
     {"John Doe": {"kind": "person", "title": "Rep."}}, ["Rep"]),
    ("Sens. Jane Roe and Tom Poe signed the letter.",
     {"Jane Roe": {"title": "Sen."}}, ["Sens"]),
    ("The delegate list was long, officials said.", {}, ["Del", "Delegate"]),
    # kin nouns before a name with no listed given name
    ("The boy's great-uncle, Lazlo Vendrel, is fighting to keep him.",
     {"Lazlo Vendrel": {"kind": "person"}}, []),
    ("She thanked her son Tavish Orrin for his help.",
     {"Tavish Orrin": {"kind": "person"}}, []),
    ("The boy's paternal grandmother, Marizela, told reporters she would go.",
     {"Marizela": {"kind": "person"}}, []),
    ("He thanked his wife Michelle for her patience.", {"Michelle": {"kind": "person"}}, []),
    # counterexamples: a kin noun that names no one, a place after a kin noun
    ("He is the father of modern Ruritania, a historian said.", {}, ["Ruritania"]),
    ("Her son Tavish moved to Ohio.", {}, ["Tavish"]),  # one unknown word, no commas
    # a party tag or an age after the name
    ("Sens. Jane Roe (D-Ore.), Quillon Brace (D-Ohio) and Tom Poe (R-Utah) wrote the letter.",
     {"Quillon Brace": {"kind": "person"}}, []),
    ("Records show Lazlo Vendrel, 49, was fined twice.",
     {"Lazlo Vendrel": {"kind": "person"}}, []),
    ("Senate Majority Leader Karl Oster (R-Ky.) set the vote.",
     {"Karl Oster": {"title": "Senate Majority Leader"}}, []),
    ("The Ruritania Cup, 12, was held.", {}, ["Ruritania Cup"]),
]


@pytest.mark.parametrize(("text", "want", "absent"), SHAPES, ids=[s[0][:40] for s in SHAPES])
def test_shapes(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent)


def test_run_across_a_sentence_break() -> None:
    """"… Janet Roe. Gov. Jeb Doe asked …": the capitalised run that begins in one sentence
    and goes on in the next still gives the second sentence its titled person."""
    actors = extract_actors(doc_of_sentences(
        "The mayors flew in to appeal to Attorney General Janet Roe.",
        "Gov. Jeb Doe also asked the president to act.",
    ))
    a = find(actors, "Jeb Doe")
    assert a is not None and a.title == "Governor"


def test_relative_sharing_a_surname_is_found() -> None:
    """A capitalised word before the surname of a person already named is a relative's given
    name; a sentence's common first word, a title or a quoted slogan is not."""
    actors = extract_actors(doc_of_sentences(
        "Elvan Tosk said the court had erred.",
        "A court gave custody to Lazlo Tosk, who lives nearby.",
        "Critics of the “Never Tosk” slogan said nothing.",
        "Former Tosk aides declined to comment.",
    ))
    assert {"Elvan Tosk", "Lazlo Tosk"} <= people(actors)
    assert not people(actors) & {"Never Tosk", "Former Tosk"}


def test_shared_bare_surname_goes_to_the_primary_person() -> None:
    """"Jane Roe … her son Tavish Roe … Roe said": the bare surname is the person introduced
    first on their own, not the relative found through her, and it is linked, not dropped."""
    text_sentences = (
        "Jane Roe said the agency had failed.",
        "Her son Tavish Roe was at the hearing.",
        "Roe said the agency had not called.",
    )
    doc = doc_of_sentences(*text_sentences)
    actors = extract_actors(doc)
    jane, tavish = find(actors, "Jane Roe"), find(actors, "Tavish Roe")
    assert jane is not None and tavish is not None
    last = doc.text.rindex("Roe said")
    assert (last, last + 3) in jane.mentions
    assert (last, last + 3) not in tavish.mentions


def _group_examples() -> list[tuple[str, str, bool]]:
    out = []
    for e in rules.entries("group_nouns"):
        out += [(e["nouns"][0], ex, True) for ex in e["examples"]]
        out += [(e["nouns"][0], ex, False) for ex in e["counterexamples"]]
    return out


@pytest.mark.parametrize(("noun", "example", "positive"), _group_examples())
def test_group_noun_entries(noun: str, example: str, positive: bool) -> None:
    """Each group_nouns example gives an actor named by its owner and noun (never the bare
    country alone for it); each counterexample gives none ending in a collective noun."""
    actors = extract_actors(doc_of(example))
    nouns = tuple(N.GROUP_NOUNS)
    groups = [a for a in actors if a.rule == "group.collective"]
    if positive:
        assert groups, f"no group in {example!r}: {[a.name for a in actors]}"
        assert all(a.name.endswith(nouns) for a in groups)
    else:
        assert not groups, [a.name for a in groups]


GROUPS: list[tuple[str, dict[str, dict[str, Any]], list[str]]] = [
    ("Peruvian police said they had arrested 14 foreigners.",
     {"Peruvian police": {"kind": "organization", "country": "Peru"}}, ["Peru"]),
    ("The Nigerian exile community marched on the embassy again.",
     {"Nigerian exile community": {"kind": "group", "country": "Nigeria"}}, ["Nigeria"]),
    ("E.U. leaders warned that the bloc must act.",
     {"E.U. leaders": {"kind": "group", "affiliation": "European Union"}}, []),
    ("Republican lawmakers blocked the measure.",
     {"Republican lawmakers": {"kind": "group"}}, []),
    ("Russian troops crossed the border.", {"Russia": {"kind": "country"}}, ["Russian troops"]),
    ("Chinese officials said the talks went well.", {"China": {}}, ["Chinese officials"]),
]


@pytest.mark.parametrize(("text", "want", "absent"), GROUPS, ids=[g[0][:40] for g in GROUPS])
def test_groups(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    test_shapes(text, want, absent)


def test_campaign_of_a_named_person() -> None:
    actors = extract_actors(doc_of_sentences(
        "Jane Roe spoke in Ohio on Monday.",
        "The Roe campaign said it had raised $2 million.",
    ))
    a = find(actors, "Roe campaign")
    assert a is not None and a.kind == "organization" and a.affiliation == "Jane Roe"


ORGS: list[tuple[str, dict[str, dict[str, Any]], list[str]]] = [
    ("Judges of the Lakeside Court of Appeals for the Fourth Circuit upset the state.",
     {"Lakeside Court of Appeals for the Fourth Circuit": {"kind": "organization"}},
     ["Lakeside Court of Appeals"]),
    ("The Department of Labor and the University of Lakeside signed it.",
     {"Department of Labor": {}}, ["Department of Labor and the University of Lakeside"]),
    ("United States Lakeside and Harbor Services, the agency that runs it, said no.",
     {"United States Lakeside and Harbor Services": {"kind": "organization"}},
     ["Harbor Services"]),
    ("Norvale Fargo CEO John Stumpwell testified on Tuesday.",
     {"Norvale Fargo": {"kind": "organization"},
      "John Stumpwell": {"title": "CEO", "affiliation": "Norvale Fargo"}}, []),
    ("Obama spokesman Josh Earnest said no.", {"Josh Earnest": {}}, ["Obama"]),
    ("Once part of the Soviet Union, Estonia fears Russia, and Russia said no.",
     {"Russia": {"kind": "country"}, "Soviet Union": {}}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ORGS, ids=[g[0][:40] for g in ORGS])
def test_orgs(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    test_shapes(text, want, absent)


def test_former_state_still_absorbs_its_capital() -> None:
    actors = extract_actors(doc_of("In the Soviet Union, Moscow decided everything."))
    assert find(actors, "Russia") is None and find(actors, "Soviet Union") is not None


def test_leader_administration_is_the_country() -> None:
    """"the Reagan administration" after "President Ronald Reagan": an organisation of the
    United States (a later "the administration" resolves to it); an administration of no
    titled leader stays nothing."""
    actors = extract_actors(doc_of_sentences(
        "President Ronald Reagan spoke on Monday.",
        "The Reagan administration said it would act.",
    ))
    admin = find(actors, "Reagan administration")
    assert admin is not None and admin.kind == "organization"
    assert admin.country == "United States"
    actors = extract_actors(doc_of_sentences(
        "Jane Roe said the plan was sound.",
        "The Roe administration of the school said it would act.",
    ))
    assert find(actors, "United States") is None
