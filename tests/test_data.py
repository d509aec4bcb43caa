"""Data integrity: every knowledge file in briefgen/data/ loads through rules.load, says what it
is and where it comes from, and has no entry that contradicts another (dateparser's
test_dateparser_data_integrity, for our lexicons and gazetteers)."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from briefgen import rules

DATA_FILES = sorted(
    p.name.removesuffix(".json")
    for p in (resources.files("briefgen") / "data").iterdir()
    if p.name.endswith(".json")
)


def test_there_is_data() -> None:
    assert {"countries", "organizations", "titles", "commitment_cues", "dates"} <= set(DATA_FILES)


@pytest.mark.parametrize("name", DATA_FILES)
def test_file_has_the_common_shape(name: str) -> None:
    data = rules.load(name)
    assert isinstance(data.get("description"), str) and data["description"].strip()
    assert data.get("source"), f"{name}.json must cite its source"
    assert isinstance(data["entries"], list)


@pytest.mark.parametrize("name", DATA_FILES)
def test_examples_are_non_empty_strings(name: str) -> None:
    for entry in rules.entries(name):
        if not isinstance(entry, dict):
            continue
        for key in ("examples", "counterexamples"):
            if key in entry:
                values = entry[key]
                assert isinstance(values, list), (name, entry)
                assert all(isinstance(v, str) and v.strip() for v in values), (name, entry)


@pytest.mark.parametrize("name", DATA_FILES)
def test_no_duplicate_entries(name: str) -> None:
    keyed = Counter(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in rules.entries(name))
    assert [k for k, n in keyed.items() if n > 1] == []


def test_countries_have_unique_codes_and_names() -> None:
    entries = rules.entries("countries")
    codes = Counter(e["code"] for e in entries)
    names = Counter(e["name"] for e in entries)
    assert [c for c, n in codes.items() if n > 1] == []
    assert [c for c, n in names.items() if n > 1] == []


def test_no_surface_form_names_two_countries() -> None:
    """A short form, demonym or capital that pointed at two countries would make the
    gazetteer's answer depend on file order."""
    owner: dict[str, str] = {}
    clashes = []
    for e in rules.entries("countries"):
        for form in (e["name"], *e.get("forms", []), *e.get("demonyms", [])):
            if owner.setdefault(form, e["name"]) != e["name"]:
                clashes.append((form, owner[form], e["name"]))
    assert clashes == []


def test_commitment_cue_strengths_are_known() -> None:
    known = {"binding", "agreement", "pledge", "reaffirmation", "intention", "ongoing"}
    assert {e["strength"] for e in rules.entries("commitment_cues")} <= known


def test_load_is_cached() -> None:
    assert rules.load("countries") is rules.load("countries")
