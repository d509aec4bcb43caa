"""Person names: _people reads each sentence's capitalised runs for names anchored by a title, a
known given name, a reporting verb, a kin noun, a party tag or an age, an owner ("NBC's Dana
Kirsch"), a plural role or a coordination; trims them (_clean_name); and reads their titles and
affiliations through titles.py and appositives.py. Also relatives named by a known surname
("Lazaro Roe" beside "Elian Roe") and people in headlines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefgen.extract import names as N
from briefgen.extract.actors.appositives import (
    _appos_match,
    _appositive,
    _occupation_appositive,
    _post_modifiers,
    _role_clause,
    _works_at,
)
from briefgen.extract.actors.patterns import (
    _CLAUSE_WORDS,
    _FUNCTION_WORDS,
    _MODIFIER_WORDS,
    _NOT_OCCUPATIONS,
    _ORG_HEAD_WORDS,
    _PARTY_NAMES,
    _PARTY_OF_TAG,
    _PLACE_OFFICES,
    _QUOTE_OPEN,
    _RX_AGE_SKIP,
    _RX_AT_ORG,
    _RX_INITIAL,
    _RX_LOWER_WORD,
    _RX_OF_NAME,
    _RX_PARTICLE_WORD,
    _RX_PREV_CAP,
    _RX_SENT_EDGE,
    _SCANS,
    _STAFF_ROLES,
    _SURNAME_HEADS,
    _THE_CAMPAIGN,
    _TIME_MODIFIERS,
    _TITLE_LAST_WORDS,
    _WORD,
)
from briefgen.extract.actors.runs import (
    _acronym_forms,
    _at_clause_start,
    _known_org,
    _org_name_in_run,
    _org_of_run,
    _quoted_title,
    _served_person,
    _with_prefix,
)
from briefgen.extract.actors.state import _Actor, _Doc, _Seg
from briefgen.extract.actors.titles import (
    _acronym_in_title,
    _gaz_split,
    _inner_title,
    _org_over_chain,
    _parse_pre,
    _place_title,
    _role_domain,
    _split_title,
    _title_matches,
)
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy
from briefgen.model import Span

_SIC = rx_compile(r"[ \xa0]*\[sic\]")
_RX_SAID_BEFORE = lazy(r"(?:said|says|told|added)[ \xa0]+$")
# roles that are also verbs: after one of these words the role is the verb ("will host Ann Roe")
_ROLES_AS_VERBS = frozenset(("host", "co-host", "head", "chief", "coach", "counsel", "star", "partner",
                         "volunteer", "nurse", "author", "founder", "lead", "model", "guard"))
_RX_VERB_BEFORE = lazy(
    r"(?<![\w'’])(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|not|also"
    r"|and|or|who|which|that|[a-z]+n['’]t|['’]ll|['’]d)[ \xa0]+\Z"
)
_RX_SP_CAPNUM = lazy(
    rf"[ \xa0]+[{N.UPPER}0-9]"
)
# A token of N.CONNECTORS as RUN_TOKEN_RE splits a run: after a space or a closing quote (never
# a run's first token, so the character before is in the run).
_RX_CONNECTOR = rx_compile(r"[\s\"”](?:of|for|on|and|the|&|amp|y)(?!\S)")
_PARTICLE_WORDS = frozenset(("bin", "Bin", "ibn", "Ibn", "Abu", "Abdul", "Abdel"))
# The last two letters of every verb REPORT_BEFORE_RE ends in.
_REPORT_BEFORE_ENDS = frozenset(("id", "ys", "ed", "te"))
_RX_POSS_IN_RUN = rx_compile(rf"['’]s[ \xa0]+(?=[{N.UPPER}])")
_RX_SP_DIGIT = lazy(r"[ \xa0]+\d")  # matched at an offset: no copy of the text's rest
# Up to the last thing no PRE_RE match can contain: a comma, quote or the like, or a lower-case
# word that is no connector ("and", "said"); PRE_RE's leftmost match starts after it.
_RX_LAST_BARRIER = rx_compile(
    r"(?s:.*)(?:[,;:!?\"“”\n\t]|(?<![\w.&’'-])(?!(?:of|for|on|the|de)[ \xa0])[a-z]+[ \xa0])"
)
_RX_COMMA_AFTER = lazy(r"[ \xa0]*[,;]")
_RX_OF_HEAD_BEFORE = lazy(r"([A-Z][a-z]+)[ \xa0]of[ \xa0]\Z")
_RX_OFFICE_AND = lazy(r"(?<![\w.-])([A-Z][a-z]+[ \xa0]([A-Z][a-z]+)|[A-Z][a-z]+)[ \xa0]and[ \xa0]\Z")
_RX_ROLE_AND = lazy(r"(?<![\w-])([a-z][a-z-]+)[ \xa0]and[ \xa0](?:[a-z]+[ \xa0])?\Z")
_NAME_SUFFIXES = (" Jr", " Sr", "\xa0Jr", "\xa0Sr")
# a legislator's party tag after the name: "(D-Maine)", "(R-Tex.)", "(I)"; the letter's party
_RX_PARTY_TAG_AFTER = lazy(r"[ \xa0]*\(([DRI])(?:-[A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*)?)?\)")
_HEADLINE_WORD_ENDS = ("s", "ed", "ing", "ment", "tion", "ly")


def _headline_word(st: _Doc, w: str) -> bool:
    """Whether a title-case word after a title in a headline is a common word, not a name: a
    listed one ("Keeps", "Once"), or one the text also writes in lower case with the ending of a
    verb or abstract noun ("Reveals", "Endorsed", "Announcement"); "Secretary Rice" in a text
    about rice keeps its name (no such ending)."""
    if w.lower() in N.NOT_PERSON_WORDS:
        return True
    return w.endswith(_HEADLINE_WORD_ENDS) and w not in N.GIVEN and st.is_lower_word(w)


def _headline_people(st: _Doc, seg: _Seg) -> None:
    """"Remarks by President Ortega on Trade": a title and a short name that ends before a
    lower-case word or punctuation. Longer title-case runs are left to the body's names."""
    text = st.text
    for m in N.TITLE_CHAIN_RE.finditer(text, seg.start, seg.end):
        nm = N.PNAME_RE.match(text, m.end() + 1, seg.end) if text.startswith((" ", "\xa0"), m.end()) else None
        if not nm or len(nm.group().split()) > 2:
            continue
        if _RX_SP_CAPNUM.match(text[nm.end() : seg.end]):
            continue
        cleaned = _clean_name(st, *nm.span())
        if not cleaned or cleaned[0] != nm.start() or not st.free(cleaned[0], cleaned[1]):
            continue
        s, e, toks = cleaned
        if m.group().rsplit(None, 1)[-1] in N.GIVEN_TITLES and toks[0] not in N.GIVEN:
            continue  # "Marine Le Pen": a given name, not the title "Marine"
        if _headline_word(st, toks[0]):
            continue  # "Retired General Reveals …", "Senator Endorsed Vale": a verb, no name
        title, country, _ = _split_title(st, m.group())
        a = _Actor(" ".join(text[s:e].split()), "person", "person.headline-title")
        a.title, a.country, a.tokens = title, country, toks
        st.claim(a, s, e)
        st.persons.append(a)


@dataclass
class _PersonHit:
    span: Span
    tokens: tuple[str, ...]
    title: str | None
    affiliation: str | None
    country: str | None
    rule: str


