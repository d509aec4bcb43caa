"""Collective actors: a country's, party's or person's group ("Tanzanian police", "E.U. leaders",
"the Roe campaign"), administrations, militaries, counties, families ("the Roe family",
"relatives of Jane Roe"), a place's police, and unnamed groups that speak ("Police said",
"according to investigators").
"""

from __future__ import annotations

import bisect
import re

from briefgen import rules
from briefgen.extract import names as N
from briefgen.extract.actors.patterns import (
    _FUNCTION_WORDS,
    _MODIFIER_WORDS,
    _RX_CAP_AFTER,
    _RX_NEXT_WORD,
    _RX_PREV_CAP,
    _RX_SENT_EDGE,
    _RX_WORD_CHAR,
    _WORD,
)
from briefgen.extract.actors.runs import _at_clause_start
from briefgen.extract.actors.state import _Actor, _Doc, _Seg
from briefgen.lazyre import lazy, trie_regex


def _groups(st: _Doc, seg: _Seg) -> None:
    """"Tanzanian police", "E.U. leaders", "the Cuban exile community", "the Roe campaign": a
    collective noun (data: group_nouns) after a capitalised owner that the gazetteer, the party
    labels or, for some nouns, a person's surname names is a group actor of its own, carrying
    the owner's country or affiliation; the bare country is not the actor."""
    text = st.text
    hits = st.groups
    if not hits:
        return
    i = bisect.bisect_left(hits, seg.start, key=lambda g: g.start())
    for m in hits[i:]:
        if m.end() > seg.end:
            break
        ow = N.GROUP_OWNER_RE.search(text, max(seg.start, m.start() - 60), m.start())
        if not ow:
            continue
        kind, owners = N.GROUP_NOUNS[" ".join(m.group().split())]
        words = [(w.start(), w.group()) for w in _WORD.finditer(text, ow.start(1), m.start())]
        for k in range(len(words)):
            lead = [w for _, w in words[:k]]
            if lead and not all(
                w in N.NOT_NAMES or w in _FUNCTION_WORDS or w.lower() in _MODIFIER_WORDS
                for w in lead
            ) and not (k == 1 and _at_clause_start(text, seg.start, words[0][0])):
                continue
            owner = " ".join(w for _, w in words[k:])
            poss = owner.endswith(("'s", "’s")) and "person" in owners and kind == "organization"
            if poss and not _RX_BODY_NEXT.match(text, m.end()):
                break  # "Roe's campaign manager X", "Roe's campaign trail": a modifier
            if poss:  # "Roe's campaign", "Ann Roe's campaign": the Roe campaign
                owner = owner[:-2]
                got = _group_owner(st, owner, frozenset(("person",)))
            else:
                got = _group_owner(
                    st, owner, owners,
                    "town" in owners and _at_clause_start(text, seg.start, words[k][0]),
                )
            if got is None:
                continue
            s, e = words[k][0], m.end()
            if poss and got[1] is not None:
                if not st.free(s, e):
                    s = m.start()  # her name is hers already: the noun is the mention
                    if not st.free(s, e):
                        break
                name = f"{got[1].split()[-1]} {' '.join(m.group().split())}"
                a = st.actor(kind, name, "group.collective")
                a.affiliation = a.affiliation or got[1]
                st.claim(a, s, e)
                break
            if not st.free(s, e):
                break
            name = " ".join(text[s:e].split())
            a = st.actor(kind, name, "group.collective")
            a.country = a.country or got[0]
            a.affiliation = a.affiliation or got[1]
            loc = _RX_GROUP_IN_PLACE.match(text, e, seg.end) if text.startswith(" in", e) else None
            if loc is not None and (ref := N.GAZ.get(loc.group(1))) is not None and (
                ref.kind in ("place", "country") and st.free(loc.start(1), loc.end(1))
            ):
                e = loc.end()  # "Cuban exiles in Miami say": where they are is part of the group
            st.claim(a, s, e)
            break


