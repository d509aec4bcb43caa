"""The presentation model that Markdown, HTML and PDF share: what the brief shows, in what order.

A Brief holds everything that was extracted; a brief on paper holds what fits. `build_outline`
chooses and orders the items of each section, gives every item its ¶N (the 1-based paragraph
that contains the item's span start) and a global `rank` (1 = most important), so the PDF fitter
can drop the highest numbers first. Every display string goes through `textutil.clean`.
Nothing is invented: each line is article text, an actor name, or a fixed label.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from briefgen.model import Actor, Brief, Commitment, DateMention, KeyPoint, Span, View
from briefgen.render.display import close_fragment, display
from briefgen.sentences import sentence_spans
from briefgen.textutil import clean

STRENGTH_ORDER = ("binding", "agreement", "pledge", "reaffirmation", "intention", "ongoing")
KIND_ORDER = ("expert", "official", "other")
OPEN_ENDED = ("intention", "ongoing")
PROVENANCE_NOTE = "extracted by rules — verify against the source"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SEASONS = {"SP": ("spring", 3), "SU": ("summer", 6), "FA": ("autumn", 9), "WI": ("winter", 12)}
_DOUBLE_MARKS = ("“", "”", '"', "«", "»", "„")
PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them"])

EMPTY = {
    "key_points": "No key points: nothing was extracted from the text.",
    "actors": "No named actors found in the text.",
    "timeline": "No dated events found in the text.",
    "commitments": "No commitments found in the text.",
    "views": "No quoted or reported views found in the text.",
    "watch": "Nothing dated in the future or left open-ended found in the text.",
}


@dataclass(frozen=True)
class Limits:
    """How much of each section to show. `keep` caps the total number of ranked items (the PDF
    fitter lowers it); `quote_words` trims long quotes at a sentence boundary."""

    actors: int = 8
    key_points: int = 5
    timeline: int = 10
    commitments: int = 8
    views: int = 10
    watch: int = 6
    quote_words: int = 60
    event_words: int = 24
    what_words: int = 30  # a commitment's action
    who_words: int = 10  # a commitment's parties, when written out rather than named actors
    who_names: int = 4  # named parties of a commitment before "and N others"
    point_words: int = 32  # a key point
    keep: int | None = None
    summary_words: int | None = None  # last resort of the fitter: trim the bottom line too


MARKDOWN_LIMITS = Limits(
    actors=6,
    key_points=3,
    timeline=5,
    commitments=5,
    views=5,
    watch=4,
    quote_words=25,
    event_words=16,
    what_words=16,
    who_words=8,
    who_names=3,
    point_words=24,
)
PAGE_LIMITS = Limits()


@dataclass(frozen=True)
class Line:
    """A bottom-line sentence or a key point."""

    text: str
    para: int | None
    rank: int = 0
    span: Span | None = None  # the source span: ¶N and the evidence highlight


@dataclass(frozen=True)
class ActorRow:
    name: str
    kind: str
    role: str | None
    affiliation: str | None
    para: int | None
    rank: int = 0
    span: Span | None = None  # the source span: ¶N and the evidence highlight


@dataclass(frozen=True)
class TimelineRow:
    when: str  # display date, e.g. "15 Apr 2024"
    value: str  # TIMEX3 value
    surface: str  # the date as the article wrote it
    event: str
    actors: tuple[str, ...]
    para: int | None
    rank: int = 0
    span: Span | None = None  # the source span: ¶N and the evidence highlight


@dataclass(frozen=True)
class CommitmentRow:
    who: str
    what: str
    amount: str | None
    deadline: str | None
    strength: str
    cue: str
    reported_by: str | None
    para: int | None
    rank: int = 0
    span: Span | None = None  # the source span: ¶N and the evidence highlight

    @property
    def details(self) -> str:
        """ "how much, by when" — the parenthesis of "who → what (how much, by when)"."""
        return ", ".join(x for x in (self.amount, self.deadline) if x)

    @property
    def line(self) -> str:
        details = f" ({self.details})" if self.details else ""
        return f"{self.who} → {self.what}{details}"


@dataclass(frozen=True)
class Quote:
    text: str
    direct: bool
    trimmed: bool
    cue: str
    para: int | None
    rank: int = 0
    span: Span | None = None  # the source span: ¶N and the evidence highlight


@dataclass(frozen=True)
class ViewGroup:
    """The views of one speaker, in the speaker's words."""

    speaker: str
    role: str | None
    affiliation: str | None
    kind: str  # expert | official | other
    quotes: tuple[Quote, ...]

    @property
    def para(self) -> int | None:
        return self.quotes[0].para if self.quotes else None


@dataclass(frozen=True)
class WatchRow:
    when: str  # display date or "no date given"
    what: str
    dated: bool
    para: int | None
    rank: int = 0
    span: Span | None = None  # the source span: ¶N and the evidence highlight


@dataclass(frozen=True)
class Section:
    """One section of the brief: its items, how many it had in all, and its honest empty line."""

    key: str
    title: str
    items: tuple = ()
    total: int = 0  # items before anything was left out
    note: str | None = None  # the empty line when the section's items are shown elsewhere

    @property
    def shown(self) -> int:
        if self.key == "views":
            return sum(len(g.quotes) for g in self.items)
        return len(self.items)

    @property
    def omitted(self) -> int:
        return self.total - self.shown

    @property
    def empty_message(self) -> str:
        if self.total:
            return f"All {self.total} items left out to fit the page; see the JSON output."
        return self.note or EMPTY[self.key]


