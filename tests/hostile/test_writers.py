"""Issue 12, item 6: writers fail cleanly, never replace what they did not make without
--force, lock safely, write several files all or nothing; item 8: safe custom ids."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from coprod_check.cli.app import app
from coprod_check.core.errors import CoprodError
from coprod_check.io import safefile
from coprod_check.io.loading import Context
from coprod_check.io.plan_lock import PlanLock, lock_path
from coprod_check.io.plandoc import PlanDocument
from tests.conftest import EXAMPLES, REPO
from tests.hostile.support import GOOD, refused, run

runner = CliRunner()
posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")
PLAN = EXAMPLES / "honest-consultation.yaml"


# --- the lock ------------------------------------------------------------------------------


@posix
def test_a_planted_lock_symlink_cannot_truncate_another_file(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious\n", encoding="utf-8")
    plan = tmp_path / "coprod-plan.yaml"
    lock_path(plan).symlink_to("victim")
    with pytest.raises(CoprodError) as caught:
        PlanLock(plan).acquire()
    assert "the lock file is a symlink" in str(caught.value)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    with pytest.raises(CoprodError):  # and through the whole PlanDocument too
        PlanDocument(plan, *_context()).__enter__()
    assert victim.read_text(encoding="utf-8") == "precious\n"


@posix
def test_a_planted_hard_link_or_fifo_lock_is_refused(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious\n", encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    os.link(victim, lock_path(plan))
    with pytest.raises(CoprodError, match="the lock file is a hard link"):
        PlanLock(plan).acquire()
    assert victim.read_text(encoding="utf-8") == "precious\n"
    other = tmp_path / "other.yaml"
    os.mkfifo(lock_path(other))
    with pytest.raises(CoprodError, match="not a regular file"):
        PlanLock(other).acquire()


def _context() -> tuple[object, object]:
    from coprod_check.io.loading import load_context

    context = load_context()
    return context.catalogue, context.model


@posix
def test_assess_on_a_symlinked_plan_writes_through_to_the_target(
    tmp_path: Path, context: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    real = tmp_path / "plans" / "real.yaml"
    real.parent.mkdir()
    real.write_text(GOOD, encoding="utf-8")
    link = tmp_path / "coprod-plan.yaml"
    link.symlink_to(real)
    with PlanDocument(link, context.catalogue, context.model) as doc:
        assert lock_path(real).exists()  # the lock beside the file really edited
        doc.raw["project"]["name"] = "Renamed"
        doc.save()
    assert link.is_symlink()
    assert "Renamed" in real.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".coprod-plan.yaml.*")) and not lock_path(real).exists()


# --- outputs ------------------------------------------------------------------------------


@posix
def test_an_output_symlink_is_not_replaced_without_force(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.md"
    target.write_text("keep\n", encoding="utf-8")
    (tmp_path / "out.md").symlink_to(target)
    refused(run("report", PLAN, "-o", "out.md", cwd=tmp_path), "out.md: is a symlink")
    assert target.read_text(encoding="utf-8") == "keep\n"
    done = run("report", PLAN, "-o", "out.md", "--force", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "out.md").is_symlink()
    assert target.read_text(encoding="utf-8") == "keep\n"  # the link replaced, not its target


@posix
def test_an_output_fifo_or_device_is_refused_without_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "out.md")
    refused(run("report", PLAN, "-o", "out.md", cwd=tmp_path), "out.md: is not a regular file")
    refused(run("init", "/dev/null", cwd=tmp_path), "/dev/null: is not a regular file")


def test_writing_under_a_file_names_the_path_and_reason(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    done = run("report", PLAN, "-o", "afile/x.md", cwd=tmp_path)
    refused(done, "afile/x.md: cannot write it (", "nothing was written")
    refused(run("init", "afile/plan.yaml", cwd=tmp_path), "afile/plan.yaml: cannot write it")
    refused(run("schema", "-o", "afile/s.json", cwd=tmp_path), "afile/s.json: cannot write it")


def test_a_full_disk_is_exit_2_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    out = tmp_path / "out.md"
    result = runner.invoke(app, ["report", str(PLAN), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert f"{out}: cannot write it (No space left on device)" in result.output
    assert list(tmp_path.iterdir()) == []


def test_several_reports_are_written_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The third report fails to be written: neither of the first two is left behind."""
    real = os.fsync
    calls = []

    def third_fails(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", third_fails)
    plans = sorted(EXAMPLES.glob("*.yaml"))[:3]
    out = tmp_path / "reports"
    result = runner.invoke(app, ["report", *map(str, plans), "-o", f"{out}/"])
    assert result.exit_code == 2, result.output
    assert "No space left on device" in result.output
    assert not out.exists() or list(out.iterdir()) == []


def test_a_report_that_fails_to_render_writes_nothing(tmp_path: Path) -> None:
    template = tmp_path / "half.md.j2"
    template.write_text(
        "{% if report.project.name.startswith('R') %}{{ nope }}{% endif %}ok", encoding="utf-8"
    )
    out = tmp_path / "reports"
    plans = sorted(EXAMPLES.glob("*.yaml"))
    done = run("report", *plans, "-t", template, "-o", f"{out}/", cwd=tmp_path)
    refused(done, "half.md.j2")
    assert not out.exists() or list(out.iterdir()) == []


def test_names_that_differ_only_in_case_are_one_report(tmp_path: Path) -> None:
    for folder, name in (("a", "Plan.yaml"), ("b", "plan.yaml")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text(GOOD, encoding="utf-8")
    done = run("report", "a/Plan.yaml", "b/plan.yaml", "-o", "out/", cwd=tmp_path)
    refused(done, "differ only in case")
    assert not (tmp_path / "out").exists()


def test_an_unwritable_job_summary_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "summary").mkdir()
    done = run("check", "--format", "github", PLAN, cwd=tmp_path,
               env={"GITHUB_STEP_SUMMARY": str(tmp_path / "summary")})  # fmt: skip
    refused(done, "summary: cannot add the job summary")


def test_write_files_cleans_its_temp_files(tmp_path: Path) -> None:
    with pytest.raises(CoprodError):
        safefile.write_files([(tmp_path / "a.md", "a"), (tmp_path / "x" / "\0", "b")])
    assert list(tmp_path.iterdir()) == []


# --- item 8: custom ids -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("set_id", "principle"),
    [
        ("mine/../../x", "mine/../../x.p"),
        ("mine\nid: evil", "mine\nid: evil.p"),
        ("mi\x1bne", "mi\x1bne.p"),
        ("Mine", "Mine.p"),
        ("mine", "mine.p/q"),
        ("mine", "mine.p\u202eq"),
        ("mine", "mine.p q"),
        ("mine", "mine."),
    ],
)
def test_custom_ids_are_restricted_to_a_safe_pattern(
    tmp_path: Path, set_id: str, principle: str
) -> None:
    base = yaml.safe_load((REPO / "principles" / "fol.yaml").read_text(encoding="utf-8"))
    base["id"] = set_id
    base["principles"][0]["id"] = principle
    for p in base["principles"][1:]:
        p["id"] = f"{set_id}.{p['id'].split('.', 1)[1]}"
    (tmp_path / "mine.yaml").write_text(yaml.safe_dump(base), encoding="utf-8")
    done = run("principles", "validate", "mine.yaml", cwd=tmp_path)
    refused(done, "is not allowed")
    assert "\x1b" not in done.stderr and "\u202e" not in done.stderr


@posix
def test_a_byte_that_is_not_utf8_typed_in_assess_is_asked_again(tmp_path: Path) -> None:
    """It used to end the session with a traceback."""
    import codecs

    from tests.test_assess_pty import Terminal

    term = Terminal(tmp_path, "assess", "plan.yaml", "--sets", "fol")
    term.child._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")  # the echo
    term.expect("Project name: ")
    os.write(term.child.child_fd, b"Play \xff park\r")
    term.expect("not valid text (UTF-8): type it again")
    term.answer("Project name: ", "Play park")
    term.expect("Organisation (optional)")
    term.child.sendcontrol("c")
    assert term.end() == 130
    assert "Traceback" not in term.text
