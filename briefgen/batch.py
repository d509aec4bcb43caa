"""Batch mode: many articles in, one brief each out, in input order, on a pool of processes.

Two kinds of batch (issue 9):

- files: several INPUTs, directories (walked recursively for *.txt, *.md, *.html) and glob
  patterns; with `output_dir` each brief is written there atomically, named after its input's
  stem (clashes within one batch get `-2`, `-3`, ...), otherwise JSON briefs go to stdout as
  JSON Lines and Markdown briefs one after another;
- JSON Lines: records `{"id", "text", "date"?}` from a file or stdin, one compact JSON brief
  per line on stdout (with the record's `id` added at the top level), streamed.

Memory stays flat on any stream: records are read lazily and at most `jobs * _AHEAD` chunks are
in flight at once (`multiprocessing.Pool.imap` would read the whole input ahead of the workers).
One bad input never stops the batch: it is reported on stderr with its name and reason, the rest
finish, and the exit status is 1 at the end. The library never imports Typer; `rich` is imported
only when a progress bar is shown.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Self, TextIO

from briefgen.errors import BriefgenError, ExitStatus, InputError, UsageError
from briefgen.model import Brief
from briefgen.output import silence_stdout, write_atomic

SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
EXTENSIONS = {"md": ".md", "html": ".html", "json": ".json", "pdf": ".pdf"}

# Records per chunk sent to a worker, and chunks in flight per worker: enough to keep every
# worker busy while the parent writes, few enough that memory does not grow with the input.
_CHUNK_RECORDS = 16
_CHUNK_BYTES = 1 << 20
_AHEAD = 4
# A JSON Lines record longer than this is refused (and skipped without being held in memory).
MAX_LINE_BYTES = 16 * 1024 * 1024
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Options:
    """What every worker needs to know; sent once per process."""

    fmt: str
    reference_date: dt.date | None
    template: Path | None
    paper: str
    jsonl_out: bool  # stdout gets compact JSON Lines (with "id") rather than rendered briefs


@dataclass(frozen=True)
class Job:
    """One article to do. `path` for a file, `text` for stdin or a JSON Lines record."""

    name: str  # how errors name it: the path as given, "line N (id X)", "-"
    id: Any = None  # the "id" of JSON Lines output
    path: str | None = None
    text: str | None = None
    source_name: str | None = None
    date: dt.date | None = None
    out: str | None = None  # the file to write, in output_dir mode
    error: str | None = None  # known bad before any work (bad record, no match)


@dataclass(frozen=True)
class Result:
    name: str
    output: str | None = None  # for stdout; None when written to a file or failed
    error: str | None = None


# -- entry point --------------------------------------------------------------------------------


def is_batch(inputs: list[str], *, output_dir: Path | None = None, jsonl: bool = False) -> bool:
    """True when the command line asks for batch mode rather than one article: several
    INPUTs, a directory, a glob pattern that is not itself a file, --output-dir or --jsonl."""
    if jsonl or output_dir is not None or len(inputs) > 1:
        return True
    return any(
        s != "-" and (Path(s).is_dir() or (_GLOB_CHARS & set(s) and not Path(s).exists()))
        for s in inputs
    )


def run_batch(
    inputs: list[str],
    *,
    fmt: str | None = None,
    output_dir: Path | None = None,
    jsonl: bool = False,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
    template: Path | None = None,
    paper: str = "a4",
    progress: bool = True,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run a batch and return the exit status (0 all done, 1 any input failed).

    `fmt` None means the default: json for --jsonl, md otherwise. `jobs` None means one worker
    per available core; 1 runs in this process. `progress` allows a progress bar, shown only
    when `stderr` is a terminal. Per-input problems are reported on `stderr` and counted;
    problems with the command itself (an impossible option combination, an output directory
    that cannot be made) raise BriefgenError before any work, for the CLI to report.
    """
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    fmt = fmt or ("json" if jsonl else "md")
    if fmt not in EXTENSIONS:
        raise UsageError(f"unknown format {fmt!r}", f"use one of {', '.join(EXTENSIONS)}")
    workers = default_jobs() if jobs is None else jobs
    if workers < 1:
        raise UsageError(f"--jobs must be at least 1, not {workers}", "e.g. -j 4")
    if output_dir is None and fmt in ("html", "pdf"):
        raise UsageError(f"several {fmt} briefs cannot go to one output", "give --output-dir DIR")
    if jsonl and output_dir is None and fmt != "json":
        raise UsageError(
            "--jsonl writes JSON briefs to stdout", "drop -f, or give --output-dir DIR"
        )
    if output_dir is not None:
        _make_dir(output_dir)
    options = Options(
        fmt=fmt,
        reference_date=reference_date,
        template=template,
        paper=paper,
        jsonl_out=output_dir is None and fmt == "json",
    )

    total: int | None
    stream: BinaryIO | None = None
    if jsonl:
        source_path = inputs[0] if inputs else "-"
        if len(inputs) > 1:
            raise UsageError("--jsonl reads one file or stdin", "give one .jsonl file or -")
        stream, total = _open_jsonl(source_path, stdin), None
        jobs_iter: Iterator[Job] = _jsonl_jobs(stream, output_dir, fmt)
    else:
        if not inputs:
            raise UsageError("no INPUT given", "give files, directories or glob patterns")
        file_jobs = list(_file_jobs(inputs, output_dir, fmt, stdin))
        if len(file_jobs) == 1 and file_jobs[0].error is not None:
            # Nothing to do at all (one empty directory, one glob matching nothing): that is
            # one plain error, not a batch summary.
            raise InputError(f"{file_jobs[0].name}: {file_jobs[0].error}", "check the path")
        total = len(file_jobs)
        jobs_iter = iter(file_jobs)

    reporter = _Reporter(stderr, total, show_bar=progress and _isatty(stderr))
    try:
        with reporter:
            for result in _run(jobs_iter, options, workers, reporter):
                if result.error is not None:
                    reporter.fail(result.name, result.error)
                else:
                    if result.output is not None:
                        stdout.write(result.output)
                    reporter.done()
                if reporter.count % _CHUNK_RECORDS == 0:
                    stdout.flush()
            stdout.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other Unix tools do.
        silence_stdout()
        return int(ExitStatus.ERROR)
    finally:
        if stream is not None and stream is not stdin:
            stream.close()
    reporter.summary()
    return int(ExitStatus.ERROR if reporter.failed else ExitStatus.SUCCESS)