@dataclass(frozen=True)
class Outline:
    kicker: str | None
    headline: str
    standfirst: str | None
    outlet: str | None
    byline: str | None
    date: str | None
    dateline: str | None
    words: int
    bottom_line: tuple[Line, ...]
    key_points: Section
    actors: Section
    timeline: Section
    commitments: Section
    views: Section
    watch: Section
    warnings: tuple[str, ...]
    source_name: str | None
    sha256: str
    sha_prefix: str
    version: str
    note: str
    omitted: int
    ranked_total: int  # items that compete for space (what `Limits.keep` counts)
    title: str = ""  # the document title (<title>, PDF /Title)
    keywords: tuple[str, ...] = ()
    author: str | None = None
    created: str = "1970-01-01"  # from the input, never the clock
    source_line: tuple[str, ...] = field(default=())

    @property
    def sections(self) -> tuple[Section, ...]:
        return (
            self.key_points,
            self.actors,
            self.timeline,
            self.commitments,
            self.views,
            self.watch,
        )

    @property
    def omitted_note(self) -> str | None:
        if not self.omitted:
            return None
        s = "" if self.omitted == 1 else "s"
        return f"{self.omitted} lower-ranked item{s} omitted; see the JSON output."


def build_outline(brief: Brief, limits: Limits = PAGE_LIMITS) -> Outline:
    """Choose, order and rank what the brief shows."""
    return OutlineBuilder(brief, limits).build(limits.keep, limits.summary_words)


class OutlineBuilder:
    """Everything build_outline works out before `keep` and `summary_words` apply, done once:
    the Markdown budget and the PDF fitter try several `keep` values on the same brief, and
    rebuilding every row for each try was most of the Markdown render time."""

    def __init__(self, brief: Brief, limits: Limits = PAGE_LIMITS) -> None:
        from briefgen import __version__

        para = brief.paragraph_number
        art = brief.article
        ref = _reference_date(brief)
        self.ref = ref
        year = _article_year(brief, ref)

        # Candidate items of each section, best first (their order within the section's
        # ranking).
        # Only the rows a section can show are made (and the first six actors, the keywords);
        # the rest are only counted: building every row of a long article was most of this.
        new_points = _new_key_points(brief)
        kp = [
            Line(_key_point_text(k, limits.point_words), para(k.span[0]), span=k.span)
            for k in new_points[: limits.key_points]
        ]
        actors = [_actor_row(a, para) for a in brief.actors[: max(limits.actors, 6)]]
        timeline, timeline_total = _timeline(brief, para, limits, limits.timeline)
        # Each commitment is shown once: an open-ended pledge (no date, no deadline) under What
        # to watch, as the brief's layout says; every other one under Commitments (who, what,
        # how much, by when), its date with it rather than again on the watch list.
        dated, open_ended, when = _forward(brief, ref, year)
        moved = {id(c) for c in open_ended}
        by_strength = sorted(
            (c for c in brief.commitments if id(c) not in moved),
            key=lambda c: (
                _strength_index(c.strength),
                not any(brief.actor(a) is not None for a in c.actors),
                c.span,
            ),
        )
        commitments = [
            _commitment_row(brief, c, para, limits, when.get(id(c)))
            for c in by_strength[: limits.commitments]
        ]
        quotes, quotes_total = _ranked_quotes(brief, para, limits, limits.views)
        watch, watch_total = _watch(brief, para, limits, dated, open_ended, limits.watch)

        # Caps per section, then a global rank that interleaves the sections (the first item of
        # each section outranks the second of any), so giving way is shared rather than one
        # section vanishing. Weights > 1 let a section keep more items per round (actor rows
        # are short).
        pools: dict[str, list] = {
            "key_points": kp[: limits.key_points],
            "actors": actors[: limits.actors],
            "commitments": commitments[: limits.commitments],
            "views": quotes[: limits.views],
            "timeline": timeline[: limits.timeline],
            "watch": watch[: limits.watch],
        }
        weights = {
            "key_points": 1.0,
            "actors": 2.5,  # a table row costs a few words; a quote, dozens
            "commitments": 1.2,
            "views": 1.2,
            "timeline": 1.0,
            "watch": 0.8,
        }
        order = list(pools)
        keyed = [
            (i / weights[name], order.index(name), i, name)
            for name in order
            for i in range(len(pools[name]))
        ]
        keyed.sort()
        # Each item's rank is its place in `keyed` whatever `keep` is: `keep` only decides how
        # many of the ranks are shown. Items are kept in section order with their rank.
        rank = {(name, i): r for r, (_, _, i, name) in enumerate(keyed, 1)}
        self.ranked: dict[str, list[tuple[int, Any]]] = {
            name: [
                (rank[(name, i)], _with_rank(item, rank[(name, i)]))
                for i, item in enumerate(pools[name])
            ]
            for name in order
        }
        self.ranked_total = len(keyed)
        self.totals = {
            "key_points": len(new_points),
            "actors": len(brief.actors),
            "timeline": timeline_total,
            "commitments": len(by_strength),
            "views": quotes_total,
            "watch": watch_total,
        }

        headline = (
            display(art.headline or "") or clean(brief.source.name or "") or "Untitled article"
        )
        byline = _join_names([clean(b) for b in art.byline if clean(b)])
        date = _display_date(art.published or art.reference_date)
        outlet = clean(art.outlet or "") or None
        dateline = clean(art.dateline.place or "") if art.dateline and art.dateline.place else None
        words = brief.source.words
        source_line = tuple(
            x
            for x in (
                outlet,
                f"By {byline}" if byline else None,
                dateline,
                date,
                f"{words:,} words",
            )
            if x
        )
        self.summary = [
            (display(s.short or s.text), para(s.span[0]), s.span) for s in brief.summary
        ]
        self._bottom: dict[int | None, tuple[Line, ...]] = {}
        self.timeline_by_date = sorted(
            self.ranked["timeline"],
            key=lambda ri: _sort_key(ri[1].value, year),
        )
        self.watch_by_date = sorted(
            self.ranked["watch"],
            key=lambda ri: (not ri[1].dated, _sort_key(ri[1].when_value, year), ri[1].para or 0),
        )
        self.commitments_note = (
            "No dated or firm commitments found; open-ended pledges are under What to watch."
            if open_ended and not by_strength
            else None
        )
        top_actor_names = tuple(a.name for a in actors[:6])
        empty = Section("", "")
        self.base = Outline(  # the parts no `keep` changes; build() fills in the rest
            kicker=display(art.kicker or "") or None,
            headline=headline,
            standfirst=display(art.standfirst or "") or None,
            outlet=outlet,
            byline=byline or None,
            date=date,
            dateline=dateline,
            words=words,
            bottom_line=(),
            key_points=empty,
            actors=empty,
            timeline=empty,
            commitments=empty,
            views=empty,
            watch=empty,
            warnings=tuple(clean(w) for w in brief.warnings if clean(w)),
            source_name=clean(brief.source.name or "") or None,
            sha256=brief.source.sha256,
            sha_prefix=brief.source.sha256[:12],
            version=__version__,
            note=PROVENANCE_NOTE,
            omitted=0,
            ranked_total=len(keyed),
            title=headline,
            keywords=top_actor_names,
            author=", ".join(x for x in (outlet, byline) if x) or None,
            created=(art.published or art.reference_date or "1970-01-01"),
            source_line=source_line,
        )

    def build(self, keep: int | None = None, summary_words: int | None = None) -> Outline:
        """The outline showing the `keep` best-ranked items (all when None), with the bottom
        line cut to `summary_words`."""
        total = self.ranked_total
        shown = total if keep is None else max(0, min(keep, total))

        def kept(name: str) -> list:
            return [item for r, item in self.ranked[name] if r <= shown]

        # Shown in date order: the sections sorted once (a stable sort, so keeping the first
        # `shown` ranks of the sorted rows is sorting the kept rows).
        shown_timeline = [item for r, item in self.timeline_by_date if r <= shown]
        shown_watch = [item for r, item in self.watch_by_date if r <= shown]
        totals = self.totals
        omitted = sum(totals.values()) - shown
        bottom = self._bottom.get(summary_words)
        if bottom is None:
            bottom = self._bottom[summary_words] = tuple(
                Line(_trim_fragment(text, summary_words), para, span=span)
                for text, para, span in self.summary
            )
        return _replace(
            self.base,
            bottom_line=bottom,
            key_points=Section(
                "key_points", "Key points", tuple(kept("key_points")), totals["key_points"]
            ),
            actors=Section("actors", "Key actors", tuple(kept("actors")), totals["actors"]),
            timeline=Section("timeline", "Timeline", tuple(shown_timeline), totals["timeline"]),
            commitments=Section(
                "commitments",
                "Commitments",
                tuple(kept("commitments")),
                totals["commitments"],
                self.commitments_note,
            ),
            views=Section("views", "Views", _group_views(kept("views")), totals["views"]),
            watch=Section(
                "watch", "What to watch", tuple(x.row for x in shown_watch), totals["watch"]
            ),
            omitted=omitted,
        )


