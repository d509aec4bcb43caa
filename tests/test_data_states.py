"""US state (and other place) abbreviations are one list: the `ap` / `abbr_other` forms on
places.json's us_state entries plus abbreviations.json's `place` entries (D.C., Canadian
provinces, Mexico). The sentence splitter keeps a sentence going after them and names.py reads
them as the state closing a "City, State" pair; these tests check both consumers see the same
forms, and run invented "City, St." sentences through both.

The AP table below is the AP Stylebook's (written from the stylebook, not from the data): AP
spells out the eight short names; "Tex." and "Kans." are the older forms other US papers still
print; "Penn." is no one's abbreviation for Pennsylvania (all use "Pa.") and ends sentences about
the university or a person, so it is no abbreviation here."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_actors_kinds import find
from test_actors_lone_words import assert_actors

from briefgen import rules
from briefgen import sentences as S
from briefgen.extract import names as N
from briefgen.extract.actors import extract_actors
from briefgen.model import Document
from briefgen.section import section

AP_STYLEBOOK = {
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.",
    "Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.",
    "Georgia": "Ga.", "Illinois": "Ill.", "Indiana": "Ind.", "Kansas": "Kan.",
    "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.", "Massachusetts": "Mass.",
    "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.", "Missouri": "Mo.",
    "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.",
    "New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.",
    "North Dakota": "N.D.", "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.",
    "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.",
    "Tennessee": "Tenn.", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.",
    "West Virginia": "W.Va.", "Wisconsin": "Wis.", "Wyoming": "Wyo.",
}
SPELLED_OUT = {"Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"}
OTHER_FORMS = {"Texas": ["Tex."], "Kansas": ["Kans."]}
NOT_STATES = {"abbr.us_district": ["D.C."], "abbr.ca_province": ["Ont.", "Que.", "B.C."],
              "abbr.mexico": ["Mex."]}

STATES = [e for e in rules.entries("places") if e.get("type") == "us_state"]
FORMS = S.PLACE_ABBREVIATIONS


def test_states_carry_the_ap_stylebook_forms() -> None:
    assert {e["name"]: e["ap"] for e in STATES if "ap" in e} == AP_STYLEBOOK
    assert len(AP_STYLEBOOK) == 42 and not SPELLED_OUT & set(AP_STYLEBOOK)
    names = {e["name"] for e in STATES}
    # every state is there: the 50 plus "New York State", a second name for one of them
    assert names == set(AP_STYLEBOOK) | SPELLED_OUT | {"New York State"}


def test_other_forms_are_the_attested_few() -> None:
    assert {e["name"]: e["abbr_other"] for e in STATES if "abbr_other" in e} == OTHER_FORMS


def test_non_state_places_are_their_own_entries() -> None:
    got = {e["id"]: e["values"] for e in rules.entries("abbreviations") if e["kind"] == "place"}
    assert got == NOT_STATES


def test_one_list_each_form_once_as_printed() -> None:
    raw = [f for e in STATES for f in ([e["ap"]] if "ap" in e else []) + e.get("abbr_other", [])]
    raw += [v for vs in NOT_STATES.values() for v in vs]
    assert len(raw) == len(set(raw)) == len(FORMS)
    assert all(f.endswith(".") and f[0].isupper() for f in FORMS)
    # no second copy: names.json keeps no state list, the splitter's other groups no place
    assert "state_abbreviations" not in rules.load("names")
    others = {v for e in rules.entries("abbreviations") if e["kind"] != "place" for v in e["values"]}
    assert others & {f.removesuffix(".") for f in FORMS} == set()
    assert "Penn" not in others


def test_both_consumers_see_the_same_forms() -> None:
    """names.py's pair closers, less state and country names, are exactly the list; the splitter
    holds every form (without its point) as a non-final abbreviation."""
    countries = {s for s, r in N.COUNTRY_REFS.items() if r.form in ("name", "form")}
    state_names = {e["name"] for e in STATES}
    assert N.CITY_STATES - countries - state_names == set(FORMS)
    assert {f for f in FORMS if S._KINDS.get(f.removesuffix(".")) == "general"} == set(FORMS)


def doc_of(body: str) -> Document:
    return section(f"Leaders meet on the new treaty\n\n{body}\n", dt.date(2024, 5, 6))


def sentences_of(d: Document) -> list[str]:
    return [d.text[s.span[0] : s.span[1]] for s in d.sentences]


@pytest.mark.parametrize("form", FORMS)
def test_every_form_closes_a_pair_and_keeps_the_sentence(form: str) -> None:
    # ", St.," after a lone word that "said" would make a person: a place
    d = doc_of(f"A nurse in Dunmore, {form}, said the rally was loud.")
    assert len(d.sentences) == 1
    a = find(extract_actors(d), "Dunmore")
    assert a is None or a.kind != "person"
    # no comma after the state: a capitalised word that opens no sentence goes on
    assert len(sentences_of(doc_of(f"Dunmore, {form} Mayor Ann Roe said it would reopen."))) == 1
    # counterexample: a sentence starter after the point ends the sentence
    two = sentences_of(doc_of(f"Ann Roe moved to Dunmore, {form} The plant closed a year later."))
    assert two == [f"Ann Roe moved to Dunmore, {form}", "The plant closed a year later."]


# text, number of sentences, {name: {field: value}} wanted, names that must be no person
ROWS: list[Any] = [
    ("Ida Berg, a retired nurse in Dunmore, Pa., said the rally was loud.",
     1, {"Ida Berg": {"kind": "person"}}, ["Dunmore"]),
    ("Corvale, Tenn. Mayor Ann Roe said the plant would reopen in May.",
     1, {"Ann Roe": {"kind": "person", "title": "Mayor"}}, ["Corvale"]),
    ("Ann Roe, a Corvale, Tenn. Republican, said the bill would pass.",
     1, {"Ann Roe": {"kind": "person"}}, ["Corvale"]),
    ("Lena Ortiz, a rancher near Corvale, Tex., says the creek has run dry.",
     1, {"Lena Ortiz": {"kind": "person"}}, ["Corvale"]),
    ("Ridley, Kan. Rep. Tom Vale said the farm bill would pass.",
     1, {"Tom Vale": {"kind": "person", "title": "Rep."}}, ["Ridley"]),
    ("Officials in Ashby, N.H., said the count was over.", 1, {}, ["Ashby"]),
    ("Halden, Ont. Mayor Ida Berg said the bridge would reopen.",
     1, {"Ida Berg": {"kind": "person", "title": "Mayor"}}, ["Halden"]),
    ("A clerk in Nogales, Mex., said the crossing was shut.", 1, {}, ["Nogales"]),
    # counterexamples: a starter after the point; a state AP spells out; "Penn." is no state
    ("Ann Roe moved to Corvale, Tenn. The plant closed a year later.",
     2, {"Ann Roe": {"kind": "person"}}, []),
    ("Ann Roe grew up in Ohio. Voters there know her well.", 2, {"Ohio": {"kind": "place"}}, []),
    ("Ann Roe taught at Penn. Students there still cite her work.", 2, {}, []),
    # the speaker named elsewhere in the sentence stays a person
    ("Ridley said, in Corvale, Mass., that he would run.",
     1, {"Ridley": {"kind": "person"}}, ["Corvale"]),
]


@pytest.mark.parametrize(("text", "n", "want", "not_people"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_city_state_sentences(
    text: str, n: int, want: dict[str, dict[str, Any]], not_people: list[str]
) -> None:
    d = doc_of(text)
    assert len(d.sentences) == n, sentences_of(d)
    assert_actors(extract_actors(d), want, not_people)
