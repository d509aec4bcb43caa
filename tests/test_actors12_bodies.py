"""Bodies the actors stage must create so that "the administration said", "the embassy said",
"the union said" have something to resolve to: administrations, embassies and missions, brands
the text calls a firm, unions named by their head word. Rows invented from general news
conventions; counterexamples must not fire."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Document
from briefgen.pipeline import build_brief
from briefgen.section import section


def doc_of(body: str) -> Document:
    return section("Headline here\n\n" + body + "\n")


def _find(actors: list[Actor], name: str) -> Actor | None:
    return next((a for a in actors if a.name == name), None)


# (text, [(name, kind, country)], names that must be absent)
ROWS: list[tuple[str, list[tuple[str, str, str | None]], list[str]]] = [
    # 1. administrations: an organisation of the leader's country
    ("President Jane Roe spoke on Monday. The Roe administration said it would lift the ban.",
     [("Roe administration", "organization", "United States"), ("Jane Roe", "person", None)], []),
    ("The Mendes administration said on Tuesday that it would release the report.",
     [("Mendes administration", "organization", "United States")], ["Mendes"]),
    ("President Jane Roe spoke. Roe administration officials said the talks would resume.",
     [("Roe administration", "organization", "United States")], []),
    ("The administration of President Jane Roe said it would appeal the ruling.",
     [("Roe administration", "organization", "United States"), ("Jane Roe", "person", None)], []),
    ("Officials in the Mendes administration said the plan was dead.",
     [("Mendes administration", "organization", "United States")], []),
    # counterexamples: a nationality is the country; one that may come, or a description
    ("The Kenyan administration said it would cut fuel subsidies.",
     [("Kenya", "country", None)], ["Kenyan administration"]),
    ("If a Mendes administration were to follow through, trade would fall.",
     [], ["Mendes administration"]),
    ("Tom Vale, a former Mendes administration official, said the plan would fail.",
     [("Tom Vale", "person", None)], ["Mendes administration"]),
    ("Health administration officials said the clinic would close.", [],
     ["Health administration"]),
    # 2. embassies, consulates, missions: the sending country's, named by their seat
    ("The U.S. Embassy in Lunaria said the ambassador was safe.",
     [("U.S. Embassy in Lunaria", "organization", "United States")], []),
    ("The American Embassy said it had warned citizens to stay indoors.",
     [("American Embassy", "organization", "United States")], []),
    ("Britain's embassy in Moscow said it would cut staff.",
     [("Britain's embassy in Moscow", "organization", "United Kingdom")], []),
    ("The French mission to the U.N. said it would back the resolution.",
     [("French mission to U.N.", "organization", "France")], []),
    ("A spokesman for the Dutch embassy said the visas were cancelled.",
     [("Dutch embassy", "organization", "Netherlands")], []),
    ("\"The gate held,\" a U.S. Embassy official told reporters on Monday.",
     [("U.S. Embassy", "organization", "United States")], []),
    (("The U.S. Embassy in Port Vela said one guard died. The U.S. Embassy in Tarsk "
     "said 12 people died."),
     [("U.S. Embassy in Port Vela", "organization", "United States"),
      ("U.S. Embassy in Tarsk", "organization", "United States")], []),
    # counterexamples: a building or a target, an embassy as a modifier, a task
    ("A truck exploded near the U.S. Embassy in Lunaria, killing 12 people.",
     [("United States", "country", None)], ["U.S. Embassy in Lunaria", "U.S. Embassy"]),
    ("The U.S. Embassy bombings killed 200 people. The embassy said it would reopen.",
     [("United States", "country", None)], ["U.S. Embassy"]),
    ("The United States is weighing a new U.S. mission.", [("United States", "country", None)],
     ["U.S. mission"]),
    # 3. a brand the text calls a firm
    ("The Times and the Norvale newspaper chain asked the judge to release the files.",
     [("Norvale", "organization", None)], ["Times and the Norvale"]),
    ("He worked as a geologist for the Tessaly mining company.",
     [("Tessaly", "organization", None)], []),
    # counterexamples: a place's, a country's, a verb between
    ("The Seattle company said it would cut jobs.", [], ["Seattle company"]),
    ("The Kenyan firm said it would cut jobs.", [("Kenya", "country", None)], ["Kenyan"]),
    ("The Post and Courier newspaper reported the result.",
     [("Post and Courier", "organization", None)], ["Courier"]),
    # 4. unions and broadcasters named by their head word, never a person
    ("The union objected. The United Steel Workers said it would strike on Monday.",
     [("United Steel Workers", "organization", None)], []),
    ("Tom Vale, a spokesman for the Allied Transit Workers of America, said talks had stalled.",
     [("Allied Transit Workers of America", "organization", None)], []),
    ("\"It is over,\" said Allied Transit Workers Secretary-Treasurer Tom Vale.",
     [("Tom Vale", "person", None), ("Allied Transit Workers", "organization", None)], []),
    ("The network declined to comment. Harbor Broadcasting said the anchor had resigned.",
     [("Harbor Broadcasting", "organization", None)], []),
    # counterexample: lower-case workers are people, no body
    ("Farm workers in Easton went on strike on Monday.", [], ["Farm workers"]),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_body_rows(
    text: str, want: list[tuple[str, str, str | None]], absent: list[str]
) -> None:
    actors = extract_actors(doc_of(text))
    for name, kind, country in want:
        a = _find(actors, name)
        assert a is not None, (name, [(x.name, x.kind) for x in actors])
        assert a.kind == kind, a
        if kind != "person" and country is not None:
            assert a.country == country, a
    names = {x.name for x in actors}
    for name in absent:
        assert name not in names, (name, sorted(names))


# A later bare noun of the body's kind now has a body to resolve to (the views stage's rule).
SPEAKER_ROWS = [
    (("President Jane Roe spoke on Monday. The Roe administration said it would lift the ban. "
     "The administration said the delay was routine."), "Roe administration"),
    (("The U.S. Embassy in Lunaria said the ambassador was safe. The embassy said it would "
     "reopen on Monday."), "U.S. Embassy in Lunaria"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_ROWS, ids=[r[1] for r in SPEAKER_ROWS])
def test_bare_noun_resolves(text: str, speaker: str) -> None:
    brief = build_brief(text, "2024-05-01")
    names = {a.id: a.name for a in brief.actors}
    last = max(brief.views, key=lambda v: v.span[0])
    assert names.get(last.speaker or "") == speaker, [(v.speaker_text, v.speaker) for v in brief.views]
