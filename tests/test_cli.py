"""The command line of SPEC §2: exact error lines and exit codes, formats, atomic output,
stdin, terminals, broken pipes, and that Markdown/JSON never import WeasyPrint."""

from __future__ import annotations

import ast
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT
from typer.testing import CliRunner

from briefgen import __version__
from briefgen.cli import app

runner = CliRunner()


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def error_line(result) -> str:
    """The whole stderr, which must be exactly one `briefgen: error:` line."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briefgen: error: "), result.stderr
    return lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(EXAMPLE.read_bytes())
    return path


# --- success paths -------------------------------------------------------------------------


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"briefgen {__version__}\n"


def test_help_shows_every_option_and_examples() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: briefgen [OPTIONS] [INPUT]...")
    for option in cli_options():
        assert option in result.stdout
    assert "Examples:" in result.stdout
    assert "briefgen article.txt -o brief.pdf" in result.stdout


def cli_options() -> list[str]:
    import typer.main

    command = typer.main.get_command(app)
    return [opt for p in command.params if not p.hidden for opt in p.opts if opt.startswith("-")]


def test_readme_documents_every_option() -> None:
    """Like sqlite-utils' test_docs: an option missing from the README fails the build."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [opt for opt in cli_options() if f"`{opt}" not in readme and f" {opt}" not in readme]
    assert not missing, f"README.md does not document {missing}"
    assert "INPUT" in readme


def test_markdown_is_the_default(article: Path) -> None:
    result = invoke(str(article))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert result.stderr == ""
    assert not result.stdout.lstrip().startswith("{")


