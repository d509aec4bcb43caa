"""Key actors: people, organisations, countries, places and groups, one actor per referent.

Rule-based and precision-first: a capitalised sequence becomes an actor only when something
anchors it — a gazetteer entry (countries, well-known organisations, places), a title or role
before it, a reporting verb, an appositive role, an institutional head word, a corporate suffix,
an acronym defined in brackets. Later short mentions (surname, acronym, capital, "the Kenyan
leader") are merged into the full actor with every mention span kept. Headlines, headings and
all-caps leads only link to actors the body establishes (plus gazetteer hits), so title case
and shouting never invent actors.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefgen import rules
from briefgen.extract import names as N
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy, trie_regex, word_trie
from briefgen.model import Actor, Document, Span

_HEADING_END_CHARS = ".!?:;\"”’)"  # a line that ends in one of these is prose, not a heading
_WORD = rx_compile(r"\S+")
_SIC = rx_compile(r"[ \xa0]*\[sic\]")
_RX_SAID_BEFORE = lazy(r"(?:said|says|told|added)[ \xa0]+$")
# roles that are also verbs: after one of these words the role is the verb ("will host Ann Roe")
_ROLES_AS_VERBS = frozenset(("host", "co-host", "head", "chief", "coach", "counsel", "star", "partner",
                         "volunteer", "nurse", "author", "founder", "lead", "model", "guard"))
_RX_VERB_BEFORE = lazy(
    r"(?<![\w'’])(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|not|also"
    r"|and|or|who|which|that|[a-z]+n['’]t|['’]ll|['’]d)[ \xa0]+\Z"
)
_HYPHEN_NAME = lazy(rf"[a-z]{{1,3}}-[{N.UPPER}]")
_RX_SP_CAPNUM = lazy(
    rf"[ \xa0]+[{N.UPPER}0-9]"
)
_RX_OF_NAME = rx_compile(
    rf"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?({N.ORG_TOK}(?:[ \xa0]+{N.ORG_TOK})*)"
)
_RX_POSS = rx_compile(
    rf"({N.ORG_TOK}(?:[ \xa0]+{N.ORG_TOK})*)['’]s[ \xa0]+"
)
_RX_SP_CAP = rx_compile(
    rf"\.?[ \xa0]+[{N.UPPER}]"
)
_RX_OF_CAPS = lazy(
    rf"[ \xa0]+of[ \xa0]+((?:{N.ORG_TOK}[ \xa0]?)+)"
)
_RX_AT_ORG = lazy(
    rf"[ \xa0]+(?:at|with|of|for|to)[ \xa0]+(?:the[ \xa0]+)?"
    rf"(?:(?:{'|'.join(N.ORG_DESCRIPTORS)}|state|[a-z]+(?:['’]s)?)[ \xa0]+)*"
        rf"({N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|and|the|de)[ \xa0]+)*{N.ORG_TOK})*)"
)
_RX_NEXT_CAP = rx_compile(
    rf"[ \xa0]+([{N.UPPER}][\w’'-]*)"
)
_RX_PREV_CAP = rx_compile(
    rf"([{N.UPPER}][\w’'-]*)[ \xa0]+$"
)
# "(?<![\w-])(?:[Bb]in|[Ii]bn|Abu|Abdul|Abdel)[ \xa0]", with the lookbehind after the first
# letter so that re can skip ahead to the possible first letters
_RX_PARTICLE_WORD = rx_compile(
    r"[BbIiA](?<![\w-].)(?:(?<=[Bb])in|(?<=[Ii])bn|(?<=A)bu|(?<=A)bdul|(?<=A)bdel)[ \xa0]"
)
# A token of N.CONNECTORS as RUN_TOKEN_RE splits a run: after a space or a closing quote (never
# a run's first token, so the character before is in the run).
_RX_CONNECTOR = rx_compile(r"[\s\"”](?:of|for|on|and|the|&|amp|y)(?!\S)")
_PARTICLE_WORDS = frozenset(("bin", "Bin", "ibn", "Ibn", "Abu", "Abdul", "Abdel"))
_RX_PARTY_TAG = rx_compile(r"\(?[DRI]-")
# The last two letters of every verb REPORT_BEFORE_RE ends in.
_REPORT_BEFORE_ENDS = frozenset(("id", "ys", "ed", "te"))
_RX_REPORTED = rx_compile(r"(?<![\w-])(?:said|says|told|tells|added|adds)(?![\w-])")
_RX_INITIAL = rx_compile(
    rf"[{N.UPPER}]\."
)
_RX_POSS_IN_RUN = rx_compile(rf"['’]s[ \xa0]+(?=[{N.UPPER}])")
_RX_PREV_WORD = lazy(rf"[{N.UPPER}][\w.]+$")
_RX_TOLD_MARKET = lazy(
    r"[ \xa0]+told[ \xa0]+(?:analysts|investors|shareholders|stockholders)(?![\w-])"
)
_RX_SHARES_OF = lazy(r"(?:Shares|Stock)[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?(?=\S)")
_RX_SP_DIGIT = lazy(r"[ \xa0]+\d")  # matched at an offset: no copy of the text's rest
_RX_LOWER_WORD = rx_compile("[a-z]+")
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
_SCANS = 4
_RX_WORDS = rx_compile(r"\w+")
_RX_CLAUSE_EDGE = rx_compile("[ \xa0\"“'‘(]*")
# Up to the last thing no PRE_RE match can contain: a comma, quote or the like, or a lower-case
# word that is no connector ("and", "said"); PRE_RE's leftmost match starts after it.
_RX_LAST_BARRIER = rx_compile(
    r"(?s:.*)(?:[,;:!?\"“”\n\t]|(?<![\w.&’'-])(?!(?:of|for|on|the|de)[ \xa0])[a-z]+[ \xa0])"
)
_RX_TICKER = lazy(r"\.[A-Z]{1,2}$")
_RX_COMMA_AFTER = lazy(r"[ \xa0]*[,;]")
_RX_AT_WITH = rx_compile(r"[ \xa0]+(?:at|with)[ \xa0]+(?:the[ \xa0]+)?")
_RX_IN_SPLIT = lazy(r"[ \xa0]+in[ \xa0]+")
_RX_ARTICLE = rx_compile(r"^(?:a|an|the)[ \xa0]+")
_RX_SP_OF = lazy(r"[ \xa0]+of\b")
_RX_FIRM_END = lazy(r"\b(?:company|firm|group|bank)$")
_RX_OF_BASED = lazy(
    r"^([ \xa0]+(?:of|at|for|with)[ \xa0]+(?:the[ \xa0]+)?)"
    r"(?:[A-Z][\w.'’]*,?[ \xa0]+){0,3}[A-Z][\w.'’]*-based[ \xa0]+(?=[A-Z])"
)
_RX_AL_PREFIX = rx_compile(r"(?:al|el|Al|El|ad|as|ash|at|az)-(.+)")
_RX_ARMED_GROUPS = lazy(r"(?:militia|group|rebel|separatist|force|fighter|faction)s$")
_RX_WORD_CHAR = rx_compile(r"[\w-]")
_RX_STRIPPED = rx_compile("[,.;:]")
_RX_OF_HEAD_BEFORE = lazy(r"([A-Z][a-z]+)[ \xa0]of[ \xa0]\Z")
_RX_OFFICE_AND = lazy(r"(?<![\w.-])([A-Z][a-z]+[ \xa0]([A-Z][a-z]+)|[A-Z][a-z]+)[ \xa0]and[ \xa0]\Z")
_RX_ROLE_AND = lazy(r"(?<![\w-])([a-z][a-z-]+)[ \xa0]and[ \xa0](?:[a-z]+[ \xa0])?\Z")
_RX_REL_CLAUSE = rx_compile(r"[ \xa0](?:who|whose|which)[ \xa0]")
_RX_WORKS_AT = lazy(
    rf"[ \xa0]+(?:at|with|for)[ \xa0]+(?:the[ \xa0]+)?(?:[A-Z][\w-]*-based[ \xa0]+)?"
    rf"({N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|and|the|de)[ \xa0]+)*{N.ORG_TOK})*)"
)
_NAME_SUFFIXES = (" Jr", " Sr", "\xa0Jr", "\xa0Sr")


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


# ---------------------------------------------------------------------------------------------
def extract_actors(doc: Document) -> list[Actor]:
    """Every actor of the article, in no particular order (assemble() ranks and renumbers)."""
    st = _Doc(doc)
    segs = _segments(st)
    body = [s for s in segs if not s.head]
    text = st.text
    if N.CAPS_ZONE_RE.search(text):  # none in the text: none in any segment
        for seg in segs:
            st.caps.extend(m.span() for m in N.CAPS_ZONE_RE.finditer(text, seg.start, seg.end))
    runs = [  # N.boundary_ok, inlined
        m.span() for m in N.RUN_RE.finditer(text)
        if not ((s := m.start()) and (text[s - 1].isalnum() or text[s - 1] in "’'_"))
    ]
    if " for a" in text:
        runs = _join_for_a(text, runs)
    if "pro-" in text or "anti-" in text or "Pro-" in text or "Anti-" in text:
        runs = _drop_stance_words(text, runs)
    st.scan_runs(runs)
    starts = [r[0] for r in runs]
    seg_runs = {}
    for seg in body:
        i, j = bisect.bisect_left(starts, seg.start), bisect.bisect_left(starts, seg.end)
        got = [(s, min(e, seg.end)) for s, e in runs[i:j]]
        if i and runs[i - 1][1] > seg.start and N.RUN_RE.match(text, seg.start, seg.end):
            # a run across the sentence break ("… Janet Reno. Gov. Jeb Bush asked"): the part
            # in this sentence is a run of its own
            got.insert(0, N.RUN_RE.match(text, seg.start, seg.end).span())  # type: ignore[union-attr]
        seg_runs[seg.start] = got
    if _RX_PARTY_ON_PANEL.search(text):  # (most texts: no party's members on a panel)
        _party_members_of(st, body)
    if " to " in text:
        _names_with_to(st, runs, starts)
    if _RX_COMPANY_FORM.search(text):  # (most texts: none; one scan by the capitals C/S/G/B)
        for rs, re_ in runs:  # the document's runs: "Cie." may end a sentence for the splitter
            if text[rs : rs + 3] in _COMPANY_FORM_STARTS:
                _company_form(st, rs, text[rs:re_])  # "Cie. Financiere de Harvaux"
    if " amp " in text or " & " in text:
        _ampersand_firms(st, body)
    if ("oll" in text or "urvey" in text) and ("/" in text or "-" in text):
        _joint_pollsters(st, body)  # (no poll or no joiner in the text: no joint pollster)
    for seg in body:
        _organisations(st, seg, seg_runs[seg.start])
    _merge_org_prefixes(st)
    if _RX_OUTLET_HEAD.search(text):  # no head word anywhere (most texts): no outlet
        for seg in body:
            _outlets(st, seg_runs[seg.start])
    for seg in body:
        _people(st, seg, seg_runs[seg.start])
    _family_members(st, body)
    for seg in segs:
        if seg.head:
            _headline_people(st, seg)
    _merge_people(st)
    _given_before_surname(st)
    _person_affiliations(st)
    if st.pending_roles:
        _pending_roles(st)
    _eponymous_firms(st)
    _lone_names_as_orgs(st)
    _lone_words_read(st)
    _business_names(st, body, seg_runs)
    del runs, starts, seg_runs  # (the last use: ~8 MB at 1 MB of names, freed before the peak)
    for seg in body if st.groups else ():  # (no collective noun after a run: none to find)
        _groups(st, seg)
    _administrations(st, body)
    if " military" in text or " armed forces" in text:
        _militaries(st, body)
    _kin_groups(st)
    _group_affiliations(st)
    _place_police(st)
    _speaker_groups(st, body)
    spans = [(seg.start, seg.end) for seg in segs]
    for seg, hits in zip(segs, N.GAZ_SCAN.finditer_spans(text, spans)):
        _gazetteer(st, seg, hits)
    if "ounty" in text:
        _counties(st, body)
    _absorb_former_states(st)
    _link_outlets(st)
    _person_possessors(st)
    _link_short_forms(st, segs)
    if _listed_companies(st, segs):
        _link_short_forms(st, segs)  # the new companies' other mentions ("BellSouth said")
    _acronym_speakers(st, segs)  # after the short forms: "HNA" of "Harbour News Agency" is known
    _campaign_mentions(st)  # after the short forms: "the campaign" is no form to find anywhere
    if " named " in st.text or " elected " in st.text or " appointed " in st.text:
        _named_to_office(st)
    _company_officers(st)
    _court_members(st)
    if "ommittee" in text or "aucus" in text or "anel" in text:  # (most texts: no committee)
        _panel_members(st)
    if any(w in st.text for w in _DESCRIBED_ROLE_WORDS):  # (most texts: none of the roles)
        _described_roles(st)
    if " is now " in text:  # (most texts: no current post stated after a past one)
        _now_roles(st)
    _bio_lines(st)
    people = [a for a in st.actors.values() if a.kind == "person"]
    orgs = [a for a in st.actors.values() if a.kind == "organization"]
    desc = st.desc_starts = _desc_starts(text)
    for seg in segs if desc else ():  # (none in the text: none in any segment)
        i = bisect.bisect_left(desc, seg.start)
        if i < len(desc) and desc[i] < seg.end:  # (none in this segment: most)
            _descriptions(st, seg, people, orgs)
    out = _finish(st)
    if "his " in text or "her " in text or "His " in text or "Her " in text:
        _pronoun_served(doc, out)
    return out


# "X, an economist who served as budget director and is now president of the Harbor Forum",
# "Mr. X served as budget director and is now president of the Harbor Forum": the post the
# person holds now, at an organisation the text names
_RX_NOW_ROLE = lazy(
    r"(?:,[ \xa0]+(?:an?[ \xa0]+[a-z][^,;:()\"“”.]{0,60}?[ \xa0]+)?who|)[ \xa0]+"
    r"(?:(?:served|worked|was|spent)[ \xa0][^.;:()\"“”]{0,120}?[ \xa0]and[ \xa0]+)?"
    r"is[ \xa0]+now[ \xa0]+(?:the[ \xa0]+)?(?P<role>(?:[a-z][a-z-]*[ \xa0]+){0,2}?[a-z][a-z-]*)"
    r"[ \xa0]+(?:of|at)[ \xa0]+(?:the[ \xa0]+)?"
    rf"(?P<org>{N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|and|the)[ \xa0]+)*{N.ORG_TOK})*)"
)


def _now_roles(st: _Doc) -> None:
    """A post the text says a person holds now ("… and is now president of the Harbor Forum")
    is her title and its organisation her affiliation: it says more than a description
    ("an economist") or a past post. Only a known title word, and a known organisation or a
    name of two words or more that is no place and no person; a person with another
    affiliation keeps hers."""
    text = st.text
    for a in list(st.actors.values()):
        if a.kind != "person" or (a.affiliation and a.title):
            continue
        for _, e in a.mentions:
            m = _RX_NOW_ROLE.match(text, e)
            if m is None:
                continue
            role = m.group("role")
            last = role.rsplit(None, 1)[-1]
            if N.TITLE_KIND.get(last) in (None, "honorific") or any(
                w in _CLAUSE_WORDS for w in role.split()
            ):
                continue
            run = _org_of_run(m.group("org"))
            run = run.rstrip(".") if run else None
            org = _known_org(st, run) if run else None
            if org is None and run and " " in run and run not in N.GAZ and not any(
                st.person_token(w) or w in N.GIVEN for w in run.split()
            ):
                org = run  # "president of the Harbor Policy Forum": a post's body, by its name
            if org is None or (a.affiliation and a.affiliation != org):
                continue
            a.title, a.affiliation = " ".join(role.split()), org
            break


_RX_BIO_OPEN = lazy(r"(?:\A|[.!?\n])[ \xa0\"“'‘]*(?:(?:Mr|Mrs|Ms|Dr)\.?[ \xa0]+)?\Z")
_RX_BIO_COPULA = lazy(rf"[ \xa0]+(?:is|was)[ \xa0]+(?:an?[ \xa0]|the[ \xa0]|{N.ORG_TOK}['’]s[ \xa0])")
# words that make "X is the first candidate …" a judgement of the person, not a post
_BIO_NOT_ROLE = frozenset((
    "first", "only", "last", "next", "latest", "second", "third", "best", "worst", "ideal",
    "perfect", "biggest", "natural", "likely", "obvious", "clear", "real", "true", "such",
))


def _bio_lines(st: _Doc) -> None:
    """A later sentence that opens with the person's other mention and says what she is
    ("Roe is the finance minister of France.", "Mr. Roe is a senior fellow at the Acme
    Institute."): the role and its body or country, read as after the first mention, for a
    person no rule gave a title (a title the first mention holds says more). Only a known
    title word ends the role ("Roe is an honest broker", "Roe is the first candidate to …":
    no post)."""
    text = st.text
    for a in st.actors.values():
        if a.kind != "person" or a.title or a.fallback is not None or len(a.mentions) < 2:
            continue
        for s, e in sorted(a.mentions)[1:]:
            if not _RX_BIO_COPULA.match(text, e) or not _RX_BIO_OPEN.search(
                text, max(0, s - 8), s
            ):
                continue
            clause = _role_clause(st, e, min(len(text), e + 240))
            if clause is None:
                continue
            words = _RX_ROLE_HEAD_END.split(clause[0].lower(), 1)[0].split()
            if not words or len(words) > 5 or _BIO_NOT_ROLE.intersection(words) or (
                clause[1] is None and clause[2] is None and len(clause[0].split()) > 4
            ) or not any(
                w in N.TITLE_CANON and N.TITLE_KIND.get(w) != "honorific"
                for w in (words[-1], " ".join(words[-2:]))
            ):
                continue
            a.fallback = clause
            break


def _in_quote(text: str, lo: int, s: int) -> bool:
    """Whether s is inside a quotation opened in text[lo:s] (its paragraph so far)."""
    part = text[lo:s]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


def _pronoun_served(doc: Document, out: list[Actor]) -> None:
    """"Ann Roe … Her campaign manager, Tom Vale, said": the person a staff role serves is the
    nearest person named before the pronoun, in its paragraph or the one before, whose gender
    the text shows and matches it (coref.genders); a campaign role serves her campaign ("Roe
    campaign"). Only for one with no affiliation; the role the text states becomes the title
    when the title read so far is its last word ("manager" -> "campaign manager")."""
    from briefgen.extract import coref  # (only when such a role is in the text: lazily)

    text = doc.text
    found: list[tuple[int, re.Match[str]]] = []
    for i, a in enumerate(out):
        if a.kind != "person" or a.affiliation is not None:
            continue
        for ms, _ in a.mentions:
            # the word before the name a staff role's last word: most names have none
            w = text[max(0, ms - 16) : ms].rsplit(None, 1)
            if w and w[-1].rstrip(",") in _PRONOUN_STAFF_LAST and (
                m := _RX_PRONOUN_STAFF.search(text, max(0, ms - 80), ms)
            ):
                found.append((i, m))
                break
    if not found:
        return
    gender: dict[str, str] | None = None
    paras = [p.span for p in doc.paragraphs]
    para_starts = [ps for ps, _ in paras]
    for i, m in found:
        p = out[i]
        k = bisect.bisect_right(para_starts, m.start()) - 1
        lo = paras[k - 1][0] if k >= 1 else (paras[0][0] if paras else 0)
        if gender is None:
            gender = dict(coref.genders(doc, out))
        want = "m" if m.group(1).lower() == "his" else "f"
        best: tuple[int, int] | None = None
        for j, q in enumerate(out):
            if j == i or q.kind != "person" or gender.get(q.id) != want:
                continue
            for ms, _ in q.mentions:
                if lo <= ms < m.start() and (best is None or ms > best[0]) and not _in_quote(
                    text, paras[bisect.bisect_right(para_starts, ms) - 1][0], ms
                ):  # (not "on “The Late Show with Tom Roe.”": a name inside a quote)
                    best = (ms, j)
        if best is None:
            continue
        q = out[best[1]]
        role = " ".join(m.group(2).split() + m.group(3).split())
        aff = f"{q.name.split()[-1]} campaign" if "campaign" in role.split() else q.name
        title = p.title
        if title is None or (role.endswith(" " + title) and title.islower()):
            title = role
        out[i] = Actor(
            p.id, p.name, p.kind, title, aff, p.country, p.aliases, p.mentions, p.salience,
            p.rule,
        )


# "X (, 61,) (also) was appointed (a) president and treasurer (of Y)": the office the
# person was named, elected or appointed to; the phrase ends at a clause edge or "of".
_RX_NAMED_TO = lazy(
    r"(?:,[ \xa0]+\d{1,3},)?[ \xa0]+(?:also[ \xa0]+)?(?:was|has[ \xa0]+been|had[ \xa0]+been)"
    r"[ \xa0]+(?:also[ \xa0]+)?(?:named|elected|appointed)[ \xa0]+(?:as[ \xa0]+)?(?:(?:a|an|the)[ \xa0]+)?"
    r"([a-z][a-z \xa0-]{1,60}?)(?=[,.;]|[ \xa0]+(?:of|at|for|to|in|on|by|effective|and[ \xa0]+will)[ \xa0]|$)"
)
_RX_OF_RUN = lazy(rf"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?({N.ORG_TOK}(?:[ \xa0]+{N.ORG_TOK})*)")


def _named_to_office(st: _Doc) -> None:
    """"Ann Roe was appointed president and chief operating officer of Harlow Corp.": one with
    no title yet holds the office the text says he was named, elected or appointed to; every
    part of the phrase must be a title ("was named in the suit", "was named after her aunt",
    "was elected to the Senate" give none), and "of <name>" gives the affiliation when it is
    an organisation or a place."""
    text = st.text
    for a in st.actors.values():
        if a.kind != "person" or a.title:
            continue
        for _, me in sorted(a.mentions):
            m = _RX_NAMED_TO.match(text, me)
            if not m:
                continue
            phrase = " ".join(m.group(1).split())
            if not all(N.TITLE_ANY_RE.fullmatch(part) for part in phrase.split(" and ")):
                continue
            a.title = phrase
            of = _RX_OF_RUN.match(text, m.end(1))
            if of and not a.affiliation:
                run = of.group(1).rstrip(",")
                org = st.actors.get(("other", run.lower()))
                if org is not None or run in N.GAZ or _RX_CORP_NAME_END.search(run):
                    a.affiliation = run
            break


_RX_CORP_NAME_END = lazy(r"(?:Corp\.?|Inc\.?|Co\.|Ltd\.?|Bank|Group|Company|Corporation)$")


# Lower-case corporate offices held in a company ("Price, chairman and chief executive, said").
_OFFICER_TITLES = frozenset((
    "chairman", "chairwoman", "chief executive", "chief executive officer", "president",
    "vice president", "chief financial officer", "chief operating officer", "treasurer",
    "chief investment officer", "controller", "general counsel", "executive vice president",
    "senior vice president", "managing director", "finance director", "chief", "vice chairman",
    "senior executive vice president",
))
# after a capitalised name: a lower-case word and another capital go on with it ("Friends for
# Change", "Right to Rise"), "at ORG" names the body where the role is held
_RX_NAME_GOES_ON = lazy(r"[ \xa0]+(?:(?:to|for|in|with|and|on|against)[ \xa0]+[A-Z]|at[ \xa0])")
# the last word of a role that someone holds in a body ("publisher of X", "executive director
# of X", "former head of X"): the capitalised name after "of" is that body, not part of the role
_BODY_ROLE_HEADS = frozenset((
    "publisher", "editor", "director", "founder", "co-founder", "cofounder", "head", "CEO",
    "chairman", "chairwoman", "president", "treasurer", "manager",
))
_FIRM_LAST_WORDS = frozenset(N.CORP_SUFFIXES | {
    "Management", "Capital", "Partners", "Holdings", "Investments", "Group", "Associates",
})
_OFFICER_REACH = 1500  # characters back from the officer's first mention to the firm's


def _company_officers(st: _Doc) -> None:
    """A corporate officer named without a company ("Control Data Corp. said ... Price,
    chairman and chief executive, said"; "says Ann Roe, a vice president") works for the firm
    the text named last before him: business writing names the company, then its officers."""
    firms: dict[str, tuple[list[int], list[str]]] = {}  # name: mention starts, own words
    for a in st.actors.values():
        if a.kind == "organization" and a.name.rsplit(None, 1)[-1] in _FIRM_LAST_WORDS:
            firms[a.name] = (sorted(ms for ms, _ in a.mentions), [
                w for w in a.name.split()
                if len(w) > 3 and w not in _FIRM_LAST_WORDS and w not in N.ORG_HEADS
            ])
    if not firms:
        return
    text = st.text
    for p in st.actors.values():
        if p.kind != "person" or p.affiliation or not p.title or not p.mentions:
            continue
        if not p.title[:1].islower() or not all(
            t in _OFFICER_TITLES for t in p.title.lower().split(" and ")
        ):
            continue  # "President Ann Roe": a head of state or government, no company's
        first = min(ms for ms, _ in p.mentions)
        lo = max(0, first - _OFFICER_REACH)
        # the firm named last before the officer, by a mention or one of its own words
        # ("... other Rowe funds, says X, a vice president": Rowe Associates Inc.)
        best: tuple[int, str] | None = None
        tie = False
        for name, (starts, own) in firms.items():
            k = bisect.bisect_left(starts, first)
            at = max([starts[k - 1] if k else -1] + [text.rfind(w, lo, first) for w in own])
            if at < lo:
                continue
            if best is None or at > best[0]:
                best, tie = (at, name), False
            elif at == best[0]:
                tie = True
        if best is not None and not tie:
            p.affiliation = best[1]


_RX_DESCRIBED_ROLE = lazy(
    r"[Tt](?<![\w-].)he[ \xa0]+(?:(?:presumptive|likely|maverick|veteran)[ \xa0]+)?"
    r"([A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?|GOP)[ \xa0]+((?:(?:vice[ \xa0-])?presidential[ \xa0]+)?"
    r"(?:nominee|candidate|front-?runner|senator|governor|congressman|congresswoman))(?![\w-])"
)
_RX_APPOS_NAME = lazy(r",?[ \xa0]+[A-Z]")
# A subordinating word before "the <party> nominee", and a verb after it: the clause's subject
_RX_CONJ_BEFORE = lazy(
    r"(?<![\w-])(?:as|when|that|because|after|before|while|since|although|though|if|whether|"
    r"until|unless)[ \xa0]+\Z"
)
_RX_CLAUSE_VERB_AFTER = lazy(
    r"[ \xa0]+(?:[a-z]+(?:s|ed)|will|would|can|could|may|might|must|should|has|had|is|was|"
    r"did|does)(?![\w'’-])"
)
_DESCRIBED_ROLE_WORDS = ("nominee", "candidate", "runner", "senator", "governor", "congress")
_DESCRIBED_REACH = 400  # characters back to the person a description refers to
_DOMINANT_REACH = 1500  # characters back to the text's main person for a party's nominee
_PARTY_STEM = {"GOP": "Republican", "Republicans": "Republican", "Democrat": "Democratic",
               "Democrats": "Democratic"}


def _party_fits(party: str, aff: str | None) -> bool:
    """Whether a person of this affiliation can be "the <party> nominee": no affiliation, or
    that party's ("Republican", "Republican Party"), never another party or a body."""
    if aff is None:
        return True
    stem = _PARTY_STEM.get(party, party)
    first = aff.split()[0]
    return _PARTY_STEM.get(first, first) == stem


def _dominant_person(people: list[_Actor]) -> _Actor | None:
    """The person a text is about: named at least three times, and at least twice as often as
    anyone else (an election story's candidate); None when two people share the text."""
    ranked = sorted((len(p.mentions) for p in people), reverse=True)
    if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return next(p for p in people if len(p.mentions) == ranked[0])


def _described_roles(st: _Doc) -> None:
    """"Donald Roe's gains ... the Republican nominee's stance", "Cruz ... the Texas senator":
    a party's or a state's role right after a named person, who has no title yet, is his.
    Only when he is the only person named shortly before it, in the same paragraph; a party's
    nominee or candidate otherwise is the text's main person (_dominant_person) if he was named
    shortly before, has no title and no other party ("The Republican nominee has said …" in a
    story on Roe)."""
    text = st.text
    hits = []
    for m in _RX_DESCRIBED_ROLE.finditer(text):
        if _RX_APPOS_NAME.match(text, m.end()):
            continue  # "the Republican front-runner, Ann Roe,": the role of the name after it
        if m.group(1) in N.PARTY_LABELS:
            # a party's nominee is often another's rival ("Roe called the Republican
            # nominee ..."): only as a possessor or a sentence's subject
            if text.startswith(("'s", "’s"), m.end()) or m.group()[0] == "T" or (
                _RX_CONJ_BEFORE.search(text, max(0, m.start() - 12), m.start())
                and _RX_CLAUSE_VERB_AFTER.match(text, m.end())
            ):  # "… as the Democratic nominee heads for …": a clause's subject too
                hits.append(m)
        elif m.group(1) in N.GAZ and N.GAZ[m.group(1)].kind == "place":
            hits.append(m)
    if not hits:
        return
    people = [a for a in st.actors.values() if a.kind == "person" and a.mentions]
    ments = sorted((ms, me, id(a), a) for a in people for ms, me in a.mentions)
    starts = [x[0] for x in ments]
    main: _Actor | None | bool = False  # the dominant person, found on first need
    for m in hits:
        k = bisect.bisect_left(starts, m.start())
        if not k:
            continue
        title = " ".join([m.group(1), *m.group(2).split()])
        party = m.group(1) in N.PARTY_LABELS
        ps, pe, _, who = ments[k - 1]
        j = bisect.bisect_left(starts, m.start() - _DESCRIBED_REACH)
        if not (
            who.title or m.start() - ps > _DESCRIBED_REACH or "\n" in text[ps : m.start()]
            or text[pe : m.start()].strip() in ("", ",")  # "Ann Roe, the nominee's daughter,"
            or any(ments[x][3] is not who for x in range(j, k))  # two people named just before
            or (party and not _party_fits(m.group(1), who.affiliation))
        ):
            who.title = title
            continue
        if not party or m.group(2).endswith(("senator", "governor", "congressman", "congresswoman")):
            continue
        if main is False:
            main = _dominant_person(people)
        if not isinstance(main, _Actor) or main.title or not _party_fits(m.group(1), main.affiliation):
            continue
        last = max((x for x in range(max(0, k - 64), k) if ments[x][3] is main), default=None)
        if last is not None and m.start() - ments[last][0] <= _DOMINANT_REACH and (
            text[ments[last][1] : m.start()].strip() not in ("", ",")
        ):
            main.title = title


_PANEL_LAST = frozenset(("Committee", "Subcommittee", "Caucus"))
_PANEL_ROLE = (
    r"(?:(?:top|ranking|senior|leading)[ \xa0]+(?:Democrat|Republican|member)|ranking[ \xa0]+"
    r"minority[ \xa0]+member|(?:vice[ \xa0]+)?(?:chairman|chairwoman|chair)|co-chair|head"
    r"|member)"
)
_RX_PANEL_AFTER_NAME = lazy(  # what may stand between the name and the role
    r"(?:[ \xa0]*\([DRI]-[^()\n]{1,20}\)|,[ \xa0]+[DRI]-[A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*)?"
    r"(?=,)|[ \xa0]+of[ \xa0]+[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?(?=,))?,[ \xa0]+"
)
# "…, the senior Republican on the Senate Harbors Committee", "…, chairman of the Elm Caucus"
_RX_PANEL_OF = lazy(
    rf"(?:(?:the|a|an)[ \xa0]+)?({_PANEL_ROLE})[ \xa0]+(?:on|of)[ \xa0]+(?:the[ \xa0]+)?"
    rf"({N.ORG_TOK}(?:[ \xa0]+(?:(?:on|of|for|and|the)[ \xa0]+)*{N.ORG_TOK}){{0,8}})"
)
# "…, the panel's ranking Democrat", "…, the committee's chairman", "…, an oversight panel member"
_RX_PANEL_POSS = lazy(
    rf"(?:the[ \xa0]+(committee|panel|caucus)['’]s[ \xa0]+({_PANEL_ROLE})"
    r"|(?:an?|the)[ \xa0]+(?:([a-z]+)[ \xa0]+)?(committee|panel|caucus)[ \xa0]+(member|chairman|"
    r"chairwoman|chair))(?![\w-])"
)
# "panel Chairman Rep. X", "Oversight Chairman X", "committee chairwoman Sen. X" before a name
_RX_PANEL_BEFORE = lazy(
    r"(?<![\w-])([Pp]anel|[Cc]ommittee|[A-Z][a-z]+)[ \xa0]+((?:Vice[ \xa0]+)?(?:Chairman|"
    r"Chairwoman|Chair)|Ranking[ \xa0]+Member)[ \xa0]+(?:(?:Rep|Sen)\.[ \xa0]+|(?:Representative"
    r"|Senator)[ \xa0]+)?\Z"
)


def _panel_members(st: _Doc) -> None:
    """A lawmaker's committee or caucus, said in a role beside one of his mentions: "Rep. Ann
    Roe, the senior Republican on the Senate Harbors Committee", "Roe, the committee's
    chairman", "Rep. Tom Kerr (R-Ohio), an oversight panel member", "panel Chairman Rep. Roe".
    The body is the one the text names ("the panel": the committee named last before, or the
    only one); it is the affiliation in place of a party or a state (the role says more)."""
    text = st.text
    bodies = [
        a for a in st.actors.values()
        if a.kind == "organization" and a.mentions and not _PANEL_LAST.isdisjoint(a.name.split())
    ]  # ("Senate Harbors Committee", "Committee on Rural Roads")
    if not bodies:
        return
    firsts = sorted((min(a.mentions)[0], id(a), a) for a in bodies)

    def generic(noun: str, word: str | None, at: int) -> _Actor | None:
        fits = [
            (f, b) for f, _, b in firsts
            if (b.name.endswith("Caucus") if noun == "caucus" else not b.name.endswith("Caucus"))
            and (word is None or word.capitalize() in b.name.split())
        ]
        before = [b for f, b in fits if f < at]
        if before:
            return before[-1]
        return fits[0][1] if len(fits) == 1 else None

    for p in [a for a in st.actors.values() if a.kind == "person" and a.mentions]:
        found: tuple[_Actor | str, str] | None = None
        for ms, me in sorted(p.mentions):
            b4 = _RX_PANEL_BEFORE.search(text, max(0, ms - 60), ms)
            if b4 is not None:
                word = b4.group(1)
                body = (
                    generic("committee", None, ms) if word.lower() in ("panel", "committee")
                    else generic("committee", word, ms) if word not in N.TITLE_CANON else None
                )
                if body is not None:
                    found = (body, b4.group(2).lower())
                    break
            lead = _RX_PANEL_AFTER_NAME.match(text, me)
            if lead is None:
                continue
            of = _RX_PANEL_OF.match(text, lead.end())
            if of is not None:
                run = _org_of_run(of.group(2)) or ""
                run = run.rstrip(".")
                named = next((b for b in bodies if b.name == run or run in b.forms), None)
                if named is not None or (run and not _PANEL_LAST.isdisjoint(run.split())):
                    found = (named or run, " ".join(of.group(1).split()))
                    break
            pm = _RX_PANEL_POSS.match(text, lead.end())
            if pm is not None:
                noun = (pm.group(1) or pm.group(4)).lower()
                body = generic(noun, pm.group(3), ms)
                if body is not None:
                    found = (body, " ".join((pm.group(2) or pm.group(5)).split()))
                    break
        if found is None:
            continue
        target, role = found
        name = target if isinstance(target, str) else target.name
        aff = p.affiliation
        ref = N.GAZ.get(aff) if aff else None
        if aff is None or aff in _PARTY_NAMES or aff.split()[0] in N.PARTY_LABELS or (
            ref is not None and ref.kind in ("place", "country")
        ):
            p.affiliation = name
            if not p.title:
                p.title = role


_COURT_TITLES = frozenset(("Justice", "Chief Justice", "Associate Justice"))


def _court_members(st: _Doc) -> None:
    """"Justice Ann Roe" in a text that names one court ("the Supreme Court ruled"): a member
    of that court."""
    courts = [
        a.name for a in st.actors.values()
        if a.kind == "organization" and a.name.endswith(" Court")
    ]
    if len(courts) != 1:
        return
    for p in st.actors.values():
        if p.kind == "person" and not p.affiliation and p.title in _COURT_TITLES:
            p.affiliation = courts[0]


_RX_FOR_A = lazy(r"[ \xa0]for[ \xa0]an?[ \xa0]")
_THE_BEFORE = ("the ", "The ", "the\xa0", "The\xa0")


def _outlets(st: _Doc, runs: list[Span]) -> None:
    """"the Times", "the Riverton Gazette": after "the", a capitalised name ending in a
    newspaper head word (data: outlet_heads) is an outlet, never a person ("the Times wrote");
    without "the" the word may be a surname ("Emily Post said"). Names the gazetteer knows
    are left to it."""
    text, heads = st.text, N.OUTLET_HEADS
    for rs, re_ in runs:
        if heads.isdisjoint(text[rs:re_].split()):
            continue
        toks = [(t.start(), t.end(), t.group()) for t in N.RUN_TOKEN_RE.finditer(text, rs, re_)]
        for i, (_, e, w) in enumerate(toks):
            if w not in heads or (i + 1 < len(toks) and toks[i + 1][2] not in N.CONNECTORS):
                continue
            j = i
            while j > 0 and toks[j - 1][2] not in N.CONNECTORS and toks[j - 1][2] != "The":
                j -= 1
            if j > 0:
                if toks[j - 1][2] not in ("the", "The"):
                    continue
            elif text[max(0, rs - 4) : rs] not in _THE_BEFORE:
                continue
            s = toks[j][0]
            name = " ".join(text[s:e].split())
            if name in N.GAZ or not st.free(s, e):
                continue
            a = st.actor("organization", name if j < i else "The " + name, "org.outlet")
            st.claim(a, s, e)


# Some head word anywhere in the text: _outlets only reads runs that hold one as a token.
_RX_OUTLET_HEAD = lazy(trie_regex(sorted(N.OUTLET_HEADS)))


def _link_outlets(st: _Doc) -> None:
    """"the Times" after "the New York Times": a bare head word joins the one organisation
    of the text whose name ends in it."""
    bare = [a for a in st.actors.values() if a.rule == "org.outlet" and a.name.startswith("The ")]
    for a in bare:
        head = a.name[4:]
        owners = [
            o for o in st.actors.values()
            if o is not a and o.kind == "organization" and o.mentions
            and o.name.split()[-1] == head and o.rule != "org.outlet"
        ]
        if len(owners) == 1:
            for sp in a.mentions:
                owners[0].add(sp, st.text[sp[0] : sp[1]])
            a.mentions.clear()


_RX_CAMPAIGN = lazy(r"\b[Tt]he[ \xa0]+campaign(?=[ \xa0]*[,.;:]|[ \xa0]+(?:(?:later|then|[a-z]+ly)[ \xa0]+)?(?:will|would|has|had|is|was|"
    r"did|does|can|could|also|said|says|told|wrote|declined|denied|plans|wants|insists|"
    r"[a-z]+ed)(?![\w-]))")


def _campaign_mentions(st: _Doc) -> None:
    """"The campaign said …" after "the Roe campaign", in a text with one campaign actor: that
    actor (a verb or punctuation must follow: "the campaign trail" is no mention)."""
    camps = [
        a for a in st.actors.values()
        if a.kind == "organization" and a.mentions and a.name.endswith(" campaign")
    ]
    if len(camps) != 1:
        return
    a = camps[0]
    first = min(a.mentions)[0]
    for m in _RX_CAMPAIGN.finditer(st.text, first):
        s = m.start()
        if st.free(s, m.end()):
            st.claim(a, s, m.end())


_RX_STANCE_BEFORE = lazy(r"(?<![\w-])(?:[Pp]ro|[Aa]nti)-\Z")
_RX_NEXT_TOKEN = lazy(r"[ \xa0]+(?=\S)")


def _drop_stance_words(text: str, runs: list[Span]) -> list[Span]:
    """"the pro-Roe Harbor Gazette": the name after "pro-/anti-" is a stance, not part of
    the next name (the run starts at the following word, or is dropped when it has none)."""
    out = []
    for rs, re_ in runs:
        if text[rs - 1 : rs] == "-" and _RX_STANCE_BEFORE.search(text, max(0, rs - 6), rs):
            sp = _RX_NEXT_TOKEN.search(text, rs, re_)
            if sp is None:
                continue
            rs = sp.end()
        out.append((rs, re_))
    return out


def _join_for_a(text: str, runs: list[Span]) -> list[Span]:
    """"the Council for a Sound Harbor Policy": a run ending in an institution's head
    word goes on over "for a(n)" into the next run (the name pattern stops at "a")."""
    out: list[Span] = []
    for rs, re_ in runs:
        if out and out[-1][1] < rs and (m := _RX_FOR_A.match(text, out[-1][1])) and m.end() == rs:
            ps, pe = out[-1]
            if _head_core(text[ps:pe].rsplit(None, 1)[-1]) in N.ORG_HEADS:
                out[-1] = (ps, re_)
                continue
        out.append((rs, re_))
    return out


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


# -- organisations ------------------------------------------------------------------------------
_SAINT = frozenset(("St", "St.", "Saint"))
# Head words that name a body on their own: "the Navy and Air Force" is two bodies.
_LONE_BODIES = frozenset(
    ("Army", "Navy", "Senate", "Congress", "Parliament", "Police", "Cabinet", "Marines", "Guard")
)
# Heads that take an "on" complement ("Committee on Foreign Relations"); "Carver University on
# Long Island" is a place phrase.
_ON_HEADS = frozenset(
    ["Commission", "Committee", "Council", "Board", "Institute", "Center", "Centre", "Force", "Conference", "Panel", "Coalition", "Alliance", "Office"]
)


_ORG_HEAD_WORDS = frozenset(N.ORG_HEADS | N.CORP_SUFFIXES)
# words that stop a person's name (not_names) but may lead an institution's
_NAME_PART_NOUNS = frozenset(("Government", "Police", "War", "Program", "Programme"))
_CHAMBERS = frozenset(("House", "Senate", "Joint"))  # "House X and Y Committee": one body
# The last two characters of every one-word title form, lower-cased (all are two or longer).
# The last word of every title form: "member" of "board member" ends a chain too.
_TITLE_LAST_WORDS = frozenset(k.lower().split()[-1] for k in N.TITLE_KIND)
_TITLE_ENDS = frozenset(w[-2:] for w in _TITLE_LAST_WORDS)
_TITLE_ENDS3 = frozenset(w[-3:] for w in _TITLE_LAST_WORDS if len(w) >= 3)
# The last two letters of every org descriptor: the word before a run ends so, or it is none.
_DESCRIPTOR_ENDS = frozenset(d[-2:] for d in N.ORG_DESCRIPTOR_SET)


_SURNAME_HEADS = frozenset(("Church",))
_BASE_HEADS = frozenset(("Base", "Airfield", "Airport", "Station", "Stadium"))  # head words that are also surnames


def _head_core(w: str) -> str:
    """A word as a head word: without trailing punctuation or a possessive ("Agency’s")."""
    w = w.rstrip(",.;:")
    return w[:-2] if w.endswith(("’s", "'s")) else w


def _org_names_in_run(run: str) -> list[tuple[int, int]]:
    """Every institution's name in a capitalised run ("Lakeside Department and the Office of
    Harbors and Ports" names two), in order."""
    got: list[tuple[int, int]] = []
    if not _has_head(run):
        return got
    first = 0
    while (span := _org_name_in_run(run, first, True)) is not None:
        got.append(span)
        first = span[1]
        if not _has_head(run[first:]):
            break
    return got


def _has_head(run: str) -> bool:
    """Whether some word of the run is a head word or corporate suffix (split() splits as
    _WORD's \\S+); the possessive form only looked at when the run has one."""
    words = run.split()
    if not _ORG_HEAD_WORDS.isdisjoint(
        words if _RX_STRIPPED.search(run) is None else [w.rstrip(",.;:") for w in words]
    ):  # (no trailing punctuation to strip in most runs)
        return True
    return ("’s" in run or "'s" in run) and not _ORG_HEAD_WORDS.isdisjoint(
        [_head_core(w) for w in words]
    )


# Adjectives that open institutions' names ("National Council of …", "American Society of …").
_NAME_OPENERS = frozenset({
    "National", "American", "International", "Federal", "Royal", "Global", "World", "Central",
    "European", "United",
})


def _org_name_in_run(run: str, first: int = 0, checked: bool = False) -> tuple[int, int] | None:
    """The (start, end) of an institution's name inside a capitalised run, or None; only words
    starting at or after `first` are read.

    The name is the capitalised words before the head word (no connectors), the head word, and
    what follows it through of/for/on ("Ministry of Coastal Fisheries and Ports")."""
    if not checked and not _has_head(run):
        return None  # no head word nor corporate suffix
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(run, first)]
    words = [t[2] for t in toks]
    for i, w in enumerate(words):
        core = w.rstrip(",.;:")
        poss = False  # "the Lakeside Agency’s rules": the name ends at its head
        if core not in N.ORG_HEADS and core not in N.CORP_SUFFIXES:
            if core[-2:] not in ("’s", "'s") or core[:-2] not in _ORG_HEAD_WORDS:
                continue
            core, poss = core[:-2], True
        j = i
        while j > 0:
            w = words[j - 1]
            if w.endswith(("'s", "’s")) and w[:-2] not in N.ORG_HEADS and (
                w[:-2] in N.GAZ
                or (j > 1 and words[j - 2][:1].isupper() and words[j - 2] not in _SAINT)
            ):
                break  # "Tom Kerr's Senate seat", "Ohio's": the owner is not in the name
            if w.endswith("-based") or _RX_PARTY_TAG.match(w):
                break  # "Oslo-based Nordvik Foundation", "(D-State College)"
            if (w[:1].isupper() or _HYPHEN_NAME.match(w)) and (
                w not in N.NOT_NAMES or w in _NAME_PART_NOUNS
            ):
                j -= 1  # "Government Accountability Office"
            elif j > 1 and words[j - 1] in N.PARTICLES and words[j - 2][:1].isupper():
                j -= 2  # "Hollis de Vries Marsh Ltd"
            elif j > 1 and w in ("&", "amp") and words[j - 2][:1].isupper():
                j -= 2  # "Standard & Poor's Corp."
            elif (
                j > 1 and w == "and" and j < i and core in N.ORG_HEADS
                and words[j - 2][:1].isupper() and words[j - 2] not in N.GAZ
                and words[j - 2] not in N.NOT_NAMES
                and " ".join(words[j:i + 1]) not in N.GAZ
                and words[j - 2] not in _LONE_BODIES  # "the Navy and Air Force": two bodies
                and (j == 2 or words[j - 3] in N.NOT_NAMES or words[j - 3] in _CHAMBERS
                     or words[j - 3] in ("the", "a", "an", "of", "for", "by") or (
                    words[j - 3] in N.GAZ and " ".join(words[j - 3 : j - 1]) not in N.GAZ)
                    or (j > 3 and " ".join(words[j - 4 : j - 2]) in N.GAZ)  # "United States X and Y"
                    # "the National Fishing and Coastal Rights League": an opening adjective of
                    # institutions' names, then one word that is no head ("National Guard and …")
                    or (words[j - 3] in _NAME_OPENERS and words[j - 2] not in N.ORG_HEADS))
            ):
                j -= 2  # "Immigration and Naturalization Service"
            else:
                break
        k = i
        # corporate suffix chains: "Co Ltd"; heads in a row ("News Service"); complements
        m = k + 1
        while not poss and m < len(words) and words[m][:1].isupper() and not words[k].endswith(
            (",", ";", ":")
        ):
            if words[m] in N.CORP_SUFFIXES or words[m].rstrip(",.;:") in N.ORG_HEADS:
                k = m  # "Harlow Electric Industry Co Ltd", "Lakeside News Service"
            if words[m].endswith((",", ";", ":")):
                break
            m += 1
        core = words[k].rstrip(",.;:")
        if not poss and core in N.ORG_HEADS and k + 2 < len(words) and (
            words[k + 1] in ("of", "for") or (words[k + 1] == "on" and core in _ON_HEADS)
        ):
            m = k + 2
            while m < len(words) and words[m] in ("the", "and", "of", "for", "on", "&", "a", "an"):
                m += 1
            if m < len(words) and words[m][:1].isupper():
                k = m
                while k + 1 < len(words) and (
                    words[k + 1][:1].isupper()
                    or (
                        words[k + 1] in ("and", "of", "for", "on", "the", "&")
                        and k + 2 < len(words)
                        and (words[k + 2][:1].isupper() or (
                            words[k + 2] == "the" and words[k + 1] != "and" and k + 3 < len(words)
                            and words[k + 3][:1].isupper()  # "Court of Appeals for the Sixth …"
                        ))
                    )
                ):
                    k += 1
                while words[k] in ("and", "of", "for", "on", "the", "&"):
                    k -= 1
        if j == i and k == i:
            continue  # a bare head word ("the Commission") is a back-reference, not a name
        if k + 1 < len(words) and words[k + 1].rstrip(",.;:") in _BASE_HEADS:
            continue  # "Andrews Air Force Base": a place named after a body, not the body
        if core in _SURNAME_HEADS and i >= 1 and words[i - 1] in N.GIVEN and (
            words[i - 1] not in N.GIVEN_AMBIGUOUS and (i - 1 == j or words[i - 2] in N.TITLE_CANON)
        ):
            continue  # "Sen. Frank Church": a given name, then a surname that is a head word
        if words[j] == "The":
            j += 1
        end = toks[k][1]
        if poss and k == i:
            end -= len(words[k]) - len(_head_core(words[k]))
        elif words[k].endswith((".", ",", ";", ":")) and words[k] not in N.CORP_SUFFIXES:
            end -= 1
        return toks[j][0], end
    return None


_RX_TO_CAP = lazy(r" to (?=[A-Z])")


def _names_with_to(st: _Doc, runs: list[Span], starts: list[int]) -> None:
    """"the Alliance to Reclaim Our Schools … AROS said": a body's name with "to" inside it
    (the run scan stops at "to") is one organisation when the text also writes its acronym,
    the initials of its capitalised words, or when the whole name speaks ("the Committee to
    Protect Journalists said"); otherwise "the Agency to Baghdad" and the like stay apart."""
    text = st.text
    for m in _RX_TO_CAP.finditer(text):
        i = m.start()
        k = bisect.bisect_right(starts, i) - 1
        if k < 0 or k + 1 >= len(runs) or runs[k][1] != i or runs[k + 1][0] != m.end():
            continue
        (s, _), (_, e) = runs[k], runs[k + 1]
        head = text[s:i].rsplit(None, 1)[-1]
        if head not in N.ORG_HEADS:
            continue
        if text.startswith(("The ", "the "), s):
            s += 4
        name = " ".join(text[s:e].split())
        acr = "".join(w[0] for w in name.split() if w[0].isupper())
        if not 3 <= len(acr) <= 8 or name in N.GAZ or not st.free(s, e):
            continue
        first = text[m.end() : e].split(None, 1)[0]
        speaks = first not in N.GIVEN and first not in N.GAZ and bool(
            N.REPORT_AFTER_RE.match(text, e)
        )  # "the Committee to Protect Journalists said" (not "… the Agency to Ann Roe said")
        j = -1 if speaks else text.find(acr)
        while j >= 0 and not (
            (j == 0 or not (text[j - 1].isalnum() or text[j - 1] in ".&'’-"))
            and not (text[j + len(acr) : j + len(acr) + 1].isalnum())
        ):
            j = text.find(acr, j + 1)
        if j < 0 and not speaks:
            continue
        st.claim(st.actor("organization", name, "org.with-to"), s, e)


# "Republicans on the Senate Finance Committee": a party's members on one panel
_RX_PARTY_ON_PANEL = lazy(  # (the look-behind after the first letter: re skips to R, D, C, L, I)
    r"((?:R(?<![\w-].)epublicans|D(?<![\w-].)emocrats|C(?<![\w-].)onservatives"
    r"|L(?<![\w-].)iberals|I(?<![\w-].)ndependents))[ \xa0]+(?:on|of)"
    r"[ \xa0]+the[ \xa0]+((?:[A-Z][\w.&’'-]*[ \xa0]+){0,5}(?:Committee|Subcommittee|Panel|Caucus))"
    r"(?![\w-])"
)


def _party_members_of(st: _Doc, body: list[_Seg]) -> None:
    """"Republicans on the Senate Finance Committee promised …": the party's members on that
    committee or panel are one group (its affiliation the committee), neither the whole party
    nor the committee. Chambers ("Democrats in the Senate") stay the party, as news uses them."""
    text = st.text
    for seg in body:
        for m in _RX_PARTY_ON_PANEL.finditer(text, seg.start, seg.end):
            s, e = m.span()
            if not st.free(s, e):
                continue
            a = st.actor("group", " ".join(m.group().split()), "group.party-on-panel")
            a.affiliation = a.affiliation or " ".join(m.group(2).split())
            st.claim(a, s, e)


def _organisations(st: _Doc, seg: _Seg, runs: list[Span]) -> None:
    text = st.text
    # Acronyms defined in brackets after their expansion.
    # (an acronym in brackets needs a "(": most sentences have none)
    for m in N.ACR_PAREN_RE.finditer(text, seg.start, seg.end) if text.find(
        "(", seg.start, seg.end
    ) >= 0 else ():
        acr = m.group(1)
        if _RX_TICKER.search(acr):
            continue  # a stock ticker, "(MOT.N)"
        window_start = max(seg.start, m.start() - 150)
        pre = N.ACR_PRE_RE.search(text[window_start : m.start()])
        if not pre:
            continue
        exp_s = window_start + pre.start(1)
        exp = pre.group(1)
        ref = N.GAZ.get(exp) or N.GAZ.get(acr)
        if ref and ref.kind != "place":
            continue  # the gazetteer pass links both forms
        span = _org_name_in_run(exp)
        if span is None or not _acronym_fits(acr, exp[span[0] : span[1]]):
            continue
        s, e = exp_s + span[0], exp_s + span[1]
        name = text[s:e]
        a = st.actor("organization", name, "org.acronym")
        st.claim(a, s, e)
        st.claim(a, m.start(1), m.end(1))
    biz = st.biz
    for rs, re_ in runs:
        if text[rs - 1 : rs] == "-":
            rs = _with_prefix(text, rs)
        run = text[rs:re_]
        if rs and text[rs - 1] in " \xa0" and (
            rs < 3 or text[rs - 2].isspace() or text[rs - 3 : rs - 1] in _DESCRIPTOR_ENDS
        ):
            _descriptor_org(st, rs, re_)  # the word before may be a descriptor ("company X")
        # (the word's first two letters first: one slice and a set test, no scan of the text)
        if text[re_ + 1 : re_ + 3] in _MEDIA_HEADS and text.startswith(_MEDIA_AFTER, re_):
            _media_before_noun(st, seg, rs, re_)  # "the Daily Ledger newspaper"
        if text.startswith(("'s ", "’s "), re_):
            _possessive_org(st, seg, rs, re_)
        elif text.startswith(",", re_) and N.APPOS_ORG_RE.match(text, re_, seg.end):
            _appositive_org(st, seg, rs, re_)
        # one token (runs join tokens by spaces only): no institution's name, no "Shares of"
        multi = " " in run or "\xa0" in run
        spans = _org_names_in_run(run) if multi else []
        if not spans:
            if not biz:
                continue  # no "shares"/"stock" in the text: neither pattern below can match
            lead = _RX_SHARES_OF.match(text, rs, re_) if multi else None
            if lead:  # "Shares of Ridgeford Energy fell"
                _business_org(st, lead.end(), re_)
            elif text.find("of", lo := max(seg.start, rs - 20), rs) >= 0 and N.BIZ_BEFORE_RE.search(
                text, lo, rs
            ):
                _business_org(st, rs, re_)  # "shares of Ridgeford Energy"
            continue
        for span in spans:
            s, e = rs + span[0], rs + span[1]
            if span[0] == 0 and text[rs - 3 : rs - 1] in _ORDINAL_ENDS and (
                om := _RX_ORDINAL_BEFORE.search(text, max(seg.start, rs - 8), rs)
            ):
                s = om.start()  # "the 11th Circuit Court of Appeals", "the 82nd Airborne Division"
            if not st.free(s, e) or st.in_caps(s, e):
                continue
            name = text[s:e]
            if name in N.GAZ:
                continue
            rest = name.partition(" ")[2]
            if rest in N.GAZ and _at_clause_start(text, seg.start, s):
                continue  # "Countered State Department ...": a sentence's opener before a name
            last = name.split()[-1]
            rule = "org.suffix" if last in N.CORP_SUFFIXES else "org.head"
            a = st.actor("organization", name, rule)
            st.claim(a, s, e)


# a legislator's party tag after the name: "(D-Maine)", "(R-Tex.)", "(I)"; the letter's party
_RX_PARTY_TAG_AFTER = lazy(r"[ \xa0]*\(([DRI])(?:-[A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*)?)?\)")
_PARTY_OF_TAG = {"D": "Democratic", "R": "Republican", "I": "Independent"}
_PARTY_NAMES = frozenset(_PARTY_OF_TAG.values())
_RX_ORDINAL_BEFORE = lazy(r"(?<![\w-])\d{1,3}(?:st|nd|rd|th)[ \xa0]\Z")
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))


