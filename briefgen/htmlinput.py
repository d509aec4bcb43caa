"""Saved web pages (.html) as articles: trafilatura finds the article text among navigation,
ads and footers, and the page's headline, author and date become the article's metadata.

trafilatura is an optional extra (`pip install 'briefgen[html]'`); without it a .html input
fails with a one-line message that says so. (HTML *pasted as text* into a .txt file or stdin
is still handled by briefgen.read's tag stripper.)

The extracted text is the text the brief indexes: offsets, `source.chars` and `source.sha256`
refer to it, not to the page's bytes, and a warning in the brief says so. When the extracted
body does not begin with the page's headline, the headline is put in front of it as its own
line, so the headline stays traceable to a span of that text like any other item.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefgen.errors import InputError
from briefgen.model import Brief
from briefgen.read import read_file

INSTALL_HINT = "pip install 'briefgen[html]'"
WARNING = (
    "input was a saved web page: the article text was extracted with trafilatura, "
    "and offsets index the extracted text"
)


@dataclass(frozen=True)
class PageArticle:
    """What trafilatura found on a page."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: dt.date | None = None
    sitename: str | None = None


def available() -> bool:
    """True when the html extra is installed and importable."""
    try:
        _trafilatura()
    except InputError:
        return False
    return True


def _trafilatura():  # type: ignore[no-untyped-def]
    try:
        import trafilatura
    except ImportError as exc:
        # Also catches a broken install, e.g. lxml without lxml_html_clean under justext.
        missing = getattr(exc, "name", None) or "trafilatura"
        raise InputError(
            f"reading saved web pages needs the html extra ({missing} is not importable)",
            INSTALL_HINT,
        ) from None
    return trafilatura


def extract_page(data: bytes | str, *, name: str = "page") -> PageArticle:
    """The article text and metadata of a saved page; InputError when there is none."""
    trafilatura = _trafilatura()
    doc = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(
            "no article text found in this web page",
            "save the page's article view, or paste the article's text into a .txt file",
        )
    title = _clean(getattr(doc, "title", None))
    author = _clean(getattr(doc, "author", None))
    authors = tuple(a.strip() for a in author.split(";") if a.strip()) if author else ()
    date = _date(getattr(doc, "date", None))
    first_line = text.split("\n", 1)[0].strip()
    if title and first_line != title:
        text = f"{title}\n\n{text}"
    return PageArticle(
        text=text + "\n",
        title=title,
        authors=authors,
        date=date,
        sitename=_clean(getattr(doc, "sitename", None)),
    )


def read_html_brief(
    path: str | os.PathLike[str], *, reference_date: dt.date | None = None
) -> Brief:
    """Build the brief of a saved web page. `reference_date` (the --date option) wins over the
    page's own date; the page's date is used as the reference date with source "text"."""
    from briefgen.pipeline import build_brief

    page = extract_page(read_file(Path(path)), name=str(path))
    date = reference_date or page.date
    brief = build_brief(page.text, date, source_name=Path(path).name, warnings=(WARNING,))
    return with_page_metadata(brief, page, date_from_page=reference_date is None)


def with_page_metadata(brief: Brief, page: PageArticle, *, date_from_page: bool) -> Brief:
    """The brief with the page's metadata filled in where the text-based sectioner found none.

    (Done after build_brief because the pipeline has no metadata hook yet; see issue 9 notes.)
    """
    art = brief.article
    changes: dict[str, Any] = {}
    if page.title and not art.headline:
        changes["headline"] = page.title
    if page.authors and not art.byline:
        changes["byline"] = page.authors
    if page.sitename and not art.outlet:
        changes["outlet"] = page.sitename
    if page.date and not art.published:
        changes["published"] = page.date.isoformat()
    if date_from_page and page.date is not None:
        changes["reference_date_source"] = "text"
    return replace(brief, article=replace(art, **changes)) if changes else brief


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
