#!/usr/bin/env python3
"""A small mutation check of the scoring model (issue 15).

Makes plausible bugs one at a time - a number in principles/model/model.yaml moved, a rule's
wiring in model.yaml changed (roles swapped, a cap or a support dropped), a comparison or
`min`/`max` in the core turned around, a rule's call dropped - and runs the model's tests
against each, in a throwaway copy of the repository (the working tree is never touched). A
mutant is *caught* when a test fails. The snapshot test is never run: the model must be pinned
by explicit assertions, so regenerating a snapshot can never hide a model change.

    python scripts/mutate.py                 # every mutant
    python scripts/mutate.py --limit 20      # the first 20 (a quick look)
    python scripts/mutate.py --list          # list the mutants, run nothing
    python scripts/mutate.py --names FILE    # only the mutants named in FILE (e.g. survivors)

Prints one line per mutant and the score (caught / total); exits 0 (it reports, not gates).
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
MODEL = Path("principles/model/model.yaml")
CORE = [Path("coprod_check/core/maturity.py"), Path("coprod_check/core/risk.py"),
        Path("coprod_check/core/model.py")]  # fmt: skip
TESTS = [
    "tests/test_model_edges.py",
    "tests/test_engine.py",
    "tests/test_examples.py",
    "tests/test_model.py",
    "tests/test_calibration.py",
]
SWAPS = [
    (" >= ", " > "),
    (" > ", " >= "),
    (" <= ", " < "),
    (" < ", " <= "),
    ("min(", "max("),
    ("max(", "min("),
    (" + ", " - "),
    (" - ", " + "),
    (" and ", " or "),
    (" or ", " and "),
    (" == ", " != "),
    (" != ", " == "),
]
RULE_CALL = re.compile(r"^(\s+)(_(?:whole_project|community_voice|perception_gap|not_applicable|"
                       r"unevidenced|ordered_steps)\(.*\))\s*$")  # fmt: skip


@dataclass
class Mutant:
    name: str
    path: Path
    change: Callable[[str], str]


# --- model.yaml ---------------------------------------------------------------------------


def _numbers(data: Any, where: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _numbers(value, (*where, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _numbers(value, (*where, i))
    elif isinstance(data, int | float) and not isinstance(data, bool):
        yield where, data


def _interesting(where: tuple[Any, ...]) -> bool:
    head = where[0]
    if where == ("bands", "low"):
        return False  # the lowest band is the default below any floor: an equivalent mutant
    if head in ("thresholds", "over_claim", "bands", "unevidenced_cap", "evidenced_from"):
        return where[-1] not in ("max_listed", "max_detailed", "evidence_max_age_days",
                                 "small_group")  # fmt: skip
    if head == "levels":
        # the bottom rung is always supported, whatever it "requires": moving those numbers
        # changes nothing (an equivalent mutant), so they are left out
        return "requires" in where and where[1] != 0
    return head == "reasons" and where[-1] == "points"


def _delta(where: tuple[Any, ...], value: float) -> list[float]:
    if where[-1] in ("evidenced_share", "many_not_applicable_share", "coverage") or (0 < value < 1):
        return [0.1, -0.1]
    if where[0] in ("unevidenced_cap", "evidenced_from") or where[-1] in (
        "perception_gap_points",
        "ourlife_step_gap",
        "low_principle",
        "min_answers",
    ):
        return [1, -1]
    return [5, -5]


def _set(data: Any, where: tuple[Any, ...], value: Any) -> Any:
    data = copy.deepcopy(data)
    inner = data
    for step in where[:-1]:
        inner = inner[step]
    inner[where[-1]] = value
    return data


def _yaml_change(edit: Callable[[Any], Any]) -> Callable[[str], str]:
    def change(text: str) -> str:
        return yaml.safe_dump(edit(yaml.safe_load(text)), allow_unicode=True, sort_keys=False)

    return change


def model_mutants() -> list[Mutant]:
    data = yaml.safe_load((REPO / MODEL).read_text(encoding="utf-8"))
    out = []
    for where, value in _numbers(data):
        if not _interesting(where):
            continue
        for delta in _delta(where, value):
            shown: Any = round(value + delta, 3)
            if isinstance(value, int) and float(shown).is_integer():
                shown = int(shown)
            if shown < 0 or shown == value:
                continue
            name = "model " + ".".join(str(w) for w in where) + f" {value:g} -> {shown}"
            out.append(Mutant(name, MODEL, _yaml_change(lambda d, w=where, v=shown: _set(d, w, v))))

    def rule(name: str, edit: Callable[[Any], None]) -> None:
        def apply(d: Any) -> Any:
            d = copy.deepcopy(d)
            edit(d)
            return d

        out.append(Mutant("model " + name, MODEL, _yaml_change(apply)))

    rule("staff speak for the community", lambda d: d["roles"]["staff"].update(group="community"))
    rule("partners speak for the organisation",
         lambda d: d["roles"]["partner"].update(group="organisation"))  # fmt: skip
    rule("sides swapped", lambda d: d.update(sides={"organisation": "community",
                                                   "community": "organisation"}))  # fmt: skip
    rule("community-led staff stay staff",
         lambda d: d["led_by"]["kinds"]["community"].update(role_groups={}))  # fmt: skip
    rule("community-led rules all fire",
         lambda d: d["led_by"]["kinds"]["community"].update(not_raised=[]))  # fmt: skip
    rule("joining midway no longer only for whole claims",
         lambda d: d["screening"]["involved_from"].update(whole_only=False))  # fmt: skip
    rule("shared decisions no longer help",
         lambda d: d["screening"]["decision_power"].update(supports=[]))  # fmt: skip
    rule(
        "advisory caps at co-design",
        lambda d: d["screening"]["decision_power"]["caps"]["advisory"].update(level="co-design"),
    )
    rule(
        "no decision power caps at engagement",
        lambda d: d["screening"]["decision_power"]["caps"]["none"].update(level="engage"),
    )
    rule("the defining principles may be n/a",
         lambda d: d["not_applicable"].update(never=[]))  # fmt: skip
    rule(
        "honest-scope raises whole-project-claim again",
        lambda d: d["whole_project"].update(low_principles=["glasshouse.honest-scope"]),
    )
    rule("Our Life steps worded as any set", lambda d: d["ordered_sets"].pop("ourlife"))
    return out


# --- core modules ---------------------------------------------------------------------------


def _code_lines(text: str) -> Iterator[int]:
    """Indexes of lines that are code (not comments, docstrings or the imports)."""
    in_doc = False
    for i, line in enumerate(text.splitlines()):
        stripped = line.strip()
        quotes = stripped.count('"""')
        if in_doc:
            in_doc = quotes % 2 == 0
            continue
        if quotes:
            in_doc = quotes % 2 == 1
            continue
        if not stripped or stripped.startswith(("#", "from ", "import ", "@")):
            continue
        yield i


