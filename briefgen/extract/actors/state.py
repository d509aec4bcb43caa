"""The working state of one extraction: _Actor (a referent being built, its forms and mention
spans), _Seg (a headline, heading or body sentence) and _Doc (what every pass reads and writes:
the actors by kind and name, the claimed spans, the all-caps zones, and the per-document indexes
that keep look-ups linear on long texts), with the text helpers those indexes use, and
_segments, which cuts the document into segments. Every other module builds on this one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefgen.extract import names as N
from briefgen.extract.actors.patterns import (
    _RX_LOWER_WORD,
    _RX_PARTICLE_WORD,
    _RX_PREV_CAP,
    _RX_WORD_CHAR,
    _SCANS,
)
from briefgen.lazyre import compile as rx_compile
from briefgen.model import Document, Span

_HEADING_END_CHARS = ".!?:;\"”’)"  # a line that ends in one of these is prose, not a heading
_RX_AFTER_LOWER = rx_compile(r"(?<=[a-z,])[ \xa0]+([\w-]+)")  # _Doc.after_lower's words
_RX_LOWER_ALONE = rx_compile(r"(?<![\w-])[a-z]+(?![\w-])")  # _Doc.is_lower_word's words
_RX_ALNUM_RUN = rx_compile(r"[^\W_]+")  # str.isalnum() characters, as \w less "_"
# a maximal letter-digit run from a capital (N.UPPER) at a word start (N.boundary_ok)
_RX_CAP_WORD_RUN = rx_compile(rf"(?<![\w’'])[{N.UPPER}][^\W_]*")
_RX_UPPER_FIRST = rx_compile(rf"[{N.UPPER}]")  # a word _RX_CAP_WORD_RUN can find
_RX_CORP_SUFFIX_START = rx_compile(
    r"(?<=\s)(?:" + "|".join(sorted(map(re.escape, N.CORP_SUFFIXES), key=lambda s: (-len(s), s))) + ")"
)
# _Doc.used_alone / corp_form scan the text for each new word or name (a find in C, cheaper than
# building an index) in texts under _INDEX_MIN characters and for the first _SCANS words or names
# of a longer one; after that they answer from an index built once (linear in the text in all)
_INDEX_MIN = 30_000


@dataclass(slots=True)  # (slots: ~33,000 of these a MB in a text of names, issue 8)
class _Actor:
    """A referent being built: surface forms and spans accumulate as mentions are found."""

    name: str
    kind: str
    rule: str
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None
    forms: dict[str, None] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)
    tokens: tuple[str, ...] = ()
    # (title, affiliation, country) read from a clause after a mention ("X, who heads Y"): used
    # only when no rule gave a title ("was named chairman" says more than "who is president")
    fallback: tuple[str, str | None, str | None] | None = None
    # The mentions as a set, so that a frequent actor's add() is not a scan of its list; rebuilt
    # whenever the list was changed behind add()'s back (it is only ever cleared). None until
    # the list is long (an empty set per actor was 7 MB in a MB of names).
    seen: set[Span] | None = field(default=None, repr=False, compare=False)
    # _a_child's last answer and the mentions it read ((count, last span), answer): a bare
    # surname's owner is asked once per form, and each ask read every mention (issue 8)
    child_memo: tuple[tuple[int, Span | None], bool] | None = field(
        default=None, repr=False, compare=False
    )
    first_memo: tuple[tuple[int, Span | None], int] | None = field(
        default=None, repr=False, compare=False
    )  # _first's last answer, kept the same way

    def add(self, span: Span, surface: str) -> None:
        if len(self.mentions) < 32:  # a short list is quicker to scan than to mirror
            if span not in self.mentions:
                self.mentions.append(span)
        else:
            seen = self.seen
            if seen is None or len(seen) != len(self.mentions):
                seen = self.seen = set(self.mentions)
            if span not in seen:
                self.mentions.append(span)
                seen.add(span)
        self.forms.setdefault(" ".join(surface.split()), None)


@dataclass(slots=True)
class _Seg:
    start: int
    end: int
    head: bool  # headline, heading or all-caps: link only, never invent


class _Doc:
    """Per-document working state."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.actors: dict[tuple[str, str], _Actor] = {}
        self.persons: list[_Actor] = []
        self.taken: list[Span] = []  # spans already claimed by some mention
        self.caps: list[Span] = []
        self.caps_index: tuple[int, tuple[list[int], list[int], list[int]]] | None = None
        self.byline = {" ".join(b.split()).lower() for b in doc.article.byline}
        self.lower_words: dict[str, bool] = {}
        self.lower_set: frozenset[str] | None = None  # every lone [a-z]+ run (long texts)
        self.lower_scans = 0
        self.backed = "-backed" in self.text  # BACKED_RE's literal: most texts have none
        self.desc_starts: list[int] | None = None  # _DESC_START's hits, found on first use
        self.kin_at: set[int] = set()
        self.groups: list[re.Match[str]] = []
        self.tags = self.ages = self.particle_words = False
        # "Shares of X", "shares of X": _organisations' business patterns need the words
        self.biz = "hares" in self.text or "tock" in self.text
        self.person_affs: set[str] = set()  # affiliations that name a person ("Roe's father X")
        # a lower-case role right before a name with no clause edge ("by host Ann Roe"): the
        # title of the person another rule finds there (_pending_roles), by the name's span
        self.pending_roles: dict[Span, tuple[str, str | None, str | None]] = {}
        # a bare word's mentions that "said" made a person and _lone_names_as_orgs dropped as a
        # firm left unnamed (its spans stay claimed): a rule that later names the firm takes them
        self.dropped_lone: dict[str, list[Span]] = {}
        # per-document indexes for the look-ups that used to scan the whole text on each call
        # (issue 8: quadratic on long inputs); texts under _INDEX_MIN are scanned, once per word
        self.person_toks: set[str] = set()  # every token of self.persons[:person_toks_n]
        self.person_toks_n = 0
        self.alone_at: dict[str, list[int]] = {}  # _used_alone's answers, by word
        self.corp_forms: dict[str, str | None] = {}  # _corp_form's answers, by name
        self.word_at: dict[str, list[int]] | None = None  # capitalised word run -> its starts
        self.alone_scans = self.corp_scans = 0  # words / names answered by a scan of the text
        self.org_scans = 0  # _org_run_from's words found by a scan of the text
        # owner_people's index: (len(persons), owner -> person, persons' last tokens)
        self.owners: tuple[int, dict[str, _Actor], set[str]] | None = None
        self.lower_before: frozenset[str] | None = None  # see after_lower
        self.corp_at: dict[str, list[tuple[int, str]]] | None = None  # see _corp_anchors
        self.given_alone: dict[tuple[str, ...], bool] = {}  # _called_by_given_name's answers
        self.acting: dict[str, bool] = {}  # _acts' answers, by organisation

    # -- bookkeeping -------------------------------------------------------------------------
    def actor(self, kind: str, name: str, rule: str) -> _Actor:
        key = ("person" if kind == "person" else "other", name.lower())
        a = self.actors.get(key)
        if a is None:
            a = self.actors[key] = _Actor(name, kind, rule)
        return a

    def free(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.taken, (s, s))
        if i < len(self.taken) and self.taken[i][0] < e:
            return False
        return not (i > 0 and self.taken[i - 1][1] > s)

    def claim(self, a: _Actor, s: int, e: int) -> None:
        a.add((s, e), self.text[s:e])
        bisect.insort(self.taken, (s, e))

    def in_caps(self, s: int, e: int) -> bool:
        """Whether some all-caps zone contains [s, e): among the zones starting at or before s,
        the furthest end (a prefix maximum) reaches e."""
        if not self.caps:  # most texts: no all-caps zone at all
            return False
        if len(self.caps) < 16:
            return any(cs <= s and e <= ce for cs, ce in self.caps)
        starts, reach, _ = self._caps_index()
        i = bisect.bisect_right(starts, s)
        return i > 0 and reach[i - 1] >= e

    def caps_starting_in(self, lo: int, hi: int) -> list[Span]:
        """[z for z in self.caps if lo <= z[0] < hi], in self.caps order, by bisection."""
        if not self.caps:
            return []
        if len(self.caps) < 16:
            return [z for z in self.caps if lo <= z[0] < hi]
        starts, _, order = self._caps_index()
        picked = order[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
        return [self.caps[k] for k in sorted(picked)]

    def _caps_index(self) -> tuple[list[int], list[int], list[int]]:
        if self.caps_index is None or self.caps_index[0] != len(self.caps):
            order = sorted(range(len(self.caps)), key=lambda k: self.caps[k])
            starts = [self.caps[k][0] for k in order]
            reach: list[int] = []
            for k in order:
                reach.append(max(reach[-1], self.caps[k][1]) if reach else self.caps[k][1])
            self.caps_index = (len(self.caps), (starts, reach, order))
        return self.caps_index[1]

    def scan_runs(self, runs: list[Span]) -> None:
        """From the capitalised runs, once: the run starts right after a kin noun ("his son
        Tom Roe"), the collective nouns right after a run ("Tanzanian police"), and whether the
        text has a party tag "(D-" or an age ", 49,". Looking only beside the runs is much
        cheaper than scanning the text for the nouns."""
        text = self.text
        kin = set()
        groups = []
        lows, firsts, kin_nouns = _KIN_LAST3, _GROUP_FIRST3, N.KIN_NOUNS
        nouns = N.GROUP_NOUN_RE.match
        for rs, re_ in runs:
            if text[rs - 1 : rs] == " ":
                j = rs - 2 if text[rs - 2] != "," else rs - 3
                if text[j - 2 : j + 1] in lows:
                    k = text.rfind(" ", max(0, j - 20), j)
                    if text[k + 1 : j + 1] in kin_nouns:
                        kin.add(rs)
            if text[re_ + 1 : re_ + 4] in firsts and text[re_] == " ":
                m = nouns(text, re_ + 1)
                if m is not None:
                    groups.append(m)
            elif text.startswith(("'s ", "’s "), re_) and text[re_ + 3 : re_ + 6] in firsts:
                # "Roe's campaign": a person's (groups.py)
                m = nouns(text, re_ + 3)
                if m is not None:
                    groups.append(m)
        self.kin_at = kin
        self.groups = groups
        self.tags = "(D-" in text or "(R-" in text or "(I-" in text
        # whether some sentence has a particle word (_people's step 4): most texts have none
        self.particle_words = _RX_PARTICLE_WORD.search(text) is not None
        self.ages = N.AGE_AFTER_RE.search(text) is not None

    def is_lower_word(self, word: str) -> bool:
        """Whether the word also appears in lower case in the text (a common word, not a name):
        a maximal run of [a-z] equal to word.lower(), found by str.find (a set of every such
        word of the text cost more than the few look-ups a text makes); in a long text, after
        _SCANS look-ups, from that set, built once (a find per word was quadratic, issue 8)."""
        low = word.lower()
        if low in N.NOT_PERSON_WORDS:
            return True  # a common word even where the text never writes it in lower case
        got = self.lower_words.get(low)
        if got is None:
            got = False
            if self.lower_set is not None or (
                len(self.text) >= _INDEX_MIN and self.lower_scans >= _SCANS
            ):
                if self.lower_set is None:
                    self.lower_set = frozenset(_RX_LOWER_ALONE.findall(self.text))
                got = low in self.lower_set  # (a word of [a-z] only: others are in no run)
            elif _RX_LOWER_WORD.fullmatch(low):
                self.lower_scans += 1
                text, n = self.text, len(low)
                i = text.find(low)
                while i >= 0:
                    if not (i and _RX_WORD_CHAR.match(text, i - 1)) and not _RX_WORD_CHAR.match(
                        text, i + n
                    ):
                        got = True
                        break
                    i = text.find(low, i + 1)
            self.lower_words[low] = got
        return got

    def person_token(self, word: str) -> bool:
        """any(word in p.tokens for p in self.persons), from a set kept up to date with the
        list (persons are only appended, their tokens set before)."""
        ps = self.persons
        if self.person_toks_n < len(ps):
            for p in ps[self.person_toks_n :]:
                self.person_toks.update(p.tokens)
            self.person_toks_n = len(ps)
        return word in self.person_toks

    def used_alone(self, word: str, skip: int) -> bool:
        """Whether a surname also stands alone in the text (not right after a capitalised
        word), other than at position `skip`: "Holden sings ..." after "Mary J. Holden". The
        word's positions are found once per document (in a long text, from an index of word
        starts): a scan of the whole text per call was quadratic on long inputs."""
        at = self.alone_at.get(word)
        if at is None:
            text = self.text
            lead = _RX_ALNUM_RUN.match(word)
            if (
                len(text) < _INDEX_MIN or self.alone_scans < _SCANS or lead is None
                or not "A" <= word[0] <= "Z" or _self_overlaps(word)
            ):
                self.alone_scans += 1
                at = _alone_positions(text, word)
            else:
                # a qualifying occurrence starts a maximal letter-digit run that is the word's
                # own leading run; without self-overlap, text.find's occurrences are all there
                at = [i for i in self.cap_word_at(lead.group()) if _alone_at(text, word, i)]
            self.alone_at[word] = at
        return any(i != skip for i in at)

    def owner_people(self) -> dict[str, _Actor]:
        """_group_owner's person by owner: the first person with mentions and two tokens or
        more whose last token or name it is; built once per length of the list (a scan of the
        people per collective noun was a square, issue 8). Callers do not change the people's
        mentions or tokens between two additions."""
        if self.owners is None or self.owners[0] != len(self.persons):
            got: dict[str, _Actor] = {}
            for p in self.persons:
                if p.mentions and len(p.tokens) > 1:
                    got.setdefault(p.tokens[-1], p)
                    got.setdefault(p.name, p)
            self.owners = (len(self.persons), got, {p.tokens[-1] for p in self.persons if p.tokens})
        return self.owners[1]

    def surnames(self) -> set[str]:
        """Every person's last token (any(p.tokens[-1:] == (w,) for p in persons)), kept as
        owner_people is."""
        self.owner_people()
        assert self.owners is not None
        return self.owners[2]

    def after_lower(self, word: str) -> bool:
        """Whether a lower-case letter or a comma and spaces come right before the word, which
        ends a word (a letter-hyphen word), as re.search(rf"[a-z,][ \\xa0]+{word}(?![\\w-])")
        found: from the set of the words so placed, built once (a regex compiled and run over
        the text per word was a square, issue 8)."""
        if self.lower_before is None:
            self.lower_before = frozenset(_RX_AFTER_LOWER.findall(self.text))
        return word in self.lower_before

    def cap_word_at(self, run: str) -> list[int]:
        """The starts of the maximal letter-digit runs equal to `run` (a capital first) that
        start a word, from an index of the text built on first use."""
        if self.word_at is None:
            self.word_at = _cap_word_starts(self.text)
        return self.word_at.get(run, [])

    def word_starts(self, word: str) -> Iterator[int] | None:
        """In a long text, the places where `word` starts a word and its leading letter-digit
        run is a whole run (a superset of the places where it stands alone, in text order), from
        cap_word_at; None when it is short or `word` opens with no capital (scan the text)."""
        if len(self.text) < _INDEX_MIN or not _RX_UPPER_FIRST.match(word):
            return None
        lead = _RX_ALNUM_RUN.match(word)
        assert lead is not None  # (a capital is a letter)
        text, run = self.text, lead.group()
        if run == word:
            return iter(self.cap_word_at(run))
        return (i for i in self.cap_word_at(run) if text.startswith(word, i))

    def corp_form(self, name: str) -> str | None:
        """_corp_form(self.text, name), once per name; in a long text from the places a
        company suffix follows a space (few), not by finding every occurrence of the name."""
        if name in self.corp_forms:
            return self.corp_forms[name]
        text = self.text
        got: str | None = None
        if len(text) < _INDEX_MIN or self.corp_scans < _SCANS or _self_overlaps(name + " "):
            self.corp_scans += 1
            got = _corp_form(text, name)
        else:
            if self.corp_at is None:
                self.corp_at = _corp_anchors(text)
            n = len(name) + 1
            anchors = self.corp_at.get(name[-3:], ()) if len(name) >= 3 else [
                a for k, v in self.corp_at.items() if k.endswith(name) for a in v
            ]
            if len(name) < 3:
                anchors = sorted(anchors)
            for j, suffix in anchors:
                if j >= n and text.startswith(name, j - n):
                    got = name + " " + suffix
                    break
        self.corp_forms[name] = got
        return got


def _segments(st: _Doc) -> list[_Seg]:
    """Headline, standfirst and body sentences; headings and bylines recognised on the way."""
    doc, text = st.doc, st.text
    out: list[_Seg] = []
    seen: set[Span] = set()
    art = doc.article
    for span in (art.headline_span, art.kicker_span):
        if span and span not in seen:
            seen.add(span)
            out.append(_Seg(span[0], span[1], True))
    if art.standfirst_span and art.standfirst_span not in seen:
        seen.add(art.standfirst_span)
        out.append(_Seg(*art.standfirst_span, _looks_like_heading(text, art.standfirst_span)))
    dateline = art.dateline.span if art.dateline else None
    paragraphs = doc.paragraphs
    for sent in doc.sentences:
        s, e = sent.span
        if (s, e) in seen:
            continue
        seen.add((s, e))
        # Both patterns begin with "^", which re anchors at the text's start, not at pos: they
        # can only match the text's first sentence (so they are only tried there).
        if s == 0 and N.BYLINE_RE.match(text, s, e):
            continue
        if dateline and dateline[0] <= s < dateline[1]:
            s = dateline[1]
        m = N.DATELINE_RE.match(text, s, e) if s == 0 else None
        if m:
            s = m.end()
        if s >= e:
            continue
        para = paragraphs[sent.paragraph].span if sent.paragraph < len(paragraphs) else (s, e)
        whole = para[0] >= sent.span[0] - 1 and para[1] <= sent.span[1] + 1
        out.append(_Seg(s, e, whole and _looks_like_heading(text, (s, e))))
    return out


def _looks_like_heading(text: str, span: Span) -> bool:
    """A short line with no closing punctuation: a heading, kicker or dateline, not prose."""
    chunk = text[span[0] : span[1]]
    last = chunk.rstrip()[-1:]  # what _HEADING_END looks at: the last non-space character
    return not (last and last in _HEADING_END_CHARS) and len(chunk.split(None, 10)) <= 10


_KIN_LAST3 = frozenset(k[-3:] for k in N.KIN_NOUNS)
_GROUP_FIRST3 = frozenset(g[:3] for g in N.GROUP_NOUNS)


def _alone_at(text: str, word: str, i: int) -> bool:
    """Whether the word at i stands alone: starts a word, ends one, no capitalised word just
    before it."""
    j = i + len(word)
    return (
        text.startswith(word, i)
        and N.boundary_ok(text, i)
        and not (j < len(text) and (text[j].isalnum() or text[j] == "-"))
        and not _RX_PREV_CAP.search(text, max(0, i - 30), i)
    )


def _alone_positions(text: str, word: str) -> list[int]:
    """The word's occurrences by str.find, left to right without overlaps, that stand alone
    (at most two: enough to tell whether one other than a given position exists)."""
    out: list[int] = []
    i = text.find(word)
    while i >= 0 and len(out) < 2:
        if _alone_at(text, word, i):
            out.append(i)
        i = text.find(word, i + len(word))
    return out


def _self_overlaps(s: str) -> bool:
    """Whether two occurrences of s can overlap (a proper prefix is also a suffix): then
    text.find's left-to-right, no-overlap occurrences are not all occurrences."""
    return any(s.endswith(s[:k]) for k in range(1, len(s)))


def _cap_word_starts(text: str) -> dict[str, list[int]]:
    """Every maximal letter-digit run from a capital A-Z that starts a word (N.boundary_ok),
    to its starts."""
    at: dict[str, list[int]] = {}
    for m in _RX_CAP_WORD_RUN.finditer(text):
        at.setdefault(m.group(), []).append(m.start())
    return at


def _corp_anchors(text: str) -> dict[str, list[tuple[int, str]]]:
    """The places j where _corp_form would accept a name ending at j - 1 (a space there, a
    company suffix as the first word of text[j:j + 12]), with that suffix, by the three
    characters before the space, each list in text order. A suffix starts after whitespace;
    j is at most 11 characters before it, inside that whitespace."""
    at: dict[str, list[tuple[int, str]]] = {}
    for m in _RX_CORP_SUFFIX_START.finditer(text):
        t = m.start()
        lo = t
        while lo > 0 and t - lo < 11 and text[lo - 1].isspace():
            lo -= 1
        for j in range(lo, t + 1):
            if j > 0 and text[j - 1] == " ":
                w = text[j : j + 12].split(None, 1)
                if w and (suffix := w[0].rstrip(",")) in N.CORP_SUFFIXES:
                    at.setdefault(text[max(0, j - 4) : j - 1], []).append((j, suffix))
    return at


def _corp_form(text: str, name: str) -> str | None:
    """"<name> Corp./Inc./…" when the text names it so: "Harlow's treasurer" then means the
    company the text names in full, no second organisation. (_Doc.corp_form answers the same
    once per name, from an index in long texts.)"""
    i = text.find(name + " ")
    while i >= 0:
        j = i + len(name) + 1
        w = text[j : j + 12].split(None, 1)
        if w and w[0].rstrip(",") in N.CORP_SUFFIXES:
            return name + " " + w[0].rstrip(",")
        i = text.find(name + " ", j)
    return None
