"""Start-up and throughput of coprod-check, as ratios against floors measured in the same run.

    python benchmarks/startup.py [--runs 15] [--plans 1000]

Every figure is the median wall time of a fresh subprocess; the runs of a case and its floor
are interleaved so a busy machine slows both alike. Targets (issue 7):

    coprod-check --version            <= 1.3x  python -c "import typer"
    coprod-check check plan.yaml      <= 1.5x  python -c "import typer, yaml"
    coprod-check check <1,000 plans>  <= 3x    yaml.load(..., Loader=yaml.CSafeLoader) of each
    coprod-check report plan.yaml     <= 1.3x  python -c "import typer, yaml, jinja2"
    report <1,000 plans> -o DIR/      <= 1.5x  report <the same plans> --combined (issue 10:
                                               templates are compiled once per process)

Exit status is 0 when every target is met and 1 otherwise, so it can gate a CI job; it is a
benchmark, not a test, because wall-clock ratios on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
ONE_PLAN = EXAMPLES / "honest-consultation.yaml"

LOAD_FLOOR = """\
import sys
from pathlib import Path
import yaml
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""


def cli() -> list[str]:
    """The installed console script beside this interpreter, else `python -m coprod_check`."""
    script = Path(sys.executable).with_name("coprod-check")
    found = script if script.exists() else shutil.which("coprod-check")
    return [str(found)] if found else [sys.executable, "-m", "coprod_check"]


def run_once(argv: Sequence[str]) -> float:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    # As installed: pip compiles bytecode, so let the warm-up run cache it here too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode()}")
    return elapsed


def paired(case: Sequence[str], floor: Sequence[str], runs: int) -> tuple[float, float]:
    """Medians of case and floor, run alternately after one warm-up of each."""
    run_once(case)
    run_once(floor)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(run_once(case))
        times[1].append(run_once(floor))
    return statistics.median(times[0]), statistics.median(times[1])


def make_plans(directory: Path, count: int) -> None:
    """`count` plans copied round-robin from the examples, each with its own project name."""
    examples = sorted(EXAMPLES.glob("*.yaml"))
    for i in range(count):
        source = examples[i % len(examples)]
        text = source.read_text(encoding="utf-8")
        text = text.replace("\n  name: ", f"\n  name: Plan {i:04d} ", 1)
        (directory / f"plan-{i:04d}.yaml").write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per case (median taken)")
    parser.add_argument("--plans", type=int, default=1000, help="plans in the throughput case")
    args = parser.parse_args(argv)
    py = sys.executable
    tool = cli()
    rows = []
    with tempfile.TemporaryDirectory(prefix="coprod-bench-") as tmp:
        many = Path(tmp)
        make_plans(many, args.plans)
        cases = [
            (
                "coprod-check --version",
                [*tool, "--version"],
                'python -c "import typer"',
                [py, "-c", "import typer"],
                1.3,
                args.runs,
            ),
            (
                "coprod-check check plan.yaml",
                [*tool, "check", str(ONE_PLAN)],
                'python -c "import typer, yaml"',
                [py, "-c", "import typer, yaml"],
                1.5,
                args.runs,
            ),
            (
                f"coprod-check check -f json <{args.plans} plans>",
                [*tool, "check", "--format", "json", str(many)],
                "yaml.load(CSafeLoader) of each",
                [py, "-c", LOAD_FLOOR, str(many)],
                3.0,
                max(3, args.runs // 3),
            ),
            (
                "coprod-check report plan.yaml",
                [*tool, "report", str(ONE_PLAN)],
                'python -c "import typer, yaml, jinja2"',
                [py, "-c", "import typer, yaml, jinja2"],
                1.3,
                args.runs,
            ),
            (
                f"coprod-check report <{args.plans} plans> -o DIR/",
                [*tool, "report", str(many), "--force", "-o", f"{tmp}-each/"],
                f"report <{args.plans} plans> --combined",
                [*tool, "report", str(many), "--combined", "--force", "-o", f"{tmp}-all.md"],
                1.5,
                max(3, args.runs // 5),
            ),
        ]
        try:
            for name, case, floor_name, floor, target, runs in cases:
                took, base = paired(case, floor, runs)
                rows.append((name, took, floor_name, base, took / base, target))
        finally:
            shutil.rmtree(f"{tmp}-each", ignore_errors=True)
            Path(f"{tmp}-all.md").unlink(missing_ok=True)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s), medians of subprocess runs")
    print()
    print("| case | median | floor | median | ratio | target |")
    print("|---|---:|---|---:|---:|---:|")
    for name, took, floor_name, base, ratio, target in rows:
        mark = "ok" if ratio <= target else "MISSED"
        print(
            f"| `{name}` | {took * 1000:.0f} ms | `{floor_name}` | {base * 1000:.0f} ms "
            f"| {ratio:.2f}x | <= {target}x {mark} |"
        )
    return 0 if all(ratio <= target for *_, ratio, target in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
