"""Bodies named by a country and their kind: embassies, consulates and missions ("the U.S.
Embassy in Nairobi", "the American embassy", "Britain's embassy in Moscow", "the French mission
to the U.N."). Each is an organisation of the sending country, named with its seat when the text
gives one (a later "the embassy said" then has a body to resolve to: views/bodies.py). An
embassy that only modifies another noun ("the U.S. Embassy bombings", "embassy guards") is the
building or the event, no actor.
"""

from __future__ import annotations

import bisect

from briefgen.extract import names as N
from briefgen.extract.actors.state import _Actor, _Doc, _Seg
from briefgen.lazyre import lazy

# A country word (one to three capitalised words, "'s" allowed) before the kind noun, then an
# optional seat: "in Nairobi", "in Dar es Salaam", "to the U.N.".
_RX_EMBASSY = lazy(
    rf"(?<![\w.’'-])((?:[{N.UPPER}][\w.’'-]*[ \xa0]+){{0,2}}[{N.UPPER}][\w.’'-]*?)(['’]s)?"
    r"[ \xa0]+([Ee]mbassy|[Cc]onsulate|[Mm]ission)(?![\w-])"
)
_RX_SEAT = lazy(
    rf"[ \xa0]+(in|to)[ \xa0]+(?:the[ \xa0]+)?([{N.UPPER}][\w.’'-]*"
    rf"(?:[ \xa0]+(?:(?:es|el|al|de|la)[ \xa0]+)?[{N.UPPER}][\w.’'-]*){{0,3}})"
)
_RX_NEXT = lazy(r"[ \xa0]+([a-z]+)")
# nouns an embassy only modifies: the building, its guards, an attack on it
_MODIFIED = frozenset((
    "bombing", "bombings", "blast", "blasts", "attack", "attacks", "attackers", "explosion",
    "explosions", "bomber", "bombers", "building", "buildings", "compound", "grounds", "gate",
    "gates", "wall", "walls", "siege", "site", "guard", "guards", "car", "cars", "complex",
    "residence", "fence", "perimeter", "area", "district", "row", "visa", "visas",
    "personnel", "staff", "staffers", "employees", "workers", "families",
))


# An embassy that acts somewhere in the text: it speaks, has a spokesman or officials, issues a
# statement ("the embassy said", "a U.S. Embassy official", "according to the embassy").
_RX_ACTS = lazy(
    r"(?i:embassy|consulate|mission)(?:['’]s)?[ \xa0]+(?:(?:in|to)[ \xa0]+(?:the[ \xa0]+)?"
    r"(?:[A-Z][\w.’'-]*[ \xa0,]+){1,4})?"
    r"(?:said|says|spokes(?:man|woman|person)|officials?|statement|told|announced|issued|"
    r"confirmed|denied|declined|warned|urged|advised|added|reported|had[ \xa0]+no[ \xa0]+comment)"
    r"(?![\w-])|(?:according[ \xa0]+to|spokes(?:man|woman|person)[ \xa0]+for|statement[ \xa0]+"
    r"(?:from|by)|officials?[ \xa0]+(?:at|of))[ \xa0]+(?:the[ \xa0]+)?(?:[\w.’'-]+[ \xa0]+){0,2}"
    r"(?i:embassy|consulate|mission)"
)


def _country(words: list[str]) -> tuple[int, str] | None:
    """(index of the first word, country key) of the longest tail of words naming a country."""
    for k in range(len(words)):
        ref = N.COUNTRY_REFS.get(" ".join(words[k:]))
        if ref is not None and ref.form in ("demonym", "form", "name"):
            return k, ref.key
    return None


def _org_at(st: _Doc, s: int, e: int) -> tuple[_Actor, tuple[int, int]] | None:
    """The organisation with a mention overlapping [s, e), and that mention."""
    for a in st.actors.values():
        if a.kind != "organization":
            continue
        for span in a.mentions:
            if span[0] < e and s < span[1]:
                return a, span
    return None


def _after_space(text: str, words: tuple[str, ...], heads: tuple[str, ...] = ()) -> list[int]:
    """Where one of the literal words stands after a space or a no-break space, sorted: the
    regexes below need one there, so a text or a sentence with none skips them (a few literal
    scans instead of a regex tried at every capital). With `heads`, a word is found by its tail
    (words[k] after one letter of heads[k]: "mbassy" after E or e), one scan for both cases."""
    got = []
    for k, w in enumerate(words):
        i = text.find(w, 2 if heads else 1)
        while i >= 0:
            if not heads:
                if text[i - 1] in " \xa0":
                    got.append(i)
            elif text[i - 1] in heads[k] and text[i - 2] in " \xa0":
                got.append(i - 1)
            i = text.find(w, i + 1)
    got.sort()
    return got


def _in_seg(starts: list[int], seg: _Seg) -> bool:
    i = bisect.bisect_left(starts, seg.start)
    return i < len(starts) and starts[i] < seg.end


