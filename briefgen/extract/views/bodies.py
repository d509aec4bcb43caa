"""A body named by its kind ("the union said", "the network said", "the embassy said"): the
one organisation of that kind the text names before — by the head words of its name ("United
Mine Workers", "Acme Broadcasting Network", "the Ruritanian Embassy") or, for kinds news
names by brand, a well-known name (speaker_roles.json `heads` and `names`). The one such body
in this paragraph and the one before, else the one in the whole text before; two or none:
nobody (never the latest organisation of another kind).
"""

from __future__ import annotations

import bisect

from briefgen.extract.views.speakers import _para_lo, _Resolver
from briefgen.model import Actor, Document


def _of_kind(a: Actor, heads: frozenset[str], names: frozenset[str]) -> bool:
    if a.kind != "organization":
        return False
    if a.name.lower() in names or any(x.lower() in names for x in a.aliases):
        return True
    words = [w.lower().strip(".,") for w in a.name.split()]
    return any(w in heads for w in words[1:]) or (len(words) == 1 and words[0] in heads)


def one_body(
    res: _Resolver, doc: Document, role: dict[str, object], hs: int, para_idx: int
) -> Actor | None:
    """The one organisation of the role's kind named before hs (see the module doc)."""
    heads = frozenset(str(w) for w in role.get("heads", ()))  # type: ignore[attr-defined]
    names = frozenset(str(w).lower() for w in role.get("names", ()))  # type: ignore[attr-defined]
    end = bisect.bisect_left(res.mstarts, hs)
    near = _para_lo(doc, para_idx)
    close: dict[str, Actor] = {}
    every: dict[str, Actor] = {}
    for ms, _me, a in res.mentions[:end]:
        if a.id in every or _of_kind(a, heads, names):
            every[a.id] = a
            if ms >= near:
                close[a.id] = a
    for pool in (close, every):
        if len(pool) == 1:
            return next(iter(pool.values()))
        if pool:
            return None
    return None
