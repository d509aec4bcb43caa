"""Golden rows for bodies the actors stage must make whole (issues #5, #6): a country's forces
("the U.S. military") as an organisation of that country, an undefined acronym that states an
intent ("NARAL plans to"), a name with "and" inside it after an opening adjective ("the National
X and Y League"), League/Caucus as heads. Rows written for briefgen from general news
conventions; each block has counterexamples that must not fire."""

from __future__ import annotations

import datetime

import pytest

from briefgen import build_brief
from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Document
from briefgen.render.json import brief_to_dict
from briefgen.section import section


def doc_of(body: str) -> Document:
    """The body under a headline, sectioned into sentences as an article is."""
    return section(f"Council weighs budget plan\n\n{body}\n", datetime.date(2024, 5, 6))


def _find(actors: list[Actor], name: str) -> Actor | None:
    return next((a for a in actors if a.name == name), None)


def _orgs_and_absent(text: str, orgs: list[str], absent: list[str]) -> list[Actor]:
    """The text's actors, checked: each of orgs is an organisation, no actor named as in absent."""
    actors = extract_actors(doc_of(text))
    for name in orgs:
        a = _find(actors, name)
        assert a is not None and a.kind == "organization", (name, actors)
    names = {x.name for x in actors}
    for name in absent:
        assert name not in names, (name, sorted(names))
    return actors


# (text, [(name, kind, country)], names that must not be actors)
ROWS: list[tuple[str, list[tuple[str, str, str | None]], list[str]]] = [
    # a country's forces are an organisation of that country, not the country
    ("The U.S. military is searching the hills for the gunmen.",
     [("U.S. military", "organization", "United States")], ["United States"]),
    ("The Kenyan armed forces said they had retaken the town.",
     [("Kenyan armed forces", "organization", "Kenya")], ["Kenya"]),
    ("The Burmese military seized power. Later the military said it would hold elections.",
     [("Burmese military", "organization", "Myanmar")], ["military"]),
    # counterexamples: "military" as an adjective before the noun that acts
    ("Thai military officials said the border was calm.",
     [("Thailand", "country", None)], ["Thai military"]),
    ("The United States will send more U.S. military aid to the region.",
     [("United States", "country", None)], ["U.S. military"]),
    ("Officials said the military would stay.", [], ["military"]),
    # an acronym nobody defines that states an intent is an organisation
    ("On Tuesday, HRAL plans to hold a news conference in the capital.",
     [("HRAL", "organization", None)], []),
    ("Later, CPAC has decided to invite the governor.", [("CPAC", "organization", None)], []),
    # counterexamples: a disease or a measure as subject, not an agent
    ("AIDS will kill millions more, and HIV is spreading fast.", [], ["AIDS", "HIV"]),
    # "and" inside a name that opens with an institutional adjective
    ("The National Fishing and Coastal Rights Action League will hold a rally on Monday.",
     [("National Fishing and Coastal Rights Action League", "organization", None)],
     ["Coastal Rights Action League"]),
    ("Rep. Ann Roe, head of the Congressional Rural Caucus, opposed the bill.",
     [("Congressional Rural Caucus", "organization", None)], []),
    # counterexamples: two bodies joined by "and"
    ("The National Guard and Coast Guard sent boats to the island.",
     [("National Guard", "organization", None), ("Coast Guard", "organization", None)],
     ["National Guard and Coast Guard"]),
    ("Acme National and Harbor Savings Bank agreed to merge.",
     [("Harbor Savings Bank", "organization", None)], ["Acme National and Harbor Savings Bank"]),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS)
def test_body_rows(
    text: str, want: list[tuple[str, str, str | None]], absent: list[str]
) -> None:
    actors = extract_actors(doc_of(text))
    for name, kind, country in want:
        a = _find(actors, name)
        assert a is not None, (name, [(x.name, x.kind) for x in actors])
        assert (a.kind, a.country) == (kind, country), a
    names = {x.name for x in actors}
    for name in absent:
        assert name not in names, (name, sorted(names))


def test_bare_military_joins_the_one_force() -> None:
    """A later "the military" is the one country's force the text names, not a new actor."""
    text = "The Burmese military seized power. Later the military said it would hold elections."
    a = _find(extract_actors(doc_of(text)), "Burmese military")
    assert a is not None and "military" in a.aliases and len(a.mentions) == 2, a
    two = "The Kenyan military and the Ugandan military met. Later the military said it was calm."
    for x in extract_actors(doc_of(two)):
        assert "military" not in x.aliases, x  # two forces: the bare noun is nobody's


def _brief(body: str) -> dict[str, object]:
    text = f"Headline of the story\n\n{body}\n\nThe talks went on for hours.\n"
    return brief_to_dict(build_brief(text, reference_date=datetime.date(2020, 1, 1)))


# the commitment's actor is the body, not the country or nobody
COMMITMENT_ROWS = [
    ("The U.S. military will send more troops to the region, officials said.", "U.S. military"),
    ("On Tuesday, HRAL plans to hold a news conference in the capital.", "HRAL"),
]