def brief_record(
    record: dict[str, Any], *, reference_date: dt.date | None = None
) -> dict[str, Any]:
    """One JSON Lines record `{"id", "text", "date"?}` in, its brief as plain JSON data out
    (the SPEC §4 contract with "id" added first). The map step for Dask, Spark, Beam, ...:
    a pure function of the record; raises BriefgenError for a record that is not an article."""
    from briefgen.render.json import brief_to_dict

    if not isinstance(record, dict):
        raise InputError("record is not a JSON object", 'each record is {"id", "text", "date"?}')
    job = _record_fields(record, "record")
    if job.error is not None:
        raise InputError(job.error, 'each record is {"id", "text", "date"?}')
    return {"id": job.id, **brief_to_dict(_build(job, job.date or reference_date))}


def default_jobs() -> int:
    """The cores this process may use (affinity-aware where the OS tells)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# -- inputs --------------------------------------------------------------------------------------


def expand_inputs(
    inputs: list[str], *, exclude: Path | None = None
) -> Iterator[tuple[str, str | None]]:
    """(path, None) for each file to read, in a stable order, or (input, reason) for an input
    that names nothing. Directories are walked recursively for SUFFIXES (hidden files and
    folders, and `exclude` — the output directory — skipped); a glob pattern that is not an
    existing path is expanded (`**` included); the same file given twice is done once."""
    seen: set[str] = set()
    skip = exclude.resolve() if exclude is not None else None

    def once(path: str) -> bool:
        key = os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    for item in inputs:
        p = Path(item)
        if item == "-":
            yield item, None
        elif p.is_dir():
            found = list(_walk(p, skip))
            if not found:
                yield item, "no .txt, .md or .html files in this directory"
            yield from ((f, None) for f in found if once(f))
        elif _GLOB_CHARS & set(item) and not p.exists():
            matches = sorted(glob.glob(item, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            if not files:
                yield item, "no file matches this pattern"
            yield from ((f, None) for f in files if once(f))
        elif not p.exists() or once(item):
            yield item, None  # a missing file is reported by the reader


def _walk(root: Path, skip: Path | None) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and (skip is None or Path(dirpath, d).resolve() != skip)
        )
        for f in sorted(filenames):
            if not f.startswith(".") and f.lower().endswith(SUFFIXES):
                yield os.path.join(dirpath, f)


def _file_jobs(
    inputs: list[str], output_dir: Path | None, fmt: str, stdin: BinaryIO
) -> Iterator[Job]:
    namer = _Namer(output_dir, EXTENSIONS[fmt]) if output_dir is not None else None
    for path, reason in expand_inputs(inputs, exclude=output_dir):
        if reason is not None:
            yield Job(name=path, error=reason)
            continue
        out = namer.claim(Path(path).stem if path != "-" else "stdin") if namer else None
        if path == "-":
            # Workers do not share our stdin: read it here.
            from briefgen.read import read_input

            try:
                text, _, _ = read_input("-", stdin=stdin)
            except BriefgenError as exc:
                yield Job(name="-", error=exc.line())
                continue
            yield Job(name="-", id="-", text=text, out=out)
        else:
            yield Job(name=path, id=path, path=path, out=out)


def _open_jsonl(source: str, stdin: BinaryIO) -> BinaryIO:
    """The byte stream of records: the file, or stdin for "-"."""
    if source == "-":
        return stdin
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{source} is a directory", "give one .jsonl file or - for stdin")
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"no such file: {source}", "check the path") from None
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}", "check the file") from None
    return stream


def _jsonl_jobs(stream: BinaryIO, output_dir: Path | None, fmt: str) -> Iterator[Job]:
    """One Job per non-blank line, read lazily; a bad record becomes a Job with its error."""
    namer = _Namer(output_dir, EXTENSIONS[fmt]) if output_dir is not None else None
    for lineno, line in enumerate(_lines(stream), start=1):
        if line is None:
            yield Job(
                name=f"line {lineno}",
                error=f"record is over {MAX_LINE_BYTES // (1024 * 1024)} MB (one article per line)",
            )
            continue
        if not line.strip():
            continue
        job = _record_job(line, lineno)
        if namer is not None and job.error is None:
            job = _replace(job, out=namer.claim(_safe_stem(job.id, lineno)))
        yield job


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Lines of at most MAX_LINE_BYTES; None for a longer one, whose rest is skipped in
    bounded pieces rather than read into memory."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield line


def _record_job(line: bytes, lineno: int) -> Job:
    name = f"line {lineno}"
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        return Job(name=name, error=f"not valid JSON ({reason})")
    if not isinstance(record, dict):
        return Job(name=name, error='not a JSON object (each line is {"id", "text", "date"?})')
    return _record_fields(record, name, lineno)


def _record_fields(record: dict[str, Any], name: str, lineno: int | None = None) -> Job:
    rid = record.get("id", lineno)
    name = f"{name} (id {rid})" if "id" in record else name
    text = record.get("text")
    if not isinstance(text, str):
        return Job(name=name, id=rid, error='"text" is missing or not a string')
    date = record.get("date")
    parsed: dt.date | None = None
    if date is not None:
        try:
            parsed = dt.date.fromisoformat(str(date)[:10])
        except ValueError:
            return Job(name=name, id=rid, error=f'"date" {date!r} is not YYYY-MM-DD')
    return Job(name=name, id=rid, text=text, source_name=str(rid), date=parsed)


def _safe_stem(rid: Any, lineno: int) -> str:
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in str(rid)).strip("._")
    return stem[:120] or f"line-{lineno}"


def _replace(job: Job, **changes: Any) -> Job:
    from dataclasses import replace

    return replace(job, **changes)


class _Namer:
    """Output file names: the input's stem plus the format's extension; a name already taken
    in this batch (compared case-insensitively, for macOS and Windows disks) gets -2, -3, ...
    Files left by an earlier run are replaced, so rerunning a batch is idempotent."""

    def __init__(self, directory: Path, ext: str) -> None:
        self.directory = directory
        self.ext = ext
        self.taken: set[str] = set()

    def claim(self, stem: str) -> str:
        n = 1
        while True:
            name = f"{stem}{self.ext}" if n == 1 else f"{stem}-{n}{self.ext}"
            if name.lower() not in self.taken:
                self.taken.add(name.lower())
                return str(self.directory / name)
            n += 1


def _make_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageError(f"--output-dir {path} is a file", "give a directory") from None
    except OSError as exc:
        raise InputError(
            f"cannot create {path}: {exc.strerror or exc}", "check the path and permissions"
        ) from None


# -- work ----------------------------------------------------------------------------------------


_OPTIONS: Options | None = None


def _init_worker(options: Options) -> None:
    global _OPTIONS
    _OPTIONS = options
    import briefgen.pipeline  # noqa: F401  (import once per process, not per chunk)


def _start_worker(options: Options) -> None:
    """Pool workers leave Ctrl-C to the main process, which cancels the pending work and shuts
    the pool down; otherwise every worker would print its own KeyboardInterrupt traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(options)


