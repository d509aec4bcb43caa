"""Temporal expressions as TIMEX3, resolved against the article's reference date.

What is scanned: the body sentences, plus the headline and standfirst when the sectioner left
them outside the sentences (a headline's "next week" belongs in the timeline). The dateline and
the publication-date line are metadata, never `dates` items. The grammar and value arithmetic
live in `briefgen.extract.timex`; this module maps them onto the Document: which sentence, which
tense, what event clause for the timeline.

Reference date: `article.reference_date` (from --date or the text), else `article.published`,
else the month and day of a dateline ("WASHINGTON, March 31 -") with the year unknown.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from briefgen.extract import timex
from briefgen.model import Actor, DateMention, Document, Span


def extract_dates(doc: Document, actors: list[Actor], *, day_first: bool | None = None) -> list[DateMention]:
    """Every TIMEX3 of the body and headline. day_first: how to read 04/05/2024 (None: the
    data file's default, day first)."""
    text = doc.text
    regions = _regions(doc)
    if not regions:
        return []
    excluded = _metadata_spans(doc)
    starts = [r[0] for r in regions]

    def region_of(s: int, e: int) -> Span | None:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and regions[i][0] <= s and e <= regions[i][1]:
            return regions[i]
        return None

    cands = [c for c in timex.candidates(text, regions) if region_of(c.start, c.end) is not None]
    if excluded:
        cands = [c for c in cands if not any(c.start < e and s < c.end for s, e in excluded)]
    ctx = timex.Ctx(_reference(doc), day_first=timex.DAY_FIRST if day_first is None else day_first)
    found: list[tuple[timex.Timex, Span, str]] = []
    tenses: dict[tuple[Span, int, int], str] = {}  # asked twice per timex: once is enough

    def tense_of(sent: Span, s: int, e: int) -> str:
        key = (sent, s, e)
        if key not in tenses:
            tenses[key] = timex.tense_at(text, sent, s, e)
        return tenses[key]

    kept = timex.select(cands)
    quarter_regions = {region_of(c.start, c.end) for c in kept if c.rule.id in ("quarter", "quarter_code")}
    for c in kept:
        sent = region_of(c.start, c.end)
        assert sent is not None
        ctx.tense = tense_of(sent, c.start, c.end)
        ctx.sentence_has_quarter = sent in quarter_regions
        t = timex.normalise(text, c, ctx)
        if t is not None:
            found.append((t, sent, ctx.tense))
    merged = timex.extend(text, [f[0] for f in found])
    bounds: dict[Span, list[Span]] = {}  # a sentence's clause boundaries, found once for its dates
    out = []
    for t in merged:
        sent = region_of(t.start, t.end) or region_of(t.start, t.start + 1)
        if sent is None:
            continue
        tense = tense_of(sent, t.start, t.end)
        marks = bounds.get(sent)
        if marks is None:
            marks = bounds[sent] = list(_boundaries(text, sent[0], sent[1]))
        out.append(
            DateMention(
                text=text[t.start : t.end],
                span=(t.start, t.end),
                type=t.type,
                value=t.value,
                sentence=sent,
                event=event_clause(text, sent, (t.start, t.end), marks=marks),
                tense=tense,
                rule=t.rule,
            )
        )
    return out


def _regions(doc: Document) -> list[Span]:
    spans = [s.span for s in doc.sentences]
    a = doc.article
    for extra in (a.headline_span, a.standfirst_span):
        if extra and not any(extra[0] < e and s < extra[1] for s, e in spans):
            spans.append(extra)
    return sorted(spans)


def _metadata_spans(doc: Document) -> list[Span]:
    a = doc.article
    out = [a.published_span] if a.published_span else []
    if a.dateline:
        out.append(a.dateline.span)
    return out


def _reference(doc: Document) -> timex.Ref:
    a = doc.article
    ref = a.reference_date or a.published
    if ref:
        return timex.Ref.parse(ref)
    if a.dateline:
        if a.dateline.date:
            return timex.Ref.parse(a.dateline.date)
        m = _DATELINE_MD.search(doc.text, a.dateline.span[0], a.dateline.span[1])
        if m:
            month = timex.MONTHS.get(m["mon"].lower().rstrip("."))
            if month and 1 <= int(m["day"]) <= 31:
                return timex.Ref(None, month, int(m["day"]))
    return timex.Ref(None, None, None)


_DATELINE_MD = re.compile(rf"\b(?P<mon>{timex.MON})\s*(?P<day>\d{{1,2}})\b", re.IGNORECASE)

# Clause boundaries for the timeline's event text: punctuation, dashes, and the commas that open
# a relative or contrasting clause.
_CLAUSE_WORD = r"\s+(?:which|who|but|while|although|though|whereas|as|after|before|when|and)\b"
BOUNDARY_PLAIN = rf"\s*(?:[;:]|\s[—–-]{{1,2}}\s|,(?={_CLAUSE_WORD}))\s*"
_MARK = re.compile(r"[;:,—–-]")
_CLAUSE_AFTER_COMMA = re.compile(_CLAUSE_WORD)
_DASHES = "—–-"


def _boundaries(text: str, s: int, e: int) -> Iterator[Span]:
    """The spans of re.finditer(BOUNDARY_PLAIN, text[s:e]) (tests/test_timex_speed.py checks it),
    found from the rare marks (; : , dash) outward instead of trying the regex at every space:
    the mark, then the spaces before it (not before the last boundary) and after it."""
    pos = s
    for m in _MARK.finditer(text, s, e):
        x = m.start()
        if x < pos:
            continue
        c = text[x]
        if c in ";:":
            xs, xe = x, x + 1
        elif c == ",":
            if not _CLAUSE_AFTER_COMMA.match(text, x + 1, e):
                continue
            xs, xe = x, x + 1
        else:  # a dash between spaces: \s[—–-]{1,2}\s
            if x - 1 < pos or not text[x - 1].isspace():
                continue
            if x + 2 < e and text[x + 1] in _DASHES and text[x + 2].isspace():
                xs, xe = x - 1, x + 3
            elif x + 1 < e and text[x + 1].isspace():
                xs, xe = x - 1, x + 2
            else:
                continue
        while xs > pos and text[xs - 1].isspace():
            xs -= 1
        while xe < e and text[xe].isspace():
            xe += 1
        yield xs, xe
        pos = xe


_ATTRIBUTION = re.compile(r",\s+[^,]{0,40}?\b(?:said|says|told|added|announced|reported)\b[^,]{0,30}$", re.IGNORECASE)


def event_clause(
    text: str, sent: Span, span: Span, max_words: int = 24, *, marks: list[Span] | None = None
) -> str:
    """The clause of the sentence that holds the date: what happened then, not the whole sentence.
    `marks`: the sentence's _boundaries, when the caller has them already."""
    s, e = sent
    start, end = s, e
    for bs, be in _boundaries(text, s, e) if marks is None else marks:
        if be <= span[0]:
            start = be
        elif bs >= span[1]:
            end = bs
            break
    clause = text[start:end]
    if len(clause.split()) < 5:
        clause = text[s:e]
    attrib = _ATTRIBUTION.search(clause, max(0, len(clause) - 80))
    if attrib:
        clause = clause[: attrib.start()]
    clause = clause.strip(" \t\n,.;:\"“”'‘’")
    words = clause.split()
    if len(words) > max_words:
        # keep a window around the date itself
        rel = text[start:end].find(text[span[0] : span[1]])
        before = len(text[start : start + max(rel, 0)].split())
        lo = max(0, before - max_words // 2)
        return " ".join(words[lo : lo + max_words])
    return " ".join(words)
