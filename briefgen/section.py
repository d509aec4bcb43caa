"""Article structure: kicker, headline, standfirst, byline, dateline, sections, paragraphs, sentences.

(First cut: one paragraph per non-empty line, first line the headline; issue 2 deepens it.)
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.model import Article, Document, Paragraph, Section, Sentence

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")


def section(text: str, reference_date: dt.date | None = None) -> Document:
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    headline_span = lines[0] if lines else None
    body = lines[1:]
    paragraphs = tuple(Paragraph(span, 0) for span in body)
    sentences = tuple(s for i, p in enumerate(paragraphs) for s in split_sentences(text, p.span, i))
    article = Article(
        headline=text[headline_span[0] : headline_span[1]].strip() if headline_span else None,
        headline_span=headline_span,
        reference_date=reference_date.isoformat() if reference_date else None,
        reference_date_source="option" if reference_date else "none",
        sections=(Section(None, tuple(p.span for p in paragraphs)),),
    )
    return Document(text, article, paragraphs, sentences)


def split_sentences(text: str, span: tuple[int, int], paragraph: int) -> list[Sentence]:
    start, end = span
    out = []
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append(Sentence((start, m.start()), paragraph))
        start = m.end()
    if start < end:
        out.append(Sentence((start, end), paragraph))
    return out
