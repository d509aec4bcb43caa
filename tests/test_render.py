"""Markdown and HTML renderers, the shared outline, and the templates.

The extractors are filled by other stages, so these tests build Briefs by hand: a realistic
news-style article written for this test (invented people and places), a generated 6,000-word
article with many items, and a 250-word one. Spans are found in the text, so every item
satisfies text[start:end] == its surface text, as real Briefs do.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from briefgen.errors import BriefgenError, RenderError
from briefgen.model import (
    Actor,
    Article,
    Brief,
    Commitment,
    DateMention,
    KeyPoint,
    Section,
    Source,
    SummarySentence,
    View,
)
from briefgen.render import render
from briefgen.render.html import render_html
from briefgen.render.markdown import render_markdown
from briefgen.render.outline import Limits, build_outline, trim_quote
from briefgen.render.templating import copy_builtin_templates, md_escape
from briefgen.textutil import count_words

# --- building Briefs by hand --------------------------------------------------------------

HEADER_LINES = 4  # kicker, headline, standfirst, byline


class Text:
    """An article text with helpers that find spans of items in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        self.header = lines[:HEADER_LINES]
        self.paragraphs = tuple(lines[HEADER_LINES:])

    def span(self, needle: str, after: int = 0) -> tuple[int, int]:
        i = self.text.find(needle, after)
        assert i >= 0, needle
        return (i, i + len(needle))

    def spans(self, needle: str) -> tuple[tuple[int, int], ...]:
        return tuple((m.start(), m.end()) for m in re.finditer(re.escape(needle), self.text))

    def sentence(self, span: tuple[int, int]) -> tuple[int, int]:
        for ps, pe in self.paragraphs:
            if ps <= span[0] < pe:
                starts = [ps] + [
                    ps + m.end() for m in re.finditer(r"[.!?][\"”]?\s+", self.text[ps:pe])
                ]
                start = max(s for s in starts if s <= span[0])
                later = [s for s in starts if s > span[0]]
                end = later[0] if later else pe
                return (start, len(self.text[:end].rstrip()))
        raise AssertionError(span)


def make_brief(
    t: Text,
    *,
    actors: Sequence[tuple[str, str, str | None, str | None, list[str]]],
    dates: Sequence[tuple[str, str, str, str | None]],
    commitments: Sequence[dict[str, Any]],
    views: Sequence[dict[str, Any]],
    published: str | None = None,
    key_points: int = 3,
    name: str | None = "article.txt",
    warnings: tuple[str, ...] = (),
) -> Brief:
    """A Brief from hand-listed items; spans are found in `t`. Actor ids are A1.. in list order."""
    import hashlib

    text = t.text
    header = [text[s:e] for s, e in t.header]
    actor_objs = []
    for i, (aname, kind, title, affil, needles) in enumerate(actors, 1):
        mentions = tuple(sorted(m for n in needles for m in t.spans(n)))
        assert mentions, aname
        actor_objs.append(
            Actor(
                f"A{i}",
                aname,
                kind,
                title,
                affil,
                mentions=mentions,
                salience=round(1 - i / (len(actors) + 1), 3),
            )
        )
    date_objs = []
    for surface, typ, value, tense in dates:
        span = t.span(surface)
        date_objs.append(DateMention(surface, span, typ, value, t.sentence(span), tense=tense))
    com_objs = []
    for c in commitments:
        span = t.span(c["what"])
        com_objs.append(
            Commitment(
                actors=tuple(c.get("actors", ())),
                actor_text=c.get("actor_text", ""),
                cue=c["cue"],
                text=c["what"],
                span=span,
                sentence=t.sentence(span),
                strength=c["strength"],
                amount=c.get("amount"),
                deadline=c.get("deadline"),
                source=c.get("source"),
            )
        )
    view_objs = []
    for v in views:
        span = t.span(v["text"])
        sp = t.span(v["speaker_text"], max(0, span[0] - 400)) if v.get("speaker_text") else None
        view_objs.append(
            View(
                speaker=v.get("speaker"),
                speaker_text=v.get("speaker_text", ""),
                speaker_span=sp,
                role=v.get("role"),
                affiliation=v.get("affiliation"),
                kind=v["kind"],
                direct=v["direct"],
                cue=v["cue"],
                text=v["text"],
                span=span,
            )
        )
    body = t.paragraphs
    summary = tuple(SummarySentence(text[s:e], (s, e)) for s, e in [t.sentence(body[0])][:1])
    kps = tuple(
        KeyPoint(f"{c.actor_text or 'They'} {c.cue} {c.text}", c.span, "commitment")
        for c in com_objs[:key_points]
    )
    return Brief(
        source=Source(
            name, hashlib.sha256(text.encode()).hexdigest(), len(text), count_words(text)
        ),
        article=Article(
            kicker=header[0],
            headline=header[1],
            standfirst=header[2],
            byline=tuple(re.sub(r"^By\s+", "", header[3]).split(" and ")),
            outlet="The Meridian Herald",
            published=published,
            reference_date=published,
            reference_date_source="text" if published else "none",
            sections=(Section(None, body),),
        ),
        summary=summary,
        key_points=kps,
        actors=tuple(actor_objs),
        dates=tuple(sorted(date_objs, key=lambda d: d.span)),
        commitments=tuple(com_objs),
        views=tuple(sorted(view_objs, key=lambda v: v.span)),
        warnings=warnings,
        paragraphs=body,
        text=text,
    )


