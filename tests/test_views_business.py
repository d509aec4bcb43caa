"""Golden rows for business-wire and survey attribution in the views stage (invented news
sentences, each rule beside a counterexample): company voices ("the executives", "management",
a bare "A spokesman"), "the company" never taken from an analyst's firm or a venture partner, a
poll speaking for whoever released it, and a lead's description named in the body."""

from __future__ import annotations

import re
from typing import Any

import pytest

from briefgen.extract.views import _extract_views, extract_views
from briefgen.model import Actor
from briefgen.section import section

H = "Headline of the story\n\n"


def _actor(text: str, aid: str, name: str, kind: str, surfaces: tuple[str, ...] = (),
           **kw: object) -> Actor:
    spans: list[tuple[int, int]] = []
    for s in sorted({name, *surfaces}, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(s)}(?!\w)", text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    return Actor(aid, name, kind, mentions=tuple(sorted(spans)), **kw)  # type: ignore[arg-type]


# (body, actors (name, kind, extra surfaces, fields), {speaker_text: speaker id})
ROWS: list[Any] = [
    # the company's unnamed voices speak for the company opening a recent sentence …
    (("Acme Corp.'s chip unit lost money again, the executives acknowledged."),
     [("Acme Corp.", "organization", (), {})], {"the executives": "A1"}),
    (("Acme Corp. cut its forecast. Costs will fall through new alliances, management said."),
     [("Acme Corp.", "organization", (), {})], {"management": "A1"}),
    # … or the company the lead is about
    (("Acme Corp. posted a 12% rise in profit.\n\nIn the paint segment, sales doubled. "
      "A spokesman said a wet spring delayed orders."),
     [("Acme Corp.", "organization", (), {})], {"A spokesman": "A1"}),
    # counterexamples: a lead about a person has no company in play; a spokesman "for" a
    # body named with him speaks for that body
    (("Jane Roe won the county vote.\n\nA spokesman said the count was slow."),
     [("Jane Roe", "person", (), {})], {"A spokesman": None}),
    (("Acme Corp. posted a loss. A spokesman for Beta Inc. said the deal was off."),
     [("Acme Corp.", "organization", (), {}), ("Beta Inc.", "organization", (), {})],
     {"A spokesman for Beta Inc.": "A2"}),
    # "the company" is not the firm of an analyst quoted in between, nor a venture partner …
    (("Acme Steel Corp. posted a loss.\n\n\"Weak numbers,\" said Jane Roe, an analyst with "
      "Beta Securities Inc. The company said shipments fell."),
     [("Acme Steel Corp.", "organization", (), {}), ("Jane Roe", "person", (), {}),
      ("Beta Securities Inc.", "organization", (), {})],
     {"Jane Roe, an analyst with Beta Securities Inc": "A2", "The company": "A1"}),
    (("Acme Steel Corp. posted a loss. Its mill is now a joint venture with Gamma Metals Co. "
      "The company said shipments fell."),
     [("Acme Steel Corp.", "organization", (), {}), ("Gamma Metals Co.", "organization", (), {})],
     {"The company": "A1"}),
    # … but the company an executive heads is
    (("Acme Corp. posted a loss. Jane Roe, chairman of Beta Holdings Inc., said the deal was "
      "off. The company said it would sell a plant."),
     [("Acme Corp.", "organization", (), {}), ("Jane Roe", "person", (), {}),
      ("Beta Holdings Inc.", "organization", (), {})],
     {"Jane Roe, chairman of Beta Holdings Inc.": "A2", "The company": "A3"}),
    # a short form of a company's name, even taken for a place, is that company
    (("Acme Steel Corp. posted a loss.\n\nStill, Acme's mills ran well. The company said "
      "orders rose."),
     [("Acme Steel Corp.", "organization", (), {}), ("Acme", "place", (), {})],
     {"The company": "A1"}),
    # a poll speaks for whoever released it, named in its own aside or long before
    (("The poll, published on Tuesday evening by the Civic Research Institute, showed Roe "
      "ahead.\n\nRoe spent the week in the north.\n\nShe visited farms.\n\n"
      + "Crowds were small. " * 60 + "\n\nThe poll also showed Fisk gaining."),
     [("Civic Research Institute", "organization", (), {})],
     {"The poll, published on Tuesday evening by the Civic Research Institute": "A1",
      "The poll": "A1"}),
    (("A survey conducted last month for the Farm Council says most growers expect losses."),
     [("Farm Council", "organization", (), {})], {"A survey conducted last month for the "
                                                   "Farm Council": "A1"}),
    # counterexample: a letter "for" someone is addressed to them, not written by them
    (("A letter for Mayor Tom Roe arrived at city hall. The letter said the road was closed."),
     [("Tom Roe", "person", (), {"title": "Mayor"})], {"The letter": None}),
    # a lead's description of a person not named yet: the person the body quotes next
    (("The top commander of a rebel army said Thursday he would free the hostages.\n\n"
      "Gen. Tom Roe, a former army chief, said in an interview that talks had begun."),
     [("Tom Roe", "person", (), {})],
     {"The top commander of a rebel army": "A1", "Gen. Tom Roe, a former army chief": "A1"}),
    # counterexample: a person already named in the lead is not replaced by the next speaker
    (("Jane Fisk met the rebels on Monday. The top commander of a rebel army said Thursday he "
      "would free the hostages.\n\nGen. Tom Roe said talks had begun."),
     [("Jane Fisk", "person", (), {}), ("Tom Roe", "person", (), {})],
     {"The top commander of a rebel army": None}),
]


