"""Golden rules for the committer's noun phrase (issue #6, session 5, round 12): the subject scan
must end on a noun phrase, not a clause.

- an opening adverbial before the subject ("In the end, X agreed", "In April, X threatened",
  "Still, X's company is searching", "Of course we", "By 1992 it plans") is no part of it;
- "N that/who <verb> …" before the cue is a relative clause with a subject gap: its head N is
  the subject ("Insurance companies that had backed the bonds agreed to");
- "his grand plan to", "her announced plans to", "X's previously announced plan to": the
  possessor owns the plan, and a possessive in a clause whose subject is "he"/"she" is that
  subject's (a reported "he" is the speaker), not the latest person named;
- ", however," between the speaker and the verb ("X, however, said he will") and "insists"
  as a verb of saying.

Each with counterexamples: a conditional "then I'll", a contraction "she's touted plans", a
relative clause that ends before the verb of a report ("officials who oppose the bill hope Japan
will"), an indirect question ("what they were trying to accomplish"), a contact relative
("the state he is running to govern"), "so that", a dropped plan.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import run

# (sentence, [(strength, actors ⊆, actor_text, action fragment)]); [] = no commitment
ROWS: list[tuple[str, list[tuple[str, set[str], str, str]]]] = [
    # an opening adverbial is no part of the subject
    ("In the end, Harlow agreed to lend Smith $5 million.", [
        ("agreement", set(), "Harlow", "lend Smith $5 million"),
    ]),
    ("In April, Smith called the plan a disgrace, and threatened to impose a tax on cars.", [
        ("pledge", {"John Smith"}, "Smith", "impose a tax on cars"),
    ]),
    ("Still, Harlow Mining is searching for new mines.", [
        ("ongoing", set(), "Harlow Mining", "new mines"),
    ]),
    ("Of course we are going to release our records.", [
        ("intention", set(), "we", "release our records"),
    ]),
    ("Previously, Acme offered $13 a share.", [
        ("pledge", {"Acme Corp"}, "Acme", "$13 a share"),
    ]),
    ("By 1992 Acme said it plans to reach a 50% share of the market.", [
        ("intention", {"Acme Corp"}, "it", "reach a 50% share"),
    ]),
    ("Acme is growing. By 1995 it plans to double its sales.", [
        ("intention", {"Acme Corp"}, "it", "double its sales"),
    ]),
    ("At the summit, the two leaders agreed to cut tariffs.", [
        ("agreement", set(), "the two leaders", "cut tariffs"),
    ]),
    ("Then-President Smith vowed to cut taxes.", [
        ("pledge", {"John Smith"}, "Then-President Smith", "cut taxes"),
    ]),
    # a conditional "then" stays a condition
    ("If Acme closes the plant, then I'll vote for Smith.", []),
    # a relative clause with a subject gap: its head is the subject
    ("Insurance companies that had backed the bonds agreed to release the cash.", [
        ("agreement", set(), "Insurance companies", "release the cash"),
    ]),
    ("Officials who had opposed the bill vowed to repeal it.", [
        ("pledge", set(), "Officials", "repeal it"),
    ]),
    ("The bank that owns the mine agreed to sell it to Globex.", [
        ("agreement", set(), "The bank", "sell it to Globex"),
    ]),
    ("Smith said the firm that had built the dam will repair it.", [
        ("pledge", set(), "the firm", "repair it"),
    ]),
    # counterexamples: the relative clause closes before a report or at a comma
    ("Officials who oppose the bill hope Japan will reject it.", []),
    ("Smith, who is running as a reformer, hopes Japan will approve the plan.", []),
    ("Acme changed the rules so that the firm will pay on time.", [
        ("pledge", {"Acme Corp"}, "the firm", "pay on time"),
    ]),
    # the possessor owns the plan
    ("Smith said the deal had helped him, helping start his grand plan to rebuild the plant.", [
        ("intention", {"John Smith"}, "his", "rebuild the plant"),
    ]),
    ("The charge is tied to Acme's previously announced plan to cut 6,000 jobs.", [
        ("intention", {"Acme Corp"}, "Acme", "cut 6,000 jobs"),
    ]),
    ("Globex mocked Acme's announced plans to build a dam.", [
        ("intention", {"Acme Corp"}, "Acme", "build a dam"),
    ]),
    # a possessive in a clause opened by "he": the speaker, not the person named last
    (("Smith met Tanaka in Geneva. Smith said that he could yet back away from his announced "
      "plans to open a store in Paris."), [
        ("intention", {"John Smith"}, "his", "open a store in Paris"),
    ]),
    ("Smith met Tanaka, who said he would keep his plan to open a store.", [
        ("intention", {"Ken Tanaka"}, "his", "open a store"),
    ]),
    # counterexamples: a contraction, a dropped plan, a noun before "pledge"
    ("Though she’s touted plans to close the gap, critics doubt it.", [
        ("intention", set(), "she", "close the gap"),
    ]),
    ("Smith has dropped his plan to open a store.", []),
    ("Their leaders pledge to fight on.", [
        ("pledge", set(), "Their leaders", "fight on"),
    ]),
    # ", however," and "insists"
    ("Smith, however, said he will continue to fight for the boy.", [
        ("pledge", {"John Smith"}, "he", "continue to fight for the boy"),
    ]),
    ("Smith insists Acme will pay the fine.", [
        ("pledge", {"Acme Corp"}, "Acme", "pay the fine"),
    ]),
    ("Smith, though, vowed to fight on.", [
        ("pledge", {"John Smith"}, "Smith", "fight on"),
    ]),
    # an indirect question and a contact relative stay out
    (("Smith said the debate was about what they were trying to accomplish, Tanaka, because he "
      "was solid."), []),
    ("Smith has given up little for the state he is running to govern.", []),
]


@pytest.mark.parametrize(("body", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_subject_noun_phrase(body: str, expected: list[tuple[str, set[str], str, str]]) -> None:
    text, got, names = run(body)
    rows = [(c.strength, {names[a] for a in c.actors if a in names}, c.actor_text, c.text)
            for c in got]
    assert len(rows) == len(expected), rows
    for c, (strength, actors, actor_text, fragment), row in zip(got, expected, rows):
        assert c.strength == strength, rows
        assert actors <= row[1], rows
        assert c.actor_text == actor_text, rows
        assert fragment in c.text, rows
        assert text[c.span[0] : c.span[1]] == c.text
