"""Reading a cue's subject: _subject walks left from the cue to a clause boundary (asides,
appositives, relative clauses, list heads, tickers) and resolves what it finds; with the
owners of plans and calls (_plan_owner, _plan_owners, _named_alone) and the antecedents of
relative clauses (_relative_antecedent).
"""

from __future__ import annotations

import bisect
import re

from briefgen import rules
from briefgen.extract import coref
from briefgen.extract.commitments.cues import (
    CUES,
)
from briefgen.extract.commitments.descriptions import (
    _prev_subject,
)
from briefgen.extract.commitments.patterns import (
    _COORD,
    _HE_SHE,
    _OPENER,
    _OWN_IF,
    _PRONOUN,
    _PRONOUN_OPEN,
    _PRONOUN_WE,
    _QUOTE_BEFORE_VERB,
    _REPORTED,
)
from briefgen.extract.commitments.resolve import (
    _group,
    _resolve,
)
from briefgen.extract.commitments.spans import (
    _trim,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _ids_in,
    _last_of,
    _mentions_in,
    _Subject,
)
from briefgen.lazyre import lazy
from briefgen.model import Span

# Clause boundaries when reading the subject leftwards from a cue.
_BOUND = lazy(
    r"[;:(\[“”\"]|\s[-–—]\s|,\s+(?:and|but|while|whereas|which|who)\s+|"
    r"\b(?:that|said|says|say|told(?:\s+[\w.’'-]+){1,5}?\s+that|"
    r"told(?:\s+(?-i:[a-z][\w’'-]*)){1,2}?(?=\s+(?-i:he|she|it|they|we|I)\s)|"
    r"saying|added|adding|announced\s+that|"
    r"(?:announced|confirmed|indicated)(?=\s+(?:it|they|he|she|we)\s)|"
    r"stated|noted|declared|insist(?:s|ed)|because|after|when|while|where|which|who|whom|before|"
    r"until|"
    r"unless|once|if|"
    # "has paid $2 million since his campaign and the party agreed …": a clause opening mid-
    # sentence (an opening "Since X …, it" is the opener's, see _OPENER; so "that since X")
    r"(?-i:since)(?<=[a-z0-9%]\ssince)(?<!\bthat\ssince)(?<!\band\ssince)(?<!\bbut\ssince))\s+",
    re.IGNORECASE,
)

_NP_TOKEN = lazy(r"[\w.’'-]+")
_COMMA_GAP = lazy(r",\s+")
_HE_SAID = lazy(r"\b(?:he|she)\s+(?:said|told|added)", re.IGNORECASE)
_UPPER = lazy(r"[A-Z]")
_NAME_PARTICLES = lazy(r"\b(?:and|the|of|de|al|von|van)\b")
_LOWER_WORD = lazy(r"\b[a-z]")

_NP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "two",
        "three",
        "both",
        "all",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "these",
        "those",
        "new",
        "joint",
        "top",
        "senior",
        "two-day",
        "two-way",
        "u.s.",
        "s",
    ]
)


