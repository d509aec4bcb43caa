"""Roles read once the people are known: a lower-case role right before a name, an affiliation
that names a person, the post a person holds now, bio lines, appointments, company officers,
described roles ("the Republican nominee"), committee and court members, and the person a
possessive staff role serves ("Her campaign manager, Tom Vale").
"""

from __future__ import annotations

import bisect
import re

from briefgen import rules
from briefgen.extract import names as N
from briefgen.extract.actors.appositives import _role_clause
from briefgen.extract.actors.patterns import (
    _CLAUSE_WORDS,
    _FIRM_LAST_WORDS,
    _OFFICER_TITLES,
    _PARTY_NAMES,
    _RX_ROLE_HEAD_END,
    _STAFF_ROLES,
    _TIME_MODIFIERS,
)
from briefgen.extract.actors.runs import _known_org, _org_of_run
from briefgen.extract.actors.served import weak_title
from briefgen.extract.actors.state import _Actor, _Doc
from briefgen.lazyre import lazy
from briefgen.model import Actor, Document

# "X, an economist who served as budget director and is now president of the Harbor Forum",
# "Mr. X served as budget director and is now president of the Harbor Forum": the post the
# person holds now, at an organisation the text names
_RX_NOW_ROLE = lazy(
    r"(?:,[ \xa0]+(?:an?[ \xa0]+[a-z][^,;:()\"“”.]{0,60}?[ \xa0]+)?who|)[ \xa0]+"
    r"(?:(?:served|worked|was|spent)[ \xa0][^.;:()\"“”]{0,120}?[ \xa0]and[ \xa0]+)?"
    r"is[ \xa0]+now[ \xa0]+(?:the[ \xa0]+)?(?P<role>(?:[a-z][a-z-]*[ \xa0]+){0,2}?[a-z][a-z-]*)"
    r"[ \xa0]+(?:of|at)[ \xa0]+(?:the[ \xa0]+)?"
    rf"(?P<org>{N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|and|the)[ \xa0]+)*{N.ORG_TOK})*)"
)


def _now_roles(st: _Doc) -> None:
    """A post the text says a person holds now ("… and is now president of the Harbor Forum")
    is her title and its organisation her affiliation: it says more than a description
    ("an economist") or a past post. Only a known title word, and a known organisation or a
    name of two words or more that is no place and no person; a person with another
    affiliation keeps hers."""
    text = st.text
    for a in list(st.actors.values()):
        if a.kind != "person" or (a.affiliation and a.title):
            continue
        for _, e in a.mentions:
            m = _RX_NOW_ROLE.match(text, e)
            if m is None:
                continue
            role = m.group("role")
            last = role.rsplit(None, 1)[-1]
            if N.TITLE_KIND.get(last) in (None, "honorific") or any(
                w in _CLAUSE_WORDS for w in role.split()
            ):
                continue
            run = _org_of_run(m.group("org"))
            run = run.rstrip(".") if run else None
            org = _known_org(st, run) if run else None
            if org is None and run and " " in run and run not in N.GAZ and not any(
                st.person_token(w) or w in N.GIVEN for w in run.split()
            ):
                org = run  # "president of the Harbor Policy Forum": a post's body, by its name
            if org is None or (a.affiliation and a.affiliation != org):
                continue
            a.title, a.affiliation = " ".join(role.split()), org
            break


_RX_BIO_OPEN = lazy(r"(?:\A|[.!?\n])[ \xa0\"“'‘]*(?:(?:Mr|Mrs|Ms|Dr)\.?[ \xa0]+)?\Z")
_RX_BIO_COPULA = lazy(rf"[ \xa0]+(?:is|was)[ \xa0]+(?:an?[ \xa0]|the[ \xa0]|{N.ORG_TOK}['’]s[ \xa0])")
# words that make "X is the first candidate …" a judgement of the person, not a post
_BIO_NOT_ROLE = frozenset((
    "first", "only", "last", "next", "latest", "second", "third", "best", "worst", "ideal",
    "perfect", "biggest", "natural", "likely", "obvious", "clear", "real", "true", "such",
))


