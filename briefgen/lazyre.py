"""Regexes compiled on first use, for the big patterns that most articles never need.

Compiling a pattern costs ~1 ms per 1,000 characters of pattern text, and the extractors hold
~120 ms of patterns: a Markdown cold start paid for all of them before reading its article.
`lazy()` returns a stand-in that compiles on the first attribute access (`.match`, `.search`
…), then stores the compiled pattern's bound methods on itself, so later calls cost what a
compiled pattern's do. It is not a re.Pattern: use it only where a pattern is called through
its methods, never passed to re.sub(), re.compile() or isinstance().
"""

from __future__ import annotations

import re
from typing import Any, cast


class LazyPattern:
    """re.compile(pattern, flags), made on first use."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only for names not set yet
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            compiled = self.compiled = re.compile(self.pattern, self._flags)
            for method in ("match", "search", "fullmatch", "finditer", "findall", "sub", "split"):
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern[:40]!r}…)"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled when first used (see the module's docstring)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
