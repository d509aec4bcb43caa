"""Speakers named by a description rather than a name: companies, bodies and their staff,
issued documents ("the statement", "the report"), a side or a campaign, groups and located
people ("officials in Boston"), relations ("a lawyer for Roe"), joint speakers ("the two leaders",
"X and Y"); and the home country a dateline gives "the government".
"""

from __future__ import annotations

import bisect
import functools
import re

from briefgen import rules
from briefgen.extract import coref
from briefgen.extract.views.clauses import _GROUP_HEADS
from briefgen.extract.views.inside import located_from
from briefgen.extract.views.patterns import _WORD, _Found, _role_entry, _roles
from briefgen.extract.views.speakers import (
    _SAID_BEFORE,
    _capitals,
    _opens_sentence,
    _para_of,
    _Resolver,
    _title_words,
)
from briefgen.lazyre import lazy
from briefgen.model import Actor, Document, View


def _named_next(res: _Resolver, pos: int) -> Actor | None:
    """The person an inverted attribution of the next sentence or paragraph names for the first
    time ("“…,” said Jane Roe."): the holder of a relation just described."""
    text = res.text
    k = bisect.bisect_left(res.mstarts, pos)
    while k < len(res.mentions) and res.mentions[k][0] < pos + 300:
        ms, _me, a = res.mentions[k]
        k += 1
        if a.kind != "person":
            continue
        first = min(m[0] for m in a.mentions)
        if first == ms and _SAID_BEFORE.search(text, max(0, ms - 14), ms):
            return a
        return None
    return None


_PARTY_OF = {"republican": "republican", "gop": "republican", "democratic": "democratic",
             "democrat": "democratic", "independent": "independent",
             "libertarian": "libertarian"}


def _party_fits(res: _Resolver, doc: Document, a: Actor, parties: set[str]) -> bool:
    """Is nothing the text ties to the person (coref's record) of another party than the
    description's (any person, when the description names no party)?"""
    if not parties:
        return True
    rec = coref.descriptions(doc, res.actors).record(a)
    words = {_PARTY_OF[w] for w in re.findall(r"[a-z]+", rec) if w in _PARTY_OF}
    return not words or bool(words & parties)


def _blind_lead(res: _Resolver, hs: int) -> bool:
    """Is hs in a lead that names no person before it (a description standing for a person
    the body names)?"""
    for ms, _me, a in res.mentions:
        if ms >= hs:
            return True
        if a.kind == "person":
            return False
    return True


_COMPANY_NOUNS = frozenset({"company", "firm", "thrift", "bank", "lender", "insurer", "airline",
                            "automaker", "carmaker", "retailer", "utility", "brokerage"})
# Heads of a public body's name: its officials stay unnamed (gold: "FBI officials").
_PUBLIC_HEADS = frozenset({
    "department", "ministry", "agency", "administration", "service", "bureau", "office",
    "court", "police", "council", "committee", "commission", "house", "senate", "party",
    "government", "army", "navy", "force", "pentagon", "congress", "parliament", "county",
    "city", "state", "university", "college", "school", "campaign", "fbi", "cia", "fed",
})


def _company_named(res: _Resolver, doc: Document, name: str, hs: int) -> Actor | None:
    """The company a staff mention names: a company noun ("Thrift officials") is the company
    in play; a capitalised name is the organisation whose name it opens ("Acme" for "Acme
    Steel Corp."), never a public body, country or place."""
    low = name.lower()
    if low in _COMPANY_NOUNS:
        return _body_in_play(res, doc, hs) or coref.descriptions(doc, res.actors).org_of_kind(
            "company", hs
        )
    words = name.split()
    key = tuple(words)
    hits = res.org_hits.get(key)
    if hits is None:  # the organisations whose name (or alias) opens with these words, once
        hits = res.org_hits[key] = [
            i for i, (_ms, _me, a) in enumerate(res.mentions)
            if a.kind == "organization"
            and any(n[: len(words)] == words for n in [a.name.split()]
                    + [al.split() for al in a.aliases])
        ]
    j = bisect.bisect_left(hits, bisect.bisect_left(res.mstarts, hs)) - 1
    if j < 0:
        return None
    a = res.mentions[hits[j]][2]
    if any(w.lower().strip(".,") in _PUBLIC_HEADS for w in a.name.split()):
        return None
    return a


