"""Golden rows for speaker classes fixed in session 4, second views round (#5): "they" after a
plural noun for people, a possessed role ("Ms. Roe's aide"), a sentence-final report after a
leading attribution ("…, CNN reported"), and "asked X to do Y" read as no inversion. Invented
news sentences, each rule beside counterexamples that must keep the older reading. Actors are
given as the actors stage would make them (tests.test_views_speakers._actor)."""

from __future__ import annotations

from typing import Any

import pytest
from test_views_speakers import actors_of

from briefgen.extract.views import extract_views
from briefgen.section import section

H = "Headline of the story\n\n"

ACME = ("Acme Corp.", "organization", ("Acme",), {})

# (body, actors (name, kind, extra surfaces, fields), the speaker id of each view in order)
THEY: list[Any] = [
    # a plural noun for people between the organisation and "they": unnamed people
    (("Acme Corp. closed its plant on Monday. Investigators have looked for the missing "
      "files since May. They believe the papers were shredded."), [ACME], [None]),
    (("Acme Corp. cut its forecast on Monday. That worries many analysts because they believe "
      "demand will fall further."), [ACME], [None]),
    (("The Daily Ledger reported the deal on Friday. Union leaders met on Saturday, and they "
      "said the deal was unfair."),
     [("Daily Ledger", "organization", (), {})], [None]),
    # counterexamples: the organisation's own people ("Acme officials", "officials at Acme") …
    (("Acme Corp. reported earnings on Monday. Acme officials met on Tuesday, and they said "
      "sales would grow."), [ACME], ["A1"]),
    (("Officials at Acme Corp. spoke on Monday. They said demand had slowed in the third "
      "quarter."), [ACME], ["A1"]),
    # … no plural noun for people in between …
    ("Acme Corp. cut its forecast on Monday. They said demand had slowed.", [ACME], ["A1"]),
    # … or people named before the organisation, which is the nearer antecedent
    (("Investigators met on Monday. Acme Corp. then closed the plant. They said the plant "
      "was unsafe."), [ACME], ["A1"]),
]


@pytest.mark.parametrize("body,specs,expected", THEY)
def test_they_after_plural_people(
    body: str, specs: list[Any], expected: list[str | None]
) -> None:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    assert [v.speaker for v in views] == expected, [(v.speaker_text, v.text) for v in views]


ROE = ("Jane Roe", "person", ("Ms. Roe", "Roe"), {})

# A person named as the possessor of a role noun is not the speaker: "Ms. Roe's aide".
POSSESSED: list[Any] = [
    ("Jane Roe will step down. Ms. Roe's aide said the party needed reform.", [ROE], [None]),
    ("Jane Roe will step down. Ms. Roe's successor said the party needed reform.",
     [ROE], [None]),
    ("Jane Roe will step down. Ms. Roe's former campaign manager said it was over.",
     [ROE], [None]),
    # counterexamples: the person herself, with a title or alone
    ("Jane Roe will step down. Ms. Roe said the party needed reform.", [ROE], ["A1"]),
    ("Party chairwoman Jane Roe said the party needed reform.", [ROE], ["A1"]),
]


@pytest.mark.parametrize("body,specs,expected", POSSESSED)
def test_possessed_role(body: str, specs: list[Any], expected: list[str | None]) -> None:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    assert [v.speaker for v in views] == expected, [(v.speaker_text, v.text) for v in views]


# A report closing a sentence after a leading attribution: its own view of the whole report
# (rule verb-final), the leading one's content ending at the comma.
OUTER: list[Any] = [
    (("The Roe campaign said the candidate will attend events in Ohio on Saturday, CNN "
      "reported."), [("CNN", "organization", (), {})],
     [("verb-final", "CNN"), ("verb-lead", "The Roe campaign")]),
    ("They believe the suspect fled to Mexico, federal officials have said.", [],
     [("verb-final", "federal officials"), ("verb-lead", "They")]),
    ("Roe said the plan was too costly, the Daily Ledger first reported on Friday.", [],
     [("verb-final", "the Daily Ledger"), ("verb-lead", "Roe")]),
    # counterexamples: a participle or a clause of its own after the comma
    ("Roe said the plan would fail, adding that it was too costly.", [],
     [("verb-lead", "Roe"), ("verb-participle", "Roe")]),
    ("Roe said the plan would fail, and the board agreed with her.", [],
     [("verb-lead", "Roe")]),
]


@pytest.mark.parametrize("body,specs,expected", OUTER)
def test_outer_report(body: str, specs: list[Any], expected: list[tuple[str, str]]) -> None:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    assert [(v.rule, v.speaker_text) for v in views] == expected, [
        (v.rule, v.speaker_text, v.text) for v in views
    ]


# "X, asked officials to join Y": the words after "asked" are its object, not an inverted
# speaker; "…, said Roe, who wants to run" still inverts.
INVERTED: list[Any] = [
    (("Last week, Police Chief Tom Roe, on a visit to Ohio, asked local officers to join the "
      "search, officials said."), [("Tom Roe", "person", (), {})], "officials"),
    ("The plan will fail, said Tom Roe, who wants to run for office.",
     [("Tom Roe", "person", (), {})], "Tom Roe"),
]


@pytest.mark.parametrize("body,specs,speaker", INVERTED)
def test_no_inversion_before_infinitive(body: str, specs: list[Any], speaker: str) -> None:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    assert views and views[0].speaker_text == speaker, [(v.rule, v.speaker_text) for v in views]
    assert all(v.rule != "verb-inverted" or "to " not in v.speaker_text for v in views)


