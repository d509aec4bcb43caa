"""Score briefgen's date stage against TimeML gold (TempEval-3 JSON Lines), with dateparser as baseline.

    .venv/bin/python benchmarks/score_timeml.py [DIR_OR_JSONL ...] [--no-baseline] [--direct]
        [--limit N] [--errors FILE]

Each document's DCT is the reference date. By default the text goes through the real sectioner
(briefgen.section.section); --direct builds a Document with every line a paragraph and the
sentences split the same way, without headline or dateline handling (TimeBank texts are not news
pages, so the sectioner may drop a first line). Figures follow TempEval-3: relaxed P/R/F1 (any
overlap), strict F1 (exact span), value and type accuracy over relaxed matches, value F1 =
relaxed F1 x value accuracy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.extract.dates import extract_dates
from briefgen.model import Article, Document, Paragraph, Section, Sentence
from briefgen.section import section

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'`]?[A-Z])")


def split_sentences(text: str, span: tuple[int, int], paragraph: int) -> list[Sentence]:
    """A plain splitter for --direct (the sectioner's own one is not part of its API)."""
    start, end = span
    out = []
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append(Sentence((start, m.start()), paragraph))
        start = m.end()
    if start < end:
        out.append(Sentence((start, end), paragraph))
    return out


DEFAULT = ROOT.parent / "shared" / "corpora" / "te3-train"
Item = tuple[int, int, str, str]  # start, end, type, value


def load(paths: list[Path]) -> list[dict]:
    files: list[Path] = []
    for p in paths:
        files += sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    docs = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                d["_corpus"] = f.stem.replace("train_", "")
                docs.append(d)
    return docs


def direct_document(text: str, ref: str) -> Document:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    paragraphs = tuple(Paragraph(s, 0) for s in spans)
    sentences: tuple[Sentence, ...] = tuple(
        s for i, p in enumerate(paragraphs) for s in split_sentences(text, p.span, i)
    )
    article = Article(reference_date=ref, reference_date_source="option",
                      sections=(Section(None, tuple(spans)),))
    return Document(text, article, paragraphs, sentences)


def briefgen_items(text: str, ref: str, direct: bool) -> list[Item]:
    doc = direct_document(text, ref) if direct else section(text, dt.date.fromisoformat(ref))
    return [(d.span[0], d.span[1], d.type, d.value) for d in extract_dates(doc, [])]


def dateparser_items(text: str, ref: str) -> list[Item]:
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(ref)
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for surface, value in found:
        i = text.find(surface, pos)
        if i < 0:
            i = text.find(surface)
            if i < 0:
                continue
        pos = i + len(surface)
        has_time = value.hour or value.minute
        v = value.strftime("%Y-%m-%dT%H:%M") if has_time else value.date().isoformat()
        out.append((i, i + len(surface), "TIME" if has_time else "DATE", v))
    return out


class Score:
    def __init__(self) -> None:
        self.gold = self.sys = self.rel_g = self.rel_s = self.strict = 0
        self.val = self.typ = 0

    def add(self, gold: list[Item], system: list[Item], errors: list | None = None, doc: dict | None = None) -> None:
        self.gold += len(gold)
        self.sys += len(system)
        used: set[int] = set()
        for g in gold:
            match = None
            for j, s in enumerate(system):
                if j not in used and s[0] < g[1] and g[0] < s[1]:
                    match = j
                    break
            if match is None:
                if errors is not None and doc is not None:
                    errors.append(("FN", doc["text"][g[0]:g[1]], g[2], g[3], "", _ctx(doc, g)))
                continue
            used.add(match)
            s = system[match]
            self.rel_g += 1
            self.strict += (s[0], s[1]) == (g[0], g[1])
            self.val += s[3] == g[3]
            self.typ += s[2] == g[2]
            if errors is not None and doc is not None and (s[3] != g[3] or (s[0], s[1]) != (g[0], g[1])):
                errors.append(("VAL" if s[3] != g[3] else "SPAN", doc["text"][g[0]:g[1]] + " ~ " + doc["text"][s[0]:s[1]], g[2] + "/" + s[2], g[3], s[3], _ctx(doc, g)))
        self.rel_s += len(used)
        if errors is not None and doc is not None:
            for j, s in enumerate(system):
                if j not in used:
                    errors.append(("FP", doc["text"][s[0]:s[1]], s[2], "", s[3], _ctx(doc, s)))

    def row(self) -> dict[str, float]:
        p = self.rel_s / self.sys if self.sys else 0.0
        r = self.rel_g / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        sp = self.strict / self.sys if self.sys else 0.0
        sr = self.strict / self.gold if self.gold else 0.0
        sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
        va = self.val / self.rel_g if self.rel_g else 0.0
        ta = self.typ / self.rel_g if self.rel_g else 0.0
        return {"P": p, "R": r, "F1": f, "strict_F1": sf, "value_acc": va, "value_F1": f * va,
                "type_acc": ta}


def _ctx(doc: dict, item: Item) -> str:
    t = doc["text"]
    return (t[max(0, item[0] - 50):item[0]] + "[[" + t[item[0]:item[1]] + "]]" + t[item[1]:item[1] + 30]).replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--direct", action="store_true", help="skip the sectioner (see module doc)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=Path, help="write briefgen's errors as TSV")
    args = ap.parse_args()
    docs = load(args.paths)
    if args.limit:
        docs = docs[: args.limit]
    systems: dict[str, Callable[[str, str], list[Item]]] = {
        "briefgen": lambda t, r: briefgen_items(t, r, args.direct)}
    if not args.no_baseline:
        systems["dateparser"] = dateparser_items
    errors: list = []
    print(f"{'system':<11} {'corpus':<9} {'docs':>4} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'strictF1':>8} {'valAcc':>6} {'valF1':>6} {'typeAcc':>7} {'ms/doc':>7}")
    for name, fn in systems.items():
        per: dict[str, Score] = {}
        total = Score()
        elapsed = 0.0
        for d in docs:
            ref = d["dct"][:10]
            gold = [(t["start"], t["end"], t["type"], t["value"]) for t in d["timexes"]]
            t0 = time.perf_counter()
            system = fn(d["text"], ref)
            elapsed += time.perf_counter() - t0
            per.setdefault(d["_corpus"], Score()).add(gold, system)
            total.add(gold, system, errors if name == "briefgen" else None, d)
        for corpus, sc in [*per.items(), ("ALL", total)]:
            n = sum(1 for d in docs if d["_corpus"] == corpus) if corpus != "ALL" else len(docs)
            r = sc.row()
            print(f"{name:<11} {corpus:<9} {n:>4} {sc.gold:>5} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} "
                  f"{r['strict_F1']:8.3f} {r['value_acc']:6.3f} {r['value_F1']:6.3f} {r['type_acc']:7.3f} "
                  f"{1000 * elapsed / max(1, len(docs)):7.2f}")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as f:
            for e in errors:
                f.write("\t".join(str(x) for x in e) + "\n")


if __name__ == "__main__":
    main()
