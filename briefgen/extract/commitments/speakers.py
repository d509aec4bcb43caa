"""Who "we", "they", "he" and a speaker's body are: the speaker's own body, firm, country or
family (_speaker_body, _we, _home_country, _home_firm, _family_of, _title_bodies), plural
groups and chains of conjoined actors (_plural_group, _chain, _pairs_before), the quote or
view an offset sits in (_first_person, _continued_view, _quote_at, _document_author,
_signatory), pronoun persons, campaigns, "on behalf of", and surname look-ups (_by_surname).
The readings subject resolution builds on.
"""

from __future__ import annotations

import bisect
import re

from briefgen.extract import coref
from briefgen.extract.commitments.patterns import (
    _COORD,
    _OFFICIAL_TITLE,
    _OPEN_QUOTE,
    _PROPER_NAME,
    _TITLE_WORD,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _last_pos,
    _mentions_in,
    _view_at,
)
from briefgen.lazyre import lazy
from briefgen.model import Actor, View


def _home_country(ctx: _Ctx) -> str | None:
    """The country the article names most often (first named on a tie): whose "we" an official
    with no country of their own speaks for."""
    if ctx.home is None:
        counts: dict[str, int] = {}
        for _s, _e, aid in ctx.mentions:
            if ctx.actors[aid].kind == "country":
                counts[aid] = counts.get(aid, 0) + 1
        ctx.home = max(counts, key=lambda a: counts[a]) if counts else ""
    return ctx.home or None


_EXECUTIVE_TITLE = lazy(
    r"\b(?:chairman|chairwoman|chief\s+executive|executive|officer|president|treasurer|"
    r"director|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
_FIRM_NAME = lazy(
    r"\b(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|S\.A|N\.V|Group|Holdings|Bancorp|Bank)\b\.?$"
)


def _home_firm(ctx: _Ctx) -> str | None:
    """The company a business story is about: the organisation named most often, when its name
    says it is a firm and it is named more often than any country (a wire story about a
    company, not a government). Whose "we" an executive with no employer given speaks for."""
    if ctx.firm is None:
        counts: dict[str, int] = {}
        for _s, _e, aid in ctx.mentions:
            if ctx.actors[aid].kind in ("organization", "country"):
                counts[aid] = counts.get(aid, 0) + 1
        top = max(counts, key=lambda a: counts[a]) if counts else ""
        ok = bool(top) and ctx.actors[top].kind == "organization" and bool(
            _FIRM_NAME.search(ctx.actors[top].name)
        )
        ctx.firm = top if ok else ""
    return ctx.firm or None


def _speaker_body(ctx: _Ctx, who: str, pos: int) -> list[str]:
    """The organisation or group a quote's speaker is described by where the quote names them:
    "Tulsa police Chief X said", "said X, a spokeswoman for the agency"."""
    v = _view_at(ctx, pos) if pos >= 0 else None
    if v is None and pos >= 0:
        v = _continued_view(ctx, pos)
    if v is None or v.speaker != who or v.speaker_span is None:
        return []
    text = ctx.doc.text
    s, e = v.speaker_span
    own = [m for m in _mentions_in(ctx, s, e) if m[2] == who]
    p0 = own[0][0] if own else s
    out = []
    for _ms, me, aid in _mentions_in(ctx, max(0, p0 - 40), p0):
        if ctx.actors[aid].kind in ("organization", "group") and _TITLE_RUN.fullmatch(text, me, p0):
            out.append(aid)
    am = _BODY_APPOSITION.match(text, own[0][1] if own else e)
    if am:
        for _ms, _me, aid in _mentions_in(ctx, am.end(), am.end() + 80):
            if ctx.actors[aid].kind in ("organization", "group"):
                out.append(aid)
                break
    pm = _BODY_POSSESSOR.match(text, own[0][1] if own else e)
    if pm:
        # "X, the Roe campaign's communications director, said": the campaign (and its owner)
        for _ms, _me, aid in _mentions_in(ctx, pm.start("b"), pm.end("b")):
            if ctx.actors[aid].kind in ("organization", "group", "person") and aid not in out:
                out.append(aid)
                owner = ctx.by_name.get((ctx.actors[aid].affiliation or "").lower())
                if owner is not None and ctx.actors[owner].kind == "person" and owner not in out:
                    out.append(owner)
    om = _ONE_OF.match(text, own[0][1] if own else e)
    if om:
        # "said X, one of about 100 exiles who …": the group named by that plural
        gid = _plural_group(ctx, om.group("n").lower(), p0)
        if gid is not None and gid not in out:
            out.append(gid)
    return out


_ONE_OF = lazy(
    r",\s+one\s+of\s+(?:(?:about|some|nearly|almost|more\s+than|at\s+least)\s+)?"
    r"(?:the\s+|\d[\d,]*\s+|many\s+|several\s+|hundreds\s+of\s+|thousands\s+of\s+|dozens\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<n>[a-z]{3,}s)\b"
)


def _plural_group(ctx: _Ctx, noun: str, pos: int) -> str | None:
    """The group or organisation actor named by a plural head noun ("exiles" → "Cuban exiles",
    "leaders" → "E.U. leaders"), the latest mentioned before pos (else the first after)."""
    tail = " " + noun
    hits = [
        a.id for a in ctx.actors.values()
        if a.kind in ("group", "organization") and a.name.lower().endswith(tail)
    ]
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0]
    return max(hits, key=lambda h: _last_pos(ctx, pos, h))


