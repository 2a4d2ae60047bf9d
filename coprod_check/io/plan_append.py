"""Many respondents added to a plan at once (`coprod-check import`): appended as text after the
last respondent where the layout allows, else through the round-trip loader; under the plan's
lock, written atomically, every comment kept."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coprod_check.core.errors import InputError
from coprod_check.core.model import Model
from coprod_check.core.plan import parse_plan
from coprod_check.core.principles import Catalogue
from coprod_check.io.mapping_edits import put
from coprod_check.io.plan_lock import PlanLock
from coprod_check.io.plandoc import PlanChangedError, PlanDocument, sequence_offset
from coprod_check.io.yamlio import atomic_write, parse_positioned, problems_placed, read_text


def add_respondents(
    path: Path,
    people: Sequence[dict[str, Any]],
    catalogue: Catalogue,
    model: Model,
    checked_text: str | None = None,
) -> None:
    """Append respondents to a plan, written atomically under the plan's lock, keeping every
    comment.

    `checked_text`: the plan's text as the caller read and checked it, with `people` built
    from checked values (as `import` does, cell by cell): the merged plan is then valid by
    construction, and only a file changed since is refused. Without it, the merged plan is
    checked as a whole first.

    A plan whose `respondents` is a block list (or absent) gets the new ones appended as text
    after the last respondent, so the file is never re-dumped: hundreds of respondents stay
    fast, and everything else in the file stays byte for byte. Any other layout goes through
    the round-trip loader, as `assess` does (which checks the result again before saving).
    """
    lock = PlanLock(path)
    lock.acquire()
    try:
        text = read_text(path)
        if checked_text is not None and text != checked_text:
            raise PlanChangedError(
                "the plan changed on disk while the responses were read; nothing was written",
                file=str(path),
                hint="run the import again",
            )
        if checked_text is None:
            data, positions = parse_positioned(text, str(path))
            merged = dict(data) if isinstance(data, dict) else data
            if isinstance(merged, dict):
                old = merged.get("respondents")
                merged["respondents"] = [*(old if isinstance(old, list) else []), *people]
            with problems_placed(positions):
                parse_plan(merged, catalogue, model, str(path), positions.source)
        new_text = _appended(text, people)
        if new_text is None:
            with PlanDocument(path, catalogue, model, locked=True) as doc:
                listed = doc.raw.get("respondents")
                if not isinstance(listed, list):
                    listed = []
                    put(doc.raw, "respondents", listed)
                listed.extend(people)
                doc.save()
            return
        try:
            atomic_write(path, new_text)
        except OSError as exc:
            raise InputError(
                f"could not write the plan ({exc.strerror or exc}); it is as it was",
                file=str(path),
            ) from None
    finally:
        lock.release()


def _appended(text: str, people: Sequence[dict[str, Any]]) -> str | None:
    """The plan's text with `people` added to its block list of respondents, or None when the
    layout is one to leave to the round-trip loader."""
    import yaml

    from coprod_check.io.yamlio import yaml_block

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return None
    found = [(k, v) for k, v in root.value if getattr(k, "value", None) == "respondents"]
    if not found:
        offset = sequence_offset(text)
        lines = ["respondents:", *yaml_block(list(people), offset)]
        body = text if text.endswith("\n") or not text else text + "\n"
        return body + "\n".join(lines) + "\n"
    node = found[0][1]
    if not isinstance(node, yaml.SequenceNode) or node.flow_style or not node.value:
        return None
    column = node.start_mark.column
    last: yaml.Node = node.value[-1]
    while True:  # the deepest last node: its end is exact, unlike a block collection's
        if isinstance(last, yaml.MappingNode) and last.value and not last.flow_style:
            last = last.value[-1][1]
        elif isinstance(last, yaml.SequenceNode) and last.value and not last.flow_style:
            last = last.value[-1]
        else:
            break
    end = last.end_mark.index
    if end > 0 and text[end - 1] == "\n":
        cut = end
    else:
        newline = text.find("\n", end)
        cut = len(text) if newline < 0 else newline + 1
    head = text[:cut] if text[:cut].endswith("\n") else text[:cut] + "\n"
    added = "\n".join(yaml_block(list(people), column)) + "\n"
    return head + added + text[cut:]