_COMPANY_FORM_STARTS = frozenset(w[:3] for w in N.COMPANY_FORMS_FIRST)
_RX_COMPANY_FORM = rx_compile("|".join(re.escape(w) for w in sorted(N.COMPANY_FORMS_FIRST)))
_LOWER_CONNECTORS = frozenset(("de", "des", "du", "la", "le", "y", "del", "di"))


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


def _with_prefix(text: str, s: int) -> int:
    """Move a run's start back over a lower-case name prefix: "al-Rawda University"."""
    if s < 3 or text[s - 1] != "-":
        return s
    for p in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-", "abu-", "bin-"):
        if text.startswith(p, s - len(p)) and N.boundary_ok(text, s - len(p)):
            return s - len(p)
    return s


# "the (national) NAME newspaper", "the NAME chain": a medium's noun right after a capitalised
# name, with "the" (and at most two lower-case words) before it, makes the name an organisation
_RX_MEDIA_NOUN = lazy(
    r"[ \xa0](?:newspaper|magazine|news[ \xa0]agency|newspaper[ \xa0]chain|chain|tabloid|daily"
    r"|weekly|broadcaster|network|wire[ \xa0]service|website|radio[ \xa0]station|TV[ \xa0]station"
    r"|television[ \xa0]station|publishing[ \xa0]house)(?![\w-])"
)
_MEDIA_WORDS = (
    "newspaper", "magazine", "news", "chain", "tabloid", "daily", "weekly", "broadcaster",
    "network", "wire", "website", "radio", "TV", "television", "publishing",
)
_MEDIA_AFTER = tuple(" " + w for w in _MEDIA_WORDS)  # " newspaper", " chain" … after a run
_MEDIA_HEADS = frozenset(w[:2] for w in _MEDIA_WORDS)
_RX_THE_BEFORE_NAME = lazy(r"(?<![\w-])[Tt]he[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}\Z")


