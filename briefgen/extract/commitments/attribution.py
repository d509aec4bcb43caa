"""Attribution beyond the subject: the parties of a deal and of a trade (_party_ids,
_joint_parties, _deal_subject), "by X" agents of signatures, rulings, rewards, efforts and
passives (_signed_by, _ruling_by, _reward_by, _agents_trying, _being_by), the principal a
spokesman or lawyer speaks for (_principal), family plurals, and the attribution of a reported
commitment to its source (_attribution), with the patterns of the sentence pass that stood
among them.
"""

from __future__ import annotations

import re

from briefgen.extract.commitments.cues import (
    _Cue,
)
from briefgen.extract.commitments.patterns import (
    _DEAL_SUBJECT,
    _FIRST_WORD,
    _HE_SHE,
    _HEADLINE_JOINT,
    _INQUIRY_WORDS,
    _NAMED_POSSESSOR,
    _NEG,
    _PAST_BID,
    _POSSESSIVE_S,
    _SINGULAR,
)
from briefgen.extract.commitments.resolve import (
    _group,
    _resolve,
)
from briefgen.extract.commitments.spans import (
    _text_end,
    _trim,
)
from briefgen.extract.commitments.speakers import (
    _by_surname,
    _home_country,
    _with_countries,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _ids_in,
    _last_of,
    _Rec,
    _Sent,
)
from briefgen.lazyre import lazy
from briefgen.model import Span

# A decision dated in a past year ("her decision to back the merger in 2001"): done, not pledged
_PAST_YEAR = lazy(r"\b(?:in|since)\s+(?:19|20)\d\d\b")

_DETERMINER = lazy(r"\b(?:the|an?|this|that|its|their|his|her)\s")
_IT_THIS = lazy(r"it|this", re.IGNORECASE)


def _accorded(st: _Sent) -> list[str]:
    """Who the sentence's closing attribution names (", X said", "according to X"), read once
    per sentence and only when a step asks."""
    if st.acc is None:
        st.acc = _attribution(st.ctx, st.sent)
    return st.acc


def _attribution(ctx: _Ctx, sent: Span) -> list[str]:
    """Actor ids of a sentence-final attribution (", X said", "according to X", ", he said")."""
    text = ctx.doc.text
    _, tail = _text_end(text, sent[0], sent[1])
    if not tail:
        return []
    acc_src = _ids_in(ctx, tail[0], tail[1])
    if not acc_src and (hm := _HE_SHE.match(text[tail[0] : tail[1]])):
        pid = _last_of(ctx, tail[0], ("person",), pronoun=hm.group())
        acc_src = [pid] if pid else []
    return acc_src


# Before "plan(s)/pledge(s) to" read as a noun: a possessor and at most an adjective, so that
# "Their leaders pledge to" stays a verb.
_POSSESSIVE_NOUN = lazy(
    r"(?:[’']s?|\b(?:his|her|their|its|our|my))\s+(?:(?-i:[a-z]{2,}ly)\s+)?"
    r"(?:(?:new|latest|own|stated|earlier|ambitious|grand|original|initial|previous|current|"
    r"bold|broad|controversial|sweeping|secret|final|main|major|overall|ultimate|"
    r"(?-i:[a-z]+ed)|(?-i:[a-z0-9]+-[a-z-]+))\s+){0,2}$",
    re.IGNORECASE,
)
# "his announced plans to", "its previously announced plan to": the owner's possessive right
# before an announcing participle read as an adjective
_POSSESSIVE_BEFORE = lazy(
    r"(?:(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bwho)(?<!\bwhat)(?<!\bhere)[’']s?|"
    r"\b(?:his|her|their|its|our|my))\s+(?:(?-i:[a-z]{2,}ly)\s+)?$",
    re.IGNORECASE,
)
_NEW_PAST = lazy(
    r",\s+and\s+(?:(?:he|she|they|it|we|I)\s+)?(?:\w+ly\s+)?(?:(?:took|made|gave|got|had|was|were|"
    r"paid|sold|won|lost|fell|rose|saw|left|went|came|held|kept|said|told|began|became|urged|"
    r"asked|called)\b|(?-i:[a-z]{3,}ed)\s+(?:the|a|an|his|her|its|their|to|that)\b)",
    re.IGNORECASE,
)

