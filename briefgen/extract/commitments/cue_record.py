"""The last steps of the sentence pass: a cue that passed every gate becomes a record. Its
strength and committers (_committers: a dividend's payer, the speaker of a first-person quote,
a deal's parties, the possessor of "our backing"), the committed action (_action: the clause
after the cue, cut at a new past clause, a call's end or a relative's antecedent), the other
parties an agreement or a trade names (_other_parties), and the record itself (_add_record).
_under_deal_record reads the term of a deal an opening "Under the accord, …" introduces.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.extract.commitments.attribution import (
    _IF_UNLESS,
    _NEW_PAST,
    _ON_BEHALF,
    _PARTY_END,
    _PARTY_NP,
    _TRADE_CUES,
    _TRADE_PARTY,
    _WITH_PARTY,
    _accorded,
    _antecedent,
    _joint_parties,
    _named,
    _party_ids,
    _principal,
)
from briefgen.extract.commitments.filters import (
    _BARE_WORD,
    _DEAL_TERM_SUBJECT,
    _JOINT_WORD,
    _OBJECT_IN_TEXT,
    _OUR_MY,
    _SUM_START,
    _forecast,
)
from briefgen.extract.commitments.instruments import (
    _instrument_strength,
    _split_items,
)
from briefgen.extract.commitments.patterns import (
    _DEAL_SUBJECT,
    _INQUIRY_AGENTS,
    _NEG,
    _NEW_SUBJECT,
    _OPEN_QUOTE,
    _POSSESSIVE_S,
    _PRONOUN,
    _UNNAMED_BODY,
    _WE_I_OUR,
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
    _first_person,
    _with_countries,
)
from briefgen.extract.commitments.state import (
    _CueWork,
    _ids_in,
    _last_of,
    _mentions_in,
    _Rec,
    _Sent,
    _view_at,
)
from briefgen.extract.commitments.subjects import (
    _CALL_END,
    _drop_asides,
)

# work a body named by its kind carries on ('the administration continues to expand …')
_BODY_AGENT_CUES = frozenset({"ong.continues"})
_AS_LEAD = re.compile(r"\s*(?:as|while|if|until|unless|since|because)\b", re.IGNORECASE)


def _committers(st: _Sent, c: _CueWork) -> bool:
    """The record's strength and committers (c.strength, c.ids): a dividend's payer, the
    speaker (and country) of a first-person quote, a deal's parties, the possessor of "our
    backing"; True drops the cue (no payer; a fact-checked claim with no modal; a forecast)."""
    ctx, text, sent = st.ctx, st.text, st.sent
    cue, cstart, cend, cue_text, low = c.cue, c.cstart, c.cend, c.cue_text, c.low
    subj, subj_text = c.subj, c.subj_text
    assert subj is not None
    strength = "intention" if c.progressive or c.liked else cue.strength  # "would be travelling"
    if c.weighed:
        strength = "ongoing"
    ids = subj.ids
    if cue.id == "pledge.dividend_paid":
        # "The higher payout will be paid March 3 …": the company named last pays it
        payer = ids[0] if ids and subj.explicit else _last_of(ctx, cstart, ("organization",))
        if payer is None:
            return True
        ids, c.shown = [payer], ctx.actors[payer].name
    if (
        _WE_I_OUR.fullmatch(subj_text)
        and _OPEN_QUOTE.search(text, sent[0], cstart)
        and not _view_at(ctx, cstart)
        and (acc_src := _accorded(st))
    ):
        # first person inside a quote closed by ", X said": the speaker (and country)
        ids = _with_countries(ctx, acc_src[:1]) if subj_text.lower() != "i" else acc_src[:1]
    if cue.modal and _DEAL_SUBJECT.search(subj_text):
        strength = "agreement"
        ids = list(dict.fromkeys(ids + _group(ctx, subj.start, "parties")))
    if cue.possessor:
        pm = re.match(
            r"\w+\s+(.*?)\b(?:commitments?|support|intent|pledges?|resolve|backing|solidarity)",
            cue_text,
            re.IGNORECASE,
        )
        if pm:
            p0 = cstart + pm.start(1)
            extra = _ids_in(ctx, p0, cstart + pm.end(1)) or _named(ctx, pm.group(1))
            if _JOINT_WORD.search(pm.group(1)):
                extra = extra + _joint_parties(ctx, cstart)  # "affirming the joint resolve"
            if _OUR_MY.search(pm.group(1)):
                who = _first_person(ctx, cstart)  # "is steadfast in our backing"
                extra = extra + (_with_countries(ctx, [who]) if who else [])
            if extra:
                ids = list(dict.fromkeys(extra + ids)) if subj.explicit else extra
    c.strength, c.ids = strength, ids
    if (
        cue.fact_check
        and low.endswith("that")
        and not re.search(
            r"\b(?:will|would|should|must|shall|can)\b", text[cend : cend + 100], re.IGNORECASE
        )
    ):
        return True
    if cue.fact_check and re.match(
        r"\s*(?:the|its|their)\s+(?:importance|value|significance)\b",
        text[cend : cend + 40],
        re.IGNORECASE,
    ):
        return True
    if (cue.modal or cue.id == "int.plans") and _forecast(text, sent, cstart, cend, st.slow):  # noqa: SIM103 (gates, in order)
        return True  # "X predicted that Y will …", "Y will …, X forecast": a prediction
    return False


