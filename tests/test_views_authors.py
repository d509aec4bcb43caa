"""Golden rows for speakers named through their office or their body (invented news
sentences, each rule beside a counterexample): a company's staff ("Acme officials", "Thrift
officials", "Acme's executives") speak for the company, a public body's officials stay
unnamed; a report from an office holder ("a report from the agency's inspector general") is
that person's, and "the review" takes it up; "the Ohio Transit Authority director, Jane Roe"
is Roe; a bare "the candidate" is the one person the headline names; "the school" is an
academy; joined titles before a name; an unnamed source never speaks for a body."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_business import H, check_speakers

# (headline, body, actors (name, kind, extra surfaces, fields), {speaker_text: speaker id})
ROWS: list[Any] = [
    # a company's staff speak for the company: by the first word of its name …
    (H, ("Acme Savings Association lost $90 million in the quarter.\n\n"
         "Acme officials said the bank may sell its bond portfolio."),
     [("Acme Savings Association", "organization", (), {})], {"Acme officials": "A1"}),
    (H, ("Beta Metals Corp. will sell its foil unit. Beta's executives said prices would rise."),
     [("Beta Metals Corp.", "organization", (), {})], {"Beta's executives": "A1"}),
    # … or by a company noun opening the sentence, and "the thrift" is the company in play
    (H, ("Gamma Savings & Loan posted a loss.\n\nThrift officials said reserves would grow. "
         "The thrift said it holds few bonds."),
     [("Gamma Savings & Loan", "organization", (), {})],
     {"Thrift officials": "A1", "The thrift": "A1"}),
    # counterexamples: a public body's officials stay unnamed (gold: "FBI officials")
    (H, ("The Justice Department opened a case.\n\n"
         "Justice Department officials said the inquiry would take months."),
     [("Justice Department", "organization", (), {})],
     {"Justice Department officials": None}),
    # … and a first word shared with no organisation names none
    (H, ("Acme Savings Association lost $90 million.\n\nDelta officials said flights resumed."),
     [("Acme Savings Association", "organization", (), {})], {"Delta officials": None}),
    # a report from an office holder is that person's, and "the review" takes it up
    (H, ("The agency mishandled requests, according to a report from the agency's inspector "
         "general released Monday.\n\nThe review found that staff never searched the files.\n\n"
         "The Transit Agency inspector general, Jane Roe, said her work was not done."),
     [("Jane Roe", "person", (), {"title": "inspector general"}),
      ("Transit Agency", "organization", (), {})],
     {"a report from the agency's inspector general released Monday": "A1",
      "The review": "A1",
      "The Transit Agency inspector general, Jane Roe": "A1"}),
    # counterexample: a report from a body is the body's
    (H, ("Fares will rise, according to a report from the Transit Agency released Monday."),
     [("Transit Agency", "organization", (), {})],
     {"a report from the Transit Agency released Monday": "A1"}),
    # a bare "the candidate": the one person the headline names …
    ("Roe lays out her path to the nomination\n\n",
     ("At the forum, host Tom Fields asked Jane Roe about the race.\n\n"
      "The candidate said none of her rivals would win outright."),
     [("Jane Roe", "person", ("Roe",), {}), ("Tom Fields", "person", (), {})],
     {"The candidate": "A1"}),
    # … else the person a recent sentence opens with, never one of two joined
    (H, ("Jane Roe spoke in Ohio on Monday.\n\nThe candidate said she would win the state."),
     [("Jane Roe", "person", (), {})], {"The candidate": "A1"}),
    (H, ("Jane Roe and Ann Doe met in Ohio.\n\nThe candidate said she would win the state."),
     [("Jane Roe", "person", (), {}), ("Ann Doe", "person", (), {})], {"The candidate": None}),
    # "the school" is the organisation named an academy (and the reverse) …
    (H, ("The Northside Academy plans a new campus.\n\nThe school says the plan is sound."),
     [("Northside Academy", "organization", (), {})], {"The school": "A1"}),
    # … but not a body of another kind
    (H, ("The Northside Institute plans a new campus.\n\nThe school says the plan is sound."),
     [("Northside Institute", "organization", (), {})], {"The school": None}),
    # joined capitalised titles between the body and the name: the name speaks
    (H, ("Acme News Vice President and Managing Editor Jane Roe said the debate was off."),
     [("Acme News", "organization", (), {}), ("Jane Roe", "person", (), {})],
     {"Acme News Vice President and Managing Editor Jane Roe": "A2"}),
    # an unnamed source never speaks for the body its sentence names; an official does
    (H, ("Troops of the Republican Guard left the site, a well-placed source said."),
     [("Republican Guard", "organization", (), {})], {"a well-placed source": None}),
    (H, ("Acme Corp. will trim staff, a company official said."),
     [("Acme Corp.", "organization", (), {})], {"a company official": "A1"}),
    # a campaign aide is no voice of the body the sentence names
    (H, ("City police released the video on Monday, a campaign aide said."),
     [("City police", "organization", (), {})], {"a campaign aide": None}),
    # "Roe's campaign said": the Roe campaign when the text names one, else Roe
    (H, ("Sen. Jane Roe spoke in Iowa.\n\nRoe's campaign said the ad was unfair."),
     [("Jane Roe", "person", (), {})], {"Roe's campaign": "A1"}),
    (H, ("Sen. Jane Roe spoke in Iowa. The Roe campaign bought ads.\n\n"
         "Roe's campaign said the ad was unfair."),
     [("Jane Roe", "person", (), {}), ("Roe campaign", "organization", (), {})],
     {"Roe's campaign": "A2"}),
    # a name written in another case (transcripts) is still that organisation …
    (H, ("The Northside Policy Institute held a forum.\n\n"
         "Later, the Northside Policy institute said it would sue."),
     [("Northside Policy Institute", "organization", (), {})],
     {"the Northside Policy institute": "A1"}),
    # … but a lower-case common noun phrase names nobody
    (H, ("The Northside Policy Institute held a forum.\n\n"
         "Later, the policy institute staff said it would sue."),
     [("Northside Policy Institute", "organization", (), {})],
     {"the policy institute staff": None}),
    # a document by a described author is the one named in apposition …
    (H, ("Acme Foods posted a loss.\n\nThe candy unit earned $9 million, according to a "
         "memorandum distributed by Acme's owner, Beta Partners, to bankers."),
     [("Acme Foods", "organization", (), {}), ("Beta Partners", "organization", (), {})],
     {"a memorandum distributed by Acme's owner": "A2"}),
    # … and nobody when no name follows
    (H, ("Acme Foods posted a loss.\n\nSales fell, according to a memo from Acme's lawyers, "
         "who declined to comment."),
     [("Acme Foods", "organization", (), {})], {"a memo from Acme's lawyers": None}),
    # an inquiry's findings are taken up far on in a long story, by a known author …
    (H, ("The agency mishandled requests, according to a report from the agency's inspector "
         "general.\n\nPart one of the story runs on.\n\nPart two runs on.\n\n"
         "Part three runs on.\n\nPart four runs on.\n\n"
         "The audit cited no evidence of tampering."),
     [("Jane Roe", "person", (), {"title": "inspector general"})],
     {"The audit": "A1"}),
    # … but not from a report nobody is known to have written
    (H, ("Fares will rise, according to a report released Monday.\n\nPart one runs on.\n\n"
         "Part two runs on.\n\nPart three runs on.\n\nPart four runs on.\n\n"
         "The audit cited no evidence of tampering."),
     [("Transit Agency", "organization", (), {})], {"The audit": None}),
]


@pytest.mark.parametrize("head,body,specs,expected", ROWS)
def test_author_speakers(
    head: str, body: str, specs: list[Any], expected: dict[str, str | None]
) -> None:
    check_speakers(head + body, specs, expected)
