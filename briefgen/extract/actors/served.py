"""The body a person's stated role serves, read once every person is merged: a campaign staffer's
campaign ("a campaign spokeswoman", "Roe surrogate X", "Roe's campaign chairman"), a cabinet
office's department ("Homeland Security Secretary X", "a State Department spokeswoman"), and
relation words that are no title of the person's own ("Roe's rival, Ann Doe").
"""

from __future__ import annotations

from briefgen import rules
from briefgen.extract import names as N
from briefgen.extract.actors.patterns import _STAFF_ROLES, _THE_CAMPAIGN
from briefgen.extract.actors.state import _Actor, _Doc
from briefgen.lazyre import lazy

_titles = rules.load("titles")
_RELATIONS: frozenset[str] = frozenset(_titles["relation_titles"]["words"])
_BARE_RELATIONS: frozenset[str] = frozenset(_titles["relation_titles"]["bare"])
_DEPT_MODS: frozenset[str] = frozenset(_titles["department_offices"]["modifiers"])
# office form (lower case) -> (department, names one of which the text must hold, or ())
_DEPT_OFFICES: dict[str, tuple[str, tuple[str, ...]]] = {
    f.lower(): (str(e["department"]), tuple(e.get("named", ())))
    for e in _titles["department_offices"]["entries"] for f in e["forms"]
}
_DEPT_MAX_WORDS = max(len(f.split()) for f in _DEPT_OFFICES)
# The role after "campaign" in a title that makes its holder the campaign's staff ("campaign
# spokeswoman", "state campaign chairman"); not a trade that works on campaigns ("campaign
# finance lawyer", "a Republican campaign consultant", "campaign strategist").
_CAMPAIGN_STAFF = frozenset((
    "manager", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
    "aide", "adviser", "advisor", "staffer", "director", "official", "treasurer", "surrogate",
    "secretary", "co-chair", "co-chairman", "co-chairwoman",
))

# Roles that speak for a candidate: "Roe spokeswoman X" in a text with the Roe campaign is the
# campaign's (the gold convention); "Roe's lawyer", "Roe's chief of staff" stay Roe's.
_CAMPAIGN_VOICES = (
    "spokesman", "spokeswoman", "spokesperson", "press secretary", "communications director",
    "surrogate", "pollster",
)


def weak_title(title: str | None) -> bool:
    """A title that only names a relation to someone else ("rival", "Democratic opponent",
    "wife"): any title of the person's own says more."""
    if not title:
        return False
    head = title.split(" of ", 1)[0]  # "wife of Tom Vale": the relation's head
    return head.rsplit(None, 1)[-1].lower() in _RELATIONS


_RX_PARTY_RELATION = lazy(
    r"([A-Z][a-z]+)[ \xa0]+(rival|opponent|challenger|ally|foe|critic)(?:,[ \xa0]*|[ \xa0]+)\Z"
)


def _party_before(text: str, p: _Actor, title: str) -> str | None:
    """The party label written right before the relation word before one of p's mentions
    ("his Democratic rival, Ann Doe", "Republican opponent Tom Vale")."""
    for s, _ in p.mentions:
        m = _RX_PARTY_RELATION.search(text, max(0, s - 40), s)
        if m is not None and m.group(2) == title.lower() and m.group(1) in N.PARTY_LABELS:
            return m.group(1)
    return None


def _campaign_title(title: str) -> bool:
    words = title.lower().split()
    if "former" in words or "campaign" not in words[:-1]:
        return False
    return words[words.index("campaign") + 1] in _CAMPAIGN_STAFF


def _department(st: _Doc, p: _Actor) -> str | None:
    """The department a cabinet office in p's title heads (titles.json department_offices)."""
    title = p.title or ""
    if p.country not in (None, "US", "United States") or not title[:1].isupper() and not (
        title.split()[0].lower() in _DEPT_MODS
    ):
        return None
    words = title.split()
    for k in range(min(_DEPT_MAX_WORDS, len(words)), 0, -1):
        got = _DEPT_OFFICES.get(" ".join(words[-k:]).lower())
        if got is None:
            continue
        if any(w.lower() not in _DEPT_MODS for w in words[:-k]):
            return None  # "Ohio Secretary of State", "British Defence Secretary": another office
        dept, named = got
        if named and not any(n in st.text for n in named):
            return None  # "Attorney General X" with no Justice Department: a state's, maybe
        return dept
    return None


