"""Golden rows for who commits (issue #6 attribution, session 6): plural pronouns, coordinated
committers and descriptions.

- A pronoun conjunct commits with the other conjunct: "Smith says he and Tanaka will …" (Smith
  and Tanaka, never Tanaka alone); "He and his wife plan to …" (the wife too when the text names
  her). "he and the Pope will …" with nobody else named stays as unsure as before.
- "they"/"their" after a nearer unnamed plural subject of people is that phrase's, not a pair
  named further back: "These activists are …, they are willing to" (nobody), "Acme's
  executives met. They plan to …" (Acme, the owner of a staff noun), "Doe's rivals … They plan
  to" (the rivals: never Doe); names coordinated as the clause's subject ("Lintel and Borrow
  sweetened their plan") are those names, known to the actors stage or not.
- "A and B" where one conjunct is a description ("his campaign and the RNC", "the government and
  Acme"): who the description names commits too.
- "Acme, which bid $5 for Globex, said it would …": the name before the relative aside speaks.
- A wire-style dash before the speaker ("Citing evidence _ including … _ officials said they
  had decided to") is a clause boundary as a comma is.
- "We" said by someone the text introduces as kin ("The boy's great-uncle, X") includes the
  family group the text names; said by a family's lawyer, it does not.

Invented sentences and names; counterexamples in each table.
"""

from __future__ import annotations

import pytest
from test_commitments import check_attribution, run_paragraph

from briefgen.pipeline import build_brief

GAZ = {
    "John Smith": ("person", ("John Smith", "Smith")),
    "Ken Tanaka": ("person", ("Ken Tanaka", "Tanaka")),
    "Jane Doe": ("person", ("Jane Doe", "Doe")),
    "Tom Doe": ("person", ("Tom Doe",)),
    "Acme Corp": ("organization", ("Acme Corp", "Acme")),
    "Globex": ("organization", ("Globex",)),
    "Initech": ("organization", ("Initech",)),
    "Hooli": ("organization", ("Hooli",)),
    "Republican National Committee": ("organization", ("Republican National Committee", "RNC")),
    "Finland": ("country", ("Finland",)),
    "Union Bank": ("organization", ("Union Bank",)),
}
GENDERED = (
    "John Smith, a man, and Ken Tanaka, a man, and Jane Doe, a woman, and Tom Doe, a man. "
)

# (paragraph, [(strength, actors it must have, actors it must not have, fragment)])
ROWS: list[tuple[str, list[tuple[str, set[str], set[str], str]]]] = [
    # a pronoun conjunct
    ("Ken Tanaka arrived on Monday. John Smith says he and Tanaka will stand together on trade.", [
        ("pledge", {"John Smith", "Ken Tanaka"}, set(), "stand together on trade"),
    ]),
    ("Jane Doe met voters in Ohio. She said she and Tanaka plan to visit Ohio again in May.", [
        ("intention", {"Jane Doe", "Ken Tanaka"}, set(), "visit Ohio again"),
    ]),
    # "X and he": the pronoun is the other person, never the named conjunct
    ("John Smith spoke first. Tanaka said Doe and he want to reopen the plant.", [
        ("intention", {"Ken Tanaka", "Jane Doe"}, {"John Smith"}, "reopen the plant"),
    ]),
    # a description conjunct
    ("John Smith won the primary. His campaign and the RNC agreed to raise $5 million.", [
        ("agreement", {"John Smith", "Republican National Committee"}, set(), "raise $5 million"),
    ]),
    ("Finland said on Monday that the government and Union Bank agreed to inject $20 million.", [
        ("agreement", {"Finland", "Union Bank"}, set(), "inject $20 million"),
    ]),
    # "they" after a nearer unnamed plural subject
    ((
        "Acme and Globex backed the bill. These activists are not only angry, they are willing to "
        "march again in May."
    ), [
        ("pledge", set(), {"Acme Corp", "Globex"}, "march again"),
    ]),
    ((
        "Acme and Globex backed the bill. It shows the compromises that border officers make as "
        "they try to keep the lanes open."
    ), [
        ("ongoing", set(), {"Acme Corp", "Globex"}, "keep the lanes open"),
    ]),
    ((
        "Initech and Hooli backed the bill. Acme's executives met on Monday. They plan to cut 200 "
        "jobs."
    ), [
        ("intention", {"Acme Corp"}, {"Initech", "Hooli"}, "cut 200 jobs"),
    ]),
    ((
        "Initech and Hooli lost ground in May. Acme Corp's rivals attacked its pricing. They plan to "
        "cut prices."
    ), [
        ("intention", set(), {"Acme Corp", "Initech", "Hooli"}, "cut prices"),
    ]),
    ((
        "Initech and Hooli advised the banks. On Monday, Lintel Broadcasting and Borrow Cellular "
        "sweetened their plan to merge their networks."
    ), [
        ("intention", set(), {"Initech", "Hooli"}, "merge their networks"),
    ]),
    # counterexamples: the pair is the nearest plural, or the plural is no people
    ("Initech and Hooli met on Monday, and they agreed to share the network.", [
        ("agreement", {"Initech", "Hooli"}, set(), "share the network"),
    ]),
    ("Initech and Hooli said prices rose because they plan to expand the network.", [
        ("intention", {"Initech", "Hooli"}, set(), "expand the network"),
    ]),
    ("Initech and Hooli said they will merge their units.", [
        ("pledge", {"Initech", "Hooli"}, set(), "merge their units"),
    ]),
    # a list of names opening the sentence before stays the antecedent; a bare plural of
    # things or nations names no body called so
    ((
        "Initech, Hooli and Acme established their lead in May. Even as they all vowed to keep "
        "spending, the mood was tense."
    ), [
        ("pledge", {"Initech", "Hooli", "Acme Corp"}, set(), "keep spending"),
    ]),
    ((
        "Globex backed the talks. Diplomats say that nations are slowly finding their resolve to "
        "cut emissions."
    ), [
        ("intention", set(), {"Globex"}, "cut emissions"),
    ]),
    # a concessive clause after the aside has a subject of its own (and a denial is no pledge)
    ((
        "John Smith, who served in the House for ten years, has toyed with a Senate run, "
        "though he has denied he would ever accept a nomination."
    ), []),
    # a relative aside after the speaker's name
    ("Acme, which sued Globex last week, said it would extend its bid.", [
        ("pledge", {"Acme Corp"}, {"Globex"}, "extend its bid"),
    ]),
    ("Acme, which owns 20% of Globex, said on Monday it plans to sell the stake.", [
        ("intention", {"Acme Corp"}, {"Globex"}, "sell the stake"),
    ]),
    # counterexample: an apposition naming a unit still gives its owner
    ("Initech, a unit of Hooli, said it will close the plant.", [
        ("pledge", {"Initech"}, {"Hooli"}, "close the plant"),
    ]),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][-60:] for r in ROWS])
