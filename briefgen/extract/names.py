"""The lexicons behind actor extraction, compiled once: gazetteers as trie regexes, titles, heads.

Everything here is built at import from briefgen/data/*.json (countries, organizations, places,
titles, org_heads, names), so extract_actors() only runs precompiled regexes and dict look-ups.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from briefgen import rules
from briefgen.lazyre import at_build, lazy, trie_regex, word_trie
from briefgen.lazyre import compile as rx_compile
from briefgen.sentences import PLACE_ABBREVIATIONS

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"


@dataclass(frozen=True)
class Ref:
    """What a gazetteer surface form points at."""

    kind: str  # country | organization | group | place
    key: str  # canonical name
    form: str  # name | form | demonym | capital | alias | place
    ambiguous: bool = False
    code: str = ""


def _countries() -> tuple[dict[str, Ref], dict[str, list[str]], dict[str, str]]:
    refs: dict[str, Ref] = {}
    absorbs: dict[str, list[str]] = {}
    code_name: dict[str, str] = {}
    for e in rules.entries("countries"):
        amb = set(e.get("ambiguous", []))
        code_name[e["code"]] = e["name"]
        if e.get("absorbs"):
            absorbs[e["name"]] = e["absorbs"]
        groups = (
            ("name", [e["name"]]),
            ("form", e.get("forms", [])),
            ("demonym", e.get("demonyms", [])),
            ("capital", e.get("capitals", [])),
        )
        for form, surfaces in groups:
            for s in surfaces:
                refs.setdefault(s, Ref("country", e["name"], form, s in amb, e["code"]))
    return refs, absorbs, code_name


COUNTRY_REFS, ABSORBS, CODE_NAME = _countries()
ORG_REFS: dict[str, Ref] = {}
ORG_KIND: dict[str, str] = {}
for _e in rules.entries("organizations"):
    ORG_KIND[_e["name"]] = _e["kind"]
    for _s in [_e["name"], *_e.get("aliases", [])]:
        ORG_REFS.setdefault(_s, Ref(_e["kind"], _e["name"], "name" if _s == _e["name"] else "alias"))
# Business firms among them: a bare name listed with one is a company too.
COMPANY_ORGS: frozenset[str] = frozenset(
    _e["name"] for _e in rules.entries("organizations") if _e.get("company")
)
# Bodies whose full name, written out in the text, names a member's affiliation ("DNC chairman X")
SPELLED_OUT: frozenset[str] = frozenset(
    _e["name"] for _e in rules.entries("organizations") if _e.get("spelled_out")
)
# Platforms news mostly names as a medium ("posted on Twitter"): an actor only when it acts.
ORG_WHEN_ACTING: frozenset[str] = frozenset(
    _e["name"] for _e in rules.entries("organizations") if _e.get("when_acting")
)
PLACE_REFS: dict[str, Ref] = {}
for _e in rules.entries("places"):
    PLACE_REFS.setdefault(_e["name"], Ref("place", _e["name"], "place", bool(_e.get("ambiguous"))))

# Priority: organisations and groups, then countries, then places.
GAZ: dict[str, Ref] = {**PLACE_REFS, **COUNTRY_REFS, **ORG_REFS}
# Hyphens are boundaries on purpose: "US-Mexico", "Iran-backed", "Mexican-US" name countries.
_B = r"(?<![\w’'])"
_E = r"(?!\w|\.\w|['’](?!s(?!\w)))"  # "America's" names America


class TrieScanner:
    """finditer() for one big alternation of literals, without compiling it as a regex.

    Exactly what `re.compile(lookbehind + "(" + trie_regex(words) + ")" + _E, flags).finditer`
    finds (leftmost, then the longest literal whose end passes _E, no overlaps), but walking a
    dict trie at the few positions a cheap first-character pattern admits. Compiling the
    1,700-name gazetteer as a regex cost ~15 ms per pattern at every start of the CLI; building
    the trie costs ~2 ms. A space in a literal also matches a no-break space, as in trie_regex.
    """

    def __init__(
        self, words: list[str], flags: int = 0, lookbehind: str = "", prefix: int = 3
    ) -> None:
        self.flags = flags
        self.root: dict[str, Any] = word_trie(words)
        # Where a match can start: the first `prefix` characters of some literal (a small trie
        # regex, quick to compile, that leaves few false starts for the Python walk).
        # Literals that start in lower case ("the Emirates", "al-Qaeda") take a longer prefix:
        # "the " and "al " are everywhere.
        # Case-sensitive scans find the few literals that start in lower case by str.find
        # instead: in the regex their first letters (a, m, t) made it stop at a fifth of all
        # positions. Each such prefix is written with every mix of space and no-break space.
        low = sorted({w[: 2 * prefix] for w in words if w[0].islower()})
        if flags or lookbehind or any(p.count(" ") > 2 for p in low) or all(
            w[0].islower() for w in words
        ):
            low = []
        self.low: tuple[str, ...] = tuple(
            v for p in low for v in _space_variants(p)
        )
        self._low_at: tuple[str, list[tuple[int, int]]] | None = None
        kept = [w for w in words if not (self.low and w[0].islower())]
        starts = trie_regex(sorted({w[: prefix * (1 + w[0].islower())] for w in kept}))
        self.first = rx_compile(lookbehind + "(?:" + starts + ")", flags)
        self.end_ok = rx_compile(_E, flags).match
        # Case-sensitive and no literal with a no-break space: at most one way down the trie.
        self.simple = not flags and not any("\xa0" in w for w in words)
        # per node: text character → the children it can enter, in the regex's (sorted) order
        self.moves: dict[int, dict[str, tuple[dict[str, Any], ...]]] = {}

    def _children(self, node: dict[str, Any], ch: str) -> tuple[dict[str, Any], ...]:
        """The children of `node` that text character `ch` can enter, in the regex's order."""
        if not self.flags:  # case-sensitive: the literal itself; a space also takes a no-break
            if ch == "\xa0":
                return tuple(n for n in (node.get(" "), node.get(ch)) if n is not None)
            child = node.get(ch)
            return (child,) if child is not None else ()
        moves = self.moves.setdefault(id(node), {})
        got = moves.get(ch)
        if got is None:
            got = tuple(
                child for c, child in sorted(node.items()) if c and _char_matches(c, ch, self.flags)
            )
            if len(moves) < 256:  # bounded: odd scripts in one text must not grow it forever
                moves[ch] = got
        return got

    def _longest(self, text: str, node: dict[str, Any], i: int, endpos: int) -> int:
        """End of the match from trie `node` at text[i], or -1 — the regex's backtracking order:
        deeper first, then this node's own end if _E holds there."""
        if i < endpos:
            for child in self._children(node, text[i]):
                e = self._longest(text, child, i + 1, endpos)
                if e >= 0:
                    return e
        if "" in node and self.end_ok(text, i, endpos):
            return i
        return -1

    def _walk(self, text: str, s: int, endpos: int) -> int:
        """_longest for a simple trie: follow the one path down, then try its ends, longest
        first."""
        node: dict[str, Any] | None = self.root
        ends = []
        i = s
        while i < endpos:
            ch = text[i]
            node = node.get(" " if ch == "\xa0" else ch)  # type: ignore[union-attr]
            if node is None:
                break
            i += 1
            if "" in node:
                ends.append(i)
        end_ok = self.end_ok
        for e in reversed(ends):
            if end_ok(text, e, endpos):
                return e
        return -1

    def _low_starts(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every lower-case prefix in the text, sorted: found once per text (the
        last text's are kept: a document's segments are scanned one after another)."""
        got = self._low_at
        if got is not None and got[0] is text:
            return got[1]
        hits = []
        for v in self.low:
            n = len(v)
            i = text.find(v)
            while i >= 0:
                hits.append((i, i + n))
                i = text.find(v, i + 1)
        hits.sort()
        self._low_at = (text, hits)
        return hits

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Span2]:
        """The (start, end) of every match in text[pos:endpos], left to right."""
        end = len(text) if endpos is None else min(endpos, len(text))
        out: list[Span2] = []
        root = self.root
        search = self.first.search
        walk = self._walk if self.simple else None
        lows = self._low_starts(text) if self.low else None
        k = 0
        if lows:
            k = bisect.bisect_left(lows, (pos, 0))
            if k == len(lows) or lows[k][0] >= end:
                lows = None  # none in this stretch (most)
        else:
            lows = None
        p = pos
        while p < end:
            m = search(text, p, end)
            if lows is not None:
                # the first lower-case prefix at or after p that fits before end, if earlier
                while k < len(lows) and lows[k][0] < p:
                    k += 1
                j = k
                while j < len(lows) and lows[j][1] > end and lows[j][0] < end:
                    j += 1
                if j < len(lows) and lows[j][0] < end and (m is None or lows[j][0] < m.start()):
                    s = lows[j][0]
                elif m is None:
                    break
                else:
                    s = m.start()
            elif m is None:
                break
            else:
                s = m.start()
            e = walk(text, s, end) if walk else self._longest(text, root, s, end)
            if e > s:
                out.append((s, e))
                p = e
            else:
                p = s + 1
        return out

    def finditer_spans(self, text: str, spans: list[Span2]) -> list[list[Span2]]:
        """[finditer(text, s, e) for s, e in spans], the loop inlined for a simple scanner: a
        document's sentences are scanned one after another, and a call per sentence cost more
        than the scan of most sentences."""
        if not self.simple:
            return [self.finditer(text, a, b) for a, b in spans]
        lows = self._low_starts(text) if self.low else None
        search, walk, n = self.first.search, self._walk, len(text)
        out: list[list[Span2]] = []
        for pos, end in spans:
            if lows:
                k = bisect.bisect_left(lows, (pos, 0))
                if k < len(lows) and lows[k][0] < min(end, n):
                    out.append(self.finditer(text, pos, end))  # a lower-case prefix here (rare)
                    continue
            end = min(end, n)
            got: list[Span2] = []
            p = pos
            while p < end:
                m = search(text, p, end)
                if m is None:
                    break
                s = m.start()
                e = walk(text, s, end)
                if e > s:
                    got.append((s, e))
                    p = e
                else:
                    p = s + 1
            out.append(got)
        return out


Span2 = tuple[int, int]


def _space_variants(p: str) -> list[str]:
    """p with each space written as a space or a no-break space (what trie_regex matches)."""
    out = [""]
    for ch in p:
        out = [o + c for o in out for c in ((" ", "\xa0") if ch == " " else (ch,))]
    return out
_CHAR_MATCH: dict[tuple[str, str, int], bool] = {}


def _char_matches(c: str, ch: str, flags: int) -> bool:
    """Whether the trie character c (a space: [ \xa0]) matches the text character ch under flags,
    decided by the regex engine itself so that case folding is exactly re's."""
    key = (c, ch, flags)
    got = _CHAR_MATCH.get(key)
    if got is None:
        got = bool(re.fullmatch("[ \xa0]" if c == " " else re.escape(c), ch, flags))
        if len(_CHAR_MATCH) < 65536:
            _CHAR_MATCH[key] = got
    return got


char_matches = _char_matches

# The first-character pattern lets the regex engine skip ahead to possible first letters; the
# word boundary before a hit is checked by the caller (boundary_ok).
GAZ_SCAN = TrieScanner(sorted(GAZ))
# In all-caps headlines and leads only names with lower-case letters are looked up (any case):
# an acronym there is indistinguishable from a shouted word ("WHO", "US").
_HAS_LOWER = lazy(f"[{LOWER}]")


def _fold() -> tuple[frozenset[str], dict[str, Ref]]:
    """GAZ_FOLD_FORMS (the names with a lower-case letter) and GAZ_FOLD (casefolded name →
    Ref, the first name in GAZ order winning)."""
    forms = frozenset(s for s in GAZ if _HAS_LOWER.search(s))
    fold: dict[str, Ref] = {}
    for s, r in GAZ.items():
        if s in forms:
            fold.setdefault(s.casefold(), r)
    return forms, fold


def __getattr__(name: str) -> Any:
    """GAZ_CI_SCAN, GAZ_FOLD and GAZ_FOLD_FORMS are built on first use (PEP 562): only texts
    with all-caps zones need them, and building them costs ~5 ms of every start."""
    if name in ("GAZ_FOLD_FORMS", "GAZ_FOLD"):
        forms, fold = _fold()
        globals().update(GAZ_FOLD_FORMS=forms, GAZ_FOLD=fold)
        return globals()[name]
    if name == "GAZ_CI_SCAN":
        scanner = TrieScanner(
            sorted(__getattr__("GAZ_FOLD_FORMS")), re.IGNORECASE, lookbehind=_B, prefix=2
        )
        globals()[name] = scanner
        return scanner
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# the all-caps scanner's start pattern in lazyre's code cache (`python -m briefgen.lazyre`)
at_build(lambda: __getattr__("GAZ_CI_SCAN"))


_titles = rules.load("titles")
TITLE_CANON: dict[str, str | None] = {}
TITLE_KIND: dict[str, str] = {}
LEADER_TITLES: set[str] = set()
# Styles that are also common words ("Father", "Cardinal", "Sister"): a person only with a full
# name after them ("Father Tom Roe"; not "Father Christmas", "Cardinal Health").
STYLE_TITLES: set[str] = set()
for _e in _titles["entries"]:
    for _f in _e["forms"]:
        TITLE_CANON.setdefault(_f, _e["title"])
        TITLE_KIND.setdefault(_f, _e["kind"])
        if _e.get("capital_only"):
            STYLE_TITLES.add(_f)
            continue  # "Father Tom Roe" is a style; "her father Tom Roe" is kin, not a title
        TITLE_CANON.setdefault(_f.lower(), _e["title"])
        TITLE_KIND.setdefault(_f.lower(), _e["kind"])
    if _e.get("leader") and _e["title"]:
        LEADER_TITLES.add(_e["title"].lower())
MODIFIERS: list[str] = _titles["modifiers"]
# A service before a rank or a name ("Marine Sgt. X", "former Navy SEAL X"): part of the title.
SERVICE_TITLES: frozenset[str] = frozenset(
    f for _e in _titles["entries"] if _e.get("service") for f in _e["forms"]
)
# Lower-case words between an owner and a role ("Roe campaign spokesman X"): owners that make one
# body with the name before them, and words that join the title.
ROLE_DOMAIN_OWNERS: frozenset[str] = frozenset(_titles["role_domains"]["owners"])
ROLE_DOMAIN_WORDS: frozenset[str] = frozenset(_titles["role_domains"]["words"]) | frozenset(
    w for o in ROLE_DOMAIN_OWNERS for w in o.split()
)
_title_forms = sorted(TITLE_CANON, key=len, reverse=True)
_TITLE_WORD = "(?:" + trie_regex([f for f in _title_forms]) + ")"
# Word alternations are written as tries (trie_regex): re tries a plain alternation's words one
# by one at every position it reaches, and these are reached after every capitalised word. Each
# word is followed by a space or hyphen in every pattern, so at most one can match: the order
# of the alternatives never mattered.
_MODS = "(?:" + trie_regex(sorted(MODIFIERS)) + ")"
# A portfolio title: one or two capitalised words before Minister/Secretary ("Energy Minister").
PORTFOLIO_HEADS = ("Minister", "Secretary", "Commissioner", "Representative")
# A head that begins a longer title form ("Secretary of State") is no portfolio's end there:
# "Republican Secretary of State X" holds the longer title, not "Republican Secretary".
_HEAD_TAILS = sorted(
    {f[len(h) :] for h in PORTFOLIO_HEADS for f in TITLE_CANON if f.startswith(h + " ")},
    key=len, reverse=True,
)
_SP = "[ \xa0]"
_NOT_LONGER = (
    "(?!" + "|".join("".join(_SP + re.escape(w) for w in t.split()) for t in _HEAD_TAILS)
    + "(?![\\w-]))"
    if _HEAD_TAILS else ""
)
_PORTFOLIO = (
    rf"(?:[{UPPER}][{LOWER}]+[ \xa0]){{1,2}}(?:{'|'.join(PORTFOLIO_HEADS)}){_NOT_LONGER}"
)
TITLE_UNIT = rf"(?:{_MODS}[ \xa0])*(?:{_PORTFOLIO}|{_TITLE_WORD})(?![\w-])"
# Units separated by spaces, written with TITLE_UNIT once (half the pattern to compile): every
# title form and modifier starts with a word character, and a unit ends before one, so a unit
# after the first needs its spaces, and the first cannot start with one.
TITLE_CHAIN_RE = rx_compile(rf"(?<![\w.-])(?![ \xa0])(?:[ \xa0]*{TITLE_UNIT})+")
TITLE_ANY_RE = rx_compile(rf"(?<![\w.-]){TITLE_UNIT}")
# The first word of every title form and portfolio head. A TITLE_CHAIN_RE match in a span holds
# one of them as a whole word (\w+ between non-word characters): a cheap test before the search.
TITLE_FIRST_WORDS = frozenset(
    [re.match(r"\w+", f).group() for f in TITLE_CANON] + list(PORTFOLIO_HEADS)  # type: ignore[union-attr]
)
ROLE_PLURAL_RE = rx_compile(rf"(?<![\w.-])(?:{_MODS}[ \xa0])*{_TITLE_WORD}s?(?![\w-])")

_heads = rules.load("org_heads")
ORG_HEADS: set[str] = {e["head"] for e in _heads["entries"]}
CORP_SUFFIXES: set[str] = set(_heads["corporate_suffixes"])

_names = rules.load("names")
PARTICLES: set[str] = set(_names["particles"])
REPORTING: set[str] = set(_names["reporting_verbs"])
NOT_NAMES: set[str] = set(_names["not_names"])
PARTY_LABELS: set[str] = set(_names["party_labels"])
# "Conservative economist X" opening a sentence: a belief, not a party (names.json says why)
IDEOLOGY_LABELS: frozenset[str] = frozenset(_names["ideology_labels"])
IDEOLOGY_ROLES: frozenset[str] = frozenset(_names["ideology_roles"])
# "the U.N. Security Council": the organ's parent body (names.json says why)
PARENT_BODIES: dict[str, str] = dict(_names["parent_bodies"])
KIN_NOUNS: frozenset[str] = frozenset(_names["kin_nouns"])
# "his great-uncle Lazaro Roe", "Jane Roe's paternal grandmother, Mariela,": a kin noun after a
# possessor (and at most one modifier), right before the name, with or without a comma.
KIN_BEFORE_RE = lazy(
    r"(?:(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Aa]nother|[Aa]|[Aa]n|[Tt]he)|['’]s)"
    r"[ \xa0]+(?:[a-z][\w-]*[ \xa0]+)?(?:"
    + trie_regex(sorted(KIN_NOUNS))
    + r")(,?)[ \xa0]+\Z"
)
# After a name: a legislator's party tag "(D-Ohio)", or an age ", 49,".
PARTY_TAG_AFTER_RE = lazy(r"[ \xa0]+\([DRI]-[A-Z]")
AGE_AFTER_RE = rx_compile(r",[ \xa0]+\d{1,3},")
PLACE_HEADS: set[str] = set(_names["place_heads"])
MONTHS_DAYS: set[str] = set(_names["months"]) | set(_names["days"])
DAYS: frozenset[str] = frozenset(_names["days"])
DAY_EVENTS: frozenset[str] = frozenset(_names["day_events"])
MONTHS: frozenset[str] = frozenset(_names["months"])
ORG_DESCRIPTORS: list[str] = _names["org_descriptors"]

_PART = "(?:" + trie_regex(sorted(PARTICLES)) + ")"
_HPRE = "(?:" + trie_regex(sorted(_names["hyphen_prefixes"])) + ")"
# A letter the text lost to a UTF-8 text read as Latin-1 and then recomposed ("PeÃ±a" written
# as "A", U+0303, "±"; twice over "FranÃ\x83Â§ois", with U+0302 for "Â"): the combining mark and
# the Latin-1 sign after it are part of the word. Tried only where a word's letters stop at
# U+0302/U+0303, so \w* keeps its fast path.
_MOJI = "(?:[\u0302\u0303][\u0080-\u00bf]\\w*)*"
# A capitalised run: name-like tokens joined by spaces, connectors and name particles. One scan
# of the text finds every run; people and institutions are then read off the runs.
# "(?:(?:[A-Z]\.){2,}|[A-Z](?:['’][A-Z])?\w*)...", with the first capital factored out so that
# re skips ahead to capitals (a charset prefix) instead of trying every position. Dotted initials
# may end in a last capital without its point, as some firms write their names ("B.A.T
# Industries").
_RTOK = (
    rf"[{UPPER}](?:\.(?:[{UPPER}]\.)+(?:[{UPPER}](?!\w))?|(?:['’][{UPPER}])?\w*{_MOJI})(?:-[\w]+)*"
    rf"(?:['’]s(?=[ \xa0][{UPPER}])|\.)?"
)
_RCONN_WORDS = [
    "of", "for", "on", "and", "the", "de", "du", "des", "la", "le", "al", "el", "y", "&", "bin",
    "ibn", "bint", "van", "von", "da", "der", "den", "di", "del", "della", "dos", "das", "ter",
    "ten", "zu", "arap", "amp",  # "amp": an ampersand whose "&amp;" lost its marks in conversion
]
_RCONN = "(?:" + trie_regex(sorted(_RCONN_WORDS)) + ")"
# "the Security Council on Friday": a weekday after "on" ends the run
# (and a month: "the Committee on Foreign Affairs on March 3")
_NOT_ON_DAY = (
    r"(?!on[ \xa0]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April"
    r"|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\."
    r"|Nov\.|Dec\.)(?!\w))"
)
# A run or name of more than _RUN_MAX words is no name (the longest in ~1,200 news texts has 19):
# re keeps a backtracking frame per repeat, ~140 bytes a character, so an unbounded repeat over a
# 1 MB line of capitalised words held 140 MB (issue 8). Longer runs are read in pieces.
_RUN_MAX = 63
RUN_RE = rx_compile(
    rf"{_RTOK}(?:[ \xa0]+{_NOT_ON_DAY}(?:{_RCONN}[ \xa0]+)*(?:{_HPRE}?{_RTOK}|[\"“]{_RTOK}(?:[ \xa0]{_RTOK})?[\"”])){{0,{_RUN_MAX}}}"
)
CONNECTORS = {"of", "for", "on", "and", "the", "&", "amp", "y"}
RUN_TOKEN_RE = rx_compile(r"[\"“][^\"”]*[\"”]|\S+")
BACKED_RE = lazy(r"-backed[ \xa0]+([a-z]+(?:[ \xa0][a-z]+)?s)\b")


def boundary_ok(text: str, s: int) -> bool:
    """Whether position s starts a word (not inside one, nor after an apostrophe)."""
    return s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "’'_")


