"""Key actors: people, organisations, countries, places and groups (stub: filled by issue 3)."""

from __future__ import annotations

from briefgen.model import Actor, Document


def extract_actors(doc: Document) -> list[Actor]:
    return []
