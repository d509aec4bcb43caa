"""Session 6f: a speaker phrase headed by a person is never the body in its modifiers.

Classes found in a random sample of PolNeAR-train views: "Jane Roe of The Acme Review wrote"
(a capitalised "The" before the outlet), "the officer said" after "an Acme officer" (the body
the earlier description named is not the officer), and "a handful of Democrats said" (some
of a group, never the party)."""
import datetime

import pytest

from briefgen import build_brief

REF = datetime.date(2021, 3, 1)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    b = build_brief(text, reference_date=REF)
    names = {a.id: a.name for a in b.actors}
    return [(v.speaker_text, names.get(v.speaker)) for v in b.views]


def _named(text: str, head: str) -> list[str | None]:
    got = [name for st, name in _speakers(text) if st.startswith(head)]
    assert got, _speakers(text)
    return got


NAMED_OF_OUTLET = [
    ("Maria Lindqvist of The Baltic Courier wrote, “The harbor plan is a costly mistake.”\n",
     "Maria Lindqvist", "Maria Lindqvist"),
    (("Tomas Perez of The Brookfield Institute said the tariff would raise prices for "
      "farmers.\n"), "Tomas Perez", "Tomas Perez"),
    ("Jane Okafor of the Acme Foundation said the grants would be cut next year.\n",
     "Jane Okafor", "Jane Okafor"),
]


@pytest.mark.parametrize(("text", "head", "want"), NAMED_OF_OUTLET)
def test_person_of_capitalised_outlet(text: str, head: str, want: str) -> None:
    assert all(g is not None and want in g for g in _named(text, head)), _speakers(text)


def test_the_body_alone_still_speaks() -> None:
    # counterexample: the outlet itself as the speaker keeps the outlet
    text = "The Baltic Courier reported on Monday that the harbor plan would be delayed.\n"
    got = _named(text, "The Baltic Courier")
    assert all(g is not None and "Baltic Courier" in g for g in got), _speakers(text)


def test_the_officer_is_not_the_agency() -> None:
    text = ("A senior Interpol officer at the border post backed the account on Tuesday. "
            "In a letter to the court, the officer said the convoy had been stopped twice.\n")
    got = _named(text, "the officer")
    assert got == [None], _speakers(text)


def test_the_spokesman_still_speaks_for_the_agency() -> None:
    # counterexample: a spokesman speaks for the body (the gold convention)
    text = ("An Interpol spokesman confirmed the arrests on Tuesday. The spokesman said "
            "three suspects had been charged.\n")
    got = [name for st, name in _speakers(text) if st.lower().endswith("spokesman")]
    assert got and all(g is not None and "Interpol" in g for g in got), _speakers(text)


SOME_OF_A_GROUP = [
    "A handful of Democrats said the bill went too far.\n",
    "A number of Republicans said they would oppose the nominee.\n",
    "Dozens of Labour members said the leader should resign.\n",
]


@pytest.mark.parametrize("text", SOME_OF_A_GROUP)
def test_some_of_a_group_is_not_the_party(text: str) -> None:
    got = [name for _st, name in _speakers(text)]
    assert got == [None], _speakers(text)


def test_the_party_itself_still_speaks() -> None:
    # counterexample: the party named as a whole speaks
    text = "The Democratic Party said on Monday that the bill went too far.\n"
    got = [name for _st, name in _speakers(text)]
    assert got and all(g is not None and "Democratic" in g for g in got), _speakers(text)
