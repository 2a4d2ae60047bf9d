"""`coprod-check survey` and `coprod-check import`: the questionnaire out, many answers in.

The exports here are built the way the tools build them: a Google Forms CSV (Timestamp, Email
Address, question titles), a Microsoft Forms XLSX (ID, Start time, Email, Name), a SurveyMonkey
CSV with its second header row, and a spreadsheet typed up from paper forms (ids as headers,
numbers and "don't know" in the cells, a form number column).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from coprod_check.cli.app import app
from coprod_check.io.loading import Context
from coprod_check.io.yamlio import parse_yaml, yaml_block

openpyxl = pytest.importorskip("openpyxl")
runner = CliRunner()

PLAN = """\
# Riverside: the plan the steering group keeps.
coprod-check: 1
project:
  name: Riverside estate regeneration   # as on the website
  organisation: Example Borough Council
claim:
  level: co-design
  wording: "We co-designed the play area with residents."
screening:
  involved_from: early
  decision_power: shared
sets: [fol, newham]   # the two sets the board agreed
respondents:
  - name: Project lead
    role: staff
    answers:
      fol.sharing-power: {score: 3, evidence: "Board minutes, 3 March"}
      fol.sharing-knowledge: 3
# answers from the March residents' survey go below
"""

FOL = ["fol.sharing-power", "fol.sharing-knowledge", "fol.being-inclusive"]


def invoke(*args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    return tmp_path


def survey_titles(work: Path) -> dict[str, str]:
    """id -> title, from the CSV question list that `survey` writes."""
    result = invoke("survey", str(work / "plan.yaml"), "-f", "csv", "--force")
    assert result.exit_code == 0, result.output
    with (work / "plan.survey.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row["title"] for row in csv.DictReader(handle)}


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def google_forms_export(work: Path, people: int = 12) -> Path:
    titles = survey_titles(work)
    ids = [i for i in titles if i != "role"]
    header = ["Timestamp", "Email Address", *(titles[i] for i in ids)]
    words = ["No, not at all", "Not yet, but it is planned", "Partly",
             "Mostly, and I have seen it happen", "Yes, fully, and I can vouch for it",
             "Don't know", ""]  # fmt: skip
    rows: list[list[Any]] = [header]
    for n in range(people):
        row: list[Any] = [f"2026/11/{n + 1:02d} 10:1{n % 10}:00 am GMT", f"person{n}@example.org"]
        for j, qid in enumerate(ids):
            row.append(f"Comment {n}" if qid.endswith("comment") and n % 4 == 0 else "")
            if not qid.endswith("comment"):
                row[-1] = words[(n + j) % len(words)]
        rows.append(row)
    return write_csv(work / "Riverside survey (Responses).csv", rows)


def paper_forms_xlsx(work: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Typed up"
    ids = [*FOL, "newham.clear-influence", "newham.show-influence"]
    sheet.append(["Form no.", "Event", *ids, "fol.sharing-power comment"])
    sheet.append([1, "Estate fun day", 2, 1, 0, 3, "don't know", "Only one meeting"])
    sheet.append([2, "Estate fun day", 1, 1, None, 2, 2, None])
    sheet.append([3, "Library drop-in", 4, 3.0, 2, "Partly in place", 1, None])
    sheet.append([4, "Library drop-in", None, None, None, None, None, None])  # a blank form
    path = work / "paper forms.xlsx"
    book.save(path)
    return path


def respondents(work: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load((work / "plan.yaml").read_text(encoding="utf-8"))
    return list(data["respondents"])


# --- survey ---------------------------------------------------------------------------------


def test_survey_writes_a_form_and_question_lists_for_the_plans_sets(work: Path) -> None:
    result = invoke("survey", str(work / "plan.yaml"))
    assert result.exit_code == 0, result.output
    html = (work / "plan.survey.html").read_text(encoding="utf-8")
    markdown = (work / "plan.survey.md").read_text(encoding="utf-8")
    with (work / "plan.survey.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    questions = [r for r in rows if r["type"] == "choice" and r["id"] != "role"]
    assert [r["id"] for r in questions] == [*FOL, *(f"newham.{s}" for s in (
        "clear-influence", "build-on-existing-conversations", "meet-people-where-they-are",
        "trusted-partners", "mix-of-stakeholders", "build-capacity", "show-influence",
        "pragmatic-consensus"))]  # fmt: skip
    for row in questions:
        assert row["title"].endswith(f"[{row['id']}]")
        assert row["choices"].split("|")[-1] == "Don't know"
        assert "your staff" not in row["title"]
        assert row["title"].split(" [")[0] in " ".join(html.split())
        assert row["title"] in markdown
    assert "Do people from the community really share power" in html
    assert html.count('type="checkbox"') == 11 * 6 + 2  # 0-4 and don't know; two roles
    assert "Please do not write your name" in html
    assert "Anything you want to add" in html
    again = invoke("survey", str(work / "plan.yaml"))
    assert again.exit_code == 2 and "already exists" in again.output


def test_survey_escapes_plan_text(work: Path) -> None:
    plan = work / "plan.yaml"
    plan.write_text(
        PLAN.replace("Riverside estate regeneration", "<script>alert(1)</script>"),
        encoding="utf-8",
    )
    assert invoke("survey", str(plan), "-f", "html").exit_code == 0
    html = (work / "plan.survey.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html


# --- import -----------------------------------------------------------------------------------


def test_a_forms_export_is_imported_anonymously_and_only_once(work: Path) -> None:
    export = google_forms_export(work)
    before = (work / "plan.yaml").read_text(encoding="utf-8")
    result = invoke("import", str(work / "plan.yaml"), str(export))
    assert result.exit_code == 0, result.output
    assert "Added 12 community" in result.output
    assert "not stored (names people): Email Address" in result.output
    after = (work / "plan.yaml").read_text(encoding="utf-8")
    # everything that was there stays, byte for byte, comments included; the new respondents
    # follow the last one
    last = "# answers from the March residents' survey go below\n"
    assert after.startswith(before.removesuffix(last)) and after.endswith(last)
    assert "example.org" not in after and "GMT" not in after
    people = respondents(work)
    assert len(people) == 13
    imported = people[1:]
    assert all(p["role"] == "community" and p["name"].startswith("Response ") for p in imported)
    assert len({p["key"] for p in imported}) == 12
    note = "Comment 0"
    assert {k: imported[0]["answers"][k] for k in FOL} == {
        "fol.sharing-power": {"score": 0, "note": note},  # "No, not at all"
        "fol.sharing-knowledge": {"score": 2, "note": note},  # "Partly"
        "fol.being-inclusive": {"score": 4, "note": note},  # "Yes, fully, and I can vouch..."
    }
    assert {k: imported[5]["answers"][k] for k in FOL} == {
        "fol.sharing-power": "unknown",  # "Don't know"
        "fol.sharing-knowledge": 0,
        "fol.being-inclusive": 2,
    }
    assert "fol.sharing-power" not in imported[6]["answers"]  # a blank answer
    # again: the same export adds nothing and leaves the file as it is
    again = invoke("import", str(work / "plan.yaml"), str(export))
    assert again.exit_code == 0
    assert "12 already in the plan" in again.output
    assert (work / "plan.yaml").read_text(encoding="utf-8") == after
    check = invoke("check", str(work / "plan.yaml"), "--format", "json")
    assert check.exit_code in (0, 1), check.output


def test_a_typed_up_paper_spreadsheet_is_imported(work: Path) -> None:
    result = invoke("import", str(work / "plan.yaml"), str(paper_forms_xlsx(work)))
    assert result.exit_code == 0, result.output
    assert "1 with no answers" in result.output
    people = respondents(work)[1:]
    assert len(people) == 3
    assert people[0]["answers"]["fol.sharing-power"] == {"score": 2, "note": "Only one meeting"}
    assert people[0]["answers"]["newham.show-influence"] == "unknown"
    assert "fol.being-inclusive" not in people[1]["answers"]  # a blank cell: not answered
    assert people[2]["answers"]["fol.sharing-knowledge"] == 3  # 3.0 in the sheet
    assert people[2]["answers"]["newham.clear-influence"] == 2  # "Partly in place"


def test_microsoft_forms_xlsx_with_names_kept_only_when_asked(work: Path) -> None:
    titles = survey_titles(work)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", titles["role"],
                  titles["fol.sharing-power"], titles["fol.sharing-knowledge"]])  # fmt: skip
    when = dt.datetime(2026, 11, 20, 9, 30)
    sheet.append([1, when, when, "anonymous", None, "Community member taking part", "Partly", 4])
    partner = "Community or voluntary-sector partner organisation"
    sheet.append([2, when, when, "a@x.org", "Ann Lee", partner, "2", "3 - Mostly"])
    path = work / "Riverside(1-2).xlsx"
    book.save(path)
    dry = invoke("import", str(work / "plan.yaml"), str(path), "--dry-run")
    assert dry.exit_code == 0 and "Would add 1 community, 1 partner" in dry.output
    assert len(respondents(work)) == 1
    result = invoke("import", str(work / "plan.yaml"), str(path), "--names-from", "Name")
    assert result.exit_code == 0, result.output
    people = respondents(work)[1:]
    assert [p["role"] for p in people] == ["community", "partner"]
    assert people[1]["name"] == "Ann Lee"
    assert people[0]["name"].startswith("Response ")  # no name given
    assert people[1]["answers"] == {"fol.sharing-power": 2, "fol.sharing-knowledge": 3}


def test_a_surveymonkey_export_matches_questions_by_their_text(
    work: Path, context: Context
) -> None:
    fol = context.catalogue.sets["fol"].principles
    header = ["Respondent ID", "Collector ID", "Start Date", "IP Address",
              *(f"{p.community_question}" for p in fol)]  # fmt: skip
    second = ["", "", "", "", "Response", "Response", "Response"]
    path = write_csv(
        work / "sm.csv",
        [header, second, ["114", "9", "11/20/2026", "10.0.0.1", "Partly", "Mostly", "1"]],
    )
    result = invoke("import", str(work / "plan.yaml"), str(path))
    assert result.exit_code == 0, result.output
    assert respondents(work)[1]["answers"] == dict(zip(FOL, [2, 3, 1], strict=True))
    assert "10.0.0.1" not in (work / "plan.yaml").read_text(encoding="utf-8")


def test_a_bad_cell_names_file_row_and_column_and_nothing_is_written(work: Path) -> None:
    good = google_forms_export(work)
    titles = survey_titles(work)
    bad = write_csv(
        work / "typed.csv",
        [
            ["Form", "fol.sharing-power", titles["fol.being-inclusive"]],
            ["1", "2", "Partly"],
            ["2", "3", "Partially"],
        ],
    )
    before = (work / "plan.yaml").read_bytes()
    result = invoke("import", str(work / "plan.yaml"), str(good), str(bad))
    assert result.exit_code == 2
    err = result.stderr
    assert "typed.csv:3:3" in err
    assert "row 3, column C (fol.being-inclusive)" in err
    assert "`Partially` is not an answer" in err
    assert "did you mean `partly`" in err and "blank cell counts as don't know" in err
    assert (work / "plan.yaml").read_bytes() == before
    assert sorted(p.name for p in work.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("Is it shared? [fol.sharing-powr]", "did you mean `fol.sharing-power`"),
        ("demsoc.truly-listen", "add `demsoc` to the plan's `sets`"),
    ],
)
def test_bad_headers_are_errors(work: Path, header: str, message: str) -> None:
    path = write_csv(work / "x.csv", [["fol.sharing-power", header], ["1", "2"]])
    result = invoke("import", str(work / "plan.yaml"), str(path))
    assert result.exit_code == 2
    assert "x.csv:1:2" in result.stderr and message in result.stderr


def test_files_that_are_not_exports_are_refused(work: Path) -> None:
    (work / "fake.xlsx").write_bytes(b"not a zip")
    (work / "old.xls").write_bytes(b"\xd0\xcf")
    (work / "none.csv").write_text("Timestamp,Email\n1,a@b\n", encoding="utf-8")
    for name, message in [
        ("fake.xlsx", "not a readable XLSX workbook"),
        ("old.xls", "save it as .xlsx or .csv"),
        ("none.csv", "no column is a question"),
        ("missing.csv", "no such file"),
    ]:
        result = invoke("import", str(work / "plan.yaml"), str(work / name))
        assert result.exit_code == 2, name
        assert message in result.stderr, (name, result.stderr)


def test_a_role_column_with_a_bad_value(work: Path) -> None:
    path = write_csv(work / "r.csv", [["role", "fol.sharing-power"], ["resident", "2"]])
    result = invoke("import", str(work / "plan.yaml"), str(path))
    assert result.exit_code == 2
    assert "`resident` is not a role" in result.stderr


def test_two_identical_paper_forms_are_two_people_and_still_idempotent(work: Path) -> None:
    path = write_csv(work / "p.csv", [["fol.sharing-power"], ["2"], ["2"]])
    assert invoke("import", str(work / "plan.yaml"), str(path)).exit_code == 0
    assert len(respondents(work)) == 3
    assert invoke("import", str(work / "plan.yaml"), str(path)).exit_code == 0
    assert len(respondents(work)) == 3


@pytest.mark.parametrize(
    "layout",
    [
        PLAN.split("respondents:")[0],  # no respondents yet
        PLAN.replace("  - name: Project lead", "- name: Project lead")
        .replace("\n    role: staff", "\n  role: staff")
        .replace("\n    answers:", "\n  answers:")
        .replace("\n      fol.", "\n    fol."),  # items not indented under the key
        PLAN.split("respondents:")[0] + "respondents: []   # none yet\n",  # flow: round-trip
        PLAN + "  # a trailing comment\n",
        PLAN.rstrip("\n"),  # no newline at the end
        PLAN.replace(
            "      fol.sharing-knowledge: 3\n",
            "      fol.sharing-knowledge:\n        score: 3\n        note: |\n          line one\n"
            "          line two\n\n",
        ),  # a block scalar last
    ],
)
def test_respondents_are_appended_to_any_layout_keeping_comments(work: Path, layout: str) -> None:
    plan = work / "plan.yaml"
    plan.write_text(layout, encoding="utf-8")
    before = yaml.safe_load(layout)
    path = write_csv(work / "p.csv", [["fol.sharing-power", "Note [fol.sharing-power comment]"],
                                      ["4", "We ran the \u201cvote\u201d: it's ours"]])  # fmt: skip
    result = invoke("import", str(plan), str(path))
    assert result.exit_code == 0, result.output
    text = plan.read_text(encoding="utf-8")
    for line in layout.splitlines():
        if "#" in line:
            assert line.split("#", 1)[1] in text
    after = yaml.safe_load(text)
    assert after["respondents"][: len(before.get("respondents") or [])] == (
        before.get("respondents") or []
    )
    assert after["respondents"][-1]["answers"] == {
        "fol.sharing-power": {"score": 4, "note": "We ran the \u201cvote\u201d: it's ours"}
    }
    assert invoke("check", str(plan)).exit_code in (0, 1)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "name": st.text(min_size=1),
                "role": st.sampled_from(["community", "yes", "no", "on", "null", "1.5"]),
                "answers": st.dictionaries(
                    st.sampled_from(["fol.sharing-power", "a b", "yes", "3", "x: y", "#c"]),
                    st.one_of(st.integers(0, 4), st.text(), st.none()),
                ),
            }
        ),
        min_size=1,
        max_size=3,
    )
)
def test_yaml_block_reads_back_exactly(people: list[dict[str, Any]]) -> None:
    text = "respondents:\n" + "\n".join(yaml_block(people, 2)) + "\n"
    assert parse_yaml(text)["respondents"] == people


def test_the_plans_lock_is_respected(work: Path) -> None:
    from coprod_check.io.plan_lock import PlanLock

    path = write_csv(work / "p.csv", [["fol.sharing-power"], ["2"]])
    lock = PlanLock(work / "plan.yaml")
    lock.acquire()
    try:
        result = invoke("import", str(work / "plan.yaml"), str(path))
    finally:
        lock.release()
    assert result.exit_code == 2 and "already" in result.stderr
    assert len(respondents(work)) == 1


def test_csv_in_the_windows_code_page_with_semicolons(work: Path) -> None:
    data = "Nom;fol.sharing-power;fol.sharing-power comment\r\nZo\xe9;2;Caf\xe9 meeting\r\n"
    (work / "excel.csv").write_bytes(data.encode("cp1252"))
    result = invoke("import", str(work / "plan.yaml"), str(work / "excel.csv"))
    assert result.exit_code == 0, result.output
    assert respondents(work)[1]["answers"]["fol.sharing-power"] == {
        "score": 2,
        "note": "Caf\u00e9 meeting",
    }


def _chromium() -> str | None:
    import shutil

    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.mark.skipif(
    _chromium() is None or __import__("shutil").which("pdftotext") is None,
    reason="LOUD SKIP: the print check needs headless Chromium and poppler-utils "
    "(apt-get install chromium poppler-utils)",
)
def test_the_paper_form_prints_with_no_question_split_across_pages(
    work: Path, context: Context
) -> None:
    import subprocess

    plan = work / "plan.yaml"
    plan.write_text(PLAN.replace("sets: [fol, newham]", "sets: [fol, demsoc, newham, ourlife]"))
    assert invoke("survey", str(plan), "-f", "html").exit_code == 0
    pdf = work / "form.pdf"
    subprocess.run(
        [str(_chromium()), "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
         (work / "plan.survey.html").as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pages = []
    for n in range(1, 40):
        done = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            break
        pages.append(" ".join(done.stdout.split()))
    assert 5 <= len(pages) <= 14, len(pages)
    ids = [p.id for p in context.catalogue.principles_in(["fol", "demsoc", "newham", "ourlife"])]
    for pid in ids:
        holding = [i for i, page in enumerate(pages) if f"· {pid} " in page + " "]
        assert len(holding) == 1, (pid, holding)
        # the question's ticks and comment space sit on the page that names it
        assert "Anything you want to add?" in pages[holding[0]]
    for page in pages[:-1]:
        assert len(page) > 800, "a near-empty page"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a POSIX FIFO")
def test_a_fifo_is_refused_not_waited_on(work: Path) -> None:
    fifo = work / "responses.csv"
    os.mkfifo(fifo)
    result = invoke("import", str(work / "plan.yaml"), str(fifo))
    assert result.exit_code == 2
    assert "responses.csv" in result.stderr


def test_question_list_cells_cannot_run_as_formulas(work: Path) -> None:
    from coprod_check.outputs.survey import SurveyQuestion, to_csv

    question = SurveyQuestion(1, "x.y", "x", "X", "=Title", '=HYPERLINK("http://evil")', ("0",))
    rows = list(csv.reader(to_csv([question], [], comments=False).splitlines()))
    assert rows[1][2].startswith("'=HYPERLINK") and rows[1][6] == "'=Title"


def test_response_keys_stay_what_earlier_versions_wrote() -> None:
    """A plan imported by an earlier coprod-check must not get its respondents again: the key
    of a row is pinned (whitespace runs count as one space; the occurrence counts)."""
    from coprod_check.io.responses import response_key

    row = ["2026/11/01 00:00:00 GMT", " Partly  in\tplace ", "", "Don't know"]
    assert response_key(row, 0) == "ab4068efdc2f1a06"
    assert response_key(row, 0, {}) == "ab4068efdc2f1a06"
    assert response_key(["x"], 1) == "a60bce53cf08b2fd"