# What may follow "Roe's campaign" when it names the body: punctuation, the end, a verb in the
# past or a modal/auxiliary, a preposition or a clause word (not a noun it modifies: "manager",
# "trail", "officials")
_RX_BODY_NEXT = lazy(
    r"[ \xa0]*(?:[,.;:!?)\"”’'—–]|\Z)|[ \xa0]+(?:[a-z]+ed|said|says|told|has|had|have|is|was|"
    r"were|will|would|can|could|did|does|also|and|or|in|on|of|for|to|that|which|who|with|at|"
    r"from|by|as|against|after|before|since|put|sent|spent|made|took|gave|got|hit|ran|won|lost|"
    r"says|wrote|sought|quickly|then|later|never|still|just|already|now)(?![\w'’-])"
)
# "Cuban exiles in Miami", "Kenyan police in Nairobi": a known place right after a group's noun
_RX_GROUP_IN_PLACE = lazy(
    r"[ \xa0]+in[ \xa0]+((?:[A-Z][\w.-]*[ \xa0]){0,2}?[A-Z][\w.-]*?)\.?(?![\w'’-])"
)


_RX_ADMIN = lazy(r"[ \xa0]administration(?![\w-])")
_RX_ADMIN_OF = lazy(r"[ \xa0]+(?:of|at|for)[ \xa0]")
_RX_ADMIN_NOT_BODY = lazy(
    r"(?<![\w-])(?:[Aa]n?|[Ff]ormer|[Ff]uture|[Nn]ext|[Pp]otential|[Pp]ossible)[ \xa0]+\Z"
)
_RX_TOWN = lazy(rf"[{N.UPPER}][{N.LOWER}]{{2,}}(?:-[{N.UPPER}][{N.LOWER}]{{2,}})?")


def _administrations(st: _Doc, body: list[_Seg]) -> None:
    """"the Reagan administration", "Reagan administration officials": an organisation of its
    own, "Reagan administration", of the leader's country (a later bare "the administration"
    resolves to it: coref.administration). Its leader is a person the text names with a
    leader's title or none (never another title: "Gov. Roe" heads a state's), or a surname
    the text leaves untitled; the country is theirs, or the United States when none is given
    ("administration" for a government is American usage). "The administration of President
    Jane Roe" names the same body. A nationality ("the Kenyan administration") is the country."""
    text = st.text
    if text.find(" administration") < 0:
        return
    people: _AdminPeople | None = None  # (built on the first "X administration")
    for seg in body:
        for m in _RX_ADMIN.finditer(text, seg.start, seg.end):
            prev = _RX_PREV_CAP.search(text, max(seg.start, m.start() - 30), m.start() + 1)
            if not prev:
                continue
            w = prev.group(1)
            # not "the Roe administration of the school": a school's or firm's management
            untitled_ok = _RX_ADMIN_OF.match(text, m.end()) is None
            if people is None:
                people = _AdminPeople(st.persons)
            holder = people.holder(w, untitled_ok)
            s, e = prev.start(1), m.end()
            if not st.free(s, e):
                continue
            if w in N.COUNTRY_REFS and N.COUNTRY_REFS[w].form in ("demonym", "form", "name"):
                # "the Kenyan administration": the country ("Obama" is no country form)
                st.claim(st.actor("country", N.COUNTRY_REFS[w].key, "country.administration"), s, e)
                continue
            if holder is not None:
                key: str | None = holder.country or "United States"
            elif untitled_ok and _admin_surname(st, w, s, people.titled):
                # "the Mendes administration" with no Mendes named: a government still, never
                # the person; American usage, so the United States unless a person of that
                # name holds another title ("Gov. Roe": a state's)
                key = "United States"
            elif untitled_ok and w in people.titled:
                # "Gov. Ann Roe … the Roe administration": her government, not her
                key = None
            else:
                continue
            if key and _RX_ADMIN_NOT_BODY.search(text, max(seg.start, s - 12), s):
                # "a Trump administration" (one that may come), "a former Obama administration
                # official" (a description): no body that acts; the country, as written
                st.claim(st.actor("country", key, "country.administration"), s, e)
                continue
            a = st.actor("organization", f"{w} administration", "org.administration")
            if key and not a.country:
                a.country = key
            st.claim(a, s, e)
    if _RX_ADMIN_OF_HINT.search(text) and _RX_ADMIN_OF_LEADER.search(text):
        # (a literal first: most texts have no "administration of")
        _administrations_of(st, body)


