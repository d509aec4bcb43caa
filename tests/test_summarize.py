"""The bottom line and key points never invent: every piece traces to the article."""

from __future__ import annotations

import pytest
from conftest import gold_files, gold_text

from briefgen import build_brief
from briefgen.model import Actor, Commitment, DateMention, View
from briefgen.section import section
from briefgen.summarize import _summary, bottom_line, key_points

ARTICLE = """Ministers agree new river pact

The governments of Norland and Suderia agreed on Monday to share the waters of the Grey River under a new treaty, officials said.

The treaty, which took three years to negotiate, sets quotas for each country.

"This is a good day for both our peoples," Norland's foreign minister said.

Farmers in the delta said they had not been consulted.
"""


def test_bottom_line_is_whole_article_sentences_lead_first() -> None:
    doc = section(ARTICLE)
    summary = bottom_line(doc, [], [], [])
    assert 1 <= len(summary) <= 3
    for s in summary:
        assert ARTICLE[s.span[0] : s.span[1]] == s.text
    assert summary[0].text.startswith("The governments of Norland")
    assert all(not s.text.startswith('"') for s in summary), "a bare quote is not a bottom line"


@pytest.mark.parametrize(
    ("sentence", "short"),
    [
        (
            (
                "The commission, which was set up in 2019 after months of talks between the two "
                "governments, will report to parliament next spring on the cost of the new bridge."
            ),
            "The commission will report to parliament next spring on the cost of the new bridge.",
        ),
        (
            (
                "The minister met the envoy of the union (the bloc's most senior diplomat in the "
                "region and a former finance minister) to discuss the grain corridor and its future."
            ),
            "The minister met the envoy of the union to discuss the grain corridor and its future.",
        ),
        (
            (
                "Officials from both ministries met in the capital on Tuesday to review the plan "
                "for the new port, according to a statement issued by the transport ministry late."
            ),
            (
                "Officials from both ministries met in the capital on Tuesday to review the plan "
                "for the new port."
            ),
        ),
    ],
)
def test_long_sentences_lose_only_whole_set_off_clauses(sentence: str, short: str) -> None:
    doc = section("Headline\n\n" + sentence + "\n")
    (s,) = doc.sentences
    result = _summary(doc, s)
    assert result.text == sentence
    assert result.short == short
    assert "".join(doc.text[a:b] for a, b in result.parts).split() == short.split()


def test_short_sentence_is_kept_whole() -> None:
    doc = section("Headline\n\nThe bank, which is state owned, cut rates.\n")
    (s,) = doc.sentences
    assert _summary(doc, s).short is None


def _actor(i: int, name: str, start: int, end: int, salience: float = 1.0) -> Actor:
    return Actor(f"A{i}", name, "country", mentions=((start, end),), salience=salience)


def test_key_points_follow_fixed_patterns_one_per_sentence() -> None:
    text = ARTICLE
    n0 = text.index("Norland and")
    s0 = text.index("Suderia")
    sentence = (text.index("The governments"), text.index("officials said.") + 15)
    actors = [_actor(1, "Norland", n0, n0 + 7), _actor(2, "Suderia", s0, s0 + 7, 0.8)]
    what_start = text.index("share the waters")
    what = (what_start, text.index(" under a new treaty"))
    commitments = [
        Commitment(
            ("A1", "A2"),
            "The governments of Norland and Suderia",
            "agreed",
            text[what[0] : what[1]],
            what,
            sentence,
            "agreement",
        ),
        # The same sentence again (a duplicate fact) must not give a second bullet.
        Commitment(
            ("A1",), "Norland", "agreed", text[what[0] : what[1]], what, sentence, "agreement"
        ),
    ]
    q = text.index("This is a good day")
    quote = (q, q + len("This is a good day for both our peoples,"))
    views = [
        View(
            "A1",
            "Norland's foreign minister",
            None,
            "foreign minister",
            None,
            "official",
            True,
            "said",
            text[quote[0] : quote[1]],
            quote,
        )
    ]
    d = text.index("on Monday")
    dates = [
        DateMention(
            "Monday",
            (d + 3, d + 9),
            "DATE",
            "2024-05-06",
            sentence,
            actors=("A1",),
            event="agreed to share the waters",
        )
    ]
    points = key_points(text, actors, dates, commitments, views)
    texts = [p.text for p in points]
    # The article's own subject names both parties, so the bullet keeps it.
    assert texts[0] == (
        "The governments of Norland and Suderia agreed share the waters of the Grey River"
    )
    assert "Norland: “This is a good day for both our peoples,”" in texts
    assert len(points) == 2, (
        "the date and the duplicate commitment share the first bullet's sentence"
    )
    assert {p.kind for p in points} == {"commitment", "view"}


def test_key_point_subject_is_the_resolved_names_for_a_pronoun() -> None:
    actors = [_actor(1, "Norland", 0, 7), _actor(2, "Suderia", 12, 19)]
    c = Commitment(
        ("A1", "A2"), "they", "pledged to", "open the border", (30, 45), (25, 46), "pledge"
    )
    (point,) = key_points("", actors, [], [c], [])
    assert point.text == "Norland and Suderia pledged to open the border"


def test_key_points_skip_views_without_a_resolved_speaker() -> None:
    view = View(None, "someone", None, None, None, "other", True, "said", "Hello there", (0, 11))
    assert key_points("", [], [], [], [view]) == []


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.name.split(".")[0])
def test_every_paragraph_number_points_at_its_item(gold_path) -> None:  # type: ignore[no-untyped-def]
    brief = build_brief(gold_text(gold_path))
    items = [*brief.summary, *brief.key_points, *brief.dates, *brief.commitments, *brief.views]
    for item in items:
        n = brief.paragraph_number(item.span[0])
        if n is None:
            continue  # headline or standfirst: shown in the title block, not a ¶ reference
        start, end = brief.paragraphs[n - 1]
        assert start <= item.span[0] < end


def test_a_first_person_pledge_is_quoted_not_conjugated() -> None:
    text = "Remarks\n\nI’m prepared to take further steps, the minister said.\n"
    start = text.index("I’m")
    action = (text.index("take"), text.index(", the minister"))
    c = Commitment(
        ("A1",),
        "I",
        "m prepared to",
        text[action[0] : action[1]],
        action,
        (start, len(text) - 1),
        "pledge",
    )
    (point,) = key_points(text, [_actor(1, "Ana Ruiz", 0, 0)], [], [c], [])
    assert point.text == "Ana Ruiz: I’m prepared to take further steps"
