"""The plan file format, declared once, as plain data.

Both the strict checker (`core/plan.py`, walking `PLAN` with `core/checks.py`) and the JSON
Schema (`core/schema.py`, `coprod-check schema`) are read from `PLAN`, so they cannot disagree.

Adding an optional field is one line in `PLAN` (say `"led_by": Choice((...), default=...)`
under `project`); when the engine needs it, add a field of the same name, with the same
default, to the data class in `core/plan.py`, which is built from the checked values by name.

Rules every node follows, in both the checker and the schema:
- an optional key left blank (`organisation:`) is the same as leaving it out: its default;
- text is text: a number or a true/false where text belongs is an error;
- a list is a list: `parts: play area` is an error, `parts: [play area]` is right.
Values named `From("...")` come from the principle sets and the model (`core/vocabulary.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

FORMAT_VERSIONS = (1, 2)
"""Plan format versions this coprod-check reads; the last is the one it writes."""
FORMAT_VERSION = FORMAT_VERSIONS[-1]
VERSION_KEY = "coprod-check"
UNKNOWN = "unknown"
NOT_APPLICABLE = "n/a"
"""A score meaning "this principle does not apply to this project" (long form, with a reason)."""
SCOPES = ("whole", "part")
NAME_CHOICES = ("hidden", "shown")


@dataclass(frozen=True)
class From:
    """A vocabulary taken from the principle sets or the model (`core/vocabulary.py`)."""

    name: str


@dataclass(frozen=True)
class Text:
    """Text (a YAML string); a required one must not be blank. Kept stripped."""

    doc: str = ""
    required: bool = False


@dataclass(frozen=True)
class Choice:
    """One of a fixed list of values."""

    choices: tuple[str | int, ...] | From
    doc: str = ""
    required: bool = False
    default: Any = None
    unknown: bool = False
    """`unknown` is accepted and read as unanswered (None)."""
    yes_no: bool = False
    """Unquoted yes/no, which YAML 1.1 reads as true/false, are taken as "yes"/"no"."""
    message: str = "`{value}` is not valid"
    hint: str | None = None
    """None: suggest the nearest valid choice."""


@dataclass(frozen=True)
class Score:
    """A score on the model's scale (0-4) or `unknown`; blank where allowed is unknown."""

    doc: str = ""
    required: bool = False
    na: bool = False
    """`n/a` is accepted too (the long form, where a reason can be given)."""


@dataclass(frozen=True)
class Date:
    """A calendar date, YYYY-MM-DD."""

    doc: str = ""
    required: bool = False


@dataclass(frozen=True)
class ListOf:
    """A YAML list of items of one kind."""

    item: Node
    doc: str = ""
    required: bool = False
    default: Any = None
    min_items: int = 0
    empty_message: str = "must not be empty"
    what: str = "a list"
    unique: str | None = None
    """A key of the items that must differ between items. The JSON Schema cannot say this:
    the checker alone enforces it (listed in `CHECKER_ONLY`)."""
    unique_message: str = "two items share the {key} `{value}`"
    unique_hint: str | None = None


@dataclass(frozen=True)
class When:
    """`key` is required when `if_key` has the value `equals`."""

    key: str
    if_key: str
    equals: Any
    message: str
    hint: str | None = None


@dataclass(frozen=True)
class Obj:
    """A mapping with known keys; any other key is an error naming the nearest known one."""

    fields: Mapping[str, Node] | From
    doc: str = ""
    required: bool = False
    what: str = "a mapping"
    when: tuple[When, ...] = ()


@dataclass(frozen=True)
class Map:
    """A mapping whose keys come from a vocabulary, each value of one kind."""

    keys: From
    value: Node
    doc: str = ""
    required: bool = False
    what: str = "a mapping"
    ref: str | None = None
    """Name of the value's definition in the JSON Schema (`$defs`), written once."""
    unknown_key: str = "unknown key `{key}`"
    unknown_hint: str | None = None
    scoped_by: str | None = None
    """A top-level key listing the sets whose principles may appear here."""


@dataclass(frozen=True)
class Either:
    """A short form (a bare value) or a long form (a mapping whose `key` is that value)."""

    short: Node
    long: Obj
    key: str
    doc: str = ""
    required: bool = False


@dataclass(frozen=True)
class OneOrMany:
    """One item, or a list of one or more of them: `evidence: "..."` or `evidence: [..., ...]`.
    Either way the checked value is a list."""

    item: Node
    doc: str = ""
    required: bool = False


Node: TypeAlias = Text | Choice | Score | Date | ListOf | Obj | Map | Either | OneOrMany