def _bio_lines(st: _Doc) -> None:
    """A later sentence that opens with the person's other mention and says what she is
    ("Roe is the finance minister of France.", "Mr. Roe is a senior fellow at the Acme
    Institute."): the role and its body or country, read as after the first mention, for a
    person no rule gave a title (a title the first mention holds says more). Only a known
    title word ends the role ("Roe is an honest broker", "Roe is the first candidate to …":
    no post)."""
    text = st.text
    for a in st.actors.values():
        if a.kind != "person" or a.title or a.fallback is not None or len(a.mentions) < 2:
            continue
        for s, e in sorted(a.mentions)[1:]:
            if not _RX_BIO_COPULA.match(text, e) or not _RX_BIO_OPEN.search(
                text, max(0, s - 8), s
            ):
                continue
            clause = _role_clause(st, e, min(len(text), e + 240))
            if clause is None:
                continue
            words = _RX_ROLE_HEAD_END.split(clause[0].lower(), 1)[0].split()
            if not words or len(words) > 5 or _BIO_NOT_ROLE.intersection(words) or (
                clause[1] is None and clause[2] is None and len(clause[0].split()) > 4
            ) or not any(
                w in N.TITLE_CANON and N.TITLE_KIND.get(w) != "honorific"
                for w in (words[-1], " ".join(words[-2:]))
            ):
                continue
            a.fallback = clause
            break


def _in_quote(text: str, lo: int, s: int) -> bool:
    """Whether s is inside a quotation opened in text[lo:s] (its paragraph so far)."""
    part = text[lo:s]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


def _pronoun_served(doc: Document, out: list[Actor]) -> None:
    """"Ann Roe … Her campaign manager, Tom Vale, said": the person a staff role serves is the
    nearest person named before the pronoun, in its paragraph or the one before, whose gender
    the text shows and matches it (coref.genders); a campaign role serves her campaign ("Roe
    campaign"). Only for one with no affiliation; the role the text states becomes the title
    when the title read so far is its last word ("manager" -> "campaign manager")."""
    from briefgen.extract import coref  # (only when such a role is in the text: lazily)

    text = doc.text
    found: list[tuple[int, re.Match[str]]] = []
    for i, a in enumerate(out):
        if a.kind != "person" or a.affiliation is not None:
            continue
        for ms, _ in a.mentions:
            # the word before the name a staff role's last word: most names have none
            w = text[max(0, ms - 16) : ms].rsplit(None, 1)
            if w and w[-1].rstrip(",") in _PRONOUN_STAFF_LAST and (
                m := _RX_PRONOUN_STAFF.search(text, max(0, ms - 80), ms)
            ):
                found.append((i, m))
                break
    if not found:
        return
    gender: dict[str, str] | None = None
    paras = [p.span for p in doc.paragraphs]
    para_starts = [ps for ps, _ in paras]
    for i, m in found:
        p = out[i]
        k = bisect.bisect_right(para_starts, m.start()) - 1
        lo = paras[k - 1][0] if k >= 1 else (paras[0][0] if paras else 0)
        if gender is None:
            gender = dict(coref.genders(doc, out))
        want = "m" if m.group(1).lower() == "his" else "f"
        best: tuple[int, int] | None = None
        for j, q in enumerate(out):
            if j == i or q.kind != "person" or gender.get(q.id) != want:
                continue
            for ms, _ in q.mentions:
                if lo <= ms < m.start() and (best is None or ms > best[0]) and not _in_quote(
                    text, paras[bisect.bisect_right(para_starts, ms) - 1][0], ms
                ):  # (not "on “The Late Show with Tom Roe.”": a name inside a quote)
                    best = (ms, j)
        if best is None:
            continue
        q = out[best[1]]
        role = " ".join(m.group(2).split() + m.group(3).split())
        aff = f"{q.name.split()[-1]} campaign" if "campaign" in role.split() else q.name
        title = p.title
        if title is None or (role.endswith(" " + title) and title.islower()):
            title = role
        out[i] = Actor(
            p.id, p.name, p.kind, title, aff, p.country, p.aliases, p.mentions, p.salience,
            p.rule,
        )


