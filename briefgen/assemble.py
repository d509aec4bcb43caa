"""Assemble the extracted records into a Brief: rank actors, renumber ids, link dates to actors,
pick the bottom line, and collect warnings."""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
from typing import Any, TypeVar

from briefgen.model import (
    Actor,
    Brief,
    Commitment,
    DateMention,
    Document,
    Source,
    View,
)
from briefgen.summarize import bottom_line, key_points
from briefgen.textutil import count_words


def assemble(
    doc: Document,
    *,
    actors: list[Actor],
    dates: list[DateMention],
    views: list[View],
    commitments: list[Commitment],
    source_name: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Brief:
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
    source = Source(
        name=source_name,
        sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        chars=len(doc.text),
        words=count_words(doc.text),
    )
    all_warnings = list(warnings) + thin_article_warnings(doc, actors, dates, views)
    return Brief(
        source=source,
        article=doc.article,
        summary=tuple(bottom_line(doc, actors, dates, commitments)),
        key_points=tuple(key_points(actors, dates, commitments, views)),
        actors=tuple(actors),
        dates=tuple(sorted(dates, key=lambda d: d.span)),
        commitments=tuple(sorted(commitments, key=lambda c: c.span)),
        views=tuple(sorted(views, key=lambda v: v.span)),
        warnings=tuple(dict.fromkeys(all_warnings)),
        paragraphs=tuple(p.span for p in doc.paragraphs),
        text=doc.text,
    )


_T = TypeVar("_T")
_PLAIN: dict[type, bool] = {}


def _replace(obj: _T, **changes: Any) -> _T:
    """dataclasses.replace for the model's plain frozen dataclasses (no __post_init__, no slots,
    every field in __init__): a copy of the instance dict, without __init__'s per-field
    object.__setattr__ calls — replace() was a quarter of assemble's time."""
    cls = type(obj)
    plain = _PLAIN.get(cls)
    if plain is None:
        plain = _PLAIN[cls] = (
            not hasattr(cls, "__post_init__")
            and "__slots__" not in cls.__dict__
            and all(f.init for f in dataclasses.fields(cls))  # type: ignore[arg-type]
        )
    if not plain:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    new = object.__new__(cls)
    state = new.__dict__
    state.update(obj.__dict__)
    for name, value in changes.items():
        if name not in state:
            raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument {name!r}")
        state[name] = value
    return new


def rank_actors(
    doc: Document, actors: list[Actor], views: list[View], commitments: list[Commitment]
) -> tuple[list[Actor], dict[str, str]]:
    """Score each actor by mentions, presence in the headline and lead, and being a speaker or a
    committed party; return them best first with ids A1.. and the old→new id map."""
    lead_end = doc.paragraphs[0].span[1] if doc.paragraphs else 0
    headline = doc.article.headline_span or (0, 0)
    speakers = {v.speaker for v in views}
    committed = {a for c in commitments for a in c.actors}

    def score(actor: Actor) -> float:
        s = float(len(actor.mentions))
        if any(headline[0] <= m[0] < headline[1] for m in actor.mentions):
            s += 3
        if any(m[0] < lead_end for m in actor.mentions):
            s += 2
        if actor.id in speakers:
            s += 2
        if actor.id in committed:
            s += 2
        if actor.kind == "person":
            s += 0.5
        return s

    scored = sorted(actors, key=lambda a: (-score(a), min(a.mentions, default=(0, 0))))
    top = max((score(a) for a in scored), default=1.0) or 1.0
    renumber: dict[str, str] = {}
    ranked = []
    for i, actor in enumerate(scored, 1):
        renumber[actor.id] = f"A{i}"
        ranked.append(_replace(actor, id=f"A{i}", salience=round(score(actor) / top, 3)))
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
    # Actors come best first, so each sentence's ids are already in rank order.
    return [_replace(d, actors=tuple(by_sentence.get(d.sentence, []))) for d in dates]


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
