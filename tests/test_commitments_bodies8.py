"""Golden rules for a body named by its kind as the subject of a commitment (issue #6, session 5,
round 8): "the Guard", "the campaign", "the academy", "the board" read as the latest
organisation of that kind the text names (data/body_nouns.json), also as one conjunct of a
joint subject ("The Guard and county police will stay"); "the company" as the firm that owns
a unit named in apposition ("Acme's chip business, Initech Inc., …"), else the latest body of
that kind, else the latest organisation whose name shows no other kind; "the new company" as a
body not yet named. Counterexamples: no body of that kind named → no actor (never a body of
another kind); "a company" (indefinite) is no subject description.

Invented sentences; actors from the small gazetteer below.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_commitments import run_paragraph

# name → (kind, surface forms)
GAZ: dict[str, tuple[str, tuple[str, ...]]] = {
    "National Guard": ("organization", ("National Guard",)),
    "Roe campaign": ("organization", ("Roe campaign",)),
    "Acme Corp": ("organization", ("Acme Corp", "Acme")),
    "Initech Inc.": ("organization", ("Initech Inc.", "Initech")),
    "Globex": ("organization", ("Globex",)),
    "Lakeside Academy": ("organization", ("Lakeside Academy",)),
    "Harbor Workers Union": ("organization", ("Harbor Workers Union",)),
    "Department of Transport": ("organization", ("Department of Transport",)),
    "Jane Roe": ("person", ("Jane Roe",)),
    "Tom Baker": ("person", ("Tom Baker",)),
    "Springfield": ("place", ("Springfield",)),
}


def _run(body: str) -> tuple[str, list[Any], dict[str, str]]:
    return run_paragraph(body, GAZ, affiliation={"Roe campaign": "Jane Roe"})


# (text, [(actors it must have, actors it must not have, fragment of the action)]); an empty
# "must have" set with "NOBODY" in "must not" means the record names no actor at all
NOBODY = "NOBODY"
ROWS: list[tuple[str, list[tuple[set[str], set[str], str]]]] = [
    # a body named once in full, then by its kind noun
    (("The governor called out the National Guard after the riots in Springfield. The Guard "
      "will stay in Springfield through Sunday."), [
        ({"National Guard"}, set(), "stay in Springfield"),
    ]),
    # one conjunct of a joint subject
    (("The governor called out the National Guard on Friday. The Guard and county police "
      "will stay in Springfield through Sunday."), [
        ({"National Guard"}, set(), "stay in Springfield"),
    ]),
    (("Jane Roe spoke in Springfield, where the Roe campaign has 40 staff. The campaign will "
      "open three more offices in the state."), [
        ({"Roe campaign"}, {"Jane Roe"}, "open three more offices"),
    ]),
    (("Lakeside Academy bought land near Springfield last year. The academy plans to build a "
      "new campus."), [
        ({"Lakeside Academy"}, set(), "build a new campus"),
    ]),
    # "the company": the firm owning a unit named in apposition, not the unit
    (("Acme Corp had a good year. Acme's chip business, Initech Inc., still loses money. The "
      "company's strategy calls for a lid on expenses."), [
        ({"Acme Corp"}, {"Initech Inc."}, "a lid on expenses"),
    ]),
    # … but a firm named in its own right is the latest company
    (("Acme Corp had a good year. Initech Inc. still loses money. The company plans to sell "
      "its plant in Springfield."), [
        ({"Initech Inc."}, {"Acme Corp"}, "sell its plant"),
    ]),
    # a firm with no suffix in its name: the latest organisation that is no other kind of body
    (("Globex was sued by the Department of Transport last year. The company agreed to pay "
      "$3 million to settle the charges."), [
        ({"Globex"}, {"Department of Transport"}, "pay $3 million"),
    ]),
    # a body the story sees formed: no one named yet, not the latest firm
    (("Acme Corp and its lenders formed a joint venture on Monday. The new company will begin "
      "talks with the receivers."), [
        (set(), {NOBODY}, "begin talks with the receivers"),
    ]),
    # counterexamples: no body of that kind named → no actor (never a body of another kind)
    (("Acme Corp cut 300 jobs at its Springfield plant. The union will appeal the decision."), [
        (set(), {NOBODY}, "appeal the decision"),
    ]),
    (("Acme Corp cut 300 jobs at its plant. The Guard will send 200 soldiers to Springfield."), [
        (set(), {NOBODY}, "send 200 soldiers"),
    ]),
    (("Harbor Workers Union met Acme Corp on Monday. The union will appeal the decision."), [
        ({"Harbor Workers Union"}, {"Acme Corp"}, "appeal the decision"),
    ]),
    # an indefinite body noun is no description of a named body: no record
    (("Acme Corp cut 300 jobs on Monday. A company will build a plant in Springfield, Tom Baker "
      "said."), []),
]


@pytest.mark.parametrize(("body", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_bodies(body: str, expected: list[tuple[set[str], set[str], str]]) -> None:
    text, got, names = _run(body)
    rows = [({names[a] for a in c.actors if a in names}, c.text) for c in got]
    assert len(rows) == len(expected), rows
    for c, (want, never, fragment), (actors, _) in zip(got, expected, rows):
        assert want <= actors, rows
        assert not never & actors, rows
        if NOBODY in never:
            assert not c.actors, rows
        assert fragment in c.text, rows
        assert text[c.span[0] : c.span[1]] == c.text


def test_body_nouns_data() -> None:
    """Every body noun has head words; the company/agency nouns stay _SINGULAR's."""
    from briefgen.extract import coref

    assert coref.BODY_HEADS["guard"] == ("guard",)
    assert "company" not in coref.BODY_HEADS
    assert all(coref.BODY_HEADS.values())
