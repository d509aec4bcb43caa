"""Institutions and well-known names: bodies found in each sentence's runs by head words,
descriptors, appositives and possessives; names with "to" or "for a" inside; a party's members
on a panel; news outlets ("the Times"); campaigns; organisations merged by a shared prefix; and
the gazetteer's countries, organisations and places (a former state absorbing its successor's
forms).
"""

from __future__ import annotations

import bisect

from briefgen.extract import names as N
from briefgen.extract.actors.business import _business_org
from briefgen.extract.actors.patterns import (
    _ACR_INTENT,
    _FUNCTION_WORDS,
    _ORG_HEAD_WORDS,
    _RX_HONORIFIC_BEFORE,
    _RX_INITIAL,
    _RX_NEXT_CAP,
    _RX_NEXT_WORD,
    _RX_PREV_CAP,
    _RX_SENT_EDGE,
)
from briefgen.extract.actors.runs import (
    _acronym_fits,
    _at_clause_start,
    _has_head,
    _head_core,
    _org_name_in_run,
    _quoted_title,
    _served_person,
    _with_prefix,
)
from briefgen.extract.actors.state import _Actor, _Doc, _Seg
from briefgen.lazyre import lazy, trie_regex
from briefgen.model import Span

_RX_PREV_WORD = lazy(rf"[{N.UPPER}][\w.]+$")
_RX_SHARES_OF = lazy(r"(?:Shares|Stock)[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?(?=\S)")
_RX_TICKER = lazy(r"\.[A-Z]{1,2}$")
_RX_ARMED_GROUPS = lazy(r"(?:militia|group|rebel|separatist|force|fighter|faction)s$")
_RX_FOR_A = lazy(r"[ \xa0]for[ \xa0]an?[ \xa0]")
_THE_BEFORE = ("the ", "The ", "the\xa0", "The\xa0")


def _outlets(st: _Doc, runs: list[Span]) -> None:
    """"the Times", "the Riverton Gazette": after "the", a capitalised name ending in a
    newspaper head word (data: outlet_heads) is an outlet, never a person ("the Times wrote");
    without "the" the word may be a surname ("Emily Post said"). Names the gazetteer knows
    are left to it."""
    text, heads = st.text, N.OUTLET_HEADS
    for rs, re_ in runs:
        if heads.isdisjoint(text[rs:re_].split()):
            continue
        toks = [(t.start(), t.end(), t.group()) for t in N.RUN_TOKEN_RE.finditer(text, rs, re_)]
        for i, (_, e, w) in enumerate(toks):
            if w not in heads or (i + 1 < len(toks) and toks[i + 1][2] not in N.CONNECTORS):
                continue
            j = i
            while j > 0 and toks[j - 1][2] not in N.CONNECTORS and toks[j - 1][2] != "The":
                j -= 1
            if j > 0:
                if toks[j - 1][2] not in ("the", "The"):
                    continue
            elif text[max(0, rs - 4) : rs] not in _THE_BEFORE:
                continue
            s = toks[j][0]
            name = " ".join(text[s:e].split())
            if name in N.GAZ or not st.free(s, e):
                continue
            a = st.actor("organization", name if j < i else "The " + name, "org.outlet")
            st.claim(a, s, e)


# Some head word anywhere in the text: _outlets only reads runs that hold one as a token.
_RX_OUTLET_HEAD = lazy(trie_regex(sorted(N.OUTLET_HEADS)))


def _link_outlets(st: _Doc) -> None:
    """"the Times" after "the New York Times": a bare head word joins the one organisation
    of the text whose name ends in it."""
    bare = [a for a in st.actors.values() if a.rule == "org.outlet" and a.name.startswith("The ")]
    for a in bare:
        head = a.name[4:]
        owners = [
            o for o in st.actors.values()
            if o is not a and o.kind == "organization" and o.mentions
            and o.name.split()[-1] == head and o.rule != "org.outlet"
        ]
        if len(owners) == 1:
            for sp in a.mentions:
                owners[0].add(sp, st.text[sp[0] : sp[1]])
            a.mentions.clear()


