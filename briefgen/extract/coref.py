"""Gender hints for the people of a document, read from the text itself.

The views and commitments stages resolve "he"/"she" to a person named earlier; without a
gender the nearest person wins, so "she said" could go to a man. The hints come from what
the article shows: an honorific or gendered title before a name ("Mrs. Roe", "Congresswoman
Roe"), a gendered role in the actor's title or in apposition ("Jane Roe, his wife"; "the
boy's father, John Roe"), and a pronoun that can only refer to one person ("Roe said she …";
a sentence naming one person followed by "He …"); and from a given name's usual gender
(briefgen/data/given_name_genders.json), a prior that the text's own evidence can outweigh.
The map is returned alongside the actors, not stored on them, so the JSON contract is
untouched.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from briefgen import rules
from briefgen.lazyre import lazy, trie_regex
from briefgen.model import Actor, Document

Gender = str  # "m" | "f"

# Gendered honorifics, titles, family nouns and -man compounds (data/gender_words.json).
_GENDER: dict[str, Gender] = {str(e["word"]): str(e["gender"]) for e in rules.entries("gender_words")}
_GENDER_LOWER = frozenset(w.lower() for w in _GENDER)
_WORD = r"[A-Za-z]+(?:woman|women)|" + "|".join(sorted(_GENDER, key=len, reverse=True))

# A title right before the name: "Mrs. Roe", "Congresswoman Jane Roe", "Queen Jane".
_TITLE_BEFORE = lazy(r"\b(Mrs?|Ms|Mme)\.?\s+$|\b([A-Z][a-z]+)\s+$")
# "his wife, Jane Roe" / "the boy's father Juan Roe": a role noun, then the name.
_ROLE_BEFORE = lazy(
    rf"(?i:\b(?:his|her|their|the|a|an|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+)?({_WORD})),?\s+$"
)
# "Jane Roe, his wife," / "John Roe, the boy's father": the role in apposition.
_ROLE_AFTER = lazy(
    rf",\s+(?i:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+[’']s\s+)?"
    r"(?:(?!(?:of|for|to|at|with|from|in|on|by|the|his|her|their|a|an)\b)[\w-]+\s+){0,3}"
    rf"(?i:({_WORD}))\b"
)
# "Roe said she …", "Roe told reporters that he …": the pronoun of the clause it reports.
_SAID_PRONOUN = lazy(
    r"\s+(?:also\s+)?(?:said|says|told\s+\w+|added|insisted|argued|noted|wrote)"
    r"(?:\s+on\s+\w+|\s+\w+day)?,?\s+(?:that\s+)?(he|she)\b"
)
_OPENS_WITH = lazy(r"\s*(He|She|His|Her)\b")
_SAID_BY = lazy(
    r"(?:[”\"’]|,)\s*(he|she)\s+(?:said|says|added|told|asked|noted|explained|continued|wrote)\b"
)
_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
# Given names with a usual gender (data/given_name_genders.json); ambiguous ones are absent.
_GIVEN: dict[str, Gender] = {
    str(n): str(e["gender"]) for e in rules.entries("given_name_genders") for n in e["names"]
}


def _word_gender(word: str) -> Gender | None:
    w = word.lower()
    if w.endswith(("woman", "women")):
        return "f"
    return _GENDER.get(w)


def genders(doc: Document, actors: list[Actor]) -> dict[str, Gender]:
    """Actor id → "m" or "f" for the people whose gender the text shows (a gender needs three
    times the other's votes); others absent."""
    return _decided(doc, actors, margin=3)


def leanings(doc: Document, actors: list[Actor]) -> dict[str, Gender]:
    """Actor id → the gender with more of the votes genders() weighs (a given name, titles,
    roles, pronouns), where genders() wants a clear majority: for ruling a person out of a
    pronoun, not for ruling one in."""
    return _decided(doc, actors, margin=1)


def _decided(doc: Document, actors: list[Actor], margin: int) -> dict[str, Gender]:
    """The votes of one document counted once, each margin's verdicts kept beside them.

    One-entry cache: the views and commitments stages ask for the same document in turn."""
    global _last
    if _last is None or _last[0] is not doc or _last[1] is not actors:
        _last = (doc, actors, _votes(doc, actors), {})
    verdicts = _last[3]
    out = verdicts.get(margin)
    if out is None:
        out = verdicts[margin] = _verdicts(_last[2], margin)
    return out


_last: (
    tuple[Document, list[Actor], dict[str, list[int]], dict[int, dict[str, Gender]]] | None
) = None


def _last_word(text: str, lo: int, s: int) -> str:
    """The word before the whitespace that ends text[lo:s] ("" when it does not end in
    whitespace): a cheap test before the title and role patterns, which need one."""
    if s <= lo or not text[s - 1].isspace():
        return ""
    words = text[max(lo, s - 40) : s].rsplit(None, 1)
    return words[-1] if words else ""


def _votes(doc: Document, actors: list[Actor]) -> dict[str, list[int]]:
    """Person id → [male, female] votes from titles, given names, roles and pronouns."""
    text = doc.text
    people = {a.id: a for a in actors if a.kind == "person"}
    votes: dict[str, list[int]] = {}
    if not people:
        return votes

    def vote(aid: str, g: Gender | None, weight: int) -> None:
        if g is not None:
            v = votes.setdefault(aid, [0, 0])
            v[0 if g == "m" else 1] += weight

    for a in people.values():
        for w in re.findall(r"[A-Za-z]+", a.title or ""):
            vote(a.id, _word_gender(w), 3)
        first = a.name.split()
        if len(first) > 1:
            # a given name's usual gender: a prior the text's own evidence can outweigh
            vote(a.id, _GIVEN.get(first[0]), 2)
    mentions = sorted((s, e, a.id) for a in people.values() for s, e in a.mentions if e > s)
    for s, e, aid in mentions:
        lo = max(0, s - 40)
        last = _last_word(text, lo, s)
        m = _TITLE_BEFORE.search(text, lo, s) if last != last.lower() else None
        if m:
            vote(aid, _word_gender(m.group(1) or m.group(2)), 3)
        low = last.removesuffix(",").lower()
        m = (
            _ROLE_BEFORE.search(text, lo, s)
            if low in _GENDER_LOWER or low.endswith(("woman", "women"))
            else None
        )
        if m:
            vote(aid, _word_gender(m.group(1)), 3)
        # (_ROLE_AFTER opens with a comma; _SAID_PRONOUN needs "he" or "she" in its window)
        m = _ROLE_AFTER.match(text, e, e + 50) if text.startswith(",", e) else None
        if m:
            vote(aid, _word_gender(m.group(1)), 3)
        m = _SAID_PRONOUN.match(text, e, e + 50) if text.find("he", e, e + 50) >= 0 else None
        if m:
            vote(aid, _PRONOUN_GENDER[m.group(1)], 2)
    # A pronoun subject in the sentence after one that names a single person (and no other
    # person before the pronoun in its own sentence) refers to that person.
    starts = [m[0] for m in mentions]
    sents = doc.sentences
    for i in range(1, len(sents)):
        ss, se = sents[i].span
        m = _OPENS_WITH.match(text, ss, se)
        pm = m or _SAID_BY.search(text, ss, se)
        if pm is None:
            continue
        ps = sents[i - 1].span[0]
        if sents[i].paragraph - sents[i - 1].paragraph > 1:
            continue
        if i >= 2 and sents[i].paragraph - sents[i - 2].paragraph <= 1:
            # "Jane Roe visited … Tom Fisk showed her … / “…,” she said.": the person of the
            # sentence before need not be the referent when another was named just before it;
            # only a person alone over both sentences gets the vote.
            ps = sents[i - 2].span[0]
        k = bisect.bisect_left(starts, ps)
        ids: set[str] = set()
        while k < len(mentions) and mentions[k][0] < pm.start(1):
            ids.add(mentions[k][2])
            k += 1
        if len(ids) == 1:
            vote(ids.pop(), _PRONOUN_GENDER[pm.group(1).lower()], 1)
    return votes


def _verdicts(votes: dict[str, list[int]], margin: int) -> dict[str, Gender]:
    """`margin`: how many times the other side's votes a gender needs (1: any majority)."""
    out: dict[str, Gender] = {}
    for aid, (male, female) in votes.items():
        if margin == 1:
            if male != female:
                out[aid] = "m" if male > female else "f"
        elif male >= margin * female and male > 0:
            out[aid] = "m"
        elif female >= margin * male and female > 0:
            out[aid] = "f"
    return out


def agrees(gender: dict[str, Gender], actor: Actor | None, pronoun: str) -> bool:
    """Can a pronoun refer to this actor? A person of the other known gender cannot."""
    if actor is None or actor.kind != "person":
        return True
    want = _PRONOUN_GENDER.get(pronoun.lower())
    have = gender.get(actor.id)
    return want is None or have is None or have == want


def pronoun_gender(pronoun: str) -> Gender | None:
    return _PRONOUN_GENDER.get(pronoun.lower())


# --------------------------------------------------------------------------- descriptions
# One resolver for the descriptions both the views and the commitments stages meet: "it" for
# an organisation, "the agency"/"the company"/"the paper", "X's lawyer"/"his attorney", "the
# grandmother of X", "the Republican candidate". Each answer comes from what the text itself
# showed earlier (or, for a lead's description, later in the body).

Mention = tuple[int, int, Actor]

_RELATIONS = {
    **{w: w for w in ["mother", "father", "grandmother", "grandfather", "son", "daughter", "wife", "husband", "brother", "sister", "cousin", "uncle", "aunt", "nephew", "niece", "widow", "widower", "stepmother", "stepfather", "spokesman", "spokeswoman", "spokesperson"]},
    "lawyer": "lawyer", "attorney": "lawyer", "counsel": "lawyer",
    # relations written as one hyphenated word ("his ex-wife", "the boy's great-uncle")
    **{f"{p}-{w}": f"{p}-{w}" for p in ("ex", "great") for w in ["wife", "husband", "uncle", "aunt", "grandmother", "grandfather", "nephew", "niece"]},
    **{w: w for w in ["girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé"]},
}
_REL = "|".join(sorted(_RELATIONS, key=len, reverse=True))
_NOT_KIN = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer"})
# A description that names a person by a relation to someone: "the grandmother of X",
# "a lawyer for X", "X's attorney", "his lawyer".
_REL_OF = lazy(
    rf"(?i:the|an?)\s+(?:[a-z-]+\s+)?({_REL})\s+(?:of|for|to|representing)\s+(?:the\s+)?\S.*",
    re.IGNORECASE,
)
_REL_POSS = lazy(rf"(.+?)[’']s?\s+(?:[a-z-]+\s+)?({_REL})", re.IGNORECASE)
_REL_PRON = lazy(rf"(?:his|her|their)\s+(?:[a-z-]+\s+)?({_REL})", re.IGNORECASE)
# Introductions of the person who holds the relation, read around a person's mention.
_INTRO_POSS = lazy(rf"[’']s?\s+(?:[a-z-]+\s+){{0,2}}?({_REL}),?\s+$", re.IGNORECASE)
_INTRO_PRON = lazy(rf"\b(?:his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?({_REL}),?\s+$",
                         re.IGNORECASE)
# "great-uncle Jane Roe", "cousin Jane Roe": a bare relation noun used as a title.
_INTRO_BARE = lazy(
    rf"(?<![\w’'.,-])(?<!\bthe )(?<!\ban )(?<!\ba )(?:(?:paternal|maternal)\s+)?({_REL})\s+$",
    re.IGNORECASE,
)
# "the boy's father, Jane Roe": a possessor the actors stage does not name (a description).
_POSS_DESCRIPTION = lazy(r"\b(?i:the|a|an)\s+(?:[a-z-]+\s+)?[a-z-]+$")
_INTRO_OF = lazy(
    rf"\b({_REL})\s+(?:of|for|to|representing)\s+(?:the\s+)?[^,.;]{{1,50}},\s+$", re.IGNORECASE
)
_INTRO_AFTER = lazy(
    rf",\s+(?:(?:his|her|their|the|an?)\s+)?(?:[a-z-]+\s+)?(?:({_REL})\s+(?:of|for|to)\s+"
    rf"(?:the\s+)?|(\S+?)[’']s?\s+(?:[a-z-]+\s+)?({_REL})\b)",
    re.IGNORECASE,
)

# Organisation kinds by the head noun a description uses, with the name heads that show it.
_ORG_HEADS = {
    "company": ("inc", "corp", "co", "ltd", "llc", "plc", "company", "corporation", "group",
                "holdings", "industries", "ag", "sa"),
    "firm": ("inc", "corp", "co", "ltd", "llc", "plc", "company", "group", "partners", "llp"),
    "paper": ("times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "guardian",
              "globe", "chronicle", "examiner", "observer", "star", "sun", "daily", "newspaper"),
    "newspaper": ("times", "post", "journal", "herald", "tribune", "gazette", "telegraph",
                  "guardian", "globe", "chronicle", "examiner", "observer", "star", "sun",
                  "daily"),
    "bank": ("bank", "bancorp"),
    "agency": ("agency", "administration", "service", "services", "bureau", "office"),
    "court": ("court", "tribunal"),
    "ministry": ("ministry", "department"),
    "campaign": ("campaign",),
    "alliance": ("alliance", "treaty", "pact", "coalition", "league"),
}
# An organisation named only as an outsider's affiliation or a partner ("an analyst with Acme",
# "a joint venture with Acme"): not the company a later "the company said" refers to.
_OUTSIDER_BEFORE = lazy(
    r"\b(?:analysts?|economists?|strategists?|consultants?|traders?|brokers?|researchers?|"
    r"venture|partnership|alliance)\s+(?:with|at|for|of|from)\s+(?:the\s+)?$"
)
# Organisation nouns read as a definite description's kind beyond _ORG_HEADS ("the Guard",
# "the campaign", "the academy"): data/body_nouns.json, its head words by noun.
BODY_HEADS: dict[str, tuple[str, ...]] = {
    str(e["word"]): tuple(e["heads"]) for e in rules.entries("body_nouns")
}
_NEXT_WORD = lazy(r"\s+([A-Za-z]+)\b")
_ORG_SYNONYMS = {"paper": ("newspaper", "paper", "daily"), "newspaper": ("newspaper", "daily")}
_APPOS_KIND = lazy(
    r",\s+(?:the|an?|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s)\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
    r"(?=\s*[,.;)]|\s+(?:in|of|on|that|which|with|based|for)\b)"
)
# An organisation only naming a person's side: "a GOP candidate", "Pentagon officials", "the
# Acme campaign spokesman" — not what a later "it" refers to.
_PREMODIFIES = lazy(
    r"[’']?s?\s+(?:[a-z-]+\s+)?(?:candidates?|nominees?|contenders?|hopefuls?|officials?|"
    r"spokes(?:man|woman|person)|lawmakers?|leaders?|members?|aides?|advisers?|analysts?|"
    r"executives?|chief|supporters?|voters?|senators?|president|chairman|chairwoman|officers?|"
    r"sources?|lawyers?|attorneys?|employees?|staff(?:ers)?)\b"
)
_CANDIDATE = lazy(
    r"(?:the\s+)?(.+?)\s+(?:presidential\s+|vice[- ]presidential\s+|gubernatorial\s+)?"
    r"(?:candidate|nominee|contender|hopeful|standard-bearer)",
    re.IGNORECASE,
)
_PARTY_SAME = {"gop": "republican", "republicans": "republican", "democrats": "democratic",
               "democrat": "democratic", "tory": "conservative", "tories": "conservative"}
# A phrase Descriptions.relative or .candidate may resolve (a cheap test before calling).
# (The relation nouns as a prefix tree: the same phrases, found ~3x faster than by _REL.)
_REL_TRIE = trie_regex(sorted(_RELATIONS))
DESCRIBED = lazy(
    rf"\b(?:{_REL_TRIE}|grand\w+|step\w+|candidate|nominee|contender|hopeful|standard-bearer)$|"
    rf"\b(?:{_REL_TRIE})\s+(?:of|for|to|representing)\s",
    re.IGNORECASE,
)
_SENTENCE_END = lazy(r"[.!?][”\"’]?\s|\n")
# "the elder Roe", "the younger Roe": a parent and a child of one surname.
_GENERATION = lazy(r"(?i:the)\s+(elder|younger)\s+(?:Mr\.\s+|Mrs\.\s+|Ms\.\s+)?([A-Z][\w’'-]+)")
_PARENT = frozenset({"father", "mother", "stepfather", "stepmother"})
_CHILD = frozenset({"son", "daughter"})
# "Ann Roe's father", "Roe's mother": the possessor is a child.
_PARENT_OF = lazy(r"([A-Z][\w-]+)[’']s\s+(?:(?:own|late|biological)\s+)?"
                        r"(?:father|mother|dad|mom|parents)\b")


class Descriptions:
    """The people and organisations of one document, indexed for the description rules."""

    def __init__(self, doc: Document, actors: list[Actor]) -> None:
        self.doc = doc
        self.text = doc.text
        self.mentions: list[Mention] = sorted(
            (s, e, a) for a in actors for s, e in a.mentions if e > s
        )
        self.starts = [m[0] for m in self.mentions]
        self.by_end = {e: a for _s, e, a in self.mentions}
        self._rel: dict[str, list[tuple[str | None, str]]] | None = None
        self.by_id = {a.id: a for a in actors}
        self.actors = actors
        self._names: dict[str, set[str]] | None = None
        self._records: dict[str, str] | None = None
        self._surnames: dict[str, int] | None = None
        self._starts_of: dict[str, list[int]] = {}  # actor id → its mentions' starts, sorted
        self._top: list[Actor | None] = []  # the protagonist, once
        self._para_caps: dict[int, tuple[list[int], list[str], list[int]]] = {}
        self._intro: dict[int, list[tuple[int, int, list[str]]]] = {}

    def _mention_starts(self, a: Actor) -> list[int]:
        got = self._starts_of.get(a.id)
        if got is None:
            got = self._starts_of[a.id] = sorted(ms for ms, _me in a.mentions)
        return got

    def _introduced(self, lo: int, s: int) -> list[list[str]]:
        """The words of each _INTRODUCED match in [lo, s) (as a scan bounded by s finds them),
        from one scan of lo's paragraph and the next, rescanning only from the first match
        that runs past s."""
        text = self.text
        starts = self.doc.paragraph_starts
        i = bisect.bisect_left(starts, lo)
        if (s and (text[s - 1].isalnum() or text[s - 1] in "’'-_")) or i >= len(starts) or (
            starts[i] != lo
        ):
            return [im.group(1).lower().split() for im in _INTRODUCED.finditer(text, lo, s)]
        end = self.doc.paragraphs[min(i + 1, len(starts) - 1)].span[1]
        if s > end:
            return [im.group(1).lower().split() for im in _INTRODUCED.finditer(text, lo, s)]
        hit = self._intro.get(lo)
        if hit is None:
            hit = self._intro[lo] = [
                (im.start(), im.end(), im.group(1).lower().split())
                for im in _INTRODUCED.finditer(text, lo, end)
            ]
        out = []
        for ms, me, words in hit:
            if me > s:
                out += [im.group(1).lower().split() for im in _INTRODUCED.finditer(text, ms, s)]
                return out
            out.append(words)
        return out

    def _caps(self, lo: int, s: int) -> tuple[list[str], bool] | None:
        """_CAP_NAME's words in [lo, s) and whether _NAMING_CAP names someone there, from one
        scan of lo's paragraph (None when lo opens no paragraph or s is inside a word)."""
        text = self.text
        if s and (text[s - 1].isalnum() or text[s - 1] in "’'-_"):
            return None
        hit = self._para_caps.get(lo)
        if hit is None:
            starts = self.doc.paragraph_starts
            i = bisect.bisect_left(starts, lo)
            if i >= len(starts) or starts[i] != lo:
                return None
            end = self.doc.paragraphs[i].span[1]
            ends, words, naming = [], [], []
            for m in _CAP_NAME.finditer(text, lo, end):
                ends.append(m.end())
                words.append(m.group())
            for m in _NAMING_CAP.finditer(text, lo, end):
                if m.group(1) and m.group(1).lower() not in _DAY_WORDS:
                    naming.append(m.end())
            hit = self._para_caps[lo] = (ends, words, naming)
        ends, words, naming = hit
        if s > (self.doc.paragraphs[bisect.bisect_right(self.doc.paragraph_starts, lo) - 1]
                .span[1]):
            return None
        k = bisect.bisect_right(ends, s)
        return words[:k], bool(naming) and naming[0] <= s

    # ---- relations ("X's lawyer", "the grandmother of X")
    def relations(self) -> dict[str, list[tuple[str | None, str]]]:
        """relation → (whose relation, or None when only a pronoun says; person) as the text
        introduces them: "a lawyer for X, Jane Roe", "X's attorney, Jane Roe", "his
        grandmother, Jane", "Jane Roe, X's lawyer"."""
        if self._rel is not None:
            return self._rel
        out: dict[str, list[tuple[str | None, str]]] = {}
        text = self.text
        for s, e, a in self.mentions:
            if a.kind != "person":
                continue
            lo = max(0, s - 80)
            for rx in (_INTRO_POSS, _INTRO_PRON, _INTRO_OF, _INTRO_BARE):
                m = rx.search(text, lo, s)
                if m is None:
                    continue
                rel = _RELATIONS[m.group(1).lower()]
                if rx is _INTRO_BARE and rel.startswith("spokes"):
                    continue  # "spokesman Jane Roe": an organisation has many
                if rx is _INTRO_BARE and rel == "lawyer" and m.group(1)[:1].isupper():
                    continue  # "U.S. Attorney Jane Roe", "General Counsel Roe": an office
                if rx is _INTRO_POSS:
                    oid: str | None = self._owner_at(m.start())
                    if oid is None and not _POSS_DESCRIPTION.search(text, lo, m.start()):
                        continue
                elif rx is _INTRO_OF:
                    oid = self._inside(m.end(1), m.end())
                    if oid is None:
                        continue
                else:
                    oid = None
                if oid != a.id:
                    out.setdefault(rel, []).append((oid, a.id))
                break
            else:
                m = _INTRO_AFTER.match(text, e, e + 80)
                if m is None:
                    continue
                if m.group(1):
                    rel = _RELATIONS[m.group(1).lower()]
                    oid = self._inside(m.end(), min(len(text), m.end() + 50))
                else:
                    rel = _RELATIONS[m.group(3).lower()]
                    oid = self._owner_at(m.end(2))
                if oid is not None and oid != a.id:
                    out.setdefault(rel, []).append((oid, a.id))
        self._rel = out
        return out

    def _inside(self, s: int, e: int) -> str | None:
        """The first actor mentioned in [s, e) before a comma, else the one a capitalised word
        there names ("Roe" the actors stage did not mark again)."""
        stop = self.text.find(",", s, e)
        e = stop if stop >= 0 else e
        i = bisect.bisect_left(self.starts, s)
        if i < len(self.mentions) and self.mentions[i][0] < e:
            return self.mentions[i][2].id
        for w in reversed(re.findall(r"[A-Z][\w-]+", self.text[s:e])):
            hit = self._named(w)
            if hit is not None:
                return hit
        return None

    def _owner_at(self, end: int) -> str | None:
        """The actor whose mention (or name's last word) ends at end, before "'s"."""
        a = self.by_end.get(end)
        if a is not None:
            return a.id
        m = re.search(r"[A-Z][\w-]+$", self.text[max(0, end - 30) : end])
        return self._named(m.group()) if m else None

    def _named(self, word: str) -> str | None:
        """The one actor called word (a name, an alias or a name's last word)."""
        ids = self._name_index().get(word.lower(), set())
        return next(iter(ids)) if len(ids) == 1 else None

    def _name_index(self) -> dict[str, set[str]]:
        """name, alias or a name's last word, lower-cased → actor ids (built once)."""
        if self._names is None:
            self._names = {}
            for a in self.by_id.values():
                for n in (a.name, *a.aliases):
                    for k in {n.lower(), n.lower().split()[-1] if n.split() else ""} - {""}:
                        self._names.setdefault(k, set()).add(a.id)
        return self._names

    def kin_of(self, s: int, e: int) -> bool:
        """Is text[s:e] a kin relation of someone ("Roe's father", "the boy's great-uncle"),
        a person other than the one it names?"""
        m = _REL_POSS.fullmatch(self.text[s:e].strip())
        return m is not None and _RELATIONS[m.group(2).lower()] not in _NOT_KIN

    def relative(self, s: int, e: int) -> Actor | None:
        """The person a relation description text[s:e] names, when the text introduces exactly
        one person so ("Quillet's lawyer" after "a lawyer for Quillet, Jane Orrick")."""
        phrase = self.text[s:e].strip()
        m = _REL_OF.fullmatch(phrase)
        owner: str | None = None
        if m:
            rel = m.group(1)
            owner = self._inside(s + phrase.lower().find(" ", m.end(1) - 1), e)
        else:
            m = _REL_POSS.fullmatch(phrase)
            if m:
                rel = m.group(2)
                owner = self._inside(s, s + m.end(1))
                if owner is None:
                    return (self._parent_by_surname(m.group(1))
                            if rel.lower() in _PARENT else None)
            else:
                m = _REL_PRON.fullmatch(phrase)
                if m is None:
                    return None
                rel = m.group(1)
        found = self.relations().get(_RELATIONS[rel.lower()], [])
        if not found and rel.lower().startswith("ex-"):
            # "his ex-wife" after "Roe's divorce from wife Ann": the wife introduced
            found = self.relations().get(rel.lower()[3:], [])
        if owner is not None:
            found = [f for f in found if f[0] in (owner, None)]
        people = {p for _o, p in found}
        # _REL_POSS is compiled lazily: m.re is the compiled pattern, so compare the text.
        if not people and m.re.pattern == _REL_POSS.pattern and rel.lower() in _PARENT:
            return self._parent_by_surname(m.group(1))
        return self.by_id[people.pop()] if len(people) == 1 else None

    def relative_of(self, s: int, e: int, owner: str | None) -> Actor | None:
        """The person a pronoun's relation text[s:e] ("his lawyer") names, when the text
        introduces exactly one so for owner (the pronoun's person) or for an unnamed "his"."""
        m = _REL_PRON.fullmatch(self.text[s:e].strip())
        if m is None:
            return None
        rel = m.group(1).lower()
        found = self.relations().get(_RELATIONS[rel], [])
        if not found and rel.startswith("ex-"):
            found = self.relations().get(rel[3:], [])  # "his ex-wife": the wife introduced
        people = {p for o, p in found if o is None or o == owner}
        return self.by_id[people.pop()] if len(people) == 1 else None

    def _parent_by_surname(self, owner: str) -> Actor | None:
        """ "Ana's father" with no father introduced: the one other person of Ana Roe's
        surname who is no other relative ("great-uncle Lazo Roe") and no child."""
        words = owner.split()
        if len(words) > 2 or not owner[:1].isupper():
            return None
        key = words[-1].lower()
        child = [a for a in self.by_id.values()
                 if a.kind == "person" and key in a.name.lower().split()]
        if len(child) != 1 or len(child[0].name.split()) < 2:
            return None
        surname = child[0].name.lower().split()[-1]
        gen = self.generation_pool(surname)
        if gen is None:
            return None
        cands, parents, children, others = gen
        pick = (parents & cands) or (cands - children - others - {child[0].id})
        return self.by_id[pick.pop()] if len(pick) == 1 else None

    # ---- organisations
    def org_of_kind(self, noun: str, pos: int, window: int = 3000) -> Actor | None:
        """The latest organisation before pos that is of the kind a description names ("the
        agency", "the paper"): by the head words of its name or an appositive ("X, the agency
        that …")."""
        noun = noun.lower()
        heads = _ORG_HEADS.get(noun) or BODY_HEADS.get(noun) or (noun,)
        kinds = _ORG_SYNONYMS.get(noun, (noun,))
        text = self.text
        # "Bethlehem" (even taken for a place) is "Bethlehem Steel Corp." when that is named
        short_forms = {
            a.name.split()[0]: a for a in self.by_id.values()
            if a.kind == "organization" and any(
                w.lower().strip(".,") in heads for w in a.name.split()[1:])
        }
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.mentions[i][0] > pos - window:
            _s, e, a = self.mentions[i]
            i -= 1
            if a.kind == "place" and a.name in short_forms:
                return short_forms[a.name]
            if a.kind != "organization" or _OUTSIDER_BEFORE.search(text, max(0, _s - 45), _s):
                continue
            words = [w.lower().strip(".,") for w in a.name.split()]
            if any(w in heads for w in words[1:]) or (len(words) == 1 and words[0] in heads):
                return a
            if a.name in short_forms:
                return short_forms[a.name]  # "Acme" for "Acme Steel Corp."
            m = _APPOS_KIND.match(text, e, e + 60)
            if m and m.group(1) in kinds:
                return a
            nw = _NEXT_WORD.match(text, e, e + 20)
            if nw and nw.group(1).lower() in kinds:
                return a  # "the national Asahi newspaper": the kind noun right after the name
        return None

    def premodifier(self, e: int) -> bool:
        """Does a mention ending at e only name a person's side ("the GOP candidate")?"""
        return _PREMODIFIES.match(self.text, e, e + 40) is not None

    def it_antecedent(self, pos: int, lo: int, quoted: Callable[[int], bool] | None = None,
                      ) -> Mention | None:
        """What "it" at pos refers to: in the latest sentence since lo that names one, the
        organisation opening that sentence (its subject), else its first organisation, else
        its first country; organisations that only premodify a person noun are passed over."""
        text = self.text
        i = bisect.bisect_left(self.starts, pos) - 1
        group: list[Mention] = []
        while i >= 0 and self.mentions[i][0] >= lo:
            m = self.mentions[i]
            i -= 1
            if group and _SENTENCE_END.search(text, m[1], group[0][0]):
                break
            if m[2].kind not in ("organization", "country") or (quoted and quoted(m[0])):
                continue
            if m[2].kind == "organization" and self.premodifier(m[1]):
                continue
            group.insert(0, m)
        if not group:
            return None
        orgs = [m for m in group if m[2].kind == "organization"]
        return orgs[0] if orgs else group[0]

    def _people_before(self, s: int, window: int = 5000) -> Iterator[Mention]:
        """Each person mentioned in the `window` characters before s, once, at their latest
        mention, nearest first: who a description at s may name."""
        i = bisect.bisect_left(self.starts, s) - 1
        seen: set[str] = set()
        while i >= 0 and self.mentions[i][0] > s - window:
            m = self.mentions[i]
            i -= 1
            if m[2].kind == "person" and m[2].id not in seen:
                seen.add(m[2].id)
                yield m

    # ---- "the Republican candidate"
    def candidate(self, s: int, e: int) -> Actor | None:
        """The person "the <party> candidate/nominee" names: the latest person before s the
        text ties to that party (in apposition, a title, an affiliation), else the person the
        headline names."""
        m = _CANDIDATE.fullmatch(self.text, s, e)
        if m is None:
            return None
        party = {w.lower() for w in re.findall(r"[A-Za-z]+", m.group(1))}
        party = {_PARTY_SAME.get(w, w) for w in party} - {"the", "a", "an"}
        if not party or not any(w[:1].isalpha() for w in party):
            return None
        text = self.text
        for ms, me, a in self._people_before(s):
            near = f"{a.title or ''} {a.affiliation or ''} {text[max(0, ms - 30):ms]} "
            stop = _SENTENCE_END.search(text, me, me + 80)
            near += text[me : stop.start() if stop else me + 80]
            words = {_PARTY_SAME.get(w.lower(), w.lower()) for w in re.findall(r"[A-Za-z]+", near)}
            if party <= words:
                return a
        hl = self.doc.article.headline_span
        if hl:
            people = {a.id: a for ms, _me, a in self.mentions
                      if hl[0] <= ms < hl[1] and a.kind == "person"}
            if len(people) == 1:
                return next(iter(people.values()))
        return None

    # ---- "the elder Roe" / "the younger Roe"
    def generation(self, s: int, e: int) -> Actor | None:
        """The person "the elder Roe" or "the younger Roe" names among the people of that
        surname mentioned before s: a parent the text introduces as one ("Ann Roe's father,
        Tom Roe"), else the one left when the children ("Ann Roe's father", "his son, Ann
        Roe") and the other relatives ("great-uncle Lazo Roe") are set aside; the younger is
        the child so shown."""
        m = _GENERATION.fullmatch(self.text, s, e)
        if m is None:
            return None
        elder = m.group(1).lower() == "elder"
        gen = self.generation_pool(m.group(2).lower(), s)
        if gen is None:
            return None
        cands, parents, children, others = gen
        if elder:
            pick = (parents & cands) or (cands - children - others)
        else:
            pick = (children & cands) or (cands - parents - others)
        return self.by_id[pick.pop()] if len(pick) == 1 else None

    def generation_pool(
        self, surname: str, before: int | None = None
    ) -> tuple[set[str], set[str], set[str], set[str]] | None:
        """The people of a surname (mentioned before `before`), and the ids the text shows
        as parents, as children and as other relatives."""
        k = len(self.mentions) if before is None else bisect.bisect_left(self.starts, before)
        cands = {a.id for ms, _me, a in self.mentions[:k]
                 if a.kind == "person" and a.name.lower().split()[-1:] == [surname]}
        if len(cands) < 2:
            return None
        parents: set[str] = set()
        children: set[str] = set()
        others: set[str] = set()
        for rel, pairs in self.relations().items():
            for owner, person in pairs:
                if rel in _PARENT:
                    parents.add(person)
                    if owner is not None:
                        children.add(owner)
                elif rel in _CHILD:
                    children.add(person)
                    if owner is not None:
                        parents.add(owner)
                else:
                    others.add(person)
        for pm in _PARENT_OF.finditer(self.text, 0, len(self.text) if before is None else before):
            # "Ana's father": the one candidate called Ana (children go by the given name)
            word = pm.group(1).lower()
            named = [i for i in cands if word in self.by_id[i].name.lower().split()]
            if len(named) == 1:
                children.add(named[0])
        return cands, parents, children, others

    # ---- "the Florida senator", "the Democratic nominee", "the administration"
    def record(self, a: Actor) -> str:
        """What the text ties to a person, lower-cased: the actor's title and affiliation, the
        title run written right before each mention ("former Secretary of State Roe"), an
        appositive after one (", the Democratic nominee,"), a party in brackets ("(R-Fla.)")."""
        if self._records is None:
            self._records = {}
        hit = self._records.get(a.id)
        if hit is not None:
            return hit
        text = self.text
        parts = [a.title or "", a.affiliation or "", a.country or ""]
        if self._surnames is None:
            self._surnames = {}
            for p in self.by_id.values():
                if p.kind == "person" and p.name.split():
                    k = p.name.split()[-1].lower()
                    self._surnames[k] = self._surnames.get(k, 0) + 1
        shared = self._surnames.get(a.name.split()[-1].lower() if a.name.split() else "", 0) > 1
        for ms, me in a.mentions:
            ap = _APPOSITIVE.match(text, me, me + 100)
            if ap:
                parts.append(ap.group(1))
            pm = _PARTY_PAREN.match(text, me, me + 6)
            if pm:
                parts.append(_PAREN_PARTY[pm.group(1)])
            o = _OF_PLACE.match(text, me, me + 40) if text.startswith(" of ", me) else None
            if o:
                parts.append(o.group(1))  # "President Ivan Roe of Russia"
            if (shared or a.title) and " " not in text[ms:me].strip():
                # "President Obama" may be another Obama the actors merged with this one;
                # with a title the actors stage read, a surname's own run adds nothing sure
                continue
            toks = _RUN_TOKEN.findall(text, max(0, ms - 60), ms)
            run: list[str] = []
            for t in reversed(toks[-7:]):
                low = t.lower()
                if not t[0].isalnum() or low in _RUN_STOP or (
                    not t[0].isupper() and low not in _RUN_WORDS
                ) or (low.endswith(".") and low not in _ABBREVS and "." not in low[:-1]):
                    break  # "rebuking Mr. Roe", "… Roe. New Hampshire": no title
                run.append(t)
            parts.append(" ".join(reversed(run)))
        rec = " ".join(" ".join(parts).lower().split())
        self._records[a.id] = rec
        return rec

    def role_holder(
        self, s: int, e: int, window: int = 5000, loose: bool = False
    ) -> Actor | None:
        """The person "the [mods] <role>" in text[s:e] names (data/role_nouns.json): the
        latest person before s whose record shows the role (an office, a candidacy, a
        calling) together with every party, place and "former" of the description; a
        current holder before a former one. None when no record ties it (the caller may then
        read the description as elegant variation, see referred_back). `loose`: any place
        and "former", the latest holder of the office with the description's parties."""
        m = _ROLE_PHRASE.fullmatch(self.text, s, e)
        if m is None or self.text[s:e].isupper():
            return None  # ("THE PRESIDENT:" is a transcript's label, read by its speaker)
        noun = " ".join(m.group("n").lower().split())
        entry = _ROLES.get(noun)
        if entry is None or entry.get("class") == "other":
            return None
        mods = m.group("mods").split()
        low = [w.lower().strip(".") for w in mods]
        if any(w in _NOT_HOLDER for w in low):
            return None  # "the other candidate", "the new president"
        former = any(w in _FORMER or w.startswith("ex-") for w in low)
        parties = {_PARTIES[w] for w in low if w in _PARTIES}
        places: list[str] = []
        run: list[str] = []
        for w in [*mods, ""]:
            if w[:1].isupper() and w.lower().strip(".") not in _PARTIES:
                run.append(w.lower())
            elif run:
                places.append(" ".join(run))
                run = []
        raw = entry.get("titles", [noun])
        titles = [str(t) for t in raw] if isinstance(raw, list) else [noun]
        want_g = entry.get("gender")
        gender = genders(self.doc, self.actors) if want_g else {}
        formers: list[Actor] = []
        for _ms, _me, a in self._people_before(s, window):
            rec = self.record(a)
            if "vice" in rec and noun not in ("vice president", "vice-president"):
                rec = rec.replace("vice president", "").replace("vice-president", "")
            if not any(_title_rx(t).search(rec) for t in titles):
                continue
            words = {_PARTIES.get(w, w) for w in re.findall(r"[a-z]+", rec)}
            if not parties <= words:
                continue
            if loose:
                return a
            if not all(self._place_in(p, rec) for p in places):
                continue
            if want_g and gender.get(a.id, want_g) != want_g:
                continue
            was = any(w in words for w in _FORMER) or "ex-" in rec
            if former and not was:
                continue
            if not former and was:
                formers.append(a)
                continue
            return a
        return None

    def role(
        self,
        s: int,
        e: int,
        *,
        para_start: int | None = None,
        lo: int | None = None,
        last_speaker: Callable[[], Actor | None] | None = None,
    ) -> Actor | None:
        """The person "the [mods] <role>" names, the one reading both stages use: the holder
        the text ties to the role (role_holder); else, for an office with a modifier ("the
        Vermont senator" where no record shows Vermont), the latest person whose record holds
        the office; else, for a calling ("the billionaire businessman"), elegant variation
        for the person named just before (referred_back)."""
        hit = self.role_holder(s, e)
        if hit is not None:
            return hit
        m = _ROLE_PHRASE.fullmatch(self.text, s, e)
        if m is None:
            return None
        entry = _ROLES.get(" ".join(m.group("n").lower().split()), {})
        if entry.get("class") == "office" and m.group("mods").strip():
            return self.role_holder(s, e, window=3000, loose=True)
        if entry.get("class") == "calling":
            if para_start is None or lo is None:
                paras = self.doc.paragraphs
                k = max(bisect.bisect_right(self.doc.paragraph_starts, s) - 1, 0)
                para_start = paras[k].span[0] if paras else 0
                lo = paras[max(0, k - 1)].span[0] if paras else 0
            return self.referred_back(s, e, para_start, lo, last_speaker)
        return None

    def referred_back(
        self,
        s: int,
        e: int,
        para_start: int,
        lo: int,
        last_speaker: Callable[[], Actor | None] | None = None,
        noun: str | None = None,
    ) -> Actor | None:
        """"Roe is taking questions …. The billionaire businessman said": a calling of
        role_nouns.json with the definite article is elegant variation for the person named
        just before (the paragraph's latest person before s; when the description opens its
        paragraph, last_speaker(), whoever spoke last, else the paragraph before's latest
        person; the story's protagonist, named since lo, before either), of the noun's
        gender; never when the text introduced such a person unnamed since lo ("a young
        actress … the actress").
        `noun`: the head noun when the caller has read it ("the businessman from Denver")."""
        if noun is None:
            m = _ROLE_PHRASE.fullmatch(self.text, s, e)
            if m is None:
                return None
            noun = m.group("n")
        noun = " ".join(noun.lower().split())
        entry = _ROLES.get(noun, {})
        if entry.get("class") != "calling":
            return None
        text = self.text
        if any(noun in w for w in self._introduced(lo, s)):
            return None
        dp: Actor | None = None
        caps = self._caps(para_start, s)  # (one scan per paragraph, not one per description)
        for w in reversed(caps[0] if caps else _CAP_NAME.findall(text, para_start, s)):
            dp = self.person_named(w, s)  # the latest name, also one the actors left bare
            if dp is not None:
                break
        # (a capital that names no actor, "Singer Lia Rune", leaves the description open)
        opens = not caps[1] if caps else not any(
            m.group(1) and m.group(1).lower() not in _DAY_WORDS
            for m in _NAMING_CAP.finditer(text, para_start, s)
        )
        if dp is None and opens:
            # the description opens its paragraph: whoever spoke last (views), else the
            # person the paragraph before named last
            if last_speaker is not None:
                dp = last_speaker()
            else:
                for w in reversed(_CAP_NAME.findall(text, lo, para_start)):
                    dp = self.person_named(w, s)
                    if dp is not None:
                        break
        want = entry.get("gender")
        gender = genders(self.doc, self.actors) if want is not None else {}
        top = self._protagonist(s) if dp is not None or opens else None
        if top is not None and top is not dp and gender.get(top.id, want) == want and (
            (i := bisect.bisect_left(st := self._mention_starts(top), lo)) < len(st) and st[i] < s
        ):
            # the person the story is about, named in this paragraph or the one before,
            # over another named since ("Roe, …. Later Doe spoke. The billionaire said")
            return top
        if dp is not None and want is not None and gender.get(dp.id, str(want)) != want:
            return None
        return dp

    def _protagonist(self, pos: int) -> Actor | None:
        """The one person the text mentions most (no tie), when mentioned before pos."""
        if not self._top:
            people = [a for a in self.actors if a.kind == "person"]
            top = max(people, key=lambda a: len(a.mentions)) if people else None
            if top is not None and sum(
                1 for a in people if len(a.mentions) == len(top.mentions)
            ) > 1:
                top = None
            self._top.append(top)
        top = self._top[0]
        if top is None:
            return None
        st = self._mention_starts(top)
        return top if st and st[0] < pos else None

    def person_named(self, word: str, pos: int) -> Actor | None:
        """The person a name or surname word names, first mentioned before pos ("Roe’s plan"
        where the actors stage left the possessive bare); of several, the latest mentioned."""
        best: tuple[int, Actor] | None = None
        for aid in self._name_index().get(word.lower(), ()):
            a = self.by_id[aid]
            st = self._mention_starts(a)
            i = bisect.bisect_left(st, pos)
            last = st[i - 1] if i else -1
            if a.kind == "person" and last >= 0 and (best is None or last > best[0]):
                best = (last, a)
        return best[1] if best else None

    def _place_in(self, place: str, rec: str) -> bool:
        """Does a person's record hold the place a description names ("Florida"; "French"
        through France)?"""
        if _title_rx(place).search(rec):
            return True
        return any(_title_rx(c).search(rec) for c in _DEMONYM.get(place, ()))

    def administration(self, s: int, e: int) -> Actor | None:
        """The organisation "the administration" names: the administration of the latest
        person before s whose record shows a president ("President Roe … the administration":
        the Roe administration), when the text names that administration; else the one
        administration the text names before s."""
        if _ADMINISTRATION.fullmatch(self.text, s, e) is None:
            return None
        admins = {a.id: a for ms, _me, a in self.mentions
                  if ms < s and a.kind == "organization"
                  and a.name.lower().endswith(" administration")}
        if not admins:
            return None
        for _ms, _me, a in self._people_before(s):
            rec = self.record(a).replace("vice president", "").replace("vice-president", "")
            if not _title_rx("president").search(rec):
                continue
            names = set(a.name.lower().split())
            for o in admins.values():
                if o.name.lower().split()[0] in names:
                    return o
            break
        return next(iter(admins.values())) if len(admins) == 1 else None


def descriptions(doc: Document, actors: list[Actor]) -> Descriptions:
    """The Descriptions index of a document (one-entry cache: both stages ask in turn)."""
    hit = _last_desc.get("last")
    if hit is not None and hit[0].doc.text is doc.text and hit[1] is actors:
        return hit[0]
    d = Descriptions(doc, actors)
    _last_desc["last"] = (d, actors)
    return d


_last_desc: dict[str, tuple[Descriptions, list[Actor]]] = {}


# --------------------------------------------------------------------------- roles
# "the Florida senator", "the Democratic nominee", "the former secretary of state", "the
# billionaire", "the president", "Roe's successor": person roles of data/role_nouns.json, one
# lexicon and one resolver for the views and commitments stages. A role names the person the
# text ties to it — a title or affiliation in the actor's record, the words written right
# before a name ("French President Ann Roe"), an appositive ("Roe, the Democratic nominee,") —
# and whose record also holds the description's party, place and "former"; a headline naming
# people ties no role.

_ROLES: dict[str, dict[str, object]] = {str(e["word"]): e for e in rules.entries("role_nouns")}
_ROLE_ALT = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_ROLES, key=len, reverse=True)
)
_ROLE_PHRASE = lazy(
    rf"(?i:the)\s+(?P<mods>(?:[\w.’'-]+\s+){{0,4}}?)(?P<n>(?i:{_ROLE_ALT}))"
)
# A cheap test before role_holder/administration: the phrase ends in a role noun.
ROLE_LAST = lazy(rf"\b(?:{_ROLE_ALT}|administration)$", re.IGNORECASE)
_OTHER_ROLES = [w for w, e in _ROLES.items() if e.get("class") == "other"]
_OTHER_ALT = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_OTHER_ROLES, key=len, reverse=True)
)
# "Roe's successor", "his top aide", "Roe's campaign chief of staff", "the successor to Roe":
# a role held for (or after) someone is never that someone.
_SOMEONE_ELSE = lazy(
    rf"(?:[’']s?|\b(?:his|her|their|its))\s+(?:[\w-]+\s+){{0,3}}?(?:{_OTHER_ALT})s?$|"
    rf"\b(?:{_OTHER_ALT})s?\s+(?:to|of|for)\s",
    re.IGNORECASE,
)
_PARTIES = {"democratic": "democratic", "democrat": "democratic", "democrats": "democratic",
            "republican": "republican", "republicans": "republican", "gop": "republican",
            "independent": "independent", "libertarian": "libertarian",
            "conservative": "conservative", "tory": "conservative", "labour": "labour",
            "liberal": "liberal"}
