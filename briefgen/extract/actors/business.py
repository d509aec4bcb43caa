"""Companies and firms: a name in a business context (its shares, stock, profit; "told analysts")
is a company; ampersand firms and European company forms; joint pollsters ("the Reuters/Harbor
poll"); listed companies and business units; eponymous firms; and lone capitalised words that
only a reporting verb made a person but that name a firm. Organisations reuse _business_org.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from briefgen.extract import names as N
from briefgen.extract.actors.patterns import (
    _LOWER_CONNECTORS,
    _RX_CAP_AFTER,
    _RX_HONORIFIC_BEFORE,
    _RX_PREV_CAP,
    _SCANS,
)
from briefgen.extract.actors.runs import _acronym_fits, _at_clause_start, _org_name_in_run
from briefgen.extract.actors.state import _Actor, _Doc, _Seg
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy
from briefgen.model import Span

_RX_TOLD_MARKET = lazy(
    r"[ \xa0]+told[ \xa0]+(?:analysts|investors|shareholders|stockholders)(?![\w-])"
)
_COMPANY_FORM_STARTS = frozenset(w[:3] for w in N.COMPANY_FORMS_FIRST)
_RX_COMPANY_FORM = rx_compile("|".join(re.escape(w) for w in sorted(N.COMPANY_FORMS_FIRST)))
_AMP_WORD = rf"[{N.UPPER}][\w.-]*[\w.](?:['’]s)?"
_RX_AMP_FIRM = lazy(
    rf"(?<![\w.'’-])(?:{_AMP_WORD}[ \xa0]){{1,4}}(?:amp|&)[ \xa0]{_AMP_WORD}(?:[ \xa0]{_AMP_WORD}){{0,3}}"
)
# "of Smith Barney, Harris Upham & Co.", "at Bear, Stearns & Co.": a partners' firm written
# with commas; the words before it open its name after a preposition or article only
_RX_AMP_COMMA_LEAD = lazy(
    rf"(?:(?<![\w'’-])(?:of|at|for|by|with|from|to|the|and|in|through|via)[ \xa0]+|^|(?<=[.!?\"“] ))"
    rf"((?:[{N.UPPER}][\w.-]*(?:[ \xa0][{N.UPPER}][\w.-]*)?,[ \xa0]){{1,2}})\Z",
    re.MULTILINE,
)
_RX_LOWER_HYPHEN = rx_compile(r"-[a-z]")
_RX_NAME_BEFORE_CONN = lazy(rf"([{N.UPPER}][\w.-]*)[ \xa0]+(?:of|for|the|on)[ \xa0]+\Z")


def _ampersand_firms(st: _Doc, body: list[_Seg]) -> None:
    """"Brouwer & Janachowski", "Harris Upham & Co." (or "amp", an ampersand whose "&amp;" lost
    its marks): capitalised names joined by an ampersand are one firm, named after its partners,
    even when a partner is also a person the text names ("Kurt Brouwer of Brouwer &
    Janachowski"); names before it set off by commas after a preposition belong to it ("of Bear,
    Stearns & Co."). Not single letters ("R & D"), places ("Britain & Ireland") or sentence
    openers."""
    text = st.text
    for seg in body:
        for m in _RX_AMP_FIRM.finditer(text, seg.start, seg.end):
            s, e = m.span()
            words = text[s:e].split()
            k = next((i for i, w in enumerate(words) if w in ("&", "amp")), 0)
            cut = next((i for i in range(k + 1, len(words)) if words[i - 1] in N.CORP_SUFFIXES
                        and words[i] not in N.CORP_SUFFIXES), None)
            if cut is not None:  # "Harlow & Co. Velmar said": the name ends at its suffix
                e = s + text[s:e].index(words[cut - 1], len(" ".join(words[:k + 1])))
                e += len(words[cut - 1])
                words = words[:cut]
            if words[k + 1] in N.GIVEN or any(_RX_LOWER_HYPHEN.search(w) for w in words):
                continue  # "Jim & Sarah Roe": a couple; "Fox-style Fair & Balanced"
            if (h := _RX_NAME_BEFORE_CONN.search(text, max(seg.start, s - 40), s)) and (
                h.group(1) in N.ORG_HEADS
            ):
                continue  # "National Center for Missing & Exploited Children": the head rules
            if words[-1].endswith(("'s", "’s")):
                e -= 2
                words[-1] = words[-1][:-2]
            if words[-1].endswith(".") and words[-1] not in N.CORP_SUFFIXES:
                e -= 1
                words[-1] = words[-1][:-1]
            if any(len(w.strip(".")) < 2 and w not in ("&",) or w in N.GAZ or w in N.MONTHS_DAYS
                   or w in N.TITLE_CANON for w in words) or words[0] in N.NOT_NAMES:
                continue
            lead = _RX_AMP_COMMA_LEAD.search(text, max(seg.start, s - 60), s)
            if lead and not any(
                w.strip(",") in N.GAZ or w.strip(",") in N.NOT_NAMES or w.strip(",") in N.GIVEN
                for w in lead.group(1).split()
            ):
                s = lead.start(1)
            if not st.free(s, e):
                continue
            rule = "org.suffix" if words[-1] in N.CORP_SUFFIXES else "org.ampersand"
            st.claim(st.actor("organization", " ".join(text[s:e].split()), rule), s, e)


def _company_form(st: _Doc, rs: int, run: str) -> None:
    """"Cie. Financiere de Harvaux", "Societe Normande": a European company's opening word
    makes the run a company; the name stops before a title, an honorific or a month ("Cie. de
    Lavalle Chairman Ann Roe")."""
    words = run.split()
    if words[0] not in N.COMPANY_FORMS_FIRST:
        return
    k = 1
    while k < len(words) and not (
        words[k] in N.TITLE_CANON or words[k] in N.NOT_NAMES or words[k] in N.MONTHS_DAYS
        or words[k].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr") or words[k] in ("and", "&")
    ):
        if words[k].endswith(".") and len(words[k]) > 2 and words[k] not in N.CORP_SUFFIXES:
            words[k] = words[k][:-1]  # "… de Harvaux. Harvaux said": the sentence ends there
            k += 1
            break
        k += 1
    while k > 1 and words[k - 1] in _LOWER_CONNECTORS:
        k -= 1
    if not any(w[:1].isupper() for w in words[1:k]):
        return  # "Groupe" alone, "Banco de": no name
    name = " ".join(words[:k])
    e = st.text.find(words[k - 1], rs + len(" ".join(words[: k - 1]))) + len(words[k - 1])
    if name in N.GAZ or not st.free(rs, e):
        return
    a = st.actor("organization", name, "org.company-form")
    st.claim(a, rs, e)
    m = N.ACR_PAREN_RE.match(st.text, e + 1) if st.text[e : e + 2] == " (" else None
    if m and _acronym_fits(m.group(1), name) and st.free(m.start(1), m.end(1)):
        st.claim(a, m.start(1), m.end(1))  # "Banque Internationale de Lyon (BIL)"


def _business_org(st: _Doc, s: int, e: int, rule: str = "org.business") -> None:
    """A name in a business context (its shares, stock, profit) is a company, unless it is a
    known name, a place or nationality word, a title or a common sentence opener."""
    text = st.text
    name = text[s:e]
    if name.endswith(".") and name.split()[-1] not in N.CORP_SUFFIXES:
        name, e = name[:-1], e - 1
    words = name.split()
    if len(words) > 1 and st.is_lower_word(words[0]):
        s += text.index(words[1], s) - s  # "Whether Norvale's stock ...": a common word
        name, words = text[s:e], words[1:]
    if not words or name in N.GAZ or words[0] in N.NOT_NAMES or words[0] in N.TITLE_CANON:
        return
    if len(words) == 1 and (words[0] in N.COUNTRY_REFS or words[0] in N.MONTHS_DAYS):
        return
    if any(w in N.MONTHS_DAYS or w in N.CONNECTORS for w in words) or not st.free(s, e):
        return
    st.claim(st.actor("organization", name, rule), s, e)


_JOINT_TOK = r"[A-Z][\w.&’']*(?:-[a-z]\w*)*"
_JOINT_SIDE = rf"{_JOINT_TOK}(?:[ \xa0]{_JOINT_TOK}){{0,3}}"
_RX_POLL_WORD = lazy(r"(?:[Pp]oll|[Ss]urvey|POLL)s?(?![\w-])")


def _poll_words(text: str) -> list[Span]:
    """Every "poll(s)"/"survey(s)" word, found by str.find of its inner letters (a regex scan
    of the whole text for the words cost more than all the rest of the joint-poll rule)."""
    out: list[Span] = []
    for inner, back in (("oll", 1), ("urvey", 1), ("OLL", 1)):
        i = text.find(inner)
        while i >= 0:
            s = i - back
            if s >= 0 and not (s and (text[s - 1].isalnum() or text[s - 1] == "-")):
                m = _RX_POLL_WORD.match(text, s)
                if m is not None:
                    out.append(m.span())
            i = text.find(inner, i + len(inner))
    out.sort()
    return out
_RX_JOINT_POLL = lazy(
    rf"(?<![\w’'./-])({_JOINT_SIDE})([/-])({_JOINT_SIDE})(?=(?:[ \xa0]+[\w’'-]+){{0,3}}?"
    r"[ \xa0]+(?:[Pp]oll|[Ss]urvey|POLL)s?(?![\w-]))"
)


def _joint_side(st: _Doc, side: str, left: bool) -> tuple[str, bool] | None:
    """One sponsor of a joint poll, trimmed: no leading "The"/"A" ("The Reuters/Harbor poll"),
    no trailing poll name after a known body ("Los Angeles Times Daybreak tracking poll");
    with whether it is a known body (a gazetteer organisation, an acronym, a head word)."""
    words = side.split()
    while left and len(words) > 1 and (
        words[0] in N.NOT_NAMES or words[0] in N.MONTHS_DAYS or words[0].endswith(("'s", "’s"))
    ):
        words.pop(0)
    for k in range(len(words), 0, -1):
        part = words[:k] if not left else words[len(words) - k :]
        ref = N.GAZ.get(" ".join(part))
        if ref is not None and ref.kind == "organization":
            if left and k < len(words):
                return None  # "Harbor Reuters/Acme": a longer name before the known body
            return " ".join(part), True
    if words[0] in N.NOT_NAMES:
        return None  # "The/Some poll", "This/That survey"
    known = any(
        (len(w) > 1 and w.isupper() and w.isalpha()) or w in N.ORG_HEADS or w in N.OUTLET_HEADS
        for w in words
    )
    return " ".join(words), known


# Joint pollsters one text names: a handful in a poll round-up. Each pair reads the text for its
# sides standing alone and the pairs before it: the square of the pairs (issue 8)
_MAX_JOINT_POLLSTERS = 24


def _joint_pollsters(st: _Doc, body: list[_Seg]) -> None:
    """"The Reuters/Harbor poll", "a Harbor Times/CBS News poll", "the Harbor Post-ABC News
    national poll": news names a poll by its sponsors joined with a slash or a hyphen, and the
    pair is one pollster (the poll speaks for both): one organisation under the pair's name,
    every spelling of the pair one actor. A slash pair needs one side known as a body, a
    hyphen pair both ("a Smith-Jones poll" may be two candidates'). Not a photo credit or any
    pair not before "poll"/"survey" ("Tom Moore/Getty Images", "the Lane/Vale era")."""
    text = st.text
    pairs: dict[tuple[str, str], _Actor] = {}
    starts = [seg.start for seg in body]
    done: set[int] = set()
    for ps, pe in _poll_words(text):  # (few: the pairs are looked for just before one)
        i = bisect.bisect_right(starts, ps) - 1
        if i < 0 or body[i].end < pe:
            continue  # in a headline or heading: link only
        lo = max(body[i].start, ps - 120)
        if text.find("/", lo, ps) < 0 and text.find("-", lo, ps) < 0:
            continue
        for m in _RX_JOINT_POLL.finditer(text, lo, pe):
            if m.start() in done:
                continue
            done.add(m.start())
            lt = _joint_side(st, m.group(1), True)
            rt = _joint_side(st, m.group(3), False)
            if lt is None or rt is None:
                continue
            (left, lk), (right, rk) = lt, rt
            if not (lk and rk) and (m.group(2) == "-" or not (lk or rk)):
                continue
            s = m.end(1) - len(left)
            e = m.start(3) + len(right)
            if not st.free(s, e):
                continue
            key = (left.lower(), right.lower())
            a = pairs.get(key) or next((  # "the Times/CBS News poll" after "a Harbor Times/…"
                b for (pl, pr), b in pairs.items()
                if _word_tail(key[0], pl) and _word_tail(key[1], pr)
            ), None)
            if a is None:
                if len(pairs) >= _MAX_JOINT_POLLSTERS:
                    continue
                a = pairs[key] = st.actor("organization", text[s:e], "org.joint-poll")
            st.claim(a, s, e)
    for (left, right), a in pairs.items():
        sides = dict.fromkeys(w for f in a.forms for w in re.split(r"[/-]", f, maxsplit=1))
        for side in sides:  # (in the text's order: the output must not hang on set order)
            if side.lower() in (left, right) and _alone_count(text, side) == 0:
                a.forms.setdefault(side, None)  # no actor of its own: a name of the pair


def _word_tail(short: str, name: str) -> bool:
    """The short form is the name or its last words ("times" of "harbor times")."""
    return short == name or name.endswith(" " + short)


def _alone_count(text: str, name: str) -> int:
    """How often the name stands in the text on its own, not joined to another by / or -."""
    n = 0
    for m in re.finditer(re.escape(name), text):
        s, e = m.span()
        before, after = text[s - 1 : s], text[e : e + 1]
        if (before and (before.isalnum() or before in "/-")) or (after and (after.isalnum() or after in "/-")):
            continue
        n += 1
    return n


def _lone_names_as_orgs(st: _Doc) -> None:
    """A lone capitalised word that only a reporting verb made a person ("Ridgeford said"),
    with no given name or title, is an organisation's short form when the text also names an
    organisation that begins with it: "Ridgeford Corp.", "Ridgeford Energy" (as a company),
    "Ridgeford-Lyle Co.". Firms are said, told and added like people."""
    lone = [
        (k, p) for k, p in st.actors.items()
        if p.kind == "person" and p.rule == "person.reporting" and not p.title
        and len(p.tokens) == 1 and p.tokens[0] not in N.GIVEN
    ]
    if not lone:
        return
    text = st.text
    orgs = [a for a in st.actors.values() if a.kind == "organization" and a.mentions]
    # Business news gives people a title or honorific ("Mr. Lyle said") or a full name; in a
    # text that names companies, a bare word that "said" is likelier a company left unnamed.
    business = any(a.rule in ("org.suffix", "org.business") for a in orgs)
    for key, p in lone:
        tok = p.tokens[0]
        found = [o for o in orgs if o.name.startswith((tok + " ", tok + "-")) or (
            o.name.split()[0] in N.COMPANY_FORMS_FIRST
            and o.name.endswith((f" de {tok}", f" des {tok}", f" du {tok}"))
        )]  # "Harvaux said" in a text on "Cie. Financiere de Harvaux"
        target = found[0] if len(found) == 1 else None
        if target is None and not found:
            target = _org_run_from(st, tok)
        if target is None:
            if business or any(_RX_TOLD_MARKET.match(text, sp[1]) for sp in p.mentions):
                del st.actors[key]  # left unnamed, not a false person (its spans stay claimed)
                st.dropped_lone[tok] = list(p.mentions)
            continue
        for span in p.mentions:
            target.add(span, text[span[0] : span[1]])
        del st.actors[key]


# A lone word 'said' made a person, read again by what stands around it (_lone_words_read)
_RX_LONE_WHICH = lazy(r"(?:,|[ \xa0]*\(|[ \xa0]+(?:--|—|–))[ \xa0]*which(?![\w-])")
# "the Arvon Chamber of Tanning thinks", "the Council for Trade Cooperation and Growth
# argues": the word ends a longer name ("Capitalised of/for …")
_RX_NAME_TAIL_BEFORE = lazy(
    rf"([{N.UPPER}][\w.’'-]*)[ \xa0]+(?:of|for)[ \xa0]+(?:(?:[{N.UPPER}][\w’'-]*,?|and)[ \xa0]+){{0,5}}\Z"
)
_RX_CAP_BEFORE = lazy(rf"[{N.UPPER}][\w.’'-]*[ \xa0]+\Z")
_DEBUG_LONE = False
_SENTENCE_OPENERS = frozenset(("", ".", "!", "?", "\n", "\"", "“", "‘", "'", "(", ":", "—", "-"))
_RX_COURTESY = lazy(r"(?<![\w.])(?:Mr|Ms|Mrs)\.[ \xa0]")
_HONORIFICS_BEFORE = ("Mr. ", "Ms. ", "Mrs. ", "Miss ", "Dr. ", "Mr.\xa0", "Ms.\xa0", "Mrs.\xa0")


_RX_WORD_RUN = rx_compile(r"[\w’'-]+")
_RX_HONORIFIC_SPACE = rx_compile(r"(?:Mr|Ms|Mrs)\.[ \xa0]|(?:Miss|Dr\.) ")  # _HONORIFICS_BEFORE


def _alone_spots(text: str, tok: str) -> list[Span]:
    """Where the word stands alone: no word character, apostrophe or hyphen either side."""
    return [m.span() for m in re.finditer(rf"(?<![\w’'-]){re.escape(tok)}(?![\w’'-])", text)]


class _WordIndex:
    """_alone_spots and the honorific test for many words at once, from one scan of the text:
    a word made only of word characters, apostrophes and hyphens stands alone exactly where a
    maximal run of those characters equals it, and follows an honorific exactly where the run
    after one begins with it (other words are looked up the slow way)."""

    def __init__(self, text: str, words: set[str]) -> None:
        self.text = text
        self.runs: dict[str, list[Span]] = {}
        for m in _RX_WORD_RUN.finditer(text):
            if m.group() in words:
                self.runs.setdefault(m.group(), []).append(m.span())
        self.lengths = {len(w) for w in words}
        self.after: set[str] | None = None  # the runs' beginnings of those lengths

    def spots(self, tok: str) -> list[Span]:
        if _RX_WORD_RUN.fullmatch(tok) is None:
            return _alone_spots(self.text, tok)
        return self.runs.get(tok, [])

    def after_honorific(self, tok: str) -> bool:
        text = self.text
        if _RX_WORD_RUN.fullmatch(tok) is None:
            return any(h + tok in text for h in _HONORIFICS_BEFORE)
        if self.after is None:
            self.after = set()
            for m in _RX_HONORIFIC_SPACE.finditer(text):
                r = _RX_WORD_RUN.match(text, m.end())
                if r is not None:
                    w = r.group()
                    self.after.update(w[:n] for n in self.lengths if n <= len(w))
        return tok in self.after


def _lone_words_read(st: _Doc) -> None:
    """A lone capitalised word that only its reporting verb made a person (no given name, no
    title, no full name in the text) is a place or a body when the words around one of its
    mentions say so, as news copy writes them:
    - a place: ", State/Country" right after it ("a woman in Worcester, Mass., said", "a
      salesman from Sumter, South Carolina, says", "The Wilmington, Del., company");
    - an organisation: a medium's or firm's noun right before or after it ("the tech news site
      X said", "X magazine started"), an institution's noun heading its appositive ("X, an
      influential weekly owned by …"), "X, which" (a thing, never "who"), "The X" (a
      title's article: "of The Intercept"), or, in copy that gives people courtesy titles
      ("Mr. Roe"), a word never given one (a plural word is a group: dropped);
    - no actor: the last word of a longer name ("the Arvon Chamber of Tanning thinks"), or
      "the X said" (a common noun or demonym: "the Texan said").
    Counterexamples: "Roe, Ohio's senator, said" (a possessive), "Ann Roe said" (a full name),
    "Mr. Roe said" (an honorific), "Roe, a former newspaper editor, said" (a role)."""
    lone = [
        (k, p) for k, p in st.actors.items()
        if p.kind == "person" and len(p.tokens) == 1 and p.rule in (
            "person.reporting", "person.appositive"
        ) and p.tokens[0] not in N.GIVEN and p.tokens[0] not in N.GAZ
    ]
    if not lone:
        return
    text = st.text
    courtesy: bool | None = None
    # many lone words: every word's places and the words after an honorific found in one scan
    # each (a scan of the text per word was the document's square: issue 8)
    index = _WordIndex(text, {p.tokens[0] for _, p in lone}) if len(lone) > 8 else None
    for key, p in lone:
        tok = p.tokens[0]
        verdict = ""
        mentions = set(p.mentions)
        # every place the word stands alone, not only the mentions found so far ("Forbes said
        # …"; "Forbes magazine" is linked to it later)
        spots = index.spots(tok) if index is not None else _alone_spots(text, tok)
        for s, e in spots:
            mention = (s, e) in mentions
            if N.CITY_STATE_AFTER_RE.match(text, e):
                verdict = "place"
                break
            if p.rule != "person.reporting" or p.title:
                continue
            if not mention and (
                _RX_CAP_AFTER.match(text, e) or _RX_CAP_BEFORE.search(text, max(0, s - 20), s)
            ):
                continue  # part of a longer name elsewhere ("the Roe Foundation")
            b4 = text[max(0, s - 60) : s]
            words = b4.split()
            last = words[-1].rstrip(",") if words else ""
            if N.LONE_ORG_AFTER_RE.match(text, e) or (
                last in N.LONE_ORG_BEFORE or " ".join(words[-2:]).rstrip(",") in N.LONE_ORG_BEFORE
            ) or N.LONE_APPOS_ORG_RE.match(text, e) or _RX_LONE_WHICH.match(text, e) or (
                b4.endswith(("The ", "The\xa0")) and not tok.endswith("s")
                and b4[:-4].rstrip(" \xa0")[-1:] not in _SENTENCE_OPENERS
            ):  # ("The Bible tells us": a sentence's article, not a title's)
                verdict = "org"
                break
            if not mention:
                continue
            if b4.endswith(("the ", "the\xa0")):
                verdict = "none"
                continue
            t = _RX_NAME_TAIL_BEFORE.search(b4)
            if t and t.group(1) not in N.TITLE_CANON:
                verdict = "none"
        if not verdict and p.rule == "person.reporting" and not p.title and len(spots) > 1:
            if courtesy is None:
                courtesy = len(_RX_COURTESY.findall(text)) >= 5
            if courtesy and not (
                index.after_honorific(tok) if index is not None
                else any(h + tok in text for h in _HONORIFICS_BEFORE)
            ):
                # (a plural word is a group of people: "Aides said", "Latinos said")
                verdict = "none" if tok.endswith("s") and not tok.endswith("ss") else "org"
        if _DEBUG_LONE and verdict:
            print("LONE", tok, verdict)
        if not verdict:
            continue
        del st.actors[key]  # its spans stay claimed: no other actor is made there
        if verdict == "org":
            org = st.actor("organization", tok, "org.lone-word")
            for span in p.mentions:
                org.add(span, text[span[0] : span[1]])


_RX_PREP_BEFORE = lazy(r"(?<![\w-])(?:in|at|of|from|for|to|by|with|on|outside)[ \xa0]+\Z")
_RX_ARTICLE_BEFORE = lazy(r"(?<![\w-])(?:[Tt]he|an?|its|their|his|her)[ \xa0]+\Z")


def _business_names(st: _Doc, body: list[_Seg], seg_runs: dict[int, list[Span]]) -> None:
    """A bare name that no rule took, in a company's part of a business sentence, is a company:
    "Norvale shares rose", "Velmar posted a $5 million loss", "Ridgeford agreed to sell its
    mill", "a 10% stake in Norvale", "a unit of Delmont" (names.json 'business_*'). Run after
    the people, so that a person the text names ("Ann Roe ... Roe reported a loss") keeps his
    name; _business_org leaves out places, months, titles and sentence openers."""
    text = st.text
    by_end = N.BIZ_OBJECTS_BY_END
    after_starts = N.BIZ_AFTER_STARTS
    lone = {  # a firm that "agreed to" or "said" was made a person by its verb alone
        sp: k for k, p in st.actors.items()
        if p.kind == "person" and p.rule == "person.reporting" and not p.title
        and len(p.tokens) == 1 and p.tokens[0] not in N.GIVEN for sp in p.mentions
    }
    for seg in body:
        for rs, re_ in seg_runs[seg.start]:
            after = text[re_ + 1 : re_ + 4] in after_starts
            if after and N.BIZ_SUBJECT_RE.match(text, re_, seg.end):
                if _RX_PREP_BEFORE.search(text, max(seg.start, rs - 6), rs):
                    continue  # "the casinos in Harbor City reported revenue": a place
                if (rs, re_) in lone and (p := st.actors.pop(lone[(rs, re_)], None)):
                    org = st.actor("organization", p.name, "org.business")
                    for span in p.mentions:
                        org.add(span, text[span[0] : span[1]])
                    continue
            elif " its" in text[re_ : re_ + 40] and _at_clause_start(text, seg.start, rs) and (
                N.BIZ_ITS_RE.match(text, re_, seg.end)
            ):  # "Nashua strengthened its poison-pill plan": a firm acting on its own business
                if (rs, re_) in lone:
                    continue
            elif after and (u := N.BIZ_UNIT_RE.match(text, re_, seg.end)):
                _business_unit(st, seg, rs, re_, u.group(1))
                continue
            elif text[re_ + 1 : re_ + 4] in N.BIZ_CORP_STARTS and (
                N.BIZ_CORP_RE.match(text, re_, seg.end)
            ):  # "Globex on Tuesday said it would cut 300 jobs", "Globex said its profit fell"
                if _RX_PREP_BEFORE.search(text, max(seg.start, rs - 6), rs) or (
                    _RX_ARTICLE_BEFORE.search(text, max(seg.start, rs - 5), rs)
                ):
                    continue  # "workers in Harbor City cut ...", "the Globex plant": no subject
                first = text[rs:re_].split()[0]
                if first in N.NOT_NAMES or first in N.GAZ or first in N.MONTHS_DAYS or (
                    " " not in text[rs:re_] and st.is_lower_word(first)
                ):
                    continue  # "Officials said it would cut jobs", "Ohio lost jobs"
                if (rs, re_) in lone and (p := st.actors.pop(lone[(rs, re_)], None)):
                    org = st.actor("organization", p.name, "org.business")
                    for span in p.mentions:
                        org.add(span, text[span[0] : span[1]])
                    continue
            elif (objs := by_end.get(text[rs - 5 : rs - 1])) and any(
                text.endswith(o, 0, rs - 1) for o in objs
            ) and N.BIZ_OBJECT_RE.search(text, max(seg.start, rs - 20), rs):
                if text.startswith(("'s", "’s"), re_):
                    continue  # "a stake in Ann Roe's company": the owner's name, no firm
            else:
                continue
            if (b := text.find("-based ", rs, re_)) >= 0:
                rs = b + 7  # "Boston-based Norvale posted a loss": the base is no part of it
            name = text[rs:re_].rstrip(".")
            if not name or "'s " in name or "’s " in name:
                continue  # "a takeover of Ohio's Harbor Refuge": a place's, no firm's name
            if st.person_token(name.split()[-1]) or name.split()[0] in N.GIVEN:
                continue  # "Roe posted a loss" in a text on Ann Roe; "Ann Roe agreed to sell"
            if _firm_form(st, name):
                continue  # "Norvale" of "Norvale Holding Corp.", a firm's acronym: the short
                # forms find it
            _business_org(st, rs, re_)
            m = N.ACR_PAREN_RE.match(text, re_ + 1) if text[re_ : re_ + 2] == " (" else None
            if m and _acronym_fits(m.group(1), name) and st.free(m.start(1), m.end(1)):
                a = st.actors.get(("other", name.lower()))
                if a is not None:  # "a stake in Banque Commerciale de Lyon (BCL)": one firm
                    st.claim(a, m.start(1), m.end(1))
    if lone and "It " in text:
        _it_follows(st, body, lone)


_RX_HE_SHE = lazy(r"(?<![\w'’-])(?:he|she|his|her|He|She|His|Her)(?![\w'’-])")


def _it_follows(st: _Doc, body: list[_Seg], lone: dict[Span, tuple[str, str]]) -> None:
    """"Globex said sales fell. It also cut 300 jobs.": a lone word that opens a sentence, when
    the next sentence opens with "It" and a corporate predicate (names.json 'business_corp_*'),
    is the firm that "it" takes up; news writes "he"/"she" for a person. Counterexamples: "It
    is time to cut jobs" (no corporate predicate), "It would cut 300 jobs, he added" (a plan's
    "it" in a person's words), a word the text also writes in lower case."""
    text = st.text
    starts = [g.start for g in body]
    for (s, _e), key in lone.items():
        p = st.actors.get(key)
        if p is None or p.kind != "person":
            continue
        i = bisect.bisect_right(starts, s) - 1
        if i < 0 or i + 1 >= len(body) or not _at_clause_start(text, body[i].start, s):
            continue
        nxt = body[i + 1]
        if not text.startswith("It ", nxt.start) or not N.BIZ_CORP_RE.match(
            text, nxt.start + 2, nxt.end
        ):
            continue
        tok = p.tokens[0]
        if tok in N.NOT_NAMES or tok in N.GAZ or st.is_lower_word(tok) or (
            _RX_HE_SHE.search(text, nxt.start, nxt.end)
        ):
            continue  # "It would cut 300 jobs, he added": a plan's "it", a person's words
        del st.actors[key]
        org = st.actor("organization", p.name, "org.business")
        for span in p.mentions:
            org.add(span, text[span[0] : span[1]])


_LIST_NAME = rf"[{N.UPPER}][\w&.-]*(?:[ \xa0][{N.UPPER}][\w&.-]*){{0,2}}"
_LIST_SEP = r"(?:,[ \xa0]+(?:and[ \xa0]+|or[ \xa0]+)?|[ \xa0]+(?:and|or)[ \xa0]+)"
_RX_LISTED_AFTER = lazy(_LIST_SEP + "(" + _LIST_NAME + r")(?![\w&'’-])")
# "Velmar Corp., of Orange, Calif.", "Friends of the Earth": a place, a longer name
_RX_LISTED_NOT_AFTER = lazy(
    rf"(?:,[ \xa0]+[{N.UPPER}][\w.]*\.|[ \xa0]+(?:of|for|de|du|on|at)[ \xa0]|['’]?s?[ \xa0]+[{N.UPPER}])"
)
_RX_LISTED_BEFORE = lazy(r"(?<![\w&'’.-])(" + _LIST_NAME + ")" + _LIST_SEP + r"\Z")


def _is_company(a: _Actor) -> bool:
    """An organisation the text or the lists make a business firm (not a body or outlet)."""
    return a.kind == "organization" and (
        a.rule in ("org.suffix", "org.business", "org.company-form", "org.listed-company")
        or a.name.split()[-1] in N.CORP_SUFFIXES or a.name in N.COMPANY_ORGS
    )


def _listed_companies(st: _Doc, segs: list[_Seg]) -> bool:
    """"Bear Harlow, Morgan Stanley and Velmar joined …", "GM and Velmar are expected to …": a
    bare name that no rule took, listed right beside a company (a comma, "and", "or"), is a
    company too; never a known given name, a person's surname, a place or a title ("GM and
    Ann Roe", "Velmar Corp. and Ohio")."""
    firms = [a for a in st.actors.values() if _is_company(a) and a.mentions]
    if not firms:
        return False
    text = st.text
    made = False
    heads = [(g.start, g.end) for g in segs if g.head]
    spans = [sp for a in firms for sp in a.mentions]
    person_toks: set[str] | None = None  # (no person is made here: one set, not a pass per name)
    while spans:  # a company found so extends the list ("Carrier and Ford and Nabisco")
        found: list[Span] = []
        for s, e in spans:
            if any(hs <= s < he for hs, he in heads):
                continue  # a headline's list: link only, never invent
            m = _RX_LISTED_AFTER.match(text, e)
            if m:
                found.append(m.span(1))
            b = _RX_LISTED_BEFORE.search(text, max(0, s - 60), s)
            if b and not _RX_PREV_CAP.search(text, max(0, b.start(1) - 30), b.start(1)):
                found.append(b.span(1))
        spans = []
        for s, e in found:
            words = text[s:e].rstrip(".").split()
            if not words or words[0] in N.GIVEN or any(
                w in N.GAZ or w + "." in N.GAZ or w in N.NOT_NAMES or w in N.TITLE_CANON
                or w.endswith("ly") for w in words
            ) or len(words[0]) < 2 or "." in text[s:e].rstrip(".") or (
                text[e - 1] == "." and text[e : e + 1] == ","  # "Oshkosh, Wis., said": a state
            ) or _RX_LISTED_NOT_AFTER.match(
                text, e
            ) or not st.free(s, e) or words[-1] in (person_toks := person_toks or {
                t for p in st.actors.values() if p.kind == "person" for t in p.tokens
            }):
                continue  # "GM and Ann Roe", "Velmar Corp. and Ohio", "Harlow and President Roe"
            _business_org(st, s, e, "org.listed-company")
            if not st.free(s, e):
                e -= text[e - 1] == "."
                spans.append((s, e))
                made = True
                a = st.actors.get(("other", text[s:e].lower()))
                if a is not None:
                    for sp in st.dropped_lone.pop(text[s:e], []):
                        a.add(sp, text[sp[0] : sp[1]])  # "Nabisco said": the firm's, no person's
    return made


def _business_unit(st: _Doc, seg: _Seg, rs: int, re_: int, noun: str) -> None:
    """"its Harbor Foods unit", "Delmont's Harbor Foods unit", "an Ostrava affiliate": the name
    before a company's part is that part, and an owner's possessive in the run a company. A
    name after 'a'/'an' only before a company word ('an Ostrava affiliate', not 'a SWAT unit')."""
    text = st.text
    run = text[rs:re_]
    poss = max(run.rfind("'s "), run.rfind("’s "))
    owner_name = None
    if poss > 0:
        owner_end = rs + poss
        s = owner_end + 3
        owner = owner_name = text[rs:owner_end]
        if _firm_form(st, owner) or st.actors.get(("other", owner.lower())):
            pass  # "Norvale's" in a text on "Norvale Holding Corp.": the short forms find it
        elif st.free(rs, owner_end) and not st.person_token(owner.split()[-1]) and (
            owner.split()[0] not in N.GIVEN
        ):
            _business_org(st, rs, owner_end)  # "Delmont's": the owner of a unit is a company
        else:
            return  # "Ann Roe's Harbor Foods unit": no firm's part
    else:
        s = rs
        lead = N.BIZ_UNIT_OWNER_RE.search(text, max(seg.start, rs - 7), rs)
        if lead is None and not text[max(seg.start, rs - 4) : rs].endswith(("'s ", "’s ")):
            return  # "The unit said", "a police unit": no owner before the name
        if lead is not None and lead.group().startswith("a") and noun == "unit":
            return  # "a SWAT unit", "an Army unit": a squad
        if lead is None:  # "Harlow Corp.'s Lakeview Brewing unit": the owner named before
            owner_name = _owner_before(st, rs - 3)
    name = text[s:re_]
    if not name or name in N.GAZ or st.person_token(name.split()[-1]) or name.split()[0] in N.GIVEN:
        return  # "its U.K. subsidiary": a country's part of the firm
    if _firm_form(st, name):
        return
    _business_org(st, s, re_)
    a = st.actors.get(("other", name.lower())) or st.actors.get(("other", name[:-1].lower()))
    if a is not None and owner_name and a.affiliation is None and a.kind == "organization":
        a.affiliation = _owner_full(st, owner_name)  # a unit belongs to its owner


def _owner_before(st: _Doc, end: int) -> str | None:
    """The organisation with a mention ending at end ("Harlow Corp.|'s Lakeview unit")."""
    for o in st.actors.values():
        if o.kind == "organization" and any(sp[1] == end for sp in o.mentions):
            return o.name
    return None


def _owner_full(st: _Doc, owner: str) -> str:
    """An owner's name as the text gives it in full ("Norvale" of "Norvale Holding Corp.")."""
    longer = [
        o.name for o in st.actors.values() if o.kind == "organization"
        and (o.name.startswith((owner + " ", owner + "-")) or owner in o.forms)
    ]
    return longer[0] if len(longer) == 1 else owner


def _firm_form(st: _Doc, name: str) -> bool:
    """Whether name is the start of an organisation's longer name or one of its forms
    ("Norvale" of "Norvale Holding Corp.", "NHC"): _link_short_forms joins it to that one."""
    return any(o.kind == "organization" and (
        o.name.startswith((name + " ", name + "-")) or name in o.forms
        or o.rule == "org.company-form" and o.name.endswith((f" de {name}", f" du {name}"))
    ) for o in st.actors.values())


def _eponymous_firms(st: _Doc) -> None:
    """"Milton Vale Corp. said … Milton Vale's shares rose": a 'person' the text only ever
    writes by the bare name is the firm named after him when the text also writes that name
    with a corporate suffix ("Corp.", "Group Inc.") or a French company's "Cie. de" before it;
    never one with a title or an honorific ("Mr. Vale"), nor for an institution named after a
    person ("the Ann Roe Foundation", "the Ali Center": no corporate suffix)."""
    firms: dict[str, _Actor] = {}
    for o in st.actors.values():
        if o.kind != "organization" or o.name.split()[-1] not in N.CORP_SUFFIXES and not (
            o.name.split()[0] in N.FIRM_NAME_PARTS
        ):
            continue
        words = o.name.split()
        while words and words[-1] in N.CORP_SUFFIXES or words and words[-1] in N.FIRM_NAME_PARTS:
            words.pop()
        while words and words[0] in N.FIRM_NAME_PARTS:
            words.pop(0)
        if words and len(words) < len(o.name.split()):
            firms.setdefault(" ".join(words), o)
    if not firms:
        return
    text = st.text
    for key, p in list(st.actors.items()):
        if p.kind != "person":
            continue
        firm = firms.get(p.name) or (firms.get(f"{p.title} {p.name}") if p.title else None)
        if firm is None or p.affiliation or p.title and p.title not in N.TITLE_CANON:
            continue
        if _honorific_before(text, p.name.split()[-1]):
            continue  # "Mr. Vale": the man, whatever his firm is called
        lead = len(p.title) + 1 if p.title else 0  # "General Mills" read as a general's name
        if lead and not all(text.startswith(f"{p.title} ", s - lead) for s, _ in p.mentions):
            continue
        for s, e in p.mentions:
            firm.add((s - lead, e), text[s - lead : e])
        del st.actors[key]


def _honorific_before(text: str, word: str) -> bool:
    """Whether the text writes "Mr./Ms./Dr. <word>" somewhere."""
    i = text.find(word)
    while i >= 0:
        if _RX_HONORIFIC_BEFORE.search(text, max(0, i - 5), i):
            return True
        i = text.find(word, i + len(word))
    return False


def _org_run_from(st: _Doc, tok: str) -> _Actor | None:
    """A new organisation from a capitalised run that begins with tok and ends in an
    institutional head or corporate suffix ("Norvale Partners Holdings"), if the text has one."""
    text = st.text
    # a letter-digit word: its occurrences that start a word and end before a space or hyphen
    # are the index's; after _SCANS words, read there (a find per word was the text's square)
    at = st.word_starts(tok) if tok.isalnum() and st.org_scans >= _SCANS else None
    if at is None:
        st.org_scans += 1
        at = _finds_apart(text, tok)
    for i in at:
        j = i + len(tok)
        if N.boundary_ok(text, i) and text[j : j + 1] in (" ", "\xa0", "-"):
            m = N.RUN_RE.match(text, i)
            if m and m.end() > j:
                span = _org_name_in_run(m.group())
                if span and span[0] == 0 and st.free(i, i + span[1]):
                    name = text[i : i + span[1]]
                    if name not in N.GAZ:
                        a = st.actor("organization", name, "org.short-form")
                        st.claim(a, i, i + span[1])
                        return a
    return None


def _finds_apart(text: str, s: str) -> Iterator[int]:
    """The places s occurs in the text, left to right without overlaps, by str.find."""
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + len(s))
