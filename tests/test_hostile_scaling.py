"""Issue 8 audit (2026-11-27): hostile shapes that cost more than linear time or memory inside
one sentence or one long run, and a crash on a text ending in an inverted attribution.

Counts, not timings: each test counts the calls (or the run length) that made the cost
super-linear, so the suite stays deterministic on a loaded machine."""

from __future__ import annotations

import importlib
import pkgutil
import random
import tracemalloc
from types import ModuleType

import pytest

from briefgen import build_brief
from briefgen.extract import actors
from briefgen.extract import commitments as C
from briefgen.extract import names as N
from briefgen.extract.actors.merge import _RX_CHILD_AGE_AFTER


@pytest.mark.parametrize(
    "text",
    [
        "The deal is done, said Roe,",
        ",told 0,",
        "Talks resumed on Monday.\n\nThe deal is done, told Ann Roe,",
    ],
)
def test_text_ending_in_an_inverted_attribution_comma(text: str) -> None:
    # views._subject_right gave an empty appositive at len(text), then text[appos[0]] raised
    build_brief(text, "2024-04-15")


def test_a_run_of_capitalised_words_is_read_in_bounded_pieces() -> None:
    # one unbounded match over a 1 MB capitalised line held ~140 MB of backtracking frames
    run = "Very Important Ministry Of State Affairs " * 2_000
    m = N.RUN_RE.match(run)
    assert m is not None and len(m.group().split()) <= 64
    o = N.ORGRUN_RE.match(run)
    assert o is not None and len(o.group().split()) <= 64


def test_news_runs_are_far_below_the_bound() -> None:
    name = "Judge Ann B. Roe of the Harbor County Board of Appeals for the Fourth District"
    assert N.RUN_RE.match(name).group() == name  # type: ignore[union-attr]


def test_capitalised_megabyte_stays_small_in_memory() -> None:
    text = "Very Important Ministry Of State Affairs " * 8_000  # ~330 KB, one line
    build_brief(text[:3_000], "2024-04-15")  # lazy patterns compiled outside the measure
    tracemalloc.start()
    try:
        build_brief(text, "2024-04-15")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 25_000_000, peak  # was ~50 MB at this size (~150 bytes a character)


