"""What a fresh interpreter has imported after running some code: start-up tests ask it."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO


def packages_loaded(code: str) -> set[str]:
    """The top-level packages in sys.modules after `code` runs in a new interpreter."""
    names = "sorted({m.split('.')[0] for m in sys.modules})"
    probe = f"{code}\nimport json, sys\nprint(json.dumps({names}))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))
