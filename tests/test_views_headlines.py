"""Headlines are no views (#5, session 5): a headline's "X says Y", "X: Y" or title-case "X Says
Y" restates the lead as a title, and news gold keeps views to the body, where the attribution
is written in full ("Poll: …", "Stealth Over Health: …", "Legend Says …" were false positives).
Rows: each headline gives no view; the same words as a body sentence still give one, so the
reading of the body is unchanged."""

from __future__ import annotations

import pytest

from briefgen.extract.views import extract_views
from briefgen.section import section

BODY = "\n\nThe council met on Monday and adjourned early."

HEADLINES = [
    "Jane Roe: Talks will resume next week",
    "Poll: Voters in the suburbs abandon the ruling party",
    "Port Safety: Harbour fees will double next year, officials warn",
    "Governor says the budget will pass",
    "Jane Roe Says Harbour Fees Will Double Next Year",
    "Harbour Fees Will Double, Former Port Chief Says",
    "Jane Roe urges a new vote on the harbour plan",
    "Fact Sheet: Two Countries Reach Trade Deal",
    "Port Authority Plans New Fees For Cargo Ships",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_gives_no_view(headline: str) -> None:
    assert extract_views(section(headline + BODY), []) == []


# (body sentence, start of the view's text): the same attributions in the body stay views.
BODY_ROWS = [
    ("Jane Roe said talks will resume next week.", "talks will resume"),
    ("The governor says the budget will pass.", "the budget will pass"),
    ("Harbour fees will double next year, the former port chief said.", "Harbour fees"),
]


@pytest.mark.parametrize("sentence,start", BODY_ROWS)
def test_body_attribution_still_a_view(sentence: str, start: str) -> None:
    text = "Headline of the story\n\n" + sentence
    views = extract_views(section(text), [])
    assert [v.text[: len(start)] for v in views] == [start]