# A news report written for these tests: invented people, institutions and events.
RICH_TEXT = """Energy
Ministers agree regional grid plan as funding gap persists
Talks in Valmora end with a pledge of new interconnectors, but how to pay for them is unresolved.
By Jane Dorrit and Omar Haddane
Energy ministers from Portugal, Spain and Morocco agreed on Tuesday to build three new power interconnectors, a step officials said would cut prices and curb reliance on imported gas.
The agreement, reached after two days of talks in Valmora, commits the three governments to finish the first cable by 2030 and to share the cost of studies that begin in June.
Portuguese Energy Minister Maria Santeiro said the European Commission had pledged €2.4 billion in grants for the project, subject to approval by member states.
"This is the most important energy decision our region has taken in a decade. It will bring cheaper power to millions of homes. It will also make us less exposed to the swings of the gas market, which hurt families badly last year," Santeiro told reporters.
Spain's Ecological Transition Minister Luis Arbeloa said his government would present a financing plan next month.
The three countries signed a binding memorandum on grid standards last year, and they reaffirmed their commitment to it on Tuesday.
Karim Benhalla, a senior fellow at the North Africa Energy Institute, said the plan was "ambitious but underfunded".
"Without private capital, the second and third cables will stay on paper," he said.
Helena Vost, the European Commissioner for Energy, said the Commission "stands ready to help" and would review the grant request in the coming weeks.
The World Bank is considering a loan guarantee for the Moroccan section, according to a bank spokesperson.
Environmental groups warned that the route of the southern cable crosses protected wetlands.
"We support clean power, but not at the cost of the last wetlands on this coast," said Ana Ribeira of the campaign group Costa Viva.
Officials said work on the detailed route is continuing and that a public consultation is expected to open in autumn 2025.
"""


