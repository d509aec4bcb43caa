"""assemble's fast paths give exactly what the plain definitions give."""

from __future__ import annotations

import random
import sys

from briefgen.assemble import _WIDE, _count_words
from briefgen.textutil import INVISIBLE, count_words


def test_wide_spaces_are_all_of_str_split_whitespace_beyond_ascii() -> None:
    spaces = {chr(c) for c in range(128, sys.maxunicode + 1) if chr(c).isspace()}
    wide = {k.decode("utf-8") for k, v in _WIDE.items() if v == b" "}
    dropped = {k.decode("utf-8") for k, v in _WIDE.items() if v == b""}
    assert wide == spaces
    assert dropped == set(INVISIBLE)


def test_count_words_on_utf8_bytes_is_count_words() -> None:
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    alphabet = [*spaces, *INVISIBLE, "a", "Z", "1", "é", "’", "\u200e", "\U0001f600", "-"]
    r = random.Random(8)
    for _ in range(20000):
        text = "".join(r.choice(alphabet) for _ in range(r.randint(0, 12)))
        assert _count_words(text.encode("utf-8")) == count_words(text), repr(text)
    long = "The talks\u00a0resumed on Mon\u00adday.\n\n“We agree,” she said.\u2009" * 50
    assert _count_words(long.encode("utf-8")) == count_words(long)


def test_speaker_text_is_the_input_with_its_odd_spaces() -> None:
    """A no-break space (or an invisible character) inside a speaker's name: the stages read a
    plain space, but speaker_text is what speaker_span covers in the input (SPEC §4)."""
    from briefgen import build_brief

    for odd in ("\u00a0", "\u200b "):
        text = (
            f"Harbor Fund director Ana{odd}Ruiz said on Monday that the plan would fail.\n\n"
            f"“It cannot work,” said Tomas{odd}Berg, an economist at Elm University."
        )
        views = build_brief(text, "2024-04-15").views
        assert views
        for view in views:
            assert view.speaker_span, view
            assert text[view.speaker_span[0] : view.speaker_span[1]] == view.speaker_text


def test_replace_is_dataclasses_replace() -> None:
    import dataclasses

    import pytest

    from briefgen.assemble import _replace
    from briefgen.model import Actor, DateMention, View

    actor = Actor("A3", "Ana Ruiz", "person", title="minister", mentions=((0, 8), (40, 44)))
    date = DateMention("Monday", (10, 16), "DATE", "2024-04-15", (0, 30), rule="weekday")
    view = View(None, "she", (5, 8), None, None, "other", False, "said", "it works", (9, 17))
    for obj, changes in (
        (actor, {"id": "A1", "salience": 0.5}),
        (date, {"actors": ("A1", "A2")}),
        (view, {"speaker": "A1", "speakers": ("A1",), "text": "it"}),
        (actor, {}),
    ):
        got = _replace(obj, **changes)
        want = dataclasses.replace(obj, **changes)
        assert got == want and type(got) is type(want) and got is not obj
        assert repr(got) == repr(want)  # every field, in order
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        _replace(actor, id="A1", colour="red")
    assert actor.id == "A3"  # the original is never touched
