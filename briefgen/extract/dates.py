"""Temporal expressions as TIMEX3 (stub: filled by issue 4)."""

from __future__ import annotations

from briefgen.model import Actor, DateMention, Document


def extract_dates(doc: Document, actors: list[Actor]) -> list[DateMention]:
    return []
