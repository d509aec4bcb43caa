"""What stands around a cue besides its subject: a second verb joined by "and"/"but", a participle
after the content, relative and restrictive clauses, the addressee and "that" before the content
(_after_cue), a question, the opening subject of a sentence, and commitment verbs (commitments'
cues) whose clause is no view. _main_attribution, one module up, reads a unit with these.
"""

from __future__ import annotations

import bisect
import functools
import re

from briefgen import rules
from briefgen.extract.commitments import CUE_RE, CUES
from briefgen.extract.quotes import DOUBLE_CLOSE, Quote
from briefgen.extract.views.patterns import (
    _ADVERBIAL_START,
    _AUX_BEFORE,
    _AUX_WORDS,
    _CONNECTOR,
    _DETERMINERS,
    _MARKS,
    _PRONOUNS,
    _WORD,
    _Cue,
    _Found,
    _lexicon,
    _participles,
    _role_entry,
    _roles,
    _strict_subject,
)
from briefgen.extract.views.subjects import (
    _KIN,
    _QUOTE_OR_END,
    _TIME_LEAD,
    _antecedent,
    _subject_left,
    _tailish,
)
from briefgen.extract.views.units import (
    _CLOSE_MARKS,
    _PREPOSITIONS,
    _in_quote,
    _plausible,
    _strip,
    _words,
)
from briefgen.lazyre import lazy
from briefgen.model import Span

# A second word of a lower-case addressee never opens the reported clause ("told the court
# that …", "told the panel the plan …").
_NOT_CLAUSE = (
    r"(?!(?:that|the|a|an|it|he|she|they|we|i|you|this|these|those|his|her|its|their|our|"
    r"there|if|whether)\b)"
)
_ADDRESSEE = lazy(
    # a bare plural noun closed by a comma or the sentence's end ("told parents, …", "…,
    # Roe told investors."); before a clause it may be the clause's subject ("told voters
    # the plan …"), so it needs the stop
    # (or by a pronoun opening the clause: "told aides she would …")
    r"\s+(?:(?:[a-z][\w'-]+\s+)?[a-z][\w'-]+s(?=,|\.(?:\s|$)|$|\s+(?:he|she|they|we|I)\s)|"
    r"him|her|them|us|me|you|reporters|journalists|lawmakers|parliament|"
    r"(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w’'.&-]*|[a-z]+\s+[A-Z][\w’'.&-]*)"
    r"(?:\s+(?:of|for|the|and|on|[A-Z][\w’'.&-]*))*|"
    rf"the\s+\w+(?:\s+{_NOT_CLAUSE}\w+)?|an?\s+\w+(?:\s+{_NOT_CLAUSE}\w+)?)"
    r"(?=[\s,.;:!?]|$)"
)
_THAT_AHEAD = lazy(r"((?:\s+[\w’'.,-]+){0,9}?)\s+that\b")
_QUOTE_NEXT = lazy(r"\s*[,:]\s*[“\"]")


_AND_NEXT = lazy(
    r",?\s+(?:and|but)\s+(?:(he|she|they|it)\s+)?(?:(?:also|then|later|again)\s+)?"
)
_AND_OR_BUT = lazy(r" (?:and|but) ")
_FINITE_FORMS = frozenset({"said", "told", "wrote"})


def _whole_quote_next(
    text: str, r: int, ue: int, quotes: list[Quote], starts: list[int]
) -> bool:
    """Does a direct quote open right after the cue (", “" or ": “") and run to the unit end?"""
    qm = _QUOTE_NEXT.match(text, r, ue)
    if qm is None:
        return False
    i = bisect.bisect_right(starts, qm.end() - 1) - 1
    if i < 0 or quotes[i].outer[0] != qm.end() - 1:
        return False
    return not text[quotes[i].outer[1] : ue].strip(" .!?,;:\n" + DOUBLE_CLOSE + '"')


def _and_verb(
    text: str, r: int, ue: int, quotes: list[Quote], starts: list[int]
) -> tuple[int, int, str, Span | None] | None:
    """A second speech or stance verb of the same subject in the content ("… and added B"):
    (end of the first content, start of the second, the second cue, a pronoun subject of the
    second verb), or None.

    Only finite forms (added, said, called, urged): a bare verb after "and" ("would meet and
    discuss") continues the reported clause; belief, intent and evidence verbs, and broad
    speech verbs (talked about, referred to) that the reported clause's own subject often
    governs, are left in."""
    if text.find(" and ", r, ue) < 0 and text.find(" but ", r, ue) < 0:
        return None  # _AND_OR_BUT finds nothing
    cue_rx, cues = _lexicon()
    for n, km in enumerate(_AND_OR_BUT.finditer(text, r, ue)):
        if n > 12:
            break
        k = km.start()
        am = _AND_NEXT.match(text, k - 1 if text[k - 1] == "," else k, ue)
        cm = cue_rx.match(text, am.end(), ue) if am else None
        if am and cm and not _in_quote(starts, quotes, k):
            form = " ".join(cm.group(1).split())
            info = cues.get(form)
            first = form.split()[0]
            if (
                info is not None
                and info.kind in {"speech", "stance"}
                and not (info.kind == "speech" and info.strict)
                and (first.endswith(("ed", "s")) or first in _FINITE_FORMS)
                and first not in {"agreed", "agrees"}
            ):
                r2 = _after_cue(text, cm.end(), ue, info)
                if r2 >= 0 and not _commitment_verb(text, cm.start(), ue):
                    pro = am.span(1) if am.group(1) else None
                    return am.start(), r2, text[am.end() : cm.end()], pro
    return None