def _leading_np(text: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase a clause opens with: words up to the first lower-case verb-like word."""
    for m in _NP_TOKEN.finditer(text[start:end]):
        w = m.group()
        if w[0].islower() and w.lower() not in _NP_WORDS and not _GROUP_NOUN.fullmatch(w):
            if w in _KIND_NOUNS and m.start() > 0:
                # "The academy bought … and asked to": a body named by its kind is the phrase
                return start, start + m.end()
            return start, start + m.start()
    return start, end


# the kind nouns _BODY_SUBJECT reads ("the academy", "the company"), for _leading_np
_KIND_NOUNS = frozenset(
    [*coref.BODY_HEADS, "company", "firm", "corporation", "bank", "venture", "agency"]
)


_IT_CLEFT = lazy(r"\s+(?:is|was)$", re.IGNORECASE)  # "It is this plan that X …, hoping to"

_FINITE_NEXT = lazy(
    r"\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|does|did|"
    r"(?-i:[a-z]+ed))\b",
    re.IGNORECASE,
)
_GROUP_NOUN = lazy(
    r"sides|parties|countries|nations|leaders|governments|presidents|ministers|delegations|"
    r"allies|partners|companies|firms|members|teams|commissions|officials",
)


_COORD_END = lazy(r"(?:^|[\s,])(?:and|or|but)\s+(?:(?:also|then|\w+ly)\s+)?$", re.IGNORECASE)


def _coord_end_possible(region: str) -> bool:
    """A necessary condition for _COORD_END.search(region): a space last, before it a word
    ending as "and", "or", "but", "also", "then" or "…ly" (or a non-ASCII letter there, which
    IGNORECASE may fold to one)."""
    r = region.rstrip()
    if len(r) == len(region):
        return False
    last = r[-6:]
    return not last.isascii() or last.lower().endswith(("and", "or", "but", "also", "then", "ly"))


# A stock-exchange ticker after a company name ("Harlow Corp <HRLW.T>", "Kestrel Ltd (KSTL.T)"):
# blanked before clause boundaries are sought (its bracket is no boundary), dropped from actor_text.
_TICKER = lazy(r"\s*[<(][A-Z0-9]{1,6}\.[A-Z]{1,2}[>)]")


# A short aside in brackets right after a name, before its verb: a party/state tag ("Sen. X
# (R-Ohio)", "Gov. Y (D)"), an exchange ticker ("Acme Corp (NYSE: ACM)"), or the name's
# initials ("the Federal Energy Agency (FEA)"). It is no clause boundary: the name before it
# is still the verb's subject. Blanked like a ticker; dropped from actor_text.
_NAME_ASIDE = lazy(
    r"(?<=[\w.])\s*\((?:(?-i:[RDI])(?:-(?-i:[A-Z])[A-Za-z.]{1,12}(?:\s(?-i:[A-Z])[A-Za-z.]{1,8})?)?"
    r"|(?i:NYSE|Nasdaq|AMEX|LSE|TSX|ASX|NYSE\s+American)\s*:\s*[A-Z][A-Z0-9.]{0,7}"
    r"|(?-i:[A-Z][A-Z&.]{1,8}[s]?))\)(?=\s|,|$)"
)


# where a call for a policy ends: a semicolon, or a clause with its own subject after a comma
_CALL_END = lazy(r";|,\s+(?:but|while|whereas|although|though)\b|,\s+and\s+(?-i:[A-Z])")


def _blank_tickers(seg: str) -> str:
    if "(" in seg:
        seg = _NAME_ASIDE.sub(lambda m: " " * len(m.group()), seg)
    if "." not in seg:
        return seg
    return _TICKER.sub(lambda m: " " * len(m.group()), seg)


def _drop_asides(shown: str) -> str:
    """actor_text without the ticker or party tag that follows a name, or the day of the act
    between the name and its verb ("Japan on Tuesday pledged": "Japan")."""
    if "(" in shown:
        shown = _NAME_ASIDE.sub("", shown)
    if "day" in shown:
        shown = _DAY_AFTER_NAME.sub("", shown)
    return _TICKER.sub("", shown) if "." in shown else shown


_DAY_AFTER_NAME = lazy(
    r"(?<=\w)\s+(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today)$"
)


_THOUSANDS = lazy(r"(?<=\d),(?=\d{3}\b)")


def _subject(
    ctx: _Ctx, sent: Span, cue_start: int, floor: int, participle: bool
) -> _Subject | None:
    text = ctx.doc.text
    lo = max(sent[0], floor)
    region = _blank_tickers(text[lo:cue_start])
    if region[-1:] in ("’", "'"):
        region = region[:-1] + " "  # "who’s prepared to", "we’re working to": the contraction
    qm = (
        _QUOTE_BEFORE_VERB.search(region)
        if '"' in region or "“" in region or "`" in region  # it needs one of these marks
        else None
    )
    if qm is not None:
        # 'X and Y "reaffirmed their commitment to …," the White House said': a quotation
        # opening on the verb leaves the subject before it (the mark is no clause boundary)
        region = region[: qm.start()] + " " * (len(region) - qm.start())
    if "—" in region or "--" in region or "–" in region:
        dm = _DASH_SUBJ_ASIDE.search(region)
        if dm is not None and dm.start() > 0:
            if dm.group("w").lower() in ("and", "or", "plus"):
                # "X and his allies—and Y's allies—have been …": one coordinated subject
                region = region[: dm.start()] + _DASH_MARK.sub(
                    lambda d: " " * len(d.group()), region[dm.start() :]
                )
            elif _DESCRIBING_WORD.fullmatch(dm.group("w")):
                # "X—who had endorsed Y and Z—will headline …": an aside on X, never the subject
                region = region[: dm.start()]
                cue_start = lo + dm.start()
    cm = _CLOSED_RELATIVE.search(region)
    if cm and cm.start() > 0:
        # "X, who once advertised the brand, has since vowed to …": the antecedent
        head = region[: cm.start()]
        if head.endswith(")"):
            head = _TAIL_PAREN.sub("", head)  # "Sen. X (R-Ky.), who …": the party tag aside
        hb = 0
        for b in _BOUND.finditer(head):
            hb = b.end()
        s, e = _trim(text, lo + hb, lo + cm.start())
        if s < e:
            ids, explicit = _resolve(ctx, s, e)
            if explicit:
                return _Subject(s, e, ids, explicit, False, [])
    if (_coord_end_possible(region) and _COORD_END.search(region)) or (
        participle and region.rstrip().endswith(",")
    ):
        lb = None
        for lb in _BOUND.finditer(region):
            pass
        if lb is not None and _RELATIVE_OPEN.fullmatch(lb.group()):
            # "A, B and C, who have had to cut … and agree to buy …": the relative clause's
            # verbs share its antecedent
            ant = _relative_antecedent(ctx, lo, lo + lb.start())
            if ant is not None:
                return _Subject(ant[0], ant[1], ant[2], True, False, [], False, None, True, True)
        # the first noun phrase of the sentence that names someone ("To that end, X ... and")
        starts = [sent[0]] + [
            sent[0] + m.end() for m in _COMMA_GAP.finditer(text[sent[0] : cue_start])
        ]
        if len(starts) > 1:
            # "Along with her husband, Tom Roe, a banker, she has given …, but plans to": the
            # pronoun a finite verb follows is the clause's subject; the names in an
            # opening adverbial or its apposition before it are not ("She has given …, but")
            for st in starts[:4]:
                pm = _PRONOUN_OPEN.match(text, st, cue_start)
                if (
                    pm is not None
                    and (fm := _FINITE_NEXT.match(text, pm.end())) is not None
                    and not (pm.group().lower() == "it" and _IT_CLEFT.match(fm.group()))
                ):
                    s, e = pm.span()
                    pron = pm.group().lower()
                    # the subject of the sentence before, as for a pronoun opening a sentence
                    prev = _prev_subject(ctx, sent[0], pron) if pron[0] in "hs" else None
                    ids = [prev] if prev else _resolve(ctx, s, e)[0]
                    if ids:
                        return _Subject(s, e, ids, True, False, [], True)
        for k, st in enumerate(starts[:4]):
            s, e = _trim(text, *_leading_np(text, st, cue_start))
            if s < e:
                ids, explicit = _resolve(ctx, s, e)
                if explicit or k == len(starts[:4]) - 1:
                    return _Subject(s, e, ids, explicit, False, [], True)
        return None
    reported = False
    b_end = 0
    b_start = 0
    earlier = (0, 0, False)
    last = ""
    for b in _BOUND.finditer(region):
        earlier = (b_start, b_end, reported)
        b_start, b_end, last = b.start(), b.end(), b.group()
        reported = bool(_REPORTED.search(last) or last.lower().startswith("that"))
    main = None
    if b_end and (
        _TIME_CLAUSE.fullmatch(last)
        or (last[:2].lower() == "if" and _OWN_IF.match(region, b_end) is not None)
    ):
        # "(said that) once X arrives (,) it will begin …": the time clause closes before the
        # main clause's pronoun, which is the subject; the boundary before the clause decides
        # whether it is reported speech. A pronoun after a verb of saying or thinking opens
        # that verb's object ("after telling aides he planned to")
        main = _MAIN_PRONOUN.match(region, b_end)
        if main is None and last[:2].lower() == "if" and (om := _OWN_IF.match(region, b_end)):
            main = _PRONOUN_LAST.match(region, om.end())  # "if elected, she would"
        if main is not None and _COMPLEMENT_VERB.search(region, 0, main.start("p")):
            main = None
        if main is not None:
            b_start, b_end, reported = earlier
    if (
        b_end
        and last.lower().strip() == "who"
        and (cm2 := _PRED_COPULA.search(region, max(0, b_start - 200), b_start))
    ):
        # "X … is a serial critic and veteran who has pledged to …": the noun phrase after
        # "is a/the" names X, the subject of that clause, who pledges
        cl = 0
        for b in _BOUND.finditer(region, 0, cm2.start()):
            cl = b.end()
        ps, pe = _trim(text, *_leading_np(text, lo + cl, lo + cm2.start()))
        if ps < pe:
            ids, explicit = _resolve(ctx, ps, pe)
            if explicit and ids:
                return _Subject(ps, pe, ids, True, False, [])
    rel_at = -1
    if (
        b_end
        and last[:1] in "tTwW"
        and last.lower().strip() in ("that", "who")
        and (gm := _GAP_VERB.match(region, b_end)) is not None
        and len(region[gm.end() :].split()) >= 2
        and "," not in region[b_end:]
        and not _NOT_HEAD_END.search(region, 0, b_start)
        and not _THINKING_VERB.search(region, gm.end())
    ):
        # "Surety companies that had insured the bonds agreed to …", "officials who opposed
        # the bill vowed to …": "that"/"who" with a verb right after it opens a relative
        # clause with a subject gap; the noun phrase it hangs on is the subject
        rel_at = b_start
        b_start, b_end, reported = earlier
    source_span: Span | None = None
    if reported and b_start:
        source_span = (lo, lo + b_start)  # trimmed where used
    source_ids: list[str] = []
    if b_end and reported:
        src = region[:b_end]
        src_ids = _ids_in(ctx, lo, lo + b_end)
        if not src_ids:
            pm = _HE_SAID.search(src)
            if pm:
                pid = _last_of(ctx, lo, ("person",), pronoun=pm.group().split()[0])
                src_ids = [pid] if pid else []
        source_ids = src_ids
    if main is not None:
        s, e = lo + main.start("p"), lo + main.end("p")
        ids, explicit = _resolve(ctx, s, e)
        return _Subject(s, e, ids, explicit, reported, source_ids, source_span=source_span)
    if rel_at >= 0:
        s, e = _trim(text, lo + b_end, lo + rel_at)
        if s < e:
            ids, explicit = _resolve(ctx, s, e)
            return _Subject(s, e, ids, explicit, reported, source_ids, source_span=source_span)
    s0 = lo + b_end
    s, e = _trim(text, s0, cue_start)
    if b_end and last[:4].lower() == "that" and _APPOSED_THAT.search(region, 0, b_end):
        # "Orbis, a start-up that plans to …": "that" opens a relative clause on the
        # named noun phrase the appositive describes, not reported speech
        ant = _relative_antecedent(ctx, lo, lo + b_start)
        if ant is not None:
            return _Subject(ant[0], ant[1], ant[2], True, False, [], False, None, True)
    if b_end and _RELATIVE_BOUND.search(region, 0, b_end) and not _UPPER.search(text[s:e]):
        # "China and Japan, the two largest buyers, which together vowed to …": the antecedent
        ant = _relative_antecedent(ctx, lo, lo + b_start)
        if ant is not None:
            return _Subject(
                ant[0], ant[1], ant[2], True, reported, source_ids, False, source_span, True
            )
    if s >= e:
        # "... and will negotiate": the coordinated verb shares the clause's subject
        s, e = _leading_np(text, sent[0] if not b_end else s0, cue_start)
        s, e = _trim(text, s, e)
        if s >= e:
            return None
    seg = text[s:e]
    pur = _PURPOSE_OPENING.match(seg)
    if pur is not None:
        # "To stop X, the party establishment is working to …": the purpose clause is no subject
        s, e = _trim(text, s + pur.end(), e)
        if s >= e:
            return None
        seg = text[s:e]
    if "," in seg and (seg := _THOUSANDS.sub(" ", seg)).find(",") >= 0:
        # "At a March 3 meeting in the capital, X and Y agreed": the part after the
        # last comma when it names someone, else the whole (a list of names); never the
        # comma of a number ("the 38,000 troops will remain")
        cut = s + seg.rfind(",") + 1
        cs, ce = _trim(text, cut, e)
        if _BACKED_BY.match(text, cs, ce) or _BACKED_BY.match(
            text, ce - len(text[cut:ce].lstrip()), ce
        ) or (
            _ING_ASIDE.match(text, cs, ce)
            and not _PRONOUN_WE.fullmatch(text[cs:ce].rsplit(None, 1)[-1])
            and _ids_in(ctx, s, cut - 1)
        ):
            # "X, backed by the Y Foundation, is fighting …": the phrase between commas
            # describes X's support; X is the subject (the part before that phrase)
            e = cut - 1
            seg = _THOUSANDS.sub(" ", text[s:e])
            cut = s + seg.rfind(",") + 1 if "," in seg else s
            s2, e2 = _trim(text, cut, e)
            if s2 < e2:
                ids, explicit = _resolve(ctx, s2, e2)
                return _Subject(
                    s2, e2, ids, explicit, reported, source_ids, source_span=source_span
                )
        if _LED_BY.match(text, cs, ce):
            # "a syndicate of banks, headed by X, has lent …": the apposition names a
            # leader of the subject before it; both commit
            ids, explicit = _resolve(ctx, s, e)
            return _Subject(s, e, ids, explicit, reported, source_ids, source_span=source_span)
        ids_tail, explicit_tail = _resolve(ctx, cs, ce)
        if (
            not explicit_tail
            and ids_tail
            and _PRONOUN.fullmatch(text, cs, ce)
            and _OPENER.match(text, s, cut)
        ):
            # "Since Acme bought Globex in May, it has agreed …": the pronoun after an opening
            # clause is the subject (resolved to that clause's subject)
            return _Subject(cs, ce, ids_tail, True, reported, source_ids, source_span=source_span)
        if explicit_tail or (not ctx.actors and cs < ce and text[cs].isupper()):
            # keep the whole only when what precedes the comma is itself a list of names
            head = _NAME_PARTICLES.sub("", text[s:cut])
            if not _ids_in(ctx, s, cut) or _LOWER_WORD.search(head):
                ap = _appositive_person(ctx, cs, ce, cue_start)
                if ap is not None:
                    return _Subject(
                        ap[0], ap[1], [ap[2]], True, reported, source_ids, source_span=source_span
                    )
                if _AND_WORD.search(text, cs, ce):
                    cs, ids_tail = _list_head(ctx, s, cut, cs, ce, ids_tail)
                return _Subject(
                    cs, ce, ids_tail, explicit_tail, reported, source_ids, source_span=source_span
                )
    ap = _appositive_person(ctx, s, e, cue_start)
    if ap is not None:
        return _Subject(ap[0], ap[1], [ap[2]], True, reported, source_ids, source_span=source_span)
    ids, explicit = _resolve(ctx, s, e)
    return _Subject(s, e, ids, explicit, reported, source_ids, source_span=source_span)


# "X, the director general of the agency, pledged": a role noun phrase set off by
# commas right after a person's name describes that person, who is the subject
_ROLE_NP = lazy(r"(?:the|an?)\s+(?-i:[a-z][\w-]*)(?:\s+[\w.&’'-]+){0,8}", re.IGNORECASE)
_APPOS_OPEN = lazy(r",\s*$")
_APPOS_CLOSE = lazy(r"\s*,\s*(?:\w+ly\s+)?$")


def _appositive_person(ctx: _Ctx, s: int, e: int, cue_start: int) -> tuple[int, int, str] | None:
    """The person named right before an appositive role phrase text[s:e], else None."""
    text = ctx.doc.text
    if (
        not _ROLE_NP.fullmatch(text, s, e)
        or not _APPOS_CLOSE.match(text, e, cue_start)
        or not _APPOS_OPEN.search(text, max(0, s - 3), s)
    ):
        return None
    comma = text.rfind(",", 0, s)
    before = _mentions_in(ctx, max(0, comma - 60), comma)
    if not before or before[-1][1] != comma:
        return None
    ms, me, aid = before[-1]
    if ctx.actors[aid].kind != "person":
        return None
    return ms, me, aid


_PURPOSE_OPENING = lazy(r"(?i:to)\s+(?-i:[a-z]+)\b[^,;]{0,80},\s+")
# "X, celebrating a win in Y, is pledging to …": a participle phrase set off after a name
# describes X (its places and parties are no committers); not "leading Democrats"
_ING_ASIDE = lazy(
    r"(?!(?:leading|ruling|governing|opposing|remaining|outgoing|incoming|sitting|founding|"
    r"presiding|participating|competing|rising|growing|working|existing|striking|\w*thing|"
    r"during|according|including|regarding|concerning|following|notwithstanding)\b)"
    r"(?-i:[a-z]{2,}ing)\s+(?!(?:to|that)\b)"
)
_LED_BY = lazy(r"(?:led|headed|spearheaded|chaired)\s+by\b", re.IGNORECASE)
_BACKED_BY = lazy(
    r"(?:\w+ly\s+)?(?:backed|supported|funded|financed|bankrolled|endorsed|encouraged|urged|"
    r"prodded|pressed|advised|aided|assisted|represented|emboldened|buoyed)\s+by\b|"
    # "Britain, through its embassies in X and Y, has been pushing to": the means or the helper
    # set off by commas is an aside on the subject, never a committer (unlike "along with X")
    r"(?:through|via|(?:with|thanks\s+to)\s+(?:the\s+)?(?:help|support|backing|assistance|"
    r"aid|mediation)\s+(?:of|from))\s",
    re.IGNORECASE,
)
# an aside between dashes right before the verb: "X—who had endorsed Y—will …"
_DASH_SUBJ_ASIDE = lazy(r"\s*(?:--|[—–])\s*(?P<w>[\w’']+)[^—–]{0,200}?(?:--|[—–])\s*$")
_DASH_MARK = lazy(r"--|[—–]")
_DESCRIBING_WORD = lazy(
    r"who|whom|whose|which|where|once|still|then|now|a|an|the|(?-i:[a-z]+(?:ed|en|ing))",
    re.IGNORECASE,
)
_DASH_ASIDE = lazy(r"\s+(?:--|[—–])[^—–]{1,200}?(?:--|[—–])\s*$")
# ", trying to" after a one- or two-word list item ("jobs, security, trying to …"): no clause
_LIST_ITEM_BEFORE = lazy(r"(?:^|[,;:―—–-])\s*[\w’'-]+(?:\s+[\w’'-]+)?\s*,\s*$")
# the plan noun right before "would"/"will" ("Clinton's tax plan would …"): _plan_owner names its owner
_PLAN_NOUN_END = lazy(
    r"\b(?:strategy|plans?|program|programme|proposals?|budget|blueprint|platform|agenda)\s+$",
    re.IGNORECASE,
)
_PLAN_SUBJ = lazy(
    r"(?:^|[,;:]\s+|\b(?:and|but|that)\s+)[\s\"“‘'`]*(?:(?P<pron>its|his|her|their)|"
    r"(?P<own>(?:the\s+)?[\w.&’'-]+(?:\s+[\w.&’'-]+){0,3}?)[’']s?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:strategy|plans?|program|programme|proposal|budget|blueprint|platform|agenda)"
    r"(?:\s+(?:for|to)\s+[^,;:“”\"]{1,100}?)?\s*$",
    re.IGNORECASE,
)


# "Roe's tax plan", "her proposals", "Under his plan": a person whose plan the story tells
_OWNED_PLAN = lazy(
    r"(?:(?<=\w)[’']s|\b(?P<pron>his|her))\s+(?:(?:new|own|tax|economic|health|energy|"
    r"immigration|education|budget|spending|trade|child-care|[\w-]+-[\w-]+)\s+){0,2}"
    r"(?:plans?|proposals?|platform|agenda|blueprint)\b",
    re.IGNORECASE,
)


def _plan_owners(ctx: _Ctx) -> list[tuple[int, str]]:
    """Where the text first tells a person's plan ('Roe's tax plan', 'her proposals'), once
    per document: after it that person's 'would impose …' is the plan's content, no guess."""
    if ctx.plan_owners is None:
        text = ctx.doc.text
        out: list[tuple[int, str]] = []
        seen: set[str] = set()
        for m in _OWNED_PLAN.finditer(text):
            if m.group("pron"):
                pid = _last_of(ctx, m.start(), ("person",), pronoun=m.group("pron").lower())
            else:
                i = bisect.bisect_left(ctx.starts, m.start() - ctx.max_mention) if ctx.starts else 0
                pid = None
                while i < len(ctx.mentions) and ctx.mentions[i][0] < m.start():
                    if ctx.mentions[i][1] == m.start():
                        pid = ctx.mentions[i][2]
                    i += 1
                if pid is not None and ctx.actors[pid].kind != "person":
                    pid = None
            if pid is not None and pid not in seen:
                seen.add(pid)
                out.append((m.start(), pid))
        ctx.plan_owners = out
    return ctx.plan_owners


_TITLE_LEAD = lazy(r"(?:[A-Z][a-z]{0,9}\.?\s+){0,2}")


def _named_alone(ctx: _Ctx, subj: _Subject) -> bool:
    """The subject is only "he"/"she" or a mention of its one actor ("Mrs. Roe"), not a longer
    phrase that holds it ("Under Roe's plan, taxpayers")."""
    if _HE_SHE.fullmatch(ctx.doc.text, subj.start, subj.end):
        return True
    return any(
        subj.end <= m[1]
        and m[2] == subj.ids[0]
        and (m[0] <= subj.start or _TITLE_LEAD.fullmatch(ctx.doc.text, subj.start, m[0]))
        for m in _mentions_in(ctx, subj.start - ctx.max_mention, subj.end)
    )


def _plan_owner(ctx: _Ctx, sent: Span, floor: int, cue_start: int) -> _Subject | None:
    """The named owner of the plan noun that is the subject of "calls for", else None."""
    text = ctx.doc.text
    lo = max(sent[0], floor)
    end = cue_start
    dm = _DASH_ASIDE.search(text, lo, end)
    if dm is not None:
        end = dm.start()
    pm = _PLAN_SUBJ.search(text[lo:end])  # sliced: "^" is the clause's start
    if pm is None:
        return None
    if pm.group("pron"):
        pron = pm.group("pron").lower()
        ps, pe = lo + pm.start("pron"), lo + pm.end("pron")
        if pron in ("his", "her"):
            pid = _last_of(ctx, ps, ("person",), pronoun=pron)
            ids = [pid] if pid else []
        elif pron == "its":
            pid = _last_of(ctx, ps, ("organization", "country", "group"))
            ids = [pid] if pid else []
        else:
            ids = _group(ctx, ps, "they")
    else:
        ps, pe = _trim(text, lo + pm.start("own"), lo + pm.end("own"))
        ids, explicit = _resolve(ctx, ps, pe)
        if not explicit:
            return None
    if not ids:
        return None
    return _Subject(ps, pe, ids, True, False, [])


_PLAN_SUBJECT_CUES = frozenset(("int.plan_calls_for", "int.plan_designed"))
# "X calls for ending …" with no plan as subject: a person's own programme (its entry comes
# after int.plan_calls_for, which takes "calls for" first)
_CALL_ID = "int.plans_called_for"
_CALL_CUE = next(c for c in CUES.values() if c.id == _CALL_ID)
_CALL_RE = lazy(
    next(e["pattern"] for e in rules.entries("commitment_cues") if e["id"] == _CALL_ID),
    re.IGNORECASE,
)


def _list_head(
    ctx: _Ctx, s: int, cut: int, cs: int, ce: int, ids: list[str]
) -> tuple[int, list[str]]:
    """'…, A of Poland, B of Hungary and C of the Czech Republic signed': the items before the
    last comma that end like the list's last item (same kind of name) belong to the list."""
    text = ctx.doc.text
    tail = _mentions_in(ctx, cs, ce)
    if not tail or tail[-1][1] < ce - 1:
        return cs, ids
    kind = ctx.actors[tail[-1][2]].kind
    people = any(ctx.actors[m[2]].kind == "person" for m in tail)
    end = cut - 1  # the comma
    while end > s:
        start = text.rfind(",", s, end) + 1 or s
        seg = _mentions_in(ctx, start, end)
        if (
            not seg
            or seg[-1][1] < end - 1
            or ctx.actors[seg[-1][2]].kind != kind
            or (people and not any(ctx.actors[m[2]].kind == "person" for m in seg))
        ):
            break
        cs = seg[0][0]
        ids = list(dict.fromkeys([m[2] for m in seg] + ids))
        end = start - 1
    return cs, ids


