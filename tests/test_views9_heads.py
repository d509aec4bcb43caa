"""The head of a speaker phrase speaks (#5, session 9). Invented news sentences.

1. Never a word inside the phrase: a possessor ("Gov. Jane Roe's doctor said": an unnamed
   doctor, not Roe), a place after the head noun ("the Star newspaper in Easton": the Star;
   "a lawyer from Easton": nobody named), a nationality before a media noun ("the top
   Ruritanian medical journal"), or the hometown of "Jane Roe, 59, of Easton, Md., who …".
2. A body named by its kind ("the union", "the network", "the embassy"): the one body of that
   kind the text names before; two such bodies in play, or none: nobody.
3. Joint speakers: "neither A nor B" and "both candidates" are both people (View.speakers),
   the way "A and B said" is; the places of "Officials in A and B" only locate the officials.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",), {"title": "Gov."})
DOE = ("John Doe", "person", ("Doe",), {})
EASTON = ("Easton", "place", (), {})
RURITANIA = ("Ruritania", "country", ("Ruritanian",), {})
UTOPIA = ("Utopia", "country", (), {})
STAR = ("Star", "organization", (), {})
ACME = ("Acme Motors", "organization", (), {})

# (body, actors, speaker id of the one view or None)
HEADS: list[Any] = [
    # a possessor's doctor, lawyer, friend: someone else, unnamed
    ("Gov. Jane Roe's doctor said the governor was in excellent health.", [ROE], None),
    ("Roe's doctor said the governor was in excellent health.", [ROE], None),
    ("Popular Gov. Jane Roe's longtime lawyer said the case had no merit.", [ROE], None),
    ("Ruritania's national newspapers reported that the suspect had fled.", [RURITANIA], None),
    ("Ruritanian newspapers reported that the suspect had fled.", [RURITANIA], None),
    ("More than half of it is wrong, according to the top Ruritanian medical journal.",
     [RURITANIA], None),
    # a place after the head noun: the outlet before it speaks, else nobody
    ("The Star newspaper in Easton reported that police had detained two men.",
     [STAR, EASTON], "A1"),
    ("The Star newspaper of Ruritania reported that police had detained two men.",
     [STAR, RURITANIA], "A1"),
    ("A lawyer from Easton said the ruling would be appealed.", [EASTON], None),
    ("Acme Motors in Easton said profits would rise.", [ACME, EASTON], "A1"),
    # the government in a capital: its country; authorities in a city: nobody named
    ("China built new plants. The government in Beijing said it would limit construction.",
     [("China", "country", (), {}), ("Beijing", "place", (), {})], "A1"),
    ("China built new plants. The authorities in Easton said they would limit construction.",
     [("China", "country", (), {}), EASTON], None),
    # a hometown chain before a relative clause: the name that opens it
    (("Jane Roe, 59, of Easton, Md., who watched the parade on a screen on the square, said "
      "the day brought back memories."), [ROE, EASTON], "A1"),
    # counterexamples: the phrase's own head speaks
    ("Gov. Jane Roe's spokesman said the governor was in excellent health.", [ROE], "A1"),
    ("Ruritania's foreign ministry said the talks would resume.", [RURITANIA], "A1"),
    ("Ruritania's state media reported that the talks would resume.", [RURITANIA], "A1"),
    ("The government of Ruritania said the talks would resume.", [RURITANIA], "A1"),
    ("Gov. Jane Roe said the ruling would be appealed.", [ROE], "A1"),
    ("Jane Roe, a lawyer from Easton, said the ruling would be appealed.", [ROE, EASTON], "A1"),
]

UNION = ("United Mill Workers", "organization", (), {})
GUILD = ("Beta Writers Guild", "organization", (), {})
NET = ("Acme Broadcasting Network", "organization", (), {})
NET2 = ("Beta Television", "organization", (), {})
EMB = ("Ruritanian Embassy", "organization", (), {})

KINDS: list[Any] = [
    (("The United Mill Workers reached a deal with Acme Motors on Friday. The union said "
      "members would vote next week."), [UNION, ACME], "A1"),
    (("Acme Broadcasting Network hired the anchor in 2010. The network said the host would "
      "return in the fall."), [NET], "A1"),
    (("The Ruritanian Embassy reopened on Monday. The embassy said visa services would resume "
      "next week."), [EMB], "A1"),
    # two bodies of the kind in play, or none: nobody (never the latest other body)
    (("The United Mill Workers and the Beta Writers Guild met Acme Motors. The union said "
      "members would vote next week."), [UNION, GUILD, ACME], None),
    (("Acme Motors reached a deal on Friday. The union said members would vote next week."),
     [ACME], None),
    (("Acme Broadcasting Network and Beta Television ran the debate. The network said the "
      "host would return in the fall."), [NET, NET2], None),
    (("Ruritania reopened its border on Monday. The embassy said visa services would resume "
      "next week."), [RURITANIA], None),
]

ANN = ("Ann Lee", "person", ("Lee",), {"title": "Republican nominee"})
TOM = ("Tom Kent", "person", ("Kent",), {"title": "Democratic nominee"})

# (body, actors, the set of speaker ids of the view in question (by its speaker text))
JOINT: list[Any] = [
    (("Acme hired Jane Roe and John Doe in 1990. Neither Roe nor Doe would say whether the "
      "plant would close."), [ROE, DOE], "Neither", {"A1", "A2"}),
    (("Acme hired Jane Roe and John Doe in 1990. Neither Messrs. Roe nor Doe said he spends "
      "much time on the takeover."), [ROE, DOE], "Neither", {"A1", "A2"}),
    (("Acme hired Jane Roe and John Doe in 1990. Roe and Doe said the plant would stay "
      "open."), [ROE, DOE], "Roe", {"A1", "A2"}),
    (("In Ruritania, both presidential candidates have opposed the trade deal. Republican "
      "nominee Ann Lee has criticized it. Democratic nominee Tom Kent voted for it."),
     [ANN, TOM, RURITANIA], "both", {"A1", "A2"}),
    # the places after "Officials in" only locate the officials: nobody named
    ("Officials in Ruritania and Utopia said the blasts had killed 250 people.",
     [RURITANIA, UTOPIA], "Officials", set()),
    # counterexamples: one name after "nor" alone; three candidates
    ("Acme hired John Doe in 1990. Doe said the plant would close in the spring.",
     [DOE], "Doe", {"A1"}),
    (("In Ruritania, both presidential candidates have opposed the trade deal. Republican "
      "nominee Ann Lee, Democratic nominee Tom Kent and independent nominee Jane Roe spoke."),
     [ANN, TOM, ("Jane Roe", "person", ("Roe",), {"title": "independent nominee"})],
     "both", set()),
]


def _one(body: str, specs: list[Any], opener: str | None = None) -> Any:
    views = views_of(body, specs)
    if opener is None and len(views) > 1:
        views = [v for v in views if v.speaker_text.startswith("The ")]
    if opener is not None:
        views = [v for v in views if v.speaker_text.startswith(opener)]
    assert len(views) == 1, [(v.speaker_text, v.text) for v in views]
    return views[0]


@pytest.mark.parametrize("body,specs,want", HEADS)
def test_head_speaks(body: str, specs: list[Any], want: str | None) -> None:
    v = _one(body, specs)
    assert v.speaker == want, (v.speaker_text, v.speaker)


@pytest.mark.parametrize("body,specs,want", KINDS)
def test_body_of_kind(body: str, specs: list[Any], want: str | None) -> None:
    v = _one(body, specs, "The ")
    assert v.speaker == want, (v.speaker_text, v.speaker)


@pytest.mark.parametrize("body,specs,opener,want", JOINT)
def test_joint(body: str, specs: list[Any], opener: str, want: set[str]) -> None:
    v = _one(body, specs, opener)
    got = set(v.speakers) if v.speakers else ({v.speaker} if v.speaker else set())
    assert got == want, (v.speaker_text, v.speaker, v.speakers)


# Invariance: a title, an age, a time adverbial or "also" in the phrase changes nothing.
PAIRS: list[Any] = [
    ("Roe's doctor said the governor was fit.",
     "Gov. Jane Roe's doctor also said on Monday the governor was fit.", [ROE]),
    ("The Star newspaper reported that police had detained two men.",
     "The Star newspaper in Easton reported on Tuesday that police had detained two men.",
     [STAR, EASTON]),
    ("Jane Roe said the day brought back memories.",
     "Jane Roe, 59, of Easton, Md., who watched the parade, said the day brought back memories.",
     [ROE, EASTON]),
    ("Roe and Doe said the plant would close in the spring.",
     "Neither Roe nor Doe said the plant would close in the spring.", [ROE, DOE]),
]


@pytest.mark.parametrize("base,variant,specs", PAIRS)
def test_invariant(base: str, variant: str, specs: list[Any]) -> None:
    a, b = _one(base, specs), _one(variant, specs)
    assert ({a.speaker, *a.speakers}) == ({b.speaker, *b.speakers})
