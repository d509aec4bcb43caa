"""The date stage's speed-ups keep its output: the fast candidates() and tense_at() against the
plain versions they replaced (kept here as references), on generated texts built to hit the
edges — mixed case, 'ſ', Kelvin 'K', 'İ', apostrophes, digits, regions that cut words — and on
the gold articles. Also that the first-word filter is never empty-handed for a rule.
"""

from __future__ import annotations

import random

import pytest
from conftest import gold_files, gold_text

from briefgen.extract import timex
from briefgen.extract.timex import _BACK, _BY_HEAD, _DIGIT_RULES, _DIGIT_SHAPE, RULES, _scan

_TOKEN = timex._TOKEN
_WORD = timex._WORD


def reference_candidates(text: str, regions: list[tuple[int, int]] | None = None) -> list[tuple]:
    """The per-token loop candidates() used to be: every token looked up, every rule tried."""
    spans = regions or [(0, len(text))]
    starts: list[int] = []
    tried: set[tuple[int, int]] = set()
    out = []
    for rs, re_ in spans:
        first = len(starts)
        for m in _TOKEN.finditer(text, rs, re_):
            w = m.group()
            k = len(starts)
            s0 = m.start()
            if s0 > 0 and text[s0 - 1] in "'":
                s0 -= 1
            starts.append(s0)
            idx = _BY_HEAD.get(w.lower())
            if w[0].isdigit():
                idx = (idx or []) + [i for i in _DIGIT_RULES if _DIGIT_SHAPE[RULES[i].id].match(text, s0)]
            if not idx:
                continue
            for i in idx:
                r = RULES[i]
                for j in range(max(first, k - _BACK.get(r.id, 3)), k + 1):
                    if (i, j) in tried:
                        continue
                    tried.add((i, j))
                    mm = r.regex.match(text, starts[j], re_)
                    if mm is None or mm.end() <= m.start() or (r.ok is not None and not r.ok(mm, text)):
                        continue
                    out.append((mm.start(), mm.end(), r.id))
    return out


def reference_tense(text: str, sent: tuple[int, int], start: int, end: int) -> str:
    left: list[str] = []
    right: list[str] = []
    for m in _WORD.finditer(text, max(sent[0], start - 100), min(sent[1], end + 80)):
        w = m.group().lower()
        if m.end() <= start:
            left.append(w)
        elif m.start() >= end:
            right.append(w)
    t = _scan(list(reversed(left[-14:])), left)
    if t:
        return t
    return _scan(right[:10], None) or "present"


VOCAB = str.split(
    "the last next this past early late mid each every a an per few several two twenty nineteen "
    "ninety five fifteen year years month months week weeks day days decade century quarter "
    "second third first half fiscal ago earlier later from now before after until since in on "
    "by at Monday Tuesdays March May Sept. Dec fall spring winter today tonight yesterday "
    "morning evening noon midnight o'clock am p.m. GMT Christmas Eve New Year's period results "
    "ended ahead weekend weekly annually currently soon recently said will would be been had "
    "was is plans to 1999 2024 '90s 1980s 12:30 4/5/2024 2024-04-25 15th 3rd 21st Q3 5 30 100"
)
ODD = ["ſ", "\u212a", "İ", "ı", "’", "—", "é", "'", "-", ",", ".", ";", '"', "\n", "5", "x"]


def generated(seed: int) -> str:
    rnd = random.Random(seed)
    parts = []
    for _ in range(rnd.randint(5, 60)):
        w = rnd.choice(VOCAB)
        r = rnd.random()
        if r < 0.15:
            w = w.upper()
        elif r < 0.3:
            w = w.capitalize()
        elif r < 0.4:
            i = rnd.randint(0, len(w))
            w = w[:i] + rnd.choice(ODD) + w[i:]
        elif r < 0.5:  # letters that match another one when case is ignored
            w = w.replace("s", "ſ").replace("k", "\u212a").replace("i", rnd.choice("ıİ"))
        parts.append(w)
        parts.append(rnd.choice([" ", " ", " ", "  ", "-", ", ", ". ", "'", ""]))
    return "".join(parts)