# between an organisation and the person it employs: "police Chief ", "Department spokesman "
_TITLE_RUN = lazy(
    r"(?:[’']s)?\s+(?:(?!(?:and|or|with|said|says|told|but|to|from|by)\s)"
    r"(?-i:[A-Z][a-z.]+|[a-z]+)\s+){0,3}"
)
_BODY_APPOSITION = lazy(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|director|chief|"
    r"head|leader|president|chairman|chairwoman|member|officer|lawyer|attorney|pastor|minister)\s+"
    r"(?:for|of|at|with)\s+(?:the\s+)?(?=[A-Z])",
)


_BODY_POSSESSOR = lazy(
    r",\s+the\s+(?P<b>[A-Z][\w.&-]*(?:\s+[\w.&-]+){0,3}?)[’']s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:spokes(?:man|woman|person)|director|chief|head|chairman|chairwoman|manager|"
    r"secretary|officer|adviser|advisor|strategist|aide)\b"
)


def _we(ctx: _Ctx, who: str, pos: int = -1) -> list[str]:
    """The committers of "we"/"our" said by `who`: the speaker and their country; an official
    with no known country speaks for the article's home country; the body the quote describes
    the speaker by ("Tulsa police Chief X") speaks too."""
    out = _with_countries(ctx, [who])
    for b in _speaker_body(ctx, who, pos):
        if b not in out:
            out.append(b)
    a = ctx.actors.get(who)
    if (
        a is not None
        and a.kind == "person"
        and (fam := _family_of(ctx, who, pos)) is not None
        and fam not in out
    ):
        out.append(fam)  # '"We will keep fighting," said the boy's great-uncle': the family
    if len(out) == 1 and a is not None and a.kind == "person" and a.title and not a.affiliation:
        out.extend(b for b in _title_bodies(ctx, a) if b not in out)
    if (
        len(out) == 1
        and a is not None
        and a.kind == "person"
        and not a.affiliation
        and _EXECUTIVE_TITLE.search(a.title or "")
        and (firm := _home_firm(ctx)) is not None
    ):
        out.append(firm)  # '"We'd like to cut debt," President X said' in a story about a firm
        return out
    if (
        a is not None
        and a.kind == "person"
        and _OFFICIAL_TITLE.search(a.title or "")
        and (
            len(out) == 1
            or (len(out) == 2 and not a.affiliation and ctx.actors[out[1]].kind == "organization")
        )
    ):
        home = _home_country(ctx)
        if home:
            out.append(home)
    return out


_FAMILY_NAME = lazy(r"\b(?:relatives|family|families|kin)$", re.IGNORECASE)
_NOT_KIN = frozenset(("spokesman", "spokeswoman", "spokesperson", "lawyer"))


def _family_of(ctx: _Ctx, who: str, pos: int) -> str | None:
    """The family a relative speaks for: when the text introduces `who` as someone's kin
    ("great-uncle X", "the boy's father, X", "X, his cousin"), the group actor the text names
    as a family or relatives ("the Miami relatives", "Roe's family"), of that person when the
    text says whose, the latest named before pos."""
    families = [g for g in ctx.actor_list if g.kind == "group" and _FAMILY_NAME.search(g.name)]
    if not families:
        return None
    rel = coref.descriptions(ctx.doc, ctx.actor_list).relations()
    owners = {
        oid for r, pairs in rel.items() if r not in _NOT_KIN for oid, pid in pairs if pid == who
    }
    if not owners:
        return None
    names = {ctx.actors[o].name for o in owners if o is not None and o in ctx.actors}
    best, best_at = None, -1
    for g in families:
        if names and g.affiliation and g.affiliation not in names:
            continue  # another person's family
        at = _last_pos(ctx, pos if pos >= 0 else len(ctx.doc.text), g.id)
        if at > best_at:
            best, best_at = g.id, at
    return best


