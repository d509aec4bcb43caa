"""Golden rules for who the parties of a commitment are (issue #6, session 3): the other party
of a settlement or understanding "with X" (a description such as "the federal government"
resolved), a plural "they" never credited to the one person who said it, the later verbs of a
relative clause sharing its antecedent list ("A, B and C, who … and agree to …"), and an
adverb before a speech act ("I will just say this") — each next to a look-alike that
must not fire or must not take that committer.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import re

import pytest
from test_commitments import check_golden, run

from briefgen.extract.commitments import extract_commitments
from briefgen.model import Actor, View
from briefgen.section import section

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # the other party of a settlement, an understanding or a truce is a party too
    (
        "Acme said it had reached a settlement with Globex over the patents.",
        [("agreement", {"Acme Corp", "Globex"}, "a settlement with Globex")],
    ),
    (
        "Japan and Canada met in May. Acme struck a tax settlement with the federal government.",
        [("agreement", {"Acme Corp", "Japan"}, "settlement with the federal government")],
    ),
    # the later verbs of a relative clause share its antecedent, every item of a list
    (
        (
            "The day belonged to Japan, India and China, who have had to open their markets and"
            " agree to buy more grain."
        ),
        [("agreement", {"Japan", "India", "China"}, "buy more grain")],
    ),
    # ... but a past act or a schedule told about the antecedent is background
    ("The loan came from Acme, which sold the bonds and guaranteed repayment of the debt.", []),
    ("Shares of Globex, which are halted in Tokyo and are to resume trading Tuesday, fell.", []),
    # "on behalf of X": X is bound by what its envoy signs, before or after the verb
    (
        "On behalf of Japan, Tanaka signed the treaty.",
        [("binding", {"Ken Tanaka", "Japan"}, "the treaty")],
    ),
    (
        "Tanaka signed the accord in Geneva on behalf of Japan.",
        [("binding", {"Ken Tanaka", "Japan"}, "the accord")],
    ),
    # "the alliance", "the bloc": the organisation that is one, not the last one named
    (
        (
            "NATO ministers met. Acme sold jets. In Geneva, the alliance announced it would admit"
            " two new members."
        ),
        [("pledge", {"NATO"}, "admit two new members")],
    ),
    # "the X administration" (American usage): the leader and the United States
    (
        "Smith met Tanaka in Washington. The Smith administration has promised a veto.",
        [("pledge", {"John Smith", "United States"}, "a veto")],
    ),
    # a new clause after "and" inside an action has its own subject ...
    (
        "Acme is reviewing the contract and the World Bank is considering a request to lend more.",
        [
            ("ongoing", {"Acme Corp"}, "the contract"),
            ("ongoing", {"World Bank"}, "a request to lend more"),
        ],
    ),
    (
        "Acme is going to rebuild the bridge and Globex is going to pave the road.",
        [
            ("intention", {"Acme Corp"}, "rebuild the bridge"),
            ("intention", {"Globex"}, "pave the road"),
        ],
    ),
    # ... but not inside a condition or a relative clause, nor after an inversion
    (
        "Acme is willing to buy Globex if both Japan and India agree to lift the cap.",
        [("pledge", {"Acme Corp"}, "buy Globex if both Japan and India agree")],
    ),
    ("Smith will like it, and so will I.", []),
    # a pronoun opening a sentence is the person opening the one before (its subject), not
    # the latest person named there; in a quote, or with no subject person, the latest
    (
        "Republican nominee Smith criticized Tanaka. He proposes cutting taxes.",
        [("intention", {"John Smith"}, "cutting taxes")],
    ),
    (
        "After meeting Smith, Tanaka spoke. He proposes cutting taxes.",
        [("intention", {"Ken Tanaka"}, "cutting taxes")],
    ),
    # "the political parties" of a parliament are not the parties of an accord named before
    (
        "Japan and India met. All the political parties in the parliament agreed on the plan.",
        [("agreement", set(), "the plan")],
    ),
    # "will be met/hosted by X": the agent of an agentive passive acts; an effect ("hurt by")
    # or a possession after "by" ("led by Acme's chief") names no agent here
    (
        "Smith said the envoys would be met on arrival in Tokyo by Tanaka and Weber.",
        [("pledge", {"Ken Tanaka", "Anna Weber"}, "be met on arrival")],
    ),
    ("The summit will be hosted by Japan in May.", [("pledge", {"Japan"}, "be hosted")]),
    ("Exports will be hurt by Japan's new tariffs.", []),
    ("The merged firm will be led by Acme's chief executive.", []),
    # a generic subject opening the sentence is nobody in particular
    ("Voters approved the measure in the spring.", []),
    # an adverb before a speech act: speaking, not pledging
    ("Smith said: I will just say this to all of you.", []),
    ("Smith said he will just sign the bill.", [("pledge", {"John Smith"}, "sign the bill")]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_party_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def _actors(body: str) -> list[set[str]]:
    _, got, names = run(body)
    return [{names[a] for a in c.actors} for c in got]


def test_work_with_is_no_agreement_party() -> None:
    """'will work with X' names a partner in the work, not a party bound by an agreement."""
    assert _actors("Acme said it would work with Globex to build the plant.") == [{"Acme Corp"}]


def test_one_person_is_no_they() -> None:
    """'Smith said they would …': the plural is someone else (here: nobody named), never Smith;
    a coordinated pair still is its own 'they'."""
    assert _actors("Smith said they would live at the embassy until the hearing.") == [set()]
    assert _actors("Smith and Tanaka said they would meet again in May.")[0] >= {
        "John Smith",
        "Ken Tanaka",
    }


def test_administration_is_never_the_most_named_country() -> None:
    """With no United States in the text, 'the Smith administration' binds Smith alone (the
    country named most, here Japan, is not his)."""
    assert _actors("Japan and Japan's allies met. The Smith administration plans to cut aid.") == [
        {"John Smith"}
    ]


def test_unnamed_agents_coordinated_with_said_are_the_they() -> None:
    """'Lawyers for the family sent letters to X and Y and said they …': the lawyers (no actor),
    never X and Y; a family named by its plural surname is its own 'they'."""
    _, got, _ = run(
        "Lawyers for the family sent letters to Smith and Tanaka and said they would seek"
        " a new hearing."
    )
    assert [(c.actors, c.actor_text) for c in got] == [((), "Lawyers for the family")]


def _counsel(body: str) -> list[set[str]]:
    text = "Test headline\n" + body + "\n"
    actors = []
    for i, (name, kind, title, aff) in enumerate(
        (("Ann Roe", "person", "attorney", "Bo Lee"), ("Bo Lee", "person", None, None),
         ("Cy Poe", "person", "chairman", "Bo Lee"))
    ):
        spans = tuple((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
        actors.append(Actor(f"A{i + 1}", name, kind, title=title, affiliation=aff, mentions=spans))
    names = {a.id: a.name for a in actors}
    got = extract_commitments(section(text), actors, [], [])
    return [{names[a] for a in c.actors} for c in got]


def test_a_lawyer_binds_the_client() -> None:
    """A lawyer's or spokesperson's offer binds the client they speak for; a chairman's does
    not bind whoever the actors stage gives as his affiliation."""
    assert _counsel("Bo Lee met the panel. Ann Roe offered to have him testify.") == [
        {"Ann Roe", "Bo Lee"}
    ]
    assert _counsel("Bo Lee met the panel. Cy Poe offered to have him testify.") == [{"Cy Poe"}]


def _with_group(body: str, group: str, quote: bool = False) -> list[tuple[str, ...]]:
    """Actors of each commitment in `body`: John Smith (A1) and the group `group` (A2); with
    `quote`, the one direct quote is said by Smith (speaker span: his name)."""
    text = "Test headline\n" + body + "\n"
    smith = text.find("John Smith")
    gs = text.index(group)
    actors = [Actor("A2", group, "group", mentions=((gs, gs + len(group)),))]
    if smith >= 0:
        actors.append(Actor("A1", "John Smith", "person", mentions=((smith, smith + 10),)))
    views = []
    if quote:
        q0 = text.index("\u201c") + 1
        q1 = text.index("\u201d", q0) - 1
        views.append(
            View("A1", "John Smith", (smith, smith + 10), None, None, "other", True, "said",
                 text[q0:q1], (q0, q1))
        )
    return [tuple(sorted(c.actors)) for c in extract_commitments(section(text), actors, [], views)]


def test_one_of_a_named_group_speaks_for_it() -> None:
    """'"We will …," said X, one of about 100 farmers …': X and the farmers' group actor; a
    plural that names no group actor ('one of the organisers') adds nothing."""
    body = (
        "Ohio farmers marched on Monday. \u201cWe will block the road,\u201d said John Smith,"
        " one of about 100 farmers at the rally."
    )
    assert _with_group(body, "Ohio farmers", quote=True) == [("A1", "A2")]
    body = (
        "Ohio farmers marched on Monday. \u201cWe will block the road,\u201d said John Smith,"
        " one of the organisers."
    )
    assert _with_group(body, "Ohio farmers", quote=True) == [("A1",)]


def test_a_bare_plural_is_the_group_it_heads() -> None:
    """'Officials said leaders had agreed to …' after 'Asian leaders met': the group actor whose
    name ends in that plural; a plural naming none ('mayors') is not that group."""
    body = "Asian leaders met in Rome. Officials said leaders had agreed to draft a reform plan."
    assert _with_group(body, "Asian leaders") == [("A2",)]
    body = "Asian leaders met in Rome. Officials said mayors had agreed to draft a reform plan."
    assert all("A2" not in got for got in _with_group(body, "Asian leaders"))


def test_a_new_subject_after_comma_and_ends_the_action() -> None:
    """'X said Japan would cut tariffs, and he urged India to …': the urging is X's own act,
    a new clause, not part of Japan's pledge."""
    _, got, names = run("Smith said Japan would cut tariffs, and he urged India to follow suit.")
    assert [({names[a] for a in c.actors}, c.text) for c in got] == [({"Japan"}, "cut tariffs")]


