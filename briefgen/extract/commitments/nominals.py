"""Nominal commitments: "X's decision to", "their pledge of", "a plan by X to" — the owner
of a possessive or a clause (_possessor, _clause_owner) and the record a nominal cue makes
(_nominal, _nominal_rec).
"""

from __future__ import annotations

import bisect
import re

from briefgen.extract import coref
from briefgen.extract.commitments.attribution import (
    _named,
    _past_year,
    _surface_actor,
)
from briefgen.extract.commitments.cues import (
    _Cue,
)
from briefgen.extract.commitments.patterns import (
    _COORD,
    _DROPPED,
    _FIRST_WORD,
    _LEAD_THE,
    _MAIN_VERB_AFTER,
    _NAMED_POSSESSOR,
    _NEG,
    _POSSESSIVE,
    _PRONOUN,
    _PRONOUN_OPEN,
)
from briefgen.extract.commitments.resolve import (
    _group,
    _resolve,
)
from briefgen.extract.commitments.spans import (
    _text_end,
    _trim,
)
from briefgen.extract.commitments.speakers import (
    _by_surname,
    _first_person,
    _we,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _last_of,
    _Rec,
)
from briefgen.extract.commitments.subjects import (
    _subject,
)
from briefgen.lazyre import lazy
from briefgen.model import Span

_PLAN_NOUN = lazy(r"(?:plans?|proposals?|decision|pledge|promise)\s", re.IGNORECASE)
_EFFECT_MODAL = lazy(r"\s+(?:\w+ly\s+)?(?:would|could|might|may)$", re.IGNORECASE)
_GIVEN_UP = lazy(
    r"\s+(?:\w+ly\s+)?(?:abandon|scrap|dropp|shelv|cancel|withdrawn|reject|block|revers|"
    r"rescind|revok|suspend|halt|struck|overturn)",
    re.IGNORECASE,
)

# "the U.S. government decision to": a determiner, a name and a head noun, the pledge noun next
_MODIFIER_NP = lazy(r"\b(?:the|an?)\s+(?P<np>(?:[\w.’'-]+\s+){0,3}?[\w.-]+)\s+$", re.IGNORECASE)

# A clause opened by the pledge noun ("His determination to act … inflamed …", "experts say
# her plans to … would …"): the sentence judges the pledge's effects; it is no new undertaking.
_CLAUSE_OPEN = lazy(
    r"\b(?:that|says?|said|yet|but|and|so|however|though|although|while)[\s,]+[`‘“\"'(]*$",
    re.IGNORECASE,
)
# Its main verb after the infinitive clause: past, conditional, or "… notwithstanding"
_FINITE_AFTER = lazy(
    r"[\s,]+(?:notwithstanding|aside)\b|(?<=[a-z])\s+(?:\w+ly\s+)?(?:(?:would|could|might|may|was|"
    r"were|had)\b|(?-i:[a-z]{3,}ed)\s+(?:the|a|an|his|her|its|their|to|by|in|on|with)\b)",
    re.IGNORECASE,
)

_THE_NP_END = lazy(r"\bthe\s+(?:[\w-]+\s+){0,2}?[\w-]+$")
_LIST_GAP = lazy(r"(?:,|;|\band)\s+(?:[\w.’'-]+\s+){0,8}$")

# "Japan's pledge to … was welcomed by …": how the pledge was received, the pledge stands
# the main verb of a clause opened by a pledge noun, told in a form _FINITE_AFTER leaves alone
# (an irregular past, a present of judgement): "… to cut emissions by 2050 drew praise"
_NOMINAL_MAIN = lazy(
    r"(?<=[a-z0-9%.])\s+(?:\w+ly\s+)?(?:drew|won|got|met|faced|faces|came|became|brought|"
    r"remains|remained|stands|stood|seems|seemed|appears|appeared|sparked|prompted|triggered|"
    r"earned|proves|proved|shows|showed|suggests|suggested|underscores|underscored|"
    r"has\s+(?:drawn|"
    r"won|faced|sparked|prompted|met|become|come|been)|have\s+(?:drawn|won|faced|sparked|"
    r"prompted|met|become|come|been))\s+(?!to\b)",
)