def _clean_name(st: _Doc, s: int, e: int) -> tuple[int, int, tuple[str, ...]] | None:
    """Trim a matched name: drop a "[sic]"-marked slip, title words, months; None if no name."""
    text = st.text
    if _SIC.match(text, e):
        return None
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, s, e)]
    if words and words[0][2] in N.TITLE_CANON and " ".join([w[2] for w in words]) in N.GAZ:
        return None  # "General Motors said"
    while words and (
        words[0][2] in N.TITLE_CANON or words[0][2] in N.NOT_NAMES or words[0][2] in N.PARTY_LABELS
        or (text[words[0][1] : words[0][1] + 1] == "." and words[0][2] + "." in N.TITLE_CANON)
    ) and not (
        words[0][2] in N.GIVEN_TITLES and len(words) > 1 and words[1][2] not in N.GIVEN
        and words[1][2] not in N.TITLE_CANON  # "Marine Le Pen": her given name, no title
    ):
        if words[0][2] in N.STYLE_TITLES and len(words) == 2:
            return None  # "Cardinal Health said", "Father Christmas": no full name after it
        words.pop(0)  # "Republican Tom Vance", "Democrat Jane Doe", "Del. Jane Roe"
    while len(words) > 2 and words[0][2] in N.ORG_HEADS:
        words.pop(0)  # "Director of Communications Ann Roe": a body's head word ends before her
    if words and _sentence_adverb(st, words[0][2], words[0][0]):
        if len(words) == 1:
            return None  # "Similarly, the minister, X, said": no name at all
        words.pop(0)  # "Similarly Ridgeford said": a sentence adverb, not a first name
    while words and (
        (words[-1][2] in N.MONTHS_DAYS and (
            len(words) == 1 or _RX_SP_DIGIT.match(text, e) or _time_word_tail(words)
        ))
        or words[-1][2] in N.NOT_NAMES
        or (words[-1][2] in N.TITLE_CANON and not (  # "Dale Bishop": a given name, a surname
            len(words) == 2 and words[0][2] in N.GIVEN and (
                words[0][2] not in N.GIVEN_AMBIGUOUS or words[-1][2] in N.STYLE_TITLES
            )
            and words[-1][2].isalpha() and words[-1][2][1:].islower()
        ))
        or (text[words[-1][1] : words[-1][1] + 1] == "." and words[-1][2] + "." in N.TITLE_CANON)
    ):
        words.pop()
    if len(words) >= 2 and _common_noun_tail(st, words):
        words.pop()  # "President Lane Speech at …" in a caption: the name ends before the noun
    if not words:
        return None
    last = words[-1][2]
    if (last in N.ORG_HEADS or last in N.CORP_SUFFIXES or last in N.PLACE_HEADS) and not (
        last in _SURNAME_HEADS and len(words) >= 2 and words[-2][2] in N.GIVEN
        and words[-2][2] not in N.GIVEN_AMBIGUOUS
    ):
        return None  # "General Assembly", "Yahoo News", "International Airport"
    toks = tuple([w[2].strip("\"“”") for w in words])
    if len(toks) > 1 and len(toks[0]) > 2 and toks[0].isalpha() and toks[0].isupper() and not (
        toks[1].isupper()
    ):
        return None  # "TKR Harbor said": an acronym leads a company's name, not a person's
    name = text[words[0][0] : words[-1][1]]
    if name in N.GAZ:
        return None
    for i, t in enumerate(toks):
        ref = N.GAZ.get(t)
        if ref is not None and ref.kind != "place" and not ref.ambiguous and not (
            # "Mark Cuban", "Ann English": a demonym after a known given name is a surname
            ref.form == "demonym" and i == len(toks) - 1 and i > 0 and toks[0] in N.GIVEN
            and toks[0] not in N.GIVEN_AMBIGUOUS
        ) and not (
            # "Sofia Brandt": a capital that is also a given name, before a surname
            ref.form == "capital" and i == 0 and len(toks) > 1 and t in N.GIVEN
        ):
            return None  # a known organisation's or country's name in it
    if len(toks) == 1 and (toks[0] in N.MONTHS_DAYS or toks[0].lower() in N.TITLE_CANON):
        return None
    if len(toks) == 2 and toks[0] in N.DAY_EVENTS and toks[1] in N.DAYS:
        return None  # "Super Tuesday", "Good Friday": a named day
    if " ".join(toks).lower() in st.byline:
        return None
    return words[0][0], words[-1][1], toks


_PROSE_AFTER_NAME = frozenset(",.’'\";!?”")
_RX_LOWER_CONTENT = rx_compile(r"(?<![\w’'.-])[a-z][a-z’'-]{3,}")
# the small words a title-case line leaves in lower case ("Speech at", "Talks With")
_TITLE_CASE_SMALL = frozenset(("with", "from", "into", "over", "upon", "onto", "than", "about"))


def _common_noun_tail(st: _Doc, words: list[tuple[int, int, str]]) -> bool:
    """A capitalised last word that the text writes elsewhere in lower case ("speech",
    "rally", "interview"), on a line set in title case (a caption, a video or a headline
    line: every content word capitalised), is a common noun after the name, not a surname:
    "FULL SPEECH: President Lane Speech at Harbor Foundation". Not when the name left is a
    given name alone ("Bill Gates"), nor in prose, where a capital marks a name."""
    w = words[-1][2]
    if not (w[:1].isupper() and w[1:].isalpha() and w[1:].islower()) or w in N.GIVEN:
        return False
    text = st.text
    e = words[-1][1]
    if text[e : e + 1] in _PROSE_AFTER_NAME:
        return False  # "Lane Rally," "Lane Rally’s": a comma, a stop or a possessive after it
    if text[e : e + 1] == " " and "a" <= text[e + 1 : e + 2] <= "z":
        nxt = _RX_LOWER_WORD.match(text, e + 1)
        if nxt is not None and len(nxt.group()) > 3 and nxt.group() not in _TITLE_CASE_SMALL:
            return False  # "Lane said", "Lane announced": prose (most names end so)
    nl = text.find("\n", e, e + 40)
    for m in _RX_LOWER_CONTENT.finditer(text, e, nl if nl >= 0 else e + 40):
        if m.group() not in _TITLE_CASE_SMALL:
            return False  # prose right after the name (most names): no title-case line
    if len(words) == 2 and words[0][2] in N.GIVEN or not st.is_lower_word(w):
        return False
    lo = text.rfind("\n", max(0, words[0][0] - 300), words[0][0]) + 1
    hi = text.find("\n", words[-1][1], words[-1][1] + 300)
    hi = hi if hi >= 0 else min(len(text), words[-1][1] + 300)
    return not any(
        m.group() not in _TITLE_CASE_SMALL for m in _RX_LOWER_CONTENT.finditer(text, lo, hi)
    )


def _time_word_tail(words: list[tuple[int, int, str]]) -> bool:
    """A weekday, or a month after a word that is no given name, glued to a name in wire style
    ("President Jane Roe Thursday condemned", "Roe May said"): never part of the name. A month
    after a given name is a surname ("Theresa May")."""
    w = words[-1][2]
    if w in N.DAYS:
        return len(words) > 1 and words[-2][2] not in N.DAY_EVENTS
    return w in N.MONTHS and len(words) > 1 and words[-2][2] not in N.GIVEN


def _only_time_words(rest: str) -> bool:
    """What _time_word_tail cut off a name: weekdays and months only."""
    return all(w in N.MONTHS_DAYS for w in rest.split())


def _abbrev_title(text: str, e: int, w: str) -> bool:
    """A title abbreviation whose period the name pattern left out: "Del" of "Del. Jane Roe"."""
    return text.startswith(".", e) and w + "." in N.TITLE_CANON


def _sentence_adverb(st: _Doc, w: str, s: int) -> bool:
    """A sentence's first word that is an -ly adverb and no given name ("Similarly",
    "Separately"; not "Kimberly"): it opens the clause, not a name. A word merely also written
    in lower case is not enough ("Rich Lowry said the rich ...")."""
    if len(w) < 6 or not w.endswith("ly") or w in N.GIVEN or not w.isalpha():
        return False
    return bool(_RX_SENT_EDGE.search(st.text, max(0, s - 6), s))


# Role nouns that are also adjectives: before one capitalised word they describe a people
_ADJECTIVE_ROLES = frozenset(("radical", "militant", "terrorist", "radicals", "militants"))
_PLACE_TITLES = frozenset(  # canonical
    ("Mayor", "Sheriff", "District Attorney", "Governor", "Lieutenant Governor", "Lt. Gov.")
)


def _name_starts(st: _Doc, runs: list[Span]) -> list[int]:
    """Where a name may begin: each run's start and each word after a connector inside a run."""
    text = st.text
    out = []
    for rs, re_ in runs:
        out.append(_with_prefix(text, rs) if text[rs - 1 : rs] == "-" else rs)
        if text.find(" ", rs, re_) < 0 and text.find("\xa0", rs, re_) < 0:
            continue  # one token (runs join tokens by spaces only): no connector inside
        if not _RX_CONNECTOR.search(text, rs, re_):
            continue  # no connector token inside (most runs)
        prev_conn = False
        for t in N.RUN_TOKEN_RE.finditer(text, rs, re_):
            w = t.group()
            if prev_conn and w not in N.CONNECTORS:
                out.append(_with_prefix(text, t.start()))
            prev_conn = w in N.CONNECTORS
    return out


