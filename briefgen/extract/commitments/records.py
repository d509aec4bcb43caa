"""What becomes of the readings: a list of actions split into records (_split_list), bullet
lists under a committing lead (_bullets), deadlines read from the dates (_deadline), amounts
(briefgen/extract/amounts.py) and the merging of the same commitment stated twice into one
record with both spans and its principals (_merge, _key, _add_principals).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import replace

from briefgen import rules
from briefgen.extract.amounts import find_amount
from briefgen.extract.commitments.patterns import (
    _OFFICIAL_TITLE,
    _POSSESSIVE_S,
    _STOPWORDS,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _Rec,
)
from briefgen.lazyre import lazy
from briefgen.model import Commitment, DateMention, Span

_DEADLINE_PREP = lazy(
    r"(?:\b(?:by|before|until|till|within|no\s+later\s+than|ahead\s+of|through|from|starting|"
    r"in|on|during|for)\s+(?:at\s+least\s+|the\s+end\s+of\s+|early\s+|mid-?\s*|late\s+)?)$",
    re.IGNORECASE,
)
_DEADLINE_FALLBACK = lazy(
    r"\b(?:by|before|until|no\s+later\s+than|within|ahead\s+of)\s+"
    r"(?:(?:at\s+least|the\s+end\s+of|early|mid|late)\s+)?"
    r"(?:(?:19|20)\d\d\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d\d\b)?|next\s+\w+|the\s+end\s+of\s+(?:the\s+|this\s+)?\w+|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few)\s+"
    r"(?:days|weeks|months|years)\b)",
    re.IGNORECASE,
)
# One of these is in every _DEADLINE_FALLBACK match (lowered, in ASCII text: "ı" matches "i")
_DEADLINE_FALLBACK_WORDS = ("by", "before", "until", "later", "within", "ahead")
_BULLET = lazy(r"^\s*(?:[-•*–·▪]|\(?\d{1,2}[.)]|\([a-z]\))\s+")
_LEAD_IN = lazy(r"(?:\b(?:the\s+)?following(?:\s+[\w-]+){0,3})?\s*:\s*$", re.IGNORECASE)

_STRENGTH_RANK = {
    "binding": 0,
    "agreement": 1,
    "pledge": 2,
    "reaffirmation": 3,
    "intention": 4,
    "ongoing": 5,
}

_DEADLINE_WORD = lazy(r"\s*(?:by|before|until|till|within|no|ahead)", re.IGNORECASE)

_LEAD_RELATIVE = lazy(r"(?:this|next|later\s+this|early\s+next)\b", re.IGNORECASE)

_SEMICOLON = lazy(r"(;\s*)")
_ITEM_CONJ = lazy(r"\s*(?:and\s+|or\s+)?")


def _deadline(ctx: _Ctx, span: Span, sent: Span, subj_end: int, strength: str) -> str | None:
    text = ctx.doc.text
    i = bisect.bisect_left(ctx.date_starts, sent[0])
    inside: list[DateMention] = []
    while i < len(ctx.dates) and ctx.dates[i].span[0] < sent[1]:
        d = ctx.dates[i]
        if span[0] <= d.span[0] and d.span[1] <= span[1]:
            inside.append(d)
        i += 1
    for d in inside:
        m = _DEADLINE_PREP.search(text[max(span[0], d.span[0] - 30) : d.span[0]])
        if m and _DEADLINE_WORD.match(m.group()):
            return text[d.span[0] - len(m.group()) : d.span[1]]
    low = text[span[0] : span[1]].lower()
    fb = (
        _DEADLINE_FALLBACK.search(text, span[0], span[1])
        if any(w in low for w in _DEADLINE_FALLBACK_WORDS) or not low.isascii()
        else None  # none of its prepositions: the common case, skipped without the regex
    )
    if fb:
        return fb.group()
    for d in inside:
        # a time the action is set for ("on April 15", "in 2022", "this summer"), not any date
        # in it: "from March's 2.1 mln", "per month", "the year before", "currently" are not
        if d.type == "SET" or d.value in ("PRESENT_REF", "PAST_REF"):
            continue
        if _POSSESSIVE_S.match(text[d.span[1] : d.span[1] + 2]):
            continue
        pre = _DEADLINE_PREP.search(text[max(span[0], d.span[0] - 30) : d.span[0]])
        lead = _LEAD_RELATIVE.match(d.text)
        if (pre and not re.match(r"\s*(?:from|for)\b", pre.group(), re.IGNORECASE)) or lead:
            return d.text
    # a date before the subject ("On Tuesday, A and B agreed …", "During a May 2 meeting, …")
    # tells when the agreement was made, not when it falls due: no deadline
    return None


# An amount inside a cause or circumstance belongs to another event ("… in the wake of a loss of
# $7 million", "after a $2 billion charge")
_DIGIT = lazy(r"\d")
_AMOUNT_STOP = lazy(
    r"\b(?:in\s+the\s+wake\s+of|because\s+of|due\s+to|as\s+a\s+result\s+of|owing\s+to|"
    r"following|after|amid|reflecting|despite|compared\s+with)\b",
    re.IGNORECASE,
)


# After ";": words that open a new clause rather than a further item of the same action
_NEW_CLAUSE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "they he she it we i you the this that these those there here thus then so but however "
        "meanwhile currently now still also last next later since while as in on at for by from "
        "after before when yet instead",
    )
)
_NEW_CLAUSE_PRONOUN = lazy(r"(?:\S+\s+){0,2}(?:they|he|she|it|we|i)\b", re.IGNORECASE)
_LIST_LEAD = lazy(r",?\s*(?:including|such\s+as|namely|as\s+follows)?\s*:\s*$", re.IGNORECASE)


def _list_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Base-form verbs that may head an item of a list of actions, and those of them that
    also open noun compounds (volitional_verbs.json: every group, plus "list_heads")."""
    verbs: set[str] = set()
    noun_too: set[str] = set()
    for e in rules.entries("volitional_verbs"):
        if e["id"] == "resolve":
            continue
        verbs.update(e.get("verbs", ()))
        verbs.update(e.get("list_verbs", ()))
        noun_too.update(e.get("noun_too", ()))
    return frozenset(verbs), frozenset(noun_too)


