"""What follows a person's name, read into (title, affiliation, country): an appositive role
(", a professor of X at Y,"), a relative or bio clause (", who heads Y"), post-modifiers ("of
Japan"), an occupation, a workplace. _people calls these for each name it finds, and roles.py
reuses the clause reader for later bio lines.
"""

from __future__ import annotations

import re

from briefgen.extract import names as N
from briefgen.extract.actors.patterns import (
    _CLAUSE_WORDS,
    _FIRM_LAST_WORDS,
    _NOT_OCCUPATIONS,
    _OFFICER_TITLES,
    _RX_AGE_SKIP,
    _RX_AT_ORG,
    _RX_IN_SPLIT,
    _RX_OF_NAME,
    _RX_ROLE_HEAD_END,
    _RX_SERVED,
    _RX_SP_CAP,
    _RX_WORD_CHAR,
    _RX_WORDS,
    _SERVED_AFTER,
    _THE_CAMPAIGN,
)
from briefgen.extract.actors.runs import (
    _has_head,
    _known_org,
    _not_org,
    _org_name_in_run,
    _org_of_run,
    _served_person,
)
from briefgen.extract.actors.state import _Doc
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy

_RX_POSS = rx_compile(
    rf"({N.ORG_TOK}(?:[ \xa0]+{N.ORG_TOK})*)['’]s[ \xa0]+"
)
_RX_OF_CAPS = lazy(
    rf"[ \xa0]+of[ \xa0]+((?:{N.ORG_TOK}[ \xa0]?)+)"
)
# " of NBC's" after a role: whose programme or part the role is in
_RX_OF_BODY_POSS = lazy(
    rf"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?({N.ORG_TOK}(?:[ \xa0]{N.ORG_TOK}){{0,2}})['’]s(?![\w-])"
    rf"(?![ \xa0]+[{N.UPPER}])"  # (not "the Harbor Trust's Board of Elders": a body of its own)
)
_RX_REPORTED = rx_compile(r"(?<![\w-])(?:said|says|told|tells|added|adds)(?![\w-])")
_RX_AT_WITH = rx_compile(r"[ \xa0]+(?:at|with)[ \xa0]+(?:the[ \xa0]+)?")
_RX_ARTICLE = rx_compile(r"^(?:a|an|the)[ \xa0]+")
_RX_NOW_ITS = rx_compile(r"now[ \xa0]+(?:a|an|the)[ \xa0]+(?=[a-z])|its[ \xa0]+(?=\w)")
_RX_SP_OF = lazy(r"[ \xa0]+of\b")
_RX_FIRM_END = lazy(r"\b(?:company|firm|group|bank)$")
_RX_OF_BASED = lazy(
    r"^([ \xa0]+(?:of|at|for|with)[ \xa0]+(?:the[ \xa0]+)?)"
    r"(?:[A-Z][\w.'’]*,?[ \xa0]+){0,3}[A-Z][\w.'’]*-based[ \xa0]+(?=[A-Z])"
)
_RX_REL_CLAUSE = rx_compile(r"[ \xa0](?:who|whose|which)[ \xa0]")
_RX_WORKS_AT = lazy(
    rf"[ \xa0]+(?:at|with|for)[ \xa0]+(?:the[ \xa0]+)?(?:[A-Z][\w-]*-based[ \xa0]+)?"
    rf"({N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|and|the|de)[ \xa0]+)*{N.ORG_TOK})*)"
)
# after a capitalised name: a lower-case word and another capital go on with it ("Friends for
# Change", "Right to Rise"), "at ORG" names the body where the role is held
_RX_NAME_GOES_ON = lazy(r"[ \xa0]+(?:(?:to|for|in|with|and|on|against)[ \xa0]+[A-Z]|at[ \xa0])")
# the last word of a role that someone holds in a body ("publisher of X", "executive director
# of X", "former head of X"): the capitalised name after "of" is that body, not part of the role
_BODY_ROLE_HEADS = frozenset((
    "publisher", "editor", "director", "founder", "co-founder", "cofounder", "head", "CEO",
    "chairman", "chairwoman", "president", "treasurer", "manager",
))
# Role nouns that also qualify a following role ("the billionaire chief executive", "a radical
# preacher"): the last role is the head
_ATTRIBUTIVE_ROLES = frozenset((
    "billionaire", "millionaire", "tycoon", "magnate", "mogul", "titan", "radical", "militant",
    "terrorist", "protester", "singer", "musician", "comedian", "novelist",
))
# ", a high school teacher,", ", 52, a school nurse in Lyon": an article, up to three lower-case
# modifiers and an occupation noun (the title lexicon need not know it), then the phrase's end
# or a preposition. Only read for a person already found by another anchor.
_RX_OCCUPATION = lazy(
    r",[ \xa0]+(?:\d{1,3},[ \xa0]+)?(?:a|an|the)[ \xa0]+((?:[a-z][\w-]*[ \xa0]+){0,3}?)"
    r"([a-z][a-z-]*(?:er|or|ist|ian|eon|ant)|co-host|host)"
    r"(?=[ \xa0]*[,.;:]|[ \xa0]+(?:at|for|of|with|in|from|on|who)[ \xa0])"
)


def _occupation_appositive(text: str, e: int, end: int) -> str | None:
    """The occupation an appositive gives a person with no title ("Ann Roe, a high school
    teacher,"), or None: not a comparative ("a lot poorer") or a thing ("a paper")."""
    m = _RX_OCCUPATION.match(text, e, end)
    if m is None:
        return None
    noun = m.group(2)
    mods = m.group(1).split()
    if noun in _NOT_OCCUPATIONS or noun in N.KIN_NOUNS or any(
        w in _CLAUSE_WORDS or w in ("lot", "bit", "little", "much", "far") for w in mods
    ):
        return None
    return " ".join([*mods, noun])


