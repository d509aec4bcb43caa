"""Markdown escaping and the bundled template files, without Jinja.

The Markdown template's `md` filter and `para` global live here so that the built-in
Markdown brief (render/markdown_builtin.py) can use them without importing Jinja;
render/templating.py registers them in the Environment for templates rendered through Jinja.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from briefgen.textutil import clean

PACKAGE = "briefgen.templates"


def builtin_text(name: str) -> str:
    """The text of a bundled template or stylesheet."""
    return resources.files(PACKAGE).joinpath(name).read_text(encoding="utf-8")


# Markdown: characters that start inline structure anywhere (emphasis, code, links, HTML, tables,
# strikethrough, math, entities), and block markers that only matter at the start of a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&$^@])")
_MD_BLOCK_START = re.compile(r"^([#+=:-]|\d+(?=[.)]))")
# GFM also links bare URLs and addresses (`www.x.org`, `http://x`, `a@b.org`, the last handled
# by escaping "@"): an escaped ":" or "." keeps them plain text that reads the same.
_MD_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|file|mailto)(:)|\b(www)(\.)")


def md_escape(value: Any) -> str:
    """Article text made inert for Markdown (GitHub and pandoc): it reads the same, but a `|`,
    a leading `#`, `[x](url)`, `<tag>` or `*` can no longer change the document's structure."""
    return _md_escape(str(value))


@lru_cache(maxsize=4096)
def _md_escape(value: str) -> str:
    # Cached: the Markdown renderer drafts the brief several times to fit its word budget, and
    # escapes the same strings on every draft.
    text = clean(value)
    # Each sub only where it can match: a sub with a template ("\\\1") calls into Python even
    # when nothing matches, and the autolink pattern (IGNORECASE, `\b`-led) scans slowly. Its
    # matches all hold ":" or "www." in some case.
    if _MD_INLINE.search(text):
        text = _MD_INLINE.sub(r"\\\1", text)
    if ":" in text or "www." in text.lower():
        text = _MD_AUTOLINK.sub(lambda m: f"{m[1] or m[3]}\\{m[2] or m[4]}", text)
    m = _MD_BLOCK_START.match(text)
    if m:
        if m.group(1).isdigit():
            # "1. " opens an ordered list: escape the dot or bracket after the number.
            n = len(m.group(1))
            return text[:n] + "\\" + text[n:]
        return "\\" + text
    return text


def para_mark(n: Any) -> str:
    """`{{ para(n) }}` in the Markdown template: " ¶N" after an item, or nothing. A Python
    global rather than a Jinja macro, whose call per item was a sixth of the Markdown render;
    a template that defines its own `para` macro (the HTML one, older exports) uses that."""
    return " ¶" + str(n) if n else ""
