"""The command line (SPEC §2): the only module that knows about a terminal.

It parses options (the commonest command lines itself, the rest through the Typer command in
briefgen.cli_app, imported only then), calls the library (read_input → build_brief → render),
and turns the library's BriefgenError into one line on stderr and an exit code: 0 success,
1 input or processing error, 2 usage error. Heavy modules (Typer, the pipeline, Jinja2,
WeasyPrint) are imported only when needed, so a Markdown run starts fast and never loads
WeasyPrint.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from briefgen.errors import BriefgenError, ExitStatus, OutputError, RenderError, UsageError

PROG = "briefgen"
FORMATS = ("md", "html", "json", "pdf")
PAPERS = ("a4", "letter")
EXTENSIONS = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".pdf": "pdf",
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

EPILOG = """\b
Examples:
  briefgen article.txt                      Markdown brief on stdout
  briefgen article.txt -o brief.pdf         one-page PDF (format from the extension)
  briefgen article.txt -f json | jq .views  the JSON contract (schema briefgen/1)
  pbpaste | briefgen -f html > brief.html   read the article from stdin
  briefgen article.txt --date 2024-04-15    resolve "Monday" and "April 3" against that date
  briefgen --export-templates my-templates  copy the built-in templates to edit them
  briefgen article.txt --template my-templates/brief.md.j2
  briefgen articles/ --output-dir briefs/   one brief per article (batch mode)
  briefgen --jsonl corpus.jsonl > out.jsonl JSON Lines in, one JSON brief per line out

\b
Exit status: 0 success, 1 input or processing error, 2 usage error.
"""


class _Quit(Exception):
    """End the run now with this exit status (a closed stdout pipe)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def execute(
    inputs: list[str],
    *,
    fmt: str | None = None,
    output: str | None = None,
    date: str | None = None,
    template: str | None = None,
    paper: str = "a4",
    output_dir: str | None = None,
    jsonl: bool = False,
    jobs: int | None = None,
    evidence: bool = False,
    export_templates: str | None = None,
    debug: bool = False,
    usage: Callable[[], str] | None = None,
) -> int:
    """The command's work once its options are parsed, and its exit status; a failure is one
    `briefgen: error:` line on stderr (after the usage line, from `usage`, for a missing
    input). Shared by the Typer command (briefgen.cli_app) and the fast path of main()."""
    try:
        if export_templates is not None:
            _export_templates(Path(export_templates))
            return 0
        out_dir = Path(output_dir) if output_dir is not None else None
        if not _single_file(inputs, out_dir, jsonl) and _is_batch(inputs, out_dir, jsonl):
            return run_many(
                inputs,
                fmt=fmt,
                output=output,
                output_dir=out_dir,
                jsonl=jsonl,
                jobs=jobs,
                date=date,
                template=template,
                paper=paper,
            )
        run(
            inputs,
            fmt=fmt,
            output=output,
            date=date,
            template=template,
            paper=paper,
            evidence=evidence,
        )
    except _Quit as exc:
        return exc.code
    except BriefgenError as exc:
        if debug:
            import traceback  # only here: a Markdown run does not pay for its import

            traceback.print_exc()
        return _fail(exc, usage)
    except KeyboardInterrupt:
        raise
    except MemoryError:
        if debug:
            raise
        return _fail(OutputError("out of memory", "give a shorter text"), usage)
    except Exception as exc:
        if debug:
            raise
        return _fail(_unexpected(exc, template), usage)
    return 0


def _single_file(inputs: list[str], output_dir: Path | None, jsonl: bool) -> bool:
    """The commonest call, one existing file: surely not a batch, so the batch module (and its
    process-pool imports, ~40 ms) is not loaded just to say so."""
    if jsonl or output_dir is not None or len(inputs) > 1:
        return False
    return not inputs or inputs[0] == "-" or Path(inputs[0]).is_file()


def _is_batch(inputs: list[str], output_dir: Path | None, jsonl: bool) -> bool:
    from briefgen.batch import is_batch

    return is_batch(inputs, output_dir=output_dir, jsonl=jsonl)


