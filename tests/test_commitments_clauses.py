"""Golden rows for clause shapes around a cue (issue #6, session 3): an aspectual verb before
the cue ("continued to vow"), a time clause before the main clause's pronoun ("once X closes,
it will"), an emphatic refusal of a choice ("would never sign"), "adding he would", the speaker
of the quote before a pronoun source, and a conditional "would" said by the speaker.
Invented sentences, each beside the trap it resembles.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden, make_actors

from briefgen.extract.commitments import extract_commitments
from briefgen.model import View
from briefgen.section import section

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # after a pledge noun's record, a coordinated verb takes the sentence's own subject, not
    # the noun's possessor; after a verb's record, that record's subject
    ("Smith called Acme's plans to close the mill a disgrace, and threatened to impose a tax on it.",
     [("intention", {"Acme Corp"}, "close the mill"), ("pledge", {"John Smith"}, "impose a tax")]),
    ("Smith agreed to close the mill and vowed to retrain its workers.",
     [("agreement", {"John Smith"}, "close the mill"), ("pledge", {"John Smith"}, "retrain")]),
    # an aspectual verb asserts the act; a wished or planned one does not
    ("Acme continued to vow it would keep the plant open.",
     [("pledge", {"Acme Corp"}, "it would keep the plant open")]),
    ("Globex has started to pledge that it will refund every buyer.",
     [("pledge", {"Globex"}, "refund every buyer")]),
    ("Acme is unlikely to promise refunds.", []),
    # a time clause closes before the main clause's pronoun (with or without a comma)
    ("Acme said that once the merger closes it will cut 200 jobs.",
     [("pledge", {"Acme Corp"}, "cut 200 jobs")]),
    ("Japan said when the talks resume, it will lower tariffs on rice.",
     [("pledge", {"Japan"}, "lower tariffs on rice")]),
    # … but a pronoun after a verb of saying is that verb's object, inside the time clause
    ("After Tanaka promised he would lower tariffs, the mood improved.",
     [("pledge", {"Ken Tanaka"}, "lower tariffs")]),
    # an emphatic refusal of a choice is a pledge, and so is refraining from an act of one's own
    # (test_commitments6d_refusals); a plain refusal to enter an agreement is not (the issue:
    # "refused to commit" is never a pledge), nor is an outcome
    ("Smith said he would never sign the treaty.", [("pledge", {"John Smith"}, "never sign the treaty")]),
    ("Smith said he would not sign the treaty.", []),
    ("The feud will never end, Smith said.", []),
    # "…, adding he would": reported speech of the one who spoke
    ("The talks went well, Tanaka said, adding he would visit Beijing in May.",
     [("pledge", {"Ken Tanaka"}, "visit Beijing in May")]),
    # a conditional "would" of the speaker is a pledge; a hypothetical about others, a
    # counterfactual or a fact in question is not
    ("If the bill reaches his desk, Smith said he would sign it.",
     [("pledge", {"John Smith"}, "sign it")]),
    ("If Tanaka wins, Smith said he would resign.", []),
    ("If Japan were a company, Smith said he would buy it.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_clauses(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)


def _quoted(body: str, with_view: bool) -> tuple[list, dict[str, str]]:
    text = "H\n" + body + "\n"
    actors = make_actors(text)
    views = []
    if with_view:
        q = text.index("We are ready")
        he = text.index(" he said") + 1
        sid = next(a.id for a in actors if a.name == "John Smith")
        views.append(View(sid, "he", (he, he + 2), None, None, "official", True, "said",
                          "We are ready", (q, q + 12)))
    got = extract_commitments(section(text), actors, [], views)
    return got, {a.id: a.name for a in actors}


BODY = 'Smith spoke in Geneva. "We are ready," he said, adding he would never back that bill.'


def test_pronoun_source_is_the_speaker_of_the_quote_before() -> None:
    got, names = _quoted(BODY, with_view=True)
    assert [(c.strength, [names[a] for a in c.actors]) for c in got] == [("pledge", ["John Smith"])]
    assert got[0].text.startswith("never back that bill")


def test_pronoun_source_without_a_quote_speaker_commits_nobody() -> None:
    got, _ = _quoted(BODY, with_view=False)
    assert got == []


def test_the_two_sides_paragraphs_later_are_the_two_countries() -> None:
    """Right after a meeting "the two sides" are the officials who met (and their countries);
    paragraphs later, the two countries they stand for."""
    from briefgen import build_brief

    text = (
        "Neighbours talk security\n\n"
        "Kenyan Defence Minister Ann Mwangi and Ugandan Defence Minister John Okello met in "
        "Kampala on Monday.\n\n"
        "The two sides agreed to hold joint border patrols.\n\n"
        "Trade between the neighbours has grown for a decade.\n\n"
        "Border crossings remain slow, traders say.\n\n"
        "The two sides also plan to expand rail links.\n"
    )
    brief = build_brief(text, "2024-01-01")
    by_action = {c.text: {brief.actor(a).name for a in c.actors} for c in brief.commitments}
    patrols = next(v for k, v in by_action.items() if "joint border patrols" in k)
    rail = next(v for k, v in by_action.items() if "rail links" in k)
    assert {"Ann Mwangi", "John Okello"} <= patrols
    assert rail == {"Kenya", "Uganda"}
