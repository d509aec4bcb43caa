"""The command line (SPEC §2): the only module that knows about a terminal.

It parses options, calls the library (read_input → build_brief → render), and turns the
library's BriefgenError into one line on stderr and an exit code: 0 success, 1 input or
processing error, 2 usage error. Heavy modules (the pipeline, Jinja2, WeasyPrint) are imported
only when the chosen format needs them, so a Markdown run starts fast and never loads WeasyPrint.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import traceback
from pathlib import Path
from typing import Annotated, Any, NoReturn, cast

import typer

try:  # Typer ≥ 0.20 ships its own copy of Click
    from typer._click.exceptions import ClickException
    from typer._click.exceptions import UsageError as ClickUsageError
except ImportError:  # pragma: no cover — older Typer on top of Click
    from click.exceptions import ClickException  # type: ignore[no-redef,assignment]
    from click.exceptions import UsageError as ClickUsageError  # type: ignore[no-redef,assignment]

from briefgen import __version__
from briefgen.errors import BriefgenError, ExitStatus, OutputError, RenderError, UsageError
from briefgen.output import silence_stdout, write_atomic

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


class BriefgenCommand(typer.core.TyperCommand):
    """Runs Click without its standalone error handling so that every error, including a
    command-line parsing error, becomes one `briefgen: error:` line and the SPEC's exit code."""

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            code = super().main(
                args=args,
                prog_name=PROG,  # not the test runner's or the module's name
                complete_var=complete_var,
                standalone_mode=False,
                **extra,
            )
        except ClickUsageError as exc:
            _error_line(_click_usage_message(exc), "see briefgen --help")
            code = ExitStatus.USAGE
        except typer.Abort:
            print(f"{PROG}: interrupted", file=sys.stderr)
            code = ExitStatus.INTERRUPTED
        except ClickException as exc:
            _error_line(exc.format_message(), "")
            code = exc.exit_code
        if not standalone_mode:
            return code
        sys.exit(int(code or 0))


def _click_usage_message(exc: Any) -> str:
    """Click's message, lower-cased first letter and without trailing period, e.g.
    "no such option: --fromat"."""
    msg = " ".join(str(exc.format_message()).split()).rstrip(".")
    return msg[:1].lower() + msg[1:]


app = typer.Typer(
    name=PROG,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _version(value: bool) -> None:
    if value:
        print(f"{PROG} {__version__}")
        raise typer.Exit()


@app.command(cls=BriefgenCommand, epilog=EPILOG)
def command(
    ctx: typer.Context,
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT",
            help="Article text file, or - for stdin (default: stdin when it is not a terminal).",
            show_default=False,
            hidden=True,  # Typer would print "<list[str]>"; the docstring describes INPUT
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "-f",
            "--format",
            metavar="md|html|json|pdf",
            help="Output format (default: md, or the -o file's extension).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="PATH",
            help="Write to PATH instead of stdout (- is stdout). Written atomically.",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="The article's publication date, used to resolve relative and year-less "
            "dates; overrides a date found in the text.",
            show_default=False,
        ),
    ] = None,
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            metavar="FILE",
            help="A Jinja2 template to use instead of the built-in one for the format.",
            show_default=False,
        ),
    ] = None,
    paper: Annotated[
        str,
        typer.Option("--paper", metavar="a4|letter", help="Page size for html and pdf."),
    ] = "a4",
    output_dir: Annotated[
        str | None,
        typer.Option(
            "--output-dir",
            metavar="DIR",
            help="Batch mode: write one brief per input into DIR, named after the input.",
            show_default=False,
        ),
    ] = None,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help='Batch mode: read JSON Lines records {"id", "text", "date"?} from INPUT or '
            "stdin and write one JSON brief per line.",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "-j",
            "--jobs",
            metavar="N",
            help="Batch mode: worker processes (default: the number of cores).",
            show_default=False,
        ),
    ] = None,
    evidence: Annotated[
        bool,
        typer.Option(
            "--evidence",
            help="HTML: add an appendix with each item's source paragraph, span highlighted.",
        ),
    ] = False,
    export_templates: Annotated[
        str | None,
        typer.Option(
            "--export-templates",
            metavar="DIR",
            help="Copy the built-in templates into DIR (to edit and use with --template), "
            "then exit.",
            show_default=False,
        ),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback when something fails.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Show the version and exit.", callback=_version, is_eager=True
        ),
    ] = False,
) -> None:
    """Turn a news article (plain text) into a one-page structured policy brief:
    actors, timeline, commitments and views, each traceable to the sentence it came from.

    INPUT is the article's text file, or - for stdin; with no INPUT, briefgen reads stdin
    when it is not a terminal."""
    try:
        if export_templates is not None:
            _export_templates(Path(export_templates))
            return
        out_dir = Path(output_dir) if output_dir is not None else None
        if not _single_file(inputs or [], out_dir, jsonl) and _is_batch(
            inputs or [], out_dir, jsonl
        ):
            raise typer.Exit(
                run_many(
                    inputs or [],
                    fmt=fmt,
                    output=output,
                    output_dir=out_dir,
                    jsonl=jsonl,
                    jobs=jobs,
                    date=date,
                    template=template,
                    paper=paper,
                )
            )
        run(
            inputs or [],
            fmt=fmt,
            output=output,
            date=date,
            template=template,
            paper=paper,
            evidence=evidence,
        )
    except BriefgenError as exc:
        if debug:
            traceback.print_exc()
        _fail(exc, ctx)
    except (KeyboardInterrupt, typer.Exit, ClickException):
        raise
    except MemoryError:
        if debug:
            raise
        _fail(OutputError("out of memory", "give a shorter text"), ctx)
    except Exception as exc:
        if debug:
            raise
        _fail(_unexpected(exc, template), ctx)


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

    from briefgen.render import render

    brief = _build(source, reference_date)
    rendered = render(brief, fmt, template=template_path, paper=paper, evidence=evidence)
    data = rendered.encode("utf-8") if isinstance(rendered, str) else rendered
    if to_stdout:
        _write_stdout(data)
    else:
        assert output is not None
        write_atomic(Path(output), data)


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