_AND_WORD = lazy(r"\sand\s")
# "… is a veteran diplomat who …": the copula and the predicate noun phrase a bare "who"
# hangs on (no verb of saying after it)
_PRED_COPULA = lazy(
    r"\s(?:is|was|are|were|has\s+been|have\s+been|remains|remained|became)\s+"
    r"(?:(?:also|now|still|already)\s+)?(?:an?|the|one\s+of\s+the)\s"
    r"(?:[^;:“”\"]*?(?<!said)(?<!says))$",
    re.IGNORECASE,
)
_TIME_CLAUSE = lazy(r"(?:once|when|after|before|until)\s+", re.IGNORECASE)
# after "if": a condition on the committer's own coming to office or win ("if elected,", "if
# she wins in November,", "if his candidate were to win,"): the pronoun after it is the subject
_PRONOUN_LAST = lazy(r"\s*(?P<p>it|he|she|they|we)\s*$")

# a clause of at least two words, then the main clause's subject pronoun right before the cue
_MAIN_PRONOUN = lazy(r"[^\s,;]+\s+[^,;]*?[^\s,;][\s,]+(?P<p>it|he|she|they|we)\s*$")
_COMPLEMENT_VERB = lazy(
    r"\b(?:said|says|saying|promised|promises|vowed|pledged|agreed|insisted|"
    r"(?:told|telling|assured|assuring|warned|warning)\s+(?:\w+\s+)?\w+|hoped|hopes|"
    r"believed|believes|thought|thinks|knew|knows|expected|expects|feared|fears|warned|decided|"
    r"assured\s+\w+|guaranteed)\s+$",
    re.IGNORECASE,
)
_TAIL_PAREN = lazy(r"\s*\([^()]{1,40}\)$")
_RELATIVE_OPEN = lazy(r",\s+(?:which|who)\s+", re.IGNORECASE)