def rich_brief() -> Brief:
    t = Text(RICH_TEXT)
    actors = [
        ("Maria Santeiro", "person", "Energy Minister", "Portugal", ["Maria Santeiro", "Santeiro"]),
        ("European Commission", "organization", None, None, ["European Commission", "Commission"]),
        ("Portugal", "country", None, None, ["Portugal", "Portuguese"]),
        ("Spain", "country", None, None, ["Spain"]),
        ("Morocco", "country", None, None, ["Morocco", "Moroccan"]),
        ("Luis Arbeloa", "person", "Ecological Transition Minister", "Spain", ["Luis Arbeloa"]),
        (
            "Karim Benhalla",
            "person",
            "senior fellow",
            "North Africa Energy Institute",
            ["Karim Benhalla"],
        ),
        (
            "Helena Vost",
            "person",
            "European Commissioner for Energy",
            "European Commission",
            ["Helena Vost"],
        ),
        ("World Bank", "organization", None, None, ["World Bank"]),
        ("Ana Ribeira", "person", None, "Costa Viva", ["Ana Ribeira"]),
        ("Costa Viva", "group", None, None, ["Costa Viva"]),
    ]
    dates = [
        ("on Tuesday", "DATE", "2025-03-11", "past"),
        ("by 2030", "DATE", "2030", "future"),
        ("in June", "DATE", "2025-06", "future"),
        ("last year", "DATE", "2024", "past"),
        ("next month", "DATE", "2025-04", "future"),
        ("in the coming weeks", "DATE", "FUTURE_REF", "future"),
        ("autumn 2025", "DATE", "2025-FA", "future"),
    ]
    commitments: list[dict[str, Any]] = [
        {
            "actors": ["A3", "A4", "A5"],
            "actor_text": "Energy ministers from Portugal, Spain and Morocco",
            "cue": "agreed",
            "what": "build three new power interconnectors",
            "strength": "agreement",
        },
        {
            "actors": ["A3", "A4", "A5"],
            "actor_text": "the three governments",
            "cue": "commits",
            "what": "finish the first cable",
            "strength": "binding",
            "deadline": "by 2030",
        },
        {
            "actors": ["A2"],
            "actor_text": "the European Commission",
            "cue": "had pledged",
            "what": "€2.4 billion in grants for the project",
            "strength": "pledge",
            "amount": "€2.4 billion",
            "source": "A1",
        },
        {
            "actors": ["A4"],
            "actor_text": "his government",
            "cue": "would present",
            "what": "present a financing plan",
            "strength": "intention",
            "deadline": "next month",
            "source": "A6",
        },
        {
            "actors": ["A3", "A4", "A5"],
            "actor_text": "they",
            "cue": "reaffirmed their commitment",
            "what": "their commitment to it",
            "strength": "reaffirmation",
        },
        {
            "actors": ["A9"],
            "actor_text": "The World Bank",
            "cue": "is considering",
            "what": "a loan guarantee for the Moroccan section",
            "strength": "intention",
        },
        {
            "actors": [],
            "actor_text": "Officials",
            "cue": "is continuing",
            "what": "work on the detailed route",
            "strength": "ongoing",
        },
    ]
    views: list[dict[str, Any]] = [
        {
            "speaker": "A1",
            "speaker_text": "Maria Santeiro",
            "kind": "official",
            "direct": False,
            "cue": "said",
            "text": "the European Commission had pledged €2.4 billion in grants for "
            "the project, subject to approval by member states",
        },
        {
            "speaker": "A1",
            "speaker_text": "Santeiro",
            "kind": "official",
            "direct": True,
            "cue": "told",
            "text": "This is the most important energy decision our region has taken in a decade. "
            "It will bring cheaper power to millions of homes. It will also make us less "
            "exposed to the swings of the gas market, which hurt families badly last year",
        },
        {
            "speaker": "A6",
            "speaker_text": "Luis Arbeloa",
            "kind": "official",
            "direct": False,
            "cue": "said",
            "text": "his government would present a financing plan next month",
        },
        {
            "speaker": "A7",
            "speaker_text": "Karim Benhalla",
            "kind": "expert",
            "direct": True,
            "cue": "said",
            "text": "ambitious but underfunded",
        },
        {
            "speaker": "A7",
            "speaker_text": "he",
            "kind": "expert",
            "direct": True,
            "cue": "said",
            "text": "Without private capital, the second and third cables will stay on paper",
        },
        {
            "speaker": "A8",
            "speaker_text": "Helena Vost",
            "kind": "official",
            "direct": True,
            "cue": "said",
            "text": "stands ready to help",
        },
        {
            "speaker": "A10",
            "speaker_text": "Ana Ribeira",
            "kind": "other",
            "direct": True,
            "cue": "said",
            "text": "We support clean power, but not at the cost of the last wetlands on this "
            "coast",
        },
        {
            "speaker": None,
            "speaker_text": "Environmental groups",
            "kind": "other",
            "direct": False,
            "cue": "warned",
            "text": "the route of the southern cable crosses protected wetlands",
        },
    ]
    return make_brief(
        t, actors=actors, dates=dates, commitments=commitments, views=views, published="2025-03-12"
    )


