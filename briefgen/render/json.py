"""The JSON contract of SPEC §4 (`briefgen/1`).

Pretty-printed with two-space indents, except that a list of scalars — a span `[s, e]`, a byline,
a list of actor ids — stays on one line, so a brief with hundreds of mentions is still readable.
Output is deterministic: the same Brief always gives the same bytes (field order is fixed, no
sets, no timestamps). Fields beyond the contract (e.g. `rule`, `key_points`) come after it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from itertools import chain
from json.encoder import c_make_encoder  # type: ignore[attr-defined]
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


# iter_json yields once this many chunks are waiting (an item of a list is one or two chunks)
_PIECE_CHUNKS = 1024


def iter_json(brief: Brief, chunks: int = _PIECE_CHUNKS) -> Iterator[str]:
    """render_json(brief) in pieces, whose concatenation is exactly render_json's text: the
    top-level lists of items (actors, dates, commitments, views) are written item by item and
    a piece is yielded whenever `chunks` chunks wait, so the whole text and its chunks are
    never held at once (1 MB of actor-dense news makes ~20 MB of JSON). The walk is dumps'
    own: _write_pairs at the top, _write_list's item loop for a list of dataclasses."""
    out: list[str] = []
    sep = "{\n  "
    for key, value in _tree(brief).items():
        head = sep + _encode_str(key) + ": "
        sep = ",\n  "
        cls = type(value)
        if cls is str:
            out.append(head + _encode_str(value))
        elif cls is int or value is None:
            out.append(head + _scalar(value))
        elif cls in (list, tuple) and value and hasattr(type(value[0]), "__dataclass_fields__"):
            # what _write_list does with a list whose first item is no scalar and no pair
            out.append(head)
            item_sep = "[\n    "
            for item in value:
                out.append(item_sep)
                _write(item, "    ", out)
                item_sep = ",\n    "
                if len(out) >= chunks:
                    yield "".join(out)
                    out.clear()
            out.append("\n  ]")
        else:
            out.append(head)
            _write(value, "  ", out)
        if len(out) >= chunks:
            yield "".join(out)
            out.clear()
    out.append("{}\n" if sep[0] == "{" else "\n}\n")
    yield "".join(out)


_SCALARS = (str, int, float, bool, type(None))

# json.dumps(ensure_ascii=False, allow_nan=False) without an indent: the C encoder, which
# writes a list of scalars exactly as the pretty form keeps it on one line. Made once and
# called directly (JSONEncoder.encode builds a new C encoder on every call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False)
_C_ENCODE = (
    c_make_encoder(None, _ENCODER.default, _encode_str, None, ": ", ", ", False, False, False)
    if c_make_encoder is not None
    else None
)


def _compact(value: Any) -> str:
    if _C_ENCODE is None:  # pragma: no cover - CPython always has the C accelerator
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


# A list of int pairs as _compact writes it (`mentions`, `spans`, `parts`, a section's
# `paragraphs`): only a list of two-int lists or tuples prints this way.
_SPAN_LIST = re.compile(r"\[\[-?\d+, -?\d+\](?:, \[-?\d+, -?\d+\])*\]")


def dumps(value: Any, indent: str = "") -> str:
    """json.dumps(value, indent=2, ensure_ascii=False), but lists of scalars on one line.

    One walk appending chunks to a list. Each dataclass type gets a writer made once, with
    its fields' key-and-indent prefixes as constants; strings go through the C string encoder
    and lists of scalars or spans through the C encoder. A brief is ~700 lines, and dispatching
    every value in Python was most of the render time.
    """
    out: list[str] = []
    _write(value, indent, out)
    return "".join(out)


