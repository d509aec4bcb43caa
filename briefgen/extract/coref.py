"""Gender hints for the people of a document, read from the text itself.

The views and commitments stages resolve "he"/"she" to a person named earlier; without a
gender the nearest person wins, so "she said" could go to a man. The hints here come only
from what the article shows: an honorific or gendered title before a name ("Mrs. Roe",
"Congresswoman Roe"), a gendered role in the actor's title or in apposition ("Jane Roe, his
wife"; "the boy's father, John Roe"), and a pronoun that can only refer to one person ("Roe
said she …"; a sentence naming one person followed by "He …"). Given names carry no gender
here (briefgen/data/given_names.json does not mark it). The map is returned alongside the
actors, not stored on them, so the JSON contract is untouched.
"""

from __future__ import annotations

import bisect
import re

from briefgen.model import Actor, Document

Gender = str  # "m" | "f"

_FEMALE_WORDS = (
    "mrs ms miss mme madam madame dame lady queen princess duchess countess baroness empress "
    "wife widow mother daughter sister grandmother granddaughter aunt niece girlfriend "
    "actress heiress stepmother fiancee mom"
)
_MALE_WORDS = (
    "mr sir lord king prince duke count baron emperor husband widower father son brother "
    "grandfather grandson uncle nephew boyfriend stepfather fiance dad"
)
# -man compounds that name a man in news copy ("chairman" is used for women too: left out).
_MAN_PREFIXES = (
    "spokes congress business assembly council police anchor gentle kins clergy news sales "
    "states noble middle fisher fire alder"
)
_GENDER: dict[str, Gender] = {
    **{w: "f" for w in _FEMALE_WORDS.split()},
    **{w: "m" for w in _MALE_WORDS.split()},
    **{p + "man": "m" for p in _MAN_PREFIXES.split()},
}
_WORD = r"[A-Za-z]+(?:woman|women)|" + "|".join(sorted(_GENDER, key=len, reverse=True))

# A title right before the name: "Mrs. Roe", "Congresswoman Jane Roe", "Queen Jane".
_TITLE_BEFORE = re.compile(r"\b(Mrs?|Ms|Mme)\.?\s+$|\b([A-Z][a-z]+)\s+$")
# "his wife, Jane Roe" / "the boy's father Juan Roe": a role noun, then the name.
_ROLE_BEFORE = re.compile(
    rf"(?i:\b(?:his|her|their|the|a|an|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+)?({_WORD})),?\s+$"
)
# "Jane Roe, his wife," / "John Roe, the boy's father": the role in apposition.
_ROLE_AFTER = re.compile(
    rf",\s+(?i:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+[’']s\s+)?"
    r"(?:(?!(?:of|for|to|at|with|from|in|on|by|the|his|her|their|a|an)\b)[\w-]+\s+){0,3}"
    rf"(?i:({_WORD}))\b"
)
# "Roe said she …", "Roe told reporters that he …": the pronoun of the clause it reports.
_SAID_PRONOUN = re.compile(
    r"\s+(?:also\s+)?(?:said|says|told\s+\w+|added|insisted|argued|noted|wrote)"
    r"(?:\s+on\s+\w+|\s+\w+day)?,?\s+(?:that\s+)?(he|she)\b"
)
_OPENS_WITH = re.compile(r"\s*(He|She|His|Her)\b")
_SAID_BY = re.compile(
    r"(?:[”\"’]|,)\s*(he|she)\s+(?:said|says|added|told|asked|noted|explained|continued|wrote)\b"
)
_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def _word_gender(word: str) -> Gender | None:
    w = word.lower()
    if w.endswith(("woman", "women")):
        return "f"
    return _GENDER.get(w)


def genders(doc: Document, actors: list[Actor]) -> dict[str, Gender]:
    """Actor id → "m" or "f" for the people whose gender the text shows; others absent.

    One-entry cache: the views and commitments stages ask for the same document in turn."""
    global _last
    if _last is not None and _last[0] is doc and _last[1] is actors:
        return _last[2]
    out = _genders(doc, actors)
    _last = (doc, actors, out)
    return out


_last: tuple[Document, list[Actor], dict[str, Gender]] | None = None


def _genders(doc: Document, actors: list[Actor]) -> dict[str, Gender]:
    text = doc.text
    people = {a.id: a for a in actors if a.kind == "person"}
    if not people:
        return {}
    votes: dict[str, list[int]] = {}

    def vote(aid: str, g: Gender | None, weight: int) -> None:
        if g is not None:
            v = votes.setdefault(aid, [0, 0])
            v[0 if g == "m" else 1] += weight

    for a in people.values():
        for w in re.findall(r"[A-Za-z]+", a.title or ""):
            vote(a.id, _word_gender(w), 3)
    mentions = sorted((s, e, a.id) for a in people.values() for s, e in a.mentions if e > s)
    for s, e, aid in mentions:
        lo = max(0, s - 40)
        m = _TITLE_BEFORE.search(text, lo, s)
        if m:
            vote(aid, _word_gender(m.group(1) or m.group(2)), 3)
        m = _ROLE_BEFORE.search(text, lo, s)
        if m:
            vote(aid, _word_gender(m.group(1)), 3)
        m = _ROLE_AFTER.match(text, e, e + 50)
        if m:
            vote(aid, _word_gender(m.group(1)), 3)
        m = _SAID_PRONOUN.match(text, e, e + 50)
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
        k = bisect.bisect_left(starts, ps)
        ids: set[str] = set()
        while k < len(mentions) and mentions[k][0] < pm.start(1):
            ids.add(mentions[k][2])
            k += 1
        if len(ids) == 1:
            vote(ids.pop(), _PRONOUN_GENDER[pm.group(1).lower()], 1)
    out: dict[str, Gender] = {}
    for aid, (male, female) in votes.items():
        if male >= 3 * female and male > 0:
            out[aid] = "m"
        elif female >= 3 * male and female > 0:
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