_LIST_VERBS, _NOUN_TOO = _list_heads()
# what stands right before an infinitive list: "agreed to", "will", "would also", "committed to:"
_INFINITIVE_BEFORE = lazy(
    r"(?:\bto|\bwill|\bwould|['’]ll|\bshall|\bmust|\bcan|:)\s*(?:also\s+|jointly\s+|further\s+)?"
    r"[\"“‘']?\s*$",
    re.IGNORECASE,
)
# where one item of a list of actions may end: ", ", ", and ", " and ", " as well as "
_ITEM_GAP = lazy(r",\s+(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+")
# an adverb before the next item's verb ("and then travel to Berlin", "and also share")
_ITEM_ADVERB = lazy(r"(?:then|later|also|jointly|together|eventually|subsequently|further)\s+")
_ITEM_WORD = lazy(r"[A-Za-z][\w’'-]*")
# after a head that also opens noun compounds: a complement only a verb takes (not "for",
# "on", "to": "praise for the crews and support for the victims" lists nouns)
_VERB_OBJECT_START = lazy(
    r"\s+(?:(?-i:[A-Z0-9$€£])|(?:the|a|an|its|their|his|her|our|your|this|that|these|those|"
    r"some|any|all|more|new|further|additional|every|each|both|up|down|out|off|back|"
    r"with|together|closely|jointly)\b)",
    re.IGNORECASE,
)
# a relative or subordinate clause inside an item: a conjunction after it may join its own
# verbs ("fight for workers who build roads and teach children"), so the list stops there
_CLAUSE_INSIDE = frozenset(
    ("who", "which", "that", "whom", "whose", "where", "if", "unless", "because", "whether",
     "while")
)


