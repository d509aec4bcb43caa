"""Readers of a capitalised run that several passes share: the institution's name inside a run
(head words, corporate suffixes), the organisation named after at/with/of, the person a run
names ("aide to Ann Roe"), where a clause starts, a quoted title of a work, an acronym's letters
in its expansion and the acronyms of a name. Organisations, titles, appositives and people all
call them, so they sit below those modules.
"""

from __future__ import annotations

from briefgen.extract import names as N
from briefgen.extract.actors.patterns import (
    _ORG_HEAD_WORDS,
    _QUOTE_OPEN,
    _RX_IN_SPLIT,
    _RX_SERVED,
    _SERVED_AFTER,
    _SURNAME_HEADS,
    _WORD,
)
from briefgen.extract.actors.state import _Doc
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy

_HYPHEN_NAME = lazy(rf"[a-z]{{1,3}}-[{N.UPPER}]")
_RX_PARTY_TAG = rx_compile(r"\(?[DRI]-")
_RX_CLAUSE_EDGE = rx_compile("[ \xa0\"“'‘(]*")
_RX_STRIPPED = rx_compile("[,.;:]")
_SAINT = frozenset(("St", "St.", "Saint"))
# Head words that name a body on their own: "the Navy and Air Force" is two bodies.
_LONE_BODIES = frozenset(
    ("Army", "Navy", "Senate", "Congress", "Parliament", "Police", "Cabinet", "Marines", "Guard")
)
# Heads that take an "on" complement ("Committee on Foreign Relations"); "Carver University on
# Long Island" is a place phrase.
_ON_HEADS = frozenset(
    ["Commission", "Committee", "Council", "Board", "Institute", "Center", "Centre", "Force", "Conference", "Panel", "Coalition", "Alliance", "Office"]
)
# words that stop a person's name (not_names) but may lead an institution's
_NAME_PART_NOUNS = frozenset(("Government", "Police", "War", "Program", "Programme"))
_CHAMBERS = frozenset(("House", "Senate", "Joint"))  # "House X and Y Committee": one body
_BASE_HEADS = frozenset(("Base", "Airfield", "Airport", "Station", "Stadium"))  # head words that are also surnames


def _head_core(w: str) -> str:
    """A word as a head word: without trailing punctuation or a possessive ("Agency’s")."""
    w = w.rstrip(",.;:")
    return w[:-2] if w.endswith(("’s", "'s")) else w


def _has_head(run: str) -> bool:
    """Whether some word of the run is a head word or corporate suffix (split() splits as
    _WORD's \\S+); the possessive form only looked at when the run has one."""
    words = run.split()
    if not _ORG_HEAD_WORDS.isdisjoint(
        words if _RX_STRIPPED.search(run) is None else [w.rstrip(",.;:") for w in words]
    ):  # (no trailing punctuation to strip in most runs)
        return True
    return ("’s" in run or "'s" in run) and not _ORG_HEAD_WORDS.isdisjoint(
        [_head_core(w) for w in words]
    )


# Adjectives that open institutions' names ("National Council of …", "American Society of …").
_NAME_OPENERS = frozenset({
    "National", "American", "International", "Federal", "Royal", "Global", "World", "Central",
    "European", "United",
})


