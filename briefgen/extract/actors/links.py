"""Later mentions joined to their actor: surnames, acronyms and short company names anywhere,
headline included (_link_short_forms, with _FormScanner: no regex compiled per document),
acronyms that speak ("the NRDC said"), possessors ("Yeltsin's spokesman X"), and descriptions
("the Kenyan leader", "the Association") that can mean one actor only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from briefgen import rules
from briefgen.extract import names as N
from briefgen.extract.actors.merge import _core_tokens, _surname_owner, _variants
from briefgen.extract.actors.organisations import _glued
from briefgen.extract.actors.patterns import (
    _ACR_INTENT,
    _FUNCTION_WORDS,
    _LOWER_CONNECTORS,
    _RX_INITIAL,
    _RX_NEXT_CAP,
    _RX_WORDISH,
)
from briefgen.extract.actors.runs import _acronym_forms
from briefgen.extract.actors.state import _Actor, _Doc, _Seg
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy, word_trie
from briefgen.model import Span

_RX_POSSESSOR_BEFORE = lazy(rf"(?<![\w’'.-])([{N.UPPER}][\w.-]*(?:[ \xa0][{N.UPPER}][\w.-]*)?)['’]s[ \xa0]+\Z")


def _known_possessor(text: str, s: int, e: int) -> N.Ref | None:
    """The country, place or organisation whose possessive stands right before a surname
    ("Poland's Kwasniewski", "NATO's Solana"): the owner, not a given name glued to it; None
    when another capitalised word follows the surname ("Poland's Lech Walesa Airport")."""
    if _RX_NEXT_CAP.match(text[e : e + 40]) and not _glued_after_ok(text, e):
        return None
    m = _RX_POSSESSOR_BEFORE.search(text, max(0, s - 40), s)
    return N.GAZ.get(m.group(1)) if m else None


def _glued_after_ok(text: str, e: int) -> bool:
    """The capitalised word after [.., e) is a title, head, place or function word."""
    after = _RX_NEXT_CAP.match(text[e : e + 40])
    w = after.group(1) if after else ""
    return w in N.TITLE_CANON or w in N.ORG_HEADS or w in N.GAZ or w in _FUNCTION_WORDS


_ACRONYM_NOT_ORGS = frozenset(rules.entries("acronym_not_orgs"))
# (the look-behind after the first capital, so that re skips ahead by the charset)
_RX_ACR_WORD = lazy(r"[A-Z](?<![\w.&'’-].)[A-Z&]{1,5}(?![\w.&'’-])")
_RX_ACR_SAYS = rx_compile(  # one that a reporting verb or an intent follows
    r"[A-Z](?<![\w.&'’-].)[A-Z&]{1,5}(?![\w.&'’-])(?=" + N.REPORT_AFTER_RE.pattern
    + "|" + _ACR_INTENT + ")"
)
_RX_ACR_BEFORE = lazy(r"(?:^|[.!?:;,\"“”]|(?:^|[ \xa0\"“])(?:[Tt]he|[a-z]+))[ \xa0]*$")


def _acronym_speakers(st: _Doc, segs: list[_Seg]) -> None:
    """"the NRDC said", "MWW said in a statement", "NARAL plans to": an acronym nobody defined
    that speaks or states an intent is an organisation (its other uses join it as short forms). Not in a text set in capitals, not
    inside a capitalised run ("FOX NEWS said"), not an office or a suffix (data:
    acronym_not_orgs)."""
    text = st.text
    speaking = [m for m in _RX_ACR_SAYS.finditer(text) if m.group() not in N.GAZ]
    if not speaking:
        return
    cands: list[re.Match[str]] | None = None
    seg_starts = [g.start for g in segs]
    for m in speaking:
        w = m.group()
        if w in _ACRONYM_NOT_ORGS or w.lower() in N.TITLE_CANON:
            continue
        k = bisect.bisect_right(seg_starts, m.start()) - 1
        if k < 0:
            continue
        seg = segs[k]
        if seg.head or m.end() > seg.end:
            continue
        if not _RX_ACR_BEFORE.search(text[max(seg.start, m.start() - 12) : m.start()]):
            continue  # "Harlow PAC said": part of a longer name
        if text[seg.start : seg.end].isupper():
            continue  # a text set in capitals
        if st.free(m.start(), m.end()) and ("other", w.lower()) not in st.actors:
            a = st.actor("organization", w, "org.acronym-speaker")
            if cands is None:
                cands = list(_RX_ACR_WORD.finditer(text))
            for o in cands:  # its other uses, headline included
                if o.group() == w and st.free(o.start(), o.end()):
                    st.claim(a, o.start(), o.end())


_RX_INITIALS = rx_compile(r"(?:[A-Z]\.){1,3}")


def _person_possessors(st: _Doc) -> None:
    """"Yeltsin's spokesman X" in a text that names Boris Yeltsin: the owner of the role is the
    person, not an organisation named "Yeltsin" (_possessive_org cannot know the people yet).
    Only a one-word owner that is the surname of exactly one named person."""
    owned = [
        (k, a) for k, a in st.actors.items()
        if a.rule == "org.possessive-role" and " " not in a.name
    ]
    if not owned:
        return
    by_surname: dict[tuple[str, ...], list[_Actor]] = {}  # (one pass, not one per owner)
    for p in st.actors.values():
        if p.kind == "person" and len(p.tokens) > 1:
            by_surname.setdefault(_core_tokens(p.tokens)[-1:], []).append(p)
    for k, org in owned:
        holders = by_surname.get((org.name,), [])
        if len(holders) != 1:
            continue
        p = holders[0]
        for span in org.mentions:
            p.add(span, st.text[span[0] : span[1]])
        del st.actors[k]


def _link_short_forms(st: _Doc, segs: list[_Seg]) -> None:
    """Surnames, acronyms and short company names anywhere (headline included) join their actor."""
    forms: dict[str, _Actor] = {}
    ambiguous: dict[str, list[_Actor]] = {}

    def put(form: str, a: _Actor) -> None:
        if len(form) < 2 or form in N.NOT_NAMES or form.lower() in N.TITLE_CANON:
            return
        if form in forms and forms[form] is not a:
            ambiguous.setdefault(form, [forms[form]]).append(a)
        forms[form] = a

    for a in st.actors.values():
        if a.kind == "person":
            for f in list(a.forms):
                put(f, a)
            core = _core_tokens(a.tokens)
            for t in _variants(core):
                if t not in N.MONTHS_DAYS and not _RX_INITIAL.fullmatch(t):
                    put(t, a)
            if len(core) >= 2:
                put(f"{core[0]} {core[-1]}", a)
        elif a.kind in ("organization", "group"):
            if not a.mentions:
                continue  # merged into a longer name ("Norvale" into "Norvale Corp.")
            for f in list(a.forms):
                put(f, a)
                for acr in _acronym_forms(f):
                    ref = N.GAZ.get(acr)
                    if ref is None or ref.key == a.name:
                        put(acr, a)
            words = a.name.split()
            if ", " in a.name and (" & " in a.name or " amp " in a.name):
                put(a.name.split(",")[0], a)  # "Smith Barney" of "Smith Barney, Harris & Co."
            if words[0] in N.COMPANY_FORMS_FIRST:  # "Harvaux" of "Cie. Financiere de Harvaux"
                tail = next((words[i + 1 :] for i in range(len(words) - 2, 0, -1)
                             if words[i] in _LOWER_CONNECTORS), None)
                if tail and tail[0][:1].isupper():
                    put(" ".join(tail), a)
            if words[-1] in N.CORP_SUFFIXES or a.rule == "org.business":
                while words and words[-1] in N.CORP_SUFFIXES:
                    words.pop()
                if words:
                    put(" ".join(words), a)
                    if len(words[0]) > 2 and words[0] not in N.GAZ and words[0] not in N.ORG_HEADS:
                        put(words[0], a)
                    if len(words) == 2 and a.name != " ".join(words) and (
                        words[0] in N.GIVEN or _RX_INITIALS.fullmatch(words[0])
                        or ("other", words[1].lower()) in st.actors
                    ) and words[1] not in N.GAZ and words[1] not in N.ORG_HEADS:
                        put(words[1], a)  # "Coors" of "Adolph Coors Co.": named after a man
    for f, holders in ambiguous.items():
        # a surname shared by people only ("Jane Roe … her son Tom Roe … Roe said"): the primary
        # holder (_surname_owner); any other sharing leaves the form unlinked
        if all(h.kind == "person" and _core_tokens(h.tokens)[-1:] == (f,) for h in holders):
            forms[f] = _surname_owner(holders, st)
        elif all(h.kind == "organization" for h in holders) and (
            owner := _firm_of_form(f, holders)
        ) is not None:
            forms[f] = owner
        else:
            forms.pop(f, None)
    if not forms:
        return
    scan = _FormScanner(forms, st.text)
    fold: dict[str, _Actor] | None = None  # made for the first all-caps segment (few texts)
    text = st.text
    for seg, text_is_caps, found in scan.finditer_segs(segs):
        if text_is_caps and fold is None:
            fold = {f.casefold(): a for f, a in forms.items()}
        for s, e in found:
            if not st.free(s, e):
                continue
            g = " ".join(text[s:e].split())
            hit = fold.get(g.casefold()) if fold is not None and text_is_caps else forms.get(g)
            if hit is None:
                continue
            a = hit
            if a.kind == "person" and not seg.head and _glued(text, s, e):
                possessor = _known_possessor(text, s, e)
                if possessor is None:
                    continue
                if possessor.kind == "country" and a.country is None:
                    a.country = possessor.key  # "Poland's Kwasniewski": Poland's man
            st.claim(a, s, e)


def _bare_firm(name: str) -> str:
    """A company's name without its corporate suffix ("Armco" of "Armco Inc.")."""
    words = name.split()
    while len(words) > 1 and words[-1] in N.CORP_SUFFIXES:
        words.pop()
    return " ".join(words)