# An office named by its title: the department the holder runs, as actors name it
_TITLE_DEPARTMENTS = (
    (lazy(r"\battorney\s+general\b", re.IGNORECASE), ("justice department", "department of justice")),
    (lazy(r"\bsecretary\s+of\s+state\b", re.IGNORECASE), ("state department", "department of state")),
    (
        lazy(r"\b(?:defen[cs]e\s+secretary|secretary\s+of\s+defen[cs]e)\b", re.IGNORECASE),
        ("pentagon", "defense department", "department of defense"),
    ),
    (
        lazy(r"\b(?:treasury\s+secretary|secretary\s+of\s+the\s+treasury)\b", re.IGNORECASE),
        ("treasury", "treasury department", "department of the treasury"),
    ),
)
# "the Hungarian foreign minister, X" / "Acme spokesman X": the title words after the body
_TITLE_AFTER_BODY = lazy(
    r"(?:[’']s)?\s+(?:[a-z-]+\s+){0,3}?(?:minister|secretary|president|ambassador|envoy|premier|"
    r"chancellor|spokes(?:man|woman|person)|official)\s*,?\s*$",
    re.IGNORECASE,
)
_SPOKES_TITLE = lazy(r"spokes(?:man|woman|person)", re.IGNORECASE)


def _title_bodies(ctx: _Ctx, a: Actor) -> list[str]:
    """For whom an official with no affiliation speaks when saying "we": the department their
    title names ("Deputy Attorney General X" → the Justice Department, when the text names it),
    the country or body named just before the title where X is introduced ("the Hungarian
    foreign minister, X"), and for a spokesperson introduced bare, the body of the latest
    "<Body> spokesman" before ("A Pentagon spokesman said …; said spokesman X")."""
    out: list[str] = []
    title = a.title or ""
    for pat, names in _TITLE_DEPARTMENTS:
        if pat.search(title):
            for n in names:
                bid = ctx.by_name.get(n)
                if bid is not None:
                    out.append(bid)
                    break
    if out or not a.mentions:
        return out
    text = ctx.doc.text
    p0 = a.mentions[0][0]
    for _ms, me, aid in reversed(_mentions_in(ctx, max(0, p0 - 60), p0)):
        if ctx.actors[aid].kind in ("country", "organization") and _TITLE_AFTER_BODY.match(
            text[me:p0]
        ):
            return [aid]
    if _SPOKES_TITLE.search(title):
        last = None
        for m in _SPOKES_TITLE.finditer(text, max(0, p0 - 3000), p0):
            if p0 - m.end() > 20:  # not the title in X's own introduction
                last = m
        if last is not None:
            for _ms, me, aid in _mentions_in(ctx, max(0, last.start() - 40), last.start()):
                if ctx.actors[aid].kind in ("country", "organization") and (
                    text[me : last.start()].strip() in ("", "’s", "'s")
                ):
                    return [aid]
    return out


def _with_countries(ctx: _Ctx, ids: list[str]) -> list[str]:
    out = list(ids)
    if ctx.speaker_country and ctx.speaker in ids and ctx.speaker_country not in out:
        out.append(ctx.speaker_country)
    for aid in ids:
        a = ctx.actors[aid]
        for name in (a.country, a.affiliation):
            cid = ctx.by_name.get((name or "").lower())
            if cid and cid not in out:
                out.append(cid)
    return out


def _kinds_ok(ctx: _Ctx, ids: list[str] | tuple[str, ...], kind: str) -> bool:
    return sum(ctx.actors[a].kind == kind for a in ids) >= 2


def _chain(ctx: _Ctx, text: str, i: int) -> tuple[int, tuple[str, ...], bool]:
    """The mentions joined to mention i leftwards by "and", commas or titles: where the chain
    starts, its actor ids in order, and whether a coordination joined them (cached per i)."""
    group = [ctx.mentions[i]]
    coordinated = False
    j = i - 1
    while j >= 0:
        prev = ctx.mentions[j]
        if prev[1] > group[0][0]:  # nested or overlapping mention ("Kenyan" in "Kenyan Army")
            j -= 1
            continue
        gap = text[prev[1] : group[0][0]]
        if _COORD.match(gap) or _TITLE_GAP.match(gap):
            coordinated = coordinated or bool(_COORD.match(gap))
            group.insert(0, prev)
            j -= 1
        else:
            break
    return group[0][0], tuple(dict.fromkeys(m[2] for m in group)), coordinated


