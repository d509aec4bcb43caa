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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
        for name in _METHODS:
            setattr(self, name, self._stub(name))

    def _stub(self, name: str) -> Any:
        def first_call(*args: Any, **kwargs: Any) -> Any:
            compiled = re.compile(self.pattern, self.flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            return getattr(compiled, name)(*args, **kwargs)

        return first_call

    def __repr__(self) -> str:
        return f"lazy({self.pattern[:40]!r}…)"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled when first used (see the module's docstring)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
