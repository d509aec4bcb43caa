"""Golden rows for speaker classes fixed in session 5 (#5): a poll's pollster speaks for it,
joint speakers "the X and the Y said", a relative clause after an object ("… a speech by the
premier, who said"), "Current and former officials who …", a fronted "Of the plan,
Roe, who …, said", "Jane Roe for Acme Research", and a date opening a sentence without a
comma. Invented news sentences, each rule beside counterexamples that must keep the older
reading. Actors are given as the actors stage would make them (test_views_speakers._actor)."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",), {})
DOE = ("John Doe", "person", ("Doe",), {})
ACME = ("Acme News", "organization", (), {})
BETA = ("Beta Research", "organization", (), {})
TEXAS = ("Texas", "place", (), {})


# (body, actors, the speaker id of each view in order)
POLLS: list[Any] = [
    # the pollster named in the phrase, also before a slash ("Acme News/Ipsos")
    ("Jane Roe leads by 4 points, according to an Acme News/Ipsos poll released Friday.",
     [ROE, ACME], ["A2"]),
    ("The latest Acme News/Ipsos opinion poll shows that Jane Roe leads by 4 points.",
     [ROE, ACME], ["A2"]),
    # "the poll": the pollster of the latest poll named
    (("Roe leads by 4 points in an Acme News poll. John Doe spoke in Ohio. The poll shows "
      "that voters are tired."), [ROE, DOE, ACME], ["A3"]),
    # a lead's "A new poll" before the story names it: the next named poll's pollster
    (("A new poll shows that Jane Roe leads the race.\n\nThe Acme News tracking poll has "
      "Roe up 3 points."), [ROE, ACME], ["A2"]),
    # counterexamples: a poll with no pollster anywhere stays unnamed …
    ("A new poll shows that Jane Roe leads the race.", [ROE], [None]),
    # … "other polls" are not the poll taken up …
    ("Other polls gave Roe a lead. The poll shows that voters are tired.", [ROE], [None]),
    # … and a place before "poll" is no pollster (the older reading stays)
    ("A Texas poll found that Jane Roe leads the race.", [ROE, TEXAS], ["A2"]),
]


@pytest.mark.parametrize("body,specs,expected", POLLS)
def test_poll_speaks_through_pollster(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs)
    assert [v.speaker for v in views] == expected, [(v.speaker_text, v.text) for v in views]


ACLU = ("Civil Rights Union", "organization", (), {})
GUILD = ("Defense Lawyers Guild", "organization", (), {})
ODD = ("Roe", "organization", (), {})  # a surname the actors stage read as another kind

# (body, actors, the speakers tuple of the first view)
JOINT: list[Any] = [
    ("The Civil Rights Union and the Defense Lawyers Guild said the law was unfair.",
     [ACLU, GUILD], ("A1", "A2")),
    (("While groups like the Civil Rights Union and the Defense Lawyers Guild praised the "
      "plan, they said it did not go far enough."), [ACLU, GUILD], ("A1", "A2")),
    # a conjunct the actors stage read as an organisation still speaks with the person
    (("John Doe met Jane Roe on Friday. In a joint statement, Roe and Doe called for new "
      "talks."), [DOE, ODD], ("A2", "A1")),
    # counterexamples: a place that only modifies a conjunct is no speaker …
    ("John Doe of Texas and Jane Roe said the talks went well.", [DOE, ROE, TEXAS],
     ("A1", "A2")),
    # … and one name is no joint speaker
    ("The Civil Rights Union said the law was unfair.", [ACLU, GUILD], ()),
]


@pytest.mark.parametrize("body,specs,expected", JOINT)
def test_joint_speakers(body: str, specs: list[Any], expected: tuple[str, ...]) -> None:
    views = views_of(body, specs)
    assert views and views[0].speakers == expected, [
        (v.speaker_text, v.speakers, v.text) for v in views
    ]


PRESIDENT = ("Carlos Ruiz", "person", ("Ruiz",), {"title": "president"})

# (body, actors, [(speaker_text, speaker id)] of the views in order)
SUBJECTS: list[Any] = [
    # the relative clause belongs to the object, not to the sentence's subject
    (("In the capital, Jane Roe attended a long speech by the visiting premier, who "
      "said that trade helps both nations."), [ROE],
     [("the visiting premier", None)]),
    (("Jane Roe met the head of the central bank, who said that rates would rise."), [ROE],
     [("the head of the central bank", None)]),
    # counterexamples: one noun phrase before the comma keeps it whole
    ("The mayor of Easton, who said the tax was unfair, resigned on Monday.", [],
     [("The mayor of Easton", None)]),
    ("Jane Roe praised the head of the bank, who said that rates would rise.", [ROE],
     [("Jane Roe", "A1"), ("the head of the bank", None)]),
    ("Jane Roe, who said the tax was unfair, resigned on Monday.", [ROE],
     [("Jane Roe", "A1")]),
    # "Local and state officials who …": two modifiers of one noun, not the clause
    (("Local and state officials who spoke with the Daily Ledger said the group was "
      "adrift."), [], [("Local and state officials who spoke with the Daily Ledger", None)]),
    # a fronted "Of X," is no subject: the name after it speaks
    ('Of Doe, Jane Roe, who backed him in May, said, "He is out of his depth."', [ROE, DOE],
     [("Jane Roe", "A1")]),
    # "Name for Body": the person writes for the body
    ("“The race is close,” wrote Jane Roe for Beta Research.", [ROE, BETA],
     [("Jane Roe for Beta Research", "A1")]),
    # counterexample: the body named with a title before the name stays the older reading
    ("“The race is close,” said a spokesman for Beta Research.", [BETA],
     [("a spokesman for Beta Research", "A1")]),
    # a date opening the sentence without a comma is no subject
    (("Jane Roe checked the claim. On September 27 she published the result, announcing "
      "that the claim was true."), [ROE], [("she", "A1")]),
]


@pytest.mark.parametrize("body,specs,expected", SUBJECTS)
def test_subject_shapes(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs)
    assert [(v.speaker_text, v.speaker) for v in views] == expected, [
        (v.speaker_text, v.speaker, v.rule, v.text) for v in views
    ]
