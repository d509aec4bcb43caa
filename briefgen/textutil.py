"""Small text helpers shared by the stages: invisible characters and display cleaning.

Offsets always index the decoded input unchanged; these helpers only affect what is shown.
"""

from __future__ import annotations

import re

# Zero-width characters, soft hyphen, word joiner and BOM: invisible, and they must never split
# a word or a name in the output.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
# No-break and other fixed-width spaces read as ordinary spaces.
_SPACES_RE = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000]")
_WHITESPACE_RUN = re.compile(r"\s+")


def clean(text: str) -> str:
    """Text for display: invisible characters removed, odd spaces and runs of whitespace collapsed."""
    text = _INVISIBLE_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    return _WHITESPACE_RUN.sub(" ", text).strip()


def count_words(text: str) -> int:
    return len(clean(text).split())
