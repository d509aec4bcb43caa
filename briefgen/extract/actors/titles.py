"""Title chains before a name ("Kenyan Prime Minister", "Wisconsin Gov.", "former Florida
Gov."): where they stand in a run, how a chain splits into title, country and affiliation, the
owner and domain words before it ("Harbor Relief's head of Food Policy"), and an organisation
or acronym held inside a title. Read by people.py.
"""

from __future__ import annotations

import bisect
import re

from briefgen.extract import names as N
from briefgen.extract.actors.patterns import (
    _MODIFIER_WORDS,
    _PLACE_OFFICES,
    _RX_PREV_CAP,
    _RX_WORDS,
    _STAFF_ROLES,
    _TIME_MODIFIERS,
    _TITLE_LAST_WORDS,
    _WORD,
)
from briefgen.extract.actors.runs import _at_clause_start, _served_person
from briefgen.extract.actors.state import _Doc, _Seg
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy
from briefgen.model import Span

# The last two characters of every one-word title form, lower-cased (all are two or longer).
_TITLE_ENDS = frozenset(w[-2:] for w in _TITLE_LAST_WORDS)
_TITLE_ENDS3 = frozenset(w[-3:] for w in _TITLE_LAST_WORDS if len(w) >= 3)


def _split_title(st: _Doc, chain: str) -> tuple[str | None, str | None, str | None]:
    """(title, country, affiliation-prefix) from a title chain like "Kenyan Prime Minister".

    The title is the last title unit (rank before name wins: "commander Gen." → "Gen."); demonym
    and country words in front give the country; an honorific is no title."""
    words = chain.split()
    country = None
    # "Former French Finance Minister", "Acting Kenyan President": the time word stays with
    # the title, the demonym after it gives the country as it does first
    lead = []
    while len(words) > 2 and words[0].lower() in _TIME_MODIFIERS and words[1] in N.COUNTRY_REFS:
        lead.append(words.pop(0).lower())
    while words and (words[0] in N.COUNTRY_REFS or words[0] in N.NOT_NAMES):
        if words[0] in N.COUNTRY_REFS:
            country = N.COUNTRY_REFS[words[0]].key
        words.pop(0)
    if not words:
        return None, country, None
    if lead:
        words = lead + words
    units = [m.group() for m in N.TITLE_ANY_RE.finditer(" ".join(words))]
    title = units[-1] if units else " ".join(words)
    if len(units) > 1 and units[-2].split()[-1] in N.SERVICE_TITLES and (
        N.TITLE_KIND.get(title) == "rank"
    ):
        title = f"{units[-2]} {title}"  # "Marine Sgt. X": the service stays with the rank
    if (sv := title.split(None, 1))[-1] in N.SERVICE_TITLES and len(sv) == 2 and (
        sv[0].lower() in _TIME_MODIFIERS
    ):
        title = f"{sv[0].lower()} {sv[1]}"  # "Former Marine X": "former Marine"
    canon = N.TITLE_CANON.get(title)
    if title in N.TITLE_KIND and N.TITLE_KIND[title] == "honorific":
        return (canon or None), country, None
    if canon and title.lower() in ("prof", "prof.", "pres.", "sen.", "gov.", "amb.", "pm"):
        title = canon
    elif canon and title.endswith("s.") and title[:-2] + "." in N.TITLE_CANON:
        title = title[:-2] + "."  # "Sens. Jane Roe and John Doe": each a "Sen."
    elif canon and title.endswith("s") and title[:-1] in N.TITLE_CANON:
        title = title[:-1]  # "Senators Jane Roe and John Doe": each a "Senator"
    elif not canon and title.endswith("s") and " " in title:
        head, _, last = title.rpartition(" ")
        if last in N.TITLE_CANON and last[:-1] in N.TITLE_CANON or (
            last.title() in N.TITLE_CANON and last[:-1].title() in N.TITLE_CANON
        ):
            title = f"{head} {last[:-1]}"  # "former presidents A and B": each a "former president"
    return title, country, None


_RX_FORMER_BEFORE = lazy(r"(?<![\w-])(?:[Ff]ormer|[Ee]x-?)[ \xa0]*\Z")


