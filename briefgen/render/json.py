"""The JSON contract of SPEC §4 (`briefgen/1`).

Pretty-printed with two-space indents, except that a list of scalars — a span `[s, e]`, a byline,
a list of actor ids — stays on one line, so a brief with hundreds of mentions is still readable.
Output is deterministic: the same Brief always gives the same bytes (field order is fixed, no
sets, no timestamps). Fields beyond the contract (e.g. `rule`, `key_points`) come after it.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _encode_str
from typing import Any

from briefgen.model import Article, Brief


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The Brief as plain data in contract field order; extra fields follow the contract's."""
    return _plain(_tree(brief))  # type: ignore[no-any-return]


def _tree(brief: Brief) -> dict[str, Any]:
    """brief_to_dict's layout with the items left as dataclasses (dumps writes them as dicts)."""
    return {
        "schema": brief.schema,
        "source": brief.source,
        "article": article_to_dict(brief.article),
        "summary": brief.summary,
        "actors": brief.actors,
        "dates": brief.dates,
        "commitments": brief.commitments,
        "views": brief.views,
        "warnings": list(brief.warnings),
        "key_points": getattr(brief, "key_points", ()),
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
    """Dataclass → dict with tuples as lists (spans become [s, e]); dicts are walked too."""
    if hasattr(obj, "__dataclass_fields__"):
        return {name: _plain(getattr(obj, name)) for name in obj.__dataclass_fields__}
    if isinstance(obj, (tuple, list)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


def render_json(brief: Brief) -> str:
    return dumps(_tree(brief)) + "\n"


_SCALARS = (str, int, float, bool, type(None))


def dumps(value: Any, indent: str = "") -> str:
    """json.dumps(value, indent=2, ensure_ascii=False), but lists of scalars on one line.

    Written as one walk that appends to a list of chunks, with the C string encoder for
    strings: the brief has about a thousand scalars, and a json.dumps call per scalar was
    most of the render time.
    """
    out: list[str] = []
    _write(value, indent, out)
    return "".join(out)


_KEYS: dict[Any, str] = {}  # key → its JSON and ": "


def _write(value: Any, indent: str, out: list[str]) -> None:
    """Append value's JSON; a dataclass is written as the dict of its fields, in field order."""
    fields = getattr(type(value), "__dataclass_fields__", None)
    if fields is not None or isinstance(value, dict):
        pairs = [(k, getattr(value, k)) for k in fields] if fields is not None else value.items()
        if not pairs:
            out.append("{}")
            return
        inner = indent + "  "
        sep = "{\n" + inner
        for k, v in pairs:
            key = _KEYS.get(k) if type(k) is str else None
            if key is None:
                key = _scalar(str(k)) + ": "
                if type(k) is str:
                    _KEYS[k] = key
            cls = type(v)
            if cls is str:
                out.append(sep + key + _encode_str(v))
            elif cls is int or v is None:
                out.append(sep + key + _scalar(v))
            else:
                out.append(sep + key)
                _write(v, inner, out)
            sep = ",\n" + inner
        out.append("\n" + indent + "}")
    elif isinstance(value, (list, tuple)):
        if all(isinstance(v, _SCALARS) for v in value):
            out.append("[" + ", ".join([_scalar(v) for v in value]) + "]")
            return
        inner = indent + "  "
        sep = "[\n" + inner
        for v in value:
            if type(v) is tuple and len(v) == 2 and type(v[0]) is int and type(v[1]) is int:
                out.append(f"{sep}[{v[0]}, {v[1]}]")  # a span, the commonest item by far
            else:
                out.append(sep)
                _write(v, inner, out)
            sep = ",\n" + inner
        out.append("\n" + indent + "]")
    else:
        out.append(_scalar(value))


def _scalar(value: Any) -> str:
    """One scalar exactly as json.dumps(value, ensure_ascii=False, allow_nan=False) writes it."""
    cls = type(value)
    if cls is str:
        return _encode_str(value)
    if cls is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    # allow_nan=False: NaN/Infinity are not JSON; a salience that is not a number is a bug.
    return json.dumps(value, ensure_ascii=False, allow_nan=False)
