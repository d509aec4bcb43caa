"""The one attribution of a unit (_attribute), sought in the order the package's docstring gives:
"according to X", "in X's view", a label, then a reporting verb with its subject before or after
it (_main_attribution), with the verb-first, "with"-clause, that-clause, adjunct and outer-clause
readings it falls back on. It yields _Found records; speakers are resolved to actors later
(mention.py).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from briefgen.extract.quotes import DOUBLE_CLOSE, DOUBLE_OPEN, Quote
from briefgen.extract.views.clauses import (
    _AND_SUBJECT_NOT,
    _BARE_CLAUSE,
    _after_cue,
    _after_possessive,
    _and_verb,
    _aside_closed,
    _but_verb,
    _comma_after_cue,
    _commitment_verb,
    _fragment_head,
    _one_word_subject,
    _participle_after,
    _relative,
    _restrictive,
    _sentence_subject,
    _whole_quote_next,
)
from briefgen.extract.views.patterns import (
    _ADVERBIAL_START,
    _AUX_BEFORE,
    _CONNECTOR,
    _FINITE,
    _IN_VIEW_WORDS,
    _MARKS,
    _NOT_RIGHT_SPEAKER,
    _QUANTITY,
    _QUOTE_MARK,
    _TWO_WORDS,
    _WORD,
    _amount_forms,
    _Cue,
    _cue_start,
    _Found,
    _lexicon,
    _occurrences,
    _occurs_in,
    _participles,
    _passive,
    _role_entry,
    _roles,
    _rstrip_end,
    _strict_subject,
    _that_lead_forms,
    _time_start,
)
from briefgen.extract.views.subjects import (
    _RELATIVE,
    _TAIL_STRIP,
    _aside_subject,
    _subject_left,
    _subject_right,
    _tailish,
)
from briefgen.extract.views.units import _CLOSE_MARKS, _in_quote, _plausible, _strip
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy
from briefgen.model import Span

# A staff noun then where they are: "officials here", "executives in Boston", "aides at …".
_STAFF_AT = lazy(
    r"\b(officials|executives|spokes(?:man|men|woman|women|person|people)|aides|sources|"
    r"employees|representatives|staff|analysts)\s+(?:here|there|in|at)\b"
)
_VERBATIM = lazy(r"\b(?:transcripts?|recordings?|videos?|tapes?|audio|minutes)\b")
_ACCORDING = lazy(r"\b[Aa]ccording to\s+")
_IN_VIEW = lazy(
    r"\b[Ii]n\s+(?:the\s+(?:view|opinion|words)\s+of\s+([^,]{2,80})|([^,]{2,80}?)['’]s?\s+"
    r"(?:view|opinion|words|assessment|judgement|judgment)),\s*"
)
_LABEL = lazy(r"\s*(?:[-•*–]\s*)?[\"“]?([A-Z][^:\n“\"]{1,60}?)\s*:\s*")


_AMOUNT_NEXT = lazy(
    r"\s+(?:(?:to|by)\s+)?(?:(?:about|nearly|almost|more\s+than|over|some|roughly|at\s+least|less\s+than|"
    r"just|only|a\s+record|an\s+estimated)\s+)*(?:[$£€¥]|US\$|\d)"
)


# Spoken fillers: "you know", "you see", "I mean" between commas or before a clause.
_FILLER_FORMS = frozenset({"know", "see", "mean"})
_FILLER = lazy(r"(?<![\w’'])(?:you|I)\s+(?:know|see|mean)(?:[,.;:]|\s+uh\b)")


# A financial result as the object ("posted a 54% drop in profit", "posted record sales").
_RESULT_NEXT = lazy(
    r"[^.;,\n“\"]{0,40}?\b(?:loss|losses|profits?|gains?|drop|declines?|rise|increases?|"
    r"earnings|revenues?|sales|income|deficit|surplus|results)\b"
)


_ADDRESSEE_ONLY = _Cue("", False, True, False, True)
_SUBORDINATE = lazy(
    r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ii]f|[Bb]ecause|[Ss]ince|[Ww]hile|[Aa]lthough|[Oo]nce|"
    r"[Uu]ntil|[Uu]nless|[Ww]hether)\s+$"
)
# What follows "…, said X," when X's comma closes a parenthetical rather than opening an
# appositive: the rest of the sentence's verb phrase.
_PAREN_REST = lazy(
    r"(?:would|will|is|was|are|were|has|have|had|can|could|should|may|might|must|does|did|"
    r"remains?|won['’]t|isn['’]t|wasn['’]t|aren['’]t|can['’]t|doesn['’]t|didn['’]t)\b"
)


_SPLIT_QUOTE = lazy(r",\s*[“\"]")
_NEXT_QUOTE = lazy(r"[.!?][”\"]?\s+[“\"]")
# Adverbs a participle clause may open with ("…, only saying that …", "…, also noting …").
_PARTICIPLE_ADVERBS = frozenset({"only", "also", "simply", "merely", "again", "later", "then",
                                 "repeatedly", "publicly", "openly"})
_RELATIVE_BEFORE = lazy(r",\s*(?:who|which)$")


_APPOS_QUOTE_OPEN = tuple(DOUBLE_OPEN + '"')


# Attributions a trailing "according to Y" may relay (the speaker is the verb's subject).
_RELAYED = frozenset({"verb-final", "verb-inverted", "verb-lead"})


_LABEL_LEAD = rx_compile(r"[ \t\-•*–]*")  # what may stand before a label in its paragraph


def _attribute(
    text: str,
    unit: Span,
    para: Span,
    quotes: list[Quote],
    starts: list[int],
    names: frozenset[str] = frozenset(),
    in_view: list[Span] | None = None,
) -> list[_Found]:
    """The attributions of one unit (usually one; two for a quote split by "he said").

    `in_view`: the document's _occurrences of _IN_VIEW_WORDS (found here when not given)."""
    us, ue = unit
    # "According to X, …" and "…, according to X."
    acc = text.find("ccording to", us, ue)
    for n, m in enumerate(_ACCORDING.finditer(text, acc - 2, ue) if acc > us else ()):
        if n > 5:
            break
        if _in_quote(starts, quotes, m.start()):
            continue
        comma = text.find(",", m.end(), min(ue, m.end() + 200))
        sp_end = comma if comma >= 0 else min(ue, m.end() + 200)
        speaker = _strip(text, m.end(), sp_end, ".!?;:" + DOUBLE_CLOSE + '"')
        lm = _STAFF_AT.search(text, *speaker) if speaker[1] - speaker[0] > 12 else None
        if lm is not None:
            # "according to Acme officials here and at its Boston headquarters": the place
            # says where they speak, the staff noun ends the speaker
            speaker = (speaker[0], lm.end(1))
        if not _plausible(text, *speaker) and not _according_source(text, *speaker):
            continue
        full, appos = speaker, None
        lead = not text[us : m.start()].strip()
        ap = _according_appos(text, comma, ue, speaker, lead) if comma >= 0 else None
        if ap is not None:
            # "according to Jane Roe, a spokeswoman for the agency, …": the description
            # belongs to the source; the content starts (or resumes) after it
            appos, comma = ap
            if text[appos[0]].isupper() or not text.startswith(("who", "which"), appos[0]):
                full = (speaker[0], appos[1])
        cue = text[m.start() : m.end()].strip()
        pre = text[us : m.start()] if m.start() - us < 200 else "x" * 200
        if not pre.strip() or _CONNECTOR.fullmatch(pre.strip() + " "):
            if comma < 0:
                continue
            nested = _verb_attribution(text, comma + 1, ue, quotes, starts, names)
            if (
                nested
                and nested[0].rule == "verb-lead"
                and nested[0].speaker is not None
                and text.count(" ", comma + 1, nested[0].speaker[0]) <= 1
                and (
                    text[nested[0].speaker[0]].isupper()
                    or text.startswith("the ", nested[0].speaker[0])
                )
                and not _QUANTITY.match(text, *nested[0].speaker)
            ):
                # "According to Y News, Jane Roe said that …": the outlet reports Roe's words.
                return nested
            return [_Found(full, speaker, appos, cue, (comma + 1, ue), "according-to-lead")]
        cs, ce = us, m.start()
        if "said" in pre or "told" in pre:
            relayed = _verb_attribution(text, us, ce, quotes, starts, names)
            if relayed and relayed[0].speaker is not None and relayed[0].rule in _RELAYED:
                # "A, Roe said, according to the Tass news agency" / "Roe told the panel A,
                # according to a transcript": the agency or document relays Roe's words; like
                # "A said B, C said" (_outer_view), its own view is the whole report.
                if (
                    len(relayed) > 1
                    or relayed[-1].rule == "verb-final"
                    or _VERBATIM.search(text, *speaker)
                ):
                    return relayed  # a transcript or recording holds Roe's words, no view
                rs, re_ = _strip(text, us, ce, ",;:—– ")
                return [*relayed, _Found(full, speaker, appos, cue, (rs, re_),
                                         "according-to-tail")]
        inner = _verb_first(text, cs, ce, quotes, starts)
        if inner is not None:
            cs = inner
        if (
            comma >= 0
            and pre.rstrip().endswith(",")
            and not _tailish(text, comma + 1, ue)
            and not _in_quote(starts, quotes, comma)
        ):
            # "Ticket sales, according to the club, have doubled": both sides are the content.
            return [_Found(full, speaker, appos, cue, (cs, ce), "according-to-mid",
                           ((comma + 1, ue),))]
        return [_Found(full, speaker, appos, cue, (cs, ce), "according-to-tail")]
    vm = (
        _IN_VIEW.search(text, us, ue)
        if _occurs_in(
            in_view if in_view is not None else _occurrences(text[:ue], _IN_VIEW_WORDS), us, ue
        )
        else None
    )
    if vm and not _in_quote(starts, quotes, vm.start()):
        g = 1 if vm.group(1) else 2
        speaker = (vm.start(g), vm.end(g))
        cue = text[vm.start() : vm.start(g)].strip() + " view"
        return [_Found(speaker, speaker, None, cue, (vm.end(), ue), "in-view")]
    # A fronted verb: "Says Jane Roe, chief economist at Acme: “…”" opening the sentence.
    if text.startswith(_FRONT_VERBS, us):
        fm = _FRONT_SAYS.match(text, us, ue)
        if fm and not _in_quote(starts, quotes, us):
            sp = (fm.start(2), fm.end(2))
            comma = text.find(",", *sp)
            head = (sp[0], comma) if comma > 0 else sp
            appos = _strip(text, comma + 1, sp[1]) if comma > 0 else None
            if _plausible(text, *head, lenient=True):
                return [_Found(sp, head, appos, fm.group(1), (fm.end(), ue), "verb-inverted")]
    # Label: "President X: “…”" at the start of a paragraph, or a transcript "THE PRESIDENT:".
    # (a fullmatch stops at the first other character; slicing and stripping the paragraph
    # up to each unit cost a long paragraph's square: issue 8)
    if us == para[0] or _LABEL_LEAD.fullmatch(text, para[0], us) is not None:
        lm = _LABEL.match(text, para[0], ue) if text.find(":", para[0], ue) >= 0 else None
        if lm:
            rest = text[lm.end() : ue].lstrip()
            label = lm.group(1)
            if (
                rest[:1] in DOUBLE_OPEN + '"' or (label.isupper() and len(label) > 2)
            ) and not _lexicon()[0].search(label) and _plausible(
                text, lm.start(1), lm.end(1)
            ):
                sp = (lm.start(1), lm.end(1))
                return [_Found(sp, sp, None, ":", (lm.end(), para[1]), "label")]
    out = _verb_attribution(text, us, ue, quotes, starts, names)
    if out or text.find(" that ", us, ue) < 0:
        return out
    return _that_clause(text, us, ue, quotes, starts, names)