# -ing words that open a phrase, not an act of a gerund list ("…, including through …")
_ING_NOT_ACTS = frozenset(
    ("including", "according", "regarding", "concerning", "following", "during", "excluding",
     "pending", "beginning", "starting", "notwithstanding", "involving")
)


# after "to" inside an item: a noun phrase, no inner infinitive ("give aid to the victims")
_NOT_INFINITIVE = frozenset(
    ("the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
     "these", "those", "all", "some", "any", "each", "every", "both", "more", "new", "them",
     "him", "us", "it", "me", "you", "date", "be", "work", "school", "market", "power", "court")
)


def _item_head(text: str, s: int, e: int, gerund: bool) -> bool:
    """Does text[s:e] open a further item: a verb of the list (an -ing form when the list's
    first item is one), with a complement of its own?"""
    am = _ITEM_ADVERB.match(text, s, e)
    p = am.end() if am else s
    wm = _ITEM_WORD.match(text, p, e)
    if wm is None or not wm.group()[0].islower():
        return False
    if not text[wm.end() : e].strip():
        return False  # "buy and sell oil": a bare verb shares the object after it
    w = wm.group()
    if gerund:
        return w.endswith("ing") and len(w) > 5 and w not in _ING_NOT_ACTS
    if w not in _LIST_VERBS:
        return False
    return w not in _NOUN_TOO or _VERB_OBJECT_START.match(text, wm.end(), e) is not None


def _split_verbs(text: str, rec: _Rec) -> list[_Rec]:
    """ "agreed to cut tariffs, expand trade and share intelligence" → one record per verb
    with its own complement. A bare verb ("buy and sell oil"), a noun after the conjunction
    ("cut taxes and spending"), anything after a relative clause inside an item, and "or"
    (alternatives) keep one record. A deadline that closes the whole list ("… and share
    intelligence by 2020") covers every item (gold: "will boost imports and cut production …
    from next month" is one dated undertaking): the earlier items keep the list's end as tail."""
    s0, e0 = rec.span
    if e0 - s0 < 12:
        return [rec]
    fm = _ITEM_WORD.match(text, s0, e0)
    if fm is None or not fm.group()[0].islower():
        return [rec]
    first = fm.group()
    gerund = first.endswith("ing") and len(first) > 5
    if not gerund and first not in _LIST_VERBS:
        return [rec]
    if not _INFINITIVE_BEFORE.search(text, max(0, s0 - 24), s0):  # the dearest test last
        return [rec]
    cuts: list[tuple[int, int]] = []  # (end of an item, start of the next)
    start = s0
    for gm in _ITEM_GAP.finditer(text, s0, e0):
        if gm.start() <= start:
            continue
        words = [w.lower().strip(",\"“”") for w in text[start : gm.start()].split()]
        if any(w in _CLAUSE_INSIDE for w in words[1:]) or any(
            w == "to" and n[:1].isalpha() and n not in _NOT_INFINITIVE
            for w, n in itertools.pairwise(words[1:])
        ):
            # "fight for workers who build roads and teach children", "continue work on measures
            # to speed up the transition, lower demand and …": the verbs after are the clause's
            break
        if len(words) < 2:
            continue  # "buy and sell oil"
        nxt = gm.end()
        stop = _ITEM_GAP.search(text, nxt, e0)
        if _item_head(text, nxt, stop.start() if stop else e0, gerund):
            cuts.append((gm.start(), nxt))
            start = nxt
    if not cuts:
        return [rec]
    bounds = [(s0, cuts[0][0])]
    bounds += [(cuts[k][1], cuts[k + 1][0]) for k in range(len(cuts) - 1)]
    bounds.append((cuts[-1][1], e0))
    out = []
    for k, (s, e) in enumerate(bounds):
        while e > s and text[e - 1] in " \t,;":
            e -= 1
        tail = (bounds[-1][0], e0) if k < len(bounds) - 1 else None
        out.append(replace(rec, span=(s, e), spans=[], tail=tail))
    return out


