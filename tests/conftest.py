from __future__ import annotations

from pathlib import Path

import pytest

from coprod_check.io.loading import Context, load_context

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def context() -> Context:
    return load_context()


@pytest.fixture(autouse=True)
def _no_custom_principles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests must not pick up a developer's own $COPROD_CHECK_PRINCIPLES."""
    monkeypatch.delenv("COPROD_CHECK_PRINCIPLES", raising=False)