def _org_name_in_run(run: str, first: int = 0, checked: bool = False) -> tuple[int, int] | None:
    """The (start, end) of an institution's name inside a capitalised run, or None; only words
    starting at or after `first` are read.

    The name is the capitalised words before the head word (no connectors), the head word, and
    what follows it through of/for/on ("Ministry of Coastal Fisheries and Ports")."""
    if not checked and not _has_head(run):
        return None  # no head word nor corporate suffix
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(run, first)]
    words = [t[2] for t in toks]
    for i, w in enumerate(words):
        core = w.rstrip(",.;:")
        poss = False  # "the Lakeside Agency’s rules": the name ends at its head
        if core not in N.ORG_HEADS and core not in N.CORP_SUFFIXES:
            if core[-2:] not in ("’s", "'s") or core[:-2] not in _ORG_HEAD_WORDS:
                continue
            core, poss = core[:-2], True
        j = i
        while j > 0:
            w = words[j - 1]
            if w.endswith(("'s", "’s")) and w[:-2] not in N.ORG_HEADS and (
                w[:-2] in N.GAZ
                or (j > 1 and words[j - 2][:1].isupper() and words[j - 2] not in _SAINT)
            ):
                break  # "Tom Kerr's Senate seat", "Ohio's": the owner is not in the name
            if w.endswith("-based") or _RX_PARTY_TAG.match(w):
                break  # "Oslo-based Nordvik Foundation", "(D-State College)"
            if (w[:1].isupper() or _HYPHEN_NAME.match(w)) and (
                w not in N.NOT_NAMES or w in _NAME_PART_NOUNS
            ):
                j -= 1  # "Government Accountability Office"
            elif j > 1 and words[j - 1] in N.PARTICLES and words[j - 2][:1].isupper():
                j -= 2  # "Hollis de Vries Marsh Ltd"
            elif j > 1 and w in ("&", "amp") and words[j - 2][:1].isupper():
                j -= 2  # "Standard & Poor's Corp."
            elif (
                j > 1 and w == "and" and j < i and core in N.ORG_HEADS
                and words[j - 2][:1].isupper() and words[j - 2] not in N.GAZ
                and words[j - 2] not in N.NOT_NAMES
                and " ".join(words[j:i + 1]) not in N.GAZ
                and words[j - 2] not in _LONE_BODIES  # "the Navy and Air Force": two bodies
                and (j == 2 or words[j - 3] in N.NOT_NAMES or words[j - 3] in _CHAMBERS
                     or words[j - 3] in ("the", "a", "an", "of", "for", "by") or (
                    words[j - 3] in N.GAZ and " ".join(words[j - 3 : j - 1]) not in N.GAZ)
                    or (j > 3 and " ".join(words[j - 4 : j - 2]) in N.GAZ)  # "United States X and Y"
                    # "the National Fishing and Coastal Rights League": an opening adjective of
                    # institutions' names, then one word that is no head ("National Guard and …")
                    or (words[j - 3] in _NAME_OPENERS and words[j - 2] not in N.ORG_HEADS))
            ):
                j -= 2  # "Immigration and Naturalization Service"
            else:
                break
        k = i
        # corporate suffix chains: "Co Ltd"; heads in a row ("News Service"); complements
        m = k + 1
        while not poss and m < len(words) and words[m][:1].isupper() and not words[k].endswith(
            (",", ";", ":")
        ):
            if words[m] in N.CORP_SUFFIXES or words[m].rstrip(",.;:") in N.ORG_HEADS:
                k = m  # "Harlow Electric Industry Co Ltd", "Lakeside News Service"
            if words[m].endswith((",", ";", ":")):
                break
            m += 1
        core = words[k].rstrip(",.;:")
        if not poss and core in N.ORG_HEADS and k + 2 < len(words) and (
            words[k + 1] in ("of", "for") or (words[k + 1] == "on" and core in _ON_HEADS)
        ):
            m = k + 2
            while m < len(words) and words[m] in ("the", "and", "of", "for", "on", "&", "a", "an"):
                m += 1
            if m < len(words) and words[m][:1].isupper():
                k = m
                while k + 1 < len(words) and (
                    words[k + 1][:1].isupper()
                    or (
                        words[k + 1] in ("and", "of", "for", "on", "the", "&")
                        and k + 2 < len(words)
                        and (words[k + 2][:1].isupper() or (
                            words[k + 2] == "the" and words[k + 1] != "and" and k + 3 < len(words)
                            and words[k + 3][:1].isupper()  # "Court of Appeals for the Sixth …"
                        ))
                    )
                ):
                    k += 1
                while words[k] in ("and", "of", "for", "on", "the", "&"):
                    k -= 1
        if j == i and k == i:
            continue  # a bare head word ("the Commission") is a back-reference, not a name
        if k + 1 < len(words) and words[k + 1].rstrip(",.;:") in _BASE_HEADS:
            continue  # "Andrews Air Force Base": a place named after a body, not the body
        if core in _SURNAME_HEADS and i >= 1 and words[i - 1] in N.GIVEN and (
            words[i - 1] not in N.GIVEN_AMBIGUOUS and (i - 1 == j or words[i - 2] in N.TITLE_CANON)
        ):
            continue  # "Sen. Frank Church": a given name, then a surname that is a head word
        if words[j] == "The":
            j += 1
        end = toks[k][1]
        if poss and k == i:
            end -= len(words[k]) - len(_head_core(words[k]))
        elif words[k].endswith((".", ",", ";", ":")) and words[k] not in N.CORP_SUFFIXES:
            end -= 1
        return toks[j][0], end
    return None


