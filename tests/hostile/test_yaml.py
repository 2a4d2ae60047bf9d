"""Issue 12, item 3: YAML that cannot crash or stall the checker; item 8: values as written."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from coprod_check.cli.app import app
from coprod_check.core.errors import CoprodError
from coprod_check.io import loading, yamlio
from coprod_check.io.loading import Context, read_plan
from tests.conftest import EXAMPLES
from tests.hostile.support import refused, run

runner = CliRunner()
HEAD = "project: {name: x}\nclaim: {level: consult}\n"


def merge_bomb(levels: int = 22) -> str:
    """The merge-key bomb of yaml/pyyaml#897: 560 bytes that PyYAML 6.0.3 and older expand
    to millions of keys."""
    lines = ["base0: &L0 {k0_0: v0}"]
    for level in range(1, levels + 1):
        lines.append(f"L{level}: &L{level} {{<<: [*L{level - 1}, *L{level - 1}]}}")
    lines.append(f"target: {{<<: [*L{levels}, *L{levels}]}}")
    return "\n".join(lines) + "\n"


CASES = {
    # name: (text, what stderr says, line:column)
    "complex key": ("[a]: 1\n" + HEAD, "a key must be plain text", ":1:1:"),
    "nested complex key": (HEAD + "screening: {? {a: 1} : x}\n", "a key must be plain", ":3:"),
    "impossible date": (
        HEAD + "assessed: 2024-02-30\n",
        "`2024-02-30` is not a real date",
        ":3:11:",
    ),
    "impossible date in text": (
        "project: {name: 2023-13-01}\nclaim: {level: consult}\n",
        "not a real date",
        ":1:17:",
    ),
    "unclosed flow sequence": ("coprod-check: 1\nproject: [unclosed\n", "YAML syntax", ":3:1:"),
    "5,000-digit integer": (HEAD + "coprod-check: " + "9" * 5000 + "\n", "longer than 100", ":3:"),
    "5,000-digit score": (
        HEAD
        + "respondents: [{name: a, role: staff, answers: {fol.sharing-power: "
        + "1" * 5000
        + "}}]\n",
        "number longer than 100 digits",
        ":3:",
    ),
    "deep nesting": (HEAD + "sets: " + "[" * 500 + "]" * 500 + "\n", "nested more than", ":3:"),
    "deep block nesting": (
        HEAD + "screening:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 120)),
        "nested more than",
        ":",
    ),
    "merge-key bomb": (merge_bomb(), "aliases (*name) are not allowed", ":2:14:"),
    "billion laughs": (
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
        "aliases",
        ":2:4:",
    ),
    "recursive alias": ("a: &a [*a]\n", "aliases", ":1:"),
    "python tag": (HEAD + "x: !!python/object/apply:os.system ['true']\n", "not allowed", ":3:"),
    "set of lists": (HEAD + "sets: !!set {? [a] }\n", "a key must be plain text", ":3:"),
    "binary": (HEAD + "sets: !!binary aGVsbG8=\n", "`sets`", ":3:"),
    "NUL byte": (HEAD + "x: \x00\n", "U+0000 is not allowed", ":3:4:"),
    "escape character": (HEAD + "x: \x1b[2J\n", "U+001B is not allowed", ":3:4:"),
    "lone surrogate escape": (HEAD + 'x: "\\ud800"\n', "", ""),
    "tab indentation": ("project:\n\tname: x\n", "YAML syntax", ":2:"),
    "two documents": (HEAD + "---\n" + HEAD, "YAML syntax", ":3:"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_yaml_is_refused_with_line_and_column(tmp_path: Path, name: str) -> None:
    text, says, where = CASES[name]
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    done = run("check", "plan.yaml", cwd=tmp_path)
    refused(done, f"plan.yaml{where}", says)


def test_the_before_stop_probes_exit_2(tmp_path: Path) -> None:
    """The project's own probes: missing, unclosed, complex key, impossible date."""
    (tmp_path / "bad.yaml").write_text("coprod-check: 1\nproject: [unclosed\n", encoding="utf-8")
    (tmp_path / "key.yaml").write_text("[a]: 1\n" + HEAD, encoding="utf-8")
    (tmp_path / "date.yaml").write_text(HEAD + "assessed: 2024-02-30\n", encoding="utf-8")
    for args in (
        ["check", "missing.yaml"],
        ["check", "bad.yaml"],
        ["report", "bad.yaml"],
        ["check", "key.yaml"],
        ["check", "date.yaml"],
        ["diff", "date.yaml", "key.yaml"],
    ):
        refused(run(*args, cwd=tmp_path))


