"""Commitment owners (issue #6, session 7): who owns a pledge noun or a shared subject.

Invented rows from general news phrasing, one class each, with counterexamples that must keep
their answer (refusing when two candidates fit):
- "his/her proposal to …": the nearest person of that gender, not the sentence's subject;
- "a pledge/decision by X to …": X (an appositive "by his rival, Ann Roe," names the rival,
  never the subject who mocks the pledge); an unnamed "his rival" is nobody;
- "an agreement by A and B to", "a deal between A and B to", "A and B's agreement to": both;
  "an agreement to …" with no party named, none;
- "the country's pledge": the one country named before; two conjoined, nobody;
- "the two sides"/"both leaders" after "X met Y", "X held talks with Y": X and Y; two
  countries conjoined stay the sides; "X and Y met Z": all three; one person meeting
  reporters is no pair.
Invariance pairs: each row with an opening time adverbial, a paragraph before it.
"""

from __future__ import annotations

import pytest
from test_commitments_invariance import HEADLINE, records

# (text after the headline, cue, expected committers; None: no record with that cue)
ROWS: list[tuple[str, str, set[str] | None]] = [
    # possessive pronoun owners
    (("Senator Ann Roe met Governor Tom Diaz in Ohio on Monday. Diaz welcomed her proposal to "
     "cut taxes."), "proposal to", {"Ann Roe"}),
    (("Governor Tom Diaz met Senator Ann Roe in Ohio on Monday. Roe praised his plan to build a "
     "bridge."), "plan to", {"Tom Diaz"}),
    ("Tom Diaz spoke in Ohio on Monday. His plan to build a bridge was welcomed by Ann Roe.",
     "plan to", {"Tom Diaz"}),
    # "a pledge by X to"
    ("Voters met on Monday. Analysts welcomed a pledge by Japan to cut emissions by half.",
     "pledge by", {"Japan"}),
    (("Voters met on Monday. Mayor Tom Diaz attacked a promise by his rival, Ann Roe, to build "
     "500 homes."), "promise by", {"Ann Roe"}),
    # counterexample: the rival is not named, the mayor is no owner
    ("Voters met on Monday. Mayor Tom Diaz attacked a promise by his rival to build 500 homes.",
     "promise by", None),
    # agreements between two parties
    (("Voters met on Monday. Officials welcomed an agreement by Turkey and Greece to share gas "
     "fields."), "agreement by", {"Turkey", "Greece"}),
    (("Voters met on Monday. Analysts praised a deal between Turkey and Greece to share gas "
     "fields."), "deal between", {"Turkey", "Greece"}),
    (("Voters met on Monday. Turkey and Greece's agreement to share gas fields was welcomed by "
     "analysts."), "agreement to", {"Turkey", "Greece"}),
    # counterexamples: no party named; an agreement's term, not an agreement to act
    ("Voters met on Monday. An agreement to share gas fields is unlikely, officials said.",
     "agreement to", None),
    ("Voters met on Monday. The agreement between Turkey and Greece expired in 2010.",
     "agreement between", None),
    # the country
    (("Canada hosted the summit on Monday. Analysts welcomed the country's pledge to cut "
     "emissions by half."), "pledge to", {"Canada"}),
    (("Canada and Mexico met on Monday. Analysts welcomed the country's pledge to cut emissions "
     "by half."), "pledge to", set()),
    # the two sides
    (("President Tom Diaz met Prime Minister Ann Roe in Paris on Monday. The two sides agreed to "
     "expand trade."), "agreed to", {"Tom Diaz", "Ann Roe"}),
    (("Japan held talks with South Korea in Seoul on Monday. The two sides agreed to expand "
     "trade."), "agreed to", {"Japan", "South Korea"}),
    (("Officials from Japan and South Korea met in Seoul on Monday. The two sides have "
     "affirmed their commitment to expand trade."), "affirmed their commitment to",
     {"Japan", "South Korea"}),
    # counterexample: one person meets reporters: no pair
    (("President Tom Diaz met reporters in Paris on Monday. The two leaders agreed to expand "
     "trade."), "agreed to", set()),
    # two on one side of the meeting: both, with the other side
    (("President Tom Diaz and Senator Bill Cole met Prime Minister Ann Roe in Paris on Monday. "
     "The two sides agreed to expand trade."), "agreed to", {"Tom Diaz", "Bill Cole", "Ann Roe"}),
]


def _find(text: str, cue: str) -> set[str] | None:
    for actors, c, *_ in records(HEADLINE + text):
        if c == cue:
            return set(actors)
    return None


@pytest.mark.parametrize(("text", "cue", "want"), ROWS)
def test_owner(text: str, cue: str, want: set[str] | None) -> None:
    assert _find(text, cue) == want, text


def _opening(t: str) -> str:
    """ "On Tuesday, " before the sentence holding the cue (the last one)."""
    head, _, last = t.rpartition(". ")
    if last[:4] in ("The ", "His ", "Her ", "An "):
        last = last[0].lower() + last[1:]
    return (head + ". " if head else "") + "On Tuesday, " + last


TRANSFORMS = {
    "opening": _opening,
    "paragraph": lambda t: "Donors met in Geneva last week to weigh the plan.\n\n" + t,
}


@pytest.mark.parametrize("transform", sorted(TRANSFORMS))
@pytest.mark.parametrize(("text", "cue", "want"), ROWS)
def test_owner_invariant(text: str, cue: str, want: set[str] | None, transform: str) -> None:
    moved = TRANSFORMS[transform](text)
    assert _find(moved, cue) == want, moved


# (text after the headline, cue, the committed action as records() normalises it; None: no record)
ACTIONS: list[tuple[str, str, str | None]] = [
    # a pledge phrase that opens its clause: what is said of it is not the pledge
    ("Voters met on Monday. The decision by Japan to cut tariffs was welcomed.", "decision by",
     "cut tariffs"),
    (("Voters met on Monday. Acme Inc.'s agreement to buy 51% of Zenith Corp. proves that rivals "
     "can merge."), "agreement to", "buy 51% of zenith corp"),
    # counterexamples: a deal still to be brokered ("… and to be"), an agreement's terms
    (("Voters met on Monday. Roe said her aim was to broker a deal between the two unions and to "
     "be a fair arbiter."), "deal between", None),
    (("Voters met on Monday. There is an agreement between the party and the Roe campaign that "
     "still needs to be settled."), "agreement between", None),
]


@pytest.mark.parametrize(("text", "cue", "want"), ACTIONS)
def test_action(text: str, cue: str, want: str | None) -> None:
    got = [t for _a, c, t, *_ in records(HEADLINE + text) if c == cue]
    assert (got[0] if got else None) == want, got
