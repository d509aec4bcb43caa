"""The Typer command behind `briefgen` (SPEC §2): option parsing, --help and --version, and
Click's usage errors as one `briefgen: error:` line with exit status 2.

Kept apart from briefgen.cli so that the commonest command lines, which briefgen.cli parses
itself, never import Typer (~35 ms of a cold start). The work itself is briefgen.cli.execute,
shared by both paths, so messages and exit codes are the same whichever path runs.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

try:  # Typer ≥ 0.20 ships its own copy of Click
    from typer._click.exceptions import ClickException
    from typer._click.exceptions import UsageError as ClickUsageError
except ImportError:  # pragma: no cover — older Typer on top of Click
    from click.exceptions import ClickException  # type: ignore[no-redef,assignment]
    from click.exceptions import UsageError as ClickUsageError  # type: ignore[no-redef,assignment]

from briefgen import __version__
from briefgen.cli import EPILOG, PROG, _error_line, execute
from briefgen.errors import ExitStatus


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
    code = execute(
        inputs or [],
        fmt=fmt,
        output=output,
        date=date,
        template=template,
        paper=paper,
        output_dir=output_dir,
        jsonl=jsonl,
        jobs=jobs,
        evidence=evidence,
        export_templates=export_templates,
        debug=debug,
        usage=ctx.get_usage,
    )
    if code:
        raise typer.Exit(code)