# "the administration of President Jane Roe", "the administration of former President Roe"
_RX_ADMIN_OF_HINT = lazy(r"administration[ \xa0]+of[ \xa0]")  # (a literal prefix: a fast scan)
_RX_ADMIN_OF_LEADER = lazy(
    r"(?<![\w-])(?:[Tt]he|[Hh]is|[Hh]er)[ \xa0]+(administration)[ \xa0]+of[ \xa0]+"
    r"(?:(?:then-|former|late)[ \xa0]+)?(?:[Pp]resident|Pres\.|[Pp]rime[ \xa0]+[Mm]inister)"
    rf"[ \xa0]+([{N.UPPER}][\w.’'-]*(?:[ \xa0]+[{N.UPPER}][\w.’'-]*){{0,3}})"
)


def _administrations_of(st: _Doc, body: list[_Seg]) -> None:
    """"the administration of President Jane Roe": the Roe administration, its mention the word
    "administration" (the person keeps the name), when a person of that name is known."""
    text = st.text
    for seg in body:
        for m in _RX_ADMIN_OF_LEADER.finditer(text, seg.start, seg.end):
            last = m.group(2).split()[-1].rstrip(".,")
            holder = next((p for p in st.persons if p.mentions and p.tokens
                           and p.tokens[-1] == last), None)
            s, e = m.span(1)
            if holder is None or not st.free(s, e):
                continue
            a = st.actor("organization", f"{last} administration", "org.administration_of")
            if not a.country:
                a.country = holder.country or "United States"
            # the span only, not the bare form: "administration" is no name to find elsewhere
            a.mentions.append((s, e))
            a.seen = None
            bisect.insort(st.taken, (s, e))


# "the U.S. military", "the Kenyan armed forces": a country's forces, an organisation of that
# country (the gold files name them apart from the country); not when "military" only modifies
# a noun after it ("U.S. military aid", "Thai military officials": the noun is the actor).
_RX_MILITARY = lazy(
    r"((?:[A-Z][\w.’'-]*[ \xa0]){0,2}[A-Z][\w.’'-]*)[ \xa0]+(military|armed[ \xa0]forces)(?![\w-])"
)
_RX_BARE_MILITARY = lazy(r"(?<![\w-])the[ \xa0]+(military)(?![\w-])")
_MIL_NOUNS = frozenset(rules.entries("military_modified_nouns"))


def _militaries(st: _Doc, body: list[_Seg]) -> None:
    """"the U.S. military is searching", "the Kenyan armed forces said": the country's forces
    as one organisation ("U.S. military", country United States), not the country; a later
    bare "the military" joins it when the text names one such force."""
    text = st.text
    made: list[_Actor] = []
    for seg in body:
        if text.find(" military", seg.start, seg.end) < 0 and (
            text.find(" armed", seg.start, seg.end) < 0
        ):
            continue  # (most sentences of the text: no force named)
        for m in _RX_MILITARY.finditer(text, seg.start, seg.end):
            words = m.group(1).split()
            nxt = _RX_NEXT_WORD.match(text, m.end())
            if nxt is not None and nxt.group(1) in _MIL_NOUNS:
                continue  # "U.S. military aid": an adjective
            for k in range(len(words)):
                form = " ".join(words[k:])
                ref = N.COUNTRY_REFS.get(form)
                if ref is not None and ref.form in ("demonym", "form", "name"):
                    break
            else:
                continue
            s = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
            s = text.find(words[k], s)  # (the words were split on any space)
            e = m.end()
            if s < 0 or not st.free(s, e) or (
                s > seg.start and (text[s - 1].isalnum() or text[s - 1] in "-’'")
            ):
                continue
            name = f"{form} {' '.join(m.group(2).split())}"
            a = st.actor("organization", name, "org.military")
            a.country = a.country or ref.key
            st.claim(a, s, e)
            if all(o is not a for o in made):
                made.append(a)
    if len(made) != 1:
        return
    for m in _RX_BARE_MILITARY.finditer(text):
        nxt = _RX_NEXT_WORD.match(text, m.end())
        if nxt is not None and nxt.group(1) in _MIL_NOUNS:
            continue
        if st.free(m.start(1), m.end(1)):
            st.claim(made[0], m.start(1), m.end(1))


