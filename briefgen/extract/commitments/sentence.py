"""The sentence pass: _sentence runs every cue of one sentence through the chain of tests
(the filters, the subject, the committed action, attribution) and appends its records;
_complement_action reads the action of a complement clause. _sentence is one function of
~1,250 lines, kept whole (this split moves code, it does not rewrite it).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from briefgen.extract import coref
from briefgen.extract.commitments.attribution import (
    _AGENT_LEAD,
    _AND_SAID,
    _APPOSITION_OPEN,
    _ASIDE_THEN_CLAUSE,
    _AUX_OPEN,
    _CLAUSE_AFTER_DASH,
    _COMMIT_VERBS,
    _GAP_CLAUSE,
    _GENERIC_PARTIES,
    _IF_UNLESS,
    _NEW_PAST,
    _ON_BEHALF,
    _PARTY_END,
    _PARTY_NP,
    _POSSESSIVE_BEFORE,
    _POSSESSIVE_NOUN,
    _RELATIVE_ASIDE,
    _REPORTED_BEFORE,
    _RULING_BY_IDS,
    _SAID_SAME,
    _TRADE_CUES,
    _TRADE_PARTY,
    _WITH_PARTY,
    _agents_trying,
    _antecedent,
    _attribution,
    _being_by,
    _deal_subject,
    _family_plural,
    _joint_parties,
    _named,
    _party_ids,
    _principal,
    _reward_by,
    _ruling_by,
    _signed_by,
)
from briefgen.extract.commitments.cues import (
    CUES,
    _sentence_cues,
)
from briefgen.extract.commitments.descriptions import (
    _prev_subject,
)
from briefgen.extract.commitments.filters import (
    _AFTER_PREP,
    _AFTER_PREPOSITION,
    _AGENT_PLURAL,
    _AGREE_BARE,
    _AGREED_CLAUSE,
    _AGREED_OPINION,
    _AGREED_WITH,
    _AGREED_WITH_DEAL,
    _ANALYSTS,
    _ANALYSTS_ANY,
    _ANALYSTS_SAY,
    _ANALYSTS_SRC,
    _AND_VERB,
    _AS_CLAUSE,
    _ASPECT_TO,
    _ATTITUDE,
    _ATTRIBUTIVE_BEFORE,
    _BACKGROUND_CLAUSE,
    _BARE_PLAN,
    _BARE_WORD,
    _BE_ACT,
    _BE_BY,
    _BID_ENDED,
    _BID_OVER,
    _CARRY_SUBJECT,
    _CHOICE,
    _CLAIM_THAT,
    _CLAIMED_THAT,
    _COMMITTED_END,
    _CONJ,
    _CONTACT_RELATIVE,
    _CONTRACTED_D,
    _COUNTERFACTUAL,
    _COURTESY_VERBS,
    _DATELINE_LEAD,
    _DEAL_BEFORE,
    _DEAL_TERM_SUBJECT,
    _DENIED,
    _DESCRIBED_SPEAKER,
    _DO_WELL,
    _DOC_PLAN,
    _DROPPED_PLAN,
    _ED_WORD,
    _ENTERS_INSTRUMENT,
    _EPISTEMIC,
    _EPISTEMIC_BEFORE,
    _FEW_SUBJECT,
    _FEW_TAIL,
    _FIRM_NOUN,
    _FUNCTION_WORDS,
    _GENERIC_OPENING,
    _GENERIC_SUBJECT,
    _GENERIC_YOU,
    _GOING_TO_OUTCOME,
    _GUESS_BEFORE,
    _GUESS_LEAD,
    _HABIT_CHAIN,
    _HAD_FORMS,
    _HANDOVER,
    _HEDGE_ADV,
    _HISTORY_TIME,
    _HOPE_THAT,
    _HYPO,
    _HYPO_ANY,
    _I_WE_BEFORE,
    _IF_BEFORE,
    _IF_CLAUSE,
    _INDIRECT_QUESTION,
    _ING_WORD,
    _JOINT_WORD,
    _LEAD_DET,
    _LIKE_TO,
    _MONEY_OBJECT,
    _NAME_CUE,
    _NAME_FIRST,
    _NAMED_GROUP,
    _NAMED_SOURCE,
    _NEG_ANY,
    _NEG_WITHHELD_ANY,
    _NEGATED_CLAUSE,
    _NEVER,
    _NEW_CLAUSE_GAP,
    _NEWS_DAY,
    _NO_CHANCE,
    _NO_LONGER,
    _NOT_SUBJECT,
    _NOT_WORD,
    _NOUN_TO,
    _NOUN_WILL,
    _OBJECT_IN_TEXT,
    _OBJECT_START,
    _OBJECT_VERB,
    _OBLIGED,
    _ODD_FOLD,
    _OPEN_RELATIVE,
    _OPENING_CONDITION,
    _OUR_MY,
    _OUTCOME_VERBS,
    _OWN_ACTS,
    _OWNER_LEAD,
    _OWNER_NAME,
    _PACT_OVER,
    _PAREN_SAID,
    _PASSIVE,
    _PAST_DECISION,
    _PAST_LAUNCH,
    _PAST_READY,
    _PLEDGE_STEM,
    _PLUPERFECT,
    _PRO_VERB,
    _PRONOUN_KINDS,
    _PRONOUN_SUBJ_END,
    _REDUCED_RELATIVE,
    _REL_WORD,
    _RESOLVE,
    _RESTRAINT,
    _RID_OF,
    _RULING_SUBJECT,
    _SAID_PRONOUN,
    _SAID_THEY,
    _SCHEDULE,
    _SIGNABLE,
    _SIGNED_BY,
    _SIMILE,
    _SPEAKS_FOR,
    _SPEECH_ACT,
    _SPOKES_ROLE,
    _SRC_TAIL,
    _STANCE_AFTER,
    _STATE_VERBS,
    _STAY_ACT,
    _SUBJECT_WORDS,
    _SUBORDINATE,
    _SUM_START,
    _TAKE_ACT,
    _TERMS_SUBJECT,
    _THAT_MODAL,
    _THAT_OPENING,
    _THING_PURPOSE,
    _TO_NON_VERB,
    _TO_PERSON,
    _TO_THAT_END,
    _UNDER_DEAL,
    _UNTIL_BEFORE,
    _VERB_ED_BEFORE,
    _WARNED_THAT,
    _WEIGHED,
    _WHERE_CLAUSE,
    _WILL_NOT,
    _WISH,
    _WISH_MODAL,
    _WITHHELD,
    _characterised,
    _forecast,
    _own_condition,
    _own_if_before,
    _own_refusal,
)
from briefgen.extract.commitments.instruments import (
    _instrument,
    _instrument_strength,
    _instrument_subject,
    _split_items,
)
from briefgen.extract.commitments.nominals import (
    _nominal,
)
from briefgen.extract.commitments.patterns import (
    _DEAL_SUBJECT,
    _HE_SHE,
    _INQUIRY_AGENTS,
    _INTRANSITIVE_END,
    _MAIN_VERB_AFTER,
    _NEG,
    _NEW_SUBJECT,
    _NEXT_WORD,
    _OPEN_QUOTE,
    _OWN_BODY,
    _PAST_BID,
    _POSSESSIVE_S,
    _PRONOUN,
    _PRONOUN_WE,
    _PROPER_NAME,
    _QUOTE_BEFORE_VERB,
    _REPORTED,
    _VOL,
    _VOL_ING,
    _WE_I_OUR,
)
from briefgen.extract.commitments.records import (
    _split_list,
)
from briefgen.extract.commitments.resolve import (
    _claim_by,
    _group,
    _resolve,
)
from briefgen.extract.commitments.spans import (
    _FINITE_AFTER_ASIDE,
    _agentive,
    _text_end,
    _trim,
    _words_lead,
    _yielding_phrase,
)
from briefgen.extract.commitments.speakers import (
    _by_surname,
    _campaign_of,
    _chain,
    _first_person,
    _with_countries,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _ids_in,
    _last_of,
    _mentions_in,
    _Rec,
    _view_at,
)
from briefgen.extract.commitments.subjects import (
    _CALL_CUE,
    _CALL_END,
    _CALL_RE,
    _LIST_ITEM_BEFORE,
    _PLAN_NOUN_END,
    _PLAN_SUBJECT_CUES,
    _drop_asides,
    _named_alone,
    _plan_owner,
    _plan_owners,
    _subject,
)
from briefgen.lazyre import lazy
from briefgen.model import Span

_MAX_CUES = 16

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



def _sentence(ctx: _Ctx, sent: Span, out: list[_Rec]) -> None:
    text = ctx.doc.text
    recs: list[_Rec] = []
    floor = sent[0]
    # A news sentence holds at most a handful of cues (5 in ~1,200 texts); each cue reads the
    # sentence back to its start, so a 1,500-character run of "will try to" cost 40 ms per KB
    # (issue 8). Past _MAX_CUES the rest of the sentence is no list of undertakings.
    cues = _sentence_cues(ctx.heads, text, sent[0], sent[1])[:_MAX_CUES]
    # (read only together with `out`, which this function extends only at its end)
    carry = _CARRY_SUBJECT.match(text, sent[0], sent[0] + 12) if out else None
    under = _UNDER_DEAL.match(text, sent[0], sent[1])
    if not cues and not (carry and out) and not under:
        return
    acc_cache: list[list[str]] = []

    def accorded() -> list[str]:
        """Who the sentence's closing attribution names (", X said", "according to X")."""
        if not acc_cache:
            acc_cache.append(_attribution(ctx, sent))
        return acc_cache[0]

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
    for m in cues:
        name = m.lastgroup or ""
        cue = CUES.get(name)
        if cue is None:
            continue
        cstart, cend = m.start(), m.end()
        if under is not None and under.group("part") and under.start("part") <= cstart < under.end():
            continue  # "Under an accord signed yesterday, …": the deal's passive participle
        cue_text = m.group()
        before = text[max(sent[0], cstart - 30) : cstart]
        prev = recs[-1] if recs else None
        cue_floor = floor
        if cue.id == "nom.instrument":
            # "a treaty calling for …", "her proposal, which is to …": the instrument's content
            recs.extend(_instrument(ctx, sent, cstart, cend, prev, floor))
            continue
        if ctx.told_verbs and text[cstart - 1 : cstart].isspace() and cstart - 1 in ctx.told_verbs:
            continue  # "a pact calling for X, which both premiers signed in March"
        if cue.id in _RULING_BY_IDS:
            # "… appeal Monday's ruling by the agency to deport him": a ruling named by its
            # maker, also inside another record's action (whose span it leaves as it is)
            rec = _ruling_by(ctx, sent, cstart, cend, cue)
            if rec is not None:
                recs.append(rec)
            continue
        if prev and prev.span[0] <= cstart < prev.span[1]:
            if cue.modal and (narrowed := _complement_action(ctx, prev, cstart)) is not None:
                # "promised that in office, she would cut taxes": one pledge, not two
                if narrowed[0] < prev.span[1]:
                    prev.front = prev.span[0]
                    prev.span = narrowed
                prev.complement = True
                continue
            # a cue inside the previous action is nested ("agreed to keep talking") unless
            # it opens a coordinated clause ("... and resolved to", "..., and Y pledged")
            gap = text[prev.span[0] : cstart]
            gm = _NEW_CLAUSE_GAP.search(gap)
            if not gm:
                continue
            cj = _CONJ.match(gap, gm.start())
            if cj is not None and cj.end() < len(gap) and not _REL_WORD.search(gap):
                # "X is investigating A and the ministry is considering …": the new clause's
                # subject starts after the conjunction, not at the sentence's
                cue_floor = prev.span[0] + cj.end()
        restraint = False
        said_at = None  # "X said she would not lift the levy": where "said she" starts in before
        # the words _NEG, _WITHHELD and _HYPO need, looked for in the lowered text first (only
        # in ASCII text: under IGNORECASE "ı" and "ſ" match "i" and "s")
        plain = before.isascii() and cue_text.isascii()
        bfold = before.lower()
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
                continue
            restraint = True  # "X will not retreat": a pledge of restraint
        if cue_text[:1].isupper() and _NAME_CUE.match(text, cstart) and before.strip(" \t“\"‘'`"):
            continue  # "Will Smith", "the Promised Land": a name, not a cue
        if cue_text[:4].lower() == "plan" and _DROPPED_PLAN.search(before):
            continue  # "dialing back plans to cut …", "scrapped plans to": a plan given up
        if cue_text[:5].lower() == "plans" and _VERB_ED_BEFORE.search(before):
            continue  # "The mayor mocked plans to …": the noun, someone else's plans

        if (
            not cue.reported_only
            and (not plain or _HYPO_ANY.search(bfold))
            and _HYPO.search(before)
        ):
            continue
        if _ED_WORD.match(cue_text) and _PASSIVE.search(before):
            continue
        low = cue_text.lower()
        if (
            cue.id == "pledge.verb"
            and not _TO_THAT_END.search(low)
            and not _PLEDGE_STEM.match(low)
            and not (_COMMITTED_END.search(low) and _MONEY_OBJECT.match(text, cend))
        ):
            continue  # "committed", "resolved", "offered" commit only with "to"/"that"
        if cue.id == "pledge.verb" and not low.startswith("ha"):
            if not _TO_THAT_END.search(low) and _ATTRIBUTIVE_BEFORE.search(before):
                continue  # "60 pledged delegates", "offered promises Monday": an adjective or noun
            if low.endswith("s") and " " not in low:
                pw = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
                if pw[:1].islower() and pw.lower() not in _SUBJECT_WORDS:
                    continue  # "reversed previous pledges", "binds together pledges": a noun
            if low.endswith(" to") and _TO_PERSON.match(text, cend):
                continue  # "delegates committed to Clinton": allegiance, no act
        if cue.id == "pledge.verb" and _AFTER_PREPOSITION.search(before):
            continue  # "in exchange for guarantees that …": the noun after a preposition
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
            continue
        if low.startswith("plans to") and _TO_NON_VERB.match(text, cend):
            continue  # "health plans to double-digit increases": the noun
        if low[:4] == "plan" and _BARE_PLAN.search(before):
            continue  # "said a plan to sell … fell through": a plan with no owner named
        if low[:4] == "plan" and _DOC_PLAN.search(before):
            continue  # "develop a new plan to …": a document being drafted
        subj_at = cstart  # where the subject is read back from
        if before.rstrip().lower().endswith(" to") and not (cue.modal or cue.possessor):
            asp = _ASPECT_TO.search(before)
            if asp is None:
                continue
            subj_at = cstart - len(before) + asp.start()  # "X continued to vow": X  # an infinitive ("little to agree on", "hopes to sign") is not itself the cue
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
                continue  # "experts say it shows the regime's determination to …": their reading
            if cue.id == "nom.bid" and (_PAST_BID.search(before) or _BID_ENDED.search(before)):
                continue  # "his failed 2008 bid for the presidency": over
            if cue.id in ("nom.truce", "nom.labor_pact") and (
                _PACT_OVER.search(before) or _PAST_BID.search(before)
            ):
                continue  # "broke its ceasefire", "rejected the company's labor pact": none
            if low.startswith("commitment") and not (
                (nw := _NEXT_WORD.match(text, cend)) is not None
                and (nw.group(1) in _VOL or nw.group(1) in _COMMIT_VERBS)
            ):
                continue  # "her commitment to peace": an allegiance, no act ("… to cut taxes")
            rec = _nominal(ctx, sent, m, cue, floor, prev)
            if rec is not None and cue.id == "nom.bid":
                mv = _MAIN_VERB_AFTER.search(text, rec.span[0], rec.span[1])
                if mv is not None and mv.start() > rec.span[0]:
                    rec.span = (rec.span[0], mv.start())  # "… bid for re-election is in trouble"
                if _BID_OVER.search(text, rec.span[0], min(sent[1], rec.span[1] + 60)):
                    continue  # "his bid for the Senate ended in defeat"
            if rec is not None and cue.id in ("nom.truce", "nom.labor_pact"):
                # the pact is the thing undertaken: "the rebels' six-week-old truce"
                rec.span = (rec.subj_start, cend)
                rec.cue = text[cstart:cend]
            if rec is not None:
                rec.nominal = True
                recs.append(rec)
            continue
        if cue.id == "int.event_on_calendar":
            # "has a speech scheduled …": the cue is "has", the event from its determiner on
            # is the action
            cend = cstart + 4 if cue_text[2:3].lower() == "v" else cstart + 3
            cue_text = text[cstart:cend]
        verb_start = cend
        if cue.id == "int.planned_event" and _PLUPERFECT.search(before):
            continue  # "had scheduled a rally": a plan told as past narrative
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
            continue
        if cue.id in _OBJECT_IN_TEXT:
            # "signed an agreement", "announced a new fisheries deal": the object is the action
            vm = _OBJECT_VERB.match(cue_text)
            verb_start = cstart + vm.end() if vm else cend
            cend = verb_start
        vol = progressive = conditional = handover = False
        cond_text = ""  # the condition before a reported "would" ("if elected", "if she wins")
        liked = 0  # where the act after "would like to" starts
        agent: list[str] = []  # "will be met by X": X acts
        agent_span = (0, 0)
        if cue.id in ("int.expected", "pledge.threat", "int.poised"):
            nw = _NEXT_WORD.match(text, cend)
            if nw is None or nw.group(1) not in (_SCHEDULE if cue.id == "int.expected" else _VOL):
                continue  # "prices are expected to rise", "the storm threatened to flood"
            vol = True
        if cue.modal:
            vname = "v" + name[1:]
            verb = (m.group(vname) or "").lower()
            if verb == "no":
                lm = _NO_LONGER.match(text, m.end(vname))
                if lm is None or lm.group(1).lower() in _STATE_VERBS:
                    continue  # "would no longer become a victim": a state, not an act
            vol = verb in _VOL
            if verb == "be":
                bm = _BE_ACT.match(text, m.end(vname))
                if bm and (bm.group("loc") or bm.group("ing") in _VOL_ING):
                    verb, vol = "", True  # "will be travelling", "will be there to"
                    progressive = bool(bm.group("ing"))
                elif (pb := _BE_BY.match(text, m.end(vname), sent[1])) is not None and _agentive(
                    pb.group("v").lower()
                ):
                    # "the group would be met in Washington by X and Y": X and Y act
                    agent = [
                        a for a in _ids_in(ctx, pb.start("by"), pb.end("by"))
                        if ctx.actors[a].kind != "place"
                    ]
                    if agent and _NAME_FIRST.match(text, pb.start("by")):
                        verb, vol, agent_span = "", True, (pb.start("by"), pb.end("by"))
                    else:
                        agent = []
                elif _HANDOVER.match(text, m.end(vname)):
                    # "the files, he added, would be handed to the consulate": a handover the
                    # speaker undertakes (checked below: only in reported speech or a quote)
                    verb, vol, handover = "", True, True
            if cue.id == "int.going_to" and verb in _GOING_TO_OUTCOME:
                continue  # "we're going to win", "is going to such lengths": an outcome
            if verb == "do" and _DO_WELL.match(text, m.end(vname)):
                continue  # "the campaign would do well to …": advice, no undertaking
            if verb == "do" and _PRO_VERB.match(text, m.end(vname)):
                continue  # "would do it": the act is named elsewhere
            if verb in ("like", "love"):
                lm = _LIKE_TO.match(text, m.end(vname))
                if (
                    lm is not None
                    and lm.group(1).lower() in _VOL
                    and lm.group(1).lower() not in _COURTESY_VERBS
                ):
                    liked = lm.start(1)  # "We'd like to continue to cut debt": an intention
            if not liked and (
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
                continue
            if _NOUN_WILL.search(before):
                continue  # "the will of the voters", "their own will"
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
                    continue  # "if it emerged that …", "if Iran were a stock": no event
                if any(ctx.actors[a].kind == "person" for a in _ids_in(ctx, ifm.end(), cond_end)):
                    continue  # "X said if Y wins, he would …": "he" is likelier Y than X
                conditional = True
                cond_text = cond.strip()
            if verb == "tell" and text.startswith("you", m.end(vname) + 1):
                continue  # "I'll tell you": a turn of phrase
            if verb in _WISH_MODAL and not liked:
                continue  # "I would love to have him in the race": a wish
            if _CONTRACTED_D.match(cue_text) and (verb.endswith(("ed", "en")) or verb in _HAD_FORMS):
                continue  # "we'd signed", "he'd better": "had", no "would"
            if _EPISTEMIC.search(cue_text) or _EPISTEMIC_BEFORE.search(before):
                continue  # "will probably", "periodically will": a forecast or a habit
            if _SPEECH_ACT.match(text, m.start(vname)) or (
                verb in _HEDGE_ADV and _SPEECH_ACT.match(text, m.end(vname) + 1)
            ):
                continue  # "I would say", "I will make this promise": speaking, not pledging
            if _THAT_OPENING.match(text, sent[0], cstart):
                continue  # "That two hosts would sign up … says something": a subject clause
            verb_start = liked or m.start(vname)
            if restraint:
                nm = _NOT_WORD.search(cue_text)
                verb_start = cstart + (nm.start() + 1 if nm else 0)
        elif cue.id in ("ong.works", "int.looks_to"):
            asm = _AS_CLAUSE.search(text, max(sent[0], cstart - 80), cstart)
            if asm is not None:
                cue_floor = max(cue_floor, asm.start("s"))  # "… came as he and his aides try to"
            elif cue.id == "int.looks_to" or (
                not low.startswith(("works", "strives")) and "court" not in low
            ):
                continue  # "the chef tries to cook with local produce": a habit, not work
        elif (
            cue.id == "int.plans"
            and low in ("intended to", "designed to", "meant to")
            and (
                _REDUCED_RELATIVE.search(text, max(sent[0], cstart - 80), cstart)
                or _THING_PURPOSE.search(text, max(sent[0], cstart - 80), cstart)
            )
        ):
            continue  # "a series of rallies in 1992 intended to shut clinics": a purpose
        elif cue.id == "int.plans" and (
            _WISH.match(text, cend) or _SPEECH_ACT.match(text, cend + 1)
        ):
            # "wants to see lower fares": a wish; "I want to assure you": a speech act
            continue
        if cue.id == "agr.agreed" and not low.endswith((" to", "principle")):
            if low.startswith("agree"):
                wm = _AGREED_WITH.match(text, cend)
                if wm and not _AGREED_WITH_DEAL.search(_AND_VERB.split(wm.group("rest"), 1)[0]):
                    continue  # "agreed with the Democrats": an opinion shared
                if _AGREE_BARE.match(text, cend) and not low.startswith("agreed"):
                    continue  # "Pollsters agree -", "do agree on something"
            if (
                (sfold is None or _ANALYSTS_ANY.search(sfold))
                and _ANALYSTS.search(text, sent[0], cstart)
            ) and not _REPORTED.search(
                text, sent[0], cstart
            ):
                continue  # "economists who favour X agree that …": a view, not a deal
            if low.endswith("that"):
                mm = _THAT_MODAL.search(text, cend, min(sent[1], cend + 100))
                if mm and mm.group("v").lower() in _STATE_VERBS:
                    continue  # "agree that movement will be incremental": an opinion
        if cue.id == "pledge.verb" and "guarant" in low:
            mm = _THAT_MODAL.search(text, cend, min(sent[1], cend + 100))
            if low.endswith("that") and (mm is None or mm.group("v").lower() in _STATE_VERBS):
                continue  # "the machine guarantees that he will have …": an outcome
        if cue.id == "reaff.affirmed" and _NEGATED_CLAUSE.match(text, cend):
            continue  # "affirmed it doesn't plan to …": a refusal reaffirmed
        if cue.id == "agr.agreed" and (
            _AGREED_OPINION.match(text, cend) or (low == "agreed" and _AGREED_CLAUSE.match(text, cend))
        ):
            continue  # "agreed on that point", "agreed with him": shared opinion, no undertaking
        # "is considering a request from X": weighing someone else's proposal is work under
        # way, not a plan of one's own (the dev gold sets list it as ongoing work)
        weighed = cue.id == "int.planning" and "consider" in low and bool(_WEIGHED.match(text, cend))
        if cue.modal and low.startswith("would") and _HABIT_CHAIN.search(text, cend, sent[1]):
            continue  # "I would answer …, and he would look …": a habit in a past narrative
        if cue.id == "pledge.reward_by":
            rec = _reward_by(ctx, sent, cstart, cend, cue)
            if rec is not None:
                recs.append(rec)
            continue
        if cue.id == "ong.agents_trying":
            rec = _agents_trying(ctx, sent, cstart, cend, cue)
            if rec is not None:
                recs.append(rec)
            continue
        if cue.id == "ong.being_by":
            rec = _being_by(ctx, sent, cstart, cend, cue)
            if rec is not None:
                recs.append(rec)
            continue
        if (
            cue.id == "ong.searching"
            and cue_text[:1] in "wW"
            and not (
                (rb := _REPORTED_BEFORE.search(text, max(sent[0], cstart - 80), cstart))
                and not _GAP_CLAUSE.search(rb.group("gap"))
            )
        ):
            continue  # "they were searching for a car when …": a past background
        if cue.id == "bind.signed":
            bym = _SIGNED_BY.match(text, cend, sent[1])
            if bym:
                # "the accord signed by X and Y": the signers commit to the agreement before
                if _DEAL_BEFORE.search(before):
                    rec = _signed_by(ctx, sent, cstart, cend, bym, cue)
                    if rec is not None:
                        recs.append(rec)
                continue  # "a letter signed by 200 members": a description, no undertaking
            if _OBJECT_START.match(text, cend) and not _SIGNABLE.search(
                text, cend, min(sent[1], cend + 80)
            ):
                continue  # "signed a letter of apology", "signed autographs"
        made = ""  # the verb that made the instrument the subject names again ("signed")
        if cue.id in _PLAN_SUBJECT_CUES:
            # "The company's strategy for … -- … -- calls for a lid on costs": the owner of the
            # plan noun that is the subject intends it; a call by a person is a demand
            subj = _plan_owner(ctx, sent, cue_floor, cstart)
            if subj is None:
                # "The program also calls for …" after "X and Y signed a plan": its makers
                got = _instrument_subject(ctx, sent, cue_floor, cstart)
                if got is not None:
                    subj, made = got
                elif cue.id == "int.plan_calls_for" and _CALL_RE.match(text, cstart, sent[1]):
                    cue = _CALL_CUE  # "Smith calls for ending farm subsidies"
                    subj = _subject(ctx, sent, subj_at, cue_floor, False)
        else:
            subj = _subject(ctx, sent, subj_at, cue_floor, bool(_ING_WORD.match(cue_text)))
        planned = False
        if (
            cue.modal
            and vol
            and (subj is None or not subj.reported)
            and _PLAN_NOUN_END.search(text, max(sent[0], cstart - 40), cstart)
        ):
            # "the senator's plan would also cap deductions", "his proposal will lift the cap": what
            # an owned plan would do is its owner's proposal, no hypothetical (the dev gold sets
            # list each item as the owner's pledge)
            po = _plan_owner(ctx, sent, cue_floor, cstart)
            if po is not None:
                subj, planned = po, True
        elif (
            cue.modal
            and vol
            and subj is not None
            and not subj.reported
            and len(subj.ids) == 1
            and low.startswith("would")
            and ctx.actors[subj.ids[0]].kind == "person"
            and _named_alone(ctx, subj)
            and any(pos < cstart and pid == subj.ids[0] for pos, pid in _plan_owners(ctx))
        ):
            # "Roe's tax plan … For the rich, she would impose a surcharge": in a story that
            # tells a person's plan, what that person would do is the plan's content (the dev
            # gold sets list each item as a pledge), not a guess
            planned = True
        if subj is None:
            continue
        if said_at is not None and not _own_refusal(ctx, sent, cstart - len(before) + said_at.start(), subj):
            continue  # "Many Republicans said they will not attend": no named one refrains
        if (
            _FEW_SUBJECT.match(text, subj.start)
            or _FEW_TAIL.search(text, subj.start, subj.end)
            or (
                cue.modal
                and (
                    _GUESS_BEFORE.search(text, max(sent[0], subj.start - 24), subj.start)
                    or _GUESS_LEAD.match(text, subj.start, subj.end)
                )
            )
        ):
            continue  # "not all leaders are ready to", "a force few politicians want to …"
        if (sfold is None or "no " in sfold) and _NO_CHANCE.search(text, sent[0], cstart):
            continue  # "There is no chance X will …", "no reason to believe that X plans to"
        if subj.chained and (
            cue.id == "int.scheduled" or (cue.id == "pledge.verb" and low.endswith("ed"))
        ):
            continue  # "the bank, which sold bonds and guaranteed …", "…, which is to resume …"
        if cue.id == "bind.joined":
            obj = _ids_in(ctx, cend, min(sent[1], cend + 60))
            if (
                not subj.ids
                or any(ctx.actors[a].kind != "country" for a in subj.ids)
                or (obj and ctx.actors[obj[0]].kind in ("country", "person", "place"))
            ):
                continue  # "Smith joined Acme", "France joined Germany in urging …": no treaty
        if cue.strength == "binding" and _BACKGROUND_CLAUSE.search(
            text, max(sent[0], subj.start - 12), cstart
        ):
            continue  # "when I signed the bill", "whose husband signed the act": background
        if cue.modal and (
            _HOPE_THAT.search(text, max(sent[0], subj.start - 30), subj.start)
            or _WHERE_CLAUSE.search(text, max(sent[0], subj.start - 10), subj.start)
        ):
            continue  # "hope that Iraq would withdraw"; ", where delegates will pick …"
        if subj.relative and cue.strength == "binding" and not (
            cue.id == "bind.partnership" and low[:2] == "ha"
        ):
            continue  # "X, who signed the law …": a description of someone, not news of a deal
            # ("X, which has gone into partnership with Y": a standing alliance, kept)
        if cue.id == "ong.trying_participle" and _LIST_ITEM_BEFORE.search(before):
            continue  # "jobs, security, trying to bring order": an item of a list, no clause
        if cue.id == "pledge.endorsed" and (subj.relative or _PLUPERFECT.search(before)):
            continue  # "Smith, who had endorsed Tanaka, will host …": a description, background
        if cue.id == "int.plans" and low.startswith("wanted") and not subj.reported:
            # "he wanted to reunite": a past wish told as narrative; after "said" the past is
            # only the reported speech's backshift ("He said the government wanted to …")
            continue
        if (
            cue.id in ("int.plans", "pledge.are_committed")
            and _PAST_READY.match(low)
            and not subj.reported
            and _view_at(ctx, cstart) is None
            and not accorded()
        ):
            continue  # "The judges were ready to adjourn": a past state told as narrative
        if (
            cue.id in ("int.plans", "pledge.are_committed")
            and low.startswith(("was ", "were ", "wanted"))
            and (qv := _view_at(ctx, cstart)) is not None
            and qv.direct
        ):
            continue  # '"He was ready to testify again," X said': the past, in the speaker's words
        if _CLAIM_THAT.search(text, max(sent[0], subj.start - 40), subj.start):
            continue  # "claims that the board is trying to …": an accusation, not its pledge
        if _DENIED.search(text, max(sent[0], subj.start - 40), subj.start) or _DENIED.search(
            text, max(sent[0], cstart - 30), cstart
        ):
            continue  # "X denied that he had promised to …", "denied ever agreeing to": denied
        if _CLAIMED_THAT.search(
            text, max(sent[0], subj.start - 60), subj.start
        ) and not _PRONOUN_WE.fullmatch(text[subj.start : subj.end]):
            continue  # "claiming without evidence that Obama wanted to …": a rival's assertion
        if (
            cue.modal
            and _WARNED_THAT.search(text, max(sent[0], subj.start - 30), subj.start)
            and not _PRONOUN_WE.fullmatch(text[subj.start : subj.end])
        ):
            continue  # "warning that the exit will sap …": a warned outcome ("warned it will" stays)
        if cue.strength == "reaffirmation" and _RULING_SUBJECT.search(text, subj.start, subj.end):
            continue  # "The court's ruling affirms a basic principle": a ruling, not a pledge
        if (
            subj.relative
            and cue.modal
            and not subj.reported
            and _OPEN_RELATIVE.search(text, max(sent[0], cstart - 200), cstart)
            and not (vol and any(ctx.actors[a].kind != "place" for a in subj.ids))
        ):
            # "the bill, which would take the decision away", "Geneva, the city that will host
            # the talks": no actor's undertaking; but an actor's agentive act is one ("the anchor,
            # who will chair the last debate"), as the dev gold sets list it
            continue
        if subj.coordinated and recs and not recs[-1].nominal:
            # "X agreed to A and pledged to B": the subject of the clause before; after a pledge
            # noun ("X called Y's plans to A … and threatened to B") the sentence's own subject
            last = recs[-1]
            subj = replace(subj, start=last.subj_start, end=last.subj_end, ids=list(last.actors))
            subj.explicit = True
        subj_text = text[subj.start : subj.end]
        if (
            _IF_BEFORE.search(text[max(sent[0], subj.start - 12) : subj.start])
            and not _own_if_before(text, max(sent[0], subj.start - 90), subj.start, subj_text)
        ) or _OPENING_CONDITION.match(text, sent[0], subj.start):
            continue
        if _SUBORDINATE.search(text, max(sent[0], subj.start - 10), subj.start):
            continue  # "… would be extended before they would build": a condition, not a pledge
        if (
            cue.modal
            and (sfold is None or "you" in sfold)
            and _GENERIC_YOU.match(text, sent[0], subj.start)
            and not _WE_I_OUR.fullmatch(subj_text)
        ):
            continue  # "If you doubt it, the papers will call you a liar": a generic outcome
        if (sfold is None or "like" in sfold or "if" in sfold or "though" in sfold) and _SIMILE.search(
            text, sent[0], subj.start
        ):
            continue  # "It is like freeing a thief because he promised to …"
        if cue.id == "int.scheduled" and not subj.ids:
            continue  # "Nine grazing leases are due to expire next spring": a schedule
        if _CONTACT_RELATIVE.search(subj_text):
            continue  # "the things she wants to accomplish": a relative clause, no committer
        if _INDIRECT_QUESTION.search(subj_text):
            continue  # "decide what steps we would take": an open question
        if (
            (
                (not subj_text.isascii() or _ANALYSTS_ANY.search(subj_text.lower()))
                and _ANALYSTS.search(subj_text)
            )
            or _GENERIC_SUBJECT.match(subj_text)
            or subj_text.lower() in _GENERIC_OPENING  # "Voters approved …" opening a sentence
        ):
            continue
        if _CONTRACTED_D.match(cue_text) and not liked and subj_text.lower() in ("i", "we"):
            continue  # '"I'd beat him," he said': a speaker's "I'd" is as often a hypothetical
        by_source = False
        shown = subj_text
        if (
            subj.source_span
            and _PRONOUN.fullmatch(subj_text)
            and not (
                text[subj.start - 5 : subj.start] == "that "
                and _claim_by(ctx, subj.start, subj_text.lower())
            )
        ):
            # "the company said it will close …": the pronoun is who says it; an unnamed
            # speaker's own plan ("Most voters say they plan to watch") names no committer
            ss, se = _trim(text, *subj.source_span)
            if ss == sent[0] and (dl := _DATELINE_LEAD.match(text, ss, se)) is not None:
                ss = dl.end()  # "PHILADELPHIA ― Roe's campaign said it …": the dateline aside
            src_phrase = text[ss:se]
            # the last comma, semicolon or wire-style dash (" _ ", "--"): "Citing evidence _
            # including … _ officials said they": the speaker follows it
            cut = max(src_phrase.rfind(","), src_phrase.rfind(";")) + 1
            if "_ " in src_phrase or "--" in src_phrase:
                dash = max(src_phrase.rfind(" _ ") + 2, src_phrase.rfind("--") + 1)
                if dash > cut and not _CLAUSE_AFTER_DASH.match(src_phrase, dash + 1):
                    cut = dash + 1  # not "X is backing Y -- not me -- and he says he'll"
            if (
                cut
                and text[ss : subj.source_span[1]].rstrip().endswith(",")
                and _FINITE_AFTER_ASIDE.match(text, subj.source_span[1])
            ):
                # an aside closed by a comma right before the reporting verb ("X, speaking to
                # veterans in Ohio, said he", "Japan, the largest donor, said it", "Y, facing a
                # recall vote, her first, said she"): no subject is parted from its
                # verb by a comma, so the speaker is the first name before a comma that agrees
                # with the pronoun; with no name before the aside ("The two sides, meeting in
                # Oslo, said they"), the phrase before the aside
                # (the aside's own closing comma, trimmed off, is the last place looked at: "One
                # hopeful, Jane Roe, says she" names Roe in the aside)
                pron = subj_text.lower()
                end_at = None
                ends = [i for i in range(cut) if src_phrase[i] == ","] + [len(src_phrase)]
                for c in ends:
                    if any(
                        ss + c - m[1] <= 1
                        and ctx.actors[m[2]].kind in _PRONOUN_KINDS.get(pron, "")
                        and coref.agrees(ctx.gender, ctx.actors[m[2]], pron)
                        for m in _mentions_in(ctx, ss, ss + c)
                    ):
                        end_at = c
                        break
                if end_at is None and not _mentions_in(ctx, ss, ss + cut - 1):
                    end_at = cut - 1
                if end_at is not None and end_at < len(src_phrase):
                    se = ss + end_at
                    src_phrase = text[ss:se]
                    cut = max(src_phrase.rfind(","), src_phrase.rfind(";")) + 1
            words = src_phrase[cut:].lstrip(" \t\"“”‘’'`").split(None, 1)
            if ss < se and words and not _PRONOUN.fullmatch(words[0]):
                # only the speaker right before the verb ("X said it"), not any name earlier on
                tm = _SRC_TAIL.search(src_phrase, cut)
                se2 = ss + tm.start() if tm else se
                near = [m for m in _mentions_in(ctx, ss, se2) if se2 - m[1] <= 1]
                appos = bool(cut) and (
                    words[0].lower() in _APPOSITION_OPEN
                    or ("which" in src_phrase or "who" in src_phrase)
                    and words[0].lower() not in _ASIDE_THEN_CLAUSE
                    and _RELATIVE_ASIDE.match(src_phrase) is not None
                )  # "Acme, which bid $5 for Globex, said it": Acme, never Globex
                if cut and ((not near and words[0].lower() in _AUX_OPEN) or appos):
                    # "X, like Y, has urged … but has said she will": the verb's subject is the
                    # name before the first comma, when the pronoun agrees with it; so in "X, a
                    # loyalist of Y, said (…) he" and "Acme, a unit of Globex, said it" (the name
                    # ending the apposition is not the speaker)
                    fc = ss + src_phrase.find(",")
                    first = [
                        m for m in _mentions_in(ctx, ss, fc)
                        if fc - m[1] <= 1
                        and coref.agrees(ctx.gender, ctx.actors[m[2]], subj_text.lower())
                        and (
                            not appos
                            or _PRONOUN_KINDS.get(subj_text.lower(), "").find(
                                ctx.actors[m[2]].kind
                            ) >= 0
                        )
                    ]
                    if first or not appos:
                        near = first
                sids = [near[-1][2]] if near else []
                lone = ""
                if near and subj_text.lower() == "they":
                    # "Japan and India said they …": the whole coordinated subject
                    k = bisect.bisect_left(ctx.starts, near[-1][0])
                    while k < len(ctx.mentions) and ctx.mentions[k] != near[-1]:
                        k += 1
                    if k < len(ctx.mentions):
                        chain = ctx.chains.get(k) or ctx.chains.setdefault(k, _chain(ctx, text, k))
                        if chain[2] and chain[0] >= ss:
                            sids = list(chain[1])
                    if (
                        len(sids) == 1
                        and ctx.actors[sids[0]].kind == "person"
                        and not _family_plural(ctx, near[-1])
                    ):
                        # "Castro said they would …": one person is no "they"; the plural
                        # named before, else nobody named
                        lone = sids[0]
                        sids = [a for a in _group(ctx, subj.start, "they") if a != lone]
                if near and coref.DESCRIBED.search(text, ss + cut, se2):
                    # "The grandmother of X said she …": the grandmother, not X
                    rel = coref.descriptions(ctx.doc, ctx.actor_list).relative(ss + cut, se2)
                    sids = [rel.id] if rel is not None else []
                    if rel is None:
                        subj.ids = []  # an unnamed relative speaks: not the person named
                sexp = bool(sids) or bool(lone)
                owner_it = False
                if (
                    not sids
                    and not lone
                    and subj_text.lower() == "it"
                    and (dm := _DESCRIBED_SPEAKER.fullmatch(
                        text, ss + cut + len(_words_lead(src_phrase[cut:])), se2
                    )) is not None
                    and _FIRM_NOUN.fullmatch(dm.group("n"))
                ):
                    # "The No. 2 steel maker then wrote Globex that it …": the firm the
                    # description names (by its kind, else the organisation the sentences
                    # before are about), never an addressee or a country premodifying it
                    co = coref.descriptions(ctx.doc, ctx.actor_list)
                    hit = co.org_of_kind(dm.group("n"), dm.start())
                    if hit is None:
                        im = co.it_antecedent(dm.start(), dm.start() - 3000)
                        hit = im[2] if im is not None else None
                    if hit is not None:
                        sids, sexp = [hit.id], True
                if not sids and not lone:
                    # "Wells Fargo this month announced it …": the name opening the speaker
                    # phrase, an adverbial after it
                    pron = subj_text.lower()
                    inner = [
                        m for m in _mentions_in(ctx, ss + cut, se2)
                        if _PRONOUN_KINDS.get(pron, "").find(ctx.actors[m[2]].kind) >= 0
                        and coref.agrees(ctx.gender, ctx.actors[m[2]], pron)
                    ]
                    if pron == "it" and not inner:
                        # "Roe's campaign announced it would …": the campaign (office, team)
                        # is "it", and it speaks for the person who owns it
                        owned = [
                            m for m in _mentions_in(ctx, ss + cut, se2)
                            if ctx.actors[m[2]].kind == "person"
                            and _OWN_BODY.match(text, m[1])
                            and _LEAD_DET.fullmatch(text, ss + cut, m[0])
                        ]
                        if owned:
                            own_id = owned[0][2]
                            camp = (
                                _campaign_of(ctx, own_id)
                                if "campaign" in text[owned[0][1] : owned[0][1] + 30]
                                else []
                            )  # the campaign itself too, when the text names it as a body
                            sids, sexp, owner_it = [own_id, *camp], True, True
                        elif (
                            om := _OWNER_LEAD.match(
                                text, ss + cut + len(_words_lead(src_phrase[cut:])), se2
                            )
                        ) and (oid := _by_surname(ctx, om.group("n"))):
                            # the owner's name the actors stage left unmarked ("Roe’ campaign")
                            sids, sexp, owner_it = [oid], True, True
                    if sids:
                        pass
                    elif (
                        len({m[2] for m in inner}) == 1
                        and _LEAD_DET.fullmatch(text, ss + cut, inner[0][0])
                        and not _AFTER_PREP.search(text, max(0, inner[0][0] - 12), inner[0][0])
                        and (
                            not _POSSESSIVE_S.match(text, inner[0][1])
                            or _SPEAKS_FOR.match(text, inner[0][1])
                        )
                        and coref.agrees(ctx.gender, ctx.actors[inner[0][2]], subj_text.lower())
                    ):
                        sids, sexp = [inner[0][2]], True
                    elif not inner:
                        # "Roe's campaign says she will …" with the possessive left unmarked
                        om = _OWNER_NAME.match(text, ss + cut + len(_words_lead(src_phrase[cut:])))
                        oid = (
                            _by_surname(ctx, om.group("n"), subj_text.lower())
                            if om and om.end() <= se2 and _SPEAKS_FOR.match(text, om.end())
                            else None
                        )
                        if oid and coref.agrees(ctx.gender, ctx.actors[oid], subj_text.lower()):
                            sids, sexp = [oid], True
                if not sids and not lone and not _ids_in(ctx, ss + cut, se):
                    # "In Oslo, Norway, the bloc announced it …": the phrase after the
                    # last comma is the speaker; a name in an opening adverbial is not
                    sids, sexp = _resolve(ctx, *_trim(text, ss + cut, se))
                if not sids and not lone:
                    # a surname the actors stage did not mark here ("Sanders said …")
                    sid = _by_surname(ctx, text[ss + cut : se2].strip())
                    sids, sexp = ([sid], True) if sid else (sids, sexp)
                word = subj_text.lower()
                kinds = [ctx.actors[a].kind for a in sids]
                if word in ("he", "she"):
                    sids = [a for a, k in zip(sids, kinds) if k == "person"][:1]
                elif word == "it" and not owner_it:
                    sids = [a for a, k in zip(sids, kinds) if k not in ("person", "place")][:1]
                else:
                    sids = [a for a, k in zip(sids, kinds) if k != "place"]
                if (sids and sexp) or lone:
                    subj.ids, subj.explicit, by_source = sids, True, True
                elif (
                    not sids
                    and word in ("it", "they")
                    and not _ids_in(ctx, ss, se)
                    and _PROPER_NAME.fullmatch(text, ss + cut + (len(src_phrase[cut:]) - len(src_phrase[cut:].lstrip())), se2)
                ):
                    # "Paribas says it will offer …": a name the actors stage missed
                    subj.ids, subj.explicit, by_source = [], True, True
                    shown = text[ss + cut : se2].strip()
                elif (
                    not sids
                    and word == "they"
                    and _AND_SAID.search(text, max(ss, se - 8), se)
                    and (am := _AGENT_LEAD.match(text, ss + cut + len(_words_lead(src_phrase[cut:]))))
                    and am.end() < se
                ):
                    # "Lawyers for the family sent letters to X and Y and said they …": the
                    # subject of the coordinated verbs, never the objects named between
                    subj.ids, subj.explicit, by_source = [], True, True
                    shown = am.group().strip()
                elif (
                    not sids
                    and word == "they"
                    and not (cue.modal and verb in _OUTCOME_VERBS)
                    and (am := _AGENT_PLURAL.match(text, ss + cut + len(src_phrase[cut:])
                                                   - len(src_phrase[cut:].lstrip()), se2))
                ):
                    # "federal officials said Monday they will …": unnamed officials, police,
                    # lawyers or organisers speak for their own body (not "voters say they …")
                    body = [
                        m[2] for m in _mentions_in(ctx, am.start(), se2)
                        if ctx.actors[m[2]].kind in ("organization", "country", "group")
                    ]
                    # "RJR's executives said they will …", "State Department officials said
                    # they …": a body named in the phrase is the one they speak for
                    subj.ids, subj.explicit, by_source = list(dict.fromkeys(body))[:2], True, True
                    shown = text[am.start() : se2].strip()
                elif not sids and not _NAMED_SOURCE.search(src_phrase):
                    continue
            elif ss < se and words and words[0].lower() == subj_text.lower() == "they":
                # "Since then, they have stated they will contest it": the speakers are the committers,
                # whoever the first "they" refers to
                p0 = ss + cut + len(_words_lead(src_phrase[cut:]))
                tids, texp = _resolve(ctx, p0, p0 + 4)
                if tids and texp:
                    subj.ids, subj.explicit, by_source = tids, True, True
            elif ss < se and words and words[0].lower() == subj_text.lower() in _SAID_SAME:
                # '"…," he said, adding he would never …': the same pronoun as the speaker of
                # the quote just before; the quote's speaker is the committer ("It said it
                # would …" after a sentence about a body: the body the views stage resolved)
                said_kinds = ("person",) if subj_text.lower() != "it" else ("organization", "country")
                qv = next(
                    (
                        v for v in ctx.views
                        if v.speaker and v.speaker_span
                        and ss + cut <= v.speaker_span[0] < se
                        and ctx.actors[v.speaker].kind in said_kinds
                    ),
                    None,
                )
                if qv is not None and qv.speaker:
                    subj.ids, subj.explicit, by_source = [qv.speaker], True, True
        if (
            not by_source
            and not subj.source_span
            and _PRONOUN.fullmatch(subj_text)
            and not text[sent[0] : subj.start].strip()  # (in a quote: someone talked about)
            and (tail := _text_end(text, sent[0], sent[1])[1]) is not None
        ):
            # "He will order a review, X said.", "It will invest $1 billion, Acme said.": a
            # pronoun opening the sentence is the one the closing attribution names, when it
            # agrees with the pronoun and nobody else before it is the pronoun's referent
            # ("Japan and Canada met. They will …, the two sides said": confirmed)
            word = subj_text.lower()
            tids = _ids_in(ctx, tail[0], tail[1]) or _resolve(ctx, tail[0], tail[1])[0]
            fit = [
                a for a in tids
                if ctx.actors[a].kind in _PRONOUN_KINDS[word]
                and coref.agrees(ctx.gender, ctx.actors[a], word)
            ]
            if word == "they" and len(fit) == 1 and ctx.actors[fit[0]].kind == "person":
                fit = []  # one person is no "they" ('They want …, Roe said')
            if fit and (not subj.ids or set(fit) <= set(subj.ids)):
                subj.ids = subj.ids or (fit if word == "they" else fit[:1])
                subj.explicit = by_source = True
        if agent:
            subj.ids, subj.explicit, by_source = agent, True, True
            shown = text[agent_span[0] : agent_span[1]]
        if handover:
            hv = _view_at(ctx, cstart)
            givers = subj.source_ids[:1] or ([hv.speaker] if hv is not None and hv.speaker else [])
            said = _PAREN_SAID.search(text, max(sent[0], subj.start - 80), subj.start)
            if not givers and said is not None:
                # "Once recovered, she added, the files would be given back to …"
                who = said.group("who")
                if who.lower() in ("he", "she"):
                    # the pronoun of a verb of saying is likeliest the last person quoted
                    pid = next(
                        (
                            v.speaker for v in reversed(ctx.views)
                            if v.speaker and v.speaker_span
                            and v.speaker_span[1] <= said.start("who")
                            and ctx.actors[v.speaker].kind == "person"
                            and coref.agrees(ctx.gender, ctx.actors[v.speaker], who.lower())
                        ),
                        None,
                    ) or _last_of(ctx, said.start("who"), ("person",), pronoun=who.lower())
                    givers = [pid] if pid else []
                else:
                    gids, gexp = _resolve(ctx, said.start("who"), said.end("who"))
                    givers = gids[:1] if gexp else []
            if not givers or not (subj.reported or hv is not None or said is not None):
                continue  # "the suspect will be handed over to police": nobody undertakes it
            subj.ids, subj.explicit, by_source = givers, True, True
            subj.reported = subj.reported or said is not None
            shown = ctx.actors[givers[0]].name
        if (
            cue.modal
            and not by_source
            and ("“" in cue_text or '"' in cue_text)
            and subj.ids
            and all(ctx.actors[a].kind == "person" for a in subj.ids)
            and (qv := _view_at(ctx, cstart)) is not None
            and qv.speaker not in subj.ids
            and not _SPOKES_ROLE.search(qv.role or qv.speaker_text or "")
        ):
            continue  # 'a supporter says Cruz will “win big”': someone else's words about him
        if (
            _QUOTE_BEFORE_VERB.search(text, max(sent[0], cstart - 12), cstart)
            and (qv := _view_at(ctx, cstart)) is not None
            and qv.speaker
            and ctx.actors[qv.speaker].kind == "person"
            and qv.speaker not in subj.ids
            and not _SPOKES_ROLE.search(qv.role or qv.speaker_text or "")
        ):
            continue  # 'he said Roe "is going to help us"': a person's words about another
        own_condition = conditional and _own_condition(cond_text, subj_text)
        if conditional and not (
            by_source or liked or own_condition or subj_text.lower() in ("i", "we")
        ):
            continue  # "she said if Y attacked, Z would respond": a hypothetical about others
        if cue.modal and cue.reported_only and _UNTIL_BEFORE.search(text, sent[0], subj.start):
            continue  # "would not leave until X had assurances that Y would give …"
        if cue.modal or cue.id in (
            "bind.signed", "int.expected", "pledge.threat", "int.poised", "pledge.would_be_willing"
        ):
            deal = bool(_DEAL_SUBJECT.search(subj_text))
            ok = subj.explicit or deal or planned or bool(_GENERIC_PARTIES.search(subj_text))
            followed = False
            if (
                not ok
                and (vol or cue.id == "bind.signed")
                and subj.ids
                and (_HE_SHE.fullmatch(subj_text) or subj_text.lower() == "it")
                and _view_at(ctx, cstart) is None
                and _prev_subject(ctx, subj.start, subj_text.lower()) == subj.ids[0]
            ):
                # "X met Y on Monday. He will then travel to Z": the person the story follows,
                # opening the sentence after one he opens, with an act of his own (so "It will
                # …", "It signed …" after a sentence a body or a country opens)
                ok = followed = True
            if (
                not ok
                and vol
                and subj.ids
                and _HE_SHE.fullmatch(subj_text)
                and (sv := _view_at(ctx, cstart)) is not None
                and sv.direct
                and sv.speaker not in subj.ids
                and _SPOKES_ROLE.search(sv.role or sv.speaker_text or "")
            ):
                # '… said Friday that "she would sign this bill"': a spokesman's quote tells
                # the act of the one he speaks for
                ok = followed = True
            if not ok and vol and _NAMED_GROUP.fullmatch(subj_text):
                ok = True  # "the Ricketts family will donate": the name, if it is an actor's
                nid = ctx.by_name.get(" ".join(subj_text.split()[1:-1]).lower())
                subj.ids = [nid] if nid else subj.ids
            if not ctx.actors and not ok:
                ok = subj_text[:1].isupper() and not _NOT_SUBJECT.match(subj_text)
            if not ok or (
                _NOT_SUBJECT.match(subj_text) and not (by_source or followed or planned)
            ):
                continue
            if cue.reported_only and not (
                planned
                or liked  # "the campaign would like to hold a rally": a wish to act, told as such
                or subj.reported
                or _view_at(ctx, cstart)
                # "Under the accord, X would …": a term of a deal, as reported as a said one
                or (under is not None and subj.start >= under.end())
            ):
                continue
            if (
                cue.modal
                and (sfold is None or _ANALYSTS_ANY.search(sfold))
                and _ANALYSTS_SRC.search(text, sent[0], sent[1])
            ):
                v_at = _view_at(ctx, cstart)
                if v_at is None or _ANALYSTS.search(v_at.speaker_text or ""):
                    continue  # a forecast by analysts, or told in their words
        if cue.id == "bind.requires":
            # "Bank covenants require that the firm keep …": the party named after the
            # verb is bound; only terms or an agreement bind (not a law, a job, a situation)
            om = _OBLIGED.match(text, cend, sent[1])
            if not _TERMS_SUBJECT.search(subj_text) or om is None:
                continue
            ob_ids, ob_exp = _resolve(ctx, *_trim(text, om.start("np"), om.end("np")))
            ids_b = ob_ids if ob_exp else []
            subj.ids = list(dict.fromkeys(ids_b + _group(ctx, subj.start, "parties")))
            if not subj.ids:
                continue
            verb_start = om.end() + (3 if text.startswith(" to ", om.end()) else 0)
        elif cue.deal_subject:
            if not _deal_subject(ctx, subj_text, subj.start):
                continue
            subj.ids = _group(ctx, subj.start, "parties")
        strength = "intention" if progressive or liked else cue.strength  # "would be travelling"
        if weighed:
            strength = "ongoing"
        ids = subj.ids
        if cue.id == "pledge.dividend_paid":
            # "The higher payout will be paid March 3 …": the company named last pays it
            payer = ids[0] if ids and subj.explicit else _last_of(ctx, cstart, ("organization",))
            if payer is None:
                continue
            ids, shown = [payer], ctx.actors[payer].name
        if (
            _WE_I_OUR.fullmatch(subj_text)
            and _OPEN_QUOTE.search(text, sent[0], cstart)
            and not _view_at(ctx, cstart)
            and (acc_src := accorded())
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
        if (
            cue.fact_check
            and low.endswith("that")
            and not re.search(
                r"\b(?:will|would|should|must|shall|can)\b", text[cend : cend + 100], re.IGNORECASE
            )
        ):
                continue
        if cue.fact_check and re.match(
            r"\s*(?:the|its|their)\s+(?:importance|value|significance)\b",
            text[cend : cend + 40],
            re.IGNORECASE,
        ):
            continue
        if (cue.modal or cue.id == "int.plans") and _forecast(text, sent, cstart, cend, slow):
            continue  # "X predicted that Y will …", "Y will …, X forecast": a prediction
        # the committed action
        t0 = verb_start
        while t0 < sent[1] and text[t0] in " \t“”\"‘'":
            t0 += 1
        t1, _ = _text_end(text, t0, sent[1])
        more = _NEW_PAST.search(text, t0, t1)
        if more:
            t1 = more.start()  # "will sell the unit, and took a loss …": a new clause in the past
        if cue.committer_kinds and (cm := _CALL_END.search(text, t0, t1)) is not None:
            t1 = cm.start()  # "X called for A, but Y would …", "…; some cheer when": X's call ends
        if t1 <= t0:
            continue
        if cue.id == "pledge.threat" and _IF_UNLESS.search(text, t0, t1):
            continue  # "threatened to veto the bill if it …": a conditional threat is no undertaking
        cue_shown = text[cstart:cend].strip() if not cue.modal else text[cstart:verb_start].strip()
        if not cue_shown and restraint:
            cue_shown = text[cstart : cstart + 5]  # "won't": the cue stays in the action too
        if _BARE_WORD.fullmatch(text[t0:t1]) and cue.id != "ong.searching":
            # "… patrols along the coast, which X committed to expand": the bare verb's
            # object is the noun phrase the relative clause hangs on
            ant = _antecedent(text, sent[0], subj.start)
            if ant is not None:
                cue_shown = text[cstart:t1]
                t0, t1 = ant
        if cue.needs_actor and not ids and not _INQUIRY_AGENTS.fullmatch(subj_text.strip()):
            continue  # "the stock is selling at a discount": no one's work (unnamed police
            # or investigators "are pursuing 250 leads" still work for their unnamed body)
        if cue.committer_kinds and (
            not ids or any(ctx.actors[i].kind not in cue.committer_kinds for i in ids)
        ):
            continue  # "the union called for a ban on overtime": advocacy, not its own act
        if cue.id == "int.scheduled_for" and not (
            _PRONOUN.fullmatch(subj_text.strip())
            or any(me == subj.end for _ms, me, _i in _mentions_in(ctx, subj.start, subj.end))
        ):
            continue  # "the next GOP debate is set for Dec. 15": a thing on the calendar
        if prev and prev.span[0] <= cstart < prev.span[1]:
            cut = subj.start if subj.start > prev.span[0] else cstart
            pe = cut
            while pe > prev.span[0] and text[pe - 1] in " \t,;":
                pe -= 1
            pe = pe - 3 if text[pe - 3 : pe].lower() == "and" else pe
            while pe > prev.span[0] and text[pe - 1] in " \t,;":
                pe -= 1
            prev.span = (prev.span[0], pe)
        if cue.object_actors or strength == "binding" or cue.id in _OBJECT_IN_TEXT:
            # "signed agreements with Chile", "has an agreement with Kestrel Inc to sell …":
            # the other party of the agreement (only the noun phrase after "with")
            wm = (_PARTY_NP if cue_text[-4:].lower() == "with" else _WITH_PARTY).match(text, t0, t1)
            if wm:
                ids = list(dict.fromkeys(ids + _party_ids(ctx, wm.start("np"), wm.end("np"))))
        if strength in ("agreement", "binding") and cue.id in _TRADE_CUES:
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
                    if (
                        k
                        or len(ms_) < 2
                        or not _POSSESSIVE_S.match(text, me)
                        or ms_[1][0] > me + 3
                    ):
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
        source = subj.source_ids[0] if subj.source_ids else None
        view = _view_at(ctx, cstart)
        if view and view.speaker and source is None:
            source = view.speaker
        if made:
            strength = _instrument_strength(made.split("|")[0], made.split("|")[1], len(ids))
            if cue.id == "int.plan_designed":
                strength = "intention"
        rec = _Rec(
            ids,
            _drop_asides(shown),
            cue_shown,
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
    acc_src = accorded() if recs or (out and carry) else []
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
