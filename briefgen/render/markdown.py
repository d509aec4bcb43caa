"""The Markdown brief: short (at most ~600 words), GitHub- and pandoc-friendly, structure-safe.

Like the PDF it has a budget: if the brief runs over WORD_BUDGET, the lowest-ranked items give
way (a bisection over how many to keep, each try a millisecond) and the brief says how many
were left out. Never imports WeasyPrint. Article text is escaped by the template's `md` filter.
The built-in template is rendered by its Python twin (render/markdown_builtin.py) while it is
unchanged, without importing Jinja; a user's template (`template=`) always goes through Jinja.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from hashlib import sha256
from pathlib import Path

from briefgen.model import Brief
from briefgen.render.outline import MARKDOWN_LIMITS, OutlineBuilder
from briefgen.textutil import count_words

WORD_BUDGET = 600
MAX_TRIES = 8
_BLANK_RUNS = re.compile(r"\n{3,}")


def render_markdown(brief: Brief, *, template: Path | str | None = None) -> str:
    """The brief as Markdown; `template` replaces the built-in brief.md.j2."""
    limits = MARKDOWN_LIMITS
    builder = OutlineBuilder(brief, limits)  # the rows once; each try only re-selects
    draft: Callable[[int | None], tuple[str, int, int]]
    if template is None and _builtin_is_twin():
        from briefgen.render.markdown_builtin import Drafts

        drafts = Drafts()

        def draft(keep: int | None) -> tuple[str, int, int]:
            outline = builder.build(keep, limits.summary_words)
            pieces, words = drafts.render(outline)
            return "".join(pieces), words, outline.ranked_total

    else:
        from briefgen.render.templating import get_template, render_template

        tpl = get_template("md", template)

        def draft(keep: int | None) -> tuple[str, int, int]:
            outline = builder.build(keep, limits.summary_words)
            text = render_template(tpl, o=outline, brief=brief)
            return text, count_words(text), outline.ranked_total

    # A draft's words are counted before its blank runs are closed up, which changes no count.
    text, words, total = draft(limits.keep)
    if words <= WORD_BUDGET:
        return _tidy(text)
    lo, hi, best = 0, total, None
    for _ in range(MAX_TRIES):
        if hi - lo <= 1:
            break
        mid = (lo + hi) // 2
        candidate, words, _ = draft(mid)
        if words <= WORD_BUDGET:
            lo, best = mid, candidate
        else:
            hi = mid
    return _tidy(best if best is not None else draft(lo)[0])


def _tidy(text: str) -> str:
    # Template control lines leave blank runs behind; one blank line is all Markdown needs.
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"


@lru_cache(maxsize=1)
def _builtin_is_twin() -> bool:
    """Whether templates/brief.md.j2 is still the text markdown_builtin.py was written from."""
    from briefgen.render.escape import builtin_text
    from briefgen.render.markdown_builtin import TEMPLATE_SHA256

    return sha256(builtin_text("brief.md.j2").encode("utf-8")).hexdigest() == TEMPLATE_SHA256
