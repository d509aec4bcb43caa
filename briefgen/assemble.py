"""Assemble the extracted records into a Brief: rank actors, renumber ids, link dates to actors,
pick the bottom line, and collect warnings."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from briefgen.model import (
    Actor,
    Brief,
    Commitment,
    DateMention,
    Document,
    Source,
    Span,
    View,
)
from briefgen.summarize import bottom_line, key_points
from briefgen.textutil import INVISIBLE

if TYPE_CHECKING:
    from briefgen.read import OffsetMap


def assemble(
    doc: Document,
    *,
    actors: list[Actor],
    dates: list[DateMention],
    views: list[View],
    commitments: list[Commitment],
    source_name: str | None = None,
    warnings: tuple[str, ...] = (),
    source_text: str | None = None,
) -> Brief:
    """The Brief of `doc`. `source_text` is the input as given when the stages matched on a
    cleaned copy (doc.text, see read.matching_text): `source` then describes the input."""
    actors, renumber = rank_actors(doc, actors, views, commitments)
    views = [
        _replace(
            v,
            speaker=renumber.get(v.speaker or ""),
            speakers=tuple(renumber[a] for a in v.speakers if a in renumber),
        )
        for v in views
    ]
    commitments = [
        _replace(
            c,
            actors=tuple(renumber[a] for a in c.actors if a in renumber),
            source=renumber.get(c.source or ""),
        )
        for c in commitments
    ]
    dates = link_date_actors(dates, actors)
    source = _source(source_name, doc.text if source_text is None else source_text)
    all_warnings = list(warnings) + thin_article_warnings(doc, actors, dates, views)
    return Brief(
        source=source,
        article=doc.article,
        summary=tuple(bottom_line(doc, actors, dates, commitments)),
        key_points=tuple(key_points(doc.text, actors, dates, commitments, views)),
        actors=tuple(actors),
        dates=tuple(sorted(dates, key=lambda d: d.span)),
        commitments=tuple(sorted(commitments, key=lambda c: c.span)),
        views=tuple(sorted(views, key=lambda v: v.span)),
        warnings=tuple(dict.fromkeys(all_warnings)),
        paragraphs=tuple(p.span for p in doc.paragraphs),
        text=doc.text,
    )


_T = TypeVar("_T")
_COPIERS: dict[tuple[Any, ...], Callable[[Any, dict[str, Any]], Any] | None] = {}


def _replace(obj: _T, **changes: Any) -> _T:
    """dataclasses.replace for the model's plain frozen dataclasses (no __post_init__, no
    cached properties, every field in __init__), without its per-call field walk and keyword
    dict — replace() was a quarter of assemble's time. With __slots__ (the model's items): a
    copy function made once per class and set of changed names, one positional __init__ call
    reading each unchanged field off the object and each changed one from `changes` (no field
    walk, no dict pops: a third of assemble's time was these copies); with an instance dict: a
    copy of it. A name that is not a field raises TypeError as dataclasses.replace does."""
    key = (type(obj), *changes)
    try:
        copier = _COPIERS[key]
    except KeyError:
        copier = _COPIERS[key] = _copier(type(obj), tuple(changes))
    if copier is None:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    return copier(obj, changes)  # type: ignore[no-any-return]


def _copier(cls: type, names: tuple[str, ...]) -> Callable[[Any, dict[str, Any]], Any] | None:
    """_replace's copy function for `cls` and the changed field `names`, or None when
    dataclasses.replace must do it."""
    if (
        hasattr(cls, "__post_init__")
        or not all(f.init for f in dataclasses.fields(cls))  # type: ignore[arg-type]
        or any(isinstance(v, functools.cached_property) for v in vars(cls).values())
    ):
        return None
    if "__slots__" in vars(cls):
        fields = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
        unknown = [n for n in names if n not in fields]
        if unknown:
            _unexpected(cls, dict.fromkeys(unknown))
        args = ", ".join(f"c[{n!r}]" if n in names else f"o.{n}" for n in fields)
        scope: dict[str, Any] = {"CLS": cls}
        exec(f"def copy(o, c):\n    return CLS({args})\n", scope)  # noqa: S102 - field names
        return scope["copy"]  # type: ignore[no-any-return]

    def copy(obj: Any, changes: dict[str, Any]) -> Any:
        new: Any = object.__new__(cls)
        state = new.__dict__
        state.update(obj.__dict__)
        n = len(state)
        state.update(changes)
        if len(state) != n:
            _unexpected(cls, {k: v for k, v in changes.items() if k not in obj.__dict__})
        return new

    return copy


def _unexpected(cls: type, changes: dict[str, Any]) -> None:
    name = next(iter(changes))
    raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument {name!r}")


def rank_actors(
    doc: Document, actors: list[Actor], views: list[View], commitments: list[Commitment]
) -> tuple[list[Actor], dict[str, str]]:
    """Score each actor by mentions, presence in the headline and lead, and being a speaker or a
    committed party; return them best first with ids A1.. and the old→new id map."""
    lead_end = doc.paragraphs[0].span[1] if doc.paragraphs else 0
    headline = doc.article.headline_span or (0, 0)
    speakers = {v.speaker for v in views}
    committed = {a for c in commitments for a in c.actors}

    def score(actor: Actor, first_mention: Span) -> float:
        # Mentions count with diminishing returns: a country named in every paragraph is
        # context, while the people who speak and commit are what an analyst looks for.
        s = 1.0 + math.log2(max(len(actor.mentions), 1))
        first = first_mention[0] if actor.mentions else None
        if (
            first is not None
            and first < headline[1]
            and any(headline[0] <= m[0] < headline[1] for m in actor.mentions)
        ):
            s += 3
        if first is not None and first < lead_end:
            s += 2
        if actor.id in speakers:
            s += 2
        if actor.id in committed:
            s += 2
        if actor.kind == "person":
            s += 1.5
        if actor.title or actor.affiliation:
            s += 1
        return s

    firsts = [min(a.mentions, default=(0, 0)) for a in actors]
    scores = {a.id: score(a, first) for a, first in zip(actors, firsts)}
    order = sorted(range(len(actors)), key=lambda i: (-scores[actors[i].id], firsts[i]))
    scored = [actors[i] for i in order]
    top = max(scores.values(), default=1.0) or 1.0
    renumber: dict[str, str] = {}
    ranked = []
    for i, actor in enumerate(scored, 1):
        renumber[actor.id] = f"A{i}"
        ranked.append(_replace(actor, id=f"A{i}", salience=round(scores[actor.id] / top, 3)))
    return ranked, renumber


def link_date_actors(dates: list[DateMention], actors: list[Actor]) -> list[DateMention]:
    """Give each date the ids of the actors mentioned in its sentence (one pass per list)."""
    by_sentence: dict[tuple[int, int], list[str]] = {}
    sentences = sorted({d.sentence for d in dates})
    starts = [s[0] for s in sentences]
    for a in actors:
        for m in a.mentions:
            i = bisect.bisect_right(starts, m[0]) - 1
            if i >= 0 and m[0] < sentences[i][1]:
                ids = by_sentence.setdefault(sentences[i], [])
                if a.id not in ids:
                    ids.append(a.id)
    # Actors come best first, so each sentence's ids are already in rank order. A date whose
    # ids are what it has (none, mostly) is kept as it is: a copy would be equal.
    out = []
    for d in dates:
        linked = tuple(by_sentence.get(d.sentence, ()))
        out.append(d if linked == d.actors else _replace(d, actors=linked))
    return out


def thin_article_warnings(
    doc: Document, actors: list[Actor], dates: list[DateMention], views: list[View]
) -> list[str]:
    warnings = []
    if not doc.sentences:
        warnings.append("no sentences found in the text")
    if not actors:
        warnings.append("no named actors found")
    if not dates:
        warnings.append("no dates found")
    if not views:
        warnings.append("no quotes or reported views found")
    return warnings


def restore_offsets(brief: Brief, offsets: OffsetMap) -> Brief:
    """The brief with every span mapped back to the original input (the stages matched on a
    text without invisible characters) and each item's surface text re-read from it, so
    text[start:end] is the item's text again (SPEC §4). Names and headings keep the clean
    form the stages read, which is what the brief shows. `source` is left as assemble() made
    it: build_brief passes the original text to assemble() as `source_text`."""
    restored = _restore_spans(brief, offsets)
    # the speaker's mention as the input has it too (a no-break space in a name stays one)
    return dataclasses.replace(
        restored,
        views=tuple(
            _replace(v, speaker_text=restored.text[v.speaker_span[0] : v.speaker_span[1]])
            if v.speaker_span
            else v
            for v in restored.views
        ),
    )


def _restore_spans(brief: Brief, offsets: OffsetMap) -> Brief:
    original = offsets.original
    if offsets.identity:
        # Only odd spaces were made plain: the spans stand, the surface texts are re-read.
        return dataclasses.replace(
            brief,
            summary=tuple(_replace(s, text=original[s.span[0] : s.span[1]]) for s in brief.summary),
            dates=tuple(_replace(d, text=original[d.span[0] : d.span[1]]) for d in brief.dates),
            commitments=tuple(
                _replace(c, text=original[c.span[0] : c.span[1]]) for c in brief.commitments
            ),
            views=tuple(_replace(v, text=original[v.span[0] : v.span[1]]) for v in brief.views),
            text=original,
        )
    span = offsets.span

    def spans(values: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(span(v) for v in values)

    def surface(item: _T, **changes: Any) -> _T:
        s = changes["span"]
        return _replace(item, text=original[s[0] : s[1]], **changes)

    art = brief.article
    article = dataclasses.replace(
        art,
        dateline=art.dateline and dataclasses.replace(art.dateline, span=span(art.dateline.span)),
        sections=tuple(
            dataclasses.replace(
                sec,
                paragraphs=spans(sec.paragraphs),
                heading_span=sec.heading_span and span(sec.heading_span),
            )
            for sec in art.sections
        ),
        kicker_span=art.kicker_span and span(art.kicker_span),
        headline_span=art.headline_span and span(art.headline_span),
        standfirst_span=art.standfirst_span and span(art.standfirst_span),
        published_span=art.published_span and span(art.published_span),
    )
    return dataclasses.replace(
        brief,
        article=article,
        summary=tuple(surface(s, span=span(s.span), parts=spans(s.parts)) for s in brief.summary),
        key_points=tuple(_replace(k, span=span(k.span)) for k in brief.key_points),
        actors=tuple(_replace(a, mentions=spans(a.mentions)) for a in brief.actors),
        dates=tuple(surface(d, span=span(d.span), sentence=span(d.sentence)) for d in brief.dates),
        commitments=tuple(
            surface(c, span=span(c.span), sentence=span(c.sentence), spans=spans(c.spans))
            for c in brief.commitments
        ),
        views=tuple(
            surface(
                v,
                span=span(v.span),
                spans=spans(v.spans),
                speaker_span=v.speaker_span and span(v.speaker_span),
            )
            for v in brief.views
        ),
        paragraphs=spans(brief.paragraphs),
        text=original,
    )


def _source(name: str | None, text: str) -> Source:
    """What the input was: its name, hash, size in code points and words."""
    data = text.encode("utf-8")
    return Source(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        chars=len(text),
        words=_count_words(data),
    )


# str.split()'s whitespace beyond ASCII (to a space) and the invisible characters that
# count_words() drops (to nothing), as UTF-8: one bytes regex finds them all. UTF-8 never puts
# an ASCII byte inside a longer character, so the rest is a scan of ASCII whitespace.
_WIDE = {
    **{chr(c).encode("utf-8"): b" " for c in (0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F)},
    **{chr(c).encode("utf-8"): b" " for c in (0x205F, 0x3000, *range(0x2000, 0x200B))},
    **{c.encode("utf-8"): b"" for c in INVISIBLE},
}
_WIDE_RE = re.compile(b"|".join(re.escape(k) for k in sorted(_WIDE, key=len, reverse=True)))
# ASCII whitespace (str.split's: \t \n \v \f \r, \x1c-\x1f, space) to b" ", anything else
# to b"x": the words are the runs of b"x".
_MARKS = bytes(32 if b < 128 and chr(b).isspace() else 120 for b in range(256))


def _count_words(data: bytes) -> int:
    """textutil.count_words of the text `data` encodes, counted on its UTF-8 bytes: splitting
    the whole article into a list of words only to count them was a fifth of assemble."""
    if not data.isascii():
        data = _WIDE_RE.sub(lambda m: _WIDE[m.group()], data)
    marks = data.translate(_MARKS)
    return marks.count(b"x ") + marks.endswith(b"x")
