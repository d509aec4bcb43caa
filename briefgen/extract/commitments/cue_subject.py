"""The committer steps of the sentence pass, after the cue gates (cue_gates.py): reading the
cue's subject (_read_subject), the gates on it (few, denied, claimed, warned, relative clauses,
conditions, generic subjects), the subject a coordinated clause shares, the speaker a closing
attribution names for an opening pronoun, the agent of a passive and the giver of a handover,
quotes about someone else, the tests a modal's subject must pass, and the parties bound by
terms or a deal. A gate returns True when the cue is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.extract import coref
from briefgen.extract.commitments.attribution import (
    _GENERIC_PARTIES,
    _accorded,
    _deal_subject,
)
from briefgen.extract.commitments.descriptions import (
    _prev_subject,
)
from briefgen.extract.commitments.filters import (
    _ANALYSTS,
    _ANALYSTS_ANY,
    _ANALYSTS_SRC,
    _BACKGROUND_CLAUSE,
    _CLAIM_THAT,
    _CLAIMED_THAT,
    _CONTACT_RELATIVE,
    _CONTRACTED_D,
    _DENIAL_WORDS,
    _DENIED,
    _FEW_SUBJECT,
    _FEW_TAIL,
    _GENERIC_OPENING,
    _GENERIC_SUBJECT,
    _GENERIC_YOU,
    _GUESS_BEFORE,
    _GUESS_LEAD,
    _HOPE_THAT,
    _IF_BEFORE,
    _INDIRECT_QUESTION,
    _ING_WORD,
    _NAMED_GROUP,
    _NO_CHANCE,
    _NOT_SUBJECT,
    _OBLIGED,
    _OPEN_RELATIVE,
    _OPENING_CONDITION,
    _PAREN_SAID,
    _PAST_READY,
    _PLUPERFECT,
    _PRONOUN_KINDS,
    _RULING_SUBJECT,
    _SIMILE,
    _SPOKES_ROLE,
    _SUBORDINATE,
    _TERMS_SUBJECT,
    _UNTIL_BEFORE,
    _WARNED_THAT,
    _WHERE_CLAUSE,
    _own_condition,
    _own_if_before,
    _own_refusal,
)
from briefgen.extract.commitments.instruments import (
    _instrument_subject,
)
from briefgen.extract.commitments.patterns import (
    _DEAL_SUBJECT,
    _HE_SHE,
    _PRONOUN,
    _PRONOUN_WE,
    _QUOTE_BEFORE_VERB,
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
from briefgen.extract.commitments.state import (
    _CueWork,
    _ids_in,
    _last_of,
    _Sent,
    _view_at,
)
from briefgen.extract.commitments.subjects import (
    _CALL_CUE,
    _CALL_RE,
    _LIST_ITEM_BEFORE,
    _PLAN_NOUN_END,
    _PLAN_SUBJECT_CUES,
    _named_alone,
    _plan_owner,
    _plan_owners,
    _subject,
)
from briefgen.lazyre import lazy

# "both", "the two", "all three", "both countries": the committers of the clauses before it in
# the same sentence ("France will cut tariffs, Germany will expand trade and both will share
# intelligence")
_BOTH_SUBJECT = lazy(
    r"(?:both|the\s+two|all\s+(?:three|four|five)|(?:both|the\s+two|all\s+(?:three|four|five))"
    r"\s+(?:sides|countries|nations|governments|parties|companies|firms|partners|allies))",
    re.IGNORECASE,
)


def _shared_subject(st: _Sent, c: _CueWork) -> None:
    """ "…, X will a, Y will b and both will c": "both" is X and Y, the different committers of
    the records this sentence already holds (as many as the phrase counts). Not the pair
    named before ("… between Cruz and Rubio. Both Cuban-Americans … And both vowed" found
    the United States and Cuba): that is left to the group readers."""
    subj = c.subj
    if subj is None or subj.ids:
        return
    phrase = st.text[subj.start : subj.end].strip()
    if _BOTH_SUBJECT.fullmatch(phrase) is None:
        return
    ids: list[str] = []
    for r in st.recs:
        if r.span[0] < subj.start:
            ids.extend(a for a in r.actors if a not in ids)
    low = phrase.lower()
    want = 3 if "three" in low else 4 if "four" in low else 5 if "five" in low else 2
    if len(ids) == want:
        subj.ids, subj.explicit = ids, True


def _read_subject(st: _Sent, c: _CueWork) -> bool:
    """The cue's subject (c.subj): a plan noun's owner, the makers of an instrument named
    again, else the phrase read back from the cue; what an owned plan would do is its owner's
    (c.planned). True drops the cue (no subject)."""
    ctx, text, sent = st.ctx, st.text, st.sent
    cue, cstart, cue_floor, subj_at = c.cue, c.cstart, c.cue_floor, c.subj_at
    if cue.id in _PLAN_SUBJECT_CUES:
        # "The company's strategy for … -- … -- calls for a lid on costs": the owner of the
        # plan noun that is the subject intends it; a call by a person is a demand
        subj = _plan_owner(ctx, sent, cue_floor, cstart)
        if subj is None:
            # "The program also calls for …" after "X and Y signed a plan": its makers
            got = _instrument_subject(ctx, sent, cue_floor, cstart)
            if got is not None:
                subj, c.made = got
            elif cue.id == "int.plan_calls_for" and _CALL_RE.match(text, cstart, sent[1]):
                cue = c.cue = _CALL_CUE  # "Smith calls for ending farm subsidies"
                subj = _subject(ctx, sent, subj_at, cue_floor, False)
    else:
        subj = _subject(ctx, sent, subj_at, cue_floor, bool(_ING_WORD.match(c.cue_text)))
    if (
        cue.modal
        and c.vol
        and (subj is None or not subj.reported)
        and _PLAN_NOUN_END.search(text, max(sent[0], cstart - 40), cstart)
    ):
        # "the senator's plan would also cap deductions", "his proposal will lift the cap": what
        # an owned plan would do is its owner's proposal, no hypothetical (the dev gold sets
        # list each item as the owner's pledge)
        po = _plan_owner(ctx, sent, cue_floor, cstart)
        if po is not None:
            subj, c.planned = po, True
    elif (
        cue.modal
        and c.vol
        and subj is not None
        and not subj.reported
        and len(subj.ids) == 1
        and c.low.startswith("would")
        and ctx.actors[subj.ids[0]].kind == "person"
        and _named_alone(ctx, subj)
        and any(pos < cstart and pid == subj.ids[0] for pos, pid in _plan_owners(ctx))
    ):
        # "Roe's tax plan … For the rich, she would impose a surcharge": in a story that
        # tells a person's plan, what that person would do is the plan's content (the dev
        # gold sets list each item as a pledge), not a guess
        c.planned = True
    c.subj = subj
    return subj is None


def _subject_gates(st: _Sent, c: _CueWork) -> bool:
    """Drops a cue whose subject is no committer here: unnamed refusers, few or guessed
    subjects, no-chance and hoped-for clauses, descriptions and background in relative clauses,
    an item of a list."""
    ctx, text, sent, sfold = st.ctx, st.text, st.sent, st.sfold
    cue, cstart, cend, before, low = c.cue, c.cstart, c.cend, c.before, c.low
    subj = c.subj
    assert subj is not None
    if c.said_at is not None and not _own_refusal(
        ctx, sent, cstart - len(before) + c.said_at.start(), subj
    ):
        return True  # "Many Republicans said they will not attend": no named one refrains
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
        return True  # "not all leaders are ready to", "a force few politicians want to …"
    if (sfold is None or "no " in sfold) and _NO_CHANCE.search(text, sent[0], cstart):
        return True  # "There is no chance X will …", "no reason to believe that X plans to"
    if subj.chained and (
        cue.id == "int.scheduled" or (cue.id == "pledge.verb" and low.endswith("ed"))
    ):
        return True  # "the bank, which sold bonds and guaranteed …", "…, which is to resume …"
    if cue.id == "bind.joined":
        obj = _ids_in(ctx, cend, min(sent[1], cend + 60))
        if (
            not subj.ids
            or any(ctx.actors[a].kind != "country" for a in subj.ids)
            or (obj and ctx.actors[obj[0]].kind in ("country", "person", "place"))
        ):
            return True  # "Smith joined Acme", "France joined Germany in urging …": no treaty
    if cue.strength == "binding" and _BACKGROUND_CLAUSE.search(
        text, max(sent[0], subj.start - 12), cstart
    ):
        return True  # "when I signed the bill", "whose husband signed the act": background
    if cue.modal and (
        _HOPE_THAT.search(text, max(sent[0], subj.start - 30), subj.start)
        or _WHERE_CLAUSE.search(text, max(sent[0], subj.start - 10), subj.start)
    ):
        return True  # "hope that Iraq would withdraw"; ", where delegates will pick …"
    if subj.relative and cue.strength == "binding" and not (
        cue.id == "bind.partnership" and low[:2] == "ha"
    ):
        return True  # "X, who signed the law …": a description of someone, not news of a deal
        # ("X, which has gone into partnership with Y": a standing alliance, kept)
    if cue.id == "ong.trying_participle" and _LIST_ITEM_BEFORE.search(before):
        return True  # "jobs, security, trying to bring order": an item of a list, no clause
    if cue.id == "pledge.endorsed" and (subj.relative or _PLUPERFECT.search(before)):  # noqa: SIM103 (gates, in order)
        return True  # "Smith, who had endorsed Tanaka, will host …": a description, background
    return False


def _narrative_gates(st: _Sent, c: _CueWork) -> bool:
    """Drops a cue told as past narrative (a past wish or readiness, the speaker's own past)
    and one inside someone's claim, denial or warning, a ruling, or a thing's relative clause."""
    ctx, text, sent = st.ctx, st.text, st.sent
    cue, cstart, low = c.cue, c.cstart, c.low
    subj = c.subj
    assert subj is not None
    if cue.id == "int.plans" and low.startswith("wanted") and not subj.reported:
        # "he wanted to reunite": a past wish told as narrative; after "said" the past is
        # only the reported speech's backshift ("He said the government wanted to …")
        return True
    if (
        cue.id in ("int.plans", "pledge.are_committed")
        and _PAST_READY.match(low)
        and not subj.reported
        and _view_at(ctx, cstart) is None
        and not _accorded(st)
    ):
        return True  # "The judges were ready to adjourn": a past state told as narrative
    if (
        cue.id in ("int.plans", "pledge.are_committed")
        and low.startswith(("was ", "were ", "wanted"))
        and (qv := _view_at(ctx, cstart)) is not None
        and qv.direct
    ):
        return True  # '"He was ready to testify again," X said': the past, in the speaker's words
    if _CLAIM_THAT.search(text, max(sent[0], subj.start - 40), subj.start):
        return True  # "claims that the board is trying to …": an accusation, not its pledge
    if (st.sfold is None or _DENIAL_WORDS.search(st.sfold)) and (
        _DENIED.search(text, max(sent[0], subj.start - 40), subj.start)
        or _DENIED.search(text, max(sent[0], cstart - 30), cstart)
    ):
        return True  # "X denied that he had promised to …", "denied ever agreeing to": denied
    if _CLAIMED_THAT.search(
        text, max(sent[0], subj.start - 60), subj.start
    ) and not _PRONOUN_WE.fullmatch(text[subj.start : subj.end]):
        return True  # "claiming without evidence that Obama wanted to …": a rival's assertion
    if (
        cue.modal
        and _WARNED_THAT.search(text, max(sent[0], subj.start - 30), subj.start)
        and not _PRONOUN_WE.fullmatch(text[subj.start : subj.end])
    ):
        return True  # "warning that the exit will sap …": a warned outcome ("warned it will" stays)
    if cue.strength == "reaffirmation" and _RULING_SUBJECT.search(text, subj.start, subj.end):
        return True  # "The court's ruling affirms a basic principle": a ruling, not a pledge
    if (  # noqa: SIM103 (gates, in order)
        subj.relative
        and cue.modal
        and not subj.reported
        and _OPEN_RELATIVE.search(text, max(sent[0], cstart - 200), cstart)
        and not (c.vol and any(ctx.actors[a].kind != "place" for a in subj.ids))
    ):
        # "the bill, which would take the decision away", "Geneva, the city that will host
        # the talks": no actor's undertaking; but an actor's agentive act is one ("the anchor,
        # who will chair the last debate"), as the dev gold sets list it
        return True
    return False


def _coordinated_subject(st: _Sent, c: _CueWork) -> None:
    """A coordinated clause ("X agreed to A and pledged to B") shares the subject of the
    record before; sets c.subj_text and the defaults of the speaker step (c.shown)."""
    recs = st.recs
    subj = c.subj
    assert subj is not None
    if subj.coordinated and recs and not recs[-1].nominal:
        # "X agreed to A and pledged to B": the subject of the clause before; after a pledge
        # noun ("X called Y's plans to A … and threatened to B") the sentence's own subject
        last = recs[-1]
        subj = c.subj = replace(subj, start=last.subj_start, end=last.subj_end, ids=list(last.actors))
        subj.explicit = True
    c.subj_text = st.text[subj.start : subj.end]
    c.shown = c.subj_text


def _subject_text_gates(st: _Sent, c: _CueWork) -> bool:
    """Drops a subject inside a condition, a subordinate clause, a generic "you", a simile, a
    relative clause or an open question, a schedule, analysts and generic subjects, and a
    speaker's "I'd"."""
    text, sent, sfold = st.text, st.sent, st.sfold
    cue, cue_text, subj_text = c.cue, c.cue_text, c.subj_text
    subj = c.subj
    assert subj is not None
    if (
        _IF_BEFORE.search(text[max(sent[0], subj.start - 12) : subj.start])
        and not _own_if_before(text, max(sent[0], subj.start - 90), subj.start, subj_text)
    ) or _OPENING_CONDITION.match(text, sent[0], subj.start):
        return True
    if _SUBORDINATE.search(text, max(sent[0], subj.start - 10), subj.start):
        return True  # "… would be extended before they would build": a condition, not a pledge
    if (
        cue.modal
        and (sfold is None or "you" in sfold)
        and _GENERIC_YOU.match(text, sent[0], subj.start)
        and not _WE_I_OUR.fullmatch(subj_text)
    ):
        return True  # "If you doubt it, the papers will call you a liar": a generic outcome
    if (sfold is None or "like" in sfold or "if" in sfold or "though" in sfold) and _SIMILE.search(
        text, sent[0], subj.start
    ):
        return True  # "It is like freeing a thief because he promised to …"
    if cue.id == "int.scheduled" and not subj.ids and not _UNNAMED_BODY.fullmatch(subj_text):
        # "Nine grazing leases are due to expire next spring": a schedule ("The ministry is
        # set to announce …": a body's own act)
        return True
    if _CONTACT_RELATIVE.search(subj_text):
        return True  # "the things she wants to accomplish": a relative clause, no committer
    if _INDIRECT_QUESTION.search(subj_text):
        return True  # "decide what steps we would take": an open question
    if (
        (
            (not subj_text.isascii() or _ANALYSTS_ANY.search(subj_text.lower()))
            and _ANALYSTS.search(subj_text)
        )
        or _GENERIC_SUBJECT.match(subj_text)
        or subj_text.lower() in _GENERIC_OPENING  # "Voters approved …" opening a sentence
    ):
        return True
    if _CONTRACTED_D.match(cue_text) and not c.liked and subj_text.lower() in ("i", "we"):  # noqa: SIM103 (gates, in order)
        return True  # '"I'd beat him," he said': a speaker's "I'd" is as often a hypothetical
    return False


def _closing_speaker(st: _Sent, c: _CueWork) -> None:
    """A pronoun opening the sentence is the one the closing attribution names ("He will order
    a review, X said."), when it agrees with the pronoun."""
    ctx, text, sent = st.ctx, st.text, st.sent
    subj, subj_text = c.subj, c.subj_text
    assert subj is not None
    if (
        not c.by_source
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
            subj.explicit = c.by_source = True


def _agent_and_handover(st: _Sent, c: _CueWork) -> bool:
    """The agent of "will be met by X" acts; a handover ("the files would be handed to …") is
    undertaken by the speaker who reports it; True drops a handover nobody undertakes."""
    ctx, text, sent = st.ctx, st.text, st.sent
    subj = c.subj
    assert subj is not None
    if c.agent:
        subj.ids, subj.explicit, c.by_source = c.agent, True, True
        c.shown = text[c.agent_span[0] : c.agent_span[1]]
    if c.handover:
        hv = _view_at(ctx, c.cstart)
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
            return True  # "the suspect will be handed over to police": nobody undertakes it
        subj.ids, subj.explicit, c.by_source = givers, True, True
        subj.reported = subj.reported or said is not None
        c.shown = ctx.actors[givers[0]].name
    return False


def _quote_gates(st: _Sent, c: _CueWork) -> bool:
    """Drops someone else's words about a person ('a supporter says Cruz will “win big”'), a
    hypothetical about others, and a "would" under "until"."""
    ctx, text, sent = st.ctx, st.text, st.sent
    cue, cstart, cue_text, subj_text = c.cue, c.cstart, c.cue_text, c.subj_text
    subj = c.subj
    assert subj is not None
    if (
        cue.modal
        and not c.by_source
        and ("“" in cue_text or '"' in cue_text)
        and subj.ids
        and all(ctx.actors[a].kind == "person" for a in subj.ids)
        and (qv := _view_at(ctx, cstart)) is not None
        and qv.speaker not in subj.ids
        and not _SPOKES_ROLE.search(qv.role or qv.speaker_text or "")
    ):
        return True  # 'a supporter says Cruz will “win big”': someone else's words about him
    if (
        _QUOTE_BEFORE_VERB.search(text, max(sent[0], cstart - 12), cstart)
        and (qv := _view_at(ctx, cstart)) is not None
        and qv.speaker
        and ctx.actors[qv.speaker].kind == "person"
        and qv.speaker not in subj.ids
        and not _SPOKES_ROLE.search(qv.role or qv.speaker_text or "")
    ):
        return True  # 'he said Roe "is going to help us"': a person's words about another
    own_condition = c.conditional and _own_condition(c.cond_text, subj_text)
    if c.conditional and not (
        c.by_source or c.liked or own_condition or subj_text.lower() in ("i", "we")
    ):
        return True  # "she said if Y attacked, Z would respond": a hypothetical about others
    if cue.modal and cue.reported_only and _UNTIL_BEFORE.search(text, sent[0], subj.start):  # noqa: SIM103 (gates, in order)
        return True  # "would not leave until X had assurances that Y would give …"
    return False


def _modal_subject(st: _Sent, c: _CueWork) -> bool:
    """A modal's (or a signing's, an expectation's) subject must be named, a deal, a plan's
    owner, or the person the story follows; a reported-only modal must be reported; an
    analysts' forecast is dropped. True drops the cue."""
    ctx, text, sent, sfold, under = st.ctx, st.text, st.sent, st.sfold, st.under
    cue, cstart, subj_text, vol, planned = c.cue, c.cstart, c.subj_text, c.vol, c.planned
    subj = c.subj
    assert subj is not None
    if not (cue.modal or cue.id in (
        "bind.signed", "int.expected", "pledge.threat", "int.poised", "pledge.would_be_willing",
        "int.expects",
    )):
        return False
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
        _NOT_SUBJECT.match(subj_text) and not (c.by_source or followed or planned)
    ):
        return True
    if cue.reported_only and not (
        planned
        or c.liked  # "the campaign would like to hold a rally": a wish to act, told as such
        or subj.reported
        or _view_at(ctx, cstart)
        # "Under the accord, X would …": a term of a deal, as reported as a said one
        or (under is not None and subj.start >= under.end())
    ):
        return True
    if (
        cue.modal
        and (sfold is None or _ANALYSTS_ANY.search(sfold))
        and _ANALYSTS_SRC.search(text, sent[0], sent[1])
    ):
        v_at = _view_at(ctx, cstart)
        if v_at is None or _ANALYSTS.search(v_at.speaker_text or ""):
            return True  # a forecast by analysts, or told in their words
    return False


def _bound_parties(st: _Sent, c: _CueWork) -> bool:
    """The parties terms or an agreement bind ("covenants require that the firm keep …", "It
    establishes …"); True drops the cue when none is named."""
    ctx, text, sent = st.ctx, st.text, st.sent
    cue, cend, subj_text = c.cue, c.cend, c.subj_text
    subj = c.subj
    assert subj is not None
    if cue.id == "bind.requires":
        # "Bank covenants require that the firm keep …": the party named after the
        # verb is bound; only terms or an agreement bind (not a law, a job, a situation)
        om = _OBLIGED.match(text, cend, sent[1])
        if not _TERMS_SUBJECT.search(subj_text) or om is None:
            return True
        ob_ids, ob_exp = _resolve(ctx, *_trim(text, om.start("np"), om.end("np")))
        ids_b = ob_ids if ob_exp else []
        subj.ids = list(dict.fromkeys(ids_b + _group(ctx, subj.start, "parties")))
        if not subj.ids:
            return True
        c.verb_start = om.end() + (3 if text.startswith(" to ", om.end()) else 0)
    elif cue.deal_subject:
        if not _deal_subject(ctx, subj_text, subj.start):
            return True
        subj.ids = _group(ctx, subj.start, "parties")
    return False
