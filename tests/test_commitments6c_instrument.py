"""Golden rows for commitments stated as the content of an instrument or effort, in a noun
phrase rather than after a verb cue (issue #6, session 6, round 3): "a pact calling for …",
"her proposal, which is to …", "efforts by X, including …", "a drive aimed at …", "The plan
also calls for A and B" (one record per item). Invented sentences, each beside the trap it
resembles: an instrument with no owner, one someone else proposes or the owner rejects, a
counterfactual, an effect ("would add $2 trillion to the debt").
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # the possessor owns the instrument; the relative clause tells its content
    ("Tanaka's proposal, which is to cap card fees at 2 percent, won praise from retailers.",
     [("intention", {"Ken Tanaka"}, "cap card fees at 2 percent")]),
    (("Smith's proposals to help farmers, which include a provision that would let them "
      "deduct fuel costs, drew wide support."),
     [("intention", {"John Smith"}, "let them deduct fuel costs")]),
    ("Acme unveiled its restructuring plan, which includes selling the paper unit.",
     [("intention", {"Acme Corp"}, "selling the paper unit")]),
    # the maker named as the subject of the verb that makes the instrument
    ("Dupont introduced a bill that would ban robocalls to mobile phones.",
     [("intention", {"Marie Dupont"}, "ban robocalls")]),
    # an instrument with no owner, someone else's, or a counterfactual: none
    ("Lawmakers voted against a proposal that would raise the fuel tax.", []),
    ("Smith supports the final bill, which includes new audits of the agency.", []),
    ("Dupont introduced a bill that would have banned robocalls.", []),
    ("A dispute is brewing over new rules that would govern drone flights.", []),
    # what a plan would do to the economy is an effect, not an act
    ("Tanaka's plan, which would add $2 trillion to the debt, drew fire.", []),
    # signers named in an object relative after the content
    (("Smith and Tanaka met on Monday. A quarrel concerns a fishing pact calling for joint "
      "patrols, which Japan and the U.S. signed in March."),
     [("binding", {"Japan", "United States"}, "joint patrols")]),
    # a signing refused or hypothetical makes no owner
    ("Japan refused to sign a treaty calling for joint patrols.", []),
    # the plan's content, with the makers of the plan named before: one record per item
    (("Japan and Canada signed an economic plan on Friday. The plan also calls for shared "
      "customs rules and new rail links between the ports."),
     [("binding", {"Japan", "Canada"}, "an economic plan"),
      ("agreement", {"Japan", "Canada"}, "shared customs rules"),
      ("agreement", {"Japan", "Canada"}, "new rail links between the ports")]),
    (("Japan and Canada signed an economic plan on Friday. The plan also calls for cooperation "
      "in the mining, steel and chemical industries."),
     [("binding", {"Japan", "Canada"}, "an economic plan"),
      ("agreement", {"Japan", "Canada"}, "cooperation in the mining, steel and chemical")]),
    # an owned plan calling for a list: one record per item; a preposition's objects stay one
    ("Acme's restructuring plan calls for closing two plants and selling its paper unit.",
     [("intention", {"Acme Corp"}, "closing two plants"),
      ("intention", {"Acme Corp"}, "selling its paper unit")]),
    ("Acme's plan calls for tax cuts for the workers and the owners.",
     [("intention", {"Acme Corp"}, "tax cuts for the workers and the owners")]),
    # a plan with no maker named before: none
    ("The plan also calls for shared customs rules.", []),
    # the aim of a signed program, read through "the signing of"
    (("Japan and Canada signed a trade plan on Friday. The main event of the visit was the "
      "signing of a five-year program aimed at tripling fish exports."),
     [("binding", {"Japan", "Canada"}, "a trade plan"),
      ("intention", {"Japan", "Canada"}, "tripling fish exports")]),
    # what an owned plan is meant to do
    ("Tanaka's budget plan is designed to close the deficit by 2027.",
     [("intention", {"Ken Tanaka"}, "close the deficit")]),
    ("The rules are designed to protect savers.", []),
    # efforts: the "by" agent, the items after "including"; a drive the owner turned to
    (("The speech came amid sweeping membership drives by Acme, including the hiring of 300 "
      "organizers to visit every plant."),
     [("ongoing", {"Acme Corp"}, "the hiring of 300 organizers")]),
    ("Acme has refocused its efforts to a recruiting drive aimed at young nurses.",
     [("ongoing", {"Acme Corp"}, "a recruiting drive aimed at young nurses")]),
    ("The rally was part of an outreach drive aimed at young nurses.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_instrument_content(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