def _pairs_before(ctx: _Ctx, pos: int, kind: str | None = None) -> tuple[int, list[str]] | None:
    """The last two actors mentioned together ("X and Y", "X, Y and Z") before `pos`."""
    text = ctx.doc.text
    i = bisect.bisect_left(ctx.starts, pos) - 1
    chains = ctx.chains
    while i > 0 and ctx.mentions[i][0] >= pos - 2500:
        chain = chains.get(i)
        if chain is None:
            chain = chains[i] = _chain(ctx, text, i)
        group0, chain_ids, coordinated = chain
        if not coordinated or len(chain_ids) < 2:
            i -= 1
            continue  # a lone mention, or no "and": no pair, whatever the filters below
        ids = list(chain_ids)
        if kind is None and any(ctx.actors[a].kind != "place" for a in ids):
            ids = [a for a in ids if ctx.actors[a].kind != "place"]  # "X in Paris and Y"
        if len(ids) >= 2 and coordinated and (kind is None or _kinds_ok(ctx, ids, kind)):
            quote = _view_at(ctx, group0)
            if quote is None or not quote.direct or quote is _view_at(ctx, pos):
                return group0, ids
            # a pair named inside someone's quote ("… letting Chile and Peru pool
            # their resources," X said) is not what a later "the two parties" refers to
        i -= 1
    return None


_TITLE_GAP = lazy(r"^\s*\)?\s+(?:" + _TITLE_WORD + r"\s+){0,4}$")


def _first_person(ctx: _Ctx, pos: int) -> str | None:
    """Who "I"/"we" at pos is: the speaker of the quote around it; in reported (indirect)
    speech the narrator, i.e. the speaker of the remarks ("I assured her that we would …")."""
    view = _view_at(ctx, pos)
    if view is not None and (view.direct or not ctx.speaker):
        return view.speaker
    if view is None and not ctx.speaker:
        return _continued_quote(ctx, pos)
    return ctx.speaker


# a quote said by a document: "'We will …,' the statement said"
_DOCUMENT = lazy(
    r"(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?P<d>statement|communiqu[eé]|letter|release|notice)$",
    re.IGNORECASE,
)


def _document_author(ctx: _Ctx, pos: int) -> str | None:
    """The body whose document speaks a quote ('"We are searching for …," the statement
    said'): the organisation opening the sentence that last named that document ("X said in a
    statement that …", of whatever kind)."""
    v = _view_at(ctx, pos)
    dm = _DOCUMENT.match(v.speaker_text or "") if v is not None and v.direct else None
    if dm is None or v is None:
        return None
    text = ctx.doc.text
    noun = dm.group("d").lower()[:8]
    at = text.lower().rfind(noun, max(0, v.span[0] - 3000), v.span[0])
    sent = ctx.doc.sentence_at(at) if at >= 0 else None
    if sent is None:
        return None
    for _s, _e, aid in _mentions_in(ctx, sent.span[0], at):
        if ctx.actors[aid].kind != "place":
            return aid  # a person's statement too ("X said in a statement")
    return None


def _signatory(ctx: _Ctx, pos: int) -> str | None:
    """The writer of a letter or column whose "I" speaks outside any quote: the person whose
    name alone makes one of the next three paragraphs (the signature: "Ann Roe." / "Boston.").
    Never a name with other words in its paragraph, which is a sentence about that person."""
    if _view_at(ctx, pos) is not None:
        return None
    doc = ctx.doc
    pi = doc.paragraph_index(pos)
    if pi is None:
        return None
    text = doc.text
    for p in doc.paragraphs[pi + 1 : pi + 4]:
        ps, pe = p.span
        if pe - ps > 60:
            continue
        for ms, me, aid in _mentions_in(ctx, ps, pe):
            if (
                ctx.actors[aid].kind == "person"
                and not text[ps:ms].strip(" \t-—–")
                and not text[me:pe].strip(" \t.,")
            ):
                return aid
    return None


def _continued_quote(ctx: _Ctx, pos: int) -> str | None:
    """ '"No," X said. "I will …"': a quote with no view of its own continues the direct quote
    just before it in the same paragraph; its speaker is the "I"/"we"."""
    v = _continued_view(ctx, pos)
    return v.speaker if v is not None else None