def run(
    inputs: list[str],
    *,
    fmt: str | None = None,
    output: str | None = None,
    date: str | None = None,
    template: str | None = None,
    paper: str = "a4",
    evidence: bool = False,
) -> None:
    """Validate the options, then read → build → render → write. Nothing is written unless
    every earlier step succeeded."""
    to_stdout = output is None or output == "-"
    fmt = _choose_format(fmt, None if to_stdout else output)
    paper = paper.lower()
    if paper not in PAPERS:
        raise UsageError(f"unknown paper size {paper!r}", "use --paper a4 or --paper letter")
    reference_date = _parse_date(date) if date is not None else None
    template_path = _check_template(template, fmt) if template is not None else None
    if fmt == "pdf" and to_stdout and _stdout_is_terminal():
        raise UsageError(
            "refusing to write a PDF to the terminal", "use -o brief.pdf or redirect stdout"
        )

    source = inputs[0] if inputs else None
    if source is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise _NoInput()
        source = "-"
    if not to_stdout:
        assert output is not None
        _check_output(Path(output), None if source == "-" else Path(source))

    from briefgen.render import render_encoded

    brief = _build(source, reference_date)
    # the bytes in pieces (a JSON brief is never one string and its bytes besides), all made
    # before any is written; the brief itself is let go first
    pieces = render_encoded(brief, fmt, template=template_path, paper=paper, evidence=evidence)
    del brief
    if to_stdout:
        _write_stdout(pieces)
    else:
        assert output is not None
        from briefgen.output import write_atomic

        write_atomic(Path(output), pieces)


def _build(source: str, reference_date: dt.date | None) -> Any:
    """Read one input and build its brief; a saved web page goes through trafilatura."""
    if source != "-" and Path(source).suffix.lower() in (".html", ".htm"):
        from briefgen.htmlinput import read_html_brief

        return read_html_brief(source, reference_date=reference_date)
    from briefgen.pipeline import build_brief
    from briefgen.read import read_input

    text, warnings, name = read_input(source)
    for warning in warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return build_brief(text, reference_date, source_name=name, warnings=warnings)


def run_many(
    inputs: list[str],
    *,
    fmt: str | None,
    output: str | None,
    output_dir: Path | None,
    jsonl: bool,
    jobs: int | None,
    date: str | None,
    template: str | None,
    paper: str,
) -> int:
    """Batch mode (several inputs, directories, globs, --output-dir, --jsonl): the batch module
    reports each failed input and returns the exit status."""
    from briefgen.batch import run_batch

    if output not in (None, "-"):
        raise UsageError("-o names one file; a batch writes many", "use --output-dir DIR")
    if fmt is not None:
        fmt = _choose_format(fmt, None)
    paper = paper.lower()
    if paper not in PAPERS:
        raise UsageError(f"unknown paper size {paper!r}", "use --paper a4 or --paper letter")
    template_path = _check_template(template, fmt or "md") if template is not None else None
    return run_batch(
        inputs,
        fmt=fmt,
        output_dir=output_dir,
        jsonl=jsonl,
        jobs=jobs,
        reference_date=_parse_date(date) if date is not None else None,
        template=template_path,
        paper=paper,
    )


class _NoInput(UsageError):
    def __init__(self) -> None:
        super().__init__("no input", "give an article file, or pipe its text in; see --help")


def _choose_format(fmt: str | None, output: str | None) -> str:
    inferred = EXTENSIONS.get(Path(output).suffix.lower()) if output else None
    if fmt is None:
        return inferred or "md"
    fmt = fmt.lower()
    if fmt == "markdown":
        fmt = "md"
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}", "use -f md, html, json or pdf")
    if inferred and inferred != fmt:
        print(
            f"{PROG}: warning: writing {fmt} to a file named {Path(output or '').name}",
            file=sys.stderr,
        )
    return fmt


def _parse_date(value: str) -> dt.date:
    if _DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise UsageError(f"--date {value!r} is not a valid date", "use YYYY-MM-DD, e.g. 2024-04-15")


def _check_template(template: str, fmt: str) -> Path:
    if fmt == "json":
        raise UsageError(
            "--template does not apply to JSON output", "drop --template or use -f md, html or pdf"
        )
    path = Path(template)
    if not path.is_file():
        what = "is a directory" if path.is_dir() else "does not exist"
        raise UsageError(f"template {template} {what}", "give a Jinja2 template file")
    return path


def _check_output(output: Path, source: Path | None) -> None:
    if output.is_dir():
        raise UsageError(f"output {output} is a directory", "give a file name, e.g. -o brief.pdf")
    if source is not None and output.exists():
        try:
            same = os.path.samefile(output, source)
        except OSError:
            same = False
        if same:
            raise UsageError(
                f"output {output} is the input file", "choose another -o path; the input is kept"
            )
    parent = output.parent
    if not parent.is_dir():
        raise OutputError(f"cannot write {output}: {parent} does not exist", "create it first")


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _write_stdout(pieces: list[bytes]) -> None:
    """Bytes to stdout (UTF-8 whatever the locale, so output is the same everywhere), piece by
    piece, each let go once written. A closed pipe (`briefgen a.txt | head -1`) ends the run
    quietly."""
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            from briefgen.output import drain

            for data in drain(pieces):
                buffer.write(data)
            buffer.flush()
        else:  # a text-only stream (some test harnesses)
            sys.stdout.write(b"".join(pieces).decode("utf-8", errors="replace"))
            sys.stdout.flush()
    except BrokenPipeError:
        from briefgen.output import silence_stdout

        silence_stdout()
        raise _Quit(0) from None