def _split_list(text: str, rec: _Rec) -> list[_Rec]:
    """Every item of a list of actions, each its own record (_split_semicolons, _split_verbs)."""
    return [r for item in _split_semicolons(text, rec) for r in _split_verbs(text, item)]


def _split_semicolons(text: str, rec: _Rec) -> list[_Rec]:
    """ "X will a; b; and c" → one record per item; a new predicate after ";" ends the list,
    and "…, including: A; B; and C" lists the objects of one action (cut at the colon)."""
    seg = text[rec.span[0] : rec.span[1]]
    if ";" not in seg:
        return [rec]
    colon = seg.find(":", 0, seg.find(";"))
    if colon > 0:
        lm = _LIST_LEAD.search(seg, 0, colon + 1)
        e = rec.span[0] + (lm.start() if lm else colon)
        return [replace(rec, span=(rec.span[0], e))] if e > rec.span[0] else [rec]
    items: list[_Rec] = []
    pos = rec.span[0]
    for part in _SEMICOLON.split(seg):
        if not part.strip() or part.strip() == ";":
            pos += len(part)
            continue
        s, e = pos, pos + len(part)
        pos = e
        m = _ITEM_CONJ.match(text[s:e])
        s += m.end() if m else 0
        words = text[s:e].split(None, 1)
        first = words[0].lower().rstrip(",") if words else ""
        if items and (
            first.endswith(("ed", "ly"))
            or first in _NEW_CLAUSE_WORDS
            or not words[0][:1].islower()  # "…, Ohio; Charleston, S.C.; and …": places listed
            or _NEW_CLAUSE_PRONOUN.match(text, s, e)
        ):
            break
        items.append(replace(rec, span=(s, e), spans=[]))
    return items or [rec]


def _list_deadline(ctx: _Ctx, r: _Rec) -> str | None:
    """An earlier item's share of the deadline that closes its list: the last item's deadline
    when it stands at the list's very end ("cut tariffs, expand trade and share intelligence by
    2020"), else none ("cut tariffs, expand trade by 2020 and share intelligence": that date is
    the second item's own)."""
    if r.tail is None:
        return None
    d = _deadline(ctx, r.tail, r.sentence, r.subj_end, r.strength)
    if d is None:
        return None
    end = ctx.doc.text[r.tail[0] : r.tail[1]].rstrip(" \t.,;:\"”’'")
    return d if end.endswith(d) else None


def _bullets(ctx: _Ctx, out: list[_Rec]) -> list[_Rec]:
    """A lead-in ending in a cue and a colon ("The Parties commit to:") governs the bullets below;
    the lead-in itself ("the following", or nothing after "agreed to:") is no record of its own
    and is removed from out (so is an empty lead-in with no bullets after it)."""
    text = ctx.doc.text
    extra: list[_Rec] = []
    leads: list[_Rec] = []
    paras = ctx.doc.paragraphs
    by_para: dict[int, list[_Rec]] = {}
    for r in out:
        idx = ctx.doc.paragraph_index(r.span[0])
        if idx is not None:
            by_para.setdefault(idx, []).append(r)
    for i, p in enumerate(paras):
        recs = by_para.get(i)
        if not recs:
            continue
        lead = recs[-1]
        rest = text[lead.span[0] : p.span[1]].rstrip()
        if not rest.endswith(":") or not _LEAD_IN.search(
            text[lead.span[0] - 1 : p.span[1]].rstrip()
        ):
            continue
        if len(_LEAD_IN.sub("", rest).split()) > 1:
            continue
        for j in range(i + 1, len(paras)):
            q = paras[j]
            bm = _BULLET.match(text[q.span[0] : q.span[1]])
            if not (q.bullet or bm):
                break
            if by_para.get(j):
                continue
            s = q.span[0] + (bm.end() if bm else 0)
            e = q.span[1]
            while e > s and text[e - 1] in " \t.;,":
                e -= 1
            if text[e - 4 : e] == " and":
                e -= 4
            while e > s and text[e - 1] in " \t.;,":
                e -= 1
            extra.append(
                replace(lead, span=(s, e), sentence=q.span, spans=[], rule=lead.rule + "+bullet")
            )
            if not leads or leads[-1] is not lead:
                leads.append(lead)
    gone = {id(r) for r in leads}
    out[:] = [r for r in out if id(r) not in gone and r.span[1] > r.span[0]]
    return extra