_RX_CAMPAIGN = lazy(r"\b[Tt]he[ \xa0]+campaign(?=[ \xa0]*[,.;:]|[ \xa0]+(?:(?:later|then|[a-z]+ly)[ \xa0]+)?(?:will|would|has|had|is|was|"
    r"did|does|can|could|also|said|says|told|wrote|declined|denied|plans|wants|insists|"
    r"[a-z]+ed)(?![\w-]))")


def _campaign_mentions(st: _Doc) -> None:
    """"The campaign said …" after "the Roe campaign", in a text with one campaign actor: that
    actor (a verb or punctuation must follow: "the campaign trail" is no mention)."""
    camps = [
        a for a in st.actors.values()
        if a.kind == "organization" and a.mentions and a.name.endswith(" campaign")
    ]
    if len(camps) != 1:
        return
    a = camps[0]
    first = min(a.mentions)[0]
    for m in _RX_CAMPAIGN.finditer(st.text, first):
        s = m.start()
        if st.free(s, m.end()):
            st.claim(a, s, m.end())


_RX_STANCE_BEFORE = lazy(r"(?<![\w-])(?:[Pp]ro|[Aa]nti)-\Z")
_RX_NEXT_TOKEN = lazy(r"[ \xa0]+(?=\S)")


def _drop_stance_words(text: str, runs: list[Span]) -> list[Span]:
    """"the pro-Roe Harbor Gazette": the name after "pro-/anti-" is a stance, not part of
    the next name (the run starts at the following word, or is dropped when it has none)."""
    out = []
    for rs, re_ in runs:
        if text[rs - 1 : rs] == "-" and _RX_STANCE_BEFORE.search(text, max(0, rs - 6), rs):
            sp = _RX_NEXT_TOKEN.search(text, rs, re_)
            if sp is None:
                continue
            rs = sp.end()
        out.append((rs, re_))
    return out


def _join_for_a(text: str, runs: list[Span]) -> list[Span]:
    """"the Council for a Sound Harbor Policy": a run ending in an institution's head
    word goes on over "for a(n)" into the next run (the name pattern stops at "a")."""
    out: list[Span] = []
    for rs, re_ in runs:
        if out and out[-1][1] < rs and (m := _RX_FOR_A.match(text, out[-1][1])) and m.end() == rs:
            ps, pe = out[-1]
            if _head_core(text[ps:pe].rsplit(None, 1)[-1]) in N.ORG_HEADS:
                out[-1] = (ps, re_)
                continue
        out.append((rs, re_))
    return out


# The last two letters of every org descriptor: the word before a run ends so, or it is none.
_DESCRIPTOR_ENDS = frozenset(d[-2:] for d in N.ORG_DESCRIPTOR_SET)


def _org_names_in_run(run: str) -> list[tuple[int, int]]:
    """Every institution's name in a capitalised run ("Lakeside Department and the Office of
    Harbors and Ports" names two), in order."""
    got: list[tuple[int, int]] = []
    if not _has_head(run):
        return got
    first = 0
    while (span := _org_name_in_run(run, first, True)) is not None:
        got.append(span)
        first = span[1]
        if not _has_head(run[first:]):
            break
    return got


_RX_TO_CAP = lazy(r" to (?=[A-Z])")


def _names_with_to(st: _Doc, runs: list[Span], starts: list[int]) -> None:
    """"the Alliance to Reclaim Our Schools … AROS said": a body's name with "to" inside it
    (the run scan stops at "to") is one organisation when the text also writes its acronym,
    the initials of its capitalised words, or when the whole name speaks ("the Committee to
    Protect Journalists said"); otherwise "the Agency to Baghdad" and the like stay apart."""
    text = st.text
    for m in _RX_TO_CAP.finditer(text):
        i = m.start()
        k = bisect.bisect_right(starts, i) - 1
        if k < 0 or k + 1 >= len(runs) or runs[k][1] != i or runs[k + 1][0] != m.end():
            continue
        (s, _), (_, e) = runs[k], runs[k + 1]
        head = text[s:i].rsplit(None, 1)[-1]
        if head not in N.ORG_HEADS:
            continue
        if text.startswith(("The ", "the "), s):
            s += 4
        name = " ".join(text[s:e].split())
        acr = "".join(w[0] for w in name.split() if w[0].isupper())
        if not 3 <= len(acr) <= 8 or name in N.GAZ or not st.free(s, e):
            continue
        first = text[m.end() : e].split(None, 1)[0]
        speaks = first not in N.GIVEN and first not in N.GAZ and bool(
            N.REPORT_AFTER_RE.match(text, e)
        )  # "the Committee to Protect Journalists said" (not "… the Agency to Ann Roe said")
        j = -1 if speaks else text.find(acr)
        while j >= 0 and not (
            (j == 0 or not (text[j - 1].isalnum() or text[j - 1] in ".&'’-"))
            and not (text[j + len(acr) : j + len(acr) + 1].isalnum())
        ):
            j = text.find(acr, j + 1)
        if j < 0 and not speaks:
            continue
        st.claim(st.actor("organization", name, "org.with-to"), s, e)


