"""More of the commitments stage's speed devices keep its output (issue 8): the document's
head words found in one scan (_doc_heads/_sentence_cues) give each sentence the cues a scan of
the sentence alone gives, _tail_start gives _TAIL_TRIM.search's start, _coord_end_possible is
a necessary condition of _COORD_END, and the word gates equal their Python loops.

Texts written for these tests from general news conventions."""

from __future__ import annotations

import itertools
import random

import pytest

from briefgen.extract.commitments import cues as C
from briefgen.extract.commitments import filters as F
from briefgen.extract.commitments import spans, subjects

ARTICLE = (
    "The two sides have agreed to resume talks in March. The union has signed a contract.\n\n"
    "He'll sign the bill on Friday. “We’ll rebuild the schools,” the mayor said. They'd "
    "already pledged to cut taxes.The ministry is due to publish its report next week.\n"
    "Prices are expected to rise. THE GOVERNMENT HAS PLEDGED TO REBUILD THE SCHOOLS.\tThe "
    "board is planning to sell the unit; it will hold a vote. Will Smith was there."
)


def _spans(text: str) -> list[tuple[int, int]]:
    # every cut at a space, a full stop or a quote: sentences the document scan may serve
    # (whitespace around them) and ones it must hand back to find_cues
    marks = [i for i, c in enumerate(text) if c in " .\n\t’"]
    cuts = sorted({0, len(text), *marks, *(i + 1 for i in marks)})
    return [(a, b) for a, b in itertools.combinations(cuts, 2) if b - a < 120]


@pytest.mark.parametrize("text", [ARTICLE, ARTICLE.upper(), ARTICLE.replace("s", "ſ")])
def test_sentence_cues_equal_find_cues(text: str) -> None:
    heads = C._doc_heads(text)
    served = 0
    for s, e in _spans(text):
        served += (not s or text[s - 1].isspace()) and (e == len(text) or text[e].isspace())
        got = [(m.span(), m.lastgroup) for m in C._sentence_cues(heads, text, s, e)]
        want = [(m.span(), m.lastgroup) for m in C.find_cues(text, s, e)]
        assert got == want, text[s:e]
    assert served > 100  # the document scan served many of them


def test_doc_heads_fall_back_when_lowering_changes_length() -> None:
    assert C._doc_heads("İstanbul will host the talks.") is None
    assert C._doc_heads("He'll sign it.") is not None


TAIL_WORDS = ["also", "ALSO", "have", "Has", "jointly", "Quickly", "quickly", "at least",
              "for his part", "in turn", "he's", "she’s", "they've", "x", "word", "ſtill",
              "alſo", ",", ", ", " ", "\t", "family", "ally", "once again", "today.", "\u00a0", ""]


def test_tail_start_equals_the_search() -> None:
    rnd = random.Random(8)
    for _ in range(20000):
        seg = "".join(
            rnd.choice(TAIL_WORDS) + rnd.choice(["", " ", ", ", ",", "\n"])
            for _ in range(rnd.randint(0, 6))
        )
        m = spans._TAIL_TRIM.search(seg)
        assert spans._tail_start(seg) == (m.start() if m else None), repr(seg)


def test_coord_end_gate_is_necessary() -> None:
    rnd = random.Random(9)
    words = ["and", "AND", "or", "but", "also", "then", "quickly", "Jointly", "x", "the",
             "ſo", "sand", "band", ",", "—"]
    for _ in range(20000):
        region = "".join(
            rnd.choice(words) + rnd.choice([" ", "  ", ", ", "\n", ""])
            for _ in range(rnd.randint(0, 5))
        )
        if subjects._COORD_END.search(region):
            assert subjects._coord_end_possible(region), repr(region)


@pytest.mark.parametrize(
    ("gate", "words"),
    [
        (F._NEG_ANY, F._NEG_WORDS),
        (F._NEG_WITHHELD_ANY, F._NEG_WITHHELD_WORDS),
        (F._HYPO_ANY, F._HYPO_WORDS),
        (F._ANALYSTS_ANY, F._ANALYSTS_STEMS),
    ],
)
def test_word_gates_equal_the_loop(gate: object, words: tuple[str, ...]) -> None:
    samples = ["he could not", "they won’t", "it may", "analysts say", "polls show", "",
               "the refusal", "n't", "unlikely", "a plan", *words]
    for s in samples:
        assert bool(gate.search(s)) == F._any_in(s, words), s  # type: ignore[attr-defined]