@pytest.mark.parametrize(("body", "actor"), COMMITMENT_ROWS)
def test_commitment_actor_is_the_body(body: str, actor: str) -> None:
    b = _brief(body)
    names = {a["id"]: a["name"] for a in b["actors"]}  # type: ignore[index]
    got = [[names[i] for i in c["actors"]] for c in b["commitments"]]  # type: ignore[index]
    assert [actor] in got, got


# A role set off before a name ("the ROLE, Name,"), the name closed by a comma or the sentence's
# end, is the name's title; role nouns news uses that way: dictator, gunman/shooter, rival.
# (text, name, title)
ROLE_ROWS: list[tuple[str, str, str | None]] = [
    ("Party leaders urged him to join the fight against the presumptive nominee, Ann J. Roe.",
     "Ann J. Roe", "nominee"),
    ("The alleged gunman, Tom Lee Vance, was arrested on Friday.", "Tom Lee Vance", "gunman"),
    ("Police named the shooter, Dale Ortiz.", "Dale Ortiz", "shooter"),
    ("Crowds cheered the aging dictator, Omar Haddad, as he spoke.", "Omar Haddad", "dictator"),
    # (a relation word keeps the party that qualifies it: a bare "rival" is no title, session 9)
    ("He mocked his Democratic rival, Ann Roe, at the rally.", "Ann Roe", "Democratic rival"),
    # counterexamples: no role before the comma, or a list after it
    ("In the winter, Ann Roe said the plan had failed.", "Ann Roe", None),
    ("After the dinner, Tom Kerr said the plan had failed.", "Tom Kerr", None),
    ("He thanked the lawyer, Ann Roe and Tom Kerr.", "Ann Roe", None),
]


@pytest.mark.parametrize(("text", "name", "title"), ROLE_ROWS)
def test_role_before_name(text: str, name: str, title: str | None) -> None:
    a = _find(extract_actors(doc_of(text)), name)
    assert a is not None and a.title == title, a


# A group's noun then "in <known place>" (no verb between): where they are is part of the group
# (its form "Cuban exiles in Miami"), and the place there is no speaker. (text, group, forms,
# names that must not be actors)
GROUP_ROWS: list[tuple[str, str, list[str], list[str]]] = [
    ("Cuban exiles in Miami say the boy should stay.", "Cuban exiles",
     ["Cuban exiles in Miami"], ["Miami"]),
    ("E.U. leaders in Brussels agreed on the plan.", "E.U. leaders",
     ["E.U. leaders in Brussels"], ["Brussels"]),
    # counterexamples: a verb between the group and the place; a place the lists do not know
    ("Cuban exiles met in Miami on Tuesday.", "Cuban exiles", [], []),
    ("Cuban exiles in Elmwood say the boy should stay.", "Cuban exiles", [], []),
]


@pytest.mark.parametrize(("text", "group", "forms", "absent"), GROUP_ROWS)
def test_group_in_place(text: str, group: str, forms: list[str], absent: list[str]) -> None:
    actors = extract_actors(doc_of(text))
    a = _find(actors, group)
    assert a is not None and list(a.aliases) == forms, a
    names = {x.name for x in actors}
    for name in absent:
        assert name not in names, (name, sorted(names))


def test_group_in_place_is_the_speaker() -> None:
    b = _brief("Cuban exiles in Miami say the boy should stay.")
    names = {a["id"]: a["name"] for a in b["actors"]}  # type: ignore[index]
    assert [names.get(v["speaker"]) for v in b["views"]] == ["Cuban exiles"]  # type: ignore[index]


# A platform the news mostly names as a medium is an actor only where it acts; its name is never
# a person's nor glued to a capitalised word before it. (text, organisations, names not actors)
PLATFORM_ROWS: list[tuple[str, list[str], list[str]]] = [
    ("Twitter said it had suspended 9,000 accounts. Its members call it ''Caliphate Twitter.''",
     ["Twitter"], ["Caliphate Twitter"]),
    ("Twitter, for its part, rolled out a new filter.", ["Twitter"], []),
    ("Jack Dunn, Twitter's chief executive, posted two words.", ["Twitter"], []),
    ("Facebook plans to hire more moderators.", ["Facebook"], []),
    # counterexamples: the medium only
    ("She posted the video on Twitter and Facebook on Monday.", [], ["Twitter", "Facebook"]),
    ("Twitter users said the tool was slow.", [], ["Twitter"]),
]


@pytest.mark.parametrize(("text", "orgs", "absent"), PLATFORM_ROWS)
def test_platforms_act_or_are_media(text: str, orgs: list[str], absent: list[str]) -> None:
    actors = _orgs_and_absent(text, orgs, absent)
    platforms = ("Twitter", "Facebook")
    assert not [x for x in actors if x.kind == "person" and any(w in x.name for w in platforms)]