def _write(value: Any, indent: str, out: list[str]) -> None:
    """Append value's JSON; a dataclass is written as the dict of its fields, in field order."""
    cls = type(value)
    writer = _WRITERS.get((cls, indent))
    if writer is not None:
        writer(value, out)
    elif getattr(cls, "__dataclass_fields__", None) is not None:
        _WRITERS[cls, indent] = writer = _dataclass_writer(cls, indent)
        writer(value, out)
    elif isinstance(value, dict):
        _write_pairs(value.items(), indent, out)
    elif isinstance(value, (list, tuple)):
        _write_list(value, indent, out)
    else:
        out.append(_scalar(value))


def _write_pairs(pairs: Any, indent: str, out: list[str]) -> None:
    inner = indent + "  "
    sep = "{\n" + inner
    for k, v in pairs:
        key = _scalar(str(k)) + ": "
        cls = type(v)
        if cls is str:
            out.append(sep + key + _encode_str(v))
        elif cls is int or v is None:
            out.append(sep + key + _scalar(v))
        else:
            out.append(sep + key)
            _write(v, inner, out)
        sep = ",\n" + inner
    out.append("{}" if sep[0] == "{" else "\n" + indent + "}")


def _write_list(value: list[Any] | tuple[Any, ...], indent: str, out: list[str]) -> None:
    if not value:
        out.append("[]")
        return
    for v in value:
        if not isinstance(v, _SCALARS):
            break
    else:
        out.append(_compact(value))  # all scalars: one line
        return
    inner = indent + "  "
    first = value[0]
    if type(first) in (tuple, list) and len(first) == 2:
        spans = _span_lines(value, indent)
        if spans is not None:
            out.append(spans)
            return
        try:
            flat = _compact(value)
        except (TypeError, ValueError):  # something the walk below must write (or reject)
            flat = ""
        if _SPAN_LIST.fullmatch(flat):  # spans, one per line
            out.append("[\n" + inner + flat[1:-1].replace("], [", "],\n" + inner + "["))
            out.append("\n" + indent + "]")
            return
    sep = "[\n" + inner
    cls: type | None = None
    writer = None
    for v in value:
        out.append(sep)
        if type(v) is not cls:  # a list holds one type of item, mostly: look its writer up once
            cls = type(v)
            writer = _WRITERS.get((cls, inner))
        if writer is not None:
            writer(v, out)
        else:
            _write(v, inner, out)
            writer = _WRITERS.get((cls, inner))  # made by _write for a dataclass
        sep = ",\n" + inner
    out.append("\n" + indent + "]")


_PAIR_TYPES = frozenset((tuple, list))
_TWO = frozenset((2,))
_INT = frozenset((int,))
_STR = frozenset((str,))
_SPAN_FORMATS: dict[tuple[int, str], str] = {}


def _span_lines(value: list[Any] | tuple[Any, ...], indent: str) -> str | None:
    """A list of int pairs (spans) one per line, as _write_list's C-encoder path writes it, by
    one %-format over all the numbers (about twice as fast); None if value is not exactly
    that (an element that is not a list or tuple of two ints: bool and float are not int)."""
    n = len(value)
    if n <= 3:  # most lists: one or two spans, checked one by one
        for p in value:
            if type(p) not in _PAIR_TYPES or len(p) != 2:
                return None
            if type(p[0]) is not int or type(p[1]) is not int:
                return None
        if n == 1:
            a, b = value[0]
            return f"[\n{indent}  [{int.__repr__(a)}, {int.__repr__(b)}]\n{indent}]"
        flat = tuple(chain.from_iterable(value))
    else:
        if not set(map(type, value)) <= _PAIR_TYPES or set(map(len, value)) != _TWO:
            return None
        flat = tuple(chain.from_iterable(value))
        if set(map(type, flat)) != _INT:
            return None
    fmt = _SPAN_FORMATS.get((n, indent))
    if fmt is None:
        inner = indent + "  "
        fmt = "[\n" + inner + ("[%d, %d],\n" + inner) * (n - 1) + "[%d, %d]\n" + indent + "]"
        if n <= 64:  # the common lengths, kept (a brief has a handful of indents)
            _SPAN_FORMATS[n, indent] = fmt
    return fmt % flat


