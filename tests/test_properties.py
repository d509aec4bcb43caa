"""Property-based (hypothesis): any text gives valid JSON that keeps the contract and whose
spans round-trip; the reader's decode never raises anything but InputError."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_json_contract import check_contract

from briefgen import build_brief, render
from briefgen.errors import InputError
from briefgen.read import decode

# Characters that matter to the rules: quotes, brackets, sentence ends, capitals, digits, dashes,
# newlines, invisible and odd spaces, a few non-Latin letters — plus anything else.
NEWSY = st.sampled_from(
    list("AaBbMmSsTtUu .,;:!?\"'()[]-\n\n\t0123456789")
    + ["\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u00a0", "\u200b", "\u00ad", "\r\n"]
    + ["Mr. ", "U.S. ", "said ", "will ", "on Monday ", "in 2024 ", "President ", "NATO "]
    + ["\u0627\u0644", "\u6771", "\U0001f600", "\ufeff"]
)
TEXT = st.one_of(
    st.lists(NEWSY, min_size=1, max_size=80).map("".join),
    st.text(min_size=1, max_size=300),
)

FAST = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # deterministic suite: the same examples every run
    suppress_health_check=[HealthCheck.too_slow],
)


@FAST
@given(TEXT)
def test_any_text_gives_valid_json_with_round_trip_spans(text: str) -> None:
    out = render(build_brief(text, "2024-04-15"), "json")
    assert isinstance(out, str)
    check_contract(json.loads(out), text.removeprefix("\ufeff"))


@FAST
@given(TEXT)
def test_markdown_never_fails(text: str) -> None:
    out = render(build_brief(text, None), "md")
    assert isinstance(out, str) and out.strip()


@FAST
@given(st.binary(max_size=400))
def test_decode_accepts_or_refuses_cleanly(data: bytes) -> None:
    try:
        text, warnings = decode(data)
    except InputError as exc:
        assert exc.line() and "\n" not in exc.line()
        return
    assert text.strip()
    assert all(isinstance(w, str) for w in warnings)
