"""The bottom line and the key points: chosen by rule from what the extractors found.

Nothing here writes a sentence of its own. The bottom line is whole article sentences (at most
shortened by dropping a clause set off by commas, brackets or dashes); a key point is one
extracted record put into a fixed pattern whose pieces are all article text or actor names.
"""

from __future__ import annotations

import bisect
import re

from briefgen.model import (
    Actor,
    Commitment,
    DateMention,
    Document,
    KeyPoint,
    Sentence,
    SummarySentence,
    View,
)
from briefgen.textutil import clean

BOTTOM_LINE_WORDS = 75  # two or three sentences, read in ten seconds
LONG_SENTENCE_WORDS = 25  # longer sentences lose their parenthetical clauses
QUOTE_OPENERS = "\"“‘'«"

STRENGTH_ORDER = ("binding", "agreement", "pledge", "reaffirmation", "intention", "ongoing")

# Clauses that can go without breaking the sentence: a bracketed aside, a pair of dashes, or a
# comma-bounded clause opened by a relative pronoun, a participle-like connective or
# "according to" (the attribution stays in the full text and the JSON).
_DROPPABLE = re.compile(
    r"\s?\([^()]{3,}\)"
    r"|\s?[—–]\s[^—–]{3,}?\s[—–](?=\s)"
    r"|,\s(?:who|which|whose|where|including|especially|particularly|according to|"
    r"in a way that|despite|amid)\b[^,;:.!?]{3,}(?:,(?=\s)|(?=[.!?]\s*$))"
)


def bottom_line(
    doc: Document,
    actors: list[Actor],
    dates: list[DateMention],
    commitments: list[Commitment],
) -> list[SummarySentence]:
    """Two or three sentences: the lead first, then those carrying the most salient actors,
    commitments and dated events, in document order."""
    candidates = [s for s in doc.sentences if _word_count(doc, s) >= 6]
    if not candidates:
        return [_summary(doc, s) for s in doc.sentences[:1]]
    weight = _sentence_weights(doc, actors, dates, commitments)
    scored = sorted(
        candidates, key=lambda s: (-weight.get(s.span[0], 0.0) - _position(doc, s), s.span)
    )
    lead = next((s for s in candidates if not _is_quote(doc, s)), candidates[0])
    chosen = [lead]
    words = _word_count(doc, lead)
    for s in scored:
        if len(chosen) == 3 or (len(chosen) >= 2 and words > BOTTOM_LINE_WORDS * 0.6):
            break
        if s in chosen or _is_quote(doc, s):
            continue
        if words + _word_count(doc, s) > BOTTOM_LINE_WORDS and len(chosen) >= 2:
            continue
        chosen.append(s)
        words += _word_count(doc, s)
    return [_summary(doc, s) for s in sorted(chosen, key=lambda s: s.span)]


def _sentence_weights(
    doc: Document,
    actors: list[Actor],
    dates: list[DateMention],
    commitments: list[Commitment],
) -> dict[int, float]:
    """Weight of each sentence (keyed by its start) from the salient actors, commitments and
    dates inside it; one pass over the items, so linear in the article's size."""
    starts = [s.span[0] for s in doc.sentences]
    weight: dict[int, float] = {}

    def add(offset: int, amount: float) -> None:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < doc.sentences[i].span[1]:
            weight[starts[i]] = weight.get(starts[i], 0.0) + amount

    for a in actors:
        seen = set()
        for m in a.mentions:
            i = bisect.bisect_right(starts, m[0])
            if i not in seen:  # an actor counts once per sentence
                seen.add(i)
                add(m[0], a.salience)
    for c in commitments:
        add(c.span[0], 1.5)
    for d in dates:
        add(d.span[0], 1.0)
    return weight


def _position(doc: Document, sentence: Sentence) -> float:
    """Earlier paragraphs carry the news; very long sentences read badly as a bottom line."""
    score = 2.0 / (1 + sentence.paragraph)
    if _word_count(doc, sentence) > 45:
        score -= 1.0
    return score


def _summary(doc: Document, sentence: Sentence) -> SummarySentence:
    start, end = sentence.span
    text = doc.text[start:end]
    if len(text.split()) <= LONG_SENTENCE_WORDS:
        return SummarySentence(text, sentence.span)
    parts: list[tuple[int, int]] = []
    cursor = start
    for m in _DROPPABLE.finditer(text):
        parts.append((cursor, start + m.start()))
        cursor = start + m.end()
    if not parts:
        return SummarySentence(text, sentence.span)
    parts.append((cursor, end))
    short = clean("".join(doc.text[s:e] for s, e in parts))
    return SummarySentence(text, sentence.span, short=short, parts=tuple(parts))


