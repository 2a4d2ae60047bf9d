"""Issue 12, item 1: exit codes that never lie. A crash is exit 3, never 1 ("risk found")."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.hostile.support import run

CRASH = """
import sys
import coprod_check.io.loading as loading
def boom(*args, **kwargs):
    raise RuntimeError("secret detail \\x1b[2J")
loading.find_plans = boom
sys.argv = ["coprod-check", *sys.argv[1:]]
from coprod_check.cli.app import main
main()
"""


def test_an_unexpected_exception_exits_3_with_one_line_and_no_traceback() -> None:
    done = run("check", EXAMPLES, python=CRASH)
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("internal error (RuntimeError): this is a bug in coprod-check")
    assert "report it" in lines[0] and "--debug" in lines[0]
    assert "\x1b" not in done.stderr and "secret detail" not in done.stderr


@pytest.mark.parametrize("how", ["flag", "env"])
def test_the_traceback_is_shown_with_debug(how: str) -> None:
    if how == "flag":
        done = run("--debug", "check", EXAMPLES, python=CRASH)
    else:
        done = run("check", EXAMPLES, python=CRASH, env={"COPROD_CHECK_DEBUG": "1"})
    assert done.returncode == 3
    assert "Traceback" in done.stderr and "RuntimeError" in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("internal error (RuntimeError)")


def test_a_crash_in_report_is_3_too() -> None:
    code = CRASH.replace("loading.find_plans = boom", "loading.read_plans = boom")
    done = run("report", EXAMPLES / "honest-consultation.yaml", python=code)
    assert done.returncode == 3


def _piped(*args: str | Path) -> tuple[int, str]:
    """Run with stdout into a reader that takes one line and goes away (`| head -1`)."""
    import os
    import sys

    env = {**os.environ}
    env.pop("COPROD_CHECK_DEBUG", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "coprod_check", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    return proc.wait(timeout=120), err


def test_a_broken_pipe_exits_quietly_with_the_earned_code(tmp_path: Path) -> None:
    plans = [EXAMPLES / "textbook-co-washing.yaml"] * 1  # high risk: earns exit 1
    # Enough output that the writer is still writing when the reader goes away.
    many = tmp_path / "many"
    many.mkdir()
    text = plans[0].read_text(encoding="utf-8")
    for n in range(300):
        (many / f"p{n:03}.yaml").write_text(text, encoding="utf-8")
    code, err = _piped("check", "--verbose", many)
    assert code == 1, err
    assert "Traceback" not in err and "Broken pipe" not in err and "Exception ignored" not in err
    honest = tmp_path / "honest"
    honest.mkdir()
    text = (EXAMPLES / "honest-consultation.yaml").read_text(encoding="utf-8")
    for n in range(300):
        (honest / f"p{n:03}.yaml").write_text(text, encoding="utf-8")
    code, err = _piped("check", "--format", "json", honest)
    assert code == 0, err
    assert err == ""


def test_report_to_a_closed_pipe_exits_0() -> None:
    code, err = _piped("report", EXAMPLES / "textbook-co-washing.yaml")
    assert code == 0, err
    assert err == ""
