"""The speed shortcuts of the actors stage (issue 8) answer exactly as the slow forms they replace:
word alternations written as tries, the cheap tests run before a regex, the bounded searches.
Inputs are written here from general news phrasing."""

from __future__ import annotations

import re

import pytest

from briefgen.extract import names as N
from briefgen.extract.actors.groups import _RX_KIN, _RX_KIN_OF, _SG_FORMS, _kin_matches, _noun_hits
from briefgen.extract.actors.patterns import _RX_WORD_CHAR, _RX_WORDS
from briefgen.extract.actors.people import _REPORT_BEFORE_ENDS, _RX_LAST_BARRIER
from briefgen.extract.actors.state import _Doc, _looks_like_heading
from briefgen.model import Article, Document, Paragraph, Section, Sentence

WINDOWS = [  # text before a title chain, as PRE_RE sees it
    "In talks on Tuesday with the Foreign Ministry, while the European Union said its ",
    "In a meeting at the White House on Monday, Biden and the Japanese ",
    "A statement from the Bank of England (BoE) and its ",
    "The company said the Harbor Relief Fund’s ",
    "According to the \"Northern Trade Council\" ",
    "officials of the Ministry of Coastal Fisheries and Ports ",
    "the al-Rawda University and the ",
    "Speaking to reporters; the State Department ",
    "X ",
    "",
    "the U.S. Trade Representative’s office and the ",
    "Countered State Department\n",
    "the Acme Corp. (ACME) ",
    "and then the Prime Minister's ",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_pre_re_barrier_keeps_the_leftmost_match(window: str) -> None:
    text = window + "President Ann Ward said."
    end = len(window)
    full = N.PRE_RE.search(text[0:end])
    start = 0
    barrier = _RX_LAST_BARRIER.match(text, 0, end - 1)
    if barrier:
        start = barrier.end()
    fast = N.PRE_RE.search(text[start:end])
    assert (full and (full.start(1), full.groups())) == (fast and (start + fast.start(1), fast.groups()))


@pytest.mark.parametrize(
    "words, pattern",
    [
        (N.MODIFIERS, N._MODS),
        (sorted(N.PARTICLES), N._PART),
        (N._RCONN_WORDS, N._RCONN),
        (N._CONN_WORDS, N._CONN),
    ],
)
def test_trie_alternations_accept_exactly_their_words(words: list[str], pattern: str) -> None:
    rx = re.compile(pattern)
    for w in words:
        assert rx.fullmatch(w), w
        assert not rx.fullmatch(w + "x") or w + "x" in words
        assert not rx.fullmatch(w[:-1]) or w[:-1] in words


@pytest.mark.parametrize(
    "run",
    [
        "Kenyan Prime Minister Ann Ward",
        "Energy Minister Ann Ward",
        "Deputy Secretary-General Li Wen",
        "Lt. Gen. Omar Said",
        "Sen. Tom Vance",
        "Trade Representative Ann Ward",
        "Chief Justice John Roe",
        "President",
        "Acting Governor Ann Ward",
        "Ann Ward",
        "United States",
        "Presidential Palace",
        "Ministry of Finance",
    ],
)
def test_title_first_words_never_hide_a_chain(run: str) -> None:
    text = f"said {run} on Tuesday"
    s, e = 5, 5 + len(run)
    found = N.TITLE_CHAIN_RE.search(text, s, e)
    gate = not N.TITLE_FIRST_WORDS.isdisjoint(_RX_WORDS.findall(text, s, e))
    assert gate or not found


def doc_of(text: str) -> Document:
    span = (0, len(text))
    art = Article(headline=None, headline_span=None, sections=(Section(None, (span,)),))
    return Document(text, art, (Paragraph(span, 0),), (Sentence(span, 0),))


def test_is_lower_word_is_a_lower_case_word_of_the_text() -> None:
    text = "Analysts said the well-known Mark co-chairs met; mark-up and MARK, analysts’ view. Été"
    st = _Doc(doc_of(text))
    words = set(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", text))
    for w in ["Analysts", "Said", "The", "Mark", "Co", "Chairs", "Up", "Met", "View", "Été", "X"]:
        assert st.is_lower_word(w) == (w.lower() in words), w


@pytest.mark.parametrize(
    "line",
    [
        "Trade and jobs",
        "Trade and jobs.",
        "Trade and jobs:  ",
        "Why it matters\n",
        "“A quoted line”",
        "one two three four five six seven eight nine ten",
        "one two three four five six seven eight nine ten eleven",
        "",
        "   ",
    ],
)
def test_heading_test_matches_its_regex_form(line: str) -> None:
    old = len(re.findall(r"\S+", line)) <= 10 and not re.search(r"[.!?:;\"”’)]\s*$", line)
    assert _looks_like_heading(line, (0, len(line))) == old


SCAN_TEXTS = [  # gazetteer names at odd places: lower-case forms, no-break spaces, bounds
    "Officials in the Emirates said al-Qaeda and al\xa0Qaeda cells had moved to mainland China.",
    "the\xa0Emirates and the United Arab Emirates; al-Shabaab, al-Shabab and Al-Qaeda.",
    "the Em",
    "Talks in Paris, the U.S. and the United Kingdom's envoy in Washington-based NATO.",
    "America's allies, US-Mexico trade and Iran-backed militias met the the Emirate.",
    "",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_gazetteer_scanner_matches_its_regex(text: str) -> None:
    """TrieScanner (lower-case prefixes found by str.find) finds what the compiled alternation
    finds, over the whole text and over every slice bound."""
    words = sorted(N.GAZ)
    rx = re.compile("(?:" + N.trie_regex(words) + ")" + N._E)
    n = len(text)
    for pos, end in [(0, n)] + [(a, b) for a in range(0, n, 7) for b in range(a, n + 1, 11)]:
        want = [m.span() for m in rx.finditer(text, pos, end) if m.end() > m.start()]
        assert N.GAZ_SCAN.finditer(text, pos, end) == want, (pos, end)


NOUN_TEXTS = [
    "Police said protesters and Protesters' lawyers met. POLICE officers, SurVivors, survivors.",
    "survivorsurvivors; non-experts, experts-led, police_dept, «Witnesses» witnesses",
    "İstanbul police said investigators would wait.",  # lower-casing changes the length
]


@pytest.mark.parametrize("text", NOUN_TEXTS)
def test_noun_hits_match_form_by_form_search(text: str) -> None:
    want = []
    for form in _SG_FORMS:
        for m in re.finditer(re.escape(form), text):
            i = m.start()
            if not (i and (text[i - 1].isalnum() or text[i - 1] in "-_'’")) and not (
                _RX_WORD_CHAR.match(text, m.end())
            ):
                want.append((i, form))
    assert _noun_hits(text) == sorted(want)


KIN_TEXTS = [
    "Jane Roe's relatives in Miami said. The Roe family and his family; her kin from Ohio.",
    "The boy's Miami relatives-in-law, the relatives, Roe's family-run shop, the family2 firm.",
    "Ana Roe’s family in Court said the family from Tampa. making kin\xa0from Ohio asking",
    "relatives family kin",
    "x" * 50 + " Tom Roe's kin" + " said the family" * 40,
    "the Harlow family" + "ñ family",
    "relatives of Jane Roe, Family of Tom Kerr, family of Family of Ann Lee; Relatives of Bo",
    "the family of Roe-Lee and relatives\xa0of\xa0Ana Roe, nonfamily of Ann",
]


@pytest.mark.parametrize("text", KIN_TEXTS)
def test_kin_matches_are_the_patterns_matches(text: str) -> None:
    kin, kin_of = _kin_matches(text)
    assert [(m.span(), m.groupdict()) for m in kin] == [
        (m.span(), m.groupdict()) for m in _RX_KIN.finditer(text)
    ]
    assert [m.span() for m in kin_of] == [m.span() for m in _RX_KIN_OF.finditer(text)]


def test_a_role_phrase_with_a_title_has_a_title_first_word() -> None:
    """_appositive skips TITLE_ANY_RE when no word of the phrase is in TITLE_FIRST_WORDS: every
    title form (and a portfolio title) after modifiers and possessives still passes the gate."""
    forms = sorted(N.TITLE_CANON) + ["Energy Minister", "Trade Representative"]
    for form in forms:
        for phrase in (f"a former {form} of the group", f"Roe's {form}", f"the {form}-elect"):
            if N.TITLE_ANY_RE.search(phrase):
                assert not N.TITLE_FIRST_WORDS.isdisjoint(_RX_WORDS.findall(phrase)), phrase


def test_report_before_ends_cover_its_verbs() -> None:
    verbs = re.search(r"\(\?:([a-z|]+)\)", N.REPORT_BEFORE_RE.pattern)
    assert verbs is not None
    assert {v[-2:] for v in verbs.group(1).split("|")} <= _REPORT_BEFORE_ENDS
