"""Output written in pieces (issue 8, memory): the CLI writes a JSON brief as it is encoded,
piece by piece, and the bytes are exactly those of render() in every format."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT

from briefgen import build_brief, render
from briefgen.errors import OutputError
from briefgen.output import drain, write_atomic
from briefgen.read import read_input
from briefgen.render import render_encoded
from briefgen.render.json import iter_json, render_json

sys.path.insert(0, str(ROOT / "benchmarks"))
from mem_dense import text_for

# invented news, with the shapes a brief's JSON writes differently: an empty list, a quote,
# a date, a commitment, names with accents and quotation marks
NEWS = (
    "Ports Plan Wins Backing\n\nBy Ana Ruiz\n\nLISBON, March 3 (Wire) - Dr. Ana Ruiz, the "
    "Minister of Health, said on Monday that the government will open three clinics by June.\n\n"
    "\u201cWe will act,\u201d said Sen. Bob Ames (D-Ohio). Jos\u00e9 Ferr\u00e3o said the talks "
    "would resume in April.\n"
)


def _briefs() -> list[object]:
    texts = [EXAMPLE.read_text(encoding="utf-8"), NEWS, "", text_for("poss_role", 20_000)]
    return [build_brief(t, "2024-04-15") for t in texts]


BRIEFS = _briefs()


@pytest.mark.parametrize("chunks", [1, 7, 1024])
@pytest.mark.parametrize("i", range(len(BRIEFS)))
def test_pieces_join_to_render_json(i: int, chunks: int) -> None:
    pieces = list(iter_json(BRIEFS[i], chunks))  # type: ignore[arg-type]
    assert "".join(pieces) == render_json(BRIEFS[i])  # type: ignore[arg-type]
    if chunks == 1 and i == 3:
        assert len(pieces) > 100  # a dense brief really comes in many pieces


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_encoded_pieces_are_render_bytes(fmt: str) -> None:
    for brief in BRIEFS:
        got = b"".join(render_encoded(brief, fmt))  # type: ignore[arg-type]
        assert got == render(brief, fmt).encode("utf-8")  # type: ignore[arg-type, union-attr]


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_cli_output_is_render_output(fmt: str, tmp_path: Path) -> None:
    article = tmp_path / "dense.txt"
    article.write_text(NEWS + "\n" + text_for("persons", 30_000), encoding="utf-8")
    text, warnings, name = read_input(str(article))
    expected = render(build_brief(text, "2024-04-15", source_name=name, warnings=warnings), fmt)
    out = tmp_path / f"brief.{fmt}"
    base = [sys.executable, "-m", "briefgen", str(article), "--date", "2024-04-15", "-f", fmt]
    stdout = subprocess.run(base, capture_output=True, check=True, cwd=ROOT).stdout
    subprocess.run([*base, "-o", str(out)], check=True, cwd=ROOT)
    assert isinstance(expected, str)
    assert stdout == expected.encode("utf-8")
    assert out.read_bytes() == expected.encode("utf-8")


def test_drain_hands_out_in_order_and_empties() -> None:
    pieces = [b"a", b"b", b"c"]
    got = []
    for p in drain(pieces):
        got.append((p, len(pieces)))
    assert got == [(b"a", 2), (b"b", 1), (b"c", 0)]


def test_write_atomic_writes_pieces(tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    write_atomic(out, [b"{\n", "\u00e9".encode(), b"}\n"])
    assert out.read_bytes() == b"{\n\xc3\xa9}\n"
    write_atomic(out, "text")
    assert out.read_bytes() == b"text"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "brief.json"
    out.write_bytes(b"old")

    def fail(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(out, [b"new ", b"brief"])
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]
