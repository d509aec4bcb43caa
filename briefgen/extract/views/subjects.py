"""The speaker's span next to a cue: _subject_left scans left from a reporting verb to the start
of its subject (names, descriptions, appositives, conjoined names; fronted adverbials, asides and
relative clauses left out), _subject_right reads an inverted one ("…,” said X, a professor at Y),
and _tailish tells whether the words after a quote are only an attribution's tail.
"""

from __future__ import annotations

import re

from briefgen import rules
from briefgen.extract.quotes import DOUBLE_CLOSE
from briefgen.extract.views.patterns import (
    _ADVERBIAL_START,
    _AUX_WORDS,
    _CONNECTOR,
    _DETERMINERS,
    _FINITE,
    _MARKS,
    _NOT_RIGHT_SPEAKER,
    _PRONOUNS,
    _WORD,
    _participles,
    _role_entry,
    _roles,
    _rstrip_end,
)
from briefgen.extract.views.units import (
    _CLOSE_MARKS,
    _NAME_PART,
    _PREPOSITIONS,
    _plausible,
    _strip,
    _words,
)
from briefgen.lazyre import lazy
from briefgen.model import Span

_OBJECT_PRONOUNS = frozenset({"him", "them", "me", "us"})
_OBJECT_PREPOSITIONS = frozenset({"to", "with", "for", "of", "near", "around", "about"})
# Words that end a subject when scanning left from the verb (a clause or phrase boundary).
_BOUNDARY = {
    "after", "before", "when", "while", "because", "since", "as", "if", "although", "though",
    "that", "and", "but", "or", "which", "who", "whom", "where", "so", "than", "until", "unless",
    "whether", "what", "how", "why", "is", "was", "are", "were", "be", "been", "being", "has",
    "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do",
    "does", "did", "not", "to", "said", "says", "told", "also", "even", "however", "meanwhile",
    "yet", "nor", "we", "i", "you", "he", "she", "it", "they", "whose", "once", "instead",
}
# Sentence adverbs set off by commas between a subject and its verb.
_ASIDES = {
    "however", "though", "too", "also", "meanwhile", "instead", "in turn", "for his part",
    "for her part", "for their part", "for its part", "in contrast", "by contrast",
    "in response", "for example", "for instance", "likewise", "similarly", "nonetheless",
    "nevertheless", "in addition", "moreover", "furthermore", "separately", "in fact",
    "indeed", "at the time", "in a statement", "in an interview", "for now", "in private",
    "in public", "privately", "publicly", "later", "earlier", "then", "now", "again",
    "in particular", "above all", "notably", "especially",
}
# The words _subject_left's scan looks at twice; any other word just extends the subject.
_SUBJECT_STOPS = _OBJECT_PRONOUNS | _PRONOUNS | _BOUNDARY


# "the Urban League": a name after "the" (a conjunct of "X and the Y said").
_THE_NAME = lazy(r"the\s+[A-Z]")
_REL_AUX = frozenset({"was", "were", "had", "has", "have", "been", "is", "are", "would", "will",
                      "could", "can", "may", "might", "should", "being", "be"})


def _name_conjunct(text: str, lo: int, conj: int) -> int:
    """Where "the A and the B" opens when the words before it run long ("groups like the
    Acme Workers Union of America and the Beta Guild said"): the name before "and" (its
    capitalised words and "of", "for", "the"), else B alone."""
    k = text.rfind(" and ", lo, conj)
    if k < 0:
        return conj
    start = conj
    for w in reversed(_words(text, max(lo, k - 100), k)):
        lw = w.group().lower()
        if text[w.end() : start if start != conj else k].strip():
            break
        if not (w.group()[:1].isupper() or lw in _NAME_PART):
            break
        start = w.start()
        if lw == "the":
            break
    return start if start < conj and text[start : start + 1].isupper() or (
        text.startswith("the ", start) and text[start + 4 : start + 5].isupper()
    ) else conj


# "Roe and", "He and", "the mayor's aides and", "Acme Corp. and": the conjunct before "and
# other(s)" (at most five words, no punctuation but a possessive or an initial's point).
_AND_OTHERS_LEFT = lazy(
    r"(?:[Hh]e|[Ss]he|[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,4}?|[Tt]he\s+[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?)"
    r"\s+and\s+$"
)


