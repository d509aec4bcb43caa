"""The regex code cache of briefgen.lazyre (issue 8, cold start): a pattern built from the cache
is the pattern re.compile makes, and any damage to the file only costs a compile."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

import pytest

from briefgen import lazyre
from briefgen.lazyre import CodeCache

# patterns written for these tests: groups (named, numbered, non-capturing), lookarounds,
# flags given and inline, classes, repeats of every kind, backreferences, Unicode
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<who>[A-Z][a-z]+) (?:said|says)\b", 0),
    (r"\b(\w+)\s+\1\b", 0),
    (r"(?<![\w.-])(?:Sen|Gov|Rep)\.\s+(?P<name>[A-Z]\w+)(?![\w-])", 0),
    (r"will\s+(?:not\s+)?(?P<act>\w+)", re.IGNORECASE),
    (r"(?i)minister(?:s)?\s+of\s+(\w+)", 0),
    (r"""\d{1,2}  # day
        \s+(January|February|March)  # month""", re.VERBOSE),
    (r"[“\"]([^”\"]{1,200})[”\"]", 0),
    (r"(?:[ \xa0]*(?:Dr|Mr|Ms)\.?)+", 0),
    (r"a*+b|c++d|(?>e|ef)g", 0),
    (r"x{2,5}?y*?z", re.DOTALL | re.MULTILINE),
    ("caf\u00e9|na\u00efve|\u00c9lys\u00e9e", re.IGNORECASE),
    (r"^\s*$", re.MULTILINE),
    ("", 0),
]
TEXTS = [
    "Jane Roe said the the plan was ready. Sen. Ames (D-Ohio) WILL NOT SIGN.",
    "Ministers of Finance met on 12 January; “We will act,” she said.",
    " Dr. Mr Ms. xxxyz aab cccd eg efg CAFÉ Naïve élysée\n\n  \nend",
    "ſenator and Kelvin sign K: SAID said",  # characters whose IGNORECASE match is wider
]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # flags, code and pattern text
    assert (a.groups, dict(a.groupindex), a.flags) == (b.groups, dict(b.groupindex), b.flags)
    for t in TEXTS:
        assert [m.span() for m in a.finditer(t)] == [m.span() for m in b.finditer(t)]
        assert [m.groups() for m in a.finditer(t)] == [m.groups() for m in b.finditer(t)]


def _filled(path: Path) -> CodeCache:
    cache = CodeCache(str(path))
    for p, f in PATTERNS:
        cache.compile(p, f)
    assert cache.save() == len(PATTERNS)
    return cache


def test_patterns_from_the_cache_are_re_compiles(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    _filled(path)
    again = CodeCache(str(path))
    for p, f in PATTERNS:
        _same(again.compile(p, f), re.compile(p, f))
    assert not again.missed  # every one came from the file
    assert again.save() == 0  # nothing new: the file is not rewritten


def test_a_miss_is_compiled_and_added(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    _filled(path)
    cache = CodeCache(str(path))
    for p, f in PATTERNS:  # hits: as in a run, the modules register their patterns
        cache.compile(p, f)
    new = r"(?P<day>\d+) (?P<month>[A-Z][a-z]+)"
    _same(cache.compile(new), re.compile(new))
    assert list(cache.missed) == [(new, 0)]
    assert cache.save() == len(PATTERNS) + 1
    assert CodeCache(str(path)).get((new, 0)) is not None


def _with_head(index: object) -> bytes:
    head = marshal.dumps(index)
    return lazyre._MAGIC + len(head).to_bytes(8, "little") + head


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal data at all",
        lazyre._MAGIC + (10**9).to_bytes(8, "little") + b"short",
        _with_head(b"not marshal"[:3]),
        _with_head(("another python", {})),
        _with_head([1, 2, 3]),
        _with_head((lazyre._STAMP, [])),
    ],
    ids=["empty", "garbage", "cut", "bad-index", "other-version", "wrong-shape", "not-a-dict"],
)
def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "regex.bin"
    path.write_bytes(content)
    cache = CodeCache(str(path))
    for p, f in PATTERNS:
        _same(cache.compile(p, f), re.compile(p, f))
    assert len(cache.missed) == len(PATTERNS)


def test_a_truncated_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    _filled(path)
    path.write_bytes(path.read_bytes()[:100])
    cache = CodeCache(str(path))
    _same(cache.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))


def test_an_entry_with_invalid_code_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    p, f = PATTERNS[0]
    entry = _filled(path).get((p, f))
    assert entry is not None
    flags, code, groups, groupindex, indexgroup = entry
    bad = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)  # code cut short
    path.write_bytes(lazyre._pack({(p, f): bad}))
    _same(CodeCache(str(path)).compile(p, f), re.compile(p, f))


def test_a_file_cut_inside_the_code_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    _filled(path)
    path.write_bytes(path.read_bytes()[:-40])  # the last pattern's code cut short
    cache = CodeCache(str(path))
    for p, f in PATTERNS:
        _same(cache.compile(p, f), re.compile(p, f))
    assert 1 <= len(cache.missed) < len(PATTERNS)


def test_an_entry_that_would_differ_is_never_written() -> None:
    p, f = PATTERNS[0]
    other = re.compile(p + "x", f)
    assert lazyre._entry(p, f, other) is None
    assert lazyre._entry(p, f, re.compile(p, f)) is not None


def test_an_unwritable_place_writes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = CodeCache(str(blocker / "sub" / "regex.bin"))  # a directory under a file
    cache.compile(*PATTERNS[0])
    assert cache.save() == 0
    assert list(tmp_path.iterdir()) == [blocker]


def test_exit_write_follows_the_bytecode_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooks: list[object] = []
    monkeypatch.setattr(lazyre.atexit, "register", hooks.append)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    CodeCache(str(tmp_path / "a.bin")).compile(r"a+b")
    assert hooks == []
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache = CodeCache(str(tmp_path / "b.bin"))
    cache.compile(r"a+b")
    cache.compile(r"c+d")
    assert hooks == [cache.save]  # registered once


def test_entries_of_patterns_no_module_makes_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    _filled(path)  # 13 entries
    cache = CodeCache(str(path))
    cache.compile(r"only(?:this)?one")  # known now: this pattern alone
    assert cache.save() == 1  # 14 entries > 2 x 1 known: the others went


def test_lazy_patterns_go_through_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "regex.bin"
    _filled(path)
    cache = CodeCache(str(path))
    monkeypatch.setattr(lazyre, "_CODES", cache)
    p, f = PATTERNS[2]
    lazy = lazyre.lazy(p, f)
    assert (p, f) in cache.known
    assert lazy.search(TEXTS[0]) is not None
    assert not cache.missed


def test_every_pattern_of_the_pipeline_round_trips() -> None:
    """Every lazy pattern the extractors register can be stored: the entry rebuilt from re's
    parser and code generator equals re.compile's pattern (else _entry gives None)."""
    import briefgen.pipeline  # noqa: F401  (registers the patterns)

    known = sorted(lazyre._CODES.known)
    assert len(known) > 500
    failed = [
        (p[:60], f) for p, f in known if lazyre._entry(p, f, re.compile(p, f)) is None
    ]
    assert failed == []


def test_a_long_run_records_a_bounded_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lazyre, "_MAX_RECORDED", 5)
    cache = CodeCache(str(tmp_path / "regex.bin"))
    for i in range(20):  # one pattern per document, say
        assert cache.compile(f"word{i}").match(f"word{i}")
    assert len(cache.known) == 5 and len(cache.missed) == 5
