"""Issue 8, memory on texts of nothing but names: the short-form scanner's compact trie finds
the same form ends as the one-dict-per-character trie it replaced (which took ~40 MB at 1 MB of
names). The peak RSS itself is measured by benchmarks/mem_dense.py, not here (a fresh process
per input, seconds each)."""

from __future__ import annotations

import random
from typing import Any

from briefgen.extract.actors.links import _compact_trie, _FormScanner
from briefgen.lazyre import word_trie


def _ends_by_word_trie(root: dict[str, Any], text: str, s: int) -> list[int]:
    node: Any = root
    found = []
    i = s
    while i < len(text):
        node = node.get(text[i])
        if node is None:
            break
        i += 1
        if "" in node:
            found.append(i)
    return found[::-1]


def test_compact_trie_walk_matches_the_character_trie() -> None:
    rng = random.Random(8)
    syl = ["Ba", "ba", "ko", "Ko", " ", "ri", "a", "-"]
    forms = sorted({"".join(rng.choice(syl) for _ in range(rng.randint(1, 6))) for _ in range(400)})
    forms = [f for f in forms if f.strip() == f and len(f) >= 2]
    forms += ["Ba", "Baba", "Bababa", "Ba ko", "Ba kori"]  # prefixes of one another
    forms = list(dict.fromkeys(forms))
    text = "".join(rng.choice(syl) for _ in range(3000))
    scan = _FormScanner(dict.fromkeys(forms), text)  # type: ignore[arg-type]
    assert scan.walk  # more than _FIND_FORMS_MAX forms: the trie walk
    starts = list(range(len(text)))
    scan._walk_ends(starts)
    root = word_trie(forms)
    for s in starts:
        assert list(scan.ends[s]) == _ends_by_word_trie(root, text, s), s


def test_compact_trie_keeps_few_forms_as_tails() -> None:
    trie = _compact_trie(["Ann", "Anna", "Bob"])
    assert trie == {"A": ("nn", "nna"), "B": ("ob",)}
    many = [f"Ab{c}" for c in "cdefghijklm"]  # more than _TRIE_LEAF share "A", "Ab"
    trie = _compact_trie([*many, "A"])
    assert "" in trie["A"] and trie["A"]["b"]["c"] == ("",)
