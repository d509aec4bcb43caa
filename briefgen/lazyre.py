"""Regex helpers for the extractors' big word lists: trie_regex() writes an alternation of
literals as a prefix tree, and lazy() compiles a pattern on first use.

A plain alternation of many words makes re try them one by one at every position; the same
words factored as a trie ("agree(?:d|s)?") are read a character at a time, and the pattern is
shorter to compile.

Regexes compiled on first use are for the big patterns that most articles never need.

Compiling a pattern costs ~1 ms per 1,000 characters of pattern text, and the extractors hold
~120 ms of patterns: a Markdown cold start paid for all of them before reading its article.
`lazy()` returns a stand-in that compiles on the first call of a method (`.match`, `.search`
…), then holds the compiled pattern's bound methods, so later calls cost about what a compiled
pattern's do. It is not a re.Pattern: use it only where a pattern is called through its
methods (and `.pattern`), never passed to re.sub(), re.compile() or isinstance().

What is left of compiling is what an article needs (~0.1 s of a ~0.3 s Markdown cold start), and
nearly all of it is re's parser and code generator, written in Python. `compile()` (which lazy
patterns use) keeps their output, the pattern's code, in a file beside the package's bytecode
(`__pycache__/regex.<python tag>.bin`), and builds a pattern from it by `_sre.compile`, the C
step `re.compile` itself ends with, ~50 times faster. The file is written as Python writes
.pyc files: at exit, when the process compiled something new and PYTHONDONTWRITEBYTECODE is not
set; or on request (`python -m briefgen.lazyre`, which the Makefile's set-up runs: it stores
the patterns modules make at import, and those their `at_build` functions make, which a module
would otherwise make only when an article first needs them). An entry is
stored only when the pattern rebuilt from it equals `re.compile`'s (same code, flags, groups),
the file is keyed by the exact Python version, and any failure to read or use it falls back to
`re.compile` (a missing, foreign or damaged file costs the compile it would have saved).
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, cast


def trie_regex(words: Iterable[str], space: str = "[ \xa0]") -> str:
    """One alternation for many literals, factored as a trie so matching never tries entries one
    by one (longer continuations first, so the longest literal wins). A space in a literal is
    written as `space` (by default a space or a no-break space)."""

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [
            (space if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(word_trie(words))


def word_trie(words: Iterable[str]) -> dict[str, Any]:
    """The words as a dict trie: one key per character, "" marking where a word ends."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """re.compile(pattern, flags), made on the first call of one of its methods. The methods
    are plain instance attributes (no __getattr__, which slows every lookup on its class): a
    stub at first, the compiled pattern's own bound method after, so a call then costs about
    what a compiled pattern's does (~20 ns more, measured)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        if len(_CODES.known) < _MAX_RECORDED:
            _CODES.known.add((pattern, int(flags)))
        for name in _METHODS:
            setattr(self, name, self._stub(name))

    def _stub(self, name: str) -> Any:
        def first_call(*args: Any, **kwargs: Any) -> Any:
            compiled = compile(self.pattern, self.flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            return getattr(compiled, name)(*args, **kwargs)

        return first_call

    def __repr__(self) -> str:
        return f"lazy({self.pattern[:40]!r}…)"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled when first used (see the module's docstring)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


_Key = tuple[str, int]
# flags after parsing, the code as bytes (native uint32s), groups - 1, groupindex, indexgroup:
# the arguments re._compiler.compile gives _sre.compile
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# the same, with the code's offset and length in the file instead of the code
_Where = tuple[int, int, int, int, dict[str, int], tuple[str | None, ...]]
_MAGIC = b"briefRX1"
# what reading, rebuilding or checking an entry can raise when the file is damaged or the
# interpreter's re differs: each means "compile as usual"
_BAD = (OSError, EOFError, ValueError, TypeError, RuntimeError, OverflowError, re.error)
_STAMP = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))


