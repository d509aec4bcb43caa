"""From a _Found to a View (_view): the speaker resolved, the content cut, coordinated speakers
("Roe, a Democrat, and Doe, a Republican, said"), the issuer of a statement and the sender of a
letter; _join_parts joins a quote split around its attribution into one view.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import replace

from briefgen.extract.quotes import Quote
from briefgen.extract.views.clauses import _one_spaced
from briefgen.extract.views.descriptions import _joint
from briefgen.extract.views.mention import _resolve
from briefgen.extract.views.patterns import _CONNECTOR, _TWO_WORDS, _Found
from briefgen.extract.views.pronouns import _TITLES_ONLY, _role_kind
from briefgen.extract.views.speakers import _TITLE_BEFORE, _para_of, _Resolver
from briefgen.extract.views.units import _content, _plausible, _strip
from briefgen.lazyre import lazy
from briefgen.model import Actor, Document, Span, View

# A one-word answer to a reported question ("Asked if A, X said no.").
_ANSWER = lazy(r"(?:yes|no)\b", re.IGNORECASE)


def _join_parts(
    doc: Document, views: list[View], quotes: list[Quote], starts: list[int]
) -> list[View]:
    """One view for a quote split by its attribution within a paragraph.

    “A,” she said. “B.” and “A,” she said, “B.” are one attribution whose content has two
    parts (the convention of attribution corpora); the later parts go to `spans`."""
    out: list[View] = []
    for v in views:
        k = len(out) - 1
        if k > 0 and out[k].rule == "verb-relative" and v.rule == "quote-continued":
            k -= 1  # “A,” said X, who said B. “C.”: C goes on the quote, not the clause
        w = out[k] if k >= 0 else None
        if (
            w is not None
            and v.speaker_span is not None
            and v.speaker_span == w.speaker_span
            and (v.rule == "quote-continued" or w.rule == "verb-split")
            and (
                _para_of(doc, v.span[0]) == _para_of(doc, w.span[0])
                or v.rule == "quote-continued" and _runs_on(doc, w, v, quotes, starts)
            )
        ):
            parts = (*w.spans, v.span, *v.spans)
            out[k] = dataclasses.replace(
                w, spans=parts, direct=_direct(w.span, quotes, starts) or v.direct
            )
            continue
        out.append(v)
    return out


def _runs_on(
    doc: Document, w: View, v: View, quotes: list[Quote], starts: list[int]
) -> bool:
    """Is v the next paragraph of the quote w ends in (a paragraph that ends inside an open
    quote continues in the next one that opens with a quote mark)? One attribution, one view:
    its later paragraphs go to `spans`, as a quote split by its attribution does."""
    last = (w.spans or (w.span,))[-1]
    i = bisect.bisect_right(starts, v.span[0]) - 1
    if i < 0 or not quotes[i].continued or quotes[i].inner[1] < v.span[1]:
        return False
    j = bisect.bisect_right(starts, last[0]) - 1
    return (
        j == i - 1
        and not quotes[j].closed
        and quotes[j].inner[0] <= last[0]
        and _para_of(doc, v.span[0]) == _para_of(doc, last[0]) + 1
    )


def _view(
    res: _Resolver, f: _Found, pi: int, doc: Document, quotes: list[Quote], starts: list[int]
) -> View | None:
    """A View from an attribution: content trimmed, speaker resolved, role and kind set."""
    text = doc.text
    span = _content(text, *f.content, quotes, starts)
    more = (
        tuple(p for p in (_content(text, *c, quotes, starts) for c in f.more) if p[1] > p[0])
        if f.more
        else ()
    )
    if span[1] <= span[0] or (
        f.rule != "label"
        and not _TWO_WORDS.search(text, *span)
        and not (f.rule in {"verb-asked", "verb-contrast"} and _ANSWER.fullmatch(text, *span))
        and not (f.rule in {"according-to-mid", "verb-parenthetical"} and more)
    ):
        return None
    if f.speaker is not None and f.speaker[1] - f.speaker[0] > 12:
        f = _issuer_subject(res, f)
    if f.speaker is not None and f.cue.endswith("ing") and f.speaker[0] > 12:
        f = _sender_subject(res, f)
    actor, prev = _resolve(res, f, pi, doc)
    joint = _joint(res, f, pi, doc, prev)
    co = _coordinated(res, f) if f.speaker is not None and len(joint) < 2 else None
    if co is None and f.speaker is not None and len(joint) < 2 and text.endswith(
        "nor ", 0, f.speaker[0]
    ):
        co = _neither_nor(res, f)
    if co is not None:
        f = replace(f, speaker=co[0])
        joint = co[1]
        actor = res.actor(joint[0])
    if joint and (len(joint) > 1 or actor is None):
        actor = res.actor(joint[0])
    role, affiliation, kind = _role_kind(text, f, actor)
    if prev is not None and (actor is None or (role is None and prev.speaker == actor.id)):
        role, affiliation, kind = prev.role, prev.affiliation, prev.kind
    if len(joint) > 1:
        role = None
    sp = f.speaker
    return View(
        speaker=actor.id if actor else None,
        speakers=joint if len(joint) > 1 else (),
        speaker_text=text[sp[0] : sp[1]] if sp else "",
        speaker_span=sp,
        role=role,
        affiliation=affiliation,
        kind=kind,
        direct=_direct(span, quotes, starts),
        cue=_one_spaced(f.cue),
        text=text[span[0] : span[1]],
        span=span,
        rule=f.rule,
        spans=more,
    )


# ", and " or " and " right before a speaker: a conjunct may stand before it.
_AND_END = lazy(r",?\s+and\s+$")
_OPENS_LIST = (" like", " including", " such as", " among them", ",")


def _conjunct_person(res: _Resolver, cs: int, ce: int) -> Actor | None:
    """The person a conjunct names: a mention opening it (after title words only) and ending
    it or its name before an appositive ("Sen. Jane Roe, Democrat of Ruritania")."""
    text = res.text
    for ms, me, a in res.covering(cs, ce):
        if a.kind != "person" or ms < cs or me > ce:
            continue
        if _TITLES_ONLY.fullmatch(text, cs, ms) is None:
            continue
        rest = text[me:ce]
        if not rest.strip() or rest.startswith(","):
            return a
    return None


# "Neither Roe nor Doe would say", "neither Messrs. Roe nor Doe said": the subject scan stops
# at "nor"; the left conjunct is one name (titles allowed) after "neither".
_NEITHER = lazy(r"\b[Nn]either\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+nor\s+$")
_NOR_KINDS = frozenset({"person", "organization", "country", "group"})


def _neither_nor(res: _Resolver, f: _Found) -> tuple[Span, tuple[str, ...]] | None:
    """Both names of "neither A nor B" as one speaker: the span widened to both, their ids."""
    assert f.speaker is not None
    text = res.text
    ss, se = f.speaker
    if not text.endswith("nor ", 0, ss):
        return None
    m = _NEITHER.search(text, max(0, ss - 80), ss)
    if m is None:
        return None
    ls, le = m.span(1)
    left = [a for ms, me, a in res.covering(ls, le) if ms >= ls and me == le
            and a.kind in _NOR_KINDS]
    right = [a for ms, me, a in res.covering(ss, se) if ms >= ss and me == se
             and a.kind in _NOR_KINDS]
    if not left or not right or left[-1].id == right[-1].id:
        return None
    return (m.start(), se), (left[-1].id, right[-1].id)


def _coordinated(res: _Resolver, f: _Found) -> tuple[Span, tuple[str, ...]] | None:
    """Two people, each with an appositive, as one subject: "Jane Roe, a Democrat, and John
    Doe, a Republican, said", "critics, like Senators Roe, of Ruritania, and Doe, of Utopia,
    say": both speak. The speaker span widened to both, and their ids; else None.

    The first conjunct must open its clause (or follow "like", "including", "such as" or a
    comma): in "the mayor thanked Roe, the chief, and Doe said" Roe is an object."""
    assert f.speaker is not None
    text = res.text
    ss, se = f.speaker
    k = text.find(", and ", ss, se)
    if k >= 0:
        left, right = (ss, k), (k + 6, se)
    else:
        m = _AND_END.search(text, max(0, ss - 8), ss)
        if m is None:
            return None
        k = m.start()
        c = text.rfind(",", max(0, k - 120), k)
        left = (-1, k)
        right = (ss, se)
        # The left conjunct: a person named right before the "and" or before its appositive.
        for ms, me, a in res.covering(max(0, k - 160), k):
            if a.kind == "person" and (me == k or (me == c and "." not in text[c:k])):
                left = (ms, k)
        if left[0] < 0:
            return None
        t = _TITLE_BEFORE.search(text, max(0, left[0] - 30), left[0])
        if t is not None:
            left = (t.start(), k)
    if not (text[left[1] : left[1] + 1] == "," or f.appos is not None or k < ss):
        return None
    first = _conjunct_person(res, *left)
    second = _conjunct_person(res, *right)
    if first is None or second is None or first.id == second.id:
        return None
    i = bisect.bisect_right(res.sent_starts, left[0]) - 1
    lo = res.sent_starts[i] if i >= 0 else 0
    gap = text[lo : left[0]].rstrip()
    if gap and not gap.endswith(_OPENS_LIST):
        cm = _CONNECTOR.match(text, lo, left[0])
        if cm is None or text[cm.end() : left[0]].strip():
            return None
    return (left[0], se), (first.id, second.id)


# "Roe issued a statement saying …", "The city put out a statement on Friday arguing …": the
# subject speaks through the document; the verb phrase is no part of the speaker.
_ISSUED_DOC = lazy(
    r"(?:^|(?<=\s))(?:issued|released|put\s+out|sent|posted|published)\s+(?:a|an|the|its|his|"
    r"her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|paper|memo|release|message|video|"
    r"report)s?(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:late|early)\s+\w+)?$"
)


def _issuer_subject(res: _Resolver, f: _Found) -> _Found:
    """The subject before "issued a statement" (in the speaker span, else opening the
    sentence) as the speaker of its participle ("…, saying that …")."""
    assert f.speaker is not None
    text = res.text
    ss, se = f.speaker
    m = _ISSUED_DOC.search(text, ss, se)
    if m is None:
        return f
    sub = _strip(text, ss, m.start(), ",")
    if sub[1] <= sub[0]:
        k = bisect.bisect_right(res.sent_starts, ss) - 1
        lo = res.sent_starts[k] if k >= 0 else 0
        sub = _strip(text, lo, ss, ",")
        comma = text.rfind(", ", sub[0], sub[1])
        if comma >= 0:
            # "Shortly after the vote, Senate leader Jane Roe (R-Ohio) issued …"
            sub = _strip(text, comma + 1, sub[1])
        if sub[1] <= sub[0] or text.count(" ", *sub) > 8:
            return f
    if text[sub[1] - 4 : sub[1]] in {" who", "that"} or text.endswith(" which", 0, sub[1]):
        return f  # "One of the doctors who sent the letter called …": a relative clause
    return dataclasses.replace(f, speaker=sub, head=sub if f.head == f.speaker else f.head)


# "Roe sent a letter to the council saying …": the participle is the sender's, the council
# only receives the letter.
_SENT_TO = lazy(
    r"(?:^|(?<=\s))(?:sent|wrote|faxed|e-?mailed|mailed|delivered|addressed|handed)\s+(?:a|an|"
    r"the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|memo|note|fax|e-?mail|"
    r"message|petition|complaint|request)s?\s+to\s+$"
)


def _sender_subject(res: _Resolver, f: _Found) -> _Found:
    """The subject of "sent a letter to X" as the speaker of the participle after X (found
    by the left scan as X): the clause's subject, after a fronted phrase's comma."""
    assert f.speaker is not None
    text = res.text
    ss = f.speaker[0]
    m = _SENT_TO.search(text, max(0, ss - 90), ss)
    if m is None:
        return f
    k = bisect.bisect_right(res.sent_starts, m.start()) - 1
    lo = res.sent_starts[k] if k >= 0 else 0
    sub = _strip(text, lo, m.start(), ",")
    comma = text.rfind(", ", sub[0], sub[1])
    if comma >= 0:
        sub = _strip(text, comma + 1, sub[1])  # "Earlier that day, the Roe family sent …"
    if sub[1] <= sub[0] or text.count(" ", *sub) > 8 or not _plausible(text, *sub):
        return f
    if text[sub[1] - 4 : sub[1]] in {" who", "that"} or text.endswith(" which", 0, sub[1]):
        return f
    return dataclasses.replace(f, speaker=sub, head=sub, appos=None)


def _direct(span: Span, quotes: list[Quote], starts: list[int]) -> bool:
    """A view is direct when at least half of its characters are quoted words (the gold
    convention: mostly-quoted reported speech counts as direct)."""
    s, e = span
    if e <= s:
        return False
    i = max(bisect.bisect_right(starts, s) - 1, 0)
    covered = 0
    while i < len(quotes) and quotes[i].outer[0] < e:
        qs, qe = quotes[i].inner
        covered += max(0, min(qe, e) - max(qs, s))
        i += 1
    return covered * 2 >= e - s