def regions_of(text: str, seed: int) -> list[tuple[int, int]] | None:
    """Sorted, non-overlapping spans cut anywhere (mid-word too), or None for the whole text."""
    rnd = random.Random(seed)
    if rnd.random() < 0.3 or len(text) < 4:
        return None
    cuts = sorted(rnd.sample(range(len(text) + 1), min(len(text) + 1, 2 * rnd.randint(1, 4))))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b] or None


def fast(text: str, regions: list[tuple[int, int]] | None) -> list[tuple]:
    return [(c.start, c.end, c.rule.id) for c in timex.candidates(text, regions)]


@pytest.mark.parametrize("block", range(8))
def test_candidates_equal_the_plain_loop_on_generated_text(block: int) -> None:
    for seed in range(block * 250, (block + 1) * 250):
        text = generated(seed)
        regions = regions_of(text, seed)
        assert fast(text, regions) == reference_candidates(text, regions), (seed, text, regions)


def test_candidates_equal_the_plain_loop_on_the_gold_articles() -> None:
    files = gold_files()
    if not files:
        pytest.skip("no gold files")
    for f in files:
        text = gold_text(f)
        assert fast(text, None) == reference_candidates(text, None)


def test_tense_equals_the_plain_version_for_any_span() -> None:
    for seed in range(300):
        text = generated(seed)
        rnd = random.Random(seed)
        for _ in range(20):
            a, b = sorted(rnd.sample(range(len(text) + 1), 2))
            if rnd.random() < 0.2:
                b = a  # an empty span: a word running across it is on neither side
            s0, s1 = rnd.randint(0, a), rnd.randint(b, len(text))
            assert timex.tense_at(text, (s0, s1), a, b) == reference_tense(text, (s0, s1), a, b)


def test_every_rule_has_a_first_word_filter() -> None:
    """A rule left without one (None) still works, only slower: this catches the slip."""
    assert all(f is not None for f in timex._first_filters())
    closed, opens = timex._first_filters()[[r.id for r in RULES].index("relative_unit")]  # type: ignore[misc]
    assert "last" in closed and "said" not in closed and not opens


def test_first_word_analysis_over_approximates() -> None:
    """Whatever a rule matches starts with a word its filter lets through."""
    for seed in range(400):
        text = generated(seed)
        low = timex._lower(text)
        for i, r in enumerate(RULES):
            first = timex._first_filters()[i]
            assert first is not None
            for m in _TOKEN.finditer(low):
                mm = r.regex.match(text, m.start())
                if mm is None:
                    continue
                fw = timex._first_word(m.group())
                assert fw is None or fw in first[0] or fw.startswith(first[1]), (r.id, text[m.start():])


def test_clause_boundaries_equal_the_plain_regex() -> None:
    import re

    from briefgen.extract import dates

    plain = re.compile(dates.BOUNDARY_PLAIN)
    pieces = [" ", "  ", "\t", "\n", "\u00a0", ";", ":", ",", "-", "--", "—", "–", "which", "and", "as",
              "said", "x", "y", " - ", " , which ", "; ", " :", ", and", ",as", "as-", "—when"]
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 25)))
        a, b = sorted(rnd.sample(range(len(text) + 1), 2)) if len(text) > 1 else (0, len(text))
        for lo, hi in ((0, len(text)), (a, b)):
            got = list(dates._boundaries(text, lo, hi))
            assert got == [m.span() for m in plain.finditer(text, lo, hi)], (text, lo, hi)


def test_prev_token_equals_the_regex_search() -> None:
    """_prev_token reads backwards what _PREV.search(text, pos - 30, pos) finds forwards."""
    alphabet = list("ab Z'$£€#%-,.5٣\u2003\n\t_é’x") + ["  ", "--", "1,000", "3.5", "word"]
    rnd = random.Random(11)
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        pos = rnd.randint(0, len(text))
        m = timex._PREV.search(text, max(0, pos - 30), pos)
        assert timex._prev_token(text, pos) == (m.group(1) if m else ""), (text, pos)