def _participle_after(
    text: str, r: int, ue: int, quotes: list[Quote], starts: list[int]
) -> re.Match[str] | None:
    """The first participle clause (", calling …") in content r..ue outside a quote."""
    if text.find("ing", r, ue) < 0:
        return None  # every participle form ends in -ing
    rx = _participles()[1]
    for n, pm in enumerate(rx.finditer(text, r, ue)):
        if n > 8:
            break
        if not _in_quote(starts, quotes, pm.start()):
            return pm
    return None


_BUT_NEXT = lazy(r",\s+(but|while|whereas|and)\s+")
# "…, and critics warned B": after 'and' only a subject that cannot be the first speaker again
# (no pronoun, determiner or possessive: "…, and the senator said B" may be the same person).
_LY_ADVERB = lazy(r"[a-z]+ly")
_PARTY_TAG = lazy(r"[RDI]-[A-Z]")
_CITY_COMMA = lazy(r"[A-Z][\w.-]*,\s+$")


def _fragment_head(text: str, lo: int, head: Span) -> bool:
    """Is the subject found left of the verb only the tail of a long opening ("X, who was to
    visit Dayton, Ohio, on Friday, said …": 'Ohio'; "Sen. X, R-Ohio, speaking on the radio,
    said": 'R-Ohio'; "…, when the army seized Y, until 1990, said")?"""
    hs, he = head
    if hs >= he:
        return False
    if text[hs].islower() and not text.startswith(("the ", "a ", "an "), hs):
        return True
    if _PARTY_TAG.match(text, hs, he):
        return True
    one_word = " " not in text[hs:he].strip()
    if one_word and _CITY_COMMA.search(text, max(lo, hs - 30), hs):
        return True  # "Dayton, Ohio": a place after a place
    # "the army seized the capital": a finite verb inside
    return any(w.endswith("ed") and w.islower() for w in text[hs:he].split()[1:])


def _after_possessive(text: str, lo: int, pos: int) -> bool:
    """Is the word before pos a possessive ("Acme's ", "Acme Corp.'s ", "investors' ")?
    A character test first: most cues follow no apostrophe."""
    if pos - lo < 3 or text[pos - 1] != " ":
        return False
    k = pos - 3 if text[pos - 2] == "s" else pos - 2
    return text[k] in "'’" and k > lo and (text[k - 1].isalnum() or text[k - 1] in "._")


_AND_SUBJECT_NOT = frozenset({
    "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "he",
    "she", "it", "they", "we", "i", "you", "a", "an", "then", "also", "so", "when", "if", "as",
})
_NEGATED = lazy(r"n[’']t\b|\bnot\b|\bnever\b")
_BUT_SUBJECT = lazy(r"[\w’'%.-]+(?:\s+[\w’'%.-]+){0,5}\s+")


def _but_verb(
    text: str, r: int, ue: int, quotes: list[Quote], starts: list[int]
) -> tuple[int, Span, str, int] | None:
    """A contrasted clause with its own speaker in the content ("…, but critics say B"):
    (end of the first content, the second subject, its cue, start of its content), or None.

    Only a short plain subject right before a finite speech or stance verb; "…, but that B"
    or "…, but prices rose" continue the first view."""
    cue_rx, cues = _lexicon()
    if (
        text.find("but", r, ue) < 0
        and text.find("while", r, ue) < 0
        and text.find("whereas", r, ue) < 0
        and text.find(", and ", r, ue) < 0
    ):
        return None  # _BUT_NEXT needs one of its words
    k = text.find(", ", r, ue)
    while k >= 0:
        bm = _BUT_NEXT.match(text, k, ue)
        cm = cue_rx.search(text, bm.end(), min(ue, bm.end() + 80)) if bm else None
        if (
            bm
            and cm
            and _BUT_SUBJECT.fullmatch(text, bm.end(), cm.start())
            and not _in_quote(starts, quotes, k)
        ):
            form = " ".join(cm.group(1).split())
            info = cues.get(form)
            first = form.split()[0]
            _, _, full = _subject_left(text, bm.end(), cm.start())
            subj = full or (cm.start(), cm.start())
            if (
                subj[0] < subj[1]
                and not (
                    bm.group(1) == "and"
                    and (
                        text[subj[0] : subj[1]].split()[0].lower() in _AND_SUBJECT_NOT
                        # "…, and specifically mentioned B": an adverb, the same speaker
                        or all(_LY_ADVERB.fullmatch(w) for w in text[subj[0] : subj[1]].split())
                        or info is None
                        or info.kind != "speech"
                    )
                )
                and not _ADVERBIAL_START.match(text[subj[0] : subj[1]])
                and not _NEGATED.search(text, bm.end(), cm.start())
                and info is not None
                and info.kind in {"speech", "stance"}
                and (first.endswith(("ed", "s", "ay")) or first in _FINITE_FORMS)
                and _plausible(text, *subj, lenient=True)
                and not _AUX_BEFORE.search(text, bm.end(), cm.start())
            ):
                r2 = _after_cue(text, cm.end(), ue, info)
                if r2 >= 0 and not _tailish(text, r2, ue) and not _commitment_verb(
                    text, cm.start(), ue
                ):
                    return k, subj, text[cm.start(1) : cm.end()], r2
        k = text.find(", ", k + 2, ue)
    return None