def _people(st: _Doc, seg: _Seg, runs: list[Span]) -> None:
    text = st.text
    hits: list[_PersonHit] = []
    starts = _name_starts(st, runs)
    # 1. A title or role (chain) directly before the name.
    for m in _title_matches(st, seg, runs):
        after = m.end()
        if after >= seg.end or text[after] not in " \xa0":
            continue
        nm = N.PNAME_RE.match(text, after + 1, seg.end)
        if not nm:
            got = _title_of_org(st, after, seg.end)
            if got is not None:  # "Director of the Harbor Agency (HA) Ann Roe said"
                title0, _, _ = _split_title(st, m.group())
                hits.append(_PersonHit(got[0], got[1], title0, got[2], None, "person.title"))
            continue
        cleaned = _clean_name(st, nm.start(), nm.end())
        if not cleaned:
            continue
        s, e, toks = cleaned
        if s != nm.start():
            continue  # the "name" began with a title word or a common word: not a name
        if len(toks) < 2 and m.group().rsplit(None, 1)[-1] in N.STYLE_TITLES:
            continue  # "Father Christmas", "Cardinal Health": a style needs a full name
        if m.group().rsplit(None, 1)[-1] in N.GIVEN_TITLES and toks[0] not in N.GIVEN:
            continue  # "Marine Le Pen": a given name, not the title "Marine"
        if len(toks) < 2 and m.group().rsplit(None, 1)[-1] in _ADJECTIVE_ROLES:
            continue  # "radical Islamists", "militant Kurds": an adjective before a people
        if " ".join(text[m.start() : e].split()) in N.GAZ:
            continue  # "General Motors": a known name that starts with a title word
        if text[m.start() - 1 : m.start()] in ("\"", "“") and text[e : e + 1] in ("\"", "”"):
            continue  # "“Miss Sunshine”": a quoted epithet, not a person
        if text[m.start() - 1 : m.start()] in _QUOTE_OPEN and _quoted_title(
            text, m.start(), e, seg.start, seg.end
        ):
            continue  # "the “Justice for Victims of Fraud Act”": a quoted law's name
        chain = m.group()
        if chain.endswith((" Sir", " Dame", "\xa0Sir", "\xa0Dame")):
            # "Jaguar Chairman Sir John Egan": the office is the title; the style goes with the
            # name (_knighted)
            chain = chain[: -5 if chain.endswith("Dame") else -4].rstrip()
        title, country, _ = _split_title(st, chain)
        affiliation = None
        owner = _org_over_chain(st, m.start(), chain)
        if owner is not None:  # "Immigration and Naturalization Service Commissioner X"
            affiliation, title = owner, chain.split()[-1]
        split = _gaz_split(text, seg.start, m.start(), chain) if owner is None else None
        if split:  # "White House Press Secretary": the office, then the title
            affiliation, chain = split
            title, country, _ = _split_title(st, chain)
        ts = m.start()  # where the title begins
        if not split and owner is None and title and " and " in text[max(0, ts - 18) : ts]:
            # "anchor and news correspondent X", "journalist and author X": two roles
            conj = _RX_ROLE_AND.search(text, max(seg.start, ts - 40), ts)
            if conj and conj.group(1) in _TITLE_LAST_WORDS:
                title = " ".join(text[conj.start(1) : ts].split() + [title])
                ts = conj.start(1)
            elif (conj := _RX_OFFICE_AND.search(text, max(seg.start, ts - 40), ts)) and (
                N.TITLE_KIND.get(title) in ("office", "role")
            ):  # "Acme Chairman and Chief Executive X": one person holds both offices
                for k in (1, 2):  # "Vice Chairman and …" before "Chairman and …"
                    if N.TITLE_KIND.get(conj.group(k) or "") in ("office", "role"):
                        title = " ".join(text[conj.start(k) : ts].split() + [title])
                        ts = conj.start(k)
                        break
        window_start = max(seg.start, ts - 150)
        pre = None
        if not split and owner is None:
            # the same leftmost match as a search of all 150 characters (~10-20 µs a call)
            barrier = _RX_LAST_BARRIER.match(text, window_start, ts - 1)
            if barrier:
                window_start = barrier.end()
            pre = N.PRE_RE.search(text[window_start : ts])
        domain = None
        if pre is None and title and not split and owner is None:
            domain = _role_domain(st, seg, ts, title)
            if domain:
                affiliation, country2, title = domain[0], domain[1], domain[2] or title
                country = country or country2
        if pre and title:
            ps = window_start + pre.start(1)
            initial = not text[seg.start : ps].strip(" \xa0\"“'‘(")
            aff, c2, prefix = _parse_pre(
                st, pre.group(1), pre.group(2), bool(pre.group(3)), title, initial
            )
            affiliation = aff
            country = country or c2
            if prefix and title[:1].islower():
                title = f"{prefix} {title}"
            if aff:
                ps = window_start + pre.start(1)
                pe = ps + len(pre.group(1))
                served = " " not in aff and not aff.isupper() and title.lower() in _STAFF_ROLES
                county = aff.rsplit(None, 1)[-1] in ("County", "City") or (
                    title in _PLACE_OFFICES  # a place the office serves, no body
                )
                if " " in aff and _served_person(aff) == aff and _org_name_in_run(aff) is None and (
                    aff.split()[0] not in N.GIVEN_AMBIGUOUS
                ):
                    st.person_affs.add(aff)  # "Ann Roe's former education secretary X"
                if st.free(ps, pe) and aff not in N.GAZ and not served and not county and (
                    aff not in st.person_affs
                ):
                    # ("Obama spokesman X": a person served, likelier than an organisation)
                    st.claim(st.actor("organization", aff, "org.premodifier"), ps, pe)
            if aff and not prefix and title in _PLACE_TITLES:
                title = _place_title(text, window_start + pre.start(1), pre.group(1), aff, title)
            lead_word = pre.group(1).split(None, 1)[0].lower() if pre.group(1).strip() else ""
            if lead_word in _TIME_MODIFIERS and lead_word not in title.lower() and (
                N.TITLE_KIND.get(title) not in ("honorific", "academic", "rank")
            ):
                title = f"{lead_word} {title}"  # "Former Acme Institute director X", "Former
                # Austrian President X": the time word the owner's name stood after
        if N.TITLE_KIND.get(chain.split()[-1]) == "role" and chain.split()[-1].islower():
            # a bare lower-case role before a name needs a pre-modifier or a clause edge
            before = text[max(seg.start, ts - 2) : ts]
            edge = pre or domain or before.strip() in ("", ",", "\"", "“", "'", "”", "’") or (
                ts == seg.start
            )  # "… policies,'' spokesman X said": a closing wire-style quote is an edge too
            if not edge and not _RX_SAID_BEFORE.search(text, max(0, ts - 8), ts):
                if title and not (
                    chain.split()[-1] in _ROLES_AS_VERBS and _RX_VERB_BEFORE.search(
                        text, max(seg.start, ts - 12), ts
                    )
                ):  # "by host Ann Roe", "pediatric surgeon Tom Vale": his, if he is found
                    # (the last role only: "the mayor and director Tom Roe" may be two people)
                    role = title.rsplit(" and ", 1)[-1]
                    st.pending_roles.setdefault((s, e), (role, affiliation, country))
                continue
        post = _post_modifiers(st, e, seg.end, N.TITLE_KIND.get(chain.split()[-1], "office"))
        country = country or post[2]
        affiliation = affiliation or post[1]
        if post[0] and (not title or N.TITLE_KIND.get(title) == "honorific"):
            title = post[0]  # "Dr. Ann Lee, a gynecologist": the role says more than "Dr"
        hits.append(_PersonHit((s, e), toks, title, affiliation, country, "person.title"))
        last = chain.split()[-1]
        if (last.endswith("s.") and last[:-2] + "." in N.TITLE_CANON) or (
            last.endswith("s") and last[:-1] in N.TITLE_CANON
        ):
            # "Sens. Ann Roe (D-Ohio) and Tom Kerr (R-La.)": the plural title holds both
            for co in _coordinated_names(st, e, seg.end):
                hits.append(_PersonHit(co[:2], co[2], title, None, None, "person.title"))
    # 1b. A plural role before a list of names: "the foreign ministers Ann Roe of Chile, Tom
    # Kerr of Peru and Bo Lin", "two Ohio lawyers, Ann Lutz and Ben Ortiz,": each holds it.
    for rs, _ in runs:
        if rs < 4 or text[rs - 2] not in _PLURAL_LAST:
            continue  # (the character before the space: most runs follow another)
        b4 = text[rs - 4 : rs]  # "rs " / "s, " / " of " before the name
        if not b4.endswith(("s ", "s, ", " of ", "s\xa0", " of\xa0")):
            continue
        pw = text[max(seg.start, rs - 40) : rs].split()
        if pw and pw[-1] == "of":
            pw.pop()
        plural = pw[-1].rstrip(",") if pw else ""
        if not plural.endswith("s") or not (
            plural[:-1] in N.TITLE_CANON or plural.endswith(_OCCUPATION_ENDS)
        ):
            continue  # ("says Tom Roe": no plural role before the name, most runs)
        for lh in _plural_role_list(st, seg, rs):
            same = next((h for h in hits if h.span[0] <= lh.span[0] < h.span[1]), None)
            if same is None:
                hits.append(lh)
            elif not same.title:
                same.title, same.country = lh.title, same.country or lh.country
    # 2. A reporting verb after the name, or before it after a quote.
    pname = N.PNAME_RE.match
    seg_end = seg.end
    matched = [(p, pm) for p in starts if (pm := pname(text, p, seg_end))]
    report_after = N.REPORT_AFTER_RE.match
    for p, m0 in matched:
        s0, e0 = m0.span()
        follows = text[e0 : e0 + 1]
        # (REPORT_AFTER_RE begins with a space)
        tail = report_after(text, e0, seg_end) if follows == " " or follows == "\xa0" else None
        appos = None
        anchored = bool(tail)
        ea = e0  # where an appositive may begin
        if follows == "," or follows == ".":  # (no tail then; after anything else, no appositive)
            if text.startswith(".,", e0) and text.endswith(_NAME_SUFFIXES, s0, e0):
                ea += 1  # "Walter Brandt Jr., chairman": the suffix's point, then the appositive
            if text.startswith(",", ea) and (ag := _RX_AGE_SKIP.match(text, ea, seg_end)):
                ea = ag.end()  # "Ann Roe, 54, treasurer,": the role after the age
            if text.startswith((", ", ",\xa0"), ea):
                m_ap = _appos_match(text, ea, seg_end)
                if m_ap:
                    j = m_ap.end(1) + (1 if text.startswith(",", m_ap.end(1)) else 0)
                    anchored = bool(report_after(text, j, seg_end))
                    appos = _appositive(st, ea, seg_end, m_ap)
                    # "in Elmwood, the owner of the mill, Tom Roe": a place, then another's role
                    anchored = anchored or bool(
                        appos and appos[0]
                        and not _RX_LOCATIVE_BEFORE.search(text, max(0, s0 - 6), s0)
                    )
        if not anchored and not (
            # REPORT_BEFORE_RE ends in a verb (last letters id, ys, ed or te) and spaces, or a
            # newline
            s0 >= 2 and (text[s0 - 1] == "\n" or (
                text[s0 - 1] in " \xa0"
                and (text[s0 - 2] in " \xa0" or text[s0 - 3 : s0 - 1] in _REPORT_BEFORE_ENDS)
            ))
            and N.REPORT_BEFORE_RE.search(text[max(seg.start, s0 - 12) : s0])
        ):
            continue  # neither a reporting verb after the name nor "said" before it
        if s0 > seg.start and text[s0 - 1] in ")>":
            continue
        if text.endswith((" of ", "\xa0of "), seg.start, s0) and (
            (hb := _RX_OF_HEAD_BEFORE.search(text, max(seg.start, s0 - 30), s0)) is not None
            and hb.group(1) in N.ORG_HEADS
        ):
            continue  # "the Federal Bureau of Investigation says": the end of a body's name
        if " " in (run0 := text[s0:e0].removeprefix("The ")) and run0 in N.TITLE_CANON:
            continue  # "The Prime Minister said", "the Majority Leader said": an office, no name
        inner = _inner_title(st, s0, e0)
        if inner:
            s0 = inner[0]
        cleaned = _clean_name(st, s0, e0)
        if not cleaned:
            continue
        s, e, toks = cleaned
        if any(h.span[0] <= s < h.span[1] for h in hits):
            continue
        if _RX_PART_OF.match(text, e):
            if st.free(s, e) and len(toks) > 1:  # "X Investigations, a division of Y, said"
                st.claim(st.actor("organization", " ".join(toks), "org.part-of"), s, e)
            continue
        org = _org_prefixed(st, toks)
        if org is not None:
            if st.free(s, e):
                st.claim(org, s, e)  # "Crossvale said" after "Crossvale Savings Bank"
            continue
        initial = s == seg.start or text[seg.start : s].strip() in ("", "\"", "“", "'", "(", "[")
        if initial and len(toks) == 1 and st.is_lower_word(toks[0]):
            continue  # a sentence-initial common word ("Analysts said") is no name
        if ("other", " ".join(toks).lower()) in st.actors:
            continue
        if len(toks) == 1 and tail and tail.group().split()[-1] == "say":
            continue  # "Exporters say": a plural verb, so a plural noun, never one person
        if len(toks) == 1 and toks[0].isupper() and len(toks[0]) <= 5:
            continue  # an acronym ("MITI said") is an organisation, not a person
        title = affiliation = country = None
        if appos:
            title, affiliation, country = appos[0], appos[1], appos[2]
        elif inner:
            title, country = inner[1], inner[2]
        elif text.startswith((", ", ",\xa0"), e):
            ap = _appositive(st, e, seg.end)
            if ap:
                title, affiliation, country = ap[0], ap[1], ap[2]
        if not (appos or tail) and len(toks) == 1 and not title:
            pass
        rule = "person.appositive" if title else "person.reporting"
        hits.append(_PersonHit((s, e), toks, title, affiliation, country, rule))
    # 3. A role, then the name as an appositive: "its top nuclear scientist, Karim Aziz,".
    first_match: dict[int, re.Match[str]] | None = None  # built on first use (rare)
    for p in starts:
        if text[p - 2 : p] not in (", ", ",\xa0") or p - 2 <= seg.start:
            continue
        if first_match is None:
            first_match = {}
            for q, m0 in reversed(matched):
                first_match[q] = m0
        lo = max(seg.start, p - 60)
        ms = [r for r in N.ROLE_PLURAL_RE.finditer(text, lo, p - 2) if r.end() == p - 2]
        comp = None
        if not ms:
            # "A lawyer for the two papers, Ann Roe,": the role's complement up to the comma
            for r in N.ROLE_PLURAL_RE.finditer(text, max(seg.start, p - 100), p - 2):
                c = _RX_ROLE_COMP.fullmatch(text, r.end(), p - 2)
                if c and _RX_ROLE_DET.search(text, max(seg.start, r.start() - 12), r.start()) and not (
                    _COMP_STOPS.intersection(c.group(2).lower().split())
                ):
                    ms, comp = [r], c
                    break
            if not ms:
                continue
        m = ms[0]
        nm = first_match.get(p)
        of_org = None
        if nm and (om := _RX_OF_NAME.match(text, nm.end(), seg.end)) and text.startswith(
            ",", om.end()
        ) and (_known_org(st, om.group(1)) or om.group(1).split()[-1] in _OUTLET_LAST):
            # "the moderator of the first debate, Ann Roe of Harbor News, said"
            of_org = _known_org(st, om.group(1)) or om.group(1)
        if not nm or not (
            of_org
            or _RX_COMMA_AFTER.match(text[nm.end() : nm.end() + 2])
            # "… to defeat the presumptive nominee, Ann Roe.": the sentence's end closes it too
            or text[nm.end() : seg.end].rstrip(" \xa0\n\"”’'") in (".", "!", "?")
        ):
            continue
        cleaned = _clean_name(st, nm.start(), nm.end())
        same = next((h for h in hits if cleaned and h.span[0] <= cleaned[0] < h.span[1]), None)
        if not cleaned or (same is not None and (same.title or same.span != cleaned[:2])):
            continue
        s, e, toks = cleaned
        if len(toks) < 2 or toks[-1] in _FIRM_WORDS or toks[-1] in _ORG_HEAD_WORDS:
            continue  # "a major investor, Harbor Capital Management,": a firm
        role = m.group()
        if role.endswith("s") and role.split()[-1][:-1].lower() in N.TITLE_CANON:
            role = role[:-1]
        words = role.split()
        title = " ".join(w for w in words if w not in N.COUNTRY_REFS)
        if title.lower() in N.TITLE_CANON and N.TITLE_KIND.get(title.lower()) == "honorific":
            continue
        owner = role_country = None
        om = _RX_OWNER_BEFORE.search(text, max(seg.start, m.start() - 40), m.start())
        cm = _RX_CAMPAIGN_BEFORE_ROLE.search(
            text, max(seg.start, m.start() - 40), m.start()
        ) if title.lower() in _CAMPAIGN_ROLES else None  # (the set first: most roles are none)
        if cm is not None:
            # "A Roe campaign aide, Ann Lutz,", "The state's campaign chairman, Ann Lutz,":
            # the campaign's staff (the named one's, else the one the text names: _finish)
            who = cm.group(1)
            owner = (
                f"{who.split()[-1]} campaign" if who and who not in N.NOT_NAMES
                and who not in _FUNCTION_WORDS and who not in N.PARTY_LABELS
                and who not in N.COUNTRY_REFS else _THE_CAMPAIGN
            )
            mod = cm.group(2)
            title = f"{mod} campaign {title}" if mod and mod in _CAMPAIGN_MODS else f"campaign {title}"
        elif om and om.group(1) not in N.NOT_NAMES:
            # "Vacco's campaign manager, Matt Roe,": whom the role serves, and its noun
            owner = om.group(1).removeprefix("The ").removeprefix("The\xa0")
            title = om.group(2) + title if om.group(2) else title
            if title.startswith("campaign ") and title.lower()[9:] in _CAMPAIGN_ROLES:
                owner = f"{owner.split()[-1]} campaign"  # "Roe's campaign manager, X": Roe's
        elif text[m.start() - 1 : m.start()] in (" ", "\xa0") and text[m.start() - 2].isalpha():
            # "the State Department inspector general, Steve Roe,": the body before the role
            ob = _RX_BODY_BEFORE_ROLE.search(text, max(seg.start, m.start() - 60), m.start())
            if ob is not None and ob.group(1) in N.PARTY_LABELS:
                owner = _party_key(ob.group(1))  # "the Democratic nominee, Ann Roe,": her party
            elif ob is not None:
                ref = N.GAZ.get(ob.group(1))
                owner = _known_org(st, ob.group(1)) or (
                    ob.group(1) if ("other", ob.group(1).lower()) in st.actors
                    or (ref is not None and ref.kind == "place") else None
                )  # "the Ohio senator, Ann Roe,": the state she serves, as "Ohio Gov. X"
                if ref is not None and ref.kind == "country" and ref.form in ("demonym", "name"):
                    role_country = ref.key  # "the Kenyan minister, Ann Roe,"
        owner = owner or of_org
        if comp is not None:
            title = f"{title} {comp.group(1)} {comp.group(2).strip()}"
            if owner is None:
                am = _RX_AT_ORG.match(comp.group())
                comp_org = _org_of_run(am.group(1)) if am else None
                if comp_org and comp_org.split()[0].removesuffix("'s").removesuffix(
                    "’s"
                ) in N.MONTHS_DAYS:
                    comp_org = None  # "the moderator of Monday night's debate": a day
                owner = comp_org if comp_org and comp_org not in N.COUNTRY_REFS else None
        if same is not None:  # found by its reporting verb with no role: the role is its title
            same.title, same.affiliation = title, same.affiliation or owner
            continue
        hits.append(_PersonHit((s, e), toks, title, owner, role_country, "person.role-appositive"))
    # 4. Names built with particles (bin, ibn, Abu, Abdul, al-) need no other anchor.
    particles: bool | None = None  # whether the segment has one at all, asked when needed
    for p, m1 in matched if st.particle_words else ():
        g = m1.group()
        if " " not in g and "\xa0" not in g:
            continue  # one word
        words = g.split()
        if not any(t in _PARTICLE_WORDS for t in words[:-1]):
            continue
        if particles is None:
            particles = bool(_RX_PARTICLE_WORD.search(text, seg.start, seg.end))
        if not particles:
            break
        cleaned = _clean_name(st, *m1.span())
        if not cleaned or any(h.span[0] <= cleaned[0] < h.span[1] for h in hits):
            continue
        s, e, ptoks = cleaned
        if not st.free(s, e) or len(ptoks) < 2:
            continue
        hits.append(_PersonHit((s, e), ptoks, None, None, None, "person.particle"))
    # 5. A name that starts with a known given name needs no other anchor ("Mary J. Holden").
    poss = [  # "Harbor Radio's Hugh Dawson": a name after an owner's 's inside a run
        (q.end(), pm)
        for rs, re_ in runs
        for q in _RX_POSS_IN_RUN.finditer(text, rs, re_)
        if (pm := pname(text, q.end(), seg.end))
    ] if (text.find("’", seg.start, seg.end) >= 0 or text.find("'", seg.start, seg.end) >= 0) else []
    owned = {p for p, _ in poss}
    for p, m5 in matched + poss if poss else matched:
        g = m5.group()
        if " " not in g and "\xa0" not in g:
            continue  # one word: no given name and surname (names join words by spaces only)
        hit = _given_name(st, seg, m5)
        if hit is None and p in owned:
            hit = _owned_name(st, m5)
        if hit and not any(h.span[0] <= hit.span[0] < h.span[1] for h in hits):
            hits.append(hit)
    # 6. A name with no known given name, anchored by a kin noun before it ("her son Tom Roe",
    # "his great-uncle, Lazaro Roe,"), a party tag ("Jane Roe (D-Ohio)") or an age after it
    # ("Tom Roe, 49,").
    kin_at, tags, ages = st.kin_at, st.tags, st.ages
    for p, m6 in matched if kin_at or tags or ages else ():
        e6 = m6.end()
        kin = p in kin_at
        if not kin and not (
            (tags and text.startswith((" (", "\xa0("), e6))
            or (ages and text.startswith((", ", ",\xa0"), e6) and text[e6 + 2 : e6 + 3].isdigit())
        ):
            continue
        hit = _kin_or_tag(st, seg, m6, kin, True)
        if hit is None:
            continue
        same = next((h for h in hits if h.span[0] <= hit.span[0] < h.span[1]), None)
        if same is None:
            hits.append(hit)
        elif hit.rule == "person.kin" and not same.title and same.span[0] == hit.span[0]:
            same.title = hit.title  # "his son Tom Rowe": a known given name found him first
    for h in hits:
        if not st.free(*h.span):
            continue
        if h.title and (acr := _acronym_in_title(h.title)) is not None:
            h.title = acr[0]  # "INS director", "executive director of ELRA": the body's acronym
            h.affiliation = h.affiliation or next((  # spelled out in the text: that name
                a.name for a in st.actors.values()
                if a.kind == "organization" and acr[1] in _acronym_forms(a.name)
            ), acr[1])
        if not h.title and text.startswith((", ", ",\xa0"), h.span[1]):
            h.title = _occupation_appositive(text, h.span[1], seg.end)
        clause = None
        if not h.title and text.startswith((", who", " is ", " was "), h.span[1]):
            clause = _role_clause(st, h.span[1], seg.end)
        if not h.affiliation and (pt := _RX_PARTY_TAG_AFTER.match(text, h.span[1], seg.end)):
            h.affiliation = _PARTY_OF_TAG[pt.group(1)]  # "Sen. Ann Roe (D-Maine)": her party
        if not h.affiliation:
            h.affiliation = _name_org(st, h.span, seg)
        if not h.affiliation and text.startswith((", who", ",\xa0who"), h.span[1]):
            h.affiliation = _works_at(st, h.span[1], seg.end)
        if h.affiliation and h.affiliation not in _PARTY_NAMES and not h.affiliation.endswith(
            (" campaign", " administration", " team", " County", " Parish")
        ):  # (a campaign is made by _groups, with its owner; a county is the place an office
            # serves: "mayor of Harlan County")
            _register_org(st, h.affiliation, h.span[1], seg.end)
            if " " not in h.affiliation and (full := st.corp_form(h.affiliation)):
                h.affiliation = full  # "Harlow's treasurer" in a text on "Harlow Corp."
        a = _Actor(" ".join(st.text[h.span[0] : h.span[1]].split()), "person", h.rule)
        a.title, a.affiliation, a.country, a.tokens = h.title, h.affiliation, h.country, h.tokens
        a.fallback = a.fallback or clause
        st.claim(a, *h.span)
        st.persons.append(a)


