"""Commitment shapes that unseen news uses and the stage missed (issue #6, session 7, round 2).

Invented rows from general news phrasing: binding someone to an accord ("committed their
countries to"), an agreement won from another party, "is promising" + a noun phrase, a light verb
with a pledge noun ("made a promise to veterans to"), pledge nouns with their owner ("Roe's
proposal to", "pledge made in Paris to"), a pledge noun's action ending before the sentence's
main verb, a meeting's date that is no deadline, a conditional threat (gold conventions: a
conditional threat is no undertaking, a conditional offer is kept). Counterexamples must stay
out. Invariance pairs: each shape under an adverbial, "also", a paragraph before it.
"""

from __future__ import annotations

import pytest
from test_commitments_invariance import HEADLINE, records

INTRO = "Daniel Brenner and Helen Marsh met in Geneva on Monday. "

# (text after the headline, expected record as (actors, cue, action, deadline) or None)
SHAPES: list[tuple[str, tuple[set[str], str, str, str | None] | None]] = [
    ("Germany committed itself to a ceasefire plan.",
     ({"Germany"}, "committed itself to", "a ceasefire plan", None)),
    # an agreement won from another party: both are parties
    (INTRO + "Marsh won an agreement from Brenner to set goals for cutting emissions.",
     ({"Helen Marsh", "Daniel Brenner"}, "won an agreement from brenner to",
      "set goals for cutting emissions", None)),
    ("Japan secured an agreement from India to lift the ban on rice imports.",
     ({"Japan", "India"}, "secured an agreement from india to", "lift the ban on rice imports",
      None)),
    # promise + noun phrase
    (INTRO + "Marsh is promising lower taxes.",
     ({"Helen Marsh"}, "is promising", "lower taxes", None)),
    # light verb + pledge noun
    (INTRO + "Marsh has made a promise to veterans to expand care.",
     ({"Helen Marsh"}, "has made a promise to veterans to", "expand care", None)),
    (INTRO + "Brenner made a commitment to expand care for veterans.",
     ({"Daniel Brenner"}, "made a commitment to", "expand care for veterans", None)),
    (INTRO + "Brenner made a pledge to cut taxes.",
     ({"Daniel Brenner"}, "made a pledge to", "cut taxes", None)),
    # pledge nouns with their owner
    (INTRO + "Marsh's pledge made in Paris to reduce emissions was welcomed.",
     ({"Helen Marsh"}, "pledge made in paris to", "reduce emissions", None)),
    (INTRO + "Brenner's proposal to raise the minimum wage would cost $5 billion.",
     ({"Daniel Brenner"}, "proposal to", "raise the minimum wage", None)),
    (INTRO + "Marsh is proposing a plan to install solar panels on every school.",
     ({"Helen Marsh"}, "is proposing a plan to", "install solar panels on every school", None)),
    # a pledge noun's action stops before the sentence's main verb
    (INTRO + "Marsh's pledge to cut emissions 80 percent by 2050 drew praise.",
     ({"Helen Marsh"}, "pledge to", "cut emissions 80 percent by 2050", "by 2050")),
    (INTRO + "Marsh's plan to close the base faces strong opposition.",
     ({"Helen Marsh"}, "plan to", "close the base", None)),
    # the date of the meeting is no deadline
    ("During a May 2 meeting, Japan and Canada agreed to reopen their embassies.",
     ({"Japan", "Canada"}, "agreed to", "reopen their embassies", None)),
    ("Japan and Canada agreed on Tuesday to reopen their embassies by June.",
     ({"Japan", "Canada"}, "agreed on tuesday to", "reopen their embassies by june", "by June")),
    # a conditional offer is kept (gold: "willing to … if"), a conditional threat is not
    ("Japan said it would send troops if the United Nations approved the mission.",
     ({"Japan"}, "would", "send troops if the united nations approved the mission", None)),
    (INTRO + "Brenner threatened to veto the bill if it included tax increases.", None),
    (INTRO + "Brenner threatened to veto the bill.",
     ({"Daniel Brenner"}, "threatened to", "veto the bill", None)),
    # counterexamples: a pledge noun that is no commitment of anyone's
    ("The plan to build the bridge was abandoned.", None),
    (INTRO + "It was a promise he broke.", None),
    (INTRO + "Critics of her plan to cut taxes say it will hurt schools.", None),
    (INTRO + "Marsh rejected a proposal to raise taxes.", None),
    (INTRO + "Marsh praised Brenner's commitment to peace.", None),
    ("The results of the trial are promising.", None),
    ("It is promising news for patients.", None),
    ("The crimes committed in the two countries went unpunished.", None),
    ("The envoy won the election in March.", None),
]


