"""Gender hints (briefgen.extract.coref) and their use by the views and commitments stages.

Invented sentences written from general news conventions, each rule with a counterexample."""

from __future__ import annotations

import datetime

import pytest

from briefgen.extract import coref
from briefgen.extract.actors import extract_actors
from briefgen.extract.views import extract_views
from briefgen.section import section

REF = datetime.date(2024, 5, 1)


def _genders(body: str) -> dict[str, str]:
    doc = section("Headline for the test\n\n" + body, REF)
    actors = extract_actors(doc)
    g = coref.genders(doc, actors)
    return {a.name: g[a.id] for a in actors if a.id in g}


# (text, person, expected gender or None)
GENDER_ROWS = [
    # honorifics and gendered titles before the name
    ("Mrs. Halloran Vexley told the council the plan was late.", "Halloran Vexley", "f"),
    ("Mr. Dorran Quillet told the council the plan was late.", "Dorran Quillet", "m"),
    ("The vote was close, Congresswoman Jane Orrick said.", "Jane Orrick", "f"),
    ("Queen Alisande Morrow opened the session.", "Alisande Morrow", "f"),
    # a role noun in apposition, after or before the name
    ("Jane Orrick, his wife, declined to comment.", "Jane Orrick", "f"),
    ("The boy's father, Dorran Quillet, arrived on Monday.", "Dorran Quillet", "m"),
    ("Tamsin Orrick, a developer and spokeswoman for the group, said costs rose.",
     "Tamsin Orrick", "f"),
    # counterexamples: the role belongs to someone else
    ("Tamsin Orrick, a lawyer for the father, said the case was closed.", "Tamsin Orrick", None),
    ("They sang of the boy's mother. Dorran Quillet looked on.", "Dorran Quillet", None),
    ("Tamsin Orrick met the wife of Dorran Quillet.", "Dorran Quillet", None),
    # chairman is used for women too: no hint
    ("Chairman Tamsin Orrick opened the hearing.", "Tamsin Orrick", None),
    # a pronoun that can only refer to one person
    ("Tamsin Orrick said she would run again.", "Tamsin Orrick", "f"),
    ("John Quillet arrived late. He said the roads were closed.", "John Quillet", "m"),
    # counterexample: two people named before the pronoun
    ("Dorran Quillet met Tamsin Orrick. She said the talks went well.", "Tamsin Orrick", None),
    # counterexample: a pronoun inside a quotation is no evidence
    ('"I did my part," Tamsin Orrick said. "He did not."', "Tamsin Orrick", None),
]


@pytest.mark.parametrize(("text", "person", "want"), GENDER_ROWS)
def test_gender_hint(text: str, person: str, want: str | None) -> None:
    assert _genders(text).get(person) == want


def test_agrees() -> None:
    from briefgen.model import Actor

    a = Actor("A1", "Tamsin Orrick", "person")
    org = Actor("A2", "Acme Corp", "organization")
    g = {"A1": "f"}
    assert coref.agrees(g, a, "she") and coref.agrees(g, a, "her")
    assert not coref.agrees(g, a, "he") and not coref.agrees(g, a, "his")
    assert coref.agrees({}, a, "he")  # unknown gender: anyone
    assert coref.agrees(g, org, "he")  # not a person: the caller's kind test decides


def _speakers(body: str) -> list[tuple[str, str | None]]:
    doc = section("Headline for the test\n\n" + body, REF)
    actors = extract_actors(doc)
    names = {a.id: a.name for a in actors}
    return [(v.speaker_text, names.get(v.speaker or "")) for v in extract_views(doc, actors)]


SPEAKER_ROWS = [
    # "she" skips the man who spoke last when the text shows the woman's gender
    (("Sen. Tamsin Orrick questioned the bank's chief. \"This is wrong,\" Orrick said.\n\n"
     "Mr. Dorran Quillet, the chief executive, said the bank had fired staff.\n\n"
     "\"You squeezed your employees,\" she said."), "she", "Tamsin Orrick"),
    # counterexample: unknown gender keeps the nearest speaker
    (("Dorran Quillet, the chief executive, said the bank had fired staff.\n\n"
     "\"We acted fast,\" he said."), "he", "Dorran Quillet"),
    # a pronoun in a fronted subordinate clause names the person opening the main clause
    (("Sen. Dorran Quillet said the bank should be broken up.\n\n"
     "Though she called the conduct outrageous, Tamsin Orrick said the bank could stay whole."),
     "she", "Tamsin Orrick"),
]


@pytest.mark.parametrize(("text", "mention", "want"), SPEAKER_ROWS)
def test_pronoun_speaker(text: str, mention: str, want: str) -> None:
    got = [n for st, n in _speakers(text) if st == mention]
    assert got and got[-1] == want, _speakers(text)