def _do_chunk(chunk: list[Job]) -> list[Result]:
    assert _OPTIONS is not None
    return [_do_job(job, _OPTIONS) for job in chunk]


def _do_job(job: Job, options: Options) -> Result:
    """Build and render one brief; every failure becomes a Result with a one-line reason."""
    if job.error is not None:
        return Result(job.name, error=job.error)
    try:
        output = _brief_output(job, options)
    except BriefgenError as exc:
        return Result(job.name, error=exc.line())
    # A bug on one article must not stop the other 999: report it as that input's failure.
    except Exception as exc:  # noqa: BLE001
        return Result(job.name, error=f"internal error: {type(exc).__name__}: {exc}")
    if job.out is not None:
        try:
            write_atomic(Path(job.out), output)
        except BriefgenError as exc:
            return Result(job.name, error=exc.line())
        return Result(job.name)
    if isinstance(output, bytes):  # cannot happen: pdf needs output_dir (checked up front)
        return Result(job.name, error="pdf output needs --output-dir")
    return Result(job.name, output=output)


def _brief_output(job: Job, options: Options) -> str | bytes:
    brief = _build(job, job.date or options.reference_date)
    if options.jsonl_out:
        from briefgen.render.json import brief_to_dict

        record = {"id": job.id, **brief_to_dict(brief)}
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    from briefgen.render import render

    return render(brief, options.fmt, template=options.template, paper=options.paper)


