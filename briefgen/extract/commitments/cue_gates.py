"""The first steps of the sentence pass, before a cue's subject is read: opening a cue's working
state (_open_cue), and the gates on the cue word and the words around it that drop it — negation
and restraint, names and nouns that look like cues, hypotheticals, past decisions, the modal's
verb (a state, a wish, a forecast, a condition), agreement as opinion — plus the cues read by a
reader of their own (pledge nouns, instruments, rulings, signers). Each step takes the sentence
(_Sent) and the cue (_CueWork); a gate returns True when the cue is dropped (or fully read), in
the order the pass applies them.
"""

from __future__ import annotations

import re

from briefgen.extract.commitments.attribution import (
    _COMMIT_VERBS,
    _GAP_CLAUSE,
    _POSSESSIVE_BEFORE,
    _POSSESSIVE_NOUN,
    _REPORTED_BEFORE,
    _RULING_BY_IDS,
    _agents_trying,
    _being_by,
    _reward_by,
    _ruling_by,
    _signed_by,
)
from briefgen.extract.commitments.cues import (
    CUES,
)
from briefgen.extract.commitments.filters import (
    _AFTER_PREPOSITION,
    _AGREE_BARE,
    _AGREED_CLAUSE,
    _AGREED_OPINION,
    _AGREED_WITH,
    _AGREED_WITH_DEAL,
    _ANALYSTS,
    _ANALYSTS_ANY,
    _ANALYSTS_SAY,
    _AND_VERB,
    _AS_CLAUSE,
    _ASPECT_TO,
    _ATTITUDE,
    _ATTRIBUTIVE_BEFORE,
    _BARE_PLAN,
    _BE_ACT,
    _BE_BY,
    _BID_ENDED,
    _BID_OVER,
    _CHOICE,
    _COMMITTED_END,
    _CONJ,
    _CONTRACTED_D,
    _COUNTERFACTUAL,
    _COURTESY_VERBS,
    _DEAL_BEFORE,
    _DO_WELL,
    _DOC_PLAN,
    _DROPPED_PLAN,
    _ED_WORD,
    _ENTERS_INSTRUMENT,
    _EPISTEMIC,
    _EPISTEMIC_BEFORE,
    _FUNCTION_WORDS,
    _GOING_TO_OUTCOME,
    _HABIT_CHAIN,
    _HAD_FORMS,
    _HANDOVER,
    _HEDGE_ADV,
    _HISTORY_TIME,
    _HYPO,
    _HYPO_ANY,
    _I_WE_BEFORE,
    _IF_CLAUSE,
    _LIKE_TO,
    _MONEY_OBJECT,
    _NAME_CUE,
    _NAME_FIRST,
    _NEG_ANY,
    _NEG_WITHHELD_ANY,
    _NEGATED_CLAUSE,
    _NEVER,
    _NEW_CLAUSE_GAP,
    _NEWS_DAY,
    _NO_LONGER,
    _NOT_WORD,
    _NOUN_TO,
    _NOUN_WILL,
    _OBJECT_IN_TEXT,
    _OBJECT_START,
    _OBJECT_VERB,
    _OWN_ACTS,
    _PACT_OVER,
    _PASSIVE,
    _PAST_DECISION,
    _PAST_LAUNCH,
    _PLEDGE_STEM,
    _PLUPERFECT,
    _PRO_VERB,
    _PRONOUN_SUBJ_END,
    _REDUCED_RELATIVE,
    _REL_WORD,
    _RESOLVE,
    _RESTRAINT,
    _RID_OF,
    _SAID_PRONOUN,
    _SAID_THEY,
    _SCHEDULE,
    _SIGNABLE,
    _SIGNED_BY,
    _SPEECH_ACT,
    _STANCE_AFTER,
    _STATE_VERBS,
    _STAY_ACT,
    _SUBJECT_WORDS,
    _TAKE_ACT,
    _THAT_MODAL,
    _THAT_OPENING,
    _THING_PURPOSE,
    _TO_NON_VERB,
    _TO_PERSON,
    _TO_THAT_END,
    _VERB_ED_BEFORE,
    _WEIGHED,
    _WILL_NOT,
    _WISH,
    _WISH_MODAL,
    _WITHHELD,
)
from briefgen.extract.commitments.instruments import (
    _instrument,
)
from briefgen.extract.commitments.nominals import (
    _nominal,
)
from briefgen.extract.commitments.patterns import (
    _INTRANSITIVE_END,
    _MAIN_VERB_AFTER,
    _NEG,
    _NEXT_WORD,
    _PAST_BID,
    _PRONOUN_WE,
    _REPORTED,
    _VOL,
    _VOL_GROUPS,
    _VOL_ING,
)
from briefgen.extract.commitments.spans import (
    _agentive,
    _yielding_phrase,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _CueWork,
    _ids_in,
    _Rec,
    _Sent,
)
from briefgen.lazyre import lazy
from briefgen.model import Span

