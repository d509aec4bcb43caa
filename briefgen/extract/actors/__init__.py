"""Key actors: people, organisations, countries, places and groups, one actor per referent.

Rule-based and precision-first: a capitalised sequence becomes an actor only when something
anchors it — a gazetteer entry (countries, well-known organisations, places), a title or role
before it, a reporting verb, an appositive role, an institutional head word, a corporate suffix,
an acronym defined in brackets. Later short mentions (surname, acronym, capital, "the Kenyan
leader") are merged into the full actor with every mention span kept. Headlines, headings and
all-caps leads only link to actors the body establishes (plus gazetteer hits), so title case
and shouting never invent actors.

The package holds one concern per module, layered so that imports run one way: patterns.py and
state.py at the bottom, runs.py (readers of capitalised runs the passes share), then the passes
(appositives, titles, business, organisations, people, merge, roles, groups, links, finish), and
this module on top: extract_actors, the pass order written out once.
"""

from __future__ import annotations

import bisect

from briefgen.extract import names as N
from briefgen.extract.actors.bodies import _described_firms, _embassies
from briefgen.extract.actors.business import (
    _COMPANY_FORM_STARTS,
    _RX_COMPANY_FORM,
    _ampersand_firms,
    _business_names,
    _company_form,
    _eponymous_firms,
    _joint_pollsters,
    _listed_companies,
    _lone_names_as_orgs,
    _lone_words_read,
)
from briefgen.extract.actors.candidacy import _party_descriptions, _party_nouns
from briefgen.extract.actors.finish import _finish
from briefgen.extract.actors.groups import (
    _administrations,
    _counties,
    _group_affiliations,
    _groups,
    _kin_groups,
    _militaries,
    _place_police,
    _speaker_groups,
)
from briefgen.extract.actors.links import (
    _acronym_speakers,
    _desc_starts,
    _descriptions,
    _link_short_forms,
    _person_possessors,
)
from briefgen.extract.actors.merge import _given_before_surname, _merge_people
from briefgen.extract.actors.organisations import (
    _RX_OUTLET_HEAD,
    _RX_PARTY_ON_PANEL,
    _absorb_former_states,
    _campaign_mentions,
    _drop_stance_words,
    _gazetteer,
    _join_for_a,
    _link_outlets,
    _merge_org_prefixes,
    _names_with_to,
    _organisations,
    _outlets,
    _party_members_of,
)
from briefgen.extract.actors.people import _family_members, _headline_people, _people
from briefgen.extract.actors.roles import (
    _DESCRIBED_ROLE_WORDS,
    _bio_lines,
    _company_officers,
    _court_members,
    _described_roles,
    _its_roles,
    _named_to_office,
    _now_roles,
    _office_bodies,
    _panel_members,
    _pending_roles,
    _person_affiliations,
    _pronoun_served,
)
from briefgen.extract.actors.served import _served_bodies
from briefgen.extract.actors.state import _Doc, _segments
from briefgen.model import Actor, Document