_WORD = lazy(r"[a-z0-9]+")


def _key(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS}


def _add_principals(ctx: _Ctx, ids: list[str]) -> None:
    """An accord signed or agreed by officials ("Iraqi Deputy Prime Minister X and U.N.
    Secretary-General Y") binds the country or body each one holds office for."""
    for aid in list(ids):
        a = ctx.actors[aid]
        if a.kind != "person" or not _OFFICIAL_TITLE.search(a.title or ""):
            continue
        for name in (a.country, a.affiliation):
            cid = ctx.by_name.get((name or "").lower())
            if cid and cid not in ids and ctx.actors[cid].kind in ("country", "organization"):
                ids.append(cid)


def _merge(ctx: _Ctx, recs: list[_Rec]) -> list[Commitment]:
    """The same pledge in the lead and again later → one record with every span."""
    text = ctx.doc.text
    kept: list[tuple[_Rec, set[str]]] = []
    by_word: dict[str, list[int]] = {}
    for r in sorted(recs, key=lambda r: r.span):
        k = _key(text[r.span[0] : r.span[1]])
        # only earlier records sharing at least 3 key words can be the same pledge (in order)
        hits = Counter(
            itertools.chain.from_iterable(map(by_word.get, k, itertools.repeat(())))
        )
        for n in sorted(n for n, c in hits.items() if c >= 3):
            other, ok = kept[n]
            if not k or not ok or other.span == r.span:
                continue
            shared = len(k & ok) / min(len(k), len(ok))
            same_actors = (
                not r.actors or not other.actors or bool(set(r.actors) & set(other.actors))
            )
            if (
                shared >= 0.75
                and min(len(k), len(ok)) >= 3
                and same_actors
                and other.sentence != r.sentence
            ):
                other.spans.append(r.span)
                if _STRENGTH_RANK[r.strength] < _STRENGTH_RANK[other.strength]:
                    other.strength = r.strength
                for a in r.actors:
                    if a not in other.actors:
                        other.actors.append(a)
                break
        else:
            for w in k:
                by_word.setdefault(w, []).append(len(kept))
            kept.append((r, k))
    result = []
    for r, _ in kept:
        if r.strength in ("binding", "agreement") and len(r.actors) >= 2:
            _add_principals(ctx, r.actors)
        if _DIGIT.search(text, r.span[0], r.span[1]) is None:
            amount = None  # no digit, no amount: the stop phrase need not be sought
        else:
            stop = _AMOUNT_STOP.search(text, r.span[0], r.span[1])
            amount = find_amount(text, r.span[0], stop.start() if stop else r.span[1])
        result.append(
            Commitment(
                actors=tuple(r.actors),
                actor_text=r.actor_text,
                cue=r.cue,
                text=text[r.span[0] : r.span[1]],
                span=r.span,
                sentence=r.sentence,
                strength=r.strength,
                amount=amount[0] if amount else None,
                deadline=_deadline(
                    ctx,
                    r.span if r.front is None else (r.front, r.span[1]),
                    r.sentence,
                    r.subj_end,
                    r.strength,
                )
                or _list_deadline(ctx, r),
                source=r.source,
                spans=(r.span, *r.spans) if r.spans else (),
                rule=r.rule,
            )
        )
    return result