# "X (, 61,) (also) was appointed (a) president and treasurer (of Y)": the office the
# person was named, elected or appointed to; the phrase ends at a clause edge or "of".
_RX_NAMED_TO = lazy(
    r"(?:,[ \xa0]+\d{1,3},)?[ \xa0]+(?:also[ \xa0]+)?(?:was|has[ \xa0]+been|had[ \xa0]+been)"
    r"[ \xa0]+(?:also[ \xa0]+)?(?:named|elected|appointed)[ \xa0]+(?:as[ \xa0]+)?(?:(?:a|an|the)[ \xa0]+)?"
    r"([a-z][a-z \xa0-]{1,60}?)(?=[,.;]|[ \xa0]+(?:of|at|for|to|in|on|by|effective|and[ \xa0]+will)[ \xa0]|$)"
)
_RX_OF_RUN = lazy(rf"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?({N.ORG_TOK}(?:[ \xa0]+{N.ORG_TOK})*)")


def _named_to_office(st: _Doc) -> None:
    """"Ann Roe was appointed president and chief operating officer of Harlow Corp.": one with
    no title yet holds the office the text says he was named, elected or appointed to; every
    part of the phrase must be a title ("was named in the suit", "was named after her aunt",
    "was elected to the Senate" give none), and "of <name>" gives the affiliation when it is
    an organisation or a place."""
    text = st.text
    for a in st.actors.values():
        if a.kind != "person" or a.title:
            continue
        for _, me in sorted(a.mentions):
            m = _RX_NAMED_TO.match(text, me)
            if not m:
                continue
            phrase = " ".join(m.group(1).split())
            if not all(N.TITLE_ANY_RE.fullmatch(part) for part in phrase.split(" and ")):
                continue
            a.title = phrase
            of = _RX_OF_RUN.match(text, m.end(1))
            if of and not a.affiliation:
                run = of.group(1).rstrip(",")
                org = st.actors.get(("other", run.lower()))
                if org is not None or run in N.GAZ or _RX_CORP_NAME_END.search(run):
                    a.affiliation = run
            break


_RX_CORP_NAME_END = lazy(r"(?:Corp\.?|Inc\.?|Co\.|Ltd\.?|Bank|Group|Company|Corporation)$")
def _held_in() -> dict[str, tuple[str, ...]]:
    """Office (lower case) -> the bodies it belongs to when written alone (titles.json 'held_in')."""
    out: dict[str, tuple[str, ...]] = {}
    for e in rules.load("titles")["entries"]:
        if e.get("held_in"):
            for f in e["forms"]:
                out[f.lower()] = tuple(e["held_in"])
    return out


_HELD_IN = _held_in()


def _office_bodies(st: _Doc) -> None:
    """"Secretary-General Ana Vidal" in a story that names the United Nations: an office written
    alone belongs to the one body of its kind the text names (titles.json 'held_in'); with none
    or two of them named ("NATO and the U.N. met"), no affiliation is guessed. An organ of a body
    names the body ("the U.N. Security Council", affiliation United Nations)."""
    named_bodies: set[str] | None = None
    for p in st.actors.values():
        if p.kind != "person" or p.affiliation or not p.title:
            continue
        title = p.title.lower()
        for t in _TIME_MODIFIERS:
            if title.startswith(t + " "):
                title = title[len(t) + 1 :]
        bodies = _HELD_IN.get(title)
        if bodies is None:
            continue
        if named_bodies is None:
            named_bodies = {
                n.lower() for a in st.actors.values() if a.kind == "organization" and a.mentions
                for n in (a.name, a.affiliation) if n
            }
        named = [b for b in bodies if b.lower() in named_bodies]
        if len(named) == 1:
            p.affiliation = named[0]


_OFFICER_REACH = 1500  # characters back from the officer's first mention to the firm's