# --- key points ----------------------------------------------------------------------------


def _new_key_points(brief: Brief) -> list[KeyPoint]:
    """The key points that add to the bottom line: one whose item lies in a bottom-line sentence
    would print the same words twice, a few lines apart."""
    shown = [s.span for s in brief.summary]
    return [
        k for k in brief.key_points if not any(s <= k.span[0] and k.span[1] <= e for s, e in shown)
    ]


def _key_point_text(k: KeyPoint, limit: int) -> str:
    """A key point for display: trimmed, its quote marks typographic and balanced. A missing
    opening mark goes after the speaker's "Name: ", not before the name."""
    text = _trim_words(display(k.text), limit)
    head, sep, rest = text.partition(": ")
    if k.kind == "view" and sep and not any(m in head for m in _DOUBLE_MARKS):
        return head + sep + close_fragment(rest)
    return close_fragment(text)


def _starts_mid_sentence(text: str, sentence: Span, clause: str) -> bool:
    """Whether `clause` (a timeline event) begins inside its sentence after a word, not at
    the sentence's start or after clause punctuation."""
    body = text[sentence[0] : sentence[1]]
    at = body.find(clause)
    if at <= 0:
        return False
    before = body[:at].rstrip()
    return bool(before) and before[-1] not in ",;:—–-(\"“”'‘’"


# --- paragraphs and dates -------------------------------------------------------------------


def _reference_date(brief: Brief) -> dt.date | None:
    value = brief.article.reference_date or brief.article.published
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


_YMD = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?(?:T(\d{2}):(\d{2}))?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_HALF = re.compile(r"^(\d{4})-H([12])$")


