"""_resolve and _resolve_mention: a _Found's speaker span made an actor — by mention span,
surname, apposition, held role, description or pronoun — in the order the readings below are
tried; the top of speaker resolution.
"""

from __future__ import annotations

import dataclasses
import re

from briefgen.extract import coref
from briefgen.extract.views.bodies import one_body
from briefgen.extract.views.clauses import _GROUP_HEADS
from briefgen.extract.views.descriptions import (
    _MESSAGE_NOUNS,
    _PARTY_OF,
    _RELATION_OF,
    _appositive_actor,
    _blind_lead,
    _body_in_play,
    _campaign_of,
    _company_named,
    _document_view,
    _group_heads_only,
    _group_modified,
    _head_person,
    _issuing_body,
    _located_people,
    _named_next,
    _other_given_name,
    _party_fits,
    _people,
    _person_noun,
    _role_holder,
    _side_body,
    _speaks_for,
)
from briefgen.extract.views.held import _HELD_LAST, _held_person, _sentence_of, _surname_person
from briefgen.extract.views.inside import inside_phrase
from briefgen.extract.views.patterns import _PRONOUNS, _QUANTITY, _Found, _role_entry, _roles
from briefgen.extract.views.pronouns import _pronoun
from briefgen.extract.views.speakers import _POLL_AT, _para_lo, _para_of, _poll_speaker, _Resolver
from briefgen.extract.views.subjects import _AUTHOR_AFTER, _DOC_ALT
from briefgen.lazyre import lazy
from briefgen.model import Actor, Document, View

_HONORIFIC = lazy(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sen|Senator|Gen|General|Rep|Gov|President|"
    r"Minister|Sir|Lord|Lady|Dame|Col|Adm|Lt|Capt|Rev|Judge|Justice)\.?\s+"
)


# "The author of the book, Jane Roe, said", "said the bureau's director, John Doe", "Another
# former lawmaker, Sen. Ann Roe (I-Conn.), said": a description, then the person's name in
# apposition, who speaks. The description opens with a determiner, a number or a possessive.
_DESCRIPTION_OPENER = lazy(
    r"(?i:the|a|an|another|one|two|three|four|several|his|her|their|its|our|some)\b|"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s?\s"
)
# What may follow the name in its apposition: "of Acme", "(R-Ohio)", "at Beta", ", who …".
_AFTER_APPOS_NAME = lazy(r"\s*(?:$|,|\(|of\s|at\s|from\s|who\s)")


def _appositive_name(res: _Resolver, f: _Found, hs: int, he: int) -> Actor | None:
    """The person named in apposition right after a speaker description ("The assailant,
    Jane Roe, who …, said"; "said the bureau's director, John Doe"): a person mention that
    opens the appositive after capitalised title words only ("Vermont Sen. Ann Roe"), and
    ends it or is followed by "of …", "(…)", a comma. The description itself names no person
    (a possessor aside: "Roe's campaign manager, Tom Doe"); None otherwise."""
    text = res.text
    if not _DESCRIPTION_OPENER.match(text, hs, he):
        return None
    if he - hs > 90 or text[he : he + 3].lstrip()[:1] != ",":
        return None
    a0 = he + 1
    while a0 < len(text) and text[a0] in " \t\u00a0":
        a0 += 1
    ae = f.speaker[1] if f.speaker else he
    if f.appos is not None and f.appos[0] >= a0:
        ae = f.appos[1]
    if not text[a0:a0 + 1].isupper():
        return None
    for ms, me, a in res.covering(hs, he):
        if a.kind == "person" and me > he - 2 and not text.startswith(("’", "'"), me):
            return None  # "the minister Jane Roe, a …": the head names its person
    for ms, me, a in res.covering(a0, min(ae, a0 + 80)):
        if ms < a0:
            continue
        if a.kind != "person":
            if ms == a0:
                return None  # "The company, Acme Corp, said"
            continue
        pre = text[a0:ms].split()
        if len(pre) > 3 or any(not w[:1].isupper() for w in pre):
            return None
        if not _AFTER_APPOS_NAME.match(text, me, ae):
            return None
        return a
    return None


# "a spokeswoman for Jane Roe", "an attorney for the company": someone acting for a principal.
_AGENT_FOR = lazy(
    r"an?\s+(?:[a-z-]+\s+)?(spokes(?:man|woman|person)|lawyer|attorney)\s+(?:for|of|to|"
    r"representing)\s+\S.*"
)
# Where a later sentence names the holder of that relation: "The spokeswoman, Ann Doe, …",
# "The spokeswoman, Ann Doe" with the name opening the appositive (checked by mention start).
_AGENT_BACK = lazy(
    r"\b[Tt]he\s+(spokes(?:man|woman|person)|lawyer|attorney)\s*,\s+(?=[A-Z])"
)
_AGENT_OTHER = lazy(
    r",\s+(?:another|a\s+second|a\s+third|the\s+other|one\s+more|a\s+fellow)\s+(?:[a-z-]+\s+)?"
    r"(?:spokes(?:man|woman|person)|lawyer|attorney)\b"
)