# a pattern built from a document's words would never be met again: past this many patterns a
# process stops recording new ones, so a long batch run cannot grow without bound
_MAX_RECORDED = 5000


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), built from the code cache when it holds the pattern (see the
    module's docstring). For patterns made by code and data, not from a document's text."""
    return _CODES.compile(pattern, flags)


class CodeCache:
    """Compiled regex code kept in one file across processes: its index read on the first
    compile, each pattern's code read from the mapped file when that pattern is compiled, the
    file written at exit (when bytecode may be written) if this process compiled patterns it
    lacked.

    The file: 8 bytes of magic, the index's length (8 bytes, little-endian), the index
    (marshal: the stamp and {(pattern, flags): (flags after parsing, offset, length, groups - 1,
    groupindex, indexgroup)}), then the patterns' code, each at its offset after the index."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.index: dict[_Key, _Where] | None = None
        self.blob: Any = None  # the mapped file (mmap), its code read from `base` on
        self.base = 0
        self.known: set[_Key] = set()  # every lazy() and compile() pattern made so far
        self.missed: dict[_Key, re.Pattern[str]] = {}
        self._exit_hook = False

    def load(self) -> dict[_Key, _Where]:
        if self.index is None:
            self.index = {}
            if self.path is not None:
                with contextlib.suppress(*_BAD):  # absent, unreadable or damaged: compile as usual
                    self._read(self.path)
        return self.index

    def _read(self, path: str) -> None:
        with open(path, "rb") as f:
            head = f.read(16)
            if len(head) != 16 or head[:8] != _MAGIC:
                return
            size = int.from_bytes(head[8:], "little")
            stamp, index = marshal.loads(f.read(size))
            if stamp != _STAMP or not isinstance(index, dict):
                return
            import mmap

            self.blob = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        self.base = 16 + size
        self.index = index

    def get(self, key: _Key) -> _Entry | None:
        """The stored entry of a pattern, or None."""
        where = self.load().get(key)
        if where is None:
            return None
        flags, offset, length, groups, groupindex, indexgroup = where
        start = self.base + offset
        code = self.blob[start : start + length]
        return (flags, code, groups, groupindex, indexgroup) if len(code) == length else None

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        key = (pattern, int(flags))
        if len(self.known) < _MAX_RECORDED:
            self.known.add(key)
        with contextlib.suppress(*_BAD):  # a damaged entry: compile as usual
            entry = self.get(key)
            if entry is not None:
                return _from_entry(pattern, entry)
        compiled = re.compile(pattern, flags)
        if self.path is not None and not flags & re.DEBUG and len(self.missed) < _MAX_RECORDED:
            self.missed[key] = compiled
            if not self._exit_hook and not sys.dont_write_bytecode:
                self._exit_hook = True
                atexit.register(self.save)
        return compiled

    def save(self, every_known: bool = False) -> int:
        """Write the entries stored plus those this process compiled (with `every_known`, also
        every pattern registered, compiled now); the number of entries written, 0 when nothing
        was new or the file could not be written. Entries no module registered are dropped
        once they outnumber the registered ones (patterns since edited)."""
        if self.path is None:
            return 0
        stored = self.load()
        todo = dict(self.missed)
        if every_known:
            for key in self.known:
                if key not in todo and key not in stored:
                    with contextlib.suppress(re.error):  # a broken pattern fails where it is used
                        todo[key] = re.compile(*key)
        entries: dict[_Key, _Entry] = {}
        for key in stored:
            with contextlib.suppress(*_BAD):
                entry = self.get(key)
                if entry is not None:
                    entries[key] = entry
        added = 0
        for key, compiled in todo.items():
            entry = _entry(key[0], key[1], compiled)
            if entry is not None and entries.get(key) != entry:
                entries[key] = entry
                added += 1
        if not added:
            return 0
        if len(entries) > 2 * len(self.known | set(todo)):
            entries = {k: v for k, v in entries.items() if k in self.known or k in todo}
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(tmp, "wb") as f:
                f.write(_pack(entries))
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            return 0
        self.index = None  # read again from the new file when next needed
        self.missed.clear()
        return len(entries)


def _pack(entries: dict[_Key, _Entry], stamp: Any = None) -> bytes:
    """The file's bytes for `entries` (see CodeCache)."""
    index: dict[_Key, _Where] = {}
    codes: list[bytes] = []
    offset = 0
    for key, (flags, code, groups, groupindex, indexgroup) in entries.items():
        index[key] = (flags, offset, len(code), groups, groupindex, indexgroup)
        codes.append(code)
        offset += len(code)
    head = marshal.dumps((_STAMP if stamp is None else stamp, index))
    return b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, *codes])


