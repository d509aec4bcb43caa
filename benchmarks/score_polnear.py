"""Score the views extractor against PolNeAR (brat attribution annotations).

    .venv/bin/python benchmarks/score_polnear.py [CORPUS_DIR] [--split dev] [--limit N] [--show NAME]
        [--speech] [--misses FILE]

Each gold attribution with a Content span is matched one-to-one (greedily, by overlap) with a
predicted view; a match counts when the overlap covers more than 0.3 (and 0.8) of the gold
content (a view's content is its span and its further `spans`, as in a split quote). Source accuracy: on matched pairs whose gold has a Source, the predicted speaker
mention overlaps the gold Source, or the resolved actor has a mention that does. Also prints the
extractor's time per 1,000 words after warm-up. The corpus stays in ../shared; nothing is copied.

`--speech` also scores the subset of gold attributions whose cue is a verb of saying (said,
told, added, according to, …), closer to what quote extractors such as the Gender Gap
Tracker annotate; its precision counts every prediction matched to a speech gold, and a
prediction matched to a non-speech gold is left out of it (neither right nor wrong).
`--misses FILE` writes every unmatched gold (cue, source, content) as tab-separated lines,
for error analysis on the train split.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
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
    cue: list[tuple[int, int]] = field(default_factory=list)


# Verbs (and "according to") of saying: the cue of a quote or of reported speech, not of a
# belief, an intention, an evaluation or an action.
SPEECH_CUE = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|ask|asks|asked|"
    r"asking|state|states|stated|explain|explains|explained|note|notes|noted|noting|write|"
    r"writes|wrote|writing|tweet|tweets|tweeted|claim|claims|claimed|insist|insists|insisted|"
    r"argue|argues|argued|arguing|stress|stressed|warn|warns|warned|warning|announce|announced|"
    r"declare|declared|reply|replied|respond|responded|comment|commented|remark|remarked|"
    r"recall|recalled|repeat|repeated|continue|continued|acknowledge|acknowledged|admit|"
    r"admitted|concede|conceded|suggest|suggested|according\s+to|quoted|put\s+it|"
    r"explaining|insisting|added|joked|quipped|recounted|declaring|stating|posted|"
    r"reiterate|reiterated|emphasi[sz]ed|confirm|confirmed|deny|denied|predicted|predict)\b",
    re.IGNORECASE,
)


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
        out.append(
            Gold(
                spans.get(ev["Content"], []),
                spans.get(ev.get("Source", ""), []),
                spans.get(ev.get("Cue", ""), []),
            )
        )
    return out


def is_speech(text: str, g: Gold) -> bool:
    """Is the gold's cue a verb of saying (or "according to", a colon before a quote)?"""
    cue = " ".join(text[s:e] for s, e in g.cue)
    return bool(SPEECH_CUE.search(cue))


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
    ap.add_argument("--speech", action="store_true", help="also score the speech-cue subset")
    ap.add_argument("--misses", default="", help="write unmatched golds to this TSV file")
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
    sp_gold = sp_pred = 0  # the speech subset: golds, and predictions matched to them
    sp_tp = {0.3: 0, 0.8: 0}
    sp_src_ok = sp_src_n = 0
    miss_out = open(args.misses, "w", encoding="utf-8") if args.misses else None  # noqa: SIM115
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
            speech = is_speech(text, g)
            if speech:
                sp_pred += 1
                sp_tp[0.3] += 1
                sp_tp[0.8] += ov > 0.8
            if g.source:
                src_n += 1
                sp_src_n += speech
                spans = [v.speaker_span] if v.speaker_span else []
                actor = actor_of(v.speaker)
                if actor:
                    spans += list(actor.mentions)
                if any(overlap(sp, g.source) for sp in spans):
                    src_ok += 1
                    sp_src_ok += speech
                elif args.show and args.show in txt.name:
                    src = "|".join(text[s:e] for s, e in g.source)
                    print(f"  SRC  gold={src!r} pred={v.speaker_text!r}")
        sp_gold += sum(1 for g in golds if is_speech(text, g))
        # A prediction matched to no gold is a false positive in the speech subset too.
        sp_pred += len(preds) - len(used_p)
        if miss_out is not None:
            for gi, g in enumerate(golds):
                if gi not in used_g:
                    cue = " ".join(text[s:e] for s, e in g.cue)
                    src = " | ".join(text[s:e] for s, e in g.source)
                    c = " … ".join(text[s:e] for s, e in g.content).replace("\n", " ")
                    miss_out.write(f"{txt.name}\t{cue}\t{src}\t{c}\n")
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
    if args.speech:
        for th in (0.3, 0.8):
            p = sp_tp[th] / sp_pred if sp_pred else 0.0
            r = sp_tp[th] / sp_gold if sp_gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"speech cues only, > {th}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({sp_gold} gold)")
        sacc = sp_src_ok / sp_src_n if sp_src_n else 0.0
        print(f"speech cues only, source accuracy: {sacc:.3f} ({sp_src_ok}/{sp_src_n})")
    if miss_out is not None:
        miss_out.close()
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
