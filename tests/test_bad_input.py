"""Bad input: a clear message naming file, place and fix; exit 2; never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from coprod_check.cli.app import app
from tests.conftest import EXAMPLES
from tests.plans import person, plan, same

runner = CliRunner()
GOOD = (EXAMPLES / "honest-consultation.yaml").read_text(encoding="utf-8")


def check(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, ["check", *map(str, args)])
    output = result.output  # stdout and stderr, interleaved
    assert "Traceback" not in output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    return result.exit_code, output


def write(tmp_path: Path, text: str | bytes, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def dump(data: object) -> str:
    return yaml.safe_dump(data, sort_keys=False)


def valid() -> dict:
    return plan("consult", [person("Lead", "staff", same(1))])


def test_missing_file(tmp_path: Path) -> None:
    code, out = check(tmp_path / "nope.yaml")
    assert code == 2
    assert "nope.yaml" in out and "no such file" in out


def test_directory_with_no_plans(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    code, out = check(tmp_path)
    assert code == 2
    assert "no plan files" in out


def test_empty_file(tmp_path: Path) -> None:
    code, out = check(write(tmp_path, ""))
    assert code == 2
    assert "empty" in out and "coprod-check init" in out


def test_list_instead_of_mapping(tmp_path: Path) -> None:
    code, out = check(write(tmp_path, "- project\n- claim\n"))
    assert code == 2
    assert "must be a plan (a mapping)" in out and "not a list" in out


def test_yaml_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    code, out = check(write(tmp_path, "coprod-check: 1\nproject: [unclosed\nclaim: x\n"))
    assert code == 2
    assert "plan.yaml:3:" in out and "YAML syntax" in out


def test_non_utf8_bytes(tmp_path: Path) -> None:
    code, out = check(write(tmp_path, b"project:\n  name: Caf\xe9\n"))
    assert code == 2
    assert "plan.yaml:2:" in out and "not valid UTF-8" in out


def test_python_tag_is_refused(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f"project: !!python/object/apply:os.system ['touch {marker}']\n"
    code, out = check(write(tmp_path, text))
    assert code == 2
    assert "!!python/object/apply:os.system" in out and "not allowed" in out
    assert not marker.exists()


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    code, out = check(write(tmp_path, "\n".join(lines) + "\n"))
    assert code == 2
    assert "aliases" in out


def test_misspelt_top_level_key_suggests_the_right_one(tmp_path: Path) -> None:
    data = valid()
    data["respondants"] = data.pop("respondents")
    code, out = check(write(tmp_path, dump(data)))
    assert code == 2
    assert "`respondants`: unknown key" in out and "did you mean `respondents`?" in out
    assert "plan.yaml:" in out


def test_unknown_principle_id_suggests_nearest(tmp_path: Path) -> None:
    data = plan("consult", [person("Lead", "staff", {"fol.sharing-powr": 2})])
    code, out = check(write(tmp_path, dump(data)))
    assert code == 2
    assert "unknown principle id `fol.sharing-powr`" in out
    assert "did you mean `fol.sharing-power`" in out


def test_score_out_of_range(tmp_path: Path) -> None:
    data = plan("consult", [person("Lead", "staff", {"fol.sharing-power": 7})])
    path = write(tmp_path, dump(data))
    code, out = check(path)
    assert code == 2
    assert "score `7` is not valid" in out and "0 to 4" in out
    line = next(i for i, t in enumerate(path.read_text().splitlines(), 1) if "sharing-power" in t)
    assert f"plan.yaml:{line}:" in out


def test_unknown_role(tmp_path: Path) -> None:
    code, out = check(write(tmp_path, dump(plan("consult", [person("Lead", "stafff", {})]))))
    assert code == 2
    assert "`stafff` is not valid" in out and "did you mean `staff`?" in out


def test_unknown_claim_level(tmp_path: Path) -> None:
    code, out = check(write(tmp_path, dump(plan("coproduction", []))))
    assert code == 2
    assert "`coproduction` is not valid" in out and "did you mean `co-production`?" in out


def test_unsupported_format_version(tmp_path: Path) -> None:
    data = valid()
    data["coprod-check"] = 3
    code, out = check(write(tmp_path, dump(data)))
    assert code == 2
    assert "unsupported plan format version `3`" in out
    assert "reads versions 1 and 2" in out


def test_part_scope_without_parts(tmp_path: Path) -> None:
    code, out = check(write(tmp_path, dump(plan("co-design", [], scope="part"))))
    assert code == 2
    assert "`claim.parts`: is required when `scope: part`" in out


def test_answer_for_a_set_not_in_sets(tmp_path: Path) -> None:
    data = plan("consult", [person("Lead", "staff", {"trueman.blank-canvas": 2})])
    code, out = check(write(tmp_path, dump(data)))
    assert code == 2
    assert "add `trueman` to `sets`" in out


def test_duplicate_key(tmp_path: Path) -> None:
    code, out = check(write(tmp_path, GOOD + "project:\n  name: again\n"))
    assert code == 2
    assert "duplicate key `project`" in out


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    data = plan("coproduction", [person("Lead", "stafff", {"fol.sharing-power": 9})])
    code, out = check(write(tmp_path, dump(data)))
    assert code == 2
    assert out.count("error:") == 3


def test_one_bad_file_stops_the_run_before_any_scoring(tmp_path: Path) -> None:
    good = write(tmp_path, GOOD, "good.yaml")
    bad = write(tmp_path, "project: [\n", "bad.yaml")
    code, out = check(good, bad)
    assert code == 2
    assert "bad.yaml" in out and "risk" not in out.lower().replace("error", "")


def test_unquoted_yes_and_no_are_accepted(tmp_path: Path) -> None:
    text = GOOD.replace("participants_rewarded: 'no'", "participants_rewarded: no")
    assert "participants_rewarded: no\n" in text
    code, _ = check(write(tmp_path, text))
    assert code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["check", "missing.yaml"],
        ["check", "bad.yaml"],
        ["check", "--format", "nope", "good.yaml"],
        ["principles", "show", "no-such-id"],
        ["init", "good.yaml"],
    ],
)
def test_real_process_shows_no_traceback(tmp_path: Path, args: list[str]) -> None:
    write(tmp_path, "coprod-check: 1\nproject: [unclosed\n", "bad.yaml")
    write(tmp_path, GOOD, "good.yaml")
    proc = subprocess.run(
        [sys.executable, "-m", "coprod_check", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stderr.strip()
