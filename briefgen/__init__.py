"""briefgen: a news article in, a one-page structured policy brief out — by rules, traceably."""

from __future__ import annotations

from briefgen.model import Brief
from briefgen.pipeline import build_brief
from briefgen.render import render

__version__ = "0.1.0"

__all__ = ["Brief", "build_brief", "render", "__version__"]
