"""Hold briefgen's output against hand-made gold briefs and print precision/recall per section.

    python benchmarks/score_gold.py ../shared/gold [MORE_DIRS ...] [--json] [--verbose]

The matching is the lenient one of the gold README: an actor matches when one of its names
equals one of the gold names (case, punctuation and a leading "the" aside); a date, commitment
or view matches when its span overlaps the gold text or evidence in the article, and must then
carry the gold value / actors / speaker to count as correct.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from briefgen import build_brief
from briefgen.render.json import brief_to_dict

_PUNCT = re.compile(r"[^\w\s]")


def norm(name: str) -> str:
    name = _PUNCT.sub(" ", name.lower().replace("\u2019", "'"))
    name = " ".join(name.split())
    return name.removeprefix("the ")


def same_people(a: str, b: str) -> bool:
    """One normalised wording holds the other as whole words ("analysts" in "some analysts")."""
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans of every occurrence of `needle` (exact, else case-insensitive)."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    if not spans:
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def any_overlap(spans: list[tuple[int, int]], targets: list[tuple[int, int]]) -> bool:
    return any(overlaps(s, t) for s in spans for t in targets)


class Tally:
    """Counts for one section: true positives over predictions and over required gold items."""

    def __init__(self) -> None:
        self.pred = self.pred_ok = self.gold = self.gold_ok = self.attr = self.attr_ok = 0

    def add(self, other: Tally) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def row(self) -> dict[str, float | int | None]:
        p = self.pred_ok / self.pred if self.pred else None
        r = self.gold_ok / self.gold if self.gold else None
        f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        a = self.attr_ok / self.attr if self.attr else None
        return {
            "precision": p,
            "recall": r,
            "f1": f,
            "attribute": a,
            "pred": self.pred,
            "gold": self.gold,
        }


def gold_names(actor: dict[str, Any]) -> set[str]:
    """An "unnamed …" group is also known by its wording ("unnamed Cuban exiles")."""
    name = actor["name"]
    names = (
        {norm(name), norm(name.removeprefix("unnamed "))}
        if name.startswith("unnamed ")
        else {norm(name)}
    )
    return names | {norm(a) for a in actor.get("aliases", [])}


def pred_names(actor: dict[str, Any]) -> set[str]:
    return {norm(actor["name"])} | {norm(a) for a in actor.get("aliases", [])}


def resolve(pred_actor_names: set[str], gold_actors: list[dict[str, Any]]) -> str | None:
    """The gold actor name a predicted actor refers to, if any."""
    for g in gold_actors:
        if pred_actor_names & gold_names(g):
            return g["name"]
    return None


def unnamed_named(name: str, gold: dict[str, Any], surface: str | None) -> bool:
    """An "unnamed …" gold actor (no name to resolve to) is named when the record's surface
    mention and the gold wording contain one another ("lawyers for the family"), as for views."""
    if not name.startswith("unnamed") or not surface or not norm(surface):
        return False
    actor = next((a for a in gold["actors"] if a["name"] == name), {"name": name})
    wordings = {norm(name.removeprefix("unnamed").strip())} | {
        norm(a) for a in actor.get("aliases", [])
    }
    said = norm(surface)
    return any(same_people(w, said) for w in wordings)


def score_article(gold: dict[str, Any], out: dict[str, Any], misses: list[str]) -> Tally:
    t = Tally()
    g, p = gold["article"], out["article"]
    pairs = {
        "kicker": (g.get("kicker"), p["kicker"]),
        "headline": (g.get("headline"), p["headline"]),
        "standfirst": (g.get("standfirst"), p["standfirst"]),
        "byline": (g.get("byline", []), p["byline"]),
        "outlet": (g.get("outlet"), p["outlet"]),
        "published": (g.get("published"), p["published"]),
        "section_headings": (
            g.get("section_headings", []),
            [s["heading"] for s in p["sections"] if s["heading"]],
        ),
    }
    for field, (want, got) in pairs.items():
        t.gold += 1
        t.pred += 1
        ok = (
            (norm(want) == norm(got))
            if isinstance(want, str) and isinstance(got, str)
            else (
                [norm(x) for x in want] == [norm(x) for x in got]
                if isinstance(want, list)
                else want == got
            )
        )
        if ok:
            t.gold_ok += 1
            t.pred_ok += 1
        else:
            misses.append(f"article.{field}: want {want!r} got {got!r}")
    return t


def score_actors(gold: dict[str, Any], out: dict[str, Any], misses: list[str]) -> Tally:
    t = Tally()
    gold_actors = gold["actors"]
    matched: dict[str, dict[str, Any]] = {}
    for a in out["actors"]:
        t.pred += 1
        hit = resolve(pred_names(a), gold_actors)
        if hit:
            t.pred_ok += 1
            matched.setdefault(hit, a)
        else:
            misses.append(f"actor false positive: {a['name']!r} ({a['kind']})")
    for g in gold_actors:
        if g.get("required", True):
            t.gold += 1
            if g["name"] in matched:
                t.gold_ok += 1
            else:
                misses.append(f"actor missed: {g['name']!r}")
        a = matched.get(g["name"])
        if a is None:
            continue
        for field in ("title", "affiliation"):
            if g.get(field):
                t.attr += 1
                want, got = norm(g[field]), norm(a.get(field) or "")
                if got and (want == got or want in got or got in want):
                    t.attr_ok += 1
                else:
                    misses.append(
                        f"actor {g['name']!r} {field}: want {g[field]!r} got {a.get(field)!r}"
                    )
    return t


def score_dates(
    gold: dict[str, Any], text: str, out: dict[str, Any], value_key: str, misses: list[str]
) -> Tally:
    t = Tally()
    gold_dates = [(d, occurrences(text, d["text"])) for d in gold["dates"] if value_key in d]
    for d in out["dates"]:
        t.pred += 1
        if any(any_overlap([tuple(d["span"])], occ) for _, occ in gold_dates):
            t.pred_ok += 1
        else:
            misses.append(f"date false positive: {d['text']!r} = {d['value']}")
    for g, occ in gold_dates:
        t.gold += 1
        hits = [d for d in out["dates"] if any_overlap([tuple(d["span"])], occ)]
        if not hits:
            misses.append(f"date missed: {g['text']!r}")
            continue
        t.gold_ok += 1
        t.attr += 1
        if any(d["value"] == g[value_key] for d in hits):
            t.attr_ok += 1
        else:
            misses.append(
                f"date {g['text']!r}: want {g[value_key]} got {[d['value'] for d in hits]}"
            )
    return t


def _item_spans(item: dict[str, Any]) -> list[tuple[int, int]]:
    spans = [tuple(item["span"])] + [tuple(s) for s in item.get("spans", [])]
    return spans  # type: ignore[return-value]


def score_items(
    section: str, gold: dict[str, Any], text: str, out: dict[str, Any], misses: list[str]
) -> Tally:
    """Commitments or views: span overlap with the gold evidence, then actors/speaker."""
    t = Tally()
    gold_items = [(g, occurrences(text, g["evidence"])) for g in gold[section]]
    for g, occ in gold_items:
        if not occ:
            misses.append(f"{section}: gold evidence not in text: {g['evidence']!r}")
    actor_by_id = {a["id"]: a for a in out["actors"]}

    def resolved(ids: list[str]) -> set[str]:
        names = set()
        for i in ids:
            if i in actor_by_id:
                hit = resolve(pred_names(actor_by_id[i]), gold["actors"])
                if hit:
                    names.add(hit)
        return names

    for item in out[section]:
        t.pred += 1
        if any(any_overlap(_item_spans(item), occ) for _, occ in gold_items):
            t.pred_ok += 1
        else:
            misses.append(f"{section} false positive: {item['text'][:70]!r}")
    for g, occ in gold_items:
        hits = [i for i in out[section] if any_overlap(_item_spans(i), occ)]
        if g.get("required", True):
            t.gold += 1
            if hits:
                t.gold_ok += 1
            else:
                misses.append(f"{section} missed: {g['evidence']!r}")
        if not hits:
            continue
        t.attr += 1
        if section == "views":
            want_speakers = set(g["speaker"]) if isinstance(g["speaker"], list) else {g["speaker"]}
            if g["speaker"] == "unnamed" or str(g["speaker"]).startswith("unnamed "):
                # No actor to resolve to: right when the view is left unnamed (no gold actor)
                # and names the same people ("analysts" for "unnamed analysts").
                surface = norm(g.get("speaker_text") or g["speaker"].removeprefix("unnamed "))
                # A gold actor of that name (with aliases) counts when the view resolves to it.
                ok = any(
                    resolved([h["speaker"]] if h["speaker"] else []) == want_speakers
                    or (
                        not resolved([h["speaker"]] if h["speaker"] else [])
                        and same_people(surface, norm(h["speaker_text"]))
                    )
                    for h in hits
                )
            else:
                ok = any(
                    resolved(h.get("speakers") or ([h["speaker"]] if h["speaker"] else []))
                    == want_speakers
                    for h in hits
                )
            want: Any = g["speaker"]
            got: Any = [h["speaker_text"] for h in hits]
        else:
            ok = any(
                all(
                    a in resolved(h["actors"]) or unnamed_named(a, gold, h["actor_text"])
                    for a in g["actors"]
                )
                for h in hits
            )
            want, got = g["actors"], [h["actor_text"] for h in hits]
        if ok:
            t.attr_ok += 1
        else:
            misses.append(f"{section} {g['evidence'][:40]!r}: want {want} got {got}")
    return t


def covered(spans: list[tuple[int, int]], target: tuple[int, int]) -> float:
    """The largest share of target that one of spans covers (the Gender Gap Tracker's measure)."""
    size = max(target[1] - target[0], 1)
    return max(
        (max(0, min(s[1], target[1]) - max(s[0], target[0])) / size for s in spans), default=0
    )


def score_view_overlap(gold: dict[str, Any], text: str, out: dict[str, Any], share: float) -> Tally:
    """Views matched strictly: a pair counts only when the view covers more than `share` of the
    gold evidence, as the published quote scores count (overlap > 0.3 and > 0.8)."""
    t = Tally()
    gold_items = [(g, occurrences(text, g["evidence"])) for g in gold["views"]]

    def match(item: dict[str, Any], occ: list[tuple[int, int]]) -> bool:
        return any(covered(_item_spans(item), o) > share for o in occ)

    for item in out["views"]:
        t.pred += 1
        t.pred_ok += any(match(item, occ) for _, occ in gold_items)
    for g, occ in gold_items:
        if g.get("required", True):
            t.gold += 1
            t.gold_ok += any(match(item, occ) for item in out["views"])
    return t


def score_file(path: Path) -> tuple[dict[str, Tally], list[str]]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["text_file"]).read_text(encoding="utf-8").removeprefix("\ufeff")
    out = brief_to_dict(build_brief(text))
    misses: list[str] = []
    tallies = {
        "article": score_article(gold, out, misses),
        "actors": score_actors(gold, out, misses),
        "dates": score_dates(gold, text, out, "value", misses),
        "commitments": score_items("commitments", gold, text, out, misses),
        "views": score_items("views", gold, text, out, misses),
        "views >0.3": score_view_overlap(gold, text, out, 0.3),
        "views >0.8": score_view_overlap(gold, text, out, 0.8),
    }
    # Dates again with the publication date given, where the gold says what it resolves to.
    keys = {k for d in gold["dates"] for k in d if k.startswith("value_if_published_")}
    dated = Tally()
    for key in sorted(keys):
        out_dated = brief_to_dict(build_brief(text, key.removeprefix("value_if_published_")))
        dated.add(score_dates(gold, text, out_dated, key, misses))
    tallies["dates --date"] = dated
    return tallies, misses


def fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}" if isinstance(x, float) else str(x)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("gold_dir", type=Path, nargs="+", help="one or more folders, pooled")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    files = [f for d in args.gold_dir for f in sorted(d.glob("*.gold.json"))]
    if not files:
        print(f"no *.gold.json in {' '.join(map(str, args.gold_dir))}", file=sys.stderr)
        return 1
    totals: dict[str, Tally] = defaultdict(Tally)
    per_file = {}
    for f in files:
        tallies, misses = score_file(f)
        per_file[f.name] = {k: v.row() for k, v in tallies.items()}
        for k, v in tallies.items():
            totals[k].add(v)
        if args.verbose:
            print(f"== {f.name}")
            for m in misses:
                print("  ", m)
    rows = {k: v.row() for k, v in totals.items()}
    if args.json:
        print(json.dumps({"total": rows, "files": per_file}, indent=2))
        return 0
    print(f"{'section':14} {'P':>5} {'R':>5} {'F1':>5} {'attr':>5} {'pred':>5} {'gold':>5}")
    for k, r in rows.items():
        print(
            f"{k:14} {fmt(r['precision']):>5} {fmt(r['recall']):>5} {fmt(r['f1']):>5} "
            f"{fmt(r['attribute']):>5} {r['pred']:>5} {r['gold']:>5}"
        )
    print(
        "attr = title/affiliation accuracy (actors), value accuracy (dates), "
        "actor attribution (commitments), speaker accuracy (views); views >0.3 / >0.8 count a "
        "view only when it covers that share of the gold evidence"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
