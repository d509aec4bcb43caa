"""Golden rules for commitment classes missed on the least-tuned dev sets (issue #6, session 5):
backing a named candidate ("X endorsed Y for president"), an inquiry under way ("are looking
into"), a stated commitment ("we have a commitment to"), an effort ("doing its best to", ",
trying to"), a plan's content told as its owner's ("X's plan would cap …"), acts that "take"
and "remain"/"stay" name only with their complement ("will take firm steps", "will stay on as
chairman"), an adverb between "will" and the verb ("will then travel"), and a pledge told in the
pluperfect ("had pledged to back"). Each with counterexamples that must not fire: a judgement of
a thing, a passive, an outcome, a negation, a list item, a plan given up.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # backing a named candidate
    ("The Globex union endorsed Marie Dupont for president on Tuesday.", [
        ("pledge", set(), "Marie Dupont for president"),
    ]),
    ("Smith has endorsed Tanaka, saying he would campaign for him.", [
        ("pledge", {"John Smith"}, "Tanaka"),
        ("pledge", set(), "campaign for him"),
    ]),
    ("Weber is endorsing Smith's presidential campaign.", [
        ("pledge", {"Anna Weber"}, "Smith's presidential campaign"),
    ]),
    ("The board endorsed the merger plan.", []),
    ("Smith endorsed Tanaka's approach to the budget.", []),
    ("Tanaka was endorsed by the union last week.", []),
    ("On Monday, Smith, who had endorsed Tanaka for the post, left the party.", []),
    # an inquiry under way
    ("Investigators in Japan and Canada are also looking into two other fires at the plant.", [
        ("ongoing", {"Japan", "Canada"}, "two other fires at the plant"),
    ]),
    ("Nobody is looking into the complaints.", []),
    # a stated commitment, an effort under way
    ("“We have a commitment to opening clinics in every county,” Smith said.", [
        ("pledge", {"John Smith"}, "opening clinics in every county"),
    ]),
    ("“We have no commitment to any buyer,” Smith said.", []),
    ("Acme says it is doing its utmost to restore power by Friday.", [
        ("ongoing", {"Acme Corp"}, "restore power by Friday"),
    ]),
    ("Japan is doing everything it can to free the hostages.", [
        ("ongoing", {"Japan"}, "free the hostages"),
    ]),
    ("Ukraine has delayed the vote, trying to win over the smaller parties.", [
        ("ongoing", {"Ukraine"}, "win over the smaller parties"),
    ]),
    ("Migrants trying to cross the river were turned back.", []),
    ("“Jobs, security, trying to restore order: voters like it,” Smith said.", []),
    # a plan's content is its owner's proposal
    ("Dupont's plan would also cap the value of deductions at 28 percent.", [
        ("pledge", {"Marie Dupont"}, "cap the value of deductions"),
    ]),
    ("Smith unveiled a tax plan. His plan would impose a 3 percent levy on big estates.", [
        ("pledge", {"John Smith"}, "impose a 3 percent levy"),
    ]),
    ("Smith's plan would cost $2 trillion over ten years.", []),
    ("A plan like that would help the farmers.", []),
    # "take" and "remain"/"stay" with the complement of an act
    ("Acme said it will take aggressive pricing steps to defend its share.", [
        ("pledge", {"Acme Corp"}, "take aggressive pricing steps"),
    ]),
    ("Acme said the repairs will take years.", []),
    ("Acme said the meeting will take place in Geneva.", []),
    ("Acme Chairman John Smith will remain in both posts after the merger.", [
        ("pledge", {"John Smith"}, "remain in both posts"),
    ]),
    ("Acme said Tanaka will stay on as chief executive until a successor is found.", [
        ("pledge", {"Ken Tanaka"}, "stay on as chief executive"),
    ]),
    ("Smith will remain in Canada pending the appeal.", [
        ("pledge", {"John Smith"}, "remain in Canada pending the appeal"),
    ]),
    ("Acme said rates will remain high until the spring.", []),
    ("Smith will remain in hospital until Friday.", []),
    ("Smith will remain in custody.", []),
    # an adverb between "will" and the verb
    ("Smith will first meet the governors and will later visit the border.", [
        ("pledge", {"John Smith"}, "meet the governors"),
        ("pledge", {"John Smith"}, "visit the border"),
    ]),
    ("Acme said prices will then rise sharply.", []),
    # a pledge told in the pluperfect still stands; an intention or decision in it is past
    ("Smith had pledged to back the party's nominee.", [
        ("pledge", {"John Smith"}, "back the party's nominee"),
    ]),
    ("Smith had intended to back the party's nominee.", []),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_recall5_golden(body: str, expected: list[tuple[str, set[str], str]]) -> None:
    check_golden(body, expected)