def _with_prefix(text: str, s: int) -> int:
    """Move a run's start back over a lower-case name prefix: "al-Rawda University"."""
    if s < 3 or text[s - 1] != "-":
        return s
    for p in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-", "abu-", "bin-"):
        if text.startswith(p, s - len(p)) and N.boundary_ok(text, s - len(p)):
            return s - len(p)
    return s


def _acronym_fits(acr: str, expansion: str) -> bool:
    """The acronym's letters appear in order in the expansion, starting with a word's initial."""
    letters = [c.lower() for c in acr if c.isalpha()]
    exp = expansion.lower()
    if not letters or not any(w[:1] == letters[0] for w in exp.split()):
        return False
    pos = exp.find(letters[0])
    for c in letters[1:]:
        pos = exp.find(c, pos + 1)
        if pos < 0:
            return False
    return True


def _known_org(st: _Doc, name: str) -> str | None:
    """The organisation a name is: a gazetteer organisation, or a run with an institutional head
    or corporate suffix; None for places, countries and anything else."""
    ref = N.GAZ.get(name)
    if ref is not None:
        return ref.key if ref.kind in ("organization", "group") and ref.form == "name" else (
            name if ref.kind in ("organization", "group") else None
        )
    if any(w in N.ORG_HEADS or w in N.CORP_SUFFIXES for w in name.split()) and not _not_org(name):
        return name
    return None


def _at_clause_start(text: str, lo: int, s: int) -> bool:
    """Whether s is the first word of its sentence (after opening quotes or brackets): what
    text[lo:s].strip(" \xa0\"“'‘(") == "" says, without copying the sentence up to s."""
    return s < lo or _RX_CLAUSE_EDGE.fullmatch(text, lo, s) is not None


_RX_LAST_STOP = rx_compile("[“‘\"'”’.!?][^“‘\"'”’.!?]*\\Z")
_QUOTE_CLOSE = {"“": "”", "‘": "’", '"': '"', "'": "'"}


