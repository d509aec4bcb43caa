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
    Span,
    SummarySentence,
    View,
)
from briefgen.sentences import sentence_spans
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
    text = doc.text
    sentences = doc.sentences
    words = [len(text[s.span[0] : s.span[1]].split()) for s in sentences]
    candidates = [i for i, n in enumerate(words) if n >= 6]
    if not candidates:
        return [_summary(doc, s) for s in sentences[:1]]
    weight = _sentence_weights(doc, actors, dates, commitments)

    def order(i: int) -> tuple[float, Span]:
        # Earlier paragraphs carry the news; very long sentences read badly as a bottom line.
        s = sentences[i]
        position = 2.0 / (1 + s.paragraph) - (1.0 if words[i] > 45 else 0.0)
        return (-weight.get(s.span[0], 0.0) - position, s.span)

    scored = sorted(candidates, key=order)
    lead = next((i for i in candidates if not _is_quote(doc, sentences[i])), candidates[0])
    chosen = [lead]
    total = words[lead]
    for i in scored:
        if len(chosen) == 3 or (len(chosen) >= 2 and total > BOTTOM_LINE_WORDS * 0.6):
            break
        if i in chosen or _is_quote(doc, sentences[i]):
            continue
        if total + words[i] > BOTTOM_LINE_WORDS and len(chosen) >= 2:
            continue
        chosen.append(i)
        total += words[i]
    return [_summary(doc, sentences[i]) for i in sorted(chosen, key=lambda i: sentences[i].span)]