# "Harlan County", "Loudon county" (transcripts lower-case it): a county the lists do not know
_RX_COUNTY = lazy(
    r"(?<![\w’'-])((?:[A-Z][a-z]+[ \xa0]){0,2}?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \xa0]+([Cc]ounty)"
    r"(?![\w-])"
)


def _counties(st: _Doc, body: list[_Seg]) -> None:
    """"Harlan County officials said", "land in Loudon county": a capitalised name before
    County (or a lower-case "county", as transcripts write it) is a place, "X County", when no
    other rule took the words (an organisation's name such as "Harlan County Board" did)."""
    text = st.text
    for seg in body:
        if text.find("ounty", seg.start, seg.end) < 0:
            continue  # (most sentences: no county)
        for m in _RX_COUNTY.finditer(text, seg.start, seg.end):
            words = m.group(1).split()
            while words and (
                words[0] in N.NOT_NAMES or words[0] in _FUNCTION_WORDS
                or words[0] in N.PARTY_LABELS or words[0] in N.TITLE_CANON
                or (words[0] is words[-1] and m.start(1) == seg.start and st.is_lower_word(words[0]))
            ):
                words.pop(0)  # "The county", "Democratic county chairman", "Each county"
            if not words or any(w in N.MONTHS_DAYS for w in words):
                continue
            s = m.end(1) - len(words[-1]) if len(words) == 1 else text.find(words[0], m.start(1))
            e = m.end()
            if not st.free(s, e) or _RX_CAP_AFTER.match(text, e):
                continue  # "Harlan County Board", "Harlan County District Attorney X": a name's part
            a = st.actor("place", f"{' '.join(words)} County", "place.county")
            st.claim(a, s, e)


class _AdminPeople:
    """_administrations' questions about the people, from one pass over them (they do not
    change there): asking every person for each "X administration" was a square (issue 8)."""

    def __init__(self, persons: list[_Actor]) -> None:
        self.persons = persons
        self.leader: dict[str, int] = {}  # surname -> first holder with a leader's title
        self.untitled: dict[str, int] = {}  # surname -> first holder with no title
        self.titled: set[str] = set()  # every token of a person with a title
        for k, p in enumerate(persons):
            if p.title:
                self.titled.update(p.tokens)
            if p.mentions and p.tokens:
                if not p.title:
                    self.untitled.setdefault(p.tokens[-1], k)
                elif p.title.lower() in N.LEADER_TITLES:
                    self.leader.setdefault(p.tokens[-1], k)

    def holder(self, w: str, untitled_ok: bool) -> _Actor | None:
        """The first person with surname w and a leader's title, or no title when
        untitled_ok ("Barack Obama … the Obama administration")."""
        ks = [self.leader.get(w, -1), self.untitled.get(w, -1) if untitled_ok else -1]
        ks = [k for k in ks if k >= 0]
        return self.persons[min(ks)] if ks else None


def _admin_surname(st: _Doc, w: str, s: int, titled: set[str]) -> bool:
    """Whether `w` before "administration" is a leader's surname the text leaves untitled: a
    capitalised word that is no common word, function word or known name of something else,
    not a person's token under a non-leader title, and not the sentence's first word
    ("Health administration officials said": a person named elsewhere is found as holder)."""
    if w in _FUNCTION_WORDS or w in N.NOT_NAMES or w in N.GAZ or w in N.TITLE_CANON:
        return False
    if not w[1:].islower() or not w.isalpha() or st.is_lower_word(w):
        return False
    if w in titled:  # (any(w in p.tokens and p.title for p in st.persons))
        return False  # "Gov. Ann Roe … the Roe administration": a state's, left as it is
    return not _RX_SENT_EDGE.search(st.text, max(0, s - 6), s)


