"""Compile the built-in templates into coprod_check/outputs/precompiled/ (see
coprod_check/outputs/precompile.py). Run it after editing anything in templates/, the report
environment in outputs/render.py, or upgrading jinja2; tests/test_precompile.py fails until then.

    python tools/compile_templates.py
"""

from __future__ import annotations

import shutil
import sys

from coprod_check.io.resources import templates_dir
from coprod_check.outputs.precompile import PRECOMPILED, generate
from coprod_check.outputs.render import make_environment


def main() -> int:
    files = generate(templates_dir(), make_environment)
    if PRECOMPILED.exists():
        shutil.rmtree(PRECOMPILED)
    for name, text in files.items():
        target = PRECOMPILED / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files to {PRECOMPILED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