# "Republicans on the Senate Finance Committee": a party's members on one panel
_RX_PARTY_ON_PANEL = lazy(  # (the look-behind after the first letter: re skips to R, D, C, L, I)
    r"((?:R(?<![\w-].)epublicans|D(?<![\w-].)emocrats|C(?<![\w-].)onservatives"
    r"|L(?<![\w-].)iberals|I(?<![\w-].)ndependents))[ \xa0]+(?:on|of)"
    r"[ \xa0]+the[ \xa0]+((?:[A-Z][\w.&’'-]*[ \xa0]+){0,5}(?:Committee|Subcommittee|Panel|Caucus))"
    r"(?![\w-])"
)


def _party_members_of(st: _Doc, body: list[_Seg]) -> None:
    """"Republicans on the Senate Finance Committee promised …": the party's members on that
    committee or panel are one group (its affiliation the committee), neither the whole party
    nor the committee. Chambers ("Democrats in the Senate") stay the party, as news uses them."""
    text = st.text
    for seg in body:
        for m in _RX_PARTY_ON_PANEL.finditer(text, seg.start, seg.end):
            s, e = m.span()
            if not st.free(s, e):
                continue
            a = st.actor("group", " ".join(m.group().split()), "group.party-on-panel")
            a.affiliation = a.affiliation or " ".join(m.group(2).split())
            st.claim(a, s, e)


