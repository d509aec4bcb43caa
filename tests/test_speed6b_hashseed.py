"""Pattern text independent of PYTHONHASHSEED (issue 8, cold start): the regex code cache
(briefgen.lazyre) is keyed by a pattern's text, so a pattern whose text follows a set's order
misses it in most processes (and, where bytecode may be written, rewrites the file at every
exit). Each process here builds the patterns under its own hash seed; the texts must agree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_COMMITMENTS = """
import json
from briefgen.extract import commitments as c
from briefgen.extract.commitments import cues, filters
print(json.dumps({
    "attack": filters._ATTACK.pattern,
    "consequence": filters._CONSEQUENCE.pattern,
    "state": filters._STATE.pattern,
    "cues": c.CUE_RE.pattern,
    "heads": {h: p.pattern for h, p in sorted(cues._HEAD_RE.items())},
    "head_word": cues._HEAD_WORD.pattern,
}))
"""

_REGISTERED = """
import json
import briefgen.pipeline, briefgen.render.markdown
from briefgen import lazyre
print(json.dumps(sorted(map(list, lazyre._CODES.known))))
"""


def _run(code: str, seed: str) -> object:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_commitment_patterns_do_not_depend_on_the_hash_seed() -> None:
    # seeds 1 and 2 order the inflected forms of "accuse", "destroy", "pay" differently: the
    # old sort by length alone gave two texts for _ATTACK, _CONSEQUENCE and _STATE
    one, two = _run(_COMMITMENTS, "1"), _run(_COMMITMENTS, "2")
    assert isinstance(one, dict) and isinstance(two, dict)
    for key in one:
        assert one[key] == two[key], key


def test_registered_patterns_do_not_depend_on_the_hash_seed() -> None:
    one, two = _run(_REGISTERED, "1"), _run(_REGISTERED, "2")
    assert isinstance(one, list) and isinstance(two, list)
    differ = sorted({p for p, _ in one} ^ {p for p, _ in two})
    assert not differ, [p[:60] for p in differ]
