"""Golden rows for records that are no undertaking (issue #6, precision round 3): a future
someone else knows, has heard or fears ("we know from surveys that those voters will back X",
"all I have heard: X is going to …", "what worries them is that X will …", "the fear is that
X will …"), and what a thing is for ("the rules were intended to …", "they seemed intended to
…", "a gesture intended to …", "blocking new rules intended to …", "- fake emails intended
to …"). The same shapes with a real undertaking still count. Invented rows.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a future known, heard or feared by another: none
    ('"We know from the surveys that young voters are going to back Smith," the pollster said.', []),
    ('"All I have heard at home is this: Smith is going to close the border," she said.', []),
    ("What worries the unions most is that Smith will block the bill during the session.", []),
    ("The fear among farmers is that Smith will raise fuel taxes again.", []),
    # the same verbs with the speaker's own pledge after a clause break: a pledge
    ('"We know this is hard, but we will cut the deficit by 2020," Smith said.',
     [("pledge", {"John Smith"}, "cut the deficit by 2020")]),
    ('"You know, we\'re going to build the new bridge," Smith said.',
     [("intention", {"John Smith"}, "build the new bridge")]),
    ('"I know they will try to stop us, but I will veto that bill," Smith said.',
     [("pledge", {"John Smith"}, "veto that bill")]),
    ("Smith said he will sign the bill next week.",
     [("pledge", {"John Smith"}, "sign the bill next week")]),
    # what a thing is for: none
    ("The new rules were intended to curb payday lending, the ministry said.", []),
    ("Smith attacked the governor. The attacks seemed intended to tarnish him.", []),
    ("Smith offered the amendment as a gesture intended to embarrass the majority.", []),
    ("Smith was blocking new Treasury rules intended to curb payday lending.", []),
    ("The quick vote was also intended to discourage rivals.", []),
    ("Investigators found attempts at phishing - fake emails intended to steal passwords.", []),
    # a party's own intention: still an intention
    ("Smith said he intended to veto the bill.",
     [("intention", {"John Smith"}, "veto the bill")]),
    ("Acme Corp. said it intended to cut 500 jobs by 2020.",
     [("intention", {"Acme Corp"}, "cut 500 jobs by 2020")]),
]


@pytest.mark.parametrize("body,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_known_future_or_purpose_is_no_commitment(
    body: str, expected: list[tuple[str, set[str], str]]
) -> None:
    check_golden(body, expected)
