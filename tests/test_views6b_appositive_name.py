"""A speaker description followed by the person's name in apposition is that person (#5,
session 6b): 'The author of the book, Jane Roe, said', 'said the agency's director, John
Doe', 'Another former lawmaker, Sen. Ann Roe (I-Ohio), said', 'The foreign minister, Jan
Kos, who lived abroad from 1970, when the army took power, until 1990, said'. Before, a
description with a role noun the lexicons lack ('the assailant', 'another user', 'a third')
named nobody, or the latest speaker.
Counterexamples: the appositive is an organisation ('The company, Acme Corp, said'), a
description after a name ('Roe, the author of the book, said': Roe), words that are not a
name ('The report, released on Monday, said'), a name after a plain phrase with no comma
before the verb ('The port city, Kenneth Doe said, was quiet').
Sentences invented from general news conventions."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",), {})
DOE = ("John Doe", "person", ("Doe",), {})
KOS = ("Jan Kos", "person", ("Kos",), {})
ACME = ("Acme Corp", "organization", ("Acme",), {})
LEAD = "John Doe said on Monday that the rally went well.\n\n"

# (body, actors, [(speaker id or None, start of the view's text)] in order)
ROWS: list[Any] = [
    (LEAD + "The author of the book, Jane Roe, said the account was accurate.",
     [DOE, ROE], [("A1", "the rally"), ("A2", "the account")]),
    (LEAD + "“We were ready,” said the agency's former director, Jane Roe.",
     [DOE, ROE], [("A1", "the rally"), ("A2", "We were")]),
    (LEAD + "Another former lawmaker, Sen. Jane Roe (I-Ohio), said she would vote no.",
     [DOE, ROE], [("A1", "the rally"), ("A2", "she would")]),
    (LEAD + "The assailant, Jane Roe, said she regretted nothing.",
     [DOE, ROE], [("A1", "the rally"), ("A2", "she regretted")]),
    (LEAD + "A third, Jane Roe, said the plan was doomed.",
     [DOE, ROE], [("A1", "the rally"), ("A2", "the plan")]),
    (LEAD + "Doe's campaign manager, Jane Roe, said the bus was late.",
     [DOE, ROE], [("A1", "the rally"), ("A2", "the bus")]),
    (LEAD + "Another pollster, Jane Roe of Elm College, said the race was close.",
     [DOE, ROE], [("A1", "the rally"), ("A2", "the race")]),
    (LEAD + ("The foreign minister, Jan Kos, who lived abroad from 1970, when the army took "
             "power, until 1990, said he had never lost hope."),
     [DOE, KOS], [("A1", "the rally"), ("A2", "he had never")]),
    # a relative clause with asides of its own runs up to the verb
    (LEAD + ("Jane Roe, who, on a call with reporters on Friday, took questions, said the "
             "budget was sound."),
     [DOE, ROE], [("A1", "the rally"), ("A2", "the budget")]),
    # counterexamples
    (LEAD + "Roe met Kos, who was ill. Later, on Monday, Kos said the plan had failed.",
     [DOE, ROE, KOS], [("A1", "the rally"), ("A3", "the plan")]),
    (LEAD + "The company, Acme Corp, said profits rose.",
     [DOE, ACME], [("A1", "the rally"), ("A2", "profits rose")]),
    (LEAD + "Roe, the author of the book, said the account was accurate.",
     [DOE, ROE], [("A1", "the rally"), ("A2", "the account")]),
    (LEAD + "The report, released on Monday, said prices rose.",
     [DOE], [("A1", "the rally"), (None, "prices rose")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_appositive_name(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs)
    got = [(v.speaker, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sid, text), (want_id, start) in zip(got, expected, strict=True):
        assert text.startswith(start) and sid == want_id, got


def test_port_city_is_no_description() -> None:
    """A name after a plain noun phrase and its comma, the verb after the name: no apposition
    of a description; the name speaks in its own parenthetical."""
    views = views_of("The port city, Kenneth Doe said, was quiet.",
                     [("Kenneth Doe", "person", (), {})])
    assert [v.speaker for v in views] == ["A1"]
