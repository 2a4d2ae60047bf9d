from __future__ import annotations

import os
from pathlib import Path

import pytest

from coprod_check.io.loading import Context, load_context

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SOURCES = REPO.parent / "shared" / "sources"
"""The source texts the quote checks read: beside the repository on the team's machines and in
CI (../shared), never inside it."""
NO_SOURCES = (
    f"shared/sources not found beside the repo ({SOURCES}): quotes cannot be checked word for "
    "word against their sources"
)


def require_sources() -> Path:
    """The sources folder; without it the quote checks skip, loudly, or fail under CI (where
    ../shared is always there, so a skip would hide a broken set-up)."""
    if not SOURCES.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{NO_SOURCES} (and $CI is set: CI must have them)")
        pytest.skip(NO_SOURCES)
    return SOURCES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say it at the end of every run, in capitals, when the quote checks could not run."""
    skipped = [
        r for r in terminalreporter.stats.get("skipped", []) if NO_SOURCES in str(r.longrepr)
    ]
    if skipped:
        terminalreporter.write_sep("!", "QUOTE CHECKS SKIPPED", red=True, bold=True)
        terminalreporter.write_line(
            f"{len(skipped)} tests did not check the principles' and the model's quotes: "
            f"{NO_SOURCES}. See README, 'How the score works'."
        )


@pytest.fixture(scope="session")
def context() -> Context:
    return load_context()


@pytest.fixture(autouse=True)
def _no_custom_principles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests must not pick up a developer's own $COPROD_CHECK_PRINCIPLES."""
    monkeypatch.delenv("COPROD_CHECK_PRINCIPLES", raising=False)