# the cues whose "to:" opens a list of actions ("agreed to:", "committed to:", "vowed to:")
_LIST_LEAD_CUES = frozenset(("agr.agreed", "pledge.verb"))


def _action(st: _Sent, c: _CueWork) -> bool:
    """The committed action (c.t0, c.t1) and the cue as shown; True drops the cue (no action,
    a conditional threat, no actor for work, a call by the wrong kind, a calendar item)."""
    ctx, text, sent = st.ctx, st.text, st.sent
    cue, cstart, cend, verb_start = c.cue, c.cstart, c.cend, c.verb_start
    subj, subj_text, ids = c.subj, c.subj_text, c.ids
    assert subj is not None
    t0 = verb_start
    while t0 < sent[1] and text[t0] in " \t“”\"‘'":
        t0 += 1
    lead_in = False
    if text[t0 : t0 + 1] == ":" and cue.id in _LIST_LEAD_CUES:
        # "agreed to: expand …; establish …" lists its items after the colon; "agreed to:" at
        # the end of its line is the lead-in of the bullets below (records._bullets)
        t0 += 1
        while t0 < sent[1] and text[t0] in " \t“”\"‘'":
            t0 += 1
        lead_in = not text[t0 : sent[1]].strip()
        if lead_in:
            t0 = verb_start + text[verb_start:t0].index(":")
    t1, _ = _text_end(text, t0, sent[1]) if not lead_in else (t0, t0)
    more = _NEW_PAST.search(text, t0, t1)
    if more:
        t1 = more.start()  # "will sell the unit, and took a loss …": a new clause in the past
    if cue.committer_kinds and (cm := _CALL_END.search(text, t0, t1)) is not None:
        t1 = cm.start()  # "X called for A, but Y would …", "…; some cheer when": X's call ends
    if t1 <= t0 and not lead_in:
        return True
    if cue.id == "pledge.threat" and _IF_UNLESS.search(text, t0, t1):
        return True  # "threatened to veto the bill if it …": a conditional threat is no undertaking
    cue_shown = text[cstart:cend].strip() if not cue.modal else text[cstart:verb_start].strip()
    if not cue_shown and c.restraint:
        cue_shown = text[cstart : cstart + 5]  # "won't": the cue stays in the action too
    if _BARE_WORD.fullmatch(text[t0:t1]) and cue.id != "ong.searching":
        # "… patrols along the coast, which X committed to expand": the bare verb's
        # object is the noun phrase the relative clause hangs on
        ant = _antecedent(text, sent[0], subj.start)
        if ant is not None:
            cue_shown = text[cstart:t1]
            t0, t1 = ant
    c.t0, c.t1, c.cue_shown = t0, t1, cue_shown
    if (
        cue.needs_actor
        and not ids
        and not _INQUIRY_AGENTS.fullmatch(subj_text.strip())
        and not (cue.id in _BODY_AGENT_CUES and _UNNAMED_BODY.fullmatch(subj_text.strip()))
    ):
        return True  # "the stock is selling at a discount": no one's work (unnamed police
        # or investigators "are pursuing 250 leads" still work for their unnamed body)
    if cue.id in _BODY_AGENT_CUES and (len(subj_text.split()) > 4 or _AS_LEAD.match(subj_text)):
        return True  # "X's adherence to Y continues to …", "as long as X continues to": no agent
    if cue.committer_kinds and (
        not ids or any(ctx.actors[i].kind not in cue.committer_kinds for i in ids)
    ):
        return True  # "the union called for a ban on overtime": advocacy, not its own act
    if cue.id == "int.scheduled_for" and not (  # noqa: SIM103 (gates, in order)
        _PRONOUN.fullmatch(subj_text.strip())
        or any(me == subj.end for _ms, me, _i in _mentions_in(ctx, subj.start, subj.end))
    ):
        return True  # "the next GOP debate is set for Dec. 15": a thing on the calendar
    return False


