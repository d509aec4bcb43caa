"""Article text as the brief shows it: quote marks made typographic and, in fragments, balanced.

The brief quotes the article, so its words are never changed; only the marks around them are
normalised for display (the JSON keeps the article's own characters and spans):

- TeX-style quotes (``like this'') and straight double quotes become “ and ”, so a wire story
  typed for a typesetter does not print backticks;
- a fragment (a trimmed quote, a commitment's action, a key point, a timeline clause) that
  starts or ends inside a quotation gets the missing mark, so the page never shows a quotation
  that opens and never closes (a cut "…" stays inside the quotation it cut);
- a fragment's dangling clause punctuation at its very end (`"nonsense,"` taken from
  `called it "nonsense," he said`) is dropped, as trimming does.
"""

from __future__ import annotations

import re

from briefgen.textutil import clean

OPEN, CLOSE = "“", "”"
_TEX = re.compile(r"``|''")
_TRAILING = re.compile(r"[,;:]+(?=[”’]?$)")


def display(text: str) -> str:
    """`clean` text with its double quote marks made typographic."""
    text = clean(text)
    if '"' in text or "``" in text or "''" in text:
        text = _typographic(text)
    return text


def fragment(text: str) -> str:
    """`display` for a piece cut out of a sentence: quote marks balanced, no trailing comma."""
    return close_fragment(display(text))


def close_fragment(text: str) -> str:
    """`fragment` for text that is already `display` text (no second cleaning pass)."""
    if OPEN in text or CLOSE in text:
        text = _balance(text)
    if text and text[-1] in ",;:”’" and _TRAILING.search(text):
        text = _TRAILING.sub("", text).rstrip()
    return text


_OPENING = re.compile(r'(?:^|(?<=[\s(\[{—–/“‘-]))"(?=\S)')
_MARKS = re.compile("[“”]")


def _typographic(text: str) -> str:
    text = _TEX.sub(lambda m: OPEN if m[0] == "``" else CLOSE, text)
    if '"' not in text:
        return text
    # An opening mark follows nothing, a space, a bracket or a dash, and comes before a word;
    # every other straight mark closes.
    return _OPENING.sub(OPEN, text).replace('"', CLOSE)


def _balance(text: str) -> str:
    """Add the opening mark a fragment starts without, and the closing mark it ends without."""
    depth = 0
    missing_open = 0
    for ch in _MARKS.findall(text):
        if ch == OPEN:
            depth += 1
        elif depth:
            depth -= 1
        else:
            missing_open += 1
    if missing_open:
        text = OPEN * missing_open + text
    if depth:
        text += CLOSE * depth
    return text
