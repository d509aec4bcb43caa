"""Load and validate the linguistic knowledge in briefgen/data/ once.

Every data file is JSON: {"description": ..., "source": ..., "entries": [...]}; entries carry
their own `examples` (and `counterexamples`) so a test can run every rule against them.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from briefgen.errors import BriefgenError


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The parsed data file `briefgen/data/<name>.json`, checked for the common shape."""
    path = resources.files("briefgen") / "data" / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BriefgenError(f"data file {name}.json is missing or broken: {exc}", "reinstall briefgen") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise BriefgenError(f"data file {name}.json has no 'entries' list", "fix the data file")
    return data


def entries(name: str) -> list[Any]:
    return load(name)["entries"]