@functools.lru_cache(maxsize=1024)
def _parts(value: str) -> tuple[int | None, int, int, int, int] | None:
    """(year, month, day, hour, minute) of a point-like TIMEX3 value (0 = unknown), or None.
    Cached: each value is read several times (filter, sort key, future test, display)."""
    m = _YMD.match(value)
    if m:
        year = None if m[1] == "XXXX" else int(m[1])
        month = int(m[2]) if m[2] and m[2] != "XX" else 0
        day = int(m[3]) if m[3] and m[3] != "XX" else 0
        if year is None and not month:
            return None
        if month > 12 or day > 31:
            return None
        return year, month, day, int(m[4] or 0), int(m[5] or 0)
    for rx, month_of in (
        (_QUARTER, lambda g: 3 * int(g) - 2),
        (_SEASON, lambda g: SEASONS[g][1]),
        (_HALF, lambda g: 1 if g == "1" else 7),
    ):
        m = rx.match(value)
        if m:
            return int(m[1]), month_of(m[2]), 0, 0, 0
    m = _WEEK.match(value)
    if m:
        try:
            d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return d.year, d.month, d.day, 0, 0
    return None


def _start(value: str) -> dt.date | None:
    p = _parts(value)
    if not p or p[0] is None:
        return None
    try:
        return dt.date(p[0], p[1] or 1, p[2] or 1)
    except ValueError:
        return None


# Where a date whose year is unknown sorts when the article gives no year of its own: after
# every date with a year (news dates its own days without a year and its background with one:
# "in 1996 …; on March 3 …"), before what is no date at all.
UNKNOWN_YEAR = 9000


def _article_year(brief: Brief, ref: dt.date | None) -> int | None:
    """The article's own year (reference or publication date, else its dateline's), used only
    to place year-less dates in order; never shown."""
    if ref is not None:
        return ref.year
    dateline = brief.article.dateline
    if dateline is not None and dateline.date:
        p = _parts(dateline.date)
        if p and p[0] is not None:
            return p[0]
    return None


def _sort_key(value: str, year: int | None) -> tuple[int, int, int, int, int]:
    """Chronological order of TIMEX3 values; a year-less one takes the article's `year`."""
    p = _parts(value)
    if not p:
        return (9999, 99, 99, 99, 99)
    y = p[0] if p[0] is not None else (year if year is not None else UNKNOWN_YEAR)
    return (y, p[1], p[2], p[3], p[4])


def _display_date(value: str | None) -> str | None:
    """A TIMEX3 value as a reader writes it: 15 Apr 2024, Apr 2024, Q2 2024; None if not a date."""
    if not value:
        return None
    m = _QUARTER.match(value)
    if m:
        return f"Q{m[2]} {m[1]}"
    m = _SEASON.match(value)
    if m:
        return f"{SEASONS[m[2]][0]} {m[1]}"
    m = _HALF.match(value)
    if m:
        return f"H{m[2]} {m[1]}"
    m = _WEEK.match(value)
    if m:
        try:  # a reader knows a week by its Monday, not by its ISO number
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return f"week {int(m[2])}, {m[1]}"
        return f"week of {monday.day} {MONTHS[monday.month - 1]} {monday.year}"
    p = _parts(value)
    if not p:
        return None
    year, month, day, hour, minute = p
    out = []
    if day:
        out.append(str(day))
    if month:
        out.append(MONTHS[month - 1])
    if year is not None:
        out.append(str(year))
    text = " ".join(out)
    if "T" in value:
        text += f", {hour:02d}:{minute:02d}"
    return text


# A date the article places in the past by its own words ("last Friday", "two weeks ago") is
# never in the future, whatever the tense of its sentence ("last Friday would likely earn").
_PAST_WORDS = re.compile(r"(?i)^(?:last|past|previous|earlier|yesterday)\b|\b(?:ago|earlier)$")


def _is_future(d: DateMention, ref: dt.date | None) -> bool:
    if d.value == "FUTURE_REF":
        return True
    start = _start(d.value)
    if ref is not None and start is not None:
        return start > ref
    return d.tense == "future" and not _PAST_WORDS.search(clean(d.text))


# --- sections ------------------------------------------------------------------------------


def _actor_row(a: Actor, para) -> ActorRow:  # type: ignore[no-untyped-def]
    # The first mention in the body (a headline mention has no paragraph number).
    first = next((m for m in sorted(a.mentions) if para(m[0]) is not None), None)
    role = clean(a.title or "") or None
    affiliation = clean(a.affiliation or a.country or "") or None
    if first is None:
        return ActorRow(clean(a.name), a.kind, role, affiliation, None)
    return ActorRow(clean(a.name), a.kind, role, affiliation, para(first[0]), span=first)


def _names(brief: Brief, ids: tuple[str, ...]) -> list[str]:
    out = []
    for actor_id in ids:
        a = brief.actor(actor_id)
        if a is not None:
            name = clean(a.name)
            if a.kind == "group":
                name = label(name)
            if name not in out:
                out.append(name)
    return out


def _sentence_text(brief: Brief, span: tuple[int, int]) -> str:
    return clean(brief.text[span[0] : span[1]]) if brief.text else ""


def _event(brief: Brief, d: DateMention, limit: int) -> str:
    """What happened on a date: the extractor's event clause, else the clauses of the sentence
    around the date mention, within `limit` words."""
    if d.event and clean(d.event):
        event = _trim_fragment(display(d.event), limit)
        if brief.text and _starts_mid_sentence(brief.text, d.sentence, d.event):
            event = "… " + event  # the extractor's clause begins inside the sentence
        return event
    if not brief.text or not (d.sentence[0] <= d.span[0] < d.sentence[1]):
        return display(d.text)
    return clause_around(
        brief.text[d.sentence[0] : d.sentence[1]],
        d.span[0] - d.sentence[0],
        d.span[1] - d.sentence[0],
        limit,
    )


_CLAUSE_SPLIT = re.compile(r"[,;:]\s+|\s+[—–]\s+")


