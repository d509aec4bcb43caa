"""Golden rules for classes of misses found on development sets 5 and 6 (issue #6): cues after
a contracted "’s" ("he’s going to", "who’s prepared to"), "we’re/I’m" before the progressive
cues, and aims a rival ascribes ("was trying to distract attention", "thinking we’re going to
give up") — each next to look-alikes that must not fire.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a contracted "is" after a pronoun, a name or "who"
    (
        "Smith said he’s going to name a special envoy for the region.",
        [("intention", {"John Smith"}, "name a special envoy")],
    ),
    (
        "Voters can choose Dupont or Smith, who’s prepared to cut taxes and rebuild the army.",
        # one record per item of a list of actions (issue #6)
        [("pledge", {"John Smith"}, "cut taxes"), ("pledge", {"John Smith"}, "rebuild the army")],
    ),
    (
        "Weber said she's looking to expand the program next year.",
        [("intention", {"Anna Weber"}, "expand the program")],
    ),
    (
        "“We’re working to restore the water supply,” Smith said.",
        [("ongoing", {"John Smith"}, "restore the water supply")],
    ),
    (
        "“I’m hoping to visit Tokyo next month,” Dupont said.",
        [("intention", {"Marie Dupont"}, "visit Tokyo")],
    ),
    # … a prediction, a possessive, a negation and "let’s" stay out
    ("Smith said it’s going to be a long winter.", []),
    ("Smith said it's going to rain on Monday.", []),
    ("Smith’s working group met on Monday.", []),
    ("Dupont said she’s not going to run again.", []),
    ("“Let’s go to the polls,” Smith said.", []),
    # an aim a rival ascribes to the committer is a characterisation, not an undertaking
    ("“Globex was trying to distract attention from the audit,” Smith said.", []),
    ("“They're trying to play games with the schedule,” Dupont said of Acme.", []),
    ("“They keep us waiting, thinking we're going to give up,” Weber said.", []),
    ("“Acme is going to wreck the local economy,” Smith said.", []),
    ("“I think she’s trying to please everyone,” Smith said of Dupont.", []),
    ("“We thought, he’s going to quit,” Dupont said of Smith.", []),
    # … while the speaker's own plan stays
    (
        "“We're going to rebuild every school,” Smith said.",
        [("intention", {"John Smith"}, "rebuild every school")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_contraction_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


# A yielding verb negated after "won't" or "not going to", or a yielding phrase used without an
# object ("give up", "back down"), is a pledge of determination; "I/we will bring/stay" is the
# speaker's own act. Refusals, past facts, predictions and outcomes stay out.
RESOLVE_ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    ("“We won't back down,” Smith said.", [("pledge", {"John Smith"}, "back down")]),
    (
        "“We’re not going to stop until the plant reopens,” Dupont said.",
        [("intention", {"Marie Dupont"}, "stop")],
    ),
    ("“We will never give up,” Weber said.", [("pledge", {"Anna Weber"}, "give up")]),
    ("“I will not give in to threats,” Tanaka said.", [("pledge", {"Ken Tanaka"}, "give in")]),
    (
        "“To the people of Geneva, I will bring them our warm greetings,” Smith said.",
        [("pledge", {"John Smith"}, "bring them our warm greetings")],
    ),
    ("“We will stay the course,” Dupont said.", [("pledge", {"Marie Dupont"}, "stay the course")]),
    # … but not these
    ("The new wall is not going to stop the migrants, Smith said.", []),
    ("Globex will not give up its data, Smith said.", []),
    ("The board won't comment, Smith said.", []),
    ("Prices won't stop rising, Smith said.", []),
    ("The rain did not stop on Monday, Smith said.", []),
    ("Smith did not back down in 2010.", []),
    ("“The new plant will bring jobs to Geneva,” Smith said.", []),
    ("“Prices will remain high,” Dupont said.", []),
]


@pytest.mark.parametrize(("body", "expected"), RESOLVE_ROWS)
def test_resolve_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


# Present-tense effort verbs: work under way in an "as/while" clause, in court, or an
# organisation's "works to"; a habit, a noun ("its fight to", "work to do") or a hardship is not.
EFFORT_ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    (
        "The talks resume as Smith and Tanaka try to narrow their differences.",
        [("ongoing", {"John Smith", "Ken Tanaka"}, "narrow their differences")],
    ),
    (
        "Oxfam works to resettle refugees from the region.",
        [("ongoing", set(), "resettle refugees")],
    ),
    (
        "Globex is fighting in the courts to save its trademark.",
        [("ongoing", {"Globex"}, "save its trademark")],
    ),
    (
        "The owners of Acme battle in federal court to keep the brand.",
        [("ongoing", set(), "keep the brand")],
    ),
    (
        "Smith praised Globex on Friday, as the firm looks to win back customers.",
        [("intention", {"Globex"}, "win back customers")],
    ),
    ("The team looks to its captain, Smith said.", []),
    ("Smith looks to win easily.", []),
    ("Smith tries to cook with local produce.", []),
    ("Smith tries to visit his mother every week.", []),
    ("Many voters struggle to pay their bills.", []),
    ("The campaign has a lot of work to do, Smith said.", []),
    ("Globex stepped up its fight to stem the losses, Smith said.", []),
    ("They did not try to hide it, Smith said.", []),
]


@pytest.mark.parametrize(("body", "expected"), EFFORT_ROWS)
def test_effort_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


# Efforts named by their maker ("an attempt by X to …", "X's appeal to keep …"), a purpose
# participle after a noun ("rallies intended to …"), and a place's relative clause that ends the
# action ("…, where his relatives are fighting …").
NOMINAL_ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    (
        "It is an attempt by Smith to win guardianship, a professor said.",
        [("ongoing", {"John Smith"}, "win guardianship")],
    ),
    (
        "The visit is part of an effort by Tanaka to expand contacts with the rebels.",
        [("ongoing", {"Ken Tanaka"}, "expand contacts")],
    ),
    (
        "The judge heard Globex's appeal to keep the plant open.",
        [("ongoing", {"Globex"}, "keep the plant open")],
    ),
    ("The failed attempt by Smith to seize the port ended in March.", []),
    ("The move by Acme surprised traders.", []),
    ("Smith's appeal to young voters fell flat.", []),
    ("Globex's failed attempt to block the sale ended in March.", []),
    ("“This is an effort by Acme to really distract attention from the audit,” Smith said.", []),
    ("Smith said Dupont held a series of rallies in 1992 intended to shut the plant.", []),
    ("Her knees ached after two rounds of shots intended to ease the pain, Smith said.", []),
    ("Smith intended to shut the plant.", [("intention", {"John Smith"}, "shut the plant")]),
    (
        (
            "France vowed to secure the boy's return from Geneva, where his relatives are"
            " fighting for custody."
        ),
        [("pledge", {"France"}, "secure the boy's return from Geneva")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), NOMINAL_ROWS)
def test_nominal_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_where_clause_ends_action() -> None:
    from test_commitments import run

    _, got, _ = run(
        "France vowed to secure the boy's return from Geneva, where his relatives are fighting"
        " for custody."
    )
    assert got[0].text == "secure the boy's return from Geneva"


def test_appositive_role_after_hyphenated_name() -> None:
    """'Lee Min-ho, the secretary general of NATO, vowed …': the role phrase between commas
    describes the person named before it, who vows (not the organisation in the role)."""
    from briefgen.extract.commitments import extract_commitments
    from briefgen.model import Actor
    from briefgen.section import section

    text = (
        "Test headline\nLee Min-ho, the secretary general of NATO, vowed to expand the"
        " mission.\nNATO agreed.\n"
    )
    p = text.index("Lee Min-ho")
    n1 = text.index("NATO")
    n2 = text.index("NATO", n1 + 4)
    actors = [
        Actor("A1", "Lee Min-ho", "person", mentions=((p, p + 10),)),
        Actor("A2", "NATO", "organization", mentions=((n1, n1 + 4), (n2, n2 + 4))),
    ]
    got = extract_commitments(section(text), actors, [], [])
    assert [(c.actors, c.text) for c in got][:1] == [(("A1",), "expand the mission")]
    # an organisation before the role phrase is still the committer
    text2 = text.replace("Lee Min-ho", "Globex Ltd")
    actors2 = [
        Actor("A1", "Globex Ltd", "organization", mentions=((p, p + 10),)),
        Actor("A2", "NATO", "organization", mentions=((n1, n1 + 4), (n2, n2 + 4))),
    ]
    got2 = extract_commitments(section(text2), actors2, [], [])
    assert got2 and "A1" in got2[0].actors


def test_as_clause_subject_and_pronoun_with_campaign() -> None:
    """'… while he and his aides work to …': the subject starts after 'while', and 'he and his
    aides' names the person the pronoun stands for."""
    from test_commitments import run

    _, got, names = run(
        "Smith spoke on Monday. His remarks came while he and his aides work to cut costs."
    )
    assert [(c.actor_text, {names[a] for a in c.actors}) for c in got] == [
        ("he and his aides", {"John Smith"})
    ]
    _, got, names = run("The talks resume as Dupont and her aides try to narrow the gap.")
    assert got and got[0].actor_text.startswith("Dupont")