def _same_agent(a: str, b: str) -> bool:
    """Do two relation nouns name the same kind of agent (a spokesperson is either)?"""
    if a.startswith("spokes") and b.startswith("spokes"):
        return a == b or "spokesperson" in (a, b)
    return a == b or {a, b} == {"lawyer", "attorney"}


def _agent_named_later(res: _Resolver, noun: str, pos: int) -> Actor | None:
    """The one person a definite "The spokeswoman, Ann Doe," names after pos, in the rest of
    the paragraph and the next one (None when nobody or two are named so)."""
    text = res.text
    doc = res.doc
    if doc is None or not doc.paragraphs:
        return None
    pi = _para_of(doc, pos)
    hi = doc.paragraphs[min(pi + 1, len(doc.paragraphs) - 1)].span[1]
    found: dict[str, Actor] = {}
    for m in _AGENT_BACK.finditer(text, pos, min(hi, pos + 1200)):
        if not _same_agent(noun, m.group(1).lower()):
            continue
        for ms, _me, a in res.covering(m.end(), m.end() + 1):
            if ms == m.end() and a.kind == "person":
                found[a.id] = a
    return next(iter(found.values())) if len(found) == 1 else None


def _another_agent(res: _Resolver, a: Actor) -> bool:
    """Is the person introduced as another agent ("Tom Hill, another spokesman for Roe")?"""
    return any(_AGENT_OTHER.match(res.text, me, me + 60) for _ms, me in a.mentions)


def _campaign_in_play(res: _Resolver, hs: int) -> tuple[Actor | None] | None:
    """ "The campaign said" when the text names two or more campaigns ("the Roe campaign", "the
    Doe campaign"): the one of the candidate (or the campaign) that is the subject of this
    sentence or the one before, as a 1-tuple; (None,) when neither says (no guess); None
    with fewer than two campaigns (the older readings decide)."""
    camps = [a for a in res.actors if a.kind in {"organization", "group"}
             and "campaign" in a.name.lower().split()]
    if len(camps) < 2:
        return None
    k = _sentence_of(res, hs)
    lo = res.sent_starts[k - 1] if k > 0 else 0
    hit = res.subject_before(hs, {"person", "organization", "group"}, lo)
    if hit is not None:
        one = _campaigns_of(camps, [hit[1]])
        if one is not None:
            return (one,)
    # no candidate or campaign opens those sentences ("That's according to reports the Roe
    # campaign filed. The campaign says"; "It may be late for Roe. He could win …"): the one
    # campaign the candidates and campaigns named there and earlier in the paragraph tie to
    doc = res.doc
    if doc is not None and doc.paragraphs:
        lo = min(lo, doc.paragraphs[_para_of(doc, hs)].span[0])
    named = [a for ms, _me, a in res.covering(lo, hs) if ms >= lo and not res.quoted(ms)]
    one = _campaigns_of(camps, named) if named else None
    return (one,)


def _campaigns_of(camps: list[Actor], named: list[Actor]) -> Actor | None:
    """The one campaign of `camps` the actors named tie to (a campaign itself or the candidate
    it is named after), None for none or two."""
    ids = {a.id for a in named}
    tied = {c.id: c for c in camps if c.id in ids}
    for a in named:
        if a.kind == "person" and a.name.split():
            surname = a.name.split()[-1].lower()
            for c in camps:
                if c.affiliation == a.name or surname in c.name.lower().split():
                    tied[c.id] = c
    return next(iter(tied.values())) if len(tied) == 1 else None


def _resolve(
    res: _Resolver, f: _Found, para_idx: int, doc: Document
) -> tuple[Actor | None, View | None]:
    """The actor a speaker mention refers to, or the earlier view whose speaker it repeats;
    never the possessor of a kin noun ("Ana's father" is not Ana)."""
    a, v = _resolve_mention(res, f, para_idx, doc)
    if a is None:
        hs, he = f.head or f.speaker or (0, 0)
        if _POLL_AT.search(res.text, hs, he):
            # "The poll shows …", "according to a Roe/Doe News poll": the pollster speaks
            # (gold: "The Reuters/Ipsos poll showed" is Reuters/Ipsos speaking)
            poller = _poll_speaker(res, hs, he)
            if poller is not None:
                return poller, None
    if a is not None and a.kind == "person":
        hs, he = f.head or f.speaker or (0, 0)
        k = res.text.rfind("s ", hs, he)
        if k > hs and any(ms < k for ms, _me, b in res.covering(hs, k) if b.id == a.id) and (
            coref.descriptions(doc, res.actors).kin_of(hs, he)
        ):
            # "Jane Roe's father … Tom Roe wrote": the next person of the family name.
            family = a.name.split()[-1]
            for _ms, _me, b in res.covering(he, he + 600):
                if b.kind == "person" and b.id != a.id and b.name.split()[-1] == family:
                    return b, None
            return None, None
    if a is not None and v is None:
        hs, he = f.head or f.speaker or (0, 0)
        if he - hs > 3 and " " in res.text[hs:he]:
            drop, other = inside_phrase(res, a, hs, he)
            if drop:
                # "Gov. Jane Roe's doctor", "the Star newspaper in Easton": the head speaks
                return other, None
    return a, v


