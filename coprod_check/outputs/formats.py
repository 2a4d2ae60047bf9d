"""Plain output formats for `check`: text, JSON, Markdown and GitHub annotations.

Kept free of rich and jinja2 so `check` starts fast; the rich view lives in console.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from coprod_check.core.assessment import Assessment
from coprod_check.core.model import show
from coprod_check.core.principles import PILLARS
from coprod_check.core.risk import plural
from coprod_check.outputs.sanitize import json_text, markdown, one_line, terminal

JSON_VERSION = 2
TOP_REASONS = 3


def to_json(results: Sequence[Assessment]) -> str:
    import json  # imported here so the other formats start without it

    payload = {
        "version": JSON_VERSION,
        "results": [r.to_dict() for r in sorted(results, key=lambda r: r.file or "")],
    }
    return json_text(json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False))


def headline(result: Assessment) -> str:
    """`claims co-production, evidence supports engagement: HIGH risk (55/100), unsubstantiated`"""
    r = result.risk
    kind = "" if r.verdict_kind == "supported" else f", {r.verdict_kind}"
    return (
        f"claims {claim_text(result)}, evidence supports {r.evidenced.label.lower()}: "
        f"{r.band.upper()} risk ({r.score}/100){kind}"
    )


def claim_text(result: Assessment) -> str:
    """`co-design (part)`, or `consultation, worded as co-production`."""
    r = result.risk
    text = r.stated.label.lower()
    if result.plan.claim.scope == "part":
        text += " (part)"
    if r.worded.rank > r.stated.rank:
        text += f", worded as {r.worded.label.lower()}"
    return text


def figure(value: float | None) -> str:
    """A 0-100 figure exactly as JSON gives it (already rounded); a dash where nothing is
    known."""
    return "\N{EN DASH}" if value is None else show(value)


def share(value: float | None) -> str:
    return "\N{EN DASH}" if value is None else f"{show(value * 100)}%"


def maturity_line(result: Assessment) -> str:
    """`maturity 62.5/100 (power 50 · ...); coverage 40% (power 30% · ...)`: figures over the
    answers given, coverage the share known."""
    m = result.maturity
    pillars = " · ".join(f"{p} {figure(m.pillars[p])}" for p in PILLARS)
    line = f"maturity {figure(m.overall)}/100 ({pillars})"
    if m.coverage is not None:
        cover = " · ".join(f"{p} {share(m.coverage.pillars[p])}" for p in PILLARS)
        line += f"; known {share(m.coverage.overall)} ({cover})"
    na = len(m.not_applicable)
    if na:
        line += f"; {na} n/a"
    return line


def to_text(results: Sequence[Assessment], verbose: bool = False) -> str:
    lines: list[str] = []
    for result in results:
        project = result.plan.project
        org = f" ({project.organisation})" if project.organisation else ""
        lines.append(one_line(f"{result.file}: {project.name}{org}"))
        lines.append(f"  {one_line(headline(result))}")
        lines.append(f"  {maturity_line(result)}")
        reasons = result.risk.reasons if verbose else result.risk.reasons[:TOP_REASONS]
        for reason in reasons:
            lines.append(f"  - [{reason.code}] {one_line(reason.message)}")
        hidden = len(result.risk.reasons) - len(reasons)
        if hidden:
            lines.append(f"  ... and {plural(hidden, 'more reason')} (--verbose shows all)")
        lines.append("")
    return "\n".join(lines)


def summary_counts(results: Sequence[Assessment], bands: Sequence[str]) -> str:
    counts = {b: sum(r.risk.band == b for r in results) for b in bands}
    shown = ", ".join(f"{n} {b}" for b, n in reversed(counts.items()) if n)
    return f"{plural(len(results), 'plan')} checked: {shown}"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#])")


def md_cell(value: Any) -> str:
    """Text that cannot break a Markdown table, inject HTML, ping anyone (@mentions) or plant
    a link: controls removed, escaped, one line."""
    return markdown(str(value if value is not None else ""), _md_escape)


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_markdown(results: Sequence[Assessment]) -> str:
    lines = [
        "## coprod-check: co-washing risk",
        "",
        "| Plan | Project | Claimed | Evidenced | Risk | Maturity | Top reason |",
        "|---|---|---|---|---|---:|---|",
    ]
    for r in results:
        top = r.risk.reasons[0] if r.risk.reasons else None
        lines.append(
            "| "
            + " | ".join(
                [
                    md_cell(r.file),
                    md_cell(r.plan.project.name),
                    md_cell(claim_text(r)),
                    md_cell(r.risk.evidenced.label),
                    f"**{r.risk.band}** ({r.risk.score})",
                    figure(r.maturity.overall),
                    md_cell(f"{top.code}: {top.message}") if top else "none",
                ]
            )
            + " |"
        )
    lines.append("")
    return "\n".join(lines)


def _gh_escape(text: str, prop: bool = False) -> str:
    """Escape per GitHub's workflow-command rules, after removing controls and `##[`."""
    text = one_line(text) if prop else terminal(text)
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def to_github(results: Sequence[Assessment], failing: set[str], lines: dict[str, int]) -> str:
    """`::error` for plans at or above --fail-on, `::warning` for the rest; one per reason."""
    out = []
    for r in results:
        kind = "error" if r.risk.band in failing else "warning"
        file = _gh_escape(r.file or "", prop=True)
        line = lines.get(r.file or "", 1)
        for reason in r.risk.reasons:
            title = _gh_escape(f"coprod-check {r.risk.band} risk: {reason.code}", prop=True)
            out.append(
                f"::{kind} file={file},line={line},title={title}::{_gh_escape(reason.message)}"
            )
    return "\n".join(out)
