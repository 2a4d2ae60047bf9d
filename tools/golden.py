"""Byte-compare what the CLI writes on every example before and after a change.

    python tools/golden.py OUT            # run every command on the examples into OUT/
    python tools/golden.py --against REV  # run this tree and REV (e.g. main) and compare

Each run is one file in OUT/ (stdout, stderr and exit code) plus any files it wrote; the
comparison lists every file that differs or exists on one side only, and exits 1 if any does.
Plans: examples/ and tests/calibration/. Commands: check (every format, --verbose), report
(Markdown and HTML, each plan, combined, per-plan into a folder, --community-names), diff
(every format, neighbouring plans), survey (every format and role), import (a generated
export into a copy of each example), principles list/show, schema, init. `assess` needs a
terminal: tests/test_assess_pty.py and tests/test_questionnaire.py drive it.
"""

from __future__ import annotations

import csv
import filecmp
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLAN_DIRS = ("examples", "tests/calibration")


def plans(tree: Path) -> list[Path]:
    return [p for d in PLAN_DIRS for p in sorted((tree / d).glob("*.yaml"))]


def run_all(tree: Path, out: Path) -> None:
    """Every command into `out`, in one process importing the package from `tree`."""
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(tree), "SOURCE_DATE_EPOCH": "1790000000"}
    env.pop("NO_COLOR", None)
    env.pop("GITHUB_STEP_SUMMARY", None)
    me = str(Path(__file__).resolve())
    subprocess.run(
        [sys.executable, me, "--child", str(tree), str(out)], env=env, check=True, cwd=tree
    )


def _child(tree_text: str, out_text: str) -> None:
    from typer.testing import CliRunner

    import coprod_check
    from coprod_check.cli.app import app

    tree, out = Path(tree_text), Path(out_text)
    assert Path(coprod_check.__file__).resolve().is_relative_to(tree.resolve()), "wrong tree"
    runner = CliRunner()
    counter = [0]

    def run(name: str, *args: str) -> None:
        counter[0] += 1
        result = runner.invoke(app, list(args), catch_exceptions=False)
        stderr = result.stderr if result.stderr_bytes is not None else ""
        text = f"$ {' '.join(args)}\nexit {result.exit_code}\n--- stdout\n{result.stdout}"
        (out / f"{name}.txt").write_text(text + f"--- stderr\n{stderr}", encoding="utf-8")

    all_plans = plans(tree)
    rel = [str(p.relative_to(tree)) for p in all_plans]
    for path in rel:
        key = path.replace("/", "_")
        for fmt in ("text", "json", "markdown", "md", "github"):
            run(f"check-{fmt}-{key}", "check", path, "-f", fmt)
        run(f"check-verbose-{key}", "check", path, "-v", "--fail-on", "moderate")
        for fmt in ("markdown", "html"):
            run(f"report-{fmt}-{key}", "report", path, "-f", fmt)
        run(f"report-names-{key}", "report", path, "--community-names")
    for folder in PLAN_DIRS:
        key = folder.replace("/", "_")
        for fmt in ("text", "json", "markdown", "github"):
            run(f"check-all-{fmt}-{key}", "check", folder, "-f", fmt)
        for fmt in ("markdown", "html"):
            run(f"report-combined-{fmt}-{key}", "report", folder, "--combined", "-f", fmt)
            target = out / f"reports-{fmt}-{key}"
            run(f"report-dir-{fmt}-{key}", "report", folder, "-f", fmt, "-o", f"{target}/")
    for old, new in itertools.pairwise(rel):
        key = f"{Path(old).stem}--{Path(new).stem}"
        for fmt in ("text", "json", "markdown"):
            run(f"diff-{fmt}-{key}", "diff", old, new, "-f", fmt)
    work = out / "work"
    work.mkdir(exist_ok=True)
    for path in rel[:10]:
        stem = Path(path).stem
        for role in ("community", "staff"):
            target = work / f"survey-{role}-{stem}"
            run(f"survey-{role}-{stem}", "survey", path, "-o", str(target), "--role", role)
        run(f"survey-nocomments-{stem}", "survey", path, "-o", str(work / f"survey-nc-{stem}"),
            "-f", "markdown", "--no-comments")  # fmt: skip
        copy = work / f"import-{stem}.yaml"
        shutil.copy(tree / path, copy)
        with (work / f"survey-community-{stem}" / f"{stem}.survey.csv").open(
            encoding="utf-8", newline=""
        ) as handle:
            ids = [row["id"] for row in csv.DictReader(handle) if row["id"] != "role"]
        export = work / f"export-{stem}.csv"
        values = ["1", "2", "3", "4", "0", "Don't know", ""]
        with export.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Timestamp", *ids])
            for n in range(5):
                writer.writerow(
                    [f"2026-11-0{n + 1}"]
                    + [
                        f"note {n}" if q.endswith("comment") else values[(n + j) % len(values)]
                        for j, q in enumerate(ids)
                    ]
                )
        run(f"import-dry-{stem}", "import", str(copy), str(export), "--dry-run")
        run(f"import-{stem}", "import", str(copy), str(export))
        run(f"import-again-{stem}", "import", str(copy), str(export))
        run(f"check-imported-{stem}", "check", str(copy), "-f", "json")
    run("principles-list", "principles", "list")
    run("principles-list-json", "principles", "list", "-f", "json")
    run("principles-show", "principles", "show", "fol")
    run("principles-show-one", "principles", "show", "fol.sharing-power")
    run("schema", "schema")
    run("init", "init", str(work / "starter.yaml"))
    run("version", "--version")
    print(f"{counter[0]} runs into {out}")


def _normalise(root: Path, tree: Path) -> None:
    """The tree's and the output's own paths, which differ between the two runs, as
    placeholders."""
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            data = data.replace(str(root).encode(), b"<OUT>").replace(str(tree).encode(), b"<TREE>")
            path.write_bytes(data)


def compare(a: Path, b: Path) -> list[str]:
    differ: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        differ.extend(f"only before: {prefix}{n}" for n in cmp.left_only)
        differ.extend(f"only after: {prefix}{n}" for n in cmp.right_only)
        for name in cmp.common_files:
            if (Path(cmp.left) / name).read_bytes() != (Path(cmp.right) / name).read_bytes():
                differ.append(f"differs: {prefix}{name}")
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b), "")
    return differ


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"] and len(argv) == 3:
        sys.path.insert(0, argv[1])
        _child(argv[1], argv[2])
        return 0
    if argv[:1] == ["--against"] and len(argv) == 2:
        rev = argv[1]
        with tempfile.TemporaryDirectory(prefix="golden-") as tmp:
            base = Path(tmp) / "base"
            base.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", rev], check=True, capture_output=True
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
            before, after = Path(tmp) / "before", Path(tmp) / "after"
            run_all(base, before)
            _normalise(before, base)
            run_all(REPO, after)
            _normalise(after, REPO)
            differ = compare(before, after)
            for line in differ:
                print(line)
            if differ:
                keep = Path(tempfile.mkdtemp(prefix="golden-kept-"))
                shutil.copytree(before, keep / "before")
                shutil.copytree(after, keep / "after")
                print(f"{len(differ)} differences; both sides kept in {keep}")
                return 1
            print(f"identical: every output of {rev} and this tree")
            return 0
    if len(argv) == 1:
        run_all(REPO, Path(argv[0]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
