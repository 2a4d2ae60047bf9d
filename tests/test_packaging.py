"""The wheel carries the principle sets, the model and the templates, and works from anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.principle_ids import SET_COUNTS


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling", reason="hatchling (test extra) builds the wheel")
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    [built] = out.glob("coprod_check-*.whl")
    return built


def test_wheel_contains_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for set_file in (REPO / "principles").glob("*.yaml"):
        assert f"coprod_check/principles/{set_file.name}" in names
    assert "coprod_check/principles/model/model.yaml" in names
    templates = [n for n in names if n.startswith("coprod_check/templates/")]
    assert templates, "templates/ must be inside the package"
    assert len(templates) == len([p for p in (REPO / "templates").rglob("*") if p.is_file()])
    compiled = REPO / "coprod_check" / "outputs" / "precompiled"  # see outputs/precompile.py
    for module in compiled.rglob("*.py"):
        assert f"coprod_check/outputs/precompiled/{module.relative_to(compiled)}" in names


def test_unpacked_wheel_runs_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "NO_COLOR": "1"}
    env.pop("COPROD_CHECK_PRINCIPLES", None)
    code = "import coprod_check, sys; print(coprod_check.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert where.stdout.startswith(str(site)), "the test must run the unpacked wheel"
    proc = subprocess.run(
        [sys.executable, "-m", "coprod_check", "principles", "list", "--format", "json"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    counts = {s["id"]: len(s["principles"]) for s in json.loads(proc.stdout)}
    assert counts == SET_COUNTS


def test_the_installed_package_reports_with_its_compiled_templates(
    wheel: Path, tmp_path: Path
) -> None:
    """Installed, the templates and their compiled modules travel together and match: a report
    loads the modules (outputs/precompile.py) and compiles no template."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "NO_COLOR": "1"}
    env.pop("COPROD_CHECK_PRINCIPLES", None)
    code = (
        "import coprod_check.outputs.render as r\n"
        "env = r.builtin_environment('html')\n"
        "t = env.get_template('report.html.j2')\n"
        "print(r.__file__, type(env.loader).__name__, t.filename)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    module, loader, template = done.stdout.split()
    assert module.startswith(str(site)), "the test must run the unpacked wheel"
    assert loader == "ChoiceLoader"
    assert template.startswith(str(site / "coprod_check" / "outputs" / "precompiled" / "html"))
