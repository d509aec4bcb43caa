"""Descriptions resolved to actors: "the ministry", "the company", "the bloc", "the
candidate", courtesy titles, roles and heads of bodies (_kind_body, _conjoined_rival,
_speakers_own_body, _owner_of_unit, _last_firm, _courtesy_names, _body_named_for, _bloc,
_roles, _head_country), a sentence opener's subject and the previous sentence's subject
(_opener_subject, _prev_subject). Each is one reading _resolve_any tries.
"""

from __future__ import annotations

import bisect
import itertools
import re

from briefgen.extract import coref
from briefgen.extract.commitments.patterns import (
    _BLOC_HEADS,
    _COURTESY_NAME,
    _OPENER,
    _STOPWORDS,
    _SUBJECT_LEAD,
)
from briefgen.extract.commitments.speakers import (
    _by_surname,
    _speaker_body,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _entry_floor,
    _last_pos,
    _mentions_in,
    _view_at,
)
from briefgen.lazyre import lazy
from briefgen.model import Actor

# every head word of data/body_nouns.json: a name holding one is a body of that kind
_ALL_BODY_HEADS = frozenset(h for hs in coref.BODY_HEADS.values() for h in hs) | frozenset(
    ("corp", "inc", "co", "ltd", "plc", "company", "bank", "agency", "department", "ministry",
     "office", "commission", "committee", "council", "union", "institute", "news", "times")
)


_HEAD_FIRST = frozenset(("ministry", "department", "board", "council", "commission", "committee",
                         "office", "bureau", "agency", "court", "house", "bank", "union"))
_CONJOINED = lazy(r"(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?$|,\s*$")


def _kind_body(ctx: _Ctx, noun: str, pos: int) -> Actor | None:
    """The named body "the ministry", "the board", "the company" refers to: the latest one of
    that kind (coref.Descriptions.org_of_kind; also a name that opens with the kind noun,
    "Ministry of Health", "Board of Elections"), within the live-blog entry; None when two of
    that kind are named side by side in that sentence ("Acme and Zenith said … The company
    plans"): which one is meant is a guess."""
    co = coref.descriptions(ctx.doc, ctx.actor_list)
    floor = _entry_floor(ctx, pos)
    hit = co.org_of_kind(noun, pos, window=min(3000, pos - floor) if floor else 3000)
    low = noun.lower()
    if hit is None and low in _HEAD_FIRST:
        # "the Ministry of Health … the ministry": the head noun opens the name
        i = bisect.bisect_left(ctx.starts, pos) - 1
        while i >= 0 and ctx.mentions[i][0] >= max(pos - 3000, floor):
            a = ctx.actors[ctx.mentions[i][2]]
            w = a.name.lower().split()
            if a.kind == "organization" and len(w) > 2 and w[0] == low and w[1] == "of":
                hit = a
                break
            i -= 1
    if hit is None or _conjoined_rival(ctx, hit.id, pos, noun):
        return None
    return hit


def _conjoined_rival(ctx: _Ctx, aid: str, pos: int, noun: str) -> bool:
    """Is the body aid, at its latest mention before pos, conjoined with another of the kind
    noun names ("Acme Corp. and Zenith Inc. reported …")?"""
    sent = ctx.doc.sentence_at(_last_pos(ctx, pos, aid))
    if sent is None:
        return False
    low = noun.lower()
    heads = frozenset(coref.BODY_HEADS.get(low) or (low,))

    def fits(a: Actor) -> bool:
        if a.kind != "organization":
            return False
        words = {w.strip(".,").lower() for w in a.name.split()}
        if low in ("company", "firm", "corporation"):
            return not _NOT_FIRM_WORDS.intersection(words)
        return bool(heads & words)

    same = [m for m in _mentions_in(ctx, *sent.span) if m[0] < pos]
    text = ctx.doc.text
    for (_s1, e1, a1), (s2, _e2, a2) in itertools.pairwise(same):
        if (
            aid in (a1, a2)
            and a1 != a2
            and _CONJOINED.fullmatch(text, e1, s2) is not None
            and fits(ctx.actors[a1])
            and fits(ctx.actors[a2])
        ):
            return True
    return False


def _speakers_own_body(ctx: _Ctx, pos: int) -> str | None:
    """ "Sinn Fein chairman X says the party will …": a body named by its kind, none of that
    kind named, inside reported speech is the body its speaker is described by (an
    organisation before the title, an appositive, the affiliation) whose name shows no
    other kind of body."""
    v = _view_at(ctx, pos)
    if v is None or v.direct or v.speaker is None or v.speaker not in ctx.actors:
        return None
    a = ctx.actors[v.speaker]
    if a.kind != "person":
        return None
    cands = _speaker_body(ctx, a.id, pos)
    aff = ctx.by_name.get((a.affiliation or "").lower())
    if aff is not None and aff not in cands:
        cands.append(aff)
    for bid in cands:
        b = ctx.actors[bid]
        words = {w.lower().strip(".,") for w in b.name.split()[1:]}
        if b.kind == "organization" and not words & _ALL_BODY_HEADS:
            return bid
    return None