def _place_title(text: str, ps: int, pre: str, place: str, title: str) -> str:
    """"Wisconsin Gov. X" -> "Wisconsin Governor", "former Florida Gov. X" -> "former Florida
    Governor": the place a town's, county's or state's office serves, written before it, is part
    of the title as the text states it, and so is "former" (she no longer holds it); the place
    stays the affiliation. Only when the words before the title are that place and nothing else
    ("Elmwood police Chief X" is another shape)."""
    words = pre.split()
    former = False
    while words and words[0].lower() in _MODIFIER_WORDS:
        former = former or words[0].lower() == "former"
        words.pop(0)
    if " ".join(words) != place or place.endswith("."):
        return title  # ("Corvale, Tenn. Mayor X": a town's mayor, its state's abbreviation)
    if not former and _RX_FORMER_BEFORE.search(text, max(0, ps - 8), ps):
        former = True
    return f"{'former ' if former else ''}{place} {title}"

_CORPORATE_TITLES = frozenset((
    "ceo", "chief executive", "chief executive officer", "chairman", "chairwoman", "board member",
    "founder", "co-founder", "chief financial officer", "cfo", "chief operating officer", "coo",
))
# A newsroom's roles: the capitalised words before one name the outlet or the show ("Harbor
# Insider senior editor X", "Night Desk host X")
_MEDIA_ROLES = frozenset((
    "editor", "reporter", "correspondent", "columnist", "host", "co-host", "anchor", "producer",
    "writer", "contributor", "commentator", "moderator", "editor-in-chief",
))


# Roles that lead or belong to a body: capitalised words before one name that body.
_BODY_ROLES = frozenset((
    "leader", "chairman", "chairwoman", "chair", "head", "founder", "co-founder", "member",
    "secretary-general", "general secretary", "spokesman", "spokeswoman", "spokesperson",
))


# Upper-case words before a role that name a medium or a time, not an organisation ("TV reporter").
_NOT_ORG_ACRONYMS = frozenset(("TV", "AM", "FM", "PM", "IT", "PR", "HR", "VIP", "OK"))


