"""Entry point for `coprod-check` and `python -m coprod_check`.

`--version` is answered here, before the command line (and typer with it) is imported, so the
cheapest question costs no more than starting Python.
"""

from __future__ import annotations

import sys

from coprod_check import __version__


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        print(f"coprod-check {__version__}")
        sys.exit(0)
    from coprod_check.cli.app import main as run

    run()


if __name__ == "__main__":
    main()