# Prepositions after a past participle that make it a modifier ("officials based in X").
_PARTICIPLE_PREPS = frozenset({"by", "in", "at", "with", "on", "for", "to", "from", "near",
                               "under", "inside", "outside", "across", "as", "into"})
_PAST_IRREGULAR = frozenset({"met", "told", "saw", "heard", "thanked", "gave", "took", "sent",
                             "got", "made", "brought", "won", "beat", "lost", "hired", "fired"})
_NP_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})


def _object_np(text: str, head: Span, ws: list[re.Match[str]]) -> Span | None:
    """The last noun phrase of a clause taken as a relative's antecedent: "Roe sat through
    a long speech by the visiting premier, who said" — the relative clause belongs to "the
    visiting premier", not to the sentence's subject. None when the words before the comma
    are one noun phrase ("officials based in Ohio", "the mayor of Easton")."""
    if len(ws) < 3 or not ws[0].group()[:1].isupper():
        return None
    i = 1
    while i < len(ws) and ws[i].group()[:1].isupper():
        i += 1  # the name that opens the clause
    if i >= len(ws) - 1:
        return None
    verb = ws[i].group()
    nxt = ws[i + 1].group().lower()
    if not (
        (verb.endswith("ed") and verb.islower() and nxt not in _PARTICIPLE_PREPS)
        or verb in _PAST_IRREGULAR
    ):
        return None
    start = None
    j = len(ws) - 1
    while j > i:
        lw = ws[j].group().lower()
        if lw in _NP_DETERMINERS:
            start = j
            if j - 1 > i and ws[j - 1].group().lower() == "of":
                j -= 2  # "the head of the agency": back to the head's own determiner
                continue
            break
        if lw in _PARTICIPLE_PREPS or lw in _PREPOSITIONS:
            break
        start = j
        j -= 1
    if start is None:
        return None
    return ws[start].start(), head[1]


def _relative(
    text: str, us: int, ue: int, comma: int, r: int, cue: str, info: _Cue, found: list[_Found]
) -> _Found | None:
    """"X, who said (that) A, …": a view of the antecedent X, its content the relative clause.

    The antecedent is the speaker of the attribution just found when it ends at the comma
    ("…,” said Jane Roe, 24, who said …"), else the noun phrase before the comma."""
    prev = found[-1] if found else None
    if prev is not None and prev.speaker:
        gap = text[prev.speaker[1] : comma]
        if len(gap) > 80 or any(c in gap for c in _MARKS.replace("’", "")):
            return None
        speaker, head, appos = prev.speaker, prev.head, prev.appos
    elif found:
        return None
    else:
        head, appos, full = _subject_left(text, us, comma)
        if head[0] >= head[1] or full is None or not _plausible(text, *head):
            return None
        ws = _words(text, *head)
        w0 = ws[0].group()
        table, _ = _roles()
        if w0[:1].islower() and w0 not in table and w0 not in _DETERMINERS:
            cap = next((w for w in ws[1:3] if w.group()[:1].isupper()), None)
            if cap is None:
                return None  # "calm anxious farmers, who said": not a noun phrase
            head = (cap.start(), head[1])  # "backed by Jane Roe, who said": not "backed by"
        elif not w0[:1].isalpha():
            return None
        obj = _object_np(text, head, ws)
        if obj is not None:
            head = obj  # "Roe heard a speech by the premier, who said": the premier
            appos = None
        speaker = (head[0], full[1])
    start = _after_cue(text, r, ue, info)
    if start < 0 or _tailish(text, start, ue):
        return None
    end = ue
    lead = text[max(us, speaker[0] - 3) : speaker[0]].rstrip()
    if (
        speaker[0] <= us + 1
        or not text[us : speaker[0]].strip(" " + _MARKS)
        or (lead[-1:] in _CLOSE_MARKS and lead[-2:-1] in ",?!")
    ):
        # The antecedent opens the sentence, or the attribution after a quote ("“A,” Jane
        # Roe, who …, told CNN."): the clause ends at the comma before its verb.
        for cm in _COMMA_VERB.finditer(text, start, ue):
            end = cm.start()
            break
    return _Found(speaker, head, appos, cue, (start, end), "verb-relative")