_RELATIVE_BOUND = lazy(r",\s+(?:which|who)\s+$", re.IGNORECASE)
# after a relative "that"/"who": a finite verb (an auxiliary, or a past verb before its object)
_GAP_VERB = lazy(
    r"(?:(?-i:[a-z]{2,}ly)\s+)?(?:(?:had|has|have|was|were|is|are|will|would|could|can|may|"
    r"might|should|must|did|does|do)\s|(?-i:[a-z]{3,}ed|[a-z]{2,}[^s’'\W]s)\s+(?=(?:the|an?|its|his|"
    r"her|their|our|my|this|these|those|(?-i:[A-Z\d$]))))",
    re.IGNORECASE,
)
# a verb of saying or thinking inside the supposed relative clause: its object clause holds
# the subject ("officials who oppose the bill hope Congress will …")
_THINKING_VERB = lazy(
    r"\b(?:say|says|said|hope|hopes|hoped|expect|expects|expected|believe|believes|believed|"
    r"think|thinks|thought|fear|fears|feared|predict|predicts|predicted|warn|warns|warned|"
    r"argue|argues|argued|claim|claims|claimed|insist|insists|insisted|know|knows|knew|"
    r"want|wants|wanted|urge|urges|urged|ask|asks|asked)\b",
    re.IGNORECASE,
)
# words that make a following "that" a conjunction, not a relative pronoun ("so that", "now that")
_NOT_HEAD_END = lazy(
    r"(?:\b(?:so|now|such|given|provided|except|order|fact|way|time|day|year|news|idea|"
    r"sure|certain|clear|likely|true|possible|glad|aware|hope|hopes|view|belief)|[,;:])\s*$",
    re.IGNORECASE,
)
_APPOSED_THAT = lazy(
    r",\s+(?:an?|the)\s+(?:(?!(?:said|says|told|added|stated)\b)[\w-]+\s+){1,4}?that\s+$",
    re.IGNORECASE,
)
_CLOSED_RELATIVE = lazy(
    r",\s+(?:who|which)\s[^,;:“”\"]*,\s*(?:(?:has|have|had|also|now|later)\s+)*$", re.IGNORECASE
)


