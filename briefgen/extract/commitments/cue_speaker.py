"""The speaker step of the sentence pass: a pronoun subject after a verb of saying ("the company
said it will close …") commits the speaker the source phrase names. _source_speaker reads the
source phrase (_source_phrase: past a dateline and an aside closed by a comma), then the speaker
right before the verb (_near_speaker), a name, an owner or a description inside the phrase
(_named_in_phrase), and keeps the one that agrees with the pronoun (_assign_speaker); a "they"
after "they" and a pronoun after the speaker of the quote just before are the speakers too.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefgen.extract import coref
from briefgen.extract.commitments.attribution import (
    _AGENT_LEAD,
    _AND_SAID,
    _APPOSITION_OPEN,
    _ASIDE_THEN_CLAUSE,
    _AUX_OPEN,
    _CLAUSE_AFTER_DASH,
    _RELATIVE_ASIDE,
    _SAID_SAME,
    _family_plural,
)
from briefgen.extract.commitments.filters import (
    _AFTER_PREP,
    _AGENT_PLURAL,
    _DATELINE_LEAD,
    _DESCRIBED_SPEAKER,
    _FIRM_NOUN,
    _LEAD_DET,
    _NAMED_SOURCE,
    _OUTCOME_VERBS,
    _OWNER_LEAD,
    _OWNER_NAME,
    _PRONOUN_KINDS,
    _SPEAKS_FOR,
    _SRC_TAIL,
)
from briefgen.extract.commitments.patterns import (
    _COUNTRY_BODY,
    _OWN_BODY,
    _POSSESSIVE_S,
    _PRONOUN,
    _PROPER_NAME,
    _UNNAMED_BODY,
)
from briefgen.extract.commitments.resolve import (
    _claim_by,
    _group,
    _resolve,
)
from briefgen.extract.commitments.spans import (
    _FINITE_AFTER_ASIDE,
    _trim,
    _words_lead,
)
from briefgen.extract.commitments.speakers import (
    _by_surname,
    _campaign_of,
    _chain,
)
from briefgen.extract.commitments.state import (
    _CueWork,
    _ids_in,
    _mentions_in,
    _Sent,
    _Subject,
)


@dataclass(slots=True)
class _Phrase:
    """The source phrase of a pronoun subject: text[ss:se], the speaker after `cut` in it."""

    ss: int
    se: int
    phrase: str
    cut: int
    se2: int = 0  # the end of the speaker, before a closing adverbial ("said Monday")


def _source_speaker(st: _Sent, c: _CueWork) -> bool:
    """A pronoun subject after a verb of saying commits the speaker the source phrase names
    (c.subj, c.by_source, c.shown); True drops the cue (the phrase names no speaker)."""
    ctx, text = st.ctx, st.text
    subj = c.subj
    assert subj is not None
    subj_text = c.subj_text
    if not (
        subj.source_span
        and _PRONOUN.fullmatch(subj_text)
        and not (
            text[subj.start - 5 : subj.start] == "that "
            and _claim_by(ctx, subj.start, subj_text.lower())
        )
    ):
        return False
    # "the company said it will close …": the pronoun is who says it; an unnamed
    # speaker's own plan ("Most voters say they plan to watch") names no committer
    p = _source_phrase(st, c, subj.source_span)
    ss, se, src_phrase, cut = p.ss, p.se, p.phrase, p.cut
    words = src_phrase[cut:].lstrip(" \t\"“”‘’'`").split(None, 1)
    if ss < se and words and not _PRONOUN.fullmatch(words[0]):
        # only the speaker right before the verb ("X said it"), not any name earlier on
        sids, lone, sexp = _near_speaker(st, c, p, words)
        sids, sexp, owner_it = _named_in_phrase(st, c, p, sids, lone, sexp)
        return _assign_speaker(st, c, p, sids, lone, sexp, owner_it)
    elif ss < se and words and words[0].lower() == subj_text.lower() == "they":
        # "Since then, they have stated they will contest it": the speakers are the committers,
        # whoever the first "they" refers to
        p0 = ss + cut + len(_words_lead(src_phrase[cut:]))
        tids, texp = _resolve(ctx, p0, p0 + 4)
        if tids and texp:
            subj.ids, subj.explicit, c.by_source = tids, True, True
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
            subj.ids, subj.explicit, c.by_source = [qv.speaker], True, True
    return False


def _source_phrase(st: _Sent, c: _CueWork, source_span: tuple[int, int]) -> _Phrase:
    """The source phrase, past a dateline, with `cut` after its last comma, semicolon or wire
    dash; an aside closed by a comma before the verb ends the phrase at the speaker's name."""
    ctx, text, sent = st.ctx, st.text, st.sent
    subj_text = c.subj_text
    ss, se = _trim(text, *source_span)
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
        and text[ss : source_span[1]].rstrip().endswith(",")
        and _FINITE_AFTER_ASIDE.match(text, source_span[1])
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
        for c_ in ends:
            if any(
                ss + c_ - m[1] <= 1
                and ctx.actors[m[2]].kind in _PRONOUN_KINDS.get(pron, "")
                and coref.agrees(ctx.gender, ctx.actors[m[2]], pron)
                for m in _mentions_in(ctx, ss, ss + c_)
            ):
                end_at = c_
                break
        if end_at is None and not _mentions_in(ctx, ss, ss + cut - 1):
            end_at = cut - 1
        if end_at is not None and end_at < len(src_phrase):
            se = ss + end_at
            src_phrase = text[ss:se]
            cut = max(src_phrase.rfind(","), src_phrase.rfind(";")) + 1
    return _Phrase(ss, se, src_phrase, cut)