def _organisations(st: _Doc, seg: _Seg, runs: list[Span]) -> None:
    text = st.text
    # Acronyms defined in brackets after their expansion.
    # (an acronym in brackets needs a "(": most sentences have none)
    for m in N.ACR_PAREN_RE.finditer(text, seg.start, seg.end) if text.find(
        "(", seg.start, seg.end
    ) >= 0 else ():
        acr = m.group(1)
        if _RX_TICKER.search(acr):
            continue  # a stock ticker, "(MOT.N)"
        window_start = max(seg.start, m.start() - 150)
        pre = N.ACR_PRE_RE.search(text[window_start : m.start()])
        if not pre:
            continue
        exp_s = window_start + pre.start(1)
        exp = pre.group(1)
        ref = N.GAZ.get(exp) or N.GAZ.get(acr)
        if ref and ref.kind != "place":
            continue  # the gazetteer pass links both forms
        span = _org_name_in_run(exp)
        if span is None or not _acronym_fits(acr, exp[span[0] : span[1]]):
            continue
        s, e = exp_s + span[0], exp_s + span[1]
        name = text[s:e]
        a = st.actor("organization", name, "org.acronym")
        st.claim(a, s, e)
        st.claim(a, m.start(1), m.end(1))
    biz = st.biz
    for rs, re_ in runs:
        if text[rs - 1 : rs] == "-":
            rs = _with_prefix(text, rs)
        run = text[rs:re_]
        if rs and text[rs - 1] in " \xa0" and (
            rs < 3 or text[rs - 2].isspace() or text[rs - 3 : rs - 1] in _DESCRIPTOR_ENDS
        ):
            _descriptor_org(st, rs, re_)  # the word before may be a descriptor ("company X")
        # (the word's first two letters first: one slice and a set test, no scan of the text)
        if text[re_ + 1 : re_ + 3] in _MEDIA_HEADS and text.startswith(_MEDIA_AFTER, re_):
            _media_before_noun(st, seg, rs, re_)  # "the Daily Ledger newspaper"
        if text.startswith(("'s ", "’s "), re_):
            _possessive_org(st, seg, rs, re_)
        elif text.startswith(",", re_) and N.APPOS_ORG_RE.match(text, re_, seg.end):
            _appositive_org(st, seg, rs, re_)
        # one token (runs join tokens by spaces only): no institution's name, no "Shares of"
        multi = " " in run or "\xa0" in run
        spans = _org_names_in_run(run) if multi else []
        if not spans:
            if not biz:
                continue  # no "shares"/"stock" in the text: neither pattern below can match
            lead = _RX_SHARES_OF.match(text, rs, re_) if multi else None
            if lead:  # "Shares of Ridgeford Energy fell"
                _business_org(st, lead.end(), re_)
            elif text.find("of", lo := max(seg.start, rs - 20), rs) >= 0 and N.BIZ_BEFORE_RE.search(
                text, lo, rs
            ):
                _business_org(st, rs, re_)  # "shares of Ridgeford Energy"
            continue
        for span in spans:
            s, e = rs + span[0], rs + span[1]
            if span[0] == 0 and text[rs - 3 : rs - 1] in _ORDINAL_ENDS and (
                om := _RX_ORDINAL_BEFORE.search(text, max(seg.start, rs - 8), rs)
            ):
                s = om.start()  # "the 11th Circuit Court of Appeals", "the 82nd Airborne Division"
            if not st.free(s, e) or st.in_caps(s, e):
                continue
            name = text[s:e]
            if name in N.GAZ:
                continue
            rest = name.partition(" ")[2]
            if rest in N.GAZ and _at_clause_start(text, seg.start, s):
                continue  # "Countered State Department ...": a sentence's opener before a name
            last = name.split()[-1]
            rule = "org.suffix" if last in N.CORP_SUFFIXES else "org.head"
            a = st.actor("organization", name, rule)
            st.claim(a, s, e)


_RX_ORDINAL_BEFORE = lazy(r"(?<![\w-])\d{1,3}(?:st|nd|rd|th)[ \xa0]\Z")
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))
# "the (national) NAME newspaper", "the NAME chain": a medium's noun right after a capitalised
# name, with "the" (and at most two lower-case words) before it, makes the name an organisation
_RX_MEDIA_NOUN = lazy(
    r"[ \xa0](?:newspaper|magazine|news[ \xa0]agency|newspaper[ \xa0]chain|chain|tabloid|daily"
    r"|weekly|broadcaster|network|wire[ \xa0]service|website|radio[ \xa0]station|TV[ \xa0]station"
    r"|television[ \xa0]station|publishing[ \xa0]house)(?![\w-])"
)
_MEDIA_WORDS = (
    "newspaper", "magazine", "news", "chain", "tabloid", "daily", "weekly", "broadcaster",
    "network", "wire", "website", "radio", "TV", "television", "publishing",
)
_MEDIA_AFTER = tuple(" " + w for w in _MEDIA_WORDS)  # " newspaper", " chain" … after a run
_MEDIA_HEADS = frozenset(w[:2] for w in _MEDIA_WORDS)
_RX_THE_BEFORE_NAME = lazy(r"(?<![\w-])[Tt]he[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}\Z")


def _media_before_noun(st: _Doc, seg: _Seg, s: int, e: int) -> None:
    """"The Daily Ledger newspaper said", "the national Asahi newspaper": the name before a
    medium's noun is that medium (not a place, country or person the lists know)."""
    text = st.text
    if not _RX_MEDIA_NOUN.match(text, e, seg.end):
        return
    if text.startswith(("The ", "The\xa0"), s):
        s += 4  # "The Daily Ledger newspaper said": the run opens with the article
    elif not _RX_THE_BEFORE_NAME.search(text, max(seg.start, s - 30), s):
        return
    name = text[s:e]
    k = name.rfind(" and the ")
    if k >= 0:  # "The Times and the Gannett newspaper chain": the noun is the last conjunct's
        s, name = s + k + 9, name[k + 9 :]  # ("The Post and Courier" is one name)
    if not name or name.split()[0] in ("The", "A"):
        return
    if name in N.GAZ or any(w in N.GAZ or w in N.MONTHS_DAYS or w in N.TITLE_CANON
                            for w in name.split()) or not st.free(s, e):
        return  # "the Kenyan newspaper", "the Miami daily": a country's or place's
    if len(name.split()) > 4 or st.person_token(name.split()[-1]):
        return
    st.claim(st.actor("organization", name, "org.medium"), s, e)