def extract_actors(doc: Document) -> list[Actor]:
    """Every actor of the article, in no particular order (assemble() ranks and renumbers)."""
    st = _Doc(doc)
    segs = _segments(st)
    body = [s for s in segs if not s.head]
    text = st.text
    if N.CAPS_ZONE_RE.search(text):  # none in the text: none in any segment
        for seg in segs:
            st.caps.extend(m.span() for m in N.CAPS_ZONE_RE.finditer(text, seg.start, seg.end))
    runs = [  # N.boundary_ok, inlined
        m.span() for m in N.RUN_RE.finditer(text)
        if not ((s := m.start()) and (text[s - 1].isalnum() or text[s - 1] in "’'_"))
    ]
    if " for a" in text:
        runs = _join_for_a(text, runs)
    if "pro-" in text or "anti-" in text or "Pro-" in text or "Anti-" in text:
        runs = _drop_stance_words(text, runs)
    st.scan_runs(runs)
    starts = [r[0] for r in runs]
    seg_runs = {}
    for seg in body:
        i, j = bisect.bisect_left(starts, seg.start), bisect.bisect_left(starts, seg.end)
        got = [(s, min(e, seg.end)) for s, e in runs[i:j]]
        if i and runs[i - 1][1] > seg.start and N.RUN_RE.match(text, seg.start, seg.end):
            # a run across the sentence break ("… Janet Reno. Gov. Jeb Bush asked"): the part
            # in this sentence is a run of its own
            got.insert(0, N.RUN_RE.match(text, seg.start, seg.end).span())  # type: ignore[union-attr]
        seg_runs[seg.start] = got
    if _RX_PARTY_ON_PANEL.search(text):  # (most texts: no party's members on a panel)
        _party_members_of(st, body)
    if " to " in text:
        _names_with_to(st, runs, starts)
    if _RX_COMPANY_FORM.search(text):  # (most texts: none; one scan by the capitals C/S/G/B)
        for rs, re_ in runs:  # the document's runs: "Cie." may end a sentence for the splitter
            if text[rs : rs + 3] in _COMPANY_FORM_STARTS:
                _company_form(st, rs, text[rs:re_])  # "Cie. Financiere de Harvaux"
    if " amp " in text or " & " in text:
        _ampersand_firms(st, body)
    if ("oll" in text or "urvey" in text) and ("/" in text or "-" in text):
        _joint_pollsters(st, body)  # (no poll or no joiner in the text: no joint pollster)
    for seg in body:
        _organisations(st, seg, seg_runs[seg.start])
    _merge_org_prefixes(st)
    if _RX_OUTLET_HEAD.search(text):  # no head word anywhere (most texts): no outlet
        for seg in body:
            _outlets(st, seg_runs[seg.start])
    for seg in body:
        _people(st, seg, seg_runs[seg.start])
    _family_members(st, body)
    for seg in segs:
        if seg.head:
            _headline_people(st, seg)
    _merge_people(st)
    _given_before_surname(st)
    _person_affiliations(st)
    if st.pending_roles:
        _pending_roles(st)
    _eponymous_firms(st)
    _lone_names_as_orgs(st)
    _lone_words_read(st)
    _described_firms(st, body)  # (most texts: no kind noun, no brand called a firm)
    _business_names(st, body, seg_runs)
    del runs, starts, seg_runs  # (the last use: ~8 MB at 1 MB of names, freed before the peak)
    for seg in body if st.groups else ():  # (no collective noun after a run: none to find)
        _groups(st, seg)
    _administrations(st, body)
    if "mbass" in text or "onsulate" in text or "ission " in text:
        _embassies(st, body)
    if " military" in text or " armed forces" in text:
        _militaries(st, body)
    _kin_groups(st)
    _group_affiliations(st)
    _place_police(st)
    _speaker_groups(st, body)
    spans = [(seg.start, seg.end) for seg in segs]
    for seg, hits in zip(segs, N.GAZ_SCAN.finditer_spans(text, spans)):
        _gazetteer(st, seg, hits)
    if "ounty" in text:
        _counties(st, body)
    _absorb_former_states(st)
    _link_outlets(st)
    _person_possessors(st)
    _link_short_forms(st, segs)
    if _listed_companies(st, segs):
        _link_short_forms(st, segs)  # the new companies' other mentions ("BellSouth said")
    _acronym_speakers(st, segs)  # after the short forms: "HNA" of "Harbour News Agency" is known
    _campaign_mentions(st)  # after the short forms: "the campaign" is no form to find anywhere
    if " named " in st.text or " elected " in st.text or " appointed " in st.text:
        _named_to_office(st)
    _company_officers(st)
    _office_bodies(st)
    _its_roles(st)
    _court_members(st)
    if "ommittee" in text or "aucus" in text or "anel" in text:  # (most texts: no committee)
        _panel_members(st)
    _party_nouns(st)
    if any(w in st.text for w in _DESCRIBED_ROLE_WORDS):  # (most texts: none of the roles)
        _described_roles(st)
        _party_descriptions(st)
    if " is now " in text:  # (most texts: no current post stated after a past one)
        _now_roles(st)
    _bio_lines(st)
    _served_bodies(st)
    people = [a for a in st.actors.values() if a.kind == "person"]
    orgs = [a for a in st.actors.values() if a.kind == "organization"]
    desc = st.desc_starts = _desc_starts(text)
    for seg in segs if desc else ():  # (none in the text: none in any segment)
        i = bisect.bisect_left(desc, seg.start)
        if i < len(desc) and desc[i] < seg.end:  # (none in this segment: most)
            _descriptions(st, seg, people, orgs)
    out = _finish(st)
    if "his " in text or "her " in text or "His " in text or "Her " in text:
        _pronoun_served(doc, out)
    return out
