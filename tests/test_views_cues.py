"""Golden rows for cue classes added in session 4, third views round (#5): a complement clause
with 'that' left out after a verb that otherwise needs it ("The Times reported the email came
hours later", "Roe hopes the bill will pass"), a sentence-final answer verb leading before
'that' ("Roe responded that …"), speech after 'continued to' / 'went on to' / a manner adverb,
speech after a refusal in the same sentence ("declined to …, only saying that …"), and a
second speaker after ', and' inside reported content ("…, and critics warned that …"). Invented news sentences, each rule beside counterexamples
that must give no view (an object, not a clause)."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.views import extract_views
from briefgen.section import section

H = "Headline of the story\n\n"

# (body, [(speaker_text, content)])
ROWS: list[tuple[str, list[tuple[str, str]]]] = [
    # a clause with no 'that' after reported/reports/claims/notes/hopes/thought/felt/worried
    ("The Daily Ledger reported the mayor came to the hearing late.",
     [("The Daily Ledger", "the mayor came to the hearing late")]),
    ("The paper reports the minister resigned on Friday.",
     [("The paper", "the minister resigned on Friday")]),
    ("The Evening Courier claims the deal was never signed.",
     [("The Evening Courier", "the deal was never signed")]),
    ("Jane Roe hopes the bill will pass before the summer.",
     [("Jane Roe", "the bill will pass before the summer")]),
    ("Jane Roe thought he was right about the budget.",
     [("Jane Roe", "he was right about the budget")]),
    ("Analysts worried the rally was over.", [("Analysts", "the rally was over")]),
    ("Acme Corp. reported third-quarter earnings rose 12 percent.",
     [("Acme Corp.", "third-quarter earnings rose 12 percent")]),
    # … or a quotation right after the verb
    ('The Daily Ledger reported, "The vote will be close."',
     [("The Daily Ledger", "The vote will be close")]),
    # … and the sentence-final position ("…, CNN reported.")
    ("The plant closed on Monday, the Daily Ledger reported.",
     [("the Daily Ledger", "The plant closed on Monday")]),
    ("Sales rose 5 percent in May, Acme Corp. reported.",
     [("Acme Corp.", "Sales rose 5 percent in May")]),
    # a short plural of an evidence noun speaks as its report does ("Recent polls suggest …")
    ("Recent polls suggest the senator leads by five points.",
     [("Recent polls", "the senator leads by five points")]),
    # "A, a spokesman said, and experts say B": a second speaker after the first attribution
    ("The plane was insured for $35 million, Jane Roe said, and experts say it is worth less.",
     [("Jane Roe", "The plane was insured for $35 million"), ("experts", "it is worth less")]),
    ("The mayor will show up at the fair on Sunday.", []),
    # a free relative ("Everything X says …") holds its verb in a relative clause: no view,
    # and the attribution after it is found ("Nothing X said will …, the senator said")
    ("Everything Jane Roe says about the budget turns out to be wrong.", []),
    ('Nothing the mayor said "will calm the voters," the senator said.',
     [("the senator", 'Nothing the mayor said "will calm the voters,"')]),
    # counterexamples: an adjective; a possessed noun with no clause after it
    ("They should be very worried.", []),
    ("The senator's claim was false.", []),
    # counterexamples: an object, with no finite verb of its own
    ("Acme Corp. reported a quarterly profit of $2.05 a share.", []),
    ("The company reported strong sales in May.", []),
    ("Police reported two arrests near the stadium.", []),
    ("The company reported a loss compared with a profit a year earlier.", []),
    # ('reports' here is the noun, the subject of 'have said')
    ("Newspaper reports have said the man was armed.",
     [("Newspaper reports", "the man was armed")]),
    ("Jane Roe felt the need to apologize.", []),
    ("The mayor hopes to win a second term.", []),
    ("Jane Roe thought long and hard about the offer.", []),
    # an answer verb before 'that' leads like 'said that'
    ("Jane Roe spoke on Monday.\n\nRoe responded that the tax would hurt farmers.",
     [("Roe", "the tax would hurt farmers")]),
    ("Jane Roe spoke on Monday.\n\nRoe countered that the plan had already failed.",
     [("Roe", "the plan had already failed")]),
    # counterexamples: no that-clause
    ("Jane Roe spoke on Monday.\n\nRoe responded quickly to the attack.", []),
    # a speech verb after 'continued to', 'went on to', 'began to' or a manner adverb
    ("Jane Roe continued to insist that the mayor had lied.",
     [("Jane Roe", "the mayor had lied")]),
    ("Jane Roe went on to say the budget would be balanced by 2030.",
     [("Jane Roe", "the budget would be balanced by 2030")]),
    ("Jane Roe also openly said that the council had misled voters.",
     [("Jane Roe", "the council had misled voters")]),
    # a wish or refusal is no view, but a speech verb after it in the sentence is
    ("Jane Roe declined to claim victory, only saying that she was pleased with the turnout.",
     [("Jane Roe", "she was pleased with the turnout")]),
    # counterexamples: the verb after 'continued to' is no speech
    ("Jane Roe continued to campaign in the north on Monday.", []),
    ("Jane Roe declined to comment on the talks.", []),
    # ", and <another subject> warned B" inside reported content: a second speaker, a second view
    ("Jane Roe said the reforms were not complete, and aid groups warned that the cuts would hurt.",
     [("Jane Roe", "the reforms were not complete"), ("aid groups", "the cuts would hurt")]),
    ("Two in three said they would vote, and one in five said they were undecided.",
     [("Two in three", "they would vote"), ("one in five", "they were undecided")]),
    # counterexamples: a subject that may be the first speaker again, an adverb, no speech verb
    ("Jane Roe said the deal was fair, and the senator argued that it would pass.",
     [("Jane Roe", "the deal was fair, and the senator argued that it would pass")]),
    ("Jane Roe said the deal was fair, and specifically mentioned the tax rules.",
     [("Jane Roe", "the deal was fair, and specifically mentioned the tax rules")]),
    ("Jane Roe said the deal was fair, and farmers expected prices to rise.",
     [("Jane Roe", "the deal was fair, and farmers expected prices to rise")]),
    ("Two in three said they would vote, and nearly one in five said they were undecided.",
     [("Two in three", "they would vote"), ("nearly one in five", "they were undecided")]),
    # a form that is also a noun, after a preposition or determiner, is the noun
    ("In hopes of a deal, the union demanded that a panel decide the matter.",
     [("the union", "a panel decide the matter")]),
    ("Despite his claim he had been offered the post, the board hired Tom Fisk.", []),
    # an -ed form right after a possessive is an adjective ("Acme's estimated value")
    ("Its shares trade at half Acme Corp.'s estimated breakup value, analysts said.",
     [("analysts", "Its shares trade at half Acme Corp.'s estimated breakup value")]),
    # a short plural of a role or body noun names a speaker ("abortion opponents", "farm
    # groups"), as does a demonstrative before a person noun ("This official")
    ("Tax opponents said the ruling shows what is at stake.",
     [("Tax opponents", "the ruling shows what is at stake")]),
    ("Farm groups said the rule would hurt growers.",
     [("Farm groups", "the rule would hurt growers")]),
    ("This official said the plan would be delayed.",
     [("This official", "the plan would be delayed")]),
    ("47% say the United States should send more aid.",
     [("47%", "the United States should send more aid")]),
    ("Hacking specialists say the leaked files might be fake.",
     [("Hacking specialists", "the leaked files might be fake")]),
    ("One voter was pleased. Another said he hoped the council would lose.",
     [("Another", "he hoped the council would lose")]),
    ("The organizer of the march said the rules raised the risk of clashes.",
     [("The organizer of the march", "the rules raised the risk of clashes")]),
    # "X, <long appositive>, said <clause>": no inversion ("said Ruritania must …" names no
    # speaker after the verb); the speaker opens the sentence
    (("Tom Fisk, Ruritania's envoy to Canada from 2001 to 2009, said Ruritania must answer "
     "the charges."),
     [("Tom Fisk, Ruritania's envoy to Canada from 2001 to 2009",
       "Ruritania must answer the charges")]),
    (("Vice President Jane Roe, who was to visit Dayton, Ohio, on Friday to tout the rules, "
     "said they touched a core need."),
     # (a relative clause with commas of its own is no part of the speaker, as a plain one)
     [("Vice President Jane Roe", "they touched a core need")]),
    (("Sen. Jane Roe, R-Ohio, speaking on the radio after the vote, said the bill failed "
     "farmers."),
     [("Sen. Jane Roe, R-Ohio, speaking on the radio after the vote", "the bill failed farmers")]),
    # counterexample: an inverted attribution after a statement keeps its speaker after the verb
    ("The talks went well, said Jane Roe, the foreign minister.",
     [("Jane Roe, the foreign minister", "The talks went well")]),
    # a wish before a sentence-final attribution leaves the attribution its sentence
    ("The buyer, Tom Fisk, intends to keep all the staff, said a spokeswoman for Acme.",
     [("a spokeswoman for Acme", "The buyer, Tom Fisk, intends to keep all the staff")]),
    # counterexamples: a non-speech -ing form right after a noun modifies it; 'added' before
    # an amount adds things
    ("Outside groups supporting the governor have spent heavily on ads.", []),
    ("The organizers added 160 guards along the route.", []),
    ("Protest groups are supporting the bill.", [("Protest groups", "the bill")]),
]


# "the column", "the Voice of the Valley column": the newspaper named before, also when the
# text names it "the regional X newspaper" (the kind noun right after the name)
def test_column_speaks_for_the_newspaper() -> None:
    body = ("An essay in the regional Ledgerton newspaper criticised the speech.\n\n"
            "“The remark was rough around the edges,” said the Voice of the Valley column.\n\n"
            "“It was without precedent,” the column noted.")
    doc = section(H + body)
    actors = extract_actors(doc)
    names = {a.id: a.name for a in actors}
    views = extract_views(doc, actors)
    # (the first view is the essay's criticism, its speaker the mention itself)
    assert [names.get(v.speaker or "") for v in views] == ["Ledgerton", "Ledgerton", "Ledgerton"], views


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_cue_rows(body: str, expected: list[tuple[str, str]]) -> None:
    doc = section(H + body)
    views = extract_views(doc, extract_actors(doc))
    assert [(v.speaker_text, v.text) for v in views] == expected
