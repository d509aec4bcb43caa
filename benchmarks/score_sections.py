"""Sectioning accuracy against the gold files: per article-field exact-match accuracy.

    .venv/bin/python benchmarks/score_sections.py /work/shared/gold [-v]

Fields: kicker, headline, standfirst, byline, outlet, published, section_headings. Values are
compared after whitespace normalisation (no-break spaces read as spaces). Also prints the
median time of section() per article.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from briefgen.section import section

FIELDS = ("kicker", "headline", "standfirst", "byline", "outlet", "published", "section_headings")


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.replace("\u00a0", " ").split())
    if isinstance(value, (list, tuple)):
        return [_norm(v) for v in value]
    return value


def predicted(text: str) -> dict[str, Any]:
    a = section(text).article
    return {
        "kicker": a.kicker,
        "headline": a.headline,
        "standfirst": a.standfirst,
        "byline": list(a.byline),
        "outlet": a.outlet,
        "published": a.published,
        "section_headings": [s.heading for s in a.sections if s.heading is not None],
    }


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    gold_dir = Path(argv[0])
    verbose = "-v" in argv
    hits = {f: 0 for f in FIELDS}
    files = sorted(gold_dir.glob("*.gold.json"))
    timings: list[float] = []
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["text_file"]).read_text(encoding="utf-8")
        got = predicted(text)
        for _ in range(20):
            t0 = time.perf_counter()
            section(text)
            timings.append((time.perf_counter() - t0) * 1000)
        for f in FIELDS:
            ok = _norm(got[f]) == _norm(gold["article"].get(f))
            hits[f] += ok
            if verbose and not ok:
                print(f"  MISS {path.name} {f}: got {got[f]!r}, gold {gold['article'].get(f)!r}")
    n = len(files) or 1
    total = sum(hits.values())
    print(f"sectioning accuracy over {len(files)} gold articles")
    for f in FIELDS:
        print(f"  {f:17s} {hits[f]:3d}/{len(files)}  {hits[f] / n:6.1%}")
    print(
        f"  {'all fields':17s} {total:3d}/{len(files) * len(FIELDS)}  {total / (n * len(FIELDS)):6.1%}"
    )
    timings.sort()
    print(f"section() median {timings[len(timings) // 2]:.3f} ms per article")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
