"""The PDF brief: the HTML brief laid out by WeasyPrint on exactly one page.

Fitting: lay out the brief with every (capped) item; if it runs over one page, shorten quotes
and event clauses, then search for how many of the best-ranked items to keep (interpolating on
how full the page is). At most `MAX_LAYOUTS` layouts, never an open loop; a last-resort layout
keeps only the title block and a trimmed bottom line, and if even that overflowed only the
first page would be written.
The brief says how many items were left out.

Safety: WeasyPrint gets a url_fetcher that refuses every URL except the bundled stylesheet and
fonts, so no article text can make it read a file or go on the network. Determinism: the PDF's
dates come from the input (publication or reference date, else a fixed epoch), never the clock,
so the same input gives the same bytes. WeasyPrint is imported here, lazily, and nowhere else.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from briefgen.errors import RenderError
from briefgen.model import Brief
from briefgen.render.html import html_from_outline, page_size
from briefgen.render.outline import PAGE_LIMITS, Limits, Outline, build_outline

MAX_LAYOUTS = 8
# Tagged, accessible PDF (PDF/UA-1). Measured on the seed: same page fit, ~10% slower.
DEFAULT_VARIANT: str | None = "pdf/ua-1"
BUNDLED_SUFFIXES = (".css", ".ttf", ".otf", ".woff", ".woff2")
COMPACT = dataclasses.replace(PAGE_LIMITS, quote_words=32, event_words=16)
ROOMY = dataclasses.replace(PAGE_LIMITS, actors=12, timeline=14, commitments=12, views=14)
LAST_RESORT = dataclasses.replace(COMPACT, keep=0, quote_words=20, summary_words=60)
GOOD_FILL = 0.96  # a fit this full is kept without trying for one more item
NEAR_FILL = 0.9  # ... as is one this full that is one item short of an overflow
FIRST_OK = 0.88  # ... or the model's first guess, this full (one layout instead of three)
FIXED_SHARE = 0.3  # the title block's usual share of the page, when it cannot be measured


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
    fill: float = 0.0  # how full the page is (1.0 = to the bottom margin)
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

    def layout(limits: Limits) -> _Layout:
        report.layouts += 1
        outline = build_outline(brief, limits)
        html = html_from_outline(outline, brief, template=template, paper=paper)
        document = HTML(string=html, base_url=None, url_fetcher=fetcher).render(
            font_config=_font_config(), **options
        )
        return _Layout(document, outline, _fill(document))

    result = _fit(brief, layout, report, paper)
    document, outline = result.document, result.outline
    if len(document.pages) > 1:  # cannot happen short of a pathological template: clip
        report.clipped = True
        document = document.copy(document.pages[:1])
    report.omitted = outline.omitted
    report.fill = round(result.fill, 3)
    report.refused = list(fetcher.refused)
    return bytes(document.write_pdf(**options))


@dataclasses.dataclass
class _Layout:
    document: Any
    outline: Outline
    fill: float  # pages used: 0.8 = 80% of one page, 1.3 = a page and 30% of another

    @property
    def fits(self) -> bool:
        return len(self.document.pages) == 1


def _fill(document: Any) -> float:
    """How many pages the content fills, as a fraction: full pages plus the used part of the
    last one (down to its lowest line or table row, page-margin boxes left aside)."""
    from weasyprint.formatting_structure import boxes

    page = document.pages[-1]._page_box
    top, height = page.content_box_y(), page.height
    bottom = top
    for child in page.children:
        if isinstance(child, boxes.MarginBox):
            continue
        for box in child.descendants():
            if isinstance(box, (boxes.LineBox, boxes.TableRowBox)):
                bottom = max(bottom, box.position_y + box.margin_height())
    return len(document.pages) - 1 + (bottom - top) / height


def _fixed_share(document: Any) -> float:
    """The share of the first page above the ranked items (title block, bottom line, key
    points): where the built-in template's `.columns` block starts. FIXED_SHARE if not found."""
    page = document.pages[0]._page_box
    top, height = page.content_box_y(), page.height
    for box in page.descendants():
        element = getattr(box, "element", None)
        if element is not None and "columns" in (element.get("class") or "").split():
            return min(max((box.position_y - top) / height, 0.0), 0.9)
    return FIXED_SHARE


