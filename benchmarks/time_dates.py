"""Time the date stage alone (extract_dates on an already sectioned Document) per 1,000 words.

    .venv/bin/python benchmarks/time_dates.py [TEXT_FILE] [--repeat N]

Default text: the bundled example, repeated and cut to 1,000 words. Reports CPU time
(time.process_time, so other processes on a loaded machine count less) after warm-up, so import
and first-call costs are excluded; the budget is 0.7 ms per 1,000 words (issue 8).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.extract.dates import extract_dates
from briefgen.section import section


def thousand_words(text: str) -> str:
    out, count = [], 0
    while count < 1000:
        for line in text.splitlines(keepends=True):
            n = len(line.split())
            if count + n > 1000 and count:
                words = line.split()[: 1000 - count]
                out.append(" ".join(words) + "\n")
                count = 1000
                break
            out.append(line)
            count += n
    return "".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", type=Path, default=ROOT / "examples" / "iraq-us-partnership.txt")
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    text = thousand_words(args.path.read_text(encoding="utf-8"))
    doc = section(text, dt.date(2024, 4, 25))
    for _ in range(20):
        dates = extract_dates(doc, [])
    times = []
    for _ in range(args.repeat):
        t0 = time.process_time()
        extract_dates(doc, [])
        times.append(time.process_time() - t0)
    times.sort()
    print(f"{len(text.split())} words, {len(doc.sentences)} sentences, {len(dates)} dates: "
          f"min {1000 * times[0]:.3f} ms, p10 {1000 * times[len(times) // 10]:.3f} ms, "
          f"median {1000 * statistics.median(times):.3f} ms CPU (min is the figure to compare)")


if __name__ == "__main__":
    main()