_MAIN_VERB_AHEAD = lazy(r"\s(?:also|later|then|still)\s+(?:said|says|told|[a-z]+ed)\b")


def _restrictive(
    text: str, us: int, ue: int, who: int, r: int, cue: str, info: _Cue, names: frozenset[str]
) -> _Found | None:
    """"23 percent who said A", "critics who say A": the antecedent before "who" is the speaker.

    Only when the antecedent is an object ("including voters who say A."), or the clause
    closes before the main verb (", have filed", " also said"): in "Critics who say A have
    filed B" nothing marks where A ends, so that sentence gives no view."""
    ant = _antecedent(text, us, who)
    if ant is None:
        return None
    head = _strip(text, ant[0], who)
    obj = ant[1]
    if not _plausible(text, *head, lenient=True):
        return None
    if info.strict and not _strict_subject(text, head, info.no_indefinite, names):
        return None
    start = _after_cue(text, r, ue, info)
    if start < 0 or _tailish(text, start, ue):
        return None
    cm = _COMMA_VERB.search(text, start, ue)
    if cm is None and not obj:
        cm = _MAIN_VERB_AHEAD.search(text, start, ue)
        if cm is None:
            return None
    return _Found(head, head, None, cue, (start, cm.start() if cm else ue),
                  "verb-relative-restrictive")


# ", said he was …", ", recalled that …": the comma that closes a relative clause before the
# main verb of the sentence.
_COMMA_VERB = lazy(
    r",\s+(?:(?:also|later|then|now|has|had|have|is|was|were|are|will|would)\s+)?"
    r"(?:[a-z]+ed|said|says|told|tells|wrote|writes|is|was|are|were|has|had|have|will|would|"
    r"can|could|says|thinks|thought|knew|knows|went|made|makes|took|takes|gave|gives)\b"
)


# The comma closing a participial aside before the subject's main reporting verb: "Acme,
# citing strong demand, said …", "Roe, citing new figures, also told reporters …".
_ASIDE_CLOSE = lazy(
    r"[^,;:.!?“”\"]{1,80}?,\s+(?:(?:also|later|then|again|has|had)\s+)?"
    r"(?:said|says|told|tells|added|wrote|writes|argued|insisted|warned|stressed|noted|"
    r"announced|declared|explained)\b"
)


def _aside_closed(text: str, r: int, ue: int) -> bool:
    """Does a participle clause starting at r close with a comma before a main reporting
    verb (the subject's own), so that it is an aside, not the sentence's last clause?"""
    return _ASIDE_CLOSE.match(text, r, ue) is not None


def _comma_after_cue(text: str, e: int, ue: int, info: _Cue) -> bool:
    """Does a comma close the attribution right after the cue, or after its addressee ("The
    talks, Roe told reporters, had …")?"""
    if text[e : e + 3].lstrip()[:1] == ",":
        return True
    if not info.addressee:
        return False
    am = _ADDRESSEE.match(text, e, ue)
    return am is not None and text.startswith(",", am.end())


# One word before a parenthetical attribution that is no subject: an interjection, a
# sentence adverb or a connector ("Yes, he said, …", "Frankly, she said, …").
_NOT_ONE_WORD_SUBJECT = frozenset({
    "yes", "no", "well", "oh", "sure", "ok", "okay", "so", "now", "then", "still", "again",
    "indeed", "instead", "however", "meanwhile", "also", "and", "but", "yet", "thus", "here",
    "there", "today", "yesterday", "tomorrow", "overall", "first", "second", "finally",
    "besides", "otherwise", "moreover", "nevertheless", "nonetheless", "anyway", "later",
    "earlier", "previously", "separately", "similarly", "likewise", "please", "thanks",
    "rather", "perhaps", "maybe", "sometimes", "often", "always", "never", "nor", "neither",
    "either", "therefore", "hence", "though", "regardless", "plus", "worse", "better", "once",
    "twice", "soon", "too", "afterward", "afterwards", "thereafter", "anyhow",
})


def _one_word_subject(text: str, us: int, l_end: int) -> bool:
    """Is the one word before a parenthetical attribution a subject noun ("Inflation, she
    said, will ease"), not an interjection or sentence adverb ("Frankly, she said, …")?"""
    w = text[us:l_end].strip(" ,\"'“‘" + _MARKS)
    return (
        w.isalpha()
        and w[:1].isupper()
        and not w.lower().endswith("ly")
        and w.lower() not in _NOT_ONE_WORD_SUBJECT
        and not _ADVERBIAL_START.match(w)
    )


