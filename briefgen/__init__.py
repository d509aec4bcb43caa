"""briefgen: a news article in, a one-page structured policy brief out — by rules, traceably.

    from briefgen import build_brief, render
    brief = build_brief(text, reference_date="2024-04-15")
    print(render(brief, "md"))

The public names are loaded on first use (PEP 562), so `briefgen --help` and `--version` do not
pay for the extraction pipeline's imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Brief", "__version__", "build_brief", "read_input", "render"]

if TYPE_CHECKING:
    from briefgen.model import Brief
    from briefgen.pipeline import build_brief
    from briefgen.read import read_input

_LAZY = {
    "Brief": "briefgen.model",
    "build_brief": "briefgen.pipeline",
    "read_input": "briefgen.read",
}

# Bound eagerly (the package is light): importing a submodule such as briefgen.render.json
# would otherwise leave the name `briefgen.render` pointing at the subpackage, not the function.
from briefgen.render import render


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