def test_json_from_file_names_the_source(article: Path) -> None:
    result = invoke(str(article), "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "briefgen/1"
    assert data["source"]["name"] == "article.txt"
    assert data["source"]["chars"] == len(EXAMPLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("args", [["-"], []], ids=["dash", "no-input"])
def test_stdin(args: list[str]) -> None:
    result = invoke(*args, "-f", "json", input=EXAMPLE.read_bytes())
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["name"] is None
    assert data["source"]["chars"] == len(EXAMPLE.read_text(encoding="utf-8"))


def test_date_option_sets_the_reference_date(article: Path) -> None:
    result = invoke(str(article), "-f", "json", "--date", "2024-04-15")
    assert result.exit_code == 0, result.stderr
    article_json = json.loads(result.stdout)["article"]
    assert article_json["reference_date"] == "2024-04-15"
    assert article_json["reference_date_source"] == "option"


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("brief.json", lambda b: json.loads(b)["schema"] == "briefgen/1"),
        ("brief.html", lambda b: b"<html" in b[:500].lower()),
        ("brief.md", lambda b: b.strip() and not b.lstrip().startswith((b"{", b"<"))),
        ("brief.pdf", lambda b: b.startswith(b"%PDF-")),
    ],
)
def test_format_from_output_extension(article: Path, tmp_path: Path, name: str, check) -> None:
    out = tmp_path / name
    result = invoke(str(article), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert check(out.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["article.txt", name])


def test_explicit_format_wins_over_extension_with_a_warning(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.txt.pdf"
    result = invoke(str(article), "-f", "json", "-o", str(out))
    assert result.exit_code == 0
    json.loads(out.read_text(encoding="utf-8"))
    assert result.stderr == "briefgen: warning: writing json to a file named brief.txt.pdf\n"


def test_output_dash_is_stdout(article: Path) -> None:
    result = invoke(str(article), "-f", "json", "-o", "-")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema"] == "briefgen/1"


def test_output_keeps_existing_file_mode(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    out.write_text("old\n")
    out.chmod(0o640)
    assert invoke(str(article), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") != "old\n"
    assert out.stat().st_mode & 0o777 == 0o640


def test_paper_letter_reaches_html(article: Path) -> None:
    a4 = invoke(str(article), "-f", "html", "--paper", "a4")
    letter = invoke(str(article), "-f", "HTML", "--paper", "LETTER")
    assert a4.exit_code == letter.exit_code == 0
    assert a4.stdout != letter.stdout
    assert "letter" in letter.stdout.lower()


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_output_is_deterministic(article: Path, fmt: str) -> None:
    first = invoke(str(article), "-f", fmt, "--date", "2024-04-15")
    second = invoke(str(article), "-f", fmt, "--date", "2024-04-15")
    assert first.exit_code == 0
    assert first.stdout_bytes == second.stdout_bytes


def test_cp1252_input_warns_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Caf\u00e9 talks resumed in Paris on Monday, officials said.\n".encode("cp1252")
    )
    result = invoke(str(path), "-f", "json")
    assert result.exit_code == 0
    assert result.stderr == "briefgen: warning: input is not UTF-8; read as Windows-1252\n"
    assert "input is not UTF-8; read as Windows-1252" in json.loads(result.stdout)["warnings"]


# --- usage errors: exit 2 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["-f", "docx"],
            "briefgen: error: unknown format 'docx' (use -f md, html, json or pdf)",
        ),
        (
            ["--date", "2024-13-01"],
            (
                "briefgen: error: --date '2024-13-01' is not a valid date "
                "(use YYYY-MM-DD, e.g. 2024-04-15)"
            ),
        ),
        (
            ["--date", "15/04/2024"],
            (
                "briefgen: error: --date '15/04/2024' is not a valid date "
                "(use YYYY-MM-DD, e.g. 2024-04-15)"
            ),
        ),
        (
            ["--paper", "a3"],
            "briefgen: error: unknown paper size 'a3' (use --paper a4 or --paper letter)",
        ),
        (
            ["--template", "no-such.j2"],
            "briefgen: error: template no-such.j2 does not exist (give a Jinja2 template file)",
        ),
        (
            ["-f", "json", "--template", "README.md"],
            (
                "briefgen: error: --template does not apply to JSON output "
                "(drop --template or use -f md, html or pdf)"
            ),
        ),
        (
            ["--no-such-option"],
            "briefgen: error: no such option: --no-such-option (see briefgen --help)",
        ),
        (["-f"], "briefgen: error: option '-f' requires an argument (see briefgen --help)"),
    ],
)
def test_usage_errors(
    args: list[str], line: str, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = invoke(str(article), *args)
    assert result.exit_code == 2
    assert error_line(result) == line
    assert result.stdout == ""


def test_several_inputs_are_a_batch(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Second headline\n\nThe minister said the talks would resume.\n")
    result = invoke(str(article), str(other), "-j", "1")
    assert result.exit_code == 0
    assert result.stdout.count("## Bottom line") == 2
    assert result.stderr.splitlines()[-1].startswith("briefgen: 2 done, 0 failed in ")


def test_a_batch_refuses_one_output_file(article: Path, tmp_path: Path) -> None:
    result = invoke(str(article), str(article), "-o", str(tmp_path / "x.md"))
    assert result.exit_code == 2
    assert error_line(result) == (
        "briefgen: error: -o names one file; a batch writes many (use --output-dir DIR)"
    )


def test_output_never_overwrites_the_input(article: Path) -> None:
    before = article.read_bytes()
    result = invoke(str(article), "-o", str(article))
    assert result.exit_code == 2
    assert "is the input file" in error_line(result)
    assert article.read_bytes() == before


def test_output_to_a_directory_is_refused(article: Path, tmp_path: Path) -> None:
    result = invoke(str(article), "-o", str(tmp_path))
    assert result.exit_code == 2
    assert error_line(result) == (
        f"briefgen: error: output {tmp_path} is a directory (give a file name, e.g. -o brief.pdf)"
    )


# --- input and processing errors: exit 1 ---------------------------------------------------


def test_missing_file() -> None:
    result = invoke("no/such/article.txt")
    assert result.exit_code == 1
    assert (
        error_line(result) == "briefgen: error: no such file: no/such/article.txt (check the path)"
    )


def test_empty_directory_input(tmp_path: Path) -> None:
    result = invoke(str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"briefgen: error: {tmp_path}: no .txt, .md or .html files in this directory (check the path)"
    )


def test_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("")
    result = invoke(str(path))
    assert result.exit_code == 1
    assert (
        error_line(result)
        == "briefgen: error: input is empty (give a file with the article's text)"
    )


def test_missing_output_directory_leaves_nothing(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "brief.md"
    result = invoke(str(article), "-o", str(out))
    assert result.exit_code == 1
    assert error_line(result) == (
        f"briefgen: error: cannot write {out}: {out.parent} does not exist (create it first)"
    )
    assert not out.parent.exists()


def test_failed_render_leaves_old_output_and_no_temp_files(article: Path, tmp_path: Path) -> None:
    template = tmp_path / "broken.md.j2"
    template.write_text("{{ brief.no_such_field.deeper }}\n{% if %}\n")
    out = tmp_path / "brief.md"
    out.write_text("old brief\n")
    result = invoke(str(article), "-o", str(out), "--template", str(template))
    assert result.exit_code == 1
    assert "template" in error_line(result)
    assert out.read_text() == "old brief\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "brief.md", "broken.md.j2"]


def test_unexpected_exception_is_one_line_and_debug_shows_traceback(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefgen.pipeline

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("stage exploded\nsecond line")

    monkeypatch.setattr(briefgen.pipeline, "build_brief", boom)
    result = invoke(str(article))
    assert result.exit_code == 1
    assert error_line(result) == (
        "briefgen: error: internal error: RuntimeError: stage exploded second line "
        "(this is a bug; rerun with --debug and report the traceback)"
    )
    debug = invoke(str(article), "--debug")
    assert debug.exit_code != 0
    assert isinstance(debug.exception, RuntimeError)


def test_debug_prints_traceback_for_input_errors() -> None:
    result = invoke("no-such-file.txt", "--debug")
    assert result.exit_code == 1
    assert "Traceback" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("briefgen: error: no such file")


# --- templates -----------------------------------------------------------------------------


def test_export_templates_then_use_one(article: Path, tmp_path: Path) -> None:
    templating = pytest.importorskip("briefgen.render.templating")
    if not hasattr(templating, "copy_builtin_templates"):
        pytest.skip("copy_builtin_templates is not there yet")
    target = tmp_path / "tpl"
    result = invoke("--export-templates", str(target))
    assert result.exit_code == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines()]
    assert written and all(p.is_file() for p in written)
    md_templates = sorted(target.rglob("*.md.j2"))
    assert md_templates
    custom = invoke(str(article), "--template", str(md_templates[0]))
    assert custom.exit_code == 0, custom.stderr
    assert custom.stdout == invoke(str(article)).stdout


def test_custom_markdown_template(article: Path, tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text("CUSTOM {{ brief.source.words }} words\n")
    result = invoke(str(article), "--template", str(template))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("CUSTOM ")
    assert re.fullmatch(r"CUSTOM \d+ words\n?", result.stdout)


# --- subprocess: terminals, pipes, imports, python -m --------------------------------------

PYTHON = sys.executable


def run_cli(args: list[str], **kwargs) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [PYTHON, "-m", "briefgen", *args],
        check=False,
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        **kwargs,
    )


def test_python_dash_m() -> None:
    result = run_cli([str(EXAMPLE), "-f", "json"])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema"] == "briefgen/1"


def test_no_input_on_a_terminal_prints_usage_and_exits_2() -> None:
    master, slave = pty.openpty()
    try:
        result = subprocess.run(
            [PYTHON, "-m", "briefgen"],
            check=False,
            stdin=slave,
            capture_output=True,
            timeout=60,
            cwd=ROOT,
        )
    finally:
        os.close(master)
        os.close(slave)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "Usage: briefgen [OPTIONS] [INPUT]...",
        "briefgen: error: no input (give an article file, or pipe its text in; see --help)",
    ]


def test_pdf_to_a_terminal_is_refused() -> None:
    master, slave = pty.openpty()
    try:
        result = subprocess.run(
            [PYTHON, "-m", "briefgen", str(EXAMPLE), "-f", "pdf"],
            check=False,
            stdout=slave,
            stderr=subprocess.PIPE,
            timeout=60,
            cwd=ROOT,
        )
    finally:
        os.close(master)
        os.close(slave)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "briefgen: error: refusing to write a PDF to the terminal "
        "(use -o brief.pdf or redirect stdout)\n"
    )


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    paragraph = EXAMPLE.read_text(encoding="utf-8").split("\n", 3)[-1]
    big.write_text(paragraph * 40, encoding="utf-8")
    proc = subprocess.Popen(
        [PYTHON, "-m", "briefgen", str(big), "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert stderr == b""


def _packages_imported(code: str, packages: tuple[str, ...]) -> list[str]:
    """Run `code` in a fresh interpreter; the modules of `packages` it left imported."""
    report = (
        "import sys\nsys.stderr.write(repr(sorted("
        f"m for m in sys.modules if m.split('.')[0] in {packages!r})))\n"
    )
    result = subprocess.run(
        [PYTHON, "-c", code + report], capture_output=True, timeout=60, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    return list(ast.literal_eval(result.stderr.decode()))


# Run main() in the child; a clean exit is the only SystemExit allowed.
_MAIN = (
    "from briefgen.cli import main\n"
    "try:\n"
    "    main({args!r})\n"
    "except SystemExit as exc:\n"
    "    assert exc.code == 0, exc.code\n"
)


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_markdown_and_json_never_import_weasyprint(fmt: str) -> None:
    code = _MAIN.format(args=[str(EXAMPLE), "-f", fmt])
    assert _packages_imported(code, ("weasyprint", "pydyf", "tinycss2", "cssselect2")) == []


def test_library_never_imports_typer() -> None:
    code = (
        "import briefgen\n"
        f"text = open({str(EXAMPLE)!r}, encoding='utf-8').read()\n"
        "brief = briefgen.build_brief(text, '2024-04-15')\n"
        "briefgen.render(brief, 'md'); briefgen.render(brief, 'json')\n"
    )
    assert _packages_imported(code, ("typer", "click", "weasyprint")) == []


# --- the fast path: main() parses the commonest command lines without Typer ----------------


def test_the_commonest_command_line_never_imports_typer(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    code = _MAIN.format(args=[str(EXAMPLE), "-o", str(out), "--date", "2024-04-15"])
    assert _packages_imported(code, ("typer", "click", "pydantic")) == []
    assert out.read_bytes().strip()


FAST_CASES = {
    "md-stdout": ["{article}"],
    "json": ["{article}", "-f", "json", "--date", "2024-04-15"],
    "md-file": ["{article}", "--output", "{tmp}/brief.md"],
    "format-vs-extension": ["{article}", "-f", "json", "-o", "{tmp}/brief.md"],
    "unknown-format": ["{article}", "-f", "docx"],
    "bad-date": ["{article}", "--date", "2024-02-30"],
    "output-is-input": ["{article}", "-o", "{article}"],
    "output-is-a-directory": ["{article}", "-o", "{tmp}"],
    "output-directory-missing": ["{article}", "-o", "{tmp}/missing/brief.md"],
    "empty-input": ["{tmp}/empty.txt", "-f", "json"],
    "binary-input": ["{tmp}/binary.txt"],
}


@pytest.mark.parametrize("case", sorted(FAST_CASES))
def test_fast_path_and_typer_command_agree(
    case: str, article: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Same output, messages and exit status whichever path parses the command line."""
    from briefgen import cli

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    args = [a.format(article=article, tmp=tmp_path) for a in FAST_CASES[case]]
    assert cli._simple_call(args) is not None

    def written() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(tmp_path.iterdir()) if p.is_file()}

    with pytest.raises(SystemExit) as exc:
        cli.main(args)
    fast = capsysbinary.readouterr()
    fast_files = written()
    for name in fast_files:
        if name not in ("article.txt", "empty.txt", "binary.txt"):
            (tmp_path / name).unlink()
    typer_result = invoke(*args)
    assert (exc.value.code, fast.out, fast.err.decode()) == (
        typer_result.exit_code,
        typer_result.stdout_bytes,
        typer_result.stderr,
    )
    assert written() == fast_files