# "his/her campaign said": the campaign of the person the pronoun names, when the text names
# one ("the Roe campaign"), else that person (the gold convention for "Roe's campaign said").
SIDE: list[Any] = [
    ("Jane Roe left the stage early on Sunday. Her campaign said on Monday that she had the flu.",
     [ROE], ["A1"]),
    (("The Roe campaign raised $2 million. Jane Roe spoke in Ohio on Monday. Her campaign said "
      "the event was a success."),
     [ROE, ("Roe campaign", "organization", (), {})], ["A2"]),
    # counterexamples: no person for the pronoun; a campaign that is no pronoun's side
    ("Acme Corp. closed the plant. His campaign said the event was a success.", [ACME], [None]),
    ("Jane Roe spoke on Monday. The campaign said the event was a success.", [ROE], [None]),
]


@pytest.mark.parametrize("body,specs,expected", SIDE)
def test_pronoun_side(body: str, specs: list[Any], expected: list[str | None]) -> None:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    assert [v.speaker for v in views] == expected, [(v.speaker_text, v.text) for v in views]


# A sentence subject that is a determiner and a lower-case noun ("The teacher then sued,
# claiming …"): the whole noun phrase, never the bare determiner; a possessed person noun
# with a name in apposition is that person; a time phrase first is skipped.
DETERMINED: list[Any] = [
    ("The teacher then sued, claiming the new rule broke her contract.", [], "The teacher"),
    (("The conservative magazine has opposed the plan, arguing that it would fail."), [],
     "The conservative magazine"),
    ("The boy's father, Tom Roe, lives in Ruritania and says the boy should come home.",
     [("Tom Roe", "person", (), {})], "Tom Roe"),
    ("A few days later, Roe reversed himself, telling reporters that the law should stay.",
     [("Roe", "person", (), {})], "Roe"),
    # counterexamples: a quantifier standing alone; a capitalised subject as before
    ("Some want to leave the board, arguing that the pay is too low.", [], "Some"),
    ("Acme Corp. cut 500 jobs on Monday, saying that demand had slowed.", [ACME], "Acme Corp."),
]


@pytest.mark.parametrize("body,specs,speaker", DETERMINED)
def test_determined_subject(body: str, specs: list[Any], speaker: str) -> None:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    assert [v.speaker_text for v in views] == [speaker], [(v.rule, v.speaker_text) for v in views]


def test_headline_only_pronoun() -> None:
    """A text that is one headline-like line: a pronoun subject resolves without paragraphs."""
    text = "Last spring, he spoke up for Jane Roe, saying she should win."
    views = extract_views(section(text), [])
    assert all(text[v.span[0] : v.span[1]] == v.text for v in views)


# "it" after a sentence opened by a description that names no actor ("The letter also accuses
# …"): that thing, not the organisation named before.
IT: list[Any] = [
    (("Acme Corp. sued the paper on Monday. This chart, posted on the court's website, "
      "showed the losses. It suggests that sales fell by half."), [ACME], [None]),
    (("Acme Corp. cut its forecast. The new tax was raised to 12 percent. Though it is lower "
      "now, it is still the highest, it is said."), [ACME], [None]),
    # counterexamples: a description of the organisation itself, of its parts and writings,
    # or of a document (whose author speaks: left to the document rules)
    (("Acme Corp. sued the paper on Monday. The new filing runs to 40 pages. It argues that "
      "the articles were unfair."), [ACME], ["A1"]),
    (("Acme Corp. sued the paper on Monday. The company said the articles were unfair. It "
      "added that it would appeal."), [ACME], ["A1", "A1"]),
    (("Acme Corp. reported earnings. The baking business gained on higher prices, it added."),
     [ACME], ["A1"]),
]


@pytest.mark.parametrize("body,specs,expected", IT)
def test_it_after_thing(body: str, specs: list[Any], expected: list[str | None]) -> None:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    assert [v.speaker for v in views] == expected, [(v.speaker_text, v.text) for v in views]


# “…?” X demanded. / “…!” X declared.: the attribution after a quote that ends its sentence
# with a question or exclamation mark, for these verbs too (not the previous speaker's quote).
AFTER_MARK: list[Any] = [
    (("“Every time you say that,” Roe said, “you help the critics.”\n\n“Why is this not proof "
      "that the bank is too big to fail?” Doe demanded."),
     [("Roe", "person", (), {}), ("Doe", "person", (), {})], ["A1", "A2"]),
    ("Roe spoke to the crowd.\n\n“Here, no one gives up!” Roe declared.",
     [("Roe", "person", (), {})], ["A1"]),
    # counterexample: no reporting verb after the mark: the quote goes on the last speaker
    (("“Every time you say that,” Roe said, “you help the critics.”\n\n“Why is this not proof "
      "that the bank is too big to fail?” The hearing went on for hours."),
     [("Roe", "person", (), {}), ("Doe", "person", (), {})], ["A1", "A1"]),
]


@pytest.mark.parametrize("body,specs,expected", AFTER_MARK)
def test_attribution_after_mark(body: str, specs: list[Any], expected: list[str | None]) -> None:
    text = H + body
    actors = actors_of(text, specs)
    views = extract_views(section(text), actors)
    assert [v.speaker for v in views] == expected, [(v.rule, v.speaker_text) for v in views]
