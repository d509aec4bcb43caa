"""An ad speaks for whoever made it (#5, session 8): "a web video by X" / "an ad from X" taken
up as "the clip", "the ad", "the video" (one ad under several nouns) is X's view when exactly
one maker is named in reach; two makers named, or none, leave the ad unresolved (no guess).
Invented campaign-news sentences."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import views_of

ROE = ("Jane Roe", "person", ("Roe",), {})
PARTY = ("Acme Party National Committee", "organization", (), {})
LEAGUE = ("Beta League", "organization", (), {})

# (body, actors, speaker id of the ad's view or None)
ROWS: list[Any] = [
    (("A web video by the Acme Party National Committee attacks Jane Roe over her record. "
      "The clip says Roe “has a passion for the wrong people.”"), [ROE, PARTY], "A2"),
    (("A new ad from the Acme Party National Committee attacks Jane Roe over her record. "
      "The video says Roe has a passion for the wrong people."), [ROE, PARTY], "A2"),
    (("The Acme Party National Committee released a web video on Monday. The clip says "
      "Jane Roe has a passion for the wrong people."), [ROE, PARTY], "A2"),
    # counterexamples: no maker named; two makers named
    ("Jane Roe spoke on Monday. The clip says Roe has a passion for the wrong people.",
     [ROE], None),
    (("A video by the Acme Party National Committee and an ad from the Beta League attack Jane "
      "Roe. The clip says Roe has a passion for the wrong people."), [ROE, PARTY, LEAGUE], None),
]


@pytest.mark.parametrize("body,specs,want", ROWS)
def test_ad_maker(body: str, specs: list[Any], want: str | None) -> None:
    views = [v for v in views_of(body, specs) if v.speaker_text.lower().startswith("the ")]
    assert len(views) == 1 and views[0].speaker == want, [(v.speaker, v.text) for v in views]