# "X, who served as ambassador to Jordan until 2019", "X, who is a fellow at Y", "X is a senior
# fellow at Y." (a bio line): the role after a copula; and "X, who heads Y": the role in the verb
_RX_WHO_ROLE = lazy(
    r"(?:,[ \xa0]+who[ \xa0]+(?:also[ \xa0]+|now[ \xa0]+)?|[ \xa0]+(?=is[ \xa0]|was[ \xa0]))"
    r"(?P<v>is|was|has[ \xa0]+been|had[ \xa0]+been|served[ \xa0]+as|serves[ \xa0]+as"
    r"|worked[ \xa0]+as|works[ \xa0]+as)[ \xa0]+(?:(?:a|an|the)[ \xa0]+)?"
    r"(?P<role>[^,;:()\"“”]{2,80}?)"
    r"(?P<tail>[ \xa0]*(?:[,;:]|(?<![A-Z])\.(?:[ \xa0\n]|\Z)|\Z)|[ \xa0]+(?:until|from|since|between|in[ \xa0]+\d{4}|during|when)(?![\w-]))"
)
_RX_WHO_VERB = lazy(
    r",[ \xa0]+who[ \xa0]+(?:also[ \xa0]+|now[ \xa0]+)?(?P<v>heads|headed|leads|led|runs|ran|chairs"
    r"|chaired|directs|directed|founded|co-founded|helmed|edits|edited)[ \xa0]+(?:the[ \xa0]+)?"
    rf"(?P<org>{N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|and|the)[ \xa0]+)*{N.ORG_TOK})*)"
)
_VERB_ROLES = {
    "heads": "head", "headed": "former head", "leads": "head", "led": "former head",
    "runs": "head", "ran": "former head", "chairs": "chairman", "chaired": "former chairman",
    "directs": "director", "directed": "former director", "founded": "founder",
    "co-founded": "co-founder", "helmed": "former head", "edits": "editor",
    "edited": "former editor",
}
_RX_ROLE_SPLIT = lazy(r"[ \xa0]+(?:of|at|for|with)[ \xa0]+(?:the[ \xa0]+)?(?=[A-Z])")


# "X, who studies tax policy at the Harbor Institute", "X, who teaches law at Elmford
# University", "X, who follows the steel industry for Tessaly Consultants", "X, who writes for
# the Harbor Ledger": where the person works now, from a relative clause's work verb and "at"
# or "for" (not "who studied at …": an alumnus; not "who voted for …")
_RX_WHO_WORKS_AT = lazy(
    r",[ \xa0]+who[ \xa0]+(?:also[ \xa0]+|now[ \xa0]+)?(?:(?:works|teaches|studies|researches"
    r"|lectures|specializes|specialises|focuses|writes)(?:[ \xa0]+[a-z][\w-]*){0,6}?[ \xa0]+at"
    r"|(?:works|writes|reports|follows|covers|tracks|analyzes|analyses)"
    r"(?:[ \xa0]+[a-z][\w-]*){0,6}?[ \xa0]+for)[ \xa0]+(?:the[ \xa0]+)?"
    rf"({N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|and|the|de)[ \xa0]+)*{N.ORG_TOK})*)"
)


def _works_at(st: _Doc, e: int, end: int) -> str | None:
    """The organisation a relative clause right after a name says the person works at (a
    known organisation or a run with an institutional head only: "who studies at Elmford" is
    a place or a school the text does not name as one)."""
    m = _RX_WHO_WORKS_AT.match(st.text, e, end)
    if m is None:
        return None
    org = _org_of_run(m.group(1))
    org = org.rstrip(".") if org and org.split()[-1] not in N.CORP_SUFFIXES else org
    return _known_org(st, org) if org else None