def check_speakers(text: str, specs: list[Any], expected: dict[str, str | None]) -> None:
    """Each expected speaker mention is a view's, resolved to the expected actor id (A1 … in
    the order of `specs`) or to none."""
    actors = [_actor(text, f"A{i + 1}", n, k, s, **kw) for i, (n, k, s, kw) in enumerate(specs)]
    views = extract_views(section(text), actors)
    got = {v.speaker_text: v.speaker for v in views}
    for st, want in expected.items():
        assert st in got, [(v.speaker_text, v.text) for v in views]
        assert got[st] == want, [(v.speaker_text, v.speaker, v.text) for v in views]


@pytest.mark.parametrize("body,specs,expected", ROWS)
def test_business_speakers(body: str, specs: list[Any], expected: dict[str, str | None]) -> None:
    check_speakers(H + body, specs, expected)


# "posted" with a financial result as its object is no speech; posting words still is.
POSTED: list[tuple[str, int]] = [
    ("Acme Corp. posted a 12% drop in quarterly profit.", 0),
    ("The bank posted a loss of $3 million in the quarter.", 0),
    ("The bank posted record sales in March.", 0),
    ("The mayor posted on Facebook that the bridge would reopen.", 1),
]


@pytest.mark.parametrize("body,n", POSTED)
def test_posted_results(body: str, n: int) -> None:
    assert len(extract_views(section(H + body), [])) == n


def test_company_abbreviation_closes_sentence() -> None:
    """'… an analyst with Acme Inc. Ms. Roe had estimated …': the inverted speaker ends at the
    company's name; 'Acme Inc. said' inside one sentence stays whole."""
    body = ("\"Good numbers,\" said Jane Roe, an analyst with Beta Securities Inc. Ms. Roe had "
            "expected a loss.")
    views = extract_views(section(H + body), [])
    assert [v.speaker_text for v in views] == ["Jane Roe, an analyst with Beta Securities Inc"]
    views = extract_views(section(H + "Beta Co. The firm's chief said sales rose."), [])
    assert views and views[0].speaker_text == "The firm's chief"


# "it" in a sentence whose subject is a description of an organisation is that organisation,
# not one named in between; a plain "it" keeps the usual rule.
IT_SUBJECT: list[Any] = [
    (("The Labor Department backed the rule. The department changed course at the hearing on "
      "Acme Corp. when it argued that the rule was too strict."),
     [("Labor Department", "organization", (), {}), ("Acme Corp.", "organization", (), {})],
     {"it": "A1"}),
    (("The Labor Department backed the rule. Acme Corp. lost the case, and it said it would "
      "appeal."),
     [("Labor Department", "organization", (), {}), ("Acme Corp.", "organization", (), {})],
     {"it": "A2"}),
]