def _resolve_mention(
    res: _Resolver, f: _Found, para_idx: int, doc: Document
) -> tuple[Actor | None, View | None]:
    """The actor a speaker mention refers to, or the earlier view whose speaker it repeats."""
    text = res.text
    hs, he = f.head or f.speaker or (0, 0)
    head_text = text[hs:he]
    low = head_text.lower().strip()
    if low in _PRONOUNS:
        return _pronoun(res, low, hs, para_idx, doc)
    rm = _DOC_RECIPIENT.fullmatch(head_text) if " to " in head_text or " with " in head_text else None
    if rm is not None and not _AUTHOR_AFTER.search(head_text, rm.end(1)):
        # "the forms she submitted to a county clerk", "Acme's filing with the agency": the
        # author speaks through the document, never the body it was sent to
        if rm.group(2):
            return _pronoun(res, rm.group(2).lower(), hs + rm.start(2), para_idx, doc)
        narrowed = dataclasses.replace(f, head=(hs, hs + rm.end(1)), speaker=None)
        return _resolve_mention(res, narrowed, para_idx, doc)
    appos_person = _appositive_name(res, f, hs, he) if f.speaker and f.speaker[1] > he else None
    if appos_person is not None:
        return appos_person, None  # "The author of the book, Jane Roe, said": Roe
    sur = _surname_person(res, hs, he) if " " not in low else None
    if sur is not None:
        return sur, None  # two people share the surname: the one named in full just before
    held = _held_person(res, doc, para_idx, hs, he, f.content[1]) if " " in low and (
        low.rsplit(None, 1)[-1].strip(".,") in _HELD_LAST
    ) else None
    if held is not None:
        return held[0], None
    pm = _POSS_DOCUMENT.fullmatch(low) if low.startswith(("his ", "her ", "its ", "their ")) else None
    side = _PRONOUN_SIDE.fullmatch(low) if low.startswith(("his ", "her ")) else None
    if side is not None:
        # "Her campaign said on Monday …": the campaign of the person "her" names (else she)
        who, _v = _pronoun(res, _POSSESSIVE_PRONOUN[side.group(1)], hs, para_idx, doc)
        return (_campaign_of(res, who) if who is not None and who.kind == "person" else None), None
    if pm and _roles()[0].get(pm.group(2), {}).get("noun") == "document":
        # "His report found …": the document's author is the one the pronoun names
        return _pronoun(res, _POSSESSIVE_PRONOUN[pm.group(1)], hs, para_idx, doc)
    if low in _PRESS_VOICES or (
        low.startswith("the ") and low.endswith((" column", " editorial board")) and len(low) < 60
    ):
        # "the editorial board wrote", "the column noted": the newspaper named before
        return coref.descriptions(doc, res.actors).org_of_kind("newspaper", hs), None
    cm = _COMPANY_DESC.fullmatch(low) if low.startswith("the ") and low != "the company" else None
    if cm and all(a.kind in {"place", "country"} for _ms, _me, a in res.covering(hs, he)):
        # (a place or country in it only modifies: "the Los Angeles thrift holding company")
        # "the Chicago-based company", "the valve maker", "the maker of valves": business
        # copy's elegant variation for the company named before
        # (the company a recent sentence opens with, else the latest named as a company)
        body = _body_in_play(res, doc, hs)
        return body or coref.descriptions(doc, res.actors).org_of_kind("company", hs), None
    if low in _BODY_VOICES:
        # "the executives said", "management said", "A spokesman said": the company in play
        return _body_in_play(res, doc, hs), None
    if low.endswith(_STAFF_ENDS):
        sm = _BODY_STAFF.fullmatch(head_text.strip())
        if sm is not None:
            # "Acme officials", "Acme's executives", "Thrift officials": the company speaks
            # (the gold convention: a company official speaks for the company)
            firm = _company_named(res, doc, sm.group(1), hs)
            if firm is not None:
                return firm, None
    if _QUANTITY.match(text, hs, he):
        return None, None  # "a majority of Democrats": some of a group, never the party
    vm = _VERSION_OF.match(text, hs, he) if " of the" in head_text else None
    if vm:
        # "a Spanish version of the letter": the letter's author, not Spain
        hs = vm.end()
        head_text = text[hs:he]
        low = head_text.lower().strip()
    if low.startswith(("the elder ", "the younger ")):
        # "the elder Roe": the parent among the people of that surname
        co = coref.descriptions(doc, res.actors)
        gen = co.generation(hs, he)
        if gen is not None or co.generation_pool(low.split()[-1], hs) is not None:
            return gen, None  # with several of that surname and none shown elder: nobody
    if low.startswith("the ") and coref.ROLE_LAST.search(low):
        # "the Florida senator", "the Democratic nominee", "the administration": the person
        # (or body) the text ties to that role (coref.Descriptions.role_holder)
        co = coref.descriptions(doc, res.actors)
        rh = co.role_holder(hs, he) or co.administration(hs, he)
        if rh is not None or low == "the administration":
            return rh, None  # (no administration named: nobody, never a person near it)
    cand = _CANDIDACY.fullmatch(low) if low.startswith("the ") else None
    if cand is not None:
        hit = coref.descriptions(doc, res.actors).candidate(hs, he)
        if hit is not None:
            return hit, None  # "the GOP candidate": coref.Descriptions, as below
    if low in _BARE_CANDIDATE or cand is not None:
        # "The candidate said", "the Democratic presidential candidate said" (no record ties
        # it: role_holder found none): the one person the headline names, else the person a
        # recent sentence opens with, alone ("Roe and Doe met …" leaves it open); never one
        # the text ties to another party than the description's
        parties = {_PARTY_OF[w] for w in low.split() if w in _PARTY_OF}
        hl = doc.article.headline_span
        hl_people = {a.id: a for ms, _me, a in res.covering(*hl)
                     if ms >= hl[0] and a.kind == "person"} if hl else {}
        one = next(iter(hl_people.values())) if len(hl_people) == 1 else None
        if one is not None and (cand is None or (
            _party_fits(res, doc, one, parties)
            and not any(a.id == one.id for _ms, _me, a in res.covering(
                res.sent_starts[max(0, _sentence_of(res, hs))], hs))
        )):
            # the one person the headline names (for "the Democratic nominee", not one the
            # sentence names before it: "Roe met Doe after the Democratic nominee said")
            return one, None
        lo = _para_lo(doc, para_idx)
        opener_hit = res.subject_before(hs, {"person"}, lo)
        if cand is not None and opener_hit is not None and _sentence_of(res, opener_hit[0]) == (
            _sentence_of(res, hs)
        ):
            opener_hit = None  # "Roe met Doe after the Democratic nominee said": not Roe
        if opener_hit is not None and not any(
            a.id == opener_hit[1].id and ms == opener_hit[0] and _JOINED_NEXT.match(text, me)
            for ms, me, a in res.covering(opener_hit[0], opener_hit[0] + 1)
        ) and _party_fits(res, doc, opener_hit[1], parties):
            return opener_hit[1], None
    if coref.DESCRIBED.search(low):
        # "Roe's lawyer", "the grandmother of Roe", "the GOP candidate": coref.Descriptions
        co = coref.descriptions(doc, res.actors)
        agent = _AGENT_FOR.fullmatch(low) if low.startswith(("a ", "an ")) else None
        if agent is not None:
            # "A spokeswoman for Roe said … The spokeswoman, Ann Doe, added": the one person
            # the next sentences name as the spokeswoman; "Tom Hill, another spokesman for
            # Roe" is someone else, and none or two named leave the older readings to decide
            later = _agent_named_later(res, agent.group(1), max(he, f.content[1]))
            if later is not None:
                return later, None
        if low.startswith(("his ", "her ", "their ")) and coref.pronoun_relation(low):
            # "His lawyer said": the one the text introduces as the lawyer of the person "his"
            # names; else the one an inverted attribution names first just after ("His lawyer
            # insists A. “B,” said Jane Roe."); else unnamed — never a lawyer of someone else
            who, _v = _pronoun(res, _POSSESSIVE_PRONOUN[low.split()[0]], hs, para_idx, doc)
            hit = co.relative_of(hs, he, who.id if who is not None else None)
            return hit or _named_next(res, max(he, f.content[1])), None
        hit = co.relative(hs, he) or co.candidate(hs, he)
        if hit is not None and not (agent is not None and _another_agent(res, hit)):
            return hit, None
    table, _ = _roles()
    rel = _REL_IN_HEAD.search(head_text) if " " in head_text else None
    # "a party official who supports Roe": the head noun is before the relative clause
    words = (head_text[: rel.start()].lower() if rel else low).split()
    last = words[-1].removesuffix("’s").removesuffix("'s") if words else ""
    role = table.get(last)
    cov = res.covering(hs, he)
    if rel is not None and cov:
        # … and Roe, in the relative clause, is not the speaker
        cov = [t for t in cov if t[0] < hs + rel.start()]
    pnoun = _person_noun(head_text, words) if words and words[0] not in {"a", "an"} else None
    if pnoun and hs < 600 and words[0] == "the" and _blind_lead(res, hs) and not any(
        t[2].kind == "person" for t in cov
    ):
        # "The top commander of a rebel force said …" in a lead naming nobody yet: the
        # person the next sentences name as saying it ("Gen. Jane Roe, …, said")
        fw = res.forward(max(he, f.content[1]), {"person"})
        if fw is not None:
            return fw, None
    back = pnoun is not None and words[0] == "the" and (
        coref.role_entry(pnoun).get("class") == "calling"
    )
    if pnoun and not any(t[2].kind == "person" for t in cov) and (
        cov or back or "titles" in table.get(pnoun.lower(), {})
    ):
        # "The Cuban leader", "Senator from Ohio", "the Republican nominee": a person named
        # earlier, not the country or state in the description.
        dp = res.described_person(pnoun, hs, he)
        definite = words[0] == "the" or text[max(0, hs - 5) : hs] == " and "
        if dp is None and definite and not cov and _role_entry(table, pnoun).get("titled_only"):
            return None, None  # "the judge" with no judge named (or one introduced since)
        if dp is None and definite and pnoun.lower() not in _UNNAMED and not _role_entry(
            table, pnoun
        ).get("titled_only"):
            # "the New York businessman", "the former senator": elegant variation for the
            # person a recent sentence opened with, when no title fits.
            lo = _para_lo(doc, para_idx)
            dp = res.topic_person(hs, he, lo) if cov or not back else None
            if dp is not None and dp.title and _role_entry(table, pnoun).get("kind") == "other":
                dp = None  # "the businessman" is not the titled official the sentence opened with
            elif dp is None and words[0] == "the" and len(words) <= 4 and (
                _role_entry(table, pnoun).get("kind") != "other"
            ):
                # "“…,” Roe said. … the Vermont senator acknowledged": the one who just spoke
                dp = res.recent_speaker(hs, he, lo)
            if dp is None and back and not cov:
                # "Roe took questions. The billionaire businessman said" (coref)
                dp = coref.descriptions(doc, res.actors).referred_back(
                    hs, he, doc.paragraphs[para_idx].span[0] if doc.paragraphs else 0,
                    _para_lo(doc, para_idx), lambda: res.recent_speaker(hs, he, lo), pnoun,
                )
        if dp is not None or cov:
            return dp, None
    if cov and words and (words[0] == "other" or words[:2] in (["the", "other"], ["many", "other"])):
        return None, None  # "Other E.U. leaders", "Roe and other officials": not the body named
    if cov and _LOCATIVE_AT.search(head_text):
        located = _located_people(text, hs, he, cov)
        if located is not None:
            # "Cuban exiles in Miami", "Religious leaders in Boston", "Media reports in
            # Ruritania": people (or reports) of a place, unnamed; never the place itself
            group, noun_end = located
            if noun_end is None:
                return group, None
            # "Acme officials in Easton": read as "Acme officials"
            return _resolve_mention(
                res, dataclasses.replace(f, head=(hs, noun_end), speaker=None), para_idx, doc
            )
    group = _group_modified(res, hs, he, words, cov) if cov else None
    if group is not None:
        return group, None
    if cov and _GROUP_HEAD_AT.search(low) and _group_heads_only(
        text, hs, he, words, cov
    ):
        return None, None  # "Roe's relatives in Ohio", "supporters in Congress": unnamed
    if cov and any(t[2].kind == "person" for t in cov):
        kept = [t for t in cov if t[2].kind != "person"
                or not _RELATION_OF.search(text, max(hs, t[0] - 30), t[0])]
        if len(kept) < len(cov):
            if not any(t[2].kind == "person" for t in kept):
                return None, None  # "the grandmother of Jane Roe": a relative, unnamed
            cov = kept
    side = (
        _SIDE_OF.fullmatch(head_text.strip())
        if "’s " in head_text or "'s " in head_text
        else None
    )
    if side is not None:
        # "Castro's government": his country; "Roe's team": the Roe campaign, when named
        body = _side_body(res, side, cov, hs)
        if body is not None:
            return body, None
    by_role = (
        _ROLE_AUTHOR.match(head_text) if (" from " in head_text or " by " in head_text)
        else None
    )
    if by_role and table.get(by_role.group(1).lower(), {}).get("noun") == "document":
        person = _role_holder(res, by_role.group(2))
        if person is not None:
            # "a report from the Treasury's inspector general": the one person the
            # text gives that title (gold: a named official's report is the official's)
            return person, None
    if " by " in head_text or " from " in head_text:
        dm = _DESCRIBED_AUTHOR.fullmatch(head_text.strip())
        if dm and table.get(dm.group(1).lower(), {}).get("noun") == "document":
            # "a memo distributed by Acme's owner, Beta Partners": the name in apposition
            named_after = _appositive_actor(res, he)
            if named_after is not None:
                return named_after, None
    if cov:
        # Prefer the mention that ends where the head ends (the name, not a modifier).
        cov.sort(key=lambda t: (abs(t[1] - he), -(t[1] - t[0])))
        ms, me, a = cov[0]
        named = _NAME_END.search(head_text)
        if named and me < hs + named.start() and _POSSESSIVE_NAME.fullmatch(
            text, me, hs + named.start()
        ):
            # "Florida International's Fernandez", "the Acme Party's Jane Roe": the person of
            # that body the text named before (campus and sports copy), never the body
            person = res.by_name(named.group(), hs)
            if person is not None and person.kind == "person" and person.id != a.id:
                return person, None
        if a.kind != "person":
            person = _head_person(text, cov, ms)
            if person is not None:
                return person, None
        ends_at_head = abs(me - he) <= 2
        if ends_at_head and a.kind == "country" and _people(text[ms:me], a):
            return None, None  # "Most Americans say": people of a country, not its government
        if not ends_at_head and a.kind != "person":
            person = next((t[2] for t in cov if t[2].kind == "person"), None)
            if person is not None:
                return person, None  # "Roe outlined the Dutch stance": Roe
        if (
            a.kind == "person" and not ends_at_head and coref.someone_else(text[ms:he])
        ):
            # "Mr. Roe's successor", "Ms. Roe's chief of staff": someone other than the
            # possessor (unnamed unless the text introduced who holds that relation)
            return None, None
        if ends_at_head or a.kind == "person":
            return a, None
        if role and role.get("noun") == "document":
            return a, None  # "a Treasury statement" is the Treasury speaking
        if role and role.get("speaks_for") and a.kind in {"organization", "country"}:
            return a, None  # "an Acme spokeswoman": Acme speaks (the gold convention)
        if role and role.get("noun") == "person":
            if words[0] in {"a", "an"} and para_idx <= 2 and role.get("kind") != "expert":
                # "A former Acme chairman says …” … said Jane Roe, who ran Acme": the lead's
                # description names the person of that body quoted just after
                fw = res.forward(max(he, f.content[1]), {"person"})
                if fw is not None and a.id in res.ties(fw):
                    return fw, None
            return None, None  # "a senior US official": unnamed, affiliated
        if named and me <= hs + named.start() and _CAPS_ONLY.fullmatch(
            text, me, hs + named.start()
        ):
            # "Manhattan Supreme Court Justice Jane Roe": the name after the body speaks
            person = res.by_name(named.group(), len(text))  # named right here
            if person is not None and person.kind == "person":
                return person, None
        return a, None
    if role is not None and role.get("speaks_for") and words[0] in {"a", "an", "the"}:
        body = _speaks_for(res, head_text, hs)
        if body is not None:
            return body, None
    if words and words[0] == "the" and role is not None and len(words) <= 3:
        if role.get("noun") == "document":
            v = _document_view(res, doc, last, para_idx)
            if v is not None:
                return res.actor(v.speaker), v
            topic = res.topic_issuer(hs, doc) if last not in _PERSONAL_DOCUMENTS else None
            # the author may be named in the speaker's own aside ("The poll, released by X")
            end = f.speaker[1] if f.speaker and f.speaker[1] > he else hs
            return res.author(last, end) or res.issuer(role, hs) or topic, None
        if role.get("noun") == "organisation":
            if "heads" in role:
                # "the union", "the network", "the embassy": the one body of that kind
                return one_body(res, doc, role, hs, para_idx), None
            if last == "government" and len(words) == 2:
                # "In Havana, the government said": the country of the capital or country the
                # sentence names, else the latest country, never an NGO or company.
                gov = res.country_near(hs)
                if gov is not None:
                    return gov, None
            if last in {"leadership", "regime"}:
                # "the communist leadership": the government of the one country in play
                one = res.sole_country(hs)
                if one is not None:
                    return one, None
            if words == ["the", "campaign"]:
                camp = _campaign_in_play(res, hs)
                if camp is not None:
                    return camp[0], None
            org = (
                coref.descriptions(doc, res.actors).org_of_kind(last, hs)
                or res.described(last, hs) or res.before(hs, {"organization"})
            )
            return org, None
        hit = res.described(last, hs)
        if hit is not None and hit.kind != "person" and role.get("noun") == "person" and not (
            role.get("speaks_for")
        ):
            # "A CIA officer backed the account. … the officer said": an unnamed officer,
            # never the agency the earlier description named (only a spokesman speaks for it)
            return None, None
        return hit, None
    if len(words) == 2 and words[0] == "the" and role is None and last.isalpha():
        # "the fund", "the bureau": the organisation whose name has that head noun.
        return res.org_by_head(last, hs), None
    if words and words[0] in {"a", "an"} and role is not None and len(words) <= 4:
        noun = role.get("noun")
        if noun == "person" and role.get("kind") != "expert" and head_text[1:].islower() and (
            last not in _NOT_VOICES
        ):
            # "Acme will trim staff, a company official said": the official speaks for the
            # organisation that is the subject of the sentence (or the one before it).
            para = doc.paragraphs[para_idx].span
            org = res.before(hs, {"organization"}, window=hs - para[0] + 1)
            if org is not None and (
                "campaign" not in words or "campaign" in org.name.lower().split()
            ):
                return org, None  # (a campaign aide speaks for a campaign, not the police)
        want = {"person": {"person"}, "organisation": {"organization"}}.get(str(noun))
        if noun == "person":
            # "Jane Roe, a former party chairman, … A former party chairman said": the one
            # person the text introduced with that very role.
            intro = res.titled(" ".join(words[1:]), hs)
            if intro is not None:
                return intro, None
        if noun == "document" and "government" in words[1:-1]:
            # "a government communique said": the country's government
            gov = res.sole_country(hs)
            if gov is not None:
                return gov, None
        if noun == "document" and last in _MESSAGE_NOUNS and all(
            w.islower() for w in head_text.split()[1:]
        ):
            # "Acme issued a warning. An accompanying statement said …": the body that just
            # issued something speaks through it.
            body = _issuing_body(res, hs)
            if body is not None:
                return body, None
        if want and para_idx <= 2:
            # "…, says a leading economist. Jane Roe, a fellow at Y, says …": named just after.
            return res.forward(max(he, f.content[1]), want), None
    name = _HONORIFIC.sub("", head_text).strip()
    if name and " " not in name and name[:1].isupper():
        return res.by_name(name.strip(".,"), hs), None
    rm = _ROLE_THEN_NAME.fullmatch(name) if name[:1].islower() else None
    if rm and table.get(rm.group(1).lower(), {}).get("noun") == "person":
        # "conservative talk radio host Jane Roe" where the actors stage took only "Roe":
        # the person of that surname (not one with another given name)
        hit = res.by_name(rm.group(3), hs)
        if hit is not None and hit.kind == "person" and not _other_given_name(
            rm.group(2), hit, table, False
        ):
            return hit, None
    if name and name[:1].isupper() and name.split()[-1][:1].isupper():
        # (a lower-case last word is a common noun: "Party leaders" at a sentence's start)
        hit = res.by_name(name.split()[-1], hs)
        introduced = f.appos is not None and f.appos[0] < hs  # "One of them, Jane Roe"
        if hit is not None and _other_given_name(name, hit, table, introduced):
            return None, None  # "Jane Roe" is not the "John Roe" named before
        return hit, None
    if name and " " in name and words and words[-1][:1].isalpha():
        # "the Arab American institute" in a transcript: a name written in another case
        key = " ".join(name.lower().removeprefix("the ").split())
        for a in res.actors:
            if a.kind != "person" and key in (
                a.name.lower().removeprefix("the "), *(x.lower() for x in a.aliases)
            ):
                return a, None
    return None, None


