"""Golden rules for one pledge told once (issue #6, session 5, round 10):

- a promise whose that-clause holds its own modal ("promised that in office, she would cut
  taxes", "vowed that, if elected, he will …", "has decided that after the primary, I will …")
  is one record, not the promise trimmed to the fronted phrase plus a "would" record: the
  promise's cue, strength and source, the clause after the inner modal as the action (from
  the inner subject when that is someone else: "promised that the city would …"), a deadline
  in the fronted phrase kept;
- a that-clause of the act ("pledged to ensure that the city will pay") or a relative clause
  ("promised a plan that … would") is no complement of the promise; a coordinated clause
  (", and she will …") is never read as the complement;
- a semicolon list of places ("in Tulsa, Okla.; Mobile, Ala.; and Boise") is one
  action, a list of acts is still one record per act;
- a trailing attribution with "wrote" and a contrast clause with "although"/"though" are cut
  off the action.

Invented sentences, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from briefgen import build_brief
from briefgen.render.json import brief_to_dict

LEAD = "Senator Jane Doyle spoke in Dayton on Monday. "


def _records(text: str) -> list[dict[str, object]]:
    brief = brief_to_dict(build_brief(text, "2024-05-01"))
    names = {a["id"]: a["name"] for a in brief["actors"]}
    return [
        {**c, "names": sorted(names.get(i, i) for i in c["actors"])}
        for c in brief["commitments"]
    ]


# sentence after LEAD, the only record's text, its cue
ONE: list[tuple[str, str, str]] = [
    ("Doyle promised that in office, she would cut taxes for families.",
     "cut taxes for families", "promised that"),
    ("She promised that in office, she would cut taxes for families.",
     "cut taxes for families", "promised that"),
    ("Doyle promised Tuesday that as president, she would close the base.",
     "close the base", "promised"),
    ("Doyle vowed that, if elected, she would repeal the levy.", "repeal the levy", "vowed"),
    ("Doyle has pledged that after the vote, she will also fund the clinic.",
     "also fund the clinic", "has pledged that"),
    ("Doyle promised that she would repeal the levy.", "repeal the levy", "promised that"),
    ("Doyle promised that in office, she won't raise the levy.",
     "won't raise the levy", "promised that"),
    ('"I have decided that on polling day, I will vote for the mayor," Doyle wrote.',
     "vote for the mayor", "have decided that"),
    # someone else's act: the clause keeps its subject
    ("Doyle promised that within a year, the city would repeal the levy.",
     "the city would repeal the levy", "promised that"),
    # counterexamples: no that-clause of the promise
    ("Doyle pledged to ensure that the city will pay.",
     "ensure that the city will pay", "pledged to"),
    ("Doyle promised a plan that in her view would cut the deficit.",
     "a plan that in her view would cut the deficit", "promised"),
]


@pytest.mark.parametrize(("sentence", "action", "cue"), ONE)
def test_one_pledge_per_promise(sentence: str, action: str, cue: str) -> None:
    recs = _records(LEAD + sentence)
    assert [(r["text"], r["cue"]) for r in recs] == [(action, cue)]
    assert recs[0]["names"] == ["Jane Doyle"]
    assert recs[0]["strength"] == "pledge"
    assert recs[0]["rule"] == "pledge.verb"


def test_deadline_in_the_fronted_phrase_is_kept() -> None:
    (rec,) = _records(LEAD + "Doyle promised that by June 1, she would close the base.")
    assert rec["text"] == "close the base"
    assert rec["deadline"] == "by June 1"


def test_source_of_the_promise_is_kept() -> None:
    (rec,) = _records(LEAD + '"I have decided that on polling day, I will vote for him," Doyle wrote.')
    assert rec["source"] == rec["actors"][0]


def test_clause_of_another_subject_keeps_its_subject() -> None:
    # the promise's that-clause is about taxes: its modal is no act of the promiser's own, and a
    # second clause after ", and" is not read as the complement
    (rec,) = _records(LEAD + "Doyle promised that taxes would fall, and Smith will resign.")
    assert rec["text"].startswith("taxes would fall")


def test_places_listed_are_one_action() -> None:
    recs = _records(
        "Vice President Ann Marlow spoke Monday. The vice president will also hold town halls "
        "in Tulsa, Oklahoma; Mobile, Alabama; and Boise."
    )
    assert len(recs) == 1
    assert recs[0]["text"].startswith("hold town halls in Tulsa")


def test_acts_listed_are_still_split() -> None:
    recs = _records(
        LEAD + "Doyle will cut the payroll tax; raise the minimum wage; and build new roads."
    )
    assert [r["text"] for r in recs] == [
        "cut the payroll tax", "raise the minimum wage", "build new roads"
    ]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            (
                "Acme Corp. announced plans for a 2-for-1 stock split, although the higher "
                "dividend will be paid on the old shares."
            ),
            "a 2-for-1 stock split",
        ),
        ("Acme Corp. will close the plant in May, though its workers will be offered jobs.",
         "close the plant in May"),
        # no subject after "though": the clause stays
        ("Acme Corp. will close the plant, though slowly.", "close the plant, though slowly"),
    ],
)
def test_contrast_clause_cut(sentence: str, action: str) -> None:
    assert [r["text"] for r in _records(sentence)][:1] == [action]