# "the three foreign ministers (of) ", "two Ohio lawyers, ": a determiner or number, up to three
# words, a plural noun, then the list (after a comma or "of" too)
_RX_PLURAL_ROLE_BEFORE = lazy(
    r"(?<![\w-])(?:[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth|\d{1,2}|[Ii]ts|[Tt]heir)"
    r"[ \xa0]+((?:[\w.-]+[ \xa0]+){0,3}?)([a-z][a-z-]+s)(,?[ \xa0]+|[ \xa0]+of[ \xa0]+)\Z"
)
_PLURAL_LAST = frozenset("s,f")  # the last character of "…s ", "…s, ", "… of "
_OCCUPATION_ENDS = ("ers", "ors", "ists", "ians")  # "developers", "investors", "physicians"


def _party_key(label: str) -> str | None:
    """The party a label names ("Democratic" -> "Democratic Party", "GOP" -> the Republican
    Party), by the gazetteer's forms; None when it knows none."""
    for form in (label, label + " Party", label + "s", label.removesuffix("ic") + "s"):
        ref = N.GAZ.get(form)
        if ref is not None and ref.kind == "organization":
            return ref.key
    return None


def _plural_role_list(st: _Doc, seg: _Seg, rs: int) -> list[_PersonHit]:
    """The people of a list after a plural role ("the foreign ministers A of Chile, B and C"),
    each with the role's singular as title and their own "of <Country>" as country; [] unless
    a whole list ending in "and <name>" follows. The role is a known title or an occupation
    noun (-ers, -ors, -ists, -ians)."""
    text = st.text
    m = _RX_PLURAL_ROLE_BEFORE.search(text, max(seg.start, rs - 70), rs)
    if m is None:
        return []
    plural = m.group(2)
    single = plural[:-1]
    if single not in N.TITLE_CANON and not plural.endswith(_OCCUPATION_ENDS):
        return []
    if single in _NOT_OCCUPATIONS:
        return []  # "among others, A and B", "the numbers": no role
    if N.TITLE_KIND.get(single) == "honorific" or single in N.KIN_NOUNS:
        return []
    nm = N.PNAME_RE.match(text, rs, seg.end)
    if nm is None:
        return []
    first = _clean_name(st, nm.start(), nm.end())
    if first is None or first[0] != rs or len(first[2]) < 2:
        return []
    rest = _coordinated_names(st, first[1], seg.end)
    if not rest:
        return []
    mods = [w for w in m.group(1).split() if w.islower() and (
        w in N.ROLE_DOMAIN_WORDS or w in _MODIFIER_WORDS
    )]
    title = " ".join([*mods, single])
    out = []
    for s, e, toks in [first, *rest]:
        om = _RX_OF_NAME.match(text, e, seg.end)
        ref = N.COUNTRY_REFS.get(om.group(1)) if om else None
        out.append(_PersonHit((s, e), toks, title, None, ref.key if ref else None,
                              "person.role-list"))
    return out