# One capitalised name token: "al-Hakimi", "O'Brien", "Abdul-Karim", "bin-Rashid", an initial "J.".
# Initials may be chained ("J.L. Roe"); a short lower-case part after a hyphen is an East Asian
# given name ("Geun-hye", "Ki-moon"), unless it is a compound suffix ("Obama-led", "Ohio-born").
_HYPH_LOW = r"-(?!(?:led|run|era|born|like|made|held|type|wide|free|ish|bred)(?![\w-]))[a-z]{2,4}(?![\w-])"
NAME_TOK = (
    rf"(?:[{UPPER}]\.(?:[{UPPER}]\.)*(?=[ \xa0][{UPPER}\"“])"
    rf"|{_HPRE}?(?:[{UPPER}]['’])?[{UPPER}][\w]*{_MOJI}(?:-[{UPPER}][\w]*)*(?:{_HYPH_LOW})?)"
)
_NICK = rf"[\"“]{NAME_TOK}(?:[ \xa0]{NAME_TOK})?[\"”]"
PNAME = rf"{NAME_TOK}(?:[ \xa0]+(?:{_PART}[ \xa0]+)*(?:{NAME_TOK}|{_NICK}))*"
PNAME_RE = rx_compile(PNAME)
# A capitalised run that may be an institution's name: words joined by of/for/on/and/the/de.
_CONN_WORDS = ["of", "for", "on", "and", "the", "de", "du", "des", "la", "le", "al", "y", "&", "amp"]
_CONN = "(?:" + trie_regex(sorted(_CONN_WORDS)) + ")"
ORG_TOK = rf"(?:{_HPRE}?[{UPPER}0-9][\w.&’'-]*|[{UPPER}]\.)"
ORGRUN_RE = lazy(
    rf"(?<![\w’'-]){ORG_TOK}(?:[ \xa0]+{_NOT_ON_DAY}(?:{_CONN}[ \xa0]+)*{ORG_TOK}){{0,{_RUN_MAX}}}"
)
ACR_PRE_RE = lazy(
    rf"[\"“]?({ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|the|and|de|&)[ \xa0]+)*{ORG_TOK})*)[\"”]?[ \xa0]*$"
)
PRE_RE = rx_compile(
    rf"({ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|the|de)[ \xa0]+)*{ORG_TOK})*)"
    rf"(?:[ \xa0]*\(([{UPPER}][\w&.-]*)\))?(['’]s)?[ \xa0]+$"
)
REPORT_AFTER_RE = rx_compile(  # the verbs as a trie: it is tried after every name
    r"[ \xa0]+(?:has[ \xa0]+|had[ \xa0]+|have[ \xa0]+|also[ \xa0]+|then[ \xa0]+|later[ \xa0]+)?(?:"
    + trie_regex(sorted(REPORTING))
    + r")(?![\w-])"
)
REPORT_BEFORE_RE = rx_compile(
    r"(?<![\w-])(?:said|says|added|wrote|continued|argued|explained|warned|noted)[ \xa0]+$"
)
ACR_PAREN_RE = lazy(rf"\([ \xa0]*(?:the[ \xa0]+)?([{UPPER}][\w&.-]*[{UPPER}0-9])[ \xa0]*\)")
ORG_DESCRIPTOR_SET = set(ORG_DESCRIPTORS)
# descriptors that name a person's trade as often ("a broker based in Tampa") or a thing ("the
# Web, a worldwide network of pages") are left out
_APPOS_NOUNS = sorted(  # longest first; equal lengths alphabetically (the same text in every process)
    (set(ORG_DESCRIPTORS) - {"broker", "network"})
    | set(_names["appositive_org_nouns"]),
    key=lambda d: (-len(d), d),
)
# Shared by the two appositive patterns below: a modifier is no preposition or clause word, and
# the head is one of the institution nouns
_NOT_CLAUSE_WORD = r"(?!(?:of|at|for|in|on|with|to|and|or|who|that|which|whose)[ \xa0])"
_APPOS_NOUN_ALT = r"(?:" + "|".join(re.escape(d) for d in _APPOS_NOUNS) + r")"
# ", a super PAC that …" / ", a nonprofit group," after a name: up to three modifiers (no
# preposition or clause word among them), an institution's noun, then the appositive's end or a
# relative/participial clause ("a company spokeswoman": the noun modifies a role, no match)
APPOS_ORG_RE = rx_compile(
    # (or a possessive before the noun: ", Maine's largest newspaper,", ", the state's biggest
    # daily,")
    r",[ \xa0]+(?:a|an|the|(?:the[ \xa0]+)?(?:[A-Z][\w.-]*[ \xa0]){0,2}[\w.-]+['’]s|its)[ \xa0]+"
    r"(?:" + _NOT_CLAUSE_WORD + r"[\w-]+[ \xa0]+){0,3}?"
    + _APPOS_NOUN_ALT
    + r"(?=[ \xa0]*[,.;:)]|[ \xa0]+(?:that|which|whose|based|founded|formed|created|set|run|backed"
    r"|funded|financed|headed|led|he|she|they|it|in|with|of)(?![\w-]))"
)
POSS_ROLE_RE = rx_compile(
    rf"({ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|the|and)[ \xa0]+)*{ORG_TOK})*)['’]s[ \xa0]+(?:{_MODS}[ \xa0]+)*"
    rf"(?:head|chief|director|spokesman|spokeswoman|spokesperson|president|chairman|founder|"
    rf"chief executive|executive|economist|analyst|minister|leader|envoy|ambassador|adviser|"
    rf"advisor|official|representative|secretary|commander|manager|editor)(?![\w-])"
)
# Business contexts that make a capitalised name a company: "Ridgeford's stock", "shares of
# Ridgeford Energy". Both are matched at a known offset (a run's end, or a window ending at its
# start), never scanned for.
BUSINESS_NOUNS: list[str] = _names["business_nouns"]
# what a company's name adds to the person's name it was named after ("Tony Roe Co.", "Cie. de
# Lavalle"), besides its corporate suffix
FIRM_NAME_PARTS: frozenset[str] = frozenset(_names["firm_name_parts"])
# the words that open a European company's name ("Cie. Financiere de Harvaux", "Societe X")
COMPANY_FORMS_FIRST: frozenset[str] = frozenset(_names["company_forms_first"])
BIZ_AFTER_RE = rx_compile(
    r"['’]s[ \xa0]+(?:"
    + "|".join(re.escape(n).replace(r"\ ", "[ \xa0]+") for n in sorted(BUSINESS_NOUNS, key=len, reverse=True))
    # a percentage share ("Velmar's 7% share of the market", "Norvale's 55% stake"): people
    # hold shares and stakes too, but seldom written as a percentage of a market or a firm
    + r"|\d+(?:\.\d+)?%[ \xa0]+(?:share|stake|interest|holding))(?![\w-])"
)
BIZ_BEFORE_RE = lazy(r"(?<![\w-])(?:[Ss]hares|[Ss]tock)[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?\Z")


