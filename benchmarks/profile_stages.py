"""Per-stage timings of build_brief and the renderers, in ms per 1,000 words (issue 8).

    .venv/bin/python benchmarks/profile_stages.py [--reps N] [--unseen N] [--profile STAGE]

Runs build_brief's stages one after another on the gold articles (../shared/gold/articles,
skipped if absent) and the seed example, exactly as build_brief chains them, and charges each
stage the CPU time (time.process_time) it took; best of N runs after a warm-up, so a partly
loaded machine still gives stable figures. Every run starts again from the text, so every
stage sees fresh objects: timing a stage on documents made once and reused (as this script
used to) hit their cached properties and the extractors' per-string caches, under-stated each
stage by 5-15% and left ~1 ms per 1,000 words of build_brief unexplained ("rest").

`build_brief` is the whole pipeline timed as one call; `unexplained` is what it costs beyond
the stages listed above it (call overhead, garbage collection), so it should stay near zero.
`--unseen N` adds a first-sight column: each stage's cost on N PolNeAR train texts that the
process has not seen before (one pass, nothing warm but the data files and compiled regexes),
which is what a batch of new articles pays. `--profile STAGE` prints a cProfile of one stage.
"""

from __future__ import annotations

import argparse
import cProfile
import glob
import inspect
import pstats
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefgen.assemble import assemble, restore_offsets
from briefgen.extract.actors import extract_actors
from briefgen.extract.commitments import extract_commitments
from briefgen.extract.dates import extract_dates
from briefgen.extract.views import extract_views, views_warnings
from briefgen.model import Brief
from briefgen.pipeline import build_brief
from briefgen.read import matching_text, strip_bom
from briefgen.render import templating
from briefgen.render.json import render_json
from briefgen.render.markdown import render_markdown
from briefgen.section import section

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold" / "articles"
POLNEAR_TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train" / "text"

PIPELINE = (
    "read",
    "section",
    "actors",
    "dates",
    "views",
    "commitments",
    "views_warnings",
    "assemble",
    "restore_offsets",
)
RENDERERS = ("render_json", "render_markdown")
STAGES = PIPELINE + RENDERERS
EXTRACTORS = ("actors", "dates", "views", "commitments", "views_warnings")


def texts() -> list[str]:
    files = sorted(glob.glob(str(GOLD / "*.txt"))) + [
        str(ROOT / "examples/iraq-us-partnership.txt")
    ]
    return [Path(f).read_text(encoding="utf-8") for f in files]


def unseen_texts(n: int) -> list[str]:
    files = sorted(glob.glob(str(POLNEAR_TRAIN / "*.txt")))[-n:] if n else []
    return [Path(f).read_text(encoding="utf-8") for f in files]


Timer = Callable[[str, Callable[[], Any]], Any]


def staged(text: str, timed: Timer) -> Brief:
    """build_brief(text) stage by stage (keep in step with briefgen/pipeline.py), each stage
    run through `timed(name, thunk)`."""
    text = strip_bom(text)
    work, offsets = timed("read", lambda: matching_text(text))
    doc = timed("section", lambda: section(work, None))
    actors = timed("actors", lambda: extract_actors(doc))
    dates = timed("dates", lambda: extract_dates(doc, actors, day_first=None))
    views = timed("views", lambda: extract_views(doc, actors))
    commitments = timed("commitments", lambda: extract_commitments(doc, actors, dates, views))
    warnings = timed("views_warnings", lambda: views_warnings(doc))
    original = {"source_text": text} if _TAKES_SOURCE_TEXT else {}  # older trees: no such arg
    brief = timed(
        "assemble",
        lambda: assemble(
            doc,
            actors=actors,
            dates=dates,
            views=views,
            commitments=commitments,
            source_name=None,
            warnings=warnings,
            **original,
        ),
    )
    if offsets:
        brief = timed("restore_offsets", lambda: restore_offsets(brief, offsets))
    return brief


