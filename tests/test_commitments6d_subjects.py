"""Golden rows for the committer named before a bracketed aside (issue #6, session 6, round 4):
US news tags a legislator with party and state ("Sen. X (R-Ohio)", "Gov. Y (D)"), a listed
company with its exchange ticker ("Acme Corp (NYSE: ACM)") and a body with its initials
("the European Union (EU)"); the bracket sits between the subject and its verb and is no
clause boundary. Invented sentences, with asides that are not tags beside them.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, run

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # party and state tags
    ("Sen. John Smith (R-Ohio) has vowed to block the nomination.",
     [("pledge", {"John Smith"}, "block the nomination")]),
    ("Gov. Marie Dupont (D) announced a deal with state lawmakers on Monday.",
     [("agreement", {"Marie Dupont"}, "a deal with state lawmakers")]),
    ("Rep. Anna Weber (D-N.Y.) remains committed to repealing the tax.",
     [("reaffirmation", {"Anna Weber"}, "repealing the tax")]),
    ("Sen. Ken Tanaka (I-Vt.), a likely running mate, will campaign with Smith in Ohio.",
     [("pledge", {"Ken Tanaka"}, "campaign with Smith in Ohio")]),
    # an exchange ticker and a body's initials
    ("Acme Corp (NYSE: ACM) plans to close two plants by March.",
     [("intention", {"Acme Corp"}, "close two plants by March")]),
    ("The European Union (EU) has pledged to double its aid to Ukraine.",
     [("pledge", {"European Union"}, "double its aid to Ukraine")]),
    # a participle phrase after the name describes the committer; its places are no parties
    ("Acme Corp, facing pressure from Globex and Japan, has pledged to cut prices.",
     [("pledge", {"Acme Corp"}, "cut prices")]),
    ("During the talks, leading exporters in Japan vowed to cut prices.",
     [("pledge", {"Japan"}, "cut prices")]),
    # an aside that is no tag: not read as the committer
    ("The rebels (who hold the north) have vowed to fight on.",
     [("pledge", set(), "fight on")]),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_subject_before_aside(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def test_aside_dropped_from_actor_text() -> None:
    _, got, _ = run("Sen. John Smith (R-Ohio) has vowed to block the nomination.")
    assert [c.actor_text for c in got] == ["Sen. John Smith"]


@pytest.mark.parametrize(
    "body",
    [
        # a bracketed word that is no tag leaves the subject as it was: nobody named
        "Smith said the rebels (many of them teenagers) have vowed to fight on.",
    ],
)
def test_aside_not_a_tag(body: str) -> None:
    _, got, names = run(body)
    assert all("John Smith" not in {names[a] for a in c.actors} for c in got)


def test_participle_aside_drops_its_names() -> None:
    _, got, names = run("Acme Corp, facing pressure from Globex and Japan, has pledged to cut prices.")
    assert [{names[a] for a in c.actors} for c in got] == [{"Acme Corp"}]
