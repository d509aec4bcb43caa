"""Batch mode (issue 9): many inputs, JSON Lines, a process pool, errors that do not stop the rest."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import sys
from pathlib import Path

import pytest

from briefgen import batch
from briefgen.batch import Job, Options, expand_inputs, run_batch
from briefgen.errors import UsageError

REF = dt.date(2024, 4, 15)

# Short articles in the usual news shape, written for these tests.
ARTICLES = [
    (
        "Ministers agree on aid package\n\nBRUSSELS — European ministers agreed on Monday to "
        "provide 2 billion euros in aid by the end of next year, officials said.\n"
    ),
    (
        "Talks resume in Geneva\n\nGENEVA — Negotiators from both sides resumed talks on "
        "Tuesday, a spokesperson for the United Nations said.\n"
    ),
    (
        "Parliament passes budget\n\nLawmakers approved the budget on Friday. The finance "
        "minister said the plan would cut the deficit within three years.\n"
    ),
]


def _run(inputs: list[str], **kw: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    kw.setdefault("reference_date", REF)
    kw.setdefault("jobs", 1)
    rc = run_batch(inputs, stdout=out, stderr=err, **kw)  # type: ignore[arg-type]
    return rc, out.getvalue(), err.getvalue()


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    _write(root / "one.txt", ARTICLES[0])
    _write(root / "b" / "two.md", ARTICLES[1])
    _write(root / "b" / "c" / "three.txt", ARTICLES[2])
    _write(root / "notes.csv", "a,b\n")  # not an article suffix
    _write(root / ".hidden.txt", ARTICLES[0])  # hidden: skipped
    return root


def test_several_inputs_one_brief_each(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", ARTICLES[0])
    b = _write(tmp_path / "b.txt", ARTICLES[1])
    out = tmp_path / "out"
    rc, stdout, stderr = _run([str(a), str(b)], fmt="json", output_dir=out)
    assert rc == 0 and stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    brief = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert brief["schema"] == "briefgen/1" and brief["source"]["name"] == "a.txt"
    assert brief["article"]["reference_date"] == "2024-04-15"
    assert stderr.startswith("briefgen: 2 done, 0 failed in ")


def test_directory_walk_is_recursive_sorted_and_filtered(corpus: Path) -> None:
    found = [Path(p).relative_to(corpus).as_posix() for p, _ in expand_inputs([str(corpus)])]
    assert found == ["one.txt", "b/two.md", "b/c/three.txt"]  # top-down, sorted per folder


def test_walk_skips_the_output_dir_inside_the_input_dir(corpus: Path) -> None:
    out = corpus / "briefs"
    _write(out / "earlier.md", "# a brief from an earlier run\n")
    names = {Path(p).name for p, _ in expand_inputs([str(corpus)], exclude=out)}
    assert "earlier.md" not in names and {"one.txt", "two.md", "three.txt"} <= names


def test_glob_and_duplicates(corpus: Path) -> None:
    pattern = str(corpus / "**" / "*.txt")
    found = [p for p, _ in expand_inputs([pattern, str(corpus / "one.txt")])]
    assert sorted(Path(p).name for p in found) == ["one.txt", "three.txt"]
    [(_, reason)] = list(expand_inputs([str(corpus / "*.nothing")]))
    assert reason == "no file matches this pattern"


def test_name_clashes_get_suffixes_and_never_overwrite(tmp_path: Path) -> None:
    paths = [
        _write(tmp_path / "x" / "report.txt", ARTICLES[0]),
        _write(tmp_path / "y" / "report.txt", ARTICLES[1]),
        _write(tmp_path / "z" / "Report.md", ARTICLES[2]),  # same name on a case-blind disk
        _write(tmp_path / "report-2.txt", ARTICLES[0]),
    ]
    out = tmp_path / "out"
    rc, _, _ = _run([str(p) for p in paths], fmt="json", output_dir=out)
    assert rc == 0
    names = {p.name: json.loads(p.read_text())["source"]["name"] for p in out.iterdir()}
    assert names == {
        "report.json": "report.txt",
        "report-2.json": "report.txt",
        "Report-3.json": "Report.md",
        "report-2-2.json": "report-2.txt",
    }
    assert not list(out.glob(".*.tmp"))  # temp files of the atomic writes are gone


def test_bad_file_among_good_ones(corpus: Path) -> None:
    _write(corpus / "broken.txt", b"\x00\x01\x02\x03 not text")
    _write(corpus / "empty.txt", "   \n")
    out = corpus.parent / "out"
    rc, _, stderr = _run([str(corpus), str(corpus / "missing.txt")], fmt="json", output_dir=out)
    assert rc == 1
    assert sorted(p.name for p in out.iterdir()) == ["one.json", "three.json", "two.json"]
    lines = stderr.splitlines()
    assert any(
        ln.startswith("briefgen: error: ") and "broken.txt: input is binary" in ln for ln in lines
    )
    assert any("empty.txt: input is empty" in ln for ln in lines)
    assert any("missing.txt: no such file" in ln for ln in lines)
    assert lines[-1].startswith("briefgen: 3 done, 3 failed in ")


def _records(n: int) -> bytes:
    rows = [{"id": f"r{i}", "text": ARTICLES[i % 3], "date": "2024-04-15"} for i in range(n)]
    return b"".join(json.dumps(r).encode() + b"\n" for r in rows)


def test_jsonl_stdin_to_stdout_in_order_with_two_jobs() -> None:
    rc, stdout, stderr = _run([], jsonl=True, jobs=2, stdin=io.BytesIO(_records(40)))
    assert rc == 0
    lines = stdout.splitlines()
    assert [json.loads(ln)["id"] for ln in lines] == [f"r{i}" for i in range(40)]
    first = json.loads(lines[0])
    assert list(first)[:2] == ["id", "schema"] and first["source"]["name"] == "r0"
    assert first["article"]["reference_date"] == "2024-04-15"
    assert all(": " not in ln[:40] for ln in lines)  # compact, one line each
    assert stderr.startswith("briefgen: 40 done, 0 failed")


def test_jsonl_bad_records_are_reported_and_the_rest_finish(tmp_path: Path) -> None:
    good = _records(5).splitlines()
    bad = [
        b"{not json",
        b'["a list"]',
        b'{"id": "no-text"}',
        b'{"id": "bad-date", "text": "Some text here.", "date": "15/04/2024"}',
        b'{"id": "blank", "text": "   "}',
    ]
    mixed = [
        good[0],
        bad[0],
        good[1],
        bad[1],
        b"",
        good[2],
        bad[2],
        bad[3],
        good[3],
        bad[4],
        good[4],
    ]
    src = _write(tmp_path / "in.jsonl", b"\n".join(mixed) + b"\n")
    rc, stdout, stderr = _run([str(src)], jsonl=True, jobs=2)
    assert rc == 1
    assert [json.loads(ln)["id"] for ln in stdout.splitlines()] == ["r0", "r1", "r2", "r3", "r4"]
    errors = [ln for ln in stderr.splitlines() if ln.startswith("briefgen: error: ")]
    assert errors == [
        (
            "briefgen: error: line 2: not valid JSON "
            "(Expecting property name enclosed in double quotes)"
        ),
        'briefgen: error: line 4: not a JSON object (each line is {"id", "text", "date"?})',
        'briefgen: error: line 7 (id no-text): "text" is missing or not a string',
        "briefgen: error: line 8 (id bad-date): \"date\" '15/04/2024' is not YYYY-MM-DD",
        "briefgen: error: line 10 (id blank): input is empty (give a file with the article's text)",
    ]
    assert stderr.splitlines()[-1].startswith("briefgen: 5 done, 5 failed in ")


def test_jsonl_to_output_dir_names_files_after_ids(tmp_path: Path) -> None:
    data = b'{"id": "a/b", "text": "%s"}\n{"id": "a/b", "text": "%s"}\n' % (
        json.dumps(ARTICLES[0])[1:-1].encode(),
        json.dumps(ARTICLES[1])[1:-1].encode(),
    )
    out = tmp_path / "out"
    rc, stdout, _ = _run(["-"], jsonl=True, fmt="json", output_dir=out, stdin=io.BytesIO(data))
    assert rc == 0 and stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["a_b-2.json", "a_b.json"]


def test_in_flight_work_is_bounded() -> None:
    """The parent reads ahead at most jobs * _AHEAD chunks: memory stays flat on any stream."""
    consumed = itertools.count()
    options = Options("json", REF, None, "a4", jsonl_out=True)

    def jobs() -> object:
        for i in range(10_000):
            next(consumed)
            yield Job(name=str(i), id=i, text=ARTICLES[i % 3])

    reporter = batch._Reporter(io.StringIO(), None, show_bar=False)
    results = batch._run(jobs(), options, 2, reporter)  # type: ignore[arg-type]
    first = next(results)
    assert first.error is None and '"id":0' in (first.output or "")
    read = next(consumed)
    assert read <= (2 * batch._AHEAD + 1) * batch._CHUNK_RECORDS
    results.close()  # shuts the pool down


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", _records(3))
    _, _, stderr = _run([str(src)], jsonl=True, progress=True)
    assert stderr.count("\n") == 1 and "\x1b" not in stderr and "\r" not in stderr


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_is_transient(tmp_path: Path) -> None:
    pytest.importorskip("rich")
    src = _write(tmp_path / "in.jsonl", _records(3) + b"{oops\n")
    out, err = io.StringIO(), _Tty()
    rc = run_batch([str(src)], jsonl=True, jobs=1, stdout=out, stderr=err, reference_date=REF)
    assert rc == 1 and len(out.getvalue().splitlines()) == 3
    text = err.getvalue()
    assert "briefgen: error: line 4: not valid JSON" in text
    assert "\x1b" in text  # the bar was drawn, then cleared (transient)
    assert text.rstrip().splitlines()[-1].endswith(text.rstrip().split("\x1b[2K")[-1])
    assert "briefgen: 3 done, 1 failed in " in text.splitlines()[-1]


@pytest.mark.parametrize(
    ("inputs", "kw", "message"),
    [
        (["a.txt", "b.txt"], {"fmt": "pdf"}, "several pdf briefs cannot go to one output"),
        (["x.jsonl"], {"jsonl": True, "fmt": "md"}, "--jsonl writes JSON briefs to stdout"),
        (["a.txt"], {"jobs": 0}, "--jobs must be at least 1"),
        (["a.jsonl", "b.jsonl"], {"jsonl": True}, "--jsonl reads one file or stdin"),
    ],
)
def test_usage_errors_raise_before_any_work(inputs: list[str], kw: dict, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        _run(inputs, **kw)


def test_is_batch(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.txt", ARTICLES[0])
    assert not batch.is_batch([str(f)]) and not batch.is_batch(["-"])
    assert batch.is_batch([str(f), str(f)]) and batch.is_batch([str(tmp_path)])
    assert batch.is_batch([str(tmp_path / "*.txt")]) and batch.is_batch(["-"], jsonl=True)
    assert batch.is_batch([str(f)], output_dir=tmp_path / "o")


PAGE = """<!doctype html><html><head><title>Ministers agree aid deal | Example News</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-04-15T08:00:00Z">
<meta property="og:title" content="Ministers agree aid deal"></head>
<body><nav>Home | World | Politics | Sport</nav><article><h1>Ministers agree aid deal</h1>
<p>European ministers agreed on Monday to provide 2 billion euros in aid to the region by the
end of next year, officials said after a meeting that lasted most of the day.</p>
<p>"This is a turning point," said one senior official, who added that the funds would be
released in three tranches over the coming months.</p>
<p>Aid groups welcomed the decision and pledged to support the delivery of supplies.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>
"""


def test_html_page_text_and_metadata(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    from briefgen.htmlinput import WARNING

    page = _write(tmp_path / "page.html", PAGE)
    out = tmp_path / "out"
    rc, _, stderr = _run([str(page)], fmt="json", output_dir=out, reference_date=None)
    assert rc == 0, stderr
    brief = json.loads((out / "page.json").read_text(encoding="utf-8"))
    art = brief["article"]
    assert art["headline"] == "Ministers agree aid deal"
    assert art["byline"] == ["Jane Roe"]
    assert art["published"] == art["reference_date"] == "2024-04-15"
    assert art["reference_date_source"] == "text"
    assert WARNING in brief["warnings"]
    assert "Home | World" not in json.dumps(brief) and brief["source"]["name"] == "page.html"


def test_html_date_option_wins_over_the_page(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    from briefgen.htmlinput import read_html_brief

    brief = read_html_brief(_write(tmp_path / "p.html", PAGE), reference_date=dt.date(2024, 5, 1))
    assert brief.article.reference_date == "2024-05-01"
    assert brief.article.reference_date_source == "option"


def test_html_without_the_extra_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail
    page = _write(tmp_path / "page.html", PAGE)
    good = _write(tmp_path / "good.txt", ARTICLES[0])
    rc, _, stderr = _run([str(page), str(good)], fmt="json", output_dir=tmp_path / "out")
    assert rc == 1 and (tmp_path / "out" / "good.json").exists()
    assert "page.html: reading saved web pages needs the html extra" in stderr
    assert "(pip install 'briefgen[html]')" in stderr


def test_brief_record_is_the_map_step() -> None:
    out = batch.brief_record({"id": 7, "text": ARTICLES[0], "date": "2024-04-15"})
    assert list(out)[:2] == ["id", "schema"] and out["id"] == 7
    assert out["article"]["reference_date"] == "2024-04-15"
    with pytest.raises(batch.InputError, match='"text" is missing'):
        batch.brief_record({"id": 8})
    with pytest.raises(batch.InputError, match="not a JSON object"):
        batch.brief_record(["a list"])  # type: ignore[arg-type]