def _people(body: str, names: tuple[str, ...]) -> list[set[str]]:
    text = "Test headline\n" + body + "\n"
    actors = []
    for i, name in enumerate(names):
        spans = tuple((m.start(), m.end()) for m in re.finditer(re.escape(name) + r"\b", text))
        actors.append(Actor(f"A{i + 1}", name, "person", mentions=spans))
    got = extract_commitments(section(text), actors, [], [])
    return [{a.name for a in actors if a.id in c.actors} for c in got]


def test_surname_owner_agrees_with_the_pronoun() -> None:
    """'Roe's team says she will …' with two people named Roe: the one the pronoun can be (the
    man is known as 'he' from the text)."""
    body = (
        "Ann Roe and Bo Roe toured Ohio. Bo Roe said he was tired."
        " It is unlikely; Roe\u2019s team says she\u2019ll continue her tour this week."
    )
    assert _people(body, ("Ann Roe", "Bo Roe")) == [{"Ann Roe"}]


def test_a_named_person_who_will_moderate_has_a_plan() -> None:
    """'X of Globex, who will moderate the debate': an actor's agentive act in a relative clause;
    a place that will host something is no actor's plan."""
    _, got, names = run("Smith praised Tanaka of Globex, who will moderate the final debate.")
    assert [({names[a] for a in c.actors} >= {"Ken Tanaka"}, c.text) for c in got] == [
        (True, "moderate the final debate")
    ]
    _, got, _ = run("Smith toured Geneva, the city that will host the summit.")
    assert got == []