# common verbs of a pledge that _VOL leaves out, after "commitment to"
_COMMIT_VERBS = frozenset(("improve", "help", "keep", "make", "ensure", "bring", "do", "get"))

_IF_UNLESS = lazy(r"\b(?:if|unless)\b", re.IGNORECASE)


# Unnamed parties that can undertake something ("Leading steel makers will cut output").
_GENERIC_PARTIES = lazy(
    r"\b(?-i:[a-z-]+\s+)?(?:makers|producers|manufacturers|companies|firms|carriers|airlines|"
    r"banks|lenders|exporters|importers|operators|utilities|automakers|insurers|retailers|"
    r"refiners|ministries|governments|donors|members)$",
    re.IGNORECASE,
)
_DEAL_WORD = lazy(
    r"\b(?:deal|agreement|accord|pact|treaty|memorandum|arrangement|framework|declaration|"
    r"statement|partnership|charter|convention)s?\b",
    re.IGNORECASE,
)


# the party named right after a cue ending in "with" ("joined forces with X to …")
def _family_plural(ctx: _Ctx, m: tuple[int, int, str]) -> bool:
    """ "The Ebelings said they …": a family named by its plural surname is a "they"."""
    text = ctx.doc.text
    last = ctx.actors[m[2]].name.split()[-1]
    word = _FIRST_WORD.match(text, m[1] - len(last), m[1] + 2)
    if word is not None and word.group() == last + "s":
        return True  # "the Smiths" marked as a mention of Smith
    return last.endswith("s") and any(  # an actor "Smiths" beside a person "Ann Smith"
        a.kind == "person" and a.name.endswith(" " + last[:-1]) for a in ctx.actors.values()
    )


_AND_SAID = lazy(r"\band\s*$", re.IGNORECASE)
# a sentence opening with unnamed agents as the subject of a verb ("Lawyers for the family sent")
_AGENT_LEAD = lazy(
    r"(?:[A-Za-z.’'-]+\s+){0,3}?(?:officials|authorities|police|prosecutors|lawyers|attorneys|"
    r"investigators|lawmakers|legislators|negotiators|organi[sz]ers|protesters|demonstrators|"
    r"relatives|aides|diplomats|officers|regulators|executives|activists|rebels|commanders|"
    r"strikers|unions)\b(?:\s+(?:for|of|from|in|at)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)??"
    r"(?=\s+(?:[a-z]+ed|sent|met|went|made|took|gave|wrote|filed|told|have|had|are|were)\b)",
    re.IGNORECASE,
)
_SAID_SAME = ("he", "she", "it")  # "he said he would …": the same pronoun twice
_APPOSITION_OPEN = frozenset(("a", "an", "said", "says", "told", "added"))
_CLAUSE_AFTER_DASH = lazy(r"\s*(?:and|but|or|so|he|she|it|they|we|i)\b", re.IGNORECASE)
_RELATIVE_ASIDE = lazy(r"[^,]{2,80},\s+(?:which|who)\s")
# after the aside a concessive, causal or conditional clause, not the named subject's own
# going on: "X, who …, has toyed with Y, though he has ruled out that he would" ("X, who …, is
# crucial, and while he said he'd" goes on with X)
_ASIDE_THEN_CLAUSE = frozenset((
    "though", "although", "whereas", "because", "as", "if", "when", "so", "yet", "since",
    "after", "before", "unless", "until", "whether", "where",
))
_AUX_OPEN = frozenset(("has", "have", "had", "is", "was", "also", "later", "then"))
_PARTY_NP = lazy(
    r"(?P<np>[^,;]{1,80}?)(?=\s+(?:to|on|that|for|in|which|over|under)\b|[,;]|\.?$)"
)
_ON_BEHALF = lazy(
    r"\bon\s+behalf\s+of\s+(?P<np>[^,;]{1,60}?)(?=\s*[,;.]|\s*$|\s+(?:to|and|at|in|on)\b)",
    re.IGNORECASE,
)
_COUNSEL_TITLE = lazy(
    r"\b(?:lawyer|attorney|counsel|spokes(?:man|woman|person)|press\s+secretary)\b", re.IGNORECASE
)
_US_NAMES = ("united states", "united states of america", "u.s.", "us", "usa")
_ADMINISTRATION = lazy(r"(?i:the\s+)?[A-Z][\w.’'-]+\s+administration$")