def _media_before_noun(st: _Doc, seg: _Seg, s: int, e: int) -> None:
    """"The Daily Ledger newspaper said", "the national Asahi newspaper": the name before a
    medium's noun is that medium (not a place, country or person the lists know)."""
    text = st.text
    if not _RX_MEDIA_NOUN.match(text, e, seg.end):
        return
    if text.startswith(("The ", "The\xa0"), s):
        s += 4  # "The Daily Ledger newspaper said": the run opens with the article
    elif not _RX_THE_BEFORE_NAME.search(text, max(seg.start, s - 30), s):
        return
    name = text[s:e]
    if not name or name.split()[0] in ("The", "A"):
        return
    if name in N.GAZ or any(w in N.GAZ or w in N.MONTHS_DAYS or w in N.TITLE_CANON
                            for w in name.split()) or not st.free(s, e):
        return  # "the Kenyan newspaper", "the Miami daily": a country's or place's
    if len(name.split()) > 4 or st.person_token(name.split()[-1]):
        return
    st.claim(st.actor("organization", name, "org.medium"), s, e)


def _descriptor_org(st: _Doc, s: int, e: int) -> None:
    """"state oil company Petrovia": a descriptor noun right before a name makes it an org."""
    text = st.text
    if text[s - 1 : s] not in (" ", "\xa0") or s == 0:
        return
    words = text[max(0, s - 25) : s].rsplit(None, 2)  # the last two words are all it needs
    if not words or not (
        words[-1] in N.ORG_DESCRIPTOR_SET or " ".join(words[-2:]) in N.ORG_DESCRIPTOR_SET
    ):
        return
    m = N.RUN_TOKEN_RE.match(text, s)
    end = e
    name = text[s:end]
    if name.endswith(".") and name.split()[-1] not in N.CORP_SUFFIXES and not _RX_INITIAL.fullmatch(
        name.split()[-1][-2:]
    ):
        name, end = name[:-1], end - 1  # "... company Eastgate Power."
    if not m or name in N.GAZ or name.split()[0] in N.NOT_NAMES or not st.free(s, end):
        return
    if name.split()[0] in N.TITLE_CANON:
        return  # "the network of President X": a titled person, not an organisation
    if any(w in N.MONTHS_DAYS for w in name.split()) or any(w in N.CONNECTORS for w in name.split()):
        return
    st.claim(st.actor("organization", name, "org.descriptor"), s, end)


# A capitalised word and a lower-case preposition right before a name's last run: the run is
# the end of a longer name ("Sisters to the Front", "Doctors in Need", "Friends with Books").
_RX_NAME_LEAD = lazy(
    rf"(?<![\w'’-])([{N.UPPER}][{N.LOWER}]+)[ \xa0](?:to|in|at|with|from|without|against)"
    r"[ \xa0](?:the[ \xa0])?\Z"
)