_CAPS = r"[A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*)?"
# What may follow each name of a list held by one plural title, then the separator: a party tag
# "(D-Ohio)", "of Ohio", ", Democrat of Vermont," or ", R-Tenn.,"; a comma or "and".
_RX_LIST_NEXT = lazy(
    rf"(?:[ \xa0]*\([^()]{{1,24}}\)|[ \xa0]+of[ \xa0]+{_CAPS}"
    rf"|,[ \xa0]+[A-Z][a-z]+[ \xa0]+of[ \xa0]+{_CAPS}(?=,)|,[ \xa0]+[DRI]-{_CAPS}(?=,))?"
    r"(?P<sep>,?[ \xa0]+and[ \xa0]+|,[ \xa0]+)"
)


def _coordinated_names(
    st: _Doc, e: int, end: int
) -> list[tuple[int, int, tuple[str, ...]]]:
    """The other names of "Sens. Ann Roe (D-Ohio), Tom Kerr (R-La.) and Bo Lin": two or more
    name words each, cleaned as any name; the list must end in "and <name>" (a comma alone may
    start an appositive: "Sen. Ann Roe, Tom Kerr's ally,")."""
    out = []
    for _ in range(6):
        m = _RX_LIST_NEXT.match(st.text, e, end)
        if m is None:
            break
        nm = N.PNAME_RE.match(st.text, m.end(), end)
        if nm is None:
            break
        cleaned = _clean_name(st, nm.start(), nm.end())
        if cleaned is None or cleaned[0] != nm.start() or len(cleaned[2]) < 2:
            break
        out.append(cleaned)
        e = cleaned[1]
        if "and" in m.group("sep"):
            return out
    return []


