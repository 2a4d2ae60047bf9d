"""Evidence you can follow: text, a link or a file beside the plan, optionally dated; `check`
warns about missing files and stale evidence; reports link every piece and list them all."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coprod_check.cli.app import app
from coprod_check.cli.questionnaire import encode_answer
from coprod_check.core.errors import ValidationError
from coprod_check.core.plan import parse_plan, read_answer
from coprod_check.core.schema import plan_schema
from coprod_check.io.loading import Context

runner = CliRunner()

PLAN = """\
project: {name: Evidence test}
claim: {level: consult}
sets: [fol]
assessed: 2026-11-20
respondents:
  - name: Lead
    role: staff
    answers:
      fol.sharing-power: {score: 3, evidence: "Board minutes"}
      fol.sharing-knowledge:
        score: 4
        evidence: https://council.example/minutes/2026-03
      fol.being-inclusive:
        score: 3
        evidence:
          - {text: Steering group minutes, path: evidence/minutes 3 March.pdf, date: 2026-03-03}
          - {text: Workshop photos, path: evidence/photos.zip, date: 2024-01-10}
          - {text: Terms of reference, url: "javascript:alert(1)", date: 2025-09-01}
"""


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "minutes 3 March.pdf").write_bytes(b"%PDF")
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    return tmp_path


def answers(context: Context, evidence: Any) -> Any:
    data = {
        "project": {"name": "x"},
        "claim": {"level": "consult"},
        "sets": ["fol"],
        "respondents": [
            {
                "name": "Lead",
                "role": "staff",
                "answers": {"fol.sharing-power": {"score": 3, "evidence": evidence}},
            }
        ],
    }
    return data, parse_plan(data, context.catalogue, context.model)


def test_every_form_of_evidence_reads_into_pieces(context: Context) -> None:
    _, plan = answers(context, "Board minutes")
    answer = plan.respondents[0].answers["fol.sharing-power"]
    assert answer.evidence == "Board minutes"  # a plain string stays valid and reads as before
    assert [(e.text, e.url) for e in answer.cited] == [("Board minutes", None)]
    _, plan = answers(context, "https://council.example/m")
    assert plan.respondents[0].answers["fol.sharing-power"].cited[0].url == (
        "https://council.example/m"
    )
    _, plan = answers(
        context,
        [{"text": "Minutes", "path": "m.pdf", "date": "2026-01-02"}, "Photos"],
    )
    answer = plan.respondents[0].answers["fol.sharing-power"]
    assert [e.to_dict() for e in answer.cited] == [
        {"text": "Minutes", "path": "m.pdf", "date": "2026-01-02"},
        {"text": "Photos"},
    ]
    assert answer.evidence == "Minutes (2026-01-02); Photos"


@pytest.mark.parametrize(
    ("evidence", "message"),
    [
        ([], "must not be an empty list"),
        ({"url": "https://x.example"}, "evidence.text`: is required but missing"),
        ({"text": "Minutes", "date": "March 2026"}, "is not a date"),
        ({"text": "Minutes", "link": "https://x.example"}, "one of: text, url, path, date"),
        ([{"text": "ok"}, 3], "must be text"),
    ],
)
def test_bad_evidence_is_an_error_the_schema_agrees_with(
    context: Context, evidence: Any, message: str
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    with pytest.raises(ValidationError) as err:
        answers(context, evidence)
    assert message in str(err.value)
    data = answers(context, "fine")[0]
    data["respondents"][0]["answers"]["fol.sharing-power"]["evidence"] = evidence
    validator = jsonschema.Draft202012Validator(plan_schema(context.catalogue, context.model))
    assert list(validator.iter_errors(data)), "the schema must refuse it too"
    good = answers(context, [{"text": "Minutes", "url": "https://x.example", "date": "2026-01-02"}])
    assert not list(validator.iter_errors(good[0]))


def test_check_warns_about_missing_files_and_old_evidence(work: Path) -> None:
    result = runner.invoke(app, ["check", str(work / "plan.yaml")])
    assert result.exit_code == 0, result.output  # warnings do not change the verdict
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2, result.stderr
    assert "evidence file `evidence/photos.zip` not found" in warnings[0]
    assert "plan.yaml:17:13" in warnings[0]
    assert "`Workshop photos (2024-01-10)` is 1045 days old on 2026-11-20" in warnings[1]
    assert "minutes 3 March" not in result.stderr  # it exists
    (work / "evidence" / "photos.zip").write_bytes(b"PK")
    plan = (work / "plan.yaml").read_text(encoding="utf-8").replace("2024-01-10", "2026-01-10")
    (work / "plan.yaml").write_text(plan, encoding="utf-8")
    clean = runner.invoke(app, ["check", str(work / "plan.yaml")])
    assert "warning:" not in clean.stderr


def test_check_github_annotates_evidence_warnings(work: Path) -> None:
    result = runner.invoke(app, ["check", str(work / "plan.yaml"), "--format", "github"])
    assert result.exit_code == 0
    assert "::warning file=" in result.stdout and "photos.zip" in result.stdout


def test_an_absolute_evidence_path_is_a_warning(work: Path) -> None:
    plan = PLAN.replace("evidence/photos.zip", "/home/me/photos.zip")
    (work / "plan.yaml").write_text(plan, encoding="utf-8")
    result = runner.invoke(app, ["check", str(work / "plan.yaml")])
    assert "is absolute" in result.stderr


def test_reports_link_and_list_every_piece(work: Path) -> None:
    out = work / "reports"
    result = runner.invoke(app, ["report", str(work / "plan.yaml"), "-f", "html", "-o", f"{out}/"])
    assert result.exit_code == 0, result.output
    html = (out / "plan.html").read_text(encoding="utf-8")
    section = html.split("Evidence cited", 1)[1].split("What to do next", 1)[0]
    assert section.count("<tr>") == 1 + 5  # header and every piece
    assert '<a href="../evidence/minutes%203%20March.pdf">Steering group minutes</a>' in section
    assert '<a href="https://council.example/minutes/2026-03">' in section
    assert "javascript:" not in re.findall(r'href="([^"]*)"', section)[-1]
    assert "Terms of reference" in section and 'href="javascript' not in html
    markdown = runner.invoke(app, ["report", str(work / "plan.yaml")]).stdout
    md_section = markdown.split("Evidence cited", 1)[1].split("What to do next", 1)[0]
    link = re.search(r"\[Steering group minutes\]\(([^)\s<>]*)\)", md_section)
    assert link and link.group(1).endswith("evidence/minutes%203%20March.pdf"), md_section
    assert "2024-01-10 ⚠" in md_section


def test_assess_keeps_evidence_in_the_form_it_was_written() -> None:
    written = {"score": 3, "evidence": [{"text": "Minutes", "path": "m.pdf", "date": "2026-01-02"}]}
    earlier = read_answer(written)
    assert earlier.evidence == "Minutes (2026-01-02)"
    again = encode_answer(earlier, {}, written)
    assert again["evidence"] == written["evidence"]
    changed = encode_answer(earlier.__class__(3, "New minutes"), {}, written)
    assert changed["evidence"] == "New minutes"