# "promised that in office, she would …", "vowed that, if elected, he will …", "pledged Tuesday
# that as president she would …": the that-clause of a promise, an adjunct fronted in it, its
# subject, then its own modal verb. The whole is one pledge: the promise's cue, strength and
# source, the clause after the inner modal as the action.
_COMPLEMENT_NP = (
    r"(?:(?i:he|she|they|we|I|it)"
    r"|(?i:the|his|her|its|their|our|my|this)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
)
_COMPLEMENT_GAP = lazy(
    r"(?:(?P<pre>(?:[\w’'.-]+\s+){0,2}?)that\b\W*?)?\s*"
    r"(?:(?P<front>(?:(?!\b(?:and|but|or|which|who|whom|whose)\b)[^,;:“”\"()])+),\s*)?"
    r"(?P<subj>" + _COMPLEMENT_NP + r"(?:\s+and\s+" + _COMPLEMENT_NP + r")?)(?:\s+(?:also|still|now|then|\w+ly))?\s+$"
)
_COMPLEMENT_PRE = lazy(r"(?i:an?|the|this|that|these|those|his|her|its|their|our|my)\b")
_THAT_END = lazy(r"\bthat$", re.IGNORECASE)
_TO_END = lazy(r"\bto$", re.IGNORECASE)
_INNER_MODAL = lazy(
    r"(?:will|shall|would|’ll|'ll|[’']d|(?:is|are|am|[’'](?:m|re|s))\s+going\s+to)\s+(?:[“\"]\s*)?",
    re.IGNORECASE,
)


def _complement_action(ctx: _Ctx, prev: _Rec, cstart: int) -> Span | None:
    """The action of a promise whose that-clause holds its own modal (the cue at cstart): the
    clause after the modal when its subject is the promiser, else the clause from its subject
    ("promised that the city would …"); None when the cue is no verb of that clause."""
    text = ctx.doc.text
    if prev.complement or prev.nominal or cstart - prev.span[0] > 120:
        return None
    gm = _COMPLEMENT_GAP.fullmatch(text, prev.span[0], cstart)
    if gm is None:
        return None
    if gm.group("pre") is None:
        if not _THAT_END.search(prev.cue):
            return None  # "pledged to ensure the city would …": no that-clause of the promise
    elif _COMPLEMENT_PRE.match(gm.group("pre")) or _TO_END.search(prev.cue):
        # "promised a plan that in her view would …": a relative clause; "pledged to ensure
        # that the city will …": the that-clause of the act, not of the promise
        return None
    front = gm.group("front")
    if front is not None and (len(front) > 60 or not front.strip()):
        return None
    subj = gm.group("subj")
    ids = set(_ids_in(ctx, gm.start("subj"), gm.end("subj")))
    if not (_PRONOUN_WE.fullmatch(subj) or (ids and ids <= set(prev.actors))):
        return (gm.start("subj"), prev.span[1])
    mm = _INNER_MODAL.match(text, cstart)
    return (mm.end() if mm else cstart, prev.span[1])  # "won't": the cue stays in the action