_RX_OF_THE_SP = lazy(r"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?")
_RX_PAREN_ACR = lazy(r"[ \xa0]*\(([A-Z][A-Z.&]{1,7})\)[ \xa0]+")


_TITLE_OF_ORG_MAX = 24


def _title_of_org(
    st: _Doc, e: int, end: int
) -> tuple[Span, tuple[str, ...], str] | None:
    """"Director of the Harbor Agency (HA) Ann Roe", "Secretary-General of the United Nations
    Kofi Annan": a title, "of (the)", a body's name (known, or ending in a head word, or defined
    by an acronym in brackets) and then the holder's name: (name span, tokens, the body)."""
    text = st.text
    m = _RX_OF_THE_SP.match(text, e, end)
    run = N.ORGRUN_RE.match(text, m.end(), end) if m else None
    if run is None:
        return None
    acr = _RX_PAREN_ACR.match(text, run.end(), end)
    toks = [(t.start(), t.end()) for t in _WORD.finditer(text, run.start(), run.end())]
    if len(toks) > _TITLE_OF_ORG_MAX:
        # a body and a name are a few words (at most 10 in ~1,200 news texts); each body tried
        # below is read whole, so a long run cost its square, per title (issue 8)
        return None
    if acr is not None:  # the body ends at the bracket: the name follows it
        nm = N.PNAME_RE.match(text, acr.end(), end)
        cleaned = _clean_name(st, nm.start(), nm.end()) if nm else None
        if cleaned is None or cleaned[0] != acr.end() or len(cleaned[2]) < 2:
            return None
        return cleaned[:2], cleaned[2], acr.group(1)  # the form the text goes on to use
    for k in range(len(toks) - 2, 0, -1):  # the longest body whose rest is a two-word+ name
        body = text[run.start() : toks[k - 1][1]]
        ref = N.GAZ.get(body)
        if not ((ref is not None and ref.kind in ("organization", "group")) or (
            _org_name_in_run(body) == (0, len(body))
        )):
            continue
        cleaned = _clean_name(st, toks[k][0], run.end())
        if cleaned is None or cleaned[0] != toks[k][0] or not 2 <= len(cleaned[2]) <= 3:
            return None
        return cleaned[:2], cleaned[2], body
    return None


# A role's complement between it and a name in apposition: " for the two papers", " of the
# EU mission in Lagos" (the words checked for clause words by the caller).
_RX_ROLE_COMP = lazy(r"[ \xa0]+(for|of|to|at|in|on|with)[ \xa0]+([^,;:\"“”()]{1,60})")
# What stands before a role in apposition before a name: an article, a possessor, a clause edge.
_RX_ROLE_DET = lazy(
    r"(?:(?:^|(?<![\w-]))(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|['’]s|^|[.,;:\"“(])"
    r"[ \xa0]+(?:[\w-]+[ \xa0]+)?\Z"
)
_RX_OF_THE = rx_compile(
    r",?[ \xa0]+(of|at|for)[ \xa0]+(?:the[ \xa0]+)?(?:[A-Z][\w]*-based[ \xa0]+)?"
)
# seats of government and buildings: "said Ann Roe at the White House" is where she spoke
_PLACE_LIKE_ORGS = frozenset(("White House", "Pentagon", "Kremlin", "Downing Street", "Elysee",
                              "Congress", "Bundestag", "Knesset", "Duma"))
_RX_ORG_POSS_BEFORE = lazy(rf"({N.ORG_TOK}(?:[ \xa0]{N.ORG_TOK}){{0,3}})['’]s?[ \xa0]\Z")


def _name_org(st: _Doc, span: Span, seg: _Seg) -> str | None:
    """The organisation a person is of, from the words beside the name: "X of the National
    Council of Elders", "X of the Tampa-based Harbor Exile Foundation", "CNN's X",
    "Fox News' X" (known organisations and names with an institutional head only: "X of
    Maryland", "Vale's X" name none)."""
    text = st.text
    s, e = span
    m = _RX_OF_THE.match(text, e, seg.end)
    if m and (m.group(1) == "of" or not text.startswith(",", e)):
        # "X of the Harbor Gazette", "X, of Harbor Health Services,"; "X at the National
        # Review", "wrote X for Morning Consult": an organisation's writer or staff member
        rm = N.ORGRUN_RE.match(text, m.end(), seg.end)
        run = _org_of_run(rm.group()) if rm else None
        if run and run.endswith(".") and run.split()[-1] not in N.CORP_SUFFIXES:
            run = run[:-1]  # the sentence's full stop
        if run and run.split()[-1] in N.OUTLET_HEADS and len(run.split()) > 1 and not (
            run.split()[0] in N.GIVEN or run in N.GAZ
        ):
            return run  # "X of the Harbor Gazette": a newspaper's
        if run and m.group(1) != "of" and (run in _PLACE_LIKE_ORGS or not _known_org(st, run)):
            run = None
        if run and " and " in run:
            head, tail = run.split(" and ", 1)
            if tail.split()[0] in N.TITLE_CANON or tail.split()[0] in N.GIVEN:
                run = head  # "of Elmford College and Professor Roe": two things
        if run:
            return _known_org(st, run)
    if s - 2 > seg.start and text[s - 2] in "s’'":
        pm = _RX_ORG_POSS_BEFORE.search(text, max(seg.start, s - 40), s)
        if pm:
            owner = pm.group(1)
            while " " in owner and owner.split(None, 1)[0] in _FUNCTION_WORDS and (
                owner.split(None, 1)[0] != "The"
            ):
                owner = owner.split(None, 1)[1]  # "As The Post's X": the outlet after "As"
            ref = N.GAZ.get(owner)
            if ref is not None and ref.kind == "organization":
                return owner
            words = owner.split()
            if ref is None and not any(w in N.GIVEN or st.person_token(w) for w in words) and (
                words[-1] in _OUTLET_LAST or words[0] in _OUTLET_LAST
                or words[-1] in N.OUTLET_HEADS or ("other", owner.lower()) in st.actors
            ):
                return owner  # "Harbor Radio's Hugh Dawson", "Channel 9's Dana Ruiz"
    return None


# a broadcaster's name word: "Harbor Radio's X", "Channel 9's X", "Metro TV's X"
_OUTLET_LAST = frozenset(("Radio", "TV", "Television", "Channel", "News", "Network"))


