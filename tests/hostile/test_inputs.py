"""Issue 12, item 2: inputs are regular files, bounded; no read can block forever."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.hostile.support import GOOD, refused, run

posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


@posix
def test_a_fifo_plan_is_refused_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "plan.yaml")
    refused(run("check", "plan.yaml", cwd=tmp_path), "plan.yaml: is not a regular file")


@posix
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/stdin"])
def test_a_device_is_refused_not_read(tmp_path: Path, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    refused(run("check", device, cwd=tmp_path), "it was not read")


@posix
def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    refused(run("check", "zero.yaml", cwd=tmp_path), "zero.yaml: is a symlink to a file outside")


@posix
def test_a_symlink_out_of_the_working_directory_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    work = tmp_path / "work"
    outside.mkdir()
    work.mkdir()
    (outside / "secret.yaml").write_text("token: hunter2\n", encoding="utf-8")
    (work / "plan.yaml").symlink_to(outside / "secret.yaml")
    done = run("check", "plan.yaml", cwd=work)
    refused(done, "plan.yaml: is a symlink to a file outside the working directory")
    assert "hunter2" not in done.stderr + done.stdout
    report = run("report", "plan.yaml", cwd=work)
    refused(report, "symlink")
    assert "hunter2" not in report.stdout + report.stderr


@posix
def test_a_symlink_inside_the_working_directory_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "coprod-plan.yaml").symlink_to("real.yaml")
    done = run("check", "coprod-plan.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


@posix
def test_a_fifo_template_and_principle_set_are_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "mine.md.j2")
    refused(
        run("report", EXAMPLES / "honest-consultation.yaml", "-t", "mine.md.j2", cwd=tmp_path),
        "mine.md.j2: is not a regular file",
    )
    os.mkfifo(tmp_path / "local.yaml")
    refused(
        run("principles", "validate", "local.yaml", cwd=tmp_path),
        "local.yaml: is not a regular file",
    )
    sets = tmp_path / "sets"
    sets.mkdir()
    os.mkfifo(sets / "local.yaml")  # in a folder of sets: not a set file, passed over
    done = run("check", EXAMPLES / "honest-consultation.yaml", "-p", "sets", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_a_big_template_is_refused_before_it_is_read(tmp_path: Path) -> None:
    with (tmp_path / "big.md.j2").open("wb") as handle:
        handle.truncate(5 * 1024 * 1024)
    refused(
        run("report", EXAMPLES / "honest-consultation.yaml", "-t", "big.md.j2", cwd=tmp_path),
        "big.md.j2: file is 5.0 MB; the limit is 1 MB",
    )


def test_a_directory_named_like_a_template_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.md.j2").mkdir()
    refused(
        run("report", EXAMPLES / "honest-consultation.yaml", "-t", "dir.md.j2", cwd=tmp_path),
        "dir.md.j2: is a directory",
    )


def test_an_unreadable_plan_is_refused(tmp_path: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root reads everything")
    path = tmp_path / "plan.yaml"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    refused(run("check", "plan.yaml", cwd=tmp_path), "plan.yaml: permission denied")
