"""Golden rows (invented names) for names whose accented letters were mangled by a UTF-8 text
read as Latin-1 and recomposed: "é" written as "A", U+0303, "©" ("RenÃ©e"), or twice over with
"Â" as "A", U+0302 ("RenÃ\\x83Â©e"). The mangled letter stays inside the word, so the name is
one person, not "RenA" and a stray surname. Each row: the text, then {name: {field: value}},
then names that must not be actors."""

from __future__ import annotations

from typing import Any

import pytest
from test_actors import check_actors
from test_actors_kinds import doc_of, find

from briefgen.extract.actors import extract_actors

_E1 = "A\u0303\u00a9"  # "é" mangled once
_N1 = "A\u0303\u00b1"  # "ñ" mangled once
_E2 = "A\u0303\u0083A\u0302\u00a9"  # "é" mangled twice

ROWS: list[Any] = [
    (f"President Jorge Pe{_N1}a Lund said the border would stay open.",
     {f"Jorge Pe{_N1}a Lund": {"kind": "person", "title": "President"}},
     ["Jorge PeA"]),
    (f"Ren{_E1}e Vallon, a judge, said the case was closed. Vallon left.",
     {f"Ren{_E1}e Vallon": {"kind": "person", "aliases": ("Vallon",)}}, ["RenA"]),
    (f"President Fran{_E2}ois Marchand said so.",
     {f"Fran{_E2}ois Marchand": {"title": "President"}}, ["FranA"]),
    # counterexample: a combining mark with no Latin-1 sign after it ends the word as before
    ("The A\u0303 Team said so, Tom Vale said.", {"Tom Vale": {}}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS, ids=[r[0][:30] for r in ROWS])
def test_mojibake(text: str, want: dict[str, dict[str, Any]], absent: list[str]) -> None:
    check_actors(extract_actors(doc_of(text)), want, absent, find)
