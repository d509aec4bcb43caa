"""The working actors turned into model.Actor records (_finish): an affiliation written by the
name the text spells out, a fallback title, the campaign a staffer serves, a knight's or dame's
style, a parent body, an organisation's country; provisional ids A1, A2 … in no order.
"""

from __future__ import annotations

import bisect

from briefgen.extract import names as N
from briefgen.extract.actors.patterns import _ORG_HEAD_WORDS, _THE_CAMPAIGN
from briefgen.extract.actors.state import _Actor, _Doc
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy
from briefgen.model import Actor


def _org_country(a: _Actor) -> str | None:
    """An organisation named after its country by a demonym or an abbreviation ("Iraqi Armed
    Forces", "US Central Command") belongs to it; a country's plain name may be a brand's."""
    if a.kind != "organization":
        return None
    first = a.name.split()[0]
    ref = N.COUNTRY_REFS.get(first)
    if ref and (ref.form == "demonym" or (ref.form == "form" and first.isupper())):
        return ref.key
    return None


def _canon_affiliation(aff: str | None) -> str | None:
    """A known body's dotted abbreviation as affiliation is written by its name ("U.N. envoy
    X": United Nations); an acronym said as a word stays ("FBI agent X": FBI)."""
    if aff is None or "." not in aff or not aff.replace(".", "").isupper():
        return aff
    ref = N.GAZ.get(aff)
    if ref is not None and ref.kind == "organization" and ref.key != aff:
        return ref.key
    return aff


_RX_KNIGHT_BEFORE = lazy(r"(?<![\w-])(?:Sir|Dame)[ \xa0]\Z")


def _dame_index(text: str) -> dict[str, list[int]]:
    """Where each word written after "Dame " begins (its run of non-space characters): the
    test "Dame <name>" in the text is then a look-up, not a scan per knighted person."""
    out: dict[str, list[int]] = {}
    for m in _RX_DAME_WORD.finditer(text):
        out.setdefault(m.group(1), []).append(m.start(1))
    return out


_RX_DAME_WORD = rx_compile(r"Dame (?=(\S+))")


def _knighted(st: _Doc, a: _Actor, dames: dict[str, list[int]]) -> None:
    """A knight's or dame's style is part of the name as British copy writes it, before the
    given name ("Sir John Egan", short form "Sir John"; never "Sir Egan"): the name and the
    mentions keep it, and "Sir" is no title. Not "Lord"/"Lady", which go with a surname or
    a place ("Lord Carrington")."""
    text = st.text
    toks = a.name.split()
    if len(toks) < 2 or a.name.startswith(("Sir ", "Dame ")):
        return
    knighted = False
    for i, (s, e) in enumerate(a.mentions):
        k = _RX_KNIGHT_BEFORE.search(text, max(0, s - 5), s)
        if k and text.startswith(toks[0], s):
            knighted = True
            a.mentions[i] = (k.start(), e)
            a.forms.setdefault(" ".join(text[k.start() : e].split()), None)
    if knighted:
        style = "Dame" if any(  # ("Dame <name>" in the text, found by its first word)
            text.startswith(a.name, i) for i in dames.get(toks[0], ())
        ) else "Sir"
        a.name = f"{style} {a.name}"
        a.seen = set(a.mentions)
        if a.title in ("Sir", "Dame"):
            a.title = None


def _suffixed_company(name: str, key: str) -> bool:
    """A well-known company the text names in full with its suffix ("General Motors Corp.",
    then "GM Chairman X"): the acronym is a short form of that name, as for a local firm."""
    return key in N.COMPANY_ORGS and name.startswith(key + " ") and (
        name[len(key) + 1 :] in N.CORP_SUFFIXES
    )


def _parent_body(name: str) -> str | None:
    """The body an organ belongs to when its name opens with the body's ("United Nations
    Security Council", "EU Commission"): the rest must hold an institutional head word."""
    ref = N.GAZ.get(name)
    key = ref.key if ref is not None and ref.kind == "organization" else name
    for full in dict.fromkeys((key, name)):
        words = full.split()
        for k in (1, 2):
            parent = N.PARENT_BODIES.get(" ".join(words[:k])) if len(words) > k else None
            if parent is not None and not _ORG_HEAD_WORDS.isdisjoint(words[k:]):
                return parent
    return None


