"""Held-role descriptions ("the Indiana governor", "the state's tax commissioner", "the
Republican nominee") and shared surnames, resolved to the one compatible named person in the window
(the paragraph before and this one, within the section), or left open when two holders or a
holder tied to another place make it ambiguous.
"""

from __future__ import annotations

import bisect
import functools
import re

from briefgen import rules
from briefgen.extract import coref
from briefgen.extract.views.patterns import _lexicon
from briefgen.extract.views.speakers import _opens_sentence, _para_lo, _Resolver
from briefgen.lazyre import lazy
from briefgen.model import Actor, Document

# "The Indiana governor said", "Indiana's governor", "the state's tax commissioner", "the New
# York state attorney general", "the former secretary of state", "the Republican nominee",
# "the New York businessman": a definite description of an office, candidacy or calling names
# the ONE compatible person of the window before it (the section's text, at most the paragraph
# before and this one); two holders there (two governors) leave it open, and a holder tied to
# another place ("Ohio Gov. Tom Smith" for "the Indiana governor") is never it.
_HELD_ROLES: dict[str, dict[str, object]] = {
    str(e["word"]): e for e in rules.entries("role_nouns") if e.get("class") != "other"
}
# Offices a description names that role_nouns.json leaves to the speaker lexicon (their titles).
_HELD_EXTRA: dict[str, dict[str, object]] = {
    "attorney general": {"class": "office", "titles": ["attorney general"]},
    "commissioner": {"class": "office", "titles": ["commissioner"]},
    "comptroller": {"class": "office", "titles": ["comptroller"]},
    "treasurer": {"class": "office", "titles": ["treasurer"]},
}


def _office_titles() -> list[str]:
    out: list[str] = []
    for e in _HELD_ROLES.values():
        raw = e.get("titles")
        if e.get("class") == "office":
            out.extend(str(t) for t in (raw if isinstance(raw, list) else [e["word"]]))
    return sorted(out, key=len, reverse=True)


_OFFICE_TITLE = lazy(r"(?<![\w-])(?:" + "|".join(map(re.escape, _office_titles())) + r")(?!\w)")
_INDEFINITE_INTRO = lazy(r"\b(?i:an?)\s")
_GENERIC_OWNER = frozenset({"state", "nation", "country", "city", "county", "province",
                            "commonwealth", "territory", "island", "region"})
_HELD_MOD_SKIP = frozenset({"the", "state", "former", "then", "new", "current", "acting",
                            "interim", "longtime", "veteran", "two-term", "first-term",
                            "presidential", "vice", "presumptive", "likely", "de", "facto",
                            "city", "county", "federal"})
_HELD_NOT = frozenset({"other", "next", "future", "incoming", "another", "late", "previous",
                       "last", "first", "outgoing", "eventual", "new", "deputy", "assistant",
                       "associate", "under", "junior", "longtime", "leading", "top"})
_HELD_PARTY = {"democratic": "democratic", "democrat": "democratic", "republican": "republican",
               "gop": "republican", "libertarian": "libertarian", "green": "green",
               "independent": "independent"}


# The last word of every role noun a description may end with: a cheap test before the rest.
_HELD_LAST = frozenset(k.split(" ")[-1] for k in (*_HELD_ROLES, *_HELD_EXTRA))


def _held_noun(words: list[str]) -> tuple[str, dict[str, object], int] | None:
    """The role noun a description ends with ("attorney general", "secretary of state",
    "governor") and how many words it takes."""
    for k in (4, 3, 2, 1):
        if len(words) >= k:
            noun = " ".join(words[-k:])
            entry = _HELD_ROLES.get(noun) or _HELD_EXTRA.get(noun)
            if entry is not None:
                return noun, entry, k
    return None


def _held_description(
    text: str, hs: int, he: int
) -> tuple[str, dict[str, object], list[str], set[str], bool] | None:
    """(noun, entry, places, parties, former) of "the [mods] ROLE" / "Place's [mods] ROLE" /
    "the state's ROLE"; None for anything else (an indefinite "a spokeswoman", "Roe's aide")."""
    raw = text[hs:he].split()
    if len(raw) < 2 or len(raw) > 8 or raw[-1].lower().strip(".,") not in _HELD_LAST:
        return None
    if "," in text[hs:he] or text[hs:he].isupper():
        return None
    words = [w.lower().strip(".,") for w in raw]
    places: list[str] = []
    i = 0
    if words[0] == "the":
        i = 1
        if len(words) > 2 and words[1].removesuffix("’s").removesuffix("'s") in _GENERIC_OWNER \
                and words[1] != words[1].removesuffix("’s").removesuffix("'s"):
            i = 2  # "the state's governor": the place is the one in play
    else:
        k = next((j for j, w in enumerate(raw) if w.endswith(("’s", "'s"))), -1)
        if k < 0 or k > 2 or not all(w[:1].isupper() for w in raw[: k + 1]):
            return None
        places.append(" ".join(raw[: k + 1]).removesuffix("’s").removesuffix("'s").lower())
        i = k + 1
    found = _held_noun(words[i:])
    if found is None:
        return None
    noun, entry, n = found
    if any(w[:1].isupper() for w in raw[len(raw) - n :]):
        return None  # "The New Hampshire Union Leader": a name, not a role
    mods_raw = raw[i : len(raw) - n]
    if any(w in _HELD_NOT for w in mods_raw):  # (as written: "New York" is a place)
        return None
    former = any(w.lower() in {"former", "ex", "onetime"} or w.lower().startswith("ex-")
                 for w in mods_raw)
    parties = {_HELD_PARTY[w.lower()] for w in mods_raw if w.lower() in _HELD_PARTY}
    run: list[str] = []
    for w in [*mods_raw, ""]:
        lw = w.lower()
        if w[:1].isupper() and lw not in _HELD_PARTY and lw not in _HELD_MOD_SKIP:
            run.append(lw)
        elif run:
            places.append(" ".join(run))
            run = []
    if len(mods_raw) > 4:
        return None
    return noun, entry, places, parties, former


