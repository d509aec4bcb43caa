"""Party candidacies: the party a person is written with ("Democrat Ann Roe", "Republican Tom
Vale") and a bare party description ("the Republican nominee's plan", "The Democratic
presidential candidate said") that names the one person of the stretch before it whose party is
that party, when roles.py's reading (the only person named just before, or the text's main
person) could not decide because two people of different parties are named there.
"""

from __future__ import annotations

import bisect

from briefgen.extract import names as N
from briefgen.extract.actors.roles import (
    _RX_APPOS_NAME,
    _RX_CLAUSE_VERB_AFTER,
    _RX_CONJ_BEFORE,
    _RX_DESCRIBED_ROLE,
)
from briefgen.extract.actors.served import weak_title
from briefgen.extract.actors.state import _Actor, _Doc
from briefgen.lazyre import lazy

# A party noun written right before a person's name: "Democrat Ann Roe", "Republican Tom Vale"
# (the noun, not the adjective "Democratic", which qualifies a title: "Democratic Sen. X").
_RX_PARTY_NOUN_BEFORE = lazy(r"(?<![\w-])(Democrat|Republican|Libertarian)[ \xa0]+\Z")
# A party in brackets or after a comma right after a name: "(D-Va.)", ", R-Ohio,"
_RX_PARTY_CODE_AFTER = lazy(r"(?:[ \xa0]*\(|,[ \xa0]+)([DR])-[A-Z]")
_STEM = {"GOP": "republican", "Republican": "republican", "Republicans": "republican",
         "Democrat": "democratic", "Democratic": "democratic", "Democrats": "democratic",
         "Libertarian": "libertarian", "Green": "green", "D": "democratic", "R": "republican"}
_PARTY_ORG = {"Democrat": "Democratic Party", "Republican": "Republican Party",
              "Libertarian": "Libertarian Party"}
# Titles of people who work for a party or a campaign without running: never its nominee.
_NOT_RUNNING = frozenset((
    "strategist", "consultant", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
    "spokesperson", "operative", "pollster", "chairman", "chairwoman", "chair", "manager",
    "director", "analyst", "official", "surrogate", "donor", "fundraiser", "delegate",
    "secretary", "staffer", "lawyer", "attorney", "host", "anchor", "reporter", "editor",
    "columnist", "moderator", "correspondent", "writer", "voter", "supporter",
))
_REACH = 1500  # characters back to the person a party's description names
_CANDIDACY = ("nominee", "candidate", "front-runner", "frontrunner", "hopeful")


def _party_nouns(st: _Doc) -> None:
    """"Democrat Ann Roe": the party is her affiliation when nothing else is known of it."""
    text = st.text
    if "Democrat " not in text and "Republican " not in text and "Libertarian " not in text:
        return
    people = [a for a in st.actors.values() if a.kind == "person" and a.mentions]
    for p in people:
        if p.affiliation is not None:
            continue
        for s, _e in p.mentions:
            m = _RX_PARTY_NOUN_BEFORE.search(text, max(0, s - 14), s)
            if m is None or text[s - 2 : s - 1] == "\n":
                continue
            org = N.GAZ.get(_PARTY_ORG[m.group(1)])
            p.affiliation = org.key if org is not None else _PARTY_ORG[m.group(1)]
            break


def _parties(text: str, p: _Actor) -> set[str]:
    """Every party the text ties to a person: the affiliation, a party word in the title, a
    party noun before a mention, a party code after one."""
    got: set[str] = set()
    for field in (p.affiliation, p.title):
        for w in (field or "").split():
            if w in _STEM:
                got.add(_STEM[w])
    for s, e in p.mentions:
        m = _RX_PARTY_NOUN_BEFORE.search(text, max(0, s - 14), s)
        if m:
            got.add(_STEM[m.group(1)])
        c = _RX_PARTY_CODE_AFTER.match(text, e, e + 8)
        if c:
            got.add(_STEM[c.group(1)])
    return got


def _may_run(p: _Actor, vice: bool) -> bool:
    """Whether p's own title leaves room for a party's candidacy of this kind: no title, a
    relation word, or a candidacy of the same kind (a running mate is no presidential nominee)."""
    t = (p.title or "").lower()
    if not t or weak_title(p.title):
        return True
    words = t.replace("-", " ").split()
    if any(w in _NOT_RUNNING for w in words) or "former" in words:
        return False
    if any(c in t for c in _CANDIDACY):
        return ("vice" in words) == vice
    return True


def _unplaced(p: _Actor) -> bool:
    """No title of a post of his own, or a candidacy: as likely a party's nominee as any (a
    person with another office and no party, "President X", "Miss Universe X", is not)."""
    t = (p.title or "").lower()
    return not t or weak_title(p.title) or any(c in t for c in _CANDIDACY)


def _party_descriptions(st: _Doc) -> None:
    """"Ann Roe cited remarks Tom Vale had made as examples of the Republican nominee's
    disrespect": with a Republican Vale and a Democrat Roe in the stretch before it, Vale's."""
    text = st.text
    people = [a for a in st.actors.values() if a.kind == "person" and a.mentions]
    hits = []
    for m in _RX_DESCRIBED_ROLE.finditer(text):
        if m.group(1) not in N.PARTY_LABELS or _RX_APPOS_NAME.match(text, m.end()):
            continue
        if not m.group(2).endswith(_CANDIDACY):
            continue
        if text.startswith(("'s", "’s"), m.end()) or m.group()[0] == "T" or (
            _RX_CONJ_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and _RX_CLAUSE_VERB_AFTER.match(text, m.end())
        ):
            hits.append(m)
    if not hits:
        return
    ments = sorted((ms, id(a), a) for a in people for ms, _me in a.mentions)
    starts = [x[0] for x in ments]
    for m in hits:
        party = _STEM.get(m.group(1))
        if party is None:
            continue
        role = " ".join(m.group(2).split())
        vice = "vice" in role
        lo = bisect.bisect_left(starts, m.start() - _REACH)
        hi = bisect.bisect_left(starts, m.start())
        seen: dict[int, _Actor] = {id(x[2]): x[2] for x in ments[lo:hi]}
        if any(p.title and role in p.title.lower() and party in _parties(text, p)
               for p in seen.values()):
            continue  # a holder already titled with it: the description is his (views read it)
        runners = [(p, _parties(text, p)) for p in seen.values() if _may_run(p, vice)]
        holders = [p for p, got in runners if got == {party}]
        if len(holders) != 1 or any(not got and _unplaced(p) for p, got in runners):
            continue  # someone of no known party and no office may be the nominee too: open
        who = holders[0]
        if who.title and not weak_title(who.title):
            continue
        who.title = " ".join([m.group(1), *role.split()])
