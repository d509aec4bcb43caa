"""Instruments: agreements, treaties, laws and plans that commit their parties or makers
("the accord commits both sides to", "under the deal, X will"), their strength, the subject
that names one again, and the items of a list of terms (_instrument, _instruments,
_instrument_before, _instrument_subject, _instrument_strength, _split_items).
"""

from __future__ import annotations

import bisect
import re

from briefgen.extract.commitments.nominals import (
    _possessor,
)
from briefgen.extract.commitments.patterns import (
    _DROPPED,
    _NEG,
    _NEW_SUBJECT,
    _NEXT_WORD,
    _POSSESSIVE,
    _VOL,
)
from briefgen.extract.commitments.resolve import (
    _resolve,
)
from briefgen.extract.commitments.spans import (
    _text_end,
    _trim,
)
from briefgen.extract.commitments.speakers import (
    _with_countries,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _ids_in,
    _Rec,
    _Subject,
    _view_at,
)
from briefgen.extract.commitments.subjects import (
    _subject,
)
from briefgen.lazyre import lazy
from briefgen.model import Span

# a clause's subject that is an unpossessed instrument ("The program also", "This treaty")
_INSTRUMENT_SUBJ = lazy(
    r"(?:^|[,;:]\s+|\b(?:and|but|while|that)\s+)[\s\"“‘'`]*(?P<det>the|this|that)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<n>[a-z]+)(?:\s+(?:also|further|only|still))?\s*$",
    re.IGNORECASE,
)


def _instrument_subject(
    ctx: _Ctx, sent: Span, floor: int, cue_start: int
) -> tuple[_Subject, str] | None:
    """ "The program also calls for …", "The treaty is designed to …": the makers of the same
    kind of instrument named before, and "class|verb" of that making."""
    text = ctx.doc.text
    lo = max(sent[0], floor)
    im = _INSTRUMENT_SUBJ.search(text[lo:cue_start])  # sliced: "^" is the clause's start
    if im is None:
        return None
    ncls = _INSTRUMENT_CLASS.get(im.group("n").lower())
    if ncls is None or ncls == "effort":
        return None
    ns = lo + im.start("det")
    got = _instrument_before(ctx, ns, ncls)
    if got is None:
        return None
    ids, verb = got
    return _Subject(ns, lo + im.end("n"), list(ids), True, False, []), ncls + "|" + verb


