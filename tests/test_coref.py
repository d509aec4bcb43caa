"""Gender hints (briefgen.extract.coref) and their use by the views and commitments stages.

Invented sentences written from general news conventions, each rule with a counterexample."""

from __future__ import annotations

import datetime
import re

import pytest

from briefgen.extract import coref
from briefgen.extract.actors import extract_actors
from briefgen.extract.views import extract_views
from briefgen.section import section

REF = datetime.date(2024, 5, 1)


def _genders(body: str) -> dict[str, str]:
    doc = section("Headline for the test\n\n" + body, REF)
    actors = extract_actors(doc)
    g = coref.genders(doc, actors)
    return {a.name: g[a.id] for a in actors if a.id in g}


# (text, person, expected gender or None)
GENDER_ROWS = [
    # honorifics and gendered titles before the name
    ("Mrs. Halloran Vexley told the council the plan was late.", "Halloran Vexley", "f"),
    ("Mr. Dorran Quillet told the council the plan was late.", "Dorran Quillet", "m"),
    # a given name's usual gender, when the text says nothing more; ambiguous names give none
    ("Margaret Halvern toured the plant on Monday.", "Margaret Halvern", "f"),
    ("Peter Halvern toured the plant on Monday.", "Peter Halvern", "m"),
    ("Jan Halvern toured the plant on Monday.", "Jan Halvern", None),
    # … and the text's own evidence outweighs it
    ("Mrs. Leslie Halvern toured the plant on Monday.", "Leslie Halvern", "f"),
    # "man"/"boy"/"girl" in apposition, after an age and an adjective
    ("Tomas Vela, a 43-year-old local man, was sitting in a car.", "Tomas Vela", "m"),
    ("Ana Vela, a 9-year-old girl, was rescued on Monday.", "Ana Vela", "f"),
    ("The vote was close, Congresswoman Jane Orrick said.", "Jane Orrick", "f"),
    ("Queen Alisande Morrow opened the session.", "Alisande Morrow", "f"),
    # a role noun in apposition, after or before the name
    ("Jane Orrick, his wife, declined to comment.", "Jane Orrick", "f"),
    ("The boy's father, Dorran Quillet, arrived on Monday.", "Dorran Quillet", "m"),
    ("Tamsin Orrick, a developer and spokeswoman for the group, said costs rose.",
     "Tamsin Orrick", "f"),
    # counterexamples: the role belongs to someone else
    ("Tamsin Orrick, a lawyer for the father, said the case was closed.", "Tamsin Orrick", None),
    ("They sang of the boy's mother. Dorran Quillet looked on.", "Dorran Quillet", None),
    ("Tamsin Orrick met the wife of Dorran Quillet.", "Dorran Quillet", None),
    # chairman is used for women too: no hint
    ("Chairman Tamsin Orrick opened the hearing.", "Tamsin Orrick", None),
    # a pronoun that can only refer to one person
    ("Tamsin Orrick said she would run again.", "Tamsin Orrick", "f"),
    ("John Quillet arrived late. He said the roads were closed.", "John Quillet", "m"),
    # counterexample: two people named before the pronoun
    ("Dorran Quillet met Tamsin Orrick. She said the talks went well.", "Tamsin Orrick", None),
    # counterexample: a pronoun inside a quotation is no evidence
    ('"I did my part," Tamsin Orrick said. "He did not."', "Tamsin Orrick", None),
    # counterexample: the person of the sentence before is not alone — another was named in
    # the sentence before that, and "she" may be her (it is here: "showed her")
    (("Tamsin Orrick, the health minister, toured the ward. Dorran Quillet, its director, "
      "showed her the beds.\n\n\"We waited ten years,\" she said."), "Dorran Quillet", None),
    # … but a person alone over both sentences still gets the vote
    (("The ward opened on Friday. Dorran Quillet, its director, showed the beds.\n\n"
      "\"We waited ten years,\" he said."), "Dorran Quillet", "m"),
]


