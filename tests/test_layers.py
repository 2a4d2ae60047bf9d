"""The package's layers, kept by a test: imports point down only (cli -> outputs -> io -> core),
the core does no I/O, and no module grows past ~300 lines without a reason on record."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "coprod_check"
LAYERS = ("core", "io", "outputs", "cli")
"""Bottom first: a module may import its own layer and the layers before it, never after."""
MODULES = sorted(PACKAGE.rglob("*.py"))


def layer_of(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "coprod_check" or len(parts) < 2:
        return None
    return LAYERS.index(parts[1]) if parts[1] in LAYERS else len(LAYERS)


def imports(path: Path) -> list[tuple[int, str]]:
    """Every module the file imports, at the top or inside a function: (line, module)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
    return found


def name_of(path: Path) -> str:
    return ".".join(path.relative_to(REPO).with_suffix("").parts)


def test_every_module_sits_in_a_layer() -> None:
    loose = [name_of(p) for p in MODULES if layer_of(name_of(p)) == len(LAYERS)]
    assert loose == ["coprod_check.__init__", "coprod_check.__main__"]


@pytest.mark.parametrize("path", MODULES, ids=name_of)
def test_imports_point_down_the_layers(path: Path) -> None:
    own = layer_of(name_of(path))
    assert own is not None
    upward = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for line, module in imports(path)
        if (target := layer_of(module)) is not None and target > own and target < len(LAYERS)
    ]
    assert upward == [], "imports must point down: cli -> outputs -> io -> core"


CORE_FORBIDDEN = ("os", "io", "sys", "subprocess", "shutil", "tempfile", "rich", "typer",
                  "jinja2", "ruamel", "yaml", "importlib.resources")  # fmt: skip


@pytest.mark.parametrize("path", sorted((PACKAGE / "core").glob("*.py")), ids=name_of)
def test_the_core_does_no_io_and_no_terminal_work(path: Path) -> None:
    used = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for line, module in imports(path)
        if module in CORE_FORBIDDEN or module.split(".")[0] in CORE_FORBIDDEN
    ]
    text = path.read_text(encoding="utf-8")
    for call in ("open(", ".read_text(", ".write_text(", ".read_bytes(", "os.environ"):
        if call in text.replace("_open(", ""):
            used.append(f"{path.relative_to(REPO)} calls {call}")
    assert used == []


def test_the_layering_test_can_fail() -> None:
    assert layer_of("coprod_check.cli.app") > layer_of("coprod_check.core.plan")  # type: ignore[operator]
    sample = PACKAGE / "core" / "plan.py"
    assert any(m.startswith("coprod_check.core") for _, m in imports(sample))


LONG_LINES = 330
""""No module over ~300 lines unless it is one job": past this, a module needs a reason here."""
LONG_MODULES = {
    "cli/interactive.py": "one job: the interview's flow (plan opened, respondents, summary)",
    "io/plandoc.py": "one job: the document assess edits, loaded, spliced and saved",
    "outputs/render.py": "one job: the jinja2 sandbox, its budgets and its errors",
    "io/yamlio.py": "one job: YAML read with every key's place, and written atomically",
    "io/responses.py": "one job: survey exports read and matched to the plan's questions",
    "core/maturity.py": "one job: the maturity figures (owned by the model's lead)",
    "core/risk.py": "one job: the co-washing risk findings (owned by the model's lead)",
    "core/model.py": "one job: the model's data classes, read from model.yaml",
}


def test_no_module_is_long_without_a_reason_on_record() -> None:
    long = {
        str(path.relative_to(PACKAGE)): count
        for path in MODULES
        if "precompiled" not in path.parts
        and (count := len(path.read_text(encoding="utf-8").splitlines())) > LONG_LINES
    }
    assert set(long) <= set(LONG_MODULES), {k: v for k, v in long.items() if k not in LONG_MODULES}