def _firm_of_form(form: str, holders: list[_Actor]) -> _Actor | None:
    """The one company a short form shared by several names means: "Armco" is "Armco Inc.",
    not "Armco Steel Co."; "BellSouth" is "BellSouth Corp.", not "BellSouth Enterprises Inc." A
    bare "Magna" found on its own ("chairman of Magna") and one longer "Magna International Inc."
    are one company, as a bare acronym and the one name it stands for: the bare one's mentions
    join the longer. Otherwise none (left unlinked)."""
    exact = [h for h in holders if _bare_firm(h.name) == form]
    if len(exact) == 2 and sum(h.name == form for h in exact) == 1:
        # "Velmar's 7% share" found bare, and "Velmar S.A.": the bare one joins the firm
        bare, firm = sorted(exact, key=lambda h: h.name != form)
        for span in bare.mentions:
            firm.add(span, form)
        bare.mentions.clear()
        return firm
    if len(exact) != 1:
        return None
    firm = exact[0]
    if firm.name == form:
        longer = [h for h in holders if h is not firm and (
            h.name.split()[-1] in N.CORP_SUFFIXES or form.isupper()
        )]  # ("RNC" found alone, and the "Republican National Committee" it stands for)
        if len(longer) == 1 and len(longer) == len(holders) - 1:
            for span in firm.mentions:
                longer[0].add(span, form)
            firm.mentions.clear()  # (an actor with no mention is dropped by _finish)
            return longer[0]
    return firm