def _group_owner(
    st: _Doc, owner: str, owners: frozenset[str], at_start: bool = False
) -> tuple[str | None, str | None] | None:
    """(country, affiliation) of a collective's owner ("Tanzanian", "E.U.", "Republican",
    "Miami", a person's surname), when it is of a type the noun accepts; else None. A town
    the lists do not know opening a sentence ("Riot police") needs another mention inside one."""
    ref = N.GAZ.get(owner)
    if ref is not None:
        if ref.kind not in owners and not (ref.kind == "group" and "organization" in owners):
            return None
        if ref.kind == "country":
            return ref.key, None
        return None, (None if ref.kind == "place" else ref.key)
    if owner in N.PARTY_LABELS:
        if "party" not in owners:
            return None
        for form in (owner + " Party", owner + "s", owner.removesuffix("ic") + "s"):
            if form in N.GAZ:
                return None, N.GAZ[form].key
        return None, None
    if "person" in owners:
        p = st.owner_people().get(owner)
        if p is not None:
            return None, p.name
    if "organization" in owners:
        org = st.actors.get(("other", owner.lower()))
        if org is not None and org.kind == "organization" and org.mentions:
            return None, org.name
    if "town" in owners and _RX_TOWN.fullmatch(owner) and not (
        at_start and not st.after_lower(owner)
    ) and not (
        owner in N.NOT_NAMES or owner in N.MONTHS_DAYS or owner in N.PARTY_LABELS
        or st.is_lower_word(owner) or ("person", owner.lower()) in st.actors
        or owner in st.surnames()
    ):
        return None, None  # "Tulsa police": a town the lists do not know
    return None


# -- family groups and a place's police ("Roe's relatives in Miami", "Police said") -------------
_CHILD_NOUNS = "boy|girl|child|man|woman|victim|teenager|toddler|infant|baby|suspect|soldier"
_RX_KIN = lazy(
    r"(?<![\w-])(?:(?P<own>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)['’]s?"
    rf"|(?P<desc>[Tt]he[ \xa0](?:{_CHILD_NOUNS})['’]s|[Hh]is|[Hh]er)"
    r"|(?P<the>[Tt]he))"
    r"[ \xa0](?:(?P<pl>[A-Z][a-z]+)[ \xa0])?(?P<noun>relatives|family|kin)"
    r"(?:[ \xa0](?:in|from)[ \xa0](?P<pl2>[A-Z][a-z]+))?(?![\w-])"
)
_RX_KIN_OF = lazy(
    r"(?<![\w-])(?:[Rr]elatives|[Ff]amily)[ \xa0]of[ \xa0](?P<own>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)"
    r"(?![\w-])"
)


# The characters a _RX_KIN match is made of, and any other: a stretch of the first kind holds
# every match that overlaps it.
_RX_KIN_CHARS = lazy("[A-Za-z'’ \xa0]*")
_RX_KIN_BARRIER = lazy("[^A-Za-z'’ \xa0]")