FIRST = [
    "Amal",
    "Bruno",
    "Chen",
    "Dara",
    "Elif",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Oskar",
]
LAST = [
    "Adeyemi",
    "Brandt",
    "Castillo",
    "Dumont",
    "Eriksen",
    "Fonseca",
    "Gallo",
    "Haas",
    "Ivanova",
    "Jensen",
    "Kovacs",
]
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def generated_brief(words: int, *, seed: int = 0) -> Brief:
    """A long (or short) synthetic report with many actors, dates, commitments and views."""
    header = [
        "Trade",
        "Negotiators report progress on a wide-ranging regional trade accord",
        "Delegations met for a further round of talks on tariffs, standards and aid.",
        "By Sam Writer",
    ]
    paras: list[str] = []
    actors: list[tuple[str, str, str | None, str | None, list[str]]] = []
    dates: list[tuple[str, str, str, str | None]] = []
    commitments: list[dict] = []
    views: list[dict] = []
    n = 0
    total = 0
    while total < words - 60:
        i = n + seed
        person = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + 3) % len(LAST)]}{n}"
        org = f"Agency {n} for Trade"
        day, month = 1 + (i * 5) % 28, MONTH_NAMES[(i * 5) % 12]
        year = 2024 + (i % 4)
        when = f"on {day} {month} {year}"
        pid, oid = f"A{len(actors) + 1}", f"A{len(actors) + 2}"
        actors.append((person, "person", "Deputy Minister", org, [person]))
        actors.append((org, "organization", None, None, [org]))
        kind = ("expert", "official", "other")[n % 3]
        sentences = [
            (
                f"{person}, a deputy minister at the {org}, met delegations {when} to discuss "
                f"tariffs on steel number {n}."
            ),
            f"The {org} agreed to cut duties on item {n} by ten percent within two years.",
            (
                f'"We see real progress on chapter {n}, but the hardest questions are still open. '
                f"Farmers and workers need to know what this means for them before anything is "
                f'signed," {person} said.'
            ),
            (
                f"Observers said the schedule for chapter {n} was tight and that the talks could "
                f"slip into the following quarter if the remaining issues are not settled soon."
            ),
        ]
        para = " ".join(sentences)
        paras.append(para)
        dates.append(
            (
                when,
                "DATE",
                f"{year}-{(i * 5) % 12 + 1:02d}-{day:02d}",
                "future" if year > 2025 else "past",
            )
        )
        commitments.append(
            {
                "actors": [oid],
                "actor_text": f"The {org}",
                "cue": "agreed",
                "what": f"cut duties on item {n} by ten percent within two years",
                "strength": ("agreement", "pledge", "intention")[n % 3],
            }
        )
        views.append(
            {
                "speaker": pid,
                "speaker_text": person,
                "kind": kind,
                "direct": True,
                "cue": "said",
                "text": f"We see real progress on chapter {n}, but the hardest questions "
                f"are still open. Farmers and workers need to know what this means for "
                f"them before anything is signed",
            }
        )
        total += len(para.split())
        n += 1
    text = "\n".join(header + paras) + "\n"
    return make_brief(
        Text(text),
        actors=actors,
        dates=dates,
        commitments=commitments,
        views=views,
        published="2025-06-30",
        name=f"generated-{words}.txt",
    )


@pytest.fixture(scope="module")
def brief() -> Brief:
    return rich_brief()


# --- the fixtures are honest Briefs --------------------------------------------------------


@pytest.mark.parametrize(
    "make", [rich_brief, lambda: generated_brief(6000), lambda: generated_brief(250)]
)
def test_fixture_spans_index_the_text(make) -> None:
    b = make()
    for item in (*b.dates, *b.commitments, *b.views):
        assert b.text[item.span[0] : item.span[1]] == item.text
    assert b.source.words >= 200


def test_generated_sizes() -> None:
    assert 5900 <= generated_brief(6000).source.words <= 6300
    assert 200 <= generated_brief(250).source.words <= 320


# --- outline ------------------------------------------------------------------------------