def test_attribution(body: str, expected: list[tuple[str, set[str], set[str], str]]) -> None:
    text, got, names = run_paragraph(GENDERED + body, GAZ)
    # the gender line makes no commitment: the table's rows are the paragraph's records
    check_attribution((text, got, names), expected)


def test_wire_dash_before_the_speaker() -> None:
    """ "Citing evidence _ including … _ officials said they had decided to": the unnamed
    officials are the committers shown, not the pronoun."""
    body = (
        "Citing fresh evidence _ including a knife found near the house and fibres found "
        "in the van _ officials said they had decided to seek charges against the driver."
    )
    _text, got, _names = run_paragraph(body, GAZ)
    assert [(c.actor_text, c.text) for c in got] == [
        ("officials", "seek charges against the driver")
    ]
    # a comma does the same (unchanged)
    _text, got, _names = run_paragraph(body.replace(" _ officials", ", officials"), GAZ)
    assert [c.actor_text for c in got] == ["officials"]


_FAMILY = (
    "Court rejects family's appeal\n\n"
    "A federal court on Thursday rejected an appeal by the boy's Boston relatives, who want "
    "him to stay in the United States.\n\n"
    "{intro}, Walter Brenning, vowed to continue the fight.\n\n"
    '"We will keep fighting in the courts," Walter Brenning said.\n'
)


@pytest.mark.parametrize(
    "intro,family",
    [
        ("The boy's great-uncle", True),
        ("His uncle", True),
        ("The family's lawyer", False),  # a lawyer speaks for the clients, no kin
        ("A neighbour", False),
    ],
)
def test_we_of_kin_includes_the_family(intro: str, family: bool) -> None:
    brief = build_brief(_FAMILY.format(intro=intro), "2024-05-01")
    names = {a.id: a.name for a in brief.actors}
    we = [c for c in brief.commitments if c.actor_text == "We"]
    assert len(we) == 1
    got = {names[a] for a in we[0].actors}
    assert "Walter Brenning" in got
    assert ("Boston relatives" in got) is family, got


@pytest.mark.parametrize(
    "body,want",
    [
        # a person named earlier in the quote's paragraph
        (
            (
                "John Parker attacked Ann Roe on Monday.\n\n"
                '"Let me be clear about Tom Doe. He is trying to raise taxes," Parker said.'
            ),
            {"Tom Doe"},
        ),
        # nobody else in the paragraph: nobody named, never the speaker
        (
            (
                "Tom Doe spoke in Ohio on Monday. John Parker, a rival, attacked him.\n\n"
                '"He is trying to raise taxes," Parker said.'
            ),
            set(),
        ),
    ],
)
def test_he_in_direct_speech_is_not_the_speaker(body: str, want: set[str]) -> None:
    brief = build_brief("Rivals clash in debate\n\n" + body + "\n", "2024-05-01")
    names = {a.id: a.name for a in brief.actors}
    he = [c for c in brief.commitments if c.actor_text == "He"]
    assert len(he) == 1
    got = {names[a] for a in he[0].actors}
    assert "John Parker" not in got
    assert got == want


@pytest.mark.parametrize(
    "verb,want",
    [
        # only the verb between the described subject and "his": the subject's own promise
        ("repeated", "Bernie Sanders"),
        ("has again defended", "Bernie Sanders"),
        # an object in between: the object's ("praised Obama for his promise")
        ("praised Obama for", "Barack Obama"),
    ],
)
def test_his_after_a_described_subject(verb: str, want: str) -> None:
    text = (
        "Democratic presidential candidate Bernie Sanders met President Barack Obama on "
        f"Monday. The Democratic candidate {verb} his promise to cut tuition."
    )
    brief = build_brief(text, "2024-05-01")
    names = {a.id: a.name for a in brief.actors}
    his = [c for c in brief.commitments if c.actor_text == "his"]
    assert [[names[a] for a in c.actors] for c in his] == [[want]]
