"""What a newcomer tripped on (issue 13): each test would have caught one of the findings."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REPO
from tests.report_support import Page, cli, write_plan

README = (REPO / "README.md").read_text(encoding="utf-8")
TEXTBOOK = str(EXAMPLES / "textbook-co-washing.yaml")


# --- item 3: an output name that is not what the file would be ---------------------------------


@pytest.mark.parametrize("name", ["r.pdf", "r.docx", "r.PDF"])
def test_report_refuses_an_unknown_extension_and_writes_nothing(tmp_path: Path, name: str) -> None:
    code, out, err = cli("report", TEXTBOOK, "-o", str(tmp_path / name))
    assert code == 2, out
    assert "cannot write a" in err and ".md" in err and ".html" in err
    assert not (tmp_path / name).exists()
    if name.lower().endswith(".pdf"):
        assert "print it to PDF" in err


def test_readme_says_how_to_get_a_pdf() -> None:
    assert "**PDF**" in README and "--print-to-pdf" in README and '"Save as PDF"' in README


# --- item 6: a counted finding lists what it counts, or says how many more ---------------------


def test_unevidenced_count_matches_its_list_in_json_and_both_reports() -> None:
    code, out, _ = cli("check", TEXTBOOK, "-f", "json")
    assert code == 1
    (reason,) = [
        r
        for r in json.loads(out)["results"][0]["risk"]["reasons"]
        if r["code"] == "unevidenced-scores"
    ]
    scores, spread = re.match(
        r"(\d+) high scores given without evidence, on (\d+) principles", reason["message"]
    ).groups()  # type: ignore[union-attr]
    assert int(spread) == len(reason["principles"]) == len(set(reason["principles"]))
    assert int(scores) >= int(spread) > 6
    more = int(spread) - 6
    for fmt in ("md", "html"):
        code, text, _ = cli("report", TEXTBOOK, "--format", fmt)
        assert code == 0
        assert f"and {more} more" in text, fmt


# --- item 13: one problem, one error ------------------------------------------------------------


def test_a_missing_mapping_is_reported_once(tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_text("claim:\n  level: consult\n", encoding="utf-8")
    code, _, err = cli("check", str(plan))
    assert code == 2
    assert err.count("`project`") == 1, err


def test_readme_documents_the_custom_set_format_and_its_example_validates(tmp_path: Path) -> None:
    block = README.split("### Custom principle sets", 1)[1].split("```yaml\n", 1)[1]
    (tmp_path / "mine.yaml").write_text(block.split("```", 1)[0], encoding="utf-8")
    code, out, err = cli("principles", "validate", str(tmp_path / "mine.yaml"))
    assert code == 0, err
    assert "ok:" in out and "1 principle)" in out


def test_hints_name_choices_in_their_own_order_as_one_list() -> None:
    from coprod_check.core.errors import did_you_mean

    assert did_you_mean("co-des", ["co-design", "co-designs", "co-desk"]) == (
        "did you mean `co-desk`, `co-design` or `co-designs`?"
    )
    assert did_you_mean("zzz", ["staff", "community", "partner"]) == (
        "expected one of: staff, community, partner"
    )


# --- item 14: an honest consultation, explained; the ladder's borders --------------------------


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_tokenism_label_is_explained_in_an_honest_report(fmt: str) -> None:
    code, text, _ = cli("report", str(EXAMPLES / "honest-consultation.yaml"), "--format", fmt)
    assert code == 0
    assert "Tokenism (consultation)" in text
    assert "The label names the rung, not a fault of this project" in text
    assert "is being honest" in text


def test_a_rung_both_claimed_and_supported_is_not_drawn_as_an_overclaim() -> None:
    code, html, _ = cli("report", str(EXAMPLES / "honest-consultation.yaml"), "--format", "html")
    assert code == 0
    svg = html[html.index("<svg") : html.index("</svg>")]
    rects = re.findall(r"<rect [^>]*>", svg)
    both = [r for r in rects if 'stroke-width="3"' in r]
    assert len(both) == 1  # claimed and supported are the same rung
    assert 'stroke="#146c43"' in both[0] and "stroke-dasharray" not in both[0]
    assert "#b02a37" not in svg
    code, md, _ = cli("report", str(EXAMPLES / "honest-consultation.yaml"))
    assert "classDef both fill:#d1e7dd,stroke:#146c43" in md


# --- item 16: no local folder in a report --------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_footer_names_the_plan_file_without_its_folder(fmt: str) -> None:
    code, text, _ = cli("report", TEXTBOOK, "--format", fmt)
    assert code == 0
    assert str(EXAMPLES) not in text and "examples/" not in text
    assert "from textbook-co-washing.yaml" in text


# --- item 5 and the cosmetic list: the portfolio, ranked by risk -------------------------------


def test_html_portfolio_is_ranked_by_risk_and_shows_risk_beside_every_claim() -> None:
    code, html, _ = cli("report", str(EXAMPLES), "--combined", "--format", "html")
    assert code == 0
    table = html[html.index('<table class="portfolio">') :]
    table = table[: table.index("</table>")]
    scores = [int(s) for s in re.findall(r'</span></td><td class="num">(\d+)</td>', table)]
    assert len(scores) == 10 and scores == sorted(scores, reverse=True)
    grid = html[html.index('<table class="grid">') :]
    grid = grid[: grid.index("</table>")]
    names = re.findall(r"([\w' -]+) <span class=\"muted\">\((low|moderate|high|severe)\)", grid)
    assert len(names) == 10  # every project in the grid carries its band


def test_markdown_portfolio_has_no_chart_that_can_misplace_a_plan() -> None:
    code, text, _ = cli("report", str(EXAMPLES), "--combined")
    assert code == 0
    assert "quadrantChart" not in text and "diagonal" not in text


def test_markdown_portfolio_stays_one_row_per_plan_at_100_plans(tmp_path: Path) -> None:
    from tests.plans import FOL, evidenced, person, plan

    for i in range(100):
        data = plan("co-design" if i % 2 else "consult", [person("A", "staff", {FOL[0]: 3})])
        data["project"] = {"name": f"Project number {i:03d} with a long name | pipe"}
        if i % 3 == 0:
            data["respondents"][0]["answers"] = {pid: evidenced(4) for pid in FOL}
        write_plan(tmp_path / f"p{i:03d}.yaml", data)
    code, text, _ = cli("report", str(tmp_path), "--combined")
    assert code == 0
    ranked = text.split("## Projects by co-washing risk", 1)[1].split("\n\n| Project | Org", 1)[0]
    rows = [
        line for line in ranked.splitlines() if line.startswith("| ") and "Project |" not in line
    ]
    assert len(rows) == 100
    assert all(len(re.split(r"(?<!\\)\|", row)) == 9 for row in rows)
    scores = [int(re.split(r"(?<!\\)\|", row)[3]) for row in rows]
    assert scores == sorted(scores, reverse=True)


# --- items 7 and 15: the README tells the truth, and its first command reads well ----------------


def test_readme_pins_nothing_that_does_not_exist() -> None:
    from coprod_check import __version__

    tags = subprocess.run(
        ["git", "-C", str(REPO), "tag", "--list"], capture_output=True, text=True
    ).stdout.split()
    for pinned in re.findall(r"(?:coprod-check@|rev: )(v[\d.]+)", README):
        assert pinned in tags, f"README pins {pinned}, which is not a tag (version {__version__})"


def test_readme_states_the_diff_exit_codes_that_diff_has(tmp_path: Path) -> None:
    assert "always exits 0" not in README
    assert "2 when either file is missing or not a valid plan" in README
    code, _, _ = cli("diff", TEXTBOOK, str(tmp_path / "missing.yaml"))
    assert code == 2
    code, _, _ = cli("diff", TEXTBOOK, str(EXAMPLES / "genuine-co-production.yaml"))
    assert code == 0


def test_readme_explains_when_the_quote_checks_skip() -> None:
    assert "shared/sources" in README and "skipped" in README
    from tests import conftest

    source = Path(conftest.__file__).read_text(encoding="utf-8")
    assert "shared/sources not found beside the repo" in source


def test_readme_first_command_writes_a_file_and_says_where(tmp_path: Path) -> None:
    block = README.split("```bash\n", 1)[1].split("```", 1)[0]
    first = next(line for line in block.splitlines() if "coprod-check" in line)
    command = shlex.split(first.split("&&", 1)[1])
    assert command[0] == "coprod-check"
    command[2] = str(REPO / command[2])
    done = subprocess.run(
        [sys.executable, "-m", "coprod_check", *command[1:]],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert 1 <= len(lines) <= 3, done.stdout  # not 313 lines of Markdown
    written = tmp_path / command[command.index("-o") + 1]
    assert written.exists() and str(written.name) in done.stdout
    assert Page(written.read_text(encoding="utf-8")).errors == []


# --- item 12: diff shows what changed in screening, in one wording -------------------------------


def test_diff_shows_a_screening_change_in_every_format(tmp_path: Path) -> None:
    text = Path(TEXTBOOK).read_text(encoding="utf-8")
    assert "decision_power: advisory" in text
    after = tmp_path / "after.yaml"
    after.write_text(text.replace("decision_power: advisory", "decision_power: shared"), "utf-8")
    code, out, _ = cli("diff", TEXTBOOK, str(after))
    assert code == 0
    assert re.search(r"screening: decision power +advisory -> shared +changed", out), out
    assert "unchanged" not in out and "no change" in out
    code, out, _ = cli("diff", TEXTBOOK, str(after), "-f", "json")
    assert json.loads(out)["screening"] == [
        {
            "key": "decision_power",
            "question": "What decision-making power do community members have?",
            "old": "advisory",
            "new": "shared",
        }
    ]
    code, out, _ = cli("diff", TEXTBOOK, str(after), "-f", "markdown")
    assert "| screening: decision power | advisory | shared | changed |" in out


def test_diff_orders_tied_principles_by_the_title_it_shows(tmp_path: Path) -> None:
    from tests.plans import person, plan

    ids = ("fol.sharing-power", "fol.sharing-knowledge", "fol.being-inclusive")
    before = write_plan(tmp_path / "a.yaml", plan("consult", [person("A", "staff", {})]))
    after = write_plan(
        tmp_path / "b.yaml", plan("consult", [person("A", "staff", dict.fromkeys(ids, 1))])
    )
    code, out, _ = cli("diff", str(before), str(after))
    assert code == 0
    shown = re.findall(r"^    (.+?) \(fol\.", out, re.M)
    assert shown == sorted(shown) and len(shown) == 3, out


def test_the_html_portfolio_gives_its_ten_columns_room(tmp_path: Path) -> None:
    out = tmp_path / "portfolio.html"
    code, _, err = cli(
        "report",
        *map(str, sorted(EXAMPLES.glob("*.yaml"))),
        "--combined",
        "-f",
        "html",
        "-o",
        str(out),
    )
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    assert '<main class="wide">' in html
    assert "main.wide { max-width: 80rem; }" in html
    assert 'table.portfolio th[scope="row"] { min-width: 14rem; }' in html
