"""Group actors that speak or commit (session 2, third round): a named person's family and its
later descriptions, and a place's police ("police in Dayton", a bare "Police said" under a
dateline). Every row is an invented sentence; counterexamples sit beside the examples."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from test_actors import find
from test_actors_shapes import doc_of_sentences

from briefgen.extract.actors import extract_actors
from briefgen.pipeline import build_brief

# (sentences, expected actors {name: {field: value}, "aliases" ⊇ list}, names that must not be actors)
ROWS: list[tuple[tuple[str, ...], dict[str, dict[str, Any]], list[str]]] = [
    # 1. a named person's relatives or family is one group, with its later descriptions
    (("Tom Roe, 6, was found at sea.", "Roe's relatives in Miami said they would appeal.",
      "The boy's Miami relatives went to court."),
     {"Roe's relatives in Miami": {"kind": "group", "affiliation": "Tom Roe",
                                   "aliases": ["The boy's Miami relatives"]}}, []),
    (("Jane Roe died on Monday.", "The Roe family said it was grateful.",
      "The family said it would sue."),
     {"Roe family": {"kind": "group", "affiliation": "Jane Roe", "aliases": ["The family"]}},
     []),
    (("Jane Roe died on Monday.", "Relatives of Jane Roe said they would sue."),
     {"Relatives of Jane Roe": {"kind": "group", "affiliation": "Jane Roe"}}, []),
    (("Tom Roe, 6, was found at sea.", "But Roe's family said they would appeal."),
     {"Roe's family": {"kind": "group"}}, ["But Roe's family"]),
    (("Tom Roe, 6, was found at sea.", "His Miami relatives want him to stay.",
      "Roe's relatives in Miami said they would appeal."),
     {"Roe's relatives in Miami": {"aliases": ["Miami relatives"]}}, []),
    # counterexamples: no named person, no family actor; a family of no one the text names
    (("The family said it would appeal.",), {}, ["family", "The family"]),
    (("His relatives went to court.",), {}, ["relatives", "His relatives"]),
    (("Jane Roe spoke.", "The Smith family said it was sad."), {}, ["Smith family"]),
    (("Jane Roe spoke.", "Bill's relatives said it was sad."), {}, ["Bill's relatives"]),
    # 2. "police in <place>" is that place's police; a bare "police said" joins it
    (("Police in Dayton said the driver fled.", "Police said he was armed."),
     {"Dayton police": {"kind": "organization", "aliases": ["Police"]}}, ["Dayton"]),
    (("Police in Kenya said two men were held.", "Kenyan police said so too."),
     {"Kenyan police": {"country": "Kenya", "aliases": ["Police in Kenya"]}}, ["Kenya police"]),
    # counterexamples: two places, no place, or no speech
    (("Police in Kenya and Tanzania said two men were held.",), {}, ["Kenya police"]),
    (("The police said nothing.",), {}, ["police"]),
    (("Riot police fired tear gas.",), {}, ["police"]),
]


@pytest.mark.parametrize(("sentences", "want", "absent"), ROWS)
def test_rows(sentences: tuple[str, ...], want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    actors = extract_actors(doc_of_sentences(*sentences))
    for name, fields in want.items():
        a = find(actors, name)
        assert a is not None, (name, [(x.name, x.aliases) for x in actors])
        for k, v in fields.items():
            if k == "aliases":
                assert set(v) <= set(a.aliases) | {a.name}, (a.name, a.aliases)
            else:
                assert getattr(a, k) == v, (k, getattr(a, k))
    keep = {find(actors, n).name for n in want}  # type: ignore[union-attr]
    for name in absent:
        a = find(actors, name)
        assert a is None or a.name in keep, (name, a)


DATELINES = [
    # a bare "Police said" under a dateline is that city's police
    ("DAYTON, Ohio (AP) -- Police said the driver fled on foot.\n\nNo one was hurt.",
     "Dayton police"),
    # counterexample: no dateline, no place to own the police
    ("Police said the driver fled on foot.\n\nNo one was hurt.", None),
]


@pytest.mark.parametrize(("text", "want"), DATELINES)
def test_dateline_police(text: str, want: str | None) -> None:
    b = build_brief(text, reference_date=datetime.date(2020, 1, 1))
    got = [a.name for a in b.actors if a.name.endswith("police")]
    assert got == ([want] if want else [])
    if want:
        v = b.views[0] if b.views else None
        assert v is not None and v.speaker is not None
        assert next(a.name for a in b.actors if a.id == v.speaker) == want
