"""The commented starter plan that `coprod-check init` writes."""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

from coprod_check.core.model import Model
from coprod_check.core.plan import FORMAT_VERSION, VERSION_KEY
from coprod_check.core.principles import Catalogue

SCHEMA_FILE = "coprod-plan.schema.json"


UNFILLED = (("project", "name"), ("claim", "level"))
"""Keys the starter leaves empty that every plan needs: empty together, the plan is untouched."""


def unfilled(data: Any) -> bool:
    """True for a plan whose name and claim are both still empty, as `init` wrote them."""
    if not isinstance(data, dict):
        return False
    for section, key in UNFILLED:
        body = data.get(section)
        value = body.get(key) if isinstance(body, dict) else None
        if value is not None and str(value).strip():
            return False
    return "project" in data and "claim" in data


def _comment(text: str, indent: int = 0, width: int = 92) -> list[str]:
    pad = " " * indent + "# "
    return textwrap.wrap(" ".join(text.split()), width, initial_indent=pad, subsequent_indent=pad)


def starter_plan(
    catalogue: Catalogue,
    model: Model,
    sets: tuple[str, ...] | None = None,
    today: dt.date | None = None,
) -> str:
    """A plan with every key explained and every question listed, nothing answered yet: the
    name, the claim and the respondent are empty (so `check` refuses it until they are filled
    in, and `assess` asks for them) and every other answer is `unknown`."""
    sets = sets or model.default_sets
    levels = " | ".join(model.level_ids)
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_FILE}",
        "# coprod-check plan file. Let `coprod-check assess` fill it in, or write the empty",
        "# values by hand; then `coprod-check check` scores it (`coprod-check report` explains).",
        "# Empty values are not answered yet: `check` refuses a plan whose name or claim is empty.",
        f"# Editor support: `coprod-check schema > {SCHEMA_FILE}` beside this file.",
        f"{VERSION_KEY}: {FORMAT_VERSION}  # plan format version",
        "",
        "project:",
        "  name:  # required: the project's name",
        "  organisation:  # optional: the organisation that leads it",
        "  summary:  # optional: what the project is for, in a sentence or two",
        f"  led_by: {model.default_leader}  # {' | '.join(model.leaders)}: who leads the project",
        "  # A community-led project's own members answer as `staff` and speak for the community.",
        "  community:  # optional: the community's own name for itself, e.g. patients and carers",
        f"  sector: {model.default_sector}  # {' | '.join(model.sectors)}",
        "",
        "claim:",
        f"  # What you say publicly. One of: {levels}",
    ]
    for level in model.levels:
        lines += _comment(f"{level.id}: {level.meaning}", 2)
    lines += [
        "  level:  # required: one of the five above",
        "  scope: whole  # whole | part: was all of the project co-produced, or only parts?",
        "  # parts: [play area design]  # required when scope is part",
        "  # wording: how the project describes itself in public, such as",
        '  # "We co-produced this strategy with residents." (optional)',
        "  wording:",
        "",
        "# The tells named in the sources. Leave a line out, or write unknown, if you don't know.",
        "# An answer that helps the claim counts only with what shows it, in the long form:",
        '#   decision_power: {value: shared, evidence: "board terms of reference, 2025"}',
        "screening:",
    ]
    for key, question in model.screening.items():
        lines += _comment(question.question, 2)
        lines.append(f"  {key}: unknown  # {' | '.join(question.choices)}")
    lines += [
        "",
        "# Principle sets to assess against (`coprod-check principles list` shows them all).",
        f"sets: [{', '.join(sets)}]",
        f"assessed: {(today or dt.date.today()).isoformat()}",
        "",
        "# Everyone who answered. role: " + " | ".join(model.roles),
        "# A community or partner respondent is what lets a co-design or co-production claim",
        "# stand up: their view counts, and staff cannot carry a principle they rate low.",
        "respondents:",
        "  - name:  # required: who answered",
        "    role:  # required: " + " | ".join(model.roles),
    ]
    lines += _comment(
        "Score each principle: "
        + "; ".join(f"{s} {label}" for s, label in model.scale.items())
        + "; or unknown.",
        4,
    )
    lines += _comment(
        "A 3 or 4 counts as 2 unless you give evidence: write "
        '{score: 3, evidence: "steering group minutes"} (a note: key may be added too).',
        4,
    )
    lines += _comment(
        "A principle that does not apply to this project: "
        '{score: n/a, reason: "why it does not apply"}. Unknown is not zero: it is left out '
        "of the figures and shows as coverage.",
        4,
    )
    lines.append("    answers:")
    for set_id in sets:
        pset = catalogue.sets[set_id]
        lines.append(f"      # --- {pset.name} ({pset.id}) ---")
        for principle in pset.principles:
            lines += _comment(f"{principle.title}: {principle.question}", 6)
            lines.append(f"      {principle.id}: unknown")
    return "\n".join(lines) + "\n"