def _build(job: Job, date: dt.date | None) -> Brief:
    """Read (file, saved page or record text) and build; raises BriefgenError."""
    from briefgen.pipeline import build_brief
    from briefgen.read import decode

    if job.path is not None and job.path.lower().endswith(HTML_SUFFIXES):
        from briefgen.htmlinput import read_html_brief

        return read_html_brief(job.path, reference_date=date)
    if job.path is not None:
        from briefgen.read import read_input

        text, warnings, source_name = read_input(job.path)
    else:
        assert job.text is not None
        try:
            data = job.text.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError("text has unpaired surrogates", "send valid UTF-8") from None
        # The same checks as a file gets: empty, binary, HTML pasted as text.
        text, warnings = decode(data)
        source_name = job.source_name
    return build_brief(text, date, source_name=source_name, warnings=warnings)


def _chunks(jobs: Iterable[Job]) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    size = 0
    for job in jobs:
        chunk.append(job)
        size += len(job.text or "")
        if len(chunk) >= _CHUNK_RECORDS or size >= _CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _run(
    jobs: Iterable[Job], options: Options, workers: int, reporter: _Reporter
) -> Iterator[Result]:
    """Results in input order. With one worker, in this process; otherwise a process pool fed
    with at most workers * _AHEAD chunks at a time, so the input is read only as fast as it is
    done."""
    if workers == 1:
        _init_worker(options)
        for job in jobs:
            yield _do_job(job, options)
        return
    pool = ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(options,))
    pending: deque[tuple[list[Job], Future[list[Result]]]] = deque()
    chunks = _chunks(jobs)
    try:
        # Start the workers before the progress bar's thread exists (fork after threads is unsafe).
        pool.submit(_init_worker, options).result()
        reporter.start()
        for chunk in chunks:
            pending.append((chunk, pool.submit(_do_chunk, chunk)))
            if len(pending) >= workers * _AHEAD:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(chunk: list[Job], future: Future[list[Result]]) -> list[Result]:
    try:
        return future.result()
    except BrokenProcessPool:
        return [Result(j.name, error="a worker process died (out of memory?)") for j in chunk]


# -- output --------------------------------------------------------------------------------------


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Reporter:
    """Errors, the progress bar (rich, only on a terminal) and the summary, all on stderr."""

    def __init__(self, stderr: TextIO, total: int | None, *, show_bar: bool) -> None:
        self.stderr = stderr
        self.total = total
        self.show_bar = show_bar
        self.count = 0
        self.failed = 0
        self.started = time.perf_counter()
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def start(self) -> None:
        """Show the bar (idempotent); called once the worker processes exist."""
        if not self.show_bar or self._progress is not None:
            return
        try:  # rich comes with typer; without it there is simply no bar
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
        except ImportError:
            self.show_bar = False
            return

        self._progress = Progress(
            TextColumn("briefgen"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(file=self.stderr),
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task("briefs", total=self.total)

    def done(self) -> None:
        self._advance()

    def fail(self, name: str, reason: str) -> None:
        self.failed += 1
        line = f"briefgen: error: {name}: {reason}"
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=self.stderr, flush=True)
        self._advance()

    def _advance(self) -> None:
        self.count += 1
        if self.show_bar and self._progress is None:
            self.start()
        if self._progress is not None:
            self._progress.update(self._task, advance=1)

    def summary(self) -> None:
        seconds = time.perf_counter() - self.started
        done = self.count - self.failed
        rate = f", {self.count / seconds:.1f}/s" if seconds > 0 and self.count else ""
        print(
            f"briefgen: {done} done, {self.failed} failed in {seconds:.1f} s{rate}",
            file=self.stderr,
            flush=True,
        )
