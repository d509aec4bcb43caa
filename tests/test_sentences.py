"""Golden rules for sentence segmentation (pySBD style: input, expected sentences).

Written from general news conventions; known failures stay in the table as strict xfails.
"""

from __future__ import annotations

import pytest

from briefgen import rules
from briefgen.sentences import sentence_spans, split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, 0, len(text))]


GOLDEN: list[tuple[str, list[str]]] = [
    # plain terminators
    ("The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]),
    ("Will they agree? Nobody knows.", ["Will they agree?", "Nobody knows."]),
    ("It worked! The crowd cheered.", ["It worked!", "The crowd cheered."]),
    ("One sentence with no final stop", ["One sentence with no final stop"]),
    ("  Leading and trailing blanks.  ", ["Leading and trailing blanks."]),
    # titles before names
    ("Gen. Ana Ruiz led the force.", ["Gen. Ana Ruiz led the force."]),
    ("Lt. Gen. Omar Diallo arrived.", ["Lt. Gen. Omar Diallo arrived."]),
    ("Dr. Lena Park said so. She left.", ["Dr. Lena Park said so.", "She left."]),
    ("Mr. and Mrs. Okafor voted.", ["Mr. and Mrs. Okafor voted."]),
    ("Sen. Ray Hill and Rep. Jo Diaz met.", ["Sen. Ray Hill and Rep. Jo Diaz met."]),
    ("Prof. Kim teaches at the college.", ["Prof. Kim teaches at the college."]),
    ("The envoy met Gov. Tim Ash on Friday.", ["The envoy met Gov. Tim Ash on Friday."]),
    ("He lives on St. Mark's Road.", ["He lives on St. Mark's Road."]),
    # country and organisation abbreviations
    ("The U.S. and Peru agreed.", ["The U.S. and Peru agreed."]),
    ("Aid came from the U.S. The U.N. agreed.", ["Aid came from the U.S.", "The U.N. agreed."]),
    ("The U.K. Foreign Office said no.", ["The U.K. Foreign Office said no."]),
    (
        "Talks with the U.S. Trade representative went well.",
        ["Talks with the U.S. Trade representative went well."],
    ),
    (
        "It will sell goods to the U.S. He said so.",
        ["It will sell goods to the U.S.", "He said so."],
    ),
    # dates and numbers
    ("The vote is set for Jan. 5 in the capital.", ["The vote is set for Jan. 5 in the capital."]),
    (
        "It began on Sept. 11, 2001, officials said.",
        ["It began on Sept. 11, 2001, officials said."],
    ),
    ("The team ranked No. 2 last year.", ["The team ranked No. 2 last year."]),
    ("Growth was 3.5 percent. It slowed.", ["Growth was 3.5 percent.", "It slowed."]),
    (
        "Prices rose 1.25 points in 2019. Trade fell.",
        ["Prices rose 1.25 points in 2019.", "Trade fell."],
    ),
    ("He said no. The talks ended.", ["He said no.", "The talks ended."]),
    (
        "The budget was $4.2 billion. Critics balked.",
        ["The budget was $4.2 billion.", "Critics balked."],
    ),
    ("The meeting starts at 9 a.m. on Monday.", ["The meeting starts at 9 a.m. on Monday."]),
    ("It starts at 9 a.m. The doors open early.", ["It starts at 9 a.m.", "The doors open early."]),
    # initials
    ("George W. Bush spoke first.", ["George W. Bush spoke first."]),
    ("J.R.R. Tolkien wrote it.", ["J.R.R. Tolkien wrote it."]),
    ("The firm hired A. B. Smith as counsel.", ["The firm hired A. B. Smith as counsel."]),
    # ellipses
    ("He paused... Then he left.", ["He paused...", "Then he left."]),
    ("The plan was... complicated.", ["The plan was... complicated."]),
    ("We waited\u2026 The answer came late.", ["We waited\u2026", "The answer came late."]),
    ("It was hard\u2026 and slow.", ["It was hard\u2026 and slow."]),
    # quotes ending sentences
    ('"We will stay," he said. "We must."', ['"We will stay," he said.', '"We must."']),
    ('"It is over." he said.', ['"It is over." he said.']),
    ('"Stop." The next speaker rose.', ['"Stop."', "The next speaker rose."]),
    (
        "\u201cWe agree.\u201d The minister smiled.",
        ["\u201cWe agree.\u201d", "The minister smiled."],
    ),
    ('She asked, "Why now?" and left.', ['She asked, "Why now?" and left.']),
    ("It ended (finally.) The rest went home.", ["It ended (finally.)", "The rest went home."]),
    ("``It was a bomb,'' one said. ``Run.''", ["``It was a bomb,'' one said.", "``Run.''"]),
    # company and place abbreviations
    ("Acme Corp. said profits rose.", ["Acme Corp. said profits rose."]),
    ("Acme Corp. The firm said profits rose.", ["Acme Corp.", "The firm said profits rose."]),
    (
        "He lives in Fresno, Calif. and works there.",
        ["He lives in Fresno, Calif. and works there."],
    ),
    ("Apples, pears, etc. were sold.", ["Apples, pears, etc. were sold."]),
    # wire spacing and line breaks inside a paragraph
    (
        "Good evening, all.  Please take your seats.",
        ["Good evening, all.", "Please take your seats."],
    ),
    (
        "The first line ends here.\nThe second follows.",
        ["The first line ends here.", "The second follows."],
    ),
    ("A sentence.\u00a0 Another sentence.", ["A sentence.", "Another sentence."]),
    # numbers opening the next sentence
    ("Sales fell in 2019. 2020 was worse.", ["Sales fell in 2019.", "2020 was worse."]),
    # known failures: abbreviation at a sentence end followed by a name
    pytest.param(
        "Shares went to Beta Corp. Alpha Holdings sold.",
        ["Shares went to Beta Corp.", "Alpha Holdings sold."],
        marks=pytest.mark.xfail(strict=True, reason="abbreviation then a name: ambiguous"),
    ),
    pytest.param(
        '"Why?" Smith asked.',
        ['"Why?" Smith asked.'],
        marks=pytest.mark.xfail(strict=True, reason="question quote before a capitalised name"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_golden_rules(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_spans_exclude_whitespace_and_stay_in_range() -> None:
    text = "xx  First one.   Second one.  yy"
    got = sentence_spans(text, 2, 30)
    assert [text[s:e] for s, e in got] == ["First one.", "Second one."]
    assert all(2 <= s < e <= 30 for s, e in got)


def test_split_sentences_keeps_paragraph_index() -> None:
    text = "One. Two."
    got = split_sentences(text, (0, len(text)), 7)
    assert [s.paragraph for s in got] == [7, 7]
    assert [text[s.span[0] : s.span[1]] for s in got] == ["One.", "Two."]


def test_empty_and_blank_paragraphs_have_no_sentences() -> None:
    assert sentence_spans("", 0, 0) == []
    assert sentence_spans("   \n ", 0, 5) == []


def test_long_single_line_splits_every_sentence() -> None:
    """3,000 sentences on one line all come out (the time per KB is in benchmarks/bench.py's
    scaling run, not in a timed test)."""
    unit = "The envoy met Gen. Ana Ruiz in the U.S. on Jan. 5 and they agreed. "
    big = unit * 3000
    got = sentence_spans(big, 0, len(big))
    assert len(got) == 3000
    assert all(big[s:e].strip() == unit.strip() for s, e in got)


@pytest.mark.parametrize("entry", rules.entries("abbreviations"), ids=lambda e: e["id"])
def test_abbreviation_data_examples(entry: dict[str, object]) -> None:
    """Every example in the data splits as the entry says: one sentence per example, except
    starter examples, which are two sentences; counterexamples are the other way round."""
    examples = entry.get("examples", [])
    counter = entry.get("counterexamples", [])
    assert isinstance(examples, list) and isinstance(counter, list)
    if entry["kind"] == "starter":
        for text in examples:
            assert len(_split(text)) == 2, text
        for text in counter:
            assert len(_split(text)) == 1, text
    else:
        for text in examples:
            assert len(_split(text)) == 1, text
        for text in counter:
            assert len(_split(text)) == 2, text


def test_an_overlong_run_is_cut_at_clause_breaks() -> None:
    from briefgen.sentences import MAX_SENTENCE_CHARS, sentence_spans

    text = "The Talks Will Resume On Monday, " * 200  # 6,600 chars, no end punctuation
    spans = sentence_spans(text, 0, len(text))
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[s:e].endswith(",") for s, e in spans[:-1]), "cut after a comma"
    assert "".join(text[s:e] + " " for s, e in spans).split() == text.split()


def test_a_run_without_spaces_is_still_cut() -> None:
    from briefgen.sentences import MAX_SENTENCE_CHARS, sentence_spans

    text = "x" * (3 * MAX_SENTENCE_CHARS + 10)
    spans = sentence_spans(text, 0, len(text))
    assert [e - s for s, e in spans] == [MAX_SENTENCE_CHARS] * 3 + [10]


def test_boundaries_are_exactly_the_regex_scan() -> None:
    """_boundaries tries the boundary regex only where a run of terminators begins; it must
    find the same matches as scanning every position (random strings of the characters that
    matter, random windows)."""
    import random

    from briefgen.sentences import _BOUNDARY, _boundaries

    r = random.Random(8)
    alphabet = list(".!?\u2026\"'\u201d\u2019\u00bb)] \n\txA1")
    for _ in range(20000):
        text = "".join(r.choice(alphabet) for _ in range(r.randint(0, 14)))
        a = r.randint(0, len(text))
        b = r.randint(a, len(text))
        want = [(m.start(), m.end(), m.groups()) for m in _BOUNDARY.finditer(text, a, b)]
        assert [(m.start(), m.end(), m.groups()) for m in _boundaries(text, a, b)] == want
