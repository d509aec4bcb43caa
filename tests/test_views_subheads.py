"""Pull-quote subheadings are no views (#5, session 5): a paragraph that is one short phrase in
single marks alone ('A Change Warrior.'), in a story that quotes with double marks, heads a
section with words pulled from the story (NYT, Post style); it does not continue the quote of
the paragraph before. Counterexamples: a double-marked paragraph after a quote continues it; in
a story that quotes with single marks (British style) the short paragraph continues too; a
long single-quoted paragraph is a quotation."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen.extract.views import extract_views
from briefgen.section import section

H = "Headline of the story\n\n"

# (paragraphs, how many views start with the given words)
ROWS: list[Any] = [
    # a subheading after a quoted paragraph
    (['"We will reopen the plant," said Jane Roe, the mayor.', "'A Change of Heart.'",
      "The plant closed in May."], {"A Change": 0, "We will reopen": 1}),
    (["''We will reopen the plant,'' said Jane Roe, the mayor.", "'Pretty good work there.'",
      "The plant closed in May."], {"Pretty good": 0}),
    (["“We will reopen the plant,” said Jane Roe, the mayor.", "‘A change warrior.’",
      "The plant closed in May."], {"A change": 0}),
    # counterexamples: a double-marked paragraph continues the quote
    (['"We will reopen the plant," said Jane Roe, the mayor.', '"A change of heart."',
      "The plant closed in May."], {"A change": 1}),
    # a story quoting with single marks throughout: the short paragraph continues the quote
    (["‘We will reopen the plant,’ said Jane Roe, the mayor.", "‘A change of heart.’",
      "The plant closed in May."], {"A change": 1}),
    # a long single-quoted paragraph is a quotation, not a heading
    (['"We will reopen the plant," said Jane Roe, the mayor.',
      "'It will take us a year or more to hire the workers we need back.'",
      "The plant closed in May."], {"It will take": 1}),
]


@pytest.mark.parametrize("paras,counts", ROWS)
def test_pull_quote_subheads(paras: list[str], counts: dict[str, int]) -> None:
    views = extract_views(section(H + "\n\n".join(paras)), [])
    for start, n in counts.items():
        assert sum(v.text.startswith(start) for v in views) == n, (start, views)
