"""Renderers: one Brief in, md / html / json text or pdf bytes out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.errors import UsageError

if TYPE_CHECKING:
    from briefgen.model import Brief

FORMATS = ("md", "html", "json", "pdf")


def render(
    brief: Brief,
    fmt: str = "md",
    *,
    template: Path | str | None = None,
    paper: str = "a4",
    evidence: bool = False,
) -> str | bytes:
    """Render `brief` as `fmt`; `template` replaces the built-in template of that format;
    `evidence` adds the HTML appendix of source paragraphs."""
    if fmt == "json":
        from briefgen.render.json import render_json

        return render_json(brief)
    if fmt == "md":
        from briefgen.render.markdown import render_markdown

        return render_markdown(brief, template=template)
    if fmt == "html":
        from briefgen.render.html import render_html

        return render_html(brief, template=template, paper=paper, evidence=evidence)
    if fmt == "pdf":
        from briefgen.render.pdf import render_pdf

        return render_pdf(brief, template=template, paper=paper)
    raise UsageError(f"unknown format {fmt!r}", f"use one of {', '.join(FORMATS)}")


def render_encoded(
    brief: Brief,
    fmt: str = "md",
    *,
    template: Path | str | None = None,
    paper: str = "a4",
    evidence: bool = False,
) -> list[bytes]:
    """render() as the bytes to write, in pieces (UTF-8; a PDF is one piece). A JSON brief is
    encoded piece by piece as it is rendered (render_json.iter_json), never held as one string
    and its bytes besides: on 1 MB of actor-dense news that was three copies of ~20 MB."""
    if fmt == "json":
        from briefgen.render.json import iter_json

        return [piece.encode("utf-8") for piece in iter_json(brief)]
    rendered = render(brief, fmt, template=template, paper=paper, evidence=evidence)
    return [rendered.encode("utf-8") if isinstance(rendered, str) else rendered]