def _not_lead(w: str) -> bool:
    """A word that cannot open a name before "to the X": a function word, title, place, month."""
    return (
        w in N.NOT_NAMES or w in _FUNCTION_WORDS or w in N.TITLE_CANON or w in N.GAZ
        or w in N.MONTHS_DAYS or w in N.PARTY_LABELS or w.endswith(("ed", "ing"))
    )


def _appositive_org(st: _Doc, seg: _Seg, s: int, e: int) -> None:
    """"Acme45, a super PAC that …", "Zeta, a nonprofit group,": the appositive's head noun
    makes the name an institution (a sentence's opening function word is not part of it)."""
    text = st.text
    lead = _RX_NAME_LEAD.search(text, max(seg.start, s - 40), s)
    if lead and not _not_lead(lead.group(1)) and not _RX_PREV_CAP.search(
        text, max(seg.start, lead.start(1) - 30), lead.start(1)
    ):
        s = lead.start(1)  # "Sisters to the Front, a relief group": one name
    words = text[s:e].split()
    while words and words[0] in N.NOT_NAMES and (
        words[0] == "The" or _at_clause_start(text, seg.start, s)
    ):
        s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
        words.pop(0)
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("of", "for", "at") and any(
            w in N.TITLE_CANON or w.lower() in N.TITLE_CANON for w in words[:k]
        ):  # "Founder and Director of The Harbor Fund, a charity": the body only
            s = text.index(words[k + 1], text.index(" " + words[k] + " ", s) + 1)
            words = words[k + 1 :]
            if words[0] == "The" and len(words) > 1:
                s = text.index(words[1], s + 3)
                words.pop(0)
            break
    k = words.index("of") if "of" in words[2:4] else 0
    if k and k + 1 < len(words) and _ORG_HEAD_WORDS.isdisjoint(words[:k]) and all(
        w.isalpha() and w[:1].isupper() and w not in N.GAZ for w in words[:k]
    ):  # "Ann Roe of Velberg, a German private bank": a person of the body
        s = text.index(words[k + 1], text.index(" of ", s) + 1)
        words = words[k + 1 :]
    if not words or not st.free(s, e):
        return
    name = text[s:e]
    if name in N.GAZ or words[0] in N.TITLE_CANON or any(w in N.MONTHS_DAYS for w in words):
        return
    if len(words) > 1 and words[0] in N.GIVEN and _ORG_HEAD_WORDS.isdisjoint(words):
        return  # "Steven M. Ekovich, a … firm" is a person described by a company word
    name = " ".join(name.split())
    if " " not in name and (full := st.corp_form(name)):
        name = full  # "Velmar, a chemical group" in a text on "Velmar S.A."
    st.claim(st.actor("organization", name, "org.appositive"), s, e)


def _possessive_org(st: _Doc, seg: _Seg, s: int, e: int) -> None:
    """"Harbor Relief's head of Food Policy": the owner of a role is an organisation."""
    name = st.text[s:e]
    if not N.POSS_ROLE_RE.match(st.text, s, seg.end):
        if N.BIZ_AFTER_RE.match(st.text, e, seg.end) and _org_name_in_run(name) is None and (
            name.split()[0] not in N.GIVEN or len(name.split()) < 2
        ):  # (not "Ann Roe's 5% stake": a person's)
            _business_org(st, s, e)  # "Ridgeford's stock", "Ridgeford's quarterly profit"
        return
    if name.split()[0] in N.NOT_NAMES or name in N.GAZ or not st.free(s, e):
        return
    if " " in name and _served_person(name) == name and _org_name_in_run(name) is None and (
        name.split()[0] not in N.GIVEN_AMBIGUOUS  # ("Christian Aid's head of policy")
    ):
        st.person_affs.add(name)  # "Ann Roe's former adviser": a person's, no organisation
        return
    st.claim(st.actor("organization", name, "org.possessive-role"), s, e)


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


def _merge_org_prefixes(st: _Doc) -> None:
    """"the Task Force" after "a joint Task Force on Grid Resilience": one organisation."""
    orgs = [a for a in st.actors.values() if a.kind == "organization"]
    # the names that begin with each name and a space, by that name (each name's prefixes at
    # its spaces): comparing every pair was the square of the organisations (issue 8)
    by_prefix: dict[str, list[int]] = {}
    by_tail: dict[str, list[int]] = {}
    for k, o in enumerate(orgs):
        name = o.name
        i = name.find(" ")
        while i >= 0:
            by_prefix.setdefault(name[:i], []).append(k)
            i = name.find(" ", i + 1)
        if o.rule == "org.company-form":  # "Lavalle" after "Cie. de Lavalle": by the tails
            for particle in (" de ", " des ", " du "):
                i = name.find(particle)
                while i >= 0:
                    by_tail.setdefault(name[i + len(particle) :], []).append(k)
                    i = name.find(particle, i + 1)
    for short in orgs:
        hits = set(by_prefix.get(short.name, ()))
        hits.update(by_tail.get(short.name, ()))
        longer = [orgs[k] for k in sorted(hits) if orgs[k] is not short]
        if len(longer) == 1:
            for span in short.mentions:
                longer[0].add(span, st.text[span[0] : span[1]])
            short.mentions.clear()


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
        if _headline_word(st, toks[0]):
            continue  # "Retired General Reveals …", "Senator Endorsed Vale": a verb, no name
        title, country, _ = _split_title(st, m.group())
        a = _Actor(" ".join(text[s:e].split()), "person", "person.headline-title")
        a.title, a.country, a.tokens = title, country, toks
        st.claim(a, s, e)
        st.persons.append(a)


def _acronym_fits(acr: str, expansion: str) -> bool:
    """The acronym's letters appear in order in the expansion, starting with a word's initial."""
    letters = [c.lower() for c in acr if c.isalpha()]
    exp = expansion.lower()
    if not letters or not any(w[:1] == letters[0] for w in exp.split()):
        return False
    pos = exp.find(letters[0])
    for c in letters[1:]:
        pos = exp.find(c, pos + 1)
        if pos < 0:
            return False
    return True


# -- people -------------------------------------------------------------------------------------
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


_RX_SENT_EDGE = lazy(r"(?:\A|[.!?\n]|[-—–][ \xa0])[ \xa0\"“'‘(]*\Z")


def _sentence_adverb(st: _Doc, w: str, s: int) -> bool:
    """A sentence's first word that is an -ly adverb and no given name ("Similarly",
    "Separately"; not "Kimberly"): it opens the clause, not a name. A word merely also written
    in lower case is not enough ("Rich Lowry said the rich ...")."""
    if len(w) < 6 or not w.endswith("ly") or w in N.GIVEN or not w.isalpha():
        return False
    return bool(_RX_SENT_EDGE.search(st.text, max(0, s - 6), s))


_TIME_MODIFIERS = frozenset(("former", "acting", "interim", "outgoing", "incoming"))


def _split_title(st: _Doc, chain: str) -> tuple[str | None, str | None, str | None]:
    """(title, country, affiliation-prefix) from a title chain like "Kenyan Prime Minister".

    The title is the last title unit (rank before name wins: "commander Gen." → "Gen."); demonym
    and country words in front give the country; an honorific is no title."""
    words = chain.split()
    country = None
    # "Former French Finance Minister", "Acting Kenyan President": the time word stays with
    # the title, the demonym after it gives the country as it does first
    lead = []
    while len(words) > 2 and words[0].lower() in _TIME_MODIFIERS and words[1] in N.COUNTRY_REFS:
        lead.append(words.pop(0).lower())
    while words and (words[0] in N.COUNTRY_REFS or words[0] in N.NOT_NAMES):
        if words[0] in N.COUNTRY_REFS:
            country = N.COUNTRY_REFS[words[0]].key
        words.pop(0)
    if not words:
        return None, country, None
    if lead:
        words = lead + words
    units = [m.group() for m in N.TITLE_ANY_RE.finditer(" ".join(words))]
    title = units[-1] if units else " ".join(words)
    canon = N.TITLE_CANON.get(title)
    if title in N.TITLE_KIND and N.TITLE_KIND[title] == "honorific":
        return (canon or None), country, None
    if canon and title.lower() in ("prof", "prof.", "pres.", "sen.", "gov.", "amb.", "pm"):
        title = canon
    elif canon and title.endswith("s.") and title[:-2] + "." in N.TITLE_CANON:
        title = title[:-2] + "."  # "Sens. Jane Roe and John Doe": each a "Sen."
    elif canon and title.endswith("s") and title[:-1] in N.TITLE_CANON:
        title = title[:-1]  # "Senators Jane Roe and John Doe": each a "Senator"
    elif not canon and title.endswith("s") and " " in title:
        head, _, last = title.rpartition(" ")
        if last in N.TITLE_CANON and last[:-1] in N.TITLE_CANON or (
            last.title() in N.TITLE_CANON and last[:-1].title() in N.TITLE_CANON
        ):
            title = f"{head} {last[:-1]}"  # "former presidents A and B": each a "former president"
    return title, country, None


# Offices of a town, county or state: a capitalised word before one is the place it serves.
_PLACE_OFFICES = frozenset(("Mayor", "Sheriff", "District Attorney", "Governor", "Gov."))
# Role nouns that also qualify a following role ("the billionaire chief executive", "a radical
# preacher"): the last role is the head
_ATTRIBUTIVE_ROLES = frozenset((
    "billionaire", "millionaire", "tycoon", "magnate", "mogul", "titan", "radical", "militant",
    "terrorist", "protester", "singer", "musician", "comedian", "novelist",
))
# Role nouns that are also adjectives: before one capitalised word they describe a people
_ADJECTIVE_ROLES = frozenset(("radical", "militant", "terrorist", "radicals", "militants"))
_PLACE_TITLES = frozenset(("Mayor", "Sheriff", "District Attorney", "Governor"))  # canonical
_RX_FORMER_BEFORE = lazy(r"(?<![\w-])(?:[Ff]ormer|[Ee]x-?)[ \xa0]*\Z")


def _place_title(text: str, ps: int, pre: str, place: str, title: str) -> str:
    """"Wisconsin Gov. X" -> "Wisconsin Governor", "former Florida Gov. X" -> "former Florida
    Governor": the place a town's, county's or state's office serves, written before it, is part
    of the title as the text states it, and so is "former" (she no longer holds it); the place
    stays the affiliation. Only when the words before the title are that place and nothing else
    ("Elmwood police Chief X" is another shape)."""
    words = pre.split()
    former = False
    while words and words[0].lower() in _MODIFIER_WORDS:
        former = former or words[0].lower() == "former"
        words.pop(0)
    if " ".join(words) != place or place.endswith("."):
        return title  # ("Corvale, Tenn. Mayor X": a town's mayor, its state's abbreviation)
    if not former and _RX_FORMER_BEFORE.search(text, max(0, ps - 8), ps):
        former = True
    return f"{'former ' if former else ''}{place} {title}"

_CORPORATE_TITLES = frozenset((
    "ceo", "chief executive", "chief executive officer", "chairman", "chairwoman", "board member",
    "founder", "co-founder", "chief financial officer", "cfo", "chief operating officer", "coo",
))


# Roles held for someone: the name before the role ("Stein spokeswoman") is whom they serve.
_STAFF_ROLES = frozenset((
    "spokesman", "spokeswoman", "spokesperson", "press secretary", "campaign manager",
    "campaign chairman", "campaign spokesman", "campaign spokeswoman", "aide", "adviser",
    "advisor", "senior adviser", "senior advisor", "lawyer", "attorney", "chief of staff",
    "communications director", "pollster", "strategist", "staffer",
))

# "his campaign manager, Ann Roe", "Her chief policy aide Ann Roe": a staff role a pronoun owns
_PRONOUN_STAFF_ROLES = "|".join(sorted(
    (re.escape(r).replace(r"\ ", r"[ \xa0]+") for r in _STAFF_ROLES | {
        "speechwriter", "deputy", "consultant", "campaign chairwoman",
    }), key=lambda r: (-len(r), r),  # equal lengths alphabetically: one text in every process
))
_RX_PRONOUN_STAFF = lazy(
    rf"(?<![\w-])([Hh]is|[Hh]er)[ \xa0]+((?:[a-z][a-z-]*[ \xa0]+){{0,3}}?)"
    rf"({_PRONOUN_STAFF_ROLES})(?:,[ \xa0]*|[ \xa0]+)\Z"
)
_PRONOUN_STAFF_LAST = frozenset(r.rsplit(None, 1)[-1] for r in _STAFF_ROLES) | {
    "speechwriter", "deputy", "consultant", "chairwoman",
}


# A newsroom's roles: the capitalised words before one name the outlet or the show ("Harbor
# Insider senior editor X", "Night Desk host X")
_MEDIA_ROLES = frozenset((
    "editor", "reporter", "correspondent", "columnist", "host", "co-host", "anchor", "producer",
    "writer", "contributor", "commentator", "moderator",
))


# Roles that lead or belong to a body: capitalised words before one name that body.
_BODY_ROLES = frozenset((
    "leader", "chairman", "chairwoman", "chair", "head", "founder", "co-founder", "member",
    "secretary-general", "general secretary", "spokesman", "spokeswoman", "spokesperson",
))


# Upper-case words before a role that name a medium or a time, not an organisation ("TV reporter").
_NOT_ORG_ACRONYMS = frozenset(("TV", "AM", "FM", "PM", "IT", "PR", "HR", "VIP", "OK"))


def _parse_pre(
    st: _Doc, pre: str, acr: str | None, poss: bool, title: str | None = None,
    initial: bool = False,
) -> tuple[str | None, str | None, str]:
    """(affiliation, country, title-prefix) from the words before a title chain."""
    if pre.endswith(("'s", "’s")):
        pre, poss = pre[:-2], True
    words = pre.split()
    while words and (words[0] in N.NOT_NAMES or words[0].lower() in _MODIFIER_WORDS):
        words.pop(0)  # "Former Ohio Gov. X": a modifier of the title, not the owner
    for k in range(1, len(words)):  # "Countered State Department": the known name at the end
        ref = N.GAZ.get(" ".join(words[k:]))
        if ref is None or ref.kind not in ("organization", "group"):
            continue
        lead = N.GAZ.get(" ".join(words[:k]))
        if (words[k - 1] not in N.GAZ and lead is None) or (
            lead is not None and lead.kind in ("place", "country")
            and " National " in f" {ref.key} "
        ):  # "North Carolina RNC member X": a national body's member from that state (but
            # "North Carolina GOP chairman X": the state party)
            words = words[k:]
            break
    pre = " ".join(words)
    if poss and words and st.person_token(words[-1]):
        # "Vale's economic adviser X": the affiliation is the person (no organisation is made
        # of it: _person_affiliations)
        return words[-1], None, ""
    if pre in N.GAZ and N.GAZ[pre].kind == "place":
        # "Elmwood Mayor X", "Ohio Gov. X": the place the office serves is the affiliation
        # (no organisation is made of it: the caller skips names the gazetteer knows)
        return (pre if title and title[:1].isupper() else None), None, ""
    if title and title[:1].isupper() and not poss and words and all(
        w[:1].isupper() for w in words
    ) and (
        (len(words) >= 2 and words[-1] in ("County", "City"))
        or (title in _PLACE_OFFICES and len(words) <= 2 and pre not in N.GAZ
            and pre not in N.PARTY_LABELS and not any(w in N.ORG_HEADS for w in words)
            and not st.person_token(words[-1]))
    ):
        return pre, None, ""  # "Harlan County Sheriff X", "Elmwood Mayor X": the place's office
    country = None
    if not words:
        return None, None, ""
    if pre in N.GAZ and N.GAZ[pre].kind in ("organization", "group"):
        return N.GAZ[pre].key if N.GAZ[pre].form == "alias" and len(pre) > 6 else pre, None, ""
    if pre in N.COUNTRY_REFS:
        return None, N.COUNTRY_REFS[pre].key, ""
    if pre in N.PARTY_LABELS:  # "Republican presidential nominee X": the party, not a title word
        if initial and pre in N.IDEOLOGY_LABELS and title in N.IDEOLOGY_ROLES:
            return None, None, ""  # "Conservative economist X said": what she thinks, no party
        for form in (pre + " Party", pre + "s", pre.removesuffix("ic") + "s"):
            if form in N.GAZ:
                return N.GAZ[form].key, None, ""
        return None, None, ""
    if words and words[0] in N.COUNTRY_REFS:
        country = N.COUNTRY_REFS[words[0]].key
        rest = words[1:]
    else:
        rest = words
    if not rest:
        return None, country, ""
    if len(rest) == 1 and title is not None and title.lower() in _STAFF_ROLES and (
        rest[0][:1].isupper() and rest[0] not in N.GIVEN and rest[0] not in N.NOT_NAMES
        and not st.is_lower_word(rest[0])
        # "Family spokesman X" opening a sentence: a common word, unless a person's name
        and (not initial or st.person_token(rest[0]))
    ):
        return pre, country, ""  # "Stein spokeswoman X", "Acme lawyer X": whom they work for
    if 2 <= len(rest) <= 3 and title is not None and title.lower() in _STAFF_ROLES and (
        rest[0] in N.GIVEN and _served_person(" ".join(rest)) == " ".join(rest)
        and not any(w in N.ORG_HEADS or w in N.GAZ for w in rest)
    ):
        st.person_affs.add(" ".join(rest))  # "longtime Ann Roe aide X": the person served
        return " ".join(rest), country, ""
    if title is not None and title.lower().rsplit(None, 1)[-1] in _MEDIA_ROLES and (
        not poss and all(w[:1].isupper() for w in rest) and rest[0] not in N.GIVEN
        and not (len(rest) == 1 and rest[0] in _NOT_ORG_ACRONYMS)  # "TV reporter X"
        and not st.person_token(rest[-1]) and not any(w in N.COUNTRY_REFS for w in rest)
        and not any(w in N.TITLE_CANON or w.lower() in N.TITLE_CANON for w in rest)
        and (pre not in N.GAZ or N.GAZ[pre].kind == "organization")
        and not any(st.is_lower_word(w) for w in rest)  # "Debate moderator X" opening a sentence
    ):
        return pre, country, ""  # "Harbor Insider senior editor X": the outlet's editor
    is_org = poss or acr is not None or (
        len(rest) == 1 and 2 <= len(rest[0]) <= 6 and rest[0].isupper() and rest[0].isalpha()
        and rest[0] not in _NOT_ORG_ACRONYMS
    ) or any(
        w in N.ORG_HEADS or w in N.CORP_SUFFIXES for w in rest
    ) or ("organization", pre.lower()) in [(a.kind, n) for (_, n), a in st.actors.items()] or (
        # "Acme Fargo CEO Jane Roe": the owner of a corporate office is a company
        title is not None and any(  # (each office of "Chairman and Chief Executive")
            t in _CORPORATE_TITLES for t in title.lower().split(" and ")
        ) and pre not in N.GAZ
        and rest[0] not in N.GIVEN and not st.person_token(rest[-1])
    )
    if is_org or (
        # "Sinn Fein leader X", "Farmers Union chairman X": a body's leader, not a longer title
        len(rest) >= 2 and title is not None and title.lower() in _BODY_ROLES and not poss
        and rest[0] not in N.GIVEN and not any(w in N.COUNTRY_REFS or w in N.NOT_NAMES for w in rest)
        and not st.person_token(rest[-1])
    ):
        return pre, country, ""
    if rest[0] in N.NOT_NAMES:
        return None, country, ""
    return None, country, " ".join(rest)


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


def _title_matches(st: _Doc, seg: _Seg, runs: list[Span]) -> list[re.Match[str]]:
    """Title chains that stand right before a name: inside a capitalised run ("Kenyan Prime
    Minister X") or as lower-case role words just before one ("director X", "senior analyst X")."""
    text = st.text
    out: list[re.Match[str]] = []
    seg_start = seg.start
    first_words = N.TITLE_FIRST_WORDS
    for rs, re_ in runs:
        # the word before can be a title only if it ends like one (checked when one space
        # separates it from the run; otherwise as before)
        if text[rs - 1 : rs] in " \xa0" and (
            rs < seg_start + 3 or text[rs - 2].isspace() or (
                # three letters before the space are the word's last three: their test is
                # stricter than the last two's (fewer runs reach the split below)
                e3.lower() in _TITLE_ENDS3
                if (e3 := text[rs - 4 : rs - 1]).isalpha() and e3.isascii()
                else text[rs - 3 : rs - 1].lower() in _TITLE_ENDS
            )
        ) and (words := text[(lo := max(seg_start, rs - 40)) : rs].rsplit(None, 1)) and (
            words[-1].lower() in _TITLE_LAST_WORDS
        ):
            for m in N.TITLE_CHAIN_RE.finditer(text, lo, rs):
                if m.end() in (rs - 1, rs) or text[m.end() : rs].strip() == "":
                    # extend over the run's own leading titles ("commander Gen.")
                    m2 = N.TITLE_CHAIN_RE.match(text, m.start(), re_)
                    out.append(m2 or m)
                    break
        # one search over the run: with no chain anywhere in it, no token starts one (and with
        # no title word in it, no chain: a set test is cheaper than the search)
        run = text[rs:re_]
        pos = rs if (
            (run in first_words if run.isalpha() else not first_words.isdisjoint(
                _RX_WORDS.findall(run)
            ))  # (one word of letters, most runs: its only \w+ token)
            and N.TITLE_CHAIN_RE.search(text, rs, re_)
        ) else re_
        while pos < re_:
            tm = N.TITLE_CHAIN_RE.match(text, pos, re_)
            if tm and tm.end() > pos:
                out.append(tm)
                pos = tm.end()
                continue
            t = N.RUN_TOKEN_RE.search(text, pos, re_)
            if not t:
                break
            nxt = N.RUN_TOKEN_RE.search(text, t.end(), re_)
            if not nxt:
                break
            pos = nxt.start()
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
        if om and om.group(1) not in N.NOT_NAMES:
            # "Vacco's campaign manager, Matt Roe,": whom the role serves, and its noun
            owner = om.group(1).removeprefix("The ").removeprefix("The\xa0")
            title = om.group(2) + title if om.group(2) else title
        elif text[m.start() - 1 : m.start()] in (" ", "\xa0") and text[m.start() - 2].isalpha():
            # "the State Department inspector general, Steve Roe,": the body before the role
            ob = _RX_BODY_BEFORE_ROLE.search(text, max(seg.start, m.start() - 60), m.start())
            if ob is not None:
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


