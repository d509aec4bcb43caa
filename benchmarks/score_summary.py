"""How much of the bottom line and the key points carries gold facts, and whether every ¶N points
at the paragraph that holds its item.

    python benchmarks/score_summary.py ../shared/gold

A bottom-line sentence or key point "carries a fact" when its source sentence overlaps the
evidence of a gold commitment or view, or the text of a gold date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from score_gold import occurrences, overlaps

from briefgen import build_brief


def gold_fact_spans(gold: dict, text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for c in gold["commitments"]:
        spans += occurrences(text, c["evidence"])
    for v in gold["views"]:
        spans += occurrences(text, v["evidence"])
    for d in gold["dates"]:
        spans += occurrences(text, d["text"])
    return spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    totals = {"bottom line": [0, 0], "key points": [0, 0], "¶N checks": [0, 0]}
    for path in sorted(args.gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["text_file"]).read_text(encoding="utf-8")
        brief = build_brief(text)
        facts = gold_fact_spans(gold, text)
        for name, items in (("bottom line", brief.summary), ("key points", brief.key_points)):
            for item in items:
                hit = any(overlaps(item.span, f) for f in facts)
                totals[name][0] += hit
                totals[name][1] += 1
                if args.verbose and not hit:
                    print(f"{path.name}: {name} without a gold fact: {item.text[:90]!r}")
        items = [*brief.summary, *brief.key_points, *brief.dates, *brief.commitments, *brief.views]
        for item in items:
            n = brief.paragraph_number(item.span[0])
            if n is None:
                continue
            start, end = brief.paragraphs[n - 1]
            totals["¶N checks"][0] += start <= item.span[0] and item.span[1] <= end
            totals["¶N checks"][1] += 1
    for name, (hit, total) in totals.items():
        share = f"{hit / total:.2f}" if total else "-"
        print(f"{name:12} {hit:4}/{total:<4} {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