# Commitment cues that may also report a view: "affirmed that …", "agreed (that) …".
_VIEW_TOO = lazy(
    r"(?:(?:re)?affirm(?:s|ed)?|agree(?:d|s)?)(?:\s+that)?", re.IGNORECASE
)


# "agreed on the value of …": a shared judgement, a view.
_JUDGEMENT = lazy(
    r"\s+(?:the|their|its|our)\s+(?:\w+\s+)?(?:importance|need|value|significance|role)\b"
)


# Every commitment cue starts with one of its entry's heads: a set lookup before the big regex.
_COMMIT_HEADS = frozenset(h.lower() for e in rules.entries("commitment_cues") for h in e["heads"])
_HEAD_WORD = lazy(r"[A-Za-z]+")


def _commitment_verb(text: str, cs: int, ue: int) -> bool:
    """Is the verb at cs a commitment cue ("pledged to", "agreed to", "reaffirmed their
    commitment", "will support")? Then the sentence is a commitment (that stage owns it), not
    a view: a view needs a speech or belief act, as in "said it would support"."""
    w = _HEAD_WORD.match(text, cs, ue)
    # "also pledged to", "has repeatedly vowed to": the cue starts after its adverbs.
    while w is not None and w.group().lower() not in _COMMIT_HEADS and (
        w.group().lower() in _AUX_WORDS
    ):
        cs = w.end()
        while cs < ue and text[cs].isspace():
            cs += 1
        w = _HEAD_WORD.match(text, cs, ue)
    if w is None or w.group().lower() not in _COMMIT_HEADS:
        return False
    m = CUE_RE.match(text, cs, ue)
    if m is None or _VIEW_TOO.fullmatch(m.group()) or _JUDGEMENT.match(text, m.end(), ue):
        return False
    # Intentions ("wants to", "plans to") and conditionals ("would consider") are reported as
    # views of what someone means to do (the cue's also_view); undertakings are commitments.
    k = m.lastgroup  # the cue's own group closes last (one alternative matched)
    cue = CUES[k] if k in CUES else next(
        CUES[k] for k, v in m.groupdict().items() if v is not None and k in CUES
    )
    return not cue.also_view


_THAT_NEXT = lazy(r"\s+that\b")
# The listener between a speech verb and its that-clause ("assured voters that …",
# "reminded the crowd that …"): a pronoun, an audience noun or a name.
# "to" opening an infinitive ("hopes to win a race that …"), not a place or an audience.
_INFINITIVE = lazy(
    r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|me|him|them|us|"
    r"reporters|journalists|voters|supporters|lawmakers|members)\b)[a-z]+\b(?!’s|'s)"
)
_AUDIENCE = lazy(
    r"(?:him|her|them|us|me|you|(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:voters|"
    r"reporters|supporters|lawmakers|crowd|audience|public|people|members|delegates|donors|"
    r"investors|analysts|students|workers|residents|viewers|listeners|readers|Americans|"
    r"journalists|colleagues|allies|leaders|officials|followers|congregation|committee)|"
    r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)"
)
_SPACES = lazy(r"\s+")


@functools.lru_cache(maxsize=4096)
def _one_spaced(cue: str) -> str:
    """A cue as shown: every run of white space one space ("said  on" -> "said on")."""
    return _SPACES.sub(" ", cue)


def _after_cue(text: str, r: int, ue: int, info: _Cue) -> int:
    """Where the content starts after a cue: past the addressee, adverbials and 'that'.

    -1 when the form only attributes before 'that' and no 'that' follows."""
    if info.needs_question:
        return _question_start(text, r, ue)
    if info.addressee and not _THAT_NEXT.match(text, r, ue):
        am = _ADDRESSEE.match(text, r, ue)
        if am:
            r = am.end()
    tm = _THAT_AHEAD.match(text, r, ue) if text.find("that", r, ue) >= 0 else None
    if tm:
        gap = tm.group(1).strip()
        if (
            not gap
            or _ADVERBIAL_START.match(gap)
            or info.addressee
            or (info.kind == "speech" and _AUDIENCE.fullmatch(gap))
        ) and not any(c in gap for c in _MARKS) and not _INFINITIVE.match(gap):
            return tm.end()
        if info.needs_that and _INFINITIVE.match(gap):
            return -1  # "hopes to win a race that will …": a relative 'that', no clause
    elif info.needs_that and not (
        info.bare_clause
        and (_QUOTE_AHEAD.match(text, r, ue) or _BARE_CLAUSE.match(text, r, ue))
    ):
        return -1
    if text.startswith((" in ", " on ", " at "), r):
        cm = _OCCASION_COLON.match(text, r, ue)
        if cm:
            return cm.end()  # "said in an editorial on Sunday: The council …"
    if text.startswith(" of ", r):
        # "X says of Smith, “…”": the topic is not the content.
        c = text.find(",", r, min(ue, r + 60))
        if c > 0:
            return c + 1
    bt = _BARE_TIME.match(text, r, ue) if _time_next(text, r) else None
    if bt:
        return bt.end()  # "said Thursday he would …": when it was said, not what
    return r


