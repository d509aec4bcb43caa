"""Hostile input (issue 8): every case ends with exit 0 and a brief that keeps the contract, or
exit 1 and one line naming the problem — never a traceback, never a hang.

Cases run in-process through Typer's CliRunner (fast); a SIGALRM guard turns a hang into a
failure. The guard raises a BaseException so the CLI's last-resort handler cannot swallow it."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_json_contract import check_contract
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import InputError
from briefgen.read import read_input

SECONDS = 20


class Hang(BaseException):
    pass


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"no answer within {SECONDS} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


SENTENCE = "The minister said on Monday that talks would resume in Geneva. "

CASES: dict[str, Callable[[], bytes]] = {
    "empty": lambda: b"",
    "whitespace": lambda: b" \n\n\t  \r\n \n",
    "one word": lambda: b"Hello",
    "one word no newline unicode": lambda: "Caf\u00e9".encode(),
    "binary": lambda: bytes(range(256)) * 64,
    "nul bytes in text": lambda: b"Talks resumed.\x00\x00\x00 Officials said.\n",
    "invalid utf-8": lambda: b"Talks \xff\xfe\xfa resumed \xc3\x28 in \xa0 Paris.\n" * 20,
    "utf-16 with bom": lambda: (SENTENCE * 20).encode("utf-16"),
    "utf-16 without bom": lambda: (SENTENCE * 20).encode("utf-16-le"),
    "utf-16 be without bom": lambda: (SENTENCE * 20).encode("utf-16-be"),
    "html pasted": lambda: (
        b"<html><body><h1>Talks resume</h1><p>" + SENTENCE.encode() * 3 + b"</p>"
        b"<p>&ldquo;We agreed,&rdquo; she said.</p><script>alert(1)</script></body></html>"
    ),
    "no sentence punctuation": lambda: (
        "officials from the ministry met the delegation on monday and talked about trade " * 200
    ).encode(),
    "200k single line": lambda: (SENTENCE * 3200)[:200_000].encode(),
    "200k no spaces": lambda: b"x" * 200_000,
    "10k quote marks": lambda: ('"' * 10_000).encode(),
    "10k curly quotes with words": lambda: ("\u201c word \u201d " * 5_000).encode(),
    "10k unbalanced opening quotes": lambda: (
        "\u201cThe deal is done, he said. " * 2_000 + "\n"
    ).encode(),
    "unbalanced brackets": lambda: ("((([[[{{{ The minister (said on Monday. " * 500).encode(),
    "closing brackets": lambda: (")))]]]}}} talks resumed\u201d\u2019 on Tuesday. " * 500).encode(),
    "capitalised run": lambda: (" ".join(["Very Important Ministry Of State"] * 5_000)).encode(),
    # One 200k "sentence" with dates and cue words in it: every per-sentence rule must stay
    # linear (this once took minutes).
    "capitalised clauses, no full stop": lambda: (
        "The Minister Of State Said That The Talks Will Resume On Monday, " * 3_000
    ).encode(),
    "capitalised run with punctuation": lambda: ("Mr. Dr. Gen. U.S. No. Jan. " * 5_000).encode(),
    "rtl arabic": lambda: (
        "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 "
        "\u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0623\u0646\u0641. "
        * 50
    ).encode(),
    "mixed scripts and bidi controls": lambda: (
        "Prime Minister \u202b\u05e0\u05ea\u05e0\u05d9\u05d4\u05d5\u202c said in \u6771\u4eac "
        "on Monday that \u00abcooperation\u00bb with \u0420\u043e\u0441\u0441\u0438\u044f "
        "will \u201cdeepen,\u201d officials said.\n" * 50
    ).encode(),
    "emoji": lambda: (
        "\U0001f1fa\U0001f1f8 President \U0001f44d said \U0001f600 \u201cWe will act "
        "\U0001f525 by 2025,\u201d aides said. \U0001f469\u200d\U0001f52c\n" * 50
    ).encode(),
    "combining marks": lambda: ("Cafe\u0301 Zu\u0308rich " * 1000 + ".").encode(),
    "only invisible characters": lambda: "\u200b\u200c\u00ad\u2060\ufeff\n".encode() * 100,
    "crlf and form feeds": lambda: (SENTENCE + "\r\n\f\v").encode() * 200,
    "very long word list lines": lambda: ("Minister\n" * 20_000).encode(),
}


def run(path: Path, fmt: str):
    return CliRunner().invoke(app, [str(path), "-f", fmt, "--date", "2024-04-15"])


def assert_one_error_line(result) -> None:
    assert result.exit_code == 1, (result.exit_code, result.stderr)
    lines = result.stderr.splitlines()
    errors = [line for line in lines if not line.startswith("briefgen: warning: ")]
    assert len(errors) == 1 and errors[0].startswith("briefgen: error: "), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input(name: str, tmp_path: Path) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(CASES[name]())
    result = run(path, "json")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    if result.exit_code == 0:
        text, _, _ = read_input(path)
        check_contract(json.loads(result.stdout), text)
        md = run(path, "md")
        assert md.exit_code == 0, md.stderr
        assert md.stdout.strip()
    else:
        assert_one_error_line(result)


def test_twenty_megabytes_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(20 * 1024 * 1024)  # sparse: no time spent writing
    result = run(path, "md")
    assert_one_error_line(result)
    assert "too large" in result.stderr


def test_twenty_megabytes_of_text_on_stdin_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["-", "-f", "json"], input=SENTENCE.encode() * 330_000)
    assert_one_error_line(result)
    assert "too large" in result.stderr


def test_directory_missing_and_unreadable(tmp_path: Path) -> None:
    assert_one_error_line(run(tmp_path, "md"))
    assert_one_error_line(run(tmp_path / "missing.txt", "md"))
    locked = tmp_path / "locked.txt"
    locked.write_text(SENTENCE)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: chmod does not stop reading")
        assert_one_error_line(run(locked, "md"))
    finally:
        locked.chmod(0o644)


def test_html_gets_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(CASES["html pasted"]())
    result = run(path, "json")
    assert result.exit_code == 0
    warnings = json.loads(result.stdout)["warnings"]
    assert any("HTML" in w for w in warnings)
    assert "alert(1)" not in result.stdout
    assert "<script" not in result.stdout


def test_input_error_is_what_the_reader_raises(tmp_path: Path) -> None:
    path = tmp_path / "bin.dat"
    path.write_bytes(CASES["binary"]())
    with pytest.raises(InputError):
        read_input(path)