def _role_clause(st: _Doc, e: int, end: int) -> tuple[str, str | None, str | None] | None:
    """(title, affiliation, country) from a relative clause or a bio line after a name: ", who
    served as ambassador to Jordan until 2019" (former), ", who heads the Harbor Trust",
    " is a senior fellow at the Asia Institute." — the role a known title or an occupation
    noun ("the reason the talks failed" is none)."""
    text = st.text
    m = _RX_WHO_VERB.match(text, e, end)
    if m is not None:
        org = _known_org(st, (_org_of_run(m.group("org")) or "").rstrip(".,"))
        return (_VERB_ROLES[m.group("v")], org, None) if org else None
    m = _RX_WHO_ROLE.match(text, e, end)
    if m is None:
        return None
    if not text.startswith(",", e) and not _name_opens_sentence(text, e):
        return None  # "X is …" only as a bio line: the name opens its sentence
    role = " ".join(m.group("role").split())
    if (rep := _RX_REPORTED.search(role)) is not None:
        role = role[: rep.start()].rstrip()  # "who is chairman of X said in a statement": no
        # comma closed the clause; the reporting verb does
    if not _copula_role(text, e, m.start("role"), role):
        return None
    owner_country = owner_org = None
    if (po := _RX_POSS.match(role)) is not None:
        # "who is France's finance minister", "is Harlow's chief executive": the possessor is
        # the country or the body the role is of, as in an appositive
        owner = po.group(1)
        if owner in N.COUNTRY_REFS and N.COUNTRY_REFS[owner].form != "demonym":
            owner_country, role = N.COUNTRY_REFS[owner].key, role[po.end() :]
        elif (owner_org := _known_org(st, owner)) is None and not any(
            a.kind == "organization" and a.name == owner for a in st.actors.values()
        ):
            if not role.startswith("campaign ", po.end()):
                return None  # "is Ann Roe's lawyer": a person's, read elsewhere
            # "who was Roe's campaign pollster": the Roe campaign's pollster
            owner_org, role = f"{owner.split()[-1]} campaign", role[po.end() + 9 :]
        else:
            owner_org, role = owner_org or (None if owner_country else owner), role[po.end() :]
    sp = _RX_ROLE_SPLIT.search(role)
    head, org_run = (role[: sp.start()], role[sp.end() :]) if sp else (role, "")
    hp = _RX_ROLE_HEAD_END.search(head)  # "ambassador to Jordan", "lawyer for the family"
    words = head[: hp.start()].split() if hp else head.split()
    if not words or len(words) > 5 or any(w.lower() in _CLAUSE_WORDS for w in words):
        return None
    if words[0].endswith(("ed", "ing")) and words[0].islower():
        return None  # "was elected governor", "was running for mayor": a verb, not a role
    last = words[-1]
    if not (
        last.lower() in N.TITLE_CANON and N.TITLE_KIND.get(last.lower()) != "honorific"
    ) and (_RX_OCC_NOUN.fullmatch(last) is None or last in _NOT_OCCUPATIONS):
        return None
    aff, country = owner_org, owner_country
    title = head
    if org_run and (aff or country):
        title = role  # "Harlow's head of sales for Europe": the owner is the body
    elif org_run:
        run = org_run.rstrip(".")
        ref = N.COUNTRY_REFS.get(run)
        org = _org_of_run(run)
        prep = role[sp.start() : sp.end()].split()[0] if sp else ""
        if ref is not None and ref.form != "demonym" and prep == "of" and " " not in head:
            country = ref.key  # "who is president of Austria" (one word: not "minister of
            # state for Iraq")
        elif ref is not None and ref.form != "demonym" and prep == "of" and (
            head.lower() in N.TITLE_CANON
        ):
            country = ref.key  # "the finance minister of France"
        elif org and _known_org(st, org):
            aff = _known_org(st, org)
        elif org and (org := _RX_TITLE_POSS.split(org, 1)[0]) and " " in org and not hp and (
            prep in ("at", "with") or head in _OFFICER_TITLES
            or last.lower() in _BODY_ROLE_HEADS
        ) and org not in N.GAZ and not any(st.person_token(w) for w in org.split()):
            aff = org  # "an economist at Banque Ravel", "chief executive of Northgate Capital":
            # a post's body by its name, as an appositive reads it
        else:
            title = role
    v = m.group("v").split()[0]
    if v in ("served", "worked") and m.group("tail").strip(" \xa0,;:.") in (
        "until", "from", "between", "during"
    ) or (v in ("served", "worked") and "in" in m.group("tail")):
        title = "former " + title
    return title, aff, country


# Words that never stand among a role's modifiers in an appositive: a preposition or a wh-word
# (", through a spokeswoman,", ", where the general election …"), an article after another word
_LEAD_STOP = frozenset((
    "a", "an", "where", "when", "through", "via", "after", "before", "during", "since", "until",
    "unlike", "like", "than", "despite", "without", "about", "whom", "whose", "why", "how",
))
_RX_OCC_NOUN = rx_compile(r"[a-z][a-z-]*(?:er|or|ist|ian|eon|ant)|co-host|host")
# Words that make the predicate of "X is/was …" an adjective, a prepositional phrase or a
# negation rather than a role noun phrase ("was wrong about the pier", "is not a journalist",
# "was against the deal", "is no friend of"): an article or a preposition inside the head words.
_PREDICATE_WORDS = frozenset((
    "a", "an", "the", "about", "than", "like", "over", "against", "into", "by", "without",
    "among", "not", "no", "never", "so", "too", "very", "more", "less", "most", "least",
    "making", "being", "up", "out", "off", "down",
))
_ER_ADJECTIVES = frozenset((
    "eager", "clever", "bitter", "proper", "sober", "tender", "sinister", "slender", "somber",
    "sombre", "meager", "meagre", "sinister", "sheer", "queer", "super", "inferior", "superior",
    "major", "minor", "senior", "junior", "poor", "unclear", "familiar", "popular", "similar",
    "vulnerable", "ignorant", "reluctant", "confident", "hesitant", "defiant", "adamant",
    "relevant", "important", "distant", "pleasant", "arrogant", "brilliant", "tolerant",
    "vigilant", "elegant", "abundant", "redundant", "significant", "dominant", "constant",
))
_QUOTE_CHARS = "\"“”‘'`"


def _copula_role(text: str, e: int, rs: int, role: str) -> bool:
    """Whether the predicate after "X is/was" (role, starting at rs) can be X's role: a role noun
    phrase, never a predicative adjective, a prepositional phrase, a negation or a quoted word;
    a bare noun (no article: "was chairman of X") only when it is a known title; and a bio line
    ("X is a …" opening the sentence) never inside a quotation, where it is a speaker's
    characterisation ("“Roe is a danger to us,” Doe said")."""
    if not role or role[0] in _QUOTE_CHARS or "''" in role:
        return False
    sp = _RX_ROLE_SPLIT.search(role)
    head = role[: sp.start()] if sp else role
    hp = _RX_ROLE_HEAD_END.search(head)
    words = (head[: hp.start()] if hp else head).lower().split()
    if not words or any(w in _PREDICATE_WORDS for w in words):
        return False
    if text[max(0, rs - 4) : rs].lower().rstrip(" \xa0").endswith((" a", " an", "the")):
        pass  # an article: a noun phrase ("is a senior fellow at Y")
    elif not (words[-1] in N.TITLE_CANON and N.TITLE_KIND.get(words[-1]) != "honorific") and (
        len(words) > 1 or words[0] in _ER_ADJECTIVES or not _RX_OCC_NOUN.fullmatch(words[0])
    ):
        return False  # "was wrong", "is eager to", "was miles away": no article, no known title
        # nor one occupation noun ("is co-author of the book")
    if not text.startswith(",", e):  # a bio line: not in a quotation opened before the name
        k = text.rfind("\n", 0, e) + 1
        seg = text[max(k, e - 200) : e]
        opened = seg.count("“") + seg.count('"') % 2 + seg.count("``")
        closed = seg.count("”") + seg.count("''")
        if opened > closed:
            return False
    return True


