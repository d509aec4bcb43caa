"""Licence guard: no text of ../shared (gold articles, seed, TempEval-3, PolNeAR) is copied into
the repository. A file fails when any run of SHINGLE consecutive words of it (the whole file
text split on whitespace: string literals, comments and code alike) occurs verbatim in a shared
text split the same way. Skipped when ../shared is absent.

Words are compared case-folded, with punctuation at their edges dropped (quote marks, brackets,
commas, full stops, dashes) and "\\n"/"\\uXXXX" escapes decoded, so that a copied string
literal ('"We will ...",'), a clipped sentence or a JSON-escaped apostrophe does not hide a run;
punctuation inside words ("co-operate", "1,500", "4:56") is kept.

The shared texts are read once per session into a set of hashed SHINGLE-word shingles (about a
million), so each repository file costs one pass over its own words.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

SHINGLE = 7
SCANNED_DIRS = ("briefgen", "templates", "tests", "benchmarks", "docs")
SCANNED_FILES = ("README.md",)
SKIPPED_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".pdf", ".pyc", ".ttf", ".otf", ".woff"}

# Gazetteers of world facts (official names of countries, organisations and places, e.g.
# "Democratic Republic of the Congo", "Organization of the Petroleum Exporting Countries"):
# long names like these appear verbatim in any news text and are not anyone's prose.
GAZETTEERS = {
    "briefgen/data/countries.json",
    "briefgen/data/organizations.json",
    "briefgen/data/places.json",
}

# Runs allowed although a shared text has them: generic multi-word names only (a run is the
# normalised SHINGLE words, as copied_runs reports it), each with the reason. Empty for now.
ALLOWED_RUNS: set[str] = set()

THIS_FILE = "tests/test_no_corpus_text.py"
_EDGE = string.punctuation + "\u201c\u201d\u2018\u2019\u2014\u2013\u2026\u00ab\u00bb\u2022"
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\[ntr]")


def words_of(text: str) -> list[str]:
    """The text's words as the guard compares them (see the module docstring)."""
    text = _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else " ", text)
    return [w for w in (t.strip(_EDGE).casefold() for t in text.split()) if w]


def _shared_texts() -> Iterator[str]:
    for pattern in ("gold/articles/*.txt", "seed/*.txt", "corpora/polnear/*/text/*.txt"):
        for path in sorted(SHARED.glob(pattern)):
            yield path.read_text(encoding="utf-8", errors="replace")
    for path in sorted(SHARED.glob("corpora/te3-train/*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)["text"]


def _shingles(words: list[str]) -> Iterator[tuple[int, str]]:
    for i in range(len(words) - SHINGLE + 1):
        s = " ".join(words[i : i + SHINGLE])
        yield hash(s), s


@lru_cache(maxsize=1)
def _shared_index() -> tuple[frozenset[int], str]:
    """Hashes of every shingle in the shared texts, and their whitespace-normalised text (to
    confirm a hit, so a hash collision can never fail a file)."""
    hashes: set[int] = set()
    joined: list[str] = []
    for text in _shared_texts():
        words = words_of(text)
        hashes.update(h for h, _ in _shingles(words))
        joined.append(" ".join(words))
    return frozenset(hashes), "\n".join(joined)


def _repo_files() -> list[str]:
    out = []
    for d in SCANNED_DIRS:
        for path in sorted((ROOT / d).rglob("*")):
            rel = path.relative_to(ROOT).as_posix()
            if (
                path.is_file()
                and "__pycache__" not in path.parts
                and path.suffix.lower() not in SKIPPED_SUFFIXES
                and rel not in GAZETTEERS
                and rel != THIS_FILE
            ):
                out.append(rel)
    out += [f for f in SCANNED_FILES if (ROOT / f).is_file()]
    return out


def _read_text(path: Path) -> str | None:
    """The file as text, or None for a binary file."""
    data = path.read_bytes()
    if b"\0" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def copied_runs(text: str) -> list[str]:
    """The SHINGLE-word runs of `text` found verbatim in a shared text, first occurrences only."""
    hashes, joined = _shared_index()
    found: list[str] = []
    for h, s in _shingles(words_of(text)):
        if h in hashes and s not in found and s not in ALLOWED_RUNS and s in joined:
            found.append(s)
    return found


@pytest.mark.parametrize("rel", _repo_files())
def test_no_run_of_words_copied_from_shared_texts(rel: str, needs_shared: Path) -> None:
    text = _read_text(ROOT / rel)
    if text is None:
        pytest.skip("binary file")
    runs = copied_runs(text)
    assert not runs, f"{rel}: {len(runs)} run(s) of {SHINGLE} words copied, e.g. {runs[:5]}"


def test_the_guard_sees_a_copied_run(needs_shared: Path) -> None:
    """The check itself works: a run taken from a shared text at run time is found (and
    whitespace differences do not hide it); invented prose is not."""
    text = next(t for t in _shared_texts() if len(t.split()) > 40)
    words = text.split()[20 : 20 + SHINGLE]
    want = [" ".join(words_of(" ".join(words)))]
    assert copied_runs("x\n" + "  ".join(words) + "\ny") == want
    assert copied_runs('x = ("' + " ".join(words).upper() + '")') == want
    invented = "The harbour board of Tamsworth agreed on Monday to paint every crane blue."
    assert copied_runs(invented) == []
