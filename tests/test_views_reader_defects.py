"""Views (#5): defects a reader found in briefs, each fixed as a general pattern of news writing,
with golden rows and counterexamples that must NOT change.

- "X said Thursday he would …": a bare weekday or time adverb right after the cue is when it was
  said, not content (but "said Sunday was the deadline": the day is the subject);
- "…, state radio reported." closing a sentence that opens with "X said …": the outlet's own
  attribution, not part of X's content;
- a greeting or thanks ("Hello, folks.", "Thank you very much.") is no view;
- an abstract noun ("the reason for his support", "the timing of the move") never speaks;
- "A spokeswoman for Roe said …" when the next sentence names "The spokeswoman, Ann Doe": Doe
  (never "Tom Hill, another spokesman for Roe");
- "the campaign said" in a text with two campaigns: the campaign of the candidate the sentence
  before is about, else none.

All passages are invented from general news conventions (no corpus text)."""

from __future__ import annotations

import datetime

import pytest

from briefgen.pipeline import build_brief

REF = datetime.date(2024, 5, 1)
LEAD = "The debate over the spending plan continued this week.\n\n"


def views(body: str) -> list[tuple[str | None, str]]:
    """(speaker name, content with its parts joined) of every view after the lead."""
    text = LEAD + body + "\n"
    brief = build_brief(text, REF)
    names = {a.id: a.name for a in brief.actors}
    return [
        (names.get(v.speaker or ""), " ".join(text[s:e] for s, e in (v.span, *v.spans)))
        for v in brief.views
        if v.span[0] >= len(LEAD)
    ]


def contents(body: str) -> list[str]:
    return [c.rstrip(".") for _s, c in views(body)]


# --- a bare time adverb after the cue ---------------------------------------------------------
TIME_ROWS = [
    ("Ann Cole said Thursday she would veto the bill.", "she would veto the bill"),
    ("Ann Cole said Monday the plan was dead.", "the plan was dead"),
    ("Ann Cole said today he would veto the bill.", "he would veto the bill"),
    ("The ministry said Thursday it would raise rates.", "it would raise rates"),
    ("Ann Cole said late Tuesday night the talks had failed.", "the talks had failed"),
    ("Ann Cole told reporters Friday the vote would be close.", "the vote would be close"),
    ("The company announced on Monday the sale of its steel unit.",
     "the sale of its steel unit"),
    # an occasion, alone or with a time ("in a statement", "in an interview with CNN")
    ("Ann Cole said in a statement she would veto the bill.", "she would veto the bill"),
    ("Ann Cole said on Twitter Monday the vote was rigged.", "the vote was rigged"),
    ("Ann Cole said in an interview on Monday, the plan was dead.", "the plan was dead"),
    # a name after the occasion is left alone (it may open the clause)
    ("Ann Cole said in an interview with The Daily Star that the plan was dead.",
     "the plan was dead"),
    # unchanged: 'that' after the adverb, and the day as the clause's subject or owner
    ("Ann Cole said in an interview Monday was the deadline.", "Monday was the deadline"),
    ("Ann Cole said Thursday that the bill would fail.", "the bill would fail"),
    ("Ann Cole said Sunday was the deadline.", "Sunday was the deadline"),
    ("Ann Cole said Friday's vote would be close.", "Friday's vote would be close"),
    ("Ann Cole said today's vote would be close.", "today's vote would be close"),
]


@pytest.mark.parametrize("body,want", TIME_ROWS)
def test_time_adverb_after_cue(body: str, want: str) -> None:
    assert want in contents(body), views(body)


# --- an outlet's attribution closing the sentence ---------------------------------------------
OUTLET_ROWS = [
    ("Ann Cole said the talks had collapsed, state radio reported.", "state radio"),
    ("The minister said the army would withdraw, state television said.", "state television"),
    ("Ann Cole told aides she would not resign, the newspaper reported.", "the newspaper"),
    ("Ann Cole said the talks had collapsed, local media reported.", "local media"),
    ("The ministry said the ship had sunk, the official news agency reported.",
     "the official news agency"),
    ("Ann Cole said the talks had collapsed, her spokesman said.", "her spokesman"),
    ("Ann Cole said the talks had collapsed, the Tass news agency quoted her as saying.",
     "the Tass news agency"),
]


@pytest.mark.parametrize("body,outlet", OUTLET_ROWS)
def test_outlet_tail_is_its_own_attribution(body: str, outlet: str) -> None:
    got = contents(body)
    tails = (outlet.split()[-1] + " reported", outlet + " said", "as saying")
    assert not [c for c in got if c.endswith(tails)], got
    inner = body.split(" said ", 1)[-1].split(" told aides ", 1)[-1].split(",")[0]
    assert inner in got, got
    # the outlet's view is the whole report
    assert body.split(",")[0] in got, got


def test_outlet_tail_counterexample_a_clause_after_and_stays() -> None:
    """A conjoined clause of the same speaker is not an outlet's attribution."""
    got = contents("Ann Cole said the talks had collapsed, and the army would withdraw.")
    assert "the talks had collapsed, and the army would withdraw" in got, got


# --- greetings and thanks ---------------------------------------------------------------------
PHATIC_DROPPED = [
    "“Thank you very much,” Ann Cole said.",
    "“Thank you all for coming,” Ann Cole said.",
    "“Hello, Ohio!” Ann Cole said.",
    "“Thank you, Mr. Speaker,” Ann Cole said.",
    "“Good evening, everybody,” said Ann Cole.",
]