def _name_opens_sentence(text: str, e: int) -> bool:
    """Whether the name ending at e opens its sentence (a bio line "X is a fellow at Y.")."""
    k = e
    while k > 0 and e - k < 60 and text[k - 1] not in ".!?\n":
        k -= 1
    return (k == 0 or text[k - 1] in ".!?\n") and len(text[k:e].split()) <= 4


def _post_modifiers(
    st: _Doc, e: int, end: int, kind: str
) -> tuple[str | None, str | None, str | None]:
    """(title, affiliation, country) from what follows a name: "of Japan", ", a professor of ..."."""
    text = st.text
    m = _RX_OF_NAME.match(text, e, end)
    if m is None and text.startswith((",", ", of"), e):
        # "the Rev. Ann Lowe, of Grace Baptist Church, said": AP's comma before "of"
        m = _RX_OF_NAME.match(text, e + 1, end)
        if m and not any(w.rstrip(".,") in N.ORG_HEADS for w in m.group(1).split()):
            m = None
    if m and m.group(1) in N.COUNTRY_REFS:
        return None, None, N.COUNTRY_REFS[m.group(1)].key
    if m:
        name = m.group(1)
        if name in N.ORG_HEADS and (full := N.ORGRUN_RE.match(text, m.start(1), end)):
            name = _org_of_run(full.group()) or name  # "of the Archdiocese of Elmwood"
        if name.endswith(".") and (last := name[:-1].rsplit(None, 1)[-1]).isalpha() and (
            len(last) > 3 and last + "." not in N.CORP_SUFFIXES
        ):
            name = name[:-1]  # "of the Archdiocese of Elmwood.": the sentence's full stop
        if name in N.GAZ or any(w in N.ORG_HEADS for w in name.split()):
            return None, name, None
    m2 = _RX_AT_WITH.match(text[e:end])
    if m2 and kind in ("role", "academic"):  # "analyst X at Y"; "President X at Y" is a place
        rm = N.ORGRUN_RE.match(text, e + m2.end(), end)
        if rm:
            name = _org_of_run(rm.group())
            if name:
                return None, name, None
    if text.startswith((", ", ",\xa0"), e):
        ap = _appositive(st, e, end)
        if ap:
            return ap[0], ap[1], ap[2]
    return None, None, None


def _country_of_run(rest: str, am: re.Match[str]) -> str | None:
    """The country a role is of when "of" names one straight after it ("the finance minister
    of France", "president of the Philippines"): its key; not a demonym in a topic ("professor
    of Russian history") nor a possessor ("head of Iraq's army")."""
    run = _RX_IN_SPLIT.split(am.group(1))[0].rstrip(".")
    ref = N.COUNTRY_REFS.get(run)
    if ref is None or ref.form == "demonym" or rest[am.start(1) + len(run) : am.start(1) + len(
        run
    ) + 1] in ("'", "’"):
        return None
    if rest[am.start() : am.start(1)].split()[-1:] not in (["of"], ["the"]):
        return None  # "of Russian-backed X": words between "of" and the run
    return ref.key


# ", a professor at Y," — the phrase ends at a comma or the sentence end. "X, the mayor said" is
# no appositive: the role there is the speaker of a clause ending in X ("... in Elmwood, the
# mayor said"), so a reporting verb right after the phrase does not end it.
# "of" and lower-case words up to the last " at/with/of/for/in " (or the end): "head of policy
# research at Y". Written as "(?:[a-z][\w-]*[ \xa0]*)+?" it found the same span (the last such
# point: lazy over ambiguous units backtracks to it), but a unit could split a word anywhere, so a
# long lower-case phrase with no such word took exponential time (18 s on one 1,200-word text).
_RX_OF_LOWER = lazy(
    r"[ \xa0]+of[ \xa0]+([a-z][\w-]*(?:[ \xa0]+[a-z][\w-]*)*[ \xa0]*)"
    r"(?=[ \xa0]+(?:at|with|of|for|in)[ \xa0]|$)"
)
_APPOS_SHORT_RE = rx_compile(
    r", ((?:(?:a|an|the)[ \xa0]+)?[^,;:\"“”()]{2,140}?)(?=,|[.;]\s|[.;]?$)"
)
# An abbreviated title or an initial before a name does not end the phrase (", an aide to Sen.
# Ann B. Roe,"), and a party tag after the name does ("a staffer for Sen. Ann Roe (D-Vt.),");
# when the phrase so read runs on too far, the short reading above stands (_appos_match).
def _abbr_lookbehinds() -> str:
    """One fixed-width lookbehind per length of the abbreviated titles (each sees the point)."""
    by_len: dict[int, list[str]] = {}
    for t in sorted(N.TITLE_CANON):
        if t.endswith(".") and t[:-1].isalpha() and t[:1].isupper() and len(t) <= 7:
            by_len.setdefault(len(t), []).append(re.escape(t[:-1]))
    return "".join(
        rf"(?<![ \xa0](?:{'|'.join(ws)})[.;])" for _, ws in sorted(by_len.items())
    ) + rf"(?<![ \xa0][{N.UPPER}][.;])"  # nor a middle initial (", an aide to Ann B. Roe,")