def _body_in_play(res: _Resolver, doc: Document, hs: int) -> Actor | None:
    """The organisation opening a sentence of this paragraph or the one before, else the one
    opening the article's lead (the company the story is about)."""
    pi = _para_of(doc, hs)
    hit = res.subject_before(hs, {"organization"}, doc.paragraphs[max(0, pi - 1)].span[0])
    if hit is not None:
        return hit[1]
    text = res.text
    for ms, _me, a in res.mentions:
        if ms >= hs or ms > 600:
            break
        if a.kind == "person":
            return None  # a lead about a person: no company in play
        if a.kind == "organization" and _opens_sentence(text, ms) and not res.quoted(ms):
            return a
    return None


# Nouns for one official message: "the message" may take up "a government communique".
_MESSAGE_NOUNS = frozenset({"statement", "communique", "message", "release", "announcement",
                            "declaration"})


_ISSUED = lazy(r"\b(?:issued|released|published|posted|put\s+out|sent\s+out)\b")
_ISSUER_GAP = lazy(r"(?:\s+(?:on|late|early|last|this)?\s*\w+day)?(?:\s+also)?\s+")


def _issuing_body(res: _Resolver, hs: int) -> Actor | None:
    """The organisation or country that is the subject of "issued/released/published …" in
    the sentence of hs or the one before ("Acme on Sunday issued a warning.")."""
    text = res.text
    k = bisect.bisect_right(res.sent_starts, hs) - 1
    lo = max(res.sent_starts[max(0, k - 1)] if res.sent_starts else 0, hs - 400)
    hits = list(_ISSUED.finditer(text, lo, hs))
    for m in reversed(hits):
        for ms, me, a in reversed(res.covering(max(0, m.start() - 60), m.start())):
            if a.kind in {"organization", "country"} and _ISSUER_GAP.fullmatch(
                text, me, m.start()
            ):
                return a
    return None


_APPOS_GAP = lazy(r",\s+")


def _appositive_actor(res: _Resolver, he: int) -> Actor | None:
    """The organisation or person named right after ", " at he."""
    gm = _APPOS_GAP.match(res.text, he)
    if gm is None:
        return None
    return next((a for ms, _me, a in res.covering(gm.end(), gm.end() + 1)
                 if ms == gm.end() and a.kind in {"organization", "person"}), None)


def _role_holder(res: _Resolver, role: str) -> Actor | None:
    """The one person in the text whose title is this role ("inspector general")."""
    table, _ = _roles()
    if role.split()[-1] not in table:
        return None
    found = {a.id: a for a in res.actors if a.kind == "person" and (a.title or "").lower() == role}
    return next(iter(found.values())) if len(found) == 1 else None


# Documents of one inquiry: "the review" or "the inquiry" takes up "a report from X".
_FINDINGS = frozenset({"report", "review", "inquiry", "investigation", "audit", "probe"})


def _document_view(res: _Resolver, doc: Document, noun: str, para_idx: int) -> View | None:
    """The recent view (this paragraph or the two before) whose speaker is the document "the
    statement" takes up, or who spoke through it: "a government communique said A … the
    message said B"; "Acme said in a statement that A … the statement said B"."""
    nouns = (
        _MESSAGE_NOUNS if noun in _MESSAGE_NOUNS
        else _FINDINGS if noun in _FINDINGS
        else frozenset({noun})
    )
    text = res.text
    for v in reversed(res.history):
        gap = para_idx - _para_of(doc, v.span[0])
        if gap > (12 if nouns is _FINDINGS else 2):
            break  # (an inquiry's findings are taken up over a long story, by a known author)
        if not v.speaker_span or (gap > 2 and v.speaker is None):
            continue
        ss, se = v.speaker_span
        cut = v.span[0] if v.span[0] >= se else se + 90
        before = text[max(0, ss - 40) : ss]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]  # its own sentence
        around = f"{before} {v.speaker_text} {text[se : min(cut, se + 90)]}"
        if any(w in nouns for w in _WORD.findall(around.lower())):
            return v
    return None