# A bare time adverb or occasion right after the cue, before the clause's subject ("said
# Thursday he would", "said late Monday the talks", "told reporters Tuesday night it was", "said
# in a statement she would", "said on Twitter Monday the vote"): when and where it was said,
# not what (a comma may close it). The subject after it is a pronoun, a determiner or a
# capital; a verb after it makes the day the subject ("said Sunday was the deadline"), a
# possessive its owner ("said Friday's vote").
_TIME_FIRST = frozenset("MTWFSoeltyid ")  # what _BARE_TIME's words open with: a cheap test
# ... and their first three characters ("on"/"in" then a space: any space)
_TIME_HEADS = frozenset({"lat", "ear", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "tod",
                         "ton", "yes", "thi", "las", "dur"})


def _time_next(text: str, r: int) -> bool:
    """Can _BARE_TIME match at r? A space, then a word it opens with (or more space)."""
    c = text[r + 1 : r + 2]
    if c not in _TIME_FIRST:
        return False
    if c == " " or text[r + 1 : r + 4] in _TIME_HEADS:
        return True
    return text[r + 1 : r + 3] in ("on", "in") and text[r + 3 : r + 4].isspace()
_WHEN = (
    r"(?:(?:on|late|early|earlier|later)\s+)?(?:"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|"
    r"last\s+(?:night|week|month)|earlier\s+(?:today|this\s+week))"
)
_OCCASION = (
    r"(?:in|on|during)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+)?"
    r"(?:statement|interview|speech|address|news\s+conference|press\s+conference|briefing|"
    r"letter|memo|email|e-mail|tweet|post|video|broadcast|conference\s+call|op-ed|filing|"
    r"Twitter|Facebook|Instagram)"
)
_BARE_TIME = lazy(
    rf"\s+(?:{_WHEN}|{_OCCASION})(?:\s+(?:{_WHEN}|{_OCCASION}))?,?"
    r"(?=\s+(?:(?:he|she|it|they|we|I|you|there|the|a|an|his|her|its|their|our|this|these|"
    r"those|no|some|most|many)\s|[A-Z][a-z]))"
)


# A complement clause with 'that' left out ("The Times reported the email came hours later",
# "Roe hopes the bill will pass"): a short noun phrase, then a finite verb (an auxiliary, a
# common irregular past, or an -ed form not followed by by/with, which would be a participle:
# "reported a loss compared with …"). An object alone ("reported a profit of $2 million",
# "reported strong sales in May") has no such verb before a preposition or a number.
_BARE_CLAUSE = lazy(
    # a pronoun with its auxiliary contracted is a clause's subject and verb ("he's worth")
    r"\s+(?:he|she|it|they|we|I|you|there|that)[’'](?:s|re|ll|d|ve|m)\s|"
    r"\s+(?:(?:at\s+least|more\s+than|the|a|an|[A-Z][\w’'.-]*|"
    r"(?!(?:to|for|in|on|at|by|with|from|into|and|or|but|that|which|who|as|than|if|when|"
    r"after|before|because|while|over|under|about|since|not|will|would|could|"
    r"can|should|may|might|must|is|are|was|were|has|have|had|do|did|does)\b)[a-z][\w’'-]*)\s+)"
    r"{1,6}?(?:will|would|could|can|should|may|might|must|is|are|was|were|has|have|had|did|"
    r"does|came|went|rose|fell|grew|began|became|knew|won|lost|[a-z]{3,}ed(?!\s+(?:by|with)\b))\b"
)


# An occasion closed by a colon before the words: "said in a statement on Monday: …".
_OCCASION_COLON = lazy(r"\s+(?:in|on|at)\s+[^:.;!?\"“”\n]{2,80}?:\s+(?=\S)")


# "asked (the minister) whether …", "asked residents to …": the question or request after
# "ask", past at most six words of addressee (no punctuation, no "for"/"about" request object).
_QUESTION_AHEAD = lazy(
    r"((?:\s+(?!(?:for|about|on|at|in|during|after|before|over)\b)[\w’'.-]+){0,6}?)\s+"
    r"(whether|if|how|why|what|who|whom|when|where|which|that|(?:not\s+)?to)\b"
)
_QUOTE_AHEAD = lazy(r"\s*[,:]?\s*[“\"‘]")


