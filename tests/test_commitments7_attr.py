"""Commitment actor attribution (issue #6, session 7): who a record's committer is.

Invented rows from general news phrasing, one class of attribution error each, with the
counterexamples that must keep their answer:
- a means or helper set off by commas ("Britain, through its embassies in X and Y, has been
  pushing to …", "with the help of X") is no committer; "along with X" still is;
- "the ministry" names a body whose name opens with that noun ("the Ministry of Health");
- "the company" is refused (no committer) when two companies are conjoined in the sentence
  it refers back to: which one is meant would be a guess;
- "they" is the plural agent named before, not a group named in passing ("after militants
  claimed an attack");
- a live blog's entries are separate reports: a pronoun or a description is resolved inside
  its entry only, and a description with nobody of its kind there is the one person the entry
  names.
Invariance pairs: each shape with a time adverbial, "also", a paragraph before it.
"""

from __future__ import annotations

import pytest
from test_commitments_invariance import HEADLINE, records

TALKS = "Japan and Canada held talks in Ottawa on Monday. "

# (text after the headline, cue, expected committers)
ROWS: list[tuple[str, str, set[str]]] = [
    (("Britain, through its embassies in Kenya and Tanzania, has been pushing to expand aid to "
     "refugees."), "has been pushing to", {"United Kingdom"}),
    ("Britain, with the help of France and Germany, has pledged to expand aid to refugees.",
     "has pledged to", {"United Kingdom"}),
    ("Japan, via its development agency, pledged to build 20 schools.", "pledged to", {"Japan"}),
    # counterexamples: co-agents commit too
    ("Britain, along with France and Germany, has pledged to expand aid to refugees.",
     "has pledged to", {"United Kingdom", "France", "Germany"}),
    ("Britain, France and Germany have pledged to expand aid to refugees.",
     "have pledged to", {"United Kingdom", "France", "Germany"}),
    # the ministry: a name that opens with the kind noun
    (("The Ministry of Health said on Monday that cases rose. The ministry will open ten new "
     "clinics."), "will", {"Ministry of Health"}),
    # the company: one named, it; two conjoined, nobody
    ("Acme Corp. said on Monday profits rose. The company plans to hire 500 workers.",
     "plans to", {"Acme Corp."}),
    (("Acme Corp. and Zenith Inc. reported results on Monday. The company plans to hire 500 "
     "workers."), "plans to", set()),
    # "they": the pair, not a group named in passing
    (TALKS + "The talks came after Islamic State claimed an attack in Syria. They're proposing "
     "a joint fund to rebuild schools.", "re proposing", {"Japan", "Canada"}),
    (("Japan and Canada met in Ottawa on Monday after Islamic State claimed an attack in Syria. "
     "They're proposing a joint fund to rebuild schools."), "re proposing", {"Japan", "Canada"}),
]


def _find(text: str, cue: str) -> set[str] | None:
    for actors, c, *_ in records(HEADLINE + text):
        if c == cue:
            return set(actors)
    return None


@pytest.mark.parametrize(("text", "cue", "want"), ROWS)
def test_attribution(text: str, cue: str, want: set[str]) -> None:
    assert _find(text, cue) == want, text


def _opening(t: str) -> str:
    """ "On Tuesday, " before the sentence holding the cue (the last one)."""
    head, _, last = t.rpartition(". ")
    last = last[:4].replace("The ", "the ") + last[4:] if last.startswith("The ") else last
    return (head + ". " if head else "") + "On Tuesday, " + last


TRANSFORMS = {
    "opening": _opening,
    "also": lambda t: t.replace(" has pledged", " has also pledged")
    .replace(" plans to", " also plans to").replace(" pledged to build", " also pledged to build")
    .replace(" will open", " will also open"),
    "paragraph": lambda t: "Donors met in Geneva last week to weigh the plan.\n\n" + t,
}


@pytest.mark.parametrize("transform", sorted(TRANSFORMS))
@pytest.mark.parametrize(("text", "cue", "want"), ROWS)
def test_attribution_invariant(text: str, cue: str, want: set[str], transform: str) -> None:
    moved = TRANSFORMS[transform](text)
    got = [set(a) for a, *_ in records(HEADLINE + moved)]
    assert want in got, moved


BLOG = (
    "The Latest: Candidates campaign across the Midwest\n\n"
    "10:40 a.m.\n\nDaniel Brenner spoke to farmers in Iowa on Monday. He said the farm bill was "
    "a mess and promised to raise crop subsidies.\n\n"
    "11:15 a.m.\n\nHelen Marsh wants students to volunteer in their towns. Aides said the "
    "Democratic contender will unveil a volunteer corps for students on Friday.\n\n"
    "12:05 p.m.\n\n{third}\n\n"
)


def _blog(third: str) -> dict[str, set[str]]:
    from test_commitments_invariance import REF

    from briefgen import build_brief

    brief = build_brief(BLOG.format(third=third), REF)
    names = {a.id: a.name for a in brief.actors}
    return {c.text: {names[a] for a in c.actors} for c in brief.commitments}


@pytest.mark.parametrize(
    ("third", "action", "want"),
    [
        # the description is the one person the entry names, never one of an earlier entry
        (("A new poll shows Tom Aldridge ahead in Ohio. The Republican nominee also vowed to cut "
         "the corporate tax rate."), "cut the corporate tax rate", {"Tom Aldridge"}),
        # nobody named in the entry: no committer (never Brenner or Marsh from before)
        (("A new poll shows a close race in Ohio. The Republican nominee also vowed to cut the "
         "corporate tax rate."), "cut the corporate tax rate", set()),
    ],
)
def test_live_blog_entries(third: str, action: str, want: set[str]) -> None:
    got = _blog(third)
    assert got.get(action) == want, got
    # the earlier entries keep their own committers
    assert got.get("raise crop subsidies") == {"Daniel Brenner"}
    assert got.get("unveil a volunteer corps for students on Friday") == {"Helen Marsh"}