def _quoted_title(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether [s, e) sits inside a short quoted title-case phrase — the title of a work
    ("“American Dream”", "‘The 505’"), never a person or a country."""
    # k: the last quote mark or sentence stop in the 60 characters before s (one regex search,
    # not a character loop); with none, the character just before that window
    lim = max(lo, s - 60)
    stop = _RX_LAST_STOP.search(text, lim, s)
    k = stop.start() if stop else lim - 1
    if k < max(lo, 0) or text[k] not in _QUOTE_OPEN:
        return False
    q = text[k]
    if q in "'’" and k > 0 and text[k - 1].isalnum():
        return False  # an apostrophe ("Holden’s"), not a quote
    close = text.find(_QUOTE_CLOSE[q], e, min(hi, e + 60))
    if close < 0:
        return False
    inner = text[k + 1 : close].strip(" \xa0,.")
    ws = inner.split()
    return 0 < len(ws) <= 8 and all(
        w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL or w.startswith("(") for w in ws
    )


_TITLE_SMALL = frozenset(("a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by"))


_RX_LETTER = rx_compile(r"[^\W\d_]")


def _org_of_run(run: str) -> str | None:
    """The organisation named by a capitalised run after at/with/of: stops before 'in <Place>'."""
    run = _RX_IN_SPLIT.split(run)[0]
    if run[:1].isdigit() and _RX_LETTER.search(run) is None:
        return None  # "leader of the world's 1.2 billion Catholics": a number is no body
    poss = run.endswith(("'s", "’s"))
    if poss:
        run = run[:-2]  # "at the Harbor Foundation's ..."
    if " and " in run:
        first, last = run.rsplit(" and ", 1)
        lw = last.split()
        if poss or (len(lw) >= 2 and lw[0] in N.GIVEN):
            # "president of the Assembly and Roe's point man", "a study by X of Elm College
            # and Ann Doe of Y": the body ends before the other conjunct (a person, or the
            # owner of another role); two people are no body at all
            fw = first.split()
            if len(fw) == 2 and fw[0] in N.GIVEN:
                return None
            return _org_of_run(first)
    if run in N.GAZ and N.GAZ[run].kind == "place":
        return None
    if run.startswith("The") and run.rstrip(".") in N.GAZ:
        return run  # "a writer for The Atlantic": a known name that begins with "The"
    if run.startswith(("The ", "The\xa0")) and (
        (ref := N.GAZ.get(run[4:].rstrip("."))) is not None and ref.kind == "organization"
    ):
        return run[4:].rstrip(".")  # "an editor at The Harbor Post" for a known "Harbor Post"
    if run in N.COUNTRY_REFS or _not_org(run):
        return None
    return run


def _not_org(name: str) -> bool:
    """"President Ann Ward", "Mr": a titled person or an honorific, not an organisation."""
    first = name.split()[0].rstrip(".")
    return first in N.TITLE_CANON or first in N.NOT_NAMES


def _served_person(run: str) -> str | None:
    """The person a run names ("aide to Ann Roe", "Ann Roe's strategist"): a given name, then up
    to three capitalised words ("Ann Roe", "Ann B. Roe"); a possessive end dropped. Not when a
    possessive inside owns something else ("President Ann Roe's Council of Advisers") or the
    name is cut inside a word (a garbled letter)."""
    m = _RX_SERVED.match(run)
    if m is None or m.group().split()[0] not in N.GIVEN or (
        m.end() < len(run) and run[m.end()] not in _SERVED_AFTER
    ) or any(w.endswith(("'s", "’s")) for w in m.group().split()[:-1]) or (
        m.group().endswith(("'s", "’s")) and run[m.end() :].strip()  # "Ann Roe's 2004 team"
    ):
        return None
    return m.group().removesuffix("'s").removesuffix("’s")


_RX_ACRONYM = rx_compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")
_ACR_SKIP = frozenset(("of", "for", "and", "on", "the", "&", "to", "a", "an", "in", "at"))


def _acronym_forms(form: str) -> tuple[str, ...]:
    """The other ways of writing an institution's name as letters: "Harbour News Agency" →
    "HNA", "H.N.A."; "SEC" ↔ "S.E.C.". Papers use either without a bracketed definition."""
    if _RX_ACRONYM.fullmatch(form):
        if "." in form:
            return (form.replace(".", ""),)
        return (".".join(form) + ".",) if len(form) <= 4 else ()
    words = [w for w in form.split() if w not in _ACR_SKIP and w != "amp"]
    if len(words) > 2 and words[-1] in N.CORP_SUFFIXES:
        words.pop()  # "Harlow Brandt Weiss & Co." → "HBW": a firm's suffix has no letter
    if len(words) < 2 or len(words) > 6 or not all(w[:1].isupper() and w[1:2].islower()
                                                     for w in words):
        return ()
    acr = "".join(w[0] for w in words)
    dotted = ".".join(acr) + "."
    return (acr, dotted) if len(acr) in (3, 4) else (acr,) if len(acr) > 4 else ()
