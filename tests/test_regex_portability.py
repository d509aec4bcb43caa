"""Patterns must match the same on every Python the project supports (3.11+).

CPython before 3.11.5 (Debian 12 ships 3.11.2) matches a possessive quantifier or an atomic
group wrongly when the repeated part can backtrack (gh-106052): the dates stage once found no
dates at all there. Possessive repeats of a single character or class (`\\w++`, `\\W*+`) are
safe; a possessive or atomic *group* is not, so none may appear in the code or the data.
"""

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefgen"
# ')' closing a group, then a possessive quantifier; or an atomic group.
RISKY = re.compile(r"\)(?:[*+?]|\{\d*,?\d*\})\+|\(\?>")
SOURCES = sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.json")])


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_possessive_or_atomic_group(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    hits = [text[max(0, m.start() - 30) : m.end() + 10] for m in RISKY.finditer(text)]
    assert not hits, f"possessive/atomic group (wrong before CPython 3.11.5): {hits}"


def test_the_check_sees_risky_forms() -> None:
    for risky in (r"(?:ab?c)*+", r"(?:\w+\W*)++", r"(?>a|ab)c", r"(?:x){1,3}+"):
        assert RISKY.search(risky), risky
    for safe in (r"\w++\W*+", r"(?:ab)*", r"[a-z]?+", r"\(x\)"):
        assert not RISKY.search(safe), safe


def test_head_scan_finds_heads() -> None:
    """The head scan still stops at a head after ordinary words (the case that broke)."""
    from briefgen.extract import timex

    text = "we will sign the deal in may, officials said on monday."
    assert [h[1] for h in timex._heads(text)] == ["may", "monday"]