# The page's fill as a linear function of the outline's text, fitted by least squares on 74
# layouts (seed, gold articles, test briefs; A4, built-in template): RMSE 0.025 of a page.
# It only picks the first layout to try; the layouts themselves decide.
FILL_MODEL = (0.2025, 0.0001489, 0.0001371, 0.0002432)  # constant, column, full-width, title
PAPER_FACTOR = {"a4": 1.0, "letter": 1.04}  # letter is shorter: the same text fills more
PREDICT_OK = 0.95  # lay out what the model puts at or under this fill


def predicted_fill(outline: Outline, paper: str = "a4") -> float:
    """The model's guess of how much of the page `outline` fills (see FILL_MODEL)."""
    column = 80 * 5 + 60 * len(outline.warnings)  # section headings, notes
    column += sum(
        len(a.name) + len(a.role or a.kind) + len(a.affiliation or "") + 40
        for a in outline.actors.items
    )
    column += sum(len(t.event) + 30 for t in outline.timeline.items)
    column += sum(len(c.line) + 25 for c in outline.commitments.items)
    for g in outline.views.items:
        column += len(g.speaker) + len(g.role or "") + len(g.affiliation or "") + 40
        column += sum(len(q.text) + 20 for q in g.quotes)
    column += sum(len(w.what) + len(w.when) + 20 for w in outline.watch.items)
    full = sum(len(line.text) + 10 for line in outline.bottom_line)
    full += sum(len(k.text) + 40 for k in outline.key_points.items)
    title = len(outline.headline) + len(outline.standfirst or "")
    a, b, c, d = FILL_MODEL
    return (a + b * column + c * full + d * title) * PAPER_FACTOR.get(paper.lower(), 1.0)


def _first_guess(brief: Brief, paper: str) -> tuple[Limits, int, int]:
    """The limits of the first layout: everything if the model says it fits, else the most
    ranked items (with shorter quotes) that it says fit. Returns (limits, lo, total): `lo` is
    a keep the model is confident fits (-1 when none), for the bracket if the guess fails."""
    for limits in (ROOMY, PAGE_LIMITS):  # a short article's page has room for more rows
        full = build_outline(brief, limits)
        if predicted_fill(full, paper) <= PREDICT_OK:
            return limits, -1, full.ranked_total
    total = full.ranked_total
    lo, hi = 0, total  # bisection on the model: outlines cost a millisecond, layouts 150
    while hi - lo > 1:
        mid = (lo + hi) // 2
        outline = build_outline(brief, dataclasses.replace(COMPACT, keep=mid))
        if predicted_fill(outline, paper) <= PREDICT_OK:
            lo = mid
        else:
            hi = mid
    return dataclasses.replace(COMPACT, keep=lo), -1, total


def _fit(
    brief: Brief, layout: Callable[[Limits], _Layout], report: FitReport, paper: str
) -> _Layout:
    """The layout with (nearly) the most ranked items that fits on one page, in at most
    MAX_LAYOUTS layouts.

    The first layout is the model's guess (usually right: one layout). After that, since the
    page fills about linearly with the items kept, each try interpolates between the best fit
    so far (at first: no items, with the measured share of the page above them) and the
    smallest overflow — regula falsi on a bracket that only narrows. A fit that fills the page
    to GOOD_FILL, or to NEAR_FILL one item short of an overflow, is good enough."""
    limits, lo, total = _first_guess(brief, paper)
    first = layout(limits)
    fixed = _fixed_share(first.document)
    if limits.keep is None:  # everything, as the model advised
        if first.fits:
            return first
        compact = layout(COMPACT)
        if compact.fits:
            return compact
        hi, fh = total, compact.fill
        fl, best = fixed, None
    elif first.fits:
        lo, fl, best = limits.keep, first.fill, first
        if fl >= FIRST_OK:
            return first
        hi, fh = total + 1, fixed + (fl - fixed) * (total + 1) / max(lo + 1, 1)
    else:
        hi, fh = limits.keep, first.fill
        fl, best = fixed, None
    while hi - lo > 1 and report.layouts < MAX_LAYOUTS - 1:
        k = lo + int((1.0 - fl) * (hi - lo) / max(fh - fl, 1e-6))
        k = min(max(k, lo + 1), hi - 1)
        if k >= total:
            break
        candidate = layout(dataclasses.replace(COMPACT, keep=k))
        if candidate.fits:
            lo, fl, best = k, candidate.fill, candidate
            if fl >= GOOD_FILL or (hi - k <= 2 and fl >= NEAR_FILL):
                break  # full enough, or one item short of a known overflow
        else:
            hi, fh = k, candidate.fill
            if k <= 1:
                break  # the title block and bottom line alone overflow: last resort
    if best is not None:
        report.kept = lo
        return best
    return layout(LAST_RESORT)
