"""The Markdown brief: short (at most ~600 words), GitHub- and pandoc-friendly, structure-safe.

Like the PDF it has a budget: if the brief runs over WORD_BUDGET, the lowest-ranked items give
way (a bisection over how many to keep, each try a millisecond) and the brief says how many
were left out. Never imports WeasyPrint. Article text is escaped by the template's `md` filter.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.model import Brief
from briefgen.render.outline import MARKDOWN_LIMITS, OutlineBuilder
from briefgen.render.templating import get_template, render_template
from briefgen.textutil import count_words

WORD_BUDGET = 600
MAX_TRIES = 8
_BLANK_RUNS = re.compile(r"\n{3,}")


def render_markdown(brief: Brief, *, template: Path | str | None = None) -> str:
    """The brief as Markdown; `template` replaces the built-in brief.md.j2."""
    tpl = get_template("md", template)
    limits = MARKDOWN_LIMITS
    builder = OutlineBuilder(brief, limits)  # the rows once; each try only re-selects

    def draft(keep: int | None) -> tuple[str, int]:
        outline = builder.build(keep, limits.summary_words)
        text = render_template(tpl, o=outline, brief=brief)
        # Template control lines leave blank runs behind; one blank line is all Markdown needs.
        text = _BLANK_RUNS.sub("\n\n", text).strip() + "\n"
        return text, outline.ranked_total

    text, total = draft(limits.keep)
    if count_words(text) <= WORD_BUDGET:
        return text
    lo, hi, best = 0, total, None
    for _ in range(MAX_TRIES):
        if hi - lo <= 1:
            break
        mid = (lo + hi) // 2
        candidate, _ = draft(mid)
        if count_words(candidate) <= WORD_BUDGET:
            lo, best = mid, candidate
        else:
            hi = mid
    return best if best is not None else draft(lo)[0]