def _finish(st: _Doc) -> list[Actor]:
    out: list[Actor] = []
    seen: set[int] = set()
    # an affiliation written as an organisation's short form ("INS director X", "GM Chairman
    # X") is that organisation, named as the text spells it out elsewhere
    full: dict[str, str | None] = {}
    for o in st.actors.values():
        if o.kind == "organization" and o.mentions and o.name in o.forms:
            # (only a name the text spells out: "FBI" alone stays "FBI")
            for f in o.forms:
                if len(f) < len(o.name) and not (
                    f.isupper() and f in N.GAZ and N.GAZ[f].key not in N.SPELLED_OUT
                    and not _suffixed_company(o.name, N.GAZ[f].key)
                ):
                    # (a well-known acronym is how news names the body: "FBI", "NATO" stay)
                    full[f] = o.name if full.get(f, o.name) == o.name else None
    # "an analyst at Smith Barney, Harris Upham & Co.": the appositive stopped at the comma
    commas = [o.name for o in st.actors.values() if o.kind == "organization" and ", " in o.name
              and (" & " in o.name or " amp " in o.name)]
    by_lead: dict[str, list[str]] = {}  # the names by their part before the first comma
    for c in commas:
        by_lead.setdefault(c.split(", ", 1)[0], []).append(c)
    campaigns: list[tuple[int, str]] | None = None  # (mention start, name), sorted: on need
    knights = "Sir" in st.text or "Dame" in st.text
    dames: dict[str, list[int]] | None = None
    for a in st.actors.values():
        if id(a) in seen or not a.mentions:
            continue
        seen.add(id(a))
        if commas and a.affiliation and a.kind == "person":
            got = (
                [c for c in commas if c.startswith(a.affiliation + ", ")]
                if ", " in a.affiliation else by_lead.get(a.affiliation, [])
            )  # (a look-up per person, not a pass over the names: issue 8)
            if len(got) == 1:
                a.affiliation = got[0]
        if a.fallback is not None and not a.title:
            a.title = a.fallback[0]
            a.affiliation = a.affiliation or a.fallback[1]
            a.country = a.country or a.fallback[2]
        if a.affiliation == _THE_CAMPAIGN:
            # the campaign named last before the person ("The Roe campaign … Tom Berg, the
            # campaign's press secretary"), as a reader takes "the campaign"
            # (one sorted list of the campaigns' mentions, bisected per person: issue 8)
            first = min(a.mentions)[0]
            if campaigns is None:
                campaigns = sorted(
                    (sp[0], c.name) for c in st.actors.values() if c.name.endswith(" campaign")
                    and c.name.split()[0] not in N.PARTY_LABELS  # ("the Republican campaign")
                    for sp in c.mentions
                )
            i = bisect.bisect_left(campaigns, (first,))
            only = {c[1] for c in campaigns}  # none named before: the text's one campaign
            a.affiliation = campaigns[i - 1][1] if i else (only.pop() if len(only) == 1 else None)
        if a.affiliation and a.kind == "person" and full.get(a.affiliation):
            a.affiliation = full[a.affiliation]
        if a.kind == "person" and knights:
            if dames is None:
                dames = _dame_index(st.text)
            _knighted(st, a, dames)
        if a.kind == "organization" and not a.affiliation:
            a.affiliation = _parent_body(a.name)
        aliases = tuple(f for f in a.forms if f != a.name)
        out.append(
            Actor(
                id=f"A{len(out) + 1}",
                name=a.name,
                kind=a.kind,
                title=a.title,
                affiliation=_canon_affiliation(a.affiliation),
                country=a.country or _org_country(a),
                aliases=aliases,
                mentions=tuple(sorted(a.mentions)),
                rule=a.rule,
            )
        )
    return out