_TITLE_ABBR_BEFORE = _abbr_lookbehinds()
_APPOS_RE = rx_compile(
    rf", ((?:(?:a|an|the)[ \xa0]+)?[^,;:\"“”()]{{2,140}}?)"
    rf"(?=,|[.;]{_TITLE_ABBR_BEFORE}\s|[.;]?$|[ \xa0]\([DRI]-)"
)


def _appos_match(text: str, e: int, end: int) -> re.Match[str] | None:
    """The appositive phrase at e: across an abbreviated title, else up to its point."""
    m = _APPOS_RE.match(text, e, end)
    if m is None and (text.find(".", e, e + 160) >= 0 or text.find(";", e, e + 160) >= 0):
        m = _APPOS_SHORT_RE.match(text, e, end)  # (it ends only where the long one went on)
    return m
_RX_BODY_POSS = lazy(
    rf"([{N.UPPER}][\w-]+(?:[ \xa0][{N.UPPER}][\w-]+)?)[ \xa0](campaign|administration|team)['’]s[ \xa0]+"
)
# ", an adviser to the campaign", ", a spokeswoman for the Roe campaign" after the role: not
# "the campaign trail", "the campaign to ban mines", "the campaign finance law"
_RX_FOR_CAMPAIGN = lazy(
    rf"[ \xa0]+(?:to|for|with|on)[ \xa0]+(?:the|her|his)[ \xa0]+"
    rf"(?:([{N.UPPER}][\w-]+(?:[ \xa0][{N.UPPER}][\w-]+)?)[ \xa0]+)?(?:presidential[ \xa0]+)?"
    r"campaign(?![\w-])(?![ \xa0]+(?:trail|to|finance|against|for|of|ads?|events?|stops?)(?![\w-]))"
)
_RX_TITLE_POSS = rx_compile(r"['’]s(?!\w)")