@pytest.mark.parametrize("body", PHATIC_DROPPED)
def test_greeting_alone_is_no_view(body: str) -> None:
    assert views(body) == [], views(body)


PHATIC_TRIMMED = [
    ("“Hello, folks,” Ann Cole said. “We will win this state.”", "We will win this state"),
    ("“Good morning, everybody,” said Ann Cole. “The economy is strong.”",
     "The economy is strong"),
    ("Ann Cole said: “Thanks, everyone. Our plan will create jobs.”",
     "Our plan will create jobs"),
    ("“Thank you very much. The plan will cut taxes,” Ann Cole said.",
     "The plan will cut taxes"),
]


@pytest.mark.parametrize("body,want", PHATIC_TRIMMED)
def test_greeting_before_the_words_is_trimmed(body: str, want: str) -> None:
    assert [("Ann Cole", want)] == [(s, c.rstrip(".")) for s, c in views(body)], views(body)


PHATIC_KEPT = [
    ("“Thank God the bill failed,” Ann Cole said.", "Thank God the bill failed"),
    ("“Good luck with that plan,” Ann Cole said.", "Good luck with that plan"),
    ("“We thank our allies for their support,” Ann Cole said.",
     "We thank our allies for their support"),
    ("“Hello, it’s the governor calling,” Ann Cole said.", "Hello, it’s the governor calling"),
]


@pytest.mark.parametrize("body,want", PHATIC_KEPT)
def test_saying_something_is_kept(body: str, want: str) -> None:
    assert want in contents(body), views(body)


# --- abstract nouns never speak ---------------------------------------------------------------
ABSTRACT_ROWS = [
    "The reason for his support said a lot about the race.",
    "The timing of the announcement suggests the deal is close.",
    "The fact that she won says the mood has changed.",
    "The question of who pays shows the party is split.",
    "The lack of any reply shows the agency does not care.",
]


@pytest.mark.parametrize("body", ABSTRACT_ROWS)
def test_abstract_subject_is_no_speaker(body: str) -> None:
    assert views(body) == [], views(body)


SPEAKER_ROWS = [
    ("The report said the economy would slow.", "the economy would slow"),
    ("The lawsuit says the company broke the law.", "the company broke the law"),
    ("The committee said the plan would fail.", "the plan would fail"),
    # an abstract noun before a parenthetical attribution is content, not speaker
    ("The problem, Ann Cole said, is that nobody pays.", "The problem is that nobody pays"),
]


@pytest.mark.parametrize("body,want", SPEAKER_ROWS)
def test_person_body_document_still_speak(body: str, want: str) -> None:
    assert want in contents(body), views(body)


# --- a spokesperson named in the next sentence -------------------------------------------------
NAMED_NEXT = "Jane Roe will visit Ohio next week. A spokeswoman for Jane Roe said the senator "


def test_spokeswoman_named_in_next_sentence() -> None:
    got = views(NAMED_NEXT + "would skip the debate. The spokeswoman, Ann Doe, added that "
                "the schedule was full.")
    assert ("Ann Doe", "the senator would skip the debate") in got, got
    assert ("Ann Doe", "the schedule was full") in got, got


def test_spokeswoman_named_in_next_paragraph() -> None:
    got = views(NAMED_NEXT + "would skip the debate.\n\nThe spokeswoman, Ann Doe, said later "
                "that the trip was still on.")
    assert ("Ann Doe", "the senator would skip the debate") in got, got


@pytest.mark.parametrize("after", [
    # another spokesman is someone else: the principal speaks (the gold convention)
    ("A spokesman for Roe said the senator would skip the debate. Tom Hill, another spokesman "
     "for Roe, said the trip was on."),
    # a spokesman unnamed: the principal
    ("A spokesman for Roe said the senator would skip the debate. The spokesman, who spoke on "
     "condition of anonymity, added that the schedule was full."),
    # a spokeswoman of someone else named next
    ("A spokesman for Roe said the senator would skip the debate. Ann Doe, a spokeswoman for "
     "the state party, said the trip was on."),
])
def test_spokesman_not_resolved_to_another(after: str) -> None:
    got = views("Jane Roe will visit Ohio next week. " + after)
    assert ("Jane Roe", "the senator would skip the debate") in got, got


# --- "the campaign" with two campaigns ---------------------------------------------------------
TWO = ("Jane Roe and Tom Doe are tied in the polls. The Roe campaign said it had raised "
       "$5 million. The Doe campaign said it would spend more on ads.\n\n")


@pytest.mark.parametrize("para,want", [
    ("Doe spoke in Ohio on Monday. The campaign said he would return next week.",
     "Doe campaign"),
    ("Roe spoke in Ohio on Monday. The campaign said she would return next week.",
     "Roe campaign"),
    (("It may be too late for Roe. She could still win Ohio. And the campaign said the polls "
      "were wrong."), "Roe campaign"),
    # nobody in play: no guess
    ("Voters in Ohio are undecided. The campaign said the candidate would return next week.",
     None),
])
def test_the_campaign_of_the_candidate_in_play(para: str, want: str | None) -> None:
    got = views(TWO + para)
    last = [g for g in got if g[1].startswith(("he would", "she would", "the candidate",
                                               "the polls"))]
    assert last and last[-1][0] == want, got


def test_one_campaign_is_still_the_campaign() -> None:
    got = views("Jane Roe is leading in the polls. The Roe campaign said it had raised "
                "$5 million.\n\nDoe spoke in Ohio. The campaign said she would return.")
    assert ("Roe campaign", "she would return") in got, got
