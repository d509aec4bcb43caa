"""Invisible characters (zero-width, soft hyphens) and no-break spaces never break a word or a
name, and every span still indexes the input exactly as given (SPEC §4)."""

from __future__ import annotations

from briefgen import build_brief
from briefgen.read import matching_text
from briefgen.render.json import brief_to_dict

PLAIN = (
    "Talks resume\n\n"
    "Iraqi Prime Minister Mohammed al-Sudani said on April 15 that the talks would resume.\n\n"
    '"We are ready," al-Sudani told reporters.\n'
)
# The same article as copied from a web page: a soft hyphen and a zero-width space inside the
# name, a zero-width joiner in the surname, no-break spaces in the date and the quote.
NOISY = (
    "Talks resume\n\n"
    "Iraqi Prime\u00a0Minister Mo\u00adham\u200bmed al-Su\u200ddani said on April\u00a015 that the "
    "talks would resume.\n\n"
    '"We are\u00a0ready," al-Su\u00addani told reporters.\n'
)


def _spans(obj: object) -> list[tuple[int, int]]:
    """Every [s, e] pair in the JSON brief."""
    found: list[tuple[int, int]] = []
    if isinstance(obj, dict):
        for value in obj.values():
            found += _spans(value)
    elif isinstance(obj, list):
        if len(obj) == 2 and all(isinstance(x, int) for x in obj):
            found.append((obj[0], obj[1]))
        else:
            for value in obj:
                found += _spans(value)
    return found


def test_names_dates_and_quotes_read_through_invisible_characters() -> None:
    plain, noisy = build_brief(PLAIN), build_brief(NOISY)
    assert [a.name for a in noisy.actors] == [a.name for a in plain.actors]
    assert "Mohammed al-Sudani" in [a.name for a in noisy.actors]
    assert [d.value for d in noisy.dates] == [d.value for d in plain.dates] == ["XXXX-04-15"]
    assert [v.speaker for v in noisy.views] == [v.speaker for v in plain.views]
    assert len(noisy.views) == 2


def test_every_span_indexes_the_input_as_given() -> None:
    brief = build_brief(NOISY)
    data = brief_to_dict(brief)
    for item in (*data["summary"], *data["dates"], *data["commitments"], *data["views"]):
        s, e = item["span"]
        assert NOISY[s:e] == item["text"]
    person = next(a for a in brief.actors if a.name == "Mohammed al-Sudani")
    s, e = person.mentions[0]
    assert NOISY[s:e] == "Mo\u00adham\u200bmed al-Su\u200ddani"
    assert all(0 <= s <= e <= len(NOISY) for s, e in _spans(data))
    assert data["source"]["chars"] == len(NOISY)


def test_matching_text_leaves_plain_text_alone() -> None:
    assert matching_text(PLAIN) == (PLAIN, None)
    work, offsets = matching_text("a\u00adb c\u00a0d")
    assert work == "ab c d"
    assert offsets is not None
    assert offsets.span((0, 2)) == (0, 3)  # "ab" is "a\u00adb" in the input
    assert offsets.span((3, 6)) == (4, 7)
    assert offsets.span((6, 6)) == (7, 7)