def _appositive(
    st: _Doc, e: int, end: int, m: re.Match[str] | None = None
) -> tuple[str | None, str | None, str | None, int] | None:
    """Title, affiliation and country from ", a professor of X at Y," after a name; with the end.
    m: _APPOS_RE's match at e if the caller has it already."""
    text = st.text
    if m is None:
        if text.startswith(",", e) and (ag := _RX_AGE_SKIP.match(text, e, end)):
            e = ag.end()  # "Ann Roe, 54, treasurer,": the role after the age
        m = _appos_match(text, e, end)  # endpos, not a copy of the text up to end
    if not m:
        return None
    phrase = m.group(1)
    if N.TITLE_FIRST_WORDS.isdisjoint(_RX_WORDS.findall(phrase)):
        return None  # no title word: TITLE_ANY_RE below finds none (most clauses after commas)
    clause = ""
    rel = _RX_REL_CLAUSE.search(phrase)
    if rel:  # "a pollster who worked for X": the role; the clause only names a workplace
        phrase, clause = phrase[: rel.start()], phrase[rel.start() :]
    if _RX_REPORTED.search(phrase):
        return None  # "near Elmwood, the mayor said.": the role speaks, it describes no one
    ps = m.start(1)
    body = _RX_ARTICLE.sub("", phrase.lstrip())  # (",  a historian": two spaces)
    if (nw := _RX_NOW_ITS.match(body)) is not None:
        body = body[nw.end() :]  # "Dunn, now a partner at X": "partner"; "Oo, its acting
        # chairman": the body's (found by the caller), no part of the title
    off = ps + len(phrase) - len(body)
    affiliation = country = None
    poss = _RX_POSS.match(body)
    if poss is None and (bp := _RX_BODY_POSS.match(body)) is not None:
        # "the Roe campaign's communications director": the campaign is the affiliation
        affiliation = f"{bp.group(1)} {bp.group(2)}"
        body, off = body[bp.end() :], off + bp.end()
    if poss is None and affiliation is None and body.startswith(("campaign's ", "campaign’s ")):
        # "Tom Berg, the campaign's press secretary": the one campaign the text names
        body, off = body[11:], off + 11
        affiliation = _THE_CAMPAIGN  # (the campaigns are found later: _finish names it)
    if poss:
        owner = poss.group(1)
        if owner in N.COUNTRY_REFS:
            country = N.COUNTRY_REFS[owner].key
        elif not _not_org(owner):
            affiliation = owner  # "Oxfam's head of policy"; "Vale's adviser": Vale
            if " " in owner and owner.split()[0] in N.GIVEN and _served_person(owner) == owner:
                st.person_affs.add(owner)  # "Ann Roe's former strategist": a person's
        body = body[poss.end() :]
        off += poss.end()
    t = N.TITLE_ANY_RE.search(body)
    if not t or N.TITLE_KIND.get(t.group()) == "honorific":
        return None  # "Ironically, Mr. Novak ...": an honorific before a name is no role
    if t.group() in _ATTRIBUTIVE_ROLES and body[t.end() : t.end() + 1] == " " and (
        t2 := N.TITLE_ANY_RE.match(body, t.end() + 1)
    ):
        t = t2  # "the billionaire chief executive of X": the role is the last; the first qualifies
    if _RX_TITLE_POSS.match(body, t.end()):
        return None  # "the party's nominee's eldest daughter": the role is someone else's
    if _RX_SP_CAP.match(body[t.end() :]) and not _RX_SP_OF.match(body[t.end() :]):
        return None  # "President Ann J. Ward": a title before another name, not a role
    # an age is no part of a role ("a 39-year-old Miami businessman")
    # and a base is no part of it either ("an Austin-based political pollster", "a South
    # Florida-based lawyer": the place's other words go with it)
    lead: list[str] = []
    for w in body[: t.start()].split():
        if w.endswith("-based"):
            while lead and lead[-1][:1].isupper():
                lead.pop()
        elif not w.endswith("-year-old"):
            lead.append(w)
    # words before the role: demonyms give the country, a capitalised topic stays ("China scholar")
    kept: list[str] = []
    for w in lead:
        ref = N.COUNTRY_REFS.get(w)
        # a demonym or an abbreviation is the country ("US ambassador"); a name is a topic
        if ref and not kept and (ref.form == "demonym" or (ref.form == "form" and w.isupper())):
            country = country or ref.key
        else:
            kept.append(w)
            gz = N.GAZ.get(w) if w.isupper() and not affiliation else None
            if gz is not None and gz.kind == "organization":
                affiliation = w  # "a senior FBI agent who runs ...": the FBI's agent
    if any(w in _LEAD_STOP for w in kept):
        return None  # "Roe, through a spokeswoman, declined", "the Midwest, where the general
        # election …": a preposition or a wh-word opens a clause, not a role
    if len(kept) == 3 and kept[1] == "and" and kept[0].isalpha() and kept[0].islower() and (
        kept[2].isalpha() and kept[2].islower() and kept[2] not in ("its", "their")
    ):  # (not "X, resigned and its chairman, Y": a verb, then the next person's role)
        kept = [" ".join(kept)]  # "research and policy director": one role over two fields
    if len(kept) > 2 and (
        len(kept) > 4 or not any(w[:1].isupper() for w in kept)
        or any(w in ("the", "now", "then", "still") or w.endswith(("'s", "’s")) for w in kept)
    ) or any(w.lower() in _CLAUSE_WORDS for w in kept):
        # a clause, not a role ("a major influence on Green Party policy"); a body's name
        # may stand among the modifiers ("a former Roe administration official", "former
        # White House press secretary")
        return None
    if not affiliation and kept and kept[0][:1].isupper() and kept[0] not in N.GAZ:
        firm = _org_by_first_word(st, kept[0])
        if firm is not None:  # "a Harlow vice president" after "Harlow Investments"
            affiliation, kept = firm, kept[1:]
    if not affiliation and len(kept) >= 2:
        for k in range(1, len(kept)):
            if kept[k] in N.ROLE_DOMAIN_OWNERS and kept[k - 1][:1].isupper():
                # "the Elmwood police chief": the Elmwood police's chief (the capitalised
                # words only: "a black Republican campaign consultant")
                j = k - 1
                while j > 0 and kept[j - 1][:1].isupper():
                    j -= 1
                affiliation, kept = " ".join(kept[j : k + 1]), kept[:j] + kept[k:]
                break
    title = " ".join(kept + [t.group()])
    rest = body[t.end() :]
    if "-based" in rest:  # "chairman of New York-based Harlow": the base is no part of the name
        rest = _RX_OF_BASED.sub(r"\1", rest, count=1)
    if not affiliation and (cp := _RX_FOR_CAMPAIGN.match(rest)) is not None:
        # "an adviser to the campaign and a professor at X", "a spokeswoman for the Roe
        # campaign": the campaign's (the one the text names, or Roe's)
        who = cp.group(1)
        return title, (
            f"{who.split()[-1]} campaign" if who and who not in N.PARTY_LABELS
            and who not in N.COUNTRY_REFS and who not in N.NOT_NAMES else _THE_CAMPAIGN
        ), country, m.end(1)
    known = _known_org_after(st, rest) if not affiliation else None
    if known:
        return title, known, country, m.end(1)  # "chairman of Friends in Need"
    if not affiliation and title.rsplit(None, 1)[-1].lower() in _PLACE_OFFICE_HEADS and (
        pl := _RX_OF_PLACE.match(rest)
    ):
        place = pl.group(1)
        ref = N.GAZ.get(place)
        if (ref is not None and ref.kind == "place") or (
            ref is None and place.rsplit(None, 1)[-1] in ("County", "Parish", "City")
        ):  # "mayor of Elmwood", "the attorney general of Oklahoma": the place the office serves
            return title, place, country, m.end(1)
    comp = _RX_OF_LOWER.match(rest)
    if comp and not _RX_FIRM_END.search(comp.group(1)):
        title += " of " + comp.group(1).strip()
        rest = rest[comp.end() :]
    if not affiliation and ("'s" in rest or "’s" in rest):
        # "host of CNN's 'State of the Union'", "the head of Acme Corp.'s Asian unit": a known
        # body's (its programme or part, whose quotes may end the phrase early)
        op = _RX_OF_BODY_POSS.match(text, off + t.end(), off + t.end() + 60)
        ref = N.GAZ.get(op.group(1)) if op is not None else None
        if op is not None and ref is not None and ref.kind == "organization":
            return title, ref.key, country, m.end(1)
    capcomp = _RX_OF_CAPS.match(rest)
    if capcomp:
        cap = capcomp.group(1).strip()
        if not any(w in N.ORG_HEADS or w in N.CORP_SUFFIXES for w in cap.split()) and cap not in N.GAZ:
            after = rest[capcomp.start(1) + len(cap) :]
            if (
                not affiliation and (
                    title in _OFFICER_TITLES or title.endswith(_EDITOR_TITLES)
                    or title.rsplit(None, 1)[-1] in _BODY_ROLE_HEADS
                    and not cap.isupper() and not cap.endswith(("'s", "’s"))
                    and not _RX_NAME_GOES_ON.match(after)
                ) and cap not in N.COUNTRY_REFS and not _not_org(cap)
            ):
                # "chairman of Harlow": a firm's officer; "publisher of The Harbor Ledger",
                # "executive director of Nurses Together": a body's
                return title, cap, country, m.end(1)
            title += " of " + cap
            rest = rest[capcomp.start(1) + len(cap) :]
    am = _RX_AT_ORG.search(rest)
    if am and not affiliation and am.group(1).endswith(("'s", "’s")) and am.end(1) < len(rest) and (
        _org_name_in_run(am.group(1)[:-2]) is None and am.group(1)[:-2] not in N.GAZ
    ):
        # "attorney for Ana's father Juan Roe": the named relative; "spokesman for Roe's
        # relatives in Miami": no organisation (the possessor owns something else)
        kin = _RX_POSS_KIN_NAME.match(rest, am.end(1) - 2)
        if _RX_POSS_CAMPAIGN.match(rest, am.end(1)) is not None:
            # "a spokesman for Ann Roe's campaign", "an adviser to Roe's former presidential
            # campaign": the Roe campaign
            return title, f"{am.group(1)[:-2].split()[-1]} campaign", country, m.end(1)
        if kin and kin.group(1) in N.KIN_NOUNS:
            who = " ".join(kin.group(2).split())
            st.person_affs.add(who)  # a person: no organisation is made of it
            return title, who, country, m.end(1)
        am = None
    prep = rest[am.start() : am.start(1)].split()[-1] if am else ""
    if am and not affiliation and prep in ("to", "for") and am.group(1).split()[0] in N.GIVEN and (
        _known_org(st, am.group(1)) is None
    ) and not any(
        a.kind == "organization" and am.group(1).startswith(a.name) for a in st.actors.values()
    ):
        # "press secretary to Paul Lane", "a former aide to Ann Roe", "a spokesman for Ann
        # Roe": the person served is the affiliation, as the gold annotators give it (no
        # organisation is made of her); not "for Ann Roe Associates", "for Ann Roe campaign"
        sm = _RX_SERVED.match(rest, am.start(1))
        if sm and sm.group().endswith(("'s", "’s")) and _RX_POSS_CAMPAIGN_WIDE.match(
            rest, sm.end()
        ):
            # "deputy campaign manager for Ann Roe's 2004 Democratic presidential campaign"
            return title, f"{sm.group()[:-2].split()[-1]} campaign", country, m.end(1)
        served = _served_person(am.group(1)) if (
            rest[am.end(1) : am.end(1) + 1] in _SERVED_END
            and not _RX_SERVED_BODY_AFTER.match(rest, am.end(1))
        ) else None
        if served is not None and not _has_head(served) and not any(
            w in N.ORG_HEADS or w in N.CORP_SUFFIXES or w in N.GAZ or w in _ORG_LAST_ADJECTIVES
            for w in served.split()  # (not NOT_PERSON_HEADS: "Paul Lane", "Ann Park")
        ):
            st.person_affs.add(served)
            return title, served, country, m.end(1)
        if prep == "to":
            am = None
    if am and not affiliation and prep in ("to", "for") and (
        rest[am.end(1) : am.end(1) + 1] in _SERVED_END
    ) and (served := _titled_person(am.group(1))) is not None:
        st.person_affs.add(served)  # "a spokesman for House Speaker Paul Lane": Paul Lane
        return title, served, country, m.end(1)
    if am and not affiliation and _titled_person(am.group(1)) is not None:
        am = None  # "a close friend of Gov. Ann Roe": a titled person is no organisation
    if am and not affiliation and prep == "of" and (cref := _country_of_run(rest, am)):
        country = country or cref  # "the finance minister of France": France's minister
    elif am and not affiliation:
        org = _org_of_run(am.group(1))
        if org:
            affiliation = org
    if clause and not affiliation and (cr := _clause_role(st, clause)) is not None:
        # "an economist who is now president of the Lakeview Forum": the office she holds
        # now, rather than the calling; "an aide who runs Crosscut Partners": its firm
        return cr[0] or title, cr[1], country, m.end(1)
    if clause and not affiliation:
        # "a retired general who works on policy at the Lisbon-based Tagus Foundation"
        wm = _RX_WORKS_AT.search(clause)
        if wm and (_has_head(wm.group(1)) or wm.group(1) in N.GAZ):
            org = _org_of_run(wm.group(1))
            if org and org not in N.COUNTRY_REFS:
                affiliation = org
    return title, affiliation, country, m.end(1)