# A document, perhaps its author in a relative clause, then its addressee: "the tax
# forms she filed with a county clerk", "Her submission to the court", "the company's
# filing with the agency" (group 1: the document; group 2: the author's pronoun).
_DOC_RECIPIENT = lazy(
    r"((?:[\w’'.&-]+\s+){0,5}?(?:" + _DOC_ALT + r")s?)(?:\s+(?:that\s+|which\s+)?"
    r"(he|she|they|it|He|She|They|It)\s+(?:had\s+|has\s+)?(?:submitted|filed|sent|wrote|"
    r"delivered|presented|gave|addressed|mailed|made))?\s+(?:to|with)\s+\S.*",
    re.DOTALL,
)


# Lower-case description words, a role noun, then a name: "talk radio host Jane Roe".
_ROLE_THEN_NAME = lazy(
    r"(?:[a-z][\w’'-]*\s+){0,5}([a-z]+)\s+((?:[A-Z][\w’'.-]*\s+){0,2}([A-Z][\w’'-]+))"
)


# Unnamed people who never speak for the body their sentence names ("a well-placed source")
_NOT_VOICES = frozenset({"source", "sources", "witness", "witnesses", "resident", "residents"})
_BARE_CANDIDATE = frozenset({"the candidate", "the nominee", "the contender", "the hopeful",
                             "the front-runner", "the frontrunner"})
