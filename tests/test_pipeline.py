"""build_brief's options: what the library lets a caller set."""

from __future__ import annotations

from briefgen import build_brief


def test_day_first_can_be_set_for_numeric_dates() -> None:
    text = "Talks\n\nThe vote is set for 04/05/2024, officials said.\n"
    assert [d.value for d in build_brief(text).dates] == ["2024-05-04"]
    assert [d.value for d in build_brief(text, day_first=False).dates] == ["2024-04-05"]


def test_render_stays_the_function_after_a_renderer_module_is_imported() -> None:
    """SPEC's `from briefgen import render` must give the function, whatever was imported first
    (importing briefgen.render.json once rebound the name to the subpackage)."""
    import subprocess
    import sys

    code = (
        "import briefgen.render.json, briefgen.render.markdown\n"
        "from briefgen import build_brief, render\n"
        "print(render(build_brief('Officials met on Monday.', '2024-01-01'), 'json')[:1])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "{"
