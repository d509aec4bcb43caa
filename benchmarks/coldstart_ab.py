"""Markdown CLI cold start of source trees side by side (issue 8), alternating runs:

    .venv/bin/python benchmarks/coldstart_ab.py [--rounds 12] [--prepare] NAME=TREE ...

TREE is a checkout (e.g. a `git worktree` of the starting commit and one with a change); each
run is `python -m briefgen SEED` with PYTHONPATH=TREE from /tmp (so that no checkout in the
working directory shadows it). --prepare first brings each tree's bytecode and regex code cache
up to date (compileall, then `python -m briefgen.lazyre`), as `make` does. Prints per tree the
median CPU time of the child (user + sys: steadier than wall time on a shared host), its
minimum and the wall median, and whether every tree printed the same brief.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "iraq-us-partnership.txt"


def prepare(tree: str) -> None:
    subprocess.run([sys.executable, "-m", "compileall", "-q", f"{tree}/briefgen"], check=True)
    env = {**os.environ, "PYTHONPATH": tree}
    subprocess.run([sys.executable, "-m", "briefgen.lazyre"], env=env, cwd="/tmp", check=True)


def once(tree: str, seed: Path) -> tuple[float, float, bytes]:
    env = {**os.environ, "PYTHONPATH": tree}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "briefgen", str(seed)],
        env=env, cwd="/tmp", capture_output=True, check=True,
    ).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return cpu, wall, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("trees", nargs="+", metavar="NAME=TREE")
    ap.add_argument("--rounds", type=int, default=12)
    ap.add_argument("--prepare", action="store_true")
    ap.add_argument("--seed", type=Path, default=SEED)
    opts = ap.parse_args()
    trees = [t.split("=", 1) for t in opts.trees]
    if opts.prepare:
        for _, tree in trees:
            prepare(tree)
    cpu: dict[str, list[float]] = {n: [] for n, _ in trees}
    wall: dict[str, list[float]] = {n: [] for n, _ in trees}
    outs: dict[str, bytes] = {}
    for r in range(opts.rounds):
        for name, tree in trees if r % 2 == 0 else trees[::-1]:
            c, w, out = once(tree, opts.seed)
            cpu[name].append(c)
            wall[name].append(w)
            outs.setdefault(name, out)
    for name, _ in trees:
        print(f"{name}: CPU median {statistics.median(cpu[name]) * 1000:.0f} ms "
              f"(min {min(cpu[name]) * 1000:.0f}), wall median "
              f"{statistics.median(wall[name]) * 1000:.0f} ms, {len(cpu[name])} runs")
    print("same brief from every tree:", len(set(outs.values())) == 1)


if __name__ == "__main__":
    main()
