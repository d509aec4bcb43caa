"""Golden rows (invented sentences) for institutions named by their place or demonym, campaigns
and administrations, outlets and sub-agencies that are no persons, and titled people whose given
name no list knows. Each row: the text, then (kind, name) pairs that must be actors, then names
that must not be."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Document
from briefgen.section import section


def doc_of(body: str) -> Document:
    """The body under a headline, sectioned into sentences as an article is."""
    return section(f"Council weighs budget plan\n\n{body}\n", dt.date(2024, 5, 6))

ROWS: list[tuple[str, list[tuple[str, str]], list[str]]] = [
    # 1. institutions with a demonym or place
    ("The Peruvian parliament approved the bill on Monday.",
     [("organization", "Peruvian parliament")], []),
    ("Officials said the Ohio legislature voted against the plan.",
     [("organization", "Ohio legislature")], []),
    ("The Norwegian cabinet met on Friday to discuss the budget.",
     [("organization", "Norwegian cabinet")], []),
    ("A man who fled from Corvallis police was caught in Corvallis on Monday.",
     [("organization", "Corvallis police")], []),
    ("The parliament met on Friday and the cabinet resigned.", [], ["parliament", "cabinet"]),
    ("Riot police fired tear gas at the crowd.", [], ["Riot police"]),
    ("On Monday police said nothing about the case.", [], ["Monday police"]),
    # 2. campaigns and administrations
    (("Jane Roe spoke in Ohio. The Roe campaign said it raised $2 million. "
     "The campaign later denied the report."),
     [("organization", "Roe campaign")], []),
    ("Barack Obama spoke on Monday. The Obama administration said it will appeal.",
     [("organization", "Obama administration"), ("person", "Barack Obama")], []),
    # 3. outlets and sub-agencies, not persons
    ("Officials met on Monday. The Times wrote that the plan had failed.",
     [("organization", "The Times")], ["Times"]),
    ("Officials met. A reporter told the Riverton Gazette that the bridge was closed.",
     [("organization", "Riverton Gazette")], []),
    ("Officials met. Emily Post said manners matter.", [("person", "Emily Post")], []),
    ("Officials met. The Post Office said it would close branches.",
     [("organization", "Post Office")], ["The Post"]),
    (("Border Crime Investigations, a division of the Department of Homeland Security, said "
     "it made arrests."), [("organization", "Border Crime Investigations")], []),
    ("Officials met. Norvale Capital, a unit of Tamura Ltd, said it would sell the plant.",
     [("organization", "Norvale Capital")], []),
    ("Officials met. Jane Roe, a member of the board, said she would resign.",
     [("person", "Jane Roe")], []),
    # 4. a title before a name whose given name no list knows
    ("Lawmakers met. Congresswoman Tamsin Orrick voted against the bill.",
     [("person", "Tamsin Orrick")], []),
    ("Lawmakers met. Del. Mara Quill said she will run again.", [("person", "Mara Quill")], []),
    ("Lawmakers met. Assemblyman Quorin Vale declined to comment.",
     [("person", "Quorin Vale")], []),
    ("Lawmakers met. Ohio Congressman Dale Bishop answered questions on Monday.",
     [("person", "Dale Bishop")], ["Dale"]),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_institution_rows(text: str, want: list[tuple[str, str]], absent: list[str]) -> None:
    actors = extract_actors(doc_of(text))
    got = {(a.kind, a.name) for a in actors}
    for pair in want:
        assert pair in got, (pair, sorted(got))
    names = {a.name for a in actors}
    for name in absent:
        assert name not in names, (name, sorted(got))
    assert not any(a.kind == "person" and a.name in ("Times", "Post") for a in actors)


def test_the_times_joins_the_named_outlet() -> None:
    text = "The New York Times reported the deal. The Times said later that it had erred."
    actors = extract_actors(doc_of(text))
    nyt = [a for a in actors if a.name == "New York Times"]
    assert nyt and len(nyt[0].mentions) == 2
    assert not [a for a in actors if a.name == "The Times" and a.mentions]


def test_campaign_mentions_need_a_verb() -> None:
    text = ("Jane Roe spoke in Ohio. The Roe campaign said it raised money. The campaign later "
            "denied it. The campaign trail was long.")
    doc = doc_of(text)
    camp = next(a for a in extract_actors(doc) if a.name == "Roe campaign")
    got = [doc.text[s:e] for s, e in camp.mentions]
    assert got.count("The campaign") == 1
    trail = doc.text.index("The campaign trail")
    assert all(s != trail for s, _ in camp.mentions)


@pytest.mark.parametrize(
    ("text", "org", "country"),
    [
        ("Border patrols widen\n\nThe Kenyan Defence Forces said on Monday the patrols would widen.\n",
         "Kenyan Defence Forces", "Kenya"),
        ("Drills planned\n\nUS Central Command said the drills would start in May.\n",
         "US Central Command", "United States"),
        # a country's plain name may be a brand's: no country from it
        ("Dairy expands\n\nTurkey Hill Dairy said it would open a second plant.\n",
         "Turkey Hill Dairy", None),
    ],
)
def test_an_organisation_named_by_a_demonym_or_abbreviation_belongs_to_that_country(
    text: str, org: str, country: str | None
) -> None:
    from briefgen import build_brief

    actors = {a.name: a for a in build_brief(text, "2024-01-01").actors}
    assert org in actors, sorted(actors)
    assert actors[org].country == country


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Port slows\n\nExporters say the border crossings remain slow.\n", None),
        ("Port slows\n\nWholesalers say prices will rise, Mwangi says.\n", "Mwangi"),
        ("Port slows\n\nMwangi says the border crossings remain slow.\n", "Mwangi"),
    ],
)
def test_one_capitalised_word_with_a_plural_verb_is_no_person(text: str, person: str | None) -> None:
    from briefgen import build_brief

    people = [a.name for a in build_brief(text, "2024-01-01").actors if a.kind == "person"]
    assert people == ([person] if person else [])
