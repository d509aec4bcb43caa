"""build_brief as the map step of a Dask bag over JSON Lines (corpora beyond one process).

    pip install 'dask[bag]'      # not a briefgen dependency
    python examples/dask_map.py INPUT.jsonl[,...|glob] OUTDIR [--date YYYY-MM-DD]

Each input line is a record {"id", "text", "date"?}. Dask splits the files into blocks, maps
briefgen.batch.brief_record over the records on its workers (local processes here; a
distributed.Client or a cluster scheduler runs the same graph on many machines), and writes
OUTDIR/part-*.jsonl: one compact brief per line with its "id", or {"id", "error"} for a record
that is not an article, so one bad record never fails the job.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from typing import Any

import dask
import dask.bag as db

from briefgen.batch import brief_record
from briefgen.errors import BriefgenError


def to_brief(line: str, reference_date: dt.date | None) -> str:
    """The map step: one JSON line in, one JSON line out (a brief or an error record)."""
    record: Any = None
    try:
        record = json.loads(line)
        out = brief_record(record, reference_date=reference_date)
    except (ValueError, BriefgenError) as exc:
        rid = record.get("id") if isinstance(record, dict) else None
        reason = exc.line() if isinstance(exc, BriefgenError) else f"not valid JSON ({exc})"
        out = {"id": rid, "error": reason}
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="JSON Lines file(s): a path, a glob, or s3://... with s3fs")
    ap.add_argument("outdir")
    ap.add_argument("--date", type=dt.date.fromisoformat, default=None)
    ap.add_argument("--blocksize", default="16MiB", help="bytes of input per task")
    ap.add_argument("--scheduler", default="processes", help="processes | threads | sync")
    args = ap.parse_args()

    start = time.perf_counter()
    lines = db.read_text(args.input, blocksize=args.blocksize).filter(str.strip)
    briefs = lines.map(to_brief, args.date)
    with dask.config.set(scheduler=args.scheduler):
        paths = briefs.to_textfiles(f"{args.outdir}/part-*.jsonl", encoding="utf-8")
    seconds = time.perf_counter() - start
    done = failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                failed += '"error"' in line[:200] and "schema" not in line[:200]
                done += 1
    print(f"{done - failed} briefs, {failed} failed, {len(paths)} parts in {seconds:.1f} s")


if __name__ == "__main__":
    main()