# "Acme's semiconductor business, VTC Inc.,": a unit named in apposition to its owner's noun
_UNIT_APPOSED = lazy(
    r"[’']s\s+(?:[\w-]+\s+){0,3}(?:business|unit|subsidiary|division|arm|affiliate|operation)"
    r",\s+$",
    re.IGNORECASE,
)
# name words of bodies that are no firm: "the company" never names them
_NOT_FIRM_WORDS = frozenset((
    "department", "ministry", "agency", "party", "union", "court", "campaign", "committee",
    "commission", "council", "administration", "government", "congress", "senate", "house",
    "parliament", "university", "college", "school", "association", "federation", "league",
    "police", "army", "navy", "guard", "bureau", "board", "foundation", "institute", "center",
    "centre", "office", "service", "fund", "coalition", "alliance", "organization",
    "organisation", "nations", "church", "times", "post", "journal", "news",
))


def _owner_of_unit(ctx: _Ctx, aid: str, pos: int) -> str | None:
    """The owner of a unit whose latest mention before pos is apposed to "X's <unit noun>,"."""
    at = _last_pos(ctx, pos, aid)
    text = ctx.doc.text
    if at < 0 or _UNIT_APPOSED.search(text, max(0, at - 60), at) is None:
        return None
    i = bisect.bisect_left(ctx.starts, at) - 1
    if i >= 0 and ctx.mentions[i][0] >= at - 60:
        owner = ctx.actors[ctx.mentions[i][2]]
        if owner.kind == "organization" and owner.id != aid:
            return owner.id
    return None


