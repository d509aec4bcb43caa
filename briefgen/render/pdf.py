"""The PDF brief: the HTML brief laid out by WeasyPrint on exactly one page.

Fitting: lay out the brief with every (capped) item; if it runs over one page, shorten quotes
and event clauses, then binary-search how many of the best-ranked items to keep. At most
`MAX_LAYOUTS` layouts, never an open loop; as a last resort only the first page is written.
The brief says how many items were left out.

Safety: WeasyPrint gets a url_fetcher that refuses every URL except the bundled stylesheet and
fonts, so no article text can make it read a file or go on the network. Determinism: the PDF's
dates come from the input (publication or reference date, else a fixed epoch), never the clock,
so the same input gives the same bytes. WeasyPrint is imported here, lazily, and nowhere else.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from briefgen.errors import RenderError
from briefgen.model import Brief
from briefgen.render.html import html_from_outline, page_size
from briefgen.render.outline import PAGE_LIMITS, Limits, build_outline

MAX_LAYOUTS = 8
# Tagged, accessible PDF (PDF/UA-1). Measured on the seed: same page fit, ~10% slower.
DEFAULT_VARIANT: str | None = "pdf/ua-1"
BUNDLED_SUFFIXES = (".css", ".ttf", ".otf", ".woff", ".woff2")
COMPACT = dataclasses.replace(PAGE_LIMITS, quote_words=32, event_words=16)
LAST_RESORT = dataclasses.replace(COMPACT, keep=0, quote_words=20, summary_words=60)


class FetchRefused(ValueError):
    """A URL the brief's url_fetcher will not open."""


def _bundled_root() -> Path:
    return Path(str(resources.files("briefgen.templates"))).resolve()


def is_bundled(url: str) -> Path | None:
    """The local path of `url` if it is a stylesheet or font shipped in briefgen.templates."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return None
    path = Path(unquote(parts.path)).resolve()
    root = _bundled_root()
    if path.suffix.lower() in BUNDLED_SUFFIXES and path.is_relative_to(root) and path.is_file():
        return path
    return None


@lru_cache(maxsize=1)
def _fetcher_class() -> type:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class BundledOnlyFetcher(URLFetcher):  # type: ignore[misc]  # untyped base class
        """Opens the bundled stylesheet and fonts; refuses every other URL (and records it)."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols=("file",), allow_redirects=False)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            path = is_bundled(url)
            if path is None:
                self.refused.append(url)
                raise FetchRefused(f"briefgen does not fetch {url!r}")
            return URLFetcherResponse(url, body=path.read_bytes())

    return BundledOnlyFetcher


def url_fetcher() -> Any:
    """A new url_fetcher that refuses all but the bundled files (see `BundledOnlyFetcher`)."""
    return _fetcher_class()()


@lru_cache(maxsize=1)
def _font_config() -> Any:
    # One FontConfiguration per process: fontconfig's scan is the slow part of a first render.
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@dataclasses.dataclass
class FitReport:
    """What the fitter did: layouts tried, items kept and left out, pages before clipping."""

    layouts: int = 0
    kept: int | None = None
    omitted: int = 0
    clipped: bool = False
    refused: list[str] = dataclasses.field(default_factory=list)


def render_pdf(
    brief: Brief,
    *,
    template: Path | str | None = None,
    paper: str = "a4",
    variant: str | None = DEFAULT_VARIANT,
    report: FitReport | None = None,
) -> bytes:
    """The brief as a one-page PDF (A4 or letter). `variant` is WeasyPrint's pdf_variant
    ("pdf/ua-1" tagged by default; None for a plain PDF). `report`, if given, is filled in."""
    try:
        from weasyprint import HTML
    except ImportError as exc:  # pragma: no cover - weasyprint is a dependency
        raise RenderError("PDF output needs WeasyPrint", "pip install weasyprint") from exc

    page_size(paper)
    report = report if report is not None else FitReport()
    fetcher = url_fetcher()
    options: dict[str, Any] = {"pdf_variant": variant}
    if variant and variant.startswith("pdf/ua"):
        options["pdf_tags"] = True  # WeasyPrint's default False is not overridden by the variant

    def layout(limits: Limits) -> Any:
        report.layouts += 1
        outline = build_outline(brief, limits)
        html = html_from_outline(outline, brief, template=template, paper=paper)
        document = HTML(string=html, base_url=None, url_fetcher=fetcher).render(
            font_config=_font_config(), **options
        )
        return document, outline

    document, outline = layout(PAGE_LIMITS)
    if len(document.pages) > 1:
        document, outline = _fit(layout, report)
    if len(document.pages) > 1:  # cannot happen short of a pathological template: clip
        report.clipped = True
        document = document.copy(document.pages[:1])
    report.omitted = outline.omitted
    report.refused = list(fetcher.refused)
    return bytes(document.write_pdf(**options))


def _fit(layout: Any, report: FitReport) -> Any:
    """Shorten, then binary-search the number of ranked items to keep; ≤ MAX_LAYOUTS layouts
    in all (one is kept in reserve for the last resort)."""
    document, outline = layout(COMPACT)
    if len(document.pages) == 1:
        return document, outline
    total = outline.ranked_total
    best = None
    lo, hi = -1, total  # keep=hi does not fit; keep=lo is the best known fit
    # A first guess from the overflow: content grows roughly with the items kept.
    mid = max(0, min(total - 1, int(total / len(document.pages) * 0.95)))
    while hi - lo > 1 and report.layouts < MAX_LAYOUTS - 1:
        candidate = layout(dataclasses.replace(COMPACT, keep=mid))
        if len(candidate[0].pages) == 1:
            lo, best = mid, candidate
        else:
            hi = mid
        mid = (lo + hi + 1) // 2
    if best is not None:
        report.kept = lo
        return best
    return layout(LAST_RESORT)
