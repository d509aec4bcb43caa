"""Clause and phrase boundaries: where a committed action's text ends (_text_end: the next
clause, a reporting tail, a conjoined report), trimming a subject phrase to its noun phrase
(_trim, _tail_start), and the small readers of the words around a cue (_words_lead, the
yielding and agentive phrases). Shared by subject resolution and by the sentence pass.
"""

from __future__ import annotations

import re

from briefgen import rules
from briefgen.extract import coref
from briefgen.extract.commitments.patterns import (
    _INTRANSITIVE_END,
    _VOL,
    _VOL_GROUPS,
)
from briefgen.lazyre import lazy, trie_regex
from briefgen.model import Span

# "give up", "back down": yielding only with the particle (volitional_verbs.json "phrases")
_RESOLVE_PHRASES = frozenset(_VOL_GROUPS["resolve"].get("phrases", ()))

_PARTICLE = lazy(r"\s+([a-z]+)\b")


def _yielding_phrase(text: str, m: re.Match[str], group: str) -> bool:
    """The cue's verb and the word after it are a yielding phrase ("give up", "back down")."""
    verb = m.group(group)
    if not verb:
        return False
    pm = _PARTICLE.match(text, m.end(group))
    return (
        pm is not None
        and f"{verb.lower()} {pm.group(1).lower()}" in _RESOLVE_PHRASES
        and _INTRANSITIVE_END.match(text, pm.end()) is not None
    )


_IRREGULAR_PARTICIPLES = {
    "met": "meet", "held": "hold", "led": "lead", "paid": "pay", "made": "make", "sent": "send",
    "kept": "keep", "built": "build", "given": "give", "taken": "take", "chosen": "choose",
    "brought": "bring", "sold": "sell", "bought": "buy", "run": "run", "won": "win",
}


def _agentive(participle: str) -> bool:
    """Is this past participle one of an agentive (volitional) verb? ("met", "hosted")"""
    base = _IRREGULAR_PARTICIPLES.get(participle)
    if base is not None:
        return base in _VOL
    if participle.endswith("ed"):
        stem = participle[:-2]
        return bool(
            {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem,
             stem[:-1] + "y" if stem.endswith("i") else stem} & _VOL
        )
    return False


def _words_lead(seg: str) -> str:
    """The blanks and quote marks a phrase opens with."""
    return seg[: len(seg) - len(seg.lstrip(" \t\"“”‘’'`"))]


_LEAD_TRIM = lazy(
    r"^(?:(?:(?:and|but|or|so|yet|also|meanwhile|however|moreover|further|in\s+addition|today|"
    r"now|with(?:\s+both)?|(?:even\s+)?though|although|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    # sentence adverbs of sequence and stance ("In the end, X agreed", "Still, X is …")
    r"(?:still|previously|finally|instead|ultimately|eventually|of\s+course|in\s+the\s+end|"
    r"at\s+last|by\s+then|since\s+then)(?![-’'])|"
    r"tonight|tomorrow|(?:last|this|earlier\s+this)\s+(?:week|month|year))\b|"
    r"according\s+to\s+[^,;]{1,80},)[,\s]*)+",
    re.IGNORECASE,
)
# what may follow the comma of an opening "though …," clause as the main clause's subject
_THOUGH_SUBJECT = lazy(
    r"(?:he|she|it|they|we|I|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
)
_TAIL_TRIM = lazy(
    r"(?:[\s,]+(?:also|have|has|had|both|all|each|jointly|today|now|then|further|again|already|"
    r"however|though|nonetheless|nevertheless|"
    r"meanwhile|once\s+again|still|at\s+least|too|for\s+(?:his|her|its|their|our|my)\s+part|in\s+turn|"
    r"(?!(?:family|ally|rally|assembly|supply)\b)(?-i:[a-z]{2,}ly)|,)"
    r"\b)+[\s,]*$|[\s,]+$|^(?:has\s+|have\s+)?(?-i:[a-z]{2,}ly)\s*$|"
    r"(?:(?<=\bhe)|(?<=\bshe)|(?<=\bit)|(?<=\bwe)|(?<=\bthey))[’'](?:s|ve)\s*$",
    re.IGNORECASE,
)
# The last word of each _TAIL_TRIM alternative ("for his part", "at least": the last one).
_TAIL_LAST = frozenset(
    ("also", "have", "has", "had", "both", "all", "each", "jointly", "today", "now", "then",
     "further", "again", "already", "meanwhile", "still", "least", "too", "part", "turn",
     "however", "though", "nonetheless", "nevertheless")
)


