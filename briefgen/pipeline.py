"""build_brief(): the stage order, written out once.

read → section → extract (actors, dates, views, commitments) → assemble.
"""

from __future__ import annotations

import datetime as dt

from briefgen.assemble import assemble, restore_offsets
from briefgen.extract.actors import extract_actors
from briefgen.extract.commitments import extract_commitments
from briefgen.extract.dates import extract_dates
from briefgen.extract.views import extract_views, views_warnings
from briefgen.model import Brief
from briefgen.read import matching_text, strip_bom
from briefgen.section import section


def build_brief(
    text: str,
    reference_date: dt.date | str | None = None,
    *,
    source_name: str | None = None,
    warnings: tuple[str, ...] = (),
    day_first: bool | None = None,
) -> Brief:
    """Turn one article's text into a Brief.

    `reference_date` (the publication date) resolves relative and year-less dates; when it is
    None, a publication date found in the text is used, else unknown parts stay X.
    `warnings` carries what the reading stage noticed (e.g. a cp1252 fallback). `day_first`
    says how to read numeric dates like 04/05/2024 (None: day first, as most of the world).
    """
    text = strip_bom(text)
    if isinstance(reference_date, str):
        reference_date = dt.date.fromisoformat(reference_date)
    work, offsets = matching_text(text)
    doc = section(work, reference_date)
    actors = extract_actors(doc)
    dates = extract_dates(doc, actors, day_first=day_first)
    views = extract_views(doc, actors)
    commitments = extract_commitments(doc, actors, dates, views)
    brief = assemble(
        doc,
        actors=actors,
        dates=dates,
        views=views,
        commitments=commitments,
        source_name=source_name,
        warnings=(*warnings, *views_warnings(doc)),
        source_text=text,
    )
    return restore_offsets(brief, offsets) if offsets else brief