def _company_officers(st: _Doc) -> None:
    """A corporate officer named without a company ("Control Data Corp. said ... Price,
    chairman and chief executive, said"; "says Ann Roe, a vice president") works for the firm
    the text named last before him: business writing names the company, then its officers."""
    firms: dict[str, tuple[list[int], list[str]]] = {}  # name: mention starts, own words
    for a in st.actors.values():
        if a.kind == "organization" and a.name.rsplit(None, 1)[-1] in _FIRM_LAST_WORDS:
            firms[a.name] = (sorted(ms for ms, _ in a.mentions), [
                w for w in a.name.split()
                if len(w) > 3 and w not in _FIRM_LAST_WORDS and w not in N.ORG_HEADS
            ])
    if not firms:
        return
    text = st.text
    for p in st.actors.values():
        if p.kind != "person" or p.affiliation or not p.title or not p.mentions:
            continue
        if not p.title[:1].islower() or not all(
            t in _OFFICER_TITLES for t in p.title.lower().split(" and ")
        ):
            continue  # "President Ann Roe": a head of state or government, no company's
        first = min(ms for ms, _ in p.mentions)
        lo = max(0, first - _OFFICER_REACH)
        # the firm named last before the officer, by a mention or one of its own words
        # ("... other Rowe funds, says X, a vice president": Rowe Associates Inc.)
        best: tuple[int, str] | None = None
        tie = False
        for name, (starts, own) in firms.items():
            k = bisect.bisect_left(starts, first)
            at = max([starts[k - 1] if k else -1] + [text.rfind(w, lo, first) for w in own])
            if at < lo:
                continue
            if best is None or at > best[0]:
                best, tie = (at, name), False
            elif at == best[0]:
                tie = True
        if best is not None and not tie:
            p.affiliation = best[1]


_RX_ITS_ROLE = lazy(
    r"(?:(^|[.!?\n][\"”’']?[ \xa0]+|\n)Its|(?<![\w-])its)[ \xa0]+([a-z][\w -]{1,40}?),[ \xa0]*\Z"
)
_RX_SENTENCE_END = lazy(r"[.!?][\"”’']?[ \xa0\n]")
_ITS_REACH = 300  # characters back to the body "its" stands for


def _its_roles(st: _Doc) -> None:
    """"Acme Corp. cut jobs. Its chief executive, Ann Roe, said …": the role after a
    sentence's opening "Its", in front of a name, is held at the organisation or country named
    last before it (a person named last in between: no reading, "its" is no person's); a
    mid-sentence "its" only when that body is named in the same sentence ("the group and its
    leader, X" after "France." is no Frenchman)."""
    text = st.text
    if "ts " not in text:
        return
    spans: list[tuple[int, _Actor]] | None = None
    for p in st.actors.values():
        if p.kind != "person" or p.affiliation or p.country or not p.title or not p.mentions:
            continue
        first = min(ms for ms, _ in p.mentions)
        lo = max(0, first - 52)
        if text.find("ts", lo, first) < 0 or not text[lo:first].rstrip(" \xa0").endswith(","):
            continue  # (no "its" or no comma right before the name: no match, most people)
        m = _RX_ITS_ROLE.search(text, lo, first)
        if m is None or not m.group(2).endswith(p.title.split()[-1]):
            continue  # ("According to a summary of its inquiry, X said": no role of hers)
        if spans is None:
            spans = sorted((
                (me, a) for a in st.actors.values() if a.kind != "group"
                for _, me in a.mentions
            ), key=lambda x: x[0])
        k = bisect.bisect_right(spans, m.start(), key=lambda x: x[0])
        if not k or spans[k - 1][0] < m.start() - _ITS_REACH:
            continue
        owner = spans[k - 1][1]
        if m.group(1) is None and _RX_SENTENCE_END.search(text, spans[k - 1][0], m.start()):
            continue  # a mid-sentence "its": only a body named in that sentence
        if owner.kind == "organization":
            p.affiliation = owner.name
        elif owner.kind == "country":
            p.country = owner.name


_RX_DESCRIBED_ROLE = lazy(
    r"[Tt](?<![\w-].)he[ \xa0]+(?:(?:presumptive|likely|maverick|veteran)[ \xa0]+)?"
    r"([A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?|GOP)[ \xa0]+((?:(?:vice[ \xa0-])?presidential[ \xa0]+)?"
    r"(?:nominee|candidate|front-?runner|senator|governor|congressman|congresswoman))(?![\w-])"
)
_RX_APPOS_NAME = lazy(r",?[ \xa0]+[A-Z]")
# A subordinating word before "the <party> nominee", and a verb after it: the clause's subject
_RX_CONJ_BEFORE = lazy(
    r"(?<![\w-])(?:as|when|that|because|after|before|while|since|although|though|if|whether|"
    r"until|unless)[ \xa0]+\Z"
)
_RX_CLAUSE_VERB_AFTER = lazy(
    r"[ \xa0]+(?:[a-z]+(?:s|ed)|will|would|can|could|may|might|must|should|has|had|is|was|"
    r"did|does)(?![\w'’-])"
)
_DESCRIBED_ROLE_WORDS = ("nominee", "candidate", "runner", "senator", "governor", "congress")
_DESCRIBED_REACH = 400  # characters back to the person a description refers to
_DOMINANT_REACH = 1500  # characters back to the text's main person for a party's nominee
_PARTY_STEM = {"GOP": "Republican", "Republicans": "Republican", "Democrat": "Democratic",
               "Democrats": "Democratic"}