def _split_department(title: str) -> tuple[str, str] | None:
    """"State Department spokeswoman" -> ("State Department", "spokeswoman"): a department
    named before a role in a title is the affiliation, the rest the role."""
    words = title.split()
    if "Department" not in words[1:-1]:
        return None
    k = words.index("Department")
    head = words[:k]
    if not head or not all(w[:1].isupper() or w == "and" for w in head) or not words[k + 1][:1].islower():
        return None
    return " ".join(words[: k + 1]), " ".join(words[k + 1 :])


def _served_bodies(st: _Doc) -> None:
    """Campaign staff, cabinet departments and relation titles, for every person (one pass)."""
    people = [a for a in st.actors.values() if a.kind == "person" and a.mentions]
    if not people:
        return
    campaigns: dict[str, str] | None = None  # (built on the first voice that needs it)
    surnames: dict[str, _Actor] = {}
    for p in people:
        surnames.setdefault(p.name.split()[-1], p)
    for p in people:
        title = p.title
        if title and title.lower() in _BARE_RELATIONS:
            # "Roe's rival, Ann Doe": no post of her own said; "his Democratic rival, Ann Doe"
            # keeps it with the party that qualifies it
            party = _party_before(st.text, p, title)
            if party is not None:
                p.title = title = f"{party} {title}"
            elif not p.affiliation:
                p.title = title = None
        if not title:
            continue
        aff = p.affiliation
        if aff is None and (sa := _surname_before_role(title, surnames)) is not None:
            aff = p.affiliation = sa  # "Ann Lutz, a top Roe surrogate,": Roe's (his campaign)
        last = title.rsplit(None, 1)[-1].lower()
        if aff is None and _campaign_title(title):
            # "Ann Roe, a campaign spokeswoman,": the campaign the text names (_finish)
            p.affiliation = _THE_CAMPAIGN
        elif aff is not None and (
            aff in surnames or aff in st.person_affs or (
                ("person", aff.lower()) in st.actors
            )
        ) and (last in _STAFF_ROLES or last in _CAMPAIGN_STAFF or "campaign" in title.split()):
            # "Roe spokeswoman Ann Lutz", "Ann Lutz, Roe's campaign chairman", "a top Roe
            # surrogate": the candidate's campaign when the text has it (or the role is a
            # campaign's by definition)
            owner = aff.split()[-1]
            if campaigns is None and title.lower().endswith(_CAMPAIGN_VOICES):
                campaigns = {
                    a.name[: -len(" campaign")]: a.name for a in st.actors.values()
                    if a.kind != "person" and a.name.endswith(" campaign") and a.mentions
                }
            if "campaign" in title.split() or last == "surrogate" or (
                campaigns is not None and owner in campaigns
                and title.lower().endswith(_CAMPAIGN_VOICES)
            ):
                p.affiliation = f"{owner} campaign"
        elif aff is None and (
            sd := _split_department(title)
        ) is not None:
            p.affiliation, p.title = sd
        elif aff is None and (dept := _department(st, p)) is not None:
            p.affiliation = dept
    return


def _surname_before_role(title: str, surnames: dict[str, _Actor]) -> str | None:
    """"top Roe surrogate" -> "Roe": a capitalised word right before a staff role in a title is
    whom the role serves when the text names a person of that surname."""
    words = title.split()
    if len(words) < 2 or words[-1].lower() not in _STAFF_ROLES:
        return None
    w = words[-2]
    if w not in surnames or w in N.COUNTRY_REFS or w in N.GAZ or w in N.PARTY_LABELS:
        return None
    return w