def _descriptor_org(st: _Doc, s: int, e: int) -> None:
    """"state oil company Petrovia": a descriptor noun right before a name makes it an org."""
    text = st.text
    if text[s - 1 : s] not in (" ", "\xa0") or s == 0:
        return
    words = text[max(0, s - 25) : s].rsplit(None, 2)  # the last two words are all it needs
    if not words or not (
        words[-1] in N.ORG_DESCRIPTOR_SET or " ".join(words[-2:]) in N.ORG_DESCRIPTOR_SET
    ):
        return
    m = N.RUN_TOKEN_RE.match(text, s)
    end = e
    name = text[s:end]
    if name.endswith(".") and name.split()[-1] not in N.CORP_SUFFIXES and not _RX_INITIAL.fullmatch(
        name.split()[-1][-2:]
    ):
        name, end = name[:-1], end - 1  # "... company Eastgate Power."
    if not m or name in N.GAZ or name.split()[0] in N.NOT_NAMES or not st.free(s, end):
        return
    if name.split()[0] in N.TITLE_CANON:
        return  # "the network of President X": a titled person, not an organisation
    if any(w in N.MONTHS_DAYS for w in name.split()) or any(w in N.CONNECTORS for w in name.split()):
        return
    st.claim(st.actor("organization", name, "org.descriptor"), s, end)


# A capitalised word and a lower-case preposition right before a name's last run: the run is
# the end of a longer name ("Sisters to the Front", "Doctors in Need", "Friends with Books").
_RX_NAME_LEAD = lazy(
    rf"(?<![\w'’-])([{N.UPPER}][{N.LOWER}]+)[ \xa0](?:to|in|at|with|from|without|against)"
    r"[ \xa0](?:the[ \xa0])?\Z"
)


def _not_lead(w: str) -> bool:
    """A word that cannot open a name before "to the X": a function word, title, place, month."""
    return (
        w in N.NOT_NAMES or w in _FUNCTION_WORDS or w in N.TITLE_CANON or w in N.GAZ
        or w in N.MONTHS_DAYS or w in N.PARTY_LABELS or w.endswith(("ed", "ing"))
    )


def _appositive_org(st: _Doc, seg: _Seg, s: int, e: int) -> None:
    """"Acme45, a super PAC that …", "Zeta, a nonprofit group,": the appositive's head noun
    makes the name an institution (a sentence's opening function word is not part of it)."""
    text = st.text
    lead = _RX_NAME_LEAD.search(text, max(seg.start, s - 40), s)
    if lead and not _not_lead(lead.group(1)) and not _RX_PREV_CAP.search(
        text, max(seg.start, lead.start(1) - 30), lead.start(1)
    ):
        s = lead.start(1)  # "Sisters to the Front, a relief group": one name
    words = text[s:e].split()
    while words and words[0] in N.NOT_NAMES and (
        words[0] == "The" or _at_clause_start(text, seg.start, s)
    ):
        s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
        words.pop(0)
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("of", "for", "at") and any(
            w in N.TITLE_CANON or w.lower() in N.TITLE_CANON for w in words[:k]
        ):  # "Founder and Director of The Harbor Fund, a charity": the body only
            s = text.index(words[k + 1], text.index(" " + words[k] + " ", s) + 1)
            words = words[k + 1 :]
            if words[0] == "The" and len(words) > 1:
                s = text.index(words[1], s + 3)
                words.pop(0)
            break
    k = words.index("of") if "of" in words[2:4] else 0
    if k and k + 1 < len(words) and _ORG_HEAD_WORDS.isdisjoint(words[:k]) and all(
        w.isalpha() and w[:1].isupper() and w not in N.GAZ for w in words[:k]
    ):  # "Ann Roe of Velberg, a German private bank": a person of the body
        s = text.index(words[k + 1], text.index(" of ", s) + 1)
        words = words[k + 1 :]
    if not words or not st.free(s, e):
        return
    name = text[s:e]
    if name in N.GAZ or words[0] in N.TITLE_CANON or any(w in N.MONTHS_DAYS for w in words):
        return
    if len(words) > 1 and words[0] in N.GIVEN and _ORG_HEAD_WORDS.isdisjoint(words):
        return  # "Steven M. Ekovich, a … firm" is a person described by a company word
    name = " ".join(name.split())
    if " " not in name and (full := st.corp_form(name)):
        name = full  # "Velmar, a chemical group" in a text on "Velmar S.A."
    st.claim(st.actor("organization", name, "org.appositive"), s, e)