def _held_ok(rec: str, titles: list[str]) -> bool:
    return any(_title_rx(t).search(rec) for t in titles)


@functools.cache
def _title_rx(title: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w])")


def _gazetteer_places() -> frozenset[str]:
    """US states, regions and countries (and their demonyms) of the gazetteers, lower-cased,
    unambiguous ones only: what a person's record may tie them to ("Ohio Gov.")."""
    got = _HELD_GAZ.get("x")
    if got is None:
        names: set[str] = set()
        for e in rules.entries("places"):
            if not e.get("ambiguous") and e.get("type") in {"state", "us_state", "region",
                                                             "province", "city"}:
                names.add(str(e["name"]).lower())
        for e in rules.entries("countries"):
            if not e.get("ambiguous"):
                names.add(str(e["name"]).lower())
                raw = e.get("demonyms") or []
                names.update(str(d).lower() for d in raw if isinstance(raw, list))
        got = _HELD_GAZ["x"] = frozenset(n for n in names if len(n) > 3)
    return got


_HELD_GAZ: dict[str, frozenset[str]] = {}


def _other_place(res: _Resolver, rec: str, places: list[str]) -> bool:
    """Does a person's record name a place (an actor of the text, a US state or a country)
    other than, and not inside, the description's?"""
    others = res.place_names
    if others is None:
        others = res.place_names = frozenset(
            n.lower() for a in res.actors if a.kind in {"place", "country"}
            for n in (a.name, *a.aliases) if len(n) > 3
        )
    gaz = _gazetteer_places()
    words = rec.split()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            w = " ".join(words[i : i + n]).strip(".,;:()")
            if (w in gaz or w in others) and not any(w in p or p in w for p in places):
                return True
    return False


def _section_lo(doc: Document, pos: int) -> int:
    """The start of the section holding pos (0 with no sections)."""
    lo, first = 0, True
    for sec in doc.article.sections:
        if not sec.paragraphs:
            continue
        if sec.paragraphs[0][0] > pos:
            break
        lo = 0 if first else (sec.heading_span or sec.paragraphs[0])[0]
        first = False
    return lo