def _and_others(text: str, lo: int, s: int) -> Span | None:
    """The named conjunct of "X and other(s) …" opening its clause, X's span; else None.

    Only a conjunct that opens the clause (nothing but a connector or a fronted phrase and
    its comma before it) and holds no verb-like word ("as police said and others"): the
    subject."""
    if not text.startswith(("other ", "others"), s) or not text.endswith(" and ", 0, s):
        return None
    xe = s - 5
    starts = [w.start() for w in _words(text, max(lo, s - 80), xe)][-5:]
    for xs in reversed(starts):
        if _AND_OTHERS_LEFT.fullmatch(text, xs, s) is None or not _subject_opening(text, lo, xs):
            continue
        for w in text[xs:xe].split():
            lw = w.lower()
            if (lw in _BOUNDARY and lw not in {"he", "she"}) or (
                lw.endswith("ed") and w[:1].islower()
            ):
                return None
        return xs, xe
    return None


# The nouns of documents that speak for their authors (speaker_roles.json "document"), and
# a resolution, the document a body adopts.
_DOCUMENT_NOUNS = frozenset(
    [str(e["word"]) for e in rules.entries("speaker_roles") if e.get("noun") == "document"]
    + ["resolution"]
)
_DOC_ALT = "|".join(sorted(_DOCUMENT_NOUNS, key=lambda w: (-len(w), w)))
# A sentence opening with a document and a participle description: "The report, released by
# X and Y, says", "A resolution, drafted by A, B and C and passed by a vote, urges".
_DOC_APPOS = lazy(
    r"[\s“\"]*(?:The|A|An|This|That|Its|Their|Her|His)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_DOC_ALT})s?(,)\s+(?:[a-z]+-)?(?:[a-z]+ed|written|drawn|taken|made|sent)\b"
)


# A document with its author before "to"/"with" (its addressee follows): "Her submission",
# "The party's complaint", "Acme's filing", "the group's letter", "a joint memo".
_DOC_SENT_TO = lazy(
    r"(?:^|(?<=[\s“\"]))((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[Tt]he\s+)?"
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:[’']s|(?<=s)[’']))\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:{_DOC_ALT})s?)\s+$"
)


# An author named after the addressee ("A report to Congress by the agency found"): it speaks.
_AUTHOR_AFTER = lazy(r"\s(?:by|from)\s")
# What _DOC_SENT_TO's last word can be: a document noun, singular or plural.
_DOC_LAST = _DOCUMENT_NOUNS | frozenset(w + "s" for w in _DOCUMENT_NOUNS)


def _doc_before(text: str, lo: int, s: int) -> bool:
    """Is the word before the spaces that end text[lo:s] a document noun? (A cheap test
    before _DOC_SENT_TO, which ends with one.)"""
    e = s
    while e > lo and text[e - 1].isspace():
        e -= 1
    if e == s:
        return False
    k = e
    while k > lo and e - k < 16 and not text[k - 1].isspace():
        k -= 1
    return text[k:e] in _DOC_LAST


