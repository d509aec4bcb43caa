"""Golden rows for coref's role resolver (invented news sentences): "the [mods] <role>" names
the person the text ties to that role — a title, the words written before a name, an
appositive, "X of <place>", a party in brackets — with every party, place and "former" of the
description; a role held for someone ("Roe's successor") is never that someone; "the
administration" is the named president's administration. Counterexamples must not fire."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import actors_of

from briefgen.extract import coref
from briefgen.section import section

H = "Headline of the story\n\n"


def _resolve(body: str, specs: list[Any], phrase: str, method: str = "role_holder") -> Any:
    text = H + body
    actors = actors_of(text, specs)
    co = coref.Descriptions(section(text), actors)
    s = text.rindex(phrase)
    hit = getattr(co, method)(s, s + len(phrase))
    return hit.name if hit is not None else None


ROWS = [
    # a title written before the name, with the description's place (demonym → country)
    ("French President Ann Roe met President Tom Doe in Paris. The French president said so.",
     [("Ann Roe", "person", ("Roe",), {}), ("Tom Doe", "person", ("Doe",), {})],
     "The French president", "Ann Roe"),
    ("President Ivan Roe of Russia met Tom Doe. The Russian leader spoke first.",
     [("Ivan Roe", "person", ("Roe",), {"title": "President"}),
      ("Tom Doe", "person", ("Doe",), {})],
     "The Russian leader", "Ivan Roe"),
    # counterexample: no French president is named: nobody (not the other president)
    ("President Tom Doe met the press in Paris. The French president said so.",
     [("Tom Doe", "person", ("Doe",), {})], "The French president", None),
    # a party from an appositive or from brackets
    ("Ann Roe, the Democratic presidential nominee, and Tom Doe met. The Democratic nominee said.",
     [("Ann Roe", "person", ("Roe",), {}), ("Tom Doe", "person", ("Doe",), {})],
     "The Democratic nominee", "Ann Roe"),
    ("Sen. Ann Roe (D-Vt.) and Sen. Tom Doe (R-Ohio) met. The Republican senator said no.",
     [("Ann Roe", "person", ("Roe",), {}), ("Tom Doe", "person", ("Doe",), {})],
     "The Republican senator", "Tom Doe"),
    # counterexample: a headline or a sentence naming two people ties neither to the role
    ("Ann Roe and Tom Doe met on Monday. The Democratic nominee spoke.",
     [("Ann Roe", "person", ("Roe",), {}), ("Tom Doe", "person", ("Doe",), {})],
     "The Democratic nominee", None),
    # "former" must match; a current holder before a former one
    ("Former Secretary of State Ann Roe joined Tom Doe. The former secretary of state said.",
     [("Ann Roe", "person", ("Roe",), {}), ("Tom Doe", "person", ("Doe",), {})],
     "The former secretary of state", "Ann Roe"),
    ("President Tom Doe met former President Ann Roe. The president said.",
     [("Tom Doe", "person", ("Doe",), {}), ("Ann Roe", "person", ("Roe",), {})],
     "The president", "Tom Doe"),
    ("President Tom Doe met former President Ann Roe. The former president said.",
     [("Tom Doe", "person", ("Doe",), {}), ("Ann Roe", "person", ("Roe",), {})],
     "The former president", "Ann Roe"),
    # the vice president is no president
    ("Vice President Ann Roe spoke. The president said.",
     [("Ann Roe", "person", ("Roe",), {})], "The president", None),
    # a calling in the title run
    ("Billionaire developer Tom Doe met Ann Roe. The billionaire said no.",
     [("Tom Doe", "person", ("Doe",), {}), ("Ann Roe", "person", ("Roe",), {})],
     "The billionaire", "Tom Doe"),
    # counterexample: a verb before the name is no title run ("rebuking Mr. Doe")
    ("Voters kept rebuking governor-elect Tom Doe, Ann Roe said. The governor spoke.",
     [("Tom Doe", "person", ("Doe",), {}), ("Ann Roe", "person", ("Roe",), {})],
     "The governor", None),
    # counterexample: another holder ("the other candidate", "the new president")
    ("Candidate Tom Doe spoke. The other candidate said no.",
     [("Tom Doe", "person", ("Doe",), {})], "The other candidate", None),
    # counterexample: a transcript label is read by the views stage, not here
    ("President Tom Doe spoke.\n\nTHE PRESIDENT: Thank you.",
     [("Tom Doe", "person", ("Doe",), {})], "THE PRESIDENT", None),
]


@pytest.mark.parametrize(("body", "specs", "phrase", "expected"), ROWS)
def test_role_holder(body: str, specs: list[Any], phrase: str, expected: str | None) -> None:
    assert _resolve(body, specs, phrase) == expected


ADMIN = [
    ("President Tom Doe spoke. The Doe administration and the Roe administration differ. So "
     + "the administration said.",
     [("Tom Doe", "person", ("Doe",), {}), ("Doe administration", "organization", (), {}),
      ("Roe administration", "organization", (), {})],
     "the administration", "Doe administration"),
    # counterexample: no administration named: nobody
    ("President Tom Doe spoke. The administration said so.",
     [("Tom Doe", "person", ("Doe",), {})], "The administration", None),
]


@pytest.mark.parametrize(("body", "specs", "phrase", "expected"), ADMIN)
def test_administration(body: str, specs: list[Any], phrase: str, expected: str | None) -> None:
    assert _resolve(body, specs, phrase, "administration") == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Roe's successor", True),
    ("his top aide", True),
    ("the successor to Roe", True),
    ("Roe’s campaign chief of staff", True),
    ("her running mate", True),
    # counterexamples: the person, or a body, not someone held for them
    ("Roe", False),
    ("the senator", False),
    ("Roe's campaign", False),
    ("the aide said", False),
    ("She and her aides", False),
])
def test_someone_else(phrase: str, expected: bool) -> None:
    assert coref.someone_else(phrase) is expected
