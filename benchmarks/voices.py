"""Many community voices at scale: `import` of 500 survey responses and `check` of the plan
that holds them, against loading that same plan's YAML with PyYAML's C loader.

    python benchmarks/voices.py [--runs 7] [--respondents 500] [--xlsx]

Target (issue 14): `coprod-check import PLAN export.csv` + `coprod-check check PLAN` of a plan
with 500 community respondents <= 3x `yaml.load(PLAN, Loader=yaml.CSafeLoader)`.

Every figure is the median wall time of fresh subprocesses (the floor too: a fresh Python that
imports yaml and loads the plan), and the runs of the case and its floor are interleaved so a
busy machine slows both alike. The export is built like a Google Forms CSV (Timestamp, Email
Address, each question's title ending in its [principle id], answer words, some comments and
blanks); `--xlsx` also times a Microsoft Forms-style .xlsx of the same responses. Exit status 0
when the target is met, else 1. A benchmark, not a test: wall-clock ratios on a shared machine
are noisy, so it also prints the ratio round by round and in CPU time.

Measured (README, "Speed"): 3.08x-3.71x before plans were built straight from the parser's
events (CPU time 3.5x-3.9x); after, 1.82x-2.41x at load 2-4 on 2 cores and up to 2.88x at load
4-6 (CPU time 2.28x-2.40x).
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

TARGET = 3.0
PLAN = """\
# Riverside estate regeneration: the steering group's plan.
coprod-check: 1
project:
  name: Riverside estate regeneration
  organisation: Example Borough Council
claim:
  level: co-design
  wording: "We co-designed the new play area with residents."
screening:
  involved_from: early
  decision_power: shared
  participants_rewarded: partly
  outcome_predetermined: partly
  whos_missing_reviewed: yes
sets: [fol, demsoc, newham, ourlife]
assessed: 2026-11-20
respondents:
  - name: Project lead
    role: staff
    answers:
      fol.sharing-power: {score: 3, evidence: "Steering group minutes, 3 March"}
      fol.sharing-knowledge: 3
      fol.being-inclusive: 2
# survey responses are imported below
"""
FLOOR = """\
import sys
import yaml
with open(sys.argv[1], encoding="utf-8") as handle:
    yaml.load(handle.read(), Loader=yaml.CSafeLoader)
"""
WORDS = [
    "No, not at all",
    "Not yet, but it is planned",
    "Partly",
    "Mostly, and I have seen it happen",
    "Yes, fully, and I can vouch for it",
    "Don't know",
    "",
]


def cli() -> list[str]:
    script = Path(sys.executable).with_name("coprod-check")
    found = script if script.exists() else shutil.which("coprod-check")
    return [str(found)] if found else [sys.executable, "-m", "coprod_check"]


CPU: dict[str, list[float]] = {}
"""Each case's CPU seconds (user + system) a run: steadier than wall time on a busy machine."""


def run(argv: Sequence[str], ok: tuple[int, ...] = (0, 1), case: str = "") -> float:
    env = {**os.environ, "NO_COLOR": "1"}
    # As installed: pip compiles bytecode, so let the first runs cache it (as startup.py does).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode()}")
    if case:
        used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        CPU.setdefault(case, []).append(used)
    return elapsed


def build(folder: Path, respondents: int, xlsx: bool) -> tuple[Path, Path, Path | None]:
    """A starter plan, its survey's question titles, and an export of `respondents` rows."""
    plan = folder / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    subprocess.run(
        [*cli(), "survey", str(plan), "-f", "csv", "-o", str(folder)],
        check=True,
        capture_output=True,
    )
    with (folder / "plan.survey.csv").open(encoding="utf-8", newline="") as handle:
        questions = [row for row in csv.DictReader(handle) if row["id"] != "role"]
    header = ["Timestamp", "Email Address", *(q["title"] for q in questions)]
    rows = []
    for n in range(respondents):
        row = [f"2026/11/{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00 GMT", f"p{n}@example.org"]
        for j, q in enumerate(questions):
            if q["type"] == "text":
                row.append(f"Said at the meeting on day {n % 28}" if (n + j) % 9 == 0 else "")
            else:
                row.append(WORDS[(n * 7 + j) % len(WORDS)])
        rows.append(row)
    export = folder / "responses.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    book_path = None
    if xlsx:
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.append(["ID", "Start time", "Email", "Name", *header[2:]])
        for n, row in enumerate(rows, 1):
            sheet.append([n, row[0], row[1], f"Person {n}", *row[2:]])
        book_path = folder / "responses.xlsx"
        book.save(book_path)
    return plan, export, book_path


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--respondents", type=int, default=500)
    parser.add_argument("--xlsx", action="store_true", help="also time an .xlsx export")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start_plan, export, book = build(folder, args.respondents, args.xlsx)
        pristine = start_plan.read_text(encoding="utf-8")
        # the plan with every response in it: what `check` reads and the floor loads
        run([*cli(), "import", str(start_plan), str(export)], ok=(0,))
        full = folder / "full.yaml"
        shutil.copy(start_plan, full)
        size = full.stat().st_size
        times: dict[str, list[float]] = {"import": [], "check": [], "floor": [], "again": []}
        if book:
            times["import xlsx"] = []
        work = folder / "work.yaml"
        for _ in range(args.runs):
            work.write_text(pristine, encoding="utf-8")
            times["import"].append(
                run([*cli(), "import", str(work), str(export)], ok=(0,), case="import")
            )
            times["check"].append(run([*cli(), "check", str(work)], case="check"))
            times["floor"].append(
                run([sys.executable, "-c", FLOOR, str(full)], ok=(0,), case="floor")
            )
            times["again"].append(run([*cli(), "import", str(work), str(export)], ok=(0,)))
            if book:
                work.write_text(pristine, encoding="utf-8")
                times["import xlsx"].append(run([*cli(), "import", str(work), str(book)], ok=(0,)))
        med = {k: median(v) for k, v in times.items()}
        ratio = (med["import"] + med["check"]) / med["floor"]
        print(
            f"plan with {args.respondents} community respondents + 1 staff, 36 principles: "
            f"{size / 1024:.0f} KiB"
        )
        for key, value in med.items():
            print(f"  {key:12s} median {value * 1000:7.0f} ms over {args.runs} runs")
        print(f"  import + check = {ratio:.2f}x the C-loader floor (target <= {TARGET}x)")
        rounds = [
            (i + c) / f
            for i, c, f in zip(times["import"], times["check"], times["floor"], strict=True)
        ]
        cpu = [
            (i + c) / f for i, c, f in zip(CPU["import"], CPU["check"], CPU["floor"], strict=True)
        ]
        print(
            f"  the same, round by round: median {median(rounds):.2f}x "
            f"(min {min(rounds):.2f}x, max {max(rounds):.2f}x); "
            f"in CPU time: median {median(cpu):.2f}x"
        )
        print(f"  re-import (adds nothing) = {med['again'] / med['floor']:.2f}x the floor")
        return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