# ---- #6 round 3: the content of an instrument or effort told in a noun phrase -------------
# "a pact calling for river patrols", "her proposal, which is to cap rates", "drives by the
# union, including the hiring of organizers", "a recruiting drive aimed at young
# voters". The owner is the possessor, the maker of the instrument named in its own clause (the
# subject of "signed", "unveiled", "introduced" …), the signers named in an object relative
# after it, or the owner of the same instrument named earlier.
_INSTRUMENT_CLASS = {
    **dict.fromkeys(
        ("treaty", "treaties", "accord", "accords", "agreement", "agreements", "pact", "pacts",
         "deal", "deals", "memorandum", "memoranda", "charter", "charters", "protocol",
         "protocols", "convention", "conventions"),
        "deal",
    ),
    **dict.fromkeys(
        ("program", "programs", "programme", "programmes", "plan", "plans", "proposal",
         "proposals", "initiative", "initiatives", "strategy", "strategies", "blueprint",
         "blueprints", "package", "packages", "framework", "frameworks", "platform",
         "platforms", "agenda", "agendas"),
        "plan",
    ),
    **dict.fromkeys(
        ("bill", "bills", "amendment", "amendments", "legislation", "resolution", "resolutions",
         "measure", "measures", "policy", "policies"),
        "law",
    ),
    **dict.fromkeys(
        ("effort", "efforts", "push", "pushes", "drive", "drives", "campaign", "campaigns",
         "offensive", "offensives", "blitz"),
        "effort",
    ),
}
# the content marker after the noun (the cue's lookahead), read again to find where it ends
_INSTRUMENT_MARK = lazy(
    r"(?:\s+(?:to|for|on)\s+[^,;:“”\"]{1,60}?(?=,\s+(?:which|that)\s))?"
    r"\s*,?\s+(?:(?P<part>calling\s+for|aimed\s+at|aiming\s+(?:at|to)|designed\s+to|intended\s+to|"
    r"meant\s+to|directed\s+at|targeted\s+at)|(?:which|that)\s+(?:also\s+)?(?:(?P<is>is\s+to)|"
    r"(?P<incl>includes?)|(?P<calls>calls?\s+for)|(?P<would>would))|(?P<by>by\s+(?P<agent>"
    r"[^,;:“”\"]{2,80}?))?,\s+(?P<including>including))\s+",
    re.IGNORECASE,
)
# the start of the instrument's noun phrase: a determiner or possessor and at most five
# modifiers ("a 10-year economic program", "Acme's new restructuring plan")
_INSTRUMENT_NP = lazy(
    r"(?:(?P<apos>[’']s?)|\b(?P<pron>his|her|their|its|our)|\b(?P<det>an?|the|this|that|these|"
    r"those|new))\s+(?:(?!(?:of|to|for|with|and|or|by|in|on|at|from|that|which|who|was|is|"
    r"were|are|has|have|had|will|would)\b)[\w$%./-]+,?\s+){0,5}$",
    re.IGNORECASE,
)
# the verb that makes the instrument its subject's own, right before its noun phrase
_MAKER_VERB = (
    r"(?:signed|signs?|ratified|ratifies|adopted|adopts?|unveiled|unveils?|announced|announces?|"
    r"introduced|introduces?|proposed|proposes?|released|releases?|rolled\s+out|rolls?\s+out|"
    r"laid\s+out|lays?\s+out|outlined|outlines?|put\s+forward|puts\s+forward|presented|"
    r"presents?|launched|launches|launch|concluded|concludes?|reached|reaches|agreed\s+(?:on|to)|"
    r"drew\s+up|draws?\s+up|drafted|crafted|negotiated|struck|strikes?|sealed|seals?|inked|"
    r"inks?|(?:stepped|ramped)\s+up|mounted|mounts?|began|begun|begins?|started|starts?|"
    r"kicked\s+off|kicks?\s+off|is\s+running|are\s+running|(?:is|are)\s+(?:launching|mounting|"
    r"waging|pushing))"
)
_MAKER_BEFORE = lazy(
    r"(?:^|\s)(?P<v>" + _MAKER_VERB + r")(?:\s+(?:(?-i:[A-Z][a-z]+day)|last\s+\w+|this\s+\w+|"
    r"on\s+(?-i:[A-Z][a-z]+day)))?\s+$",
    re.IGNORECASE,
)
# "refocused its efforts to a push …", "turned their attention to a drive …": the owner's own
_REFOCUS_BEFORE = lazy(
    r"\b(?P<pron>its|their|his|her)\s+(?:efforts?|attention|focus|energies|resources)\s+"
    r"(?:to|on|toward|towards)\s+$",
    re.IGNORECASE,
)
# "…, which both premiers signed in March": the signers named after the content
_SIGNED_AFTER = lazy(
    r",\s+which\s+(?P<s>[^,;:“”\"]{2,80}?)\s+(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+)?"
    r"(?:signed|ratified|adopted|unveiled|proposed|introduced|negotiated|concluded|struck)\b",
    re.IGNORECASE,
)
_REL_AFTER = lazy(r",\s+(?:which|where|who|whose)\s", re.IGNORECASE)
# "the signing of a program aimed at …": the signing's own owner (its possessor, or the
# signers of the same kind of instrument named before)
_SIGNING_OF = lazy(
    r"\b(?:signing|signature|ratification|conclusion|adoption)\s+of\s+$", re.IGNORECASE
)