def _principal(ctx: _Ctx, pid: str, subj_text: str) -> list[str]:
    """Whom a person's act binds besides them: a lawyer's or spokesperson's client or body
    ("his attorney offered to …": the client too), a president's administration its country
    ("the Obama administration has promised …")."""
    a = ctx.actors[pid]
    if a.affiliation and _COUNSEL_TITLE.search(a.title or ""):
        cid = ctx.by_name.get(a.affiliation.lower())
        return [cid] if cid and cid != pid else []
    if _ADMINISTRATION.fullmatch(subj_text.strip()):
        # "the X administration" for a government named after its leader is American usage
        cid = ctx.by_name.get((a.country or "").lower()) or next(
            (ctx.by_name[n] for n in _US_NAMES if n in ctx.by_name), None
        )
        return [cid] if cid and cid != pid else []
    return []


def _party_ids(ctx: _Ctx, start: int, end: int) -> list[str]:
    """The other party of an agreement, text[start:end] after "with": the actors named there,
    else the body a description points to ("a settlement with the federal government")."""
    ids = _ids_in(ctx, start, end + 1)
    if ids:
        return ids
    s, e = _trim(ctx.doc.text, start, end)
    m = _SINGULAR.match(ctx.doc.text[s:e])
    if m and m.group("country") and _FEDERAL.match(m.group("country")):
        home = _home_country(ctx)  # "the federal government": the article's own country
        return [home] if home else []
    if m and (m.group("org") or m.group("country")):
        return _resolve(ctx, s, e)[0]
    return []


_FEDERAL = lazy(r"the\s+(?:federal|national|central)\s", re.IGNORECASE)


# The counterparty of a sale or purchase agreed: "sell X to <buyer>", "buy X from <seller>",
# "acquire <firm>" / "purchase <firm>'s unit" / "merge with <firm>" (an organisation only)
_TRADE_CUES = frozenset(("agr.agreed", "bind.signed", "bind.concluded"))
_TRADE_PARTY = lazy(
    # a letter of intent or an agreement signed "to buy Globex": the paper's purpose is the trade
    r"(?:(?:an?\s+)?(?:letter\s+of\s+intent|(?:definitive\s+|preliminary\s+)?agreement|"
    r"contract|accord)\s+)?"
    # the goods sold may be a list ("its A, B and C units to Globex")
    r"(?:to\s+)?(?:(?:sell|transfer)\s+[^;:]{1,80}?\s+to\s+(?P<to>(?:the\s+)?[A-Z][^,;:]{0,60})|"
    r"(?:buy|purchase|acquire)\s+[^,;:]{1,80}?\s+from\s+(?P<from>(?:the\s+)?[A-Z][^,;:]{0,60})|"
    # "the stake it agreed to acquire in Globex's unit"
    r"(?:buy|purchase|acquire|merge\s+with|take\s+over)\s+(?:in\s+)?"
    r"(?P<obj>(?-i:[A-Z])[^,;:]{0,60}))",
    re.IGNORECASE,
)
# the counterparty's name ends its noun phrase ("to Globex, a maker of …", "Globex's unit")
_PARTY_END = lazy(
    r"(?:[’']s\b|\s*(?:[,;:.)]|$)|\s+(?:for|in|at|by|from|and|under|through|over|on|to|if|"
    r"subject|pending|once|when|after|before|within)\b)"
)
_WITH_PARTY = lazy(
    r"(?:[\w’'-]+\s+){0,5}?(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand\w+|"
    r"contracts?|declarations?|partnerships?|settlements?|understandings?|compromises?|truces?)"
    r"\s+with\s+(?P<np>[^,;]{1,80}?)"
    r"(?=\s+(?:to|on|that|for|in|which|over|under|covering|worth)\b|[,;]|\.?$)",
    re.IGNORECASE,
)


_RELATIVE = lazy(r",?\s+(?:which|that)\s+$", re.IGNORECASE)
_NP_OPENER = lazy(
    r".*(?:\b(?:of|to|for|about|on|in\s+favou?r\s+of|welcomed|supported|backed|praised|"
    r"affirmed|underscored|stressed)\s+|[,;:]\s+)",
    re.IGNORECASE,
)