def test_outline_sections_and_order(brief: Brief) -> None:
    o = build_outline(brief)
    assert o.headline.startswith("Ministers agree")
    assert o.source_line == (
        "The Meridian Herald",
        "By Jane Dorrit and Omar Haddane",
        "12 Mar 2025",
        f"{brief.source.words:,} words",
    )
    # commitments by strength: binding > agreement > pledge > reaffirmation > intention > ongoing;
    # the open-ended ones (no date, no deadline) are shown under What to watch instead
    assert [c.strength for c in o.commitments.items] == [
        "binding",
        "agreement",
        "pledge",
        "reaffirmation",
        "intention",
    ]
    assert o.commitments.total == 5
    undated = [w.what for w in o.watch.items if not w.dated]
    assert undated == [
        "World Bank → a loan guarantee for the Moroccan section",
        "Officials → work on the detailed route",
    ]
    binding = o.commitments.items[0]
    assert binding.line == "Portugal, Spain and Morocco → finish the first cable (by 2030)"
    pledge = o.commitments.items[2]
    # the amount is already in the words of the action, so it is not repeated
    assert pledge.line == "European Commission → €2.4 billion in grants for the project"
    assert pledge.reported_by == "Maria Santeiro"
    # views: experts first, then officials, then others, each group in document order
    assert [g.kind for g in o.views.items] == [
        "expert",
        "official",
        "official",
        "official",
        "other",
        "other",
    ]
    assert o.views.items[0].speaker == "Karim Benhalla"
    assert o.views.items[0].role == "senior fellow"
    assert [g.speaker for g in o.views.items][-2:] == ["Environmental groups", "Ana Ribeira"]
    # timeline is chronological
    values = [t.value for t in o.timeline.items]
    assert values == ["2024", "2025-03-11", "2025-04", "2025-06", "2025-FA", "2030"]
    assert o.timeline.items[1].when == "11 Mar 2025"
    assert "Energy ministers from Portugal" in o.timeline.items[1].event


def test_outline_paragraph_numbers(brief: Brief) -> None:
    o = build_outline(brief)
    body = brief.paragraphs
    for c in o.commitments.items:
        assert c.para is not None
        match = next(x for x in brief.commitments if x.text == c.what)
        s, e = body[c.para - 1]
        assert s <= match.span[0] < e
    assert o.bottom_line[0].para == 1
    assert all(q.para for g in o.views.items for q in g.quotes)
    assert all(a.para for a in o.actors.items)


def test_what_to_watch(brief: Brief) -> None:
    o = build_outline(brief)
    whens = [w.when for w in o.watch.items]
    # future dates after the reference date 2025-03-12, soonest first; FUTURE_REF keeps its words
    assert whens[:2] == ["Jun 2025", "autumn 2025"]
    assert "in the coming weeks" in whens
    # a commitment's own date ("by 2030", "next month" = Apr 2025) is shown once, with the
    # commitment under Commitments
    assert "2030" not in whens and "Apr 2025" not in whens
    assert any(c.deadline == "by 2030" for c in o.commitments.items)
    undated = [w for w in o.watch.items if w.when == "no date given"]
    assert undated and all(not w.dated for w in undated)
    assert any("loan guarantee" in w.what for w in undated)
    assert "11 Mar 2025" not in whens and "2024" not in whens


def test_empty_sections_say_so() -> None:
    b = rich_brief()
    import dataclasses

    empty = dataclasses.replace(b, actors=(), dates=(), commitments=(), views=(), key_points=())
    md = render_markdown(empty)
    assert "No commitments found in the text." in md
    assert "No named actors found in the text." in md
    assert "No quoted or reported views found in the text." in md
    assert "No dated events found in the text." in md
    html = render_html(empty)
    assert "No commitments found in the text." in html


def test_ranks_interleave_sections(brief: Brief) -> None:
    o = build_outline(brief)
    ranks = sorted(
        [a.rank for a in o.actors.items]
        + [c.rank for c in o.commitments.items]
        + [q.rank for g in o.views.items for q in g.quotes]
        + [t.rank for t in o.timeline.items]
        + [w.rank for w in o.watch.items]
        + [k.rank for k in o.key_points.items]
    )
    assert ranks == list(range(1, len(ranks) + 1))
    small = build_outline(brief, Limits(keep=6))
    assert small.commitments.items and small.actors.items and small.views.items
    assert small.omitted == o.omitted + small.ranked_total - 6
    assert small.omitted_note == f"{small.omitted} lower-ranked items omitted; see the JSON output."
    assert "left out to fit" in build_outline(brief, Limits(keep=0)).commitments.empty_message


def test_named_commitments_come_first_within_a_strength(brief: Brief) -> None:
    first, second = sorted(
        (c for c in brief.commitments if c.strength == "intention"), key=lambda c: c.span
    )[:2]
    assert second.actors
    # both with a deadline, so that both are listed under Commitments (not What to watch)
    unnamed = dataclasses.replace(first, actors=(), deadline="next month")
    dated = dataclasses.replace(second, deadline="next year")
    swap = {id(first): unnamed, id(second): dated}
    b = dataclasses.replace(
        brief, commitments=tuple(swap.get(id(c), c) for c in brief.commitments)
    )
    rows = [r for r in build_outline(b).commitments.items if r.strength == "intention"]
    assert [r.span for r in rows][:2] == [second.span, first.span]
    assert not any(w.span in (first.span, second.span) for w in build_outline(b).watch.items)