@pytest.mark.parametrize(("text", "person", "want"), GENDER_ROWS)
def test_gender_hint(text: str, person: str, want: str | None) -> None:
    assert _genders(text).get(person) == want


def test_agrees() -> None:
    from briefgen.model import Actor

    a = Actor("A1", "Tamsin Orrick", "person")
    org = Actor("A2", "Acme Corp", "organization")
    g = {"A1": "f"}
    assert coref.agrees(g, a, "she") and coref.agrees(g, a, "her")
    assert not coref.agrees(g, a, "he") and not coref.agrees(g, a, "his")
    assert coref.agrees({}, a, "he")  # unknown gender: anyone
    assert coref.agrees(g, org, "he")  # not a person: the caller's kind test decides


def _speakers(body: str) -> list[tuple[str, str | None]]:
    doc = section("Headline for the test\n\n" + body, REF)
    actors = extract_actors(doc)
    names = {a.id: a.name for a in actors}
    return [(v.speaker_text, names.get(v.speaker or "")) for v in extract_views(doc, actors)]


SPEAKER_ROWS = [
    # "she" skips the man who spoke last when the text shows the woman's gender
    (("Sen. Tamsin Orrick questioned the bank's chief. \"This is wrong,\" Orrick said.\n\n"
     "Mr. Dorran Quillet, the chief executive, said the bank had fired staff.\n\n"
     "\"You squeezed your employees,\" she said."), "she", "Tamsin Orrick"),
    # counterexample: unknown gender keeps the nearest speaker
    (("Dorran Quillet, the chief executive, said the bank had fired staff.\n\n"
     "\"We acted fast,\" he said."), "he", "Dorran Quillet"),
    # a quote paragraph with "he said" continues the man named paragraphs earlier
    (("Dorran Quillet, the city's mayor, said the budget was balanced.\n\n"
      "The budget runs to $2 billion, up 3 percent from last year.\n\n"
      "\"Nobody will lose their job,\" he said."), "he", "Dorran Quillet"),
    # … the quote's own name does not win
    (("Sen. Dorran Quillet criticised the budget on Monday.\n\n"
      "\"John Marlowe promised us jobs and gave us nothing,\" he said."), "he", "Dorran Quillet"),
    # … and a different man named in between does
    (("Dorran Quillet, the mayor, spoke first at the meeting. Then John Marlowe, the police "
      "chief, described the arrests.\n\n\"We will not tolerate violence,\" he said."),
     "he", "John Marlowe"),
    # a pronoun in a fronted subordinate clause names the person opening the main clause
    (("Sen. Dorran Quillet said the bank should be broken up.\n\n"
     "Though she called the conduct outrageous, Tamsin Orrick said the bank could stay whole."),
     "she", "Tamsin Orrick"),
]


@pytest.mark.parametrize(("text", "mention", "want"), SPEAKER_ROWS)
def test_pronoun_speaker(text: str, mention: str, want: str) -> None:
    got = [n for st, n in _speakers(text) if st == mention]
    assert got and got[-1] == want, _speakers(text)


# --------------------------------------------------------------------------- descriptions
# Invented sentences: "it" for an organisation, role descriptions ("the agency", "his
# lawyer", "the grandmother of X", "the Republican candidate"), each in both stages.


def _both(body: str) -> tuple[list[tuple[str, str | None]], list[tuple[str, list[str]]]]:
    from briefgen.extract.commitments import extract_commitments
    from briefgen.extract.dates import extract_dates

    # a row may give its own headline: "Headline: …\n\n" first
    doc = section(body if body.startswith("Headline") else "Headline for the test\n\n" + body,
                  REF)
    actors = extract_actors(doc)
    names = {a.id: a.name for a in actors}
    views = extract_views(doc, actors)
    coms = extract_commitments(doc, actors, extract_dates(doc, actors), views)
    return (
        [(v.speaker_text, names.get(v.speaker or "")) for v in views],
        [(c.text, [names[i] for i in c.actors]) for c in coms],
    )