_AND_GAP = lazy(r"\s(?:and|&)\s")
_LIST_COMMA = lazy(r",\s+(?:the\s+)?")


def _relative_antecedent(ctx: _Ctx, lo: int, end: int) -> tuple[int, int, list[str]] | None:
    """The named noun phrase a ", which/who" clause hangs on, across one appositive."""
    text = ctx.doc.text
    for _ in range(2):
        cut = text.rfind(",", lo, end)
        piece = cut + 1 if cut >= 0 else lo
        chain: list[tuple[int, int, str]] = []
        for m in reversed(_mentions_in(ctx, piece, end)):
            edge = chain[0][0] if chain else end
            gap = text[m[1] : edge]
            if (not chain and not gap.strip(" .)’'\"”")) or (
                chain and (_COORD.match(gap) or gap == " of ")
            ):
                chain.insert(0, m)
            else:
                break
        if chain:
            if len(chain) >= 2 and _AND_GAP.search(text, chain[0][1], chain[-1][0]):
                # "A, B and C, who …": a list's earlier items sit before the comma
                kind = ctx.actors[chain[0][2]].kind
                for m in reversed(_mentions_in(ctx, max(lo, piece - 200), piece)):
                    if not _LIST_COMMA.fullmatch(text, m[1], chain[0][0]) or (
                        ctx.actors[m[2]].kind != kind
                    ):
                        break
                    chain.insert(0, m)
            ids = list(dict.fromkeys(c[2] for c in chain))
            return chain[0][0], chain[-1][1], ids
        words = text[piece:end].split()
        if cut < 0 or not words or not words[0][:1].islower():
            return None  # no appositive to step over
        end = cut
    return None