def _antecedent(text: str, lo: int, subj_start: int) -> Span | None:
    """The noun phrase before ", which <subject> <cue> <verb>.", back to its preposition or
    verb ("the value of [coastal patrols in the gulf], which …")."""
    rel = _RELATIVE.search(text, max(lo, subj_start - 12), subj_start)
    if rel is None:
        return None
    end = rel.start()
    start = max(lo, end - 100)
    op = _NP_OPENER.match(text, start, end)
    start = op.end() if op else start
    if end - start < 3:
        return None
    return start, end


_BY_STOP = lazy(r"\s+(?:in|at|on|last|this|during|after|before|to|for)\s")


def _signed_by(
    ctx: _Ctx, sent: Span, cstart: int, cend: int, bym: re.Match[str], cue: _Cue
) -> _Rec | None:
    """ "the Feb. 23 accord signed by X and Y": X and Y bound by the agreement named before."""
    text = ctx.doc.text
    by1 = bym.end("by")
    stop = _BY_STOP.search(text, bym.start("by"), by1)
    by0, by1 = _trim(text, bym.start("by"), stop.start() if stop else by1)
    while by1 > by0 and text[by1 - 1] in ".!?”\"’'":
        by1 -= 1
    ids = _ids_in(ctx, by0, by1)
    if not ids:
        return None
    lo = max(sent[0], cstart - 80)
    det = None
    for det in _DETERMINER.finditer(text[lo:cstart]):
        pass
    t0 = lo + det.start() if det else lo
    t1 = cstart
    while t1 > t0 and text[t1 - 1] in " \t,":
        t1 -= 1
    if t1 <= t0:
        return None
    return _Rec(
        ids, text[by0:by1], text[cstart:cend], (t0, t1), sent, cue.strength,
        cue.id + "+by", None, by1, by0,
    )


_BY_END = lazy(r"[,;:(]|\.(?:\s|$)|\s+(?:and|plus|in|on|for|to|after|as)\s")
_REWARD_NP = lazy(r"\b(?:an?|the|its|their|his|her)\s+(?:[\w$€£.,-]+\s+){0,3}?$", re.IGNORECASE)


_RULING_BY_IDS = frozenset(
    ("bind.ruling_by", "nom.decision_by", "nom.effort_by", "nom.agreement_by")
)
# after "ruling by": its maker (with an appositive or a list: "by his rival, Ann Roe, to",
# "by Chile, Peru and Bolivia to"), then "to <verb>" or "that" with an obligation
# a further part of the maker (an appositive, a list item) holds no clause of its own
_BY_PART = (
    r"(?!(?:to|that|who|which|whether)\b)(?:(?!\s(?:to|that|who|which|whether)\s)[^,;:“”\"`]){2,60}?"
)
_RULING_MAKER = lazy(
    r"\s+(?P<by>[^,;:“”\"`]{2,80}?(?:,\s+" + _BY_PART + r"(?:,\s+" + _BY_PART + r")?)?)\s*,?\s+"
    r"(?:``|[“\"‘])?(?:to\s+(?=[a-z]+\s)|that\s+(?=[^;.]{0,100}?\b"
    r"(?:must|should|shall|(?:is|are)\s+to|be\s+[a-z]+ed)\b))"
)


_NOT_MAKER = lazy(
    r"\b(?:that|who|which|whether|on|about|over|he|she|it|they|we|i|is|was|were|are|had|has)\b",
    re.IGNORECASE,
)


_OPEN_END = lazy(r"\s(?:and|or|but)$")
# the main verb after a "by X to …" phrase that opens its clause: what is said of the pledge
_JUDGED = lazy(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been|proves|proved|shows|showed|remains|"
    r"remained)\s"
)
_SUBCLAUSE = lazy(r"\b(?:that|which|who|whom|whose|what|how|why|if|when|where|whether|because|so)\b")


