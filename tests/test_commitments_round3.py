"""Golden rules of issue #6, session 4 round 3: cues undone in the same breath ("wants to …
but can't"), states reached rather than acts ("ready to return to normal"), a trait named as
the subject of "is to" ("his first instinct is to …") — each next to the look-alike that stays
a commitment.

Invented sentences in news phrasing; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import re

import pytest
from test_commitments import check_golden, run

from briefgen.extract.commitments import extract_commitments
from briefgen.model import Actor, View
from briefgen.section import section

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a cue undone by "but can't / couldn't / is unable"
    ("Smith says he wants to publish the audit but can't until the review ends.", []),
    ("Acme wanted to expand the plant, but couldn't get the permits.", []),
    ("Tanaka hopes to visit the site but is unable to travel this month.", []),
    ("Dupont would like to settle, but she cannot agree to the terms.", []),
    (
        "Smith wants to publish the audit, but Tanaka objects.",
        [("intention", {"John Smith"}, "publish the audit")],
    ),
    (
        "Acme plans to expand the plant but will need new permits.",
        [("intention", {"Acme Corp"}, "expand the plant")],
    ),
    # a state reached is no act
    ("Shop owners in Geneva said they were ready to return to normal.", []),
    ("Residents hope to get back to normal after the floods.", []),
    (
        "Japan plans to return the islands to civilian use.",
        [("intention", {"Japan"}, "return the islands to civilian use")],
    ),
    # a trait named as the subject of "is to"
    ("Smith's first instinct is to blame the press.", []),
    ("Acme's gut reaction is to cut prices whenever sales slow.", []),
    # a pact or accord made with a named party
    (
        "Acme cut a deal with Globex to share the pipeline.",
        [("agreement", {"Acme Corp", "Globex"}, "Globex to share the pipeline")],
    ),
    (
        "Smith worked out an accord with Tanaka on the fishing quotas.",
        [("agreement", {"John Smith", "Ken Tanaka"}, "Tanaka on the fishing quotas")],
    ),
    (
        "Though Smith had doubts, he established a research pact with Japan in May.",
        [("agreement", {"John Smith", "Japan"}, "Japan")],
    ),
    # a sale agreed binds the buyer too
    (
        "Acme has agreed to sell its paint unit to Globex for $40 million.",
        [("agreement", {"Acme Corp", "Globex"}, "sell its paint unit")],
    ),
    (
        "Acme agreed to acquire Globex, its rival of many years.",
        [("agreement", {"Acme Corp", "Globex"}, "acquire Globex")],
    ),
    (
        "Acme agreed to buy Globex-made batteries next year.",
        [("agreement", {"Acme Corp"}, "buy Globex-made batteries")],
    ),
    (
        "Acme plans to sell its paint unit to Globex.",
        [("intention", {"Acme Corp"}, "sell its paint unit")],
    ),
    ("Acme cut costs to deal with the slump.", []),
    ("Acme never cut a deal with Globex.", []),
    ("Acme cut a deal with Globex to share the pipeline, but the pact fell apart in May.", []),
    (
        "Acme's plan is to cut prices in the spring.",
        [("intention", {"Acme Corp"}, "cut prices")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_round3(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def _we_story(body: str, people: list[tuple[str, str, str | None]], bodies: list[tuple[str, str]]
              ) -> list[set[str]]:
    """A story where one quoted official says "we": people (name, title, affiliation) and
    bodies (name, kind) as the actors stage would give them; the quote's view names its
    speaker by the last word of the first person's name."""
    text = "H\n" + body + "\n"

    def spans(form: str) -> tuple[tuple[int, int], ...]:
        return tuple((m.start(), m.end()) for m in re.finditer(re.escape(form), text))

    actors = [
        Actor(f"P{i}", name, "person", title=title, affiliation=aff,
              mentions=spans(name) + spans(" " + name.split()[-1] + " ")[1:])
        for i, (name, title, aff) in enumerate(people)
    ] + [
        Actor(f"B{i}", name, kind, mentions=spans(name.split(" (")[0]))  # type: ignore[arg-type]
        for i, (name, kind) in enumerate(bodies)
    ]
    q0 = text.index("``") + 2 if "``" in text else text.index('"') + 1
    q1 = text.index("''", q0) if "``" in text else text.index('"', q0)
    last = people[0][0].split()[-1]
    s0 = text.index(last, q1)
    view = View("P0", last, (s0, s0 + len(last)), people[0][1], None, "official",
                True, "said", text[q0:q1], (q0, q1))
    names = {a.id: a.name for a in actors}
    got = extract_commitments(section(text), actors, [], [view])
    return [{names[a] for a in c.actors} for c in got]