def _party_fits(party: str, aff: str | None) -> bool:
    """Whether a person of this affiliation can be "the <party> nominee": no affiliation, or
    that party's ("Republican", "Republican Party"), never another party or a body."""
    if aff is None:
        return True
    stem = _PARTY_STEM.get(party, party)
    first = aff.split()[0]
    return _PARTY_STEM.get(first, first) == stem


def _dominant_person(people: list[_Actor]) -> _Actor | None:
    """The person a text is about: named at least three times, and at least twice as often as
    anyone else (an election story's candidate); None when two people share the text."""
    ranked = sorted((len(p.mentions) for p in people), reverse=True)
    if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return next(p for p in people if len(p.mentions) == ranked[0])


def _described_roles(st: _Doc) -> None:
    """"Donald Roe's gains ... the Republican nominee's stance", "Cruz ... the Texas senator":
    a party's or a state's role right after a named person, who has no title yet, is his.
    Only when he is the only person named shortly before it, in the same paragraph; a party's
    nominee or candidate otherwise is the text's main person (_dominant_person) if he was named
    shortly before, has no title and no other party ("The Republican nominee has said …" in a
    story on Roe)."""
    text = st.text
    hits = []
    for m in _RX_DESCRIBED_ROLE.finditer(text):
        if _RX_APPOS_NAME.match(text, m.end()):
            continue  # "the Republican front-runner, Ann Roe,": the role of the name after it
        if m.group(1) in N.PARTY_LABELS:
            # a party's nominee is often another's rival ("Roe called the Republican
            # nominee ..."): only as a possessor or a sentence's subject
            if text.startswith(("'s", "’s"), m.end()) or m.group()[0] == "T" or (
                _RX_CONJ_BEFORE.search(text, max(0, m.start() - 12), m.start())
                and _RX_CLAUSE_VERB_AFTER.match(text, m.end())
            ):  # "… as the Democratic nominee heads for …": a clause's subject too
                hits.append(m)
        elif m.group(1) in N.GAZ and N.GAZ[m.group(1)].kind == "place":
            hits.append(m)
    if not hits:
        return
    people = [a for a in st.actors.values() if a.kind == "person" and a.mentions]
    ments = sorted((ms, me, id(a), a) for a in people for ms, me in a.mentions)
    starts = [x[0] for x in ments]
    main: _Actor | None | bool = False  # the dominant person, found on first need
    for m in hits:
        k = bisect.bisect_left(starts, m.start())
        if not k:
            continue
        title = " ".join([m.group(1), *m.group(2).split()])
        party = m.group(1) in N.PARTY_LABELS
        ps, pe, _, who = ments[k - 1]
        j = bisect.bisect_left(starts, m.start() - _DESCRIBED_REACH)
        if not (
            (who.title and not weak_title(who.title)) or m.start() - ps > _DESCRIBED_REACH or "\n" in text[ps : m.start()]
            or text[pe : m.start()].strip() in ("", ",")  # "Ann Roe, the nominee's daughter,"
            or any(ments[x][3] is not who for x in range(j, k))  # two people named just before
            or (party and not _party_fits(m.group(1), who.affiliation))
        ):
            who.title = title
            continue
        if not party or m.group(2).endswith(("senator", "governor", "congressman", "congresswoman")):
            continue
        if main is False:
            main = _dominant_person(people)
        if not isinstance(main, _Actor) or (main.title and not weak_title(main.title)) or not _party_fits(m.group(1), main.affiliation):
            continue
        last = max((x for x in range(max(0, k - 64), k) if ments[x][3] is main), default=None)
        if last is not None and m.start() - ments[last][0] <= _DOMINANT_REACH and (
            text[ments[last][1] : m.start()].strip() not in ("", ",")
        ):
            main.title = title


