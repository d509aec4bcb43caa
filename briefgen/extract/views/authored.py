"""Views that no attribution in their own sentence introduces: authored blocks (letters,
reproduced editorials and columns, whose stance sentences are their author's views), quotes
carried from the speaker just before (a quote continued over paragraphs), pull quotes, and a
broadcast script's unquoted soundbites.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace

from briefgen import rules
from briefgen.extract.quotes import DOUBLE_CLOSE, Quote
from briefgen.extract.views.patterns import (
    _ANY_SPACE,
    _PRONOUNS,
    _QUOTE_MARK,
    _Found,
    _lexicon,
    _participles,
)
from briefgen.extract.views.pronouns import _role_kind
from briefgen.extract.views.records import _view
from briefgen.extract.views.speakers import _para_of, _Resolver, _title_words
from briefgen.extract.views.units import _plausible, _strip, _words
from briefgen.lazyre import at_build, lazy, trie_regex
from briefgen.lazyre import compile as rx_compile
from briefgen.model import Actor, Document, Paragraph, Span, View

# "LETTERS." / "Letters to the editor" on a line of its own: the page is a letters page.
_LETTERS_LABEL = lazy(
    r"^[ \t]*(?:LETTERS?|Letters?)(?:[ \t]+(?:TO[ \t]+THE[ \t]+EDITOR|to[ \t]+the[ \t]+[Ee]ditor))?"
    r"\.?[ \t]*$",
    re.MULTILINE,
)
# "The Daily Star said in an editorial on Tuesday, May 3:" opening the body: every
# paragraph after the colon is the paper's own text, reproduced without quotation marks.
_EDITORIAL_FRAME = lazy(
    r"(?P<spk>[A-Z][\w.&’'-]*(?:[ \t]+[\w.&’'-]+){0,6}?)[ \t]+(?P<cue>(?:said|says|wrote|writes)"
    r"[ \t]+in[ \t]+(?:an?|its)[ \t]+(?:[\w-]+[ \t]+)?(?:editorial|column|commentary))\b"
    r"[^:\n]{0,60}?:"
    r"[ \t]*(?:&QL;)?"
)
# A signature's place line ("Henderson, Nev.", "Washington, D.C.", "New York."): short, every
# word capitalised or an abbreviation.
_PLACE_LINE = lazy(r"[A-Z][\w.'-]*(?:,?[ \t]+[A-Z][\w.'-]*){0,4}")
_PROSE_END = frozenset(".!?\"”’'")


@dataclass(frozen=True, slots=True)
class _Block:
    """Paragraphs `first`..`last` written by the author named at `speaker` (outside them)."""

    first: int
    last: int
    speaker: Span
    cue: str
    letter: bool
    frame: Span = (0, 0)  # the editorial's frame line, no view of its own


def _authored(doc: Document, res: _Resolver) -> list[_Block]:
    """Text whose author is named outside it, with no quotation marks: each letter of a letters
    page (its paragraphs above the signature: "… ¶ Jane Roe. ¶ Springfield, Ill."), and a
    reproduced editorial after its frame line ("The Daily Star said in an editorial on Monday:")."""
    text = doc.text
    paras = doc.paragraphs
    if not paras or not doc.sentences:
        return []
    out: list[_Block] = []
    s0 = doc.sentences[0].span[0]
    fm = _EDITORIAL_FRAME.match(text, s0, min(len(text), s0 + 200))
    if fm is not None and _plausible(text, *fm.span("spk")):
        cue = " ".join(fm.group("cue").split())
        pi = _para_of(doc, fm.end())
        rest = _strip(text, fm.end(), paras[pi].span[1])
        first = pi if rest[1] > rest[0] else pi + 1
        if first < len(paras):
            out.append(_Block(first, len(paras) - 1, fm.span("spk"), cue, False, (s0, fm.end())))
    signed = _signatures(doc, res)
    if len(signed) < 2 and not (signed and _LETTERS_LABEL.search(text, 0, paras[0].span[0] + 1)):
        return out
    bounds = {pi for pi, _ in signed}
    bounds |= {pi + 1 for pi, _ in signed if _place_line(text, paras, pi + 1)}
    for pi, sp in signed:
        lo = pi - 1
        if lo in bounds:
            continue
        while lo > 0 and lo - 1 not in bounds and pi - lo < 8:
            if _place_line(text, paras, lo - 1):
                break  # a label ("FACEBOOK.") or a name no actor holds ends the letter above
            lo -= 1
        out.append(_Block(lo, pi - 1, sp, text[sp[0] : sp[1]], True))
    return out


def _signatures(doc: Document, res: _Resolver) -> list[tuple[int, Span]]:
    """Paragraphs that are a person's full name alone after a paragraph of prose (a letter's
    signature, "Jane Roe."): (paragraph index, the name's span)."""
    text = doc.text
    out: list[tuple[int, Span]] = []
    for pi in range(1, len(doc.paragraphs)):
        s, e = _strip(text, *doc.paragraphs[pi].span)
        if e - s > 60 or " " not in text[s:e]:
            continue
        ne = e - 1 if text[e - 1 : e] == "." else e
        who = [a for ms, me, a in res.covering(s, ne) if (ms, me) == (s, ne)]
        if not who or who[0].kind != "person":
            continue
        ps, pe = _strip(text, *doc.paragraphs[pi - 1].span)
        if not (text[pe - 1 : pe] in _PROSE_END and text.count(" ", ps, pe) >= 5):
            continue
        if _heading(doc, res, pi, who[0]):
            continue  # a profile's heading ("Jane Roe. ¶ Roe was …"), not a signature
        out.append((pi, (s, ne)))
    return out


def _heading(doc: Document, res: _Resolver, pi: int, person: Actor) -> bool:
    """Is the name alone in paragraph pi a heading over text about that person (the next
    paragraph, or the one after a credit line, names them again)? A letter's signer is not
    named again in the letter after it."""
    hi = min(pi + 3, len(doc.paragraphs))
    if pi + 1 >= hi:
        return False
    lo, end = doc.paragraphs[pi + 1].span[0], doc.paragraphs[hi - 1].span[1]
    return any(a is person for _ms, _me, a in res.covering(lo, end))


def _place_line(text: str, paras: tuple[Paragraph, ...], pi: int) -> bool:
    """Is paragraph pi a signature's place line ("Henderson, Nev.")?"""
    if pi >= len(paras):
        return False
    s, e = _strip(text, *paras[pi].span, ".")
    return 0 < e - s <= 40 and _PLACE_LINE.fullmatch(text, s, e) is not None


def _authored_views(
    doc: Document,
    quotes: list[Quote],
    starts: list[int],
    views: list[View],
    res: _Resolver,
    blocks: list[_Block],
) -> list[View]:
    """The views in authored blocks (see _authored): the views already read, a letter's "I"
    now the signer, and one view of the author per run of a paragraph's sentences that no
    other view holds, direct (the author's own words)."""
    text = doc.text
    held = sorted(s for v in views for s in (v.span, *v.spans))
    hstarts = [s for s, _ in held]
    reach = list(itertools.accumulate((e for _, e in held), max))  # furthest end so far
    sents = doc.sentences
    sstarts = [st.span[0] for st in sents]
    made: list[View] = []
    signer: dict[int, Actor] = {}  # paragraph index -> its letter's signer
    for b in blocks:
        lo, hi = doc.paragraphs[b.first].span[0], doc.paragraphs[b.last].span[1]
        runs: list[tuple[int, Span]] = []
        k = bisect.bisect_left(sstarts, lo)
        while k < len(sents) and sents[k].span[0] < hi:
            st = sents[k]
            k += 1
            j = bisect.bisect_left(hstarts, st.span[1]) - 1
            if j >= 0 and reach[j] > st.span[0]:
                continue  # a view already holds part of the sentence
            if not b.letter and (_reports_other(text, st.span) or not _stance(text, st.span)):
                continue  # others' words, or plain report of fact: not the paper's view
            if runs and runs[-1][0] == st.paragraph and _same_run(text, runs[-1][1], st.span):
                runs[-1] = (st.paragraph, (runs[-1][1][0], st.span[1]))
            else:
                runs.append((st.paragraph, st.span))
        rule = "letter" if b.letter else "editorial"
        for pi, span in runs:
            v = _view(res, _Found(b.speaker, b.speaker, None, b.cue, span, rule), pi, doc, quotes,
                      starts)
            if v is not None and v.speaker is not None:
                made.append(replace(v, direct=True))
        who = [a for ms, me, a in res.covering(*b.speaker) if (ms, me) == b.speaker]
        if b.letter and who:
            for pi in range(b.first, b.last + 1):
                signer[pi] = who[0]
    kept = []
    frames = [b.frame for b in blocks if b.frame[1]]
    for v in views:
        if any(fs <= v.span[0] and v.span[1] <= fe for fs, fe in frames):
            continue  # "X said in an editorial on Tuesday, May 3:" is no view
        w = signer.get(_para_of(doc, v.span[0])) if v.speaker_text == "I" else None
        if w is not None and v.speaker != w.id:
            v = replace(v, speaker=w.id, speakers=(), role=None, affiliation=None, kind="other")
        kept.append(v)
    return sorted(kept + made, key=lambda v: v.span)


def _reports_other(text: str, span: Span) -> bool:
    """Does a sentence hold a reporting verb ("The court found …", "X argued that …")? In an
    editorial the paper reports others' words there; such a sentence is not its own view."""
    pattern, cues = _lexicon()
    for m in pattern.finditer(text, *span):
        info = cues.get(" ".join(m.group(1).split()))
        if (
            info is not None
            and info.kind in {"speech", "belief", "stance", "evidence"}
            and _WE_BEFORE.search(text, max(span[0], m.start() - 30), m.start()) is None
        ):
            return True
    return False


# The paper's own "we" before its verb ("We have long argued …") is no report of others.
_WE_BEFORE = lazy(r"\b(?:[Ww]e|I)\b(?:\s+[a-z]+){0,2}\s+$")


@functools.cache
def _stance_re() -> re.Pattern[str]:
    """Any stance marker of data/stance_markers.json as a whole word (case aside)."""
    words = {w.lower() for e in rules.entries("stance_markers") for w in e["words"]}
    words |= {w.replace("'", "’") for w in words}  # either apostrophe
    alts = trie_regex(words, space=_ANY_SPACE)
    return rx_compile(rf"(?<![\w’'-])(?:{alts})(?![\w’'-])", re.IGNORECASE)


# the lexicons' regexes in lazyre's code cache (`python -m briefgen.lazyre`), made on first use
at_build(lambda: (_lexicon(), _participles(), _stance_re()))


def _stance(text: str, span: Span) -> bool:
    """Does a sentence take a stance (an evaluation, a recommendation, a hedge, the writer's
    "we", a question or an exclamation) rather than narrate plain fact? An editorial's
    report of events ("Last week the agency joined the inquiry.") is no view of the paper."""
    s, e = _strip(text, *span)
    if text[e - 1 : e] in "?!" and e > s or text[e - 2 : e] in ('?"', "?”", '!"', "!”"):
        return True
    return _stance_re().search(text, s, e) is not None


def _same_run(text: str, prev: Span, nxt: Span) -> bool:
    """Are two sentences of a paragraph adjacent (nothing but space between them)?"""
    return not text[prev[1] : nxt[0]].strip()


# A fronted phrase before a sentence's subject: "On Sunday, ", "In an interview on "X," ".
_LEAD_FRONTED = lazy(r"(?:[A-Z][\w’'-]*\s[^.!?]{0,80}?,[\"”’']?\s+)?")
# After the subject (and its appositive or parenthesis): a verb that is no passive or copula.
_NOT_ACTING = frozenset({"was", "were", "is", "are", "be", "been", "has", "had", "have", "and",
                         "or", "who", "whose", "which", "that", "to", "of", "in", "on", "at"})
_SUBJECT_TAIL = lazy(
    r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([^()]{1,40}\))?"
    r"(?:,[^,.!?“”\"]{1,140},)?\s+([a-z]+)\b"
)


