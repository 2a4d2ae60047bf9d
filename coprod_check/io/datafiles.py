"""Reading the data files: the bundled model, viewpoints and principle sets, custom sets from
folders given with --principles or $COPROD_CHECK_PRINCIPLES. The core parses what is read here."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from coprod_check.core.errors import CoprodError, Problem, ValidationError
from coprod_check.core.model import Model, parse_model
from coprod_check.core.principles import Catalogue, PrincipleSet, parse_set
from coprod_check.core.viewpoints import Viewpoints, parse_viewpoints
from coprod_check.io.resources import model_file, principles_dir
from coprod_check.io.yamlio import load_yaml_file, problems_placed

ENV_VAR = "COPROD_CHECK_PRINCIPLES"


def load_model(path: Path | None = None) -> Model:
    _, data = load_yaml_file(path or model_file(), trusted=path is None)
    return parse_model(data)


def load_viewpoints(roles: Iterable[str], path: Path | None = None) -> Viewpoints:
    """The viewpoints; the bundled file is read once per process (a report asks per principle)."""
    if path is None:
        return _bundled_viewpoints(tuple(roles))
    _, data = load_yaml_file(path)
    return parse_viewpoints(data, roles)


@functools.lru_cache(maxsize=4)
def _bundled_viewpoints(roles: tuple[str, ...]) -> Viewpoints:
    _, data = load_yaml_file(principles_dir() / "model" / "viewpoints.yaml", trusted=True)
    return parse_viewpoints(data, roles)


def parse_set_file(path: Path, *, builtin: bool = False) -> PrincipleSet:
    """Load one set file; problems come back with line and column."""
    text, data = load_yaml_file(path, trusted=builtin)
    with problems_placed(text):
        return parse_set(data, str(path), builtin=builtin)


def set_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())


def load_catalogue(
    extra_dirs: Sequence[Path] = (), *, use_env: bool = True, first: Sequence[str] = ()
) -> Catalogue:
    """Built-in sets (`first` in that order), then every `*.yaml` in each extra folder and in
    $COPROD_CHECK_PRINCIPLES."""
    sets: dict[str, PrincipleSet] = {}
    builtin = [parse_set_file(path, builtin=True) for path in set_files(principles_dir())]
    rank = {set_id: i for i, set_id in enumerate(first)}
    for pset in sorted(builtin, key=lambda s: (rank.get(s.id, len(rank)), s.id)):
        sets[pset.id] = pset
    dirs = list(extra_dirs)
    env = os.environ.get(ENV_VAR, "") if use_env else ""
    dirs += [Path(p) for p in env.split(os.pathsep) if p]
    problems: list[Problem] = []
    for directory in dirs:
        if not directory.is_dir():
            problems.append(Problem("principles folder not found", file=str(directory)))
            continue
        problems += add_custom_sets(sets, set_files(directory))
    if problems:
        raise ValidationError(problems)
    return Catalogue(sets)


def add_custom_sets(sets: dict[str, PrincipleSet], paths: Iterable[Path]) -> list[Problem]:
    """Parse custom set files into `sets`; every problem (an id clash included) is returned."""
    problems: list[Problem] = []
    for path in paths:
        try:
            pset = parse_set_file(path)
        except CoprodError as exc:
            problems.extend(exc.problems)
            continue
        if pset.id in sets:
            other = sets[pset.id]
            where = "a built-in set" if other.builtin else other.path
            problems.append(
                Problem(
                    f"set id `{pset.id}` clashes with {where}",
                    file=str(path),
                    key="id",
                    hint="give the custom set an id of its own",
                )
            )
            continue
        sets[pset.id] = pset
    return problems
