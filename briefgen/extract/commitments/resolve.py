"""Resolving a subject phrase to actor ids: _resolve and _resolve_any (mentions inside the
phrase, pronouns, "the two sides", groups, descriptions), and the readings that call back into
them (_group and _plural_antecedent for plural subjects, conjoined bodies and descriptions,
"a claim by X"). These functions call one another, so they live in one module.
"""

from __future__ import annotations

import bisect
import itertools
import re

from briefgen import rules
from briefgen.extract import coref
from briefgen.extract.commitments.descriptions import (
    _bloc,
    _body_named_for,
    _conjoined_rival,
    _courtesy_names,
    _head_country,
    _kind_body,
    _last_firm,
    _opener_subject,
    _owner_of_unit,
    _prev_subject,
    _roles,
    _speakers_own_body,
)
from briefgen.extract.commitments.patterns import (
    _BLOC_HEADS,
    _COUNTRY_BODY,
    _COURTESY_NAME,
    _HEADLINE_JOINT,
    _LEAD_THE,
    _OWN_BODY,
    _POSSESSIVE_S,
    _PRONOUN,
    _SINGULAR,
    _SUBJECT_LEAD,
)
from briefgen.extract.commitments.spans import (
    _trim,
)
from briefgen.extract.commitments.speakers import (
    _by_surname,
    _campaign_of,
    _document_author,
    _first_person,
    _home_firm,
    _kinds_ok,
    _on_behalf,
    _pairs_before,
    _plural_group,
    _pronoun_person,
    _quote_at,
    _signatory,
    _we,
    _with_countries,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _entry_floor,
    _ids_in,
    _last_of,
    _last_pos,
    _mentions_in,
    _view_at,
)
from briefgen.lazyre import lazy

_GROUP = lazy(
    r"\b(?:(?:the|both|all|these|those|our|their)\s+(?:(?:two|three|four|five|\d+)\s+)?"
    r"(?-i:(?!(?:political|opposition|main|major|other|smaller|minor)\s+parties)"
    r"(?:[a-z-]+\s+)?(?:sides|parties|Parties|countries|nations|leaders|governments|presidents|"
    r"ministers|delegations|allies|partners|companies|firms|institutes|organi[sz]ations|states|"
    r"members|negotiators|teams|signatories|commissions))|they|we|our\s+(?:\w+\s+)?(?:countries|nations)|"
    r"(?:the\s+two|both(?:\s+the)?)\s+(?-i:(?:wo)?men|camps|campaigns|candidates|rivals|contenders|"
    r"nominees))\b",
    re.IGNORECASE,
)

_FIRST_PERSON = lazy(r"^(?:we|our)$", re.IGNORECASE)

# a plural subject that stands for people: "the two camps" / "both campaigns" are the two
# candidates they work for, "the two men" the last pair of persons
_PERSON_GROUP = lazy(
    r"leaders|presidents|ministers|\b(?:wo)?men\b|\bcandidates\b|"
    r"\brivals\b|\bcontenders\b|\bnominees\b"
)
_CAMPS = lazy(r"\b(?:camps|campaigns)\b")
# "Roe supporters", "the Roe campaign": the following of one person, named by the person
_FOLLOWING = lazy(r"(?:the\s+)?(?P<n>.+?)\s+(?:supporters|backers|campaign|camp|loyalists)")
_I = lazy(r"I")


def _group(ctx: _Ctx, pos: int, phrase: str) -> list[str]:
    """What a plural subject ("the two sides", "they", "the leaders") refers to."""
    best: tuple[int, list[str]] | None = None
    low = phrase.lower()
    kind = "person" if _PERSON_GROUP.search(low) else None
    for gpos, gids in reversed(ctx.groups):
        if gpos < pos and (kind is None or _kinds_ok(ctx, gids, kind)):
            best = (gpos, list(gids))
            break
    pair = _pairs_before(ctx, pos, kind)
    if pair and (best is None or pair[0] > best[0]):
        best = pair
    meet = _meeting_pair(ctx, pos, kind) if _SIDES.search(low) else None
    if meet is not None and (best is None or meet[0] > best[0]):
        return meet[1]  # "X met Y on Monday. The two sides agreed …": X and Y
    if low == "they":
        # "Elian's relatives in Miami … Since then, they have said …": a group actor named
        # since the last pair
        gid = _last_of(ctx, pos, ("group",), within=600)
        gpos = _last_pos(ctx, pos, gid) if gid is not None else -1
        near = _plural_antecedent(ctx, pos, max(best[0] if best else -1, gpos))
        if near is not None:
            return near
        if gid is not None and (
            best is None or (gpos > best[0] and _opens_clause(ctx, gpos))
        ):
            # the group named since the pair, when it is a subject; a group named in passing
            # after the pair ("Japan and Canada met … after militants claimed an attack. They
            # are proposing …") is not who "they" are
            return [gid]
    if best is None:
        return []
    ids = best[1]
    if pair and best is pair and not _PERSON_GROUP.search(low):
        # "the two sides" after "Kenyan commander X and Ugandan chief of staff Y": their countries too
        s0 = _first_start(ctx, ids, pair[0] - 1)
        e0 = _last_end(ctx, ids, pos)
        ids = list(
            dict.fromkeys(
                ids + [a for a in _ids_in(ctx, s0, e0) if ctx.actors[a].kind == "country"]
            )
        )
    if _PERSON_GROUP.search(low):
        persons = [a for a in ids if ctx.actors[a].kind == "person"]
        return persons or ids
    if _CAMPS.search(low):
        # "Roe and Doe supporters came together … The two camps agreed": the two candidates
        people = []
        for a in ids:
            fm = _FOLLOWING.fullmatch(ctx.actors[a].name)
            who = _by_surname(ctx, fm.group("n")) if fm else None
            people.append(who or a)
        return list(dict.fromkeys(people))
    ids = _with_countries(ctx, ids)
    countries = [a for a in ids if ctx.actors[a].kind == "country"]
    if len(countries) == 2 and _TWO_SIDES.search(low) and _paragraphs_apart(ctx, best[0], pos) > 1:
        # "the two sides" paragraphs after the officials of one meeting: the sides are the two
        # countries they stand for, not that meeting's commanders
        return countries
    return ids


