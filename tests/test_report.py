"""`coprod-check report`: every bundled example rendered, its content, safety and file handling."""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from coprod_check.core.assessment import assess
from coprod_check.core.model import show
from coprod_check.io.loading import load_context, read_plan
from coprod_check.outputs.render import md, mermaid_text, output_kind
from tests.conftest import EXAMPLES
from tests.plans import FOL, evidenced, person, plan
from tests.report_support import Page, cli, mermaid_blocks, mermaid_problems, write_plan
from tests.test_examples import EXPECTED

NAMES = sorted(EXPECTED)
LEVEL_LABELS = {
    "inform": "Informing",
    "consult": "Consultation",
    "engage": "Engagement",
    "co-design": "Co-design",
    "co-production": "Co-production",
}


@cache
def rendered(name: str, fmt: str) -> str:
    code, out, err = cli("report", str(EXAMPLES / f"{name}.yaml"), "--format", fmt)
    assert code == 0, err
    return out


@cache
def engine_result(name: str):  # type: ignore[no-untyped-def]
    """The engine's own reading of an example: the report must show all of it."""
    context = load_context()
    path = EXAMPLES / f"{name}.yaml"
    _, data = read_plan(path, context)
    return assess(data, context.catalogue, context.model, str(path))


def section(markdown: str, title: str) -> str:
    """The text of one `## title` section, up to the next heading of the same level."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", markdown, re.S | re.M)
    assert match, f"no section {title!r}"
    return match.group(1)


def table_rows(text: str, header: str) -> list[list[str]]:
    """Cells of the Markdown table whose header row starts with `header` (escaped pipes kept)."""
    lines = text.splitlines()
    head = re.compile(rf"^\|\s*{re.escape(header)}\s*\|")
    start = next(i for i, line in enumerate(lines) if head.match(line))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line)[1:-1]
        rows.append([c.strip() for c in cells])
    return rows


# --- Markdown: the content that matters, for every example ----------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_markdown_headline_states_claim_evidence_and_band_in_words(name: str) -> None:
    claimed, evidenced_level, band, _, _ = EXPECTED[name]
    text = rendered(name, "markdown")
    headline = section(text, "Headline")
    assert f"| Co-washing risk | **{band.capitalize()}** (" in headline
    facts = {row[0]: row[1] for row in table_rows(headline, "")}
    assert f"**{LEVEL_LABELS[evidenced_level]}**" in facts["Evidence supports"]
    worded = facts.get("Describes itself as", facts["Claims"])
    assert f"**{LEVEL_LABELS[claimed]}**" in worded
    assert re.search(r"^> .+", headline, re.M), "the one-paragraph verdict is missing"


@pytest.mark.parametrize("name", NAMES)
def test_markdown_gives_every_reason_with_its_quote_most_serious_first(name: str) -> None:
    text = rendered(name, "markdown")
    why = section(text, "Why")
    reasons = engine_result(name).risk.reasons
    _, _, _, must, must_not = EXPECTED[name]
    shown = re.findall(r"^`([a-z-]+)`(?: · [a-z]+, \d+ rungs?)? · \+(\d+) points", why, re.M)
    assert [code for code, _ in shown] == [r.code for r in reasons]
    assert must <= {code for code, _ in shown}
    assert not must_not & {code for code, _ in shown}
    points = [int(p) for _, p in shown]
    assert points == sorted(points, reverse=True)
    for reason in reasons:
        block = why.split(f"`{reason.code}`", 1)[1]
        assert f"> “{md(reason.quote)}”" in block.split("**", 1)[0]
        assert f"> — {md(reason.attribution)}" in block.split("**", 1)[0]
    if not reasons:
        assert "No finding counts against the claim" in why


@pytest.mark.parametrize("name", NAMES)
def test_markdown_maturity_tables_cover_every_pillar_set_and_principle(name: str) -> None:
    text = rendered(name, "markdown")
    result = engine_result(name)
    maturity = section(text, "Maturity")
    pillars = {row[0].lower(): row[1] for row in table_rows(maturity, "Pillar")}
    # The same figure as the JSON, one decimal, never rounded differently (issue 13 item 11).
    assert pillars == {p: show(v) for p, v in result.maturity.pillars.items() if v is not None}
    assert len(table_rows(maturity, "Principle set")) == len(result.plan.sets)
    principle_rows = table_rows(maturity, "Principle")
    assert len(principle_rows) == len(result.maturity.principles)
    roles = list(dict.fromkeys(p.role for p in result.plan.respondents))
    assert all(len(row) == len(roles) + 3 for row in principle_rows)
    for row in principle_rows:
        pid = re.search(r"`([\w.-]+)`", row[0]).group(1)  # type: ignore[union-attr]
        score = result.maturity.principles[pid]
        shown = "unknown" if score.combined is None else f"{score.combined:.1f}".removesuffix(".0")
        assert row[-2] == shown
        if score.unevidenced:
            assert "(unevidenced)" in " ".join(row)


@pytest.mark.parametrize("name", NAMES)
def test_markdown_ladder_is_valid_mermaid_marking_claim_and_evidence(name: str) -> None:
    claimed, evidenced_level, _, _, _ = EXPECTED[name]
    text = rendered(name, "markdown")
    ladder = section(text, "Where the claim sits on the ladder")
    (block,) = mermaid_blocks(ladder)
    assert mermaid_problems(block) == []
    labels = dict(re.findall(r'(L\d)\["([^"]+)"\]', block))
    assert len(labels) == 5
    claimed_node = next(n for n, label in labels.items() if "claimed" in label)
    evidence_node = next(n for n, label in labels.items() if "evidence supports" in label)
    assert labels[claimed_node].startswith(LEVEL_LABELS[claimed])
    assert labels[evidence_node].startswith(LEVEL_LABELS[evidenced_level])


@pytest.mark.parametrize("name", NAMES)
def test_markdown_ends_with_next_steps_and_method(name: str) -> None:
    _, evidenced_level, _, _, _ = EXPECTED[name]
    text = rendered(name, "markdown")
    # v1 plans name no sector or community: the honest wording uses neutral nouns.
    honest = {
        "consult": "We consulted the community",
        "engage": "We engaged the community",
        "co-design": "We co-designed the work with the community",
        "co-production": "We co-produced the work with the community",
    }
    assert f"> {honest[evidenced_level]}" in section(text, "What to do next")
    method = section(text, "Method")
    assert len(table_rows(method, "Score")) == 5
    assert [row[0] for row in table_rows(method, "Band")] == ["low", "moderate", "high", "severe"]
    assert "Our Life" in method and "Democratic Society" in method


def test_textbook_co_washing_quotes_the_glass_house_on_joining_halfway() -> None:
    why = section(rendered("textbook-co-washing", "markdown"), "Why")
    block = why.split("`joined-midway`", 1)[1].split("**", 1)[0]
    assert "invited into the project halfway through the journey" in block
    assert "— The Glass-House" in block
    assert "joined midway" in why


def test_coverage_and_over_claim_kind_are_in_the_headline_and_maturity() -> None:
    text = rendered("mostly-unknown", "markdown")
    facts = {row[0]: row[1] for row in table_rows(section(text, "Headline"), "")}
    assert facts["Known (coverage)"].startswith("21.4% of what the sets and screening ask")
    assert facts["Over-claim"] == "1 rung **unsubstantiated** (not shown)"
    assert "coverage is too thin, which is not the same as practice being absent" in text
    pillars = {row[0]: row[2] for row in table_rows(section(text, "Maturity"), "Pillar")}
    assert pillars["Inclusion"] == "20%"


def test_perception_gap_is_shown_side_by_side() -> None:
    gap = section(rendered("perception-gap", "markdown"), "Perception gap")
    pillars = table_rows(gap, "Pillar (0-100, as rated)")
    assert ["Power", "75", "25", "+50 ⚠"] in pillars
    rows = table_rows(gap, "Principle (0-4, as rated)")
    assert len(rows) == 36
    assert all(row[1:] == ["3", "1", "+2 ⚠"] for row in rows)
    honest = section(rendered("honest-consultation", "markdown"), "Perception gap")
    assert "cannot be compared" in honest


def test_ourlife_steps_show_later_steps_resting_on_weak_ones() -> None:
    steps = section(rendered("ourlife-steps-skipped", "markdown"), "Steps in order")
    rows = {row[0]: row[1:] for row in table_rows(steps, "Step")}
    assert rows["1. Valuing communities"] == ["0 (weak)", "\N{EN DASH}"]
    assert rows["6. Co-design of services"] == ["4 ⚠", "1, 2, 3, 4, 5"]
    assert rows["8. Co-production can flourish"][0] == "4 ⚠"
    assert [step.split(".")[0] for step in rows] == [str(n) for n in range(1, 10)]
    nxt = section(rendered("ourlife-steps-skipped", "markdown"), "What to do next")
    assert "**Valuing communities**" in nxt  # the weakest step's advice comes first


def test_wording_outrunning_the_claim_is_called_out() -> None:
    text = rendered("consultation-called-co-production", "markdown")
    facts = {row[0]: row[1] for row in table_rows(section(text, "Headline"), "")}
    assert facts["Describes itself as"].startswith("**Co-production**")
    # the gap is counted from the claim as worded, and the headline says so (issue 13 item 11)
    assert facts["Evidence supports"].endswith("3 rungs below the claim as worded")
    assert "3 rungs **contradicted**" in facts["Over-claim"]
    nxt = section(text, "What to do next")
    assert "> We consulted the community and took their views into account" in nxt
    assert "instead of “" in nxt


# --- HTML -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_html_is_one_balanced_self_contained_page(name: str) -> None:
    _, _, band, _, _ = EXPECTED[name]
    html = rendered(name, "html")
    page = Page(html)
    assert page.errors == [] and page.stack == []
    assert html.startswith("<!DOCTYPE html>")
    assert "script" not in page.names() and "link" not in page.names()
    # nothing is loaded from elsewhere (no src, no stylesheet); the only addresses are links a
    # reader may follow: the published sources
    assert not re.search(r"""(src|url)\s*[=(]\s*["']?(https?:)?//""", html)
    hrefs = re.findall(r"""<(\w+)[^>]*\bhref\s*=\s*["']?(?:https?:)?//""", html)
    assert set(hrefs) <= {"a"}
    assert "@media print" in html
    assert "svg" in page.names()
    assert re.search(rf"Co-washing risk {band.capitalize()} \d+/100", page.text)
    for reason in engine_result(name).risk.reasons:
        assert f"“{reason.quote}”" in page.text
        assert reason.attribution in page.text


def test_html_ladder_svg_marks_claim_and_evidence() -> None:
    page = Page(rendered("textbook-co-washing", "html"))
    title = page.text.split("Ladder of co-production: ", 1)[1]
    assert title.startswith("claims co-production, evidence supports engagement")
    assert "◀ claimed" in page.text and "◀ evidence supports" in page.text


# --- untrusted plan text ----------------------------------------------------------------------

HOSTILE = "<script>alert(1)</script> | pipe\n# Heading {{ 7*7 }} [x](javascript:alert(1))"


@pytest.fixture(scope="module")
def hostile_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = plan(
        "co-design",
        [
            person("Eve <b>", "staff", {FOL[0]: evidenced(4, "minutes | x\n| --- |\n<img src=x>")}),
            person("Res | ident", "community", {FOL[0]: {"score": 1, "note": "{% raw %}\n\n# h"}}),
        ],
        wording='We co-produced it --> end ]] "quoted"',
        scope="part",
        parts=["play | area\nnext", "<i>x</i>"],
    )
    data["project"] = {"name": HOSTILE, "organisation": "Org <b>bold</b> & co | x"}
    return write_plan(tmp_path_factory.mktemp("hostile") / "hostile.yaml", data)


def test_markdown_keeps_hostile_text_inert(hostile_plan: Path) -> None:
    code, text, _ = cli("report", str(hostile_plan))
    assert code == 0
    assert re.search(r"(?<!\\)<", text) is None, "raw HTML got through"
    assert r"\{\{ 7\*7 \}\}" in text and "49" not in text
    assert "](javascript" not in text.replace(r"\](javascript", "")
    # no plan text starts a line of its own: every heading is one of the template's
    headings = re.findall(r"^#+ (.*)$", text, re.M)
    assert all(h.startswith("Co-washing risk report") or "<" not in h for h in headings)
    assert "Heading" not in " ".join(h for h in headings if not h.startswith("Co-washing"))
    for header in ("", "Principle"):
        body = section(text, "Headline") if header == "" else section(text, "Maturity")
        widths = {len(row) for row in table_rows(body, header)}
        assert len(widths) == 1, f"a table was broken: {widths}"
    for block in mermaid_blocks(text):
        assert mermaid_problems(block) == []


def test_html_escapes_hostile_text(hostile_plan: Path) -> None:
    code, html, _ = cli("report", str(hostile_plan), "--format", "html")
    assert code == 0
    page = Page(html)
    assert page.errors == [] and page.stack == []
    assert page.names().isdisjoint({"script", "img", "b", "i"})
    assert "<script>alert(1)</script> | pipe" in page.text
    assert "<img src=x>" in page.text and "{{ 7*7 }}" in page.text


def test_combined_markdown_keeps_hostile_names_inside_the_ranked_table(hostile_plan: Path) -> None:
    code, text, _ = cli(
        "report", str(hostile_plan), str(EXAMPLES / "perception-gap.yaml"), "--combined"
    )
    assert code == 0
    ranked = section(text, "Projects by co-washing risk")
    rows = table_rows(ranked, "Project")
    assert len(rows) == 2 and all(len(row) == 7 for row in rows), rows
    assert any(r"\<script\>" in row[0] for row in rows)
    for block in mermaid_blocks(text):
        assert mermaid_problems(block) == []


def test_md_and_mermaid_filters() -> None:
    assert md("a | b\n\n# c <d>") == r"a \| b \# c \<d\>"
    assert md(" spaced ") == " spaced "
    assert mermaid_text('x"]; click L0 "http://e"') == "x click L0 http e"
    assert len(mermaid_text("word " * 40)) <= 60
    assert output_kind("mine.HTML.j2") == "html" and output_kind("mine.md.j2") == "markdown"
    assert output_kind("plain.txt") == "markdown"


# --- user templates and the sandbox ------------------------------------------------------------

HOSTILE_TEMPLATES = {
    "mro": "Hello {{ report.project.name }}\n{{ ''.__class__.__mro__ }}",
    "globals": "line one\n\n{{ cycler.__init__.__globals__ }}",
    "format": "{{ '{0.__class__}'.format(report) }}",
    "function": "{{ report.project.name.format.__globals__ }}",
    "memory": "{{ 'a' * 100000000 }}",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_TEMPLATES))