def _open_cue(st: _Sent, m: re.Match[str]) -> _CueWork | None:
    """The cue's working state; None when it is no cue of its own: inside the deal an opening
    "Under …" names, an instrument's or a ruling's (read here by their readers), or nested in
    the previous record's action (a complement's modal narrows that record instead)."""
    ctx, text, sent, recs, under = st.ctx, st.text, st.sent, st.recs, st.under
    name = m.lastgroup or ""
    cue = CUES.get(name)
    if cue is None:
        return None
    cstart, cend = m.start(), m.end()
    if under is not None and under.group("part") and under.start("part") <= cstart < under.end():
        return None  # "Under an accord signed yesterday, …": the deal's passive participle
    cue_text = m.group()
    before = text[max(sent[0], cstart - 30) : cstart]
    prev = recs[-1] if recs else None
    cue_floor = st.floor
    if cue.id == "nom.instrument":
        # "a treaty calling for …", "her proposal, which is to …": the instrument's content
        recs.extend(_instrument(ctx, sent, cstart, cend, prev, st.floor))
        return None
    if ctx.told_verbs and text[cstart - 1 : cstart].isspace() and cstart - 1 in ctx.told_verbs:
        return None  # "a pact calling for X, which both premiers signed in March"
    if cue.id in _RULING_BY_IDS:
        # "… appeal Monday's ruling by the agency to deport him": a ruling named by its
        # maker, also inside another record's action (whose span it leaves as it is)
        rec = _ruling_by(ctx, sent, cstart, cend, cue)
        if rec is not None:
            recs.append(rec)
        return None
    if prev and prev.span[0] <= cstart < prev.span[1]:
        if cue.modal and (narrowed := _complement_action(ctx, prev, cstart)) is not None:
            # "promised that in office, she would cut taxes": one pledge, not two
            if narrowed[0] < prev.span[1]:
                prev.front = prev.span[0]
                prev.span = narrowed
            prev.complement = True
            return None
        # a cue inside the previous action is nested ("agreed to keep talking") unless
        # it opens a coordinated clause ("... and resolved to", "..., and Y pledged")
        gap = text[prev.span[0] : cstart]
        gm = _NEW_CLAUSE_GAP.search(gap)
        if not gm:
            return None
        cj = _CONJ.match(gap, gm.start())
        if cj is not None and cj.end() < len(gap) and not _REL_WORD.search(gap):
            # "X is investigating A and the ministry is considering …": the new clause's
            # subject starts after the conjunction, not at the sentence's
            cue_floor = prev.span[0] + cj.end()
    return _CueWork(m, name, cue, cstart, cend, cue_text, before, prev, cue_floor)


def _negated(st: _Sent, c: _CueWork) -> bool:
    """A negated or withheld cue is no pledge ("will not sign"), except a pledge of restraint
    ("X will not retreat"), which it marks (c.restraint, and c.said_at for "said she won't")."""
    text = st.text
    m, name, cue, cue_text, before = c.m, c.name, c.cue, c.cue_text, c.before
    said_at = None  # "X said she would not lift the levy": where "said she" starts in before
    # the words _NEG, _WITHHELD and _HYPO need, looked for in the lowered text first (only
    # in ASCII text: under IGNORECASE "ı" and "ſ" match "i" and "s")
    plain = c.plain = before.isascii() and cue_text.isascii()
    bfold = c.bfold = before.lower()
    if (
        not plain
        or _NEG_WITHHELD_ANY.search(bfold)
        or _NEG_ANY.search(cue_text.lower())
    ) and (_NEG.search(cue_text) or _NEG.search(before[-16:]) or _WITHHELD.search(before)):
        if not (
            cue.modal
            and _RESTRAINT.match(cue_text)
            and not _NEG.search(before[-16:])
            and not _WITHHELD.search(before)
            and (
                (
                    (m.group("v" + name[1:]) or "").lower() in _RESOLVE
                    and (
                        _WILL_NOT.match(cue_text) is not None
                        or _INTRANSITIVE_END.match(text, m.end("v" + name[1:])) is not None
                    )
                )
                or _yielding_phrase(text, m, "v" + name[1:])
                or (
                    _NEVER.search(cue_text)
                    and (m.group("v" + name[1:]) or "").lower() in _CHOICE
                )
                or (
                    (m.group("v" + name[1:]) or "").lower() in _VOL
                    and not _ENTERS_INSTRUMENT.match(text, m.start("v" + name[1:]))
                    and (said_at := _SAID_PRONOUN.search(before)) is not None
                )
            )
        ):
            return True
        c.restraint = True  # "X will not retreat": a pledge of restraint
        c.said_at = said_at
    return False