# (text, view speaker mention, wanted speaker or None; commitment text start, wanted actors)
DESCRIPTION_ROWS = [
    # "it" for an organisation: the subject organisation of the sentence before
    ("Norvale Industries cut 500 jobs in Ohio on Monday. It said demand had fallen sharply.",
     "It", "Norvale Industries", None, None),
    ("Norvale Industries cut 500 jobs on Monday. It said it plans to open a plant in 2025.",
     "It", "Norvale Industries", "open a plant", ["Norvale Industries"]),
    # never a country when an organisation subject is closer
    (("The Kelvar Group, which works in France, said demand had fallen. It plans to close two "
     "plants in France by June, it said."), "it", "Kelvar Group", "close two plants",
     ["Kelvar Group"]),
    # an organisation naming a person's side ("a GOP candidate") is not what "it" refers to
    (("Jon Halvern spoke in Ohio. The Halvern campaign released its plan on Monday. The GOP "
     "candidate proposes tax credits for parents. The monthly payment under the plan, it says, "
     "could reach $250."), "it", "Halvern campaign", None, None),
    # "the GOP candidate" with no person tied to the party: the person the headline names
    (("Headline: doubts over Jon Halvern tax plan\n\nJon Halvern spoke in Ohio. The Halvern "
     "campaign released its plan on Monday. The GOP candidate has pledged to cut taxes for "
      "parents by 2026."), None, None,
     "cut taxes", ["Jon Halvern"]),
    # counterexample: a headline naming two people names no candidate
    (("Headline: Jon Halvern and Ruth Ambley trade blows\n\nJon Halvern met Ruth Ambley in "
     "Ohio. The Halvern campaign released its plan on Monday. The GOP candidate has pledged to "
      "cut taxes for parents by 2026."), None, None,
     "cut taxes", []),
    # counterexample: a country subject with no organisation nearer keeps the country
    ("France sent troops to the border on Monday. It said the move was temporary.",
     "It", "France", None, None),
    # "the agency"/"the company": the last organisation of that kind, by its name's head
    # noun or its appositive
    (("The Federal Tarvin Agency opened an inquiry. Norvale Industries denied wrongdoing. "
     "The agency said the inquiry would take a year."), "The agency", "Federal Tarvin Agency",
     None, None),
    (("Orbis Health, the agency that licenses clinics, met Norvale Industries on Monday. "
     "The agency said it would publish new rules by June."), "The agency", "Orbis Health",
     "publish new rules", ["Orbis Health"]),
    # counterexample: "the company" is not the agency named last
    (("The Federal Tarvin Agency fined Norvale Industries on Monday. The company said it "
     "would appeal the fine."), "The company", "Norvale Industries", "appeal the fine",
     ["Norvale Industries"]),
    # "X's lawyer" / "his attorney": the person introduced as X's lawyer
    (("Mark Quillet refused to testify. A lawyer for Quillet, Jane Orrick, said he would "
     "appear in private.\n\nLater, Quillet's lawyer said he would refuse to answer questions."),
     "Quillet's lawyer", "Jane Orrick", None, None),
    (("Mark Quillet refused to testify. Quillet's attorney, Jane Orrick, called the vote "
     "unfair.\n\nHis attorney has promised to release the records by Friday."),
     None, None, "release the records", ["Jane Orrick"]),
    # counterexample: no lawyer introduced, nobody named
    (("Mark Quillet refused to testify.\n\nQuillet's lawyer said he would refuse to "
     "answer questions."), "Quillet's lawyer", None, None, None),
    # "the grandmother of X" / "X's grandmother": the person introduced with that relation,
    # even when the lead gives the description before the name
    (("The grandmother of Pell Arkwright said she is willing to travel to fetch the boy.\n\n"
     "Arkwright's grandmother, Mirela, told reporters the boy should come home."),
     "The grandmother of Pell Arkwright", "Mirela", "travel to fetch", ["Mirela"]),
    # counterexample: two grandmothers named, nobody in particular
    (("The grandmother of Pell Arkwright said she is willing to travel to fetch the boy.\n\n"
     "Arkwright's grandmothers, Mirela and Ana, marched on Monday."),
     "The grandmother of Pell Arkwright", None, "travel to fetch", []),
    # "the alliance": the organisation whose name shows a treaty body, not the last body named
    (("The North Atlantic Treaty Organization met in Lisbon. Norvale Industries sent a "
      "delegate.\n\nThe alliance said it would admit two new members."), "The alliance",
     "North Atlantic Treaty Organization", None, None),
    # "his ex-wife" is the wife the text introduced
    (("Tom Vela's divorce from wife Ana Vela was settled in 1991.\n\nHis ex-wife said the "
      "records should stay sealed."), "His ex-wife", "Ana Vela", None, None),
    # "the elder/younger X": among the people of surname X, the parent and the child the text
    # shows ("Ana's father" makes Ana the child; "great-uncle X" is another relative)
    (("Ana Vela, 6, was found at sea. Her great-uncle, Pedro Vela, took her in. Tomas Vela "
      "flew in from Lima. Ana's father wants her back.\n\n“A child should be with her "
      "parents,” the elder Vela said."), "the elder Vela", "Tomas Vela", None, None),
    (("Ana Vela, 6, was found at sea. Her great-uncle, Pedro Vela, took her in. Tomas Vela "
      "flew in from Lima. Ana's father wants her back.\n\n“I miss my home,” the younger "
      "Vela said."), "the younger Vela", "Ana Vela", None, None),
    # … and "Ana's father" with no father introduced is the one other Vela left
    (("Ana Vela, 6, was found at sea. Her great-uncle, Pedro Vela, took her in. Tomas Vela "
      "flew in from Lima.\n\nAna's father said he would fly to Miami."),
     "Ana's father", "Tomas Vela", None, None),
    # counterexample: two Velas besides the child, no relation shown: nobody
    (("Ana Vela, 6, was found at sea. Pedro Vela took her in. Tomas Vela flew in from Lima. "
      "Ana's father wants her back.\n\n“A child should be with her parents,” the elder "
      "Vela said."), "the elder Vela", None, None, None),
    # "the Republican candidate": the person the text tied to that party
    (("Jon Halvern, the Republican nominee for governor, spoke in Dayton. Sen. Ruth Ambley "
     "attacked his record. The Republican candidate has pledged to cut taxes by 2026."),
     None, None, "cut taxes", ["Jon Halvern"]),
]


