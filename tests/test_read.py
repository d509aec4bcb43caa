"""The reader: which bytes become which text (SPEC §4 offsets index exactly that text), and which
inputs are refused with which one-line reason."""

from __future__ import annotations

import codecs
import io
import os
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.read import MAX_BYTES, decode, looks_like_html, read_input, strip_html

ARTICLE = (
    "Ministers met in Brussels on Monday.\n\u201cWe agreed,\u201d she said. Caf\u00e9 \u20ac5m.\n"
)

# (bytes, expected text, expected warning fragment or None)
DECODE_CASES = [
    ("utf-8", ARTICLE.encode("utf-8"), ARTICLE, None),
    ("utf-8 bom", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), ARTICLE, None),
    ("utf-16 le bom", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), ARTICLE, None),
    ("utf-16 be bom", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), ARTICLE, None),
    ("utf-16 le no bom", ARTICLE.encode("utf-16-le"), ARTICLE, "read as UTF-16-LE"),
    ("utf-16 be no bom", ARTICLE.encode("utf-16-be"), ARTICLE, "read as UTF-16-BE"),
    ("utf-32 bom", ARTICLE.encode("utf-32"), ARTICLE, None),
    ("cp1252", ARTICLE.encode("cp1252"), ARTICLE, "read as Windows-1252"),
    ("crlf kept", b"Line one.\r\nLine two.\r\n", "Line one.\r\nLine two.\r\n", None),
    ("inner bom kept", "a\ufeffb".encode(), "a\ufeffb", None),
    (
        "mostly utf-8",
        "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u2014 ".encode() + b"\xff end",
        "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u2014 \ufffd end",
        "1 invalid UTF-8 byte(s)",
    ),
]


@pytest.mark.parametrize(
    ("data", "text", "warning"), [c[1:] for c in DECODE_CASES], ids=[c[0] for c in DECODE_CASES]
)
def test_decode(data: bytes, text: str, warning: str | None) -> None:
    decoded, warnings = decode(data)
    assert decoded == text
    if warning is None:
        assert warnings == ()
    else:
        assert len(warnings) == 1 and warning in warnings[0]


REFUSED = [
    ("empty", b"", "input is empty"),
    ("whitespace", b" \n\t\r\n  ", "input is empty"),
    ("invisible only", "\u200b\u00ad\ufeff\u2060 \n".encode(), "input is empty"),
    ("nul bytes", b"abc\x00def\x00ghi", "binary data"),
    ("controls", bytes(range(1, 32)) * 20, "binary data"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "looks like a PDF file"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00", "looks like a PNG image"),
    ("zip", b"PK\x03\x04\x14\x00", "ZIP archive"),
    ("bad utf-16", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "not valid UTF-16"),
]


@pytest.mark.parametrize(("data", "what"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_refused(data: bytes, what: str, tmp_path: Path) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_input(path)
    assert what in info.value.line()
    assert "\n" not in info.value.line()
    assert info.value.hint


def test_read_input_returns_base_name(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert read_input(path) == (ARTICLE, (), "story.txt")
    assert read_input(str(path)) == (ARTICLE, (), "story.txt")


def test_read_stdin() -> None:
    stdin = io.BytesIO(codecs.BOM_UTF8 + ARTICLE.encode())
    assert read_input("-", stdin=stdin) == (ARTICLE, (), None)


def test_missing_directory_and_size(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_input(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_input(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300)
    with pytest.raises(InputError, match="too large"):
        read_input(big, max_bytes=1000)
    with pytest.raises(InputError, match="too large"):
        read_input("-", max_bytes=1000, stdin=io.BytesIO(b"word " * 300))
    assert MAX_BYTES >= 10 * 1024 * 1024  # the 10 MB scaling benchmark must be readable


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_input(path)


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Ignored title</title><style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script></head>
<body><h1>Talks resume</h1>
<p>Ministers met on <b>Monday</b>.&nbsp;They said &ldquo;progress&rdquo; &amp; more.</p>
<!-- a comment <p>hidden</p> -->
<p>Second<br>line.</p></body></html>
"""


def test_html_page_is_stripped_with_a_warning() -> None:
    text, warnings = decode(HTML_PAGE.encode())
    assert text == (
        "Talks resume\n\nMinisters met on Monday. They said \u201cprogress\u201d & more."
        "\n\nSecond\nline.\n"
    )
    assert warnings == (
        "input looked like HTML: tags were stripped and offsets index the stripped text",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The <p> tag starts a paragraph, the memo explained.",
        "Prices rose 3% as x < y and y > z, analysts said.",
        "He typed <b>bold</b> once in a long article. " + "More words here. " * 200,
        "Unclosed <div class='x' and then text " * 3,
    ],
)
def test_text_about_html_is_not_stripped(text: str) -> None:
    assert not looks_like_html(text)
    assert decode(text.encode()) == (text, ())


@pytest.mark.parametrize(
    "text",
    [
        "<p>One</p><p>Two</p><div>Three</div><br>",
        "<div><p>a</p>\n<ul><li>b</li></ul></div>",
    ],
)
def test_html_fragments_are_detected(text: str) -> None:
    assert looks_like_html(text)


def test_strip_html_survives_adversarial_input() -> None:
    """Runs of unclosed tags once backtracked for minutes; a regression shows as a hang here
    (time per KB is measured in benchmarks/bench.py, not asserted)."""
    for hostile in ("<a " * 100_000, "<script>" * 50_000, "<!--" * 50_000, "<" * 200_000):
        assert isinstance(strip_html(hostile), str)
        looks_like_html(hostile)