# A poll or study as the subject: "found/showed X …" reports its finding without 'that'.
_STUDY_HEAD = lazy(
    r"\b(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Rr]eports?|[Aa]nalys[ie]s|[Rr]esearch|"
    r"[Cc]ensus|[Aa]udit)\b"
)
_FRONT_VERBS = ("Says ", "Said ", "Adds ", "Added ", "Notes ", "Noted ", "Warns ", "Warned ",
                "Explains ", "Explained ", "Recalls ", "Recalled ")
_FRONT_SAYS = lazy(
    r"(" + "|".join(w.strip() for w in _FRONT_VERBS) + r")\s+([A-Z][^:;“\"\n]{1,200}?)"
    r"\s*[:,]\s*(?=[“\"])"
)


# Any finite verb before a that-clause: "X assured voters that …", "X conceded that …". A verb
# of communication or cognition by its frame, not by a list; these take a that-clause without
# reporting anything.
_VERB_THAT = lazy(
    r"\b([a-z]{3,}(?:ed|es|s))(\s+(?:him|her|them|us|me|reporters|voters|supporters|"
    r"lawmakers|listeners|viewers|readers|the\s+(?:crowd|audience|public|court|committee|"
    r"jury|panel|press|country|nation)))?\s+that\s+(?=\S)"
)
_THAT_WORD = lazy(r" that\s+(?=\S)")
_WORD_START = lazy(r"\b[a-z]")
_NOT_THAT_VERBS = frozenset({
    "means", "meant", "ensures", "ensured", "requires", "required", "provides", "provided",
    "seems", "seemed", "appears", "appeared", "follows", "followed", "matters", "happens",
    "happened", "remains", "remained", "contains", "includes", "included", "reflects",
    "reflected", "ruled", "ordered", "decided", "decides", "guaranteed", "guarantees",
    "mandates", "mandated", "specifies", "specified", "stipulates", "stipulated", "assumed",
    "assumes", "was", "has", "does", "is", "less", "unless", "makes", "made", "things",
    "ones", "times", "days", "years", "ways", "reasons", "facts", "signs", "cases",
})