_PANEL_LAST = frozenset(("Committee", "Subcommittee", "Caucus"))
_PANEL_ROLE = (
    r"(?:(?:top|ranking|senior|leading)[ \xa0]+(?:Democrat|Republican|member)|ranking[ \xa0]+"
    r"minority[ \xa0]+member|(?:vice[ \xa0]+)?(?:chairman|chairwoman|chair)|co-chair|head"
    r"|member)"
)
_RX_PANEL_AFTER_NAME = lazy(  # what may stand between the name and the role
    r"(?:[ \xa0]*\([DRI]-[^()\n]{1,20}\)|,[ \xa0]+[DRI]-[A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*)?"
    r"(?=,)|[ \xa0]+of[ \xa0]+[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?(?=,))?,[ \xa0]+"
)
# "…, the senior Republican on the Senate Harbors Committee", "…, chairman of the Elm Caucus"
_RX_PANEL_OF = lazy(
    rf"(?:(?:the|a|an)[ \xa0]+)?({_PANEL_ROLE})[ \xa0]+(?:on|of)[ \xa0]+(?:the[ \xa0]+)?"
    rf"({N.ORG_TOK}(?:[ \xa0]+(?:(?:on|of|for|and|the)[ \xa0]+)*{N.ORG_TOK}){{0,8}})"
)
# "…, the panel's ranking Democrat", "…, the committee's chairman", "…, an oversight panel member"
_RX_PANEL_POSS = lazy(
    rf"(?:the[ \xa0]+(committee|panel|caucus)['’]s[ \xa0]+({_PANEL_ROLE})"
    r"|(?:an?|the)[ \xa0]+(?:([a-z]+)[ \xa0]+)?(committee|panel|caucus)[ \xa0]+(member|chairman|"
    r"chairwoman|chair))(?![\w-])"
)
# "panel Chairman Rep. X", "Oversight Chairman X", "committee chairwoman Sen. X" before a name
_RX_PANEL_BEFORE = lazy(
    r"(?<![\w-])([Pp]anel|[Cc]ommittee|[A-Z][a-z]+)[ \xa0]+((?:Vice[ \xa0]+)?(?:Chairman|"
    r"Chairwoman|Chair)|Ranking[ \xa0]+Member)[ \xa0]+(?:(?:Rep|Sen)\.[ \xa0]+|(?:Representative"
    r"|Senator)[ \xa0]+)?\Z"
)


def _panel_members(st: _Doc) -> None:
    """A lawmaker's committee or caucus, said in a role beside one of his mentions: "Rep. Ann
    Roe, the senior Republican on the Senate Harbors Committee", "Roe, the committee's
    chairman", "Rep. Tom Kerr (R-Ohio), an oversight panel member", "panel Chairman Rep. Roe".
    The body is the one the text names ("the panel": the committee named last before, or the
    only one); it is the affiliation in place of a party or a state (the role says more)."""
    text = st.text
    bodies = [
        a for a in st.actors.values()
        if a.kind == "organization" and a.mentions and not _PANEL_LAST.isdisjoint(a.name.split())
    ]  # ("Senate Harbors Committee", "Committee on Rural Roads")
    if not bodies:
        return
    firsts = sorted((min(a.mentions)[0], id(a), a) for a in bodies)

    def generic(noun: str, word: str | None, at: int) -> _Actor | None:
        fits = [
            (f, b) for f, _, b in firsts
            if (b.name.endswith("Caucus") if noun == "caucus" else not b.name.endswith("Caucus"))
            and (word is None or word.capitalize() in b.name.split())
        ]
        before = [b for f, b in fits if f < at]
        if before:
            return before[-1]
        return fits[0][1] if len(fits) == 1 else None

    for p in [a for a in st.actors.values() if a.kind == "person" and a.mentions]:
        found: tuple[_Actor | str, str] | None = None
        for ms, me in sorted(p.mentions):
            b4 = _RX_PANEL_BEFORE.search(text, max(0, ms - 60), ms)
            if b4 is not None:
                word = b4.group(1)
                body = (
                    generic("committee", None, ms) if word.lower() in ("panel", "committee")
                    else generic("committee", word, ms) if word not in N.TITLE_CANON else None
                )
                if body is not None:
                    found = (body, b4.group(2).lower())
                    break
            lead = _RX_PANEL_AFTER_NAME.match(text, me)
            if lead is None:
                continue
            of = _RX_PANEL_OF.match(text, lead.end())
            if of is not None:
                run = _org_of_run(of.group(2)) or ""
                run = run.rstrip(".")
                named = next((b for b in bodies if b.name == run or run in b.forms), None)
                if named is not None or (run and not _PANEL_LAST.isdisjoint(run.split())):
                    found = (named or run, " ".join(of.group(1).split()))
                    break
            pm = _RX_PANEL_POSS.match(text, lead.end())
            if pm is not None:
                noun = (pm.group(1) or pm.group(4)).lower()
                body = generic(noun, pm.group(3), ms)
                if body is not None:
                    found = (body, " ".join((pm.group(2) or pm.group(5)).split()))
                    break
        if found is None:
            continue
        target, role = found
        name = target if isinstance(target, str) else target.name
        aff = p.affiliation
        ref = N.GAZ.get(aff) if aff else None
        if aff is None or aff in _PARTY_NAMES or aff.split()[0] in N.PARTY_LABELS or (
            ref is not None and ref.kind in ("place", "country")
        ):
            p.affiliation = name
            if not p.title:
                p.title = role