# ", a high school teacher,", ", 52, a school nurse in Lyon": an article, up to three lower-case
# modifiers and an occupation noun (the title lexicon need not know it), then the phrase's end
# or a preposition. Only read for a person already found by another anchor.
_RX_OCCUPATION = lazy(
    r",[ \xa0]+(?:\d{1,3},[ \xa0]+)?(?:a|an|the)[ \xa0]+((?:[a-z][\w-]*[ \xa0]+){0,3}?)"
    r"([a-z][a-z-]*(?:er|or|ist|ian|eon|ant)|co-host|host)"
    r"(?=[ \xa0]*[,.;:]|[ \xa0]+(?:at|for|of|with|in|from|on|who)[ \xa0])"
)
_NOT_OCCUPATIONS = frozenset((
    "other", "number", "matter", "order", "water", "paper", "letter", "center", "error",
    "computer", "power", "corner", "quarter", "chapter", "factor", "sector", "motor", "rumor",
    "honor", "favor", "color", "labor", "floor", "door", "mirror", "terror", "horror", "manner",
    "dinner", "summer", "winter", "border", "murder", "answer", "partner", "ever", "never",
    "over", "under", "after", "later", "together", "either", "neither", "whether", "rather",
    "older", "younger", "bigger", "richer", "poorer", "better", "earlier", "smaller", "larger",
    "greater", "higher", "lower", "stronger", "weaker", "faster", "closer", "further", "member",
    "maker", "producer", "retailer", "manufacturer", "supplier", "provider", "operator",
    "carrier", "lender", "insurer", "distributor", "exporter", "importer", "refiner", "tenant",
    "giant", "plant", "restaurant", "servant", "elephant", "variant", "grant", "instant",
    "junior", "senior", "minor", "major",
))


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
_RX_ROLE_HEAD_END = lazy(r"[ \xa0](?:of|at|for|with|to|in|on)[ \xa0]")
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


_RX_OCC_NOUN = rx_compile(r"[a-z][a-z-]*(?:er|or|ist|ian|eon|ant)|co-host|host")


def _name_opens_sentence(text: str, e: int) -> bool:
    """Whether the name ending at e opens its sentence (a bio line "X is a fellow at Y.")."""
    k = e
    while k > 0 and e - k < 60 and text[k - 1] not in ".!?\n":
        k -= 1
    return (k == 0 or text[k - 1] in ".!?\n") and len(text[k:e].split()) <= 4


_RX_TITLE_OF_ACR = lazy(r"(.*[a-z])[ \xa0]+(?:of|at|for)[ \xa0]+(?:the[ \xa0]+)?([A-Z]{2,6})")


def _acronym_in_title(title: str) -> tuple[str, str] | None:
    """(role, acronym) of a title that holds an organisation's acronym before or after the
    role ("INS director", "executive director of ELRA"); None otherwise."""
    if title.islower():
        return None  # (most titles: no capital, no acronym)
    words = title.split()
    if not (words[0].isupper() or words[-1].isupper()):
        return None
    if len(words) > 1 and 2 <= len(words[0]) <= 6 and words[0].isalpha() and words[0].isupper() and (
        words[0] not in _NOT_ORG_ACRONYMS and words[0] not in N.COUNTRY_REFS and words[1].islower()
    ):
        return " ".join(words[1:]), words[0]
    m = _RX_TITLE_OF_ACR.fullmatch(title)
    if m and m.group(2) not in _NOT_ORG_ACRONYMS and m.group(2) not in N.COUNTRY_REFS:
        return m.group(1), m.group(2)
    return None


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


def _org_over_chain(st: _Doc, s: int, chain: str) -> str | None:
    """The organisation whose claimed name covers a portfolio title's first words: the
    "Naturalization Service" of "Immigration and Naturalization Service Commissioner" is the end
    of a longer name, so the title is the head word and the body its affiliation."""
    words = chain.split()
    if len(words) < 2 or not any(w in N.ORG_HEADS for w in words[:-1]):
        return None
    i = bisect.bisect_right(st.taken, (s, 1 << 60)) - 1
    if i < 0 or not (st.taken[i][0] < s < st.taken[i][1]):
        return None
    span = st.taken[i]
    for a in st.actors.values():
        if a.kind == "organization" and span in a.mentions:
            return a.name
    return None


# A role's complement between it and a name in apposition: " for the two papers", " of the
# EU mission in Lagos" (the words checked for clause words by the caller).
_RX_ROLE_COMP = lazy(r"[ \xa0]+(for|of|to|at|in|on|with)[ \xa0]+([^,;:\"“”()]{1,60})")
# What stands before a role in apposition before a name: an article, a possessor, a clause edge.
_RX_ROLE_DET = lazy(
    r"(?:(?:^|(?<![\w-]))(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|['’]s|^|[.,;:\"“(])"
    r"[ \xa0]+(?:[\w-]+[ \xa0]+)?\Z"
)
_RX_DOMAIN_WORDS = rx_compile(r"(?<![\w-])((?:[a-z]+[ \xa0]){1,3})\Z")
_RX_OWNER_RUN = lazy(
    rf"(?<![\w’'.-])({N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|the|and)[ \xa0]+)*{N.ORG_TOK}){{0,5}})[ \xa0]\Z"
)


def _role_domain(
    st: _Doc, seg: _Seg, s: int, chain: str
) -> tuple[str | None, str | None, str | None] | None:
    """(affiliation, country, title) from an owner and lower-case words before a title chain at
    s: "Roe campaign spokesman X" (the Roe campaign), "Acme communications director X" (Acme;
    "communications director"), "Elmwood police Chief X" (Elmwood police). Only the words of
    titles.json role_domains may stand between: a verb there ("Roe fired director X") is no
    part of a role. The title is None when the chain's own title stands."""
    text = st.text
    dm = _RX_DOMAIN_WORDS.search(text, max(seg.start, s - 40), s)
    if dm is None:
        return None
    words = dm.group(1).split()
    k = 0  # the domain words are the last ones before the chain
    while k < len(words) and words[k] not in N.ROLE_DOMAIN_WORDS:
        k += 1
    j = k  # "Roe's former campaign manager X": a modifier before the owner's domain
    while j and words[j - 1] in _MODIFIER_WORDS:
        j -= 1
    mods, words = words[j:k], words[k:]
    if not words or any(w not in N.ROLE_DOMAIN_WORDS for w in words):
        return None
    ws = s - len(" ".join(mods + words)) - 1
    om = _RX_OWNER_RUN.search(text, max(seg.start, ws - 60), ws)
    if om is None:
        return None
    owner = om.group(1)
    if owner.endswith(("'s", "’s")):
        # "Ann Roe's campaign manager X": the Roe campaign's (a person's campaign is named by
        # the surname, as "the Roe campaign"); "Vale's policy adviser X": whom the role serves
        # is read elsewhere
        lead = owner[:-2].split()
        if words[0] != "campaign" or not lead or lead[0] in N.NOT_NAMES or (
            len(lead) > 1 and lead[0] not in N.GIVEN
        ) or lead[-1] in N.GAZ:
            return None
        return f"{lead[-1]} campaign", None, " ".join(mods + words + [chain])
    if mods:
        return None  # "Acme former director X": no owner's domain
    lead = owner.split()
    while lead and (lead[0] in N.NOT_NAMES or lead[0] in N.PARTY_LABELS):
        lead.pop(0)
    if not lead or (
        _at_clause_start(text, seg.start, om.start(1)) and len(lead) == 1
        and st.is_lower_word(lead[0])
    ):
        return None
    if "-" in lead[-1] and lead[-1].rsplit("-", 1)[1].islower():
        return None  # "Pulitzer Prize-winning investigative reporter X": an adjective, no owner
    if len(lead) == 1 and lead[0] in _NOT_ORG_ACRONYMS:
        return None  # "TV news reporter X": a medium, no outlet
    owner = " ".join(lead)
    country = None
    own_words: list[str] = []
    if " ".join(words[:2]) in N.ROLE_DOMAIN_OWNERS:
        own_words, words = words[:2], words[2:]
    elif words[0] in N.ROLE_DOMAIN_OWNERS:
        own_words, words = words[:1], words[1:]
    title = " ".join(words + [chain]) if words else None
    if own_words:
        return f"{owner} {' '.join(own_words)}", country, title
    if owner in N.COUNTRY_REFS:
        return None, N.COUNTRY_REFS[owner].key, title
    ref = N.GAZ.get(owner)
    if ref is not None and ref.kind == "place":
        return None, None, title
    return (ref.key if ref is not None and ref.form == "alias" and len(owner) > 6 else owner), None, title


_RX_OF_THE = rx_compile(
    r",?[ \xa0]+(of|at|for)[ \xa0]+(?:the[ \xa0]+)?(?:[A-Z][\w]*-based[ \xa0]+)?"
)
# seats of government and buildings: "said Ann Roe at the White House" is where she spoke
_PLACE_LIKE_ORGS = frozenset(("White House", "Pentagon", "Kremlin", "Downing Street", "Elysee",
                              "Congress", "Bundestag", "Knesset", "Duma"))
_RX_ORG_POSS_BEFORE = lazy(rf"({N.ORG_TOK}(?:[ \xa0]{N.ORG_TOK}){{0,3}})['’]s?[ \xa0]\Z")


def _known_org(st: _Doc, name: str) -> str | None:
    """The organisation a name is: a gazetteer organisation, or a run with an institutional head
    or corporate suffix; None for places, countries and anything else."""
    ref = N.GAZ.get(name)
    if ref is not None:
        return ref.key if ref.kind in ("organization", "group") and ref.form == "name" else (
            name if ref.kind in ("organization", "group") else None
        )
    if any(w in N.ORG_HEADS or w in N.CORP_SUFFIXES for w in name.split()) and not _not_org(name):
        return name
    return None


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
_RX_BODY_BEFORE_ROLE = lazy(
    rf"(?<![\w-])(?:[Tt]he|[Aa]n?)[ \xa0]+((?:[{N.UPPER}][\w.&-]*[ \xa0]+){{0,4}}[{N.UPPER}][\w.&-]*)[ \xa0]+\Z"
)
_KIN_LAST3 = frozenset(k[-3:] for k in N.KIN_NOUNS)
_GROUP_FIRST3 = frozenset(g[:3] for g in N.GROUP_NOUNS)
_MODIFIER_WORDS = frozenset(m.lower() for m in N.MODIFIERS)
_RX_MC = lazy(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])[A-Z][a-z]+$")
# Rules that find a person through someone else ("her son Tom Roe", "Lazaro Roe" beside "Elian
# Roe"): a relative, never the default referent of the shared bare surname.
_SECONDARY_RULES = frozenset(("person.kin", "person.family"))


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


def _at_clause_start(text: str, lo: int, s: int) -> bool:
    """Whether s is the first word of its sentence (after opening quotes or brackets): what
    text[lo:s].strip(" \xa0\"“'‘(") == "" says, without copying the sentence up to s."""
    return s < lo or _RX_CLAUSE_EDGE.fullmatch(text, lo, s) is not None


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


_QUOTE_OPEN = "“‘\"'"
_RX_LAST_STOP = rx_compile("[“‘\"'”’.!?][^“‘\"'”’.!?]*\\Z")
_QUOTE_CLOSE = {"“": "”", "‘": "’", '"': '"', "'": "'"}


