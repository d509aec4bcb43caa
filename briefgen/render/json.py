"""The JSON contract of SPEC §4 (`briefgen/1`)."""

from __future__ import annotations

import json
from typing import Any

from briefgen.model import Article, Brief


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The Brief as plain data in contract field order; extra fields follow the contract's."""
    return {
        "schema": brief.schema,
        "source": _plain(brief.source),
        "article": article_to_dict(brief.article),
        "summary": [_plain(s) for s in brief.summary],
        "actors": [_plain(a) for a in brief.actors],
        "dates": [_plain(d) for d in brief.dates],
        "commitments": [_plain(c) for c in brief.commitments],
        "views": [_plain(v) for v in brief.views],
        "warnings": list(brief.warnings),
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "kicker": article.kicker,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "byline": list(article.byline),
        "outlet": article.outlet,
        "dateline": _plain(article.dateline) if article.dateline else None,
        "published": article.published,
        "reference_date": article.reference_date,
        "reference_date_source": article.reference_date_source,
        "sections": [
            {"heading": s.heading, "paragraphs": [list(p) for p in s.paragraphs]}
            for s in article.sections
        ],
    }


def _plain(obj: Any) -> Any:
    """Dataclass → dict with tuples as lists (spans become [s, e])."""
    if hasattr(obj, "__dataclass_fields__"):
        return {name: _plain(getattr(obj, name)) for name in obj.__dataclass_fields__}
    if isinstance(obj, (tuple, list)):
        return [_plain(x) for x in obj]
    return obj


def render_json(brief: Brief) -> str:
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"