def _ruling_by(ctx: _Ctx, sent: Span, cstart: int, cend: int, cue: _Cue) -> _Rec | None:
    """ "Monday's ruling by the agency to deport him by May 1", "the decision, announced
    Friday by X, that the plant must close": X (and the body an official of it acts for)
    commits to what follows "to" or "that"."""
    text = ctx.doc.text
    m = _RULING_MAKER.match(text, cend, sent[1])
    if (
        m is None
        or _NOT_MAKER.search(m.group("by"))
        or _NEG.search(text, max(sent[0], cstart - 16), cstart)
        or (cue.id == "nom.effort_by" and _PAST_BID.search(text, max(sent[0], cstart - 40), cstart))
    ):
        return None  # "a decision by X that he needed to …", "by X on whether to …"
    if _OPEN_END.search(m.group("by")) or (
        cue.id == "nom.agreement_by" and not m.group().rstrip().endswith("to")
    ):
        return None  # "a deal between X and Y and to be …"; an agreement "that" is its terms
    ids = _with_countries(ctx, _ids_in(ctx, m.start("by"), m.end("by")))
    if not ids:
        return None
    t1, _ = _text_end(text, m.end(), sent[1])
    if (jm := _JUDGED.search(text, m.end(), t1)) is not None and not _SUBCLAUSE.search(
        text, m.end(), jm.start()
    ):
        t1 = jm.start()  # "an agreement by X to Y was the pretext for …": the pledge alone
    if t1 <= m.end():
        return None
    return _Rec(
        ids, text[m.start("by") : m.end("by")], text[cstart:cend], (m.end(), t1), sent,
        cue.strength, cue.id, None, m.end("by"), m.start("by"),
    )


def _reward_by(ctx: _Ctx, sent: Span, cstart: int, cend: int, cue: _Cue) -> _Rec | None:
    """ "a $500,000 reward announced earlier by X": X offers the reward named before."""
    text = ctx.doc.text
    stop = _BY_END.search(text, cend, sent[1])
    by0, by1 = _trim(text, cend, stop.start() if stop else sent[1])
    np = _REWARD_NP.search(text, max(sent[0], cstart - 40), cstart)
    if by0 >= by1 or np is None:
        return None
    ids = _ids_in(ctx, by0, by1)
    t1 = text.index(" ", cstart)  # the reward noun ends the action
    return _Rec(
        ids, text[by0:by1], text[t1 + 1 : cend].strip(), (np.start(), t1), sent, cue.strength,
        cue.id, None, by1, by0,
    )


# the end of the agent after "being sought by" (not "and": "by the EU and member states")
_BEING_BY_END = lazy(
    r"[,;:(]|\.(?:\s|$)|\s+(?:plus|in|on|for|to|after|as|at|since|with|under|from|who|which|"
    r"that|because|while|when)\s"
)
_BEING_AUX = lazy(
    r"\s*\b(?P<aux>(?:is|are|am|was|were|(?:has|have|had)\s+been)\s+(?:(?:now|currently|still|also|"
    r"already|\w+ly)\s+)?)?$",
    re.IGNORECASE,
)

# "leads for detectives trying to": the agents as the object of a preposition
_INQUIRY_OBJECT = lazy(
    r"\b(?:for|to|with|among|by|from|of|help|helping|helped)\s+(?P<np>" + _INQUIRY_WORDS + r")\s+$",
    re.IGNORECASE,
)
_THING_OPEN = lazy(r"\b(?:the|an?|this|that|these|those|its|their|his|her|our|my)\s", re.IGNORECASE)
_CLAUSE_MARK = lazy(r"[,;:(―—–]|--")
# a reporting verb opening the clause of a past progressive told as the report's present
_REPORTED_BEFORE = lazy(
    r"(?:\b(?:said|says|reported|reports|told\s+[\w.]+|announced|added|confirmed|stated)\s+"
    r"(?:(?:on\s+)?\w+day\s+|today\s+|yesterday\s+)?(?:that\s+)?|,?\s+and\s+that\s+)"
    r"(?P<gap>(?:[\w.’'-]+\s+){1,3})$",
    re.IGNORECASE,
)
# a subject between the reporting verb and the cue holds no clause of its own
_GAP_CLAUSE = lazy(
    r"\b(?:because|when|while|as|after|before|since|if|until|once|(?-i:[a-z]+ed))\b", re.IGNORECASE
)


def _agents_trying(ctx: _Ctx, sent: Span, cstart: int, cend: int, cue: _Cue) -> _Rec | None:
    """ "new leads for detectives trying to find the driver": unnamed investigators at
    work (their body when the phrase names one: "FBI agents"); only after a preposition, as
    the sentence's subject ("Police trying to clear the road fired") it is a past scene."""
    text = ctx.doc.text
    am = _INQUIRY_OBJECT.search(text, max(sent[0], cstart - 60), cstart)
    if am is None:
        return None
    t0 = cend
    while t0 < sent[1] and text[t0] in " \t":
        t0 += 1
    t1, _ = _text_end(text, t0, sent[1])
    if t1 <= t0:
        return None
    a0, a1 = am.span("np")
    return _Rec(
        _ids_in(ctx, a0, a1), text[a0:a1], text[cstart:cend], (t0, t1), sent, cue.strength,
        cue.id, None, a1, a0,
    )


