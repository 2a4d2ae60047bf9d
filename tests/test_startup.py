"""Start-up: what `import coprod_check.cli.app` and `check` pull in, the light parameter coercion
that keeps pydantic out, and the cache of parsed bundled data (never stale)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coprod_check import __version__
from coprod_check.cli.app import app
from coprod_check.io import yamlio
from coprod_check.io.loading import load_context
from coprod_check.io.resources import model_file, principles_dir
from tests.conftest import EXAMPLES, REPO

runner = CliRunner()
HEAVY = ("rich", "jinja2", "pydantic")
PLAN = EXAMPLES / "honest-consultation.yaml"

PROBE = """\
import json, sys
sys.argv = ["coprod-check", *sys.argv[1:]]
if len(sys.argv) == 1:
    import coprod_check.cli.app
else:
    from coprod_check.cli.app import app
    try:
        app()
    except SystemExit as exc:
        code = exc.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(%r)))
sys.stderr.write("HEAVY=" + json.dumps(heavy) + "\\n")
"""


def _heavy_modules(*args: str) -> tuple[list[str], str]:
    """Which heavy packages a fresh interpreter holds after importing the CLI or running it."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE % json.dumps(HEAVY), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    )
    line = [x for x in done.stderr.splitlines() if x.startswith("HEAVY=")]
    assert line, done.stderr
    return json.loads(line[0][len("HEAVY=") :]), done.stdout + done.stderr


def test_importing_the_cli_loads_no_rich_jinja2_or_pydantic() -> None:
    heavy, _ = _heavy_modules()
    assert heavy == []


@pytest.mark.parametrize("fmt", ["json", "text", "github", "markdown"])
def test_check_loads_no_rich_jinja2_or_pydantic(fmt: str) -> None:
    heavy, out = _heavy_modules("check", "--format", fmt, str(EXAMPLES / "perception-gap.yaml"))
    assert heavy == []
    assert "perception-gap.yaml" in out


def test_version_loads_no_core_module() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE % json.dumps(["coprod_check.core.assessment"]), "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.stdout.startswith("coprod-check ")
    assert "HEAVY=[]" in done.stderr


def test_the_entry_point_answers_version_without_importing_typer() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "coprod_check", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode == 0
    assert done.stdout == f"coprod-check {__version__}\n"
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "typer" not in imported and "yaml" not in imported


# --- parameters coerced without pydantic behave as typer's ------------------------------


def test_a_bad_choice_names_the_valid_ones() -> None:
    result = runner.invoke(app, ["check", str(PLAN), "--fail-on", "hgih"])
    assert result.exit_code == 2
    message = " ".join(result.output.replace("│", " ").split())
    assert "Invalid value for '--fail-on': 'hgih' is not one of 'moderate', 'high', 'severe'." in (
        message
    )


def test_choices_paths_lists_and_flags_arrive_typed(tmp_path: Path) -> None:
    second = tmp_path / "second.yaml"
    second.write_text(PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(PLAN), str(second), "-f", "json", "--fail-on", "moderate", "-v"]
    )
    assert result.exit_code == 0, result.output
    files = [r["file"] for r in json.loads(result.output)["results"]]
    assert sorted(files) == sorted([str(PLAN), str(second)])


def test_a_missing_argument_is_a_usage_error() -> None:
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert "Missing argument" in result.output