def _subject_left(text: str, lo: int, cue_start: int) -> tuple[Span, Span | None, Span | None]:
    """The speaker before a verb: (head span or empty, appositive span, full speaker span).

    Scans left from the verb over words until a clause boundary; "X, a professor at Y, said"
    gives head X and appositive "a professor at Y"."""
    e = cue_start
    while e > lo and text[e - 1].isspace():
        e -= 1
    appos: Span | None = None
    for n in range(2):
        if not (e > lo and text[e - 1] == ","):
            break
        # Appositive: find the comma that opens it.
        ae = e - 1
        k = text.rfind(",", lo, ae)
        if n == 0 and k > lo:
            dm = _DOC_APPOS.match(text, lo, ae)
            if dm is not None and dm.start(1) < k and ae - dm.start(1) <= 240:
                # "A resolution, drafted by Chile, Ghana and Peru and passed
                # without a vote, offers …": the document's description has commas of its own
                k = dm.start(1)
        if k < 0 or ae - k > 140:
            if n == 0 and text[ae - 1 : ae] not in ")>":
                return (e, e), None, None
            e = ae  # "Roe, who said A, said B": Roe; "Acme Corp <ACME.N>, said": Acme Corp
            break
        if text[k + 1 : k + 2] in _CLOSE_MARKS or text[k - 1 : k] in _CLOSE_MARKS:
            # “A,” Roe, who …, said: the comma closing the quotation opens no appositive.
            e = ae
            break
        if n == 0 and not _RELATIVE_START.match(text, *_strip(text, k + 1, ae)):
            rel = _relative_through(text, lo, k)
            if rel >= 0:
                # "Kos, who lived abroad from 1970, when the army took power, until 1990,
                # said": a relative clause with commas of its own runs up to the verb
                e = _rstrip_end(text, lo, rel + 1)
                continue
        appos = _strip(text, k + 1, ae)
        e = k
        if text[appos[0] : appos[1]].lower() in _ASIDES:
            appos = None  # "Jones, however, said": an aside, not an appositive
            break
        if not _RELATIVE_START.match(text, *appos):
            break
        # "Roe, (a professor,) who said A, said B": the relative clause is its own view.
        appos = None
        e = _rstrip_end(text, lo, k + 1)
    if e > lo and text[e - 1] in ")>":
        k = text.rfind("(" if text[e - 1] == ")" else "<", max(lo, e - 30), e)
        if k > lo:
            e2 = k
            while e2 > lo and text[e2 - 1].isspace():
                e2 -= 1
            paren_end = e
            e = e2
        else:
            paren_end = e
    else:
        paren_end = e
    # The subject is usually a few words: scan a short window, and the full one only when the
    # scan reaches the window's first word (which may be cut).
    full_lo = max(lo, e - 300)
    short_lo = max(full_lo, e - 60)
    ws = _words(text, short_lo, e)
    if short_lo == full_lo:
        full_lo = -1
    start = e
    count = 0
    last_conjunct = -1
    i = len(ws)
    while i > 0:
        i -= 1
        m = ws[i]
        if i == 0 and full_lo >= 0:
            ws = _words(text, full_lo, e)
            full_lo = -1
            start, count, i, last_conjunct = e, 0, len(ws), -1
            continue
        ms, me = m.span()
        if me != start and (me + 1 != start or text[me] != " "):  # not one space
            gap = text[me:start].strip()
            if gap and gap not in {"’s", "'s", "%"}:
                break  # punctuation between words ends the subject ("47% say": a share)
        w = m.group()
        if w[0] in _MARKS and not w.strip(_MARKS):
            break  # a closing quote mark (''), not a word
        lw = w.lower()
        if lw not in _SUBJECT_STOPS:
            start = ms  # a plain word: the subject goes on
            count += 1
            if count > 12:
                if last_conjunct < 0:
                    return (e, e), None, None
                start = _name_conjunct(text, lo, last_conjunct)
                break
            continue
        if (
            lw in _OBJECT_PRONOUNS
            and count == 0
            and i > 1
            and ws[i - 1].group().lower() in _OBJECT_PREPOSITIONS
            and text[ws[i - 1].end() : m.start()] == " "
        ):
            # "a source close to him said": "to him" ends a modifier of the subject.
            i -= 1
            start = ws[i].start()
            count += 2
            continue
        if lw in _PRONOUNS and count > 0 and lw != "it" and text[m.end() : start] == " ":
            # "I confirmed Dutch support for …": the pronoun is the subject and the cue a noun.
            return (e, e), None, None
        if lw in _REL_AUX and count > 0 and i > 0:
            j = i - 1
            while j > 0 and ws[j].group().lower() in _REL_AUX:
                j -= 1
            if ws[j].group().lower() == "who":
                # "officers who had been searching for Roe concluded": past the auxiliaries
                # to the relative pronoun, whose antecedent is the speaker
                i = j + 1
                start = ws[i].start()
                count += 1
                continue
        if lw in _BOUNDARY and count > 0:
            if lw in {"to", "with"} and _doc_before(text, lo, m.start()) and (
                dm := _DOC_SENT_TO.search(text, max(lo, m.start() - 120), m.start())
            ) and (
                _subject_opening(text, lo, dm.start(1))
                and not _AUTHOR_AFTER.search(text, m.end(), e)
            ):
                # "Her submission to the court noted", "The party's complaint to the ethics
                # board says": the document speaks (for its author), never its addressee
                head = (dm.start(1), dm.end(1))
                return head, None, (head[0], paren_end)
            if (
                lw == "and"
                and i > 0
                and ws[i - 1].group().lower() in _PAIRED_PREPOSITIONS
                and _WORD.match(text, start) is not None
                and _WORD.match(text, start).group().lower() in _PAIRED_PREPOSITIONS  # type: ignore[union-attr]
            ):
                # "Officials in and around the city said": two prepositions share one object.
                start = m.start()
                count += 1
                continue
            if (
                lw == "who"
                and (ant := _antecedent(text, lo, m.start())) is not None
                and not ant[1]
                and (xs := _and_others(text, lo, ant[0])) is not None
            ):
                # "Roe and others who oppose the plan say": the one named speaks for them.
                return xs, None, (xs[0], paren_end)
            if (
                lw == "who"
                and (ant := _antecedent(text, lo, m.start())) is not None
                and not ant[1]
                and _subject_opening(text, lo, ant[0])
            ):
                # "Tour operators who work in the region say": the restrictive clause's
                # antecedent is the speaker.
                head = _strip(text, ant[0], m.start())
                return head, None, (head[0], paren_end)
            if lw == "and" and start < e and m.start() > lo and (
                text[start].isupper() or _THE_NAME.match(text, start, e) is not None
            ):
                # "Roe and Doe said", "the ACLU and the Urban League said": both conjuncts
                if not text[start].isupper() and last_conjunct < 0:
                    last_conjunct = start
                prev = text[lo : m.start()].rstrip()
                pw = prev.rsplit(None, 1)[-1] if prev.split() else ""
                if any(c.isupper() for c in pw):  # "… John al-Doe and Prime Minister …"
                    start = m.start()
                    count += 1
                    continue
            break
        if lw in _BOUNDARY and count == 0 and lw not in _PRONOUNS:
            break
        start = m.start()
        count += 1
        if lw in _PRONOUNS:
            break
        if count > 12:
            if last_conjunct < 0:
                return (e, e), None, None
            start = _name_conjunct(text, lo, last_conjunct)
            break
    # Leading connectors ("But the minister said") are not part of the subject.
    m2 = _CONNECTOR.match(text, start, e)
    if m2:
        start = m2.end()
    m3 = (_TIME_LEAD.match(text, start, e) or _EVENT_LEAD.match(text, start, e)
          if text[start : start + 1] in "IOBSDLETA" else None)
    if m3 and m3.end() < e:
        start = m3.end()  # "In 2010 the mayor said", "In an interview Roe said": then the subject
    if text.startswith(("other ", "others"), start) and (
        xs := _and_others(text, lo, start)
    ) is not None:
        # "Roe and other officials said", "He and other relatives say": the one named speaks
        # (for the rest, who are not named).
        return xs, None, (xs[0], paren_end)
    head = (start, paren_end if start < e else e)
    am = (
        _ADVERB_END.search(text, max(start, head[1] - 40), head[1])
        if text[head[1] - 2 : head[1]] == "ly" and head[1] > start and paren_end == e
        else None
    )
    if am and am.start() > start and am.group(1).lower() not in _LY_NOUNS:
        head = (start, am.start())  # "An accompanying statement specifically warned": no adverb
    full = (start, appos[1]) if appos else head
    last = appos or head
    if last[1] - last[0] < 30 and last[0] < last[1] and text[last[0]].isupper() and text[
        last[0] - 1 : last[0]
    ].isspace() and _comma_spaced(text, lo, last[0]) and (
        hm := _HOMETOWN.fullmatch(text, lo, last[0])
    ):
        # "Jane Roe, 59, of Easton, Md., who saw it, said": the scan stopped at the state
        # of the hometown; the name opening the clause speaks
        return hm.span(1), None, (hm.start(1), last[1])
    if appos and head[0] < head[1]:
        fw = _WORD.match(text, head[0])
        if fw is not None and fw.group().lower() in _PREPOSITIONS and _plausible(
            text, *appos
        ):
            # "Of the plan, Roe, who …, said": a fronted phrase, then the subject
            return appos, None, appos
    if appos and _AGE.fullmatch(text, *appos):
        return head, None, full  # "Doe, 54, said": an age, not a role
    if appos and _role_then_name(text, head, appos):
        return appos, head, full  # "the minister, Jane Doe, said": the name is the head
    if appos and head[0] < head[1] and text[head[0]].isupper():
        # "The ambassador to Ruritania, Jane Doe, said": the scan stopped at "to"; the place
        # completes a role noun and the name in apposition speaks.
        rt = _ROLE_TO.search(text, max(lo, head[0] - 40), head[0])
        if rt and _role_to_name(text, rt.group(1), appos):
            return appos, (rt.start(), head[1]), (rt.start(), appos[1])
    if appos and head[0] < head[1]:
        name = _name_before(text, lo, head)
        if name is not None:
            # "Jane Roe, the attorney general of the state, one of the plaintiffs, said",
            # "Jane Roe, 21, a junior at the college, said": the name opens the chain.
            first = None if _AGE.fullmatch(text, *head) else head
            return name, first or appos, (name[0], full[1])
        name = _chain_opener(text, lo, head[0])
        if name is not None:
            # "Jane Roe, founder of Friends of the Park, a group that …, called it": the scan
            # stopped inside the first aside; the name that opens the clause speaks.
            return name, (_strip(text, name[1] + 1, appos[1])), (name[0], full[1])
    return head, appos, full