def _opens_clause(ctx: _Ctx, gpos: int) -> bool:
    """Is the mention at gpos the subject of its sentence (opening it, or right after an
    opening phrase's comma)?"""
    sent = ctx.doc.sentence_at(gpos)
    if sent is None:
        return True
    lead = _LEAD_CONJ.sub("", ctx.doc.text[sent.span[0] : gpos], count=1)
    return _SUBJECT_LEAD.fullmatch(lead) is not None or lead.rstrip().endswith(",")


_LEAD_CONJ = lazy(r"^[\s\"“‘'`]*(?:(?:but|and|yet|so|still|meanwhile|now)\b,?\s*)?", re.IGNORECASE)


_TWO_SIDES = lazy(r"\b(?:two|both)\s+(?:sides|countries|nations|governments)\b")

_JOIN_GAP = lazy(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?")


def _conjoined_country(ctx: _Ctx, cid: str, pos: int) -> bool:
    """Is the latest mention of country cid before pos joined to another country ("Canada
    and Mexico", "Canada, Mexico")? Then "the country" could be either."""
    at = _last_pos(ctx, pos, cid)
    if at < 0:
        return False
    text = ctx.doc.text
    i = bisect.bisect_left(ctx.starts, at)
    for j in (i - 1, i + 1):
        if 0 <= j < len(ctx.mentions) and ctx.mentions[j][0] < pos:
            ms, me, aid = ctx.mentions[j]
            if aid == cid or ctx.actors[aid].kind != "country":
                continue
            s0, e0 = (me, at) if j < i else (ctx.mentions[i][1], ms)
            if 0 <= e0 - s0 <= 12 and _JOIN_GAP.fullmatch(text, s0, e0):
                return True
    return False


# "the two sides", "both leaders": a pair that a meeting verb may name ("X met Y")
_SIDES = lazy(
    r"\b(?:two|both)\s+(?:sides|countries|nations|governments|leaders|presidents|ministers|"
    r"(?:wo)?men|delegations)\b"
)
# "X met (with) Y", "X held talks with Y", "X hosted Y": the two who meet, subject and object
_MEET_VERB = lazy(
    r"\s(?:(?:met|meets|meeting)(?:\s+with)?|hosted|hosts|(?:held|holds|"
    r"opened|began|resumed)\s+(?:\w+\s+){0,2}?(?:talks|negotiations|meetings?|discussions)\s+with|"
    r"(?:talked|negotiated|negotiates|spoke|conferred)\s+with)\s"
)


_TITLE_JOIN = lazy(r"\s*(?:,\s*)?and\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}")
# between the meeting verb and the other side: a title or a few words, no list
_MEET_GAP = lazy(r"(?:(?!and\s)[\w.’'-]+\s+){0,5}")


def _meeting_pair(ctx: _Ctx, pos: int, kind: str | None) -> tuple[int, list[str]] | None:
    """The two actors a meeting verb joins ("President X met Prime Minister Y", "Japan held
    talks with Korea") in the sentence before pos or the two before that: the bodies or
    countries when both sides are ones, else the two people. None when the subject or the
    object is not one actor, or kind asks for persons and they are not."""
    doc = ctx.doc
    text = doc.text
    sent = doc.sentence_at(pos)
    if sent is None:
        return None
    lo = max(0, sent.span[0] - 1500)
    for vm in reversed(list(_MEET_VERB.finditer(text, lo, sent.span[0]))):
        s = doc.sentence_at(vm.start())
        if s is None:
            continue
        before = [
            m for m in _mentions_in(ctx, s.span[0], vm.start())
            if ctx.actors[m[2]].kind != "place"
        ]
        after = [
            m for m in _mentions_in(ctx, vm.end(), s.span[1])
            if ctx.actors[m[2]].kind != "place"
        ]
        if not before or not after:
            continue
        a, b = before[-1], after[0]
        gap = text[vm.end() : b[0]]
        side = [a[2]]
        if " and " in text[s.span[0] : a[0]]:
            # "X and Y met Z": X and Y are one side, when nothing else is named before them
            side = list(dict.fromkeys(m[2] for m in before))
            if len(side) > 3 or not all(
                _JOIN_GAP.fullmatch(text, p[1], q[0]) or _TITLE_JOIN.fullmatch(text, p[1], q[0])
                for p, q in itertools.pairwise(before)
            ):
                return None
        if b[2] in side or not _MEET_GAP.fullmatch(gap):
            return None  # "met with his aides and Y": no single other side
        ids = [*side, b[2]]
        if kind == "person" and any(ctx.actors[i].kind != "person" for i in ids):
            return None
        if kind is None and all(ctx.actors[i].kind == "person" for i in ids):
            lands = _with_countries(ctx, ids)[2:]
            if len(lands) == 2 and all(ctx.actors[i].kind == "country" for i in lands):
                return vm.start(), lands  # "President X of A met Premier Y of B": A and B
        return vm.start(), ids
    return None

_ANTECEDENTS = rules.entries("commitment_antecedents")[0]
_PEOPLE_SUFFIXES = tuple(_ANTECEDENTS["suffixes"])
_PEOPLE_NOUNS = frozenset(_ANTECEDENTS["nouns"])
_NOT_PEOPLE = frozenset(_ANTECEDENTS["not_people"])
_STAFF_NOUNS = frozenset(_ANTECEDENTS["staff"])
# a finite verb right after a subject: auxiliaries, common present and irregular past forms
_SUBJECT_VERB = (
    r"(?:are|were|have|had|will|would|could|can|may|might|must|do|did|say|said|says|make|made|"
    r"want|wanted|need|needed|plan|hope|try|seek|sought|met|meet|began|took|went|gave|told|held|"
    r"left|came|got|won|lost|spent|kept|brought|ran|sent|struck|chose|saw|knew|thought|felt|"
    r"found|became|fought|(?-i:[a-z]{3,}ed))\b"
)
# a plural noun phrase opening a clause and followed by its verb: "These activists are",
# "that security officials make", "Acme's executives met"
_PLURAL_SUBJECT = lazy(
    r"(?:^|[.,;:!?]\s+|\b(?:that|as|when|while|because|and|but|if|since)\s+)"
    r"(?P<np>(?:(?:the|these|those|many|some|most|other|such|both|all|its|their)\s+)?"
    r"(?:(?!of\s)[\w.’'-]+\s+){0,3}?(?P<n>(?-i:[a-z]{3,}s|police|people|staff|men|women)))"
    # a participle with its agent or purpose is no finite verb ("the people interviewed for")
    r"\s+(?:\w+ly\s+)?(?!(?-i:[a-z]{3,}ed)\s+(?:by|for)\b)" + _SUBJECT_VERB,
    re.IGNORECASE,
)


_NAME_WORDS = r"(?-i:[A-Z])[\w.&’'-]*(?:\s+(?:of\s+|de\s+)?(?-i:[A-Z])[\w.&’'-]*){0,4}"
# two names coordinated as a clause's subject, its verb next: "Acme and Globex sweetened"
_NAMES_SUBJECT = lazy(
    r"(?:^|[.,;:!?]\s+|\b(?:that|as|when|while|because|but|if|since)\s+)"
    r"(?P<np>(?:(?:the\s+)?" + _NAME_WORDS + r",\s+){0,4}(?:the\s+)?" + _NAME_WORDS
    + r",?\s+(?:and|&)\s+(?:the\s+)?" + _NAME_WORDS + r")"
    r"\s+(?:\w+ly\s+)?" + _SUBJECT_VERB,
    re.IGNORECASE,
)


def _plural_antecedent(ctx: _Ctx, pos: int, floor: int) -> list[str] | None:
    """What "they" at pos refers to when an unnamed plural noun phrase of people is its
    subject nearer than any named antecedent (after floor), in its sentence or, for a "they"
    opening its sentence, the sentence before: the body a staff noun's possessor names ("Acme's
    executives"), an actor the phrase itself names ("Serbian police"), else nobody ("These
    activists …, they are willing to"); None when there is no such phrase."""
    doc = ctx.doc
    sent = doc.sentence_at(pos)
    if sent is None:
        return None
    text = doc.text
    lo = sent.span[0]
    if not text[lo:pos].strip(" \t\"“‘'`") or text[lo:pos].strip().lower() in ("but", "and"):
        p = lo - 1
        while p > 0 and text[p].isspace():
            p -= 1
        before = doc.sentence_at(p) if p > 0 else None
        if before is not None and before is not sent:
            lo = before.span[0]
    seg = text[lo:pos]
    if max(lo, floor + 1) >= pos or ("s " not in seg and " and " not in seg):
        return None
    found = None
    for m in _PLURAL_SUBJECT.finditer(seg):
        n = m.group("n").lower()
        if n in _NOT_PEOPLE or n == "they" or lo + m.start("np") <= floor:
            continue  # no people, or the antecedent already found ("Roe supporters are …")
        if n in _PEOPLE_NOUNS or n.endswith(_PEOPLE_SUFFIXES):
            found = m
    if " and " in seg:
        for m in _NAMES_SUBJECT.finditer(seg):
            if lo + m.start("np") > floor and (
                found is None or m.start("np") > found.start("np")
            ):
                # "Lintel Radio and Borrow Cellular sweetened their plan": the names coordinated
                # as the clause's subject, whether or not the actors stage knows them (not the
                # pair already found: "Roe, Vale and Lee established …, as they")
                s, e = lo + m.start("np"), lo + m.end("np")
                return [a for _ms, _me, a in _mentions_in(ctx, s, e)
                        if ctx.actors[a].kind != "place"]
    if found is None:
        return None
    s, e = _trim(text, lo + found.start("np"), lo + found.end("np"))
    if s >= e:
        return None
    if _POSSESSIVE_S.search(text, s, e):
        if found.group("n").lower() not in _STAFF_NOUNS:
            return []  # "Roe's rivals …, they": the rivals, not Roe
        return [a for a in _ids_in(ctx, s, e) if ctx.actors[a].kind != "place"][:2]
    if _GROUP.fullmatch(text, s, e):
        return _resolve(ctx, s, e)[0]  # "the two leaders met …, and they"
    named = ctx.by_name.get(_LEAD_THE.sub("", text[s:e]).lower())
    if named is not None and ctx.actors[named].kind == "group":
        return [named]  # "Roe supporters are crying foul …. They": that group actor
    # the actors the phrase names ("Serbian police", "Roe supporters"), else nobody: a bare
    # plural ("nations", "activists") names no body of that name
    return [a for a in _ids_in(ctx, s, e) if ctx.actors[a].kind != "place"]


def _paragraphs_apart(ctx: _Ctx, a: int, b: int) -> int:
    pa, pb = ctx.doc.paragraph_index(a), ctx.doc.paragraph_index(b)
    return pb - pa if pa is not None and pb is not None else 0


def _first_start(ctx: _Ctx, ids: list[str], lo: int) -> int:
    """min(s for s, _, a in ctx.mentions if a in ids and s >= lo): the first such mention from
    lo on, as the mentions are sorted by start."""
    for k in range(bisect.bisect_left(ctx.starts, lo), len(ctx.mentions)):
        if ctx.mentions[k][2] in ids:
            return ctx.mentions[k][0]
    raise ValueError("min() arg is an empty sequence")


def _last_end(ctx: _Ctx, ids: list[str], pos: int) -> int:
    """max(e for s, e, a in ctx.mentions if a in ids and s < pos), reading back from pos only
    as far as a mention could still end later (no mention is longer than ctx.max_mention)."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    best: int | None = None
    while i >= 0:
        s, e, a = ctx.mentions[i]
        if best is not None and s + ctx.max_mention <= best:
            break
        if a in ids and (best is None or e > best):
            best = e
        i -= 1
    if best is None:
        raise ValueError("max() arg is an empty sequence")
    return best


_PRONOUN_AND_CAMP = lazy(
    r"(he|she)\s+and\s+(?:his|her)\s+(?:(?:presidential|re-?election)\s+)?"
    r"(?:campaign|team|aides|allies|advisers|advisors|staff|supporters)",
    re.IGNORECASE,
)


# "he and Blair", "she and her husband", "Roe and he": a coordinated subject with a pronoun
# conjunct; "he and his campaign" is _PRONOUN_AND_CAMP's
_PRONOUN_CONJUNCT = lazy(
    r"(?:(?P<a>he|she)\s+and\s+(?!(?:his|her)\s+(?:(?:presidential|re-?election)\s+)?"
    r"(?:campaign|team|aides|allies|advisers|advisors|staff|supporters)\b)"
    r"(?P<rest>[^,;:()]{2,60}?)(?:,\s+[^,;:()]{2,40},?)?"
    r"|(?P<first>(?-i:[A-Z])[^,;:()]{1,60}?)\s+and\s+(?P<b>he|she))",
    re.IGNORECASE,
)


def _resolve(ctx: _Ctx, start: int, end: int) -> tuple[list[str], bool]:
    """Actor ids for the subject text[start:end] and whether it names its committer; in a
    live-blog entry, only actors the entry itself names (a pronoun or a description is never
    resolved into an earlier entry)."""
    ids, named = _resolve_any(ctx, start, end)
    floor = _entry_floor(ctx, start)
    if floor and not ids:
        phrase = ctx.doc.text[start:end].strip()
        if phrase[:4].lower() == "the " and (
            _CANDIDATE_END.search(phrase)
            or coref.ROLE_LAST.search(phrase)
            or _PARTY_PERSON.fullmatch(phrase)
        ):
            # "The Republican nominee vowed to …" in an entry that names one person: that one
            people = list(dict.fromkeys(
                aid for _ms, _me, aid in _mentions_in(ctx, floor, start)
                if ctx.actors[aid].kind == "person"
            ))
            if len(people) == 1:
                return people, True
    if floor and ids:
        kept = [aid for aid in ids if _named_since(ctx, aid, floor, end)]
        if len(kept) < len(ids):
            if not kept:
                # "the Democratic candidate will …" after an entry naming one person: that
                # person (the one of the kind the earlier entry's actor was, and of the
                # pronoun's gender)
                kinds = {ctx.actors[aid].kind for aid in ids}
                word = ctx.doc.text[start:end].strip().lower()
                pron = word if word in ("he", "she", "his", "her") else ""
                seen = list(dict.fromkeys(
                    aid for _ms, _me, aid in _mentions_in(ctx, floor, start)
                    if ctx.actors[aid].kind in kinds
                    and (not pron or coref.agrees(ctx.gender, ctx.actors[aid], pron))
                ))
                if len(seen) == 1 and len(ids) == 1:
                    return seen, named
            return kept, named and bool(kept)
    return ids, named


def _named_since(ctx: _Ctx, aid: str, lo: int, end: int) -> bool:
    """Is actor aid mentioned in [lo, end)?"""
    i = bisect.bisect_left(ctx.starts, lo)
    while i < len(ctx.mentions) and ctx.mentions[i][0] < end:
        if ctx.mentions[i][2] == aid:
            return True
        i += 1
    return False


def _resolve_any(ctx: _Ctx, start: int, end: int) -> tuple[list[str], bool]:
    """Actor ids for the subject text[start:end] and whether it names its committer."""
    text = ctx.doc.text
    phrase = text[start:end]
    if end - start < 5 and text[start - 5 : start] == "that " and _PRONOUN.fullmatch(phrase):
        by = _claim_by(ctx, start, phrase.lower())
        if by:
            return by, True  # "the declaration by Acme, …, that it stands ready to offer"
    ids = _ids_in(ctx, start, end)
    if (
        ids
        and all(ctx.actors[a].kind == "country" for a in ids)
        and _COUNTRY_BODY.fullmatch(phrase.strip())
    ):
        return [], True  # "the Japanese company will …": a body of the country, not the country
    g = _GROUP.search(phrase)
    if g:
        word = g.group().lower()
        if _FIRST_PERSON.match(word) or word.startswith("our "):
            behalf = _on_behalf(ctx, start)
            if behalf:
                return list(dict.fromkeys(ids + behalf)), True
            who = _first_person(ctx, start)
            if who and word == "we" and (sv := _view_at(ctx, start)) is not None and sv.direct:
                # '"We will …," the two sides said': the speaker phrase names a group (one actor
                # stands for it in the view); "we" is every party the phrase refers to
                sg = _GROUP.fullmatch(sv.speaker_text.strip())
                if (
                    sg is not None
                    and sv.speaker_span is not None
                    and not _FIRST_PERSON.match(sg.group())
                ):
                    grp = _group(ctx, sv.speaker_span[0], sg.group().lower())
                    if len(grp) > 1 and who in grp:
                        return list(dict.fromkeys(ids + grp)), True
            if who and (word == "we" or who != ctx.speaker):
                return list(dict.fromkeys(ids + _we(ctx, who, start))), True
            if who is None:
                author = _document_author(ctx, start)
                if author is not None:
                    return list(dict.fromkeys([*ids, author])), True
            head = ctx.doc.article.headline_span
            if head and _HEADLINE_JOINT.search(text[head[0] : head[1]]):
                hid = _ids_in(ctx, head[0], head[1])
                if hid:
                    return list(dict.fromkeys(ids + hid)), True
        return list(dict.fromkeys(ids + _group(ctx, start, word))), True
    if coref.DESCRIBED.search(phrase):
        # "Roe's lawyer", "the grandmother of Roe", "the GOP candidate" (coref.Descriptions)
        co = coref.descriptions(ctx.doc, ctx.actor_list)
        hit = co.relative(start, end) or co.candidate(start, end)
        if hit is not None:
            return [hit.id], True
        if _BARE_CANDIDATE.fullmatch(phrase.strip()):
            # "The candidate is hoping to …": the one person the headline names
            sent = ctx.doc.sentence_at(start)
            owners: list[list[str]] = []
            for _ms, me, aid in _mentions_in(ctx, sent.span[0] if sent else start, start):
                a = ctx.actors[aid]
                if a.kind == "person" and _OWN_BODY.match(text, me):
                    owners.append([aid])
                elif a.kind == "organization" and a.name.lower().endswith(" campaign"):
                    own = ctx.by_name.get((a.affiliation or "").lower())
                    owners.append([own, aid] if own else [aid])
            if owners:
                return owners[-1], True  # "The Roe campaign said the candidate will …"
            hl = ctx.doc.article.headline_span
            people = {
                m[2] for m in (_mentions_in(ctx, *hl) if hl else [])
                if ctx.actors[m[2]].kind == "person"
            }
            if len(people) == 1:
                return [people.pop()], True
        if _CANDIDATE_END.search(phrase):
            return [], False  # "the GOP candidate" is a person, never the party
    if coref.someone_else(phrase):
        return [], True  # "X's successor is to take over": someone else, not yet named
    if " and " in phrase and _COURTESY_NAME.search(phrase):
        ids = list(dict.fromkeys(ids + _courtesy_names(ctx, start, end)))
    if (
        (" and " in phrase or ", " in phrase)
        and end - start < 160
        and _BODY_SUBJECT.search(phrase) is not None
        and (bodies := _body_conjuncts(ctx, start, end))
    ):
        ids = list(dict.fromkeys(ids + bodies))  # "The Guard and county police will stay on"
    if " and " in phrase and (pj := _PRONOUN_CONJUNCT.fullmatch(phrase.strip())) is not None:
        # "X says he and Blair will …", "she and her husband, Tom Roe, plan to": the person the
        # pronoun names commits with the other conjunct (never the other conjunct itself)
        if not ids:
            # "he and his wife": the other conjunct as a description ("his wife" → Jane Roe)
            rs, re_ = pj.span("rest") if pj.group("a") else pj.span("first")
            s0 = start + len(phrase) - len(phrase.lstrip())
            ids = _resolve(ctx, *_trim(text, s0 + rs, s0 + re_))[0]
        pid = _pronoun_person(ctx, start, (pj.group("a") or pj.group("b")).lower(), ids)
        if pid is not None:
            # named only when the other conjunct is too ("he and the Pope" stays as unsure
            # as before: a modal's committer must be named)
            return list(dict.fromkeys([pid, *ids])), bool(ids)
    if ids and "," not in phrase and phrase.count(" and ") == 1 and end - start < 100:
        first, second = _described_conjuncts(ctx, start, end)
        ids = list(dict.fromkeys(first + ids + second))
    if ids:
        if len(ids) == 1 and (hc := _head_country(ctx, ids[0])):
            ids = [ids[0], hc]  # "Libyan leader X agreed": X's country is bound too
        return ids, True
    pc = _PRONOUN_AND_CAMP.fullmatch(phrase.strip())
    if pc is not None:
        # "he and his campaign": the person the pronoun names, with their campaign if named
        pid = _last_of(ctx, start, ("person",), pronoun=pc.group(1).lower())
        if pid is not None:
            return [pid, *_campaign_of(ctx, pid)], True
    if _I.fullmatch(phrase.strip()):
        who = _first_person(ctx, start) or _signatory(ctx, start)
        return ([who] if who else []), True
    m = _SINGULAR.match(phrase.strip())
    if m:
        if m.group("person"):
            pid = (
                _opener_subject(ctx, start, ("person",), m.group("person").lower())
                or _prev_subject(ctx, start, m.group("person"))
                or _last_of(ctx, start, ("person",), pronoun=m.group("person"))
            )
            qv = _quote_at(ctx, start) if pid is not None else None
            if pid is not None and qv is not None and qv.speaker == pid:
                # '"He wants to raise every tax there is," X said': in direct speech "he" is
                # someone the speaker talks about, never the speaker: a person named earlier in
                # the quote's paragraph, else nobody named
                para = ctx.doc.text.rfind("\n", 0, start) + 1
                pid = _pronoun_person(ctx, start, m.group("person").lower(), [pid], lo=para)
        elif m.group("title"):
            t = m.group("title").split(None, 1)[1].lower()
            pid = _last_of(ctx, start, ("person",), t) or _last_of(ctx, start, ("person",))
        elif m.group("org"):
            noun = m.group("org").split()[-1]
            hit = _kind_body(ctx, noun, start)
            if hit is None and noun.lower() in _BLOC_HEADS:
                hit = _bloc(ctx, noun.lower(), start)
            if hit is not None and noun.lower() in ("company", "firm"):
                # "X's chip business, Y Inc., … The company's strategy": a unit named as a
                # firm's possession is "the unit"; "the company" is the firm that owns it
                pid = _owner_of_unit(ctx, hit.id, start) or hit.id
            elif hit is not None:
                pid = hit.id
            elif noun.lower() in ("company", "firm"):
                pid = _last_firm(ctx, start)  # "Ameriquest … the company agreed to pay"
                if pid is not None and _conjoined_rival(ctx, pid, start, noun):
                    pid = None  # "Acme and Zenith said …; the company plans": a guess
            elif noun.lower() == "group":
                pid = None  # "the group" is as often a delegation or a crowd as a body named
            else:
                # "the organization", "the body": any body will do; a noun of a kind
                # ("the agency", "the union") with no body of that kind named names nobody
                generic = noun.lower() in ("organization", "organisation", "body")
                pid = _last_of(ctx, start, ("organization", "group")) if generic else None
        elif m.group("country"):
            pid = _last_of(ctx, start, ("country",))
            if m.group("country").split()[-1].lower() == "state":
                # "Florida Gov. X said the state allocated …": a US state named after the
                # country (or with none named) is "the state", never the United States
                lo = max(0, start - 3000)
                if pid is not None:
                    lo = max(lo, _last_end(ctx, [pid], start))
                last = None
                for last in _US_STATE_RE.finditer(text, lo, start):
                    pass
                if last is not None:
                    pid = ctx.by_name.get(last.group().lower())  # (in a title too: "Ohio Gov.")
            if pid is not None and _conjoined_country(ctx, pid, start):
                pid = None  # "Canada and Mexico met. The country's pledge …": either
        else:
            # "it": the organisation subject of the latest sentence naming one
            pid = _opener_subject(ctx, start, ("organization", "country", "group"), "it")
            if pid is None:
                im = coref.descriptions(ctx.doc, ctx.actor_list).it_antecedent(start, start - 3000)
                pid = im[2].id if im else _last_of(
                    ctx, start, ("organization", "country", "group")
                )
        return ([pid] if pid else []), bool(
            m.group("title") or m.group("org") or m.group("country")
        )
    bn = _BODY_SUBJECT.fullmatch(phrase.strip())
    if bn:
        if bn.group("new"):
            return [], True  # "the new company will hire staff": a body formed, not yet named
        if bn.group("n").lower() in coref.BODY_HEADS:
            if bn.group("of"):
                # "the board of Acme Corp.": the organisation whose body it is
                s0 = start + len(phrase) - len(phrase.lstrip())
                owner = [
                    aid for _ms, _me, aid in _mentions_in(
                        ctx, s0 + bn.start("of"), s0 + bn.end("of")
                    )
                    if ctx.actors[aid].kind == "organization"
                ]
                if owner:
                    return owner[:1], True
            # "The Guard will remain", "the campaign would like to": the latest body of that
            # kind the text names; none named, nobody (never a body of another kind)
            hit = _kind_body(ctx, bn.group("n"), start)
            if hit is None:
                own = _speakers_own_body(ctx, start)
                return ([own] if own is not None else []), True
            return [hit.id], True
    bm = _BODY_STAFF.fullmatch(phrase.strip())
    if bm:
        # "RJR's executives", "Acme officials": the body they act for, when it is an actor
        bid = ctx.by_name.get(bm.group("n").lower())
        if bid is not None and ctx.actors[bid].kind in ("organization", "country"):
            return [bid], True
    if _FIRM_STAFF.fullmatch(phrase.strip()) and (firm := _home_firm(ctx)) is not None:
        return [firm], True  # "top executives said they …" in a story about one firm
    pm = _PRONOUN_BODY.fullmatch(phrase.strip())
    if pm:
        # "His office is preparing …", "her campaign will …": those who act for the person
        pron = "he" if pm.group(1).lower() == "his" else "she"
        pid = _prev_subject(ctx, start, pron) or _last_of(ctx, start, ("person",), pronoun=pron)
        return ([pid] if pid else []), bool(pid)
    bare = _BARE_PLURAL.fullmatch(phrase.strip())
    if bare:
        gid = _plural_group(ctx, bare.group("n").lower(), start)
        if gid is not None:
            return [gid], True  # "leaders had agreed to" after "E.U. leaders" met
    rm = _ROLE_PHRASE.match(phrase.strip())
    if rm:
        pid = _roles(ctx).get(rm.group("r"))
        if pid:
            return [pid], True  # "the boy's father" when one person is introduced as "father"
    if "the" in phrase[:4].lower() and coref.ROLE_LAST.search(phrase.strip()):
        # "the Vermont senator", "the Democratic nominee", "the New York businessman"
        s0 = start + len(phrase) - len(phrase.lstrip())
        hit = coref.descriptions(ctx.doc, ctx.actor_list).role(s0, s0 + len(phrase.strip()))
        if hit is not None:
            return [hit.id], True
    if "present" in phrase or " of " in phrase or " for " in phrase:
        dm = _DESCRIBED_BODY.fullmatch(phrase.strip())
        if dm is not None and (bid := _body_named_for(ctx, dm.group("w"))) is not None:
            return [bid], True  # "A union representing flight attendants endorsed …"
    if _SURNAME_ONLY.fullmatch(phrase.strip()):
        # "Clinton wants to …" where the actors stage linked no mention: the one person whose
        # name ends with that surname
        tail = " " + phrase.strip().rsplit(None, 1)[-1].lower()
        found = {a.id for a in ctx.actor_list if a.kind == "person" and a.name.lower().endswith(tail)}
        if len(found) == 1:
            # not "named" (no record made on this reading alone: the actors stage did not
            # take the word for a name)
            return [found.pop()], False
    i = bisect.bisect_left(ctx.starts, start)
    if i < len(ctx.mentions) and ctx.mentions[i][0] <= start + 4 and ctx.mentions[i][1] > end:
        # "The Security Council" where the actors stage gave this mention a longer name
        # ("Security Council on Friday"): the name itself, when another actor has it
        nid = ctx.by_name.get(_LEAD_THE.sub("", phrase.strip()).lower())
        if nid is not None:
            return [nid], True
    return [], False


# US state names as written ("Washington" and "Georgia" left out: the capital, the country)
_US_STATE_NAMES = [
    str(e["name"]) for e in rules.entries("places")
    if e.get("type") == "us_state" and e["name"] not in ("Washington", "Georgia")
]
_US_STATE_RE = lazy(
    r"\b(?:" + "|".join(sorted(map(re.escape, _US_STATE_NAMES), key=len, reverse=True)) + r")\b"
)
_PARTY_PERSON = lazy(r"(?i:the)\s+(?:Republican|Democrat|Conservative|Labour\s+leader|Tory)")
_SURNAME_ONLY = lazy(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?")

# an organisation named by its kind: data/body_nouns.json and _SINGULAR's organisation nouns;
# "the new company" (a body the story sees formed) names nobody yet
_BODY_SUBJECT = lazy(
    r"\bthe\s+(?P<new>new(?:ly[\s-]formed)?\s+)?(?P<n>"
    + "|".join(sorted(coref.BODY_HEADS, key=len, reverse=True))
    + r"|company|firm|corporation|bank|venture|agency|body|organi[sz]ation|group)\b"
    # "the board of supervisors of X County", "the board of Acme": the body's complement
    r"(?P<of>\s+of\s+(?:the\s+)?[\w.’'&-]+(?:\s+(?!of\b)[\w.’'&-]+){0,2}"
    r"(?:\s+of\s+(?:the\s+)?[\w.’'&-]+(?:\s+[\w.’'&-]+){0,2})?)?",
    re.IGNORECASE,
)
_CONJUNCT = lazy(r"[^,]+?(?=\s*,\s*(?:and\s+)?|\s+and\s+|$)")


def _body_conjuncts(ctx: _Ctx, start: int, end: int) -> list[str]:
    """The bodies a coordinated subject names by their kind ("The Guard and county police",
    "the company, its lenders and the union"): each conjunct read as _BODY_SUBJECT is."""
    text = ctx.doc.text
    found: list[str] = []
    for m in _CONJUNCT.finditer(text, start, end):
        s, e = _trim(text, *m.span())
        piece = _LEAD_AND.sub("", text[s:e])
        if s < e and _BODY_SUBJECT.fullmatch(piece):
            found.extend(_resolve(ctx, e - len(piece), e)[0])
    return found


_LEAD_AND = lazy(r"^(?:and|or)\s+", re.IGNORECASE)


def _described_conjuncts(ctx: _Ctx, start: int, end: int) -> tuple[list[str], list[str]]:
    """In "A and B" where one conjunct is a name and the other a description naming no
    actor itself ("his campaign and the party", "the government and Acme Bank"): who the
    description refers to, read as a subject of its own (_SINGULAR, "his campaign", "the
    Roes"). The name's own conjunct is left to the caller; the ids of each conjunct in turn."""
    text = ctx.doc.text
    k = text.find(" and ", start, end)
    out: tuple[list[str], list[str]] = ([], [])
    for n, (s, e) in enumerate(((start, k), (k + 5, end))):
        s, e = _trim(text, s, e)
        if s >= e or _mentions_in(ctx, s, e):
            continue
        piece = text[s:e]
        if not (
            _SINGULAR.match(piece) or _PRONOUN_BODY.fullmatch(piece) or _BARE_PLURAL.fullmatch(piece)
        ) or _PRONOUN.fullmatch(piece):
            continue
        out[n].extend(_resolve(ctx, s, e)[0])
    return out


# a statement named by its maker before its "that" clause: "Monday's declaration by Acme, …,
# that it stands ready to make an offer", "assurances by senior managers that they mean to …"
_CLAIM_BY = lazy(
    r"\b(?:declarations?|statements?|announcements?|assurances?|promises?|pledges?|vows?|"
    r"commitments?|claims?|warnings?|affirmations?|insistence|word)\s+by\s+(?P<np>[^,;:()]{1,60}?)"
    r"(?:\s*,[^;:()]{1,80},)?\s+that\s+$",
    re.IGNORECASE,
)


def _claim_by(ctx: _Ctx, start: int, pronoun: str) -> list[str]:
    """Who the pronoun opening a statement's "that" clause is: the statement's maker (see
    _CLAIM_BY), when a named or described actor of the pronoun's kind."""
    text = ctx.doc.text
    lo = max(0, start - 200)
    b = text.rfind(" by ", lo, start)
    if b < 0:
        return []
    cm = _CLAIM_BY.search(text, max(lo, b - 14), start)
    if cm is None:
        return []
    s, e = _trim(text, cm.start("np"), cm.end("np"))
    if s >= e or _PRONOUN.fullmatch(text, s, e):
        return []
    ids = _resolve(ctx, s, e)[0]
    kinds = {ctx.actors[a].kind for a in ids}
    if pronoun == "it" and "person" in kinds:
        return []
    if pronoun in ("he", "she") and kinds != {"person"}:
        return []
    return ids


# a body described by whom it stands for, its name left for later: "A union representing
# flight attendants", "a group of retired generals", "the association for home builders"
_DESCRIBED_BODY = lazy(
    r"(?:an?|the)\s+(?:[a-z-]+\s+)?(?:union|group|association|coalition|federation|"
    r"organi[sz]ation|alliance|council|society|lobby|network|guild)\s+"
    r"(?:representing|that\s+represents|of|for)\s+(?P<w>(?:[a-z’'-]+\s+){0,3}[a-z’'-]+s)",
    re.IGNORECASE,
)

# "his office", "her re-election campaign": the people acting for the person the pronoun names
_PRONOUN_BODY = lazy(
    r"(his|her)\s+(?:presidential\s+|re-?election\s+)?(?:campaign|office|team|staff|camp)",
    re.IGNORECASE,
)
_BODY_STAFF = lazy(
    r"(?:(?i:the)\s+)?(?P<n>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})(?:[’']s)?\s+"
    r"(?:(?i:top|senior)\s+)?(?:executives|officials|management|directors)"
)
_FIRM_STAFF = lazy(
    r"(?:(?i:the|its)\s+)?(?:(?i:top|senior)\s+)?(?i:executives|management|company\s+officials)"
)
_BARE_CANDIDATE = lazy(r"the\s+(?:candidate|nominee|front-?runner)", re.IGNORECASE)
_BARE_PLURAL = lazy(r"(?:(?i:the)\s+)?(?P<n>(?-i:[a-z]{3,}s))")


_CANDIDATE_END = lazy(r"\b(?:candidate|nominee|contender|hopeful)$", re.IGNORECASE)

_ROLE_PHRASE = lazy(
    r"(?:(?i:the|his|her|their|its)\s+)?(?:[\w-]+[’']s?\s+)?(?P<r>[a-z]{3,})$"
)