def _from_entry(pattern: str, entry: _Entry) -> re.Pattern[str]:
    from array import array

    flags, code, groups, groupindex, indexgroup = entry
    ints = array("I")
    ints.frombytes(code)
    return cast(
        "re.Pattern[str]",
        _sre.compile(pattern, flags, ints.tolist(), groups, groupindex, indexgroup),
    )


def _entry(pattern: str, flags: int, compiled: re.Pattern[str]) -> _Entry | None:
    """What re._compiler.compile passes to _sre.compile for this pattern, or None unless the
    pattern rebuilt from it equals `compiled` (the code, flags, pattern and groups)."""
    try:
        from array import array
        from re import _compiler, _parser  # type: ignore[attr-defined]

        tree = _parser.parse(pattern, flags)
        code = _compiler._code(tree, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry: _Entry = (
            int(flags | tree.state.flags),
            array("I", code).tobytes(),
            tree.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        rebuilt = _from_entry(pattern, entry)
    except (*_BAD, AttributeError):  # AttributeError: another Python's re internals
        return None
    same = (
        rebuilt == compiled
        and rebuilt.groups == compiled.groups
        and rebuilt.groupindex == compiled.groupindex
    )
    return entry if same else None


def _cache_path() -> str | None:
    """Beside this module's bytecode (or under PYTHONPYCACHEPREFIX), like a .pyc file."""
    tag = sys.implementation.cache_tag
    if tag is None or getattr(_sre, "CODESIZE", 0) != 4:
        return None
    try:
        import importlib.util

        pyc = importlib.util.cache_from_source(__file__)
    except (NotImplementedError, ValueError):
        return None
    return os.path.join(os.path.dirname(pyc), f"regex.{tag}.bin")


_CODES = CodeCache(_cache_path())


_BUILDERS: list[Callable[[], object]] = []


def at_build(make: Callable[[], object]) -> Callable[[], object]:
    """Have build() call `make`, which makes (through compile() or lazy()) the patterns its
    module builds on first use from its code and data (a lexicon's regex, one per head word …),
    so that their code is in the cache file before an article needs them. Never for patterns
    made from a document's words."""
    _BUILDERS.append(make)
    return make


def build(articles: Iterable[str] = ()) -> str:
    """Write the code of every pattern the pipeline and the Markdown renderer register, of
    those their at_build functions make, and of those made while briefing `articles` (file
    paths), whatever PYTHONDONTWRITEBYTECODE says (`python -m briefgen.lazyre [ARTICLE …]`,
    which the Makefile's set-up runs)."""
    from briefgen.pipeline import build_brief
    from briefgen.render import render

    for path in articles:
        with open(path, encoding="utf-8") as f:
            render(build_brief(f.read(), "2024-04-15"), "md")
    import briefgen.render.markdown  # noqa: F401  (registers its patterns)

    for make in _BUILDERS:
        make()
    n = _CODES.save(every_known=True)
    where = _CODES.path or "(no cache path on this interpreter)"
    return f"regex code cache: {n or len(_CODES.load())} patterns in {where}"


if __name__ == "__main__":
    from briefgen import lazyre  # noqa: PLW0406  (the extractors' copy, not this __main__)

    print(lazyre.build(sys.argv[1:]))
