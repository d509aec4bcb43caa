"""Speed work on the commitments stage (issue 8, session 7): each shortcut gives what the
pattern it stands in for gives.

- cues._Select: a head word with many entries ("is", "has", "’s") tries only the entries
  whose needed words follow it in the sentence, one by one in file order; the match is the
  head's whole alternation's.
- spans._conjoined_report: _CONJOINED_REPORT.search tried only where "and" follows whitespace.
- records._split_verbs: the infinitive test runs after the cheap word tests (same answer).
- cue_subject: _DENIED runs only when the lowered sentence holds a word it needs.
"""

from __future__ import annotations

import random

import pytest

from briefgen import build_brief
from briefgen.extract.commitments import cues, spans

# invented sentences, each read at every head word it holds
SENTENCES = [
    "The ministry is planning to open two clinics by June.",
    "Acme is due to report results, and its board is expected to approve the deal.",
    "She's prepared to leave, he's going to stay and it's set to close in May.",
    "Roe's team is working to finalize a plan; the union has agreed to talks.",
    "The firm has set aside $5 million and has given the go-ahead for a new plant.",
    "The council was hoping to vote, but the mayor was not ready to sign.",
    "They're seeking to expand, and we're committed to building 300 homes.",
    "The bank has been tasked with drafting rules and is drafting a bill to cap fees.",
    "IS THE GOVERNMENT PLANNING TO RAISE TAXES? IT IS EXPECTED TO DECIDE SOON.",
    "The agency is conducting a review of the program and has launched an inquiry.",
    "The two sides have reached an agreement to cut tariffs and are close to signing it.",
    "Roe's Roe's Roe's is is is has has have going to keep trying.",
    "He is\tplanning\nto go, she is  likely to stay, and the club is to blame.",
    "The company is continuing to hire, it continues to grow and keeps expanding.",
]


def _all_head_starts(text: str) -> list[tuple[int, str]]:
    heads = cues._doc_heads(text)
    assert heads is not None
    return list(zip(heads[1], heads[2], strict=True))


@pytest.mark.parametrize("text", SENTENCES)
def test_selected_entries_match_as_the_whole_alternation(text: str) -> None:
    low = " " + text.lower()
    for ws, word in _all_head_starts(text):
        sel = cues._head_select(word)
        if sel is None:
            continue
        want = cues._HEAD_RE[word].match(text, ws, len(text))
        got = sel.match(low, text, ws, len(text), {}, word)
        assert (got and (got.span(), got.lastgroup, got.group())) == (
            want and (want.span(), want.lastgroup, want.group())
        ), (text, ws, word)


@pytest.mark.parametrize("text", SENTENCES)
def test_sentence_cues_are_find_cues(text: str) -> None:
    heads = cues._doc_heads(text)
    got = [(m.span(), m.lastgroup) for m in cues._sentence_cues(heads, text, 0, len(text))]
    want = [(m.span(), m.lastgroup) for m in cues._find_cues_cased(text, 0, len(text))]
    assert got == want


def test_heads_with_many_entries_are_selected() -> None:
    for word in ("is", "are", "has", "have", "s", "was"):
        assert cues._head_select(word) is not None, word
    assert cues._head_select("will") is None  # few entries: the alternation itself


def test_random_salad_cues_unchanged() -> None:
    salad = (
        "is are has have was were 's 're planning to due set expected going committed ready "
        "the a of and Roe Acme said will would agreed pledged working hoping go-ahead given "
        "tasked with drafting bill close signing continuing keeps , . ; aside $5 million"
    )
    words = salad.split()
    r = random.Random(7)
    for _ in range(60):
        text = " ".join(r.choice(words) for _ in range(40)).replace(" 's", "'s")
        heads = cues._doc_heads(text)
        got = [(m.span(), m.lastgroup) for m in cues._sentence_cues(heads, text, 0, len(text))]
        want = [(m.span(), m.lastgroup) for m in cues._find_cues_cased(text, 0, len(text))]
        assert got == want, text


def test_a_sentence_of_one_head_reads_its_words_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    # 240 heads of "’s" and a needed word at the end: the first try reads the words after
    # it, the second indexes them, every later try bisects (not one read per head)
    sent = ("Roe's " * 240) + "plans."
    reads = [0]
    orig = cues._LETTERS

    class Counted:
        def findall(self, *a: object) -> object:
            reads[0] += 1
            return orig.findall(*a)  # type: ignore[call-overload]

        def finditer(self, *a: object) -> object:
            reads[0] += 1
            return orig.finditer(*a)  # type: ignore[call-overload]

    monkeypatch.setattr(cues, "_LETTERS", Counted())
    heads = cues._doc_heads(sent)
    cues._sentence_cues(heads, sent, 0, len(sent))
    assert reads[0] <= 2


CONJOINED = [
    "order a review and warned against hackers",
    "order a review, and warned against hackers",
    "order a review ,  and\twarned against hackers",
    "order a review AND WARNED against hackers",
    "order a review and also said it would act",
    "buy land and sell it, and then insisted on a price",
    "data are collected and reported and they said so",
    "stand and deliver, band and said, and",
    "and said it",
    " and said it",
    ", and said it",
    "hand\nand\nsaid it",
    "cut taxes and spending and noted the cost",
    "plan to expand and grow and",
]


@pytest.mark.parametrize("text", CONJOINED)
def test_conjoined_report_is_the_search(text: str) -> None:
    low = text.lower()
    for pos in range(len(text) + 1):
        for end in (len(text), max(pos, len(text) - 3)):
            want = spans._CONJOINED_REPORT.search(text, pos, end)
            got = spans._conjoined_report(text, low, 0, pos, end)
            assert (got and got.span()) == (want and want.span()), (text, pos, end)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mayor Jane Roe said she would build 300 homes by 2020.", True),
        ("Roe said he had promised to build 300 homes.", True),
        ("Roe denied that he had promised to build 300 homes.", False),
        ("Roe DENIED that he had promised to build 300 homes.", False),
        ("The ministry rejected reports that it would cut pensions.", False),
        ("The ministry dismissed claims that it will close the plant.", False),
    ],
)
def test_denials_still_drop_the_cue(text: str, kept: bool) -> None:
    brief = build_brief(text, "2024-04-15")
    assert bool(brief.commitments) is kept
