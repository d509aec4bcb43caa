"""The HTML brief: one self-contained page (stylesheet inlined, nothing fetched), autoescaped.

It is also the source of the PDF, which renders the same template from a trimmed outline.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from briefgen.errors import UsageError
from briefgen.model import Brief
from briefgen.render.outline import PAGE_LIMITS, Outline, build_outline
from briefgen.render.outline import evidence as evidence_paragraphs
from briefgen.render.templating import builtin_text, get_template, render_template

PAPER_SIZES = {"a4": "A4", "letter": "letter"}


def page_size(paper: str) -> str:
    """The CSS `size` of a paper name; a UsageError for anything else."""
    try:
        return PAPER_SIZES[paper.lower()]
    except (KeyError, AttributeError):
        raise UsageError(f"unknown paper size {paper!r}", "use a4 or letter") from None


def stylesheet(template: Path | str | None = None) -> str:
    """The CSS to inline: a brief.css next to the user's template (as copied out by
    `copy_builtin_templates`), else the built-in one."""
    if template is not None:
        beside = Path(template).expanduser().parent / "brief.css"
        if beside.is_file():
            return beside.read_text(encoding="utf-8")
    return builtin_text("brief.css")


def html_from_outline(
    outline: Outline,
    brief: Brief,
    *,
    template: Path | str | None = None,
    paper: str = "a4",
    evidence: bool = False,
) -> str:
    """Render the HTML template for an already-built outline (the PDF fitter's entry point)."""
    size = page_size(paper)
    tpl = get_template("html", template)
    # The stylesheet is ours (or the user's own file), never article text: safe to inline.
    css = Markup(stylesheet(template))
    paragraphs = evidence_paragraphs(brief, outline) if evidence and brief.text else ()
    return render_template(
        tpl,
        o=outline,
        brief=brief,
        css=css,
        page_size=size,
        evidence=bool(paragraphs),
        evidence_paragraphs=paragraphs,
    )


def render_html(
    brief: Brief,
    *,
    template: Path | str | None = None,
    paper: str = "a4",
    evidence: bool = False,
) -> str:
    """The brief as one self-contained HTML page; `template` replaces brief.html.j2.

    `evidence` adds an appendix of the source paragraphs the brief's items come from, with each
    item's span highlighted; every ¶N then links to its paragraph there (issue 10).
    """
    page_size(paper)
    return html_from_outline(
        build_outline(brief, PAGE_LIMITS),
        brief,
        template=template,
        paper=paper,
        evidence=evidence,
    )