def _comma_spaced(text: str, lo: int, s: int) -> bool:
    """Does text[lo:s] end with a comma and spaces (as _HOMETOWN does)? A cheap test first."""
    e = s
    while e > lo and text[e - 1].isspace():
        e -= 1
    return lo < e < s and text[e - 1] == ","


# A name opening the clause, an age, and a hometown ("Jane Roe, 59, of Easton, "), up to the
# state that ends it.
_HOMETOWN = lazy(
    r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+),\s+(?:\d{1,3},\s+)?(?:of|from)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*,\s+"
)


def _introduced_unnamed(text: str, noun: str, lo: int, hs: int) -> bool:
    """Does the text introduce someone of that role unnamed ("a judge in Ohio", "another
    general") between lo and hs?"""
    rx = _INTRO_RX.get(noun)
    if rx is None:  # the noun as the text writes it: no pattern for lazyre's code cache
        rx = _INTRO_RX[noun] = re.compile(
            rf"\b(?i:an?|another|one)\s+(?:[\w.-]+\s+){{0,2}}?{re.escape(noun)}\b(?!\s+[A-Z])"
        )
    return rx.search(text, lo, hs) is not None


_INTRO_RX: dict[str, re.Pattern[str]] = {}
_QUOTE_OR_END = lazy(r"[“”\"]|''|``|[.!?]\s")


