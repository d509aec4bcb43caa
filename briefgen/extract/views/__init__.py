"""Expert and official views: direct quotes and reported speech, attributed to resolved speakers.

The paragraph is cut into quote-aware units (sentences merged while a quote is open). In each
unit one attribution is sought, in this order: "according to X", "in X's view", a label
("X: “…”"), then a reporting verb with its subject before it (X said (that) …; …, X said.) or
after it (“…,” said X, a professor at Y). A direct quote inside reported content counts once;
a quote left without attribution inherits the speaker of the view just before it (a quote that
continues over paragraphs), or is dropped when it is a short scare quote. Speakers are resolved
to actors by mention span, surname, description ("the minister", "the statement") or pronoun.

The package holds one concern per module, layered so that imports run one way: patterns.py and
units.py at the bottom; the readers of an attribution (subjects, clauses, attribution); speaker
resolution (speakers: the _Resolver state; held, descriptions, pronouns; mention on top); then
records (a _Found made a View), passes (nested, embedded, colon and dash-credited quotes),
authored (authored blocks, carried quotes); and this module on top: extract_views, the order of
the readings written out once, and views_warnings.
"""

from __future__ import annotations

import dataclasses
import re

from briefgen.extract import coref
from briefgen.extract.quotes import find_quotes
from briefgen.extract.views.attribution import _attribute, _volition
from briefgen.extract.views.authored import (
    _DISFLUENCY,
    _authored,
    _authored_views,
    _carried,
    _soundbites,
)
from briefgen.extract.views.descriptions import _home_country
from briefgen.extract.views.passes import (
    _colon_blocks,
    _colon_quotes,
    _dash_credits,
    _embedded,
    _nested,
)
from briefgen.extract.views.patterns import _IN_VIEW_WORDS, _occurrences
from briefgen.extract.views.records import _join_parts, _view
from briefgen.extract.views.speakers import _Resolver
from briefgen.extract.views.units import _units
from briefgen.lazyre import lazy
from briefgen.model import Actor, Document, View

# Reported "content" that is only an object pronoun and a time or place ("called me in
# January", "told them on Monday"): a call or a meeting, not a view.
# The object of "wrote": a written work named, not what it says ("wrote a memoir of …").
_WORK_OBJECT = lazy(
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:book|memoir|autobiography|novel|biography|play|song|poem)s?\b(?!\s+(?:that|saying))",
    re.IGNORECASE,
)
_WROTE_CUES = frozenset({"wrote", "writes", "write", "has written", "had written", "penned"})
_OBJECT_ONLY = lazy(
    r"(?:me|him|her|us|them)"
    r"(?:\s+(?:in|on|at|last|this|yesterday|today|again|back)\b[^,;]{0,30})?",
    re.IGNORECASE,
)


def _backquoted(doc: Document) -> Document | None:
    """Wire archives (AP, NYT) open quotes with ``: the same text with ““ for each ``, so the
    stage reads them as the opening marks they are (same length: every span is unchanged)."""
    if "``" not in doc.text:
        return None
    return dataclasses.replace(doc, text=doc.text.replace("``", "““"))


# The quotation-mark warnings of the document extract_views read last: views_warnings on the
# same document (build_brief asks right after) reuses them instead of pairing the marks again.
_last_warnings: tuple[Document | None, list[str]] = (None, [])


def extract_views(doc: Document, actors: list[Actor]) -> list[View]:
    """Views in document order: quotes and reported speech with resolved speakers."""
    global _last_warnings
    work = _backquoted(doc)
    read, warnings = _extract_views(work if work is not None else doc, actors)
    # A wish or refusal was read (speakers after it may lean on it) but is no view.
    views = [v for v in read if not _volition(v.cue) or v.speaker_text in _OWN_VOICE]
    # (a quote inside a quote is a story's line, "She said, ‘Thank you for coming.’")
    text = doc.text
    kept: list[View] = []
    for v in views:
        if v.rule != "quote-nested" and text[v.span[0] : v.span[0] + 2].lstrip("“\"‘'( ")[
            :1
        ] in _PHATIC_FIRST:  # (_unphatic's own first test, without the call)
            u = _unphatic(text, v)
            if u is None:
                continue
            v = u
        kept.append(v)
    views = kept
    _last_warnings = (doc, warnings)
    if work is None:
        return views
    return [
        dataclasses.replace(
            v,
            text=text[v.span[0] : v.span[1]],
            speaker_text=text[v.speaker_span[0] : v.speaker_span[1]] if v.speaker_span else "",
        )
        for v in views
    ]


