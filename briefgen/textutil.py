"""Small text helpers shared by the stages: invisible characters and display cleaning.

Offsets always index the decoded input unchanged; these helpers only affect what is shown.
"""

from __future__ import annotations

# Zero-width characters, soft hyphen, word joiner and BOM: invisible, and they must never split
# a word or a name in the output.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DROP_INVISIBLE = str.maketrans("", "", INVISIBLE)


def clean(text: str) -> str:
    """Text for display: invisible characters removed; no-break and other odd spaces, and runs
    of whitespace, become one ordinary space (str.split knows every Unicode space)."""
    return " ".join(text.translate(_DROP_INVISIBLE).split())


def count_words(text: str) -> int:
    return len(text.translate(_DROP_INVISIBLE).split())