@pytest.mark.parametrize("body,specs,expected", IT_SUBJECT)
def test_it_subject(body: str, specs: list[Any], expected: dict[str, str | None]) -> None:
    test_business_speakers(body, specs, expected)


def test_spoken_fillers_are_no_speech() -> None:
    body = "The rally was, you know, smaller than last year. I mean, the hall was half empty."
    assert extract_views(section(H + body), []) == []
    # … but "you know that" is a clause of knowing
    assert extract_views(section(H + "Voters know that the plan failed."), [])


SOUNDBITE = (
    "Jane Roe says the number of members fell last year.\n\n"
    "Uh, we have seen the numbers drop, uh, by a third since the spring, and they believe it "
    "will go on.\n\n"
    "The group meets in a barn outside town."
)


def test_broadcast_soundbite() -> None:
    """An unquoted, hesitating paragraph after 'X says …' in a broadcast script is X's direct
    speech; its inner 'they believe' is part of it. A plain paragraph is no soundbite, nor is a
    hesitating one after a pronoun-led or speaker-less paragraph."""
    text = H + SOUNDBITE
    actors = [_actor(text, "A1", "Jane Roe", "person")]
    views = extract_views(section(text), actors)
    assert [(v.speaker, v.direct, v.rule) for v in views] == [
        ("A1", False, "verb-lead"), ("A1", True, "soundbite")]
    assert views[1].text.startswith("Uh, we have seen") and views[1].text.endswith("go on.")
    plain = SOUNDBITE.replace("Uh, ", "").replace(", uh,", "")
    text = H + plain
    views = extract_views(section(text), [_actor(text, "A1", "Jane Roe", "person")])
    assert "soundbite" not in [v.rule for v in views]
    text = H + "The hall was cold.\n\n" + SOUNDBITE.split("\n\n", 1)[1]
    views = extract_views(section(text), [])
    assert "soundbite" not in [v.rule for v in views]


# Span rules: (body, [(speaker_text, cue, content start)]) — each beside a counterexample.
SPANS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a connector opening the sentence is no subject: the attribution after the comma inverts
    ("Still, most of the cash went into other Acme funds, says Tom Roe, a vice president.",
     [("Tom Roe, a vice president", "says", "Still, most of the cash")]),
    ("Still, Roe, a lawyer, asked the board to wait.", [("Roe, a lawyer", "asked", "to wait")]),
    # an attribution closing its clause at a semicolon: the content is before it
    ("Acme's fund has fallen 2% this year, Tom Roe says; the Beta fund rose 1%.",
     [("Tom Roe", "says", "Acme's fund has fallen")]),
    # an infinitive then a relative 'that' is no that-clause of "hopes"
    ("Jane Roe hopes to win a race that will end the primaries.", []),
    ("Jane Roe hopes that the race will end soon.", [("Jane Roe", "hopes", "the race will end")]),
    ("Jane Roe said to reporters that the race was over.",
     [("Jane Roe", "said", "the race was over")]),
    # "back in 2011", "maintains close ties": no speech; "maintains that", "back the plan" are
    ("Jane Roe first came to the attention of the police back in 2011.", []),
    ("The group maintains close ties with the city council.", []),
    ("Jane Roe maintains that the race was fair.", [("Jane Roe", "maintains", "the race")]),
    ("The unions back the plan to cut fares.", [("The unions", "back", "the plan")]),
    # a quote ending in a nested quote before "X told Y": the quote is the content, not Y
    # (the nested quote is also a view of its own speaker: tests/test_views_refer.py)
    ("\u201cHe said, \u2018I hope it happens,\u2019\u201d Jane Roe told union workers in Ohio.",
     [("Jane Roe", "told", "He said, \u2018I hope it happens"),
      ("He", "said", "I hope it happens")]),
    ("\u201cIt will pass,\u201d Jane Roe told union workers in Ohio.",
     [("Jane Roe", "told", "It will pass")]),
]