def _that_clause(
    text: str, us: int, ue: int, quotes: list[Quote], starts: list[int], names: frozenset[str]
) -> list[_Found]:
    """A view from the frame "SUBJECT VERBed that CLAUSE" when no lexicon cue attributed the
    unit: the subject must name a source (a name, a pronoun, a role noun)."""
    n = 0
    for tm in _THAT_WORD.finditer(text, us, ue):
        # The verb (and a listener) is at most 40 characters before "that": try the match
        # from each word start there, nearest "that" first.
        vm = None
        for wm in _WORD_START.finditer(text, max(us, tm.start() - 40), tm.start()):
            vm = _VERB_THAT.match(text, wm.start(), ue)
            if vm is not None and vm.end() == tm.end():
                break
            vm = None
        if vm is None:
            continue
        n += 1
        if n > 4:
            break
        verb = vm.group(1)
        if verb in _NOT_THAT_VERBS or _in_quote(starts, quotes, vm.start()):
            continue
        cs = _cue_start(text, us, vm.start())
        if _passive(text, us, vm.start(), verb):
            continue
        head, appos, full = _subject_left(text, us, cs)
        if head[0] >= head[1] or full is None:
            continue
        if not _plausible(text, *head) or not _strict_subject(text, head, True, names):
            continue
        hl = text[head[0] : head[1]].lower()
        if hl in {"it", "this", "that", "which", "who", "what"}:
            continue
        if not verb.endswith("ed") and (hl not in {"he", "she"} or cs != vm.start()):
            continue  # "states that …", "the banks that …": a plural noun and a relative
        if _commitment_verb(text, cs, ue):
            continue
        r = vm.end()
        if _tailish(text, r, ue) or not _TWO_WORDS.search(text, r, ue):
            continue
        cue = text[cs : vm.end(1)] + (vm.group(2) or "")
        return [_Found(full, head, appos, cue, (r, ue), "verb-that")]
    return []


# Where the naming part of a long "according to" source ends: a relative clause, a
# participle or a prepositional modifier ("a new poll that shows …", "Democrats involved in
# the talks", "the officer in charge of the base").
_SOURCE_HEAD_END = lazy(
    r"\s+(?:who|that|which|whose|involved|familiar|close|previously|conducted|released|"
    r"published|obtained|cited|seen|reviewed|from|in|at|on|of|by|with|for|to)\b|\s*\("
)
# "according to plan / the law / the rules": a standard followed, not a source speaking.
_NOT_SOURCE = frozenset({
    "plan", "plans", "schedule", "law", "laws", "rules", "rule", "custom", "tradition",
    "script", "design", "protocol", "standards", "need", "needs", "size", "age", "type",
    "taste", "merit", "instructions", "procedure", "form", "expectations",
})