def _other_parties(st: _Sent, c: _CueWork) -> None:
    """Ends the previous record where this cue's clause starts, and adds to c.ids the other
    parties: of an agreement ("with Chile"), a trade, an extracted deal, leaders' countries, a
    borrower, "on behalf of Japan", a person's principal."""
    ctx, text, sent, sfold = st.ctx, st.text, st.sent, st.sfold
    cue, cstart, cend, cue_text, prev = c.cue, c.cstart, c.cend, c.cue_text, c.prev
    subj, subj_text, t0, t1, ids = c.subj, c.subj_text, c.t0, c.t1, c.ids
    assert subj is not None
    if prev and prev.span[0] <= cstart < prev.span[1]:
        cut = subj.start if subj.start > prev.span[0] else cstart
        pe = cut
        while pe > prev.span[0] and text[pe - 1] in " \t,;":
            pe -= 1
        pe = pe - 3 if text[pe - 3 : pe].lower() == "and" else pe
        while pe > prev.span[0] and text[pe - 1] in " \t,;":
            pe -= 1
        prev.span = (prev.span[0], pe)
    if cue.object_actors or c.strength == "binding" or cue.id in _OBJECT_IN_TEXT:
        # "signed agreements with Chile", "has an agreement with Kestrel Inc to sell …":
        # the other party of the agreement (only the noun phrase after "with")
        wm = (_PARTY_NP if cue_text[-4:].lower() == "with" else _WITH_PARTY).match(text, t0, t1)
        if wm:
            ids = list(dict.fromkeys(ids + _party_ids(ctx, wm.start("np"), wm.end("np"))))
    if c.strength in ("agreement", "binding") and cue.id in _TRADE_CUES:
        # "agreed to sell its candy units to Globex", "agreed to acquire Globex": a sale
        # agreed binds the buyer as much as the seller
        tm = _TRADE_PARTY.match(text, t0, t1)
        if tm:
            np = tm.group("to") and "to" or tm.group("from") and "from" or "obj"
            ms_ = _mentions_in(ctx, tm.start(np), tm.end(np))
            for k, (_ms, me, i) in enumerate(ms_[:2]):
                if ctx.actors[i].kind == "organization" and (k or _PARTY_END.match(text, me)):
                    ids = list(dict.fromkeys([*ids, i]))
                # "to Globex S.A.'s Globex Foods unit": the parent and its unit both
                if k or len(ms_) < 2 or not _POSSESSIVE_S.match(text, me) or ms_[1][0] > me + 3:
                    break
    if cue.id == "agr.extracted":
        # "won an agreement from X to …": X gave it, so X is a party with the winner
        ids = list(dict.fromkeys(ids + _party_ids(ctx, cstart, cend)))
    elif cue.id == "bind.committed_party":
        # "officially committed their countries to an accord": the leaders bind their
        # countries or bodies
        ids = _with_countries(ctx, ids)
    if cue.id == "bind.credit":
        # "has extended Acme $40 million of credit": the borrower named before the sum
        am = _SUM_START.search(text, t0, t1)
        ids = list(dict.fromkeys(ids + _ids_in(ctx, t0, am.start() if am else t0)))
    if sfold is None or "behalf" in sfold:
        bm = _ON_BEHALF.search(text, sent[0], t1)
        if bm is not None and (bm.start() < subj.start or bm.start() >= t0):
            # "On behalf of Japan, X signed …", "X signed it on behalf of Japan"
            ids = list(dict.fromkeys(ids + _party_ids(ctx, bm.start("np"), bm.end("np"))))
    if len(ids) == 1 and ctx.actors[ids[0]].kind == "person":
        ids = ids + _principal(ctx, ids[0], subj_text)
    c.ids = ids


