"""Commitments: who agreed, pledged or is working to do what (stub: filled by issue 6)."""

from __future__ import annotations

from briefgen.model import Actor, Commitment, DateMention, Document, View


def extract_commitments(
    doc: Document, actors: list[Actor], dates: list[DateMention], views: list[View]
) -> list[Commitment]:
    return []