def _alt(words: list[str]) -> str:
    """Phrases as one alternation, longest first, any run of spaces between their words."""
    return "|".join(
        re.escape(w).replace(r"\ ", "[ \xa0]+") for w in sorted(words, key=len, reverse=True)
    )


# A bare name in a company's part of a business sentence (names.json 'business_*'): matched
# at a run's end ("Ridgeford shares rose", "Norvale posted a $5 million loss", "Velmar agreed
# to sell") or at a window's end before it ("a 10% stake in Norvale", "a unit of Delmont").
BIZ_SUBJECT_RE = lazy(
    r"[ \xa0]+(?:shares[ \xa0]+(?:" + _alt(_names["business_share_moves"]) + r")"
    r"|(?:posted|reported|had|recorded|took)[ \xa0]+(?:[a-z$0-9][\w$.,%-]*[ \xa0]+){0,4}?(?:"
    + _alt(_names["business_results"]) + r")"
    r"|(?:agreed|offered|plans|planned|intends|proposed|sought|seeks)[ \xa0]+to[ \xa0]+(?:"
    + _alt(_names["business_deals"]) + r"))(?![\w-])"
)
BIZ_OBJECT_RE = lazy(
    r"(?<![\w-])(?:" + _alt(_names["business_objects"]) + r")[ \xa0]+\Z"
)
# "Nashua strengthened its poison-pill plan", "Mobil is cutting back its exploration group": a
# bare name opening its sentence, a verb of a firm acting on its own business, then "its"
BIZ_ITS_RE = lazy(
    r"[ \xa0]+(?:(?:is|was|has|had|have|will|would|also)[ \xa0]+){0,2}(?:"
    + _alt(_names["business_its_verbs"])
    + r")(?:[ \xa0]+(?:back|up|down|off|out))?[ \xa0]+its(?![\w-])"
)
# A bare name as the subject of a corporate predicate (names.json 'business_corp_*'), matched at
# a run's end: "Globex cut 300 jobs", "Globex on Tuesday said it would close two plants",
# "Globex said its profit fell": a person speaks of himself as "he", a firm as "it".
_CORP_ADV = (
    r"(?:on[ \xa0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today"
    r"|also|last[ \xa0]+(?:week|month|year)|earlier[ \xa0]+this[ \xa0]+(?:week|month|year))"
)
_CORP_PRED = (
    r"(?:(?:would|will|could|may|might|also|is|was|has|had|plans[ \xa0]+to|planned[ \xa0]+to"
    r"|expects[ \xa0]+to|intends[ \xa0]+to|agreed[ \xa0]+to|be)[ \xa0]+){0,2}(?:"
    + _alt(_names["business_corp_verbs"])
    + r")[ \xa0]+(?:[a-z$0-9][\w$.,%-]*[ \xa0]+){0,5}?(?:"
    + _alt(_names["business_corp_objects"]) + r")(?![\w-])"
)
BIZ_CORP_RE = lazy(
    rf"[ \xa0]+(?:{_CORP_ADV}[ \xa0]+)?(?:(?:said|says|announced)[ \xa0]+(?:{_CORP_ADV}[ \xa0]+)?"
    rf"(?:that[ \xa0]+)?(?:it[ \xa0]+{_CORP_PRED}|its[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){{0,2}}?(?:"
    + _alt(_names["business_corp_its"])
    + rf")(?![\w-]))|{_CORP_PRED})"
)
# the first three letters of a word that BIZ_CORP_RE may open with (one slice and a set test)
BIZ_CORP_STARTS = frozenset(
    ["on ", "on\xa0", "yes", "tod", "als", "las", "ear", "sai", "say", "ann", "wou", "wil",
     "cou", "may", "mig", "is ", "was", "has", "had", "pla", "exp", "int", "agr", "be "]
    + [w[:3] for w in _names["business_corp_verbs"]]
)
# "its Harbor Foods unit", "Delmont's Harbor Foods unit", "an Ostrava affiliate": at a run's end
BIZ_UNIT_RE = lazy(r"[ \xa0]+(" + _alt(_names["business_units"]) + r")(?![\w-])")
BIZ_UNIT_OWNER_RE = lazy(r"(?<![\w-])(?:its|their|an?)[ \xa0]+\Z")
# the last four letters before the space before a name that BIZ_OBJECT_RE may end with, and
# the first three letters of a word after a name that BIZ_SUBJECT_RE / BIZ_UNIT_RE may open
# with: one slice and a set test per run, before any regex
BIZ_OBJECT_ENDS = frozenset(w[-4:] for w in _names["business_objects"])
# the same phrases by their last four letters, to test with str.endswith before any regex
BIZ_OBJECTS_BY_END: dict[str, tuple[str, ...]] = {
    end: tuple(w for w in _names["business_objects"] if w[-4:] == end) for end in BIZ_OBJECT_ENDS
}
BIZ_AFTER_STARTS = frozenset(
    ["sha", "pos", "rep", "had", "rec", "too", "agr", "off", "pla", "int", "pro", "sou", "see"]
    + [w[:3] for w in _names["business_units"]]
)

