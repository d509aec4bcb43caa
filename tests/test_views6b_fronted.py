"""The subject of a sentence whose view hangs on a second verb ('… and said', '…, saying')
after a fronted clause or phrase closed by a comma (#5, session 6b): 'When the vote was
called, Roe rose and said', 'Hours later, Roe …, telling reporters', 'Speaking in Dover, Ohio,
Roe …, calling', 'Earlier Wednesday, Roe …', 'Although Doe is no candidate, Roe
…, suggesting'. Before, the fronted phrase's first word ('When', 'Hours', 'Speaking') was
taken as the speaker, unnamed.
Counterexamples: a relative clause still open at the verb speaks for its own antecedent, not
the sentence's subject ('Roe sat with Doe, who surprised her by declaring …'); the subject's
own relative and a closed relative aside keep the subject ('Roe, who endorsed Doe and said
…', 'Roe, who is ill, rose and said').
Sentences invented from general news conventions."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",), {})
DOE = ("Tom Doe", "person", ("Doe",), {})

# (body, actors, [(speaker id or None, start of the view's text)] in order)
ROWS: list[Any] = [
    ("When the vote was called, Roe rose from her seat and said the bill was a disgrace.",
     [ROE], [("A1", "the bill")]),
    ("Hours later, Roe returned the compliment, telling reporters that Doe was a friend.",
     [ROE, DOE], [("A1", "Doe was")]),
    ("Speaking at a school in Dover, Ohio, Roe went after Doe, calling him weak.",
     [ROE, DOE], [("A1", "him weak")]),
    ("Earlier Wednesday, Roe appeared on a radio show and argued that the rules were unfair.",
     [ROE], [("A1", "the rules")]),
    (("Although Doe is not yet a candidate, Roe took aim at him, suggesting that he was "
     "afraid to run."),
     [ROE, DOE], [("A1", "he was")]),
    ("For months, Roe has stayed out of the race, arguing that voters should decide.",
     [ROE], [("A1", "voters should")]),
    # counterexamples
    (("Roe sat with Doe, who surprised her last week by declaring that he would not "
     "support the plan."),
     [ROE, DOE], []),
    ("Doe, who endorsed Roe in May and said he would campaign with her, stayed home.",
     [ROE, DOE], [("A2", "he would")]),
    ("Roe, who is ill, rose from her seat and said the bill was a disgrace.",
     [ROE], [("A1", "the bill")]),
]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_fronted_subject(body: str, specs: list[Any], expected: list[Any]) -> None:
    views = views_of(body, specs)
    got = [(v.speaker, v.text) for v in views]
    assert len(got) == len(expected), got
    for (sid, text), (want_id, start) in zip(got, expected, strict=True):
        assert text.startswith(start) and sid == want_id, got