@pytest.mark.parametrize("body,expected", SPANS)
def test_spans(body: str, expected: list[tuple[str, str, str]]) -> None:
    views = extract_views(section(H + body), [])
    got = [(v.speaker_text, v.cue, v.text) for v in views]
    assert len(got) == len(expected), got
    for (st, cue, text), (est, ecue, etext) in zip(got, expected, strict=True):
        assert (st, cue) == (est, ecue) and text.startswith(etext), got


def test_declined_to_an_amount_is_no_speech() -> None:
    body = "Its share of the unit's income declined to $6 million from $9 million last year."
    assert extract_views(section(H + body), []) == []
    doc = section(H + "The ministry declined to discuss the audit.")
    assert [v.cue for v in _extract_views(doc, [])[0]] == ["declined"]  # read, not output


# A plural group noun opening a sentence is no name and no joint speaker of the people in play
# ("Party leaders hope …"); "the two leaders" still is.
GROUPS: list[Any] = [
    (("Jane Roe won the primary. Tom Fisk, her rival, conceded.\n\nParty leaders hope that "
      "Fisk will tone down his attacks."),
     [("Jane Roe", "person", ("Roe",), {}), ("Tom Fisk", "person", ("Fisk",), {})],
     {"Party leaders": None}),
    (("Jane Roe met Tom Fisk in Rome. The two leaders said the talks went well."),
     [("Jane Roe", "person", (), {}), ("Tom Fisk", "person", (), {})],
     {"The two leaders": "A1"}),
]


@pytest.mark.parametrize("body,specs,expected", GROUPS)
def test_group_nouns(body: str, specs: list[Any], expected: dict[str, str | None]) -> None:
    test_business_speakers(body, specs, expected)


# A fronted verb opening the sentence ("Says X, a long description: “…”"); a participle
# phrase opening a sentence ("Said to be …", "Noted for …") is no attribution.
FRONTED: list[tuple[str, list[tuple[str, str, str]]]] = [
    (("Junk funds barely broke even.\n\nSays Tom Roe, chief investment officer of Acme Bank and "
      "manager of the Beta Group in Ohio: \"It's a fuse burning down.\""),
     [("Tom Roe, chief investment officer of Acme Bank and manager of the Beta Group in Ohio",
       "Says", "It's a fuse")]),
    ("Adds Jane Fisk, a broker: \u201cNobody is buying.\u201d",
     [("Jane Fisk, a broker", "Adds", "Nobody is buying")]),
    ("Said to be the richest man in town, Tom Roe left for Spain.", []),
]


@pytest.mark.parametrize("body,expected", FRONTED)
def test_fronted_verb(body: str, expected: list[tuple[str, str, str]]) -> None:
    test_spans(body, expected)


# "As X put it, “…”" / "X put it: “…”": speech; "put it on/this way/its" is not.
PUT_IT: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("As one trader put it, \"The market is tired.\"",
     [("one trader", "put it", "The market is tired")]),
    ("Jane Roe, the party whip, put it: \"This nominee will not pass.\"",
     [("Jane Roe, the party whip", "put it", "This nominee will not pass")]),
    ("She put it on the shelf by the door.", []),
    ("The city has put its weight behind the bid.", []),
    ("Such plans, to put it mildly, have never worked here.", []),
]


@pytest.mark.parametrize("body,expected", PUT_IT)
def test_put_it(body: str, expected: list[tuple[str, str, str]]) -> None:
    test_spans(body, expected)