def _side_body(
    res: _Resolver, m: re.Match[str], cov: list[tuple[int, int, Actor]], hs: int
) -> Actor | None:
    """The body a person's side names: the country of "Castro's government" (the one the
    text ties the person to), the "Roe campaign" the actors stage found for "Roe's team" (else
    Roe)."""
    end = hs + m.end(1)
    person = next((a for ms, me, a in cov if me == end and a.kind == "person"), None)
    if person is None and m.group(1)[:1].isupper():
        person = res.by_name(m.group(1).split()[-1], hs)
    if person is None or person.kind != "person":
        return None
    if m.group(2) in {"campaign", "team", "camp"}:
        return _campaign_of(res, person)
    countries = [c for c in (res.actor(i) for i in res.ties(person))
                 if c is not None and c.kind == "country"]
    return countries[0] if len(countries) == 1 else None


def _campaign_of(res: _Resolver, person: Actor) -> Actor:
    """The "Roe campaign" the actors stage found for Roe's campaign or team; else Roe (the
    gold convention for "Roe's campaign said")."""
    surname = person.name.split()[-1].lower()
    return next((a for a in res.actors if a.kind in {"organization", "group"}
                 and "campaign" in a.name.lower().split()
                 and surname in a.name.lower().split()), person)


_BODY_BEFORE_ROLE = lazy(r"(?:an?|the)\s+((?:[A-Z][\w&.-]*\s+){1,3})\w+$", re.IGNORECASE)


def _speaks_for(res: _Resolver, head_text: str, hs: int) -> Actor | None:
    """The body an unnamed spokesperson's capitalised modifier names ("an INS spokeswoman",
    "a Justice Department spokesman"), when the text named it before."""
    m = _BODY_BEFORE_ROLE.fullmatch(head_text.strip())
    if m is None or not m.group(1)[:1].isupper():
        return None
    body = m.group(1).strip()
    hit = res.by_name(body, hs) or res.by_name(body.split()[-1], hs)
    return hit if hit is not None and hit.kind in {"organization", "country"} else None


def _other_given_name(
    name: str, a: Actor, table: dict[str, dict[str, object]], introduced: bool
) -> bool:
    """Does a full name ("Jane Roe") give another given name than the person found by its
    surname ("John Roe")? The first word must be a known given name, or the name be
    introduced by a description ("Another cousin, Jane Roe")."""
    words = name.split()
    first = words[0].lower().rstrip(".,")
    if len(words) < 2 or a.kind != "person" or first in table or first in _title_words():
        return False
    if not introduced and first not in _given_names():
        return False
    if len(first) <= 1 or not words[0][:1].isupper():
        return False
    known = {n.split()[0].lower() for n in (a.name, *a.aliases) if n and " " in n}
    return bool(known) and first not in known


# What links a person's name to a place or body that only qualifies it: a party-state tag
# ("Roe (R-Utah)"), "of"/"from" ("Roe of Maryland"), an appositive comma; the body may carry
# an adjective or two ("Roe of the Ohio-based Acme Foundation").
_MODIFIER_LINK = lazy(
    r"\s*(?:\(\s*[A-Z][\w.]*\s*[-–]\s*|,\s*|(?:of|from|for|at|with)\s+)(?:[Tt]he\s+)?"
    r"(?:(?:[a-z][a-z-]*|[A-Z][\w.]*-based)\s+){0,2}"  # "of the Miami-based X", "of the liberal X"
)


def _head_person(text: str, cov: list[tuple[int, int, Actor]], ms: int) -> Actor | None:
    """The person a speaker phrase is headed by when the mention picked is a place or body
    in a modifier after the name: "Rep. Jane Roe (R-Utah)", "Rep. John Doe of Maryland",
    "wrote Jane Roe for Acme Research", "said John Doe at the Beta Institute"."""
    for ps, pe, p in cov:
        if p.kind == "person" and pe <= ms and _MODIFIER_LINK.fullmatch(text, pe, ms):
            if _RELATION_OF.search(text, max(0, ps - 30), ps):
                continue  # "the lawyer of Jane Roe of Ohio": not Roe
            return p
    return None


_MODIFIER_PREPS = frozenset({"in", "of", "at", "from", "around", "for", "across", "near"})
_TEAM_HEADS = frozenset({"team", "campaign"})