def _parse_pre(
    st: _Doc, pre: str, acr: str | None, poss: bool, title: str | None = None,
    initial: bool = False,
) -> tuple[str | None, str | None, str]:
    """(affiliation, country, title-prefix) from the words before a title chain."""
    if pre.endswith(("'s", "’s")):
        pre, poss = pre[:-2], True
    words = pre.split()
    while words and (words[0] in N.NOT_NAMES or words[0].lower() in _MODIFIER_WORDS):
        words.pop(0)  # "Former Ohio Gov. X": a modifier of the title, not the owner
    for k in range(1, len(words)):  # "Countered State Department": the known name at the end
        ref = N.GAZ.get(" ".join(words[k:]))
        if ref is None or ref.kind not in ("organization", "group"):
            continue
        lead = N.GAZ.get(" ".join(words[:k]))
        if (words[k - 1] not in N.GAZ and lead is None) or (
            lead is not None and lead.kind in ("place", "country")
            and " National " in f" {ref.key} "
        ):  # "North Carolina RNC member X": a national body's member from that state (but
            # "North Carolina GOP chairman X": the state party)
            words = words[k:]
            break
    pre = " ".join(words)
    if poss and words and st.person_token(words[-1]):
        # "Vale's economic adviser X": the affiliation is the person (no organisation is made
        # of it: _person_affiliations)
        return words[-1], None, ""
    if pre in N.GAZ and N.GAZ[pre].kind == "place":
        # "Elmwood Mayor X", "Ohio Gov. X": the place the office serves is the affiliation
        # (no organisation is made of it: the caller skips names the gazetteer knows)
        return (pre if title and title[:1].isupper() else None), None, ""
    if title and title[:1].isupper() and not poss and words and all(
        w[:1].isupper() for w in words
    ) and (
        (len(words) >= 2 and words[-1] in ("County", "City"))
        or (title in _PLACE_OFFICES and len(words) <= 2 and pre not in N.GAZ
            and pre not in N.PARTY_LABELS and not any(w in N.ORG_HEADS for w in words)
            and not st.person_token(words[-1]))
    ):
        return pre, None, ""  # "Harlan County Sheriff X", "Elmwood Mayor X": the place's office
    country = None
    if not words:
        return None, None, ""
    if pre in N.GAZ and N.GAZ[pre].kind in ("organization", "group"):
        return N.GAZ[pre].key if N.GAZ[pre].form == "alias" and len(pre) > 6 else pre, None, ""
    if pre in N.COUNTRY_REFS:
        return None, N.COUNTRY_REFS[pre].key, ""
    if pre in N.PARTY_LABELS:  # "Republican presidential nominee X": the party, not a title word
        if initial and pre in N.IDEOLOGY_LABELS and title in N.IDEOLOGY_ROLES:
            return None, None, ""  # "Conservative economist X said": what she thinks, no party
        for form in (pre + " Party", pre + "s", pre.removesuffix("ic") + "s"):
            if form in N.GAZ:
                return N.GAZ[form].key, None, ""
        return None, None, ""
    if words and words[0] in N.COUNTRY_REFS:
        country = N.COUNTRY_REFS[words[0]].key
        rest = words[1:]
    else:
        rest = words
    if not rest:
        return None, country, ""
    if len(rest) == 1 and title is not None and title.lower() in _STAFF_ROLES and (
        rest[0][:1].isupper() and rest[0] not in N.GIVEN and rest[0] not in N.NOT_NAMES
        and not st.is_lower_word(rest[0])
        # "Family spokesman X" opening a sentence: a common word, unless a person's name
        and (not initial or st.person_token(rest[0]))
    ):
        return pre, country, ""  # "Stein spokeswoman X", "Acme lawyer X": whom they work for
    if 2 <= len(rest) <= 3 and title is not None and title.lower() in _STAFF_ROLES and (
        rest[0] in N.GIVEN and _served_person(" ".join(rest)) == " ".join(rest)
        and not any(w in N.ORG_HEADS or w in N.GAZ for w in rest)
    ):
        st.person_affs.add(" ".join(rest))  # "longtime Ann Roe aide X": the person served
        return " ".join(rest), country, ""
    if title is not None and (
        title.lower().rsplit(None, 1)[-1] in _MEDIA_ROLES or title.lower().endswith("editor in chief")
    ) and (
        not poss and all(w[:1].isupper() for w in rest) and rest[0] not in N.GIVEN
        and not (len(rest) == 1 and rest[0] in _NOT_ORG_ACRONYMS)  # "TV reporter X"
        and not st.person_token(rest[-1]) and not any(w in N.COUNTRY_REFS for w in rest)
        and not any(w in N.TITLE_CANON or w.lower() in N.TITLE_CANON for w in rest)
        and (pre not in N.GAZ or N.GAZ[pre].kind == "organization")
        and not any(st.is_lower_word(w) for w in rest)  # "Debate moderator X" opening a sentence
    ):
        return pre, country, ""  # "Harbor Insider senior editor X": the outlet's editor
    is_org = poss or acr is not None or (
        len(rest) == 1 and 2 <= len(rest[0]) <= 6 and rest[0].isupper() and rest[0].isalpha()
        and rest[0] not in _NOT_ORG_ACRONYMS
    ) or any(
        w in N.ORG_HEADS or w in N.CORP_SUFFIXES for w in rest
    ) or ("organization", pre.lower()) in [(a.kind, n) for (_, n), a in st.actors.items()] or (
        # "Acme Fargo CEO Jane Roe": the owner of a corporate office is a company
        title is not None and any(  # (each office of "Chairman and Chief Executive")
            t in _CORPORATE_TITLES for t in title.lower().split(" and ")
        ) and pre not in N.GAZ
        and rest[0] not in N.GIVEN and not st.person_token(rest[-1])
    )
    if is_org or (
        # "Sinn Fein leader X", "Farmers Union chairman X": a body's leader, not a longer title
        len(rest) >= 2 and title is not None and title.lower() in _BODY_ROLES and not poss
        and rest[0] not in N.GIVEN and not any(w in N.COUNTRY_REFS or w in N.NOT_NAMES for w in rest)
        and not st.person_token(rest[-1])
    ):
        return pre, country, ""
    if rest[0] in N.NOT_NAMES:
        return None, country, ""
    return None, country, " ".join(rest)


