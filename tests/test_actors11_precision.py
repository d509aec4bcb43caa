"""Actors, session 11: precision of titles and affiliations — every title shown under "Key
actors" is a role the text gives that person. A copula "X is/was Y" gives a title only when Y is
a role noun phrase (an article + a role, or a known title / one occupation noun alone): never a
predicative adjective, a prepositional phrase, a negation, a quoted word or a speaker's
characterisation inside a quotation; a reporting verb ends the role. An appositive opened by a
preposition or a wh-word is a clause, not a role; "now a …"/"its …" are no part of the title.
An affiliation is never a number, nor runs on into a second conjunct that is a person or owns
another role. Every row is invented from general news conventions, with counterexamples."""

from __future__ import annotations

import datetime

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section

_REF = datetime.date(2016, 10, 1)
_MEET = "Mayor Ann Roe met Tom Vale on Monday. "


def _person(body: str, name: str) -> Actor | None:
    acts = extract_actors(section("Officials Meet On Budget\n\n" + body, _REF))
    return next((a for a in acts if a.kind == "person" and a.name == name), None)


# (text, name, title, affiliation): the title and affiliation the text gives (None: none)
ROWS = [
    # a copula's predicate that is no role: adjective, prepositional phrase, negation
    (_MEET + "Roe said Vale was wrong about the pier.", "Tom Vale", None, None),
    (_MEET + "Roe said Vale was eager to help.", "Tom Vale", None, None),
    (_MEET + "Roe said Vale was against the deal.", "Tom Vale", None, None),
    ("Tom Vale, who is not a lawyer, said the contract was void.", "Tom Vale", None, None),
    ("Tom Vale, who was never a member, said the club was closed.", "Tom Vale", None, None),
    # a bio line inside a quotation is the speaker's characterisation
    ("“Tom Vale is a danger to this city,” Roe said on Monday.", "Tom Vale", None, None),
    ("\"Tom Vale is a liar,\" said Ann Roe, the mayor.", "Tom Vale", None, None),
    # ... and the roles a copula does give (kept)
    ("Tom Vale is a senior fellow at the Harbor Institute.", "Tom Vale", "senior fellow",
     "Harbor Institute"),
    (_MEET + "Roe said Vale was adviser to the mayor.", "Tom Vale", "adviser to the mayor",
     None),
    ("Tom Vale, who is chairman of the Harbor Trust, said the pier was safe.", "Tom Vale",
     "chairman", "Harbor Trust"),
    ("Tom Vale, who is a lawyer for the family, said no.", "Tom Vale", "lawyer for the family",
     None),
    # a reporting verb ends the role when no comma closes the clause
    ("\"It is over,\" Tom Vale, who is chairman of the Harbor Trust said in a statement.",
     "Tom Vale", "chairman", "Harbor Trust"),
    # appositives opened by a preposition or a wh-word: no role
    ("Tom Vale, through a spokeswoman, declined to comment.", "Tom Vale", None, None),
    ("Tom Vale, after a long career as a judge, retired.", "Tom Vale", None, None),
    # "now a …", "its …": the role alone
    ("\"Why not?\" asked Tom Vale, now a partner at Harlow Partners.", "Tom Vale", "partner",
     "Harlow Partners"),
    ("The Harbor Party lost the vote. Tom Vale, its acting chairman, said it would appeal.",
     "Tom Vale", "acting chairman", None),
    ("Tom Vale, a presidential historian, said the race was close.", "Tom Vale",
     "presidential historian", None),
    ("Tom Vale,  a presidential historian, said the race was close.", "Tom Vale",
     "presidential historian", None),
    # a verb and the next person's role are no title ("resigned and its chairman, X")
    (("Harlow Corp.'s chief financial officer, Tom Vale, resigned and its chairman, Ann Roe, "
      "is taking over."), "Tom Vale", "chief financial officer", "Harlow Corp."),
    # two modifiers joined by "and" stay one role
    ("Tom Vale, a devoted and tireless opponent of the tax, spoke.", "Tom Vale",
     "devoted and tireless opponent of the tax", None),
    # affiliations: never a number; a body ends before another conjunct's person or owner
    ("Tom Vale, leader of the region's 2.5 million farmers, spoke on Monday.", "Tom Vale",
     "leader", None),
    ("Tom Vale, president of the Harbor Assembly and Roe's point man on trade, spoke.",
     "Tom Vale", "president", "Harbor Assembly"),
    ("Tom Vale, a professor at Elmford University and the Harbor Institute, spoke.",
     "Tom Vale", "professor", "Elmford University and the Harbor Institute"),
]


@pytest.mark.parametrize("text,name,title,affiliation", ROWS)
def test_title_precision(text: str, name: str, title: str | None, affiliation: str | None):
    a = _person(text, name)
    assert a is not None, f"{name!r} missing"
    assert (a.title, a.affiliation) == (title, affiliation)
