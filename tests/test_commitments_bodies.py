"""Golden rules for committers named through a body or a role (issue #6): the executives or
officials of a named company act for it ("Acme's executives said they will …"), "his office"
acts for the person the pronoun names, and a bare "the candidate" is the one person the
headline names (or the person whose campaign the sentence cites) — each next to a look-alike
that must not take that committer.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import re

import pytest
from test_commitments import check_golden, run

from briefgen.extract.commitments import extract_commitments
from briefgen.model import Actor, View
from briefgen.section import section


def _rows(body: str, headline: str = "Test headline") -> list[tuple[str, set[str], str]]:
    _, got, names = run(body, headline=headline)
    return [(c.strength, {names[a] for a in c.actors if a in names}, c.text) for c in got]


def test_executives_of_a_named_company_act_for_it() -> None:
    rows = _rows("Acme's executives have said they will close two older plants.")
    assert [r[1] for r in rows] == [{"Acme Corp"}]
    assert "close two older plants" in rows[0][2]
    rows = _rows("Globex officials said the company will open a lab in Geneva.")
    assert rows and {"Globex"} <= rows[0][1]


def test_customers_of_a_company_do_not_act_for_it() -> None:
    rows = _rows("Acme's customers said they will switch suppliers.")
    assert all("Acme Corp" not in r[1] for r in rows)


def test_his_office_is_the_person() -> None:
    rows = _rows("Smith toured the plant on Monday. His office is preparing a new budget.")
    assert rows and rows[0][1] == {"John Smith"}
    rows = _rows("Smith toured the plant on Monday. The office is preparing a new budget.")
    assert all("John Smith" not in r[1] for r in rows)


def test_bare_candidate_is_the_headline_person() -> None:
    rows = _rows(
        "Tanaka spoke in Ohio on Friday. The candidate hopes to carry the Texas primary next month.",
        headline="Smith wins the straw poll",
    )
    assert rows and rows[0][1] == {"John Smith"}
    # two people in the headline: no single subject of the story
    rows = _rows(
        "Tanaka spoke in Ohio on Friday. The candidate hopes to carry the Texas primary next month.",
        headline="Smith and Dupont trade barbs",
    )
    assert all(not r[1] for r in rows)


# Aims, efforts and inquiries named as nouns: the possessor (or the subject) commits.
ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # "<possessor>'s goal/intention/priority is to …" (present only)
    (
        "Acme said its intention is to remain an independent company.",
        [("intention", {"Acme Corp"}, "remain an independent company")],
    ),
    (
        'Globex said its "intention is to remain a family-run company."',
        [("intention", {"Globex"}, "remain a family-run company")],
    ),
    ("Globex said its top priority is to cut debt.", [("intention", {"Globex"}, "cut debt")]),
    ("Its main goal was to cut costs.", []),
    ("The plan is to wait for the court.", []),
    # an inquiry, poll or exercise under way
    (
        "Globex is conducting its own review of the merger.",
        [("ongoing", {"Globex"}, "its own review of the merger")],
    ),
    (
        "Japan is conducting naval drills near the strait.",
        [("ongoing", {"Japan"}, "naval drills near the strait")],
    ),
    ("The orchestra is conducting a new score.", []),
    ("Acme was conducting a survey when the storm hit.", []),
    # an effort, drive or programme named by its owner
    (
        "Globex stepped up its efforts to win back customers.",
        [("ongoing", {"Globex"}, "win back customers")],
    ),
    ("Smith hailed Acme's push to cut prices.", [("ongoing", {"Acme Corp"}, "cut prices")]),
    ("The board of Acme abandoned its program to buy back shares.", []),
    ("He said he would drive to work.", []),
    ("Dupont was long admired for her push to open the archives.", []),
    ("Many supporters worried their efforts to save the plant would fail.", []),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_aims_and_efforts(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_contrast_clause_with_its_own_subject_ends_the_action() -> None:
    rows = _rows("Smith is due to speak on Friday, while Tanaka is scheduled for Saturday.")
    # (Tanaka's slot on Saturday is his own record: int.scheduled_for)
    assert [(r[1], r[2]) for r in rows] == [
        ({"John Smith"}, "speak on Friday"), ({"Ken Tanaka"}, "Saturday")
    ]
    # a participle after "while" still belongs to the action
    rows = _rows("Acme plans to compete hard in Asia, while turning its attention to costs.")
    assert rows and "while turning its attention to costs" in rows[0][2]


def _officials(body: str) -> list[tuple[str, set[str]]]:
    text = "H\n" + body + "\n"

    def spans(*forms: str) -> tuple[tuple[int, int], ...]:
        out = []
        for f in forms:
            i = text.find(f)
            while i >= 0:
                out.append((i, i + len(f)))
                i = text.find(f, i + len(f))
        return tuple(sorted(out))

    actors = [
        Actor("A1", "Lena Berg", "person", title="Foreign Minister", country="Norway",
              mentions=spans("Lena Berg")),
        Actor("A2", "Omar Haddad", "person", title="Trade Minister", country="Jordan",
              mentions=spans("Omar Haddad")),
        Actor("A3", "Norway", "country", mentions=spans("Norway")),
        Actor("A4", "Jordan", "country", mentions=spans("Jordan")),
        Actor("A5", "Ivo Marsh", "person", title="singer", country="Norway",
              mentions=spans("Ivo Marsh")),
    ]
    names = {a.id: a.name for a in actors}
    got = extract_commitments(section(text), actors, [], [])
    return [(c.strength, {names[a] for a in c.actors}) for c in got]


def test_an_accord_signed_by_officials_binds_their_countries() -> None:
    rows = _officials(
        "Norway and Jordan met in May. The fishing accord signed by Foreign Minister Lena Berg"
        " and Trade Minister Omar Haddad takes effect in June."
    )
    assert any({"Norway", "Jordan"} <= r[1] for r in rows), rows
    # a pledge by one official stays theirs; a person with no office adds no country
    rows = _officials("Jordan was named. Omar Haddad pledged to visit the camps next week.")
    assert rows and rows[0][1] == {"Omar Haddad"}, rows
    rows = _officials(
        "Norway and Jordan met. Ivo Marsh and Lena Berg signed a pact to tour the region."
    )
    assert all("Norway" not in r[1] or "Lena Berg" in r[1] for r in rows)


def _firm_story(body: str, firm: str) -> list[set[str]]:
    """A business story: a company named three times, its president quoted saying "we"."""
    text = "H\n" + body + "\n"

    def spans(form: str) -> tuple[tuple[int, int], ...]:
        return tuple((m.start(), m.end()) for m in re.finditer(re.escape(form), text))

    actors = [
        Actor("A1", firm, "organization", mentions=spans(firm.split()[0])),
        Actor("A2", "Dana Roe", "person", title="President", mentions=spans("Dana Roe")),
    ]
    q0 = text.index('"') + 1
    q1 = text.index('"', q0)
    s0 = text.index("Dana Roe")
    view = View("A2", "President Dana Roe", (s0 - 10, s0 + 8), "President", None, "other",
                True, "said", text[q0:q1], (q0, q1))
    names = {a.id: a.name for a in actors}
    got = extract_commitments(section(text), actors, [], [view])
    return [{names[a] for a in c.actors} for c in got]


def test_an_executives_we_is_the_firm_the_story_is_about() -> None:
    body = (
        "Harbor Corp. posted a loss. Harbor said sales fell, and Harbor shares slid.\n\n"
        '"We plan to sell the ferry unit," President Dana Roe said.'
    )
    assert _firm_story(body, "Harbor Corp.") == [{"Dana Roe", "Harbor Corp."}]
    # an organisation whose name says nothing of a firm (a city council, a party) is not taken
    body = body.replace("Harbor Corp.", "Harbor Council").replace("Harbor", "Harbor")
    assert _firm_story(body, "Harbor Council") == [{"Dana Roe"}]


def test_management_of_the_firm_a_story_is_about() -> None:
    body = (
        "Harbor Corp. posted a loss. Harbor said sales fell, and Harbor shares slid.\n\n"
        '"It was a hard year," President Dana Roe said. Management said it will'
        " propose a smaller dividend."
    )
    assert {"Harbor Corp."} in _firm_story(body, "Harbor Corp.")
    body = body.replace("Harbor Corp.", "Harbor Council")
    assert all("Harbor Council" not in r for r in _firm_story(body, "Harbor Council"))
