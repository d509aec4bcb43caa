"""The Markdown brief: short (under ~600 words), GitHub- and pandoc-friendly, structure-safe.

Never imports WeasyPrint. Article text is escaped by the template's `md` filter.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.model import Brief
from briefgen.render.outline import MARKDOWN_LIMITS, build_outline
from briefgen.render.templating import get_template, render_template

_BLANK_RUNS = re.compile(r"\n{3,}")


def render_markdown(brief: Brief, *, template: Path | str | None = None) -> str:
    """The brief as Markdown; `template` replaces the built-in brief.md.j2."""
    outline = build_outline(brief, MARKDOWN_LIMITS)
    text = render_template(get_template("md", template), o=outline, brief=brief)
    # Template control lines leave blank runs behind; one blank line is all Markdown needs.
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"
