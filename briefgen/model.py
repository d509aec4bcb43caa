"""The brief's data model: frozen dataclasses that every stage produces and every renderer reads.

Field names follow the JSON contract of SPEC §4 (`briefgen/1`); fields beyond the contract
(`rule`, `paragraph`, ...) are additions the contract allows. A `Span` is `(start, end)` in code
points of the decoded input, so `text[start:end]` is the item's surface text.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any, TypeVar, dataclass_transform

SCHEMA = "briefgen/1"

Span = tuple[int, int]

_C = TypeVar("_C", bound=type)
_T = TypeVar("_T")
_SET = object.__setattr__


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def _frozen(cls: type[_T]) -> type[_T]:
    """@dataclass(frozen=True), with the quicker __init__ of _fast_init instead of the generated
    one (which is then not made at all: ~0.1 ms less import time per class), and __slots__
    unless the class caches properties (Document, Brief: they need an instance dict)."""
    cached = any(isinstance(v, functools.cached_property) for v in vars(cls).values())
    return _fast_init(dataclass(frozen=True, init=False, slots=not cached)(cls))


def _fast_init(cls: _C) -> _C:
    """Give a frozen dataclass a quicker __init__ with the same signature and result.

    The dataclass one stores each field with `object.__setattr__` looked up afresh per field
    (~75 ns each; ~150 model objects per 1,000 words, most with 9-13 fields). With __slots__,
    each field through its slot's own setter, bound once (~45% quicker than object.__setattr__);
    the objects are a third the size of ones with an instance dict (a View 136 bytes, not 56 +
    a 464-byte dict: a 1 MB text of nothing but names makes 33 K actors and 33 K views), and a
    slot reads quicker than a dict. Without slots: up to four fields, object.__setattr__
    through one bound name; from five, the whole instance dict set in one call. Equality,
    hashing, repr, pickling and dataclasses.replace read the fields, not __init__, so they are
    unchanged (tests/test_model_speed.py). CPython only: a compiled model.py (mypyc) would keep
    its own __init__ and drop this."""
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or any(
        not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields
    ):
        raise TypeError(f"_fast_init: {cls.__name__} needs the generated __init__")
    names = [f.name for f in fields]
    params = ", ".join(
        n if f.default is dataclasses.MISSING else f"{n}=_d_{n}" for n, f in zip(names, fields)
    )
    scope: dict[str, object] = {"_set": _SET}
    if "__slots__" in vars(cls):
        scope.update({f"_s_{n}": vars(cls)[n].__set__ for n in names})
        body = "".join(f"    _s_{n}(self, {n})\n" for n in names)
    elif len(names) <= 4:
        body = "".join(f"    _set(self, {n!r}, {n})\n" for n in names)
    else:
        body = "    _set(self, '__dict__', {" + ", ".join(f"{n!r}: {n}" for n in names) + "})\n"
    scope.update({f"_d_{f.name}": f.default for f in fields})
    exec(f"def __init__(self, {params}):\n{body}", scope)  # noqa: S102 - code made from field names
    init: Any = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = {**{f.name: f.type for f in fields}, "return": None}
    cls.__init__ = init  # type: ignore[misc]
    return cls


@_frozen
class Source:
    """What the input was: its name (None for stdin), SHA-256, size in code points and words."""

    name: str | None
    sha256: str
    chars: int
    words: int


@_frozen
class Dateline:
    """A wire dateline ("WASHINGTON, March 31 (Reuters) -"): its place and full date, if any."""

    place: str | None
    date: str | None  # YYYY-MM-DD, or None when the dateline has no full date
    span: Span


@_frozen
class Section:
    """A run of body paragraphs under one subheading (None before the first one)."""

    heading: str | None
    paragraphs: tuple[Span, ...]
    heading_span: Span | None = None
    # "entry": one entry of a live blog ("The Latest: ..."), opened by a timestamp line (the
    # heading); entries are separate reports, so a reference (a pronoun, "the senator") should
    # not be resolved across their boundary. None: an ordinary section.
    kind: str | None = None


@_frozen
class Article:
    """The article's metadata as the sectioner read it, with the spans it was read from."""

    kicker: str | None = None
    headline: str | None = None
    standfirst: str | None = None
    byline: tuple[str, ...] = ()
    outlet: str | None = None
    dateline: Dateline | None = None
    published: str | None = None  # YYYY-MM-DD found in the text
    reference_date: str | None = None
    reference_date_source: str = "none"  # "option" | "text" | "none"
    sections: tuple[Section, ...] = ()
    kicker_span: Span | None = None
    headline_span: Span | None = None
    standfirst_span: Span | None = None
    published_span: Span | None = None


@_frozen
class Sentence:
    """A sentence of the article body; `paragraph` indexes Document.paragraphs."""

    span: Span
    paragraph: int