# the start of a clause right before a noun phrase (its subject): "The program, which …"
_CLAUSE_START = lazy(r"(?:^|[,;:]\s*|\b(?:and|but|while|as)\s+)[\s\"“‘'`]*$", re.IGNORECASE)
_BARE_NP = lazy(r"(?:(?-i:[a-z][\w-]*)\s+){1,3}$")
# the main clause going on after an aside on its subject: ", drew praise", ", were praised"
_MAIN_AFTER_ASIDE = lazy(
    r",\s+(?:\w+ly\s+)?(?:(?:was|were|is|are|has|have|had|will|would|could|may|might|drew|"
    r"won|got|met|came|faces?|faced|remains?|remained|stands?|stood)\b|(?-i:[a-z]+ed)\b)",
    re.IGNORECASE,
)
_COUNTERFACTUAL_HAVE = lazy(r"\s*have\b", re.IGNORECASE)
# what an instrument "would" do that is an effect, not an act: "would add $1 trillion",
# "would raise $1.1 trillion over a decade", "would cost"
_EFFECT_OBJECT = lazy(
    r"(?:\s+(?:\w+ly\s+))?\s+(?:an?\s+(?:estimated\s+)?|about\s+|roughly\s+|nearly\s+|"
    r"more\s+than\s+|some\s+)?(?:US)?[$€£]|\s+\d",
    re.IGNORECASE,
)
_EFFECT_VERBS = frozenset(("cost", "add", "save", "generate", "yield", "hurt", "help", "boost",
                           "slow", "depress", "harm", "benefit", "affect", "mean", "leave"))