def test_text_and_path_options(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    result = runner.invoke(app, ["init", str(target), "--sets", "fol,newham"])
    assert result.exit_code == 0, result.output
    assert "sets: [fol, newham]" in target.read_text(encoding="utf-8")
    out = tmp_path / "schema.json"
    assert runner.invoke(app, ["schema", "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "coprod-check plan file"


def test_principles_option_takes_several_folders(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["check", str(PLAN), "-p", str(tmp_path / "a"), "-p", str(tmp_path / "b")]
    )
    assert result.exit_code == 2
    assert f"{tmp_path / 'a'}: principles folder not found" in result.output
    assert f"{tmp_path / 'b'}: principles folder not found" in result.output


# --- the cache of parsed bundled YAML ------------------------------------------------------


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(yamlio.CACHE_ENV, str(folder))
    return folder


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str, file: str = "") -> None:
        raise AssertionError(f"parsed {file} instead of using the cache")

    monkeypatch.setattr(yamlio, "parse_yaml", refuse)


def test_bundled_files_are_parsed_once_then_read_from_the_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = load_context()
    entries = sorted(p.name.split(".")[0] for p in cache.glob("*.marshal"))
    bundled = sorted(p.stem for p in principles_dir().glob("*.yaml"))
    assert entries == sorted([*bundled, model_file().stem])
    _no_parsing(monkeypatch)
    assert load_context() == fresh


def test_an_edited_file_is_never_served_stale(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "fol.yaml"
    text = (principles_dir() / "fol.yaml").read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    _, first = yamlio.load_yaml_file(source, cached=True)
    # same size, same modification time: only the content tells them apart
    stamp = source.stat()
    source.write_text(text.replace("name: ", "name: X", 1)[:-1], encoding="utf-8")
    os.utime(source, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert source.stat().st_size == stamp.st_size
    _, second = yamlio.load_yaml_file(source, cached=True)
    assert second["name"] == "X" + first["name"]
    assert len(list(cache.glob("fol.*.marshal"))) == 1, "the old entry is replaced"


def _damage(entry: Path, how: str) -> None:
    import marshal

    raw = entry.read_bytes()
    if how == "flipped byte":  # checksum no longer matches: never unmarshalled
        entry.write_bytes(raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:])
    elif how == "cut short":
        entry.write_bytes(raw[: len(raw) // 2])
    elif how == "empty":
        entry.write_bytes(b"")
    else:  # sound, but made for other text
        blob = marshal.dumps(("another key", {"not": "the model"}))
        entry.write_bytes(yamlio._digest(blob) + blob)


@pytest.mark.parametrize("how", ["flipped byte", "cut short", "empty", "another key"])
def test_a_damaged_cache_entry_is_ignored(
    cache: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, data = yamlio.load_yaml_file(model_file(), cached=True)
    (entry,) = cache.glob("model.*.marshal")
    _damage(entry, how)
    parsed = []
    real = yamlio.parse_yaml
    monkeypatch.setattr(yamlio, "parse_yaml", lambda *a: parsed.append(1) or real(*a))
    assert yamlio.load_yaml_file(model_file(), cached=True)[1] == data
    assert parsed == [1], "parsed afresh"
    assert yamlio.load_yaml_file(model_file(), cached=True)[1] == data
    assert parsed == [1], "and the entry repaired"


def test_no_cache_when_turned_off_or_unwritable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(yamlio.CACHE_ENV, "off")
    assert yamlio.cache_dir() is None
    expected = load_context()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(yamlio.CACHE_ENV, str(blocker / "cache"))
    assert load_context() == expected
    assert blocker.read_text() == "not a folder"


def test_default_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(yamlio.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert yamlio.cache_dir() == tmp_path / "coprod-check"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))
    assert yamlio.cache_dir() == tmp_path / "home" / ".cache" / "coprod-check"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    assert yamlio.cache_dir() is None


def test_no_home_directory_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home(cls: type[Path]) -> Path:
        raise RuntimeError("Could not determine home directory.")

    for name in (yamlio.CACHE_ENV, "XDG_CACHE_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(Path, "home", classmethod(no_home))
    assert yamlio.cache_dir() is None
    assert load_context().model.default_sets


def test_plans_are_never_cached(cache: Path) -> None:
    result = runner.invoke(app, ["check", str(PLAN)])
    assert result.exit_code == 0, result.output
    names = {p.name.split(".")[0] for p in cache.glob("*.marshal")}
    assert names and PLAN.stem not in names


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_the_console_versions_fast_path_says_what_typer_says(flag: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "coprod_check", flag], capture_output=True, text=True
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == runner.invoke(app, [flag]).output == f"coprod-check {__version__}\n"
