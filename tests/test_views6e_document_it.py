"""Session 6e: "it" whose nearest subject is a document speaks for the document's author."""
import datetime

import pytest

from briefgen import build_brief

REF = datetime.date(2021, 3, 1)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    b = build_brief(text, reference_date=REF)
    names = {a.id: a.name for a in b.actors}
    return [(v.speaker_text, names.get(v.speaker)) for v in b.views]


ROWS = [
    # a resolution described with co-sponsors: "it" is the adopting body, not a co-sponsor
    (("The Security Council on Monday denounced the shelling of a border town.\n\n"
     "A resolution, drafted by Chile, Ghana and Norway and passed without a vote, offers "
     "condolences to the families. It firmly condemns the shelling. And it stresses that "
     "all parties must protect civilians.\n"), "it", "Security Council"),
    # a report released by a group: the group
    (("The report, released on Wednesday by Greenpeace, says rivers in the region are "
     "polluted. It found that fish stocks fell by half.\n"), "It", "Greenpeace"),
]
COUNTER = [
    # a company or country subject keeps its "it"
    ("Acme Corp posted higher earnings on Tuesday. It said revenue climbed 8 percent.\n",
     "It", "Acme Corp"),
    (("France rejected the proposal on Friday. In a note to Brussels, Paris said the quotas "
     "were unworkable. It also said it would appeal.\n"), "It", "France"),
    # a document noun that is no subject head ("The average benefit, it says"): untouched
    (("Acme Corp unveiled its new leave plan. The average weekly payment, it says, would be "
     "$200.\n"), "it", "Acme Corp"),
]


@pytest.mark.parametrize(("text", "pronoun", "want"), ROWS + COUNTER)
def test_document_it(text: str, pronoun: str, want: str) -> None:
    got = [name for st, name in _speakers(text) if st == pronoun or st.lower() == pronoun]
    assert got, _speakers(text)
    assert all(g is not None and want in g for g in got), _speakers(text)


def test_quote_closed_by_it_after_unnamed_letter() -> None:
    text = ("Spain named its candidate for the post.\n\nA letter last week to the board from "
            "the workers' council questioned the choice. “The process must be open,” it said.\n")
    got = [name for st, name in _speakers(text) if st == "it"]
    assert got == [None]
