"""Batch throughput and memory (issue 9).

    .venv/bin/python benchmarks/bench_batch.py [--articles 1000] [--stream-mb 1024] [--jobs 1 2]

1. Throughput: the TempEval-3 training texts (../shared/corpora/te3-train/*.jsonl, read from
   there, never copied) repeated to --articles records, fed to run_batch as JSON Lines on
   stdin, once per --jobs value; prints articles per second (end to end: parse, build, render
   compact JSON, write).
2. Memory: a JSON Lines stream of --stream-mb MB is generated in a temporary directory (the
   same texts repeated), run through run_batch in a child process with -j 2, and deleted.
   Prints the peak RSS of the parent process and of the largest worker, next to a run over a
   stream 1/100 the size, so flat memory shows as two equal figures.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TE3 = ROOT.parent / "shared" / "corpora" / "te3-train"
sys.path.insert(0, str(ROOT))

from briefgen.batch import run_batch


def te3_records() -> list[dict[str, str]]:
    files = sorted(TE3.glob("*.jsonl"))
    if not files:
        sys.exit(f"bench_batch: no *.jsonl in {TE3} (../shared is absent)")
    out = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                out.append({"id": doc["doc"], "text": doc["text"], "date": doc["dct"]})
    return out


def stream(records: list[dict[str, str]], n: int) -> bytes:
    lines = []
    for i in range(n):
        r = records[i % len(records)]
        lines.append(json.dumps({**r, "id": f"{r['id']}#{i}"}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


class _Null(io.TextIOBase):
    def write(self, s: str) -> int:
        return len(s)


def throughput(records: list[dict[str, str]], n: int, jobs: int) -> float:
    data = stream(records, n)
    err = io.StringIO()
    start = time.perf_counter()
    rc = run_batch(
        [], jsonl=True, jobs=jobs, progress=False, stdin=io.BytesIO(data), stdout=_Null(),
        stderr=err,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    if rc != 0:
        print(err.getvalue(), file=sys.stderr)
    return n / seconds


_CHILD = """
import resource, sys
from briefgen.batch import run_batch
if sys.argv[4] == "light":
    import hashlib
    import briefgen.pipeline
    from briefgen.model import Article, Brief, Source

    def light(text, reference_date=None, *, source_name=None, warnings=()):
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        source = Source(source_name, digest, len(text), len(text.split()))
        return Brief(source, Article(reference_date=str(reference_date)), warnings=warnings)

    briefgen.pipeline.build_brief = light  # the workers are forked after this
with open(sys.argv[2], "w", encoding="utf-8") as out:
    rc = run_batch([sys.argv[1]], jsonl=True, jobs=int(sys.argv[3]), progress=False, stdout=out)
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(rc, self_kb, child_kb)
"""


def peak_memory(
    records: list[dict[str, str]], megabytes: float, jobs: int, mapper: str
) -> dict[str, float]:
    """Generate a stream of `megabytes` MB on the fly, run it, delete it. `mapper` "light"
    swaps build_brief for a stub that only hashes and counts the text, so the run measures the
    streaming machinery (read, parse, chunk, send to workers, decode, render, write) at full
    speed; "real" runs the whole pipeline."""
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        src = Path(tmp) / "stream.jsonl"
        target = int(megabytes * 1024 * 1024)
        written = count = 0
        with src.open("wb") as f:
            while written < target:
                r = records[count % len(records)]
                line = json.dumps({**r, "id": f"{r['id']}#{count}"}, ensure_ascii=False)
                data = line.encode("utf-8") + b"\n"
                f.write(data)
                written += len(data)
                count += 1
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(src), os.devnull, str(jobs), mapper],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"bench_batch: child failed: {proc.stderr[-2000:]}")
        rc, self_kb, child_kb = (int(x) for x in proc.stdout.split()[-3:])
        return {
            "mb": written / (1024 * 1024),
            "records": count,
            "seconds": seconds,
            "rate": count / seconds,
            "parent_mb": self_kb / 1024,
            "worker_mb": child_kb / 1024,
            "rc": rc,
            "summary": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "",
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stream-mb", type=float, default=1024.0, help="0 skips the memory run")
    ap.add_argument("--stream-jobs", type=int, default=2)
    ap.add_argument(
        "--map",
        choices=("light", "real"),
        default="light",
        help="build_brief stub (light) or the whole pipeline (real) for the stream runs",
    )
    args = ap.parse_args()

    records = te3_records()
    words = sum(len(r["text"].split()) for r in records) / len(records)
    print(f"te3-train: {len(records)} texts, {words:.0f} words on average; cores: {os.cpu_count()}")
    throughput(records, 50, 1)  # warm-up: imports, rule data
    for jobs in args.jobs:
        rate = throughput(records, args.articles, jobs)
        print(f"throughput -j {jobs}: {rate:,.0f} articles/s over {args.articles} articles")
    if args.stream_mb > 0:
        for mb in (args.stream_mb / 100, args.stream_mb):
            m = peak_memory(records, mb, args.stream_jobs, args.map)
            print(
                f"stream ({args.map}) {m['mb']:,.0f} MB ({m['records']:,} records, -j {args.stream_jobs}): "
                f"{m['seconds']:.0f} s, {m['rate']:,.0f} articles/s; peak RSS parent "
                f"{m['parent_mb']:.0f} MB, largest worker {m['worker_mb']:.0f} MB; "
                f"exit {m['rc']}; {m['summary']}"
            )


if __name__ == "__main__":
    main()
