"""render/json.py's writer against a plain recursive reference built on json.dumps: the fast
paths (generated per-dataclass writers, the C encoder for lists of scalars and of spans) must
write exactly what the simple definition says, for any mix of values."""

from __future__ import annotations

import dataclasses
import json
import math
import random
from typing import Any

import pytest

from briefgen.render.json import dumps

SCALARS = (str, int, float, bool, type(None))


def reference(value: Any, indent: str = "") -> str:
    """json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False), dataclasses as dicts
    of their fields, with a list of scalars kept on one line."""
    inner = indent + "  "
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f: getattr(value, f) for f in value.__dataclass_fields__}
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            f"{json.dumps(str(k), ensure_ascii=False)}: {reference(v, inner)}"
            for k, v in value.items()
        ]
        return "{\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if all(isinstance(v, SCALARS) for v in value):
            return "[" + ", ".join(reference(v) for v in value) + "]"
        items = [reference(v, inner) for v in value]
        return "[\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


@dataclasses.dataclass(frozen=True)
class Item:
    name: str
    value: Any = None
    span: tuple[int, int] = (0, 0)


@dataclasses.dataclass
class Empty:
    pass


class Text(str):
    pass


class Number(int):
    pass


def _scalar(r: random.Random) -> Any:
    return r.choice(
        [
            "",
            "plain",
            "a], [b",  # looks like the span separator
            '"quoted" \\ back\nslash \u2028 é',
            "[1, 2]",
            -7,
            10**20,
            0,
            0.5,
            -2.25,
            1e300,
            True,
            False,
            None,
            Text("sub]"),
            Number(3),
        ]
    )


def _value(r: random.Random, depth: int = 0) -> Any:
    k = r.random()
    if depth > 3 or k < 0.3:
        return _scalar(r)
    if k < 0.45:  # spans and near-spans
        return tuple(r.randint(-3, 999) for _ in range(r.choice([2, 2, 2, 1, 3])))
    if k < 0.6:
        return [_value(r, depth + 1) for _ in range(r.randint(0, 4))]
    if k < 0.7:
        return tuple(_value(r, depth + 1) for _ in range(r.randint(0, 4)))
    if k < 0.8:
        return {f"k{i}": _value(r, depth + 1) for i in range(r.randint(0, 3))}
    if k < 0.95:
        return Item(str(_scalar(r)), _value(r, depth + 1), (r.randint(0, 9), r.randint(10, 99)))
    return Empty()


def test_writer_matches_reference_on_random_values() -> None:
    r = random.Random(8)
    for _ in range(3000):
        value = _value(r)
        indent = "  " * r.randint(0, 2)
        assert dumps(value, indent) == reference(value, indent)


Span = tuple[int, int]


@dataclasses.dataclass(frozen=True)
class Spans:
    """A field annotated as the model's span lists takes _span_lines' fast path first."""

    spans: tuple[Span, ...] = ()
    other: Any = ()
    ids: tuple[str, ...] = ()


def _span_list(r: random.Random) -> Any:
    """Mostly int pairs, sometimes one element that must not be written as a span."""
    n = r.choice([0, 1, 1, 2, 3, 4, 5, 9, 70])
    items: list[Any] = [(r.randint(-5, 10**6), r.randint(0, 10**6)) for _ in range(n)]
    if items and r.random() < 0.5:
        odd = r.choice([(1, 2, 3), (1,), [4, 5], (True, 1), (1, 2.0), (Number(3), 4), "ab",
                        {1: 2, 3: 4}, (1, None), ((1, 2), 3), Item("x"), 7])
        items[r.randrange(len(items))] = odd
    return r.choice([tuple, list])(items)


def test_span_lists_match_reference() -> None:
    r = random.Random(9)
    for _ in range(3000):
        ids = r.choice(
            [(), ("A1",), ("A1", "A2", "A3"), ("é\n\"",), ("A1", 2), (Text("x"),), (None,),
             [("A1",)], ("a", "b", (1, 2))]
        )
        value = Spans(_span_list(r), _span_list(r) if r.random() < 0.5 else _value(r), ids)
        indent = "  " * r.randint(0, 2)
        assert dumps(value, indent) == reference(value, indent)
        assert dumps([value], indent) == reference([value], indent)


@pytest.mark.parametrize(
    "value",
    [
        float("nan"),
        [float("inf")],
        [(1, 2), (3, 4), {"x": -math.inf}],
        Item("x", float("nan")),
        {"a": [Item("y", (1, float("nan")))]},
    ],
)
def test_writer_rejects_what_json_rejects(value: Any) -> None:
    with pytest.raises(ValueError):
        dumps(value)