# A county the lists do not know, by its head ("Harlan County", a transcript's "Harlan county"),
# and a party's members on one committee as one group. (text, [(name, kind, affiliation)],
# names that must not be actors)
PANEL_ROWS: list[tuple[str, list[tuple[str, str, str | None]], list[str]]] = [
    ("The academy bought land in Harlan County on Monday.",
     [("Harlan County", "place", None)], []),
    ("They are learning a lesson from the residents of Harlan county, Virginia.",
     [("Harlan County", "place", None)], []),
    ("Republicans on the Senate Finance Committee promised to block the bill.",
     [("Republicans on the Senate Finance Committee", "group", "Senate Finance Committee")],
     ["Republican Party", "Senate Finance Committee"]),
    # counterexamples: no name before "county"; an organisation's name; a chamber, not a panel
    ("The county said the vote would be held in May.", [], ["The County", "County"]),
    ("The Harlan County Board of Supervisors will vote on Tuesday.",
     [("Harlan County Board of Supervisors", "organization", None)], ["Harlan County"]),
    ("Democrats in the Senate promised to block the bill.",
     [("Democratic Party", "organization", None)], ["Democrats in the Senate"]),
]


@pytest.mark.parametrize(("text", "want", "absent"), PANEL_ROWS)
def test_counties_and_panels(
    text: str, want: list[tuple[str, str, str | None]], absent: list[str]
) -> None:
    actors = extract_actors(doc_of(text))
    for name, kind, aff in want:
        a = _find(actors, name)
        assert a is not None and (a.kind, a.affiliation) == (kind, aff), (name, actors)
    names = {x.name for x in actors}
    for name in absent:
        assert name not in names, (name, sorted(names))


# A body's name with "to" inside it is one organisation when the text writes its acronym or the
# whole name speaks; otherwise the words around "to" stay apart. (text, orgs, names not actors)
TO_ROWS: list[tuple[str, list[str], list[str]]] = [
    ("The Alliance to Rebuild Our Harbors held a rally. AROH said it would return.",
     ["Alliance to Rebuild Our Harbors"], ["AROH", "Rebuild Our Harbors"]),
    ("The Committee to Protect Farmworkers said two organizers were held.",
     ["Committee to Protect Farmworkers"], ["Protect Farmworkers"]),
    # counterexamples: a place or a person after "to"
    ("He sent the Agency to Baghdad Airport on Monday.", [], ["Agency to Baghdad Airport"]),
    ("The prize went from the Foundation to Ann Roe, said the officials.", [],
     ["Foundation to Ann Roe"]),
]


@pytest.mark.parametrize(("text", "orgs", "absent"), TO_ROWS)
def test_names_with_to(text: str, orgs: list[str], absent: list[str]) -> None:
    _orgs_and_absent(text, orgs, absent)


def test_officer_of_a_body_with_to_is_affiliated_by_its_name() -> None:
    text = ("Ann Roe, executive director of the Alliance to Rebuild Our Harbors, said the rally "
            "would go on. AROH plans to return.")
    a = _find(extract_actors(doc_of(text)), "Ann Roe")
    assert a is not None and a.affiliation == "Alliance to Rebuild Our Harbors", a


# An appositive with a possessive before an institution's noun names an organisation
# (", Maine's largest newspaper,"; ", the state's largest newspaper,"); a person "of" it leaves
# the body alone; a firm named in full elsewhere is that firm. (text, orgs, names not actors)
POSS_APPOS_ROWS: list[tuple[str, list[str], list[str]]] = [
    ("The Harbor Ledger, the state's largest newspaper, said the plan was unfair.",
     ["Harbor Ledger"], []),
    ("The pro-Roe Harbor Ledger, New Hampshire's largest newspaper, ran six editorials.",
     ["Harbor Ledger"], []),
    ("Holger Roe of Velberg, Germany's largest private bank, warned that rates would rise.",
     ["Velberg"], ["Holger Roe of Velberg"]),
    (("Velmar S.A. bought the plant. Velmar, Spain's second-biggest paint maker, said it "
     "would pay cash."), ["Velmar S.A."], ["Velmar"]),
    # counterexample: a person's role after a possessive
    ("Ann Roe, the mayor's top aide, said no.", [], ["Ann Roe's"]),
]


@pytest.mark.parametrize(("text", "orgs", "absent"), POSS_APPOS_ROWS)
def test_possessive_appositive_orgs(text: str, orgs: list[str], absent: list[str]) -> None:
    actors = _orgs_and_absent(text, orgs, absent)
    roe = _find(actors, "Ann Roe")
    assert roe is None or roe.kind == "person"


def test_editorial_board_speaks_for_the_paper() -> None:
    b = _brief("The Harbor Ledger, Maine's largest newspaper, ran six editorials. The plan is a "
               "fraud, the editorial board wrote.")
    names = {a["id"]: a["name"] for a in b["actors"]}  # type: ignore[index]
    assert "Harbor Ledger" in [names.get(v["speaker"]) for v in b["views"]]  # type: ignore[index]
