"""Actors, metamorphic (invariance) table: one invented person, many news shapes, one record.

News writes the same facts about a person in a dozen shapes: "Jane Roe, the finance minister
of France,"; "France's finance minister, Jane Roe,"; "French Finance Minister Jane Roe";
"Finance Minister Jane Roe of France"; "Roe, who is France's finance minister,"; "said Jane
Roe, director of the Acme Institute"; the title a sentence before ("Its director, Jane Roe,")
or after ("Roe is the director of …"); inside a quote attribution; after a dateline; with a
second mention "Ms. Roe". Whatever the shape, the actor record must be the same: the person's
full name, kind person, the title, and the affiliation (an organisation) or country (a
government post). Every (person × shape) pair is a row; the share of rows that pass is the
invariance rate (session 7). Rows still failing are strict xfails listed in XFAIL.

People, organisations and sentences are invented from general news conventions; countries and
a few well-known bodies are general entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section

_REF = dt.date(2024, 3, 5)


@dataclass(frozen=True)
class Gov:
    """A government post of a country: title + country."""

    name: str
    hon: str  # Mr./Ms.
    role: str  # lower case: "finance minister"
    country: str
    demonym: str
    capital: str


@dataclass(frozen=True)
class Org:
    """A post at an organisation: title + affiliation."""

    name: str
    hon: str
    role: str  # lower case: "director", "professor of economics"
    org: str  # as written after a preposition: "the Acme Institute", "Halvorsen Bank"
    prep: str  # "of", "at", "for", "with"
    unique: bool  # one holder ("the director") or many ("a senior fellow")


GOVS = [
    Gov("Jane Roe", "Ms.", "finance minister", "France", "French", "PARIS"),
    Gov("Tomas Weller", "Mr.", "foreign minister", "Germany", "German", "BERLIN"),
    Gov("Akiko Tanabe", "Ms.", "defense minister", "Japan", "Japanese", "TOKYO"),
    Gov("Carlos Mendonca", "Mr.", "trade minister", "Brazil", "Brazilian", "BRASILIA"),
    Gov("Grace Wanjiku", "Ms.", "interior minister", "Kenya", "Kenyan", "NAIROBI"),
    Gov("Paul Tremont", "Mr.", "health minister", "Canada", "Canadian", "OTTAWA"),
    Gov("Rohan Mehra", "Mr.", "agriculture minister", "India", "Indian", "NEW DELHI"),
    Gov("Lucia Ortega", "Ms.", "energy minister", "Mexico", "Mexican", "MEXICO CITY"),
    Gov("Marek Nowicki", "Mr.", "justice minister", "Poland", "Polish", "WARSAW"),
    Gov("Omar Farouk", "Mr.", "tourism minister", "Egypt", "Egyptian", "CAIRO"),
    Gov("Helen Strand", "Ms.", "prime minister", "Norway", "Norwegian", "OSLO"),
    Gov("David Amsel", "Mr.", "president", "Austria", "Austrian", "VIENNA"),
    Gov("Sofia Lindqvist", "Ms.", "education minister", "Sweden", "Swedish", "STOCKHOLM"),
    Gov("Ahmed Karimi", "Mr.", "oil minister", "Iraq", "Iraqi", "BAGHDAD"),
    Gov("Maria Costa", "Ms.", "labor minister", "Portugal", "Portuguese", "LISBON"),
    Gov("Ivan Petrov", "Mr.", "economy minister", "Russia", "Russian", "MOSCOW"),
    Gov("Olena Marchuk", "Ms.", "environment minister", "Ukraine", "Ukrainian", "KIEV"),
    Gov("Peter Nash", "Mr.", "treasurer", "Australia", "Australian", "CANBERRA"),
]

ORGS = [
    Org("Laura Bennett", "Ms.", "director", "the Acme Institute", "of", True),
    Org("Mark Ellison", "Mr.", "chief economist", "Halvorsen Bank", "at", True),
    Org("Nadia Rahman", "Ms.", "spokeswoman", "the World Health Organization", "for", False),
    Org("Samuel Okafor", "Mr.", "professor of economics", "Brightwater University", "at", False),
    Org("Karen Holt", "Ms.", "senior fellow", "the Meridian Policy Center", "at", False),
    Org("James Whitaker", "Mr.", "chief executive", "Northgate Capital", "of", True),
    Org("Elena Varga", "Ms.", "president", "the Federation of Dairy Farmers", "of", True),
    Org("Michael Brandt", "Mr.", "spokesman", "NATO", "for", False),
    Org("Rachel Cohen", "Ms.", "analyst", "Lindgren Securities", "at", False),
    Org("Thomas Reid", "Mr.", "chairman", "the Coastal Fisheries Board", "of", True),
    Org("Priya Nair", "Ms.", "executive director", "the Clean Air Alliance", "of", True),
    Org("Daniel Foster", "Mr.", "general counsel", "Harlow Motors", "at", True),
    Org("Susan Miles", "Ms.", "head of research", "Caldwell Partners", "at", True),
    Org("Robert Lang", "Mr.", "secretary-general", "the Organization of Coastal States", "of",
        True),
    Org("Emily Hart", "Ms.", "spokeswoman", "the State Department", "for", False),
    Org("George Palmer", "Mr.", "chief economist", "the International Monetary Fund", "at", True),
    Org("Hannah Weiss", "Ms.", "researcher", "Human Rights Watch", "at", False),
    Org("Victor Alves", "Mr.", "deputy director", "the National Weather Service", "of", False),
    Org("Claire Dubois", "Ms.", "economist", "Banque Ravel", "at", False),
    Org("Martin Kessler", "Mr.", "chief financial officer", "Orbis Airlines", "of", True),
    Org("Julia Park", "Ms.", "political scientist", "Eastfield College", "at", False),
    Org("Andrew Mills", "Mr.", "lawyer", "the American Civil Liberties Union", "with", False),
]


def _surname(name: str) -> str:
    return name.split()[-1]


def _cap(role: str) -> str:
    """'finance minister' -> 'Finance Minister' (a title before a name)."""
    return " ".join(w if w in ("of", "and") else w[:1].upper() + w[1:] for w in role.split())


def _bare(org: str) -> str:
    """'the Acme Institute' -> 'Acme Institute' (an organisation as a pre-modifier)."""
    return org.removeprefix("the ")


def _poss(org: str) -> str:
    """'the Acme Institute' -> "the Acme Institute's"; 'Human Rights Watch' -> "… Watch's"."""
    return org + ("'" if org.endswith("s") else "'s")


def _art(o: Org) -> str:
    if o.unique:
        return "the"
    return "an" if o.role[:1] in "aeiou" else "a"


# A shape: (id, applies to, text maker, title the record should carry)
GovShape = tuple[str, Callable[[Gov], bool], Callable[[Gov], str], Callable[[Gov], str]]
OrgShape = tuple[str, Callable[[Org], bool], Callable[[Org], str], Callable[[Org], str]]


def _any(_: object) -> bool:
    return True


def _role(p: Gov | Org) -> str:
    return p.role


GOV_SHAPES: list[GovShape] = [
    ("appos-of", _any,
     lambda p: f"{p.name}, the {p.role} of {p.country}, said on Tuesday that taxes would rise.",
     _role),
    ("poss-appos", _any,
     lambda p: f"{p.country}'s {p.role}, {p.name}, said on Tuesday that taxes would rise.",
     _role),
    ("demonym-title", _any,
     lambda p: f"{p.demonym} {_cap(p.role)} {p.name} said on Tuesday that taxes would rise.",
     _role),
    ("title-of", _any,
     lambda p: f"{_cap(p.role)} {p.name} of {p.country} said on Tuesday that taxes would rise.",
     _role),
    ("who-is-poss", _any,
     lambda p: f"{p.name}, who is {p.country}'s {p.role}, said on Tuesday that taxes would rise.",
     _role),
    ("appos-poss", _any,
     lambda p: f"{p.name}, {p.country}'s {p.role}, said on Tuesday that taxes would rise.",
     _role),
    ("said-demonym", _any,
     lambda p: f"\u201cTaxes will rise,\u201d said {p.name}, the {p.demonym} {p.role}.",
     _role),
    ("quote-appos-said", _any,
     lambda p: f'"Taxes will rise," {p.name}, the {p.role} of {p.country}, said.',
     _role),
    ("according-to", _any,
     lambda p: f"Taxes will rise, according to {p.demonym} {_cap(p.role)} {p.name}.",
     _role),
    ("second-mention", _any,
     lambda p: (f"{p.demonym} {_cap(p.role)} {p.name} said on Tuesday that taxes would rise. "
                f"{p.hon} {_surname(p.name)} added that spending would fall."),
     _role),
    ("copula-after", _any,
     lambda p: (f"{p.name} said on Tuesday that taxes would rise. "
                f"{_surname(p.name)} is the {p.role} of {p.country}."),
     _role),
    ("its-before", _any,
     lambda p: (f"{p.country} announced new cuts on Monday. "
                f"Its {p.role}, {p.name}, said taxes would rise."),
     _role),
    ("dateline", _any,
     lambda p: (f"{p.capital}, March 4 (Reuters) - {p.demonym} {_cap(p.role)} {p.name} said on "
                "Monday that taxes would rise.\n\nThe plan goes to parliament next week."),
     _role),
    ("former", _any,
     lambda p: f"Former {p.demonym} {_cap(p.role)} {p.name} said on Tuesday that taxes would rise.",
     lambda p: f"former {p.role}"),
    ("deputy", _any,
     lambda p: f"{p.country}'s deputy {p.role}, {p.name}, said on Tuesday that taxes would rise.",
     lambda p: f"deputy {p.role}"),
    ("acting", _any,
     lambda p: f"Acting {p.demonym} {_cap(p.role)} {p.name} said on Tuesday that taxes would rise.",
     lambda p: f"acting {p.role}"),
]

ORG_SHAPES: list[OrgShape] = [
    ("appos", _any,
     lambda p: (f"{p.name}, {_art(p)} {p.role} {p.prep} {p.org}, said on Tuesday that the plan "
                "would fail."),
     _role),
    ("poss-appos", lambda p: p.unique,
     lambda p: f"{_poss(p.org)[:1].upper()}{_poss(p.org)[1:]} {p.role}, {p.name}, said on "
               "Tuesday that the plan would fail.",
     _role),
    ("premodifier", _any,
     lambda p: f"{_bare(p.org)} {p.role} {p.name} said on Tuesday that the plan would fail.",
     _role),
    ("who-is", _any,
     lambda p: (f"{p.name}, who is {_art(p)} {p.role} {p.prep} {p.org}, said on Tuesday that "
                "the plan would fail."),
     _role),
    ("said-appos", _any,
     lambda p: (f"\u201cThe plan will fail,\u201d said {p.name}, "
                f"{'' if p.unique else _art(p) + ' '}{p.role} {p.prep} {p.org}."),
     _role),
    ("quote-appos-said", _any,
     lambda p: f'"The plan will fail," {p.name}, {_art(p)} {p.role} {p.prep} {p.org}, said.',
     _role),
    ("according-to", _any,
     lambda p: (f"The plan will fail, according to {p.name}, {_art(p)} {p.role} {p.prep} "
                f"{p.org}."),
     _role),
    ("second-mention", _any,
     lambda p: (f"{p.name}, {_art(p)} {p.role} {p.prep} {p.org}, said on Tuesday that the plan "
                f"would fail. {p.hon} {_surname(p.name)} added that costs would rise."),
     _role),
    ("copula-after", _any,
     lambda p: (f"{p.name} said on Tuesday that the plan would fail. "
                f"{_surname(p.name)} is {_art(p)} {p.role} {p.prep} {p.org}."),
     _role),
    ("surname-appos-after", _any,
     lambda p: (f"{p.name} spoke to reporters on Tuesday. {_surname(p.name)}, {_art(p)} "
                f"{p.role} {p.prep} {p.org}, said the plan would fail."),
     _role),
    ("its-before", lambda p: p.unique,
     lambda p: (f"{p.org[:1].upper()}{p.org[1:]} published a report on Monday. "
                f"Its {p.role}, {p.name}, said the plan would fail."),
     _role),
    ("dateline", _any,
     lambda p: (f"LONDON, March 4 (Reuters) - {_bare(p.org)} {p.role} {p.name} said on Monday "
                "that the plan would fail.\n\nThe report is due next month."),
     _role),
    ("adverbial-first", _any,
     lambda p: (f"On Tuesday, {p.name}, {_art(p)} {p.role} {p.prep} {p.org}, warned that the "
                "plan would fail."),
     _role),
    ("former-appos", _any,
     lambda p: (f"{p.name}, a former {p.role} {p.prep} {p.org}, said on Tuesday that the plan "
                "would fail."),
     lambda p: f"former {p.role}"),
    ("former-premodifier", _any,
     lambda p: f"Former {_bare(p.org)} {p.role} {p.name} said on Tuesday that the plan would fail.",
     lambda p: f"former {p.role}"),
    ("acting", lambda p: p.unique,
     lambda p: (f"{p.name}, the acting {p.role} of {p.org}, said on Tuesday that the plan "
                "would fail."),
     lambda p: f"acting {p.role}"),
]


def _norm(s: str | None) -> str:
    s = " ".join((s or "").replace("\u2019", "'").lower().split())
    return s.removeprefix("the ")


def actors_of(text: str) -> list[Actor]:
    return extract_actors(section(text, _REF))


def problems(actors: list[Actor], name: str, title: str, *, country: str | None = None,
             affiliation: str | None = None) -> list[str]:
    """What is wrong with the record of `name` (empty when right): exactly one person with the
    full name, the title, the country (in country or affiliation) or the affiliation, and no
    other person (no surname-only double, no false person)."""
    out: list[str] = []
    people = [a for a in actors if a.kind == "person"]
    rec = [a for a in people if a.name == name]
    others = [a.name for a in people if a.name != name]
    if others:
        out.append(f"other persons {others}")
    if len(rec) != 1:
        return [*out, f"{len(rec)} records named {name!r}"]
    a = rec[0]
    if _norm(a.title) != _norm(title):
        out.append(f"title {a.title!r} != {title!r}")
    if country is not None and _norm(country) not in (_norm(a.country), _norm(a.affiliation)):
        out.append(f"country/affiliation {a.country!r}/{a.affiliation!r} != {country!r}")
    if affiliation is not None and _norm(a.affiliation) != _norm(affiliation):
        out.append(f"affiliation {a.affiliation!r} != {affiliation!r}")
    return out


def _rows() -> list[tuple[str, str, str, str | None, str | None]]:
    rows: list[tuple[str, str, str, str | None, str | None]] = []
    for sid, fits, make, title in GOV_SHAPES:
        for g in GOVS:
            if fits(g):
                rows.append((f"gov:{sid}:{g.name}", make(g), title(g), g.country, None))
    for sid, ofits, omake, otitle in ORG_SHAPES:
        for o in ORGS:
            if ofits(o):
                rows.append((f"org:{sid}:{o.name}", omake(o), otitle(o), None, _bare(o.org)))
    return rows


ROWS = _rows()

# Row ids still failing (strict: a row that starts passing must leave this set).
XFAIL: frozenset[str] = frozenset((
    'gov:according-to:David Amsel',
    'gov:according-to:Peter Nash',
    'org:acting:James Whitaker',
    'org:dateline:Samuel Okafor',
    'org:dateline:Susan Miles',
    'org:former-appos:James Whitaker',
    'org:former-premodifier:Claire Dubois',
    'org:former-premodifier:Julia Park',
    'org:former-premodifier:Samuel Okafor',
    'org:former-premodifier:Susan Miles',
    'org:its-before:James Whitaker',
    'org:poss-appos:Daniel Foster',
    'org:poss-appos:Elena Varga',
    'org:poss-appos:Martin Kessler',
    'org:poss-appos:Robert Lang',
    'org:poss-appos:Susan Miles',
    'org:premodifier:Samuel Okafor',
    'org:premodifier:Susan Miles',
))


def _param(row: tuple[str, str, str, str | None, str | None]) -> object:
    rid = row[0]
    marks = [pytest.mark.xfail(strict=True, reason="invariance gap")] if rid in XFAIL else []
    return pytest.param(*row[1:], id=rid, marks=marks)


@pytest.mark.parametrize(("text", "title", "country", "affiliation"), [_param(r) for r in ROWS])
def test_invariance(text: str, title: str, country: str | None, affiliation: str | None,
                    request: pytest.FixtureRequest) -> None:
    name = request.node.callspec.id.split(":", 2)[2]
    got = problems(actors_of(text), name, title, country=country, affiliation=affiliation)
    assert not got, f"{text}\n{got}"


def invariance_report() -> tuple[int, int, list[tuple[str, str, list[str]]]]:
    """(passing rows, all rows, failures) — run this module as a script to print the rate."""
    fails = []
    for rid, text, title, country, aff in ROWS:
        got = problems(actors_of(text), rid.split(":", 2)[2], title, country=country,
                       affiliation=aff)
        if got:
            fails.append((rid, text, got))
    return len(ROWS) - len(fails), len(ROWS), fails


if __name__ == "__main__":
    import sys
    from collections import Counter

    ok, n, fails = invariance_report()
    print(f"invariance rate {ok}/{n} = {ok / n:.3f}")
    by_shape = Counter(":".join(r.split(":")[:2]) for r, _, _ in fails)
    for k, v in sorted(by_shape.items()):
        print(f"  {k}: {v} failing")
    if "-v" in sys.argv:
        for rid, text, got in fails:
            print(rid, "|", text.replace("\n", " / "), "|", "; ".join(got))
    if "--ids" in sys.argv:
        print(sorted(r for r, _, _ in fails))


# Counterexamples: a title stays with its own person; a role with no name makes no person; a
# later sentence about someone else gives the first person nothing.
# (text, {person: (title or None, country/affiliation or None)}, names that must not be persons)
COUNTER: list[tuple[str, dict[str, tuple[str | None, str | None]], list[str]]] = [
    ("Jane Roe, the finance minister of France, met Tomas Weller on Tuesday.",
     {"Jane Roe": ("finance minister", "France"), "Tomas Weller": (None, None)}, []),
    ("Tomas Weller met Jane Roe, the finance minister of France, on Tuesday.",
     {"Jane Roe": ("finance minister", "France"), "Tomas Weller": (None, None)}, []),
    ("French Finance Minister Jane Roe and Tomas Weller said on Tuesday that taxes would rise.",
     {"Jane Roe": ("Finance Minister", "France"), "Tomas Weller": (None, None)}, []),
    (("Jane Roe said on Tuesday that taxes would rise. Tomas Weller is the finance minister of "
     "France."),
     {"Jane Roe": (None, None)}, []),
    ("The finance minister of France said on Tuesday that taxes would rise.", {}, ["France"]),
    ("Former Finance Minister said nothing.", {}, ["Former Finance Minister"]),
    ("Acting on advice, Jane Roe said on Tuesday that taxes would rise.",
     {"Jane Roe": (None, None)}, []),
    # a judgement after a copula is no post
    ("Jane Roe said on Tuesday that taxes would rise. Roe is the first candidate to say so.",
     {"Jane Roe": (None, None)}, []),
    ("Jane Roe said on Tuesday that taxes would rise. Roe is an honest broker.",
     {"Jane Roe": (None, None)}, []),
    (("Jane Roe said on Tuesday that taxes would rise. When Roe was a student, she worked in "
     "Lyon."), {"Jane Roe": (None, None)}, []),
    # a person's possessive is no organisation
    ("Jane Roe, who was Tomas Weller's lawyer, said on Tuesday that the plan would fail.",
     {"Jane Roe": (None, None)}, []),
    ("The plan will fail, according to Tomas Weller's former adviser Jane Roe.",
     {"Jane Roe": ("former adviser", "Tomas Weller")}, []),
    ("Christian Aid's head of policy, Jane Roe, said the plan would fail.",
     {"Jane Roe": ("head of policy", "Christian Aid")}, []),
    # a topic after "of" is no country
    (("Jane Roe, a professor of Russian history at Brightwater University, said the plan would "
     "fail."), {"Jane Roe": ("professor", "Brightwater University")}, []),
]


_COUNTER_XFAIL = {  # gaps older than this table (a title chain opens the run; "of X at Y")
    "The plan will fail, according to Tomas Weller's former adviser Jane Roe.",
    ("Jane Roe, a professor of Russian history at Brightwater University, said the plan would "
    "fail."),
}


@pytest.mark.parametrize(("text", "want", "absent"), [
    pytest.param(*c, id=c[0][:50], marks=[pytest.mark.xfail(strict=True)] if c[0] in _COUNTER_XFAIL
                 else []) for c in COUNTER
])
def test_counterexamples(text: str, want: dict[str, tuple[str | None, str | None]],
                         absent: list[str]) -> None:
    actors = actors_of(text)
    people = {a.name: a for a in actors if a.kind == "person"}
    for name, (title, where) in want.items():
        assert name in people, (text, sorted(people))
        a = people[name]
        assert _norm(a.title) == _norm(title), (text, name, a.title)
        if where is None:
            assert a.country is None and a.affiliation is None, (text, name, a)
        else:
            assert _norm(where) in (_norm(a.country), _norm(a.affiliation)), (text, name, a)
    for name in absent:
        assert name not in people, (text, name)
    orgs = {a.name for a in actors if a.kind == "organization"}
    assert "Tomas Weller" not in orgs, text
