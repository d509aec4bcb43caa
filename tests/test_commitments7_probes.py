"""General shapes probed as whole small articles (issue #6, session 7, round 3).

Each row is a headline, a context paragraph and one sentence, as a short wire story reads:
- who "it" is after "the company / the ministry / the union said": a body of that kind named
  before, else the body in its own words with no actor — never a country the context named;
  a country's adjective before a company, ministry or agency ("the Japanese company") is not the
  committer (gold: a government, administration or cabinet does stand for its country; ministries,
  departments and agencies are organisations); "the state" in a US story is the US state last
  named, not the United States;
- a pronoun committer whose antecedent is an unnamed body keeps the record ("The government said it
  would spend …" as "The government will spend …");
- recall: "has set a goal/target of", "stands ready to", "expects to" + its own deliberate act
  (a forecast of results, or analysts' expectation of someone else's act, stays out), "is set /
  due / scheduled to" for a body named by its kind, money "earmarked / allocated / budgeted / set
  aside", "has been tasked with" + an -ing act.
All sentences invented from general news phrasing; counterexamples must not fire.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.pipeline import build_brief

REF = dt.date(2016, 1, 1)
STRIKES = "France faces a wave of strikes over pensions."

Want = tuple[str, frozenset[str], str, str, str, str | None]


def _records(ctx: str, sent: str) -> list[Want]:
    text = "Talks resume as unions march\n\n" + (ctx + "\n\n" if ctx else "") + sent + "\n"
    brief = build_brief(text, REF)
    names = {a.id: a.name for a in brief.actors}
    return [
        (c.actor_text, frozenset(names.get(a, a) for a in c.actors), c.cue, c.strength, c.text,
         c.deadline)
        for c in brief.commitments
    ]


def _w(actor_text: str, actors: set[str], cue: str, strength: str, text: str,
       deadline: str | None = None) -> Want:
    return (actor_text, frozenset(actors), cue, strength, text, deadline)


ROWS: list[tuple[str, str, Want | None]] = [
    # ---- 1. "it" after a body named by its kind: never the country of the context
    (STRIKES, "The company said it would hire 2,000 workers.",
     _w("The company", set(), "would", "pledge", "hire 2,000 workers")),
    (STRIKES, "The bank said it would cut 500 jobs.",
     _w("The bank", set(), "would", "pledge", "cut 500 jobs")),
    (STRIKES, "The firm said it would build a new plant.",
     _w("The firm", set(), "would", "pledge", "build a new plant")),
    (STRIKES, "The university said it would freeze tuition.",
     _w("The university", set(), "would", "pledge", "freeze tuition")),
    (STRIKES, "The union said it would strike on Monday.",
     _w("The union", set(), "would", "pledge", "strike on Monday", "Monday")),
    (STRIKES, "The ministry said it would review the rules.",
     _w("The ministry", set(), "would", "pledge", "review the rules")),
    (STRIKES, "The agency said it would publish new guidance.",
     _w("The agency", set(), "would", "pledge", "publish new guidance")),
    (STRIKES, "The department said it would hire 300 inspectors.",
     _w("The department", set(), "would", "pledge", "hire 300 inspectors")),
    (STRIKES, "Officials said they would review the rules.",
     _w("Officials", set(), "would", "pledge", "review the rules")),
    (STRIKES, "Executives said they would cut costs.",
     _w("Executives", set(), "would", "pledge", "cut costs")),
    # the body of that kind named before is "it"
    ("Norvik Holdings Inc. reported a loss. " + STRIKES,
     "The company said it would hire 2,000 workers.",
     _w("it", {"Norvik Holdings Inc."}, "would", "pledge", "hire 2,000 workers")),
    ("The Health Ministry published figures on Monday.",
     "The ministry said it would review the rules.",
     _w("it", {"Health Ministry"}, "would", "pledge", "review the rules")),
    # a government does stand for its country (gold convention)
    (STRIKES, "The government said it would review the rules.",
     _w("it", {"France"}, "would", "pledge", "review the rules")),
    ("", "The French government said it would review the rules.",
     _w("it", {"France"}, "would", "pledge", "review the rules")),
    # a country's adjective only premodifies the body
    ("", "The Japanese company said it would build a plant in Ohio.",
     _w("The Japanese company", set(), "would", "pledge", "build a plant in Ohio")),
    ("", "The German carmaker said it would build a plant in Ohio.",
     _w("The German carmaker", set(), "would", "pledge", "build a plant in Ohio")),
    ("", "The French foreign ministry will review the rules.",
     _w("The French foreign ministry", set(), "will", "pledge", "review the rules")),
    ("", "France's foreign ministry said it would review the rules.",
     _w("France's foreign ministry", set(), "would", "pledge", "review the rules")),
    # "the state" in a US story
    ("Turnout in Ohio fell sharply in 2012.",
     "The state will move its primary election to April.",
     _w("The state", {"Ohio"}, "will", "pledge", "move its primary election to April")),
    ("Japan faces a shrinking work force.", "The state will raise the retirement age.",
     _w("The state", {"Japan"}, "will", "pledge", "raise the retirement age")),
    # ---- 2. a pronoun whose antecedent is an unnamed body keeps the record
    ("", "The government said it would spend 2 billion euros on rail.",
     _w("The government", set(), "would", "pledge", "spend 2 billion euros on rail")),
    ("", "The government announced that it will spend 2 billion euros on rail.",
     _w("The government", set(), "will", "pledge", "spend 2 billion euros on rail")),
    ("", "The government will spend 2 billion euros on rail.",
     _w("The government", set(), "will", "pledge", "spend 2 billion euros on rail")),
    # ---- 3. the pronoun's record, not the plan noun inside its action
    ("", "The ministry said it is working on a plan to cut waiting times.",
     _w("The ministry", set(), "is working on", "ongoing", "a plan to cut waiting times")),
    ("", "The ministry is working to cut waiting times.",
     _w("The ministry", set(), "is working to", "ongoing", "cut waiting times")),
    # ---- 4. recall
    ("", "Jane Roe has set a goal of cutting emissions in half by 2030.",
     _w("Jane Roe", {"Jane Roe"}, "has set a goal of", "intention",
        "cutting emissions in half by 2030", "by 2030")),
    ("", "Jane Roe has set a target of cutting emissions in half by 2030.",
     _w("Jane Roe", {"Jane Roe"}, "has set a target of", "intention",
        "cutting emissions in half by 2030", "by 2030")),
    ("", "The government has set an ambitious target to cut emissions by 2030.",
     _w("The government", set(), "has set an ambitious target to", "intention",
        "cut emissions by 2030", "by 2030")),
    ("", "Jane Roe said the United States stands ready to help.",
     _w("the United States", {"United States"}, "stands ready to", "pledge", "help")),
    ("", "Jane Roe said the United States is prepared to help.",
     _w("the United States", {"United States"}, "is prepared to", "pledge", "help")),
    ("", "The company expects to hire 2,000 workers within two years.",
     _w("The company", set(), "expects to", "intention", "hire 2,000 workers within two years",
        "within two years")),
    ("", "We expect to open 40 stores next year.",
     _w("We", set(), "expect to", "intention", "open 40 stores next year", "next year")),
    ("", "The ministry is set to announce new rules on Monday.",
     _w("The ministry", set(), "is set to", "intention", "announce new rules on Monday",
        "Monday")),
    ("", "The committee is due to report in June.",
     _w("The committee", set(), "is due to", "intention", "report in June", "June")),
    ("", "The government has earmarked 2 billion euros for rail.",
     _w("The government", set(), "has earmarked", "pledge", "2 billion euros for rail")),
    ("", "The city has budgeted $3 million for new buses.",
     _w("The city", set(), "has budgeted", "pledge", "$3 million for new buses")),
    ("", "The city set aside $3 million for new buses.",
     _w("The city", set(), "set aside", "pledge", "$3 million for new buses")),
    ("", "The agency has been tasked with reviewing the merger.",
     _w("The agency", set(), "has been tasked with", "ongoing", "reviewing the merger")),
    ("", "A panel was mandated to review the rules.",
     _w("A panel", set(), "was mandated to", "ongoing", "review the rules")),
    # shapes already right, kept: continue, remain committed
    ("", "Jane Roe said the United States will continue to support Ukraine.",
     _w("the United States", {"United States"}, "will", "pledge", "continue to support Ukraine")),
    ("", "The United States remains committed to the agreement.",
     _w("The United States", {"United States"}, "remains committed to", "reaffirmation",
        "the agreement")),
    # ---- counterexamples
    ("", "Analysts expect the company to hire 2,000 workers by the end of the year.", None),
    ("", "Norvik Holdings Inc. expects sales to rise 5 percent next year.", None),
    ("", "Norvik Holdings Inc. expects to report a loss for the quarter.", None),
    ("", "Norvik Holdings Inc. expects to return to profit next year.", None),
    ("", "They expect to win the election.", None),
    ("", "Jane Roe said she looks forward to working with the new government.", None),
    ("", "We look forward to meeting again in Paris.", None),
    ("", "Nine grazing leases are due to expire next spring.", None),
    ("", "The vote is set to take place on Monday.", None),
    ("", "The school was allocated $3 million.", None),
    ("", "The $2 billion earmarked for rail has not been spent.", None),
    ("", "He was charged with murder.", None),
    ("", "She was charged with driving while drunk.", None),
    ("", "The stadium stood ready for the final.", None),
    ("", "The bank missed its target of doubling lending.", None),
    ("", "Jane Roe said the company would not raise prices.", None),
    ("", "Officials said the plan will take effect in July.", None),
]


@pytest.mark.parametrize(("ctx", "sent", "want"), ROWS, ids=[r[1][:50] for r in ROWS])
def test_probe(ctx: str, sent: str, want: Want | None) -> None:
    assert _records(ctx, sent) == ([want] if want else []), (ctx, sent)


# invariance: an adverbial of time or place after the speaker, "also" before the verb
TRANSFORMS = {
    "on_tuesday": lambda s: s.replace(" said it", " said on Tuesday that it", 1),
    "in_statement": lambda s: s.replace(" said it", " said in a statement that it", 1),
    "also": lambda s: s.replace(" said it", " also said it", 1),
}
INV = [r for r in ROWS if r[2] is not None and " said it " in r[1]]


@pytest.mark.parametrize(
    ("ctx", "sent", "want", "t"),
    [(c, s, w, t) for c, s, w in INV for t in TRANSFORMS],
    ids=[f"{t}:{s[:40]}" for _c, s, _w in INV for t in TRANSFORMS],
)
def test_probe_invariance(ctx: str, sent: str, want: Want, t: str) -> None:
    got = _records(ctx, TRANSFORMS[t](sent))
    assert [g[1:] for g in got] == [want[1:]], (ctx, TRANSFORMS[t](sent))