def _export_templates(directory: Path) -> None:
    try:
        from briefgen.render.templating import copy_builtin_templates
    except ImportError:
        raise RenderError(
            "this build cannot export templates", "reinstall briefgen or update it"
        ) from None
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{directory} is not a directory", "give a directory name")
    try:
        written = copy_builtin_templates(directory)
    except FileExistsError as exc:
        raise OutputError(
            f"{exc.filename or directory} already exists", "remove it or choose another directory"
        ) from None
    except OSError as exc:
        raise OutputError(
            f"cannot write to {directory}: {exc.strerror or exc}", "check the path"
        ) from None
    for path in written:
        print(path)


def _unexpected(exc: Exception, template: str | None) -> BriefgenError:
    """A one-line report for an exception no stage turned into a BriefgenError."""
    message = " ".join(str(exc).split())[:200]
    if type(exc).__module__.startswith("jinja2"):
        where = f"template {template}" if template else "the built-in template"
        return RenderError(f"{where} failed: {message}", "fix the template; run with --debug")
    kind = type(exc).__name__
    return BriefgenError(
        f"internal error: {kind}: {message}" if message else f"internal error: {kind}",
        "this is a bug; rerun with --debug and report the traceback",
    )


def _error_line(what: str, hint: str) -> None:
    print(f"{PROG}: error: {BriefgenError(what, hint).line()}", file=sys.stderr)


def _fail(exc: BriefgenError, usage: Callable[[], str] | None) -> int:
    if isinstance(exc, _NoInput) and usage is not None:
        print(usage(), file=sys.stderr)
    print(f"{PROG}: error: {exc.line()}", file=sys.stderr)
    return int(exc.exit_status)


def main(argv: list[str] | None = None) -> NoReturn:
    """Console-script entry point. Typer is imported only for a command line the fast path
    (_simple_call) declines."""
    args = sys.argv[1:] if argv is None else list(argv)
    simple = _simple_call(args)
    if simple is not None:
        sys.exit(_run_simple(*simple))
    from typer.main import get_command

    from briefgen.cli_app import app

    sys.exit(int(get_command(app).main(args=args, prog_name=PROG, standalone_mode=False) or 0))


def __getattr__(name: str) -> Any:
    """`from briefgen.cli import app` (tests, embedding): the Typer app, imported on demand."""
    if name in ("app", "command", "BriefgenCommand"):
        from briefgen import cli_app

        return getattr(cli_app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_SIMPLE_OPTIONS = {"-f": "fmt", "--format": "fmt", "-o": "output", "--output": "output"}
_SIMPLE_OPTIONS["--date"] = "date"


def _simple_call(args: list[str]) -> tuple[str, dict[str, str]] | None:
    """The commonest command lines — one existing file, optionally `-f/--format`, `-o/--output`
    and `--date`, each once and as two words — parsed here, or None for anything else.

    Importing Typer alone costs ~35 ms, an eighth of a cold start (and older Typers validate
    options through Pydantic, ~50 ms more); these calls need none of it, and run the same
    execute() as the Typer command. Anything unusual (other options, `--opt=value`, a value
    that looks like an option, stdin, several inputs, a path that is not a regular file) goes
    to Typer, which owns the parsing messages and their exit codes.
    """
    source: str | None = None
    options: dict[str, str] = {}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg.startswith("-"):
            name = _SIMPLE_OPTIONS.get(arg)
            if name is None or name in options or i + 1 >= len(args):
                return None
            value = args[i + 1]
            if not value or value.startswith("-"):
                return None
            options[name] = value
            i += 2
            continue
        if source is not None:
            return None
        source = arg
        i += 1
    if source is None or not os.path.isfile(source):
        return None
    return source, options


def _run_simple(source: str, options: dict[str, str]) -> int:
    """execute() for a _simple_call, with the exits Typer's main would give (see its _main and
    briefgen.cli_app.BriefgenCommand.main)."""
    try:
        return execute(
            [source], fmt=options.get("fmt"), output=options.get("output"), date=options.get("date")
        )
    except EOFError:
        print(file=sys.stderr)
        print(f"{PROG}: interrupted", file=sys.stderr)
        return int(ExitStatus.INTERRUPTED)
    except KeyboardInterrupt:
        return 130
