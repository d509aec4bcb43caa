"""The JSON contract of SPEC §4 (`briefgen/1`).

Pretty-printed with two-space indents, except that a list of scalars — a span `[s, e]`, a byline,
a list of actor ids — stays on one line, so a brief with hundreds of mentions is still readable.
Output is deterministic: the same Brief always gives the same bytes (field order is fixed, no
sets, no timestamps). Fields beyond the contract (e.g. `rule`, `key_points`) come after it.
"""

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
        "key_points": [_plain(k) for k in getattr(brief, "key_points", ())],
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
    return dumps(brief_to_dict(brief)) + "\n"


_SCALARS = (str, int, float, bool, type(None))


def dumps(value: Any, indent: str = "") -> str:
    """json.dumps(value, indent=2, ensure_ascii=False), but lists of scalars on one line."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        items = (f"{inner}{_scalar(str(k))}: {dumps(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if all(isinstance(v, _SCALARS) for v in value):
            return "[" + ", ".join(_scalar(v) for v in value) + "]"
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in value) + "\n" + indent + "]"
    return _scalar(value)


def _scalar(value: Any) -> str:
    # allow_nan=False: NaN/Infinity are not JSON; a salience that is not a number is a bug.
    return json.dumps(value, ensure_ascii=False, allow_nan=False)