@pytest.mark.parametrize(
    "text,limit,expected",
    [
        ("One. Two three. Four five six.", 3, ("One. Two three. …", True)),
        ("Short enough.", 5, ("Short enough.", False)),
        ("a b c d e f, g h i j k l m", 10, ("a b c d e f …", True)),
        ("a b c d e f g h i j k l m", 5, ("a b c d e …", True)),
        # an abbreviation is no sentence end: the splitter's own boundaries
        ("The incidents of Aug. 7 show that the threat knows no borders at all.", 6,
         ("The incidents of Aug. 7 show …", True)),
        ("Mr. Roe met U.S. envoys and their many aides on Monday in the capital.", 5,
         ("Mr. Roe met U.S. envoys …", True)),
        ("Talks went on for years… Many tried and all of them failed.", 5,
         ("Talks went on for years…", True)),
        ("The talks of Aug. 7 went well. Then came a long row.", 7,
         ("The talks of Aug. 7 went well. …", True)),
    ],
)
def test_trim_quote(text: str, limit: int, expected: tuple[str, bool]) -> None:
    assert trim_quote(text, limit) == expected


def test_long_quote_is_trimmed_at_a_sentence(brief: Brief) -> None:
    o = build_outline(brief, Limits(quote_words=24))
    santeiro = next(g for g in o.views.items if g.speaker == "Maria Santeiro")
    long = next(q for q in santeiro.quotes if q.direct)
    assert long.trimmed and long.text.endswith("homes. …")


def test_invisible_characters_do_not_break_names() -> None:
    b = rich_brief()
    import dataclasses

    actors = list(b.actors)
    actors[0] = dataclasses.replace(actors[0], name="Maria\u200b San\u00adteiro")
    o = build_outline(dataclasses.replace(b, actors=tuple(actors)))
    assert o.actors.items[0].name == "Maria Santeiro"


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_structure(brief: Brief) -> None:
    md = render_markdown(brief)
    headings = re.findall(r"^(#+) (.*)$", md, re.MULTILINE)
    assert headings[0] == ("#", "Ministers agree regional grid plan as funding gap persists")
    assert [h for level, h in headings if level == "##"] == [
        "Bottom line",
        "Key points",
        "Key actors",
        "Timeline",
        "Commitments",
        "Views",
        "What to watch",
    ]
    assert "| Actor | Role | Affiliation | ¶ |" in md
    assert "¶1" in md and "sha256 " + brief.source.sha256[:12] in md
    assert "extracted by rules — verify against the source" in md
    assert "\n\n\n" not in md


def test_markdown_under_600_words(brief: Brief) -> None:
    assert count_words(render_markdown(brief)) < 600
    assert count_words(render_markdown(generated_brief(6000))) <= 600


HOSTILE = [
    "| a | b |",
    "# Not a heading",
    "[click](http://evil.example)",
    "<script>alert(1)</script>",
    '<img src="file:///etc/passwd">',
    "**bold** _em_ `code` ~~gone~~ $x$",
    "1. not a list",
    "- not a bullet",
    "&copy; entity",
    "bare www.evil.example http://evil.example/x a@evil.example",
]


def hostile_brief() -> Brief:
    """The rich brief with markup-laden article text in every displayed field."""
    import dataclasses

    b = rich_brief()
    evil = " ".join(HOSTILE)
    actors = tuple(
        dataclasses.replace(a, name=f"{a.name} {h}", affiliation=h)
        for a, h in zip(b.actors, HOSTILE * 2)
    )
    views = tuple(dataclasses.replace(v, text=f"{h} {v.text}") for v, h in zip(b.views, HOSTILE))
    coms = tuple(
        dataclasses.replace(c, text=f"{h} {c.text}", actor_text=h)
        for c, h in zip(b.commitments, HOSTILE)
    )
    art = dataclasses.replace(b.article, headline=f"# {evil}", kicker="<b>k</b>", standfirst=evil)
    dates = tuple(dataclasses.replace(d, event=h) for d, h in zip(b.dates, HOSTILE))
    return dataclasses.replace(
        b, actors=actors, views=views, commitments=coms, article=art, dates=dates, warnings=(evil,)
    )