def _word_gates(st: _Sent, c: _CueWork) -> bool:
    """Drops a cue word that is a name, a noun or an adjective here, a plan given up or nobody's,
    a hypothetical, a passive, or a decision already taken; sets c.low and c.subj_at."""
    text, sent = st.text, st.sent
    cue, cstart, cend, cue_text, before = c.cue, c.cstart, c.cend, c.cue_text, c.before
    if cue_text[:1].isupper() and _NAME_CUE.match(text, cstart) and before.strip(" \t“\"‘'`"):
        return True  # "Will Smith", "the Promised Land": a name, not a cue
    if cue_text[:4].lower() == "plan" and _DROPPED_PLAN.search(before):
        return True  # "dialing back plans to cut …", "scrapped plans to": a plan given up
    if cue_text[:5].lower() == "plans" and _VERB_ED_BEFORE.search(before):
        return True  # "The mayor mocked plans to …": the noun, someone else's plans

    if (
        not cue.reported_only
        and (not c.plain or _HYPO_ANY.search(c.bfold))
        and _HYPO.search(before)
    ):
        return True
    if _ED_WORD.match(cue_text) and _PASSIVE.search(before):
        return True
    low = c.low = cue_text.lower()
    if (
        cue.id == "pledge.verb"
        and not _TO_THAT_END.search(low)
        and not _PLEDGE_STEM.match(low)
        and not (_COMMITTED_END.search(low) and _MONEY_OBJECT.match(text, cend))
    ):
        return True  # "committed", "resolved", "offered" commit only with "to"/"that"
    if cue.id == "pledge.verb" and not low.startswith("ha"):
        if not _TO_THAT_END.search(low) and _ATTRIBUTIVE_BEFORE.search(before):
            return True  # "60 pledged delegates", "offered promises Monday": an adjective or noun
        if low.endswith("s") and " " not in low:
            pw = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
            if pw[:1].islower() and pw.lower() not in _SUBJECT_WORDS:
                return True  # "reversed previous pledges", "binds together pledges": a noun
        if low.endswith(" to") and _TO_PERSON.match(text, cend):
            return True  # "delegates committed to Clinton": allegiance, no act
    if cue.id == "pledge.verb" and _AFTER_PREPOSITION.search(before):
        return True  # "in exchange for guarantees that …": the noun after a preposition
    if cue.id != "pledge.decided_that" and (
        _PAST_DECISION.match(low) or (
            cue.id in ("int.plans", "pledge.verb", "pledge.are_committed")
            and _PLUPERFECT.search(before)
            # "had pledged to back the nominee": a pledge made earlier still binds (the dev
            # gold sets list it); "had intended to", "had decided to" were given up or done
            and not (cue.id == "pledge.verb" and _PLEDGE_STEM.match(low))
        )
    ) and not (
        low.startswith("decided")
        and _SAID_THEY.search(text, max(sent[0], cstart - 60), cstart)
    ):
        # "officials decided to …", "had intended to": done, or given up; but "the board
        # said it had decided to sell the unit" reports a decision still to be carried out
        # (the pluperfect is the reported speech's backshift)
        return True
    if low.startswith("plans to") and _TO_NON_VERB.match(text, cend):
        return True  # "health plans to double-digit increases": the noun
    if low[:4] == "plan" and _BARE_PLAN.search(before):
        return True  # "said a plan to sell … fell through": a plan with no owner named
    if low[:4] == "plan" and _DOC_PLAN.search(before):
        return True  # "develop a new plan to …": a document being drafted
    c.subj_at = cstart  # where the subject is read back from
    if before.rstrip().lower().endswith(" to") and not (cue.modal or cue.possessor):
        asp = _ASPECT_TO.search(before)
        if asp is None:
            return True
        c.subj_at = cstart - len(before) + asp.start()  # "X continued to vow": X  # an infinitive ("little to agree on", "hopes to sign") is not itself the cue
    return False


