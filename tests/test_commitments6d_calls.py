"""Golden rows for a person's call for a policy (issue #6, session 6, round 4): a candidate or
officeholder who "has called for eliminating the tax" or "called for a ban on …" proposes his
own programme (intention, as the dev gold sets list it). A call on others ("X called for the
mayor to resign", "for his ouster") is a statement, and a body's or a crowd's call is
advocacy: both stay out. Invented sentences.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a gerund or a policy noun phrase after a person's "called for"
    ("Smith has called for eliminating the tax break on private jets.",
     [("intention", {"John Smith"}, "eliminating the tax break on private jets")]),
    ("Dupont called for a ban on new coal plants in her first speech as minister.",
     [("intention", {"Marie Dupont"}, "a ban on new coal plants")]),
    ("Tanaka has also called for steep new tariffs on imported steel.",
     [("intention", {"Ken Tanaka"}, "steep new tariffs on imported steel")]),
    ("Weber calls for doubling the child tax credit.",
     [("intention", {"Anna Weber"}, "doubling the child tax credit")]),
    # the call ends where another clause with its own subject begins
    ("Smith called for cutting the fuel tax, but Dupont would keep it at 20 percent.",
     [("intention", {"John Smith"}, "cutting the fuel tax")]),
    ("Smith calls for ending farm subsidies; his rivals call that reckless.",
     [("intention", {"John Smith"}, "ending farm subsidies")]),
    # calls on others to act, or for something someone else must give: none
    ("Smith called for the mayor to resign.", []),
    ("Smith has called for his ouster.", []),
    ("Smith called for calm after the riots.", []),
    ("Smith called for the release of the video.", []),
    # a body's or a crowd's call is advocacy, not its own programme
    ("Acme called for a ban on imported paint.", []),
    ("Protesters called for a ban on fracking.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_person_calls_for_policy(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