def clause_around(sentence: str, start: int, end: int, limit: int) -> str:
    """The clause of `sentence` holding [start, end), widened by whole neighbouring clauses
    while it stays within `limit` words; "…" marks what was cut. Too long a clause is cut to a
    window of words around the mention."""
    bounds = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(sentence)] + [len(sentence) + 1]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    i = max(k for k, (s, _) in enumerate(pieces) if s <= start)
    j = i
    while j + 1 < len(pieces) and pieces[j + 1][0] < end:
        j += 1

    def words(a: int, b: int) -> int:
        return len(sentence[pieces[a][0] : pieces[b][1] - 1].split())

    while True:  # widen, preferring what follows the date (its event usually does)
        if j + 1 < len(pieces) and words(i, j + 1) <= limit:
            j += 1
        elif i > 0 and words(i - 1, j) <= limit:
            i -= 1
        else:
            break
    lo, hi = pieces[i][0], min(pieces[j][1] - 1, len(sentence))
    text = sentence[lo:hi]
    if len(text.split()) > limit:  # one long clause: a window of words around the mention
        before = sentence[lo:start].split()[-(limit // 2) :]
        after = sentence[start:hi].split()[: limit - len(before)]
        lead = len(sentence[lo:start].split()) > len(before)
        text = " ".join(before + after)
        lo = lo + 1 if lead else lo
        hi = hi - 1 if len(sentence[start:hi].split()) > len(after) else hi
    text = close_fragment(display(text)).rstrip(" ,;:—–(")
    if lo > 0:
        text = "… " + text
    if hi < len(sentence.rstrip()) and not text.endswith((".", "!", "?")):
        text += " …"
    return text


def _timeline(  # type: ignore[no-untyped-def]
    brief: Brief, para, limits: Limits, limit: int
) -> tuple[list[TimelineRow], int]:
    """Dated events (a point or period in the calendar), best first for ranking: those that
    name actors, then those with a full date, then document order. One row per (date, sentence).
    The rows of the best `limit`, and how many there are in all.
    """
    seen: set[tuple[str, tuple[int, int]]] = set()
    ranked: list[tuple[tuple[int, int, int], DateMention]] = []
    dated = [d for d in brief.dates if d.type in ("DATE", "TIME") and _parts(d.value) is not None]
    range_ends = _range_ends(brief.text, dated)
    closing = set(range_ends.values())
    for d in dated:
        if (d.value, d.sentence) in seen or id(d) in closing:
            continue
        seen.add((d.value, d.sentence))
        named = any(brief.actor(actor_id) is not None for actor_id in d.actors)
        p = _parts(d.value)
        precision = 0 if p and p[2] else 1
        ranked.append(((0 if named else 1, precision, d.span[0]), d))
    ranked.sort(key=lambda r: r[0])
    rows = []
    for _, d in ranked[:limit]:
        when = _display_date(d.value) or clean(d.text)
        end = range_ends.get(id(d))
        if end is not None:  # "from 2011 to 2016": one row for the period, not one per end
            end_date = next(e for e in dated if id(e) == end)
            when = f"{when} – {_display_date(end_date.value) or clean(end_date.text)}"
        rows.append(
            TimelineRow(
                when,
                d.value,
                clean(d.text),
                _event(brief, d, limits.event_words),
                tuple(_names(brief, d.actors)[:3]),
                para(d.span[0]),
                span=d.span,
            )
        )
    return rows, len(ranked)


# What joins the two ends of a stated period: "from 2011 to 2016", "1998-2001", "Monday
# through Friday". Not "and": "on Monday and Tuesday" are two days, not a period.
_RANGE_JOIN = re.compile(r"\s*(?:to|through|thru|until|till|–|—|-)\s*")


def _range_ends(text: str, dates: list[DateMention]) -> dict[int, int]:
    """For each date that opens a period, the id() of the date that closes it: the next date
    in the same sentence with only a range word between them."""
    ends: dict[int, int] = {}
    if not text:
        return ends
    by_start = sorted(dates, key=lambda d: d.span)
    for a, b in itertools.pairwise(by_start):
        if a.sentence == b.sentence and _RANGE_JOIN.fullmatch(text, a.span[1], b.span[0]):
            ends[id(a)] = id(b)
    return ends


def _strength_index(strength: str) -> int:
    return STRENGTH_ORDER.index(strength) if strength in STRENGTH_ORDER else len(STRENGTH_ORDER)


def _commitment_row(  # type: ignore[no-untyped-def]
    brief: Brief, c: Commitment, para, limits: Limits, when: str | None = None
) -> CommitmentRow:
    """A commitment's row; `when` is the date words of its sentence that date it, shown as its
    "by when" when it has no deadline of its own."""
    names = _names(brief, c.actors)
    if len(names) > limits.who_names:
        names = names[: limits.who_names - 1] + [f"{len(names) - limits.who_names + 1} others"]
    surface = display(c.actor_text)
    if surface.lower() in PRONOUNS:
        surface = ""  # a bare "he" or "we" names no one: the row says so plainly
    who = _join_names(names) if names else label(_trim_fragment(surface, limits.who_words))
    source = brief.actor(c.source)
    what = _trim_fragment(display(c.text), limits.what_words)
    amount = display(c.amount) or None if c.amount else None
    if amount and amount in what:
        amount = None  # already in the words of the action
    deadline = display(c.deadline) or None if c.deadline else when
    if deadline and deadline.lower() in what.lower():
        deadline = None  # "meet this summer (this summer)": already in the words shown
    return CommitmentRow(
        who=who or "Unnamed party",
        what=what,
        amount=amount,
        deadline=deadline,
        strength=c.strength,
        cue=clean(c.cue),
        reported_by=clean(source.name) if source else None,
        para=para(c.span[0]),
        span=c.span,
    )


@dataclass(frozen=True)
class _RankedQuote:
    """A quote waiting to be grouped under its speaker after ranking."""

    key: str
    speaker: str
    role: str | None
    affiliation: str | None
    kind: str
    order: tuple[int, int]  # (kind order, first appearance of the speaker)
    quote: Quote

    def with_rank(self, rank: int) -> _RankedQuote:
        return _RankedQuote(
            self.key,
            self.speaker,
            self.role,
            self.affiliation,
            self.kind,
            self.order,
            _replace_rank(self.quote, rank),
        )


UNATTRIBUTED = "Unattributed"

# Words that name no one when they are all a speaker's surface says: pronouns (with their
# contractions), quantifiers and function words a misread attribution can leave behind
# ("some said", "many believe", "from …"). Such a speaker is shown as "Unattributed".
_UNINFORMATIVE = PRONOUNS | frozenset(
    (
        *("me", "us", "who", "whom", "which", "that", "this", "these", "those"),
        *("one", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"),
        *("none", "some", "many", "most", "much", "more", "both", "all", "each", "either"),
        *("neither", "few", "several", "others", "another", "other", "multiple"),
        *("a", "an", "the", "and", "or", "but", "nor", "of", "to", "from", "in", "on", "at"),
        *("by", "for", "with", "as", "amid", "there", "here", "when", "where", "while"),
        "having",
    )
)
_CONTRACTION = re.compile(r"['’](?:s|re|m|ve|d|ll)$")


def _informative(text: str) -> bool:
    """Whether a speaker's own surface words name or describe someone ("a senior official",
    "Roe", "the ministry") rather than only point ("he", "they", "some of them")."""
    words = [_CONTRACTION.sub("", w) for w in text.lower().split()]
    return any(w.strip(".,;:!?()") not in _UNINFORMATIVE for w in words)


def label(text: str) -> str:
    """A label as the start of a line shows it: "the local officials" → "The local officials".
    Display only; a first word with a capital inside ("eBay", "iPhone") is left as written."""
    if not text or not text[0].islower():
        return text
    first = text.split(maxsplit=1)[0]
    if any(ch.isupper() for ch in first):
        return text
    return text[0].upper() + text[1:]


def _unidentified(brief: Brief, v: View) -> bool:
    """A view whose speaker is neither a known actor nor described by its own words."""
    return brief.actor(v.speaker) is None and not _informative(clean(v.speaker_text))


def _speaker_key(brief: Brief, v: View) -> str:
    """_speaker(brief, v)[0], without the display strings."""
    if brief.actor(v.speaker) is not None:
        return v.speaker  # type: ignore[return-value]
    text = clean(v.speaker_text)
    if not _informative(text):
        text = UNATTRIBUTED
    return f"text:{text.lower()}"


def _speaker(brief: Brief, v: View) -> tuple[str, str, str | None, str | None]:
    actor = brief.actor(v.speaker)
    if actor is not None:
        name = display(actor.name)
        if actor.kind == "group":
            name = label(name)  # "experts", "federal prosecutors": a description, not a name
        role = v.role or actor.title
        affiliation = v.affiliation or actor.affiliation or actor.country
        return (
            actor.id,
            name,
            _unless_in(display(role), name) if role else None,
            _unless_in(display(affiliation), name) if affiliation else None,
        )
    text = display(v.speaker_text)
    if not _informative(text):
        # An unresolved "he" or "they" is no one in particular: a role or affiliation the view
        # carries came from someone else (an earlier speaker, a nearby noun) and is not shown.
        return (f"text:{UNATTRIBUTED.lower()}", UNATTRIBUTED, None, None)
    key = f"text:{text.lower()}"
    text = label(text)
    # Only what the speaker's own words say: a description in apposition or just before them
    # ("a lawyer, Jane Roe, said"; "Roe, a spokeswoman for the agency, said").
    own = _own_words(brief, v)
    role = _unless_in(display(v.role), text) if v.role and _says(own, v.role) else None
    affiliation = (
        _unless_in(display(v.affiliation), text)
        if v.affiliation and _says(own, v.affiliation)
        else None
    )
    return (key, text, role, affiliation)


_APPOSITION = re.compile(r"\s*,\s*([^,;:.!?\"“”]{1,100})")
_BEFORE = re.compile(r"([^,;:.!?\"“”\n]{0,60})$")


def _own_words(brief: Brief, v: View) -> str:
    """The words around a speaker's surface that can describe it: the speaker's words, the
    phrase just before them, and an apposition just after them."""
    if not brief.text or v.speaker_span is None:
        return clean(v.speaker_text)
    s, e = v.speaker_span
    before = _BEFORE.search(brief.text, max(0, s - 60), s)
    after = _APPOSITION.match(brief.text, e)
    return " ".join(
        x for x in (before[1] if before else "", brief.text[s:e], after[1] if after else "") if x
    )


def _says(words: str, label_text: str) -> bool:
    return clean(label_text).lower() in words.lower()


def _unless_in(label: str, name: str) -> str | None:
    """`label`, unless the speaker's name already says it ("federal prosecutors, prosecutors",
    "analysts, analysts"); None when empty."""
    if not label or label.lower() in name.lower():
        return None
    return label


def _ranked_quotes(  # type: ignore[no-untyped-def]
    brief: Brief, para, limits: Limits, limit: int
) -> tuple[list[_RankedQuote], int]:
    """Quotes best first: one per speaker before a second from anyone (experts, then officials,
    then others; earlier speakers first), so the views stay varied when space runs out.
    The best `limit` quotes, and how many there are in all."""
    first_seen: dict[str, int] = {}
    per_speaker: dict[str, int] = {}
    items: list[tuple[tuple[int, int, int, int], View, str, tuple[int, int]]] = []
    for v in sorted(brief.views, key=lambda v: v.span):
        key = _speaker_key(brief, v)
        first_seen.setdefault(key, len(first_seen))
        n = per_speaker.get(key, 0)
        per_speaker[key] = n + 1
        # An empty quote is left out (trim_quote keeps a non-empty text non-empty); plain text
        # with a printing character is not empty, and needs no cleaning to say so.
        plain = v.text.isascii() and not v.text.isspace() and v.text
        if not plain and not _quote_source(brief, v):
            continue
        kind = v.kind if v.kind in KIND_ORDER and not _unidentified(brief, v) else "other"
        order = (KIND_ORDER.index(kind), first_seen[key])
        items.append(((n, *order, v.span[0]), v, kind, order))
    items.sort(key=lambda x: x[0])
    out = []
    for _, v, kind, order in items[:limit]:
        key, name, role, affiliation = _speaker(brief, v)
        text, trimmed = trim_quote(_quote_source(brief, v), limits.quote_words)
        text = close_fragment(text)
        # Mostly-quoted reported speech ('said the army would "hold the line"') keeps its own
        # marks and reads as reported; wrapping it in quotes again would misquote the speaker.
        shown_direct = v.direct and not any(m in text for m in _DOUBLE_MARKS)
        quote = Quote(text, shown_direct, trimmed, clean(v.cue), para(v.span[0]), span=v.span)
        out.append(_RankedQuote(key, name, role, affiliation, kind, order, quote))
    return out, len(items)


def _quote_source(brief: Brief, v: View) -> str:
    """The quote's text before trimming; a quote split by its attribution ("A," she said.
    "B.") reads as one, its parts joined."""
    whole = " … ".join(display(brief.text[s:e]) if brief.text else "" for s, e in v.spans)
    return display(v.text) + (" … " + whole if whole.strip(" …") else "")


def _group_views(quotes: list[_RankedQuote]) -> tuple[ViewGroup, ...]:
    groups: dict[str, list[_RankedQuote]] = {}
    for q in quotes:
        groups.setdefault(q.key, []).append(q)
    out = []
    for qs in sorted(groups.values(), key=lambda qs: qs[0].order):
        first = qs[0]
        ordered = tuple(q.quote for q in sorted(qs, key=lambda q: q.quote.para or 0))
        out.append(ViewGroup(first.speaker, first.role, first.affiliation, first.kind, ordered))
    return tuple(out)


@dataclass(frozen=True)
class _WatchItem:
    row: WatchRow
    when_value: str

    @property
    def dated(self) -> bool:
        return self.row.dated

    @property
    def para(self) -> int | None:
        return self.row.para

    def with_rank(self, rank: int) -> _WatchItem:
        return _WatchItem(_replace_rank(self.row, rank), self.when_value)


def _forward(
    brief: Brief, ref: dt.date | None, year: int | None
) -> tuple[list[DateMention], list[Commitment], dict[int, str]]:
    """What to watch: future dated events that are not a commitment's own date (soonest first;
    a dated commitment is shown under Commitments with its date), and the open-ended
    commitments (no deadline, no future date of their own), strongest first. Also the date
    words to show with a commitment whose date stands before its action ("Next year, X will
    …"), by id() of the commitment."""
    dated: list[tuple[tuple[int, ...], DateMention]] = []
    when: dict[int, str] = {}
    seen: set[tuple[str, tuple[int, int]]] = set()
    covered: set[tuple[int, int]] = set()  # commitments dated by a future date in them
    in_sentence: dict[tuple[int, int], list[Commitment]] = {}  # _dates_commitment needs one
    for c in brief.commitments:
        in_sentence.setdefault(c.sentence, []).append(c)
    for d in brief.dates:
        if d.type not in ("DATE", "TIME") or not _is_future(d, ref):
            continue
        if (d.value, d.sentence) in seen:
            continue
        seen.add((d.value, d.sentence))
        here = in_sentence.get(d.sentence, ())
        commitment = next((c for c in here if _dates_commitment(d, c)), None)
        if commitment is None:  # "Next spring, the board will …": the next action's date
            commitment = min(
                (c for c in here if d.span[1] <= c.span[0]), key=lambda c: c.span, default=None
            )
            if commitment is not None and (d.value == "FUTURE_REF" or _parts(d.value)):
                when.setdefault(id(commitment), clean(d.text))  # not "now", "the evening"
        if commitment is not None:
            covered.add(commitment.span)
            continue
        dated.append((_sort_key(d.value, year) + (d.span[0],), d))
    dated.sort(key=lambda x: x[0])
    open_ended = [
        c
        for c in sorted(brief.commitments, key=lambda c: (_strength_index(c.strength), c.span))
        if c.strength in OPEN_ENDED and not c.deadline and c.span not in covered
    ]
    return [d for _, d in dated], open_ended, when


def _watch(  # type: ignore[no-untyped-def]
    brief: Brief,
    para,
    limits: Limits,
    dated: list[DateMention],
    open_ended: list[Commitment],
    limit: int | None = None,
) -> tuple[list[_WatchItem], int]:
    """The rows of `_forward`'s items: future dated events, then open-ended commitments ("no
    date given"). The rows of the first `limit` (all when None), and how many there are."""
    watch_words = limits.event_words + 4
    total = len(dated) + len(open_ended)
    limit = total if limit is None else limit
    out = []
    for d in dated[:limit]:
        what = _event(brief, d, limits.event_words)
        when = _display_date(d.value) or clean(d.text)
        row = WatchRow(when, what, True, para(d.span[0]), span=d.span)
        out.append(_WatchItem(row, d.value))
    out += [
        _WatchItem(
            WatchRow(
                "no date given",
                _trim_fragment(_commitment_row(brief, c, para, limits).line, watch_words),
                False,
                para(c.span[0]),
                span=c.span,
            ),
            "",
        )
        for c in open_ended[: max(0, limit - len(dated))]
    ]
    return out, total


def _dates_commitment(d: DateMention, c: Commitment) -> bool:
    """The date is the commitment's deadline, or lies inside the committed action."""
    if c.sentence != d.sentence:
        return False
    if c.deadline and clean(d.text).lower() in clean(c.deadline).lower():
        return True
    return c.span[0] <= d.span[0] < c.span[1]


def _with_rank(item, rank: int):  # type: ignore[no-untyped-def]
    if isinstance(item, (_RankedQuote, _WatchItem)):
        return item.with_rank(rank)
    return _replace_rank(item, rank)


def _replace(item: Outline, **changes: object) -> Outline:
    """dataclasses.replace for the Outline (frozen, no __post_init__, every field in __init__),
    as a copy of the instance dict."""
    new = object.__new__(Outline)
    new.__dict__.update(item.__dict__)
    new.__dict__.update(changes)
    return new


def _replace_rank(item, rank: int):  # type: ignore[no-untyped-def]
    """dataclasses.replace(item, rank=rank) for the plain frozen rows above (no __post_init__,
    no slots, no cached properties), as a copy of the instance dict: ~5x faster."""
    if "rank" not in item.__dict__:
        return dataclasses.replace(item, rank=rank)  # not one of ours: let replace() say why
    new = object.__new__(type(item))
    new.__dict__.update(item.__dict__)
    new.__dict__["rank"] = rank
    return new


# --- text trimming -------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[,;:—–]\s")


def trim_quote(text: str, max_words: int) -> tuple[str, bool]:
    """Keep whole sentences up to `max_words`; if the first sentence alone is longer, cut it at
    the last clause break (or word) that fits. Returns (text, trimmed); trimmed text ends in ….
    Sentences are the splitter's own, so "Aug. 7", "U.S. officials" or "Mr. Roe" is no end."""
    words = text.split()
    if len(words) <= max_words:
        return text, False
    kept: list[str] = []
    count = 0
    for s, e in sentence_spans(text, 0, len(text)):
        sentence = text[s:e]
        n = len(sentence.split())
        if count + n > max_words:
            break
        kept.append(sentence)
        count += n
    if kept:
        joined = " ".join(kept)  # a sentence may end in the quote's own "…": no second one
        return (joined if joined.endswith("…") else joined + " …"), True
    return _trim_words(text, max_words), True


def _trim_fragment(text: str, max_words: int | None) -> str:
    """`_trim_words`, then the quote marks the cut left open closed (display.fragment)."""
    return close_fragment(_trim_words(text, max_words))


# A text this many words over its limit is shown whole: cutting it would save a word or two and
# lose the end of the thought ("reply once the panel has, in its view …").
TRIM_SLACK = 2


def _trim_words(text: str, max_words: int | None) -> str:
    """Cut `text` to at most `max_words`, preferably at a clause break in its second half."""
    if max_words is None:
        return text
    words = text.split()
    if len(words) <= max_words + TRIM_SLACK:
        return text
    cut = " ".join(words[:max_words])
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(cut)]
    if breaks and breaks[-1] > len(cut) // 2:
        cut = cut[: breaks[-1]]
    return cut.rstrip(" ,;:—–") + " …"


def _join_names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# --- evidence: the source paragraphs behind the brief -------------------------------------

_INVISIBLE_OR_SPACE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]|(\s+)")


@dataclass(frozen=True)
class EvidenceParagraph:
    """A source paragraph as `segments` of (text, highlighted): highlighted text is the span of
    an item the brief shows."""

    number: int
    segments: tuple[tuple[str, bool], ...]


def shown_spans(outline: Outline) -> list[Span]:
    """The source spans of everything the outline shows."""
    items: list = [*outline.bottom_line, *outline.key_points.items, *outline.actors.items]
    items += [*outline.timeline.items, *outline.commitments.items, *outline.watch.items]
    items += [q for g in outline.views.items for q in g.quotes]
    return [i.span for i in items if i.span is not None]


def evidence(brief: Brief, outline: Outline) -> tuple[EvidenceParagraph, ...]:
    """Every paragraph an item of the brief comes from, with the items' spans highlighted."""
    by_para: dict[int, list[Span]] = {}
    for start, end in shown_spans(outline):
        for n, (ps, pe) in enumerate(brief.paragraphs, 1):
            if ps <= start < pe:
                by_para.setdefault(n, []).append((start, min(end, pe)))
                break
    out = []
    for n in sorted(by_para):
        ps, pe = brief.paragraphs[n - 1]
        merged: list[list[int]] = []
        for s, e in sorted(by_para[n]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        segments: list[tuple[str, bool]] = []
        pos = ps
        for s, e in merged:
            if s > pos:
                segments.append((_display(brief.text[pos:s]), False))
            segments.append((_display(brief.text[s:e]), True))
            pos = e
        if pos < pe:
            segments.append((_display(brief.text[pos:pe]), False))
        out.append(EvidenceParagraph(n, tuple(segments)))
    return tuple(out)


def _display(text: str) -> str:
    """Like textutil.clean but without stripping, so adjacent segments keep their spaces."""
    return _INVISIBLE_OR_SPACE.sub(lambda m: " " if m.group(1) else "", text)