def _group_word(words: list[str]) -> int:
    """Index of the group noun heading a speaker phrase (before any preposition), or -1."""
    for k, w in enumerate(words):
        if w in _MODIFIER_PREPS:
            return -1
        if w in _GROUP_HEADS:
            return k
    return -1


def _group_heads_only(
    text: str, hs: int, he: int, words: list[str], cov: list[tuple[int, int, Actor]]
) -> bool:
    """Is every actor in a group-headed speaker phrase only a modifier of the group noun: a
    possessor ("Roe's relatives"), a noun before it ("Roe aides") or the object of a
    preposition after it ("relatives in Ohio")?"""
    k = _group_word(words)
    if k < 0 or words[k] in _TEAM_HEADS:
        return False
    spans = [m.span() for m in _WORD.finditer(text, hs, he)]
    if len(spans) != len(words):
        return False
    gs, ge = spans[k]
    return all(me <= gs or ms >= ge for ms, me, _a in cov)


# A plural noun, then (a lower-case "of" phrase and) a locative preposition before a place.
_LOCATIVE = frozenset({"in", "around", "across", "near", "throughout"})
_NOT_PLURAL = frozenset({"its", "his", "has", "was", "is", "this", "us", "as", "news", "plus",
                         "series", "thus", "whereas", "yes", "less", "unless"})


def _located_people(
    text: str, hs: int, he: int, cov: list[tuple[int, int, Actor]]
) -> tuple[Actor | None, int | None] | None:
    """The speaker of "<plural noun> in <place>" when the place only locates the people:
    (the group actor named by the words up to the noun, or None for nobody; None), or, with
    an actor before the noun ("Acme officials in Easton"), (None, the noun's end) to read the
    phrase without its place. None when the phrase is not of that shape (a non-place after the
    noun, "lawmakers in Congress", keeps the older rules)."""
    ws = [m for m in _WORD.finditer(text, hs, he)]
    noun = -1
    for k, m in enumerate(ws):
        w = m.group()
        if w in _LOCATIVE:
            break
        low = w.lower()
        if noun < 0 and w.isalpha() and (w.islower() or k == 0 and w[1:].islower()) and (
            low.endswith("s") and not low.endswith("ss") and low not in _NOT_PLURAL
        ):
            noun = k  # (capitalised only as the phrase's first word: "Residents in …")
        elif noun >= 0 and not (w.islower() or w in {"the", "The"}):
            return None  # "leaders of Acme Corp in Ohio": a body between noun and place
    else:
        return None
    if noun < 0 or not k > noun:
        return None
    ne, loc = ws[noun].end(), ws[k].start()
    group: Actor | None = None
    body = False
    for ms, me, a in cov:
        if ms >= loc:
            if a.kind not in {"place", "country"} and not (
                a.kind == "person" and " " not in a.name
            ):
                return None  # "officials at Acme in Ohio", "lawmakers in Congress"
        elif a.kind == "group" and abs(me - ne) <= 1:
            group = a  # "Cuban exiles" made a group actor
        elif me <= ne:
            body = True  # "U.S. officials in Baghdad": the body before the noun may speak
        else:
            return None
    return (None, ne) if body and group is None else (group, None)


def _group_modified(
    res: _Resolver, hs: int, he: int, words: list[str], cov: list[tuple[int, int, Actor]]
) -> Actor | None:
    """"The Roe team", "Roe's campaign": the campaign organisation named after the person,
    when the text has one."""
    k = _group_word(words)
    if k < 0 or words[k] not in _TEAM_HEADS:
        return None
    people = [a for _ms, me, a in cov if a.kind == "person" and me <= he]
    if not people:
        return None
    sur = people[0].name.split()[-1].lower()
    for a in res.actors:
        low = a.name.lower().split()
        if a.kind != "person" and "campaign" in low and sur in low:
            return a
    return None


# A relation or agent noun before "of"/"for" a person: "the grandmother of Jane Roe", "a
# lawyer for John Doe" speak about or for that person, and are not that person.
_RELATION_OF = lazy(
    r"\b(?:mother|father|grand(?:mother|father|son|daughter)|son|daughter|wife|husband|"
    r"brother|sister|cousin|uncle|aunt|nephew|niece|widow|widower|relatives?|family|"
    r"lawyers?|attorneys?|friends?|neighbou?rs?|biographer|aides?|advis[eo]rs?|doctors?|"
    r"partners?|colleagues?|associates?|physicians?|strategists?)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?$",
    re.IGNORECASE,
)