def _nominal_cue(st: _Sent, c: _CueWork) -> bool:
    """A pledge noun with its possessor ("its plan to", "Japan's pledge to") is read by
    _nominal, its record appended here; True when the cue is such a noun (read or dropped)."""
    ctx, text, sent, recs, sfold = st.ctx, st.text, st.sent, st.recs, st.sfold
    m, cue, cstart, cend, before, low = c.m, c.cue, c.cstart, c.cend, c.before, c.low
    verb_noun = cue.id == "nom.decision" and bool(_PRONOUN_SUBJ_END.search(before))
    if (cue.nominal and not verb_noun) or (
        cue.id in ("int.plans", "pledge.verb")
        and _NOUN_TO.match(low)
        and _POSSESSIVE_NOUN.search(text, max(sent[0], cstart - 60), cstart)
    ) or (
        cue.id == "int.announced_plans"
        and _POSSESSIVE_BEFORE.search(text, max(sent[0], cstart - 24), cstart)
    ):
        # "its plan to", "Japan's pledge to": the noun, with its possessor as the committer
        if (
            _ATTITUDE.match(low)
            and (sfold is None or _ANALYSTS_ANY.search(sfold))
            and _ANALYSTS_SAY.search(text, sent[0], sent[1])
        ):
            return True  # "experts say it shows the regime's determination to …": their reading
        if cue.id == "nom.bid" and (_PAST_BID.search(before) or _BID_ENDED.search(before)):
            return True  # "his failed 2008 bid for the presidency": over
        if cue.id in ("nom.truce", "nom.labor_pact") and (
            _PACT_OVER.search(before) or _PAST_BID.search(before)
        ):
            return True  # "broke its ceasefire", "rejected the company's labor pact": none
        if low.startswith("commitment") and not (
            (nw := _NEXT_WORD.match(text, cend)) is not None
            and (nw.group(1) in _VOL or nw.group(1) in _COMMIT_VERBS)
        ):
            return True  # "her commitment to peace": an allegiance, no act ("… to cut taxes")
        rec = _nominal(ctx, sent, m, cue, st.floor, c.prev)
        if rec is not None and cue.id == "nom.bid":
            mv = _MAIN_VERB_AFTER.search(text, rec.span[0], rec.span[1])
            if mv is not None and mv.start() > rec.span[0]:
                rec.span = (rec.span[0], mv.start())  # "… bid for re-election is in trouble"
            if _BID_OVER.search(text, rec.span[0], min(sent[1], rec.span[1] + 60)):
                return True  # "his bid for the Senate ended in defeat"
        if rec is not None and cue.id in ("nom.truce", "nom.labor_pact"):
            # the pact is the thing undertaken: "the rebels' six-week-old truce"
            rec.span = (rec.subj_start, cend)
            rec.cue = text[cstart:cend]
        if rec is not None:
            rec.nominal = True
            recs.append(rec)
        return True
    return False


def _verb_gates(st: _Sent, c: _CueWork) -> bool:
    """Where a verb cue's action starts (an event on the calendar, an object in the cue), and
    drops past plans and launches told as history and outcomes ("prices are expected to rise")."""
    text, sent = st.text, st.sent
    cue, cstart, before = c.cue, c.cstart, c.before
    if cue.id == "int.event_on_calendar":
        # "has a speech scheduled …": the cue is "has", the event from its determiner on
        # is the action
        c.cend = cstart + 4 if c.cue_text[2:3].lower() == "v" else cstart + 3
        c.cue_text = text[cstart : c.cend]
    cend, cue_text = c.cend, c.cue_text
    c.verb_start = cend
    if cue.id == "int.planned_event" and _PLUPERFECT.search(before):
        return True  # "had scheduled a rally": a plan told as past narrative
    if cue.id == "ong.launched_effort" and (
        _PLUPERFECT.search(before)
        or (
            _PAST_LAUNCH.match(cue_text) is not None
            and (
                _HISTORY_TIME.search(text, sent[0], sent[1]) is not None
                or _NEWS_DAY.search(text, sent[0], sent[1]) is None
            )
        )
    ):
        # "In 1987 the union began a drive to …", "He led a joint effort to repel …", "had
        # launched a bid": history; a launch told in the past is news only when dated
        # like news ("launched a drive on Monday to …")
        return True
    if cue.id in _OBJECT_IN_TEXT:
        # "signed an agreement", "announced a new fisheries deal": the object is the action
        vm = _OBJECT_VERB.match(cue_text)
        c.verb_start = cstart + vm.end() if vm else cend
        c.cend = c.verb_start
    if cue.id in ("int.expected", "pledge.threat", "int.poised", "int.expects"):
        nw = _NEXT_WORD.match(text, c.cend)
        allowed = (
            _SCHEDULE if cue.id == "int.expected"
            else _OWN_EXPECTED if cue.id == "int.expects"
            else _VOL
        )
        if nw is None or nw.group(1) not in allowed:
            # "prices are expected to rise", "the storm threatened to flood", "Acme expects
            # to report a loss" (a forecast of its own results, no act it undertakes)
            return True
        c.vol = True
    return False