def _relative_through(text: str, lo: int, k: int) -> int:
    """The comma opening a relative clause (", who", ", which") that runs on past the comma
    at k (its own asides: ", when …, until 1990,"), in the 200 characters before k with no
    quotation mark or sentence end between; -1 when none."""
    start = max(lo, k - 200)
    hit = -1
    for m in _RELATIVE.finditer(text, start, k):
        hit = m.start()
    if hit < 0 or _QUOTE_OR_END.search(text, hit, k):
        return -1
    return hit


def _chain_opener(text: str, lo: int, hs: int) -> Span | None:
    """A name of one to five capitalised words opening the clause at lo and closed by a
    comma before hs, followed by a lower-case description ("Jane Roe, founder of …")."""
    s = lo
    while s < hs and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    c = text.find(",", s, hs)
    if c < 0 or hs - c > 200:
        return None
    ws = text[s:c].split()
    if not 1 <= len(ws) <= 5 or not all(_NAME_WORD.match(w) for w in ws):
        return None
    first = ws[0].lower()
    if first in _DETERMINERS or first in _NOT_NAME or _ADVERBIAL_START.match(first) or (
        _CONNECTOR.match(ws[0] + " ")
    ):
        return None
    rest = text[c + 1 : hs]
    if not rest.lstrip()[:1].islower() or any(ch in rest for ch in ".;:!?\n"):
        return None
    low = rest.lower().split()
    if low[0].strip(",") in _ASIDES or not _FINITE.isdisjoint(w.strip(",") for w in low):
        return None  # "Roe, meanwhile, may have left, …": a clause, not a description
    return s, c


# A time adverbial with no comma before the subject: "In 2010 the mayor", "Last week Roe".
# An occasion with no comma before the subject: "In a radio interview Roe said …".
_EVENT_LEAD = lazy(
    r"(?:In|At|During|On)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:interview|statement|speech|letter|remarks|conference|appearance|debate|op-ed|column|"
    r"post|tweet|video|broadcast|hearing|rally|address|briefing|session|meeting)s?\s+(?=[A-Z]|the\s)"
)
_TIME_LEAD = lazy(
    r"(?:In|On|By|Since|During|Last|Earlier|This|Late|Early)\s+(?:(?:early|late|mid)[\s-])?"
    r"(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
    r"spring|summer|fall|autumn|winter)(?:\s+\d{1,4})?\s+(?=[A-Za-z])"
)
# A lower-case adverb in -ly closing the words before a verb ("The minister firmly rejected").
_ADVERB_END = lazy(r"\s+([a-z]{3,}ly)$")
_LY_NOUNS = frozenset({
    "family", "assembly", "supply", "ally", "rally", "monopoly", "anomaly", "daily", "weekly",
    "monthly", "quarterly", "elderly", "bully", "italy", "july", "jelly", "belly", "folly",
})


_ROLE_TO = lazy(r"\b([a-z]+)\s+to\s+(?:the\s+)?$")
_PAIRED_PREPOSITIONS = frozenset({
    "in", "around", "inside", "outside", "within", "near", "across", "at", "from", "beyond",
})