def _last_firm(ctx: _Ctx, pos: int) -> str | None:
    """The latest organisation before pos whose name shows no other kind of body: the firm
    "the company" names when no name shows a firm's suffix ("Ameriquest … the company")."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    while i >= 0 and ctx.mentions[i][0] >= pos - 3000:
        a = ctx.actors[ctx.mentions[i][2]]
        if a.kind == "organization" and not _NOT_FIRM_WORDS.intersection(
            w.strip(".,").lower() for w in a.name.split()
        ):
            return a.id
        i -= 1
    return None


def _courtesy_names(ctx: _Ctx, start: int, end: int) -> list[str]:
    """The people "Mr./Ms. <surname>" names in text[start:end] where the actors stage marked
    no mention: the one person of that surname (courtesy-title copy names a person in full
    once, then by the title and surname alone)."""
    found = []
    covered = _mentions_in(ctx, start, end)
    for m in _COURTESY_NAME.finditer(ctx.doc.text, start, end):
        if any(ms <= m.start("n") < me for ms, me, _a in covered):
            continue
        pid = _by_surname(ctx, m.group("n"))
        if pid is not None and ctx.actors[pid].kind == "person":
            found.append(pid)
    return found


def _body_named_for(ctx: _Ctx, words: str) -> str | None:
    """The one organisation whose name holds every content word of what a described body
    stands for ("flight attendants" → "Association of Flight Attendants"), else None."""
    want = [w for w in words.lower().split() if w not in _STOPWORDS]
    if not want:
        return None
    found = {
        a.id
        for a in ctx.actor_list
        if a.kind in ("organization", "group")
        and all(w in a.name.lower().split() for w in want)
    }
    return found.pop() if len(found) == 1 else None


_OPENER_END = lazy(r"[^,;:“”\"]{3,160},\s*$")


def _opener_subject(ctx: _Ctx, start: int, kinds: tuple[str, ...], pronoun: str) -> str | None:
    """The actor that is the subject of an opening time/reason clause, when the pronoun at
    `start` opens the main clause right after it ("Since Acme bought Globex, it …": Acme)."""
    sent = ctx.doc.sentence_at(start)
    if sent is None:
        return None
    s0 = sent.span[0]
    text = ctx.doc.text
    om = _OPENER.match(text, s0, start)
    if om is None or not _OPENER_END.match(text, om.end(), start):
        return None
    i = bisect.bisect_left(ctx.starts, om.end())
    if i >= len(ctx.mentions) or ctx.mentions[i][0] != om.end():
        return None
    a = ctx.actors[ctx.mentions[i][2]]
    if a.kind not in kinds or (a.kind == "person" and not coref.agrees(ctx.gender, a, pronoun)):
        return None
    return a.id


_HEAD_TITLE = lazy(
    r"\b(?:leader|president|prime\s+minister|premier|king|queen|chancellor|emir|sultan|"
    r"secretary\s+of\s+state|foreign\s+minister)$",
    re.IGNORECASE,
)

# "a lawyer for X, Y", "X's attorney, Y": X is "his client", Y "her lawyer"
_COUNSEL_FOR = lazy(
    r"\b(?:attorney|lawyer|counsel)\s+(?:for|to|representing)\s+$", re.IGNORECASE
)
_COUNSEL = r"[’']s?\s+(?:(?:defen[cs]e|longtime|personal)\s+)?(?:attorney|lawyer)"
_COUNSEL_OF = lazy(_COUNSEL + r"\b")
_APPOSED = lazy(f"(?:{_COUNSEL})?" + r",\s+")
_ROLE_BEFORE = lazy(r"(?:^|[\s(])(?P<r>[a-z]{3,}),?\s+$")
_NOT_ROLE = frozenset(
    re.findall(
        r"\w+",
        "and the said says told with from for but that who whom whose when where said says added "
        "asked by than like about against between including according called named",
    )
)


def _bloc(ctx: _Ctx, noun: str, pos: int) -> Actor | None:
    heads = _BLOC_HEADS[noun]
    i = bisect.bisect_left(ctx.starts, pos) - 1
    while i >= 0 and ctx.mentions[i][0] >= pos - 3000:
        a = ctx.actors[ctx.mentions[i][2]]
        if a.kind == "organization" and heads.intersection(a.name.lower().split()):
            return a
        i -= 1
    return None


def _prev_subject(ctx: _Ctx, pos: int, pronoun: str) -> str | None:
    """ "X has called for the repeal of Y. He proposes …": a pronoun opening its sentence
    refers to the person opening the sentence before (its subject), not to the latest person
    named there (an object); None when that sentence opens with no such person."""
    doc = ctx.doc
    sent = doc.sentence_at(pos)
    if sent is None or doc.text[sent.span[0] : pos].strip():
        return None  # not the sentence's first word, or inside a quote (another's words)
    p = sent.span[0] - 1
    while p > 0 and doc.text[p].isspace():
        p -= 1
    before = doc.sentence_at(p) if p > 0 else None
    if before is None or before is sent or before.span[0] < _entry_floor(ctx, pos):
        return None
    k = bisect.bisect_left(ctx.starts, before.span[0])
    if k >= len(ctx.mentions) or ctx.mentions[k][0] >= before.span[1]:
        return None
    a = ctx.actors[ctx.mentions[k][2]]
    if pronoun.lower() == "it":
        if a.kind not in ("organization", "country"):
            return None  # "It" after a sentence a body or a country opens
    elif a.kind != "person" or not coref.agrees(ctx.gender, a, pronoun):
        return None
    if _SUBJECT_LEAD.fullmatch(doc.text, before.span[0], ctx.mentions[k][0]) is None:
        return None  # "After meeting X, Y said …": X opens no subject
    return a.id


def _head_country(ctx: _Ctx, aid: str) -> str | None:
    """The country of a head of state or government ("Libyan leader X", "President Y of Z")."""
    a = ctx.actors[aid]
    if a.kind != "person" or not a.country or not _HEAD_TITLE.search(a.title or ""):
        return None
    cid = ctx.by_name.get(a.country.lower())
    return cid if cid and cid != aid else None


def _roles(ctx: _Ctx) -> dict[str, str]:
    """Role nouns each bound to one person by the text: "his father, X", "the boy's father X",
    or a title; a role that names two people is dropped."""
    if ctx.roles is None:
        text = ctx.doc.text
        found: dict[str, set[str]] = {}
        for s, _e, aid in ctx.mentions:
            if ctx.actors[aid].kind != "person":
                continue
            rb = _ROLE_BEFORE.search(text, max(0, s - 25), s)
            if rb and rb.group("r") not in _NOT_ROLE:
                found.setdefault(rb.group("r"), set()).add(aid)
        for a in ctx.actors.values():
            if a.kind == "person" and a.title:
                found.setdefault(a.title.split()[-1].lower(), set()).add(a.id)
        people = [m for m in ctx.mentions if ctx.actors[m[2]].kind == "person"]
        for n, (s, e, aid) in enumerate(people):
            # "a lawyer for X, Y" / "X's attorney, Y": X is "his client", Y "her lawyer"
            if _COUNSEL_FOR.search(text, max(0, s - 20), s) or _COUNSEL_OF.match(text, e):
                found.setdefault("client", set()).add(aid)
                nxt = people[n + 1] if n + 1 < len(people) else None
                if nxt and nxt[0] - e <= 20 and _APPOSED.fullmatch(text, e, nxt[0]):
                    for r in ("attorney", "lawyer", "counsel"):
                        found.setdefault(r, set()).add(nxt[2])
        ctx.roles = {r: next(iter(ids)) for r, ids in found.items() if len(ids) == 1}
    return ctx.roles