def _held_person(
    res: _Resolver, doc: Document, para_idx: int, hs: int, he: int, content_end: int
) -> tuple[Actor | None] | None:
    """The person a held-role description names, as a 1-tuple (None inside: the text leaves it
    open, nobody), or None when this rule does not decide (the older readings go on)."""
    desc = _held_description(res.text, hs, he)
    if desc is None:
        return None
    noun, entry, places, parties, former = desc
    raw = entry.get("titles", [noun])
    titles = [str(t) for t in raw] if isinstance(raw, list) else [noun]
    co = coref.descriptions(doc, res.actors)
    lo = max(_section_lo(doc, hs), _para_lo(doc, para_idx))
    want_g = entry.get("gender")
    cands: dict[str, Actor] = {}
    openers: dict[str, Actor] = {}  # who the sentences open with, up to two paragraphs back
    talkers: set[str] = set()  # who a reporting verb follows there ("Roe, who …, said")
    sec_lo = _section_lo(doc, hs)
    lo2 = max(sec_lo, doc.paragraphs[max(0, para_idx - 2)].span[0] if doc.paragraphs else 0)
    for ms, _me, a in res.covering(min(lo, lo2), hs):
        if a.kind != "person" or ms >= hs or res.quoted(ms):
            continue
        if ms >= lo:
            cands[a.id] = a
        if _sentence_of(res, ms) >= _sentence_of(res, hs):
            continue  # (not "Roe met Doe after the Democratic nominee said")
        if _opens_sentence(res.text, ms, True):
            openers[a.id] = a
        end = res.text.find(".", _me, _me + 200)
        cm = _lexicon()[0].search(res.text, _me, end if end > 0 else _me + 200)
        if cm and res.text[_me : cm.start()].count(" ") <= 12:
            talkers.add(a.id)

    def fits(a: Actor, need_title: bool) -> bool:
        rec = co.record(a)
        if "vice" in rec and noun not in ("vice president", "vice-president"):
            rec = rec.replace("vice president", "").replace("vice-president", "")
        if need_title and not _held_ok(rec, titles):
            return False
        if places and _other_place(res, rec, places):
            return False
        if parties:
            words = {_HELD_PARTY.get(w, w) for w in re.findall(r"[a-z]+", rec)}
            if words & set(_HELD_PARTY.values()) and not parties <= words:
                return False
        if want_g and res.gender.get(a.id, want_g) != want_g:
            return False
        was = " former " in f" {rec} " or "ex-" in rec
        return not (former and need_title and not was) and not (not former and was and need_title)

    holders = [a for a in cands.values() if fits(a, True)]
    if len(holders) == 1:
        if places and not all(co._place_in(p, co.record(holders[0])) for p in places):
            return None  # no record ties the place to this holder: the older readings decide
        return (holders[0],)
    if len(holders) > 1:
        strong = [a for a in holders if places and all(co._place_in(p, co.record(a))
                                                        for p in places)]
        if len(strong) == 1:
            return (strong[0],)
        last = {a.id: max(_sentence_of(res, ms) for ms, _me in a.mentions if ms < hs)
                for a in holders}
        top = max(last.values())
        # two holders named in the latest sentence that names one ("Ohio Gov. Smith and
        # Indiana Gov. Roe met"): open; else the nearest, as the older readings take it
        return (None,) if sum(1 for k in last.values() if k == top) > 1 else None
    # no holder in the window: a holder the text names further back is the older readings'
    # (coref role_holder: "Mexican President Roe" paragraphs before "the Mexican president")
    far = co.role_holder(hs, he, loose=True)
    if far is not None:
        return (None,) if places and _other_place(res, co.record(far), places) else None
    # the description opens its section or the lead and the next sentences name the person
    # ("Connecticut's tax commissioner says … Kevin Roe says")
    if _opens_sentence(res.text, hs) and not any(
        a.kind == "person" for ms, _me, a in res.covering(sec_lo, hs) if ms < hs
    ):
        nxt = bisect.bisect_right(res.sent_starts, max(he, content_end))
        stop = res.sent_starts[nxt + 1] if nxt + 1 < len(res.sent_starts) else len(res.text)
        sec_hi = next((s.paragraphs[0][0] for s in doc.article.sections
                       if s.paragraphs and s.paragraphs[0][0] > hs), len(res.text))
        ahead = [a for ms, _me, a in res.covering(max(he, content_end), min(stop, sec_hi))
                 if a.kind == "person" and not res.quoted(ms)]
        if ahead and all(a.id == ahead[0].id for a in ahead) and fits(ahead[0], False):
            return (ahead[0],)
        return None
    if (entry.get("class") == "office" and places) or entry.get("class") == "calling":
        # a modified description with no holder: elegant variation for the one person the
        # window's sentences open with ("Mike Roe says …. The Indiana governor said")
        if _INDEFINITE_INTRO.search(res.text, lo2, hs) and re.search(
            rf"\b(?i:an?)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b", res.text[lo2:hs]
        ):
            return None  # "Roe met a young actress. The actress said": someone unnamed
        topic = [a for a in openers.values() if fits(a, False) and not (
            entry.get("class") == "calling" and _OFFICE_TITLE.search(co.record(a))
        )]  # (a titled official is not "the Denver businessman")
        if len(topic) == 1 and talkers <= {topic[0].id}:
            return (topic[0],)
    if places and any(not fits(a, False) for a in cands.values()):
        return (None,) if not any(fits(a, False) for a in cands.values()) else None
    return None


def _surname_person(res: _Resolver, hs: int, he: int) -> Actor | None:
    """The person a bare surname names when two people share it ("Johnson" after "Homeland
    Security Secretary Jeh Johnson" and "Gary Johnson"): the one named in full earlier in the
    same section, when the other has no mention in it (a live blog's items, a roundup's);
    elsewhere the actors stage's reading stands (a family: "Clinton" after "Bill Clinton" is
    still the story's Clinton)."""
    doc = res.doc
    if doc is None or len(doc.article.sections) < 2:
        return None  # (a live blog's items or a roundup's sections: most texts have none)
    word = res.text[hs:he].strip()
    for hon in ("Mr. ", "Mrs. ", "Ms. ", "Dr. "):
        word = word.removeprefix(hon)
    if not word[:1].isupper() or " " in word or not word.isalpha():
        return None
    if res.surnames is None:
        res.surnames = {}
        for a in res.actors:
            parts = a.name.split() if a.kind == "person" else []
            if len(parts) > 1:
                res.surnames.setdefault(parts[-1], []).append(a)
    people = res.surnames.get(word, [])
    if len(people) < 2:
        return None
    lo = _section_lo(doc, hs)
    inside = [a for a in people if any(lo <= ms < hs for ms, _me in a.mentions
                                       if " " in res.text[ms:_me].strip())]
    if len(inside) != 1:
        return None
    one = inside[0]
    if any(lo <= ms < hs and a.id != one.id for a in people for ms, _me in a.mentions):
        return None  # the other is in this section too: left to the actors stage
    return one


def _sentence_of(res: _Resolver, pos: int) -> int:
    return bisect.bisect_right(res.sent_starts, pos) - 1
