"""Golden rows (invented sentences) for bare company names in business news: a name no rule
took is a company when the sentence gives it a company's part — its shares move ("Norvale
shares rose"), it posts results ("Velmar posted a $5 million loss"), it agrees to buy or sell,
someone holds a stake in it or buys it ("a 10% stake in Norvale", "the acquisition of Velmar",
"a unit of Delmont"), or it owns a unit ("Delmont's Gulf Coast unit", "its Lakeview Mills
division"); a firm named after a person is the bare name too ("Milton Vale Corp. … Milton Vale
said"). Each row: the text, then {name: {field: value}}, then names that must not be
actors. Counterexamples sit beside the examples."""

from __future__ import annotations

from typing import Any

import pytest
from test_actors import check_actors
from test_actors_kinds import doc_of, find

from briefgen.extract.actors import extract_actors

ROWS: list[Any] = [
    # share moves, results, deals
    ("Traders were calm. In composite trading, Norvale shares rose 5 cents to $12.",
     {"Norvale": {"kind": "organization"}}, []),
    ("Profits fell at the mills. Velmar posted a $5 million loss for the third quarter.",
     {"Velmar": {"kind": "organization"}}, []),
    ("As expected, Halvex reported lower third-quarter earnings on Monday.",
     {"Halvex": {"kind": "organization"}}, []),
    ("Ridgeford agreed to sell its paper mill for $40 million, the filing showed.",
     {"Ridgeford": {"kind": "organization"}}, ["Ridgeford Corp."]),
    # a stake in it, its acquisition, a unit of it
    ("The fund holds a 10% stake in Norvale and may buy more.",
     {"Norvale": {"kind": "organization"}}, []),
    ("Costs rose after the acquisition of Velmar earlier this year.",
     {"Velmar": {"kind": "organization"}}, []),
    ("The mill is run by a unit of Corvina, the filing said.",
     {"Corvina": {"kind": "organization"}}, []),
    # an acronym in brackets after it is the same firm
    ("Halvex bought a stake in Banque Commerciale de Lyon (BCL). BCL shares rose.",
     {"Banque Commerciale de Lyon": {"kind": "organization", "aliases": ("BCL",)}}, []),
    # a short form of a firm named in full joins it
    ("Norvale Holding Corp. said sales fell. Norvale shares dropped 10 cents.",
     {"Norvale Holding Corp.": {"aliases": ("Norvale",)}}, []),
    # a unit's name and its owner
    ("Delmont's Gulf Coast unit may plead guilty to the charges this week.",
     {"Delmont": {"kind": "organization"}, "Gulf Coast": {"kind": "organization"}}, []),
    # the owner is the unit's affiliation, by the name the text gives it in full
    ("Harlow Corp.'s Lakeview Brewing unit and Adolph Vance Co. cut prices.",
     {"Lakeview Brewing": {"affiliation": "Harlow Corp."}}, []),
    ("Norvale Holding Corp. said Norvale's Tidewater unit was sold.",
     {"Tidewater": {"affiliation": "Norvale Holding Corp."}}, []),
    ("Harlow Corp. said its Lakeview Mills division was for sale.",
     {"Lakeview Mills": {"kind": "organization"}}, []),
    ("Datapoint said it was now an Ostrava affiliate.",
     {"Ostrava": {"kind": "organization"}}, []),
    # counterexamples: a person the text names keeps his name
    ("Ann Roe agreed to sell her house. Roe reported a loss on the sale.",
     {"Ann Roe": {"kind": "person", "aliases": ("Roe",)}}, []),
    ("Ann Roe's Harbor Gifts unit closed, Tom Vale said.", {}, ["Harbor Gifts", "Ann Roe's"]),
    # counterexamples: no price move after "shares"; places, months, titles, countries
    ("Tom Vale said Lindqvist shares his view of the plan.", {"Lindqvist": {"kind": "person"}}, []),
    ("Investors want a stake in Ohio, a bid for President and a stake in Tuesday's vote.",
     {}, ["President", "Tuesday"]),
    ("The casinos in Harbor City reported $2 billion in gaming revenue.", {}, ["Harbor City"]),
    ("Norvale Corp. sold its U.K. subsidiary. The unit said so. A SWAT unit came.",
     {}, ["U.K", "SWAT", "The"]),
    ("Stocks rose. Boston-based Lakemont posted a $3 million profit.",
     {"Lakemont": {"kind": "organization"}}, ["Boston-based Lakemont"]),
    ("Protesters demanded the takeover of Ohio's Harbor Refuge end.", {}, ["Ohio's Harbor Refuge"]),
    # a body's officer: "ROLE of NAME" makes NAME the affiliation (and a body)
    ('"It is a bad deal," said Jo Kim, publisher of Harbor Beer Letter, a trade newsletter.',
     {"Jo Kim": {"title": "publisher", "affiliation": "Harbor Beer Letter"},
      "Harbor Beer Letter": {"kind": "organization"}}, []),
    ('"We will sue," said Ann Roe, executive director of Nurses Together.',
     {"Ann Roe": {"title": "executive director", "affiliation": "Nurses Together"}}, []),
    ("Tom Vale, the former head of Lindqvist, said the merger was over.",
     {"Tom Vale": {"title": "former head", "affiliation": "Lindqvist"}}, []),
    # counterexamples: the name goes on after a lower-case word, an acronym, an "at" body
    ('"No," said Ed Lutz, executive director of Right to Vote Now, on Monday.',
     {"Ed Lutz": {}}, ["Right"]),
    ('"No," said Al Dorn, director of Security Studies at the Harbor Institute.',
     {"Al Dorn": {"affiliation": "Harbor Institute"}}, ["Security Studies"]),
    # a short form two names share: the company it names bare ("Harlow Inc."), not its unit
    ("Harlow Inc. said its unit Harlow Steel Co. would close. Harlow shares fell.",
     {"Harlow Inc.": {"aliases": ("Harlow",)}, "Harlow Steel Co.": {"aliases": ()}}, []),
    # a bare name found on its own and the one longer company name: one company
    (("Velmar International Inc. said profit rose. Ann Roe, chairman of Velmar, said so. "
      "Velmar will expand."),
     {"Velmar International Inc.": {"aliases": ("Velmar",)}}, []),
    # counterexample: two longer names and no bare one: the form is not both
    ("Harlow Steel Co. and Harlow Foods Inc. merged. Later, Harlow shares fell.",
     {"Harlow Foods Inc.": {"aliases": ()}}, []),
    # a percentage share or stake after an owner's possessive: a company's
    ("The accord boosts Velmar's 7% share of the candy market.",
     {"Velmar": {"kind": "organization"}}, []),
    ("Velmar Corp. bought the mill. The deal lifts Velmar's 7% share of the market.",
     {"Velmar Corp.": {"aliases": ("Velmar",)}}, []),
    # counterexample: a person's stake
    ("Ann Roe's 5% stake was sold, Ann Roe said.", {"Ann Roe": {"kind": "person"}}, []),
    # a European company's opening word makes the run a company; the words after its "de"
    # are its short form, even where a splitter cut the sentence after "Cie."
    ("Holders spurned the bid by Cie. Financiere de Harvaux. Harvaux said it would appeal.",
     {"Cie. Financiere de Harvaux": {"kind": "organization", "aliases": ("Harvaux",)}}, []),
    ("Cie. de Lavalle Chairman Ann Roe said no. Lavalle shares fell.",
     {"Ann Roe": {"title": "Chairman", "affiliation": "Cie. de Lavalle"},
      "Cie. de Lavalle": {"aliases": ("Lavalle",)}}, ["Cie. de Lavalle Chairman Ann Roe"]),
    ("It bought a stake in Banque Commerciale de Lyon (BCL) from Societe Normande.",
     {"Banque Commerciale de Lyon": {"aliases": ("BCL",)}, "Societe Normande": {}}, []),
    # a firm named after a person: the bare name is the firm when nothing makes it a man
    ("Milton Vale Corp. said profit rose. Milton Vale said it would sell a plant.",
     {"Milton Vale Corp.": {"kind": "organization", "aliases": ("Milton Vale",)}}, []),
    ("Lavalle Group Inc. sold its mill. Lavalle Group said the price was fair.",
     {"Lavalle Group Inc.": {"aliases": ("Lavalle Group",)}}, []),
    (("Cie. de Navigation Ostrale, a French holding company, spurned the bid. Navigation "
      "Ostrale said it was low."),
     {"Cie. de Navigation Ostrale": {"aliases": ("Navigation Ostrale",)}}, []),
    # counterexamples: a man with an honorific; an institution named after a person
    ("Ralph Vane Corp. said sales rose. Ralph Vane said he was pleased, and Mr. Vane smiled.",
     {"Vane": {"kind": "person"}, "Ralph Vane Corp.": {"kind": "organization"}}, []),
    ("The Ann Roe Foundation gave $1 million. Ann Roe said the gift was hers.",
     {"Ann Roe": {"kind": "person"}}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_firms(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)