def test_we_of_an_official_is_the_department_the_title_names() -> None:
    body = (
        "The Justice Department is reviewing the case, Deputy Attorney General Ann Cole said.\n\n"
        '"We will look at the records and decide what steps to take," Cole said.'
    )
    got = _we_story(body, [("Ann Cole", "Deputy Attorney General", None)],
                    [("Justice Department", "organization")])
    assert got and {"Ann Cole", "Justice Department"} <= got[-1]
    # no department named in the text: nothing is invented
    body = '"We will look at the records," Deputy Attorney General Ann Cole said.'
    got = _we_story(body, [("Ann Cole", "Deputy Attorney General", None)], [])
    assert got == [{"Ann Cole"}]


def test_we_of_a_minister_introduced_with_a_demonym_is_that_country() -> None:
    body = (
        "Japan and France signed the charter. The Japanese foreign minister, Ken Ito, spoke "
        'first.\n\n"We shall prove that new members add to the alliance," Ito said.'
    )
    got = _we_story(body, [("Ken Ito", "foreign minister", None)],
                    [("Japan", "country"), ("France", "country")])
    assert got and "Japan" in got[-1]
    body = (
        "France and Japan signed the charter. A foreign minister, Ken Ito, spoke "
        'first.\n\n"We shall prove that new members add to the alliance," Ito said.'
    )
    got = _we_story(body, [("Ken Ito", "foreign minister", None)],
                    [("France", "country"), ("Japan", "country")])
    assert got and "Japan" not in got[-1]


def test_we_of_a_bare_spokesman_is_the_body_of_the_spokesman_before() -> None:
    body = (
        "A Pentagon spokesman said the ships would stay in the Gulf.\n\n"
        '"We are going to keep our forces in the region," said spokesman Tom Reyes.'
    )
    got = _we_story(body, [("Tom Reyes", "spokesman", None)], [("Pentagon", "organization")])
    assert got and {"Tom Reyes", "Pentagon"} <= got[-1]
    body = (
        "The Pentagon said the ships would stay in the Gulf.\n\n"
        '"We are going to keep our forces in the region," said spokesman Tom Reyes.'
    )
    got = _we_story(body, [("Tom Reyes", "spokesman", None)], [("Pentagon", "organization")])
    assert got == [{"Tom Reyes"}]


def test_on_behalf_of_a_body_we_is_that_body() -> None:
    body = '"On behalf of everyone at Acme, we want to offer an apology to our customers."'
    _, got, names = run(body)
    assert [{names[a] for a in c.actors} for c in got] == [{"Acme Corp"}]
    body = '"On behalf of my family, we want to build a clinic next to Acme," Smith said.'
    _, got, names = run(body)
    assert got and all("Acme Corp" not in {names[a] for a in c.actors} for c in got)


def test_counterparty_only_of_a_sale_agreed() -> None:
    """A planned sale names no buyer who agreed; a firm's name inside a noun phrase is no party."""
    for body in (
        "Acme plans to sell its paint unit to Globex.",
        "Acme agreed to buy Globex-made batteries next year.",
    ):
        _, got, names = run(body)
        assert got and all("Globex" not in {names[a] for a in c.actors} for c in got), body