_COURT_TITLES = frozenset(("Justice", "Chief Justice", "Associate Justice"))


def _court_members(st: _Doc) -> None:
    """"Justice Ann Roe" in a text that names one court ("the Supreme Court ruled"): a member
    of that court."""
    courts = [
        a.name for a in st.actors.values()
        if a.kind == "organization" and a.name.endswith(" Court")
    ]
    if len(courts) != 1:
        return
    for p in st.actors.values():
        if p.kind == "person" and not p.affiliation and p.title in _COURT_TITLES:
            p.affiliation = courts[0]


# "his campaign manager, Ann Roe", "Her chief policy aide Ann Roe": a staff role a pronoun owns
_PRONOUN_STAFF_ROLES = "|".join(sorted(
    (re.escape(r).replace(r"\ ", r"[ \xa0]+") for r in _STAFF_ROLES | {
        "speechwriter", "deputy", "consultant", "campaign chairwoman",
    }), key=lambda r: (-len(r), r),  # equal lengths alphabetically: one text in every process
))
_RX_PRONOUN_STAFF = lazy(
    rf"(?<![\w-])([Hh]is|[Hh]er)[ \xa0]+((?:[a-z][a-z-]*[ \xa0]+){{0,3}}?)"
    rf"({_PRONOUN_STAFF_ROLES})(?:,[ \xa0]*|[ \xa0]+)\Z"
)
_PRONOUN_STAFF_LAST = frozenset(r.rsplit(None, 1)[-1] for r in _STAFF_ROLES) | {
    "speechwriter", "deputy", "consultant", "chairwoman",
}


def _person_affiliations(st: _Doc) -> None:
    """"Clinton's lawyer Jane Roe", "Stein spokeswoman X": the affiliation is a person the text
    names, so the organisation made of it is that person's mention, not an organisation."""
    made = [
        (k, a) for k, a in st.actors.items()
        if a.kind == "organization" and a.rule in ("org.affiliation", "org.premodifier")
        and " " not in a.name
    ]
    if not made:
        return
    owners: dict[str, _Actor] = {}
    for p in st.persons:
        if p.kind == "person" and len(p.tokens) > 1:
            owners.setdefault(p.tokens[-1], p)
    for k, a in made:
        owner = owners.get(a.name)
        if owner is None or st.actors.get(("person", owner.name.lower())) is not owner:
            continue
        for span in a.mentions:
            owner.add(span, st.text[span[0] : span[1]])
        del st.actors[k]


def _pending_roles(st: _Doc) -> None:
    """"… asked by host Ann Roe", "pediatric surgeon Tom Vale": a lower-case role right before
    a name that no clause edge set off is the title of the person found there by another rule
    (a known given name, a reporting verb), if he has none."""
    for a in st.actors.values():
        if a.kind != "person" or a.title:
            continue
        for span in a.mentions:
            got = st.pending_roles.get(span)
            if got is not None:
                a.title = got[0]
                a.affiliation = a.affiliation or got[1]
                a.country = a.country or got[2]
                break