_WRITERS: dict[tuple[type, str], Callable[[Any, list[str]], None]] = {}


def _dataclass_writer(cls: type, indent: str) -> Callable[[Any, list[str]], None]:
    """A function that writes an instance of dataclass `cls` at `indent`, made once per type
    and indent: one %-format of the whole object, its keys and indents constant, each value
    an expression chosen by the field's annotation (a str, span, list of ids, number ...
    written inline when it has the annotated type, a list of spans by _span_lines) and
    anything else written by _write into a string of its own (_text): no per-field append
    and concatenation (render_json ~4% faster than writing the fields one by one)."""
    fields = list(cls.__dataclass_fields__.values())  # type: ignore[attr-defined]
    if not fields:
        return lambda _value, out: out.append("{}")
    inner = indent + "  "
    fmt = ""
    code = ["def write(o, out):"]
    values = []
    for i, f in enumerate(fields):
        key = ("{\n" if i == 0 else ",\n") + inner + _encode_str(f.name) + ": "
        fmt += key.replace("%", "%%") + "%s"
        v = f"v{i}"
        code.append(f"    {v} = o.{f.name}")
        expr = _EXPR.get(str(f.type), "{other}")
        values.append(expr.format(v=v, other=f"text({v}, {inner!r})", inner=repr(inner)))
    fmt += "\n" + indent + "}"
    code.append("    out.append(FMT % (" + ", ".join(values) + ",))")
    scope: dict[str, Any] = {
        "FMT": fmt,
        "enc": _encode_str,
        "irepr": int.__repr__,
        "frepr": float.__repr__,
        "isfinite": math.isfinite,
        "text": _text,
        "span_lines": _span_lines,
        "STR": _STR,
    }
    exec("\n".join(code), scope)  # noqa: S102 - code made from the dataclass's field names
    return scope["write"]  # type: ignore[no-any-return]


def _text(value: Any, indent: str) -> str:
    """value's JSON at `indent`, as _write writes it, as one string."""
    out: list[str] = []
    _write(value, indent, out)
    return "".join(out)


_IS_SPAN = "type({v}) is tuple and len({v}) == 2 and type({v}[0]) is int and type({v}[1]) is int"
# The value expression of a field, by its annotation as the model writes it: the annotated
# type inline, anything else (None for a str, a list, a NaN ...) through _text, which writes
# exactly what the inline forms do for their types.
_EXPR: dict[str, str] = {
    "str": "(enc({v}) if type({v}) is str else {other})",
    "str | None": "(enc({v}) if type({v}) is str else 'null' if {v} is None else {other})",
    "Span": "(('[%d, %d]' % {v}) if " + _IS_SPAN + " else {other})",
    "Span | None": "(('[%d, %d]' % {v}) if " + _IS_SPAN
    + " else 'null' if {v} is None else {other})",
    "int": "(irepr({v}) if type({v}) is int else {other})",
    "float": "(frepr({v}) if type({v}) is float and isfinite({v}) else {other})",
    "bool": "('true' if {v} is True else 'false' if {v} is False else {other})",
    "tuple[str, ...]": "((('[' + ', '.join(map(enc, {v})) + ']') if {v} else '[]')"
    " if type({v}) is tuple and (not {v} or type({v}[0]) is str"
    " and (len({v}) == 1 or set(map(type, {v})) == STR)) else {other})",
    "tuple[Span, ...]": "(((span_lines({v}, {inner}) or {other}) if {v} else '[]')"
    " if type({v}) is tuple else {other})",
}


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
    if cls is float and math.isfinite(value):
        return float.__repr__(value)
    # allow_nan=False: NaN/Infinity are not JSON; a salience that is not a number is a bug.
    return json.dumps(value, ensure_ascii=False, allow_nan=False)