def _possessive_org(st: _Doc, seg: _Seg, s: int, e: int) -> None:
    """"Harbor Relief's head of Food Policy": the owner of a role is an organisation."""
    name = st.text[s:e]
    if not N.POSS_ROLE_RE.match(st.text, s, seg.end):
        if N.BIZ_AFTER_RE.match(st.text, e, seg.end) and _org_name_in_run(name) is None and (
            name.split()[0] not in N.GIVEN or len(name.split()) < 2
        ):  # (not "Ann Roe's 5% stake": a person's)
            _business_org(st, s, e)  # "Ridgeford's stock", "Ridgeford's quarterly profit"
        return
    if name.split()[0] in N.NOT_NAMES or name in N.GAZ or not st.free(s, e):
        return
    if " " in name and _served_person(name) == name and _org_name_in_run(name) is None and (
        name.split()[0] not in N.GIVEN_AMBIGUOUS  # ("Christian Aid's head of policy")
    ):
        st.person_affs.add(name)  # "Ann Roe's former adviser": a person's, no organisation
        return
    st.claim(st.actor("organization", name, "org.possessive-role"), s, e)


def _merge_org_prefixes(st: _Doc) -> None:
    """"the Task Force" after "a joint Task Force on Grid Resilience": one organisation."""
    orgs = [a for a in st.actors.values() if a.kind == "organization"]
    # the names that begin with each name and a space, by that name (each name's prefixes at
    # its spaces): comparing every pair was the square of the organisations (issue 8)
    by_prefix: dict[str, list[int]] = {}
    by_tail: dict[str, list[int]] = {}
    for k, o in enumerate(orgs):
        name = o.name
        i = name.find(" ")
        while i >= 0:
            by_prefix.setdefault(name[:i], []).append(k)
            i = name.find(" ", i + 1)
        if o.rule == "org.company-form":  # "Lavalle" after "Cie. de Lavalle": by the tails
            for particle in (" de ", " des ", " du "):
                i = name.find(particle)
                while i >= 0:
                    by_tail.setdefault(name[i + len(particle) :], []).append(k)
                    i = name.find(particle, i + 1)
    for short in orgs:
        hits = set(by_prefix.get(short.name, ()))
        hits.update(by_tail.get(short.name, ()))
        longer = [orgs[k] for k in sorted(hits) if orgs[k] is not short]
        if len(longer) == 1:
            for span in short.mentions:
                longer[0].add(span, st.text[span[0] : span[1]])
            short.mentions.clear()


def _glued(text: str, s: int, e: int) -> bool:
    """Whether another capitalised word is glued to [s, e) — "Chad Smith", "Paris Agreement"."""
    after = _RX_NEXT_CAP.match(text[e : e + 40])
    if after:
        w = after.group(1)
        if not (w in N.TITLE_CANON or w in N.ORG_HEADS or w in N.GAZ or w in _FUNCTION_WORDS):
            return True
    before = _RX_PREV_CAP.search(text[max(0, s - 40) : s])
    if before:
        w = before.group(1)
        if not (w in N.TITLE_CANON or w in N.NOT_NAMES or w in N.GAZ or w in N.MONTHS_DAYS):
            return True
    return False