def test_we_of_a_statement_is_its_issuer() -> None:
    """'X said in a statement that … "We are searching for …," the statement said': the "we" of
    a document is the one who issued it; with no issuer named, nobody."""
    for lead, want in (
        ("Globex said in a statement that it had closed the site.", [("A1",)]),
        ("A statement was posted on the site.", [()]),
    ):
        text = (
            "Test headline\n" + lead + " \u201cWe are searching for a new host,\u201d the"
            " statement said.\n"
        )
        gs = text.find("Globex")
        actors = [Actor("A1", "Globex", "organization", mentions=((gs, gs + 6),) if gs >= 0 else ())]
        q0 = text.index("\u201c") + 1
        q1 = text.index("\u201d", q0) - 1
        s0 = text.index("the statement said")
        view = View(None, "the statement", (s0, s0 + 13), None, None, "official", True, "said",
                    text[q0:q1], (q0, q1))
        got = extract_commitments(section(text), actors, [], [view])
        assert [c.actors for c in got] == want


def test_political_parties_are_not_the_pair_named_before() -> None:
    """The accord's parties are the pair; a parliament's political parties are nobody named."""
    assert _actors(
        "Japan and India met. All the political parties in the parliament agreed on the plan."
    ) == [set()]
    assert _actors("Japan and India met. The two parties agreed on the plan.") == [
        {"Japan", "India"}
    ]