def _being_by(ctx: _Ctx, sent: Span, cstart: int, cend: int, cue: _Cue) -> _Rec | None:
    """ "X is being sought by the FBI", "the effort is being led by Acme": the named agent
    after "by" works on the thing before "being" (an unnamed agent, a possessor's people or a
    past progressive gives no record)."""
    text = ctx.doc.text
    stop = _BEING_BY_END.search(text, cend, sent[1])
    by0, by1 = _trim(text, cend, stop.start() if stop else sent[1])
    while by1 > by0 and text[by1 - 1] in ".!?”\"’'":
        by1 -= 1
    if by0 >= by1 or _POSSESSIVE_S.search(text, by0, by1):
        return None  # "by several of Roe's rivals": Roe's people, not Roe
    lo = max(sent[0], cstart - 100)
    aux = _BEING_AUX.search(text, lo, cstart)
    t1 = aux.start() if aux else cstart
    if aux and aux.group("aux") and aux.group("aux")[:3].lower() in ("was", "wer", "had"):
        return None  # "he was being questioned by": a past background
    if _NEG.search(text, max(sent[0], cstart - 16), cstart):
        return None
    seg0 = lo
    for cm in _CLAUSE_MARK.finditer(text, lo, t1):
        seg0 = cm.end()
    det = None
    for det in _THING_OPEN.finditer(text, seg0, t1):
        pass
    t0 = det.start() if det else seg0
    while t0 < t1 and text[t0] in " \t“”\"‘'":
        t0 += 1
    if t1 <= t0:
        return None
    ids = _with_countries(ctx, _ids_in(ctx, by0, by1))
    if not ids:
        return None
    return _Rec(
        ids, text[by0:by1], text[cstart:cend], (t0, by1), sent, cue.strength, cue.id, None,
        by1, by0,
    )


def _surface_actor(ctx: _Ctx, word: str) -> str | None:
    """The one actor that a capitalised surface form names elsewhere in the text, else None."""
    if not word[:1].isupper():
        return None
    text = ctx.doc.text
    found = {a.id for a in ctx.actor_list if any(text[s:e] == word for s, e in a.mentions)}
    return found.pop() if len(found) == 1 else None


def _named(ctx: _Ctx, phrase: str) -> list[str]:
    """An actor named by a possessive the actors stage did not mark ("the United States’")."""
    m = _NAMED_POSSESSOR.search(phrase)
    aid = ctx.by_name.get(m.group("n").lower()) if m else None
    if m and not aid:
        aid = _by_surname(ctx, m.group("n"))  # "Brenner's proposal" after "Daniel Brenner"
    return [aid] if aid else []


def _joint_parties(ctx: _Ctx, pos: int) -> list[str]:
    """The parties of a joint act: the authors a "Joint Statement by X and Y" headline names,
    else the last group of committed parties."""
    head = ctx.doc.article.headline_span
    text = ctx.doc.text
    if head and _HEADLINE_JOINT.search(text[head[0] : head[1]]):
        hid = _ids_in(ctx, head[0], head[1])
        if len(hid) >= 2:
            return hid
    return _group(ctx, pos, "parties")


def _deal_subject(ctx: _Ctx, subj_text: str, pos: int) -> bool:
    """ "The agreement establishes …", or "It"/"This" with an agreement named shortly before."""
    if _DEAL_SUBJECT.search(subj_text):
        return True
    if not _IT_THIS.fullmatch(subj_text):
        return False
    return bool(_DEAL_WORD.search(ctx.doc.text, max(0, pos - 600), pos))


def _past_year(ctx: _Ctx, text: str, start: int, end: int) -> bool:
    """True when text[start:end] dates its act "in <year>" before the article's year."""
    ref = ctx.doc.article.reference_date or ctx.doc.article.published
    m = _PAST_YEAR.search(text, start, end)
    return bool(m and ref and int(m.group()[-4:]) < int(ref[:4]))
