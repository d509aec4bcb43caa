"""Shared fixtures: the bundled example and, when present, ../shared (gold briefs and corpora)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "iraq-us-partnership.txt"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.gold.json")) if GOLD.is_dir() else []


def gold_text(gold_path: Path) -> str:
    """The article text a gold file points at (read from ../shared, never copied)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return (gold_path.parent / gold["text_file"]).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def needs_shared() -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared is absent")
    return SHARED