# the role a relative clause gives after an appositive's noun: "… who is now president of the
# Lakeview Forum", "… who served as X and is now director at Y", "… who runs Crosscut Partners"
# "editor of The Harbor Ledger", "editor in chief of Harbor Weekly": the outlet (not a writer's
# or a producer's work: "author of The Lost Coast" is a book)
_EDITOR_TITLES = ("editor", "editor in chief", "editor-in-chief")
# the last word of an office that serves a place ("mayor of Elmwood", "the governor of Ohio",
# "attorney general of Oklahoma", "district attorney of Harlan County")
_PLACE_OFFICE_HEADS = frozenset((
    "mayor", "governor", "general", "sheriff", "attorney", "comptroller", "executive",
    "lieutenant", "treasurer", "commissioner", "supervisor", "alderman", "councilman",
    "councilwoman", "councilor", "councillor", "prosecutor",
))
_RX_OF_PLACE = lazy(
    r"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+(?=City|Town))?([A-Z][\w-]*(?:[ \xa0][A-Z][\w-]*){0,2})"
    r"(?=[ \xa0]*(?:[,;:)]|[.!?](?:[ \xa0\n]|\Z)|\Z))"
)
_RX_CLAUSE_IS_ROLE = lazy(
    r"[ \xa0](?:who|and)[ \xa0]+(?:now[ \xa0]+)?(?:is|serves[ \xa0]+as)[ \xa0]+(?:now[ \xa0]+)?"
    r"(?:(?:a|an|the)[ \xa0]+)?((?:[a-z][\w-]*[ \xa0]+){0,2}[a-z][\w-]*)[ \xa0]+(?:of|at|for)"
    r"[ \xa0]+(?:the[ \xa0]+)?([A-Z][^,;:()\"“”]*)"
)
_RX_CLAUSE_RUNS = lazy(
    r"[ \xa0]who[ \xa0]+(?:now[ \xa0]+)?(?:runs|heads|leads|founded|co-founded|directs|chairs)"
    r"[ \xa0]+(?:the[ \xa0]+)?([A-Z][^,;:()\"“”]*)"
)


