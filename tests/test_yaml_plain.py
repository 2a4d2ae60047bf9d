"""The quick reading of plain YAML (`yamlio._parse_plain`) gives exactly what the strict loader
gives: the same data, the same line:column for every key and item, the same text as written,
and for anything it does not handle it steps aside so the strict loader reads (or refuses) it."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from coprod_check.core.errors import InputError
from coprod_check.io import yamlio
from tests.conftest import EXAMPLES, REPO
from tests.hostile.test_yaml import CASES

LOADERS = {"libyaml": yamlio._StrictLoader, "pure": yamlio._strict_loader(yaml.SafeLoader)}

PLAIN = {
    "mapping": "a: 1\nb: two\nc: [1, two, 3.0]\n",
    "flow": "{a: {b: [x, {c: d}]}, e: []}\n",
    "nested lists": "- - - 1\n  - 2\n- 3\n",
    "a list at the top": "- a\n- b: c\n  d: [e]\n",
    "a scalar at the top": "just text\n",
    "empty": "",
    "comments only": "# nothing here\n",
    "an empty document": "---\n",
    "document markers": "---\na: 1\n...\n",
    "blanks and nulls": "a:\nb: ~\nc: null\nd: ''\ne: \"\"\n",
    "yes/no keys and values": "yes: no\n'no': yes\nOn: off\nTRUE: 1\n",
    "number keys": "1: a\n2.5: b\n0x10: c\n~: d\n",
    "dates": "when: 2026-11-20\nat: 2026-11-20T10:00:00Z\nnot: '2026-11-20'\n",
    "numbers as written": "a: 0x3\nb: +3\nc: 010\nd: 1_000\ne: 3e0\nf: .nan\ng: -.inf\n",
    "sexagesimal": "a: 1:20\nb: 1:20.5\nc: [1:20]\n",
    "quoted and block text": 'a: "x\\ty"\nb: |\n  line one\n  line two\nc: >\n  folded\n',
    "unicode": "name: Café “Riverside” ✓\nkey: 'é'\n",
    "deep but allowed": "a: " + "[" * 63 + "]" * 63 + "\n",
}

NOT_PLAIN = {
    "merge key": "base: {a: 1}\nx: {<<: {a: 2}, b: 3}\n",
    "anchor and alias": "a: &x 1\nb: *x\n",
    "tag": "a: !!str 3\n",
    "non-specific tag": "a: ! 3\n",
    "complex key": "? [a]\n: 1\n",
    "duplicate key": "a: 1\na: 2\n",
    "yes written twice": "yes: 1\nTrue: 2\n",
    "a key written twice, quoted once": "yes: 1\n'yes': 2\n",
    "too deep": "a: " + "[" * 64 + "]" * 64 + "\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "value key": "a: {=: 1}\n",
}


def corpus() -> dict[str, str]:
    texts = dict(PLAIN)
    texts.update(NOT_PLAIN)
    texts.update({f"hostile: {name}": case[0] for name, case in CASES.items()})
    for path in sorted(EXAMPLES.glob("*.yaml")):
        texts[f"example {path.name}"] = path.read_text(encoding="utf-8")
    for path in sorted((REPO / "principles").rglob("*.yaml")):
        texts[f"principles {path.name}"] = path.read_text(encoding="utf-8")
    return texts


def paths(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    yield (*path, "no-such-key")
    yield (*path, 10**6)
    if isinstance(data, dict):
        for key, value in data.items():
            yield from paths(value, (*path, key))
            yield (*path, str(key))
    elif isinstance(data, list):
        for n, value in enumerate(data):
            yield from paths(value, (*path, n))


def comparable(data: Any) -> str:
    """Data as text, telling apart what == does not (True and 1, 1 and 1.0) and with nan
    equal to itself."""

    def tagged(value: Any) -> Any:
        if isinstance(value, dict):
            return [[tagged(k), tagged(v)] for k, v in value.items()]
        if isinstance(value, list):
            return [tagged(v) for v in value]
        if isinstance(value, float) and math.isnan(value):
            return ["float", "nan"]
        return [type(value).__name__, repr(value)]

    return json.dumps(tagged(data))


def plain_or_none(text: str, loader: Any) -> tuple[Any, yamlio.Positions] | None:
    try:
        return yamlio._parse_plain(text, loader)
    except (yamlio._NotPlain, yaml.YAMLError):
        return None


def assert_same(text: str, loader: Any) -> bool:
    """Whether the quick reading took `text`; when it did, it must equal the strict one."""
    quick = plain_or_none(text, loader)
    if quick is None:
        return False
    data, positions = yamlio._parse_strict(text, "plan.yaml", loader)  # never refuses it
    assert comparable(quick[0]) == comparable(data)
    assert quick[1].plain_numbers == positions.plain_numbers
    for path in paths(data):
        assert quick[1].locate(path) == positions.locate(path), path
        assert quick[1].source(path) == positions.source(path), path
    return True


@pytest.mark.parametrize("loader", list(LOADERS))
@pytest.mark.parametrize("name", list(corpus()))
def test_the_quick_reading_equals_the_strict_one(name: str, loader: str) -> None:
    text = corpus()[name]
    taken = assert_same(text, LOADERS[loader])
    if name in PLAIN or name.startswith(("example", "principles")):
        assert taken, "plain data must not need the strict loader"
    if name in NOT_PLAIN:
        assert not taken, "left to the strict loader"


@pytest.mark.parametrize("name", list(corpus()))
def test_parse_positioned_answers_as_the_strict_loader_does(name: str) -> None:
    """The public entry point: the same data, or the same error at the same place."""
    text = corpus()[name]

    def outcome(parse: Any) -> Any:
        try:
            data, positions = parse()
        except InputError as exc:
            return [str(p) for p in exc.problems]
        return comparable(data), positions.plain_numbers

    strict = outcome(lambda: yamlio._parse_strict(text, "plan.yaml", yamlio._StrictLoader))
    assert outcome(lambda: yamlio.parse_positioned(text, "plan.yaml")) == strict


def test_a_plan_of_many_respondents_is_read_quickly_and_placed() -> None:
    """The shape `import` writes, many times over: taken by the quick reading, every answer
    placed where it is written."""
    people = "".join(
        f'  - name: "Response {n:04x}"\n    role: community\n    key: "{n:08x}"\n'
        f"    answers:\n      fol.sharing-power: {n % 5}\n      fol.sharing-knowledge: unknown\n"
        f'      fol.being-inclusive:\n        score: 3\n        note: "said on day {n}"\n'
        for n in range(300)
    )
    text = "project: {name: x}\nclaim: {level: consult}\nsets: [fol]\nrespondents:\n" + people
    for loader in LOADERS.values():
        assert assert_same(text, loader)
    _, positions = yamlio.parse_positioned(text)
    where = positions.locate(("respondents", 299, "answers", "fol.being-inclusive", "note"))
    assert where == (5 + 299 * 9 + 8, 9)  # 4 lines, 9 a respondent, its 9th


def test_mutated_plans_read_the_same_both_ways() -> None:
    """Each example with one line changed in ways YAML reads differently."""
    swaps = ["yes", "0x3", "2026-02-30", "1:20", "&a x", "*a", "!!int 3", "[", "{a: 1}", "- x"]
    checked = 0
    for name in ("honest-consultation.yaml", "textbook-co-washing.yaml"):
        lines = (EXAMPLES / name).read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines):
            if ": " not in line or line.lstrip().startswith("#"):
                continue
            head = line.split(": ", 1)[0]
            for swap in swaps:
                text = "\n".join([*lines[:n], f"{head}: {swap}", *lines[n + 1 :]]) + "\n"
                assert_same(text, yamlio._StrictLoader)
                checked += 1
    assert checked > 300


def test_check_runs_without_libyaml(tmp_path: Any) -> None:
    """Where PyYAML has no libyaml, the pure-Python loader reads plans, places errors and
    refuses what it must."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("project: {name: x}\nclaim: {level: consult}\nsets: [fol, nope]\n", "utf-8")
    alias = tmp_path / "alias.yaml"
    alias.write_text("a: &x 1\nb: *x\n", encoding="utf-8")
    script = (
        "import sys\n"
        "sys.modules['yaml._yaml'] = None\n"  # as if PyYAML were built without libyaml
        "import yaml\n"
        "assert not hasattr(yaml, 'CSafeLoader')\n"
        "from coprod_check.__main__ import main\n"
        "sys.argv = ['coprod-check', *sys.argv[1:]]\n"
        "main()\n"
    )
    for args, code, says in (
        ([str(EXAMPLES / "honest-consultation.yaml")], (0, 1), "honest-consultation.yaml"),
        ([str(bad)], (2,), "bad.yaml:3:"),
        ([str(alias)], (2,), "YAML aliases (*name) are not allowed"),
    ):
        done = subprocess.run(
            [sys.executable, "-c", script, "check", *args],
            capture_output=True,
            text=True,
            env={"NO_COLOR": "1", "PATH": ""},
        )
        assert done.returncode in code, done.stderr
        assert says in done.stdout + done.stderr
        assert "Traceback" not in done.stderr
