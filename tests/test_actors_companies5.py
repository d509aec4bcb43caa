"""Golden rules for companies that business copy names bare (issues #5, #6, session 5): a bare
name listed beside a company is a company; a bare name opening its sentence that acts on "its"
own business is one; "X's parent company" / "X's shares outstanding" make X a company; a firm
named after partners ("Harlow & Velmar", "amp" for a lost "&amp;") is one firm, with the names
set off by commas before it ("of Ostrander, Velmar & Co."); a firm named after a man ("Ivo
Brandt Corp.") is shortened to the surname. Invented sentences, with counterexamples."""

from __future__ import annotations

from briefgen.extract.actors import extract_actors
from briefgen.model import Actor
from briefgen.section import section


def _actors(body: str) -> list[Actor]:
    return extract_actors(section("Business digest\n\n" + body + "\n"))


def _kinds(body: str) -> dict[str, str]:
    return {a.name: a.kind for a in _actors(body)}


def test_listed_with_a_company() -> None:
    got = _kinds("Facing pressure, Dunmore Hale, Morgan Stanley and Kessler joined Tarvis "
                 "in halting the practice.")
    assert got.get("Dunmore Hale") == "organization"
    assert got.get("Kessler") == "organization"


def test_listed_chain_and_later_mention() -> None:
    got = {a.name: a for a in _actors(
        "Varnell Corp. moved jobs abroad. Varnell and Ostrich and Pellam need to know there "
        "are consequences. Pellam said it would stay.")}
    assert got["Pellam"].kind == "organization" and len(got["Pellam"].mentions) == 2
    assert got["Ostrich"].kind == "organization"


def test_listed_not_a_person_place_or_state() -> None:
    got = _kinds("Harlow Inc. and Ann Roe met. Velmar Corp. and Ohio agreed. Brisk Truck Corp., "
                 "Oshkosh, Wis., said sales fell. Separately, Dorne Corp. said it would buy "
                 "Friends of the Valley.")
    assert got.get("Ann Roe") == "person"
    assert got.get("Ohio") == "place"
    for name in ("Wis", "Oshkosh", "Separately", "Friends"):
        assert name not in got, name


def test_its_own_business() -> None:
    got = _kinds("Tolliver strengthened its takeover defenses on Monday. Brennock is cutting "
                 "back its exploration group by 15%.")
    assert got.get("Tolliver") == "organization"
    assert got.get("Brennock") == "organization"


def test_its_counterexamples() -> None:
    got = _kinds("The committee met on Monday. Hasker joined its board in May. Corwin "
                 "criticized its decision.")
    assert "Hasker" not in got or got["Hasker"] != "organization"
    assert "Corwin" not in got or got["Corwin"] != "organization"


def test_parent_company_and_shares_outstanding() -> None:
    got = _kinds("Investors sold Lurbeck's parent company last year. Dorval bought 10% of "
                 "Kestin's shares outstanding.")
    assert got.get("Lurbeck") == "organization"
    assert got.get("Kestin") == "organization"


def test_partners_firm() -> None:
    got = {a.name: a for a in _actors(
        '"Investors are leaving," says Olaf Brekke of Brekke amp Stanowski, a Denver investment '
        "adviser. Tom Ruiz, an analyst at Pelham Carr, Wadley Orme amp Co., said sales fell. "
        "Nina Cole, an analyst at Ostrander, Vail & Co., agreed. Spending on R & D rose.")}
    assert got["Brekke amp Stanowski"].kind == "organization"
    assert "Stanowski" not in got  # no person made of the firm's second partner
    assert got["Olaf Brekke"].kind == "person"
    assert got["Tom Ruiz"].affiliation == "Pelham Carr, Wadley Orme amp Co."
    assert got["Nina Cole"].affiliation == "Ostrander, Vail & Co."
    assert "R & D" not in got


def test_partners_firm_counterexamples() -> None:
    got = _kinds("The couple, Jim & Sarah Okafor, sold the house. Ann Lee, Harlow & Co.'s "
                 "chairman, said so.")
    assert not any("Jim" in n and "&" in n for n in got)
    assert "Ann Lee, Harlow & Co." not in got


def test_firm_named_after_a_man() -> None:
    got = {a.name: a for a in _actors(
        "Ivo Brandt Co. raised prices. Brandt posted a loss of $5 million. "
        "J.K. Wessel Corp. agreed to merge. Wessel shares rose 5 cents.")}
    assert len(got["Ivo Brandt Co."].mentions) == 2
    assert "Brandt" not in got
    assert len(got["J.K. Wessel Corp."].mentions) == 2


def test_firm_named_after_a_man_not_a_person() -> None:
    got = {a.name: a for a in _actors(
        "Ivo Brandt Co. raised prices. Its chairman, Hal Brandt, said demand was strong.")}
    assert got["Hal Brandt"].kind == "person"
    assert len(got["Ivo Brandt Co."].mentions) == 1
