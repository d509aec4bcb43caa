"""One Jinja Environment for every template, built-in or the user's own (`--template FILE`).

Built-in templates live in the top-level `templates/` folder, packaged as `briefgen.templates`
and read with importlib.resources (works editable and from the wheel). A user's template is
loaded under a name that ends in the built-in name of its format ("custom:<path>::brief.html.j2"),
so autoescaping is chosen by the output format, never by how the user named the file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from briefgen.errors import BriefgenError, RenderError
from briefgen.render.escape import PACKAGE, _md_escape, builtin_text, md_escape, para_mark

__all__ = ["PACKAGE", "_md_escape", "builtin_text", "md_escape", "para_mark"]
BUILTIN = {"md": "brief.md.j2", "html": "brief.html.j2"}
BUILTIN_FILES = ("brief.md.j2", "brief.html.j2", "brief.css")
CUSTOM_PREFIX = "custom:"
CUSTOM_SEP = "::"


class _Loader(jinja2.BaseLoader):
    """Built-in names from the package; "custom:<path>::<builtin name>" from the file system."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template.startswith(CUSTOM_PREFIX):
            path = Path(template[len(CUSTOM_PREFIX) :].rsplit(CUSTOM_SEP, 1)[0])
            try:
                source = path.read_text(encoding="utf-8")
                mtime = path.stat().st_mtime
            except (OSError, UnicodeDecodeError) as exc:
                raise jinja2.TemplateNotFound(f"{path}: {exc}") from exc
            return source, str(path), lambda: _mtime(path) == mtime
        if template not in BUILTIN_FILES:
            raise jinja2.TemplateNotFound(template)
        return builtin_text(template), None, lambda: True


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one Environment: strict about undefined names, autoescaping HTML templates."""
    select = jinja2.select_autoescape(
        enabled_extensions=("html", "htm", "xml", "html.j2"),
        disabled_extensions=("md.j2", "md", "txt"),
        default_for_string=True,
        default=True,
    )
    env = jinja2.Environment(
        loader=_Loader(),
        autoescape=select,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
    )
    env.filters["md"] = md_escape
    env.filters["plural"] = _plural
    env.globals["para"] = para_mark
    return env


def get_template(fmt: str, template: Path | str | None = None) -> jinja2.Template:
    """The built-in template of `fmt` ("md" or "html"), or the user's file in its place."""
    env = environment()
    name = BUILTIN[fmt]
    if template is not None:
        path = Path(template).expanduser().resolve()
        if not path.is_file():
            raise RenderError(
                f"template not found: {template}", "give the path of a Jinja2 template file"
            )
        name = f"{CUSTOM_PREFIX}{path}{CUSTOM_SEP}{name}"
    try:
        return env.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or template}:{exc.lineno}"
        raise RenderError(f"template syntax error at {where}: {exc.message}", _HINT) from exc
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"cannot read template {exc.name}", _HINT) from exc


_HINT = "fix the template, or start again from `briefgen --export-templates DIR`"


def render_template(tpl: jinja2.Template, **context: Any) -> str:
    """Render, turning template mistakes into a one-line RenderError."""
    try:
        return tpl.render(**context)
    except jinja2.UndefinedError as exc:
        raise RenderError(f"template {tpl.filename or tpl.name}: {exc.message}", _HINT) from exc
    except jinja2.TemplateError as exc:
        raise RenderError(f"template {tpl.filename or tpl.name}: {exc}", _HINT) from exc


def copy_builtin_templates(dest: Path) -> list[Path]:
    """Copy the built-in templates into `dest` as a starting point for `--template`.

    Refuses (BriefgenError) if any of the files already exists, before writing anything."""
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise BriefgenError(f"{dest} is not a directory", "give a new or existing directory")
    targets = [dest / name for name in BUILTIN_FILES]
    existing = [str(t) for t in targets if t.exists()]
    if existing:
        raise BriefgenError(
            f"will not overwrite {', '.join(existing)}", "choose an empty directory"
        )
    try:
        dest.mkdir(parents=True, exist_ok=True)
        for target in targets:
            target.write_text(builtin_text(target.name), encoding="utf-8")
    except OSError as exc:
        raise BriefgenError(f"cannot write templates to {dest}: {exc.strerror}", "check the path")
    return targets
