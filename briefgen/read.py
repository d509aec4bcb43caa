"""Read an article: bytes from a file or stdin, decoded to the one text that every offset indexes.

SPEC §4: offsets are code points into the input *as decoded* — a leading BOM dropped, nothing
else changed (no newline, quote or whitespace normalisation). Two cases change the text more than
that, and both say so in a warning:

- invalid UTF-8 that is mostly UTF-8 keeps its valid characters and gets U+FFFD for the bad
  bytes; otherwise the bytes are read as Windows-1252;
- HTML pasted as text has its tags stripped (block tags become line breaks, entities are
  unescaped). The stripped text then *is* the text: offsets, `source.chars` and `source.sha256`
  index and hash the stripped text, not the original bytes.

Everything here is linear in the input size: regexes without nested quantifiers, one pass.
"""

from __future__ import annotations

import bisect
import codecs
import os
import re
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from briefgen.errors import InputError

BOM = "\ufeff"

# No news article comes near this (a long feature is ~100 KB); it leaves room for the 10 MB
# scaling benchmark while keeping a log dump or a disk image from eating memory.
MAX_BYTES = 16 * 1024 * 1024

# Magic numbers of files people hand over by mistake: say what they are instead of "binary".
_MAGIC = (
    (b"%PDF-", "a PDF file", "save the article's text as a .txt file, e.g. with pdftotext"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)", "save the article as plain text"),
    (b"\x89PNG", "a PNG image", "give the article's text"),
    (b"\xff\xd8\xff", "a JPEG image", "give the article's text"),
    (b"GIF8", "a GIF image", "give the article's text"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first"),
    (b"{\\rtf", "an RTF document", "save the article as plain text"),
    (b"\xd0\xcf\x11\xe0", "a Word/Office document", "save the article as plain text"),
)

# C0 controls other than tab, newline, vertical tab, form feed, carriage return and escape-ish
# leftovers: a text with many of these is not an article.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")

# HTML detection and stripping. The tag pattern has no nested quantifier and stops at the next
# '<' or '>', so a failed match costs at most the distance to the next bracket: linear overall.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?:[\s/][^<>]*)?>")
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_KNOWN_TAGS = frozenset(
    [
        "a",
        "abbr",
        "article",
        "aside",
        "b",
        "blockquote",
        "body",
        "br",
        "caption",
        "cite",
        "code",
        "dd",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "i",
        "img",
        "li",
        "link",
        "main",
        "meta",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "u",
        "ul",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tr",
        "ul",
        "title",
    ]
)
_SKIP_CONTENT = ("script", "style", "noscript", "template", "svg", "head")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_LINE_SPACE = re.compile(r"[ \t]+\n|\n[ \t]+")
_SPACE_RUN = re.compile(r"[ \t\r\f\v]{2,}")
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith(BOM) else text


def read_input(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES, stdin: BinaryIO | None = None
) -> tuple[str, tuple[str, ...], str | None]:
    """Read an article from a file, or from stdin when `path` is "-".

    Returns (text, warnings, source_name): the decoded text that offsets index, what the reader
    noticed (e.g. an encoding fallback), and the name to report as `source.name` (the file's
    base name, so the brief does not depend on the working directory; None for stdin).
    Raises InputError with a one-line reason and a fix for anything that is not an article.
    """
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_limited(stream, max_bytes, "standard input")
        name = None
    else:
        data = read_file(Path(path), max_bytes)
        name = Path(path).name
    text, warnings = decode(data)
    return text, warnings, name


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of one input file, or an InputError saying why not (missing, a directory,
    unreadable, too large, binary)."""
    shown = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(f"no such file: {shown}", "check the path") from None
    except PermissionError:
        raise InputError(
            f"cannot read {shown}: permission denied", "check its permissions"
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {exc.strerror or exc}", "check the path") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{shown} is a directory", "give one article's text file")
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise InputError(
            f"{shown} is too large ({_size(st.st_size)}; the limit is {_size(max_bytes)})",
            "give one article's text, not a whole collection",
        )
    try:
        with path.open("rb") as f:
            return _read_limited(f, max_bytes, shown)
    except PermissionError:
        raise InputError(
            f"cannot read {shown}: permission denied", "check its permissions"
        ) from None
    except IsADirectoryError:
        raise InputError(f"{shown} is a directory", "give one article's text file") from None
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {exc.strerror or exc}", "check the file") from None


def _read_limited(stream: BinaryIO, max_bytes: int, shown: str) -> bytes:
    """Read at most max_bytes; a first chunk is checked for binary data before reading on, so
    /dev/zero or a disk image fails fast instead of filling memory."""
    first = stream.read(min(65536, max_bytes + 1))
    _reject_binary_prefix(first, shown)
    if len(first) > max_bytes:
        raise _too_large(shown, max_bytes)
    rest = stream.read(max_bytes + 1 - len(first)) if first else b""
    if len(first) + len(rest) > max_bytes:
        raise _too_large(shown, max_bytes)
    return first + rest


def _too_large(shown: str, max_bytes: int) -> InputError:
    return InputError(
        f"{shown} is too large (over {_size(max_bytes)})",
        "give one article's text, not a whole collection",
    )


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _reject_binary_prefix(head: bytes, shown: str) -> None:
    for magic, what, hint in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"{shown} looks like {what}, not text", hint)


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode article bytes; returns the text and any warnings about how it was read."""
    warnings: list[str] = []
    text = _decode_bytes(data, warnings)
    if "\x00" in text or len(_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        raise InputError("input is binary data, not text", "give the article as a text file")
    if looks_like_html(text):
        text = strip_html(text)
        warnings.append(
            "input looked like HTML: tags were stripped and offsets index the stripped text"
        )
    if not text.strip() or not _has_visible(text):
        raise InputError("input is empty", "give a file with the article's text")
    return text, tuple(warnings)


def _decode_bytes(data: bytes, warnings: list[str]) -> str:
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _strict(data, "utf-32", "UTF-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return strip_bom(_strict(data, "utf-16", "UTF-16"))
    utf16 = _bomless_utf16(data)
    if utf16:
        warnings.append(f"input has no byte-order mark; read as {utf16.upper()}")
        return _strict(data, utf16, utf16.upper())
    if b"\x00" in data:
        raise InputError("input is binary data, not text", "give the article as a text file")
    try:
        return strip_bom(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    lenient = strip_bom(data.decode("utf-8", errors="replace"))
    bad = lenient.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(_NON_ASCII.findall(lenient))
    if good > bad:
        # Mostly UTF-8 with a few broken bytes (a truncated copy, a bad paste): reading it all
        # as Windows-1252 would garble every good character to fix a few bad ones.
        warnings.append(f"input has {bad} invalid UTF-8 byte(s); they were replaced with U+FFFD")
        return lenient
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            "input is neither UTF-8 nor Windows-1252 text", "save it as UTF-8"
        ) from None
    warnings.append("input is not UTF-8; read as Windows-1252")
    return text


def _strict(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(f"input is not valid {label} text", "save it as UTF-8") from None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit in every other position, as in UTF-16 text
    of Latin-script characters; None otherwise."""
    sample = data[:65536]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) >= 0.4 * half and even.count(0) <= 0.05 * half:
        return "utf-16-le"
    if even.count(0) >= 0.4 * half and odd.count(0) <= 0.05 * half:
        return "utf-16-be"
    return None


def _has_visible(text: str) -> bool:
    """False when the text is only whitespace and invisible format characters."""
    from briefgen.textutil import INVISIBLE

    return any(not ch.isspace() and ch not in INVISIBLE for ch in text)


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment pasted as text: a document start, or several known
    tags including a block tag, dense enough that they are markup rather than a quoted tag."""
    if _HTML_START.match(text):
        return True
    known = block = 0
    for m in _TAG.finditer(text):
        name = m.group(2).lower()
        if name in _KNOWN_TAGS:
            known += 1
            block += name in _BLOCK_TAGS
            if known >= 4 and block >= 2 and known * 2000 >= len(text):
                return True
    return known >= 4 and block >= 2 and known * 2000 >= len(text)


def strip_html(text: str) -> str:
    """Tags out, block tags as line breaks, script/style/head contents dropped, entities
    unescaped, runs of blank lines collapsed. One forward pass."""
    out: list[str] = []
    pos = 0
    lower = text.lower()
    n = len(text)
    unclosed: set[str] = set()
    while pos < n:
        lt = text.find("<", pos)
        if lt < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:lt])
        if text.startswith("<!--", lt):
            end = text.find("-->", lt + 4)
            pos = n if end < 0 else end + 3
            continue
        if text.startswith("<!", lt) or text.startswith("<?", lt):
            end = text.find(">", lt)
            pos = n if end < 0 else end + 1
            continue
        m = _TAG.match(text, lt)
        if not m:
            out.append("<")
            pos = lt + 1
            continue
        name = m.group(2).lower()
        pos = m.end()
        if not m.group(1) and name in _SKIP_CONTENT and name not in unclosed:
            end = lower.find(f"</{name}", pos)
            if end < 0:
                unclosed.add(name)  # no closing tag further on: never search for it again
            else:
                close = text.find(">", end)
                pos = n if close < 0 else close + 1
            continue
        if name == "br":
            out.append("\n")
        elif name in _BLOCK_TAGS:
            out.append("\n\n")
    import html  # only for markup input: a plain-text run does not load html.entities

    stripped = html.unescape("".join(out)).replace("\r\n", "\n").replace("\xa0", " ")
    stripped = _SPACE_RUN.sub(" ", stripped)
    stripped = _LINE_SPACE.sub("\n", stripped)
    stripped = _BLANK_LINES.sub("\n\n", stripped)
    return stripped.strip() + "\n"


# Characters the extractors' patterns would trip over inside a word or name: invisible ones
# are left out of the text they match on, odd spaces read as plain spaces.
_MATCH_TABLE = {ord(c): None for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff"} | {
    ord(c): " " for c in "\u00a0\u2007\u202f\u2009\u200a\u3000"
}


# The same table as (character, replacement) pairs; no replacement is itself replaced.
_MATCH_REPLACE = tuple((chr(c), v or "") for c, v in _MATCH_TABLE.items())
_NEEDS_MATCHING = re.compile("[" + "".join(map(chr, _MATCH_TABLE)) + "]")
_DROPPED = re.compile("[" + "".join(chr(c) for c, v in _MATCH_TABLE.items() if v is None) + "]")


class OffsetMap:
    """Maps offsets in the matching text (see `matching_text`) back to the original text.

    Only dropped characters move offsets: the k-th one, at original offset p, sits before
    matching offset p - k, so an offset moves right by the number of drops at or before it."""

    def __init__(self, original: str) -> None:
        self.original = original
        drops = [m.start() for m in _DROPPED.finditer(original)]
        self._shifts = [p - k for k, p in enumerate(drops)]
        # Nothing dropped (only odd spaces made plain): every offset maps to itself.
        self.identity = not drops

    def _orig(self, i: int) -> int:
        return i + bisect.bisect_right(self._shifts, i)

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        return (self._orig(s), self._orig(e - 1) + 1) if e > s else (self._orig(s),) * 2


def matching_text(text: str) -> tuple[str, OffsetMap | None]:
    """The text the stages match on: zero-width characters and soft hyphens dropped and
    no-break spaces made plain, so "Mo\\u00adhammed" is one word. Returns the map back to the
    original's offsets (SPEC §4 offsets index the input unchanged), or None when nothing
    changed."""
    if _NEEDS_MATCHING.search(text) is None:  # the usual case: one fast scan, no copy
        return text, None
    work = text
    for char, plain in _MATCH_REPLACE:  # str.translate with a dict is ~10x slower per char
        if char in work:
            work = work.replace(char, plain)
    return work, OffsetMap(text)
