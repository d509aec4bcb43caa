"""Every real article in ../shared/corpora (PolNeAR train and dev, TempEval-3 TimeBank and
AQUAINT: about 1,180 texts) gives a brief that keeps the JSON contract, spans included.

Rules meet shapes of real copy that no invented table foresees; a crash on one of them once
slipped through the golden tables. Read from ../shared, never copied; skipped when absent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SHARED
from test_json_contract import check_contract

from briefgen import build_brief, render

CORPORA = SHARED / "corpora"


def _polnear(split: str) -> Iterator[tuple[str, str, str | None]]:
    for path in sorted((CORPORA / "polnear" / split / "text").glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8"), None


def _timeml(part: str) -> Iterator[tuple[str, str, str | None]]:
    path = CORPORA / "te3-train" / f"train_{part}.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        yield doc["doc"], doc["text"], doc["dct"][:10]  # the DCT may carry a time of day


SOURCES = {
    "polnear-train": lambda: _polnear("train"),
    "polnear-dev": lambda: _polnear("dev"),
    "timebank": lambda: _timeml("timebank"),
    "aquaint": lambda: _timeml("aquaint"),
}


@pytest.mark.parametrize("corpus", sorted(SOURCES))
def test_every_corpus_article_keeps_the_contract(corpus: str) -> None:
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is absent")
    failures: list[str] = []
    count = 0
    for name, text, dct in SOURCES[corpus]():
        count += 1
        try:
            check_contract(json.loads(render(build_brief(text, dct), "json")), text)
        except Exception as exc:  # noqa: BLE001 - collect every failing article, then report
            failures.append(f"{name}: {type(exc).__name__}: {str(exc)[:200]}")
    assert count, f"no texts found for {corpus}"
    assert not failures, f"{len(failures)} of {count} articles failed:\n" + "\n".join(failures[:10])


def test_sources_point_at_real_folders() -> None:
    """The corpus layout this test reads is the one ../shared/corpora/README.md describes."""
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is absent")
    assert (CORPORA / "polnear" / "train" / "text").is_dir()
    assert Path(CORPORA / "te3-train" / "train_timebank.jsonl").is_file()