def _after_name(text: str, s: int, seg_start: int) -> bool:
    """Whether [s, ...) follows a first name or an honorific: a capitalised word that is not
    the sentence's first, nor a title, place, month or function word."""
    lo = max(seg_start, s - 40)
    if _RX_HONORIFIC_BEFORE.search(text, lo, s):
        return True
    before = _RX_PREV_CAP.search(text, lo, s)
    if not before:
        return False
    w = before.group(1)
    if _at_clause_start(text, seg_start, before.start()) and (
        w not in N.GIVEN or w in N.GIVEN_AMBIGUOUS
    ):
        return False  # the sentence's first word: "Russian troops ...", "Unlike Russian ..."
    return not (
        w in N.TITLE_CANON or w in N.NOT_NAMES or w in N.GAZ or w in N.MONTHS_DAYS
        or w in _FUNCTION_WORDS or w in N.PARTY_LABELS or w.isupper()
    )


def _acts(st: _Doc, key: str) -> bool:
    """Whether the text has the organisation `key` (one of its gazetteer names) act somewhere:
    speak or state an intent ("Twitter said", "Facebook plans to"), open a sentence as its
    subject ("Twitter, for its part, rolled out …"; not "Twitter users …"), or own an officer
    ("Twitter's chief executive"). Asked once per name."""
    got = st.acting.get(key)
    if got is None:
        text = st.text
        forms = [f for f, r in N.ORG_REFS.items() if r.key == key]
        got = False
        for f in forms:
            i = text.find(f)
            while i >= 0 and not got:
                e = i + len(f)
                if N.boundary_ok(text, i) and not (text[e : e + 1].isalnum()):
                    nxt = _RX_NEXT_WORD.match(text, e)
                    poss = _RX_POSS_WORD.match(text, e)
                    got = bool(
                        N.REPORT_AFTER_RE.match(text, e) or _RX_INTENT_AFTER.match(text, e)
                        or (poss is not None and poss.group(1).lower() in N.TITLE_CANON)
                        or (_RX_SENT_EDGE.search(text, max(0, i - 6), i) is not None and (
                            text.startswith(",", e)
                            or (nxt is not None and nxt.group(1) not in _MEDIUM_NOUNS)
                        ))
                    )
                i = text.find(f, e)
        st.acting[key] = got
    return got


_RX_POSS_WORD = lazy(r"['’]s[ \xa0]+([\w-]+)")
# What follows a platform's name when it is the medium, not the actor: "Twitter users said"
_MEDIUM_NOUNS = frozenset({
    "user", "users", "follower", "followers", "account", "accounts", "post", "posts", "feed",
    "feeds", "page", "pages", "video", "videos", "message", "messages", "ad", "ads",
})