def test_left_modifier_prefilter_never_hides_a_match() -> None:
    pieces = ["early", "Earlier", "LATE", "later", "mid", "of", "the", "end", "x", " ", "  ", "-", "\n",
              "very", "first half", "ı", "mıd", "5", "'", "ſ", "thé", "\u2003"]
    rnd = random.Random(3)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", "-"]) for _ in range(rnd.randint(0, 12)))
        pos = rnd.randint(0, len(text))
        if timex._LEFT_MOD.search(text, max(0, pos - 40), pos):
            assert timex._may_have_left_mod(text, pos), (text, pos)


def test_head_skipping_finds_the_same_heads_in_linear_time() -> None:
    import re

    for seed in range(1000):
        text = timex._lower(generated(seed))
        assert [h[0] for h in timex._heads(text)] == [m.start() for m in re.finditer(timex.HEAD_PLAIN, text)], seed
    for text in ("a" * 200_000, "ab " * 70_000, "yearx " * 40_000, "5" * 200_000, "the quarter-- 5x ago " * 10_000):
        list(timex._heads(text))  # a quadratic regression shows as a hang, not a timing


def test_heads_in_a_window_are_the_heads_of_the_slice() -> None:
    """candidates() scans each region in place (pos/endpos) instead of slicing it out: the same
    heads, whatever the characters either side of the window (a cut word, a digit)."""
    rnd = random.Random(7)
    for seed in range(300):
        text = timex._lower(generated(seed))
        for _ in range(5):
            pos = rnd.randint(0, len(text))
            end = rnd.randint(pos, len(text))
            want = [(p + pos, w, d) for p, w, d in timex._heads(text[pos:end])]
            assert list(timex._heads(text, pos, end)) == want, (seed, pos, end)
            for n in (1, 3, 6):
                got = [(m.start(), m.group()) for m in timex._tokens_before(text, end, n, pos)]
                sliced = timex._tokens_before(text[pos:end], end - pos, n)
                ref = [(m.start() + pos, m.group()) for m in sliced]
                assert got == ref, (seed, pos, end, n)


def test_tokens_before_are_the_last_tokens_of_the_slice() -> None:
    """_tokens_before's first window is a guess that widens until it holds n + 1 tokens: the
    result is the plain finditer's last n whatever the token lengths (long words, long runs
    of punctuation, a floor inside a word)."""
    rnd = random.Random(11)
    shapes = ["a", "ab", "year", "x" * 30, "--", " ", "  ", "\n", "9", "1999", "’", "...", "é"]
    for _ in range(3000):
        text = "".join(rnd.choice(shapes) + rnd.choice(["", " ", " ", ", "]) for _ in range(rnd.randint(0, 40)))
        p = rnd.randint(0, len(text))
        floor = rnd.randint(0, p)
        for n in (1, 2, 4, 6):
            want = [(m.start(), m.group()) for m in timex._TOKEN.finditer(text, floor, p)][-n:]
            got = [(m.start(), m.group()) for m in timex._tokens_before(text, p, n, floor)]
            assert got == want, (text, p, floor, n)


def _first_words_file(data: dict) -> str:
    """data/dates_first_words.json as written: the header, then one rule per line."""
    import json

    lines = ["{"] + [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in data.items() if k != "entries"]
    lines.append(' "entries": [')
    n = len(data["entries"])
    lines += [f"  {json.dumps(e, ensure_ascii=False)}" + ("," if i < n - 1 else "") for i, e in enumerate(data["entries"])]
    return "\n".join([*lines, " ]", "}"]) + "\n"


def test_first_words_file_is_current() -> None:
    """The stored first-word filters are the ones the rules give today (a stale entry would only
    be recomputed at run time, but this keeps the start-up saving real)."""
    import os
    from pathlib import Path

    assert len({r.id for r in RULES}) == len(RULES)
    path = Path(timex.__file__).parent.parent / "data" / "dates_first_words.json"
    want = _first_words_file(timex.first_words_data())
    if os.environ.get("BRIEFGEN_WRITE_FIRST_WORDS"):
        path.write_text(want, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == want, (
        "briefgen/data/dates_first_words.json is stale: rewrite it with "
        "BRIEFGEN_WRITE_FIRST_WORDS=1 .venv/bin/pytest tests/test_timex_speed.py -k first_words_file")
