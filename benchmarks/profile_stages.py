"""Per-stage timings of build_brief and the renderers, in ms per 1,000 words (issue 8).

    .venv/bin/python benchmarks/profile_stages.py [--reps N] [--profile STAGE]

Runs every stage on the gold articles (../shared/gold/articles, skipped if absent) and the
seed example, best of N runs after a warm-up, so a partly loaded machine still gives stable
figures. Stages are timed separately on the outputs of the stages before them; `build_brief`
is the whole pipeline and `rest` what build_brief costs beyond the separately timed stages
(assemble, summary, key points, warnings). `--profile STAGE` prints a cProfile of one stage.
"""

from __future__ import annotations

import argparse
import cProfile
import glob
import pstats
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefgen.assemble import assemble
from briefgen.extract.actors import extract_actors
from briefgen.extract.commitments import extract_commitments
from briefgen.extract.dates import extract_dates
from briefgen.extract.views import extract_views, views_warnings
from briefgen.pipeline import build_brief
from briefgen.render.json import render_json
from briefgen.section import section

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold" / "articles"


def texts() -> list[str]:
    files = sorted(glob.glob(str(GOLD / "*.txt"))) + [str(ROOT / "examples/iraq-us-partnership.txt")]
    return [Path(f).read_text(encoding="utf-8") for f in files]


def best(fn: Callable[[], Any], reps: int) -> float:
    fn()
    out = float("inf")
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out = min(out, time.perf_counter() - t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--profile", default=None)
    args = ap.parse_args()
    from briefgen.render.markdown import render_markdown

    tx = texts()
    words = sum(len(t.split()) for t in tx)
    docs = [section(t) for t in tx]
    acts = [extract_actors(d) for d in docs]
    dts = [extract_dates(d, a) for d, a in zip(docs, acts)]
    vws = [extract_views(d, a) for d, a in zip(docs, acts)]
    cms = [extract_commitments(d, a, x, v) for d, a, x, v in zip(docs, acts, dts, vws)]
    briefs = [build_brief(t) for t in tx]
    stages: dict[str, Callable[[], Any]] = {
        "section": lambda: [section(t) for t in tx],
        "actors": lambda: [extract_actors(d) for d in docs],
        "dates": lambda: [extract_dates(d, a) for d, a in zip(docs, acts)],
        "views": lambda: [extract_views(d, a) for d, a in zip(docs, acts)],
        "commitments": lambda: [
            extract_commitments(d, a, x, v) for d, a, x, v in zip(docs, acts, dts, vws)
        ],
        "views_warnings": lambda: [views_warnings(d) for d in docs],
        "assemble": lambda: [
            assemble(d, actors=a, dates=x, views=v, commitments=c)
            for d, a, x, v, c in zip(docs, acts, dts, vws, cms)
        ],
        "build_brief": lambda: [build_brief(t) for t in tx],
        "render_json": lambda: [render_json(b) for b in briefs],
        "render_markdown": lambda: [render_markdown(b) for b in briefs],
    }
    if args.profile:
        pr = cProfile.Profile()
        pr.enable()
        for _ in range(args.reps):
            stages[args.profile]()
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(30)
        return
    per_k = {name: best(fn, args.reps) / words * 1e6 for name, fn in stages.items()}
    parts = ("section", "actors", "dates", "views", "commitments")
    per_k["rest"] = per_k["build_brief"] - sum(per_k[p] for p in parts)
    print(f"{len(tx)} texts, {words} words; ms per 1,000 words, best of {args.reps}")
    for name, v in per_k.items():
        print(f"  {name:16s} {v:6.2f}")
    json_total = per_k["build_brief"] + per_k["render_json"]
    print(f"  {'JSON brief':16s} {json_total:6.2f}  (build_brief + render_json; target ≤ 5)")


if __name__ == "__main__":
    main()