def _near_speaker(
    st: _Sent, c: _CueWork, p: _Phrase, words: list[str]
) -> tuple[list[str], str, bool]:
    """The speaker named right before the verb (or before the first comma of an apposition),
    the whole coordinated subject for "they", a relative the description names; sets p.se2.
    Returns (ids, a lone person "they" cannot be, whether a speaker was named)."""
    ctx, text = st.ctx, st.text
    subj = c.subj
    assert subj is not None
    subj_text = c.subj_text
    ss, src_phrase, cut = p.ss, p.phrase, p.cut
    tm = _SRC_TAIL.search(src_phrase, cut)
    se2 = p.se2 = ss + tm.start() if tm else p.se
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
    return sids, lone, sexp


def _named_in_phrase(
    st: _Sent, c: _CueWork, p: _Phrase, sids: list[str], lone: str, sexp: bool
) -> tuple[list[str], bool, bool]:
    """With no speaker right before the verb: the firm a description names ("the steel maker
    … it"), the owner of a campaign or office ("Roe's campaign announced it"), the one agreeing
    name opening the phrase, the phrase after the last comma, or a surname. Returns (ids,
    whether named, whether "it" is an owner's body)."""
    ctx, text = st.ctx, st.text
    subj_text = c.subj_text
    ss, se, se2, src_phrase, cut = p.ss, p.se, p.se2, p.phrase, p.cut
    owner_it = False
    owned_by_country = False
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
            # a firm is an organisation: "France faces strikes. The company said it …" is
            # no French undertaking (none of that kind named: the company's own words below)
            hit = im[2] if im is not None and im[2].kind == "organization" else None
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
        if (
            inner
            and all(ctx.actors[m[2]].kind == "country" for m in inner)
            and _COUNTRY_BODY.fullmatch(
                text, ss + cut + len(_words_lead(src_phrase[cut:])), se2
            )
        ):
            # "The Japanese company said it …": the company, not Japan
            inner, owned_by_country = [], True
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
    if not sids and not lone and not owned_by_country and not _ids_in(ctx, ss + cut, se):
        # "In Oslo, Norway, the bloc announced it …": the phrase after the
        # last comma is the speaker; a name in an opening adverbial is not
        sids, sexp = _resolve(ctx, *_trim(text, ss + cut, se))
    if not sids and not lone and not owned_by_country:
        # a surname the actors stage did not mark here ("Sanders said …")
        sid = _by_surname(ctx, text[ss + cut : se2].strip())
        sids, sexp = ([sid], True) if sid else (sids, sexp)
    return sids, sexp, owner_it