def _add_record(st: _Sent, c: _CueWork) -> None:
    """The cue's record (one per item of "the plan calls for A, B and C"), with its source: the
    speaker the subject phrase names, else the view it stands in; notes a group of committers."""
    ctx, text, sent, recs = st.ctx, st.text, st.sent, st.recs
    cue, cstart, t0, t1, ids = c.cue, c.cstart, c.t0, c.t1, c.ids
    subj = c.subj
    assert subj is not None
    strength = c.strength
    source = subj.source_ids[0] if subj.source_ids else None
    view = _view_at(ctx, cstart)
    if view and view.speaker and source is None:
        source = view.speaker
    if c.made:
        strength = _instrument_strength(c.made.split("|")[0], c.made.split("|")[1], len(ids))
        if cue.id == "int.plan_designed":
            strength = "intention"
    rec = _Rec(
        ids,
        _drop_asides(c.shown),
        c.cue_shown,
        (t0, t1),
        sent,
        strength,
        cue.id,
        source,
        subj.end,
        subj.start,
    )
    if cue.id == "int.plan_designed" and (nc := _NEW_SUBJECT.search(text, t0, t1)):
        rec.span = (t0, nc.start())  # "While X's plan is meant to …, it leaves …"
    if cue.id == "int.plan_calls_for":
        # "the plan calls for A, B and C": one record per item
        items = _split_items(text, t0, t1)
        if len(items) > 1:
            recs.extend(replace(rec, span=sp, spans=[]) for sp in items[:-1])
            rec.span = items[-1]
    recs.append(rec)
    if len(ids) >= 2:
        ctx.groups.append((subj.start, tuple(ids)))


def _under_deal_record(st: _Sent) -> None:
    """A sentence opening "Under the accord, …" with no record of its own states a term of the
    deal ("the first 40,000 tonnes … are subject to 5%"), binding the deal's parties."""
    ctx, text, sent, recs, under = st.ctx, st.text, st.sent, st.recs, st.under
    if under and not recs:
        # "Under the accord, the first 40,000 tonnes … are subject to 5%": a term of the deal
        t1, _ = _text_end(text, under.end(), sent[1])
        if t1 > under.end() and not _NEG.search(text, under.end(), t1):
            # "Under the accord, X and Y would become shareholders": the deal binds X and Y
            um = _DEAL_TERM_SUBJECT.match(text, under.end(), t1)
            bound = _resolve(ctx, *_trim(text, um.start("s"), um.end("s")))[0] if um else []
            recs.append(
                _Rec(
                    bound or _group(ctx, sent[0], "parties"),
                    text[um.start("s") : um.end("s")].strip()
                    if bound and um
                    else text[under.start("deal") : under.end("deal")],
                    text[under.start("cue") : under.end("deal")],
                    (under.end(), t1),
                    sent,
                    "agreement",
                    "agr.under_deal",
                    None,
                    under.end("deal"),
                    under.start("deal"),
                )
            )