def _quoted_title(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether [s, e) sits inside a short quoted title-case phrase — the title of a work
    ("“American Dream”", "‘The 505’"), never a person or a country."""
    # k: the last quote mark or sentence stop in the 60 characters before s (one regex search,
    # not a character loop); with none, the character just before that window
    lim = max(lo, s - 60)
    stop = _RX_LAST_STOP.search(text, lim, s)
    k = stop.start() if stop else lim - 1
    if k < max(lo, 0) or text[k] not in _QUOTE_OPEN:
        return False
    q = text[k]
    if q in "'’" and k > 0 and text[k - 1].isalnum():
        return False  # an apostrophe ("Holden’s"), not a quote
    close = text.find(_QUOTE_CLOSE[q], e, min(hi, e + 60))
    if close < 0:
        return False
    inner = text[k + 1 : close].strip(" \xa0,.")
    ws = inner.split()
    return 0 < len(ws) <= 8 and all(
        w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL or w.startswith("(") for w in ws
    )


_TITLE_SMALL = frozenset(("a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by"))


def _gaz_split(text: str, lo: int, s: int, chain: str) -> tuple[str, str] | None:
    """(organisation, rest of the chain) when the word before a title chain and the chain's
    first word make a known organisation: "White House Press Secretary"."""
    words = chain.split()
    before = _RX_PREV_CAP.search(text, max(lo, s - 40), s)
    if len(words) < 2 or not before:
        return None
    ref = N.GAZ.get(f"{before.group(1)} {words[0]}")
    if ref is None or ref.kind not in ("organization", "group"):
        return None
    return ref.key, " ".join(words[1:])


def _inner_title(st: _Doc, s: int, e: int) -> tuple[int, str, str | None] | None:
    """"City Attorney Brad Lowe said": a capitalised title word inside a run found by its
    reporting verb, followed by a name of two or more words; (name start, title, country)."""
    text = st.text
    words = [(m.start() + s, m.group()) for m in _WORD.finditer(text[s:e])]
    for k in range(len(words) - 3, -1, -1):
        w = words[k][1]
        if not w[:1].isupper() or N.TITLE_KIND.get(w.lower()) in (None, "honorific"):
            continue
        if any(not x[:1].isupper() or x in N.GAZ for _, x in words[k + 1 :]):
            return None
        lead = [x for _, x in words[:k]]
        country = None
        while lead and lead[0] in N.COUNTRY_REFS:
            country = N.COUNTRY_REFS[lead.pop(0)].key
        if any(x in N.GAZ or x in N.NOT_NAMES for x in lead):
            return None
        return words[k + 1][0], " ".join(lead + [w]), country
    return None


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


def _register_org(st: _Doc, name: str, start: int, end: int) -> None:
    """An affiliation named after a person is an organisation actor too."""
    if name in N.GAZ or name in st.person_affs:
        return
    i = st.text.find(name, start, end)
    if i >= 0 and st.free(i, i + len(name)) and not st.corp_form(name):
        st.claim(st.actor("organization", name, "org.affiliation"), i, i + len(name))


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


def _org_of_run(run: str) -> str | None:
    """The organisation named by a capitalised run after at/with/of: stops before 'in <Place>'."""
    run = _RX_IN_SPLIT.split(run)[0]
    if run.endswith(("'s", "’s")):
        run = run[:-2]  # "at the Harbor Foundation's ..."
    if run in N.GAZ and N.GAZ[run].kind == "place":
        return None
    if run.startswith("The") and run.rstrip(".") in N.GAZ:
        return run  # "a writer for The Atlantic": a known name that begins with "The"
    if run.startswith(("The ", "The\xa0")) and (
        (ref := N.GAZ.get(run[4:].rstrip("."))) is not None and ref.kind == "organization"
    ):
        return run[4:].rstrip(".")  # "an editor at The Harbor Post" for a known "Harbor Post"
    if run in N.COUNTRY_REFS or _not_org(run):
        return None
    return run


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


def _not_org(name: str) -> bool:
    """"President Ann Ward", "Mr": a titled person or an honorific, not an organisation."""
    first = name.split()[0].rstrip(".")
    return first in N.TITLE_CANON or first in N.NOT_NAMES


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
_RX_AGE_SKIP = rx_compile(r",[ \xa0]+\d{1,3}(?:[ \xa0]+years[ \xa0]+old)?(?=,[ \xa0])")
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
# Words that make the words before a role a clause, not a role's modifiers ("which Mr", "it's").
_RX_BODY_POSS = lazy(
    rf"([{N.UPPER}][\w-]+(?:[ \xa0][{N.UPPER}][\w-]+)?)[ \xa0](campaign|administration|team)['’]s[ \xa0]+"
)
_RX_TITLE_POSS = rx_compile(r"['’]s(?!\w)")
_CLAUSE_WORDS = frozenset(
    ["which", "who", "whom", "whose", "that", "it", "it's", "it’s", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "to", "of", "in", "on", "at", "by", "for", "with", "as", "is", "was", "are", "were", "be", "been", "has", "had", "have", "and", "or", "but", "when", "while", "said", "says", "told", "not", "also", "from"]
)


_COMP_STOPS = _CLAUSE_WORDS - {"of", "in", "on", "at", "for", "to", "with", "from", "by"}


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
    body = _RX_ARTICLE.sub("", phrase)
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
    if len(kept) == 3 and kept[1] == "and" and kept[0].isalpha() and kept[0].islower() and (
        kept[2].isalpha() and kept[2].islower()
    ):
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
    capcomp = _RX_OF_CAPS.match(rest)
    if capcomp:
        cap = capcomp.group(1).strip()
        if not any(w in N.ORG_HEADS or w in N.CORP_SUFFIXES for w in cap.split()) and cap not in N.GAZ:
            after = rest[capcomp.start(1) + len(cap) :]
            if (
                not affiliation and (
                    title in _OFFICER_TITLES or title.rsplit(None, 1)[-1] in _BODY_ROLE_HEADS
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


_THE_CAMPAIGN = " campaign"  # "the campaign's press secretary": whichever one the text names


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
_RX_SERVED = lazy(
    rf"[{N.UPPER}][\w’'-]+(?:[ \xa0](?:[{N.UPPER}]\.|[{N.UPPER}][\w’'-]+)){{1,3}}"
)


_SERVED_AFTER = frozenset(" \xa0\n,.;:!?)]\"”'’")
_SERVED_END = _SERVED_AFTER | {""}  # what may follow the run a person served ends
# Last words that make a given name's run a body ("a lawyer for Ann Roe International")
_ORG_LAST_ADJECTIVES = frozenset(("International", "Worldwide", "Global", "USA", "America"))
# "for Ann Roe campaign", "to the Ann Roe Foundation" (lower case): a body named after her
_RX_SERVED_BODY_AFTER = lazy(
    r"[ \xa0]+(?:campaign|administration|team|camp|foundation|family|estate|group|fund|"
    r"committee|organization|organisation|company|firm)s?(?![\w-])"
)


def _served_person(run: str) -> str | None:
    """The person a run names ("aide to Ann Roe", "Ann Roe's strategist"): a given name, then up
    to three capitalised words ("Ann Roe", "Ann B. Roe"); a possessive end dropped. Not when a
    possessive inside owns something else ("President Ann Roe's Council of Advisers") or the
    name is cut inside a word (a garbled letter)."""
    m = _RX_SERVED.match(run)
    if m is None or m.group().split()[0] not in N.GIVEN or (
        m.end() < len(run) and run[m.end()] not in _SERVED_AFTER
    ) or any(w.endswith(("'s", "’s")) for w in m.group().split()[:-1]) or (
        m.group().endswith(("'s", "’s")) and run[m.end() :].strip()  # "Ann Roe's 2004 team"
    ):
        return None
    return m.group().removesuffix("'s").removesuffix("’s")


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


def _merge_people(st: _Doc) -> None:
    """One actor per person: a shorter form ("Doyle", "Michael Doyle") joins the fuller one."""
    # longest first; among equals an anchored find is the target (its rule names the actor)
    people = sorted(st.persons, key=lambda p: (-len(p.tokens), p.rule == "person.given-name"))
    merged: list[_Actor] = []
    keys: list[tuple[str, ...]] = []  # _merge_key of each merged person, computed once
    # token -> indices (ascending) of the merged people whose key or its variants hold it: a
    # target must hold the shorter key's first token, so only those are compared (not all)
    holders: dict[str, list[int]] = {}
    held: dict[str, set[int]] = {}  # the same as sets
    for p in people:
        core = _merge_key(p.tokens)
        target = None
        cands: Sequence[int] = holders.get(core[0], ()) if core else ()
        if len(core) > 1 and len(cands) > 8:
            # a longer key's target holds every token of it: walk the rarest token's holders
            # only ("Ann Roe", "Ann Lane", … share "Ann": issue 8, the persons' square)
            rare = min(core[1:], key=lambda t: len(holders.get(t, ())))
            if len(holders.get(rare, ())) < len(cands):
                first = held[core[0]]
                cands = [k for k in holders.get(rare, ()) if k in first]
        for k in cands:
            qcore = keys[k]
            if (_subseq(core, qcore) or (len(core) == 1 and core[0] in _variants(qcore))) and not (
                len(core) == 1 and _sex_conflict(st, p, merged[k])
            ):  # ("Mr. Lane", "President Lane" beside "first lady Mara Lane": two people)
                # a bare surname shared by two full names ("Trump" beside "Donald Trump" and a
                # relative "Lara Trump") belongs to the one the text introduced first
                if target is None or (
                    len(core) == 1 and _surname_owner([merged[k], target], st) is merged[k]
                ):
                    target = merged[k]
                if len(core) > 1:
                    break
        if target is None:
            for t in _variants(core):
                holders.setdefault(t, []).append(len(merged))
                held.setdefault(t, set()).add(len(merged))
            merged.append(p)
            keys.append(core)
            continue
        for span in p.mentions:
            target.add(span, st.text[span[0] : span[1]])
        for f in p.forms:
            target.forms.setdefault(f, None)
        target.title = target.title or p.title
        target.affiliation = target.affiliation or p.affiliation
        target.country = target.country or p.country
        target.fallback = target.fallback or p.fallback
    # prefer a title from a rule that saw the whole phrase; keep first-seen order otherwise
    for p in merged:
        key = ("person", p.name.lower())
        st.actors[key] = p


# Words that mark a person's sex in a title, a kin noun or a courtesy title before the name.
_FEMALE_MARKS = frozenset((
    "mrs.", "ms.", "miss", "lady", "wife", "mother", "daughter", "sister", "widow", "grandmother",
    "aunt", "niece", "queen", "princess", "duchess", "dame", "stepmother", "girlfriend",
    "chairwoman", "congresswoman", "spokeswoman", "businesswoman",
))
_MALE_MARKS = frozenset((
    "mr.", "husband", "father", "son", "brother", "widower", "grandfather", "uncle", "nephew",
    "king", "prince", "duke", "sir", "lord", "stepfather", "boyfriend", "congressman",
    "spokesman", "businessman",
))
_RX_COURTESY_BEFORE = lazy(r"(?<![\w.])(Mrs?|Ms|Miss)\.?[ \xa0]+\Z")
_RX_RELATION_BEFORE = lazy(
    r"(?<![\w-])(first[ \xa0]lady|wife|husband|widow|widower|mother|father|son|daughter|sister|"
    r"brother),?[ \xa0]+\Z"
)
_RX_COURTESY_START = lazy(r"(Mrs?|Ms|Miss)\.?[ \xa0]")
# sex-marked words that are offices, not relations ("chairwoman", "congressman", "king")
_RX_OFFICE_MARKS = frozenset((
    "chairwoman", "congresswoman", "spokeswoman", "businesswoman", "congressman", "spokesman",
    "businessman", "king", "queen", "prince", "princess", "duke", "duchess", "sir", "lord", "dame",
))


def _sex_of(st: _Doc, p: _Actor) -> str | None:
    """"f"/"m" when the text marks the person's sex: a courtesy title before a mention ("Mr.
    Roe"), or a title or kin noun that has one ("first lady", "her husband"); None if unmarked
    or marked both ways."""
    marks = set()
    words = (p.title or "").lower().split() or (_relation_before(st, p) or "").split()
    if words and words[-1] in _FEMALE_MARKS:
        marks.add("f")
    elif words and words[-1] in _MALE_MARKS:
        marks.add("m")
    text = st.text
    for ms, _me in p.mentions[:12]:
        if text.startswith("M", ms):  # the courtesy title inside the mention ("Mr. Roe")
            c = _RX_COURTESY_START.match(text, ms, min(len(text), ms + 6))
        else:
            c = _RX_COURTESY_BEFORE.search(text, max(0, ms - 6), ms)
        if c is not None:
            marks.add("m" if c.group(1) == "Mr" else "f")
    return next(iter(marks)) if len(marks) == 1 else None


def _relation_before(st: _Doc, p: _Actor) -> str | None:
    """The relation noun right before one of the person's first mentions ("the first lady,
    Mara Roe", "his wife Ann Roe"), as a title the later rules will give."""
    text = st.text
    for ms, _me in p.mentions[:3]:
        m = _RX_RELATION_BEFORE.search(text, max(0, ms - 14), ms)
        if m is not None:
            return m.group(1)
    return None


def _spouse_title(st: _Doc, p: _Actor) -> str | None:
    """A title that names the person by a relation ("first lady", "wife", "her son"), in the
    title or right before a mention; None when the person has none."""
    words = (p.title or "").lower().split()
    if words and (words[-1] in _FEMALE_MARKS or words[-1] in _MALE_MARKS) and (
        words[-1] not in _RX_OFFICE_MARKS
    ):
        return words[-1]
    return _relation_before(st, p)


def _sex_conflict(st: _Doc, p: _Actor, q: _Actor) -> bool:
    """Whether a bare surname's person p cannot be q: the text marks them as of different sexes
    ("Mr. Roe" and "Ms. Jane Roe"), or one holds an office and the other is named only by a
    relation ("President Roe" and "the first lady, Jane Roe"): a family, two people."""
    if (p.title and N.TITLE_KIND.get(p.title) == "office" and _spouse_title(st, q)) or (
        q.title and N.TITLE_KIND.get(q.title) == "office" and _spouse_title(st, p)
    ):
        return True
    a = _sex_of(st, p)
    return a is not None and (b := _sex_of(st, q)) is not None and a != b


def _given_before_surname(st: _Doc) -> None:
    """A person known by a bare surname ("Roe said") whom the text also writes once with a
    capitalised word before it ("host Rush Roe", "such as Tate Roe") is that full name, even
    when the given name is no known one or is also a common word: news names a person in full
    before using the surname alone. The word must be no title, party, month, place or function
    word; at a sentence's start only a known given name counts ("Then Roe said")."""
    text = st.text
    scans = 0
    for key, p in list(st.actors.items()):
        if p.kind != "person" or len(p.tokens) != 1 or not p.mentions:
            continue
        y = p.tokens[0]
        if not y.isalpha() or not y[:1].isupper() or len(y) < 3 or y in N.GAZ or (
            y in N.ORG_HEADS or y in N.TITLE_CANON or y in N.NOT_NAMES
        ):
            continue
        found: list[tuple[int, int, str]] = []
        # " y" after a space: by str.find (stopping at an occurrence at 0), or in a long text
        # from the index of word starts (a find per surname over the text was its square)
        at = None if scans < _SCANS or text.startswith(" " + y) else st.word_starts(y)
        if at is None:
            scans += 1
            at = _finds(text, " " + y)
        else:
            at = (i - 1 for i in at if text[i - 1] == " ")
        for i in at:
            if i <= 0 or len(found) >= 3:
                break
            e = i + 1 + len(y)
            if not _RX_WORD_CHAR.match(text, e):
                w = _RX_PREV_CAP.search(text, max(0, i - 20), i + 1)
                if w is not None and f"{w.group(1)} {y}" not in N.GAZ and _given_word(
                    st, w.group(1), w.start(1)
                ):
                    found.append((w.start(1), e, w.group(1)))
        if len({f[2] for f in found}) != 1:
            continue  # none, or two different first words: not one person's name
        other = st.actors.get(("person", f"{found[0][2]} {y}".lower()))
        if other is not None and other is not p and other.mentions:
            continue  # that full name is another person's ("first lady Mara Roe", "Mr. Roe")
        for s, e, x in found:
            if st.free(s, e):
                st.claim(p, s, e)
        p.name, p.tokens = f"{found[0][2]} {y}", (found[0][2], y)
        del st.actors[key]
        st.actors[("person", p.name.lower())] = p


def _given_word(st: _Doc, x: str, s: int) -> bool:
    """Whether capitalised word x at s can be a given name before a known surname."""
    if not x.isalpha() or len(x) < 2 or not x[1:].islower():
        return False
    if (
        x in _FUNCTION_WORDS or x in N.NOT_NAMES or x in N.TITLE_CANON or x in N.PARTY_LABELS
        or x in N.GAZ or x in N.MONTHS_DAYS or x in N.ORG_HEADS or x in N.KIN_NOUNS
        or x.lower() in N.TITLE_CANON or x in N.REPORTING
    ):
        return False
    if _RX_SENT_EDGE.search(st.text, max(0, s - 6), s):
        return x in N.GIVEN and x not in N.GIVEN_AMBIGUOUS
    pc = _RX_PREV_CAP.search(st.text, max(0, s - 20), s)
    if pc is not None and pc.group(1).rstrip(".") not in N.TITLE_CANON and pc.group(1) not in (
        N.TITLE_CANON
    ):
        return False  # "Ruth Bader Roe": a middle part of a longer name, left as it is
    return x in N.GIVEN or not st.is_lower_word(x)  # "the State Twitter account": a word


def _person_affiliations(st: _Doc) -> None:
    """"Clinton's lawyer Jane Roe", "Stein spokeswoman X": the affiliation is a person the text
    names, so the organisation made of it is that person's mention, not an organisation."""
    made = [
        (k, a) for k, a in st.actors.items()
        if a.kind == "organization" and a.rule in ("org.affiliation", "org.premodifier")
        and " " not in a.name
    ]
    if not made:
        return
    owners: dict[str, _Actor] = {}
    for p in st.persons:
        if p.kind == "person" and len(p.tokens) > 1:
            owners.setdefault(p.tokens[-1], p)
    for k, a in made:
        owner = owners.get(a.name)
        if owner is None or st.actors.get(("person", owner.name.lower())) is not owner:
            continue
        for span in a.mentions:
            owner.add(span, st.text[span[0] : span[1]])
        del st.actors[k]


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
_RX_CAP_AFTER = lazy(rf"[ \xa0]+[{N.UPPER}]")
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


def _pending_roles(st: _Doc) -> None:
    """"… asked by host Ann Roe", "pediatric surgeon Tom Vale": a lower-case role right before
    a name that no clause edge set off is the title of the person found there by another rule
    (a known given name, a reporting verb), if he has none."""
    for a in st.actors.values():
        if a.kind != "person" or a.title:
            continue
        for span in a.mentions:
            got = st.pending_roles.get(span)
            if got is not None:
                a.title = got[0]
                a.affiliation = a.affiliation or got[1]
                a.country = a.country or got[2]
                break


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


def _surname_owner(holders: list[_Actor], st: _Doc | None = None) -> _Actor:
    """Whom a bare surname shared by several people means: the one the text introduced first,
    leaving out relatives found only through someone else (kin nouns, a shared surname) while a
    person found on their own holds it too, and a child the text calls by the given name alone
    ("Maya Okafor, 7, … Maya is recovering", or beside "her father, Dan Okafor": news names a
    child by the given name, an adult by the surname) while another holder is not so called."""
    if st is not None and len(holders) > 1 and any(
        len(p.tokens) > 1 and _called_by_given_name(st, p) for p in holders
    ):
        elder = any((p.title or "").lower() in _ELDER_KIN for p in holders)
        first_named = [
            _called_by_given_name(st, p) and (p.title or "").lower() not in _ELDER_KIN
            and (elder or _a_child(st, p)) for p in holders
        ]
        if any(first_named) and not all(first_named):
            holders = [p for p, f in zip(holders, first_named) if not f]
    return min(holders, key=lambda p: (p.rule in _SECONDARY_RULES, _first(p)))


# kin nouns that make a holder the elder of a family named in the story ("her father, X Roe")
_ELDER_KIN = frozenset((
    "father", "mother", "grandfather", "grandmother", "great-uncle", "great-aunt", "uncle",
    "aunt", "stepfather", "stepmother", "parent", "great-grandmother", "great-grandfather",
))
_RX_CHILD_BEFORE = lazy(
    r"(?:(?<![\w-])(?:[1-9]|1[0-7])-year-old|(?<![\w-])(?:boy|girl|son|daughter|child|toddler"
    r"|baby|schoolboy|schoolgirl|teenager|infant))[ \xa0,]+(?:[A-Z][\w.'’-]*[ \xa0]+){0,1}\Z"
)
_RX_CHILD_AGE_AFTER = lazy(r",[ \xa0]+(?:[1-9]|1[0-7]),")


def _a_child(st: _Doc, p: _Actor) -> bool:
    """Whether a mention of the person is written as a child's: "6-year-old Maya Roe", "the boy
    Maya Roe", "Maya Roe, 7,"."""
    ms = p.mentions
    n, from_ = len(ms), 0
    if p.child_memo is not None:
        (k, last), got = p.child_memo
        if k <= n and (ms[k - 1] if k else None) == last:
            if got or k == n:
                return got  # mentions are only appended (or cleared): read the new ones
            from_ = k
    text = st.text
    got = any(
        _RX_CHILD_AGE_AFTER.match(text, e) or _RX_CHILD_BEFORE.search(text, max(0, s - 30), s)
        for s, e in ms[from_:]
    )
    p.child_memo = ((n, ms[-1] if ms else None), got)
    return got


def _called_by_given_name(st: _Doc, p: _Actor) -> bool:
    """Whether the text writes this person's given name on its own ("Maya said"), not before a
    surname nor after a capitalised word."""
    got = st.given_alone.get(p.tokens)
    if got is not None:
        return got
    toks = _core_tokens(p.tokens)
    got = len(toks) >= 2 and toks[0].isalpha() and toks[0][:1].isupper() and _given_alone(
        st.text, toks[0]
    )
    st.given_alone[p.tokens] = got
    return got


def _given_alone(text: str, g: str) -> bool:
    """Whether the word g stands alone in the text: no capitalised word right before or after."""
    i = text.find(g)
    while i >= 0:
        e = i + len(g)
        if (not i or not _RX_WORDISH.match(text, i - 1)) and not _RX_WORDISH.match(text, e) and (
            not _RX_SP_CAP.match(text, e) and not _RX_PREV_CAP.search(text, max(0, i - 25), i)
        ):
            return True
        i = text.find(g, i + 1)
    return False


def _first(p: _Actor) -> int:
    ms = p.mentions
    n = len(ms)
    if p.first_memo is not None:
        (k, last), got = p.first_memo
        if 0 < k <= n and ms[k - 1] == last:
            if k < n:
                got = min(got, min(sp[0] for sp in ms[k:]))
                p.first_memo = ((n, ms[-1]), got)
            return got
    got = min((sp[0] for sp in ms), default=0)
    p.first_memo = ((n, ms[-1] if ms else None), got)
    return got


def _core_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        t.strip("\"“”") for t in tokens if t.lower() not in N.PARTICLES and not t.startswith(("\"", "“"))
    )


def _merge_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Core tokens with one apostrophe: "O’Neill" and "O'Neill" are one surname."""
    return tuple(t.replace("’", "'") for t in _core_tokens(tokens))


def _variants(tokens: tuple[str, ...]) -> set[str]:
    out = set(tokens)
    for t in tokens:
        m = _RX_AL_PREFIX.match(t)
        if m:
            out.add(m.group(1))
    return out


def _subseq(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return bool(short) and all(any(t == x for x in it) for t in short)


# -- gazetteer, short forms, descriptions ------------------------------------------------------
_FUNCTION_WORDS = {"The", "A", "An", "And", "Or", "But", "In", "On", "At", "To", "Of", "For", "With",
                   "From", "By", "As", "Is", "Are", "Was", "Were", "Will", "Has", "Have", "It", "He",
                   "She", "They", "We", "I"}


def _glued(text: str, s: int, e: int) -> bool:
    """Whether another capitalised word is glued to [s, e) — "Chad Smith", "Paris Agreement"."""
    after = _RX_NEXT_CAP.match(text[e : e + 40])
    if after:
        w = after.group(1)
        if not (w in N.TITLE_CANON or w in N.ORG_HEADS or w in N.GAZ or w in _FUNCTION_WORDS):
            return True
    before = _RX_PREV_CAP.search(text[max(0, s - 40) : s])
    if before:
        w = before.group(1)
        if not (w in N.TITLE_CANON or w in N.NOT_NAMES or w in N.GAZ or w in N.MONTHS_DAYS):
            return True
    return False


_RX_HONORIFIC_BEFORE = rx_compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Miss)\.?[ \xa0]+$")
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


def _after_name(text: str, s: int, seg_start: int) -> bool:
    """Whether [s, ...) follows a first name or an honorific: a capitalised word that is not
    the sentence's first, nor a title, place, month or function word."""
    lo = max(seg_start, s - 40)
    if _RX_HONORIFIC_BEFORE.search(text, lo, s):
        return True
    before = _RX_PREV_CAP.search(text, lo, s)
    if not before:
        return False
    w = before.group(1)
    if _at_clause_start(text, seg_start, before.start()) and (
        w not in N.GIVEN or w in N.GIVEN_AMBIGUOUS
    ):
        return False  # the sentence's first word: "Russian troops ...", "Unlike Russian ..."
    return not (
        w in N.TITLE_CANON or w in N.NOT_NAMES or w in N.GAZ or w in N.MONTHS_DAYS
        or w in _FUNCTION_WORDS or w in N.PARTY_LABELS or w.isupper()
    )


def _acts(st: _Doc, key: str) -> bool:
    """Whether the text has the organisation `key` (one of its gazetteer names) act somewhere:
    speak or state an intent ("Twitter said", "Facebook plans to"), open a sentence as its
    subject ("Twitter, for its part, rolled out …"; not "Twitter users …"), or own an officer
    ("Twitter's chief executive"). Asked once per name."""
    got = st.acting.get(key)
    if got is None:
        text = st.text
        forms = [f for f, r in N.ORG_REFS.items() if r.key == key]
        got = False
        for f in forms:
            i = text.find(f)
            while i >= 0 and not got:
                e = i + len(f)
                if N.boundary_ok(text, i) and not (text[e : e + 1].isalnum()):
                    nxt = _RX_NEXT_WORD.match(text, e)
                    poss = _RX_POSS_WORD.match(text, e)
                    got = bool(
                        N.REPORT_AFTER_RE.match(text, e) or _RX_INTENT_AFTER.match(text, e)
                        or (poss is not None and poss.group(1).lower() in N.TITLE_CANON)
                        or (_RX_SENT_EDGE.search(text, max(0, i - 6), i) is not None and (
                            text.startswith(",", e)
                            or (nxt is not None and nxt.group(1) not in _MEDIUM_NOUNS)
                        ))
                    )
                i = text.find(f, e)
        st.acting[key] = got
    return got


_RX_POSS_WORD = lazy(r"['’]s[ \xa0]+([\w-]+)")
# What follows a platform's name when it is the medium, not the actor: "Twitter users said"
_MEDIUM_NOUNS = frozenset({
    "user", "users", "follower", "followers", "account", "accounts", "post", "posts", "feed",
    "feeds", "page", "pages", "video", "videos", "message", "messages", "ad", "ads",
})