# Where a form may start: a character not preceded by [\w’'-] (the lookbehind after the first
# character, so that re skips ahead by a charset prefix); capitals only when every form starts
# with one (the usual case).
_RX_FORM_START_CAP = lazy(rf"[{N.UPPER}](?<![\w’'-].)")
_RX_FORM_START_ANY = lazy(r"(?s:.)(?<![\w’'-].)")
_RX_FORM_END_OK = rx_compile(r"(?![\w’'-]|\.\w)")
_RX_ALL_CAP = lazy(rf"[{N.UPPER}]+")
_FIND_FORMS_MAX = 64  # more forms than this: one trie walk per candidate start instead
_TRIE_LEAF = 8  # forms sharing a prefix, at most, that a compact trie keeps as a tuple of tails


def _compact_trie(forms: list[str]) -> dict[str, Any]:
    """The forms as a trie of dicts (one key per character, "" marking a form's end) down to
    where at most _TRIE_LEAF forms share the prefix: there a tuple of their tails (the rest of
    each form, "" for the form that ends there). word_trie's one dict per character took ~40 MB
    for the 30 K names of a 1 MB text of nothing but new names; this keeps the first few
    characters' dicts only. Built breadth-wise, not by recursion: forms can be long."""
    root: dict[str, Any] = {}
    todo: list[tuple[dict[str, Any], int, list[str]]] = [(root, 0, forms)]
    while todo:
        node, d, group = todo.pop()
        by_char: dict[str, list[str]] = {}
        for f in group:
            if len(f) == d:
                node[""] = None
            else:
                by_char.setdefault(f[d], []).append(f)
        for ch, sub in by_char.items():
            if len(sub) <= _TRIE_LEAF:
                node[ch] = tuple(f[d + 1 :] for f in sub)
            else:
                child: dict[str, Any] = {}
                node[ch] = child
                todo.append((child, d + 1, sub))
    return root