def test_pyyaml_minimum_is_not_vulnerable_to_the_merge_key_bomb() -> None:
    """6.0.4 dedupes merge sources (yaml/pyyaml#937); 6.0.3 and older expand exponentially."""
    import tomllib

    from tests.conftest import REPO

    deps = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "pyyaml>=6.0.4" in deps["dependencies"]


def test_problems_are_placed_from_one_parse(
    tmp_path: Path, context: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1,000 bad ids: each placed at its line, and the text parsed once (not once a problem)."""
    bad = "".join(f"      fol.nope-{n}: 3\n" for n in range(1000))
    text = HEAD + "respondents:\n  - name: a\n    role: staff\n    answers:\n" + bad
    path = tmp_path / "many.yaml"
    path.write_text(text, encoding="utf-8")
    calls = []
    real = yamlio.parse_positioned

    def counting(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(yamlio, "parse_positioned", counting)
    monkeypatch.setattr(loading, "parse_positioned", counting)
    with pytest.raises(CoprodError) as caught:
        read_plan(path, context)
    problems = caught.value.problems
    assert len(problems) == 1000
    assert [p.line for p in problems] == list(range(7, 1007))
    assert all(p.column == 7 for p in problems)
    assert len(calls) == 1


def test_github_format_places_annotations_without_parsing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.yaml"
    risky = (EXAMPLES / "textbook-co-washing.yaml").read_text(encoding="utf-8")
    path.write_text("# a comment\n\n" + risky, encoding="utf-8")
    calls = []
    real = yamlio.parse_positioned

    def counting(text: str, file: str = "") -> object:
        calls.extend([file] if file == str(path) else [])
        return real(text, file)

    monkeypatch.setattr(loading, "parse_positioned", counting)
    monkeypatch.setattr(yamlio, "parse_positioned", counting)
    monkeypatch.setattr(yaml, "compose", None)  # the old per-plan re-parse
    result = runner.invoke(app, ["check", "--format", "github", str(path)])
    assert result.exit_code in (0, 1), result.output
    lines = path.read_text(encoding="utf-8").splitlines()
    level_line = 1 + next(n for n, ln in enumerate(lines) if ln.strip().startswith("level:"))
    assert result.output.count("::error ") + result.output.count("::warning ") > 1
    for annotation in result.output.splitlines():
        if annotation.startswith("::"):
            assert f",line={level_line}," in annotation
    assert len(calls) == 1


# --- item 8: values as written --------------------------------------------------------------


def _plan_with(tmp_path: Path, context: Context, line: str, answer: str = "2") -> object:
    text = (
        f"project:\n  name: {line}\nclaim: {{level: consult}}\nsets: [fol]\n"
        f"respondents:\n  - name: a\n    role: staff\n    answers:\n"
        f"      fol.sharing-power: {answer}\n"
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return read_plan(path, context)[1]


@pytest.mark.parametrize(
    "written", ["1:20", "0x10", "yes", "2026-01-01", "1_000", "+3", "010", "1.50", "~x"]
)
def test_text_keeps_its_source_text(tmp_path: Path, context: Context, written: str) -> None:
    """`name: 1:20` is the text 1:20, not YAML 1.1's 80 (nor 16, True, a date, 1000...)."""
    plan = _plan_with(tmp_path, context, written)
    assert plan.project.name == written  # type: ignore[attr-defined]


@pytest.mark.parametrize("written", ["0", "3", "4", "3.0", "unknown", "~", ""])
def test_scores_written_as_digits_are_accepted(
    tmp_path: Path, context: Context, written: str
) -> None:
    _plan_with(tmp_path, context, "x", written)


@pytest.mark.parametrize(
    "written",
    ["yes", "true", "0x3", "+3", "0o3", "3e0", "1:20", "5", "-1", "0b11", "2.5", "+3.0"],
)
def test_scores_not_written_as_a_digit_0_to_4_are_refused(
    tmp_path: Path, context: Context, written: str
) -> None:
    with pytest.raises(CoprodError) as caught:
        _plan_with(tmp_path, context, "x", written)
    (problem,) = caught.value.problems
    assert problem.message == f"score `{written}` is not valid"
    assert problem.line == 9 and problem.column == 7