def _gazetteer(st: _Doc, seg: _Seg, hits: list[Span]) -> None:
    """The gazetteer's names in one segment, from its hits (N.GAZ_SCAN.finditer_spans, found
    for every segment at once)."""
    text = st.text
    gaz = N.GAZ
    found: list[tuple[int, int, N.Ref]] = []
    for s, e in hits:
        if s and (text[s - 1].isalnum() or text[s - 1] in "’'_"):
            continue  # not N.boundary_ok (inlined: it runs for every hit)
        surface = text[s:e]
        ref = gaz.get(surface)  # the keys are normalised: so is a surface found as it stands
        found.append((s, e, ref if ref is not None else gaz[" ".join(surface.split())]))
    head_caps = seg.head and text[seg.start : seg.end].isupper()
    zones = [(seg.start, seg.end)] if head_caps else (
        st.caps_starting_in(seg.start, seg.end) if st.caps else ()
    )
    for zs, ze in zones:
        for ms, me in N.GAZ_CI_SCAN.finditer(text, zs, ze):
            ref = N.GAZ_FOLD.get(" ".join(text[ms:me].split()).casefold())
            if ref and not any(f[0] <= ms < f[1] for f in found):
                found.append((ms, me, ref))
    any_caps = bool(st.caps)
    for s, e, ref in found:
        if not st.free(s, e):
            continue
        caps = head_caps or (any_caps and st.in_caps(s, e))
        if ref.ambiguous and not caps and _glued(text, s, e):
            continue
        if ref.form in ("capital", "place") and not caps and _glued(text, s, e):
            continue  # part of a longer name: "Paris Agreement", "Trans-Baltic Economic Framework"
        if ref.form == "demonym" and not caps and _after_name(text, s, seg.start):
            continue  # a surname: "Lou Cuban", "Ms. English"
        if s > 3 and text[s - 1] == "-" and text[s - 3] == "(" and text[s - 2] in "DRI":
            continue  # "(D-Maine)": the state a legislator serves, no party to the story here
        if ref.kind == "organization" and text.startswith("The", s) and _RX_NEXT_CAP.match(
            text, e
        ):
            continue  # "The Atlantic Ocean", "The Hill Country": a longer name, no outlet
        if ref.form == "demonym" and _quoted_title(text, s, e, seg.start, seg.end):
            continue  # the title of a work: "“American Dream”"
        if ref.kind == "country" and ref.form == "capital":
            if seg.start == s and caps:
                continue  # a dateline city
            if N.LOCATIVE_RE.search(text[max(0, s - 30) : s]):
                a = st.actor("place", text[s:e] if not caps else ref.key, "place.capital")
                a.name = a.name if not caps else text[s:e].title()
                st.claim(a, s, e)
                continue
            a = st.actor("country", ref.key, "country.capital")
        elif ref.kind == "country":
            a = st.actor("country", ref.key, f"country.{ref.form}")
        elif ref.kind == "place":
            a = st.actor("place", ref.key, "place.gazetteer")
        else:
            if ref.key in N.ORG_WHEN_ACTING and not _acts(st, ref.key):
                continue  # "posted on Twitter": a medium here, no actor (and no person)
            a = _suffixed_org(st, ref.key) or st.actor(ref.kind, ref.key, "org.gazetteer")
        st.claim(a, s, e)
    # "Iran-backed militias": a group named by its sponsor
    backed = st.backed and text.find("-backed", seg.start, seg.end) >= 0  # (BACKED_RE's literal)
    for m in N.BACKED_RE.finditer(text, seg.start, seg.end) if backed else ():
        sponsor = _RX_PREV_WORD.search(text, max(seg.start, m.start() - 30), m.start())
        if sponsor and sponsor.group() in N.COUNTRY_REFS and _RX_ARMED_GROUPS.search(m.group(1)):
            s, e = sponsor.start(), m.end()
            a = st.actor("group", text[s:e], "group.backed")
            a.add((s, e), text[s:e])


def _suffixed_org(st: _Doc, key: str) -> _Actor | None:
    """A well-known company the text also names with its corporate suffix ("General Motors
    Corp." … "GM" … "General Motors"): the suffixed organisation already found, so that every
    form is one actor under the fullest name the text gives."""
    if not key[:1].isupper() or " " not in key and key.isupper():
        return None  # an acronym's own entry ("NBC"): its short forms are no firm's name
    full = st.corp_form(key)
    a = st.actors.get(("other", full.lower())) if full else None
    return a if a is not None and a.kind == "organization" else None


def _groups(st: _Doc, seg: _Seg) -> None:
    """"Tanzanian police", "E.U. leaders", "the Cuban exile community", "the Roe campaign": a
    collective noun (data: group_nouns) after a capitalised owner that the gazetteer, the party
    labels or, for some nouns, a person's surname names is a group actor of its own, carrying
    the owner's country or affiliation; the bare country is not the actor."""
    text = st.text
    hits = st.groups
    if not hits:
        return
    i = bisect.bisect_left(hits, seg.start, key=lambda g: g.start())
    for m in hits[i:]:
        if m.end() > seg.end:
            break
        ow = N.GROUP_OWNER_RE.search(text, max(seg.start, m.start() - 60), m.start())
        if not ow:
            continue
        kind, owners = N.GROUP_NOUNS[" ".join(m.group().split())]
        words = [(w.start(), w.group()) for w in _WORD.finditer(text, ow.start(1), m.start())]
        for k in range(len(words)):
            lead = [w for _, w in words[:k]]
            if lead and not all(
                w in N.NOT_NAMES or w in _FUNCTION_WORDS or w.lower() in _MODIFIER_WORDS
                for w in lead
            ) and not (k == 1 and _at_clause_start(text, seg.start, words[0][0])):
                continue
            owner = " ".join(w for _, w in words[k:])
            got = _group_owner(
                st, owner, owners, "town" in owners and _at_clause_start(text, seg.start, words[k][0])
            )
            if got is None:
                continue
            s, e = words[k][0], m.end()
            if not st.free(s, e):
                break
            name = " ".join(text[s:e].split())
            a = st.actor(kind, name, "group.collective")
            a.country = a.country or got[0]
            a.affiliation = a.affiliation or got[1]
            loc = _RX_GROUP_IN_PLACE.match(text, e, seg.end) if text.startswith(" in", e) else None
            if loc is not None and (ref := N.GAZ.get(loc.group(1))) is not None and (
                ref.kind in ("place", "country") and st.free(loc.start(1), loc.end(1))
            ):
                e = loc.end()  # "Cuban exiles in Miami say": where they are is part of the group
            st.claim(a, s, e)
            break


# "Cuban exiles in Miami", "Kenyan police in Nairobi": a known place right after a group's noun
_RX_GROUP_IN_PLACE = lazy(
    r"[ \xa0]+in[ \xa0]+((?:[A-Z][\w.-]*[ \xa0]){0,2}?[A-Z][\w.-]*?)\.?(?![\w'’-])"
)


_RX_ADMIN = lazy(r"[ \xa0]administration(?![\w-])")
_RX_PART_OF = rx_compile(
    r",[ \xa0]+(?:a|an|the)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?(?:division|unit|subsidiary|agency|arm|"
    r"branch|affiliate|component|wing|bureau|offshoot|department|office)[ \xa0]+(?:of|within|at)[ \xa0]"
)
_RX_ADMIN_OF = lazy(r"[ \xa0]+(?:of|at|for)[ \xa0]")
_RX_TOWN = lazy(rf"[{N.UPPER}][{N.LOWER}]{{2,}}(?:-[{N.UPPER}][{N.LOWER}]{{2,}})?")


def _administrations(st: _Doc, body: list[_Seg]) -> None:
    """"the Reagan administration" is the government of that leader's country (the gold files'
    convention): the surname of a person the text names with a leader's title or none (never
    another title: "Gov. Roe" heads a state); the country is
    theirs, or the United States when none is given ("administration" for a government is
    American usage)."""
    text = st.text
    if text.find(" administration") < 0:
        return
    people: _AdminPeople | None = None  # (built on the first "X administration")
    for seg in body:
        for m in _RX_ADMIN.finditer(text, seg.start, seg.end):
            prev = _RX_PREV_CAP.search(text, max(seg.start, m.start() - 30), m.start() + 1)
            if not prev:
                continue
            w = prev.group(1)
            # not "the Roe administration of the school": a school's or firm's management
            untitled_ok = _RX_ADMIN_OF.match(text, m.end()) is None
            if people is None:
                people = _AdminPeople(st.persons)
            holder = people.holder(w, untitled_ok)
            s, e = prev.start(1), m.end()
            if not st.free(s, e):
                continue
            if holder is not None:
                key = holder.country or "United States"
            elif w in N.COUNTRY_REFS and N.COUNTRY_REFS[w].form in ("demonym", "form", "name"):
                key = N.COUNTRY_REFS[w].key  # "the Kenyan administration"
            elif untitled_ok and _admin_surname(st, w, s, people.titled):
                # "the Mendes administration" with no Mendes named: a government still, never
                # the person; American usage, so the United States unless a person of that
                # name holds another title ("Gov. Roe": a state's)
                key = "United States"
            elif untitled_ok and w in people.titled:
                # "Gov. Ann Roe … the Roe administration": her government, not her
                st.claim(st.actor("organization", f"{w} administration", "org.administration"), s, e)
                continue
            else:
                continue
            a = st.actor("country", key, "country.administration")
            st.claim(a, s, e)


# "the U.S. military", "the Kenyan armed forces": a country's forces, an organisation of that
# country (the gold files name them apart from the country); not when "military" only modifies
# a noun after it ("U.S. military aid", "Thai military officials": the noun is the actor).
_RX_MILITARY = lazy(
    r"((?:[A-Z][\w.’'-]*[ \xa0]){0,2}[A-Z][\w.’'-]*)[ \xa0]+(military|armed[ \xa0]forces)(?![\w-])"
)
_RX_BARE_MILITARY = lazy(r"(?<![\w-])the[ \xa0]+(military)(?![\w-])")
_RX_NEXT_WORD = lazy(r"[ \xa0]+([a-z]+)")
_MIL_NOUNS = frozenset(rules.entries("military_modified_nouns"))


def _militaries(st: _Doc, body: list[_Seg]) -> None:
    """"the U.S. military is searching", "the Kenyan armed forces said": the country's forces
    as one organisation ("U.S. military", country United States), not the country; a later
    bare "the military" joins it when the text names one such force."""
    text = st.text
    made: list[_Actor] = []
    for seg in body:
        if text.find(" military", seg.start, seg.end) < 0 and (
            text.find(" armed", seg.start, seg.end) < 0
        ):
            continue  # (most sentences of the text: no force named)
        for m in _RX_MILITARY.finditer(text, seg.start, seg.end):
            words = m.group(1).split()
            nxt = _RX_NEXT_WORD.match(text, m.end())
            if nxt is not None and nxt.group(1) in _MIL_NOUNS:
                continue  # "U.S. military aid": an adjective
            for k in range(len(words)):
                form = " ".join(words[k:])
                ref = N.COUNTRY_REFS.get(form)
                if ref is not None and ref.form in ("demonym", "form", "name"):
                    break
            else:
                continue
            s = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
            s = text.find(words[k], s)  # (the words were split on any space)
            e = m.end()
            if s < 0 or not st.free(s, e) or (
                s > seg.start and (text[s - 1].isalnum() or text[s - 1] in "-’'")
            ):
                continue
            name = f"{form} {' '.join(m.group(2).split())}"
            a = st.actor("organization", name, "org.military")
            a.country = a.country or ref.key
            st.claim(a, s, e)
            if all(o is not a for o in made):
                made.append(a)
    if len(made) != 1:
        return
    for m in _RX_BARE_MILITARY.finditer(text):
        nxt = _RX_NEXT_WORD.match(text, m.end())
        if nxt is not None and nxt.group(1) in _MIL_NOUNS:
            continue
        if st.free(m.start(1), m.end(1)):
            st.claim(made[0], m.start(1), m.end(1))


# "Harlan County", "Loudon county" (transcripts lower-case it): a county the lists do not know
_RX_COUNTY = lazy(
    r"(?<![\w’'-])((?:[A-Z][a-z]+[ \xa0]){0,2}?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \xa0]+([Cc]ounty)"
    r"(?![\w-])"
)


_RX_CAP_AFTER = lazy(r"[ \xa0]+[A-Z]")


def _counties(st: _Doc, body: list[_Seg]) -> None:
    """"Harlan County officials said", "land in Loudon county": a capitalised name before
    County (or a lower-case "county", as transcripts write it) is a place, "X County", when no
    other rule took the words (an organisation's name such as "Harlan County Board" did)."""
    text = st.text
    for seg in body:
        if text.find("ounty", seg.start, seg.end) < 0:
            continue  # (most sentences: no county)
        for m in _RX_COUNTY.finditer(text, seg.start, seg.end):
            words = m.group(1).split()
            while words and (
                words[0] in N.NOT_NAMES or words[0] in _FUNCTION_WORDS
                or words[0] in N.PARTY_LABELS or words[0] in N.TITLE_CANON
                or (words[0] is words[-1] and m.start(1) == seg.start and st.is_lower_word(words[0]))
            ):
                words.pop(0)  # "The county", "Democratic county chairman", "Each county"
            if not words or any(w in N.MONTHS_DAYS for w in words):
                continue
            s = m.end(1) - len(words[-1]) if len(words) == 1 else text.find(words[0], m.start(1))
            e = m.end()
            if not st.free(s, e) or _RX_CAP_AFTER.match(text, e):
                continue  # "Harlan County Board", "Harlan County District Attorney X": a name's part
            a = st.actor("place", f"{' '.join(words)} County", "place.county")
            st.claim(a, s, e)


class _AdminPeople:
    """_administrations' questions about the people, from one pass over them (they do not
    change there): asking every person for each "X administration" was a square (issue 8)."""

    def __init__(self, persons: list[_Actor]) -> None:
        self.persons = persons
        self.leader: dict[str, int] = {}  # surname -> first holder with a leader's title
        self.untitled: dict[str, int] = {}  # surname -> first holder with no title
        self.titled: set[str] = set()  # every token of a person with a title
        for k, p in enumerate(persons):
            if p.title:
                self.titled.update(p.tokens)
            if p.mentions and p.tokens:
                if not p.title:
                    self.untitled.setdefault(p.tokens[-1], k)
                elif p.title.lower() in N.LEADER_TITLES:
                    self.leader.setdefault(p.tokens[-1], k)

    def holder(self, w: str, untitled_ok: bool) -> _Actor | None:
        """The first person with surname w and a leader's title, or no title when
        untitled_ok ("Barack Obama … the Obama administration")."""
        ks = [self.leader.get(w, -1), self.untitled.get(w, -1) if untitled_ok else -1]
        ks = [k for k in ks if k >= 0]
        return self.persons[min(ks)] if ks else None


def _admin_surname(st: _Doc, w: str, s: int, titled: set[str]) -> bool:
    """Whether `w` before "administration" is a leader's surname the text leaves untitled: a
    capitalised word that is no common word, function word or known name of something else,
    not a person's token under a non-leader title, and not the sentence's first word."""
    if w in _FUNCTION_WORDS or w in N.NOT_NAMES or w in N.GAZ or w in N.TITLE_CANON:
        return False
    if not w[1:].islower() or not w.isalpha() or st.is_lower_word(w):
        return False
    if w in titled:  # (any(w in p.tokens and p.title for p in st.persons))
        return False  # "Gov. Ann Roe … the Roe administration": a state's, left as it is
    return not _RX_SENT_EDGE.search(st.text, max(0, s - 6), s)


def _group_owner(
    st: _Doc, owner: str, owners: frozenset[str], at_start: bool = False
) -> tuple[str | None, str | None] | None:
    """(country, affiliation) of a collective's owner ("Tanzanian", "E.U.", "Republican",
    "Miami", a person's surname), when it is of a type the noun accepts; else None. A town
    the lists do not know opening a sentence ("Riot police") needs another mention inside one."""
    ref = N.GAZ.get(owner)
    if ref is not None:
        if ref.kind not in owners and not (ref.kind == "group" and "organization" in owners):
            return None
        if ref.kind == "country":
            return ref.key, None
        return None, (None if ref.kind == "place" else ref.key)
    if owner in N.PARTY_LABELS:
        if "party" not in owners:
            return None
        for form in (owner + " Party", owner + "s", owner.removesuffix("ic") + "s"):
            if form in N.GAZ:
                return None, N.GAZ[form].key
        return None, None
    if "person" in owners:
        p = st.owner_people().get(owner)
        if p is not None:
            return None, p.name
    if "organization" in owners:
        org = st.actors.get(("other", owner.lower()))
        if org is not None and org.kind == "organization" and org.mentions:
            return None, org.name
    if "town" in owners and _RX_TOWN.fullmatch(owner) and not (
        at_start and not st.after_lower(owner)
    ) and not (
        owner in N.NOT_NAMES or owner in N.MONTHS_DAYS or owner in N.PARTY_LABELS
        or st.is_lower_word(owner) or ("person", owner.lower()) in st.actors
        or owner in st.surnames()
    ):
        return None, None  # "Tulsa police": a town the lists do not know
    return None


# Each country's own name and short forms ("Russia", "Russian Federation"; not "Moscow" or "the
# Russians"): the forms that name the state itself.
_NAME_FORMS: dict[str, frozenset[str]] = {}
for _form, _ref in N.COUNTRY_REFS.items():
    if _ref.form in ("name", "form"):
        _NAME_FORMS[_ref.key] = _NAME_FORMS.get(_ref.key, frozenset()) | {_form}


def _absorb_former_states(st: _Doc) -> None:
    """In a text that names the Soviet Union, "Moscow" and "the Russians" are the Soviet Union."""
    for former, codes in N.ABSORBS.items():
        fa = st.actors.get(("other", former.lower()))
        if not fa:
            continue
        for code in codes:
            succ = N.CODE_NAME.get(code, "")
            sa = st.actors.get(("other", succ.lower()))
            if sa and any(st.text[m[0] : m[1]] in _NAME_FORMS.get(succ, ()) for m in sa.mentions):
                continue  # "Russia" written by name: the successor itself, beside its history
            sa = st.actors.pop(("other", succ.lower()), None)
            if sa:
                for span in sa.mentions:
                    fa.add(span, st.text[span[0] : span[1]])


_RX_ACRONYM = rx_compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")
_ACR_SKIP = frozenset(("of", "for", "and", "on", "the", "&", "to", "a", "an", "in", "at"))


def _acronym_forms(form: str) -> tuple[str, ...]:
    """The other ways of writing an institution's name as letters: "Harbour News Agency" →
    "HNA", "H.N.A."; "SEC" ↔ "S.E.C.". Papers use either without a bracketed definition."""
    if _RX_ACRONYM.fullmatch(form):
        if "." in form:
            return (form.replace(".", ""),)
        return (".".join(form) + ".",) if len(form) <= 4 else ()
    words = [w for w in form.split() if w not in _ACR_SKIP and w != "amp"]
    if len(words) > 2 and words[-1] in N.CORP_SUFFIXES:
        words.pop()  # "Harlow Brandt Weiss & Co." → "HBW": a firm's suffix has no letter
    if len(words) < 2 or len(words) > 6 or not all(w[:1].isupper() and w[1:2].islower()
                                                     for w in words):
        return ()
    acr = "".join(w[0] for w in words)
    dotted = ".".join(acr) + "."
    return (acr, dotted) if len(acr) in (3, 4) else (acr,) if len(acr) > 4 else ()


_ACRONYM_NOT_ORGS = frozenset(rules.entries("acronym_not_orgs"))
# (the look-behind after the first capital, so that re skips ahead by the charset)
_RX_ACR_WORD = lazy(r"[A-Z](?<![\w.&'’-].)[A-Z&]{1,5}(?![\w.&'’-])")
# An acronym as the subject of an intent: only an agent plans, vows or refuses ("NARAL plans
# to", "CPAC has decided to"); never "will"/"is" (a disease, a treaty or a measure is subject too).
_ACR_INTENT = (
    r"[ \xa0]+(?:(?:has|had|is|was)[ \xa0]+)?(?:plans|planned|planning|intends|intended|"
    r"vows|vowed|hopes|hoped|wants|wanted|aims|seeks|sought|threatens|threatened|decided|"
    r"refuses|refused|pledges|pledged|promises|promised)[ \xa0]+to(?![\w-])"
)
_RX_INTENT_AFTER = lazy(_ACR_INTENT)
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
_RX_WORDISH = rx_compile(r"[\w’'-]")
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


def _org_country(a: _Actor) -> str | None:
    """An organisation named after its country by a demonym or an abbreviation ("Iraqi Armed
    Forces", "US Central Command") belongs to it; a country's plain name may be a brand's."""
    if a.kind != "organization":
        return None
    first = a.name.split()[0]
    ref = N.COUNTRY_REFS.get(first)
    if ref and (ref.form == "demonym" or (ref.form == "form" and first.isupper())):
        return ref.key
    return None


def _canon_affiliation(aff: str | None) -> str | None:
    """A known body's dotted abbreviation as affiliation is written by its name ("U.N. envoy
    X": United Nations); an acronym said as a word stays ("FBI agent X": FBI)."""
    if aff is None or "." not in aff or not aff.replace(".", "").isupper():
        return aff
    ref = N.GAZ.get(aff)
    if ref is not None and ref.kind == "organization" and ref.key != aff:
        return ref.key
    return aff


_RX_KNIGHT_BEFORE = lazy(r"(?<![\w-])(?:Sir|Dame)[ \xa0]\Z")


def _dame_index(text: str) -> dict[str, list[int]]:
    """Where each word written after "Dame " begins (its run of non-space characters): the
    test "Dame <name>" in the text is then a look-up, not a scan per knighted person."""
    out: dict[str, list[int]] = {}
    for m in _RX_DAME_WORD.finditer(text):
        out.setdefault(m.group(1), []).append(m.start(1))
    return out


_RX_DAME_WORD = rx_compile(r"Dame (?=(\S+))")