class _FormScanner:
    r"""finditer() spans of the short-form alternation, without compiling it per document:

        re.compile("(?<![\w’'-])(" + "|".join(forms, longest first) + r")(?![\w’'-]|\.\w)")

    with a space in a form matching [ \xa0], and re.IGNORECASE in all-caps segments: left to
    right, no overlaps, at each admissible start the longest form that fits before endpos and
    whose end passes the lookahead. Compiling that alternation cost ~1 ms for every new article
    (hidden by re's cache in benchmarks that repeat texts)."""

    def __init__(self, forms: dict[str, _Actor], text: str) -> None:
        self.text = text
        # forms are looked for in a copy with no-break spaces as spaces (same offsets; neither
        # character is in the look-around classes), so that a form's space matches both
        self.norm = text.replace("\xa0", " ") if "\xa0" in text else text
        self.forms = list(forms)
        self.starts: list[int] | None = None
        self.ends: dict[int, list[int]] = {}  # start -> ends of the forms there, longest first
        self._root: dict[str, Any] | None = None
        self._low_root: dict[str, Any] | None = None  # the forms lower-cased, for _finditer_lower
        self._compact: dict[str, Any] | None = None  # _compact_trie(forms), for _walk_ends
        self.forms_ascii = all(f.isascii() for f in self.forms)
        self.walk = len(self.forms) > _FIND_FORMS_MAX
        # a no-break space in a form, or a space as its first character, is matched literally by
        # the alternation: keep exactness by the regex then (normalised names have neither)
        self.regex: re.Pattern[str] | None = None
        if any("\xa0" in f or f[0] == " " for f in forms):
            alternation = "|".join(
                re.escape(f[0]) + r"(?<![\w’'-].)" + re.escape(f[1:]).replace(r"\ ", "[ \xa0]")
                for f in sorted(forms, key=len, reverse=True)
            )
            self.regex = re.compile(r"(" + alternation + r")(?![\w’'-]|\.\w)")

    @property
    def root(self) -> dict[str, Any]:
        """The forms as a dict trie ("" marks a form's end), built on first use."""
        if self._root is None:
            self._root = word_trie(self.forms)
        return self._root

    def finditer(self, pos: int, endpos: int, fold: bool) -> list[Span]:
        if self.regex is not None:
            rx = re.compile(self.regex.pattern, re.IGNORECASE) if fold else self.regex
            return [m.span() for m in rx.finditer(self.text, pos, endpos)]
        if fold:
            return self._finditer_fold(pos, endpos)
        if self.starts is None:  # one scan of the text for every segment
            self._find_starts()
        starts = self.starts
        assert starts is not None
        k = bisect.bisect_left(starts, pos)
        if k == len(starts) or starts[k] >= endpos:
            return []
        # the starts before endpos, by bisection: iterating starts[k:] copied the whole tail of
        # the document's starts for every segment (quadratic in long texts)
        here = starts[k : bisect.bisect_left(starts, endpos, k)]
        if self.walk:  # many forms: the ends at these starts by the trie, once per start
            self._walk_ends(here)
        return self._pick(here, pos, endpos)

    def finditer_segs(self, segs: list[_Seg]) -> Iterator[tuple[_Seg, bool, list[Span]]]:
        """(seg, all-caps, finditer's spans) for each segment with some: the bisection of
        finditer inlined, and a segment with no start in it (most) skipped after one look.
        Made segment by segment (the scan reads only the text), and with many forms each
        segment's walked ends dropped once picked: a 1 MB text of names kept ~10 MB of them."""
        text = self.text
        if self.regex is not None:
            for seg in segs:
                c = text[seg.start : seg.end].isupper()
                yield seg, c, self.finditer(seg.start, seg.end, c)
            return
        if self.starts is None:
            self._find_starts()
        starts = self.starts
        assert starts is not None
        bisect_left = bisect.bisect_left
        walk, ends = self.walk, self.ends
        for seg in segs:
            pos, endpos = seg.start, seg.end
            if text[pos:endpos].isupper():
                yield seg, True, self._finditer_fold(pos, endpos)
                continue
            k = bisect_left(starts, pos)
            if k == len(starts) or starts[k] >= endpos:
                continue
            here = starts[k : bisect_left(starts, endpos, k)]
            if walk:
                self._walk_ends(here)
                found = self._pick(here, pos, endpos)
                for s in here:
                    ends.pop(s, None)
            else:
                found = self._pick(here, pos, endpos)
            yield seg, False, found

    def _find_starts(self) -> None:
        """Where forms start. With few forms, each form's occurrences by str.find (C speed, the
        common case); with many, the capitalised word starts whose first two characters begin
        some form, walked in the trie per segment (linear in the text whatever the forms)."""
        text, norm = self.text, self.norm
        if not self.walk:
            ends = self.ends
            wordish = _RX_WORDISH.match
            for f in self.forms:
                n = len(f)
                i = norm.find(f)
                while i >= 0:
                    if i == 0 or not wordish(text, i - 1):
                        ends.setdefault(i, []).append(i + n)
                    i = norm.find(f, i + 1)
            for e in ends.values():
                e.sort(reverse=True)
            self.starts = sorted(ends)
            return
        pairs = {f[:2] for f in self.forms}
        firsts = "".join({f[0] for f in self.forms})
        start = _RX_FORM_START_CAP if _RX_ALL_CAP.fullmatch(firsts) else _RX_FORM_START_ANY
        self.starts = [s for m in start.finditer(text) if norm[(s := m.start()) : s + 2] in pairs]

    def _walk_ends(self, starts: list[int]) -> None:
        """self.ends for these starts (those of one segment), by walking the compact trie (many
        forms): every form that norm has at the start, as the per-character trie finds them."""
        if self._compact is None:
            self._compact = _compact_trie(self.forms)
        root, norm, ends = self._compact, self.norm, self.ends
        startswith = norm.startswith
        n = len(norm)
        for s in starts:
            if s in ends:
                continue
            node: Any = root
            found: list[int] = []
            i = s
            while i < n:
                node = node.get(norm[i])
                if node is None:
                    break
                i += 1
                if type(node) is tuple:  # the few forms left: their tails, tested whole
                    tails = [i + len(t) for t in node if startswith(t, i)]
                    if tails:
                        tails.sort()
                        found += tails
                    break
                if "" in node:
                    found.append(i)
            found.reverse()
            ends[s] = found

    def _pick(self, starts: list[int], pos: int, endpos: int) -> list[Span]:
        """Left to right from pos over these starts (all in [pos, endpos)), no overlaps: at each
        start the longest form that fits before endpos and passes the lookahead."""
        text, ends = self.text, self.ends
        end_ok = _RX_FORM_END_OK.match
        out: list[Span] = []
        p = pos
        for s in starts:
            if s < p:
                continue
            for e in ends.get(s, ()):
                if e <= endpos and end_ok(text, e, endpos):
                    out.append((s, e))
                    p = e
                    break
        return out

    def _finditer_fold(self, pos: int, endpos: int) -> list[Span]:
        """The same under re.IGNORECASE (all-caps segments, rare): at every admissible start,
        every trie child the character matches, as re itself decides."""
        text = self.text
        if self.forms_ascii and text[pos:endpos].isascii():
            return self._finditer_lower(pos, endpos)
        out: list[Span] = []
        p = pos
        while p < endpos:
            m = _RX_FORM_START_ANY.search(text, p, endpos)
            if m is None:
                break
            s = m.start()
            ends: list[int] = []
            self._ends_fold(self.root, s, endpos, ends)
            ends.sort()
            e = next((e for e in reversed(ends) if _RX_FORM_END_OK.match(text, e, endpos)), -1)
            if e > s:
                out.append((s, e))
                p = e
            else:
                p = s + 1
        return out

    def _finditer_lower(self, pos: int, endpos: int) -> list[Span]:
        """_finditer_fold where the forms and text[pos:endpos] are ASCII: there re.IGNORECASE
        matches two characters exactly when their lower cases are equal, so one walk of a trie of
        the lower-cased forms over the lower-cased text finds the same ends (asking re about
        every child of every node cost ~1.7 times as much per all-caps headline)."""
        text = self.text
        low = text[pos:endpos].lower()
        if self._low_root is None:
            self._low_root = word_trie(f.lower() for f in self.forms)
        root = self._low_root
        n = endpos - pos
        end_ok = _RX_FORM_END_OK.match
        search = _RX_FORM_START_ANY.search
        out: list[Span] = []
        p = pos
        while p < endpos:
            m = search(text, p, endpos)
            if m is None:
                break
            s = m.start()
            node: Any = root
            ends: list[int] = []
            i = s - pos
            while i < n:
                node = node.get(low[i])
                if node is None:
                    break
                i += 1
                if "" in node:
                    ends.append(i + pos)
            e = next((e for e in reversed(ends) if end_ok(text, e, endpos)), -1)
            if e > s:
                out.append((s, e))
                p = e
            else:
                p = s + 1
        return out

    def _ends_fold(self, node: dict[str, Any], i: int, endpos: int, ends: list[int]) -> None:
        if "" in node and node is not self.root:
            ends.append(i)
        if i >= endpos:
            return
        ch = self.text[i]
        for c, child in node.items():
            if c and N.char_matches(c, ch, re.IGNORECASE):
                self._ends_fold(child, i + 1, endpos, ends)


