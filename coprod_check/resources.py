"""Where the bundled data lives: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

from pathlib import Path


def data_dir(name: str) -> Path:
    """The bundled folder `name` (principles, templates): the wheel carries it in the package.

    Found beside this file rather than through importlib.resources, which is slow to import
    and gives the same folder for an installed package (the data must be real files anyway).
    """
    here = Path(__file__).resolve().parent
    packaged = here / name
    if packaged.is_dir():
        return packaged
    checkout = here.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"bundled folder {name!r} is missing: reinstall coprod-check")


def principles_dir() -> Path:
    return data_dir("principles")


def templates_dir() -> Path:
    return data_dir("templates")


def model_file() -> Path:
    return principles_dir() / "model" / "model.yaml"