@_frozen
class Paragraph:
    """A body paragraph; `section` indexes Article.sections."""

    span: Span
    section: int  # index into Article.sections
    bullet: bool = False  # a list item ("- ...", "• ...")


@_frozen
class Document:
    """The sectioned article that extractors read: text plus its structure.

    `text` is the decoded input exactly (offsets index it). Extractors match on `text`;
    invisible characters are handled by `briefgen.textutil` helpers, not by rewriting.
    """

    text: str
    article: Article
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing `offset`, or None if it lies outside the body."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].span[1]:
            return self.sentences[i]
        return None

    def paragraph_index(self, offset: int) -> int | None:
        """The index of the paragraph containing `offset` (0-based), or None."""
        i = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].span[1]:
            return i
        return None

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.span[0] for s in self.sentences]

    @functools.cached_property
    def paragraph_starts(self) -> list[int]:
        """Each paragraph's start offset, in order (for bisection)."""
        return [p.span[0] for p in self.paragraphs]


@_frozen
class SummarySentence:
    """A bottom-line sentence taken from the article: `text` is the whole sentence (its span);
    `short` is the same sentence with whole parenthetical clauses removed, when that was done,
    and `parts` the spans of what was kept."""

    text: str
    span: Span
    short: str | None = None
    parts: tuple[Span, ...] = ()


@_frozen
class KeyPoint:
    """One extracted fact in a fixed pattern (who committed to what, who said what, what
    happened when); `span` is the item it came from, `kind` the section it belongs to."""

    text: str
    span: Span
    kind: str  # commitment | view | date


@_frozen
class Actor:
    """A person, organisation, country, place or group, with every mention of it."""

    id: str  # "A1", "A2", ... in order of salience
    name: str
    kind: str  # person | organization | country | place | group
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    salience: float = 0.0
    rule: str = ""


@_frozen
class DateMention:
    """A temporal expression as TIMEX3 (type and value), with its sentence and event clause."""

    text: str
    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value
    sentence: Span
    actors: tuple[str, ...] = ()
    event: str | None = None  # short clause of the sentence, for the timeline
    tense: str | None = None  # past | present | future, as judged from the sentence
    rule: str = ""


@_frozen
class Commitment:
    """Who committed to do what (cue and content), how strongly, and where the article says so."""

    actors: tuple[str, ...]
    actor_text: str
    cue: str
    text: str
    span: Span
    sentence: Span
    strength: str  # binding | agreement | pledge | reaffirmation | intention | ongoing
    amount: str | None = None
    deadline: str | None = None
    source: str | None = None  # actor id of who reported it
    spans: tuple[Span, ...] = ()  # every place the same commitment is stated
    rule: str = ""


@_frozen
class View:
    """A quoted or reported view: who said it (speaker), how (cue), and what (text)."""

    speaker: str | None
    speaker_text: str
    speaker_span: Span | None
    role: str | None
    affiliation: str | None
    kind: str  # expert | official | other
    direct: bool
    cue: str
    text: str
    span: Span
    rule: str = ""
    speakers: tuple[str, ...] = ()  # every actor id of a joint speaker ("the two leaders")
    # Further parts of the same content, after `span`: a quote split by its attribution
    # ("“A,” she said. “B.”") or a sentence split by a parenthetical ("A, he said, B").
    spans: tuple[Span, ...] = ()


@_frozen
class Brief:
    """The whole brief: what every renderer reads (SPEC §4 is its JSON form)."""

    source: Source
    article: Article
    summary: tuple[SummarySentence, ...] = ()
    key_points: tuple[KeyPoint, ...] = ()
    actors: tuple[Actor, ...] = ()
    dates: tuple[DateMention, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    views: tuple[View, ...] = ()
    warnings: tuple[str, ...] = ()
    paragraphs: tuple[Span, ...] = field(default=(), repr=False)  # for ¶N references
    schema: str = SCHEMA
    # The decoded input, so renderers can quote a date's sentence and show evidence (not in JSON).
    text: str = field(default="", repr=False, compare=False)

    def paragraph_number(self, offset: int) -> int | None:
        """The 1-based number of the body paragraph containing `offset` (for ¶N), or None."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and self.paragraphs[i][0] <= offset < self.paragraphs[i][1]:
            return i + 1
        return None

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p[0] for p in self.paragraphs]

    def actor(self, actor_id: str | None) -> Actor | None:
        """The (first) actor with this id, or None."""
        return self._actors_by_id.get(actor_id) if actor_id is not None else None

    @functools.cached_property
    def _actors_by_id(self) -> dict[str, Actor]:
        by_id: dict[str, Actor] = {}
        for a in self.actors:
            by_id.setdefault(a.id, a)
        return by_id