def _tail_start(seg: str) -> int | None:
    """_TAIL_TRIM.search(seg)'s start, searched only when the segment's last word (before its
    trailing spaces and commas) is one of _TAIL_LAST, "…ly" or "he's": otherwise only the
    trailing run of spaces and commas can match, and the search, which tries its alternation
    after every space, is skipped."""
    i = len(seg)
    while i and (seg[i - 1] == "," or seg[i - 1].isspace()):
        i -= 1
    j = i
    while j and seg[j - 1] != "," and not seg[j - 1].isspace():
        j -= 1
    tok = seg[j:i]
    low = tok.lower()
    # (non-ASCII: under IGNORECASE "ſ", "ı" and the Kelvin sign match ASCII letters)
    if not tok.isascii() or low in _TAIL_LAST or low.endswith("ly") or "'" in tok:
        tail = _TAIL_TRIM.search(seg)
        return tail.start() if tail else None
    return i if i < len(seg) else None


_ACCORDING = lazy(r",?\s*according\s+to\s+(?P<who>[^,;.]{1,80})", re.IGNORECASE)
_TRAIL_SAID = lazy(
    r",[\s”\"’']*(?P<who>[^,;“”\"]{1,80}?)\s+(?:said|says|added|told\s+[^,.;]{1,40}|stated|noted|"
    r"announced|reported|wrote|writes)\b[^;]{0,120}?$|,[\s”\"’']*(?:said|says|added)\s+(?P<who2>[^;]{1,120}?)$",
    re.IGNORECASE,
)

_SAID_WORDS = (
    "said", "says", "added", "told", "stated", "noted", "announced", "reported", "wrote", "writes"
)


# "For incomes above $5 million, she …", "Under the deal, it …": a fronted phrase before the
# comma and the pronoun that is the clause's subject
_FRONTED_PRONOUN = lazy(
    r"(?:for|under|in|on|at|after|before|by|from|among|despite|without|beyond|during|unlike|"
    r"as\s+for|as\s+part\s+of)\s[^;:]*,\s+(?P<p>he|she|they|it|we|I)",
    re.IGNORECASE,
)


# an opening adverbial of time, place or occasion, a comma, then the subject: a name, a
# determiner's noun phrase or a pronoun, with no further comma ("In April, X", "At the
# summit, the two leaders", "After the vote, it"); "In Oslo, Norway, the bloc" is left whole
_FRONTED_ADVERBIAL = lazy(
    r"(?:in|on|at|by|during|after|before|since|under|with|for|from|over|within|through|"
    r"throughout|following|despite|amid|among|earlier|later|last|this)\s[^,;:]{1,80},\s+"
    r"(?P<np>(?:(?-i:[A-Z])|(?:the|an?|its|his|her|their|our|both|all|some|many|most|several)\s)"
    r"[^,;:]{0,80})",
    re.IGNORECASE,
)
# the same with no comma before a pronoun ("By 1992 it", "In his second term he")
_FRONTED_PRONOUN_BARE = lazy(
    r"(?:in|on|at|after|before|by|during|within|over|until)\s(?:[^;:,]*?\s)?"
    r"(?:\d{2,4}|years?|months?|weeks?|days?|term|end|time|meantime|interim|future|run|"
    r"spring|summer|fall|autumn|winter|(?-i:[A-Z][a-z]+day)|(?-i:January|February|March|April|"
    r"May|June|July|August|September|October|November|December))\s+(?P<p>he|she|they|it|we|I)",
    re.IGNORECASE,
)