def _question_start(text: str, r: int, ue: int) -> int:
    """Where the content of "ask" starts: its question, request or quote; -1 without one.

    "to" needs an addressee before it ("asked the board to …"): a bare "asked to (not) be
    named" is the source's own request for anonymity."""
    qm = _QUOTE_AHEAD.match(text, r, ue)
    if qm:
        return qm.end() - 1
    m = _QUESTION_AHEAD.match(text, r, ue)
    if m is None or (m.group(2).endswith("to") and not m.group(1).strip()):
        return -1
    return m.start(2)


_PREPOSITION_LEAD = lazy(
    r"(?:In|On|At|During|After|Before|Over|Under|Since|Amid|Despite|Following|Earlier|Later)\s"
)


_PLACE_PART = lazy(r"[A-Z][a-z.]+(?: [A-Z][a-z.]+)?")
# A fronted clause or phrase before the subject, closed by a comma: a subordinator, a time
# phrase, a participle ("Speaking", "Asked", "Hastily politicizing"), a preposition that
# _PREPOSITION_LEAD does not hold.
_FRONTED_LEAD = lazy(
    r"(?:When|Whenever|As|Once|Although|Though|While|If|Because|Whereas|Until|Unless|"
    r"With|Without|By|For|From|Through|Throughout|Within|Unlike|Like|Hours|Days|Weeks|"
    r"Months|Years|Minutes|Moments|Last|Earlier|Later|Yesterday|Today|Tonight|"
    r"[A-Z][a-z]+ly\s+[a-z]{3,}ing|Speaking|Walking|Talking|Writing|Addressing|Responding|"
    r"Reacting|Referring|Pointing|Standing|Sitting|Appearing|Campaigning|Arriving|Returning|"
    r"Commenting|Answering|Looking|Having|Asked|Pressed|Questioned|Interviewed)\b"
)


def _comma_past_place(text: str, c: int, limit: int) -> int:
    """The comma that closes a fronted phrase, given its first comma `c`: past a place's state
    ("Speaking in Dover, Ohio, Roe", "At a rally in Dayton, Ohio, she said")."""
    while True:
        k = c + 1
        while k < limit and text[k].isspace():
            k += 1
        after = text.find(",", k, min(limit, k + 25))
        if after < 0 or not _PLACE_PART.fullmatch(text, k, after):
            return c
        c = after


def _sentence_subject(text: str, us: int, limit: int) -> Span | None:
    """The noun phrase that opens a sentence (after connectors and a leading adverbial)."""
    s = us
    while s < limit and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    fl = _FRONTED_LEAD.match(text, s, limit)
    if fl is not None:
        # "When Roe spoke, Doe rose and said", "Hours later, Roe …, telling", "Speaking in
        # Ohio, Roe …, saying", "Earlier Wednesday, Roe …": the subject follows the comma
        c = text.find(",", fl.end(), min(limit, s + 200))
        if c > 0:
            c = _comma_past_place(text, c, limit)
        if c > 0 and not _QUOTE_OR_END.search(text, s, c):
            after = _sentence_subject(text, c + 1, limit)
            if after is not None:
                return after
    m = _CONNECTOR.match(text, us, limit)
    s = m.end() if m else us
    while s < limit and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    tl = _TIME_LEAD.match(text, s, limit) if text[s : s + 1].isupper() else None
    nxt = _WORD.match(text, tl.end()) if tl is not None else None
    if tl is not None and nxt is not None and not text.startswith(",", nxt.end()):
        # "On September 27 they published …, announcing": no comma after the date
        s = tl.end()
    if _PREPOSITION_LEAD.match(text, s, limit):
        # "On Sunday evening, aides to the mayor …, saying": the subject follows the comma.
        c = text.find(",", s, min(limit, s + 80))
        if c > 0:
            s = _comma_past_place(text, c, limit) + 1
            while s < limit and text[s].isspace():
                s += 1
    ws = _words(text, s, min(limit, s + 300))
    if not ws:
        return None
    first = ws[0].group()
    if first.lower() in _PRONOUNS:
        return ws[0].span()
    end = None
    table, _ = _roles()
    for w in ws[:10]:
        t = w.group()
        gap = text[end if end is not None else s : w.start()]
        if end is not None and gap.strip() not in {"", "’s", "'s"}:
            break
        if t[:1].isupper() or t.lower() in _DETERMINERS or t.lower() in {"of", "the", "and"}:
            end = w.end()
            continue
        if t.lower() in table:
            end = w.end()
            continue  # "Republican nominee Jane Roe": the name after the role noun
        if end is not None and t[:1].islower() and _modifies_role(text, ws, w, table):
            end = w.end()
            continue  # "Democratic presidential nominee Jane Roe": an adjective before the role
        if end is not None and text[s:end].endswith(("’s", "'s")) and t[:1].islower():
            # "Roe's relatives", "Roe's paternal great-uncle": a person possessed is the head.
            k = _possessed_person(ws, ws.index(w))
            if k:
                end = ws[ws.index(w) + k - 1].end()
                am = _APPOS_NAME.match(text, end)
                return am.span(1) if am else _strip(text, s, end)
        break
    if end is None:
        return None
    dets = text[s:end].split()
    if all(w.lower() in _DETERMINERS for w in dets) and dets[0].lower() in _ARTICLES:
        # (else the bare determiner, as before: the view stays, its speaker unnamed)
        np = _determined_noun(text, ws, s, end)
        if np is not None and text[np[0] : np[1]].split()[-1].lower() in _TIME_NOUNS:
            # "Two hours later they changed course": the subject after the time
            tm = _TIME_AFTER.match(text, np[1], limit)
            np = _sentence_subject(text, tm.end(), limit) if tm else None
        if np is not None:
            return np
    return _strip(text, s, end)


