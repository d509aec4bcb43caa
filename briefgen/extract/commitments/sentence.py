"""The sentence pass: _sentence runs every cue of one sentence through the steps that read it —
the cue gates (cue_gates.py: negation, names and nouns, hypotheticals, the modal's verb, readers
of their own), the committer (cue_subject.py and cue_speaker.py: the subject, its gates, the
speaker a pronoun stands for), and the record (cue_record.py: strength, committers, action,
other parties) — then gives the sentence's records their source and appends them. Each step
takes the sentence's state (_Sent) and the cue's (_CueWork); a gate returns True to drop it.
"""

from __future__ import annotations

from briefgen.extract.commitments.attribution import (
    _accorded,
)
from briefgen.extract.commitments.cue_gates import (
    _agreement_gates,
    _modal_context,
    _modal_verb,
    _negated,
    _nominal_cue,
    _open_cue,
    _other_verb_gates,
    _reader_cue,
    _verb_gates,
    _word_gates,
)
from briefgen.extract.commitments.cue_record import (
    _action,
    _add_record,
    _committers,
    _other_parties,
    _under_deal_record,
)
from briefgen.extract.commitments.cue_speaker import (
    _source_speaker,
)
from briefgen.extract.commitments.cue_subject import (
    _agent_and_handover,
    _bound_parties,
    _closing_speaker,
    _coordinated_subject,
    _modal_subject,
    _narrative_gates,
    _quote_gates,
    _read_subject,
    _shared_subject,
    _subject_gates,
    _subject_text_gates,
)
from briefgen.extract.commitments.cues import (
    _sentence_cues,
)
from briefgen.extract.commitments.filters import (
    _CARRY_SUBJECT,
    _ODD_FOLD,
    _UNDER_DEAL,
    _characterised,
)
from briefgen.extract.commitments.records import (
    _split_list,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _Rec,
    _Sent,
)
from briefgen.model import Span

_MAX_CUES = 16


def _sentence(ctx: _Ctx, sent: Span, out: list[_Rec]) -> None:
    """Reads every cue of one sentence into records, step by step, and appends them to out."""
    text = ctx.doc.text
    # A news sentence holds at most a handful of cues (5 in ~1,200 texts); each cue reads the
    # sentence back to its start, so a 1,500-character run of "will try to" cost 40 ms per KB
    # (issue 8). Past _MAX_CUES the rest of the sentence is no list of undertakings.
    cues = _sentence_cues(ctx.heads, text, sent[0], sent[1])[:_MAX_CUES]
    # (read only together with `out`, which this function extends only at its end)
    carry = _CARRY_SUBJECT.match(text, sent[0], sent[0] + 12) if out else None
    under = _UNDER_DEAL.match(text, sent[0], sent[1])
    if not cues and not (carry and out) and not under:
        return
    if text[sent[0] : sent[1]].rstrip(" \t\n\"”’'").endswith("?"):
        return  # a question asserts no commitment ("Is he willing to change?")
    slow = text[sent[0] : sent[1]].lower()
    # the lowered sentence as a gate for case-blind patterns: a necessary word absent, the
    # pattern cannot match (None when a letter folds to ASCII only under IGNORECASE: "ı", "ſ")
    sfold = (
        None
        if len(slow) != sent[1] - sent[0] or (not slow.isascii() and _ODD_FOLD.search(slow))
        else slow
    )
    st = _Sent(ctx, text, sent, [], sent[0], under, slow, sfold)
    for m in cues:
        # the cue itself: the words it is made of and the words before it
        c = _open_cue(st, m)
        if c is None or _negated(st, c) or _word_gates(st, c) or _nominal_cue(st, c):
            continue
        if _verb_gates(st, c):
            continue
        if c.cue.modal:
            if _modal_verb(st, c) or _modal_context(st, c):
                continue
        elif _other_verb_gates(st, c):
            continue
        if _agreement_gates(st, c) or _reader_cue(st, c):
            continue
        # the committer: the subject, its gates, the speaker a pronoun stands for
        if _read_subject(st, c):
            continue
        _shared_subject(st, c)
        if _subject_gates(st, c) or _narrative_gates(st, c):
            continue
        _coordinated_subject(st, c)
        if _subject_text_gates(st, c) or _source_speaker(st, c):
            continue
        _closing_speaker(st, c)
        if _agent_and_handover(st, c) or _quote_gates(st, c):
            continue
        if _modal_subject(st, c) or _bound_parties(st, c):
            continue
        # the record: strength and committers, the action, the other parties
        if _committers(st, c) or _action(st, c):
            continue
        _other_parties(st, c)
        _add_record(st, c)
    recs = st.recs
    if under and not recs:
        _under_deal_record(st)
    acc_src = _accorded(st) if recs or (out and carry) else []
    for r in recs:
        if r.source is None and acc_src:
            r.source = acc_src[0]
    # "They stressed ..., according to a ministry statement": the attribution covers the run
    if acc_src and out and carry:
        for r in reversed(out):
            if r.sentence[1] <= sent[0] and sent[0] - r.sentence[1] < 400 and r.source is None:
                r.source = acc_src[0]
            else:
                break
    for r in recs:
        if not _characterised(ctx, r):
            out.extend(_split_list(text, r))