def _sentence_weights(
    doc: Document,
    actors: list[Actor],
    dates: list[DateMention],
    commitments: list[Commitment],
) -> dict[int, float]:
    """Weight of each sentence (keyed by its start) from the salient actors, commitments and
    dates inside it; one pass over the items, so linear in the article's size."""
    sentences = doc.sentences
    starts = [s.span[0] for s in sentences]
    weight: dict[int, float] = {}
    bisect_right = bisect.bisect_right

    for a in actors:
        seen = set()
        salience = a.salience
        for m in a.mentions:
            i = bisect_right(starts, m[0])
            if i not in seen:  # an actor counts once per sentence
                seen.add(i)
                i -= 1
                if i >= 0 and m[0] < sentences[i].span[1]:
                    weight[starts[i]] = weight.get(starts[i], 0.0) + salience
    for offset, amount in [(c.span[0], 1.5) for c in commitments] + [
        (d.span[0], 1.0) for d in dates
    ]:
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < sentences[i].span[1]:
            weight[starts[i]] = weight.get(starts[i], 0.0) + amount
    return weight


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
    actor salience, then views of the most salient speakers, then dated events. Items are
    ranked first and only the few kept are written out."""
    by_id = {a.id: a for a in actors}
    candidates: list[tuple[float, Span, Span, Commitment | View | DateMention]] = []
    for c in commitments:
        if not clean(c.actor_text) and not _names(c.actors, by_id):
            continue  # _subject() would name nobody
        rank = 3.0 - STRENGTH_ORDER.index(c.strength) * 0.3 if c.strength in STRENGTH_ORDER else 1.0
        rank += max((by_id[a].salience for a in c.actors if a in by_id), default=0.0)
        candidates.append((rank, c.span, c.sentence, c))
    for v in views:
        speaker = by_id.get(v.speaker or "")
        if speaker is None:
            continue
        rank = 1.5 + speaker.salience + (0.3 if v.kind == "expert" else 0.0)
        candidates.append((rank, v.span, v.span, v))
    for d in dates:
        if d.type not in ("DATE", "TIME") or not d.event or "X" in d.value[:4]:
            continue
        rank = 1.0 + 0.5 * max((by_id[a].salience for a in d.actors if a in by_id), default=0.0)
        candidates.append((rank, d.span, d.sentence, d))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    points: list[KeyPoint] = []
    used: list[tuple[int, int]] = []
    for _, _span, sentence, item in candidates:
        if any(_overlap(sentence, u) for u in used):
            continue  # one fact per sentence: no two bullets about the same thing
        points.append(_key_point(item, text, by_id))
        used.append(sentence)
        if len(points) == limit:
            break
    return points


def _key_point(
    item: Commitment | View | DateMention, text: str, by_id: dict[str, Actor]
) -> KeyPoint:
    """One ranked item in its fixed pattern."""
    if isinstance(item, Commitment):
        c = item
        who = _subject(c, by_id)
        said = _first_person_words(c, text)
        if said:
            # "I'm prepared to …" in remarks: the speaker's own words after their name.
            line = f"{who}: {said} {clean(c.text)}"
        else:
            line = f"{who[:1].upper()}{who[1:]} {clean(c.cue)} {clean(c.text)}"
        if c.deadline and clean(c.deadline).lower() not in clean(c.text).lower():
            line += (
                f" (by {clean(c.deadline)})"
                if not c.deadline.lower().startswith(("by ", "within ", "before ", "until "))
                else f" ({clean(c.deadline)})"
            )
        return KeyPoint(line, c.span, "commitment")
    if isinstance(item, View):
        v = item
        name = by_id[v.speaker or ""].name
        quote = _first_sentence(clean(v.text))
        line = f"{name}: “{quote}”" if v.direct else f"{name}: {quote}"
        return KeyPoint(line, v.span, "view")
    d = item
    event = clean(d.event or "")
    if clean(d.text).lower() in event.lower():
        return KeyPoint(event, d.span, "date")  # "In Washington today, …" says when itself
    return KeyPoint(f"{clean(d.text)}: {event}", d.span, "date")


_FIRST_PERSON = frozenset({"i", "we", "us", "our", "my"})


def _first_person_words(c: Commitment, text: str) -> str | None:
    """For a commitment made in the first person, or whose cue is a contraction ("he’ll",
    "they’d"), the article's words from the subject to the action ("I’m prepared to", "we will",
    "he’ll still"), so the bullet quotes rather than conjugates ("Roe ’ll still back …")."""
    surface = clean(c.actor_text).lower()
    contraction = bool(surface) and c.cue[:1] in "’'"
    # "It commits …" resolved to several parties: "A, B and C commits" would not agree.
    disagrees = surface in _PRONOUNS and len(set(c.actors)) > 1 and _SINGULAR_VERB.match(c.cue)
    if surface not in _FIRST_PERSON and not contraction and not disagrees:
        return None
    head = text[c.sentence[0] : c.span[0]]
    i = head.rfind(c.actor_text)
    while i > 0 and (
        head[i - 1].isalnum() or head[i + len(c.actor_text) : i + len(c.actor_text) + 1].isalnum()
    ):
        i = head.rfind(c.actor_text, 0, i)  # a whole word: not the "he" of "the"
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
    if (
        len(named) > 1
        and surface
        and surface.lower() not in _PRONOUNS
        and _SINGULAR_VERB.match(clean(c.cue))
    ):
        # "The deal commits …": a list of names before a singular verb is ungrammatical, and
        # the article's own subject reads as it wrote it.
        return surface
    return _names(c.actors, by_id) or surface


_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
# A cue that opens with a verb agreeing with one subject: "commits", "ensures", "is", "has".
_SINGULAR_VERB = re.compile(r"(?i)(?:is|was|has|does|\w+[^s\W]s)\b")
NAMES_SHOWN = 3  # names in a key point's subject before "and N others"


def _names(ids: tuple[str, ...], by_id: dict[str, Actor]) -> str:
    names = list(dict.fromkeys(by_id[i].name for i in ids if i in by_id))
    if len(names) > NAMES_SHOWN:
        names = names[: NAMES_SHOWN - 1] + [f"{len(names) - NAMES_SHOWN + 1} others"]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _first_sentence(text: str, max_words: int = 30) -> str:
    """The first sentence as the splitter reads it ("Mr. Roe", "Aug. 7" end none)."""
    spans = sentence_spans(text, 0, len(text))
    first = text[: spans[0][1]] if spans else text
    words = first.split()
    if len(words) > max_words:
        return " ".join(words[:max_words]).rstrip(",;:") + " …"
    return first


def _is_quote(doc: Document, sentence: Sentence) -> bool:
    return doc.text[sentence.span[0] : sentence.span[0] + 1] in QUOTE_OPENERS


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