# Determiners that never stand alone as the subject ("Some seek …" is a subject of its own).
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                       "their", "our", "other", "another"})
_TIME_NOUNS = frozenset({
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "decade", "decades", "night", "morning", "afternoon", "evening", "time",
})
_TIME_AFTER = lazy(r"(?:\s+(?:later|earlier|ago|before|after|on))?\s*,?\s*")


# Words that end a lower-case noun phrase opening a sentence ("The teacher then sued").
_NP_STOP = frozenset({
    "later", "just", "also", "then", "has", "have", "had", "was", "were", "is", "are", "will",
    "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "and",
    "or", "but", "who", "which", "that", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "said", "says", "not", "never", "still", "now", "again", "already", "before",
    "after", "ago", "earlier",
})


def _determined_noun(text: str, ws: list[re.Match[str]], s: int, end: int) -> Span | None:
    """A subject that so far is only a determiner ("The", "A"): the lower-case noun phrase
    after it ("The teacher", "The weekly magazine"), or the person a possessed person
    noun names in apposition ("The boy's father, Jane Roe, lives …"); None when no noun
    follows (a bare determiner is no speaker)."""
    j = next((k for k, w in enumerate(ws) if w.start() >= end), len(ws))
    new_end = None
    prev = end
    for k in range(j, min(j + 3, len(ws))):
        w = ws[k]
        t = w.group()
        poss = t.endswith(("’s", "'s"))
        t = t[:-2] if poss else t
        if text[prev : w.start()] != " " or not t.islower() or not t.replace("-", "").isalpha():
            break
        if t in _NP_STOP or t.endswith(("ly", "ed")):
            break
        new_end = prev = w.end()
        if poss:
            n = _possessed_person(ws, k + 1)
            if not n:
                return None
            pe = ws[k + n].end()
            am = _APPOS_NAME.match(text, pe)
            return am.span(1) if am else _strip(text, s, pe)
    return _strip(text, s, new_end) if new_end is not None else None


_APPOS_NAME = lazy(r",\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),")


def _modifies_role(
    text: str, ws: list[re.Match[str]], w: re.Match[str], table: dict[str, dict[str, object]]
) -> bool:
    """Is the lower-case word w one of at most two adjectives before a person role noun that
    a capitalised name follows ("presidential nominee Jane Roe", "state party chairman Roe")?"""
    k = ws.index(w)
    for n in (1, 2):
        if k + n + 1 >= len(ws):
            return False
        nxt = ws[k + n]
        if text[ws[k + n - 1].end() : nxt.start()] != " ":
            return False
        low = nxt.group().lower()
        if low in table and _role_entry(table, low).get("noun") == "person":
            return ws[k + n + 1].group()[:1].isupper()
        if not low.isalpha() or not nxt.group().islower():
            return False
    return False


def _possessed_person(ws: list[re.Match[str]], i: int) -> int:
    """How many words from i make a possessed person noun ("relatives", "paternal
    great-uncle", "campaign manager"): up to three words ending in a kin, group or person role
    noun; 0 when they do not."""
    table, _ = _roles()
    for n in range(3):
        if i + n >= len(ws):
            return 0
        t = ws[i + n].group().lower()
        if not t.replace("-", "").isalpha():
            return 0
        tail = t.rsplit("-", 1)[-1]
        if (tail in _KIN or tail.rstrip("s") in _KIN or t in _GROUP_HEADS
                or t in table and _role_entry(table, t).get("noun") == "person"):
            return n + 1
    return 0


# Plural nouns for people around someone or behind a cause: a speaker phrase headed by one
# ("the boy's relatives in Ohio", "supporters in Congress", "Roe aides") names unnamed people,
# never the person, place or body in its modifiers. Officials and leaders are left out: news
# writes "officials of the agency" for the agency itself.
_GROUP_HEADS = frozenset({
    "relatives", "supporters", "opponents", "critics", "proponents", "allies", "aides",
    "advisers", "advisors", "friends", "neighbors", "neighbours", "lawyers", "attorneys",
    "backers", "residents", "members", "team", "loyalists", "followers", "associates",
    "family", "campaign",
})