def _lead_subject(res: _Resolver, doc: Document, q: Quote, lo: int) -> tuple[Span, Actor] | None:
    """The person who is the subject of the sentence just before a bare quotation in its
    paragraph: 'Sen. Roe, who lost the primary, described X as Y. “Quote.”' quotes Roe (the
    news convention: a quotation after a sentence about someone is theirs). Only a named person
    (no pronoun) acting (not "Roe was arrested", "Roe's aide"), opening the sentence after at
    most a fronted phrase and its comma."""
    text = res.text
    qs = q.outer[0]
    i = bisect.bisect_right(res.sent_starts, qs - 1) - 1
    if i < 0:
        return None
    ss = res.sent_starts[i]
    if ss >= qs:
        i -= 1
        ss = res.sent_starts[i] if i >= 0 else -1
    if ss < lo or not text[ss:qs].rstrip().endswith((".", "!", "?")) or res.quoted(ss):
        return None
    before = text[max(lo, ss - 3) : ss].rstrip()
    if ss > lo and not before.rstrip("\"”’'").endswith((".", "!", "?")):
        return None  # a sentence split inside a title or a quotation: no clause of its own
    for ms, me, a in res.covering(ss, min(qs, ss + 160)):
        if ms < ss:
            continue
        if a.kind != "person":
            return None  # an organisation or a place subject first: not a person's sentence
        fm = _LEAD_FRONTED.match(text, ss, ms)
        if fm is None or any(
            w.lower().rstrip(".") not in _title_words() for w in text[fm.end() : ms].split()
        ):
            return None
        tm = _SUBJECT_TAIL.match(text, me, qs)
        if tm is None or tm.group(1) in _NOT_ACTING:
            return None
        return (ms, me), a
    return None


