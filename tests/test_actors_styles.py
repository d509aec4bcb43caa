"""Golden rows for titles and names that news writing puts before a person (issues #5, #6):
religious styles (the Rev., Bishop, Sister), "U.S. Attorney", a state abbreviation ending one
sentence before the next one's title, cities that are never people, plural titles over a list,
and "the X administration". Rows written for briefgen from general news conventions; each block
has counterexamples that must not fire."""

from __future__ import annotations

import datetime

import pytest

from briefgen import build_brief
from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Document
from briefgen.section import section


def doc_of(body: str) -> Document:
    """The body under a headline, sectioned into sentences as an article is."""
    return section(f"Council weighs budget plan\n\n{body}\n", datetime.date(2024, 5, 6))


def _find(actors: list[Actor], name: str) -> Actor | None:
    return next((a for a in actors if a.name == name), None)


# (text, [(name, kind, title, affiliation, country)], names that must not be actors)
ROWS: list[tuple[str, list[tuple[str, str, str | None, str | None, str | None]], list[str]]] = [
    # a religious style before a name is the person's title
    ('"We will rebuild," said the Rev. Amos Leary, of Grace Baptist Church.',
     [("Amos Leary", "person", "Rev.", "Grace Baptist Church", None)], ["Rev"]),
    ("The Rev. Nora Quist, the founder of a food bank, led the vigil on Sunday.",
     [("Nora Quist", "person", "Rev.", None, None)], []),
    ('"It was an act of madness," said Bishop Hal Corrigan of the Archdiocese of Elmwood.',
     [("Hal Corrigan", "person", "Bishop", "Archdiocese of Elmwood", None)], ["Bishop Hal Corrigan"]),
    ("Pastor Ellen Marsh declined to comment on the vote.",
     [("Ellen Marsh", "person", "Pastor", None, None)], []),
    ("Later, Cardinal Tomas Ruiz said the church would stay open.",
     [("Tomas Ruiz", "person", "Cardinal", None, None)], ["Cardinal Tomas Ruiz"]),
    # a state abbreviation ends one sentence; the next opens with a style and a name
    ("The storm hit Coral Cove, Fla. Sister Jeanne Morrow said the shelter was full.",
     [("Jeanne Morrow", "person", "Sister", None, None)], ["Fla", "Fla. Sister Jeanne Morrow"]),
    # U.S. Attorney: a person with a title, not the United States alone
    ("U.S. Attorney Mara E. Ellison declined to discuss the charges.",
     [("Mara E. Ellison", "person", "Attorney", None, "United States")], []),
    ("Attorney Ray Dunn said his client would appeal.",
     [("Ray Dunn", "person", "Attorney", None, None)], []),
    # a surname that is also a style or a head word stays a surname
    ("Lawmakers met. Sen. Frank Church said the inquiry would go on.",
     [("Frank Church", "person", "Senator", None, None)], []),
    ("The Elm Street Baptist Church said the inquiry would go on.",
     [("Elm Street Baptist Church", "organization", None, None, None)], []),
    # counterexamples: a style word with no full name after it
    ("Father Christmas arrived at the mall by sleigh.", [], ["Christmas", "Father Christmas"]),
    ("Cardinal Health said profits rose in the quarter.", [], ["Health", "Cardinal Health"]),
    ("Her father said the shelter was full.", [], ["father"]),
    # a plural role before a list of names: each holds it, with their own "of <Country>"
    ("The foreign ministers Ana Soto of Chile, Luis Vega of Peru and Rosa Paz of Ecuador met.",
     [("Ana Soto", "person", "foreign minister", None, "Chile"),
      ("Luis Vega", "person", "foreign minister", None, "Peru"),
      ("Rosa Paz", "person", "foreign minister", None, "Ecuador")], []),
    ("Prosecutors charged two Ohio lawyers, Ann Lutz and Ben Ortiz, with fraud.",
     [("Ann Lutz", "person", "lawyer", None, None),
      ("Ben Ortiz", "person", "lawyer", None, None)], []),
    # counterexamples: no list after the role; countries, not people, after it
    ("Senators argued for hours; Ann Lutz and Ben Ortiz watched from the gallery.",
     [("Ann Lutz", "person", None, None, None)], []),
    ("He was joined by, among others, Marco Reyes and Ted Cole.",
     [("Marco Reyes", "person", None, None, None)], []),
    ("The ministers of Chile, Peru and Ecuador met in Lima.",
     [("Chile", "country", None, None, None)], []),
    # "the X administration": a government, never the person whose surname it carries
    ("The Mendes administration will cut fuel subsidies next year.",
     [("Mendes administration", "organization", None, None, "United States")], ["Mendes"]),
    ("President Mendes spoke on Monday. Later the Mendes administration said it would appeal.",
     [("Mendes administration", "organization", None, None, "United States"),
      ("Mendes", "person", "President", None, None)], []),
    ("The Kenyan administration said it would cut fuel subsidies.",
     [("Kenya", "country", None, None, None)], []),
    ("Gov. Ann Mendes spoke. The Mendes administration said it would cut fuel subsidies.",
     [("Mendes administration", "organization", None, None, None),
      ("Ann Mendes", "person", "Governor", None, None)], []),
    # counterexamples: the person speaks; a school's management
    ("Mendes said the administration had done its best.",
     [("Mendes", "person", None, None, None)], ["United States"]),
    ("He criticised the Roe administration of the school.", [], ["United States", "Roe"]),
    # a full name written once, then the surname alone: the given name may be a common word
    ("Critics such as radio host Rush Tamberlane mocked it. Tamberlane said it would fail.",
     [("Rush Tamberlane", "person", "host", None, None)], ["Tamberlane"]),
    # counterexamples: a sentence opener, a middle name, a word also written in lower case
    ("The rally was loud. Then Tamberlane said it was over.",
     [("Tamberlane", "person", None, None, None)], ["Then Tamberlane"]),
    ("The state budget passed. The State Tamberlane account said so. Tamberlane said it.",
     [], ["State Tamberlane"]),
    # a broadcaster's possessive before a name is the person's affiliation
    ("He was pressed by Harbor Radio's Hugh Dawson on the issue.",
     [("Hugh Dawson", "person", None, "Harbor Radio", None)], []),
    ("Channel 9's Dana Ruiz asked the first question.",
     [("Dana Ruiz", "person", None, "Channel 9", None)], []),
    # counterexamples: the owner is a person
    ("Ann Roe's Tom Vale spoke first at the rally.",
     [("Tom Vale", "person", None, None, None)], []),
    # an acronym inside the title is the body, spelled out when the text spells it out
    ("The Harbor Safety Board met. \"No,\" said Rob Wall, HSB director for the district.",
     [("Rob Wall", "person", "director", "Harbor Safety Board", None)], []),
    ("Kim Bland, executive director of ELRA, asked the board for funds.",
     [("Kim Bland", "person", "executive director", "ELRA", None)], []),
    ('"It is wrong," said Rob Wall, a TV reporter.',
     [("Rob Wall", "person", "TV reporter", None, None)], []),
    ("As The Post's Ruth Marlow wrote, the plan was bad.",
     [("Ruth Marlow", "person", None, "The Post", None)], []),
    # an occupation in an appositive is the title even when the lexicon does not know it
    ('"No," said Larry Finkel, a high school teacher.',
     [("Larry Finkel", "person", "high school teacher", None, None)], []),
    ('"We lost," said Ana Ruiz, the co-host of the show.',
     [("Ana Ruiz", "person", "co-host of the show", None, None)], []),
    ('"No," said Ana Ruiz, a gastroenterologist who treated him.',
     [("Ana Ruiz", "person", "gastroenterologist", None, None)], []),
    # counterexamples: a comparative, a thing, a student's year
    ('"No," said Ana Ruiz, a lot poorer than last year.',
     [("Ana Ruiz", "person", None, None, None)], []),
    ('"Yes," said Ana Ruiz, a junior at Elm High School.',
     [("Ana Ruiz", "person", None, None, None)], []),
    # a demonym before an organisation's head names the organisation, not the country alone
    ("A diplomat at the Peruvian Interests Section in Oslo was told to leave.",
     [("Peruvian Interests Section", "organization", None, None, "Peru")], []),
    ("Section 8 of the law was struck down.", [], ["Section"]),
    # a role phrase before the name: the body or place in it is the affiliation
    ("In addition, the State Department inspector general, Steve Lind, said his work went on.",
     [("Steve Lind", "person", "inspector general", "State Department", None)], []),
    ("The Ohio senator, Ann Lowe, said the port would open.",
     [("Ann Lowe", "person", "senator", "Ohio", None)], []),
    ("The Kenyan minister, Ann Lowe, said the port would open.",
     [("Ann Lowe", "person", "minister", None, "Kenya")], []),
    # counterexample: no personal name after the comma
    ("The chairman of the committee, not the minority leader, sets the agenda.", [],
     ["minority leader"]),
    # a role in a relative clause or a bio line
    ('"We warned them," said Omar Haddad, who served as ambassador to Jordan until 2019.',
     [("Omar Haddad", "person", "former ambassador to Jordan", None, None)], []),
    ('"We warned them," said Omar Haddad, who heads the Harbor Trust.',
     [("Omar Haddad", "person", "head", "Harbor Trust", None)], []),
    ("Lena Ostrova is a senior fellow at the Asia Institute. Ostrova said the talks would fail.",
     [("Lena Ostrova", "person", "senior fellow", "Asia Institute", None)], []),
    # counterexamples: no role noun; a passive verb; not the sentence's subject
    ("Omar Haddad is the reason the talks failed. Haddad said so.",
     [("Omar Haddad", "person", None, None, None)], []),
    ("Tom Vale was elected governor of Ohio in 2010, his aide Ann Roe said.",
     [("Tom Vale", "person", "governor", "Ohio", None)], []),
    ("The report said Tom Vale was a bookkeeper at the mill.",
     [("Tom Vale", "person", None, None, None)], []),
    # the name before a medium's noun is the medium
    ("The Daily Ledger newspaper said in an editorial that the plan was unfair.",
     [("Daily Ledger", "organization", None, None, None)], []),
    ("A column in the national Kobe newspaper drew praise.",
     [("Kobe", "organization", None, None, None)], []),
    # counterexamples: no name before the noun; a place's newspaper stays the place
    ("The regional newspaper market shrank last year.", [], ["regional"]),
    ("The Miami newspaper said so on Monday.", [("Miami", "place", None, None, None)], []),
    # a firm's acronym leaves out its corporate suffix
    ("Harlow Brandt Weiss & Co. bought the mill. HBW said it would keep the staff.",
     [("Harlow Brandt Weiss & Co.", "organization", None, None, None)], ["HBW"]),
    # organisation name boundaries: an ordinal belongs to the name, a date after "on" does not,
    # a base named after a body is no body
    ("The 5th U.S. Circuit Court of Appeals ruled on Friday.",
     [("5th U.S. Circuit Court of Appeals", "organization", None, None, None)],
     ["U.S. Circuit Court of Appeals"]),
    ("He testified before the Committee on Foreign Affairs on March 3.",
     [("Committee on Foreign Affairs", "organization", None, None, None)], []),
    ("He landed at Elmwood Air Force Base on Monday.", [], ["Elmwood Air Force"]),
    ("The Committee on Ways and Means met on Tuesday.",
     [("Committee on Ways and Means", "organization", None, None, None)], []),
    # a determiner never opens a name
    ("Everything Lopez says is checked by the staff. Lopez said so.",
     [("Lopez", "person", None, None, None)], ["Everything Lopez"]),
    # a legislator's party tag: the party as affiliation, the state in it no actor of its own
    ("Sen. Ann Lutz (D-Maine) objected to the bill.",
     [("Ann Lutz", "person", "Senator", "Democratic", None)], ["Maine", "Democratic"]),
    ("Gov. Pat Moore (R) signed the budget.",
     [("Pat Moore", "person", "Governor", "Republican", None)], []),
    # counterexample: the state named on its own elsewhere stays
    ("Maine voted first. Sen. Ann Lutz (D-Maine) objected.",
     [("Maine", "place", None, None, None)], []),
    # a demonym after a known given name is a surname; a province is no country
    ("Ann Cuban, a teacher, said the plan was bad.",
     [("Ann Cuban", "person", "teacher", None, None)], ["Cuba"]),
    ("Vancouver, British Columbia, is wet in winter.",
     [("British Columbia", "place", None, None, None)], ["United Kingdom"]),
    ("The Cuban delegation left on Monday.", [("Cuba", "country", None, None, None)], []),
    # a broadcaster's host; a campaign's role in an appositive
    ("Harbor Radio host Sean Hale said the plan would fail.",
     [("Sean Hale", "person", "host", "Harbor Radio", None)], []),
    ('"We are ready," said Jen Palmer, the Roe campaign\'s communications director.',
     [("Jen Palmer", "person", "communications director", "Roe campaign", None)], []),
    # counterexample: "host" as a verb
    ("The city will host Tom Vale in May.", [("Tom Vale", "person", None, None, None)], []),
    # a city in a group's locative phrase is a place, never a person
    ("Officials in and around Denver warned that roads would close.",
     [("Denver", "place", None, None, None)], []),
    ("Religious leaders in Buffalo said the vigil would go on.",
     [("Buffalo", "place", None, None, None)], []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_style_rows(
    text: str, want: list[tuple[str, str, str | None, str | None, str | None]], absent: list[str]
) -> None:
    actors = extract_actors(doc_of(text))
    for name, kind, title, aff, country in want:
        a = _find(actors, name)
        assert a is not None, (name, [(x.name, x.kind) for x in actors])
        assert (a.kind, a.title, a.affiliation, a.country) == (kind, title, aff, country), a
    names = {x.name for x in actors}
    for name in absent:
        assert name not in names, (name, sorted(names))


def _brief(body: str) -> dict[str, object]:
    from briefgen.render.json import brief_to_dict

    text = f"Headline of the story\n\n{body}\n\nThe talks went on for hours.\n"
    return brief_to_dict(build_brief(text, reference_date=datetime.date(2020, 1, 1)))


# the view's speaker is the person behind the style, not a place or the country
SPEAKER_ROWS = [
    ('"It is a sad day," said Bishop Hal Corrigan of the Archdiocese of Elmwood.', "Hal Corrigan"),
    ("U.S. Attorney Mara E. Ellison said the charges would be filed next week.", "Mara E. Ellison"),
    ("The storm hit Coral Cove, Fla. Sister Jeanne Morrow said the shelter was full.",
     "Jeanne Morrow"),
    ("The Mendes administration said it would cut fuel subsidies.", "Mendes administration"),
]


@pytest.mark.parametrize(("body", "speaker"), SPEAKER_ROWS, ids=[r[1] for r in SPEAKER_ROWS])
def test_style_speakers(body: str, speaker: str) -> None:
    d = _brief(body)
    names = {a["id"]: a["name"] for a in d["actors"]}  # type: ignore[index,union-attr]
    views = d["views"]
    assert views, d
    assert names.get(views[0]["speaker"]) == speaker  # type: ignore[index]


# a shared surname: the adult, not the child the text calls by the given name
SURNAME_ROWS = [
    (('Maya Okafor was rescued. Her father, Daniel Okafor, flew in. "We are grateful," Okafor '
     "said. Maya is recovering."), "Daniel Okafor"),
    (('Leo Brandt, 6, was found. His uncle, Tom Brandt, drove him home. "He is fine," Brandt '
     "said. Leo slept."), "Tom Brandt"),
    # counterexamples: adults both, the first introduced keeps it
    ('Maria Lopez and her husband Juan Lopez sued. "The case is strong," Lopez said.',
     "Maria Lopez"),
    (('Hillary Vance spoke. Bill Vance spoke later. Hillary said it went well. "We won," Vance '
     "said."), "Hillary Vance"),
]


@pytest.mark.parametrize(("body", "speaker"), SURNAME_ROWS, ids=[r[1] for r in SURNAME_ROWS])
def test_shared_surname_speaker(body: str, speaker: str) -> None:
    d = _brief(body)
    names = {a["id"]: a["name"] for a in d["actors"]}  # type: ignore[index,union-attr]
    bare = [v for v in d["views"] if v["speaker_text"] in (  # type: ignore[union-attr,index]
        "Okafor", "Brandt", "Lopez", "Vance")]
    assert bare, d["views"]
    assert names.get(bare[0]["speaker"]) == speaker  # type: ignore[index]

