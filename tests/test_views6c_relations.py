"""Speakers named through someone else (#5, session 6c).

(1) A body's possessive before a surname is the person of that body the text named before
('said Elm State's Roe', 'the Acme Party's Jane Roe said' — campus, sports and party copy),
not the body; a name-like body the actors stage took for a person does not hide her.
(2) A pronoun's relation ('His lawyer said', 'her attorney', 'their lawyer') is the person the
text introduces as the lawyer of the one the pronoun names; else the person an inverted
attribution names for the first time just after ('His lawyer insists A. “B,” said Jane Roe.');
else unnamed — never a lawyer the text gave someone else, nor a 'U.S. Attorney' (an office).
Counterexamples: a body's possessive before a common noun ('Acme's board said': Acme), before
a name nobody holds, a relation held for another person, a later speaker already named.
Sentences invented from general news conventions."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",), {})
DOE = ("John Doe", "person", ("Doe",), {})
KOS = ("Jan Kos", "person", ("Kos",), {})
ELM = ("Elm State University", "organization", ("Elm State",), {})
ELM_AS_PERSON = ("Elm State", "person", (), {})  # a body the actors stage took for a person
ACME = ("Acme Party", "organization", ("Acme",), {})
MILLS = ("Ann Mills", "person", ("Mills",), {})

# (body, actors, [(speaker id or None, start of the view's text)] in order)
ROWS: list[Any] = [
    # (1) possessive body before a surname
    (("Jane Roe, a historian at Elm State University, said the vote was close.\n\n"
      "“The families have made peace,” said Elm State's Roe."),
     [ROE, ELM], [("A1", "the vote"), ("A1", "The families")]),
    (("Jane Roe, a historian at Elm State University, said the vote was close.\n\n"
      "“The families have made peace,” said Elm State's Roe."),
     [ROE, ELM_AS_PERSON], [("A1", "the vote"), ("A1", "The families")]),
    (("Jane Roe, a deputy of the Acme Party, spoke on Monday.\n\n"
      "The Acme Party’s Jane Roe said the coalition would hold."),
     [ROE, ACME], [("A1", "the coalition")]),
    # counterexamples: a common noun, a name nobody holds
    (("Jane Roe, a historian at Elm State University, said the vote was close.\n\n"
      "Elm State's board said the fees would rise."),
     [ROE, ELM], [("A1", "the vote"), ("A2", "the fees")]),
    (("Jane Roe, a historian at Elm State University, said the vote was close.\n\n"
      "Elm State's Library said the fees would rise."),
     [ROE, ELM], [("A1", "the vote"), ("A2", "the fees")]),
    # (2) a pronoun's relation
    (("Ann Mills, Doe's lawyer, spoke on Monday. The panel held Jan Kos in contempt on "
      "Thursday. His lawyer said he would not testify."),
     [MILLS, DOE, KOS], [(None, "he would not")]),
    (("John Doe was released on Monday and appeared in court the next day.\n\n"
      "His lawyer, however, insists he will fight on.\n\n"
      "“He is a strong man,” said Jane Roe."),
     [DOE, ROE], [("A2", "he will fight"), ("A2", "He is a strong")]),
    (("John Doe was released on Monday. His lawyer, Jane Roe, had asked for bail.\n\n"
      "His lawyer said he would appeal."),
     [DOE, ROE], [("A2", "he would appeal")]),
    (("The letter went to U.S. Attorney Jane Roe last week. John Doe was released on "
      "Monday.\n\nHis lawyer said he would appeal."),
     [ROE, DOE], [(None, "he would appeal")]),
    # counterexample: the next speaker was named before — not the lawyer
    (("John Doe met Jane Roe on Monday. Doe was released later.\n\n"
      "His lawyer said he would appeal.\n\n“It is over,” said Jane Roe."),
     [DOE, ROE], [(None, "he would appeal"), ("A2", "It is over")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_relations(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs)
    got = [(v.speaker, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sid, text), (want_id, start) in zip(got, expected, strict=True):
        assert text.startswith(start) and sid == want_id, got
