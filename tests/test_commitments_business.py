"""Golden rules for undertakings phrased the business-wire and security-desk way (issue #6):
a standing offer ("is offering to buy back"), a dividend declared or raised and its payment
("will be paid … to holders of record"), plans announced for a thing ("announced plans for a
stock split"), terms in force that oblige a named party ("loan covenants require that …"),
people sent on an errand ("has sent a team to recover …"), a hunt under way ("is on the hunt
for"), round-the-clock work, a threat being made ("is threatening to"), credit extended to a borrower, an
actor's plan that "calls for" something, a candidacy bid under way, a handover the speaker
undertakes ("he said, they would be handed over to …"), "'d" as "would" in reported speech,
"would like to" + an act, a labour contract or truce named by its party, a purpose clause opening the sentence ("To win X, Y is trying to"), a quotation opening on
the verb ('X and Y "reaffirmed their commitment …," the office said'), a campaign speaking for
its candidate ("X's campaign announced it would …") and the speaker of an apposition ("X, an
aide to Y, said he …") — each next to a look-alike that must not fire or must not take that
committer.

Invented sentences; actors from the gazetteer of tests/test_commitments.py.
"""

from __future__ import annotations

import pytest
from test_commitments import check_golden

ROWS: list[tuple[str, list[tuple[str, set[str], str]]]] = [
    # a standing offer
    (
        "Acme is offering to repurchase $80 million of its debentures.",
        [("pledge", {"Acme Corp"}, "repurchase $80 million of its debentures")],
    ),
    ("Globex is offering to the public a new savings plan.", []),
    # dividends: declared or raised, and paid later
    (
        "Acme boosted its semiannual dividend to 30 cents a share from 25 cents.",
        [("pledge", {"Acme Corp"}, "its semiannual dividend to 30 cents")],
    ),
    (
        "Acme declared a special dividend of $2 a share on Monday.",
        [("pledge", {"Acme Corp"}, "a special dividend of $2 a share")],
    ),
    (
        (
            "Globex posted higher profit. The new dividend will be paid March 3 to holders of"
            " record Feb. 10."
        ),
        [("pledge", {"Globex"}, "March 3 to holders of record")],
    ),
    ("Acme said the dividend cut hurt its shares.", []),
    ("The dividend was paid in June, Globex said.", []),
    ("Acme has paid a dividend every year since 1950.", []),
    # plans for a thing
    (
        "Globex also announced plans for a 2-for-1 stock split.",
        [("intention", {"Globex"}, "a 2-for-1 stock split")],
    ),
    ("Smith criticised the plans for a new stadium.", []),
    # terms in force oblige the party named after the verb
    (
        "Its loan covenants require that Acme keep a minimum net worth of $40 million.",
        [("binding", {"Acme Corp"}, "keep a minimum net worth")],
    ),
    (
        "The contract obliges Globex to deliver two ferries by 2027.",
        [("binding", {"Globex"}, "deliver two ferries")],
    ),
    ("The law requires that employers pay overtime.", []),
    ("The job requires patience, Smith said.", []),
    # credit extended: the lenders and the borrower are bound by the facility
    (
        (
            "A group of banks led by Globex has extended Acme up to $60 million in revolving"
            " loans through March."
        ),
        [("binding", {"Globex", "Acme Corp"}, "up to $60 million in revolving loans")],
    ),
    ("Globex extended its lead in the market.", []),
    (
        "A coalition of donors, led by Japan, agreed to fund the new dam.",
        [("agreement", {"Japan"}, "fund the new dam")],
    ),
    # a plan of the actor's own that "calls for" something
    (
        "Acme's restructuring plan calls for 2,000 job cuts by 2027.",
        [("intention", {"Acme Corp"}, "2,000 job cuts")],
    ),
    (
        (
            "Globex's strategy for the chip unit -- it returned to profit in May -- calls for a"
            " lid on costs."
        ),
        [("intention", {"Globex"}, "a lid on costs")],
    ),
    ("Smith calls for new sanctions on Japan.", []),
    ("The plan calls for new roads.", []),
    ("Japan backed Smith's call for new talks.", []),
    # a candidacy or takeover bid under way; over, it is none
    (
        "Smith could repeat the tactic in his present bid for the Senate seat.",
        [("ongoing", {"John Smith"}, "the Senate seat")],
    ),
    ("Smith's failed 2008 bid for the presidency left debts.", []),
    ("Smith said that he was ending his own bid for a nomination.", []),
    ("Smith's bid for the Senate collapsed in May.", []),
    ("Acme intends to bid for the contract.", [("intention", {"Acme Corp"}, "bid for the contract")]),
    # a handover the speaker undertakes, in reported speech
    (
        (
            "Smith said he hopes to find the files soon. If and when they turn up, he said, they"
            " would be handed over to the embassy of Japan."
        ),
        [
            ("intention", {"John Smith"}, "find the files"),
            ("pledge", {"John Smith"}, "handed over to the embassy"),
        ],
    ),
    (
        "Canada said the prisoners would be returned to their families within a week.",
        [("pledge", {"Canada"}, "returned to their families")],
    ),
    ("The suspect will be handed over to police.", []),
    ("The prisoners were returned to Canada, Smith said.", []),
    # a labour contract or a truce named by the side it binds is an undertaking in force
    (
        "Output costs rose because of Globex's new labor contract, which took effect in May.",
        [("binding", {"Globex"}, "Globex's new labor contract")],
    ),
    ("Union contracts are often renewed in the spring.", []),
    ("Workers rejected Acme's labor pact on Friday.", []),
    (
        "Police said the bomb was meant to wreck Canada's nine-month-old truce with the rebels.",
        [("pledge", {"Canada"}, "Canada's nine-month-old truce")],
    ),
    ("Canada broke its ceasefire on Monday.", []),
    ("A truce was proposed by Japan.", []),
    # "told <someone> he/that …" opens reported speech
    (
        "Smith told reporters he would veto the tariff bill.",
        [("pledge", {"John Smith"}, "veto the tariff bill")],
    ),
    (
        "Smith told Globex executives that Acme will close the plant.",
        [("pledge", {"Acme Corp"}, "close the plant")],
    ),
    ("Smith told the crowd they would win.", []),
    # a financial outcome foretold is no undertaking
    ("Globex said Acme will post additional pretax profit of $20 million a year.", []),
    ("Acme said it will return to profit next year.", []),
    (
        "Acme will pay $5 million to settle the claims.",
        [("pledge", {"Acme Corp"}, "pay $5 million")],
    ),
    # a study's finding about a plan's effect is no pledge
    ("One study found Smith's plan would actually raise taxes on retirees.", []),
    # a purpose clause opening the sentence is no subject
    (
        "To win the vote, Smith is trying to woo young voters.",
        [("ongoing", {"John Smith"}, "woo young voters")],
    ),
    # "'d" is "would" (reported, third person) or "had"; "would like to" + an act is a plan
    (
        "Smith said on Monday that he'd veto the tariff bill.",
        [("pledge", {"John Smith"}, "veto the tariff bill")],
    ),
    ("Smith said he'd signed the order before noon.", []),
    ("Smith said he'd better leave early.", []),
    (
        "Smith said Acme would like to continue to cut its debt.",
        [("intention", {"Acme Corp"}, "continue to cut its debt")],
    ),
    ("Smith said he would like to thank Japan.", []),
    ("Smith said he would like to see lower taxes.", []),
    ("Smith said he would love to have Tanaka in the race.", []),
    # an errand under way
    (
        "Smith said he has sent a team of engineers to inspect the dam.",
        [("ongoing", {"John Smith"}, "inspect the dam")],
    ),
    (
        "Canada has dispatched investigators to Geneva to examine the wreckage.",
        [("ongoing", {"Canada"}, "examine the wreckage")],
    ),
    ("In 1991 Japan sent troops to the border.", []),
    ("Japan has sent a letter to the minister.", []),
    ("Japan has sent troops to Geneva.", []),
    # a hunt, round-the-clock work, a threat being made
    (
        "The army of Canada is on the hunt for the rebel commander.",
        [("ongoing", {"Canada"}, "the rebel commander")],
    ),
    (
        "Acme engineers are working around the clock to restore power, Acme said.",
        [("ongoing", set(), "restore power")],
    ),
    (
        "Acme is threatening to close its plant in Ohio.",
        [("pledge", {"Acme Corp"}, "close its plant in Ohio")],
    ),
    ("The storm is threatening to flood the valley.", []),
    # a quotation opening on the verb; a person's words about someone else are not theirs
    (
        (
            'India and Japan "reaffirmed their shared commitment to free shipping lanes," the'
            " foreign ministry said."
        ),
        [("reaffirmation", {"India", "Japan"}, "free shipping lanes")],
    ),
    (
        'Canada "pledged to double its aid," the statement said.',
        [("pledge", {"Canada"}, "double its aid")],
    ),
    # a campaign or office is "it" and speaks for its owner
    (
        "Smith's campaign bought new ads and then announced that it would ask for a recount.",
        [("pledge", {"John Smith"}, "ask for a recount")],
    ),
    ("Smith's lawyer said it would seek a recount.", []),
    # the speaker of "X, <apposition naming Y>, said he …" is X
    (
        "John Smith, an aide to Ken Tanaka, said in an interview that he would resign his post.",
        [("pledge", {"John Smith"}, "resign his post")],
    ),
    (
        "Acme, a unit of Globex, said it plans to close the plant.",
        [("intention", {"Acme Corp"}, "close the plant")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_business_and_security_undertakings(
    body: str, expected: list[tuple[str, set[str], str]]
) -> None:
    check_golden(body, expected)


def test_apposition_keeps_the_named_speaker_out_of_the_apposition() -> None:
    """'X, an aide to Y, said he …': never Y."""
    from test_commitments import run

    _, got, names = run("John Smith, an aide to Ken Tanaka, said he would resign.")
    assert [names[a] for a in got[0].actors] == ["John Smith"]
