"""actors' speed devices (issue 8) find exactly what the scans they replace found.

Each device is checked against the code it replaced, written out here, on invented texts: the
gazetteer scanned for all segments in one call, short forms in all-caps segments by a lower-cased
trie, and the "the President" gate by a literal-first regex.
"""

from __future__ import annotations

import re

import pytest

from briefgen.extract import names as N
from briefgen.extract.actors import extract_actors, groups, roles
from briefgen.extract.actors.links import (
    _DESC_HEADS,
    _RX_FORM_END_OK,
    _RX_FORM_START_ANY,
    _desc_starts,
    _FormScanner,
)
from briefgen.extract.actors.organisations import (
    _MEDIA_AFTER,
    _MEDIA_HEADS,
    _MEDIA_WORDS,
    _RX_OUTLET_HEAD,
)
from briefgen.extract.actors.patterns import _TITLE_LAST_WORDS
from briefgen.extract.actors.state import _Actor, _Seg
from briefgen.extract.actors.titles import _TITLE_ENDS, _TITLE_ENDS3
from briefgen.section import section

TEXTS = [
    "Officials in the Emirates said al-Qaeda and al\xa0Qaeda cells had moved to mainland China.",
    "the\xa0Emirates and the United Arab Emirates; al-Shabaab, al-Shabab and Al-Qaeda.",
    "Talks in Paris, the U.S. and the United Kingdom's envoy in Washington-based NATO met.",
    "America's allies, US-Mexico trade and Iran-backed militias met the the Emirate. Japanese",
    "The President said the Kenyan leader and the Ministry met. the Association; The Fund for",
    "THE PRESIDENT OF FRANCE MET UNITED NATIONS ENVOYS. Mr. Osama bin Laden and Abu Roe said.",
    "Presidency, Presidential Palace, Prime Minister Ann Roe and Security Council members.",
    "",
]


def _spans(text: str) -> list[tuple[int, int]]:
    n = len(text)
    return [(a, b) for a in range(0, n + 1, 5) for b in range(a, n + 1, 9)]


@pytest.mark.parametrize("text", TEXTS)
def test_gazetteer_spans_scan_as_one_call_per_span(text: str) -> None:
    """TrieScanner.finditer_spans (one call for every segment) returns finditer's hits for each
    span, lower-case prefixes and no-break spaces included."""
    spans = _spans(text) + [(0, len(text)), (3, len(text) + 40)]
    want = [N.GAZ_SCAN.finditer(text, a, b) for a, b in spans]
    assert N.GAZ_SCAN.finditer_spans(text, spans) == want
    ci = N.GAZ_CI_SCAN  # not a simple scanner: span by span, as before
    assert ci.finditer_spans(text, spans[:20]) == [ci.finditer(text, a, b) for a, b in spans[:20]]


_FORMS = [
    ["Roe", "Ann Roe", "Acme", "Acme Corp.", "NATO", "US", "U.S.", "Harbor Radio"],
    ["Roe", "Roes", "Ro", "R. Roe", "Roe-Smith", "O'Brien", "Mac Roe"],
    [f"Name{k}" for k in range(80)] + ["Roe", "Ann Roe"],  # many forms: the trie-walk path
]
_CAPS = [
    "ANN ROE AND ACME CORP. SAID NATO AND THE US MET. ROES, ROE-SMITH, O'BRIEN, MAC ROE",
    "HARBOR RADIO'S ANN ROE; ROE.X; ROE'S; U.S.-LED; NAME12 NAME7X ro roe Roe R. ROE",
    "ACME\nCORP. ROE  ROE R.ROE ANN ROE-",
]


def _fold_reference(scan: _FormScanner, pos: int, endpos: int) -> list[tuple[int, int]]:
    """_finditer_fold's walk, whatever the text's script: every trie child re matches."""
    text, out, p = scan.text, [], pos
    while p < endpos:
        m = _RX_FORM_START_ANY.search(text, p, endpos)
        if m is None:
            break
        s = m.start()
        ends: list[int] = []
        scan._ends_fold(scan.root, s, endpos, ends)
        ends.sort()
        e = next((e for e in reversed(ends) if _RX_FORM_END_OK.match(text, e, endpos)), -1)
        if e > s:
            out.append((s, e))
            p = e
        else:
            p = s + 1
    return out