def _home_country(doc: Document, actors: list[Actor]) -> Actor | None:
    """The country actor whose capital (or itself) the dateline names: in a story filed from
    Havana, "the government" and "the leadership" are Cuba's when several countries appear."""
    dl = doc.article.dateline
    if dl is None or not dl.place:
        return None
    place = dl.place.split(",")[0].strip().lower()
    country = _capitals().get(place, place)
    return next((a for a in actors if a.kind == "country" and a.name.lower() == country), None)


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(
        n.lower() for e in rules.entries("given_names") for n in e.get("names", [])
    )


def _person_noun(head: str, words: list[str]) -> str | None:
    """The singular person noun of a definite description ("the Cuban leader": leader), when
    the head is a description and not a name with a title ("Senator Roe")."""
    table, rx = _roles()
    found = rx.findall(head)
    if not found:
        return None
    w = found[0]
    e = _role_entry(table, w)
    plural = w.lower().endswith("s") and not w.lower().endswith("ss")  # not "actress"
    if e.get("noun") != "person" or plural and "titles" not in e:
        return None
    k = words.index(w.lower()) if w.lower() in words else -1
    rest = words[k + 1 :] if k >= 0 else []
    if rest and rest[0] not in {"from", "of", "for"}:
        if all(r in table and _role_entry(table, r).get("noun") == "person" for r in rest):
            return rest[-1]  # "the billionaire businessman": the last noun heads it
        return None  # "Senator Jane Roe": a title before a name
    if k > 0 and words[k - 1].endswith(("’s", "'s")):
        return None  # "the boy's father": a relation, not an office
    return w


def _people(mention: str, a: Actor) -> bool:
    """Is a country's mention its people ("Americans", "Iraqis"), not its name?"""
    return mention.endswith("s") and mention.lower() not in a.name.lower()


_JOINT_NOUN = lazy(
    r"^(?:the\s+|both\s+)?(?:two|three|both|all)?\s*(?:\w+\s+)?"
    r"(leaders|presidents|ministers|prime\s+ministers|heads\s+of\s+state|sides|countries|"
    r"nations|governments|delegations|parties|partners|allies|men|women|candidates)$",
    re.IGNORECASE,
)
_JOINT_ENDS = (
    "leaders", "presidents", "ministers", "state", "sides", "countries", "nations", "governments",
    "delegations", "parties", "partners", "allies", "men", "candidates",
)
_PERSON_JOINT = {"leaders", "presidents", "ministers", "men", "women", "candidates"}
_REMARKS = lazy(
    r"\b(?:remarks|speech|address|transcript|interview|statement|op-ed|letter|testimony)\b",
    re.IGNORECASE,
)
_JOINT_HEAD = lazy(r"\bjoint\b|\band\b|[-–]", re.IGNORECASE)


# Where a conjunct of "X, Y and the Z" opens: after the head's start, ", " or " and ".
_CONJUNCT_SPLIT = lazy(r",\s*(?:and\s+)?|\s+and\s+")
_CONJUNCT_DET = lazy(r"(?:the|both)\s+", re.IGNORECASE)


def _conjunct_actors(
    text: str, hs: int, he: int, cov: list[tuple[int, int, Actor]]
) -> list[Actor]:
    """The actors that are whole conjuncts of "X and Y" (each mention opens a conjunct and
    runs to its end), any kind but a place: "Roe and Doe", "the ACLU and the Urban League";
    [] unless every conjunct is one ("Roe of Ruritania and Doe": Ruritania only modifies)."""
    bounds = [hs]
    ends = []
    for m in _CONJUNCT_SPLIT.finditer(text, hs, he):
        ends.append(m.start())
        bounds.append(m.end())
    ends.append(he)
    out: list[Actor] = []
    for s, e in zip(bounds, ends, strict=True):
        dm = _CONJUNCT_DET.match(text, s, e)
        s2 = dm.end() if dm else s
        hit = next((a for ms, me, a in cov if ms in (s, s2) and me == e), None)
        if hit is None or hit.kind == "place":
            return []
        out.append(hit)
    return out if len(out) > 1 else []


