"""Issue 12, item 4: no terminal control, workflow command, @mention or bare link from data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from coprod_check.outputs import sanitize
from tests.conftest import EXAMPLES
from tests.hostile.support import run

# Every way plan text has been seen to drive a terminal or a CI log.
NASTY = (
    "A\x1b[2J\x1b[H"  # clear screen, cursor home
    "\x1b]52;c;cHduZWQ=\x07"  # OSC 52: write the clipboard
    "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\"  # OSC 8 hyperlink
    "\rB\x08\x9b31m"  # CR, backspace, one-byte CSI
    "\u202eevil\u202c\u2066x\u2069"  # bidi override and isolate
    "\n::add-mask::secret\n  ::error file=x::forged\n##[error]forged v1"
)
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def hostile_plan(folder: Path) -> Path:
    data = yaml.safe_load((EXAMPLES / "textbook-co-washing.yaml").read_text(encoding="utf-8"))
    data["project"]["name"] = NASTY
    data["project"]["organisation"] = "@octocat https://evil.example www.evil.example " + NASTY
    data["claim"]["wording"] = NASTY
    answers = data["respondents"][0]["answers"]
    first = next(iter(answers))
    answers[first] = {"score": 3, "evidence": NASTY, "note": "@octocat " + NASTY}
    path = folder / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def assert_clean(text: str, *, annotations: bool = False) -> None:
    assert not FORBIDDEN.search(text), repr(FORBIDDEN.search(text))
    for line in text.splitlines():
        if annotations and re.match(r"::(error|warning) file=", line):
            continue
        assert not line.lstrip().startswith("::"), line
        assert "##[" not in line, line


@pytest.mark.parametrize(
    "args",
    [
        ["check", "plan.yaml"],
        ["check", "-v", "plan.yaml"],
        ["check", "--format", "json", "plan.yaml"],
        ["check", "--format", "markdown", "plan.yaml"],
        ["report", "plan.yaml"],
        ["diff", "plan.yaml", "plan.yaml"],
        ["diff", "--format", "json", "plan.yaml", "plan.yaml"],
        ["diff", "--format", "markdown", "plan.yaml", "plan.yaml"],
    ],
)
def test_plan_text_never_reaches_stdout_or_stderr_raw(tmp_path: Path, args: list[str]) -> None:
    hostile_plan(tmp_path)
    done = run(*args, cwd=tmp_path, env={"GITHUB_STEP_SUMMARY": ""})
    assert done.returncode in (0, 1), done.stderr
    assert_clean(done.stdout)
    assert_clean(done.stderr)
    if "json" in args:
        data = json.loads(done.stdout)  # still JSON, the text kept as \\u escapes
        assert "\u202e" in json.dumps(data, ensure_ascii=False)


def test_github_annotations_carry_no_forged_command(tmp_path: Path) -> None:
    hostile_plan(tmp_path)
    summary = tmp_path / "summary.md"
    done = run("check", "--format", "github", "plan.yaml", cwd=tmp_path,
               env={"GITHUB_STEP_SUMMARY": str(summary)})  # fmt: skip
    assert done.returncode == 1
    assert_clean(done.stdout, annotations=True)
    assert_clean(done.stderr)
    assert all(line.startswith(("::error ", "::warning ")) for line in done.stdout.splitlines())
    assert "@octocat" not in summary.read_text(encoding="utf-8")


def test_markdown_neutralises_mentions_and_bare_links(tmp_path: Path) -> None:
    hostile_plan(tmp_path)
    for args in (["check", "--format", "markdown", "plan.yaml"], ["report", "plan.yaml"]):
        out = run(*args, cwd=tmp_path).stdout
        assert "@octocat" not in out
        assert "@&#8203;octocat" in out or args[0] == "check"  # check shows no organisation
        assert "https://evil.example" not in out and "www.evil.example" not in out
        assert_clean(out)


def test_errors_on_stderr_echo_no_control_and_no_command(tmp_path: Path) -> None:
    """Bad keys and values are echoed in errors: one line each, harmless."""
    text = (
        'project: {name: x}\nclaim: {level: "consult\\e[2J\\n::add-mask::x"}\n'
        '"\\e]52;c;AAAA\\a\\n::error::forged": 1\n'
    )
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")
    done = run("check", "plan.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert_clean(done.stderr)
    assert all(line.startswith("error: ") for line in done.stderr.splitlines())


def test_custom_principle_text_is_clean_in_principles_list_and_show(tmp_path: Path) -> None:
    sets = tmp_path / "sets"
    sets.mkdir()
    base = yaml.safe_load((EXAMPLES.parent / "principles" / "fol.yaml").read_text("utf-8"))
    base["id"] = "mine"
    base["name"] = NASTY
    for p in base["principles"]:
        p["id"] = "mine." + p["id"].split(".", 1)[1]
        p["title"] = NASTY
    (sets / "mine.yaml").write_text(yaml.safe_dump(base, allow_unicode=True), "utf-8")
    for args in (["principles", "list"], ["principles", "show", "mine"],
                 ["principles", "list", "--format", "json"]):  # fmt: skip
        done = run(*args, "-p", "sets", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert_clean(done.stdout)


def test_the_sanitiser_itself() -> None:
    assert sanitize.terminal("a\x1b[2Jb\nc") == "a[2Jb\nc"
    assert sanitize.one_line("a\nb\tc\u2028d") == "a b c d"
    assert sanitize.terminal("x\n ::add-mask::y") == "x\n \\::add-mask::y"
    assert sanitize.terminal("ok ##[error]no") == "ok ##\\[error]no"
    assert (
        sanitize.markdown("mail me@example.org, or @bob") == "mail me@example.org, or @&#8203;bob"
    )
    assert json.loads(sanitize.json_text(json.dumps("\u202e##[x]", ensure_ascii=False))) == (
        "\u202e##[x]"
    )


def test_the_rich_console_keeps_its_own_styling_and_drops_the_datas() -> None:
    """Every rich view (check on a terminal, principles, assess screens) draws through it."""
    import io

    from rich.text import Text

    from coprod_check.outputs.console import SafeConsole

    out = io.StringIO()
    console = SafeConsole(file=out, force_terminal=True, color_system="truecolor", width=200)
    console.print(Text(NASTY, style="bold"))
    drawn = out.getvalue()
    assert "\x1b[1m" in drawn  # rich's own bold
    assert "\x1b]52" not in drawn and "\x1b[2J" not in drawn and "\x9b" not in drawn
    assert "\u202e" not in drawn and "\r" not in drawn and "\x08" not in drawn
    assert not any(line.lstrip().startswith("::") for line in drawn.splitlines())