@pytest.mark.parametrize("piece", HOSTILE)
def test_md_escape_makes_text_inert(piece: str) -> None:
    out = md_escape(piece)
    assert "](" not in out.replace("\\](", "")
    assert not re.search(r"(?<!\\)[|<>\[\]`*_~$&@]", out)
    assert not re.search(r"(?i)(https?|www)(?=[:.])", out.replace("\\:", "").replace("\\.", ""))
    assert not re.match(r"#|\d+\.|- ", out)


def test_markdown_hostile_text_keeps_structure() -> None:
    md = render_markdown(hostile_brief())
    normal = render_markdown(rich_brief())
    # the same headings, one H1, and every table row has exactly its four cells
    heads = re.findall(r"^#+ .*$", md, re.MULTILINE)
    assert len([h for h in heads if h.startswith("# ")]) == 1
    assert [h for h in heads if h.startswith("## ")] == re.findall(
        r"^## .*$", normal, re.MULTILINE
    ) + ["## Notes"]
    for row in re.findall(r"^\|.*\|$", md, re.MULTILINE):
        assert len(re.findall(r"(?<!\\)\|", row)) == 5, row
    body = re.sub(r"^> ", "", md, flags=re.MULTILINE)  # our blockquote markers
    assert not re.search(r"(?<!\\)[<>]", body)  # every angle bracket escaped: no HTML
    assert "[click](" not in md and "\\[click\\](" in md


