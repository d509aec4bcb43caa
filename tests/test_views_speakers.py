"""Golden rows for speaker resolution and span detection in the views stage (invented news
sentences, each rule beside a counterexample), with the actors given as the actors stage would.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pytest

from briefgen.extract.views import extract_views, views_warnings
from briefgen.model import Actor, View
from briefgen.section import section

H = "Headline of the story\n\n"

# Wire archives open quotes with `` and close them with ''.
BACKQUOTES: list[tuple[str, list[tuple[str, str, bool]]]] = [
    ("``We will not give up,'' the minister said.", [("the minister", "We will not give up", True)]),
    ("``Prices will rise,'' said Jane Roe. ``Wages will not.''",
     [("Jane Roe", "Prices will rise", True)]),
    ("The mayor said: ``The bridge stays shut.''", [("The mayor", "The bridge stays shut", True)]),
    # the marks stay in the view's text as the input has them
    ("The ``temporary'' tax will stay, the minister said.",
     [("the minister", "The ``temporary'' tax will stay", False)]),
]


@pytest.mark.parametrize("body,expected", BACKQUOTES)
def test_backquotes(body: str, expected: list[tuple[str, str, bool]]) -> None:
    doc = section(H + body)
    views = extract_views(doc, [])
    got = [(v.speaker_text, v.text, v.direct) for v in views]
    assert len(got) == len(expected), got
    for (st, text, direct), (est, etext, edirect) in zip(got, expected, strict=True):
        assert (st, direct) == (est, edirect) and text.startswith(etext), got
    for v in views:
        assert doc.text[v.span[0] : v.span[1]] == v.text


def test_backquote_left_open_warns() -> None:
    doc = section(H + "``We will not give up, the minister said.\n\nThe talks ended.")
    assert views_warnings(doc)


def _actor(text: str, aid: str, name: str, kind: str, surfaces: tuple[str, ...] = (),
           **kw: object) -> Actor:
    """An actor whose mentions are every occurrence of its name and the given surfaces."""
    spans: list[tuple[int, int]] = []
    for s in sorted({name, *surfaces}, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(s)}\b", text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    return Actor(aid, name, kind, mentions=tuple(sorted(spans)), **kw)  # type: ignore[arg-type]


def actors_of(text: str, specs: Sequence[Sequence[Any]]) -> list[Actor]:
    """Actors A1, A2 … in the order of `specs`, each (name, kind, surfaces[, fields])."""
    return [
        _actor(text, f"A{i + 1}", *spec[:3], **(spec[3] if len(spec) > 3 else {}))
        for i, spec in enumerate(specs)
    ]


def views_of(body: str, specs: Sequence[Sequence[Any]], head: str = H) -> list[View]:
    """The views of `body` as the paragraph under a headline, with the actors of `specs`."""
    text = head + body
    return extract_views(section(text), actors_of(text, specs))


Spec = tuple[str, str, tuple[str, ...], dict[str, object]]

# (body, actors (name, kind, extra surfaces, fields), the speaker id of each view in order)
RESOLVE: list[Any] = [
    # a surname shared by two people: the one the actors stage gave it, else not the one
    # the story calls by the given name alone, else the one named in full last
    (("Jane Roe met her husband, Paul Roe, and their son Tom Roe at the pier. Tom waved. "
      "Roe said the boat was late."),
     [("Jane Roe", "person", (), {}), ("Paul Roe", "person", (), {}),
      ("Tom Roe", "person", ("Tom",), {})], ["A2"]),
    (("Jane Roe met her husband, Paul Roe, at the pier. Roe said the boat was late."),
     [("Jane Roe", "person", (), {}), ("Paul Roe", "person", (), {})], ["A2"]),
    (("Paul Roe met his wife, Jane Roe, at the pier. Roe said the boat was late."),
     [("Jane Roe", "person", (), {"aliases": ("Roe",)}), ("Paul Roe", "person", (), {})],
     ["A1"]),
    # a role description with its complement, then the name in apposition
    (("The head of the police inquiry in the port city, Kenneth Doe, said 40 people were "
      "questioned."), [("Kenneth Doe", "person", (), {})], ["A1"]),
    # … but a name after a plain noun phrase is no apposition of a role
    ("The port city, Kenneth Doe said, was quiet.", [("Kenneth Doe", "person", (), {})], ["A1"]),
    # a definite description: the person of that office named before, of that country
    (("Prime Minister Jan Kos opened the talks. The Ruritanian leader said a deal was near."),
     [("Jan Kos", "person", (), {"title": "Prime Minister"}),
      ("Ruritania", "country", ("Ruritanian",), {})], ["A1"]),
    (("Ruritanian President Jan Kos and Freedonian President Ana Lis met. "
      "The Ruritanian leader said a deal was near."),
     [("Jan Kos", "person", (), {"title": "President"}),
      ("Ana Lis", "person", (), {"title": "President"}),
      ("Ruritania", "country", ("Ruritanian",), {}),
      ("Freedonia", "country", ("Freedonian",), {})], ["A1"]),
    (("Ruritanian President Jan Kos and Freedonian President Ana Lis met. "
      "The Freedonian leader said a deal was near."),
     [("Jan Kos", "person", (), {"title": "President"}),
      ("Ana Lis", "person", (), {"title": "President"}),
      ("Ruritania", "country", ("Ruritanian",), {}),
      ("Freedonia", "country", ("Freedonian",), {})], ["A2"]),
    (("Sen. Jane Roe filed the bill on Monday.\n\nSenator from Ohio says she will not back down."),
     [("Jane Roe", "person", (), {"title": "Sen."}), ("Ohio", "place", (), {})], ["A1"]),
    # counterexample: no one of that office was named: unnamed, never the state
    (("Jane Roe filed the bill on Monday.\n\nSenator from Ohio says she will not back down."),
     [("Jane Roe", "person", (), {}), ("Ohio", "place", (), {})], [None]),
    # "the fund": the organisation whose name has that head noun
    (("The Northern Widget Fund cut its forecast. The fund warned that growth would slow."),
     [("Northern Widget Fund", "organization", (), {})], ["A1"]),
    (("Acme Corp cut its forecast. The fund warned that growth would slow."),
     [("Acme Corp", "organization", (), {})], [None]),
    # "the letter": its signer, when the text says who wrote it
    (("The mayor read from a letter signed by Jane Roe. “We will not pay,” the letter said."),
     [("Jane Roe", "person", (), {})], ["A1"]),
    (("The mayor read from Jane Roe's letter. “We will not pay,” the letter said."),
     [("Jane Roe", "person", (), {})], ["A1"]),
    (("Jane Roe read from a letter. “We will not pay,” the letter said."),
     [("Jane Roe", "person", (), {})], [None]),
    # a person introduced with a role in the paragraph before a quote is its "he"
    (("Paul Roe said the port would reopen.\n\n"
      "The delay worries Tom Lee, president of the dockers' union.\n\n"
      "“Ships are going elsewhere. Paul Roe knows it,” he said."),
     [("Paul Roe", "person", (), {}), ("Tom Lee", "person", (), {})], ["A1", "A2"]),
    # … but not when that paragraph has a view of its own
    (("Tom Lee, president of the dockers' union, met Paul Roe.\n\n"
      "Paul Roe said the port would reopen.\n\n“Ships will come back,” he said."),
     [("Paul Roe", "person", (), {}), ("Tom Lee", "person", (), {})], ["A1", "A1"]),
    # a name inside the quote is not the antecedent of "he said"
    (("Tom Lee spoke first.\n\n“No one trusts Paul Roe,” he said."),
     [("Paul Roe", "person", (), {}), ("Tom Lee", "person", (), {})], ["A2"]),
    # "they" after two coordinated people: both
    (("Early backers such as Jane Roe, D-Ohio, and Tom Lee, R-Utah, now say they think it "
      "should change."),
     [("Jane Roe", "person", (), {}), ("Tom Lee", "person", (), {})], ["A1"]),
    # a titled subject opening the sentence is the "he" of its second clause
    (("Ann Fry said the vote would pass.\n\nHouse Speaker Paul Roe, despite doubts about the "
      "cost, toured the plant. He does believe Fry is right."),
     [("Ann Fry", "person", (), {}), ("Paul Roe", "person", (), {})], ["A1", "A2"]),
    # a relation ("the boy's father") is not an office
    (("President Jan Kos visited the school. The boy's father said he was grateful."),
     [("Jan Kos", "person", (), {"title": "President"})], [None]),
    # the person heading a speaker phrase, not the place in its party-state tag or "of" phrase
    ("Panel Chairman Rep. Paul Roe (R-Idaho) said the hearing would go ahead.",
     [("Paul Roe", "person", (), {}), ("Idaho", "place", (), {})], ["A1"]),
    ("Rep. Ann Fry of Vermont, the panel's senior Democrat, said the vote was rushed.",
     [("Ann Fry", "person", (), {}), ("Vermont", "place", (), {})], ["A1"]),
    # counterexample: a place alone still speaks for itself
    ("Vermont said the vote was rushed.", [("Vermont", "place", (), {})], ["A1"]),
    # a relative or lawyer "of"/"for" a person is not that person
    ("The grandmother of Tom Lee said she would travel to the city.",
     [("Tom Lee", "person", (), {})], [None]),
    ("A lawyer for Tom Lee said the charges would be dropped.",
     [("Tom Lee", "person", (), {})], [None]),
    # counterexample: "of" a body after the name keeps the name
    ("Tom Lee of the Harbor Institute said the charges would be dropped.",
     [("Tom Lee", "person", (), {}), ("Harbor Institute", "organization", (), {})], ["A1"]),
    # a description, then the name in apposition: the name speaks
    ("Two cousins spoke. One of them, Ana Lis, said the family would stay.",
     [("Ana Lis", "person", (), {})], ["A1"]),
    ("Another cousin, Ana Lis, said the family would stay.",
     [("Ana Lis", "person", (), {})], ["A1"]),
    ("The boy's paternal grandmother, Mariana, told reporters she would travel.",
     [("Mariana", "person", (), {})], ["A1"]),
    # … a new full name is not another person who shares its surname
    ("Paul Roe sued. Another cousin, Marta Roe, said the family would stay.",
     [("Paul Roe", "person", (), {})], [None]),
    # elegant variation: the person a recent sentence opened with, when no title fits
    (("Roe, appearing after Fry at the forum, toured the plant.\n\n"
      "“We need a change,” the Denver businessman said."),
     [("Paul Roe", "person", ("Roe",), {}), ("Ann Fry", "person", ("Fry",), {}),
      ("Denver", "place", (), {})], ["A1"]),
    # counterexample: a titled official is not "the businessman"
    (("Senate Leader Paul Roe spoke at the forum.\n\n"
      "“We need a change,” the Denver businessman said."),
     [("Paul Roe", "person", (), {"title": "Senate Leader"}), ("Denver", "place", (), {})],
     [None]),
    # a ruling speaks for the court named before it
    (("The Tenth Circuit Court struck the law down. “The statute fails,” said the ruling."),
     [("Tenth Circuit Court", "organization", (), {})], ["A1"]),
    ("The mayor struck the law down. “The statute fails,” said the ruling.",
     [("Paul Roe", "person", (), {})], [None]),
    # a group noun heads the speaker phrase: the person, place or body in its modifiers is
    # not the speaker ("Roe's relatives in Ohio", "Doe aides", "supporters in Congress") …
    (("Tom Roe drowned at sea. But Roe's relatives in Ohio have fought to keep the boat, "
      "saying they could repair it."),
     [("Tom Roe", "person", (), {}), ("Ohio", "place", (), {})], [None]),
    (("Senator Ann Doe met the envoy. Doe aides acknowledged a close relationship with him."),
     [("Ann Doe", "person", (), {"title": "Senator"})], [None]),
    ("Farmers and supporters in Congress say the subsidy helps rural towns.",
     [("Congress", "organization", (), {})], [None]),
    # … but the body itself, or officials of it, still speak for it
    ("Officials of the Ruritanian Fisheries Agency said the quota would stay.",
     [("Ruritanian Fisheries Agency", "organization", (), {})], ["A1"]),
    ("The Ohio Farm Bureau said the subsidy helps rural towns.",
     [("Ohio Farm Bureau", "organization", (), {})], ["A1"]),
    # "other X" are not X
    ("Other Nordic leaders have said a joint fleet is needed.",
     [("Nordic leaders", "group", (), {})], [None]),
    ("Nordic leaders have said a joint fleet is needed.",
     [("Nordic leaders", "group", (), {})], ["A1"]),
    # "the Doe team" is the campaign named after Doe when the text has one, else Doe
    (("Ann Doe leads the race, and the Doe campaign is busy. The Doe team has said families "
      "would qualify for the credit."),
     [("Ann Doe", "person", ("Doe",), {}), ("Doe campaign", "organization", (), {})], ["A2"]),
    (("Ann Doe leads the race. The Doe team has said families would qualify for the credit."),
     [("Ann Doe", "person", ("Doe",), {})], ["A1"]),
    # a possessed role and then a full name in apposition: the name speaks
    (("Ann Doe trails in the polls. Doe's campaign manager, Tom Fields, said in a statement "
      "that the rival had sunk to a new low."),
     [("Tom Fields", "person", (), {}), ("Ann Doe", "person", (), {})], ["A1"]),
    # … a possessed noun the role table does not know: the name in apposition speaks
    # (test_views6b_appositive_name.py)
    (("Ann Doe leads the race. Doe's running mate, Tom Fields, said the rival had sunk to a "
      "new low."), [("Tom Fields", "person", (), {}), ("Ann Doe", "person", (), {})], ["A1"]),
    # the subject of "…, saying": a possessed kin noun, then its name in apposition
    (("Tom Roe drowned at sea. Roe's paternal great-uncle, Paul Roe, is fighting to keep the "
      "boat, saying he can repair it."),
     [("Tom Roe", "person", (), {}), ("Paul Roe", "person", (), {})], ["A2"]),
    # a hyphenated kin noun after a possessive, then the full name: the name speaks
    (("Tom Roe drowned at sea. In Dayton, the boy's great-uncle, Paul Roe, denied that he "
      "would sell the boat."),
     [("Tom Roe", "person", (), {}), ("Paul Roe", "person", (), {})], ["A2"]),
    # … but an appositive that is no name leaves the relative unnamed
    (("Tom Roe drowned at sea. The boy's great-uncle, a fisherman, said he would sell the "
      "boat."), [("Tom Roe", "person", (), {})], [None]),
    # a role noun completed by "to <place>", then the name in apposition: the name speaks
    (("Paul Roe spoke. The Ruritanian envoy to Norway, Jane Doe, who was then at the UN, "
      "said that she remembered the talks."),
     [("Paul Roe", "person", (), {}), ("Jane Doe", "person", (), {}),
      ("Norway", "country", (), {})], ["A2"]),
    # … not a plain noun before "to": the place stays the speaker
    (("Paul Roe spoke. Flights to Norway, Jane Doe's airline, said the fares would rise."),
     [("Paul Roe", "person", (), {}), ("Jane Doe", "person", (), {}),
      ("Norway", "country", (), {})], ["A3"]),
    # a bare "the government": the country of the capital named in the sentence, else the
    # latest country, never an organisation that is not a government
    (("Norway hosted the talks. Jan Kos of the Ruritanian-American Fund said the boy should "
      "stay. The government gave a guarded response, warning against excessive optimism."),
     [("Norway", "country", (), {}), ("Jan Kos", "person", (), {}),
      ("Ruritanian-American Fund", "organization", (), {})], ["A2", "A1"]),
    (("Jan Kos of the Ruritanian-American Fund said the boy should stay. In Oslo, the "
      "government gave a guarded response, warning against excessive optimism."),
     [("Jan Kos", "person", (), {}), ("Ruritanian-American Fund", "organization", (), {}),
      ("Oslo", "place", (), {}), ("Norway", "country", (), {})], ["A1", "A4"]),
    (("Fuel prices rose in Norway on Monday. The Acme Corp. said profits fell. The government "
      "said it would cut taxes."),
     [("Norway", "country", (), {}), ("Acme Corp.", "organization", (), {})], ["A2", "A1"]),
    # "they" takes the organisation that is the subject of the sentence before …
    (("The Acme Workers Union rejected the offer on Monday.\n\n"
      "They said the pay rise was an insult to members."),
     [("Acme Workers Union", "organization", (), {})], ["A1", "A1"]),
    # … never one named only as a possessor (the subject is an unnamed plural group)
    (("Twenty states are challenging the Acme Agency's new rules in court.\n\n"
      "They argue that the agency overstepped its authority."),
     [("Acme Agency", "organization", (), {})], [None]),
    # a statement no one is named as writing: the organisation the paragraph opens with
    (("The Acme Alliance met on Monday. The statement said the group would press ahead."),
     [("Acme Alliance", "organization", (), {})], ["A1"]),
    # … but not an organisation only named inside the sentence
    (("Members met near the Acme Alliance office on Monday. The statement said the talks "
      "went well."), [("Acme Alliance", "organization", (), {})], [None]),
    # "the <adj> leadership" / "a government communique": the one country in play
    (("Ruritania freed 50 prisoners. The communist leadership said the move was humane."),
     [("Ruritania", "country", (), {})], ["A1"]),
    (("Ruritania freed 50 prisoners. A government communique said the move was humane."),
     [("Ruritania", "country", (), {})], ["A1"]),
    # … never when two countries are in play
    (("Ruritania and Freedonia swapped prisoners. The communist leadership said the move "
      "was humane."), [("Ruritania", "country", (), {}), ("Freedonia", "country", (), {})],
     [None]),
    # a hyphenated relation introduced with the name
    (("Tom Gray was arrested on Monday. His ex-wife, Mary Jones, was not charged. "
      "His ex-wife said he was innocent."),
     [("Tom Gray", "person", (), {}), ("Mary Jones", "person", (), {})], ["A2"]),
    # … but no one introduced so stays unnamed
    (("Tom Gray was arrested on Monday. His ex-wife said he was innocent."),
     [("Tom Gray", "person", (), {})], [None]),
    # an indefinite role repeated from an appositive names that person
    (("Paul Brand, a former party chairman, joined the march. A former party chairman said "
      "the vote was rigged."),
     [("Paul Brand", "person", (), {"title": "former party chairman"})], ["A1"]),
    (("Paul Brand, a former party treasurer, joined the march. A former party chairman said "
      "the vote was rigged."),
     [("Paul Brand", "person", (), {"title": "former party treasurer"})], [None]),
    # "the judge": the person a "Judge" title was written before
    (("Judge Ann Wolfe heard the case. The judge said the evidence was weak."),
     [("Ann Wolfe", "person", (), {})], ["A1"]),
    (("Ann Wolfe heard the case. The judge said the evidence was weak."),
     [("Ann Wolfe", "person", (), {})], [None]),
    # "Both" after a coordinated pair: both speak
    (("Maria Lopez and Peter Novak met on Friday. Both said the deal was fair."),
     [("Maria Lopez", "person", (), {}), ("Peter Novak", "person", (), {})], ["A1"]),
    # a pronoun in an aside opened right after a name ("Roe — even as she says …") is Roe,
    # not the last speaker; without a subordinator the aside is a parenthetical of its own
    (("Paul Fisk said the plan was late. But Jane Roe — even as she says the plan is sound — "
      "has cut its budget."),
     [("Paul Fisk", "person", (), {}), ("Jane Roe", "person", (), {})], ["A1", "A2"]),
    (("Paul Fisk said the plan was late. But Jane Roe — he says — has cut its budget."),
     [("Paul Fisk", "person", (), {}), ("Jane Roe", "person", (), {})], ["A1", "A1"]),
    # "she said" after a sentence (since the last view) naming one woman and only men besides
    (("“The plan is late,” said Paul Fisk, a deputy mayor. Mrs. Roe, who hired Mr. Fisk last "
      "year, cut the budget on Monday. “We have no money,” she said."),
     [("Paul Fisk", "person", ("Fisk",), {}), ("Jane Roe", "person", ("Roe",), {})],
     ["A1", "A2"]),
    # … but a woman of that sentence is no antecedent for "he": the last speaker stays
    # (coref.genders leaves Jane Roe open here; her given name rules her out, session 7)
    (("“The plan is late,” said Tom Fisk, a deputy mayor. Mrs. Roe, who hired Mr. Fisk last "
      "year, cut the budget on Monday. “We have no money,” he said."),
     [("Tom Fisk", "person", ("Fisk",), {}), ("Jane Roe", "person", ("Roe",), {})],
     ["A1", "A1"]),
    # given names show the genders: "she" after a sentence naming one woman and one man is
    # the woman, not the man who spoke last …
    (("“The plan is late,” said Paul Fisk, a deputy mayor. Later, Maria Lopez met Tom Roe on "
      "Monday. “We have no money,” she said."),
     [("Paul Fisk", "person", (), {}), ("Maria Lopez", "person", (), {}),
      ("Tom Roe", "person", (), {})], ["A1", "A2"]),
    # … but not when that sentence is a question, or names the man only as a possessor
    (("“The plan is late,” said Paul Fisk, a deputy mayor. But what if Maria Lopez wins? "
      "Would Tom Roe lose? “She would do well,” he said."),
     [("Paul Fisk", "person", (), {}), ("Maria Lopez", "person", (), {}),
      ("Tom Roe", "person", (), {})], ["A1", "A1"]),
    (("“The plan is late,” said Paul Fisk, a deputy mayor. The budget grew under Maria Lopez "
      "and Tom Roe's plan. “We have no money,” he said."),
     [("Paul Fisk", "person", (), {}), ("Maria Lopez", "person", (), {}),
      ("Tom Roe", "person", (), {})], ["A1", "A1"]),
    # "the Acme chief" is the one titled person or the one untitled person named with Acme;
    # "Ohio Supreme Court Justice Jane Roe" is Roe, not the court
    (("Director of the Federal Tarvin Agency (FTA) Louis Vela met the press. The FTA chief "
      "said the inquiry would take a year."),
     [("Louis Vela", "person", (), {}),
      ("Federal Tarvin Agency", "organization", ("FTA",), {})], ["A1"]),
    (("Acme spokesman Louis Vela met the press. The FTA chief said the inquiry would take a "
      "year."),
     [("Louis Vela", "person", (), {"title": "spokesman"}),
      ("Federal Tarvin Agency", "organization", ("FTA",), {})], [None]),
    (("Ohio Supreme Court Justice Jane Roe rejected the request, saying the file stays sealed."),
     [("Ohio Supreme Court", "organization", (), {}), ("Jane Roe", "person", ("Roe",), {})],
     ["A2", "A2"]),
    # … and a name inside a relative clause of the speaker phrase is not the speaker
    (("Jane Roe left. “It stays sealed,” said an Ohio Supreme Court official who supports "
      "Roe."),
     [("Ohio Supreme Court", "organization", (), {}), ("Jane Roe", "person", ("Roe",), {})],
     [None]),
    # a person's side: "X's government" is X's country, "X's team" the X campaign when the
    # text names one; a name only tied to a state gives "the Ohio senator" no untitled match
    (("Ruritanian President Tomas Vela spoke on Monday.\n\nVela's government said the delay "
      "was an insult."),
     [("Tomas Vela", "person", ("Vela",), {}), ("Ruritania", "country", ("Ruritanian",), {})],
     ["A2"]),
    (("Jane Roe won the primary. The Roe campaign hired staff.\n\nRoe's team said she would "
      "fight on."),
     [("Jane Roe", "person", ("Roe",), {}), ("Roe campaign", "organization", (), {})],
     ["A2"]),
    # a lead's "a former Acme chairman says" is the Acme person quoted just after by an
    # inverted attribution; an unnamed officer of a body stays unnamed
    (("A former Acme Corp chairman says the board should plan for a successor.\n\n“Now is "
      "the time to act,” said Tom Roe, who ran Acme Corp from 1995 to 1997."),
     [("Acme Corp", "organization", (), {}), ("Tom Roe", "person", (), {})], ["A2", "A2"]),
    (("A former Acme Corp chairman says the board should plan for a successor.\n\n“Now is "
      "the time to act,” said Tom Roe, a retired teacher."),
     [("Acme Corp", "organization", (), {}), ("Tom Roe", "person", (), {})], [None, "A2"]),
    (("The Acme Corp board met. An Acme Corp duty officer said there was no threat."),
     [("Acme Corp", "organization", (), {})], [None]),
    # the dateline's capital names the country of "the leadership" when several appear
    (("HAVANA (AP) -- The United States will return the boy to Cuba, the communist "
      "leadership said on Wednesday."),
     [("Cuba", "country", (), {}), ("United States", "country", (), {})], ["A1"]),
    (("The United States will return the boy to Cuba, the communist leadership said on "
      "Wednesday."),
     [("Cuba", "country", (), {}), ("United States", "country", (), {})], [None]),
    # a relation introduced bare ("great-uncle X") or with an unnamed possessor ("the girl's
    # father, X") is who "Ana's great-uncle" / "Ana's father" names later
    (("The court refused to replace great-uncle Lazo Perez as the guardian. Ana's great-uncle "
      "said the family would appeal."),
     [("Lazo Perez", "person", (), {}), ("Ana", "person", (), {})], ["A1"]),
    (("The girl's father, Tomas Vela, lives in Lima. Ana's father said he would fly to Miami."),
     [("Tomas Vela", "person", (), {}), ("Ana", "person", (), {})], ["A1"]),
    # … a teacher is no father; and the possessor of a kin noun never speaks for it
    (("The girl's teacher, Tomas Vela, lives in Lima. Ana's father said he would fly to Miami."),
     [("Tomas Vela", "person", (), {}), ("Ana", "person", (), {})], [None]),
    # a lead's "Jane Roe's father" is the next person of that family name
    (("Ana Vela's father said he would fly to Miami. ``We are worried,'' Tomas Vela wrote."),
     [("Ana Vela", "person", (), {}), ("Tomas Vela", "person", (), {})], ["A2", "A2"]),
    # a quote, then a subject with an aside before the verb: the words after the verb are
    # its object or an adverb, never the speaker
    (("“We were wrong to wait,” Jane Roe, a former candidate, told Channel Five News."),
     [("Jane Roe", "person", (), {}), ("Channel Five News", "organization", (), {})], ["A1"]),
    (("“It is a good plan,” Tom Fisk, who once worked for the council, told the Daily Planet "
      "on Friday."),
     [("Tom Fisk", "person", (), {}), ("Daily Planet", "organization", (), {})], ["A1"]),
    (("''The rules are clear,'' Paul Doe, the party chairman, told the Daily Planet."),
     [("Paul Doe", "person", (), {}), ("Daily Planet", "organization", (), {})], ["A1"]),
    # … the inverted order still names the speaker after the verb
    (("“We were wrong to wait,” said Jane Roe, a former candidate, on Monday."),
     [("Jane Roe", "person", (), {})], ["A1"]),
    # an unnamed spokesperson speaks for the body named with the role; a named one, or an
    # unnamed official, does not
    (("The Federal Aviation Agency (FAA) grounded the jet. The fleet will stay grounded, an FAA "
      "spokeswoman said on Monday."),
     [("Federal Aviation Agency", "organization", ("FAA",), {})], ["A1"]),
    (("Acme Corp cut jobs. The cuts were needed, an Acme spokesman said."),
     [("Acme Corp", "organization", ("Acme",), {})], ["A1"]),
    (("Acme Corp cut jobs. The cuts were needed, an Acme official said."),
     [("Acme Corp", "organization", ("Acme",), {})], [None]),
    (("Acme Corp cut jobs. The cuts were needed, Acme spokesman Tom Roe said."),
     [("Acme Corp", "organization", ("Acme",), {}), ("Tom Roe", "person", (), {})], ["A2"]),
    # a person named with the body they belong to ("of the Ohio-based X") speaks, not the body
    (("The plan is bad, said Ana Vela of the Ohio-based Open Roads Foundation."),
     [("Ana Vela", "person", (), {}), ("Open Roads Foundation", "organization", (), {})],
     ["A1"]),
    (("The plan is bad, said a lawyer of Ana Vela of the Open Roads Foundation."),
     [("Ana Vela", "person", (), {}), ("Open Roads Foundation", "organization", (), {})],
     [None]),
    # a document speaks for whoever issued it: "the message" takes up "a government
    # communique"; "the statement" the body that "said in a statement"; a person who only
    # reads it out is not its author
    (("HAVANA (AP) -- Cuba will not give up. ``Nothing is certain,'' said a government "
      "communique, read at a rally. "
      "``We cannot stop now!'' said the message, read at the rally by Ana Vela, a student "
      "leader."),
     [("Cuba", "country", (), {}), ("Ana Vela", "person", (), {})], ["A1", "A1"]),
    (("Norvale Industries said in a statement that the plant would close. Tom Roe called the "
      "move a setback.\n\n``We are looking for a new site,'' the statement said."),
     [("Norvale Industries", "organization", (), {}), ("Tom Roe", "person", (), {})],
     ["A1", "A2", "A1"]),
    # counterexample: a statement nobody is said to have made stays unnamed
    (("Tom Roe said the move was a setback.\n\nThe council met. ``We are looking for a new "
      "site,'' the statement said."),
     [("Tom Roe", "person", (), {})], ["A1", None]),
    # "an accompanying statement": the body that just issued something
    (("The Foreign Ministry on Sunday issued a travel warning. An accompanying statement "
      "firmly cautioned tourists about trips near the border."),
     [("Foreign Ministry", "organization", (), {})], ["A1"]),
    (("The Foreign Ministry met on Sunday. Tom Roe left.\n\nA statement cautioned tourists "
      "about trips near the border."),
     [("Foreign Ministry", "organization", (), {}), ("Tom Roe", "person", (), {})], [None]),
    # a pronoun inside a fronted adverbial ("After struggling to show that he …, Roe said")
    # names the person that opens the main clause, not the last speaker; a description after
    # the comma ("the minister") is no name to take
    (("Paul Fisk said the plan was late.\n\nAfter months of trying to show that he understands "
      "the city, Mayor Tom Roe said he meets families every week."),
     [("Paul Fisk", "person", (), {}), ("Tom Roe", "person", (), {})], ["A1", "A2", "A2"]),
    (("Paul Fisk said the plan was late.\n\nIn what he called a rant, Tom Roe said the plan was "
      "a fraud."),
     [("Paul Fisk", "person", (), {}), ("Tom Roe", "person", (), {})], ["A1", "A2", "A2"]),
    (("Paul Fisk said the plan was late.\n\nIn what he called a rant, the minister said the "
      "plan was a fraud. Tom Roe left."),
     [("Paul Fisk", "person", (), {}), ("Tom Roe", "person", (), {})], ["A1", "A1", None]),
    # (the pronoun goes to the last speaker when no name opens the main clause)
    # a version of a letter is the letter: its author, never the language's country; a letter
    # from someone's relatives is not that someone's
    (("Spain sent aid. A letter from Ana Vela asked for help.\n\n``We need water,'' the "
      "Spanish copy of the letter said."),
     [("Spain", "country", (), {}), ("Ana Vela", "person", (), {})], ["A2"]),
    (("Spain sent aid. Ana Vela left. The paper printed a letter Thursday from Ana's "
      "grandmothers to the mayor."
      "\n\n``We need water,'' the Spanish copy of the letter said."),
     [("Spain", "country", (), {}), ("Ana Vela", "person", ("Ana",), {})], [None]),
]


@pytest.mark.parametrize("body,specs,expected", RESOLVE)
def test_resolve(body: str, specs: list[Spec], expected: list[str | None]) -> None:
    views = views_of(body, specs)
    assert [v.speaker for v in views] == expected, [(v.speaker_text, v.text) for v in views]
    if "coordinated" in body or "D-Ohio" in body or "Both said" in body:
        assert views[0].speakers == ("A1", "A2")


# Span detection: what is and is not the speaker. (body, [(speaker_text, text start)])
SPANS: list[tuple[str, list[tuple[str, str]]]] = [
    # a prepositional phrase before a participle is no subject; the clause's subject speaks
    ("In a message posted Friday, Roe said she would vote for the bill.",
     [("Roe", "she would vote")]),
    # a verb with its object is no subject ("forecast" is a noun here)
    ("On Tuesday, it lifted its growth forecast by 0.1 points to 1.8 percent.", []),
    ("The bank forecast growth of 1.8 percent.", [("The bank", "growth of 1.8 percent")]),
    # a parenthetical "he said" names the speaker of both sides
    ("They understand, he said, that nothing is certain.",
     [("he", "They understand")]),
    # an outlet reporting someone's words: the someone speaks
    ("According to the Daily Planet, Mayor Jane Roe said the bridge would close.",
     [("Mayor Jane Roe", "the bridge would close")]),
    # … but a survey's share of respondents is not taken out of the survey
    ("According to a new survey, 51 percent of voters said they would stay home.",
     [("a new survey", "51 percent of voters said")]),
    ("According to a new survey, most voters said they would stay home.",
     [("a new survey", "most voters said")]),
    # "X praised Y, who said Z": Z is Y's view
    ("The mayor praised the engineer, who said the bridge was safe.",
     [("The mayor", "the engineer"), ("the engineer", "the bridge was safe")]),
    ("The mayor praised the engineer, who built the bridge, and said it was safe.",
     [("The mayor", "the engineer, who built the bridge"), ("The mayor", "it was safe")]),
    # an opening adverbial is not the subject of "…, saying"
    ("On Sunday evening, aides to the mayor filed a motion, saying the plan was unfair.",
     [("aides", "the plan was unfair")]),
    ("At a rally in Dayton, Ohio, Jane Roe toured the plant, saying it would fail.",
     [("Jane Roe", "it would fail")]),
    # a role noun and the name after it are one subject
    ("Republican nominee Jane Roe, in particular, has toured the port and said tariffs work.",
     [("Republican nominee Jane Roe", "tariffs work")]),
    ("Jane Roe, in particular, criticized the pact.", [("Jane Roe", "the pact")]),
    # adjectives before a role noun belong to the subject of "…, saying"
    ("Democratic presidential nominee Jane Roe toured the plant, saying the plan would fail.",
     [("Democratic presidential nominee Jane Roe", "the plan would fail")]),
    ("Democratic leaders in the state house met on Monday, saying the bill was dead.",
     [("Democratic leaders", "the bill was dead")]),
    # two prepositions sharing one object stay in the subject
    ("Officials in and around the capital warned that the roads would close.",
     [("Officials in and around the capital", "the roads would close")]),
    # a speech gerund after "by" has the sentence's subject; a list of means or a stance
    # gerund after "after" does not report anything
    ("Mayor Jane Roe closed the meeting on Tuesday by saying the bridge would reopen.",
     [("Mayor Jane Roe", "the bridge would reopen")]),
    ("The council has two options: by asking the court to rule, or by waiting.", []),
    ("The mayor left after rejecting the plan.", []),
    # a restrictive "who" clause inside the subject: its antecedent speaks
    ("Tour guides who work in the northern parks say bookings have fallen.",
     [("Tour guides who work in the northern parks", "bookings have fallen")]),
    # a long chain of asides: the name that opens the clause speaks, even when the scan from
    # the verb stops inside the first aside ("founder of Friends of the Park")
    (("Ana Vela, founder of Friends of the Park, a group that plants trees across the city, "
      "called the ruling a disgrace."),
     [("Ana Vela, founder of Friends of the Park, a group that plants trees across the city",
       "the ruling a disgrace")]),
    # … but a clause after the name is no aside: the inverted speaker stays
    ("Vela, meanwhile, may have left the city, but it is unclear where she went, said Tom Roe.",
     [("Tom Roe", "Vela, meanwhile, may have left the city")]),
    # right after a quotation, "warned/declared/agrees X" names X as for "said X" …
    ("“The bridge will fail,” warned Tom Roe, a professor of engineering.",
     [("Tom Roe, a professor of engineering", "The bridge will fail")]),
    ("“Our ideas of success have changed,” agrees Ana Vela, 30, of Dayton.",
     [("Ana Vela, 30", "Our ideas of success have changed")]),
    ("“It was a long night,” mused Tom Roe.", [("Tom Roe", "It was a long night")]),
    # … but after a plain comma the noun phrase is the verb's object, no speaker
    ("The driver appeared in court on Monday, denied the charges and left.", []),
    # a given name that is also a modal ("Will", "Can") still opens a name
    ("“The fees keep rising,” said Will Doyle, a professor at the college.",
     [("Will Doyle, a professor at the college", "The fees keep rising")]),
    # "A said B, C said Sunday": C reports A's claim — C's view is the whole report, A's ends
    # at the comma; a "said" inside a relative clause or a participle after it is no report
    ("Tom Roe said he would fly to Lima alone, Ana Vela said Sunday.",
     [("Ana Vela", "Tom Roe said he would fly to Lima alone"),
      ("Tom Roe", "he would fly to Lima alone")]),
    ("Tom Roe said the plan, which Ana Vela said was dead, would pass.",
     [("Tom Roe", "the plan, which Ana Vela said was dead, would pass")]),
    # a weekday between the subject (or its asides) and the verb is no subject
    ("Jane Roe, who has feuded with party leaders all week, on Friday said the party was united.",
     [("Jane Roe", "the party was united")]),
    ("Sen. Tom Roe (D-Ohio) on Saturday criticized the accord as too weak.",
     [("Sen. Tom Roe (D-Ohio)", "the accord as too weak")]),
    # … but a weekday that closes an aside's own verb phrase stays in the aside
    ("Jane Roe, who addressed the convention on Thursday, said the party was united.",
     [("Jane Roe", "the party was united")]),
    # a reporting verb inside a fronted subordinate clause ends its content at the clause's
    # comma; the main clause is a view of its own
    ("When she called the plan a fraud, the mayor said taxes would rise.",
     [("she", "the plan a fraud"), ("the mayor", "taxes would rise")]),
    ("In what he called a rant, the mayor said taxes would rise.",
     [("he", "a rant"), ("the mayor", "taxes would rise")]),
    # … but "As X said, “…”" quotes X, and "In 2010" is no clause
    ("As the mayor said last week, “the bridge will close for good.”",
     [("the mayor", "last week, “the bridge will close")]),
    ("In 2010 the mayor said the bridge would close.",
     [("the mayor", "the bridge would close")]),
]


@pytest.mark.parametrize("body,expected", SPANS)
def test_spans(body: str, expected: list[tuple[str, str]]) -> None:
    views = extract_views(section(H + body), [])
    got = [(v.speaker_text, v.text) for v in views]
    assert len(got) == len(expected), got
    for (st, t), (est, et) in zip(got, expected, strict=True):
        assert st == est and t.startswith(et), got