def _count(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls = [0]
    orig = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return orig(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


_ACTORS = actors.__name__  # the actors package: its modules' names start so


def _holders(package: ModuleType, name: str) -> list[ModuleType]:
    """The modules of a package (actors, commitments) that bind `name`: the one that defines it
    and each that imports it, all to the same object (patching one alone would miss the others'
    uses)."""
    mods = [package] + [
        importlib.import_module(f"{package.__name__}.{m.name}")
        for m in pkgutil.iter_modules(package.__path__)
    ]
    holders = [m for m in mods if name in vars(m)]
    assert holders and len({id(vars(m)[name]) for m in holders}) == 1, name
    return holders


def _actors_holders(name: str) -> list[ModuleType]:
    return _holders(actors, name)


def _count_in(monkeypatch: pytest.MonkeyPatch, package: ModuleType, name: str) -> list[int]:
    """_count of a package's function, its calls from every module of the package counted."""
    calls = [0]
    holders = _holders(package, name)
    orig = getattr(holders[0], name)

    def counted(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return orig(*args, **kwargs)

    for m in holders:
        monkeypatch.setattr(m, name, counted)
    return calls


def _count_actors(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """_count of an actors function, its calls from every module of the package counted."""
    return _count_in(monkeypatch, actors, name)


def _set_in(monkeypatch: pytest.MonkeyPatch, package: ModuleType, name: str, value: object) -> None:
    """monkeypatch.setattr of a package's name in every module of the package that binds it."""
    for m in _holders(package, name):
        monkeypatch.setattr(m, name, value)


def _set_actors(monkeypatch: pytest.MonkeyPatch, name: str, value: object) -> None:
    """monkeypatch.setattr of an actors name in every module of the package that binds it."""
    _set_in(monkeypatch, actors, name, value)


def test_a_sentence_of_cues_reads_a_bounded_number_of_subjects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each cue's subject search reads the sentence back to its start: 120 cues in one
    # 1,450-character sentence cost 40 ms per KB (quadratic in the sentence)
    calls = _count_in(monkeypatch, C, "_subject")  # sentence, nominals, instruments call it
    build_brief(("will try to " * 120).strip() + ".", "2024-04-15")
    assert calls[0] <= C.sentence._MAX_CUES


def test_news_sentences_hold_few_cues() -> None:
    text = (
        "The company said it will cut costs, plans to sell two units and has pledged to "
        "keep its dividend, while its rival vowed to fight the merger and promised to appeal."
    )
    assert len(C.find_cues(text, 0, len(text))) < C.sentence._MAX_CUES


def test_a_long_capitalised_title_run_is_no_title_of_a_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # _title_of_org tried every body of the run and read each whole: a run's square per title
    calls = _count_actors(monkeypatch, "_has_head")
    build_brief(("Minister of the Interior of the " * 45).strip() + ".", "2024-04-15")
    assert calls[0] < 2_000  # was ~90,000 for this one sentence


@pytest.mark.parametrize("cased", [False, True])
def test_repeated_head_words_are_gated_once_per_word(
    monkeypatch: pytest.MonkeyPatch, cased: bool
) -> None:
    # "Roe's Roe's …": each "’s" head searched the rest of the sentence for a needed word
    sent = ("Roe's " * 240).strip() + "."
    text = ("\u0130stanbul.\n\n" if cased else "") + sent  # "İ": the find_cues path
    searches = [0]
    orig = C.cues._head_gate

    class Counted:
        def __init__(self, p: object) -> None:
            self.p = p

        def search(self, *a: object) -> object:
            searches[0] += 1
            return self.p.search(*a)  # type: ignore[attr-defined]

    _set_in(monkeypatch, C, "_HEAD_GATE", {})
    _set_in(monkeypatch, C, "_head_gate", lambda w: (g := orig(w)) and Counted(g))
    build_brief(text, "2024-04-15")
    assert searches[0] <= 5  # was one per head: 240


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # golden rows: the memoised gate finds what the per-head gate found (HEAD 7f567dd)
        (
            "Roe's team is planning to sell, and Roe's aides said they're going to appeal.",
            ["is planning to", "re going to appeal"],
        ),
        (
            "He's going to stay; she's prepared to leave and it's due to close in May.",
            ["s going to stay", "s prepared to"],
        ),
        (
            "Roe's is Roe's, he's sure, and the firm's board is expected to approve it.",
            ["is expected to"],
        ),
    ],
)
def test_gate_memo_keeps_the_cues(sentence: str, cues: list[str]) -> None:
    heads = C.cues._doc_heads(sentence)
    assert [m.group() for m in C.cues._sentence_cues(heads, sentence, 0, len(sentence))] == cues
    assert [m.group() for m in C.find_cues(sentence, 0, len(sentence))] == cues



def _word_salad(n: int) -> str:
    """~n characters of news words in random order (seeded): names, titles, cues, quotes."""
    words = (  # noqa: SIM905 - one string reads as the salad it makes
        "said will to the of and that He She The President Minister Mr. Ms. Dr. U.S. plans "
        "pledged promised would not won't going is are said, told \"We \u201c \u201d \u2019s ' - "
        "\u2014 ( ) in on at by for with from according as a an who which United States Senate "
        "House Department of State National Party New York Washington Monday March 2024 1,000 "
        "$5 million percent, officials spokesman leaders group company Inc. Corp. has have had "
        "been was were try trying effort bid to keep block"
    ).split()
    r = random.Random(1)
    out: list[str] = []
    while sum(map(len, out)) + len(out) < n:
        out.append(r.choice(words))
    return " ".join(out)[:n]


def test_shared_surname_owner_reads_each_mention_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # _surname_owner asked _a_child (and _first) about every holder once per form, and each
    # ask read all the holder's mentions: the document's square (1 MB of word salad: actors
    # 4.0 s, against 0.09 s for 100 KB)
    reads = [0]
    orig = _RX_CHILD_AGE_AFTER

    class Counted:
        def match(self, *a: object) -> object:
            reads[0] += 1
            return orig.match(*a)  # type: ignore[arg-type]

    _set_actors(monkeypatch, "_RX_CHILD_AGE_AFTER", Counted())
    build_brief(_word_salad(100_000), "2024-04-15")
    assert reads[0] < 1_000, reads[0]  # was 12,743 (1,810 at 50 KB); 175 after the memo


def test_views_stay_linear_in_one_long_paragraph() -> None:
    # _attribute sliced and stripped the paragraph up to each unit (the label check): one 1 MB
    # paragraph of short units cost views 0.66 s, 3 MB 5.9 s. A CPU-time ratio with a wide
    # margin (4x the size: linear ~4x, the old square ~16x)
    import time

    from briefgen.extract.actors import extract_actors
    from briefgen.extract.views import extract_views
    from briefgen.section import section

    def cost(n: int) -> float:
        doc = section(("Mr. Dr. Gen. U.S. No. Jan. " * (n // 27))[:n], None)
        actors = extract_actors(doc)
        best = 1e9
        for _ in range(2):
            t0 = time.process_time()
            extract_views(doc, actors)
            best = min(best, time.process_time() - t0)
        return best

    cost(20_000)
    small, big = cost(150_000), cost(600_000)
    assert big < 8 * small, (small, big)