_JOINED_NEXT = lazy(r",?\s+(?:and|or|&)\s")
# "the Democratic presidential candidate", "the presumptive Republican nominee", "the former
# GOP hopeful": a candidacy with party and race words only (not "vice-presidential": the
# running mate is someone else; not "the other candidate": role_holder's _NOT_HOLDER).
_CANDIDACY = lazy(
    r"the\s+(?:(?:former|presumptive|likely|eventual|leading|republican|democratic|democrat|"
    r"gop|independent|libertarian|presidential|2016|white\s+house)\s+){1,4}"
    r"(?:candidate|nominee|contender|hopeful|front-?runner|standard-bearer)"
)


_POSS_DOCUMENT = lazy(r"(his|her|its|their)\s+(?:[a-z-]+\s+)?([a-z]+)")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}


# A company by what it makes or does: "the Chicago-based company", "the valve maker", "the
# nation's largest steelmaker", "the maker of valves".
_COMPANY_DESC = lazy(
    r"the\s+(?:[\w.&’'-]+\s+){0,4}?(?:company|firm|manufacturer|producer|retailer|"
    r"concern|lender|thrift|insurer|airline|automaker|carmaker|chipmaker|steelmaker|drugmaker|"
    r"conglomerate|supplier|distributor|(?<!policy )(?<!decision )(?<!film )(?<!deal )maker|"
    r"steelmaker|toolmaker)(?:\s+of\s+[a-z][\w\s,-]{0,40})?"
)


