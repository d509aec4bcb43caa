"""The seventh-session actors passes, gated for speed (issue 8), find exactly what they found.

Each gate is checked against the code it replaced, written out here, on invented texts: the
literal scans that skip sentences with no kind noun (embassies, firms a text describes), the
look-behind moved after the first letter of the described-firm pattern, the literal hint before
"the administration of President X", the pre-checks before the "Its chief executive, X" pattern
and the campaign-role pattern. End-to-end rows show the gated passes still fire.
"""

from __future__ import annotations

import re

import pytest

from briefgen.extract import names as N
from briefgen.extract.actors import extract_actors
from briefgen.extract.actors.bodies import (
    _DESCRIBED_KINDS,
    _KIND_HEADS,
    _KIND_TAILS,
    _RX_DESCRIBED,
    _RX_EMBASSY,
    _after_space,
)
from briefgen.extract.actors.groups import _RX_ADMIN_OF_HINT, _RX_ADMIN_OF_LEADER
from briefgen.extract.actors.roles import _RX_ITS_ROLE
from briefgen.section import section

TEXTS = [
    "The U.S. Embassy in Nairobi said the embassy bombings were condemned by the Commission.",
    "Britain's embassy in Moscow and the French mission to the U.N. issued a statement.",
    "The\xa0Acme\xa0newspaper chain and the Norvale mining company; the Tessaly firm confirmed.",
    "the Gannett Co. newspaper publisher, the Harbor  airline, XThe Delmont company, the-Acme firm",
    "a permission, a transmission, an admission; consulates, Consulate General, the Mission",
    "the administration of President Jane Roe and the administration  of former President Doe",
    "His administration of Prime Minister Roe. Her administration\xa0of Pres. Ann Lutz.",
    "Acme Corp. cut jobs. Its chief executive, Ann Roe, said. its finance director,  Tom Vale,",
    "The company’s network, the Globe newspaper’s owner and the Vale-based lender company.",
    "",
]

# the described-firm pattern as written before its look-behind moved after the first letter
_RX_DESCRIBED_BEFORE = re.compile(
    rf"(?<![\w-])[Tt]he[ \xa0]+([{N.UPPER}][\w’'-]*(?:[ \xa0]+[{N.UPPER}][\w’'-]*){{0,2}})"
    rf"[ \xa0]+(?:(?![a-z]+ed[ \xa0])[a-z]+[ \xa0]+)?(?:{'|'.join(_DESCRIBED_KINDS)})(?![\w-])"
)


def _cuts(text: str) -> list[tuple[int, int]]:
    n = len(text)
    return [(a, b) for a in range(0, n + 1, 7) for b in range(a, n + 1, 11)] + [(0, n)]


def _spaced(text: str, words: list[str]) -> list[int]:
    """The replaced reading: every start of a word right after a space or a no-break space."""
    rx = re.compile("(?<=[ \xa0])(?=(?:" + "|".join(map(re.escape, words)) + "))")
    return sorted({m.start() for m in rx.finditer(text)})


@pytest.mark.parametrize("text", TEXTS)
def test_after_space_finds_every_spaced_word(text: str) -> None:
    assert _after_space(text, _DESCRIBED_KINDS) == _spaced(text, list(_DESCRIBED_KINDS))
    full = [h + t for t, hs in zip(_KIND_TAILS, _KIND_HEADS) for h in hs]
    assert _after_space(text, _KIND_TAILS, _KIND_HEADS) == _spaced(text, full)


@pytest.mark.parametrize("text", TEXTS)
def test_every_embassy_and_described_match_holds_a_found_noun(text: str) -> None:
    """A sentence with no found kind noun has no match: skipping it changes nothing."""
    for rx, starts in (
        (_RX_EMBASSY, _after_space(text, _KIND_TAILS, _KIND_HEADS)),
        (_RX_DESCRIBED, _after_space(text, _DESCRIBED_KINDS)),
    ):
        for a, b in _cuts(text):
            for m in rx.finditer(text, a, b):
                assert any(a <= p < m.end() and p >= m.start() for p in starts), m


@pytest.mark.parametrize("text", TEXTS)
def test_described_pattern_unchanged_by_moved_lookbehind(text: str) -> None:
    for a, b in _cuts(text):
        got = [(m.span(), m.groups()) for m in _RX_DESCRIBED.finditer(text, a, b)]
        assert got == [(m.span(), m.groups()) for m in _RX_DESCRIBED_BEFORE.finditer(text, a, b)]


@pytest.mark.parametrize("text", TEXTS)
def test_admin_of_leader_needs_its_hint(text: str) -> None:
    if _RX_ADMIN_OF_LEADER.search(text):
        assert _RX_ADMIN_OF_HINT.search(text)


@pytest.mark.parametrize("text", TEXTS)
def test_its_role_precheck_keeps_every_match(text: str) -> None:
    """_its_roles skips a window with no "ts" or no comma before the name: never one that
    the pattern matches."""
    for first in range(len(text) + 1):
        lo = max(0, first - 52)
        if _RX_ITS_ROLE.search(text, lo, first):
            assert text.find("ts", lo, first) >= 0
            assert text[lo:first].rstrip(" \xa0").endswith(",")


def _actors(text: str) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    return {
        a.name: (a.kind, a.title, a.affiliation, a.country)
        for a in extract_actors(section(text, None))
    }


def test_gated_passes_still_fire() -> None:
    got = _actors(
        "The U.S. Embassy in Nairobi said on Friday that it had closed. "
        "An embassy spokesman declined to comment.\n\n"
        "Officials at the Norvale newspaper chain said sales fell.\n\n"
        "The administration of President Jane Roe said it would act. Roe spoke on Monday."
    )
    assert got["U.S. Embassy in Nairobi"][0] == "organization"
    assert got["Norvale"][0] == "organization"
    assert got["Roe administration"][0] == "organization"


def test_its_role_and_campaign_role_still_read() -> None:
    got = _actors(
        "Acme Corp. said it would cut 300 jobs. Its chief executive, Ann Roe, said the cuts "
        "were needed.\n\nA Vale campaign aide, Tom Lutz, said Sen. Jim Vale would win."
    )
    assert got["Ann Roe"][1:3] == ("chief executive", "Acme Corp.")
    assert got["Tom Lutz"][1:3] == ("campaign aide", "Vale campaign")
