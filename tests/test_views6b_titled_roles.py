"""'The judge', 'the general', 'the admiral', 'the ambassador', 'the prosecutor' name the
person the text titles so (#5, session 6b): the actor's title or the words right before a
name ('U.S. District Judge Ann Roe', 'State Supreme Court Justice Ann Roe', 'Gen. Tom Doe',
'Adm. Ann Roe'), from the titles of speaker_roles.json (judge: judge, justice, magistrate).
Before, such a description named nobody.
Counterexamples: with nobody so titled the description names nobody (not the defendant, not
the person a recent sentence opened with: 'titled_only'); a judge introduced unnamed after the
titled one ('A judge in Ohio ruled …') is not that one; an elected office ('the Ohio governor')
keeps its elegant variation (not titled_only).
Sentences invented from general news conventions."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Ann Roe", "person", ("Roe",), {})
DOE = ("Tom Doe", "person", ("Doe",), {})
LEE = ("Ann Lee", "person", ("Lee",), {})

# (body, actors, [(speaker id or None, start of the view's text)] in order)
ROWS: list[Any] = [
    (("U.S. District Judge Ann Roe ruled on Monday. Tom Doe said he would appeal. "
     "The judge said the law was void."),
     [ROE, DOE], [("A2", "he would"), ("A1", "the law")]),
    (("State Supreme Court Justice Ann Roe sealed the file. Tom Doe said he was pleased. "
     "The judge wrote that there was no public interest in it."),
     [ROE, DOE], [("A2", "he was"), ("A1", "there was")]),
    (("Gen. Tom Doe toured the base. Mayor Ann Lee said the town was grateful. "
     "The general said the troops were ready."),
     [DOE, LEE], [("A2", "the town"), ("A1", "the troops")]),
    (("Adm. Ann Roe leads the fleet. Tom Doe said she was provocative. "
     "The charge was unfair, the admiral said."),
     [ROE, DOE], [("A2", "she was"), ("A1", "The charge")]),
    (("Ambassador Ann Roe met the minister. Tom Doe said the talks were long. "
     "The ambassador said a deal was near."),
     [ROE, DOE], [("A2", "the talks"), ("A1", "a deal")]),
    # counterexamples: nobody so titled; a judge introduced unnamed after the titled one
    (("Tom Doe was charged on Monday. Ann Lee said he was innocent. "
     "The judge said the bail was too high."),
     [DOE, LEE], [("A2", "he was"), (None, "the bail")]),
    (("Judge Ann Roe retired in May. A judge in Ohio ruled on Monday. Tom Doe said he would "
     "appeal. The judge said the law was void."),
     [ROE, DOE], [("A2", "he would"), (None, "the law")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_titled_roles(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs)
    got = [(v.speaker, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sid, text), (want_id, start) in zip(got, expected, strict=True):
        assert text.startswith(start) and sid == want_id, got


def test_elected_office_keeps_elegant_variation() -> None:
    """'the Ohio governor' after a sentence about a person no record titles governor is
    that person, as before (governor is not titled_only)."""
    views = views_of("Tom Doe spoke in Toledo on Monday. The Ohio governor said taxes would fall.",
                     [DOE, ("Ohio", "place", (), {})])
    assert [v.speaker for v in views] == ["A1"]