def _subject_opening(text: str, lo: int, s: int) -> bool:
    """Does the phrase at s open its clause (only a connector or an adverbial and its comma
    before it)?"""
    gap = text[lo:s].strip()
    if not gap or gap.endswith(","):
        return True
    m = _CONNECTOR.match(text, lo, s)
    return m is not None and not text[m.end() : s].strip()


def _role_to_name(text: str, role: str, appos: Span) -> bool:
    aw = text[appos[0] : appos[1]].split()
    if not 1 < len(aw) <= 4 or not all(w[:1].isupper() and _NAME_WORD.match(w) for w in aw):
        return False
    table, _ = _roles()
    return role in table and _role_entry(table, role).get("noun") == "person"


# A quotation closed on a comma (or ? !) right before the subject: “A,” Roe, a lawyer, told Y.
_QUOTE_LEAD = lazy(r"(?:[,?!][" + _CLOSE_MARKS + r"]{1,2}|[" + _CLOSE_MARKS + r"],)\s+$")


def _aside_subject(text: str, us: int, cs: int) -> bool:
    """Does the sentence open with its subject and an aside before the verb ("Roe, who opposed
    the plan, asked …", "Roe, a lawyer, asked …")? Then the verb is not inverted: the words
    after it are its object, not the speaker."""
    head, _, full = _subject_left(text, us, cs)
    if head[0] >= head[1] or full is None:
        return False
    if _CONNECTOR.fullmatch(text, head[0], min(cs, head[1] + 2)):
        return False  # "Still, most of it went to other funds, says Roe": no subject, inverted
    lead = text[us : min(head[0], full[0])]
    if (
        lead.strip(" " + _MARKS)
        and not _CONNECTOR.fullmatch(lead.lstrip(" " + _MARKS))
        and not _QUOTE_LEAD.search(lead)
        and not (_fronted_adverbial(lead) and _description_aside(text, head[1], cs))
    ):
        return False
    return text.find(",", head[1], cs) >= 0 and _plausible(text, *head)


_DESCRIPTION_OPEN = lazy(
    r",\s+(?:an?|the|who|which|whose|\d{1,3}\b|[\w’'-]+(?:’s|'s|ing)\b)", re.IGNORECASE
)


def _description_aside(text: str, he: int, cs: int) -> bool:
    """Is text[he:cs] a comma aside describing the subject (an appositive, an age, a relative
    or participle clause), not a clause of the sentence ("the data show X, said Roe")?"""
    return _DESCRIPTION_OPEN.match(text, he, cs) is not None and (
        text[he:cs].rstrip().endswith(",")
    )


def _fronted_adverbial(lead: str) -> bool:
    """Is the text before the subject a fronted time or place adverbial closed by a comma
    ("On Monday, Roe, a lawyer, said …", "In an interview on Tuesday, Roe, …, said")? Short,
    no finite verb, no quote mark."""
    seg = lead.strip()
    if not seg.endswith(",") or len(seg) > 60 or any(c in seg for c in _MARKS):
        return False
    seg = seg[:-1]
    return (
        "," not in seg
        and bool(_ADVERBIAL_START.match(seg))
        and _FINITE.isdisjoint(seg.lower().split())
    )


def _name_before(text: str, lo: int, head: Span) -> Span | None:
    """The name before a comma that opens a chain of appositives ending at `head`."""
    hw = text[head[0] : head[1]].split(None, 1)[0]
    if not (hw[:1].islower() or hw.lower() in _DETERMINERS or hw.isdigit()):
        return None
    c = _rstrip_end(text, lo, head[0])
    if c <= lo or text[c - 1] != ",":
        return None
    e = _rstrip_end(text, lo, c - 1)
    start = e
    n = 0
    for m in reversed(_words(text, max(lo, e - 80), e)):
        w = m.group()
        if text[m.end() : start].strip() or not _NAME_WORD.match(w) or w.lower() in _BOUNDARY:
            break
        if _ADVERBIAL_START.fullmatch(w) or w.lower() in _DETERMINERS:
            break
        start = m.start()
        n += 1
        if n > 5:
            return None
    if n == 0:
        return None
    k = _rstrip_end(text, lo, start)
    prev = text[k - 1] if k > lo else ""
    if prev not in _CLOSE_MARKS + ",—–" and not (k == lo and n > 1):
        return None
    if n == 1 and prev not in _CLOSE_MARKS:
        return None
    return start, e


_AGE = lazy(r"\d{1,3}")
_NAME_WORD = lazy(r"(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|de|da|van|von|der|la|le|del)$")