# A study as the subject reports its finding without 'that'; a possessive before a document
# names its author; "found" after a plain noun is no speech.
STUDIES: list[Any] = [
    (("A survey by the Farm Council in March found Jane Roe with a lead of 52 percent to 39 "
      "percent."), [("Farm Council", "organization", (), {})],
     {"A survey by the Farm Council in March": "A1"}),
    (("Tom Fisk, a sociologist at Acme University, has studied rents for years. His report "
      "found that prices rose sharply."),
     [("Tom Fisk", "person", (), {}), ("Acme University", "organization", (), {})],
     {"His report": "A1"}),
    (("Jane Roe met Tom Fisk on Monday. Her new book says the market is broken."),
     [("Jane Roe", "person", (), {}), ("Tom Fisk", "person", (), {})], {"Her new book": "A1"}),
    # … but "his aides" are unnamed people around him, not him
    (("Tom Fisk spoke on Monday. His aides said he was tired."),
     [("Tom Fisk", "person", (), {})], {"His aides": None}),
]


@pytest.mark.parametrize("body,specs,expected", STUDIES)
def test_studies(body: str, specs: list[Any], expected: dict[str, str | None]) -> None:
    test_business_speakers(body, specs, expected)


def test_found_after_a_plain_noun_is_no_speech() -> None:
    assert extract_views(section(H + "Police found the car near the river."), []) == []


def test_possessive_before_an_unknown_noun() -> None:
    """'Their preference …' (a noun the role table lacks) must not fail the lookup."""
    body = "Tom Fisk and Jane Roe spoke. Their preference, aides said, is a delay."
    extract_views(section(H + body), [])


# A wire archive's question or exclamation closed by two apostrophes ("?''") still takes the
# attribution that follows it in the next sentence.
WIRE: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("``Who gave him that right?'' Tom Roe said at a news conference in his home town.",
     [("Tom Roe", "said", "Who gave him that right")]),
    ("``Get out of here now!'' the mayor said.", [("the mayor", "said", "Get out")]),
    ("``Who gave him that right?'' The crowd went quiet.", []),
]


@pytest.mark.parametrize("body,expected", WIRE)
def test_wire_question(body: str, expected: list[tuple[str, str, str]]) -> None:
    test_spans(body, expected)


# An occasion opening the sentence with no comma is no part of the subject.
OCCASION: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("In a radio interview Tom Roe declared \u201cI think the pact has run its course.\u201d",
     [("Tom Roe", "declared", "I think the pact")]),
    ("In a radio interview the mayor said the bridge would reopen.",
     [("the mayor", "said", "the bridge would reopen")]),
    ("In the interview room Tom Roe said nothing about it.", []),
]


@pytest.mark.parametrize("body,expected", OCCASION)
def test_occasion_lead(body: str, expected: list[tuple[str, str, str]]) -> None:
    test_spans(body, expected)


# A restrictive relative clause with auxiliaries in the subject ("officers who had been
# searching for X concluded"): the speaker is the antecedent with its clause, never X.
RELATIVE_AUX: list[tuple[str, list[tuple[str, str, str]]]] = [
    (("Police officers who had been hunting for Tom Roe concluded he had probably "
      "drowned."),
     [("Police officers who had been hunting for Tom Roe", "concluded", "he had")]),
    ("Residents who have lived here for years say the river is rising.",
     [("Residents who have lived here for years", "say", "the river is rising")]),
]


@pytest.mark.parametrize("body,expected", RELATIVE_AUX)
def test_relative_with_auxiliaries(body: str, expected: list[tuple[str, str, str]]) -> None:
    test_spans(body, expected)


def test_relative_with_auxiliaries_resolves_to_no_one_inside() -> None:
    text = H + "Officers who were hunting for Tom Roe said he had drowned near the pier."
    views = extract_views(section(text), [_actor(text, "A1", "Tom Roe", "person")])
    assert [v.speaker for v in views] == [None]


# A newspaper's own voices ("the editorial board wrote", "the column said") speak for the
# newspaper named before (by its name's head or an appositive, "X, Ohio's largest newspaper");
# never for a company that is no paper.
PRESS: list[Any] = [
    (("The Daily Courier, Ohio's largest newspaper, printed three editorials this month. \"The plan "
      "is a fraud,\" the editorial board wrote."),
     [("Daily Courier", "organization", (), {})], {"the editorial board": "A1"}),
    (("The Morning Herald attacked the plan. \"It is a fraud,\" the column said."),
     [("Morning Herald", "organization", (), {})], {"the column": "A1"}),
    (("Acme Corp. attacked the plan. \"It is a fraud,\" the column said."),
     [("Acme Corp.", "organization", (), {})], {"the column": None}),
]


