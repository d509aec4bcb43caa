"""The PDF brief: always one page, deterministic bytes, metadata from the input, and a
url_fetcher that lets no article text reach a file or the network.

PDFs are read without a PDF library: WeasyPrint (pydyf) keeps objects in Flate-compressed
object streams, which zlib opens; poppler's pdftotext is used when installed.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from test_render import generated_brief, hostile_brief, rich_brief

from briefgen.model import Brief, SummarySentence
from briefgen.render.pdf import FitReport, is_bundled, render_pdf, url_fetcher

pytest.importorskip("weasyprint")


def pdf_objects(pdf: bytes) -> bytes:
    """The PDF with every Flate stream decompressed alongside, for regex checks."""
    parts = [pdf]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            parts.append(zlib.decompress(m.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf_objects(pdf)))


def info_string(pdf: bytes, key: str) -> str | None:
    """An /Info entry: a literal (...) or a UTF-16 hex <FEFF...> string."""
    m = re.search(rb"/" + key.encode() + rb"\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]+>)",
                  pdf_objects(pdf))  # fmt: skip
    if not m:
        return None
    raw = m.group(1)
    if raw.startswith(b"<"):
        data = bytes.fromhex(raw[1:-1].decode())
        return data.decode("utf-16") if data[:2] in (b"\xfe\xff", b"\xff\xfe") else data.decode()
    return re.sub(rb"\\(.)", rb"\1", raw[1:-1]).decode("latin-1")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    path = tmp_path / "b.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         check=True)  # fmt: skip
    return out.stdout.decode()


@pytest.fixture(scope="module")
def rich() -> Brief:
    return rich_brief()


@pytest.fixture(scope="module")
def rich_pdf(rich: Brief) -> bytes:
    return render_pdf(rich)


@pytest.fixture(scope="module")
def long_pdf() -> tuple[bytes, FitReport]:
    report = FitReport()
    return render_pdf(generated_brief(6000), report=report), report


# --- one page, whatever the length ---------------------------------------------------------


def test_rich_brief_is_one_page(rich_pdf: bytes) -> None:
    assert rich_pdf.startswith(b"%PDF-")
    assert page_count(rich_pdf) == 1


def test_long_article_is_one_page_and_says_what_was_left_out(
    long_pdf: tuple[bytes, FitReport], tmp_path: Path
) -> None:
    pdf, report = long_pdf
    assert page_count(pdf) == 1
    assert report.layouts <= 3 and not report.clipped
    assert 0.85 <= report.fill <= 1.0  # the page is used, not left half empty
    assert report.omitted > 100
    text = pdf_text(pdf, tmp_path)
    assert f"{report.omitted} lower-ranked items omitted; see the JSON output" in text


def test_short_article_is_one_page() -> None:
    report = FitReport()
    pdf = render_pdf(generated_brief(250), report=report)
    assert page_count(pdf) == 1 and report.layouts == 1 and report.omitted == 0


def test_letter_paper(rich: Brief) -> None:
    pdf = render_pdf(rich, paper="letter")
    assert page_count(pdf) == 1
    assert re.search(rb"/MediaBox\s*\[\s*0 0 612(\.0+)? 792(\.0+)?\s*\]", pdf_objects(pdf))


def test_pathological_bottom_line_still_one_page() -> None:
    """A 'sentence' of 2,500 words (no full stops) cannot push the brief to a second page."""
    b = generated_brief(250)
    words = " ".join(["unpunctuated"] * 2500)
    b = dataclasses.replace(b, summary=(SummarySentence(words, (0, 10)),) * 2)
    report = FitReport()
    pdf = render_pdf(b, report=report)
    assert page_count(pdf) == 1
    assert report.layouts <= 8


# --- deterministic bytes and metadata ------------------------------------------------------


def test_same_input_same_bytes(rich: Brief, rich_pdf: bytes) -> None:
    assert render_pdf(rich) == rich_pdf


def test_metadata_comes_from_the_input(rich_pdf: bytes) -> None:
    assert info_string(rich_pdf, "Title") == (
        "Ministers agree regional grid plan as funding gap persists"
    )
    assert info_string(rich_pdf, "Author") == "The Meridian Herald, Jane Dorrit and Omar Haddane"
    keywords = info_string(rich_pdf, "Keywords") or ""
    assert keywords.startswith("Maria Santeiro, European Commission")
    assert (info_string(rich_pdf, "CreationDate") or "").startswith("D:20250312")
    assert (info_string(rich_pdf, "ModDate") or "").startswith("D:20250312")


def test_no_date_in_text_gives_a_fixed_epoch(rich: Brief) -> None:
    undated = dataclasses.replace(
        rich, article=dataclasses.replace(rich.article, published=None, reference_date=None)
    )
    pdf = render_pdf(undated)
    assert (info_string(pdf, "CreationDate") or "").startswith("D:19700101")


def test_tagged_pdf_ua(rich_pdf: bytes, rich: Brief) -> None:
    objects = pdf_objects(rich_pdf)
    assert b"/StructTreeRoot" in objects and b"/MarkInfo" in objects
    assert b"pdfuaid" in objects
    plain = render_pdf(rich, variant=None)
    assert b"/StructTreeRoot" not in pdf_objects(plain) and page_count(plain) == 1


# --- nothing is fetched ------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:9/x.png",
        "https://example.com/track.gif",
        "data:image/png;base64,iVBORw0KGgo=",
        "ftp://example.com/x",
        "file:///etc/../etc/passwd.css",
    ],
)
def test_url_fetcher_refuses(url: str) -> None:
    fetcher = url_fetcher()
    with pytest.raises(ValueError):
        fetcher(url)
    assert fetcher.refused == [url]


def test_url_fetcher_allows_only_the_bundled_stylesheet() -> None:
    from importlib import resources

    css = Path(str(resources.files("briefgen.templates").joinpath("brief.css")))
    assert is_bundled(css.as_uri()) == css.resolve()
    assert b"briefgen" in url_fetcher()(css.as_uri()).read()
    init = css.with_name("__init__.py")  # bundled, but not a stylesheet or font
    assert is_bundled(init.as_uri()) is None


def test_article_markup_is_never_fetched(tmp_path: Path) -> None:
    report = FitReport()
    pdf = render_pdf(hostile_brief(), report=report)
    assert page_count(pdf) == 1
    assert report.refused == []  # escaped: WeasyPrint never even saw an <img>
    assert b"root:x:0" not in pdf_objects(pdf)


def test_careless_template_still_cannot_fetch(tmp_path: Path) -> None:
    """Even a template that marks article text safe cannot make WeasyPrint read a file."""
    tpl = tmp_path / "careless.html.j2"
    tpl.write_text("<p>{{ o.standfirst | safe }}</p>", encoding="utf-8")
    report = FitReport()
    brief = hostile_brief()
    # Unquoted attributes: the brief makes straight quote marks typographic for display, which
    # would already spoil a quoted src="..." (and so the test).
    art = dataclasses.replace(brief.article, standfirst="<img src=file:///etc/passwd> text")
    pdf = render_pdf(dataclasses.replace(brief, article=art), template=tpl, report=report)
    assert "file:///etc/passwd" in report.refused
    assert b"root:x:0" not in pdf_objects(pdf)


def test_fill_model_is_close(rich: Brief) -> None:
    """The model that picks the first layout is within a tenth of a page of WeasyPrint."""
    from briefgen.render.outline import PAGE_LIMITS, build_outline
    from briefgen.render.pdf import predicted_fill

    report = FitReport()
    render_pdf(rich, report=report)
    assert report.layouts == 1
    assert abs(predicted_fill(build_outline(rich, PAGE_LIMITS)) - report.fill) < 0.1
