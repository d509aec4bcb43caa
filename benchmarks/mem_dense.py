"""Peak memory on actor-dense inputs (issue 8: ≤ 150 MB for a 1 MB input).

    .venv/bin/python benchmarks/mem_dense.py [--size BYTES] [--shapes a,b] [--stages]

Real news peaks far below the target; the dearest inputs are texts made of nothing but new
names that say things (~33 K actors and 33 K views per MB, ~20 MB of JSON). Each shape below
is one invented sentence repeated with a fresh made-up name (syllables, so no real name and
no corpus text) up to `--size` characters. For each shape the script runs the CLI
(`-f json`, output to /dev/null) in a fresh process and prints its peak RSS (ru_maxrss);
`--stages` also prints each stage's tracemalloc peak in a fresh process (tracemalloc slows
the run ~3x). The news row is the gold articles repeated (../shared, skipped if absent).
"""

from __future__ import annotations

import argparse
import glob
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold" / "articles"

_SYL = ["ba", "ko", "tu", "ri", "ne", "lo", "va", "zi", "mu", "de", "fa", "go", "pe", "su"]
_SYL += ["xa", "qu", "yo", "wi"]


class _Names:
    """Fresh invented capitalised words, the same sequence on every run."""

    def __init__(self) -> None:
        self.rng = random.Random(7)
        self.used: set[str] = set()

    def __call__(self) -> str:
        while True:
            w = "".join(self.rng.choice(_SYL) for _ in range(4)).capitalize()
            if w not in self.used:
                self.used.add(w)
                return w


SHAPES: dict[str, Callable[[Callable[[], str]], str]] = {
    "lone_words": lambda w: f"{w()} said the plan works. ",
    "persons": lambda w: f"Ann {w()} said the plan works.\n\n",
    "knighted": lambda w: f"Sir John {w()} said the plan works.\n\n",
    "listed": lambda w: f"Acme Corp. and {w()} rose, Ann {w()} said.\n\n",
    "poss_role": lambda w: f"{w()}'s spokesman Ann {w()} said the plan works.\n\n",
    "joint_polls": lambda w: f"The Reuters/{w()} poll found that voters agree.\n\n",
}


def text_for(shape: str, size: int) -> str:
    """`size` characters of the shape (or of the gold articles repeated, for "news")."""
    if shape == "news":
        files = sorted(glob.glob(str(GOLD / "*.txt")))
        base = "\n\n".join(Path(f).read_text(encoding="utf-8") for f in files)
        return (base * (size // len(base) + 1))[:size]
    unit, names = SHAPES[shape], _Names()
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(unit(names))
        total += len(parts[-1])
    return "".join(parts)[:size]


def cli_rss_mb(path: Path, *options: str) -> float:
    """Peak RSS of one CLI run (-f json, plus `options`) on `path`, in MB, measured in a fresh
    wrapper process so no earlier child's maximum is mixed in."""
    argv = [sys.executable, "-m", "briefgen", str(path), "-f", "json", *options]
    code = (
        "import resource, subprocess, sys\n"
        f"subprocess.run({argv!r}, check=True, stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT
    )
    if out.returncode != 0:
        raise RuntimeError((out.stderr.strip().splitlines() or ["failed"])[-1])
    return int(out.stdout.strip()) / 1024  # Linux reports KB


_STAGES_CODE = r"""
import sys, tracemalloc
sys.path.insert(0, {bench!r})
import profile_stages as P
from briefgen.render.json import render_json
text = open({path!r}, encoding="utf-8").read()
P.staged(text[:3000], lambda name, fn: fn())  # warm-up: data files, lazy regexes
peaks = {{}}
tracemalloc.start()
def timed(name, fn):
    tracemalloc.reset_peak()
    r = fn()
    peaks[name] = tracemalloc.get_traced_memory()[1]
    return r
brief = P.staged(text, timed)
timed("render_json", lambda: render_json(brief))
print(" ".join(f"{{k}}={{v / 1e6:.1f}}" for k, v in peaks.items() if v > 1e6))
"""


def stage_peaks(path: Path) -> str:
    """Each stage's tracemalloc peak in MB (all traced memory live at the stage's highest point,
    so the text and the earlier stages' results count too), in a fresh process."""
    code = _STAGES_CODE.format(bench=str(ROOT / "benchmarks"), path=str(path))
    out = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT
    )
    if out.returncode != 0:
        return "failed: " + (out.stderr.strip().splitlines() or [""])[-1]
    return out.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per input")
    parser.add_argument("--shapes", default=",".join(["news", *SHAPES]))
    parser.add_argument("--stages", action="store_true", help="tracemalloc peak per stage")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for shape in opts.shapes.split(","):
            if shape == "news" and not GOLD.is_dir():
                continue
            path = Path(tmp) / f"{shape}.txt"
            path.write_text(text_for(shape, opts.size), encoding="utf-8")
            try:
                line = f"{shape:12} peak RSS {cli_rss_mb(path, '--date', '2024-04-15'):6.1f} MB"
            except RuntimeError as exc:
                line = f"{shape:12} failed: {exc}"
            if opts.stages:
                line += "  traced MB: " + stage_peaks(path)
            print(line, flush=True)


if __name__ == "__main__":
    main()
