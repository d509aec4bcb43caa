"""Golden rules for who commits, from general causes of wrong or missing committers on real
news (issue #6): an opening adverbial before the speaker ("In March, at a summit in Geneva,
the alliance announced it would …"), a weekday between the verb and the pronoun ("said Monday
they will"), unnamed officials speaking for their body, a named person's campaign or office
speaking for them, and a plural "they" whose antecedent is one group — each next to its
look-alike that must not fire or must not take that committer.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

from briefgen.extract.commitments import extract_commitments
from briefgen.model import Actor, View
from briefgen.section import section

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # an opening adverbial names a place or a source, not the committer
    (
        (
            "NATO met in Geneva. In March, at a summit in Geneva, the alliance announced it"
            " would admit two new members."
        ),
        [("pledge", {"NATO"}, "admit two new members")],
    ),
    (
        "According to a report in a Tokyo daily, Acme is trying to sell its paint unit.",
        [("ongoing", {"Acme Corp"}, "sell its paint unit")],
    ),
    ("Acme this week announced it would close the plant.", [("pledge", {"Acme Corp"}, "close")]),
    (
        "Japan and India met in May. On Tuesday, Japan and India agreed to expand trade.",
        [("agreement", {"Japan", "India"}, "expand trade")],
    ),
    # unnamed officials, police or lawyers speak for their body ...
    (
        "Federal officials said Monday they will reopen the border crossing.",
        [("pledge", set(), "reopen the border crossing")],
    ),
    (
        "Lawyers for the family said they would appeal the ruling.",
        [("pledge", set(), "appeal the ruling")],
    ),
    # ... but an unnamed public's plans, and what befalls a body, are no undertaking
    ("Most voters say they plan to watch the debate.", []),
    ("Lawyers for the ministry said that they would miss the filing date.", []),
    # a campaign or office speaks for the person it belongs to
    (
        "Smith's campaign says he will release his tax returns.",
        [("pledge", {"John Smith"}, "release his tax returns")],
    ),
    (
        "Smith spoke in Ohio. It is unlikely; Smith's office says he will attend the summit.",
        [("pledge", {"John Smith"}, "attend the summit")],
    ),
    # a coordinated speaker: every party of "X, Y and Z said they …"
    (
        "Japan, India and China said they would cut tariffs.",
        [("pledge", {"Japan", "India", "China"}, "cut tariffs")],
    ),
    (
        "Smith and Tanaka said they would meet again in May.",
        [("pledge", {"John Smith", "Ken Tanaka"}, "meet again in May")],
    ),
    # a relative does not ("Smith's wife says she will …" is not Smith's pledge)
    ("Smith's wife says she will campaign in Ohio.", []),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_attribution_rules(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_opening_adverbial_is_not_the_actor_text() -> None:
    _, got, _ = run(
        "Japan and India met in May. On Tuesday, Japan and India agreed to expand trade."
    )
    assert got[0].actor_text == "Japan and India"
    _, got, _ = run("Federal officials said Monday they will reopen the border crossing.")
    assert got[0].actor_text == "Federal officials"


def _group_doc(body: str, group: str) -> tuple[str, list[Actor]]:
    text = "Test headline\n" + body + "\n"
    s = text.index(group)
    return text, [Actor("A1", group, "group", mentions=((s, s + len(group)),))]


def test_they_said_they_will_is_the_group_named_before() -> None:
    """'The relatives … Since then, they have stated they will contest it': one group actor,
    no pair of actors, is what the plural pronoun refers to."""
    text, actors = _group_doc(
        "The farmer's Ohio cousins met the judge. Since the court ruled,"
        " they have stated they will contest the verdict.",
        "Ohio cousins",
    )
    got = extract_commitments(section(text), actors, [], [])
    assert [(c.actors, c.text) for c in got] == [(("A1",), "contest the verdict")]


def test_they_takes_a_later_pair_over_an_earlier_group() -> None:
    """The group named first, a coordinated pair named after it: "they" is the pair."""
    text = (
        "Test headline\nThe Ohio cousins met reporters. Later Japan and India said they will"
        " expand trade.\n"
    )
    actors = _group_doc(text.split("\n", 1)[1].rstrip("\n"), "Ohio cousins")[1]
    for name, kind in (("Japan", "country"), ("India", "country")):
        s = text.index(name)
        actors.append(Actor(f"A{len(actors) + 1}", name, kind, mentions=((s, s + len(name)),)))
    got = extract_commitments(section(text), actors, [], [])
    assert [set(c.actors) for c in got] == [{"A2", "A3"}]


# Plans and decisions named as nouns: a plan judged by its effects is still a plan its owner
# has; a plan presented ("touted", "heralded") is its presenter's; a named body can modify the
# noun ("the U.S. government decision to"); a plan given up, mocked or owned by nobody is none.
PLAN_ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    (
        "Analysts say Smith's plans to raise taxes on the rich would make the code more complex.",
        [("intention", {"John Smith"}, "raise taxes on the rich")],
    ),
    ("Globex said its willingness to accept a minority stake would reassure regulators.", []),
    ("Smith's plan to build a wall was abandoned.", []),
    (
        "The governor Smith has touted plans to cut the state payroll by 5 percent.",
        [("intention", {"John Smith"}, "cut the state payroll")],
    ),
    ("The mayor mocked plans to expand the port.", []),
    (
        "Smith spoke. Though he's heralded plans to go after tax loopholes, critics are unmoved.",
        [("intention", {"John Smith"}, "go after tax loopholes")],
    ),
    ("Smith spoke. He's pledged to cut taxes.", [("pledge", {"John Smith"}, "cut taxes")]),
    (
        (
            "Though welcome, the U.S. government decision to send the envoy to Japan"
            " does not settle the dispute."
        ),
        [("pledge", {"United States"}, "send the envoy to Japan")],
    ),
    (
        "Critics attacked the EU decision to lift the ban.",
        [("pledge", {"European Union"}, "lift the ban")],
    ),
    ("The surprise decision to close the plant angered workers.", []),
    ("The court decision to free him was welcomed.", []),
]


@pytest.mark.parametrize(("body", "expected"), PLAN_ROWS)
def test_plan_nouns(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_modifier_decision_stops_at_the_main_verb() -> None:
    _, got, _ = run(
        "Though welcome, the U.S. government decision to send the envoy to Japan does"
        " not guarantee that he will go."
    )
    assert got[0].text == "send the envoy to Japan"


def _quoted(body: str, body_name: str, kind: str = "organization") -> list[tuple[str, ...]]:
    """The actors of each commitment in `body`, whose one direct quote is said by John Smith
    (speaker span: the whole attribution phrase) and which names `body_name` too."""
    text = "Test headline\n" + body + "\n"
    q0 = text.index("\u201c") + 1
    q1 = text.index("\u201d", q0) - 1
    smith = text.index("John Smith")
    bs = text.index(body_name)
    actors = [
        Actor("A1", "John Smith", "person", mentions=((smith, smith + 10),)),
        Actor("A2", body_name, kind, mentions=((bs, bs + len(body_name)),)),
    ]
    sp0 = min(smith, bs)
    span = (sp0, max(smith + 10, bs + len(body_name)))
    view = View(
        "A1",
        text[span[0] : span[1]],
        span,
        None,
        None,
        "official",
        True,
        "said",
        text[q0:q1],
        (q0, q1),
    )
    return [c.actors for c in extract_commitments(section(text), actors, [], [view])]


def test_we_in_a_quote_includes_the_body_the_speaker_is_described_by() -> None:
    """'"We will …," Acme spokesman John Smith said': the speaker and the body he speaks for;
    a body merely coordinated with him ("Acme and John Smith said") is not his."""
    got = _quoted(
        "\u201cWe will rebuild the school,\u201d Globex spokesman John Smith said.", "Globex"
    )
    assert got == [("A1", "A2")]
    got = _quoted(
        "\u201cWe will rebuild the school,\u201d said John Smith, a spokesman for Globex.", "Globex"
    )
    assert got == [("A1", "A2")]
    got = _quoted("\u201cWe will rebuild the school,\u201d Globex and John Smith said.", "Globex")
    assert got == [("A1",)]
    # "I" is the speaker alone
    got = _quoted(
        "\u201cI will rebuild the school,\u201d Globex spokesman John Smith said.", "Globex"
    )
    assert got == [("A1",)]