def _title_matches(st: _Doc, seg: _Seg, runs: list[Span]) -> list[re.Match[str]]:
    """Title chains that stand right before a name: inside a capitalised run ("Kenyan Prime
    Minister X") or as lower-case role words just before one ("director X", "senior analyst X")."""
    text = st.text
    out: list[re.Match[str]] = []
    seg_start = seg.start
    first_words = N.TITLE_FIRST_WORDS
    for rs, re_ in runs:
        # the word before can be a title only if it ends like one (checked when one space
        # separates it from the run; otherwise as before)
        if text[rs - 1 : rs] in " \xa0" and (
            rs < seg_start + 3 or text[rs - 2].isspace() or (
                # three letters before the space are the word's last three: their test is
                # stricter than the last two's (fewer runs reach the split below)
                e3.lower() in _TITLE_ENDS3
                if (e3 := text[rs - 4 : rs - 1]).isalpha() and e3.isascii()
                else text[rs - 3 : rs - 1].lower() in _TITLE_ENDS
            )
        ) and (words := text[(lo := max(seg_start, rs - 40)) : rs].rsplit(None, 1)) and (
            words[-1].lower() in _TITLE_LAST_WORDS
        ):
            for m in N.TITLE_CHAIN_RE.finditer(text, lo, rs):
                if m.end() in (rs - 1, rs) or text[m.end() : rs].strip() == "":
                    # extend over the run's own leading titles ("commander Gen.")
                    m2 = N.TITLE_CHAIN_RE.match(text, m.start(), re_)
                    out.append(m2 or m)
                    break
        # one search over the run: with no chain anywhere in it, no token starts one (and with
        # no title word in it, no chain: a set test is cheaper than the search)
        run = text[rs:re_]
        pos = rs if (
            (run in first_words if run.isalpha() else not first_words.isdisjoint(
                _RX_WORDS.findall(run)
            ))  # (one word of letters, most runs: its only \w+ token)
            and N.TITLE_CHAIN_RE.search(text, rs, re_)
        ) else re_
        while pos < re_:
            tm = N.TITLE_CHAIN_RE.match(text, pos, re_)
            if tm and tm.end() > pos:
                out.append(tm)
                pos = tm.end()
                continue
            t = N.RUN_TOKEN_RE.search(text, pos, re_)
            if not t:
                break
            nxt = N.RUN_TOKEN_RE.search(text, t.end(), re_)
            if not nxt:
                break
            pos = nxt.start()
    return out


_RX_TITLE_OF_ACR = lazy(r"(.*[a-z])[ \xa0]+(?:of|at|for)[ \xa0]+(?:the[ \xa0]+)?([A-Z]{2,6})")


def _acronym_in_title(title: str) -> tuple[str, str] | None:
    """(role, acronym) of a title that holds an organisation's acronym before or after the
    role ("INS director", "executive director of ELRA"); None otherwise."""
    if title.islower():
        return None  # (most titles: no capital, no acronym)
    words = title.split()
    if not (words[0].isupper() or words[-1].isupper()):
        return None
    if len(words) > 1 and 2 <= len(words[0]) <= 6 and words[0].isalpha() and words[0].isupper() and (
        words[0] not in _NOT_ORG_ACRONYMS and words[0] not in N.COUNTRY_REFS and words[1].islower()
    ):
        return " ".join(words[1:]), words[0]
    m = _RX_TITLE_OF_ACR.fullmatch(title)
    if m and m.group(2) not in _NOT_ORG_ACRONYMS and m.group(2) not in N.COUNTRY_REFS:
        return m.group(1), m.group(2)
    return None


def _org_over_chain(st: _Doc, s: int, chain: str) -> str | None:
    """The organisation whose claimed name covers a portfolio title's first words: the
    "Naturalization Service" of "Immigration and Naturalization Service Commissioner" is the end
    of a longer name, so the title is the head word and the body its affiliation."""
    words = chain.split()
    if len(words) < 2 or not any(w in N.ORG_HEADS for w in words[:-1]):
        return None
    i = bisect.bisect_right(st.taken, (s, 1 << 60)) - 1
    if i < 0 or not (st.taken[i][0] < s < st.taken[i][1]):
        return None
    span = st.taken[i]
    for a in st.actors.values():
        if a.kind == "organization" and span in a.mentions:
            return a.name
    return None


_RX_DOMAIN_WORDS = rx_compile(r"(?<![\w-])((?:[a-z]+[ \xa0]){1,3})\Z")
_RX_OWNER_RUN = lazy(
    rf"(?<![\w’'.-])({N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|the|and)[ \xa0]+)*{N.ORG_TOK}){{0,5}})[ \xa0]\Z"
)


