"""A NON-editable install renders all four formats: top-level templates/ and briefgen/data/ must
be inside the built wheel (SPEC §1).

To stay fast it builds the wheel once from a copy of the source tree (pip fetches the build
backend, setuptools >= 68, into an isolated build env as a user's install would),
installs it with --no-deps into a fresh `--without-pip` venv, and borrows the dependencies from
the running environment's site-packages through a .pth file (which only adds a path: the
editable briefgen's own .pth finder is not processed there, so only the wheel's copy can load).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "out", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
            ".hypothesis", "tests", "benchmarks",
        ),
    )
    dist = work / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps",
         "--disable-pip-version-check", "-q", "-w", str(dist), str(src)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (built,) = dist.glob("briefgen-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = tmp_path_factory.mktemp("venv") / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--disable-pip-version-check", "--target", purelib, str(wheel)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    deps = sysconfig.get_paths()["purelib"]
    (Path(purelib) / "zz-borrowed-deps.pth").write_text(deps + "\n")
    return python


def test_wheel_contains_templates_and_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    templates = sorted(p.name for p in (ROOT / "templates").iterdir() if p.is_file())
    data = sorted(p.name for p in (ROOT / "briefgen" / "data").glob("*.json"))
    for name in templates:
        if name.endswith((".j2", ".css")):
            assert f"briefgen/templates/{name}" in names, name
    for name in data:
        assert f"briefgen/data/{name}" in names, name
    assert any(n.endswith("entry_points.txt") for n in names)


@pytest.mark.parametrize("fmt", ["md", "html", "json", "pdf"])
def test_installed_wheel_renders(installed: Path, fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"brief.{fmt}"
    code = (
        "import sys, briefgen\n"
        "assert 'site-packages' in briefgen.__file__ and '/work/main/briefgen' not in "
        "briefgen.__file__, briefgen.__file__\n"
        "from briefgen.cli import main\n"
        f"main([{str(EXAMPLE)!r}, '-o', {str(out)!r}])\n"
    )
    result = subprocess.run(
        [str(installed), "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF-")
    elif fmt == "json":
        assert json.loads(data)["schema"] == "briefgen/1"
    elif fmt == "html":
        assert b"<html" in data[:500].lower()
    else:
        assert data.strip()
