"""The built-in Markdown template (templates/brief.md.j2) written out in Python, for speed.

render_markdown drafts the brief several times to fit its word budget; through Jinja each
draft cost ~0.1 ms, and importing and compiling Jinja was ~25 ms of a cold command-line run.
This module writes exactly what the template writes (tests/test_markdown_builtin.py renders
both on many briefs and compares byte for byte), and is used only while brief.md.j2 is the
text it was written from (TEMPLATE_SHA256): an edited template is rendered by Jinja as usual.
Each item's lines are made once per brief and reused by every draft, with their word count,
so a draft's length is a sum rather than a count over the whole text.
"""

from __future__ import annotations

from typing import Any

from briefgen.render.escape import md_escape as md
from briefgen.render.escape import para_mark as para
from briefgen.render.outline import Outline, Section
from briefgen.textutil import count_words

# sha256 of templates/brief.md.j2 as this module renders it; update both together.
TEMPLATE_SHA256 = "7f19c4fe8d309661e48d65e730a8dc32bb76ff2dfb71b669b58f58c7361fc602"


def _more(section: Section) -> str:
    """The template's `more` macro."""
    if section.omitted and section.shown:
        return f"- *… and {section.omitted} more in the JSON output*\n"
    return ""


class Drafts:
    """Renders outlines of one brief; lines of items already seen come from a cache keyed by
    the item object (OutlineBuilder hands every draft the same row objects)."""

    def __init__(self) -> None:
        self._lines: dict[int, tuple[Any, str, int]] = {}
        self._words: dict[str, int] = {}  # the other pieces' word counts, by text

    def _line(self, item: Any, make: Any) -> tuple[str, int]:
        hit = self._lines.get(id(item))
        if hit is not None and hit[0] is item:
            return hit[1], hit[2]
        text = make(item)
        words = count_words(text)
        self._lines[id(item)] = (item, text, words)  # the item is kept alive with its id
        return text, words

    def render(self, o: Outline) -> tuple[list[str], int]:
        """The template's output as pieces, each ending in a newline (so words never span two
        pieces), and its word count."""
        out: list[str] = []
        words = 0
        counted = self._words

        def put(text: str) -> None:
            nonlocal words
            out.append(text)
            n = counted.get(text)
            if n is None:
                n = counted[text] = count_words(text)
            words += n

        def put_item(item: Any, make: Any) -> None:
            nonlocal words
            text, n = self._line(item, make)
            out.append(text)
            words += n

        head = ""
        if o.kicker:
            head += f"*{md(o.kicker)} · policy brief*\n\n"
        head += f"# {md(o.headline)}\n\n"
        if o.standfirst:
            head += f"*{md(o.standfirst)}*\n\n"
        head += " · ".join([md(x) for x in o.source_line]) + "\n\n## Bottom line\n\n"
        put(head)
        last = len(o.bottom_line) - 1
        bottom = "".join(
            md(line.text) + para(line.para) + (" " if i != last else "")
            for i, line in enumerate(o.bottom_line)
        )
        if not o.bottom_line:
            bottom += "No sentence of the text could serve as a bottom line."
        put(bottom + "\n\n")

        if o.key_points.items:
            put("## Key points\n\n")
            for k in o.key_points.items:
                put_item(k, _key_point)
            out.append("\n")
        put("## Key actors\n\n")
        actors = o.actors
        if actors.items:
            put("| Actor | Role | Affiliation | ¶ |\n|---|---|---|---|\n")
            for a in actors.items:
                put_item(a, _actor)
            if actors.omitted:
                put(f"\n*… and {actors.omitted} more in the JSON output*\n")
        else:
            put(actors.empty_message + "\n")

        put("\n## Timeline\n\n")
        for t in o.timeline.items:
            put_item(t, _timeline)
        if not o.timeline.items:
            put(o.timeline.empty_message + "\n")
        put(_more(o.timeline) + "\n## Commitments\n\n")
        for c in o.commitments.items:
            put_item(c, _commitment)
        if not o.commitments.items:
            put(o.commitments.empty_message + "\n")
        put(_more(o.commitments) + "\n## Views\n\n")
        for g in o.views.items:
            header = f"**{md(g.speaker)}**"
            if g.role:
                header += f", {md(g.role)}"
            if g.affiliation:
                header += f", {md(g.affiliation)}"
            put(f"{header} ({g.kind})\n\n")
            for q in g.quotes:
                put_item(q, _quote)
        if not o.views.items:
            put(o.views.empty_message + "\n\n")
        if o.views.omitted and o.views.shown:
            put(f"*… and {o.views.omitted} more in the JSON output*\n\n")
        put("## What to watch\n\n")
        for w in o.watch.items:
            put_item(w, _timeline_like_watch)
        if not o.watch.items:
            put(o.watch.empty_message + "\n")
        tail = _more(o.watch) + "\n"
        if o.warnings:
            tail += "## Notes\n\n" + "".join(f"- {md(w)}\n" for w in o.warnings) + "\n"
        note = f" {o.omitted_note}" if o.omitted_note else ""
        tail += (
            f"---\n\n*Source: {md(o.source_name or 'stdin')} · sha256 {o.sha_prefix} · "
            f"briefgen {o.version} · {o.note}. ¶N: paragraph of the source.{note}*\n"
        )
        put(tail)
        return out, words


def _key_point(k: Any) -> str:
    return f"- {md(k.text)}{para(k.para)}\n"


def _actor(a: Any) -> str:
    return (
        f"| {md(a.name)} | {md(a.role or a.kind)} | {md(a.affiliation or '')} | {a.para or ''} |\n"
    )


def _timeline(t: Any) -> str:
    return f"- **{md(t.when)}** — {md(t.event)}{para(t.para)}\n"


def _timeline_like_watch(w: Any) -> str:
    return f"- **{md(w.when)}** — {md(w.what)}{para(w.para)}\n"


def _commitment(c: Any) -> str:
    details = f" ({md(c.details)})" if c.details else ""
    return f"- **{md(c.who)}** → {md(c.what)}{details} — *{c.strength}*{para(c.para)}\n"


def _quote(q: Any) -> str:
    if q.direct:
        return f"> “{md(q.text)}”{para(q.para)}\n\n"
    return f"> {md(q.text)} *(reported)*{para(q.para)}\n\n"