_FORMER = frozenset({"former", "ex", "onetime", "one-time"})
# Modifiers that make the description someone else than a holder named so far.
_NOT_HOLDER = frozenset({"other", "new", "next", "future", "incoming", "another", "late",
                         "first", "second", "third", "last", "previous", "elected"})
# The words before a name that stop its title run ("said Florida Sen. Roe": Florida Sen.).
_RUN_STOP = frozenset({"the", "a", "an", "and", "or", "but", "with", "by", "to", "for", "from",
                       "said", "says", "told", "as", "at", "in", "on", "that", "who", "when",
                       "while", "after", "before", "than", "his", "her", "their", "its", "is",
                       "was", "were", "are", "be", "been", "about", "against", "between",
                       "including", "like", "said.", "under", "over", "during", "because"})
# The lower-case words of a title run: the role nouns and the modifiers news puts before a
# name ("former Republican presidential nominee Roe", "billionaire developer Roe").
_RUN_WORDS = frozenset(
    {w for r in _ROLES for w in r.split()}
    | {str(t) for e in _ROLES.values() for tt in [e.get("titles", [])] if isinstance(tt, list)
       for t0 in tt for t in str(t0).split()}
    | {"former", "ex", "presidential", "vice", "of", "state", "party", "presumptive", "top",
       "chief", "senior", "campaign", "manager", "minority", "majority", "house", "senate",
       "foreign", "defense", "treasury", "finance", "gubernatorial", "likely", "putative",
       "then", "longtime", "veteran", "real-estate", "real", "estate", "business", "reality",
       "tv", "star", "host", "executive", "general", "attorney", "justice", "judge", "rep.",
       "sen.", "gov.", "pres.", "u.s.", "democratic", "republican", "independent"}
)
_ABBREVS = frozenset({"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "lt.", "gen.", "col.",
                      "sgt.", "capt.", "adm.", "pres.", "st.", "maj.", "cmdr.", "supt.",
                      "atty.", "rev.", "hon.", "prof.", "amb.", "sec.", "secy."})
