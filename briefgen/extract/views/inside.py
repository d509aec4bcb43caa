"""The head of a speaker phrase speaks, never a word inside it: a possessor ("Gov. Jane Roe's
doctor", "Ruritania's national newspapers"), a place after the head noun ("the Star
newspaper in Easton", "a lawyer from Easton"), or a nationality modifying a media noun ("the
top Ruritanian medical journal"). A named outlet before the head noun ("the Star newspaper
in Easton") speaks; otherwise the description is left unresolved (its words stay the
speaker text), never the place or the possessor.

A last check on what the readings of mention.py chose: it only ever drops or swaps an actor
whose every mention in the phrase sits in such a dependent position.
"""

from __future__ import annotations

from briefgen.extract.views.patterns import _roles
from briefgen.extract.views.speakers import _capitals, _Resolver
from briefgen.lazyre import lazy
from briefgen.model import Actor

# Nouns of people a possessor has, who are not that possessor and do not speak for it
# (a spokesman does: "Roe's spokesman said" stays Roe's view, as the gold briefs keep it).
_RELATIONS = frozenset({
    "doctor", "doctors", "physician", "physicians", "surgeon", "lawyer", "lawyers",
    "attorney", "attorneys", "friend", "friends", "neighbor", "neighbors", "neighbour",
    "neighbours", "biographer", "wife", "husband", "widow", "son", "daughter", "brother",
    "sister", "mother", "father", "cousin", "nephew", "niece", "uncle", "aunt", "classmate",
    "roommate", "teacher", "coach", "nurse", "driver", "bodyguard", "accountant", "tenant",
    "landlord", "employee", "employees", "girlfriend", "boyfriend", "partner", "fiancee",
    "fiance", "therapist", "psychiatrist", "dentist", "barber", "pastor", "priest",
})
# Role nouns that stand for the possessor's side, not a third person.
_FOR_POSSESSOR = frozenset({"representative", "representatives", "spokespeople",
                            "spokesmen", "spokeswomen", "people", "sides"})
# Media nouns: "Ruritania's national newspapers", "the top Ruritanian medical journal" are
# outlets of a country, not its government ("state media", "official television" are).
_MEDIA = frozenset({
    "newspaper", "newspapers", "paper", "papers", "daily", "dailies", "journal", "journals",
    "magazine", "magazines", "tabloid", "tabloids", "weekly", "network", "networks",
    "broadcaster", "broadcasters", "website", "websites", "blog", "outlet", "outlets",
})
_GOVERNMENT = frozenset({"government", "authorities", "regime", "leadership"})
_STATE_WORDS = frozenset({"state", "state-run", "state-owned", "official", "government",
                          "government-run", "government-owned", "party"})
# A possessive right after a mention, then up to four lower-case words (the last the noun).
_POSSESSED = lazy(r"[’']s?\s+((?:[a-z][\w-]*\s+){0,4}?)([a-z][\w-]*)\s*$")
# A place after the head noun: "<… noun> in/from/at/near/outside (the) <place>".
_LOCATED_AT = lazy(r"^(.*\S)\s+(?:in|from|at|near|outside|based\s+in)\s+(?:the\s+)?$")
# An outlet's home after a media noun: "the Daily Mail newspaper of London".
_MEDIA_OF = lazy(r"^(.*\S)\s+of\s+(?:the\s+)?$")
# The head noun of what stands before the preposition: a lower-case word ends it.
_HEAD_NOUN = lazy(r"(?<![\w.’'-])([a-z][\w-]*)$|^\s*([A-Z][a-z-]+)$")


def _person_noun(word: str) -> bool:
    """A noun of a person other than a possessor ("doctor", "lawyer", "successor")."""
    if word in _RELATIONS:
        return True
    if word in _FOR_POSSESSOR:
        return False
    entry = _roles()[0].get(word, {})
    return entry.get("noun") == "person" and not entry.get("speaks_for")