_RX_LOCATIVE_BEFORE = lazy(r"(?<![\w-])(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom)[ \xa0]\Z")
_FIRM_WORDS = frozenset(("Management", "Capital", "Partners", "Holdings", "Investments", "Fund"))
_RX_OWNER_BEFORE = lazy(
    rf"(?<![\w.-])((?:[{N.UPPER}][\w-]+[ \xa0])*[{N.UPPER}][\w-]+)['’]s[ \xa0]+((?:campaign|legal|press|policy)[ \xa0]+)?\Z"
)
# "a Roe campaign ", "The state's campaign " right before a role that ends at a comma and a
# name (section 3 of _people); an article first ("Her campaign manager, X" is roles.py's, by
# whom "her" names; "Roe's campaign manager, X" is _RX_OWNER_BEFORE's)
_RX_CAMPAIGN_BEFORE_ROLE = lazy(
    rf"(?<![\w-])(?:[Tt]he|[Aa]n?)[ \xa0]+"
    rf"(?:([{N.UPPER}][\w-]+(?:[ \xa0][{N.UPPER}][\w-]+)?)(?:['’]s|(?<=s)['’])?[ \xa0]+)?"
    r"(?:([a-z]+)(?:['’]s)?[ \xa0]+)?campaign[ \xa0]+\Z"
)
_CAMPAIGN_ROLES = frozenset((
    "manager", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
    "aide", "adviser", "advisor", "staffer", "director", "official", "treasurer", "surrogate",
    "press secretary", "communications director", "co-chair", "senior adviser", "senior aide",
    "top aide", "deputy manager",
))
_CAMPAIGN_MODS = frozenset(("state", "national", "deputy", "senior", "top", "regional", "field"))
_RX_BODY_BEFORE_ROLE = lazy(
    rf"(?<![\w-])(?:[Tt]he|[Aa]n?)[ \xa0]+((?:[{N.UPPER}][\w.&-]*[ \xa0]+){{0,4}}[{N.UPPER}][\w.&-]*)[ \xa0]+\Z"
)
_RX_MC = lazy(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])[A-Z][a-z]+$")


def _family_members(st: _Doc, body: list[_Seg]) -> None:
    """"Lazaro Roe" in a text that names "Elian Roe": a capitalised word right before the
    surname of a person found with a full name is a relative's given name, even when no list
    knows it (not a title, place, month, party or a sentence's common first word)."""
    surnames = {p.tokens[-1] for p in st.persons if len(p.tokens) >= 2 and len(p.tokens[-1]) > 2}
    if not surnames:
        return
    text = st.text
    seg_starts = [g.start for g in body]
    found: dict[tuple[str, ...], _Actor] = {}
    index = len(surnames) > _SCANS  # (a find per surname over a long text: its square)
    for sur in sorted(surnames):
        at = st.word_starts(sur) if index else None
        for i in _finds(text, sur) if at is None else at:
            j = i + len(sur)
            if i > 1 and text[i - 1] in " \xa0" and not (j < len(text) and (
                text[j].isalnum() or text[j] == "-"
            )):
                k = bisect.bisect_right(seg_starts, i) - 1
                seg = body[k] if k >= 0 else None
                prev = _RX_PREV_CAP.search(text, max(seg.start, i - 30), i) if seg and i < seg.end else None
                if prev and seg is not None and st.free(prev.start(1), j):
                    w = prev.group(1)
                    if not (
                        w in N.GAZ or w in N.NOT_NAMES or w in N.TITLE_CANON or w in N.MONTHS_DAYS
                        or w[:-1] in N.TITLE_CANON or sur in N.NOT_PERSON_HEADS
                        or w in N.PARTY_LABELS or w in _FUNCTION_WORDS or w in N.ORG_HEADS
                        or not w.isalpha() or w.isupper() or _abbrev_title(text, prev.end(1), w)
                        or st.is_lower_word(w) or w.lower() in _MODIFIER_WORDS or w.endswith("ly")
                        or text[prev.start(1) - 1 : prev.start(1)] in _QUOTE_OPEN
                        or (w in N.GIVEN_OPENERS and _at_clause_start(text, seg.start, prev.start(1)))
                        or (w not in N.GIVEN and _at_clause_start(text, seg.start, prev.start(1))
                            and not _relative_opens(text, prev.start(1), w, j))
                        or (sum(c.isupper() for c in w) > 1 and not _RX_MC.match(w))
                        or _RX_PREV_CAP.search(text, max(seg.start, prev.start(1) - 30), prev.start(1))
                    ):
                        toks = (w, sur)
                        a = found.get(toks)
                        if a is None:
                            a = found[toks] = _Actor(f"{w} {sur}", "person", "person.family")
                            a.tokens = toks
                            st.persons.append(a)
                        st.claim(a, prev.start(1), j)


_RX_VERB_AFTER = lazy(
    r"[ \xa0]+(?:(?:can|could|will|would|may|might|must|has|had|have|is|was|also|then|later)"
    r"[ \xa0]+)?(?:said|says|told|tells|added|asked|wrote|can|could|will|would|was|is|has|had)"
    r"(?![\w-])"
)


def _finds(text: str, s: str) -> Iterator[int]:
    """Every place s occurs in the text, overlaps too, by str.find."""
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + 1)


def _relative_opens(text: str, s: int, w: str, e: int) -> bool:
    """"Rakel Voss can be heard …" opening a sentence in a text that names "Tom Voss": an
    unknown word before the surname is a relative's given name only when a verb follows the
    pair and the word does not look like an opener ("Afterwards", "Asked", "Pending")."""
    if w.endswith(("ing", "ed", "ward", "wards", "ever", "ly")) or len(w) < 3:
        return False
    return _RX_VERB_AFTER.match(text, e) is not None


def _other_given(text: str, given: str, surname: str) -> bool:
    """Whether the text names the surname after another known given name ("Tom Vale"): then a
    sentence-initial common word before it ("Will Vale …", "Can Vale …", "Young Vale
    supporters") is a modal or an adjective, not a second person's given name. Only asked of
    the rare sentence-initial pair whose first word the text also writes in lower case."""
    for m in re.finditer(rf"(?<![\w.])([A-Z][a-z]+)[ \xa0]+{re.escape(surname)}(?!\w)", text):
        if m.group(1) != given and m.group(1) in N.GIVEN:
            return True
    return False


# A finite verb right after a name: the name is the clause's subject ("Grace Kim filed",
# "Hope Lee won", "Mark Davis has argued")
_RX_SUBJECT_VERB = lazy(
    r"[ \xa0]+(?:(?:also|then|later|has|had|have|will|would|did|never|once|first)[ \xa0]+)?"
    r"(?:[a-z]{2,}ed|won|ran|lost|led|took|made|met|gave|got|became|came|went|left|told|wrote"
    r"|said|says|sent|spent|sought|thought|built|began|fought|bought|sold|hit|has|had|will"
    r"|would)(?![\w'’-])"
)


def _subject_name(st: _Doc, toks: tuple[str, ...], e: int) -> bool:
    """An ambiguous given name ("Grace", "Mark", "Hope") before a surname that the text never
    writes in lower case and that names no known place or body, the pair followed by a finite
    verb: a person in a subject's slot ("Grace Kim filed the suit"; not "Grace Church was",
    "Chase Manhattan said", "Hope Street led")."""
    if len(toks) != 2 or not _RX_SUBJECT_VERB.match(st.text, e):
        return False
    sur = toks[1]
    if toks[0] in N.GAZ and sur.endswith("s"):
        return False  # "Dallas Cowboys won": a place's team, not a person
    if ("other", f"{toks[0]} {sur}".lower()) in st.actors:
        return False  # a body the text has named ("Christian Aid's director")
    return (
        sur[:1].isupper() and sur[1:].isalpha() and sur[1:].islower() and sur not in N.GAZ
        and not st.is_lower_word(sur) and sur not in N.MONTHS_DAYS
    )


def _given_name(st: _Doc, seg: _Seg, m: re.Match[str]) -> _PersonHit | None:
    """A person from a capitalised sequence whose first name is a known given name: 2-4 name
    tokens, the words before it only sentence openers, titles or party labels ("Meanwhile",
    "Democrat"), nothing after it that names a thing ("Ford Foundation", "Jackson Hole"), not a
    quoted title of a work ("“Grace Kelly Blues”"); an ambiguous first name ("Grace", "Georgia")
    also needs a middle initial or the surname used alone elsewhere in the text."""
    text = st.text
    g = m.group()
    parts = g.split(None, 1)
    if len(parts) < 2:
        return None  # one word: no given name and surname
    head = parts[0]
    # "H. Robert Lang": a leading initial before a known given name and a surname
    lead_initial = len(head) == 2 and head[1] == "." and head[0].isupper()
    if head not in N.GIVEN and head not in N.NOT_NAMES and not (
        lead_initial or head in N.TITLE_CANON or head in N.PARTY_LABELS
        or _at_clause_start(text, seg.start, m.start())
    ):
        return None  # the first word is neither a given name nor a word to skip
    words = g.split()  # _WORD's tokens (\S+): their offsets only wanted for a later first name
    first = -1
    if lead_initial:
        if len(words) < 3 or words[1] not in N.GIVEN:
            return None
        words = words[1:]  # the given name leads the checks; the initial joins the name after
    for k, w in enumerate(words):
        if w in N.GIVEN:
            first = k
            break
        if not (
            w in N.NOT_NAMES or w in N.TITLE_CANON or w in N.PARTY_LABELS
            or (k == 0 and _at_clause_start(text, seg.start, m.start()) and st.is_lower_word(w))
        ):
            return None  # "San Diego", "Lake Victoria", "St. Louis": not a name's first word
    if first < 0:
        return None
    rest = words[first + 1 :]
    core = [w for w in rest if w.lower() not in N.PARTICLES and not w.startswith(("\"", "“"))]
    if not 1 <= len(core) <= 3 or any(w in N.NOT_PERSON_HEADS for w in rest):
        return None
    if any(len(w) > 1 and w.isupper() and w.isalpha() and w.strip("IVX") for w in core):
        return None  # an acronym in the run ("Steven Marsh TKR"), not a name part; III is
    s = m.start() + (0 if first == 0 or lead_initial else [w.start() for w in _WORD.finditer(g)][first])
    cleaned = _clean_name(st, s, m.end())
    if not cleaned or cleaned[0] != s or len(cleaned[2]) < 2 or (
        cleaned[1] != m.end() and not _only_time_words(text[cleaned[1] : m.end()])
    ):
        return None
    toks = cleaned[2]
    if " ".join(text[s : m.end()].split()) in N.NOT_PERSONS:
        return None  # "Jim Crow", "John Doe"
    if any(t in N.GAZ and N.GAZ[t].kind != "place" for t in toks[1:]) or _quoted_title(text, s, m.end(), seg.start, seg.end):
        return None
    given = toks[0]
    if (
        len(toks) == 2 and not lead_initial and first == 0 and given in N.GIVEN_OPENERS
        and _at_clause_start(text, seg.start, s) and _other_given(text, given, toks[1])
    ):
        return None  # "Can Vale win?", "Will Vale's gambit work?" beside "Tom Vale"
    if not lead_initial and given in N.GIVEN_AMBIGUOUS and not (
        _RX_INITIAL.fullmatch(toks[1]) or st.used_alone(toks[-1], m.end() - len(toks[-1]))
        or _subject_name(st, toks, cleaned[1])
    ):
        return None
    return _PersonHit((s, cleaned[1]), toks, None, None, None, "person.given-name")