def _joint(
    res: _Resolver, f: _Found, pi: int, doc: Document, prev: View | None
) -> tuple[str, ...]:
    """Every actor of a joint speaker: "X and Y", "the two leaders", "they"/"we" after them.

    Also "I" in remarks: the speaker named in a "Remarks by …" headline (one id)."""
    text = res.text
    hs, he = f.head or f.speaker or (0, 0)
    head = text[hs:he].strip()
    low = head.lower()
    if " and " in low:
        cov = res.covering(hs, he)
        ids = [a for ms, me, a in sorted(cov, key=lambda t: t[0]) if ms >= hs and me <= he]
        loc = located_from(res, hs, he) if any(a.kind in {"country", "place"} for a in ids) else he
        if loc < he:
            # "Officials in Ruritania and Utopia": the places only locate the officials
            ids = [a for ms, me, a in sorted(cov, key=lambda t: t[0])
                   if ms >= hs and me <= he and ms < loc]
        people = [a for a in ids if a.kind == "person"]
        pick = people if people else [a for a in ids if a.kind != "place"]
        whole = _conjunct_actors(text, hs, he, cov)
        if len(whole) > len(pick):
            # "Roe and Doe" where one name was read as another kind: each conjunct speaks
            pick = whole
        out = tuple(dict.fromkeys(a.id for a in pick))
        return out if len(out) > 1 else ()
    if low == "they":
        pair = res.pair_before(hs)
        if pair:
            return pair
    if low in {"both", "both men", "both women"}:
        # "X and Y met on Friday. Both said …": the two people of the latest sentence that
        # names people, only when it names exactly two.
        pair = res.group_before(hs, {"person"}, window=600)
        return pair if len(pair) == 2 else ()
    # _JOINT_NOUN ends with one of its nouns (an ASCII head that does not cannot match).
    jm = _JOINT_NOUN.match(low) if low.endswith(_JOINT_ENDS) or not low.isascii() else None
    if jm and not low.startswith(("the ", "both ", "two ", "three ", "all ")):
        jm = None  # "Party leaders", "Western allies": a group of some, not the ones in play
    if jm or low in {"they", "we"}:
        for v in reversed(res.history[-6:]):
            if pi - _para_of(doc, v.span[0]) > 2:
                break
            if len(v.speakers) > 1:
                return v.speakers
        if prev is not None and low in {"they", "we"}:
            return ()
        if jm:
            noun = jm.group(1).lower()
            want = {"person"} if noun in _PERSON_JOINT else {"country", "organization"}
            group = res.group_before(hs, want)
            if not group and noun == "candidates" and low.startswith(("both ", "the two ")):
                # "Both presidential candidates have opposed it. Republican nominee Roe …":
                # the two people the text calls candidates or nominees, when it has two
                group = _two_candidates(res)
            return group
        if low == "we":
            return _headline_actors(res, doc, joint=True) or _headline_actors(
                res, doc, joint=False
            )[:1]
        return ()
    if low == "i":
        return _headline_actors(res, doc, joint=False)[:1]
    return ()


_CANDIDATE_TITLE = lazy(r"\b(?:candidate|nominee|contender|standard-bearer)\b", re.IGNORECASE)


def _two_candidates(res: _Resolver) -> tuple[str, ...]:
    """The two people whose title makes them candidates ("Republican nominee"), or ()."""
    ids = tuple(a.id for a in res.actors
                if a.kind == "person" and a.title and _CANDIDATE_TITLE.search(a.title))
    return ids if len(ids) == 2 else ()


def _headline_actors(res: _Resolver, doc: Document, joint: bool) -> tuple[str, ...]:
    """The actors a headline names as authors: of "Joint Statement by X and Y" or
    "Remarks by President X"."""
    hl = doc.article.headline_span
    if not hl:
        return ()
    htext = res.text[hl[0] : hl[1]]
    if not (_JOINT_HEAD.search(htext) if joint else _REMARKS.search(htext)):
        return ()
    cov = sorted(res.covering(*hl), key=lambda t: t[0])
    want = {"person"} if not joint else {"person", "country", "organization"}
    ids = tuple(dict.fromkeys(a.id for ms, me, a in cov if ms >= hl[0] and a.kind in want))
    if joint and len(ids) < 2:
        return ()
    return ids
