"""Actors on wire-copy shapes (session 2, second round): weekdays glued to a name, acronyms
used without a bracketed definition, institution names with a lower-case function word inside,
organisations introduced by an appositive, bare plural groups, the government of the country a
text is about. Every row is an invented sentence; counterexamples sit beside the examples."""

from __future__ import annotations

from typing import Any

import pytest
from test_actors import find
from test_actors_shapes import doc_of_sentences

from briefgen.extract.actors import extract_actors

# (sentences, expected actors {name: {field: value}, "aliases" ⊇ list}, names that must not be actors)
ROWS: list[tuple[tuple[str, ...], dict[str, dict[str, Any]], list[str]]] = [
    # 1. a weekday or month glued to a name in wire style is no part of it
    (("President Jane Roe Thursday condemned the attack.",),
     {"Jane Roe": {"kind": "person", "title": "President"}}, ["Jane Roe Thursday"]),
    (("Jane Roe spoke first.", "Roe Monday said the plan was sound."),
     {"Jane Roe": {"aliases": ["Roe"]}}, ["Roe Monday"]),
    (("The board chose Daniel P. Davison Feb. 1 to lead it.",),
     {"Daniel P. Davison": {"kind": "person"}}, ["Daniel P. Davison Feb"]),
    # counterexamples: a month after a given name is a surname; a named day is no one
    (("Prime Minister Theresa May said the vote would go ahead.",),
     {"Theresa May": {"kind": "person"}}, ["Theresa"]),
    (("Tom Roe told a rally on Super Tuesday that he would win.",),
     {"Tom Roe": {"kind": "person"}}, ["Super Tuesday", "Super"]),
    # 2. acronyms: dotted, undotted, without brackets, either order
    (("The Securities and Exchange Commission sued the firm.", "The S.E.C. said it would act."),
     {"Securities and Exchange Commission": {"aliases": ["S.E.C."]}}, []),
    (("The S.E.C. sued the firm.", "The Securities and Exchange Commission said so."),
     {"Securities and Exchange Commission": {"aliases": ["S.E.C."]}}, []),
    (("The Harbour News Agency reported the deal.", "HNA said it was final."),
     {"Harbour News Agency": {"aliases": ["HNA"]}}, []),
    (("The Harbour News Agency (HNA) reported the deal.", "HNA said it was final."),
     {"Harbour News Agency": {"aliases": ["HNA"]}}, []),
    # counterexamples: letters that spell no named body; two letters only when dotted in data
    (("The Harbour News Agency reported the deal.", "The HNB figure was not given."),
     {"Harbour News Agency": {}}, ["HNB"]),
    # (a firm whose shares move is a firm of its own, no form of the agency)
    (("The Harbour News Agency reported the deal.", "HNB shares fell on the news."),
     {"Harbour News Agency": {"aliases": []}, "HNB": {"kind": "organization"}}, []),
    (("The Lakeside Institution said so.", "The F.B.I. agents arrived."),
     {"Lakeside Institution": {}}, ["L.I."]),
    # 3. institutions: several in one run, a possessive head, a lower-case "for a" inside, a
    # leading noun that stops a person's name, a chamber before "X and Y Committee"
    (("The Lakeside Department and the Office of Harbors and Budget will act.",),
     {"Lakeside Department": {}, "Office of Harbors and Budget": {}}, []),
    (("Groups are challenging the Lakeside Protection Agency’s new rules.",),
     {"Lakeside Protection Agency": {"kind": "organization"}}, ["Lakeside Protection Agency’s"]),
    (("The Committee for a Responsible Harbor Budget reported that costs rose.",),
     {"Committee for a Responsible Harbor Budget": {"kind": "organization"}},
     ["Responsible Harbor Budget"]),
    (("A Government Harbor Office report found problems.",),
     {"Government Harbor Office": {}}, ["Harbor Office"]),
    (("The House Harbors and Government Reform Committee voted 19-15.",),
     {"House Harbors and Government Reform Committee": {}}, ["Reform Committee"]),
    (("The Lakeside Conference of Mayors urged the state to act.",),
     {"Lakeside Conference of Mayors": {}}, []),
    # counterexamples: a possessive owner stays outside; two firms joined by "and" stay two
    (("Norvale Bank and Lakeside Trust Company merged.",),
     {"Norvale Bank": {}, "Lakeside Trust Company": {}}, ["Norvale Bank and Lakeside Trust Company"]),
    # an appositive with an institution's noun makes the name before it an institution
    (("Acme45, a super PAC that backs Roe, said it raised money.",),
     {"Acme45": {"kind": "organization"}}, []),
    (("He gave $5 million to For Our Harbor, a super PAC he formed.",),
     {"For Our Harbor": {"kind": "organization"}}, []),
    (("Zetland, a nonprofit group, said it would sue.",),
     {"Zetland": {"kind": "organization"}}, []),
    (("Tom Poe is Co-founder and Director of The Harbor Project, a non-profit that helps.",),
     {"Harbor Project": {"kind": "organization"}},
     ["Co-founder and Director of The Harbor Project"]),
    # counterexamples: the noun modifies a role; a preposition before the noun; a given name
    (("Jane Roe, a company spokeswoman, said no.",),
     {"Jane Roe": {"kind": "person"}}, []),
    (("Lazlo Vendrel, a lawyer with the group, said no.",),
     {"Lazlo Vendrel": {"kind": "person"}}, []),
    (("Steven M. Quill, a broker based in Tampa, said prices rose.",),
     {"Steven M. Quill": {"kind": "person"}}, []),
    (("The Web, a worldwide network of pages, is growing.",), {}, ["Web"]),
    # 6. a clause opener or a bare plural is no person; a name particle joins the name
    (("Whenever asked, Jane Roe said no.",), {"Jane Roe": {}}, ["Whenever"]),
    (("Proponents said the program would help.",), {}, ["Proponents"]),
    (("She met President Tomas arap Keino in a short visit.",),
     {"Tomas arap Keino": {"kind": "person", "title": "President"}}, ["Tomas"]),
    # counterexample: a name that merely begins like a clause word
    (("Whitney Roe said no.",), {"Whitney Roe": {"kind": "person"}}, []),
    # Congress on its own is the legislature; glued into a longer name it is part of that name
    (("Supporters have urged Congress to renew the program.",),
     {"Congress": {"kind": "organization"}}, []),
    (("The Lakeside National Congress won the vote.",),
     {"Lakeside National Congress": {"kind": "organization"}}, ["Congress"]),
]


@pytest.mark.parametrize(("sentences", "want", "absent"), ROWS, ids=[r[0][0][:40] for r in ROWS])
def test_rows(sentences: tuple[str, ...], want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    actors = extract_actors(doc_of_sentences(*sentences))
    for name, fields in want.items():
        a = find(actors, name)
        assert a is not None, f"{name!r} missing from {[(x.name, x.aliases) for x in actors]}"
        for k, v in fields.items():
            if k == "aliases":
                assert set(v) <= set(a.aliases), f"{name}: {a.aliases!r} lacks {v!r}"
            else:
                assert getattr(a, k) == v, f"{name}.{k}: {getattr(a, k)!r} != {v!r}"
    keep = {find(actors, n).name for n in want}  # type: ignore[union-attr]
    for name in absent:
        a = find(actors, name)
        assert a is None or (a.name in keep and a.name != name), f"{name!r} should not be an actor"