@pytest.mark.parametrize("body,specs,expected", PRESS)
def test_press_voices(body: str, specs: list[Any], expected: dict[str, str | None]) -> None:
    test_business_speakers(body, specs, expected)


# Business copy's elegant variation for a company: "the Ohio-based company", "the valve maker",
# "the nation's No. 2 steelmaker", "the maker of valves" — the company a recent sentence opens
# with; "the lawmaker", "the policy maker" are people, and "the company's chairman" is unnamed.
VARIATION: list[Any] = [
    (("Acme Valve Inc. said profit fell. The Ohio-based maker of valves said demand was weak."),
     [("Acme Valve Inc.", "organization", (), {})],
     {"The Ohio-based maker of valves": "A1"}),
    (("Beta Motors Corp. wants to buy a stake in Gamma PLC, the British car maker.\n\nBeta "
      "sought approval last week. The nation's No. 2 automaker then told Gamma it would bid."),
     [("Beta Motors Corp.", "organization", ("Beta",), {}),
      ("Gamma PLC", "organization", ("Gamma",), {}), ("Ohio", "place", (), {})],
     {"The nation's No. 2 automaker": "A1"}),
    (("Acme Valve Inc. said profit fell. The Cleveland valve maker said demand was weak."),
     [("Acme Valve Inc.", "organization", (), {}), ("Cleveland", "place", (), {})],
     {"The Cleveland valve maker": "A1"}),
    (("Acme Valve Inc. said profit fell. The lawmaker said demand was weak."),
     [("Acme Valve Inc.", "organization", (), {})], {"The lawmaker": None}),
    (("Acme Valve Inc. said profit fell. The policy maker said demand was weak."),
     [("Acme Valve Inc.", "organization", (), {})], {"The policy maker": None}),
    (("Acme Valve Inc. said profit fell. The company's chairman said demand was weak."),
     [("Acme Valve Inc.", "organization", (), {})], {"The company's chairman": None}),
]


@pytest.mark.parametrize("body,specs,expected", VARIATION)
def test_company_variation(body: str, specs: list[Any], expected: dict[str, str | None]) -> None:
    test_business_speakers(body, specs, expected)


def test_company_official_at_sentence_start() -> None:
    """'A company spokeswoman said' opening a sentence speaks for the company, as 'a company
    spokeswoman said' inside one does; a capitalised body ('A Beta spokeswoman') is that body."""
    text = H + "Acme Inc. will close the plant. A company spokeswoman said talks had failed."
    views = extract_views(section(text), [_actor(text, "A1", "Acme Inc.", "organization")])
    assert [(v.speaker_text, v.speaker) for v in views] == [("A company spokeswoman", "A1")]
    text = H + "Acme Inc. will close the plant. A Beta spokeswoman said talks had failed."
    views = extract_views(section(text), [_actor(text, "A1", "Acme Inc.", "organization"),
                                          _actor(text, "A2", "Beta", "organization")])
    assert [(v.speaker_text, v.speaker) for v in views] == [("A Beta spokeswoman", "A2")]


# "said in an editorial on Sunday: <the editorial>": the words start after the colon.
OCCASION_COLON: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The Daily Courier said in an editorial on Sunday: The council has let the city down.",
     [("The Daily Courier", "said", "The council has let")]),
    ("Tom Roe said at a rally on Monday: the plan is dead.",
     [("Tom Roe", "said", "the plan is dead")]),
    ("Tom Roe said in Ohio that the talks failed: a blow to the city.",
     [("Tom Roe", "said", "the talks failed: a blow")]),
]


@pytest.mark.parametrize("body,expected", OCCASION_COLON)
def test_occasion_colon(body: str, expected: list[tuple[str, str, str]]) -> None:
    test_spans(body, expected)