# A newspaper's own voices: its editorial board, its editorial, its column.
_PRESS_VOICES = frozenset({"the editorial board", "the editorial", "the editors", "the column",
                           "the paper's editorial board", "the newspaper's editorial board"})


# Unnamed voices of the organisation a story is about ("the executives acknowledged",
# "management said", "A spokesman said" with no body named): business-wire shorthand.
_BODY_VOICES = frozenset({"the executives", "executives", "management", "the management",
                          "a spokesman", "a spokeswoman", "a spokesperson"})


# A company's staff as speakers: "Acme officials", "Acme's executives", "Thrift officials".
_STAFF_ENDS = ("officials", "executives", "management")
_BODY_STAFF = lazy(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*?)(?:[’']s)?\s+"
    r"(?:(?:top|senior)\s+)?(?:officials|executives|management)"
)


# Documents people write: never taken for the body a paragraph is about ("the letter").
_PERSONAL_DOCUMENTS = frozenset({
    "letter", "note", "memo", "book", "article", "editorial", "memoir", "autobiography", "account",
})


# A document by a person role: "a report from the agency's inspector general", "an audit by
# the city's comptroller" (the role closes the speaker head).
_ROLE_AUTHOR = lazy(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:from|by)\s+(?:the\s+)?"
    r"(?:[\w.&-]+(?:\s+[A-Z][\w.&-]*){0,4}[’']s\s+)?([a-z]+(?:\s+[a-z]+)?)"
    r"(?=$|[,\s]+(?:to|released|published|issued|due|made|on|in|last|this)\b)"
)