CAPS_ZONE_RE = rx_compile(  # the lookbehind after the first letter: re skips to capitals
    rf"[{UPPER}](?<![\w’'-].)[{UPPER}’'.&-]+(?:[ ,:;&-]+(?:[{UPPER}][{UPPER}’'.&-]*|[0-9]+)){{2,}}"
)
LOCATIVE_RE = lazy(
    r"(?:\b(?:in|at|to|from|near|outside|inside|across|around|via|into|of|visit|visited|"
    r"visiting|toward|towards|through)[ \xa0]+)(?:the[ \xa0]+)?$",
    re.IGNORECASE,
)
DATELINE_RE = lazy(
    rf"^[ \xa0]*[{UPPER}][{UPPER}.’' -]+(?:,[ \xa0]*[{UPPER}][\w.’' -]*)?,[ \xa0]*(?:[{UPPER}][a-z]{{2,8}}\.?[ \xa0]+\d{{1,2}}"
    r"(?:,[ \xa0]*\d{4})?)?[ \xa0]*(?:\([^)]{1,30}\)[ \xa0]*)?[-–—]+[ \xa0]*"
)
BYLINE_RE = lazy(rf"^[ \xa0]*By[ \xa0]+[{UPPER}]")

# Collective nouns after a capitalised owner: "Tanzanian police", "E.U. leaders", "the Roe
# campaign" (briefgen/data/group_nouns.json).
GROUP_NOUNS: dict[str, tuple[str, frozenset[str]]] = {
    n: (e["kind"], frozenset(e["owners"])) for e in rules.entries("group_nouns") for n in e["nouns"]
}
# (no lookbehind in front, so that re skips ahead by the nouns' first letters; the caller
# checks for the space before)
GROUP_NOUN_RE = rx_compile(r"(?:" + trie_regex(sorted(GROUP_NOUNS)) + r")(?![\w-])")
GROUP_OWNER_RE = lazy(rf"((?:[{UPPER}][\w.&’'-]*[ \xa0]+){{1,3}})\Z")