def key_points(
    text: str,
    actors: list[Actor],
    dates: list[DateMention],
    commitments: list[Commitment],
    views: list[View],
    limit: int = 5,
) -> list[KeyPoint]:
    """Three to five facts, one per sentence at most, ranked: commitments by strength and
    actor salience, then views of the most salient speakers, then dated events."""
    by_id = {a.id: a for a in actors}
    candidates: list[tuple[float, KeyPoint, tuple[int, int]]] = []
    for c in commitments:
        who = _subject(c, by_id)
        if not who:
            continue
        said = _first_person_words(c, text)
        if said:
            # "I'm prepared to …" in remarks: the speaker's own words after their name.
            line = f"{who}: {said} {clean(c.text)}"
        else:
            line = f"{who[:1].upper()}{who[1:]} {clean(c.cue)} {clean(c.text)}"
        if c.deadline:
            line += (
                f" (by {clean(c.deadline)})"
                if not c.deadline.lower().startswith(("by ", "within ", "before ", "until "))
                else f" ({clean(c.deadline)})"
            )
        rank = 3.0 - STRENGTH_ORDER.index(c.strength) * 0.3 if c.strength in STRENGTH_ORDER else 1.0
        rank += max((by_id[a].salience for a in c.actors if a in by_id), default=0.0)
        candidates.append((rank, KeyPoint(line, c.span, "commitment"), c.sentence))
    for v in views:
        speaker = by_id.get(v.speaker or "")
        if speaker is None:
            continue
        quote = _first_sentence(clean(v.text))
        line = f"{speaker.name}: “{quote}”" if v.direct else f"{speaker.name}: {quote}"
        rank = 1.5 + speaker.salience + (0.3 if v.kind == "expert" else 0.0)
        candidates.append((rank, KeyPoint(line, v.span, "view"), v.span))
    for d in dates:
        if d.type not in ("DATE", "TIME") or not d.event or "X" in d.value[:4]:
            continue
        line = f"{clean(d.text)}: {clean(d.event)}"
        rank = 1.0 + 0.5 * max((by_id[a].salience for a in d.actors if a in by_id), default=0.0)
        candidates.append((rank, KeyPoint(line, d.span, "date"), d.sentence))
    candidates.sort(key=lambda c: (-c[0], c[1].span))
    points: list[KeyPoint] = []
    used: list[tuple[int, int]] = []
    for _, point, sentence in candidates:
        if any(_overlap(sentence, u) for u in used):
            continue  # one fact per sentence: no two bullets about the same thing
        points.append(point)
        used.append(sentence)
        if len(points) == limit:
            break
    return points


_FIRST_PERSON = frozenset({"i", "we", "us", "our", "my"})


def _first_person_words(c: Commitment, text: str) -> str | None:
    """For a commitment made in the first person, the article's words from the subject to the
    action ("I’m prepared to", "we will"), so the bullet quotes rather than conjugates."""
    if clean(c.actor_text).lower() not in _FIRST_PERSON:
        return None
    head = text[c.sentence[0] : c.span[0]]
    i = head.rfind(c.actor_text)
    return clean(head[i:]) or None if i >= 0 else None


def _subject(c: Commitment, by_id: dict[str, Actor]) -> str:
    """Who committed, as the article says it when its words name them ("Japanese chipmakers",
    "Iraqi Prime Minister X and US President Y"), else the resolved names (for "they", "the two
    sides"), so the bullet reads as the article does and stays grammatical."""
    surface = clean(c.actor_text)
    named = [by_id[i] for i in c.actors if i in by_id]
    forms = [f for a in named for f in (a.name, *a.aliases)]
    if surface and len(surface.split()) <= 12 and any(f in surface for f in forms):
        return surface
    return _names(c.actors, by_id) or surface


def _names(ids: tuple[str, ...], by_id: dict[str, Actor]) -> str:
    names = [by_id[i].name for i in ids if i in by_id]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _first_sentence(text: str, max_words: int = 30) -> str:
    m = re.search(r"(?<=[.!?])\s+(?=[A-Z“\"])", text)
    first = text[: m.start()] if m else text
    words = first.split()
    if len(words) > max_words:
        return " ".join(words[:max_words]).rstrip(",;:") + " …"
    return first


def _is_quote(doc: Document, sentence: Sentence) -> bool:
    return doc.text[sentence.span[0] : sentence.span[0] + 1] in QUOTE_OPENERS


def _word_count(doc: Document, sentence: Sentence) -> int:
    return len(doc.text[sentence.span[0] : sentence.span[1]].split())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
