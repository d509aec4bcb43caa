"""Small text helpers shared by the stages: invisible characters and display cleaning.

Offsets always index the decoded input unchanged; these helpers only affect what is shown.
"""

from __future__ import annotations

import re

# Zero-width characters, soft hyphen, word joiner and BOM: invisible, and they must never split
# a word or a name in the output.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


def _visible(text: str) -> str:
    return text if text.isascii() else _INVISIBLE_RE.sub("", text)


def clean(text: str) -> str:
    """Text for display: invisible characters removed; no-break and other odd spaces, and runs
    of whitespace, become one ordinary space (str.split knows every Unicode space)."""
    if text.isascii():  # the common case, without a second call
        return " ".join(text.split())
    return " ".join(_INVISIBLE_RE.sub("", text).split())


def count_words(text: str) -> int:
    return len(_visible(text).split())