def _clause_role(st: _Doc, clause: str) -> tuple[str | None, str] | None:
    """(title or None, organisation) from a relative clause after an appositive's role: the
    office held now ("who is now president of the Lakeview Forum") or the body run ("who runs
    Crosscut Partners"); only a known organisation (a head word, a suffix, the gazetteer)."""
    m = _RX_CLAUSE_IS_ROLE.search(clause)
    title = None
    if m is not None:
        words = m.group(1).split()
        last = words[-1]
        if not (last in N.TITLE_CANON and N.TITLE_KIND.get(last) != "honorific") and (
            _RX_OCC_NOUN.fullmatch(last) is None or last in _NOT_OCCUPATIONS
        ):
            return None
        if any(w in _CLAUSE_WORDS for w in words):
            return None
        title, run = m.group(1), m.group(2)
    else:
        m = _RX_CLAUSE_RUNS.search(clause)
        if m is None:
            return None
        run = m.group(1)
    org = _org_of_run(" ".join(run.split()[:8]).rstrip("."))
    rm = N.ORGRUN_RE.match(org) if org else None
    run = (_org_of_run(rm.group()) or "").rstrip(".") if rm else ""
    org = _known_org(st, run) if run else None
    if run and org is None and any(
        a.kind == "organization" and a.name == run for a in st.actors.values()
    ):
        org = run  # a body another rule found ("the Lakeview Forum, a research group")
    return (title, org) if org else None


def _org_by_first_word(st: _Doc, word: str) -> str | None:
    """The organisation already found whose name is or begins with this word ("Harlow" for
    "Harlow Investments"); None when none or several do."""
    found = [
        a.name for a in st.actors.values()
        if a.kind == "organization" and (a.name == word or a.name.startswith(word + " "))
    ]
    if len(found) > 1:  # "Harlow" beside "Harlow Investments" and "Harlow Income Fund": the firm
        found = [n for n in found if n.rsplit(None, 1)[-1] in _FIRM_LAST_WORDS]
    return found[0] if len(found) == 1 else None


_RX_POSS_CAMPAIGN = lazy(r"[ \xa0](?:[a-z][\w-]*[ \xa0]){0,2}campaign(?![\w-])")
_RX_POSS_CAMPAIGN_WIDE = lazy(r"[ \xa0](?:[\w-]+[ \xa0]){0,3}campaign(?![\w-])")
_SERVED_END = _SERVED_AFTER | {""}  # what may follow the run a person served ends
# Last words that make a given name's run a body ("a lawyer for Ann Roe International")
_ORG_LAST_ADJECTIVES = frozenset(("International", "Worldwide", "Global", "USA", "America"))
# "for Ann Roe campaign", "to the Ann Roe Foundation" (lower case): a body named after her
_RX_SERVED_BODY_AFTER = lazy(
    r"[ \xa0]+(?:campaign|administration|team|camp|foundation|family|estate|group|fund|"
    r"committee|organization|organisation|company|firm)s?(?![\w-])"
)


def _titled_person(run: str) -> str | None:
    """The person in a run that opens with an office ("House Speaker Paul Lane", "Sen. Ann
    Roe") after "for/to": the name without the office, when a given name starts it."""
    words = run.split()
    for k in range(1, min(len(words) - 1, 4)):
        if words[k] in N.GIVEN and any(
            w in N.TITLE_CANON or w.lower() in N.TITLE_CANON for w in words[:k]
        ) and all(w[:1].isupper() for w in words[:k]):
            return _served_person(" ".join(words[k:]))
    return None


_RX_POSS_KIN_NAME = lazy(
    rf"['’]s[ \xa0]+([a-z-]+),?[ \xa0]+([{N.UPPER}][\w-]+(?:[ \xa0][{N.UPPER}][\w-]+){{1,3}})"
)
_RX_ORG_PREP = lazy(r"[ \xa0]+(?:of|at|for|with)[ \xa0]+(?:the[ \xa0]+)?(?=[A-Z])")


def _known_org_after(st: _Doc, rest: str) -> str | None:
    """The organisation the text has already found named right after "of/at/for/with (the)"
    in an appositive's rest, when its name holds lower-case words the run patterns stop at."""
    m = _RX_ORG_PREP.match(rest)
    if m is None:
        return None
    after = rest[m.end() :]
    best = None
    for a in st.actors.values():
        n = a.name
        if a.kind == "organization" and " " in n and after.startswith(n) and (
            not _RX_WORD_CHAR.match(after, len(n))
        ) and (best is None or len(n) > len(best)):
            best = n
    return best if best is not None and any(w.islower() for w in best.split()) else None
