"""Where the bundled data lives: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_dir(name: str) -> Path:
    """The bundled folder `name` (principles, templates): the wheel carries it in the package.

    Found through importlib.resources, so an installed package is used wherever it lives; in a
    source checkout (not installed) the folders sit beside the package instead.
    """
    packaged = resources.files("coprod_check") / name
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"bundled folder {name!r} is missing: reinstall coprod-check")


def principles_dir() -> Path:
    return data_dir("principles")


def templates_dir() -> Path:
    return data_dir("templates")


def model_file() -> Path:
    return principles_dir() / "model" / "model.yaml"
