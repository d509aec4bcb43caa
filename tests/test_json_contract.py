"""SPEC §4, the `briefgen/1` JSON contract: every key and type, for the seed and every gold
article; and the span round-trip invariant (text[s:e] is the item's text) for every item.

`check_contract(data, text)` is also used by the hostile-input and property tests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE, gold_files, gold_text

from briefgen import build_brief, render
from briefgen.read import decode

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HEX64 = re.compile(r"[0-9a-f]{64}")
ACTOR_ID = re.compile(r"A[1-9]\d*")
NULL = type(None)

# A spec is a type, a tuple of alternatives, a frozenset of allowed values, "span", "date",
# "hex", "id", a one-element list [spec] (a list of spec), or a dict of required keys.
SPAN = "span"
SPEC: dict[str, Any] = {
    "schema": frozenset({"briefgen/1"}),
    "source": {"name": (str, NULL), "sha256": "hex", "chars": int, "words": int},
    "article": {
        "kicker": (str, NULL),
        "headline": (str, NULL),
        "standfirst": (str, NULL),
        "byline": [str],
        "outlet": (str, NULL),
        "dateline": (NULL, {"place": (str, NULL), "date": ("date", NULL), "span": SPAN}),
        "published": ("date", NULL),
        "reference_date": ("date", NULL),
        "reference_date_source": frozenset({"option", "text", "none"}),
        "sections": [{"heading": (str, NULL), "paragraphs": [SPAN]}],
    },
    "summary": [{"text": str, "span": SPAN}],
    "actors": [
        {
            "id": "id",
            "name": str,
            "kind": frozenset({"person", "organization", "country", "place", "group"}),
            "title": (str, NULL),
            "affiliation": (str, NULL),
            "country": (str, NULL),
            "aliases": [str],
            "mentions": [SPAN],
            "salience": (float, int),
        }
    ],
    "dates": [
        {
            "text": str,
            "span": SPAN,
            "type": frozenset({"DATE", "TIME", "DURATION", "SET"}),
            "value": str,
            "sentence": SPAN,
            "actors": ["id"],
        }
    ],
    "commitments": [
        {
            "actors": ["id"],
            "actor_text": str,
            "cue": str,
            "text": str,
            "span": SPAN,
            "sentence": SPAN,
            "strength": str,
            "amount": (str, NULL),
            "deadline": (str, NULL),
            "source": ("id", NULL),
        }
    ],
    "views": [
        {
            "speaker": ("id", NULL),
            "speaker_text": str,
            "speaker_span": (SPAN, NULL),
            "role": (str, NULL),
            "affiliation": (str, NULL),
            "kind": frozenset({"expert", "official", "other"}),
            "direct": bool,
            "cue": str,
            "text": str,
            "span": SPAN,
        }
    ],
    "warnings": [str],
}


def _matches(value: Any, spec: Any, where: str, errors: list[str]) -> bool:
    """True when value fits spec; records why not in errors (only for the last alternative)."""
    if isinstance(spec, tuple):
        if any(_matches(value, alt, where, []) for alt in spec):
            return True
        errors.append(f"{where}: {value!r:.80} fits none of {spec}")
        return False
    if isinstance(spec, frozenset):
        ok = value in spec
    elif spec == SPAN:
        ok = (
            isinstance(value, list)
            and len(value) == 2
            and all(type(v) is int for v in value)
            and 0 <= value[0] <= value[1]
        )
    elif spec == "date":
        ok = isinstance(value, str) and bool(DATE.fullmatch(value))
    elif spec == "hex":
        ok = isinstance(value, str) and bool(HEX64.fullmatch(value))
    elif spec == "id":
        ok = isinstance(value, str) and bool(ACTOR_ID.fullmatch(value))
    elif isinstance(spec, list):
        if not isinstance(value, list):
            ok = False
        else:
            return all(_matches(v, spec[0], f"{where}[{i}]", errors) for i, v in enumerate(value))
    elif isinstance(spec, dict):
        if not isinstance(value, dict):
            ok = False
        else:
            missing = [k for k in spec if k not in value]
            if missing:
                errors.append(f"{where}: missing {missing}")
                return False
            return all(_matches(value[k], s, f"{where}.{k}", errors) for k, s in spec.items())
    elif spec is float:
        ok = isinstance(value, float)
    elif spec is int:
        ok = type(value) is int
    else:
        ok = isinstance(value, spec)
    if not ok:
        errors.append(f"{where}: {value!r:.80} is not {spec}")
    return ok


def check_contract(data: dict[str, Any], text: str) -> None:
    """Assert that `data` (parsed JSON) follows SPEC §4 for the article `text`."""
    errors: list[str] = []
    _matches(data, SPEC, "$", errors)
    assert not errors, "\n".join(errors[:20])
    n = len(text)

    def span_ok(span: list[int], what: str) -> str:
        s, e = span
        assert 0 <= s <= e <= n, f"{what}: span {span} outside the text (length {n})"
        return text[s:e]

    assert data["source"]["chars"] == n
    for item in data["summary"]:
        assert span_ok(item["span"], "summary") == item["text"]
    for kind in ("dates", "commitments"):
        for item in data[kind]:
            assert span_ok(item["span"], kind) == item["text"], item
            ss, se = item["sentence"]
            span_ok(item["sentence"], f"{kind}.sentence")
            assert ss <= item["span"][0] and item["span"][1] <= se, f"{kind}: span outside sentence"
    for view in data["views"]:
        assert span_ok(view["span"], "views") == view["text"], view
        if view["speaker_span"] is not None:
            assert span_ok(view["speaker_span"], "speaker_span") == view["speaker_text"], view
    ids = [a["id"] for a in data["actors"]]
    assert ids == [f"A{i}" for i in range(1, len(ids) + 1)], ids
    for actor in data["actors"]:
        for mention in actor["mentions"]:
            surface = span_ok(mention, f"mention of {actor['name']}")
            assert surface and surface == surface.strip(), (actor["name"], mention, surface)
    known = set(ids)
    for view in data["views"]:
        assert view["speaker"] is None or view["speaker"] in known
    for c in data["commitments"]:
        assert set(c["actors"]) <= known and (c["source"] is None or c["source"] in known)
    for d in data["dates"]:
        assert set(d["actors"]) <= known
    dateline = data["article"]["dateline"]
    if dateline is not None:
        surface = span_ok(dateline["span"], "dateline")
        if dateline["place"]:
            assert dateline["place"].casefold() in " ".join(surface.split()).casefold()
    last_end = 0
    for section in data["article"]["sections"]:
        for para in section["paragraphs"]:
            span_ok(para, "paragraph")
            assert para[0] >= last_end, "paragraphs overlap or are out of order"
            last_end = para[1]


def brief_json(text: str, date: str | None = None) -> dict[str, Any]:
    out = render(build_brief(text, date), "json")
    assert isinstance(out, str)
    return json.loads(out)


def fixtures() -> list[tuple[str, Path | None]]:
    return [("seed", EXAMPLE)] + [(p.name.removesuffix(".gold.json"), p) for p in gold_files()]


@pytest.mark.parametrize("date", [None, "2024-04-15"])
@pytest.mark.parametrize(("name", "path"), fixtures(), ids=[f[0] for f in fixtures()])
def test_contract_and_round_trip(name: str, path: Path, date: str | None) -> None:
    if path == EXAMPLE:
        text, _ = decode(EXAMPLE.read_bytes())
    else:
        text = gold_text(path)
    check_contract(brief_json(text, date), text)


def test_gold_articles_present_or_skipped(needs_shared: Path) -> None:
    assert gold_files(), "../shared/gold has no gold files"


def test_json_is_byte_identical_across_runs(example_text: str) -> None:
    first = render(build_brief(example_text, "2024-04-15"), "json")
    second = render(build_brief(example_text, "2024-04-15"), "json")
    assert first == second


def test_spans_print_on_one_line(example_text: str) -> None:
    out = render(build_brief(example_text), "json")
    assert isinstance(out, str)
    assert re.search(r'"span": \[\d+, \d+\]', out)
    assert not re.search(r"\[\n\s+\d+,\n", out), "a span was split over lines"
    assert out.endswith("}\n")


def test_dumps_matches_json_dumps_semantics() -> None:
    from briefgen.render.json import dumps

    value = {
        "a": [1, 2],
        "b": [],
        "c": {},
        "d": [{"x": None, "y": [[1, 2], [3, 4]]}],
        "e": 'quote " \\ \n \u2028 \u00e9',
        "f": 0.5,
        "g": [True, False, None, "s"],
    }
    assert json.loads(dumps(value)) == value
    with pytest.raises(ValueError):
        dumps({"nan": float("nan")})