# Newspaper head words: "the Times", "the Seattle Post" are outlets (briefgen/data/outlet_heads.json).
OUTLET_HEADS: frozenset[str] = frozenset(e["head"] for e in rules.entries("outlet_heads"))

_given = rules.load("given_names")
# Given names that start a person's name with no other anchor ("Mary J. Holden", "Bruce
# Kellaway"); the ambiguous ones (also words, months, places, companies) need a second signal.
GIVEN: frozenset[str] = frozenset(n for e in _given["entries"] for n in e["names"])
GIVEN_AMBIGUOUS: frozenset[str] = frozenset(_given["ambiguous"]) | frozenset(
    n for n in GIVEN if n in GAZ
)
# Title words that are also given names ("Marine", "Amir"): a title only before a known given
# name or another title ("Marine John Roe", "Marine Lance Cpl. X"; not "Marine Le Pen").
GIVEN_TITLES: frozenset[str] = frozenset(w for w in TITLE_CANON if w in GIVEN)
NOT_PERSONS: frozenset[str] = frozenset(_given.get("not_persons", []))
# Common words that, capitalised at a sentence's or a headline's start, never name a person on
# their own ('Having said that', 'Keeps saying', 'Another notes'; briefgen/data/not_person_words.json).
NOT_PERSON_WORDS: frozenset[str] = frozenset(rules.entries("not_person_words"))
GIVEN_OPENERS: frozenset[str] = frozenset(rules.load("not_person_words")["given_name_openers"])
# After a given name, these make the sequence a thing named after a person ("Nobel Prize").
NOT_PERSON_HEADS: frozenset[str] = (
    frozenset(_given["not_person_heads"]) | ORG_HEADS | CORP_SUFFIXES | PLACE_HEADS
)