def _kin_matches(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """_RX_KIN.finditer(text) and _RX_KIN_OF.finditer(text), from the places where their nouns
    are (str.find): both patterns tried at every capital and every t, h, r and f cost ~0.2 ms
    per 1,000 words. _RX_KIN is read only in the stretches of letters, spaces and apostrophes
    that hold " relatives", " family" or " kin" (a match holds one and no other character),
    each stretch once, its start found in the reversed text (linear however long it is);
    _RX_KIN_OF is matched where "[Rr]elatives" or "[Ff]amily" starts, left to right without
    overlaps, as finditer reads."""
    cands = []  # where _RX_KIN's noun may be
    heads = []  # where _RX_KIN_OF may start
    for noun, first in (("elatives", "Rr"), ("amily", "Ff"), ("kin", "")):
        i = text.find(noun)
        while i >= 0:
            if first:
                if i and text[i - 1] in first:
                    heads.append(i - 1)
                    if text[i - 1] == first[1] and i > 1 and text[i - 2] in " \xa0":
                        cands.append(i - 1)
            elif i and text[i - 1] in " \xa0":
                cands.append(i)
            i = text.find(noun, i + 1)
    out: list[re.Match[str]] = []
    if cands:
        n = len(text)
        rev = text[::-1]
        done = 0  # the text before this is read
        for q in sorted(cands):
            if q < done:
                continue
            # the last other character before q, at or after done: the first from n - q in rev
            bar = _RX_KIN_BARRIER.search(rev, n - q, n - done)
            start = n - bar.start() if bar is not None else done
            stretch = _RX_KIN_CHARS.match(text, q)  # (a starred class: always a match)
            end = stretch.end() if stretch is not None else q
            # one character more: the closing look-ahead sees what follows the stretch
            out.extend(_RX_KIN.finditer(text, start, end + 1))
            done = end
    of: list[re.Match[str]] = []
    done = 0
    for h in sorted(heads):
        if h >= done and (m := _RX_KIN_OF.match(text, h)) is not None:
            of.append(m)
            done = m.end()
    return out, of


def _kin_person(st: _Doc, name: str) -> _Actor | None:
    """The person a possessor or surname names: a token of a person with a full name."""
    toks = tuple(name.split())
    for p in st.persons:
        if p.mentions and len(p.tokens) > 1 and (
            p.tokens == toks or (len(toks) == 1 and toks[0] in (p.tokens[0], p.tokens[-1]))
        ):
            return p
    return None


def _kin_place(word: str | None) -> bool:
    ref = N.GAZ.get(word) if word else None
    return ref is not None and ref.kind in ("place", "country")


def _kin_groups(st: _Doc) -> None:
    """"Roe's relatives in Miami", "the Roe family", "relatives of Jane Roe": the family of a
    person the text names is one group actor; its later descriptions ("the boy's Miami
    relatives", "the Miami relatives", and "the family"/"the relatives" when the text has one
    such family) are its mentions. No named person, no family actor ("the family said")."""
    text = st.text
    kin, kin_of = _kin_matches(text)
    if not kin and not kin_of:
        return
    fams: list[tuple[_Actor, str | None]] = []
    later: list[tuple[int, int, str | None, bool]] = []
    hits = [(m, False) for m in kin]
    hits += [(m, True) for m in kin_of]
    hits.sort(key=lambda h: h[0].start())
    for m, of in hits:
        s, e = m.span()
        if of:
            owner, place, noun = m.group("own"), None, "relatives"
        else:
            owner, noun = m.group("own"), m.group("noun")
            place = m.group("pl") or m.group("pl2")
            if m.group("pl") and not _kin_place(m.group("pl")):
                if m.group("the") and noun == "family" and not m.group("pl2"):
                    owner, place = m.group("pl"), None  # "the Roe family"
                else:
                    continue
            if m.group("pl2") and not _kin_place(m.group("pl2")):
                place, e = m.group("pl"), m.end("noun")  # "in Court": no place
        if owner:
            p = _kin_person(st, owner)
            if p is None and " " in owner:  # "But Roe's relatives": the owner is the last word
                s += owner.rindex(" ") + 1
                p = _kin_person(st, owner.rsplit(" ", 1)[1])
            if p is None:
                continue
            fam = next((f for f, _ in fams if f.affiliation == p.name), None)
            if fam is None:
                name = " ".join(text[s:e].split())
                name = name[4:] if name[:4] in ("the ", "The ") else name
                fam = st.actor("group", name, "group.family")
                fam.affiliation = p.name
                fam.country = p.country
                fams.append((fam, place))
            fam.add((s, e), text[s:e])
            bisect.insort(st.taken, (s, e))
        else:
            later.append((s, e, place, bool(m.group("desc"))))
    if not fams:
        return
    for fam, place in fams:  # "Miami relatives", "Roe family" from the collectives pass: the same
        for other in st.actors.values():
            if other is fam or other.rule != "group.collective" or not other.mentions:
                continue
            last = other.name.rsplit(" ", 1)[-1]
            if last in ("relatives", "family") and (
                other.affiliation == fam.affiliation
                or (place is not None and other.name == f"{place} {last}")
            ):
                for sp in other.mentions:
                    fam.add(sp, text[sp[0]:sp[1]])
                other.mentions.clear()
    for s, e, place, desc in later:
        fits = [f for f, pl in fams if place is None or pl in (None, place)]
        if len(fits) == 1 and (place or desc or len(fams) == 1):
            fits[0].add((s, e), text[s:e])
            bisect.insort(st.taken, (s, e))


_RX_ROLE_FOR_TAIL = lazy(r",[ \xa0]+(?:(?:a|an|the)[ \xa0]+)?[a-z][a-z -]{1,40}?[ \xa0](?:for|of)[ \xa0]+\Z")


def _group_affiliations(st: _Doc) -> None:
    """"X, a spokesman for Roe's relatives in Miami,": a role held for a family group the text
    names gives that group as the person's affiliation (the possessor is no organisation)."""
    fams = [a for a in st.actors.values() if a.rule == "group.family" and a.mentions]
    if not fams:
        return
    text = st.text
    ends: dict[int, _Actor] = {}
    for a in st.actors.values():
        if a.kind == "person" and a.mentions and not a.affiliation:
            for _, pe in a.mentions:
                ends[pe] = a
    if not ends:
        return
    for fam in fams:
        for s, _ in fam.mentions:
            m = _RX_ROLE_FOR_TAIL.search(text, max(0, s - 50), s)
            who = ends.get(m.start()) if m else None
            if who is not None and not who.affiliation:
                who.affiliation = fam.name


_RX_POLICE_IN = lazy(r"[Pp](?<![\w-].)olice[ \xa0]in[ \xa0](?P<pl>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)")
_RX_POLICE_SAID = lazy(
    r"[Pp](?<![\w-].)(?:(?<=[Tt]he[ \xa0].)|(?<![\w'’][ \xa0].))olice(?=[ \xa0]+(?:[a-z]+ly[ \xa0]+)?"
    r"(?:said|say|says|told|reported|announced|confirmed|believe|believed|added)(?![\w-]))"
)


def _place_police(st: _Doc) -> None:
    """"police in Dayton" is the group "Dayton police"; a bare "police said" joins the one place's
    police the text names, else the dateline's place ("DAYTON, Ohio — Police said")."""
    text = st.text
    if "olice" not in text:
        return
    for m in _RX_POLICE_IN.finditer(text):
        pl = m.group("pl")
        s, e = m.span()
        if text.startswith(" and ", e):  # "police in Kenya and Tanzania": no one place
            continue
        ghost = st.actors.get(("person", pl.lower()))
        if ghost is not None and all(s <= ms and me <= e for ms, me in ghost.mentions):
            ghost.mentions.clear()  # "police in Dayton said": not a person "Dayton"
            ghost = None
        if not _kin_place(pl) and not (_RX_TOWN.fullmatch(pl) and not st.is_lower_word(pl)
                                       and ghost is None):
            continue
        ref = N.GAZ.get(pl)
        country = ref.key if ref is not None and ref.kind == "country" else None
        a = next((o for o in st.actors.values() if country and o.country == country
                  and o.name.endswith(" police") and o.mentions), None)  # "Kenyan police"
        if a is None:
            a = st.actor("organization", f"{pl} police", "group.place_police")
            a.country = a.country or country
        a.add((s, e), text[s:e])
        bisect.insort(st.taken, (s, e))
    bare = [m.span() for m in _RX_POLICE_SAID.finditer(text)]
    if not bare:
        return
    pols = [a for k, a in st.actors.items()
            if a.mentions and k[0] == "other" and k[1].endswith(" police")]
    if len(pols) > 1:
        return
    if not pols:
        dl = st.doc.article.dateline
        pl = dl.place if dl is not None else None
        if not pl:
            return
        pl = pl.split(",")[0].strip()
        if not pl or not pl[0].isupper():
            return
        a = st.actor("organization", f"{pl.title() if pl.isupper() else pl} police",
                     "group.place_police")
        ref = N.GAZ.get(pl)
        a.country = a.country or (ref.key if ref is not None and ref.kind == "country" else None)
        pols = [a]
    for s, e in bare:
        if st.free(s, e):
            pols[0].add((s, e), text[s:e])
            bisect.insort(st.taken, (s, e))


# -- unnamed groups that speak ("Police said", "according to investigators") -------------------
_SG = rules.load("speaker_groups")
_SG_STOP = frozenset(_SG["stop"])
_SG_NEEDS_FOR = frozenset(_SG["needs_complement"])
_SG_JOIN_ONLY = frozenset(_SG["join_only"])
_SG_FORMS = sorted({f for w in _SG["nouns"] for f in (w, w.capitalize())})
_RX_SG_TAIL = lazy(
    r"(?P<for>[ \xa0]+for[ \xa0]+[^,;:.\"“”()]{2,40}?)?"
    r"[ \xa0]+(?:(?:have|had|also|later|then|now|still)[ \xa0]+)?(?:"
    + trie_regex(sorted(_SG["verbs"])) + r")(?![\w-])"
)
_RX_MOD_BEFORE = lazy(r"(?<![\w'’-])([A-Za-z][a-z-]*)[ \xa0]+\Z")


_SG_FORM_SET = frozenset(_SG_FORMS)
_SG_LOWER = sorted({f.lower() for f in _SG_FORMS})


def _noun_hits(text: str) -> list[tuple[int, str]]:
    """Every whole-word occurrence of a speaker-group noun, in text order: one str.find loop a
    form (a regex over the nouns cost more than the rest of this pass together), each noun
    looked for once in the lower-cased text and kept where the text has one of its forms."""
    hits = []
    low = text.lower()
    if len(low) == len(text):
        for noun in _SG_LOWER:
            n = len(noun)
            i = low.find(noun)
            while i >= 0:
                if not (i and (text[i - 1].isalnum() or text[i - 1] in "-_'’")) and not (
                    _RX_WORD_CHAR.match(text, i + n)
                ) and (form := text[i : i + n]) in _SG_FORM_SET:
                    hits.append((i, form))
                i = low.find(noun, i + n)
        hits.sort()
        return hits
    for form in _SG_FORMS:  # lower-casing changed the offsets (rare scripts): form by form
        n = len(form)
        i = text.find(form)
        while i >= 0:
            if not (i and (text[i - 1].isalnum() or text[i - 1] in "-_'’")) and not (
                _RX_WORD_CHAR.match(text, i + n)
            ):
                hits.append((i, form))
            i = text.find(form, i + n)
    hits.sort()
    return hits


def _speaker_groups(st: _Doc, body: list[_Seg]) -> None:
    """"Police said", "Federal immigration officials say", "lawyers for the family said",
    "according to investigators": an unnamed group that speaks is a group actor (data:
    speaker_groups), one per head noun; spans another rule claimed keep their actor."""
    text = st.text
    nouns: dict[str, _Actor] = {}
    pols = [a for k, a in st.actors.items()
            if a.mentions and k[0] == "other" and k[1].endswith(" police")]
    if len(pols) == 1:
        nouns["police"] = pols[0]  # bare "police" is the one place's police the text names
    for s, form in _noun_hits(text):
        e = s + len(form)
        tail = _RX_SG_TAIL.match(text, e)
        if tail is None:
            continue
        noun = form.lower()
        if not text[s].islower() and not _at_clause_start_any(text, s):
            continue  # "Bayline Partners Police said": part of a capitalised name
        for _ in range(2):  # up to two lower-case modifiers: "federal immigration officials"
            mb = _RX_MOD_BEFORE.search(text, max(0, s - 25), s)
            if mb is None:
                break
            w = mb.group(1)
            cap = not w[0].islower()
            if w.lower() in _SG_STOP or w.endswith("ly") or (
                cap and not _at_clause_start_any(text, mb.start(1))
            ):
                break
            s = mb.start(1)
            if cap:
                break  # the sentence's first word: nothing before it
        if tail.group("for"):
            e = tail.end("for")
        elif noun in _SG_NEEDS_FOR:
            continue  # "custody lawyers say": a class of people, not a party's lawyers
        if not st.free(s, e):
            continue
        a = nouns.get(noun)
        if a is None and noun in _SG_JOIN_ONLY:
            continue  # "The police said nothing": no place's police to join
        if a is None:
            name = " ".join(text[s:e].split())
            a = nouns[noun] = st.actor("group", name[0].lower() + name[1:] if name[1:2].islower()
                                       else name, "group.speaker")
        st.claim(a, s, e)
    if "ccording to" in text:
        for i in [mm.start() for mm in re.finditer("ccording to", text)]:
            j = text.find(" ", i + 11)
            mm = _RX_SG_BARE.match(text, j + 1) if j >= 0 else None
            if mm is None:
                continue
            s, e = mm.span("noun")
            a = nouns.get(mm.group("noun").lower())
            if st.free(s, e) and a is not None:
                st.claim(a, s, e)


_RX_SG_BARE = lazy(
    r"(?:the[ \xa0]+)?(?P<noun>" + "|".join(sorted(_SG["nouns"], key=len, reverse=True))
    + r")(?![\w-])"
)


def _at_clause_start_any(text: str, s: int) -> bool:
    """A capitalised noun opens its sentence or quote ("Police said"), not a name's inside."""
    k = s - 1
    while k >= 0 and text[k] in " \xa0\"“'‘(`":
        k -= 1
    return k < 0 or text[k] in ".!?\n:;—-"