def _role_then_name(text: str, head: Span, appos: Span) -> bool:
    """Is head a role noun phrase ("the minister") and the appositive a name ("Jane Doe")?"""
    hw = text[head[0] : head[1]].lower().split()
    aw = text[appos[0] : appos[1]].split()
    if len(aw) == 1 and aw[0][:1].isupper() and _description_then_name(hw, aw):
        return True
    if not hw or not 1 < len(aw) <= 5 or not aw[0][:1].isupper():
        return False
    if aw[0].lower() in _DETERMINERS or not all(_NAME_WORD.match(w) for w in aw):
        return False
    table, _ = _roles()
    if len(hw) <= 4 and hw[-1] in table and (len(hw) == 1 or hw[0] in _DETERMINERS):
        return True
    if 4 < len(hw) <= 7 and hw[-1] in table and hw[0] in _DETERMINERS and _body_then_role(
        text[head[0] : head[1]].split()[1:]
    ):
        # "the Transit Agency inspector general, Jane Roe": a body's name before the role
        return True
    if _description_then_name(hw, aw):
        return True
    # "The head of the bureau's inquiry in Lagos, Jane Roe": a role noun with its complement.
    return (
        len(hw) <= 12
        and hw[0] in {"the", "a", "an"}
        and any(_role_entry(table, w).get("noun") == "person" for w in hw[1:3] if w in table)
        and ("of" in hw or "for" in hw or "at" in hw)
    )


def _body_then_role(words: list[str]) -> bool:
    """Capitalised name words, then lower-case role words ending the phrase ("Transit
    Department inspector general"; not "man who saw the attack")."""
    table, _ = _roles()
    k = 0
    while k < len(words) and words[k][:1].isupper():
        k += 1
    rest = [w.lower() for w in words[k:]]
    return 0 < k and 0 < len(rest) <= 2 and all(w in table or w.isalpha() for w in rest) and (
        rest[0] in table or rest[-1] in table
    ) and not any(w in _AUX_WORDS or w in {"who", "that", "which"} for w in rest)


_DESCRIPTION_OPENERS = frozenset({"another", "one", "two", "three", "his", "her", "their", "its"})
_KIN = frozenset({
    "mother", "father", "grandmother", "grandfather", "son", "daughter", "wife", "husband",
    "brother", "sister", "cousin", "uncle", "aunt", "nephew", "niece", "widow", "widower",
    "relative", "friend", "neighbor", "neighbour", "lawyer", "attorney", "spokesman",
    "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "partner", "colleague",
})
_NOT_NAME = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "however",
    "too", "meanwhile", "instead",
})


_COMPLEMENT_WORDS = frozenset({"at", "of", "for", "with", "from", "in", "on"})


def _description_then_name(hw: list[str], aw: list[str]) -> bool:
    """A description opened by a quantifier, possessive or kin noun and then a name: "One of
    them, Jane Roe", "Another cousin, Jane Roe", "the boy's grandmother, Jane" (the name
    speaks; a single name only after a kin or role noun)."""
    if not hw or len(hw) > 6 or not hw[-1].replace("-", "").isalpha() or not aw or len(aw) > 5:
        return False
    if aw[0].lower() in _NOT_NAME or not all(_NAME_WORD.match(w) for w in aw):
        return False
    opener = (
        hw[0] in _DESCRIPTION_OPENERS
        or hw[0] in _DETERMINERS
        or any(w.endswith(("’s", "'s")) for w in hw[:-1])
    )
    if not opener:
        return False
    if hw[-1] in {"them", "us", "those"}:
        return hw[0] in {"one", "two", "three", "another"} and hw[1:2] == ["of"]
    cut = next((i for i, w in enumerate(hw[2:], 2) if w in _COMPLEMENT_WORDS), 0)
    if cut:
        hw = hw[:cut]  # "his former business partner at Acme, Jane Roe": the noun before "at"
    if len(aw) > 1 and any(w.endswith(("’s", "'s")) for w in hw[:-1]):
        # "Roe's campaign manager, Tom Fields": a possessed role noun, then a full name.
        table, _ = _roles()
        if hw[-1] in table and _role_entry(table, hw[-1]).get("noun") == "person":
            return True
    # "the boy's great-uncle, Jane Roe", "his ex-wife, Jane Roe": a prefixed kin noun
    kin = hw[-1].removeprefix("great-").removeprefix("ex-").removeprefix("step-")
    return kin in _KIN and (len(aw) > 1 or kin not in {"spokesman", "aide", "adviser"})