_APPOS_PREP = frozenset({"of", "for", "at", "with", "in", "from", "on", "to"})
_NAME_APPOS = lazy(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*")


def _according_appos(
    text: str, comma: int, ue: int, head: Span, lead: bool
) -> tuple[Span, int] | None:
    """The appositive after an according-to source's comma, and the comma that closes it (-1:
    it runs to the unit end): "according to Jane Roe, a spokeswoman for the agency, …", "…,
    according to the ministry, which tracks the outbreak.", "according to its spokeswoman,
    Jane Roe, …". It describes the source and is never content. A clause after the comma
    ("According to the report, the minister resigned") is content: no verb may follow the
    description's role noun, and a name stands only after a role noun."""
    s = comma + 1
    nxt = text.find(",", s, min(ue, s + 120))
    end = nxt if nxt >= 0 else ue
    a_s, a_e = _strip(text, s, end, _TAIL_STRIP)
    if a_s >= a_e or _in_quote_char(text, a_s, a_e):
        return None
    seg = text[a_s:a_e]
    words = seg.lower().split()
    if words[0] in ("who", "which"):
        return (a_s, a_e), nxt
    if len(words) > 12 or not _FINITE.isdisjoint(words) or "that" in words:
        return None
    if _NAME_APPOS.fullmatch(seg):
        # a name after a role noun ("its spokeswoman, Jane Roe")
        table, rx = _roles()
        hit = rx.findall(text[head[0] : head[1]])
        people = hit and all(_role_entry(table, w).get("noun") == "person" for w in hit)
        return ((a_s, a_e), nxt) if people and not hit[-1].endswith("s") else None
    if not (words[0] in ("a", "an", "the") or words[0].endswith(("'s", "’s"))):
        return None
    if not any(c.isupper() for c in text[head[0] : head[1]]):
        return None  # "according to the report, the minister, who …": no name to describe
    table, rx = _roles()
    found = rx.findall(seg)
    if not found or not (_person_description(seg) or _org_description(seg)):
        return None
    last = found[-1].lower().replace("’", "'")
    k = seg.lower().replace("’", "'").rfind(last)
    rest = seg[k + len(last) :].split()
    if rest and rest[0].lower() not in _APPOS_PREP:
        return None  # "the minister resigned": a clause, not a description
    if lead and words[0] == "the" and not rest and not any(w.endswith(("'s", "’s")) for w in words):
        return None  # "According to Roe, the minister, who …": the minister may be the subject
    return (a_s, a_e), nxt


def _in_quote_char(text: str, s: int, e: int) -> bool:
    return bool(_QUOTE_MARK.search(text, s, e))


def _according_source(text: str, s: int, e: int) -> bool:
    """Is text[s:e] (after "according to") a source: its head noun phrase plausible leniently?"""
    if e - s > 240 or _QUOTE_MARK.search(text, s, e):
        return False
    hm = _SOURCE_HEAD_END.search(text, s, e)
    he = hm.start() if hm else e
    ws = _WORD.findall(text, s, he)
    if not ws or ws[-1].lower() in _NOT_SOURCE:
        return False
    return _plausible(text, s, he, lenient=True)


# A phrase before a verb that cannot be its subject: a prepositional phrase ("In a message
# posted Friday"), or a verb with its object ("increased its growth forecast").
_NOT_SUBJECT = lazy(
    r"(?:In|On|At|During|After|Before|With|Without|Under|Over|Via|Through|From|For|Since|Amid|"
    r"Despite|Following)\s+(?:an?|the|this|that|his|her|its|their|our)\s"
    r"|[a-z]+(?<!of)(?<!for)(?<!to)(?<!with)(?<!and)(?<!at)(?<!in)(?<!on)(?<!from)(?<!by)"
    r"\s+(?:its|his|her|their|our|my|your)\s"
)
_PARENTHETICAL_NEXT = lazy(
    r",\s+(?:he|she|they|[A-Z][\w’'-]+)\s+(?:said|says|added|adds|argued|argues)\s*,"
)


def _verb_first(
    text: str, s: int, e: int, quotes: list[Quote], starts: list[int]
) -> int | None:
    """When content opens with its own "They stressed …", where the inner content starts."""
    cue_rx, _cues = _lexicon()
    m = cue_rx.search(text, s, min(e, s + 120))
    if not m or _in_quote(starts, quotes, m.start()):
        return None
    if _cues.get(" ".join(m.group(1).split()), _ADDRESSEE_ONLY).kind == "volition":
        return None  # "Acme sought approval …, according to X": an act reported whole
    head, _, _ = _subject_left(text, s, _cue_start(text, s, m.start()))
    if head[0] >= head[1] or text[s : head[0]].strip() or not _plausible(text, *head):
        return None
    return m.end()


_WITH = lazy(r"\b[Ww]ith\s+")
_WITH_GAP = lazy(r"[\w’'.%$-]+(?:\s+[\w’'.%$-]+){0,7}\s+$")
_WITH_END = lazy(r",\s+(?:compared|while|but|and\s+(?:with|a|an|the)\b)|;|\s[—–]\s")


def _verb_attribution(
    text: str,
    us: int,
    ue: int,
    quotes: list[Quote],
    starts: list[int],
    names: frozenset[str] = frozenset(),
) -> list[_Found]:
    """The attributions of a unit: a "with X saying …" clause, then the main clause's."""
    k = text.find("ith ", us, ue)
    w = _with_clause(text, us, ue, quotes, starts, names) if k > us else None
    if w is None:
        return _main_attribution(text, us, ue, quotes, starts, names)
    f, ms, me = w
    return sorted(
        [f, *_main_attribution(text, ms, me, quotes, starts, names)], key=lambda x: x.content
    )


def _with_clause(
    text: str, us: int, ue: int, quotes: list[Quote], starts: list[int], names: frozenset[str]
) -> tuple[_Found, int, int] | None:
    """"…, with 40 percent saying A", "With polls showing A, …": a view of the noun phrase
    between "with" and a reporting participle, and the rest of the unit for the main clause.

    The clause runs to the unit end, or to a comma that opens a contrast (", compared with"),
    or (when it opens the sentence) to the last comma before the main clause."""
    cue_rx, cues = _lexicon()
    for n, wm in enumerate(_WITH.finditer(text, us, ue)):
        if n > 4:
            break
        we = min(ue, wm.end() + 80)
        # Only an -ing cue counts, so a window without "ing" has none.
        cm = cue_rx.search(text, wm.end(), we) if text.find("ing", wm.end(), we) >= 0 else None
        if cm is None or not cm.group(1).endswith("ing") or _in_quote(starts, quotes, cm.start()):
            continue
        if not _WITH_GAP.fullmatch(text, wm.end(), cm.start()):
            continue
        head = _strip(text, wm.end(), cm.start())
        info = cues.get(" ".join(cm.group(1).split()))
        if info is None or not _plausible(text, *head, lenient=True):
            continue
        if info.strict and not _strict_subject(text, head, info.no_indefinite, names):
            continue
        # "with polls showing Roe ahead": no 'that' needed after a subject of its own.
        r = _after_cue(text, cm.end(), ue, dataclasses.replace(info, needs_that=False))
        if r < 0 or _commitment_verb(text, cm.start(), ue):
            continue
        lead = text[us : wm.start()]
        if not lead.strip(" " + _MARKS):
            c = text.rfind(",", r, ue)
            if c < 0:
                return None
            f = _Found(head, head, None, cm.group(1), (r, c), "verb-with")
            return f, c + 1, ue
        if not lead.rstrip().endswith((",", "—", "–")):
            continue
        em = _WITH_END.search(text, r, ue)
        end = em.start() if em else ue
        f = _Found(head, head, None, cm.group(1), (r, end), "verb-with")
        return f, us, _rstrip_end(text, us, wm.start()) - 1
    return None


def _main_attribution(
    text: str,
    us: int,
    ue: int,
    quotes: list[Quote],
    starts: list[int],
    names: frozenset[str] = frozenset(),
) -> list[_Found]:
    cue_rx, cues = _lexicon()
    found: list[_Found] = []
    sub: list[_Found] = []
    carry: _Found | None = None  # a restrictive clause's antecedent, subject of the main verb
    # The comma closing the sentence's opening adjunct: a cue before it is inside the adjunct.
    # A unit opened by a subordinator ("When …", "Although …"): where, for _FRONTED_CLAUSE.
    front: int | None = None
    opener = -1  # found with the first cue: most units hold none
    pos = us
    for n, m in enumerate(cue_rx.finditer(text, us, ue)):
        if n > 40:
            break  # no real sentence has this many reporting verbs
        if opener < 0:
            s0 = _lstrip_marks(text, us, ue)
            front = s0 if _FRONTED_WORD.match(text, s0, ue) else None
            om = _ADJUNCT_OPENER.match(text, us, ue)
            oe = _ADJUNCT_END.search(text, om.end(), ue) if om else None
            opener = oe.start() if oe else us
        if m.start() < pos or _in_quote(starts, quotes, m.start(1)):
            continue
        form = m.group(1)
        if form not in cues:
            form = " ".join(form.split())
        info = cues[form]
        if _passive(text, us, m.start(), form):
            continue
        if form in _amount_forms() and (
            _AMOUNT_NEXT.match(text, m.end()) or _RESULT_NEXT.match(text, m.end())
        ):
            continue  # "raised $4 million", "posted a 5% drop in profit": money, not speech
        if form in _FILLER_FORMS and _FILLER.search(text, max(us, m.start() - 5), m.end() + 1):
            continue  # "…, you know, angry people …": a filler, not speech
        if (
            form.endswith("ing")
            and info.kind != "speech"
            and _NOUN_THEN_ING.search(text, max(us, m.start() - 30), m.start())
            and not _AUX_BEFORE.search(text, max(us, m.start() - 40), m.start())
            and text.find("with ", max(us, m.start() - 40), m.start()) < 0
        ):
            # "groups supporting the bill", "super PACs backing X": a modifier (but "with
            # Senate leaders opposing X" says what they do)
            continue
        if form.endswith("ed") and _after_possessive(text, us, m.start()):
            continue  # "the company's estimated value", "his stated goal": an adjective
        if info.needs_that and (
            _NOUN_BEFORE.search(text, max(us, m.start() - 6), m.start())
            or (
                # "Roe's claim that B" / "Roe's claim B is …" report B; "rejected Roe's
                # claim, …" names it only
                _after_possessive(text, us, m.start())
                and not _THAT_CLAUSE_NEXT.match(text, m.end(), ue)
                and not _BARE_CLAUSE.match(text, m.end(), ue)
            )
        ):
            continue  # "In hopes of a deal, …", "the claims that …": a noun, not a verb
        if info.not_before:
            nw = _WORD.match(text, m.end() + 1)
            if nw and text[m.end()] in " -" and nw.group().lower() in info.not_before:
                continue
        cs = _cue_start(text, us, m.start())
        cue_text = text[cs : m.end()]
        ts = _time_start(text, us, cs)  # "X, who …, on Friday said": the subject ends before
        # Only a window before the cue matters: keeps a pathological unit linear.
        b_end = _rstrip_end(text, us, ts)
        before = text[max(us, b_end - 200) : b_end]
        rel = (
            _RELATIVE_BEFORE.search(before, len(before) - 12)
            if before.endswith(("who", "which"))
            else None
        )
        if (
            rel is None
            and not found
            and before.endswith(" who")
            and not info.after_only
            and before[:-4].rstrip()[-1:].isalnum()
        ):
            # "including 18% who say A": a restrictive clause, no comma before "who".
            f = _restrictive(text, us, ue, b_end - 3, m.end(), cue_text, info, names)
            if f is not None and not _commitment_verb(text, cs, ue):
                sub.append(f)
                pos = f.content[1]
                carry = f if pos < ue else None
            continue
        if carry is not None:
            gap = _GAP_TO_MAIN.match(text, carry.content[1], cs)
            if gap and gap.end() == cs:
                # "23% who said A also said B": the antecedent is the main verb's subject too.
                r = _after_cue(text, m.end(), ue, info)
                if r >= 0 and not _tailish(text, r, ue) and not _commitment_verb(text, cs, ue):
                    found.append(_Found(carry.speaker, carry.head, None, cue_text, (r, ue),
                                        "verb-lead"))
                break
            carry = None
        if rel and not info.after_only:
            f = _relative(text, us, ue, max(us, b_end - 200) + rel.start(), m.end(), cue_text,
                          info, found)
            if f is not None and not _commitment_verb(text, cs, ue):
                sub.append(f)
                pos = f.content[1]
            continue
        # "Roe declined to claim victory, only saying that …", "The investor plans to buy it,
        # said a spokesman": a wish or refusal is no view (it is read, for the speakers after
        # it); a later cue is read as if it were the first
        if found and not all(_volition(f.cue) for f in found):
            # After a sentence-final attribution only "…, adding that …" continues it.
            if form in _participles()[0] and before.endswith(","):
                r = _after_cue(text, m.end(), ue, info)
                prev = found[-1]
                found.append(_Found(prev.speaker, prev.head, prev.appos, cue_text, (r, ue),
                                    "verb-participle"))
            else:
                f = _clause_view(text, us, ue, cs, m.end(), cue_text, info, names)
                if f is not None:
                    found.append(f)
            break
        # "…, saying …" and "… and said …": the speaker is the subject of the sentence.
        if (
            form in _participles()[0]
            and (
                before.endswith(_CLAUSE_BREAK)
                or (
                    before.endswith(_GERUND_PREPOSITIONS)
                    and info.kind == "speech"
                    and before.rsplit(" ", 1)[0].rstrip()[-1:].isalnum()
                )
            )
            and (cs == m.start(1) or text[cs : m.start(1)].split()[0] in _PARTICIPLE_ADVERBS)
        ) or (before.endswith("and") and (len(before) == 3 or not before[-4].isalnum())):
            subj = _sentence_subject(text, us, cs)
            orel = _RELATIVE.search(text, subj[1], cs) if subj is not None else None
            if (
                subj is not None and orel is not None and orel.start() > subj[1] + 1
                and "," not in text[orel.end() : cs]
            ):
                # "Roe sat with Doe, who surprised him by declaring …": the relative's
                # antecedent, not the sentence's subject, declared it (a relative closed
                # before the verb is an aside: "Roe, who is ill, rose and said"; the subject's
                # own relative is the subject's: "Roe, who endorsed Doe and said …")
                subj = None
            if (
                subj is not None
                and before.endswith(",")
                and not text[subj[1] : b_end].strip(" ,")
                and _aside_closed(text, m.end(), ue)
            ):
                # "Acme, citing strong demand, said it …": the participle is an aside
                # between the subject and its main verb, which the next cue reads
                continue
            if subj is not None and (not info.strict or _strict_subject(text, subj, names=names)):
                r = _after_cue(text, m.end(), ue, info)
                if not _tailish(text, r, ue) and not _commitment_verb(text, cs, ue):
                    found.append(_Found(subj, subj, None, cue_text, (r, ue), "verb-coordinate"))
                    break
            continue
        # "X, Ruritania's envoy until 2009, said Ruritania must answer …", "X, who was to visit
        # Dayton, Ohio, on Friday, said they …": a clause follows the verb, so this is no
        # inversion; the speaker opens the sentence (below)
        no_inv = (
            info.inverts
            and before.endswith(",")
            and not found
            and _BARE_CLAUSE.match(text, m.end(), ue) is not None
            and not _aside_subject(text, us, ts)
        )
        # Inverted: “…,” said X / …, said X, a professor at Y. / Said X: “…”
        if (
            (info.inverts or (info.quote_inverts and before[-1:] in _CLOSE_MARKS))
            and (not before or before[-1] in ",!?—" + DOUBLE_CLOSE + "\"'’")
            and not (before.endswith(",") and _aside_subject(text, us, ts))
            and not no_inv
        ):
            head, appos = _subject_right(text, m.end(), ue)
            if appos and before[-1:] in "," + _CLOSE_MARKS:
                sq = _SPLIT_QUOTE.search(text, appos[0], appos[1])
                if sq and not _in_quote(starts, quotes, sq.start()):
                    # “A,” said X, an economist who …, “B.”: the appositive ends at the quote.
                    appos = _strip(text, appos[0], sq.start())
                    if appos[0] < appos[1] and _plausible(text, *head, lenient=True):
                        found.append(
                            _Found((head[0], appos[1]), head, appos, cue_text, (us, b_end),
                                   "verb-parenthetical", ((sq.end() - 1, ue),))
                        )
                        break
            if (
                head[0] < head[1]
                and before
                and _plausible(text, *head, lenient=True)
                and not _NOT_RIGHT_SPEAKER.match(text, *head)
                # "A, asked officials to join B": a request's object, no inversion
                and not (before[-1] == "," and _TO_INFINITIVE.search(text, head[0], head[1] + 4))
            ):
                if appos and (
                    # (startswith: an appositive comma that ends the text leaves an empty
                    # appositive at len(text), and indexing there raised IndexError)
                    text.startswith(_APPOS_QUOTE_OPEN, appos[0])
                    or (before[-1] == "," and _PAREN_REST.match(text, appos[0]))
                ):
                    # “A,” said X, “B.” / "A, said X, would B": both sides are the content.
                    found.append(
                        _Found(head, head, None, cue_text, (us, b_end), "verb-parenthetical",
                               ((appos[0], ue),))
                    )
                    break
                full = (head[0], appos[1]) if appos else head
                found.append(
                    _Found(full, head, appos, cue_text, (us, b_end), "verb-inverted")
                )
                pos = full[1]
                continue
        if cs < opener:
            # "Noting the plan announced in May, A and B set up C": the verb is a reduced
            # relative inside the sentence's opening adjunct, not a finite reporting verb.
            continue
        head, appos, full_left = _subject_left(text, us, ts)
        if no_inv and full_left is not None and _fragment_head(text, us, head):
            subj = _sentence_subject(text, us, cs)
            if subj is not None and subj[0] < full_left[0] and _plausible(text, *subj):
                head, appos, full_left = subj, None, (subj[0], full_left[1])
        if (
            head[0] >= head[1]
            or full_left is None
            or (head[1] - head[0] > 5 and _NOT_SUBJECT.match(text, *head))  # "In a x" at least
        ):
            continue
        if _PARENTHETICAL_NEXT.match(text, m.end()):
            continue  # "They understand, he said, that …": the parenthetical names the speaker
        full = full_left
        l_end = _rstrip_end(text, us, full[0])
        lead = text[max(us, l_end - 200) : l_end]
        after_comma = bool(lead) and lead[-1] in ",—" + DOUBLE_CLOSE + "\"'’"
        r = _after_cue(text, m.end(), ue, info)
        if r < 0 and info.needs_that and _STUDY_HEAD.search(text, head[0], head[1]):
            r = m.end()  # "A survey in March found Roe with a lead": a study's finding
        if (
            r < 0
            and info.bare_clause
            and after_comma
            and _tailish(text, m.end(), ue)
            and _plausible(text, *head)
        ):
            r = m.end()  # "The plant closed on Monday, CNN reported.": the final position
        no_lead = r < 0 and info.needs_question
        if no_lead:
            # "“…?” she asked (him).": no question after the verb, only the final position.
            r = _after_cue(text, m.end(), ue, _ADDRESSEE_ONLY)
        if r < 0:
            continue
        # "Asked about A, X said B": the question is the reporter's; X's answer is B alone.
        asked = after_comma and _ASKED_LEAD.fullmatch(text, us, l_end) is not None
        # “…,” X said <anything>: a quote closed on a comma ends before its attribution.
        quote_comma = (
            not asked
            and after_comma
            and lead[-1] in _CLOSE_MARKS
            # (a nested quote closing with it: “He said, ‘A,’” X told Y)
            and (lead[-2:-1] == "," or (lead[-2:-1] in _CLOSE_MARKS and lead[-3:-2] == ","))
            and text[r : r + 4].lstrip(" ,:")[:1] not in DOUBLE_OPEN + '"'
            and not info.lead_only
            and not _adjunct_quote(text, us, l_end, quotes, starts)
        )
        if asked:
            pass
        elif info.lead_only:
            if not text[r:ue].strip(" .!?,;:" + DOUBLE_CLOSE + '"'):
                continue
        elif (no_lead or not info.needs_question) and (
            _tailish(text, r, ue) or (after_comma and text.startswith(";", r))
        ):
            # (… "A, Roe says; B rose": the attribution closes its clause at the semicolon)
            if not after_comma or not _plausible(text, *head, lenient=True):
                continue
            found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-final"))
            pos = m.end()
            continue
        elif quote_comma and _plausible(text, *head, lenient=True):
            sq = _SPLIT_QUOTE.search(text, r, ue)
            if sq and not _in_quote(starts, quotes, sq.start()):
                # “A,” X said during a rally in Y, “B.”: one content in two parts.
                more = ((sq.end() - 1, ue),)
                found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-split", more))
                break
            nq = _NEXT_QUOTE.search(text, r, ue)
            if nq and not _in_quote(starts, quotes, nq.end() - 2):
                # “A,” X said on the network’s “Show.” “B.”: the quote after the stop goes on.
                more = ((nq.end() - 1, ue),)
                found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-split", more))
                break
            # “A,” X said, citing …: the quote is a view; the rest may hold another below
            # (not an adverbial: “A,” X said on Monday at a rally).
            found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-final"))
            if _ADVERBIAL_START.match(text[r:ue].lstrip(" ,")) and not cue_rx.search(text, r, ue):
                break
            if text.find("that", m.end(), r) < 0 and not _ING_NEXT.match(text, r, ue):
                # “A,” X told Y, after he admitted B / “A,” X told the crowd, reciting B: with
                # no that-clause the rest is no content of X's; a later cue may hold a view.
                pos = r
                continue
        if (
            after_comma
            and lead[-1] == ","
            and _AND_SPEAKER_NEXT.match(text, m.end(), ue)
            and text.count(" ", head[0], head[1]) <= 3
            and _plausible(text, *head, lenient=True)
        ):
            # "A, records show, and experts say B": the first attribution closes at the comma;
            # the second speaker's view is read next (_clause_view)
            found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-final"))
            pos = m.end()
            continue
        if (
            not no_lead
            and not info.strict
            and after_comma
            and lead[-1] == ","
            and text[m.end() : m.end() + 3].lstrip()[:1] == ","
            and text.count(" ", head[0], head[1]) <= 3
            and text.count(" ", us, l_end) >= 1
            and not _ADVERBIAL_START.match(text, head[0])
            and _plausible(text, *head, lenient=True)
            and not _plausible(text, *head)
        ):
            # "Worse still, farmers say, the feed levy will …": a bare plural noun between
            # commas is the speaker of both sides.
            found.append(
                _Found(full, head, appos, cue_text, (us, l_end), "verb-parenthetical", ((r, ue),))
            )
            break
        if no_lead or not _plausible(text, *head):
            continue
        if info.after_only and not (
            (
                asked
                or _whole_quote_next(text, m.end(), ue, quotes, starts)
                or (form in _that_lead_forms() and _THAT_CLAUSE_NEXT.match(text, m.end(), ue))
            )
            and _strict_subject(text, head, info.no_indefinite, names)
        ):
            # "X replied, “…”" / "Asked A, X replied that …" / "X responded that …": a named
            # answer leads
            continue
        if info.strict and not _strict_subject(text, head, info.no_indefinite, names):
            continue
        if (info.strict and _SUBORDINATE.search(text, max(us, head[0] - 12), head[0])) or (
            front is not None and _FRONTED_CLAUSE.match(text, front, cs)
        ):
            # "When X called me, I told him …": the view ends at the clause; the main clause
            # may hold its own attribution.
            comma = text.find(",", r, min(ue, r + 200))
            if comma > r and not sub:
                sub.append(_Found(full, head, appos, cue_text, (r, comma), "verb-subordinate"))
                pos = comma
            continue
        if _commitment_verb(text, cs, ue):
            continue
        # A quote split by the attribution: “A,” he said, “B.” — both parts are the view.
        if asked:
            pass
        elif after_comma and lead[-2:-1] in (",", ".", "?", "!") and text[r : r + 4].lstrip(
            " ,:"
        )[:1] in (DOUBLE_OPEN + '"'):
            found.append(_Found(full, head, appos, cue_text, (us, l_end), "verb-split"))
        elif (
            after_comma
            and lead[-1] == ","
            and _comma_after_cue(text, m.end(), ue, info)
            and text.count(" ", head[0], head[1]) <= 3
            and (text.count(" ", us, l_end) >= 1 or _one_word_subject(text, us, l_end))
        ):
            # "The plan, he said, will fail": the content is both sides of the parenthetical
            # (also "The talks, Roe told reporters, …" and "Inflation, Roe said, …").
            found.append(
                _Found(full, head, appos, cue_text, (us, l_end), "verb-parenthetical", ((r, ue),))
            )
            break
        # "X criticised the plan, saying …": the participle is a view of its own.
        pm = _participle_after(text, r, ue, quotes, starts)
        if pm:
            found.append(_Found(full, head, appos, cue_text, (r, pm.start()), "verb-lead"))
            pf = " ".join(pm.group(1).split())
            r2 = _after_cue(text, pm.end(), ue, cues.get(pf, info))
            found.append(_Found(full, head, appos, pm.group(1), (r2, ue), "verb-participle"))
            break
        bv = _but_verb(text, r, ue, quotes, starts)
        if bv is not None:
            # "60 percent said yes, but 30 percent say no": a second subject, a second view.
            found.append(_Found(full, head, appos, cue_text, (r, bv[0]), "verb-contrast"))
            found.append(_Found(bv[1], bv[1], None, bv[2], (bv[3], ue), "verb-but"))
            break
        nxt = _and_verb(text, r, ue, quotes, starts)
        if nxt is not None:
            # "X said A and added B", "X praised A and said B": two views of one speaker.
            found.append(_Found(full, head, appos, cue_text, (r, nxt[0]), "verb-lead"))
            pro = nxt[3]  # "… and they welcomed B": the pronoun is resolved on its own
            found.append(_Found(pro or full, pro or head, None if pro else appos, nxt[2],
                                (nxt[1], ue), "verb-and"))
            break
        rm = _RELATIVE.search(text, r, ue) if not asked and text.find(", wh", r, ue) >= 0 else None
        cm = cue_rx.search(text, rm.end(), rm.end() + 30) if rm else None
        obj = _strip(text, r, rm.start()) if rm and cm else None
        if (
            rm
            and cm
            and obj
            and not text[rm.end() : cm.start()].replace("also", "").strip()
            and text.count(" ", *obj) < 6
            and _plausible(text, *obj)
        ):
            # "X praised Y, who says Z": Z is a view of Y's own.
            form = " ".join(cm.group(1).split())
            r2 = _after_cue(text, cm.end(), ue, cues.get(form, info))
            found.append(_Found(full, head, appos, cue_text, (r, rm.start()), "verb-lead"))
            if r2 >= 0:
                found.append(_Found(obj, obj, None, text[cm.start() : cm.end()], (r2, ue),
                                    "verb-relative"))
            break
        outer = None if asked else _outer_view(text, us, ue, r, full)
        if outer is not None:
            # "A said B, C said Sunday.": C reports A's claim; A's content ends at the comma
            # and C's view is the whole report.
            found.append(_Found(full, head, appos, cue_text, (r, outer[1]), "verb-lead"))
            found.append(outer[0])
            break
        found.append(_Found(full, head, appos, cue_text, (r, ue), "verb-asked" if asked else
                            "verb-lead"))
        if info.kind == "volition":
            # "Roe declined to claim victory, only saying that …": a wish or refusal is no
            # view (extract_views drops it); a speech verb after it may still hold one.
            pos = m.end()
            continue
        break
    return sub + found


_ADJUNCT_LEAD = frozenset({"on", "in", "at", "during", "after", "before", "from", "onto",
                           "speaking", "appearing", "calling", "describing", "saying", "writing",
                           "branding", "labeling", "labelling", "dubbing", "terming"})


def _adjunct_quote(text: str, us: int, l_end: int, quotes: list[Quote], starts: list[int]) -> bool:
    """Is the quote closing at l_end part of a fronted phrase, no content of the verb after it?
    "In an interview on “Meet the Press,” Roe said …", "Calling the plan “a fraud,” Roe
    said …": the phrase opens with a preposition or a participle and has no comma before the
    quote. ("Prices will rise “sharply,” Roe said": a clause, the quote is its content.)"""
    i = bisect.bisect_right(starts, l_end - 1) - 1
    if i < 0 or quotes[i].outer[1] < l_end - 1 or quotes[i].outer[0] < us:
        return False
    qs = quotes[i].outer[0]
    first = _WORD.search(text, us, qs)
    if first is None or any(c in text[us:qs] for c in ",:;—–"):
        return False
    return first.group().lower() in _ADJUNCT_LEAD


# "“A,” X said, referencing B": a participle clause after the attribution tells what X meant.
_ING_NEXT = lazy(r"[\s,]*[a-z]{3,}ing\s")
_SUBORDINATOR_BEFORE = lazy(
    r"(?:,|\s[—–]|\s--)\s+(?:after|before|when|while|as|because|since|once|until)\s+$"
)


# An infinitive right after a noun phrase ("asked local officers to join"): an object.
_TO_INFINITIVE = lazy(r"\s+to\s+[a-z]")
# Role nouns that name a reporter closing a sentence after a leading attribution.
_OUTER_ROLE = (
    r"(?:spokes(?:man|men|woman|women|person|people)|official|executive|director|lawyer|"
    r"attorney|aide|analyst|source|representative|officer|chairman|chairwoman|president|"
    r"secretary|minister|ambassador|adviser|advisor|economist|manager)"
)
_OUTER_SAID = lazy(
    r",\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she|it|they|"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}(?:officials|police|authorities|investigators)|"
    # "a bank spokesman", "the bank's chief executive", "an Acme official", "Acme's lawyer"
    r"(?:an?|the|one|his|her|their|its|(?:the\s+)?[\w.&-]+[’']s)\s+(?:[\w&.-]+\s+){0,2}?"
    + _OUTER_ROLE
    + r"(?:(?:\s+[A-Z][\w’'.-]*){1,3}|,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},)?|"
    # "state radio", "state television", "the newspaper", "local media", "the official news
    # agency", "Iranian state TV": an outlet reporting what the sentence's speaker said
    r"(?:(?:the|a|an)\s+)?(?:(?:state|official|local|national|public|government|"
    r"state-run|state-owned|semi-official|semiofficial|independent|private|news|[A-Z][\w.-]*)"
    r"\s+){0,3}(?:radio|television|TV|media|newspaper|paper|news\s+agency|agency|"
    r"broadcaster|daily|magazine|press(?:\s+(?:service|office))?|website|outlet|network|channel|news\s+service))\s+"
    r"(?:(?:first|also|later|recently|previously)\s+)?(?:(?:have|has|had)\s+)?"
    r"(said|says|told\s+\w+(?:\s+\w+)?|added|reported|reports|wrote|writes|"
    r"quoted\s+(?:him|her|them|it)\s+as\s+saying)\b"
)
_OUTER_VERBS = (" said", " says", " told", " added", " reported", " reports", " wrote", " writes",
                " quoted")
