"""Amounts in a committed action: money with currency and scale, percentages, counted units.

One regex assembled once from briefgen/data/amounts.json (compiled on first use), so "US$7.4 million (C$10 million)",
"€200m", "300 mln dlrs", "11 pct" and "at least 12 bcm" each come out as one surface string.
"""

from __future__ import annotations

import re

from briefgen import rules
from briefgen.lazyre import lazy

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _alt(values: list[str], word: bool = True) -> str:
    parts = sorted(values, key=len, reverse=True)
    body = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in parts)
    return f"(?:{body})" + (r"(?![\w])" if word else "")


def _compile() -> re.Pattern[str]:
    by_kind = {e["kind"]: e["values"] for e in rules.entries("amounts")}
    sym = _alt(by_kind["currency_symbol"], word=False)
    cur = _alt(by_kind["currency_word"])
    scale = _alt(by_kind["scale"])
    pct = _alt([p for p in by_kind["percent"] if p != "%"]) + "|%"
    unit = _alt(by_kind["unit"])
    mod = _alt(by_kind["modifier"])
    per = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in by_kind["per"]) + r")(?!\w)"
    num = rf"(?:{_NUM})"
    money_sym = rf"{sym}\s?{num}(?:\s?{scale})?(?:\s?\({sym}\s?{num}(?:\s?{scale})?\))?"
    money_word = rf"{num}\s?(?:{scale}\s+)?{cur}"
    percent = rf"{num}\s?(?:{pct})"
    counted = rf"{num}(?:\s+{scale})?\s+(?:[A-Z][\w.]*\s+)?{unit}"
    pattern = (
        rf"(?<![\w$€£¥.,])(?:{mod}\s+)?(?:{money_sym}|{money_word}|{percent}|{counted})(?:{per})?"
    )
    return lazy(pattern)  # compiled when an article first holds a digit in a committed action


AMOUNT = _compile()
_DIGIT = re.compile(r"\d")
# Every amount holds a digit, with at most a modifier, a currency symbol and spaces before it:
# the search starts this far before the first digit (the longest modifier plus a symbol).
_LOOKBACK = max(len(v) for e in rules.entries("amounts") for v in e["values"]) * 2 + 8


def find_amount(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The first amount inside text[start:end], with its span, or None."""
    d = _DIGIT.search(text, start, end)
    if d is None:
        return None  # no digit, no amount: the common case, skipped without the big regex
    m = AMOUNT.search(text, max(start, d.start() - _LOOKBACK), end)
    if m is None:
        return None
    return m.group().rstrip(), (m.start(), m.start() + len(m.group().rstrip()))