_KIND_TAILS = ("mbassy", "onsulate", "ission")  # [Ee]mbassy, [Cc]onsulate, [Mm]ission
_KIND_HEADS = ("Ee", "Cc", "Mm")


def _embassies(st: _Doc, body: list[_Seg]) -> None:
    """Embassies, consulates and missions of a country (see the module doc)."""
    text = st.text
    nouns = _after_space(text, _KIND_TAILS, _KIND_HEADS)
    if not nouns:
        return
    acts: bool | None = None  # (read on the first embassy of a country)
    for seg in body:
        if not _in_seg(nouns, seg):
            continue  # no kind noun in this sentence: no embassy (most sentences)
        for m in _RX_EMBASSY.finditer(text, seg.start, seg.end):
            words = m.group(1).split()
            got = _country(words)
            if got is None:
                continue
            k, key = got
            s = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
            s = text.find(words[k], s)
            e = m.end()
            seat = _RX_SEAT.match(text, e, seg.end)
            kind = m.group(3).lower()
            if kind == "mission" and seat is None:
                continue  # "the U.S. mission" alone: a task as often as a body
            if acts is None:  # else every embassy is a building or a target
                acts = _RX_ACTS.search(text) is not None
            nxt = _RX_NEXT.match(text, e)
            modifier = not acts or (
                seat is None and nxt is not None and nxt.group(1) in _MODIFIED
            )
            old = _org_at(st, s, e)
            if old is not None and modifier:
                a, span = old  # "the U.S. Embassy bombings": the event, not the body
                a.mentions.remove(span)
                a.seen = None
                i = bisect.bisect_left(st.taken, span)
                if i < len(st.taken) and st.taken[i] == span:
                    del st.taken[i]
                continue
            if modifier or (old is None and not st.free(s, e)):
                continue
            name = " ".join(text[s:e].split())
            if seat is not None:
                place = seat.group(2)
                place = place[:-2] if place.endswith(("'s", "’s")) else place.rstrip(",")
                ref = N.COUNTRY_REFS.get(place)
                if ref is not None and ref.form == "demonym":
                    place = ""  # "in the Tanzanian capital": no seat named

                if place.endswith(".") and "." not in place[:-1]:
                    place = place[:-1]  # a sentence's full stop ("U.N." keeps its dots)
                if place:
                    name = f"{name} {seat.group(1)} {place}"
                else:
                    seat = None
            if old is not None:
                a, span = old
                if seat is None or a.name == name:
                    continue
                if " in " not in a.name and " to " not in a.name:
                    a.name = name  # "the U.S. Embassy in Nairobi": named by its seat
                    continue
                a.mentions.remove(span)  # another seat: another embassy
                a.seen = None
                new = st.actor("organization", name, "org.embassy")
                new.country = new.country or key
                new.add(span, text[span[0] : span[1]])
                continue
            a = st.actor("organization", name, "org.embassy")
            a.country = a.country or key
            st.claim(a, s, e)


# "the Gannett newspaper chain", "the Norvale media company", "the Acme studio": a brand name
# that the text itself calls a firm, network or chain (an adjective between them at most)
_DESCRIBED_KINDS = (
    "company", "firm", "conglomerate", "giant", "retailer", "automaker", "carmaker",
    "chipmaker", "network", "newspaper", "broadcaster", "publisher", "insurer",
    "lender", "airline", "brokerage",
)
_RX_DESCRIBED = lazy(  # (the look-behind after the first letter: re skips to T and t)
    rf"[Tt](?<![\w-].)he[ \xa0]+([{N.UPPER}][\w’'-]*(?:[ \xa0]+[{N.UPPER}][\w’'-]*){{0,2}})"
    rf"[ \xa0]+(?:(?![a-z]+ed[ \xa0])[a-z]+[ \xa0]+)?(?:{'|'.join(_DESCRIBED_KINDS)})(?![\w-])"
)


def _described_firms(st: _Doc, body: list[_Seg]) -> None:
    """A brand the text calls a firm ("the Gannett newspaper chain"): an organisation, unless
    the name is a known place, country, party, person or a common word ("the Seattle company",
    "the Kenyan firm", "the Roe company" of a person the text names: none)."""
    text = st.text
    kinds = _after_space(text, _DESCRIBED_KINDS)
    for seg in body if kinds else ():  # (most texts: no kind noun; most sentences: none)
        if not _in_seg(kinds, seg):
            continue
        for m in _RX_DESCRIBED.finditer(text, seg.start, seg.end):
            name = m.group(1)
            words = name.split()
            s, e = m.span(1)
            if not st.free(s, e) or name in N.GAZ or any(
                w in N.COUNTRY_REFS or w in N.PARTY_LABELS or w in N.NOT_NAMES
                or w in N.MONTHS_DAYS or w in N.TITLE_CANON or w.endswith(("-based", "’s", "'s"))
                or st.is_lower_word(w) or st.person_token(w) or w in N.GIVEN
                for w in words
            ):
                continue
            if any(w in N.PLACE_HEADS for w in words):
                continue
            st.claim(st.actor("organization", name, "org.described"), s, e)