_OUTER_ANY = lazy("|".join(re.escape(v) for v in _OUTER_VERBS))  # one scan for any of them


def _outer_view(
    text: str, us: int, ue: int, r: int, inner: Span
) -> tuple[_Found, int] | None:
    """ "A said B, C said Sunday.": a short subject and a plain speech verb closing the
    sentence after a leading attribution; C's view is the whole report, from A on."""
    lo = max(r, ue - 90)  # the report closes the sentence: only its tail is searched
    if not _OUTER_ANY.search(text, lo, ue):
        return None
    m = None
    for m in _OUTER_SAID.finditer(text, lo, ue):
        pass
    if m is None or not _tailish(text, m.end(), ue):
        return None
    head = _strip(text, m.start(1), m.end(1), ",")  # "a spokeswoman, Ann Lee, said"
    cue = " ".join(m.group(2).split())
    return _Found(head, head, None, cue, (inner[0], m.start()), "verb-final"), m.start()


def _clause_view(
    text: str, us: int, ue: int, cs: int, ce: int, cue: str, info: _Cue, names: frozenset[str]
) -> _Found | None:
    """“A,” X told Y, after he admitted (that) B: an adverbial clause after a sentence-final
    attribution has a speaker of its own (its subject), and its content starts after the verb."""
    head, appos, full = _subject_left(text, us, cs)
    if head[0] >= head[1] or full is None or text.count(" ", *head) > 4:
        return None
    if not _SUBORDINATOR_BEFORE.search(text, max(us, head[0] - 16), head[0]) and not (
        # "A, records show, and experts say B": a second speaker after 'and'/'but' (not one
        # that may be the first again: a pronoun, a determiner, a possessive)
        info.kind == "speech"
        and _AND_BUT_BEFORE.search(text, max(us, head[0] - 8), head[0])
        and text[head[0] : head[1]].split()[0].lower() not in _AND_SUBJECT_NOT
    ):
        return None
    if not _plausible(text, *head) or (
        info.strict and not _strict_subject(text, head, info.no_indefinite, names)
    ):
        return None
    r = _after_cue(text, ce, ue, info)
    if r < 0 or info.needs_question or _tailish(text, r, ue) or _commitment_verb(text, cs, ue):
        return None
    return _Found(full, head, appos, cue, (r, ue), "verb-clause")