@pytest.mark.parametrize("forms", _FORMS)
@pytest.mark.parametrize("text", _CAPS)
def test_short_forms_in_capitals_by_lower_cased_trie(forms: list[str], text: str) -> None:
    """In an ASCII all-caps stretch, one walk of the lower-cased forms' trie finds what trying
    every case-insensitively matching trie child found."""
    actor = _Actor("x", "person", "test")
    scan = _FormScanner(dict.fromkeys(forms, actor), text)
    assert scan.regex is None and scan.forms_ascii
    for a, b in _spans(text) + [(0, len(text))]:
        assert scan._finditer_fold(a, b) == _fold_reference(scan, a, b), (a, b)


def test_short_forms_by_segment_as_before() -> None:
    """_FormScanner.finditer_segs: finditer's spans for every segment that has some."""
    text = "Ann Roe met Acme. ACME AND ROE SAID. Nobody here. Roe and Acme Corp. left; US too."
    actor = _Actor("x", "person", "test")
    segs = [_Seg(a, b, False) for a, b in [(0, 17), (18, 36), (37, 50), (51, len(text))]]
    for forms in _FORMS:
        scan = _FormScanner(dict.fromkeys(forms, actor), text)
        ref = _FormScanner(dict.fromkeys(forms, actor), text)
        want = []
        for seg in segs:
            caps = text[seg.start : seg.end].isupper()
            if found := ref.finditer(seg.start, seg.end, caps):
                want.append((seg, caps, found))
        got = [(seg, caps, found) for seg, caps, found in scan.finditer_segs(segs) if found]
        assert got == want


_OLD_DESC_START = re.compile(
    rf"[Tt](?<![\w-].)(?=he[ \xa0]+(?:[{N.UPPER}][\w]+[ \xa0]+)?(?:{_DESC_HEADS}))"
)


@pytest.mark.parametrize("text", TEXTS + [
    "The President; the Kenyan leader; Other the President; -the Bank; xthe Fund; The\xa0Council",
    "thethe President. The The President. tThe Ministry. The Prime Minister's",
])
def test_description_starts_as_the_first_letter_scan(text: str) -> None:
    """The literal-first regex finds every "the" that _DESC_RE can start at, as the scan that
    stopped at every "t" did."""
    assert _desc_starts(text) == [m.start() for m in _OLD_DESC_START.finditer(text)]


@pytest.mark.parametrize("text", [
    "Ann Roe told the Times. The Riverton Gazette said. Emily Post said; the Post wrote.",
    "Officials told the Riverton Herald on Monday. The Herald wrote that the plan failed.",
])
def test_outlet_gate_keeps_outlets(text: str) -> None:
    """The head-word gate lets every text with an outlet through to _outlets."""
    doc = section(text, None)
    assert _RX_OUTLET_HEAD.search(text)
    assert any(a.rule == "org.outlet" for a in extract_actors(doc))


def test_lower_cased_trie_on_random_capitals() -> None:
    """Seeded random ASCII all-caps stretches and forms (letters, points, apostrophes, hyphens,
    spaces): the lower-cased trie walk and the re-decided walk agree on every stretch."""
    import random

    rng = random.Random(8)
    alphabet = "ABRO .'-,"
    actor = _Actor("x", "person", "test")
    for _ in range(60):
        forms = {
            "".join(rng.choice("ABRObro.'- ") for _ in range(rng.randint(1, 5))).strip() or "AB"
            for _ in range(rng.randint(1, 6))
        }
        text = "".join(rng.choice(alphabet) for _ in range(60))
        scan = _FormScanner(dict.fromkeys(sorted(forms), actor), text)
        if scan.regex is not None:
            continue
        for a, b in [(0, 60), (5, 41), (17, 60), (0, 9)]:
            assert scan._finditer_fold(a, b) == _fold_reference(scan, a, b), (forms, text, a, b)