def inside_phrase(res: _Resolver, a: Actor, hs: int, he: int) -> tuple[bool, Actor | None]:
    """(True, replacement) when every mention of `a` in the speaker head [hs, he) is a word
    inside the phrase rather than its head; (False, None) to keep `a`."""
    text = res.text
    if a.kind not in {"country", "place"} and text.find("’", hs, he) < 0 and text.find(
        "'", hs, he
    ) < 0:
        return False, None  # (only a possessive after a person or body drops it: the usual case)
    mine = [(ms, me) for ms, me, b in res.covering(hs, he) if b.id == a.id and ms >= hs]
    if not mine or any(ms <= hs + 4 and me >= he - 1 for ms, me in mine):
        return False, None  # the phrase is the actor's own name
    ms, me = mine[-1]
    tail = text[me:he]
    pm = _POSSESSED.match(tail)
    if pm is not None and len(mine) == 1:
        mods, noun = pm.group(1).split(), pm.group(2).lower()
        if a.kind == "person" and _person_noun(noun):
            return True, None  # "Gov. Jane Roe's doctor": not Roe
        if a.kind in {"country", "place"} and (
            _person_noun(noun) or (noun in _MEDIA and not _STATE_WORDS & set(mods))
        ):
            return True, None  # "Ruritania's national newspapers": not its government
        return False, None
    if a.kind in {"country", "place"}:
        before = text[hs:ms]
        lm = _LOCATED_AT.match(before) if all(
            _LOCATED_AT.match(text[hs:s]) for s, _e in mine
        ) else None
        om = _MEDIA_OF.match(before) if lm is None and len(mine) == 1 else None
        if om is not None:
            hm = _HEAD_NOUN.search(om.group(1))
            noun_end = hs + hm.end() if hm is not None else hs
            outlet = [b for s, e, b in res.covering(hs, noun_end)
                      if hm is not None and s >= hs and e <= noun_end
                      and b.kind == "organization" and not text[e:hs + hm.start()].strip()]
            if outlet and hm is not None and hm.group(hm.lastindex or 1).lower() in _MEDIA:
                return True, outlet[-1]  # "the Daily Nation newspaper of Ruritania"
        if lm is not None:
            hm = _HEAD_NOUN.search(lm.group(1))
            if hm is None:
                # "Acme Corp. in Easton": the body before the place, else nobody named
                pe = hs + len(lm.group(1))
                body = [b for s, e, b in res.covering(hs, pe) if s >= hs and pe - 1 <= e <= pe
                        and b.kind in {"organization", "group", "person"}]
                return True, (body[-1] if body else None)
            noun_end = hs + hm.end()
            if a.kind == "place" and hm.group(hm.lastindex or 1).lower() in _GOVERNMENT:
                # "the government in Havana": the country of the capital, when named
                country = _capitals().get(a.name.lower())
                return True, next((c for c in res.actors if c.kind == "country"
                                   and country and c.name.lower() == country), None)
            outlet = [b for s, e, b in res.covering(hs, noun_end)
                      if s >= hs and e <= noun_end and b.kind == "organization"
                      and not text[e:hs + hm.start()].strip()]
            if outlet and hm.group(hm.lastindex or 1).lower() in _MEDIA | {"agency", "station"}:
                return True, outlet[-1]  # "The Star newspaper in Easton": the Star
            return True, None  # "a lawyer from Easton", "the embassy in Easton": not Easton
        low_mods = text[me:he].lower().split()
        if low_mods and low_mods[-1] in _MEDIA and text[ms:me][:1].isupper() and not (
            _STATE_WORDS & set(low_mods) or text[me:me + 1] in "’'"
        ) and all(w.isalpha() and w.islower() for w in text[me:he].split()):
            return True, None  # "the top Ruritanian medical journal", "Ruritanian newspapers"
    return False, None


def located_from(res: _Resolver, hs: int, he: int) -> int:
    """Where the places that only locate a phrase's head begin ("Officials in Ruritania and
    Utopia": at Ruritania), else he: those places are no conjunct of a joint speaker."""
    text = res.text
    for ms, _me, b in res.covering(hs, he):
        if ms > hs and b.kind in {"country", "place"}:
            lm = _LOCATED_AT.match(text[hs:ms])
            if lm is not None and _HEAD_NOUN.search(lm.group(1)) is not None:
                return ms
            return he
    return he
