"""A plan in progress: `assess` saves after every answer, so a plan may lack what is still to
be asked (its claim, a respondent's name); it is checked with stand-ins for those."""

from __future__ import annotations

import copy
from typing import Any

from coprod_check.core.model import Model
from coprod_check.core.plan import parse_plan
from coprod_check.core.principles import Catalogue
from coprod_check.io.yamlio import Positions, problems_placed

STAND_IN = "(not answered yet)"


def with_stand_ins(data: Any, model: Model) -> Any:
    """A copy of a plan in progress with the answers still to come filled in, so the rest of it
    can be checked now: a plan saved after its first answer has no claim yet."""
    if not isinstance(data, dict):
        return data
    filled = copy.deepcopy(data)
    project = filled.get("project")
    if project is None:
        project = filled["project"] = {}
    if isinstance(project, dict) and project.get("name") is None:
        project["name"] = STAND_IN
    claim = filled.get("claim")
    if claim is None:
        claim = filled["claim"] = {}
    if isinstance(claim, dict):
        if claim.get("level") is None:
            claim["level"] = model.level_ids[0]
        if claim.get("scope") == "part" and claim.get("parts") is None:
            claim["parts"] = [STAND_IN]
    people = filled.get("respondents")
    for index, person in enumerate(people if isinstance(people, list) else []):
        if isinstance(person, dict):  # the starter's respondent, still to be named
            if person.get("name") is None:
                person["name"] = f"{STAND_IN} {index + 1}"
            if person.get("role") is None:
                person["role"] = next(iter(model.roles))
    return filled


def check_partial(
    data: Any, positions: Positions, file: str, catalogue: Catalogue, model: Model
) -> None:
    """Raise a placed ValidationError unless `data` is a valid plan or one on its way to it."""
    with problems_placed(positions):
        parse_plan(with_stand_ins(data, model), catalogue, model, file, positions.source)