def _gazetteer(st: _Doc, seg: _Seg, hits: list[Span]) -> None:
    """The gazetteer's names in one segment, from its hits (N.GAZ_SCAN.finditer_spans, found
    for every segment at once)."""
    text = st.text
    gaz = N.GAZ
    found: list[tuple[int, int, N.Ref]] = []
    for s, e in hits:
        if s and (text[s - 1].isalnum() or text[s - 1] in "’'_"):
            continue  # not N.boundary_ok (inlined: it runs for every hit)
        surface = text[s:e]
        ref = gaz.get(surface)  # the keys are normalised: so is a surface found as it stands
        found.append((s, e, ref if ref is not None else gaz[" ".join(surface.split())]))
    head_caps = seg.head and text[seg.start : seg.end].isupper()
    zones = [(seg.start, seg.end)] if head_caps else (
        st.caps_starting_in(seg.start, seg.end) if st.caps else ()
    )
    for zs, ze in zones:
        for ms, me in N.GAZ_CI_SCAN.finditer(text, zs, ze):
            ref = N.GAZ_FOLD.get(" ".join(text[ms:me].split()).casefold())
            if ref and not any(f[0] <= ms < f[1] for f in found):
                found.append((ms, me, ref))
    any_caps = bool(st.caps)
    for s, e, ref in found:
        if not st.free(s, e):
            continue
        caps = head_caps or (any_caps and st.in_caps(s, e))
        if ref.ambiguous and not caps and _glued(text, s, e):
            continue
        if ref.form in ("capital", "place") and not caps and _glued(text, s, e):
            continue  # part of a longer name: "Paris Agreement", "Trans-Baltic Economic Framework"
        if ref.form == "demonym" and not caps and _after_name(text, s, seg.start):
            continue  # a surname: "Lou Cuban", "Ms. English"
        if s > 3 and text[s - 1] == "-" and text[s - 3] == "(" and text[s - 2] in "DRI":
            continue  # "(D-Maine)": the state a legislator serves, no party to the story here
        if ref.kind == "organization" and text.startswith("The", s) and _RX_NEXT_CAP.match(
            text, e
        ):
            continue  # "The Atlantic Ocean", "The Hill Country": a longer name, no outlet
        if ref.form == "demonym" and _quoted_title(text, s, e, seg.start, seg.end):
            continue  # the title of a work: "“American Dream”"
        if ref.kind == "country" and ref.form == "capital":
            if seg.start == s and caps:
                continue  # a dateline city
            if N.LOCATIVE_RE.search(text[max(0, s - 30) : s]):
                a = st.actor("place", text[s:e] if not caps else ref.key, "place.capital")
                a.name = a.name if not caps else text[s:e].title()
                st.claim(a, s, e)
                continue
            a = st.actor("country", ref.key, "country.capital")
        elif ref.kind == "country":
            a = st.actor("country", ref.key, f"country.{ref.form}")
        elif ref.kind == "place":
            a = st.actor("place", ref.key, "place.gazetteer")
        else:
            if ref.key in N.ORG_WHEN_ACTING and not _acts(st, ref.key):
                continue  # "posted on Twitter": a medium here, no actor (and no person)
            a = _suffixed_org(st, ref.key) or st.actor(ref.kind, ref.key, "org.gazetteer")
        st.claim(a, s, e)
    # "Iran-backed militias": a group named by its sponsor
    backed = st.backed and text.find("-backed", seg.start, seg.end) >= 0  # (BACKED_RE's literal)
    for m in N.BACKED_RE.finditer(text, seg.start, seg.end) if backed else ():
        sponsor = _RX_PREV_WORD.search(text, max(seg.start, m.start() - 30), m.start())
        if sponsor and sponsor.group() in N.COUNTRY_REFS and _RX_ARMED_GROUPS.search(m.group(1)):
            s, e = sponsor.start(), m.end()
            a = st.actor("group", text[s:e], "group.backed")
            a.add((s, e), text[s:e])


def _suffixed_org(st: _Doc, key: str) -> _Actor | None:
    """A well-known company the text also names with its corporate suffix ("General Motors
    Corp." … "GM" … "General Motors"): the suffixed organisation already found, so that every
    form is one actor under the fullest name the text gives."""
    if not key[:1].isupper() or " " not in key and key.isupper():
        return None  # an acronym's own entry ("NBC"): its short forms are no firm's name
    full = st.corp_form(key)
    a = st.actors.get(("other", full.lower())) if full else None
    return a if a is not None and a.kind == "organization" else None


# Each country's own name and short forms ("Russia", "Russian Federation"; not "Moscow" or "the
# Russians"): the forms that name the state itself.
_NAME_FORMS: dict[str, frozenset[str]] = {}
for _form, _ref in N.COUNTRY_REFS.items():
    if _ref.form in ("name", "form"):
        _NAME_FORMS[_ref.key] = _NAME_FORMS.get(_ref.key, frozenset()) | {_form}


def _absorb_former_states(st: _Doc) -> None:
    """In a text that names the Soviet Union, "Moscow" and "the Russians" are the Soviet Union."""
    for former, codes in N.ABSORBS.items():
        fa = st.actors.get(("other", former.lower()))
        if not fa:
            continue
        for code in codes:
            succ = N.CODE_NAME.get(code, "")
            sa = st.actors.get(("other", succ.lower()))
            if sa and any(st.text[m[0] : m[1]] in _NAME_FORMS.get(succ, ()) for m in sa.mentions):
                continue  # "Russia" written by name: the successor itself, beside its history
            sa = st.actors.pop(("other", succ.lower()), None)
            if sa:
                for span in sa.mentions:
                    fa.add(span, st.text[span[0] : span[1]])


_RX_INTENT_AFTER = lazy(_ACR_INTENT)