def _carried(
    doc: Document, quotes: list[Quote], views: list[View], res: _Resolver
) -> list[View]:
    """Quotes no view covers: a continuation of the speaker just before, or a scare quote;
    after a sentence about a person in its paragraph, that person's."""
    text = doc.text
    out: list[View] = []
    vstarts = sorted(views, key=lambda v: v.span)
    keys = [v.span[0] for v in vstarts]
    # The story quotes with double marks: more of them than single-marked quotes in running text.
    singles = sum(_single_marked(text, q) for q in quotes)
    pulls = {q.outer for q in quotes if _pull_quote(doc, q)} if singles else set()
    double_style = len(quotes) - singles > singles - len(pulls)
    for q in quotes:
        s, e = q.inner
        if e <= s:
            continue
        if double_style and q.outer in pulls:
            continue  # a subheading quoting the story ('A Legend in the Fields.'): no speech
        i = bisect.bisect_right(keys, e) - 1
        if i >= 0 and vstarts[i].span[1] > s:
            continue  # inside an existing view: counts once
        nwords = len(_words(text, s, e))
        para = doc.paragraphs[q.paragraph].span
        lead = text[max(para[0], q.outer[0] - 200) : q.outer[0]].strip(" \t\n-•*–")
        if q.outer[0] - para[0] > 200:
            lead = "x " + lead
        prev = None
        if i >= 0:
            v = vstarts[i]
            if q.paragraph - _para_of(doc, v.span[0]) <= 1 and v.span[1] <= s:
                prev = v
        subj = (
            _lead_subject(res, doc, q, para[0])
            if not q.continued and lead[-1:] in ".!?" and nwords >= 4
            else None
        )
        if subj is not None and prev is not None and (
            prev.speaker == subj[1].id or prev.span[0] >= subj[0][0]
        ):
            subj = None  # the sentence before is the speaker's own attribution: carried on
        if subj is not None:
            (ms, me), a = subj
            role, affiliation, kind = _role_kind(
                text, _Found((ms, me), (ms, me), None, "", (s, e), "quote-after"), a
            )
            out.append(
                View(
                    speaker=a.id,
                    speaker_text=text[ms:me],
                    speaker_span=(ms, me),
                    role=role,
                    affiliation=affiliation,
                    kind=kind,
                    direct=True,
                    cue="",
                    text=text[s:e],
                    span=(s, e),
                    rule="quote-after-subject",
                )
            )
        elif prev is None or not (q.continued or not lead or lead[-1:] in ".!?" + DOUBLE_CLOSE):
            continue
        else:
            ended = lead[-1:] in ".!?" or lead[-2:-1] in ".!?"  # “… Show.” “B.”
            if nwords < (2 if not lead or q.continued or ended else 4):
                continue
            out.append(
                View(
                    speaker=prev.speaker,
                    speaker_text=prev.speaker_text,
                    speaker_span=prev.speaker_span,
                    role=prev.role,
                    affiliation=prev.affiliation,
                    kind=prev.kind,
                    direct=True,
                    cue=prev.cue,
                    text=text[s:e],
                    span=(s, e),
                    rule="quote-continued",
                )
            )
        # kept sorted (keys too): a paragraph continued again finds this part as its prev
        k = bisect.bisect_right(keys, s)
        vstarts.insert(k, out[-1])
        keys.insert(k, s)
    return out


