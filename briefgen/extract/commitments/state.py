"""The working state of one extraction: _Ctx (the document, its actors, dates and views, and
the indexes built once per document — mention spans, live-blog entry starts, speakers' bodies
and countries, the span index of views), _index, which builds it, the look-ups every pass
shares (actors mentioned in a span, the last mention of an actor before a position, the view
at an offset), the two records a reading produces: _Subject (a cue's committer as read)
and _Rec (a commitment before merging), and the working state of the sentence pass: _Sent (one
sentence) and _CueWork (one cue, as the steps of sentence.py read it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from briefgen.extract import coref
from briefgen.extract.commitments.cues import (
    _Cue,
    _Heads,
)
from briefgen.lazyre import lazy
from briefgen.model import Actor, DateMention, Document, Span, View

# Patterns of the function bodies below, compiled once at import.
_SEP_OR_AND = lazy(r"[,;]|\band\b")


@dataclass
class _Ctx:
    doc: Document
    actors: dict[str, Actor]
    mentions: list[tuple[int, int, str]]
    starts: list[int]
    dates: list[DateMention]
    views: list[View]
    by_name: dict[str, str]
    view_index: _SpanIndex[View]  # the view holding an offset (nested views too), see _view_at
    groups: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    max_mention: int = 0  # the longest mention's length, to bound backward scans
    speaker: str | None = None  # the person a "Remarks by …" headline names: "I" and "we"
    speaker_country: str | None = None  # "as Prime Minister of Norway": the speaker's
    chains: dict[int, tuple[int, tuple[str, ...], bool]] = field(default_factory=dict)
    date_starts: list[int] = field(default_factory=list)
    home: str | None = None  # the most named country ("" when none), see _home_country
    firm: str | None = None  # the company a business story is about ("" when none), _home_firm
    roles: dict[str, str] | None = None  # "father" → the one person introduced so, see _roles
    gender: dict[str, str] = field(default_factory=dict)  # person id → "m"/"f", see coref
    actor_list: list[Actor] = field(default_factory=list)  # as given, for coref.descriptions
    # Direct views sorted by end (stable), with their ends: _continued_view bisects, built once.
    direct_ends: tuple[list[int], list[View]] | None = None
    heads: _Heads | None = None  # the document's head words, see _doc_heads
    plan_owners: list[tuple[int, str]] | None = None  # (where, person id), see _plan_owners
    # (where, noun class, makers, verb) of each instrument made, see _instruments
    instruments: list[tuple[int, str, list[str], str]] | None = None
    # where the verb of an object relative read as an instrument's makers stands (", which the
    # premiers signed"): that verb's own cue makes no record
    told_verbs: set[int] = field(default_factory=set)
    # where each live-blog entry starts (model.Section.kind == "entry"), sorted: a pronoun or a
    # description is never resolved across one, see _entry_floor
    entry_starts: list[int] = field(default_factory=list)


def _index(doc: Document, actors: list[Actor], dates: list[DateMention], views: list[View]) -> _Ctx:
    mentions = sorted((s, e, a.id) for a in actors for (s, e) in a.mentions)
    by_name: dict[str, str] = {}
    for a in actors:
        for n in (a.name, *a.aliases):
            by_name.setdefault(n.lower(), a.id)
    ctx = _Ctx(
        doc,
        {a.id: a for a in actors},
        mentions,
        [m[0] for m in mentions],
        sorted(dates, key=lambda d: d.span),
        list(views),
        by_name,
        view_index=_SpanIndex(views, _view_span),
        max_mention=max((e - s for s, e, _ in mentions), default=0),
        speaker=_remarks_speaker(doc, actors, mentions),
    )
    ctx.speaker_country = _speaker_country(doc, actors, mentions, ctx.speaker)
    ctx.date_starts = [d.span[0] for d in ctx.dates]
    ctx.gender = coref.genders(doc, actors)
    ctx.actor_list = actors
    ctx.entry_starts = _entry_starts(doc)
    return ctx


def _entry_starts(doc: Document) -> list[int]:
    """Where each entry of a live blog begins (its first paragraph), in order: entries are
    separate reports, so "he" or "the senator" in one never refers to someone named only in an
    earlier one."""
    out: list[int] = []
    sections = doc.article.sections
    prev = -1
    for p in doc.paragraphs:
        if p.section != prev and p.section < len(sections) and sections[p.section].kind == "entry":
            out.append(p.span[0])
        prev = p.section
    return out


def _entry_floor(ctx: _Ctx, pos: int) -> int:
    """The start of the live-blog entry holding pos (0 outside a live blog)."""
    if not ctx.entry_starts:
        return 0
    i = bisect.bisect_right(ctx.entry_starts, pos) - 1
    return ctx.entry_starts[i] if i >= 0 else 0


_REMARKS_HEAD = lazy(
    r"\b(?:remarks|speech|address|statement|interview|testimony|op-ed|letter|press\s+conference)"
    r"\s+(?:\w+\s+){0,3}?by\b",
    re.IGNORECASE,
)


def _remarks_speaker(
    doc: Document, actors: list[Actor], mentions: list[tuple[int, int, str]]
) -> str | None:
    """The person a "Remarks by President X …" headline names: the "I" of the text, and with
    his or her country the "we", wherever no view gives a nearer speaker."""
    head = doc.article.headline_span
    if not head or not _REMARKS_HEAD.search(doc.text, head[0], head[1]):
        return None
    kinds = {a.id: a.kind for a in actors}
    for s, _e, aid in mentions:
        if s >= head[1]:
            break
        if s >= head[0] and kinds.get(aid) == "person":
            return aid
    return None


_AS_TITLE_OF = lazy(
    r"\bas\s+(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|Premier|King|Queen|Emperor|"
    r"Governor|Mayor|(?:Foreign|Defen[cs]e|Finance)\s+Minister|Secretary\s+of\s+State)\s+of\s+"
    r"(?:the\s+)?"
)


def _speaker_country(
    doc: Document, actors: list[Actor], mentions: list[tuple[int, int, str]], speaker: str | None
) -> str | None:
    """The country the speaker of remarks names as theirs: "as Prime Minister of Norway"
    (the actors stage may know none), else the speaker's own country."""
    if speaker is None:
        return None
    by_id = {a.id: a for a in actors}
    starts = [m[0] for m in mentions]
    for m in _AS_TITLE_OF.finditer(doc.text):
        k = bisect.bisect_left(starts, m.end())
        if k < len(mentions) and mentions[k][0] == m.end():
            aid = mentions[k][2]
            if by_id[aid].kind == "country":
                return aid
    return None