def _assign_speaker(
    st: _Sent, c: _CueWork, p: _Phrase, sids: list[str], lone: str, sexp: bool, owner_it: bool
) -> bool:
    """Keeps the speakers the pronoun can be and makes them the committers, or an unnamed
    speaker's body ("federal officials said they"); True drops the cue (no speaker named)."""
    ctx, text = st.ctx, st.text
    subj: _Subject | None = c.subj
    assert subj is not None
    subj_text = c.subj_text
    ss, se, se2, src_phrase, cut = p.ss, p.se, p.se2, p.phrase, p.cut
    word = subj_text.lower()
    kinds = [ctx.actors[a].kind for a in sids]
    if word in ("he", "she"):
        sids = [a for a, k in zip(sids, kinds) if k == "person"][:1]
    elif word == "it" and not owner_it:
        sids = [a for a, k in zip(sids, kinds) if k not in ("person", "place")][:1]
    else:
        sids = [a for a, k in zip(sids, kinds) if k != "place"]
    if (sids and sexp) or lone:
        subj.ids, subj.explicit, c.by_source = sids, True, True
        if lone and not sids and word == "they" and (
            am := _AGENT_PLURAL.match(text, ss + cut + len(_words_lead(src_phrase[cut:])), se2)
        ):
            # "Executives said they …" with the plural taken for a person's name: the
            # executives, in their words
            c.shown = am.group().strip()
    elif (
        not sids
        and word in ("it", "they")
        and not _ids_in(ctx, ss, se)
        and _PROPER_NAME.fullmatch(text, ss + cut + (len(src_phrase[cut:]) - len(src_phrase[cut:].lstrip())), se2)
    ):
        # "Paribas says it will offer …": a name the actors stage missed
        subj.ids, subj.explicit, c.by_source = [], True, True
        c.shown = text[ss + cut : se2].strip()
    elif (
        not sids
        and word == "they"
        and _AND_SAID.search(text, max(ss, se - 8), se)
        and (am := _AGENT_LEAD.match(text, ss + cut + len(_words_lead(src_phrase[cut:]))))
        and am.end() < se
    ):
        # "Lawyers for the family sent letters to X and Y and said they …": the
        # subject of the coordinated verbs, never the objects named between
        subj.ids, subj.explicit, c.by_source = [], True, True
        c.shown = am.group().strip()
    elif (
        not sids
        and word == "they"
        and not (c.cue.modal and c.verb in _OUTCOME_VERBS)
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
        subj.ids, subj.explicit, c.by_source = list(dict.fromkeys(body))[:2], True, True
        c.shown = text[am.start() : se2].strip()
    elif (
        not sids
        and word == "it"
        and not lone
        and (bm := _UNNAMED_BODY.fullmatch(text, ss + cut, se2)) is not None
    ):
        # "The company said it would hire …", "the ministry announced that it will …": the
        # body of that kind named before ("said on Tuesday that it": the phrase before the
        # verb), else the body itself commits, shown in its own words, no actor
        bids = _resolve(ctx, bm.start("b"), bm.end("b"))[0]
        bids = [a for a in bids if ctx.actors[a].kind not in ("person", "place")][:1]
        subj.ids, subj.explicit, c.by_source = bids, True, True
        c.shown = bm.group("b") if not bids else subj_text
    elif not sids and not _NAMED_SOURCE.search(src_phrase):
        return True
    return False