def test_sandbox_stops_a_hostile_template(tmp_path: Path, kind: str) -> None:
    template = tmp_path / "evil.md.j2"
    template.write_text(HOSTILE_TEMPLATES[kind], encoding="utf-8")
    out = tmp_path / "out.md"
    example = str(EXAMPLES / "honest-consultation.yaml")
    code, _, stderr = cli("report", example, "--template", str(template), "-o", str(out))
    assert code == 2
    line = HOSTILE_TEMPLATES[kind].count("\n") + 1
    assert stderr.startswith(f"error: {template}:{line}: template refused by the sandbox")
    assert ("a million characters" if kind == "memory" else "Python internals") in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("source", "message", "line"),
    [
        ("ok\n{% if %}", "template syntax", 2),
        ("a\nb\n{{ report.nope }}", "not in the report context", 3),
        ("{{ 1 / 0 }}", "template failed: division by zero", 1),
        ('{% include "../README.md" %}', "does not exist", 1),
    ],
)
def test_broken_templates_are_clear_errors(
    tmp_path: Path, source: str, message: str, line: int
) -> None:
    template = tmp_path / "t.md.j2"
    template.write_text(source, encoding="utf-8")
    code, _, stderr = cli(
        "report", str(EXAMPLES / "honest-consultation.yaml"), "--template", str(template)
    )
    assert code == 2
    assert stderr.startswith(f"error: {template}:{line}: ")
    assert message in stderr


