"""Score the views extractor against PolNeAR (brat attribution annotations).

    .venv/bin/python benchmarks/score_polnear.py [CORPUS_DIR] [--split dev] [--limit N] [--show NAME]

Each gold attribution with a Content span is matched one-to-one (greedily, by overlap) with a
predicted view; a match counts when the overlap covers more than 0.3 (and 0.8) of the gold
content (a view's content is its span and its further `spans`, as in a split quote). Source accuracy: on matched pairs whose gold has a Source, the predicted speaker
mention overlaps the gold Source, or the resolved actor has a mention that does. Also prints the
extractor's time per 1,000 words after warm-up. The corpus stays in ../shared; nothing is copied.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefgen.extract.actors import extract_actors
from briefgen.extract.views import extract_views
from briefgen.model import Actor, View
from briefgen.section import section
from briefgen.textutil import count_words

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear"


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]


def read_ann(path: Path) -> list[Gold]:
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and "\t" in line:
            tid, info, *_ = line.split("\t")
            _, offs = info.split(" ", 1)
            spans[tid] = [(int(a), int(b)) for a, b in (p.split() for p in offs.split(";"))]
        elif line.startswith("E"):
            parts = line.split("\t")[1].split()
            events.append(dict(p.split(":", 1) for p in parts))
    out = []
    for ev in events:
        if "Content" not in ev:
            continue
        out.append(Gold(spans.get(ev["Content"], []), spans.get(ev.get("Source", ""), [])))
    return out


def overlap(span: tuple[int, int], parts: list[tuple[int, int]]) -> int:
    return sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in parts)


def pairs(split_dir: Path) -> list[tuple[Path, Path]]:
    seen: dict[str, tuple[Path, Path]] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        stem = re.sub(r"_[^_]+$", "", ann.stem)
        txt = split_dir / "text" / f"{stem}.txt"
        if stem not in seen and txt.exists():
            seen[stem] = (txt, ann)  # first annotator only when an article was annotated twice
    return list(seen.values())


def run(text: str, stage_only: bool) -> tuple[list[View], Callable[[str | None], Actor | None]]:
    """The predicted views and a lookup from speaker id to actor."""
    if stage_only:
        doc = section(text)
        actors = extract_actors(doc)
        by_id = {a.id: a for a in actors}
        return extract_views(doc, actors), lambda i: by_id.get(i or "")
    from briefgen import build_brief

    brief = build_brief(text, "2016-11-01")
    return list(brief.views), brief.actor


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument(
        "--stage-only",
        action="store_true",
        help="run section → actors → views only (not the whole pipeline)",
    )
    ap.add_argument("--show", default="", help="print misses and false positives for files matching")
    args = ap.parse_args()
    split_dir = Path(args.corpus) / args.split
    if not split_dir.is_dir():
        print(f"score_polnear: no corpus at {split_dir}", file=sys.stderr)
        return 1
    files = pairs(split_dir)
    if args.limit:
        files = files[: args.limit]
    n_gold = n_pred = 0
    tp = {0.3: 0, 0.8: 0}
    src_ok = src_n = 0
    times: list[float] = []
    words_total = 0
    for txt, ann in files:
        text = txt.read_text(encoding="utf-8")
        golds = read_ann(ann)
        preds, actor_of = run(text, args.stage_only)
        n_gold += len(golds)
        n_pred += len(preds)
        # Timing of the views stage alone (after a warm-up run), per 1,000 words.
        doc = section(text)
        actors = extract_actors(doc)
        extract_views(doc, actors)
        t0 = time.perf_counter()
        extract_views(doc, actors)
        times.append(time.perf_counter() - t0)
        words_total += count_words(text)
        cand = []
        for gi, g in enumerate(golds):
            glen = sum(e - s for s, e in g.content) or 1
            for pi, v in enumerate(preds):
                ov = sum(overlap(sp, g.content) for sp in (v.span, *v.spans)) / glen
                if ov > 0.3:
                    cand.append((ov, gi, pi))
        cand.sort(reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        matched = []
        for ov, gi, pi in cand:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matched.append((ov, gi, pi))
            tp[0.3] += 1
            if ov > 0.8:
                tp[0.8] += 1
            g, v = golds[gi], preds[pi]
            if g.source:
                src_n += 1
                spans = [v.speaker_span] if v.speaker_span else []
                actor = actor_of(v.speaker)
                if actor:
                    spans += list(actor.mentions)
                if any(overlap(sp, g.source) for sp in spans):
                    src_ok += 1
                elif args.show and args.show in txt.name:
                    src = "|".join(text[s:e] for s, e in g.source)
                    print(f"  SRC  gold={src!r} pred={v.speaker_text!r}")
        if args.show and args.show in txt.name:
            print(f"== {txt.name}")
            for gi, g in enumerate(golds):
                if gi not in used_g:
                    c = " … ".join(text[s:e] for s, e in g.content)
                    src = "|".join(text[s:e] for s, e in g.source)
                    print(f"  MISS [{src}] {c[:140]!r}")
            for pi, v in enumerate(preds):
                if pi not in used_p:
                    print(f"  FP   [{v.speaker_text}] ({v.rule}) {v.text[:140]!r}")
    for th in (0.3, 0.8):
        p = tp[th] / n_pred if n_pred else 0.0
        r = tp[th] / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"content overlap > {th}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    acc = src_ok / src_n if src_n else 0.0
    sp = src_ok / n_pred if n_pred else 0.0
    sr = src_ok / n_gold if n_gold else 0.0
    sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    print(f"source accuracy on matched: {acc:.3f} ({src_ok}/{src_n}); source F1 {sf:.3f}")
    per_kw = sum(times) / max(words_total, 1) * 1000 * 1000
    print(
        f"{len(files)} articles, {n_gold} gold, {n_pred} predicted; views stage "
        f"{per_kw:.3f} ms per 1,000 words (median article {statistics.median(times) * 1000:.2f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
