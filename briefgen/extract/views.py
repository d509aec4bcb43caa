"""Direct quotes and reported speech (stub: filled by issue 5)."""

from __future__ import annotations

from briefgen.model import Actor, Document, View


def extract_views(doc: Document, actors: list[Actor]) -> list[View]:
    return []
