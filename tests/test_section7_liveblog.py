"""Wire live blogs ("The Latest: ...", running stories): each entry opens with a timestamp line
of its own ("10:40 a.m.", "1500 GMT", "Update 3:15 p.m."), newest first, often between rules of
underscores. The sectioner makes each such line a section heading (Section.kind "entry"); the
line is never part of a paragraph, a sentence, a timeline date, a view or a summary sentence.

Every text here is invented from the general conventions of wire live blogs; lines that look
like a timestamp but open no entry (a time inside a sentence, a schedule, a score, a lone
transcript time stamp) are counterexamples that must not become headings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

import pytest

from briefgen import build_brief
from briefgen.model import Document
from briefgen.section import section

REF = dt.date(2024, 10, 4)

ENTRIES = [
    (
        (
            "Governor Ana Ruiz is urging voters to check their registration before the deadline"
            " next week."
        ),
        "She says the state has added polling places in three rural counties.",
    ),
    (
        (
            "The state election board says it will keep early voting sites open two hours"
            " longer on weekends."
        ),
        "Board chairman Tom Hale says turnout in the first week was the highest in a decade.",
    ),
    (
        (
            "Senator Mark Dunn is calling on the governor to release her tax returns before"
            " the debate."
        ),
        "Dunn told supporters at a rally in Riverside that voters deserve to know.",
    ),
]
TIMES = ["2:45 p.m.", "1:30 p.m.", "10 a.m."]
HEAD = "The Latest: Governor urges voters to check registration.\n\n"
INTRO = "CAPITAL CITY (AP) \u2014 The Latest on the governor\u2019s race (all times local):\n\n"


def liveblog(
    times: list[str] = TIMES,
    sep: str = "___.",
    head: str = HEAD,
    intro: str = INTRO,
    entries: Sequence[tuple[str, ...]] = ENTRIES,
    gap: str = "\n\n",
) -> str:
    """An invented live blog: headline, dateline intro, then entries newest first."""
    blocks = []
    for t, paras in zip(times, entries, strict=True):
        blocks.append(t + gap + "\n\n".join(paras))
    joiner = f"\n\n{sep}\n\n" if sep else "\n\n"
    return head + intro + joiner.join(blocks) + "\n"


def headings(doc: Document) -> list[str]:
    return [s.heading for s in doc.article.sections if s.heading is not None]


def entry_headings(doc: Document) -> list[str]:
    return [s.heading for s in doc.article.sections if s.kind == "entry" and s.heading]


def sentences(doc: Document) -> list[str]:
    return [doc.text[s.span[0] : s.span[1]] for s in doc.sentences]


def paragraphs(doc: Document) -> list[str]:
    return [doc.text[p.span[0] : p.span[1]] for p in doc.paragraphs]


# --------------------------------------------------------------------------- golden rows

GOLDEN: list[tuple[str, str, list[str]]] = [
    ("ap-underscore-dot", liveblog(), TIMES),
    ("ap-underscore", liveblog(sep="___"), TIMES),
    ("blank-lines-only", liveblog(sep=""), TIMES),
    (
        "time-zone",
        liveblog(times=["12:50 p.m. EDT", "11:05 a.m. EDT", "9 a.m. EDT"]),
        ["12:50 p.m. EDT", "11:05 a.m. EDT", "9 a.m. EDT"],
    ),
    (
        "gmt-24-hour",
        liveblog(times=["1500 GMT", "1320 GMT", "0915 GMT"]),
        ["1500 GMT", "1320 GMT", "0915 GMT"],
    ),
    (
        "update-prefix",
        liveblog(times=["Update 3:15 p.m.", "Update 1:05 p.m.", "Update 9:40 a.m."]),
        ["Update 3:15 p.m.", "Update 1:05 p.m.", "Update 9:40 a.m."],
    ),
    ("noon", liveblog(times=["2 p.m.", "Noon.", "11:20 a.m."]), ["2 p.m.", "Noon.", "11:20 a.m."]),
    (
        "colon-after-time",
        liveblog(times=["4:40 p.m.:", "2:10 p.m.:", "12 p.m.:"]),
        ["4:40 p.m.", "2:10 p.m.", "12 p.m."],
    ),
    (
        "weekday-and-time",
        liveblog(times=["Friday, 8 a.m.", "7:45 p.m. Thursday", "6 p.m. Thursday"]),
        ["Friday, 8 a.m.", "7:45 p.m. Thursday", "6 p.m. Thursday"],
    ),
    ("no-dateline-intro", liveblog(intro=""), TIMES),
    ("time-right-below-text", liveblog(gap="\n"), TIMES),
    (
        "entry-opening-with-a-short-line",
        liveblog(entries=[ENTRIES[0], ("Close call.", *ENTRIES[1]), ENTRIES[2]]),
        TIMES,
    ),
    ("crlf", liveblog().replace("\n", "\r\n"), TIMES),
    ("two-entries", liveblog(times=TIMES[:2], entries=ENTRIES[:2]), TIMES[:2]),
    ("oldest-first", liveblog(times=TIMES[::-1]), TIMES[::-1]),
    ("star-rules", liveblog(sep="* * *"), TIMES),
    ("trailing-blanks", liveblog().replace("m.\n", "m.  \n"), TIMES),
    (
        "no-break-spaces",
        liveblog(times=[t.replace(" ", "\u00a0") for t in TIMES]),
        [t.replace(" ", "\u00a0") for t in TIMES],
    ),
    ("upper-case", liveblog(times=[t.upper() for t in TIMES]), [t.upper() for t in TIMES]),
]


@pytest.mark.parametrize(("text", "want"), [g[1:] for g in GOLDEN], ids=[g[0] for g in GOLDEN])
def test_timestamp_lines_are_entry_headings(text: str, want: list[str]) -> None:
    doc = section(text, REF)
    assert headings(doc) == want
    assert entry_headings(doc) == want
    a = doc.article
    assert a.headline == "The Latest: Governor urges voters to check registration."
    for s in a.sections:
        if s.heading is not None:
            assert s.heading_span is not None
            assert text[s.heading_span[0] : s.heading_span[1]] == s.heading
    # every entry keeps its own paragraphs, in order
    entries = [s for s in a.sections if s.kind == "entry"]
    first_paras = [text[s.paragraphs[0][0] : s.paragraphs[0][1]] for s in entries]
    assert first_paras[0].startswith(("Governor Ana Ruiz", "Close call."))
    assert all(len(s.paragraphs) >= 2 for s in entries)


@pytest.mark.parametrize(("text", "want"), [g[1:] for g in GOLDEN], ids=[g[0] for g in GOLDEN])
def test_timestamp_lines_are_never_text(text: str, want: list[str]) -> None:
    doc = section(text, REF)
    for line in sentences(doc) + paragraphs(doc):
        for t in want:
            assert not line.startswith(t.rstrip(".")), line
    assert not any(re.fullmatch(r"_+\.?", p) for p in paragraphs(doc))


def test_the_intro_stays_the_first_untitled_paragraph() -> None:
    doc = section(liveblog(), REF)
    first = doc.article.sections[0]
    assert first.heading is None and first.kind is None
    assert doc.text[first.paragraphs[0][0] : first.paragraphs[0][1]].startswith("The Latest on")
    assert doc.article.dateline is not None and doc.article.dateline.place == "CAPITAL CITY"


def test_entry_boundaries_on_the_paragraphs() -> None:
    """What other stages use: a paragraph's section is an entry, so a change of section
    between two paragraphs is an entry boundary."""
    doc = section(liveblog(), REF)
    secs = doc.article.sections
    kinds = [secs[p.section].kind for p in doc.paragraphs]
    assert kinds == [None] + ["entry"] * 6
    boundaries = [
        i
        for i in range(1, len(doc.paragraphs))
        if doc.paragraphs[i].section != doc.paragraphs[i - 1].section
    ]
    assert boundaries == [1, 3, 5]


def test_no_headline_the_first_line_is_an_entry() -> None:
    text = liveblog(head="", intro="", times=["1500 GMT", "1320 GMT", "0915 GMT"])
    doc = section(text, REF)
    assert headings(doc) == ["1500 GMT", "1320 GMT", "0915 GMT"]
    assert doc.article.headline is None


def test_a_kicker_label_above_the_entries_is_no_headline_pair() -> None:
    text = liveblog(head="Politics\n\n", intro="")
    doc = section(text, REF)
    assert headings(doc) == TIMES


# --------------------------------------------------------------------------- counterexamples

BODY = (
    "The ministers met on Tuesday to discuss the plan for the river and agreed to meet again.\n\n"
    "They said the talks would resume in May after a review of the water rights.\n"
)

COUNTER: list[tuple[str, str]] = [
    (
        "time-inside-a-sentence",
        (
            "Talks end late.\n\nThe talks began at 10 a.m. and ended at 7 p.m. without a deal.\n\n"
            "Officials said at 9 p.m. that they would meet again on Friday morning.\n"
        ),
    ),
    (
        "one-line-sentence-paragraphs",
        (
            "Suspect held.\n\nHe left at 7 p.m.\n\nPolice stopped his car on the highway an hour"
            " later and found the stolen paintings.\n\nHe was charged at 11 p.m.\n\nHis lawyer said"
            " he would plead not guilty at a hearing next week.\n"
        ),
    ),
    (
        "short-quoted-lines",
        (
            "Vote count.\n\nCAPITAL CITY (AP) \u2014 The clerk was asked twice when the count would"
            " begin in the hall.\n\n"
            "\u201cAt 7 p.m.\u201d\n\nThat was the answer the clerk gave when asked when"
            " the count would start.\n\n\u201cNoon.\u201d\n\nThat was the answer the clerk gave a"
            " week earlier, when the count started late.\n"
        ),
    ),
    (
        "schedule-times-over-short-labels",
        (
            "Summit programme.\n\nThe leaders will keep to a tight timetable on Friday.\n\n"
            "9 a.m.\n\nOpening remarks\n\n10:30 a.m.\n\nPanel on trade\n\nNoon\n\nLunch\n\n"
            "The summit closes with a news conference in the afternoon, officials said.\n"
        ),
    ),
    (
        "schedule-in-one-paragraph",
        "Summit programme.\n\nThe timetable: 9 a.m. opening remarks; 10:30 a.m. panel on"
        " trade; noon lunch; 3 p.m. news conference.\n\n" + BODY,
    ),
    (
        "list-of-bare-times",
        "Polls close.\n\nPolls close at these times on Tuesday:\n\n7 p.m.\n8 p.m.\n9 p.m.\n\n"
        + BODY,
    ),
    (
        "sports-scores",
        (
            "Final scores.\n\nRovers beat United in the cup final on Saturday in front of a full"
            " stadium.\n\n3-1\n\nCity drew with Athletic in a game that was stopped twice for rain.\n\n"
            "2:1\n\nThe league said both games would count toward the table next season.\n"
        ),
    ),
    (
        "lone-transcript-time-stamps",
        (
            "Remarks by the Minister on Trade\n\n4:56 P.M. EDT\n\nTHE MINISTER: Good afternoon,"
            " everyone, and thank you for coming here today.\n\nWe have agreed a new framework with"
            " our partners that will cut tariffs on farm goods.\n\nThank you.\n\n5:03 P.M. EDT\n"
        ),
    ),
    (
        "one-timestamp-only",
        "Storm nears coast.\n\nUpdate 3:15 p.m.\n\nThe storm is expected to reach the coast"
        " tonight, forecasters said, and residents were told to leave low-lying areas.\n\n" + BODY,
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in COUNTER], ids=[c[0] for c in COUNTER])
def test_timestamps_that_open_no_entry_are_no_headings(text: str) -> None:
    doc = section(text, REF)
    assert entry_headings(doc) == []
    assert not any(
        re.search(r"\d\s?[ap]\.m\.|\d{1,2}:\d\d|\bnoon\b", h or "", re.IGNORECASE)
        for h in headings(doc)
    )


def test_sentences_with_times_keep_their_times() -> None:
    doc = section(COUNTER[1][1], REF)
    assert "He left at 7 p.m." in sentences(doc)
    assert "He was charged at 11 p.m." in sentences(doc)
    doc = section(COUNTER[2][1], REF)
    assert "\u201cAt 7 p.m.\u201d" in paragraphs(doc)


def test_a_header_time_stamp_does_not_hide_the_byline() -> None:
    text = "Storm nears coast\n\nUpdated 3:15 p.m. ET\n\nBy Jane Roe\n\n" + BODY
    doc = section(text, REF)
    assert doc.article.byline == ("Jane Roe",)
    assert headings(doc) == []


def test_a_lone_timestamp_line_is_no_paragraph() -> None:
    """Outside a live blog a timestamp alone on its line is metadata, not text."""
    doc = section(COUNTER[-1][1], REF)
    assert not any(p.startswith("Update 3:15") for p in paragraphs(doc))


# --------------------------------------------------------------------------- whole brief


def _brief(text: str) -> dict[str, Any]:
    from briefgen.render.json import brief_to_dict

    return brief_to_dict(build_brief(text, reference_date=REF))


@pytest.mark.parametrize(
    "text",
    [
        liveblog(),
        liveblog(times=["2 p.m.", "Noon.", "11:20 a.m."]),
        liveblog(times=["1500 GMT", "1320 GMT", "0915 GMT"]),
    ],
    ids=["ap", "noon", "gmt"],
)
def test_heading_lines_reach_no_date_view_or_summary(text: str) -> None:
    out = _brief(text)
    doc = section(text, REF)
    spans = [s.heading_span for s in doc.article.sections if s.heading_span]
    assert len(spans) == 3

    def touches(span: list[int]) -> bool:
        return any(span[0] < h[1] and h[0] < span[1] for h in spans)

    assert not any(touches(d["span"]) for d in out["dates"])
    assert not any(touches(d["sentence"]) for d in out["dates"])
    assert not any(touches(v["span"]) for v in out["views"])
    assert not any(touches(s["span"]) for s in out["summary"])
    assert not any(touches(c["sentence"]) for c in out["commitments"])
    assert [s["heading"] for s in out["article"]["sections"] if s["heading"]] == [
        text[a:b] for a, b in spans
    ]