# "Acme expects to hire …": the deliberate acts one expects of oneself — the agentive verbs, less
# reporting and outcomes ("expects to report a loss", "to return to profit", "to end the year")
_OWN_EXPECTED = _VOL - frozenset(_VOL_GROUPS["speaking"]["verbs"]) - frozenset(
    ("receive", "return", "end", "match", "meet", "remain", "find", "release", "announce", "close")
)


def _modal_verb(st: _Sent, c: _CueWork) -> bool:
    """Reads the verb after a modal (c.verb, c.vol, progressive, agent, handover, liked) and
    drops a modal whose verb is a state, an outcome, advice or a pro-verb."""
    ctx, text, sent = st.ctx, st.text, st.sent
    m, name, cue, cend, before = c.m, c.name, c.cue, c.cend, c.before
    vname = "v" + name[1:]
    verb = (m.group(vname) or "").lower()
    if verb == "no":
        lm = _NO_LONGER.match(text, m.end(vname))
        if lm is None or lm.group(1).lower() in _STATE_VERBS:
            return True  # "would no longer become a victim": a state, not an act
    c.vol = verb in _VOL
    if verb == "be":
        bm = _BE_ACT.match(text, m.end(vname))
        if bm and (bm.group("loc") or bm.group("ing") in _VOL_ING):
            verb, c.vol = "", True  # "will be travelling", "will be there to"
            c.progressive = bool(bm.group("ing"))
        elif (pb := _BE_BY.match(text, m.end(vname), sent[1])) is not None and _agentive(
            pb.group("v").lower()
        ):
            # "the group would be met in Washington by X and Y": X and Y act
            agent = [
                a for a in _ids_in(ctx, pb.start("by"), pb.end("by"))
                if ctx.actors[a].kind != "place"
            ]
            if agent and _NAME_FIRST.match(text, pb.start("by")):
                verb, c.vol, c.agent_span = "", True, (pb.start("by"), pb.end("by"))
                c.agent = agent
        elif _HANDOVER.match(text, m.end(vname)):
            # "the files, he added, would be handed to the consulate": a handover the
            # speaker undertakes (checked below: only in reported speech or a quote)
            verb, c.vol, c.handover = "", True, True
    c.verb = verb
    if cue.id == "int.going_to" and verb in _GOING_TO_OUTCOME:
        return True  # "we're going to win", "is going to such lengths": an outcome
    if verb == "do" and _DO_WELL.match(text, m.end(vname)):
        return True  # "the campaign would do well to …": advice, no undertaking
    if verb == "do" and _PRO_VERB.match(text, m.end(vname)):
        return True  # "would do it": the act is named elsewhere
    if verb in ("like", "love"):
        lm = _LIKE_TO.match(text, m.end(vname))
        if (
            lm is not None
            and lm.group(1).lower() in _VOL
            and lm.group(1).lower() not in _COURTESY_VERBS
        ):
            c.liked = lm.start(1)  # "We'd like to continue to cut debt": an intention
    if not c.liked and (  # noqa: SIM103 (gates, in order)
        (
            verb in _STATE_VERBS
            and not (verb == "get" and _RID_OF.match(text, cend))
            and not (verb in _OWN_ACTS and _I_WE_BEFORE.search(before))
            and not (verb in ("remain", "stay") and _STANCE_AFTER.match(text, m.end(vname)))
            and not (verb == "take" and _TAKE_ACT.match(text, m.end(vname), sent[1]))
            and not (
                verb in ("remain", "stay") and _STAY_ACT.match(text, m.end(vname), sent[1])
            )
        )
        or (verb.endswith("ing") and verb not in _VOL)  # "bring" is no -ing form
        or verb in _FUNCTION_WORDS
        or verb == "almost"
    ):
        return True
    return False


