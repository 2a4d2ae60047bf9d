"""Two assessments of the same project compared: what moved, what appeared, what went away.

Pure: assessments in, a DiffView out (the JSON shape and the level labels), and the three diff
formats drawing it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from coprod_check.core.assessment import Assessment
from coprod_check.core.maturity import Maturity
from coprod_check.core.model import Level, Model, show
from coprod_check.core.principles import PILLARS
from coprod_check.outputs.numbers import gap, signed
from coprod_check.outputs.sanitize import json_text, md_cell
from coprod_check.outputs.views import DiffView

JSON_VERSION = 2


def _change(old: float | None, new: float | None) -> dict[str, Any]:
    delta = None if old is None or new is None else round(new - old, 2)
    return {"old": old, "new": new, "change": delta}


def _level(old: Level, new: Level) -> dict[str, Any]:
    return {"old": old.id, "new": new.id, "change": new.rank - old.rank}


def compare(old: Assessment, new: Assessment, model: Model) -> dict[str, Any]:
    """What changed from `old` to `new`; `change` is new minus old throughout."""
    mo, mn = old.maturity, new.maturity
    moved = []
    for pid in dict.fromkeys([*mo.principles, *mn.principles]):
        before = mo.principles.get(pid)
        after = mn.principles.get(pid)
        a = before.combined if before else None
        b = after.combined if after else None
        if a != b:
            title = (after or before).title  # type: ignore[union-attr]
            moved.append({"id": pid, "title": title, **_change(a, b)})
    # largest moves first; ties in the order a reader scans them: by the title shown
    moved.sort(
        key=lambda m: (-abs(m["change"]) if m["change"] is not None else -5, m["title"], m["id"])
    )
    screening = [
        {
            "key": key,
            "question": question.question,
            "old": old.plan.screening.get(key),
            "new": new.plan.screening.get(key),
        }
        for key, question in model.screening.items()
    ]
    old_codes = {r.code: r for r in old.risk.reasons}
    new_codes = {r.code: r for r in new.risk.reasons}
    sets = list(dict.fromkeys([*mo.sets, *mn.sets]))
    return {
        "version": JSON_VERSION,
        "old": _side(old),
        "new": _side(new),
        "same_project": old.plan.project.name == new.plan.project.name,
        "stated": _level(old.risk.stated, new.risk.stated),
        "worded": _level(old.risk.worded, new.risk.worded),
        "evidenced": _level(old.risk.evidenced, new.risk.evidenced),
        "scope": {"old": old.plan.claim.scope, "new": new.plan.claim.scope},
        "screening": [s for s in screening if s["old"] != s["new"]],
        "band": {
            "old": old.risk.band,
            "new": new.risk.band,
            "change": model.band_rank(new.risk.band) - model.band_rank(old.risk.band),
        },
        "score": _change(old.risk.score, new.risk.score),
        "maturity": {
            "overall": _change(mo.overall, mn.overall),
            "pillars": {p: _change(mo.pillars.get(p), mn.pillars.get(p)) for p in PILLARS},
            "sets": {s: _change(mo.sets.get(s), mn.sets.get(s)) for s in sets},
            "unknown_share": _change(mo.unknown_share, mn.unknown_share),
            "coverage": {
                "overall": _change(_known(mo, None), _known(mn, None)),
                "pillars": {p: _change(_known(mo, p), _known(mn, p)) for p in PILLARS},
            },
        },
        "principles": moved,
        "reasons": {
            "appeared": [r.to_dict() for c, r in new_codes.items() if c not in old_codes],
            "went_away": [r.to_dict() for c, r in old_codes.items() if c not in new_codes],
            "kept": [c for c in new_codes if c in old_codes],
        },
    }


def _known(maturity: Maturity, pillar: str | None) -> float | None:
    """The share known (coverage), overall or of one pillar; None where it is not measured
    (no coverage, or a pillar with nothing in scope)."""
    cover = maturity.coverage
    if cover is None:
        return None
    return cover.overall if pillar is None else cover.pillars.get(pillar, 0.0)


def _side(result: Assessment) -> dict[str, Any]:
    return {
        "file": result.file,
        "project": result.plan.project.name,
        "assessed": result.plan.assessed,
    }


def diff_view(old: Assessment, new: Assessment, model: Model) -> DiffView:
    return DiffView(compare(old, new, model), {lv.id: lv.label.lower() for lv in model.levels})


class DiffJson:
    name = "diff-json"
    suffix = ".json"

    def render(self, view: DiffView) -> str:
        return json_text(json.dumps(view.change, indent=2, ensure_ascii=False))


def _num(value: float | None, digits: int = 0) -> str:
    return "unknown" if value is None else f"{value:.{digits}f}"


def _delta(value: float | None, digits: int = 0) -> str:
    return signed(value, digits, zero=NO_CHANGE)


def _points(value: float) -> str:
    text = _delta(value)
    return text if text == NO_CHANGE else f"{text} points"


NO_CHANGE = "no change"


def _move(item: dict[str, Any], better: str, worse: str, same: str = NO_CHANGE) -> str:
    change = item["change"]
    return same if not change else (better if change > 0 else worse)


def _rows(change: dict[str, Any], label: Mapping[str, str]) -> list[tuple[str, str, str, str]]:
    """(what, before, after, change) rows shared by the text and Markdown views."""
    rows = []
    for key, name in (("stated", "stated level"), ("evidenced", "evidenced level")):
        c = change[key]
        rows.append(
            (name, label[c["old"]], label[c["new"]], _move(c, "up", "down") + _rungs(c["change"]))
        )
    worded = change["worded"]
    if worded["old"] != change["stated"]["old"] or worded["new"] != change["stated"]["new"]:
        rows.append(
            (
                "worded level",
                label[worded["old"]],
                label[worded["new"]],
                _rungs(worded["change"]),
            )
        )
    scope = change["scope"]
    if scope["old"] != scope["new"]:
        rows.append(("claim scope", scope["old"], scope["new"], "changed"))
    for item in change["screening"]:
        rows.append(
            (
                "screening: " + item["key"].replace("_", " "),
                item["old"] or "unknown",
                item["new"] or "unknown",
                "changed",
            )
        )
    band = change["band"]
    rows.append(("risk band", band["old"], band["new"], _move(band, "worse", "better")))
    score = change["score"]
    rows.append(("risk score", _num(score["old"]), _num(score["new"]), _delta(score["change"])))
    m = change["maturity"]
    # 0-100 figures exactly as every other output gives them (62.5, never 62)
    for what, c in [("maturity", m["overall"])] + [
        (f"{pillar} pillar", c) for pillar, c in m["pillars"].items()
    ]:
        rows.append((what, _figure(c["old"]), _figure(c["new"]), _figure_change(c["change"])))
    # how much is known (coverage): overall, and each pillar whose share moved
    cover = m["coverage"]
    for what, c in [("known", cover["overall"])] + [
        (f"known: {p} pillar", c) for p, c in cover["pillars"].items() if c["change"]
    ]:
        rows.append((what, _share(c["old"]), _share(c["new"]), _share_points(c["change"])))
    return rows


def _figure(value: float | None) -> str:
    return "unknown" if value is None else show(value)


def _figure_change(change: float | None) -> str:
    return NO_CHANGE if not change else gap(round(change, 1))


def _share(value: float | None) -> str:
    return "not measured" if value is None else f"{show(round(value * 100, 1))}%"


def _share_points(change: float | None) -> str:
    return NO_CHANGE if not change else _points(change * 100)


def _rungs(count: int) -> str:
    return f" {abs(count)} rung{'s' if abs(count) != 1 else ''}" if count else ""


def _principle_line(p: dict[str, Any]) -> tuple[str, str, str, str]:
    return (
        f"{p['title']} ({p['id']})",
        _num(p["old"], 1),
        _num(p["new"], 1),
        _delta(p["change"], 1)
        if p["change"] is not None
        else ("newly answered" if p["old"] is None else "now unknown"),
    )


class DiffText:
    name = "diff-text"
    suffix = ".txt"

    def render(self, view: DiffView) -> str:
        return _text(view.change, view.labels)


class DiffMarkdown:
    name = "diff-markdown"
    suffix = ".md"

    def render(self, view: DiffView) -> str:
        return _markdown(view.change, view.labels)


def _text(change: dict[str, Any], labels: Mapping[str, str]) -> str:
    old, new = change["old"], change["new"]
    lines = [f"{old['file']} -> {new['file']}: {new['project']}"]
    if not change["same_project"]:
        lines.append(f"  note: the project names differ (was {old['project']})")
    lines.append(f"  assessed {old['assessed'] or 'undated'} -> {new['assessed'] or 'undated'}")
    width = max(len(r[0]) for r in _rows(change, labels))
    for what, before, after, moved in _rows(change, labels):
        lines.append(f"  {what:<{width}}  {before:>14} -> {after:<14} {moved}")
    if change["principles"]:
        lines.append(f"  principles that moved ({len(change['principles'])}):")
        for p in change["principles"]:
            name, before, after, moved = _principle_line(p)
            lines.append(f"    {name}: {before} -> {after} {moved}".rstrip())
    else:
        lines.append("  no principle moved")
    for key, title in (
        ("appeared", "reasons that appeared"),
        ("went_away", "reasons that went away"),
    ):
        found = change["reasons"][key]
        lines.append(f"  {title} ({len(found)}){':' if found else ''}")
        lines += [f"    [{r['code']}] {r['message']}" for r in found]
    return "\n".join(lines) + "\n"


def _markdown(change: dict[str, Any], labels: Mapping[str, str]) -> str:
    old, new = change["old"], change["new"]
    lines = [
        f"## coprod-check diff: {md_cell(new['project'])}",
        "",
        f"From {md_cell(old['file'])} ({md_cell(old['assessed'] or 'undated')}) "
        f"to {md_cell(new['file'])} ({md_cell(new['assessed'] or 'undated')}).",
    ]
    if not change["same_project"]:
        lines.append(f"The project names differ: this was *{md_cell(old['project'])}*.")
    lines += ["", "| | Before | After | Change |", "|---|---|---|---|"]
    for what, before, after, moved in _rows(change, labels):
        lines.append(f"| {md_cell(what)} | {md_cell(before)} | {md_cell(after)} | {moved} |")
    lines += ["", f"### Principles that moved ({len(change['principles'])})", ""]
    if change["principles"]:
        lines += ["| Principle | Before | After | Change |", "|---|---:|---:|---:|"]
        for p in change["principles"]:
            lines.append("| " + " | ".join(md_cell(x) for x in _principle_line(p)) + " |")
    else:
        lines.append("None.")
    for key, title in (
        ("appeared", "Reasons that appeared"),
        ("went_away", "Reasons that went away"),
    ):
        lines += ["", f"### {title}", ""]
        found = change["reasons"][key]
        lines += [f"- `{r['code']}`: {md_cell(r['message'])}" for r in found] or ["None."]
    return "\n".join(lines) + "\n"