_T = TypeVar("_T")


class _SpanIndex(Generic[_T]):
    """The first item, in list order, whose span contains an offset. Each item is filed under the
    4 KB buckets its span covers, so building is linear and a look-up reads only the few items
    of one bucket, also where spans overlap (a view nested in a view, "he said that X says …")."""

    _BUCKET = 4096

    def __init__(self, items: Iterable[_T], span: Callable[[_T], tuple[int, int]]) -> None:
        self._span = span
        self._buckets: dict[int, list[_T]] = {}
        for item in items:
            s, e = span(item)
            for b in range(s // self._BUCKET, (e - 1) // self._BUCKET + 1):
                self._buckets.setdefault(b, []).append(item)

    def containing(self, pos: int) -> _T | None:
        for item in self._buckets.get(pos // self._BUCKET, ()):
            s, e = self._span(item)
            if s <= pos < e:
                return item
        return None


def _ids_in(ctx: _Ctx, start: int, end: int, places: bool = False) -> list[str]:
    """Actor ids with a mention inside [start, end), in order, places only if nothing else."""
    i = bisect.bisect_left(ctx.starts, start)
    inside: list[tuple[int, int, str]] = []
    while i < len(ctx.mentions) and ctx.mentions[i][0] < end:
        if ctx.mentions[i][1] <= end:
            inside.append(ctx.mentions[i])
        i += 1
    found: list[str] = []
    place: list[str] = []
    for n, (_s, e, aid) in enumerate(inside):
        if _modifies_next_person(ctx, e, aid, inside[n + 1 :]):
            continue
        target = place if ctx.actors[aid].kind == "place" else found
        if aid not in target:
            target.append(aid)
    return found or (place if places else [])


def _mentions_in(ctx: _Ctx, start: int, end: int) -> list[tuple[int, int, str]]:
    i = bisect.bisect_left(ctx.starts, start)
    out: list[tuple[int, int, str]] = []
    while i < len(ctx.mentions) and ctx.mentions[i][0] < end:
        if ctx.mentions[i][1] <= end:
            out.append(ctx.mentions[i])
        i += 1
    return out


def _modifies_next_person(
    ctx: _Ctx, end: int, aid: str, following: list[tuple[int, int, str]]
) -> bool:
    """True for a country or body named only as the pre-modifier of the next person's title
    ("Kenyan Prime Minister X", "Navy commander Adm. Y"): the person commits, not it."""
    if not following or ctx.actors[aid].kind == "person":
        return False
    for ps, _pe, pid in following:
        person = ctx.actors[pid]
        if person.kind != "person":
            continue
        between = ctx.doc.text[end:ps]
        if len(between) > 60 or _SEP_OR_AND.search(between):
            return False
        name = ctx.actors[aid].name.lower()
        return name in ((person.country or "").lower(), (person.affiliation or "").lower())
    return False


def _last_pos(ctx: _Ctx, pos: int, aid: str) -> int:
    """Where actor aid was last mentioned before pos (-1 if not)."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    while i >= 0 and ctx.mentions[i][2] != aid:
        i -= 1
    return ctx.mentions[i][0] if i >= 0 else -1


def _last_of(
    ctx: _Ctx,
    pos: int,
    kinds: tuple[str, ...],
    title: str | None = None,
    pronoun: str = "",
    within: int = 3000,
) -> str | None:
    """The latest actor of a kind mentioned before pos; for "he"/"she"/"his"/"her" (pronoun),
    a person of the other gender the text shows is passed over."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    lo = max(pos - within, _entry_floor(ctx, pos))
    while i >= 0 and ctx.mentions[i][0] >= lo:
        a = ctx.actors[ctx.mentions[i][2]]
        if (
            a.kind in kinds
            and (title is None or (a.title or "").lower().endswith(title))
            and (not pronoun or coref.agrees(ctx.gender, a, pronoun))
        ):
            return a.id
        i -= 1
    return None


@dataclass
class _Subject:
    start: int
    end: int
    ids: list[str]
    explicit: bool  # named by a mention, a group phrase or a first-person pronoun
    reported: bool  # the clause follows "said", "told ... that" ...
    source_ids: list[str]
    coordinated: bool = False  # "... and resolved to": shares the subject of the clause before
    source_span: Span | None = None  # who says it: "the company" in "the company said it will"
    relative: bool = False  # the antecedent of ", which/who": "X, who signed …"
    chained: bool = False  # a later verb of that relative clause ("X, who … and agree to")


def _view_at(ctx: _Ctx, pos: int) -> View | None:
    return ctx.view_index.containing(pos)


def _view_span(v: View) -> tuple[int, int]:
    return v.span


@dataclass
class _Rec:
    actors: list[str]
    actor_text: str
    cue: str
    span: Span
    sentence: Span
    strength: str
    rule: str
    source: str | None
    subj_end: int
    subj_start: int = 0
    spans: list[Span] = field(default_factory=list)
    nominal: bool = False  # a pledge noun's record ("Ford's plans to"): its committer is the possessor
    # the action was narrowed to the clause after the complement's own modal ("promised that in
    # office, she would cut taxes" -> "cut taxes"): where deadlines are still read from
    front: int | None = None
    complement: bool = False  # its that-clause's own modal already read
    # an earlier item of a list of actions: the last item's span, whose closing deadline
    # ("… and share intelligence by 2020") covers this item too (records._split_verbs)
    tail: Span | None = None


@dataclass(slots=True)
class _Sent:
    """One sentence under the sentence pass: what every cue's steps read, and its records."""

    ctx: _Ctx
    text: str
    sent: Span
    recs: list[_Rec]
    floor: int
    under: re.Match[str] | None  # "Under an accord signed …, …": the deal the sentence opens with
    slow: str  # the sentence lowered
    sfold: str | None  # the lowered sentence as a gate for case-blind patterns (see _sentence)
    acc: list[str] | None = None  # the closing attribution's speakers, see _accorded


@dataclass(slots=True)
class _CueWork:
    """One cue's working state, filled in as the steps of the sentence pass read it."""

    m: re.Match[str]
    name: str
    cue: _Cue
    cstart: int
    cend: int
    cue_text: str
    before: str  # the 30 characters before the cue, within the sentence
    prev: _Rec | None  # the sentence's record before this cue
    cue_floor: int  # where the subject may start
    restraint: bool = False  # "X will not retreat": a pledge of restraint
    said_at: re.Match[str] | None = None  # "X said she would not": where "said she" is in before
    plain: bool = True  # before and the cue are ASCII (lowered gates are exact)
    bfold: str = ""  # before, lowered
    low: str = ""  # the cue, lowered
    subj_at: int = 0  # where the subject is read back from
    verb_start: int = 0  # where the action starts
    vol: bool = False  # the verb after the modal is an act of will
    progressive: bool = False  # "will be travelling"
    conditional: bool = False  # a reported "would" after a condition
    handover: bool = False  # "would be handed to …": the speaker undertakes it
    cond_text: str = ""  # the condition before a reported "would" ("if elected", "if she wins")
    liked: int = 0  # where the act after "would like to" starts
    agent: list[str] = field(default_factory=list)  # "will be met by X": X acts
    agent_span: Span = (0, 0)
    verb: str = ""  # the verb after the modal, lowered
    weighed: bool = False  # "is considering a request from X": work under way
    made: str = ""  # the verb that made the instrument the subject names again ("signed")
    subj: _Subject | None = None
    planned: bool = False  # what an owned plan would do
    subj_text: str = ""
    by_source: bool = False  # the committer is the speaker the source phrase names
    shown: str = ""  # the committer as shown
    strength: str = ""
    ids: list[str] = field(default_factory=list)
    t0: int = 0  # the committed action
    t1: int = 0
    cue_shown: str = ""