_DESC_HEADS = (
    "President|Prime Minister|leader|Chancellor|King|Emir|premier|president|prime minister|"
    "Secretary|Minister|Association|Commission|Ministry|Council|Committee|Institute|Foundation|"
    "Agency|Task Force|Fund|Bank|Company|Corporation|Center|Centre|University|PRESIDENT|"
    "PRIME MINISTER"
)
_DESC_RE = lazy(
    # the lookbehind after the first letter lets re skip ahead to T/t (a charset prefix)
    rf"[Tt](?<![\w-].)he[ \xa0]+(?:([{N.UPPER}][\w]+)[ \xa0]+)?({_DESC_HEADS})(?![\w-]| of| for)"
)
# Every position where _DESC_RE can start a match: it without its final lookahead (which a match
# inside a segment's bounds passes in the whole text too), consuming one character only, so
# that no candidate hides another. Written from the "he" on, the "T"/"t" and the character before
# it checked behind, so that re skips ahead by the literal "he" (a third of the time of a scan
# that stopped at every "t"): a match's "he" is one character after where _DESC_RE starts.
_DESC_START = rx_compile(
    rf"he(?<=[Tt]he)(?<![\w-][Tt]he)(?=[ \xa0]+(?:[{N.UPPER}][\w]+[ \xa0]+)?(?:{_DESC_HEADS}))"
)