_RUN_TOKEN = lazy(r"[\w’'-]+\.?|[^\w\s]")
_APPOSITIVE = lazy(r",\s+((?:the|a|an)\s+[^,;.()“”\"]{1,80}?)(?=[,;.()“”\"]|\s*$)")
_OF_PLACE = lazy(r"\s+of\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
_PARTY_PAREN = lazy(r"\s*\(([RDI])[-–.,]")
_PAREN_PARTY = {"R": "republican", "D": "democratic", "I": "independent"}
_ADMINISTRATION = lazy(r"(?i:the)\s+administration")
# A capital that may name someone: not one opening a sentence or a quote ("“It was nice,”
# the tycoon said" and "On Friday, the billionaire said" open their paragraph).
_NAMING_CAP = lazy(r"(?:^|[.!?]\s+|[“\"‘(]\s*)[A-Z]\w*|\b([A-Z][\w’'-]*)", re.MULTILINE)
# Capitalised words that name no one: "On Friday, the billionaire said" opens its paragraph.
_DAY_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
_CAP_NAME = lazy(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
# "a young actress", "his billionaire friend": such a person introduced unnamed
_INTRODUCED = lazy(
    r"\b(?i:a|an|one|his|her|their|its|our)\s+((?:[a-z][\w-]*\s+){0,3}[a-z]+)\b"
)
_DEMONYM: dict[str, list[str]] = {}
for _c in rules.entries("countries"):
    for _d in _c.get("demonyms", []):
        _DEMONYM.setdefault(str(_d).lower(), []).extend(
            [str(_c["name"]).lower(), *(str(f).lower() for f in _c.get("forms", []))]
        )


def someone_else(phrase: str) -> bool:
    """Is the phrase a role held for or after someone ("Roe's successor", "his top aide",
    "the successor to Roe"): a person other than the one it names, unnamed unless the text
    introduces who holds it (views and commitments: never the possessor)."""
    phrase = phrase.strip()
    if " and " in phrase or " & " in phrase:
        return False  # "She and her aides": the person too
    return _SOMEONE_ELSE.search(phrase) is not None


def pronoun_relation(phrase: str) -> bool:
    """Is the phrase a relation held for someone a pronoun names ("his lawyer", "her late
    husband", "their attorney")? Its holder is whoever the text introduces so, never another
    person that merely carries the role ("Lee, Roe's lawyer" for Vale's)."""
    return _REL_PRON.fullmatch(phrase.strip()) is not None


def role_entry(noun: str) -> dict[str, object]:
    """The role_nouns entry of a noun ("senator"), or {}."""
    return _ROLES.get(" ".join(noun.lower().split()), {})


def _title_rx(title: str) -> re.Pattern[str]:
    hit = _TITLE_RX.get(title)
    if hit is None:
        hit = _TITLE_RX[title] = re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w])")
    return hit


_TITLE_RX: dict[str, re.Pattern[str]] = {}