# What closes a "City, State" pair: a US state's name or abbreviation (the splitter's list of
# place abbreviations, also D.C. and Canadian provinces), or a country's name ("in Worcester,
# Mass., said", "from Sumter, South Carolina, says", "of Lyon, France,").
CITY_STATES: frozenset[str] = (
    frozenset(PLACE_ABBREVIATIONS)
    | frozenset(e["name"] for e in rules.entries("places") if e.get("type") == "us_state")
    | frozenset(s for s, r in COUNTRY_REFS.items() if r.form in ("name", "form"))
)
# Nouns right before / after a lone capitalised word that make it an organisation
# ("the tech news site X said", "X magazine said"; names.json 'lone_org_before/after').
LONE_ORG_BEFORE: frozenset[str] = frozenset(_names["lone_org_before"])
LONE_ORG_AFTER_RE = lazy(r"[ \xa0]+(?:" + _alt(_names["lone_org_after"]) + r")(?![\w-])")
CITY_STATE_AFTER_RE = lazy(
    r",[ \xa0]+(?:" + _alt(sorted(CITY_STATES)) + r")(?=[,;:)]|\.(?!\w)|[ \xa0]+[a-z]|[ \xa0]*\Z)"
)
# ", a Swahili daily owned by …", ", a small Ohio-based weekly catering to …",
# ", or Freedom, a daily,": an institution's noun heads the appositive after a lone word (up to
# four modifiers, no preposition or clause word among them; then the appositive's end or a
# clause or participle)
LONE_APPOS_ORG_RE = lazy(
    r",[ \xa0]+(?:or[ \xa0]+[^,]{1,30},[ \xa0]+)?(?:a|an|the)[ \xa0]+"
    r"(?:" + _NOT_CLAUSE_WORD + r"[\w.'’-]+[ \xa0]+){0,4}?"
    + _APPOS_NOUN_ALT
    + r"(?=[ \xa0]*[,.;:)]|[ \xa0]+(?:that|which|whose|owned|based|founded|catering|covering|known"
    r"|published|run|operated|backed|funded|in|of|with|for)(?![\w-]))"
)