# a fronted prepositional phrase that holds the pledge noun, closed by a comma
_FRONTED_PP = lazy(
    r"[\s“\"‘'`]*(?:in\s+(?:response|reply|reaction)\s+to|after|following|despite|amid|"
    r"because\s+of|given|since|before|over|against)\s+[^,;]*$",
    re.IGNORECASE,
)

# critics, opponents of a plan: their case, not the plan's owner's act
_CRITICS_OF = lazy(
    r"\b(?:critics?|opponents?|foes?|detractors?|skeptics?|sceptics?|critiques?|criticism)\s+"
    r"of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RECEIVED = lazy(r"(?<=was|ere)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b", re.IGNORECASE)
_MAIN_GOES_ON = lazy(r",?\s+and\s+(?:\w+ly\s+)?(?-i:[a-z]+ed)\b(?!\s+(?:by|to|in)\b)")


def _nominal(
    ctx: _Ctx, sent: Span, m: re.Match[str], cue: _Cue, floor: int, prev: _Rec | None
) -> _Rec | None:
    """ "welcomed the Premier's decision to raise spending", "his determination to",
    "Chile and Peru's signing of the agreement": the possessor commits, the subject of the
    sentence (who welcomed it) is the source."""
    text = ctx.doc.text
    cstart = m.start()
    pm = _POSSESSIVE.search(text, max(sent[0], cstart - 40), cstart)
    if pm is None and cue.id == "nom.decision":
        # "the U.S. government decision to return …": a named body as the noun's modifier
        mm = _MODIFIER_NP.search(text, max(sent[0], cstart - 40), cstart)
        if mm is not None and not _DROPPED.search(text, max(sent[0], mm.start() - 60), mm.start()):
            mids, explicit = _resolve(ctx, mm.start(), mm.end("np"))
            if mids and explicit and not _NEG.search(text, max(sent[0], mm.start() - 16), mm.start()):
                rec = _nominal_rec(ctx, sent, m, cue, floor, prev, mids, mm.start(), mm.end("np"))
                if rec is not None:
                    mv = _MAIN_VERB_AFTER.search(text, rec.span[0], rec.span[1])
                    if mv is not None and mv.start() > rec.span[0]:
                        rec.span = (rec.span[0], mv.start())  # "… to return X does not …"
                return rec
        return None
    if pm is None or _DROPPED.search(text, max(sent[0], pm.start() - 60), pm.start()):
        return None
    if _NEG.search(text, max(sent[0], pm.start() - 16), pm.start()):
        return None
    owner = _possessor(
        ctx, sent, pm, floor, cue.id in ("nom.truce", "nom.labor_pact", "nom.bid")
    )
    if owner is None:
        return None
    ids, ps, pe = owner
    if _CRITICS_OF.search(text, max(sent[0], ps - 40), ps):
        return None  # "critics of her plan to …": the sentence is about the critics' case
    if cue.id == "nom.effort" and _EFFORT_FRAME.search(text, max(sent[0], ps - 40), ps):
        # "praised for her push to …", "join their efforts to …", "worried their efforts to …
        # would fail": a past record, a joint act told elsewhere, a forecast
        return None
    return _nominal_rec(ctx, sent, m, cue, floor, prev, ids, ps, pe)


def _possessor(
    ctx: _Ctx, sent: Span, pm: re.Match[str], floor: int, surface: bool
) -> tuple[list[str], int, int] | None:
    """Who the possessive pm (_POSSESSIVE: "its", "Japan's", "Chile and Peru's") names, and
    the possessor's span; surface: a name the actors stage did not mark may count by its
    wording ("the IRA's truce")."""
    text = ctx.doc.text
    ids: list[str] = []
    if pm.group("pron"):
        pron = pm.group("pron").lower()
        ps, pe = pm.start("pron"), pm.end("pron")
        if pron in ("his", "her"):
            pid = _clause_owner(ctx, sent, ps, floor, pron) or _last_of(
                ctx, ps, ("person",), pronoun=pron
            )
        elif pron == "its":
            pid = _last_of(ctx, ps, ("organization", "country", "group"))
        elif pron == "their":
            pid = None
            ids = _group(ctx, ps, "they")
        else:
            pid = _first_person(ctx, ps)
            ids = _we(ctx, pid, ps) if pid else []
        if pid and not ids:
            ids = [pid]
    else:
        pe = pm.start("apos")
        k = bisect.bisect_left(ctx.starts, pe) - 1
        ps = pe
        while k >= 0 and ctx.mentions[k][0] >= pe - 300:
            ms, me, aid = ctx.mentions[k]
            gap = text[me:ps]
            if me <= ps and (me == pe or (ids and _COORD.match(gap) and "," not in gap[:1])):
                if aid not in ids:
                    ids.insert(0, aid)
                ps = ms
            elif me <= ps and ids:
                break
            k -= 1
        if not ids:
            lo = max(sent[0], pe - 40)
            tm = _THE_NP_END.search(text[lo:pe])
            nm = _NAMED_POSSESSOR.search(text, lo, pe + 2)
            if tm is not None:
                ps = pe - len(tm.group())
                rid, explicit = _resolve(ctx, ps, pe)
                if not explicit:
                    # "the IRA's truce" where the actors stage marked other mentions only
                    sid = (
                        _surface_actor(ctx, _LEAD_THE.sub("", text[ps:pe]))
                        if surface
                        else None
                    )
                    if sid is None:
                        return None
                    rid = [sid]
                ids = rid
            elif nm is not None and nm.end("n") == pe:
                # a name the actors stage did not mark: kept, by its surface form
                ps = nm.start("n")
                ids = _named(ctx, nm.group())
            else:
                return None
    return ids, ps, pe


_SUBJECT_PRONOUN = {"his": "he", "her": "she"}
_SOURCE_SURNAME = lazy(
    r"(?P<n>(?-i:[A-Z])[\w’'-]+)\s+(?:said|says|told|added|insisted|insists|stated|noted)\b",
    re.IGNORECASE,
)


# the verb group ending a clause's subject region: " has been stepping up", " repeated"
_VERB_GAP = lazy(
    r"\s+(?:(?:has|have|had|is|was|were|are|will|would)\s+(?:been\s+)?)?(?:\w+ly\s+)?"
    r"(?-i:[a-z]+)(?:\s+(?:up|down|out|on|off|back))?\s*$",
    re.IGNORECASE,
)


def _clause_owner(ctx: _Ctx, sent: Span, ps: int, floor: int, pron: str) -> str | None:
    """ "X said that he might drop his plans to …": the person the clause's own subject pronoun
    names (a reported "he" is the speaker), before the latest person named ("his" is the
    subject's own plan); None when the clause opens with no such pronoun."""
    text = ctx.doc.text
    subj = _subject(ctx, sent, ps, floor, False)
    if subj is None:
        return None
    pm = _PRONOUN_OPEN.match(text, subj.start, subj.end)
    if pm is None and not text[subj.end : ps].strip() and (
        vg := _VERB_GAP.search(text, subj.start, subj.end)
    ):
        # "The Vermont senator has been stepping up his efforts to": the subject's own, when
        # only its verb stands between (not "X praised Y for his efforts")
        ns, ne = _trim(text, subj.start, vg.start())
        ids = _resolve(ctx, ns, ne)[0] if ns < ne and not _PRONOUN.fullmatch(text, ns, ne) else []
        people = [a for a in ids if ctx.actors[a].kind == "person"]
        if len(people) == 1 and coref.agrees(
            ctx.gender, ctx.actors[people[0]], _SUBJECT_PRONOUN[pron]
        ):
            return people[0]
    if pm is None or pm.group().lower() != _SUBJECT_PRONOUN[pron]:
        return None
    if subj.reported and subj.source_span is not None:
        ss, se = _trim(text, *subj.source_span)
        people = [
            a for a in subj.source_ids
            if ctx.actors[a].kind == "person" and coref.agrees(ctx.gender, ctx.actors[a], pm.group())
        ]
        if len(people) == 1:
            return people[0]
        nm = None
        for nm in _SOURCE_SURNAME.finditer(text, ss, se):
            pass  # the last speaker named before the reported clause
        if nm is not None and not people:
            return _by_surname(ctx, nm.group("n"), pm.group().lower())
        return None
    ids, _ = _resolve(ctx, pm.start(), pm.end())
    return ids[0] if len(ids) == 1 and ctx.actors[ids[0]].kind == "person" else None


_EFFORT_FRAME = lazy(
    r"\b(?:for|join(?:s|ed|ing)?|combin(?:e|es|ed|ing)|worr(?:y|ies|ied)|fear(?:s|ed)?|doubt(?:s|ed)?)"
    r"\s+(?:(?:the|that|all)\s+)?$",
    re.IGNORECASE,
)


def _nominal_rec(
    ctx: _Ctx,
    sent: Span,
    m: re.Match[str],
    cue: _Cue,
    floor: int,
    prev: _Rec | None,
    ids: list[str],
    ps: int,
    pe: int,
) -> _Rec | None:
    """The record of a pledge noun whose possessor text[ps:pe] names `ids`."""
    text = ctx.doc.text
    cstart, cend = m.start(), m.end()
    if prev and prev.span[0] <= cstart < prev.span[1]:
        if not _LIST_GAP.search(text[prev.span[0] : ps]):
            return None
        pe_ = ps
        while pe_ > prev.span[0] and text[pe_ - 1] in " \t,;":
            pe_ -= 1
        if text[pe_ - 3 : pe_].lower() == "and":
            pe_ -= 3
        while pe_ > prev.span[0] and text[pe_ - 1] in " \t,;":
            pe_ -= 1
        prev.span = (prev.span[0], pe_)
    t0 = cend
    while t0 < sent[1] and text[t0] in " \t“”\"‘'":
        t0 += 1
    t1, _ = _text_end(text, t0, sent[1])
    more = _MAIN_GOES_ON.search(text, t0, t1)
    if more:
        t1 = more.start()  # "… decision to X, and underscored …": the main clause goes on
    if t1 <= t0:
        return None
    if cue.id == "nom.decision" and _past_year(ctx, text, t0, t1):
        return None  # "her decision to back the merger in 2001": a decision carried out
    head = text[sent[0] : ps]
    if not head.strip(" \t`‘“\"'(") or _CLAUSE_OPEN.search(head[-40:]):
        # the pledge noun opens its clause: a past or conditional main verb judges its effects
        vm = _FIRST_WORD.match(text[t0:t1])
        fm = _FINITE_AFTER.search(text, t0 + (vm.end() if vm else 0), t1)
        if (
            fm
            and not _RECEIVED.match(text, fm.end())
            and not (_PLAN_NOUN.match(m.group()) and _EFFECT_MODAL.match(fm.group()))
        ):
            # "his determination to act alone angered …": judged by its effects; but "her plans
            # to raise taxes would make the code …" still tells of plans she has
            return None
        if fm and _GIVEN_UP.match(text, fm.end()):
            return None  # "Smith's plan to build a wall was abandoned": a plan given up
        if fm:
            t1 = fm.start()  # "Japan's pledge to cut tariffs was welcomed …": the pledge alone
        elif (mv := _NOMINAL_MAIN.search(text, t0 + (vm.end() if vm else 0), t1)) is not None:
            t1 = mv.start()  # "Roe's pledge to cut emissions by 2050 drew praise": the pledge
    if m.group()[:8].lower() == "proposal":
        # "argued Trump's proposal to X would trigger …", "Roe's proposal to X is good policy":
        # the main verb after the proposal's content is the writer's or critic's judgement
        mv = _MAIN_VERB_AFTER.search(text, t0, t1)
        if mv is not None and mv.start() > t0:
            t1 = mv.start()
    if _FRONTED_PP.match(text, sent[0], ps) and (cm := text.find(",", t0, t1)) > t0:
        t1 = cm  # "In response to Roe's proposal to X, Doe rallied …": the main clause follows
    src = _subject(ctx, sent, ps, floor, False)
    source = None
    if src is not None and src.ids:
        source = next((a for a in src.ids if a not in ids), None)
    return _Rec(
        ids,
        text[ps:pe],
        text[cstart:cend],
        (t0, t1),
        sent,
        cue.strength,
        cue.id,
        source,
        pe,
        ps,
    )
