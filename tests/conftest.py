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


REQUIRE_SOURCES = "COPROD_CHECK_REQUIRE_SOURCES"
"""Set to 1 where the sources must be present (the team's machines): a missing folder then
fails the quote checks instead of skipping them. Not keyed on $CI, which every hosted CI sets:
a contributor's fork runs the suite without the sources and must still pass."""


def require_sources() -> Path:
    """The sources folder; without it the quote checks skip, loudly (see the banner), or fail
    where $COPROD_CHECK_REQUIRE_SOURCES=1 says they must run."""
    if not SOURCES.is_dir():
        if os.environ.get(REQUIRE_SOURCES) == "1":
            pytest.fail(f"{NO_SOURCES} (and ${REQUIRE_SOURCES}=1 says they must run)")
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