def _desc_starts(text: str) -> list[int]:
    """Every position where _DESC_RE can start a match (the "T"/"t"), in one scan."""
    return [m.start() - 1 for m in _DESC_START.finditer(text)]


def _descriptions(st: _Doc, seg: _Seg, people: list[_Actor], orgs: list[_Actor]) -> None:
    """"the Kenyan leader", "the President", "the Association" → the one actor they can mean."""
    starts = st.desc_starts
    if starts is None:  # where a description can start, in one scan of the text
        starts = st.desc_starts = _desc_starts(st.text)
    i = bisect.bisect_left(starts, seg.start)
    if i == len(starts) or starts[i] >= seg.end:
        return  # none in this segment (most)
    for m in _DESC_RE.finditer(st.text, seg.start, seg.end):
        s, e = m.span()
        if not st.free(s, e):
            continue
        dem, head = m.group(1), m.group(2)
        country = None
        if dem:
            ref = N.COUNTRY_REFS.get(dem)
            if ref is None:
                continue
            country = ref.key
        low = head.lower()
        if head[:1].isupper() and low in ("association", "commission", "ministry", "council",
                                          "committee", "institute", "foundation", "agency",
                                          "task force", "fund", "bank", "company", "corporation",
                                          "center", "centre", "university"):
            cands = [o for o in orgs if head.lower() in o.name.lower().split()
                     or o.name.lower().endswith(" " + low) or (" " + low + " ") in o.name.lower()]
        elif low == "leader":
            cands = [p for p in people if p.title and p.title.lower() in N.LEADER_TITLES
                     and (country is None or p.country == country)]
        else:
            cands = [p for p in people if p.title and p.title.lower() == low
                     and (country is None or p.country == country)]
        if len(cands) == 1:
            st.claim(cands[0], s, e)
