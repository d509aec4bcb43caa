"""Golden rows (invented) for an office written alone ("Secretary-General Ana Vidal"): it belongs
to the one body of its kind the text names (titles.json 'held_in'), so the person's affiliation
is that body; with none or two such bodies named, or a body already written before the office
("NATO Secretary-General"), nothing is guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.section import section


def person(body: str, name: str) -> tuple[str | None, str | None]:
    doc = section(f"Leaders meet on the new treaty\n\n{body}\n", dt.date(2024, 5, 6))
    a = next(a for a in extract_actors(doc) if a.name == name)
    return a.title, a.affiliation


ROWS = [
    ("The talks were held at the United Nations. Secretary-General Ana Vidal said they failed.",
     "United Nations"),
    ("The U.N. envoy left Geneva. Secretary-General Ana Vidal said the talks had failed.",
     "United Nations"),
    ("The United Nations met. Former Secretary-General Ana Vidal said the talks failed.",
     "United Nations"),
    ("Arab League ministers met in Cairo. Secretary General Ana Vidal said the plan would pass.",
     "Arab League"),
    # counterexamples: no body named; two bodies with the office named
    ("Secretary-General Ana Vidal said the talks failed.", None),
    ("NATO and the U.N. met in May. Secretary-General Ana Vidal spoke first.", None),
]


@pytest.mark.parametrize(("text", "body"), ROWS)
def test_office_alone_takes_the_one_body_named(text: str, body: str | None) -> None:
    assert person(text, "Ana Vidal")[1] == body


def test_body_before_the_office_stays() -> None:
    text = "NATO Secretary-General Ana Vidal said allies agreed with the United Nations."
    assert person(text, "Ana Vidal")[1] == "NATO"