def test_gazetteer_spans_on_sentences() -> None:
    """finditer_spans over a document's own sentence spans, as the extractor calls it."""
    text = " ".join(TEXTS) * 3
    doc = section(text, None)
    spans = [s.span for s in doc.sentences]
    want = [N.GAZ_SCAN.finditer(text, a, b) for a, b in spans]
    assert N.GAZ_SCAN.finditer_spans(text, spans) == want


# Literal-first rewrites (the lookbehind after the first letter, so re skips to that letter):
# each finds exactly what the lookbehind-first pattern it replaced found.
_LITERAL_FIRST = [
    (
        "_RX_DESCRIBED_ROLE",
        (r"(?<![\w-])[Tt]he[ \xa0]+(?:(?:presumptive|likely|maverick|veteran)[ \xa0]+)?"
        r"([A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)[ \xa0]+((?:presidential[ \xa0]+)?"
        r"(?:nominee|candidate|front-?runner|senator|governor|congressman|congresswoman))(?![\w-])"),
    ),
    (
        "_RX_POLICE_IN",
        r"(?<![\w-])[Pp]olice[ \xa0]in[ \xa0](?P<pl>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)",
    ),
    (
        "_RX_POLICE_SAID",
        (r"(?<![\w-])(?:(?<=[Tt]he[ \xa0])|(?<![\w'’][ \xa0]))[Pp]olice(?=[ \xa0]+(?:[a-z]+ly[ \xa0]+)?"
        r"(?:said|say|says|told|reported|announced|confirmed|believe|believed|added)(?![\w-]))"),
    ),
]
_LF_MODULES = {"_RX_DESCRIBED_ROLE": roles, "_RX_POLICE_IN": groups, "_RX_POLICE_SAID": groups}
_LF_TEXTS = [
    ("The Texas senator said. the Republican nominee's view; Athe Ohio governor; "
    "the presumptive Democratic presidential nominee, other-the Iowa senator"),
    ("Police in Dayton said. police in New Haven; Xpolice in Rome; the police said; "
    "The police reported; Ann's police said; local police quickly said; -police said"),
    "Police said\nthe\xa0police told. The\xa0Ohio\xa0candidate won. The Kansas Cityx senator",
    "P", "the", "",
]


@pytest.mark.parametrize(("name", "old"), _LITERAL_FIRST)
def test_literal_first_patterns_as_before(name: str, old: str) -> None:
    new, ref = getattr(_LF_MODULES[name], name), re.compile(old)
    for text in _LF_TEXTS + [" ".join(_LF_TEXTS)]:
        for pos in range(0, len(text) + 1, 7):
            got = [(m.span(), m.groups()) for m in new.finditer(text, pos)]
            assert got == [(m.span(), m.groups()) for m in ref.finditer(text, pos)]


def test_medium_noun_gate_as_the_text_scan() -> None:
    """A medium's noun after a run is found by its first two letters, then the noun: the same
    runs as the old test against the nouns the text holds."""
    text = "The Ledger newspaper and Acme TV, the Star daily, Roe network; Bo news, Ed nearby"
    held = tuple(" " + w for w in _MEDIA_WORDS if " " + w in text)
    for i in range(len(text)):
        old = bool(held) and text.startswith(held, i)
        new = text[i + 1 : i + 3] in _MEDIA_HEADS and text.startswith(_MEDIA_AFTER, i)
        assert new == old


def test_title_word_pretest_by_three_letters() -> None:
    """The three letters before a run's space decide as the split of the word did: whenever the
    word before a run is a title's last word, the three-letter test lets it through."""
    words = sorted(_TITLE_LAST_WORDS) + ["said", "Mr", "the", "İstanbul", "co-host", "x"]
    for w in words:
        for lead in ("", " ", "the ", "(", "\u201c"):
            text = f"{lead}{w} Ann Roe"
            rs = text.index(" Ann") + 1
            words_before = text[max(0, rs - 40) : rs].rsplit(None, 1)
            is_title = bool(words_before) and words_before[-1].lower() in _TITLE_LAST_WORDS
            e3 = text[rs - 4 : rs - 1]
            passes = (
                e3.lower() in _TITLE_ENDS3 if e3.isalpha() and e3.isascii()
                else text[rs - 3 : rs - 1].lower() in _TITLE_ENDS
            )
            assert passes or not is_title, (w, lead)