def core_mutants() -> list[Mutant]:
    out = []
    for path in CORE:
        text = (REPO / path).read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        for i in _code_lines(text):
            line = lines[i]
            code = line.split("#", 1)[0]
            for old, new in SWAPS:
                start = 0
                while (at := code.find(old, start)) >= 0:
                    start = at + len(old)
                    if old.strip() in ("-", "+") and ('"' in code or "'" in code):
                        continue  # a dash inside text, not arithmetic

                    def change(t: str, i: int = i, at: int = at, old: str = old,
                               new: str = new) -> str:  # fmt: skip
                        ls = t.splitlines(keepends=True)
                        ls[i] = ls[i][:at] + new + ls[i][at + len(old) :]
                        return "".join(ls)

                    name = f"{path.name}:{i + 1} {old.strip()!r} -> {new.strip()!r}"
                    out.append(Mutant(name, path, change))
            match = RULE_CALL.match(line)
            if match:

                def drop(t: str, i: int = i, indent: str = match.group(1)) -> str:
                    ls = t.splitlines(keepends=True)
                    ls[i] = f"{indent}pass\n"
                    return "".join(ls)

                out.append(
                    Mutant(f"{path.name}:{i + 1} rule dropped: {match.group(2)}", path, drop)
                )
    return out


# --- running ------------------------------------------------------------------------------


def run_tests(root: Path, timeout: int) -> bool:
    """True when the tests pass (the mutant survives)."""
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("COPROD_CHECK_PRINCIPLES", None)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *TESTS],
            cwd=root,
            env=env,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return False  # a hang is caught too
    return done.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("--only", choices=("model", "core"), default=None)
    parser.add_argument(
        "--names", type=Path, help="run only the mutants named in this file, one a line"
    )
    args = parser.parse_args()
    mutants = ([] if args.only == "core" else model_mutants()) + (
        [] if args.only == "model" else core_mutants()
    )
    if args.names:
        wanted = set(args.names.read_text(encoding="utf-8").splitlines())
        mutants = [m for m in mutants if m.name in wanted]
    if args.limit:
        mutants = mutants[: args.limit]
    if args.list:
        for m in mutants:
            print(m.name)
        print(f"{len(mutants)} mutants")
        return 0
    with tempfile.TemporaryDirectory(prefix="coprod-mutate-") as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(
            REPO, root, ignore=shutil.ignore_patterns(".git", "__pycache__", "*.egg-info")
        )
        if not run_tests(root, args.timeout):
            print("the tests fail without any mutant: fix them first", file=sys.stderr)
            return 2
        survivors = []
        start = time.monotonic()
        for n, mutant in enumerate(mutants, 1):
            target = root / mutant.path
            original = target.read_text(encoding="utf-8")
            changed = mutant.change(original)
            if changed == original:
                continue
            target.write_text(changed, encoding="utf-8")
            try:
                survived = run_tests(root, args.timeout)
            finally:
                target.write_text(original, encoding="utf-8")
            print(f"[{n}/{len(mutants)}] {'SURVIVED' if survived else 'caught  '} {mutant.name}",
                  flush=True)  # fmt: skip
            if survived:
                survivors.append(mutant.name)
        total = len(mutants)
        caught = total - len(survivors)
        minutes = (time.monotonic() - start) / 60
        print(
            f"\nmutation score: {caught}/{total} caught ({caught / total:.0%}) in {minutes:.1f} min"
        )
        for name in survivors:
            print(f"  survived: {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
