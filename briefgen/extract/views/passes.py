"""Passes over the document after the unit-by-unit reading: quotes nested in single marks with
their own attribution, views reported inside other views, quotations after a colon (blocks that
open the next paragraph, and whole quotes closing a clause), and dash credits ("“…” ― Jane Roe").
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import replace

from briefgen.extract import coref
from briefgen.extract.quotes import DOUBLE_OPEN, Quote
from briefgen.extract.views.clauses import _one_spaced
from briefgen.extract.views.patterns import _Found, _lexicon
from briefgen.extract.views.pronouns import _possessor, _role_kind
from briefgen.extract.views.records import _view
from briefgen.extract.views.speakers import _opens_sentence, _para_of, _Resolver
from briefgen.extract.views.units import _content, _plausible, _strip, _words
from briefgen.lazyre import lazy
from briefgen.model import Actor, Document, Paragraph, Span, View

_CAP_WORD = lazy(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


_DASH_CREDIT = lazy(
    r"[ \t\u00a0]*[―—–][ \t\u00a0]*([A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,4})"
)


# Inside a quotation, "He said, ‘…’" / "His aides told me, ‘…’" / "she goes, ‘…’": a quote
# nested in the speaker's own words, with its own attribution (subject, verb, opening mark).
_NESTED_CUE = lazy(
    r"(?:^|(?<=[\s“\"(]))((?:[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Tt]hat|[Tt]his|[Aa]|[Hh]is|[Hh]er|"
    r"[Tt]heir)\s+[a-z]+|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}))\s+(said|says|goes|went|asked|"
    r"told\s+(?:me|us|him|her|them)|replied|answered|wrote)[,:]?\s+([‘'])(?=[A-Z])"
)


def _nested(
    doc: Document, quotes: list[Quote], starts: list[int], views: list[View], res: _Resolver
) -> list[View]:
    """A quote nested in a direct view with its own attribution ("“He said, ‘Trust me.’ That
    worries me,” Roe said"): the outer view stays whole and the outer speaker's (she said all of
    it); the inner words are also a view of the one she quotes, resolved as any speaker. Never
    for the speaker quoting herself ("I said, ‘…’"): the outer view already holds it."""
    text = doc.text
    out: list[View] = []
    for v in views:
        if not v.direct:
            continue
        for vs, ve in (v.span, *v.spans):
            for m in _NESTED_CUE.finditer(text, vs, ve):
                s = m.end()
                e = s
                while True:
                    e = min((k for k in (text.find("’", e, ve), text.find("'", e, ve)) if k >= 0),
                            default=-1)
                    if e < 0 or not (e + 1 < ve and text[e + 1].isalpha()):
                        break
                    e += 1  # an apostrophe ("don’t"): the nested quote goes on
                if e < 0:
                    e = ve  # closed together with the outer quote
                cs, ce = _strip(text, s, e, ",")
                if len(_words(text, cs, ce)) < 2:
                    continue
                sp = (m.start(1), m.end(1))
                lead = _NESTED_LEAD.match(text, *sp)
                if lead:
                    sp = (lead.end(), sp[1])  # "When Roe says ‘…’": Roe
                f = _Found(sp, sp, None, m.group(2), (cs, ce), "quote-nested")
                nv = _view(res, f, _para_of(doc, cs), doc, quotes, starts)
                if nv is None:
                    continue
                low = text[sp[0] : sp[1]].lower()
                if low in {"he", "she", "they"}:
                    # A pronoun inside a quotation is someone of the speaker's story: the
                    # person named last in the quotation before it, else the one named last
                    # before the quotation who is not its speaker; "they" stays unnamed.
                    pi = _para_of(doc, vs)
                    earlier = [w for w in views if w.span[0] < v.span[0]
                               and _para_of(doc, w.span[0]) >= pi - 1]
                    who = (_quoted_person(res, v, vs, sp[0], low, earlier)
                           if low != "they" else None)
                    role, affiliation, kind = _role_kind(text, f, who)
                    nv = dataclasses.replace(nv, speaker=who.id if who else None, speakers=(),
                                             role=role, affiliation=affiliation, kind=kind)
                out.append(dataclasses.replace(nv, direct=True))
    return out


# Reported speech inside a view, with a named source of its own (gold: the inner words are the
# inner speaker's view): "“… Tom tells me he wants to stay here,” his aunt said",
# "Roe said Doe was right when he said Monday that …", "“as the Daily Ledger wrote, it shows …”",
# "“Doe has been out there saying …”", "“He began it long ago by saying …”".
_EMBED_CUE = lazy(
    r"(?<![\w’'-])(said|says|wrote|writes|claimed|claims|insisted|insists|argued|argues|warned|"
    r"announced|saying|(?:told|tells)\s+(?:me|us|him|her|them))(?![\w’'-])"
)
# What may stand between the inner subject and its verb ("has also", "has been out there").
_EMBED_GAP = frozenset({
    "has", "have", "had", "also", "repeatedly", "often", "always", "publicly", "recently",
    "once", "been", "out", "there", "even", "already", "just", "then", "later", "first", "now",
    "again", "himself", "herself", "previously", "famously", "reportedly",
})
# A relative or interrogative before the subject: "what he said", "which Doe says" (no view).
_EMBED_NOT_BEFORE = frozenset({
    "what", "which", "who", "whom", "whose", "that", "if", "whether", "than", "like", "to", "of",
    "for", "with", "about", "from", "in", "at", "on", "by", "into", "under", "over", "near",
    "everything", "anything", "nothing", "all", "mine", "yours", "ours", "theirs",
})
_EMBED_LEADS = frozenset({"when", "as", "and", "but", "so", "then", "because", "after", "before",
                          "while", "once", "until", "since", "though", "although", "even"})
# The words a complement clause may open with after "said that" (else "that" is the object:
# "He said that very simply because …").
_THAT_SUBJECT = lazy(
    r"[ \t\u00a0]+(?:[A-Z\d“\"‘]|(?:the|a|an|his|her|their|its|our|my|your|this|these|those|some|"
    r"no|all|most|every|many|there|he|she|it|they|we|i|you|none|both|each|any|one)\b|(?:in|under|"
    r"on|at|after|before|during|since|if|when|while|because|although|despite|without|with|by|"
    r"for|unlike|like)\b[^,.;:!?]{1,60},)"
)
_EMBED_TIME = lazy(
    r"(?:[ \t\u00a0]+(?:(?:on|last|this|early|late|earlier|later)[ \t\u00a0]*)?(?:[A-Z][a-z]+day|"
    r"night|week|month|year|morning|evening|afternoon|yesterday|today)\b){0,2}(?:,?[ \t\u00a0]+"
    r"that\b(?=" + _THAT_SUBJECT.pattern + r"))?"
)
_THAT_OBJECT = lazy(r",?[ \t\u00a0]+that\b")
_EMBED_WORD = lazy(r"[“\"‘]?[\w’'.-]+[”\"’]?")


# "… whenever he says it, from A to B": the verb's object, no reported words.
# "Roe said in her note, per the …": the outer attribution's own circumstances.
_EMBED_OBJECT = lazy(
    r"(?:(?:it|this|that|so|nothing|something|anything|yes|no)\b(?![ \t\u00a0]+[a-z])|(?:in|at|on|"
    r"during|after|before|about|to|by|with|from|for|of|through|via)\b)"
)


def _named_before(res: _Resolver, lo: int, pos: int, pronoun: str) -> Actor | None:
    """The person of the pronoun's gender who last opens a sentence of [lo, pos), or lo itself
    (the subject the story is about: "Roe said Doe was right when he said …"); not a possessor
    ("Doe's leg") nor someone named inside a clause ("whether Doe runs, and though she said")."""
    g = coref.pronoun_gender(pronoun)
    text = res.text
    for ms, me, a in reversed(res.covering(lo, pos)):
        if (
            a.kind == "person"
            and lo <= ms
            and me <= pos
            and res.gender.get(a.id, g) == g
            and not _possessor(text, me)
            and (not text[lo:ms].strip(" “\"‘") or _opens_sentence(text, ms, True))
        ):
            return a
    return None


def _embedded_subject(text: str, lo: int, vs: int) -> Span | None:
    """The subject right before an inner verb at vs (after gap words such as "has also"): a
    he/she, or a run of capitalised words; None for anything else or after a relative."""
    words = [(m.start(), m.end()) for m in _EMBED_WORD.finditer(text, max(lo, vs - 90), vs)]
    k = len(words) - 1
    gap = 0
    while k >= 0 and text[words[k][0] : words[k][1]].lower() in _EMBED_GAP and gap < 4:
        k -= 1
        gap += 1
    if k < 0:
        return None
    s, e = words[k]
    w = text[s:e].strip("“”\"‘’'")
    if w.lower() in {"he", "she"}:
        run = k
    elif w[:1].isupper():
        run = k
        while run > 0 and k - run < 3 and text[words[run - 1][0] : words[run - 1][1]].strip(
            "“”\"‘’'"
        )[:1].isupper():
            run -= 1
        while run < k and text[words[run][0] : words[run][1]].strip("“”\"‘’'[]").lower() in (
            _EMBED_NOT_BEFORE | _EMBED_LEADS
        ):
            if text[words[run][0] : words[run][1]].strip("“”\"‘’'[]").lower() in _EMBED_NOT_BEFORE:
                return None  # "Everything [Roe] said is …"
            run += 1  # "When Roe said …": Roe
        s = words[run][0]
    else:
        return None
    if "," in text[s:vs] or "." in text[words[k][1] : vs]:
        return None  # "Acme, which Doe runs, said": no subject of the inner verb
    if run > 1 and text[words[run - 1][0] : words[run - 1][1]].lower() == "the":
        run -= 1  # "that the State Department said": the word before "the"
    before = text[words[run - 1][0] : words[run - 1][1]].lower() if run > 0 else ""
    if before.strip("“”\"‘’'[]") in _EMBED_NOT_BEFORE or text[s:e].strip(
        "“”\"‘’'[]"
    ).lower() in _EMBED_NOT_BEFORE:
        return None  # "in Washington said", "Everything [Roe] said is …"
    return _strip(text, s, e, "“”\"‘’'")


# Between a content-opening subject and its reporting verb: "has long", "also", "earlier
# Friday", "on Monday" ("that the commission announced earlier Friday that …").
_OPEN_GAP = lazy(
    r"(?:[ \t\u00a0]+(?:has|have|had|also|once|long|repeatedly|previously|recently|publicly|"
    r"already|first|earlier|later|on|last|this|[A-Z][a-z]+day)\b){0,4}[ \t\u00a0]+"
)
_OPEN_THE = lazy(r"(?:[Tt]he[ \t\u00a0]+)?")
# Reporting verbs that take their clause with no addressee or object first (not "raised",
# "maintains", "refers to", "viewed … as": their object is no reported content).
_OPEN_FORMS = frozenset({
    "said", "says", "warned", "warns", "noted", "notes", "argued", "argues", "claimed", "claims",
    "insisted", "insists", "announced", "announces", "declared", "declares", "stated",
    "asserted", "asserts", "contended", "contends", "acknowledged", "acknowledges", "admitted",
    "admits", "conceded", "concedes", "confirmed", "confirms", "denied", "denies", "reported",
    "reports", "wrote", "writes", "tweeted", "suggested", "suggests", "explained", "explains",
    "stressed", "stresses", "emphasized", "emphasised", "complained", "complains", "predicted",
    "predicts", "believes", "believed", "expects", "expected", "hopes", "hoped", "fears",
    "feared", "worried", "worries", "has said", "have said",
})
_OPEN_CALLS = lazy(r"(?:called|calls)[ \t\u00a0]+for\b")


def _opening_source(
    res: _Resolver, text: str, ps: int, hi: int
) -> tuple[Span, Actor, str, int] | None:
    """Content that opens with its own named subject and reporting verb ("He notes that the
    commission announced earlier Friday that …", "Roe said Monday that Doe has long called for
    …"): (the subject's span, its actor, the cue, where the inner content starts). The subject
    must be a named actor that opens the content whole (no possessive: "Doe's aide said")."""
    tm = _OPEN_THE.match(text, ps, hi) if text.startswith(("The", "the"), ps) else None
    at = tm.end() if tm else ps
    k = bisect.bisect_left(res.mstarts, at)
    if k == len(res.mstarts) or res.mstarts[k] != at:
        return None  # no actor's mention opens the content (the usual case, at once)
    best: tuple[int, int, Actor] | None = None
    for ms, me, a in res.covering(at, at + 1):
        if ms == at and a.kind in {"person", "organization", "country"} and (
            best is None or me > best[1]
        ):
            best = (ms, me, a)
    if best is None or text[best[1] : best[1] + 2] in ("’s", "'s"):
        return None
    ms, me, a = best
    gm = _OPEN_GAP.match(text, me, hi)
    if gm is None:
        return None
    fm = _OPEN_CALLS.match(text, gm.end(), hi)
    if fm is not None:
        return (ms, me), a, "called for", fm.end()
    cm = _lexicon()[0].match(text, gm.end(), hi)
    if cm is not None:
        form = " ".join(cm.group(1).split())
        if form not in _OPEN_FORMS:
            return None
        return (ms, me), a, form, cm.end()
    return None


def _opening_views(
    doc: Document, views: list[View], res: _Resolver, seen: set[tuple[int, str | None]]
) -> list[View]:
    """The inner view of each reported view whose content opens with its own source and verb
    (the gold convention: the inner words are the inner speaker's view; the outer stays)."""
    text = doc.text
    out: list[View] = []
    opens = frozenset(res.mstarts)
    for v in views:
        if v.direct:
            continue
        ps, pe = v.span
        tm = _OPEN_THE.match(text, ps, pe) if text.startswith(("The", "the"), ps) else None
        if (tm.end() if tm else ps) not in opens:
            continue  # (no actor's mention opens the content: see _opening_source)
        hit = _opening_source(res, text, ps, pe)
        if hit is None:
            continue
        sp, who, cue, after = hit
        if who.id in {v.speaker, *v.speakers}:
            continue
        tm = _EMBED_TIME.match(text, after)
        if cue != "called for" and _THAT_OBJECT.match(text, tm.end() if tm else after):
            continue  # "said that very plainly": "that" is the object
        cs, ce = _strip(text, tm.end() if tm else after, pe, ",:;—–-")
        cs, ce = _content(text, cs, ce, [], [])
        if len(_words(text, cs, ce)) < 3 or ce <= cs or _EMBED_OBJECT.match(text, cs):
            continue
        if (cs, who.id) in seen:
            continue
        seen.add((cs, who.id))
        f = _Found(sp, sp, None, cue, (cs, ce), "view-opening")
        role, affiliation, kind = _role_kind(text, f, who)
        out.append(View(
            speaker=who.id, speakers=(), speaker_text=text[sp[0] : sp[1]], speaker_span=sp,
            role=role, affiliation=affiliation, kind=kind, direct=False, cue=cue,
            text=text[cs:ce], span=(cs, ce), rule="view-opening",
        ))
    return out


def _embedded(
    doc: Document, views: list[View], res: _Resolver
) -> list[View]:
    """Views reported inside other views, each of its own named (or, after a named person, he/
    she) source. Only when that source is an actor the text names and not the outer speaker."""
    text = doc.text
    out: list[View] = []
    seen = {(v.span[0], v.speaker) for v in views}
    for v in views:
        outer = {v.speaker, *v.speakers}
        for ps, pe in (v.span, *v.spans):
            for m in _EMBED_CUE.finditer(text, ps, pe):
                k = bisect.bisect_right(res.sent_starts, m.start()) - 1
                lo = max(ps, doc.sentences[k].span[0] if k >= 0 else ps)
                hi = min(pe, doc.sentences[k].span[1] if k >= 0 else pe)
                sp: Span | None
                if m.group(1) == "saying" and text[max(lo, m.start() - 3) : m.start()] == "by ":
                    first = _EMBED_WORD.search(text, lo, m.start())  # "He … by saying …"
                    sp = _strip(text, *first.span(), "“”\"‘’'") if first else None
                    if sp and not (text[sp[0] : sp[1]].lower() in {"he", "she"}
                                   or text[sp[0]].isupper()):
                        sp = None
                elif m.group(1) == "saying" and not text[max(lo, m.start() - 12) : m.start()] \
                        .endswith(("been ", "there ")):
                    continue  # "an e-mail to Doe saying …": the participle's subject is not Doe
                else:
                    sp = _embedded_subject(text, lo, m.start())
                if sp is None:
                    continue
                tm = _EMBED_TIME.match(text, m.end())
                if _THAT_OBJECT.match(text, tm.end() if tm else m.end()):
                    continue  # "said that very plainly": "that" is the object
                cs, ce = _strip(text, tm.end() if tm else m.end(), hi, ",:;—–-")
                cs, ce = _content(text, cs, ce, [], [])
                if len(_words(text, cs, ce)) < 3 or ce <= cs or _EMBED_OBJECT.match(text, cs):
                    continue
                low = text[sp[0] : sp[1]].lower()
                who: Actor | None
                if low in {"he", "she"}:
                    who = _named_before(res, ps, sp[0], low)
                else:
                    who = None
                    for ms, me, a in res.covering(sp[0], sp[1]):
                        if ms >= sp[0] - 4 and me <= sp[1] + 1:
                            who = a  # the last actor the run names
                            sp = (max(ms, sp[0]), min(me, sp[1]))
                if who is None or who.id in outer or (cs, who.id) in seen:
                    continue
                seen.add((cs, who.id))
                f = _Found(sp, sp, None, m.group(1), (cs, ce), "view-embedded")
                role, affiliation, kind = _role_kind(text, f, who)
                out.append(View(
                    speaker=who.id, speakers=(), speaker_text=text[sp[0] : sp[1]],
                    speaker_span=sp, role=role, affiliation=affiliation, kind=kind,
                    direct=False, cue=_one_spaced(m.group(1)), text=text[cs:ce], span=(cs, ce),
                    rule="view-embedded",
                ))
    return out + _opening_views(doc, views, res, seen)


_SOMEONE = lazy(
    r"\b(?:[Aa]n?|[Oo]ne|[Ss]ome|[Tt]his)\s+(?:[a-z-]+\s+){0,2}?(?:woman|man|caller|voter|"
    r"friend|person|girl|boy|lady|guy|mother|father|student|reporter|nurse|doctor|worker|"
    r"supporter|veteran|neighbor|neighbour|stranger|constituent|resident)\b"
)
_NESTED_LEAD = lazy(r"(?:When|If|And|But|So|Then|Because|As|After|Before|While|Once)\s+")


def _quoted_person(
    res: _Resolver, v: View, qs: int, pos: int, pronoun: str, earlier: list[View]
) -> Actor | None:
    """The person a he/she inside v's quotation (from qs) names, of the pronoun's gender: the
    person named last in the quotation before it, else the latest other speaker of `earlier`
    (the views of this and the previous paragraph before the quotation); else nobody."""
    g = coref.pronoun_gender(pronoun)
    text = res.text
    if _SOMEONE.search(text, max(0, v.span[0] - 300), pos):  # (the quote's earlier part too)
        return None  # "“A young woman stopped me. She said, ‘…’”": someone unnamed
    for w in reversed(_CAP_WORD.findall(text, qs, pos)):
        a = res.by_name(w, pos)
        if a is not None and a.kind == "person" and res.gender.get(a.id, g) == g:
            return a
    for w in reversed(earlier):
        a = res.actor(w.speaker)
        if a is not None and a.kind == "person" and a.id != v.speaker and res.gender.get(
            a.id, g
        ) == g:
            return a  # "…, he said. ¶ “He told us, ‘…’,” Roe said": the one who spoke before
    return None


_COLON_END = lazy(r"[ \t\u00a0]*:[ \t\u00a0]*$")
_COLON_LEAD = lazy(r"(?:and|but|as|so|then)[\s\u00a0]+")
_COLON_TAIL = lazy(
    r"[\s\u00a0]+(?:went|goes|go)[\s\u00a0]+on[\s\u00a0]+to$|[\s\u00a0]+(?:continued|began|"
    r"continues|begins|wanted|decided|had|has|have|was|is|would|will)[\s\u00a0]+to$"
)


def _colon_blocks(
    doc: Document, quotes: list[Quote], starts: list[int], views: list[View], res: _Resolver
) -> list[View]:
    """A quote opening the paragraph after a short attribution that ends with a colon
    ("Dr. Roe stated:" / "Stated Roe:" / "The senator went on:" ¶ “…”): the speaker's words,
    as 'X said: “…”' is within one paragraph. Its continued paragraphs follow (_carried)."""
    text = doc.text
    paras = doc.paragraphs
    taken = sorted(v.span for v in views)
    keys = [a for a, _ in taken]
    pattern, cues = _lexicon()
    out: list[View] = []
    for q in quotes:
        pi = q.paragraph
        if pi == 0 or q.continued:
            continue
        ps = paras[pi].span[0]
        if text[ps : q.outer[0]].strip() or not q.closed and not _opens(text, pi + 1, paras):
            continue  # the quote must open its paragraph (and be one, or run on)
        s, e = q.inner
        i = bisect.bisect_right(keys, e) - 1
        if e <= s or (i >= 0 and taken[i][1] > s) or len(_words(text, s, e)) < 3:
            continue
        bs, be = paras[pi - 1].span
        colon = _COLON_END.search(text, max(bs, be - 200), be)
        if colon is None:
            continue
        k = bisect.bisect_right(res.sent_starts, colon.start() - 1) - 1
        lo = max(bs, res.sent_starts[k] if k >= 0 else bs)
        cm = None
        for cm in pattern.finditer(text, lo, colon.start()):
            pass
        if cm is None:
            continue
        info = cues.get(" ".join(cm.group(1).split()))
        if info is None or info.kind != "speech":
            continue
        before = _strip(text, lo, cm.start(), ",")
        after = _strip(text, cm.end(), colon.start(), ",")
        if after[1] > after[0] and before[1] <= before[0]:
            sp = after  # "Stated Roe:"
        elif after[1] <= after[0] or text.count(" ", *after) <= 2:
            sp = before  # "Dr. Roe stated:", "Roe told reporters:"
        else:
            continue  # "… as the website notes in a long passage:" is no attribution here
        comma = text.rfind(", ", *sp)
        if comma >= 0:
            sp = _strip(text, comma + 1, sp[1])  # "In a 1963 speech, he declared:"
        lead = _COLON_LEAD.match(text, *sp)
        if lead:
            sp = (lead.end(), sp[1])  # "…, and Roe responded:", "as the website notes:"
        tail = _COLON_TAIL.search(text, *sp)
        if tail:
            sp = (sp[0], tail.start())  # "She went on to say:"
        if sp[1] <= sp[0] or not _plausible(text, *sp, lenient=True):
            continue
        f = _Found(sp, sp, None, text[cm.start() : cm.end()].strip(), (s, e), "colon-block")
        v = _view(res, f, pi, doc, quotes, starts)
        if v is not None:
            out.append(v)
    return out


# "Roe boomed:", "Mr. Roe shot back:", "She went even further:", "He then addressed the crowd
# again:" — a subject that names someone, a past-tense verb of any kind, and a colon before a
# whole quotation. The irregular pasts that introduce words; the rest end in -ed.
_COLON_SUBJECT = lazy(r"(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_COLON_VERB = lazy(
    r"[ \t\u00a0]+(?:(?:then|later|again|also|quickly|simply|finally|once\s+more|[a-z]+ly)"
    r"[ \t\u00a0]+)?(?P<v>[a-z]{3,}ed|shot|went|struck|spoke|gave|sent|put|took|hit|fired|"
    r"made|kept|began|sang|swore|broke)\b[^:;“”\"\n]{0,80}?:[ \t\u00a0]*$"
)
_COLON_TITLES = lazy(r"(?:[A-Z][a-z]{0,4}\.[ \t\u00a0]+|(?:The|President|Senator|Governor|Gov\.|"
                     r"Sen\.|Rep\.|Representative|Secretary|Mayor|Judge)[ \t\u00a0]+){1,2}")
_COLON_NOT_VERBS = frozenset({"need", "used", "based", "related", "named", "called", "led", "red",
                              "bed", "shed", "fled", "united", "dated", "seed", "speed", "feed"})


def _colon_quotes(
    doc: Document, quotes: list[Quote], starts: list[int], views: list[View], res: _Resolver
) -> list[View]:
    """A whole quotation after a colon that closes its sentence's clause, whose subject names
    someone and whose verb is any past tense ("Roe boomed: “…”", "Mr. Roe shot back: “…”",
    "She went even further: “…”"): the subject's words, as with "said: “…”". Not a thing's
    ("The sign read: “…”"), not a possessive's ("Roe's message was simple: “…”")."""
    text = doc.text
    taken = sorted(v.span for v in views)
    keys = [a for a, _ in taken]
    out: list[View] = []
    for q in quotes:
        qs = q.outer[0]
        if q.continued or not q.closed or text.find(":", max(0, qs - 3), qs) < 0:
            continue
        s, e = q.inner
        i = bisect.bisect_right(keys, e) - 1
        if e <= s or (i >= 0 and taken[i][1] > s) or len(_words(text, s, e)) < 2:
            continue
        k = bisect.bisect_right(res.sent_starts, qs - 1) - 1
        lo = max(doc.paragraphs[q.paragraph].span[0], res.sent_starts[k] if k >= 0 else 0)
        if qs - lo > 200 or text.find(":", max(lo, qs - 3), qs) < 0:
            continue
        lo = _strip(text, lo, q.outer[0])[0]
        sm = _COLON_SUBJECT.match(text, lo)
        if sm is not None:
            sp: Span = (lo, sm.end())
        else:
            tm = _COLON_TITLES.match(text, lo)  # "Mr. Roe", "Sen. Jane Roe", "The X Club"
            at = tm.end() if tm else lo
            who = [(ms, me, a) for ms, me, a in res.covering(at, at + 1) if ms == at]
            if not who or who[0][2].kind not in {"person", "organization", "group"}:
                continue
            sp = (lo, who[0][1])
        vm = _COLON_VERB.match(text, sp[1], q.outer[0])
        if vm is None or vm.group("v") in _COLON_NOT_VERBS:
            continue
        f = _Found(sp, sp, None, vm.group("v"), (s, e), "colon-quote")
        v = _view(res, f, q.paragraph, doc, quotes, starts)
        if v is not None:
            out.append(replace(v, direct=True))
    return out


def _opens(text: str, pi: int, paras: tuple[Paragraph, ...]) -> bool:
    """Does paragraph pi open with a quotation mark?"""
    if pi >= len(paras):
        return False
    s, e = paras[pi].span
    t = text[s:e].lstrip()
    return t[:1] in DOUBLE_OPEN + '"'


def _dash_credits(
    doc: Document, quotes: list[Quote], starts: list[int], views: list[View], res: _Resolver
) -> list[View]:
    """A quote credited by a dash and a name ("“…” ― Jane Roe"), as in vox-pop roundups."""
    text = doc.text
    taken = sorted(v.span for v in views)
    keys = [s for s, _ in taken]
    out: list[View] = []
    for q in quotes:
        m = _DASH_CREDIT.match(text, q.outer[1])
        if not m or not q.closed:
            continue
        s, e = q.inner
        i = bisect.bisect_right(keys, e) - 1
        if e <= s or (i >= 0 and taken[i][1] > s) or len(_words(text, s, e)) < 2:
            continue
        sp = (m.start(1), m.end(1))
        f = _Found(sp, sp, None, text[m.start() : m.start(1)].strip(), (s, e), "dash-credit")
        v = _view(res, f, q.paragraph, doc, quotes, starts)
        if v is not None:
            out.append(v)
    return out