def _modal_context(st: _Sent, c: _CueWork) -> bool:
    """Drops a modal that is a noun ("the will of"), a conditional's outcome, a turn of phrase,
    a wish, a contracted "had", a forecast or habit, a speech act or a subject clause; marks a
    reported "would" after an event's condition (c.conditional) and sets c.verb_start."""
    ctx, text, sent, sfold = st.ctx, st.text, st.sent, st.sfold
    m, name, cue, cstart, cue_text, before = c.m, c.name, c.cue, c.cstart, c.cue_text, c.before
    vname = "v" + name[1:]
    verb, liked = c.verb, c.liked
    if _NOUN_WILL.search(before):
        return True  # "the will of the voters", "their own will"
    if (
        cue.reported_only
        and (sfold is None or "if" in sfold or "unless" in sfold or "case" in sfold
             or "provided" in sfold)
        and (ifm := _IF_CLAUSE.search(text, sent[0], cstart))
    ):
        # "if it emerged that …, I would respond": a conditional's outcome; a
        # conditional "will" stays a pledge ("If talks fail, X will respond"), and so
        # does the speaker's own "would" after a condition on an event ("X said if
        # elected, he would sign …"), checked once the subject is known
        comma = text.find(",", ifm.end(), cstart)
        cond_end = comma if comma >= 0 else cstart  # the condition itself
        cond = text[ifm.end() : cond_end]
        if "that" in cond.lower().split() or _COUNTERFACTUAL.search(cond):
            return True  # "if it emerged that …", "if Iran were a stock": no event
        if any(ctx.actors[a].kind == "person" for a in _ids_in(ctx, ifm.end(), cond_end)):
            return True  # "X said if Y wins, he would …": "he" is likelier Y than X
        c.conditional = True
        c.cond_text = cond.strip()
    if verb == "tell" and text.startswith("you", m.end(vname) + 1):
        return True  # "I'll tell you": a turn of phrase
    if verb in _WISH_MODAL and not liked:
        return True  # "I would love to have him in the race": a wish
    if _CONTRACTED_D.match(cue_text) and (verb.endswith(("ed", "en")) or verb in _HAD_FORMS):
        return True  # "we'd signed", "he'd better": "had", no "would"
    if _EPISTEMIC.search(cue_text) or _EPISTEMIC_BEFORE.search(before):
        return True  # "will probably", "periodically will": a forecast or a habit
    if _SPEECH_ACT.match(text, m.start(vname)) or (
        verb in _HEDGE_ADV and _SPEECH_ACT.match(text, m.end(vname) + 1)
    ):
        return True  # "I would say", "I will make this promise": speaking, not pledging
    if _THAT_OPENING.match(text, sent[0], cstart):
        return True  # "That two hosts would sign up … says something": a subject clause
    c.verb_start = liked or m.start(vname)
    if c.restraint:
        nm = _NOT_WORD.search(cue_text)
        c.verb_start = cstart + (nm.start() + 1 if nm else 0)
    return False


def _other_verb_gates(st: _Sent, c: _CueWork) -> bool:
    """For a cue with no modal: drops efforts that are habits, purposes ("rallies intended to
    shut clinics") and wishes or speech acts ("wants to see", "I want to assure you")."""
    text, sent = st.text, st.sent
    cue, cstart, cend, low = c.cue, c.cstart, c.cend, c.low
    if cue.id in ("ong.works", "int.looks_to"):
        asm = _AS_CLAUSE.search(text, max(sent[0], cstart - 80), cstart)
        if asm is not None:
            c.cue_floor = max(c.cue_floor, asm.start("s"))  # "… came as he and his aides try to"
        elif cue.id == "int.looks_to" or (
            not low.startswith(("works", "strives")) and "court" not in low
        ):
            return True  # "the chef tries to cook with local produce": a habit, not work
    elif (
        cue.id == "int.plans"
        and low in ("intended to", "designed to", "meant to")
        and (
            _REDUCED_RELATIVE.search(text, max(sent[0], cstart - 80), cstart)
            or _THING_PURPOSE.search(text, max(sent[0], cstart - 80), cstart)
        )
    ):
        return True  # "a series of rallies in 1992 intended to shut clinics": a purpose
    elif cue.id == "int.plans" and (
        _WISH.match(text, cend) or _SPEECH_ACT.match(text, cend + 1)
    ):
        # "wants to see lower fares": a wish; "I want to assure you": a speech act
        return True
    return False


