"""actors' per-document indexes answer as the full scans they replace (issue 8: no super-linear
work on long inputs).

_Doc.used_alone and _Doc.corp_form used to scan the whole text on every call, _org_prefixed and
four name checks walked every person found so far, and _FormScanner.finditer copied the tail of
the document's form starts for every segment. Each is checked here against that old full scan,
written out below, on long invented texts (above actors._INDEX_MIN, index forced on).
"""

from __future__ import annotations

import re

import pytest
from test_hostile_scaling import _set_actors

from briefgen.extract import names as N
from briefgen.extract.actors import extract_actors
from briefgen.extract.actors.links import _FIND_FORMS_MAX, _FormScanner
from briefgen.extract.actors.patterns import _RX_PREV_CAP
from briefgen.extract.actors.state import _INDEX_MIN, _Actor, _corp_anchors, _Doc
from briefgen.section import section

_FIRST = ["Grace", "Anna", "Boris", "Carla", "David", "Elena", "Frank", "Irene", "Jonas", "Maria"]
_LAST = ["Wolfe", "Marsh", "Keller", "Brandt", "Novak", "Reyes", "Sato", "Lind", "Okafor", "Price"]


def _long_text() -> str:
    """Names used alone, after a capitalised word, before a hyphen, inside longer words, with
    apostrophes; company names with every kind of suffix spacing; repeated to ~60 KB."""
    paras = []
    for k in range(120):
        first, last = _FIRST[k % 10], _LAST[(k * 3) % 10]
        other = _LAST[(k * 7 + 1) % 10]
        paras += [
            (
                f"{first} {last} said on Tuesday that the plan would cut costs. {other} agreed, "
                f"and Mr. {last} left. The {last}-led group met {first} {other}'s aide O'Brien."
            ),
            (
                f"Later {last}s and Mac{last} spoke; {last}_x is no name, nor {last}2. "
                f"Ab-Ab-Ab met Ab-Ab and al-Hakimi met Senator Quillon. The Xy-Xy-Xy team won. {last}"
            ),
            (
                f"{other} Steel Corp. and {last} Motors  Inc. said profits rose; {other} Bank\tLtd "
                f"and {last} Co., and X{other} Corp, and AB Co. and  {last} Corporation,x and Q R Q R Q Corp. were named."
            ),
        ]
    return "\n\n".join(paras)


# -- the old full scans, as they were ----------------------------------------------------------
def _used_alone_scan(text: str, word: str, skip: int) -> bool:
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (
            i != skip
            and N.boundary_ok(text, i)
            and not (j < len(text) and (text[j].isalnum() or text[j] == "-"))
            and not _RX_PREV_CAP.search(text, max(0, i - 30), i)
        ):
            return True
        i = text.find(word, j)
    return False


def _corp_form_scan(text: str, name: str) -> str | None:
    i = text.find(name + " ")
    while i >= 0:
        j = i + len(name) + 1
        w = text[j : j + 12].split(None, 1)
        if w and w[0].rstrip(",") in N.CORP_SUFFIXES:
            return name + " " + w[0].rstrip(",")
        i = text.find(name + " ", j)
    return None


@pytest.fixture
def indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index from the first look-up on, whatever the text's length."""
    _set_actors(monkeypatch, "_SCANS", 0)


def _doc(text: str) -> _Doc:
    return _Doc(section(text, None))


def test_used_alone_answers_as_the_full_scan(indexed: None) -> None:
    text = _long_text()
    assert len(text) > _INDEX_MIN
    words = sorted(set(re.findall(r"[\w’'-]+", text)) | {"Ab-Ab", "Ab", "Quill", "O'", "Xy-Xy", "Wolfe W"})
    st = _doc(text)
    checked = 0
    for w in words:
        starts = [m.start() for m in re.finditer(re.escape(w), text)][:3] + [-1, len(text)]
        for skip in starts:
            assert st.used_alone(w, skip) == _used_alone_scan(text, w, skip), (w, skip)
            checked += 1
    assert checked > 300
    assert st.word_at is not None  # the index did answer
    # both answers occur: a name used alone, and one only ever after a capitalised word
    assert st.used_alone("Okafor", -1) and not st.used_alone("Quillon", -1)
    # find's occurrences do not overlap: "Xy-Xy" of "Xy-Xy-Xy" at 3 is never looked at
    assert not st.used_alone("Xy-Xy", -1)


