"""Pronoun speakers: "he"/"she"/"they"/"it" resolved by gender, the views before, the sentence's
subject, an aside, a name after (cataphora), the people or things named since; "it" for documents
and organisations; a column's author; and _role_kind, the speaker's role, affiliation and kind
(expert, official, other), which the records above ask.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container

from briefgen.extract import coref
from briefgen.extract.quotes import DOUBLE_OPEN
from briefgen.extract.views.attribution import _org_description, _person_description
from briefgen.extract.views.patterns import _MARKS, _Found, _role_entry, _roles
from briefgen.extract.views.speakers import _opens_sentence, _para_lo, _para_of, _Resolver
from briefgen.extract.views.subjects import _AGE, _DOC_ALT
from briefgen.extract.views.units import _CLOSE_MARKS
from briefgen.lazyre import lazy
from briefgen.model import Actor, Document, View


def _pronoun(
    res: _Resolver, p: str, pos: int, para_idx: int, doc: Document
) -> tuple[Actor | None, View | None]:
    want = {
        "he": {"person"},
        "she": {"person"},
        "it": {"organization", "country"},
        "they": {"group", "organization"},
    }.get(p)
    if p == "i" and not res.quoted(pos):
        # "I" in a column's own prose: the writer the closing line names ("Jane Roe is a
        # professor of history at Elm State.")
        return _column_author(res, doc), None
    if want is None:
        return None, None
    if p == "it":
        body = _it_subject(res, doc, pos)
        if body is not None:
            return body, None
        found, author = _document_it(res, pos)
        if found:
            return author, None
    if p not in {"he", "she"}:
        a, v = _pronoun_any(res, p, want, pos, para_idx, doc)
        if p == "it" and a is not None and _thing_since(res, a, pos):
            return None, None  # "Acme sued. The letter accuses Roe … It also says": the letter
        if p == "they" and a is not None and a.kind == "organization" and _people_since(
            res, a, pos
        ):
            return None, None  # "Investigators met on Monday. They believe …": unnamed people
        return a, v
    g = coref.pronoun_gender(p)
    res.skip = _gender_skip(res, g)
    try:
        ahead = _cataphor(res, pos) or _aside_of(res, pos)
        if ahead is not None:
            return ahead, None
        if g is not None:
            sole = _sole_gendered(res, doc, pos, g)
            if sole is not None:
                return sole, None
        return _pronoun_any(res, p, want, pos, para_idx, doc)
    finally:
        res.skip = frozenset()


def _gender_skip(res: _Resolver, g: str | None) -> Container[str]:
    """The ids a he/she pronoun cannot name: the people of the other gender the text shows,
    and those whose votes lean to it (_given_other). The leanings (a second pass over every
    person's mentions) are counted only when a person the text left open is tested."""
    full = res.skip_sets.get(g)
    if full is not None:
        return full
    known = frozenset(k for k, v in res.gender.items() if v != g)
    if res.open_people is None:
        res.open_people = any(a.kind == "person" and a.id not in res.gender for a in res.actors)
    if g is None or not res.open_people:
        res.skip_sets[g] = known  # (nobody left open: no leaning can add anyone)
        return known
    return _GenderSkip(res, g, known)


class _GenderSkip:
    """_gender_skip's set before the leanings are counted: the other gender's people, then
    (on the first test of a person left open) the whole set, which takes its place."""

    __slots__ = ("g", "known", "res")

    def __init__(self, res: _Resolver, g: str, known: frozenset[str]) -> None:
        self.res = res
        self.g = g
        self.known = known

    def __contains__(self, k: object) -> bool:
        if k in self.known:
            return True
        if k in self.res.gender:
            return False
        full = self.known | _given_other(self.res, self.g)
        self.res.skip_sets[self.g] = full
        if self.res.skip is self:
            self.res.skip = full
        return k in full


def _given_other(res: _Resolver, g: str | None) -> frozenset[str]:
    """People whose gender the text left open (coref.genders decides only on a clear
    majority, and the pronoun being resolved may be the only vote against a given name) but
    whose votes lean to the other gender: "Linda Moore criticized the plan. He said …" is not
    Linda Moore (coref.leanings)."""
    if g is None:
        return frozenset()
    hit = res.given_skip.get(g)
    if hit is not None:
        return hit
    lean = coref.leanings(res.doc, res.actors) if res.doc is not None else {}
    res.given_skip[g] = frozenset(
        k for k, v in lean.items() if v != g and k not in res.gender
    )
    return res.given_skip[g]


# A column's closing line about its writer: "Jane Roe is a professor at Elm State.", "Rep. Jan
# Kos, D-Ohio, was an early backer of …", "Roe is a Washington-based reporter for …".
_AUTHOR_LINE = lazy(
    r"[ \t]*(?:[A-Z][a-z]{1,4}\.[ \t]+)?(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]+"
    r"(?:,[ \t]+[A-Z][\w.-]*,)?[ \t]+(?:is|was|has[ \t]+been|serves[ \t]+as|served[ \t]+as)"
    r"[ \t]+(?:an?|the|[a-z][\w-]*)\b"
)


def _column_author(res: _Resolver, doc: Document) -> Actor | None:
    """The writer of an opinion column: the person the article's last paragraph opens with as
    a closing line about its writer, when the text never named that person before it (a
    closing line of news copy is about someone the story names: "Roe is expected to …")."""
    if res.writer is not None:
        return res.writer[0]
    res.writer = (None,)
    if not doc.paragraphs:
        return None
    ps, pe = doc.paragraphs[-1].span
    if pe - ps > 400 or not _AUTHOR_LINE.match(res.text, ps, pe):
        return None
    for ms, _me, a in res.covering(ps, min(pe, ps + 60)):
        if ms < ps or a.kind != "person":
            continue
        if min(m[0] for m in a.mentions) >= ps and _AUTHOR_LINE.match(res.text, ps, pe):
            res.writer = (a,)
        break
    return res.writer[0]


# Head nouns of descriptions that name an organisation (never a thing "it" stands for).
_ORG_NOUNS = frozenset({
    "company", "firm", "department", "ministry", "agency", "bank", "court", "paper",
    "newspaper", "bureau", "commission", "committee", "council", "board", "union", "party",
    "group", "government", "administration", "campaign", "organization", "organisation",
    "association", "institute", "foundation", "center", "centre", "network", "station",
    "magazine", "publication", "site", "website", "university", "college", "school", "church",
    "team", "club", "coalition", "alliance", "fund", "pac", "unit", "subsidiary", "maker",
    "carrier", "airline", "retailer", "insurer", "lender", "utility", "state", "country",
    "nation", "city", "county", "army", "military", "police", "service", "office",
    # a body's parts and writings speak for it ("The piece … it accuses", "The baking
    # business benefited …, it added")
    "business", "division", "operation", "operations", "segment", "piece", "article",
    "editorial", "column", "story",
})
# A sentence whose subject is a definite description of an organisation: "The department
# changed course when it argued …" — "it" is that organisation, not one named in between.
_ORG_SUBJECT = lazy(
    r"[\s“\"]*(?:The|the)\s+(company|firm|department|ministry|agency|bank|court|paper|"
    r"newspaper|bureau|commission|committee|council|board|union|party|group)\s+(?!of\b)[a-z]"
)


# A sentence whose subject is a document: "The report, released by X, says …", "A letter from
# the staff association … reflected …", "This document … exposed …".
_DOC_SUBJECT = lazy(
    r"[\s“\"]*(?:The|A|An|This|That|Its|Their|Her|His|Another|One)\s+"
    r"(?:(?!(?:said|says|says|was|is|were|are|has|had)\b)[\w’'-]+\s+){0,3}?"
    rf"({_DOC_ALT})s?\b(?=\s*,|\s+(?:[a-z]+ly\s+|also\s+)?(?:[a-z]+s|[a-z]+ed|by|from|to|on|in|"
    r"this|last|had|has|was|is|will|would|can|could)\b)"
)
# A coordinated clause "it" opens: "The report says A, and it adds B"; "…; it also found".
_IT_CLAUSE = lazy(r"(?:[,;]\s+(?:and|but|while)|;|\sand)\s+$")


# What may stand before a sentence-opening "it": "It found", "And it stresses", "But it".
_IT_OPENS = lazy(r"[\s“\"‘']*(?:(?:And|But|Yet|So|Still|Also|However,?)\s+)?")


# A quotation the pronoun closes: "“We must change,” it said" (its antecedent is before it).
_QUOTE_BEFORE_IT = lazy(r"\s*(?:“|\"|'')[^“”\"\n]{1,600}[,?!](?:”|\"|'')\s*")


def _document_it(res: _Resolver, pos: int) -> tuple[bool, Actor | None]:
    """Is "it" at pos a document's, its nearest subject antecedent a document ("The report,
    released by X and Y, says A. It found B"; "… and it stresses")? Then the document speaks
    for its author: the speaker its own view resolved to, else the one named as writing or
    issuing it, else nobody named. Names inside the document's description (co-sponsors,
    subjects: "a resolution co-sponsored by Chile") are not what "it" picks up."""
    text = res.text
    k = bisect.bisect_right(res.sent_starts, pos) - 1
    if k < 0:
        return False, None
    ss = res.sent_starts[k]
    if _IT_OPENS.fullmatch(text, ss, pos) or _QUOTE_BEFORE_IT.fullmatch(text, ss, pos):
        if k == 0:
            return False, None
        ss, se = res.sent_starts[k - 1], ss  # "… . It found": the sentence before
    elif _IT_CLAUSE.search(text, max(ss, pos - 12), pos):
        se = pos  # "The report says A, and it adds B": its own sentence
    else:
        return False, None  # "The average benefit, it says, …": an aside, not the subject's
    if res.quoted(ss + 1) or res.quoted(pos):
        return False, None
    m = _DOC_SUBJECT.match(text, ss, se)
    if m is None:
        return False, None
    for v in reversed(res.history):
        vs = (v.speaker_span or v.span)[0]
        if v.span[0] < ss:
            break
        if ss <= vs <= m.end(1) and v.span[0] < pos:
            a = res.actor(v.speaker)
            return True, a if a is not None and a.kind != "place" else None
    noun = m.group(1).lower()
    author = res.author(noun, pos)
    if author is None and noun == "resolution":
        # "The Security Council condemned the bombings. A resolution … urges …": the body
        # the story names acting before is the one that adopted it
        hit = res.subject_before(ss, {"organization"}, max(0, ss - 1500))
        author = hit[1] if hit is not None else None
    if author is None and not res.covering(m.end(1), se):
        return False, None  # "Acme sued. The new filing runs to 40 pages. It argues": the older rules
    return True, author


def _it_subject(res: _Resolver, doc: Document, pos: int) -> Actor | None:
    """The organisation a description opening the sentence of pos names ("The department …
    when it argued"), by the heads of the organisations named before."""
    k = bisect.bisect_right(res.sent_starts, pos) - 1
    ss = res.sent_starts[k] if k >= 0 else 0
    m = _ORG_SUBJECT.match(res.text, ss, pos)
    if m is None:
        return None
    co = coref.descriptions(doc, res.actors)
    return co.org_of_kind(m.group(1), ss) or res.org_by_head(m.group(1), ss)


_FRONTED = lazy(
    r"(?:^|[.!?]\s+|\n)\s*(?:Though|Although|Even\s+though|While|Whereas|When|After|Before|"
    r"Because|Since|Once|Until|If|Even\s+as)\s+$"
)


# A sentence opened by a subordinate clause or an adverbial phrase, its comma still ahead:
# "After struggling to show that he …, Roe said", "In what she called a rant, Roe …".
_FRONTED_OPEN = lazy(
    r"(?:Though|Although|Even\s+though|While|Whereas|When|After|Before|Because|Since|Once|"
    r"Until|If|Even\s+as|Despite|In|Speaking|Having|Unlike|Like|Whatever)\s[^,.;:!?\n]*$"
)


def _cataphor(res: _Resolver, pos: int) -> Actor | None:
    """ "Though she called it outrageous, Clinton restricted …": a pronoun in a fronted
    subordinate clause names the person that opens the main clause after its comma."""
    text = res.text
    if not _FRONTED.search(text, max(0, pos - 14), pos):
        k = bisect.bisect_right(res.sent_starts, pos) - 1
        ss = res.sent_starts[k] if k >= 0 else 0
        ss = pos - len(text[ss:pos].lstrip(" \t\n" + _MARKS))
        if pos - ss > 160 or not _FRONTED_OPEN.match(text, ss, pos):
            return None
    stop = len(text)
    for ch in ".\n":
        k = text.find(ch, pos, pos + 400)
        if k >= 0:
            stop = min(stop, k)
    comma = text.find(",", pos, stop)
    if comma < 0:
        return None
    for ms, _me, a in res.covering(comma, min(stop, comma + 60)):
        if ms < comma:
            continue
        if a.kind == "person" and a.id not in res.skip and _TITLES_ONLY.fullmatch(
            text, comma + 1, ms
        ):
            return a
        break
    return None


_TITLES_ONLY = lazy(r"\s*(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,4}")


# "Roe — even as she says …": a pronoun in an aside opened right after a name.
_ASIDE_OPEN = lazy(
    r"(?:\s[—–]|\s--|,)\s+(?:even\s+as|while|though|although|even\s+though|when)\s+$"
)


def _aside_of(res: _Resolver, pos: int) -> Actor | None:
    """The person whose name an aside holding the pronoun at pos follows ("Roe — even as she
    says A — has B"; "Roe, while he said A, did B"), when the gender does not forbid it."""
    m = _ASIDE_OPEN.search(res.text, max(0, pos - 24), pos)
    if m is None:
        return None
    at = m.start()
    for _ms, me, a in res.covering(at - 1, at):
        if me == at and a.kind == "person" and a.id not in res.skip and not res.quoted(at - 1):
            return a
    return None


def _sole_gendered(res: _Resolver, doc: Document, pos: int, g: str) -> Actor | None:
    """“…,” she said after a sentence (since the last view) naming one person the text shows
    to be a woman and only men besides (or the reverse): that person, not an earlier speaker.
    Every person of that sentence must have a known gender."""
    sents = doc.sentences
    starts = res.sent_starts
    k = bisect.bisect_right(starts, pos) - 1
    while k >= 0 and (sents[k].span[1] > pos - 1 or res.quoted(sents[k].span[0])):
        k -= 1  # the sentence holding the pronoun, and sentences that open inside a quote
    if k < 0:
        return None
    ss, se = sents[k].span
    if _para_of(doc, pos) - sents[k].paragraph > 1:
        return None
    last = res.history[-1] if res.history else None
    if last is not None and max(last.span[1], (last.speaker_span or last.span)[1]) > ss:
        return None  # a view since: the usual rules
    people = {a.id: a for ms, _me, a in res.covering(ss, se)
              if a.kind == "person" and ms >= ss and not res.quoted(ms)}
    if not people or any(i not in res.gender for i in people):
        return None
    same = [a for i, a in people.items() if res.gender[i] == g]
    if len(same) != 1 or (last is not None and last.speaker == same[0].id):
        return None
    if res.text[ss:se].rstrip(" " + _MARKS).endswith("?"):
        return None  # "Don't they risk losing to Obama?" — a question names no speaker
    if all(_possessor(res.text, me) for ms, me, a in res.covering(ss, se)
           if a.id == same[0].id and ms >= ss):
        return None  # "under Obama's plan": only a possessor
    return same[0]


def _pronoun_any(
    res: _Resolver, p: str, want: set[str], pos: int, para_idx: int, doc: Document
) -> tuple[Actor | None, View | None]:
    if p in {"he", "she"} and para_idx > 0:
        intro = _introduced(res, doc, para_idx)
        if intro is not None and intro.id not in res.skip:
            return intro, None
    lo = _para_lo(doc, para_idx)
    near = res.subject_before(pos, want, lo)
    if p == "it":
        # the organisation subject of the latest sentence naming one (coref.Descriptions)
        im = coref.descriptions(doc, res.actors).it_antecedent(pos, lo, res.quoted)
        near = (im[0], im[2]) if im is not None else near
    for v in reversed(res.history):
        vp = _para_of(doc, v.span[0])
        if para_idx - vp > 2:
            break
        if near is not None and near[0] > max(v.span[1], (v.speaker_span or v.span)[1]):
            # "Acme said A. Beta Corp has called for B. It added …": the nearer subject.
            return near[1], None
        if v.rule == "verb-subordinate" and p in {"he", "she"}:
            main = _main_subject(res, v.span[1])
            if main is not None:
                # "When Roe pointed out that A, Doe seized on it. “B,” she said": the main
                # clause's subject, not the one who spoke in the fronted clause
                return main, None
        a = res.actor(v.speaker)
        vt = v.speaker_text.lower()
        if a is not None and a.id in res.skip:
            continue  # "she" is not the man who spoke last
        if vt == "i" and p in {"he", "she"}:
            continue  # "I support him. He knows …": the writer is not "he"
        if a is not None and a.kind in want:
            return a, v
        if a is not None and p in {"he", "she"} and _person_description(vt):
            return a, v  # "A spokesman for Acme said … he said": Acme speaks
        if a is None and p in {"he", "she"} and _person_description(vt):
            return None, v
        if a is None and p == "they" and (vt.endswith("s") or " and " in vt):
            return None, v
        if a is None and p == "it" and _org_description(vt):
            return None, v
    if p == "it":
        if near is None:
            im = coref.descriptions(doc, res.actors).it_antecedent(pos, pos - 3000, res.quoted)
            near = (im[0], im[2]) if im is not None else None
        return (near[1] if near else None), None
    if p == "they":
        hit = res.before_mention(pos, want)
        if hit is None or _possessor(res.text, hit[1]):
            # "States are challenging the EPA's rules. They argue …": an organisation named
            # only as a possessor is not what "they" picks up.
            return None, None
        return hit[2], None
    who = res.before(pos, want)
    if who is not None and _press(res, who):
        # "The Post's reporter Ann Roe writes: … ¶ Mary thought … ¶ “…,” she said": the one
        # the reporter writes about, not the reporter
        return _written_about(res, who, pos, coref.pronoun_gender(p)) or who, None
    return who, None


_PRESS_WORDS = lazy(r"\b(?:reporter|correspondent|columnist|journalist|writer|reporters)\b",
                    re.IGNORECASE)


def _press(res: _Resolver, a: Actor) -> bool:
    """Is the person a reporter (a title, or "reporter" just before a mention of her)?"""
    if a.kind != "person":
        return False
    if a.title and _PRESS_WORDS.search(a.title):
        return True
    return any(_PRESS_WORDS.search(res.text, max(0, ms - 40), ms) for ms, _me in a.mentions)


def _written_about(res: _Resolver, reporter: Actor, pos: int, g: str | None) -> Actor | None:
    """The person the text shows to be of the pronoun's gender who last opens a sentence
    between the reporter's last mention and pos, inside her quoted copy too."""
    last = max((me for ms, me in reporter.mentions if me <= pos), default=-1)
    if last < 0:
        return None
    for ms, _me, a in reversed(res.covering(last, pos)):
        if (
            ms >= last
            and a.kind == "person"
            and a.id != reporter.id
            and g is not None
            and res.gender.get(a.id) == g
            and _opens_sentence(res.text, ms, True)
            and not _press(res, a)
        ):
            return a
    return None


_POSSESSIVE = lazy(r"[’']s\b")
_MAIN_VERB = lazy(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")


def _main_subject(res: _Resolver, comma: int) -> Actor | None:
    """The person opening the main clause after a fronted clause's comma at `comma` ("When
    Roe asked A, Senator Doe replied …": Doe), when a finite verb follows the name and the
    pronoun's gender does not forbid it."""
    text = res.text
    if text[comma : comma + 1] != ",":
        return None
    after = comma + 1 + (text[comma + 1 : comma + 2] in _CLOSE_MARKS)  # ',”' in a quote
    for ms, me, a in res.covering(comma, comma + 60):
        if ms <= comma:
            continue
        if (
            a.kind == "person" and a.id not in res.skip
            and _TITLES_ONLY.fullmatch(text, after, ms)
            and _MAIN_VERB.match(text, me)
        ):
            return a
        return None
    return None


# Plural nouns for people that "they" picks up before an organisation named earlier
# ("Analysts doubt it … they say"). Not "executives", "employees", "companies": in business
# copy those are mostly the company's own ("top executives said they intend").
_PEOPLE_PLURALS = (
    "officials", "investigators", "authorities", "prosecutors", "activists",
    "intellectuals", "politicians", "operatives", "voters", "supporters", "opponents",
    "members", "lawmakers", "legislators", "workers", "investors", "experts",
    "researchers", "scientists", "economists", "analysts", "doctors", "parents", "students",
    "teachers", "officers", "agents", "groups", "organizations", "organisations", "unions",
    "watchers", "partisans", "thinkers", "progressives", "critics",
    "advocates", "residents", "protesters", "demonstrators", "witnesses", "relatives",
    "friends", "allies", "aides", "advisers", "advisors", "lawyers", "attorneys", "leaders",
    "delegates", "superdelegates", "donors", "strategists", "observers", "insiders",
    "conservatives", "liberals", "hands", "people", "families", "users", "consumers",
)
_PEOPLE_PLURAL = lazy(r"\b(?i:" + "|".join(_PEOPLE_PLURALS) + r")\b")
# The plural noun only names the organisation's own people: "Acme officials", "officials
# of/at/for Acme", "the company's executives".
_OWN_PEOPLE_BEFORE = lazy(r"(?:[’']s?)?\s+(?:[a-z-]+\s+)?")
_OWN_PEOPLE_AFTER = lazy(r"\s+(?:of|at|for|from|with|in)\s+(?:the\s+)?$")


def _last_mention_end(res: _Resolver, org: Actor, pos: int) -> int:
    """The end of the latest mention of org before pos (within 3,000 characters), else -1."""
    i = bisect.bisect_left(res.mstarts, pos) - 1
    while i >= 0 and res.mentions[i][0] > pos - 3000:
        _ms, me, a = res.mentions[i]
        if a.id == org.id and me <= pos:
            return me
        i -= 1
    return -1


def _people_since(res: _Resolver, org: Actor, pos: int) -> bool:
    """Does a plural noun for people stand between the latest mention of `org` before pos
    and pos (in that sentence or the one before), as the nearer antecedent of "they"? Not
    when the noun names the organisation's own people ("Acme executives", "officials at
    Acme")."""
    text = res.text
    anchor = _last_mention_end(res, org, pos)
    if anchor < 0:
        return False
    k = bisect.bisect_right(res.sent_starts, pos) - 1
    lo = max(anchor, res.sent_starts[k - 1] if k >= 1 else 0)
    for m in _PEOPLE_PLURAL.finditer(text, lo, pos):
        if res.quoted(m.start()):
            continue
        own = False
        for ms, me, a in res.covering(max(0, m.start() - 60), m.end() + 60):
            if a.id != org.id:
                continue
            if me <= m.start() and _OWN_PEOPLE_BEFORE.fullmatch(text, me, m.start()):
                own = True  # "Acme officials", "the company's top executives"
            if ms >= m.end() and _OWN_PEOPLE_AFTER.search(text, m.end(), ms):
                own = True  # "executives at Acme"
        if not own:
            return True
    return False


# A sentence opened by a description that is no actor: a determiner, lower-case words and a
# finite verb ("The letter also accuses …", "This chart, posted on Friday, showed …").
_THING_SUBJECT = lazy(
    r"[\s“\"]*(?:(?:Indeed|But|And|So|Still|Yet|However|Instead|Meanwhile),?\s+)?"
    r"(?:The|This|That|Its|Their|His|Her|One|An?)\s+(?:[a-z-]+\s+){0,3}"
    r"(?!(?:also|now|still|[a-z]+ly)\b)([a-z-]+)"
    r"(?:,[^,.;:]{1,60},)?\s+(?:[a-z]+ly\s+|also\s+|now\s+)?"
    r"(?:has|had|is|was|are|were|would|will|can|could|does|did|said|told|[a-z]+s|[a-z]+ed)\b"
)


def _thing_since(res: _Resolver, org: Actor, pos: int) -> bool:
    """Does a sentence that opens with a description naming no actor ("The letter also
    accuses …") stand between the latest mention of `org` before pos and pos (this sentence
    or the one before), as the nearer antecedent of "it"? Not when the description's noun
    is one for organisations ("The department …", left to _it_subject and the older rules)
    or for people."""
    text = res.text
    anchor = _last_mention_end(res, org, pos)
    if anchor < 0:
        return False
    k = bisect.bisect_right(res.sent_starts, pos) - 1
    table, _ = _roles()
    for ss in res.sent_starts[max(0, k - 1) : k + 1]:
        if ss < anchor or res.quoted(ss):
            continue
        m = _THING_SUBJECT.match(text, ss, pos)
        if m is None or m.end() > pos:
            continue
        noun = m.group(1)
        if noun in _ORG_NOUNS or noun.rstrip("s") in _ORG_NOUNS or noun in table:
            continue
        if any(ms < m.end(1) for ms, _me, _a in res.covering(ss, m.end(1))):
            continue  # an actor named in the description ("The Acme letter …")
        return True
    return False


def _possessor(text: str, me: int) -> bool:
    """Is the mention ending at me a possessor ("the EPA's rules")?"""
    return _POSSESSIVE.match(text, me) is not None


_ROLE_APPOS = lazy(r",\s+(?:a|an|the)?\s*([\w’'-]+(?:\s+[\w’'-]+){0,3})\s+(?:of|at|for)\s")


def _introduced(res: _Resolver, doc: Document, pi: int) -> Actor | None:
    """A quote paragraph right after one that introduces a person with a role and gives no
    view ("… concerns Jane Roe, president of the Y." / "“…,” he said."): that person speaks."""
    text = res.text
    ps = doc.paragraphs[pi].span[0]
    if text[ps : ps + 1] not in DOUBLE_OPEN + '"':
        return None
    qs, qe = doc.paragraphs[pi - 1].span
    if any(qs <= v.span[0] < qe for v in res.history[-3:]):
        return None
    table, rx = _roles()
    hit = None
    for ms, me, a in res.covering(qs, qe):
        if a.kind != "person" or ms < qs or " " not in text[ms:me] or res.quoted(ms):
            continue
        m = _ROLE_APPOS.match(text, me, min(qe, me + 80))
        if m and any(_role_entry(table, w).get("noun") == "person" for w in rx.findall(m.group(1))):
            hit = a
    return hit


_ARTICLE_START = lazy(r"^(?:an?|the)\s+")
_ROLE_AT = lazy(r"(.+?)\s+at\s+(.+)$")
_ROLE_OF = lazy(r"(.+?)\s+(?:of|for|with|from)\s+((?:the\s+)?[A-Z].*)$")


def _role_kind(
    text: str, f: _Found, actor: Actor | None
) -> tuple[str | None, str | None, str]:
    """The speaker's role, affiliation and kind (expert | official | other)."""
    table, rx = _roles()
    role = actor.title if actor and actor.kind == "person" else None
    affiliation = actor.affiliation if actor else None
    appos = text[f.appos[0] : f.appos[1]] if f.appos else ""
    speaker_text = text[f.speaker[0] : f.speaker[1]] if f.speaker else ""
    if appos and _AGE.match(appos):
        appos = ""  # "Jane Roe, 24": an age, not a role
    first = appos.split(None, 1)[0].lower() if appos and role is None and appos.split() else ""
    if appos and role is None and not first.endswith("ing") and first not in {"who", "which"}:
        body = _ARTICLE_START.sub("", appos)
        am = _ROLE_AT.match(body) or _ROLE_OF.match(body)
        role = am.group(1) if am else body
        if am and affiliation is None:
            affiliation = am.group(2)
    if role is None and speaker_text:
        hits = rx.findall(speaker_text)
        w = hits[0] if hits else None
        e = _role_entry(table, w) if w else None
        if w and e and e.get("noun") == "person" and e.get("kind") != "other" or (
            w and e and e.get("kind") == "other" and not w.endswith("s")
        ):
            role = w
    layers = [role or "", speaker_text, affiliation or "", actor.name if actor else ""]
    context = None  # all layers in lower case, for the entries that need a context word
    for layer in layers:
        for w in rx.findall(layer):
            e = _role_entry(table, w)
            need = e.get("needs_context")
            if isinstance(need, list):
                if context is None:
                    context = " ".join(layers).lower()
                if not any(c in context for c in need):
                    continue
            kind = str(e["kind"])
            if kind != "other":
                return role, affiliation, kind
    if actor and actor.kind == "country":
        return role, affiliation, "official"
    return role, affiliation, "other"