def _extract_views(doc: Document, actors: list[Actor]) -> tuple[list[View], list[str]]:
    text = doc.text
    quotes, warnings = find_quotes(doc)
    starts = [q.outer[0] for q in quotes]
    units = _units(doc, quotes)
    res = _Resolver(text, list(actors))
    res.gender = coref.genders(doc, actors)
    res.doc = doc
    res.qspans = [q.outer for q in quotes]
    res.home = _home_country(doc, actors)
    res.sent_starts = [st.span[0] for st in doc.sentences]
    res.qstarts = starts
    views: list[View] = []
    # Every word of every actor's name and aliases, lower case.
    names = frozenset(
        " ".join([n for a in actors for n in (a.name, *a.aliases) if n]).lower().split()
    )
    # The headline, kicker and standfirst are not read for views: a headline's "X says Y" or
    # "X: Y" restates the lead as a title ("Poll: …", "Stealth Over Health: …"), and news gold
    # keeps views to the body, where the attribution is written in full.
    covered_to = -1
    in_view = _occurrences(text, _IN_VIEW_WORDS)
    for (us, ue), pi in units:
        para = doc.paragraphs[pi].span
        if us < covered_to:
            continue
        for f in _attribute(text, (us, ue), para, quotes, starts, names, in_view):
            v = _view(res, f, pi, doc, quotes, starts)
            if v is None or (not v.direct and _OBJECT_ONLY.fullmatch(v.text)):
                continue
            if not v.direct and _WORK_OBJECT.match(v.text) and v.cue.lower() in _WROTE_CUES:
                continue  # "Roe wrote a memoir of her years in office": a work, not a claim
            views.append(v)
            res.history.append(v)
            if f.rule == "label":
                covered_to = f.content[1]
    views.extend(_dash_credits(doc, quotes, starts, views, res))
    views.extend(_colon_quotes(doc, quotes, starts, views, res))
    blocks = _colon_blocks(doc, quotes, starts, views, res)
    if blocks:
        # "In a speech on Monday, she declared:" read before as a sentence-final attribution
        # of its own opening words: the colon's quotation is what she declared
        intro = {b.speaker_span for b in blocks}
        views = [v for v in views if not (v.rule == "verb-final" and v.speaker_span in intro)]
        views.extend(blocks)
    views.extend(_carried(doc, quotes, views, res))
    if "‘" in text or "'" in text:
        views.extend(_nested(doc, quotes, starts, views, res))
    embedded = _embedded(doc, views, res)
    if any(w in text for w in _HESITATIONS) and _DISFLUENCY.search(text):
        views = _soundbites(doc, views)
    views.sort(key=lambda v: v.span)
    joined = _join_parts(doc, views, quotes, starts)
    if embedded:  # (apart from the joining: a quote split around one is still one view)
        joined = sorted(joined + embedded, key=lambda v: v.span)
    authored = _authored(doc, res)
    if authored:
        joined = _authored_views(doc, quotes, starts, joined, res, authored)
    return joined, warnings


# A greeting or thanks, with its addressee ("Hello, folks.", "Thank you very much.", "Good
# morning, everybody.", "Thank you all for coming."): the ritual of a speech or an interview,
# no view. One to three such sentences make the whole content; "Thank God the bill failed",
# "Good luck with that plan" and "We thank our allies for …" say something.
_ADDRESSEE = (
    r"(?:,?\s+(?:folks|everybody|everyone|all|you\s+all|y['’]all|guys|friends|my\s+friends|"
    r"ladies\s+and\s+gentlemen|sir|ma['’]am|(?-i:(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w’'-]+|"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})))?"
)
_PHATIC_ONE = (
    r"(?:(?:hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening)|welcome(?:\s+back)?|"
    r"(?:oh\s+|well\s+)?(?:thank\s+you|thanks)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?"
    r"(?:\s+(?:all|everyone|everybody|guys|folks))?(?:\s+(?:so|very)\s+much)?"
    r"(?:\s+(?:for\s+(?:coming(?:\s+(?:over|out|here|tonight|today))?|being\s+here|"
    r"having\s+(?:me|us)|the\s+question|joining\s+us|your\s+time|that|inviting\s+(?:me|us)|"
    r"the\s+introduction|the\s+kind\s+words|listening)))?|ladies\s+and\s+gentlemen)" + _ADDRESSEE + r")"
)
_PHATIC = lazy(
    rf"\W*{_PHATIC_ONE}[\s.!,;]*(?:(?:and\s+)?{_PHATIC_ONE}[\s.!,;]*){{0,2}}", re.IGNORECASE
)


_PHATIC_LEAD = lazy(rf"\W*(?:{_PHATIC_ONE}\s*[.!]+\s+)+(?=[“\"‘']?[A-Z])", re.IGNORECASE)


_PHATIC_FIRST = frozenset("hHtTgGwWlLoO")  # what a greeting or thanks opens with


def _unphatic(text: str, v: View) -> View | None:
    """A view without its greeting or thanks: None when that is all it says; else its
    content from the first part or sentence that is not one ("Hello, folks. We will win")."""
    s = v.span[0]
    if text[s : s + 2].lstrip("“\"‘'( ")[:1] not in _PHATIC_FIRST:
        return v  # (the usual case, at once)
    parts = [v.span, *v.spans]
    while parts and _PHATIC.fullmatch(text, *parts[0]) and parts[0][1] - parts[0][0] < 120:
        parts.pop(0)
    if not parts:
        return None
    s, e = parts[0]
    lead = _PHATIC_LEAD.match(text, s, e)
    if lead is not None:
        s = lead.end()
    if (s, e) == v.span:
        return v
    return dataclasses.replace(v, span=(s, e), text=text[s:e], spans=tuple(parts[1:]))


# The text's own voice: "We want a stable relationship" in a speech is the speaker's position.
_OWN_VOICE = frozenset({"I", "We", "we"})


def views_warnings(doc: Document) -> list[str]:
    """Warnings for the brief: unbalanced quotation marks (each view ended at its paragraph)."""
    last, warnings = _last_warnings
    if last is doc:
        return list(warnings)
    return find_quotes(_backquoted(doc) or doc)[1]


# A broadcast transcript's hesitations ("uh", "um"): its unquoted soundbites are speech.
_HESITATIONS = (" uh", "Uh", " um", "Um")  # a cheap test before the pattern
