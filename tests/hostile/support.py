"""Helpers for the hostile-input corpus: run the real program, as CI would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES

GOOD = (EXAMPLES / "honest-consultation.yaml").read_text(encoding="utf-8")
HANG_GUARD = 120
"""Seconds before a run counts as hung: a guard against hanging CI, not a timing check."""


def run(
    *args: str | Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: int | None = subprocess.DEVNULL,
    python: str = "",
) -> subprocess.CompletedProcess[str]:
    """`coprod-check ARGS` in a fresh process (or `python -c CODE ARGS` when python is set)."""
    full_env = {k: v for k, v in os.environ.items() if k != "COPROD_CHECK_DEBUG"}
    full_env.update(env or {})
    command = [sys.executable, "-c", python] if python else [sys.executable, "-m", "coprod_check"]
    return subprocess.run(
        [*command, *map(str, args)],
        cwd=cwd,
        env=full_env,
        stdin=stdin,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=HANG_GUARD,
    )


def refused(done: subprocess.CompletedProcess[str], *needles: str) -> None:
    """Exit 2, a message on stderr containing every needle, no traceback."""
    out = done.stdout + done.stderr
    assert done.returncode == 2, out
    assert "Traceback" not in out
    for needle in needles:
        assert needle in done.stderr, done.stderr