# "as president he would …", "as governor, she will …": the office the pronoun would hold
_AS_ROLE = lazy(
    r"as\s+(?P<r>(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+),?\s+(?P<p>he|she|they|we|I)",
    re.IGNORECASE,
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t‘’'\"“”`":
        start += 1  # a quote opening before "And I …" hides the conjunction
    seg = text[start:end]
    if (
        seg[:1] in "FUIOABDWfuioabdw"
        and ", " in seg
        and (fp := _FRONTED_PRONOUN.fullmatch(seg.rstrip())) is not None
    ):
        return start + fp.start("p"), start + fp.end("p")
    if (
        seg[:1] in "IOABDWFSULTEiobdwfsulte"
        and ", " in seg
        and (fa := _FRONTED_ADVERBIAL.fullmatch(seg.rstrip())) is not None
    ):
        start += fa.start("np")  # "In April, X called …": the opening phrase is no subject
        seg = text[start:end]
    elif (
        seg[:1] in "FUIOABDWfuioabdw"
        and (fp := _FRONTED_PRONOUN_BARE.fullmatch(seg.rstrip())) is not None
    ):
        return start + fp.start("p"), start + fp.end("p")  # "By 1992 it plans to …"
    if seg[:3].lower() == "as " and (am := _AS_ROLE.fullmatch(seg.rstrip())) is not None and (
        coref.ROLE_LAST.search(am.group("r"))
    ):
        return start + am.start("p"), start + am.end("p")  # "as president she would …"
    lead = _LEAD_TRIM.match(seg)
    if lead:
        start += lead.end()
        seg = text[start:end]
        if "hough" in lead.group() and ", " in seg:
            # "Though he has given …, he established …": the main clause's subject
            cut = seg.rstrip(" ,").rfind(", ")
            rest = seg[cut + 2 :] if cut >= 0 else ""
            if _THOUGH_SUBJECT.fullmatch(rest.strip(" ,")):
                start += cut + 2
                seg = text[start:end]
    tail = _tail_start(seg)
    if tail is not None:
        end = start + tail
    while start < end and text[start] in " \t,‘’'\"“”`":
        start += 1
    while end > start and text[end - 1] in " \t,‘’'\"“”`":
        end -= 1
    return start, end


def _text_end(text: str, start: int, sent_end: int) -> tuple[int, Span | None]:
    """Where the committed action ends, and the attribution tail cut off it (if any)."""
    seg = text[start:sent_end]
    end = sent_end
    tail: Span | None = None
    low = seg.lower()
    acc = _ACCORDING.search(seg) if "according" in low else None
    if acc:
        end = start + acc.start()
        tail = (start + acc.start("who"), start + acc.end("who"))
    elif "," in seg and any(w in low for w in _SAID_WORDS):
        said = _TRAIL_SAID.search(seg)
        if said:
            end = start + said.start()
            g = "who" if said.group("who") else "who2"
            tail = (start + said.start(g), start + said.end(g))
    if " and " in low:
        same = low if len(low) == len(seg) else None  # each character lowered to one
        cm = _conjoined_report(text, same, start, start, end)
        while cm is not None and _PASSIVE_PAIR.search(
            text, max(start, cm.start() - 40), cm.start()
        ):
            cm = _conjoined_report(text, same, start, cm.end(), end)  # "… collected and reported"
        if cm is not None:
            end = cm.start()  # "X would order a review and warned against Y": X's next act
    if "while" in low or "where" in low or "though" in low:
        wm = _WHILE_CLAUSE.search(text, start, end)
        if wm is not None:
            end = wm.start()  # "X will speak Friday, while Y is due Saturday": Y's own clause
    if ", " in seg:
        gm = _GLOSS_CLAUSE.search(text, start, end)
        if gm is not None:
            end = gm.start()  # "…, reflecting the party's attempts to …": the writer's gloss
    while end > start and text[end - 1] in " \t.;:,!?”\"’'":
        end -= 1
    return end, tail


def _conjoined_report(
    text: str, low: str | None, base: int, pos: int, end: int
) -> re.Match[str] | None:
    """_CONJOINED_REPORT.search(text, pos, end), tried only where "and" follows whitespace
    (low: text[base:end] lowered, each character to one; None: search as written). A match is
    ",?" + whitespace + "and" + …: for each such "and" the leftmost start is the comma before
    its whitespace run, else the run's start (or pos), and whether the rest matches does not
    depend on it, so the first "and" after pos that matches gives the search's match."""
    if low is None:
        return _CONJOINED_REPORT.search(text, pos, end)
    i = pos - base
    stop = end - base
    while True:
        i = low.find("and", i + 1, stop)
        if i < 0:
            return None
        j = i + base  # "and" in text
        if not text[j - 1].isspace():
            continue
        k = j - 1
        while k > pos and text[k - 1].isspace():
            k -= 1
        if k > pos and text[k - 1] == ",":
            k -= 1
        m = _CONJOINED_REPORT.match(text, k, end)
        if m is not None:
            return m


def _finite_report_forms() -> list[str]:
    """The finite past and present forms of the reporting, stance and intent verbs
    (reporting_verbs.json): the forms a second clause of the matrix subject opens with."""
    out = {"says", "adds", "warns", "insists", "stresses", "notes", "argues", "urges"}
    for e in rules.entries("reporting_verbs"):
        if e.get("type") in ("speech", "stance", "intent"):
            for f in e["forms"]:
                w = f.split()[0]
                if w.endswith("ed") or w in ("said", "told", "wrote", "went"):
                    out.add(f)
    return sorted(out)


# a second clause of the matrix subject after the content: "X said he would order a review and
# warned against hackers", "X pledged $5 billion, and also called for …" – a finite reporting or
# stance verb cannot continue the content's infinitive, modal or object, so the action ends
_CONJOINED_REPORT = lazy(
    r",?\s+and\s+(?:(?:also|then|later|again|\w+ly)\s+)?(?:"
    + trie_regex(_finite_report_forms(), space=r"\s+")
    + r")(?![\w’'-])",
    re.IGNORECASE,
)
# a passive pair before "and": "data are collected and reported" (the verb is a participle)
# what follows a speaker's aside closed by a comma: the reporting verb itself (not "that", a
# participle "adding", or a quote)
_FINITE_AFTER_ASIDE = lazy(r"(?!that\b|\w+ing\b)(?-i:[a-z]+)\b")
_PASSIVE_PAIR = lazy(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s*$",
    re.IGNORECASE,
)
# a participle glossing the whole clause after a comma ("… a replacement, reflecting the party's
# attempts to unify", "…, marking its first salvo"): the writer's comment, not part of the act
# (a participle of the actor's own doing, "…, highlighting the recovery", stays)
_GLOSS_CLAUSE = lazy(
    r",\s+(?:reflecting|signal(?:l)?ing|underscoring|suggesting|illustrating|marking)\s"
)
# a contrast clause with its own subject after the action ("…, while the rebels say …", "…,
# although the dividend will be paid …"), or a
# place's relative clause ("… return from Spain, where his relatives are fighting …"); a
# participle ("…, while turning our attention to …") stays part of the action
_WHILE_CLAUSE = lazy(
    r",\s+(?:while|whereas|where|(?:al)?though)\s+(?=(?-i:[A-Z])|"
    r"(?:the|his|her|its|their|he|she|it|they|we|I|others?|many|most|some)\s)"
)