def _knighted(st: _Doc, a: _Actor, dames: dict[str, list[int]]) -> None:
    """A knight's or dame's style is part of the name as British copy writes it, before the
    given name ("Sir John Egan", short form "Sir John"; never "Sir Egan"): the name and the
    mentions keep it, and "Sir" is no title. Not "Lord"/"Lady", which go with a surname or
    a place ("Lord Carrington")."""
    text = st.text
    toks = a.name.split()
    if len(toks) < 2 or a.name.startswith(("Sir ", "Dame ")):
        return
    knighted = False
    for i, (s, e) in enumerate(a.mentions):
        k = _RX_KNIGHT_BEFORE.search(text, max(0, s - 5), s)
        if k and text.startswith(toks[0], s):
            knighted = True
            a.mentions[i] = (k.start(), e)
            a.forms.setdefault(" ".join(text[k.start() : e].split()), None)
    if knighted:
        style = "Dame" if any(  # ("Dame <name>" in the text, found by its first word)
            text.startswith(a.name, i) for i in dames.get(toks[0], ())
        ) else "Sir"
        a.name = f"{style} {a.name}"
        a.seen = set(a.mentions)
        if a.title in ("Sir", "Dame"):
            a.title = None


def _suffixed_company(name: str, key: str) -> bool:
    """A well-known company the text names in full with its suffix ("General Motors Corp.",
    then "GM Chairman X"): the acronym is a short form of that name, as for a local firm."""
    return key in N.COMPANY_ORGS and name.startswith(key + " ") and (
        name[len(key) + 1 :] in N.CORP_SUFFIXES
    )


def _parent_body(name: str) -> str | None:
    """The body an organ belongs to when its name opens with the body's ("United Nations
    Security Council", "EU Commission"): the rest must hold an institutional head word."""
    ref = N.GAZ.get(name)
    key = ref.key if ref is not None and ref.kind == "organization" else name
    for full in dict.fromkeys((key, name)):
        words = full.split()
        for k in (1, 2):
            parent = N.PARENT_BODIES.get(" ".join(words[:k])) if len(words) > k else None
            if parent is not None and not _ORG_HEAD_WORDS.isdisjoint(words[k:]):
                return parent
    return None


def _finish(st: _Doc) -> list[Actor]:
    out: list[Actor] = []
    seen: set[int] = set()
    # an affiliation written as an organisation's short form ("INS director X", "GM Chairman
    # X") is that organisation, named as the text spells it out elsewhere
    full: dict[str, str | None] = {}
    for o in st.actors.values():
        if o.kind == "organization" and o.mentions and o.name in o.forms:
            # (only a name the text spells out: "FBI" alone stays "FBI")
            for f in o.forms:
                if len(f) < len(o.name) and not (
                    f.isupper() and f in N.GAZ and N.GAZ[f].key not in N.SPELLED_OUT
                    and not _suffixed_company(o.name, N.GAZ[f].key)
                ):
                    # (a well-known acronym is how news names the body: "FBI", "NATO" stay)
                    full[f] = o.name if full.get(f, o.name) == o.name else None
    # "an analyst at Smith Barney, Harris Upham & Co.": the appositive stopped at the comma
    commas = [o.name for o in st.actors.values() if o.kind == "organization" and ", " in o.name
              and (" & " in o.name or " amp " in o.name)]
    by_lead: dict[str, list[str]] = {}  # the names by their part before the first comma
    for c in commas:
        by_lead.setdefault(c.split(", ", 1)[0], []).append(c)
    campaigns: list[tuple[int, str]] | None = None  # (mention start, name), sorted: on need
    knights = "Sir" in st.text or "Dame" in st.text
    dames: dict[str, list[int]] | None = None
    for a in st.actors.values():
        if id(a) in seen or not a.mentions:
            continue
        seen.add(id(a))
        if commas and a.affiliation and a.kind == "person":
            got = (
                [c for c in commas if c.startswith(a.affiliation + ", ")]
                if ", " in a.affiliation else by_lead.get(a.affiliation, [])
            )  # (a look-up per person, not a pass over the names: issue 8)
            if len(got) == 1:
                a.affiliation = got[0]
        if a.fallback is not None and not a.title:
            a.title = a.fallback[0]
            a.affiliation = a.affiliation or a.fallback[1]
            a.country = a.country or a.fallback[2]
        if a.affiliation == _THE_CAMPAIGN:
            # the campaign named last before the person ("The Roe campaign … Tom Berg, the
            # campaign's press secretary"), as a reader takes "the campaign"
            # (one sorted list of the campaigns' mentions, bisected per person: issue 8)
            first = min(a.mentions)[0]
            if campaigns is None:
                campaigns = sorted(
                    (sp[0], c.name) for c in st.actors.values() if c.name.endswith(" campaign")
                    for sp in c.mentions
                )
            i = bisect.bisect_left(campaigns, (first,))
            a.affiliation = campaigns[i - 1][1] if i else None
        if a.affiliation and a.kind == "person" and full.get(a.affiliation):
            a.affiliation = full[a.affiliation]
        if a.kind == "person" and knights:
            if dames is None:
                dames = _dame_index(st.text)
            _knighted(st, a, dames)
        if a.kind == "organization" and not a.affiliation:
            a.affiliation = _parent_body(a.name)
        aliases = tuple(f for f in a.forms if f != a.name)
        out.append(
            Actor(
                id=f"A{len(out) + 1}",
                name=a.name,
                kind=a.kind,
                title=a.title,
                affiliation=_canon_affiliation(a.affiliation),
                country=a.country or _org_country(a),
                aliases=aliases,
                mentions=tuple(sorted(a.mentions)),
                rule=a.rule,
            )
        )
    return out


# -- family groups and a place's police ("Roe's relatives in Miami", "Police said") -------------
_CHILD_NOUNS = "boy|girl|child|man|woman|victim|teenager|toddler|infant|baby|suspect|soldier"
_RX_KIN = lazy(
    r"(?<![\w-])(?:(?P<own>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)['’]s?"
    rf"|(?P<desc>[Tt]he[ \xa0](?:{_CHILD_NOUNS})['’]s|[Hh]is|[Hh]er)"
    r"|(?P<the>[Tt]he))"
    r"[ \xa0](?:(?P<pl>[A-Z][a-z]+)[ \xa0])?(?P<noun>relatives|family|kin)"
    r"(?:[ \xa0](?:in|from)[ \xa0](?P<pl2>[A-Z][a-z]+))?(?![\w-])"
)
_RX_KIN_OF = lazy(
    r"(?<![\w-])(?:[Rr]elatives|[Ff]amily)[ \xa0]of[ \xa0](?P<own>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)"
    r"(?![\w-])"
)


# The characters a _RX_KIN match is made of, and any other: a stretch of the first kind holds
# every match that overlaps it.
_RX_KIN_CHARS = lazy("[A-Za-z'’ \xa0]*")
_RX_KIN_BARRIER = lazy("[^A-Za-z'’ \xa0]")


def _kin_matches(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """_RX_KIN.finditer(text) and _RX_KIN_OF.finditer(text), from the places where their nouns
    are (str.find): both patterns tried at every capital and every t, h, r and f cost ~0.2 ms
    per 1,000 words. _RX_KIN is read only in the stretches of letters, spaces and apostrophes
    that hold " relatives", " family" or " kin" (a match holds one and no other character),
    each stretch once, its start found in the reversed text (linear however long it is);
    _RX_KIN_OF is matched where "[Rr]elatives" or "[Ff]amily" starts, left to right without
    overlaps, as finditer reads."""
    cands = []  # where _RX_KIN's noun may be
    heads = []  # where _RX_KIN_OF may start
    for noun, first in (("elatives", "Rr"), ("amily", "Ff"), ("kin", "")):
        i = text.find(noun)
        while i >= 0:
            if first:
                if i and text[i - 1] in first:
                    heads.append(i - 1)
                    if text[i - 1] == first[1] and i > 1 and text[i - 2] in " \xa0":
                        cands.append(i - 1)
            elif i and text[i - 1] in " \xa0":
                cands.append(i)
            i = text.find(noun, i + 1)
    out: list[re.Match[str]] = []
    if cands:
        n = len(text)
        rev = text[::-1]
        done = 0  # the text before this is read
        for q in sorted(cands):
            if q < done:
                continue
            # the last other character before q, at or after done: the first from n - q in rev
            bar = _RX_KIN_BARRIER.search(rev, n - q, n - done)
            start = n - bar.start() if bar is not None else done
            stretch = _RX_KIN_CHARS.match(text, q)  # (a starred class: always a match)
            end = stretch.end() if stretch is not None else q
            # one character more: the closing look-ahead sees what follows the stretch
            out.extend(_RX_KIN.finditer(text, start, end + 1))
            done = end
    of: list[re.Match[str]] = []
    done = 0
    for h in sorted(heads):
        if h >= done and (m := _RX_KIN_OF.match(text, h)) is not None:
            of.append(m)
            done = m.end()
    return out, of


def _kin_person(st: _Doc, name: str) -> _Actor | None:
    """The person a possessor or surname names: a token of a person with a full name."""
    toks = tuple(name.split())
    for p in st.persons:
        if p.mentions and len(p.tokens) > 1 and (
            p.tokens == toks or (len(toks) == 1 and toks[0] in (p.tokens[0], p.tokens[-1]))
        ):
            return p
    return None


def _kin_place(word: str | None) -> bool:
    ref = N.GAZ.get(word) if word else None
    return ref is not None and ref.kind in ("place", "country")


def _kin_groups(st: _Doc) -> None:
    """"Roe's relatives in Miami", "the Roe family", "relatives of Jane Roe": the family of a
    person the text names is one group actor; its later descriptions ("the boy's Miami
    relatives", "the Miami relatives", and "the family"/"the relatives" when the text has one
    such family) are its mentions. No named person, no family actor ("the family said")."""
    text = st.text
    kin, kin_of = _kin_matches(text)
    if not kin and not kin_of:
        return
    fams: list[tuple[_Actor, str | None]] = []
    later: list[tuple[int, int, str | None, bool]] = []
    hits = [(m, False) for m in kin]
    hits += [(m, True) for m in kin_of]
    hits.sort(key=lambda h: h[0].start())
    for m, of in hits:
        s, e = m.span()
        if of:
            owner, place, noun = m.group("own"), None, "relatives"
        else:
            owner, noun = m.group("own"), m.group("noun")
            place = m.group("pl") or m.group("pl2")
            if m.group("pl") and not _kin_place(m.group("pl")):
                if m.group("the") and noun == "family" and not m.group("pl2"):
                    owner, place = m.group("pl"), None  # "the Roe family"
                else:
                    continue
            if m.group("pl2") and not _kin_place(m.group("pl2")):
                place, e = m.group("pl"), m.end("noun")  # "in Court": no place
        if owner:
            p = _kin_person(st, owner)
            if p is None and " " in owner:  # "But Roe's relatives": the owner is the last word
                s += owner.rindex(" ") + 1
                p = _kin_person(st, owner.rsplit(" ", 1)[1])
            if p is None:
                continue
            fam = next((f for f, _ in fams if f.affiliation == p.name), None)
            if fam is None:
                name = " ".join(text[s:e].split())
                name = name[4:] if name[:4] in ("the ", "The ") else name
                fam = st.actor("group", name, "group.family")
                fam.affiliation = p.name
                fam.country = p.country
                fams.append((fam, place))
            fam.add((s, e), text[s:e])
            bisect.insort(st.taken, (s, e))
        else:
            later.append((s, e, place, bool(m.group("desc"))))
    if not fams:
        return
    for fam, place in fams:  # "Miami relatives", "Roe family" from the collectives pass: the same
        for other in st.actors.values():
            if other is fam or other.rule != "group.collective" or not other.mentions:
                continue
            last = other.name.rsplit(" ", 1)[-1]
            if last in ("relatives", "family") and (
                other.affiliation == fam.affiliation
                or (place is not None and other.name == f"{place} {last}")
            ):
                for sp in other.mentions:
                    fam.add(sp, text[sp[0]:sp[1]])
                other.mentions.clear()
    for s, e, place, desc in later:
        fits = [f for f, pl in fams if place is None or pl in (None, place)]
        if len(fits) == 1 and (place or desc or len(fams) == 1):
            fits[0].add((s, e), text[s:e])
            bisect.insort(st.taken, (s, e))


_RX_ROLE_FOR_TAIL = lazy(r",[ \xa0]+(?:(?:a|an|the)[ \xa0]+)?[a-z][a-z -]{1,40}?[ \xa0](?:for|of)[ \xa0]+\Z")


def _group_affiliations(st: _Doc) -> None:
    """"X, a spokesman for Roe's relatives in Miami,": a role held for a family group the text
    names gives that group as the person's affiliation (the possessor is no organisation)."""
    fams = [a for a in st.actors.values() if a.rule == "group.family" and a.mentions]
    if not fams:
        return
    text = st.text
    ends: dict[int, _Actor] = {}
    for a in st.actors.values():
        if a.kind == "person" and a.mentions and not a.affiliation:
            for _, pe in a.mentions:
                ends[pe] = a
    if not ends:
        return
    for fam in fams:
        for s, _ in fam.mentions:
            m = _RX_ROLE_FOR_TAIL.search(text, max(0, s - 50), s)
            who = ends.get(m.start()) if m else None
            if who is not None and not who.affiliation:
                who.affiliation = fam.name


_RX_POLICE_IN = lazy(r"[Pp](?<![\w-].)olice[ \xa0]in[ \xa0](?P<pl>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)")
_RX_POLICE_SAID = lazy(
    r"[Pp](?<![\w-].)(?:(?<=[Tt]he[ \xa0].)|(?<![\w'’][ \xa0].))olice(?=[ \xa0]+(?:[a-z]+ly[ \xa0]+)?"
    r"(?:said|say|says|told|reported|announced|confirmed|believe|believed|added)(?![\w-]))"
)


def _place_police(st: _Doc) -> None:
    """"police in Dayton" is the group "Dayton police"; a bare "police said" joins the one place's
    police the text names, else the dateline's place ("DAYTON, Ohio — Police said")."""
    text = st.text
    if "olice" not in text:
        return
    for m in _RX_POLICE_IN.finditer(text):
        pl = m.group("pl")
        s, e = m.span()
        if text.startswith(" and ", e):  # "police in Kenya and Tanzania": no one place
            continue
        ghost = st.actors.get(("person", pl.lower()))
        if ghost is not None and all(s <= ms and me <= e for ms, me in ghost.mentions):
            ghost.mentions.clear()  # "police in Dayton said": not a person "Dayton"
            ghost = None
        if not _kin_place(pl) and not (_RX_TOWN.fullmatch(pl) and not st.is_lower_word(pl)
                                       and ghost is None):
            continue
        ref = N.GAZ.get(pl)
        country = ref.key if ref is not None and ref.kind == "country" else None
        a = next((o for o in st.actors.values() if country and o.country == country
                  and o.name.endswith(" police") and o.mentions), None)  # "Kenyan police"
        if a is None:
            a = st.actor("organization", f"{pl} police", "group.place_police")
            a.country = a.country or country
        a.add((s, e), text[s:e])
        bisect.insort(st.taken, (s, e))
    bare = [m.span() for m in _RX_POLICE_SAID.finditer(text)]
    if not bare:
        return
    pols = [a for k, a in st.actors.items()
            if a.mentions and k[0] == "other" and k[1].endswith(" police")]
    if len(pols) > 1:
        return
    if not pols:
        dl = st.doc.article.dateline
        pl = dl.place if dl is not None else None
        if not pl:
            return
        pl = pl.split(",")[0].strip()
        if not pl or not pl[0].isupper():
            return
        a = st.actor("organization", f"{pl.title() if pl.isupper() else pl} police",
                     "group.place_police")
        ref = N.GAZ.get(pl)
        a.country = a.country or (ref.key if ref is not None and ref.kind == "country" else None)
        pols = [a]
    for s, e in bare:
        if st.free(s, e):
            pols[0].add((s, e), text[s:e])
            bisect.insort(st.taken, (s, e))


# -- unnamed groups that speak ("Police said", "according to investigators") -------------------
_SG = rules.load("speaker_groups")
_SG_STOP = frozenset(_SG["stop"])
_SG_NEEDS_FOR = frozenset(_SG["needs_complement"])
_SG_JOIN_ONLY = frozenset(_SG["join_only"])
_SG_FORMS = sorted({f for w in _SG["nouns"] for f in (w, w.capitalize())})
_RX_SG_TAIL = lazy(
    r"(?P<for>[ \xa0]+for[ \xa0]+[^,;:.\"“”()]{2,40}?)?"
    r"[ \xa0]+(?:(?:have|had|also|later|then|now|still)[ \xa0]+)?(?:"
    + trie_regex(sorted(_SG["verbs"])) + r")(?![\w-])"
)
_RX_MOD_BEFORE = lazy(r"(?<![\w'’-])([A-Za-z][a-z-]*)[ \xa0]+\Z")


_SG_FORM_SET = frozenset(_SG_FORMS)
_SG_LOWER = sorted({f.lower() for f in _SG_FORMS})


def _noun_hits(text: str) -> list[tuple[int, str]]:
    """Every whole-word occurrence of a speaker-group noun, in text order: one str.find loop a
    form (a regex over the nouns cost more than the rest of this pass together), each noun
    looked for once in the lower-cased text and kept where the text has one of its forms."""
    hits = []
    low = text.lower()
    if len(low) == len(text):
        for noun in _SG_LOWER:
            n = len(noun)
            i = low.find(noun)
            while i >= 0:
                if not (i and (text[i - 1].isalnum() or text[i - 1] in "-_'’")) and not (
                    _RX_WORD_CHAR.match(text, i + n)
                ) and (form := text[i : i + n]) in _SG_FORM_SET:
                    hits.append((i, form))
                i = low.find(noun, i + n)
        hits.sort()
        return hits
    for form in _SG_FORMS:  # lower-casing changed the offsets (rare scripts): form by form
        n = len(form)
        i = text.find(form)
        while i >= 0:
            if not (i and (text[i - 1].isalnum() or text[i - 1] in "-_'’")) and not (
                _RX_WORD_CHAR.match(text, i + n)
            ):
                hits.append((i, form))
            i = text.find(form, i + n)
    hits.sort()
    return hits


def _speaker_groups(st: _Doc, body: list[_Seg]) -> None:
    """"Police said", "Federal immigration officials say", "lawyers for the family said",
    "according to investigators": an unnamed group that speaks is a group actor (data:
    speaker_groups), one per head noun; spans another rule claimed keep their actor."""
    text = st.text
    nouns: dict[str, _Actor] = {}
    pols = [a for k, a in st.actors.items()
            if a.mentions and k[0] == "other" and k[1].endswith(" police")]
    if len(pols) == 1:
        nouns["police"] = pols[0]  # bare "police" is the one place's police the text names
    for s, form in _noun_hits(text):
        e = s + len(form)
        tail = _RX_SG_TAIL.match(text, e)
        if tail is None:
            continue
        noun = form.lower()
        if not text[s].islower() and not _at_clause_start_any(text, s):
            continue  # "Bayline Partners Police said": part of a capitalised name
        for _ in range(2):  # up to two lower-case modifiers: "federal immigration officials"
            mb = _RX_MOD_BEFORE.search(text, max(0, s - 25), s)
            if mb is None:
                break
            w = mb.group(1)
            cap = not w[0].islower()
            if w.lower() in _SG_STOP or w.endswith("ly") or (
                cap and not _at_clause_start_any(text, mb.start(1))
            ):
                break
            s = mb.start(1)
            if cap:
                break  # the sentence's first word: nothing before it
        if tail.group("for"):
            e = tail.end("for")
        elif noun in _SG_NEEDS_FOR:
            continue  # "custody lawyers say": a class of people, not a party's lawyers
        if not st.free(s, e):
            continue
        a = nouns.get(noun)
        if a is None and noun in _SG_JOIN_ONLY:
            continue  # "The police said nothing": no place's police to join
        if a is None:
            name = " ".join(text[s:e].split())
            a = nouns[noun] = st.actor("group", name[0].lower() + name[1:] if name[1:2].islower()
                                       else name, "group.speaker")
        st.claim(a, s, e)
    if "ccording to" in text:
        for i in [mm.start() for mm in re.finditer("ccording to", text)]:
            j = text.find(" ", i + 11)
            mm = _RX_SG_BARE.match(text, j + 1) if j >= 0 else None
            if mm is None:
                continue
            s, e = mm.span("noun")
            a = nouns.get(mm.group("noun").lower())
            if st.free(s, e) and a is not None:
                st.claim(a, s, e)


_RX_SG_BARE = lazy(
    r"(?:the[ \xa0]+)?(?P<noun>" + "|".join(sorted(_SG["nouns"], key=len, reverse=True))
    + r")(?![\w-])"
)


def _at_clause_start_any(text: str, s: int) -> bool:
    """A capitalised noun opens its sentence or quote ("Police said"), not a name's inside."""
    k = s - 1
    while k >= 0 and text[k] in " \xa0\"“'‘(`":
        k -= 1
    return k < 0 or text[k] in ".!?\n:;—-"
