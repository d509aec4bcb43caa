"""Commitments: who agreed, pledged or is working to do what, how much, by when.

One pass over the sentences. A cue from briefgen/data/commitment_cues.json ("agreed to",
"pledged", "will", "reaffirmed their commitment to", "are working to"...) gives the strength;
the subject is read leftwards from the cue to a clause boundary and resolved to actors (mentions
inside it, or "the two sides", "the leaders", "they", "we", "he", "the government" resolved to
what they refer to); the committed action is the clause after the cue. Negated, hypothetical,
passive and predicted cues are dropped, never reported as pledges. The same pledge stated twice
becomes one record with both spans.

The package holds one concern per module, layered so that imports run one way: cues.py (cue
finding and its gates) and patterns.py at the bottom, state.py (the per-document context and
records), spans.py (clause and phrase boundaries), filters.py, then the readers of committers
(speakers, descriptions, resolve, subjects, attribution, nominals, instruments), records.py
(splitting, deadlines, merging), the steps of the pass over one sentence (cue_gates.py,
cue_subject.py, cue_speaker.py, cue_record.py), sentence.py (that pass: the steps in order),
and this module on top: extract_commitments, the pass order written out once.
"""

from __future__ import annotations

from briefgen.extract.commitments.cues import (
    CUE_RE,
    CUES,
    _doc_heads,
    find_cues,
)
from briefgen.extract.commitments.records import (
    _bullets,
    _merge,
)
from briefgen.extract.commitments.sentence import (
    _sentence,
)
from briefgen.extract.commitments.state import (
    _index,
    _Rec,
)
from briefgen.model import Actor, Commitment, DateMention, Document, View

# CUE_RE and CUES are read by views.py, find_cues by tests: the package's public names
__all__ = ["CUES", "CUE_RE", "extract_commitments", "find_cues"]


def extract_commitments(
    doc: Document, actors: list[Actor], dates: list[DateMention], views: list[View]
) -> list[Commitment]:
    """Every commitment in the article, in document order, duplicates merged."""
    ctx = _index(doc, actors, dates, views)
    ctx.heads = _doc_heads(doc.text)
    recs: list[_Rec] = []
    for sent in doc.sentences:
        _sentence(ctx, sent.span, recs)
    recs.extend(_bullets(ctx, recs))
    return _merge(ctx, recs)