@pytest.mark.parametrize(("text", "mention", "speaker", "cstart", "committers"),
                         DESCRIPTION_ROWS)
def test_description(
    text: str, mention: str | None, speaker: str | None, cstart: str | None,
    committers: list[str] | None,
) -> None:
    views, coms = _both(text)
    if mention is not None:
        got = [n for st, n in views if st == mention]
        assert got and got[-1] == speaker, views
    if cstart is not None:
        got_c = [a for t, a in coms if t.startswith(cstart)]
        assert got_c and got_c[0] == committers, coms


def test_described_trie_same_phrases() -> None:
    """DESCRIBED writes the relation nouns as a prefix tree (speed): it must accept exactly the
    phrases the plain alternation of the same nouns accepts."""
    plain = re.compile(
        rf"\b(?:{coref._REL}|grand\w+|step\w+|candidate|nominee|contender|hopeful|"
        rf"standard-bearer)$|\b(?:{coref._REL})\s+(?:of|for|to|representing)\s",
        re.IGNORECASE,
    )
    phrases = ["the minister", "a senior official", "officials", "the spokesman's office"]
    for rel in coref._RELATIONS:
        phrases += [f"his {rel}", f"the {rel} of the boy", f"a {rel}s", f"the {rel}ship",
                    f"roe's {rel.upper()}", f"the {rel}\tfor Roe ", f"the x{rel}"]
    for p in phrases:
        assert bool(coref.DESCRIBED.search(p)) == bool(plain.search(p)), p
    assert coref.DESCRIBED.search("his lawyer") and not coref.DESCRIBED.search("the lawyers")
