"""Speed round 7 (#8): the faster pieces give what the plain code gave."""

from __future__ import annotations

import dataclasses

import pytest

from briefgen.assemble import _replace, link_date_actors
from briefgen.model import Actor, DateMention, View
from briefgen.section import _MATCHER_KINDS, _LineMatcher


def _actor() -> Actor:
    return Actor("A3", "Ana Ruiz", "person", title="minister", mentions=((0, 8), (40, 44)))


@pytest.mark.parametrize(
    "changes",
    [
        {"id": "A1"},
        {"salience": 0.25, "id": "A2"},  # the other order of the same names: its own copier
        {"id": "A2", "salience": 0.25},
        {"mentions": ((1, 2),), "title": None, "kind": "group"},
        {},
    ],
)
def test_replace_per_set_of_names_is_dataclasses_replace(changes: dict[str, object]) -> None:
    actor = _actor()
    for _ in range(2):  # the first call makes the copier, the second uses it
        got = _replace(actor, **changes)
        want = dataclasses.replace(actor, **changes)
        assert got == want and repr(got) == repr(want) and got is not actor


def test_replace_refuses_an_unknown_name_every_time() -> None:
    actor = _actor()
    _replace(actor, id="A1")
    for _ in range(2):  # a failed build leaves no copier behind
        with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
            _replace(actor, id="A1", colour="red")
    assert _replace(actor, id="A1").id == "A1"


def test_replace_of_a_view_keeps_every_other_field() -> None:
    view = View(None, "she", (5, 8), None, None, "other", False, "said", "it works", (9, 17))
    got = _replace(view, speaker="A2", speakers=("A2", "A5"))
    assert got == dataclasses.replace(view, speaker="A2", speakers=("A2", "A5"))


def test_link_date_actors_keeps_unchanged_dates_and_copies_the_rest() -> None:
    text_dates = [
        DateMention("Monday", (10, 16), "DATE", "2024-04-15", (0, 30), rule="weekday"),
        DateMention("May", (40, 43), "DATE", "2024-05", (35, 60), rule="month"),
        DateMention("June", (70, 74), "DATE", "2024-06", (65, 90), actors=("A9",), rule="month"),
    ]
    actors = [Actor("A1", "Ana Ruiz", "person", mentions=((0, 8),))]
    got = link_date_actors(text_dates, actors)
    assert got[0].actors == ("A1",) and got[0] == dataclasses.replace(text_dates[0], actors=("A1",))
    assert got[1] is text_dates[1]  # no actor in its sentence, none before: the same object
    assert got[2].actors == () and got[2] == dataclasses.replace(text_dates[2], actors=())


@pytest.mark.parametrize("kind", _MATCHER_KINDS)
def test_guarded_literal_gate_agrees_with_the_whole_regex(kind: str) -> None:
    """Lines holding each guarded literal (and lines holding none) get the whole regex's
    answer: the one-scan gate only skips lines where no guarded alternative can match."""
    m = _LineMatcher(kind)
    needs = {x for _, needed, _ in m.guarded for x in needed}
    lines = ["Officials met on Tuesday to discuss the budget.", "(Reporting by Ana Ruiz)", ""]
    for x in sorted(needs):
        lines += [x, f"Photo {x} Staff", f"The talks went on {x} late.", x.upper() + " 2024"]
    for line in lines:
        assert m.fullmatch(line) == bool(m.whole.fullmatch(line)), line