def _got(body: str) -> list[tuple[set[str], str, str, str | None]]:
    return [(set(a), c, t or "", d) for a, c, t, _amt, d in records(HEADLINE + body)]


def _want(w: tuple[set[str], str, str, str | None] | None) -> list[tuple[set[str], str, str,
                                                                          str | None]]:
    if w is None:
        return []
    actors, cue, text, deadline = w
    return [(actors, cue.lower(), text.lower(), deadline.lower() if deadline else None)]


@pytest.mark.parametrize(("body", "want"), SHAPES, ids=[s[0][-50:] for s in SHAPES])
def test_shape(body: str, want: tuple[set[str], str, str, str | None] | None) -> None:
    assert _got(body) == _want(want), body


def test_committed_their_nations_binds_leaders_and_countries() -> None:
    body = ("Barbara Klein, the president of Austria, and Jan Visser, the prime minister of the "
            "Netherlands, met in Vienna. Klein and Visser officially committed their countries to "
            "a new climate accord.")
    got = _got(body)
    assert len(got) == 1 and got[0][1:3] == ("committed their countries to", "a new climate accord")
    assert {"Barbara Klein", "Jan Visser"} <= got[0][0]


# invariance: each found shape under news transformations that must not change the record
TRANSFORMS = {
    "also": lambda s: s.replace(" is promising", " is also promising")
    .replace(" made a", " also made a").replace(" won an", " also won an"),
    "on_tuesday": lambda s: s.replace("Marsh is", "Marsh on Tuesday is")
    .replace("Brenner made", "Brenner on Tuesday made").replace("Marsh won", "Marsh on Tuesday won"),
    "paragraph": lambda s: "Talks resumed after a week of delays.\n\n" + s,
}
INV_BASES = [s for s in SHAPES if s[1] is not None and s[0].startswith(INTRO)
             and any(k in s[0] for k in (" is promising", " made a", " won an"))]


@pytest.mark.parametrize(
    ("body", "want", "t"),
    [(b, w, t) for b, w in INV_BASES for t in TRANSFORMS],
    ids=[f"{t}:{b[-40:]}" for b, _w in INV_BASES for t in TRANSFORMS],
)
def test_shape_invariance(
    body: str, want: tuple[set[str], str, str, str | None], t: str
) -> None:
    moved = TRANSFORMS[t](body)
    got = [(a, c.replace(" also", "").replace(" on tuesday", ""), x, d) for a, c, x, d in
           _got(moved)]
    assert got == _want(want), moved


# a proposal's action ends before a judgement of it, and at the comma of a fronted phrase
PROPOSALS = [
    (INTRO + "Marsh argued Brenner's proposal to print more money would cause inflation.",
     ({"Daniel Brenner"}, "proposal to", "print more money", None)),
    (INTRO + "Brenner's proposal to tax imports is bad economics.",
     ({"Daniel Brenner"}, "proposal to", "tax imports", None)),
    (INTRO + "In response to Brenner's proposal to close the border, Marsh called a meeting.",
     ({"Daniel Brenner"}, "proposal to", "close the border", None)),
]


@pytest.mark.parametrize(("body", "want"), PROPOSALS, ids=[p[0][-40:] for p in PROPOSALS])
def test_proposal_span(body: str, want: tuple[set[str], str, str, str | None]) -> None:
    assert _got(body) == _want(want), body