# A sentence opening with a participial or prepositional adjunct ("Noting the …", "Under the
# …"): until its comma no verb is the sentence's finite verb. Not "On Monday the minister said".
_ADJUNCT_OPENER = lazy(
    r"\s*(?:(?!\w*thing)[A-Z][a-z]{2,}ing|Under|Following|Despite|Amid|Given)\s+"
    r"(?:the|a|an|its|their|his|her|this|these|those|our)\s"
)
_ADJUNCT_END = lazy(r",|\s(?:--|—|–)\s")


# A sentence opening with the reporter's question: "Asked about A,", "When asked if A,".
_ASKED_LEAD = lazy(
    r"\s*[“\"]?(?:(?:And|But|So|Later)\s+)?(?:(?:When|If|Once)\s+)?[Aa]sked\b[^;:!?\n]*,[”\"’]?"
)
_CLAUSE_BREAK = (",", " —", " –", " --")
# "X responded by saying …", "X left after warning …": the gerund's subject is the sentence's.
_GERUND_PREPOSITIONS = (" by", " after", " while", " before", " without")
_AND_BUT_BEFORE = lazy(r",\s+(?:and|but)\s+$")
# ", and experts say …" right after an attribution: a second speaker with a verb of saying.
_AND_SPEAKER_NEXT = lazy(
    r",\s+(?:and|but)\s+(?!(?:the|this|that|these|those|his|her|its|their|our|my|he|she|it|"
    r"they|we|i|you|a|an|then|also|so)\b)[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?\s+(?:say|says|said|"
    r"argue|argues|argued|note|notes|noted|warn|warns|warned|insist|insists|insisted|contend|"
    r"contends|contended|estimate|estimates|estimated|believe|believes|believed)\b"
)
# A noun right before a non-speech -ing form, with no comma or preposition between: the form
# modifies the noun ("groups supporting the bill"), it is no participle clause.
_NOUN_THEN_ING = lazy(
    r"(?<![,;:—])\s(?!(?:by|after|while|before|without|in|on|of|for|about|from|with|and|or|"
    r"but|not|also|is|are|was|were|be|been|being)\s)[a-z][a-z’'-]*[a-z]s\s+$"
)
# A preposition or determiner right before a form that is also a noun ("in hopes of").
_NOUN_BEFORE = lazy(r"\b(?:[Ii]n|[Ww]ith|[Oo]f|[Ff]or|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+$")
_GAP_TO_MAIN = lazy(r"[\s,]*(?:(?:also|later|then|still)\s+)?")
# 'that' opening a clause, not a determiner ("responded that way", "replied that day").
_THAT_CLAUSE_NEXT = lazy(
    r"\s+that\s+(?!(?:way|time|day|night|week|month|year|morning|afternoon|evening|moment|"
    r"point|question|request|call|claim|criticism|charge|remark|comment|statement|letter|"
    r"message|email|tweet|one|is|was)\b)"
)
# The same with a subordinator only (no "As X said, “…”", whose quote is X's view, no "In
# 2010 she said: …"): a reporting verb inside ends its content at the clause's comma.
_FRONTED_WORD = lazy(
    r"(?:Though|Although|Even|While|Whereas|When|After|Before|Because|Since|Once|Until|If|In|"
    r"Despite)\s"
)
_FRONTED_CLAUSE = lazy(
    r"(?:Though|Although|Even\s+though|While|Whereas|When|After|Before|Because|Since|Once|"
    r"Until|If|Even\s+as|In\s+what|Despite\s+what)\s[^,.;:!?\n]*$"
)


def _lstrip_marks(text: str, s: int, e: int) -> int:
    """s moved past spaces and quotation marks (at most to e)."""
    while s < e and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    return s


def _person_description(t: str) -> bool:
    table, rx = _roles()
    m = rx.findall(t)
    return bool(m) and _role_entry(table, m[-1]).get("noun") == "person" and not t.endswith("s")


def _org_description(t: str) -> bool:
    table, rx = _roles()
    m = rx.findall(t)
    return bool(m) and _role_entry(table, m[-1]).get("noun") in {"organisation", "document"}


@functools.cache
def _volition(cue: str) -> bool:
    """Is the cue a wish or refusal ("wants to", "has declined to"), not speech? Such an
    attribution is read (the speaker history uses it) but is no view of what was said: on the dev
    sets most were plans and refusals ("declined to comment"), not statements."""
    pattern, cues = _lexicon()
    last = None
    for last in pattern.finditer(cue):
        pass
    form = " ".join(last.group(1).split()) if last is not None else ""
    info = cues.get(form)
    if info is not None and info.kind == "base":  # "they refuse to": as "refuses"
        info = cues.get(form + "s")
    return info is not None and info.kind == "volition"