def _write_stdout(data: bytes) -> None:
    """Bytes to stdout (UTF-8 whatever the locale, so output is the same everywhere). A closed
    pipe (`briefgen a.txt | head -1`) ends the run quietly."""
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:  # a text-only stream (some test harnesses)
            sys.stdout.write(data.decode("utf-8", errors="replace"))
            sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        raise typer.Exit(0) from None


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


def _fail(exc: BriefgenError, ctx: typer.Context) -> NoReturn:
    if isinstance(exc, _NoInput):
        print(ctx.get_usage(), file=sys.stderr)
    print(f"{PROG}: error: {exc.line()}", file=sys.stderr)
    raise typer.Exit(int(exc.exit_status))


def main(argv: list[str] | None = None) -> NoReturn:
    """Console-script entry point."""
    args = sys.argv[1:] if argv is None else list(argv)
    simple = _simple_call(args)
    if simple is not None:
        sys.exit(_run_simple(*simple))
    get_command = typer.main.get_command
    sys.exit(int(get_command(app).main(args=args, prog_name=PROG, standalone_mode=False) or 0))


_SIMPLE_OPTIONS = {"-f": "fmt", "--format": "fmt", "-o": "output", "--output": "output"}
_SIMPLE_OPTIONS["--date"] = "date"


def _simple_call(args: list[str]) -> tuple[str, dict[str, str]] | None:
    """The commonest command lines — one existing file, optionally `-f/--format`, `-o/--output`
    and `--date`, each once and as two words — parsed here, or None for anything else.

    Typer (≥ 0.2x) validates every option through Pydantic, whose import and adapters cost
    ~50 ms, a sixth of a cold start; these calls need none of it. Anything unusual (other
    options, `--opt=value`, a value that looks like an option, stdin, several inputs, a path
    that is not a regular file) goes to Typer, which owns every message and exit code.
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
    """command() for a _simple_call, with the exits Typer's main would give (see its _main and
    BriefgenCommand.main)."""
    try:
        try:
            command(
                cast(typer.Context, None),  # only read for a missing input, impossible here
                [source],
                fmt=options.get("fmt"),
                output=options.get("output"),
                date=options.get("date"),
            )
        except EOFError:
            print(file=sys.stderr)
            print(f"{PROG}: interrupted", file=sys.stderr)
            return int(ExitStatus.INTERRUPTED)
        except KeyboardInterrupt:
            return 130
        except ClickUsageError as exc:
            _error_line(_click_usage_message(exc), "see briefgen --help")
            return int(ExitStatus.USAGE)
        except ClickException as exc:
            _error_line(exc.format_message(), "")
            return int(exc.exit_code)
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    return 0