_RIGHT_HEAD_END = lazy(r"\s(?:in|on|at|to|during|when|while|after|before|last|this|told)\s")
_RELATIVE_START = lazy(r"(?:who|which)\b")
_RELATIVE = lazy(r",\s*(?:who|which)\b")


def _subject_right(text: str, s: int, e: int) -> tuple[Span, Span | None]:
    """The speaker after an inverted verb ("…,” said X, a professor at Y."): head, appositive."""
    s, e = _strip(text, s, min(e, s + 300), ".!?;:" + DOUBLE_CLOSE + '"')
    rel = _RELATIVE.search(text, s, e)
    if rel:
        e = rel.start()  # "said Jane Roe, 24, who said …": the relative clause is its own view
    comma = text.find(",", s, e)
    head_end = comma if comma >= 0 else e
    m = _RIGHT_HEAD_END.search(text, s, head_end) if comma < 0 else None
    if m:
        head_end = m.start()
    appos = _strip(text, comma + 1, e) if comma >= 0 else None
    if appos:
        c2 = text.find(",", appos[0], appos[1])
        if c2 > 0 and _NOT_RIGHT_SPEAKER.match(text, _strip(text, c2 + 1, appos[1])[0]):
            appos = _strip(text, appos[0], c2)  # "said Doe, the minister, on Monday"
    return _strip(text, s, head_end), appos


_TAIL_STRIP = ".!?,;:" + DOUBLE_CLOSE + '"'


def _tailish(text: str, s: int, e: int) -> bool:
    """Is text[s:e] what follows a sentence-final attribution: nothing, or an adverbial?"""
    if e - s > 400:
        return False
    s, e = _strip(text, s, e, _TAIL_STRIP)
    if s >= e:
        return True
    seg = text[s:e]
    parts = seg.split()
    if not parts:
        return True
    first = parts[0].lower()
    if len(parts) <= 3 and first.endswith("ing"):
        return True  # "she said, smiling."
    if first.strip(",") in _participles()[0]:
        return True  # "…, he said, adding that …": the participle is its own view
    if len(parts) > 12 or "“" in seg:
        return False
    low = seg.lower()
    if " that " in f" {low} ":
        return False
    if not _FINITE.isdisjoint(low.split(" ")):
        return False  # a finite verb between spaces: a clause of its own
    return bool(_ADVERBIAL_START.match(seg))


# Words that end a restrictive antecedent on its left ("including 18% who say"): the
# antecedent is an object there, not the subject of the sentence.
_ANTECEDENT_STOP = frozenset({
    "including", "among", "of", "for", "with", "from", "by", "to", "in", "on", "at", "about",
    "like", "than", "against", "between", "whom", "met", "found", "asked", "urged",
    "interviewed", "surveyed", "polled", "quoted",
})
_ADJECTIVE_DETERMINERS = frozenset({"senior", "former", "top", "leading", "prominent"})
# Second modifiers of "current and former officials", "local and state officials".
_ADJECTIVE_PAIRS = frozenset({"current", "past", "present", "state", "federal", "local",
                              "national", "foreign", "junior", "retired", "active", "new",
                              "old", "young"})


def _antecedent(text: str, us: int, who: int) -> tuple[int, bool] | None:
    """Where the noun phrase before a restrictive "who" starts, and whether it is an object.

    Scans at most five words left: a determiner opens it; a preposition or verb before it
    makes it an object ("including 18% who", "met a man who")."""
    start = who
    n = 0
    for w in reversed(_words(text, max(us, who - 80), who)):
        lw = w.group().lower()
        if text[w.end() : start].strip() or n >= 5:
            break
        if lw in _ANTECEDENT_STOP or (n and lw.endswith(("ed", "ing")) and lw[:1].islower()):
            return (start, True) if n else None
        if lw == "and" and 0 < n < 3 and text[start : start + 1].islower() and (
            _WORD.match(text, start) is not None
            and _WORD.match(text, start).group()  # type: ignore[union-attr]
            in _ADJECTIVE_DETERMINERS | _ADJECTIVE_PAIRS
        ):
            # "Current and former officials who …": two modifiers of one noun
            start = w.start()
            n += 1
            continue
        if lw in _BOUNDARY or lw in _PRONOUNS:
            return (start, lw in {"to", "said", "says", "told"}) if n else None
        start = w.start()
        n += 1
        if lw in _DETERMINERS and lw not in _ADJECTIVE_DETERMINERS:
            prev = text[max(us, start - 30) : start].rstrip()
            return start, bool(prev) and prev[-1].isalnum()
    return (start, False) if n else None
