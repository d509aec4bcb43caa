"""The built-in Markdown template's Python twin (render/markdown_builtin.py) writes exactly what
templates/brief.md.j2 writes through Jinja, draft by draft, with the same word count."""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import pytest
from conftest import GOLD

from briefgen.pipeline import build_brief
from briefgen.render.markdown import render_markdown
from briefgen.render.markdown_builtin import TEMPLATE_SHA256, Drafts
from briefgen.render.outline import MARKDOWN_LIMITS, PAGE_LIMITS, OutlineBuilder
from briefgen.render.templating import builtin_text, get_template, render_template
from briefgen.textutil import count_words

# Shapes the articles may lack: kicker and standfirst lines, a URL and Markdown syntax in the
# text, an empty text, a text with no actors or dates, invisible characters.
SHAPES = [
    "",
    "nothing happened here at all.",
    (
        "WORLD\n\nTalks resume in Geneva\n\nBoth sides hope for a deal.\n\nGENEVA, March 3 (Reuters) -"
        ' The United Nations said on Monday it would host talks next week. "We will *not* give'
        ' up | ever," said Maria Lopez, the UN envoy. See www.un.org or https://un.org for more.'
    ),
    (
        "# 1. Heading\u200b text\n\nThe minister said the plan [link](x) <b>would</b> start on"
        " 5 May 2031. Officials said they would review it by June."
    ),
]


def _texts() -> list[str]:
    example = Path(__file__).resolve().parent.parent / "examples" / "iraq-us-partnership.txt"
    texts = SHAPES + [example.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((GOLD / "articles").glob("*.txt"))]
    return texts


def test_template_is_the_one_the_twin_was_written_from() -> None:
    text = builtin_text("brief.md.j2")
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == TEMPLATE_SHA256, (
        "templates/brief.md.j2 changed: make render/markdown_builtin.py write the same, then"
        " update TEMPLATE_SHA256 (until then Markdown goes through Jinja, slowly)"
    )


@pytest.mark.parametrize("text", _texts())
def test_twin_writes_what_jinja_writes(text: str) -> None:
    brief = build_brief(text, "2030-01-01")
    tpl = get_template("md")
    for limits in (MARKDOWN_LIMITS, PAGE_LIMITS):
        builder = OutlineBuilder(brief, limits)
        drafts = Drafts()
        for keep in [None, *range(builder.ranked_total + 1)]:
            for summary_words in (None, 6):
                outline = builder.build(keep, summary_words)
                want = render_template(tpl, o=outline, brief=brief)
                pieces, words = drafts.render(outline)
                assert "".join(pieces) == want
                assert words == count_words(want)
                assert all(p.endswith("\n") for p in pieces)  # so the counts add up


def test_edited_template_goes_through_jinja(monkeypatch: pytest.MonkeyPatch) -> None:
    markdown = importlib.import_module("briefgen.render.markdown")
    brief = build_brief(SHAPES[2], "2030-01-01")
    fast = render_markdown(brief)
    monkeypatch.setattr(markdown, "_builtin_is_twin", lambda: False)
    assert render_markdown(brief) == fast