def _single_marked(text: str, q: Quote) -> bool:
    """Is a quotation opened by a single mark ('…' or ‘…’, not the doubled '')?"""
    o = q.outer[0]
    return text[o] in "'‘" and text[o + 1 : o + 2] != "'"


def _pull_quote(doc: Document, q: Quote) -> bool:
    """A paragraph that is one short single-quoted phrase alone, in a story that quotes with
    double marks, is a subheading pulled from the story (NYT and Post style: 'A Change
    Warrior.'), not a quotation continued from the paragraph before."""
    text = doc.text
    ps, pe = doc.paragraphs[q.paragraph].span
    return (
        _single_marked(text, q)
        and not text[ps : q.outer[0]].strip()
        and not text[q.outer[1] : pe].strip()
        and len(_words(text, *q.inner)) <= 8
    )


_DISFLUENCY = lazy(r"(?<![\w’'-])(?:[Uu]h|[Uu]m|[Uu]hm)(?=[\s,.])")


def _soundbites(doc: Document, views: list[View]) -> list[View]:
    """A broadcast script runs its soundbites unquoted and unlabelled after "Jane Roe says …":
    a paragraph with no quotation marks whose speech hesitates ("uh") is the direct speech of
    the person who spoke last in the paragraph before (its pronoun-led views are inside it)."""
    text = doc.text
    out = list(views)
    by_para: dict[int, list[View]] = {}
    for v in views:
        by_para.setdefault(_para_of(doc, v.span[0]), []).append(v)
    for pi, para in enumerate(doc.paragraphs):
        s, e = para.span
        if pi == 0 or not _DISFLUENCY.search(text, s, e) or _QUOTE_MARK.search(text, s, e):
            continue
        inside = by_para.get(pi, [])
        if any(v.speaker_text.lower() not in _PRONOUNS for v in inside):
            continue  # a named speaker inside: the paragraph attributes itself
        prev = by_para.get(pi - 1)
        last = prev[-1] if prev else None
        if last is None or last.speaker is None or last.speaker_text.lower() in _PRONOUNS:
            continue
        s, e = _strip(text, s, e)
        if len(_words(text, s, e)) < 6:
            continue
        out = [v for v in out if v not in inside]
        soundbite = replace(last, direct=True, text=text[s:e], span=(s, e), spans=(),
                            rule="soundbite")
        out.append(soundbite)
        by_para[pi] = [soundbite]
    return out