def test_corp_form_answers_as_the_full_scan(indexed: None) -> None:
    text = _long_text()
    names = sorted(
        {m.group() for m in re.finditer(r"[A-Z][\w']*", text)}
        | {f"{a} Steel" for a in _LAST} | {"AB", "B", "X", "Wolfe Motors", " ", "s", "Ab-Ab", "Q R Q"}
    )
    st = _doc(text)
    got = {n: st.corp_form(n) for n in names}
    assert got == {n: _corp_form_scan(text, n) for n in names}
    assert st.corp_at is not None
    assert got["Q R Q"] is None  # "Q R Q R Q Corp.": find skips the overlapping one
    assert got["AB"] == "AB Co." and got["Wolfe"] is not None and got["Marsh Steel"] is not None


def test_corp_anchors_find_every_place_a_suffix_follows() -> None:
    """Every j the scan accepts (a space before it, a suffix first in text[j:j + 12]) is an
    anchor, spaces, tabs and commas included."""
    text = _long_text()[:20_000] + " Co.  Inc.\t\tLtd,, PLC" + " " * 11 + "Corporation"
    anchors = sorted(a for v in _corp_anchors(text).values() for a in v)
    want = []
    for j in range(1, len(text)):
        if text[j - 1] == " ":
            w = text[j : j + 12].split(None, 1)
            if w and w[0].rstrip(",") in N.CORP_SUFFIXES:
                want.append((j, w[0].rstrip(",")))
    assert anchors == want and len(want) > 100


def test_person_token_follows_the_person_list() -> None:
    st = _doc(_long_text()[:2_000])
    words = ["Wolfe", "Anna", "Marsh", "Keller", "Jr."]
    for k, toks in enumerate([("Anna", "Wolfe"), ("Marsh",), (), ("Boris", "Keller", "Jr.")]):
        for w in words:
            assert st.person_token(w) == any(w in p.tokens for p in st.persons), (k, w)
        a = _Actor(" ".join(toks) or "x", "person", "person.test")
        a.tokens = toks
        st.persons.append(a)
    assert all(st.person_token(w) == any(w in p.tokens for p in st.persons) for w in words)


@pytest.mark.parametrize("n_forms", [12, 90])  # the str.find path and the trie walk (> 64 forms)
def test_form_scanner_segments_answer_as_the_alternation(n_forms: int) -> None:
    """finditer over each segment (starts by bisection, not the document's tail) equals the
    alternation its docstring spells out."""
    forms = [f"{f} {last}" for f in _FIRST for last in _LAST][: n_forms - 10] + _LAST
    text = _long_text()
    scan = _FormScanner(dict.fromkeys(forms, _Actor("x", "person", "t")), text)
    assert scan.walk == (n_forms > _FIND_FORMS_MAX)
    alt = "|".join(re.escape(f).replace(r"\ ", "[ \xa0]") for f in sorted(forms, key=len, reverse=True))
    rx = re.compile(r"(?<![\w’'-])(" + alt + r")(?![\w’'-]|\.\w)")
    bounds = [m.start() for m in re.finditer(r"\n\n|\. ", text)] + [len(text)]
    pos = total = 0
    for end in bounds:
        got = scan.finditer(pos, end, False)
        assert got == [m.span() for m in rx.finditer(text, pos, end)], (pos, end)
        total += len(got)
        pos = end
    assert total > 1_000


def test_long_article_actors_same_indexed_or_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole stage on a long text: identical with every look-up scanned or indexed."""
    doc = section(_long_text(), None)
    _set_actors(monkeypatch, "_INDEX_MIN", 10**9)
    scanned = repr(extract_actors(doc))
    _set_actors(monkeypatch, "_INDEX_MIN", 0)
    _set_actors(monkeypatch, "_SCANS", 0)
    assert repr(extract_actors(doc)) == scanned