def _continued_view(ctx: _Ctx, pos: int) -> View | None:
    """The direct quote a quote with no view of its own continues (see _continued_quote)."""
    text = ctx.doc.text
    para = text.rfind("\n", 0, pos) + 1
    if ctx.direct_ends is None:
        direct = sorted((v for v in ctx.views if v.direct), key=lambda v: v.span[1])
        ctx.direct_ends = ([v.span[1] for v in direct], direct)
    ends, direct = ctx.direct_ends
    # The latest-ending direct view in [para, pos]; of equal ends the first in ctx.views
    # (the stable sort keeps their order), as the plain scan over ctx.views picked.
    j = bisect.bisect_right(ends, pos) - 1
    best = direct[bisect.bisect_left(ends, ends[j])] if j >= 0 and ends[j] >= para else None
    if best is None or not _OPEN_QUOTE.search(text, best.span[1] + 1, pos):
        return None
    return best


def _quote_at(ctx: _Ctx, pos: int) -> View | None:
    """The direct quote whose words hold pos, in its first part or a later one ('"A," she
    said. "B."'): never a quote that merely ends earlier in the paragraph."""
    text = ctx.doc.text

    def quoted(s: int) -> bool:  # the part opens on a quotation mark, not a paraphrase
        return text[max(0, s - 3) : s].rstrip()[-1:] in ("\"", "“", "'", "‘", "`")

    v = _view_at(ctx, pos)
    if v is not None and v.direct and v.span[0] <= pos < v.span[1]:
        return v if quoted(v.span[0]) else None
    for v in ctx.views:
        if v.direct and any(s <= pos < e and quoted(s) for s, e in v.spans):
            return v
    return None


def _pronoun_person(
    ctx: _Ctx, pos: int, pronoun: str, others: list[str], lo: int = -1
) -> str | None:
    """The person a "he"/"she" at pos names when it cannot be one of `others` (the other
    conjunct, the quote's speaker): the latest agreeing person mentioned before it (from lo)."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    lo = max(lo, pos - 3000)
    while i >= 0 and ctx.mentions[i][0] >= lo:
        a = ctx.actors[ctx.mentions[i][2]]
        if a.kind == "person" and a.id not in others and coref.agrees(ctx.gender, a, pronoun):
            return a.id
        i -= 1
    return None


def _campaign_of(ctx: _Ctx, pid: str) -> list[str]:
    """The campaign organisation of person `pid` ("Roe campaign" affiliated to Jane Roe)."""
    name = ctx.actors[pid].name
    surname = name.split()[-1].lower() if name else ""
    for a in ctx.actor_list:
        low = a.name.lower()
        if a.kind in ("organization", "group") and low.endswith(" campaign") and (
            a.affiliation == name or low == f"{surname} campaign"
        ):
            return [a.id]
    return []


# "On behalf of everyone at Acme, we …": the body the speaker speaks for
_BEHALF_WE = lazy(
    r"\bon\s+behalf\s+of\s+(?:(?:everyone|everybody|all\s+of\s+us|all)\s+(?:at|in)\s+)?"
    r"(?P<b>[^,;:]{2,60}),\s*$",
    re.IGNORECASE,
)


def _on_behalf(ctx: _Ctx, start: int) -> list[str]:
    """The organisations or countries named in an opening "On behalf of X," before "we"/"I"."""
    sent = ctx.doc.sentence_at(start)
    s0 = sent.span[0] if sent else max(0, start - 120)
    text = ctx.doc.text
    if "behalf" not in text[s0:start]:
        return []
    m = _BEHALF_WE.search(text, s0, start)
    if m is None:
        return []
    return [
        aid for _ms, _me, aid in _mentions_in(ctx, m.start("b"), m.end("b"))
        if ctx.actors[aid].kind in ("organization", "country", "group")
    ]


def _by_surname(ctx: _Ctx, name: str, pronoun: str = "") -> str | None:
    """The one actor named `name` in full or whose name ends with it (a surname), else None;
    with a pronoun, people the text shows to be of the other gender are passed over ("Clinton's
    team says she will …" with two Clintons, one a man)."""
    if not _PROPER_NAME.fullmatch(name):
        return None
    aid = ctx.by_name.get(name.lower())
    if aid and not pronoun:
        return aid
    tail = " " + name.lower()
    found = {
        a.id for a in ctx.actors.values()
        if a.kind == "person"
        and (a.name.lower().endswith(tail) or a.id == aid)
        and (not pronoun or coref.agrees(ctx.gender, a, pronoun))
    }
    return found.pop() if len(found) == 1 else None