def _role_domain(
    st: _Doc, seg: _Seg, s: int, chain: str
) -> tuple[str | None, str | None, str | None] | None:
    """(affiliation, country, title) from an owner and lower-case words before a title chain at
    s: "Roe campaign spokesman X" (the Roe campaign), "Acme communications director X" (Acme;
    "communications director"), "Elmwood police Chief X" (Elmwood police). Only the words of
    titles.json role_domains may stand between: a verb there ("Roe fired director X") is no
    part of a role. The title is None when the chain's own title stands."""
    text = st.text
    dm = _RX_DOMAIN_WORDS.search(text, max(seg.start, s - 40), s)
    if dm is None:
        return None
    words = dm.group(1).split()
    k = 0  # the domain words are the last ones before the chain
    while k < len(words) and words[k] not in N.ROLE_DOMAIN_WORDS:
        k += 1
    j = k  # "Roe's former campaign manager X": a modifier before the owner's domain
    while j and words[j - 1] in _MODIFIER_WORDS:
        j -= 1
    mods, words = words[j:k], words[k:]
    if not words or any(w not in N.ROLE_DOMAIN_WORDS for w in words):
        return None
    ws = s - len(" ".join(mods + words)) - 1
    om = _RX_OWNER_RUN.search(text, max(seg.start, ws - 60), ws)
    if om is None:
        return None
    owner = om.group(1)
    if owner.endswith(("'s", "’s")):
        # "Ann Roe's campaign manager X": the Roe campaign's (a person's campaign is named by
        # the surname, as "the Roe campaign"); "Vale's policy adviser X": whom the role serves
        # is read elsewhere
        lead = owner[:-2].split()
        if words[0] != "campaign" or not lead or lead[0] in N.NOT_NAMES or (
            len(lead) > 1 and lead[0] not in N.GIVEN
        ) or lead[-1] in N.GAZ:
            return None
        return f"{lead[-1]} campaign", None, " ".join(mods + words + [chain])
    if mods:
        return None  # "Acme former director X": no owner's domain
    lead = owner.split()
    while lead and (lead[0] in N.NOT_NAMES or lead[0] in N.PARTY_LABELS):
        lead.pop(0)
    if not lead or (
        _at_clause_start(text, seg.start, om.start(1)) and len(lead) == 1
        and st.is_lower_word(lead[0])
    ):
        return None
    if "-" in lead[-1] and lead[-1].rsplit("-", 1)[1].islower():
        return None  # "Pulitzer Prize-winning investigative reporter X": an adjective, no owner
    if len(lead) == 1 and lead[0] in _NOT_ORG_ACRONYMS:
        return None  # "TV news reporter X": a medium, no outlet
    owner = " ".join(lead)
    country = None
    own_words: list[str] = []
    if " ".join(words[:2]) in N.ROLE_DOMAIN_OWNERS:
        own_words, words = words[:2], words[2:]
    elif words[0] in N.ROLE_DOMAIN_OWNERS:
        own_words, words = words[:1], words[1:]
    title = " ".join(words + [chain]) if words else None
    if own_words:
        return f"{owner} {' '.join(own_words)}", country, title
    if owner in N.COUNTRY_REFS:
        return None, N.COUNTRY_REFS[owner].key, title
    ref = N.GAZ.get(owner)
    if ref is not None and ref.kind == "place":
        return None, None, title
    return (ref.key if ref is not None and ref.form == "alias" and len(owner) > 6 else owner), None, title


def _gaz_split(text: str, lo: int, s: int, chain: str) -> tuple[str, str] | None:
    """(organisation, rest of the chain) when the word before a title chain and the chain's
    first word make a known organisation: "White House Press Secretary"."""
    words = chain.split()
    before = _RX_PREV_CAP.search(text, max(lo, s - 40), s)
    if len(words) < 2 or not before:
        return None
    ref = N.GAZ.get(f"{before.group(1)} {words[0]}")
    if ref is None or ref.kind not in ("organization", "group"):
        return None
    return ref.key, " ".join(words[1:])


def _inner_title(st: _Doc, s: int, e: int) -> tuple[int, str, str | None] | None:
    """"City Attorney Brad Lowe said": a capitalised title word inside a run found by its
    reporting verb, followed by a name of two or more words; (name start, title, country)."""
    text = st.text
    words = [(m.start() + s, m.group()) for m in _WORD.finditer(text[s:e])]
    for k in range(len(words) - 3, -1, -1):
        w = words[k][1]
        if not w[:1].isupper() or N.TITLE_KIND.get(w.lower()) in (None, "honorific"):
            continue
        if any(not x[:1].isupper() or x in N.GAZ for _, x in words[k + 1 :]):
            return None
        lead = [x for _, x in words[:k]]
        country = None
        while lead and lead[0] in N.COUNTRY_REFS:
            country = N.COUNTRY_REFS[lead.pop(0)].key
        if any(x in N.GAZ or x in N.NOT_NAMES for x in lead):
            return None
        return words[k + 1][0], " ".join(lead + [w]), country
    return None
