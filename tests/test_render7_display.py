"""How the brief shows article text: quote marks, trimmed fragments, labels, dates, key points.

Session 7 presentation review. Every input here is invented; each row names the defect a reader
saw on a real page (raw ``TeX quotes'', a quotation that opens and never closes, the same sentence
in the bottom line and the key points, "he" as a committer, "(this summer)" after "this summer",
"week 15, 2021", "last Friday" under What to watch, "federal prosecutors, prosecutors").
The JSON keeps the article's own characters: only the Markdown/HTML/PDF brief changes.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from briefgen import build_brief, render
from briefgen.model import Commitment, DateMention, KeyPoint
from briefgen.render.display import display, fragment
from briefgen.render.outline import (
    MARKDOWN_LIMITS,
    PAGE_LIMITS,
    _display_date,
    _is_future,
    _trim_words,
    build_outline,
)
from briefgen.summarize import _key_point

# --- quote marks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("He called it ``a disgrace,'' aides said.", "He called it “a disgrace,” aides said."),
        ('She said "no" twice.', "She said “no” twice."),
        ('"We will win," he said.', "“We will win,” he said."),
        ('the plan ("phase two") failed', "the plan (“phase two”) failed"),
        ("no marks at all", "no marks at all"),
        ("It's the minister's plan", "It's the minister's plan"),  # apostrophes untouched
        ("“Already curly”", "“Already curly”"),
    ],
)
def test_display_makes_double_quotes_typographic(text: str, shown: str) -> None:
    assert display(text) == shown


@pytest.mark.parametrize(
    ("piece", "shown"),
    [
        # a trimmed quotation is closed after the cut
        ('the need to "support the army to ensure …', "the need to “support the army to ensure …”"),
        # a content span that starts inside one quotation and ends inside another
        (
            'lasting peace," and "closer trade ties',
            "“lasting peace,” and “closer trade ties”",
        ),
        # a dangling comma from 'called it "nonsense," he said'
        ("called the plan ``nonsense,''", "called the plan “nonsense”"),
        ("the budget, the army,", "the budget, the army"),
        ("balanced “words” stay", "balanced “words” stay"),
    ],
)
def test_fragment_balances_marks_and_drops_a_dangling_comma(piece: str, shown: str) -> None:
    assert fragment(piece) == shown


def test_tex_quotes_never_reach_markdown_or_html_but_stay_in_json() -> None:
    text = (
        "Port strike ends\n\n"
        "The union leader, Ann Roe, said on Monday that the deal was ``a fair result for "
        "dockers and their families.''\n"
    )
    brief = build_brief(text, "2024-03-04")
    md = render(brief, "md")
    html = render(brief, "html")
    assert "``" not in md and "\\`" not in md and "''" not in md
    assert "``" not in html and "&#39;&#39;" not in html
    assert "“a fair result" in md
    data = json.loads(render(brief, "json"))
    for v in data["views"]:  # the contract: text and spans are the article's, unchanged
        s, e = v["span"]
        assert text[s:e] == v["text"]
    assert any("``" in v["text"] or "''" in v["text"] for v in data["views"]) or any(
        "``" in s["text"] for s in data["summary"]
    )


# --- trimming -------------------------------------------------------------------------------


def test_a_text_a_word_or_two_over_its_limit_is_not_cut() -> None:
    ten = "one two three four five six seven eight nine ten"
    assert _trim_words(ten + " eleven twelve", 10) == ten + " eleven twelve"
    cut = _trim_words(ten + " eleven twelve thirteen", 10)
    assert cut.endswith(" …") and len(cut.split()) == 11


# --- rows -----------------------------------------------------------------------------------

TEXT = (
    "Ministers set out river plan\n\n"
    "The prime minister of Norland, Jane Roe, said on Monday that her government would open "
    "the new river port this summer.\n\n"
    "Roe said the port would cost about $40 million.\n\n"
    "Harbour officials said last Friday that dredging would begin soon, and he would hire "
    "more pilots.\n"
)


def _brief(**changes):  # type: ignore[no-untyped-def]
    return dataclasses.replace(build_brief(TEXT, "2024-04-15"), **changes)


def test_a_deadline_already_in_the_action_is_not_repeated() -> None:
    brief = build_brief(TEXT, "2024-04-15")
    s = TEXT.index("open the new river port")
    what = "open the new river port this summer"
    sentence = (TEXT.index("The prime minister"), TEXT.index("this summer.") + 12)
    c = Commitment(
        (),
        "her government",
        "would",
        what,
        (s, s + len(what)),
        sentence,
        "pledge",
        deadline="this summer",
    )
    brief = dataclasses.replace(brief, commitments=(c,))
    row = build_outline(brief).commitments.items[0]
    assert "this summer" in row.what
    assert row.deadline is None and "(this summer)" not in row.line


def test_a_bare_pronoun_is_no_committer() -> None:
    brief = build_brief(TEXT, "2024-04-15")
    s = TEXT.index("hire more pilots")
    c = Commitment((), "he", "would", "hire more pilots", (s, s + 16), (s - 60, s + 17), "pledge")
    brief = dataclasses.replace(brief, commitments=(c,))
    row = build_outline(brief).commitments.items[0]
    assert row.who == "Unnamed party"


def test_a_role_the_speaker_label_already_says_is_not_repeated() -> None:
    text = (
        "Fraud case widens\n\n"
        "Federal prosecutors said the bank had hidden losses for three years.\n"
    )
    brief = build_brief(text, "2024-04-15")
    views = build_outline(brief).views.items
    for g in views:
        assert not (g.role and g.role.lower() in g.speaker.lower()), (g.speaker, g.role)


def test_a_week_is_shown_by_its_monday() -> None:
    assert _display_date("2021-W15") == "week of 12 Apr 2021"
    assert _display_date("1998-W08") == "week of 16 Feb 1998"


@pytest.mark.parametrize(
    ("surface", "future"),
    [("last Friday", False), ("two weeks ago", False), ("earlier", False), ("Friday", True)],
)
def test_a_date_the_article_puts_in_the_past_is_never_watched(surface: str, future: bool) -> None:
    d = DateMention(surface, (0, len(surface)), "DATE", "XXXX-WXX-5", (0, 40), tense="future")
    assert _is_future(d, None) is future


def test_a_timeline_clause_cut_from_inside_its_sentence_says_so() -> None:
    text = (
        "Talks resume\n\n"
        "After weeks of delay the two delegations finally met in Geneva on March 3 to "
        "resume talks.\n"
    )
    brief = build_brief(text, "2024-04-15")
    d = next(d for d in brief.dates if d.text == "March 3")
    event = "the two delegations finally met in Geneva on March 3"
    brief = dataclasses.replace(brief, dates=(dataclasses.replace(d, event=event),))
    row = build_outline(brief).timeline.items[0]
    assert row.event.startswith("… the two delegations")


# --- key points -----------------------------------------------------------------------------


def test_key_points_do_not_repeat_the_bottom_line() -> None:
    brief = build_brief(TEXT, "2024-04-15")
    lead = brief.summary[0].span
    inside = KeyPoint(
        "Jane Roe would open the new river port", (lead[0] + 5, lead[0] + 20), "commitment"
    )
    s = TEXT.index("Roe said the port")
    other = KeyPoint("Roe: the port would cost about $40 million", (s + 9, s + 45), "view")
    brief = dataclasses.replace(brief, key_points=(inside, other), summary=brief.summary[:1])
    for limits in (PAGE_LIMITS, MARKDOWN_LIMITS):
        o = build_outline(brief, limits)
        assert [k.text for k in o.key_points.items] == [other.text]
        assert o.key_points.omitted == 0  # a repeat is no omission


def test_a_view_key_point_gets_its_missing_mark_after_the_name() -> None:
    brief = build_brief(TEXT, "2024-04-15")
    s = TEXT.index("Roe said the port")
    k = KeyPoint('Jane Roe: the port is "a gift to the region', (s + 9, s + 45), "view")
    o = build_outline(dataclasses.replace(brief, key_points=(k,), summary=()))
    assert o.key_points.items[0].text == "Jane Roe: the port is “a gift to the region”"


def _commitment(actor_text: str, cue: str, what: str, actors=("A1",), deadline=None):  # type: ignore[no-untyped-def]
    joint = "" if cue[:1] in "’'" else " "
    sentence = f"Officials said {actor_text}{joint}{cue} {what} soon."
    start = sentence.index(what)
    text = sentence
    c = Commitment(
        tuple(actors),
        actor_text,
        cue,
        what,
        (start, start + len(what)),
        (0, len(sentence)),
        "pledge",
        deadline=deadline,
    )
    return c, text


def _by_id(*names: str):  # type: ignore[no-untyped-def]
    from briefgen.model import Actor

    return {f"A{i}": Actor(f"A{i}", n, "person") for i, n in enumerate(names, 1)}


def test_key_point_with_a_contraction_quotes_the_article() -> None:
    c, text = _commitment("he", "’ll still", "back the nominee")
    point = _key_point(c, text, _by_id("John Roe"))
    assert point.text == "John Roe: he’ll still back the nominee"


def test_key_point_subject_that_would_not_agree_keeps_the_articles_words() -> None:
    c, text = _commitment("The accord", "commits", "both sides to cut tariffs", ("A1", "A2"))
    point = _key_point(c, text, _by_id("Norland", "Suderia"))
    assert point.text == "The accord commits both sides to cut tariffs"
    c, text = _commitment("it", "ensures", "faster customs checks", ("A1", "A2"))
    point = _key_point(c, text, _by_id("Norland", "Suderia"))
    assert point.text == "Norland and Suderia: it ensures faster customs checks"
    # a plural cue agrees with the names: they are written out
    c, text = _commitment("they", "will", "cut tariffs", ("A1", "A2"))
    assert _key_point(c, text, _by_id("Norland", "Suderia")).text.startswith(
        "Norland and Suderia will cut"
    )


def test_key_point_names_at_most_three_parties() -> None:
    c, text = _commitment("the six sides", "agreed to", "meet again", ("A1", "A2", "A3", "A4"))
    point = _key_point(c, text, _by_id("Norland", "Suderia", "Ostmark", "Westvale"))
    assert point.text.startswith("Norland, Suderia and 2 others agreed to meet again")


def test_key_point_does_not_repeat_a_deadline_in_the_action() -> None:
    c, text = _commitment(
        "Roe", "hopes to", "finish the port within two weeks", deadline="within two weeks"
    )
    point = _key_point(c, text, _by_id("Roe"))
    assert point.text.count("within two weeks") == 1


def test_date_key_point_is_not_labelled_with_words_it_already_has() -> None:
    text = "In the capital today, the ministry released the flight tapes."
    d = DateMention("today", (14, 19), "DATE", "2024-04-15", (0, len(text)), event=text)
    assert _key_point(d, text, {}).text == text