_TAKES_SOURCE_TEXT = "source_text" in inspect.signature(assemble).parameters


def run_once(tx: list[str]) -> dict[str, float]:
    """CPU seconds per stage over one pass of every text (fresh objects all through; the
    Markdown escaper's per-string cache is emptied, as for articles never seen before)."""
    clear = getattr(templating, "_md_escape", None)
    if clear is not None:
        clear.cache_clear()
    acc = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t = clock()
        out = fn()
        acc[name] += clock() - t
        return out

    briefs = [staged(text, timed) for text in tx]
    for brief in briefs:
        timed("render_json", lambda b=brief: render_json(b))
    for brief in briefs:
        timed("render_markdown", lambda b=brief: render_markdown(b))
    return acc


def best_whole(tx: list[str], reps: int) -> float:
    out = float("inf")
    for _ in range(reps):
        t = time.process_time()
        for text in tx:
            build_brief(text)
        out = min(out, time.process_time() - t)
    return out


def profile(tx: list[str], stage: str, reps: int) -> None:
    pr = cProfile.Profile()

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        if name != stage:
            return fn()
        pr.enable()
        try:
            return fn()
        finally:
            pr.disable()

    for _ in range(reps):
        briefs = [staged(text, timed) for text in tx]
        for brief in briefs:
            timed("render_json", lambda b=brief: render_json(b))
            timed("render_markdown", lambda b=brief: render_markdown(b))
    pstats.Stats(pr).sort_stats("tottime").print_stats(30)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--unseen", type=int, default=0, help="also time N unseen PolNeAR texts")
    ap.add_argument("--profile", default=None, choices=STAGES)
    args = ap.parse_args()

    tx = texts()
    words = sum(len(t.split()) for t in tx)
    for text in tx:  # the staged chain must be build_brief, or the figures mean nothing
        assert staged(text, lambda _name, fn: fn()) == build_brief(text)
    if args.profile:
        profile(tx, args.profile, args.reps)
        return
    run_once(tx)  # warm-up: data files, compiled regexes, templates
    best = dict.fromkeys(STAGES, float("inf"))
    for _ in range(args.reps):
        for name, v in run_once(tx).items():
            best[name] = min(best[name], v)
    per_k = {name: v / words * 1e6 for name, v in best.items()}
    whole = best_whole(tx, args.reps) / words * 1e6
    first: dict[str, float] = {}
    again: dict[str, float] = {}
    if args.unseen:
        new = unseen_texts(args.unseen)
        new_words = sum(len(t.split()) for t in new)
        first = {name: v / new_words * 1e6 for name, v in run_once(new).items()}
        again = {name: v / new_words * 1e6 for name, v in run_once(new).items()}

    print(f"{len(tx)} texts, {words} words; CPU ms per 1,000 words, best of {args.reps}")
    if first:
        print(
            f"first/again: {args.unseen} PolNeAR train texts new to the process, "
            "then the same texts a second time (one pass each)"
        )
    head = f"  {'stage':18s} {'warm':>6s}" + (f" {'first':>6s} {'again':>6s}" if first else "")
    print(head)

    def row(name: str, v: float, f: float | None = None, g: float | None = None) -> None:
        extra = f" {f:6.2f} {g:6.2f}" if f is not None and g is not None else ""
        print(f"  {name:18s} {v:6.2f}{extra}")

    for name in STAGES:
        row(name, per_k[name], first.get(name), again.get(name))
    inside = sum(per_k[p] for p in PIPELINE)
    ours = inside - sum(per_k[p] for p in EXTRACTORS)
    row("build_brief", whole)
    row("unexplained", whole - inside)
    print(f"  {'not extractors':18s} {ours:6.2f}  (read + section + assemble + restore_offsets)")
    json_total = whole + per_k["render_json"]
    print(f"  {'JSON brief':18s} {json_total:6.2f}  (build_brief + render_json; target ≤ 5)")


if __name__ == "__main__":
    main()
