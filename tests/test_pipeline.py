"""build_brief's options: what the library lets a caller set."""

from __future__ import annotations

from briefgen import build_brief


def test_day_first_can_be_set_for_numeric_dates() -> None:
    text = "Talks\n\nThe vote is set for 04/05/2024, officials said.\n"
    assert [d.value for d in build_brief(text).dates] == ["2024-05-04"]
    assert [d.value for d in build_brief(text, day_first=False).dates] == ["2024-04-05"]
