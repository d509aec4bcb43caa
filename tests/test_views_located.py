"""Golden rows for speaker classes fixed in session 4 (#5): invented news sentences, each rule
beside counterexamples that must keep the older reading. Actors are given as the actors stage
would make them (tests.test_views_speakers._actor)."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import actors_of

from briefgen.extract.views import extract_views
from briefgen.section import section

H = "Headline of the story\n\n"

# (body, actors (name, kind, extra surfaces, fields), the speaker id of each view in order)
LOCATED: list[Any] = [
    # people of a place are no voice of the place: unnamed …
    ("Religious leaders in Easton condemned the attack.",
     [("Easton", "place", (), {})], [None]),
    ("Elected officials in and around Easton warned that the plan would fail.",
     [("Easton", "place", (), {})], [None]),
    ("Many leaders of farming communities in Ruritania say the law is unfair.",
     [("Ruritania", "country", (), {})], [None]),
    ("Media reports in Ruritania said the minister had resigned.",
     [("Ruritania", "country", (), {})], [None]),
    # … or the group the words before the place name, when it is an actor
    ("Ruritanian exiles in Easton say the boy should stay.",
     [("Ruritanian exiles", "group", (), {}), ("Easton", "place", (), {})], ["A1"]),
    # counterexamples: a body, not a place, after the noun keeps its older reading
    ("Lawmakers in Congress said the bill was dead.",
     [("Congress", "organization", (), {})], ["A1"]),
    # the place alone, or with a singular noun, still speaks as before
    ("Easton said the bridge would reopen.", [("Easton", "place", (), {})], ["A1"]),
    # a body before the plural noun: read without the place, as "Acme officials" is read
    # (unnamed, or the firm a business story is about), never the place
    ("Acme officials in Easton said the plant would close.",
     [("Acme", "organization", (), {}), ("Easton", "place", (), {})], [None]),
    (("Acme Corp. will cut 500 jobs, the company said. Acme officials in Easton said the "
     "plant would close."),
     [("Acme Corp.", "organization", ("Acme",), {}), ("Easton", "place", (), {})],
     ["A1", "A1"]),
]


@pytest.mark.parametrize("body,specs,expected", LOCATED)
def test_located_people(body: str, specs: list[Any], expected: list[str | None]) -> None:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    assert [v.speaker for v in views] == expected, [(v.speaker_text, v.text) for v in views]


# A definite description of an office with no titled holder in the text: the person who just
# spoke ("“…,” Roe said. … the Vermont senator acknowledged"), unless the description names a
# place the person is tied to none of ("Senator Roe of Vermont … the Ohio governor").
RECENT: list[Any] = [
    (("“We will win,” Jane Roe said on Monday.\n\nAs far as whether her party is united, the "
      "Ruritanian senator acknowledged that there are still doubts."),
     [("Jane Roe", "person", (), {}), ("Ruritania", "country", ("Ruritanian",), {})],
     ["A1", "A1"]),
    # the sentence's own opener still comes first
    (("Senator Jane Roe of Easton spoke on Monday. Roe said the plan would fail. The Easton "
     "senator acknowledged that there are still doubts."),
     [("Jane Roe", "person", (), {}), ("Easton", "place", (), {})], ["A1", "A1"]),
    # counterexamples: another place than the person's own, for the one who just spoke
    (("“We will win,” said Senator Jane Roe of Easton. Later the Weston governor said it was "
      "fine."),
     [("Jane Roe", "person", (), {}), ("Easton", "place", (), {}),
      ("Weston", "place", (), {})], ["A1", None]),
    (("“We will win,” said Senator Jane Roe of Easton. Later the Easton senator said it was "
      "fine."),
     [("Jane Roe", "person", (), {}), ("Easton", "place", (), {})], ["A1", "A1"]),
    # … and no speaker in this or the previous paragraph
    (("“We will win,” Jane Roe said on Monday.\n\nThe rain stopped.\n\nThe talks went on. "
     "Afterwards the senator acknowledged that there are still doubts."),
     [("Jane Roe", "person", (), {})], ["A1", None]),
]


@pytest.mark.parametrize("body,specs,expected", RECENT)
def test_recent_speaker(body: str, specs: list[Any], expected: list[str | None]) -> None:
    test_located_people(body, specs, expected)


# A pronoun after a fronted clause's view: the main clause's subject, who then spoke.
SUBORDINATE: list[Any] = [
    (("Jane Roe spoke to the host, Kim Lee, on Tuesday.\n\nWhen Lee pointed out that critics "
      "call it a tax, Roe seized upon the remark, repeating her line. “It is not a tax,” she "
      "said."),
     [("Jane Roe", "person", ("Roe",), {}), ("Kim Lee", "person", ("Lee",), {})],
     ["A2", "A1"]),
    # a closing quote mark before the main clause's subject
    (("Jane Roe spoke to the host, Kim Lee, on Tuesday.\n\nWhen Lee noted that critics call "
      "it “a tax,” Roe laughed. “It is not,” she said."),
     [("Jane Roe", "person", ("Roe",), {}), ("Kim Lee", "person", ("Lee",), {})],
     ["A2", "A1"]),
    # counterexamples: no person opens the main clause, or one the pronoun's gender rules out
    (("Jane Roe spoke to the host, Kim Lee, on Tuesday.\n\nWhen Lee pointed out that critics "
      "call it a tax, the audience laughed. “It is a tax,” she said."),
     [("Jane Roe", "person", ("Roe",), {}), ("Kim Lee", "person", ("Lee",), {})],
     ["A2", "A2"]),
    (("Mr. Tom Roe spoke to the host, Kim Lee, on Tuesday.\n\nWhen Lee pointed out that "
      "critics call it a tax, Roe laughed. “It is a tax,” she said."),
     [("Tom Roe", "person", ("Roe",), {}), ("Kim Lee", "person", ("Lee",), {})],
     ["A2", "A2"]),
]


@pytest.mark.parametrize("body,specs,expected", SUBORDINATE)
def test_main_clause_subject(body: str, specs: list[Any], expected: list[str | None]) -> None:
    test_located_people(body, specs, expected)


# A lower-case description, a role noun, then a name the actors stage took only the surname of.
ROLE_NAME: list[Any] = [
    (("Roe arrived on Monday.\n\nAccording to conservative talk radio host "
      "Rusk Roe, the move reeks of fear."),
     [("Roe", "person", (), {})], ["A1"]),
    # counterexample: another known given name than the person's
    (("Tom Roe arrived on Monday.\n\nAccording to conservative talk radio host "
      "Jane Roe, the move reeks of fear."),
     [("Tom Roe", "person", (), {})], [None]),
]


@pytest.mark.parametrize("body,specs,expected", ROLE_NAME)
def test_role_then_surname(body: str, specs: list[Any], expected: list[str | None]) -> None:
    test_located_people(body, specs, expected)