def test_user_template_gets_the_context_with_escaping(tmp_path: Path, hostile_plan: Path) -> None:
    md_template = tmp_path / "brief.md.j2"
    md_template.write_text(
        "{{ report.project.name }} / {{ report.risk.band }} / {{ reports|length }}"
        " / {{ report.project.name|safe|length > 0 }}\n",
        encoding="utf-8",
    )
    code, out, _ = cli("report", str(hostile_plan), "--template", str(md_template))
    assert code == 0
    assert out.startswith(r"\<script\>alert(1)\</script\> \| pipe")
    assert out.rstrip().endswith("/ 1 / True")
    html_template = tmp_path / "brief.html.j2"
    html_template.write_text("<p>{{ report.project.organisation }}</p>", encoding="utf-8")
    code, out, _ = cli("report", str(hostile_plan), "--template", str(html_template))
    assert code == 0
    assert out == "<p>Org &lt;b&gt;bold&lt;/b&gt; &amp; co | x</p>"


# --- files: -o, directories, --combined, never clobber ----------------------------------------


def test_output_file_format_from_suffix_and_no_clobber(tmp_path: Path) -> None:
    example = str(EXAMPLES / "over-claim-one-rung.yaml")
    target = tmp_path / "client.html"
    code, out, _ = cli("report", example, "-o", str(target))
    assert code == 0 and out == f"Wrote {target}\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    target.write_text("keep me", encoding="utf-8")
    code, _, err = cli("report", example, "-o", str(target))
    assert code == 2 and "already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, _ = cli("report", example, "-o", str(target), "--force")
    assert code == 0 and "Co-washing risk Moderate" in Page(target.read_text()).text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.html"]  # no temp files left


