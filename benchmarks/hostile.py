"""Timing of the hostile-input defences (issue 12), kept out of the tests on purpose.

    python benchmarks/hostile.py [--respondents 200] [--saves 20]

What it measures, each as a median of several runs in this process:

- `assess` saving one answer on a plan with 200 respondents (target < 50 ms a save; opening
  the plan, which locates each respondent's text in the file, and the first save of a
  session are printed apart);
- placing 1,000 problems in a 17 KB plan at line:column (was 29 s when every problem
  re-parsed the file; target: linear, well under a second);
- `check --format github` against `--format text` on a big plan (was 3.7x: a re-parse per plan);
- refusing the billion-laughs and merge-key bombs, and the template bombs.

Exit status 0 when every target is met, 1 otherwise: a benchmark, not a test, because wall
clock on a shared machine is noisy.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def median_ms(action: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def big_plan(context: Any, respondents: int) -> dict[str, Any]:
    ids = [p.id for p in context.catalogue.principles_in(context.model.default_sets)]
    roles = ["staff", "community", "partner", "independent"]
    people = []
    for n in range(respondents):
        answers: dict[str, Any] = {pid: (n + i) % 5 for i, pid in enumerate(ids)}
        people.append({"name": f"Person {n}", "role": roles[n % 4], "answers": answers})
    return {
        "coprod-check": 1,
        "project": {"name": "A big project"},
        "claim": {"level": "co-production"},
        "respondents": people,
    }


def bench_assess_saves(folder: Path, respondents: int, saves: int) -> tuple[float, int]:
    import yaml

    from coprod_check.io.loading import load_context
    from coprod_check.io.plandoc import PlanDocument

    context = load_context()
    path = folder / "big.yaml"
    path.write_text(yaml.safe_dump(big_plan(context, respondents), sort_keys=False), "utf-8")
    size = path.stat().st_size
    start = time.perf_counter()
    with PlanDocument(path, context.catalogue, context.model) as doc:
        opened = (time.perf_counter() - start) * 1000
        located = "located" if doc._spans is not None else "not located: a full dump first"
        print(f"assess: opening the plan ({located}): {opened:.0f} ms")
        answers = doc.raw["respondents"][-1]["answers"]
        keys = list(answers)
        counter = iter(range(10**9))

        def one_save() -> None:
            n = next(counter)
            answers[keys[n % len(keys)]] = n % 5
            doc.save()

        start = time.perf_counter()
        one_save()  # spliced too when the respondents were located in the file's text on open
        first = (time.perf_counter() - start) * 1000
        print(f"assess: the first save of a session: {first:.0f} ms")
        return median_ms(one_save, saves), size


def bench_placing(folder: Path) -> float:
    from coprod_check.core.errors import CoprodError
    from coprod_check.io.loading import load_context, read_plan

    context = load_context()
    bad = "".join(f"      fol.nope-{n}: 3\n" for n in range(1000))
    text = "project: {name: x}\nclaim: {level: consult}\nrespondents:\n"
    text += "  - name: a\n    role: staff\n    answers:\n" + bad
    path = folder / "many.yaml"
    path.write_text(text, "utf-8")

    def read() -> None:
        try:
            read_plan(path, context)
        except CoprodError as exc:
            assert len(exc.problems) == 1000

    return median_ms(read, 5)


def bench_github(folder: Path) -> tuple[float, float]:
    from typer.testing import CliRunner

    from coprod_check.cli.app import app

    runner = CliRunner()
    path = folder / "big.yaml"

    def run(fmt: str) -> Callable[[], None]:
        return lambda: runner.invoke(app, ["check", "--format", fmt, str(path)])

    return median_ms(run("text"), 5), median_ms(run("github"), 5)


def bench_bombs(folder: Path) -> dict[str, float]:
    from coprod_check.core.errors import CoprodError
    from coprod_check.io.yamlio import parse_yaml

    lines = ["base0: &L0 {k0_0: v0}"]
    for level in range(1, 23):
        lines.append(f"L{level}: &L{level} {{<<: [*L{level - 1}, *L{level - 1}]}}")
    laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        laughs.append(f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")

    def refused(text: str) -> Callable[[], None]:
        def go() -> None:
            try:
                parse_yaml(text)
            except CoprodError:
                return
            raise AssertionError("not refused")

        return go

    return {
        "merge-key bomb": median_ms(refused("\n".join(lines)), 5),
        "billion laughs": median_ms(refused("\n".join(laughs)), 5),
    }


def bench_template_bomb(folder: Path) -> float:
    import subprocess

    template = folder / "bomb.md.j2"
    template.write_text("{{ lipsum(2000000) }}{{ ((9**1000)**1000)**1000 }}", "utf-8")
    plan = REPO / "examples" / "honest-consultation.yaml"
    argv = [sys.executable, "-m", "coprod_check", "report", str(plan), "-t", str(template)]

    def go() -> None:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, done.stderr

    return median_ms(go, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=200)
    parser.add_argument("--saves", type=int, default=20)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        save_ms, size = bench_assess_saves(folder, args.respondents, args.saves)
        met = save_ms < 50
        ok &= met
        print(
            f"assess: one saved answer, {args.respondents} respondents ({size // 1024} KB): "
            f"{save_ms:.0f} ms (target < 50 ms) {'ok' if met else 'MISSED'}"
        )
        place_ms = bench_placing(folder)
        met = place_ms < 1000
        ok &= met
        print(
            f"1,000 problems placed at line:column: {place_ms:.0f} ms {'ok' if met else 'MISSED'}"
        )
        text_ms, github_ms = bench_github(folder)
        ratio = github_ms / text_ms
        met = ratio < 1.3
        ok &= met
        print(
            f"check --format github / text on the big plan: {github_ms:.0f} / {text_ms:.0f} ms "
            f"= {ratio:.2f}x (target < 1.3x) {'ok' if met else 'MISSED'}"
        )
        for name, ms in bench_bombs(folder).items():
            print(f"{name} refused in {ms:.1f} ms")
        bomb_ms = bench_template_bomb(folder)
        print(f"template bombs (lipsum, tower of powers) refused in {bomb_ms:.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