EVIDENCE = OneOrMany(
    Either(
        short=Text("What shows it, or a link (https://...)", required=True),
        long=Obj(
            {
                "text": Text("What it is, e.g. Steering group minutes, 3 March", required=True),
                "url": Text("A link to it (https://...)"),
                "path": Text("A file, relative to the plan file, e.g. evidence/minutes.pdf"),
                "date": Date("When it was made or last confirmed"),
            },
            what="a piece of evidence (text, and optionally url, path, date)",
        ),
        key="text",
    ),
    "What shows it: text, a link, or {text, url or path relative to the plan, date}; "
    "or a list of these",
)

ANSWER = Either(
    short=Score(),
    long=Obj(
        {
            "score": Score(required=True, na=True),
            "evidence": EVIDENCE,
            "note": Text("Anything else worth saying"),
            "reason": Text("Why the principle does not apply to this project (with `n/a`)"),
        },
        when=(
            When(
                "reason",
                "score",
                NOT_APPLICABLE,
                "`n/a` needs a reason",
                "write it as `{score: n/a, reason: why it does not apply to this project}`",
            ),
        ),
    ),
    key="score",
)

PLAN = Obj(
    what="a plan (a mapping)",
    doc="A project's claim and its co-production self-assessment.",
    fields={
        VERSION_KEY: Choice(
            FORMAT_VERSIONS,
            "Plan format version",
            default=FORMAT_VERSION,
            message="unsupported plan format version `{value}`",
            hint="this coprod-check reads versions "
            + " and ".join(str(v) for v in FORMAT_VERSIONS)
            + ": upgrade coprod-check or fix it",
        ),
        "project": Obj(
            {
                "name": Text("Project name", required=True),
                "organisation": Text("Organisation leading the project"),
                "summary": Text("What the project is for"),
                "led_by": Choice(
                    From("leaders"),
                    "Who leads the project: an organisation, the community itself, or both; "
                    "in a community-led project its own members speak for the community side",
                    default=From("default_leader"),
                ),
                "community": Text(
                    "The community's own name for itself, used in the honest wording "
                    "(default: the sector's word)"
                ),
                "sector": Choice(
                    From("sectors"),
                    "The project's sector: its words and the advice that fits",
                    default=From("default_sector"),
                ),
            },
            "What the project is and who leads it",
            required=True,
        ),
        "claim": Obj(
            {
                "level": Choice(From("levels"), required=True),
                "scope": Choice(SCOPES, "All of the project, or only parts", default="whole"),
                "parts": ListOf(Text(required=True), "The parts that were co-produced"),
                "wording": Text("How the project describes itself"),
            },
            "What the project says it does, in a level and in its own words",
            required=True,
            when=(
                When(
                    "parts",
                    "scope",
                    "part",
                    "is required when `scope: part`",
                    "list the parts that were co-produced, e.g. `parts: [play area design]`",
                ),
            ),
        ),
        "screening": Obj(From("screening"), "The tells named in the sources"),
        "sets": ListOf(
            Choice(
                From("sets"),
                message="unknown principle set `{value}`",
            ),
            "Principle sets to assess against",
            default=From("default_sets"),
            min_items=1,
            empty_message="must name at least one principle set",
        ),
        "assessed": Date("When the assessment was made"),
        "community_names": Choice(
            NAME_CHOICES,
            "Whether reports may name community members and partners (default hidden)",
            default="hidden",
        ),
        "respondents": ListOf(
            Obj(
                {
                    "name": Text("Who answered", required=True),
                    "role": Choice(From("roles"), required=True),
                    "answers": Map(
                        From("principles"),
                        ANSWER,
                        what="a mapping of principle id to score",
                        ref="answer",
                        unknown_key="unknown principle id `{key}`",
                        unknown_hint="run `coprod-check principles list` for every id",
                        scoped_by="sets",
                    ),
                    "key": Text("A survey response's stable key, set by `coprod-check import`"),
                },
                what="a respondent",
            ),
            "Everyone who answered",
            what="a list of respondents",
            unique="name",
            unique_message="two respondents are named `{value}`",
            unique_hint="names must differ",
        ),
    },
)

CHECKER_ONLY = {
    "respondents[].name unique": "JSON Schema cannot require one key to differ between items",
    "answers: never n/a": "the key ingredients that define co-production (model.yaml "
    "`not_applicable.never`) cannot be `n/a`; the schema accepts `n/a` on any principle",
}
"""Rules the checker enforces that JSON Schema cannot express (the agreement test allows these
and only these)."""