def test_markdown_with_pandoc_if_available() -> None:
    import shutil
    import subprocess

    if not shutil.which("pandoc"):
        pytest.skip("pandoc not installed")
    md = render_markdown(hostile_brief())
    for dialect in ("gfm", "commonmark", "markdown"):
        html = subprocess.run(
            ["pandoc", "-f", dialect, "-t", "html"],
            input=md,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "<script" not in html and "<img" not in html and "<a " not in html, dialect
        assert "<code" not in html and "<strong>bold" not in html, dialect
        assert html.count("<h1") == 1, dialect
        assert html.count("<table") == (dialect != "commonmark"), dialect  # no tables there


# --- HTML ----------------------------------------------------------------------------------


def test_html_is_self_contained_and_escaped() -> None:
    html = render_html(hostile_brief())
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert html.count("<h1") == 1
    assert '<html lang="en">' in html


def test_html_sections_and_metadata(brief: Brief) -> None:
    html = render_html(brief)
    for title in ("Bottom line", "Key actors", "Timeline", "Commitments", "Views", "What to watch"):
        assert f">{title}</h2>" in html
    assert '<meta name="dcterms.created" content="2025-03-12">' in html
    assert (
        '<meta name="author" content="The Meridian Herald, Jane Dorrit and Omar Haddane">' in html
    )
    assert "¶" in html and "size: A4" in html
    assert "size: letter" in render_html(brief, paper="letter")
    with pytest.raises(BriefgenError):
        render_html(brief, paper="a5")


def test_render_dispatch(brief: Brief) -> None:
    assert render(brief, "md") == render_markdown(brief)
    assert render(brief, "html") == render_html(brief)


# --- templates -----------------------------------------------------------------------------


def test_custom_template(tmp_path: Path, brief: Brief) -> None:
    tpl = tmp_path / "mine.tmpl"
    tpl.write_text("<h1>{{ o.headline }}</h1>{{ o.standfirst }}\n", encoding="utf-8")
    # a user's HTML template is autoescaped whatever its file name
    assert render_html(hostile_brief(), template=tpl).startswith("<h1># | a | b |")
    assert "&lt;script&gt;" in render_html(hostile_brief(), template=tpl)
    md_tpl = tmp_path / "mine.md"
    md_tpl.write_text("# {{ o.headline | md }}\n", encoding="utf-8")
    assert render_markdown(brief, template=md_tpl).startswith("# Ministers agree")


def test_template_errors_are_render_errors(tmp_path: Path, brief: Brief) -> None:
    with pytest.raises(RenderError, match="template not found"):
        render_markdown(brief, template=tmp_path / "missing.j2")
    bad = tmp_path / "bad.j2"
    bad.write_text("{% for %}", encoding="utf-8")
    with pytest.raises(RenderError, match="syntax error"):
        render_markdown(brief, template=bad)
    undefined = tmp_path / "undefined.j2"
    undefined.write_text("{{ o.nope }}", encoding="utf-8")
    with pytest.raises(RenderError):
        render_markdown(brief, template=undefined)


def test_copy_builtin_templates(tmp_path: Path, brief: Brief) -> None:
    out = copy_builtin_templates(tmp_path / "tpl")
    assert sorted(p.name for p in out) == ["brief.css", "brief.html.j2", "brief.md.j2"]
    assert render_markdown(brief, template=tmp_path / "tpl" / "brief.md.j2") == render_markdown(
        brief
    )
    assert render_html(brief, template=tmp_path / "tpl" / "brief.html.j2") == render_html(brief)
    with pytest.raises(BriefgenError, match="will not overwrite"):
        copy_builtin_templates(tmp_path / "tpl")


def test_markdown_never_imports_weasyprint(brief: Brief) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from briefgen.model import Article, Brief, Source; "
        "from briefgen import render; "
        "render(Brief(Source(None, '0' * 64, 1, 1), Article(headline='H')), 'md'); "
        "print('weasyprint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- traceability and the evidence appendix ----------------------------------------------


def test_every_paragraph_number_points_at_its_span(brief: Brief) -> None:
    from briefgen.render.outline import shown_spans

    o = build_outline(brief)
    items = [*o.bottom_line, *o.key_points.items, *o.actors.items, *o.timeline.items]
    items += [*o.commitments.items, *o.watch.items, *(q for g in o.views.items for q in g.quotes)]
    assert len(items) == len(shown_spans(o)) > 20
    for item in items:
        assert item.span is not None and item.para is not None
        start, end = brief.paragraphs[item.para - 1]
        assert start <= item.span[0] < end


def test_html_evidence_appendix() -> None:
    html = render_html(hostile_brief(), evidence=True)
    links = set(re.findall(r'href="#source-p(\d+)"', html))
    anchors = set(re.findall(r'id="source-p(\d+)"', html))
    assert links and links <= anchors
    assert "<mark>" in html and "&lt;script&gt;" in html and "<script" not in html
    plain = render_html(hostile_brief())
    assert "source-p" not in plain and "<mark>" not in plain


def test_gold_articles_paragraph_numbers_and_budget(needs_shared: Path) -> None:
    """On every gold article (read from ../shared): each ¶N shown points at the paragraph that
    holds the item's span, and the Markdown stays within its word budget."""
    from conftest import EXAMPLE, gold_files, gold_text

    from briefgen import build_brief

    texts = [EXAMPLE.read_text(encoding="utf-8")] + [gold_text(g) for g in gold_files()]
    for text in texts:
        b = build_brief(text)
        o = build_outline(b)
        items = [*o.bottom_line, *o.key_points.items, *o.actors.items, *o.timeline.items]
        items += [*o.commitments.items, *o.watch.items]
        items += [q for g in o.views.items for q in g.quotes]
        for item in items:
            if item.para is not None:
                start, end = b.paragraphs[item.para - 1]
                assert item.span is not None and start <= item.span[0] < end
        assert count_words(render_markdown(b)) <= 600


def test_mostly_quoted_reported_speech_is_not_wrapped_in_quotes_again() -> None:
    from briefgen import build_brief, render

    text = (
        "Army holds river line\n\n"
        'The minister said the army would "hold the line at the river crossing for as long as '
        'it takes, whatever the cost".\n'
    )
    brief = build_brief(text, "2024-01-01")
    assert [v.direct for v in brief.views] == [True]  # JSON keeps the gold convention
    md = render(brief, "md")
    # the marks are the article's, made typographic for display
    assert "> the army would “hold the line" in md
    assert "“the army would" not in md


def test_a_stated_period_is_one_timeline_row() -> None:
    from briefgen import build_brief, render

    text = (
        "Port figures revised\n\n"
        "The port authority said cargo volumes grew every year from 2011 to 2016.\n\n"
        "Dockers will strike on Monday and Tuesday, the union said.\n"
    )
    md = render(build_brief(text, "2024-01-01"), "md")
    timeline = md.split("## Timeline")[1].split("##")[0]
    assert "**2011 – 2016**" in timeline
    assert "**2011** —" not in timeline and "**2016** —" not in timeline
    days = [line for line in timeline.splitlines() if "Dockers" in line]
    assert len(days) == 2 and not any(" – " in line for line in days)  # two days, not a period