_MAKER_NEG = lazy(
    r"\b(?:not|never|no|refus\w*|declin\w*|fail\w*|reject\w*|oppos\w*|against|would|could|"
    r"might|may|if|unless|whether|n[’']t)\b[^,;]{0,30}$",
    re.IGNORECASE,
)
# a definite "the program", "this plan" that names an instrument told before
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
_INSTRUMENT_MADE = lazy(
    r"\b(?P<v>" + _MAKER_VERB + r")\s+(?:(?:an?|the|their|its|his|her|new)\s+)"
    r"(?:(?!(?:of|to|for|with|and|or|by|in|on|at|that|which)\b)[\w$%./-]+\s+){0,4}?"
    r"(?P<n>" + "|".join(sorted(_INSTRUMENT_CLASS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_LIST_SPLIT = lazy(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_LIST_STOP = lazy(r"[()“”\"]")
# a word that joins the next item to this one ("links between A and B", "from A to B")
_LIST_JOIN = lazy(r"\b(?:between|from|to|both|either)\b", re.IGNORECASE)
_PREP_FIRST = frozenset(
    ("of", "to", "for", "with", "in", "on", "at", "from", "by", "as", "into", "than", "over")
)


def _instrument_strength(noun_class: str, verb: str, parties: int) -> str:
    """A treaty signed binds; a plan agreed by two parties is an agreement; an effort is work
    under way; any other plan or proposal is its owner's intention."""
    v = verb.lower()
    if noun_class == "effort":
        return "ongoing"
    if noun_class == "deal" and v.startswith(
        ("sign", "ratif", "conclu", "struck", "strik", "seal", "ink", "agreed")
    ):
        return "binding"
    if v.startswith(("sign", "agreed", "conclu", "reach", "negotiat")) and parties >= 2:
        return "agreement"
    if v.startswith("adopt"):
        return "pledge"
    return "intention"


def _instruments(ctx: _Ctx) -> list[tuple[int, str, list[str], str]]:
    """Every instrument the text shows being made (its noun class, its makers, the making
    verb): "X and Y signed an economic plan", once per document, only when an anaphor asks."""
    if ctx.instruments is None:
        text = ctx.doc.text
        sents = ctx.doc.sentences
        starts = [s.span[0] for s in sents]
        out: list[tuple[int, str, list[str], str]] = []
        for m in _INSTRUMENT_MADE.finditer(text):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k < 0:
                continue
            sent = sents[k].span
            if _MAKER_NEG.search(text, max(sent[0], m.start() - 30), m.start()):
                continue
            subj = _subject(ctx, sent, m.start(), sent[0], False)
            if subj is None or not subj.ids:
                continue
            out.append((m.start("n"), _INSTRUMENT_CLASS[m.group("n").lower()], list(subj.ids),
                        m.group("v")))
        ctx.instruments = out
    return ctx.instruments


def _instrument_before(
    ctx: _Ctx, pos: int, noun_class: str
) -> tuple[list[str], str] | None:
    """The makers and verb of the latest instrument of that class made before pos (in 3,000
    characters)."""
    made = _instruments(ctx)
    for k in range(len(made) - 1, -1, -1):
        at, cls, ids, verb = made[k]
        if at < pos and pos - at <= 3000 and cls == noun_class:
            # "Premiers X of A and Y of B signed a plan … Both premiers later signed the plan":
            # the same makers told twice, with every party either names
            out = list(ids)
            for _at, cls2, ids2, _v in made[:k]:
                if cls2 == cls and set(ids2) & set(out):
                    out.extend(a for a in ids2 if a not in out)
            return out, verb
    return None


def _split_items(text: str, s: int, e: int) -> list[Span]:
    """ "shared customs rules and new rail links" -> two items; "the
    mining, steel and chemical industries" (bare modifiers), "cuts for the middle class and
    the rich" (a preposition's objects) stay one."""
    if _LIST_STOP.search(text, s, e):
        return [(s, e)]
    items: list[Span] = []
    pos = s
    for sm in _LIST_SPLIT.finditer(text, s, e):
        items.append((pos, sm.start()))
        pos = sm.end()
    items.append((pos, e))
    if len(items) < 2:
        return [(s, e)]
    for k, (a, b) in enumerate(items):
        words = text[a:b].split()
        if len(words) < 2 or words[0].lower() in _PREP_FIRST:
            return [(s, e)]
        if k and len(words) == 2 and words[0].lower() in ("the", "a", "an"):
            return [(s, e)]
        if k < len(items) - 1 and _LIST_JOIN.search(text, a, b):
            return [(s, e)]
    return items


def _instrument(
    ctx: _Ctx, sent: Span, cstart: int, cend: int, prev: _Rec | None, floor: int
) -> list[_Rec]:
    """The content of the instrument or effort whose noun is text[cstart:cend], as its owner's
    commitment(s): one record per item of a list after "calling for", "including" or
    "includes"."""
    text = ctx.doc.text
    noun = text[cstart:cend]
    ncls = _INSTRUMENT_CLASS.get(noun.lower())
    mk = _INSTRUMENT_MARK.match(text, cend, sent[1])
    if ncls is None or mk is None:
        return []
    if prev is not None and prev.span[0] <= cstart < prev.span[1]:
        return []  # "signed an accord calling for …": the signing's record holds it
    if ncls == "effort" and not (mk.group("including") or mk.group("part")):
        return []
    if ncls != "effort" and mk.group("including"):
        return []
    if mk.group("would"):
        vm = _NEXT_WORD.match(text, mk.end() - 1)
        verb = vm.group(1).lower() if vm else ""
        if (
            _COUNTERFACTUAL_HAVE.match(text, mk.end("would"))
            or verb not in _VOL
            or verb in _EFFECT_VERBS
            or _EFFECT_OBJECT.match(text, vm.end() if vm else mk.end())
        ):
            return []  # "a bill that would have …", "a plan that would add $1 trillion"
    lo = max(sent[0], cstart - 80)
    npm = _INSTRUMENT_NP.search(text, lo, cstart)
    if npm is not None:
        ns = npm.start("det") if npm.group("det") else npm.start()
    else:
        bm = _BARE_NP.search(text, lo, cstart)  # "sweeping membership drives by …"
        ns = bm.start() if bm is not None else cstart
    possessed = npm is not None and bool(npm.group("apos") or npm.group("pron"))
    det = (npm.group("det") or "").lower() if npm is not None else ""
    ids: list[str] = []
    owner: Span = (0, 0)
    verb = ""
    if possessed:
        pm = _POSSESSIVE.search(text, max(sent[0], cstart - 60), cstart)
        if pm is None or _DROPPED.search(text, max(sent[0], pm.start() - 60), pm.start()):
            return []
        got = _possessor(ctx, sent, pm, floor, False)
        if got is None:
            return []
        ids, ps, pe = got
        owner, ns = (ps, pe), ps
        if _NEG.search(text, max(sent[0], ps - 16), ps):
            return []
    elif mk.group("by") and ncls == "effort":
        ids = _with_countries(ctx, _ids_in(ctx, mk.start("agent"), mk.end("agent")))
        owner = (mk.start("agent"), mk.end("agent"))
    if not ids:
        vb = _MAKER_BEFORE.search(text, max(sent[0], ns - 60), ns)
        rf = _REFOCUS_BEFORE.search(text, max(sent[0], ns - 40), ns) if vb is None else None
        sg = _SIGNING_OF.search(text, max(sent[0], ns - 30), ns)
        if vb is not None:
            if _MAKER_NEG.search(text, max(sent[0], vb.start("v") - 30), vb.start("v")):
                return []  # "refused to sign a treaty calling for …", "would sign a deal …"
            subj = _subject(ctx, sent, vb.start("v"), floor, False)
            if subj is None or not subj.ids or subj.relative:
                return []
            ids, owner, verb = list(subj.ids), (subj.start, subj.end), vb.group("v")
        elif rf is not None and ncls == "effort":
            pm = _POSSESSIVE.search(text, rf.start("pron") - 1, rf.end("pron") + 1)
            got = _possessor(ctx, sent, pm, floor, False) if pm is not None else None
            if got is None:
                return []
            ids, ps, pe = got
            owner = (ps, pe)
        elif ncls != "effort":
            sa = _SIGNED_AFTER.search(text, mk.end(), sent[1])
            if sa is not None and not _REL_AFTER.search(text, mk.end(), sa.start() + 1):
                ids, _ = _resolve(ctx, *_trim(text, sa.start("s"), sa.end("s")))
                owner = (sa.start("s"), sa.end("s"))
                verb = "signed"
                if ids:
                    ctx.told_verbs.add(sa.end("s"))  # its "signed" is no record of its own
            elif (
                sg is not None
                or (det in _DEFINITE and ncls != "law" and _CLAUSE_START.search(text, sent[0], ns))
            ) and (
                got2 := _instrument_before(ctx, ns, ncls)
            ) is not None:
                ids, verb = got2
                owner = (ns, cend)
    if not ids:
        return []
    t0 = mk.end()
    t1, _ = _text_end(text, t0, sent[1])
    rel = _REL_AFTER.search(text, t0, t1)
    if rel is not None:
        t1 = rel.start()  # "… river patrols, which both premiers signed": not content
    nc = _NEW_SUBJECT.search(text, t0, t1)
    if nc is not None:
        t1 = nc.start()  # "While X's plan, which is to …, …, it leaves …": the main clause
    if mk.group("part") is None or text[cstart - 2 : cstart].strip():
        mv = _MAIN_AFTER_ASIDE.search(text, t0, t1)
        if mv is not None:
            t1 = mv.start()  # "X's proposal, which is to cap fees, drew praise": the aside only
    while t1 > t0 and text[t1 - 1] in " \t,;:":
        t1 -= 1
    if t1 <= t0:
        return []
    if ncls == "effort" and not mk.group("including"):
        t0 = ns if not possessed or npm is None else npm.end()
        # "a recruiting drive aimed at young nurses": the effort is the act
    strength = _instrument_strength(ncls, verb, len(ids))
    if (mk.group("part") or "").lower().startswith(("aimed", "aiming", "designed", "intended",
                                                    "meant")) and ncls != "effort":
        strength = "intention"  # the instrument's aim, not a term of it
    cue_text = " ".join(text[cstart : mk.end()].split())
    spans = (
        _split_items(text, t0, t1)
        if mk.group("including") or mk.group("incl") or mk.group("calls")
        or (mk.group("part") or "").lower().startswith("calling")
        else [(t0, t1)]
    )
    src = None
    view = _view_at(ctx, cstart)
    if view and view.speaker and view.speaker not in ids:
        src = view.speaker
    return [
        _Rec(list(ids), text[owner[0] : owner[1]], cue_text or noun, sp, sent, strength,
             "nom.instrument", src, owner[1], owner[0])
        for sp in spans
    ]