def test_format_must_match_the_output_name(tmp_path: Path) -> None:
    code, _, err = cli(
        "report", str(EXAMPLES / "honest-consultation.yaml"), "-o", str(tmp_path / "r.md"),
        "--format", "html",
    )  # fmt: skip
    assert code == 2 and "does not match" in err
    assert not (tmp_path / "r.md").exists()


def test_several_plans_need_a_folder_or_combined(tmp_path: Path) -> None:
    code, _, err = cli("report", str(EXAMPLES))
    assert code == 2 and "-o DIR/" in err and "--combined" in err
    code, _, err = cli("report", str(EXAMPLES), "-o", str(tmp_path / "one.md"))
    assert code == 2


def test_one_report_per_plan_into_a_folder(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    code, stdout, _ = cli("report", str(EXAMPLES), "-o", f"{out}/", "--format", "html")
    assert code == 0
    assert sorted(p.stem for p in out.iterdir()) == NAMES
    assert stdout.count("Wrote ") == len(NAMES)
    page = Page((out / "perception-gap.html").read_text(encoding="utf-8"))
    assert "Youth centre redesign" in page.text and page.errors == []
    # one existing file stops the whole run before anything is written
    (out / "perception-gap.html").write_text("mine", encoding="utf-8")
    (out / "honest-consultation.html").unlink()
    code, _, err = cli("report", str(EXAMPLES), "-o", str(out), "-f", "html")
    assert code == 2 and "perception-gap.html" in err
    assert not (out / "honest-consultation.html").exists()


def test_two_plans_with_one_name_are_refused(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "plan.yaml").write_bytes(
            (EXAMPLES / "honest-consultation.yaml").read_bytes()
        )
    code, _, err = cli("report", str(tmp_path / "a"), str(tmp_path / "b"), "-o", f"{tmp_path}/out/")
    assert code == 2 and "same report" in err
    assert not (tmp_path / "out").exists()


def test_combined_portfolio_ranks_every_plan_by_risk() -> None:
    code, text, _ = cli("report", str(EXAMPLES), "--combined")
    assert code == 0
    rows = table_rows(section(text, "Projects by co-washing risk"), "Project")
    assert len(rows) == len(NAMES)
    assert all(re.match(r"\*\*(Low|Moderate|High|Severe)\*\* `[█·]{20}`$", row[1]) for row in rows)
    projects = {engine_result(name).plan.project.name for name in NAMES}
    assert {row[0].split(". ", 1)[1] for row in rows} == projects
    scores = [int(row[2]) for row in rows]
    assert scores == sorted(scores, reverse=True)
    assert text.count("### Why") == len(NAMES)
    assert "Riverside estate regeneration" in text and "## Method" in text
    code, html, _ = cli("report", str(EXAMPLES), "--combined", "--format", "html")
    page = Page(html)
    assert code == 0 and page.errors == [] and page.stack == []
    assert html.count('class="project"') == len(NAMES)


def test_report_and_diff_as_real_processes(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    done = subprocess.run(
        [sys.executable, "-m", "coprod_check", "report", str(EXAMPLES / "textbook-co-washing.yaml"),
         "-o", str(target)],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "| Co-washing risk | **Severe** (" in target.read_text(encoding="utf-8")
    evil = tmp_path / "evil.j2"
    evil.write_text("{{ cycler.__init__.__globals__ }}", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "coprod_check", "report", str(EXAMPLES / "textbook-co-washing.yaml"),
         "--template", str(evil)],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    assert "Traceback" not in done.stderr and "refused by the sandbox" in done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "coprod_check", "diff", str(EXAMPLES / "honest-consultation.yaml"),
         str(EXAMPLES / "genuine-co-production.yaml"), "--format", "json"],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"went_away"' in done.stdout


def test_report_date_comes_from_source_date_epoch() -> None:
    code, text, _ = cli("report", str(EXAMPLES / "honest-consultation.yaml"))
    assert code == 0 and "on 2026-09-21" in text
    code, _, err = cli(
        "report", str(EXAMPLES / "honest-consultation.yaml"), env={"SOURCE_DATE_EPOCH": "soon"}
    )
    assert code == 2 and "SOURCE_DATE_EPOCH" in err


# --- the README documents the context ---------------------------------------------------------


def _readme_section(title: str) -> str:
    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_readme_documents_every_context_field() -> None:
    import datetime as dt

    from coprod_check.outputs.report import build_context

    context = load_context()
    result = engine_result("perception-gap")
    data = build_context([result], context.catalogue, context.model, dt.date(2026, 1, 1))
    documented = _readme_section("Template context")
    report = data["report"]
    nested = [data["method"], data["portfolio"], report, report["maturity"], report["risk"]]
    nested += [report["perception_gap"], report["next_steps"], report["principles"][0]]
    nested += [report["steps"][0]["steps"][0], report["reasons"][0], report["claim"]]
    missing = [k for part in [data, *nested] for k in part if f"`{k}`" not in documented]
    assert missing == []


def test_readme_template_example_renders(tmp_path: Path) -> None:
    example = re.search(r"```jinja\n(.*?)```", _readme_section("Template context"), re.S)
    assert example
    template = tmp_path / "brief.md.j2"
    template.write_text(example.group(1), encoding="utf-8")
    code, out, err = cli("report", str(EXAMPLES), "--combined", "--template", str(template))
    assert code == 0, err
    assert out.count("\n- ") + out.startswith("- ") == len(NAMES)
    assert "- Riverside estate regeneration: claims co-production, evidence supports" in out


def test_markdown_is_the_format_name_and_md_its_alias(tmp_path: Path) -> None:
    plan = str(EXAMPLES / "honest-consultation.yaml")
    outputs = [cli("report", plan, "--format", name) for name in ("markdown", "md")]
    assert outputs[0] == outputs[1] and outputs[0][0] == 0
    code, _, _ = cli("report", plan, plan, "--format", "markdown", "-o", f"{tmp_path}/")
    assert code == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["honest-consultation.md"]
    for command in (["check", plan], ["diff", plan, plan]):
        assert cli(*command, "--format", "md")[1] == cli(*command, "--format", "markdown")[1]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_each_template_is_compiled_once_per_process(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coprod_check.outputs import precompile, render

    render.builtin_environment.cache_clear()
    render._user_environment.cache_clear()
    monkeypatch.setattr(precompile, "usable", lambda folder: False)  # compile from the text
    compiled: list[str | None] = []
    real = render._Sandbox.compile

    def counting(self: Any, source: Any, name: Any = None, *args: Any, **kwargs: Any) -> Any:
        compiled.append(name)
        return real(self, source, name, *args, **kwargs)

    monkeypatch.setattr(render._Sandbox, "compile", counting)
    plans = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))[:4]]
    code, _, err = cli("report", *plans, "-f", fmt, "-o", f"{tmp_path}/each/")
    assert code == 0, err
    assert compiled and len(compiled) == len(set(compiled)), compiled
    mine = tmp_path / f"mine.{render.EXTENSIONS[fmt]}.j2"
    mine.write_text("{{ report.project.name }}\n", encoding="utf-8")
    before = len(compiled)
    code, _, err = cli("report", *plans, "-t", str(mine), "-o", f"{tmp_path}/mine/")
    assert code == 0, err
    assert compiled[before:] == [str(mine)]
