"""Session 7 (last round): an agent that 'continues to' / 'keeps' doing a deliberate act is at
work (ongoing); a bill, resolution or plan its author introduces or drafts is an intention.
Invented rows from general news conventions, with counterexamples that must not fire."""

from __future__ import annotations

import pytest

from briefgen import build_brief

_LEAD = "Headline about policy\n\nOfficials met in the capital this week to discuss the issue.\n\n"


def _commitments(sentence: str) -> list[tuple[str, str, str, str]]:
    text = _LEAD + sentence + "\n"
    brief = build_brief(text, "2016-01-01")
    return [
        (c.strength, c.actor_text, c.cue, text[c.span[0] : c.span[1]]) for c in brief.commitments
    ]


ROWS = [
    (
        "The administration continues to expand the mission of special forces.",
        ("ongoing", "The administration", "continues to", "expand the mission of special forces"),
    ),
    (
        "Germany is continuing to bomb rebel positions.",
        ("ongoing", "Germany", "is continuing to", "bomb rebel positions"),
    ),
    (
        "Germany keeps issuing new drilling permits.",
        ("ongoing", "Germany", "keeps", "issuing new drilling permits"),
    ),
    (
        "Senator Jane Roe continues to push for sanctions on Iran.",
        ("ongoing", "Senator Jane Roe", "continues to", "push for sanctions on Iran"),
    ),
    (
        "Senator Jane Roe is introducing a bill to impose new sanctions on Iran.",
        (
            "intention",
            "Senator Jane Roe",
            "is introducing a bill to",
            "impose new sanctions on Iran",
        ),
    ),
    (
        "Senator Jane Roe introduced a bill to impose new sanctions on Iran.",
        ("intention", "Senator Jane Roe", "introduced a bill to", "impose new sanctions on Iran"),
    ),
    (
        "Senator Jane Roe unveiled a plan to impose new sanctions on Iran.",
        ("intention", "Senator Jane Roe", "unveiled a plan to", "impose new sanctions on Iran"),
    ),
]


@pytest.mark.parametrize(("sentence", "want"), ROWS)
def test_golden_rows(sentence: str, want: tuple[str, str, str, str]) -> None:
    assert want in _commitments(sentence)


COUNTER = [
    "Prices continue to rise.",
    "The virus continues to spread across the region.",
    "Support for the plan continues to grow.",
    "Senator Jane Roe continues to be a favourite of donors.",
    "The shares keep falling.",
    "The market continues to expand.",
    "The bill to impose sanctions died in committee.",
    "Critics of the bill to raise taxes rallied outside.",
]


@pytest.mark.parametrize("sentence", COUNTER)
def test_counterexamples(sentence: str) -> None:
    assert _commitments(sentence) == []


# not done this round (strict xfails): a relative clause's antecedent named by 'include A and B',
#
XFAIL = [
    (
        "Candidates who plan to attend the convention include Jane Roe and John Doe.",
        "attend the convention",
    ),
]


@pytest.mark.parametrize(("sentence", "action"), XFAIL)
@pytest.mark.xfail(strict=True, reason="shape not handled yet")
def test_open_shapes(sentence: str, action: str) -> None:
    assert any(a == action for _s, _t, _c, a in _commitments(sentence))