def _agreement_gates(st: _Sent, c: _CueWork) -> bool:
    """Drops agreement and guarantee as opinion or outcome ("agreed with the Democrats", "agree
    that movement will be incremental"), a refusal reaffirmed and a habit in a past narrative;
    marks a request being weighed (c.weighed)."""
    text, sent, sfold = st.text, st.sent, st.sfold
    cue, cstart, cend, low = c.cue, c.cstart, c.cend, c.low
    if cue.id == "agr.agreed" and not low.endswith((" to", "principle")):
        if low.startswith("agree"):
            wm = _AGREED_WITH.match(text, cend)
            if wm and not _AGREED_WITH_DEAL.search(_AND_VERB.split(wm.group("rest"), 1)[0]):
                return True  # "agreed with the Democrats": an opinion shared
            if _AGREE_BARE.match(text, cend) and not low.startswith("agreed"):
                return True  # "Pollsters agree -", "do agree on something"
        if (
            (sfold is None or _ANALYSTS_ANY.search(sfold))
            and _ANALYSTS.search(text, sent[0], cstart)
        ) and not _REPORTED.search(
            text, sent[0], cstart
        ):
            return True  # "economists who favour X agree that …": a view, not a deal
        if low.endswith("that"):
            mm = _THAT_MODAL.search(text, cend, min(sent[1], cend + 100))
            if mm and mm.group("v").lower() in _STATE_VERBS:
                return True  # "agree that movement will be incremental": an opinion
    if cue.id == "pledge.verb" and "guarant" in low:
        mm = _THAT_MODAL.search(text, cend, min(sent[1], cend + 100))
        if low.endswith("that") and (mm is None or mm.group("v").lower() in _STATE_VERBS):
            return True  # "the machine guarantees that he will have …": an outcome
    if cue.id == "reaff.affirmed" and _NEGATED_CLAUSE.match(text, cend):
        return True  # "affirmed it doesn't plan to …": a refusal reaffirmed
    if cue.id == "agr.agreed" and (
        _AGREED_OPINION.match(text, cend) or (low == "agreed" and _AGREED_CLAUSE.match(text, cend))
    ):
        return True  # "agreed on that point", "agreed with him": shared opinion, no undertaking
    # "is considering a request from X": weighing someone else's proposal is work under
    # way, not a plan of one's own (the dev gold sets list it as ongoing work)
    c.weighed = cue.id == "int.planning" and "consider" in low and bool(_WEIGHED.match(text, cend))
    if cue.modal and low.startswith("would") and _HABIT_CHAIN.search(text, cend, sent[1]):  # noqa: SIM103 (gates, in order)
        return True  # "I would answer …, and he would look …": a habit in a past narrative
    return False


def _reader_cue(st: _Sent, c: _CueWork) -> bool:
    """Cues read whole by a reader of their own (a reward offered by X, agents trying, a being
    done by X, an accord signed by X and Y), their record appended; True for those, and for a
    past search or a signing of no agreement, which are dropped."""
    ctx, text, sent, recs = st.ctx, st.text, st.sent, st.recs
    cue, cstart, cend, cue_text, before = c.cue, c.cstart, c.cend, c.cue_text, c.before
    if cue.id == "pledge.reward_by":
        rec = _reward_by(ctx, sent, cstart, cend, cue)
        if rec is not None:
            recs.append(rec)
        return True
    if cue.id == "ong.agents_trying":
        rec = _agents_trying(ctx, sent, cstart, cend, cue)
        if rec is not None:
            recs.append(rec)
        return True
    if cue.id == "ong.being_by":
        rec = _being_by(ctx, sent, cstart, cend, cue)
        if rec is not None:
            recs.append(rec)
        return True
    if (
        cue.id == "ong.searching"
        and cue_text[:1] in "wW"
        and not (
            (rb := _REPORTED_BEFORE.search(text, max(sent[0], cstart - 80), cstart))
            and not _GAP_CLAUSE.search(rb.group("gap"))
        )
    ):
        return True  # "they were searching for a car when …": a past background
    if cue.id == "bind.signed":
        bym = _SIGNED_BY.match(text, cend, sent[1])
        if bym:
            # "the accord signed by X and Y": the signers commit to the agreement before
            if _DEAL_BEFORE.search(before):
                rec = _signed_by(ctx, sent, cstart, cend, bym, cue)
                if rec is not None:
                    recs.append(rec)
            return True  # "a letter signed by 200 members": a description, no undertaking
        if _OBJECT_START.match(text, cend) and not _SIGNABLE.search(
            text, cend, min(sent[1], cend + 80)
        ):
            return True  # "signed a letter of apology", "signed autographs"
    return False