# A document by a described author: "a memo distributed by Acme's owner" (named after a comma).
_DESCRIBED_AUTHOR = lazy(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:[a-z]+\s+)?(?:by|from)\s+"
    r"(?:the\s+)?[\w.&-]+(?:\s+[A-Z][\w.&-]*){0,4}[’']s\s+[a-z]+"
)


# A person's side: "Roe's campaign/team/camp", "Roe's government/administration/regime".
_SIDE_OF = lazy(
    r"(?:the\s+)?(.+?)[’']s\s+(?:(?:presidential|election|re-?election|own)\s+)?"
    r"(campaign|team|camp|government|administration|regime)"
)


# "his campaign", "her re-election team": the side of the person the pronoun names.
_PRONOUN_SIDE = lazy(
    r"(his|her)\s+(?:(?:presidential|election|re-?election|own)\s+)?(?:campaign|team|camp)"
)


_REL_IN_HEAD = lazy(r"\s(?:who|whom|whose|that|which)\s")
_NAME_END = lazy(r"(?<=\s)[A-Z][a-z][\w’'-]*$")
# (joined titles too: "Acme News Vice President and Managing Editor Jane Roe")
_CAPS_ONLY = lazy(r"(?:\s+(?:[A-Z][\w.’'-]*|and(?=\s+[A-Z])))*\s+")
# A body's possessive, then at most one given name, before a surname: "Acme’s (Jane) Roe"
_POSSESSIVE_NAME = lazy(r"(?:[’']s|(?<=s)[’'])\s+(?:[A-Z][a-z]+\s+)?")
_VERSION_OF = lazy(
    r"(?i:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:version|copy|text|translation|draft|excerpt)s?\s+of\s+"
    r"(?=the\s)"
)
_GROUP_HEAD_AT = lazy(r"\b(?:" + "|".join(sorted(_GROUP_HEADS)) + r")\b")
_LOCATIVE_AT = lazy(r"[a-z]s\s(?:[a-z-]+\s){0,4}?(?:in|around|across|near|throughout)\s")


# Nouns that usually bring in a new, unnamed source rather than describe a named one.
_UNNAMED = frozenset({"official", "source", "diplomat", "officer", "spokesman", "spokeswoman",
                      "spokesperson", "aide", "witness", "resident", "expert", "analyst"})
