"""Per-document indexes answer as the full scans they replace (issue 8: no super-linear work).

views' described / described_person / _company_named / ties and commitments' _continued_view
used to walk every view or mention back to the document's start on each call (quadratic on long
inputs). Each is checked here against that old full scan, written out below, on one long
invented article: many people, titles and companies, quotes that continue, repeated names.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefgen.extract import views as V
from briefgen.extract.actors import extract_actors
from briefgen.extract.commitments import patterns as C_patterns
from briefgen.extract.commitments import speakers as C_speakers
from briefgen.extract.commitments import state as C_state
from briefgen.extract.dates import extract_dates
from briefgen.extract.views import descriptions, patterns, speakers
from briefgen.model import Actor, Document, View
from briefgen.section import section

_FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Frank", "Greta", "Henry", "Irene", "Jonas"]
_LAST = ["Wolfe", "Marsh", "Keller", "Brandt", "Novak", "Reyes", "Sato", "Lind", "Okafor", "Price"]
_FIRMS = ["Northfield Steel Corp.", "Acme Motors Inc.", "Bluewater Bank", "Harbor Energy Co."]
_COUNTRIES = ["France", "Germany", "Japan", "Brazil"]
_TITLES = ["Senator", "Judge", "Minister", "President", "Governor", "Mayor"]


@lru_cache(maxsize=1)
def _long() -> tuple[Document, list[Actor], list[View]]:
    paras = ["WASHINGTON (AP) — Lawmakers met on Monday to discuss the budget."]
    for k in range(60):
        country = _COUNTRIES[(k // 7) % 4]
        paras.append(
            f"Officials in {country} said {_LAST[k % 10]}son Hale, a farmer, had been "
            f"detained. \"{_COUNTRIES[(k + 1) % 4]} knows,\" the farmer said."
        )
        first, last = _FIRST[k % 10], _LAST[(k * 3) % 10]
        title, firm = _TITLES[k % 6], _FIRMS[k % 4]
        short = firm.split()[0]
        paras += [
            (f"{title} {first} {last} of the Democratic Party said on Tuesday that the plan "
            f"would cut costs. \"We will not wait,\" {last} said. \"The vote is next week.\""),
            (f"{firm} said it would build a new plant. {short} officials declined to comment. "
            f"The company said profits rose."),
            (f"The {title.lower()} told reporters the talks had stalled. \"It is hard,\" the "
            f"{title.lower()} said. \"But we will try again.\""),
            (f"A spokesman for {firm} said the firm would appeal. The judge said the case was "
            f"closed, and the minister said he would resign."),
        ]
    doc = section("\n\n".join(paras), None)
    actors = extract_actors(doc)
    return doc, actors, V.extract_views(doc, actors)


def _resolver() -> speakers._Resolver:
    doc, actors, _views = _long()
    return speakers._Resolver(doc.text, actors)


def _described_scan(res: speakers._Resolver, noun: str, pos: int) -> Actor | None:
    for v in reversed(res.history):
        a = res.actor(v.speaker)
        if a and noun in f"{a.title or ''} {a.name} {v.speaker_text}".lower():
            return a
    i = bisect.bisect_left(res.mstarts, pos) - 1
    while i >= 0:
        ms, _me, a = res.mentions[i]
        if noun in f"{a.title or ''} {a.name} {a.affiliation or ''}".lower():
            return a
        if a.kind == "person" and not a.title and res.text[max(0, ms - 25) : ms].lower(
        ).split()[-1:] == [noun]:
            return a
        i -= 1
    return None


_NOUNS = ["senator", "judge", "minister", "president", "company", "bank", "steel", "party",
          "spokesman", "nobody"]


def test_described_answers_as_the_full_scan() -> None:
    doc, _actors, views = _long()
    res = _resolver()
    positions = list(range(0, len(doc.text), 997))
    for pos in positions:
        for noun in _NOUNS:
            assert res.described(noun, pos) == _described_scan(res, noun, pos), (noun, pos)
    hits = 0
    for k, v in enumerate(views):  # history grows by appends between calls
        res.history.append(v)
        for noun in _NOUNS:
            got = res.described(noun, positions[k % len(positions)])
            assert got == _described_scan(res, noun, positions[k % len(positions)]), (k, noun)
            hits += got is not None
    assert len(views) > 100 and hits > 0


def _ties_scan(res: speakers._Resolver, a: Actor) -> set[str]:
    out: set[str] = set()
    aff = (a.affiliation or a.country or "").lower()
    for ms, me in a.mentions:
        for cs, ce, c in res.covering(max(0, ms - 40), me + 30):
            if c.kind == "person" or c.id == a.id:
                continue
            seg = res.text[min(ce, ms) : max(cs, me)] if ce <= ms else res.text[me:cs]
            if "." in seg.replace("Sen.", "").replace("Rep.", "") or "\n" in seg:
                continue
            out.add(c.id)
    if aff:
        out.update(c.id for c in res.actors if c.kind != "person" and (
            c.name.lower() in aff or any(x.lower() in aff for x in c.aliases)))
    return out


def _described_person_scan(res: speakers._Resolver, noun: str, hs: int, he: int) -> Actor | None:
    table, _ = patterns._roles()
    entry = table.get(noun.lower().rstrip("."))
    if entry is None or entry.get("noun") != "person":
        return None
    raw = entry.get("titles", [noun])
    titles = [str(t) for t in raw] if isinstance(raw, list) else [noun]
    tied = {a.id for ms, me, a in res.covering(hs, he)
            if ms >= hs and me <= he and a.kind != "person"}
    i = bisect.bisect_left(res.mstarts, hs) - 1
    seen: set[str] = set()
    untitled: Actor | None = None
    body = any(b is not None and b.kind == "organization" for b in map(res.actor, tied))
    while i >= 0:
        ms, _me, a = res.mentions[i]
        i -= 1
        if a.kind != "person" or a.id in seen:
            continue
        seen.add(a.id)
        title = (a.title or "").lower()
        if not title:
            title = " ".join(res.text[max(0, ms - 25) : ms].lower().split()[-1:])
        if not any(re.search(rf"\b{re.escape(t)}(?!\w)", title) for t in titles):
            if untitled is None and body and not a.title and tied <= _ties_scan(res, a):
                untitled = a
            continue
        marks = _ties_scan(res, a)
        if tied and not tied <= marks and marks:
            continue
        return a
    return untitled


def test_described_person_and_ties_answer_as_the_full_scan() -> None:
    doc, actors, _views = _long()
    res = _resolver()
    table, _ = patterns._roles()
    nouns = [n for n, e in table.items() if e.get("noun") == "person"][:40]
    assert nouns
    starts = [s.span[0] for s in doc.sentences]
    found = 0
    for hs in starts[::3]:
        for he in (hs + 12, hs + 60):
            for noun in nouns[:: max(1, len(nouns) // 12)] + ["senator", "judge", "minister"]:
                got = res.described_person(noun, hs, he)
                assert got == _described_person_scan(res, noun, hs, he), (noun, hs, he)
                found += got is not None
    assert found > 0
    for a in actors:
        assert res.ties(a) == _ties_scan(res, a)
        assert res.ties(a) == _ties_scan(res, a)  # the cached answer too


def _company_scan(res: speakers._Resolver, name: str, hs: int) -> Actor | None:
    words = name.split()
    for ms, _me, a in reversed(res.mentions):
        if ms >= hs or a.kind != "organization":
            continue
        aw = a.name.split()
        names = [aw] + [al.split() for al in a.aliases]
        if not any(n[: len(words)] == words for n in names):
            continue
        if any(w.lower().strip(".,") in descriptions._PUBLIC_HEADS for w in aw):
            return None
        return a
    return None


def test_company_named_answers_as_the_full_scan() -> None:
    doc, _actors, _views = _long()
    res = _resolver()
    names = ["Northfield", "Acme", "Bluewater", "Harbor Energy", "Acme Steel", "Democratic",
             "Nowhere"]
    found = 0
    for hs in range(0, len(doc.text), 613):
        for name in names:
            got = descriptions._company_named(res, doc, name, hs)
            assert got == _company_scan(res, name, hs), (name, hs)
            found += got is not None
    assert found > 0


def _continued_scan(ctx: C_state._Ctx, pos: int) -> View | None:
    text = ctx.doc.text
    para = text.rfind("\n", 0, pos) + 1
    best: View | None = None
    for v in ctx.views:
        if v.direct and para <= v.span[1] <= pos and (best is None or v.span[1] > best.span[1]):
            best = v
    if best is None or not C_patterns._OPEN_QUOTE.search(text, best.span[1] + 1, pos):
        return None
    return best


def test_continued_view_answers_as_the_full_scan() -> None:
    doc, actors, views = _long()
    ctx = C_state._index(doc, actors, extract_dates(doc, actors), views)
    text = doc.text
    positions = [m.start() for m in re.finditer(r"[\"“”]", text)]
    positions += list(range(0, len(text), 211))
    found = 0
    for pos in positions:
        got = C_speakers._continued_view(ctx, pos)
        assert got == _continued_scan(ctx, pos), pos
        found += got is not None
    assert found > 0


def test_sole_country_and_titled_answer_as_the_full_scan() -> None:
    doc, _actors, _views = _long()
    res = _resolver()
    res.qspans = [(m.start(), m.end()) for m in re.finditer(r"\"[^\"]*\"", doc.text)]
    res.qstarts = [s for s, _e in res.qspans]
    home = next((a for a in res.actors if a.kind == "country"), None)
    for res.home in (None, home):
        res._firsts.clear()
        for pos in range(0, len(doc.text), 389):
            cut = res.mentions[: bisect.bisect_left(res.mstarts, pos)]
            found = {a.id: a for ms, _me, a in cut if a.kind == "country" and not res.quoted(ms)}
            want = next(iter(found.values())) if len(found) == 1 else (
                res.home if res.home is not None and res.home.id in found else None)
            assert res.sole_country(pos) == want, pos
            for title in ("senator", "judge", "president", "nobody"):
                people = {a.id: a for _ms, _me, a in cut
                          if a.kind == "person" and (a.title or "").lower() == title}
                one = next(iter(people.values())) if len(people) == 1 else None
                assert res.titled(title, pos) == one, (title, pos)