_RX_OWNER_POSS = lazy(rf"([{N.UPPER}][\w.&-]*(?:[ \xa0][{N.UPPER}][\w.&-]*){{0,3}})['’]s[ \xa0]+\Z")


# What follows a person's name in a clause: punctuation, the end, or a verb ("sees", "noted",
# "said", "will"), not a noun ("the Court's Garvey Holt ruling")
_RX_PERSON_NEXT = lazy(
    r"[ \xa0]*(?:[,.;:!?)\"”’'—–-]|\Z|(?:[a-z]+(?:s|ed)|said|told|wrote|will|would|can|could|"
    r"may|might|must|should|has|had|is|was|did|does|thinks|thought|put|sat|got)(?![\w-]))"
)


def _owned_name(st: _Doc, m: re.Match[str]) -> _PersonHit | None:
    """"noted NBC's Dana Kirsch", "wrote National Review's Tavo Heer": an outlet's or
    body's possessive before two capitalised words names its journalist or member, whatever
    the given name. Not a show's, product's or unit's name ("ABC's This Week", "NBC's
    Saturday Night", "the Department's Harbor Security Division"): neither word a common
    word of the text, a title, a day or a known name, nor a head word."""
    text = st.text
    words = m.group().split()
    if len(words) != 2:
        return None
    first = words[0]
    for w in words:
        if not (w[:1].isupper() and w.isalpha() and w[1:2].islower()) or (
            w in N.NOT_NAMES or w in N.TITLE_CANON or w in N.MONTHS_DAYS or w in N.GAZ
            or w in N.ORG_HEADS or w in N.PLACE_HEADS or w in N.DAY_EVENTS or st.is_lower_word(w)
        ):
            return None
    om = _RX_OWNER_POSS.search(text, max(0, m.start() - 60), m.start())
    if om is None:
        return None
    owner = om.group(1).split()
    for k in range(len(owner)):
        name = " ".join(owner[k:])
        ref = N.GAZ.get(name)
        org = st.actors.get(("other", name.lower()))
        if (ref is not None and ref.kind == "organization") or (
            org is not None and org.kind == "organization"
        ):
            break
    else:
        return None  # "Trump's Ivanka Trump", "Ohio's John Smith": no organisation owns him
    if not _RX_PERSON_NEXT.match(text, m.end()):
        return None  # "the Court's Garvey Holt ruling": a noun follows a case's name
    cleaned = _clean_name(st, m.start(), m.end())
    if cleaned is None or cleaned[:2] != m.span() or first in N.GIVEN:
        return None
    return _PersonHit(m.span(), cleaned[2], None, None, None, "person.outlet-possessive")


def _kin_or_tag(
    st: _Doc, seg: _Seg, m: re.Match[str], after_kin: bool, tags: bool
) -> _PersonHit | None:
    """A person anchored by a kin noun before the name, or a party tag or an age after it. One
    word is enough after a kin noun set off by commas ("his grandmother, Mariela, said") or when
    it is a known given name ("his wife Michelle"); otherwise two or three name words."""
    text = st.text
    s0, e0 = m.span()
    rule = None
    comma = False
    title = country = None
    if after_kin:
        kin = N.KIN_BEFORE_RE.search(text, max(seg.start, s0 - 60), s0)
        if kin:
            rule = "person.kin"
            comma = bool(kin.group(1))
            title = _kin_title(text, seg.start, kin)
    if rule is None:
        if tags and text.startswith((" (", "\xa0("), e0) and N.PARTY_TAG_AFTER_RE.match(text, e0, seg.end):
            rule = "person.party-tag"
        elif text.startswith(",", e0) and N.AGE_AFTER_RE.match(text, e0, seg.end):
            rule = "person.age"
        else:
            return None
    if rule == "person.party-tag":
        inner = _inner_title(st, s0, e0)  # "Senate Majority Leader Jane Roe (R-Ky.)"
        if inner:
            s0, title, country = inner
    cleaned = _clean_name(st, s0, e0)
    if not cleaned or cleaned[0] != s0:
        return None
    s, e, toks = cleaned
    if len(toks) > 3 or any(t in N.GAZ or t in N.ORG_HEADS or t in N.MONTHS_DAYS for t in toks):
        return None
    if len(toks) == 1:
        one = toks[0]
        if rule != "person.kin" or not (
            one in N.GIVEN or (comma and text.startswith(",", e) and not st.is_lower_word(one))
        ):
            return None
    elif rule != "person.kin" and _at_clause_start(text, seg.start, s) and st.is_lower_word(toks[0]):
        return None
    return _PersonHit((s, e), toks, title, None, country, rule)


_RX_KIN_OWNER = lazy(rf"([{N.UPPER}][\w-]+(?:[ \xa0][{N.UPPER}][\w-]+)?)\Z")


def _kin_title(text: str, lo: int, kin: re.Match[str]) -> str:
    """The relation a kin noun gives the name after it: "father"; "father of Ann Roe" when a
    capitalised possessor owns it ("Ann Roe's father, Tom Roe"), as an analyst writes it."""
    noun = kin.group().rstrip(" \xa0,").rsplit(None, 1)[-1]
    if not kin.group().startswith(("'s", "’s")):
        return noun
    own = _RX_KIN_OWNER.search(text, max(lo, kin.start() - 40), kin.start())
    if own is None or own.group(1).split()[0] in N.NOT_NAMES:
        return noun
    return f"{noun} of {own.group(1)}"


def _org_prefixed(st: _Doc, toks: tuple[str, ...]) -> _Actor | None:
    """The one organisation whose name begins with these words ("Verdant" of "Verdant
    Corp.", "Crossvale" of "Crossvale Savings Bank"), if any."""
    n = len(toks)
    found = None
    if st.person_token(toks[-1]):
        return None  # a person's surname ("Pike" beside "Pike Foundation")
    for a in st.actors.values():
        if a.kind == "organization" and a.mentions:
            words = a.name.split()
            # a company ("Kellor Analytical Services Inc.") or a long name ("Crossvale Savings
            # Bank"); "Pike Foundation" may be named after the person "Pike said" means
            if (
                len(words) > n
                and tuple(words[:n]) == toks
                and (
                    words[-1] in N.CORP_SUFFIXES or len(words) - n >= 2 or a.rule == "org.business"
                )
                and (found is None or len(words) < len(found.name.split()))
            ):
                found = a  # "Verdant" of "Verdant Corp." and "Verdant Leasing Inc."
    return found


def _register_org(st: _Doc, name: str, start: int, end: int) -> None:
    """An affiliation named after a person is an organisation actor too."""
    if name in N.GAZ or name in st.person_affs:
        return
    i = st.text.find(name, start, end)
    if i >= 0 and st.free(i, i + len(name)) and not st.corp_form(name):
        st.claim(st.actor("organization", name, "org.affiliation"), i, i + len(name))


_COMP_STOPS = _CLAUSE_WORDS - {"of", "in", "on", "at", "for", "to", "with", "from", "by"}
_RX_PART_OF = rx_compile(
    r",[ \xa0]+(?:a|an|the)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?(?:division|unit|subsidiary|agency|arm|"
    r"branch|affiliate|component|wing|bureau|offshoot|department|office)[ \xa0]+(?:of|within|at)[ \xa0]"
)
