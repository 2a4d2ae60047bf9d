"""Any input, however odd, ends in a result or in our own error (exit 0, 1 or 2), never a crash;
large plans and principle folders stay fast; huge files are refused unread."""

from __future__ import annotations

import copy
import datetime as dt
import pathlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from coprod_check.cli.app import app
from coprod_check.core.assessment import assess
from coprod_check.core.errors import CoprodError, ValidationError
from coprod_check.core.plan import TOP_KEYS
from coprod_check.io.loading import Context, load_context, read_plan
from coprod_check.io.yamlio import MAX_BYTES
from tests.conftest import EXAMPLES

runner = CliRunner()
EXAMPLE_DATA = {
    p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in EXAMPLES.glob("*.yaml")
}
NAMES = sorted(EXAMPLE_DATA)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CLI = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies ----------------------------------------------------------------------------

texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
words = st.sampled_from(
    ["unknown", "yes", "no", "partly", "staff", "community", "consult", "co-production",
     "whole", "part", "fol", "demsoc", "fol.sharing-power", "score", "evidence", "?", ""]
)  # fmt: skip
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    texts,
    words,
    st.dates(),
)
keys = st.one_of(texts, words, st.sampled_from(TOP_KEYS), st.integers(-5, 5), st.booleans())
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=5)),
    max_leaves=25,
)
plan_like = st.fixed_dictionaries({}, optional={k: documents for k in TOP_KEYS}) | st.dictionaries(
    keys, documents, max_size=6
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path inside a document."""
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _paths(inner, (*prefix, i))


@st.composite
def mutated_examples(draw: st.DrawFn) -> tuple[str, Any]:
    """A valid example plan with a few things broken: deleted keys, wrong types, bad enums,
    scores out of range."""
    name = draw(st.sampled_from(NAMES))
    data = copy.deepcopy(EXAMPLE_DATA[name])
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        kind = draw(st.sampled_from(["delete", "retype", "word", "score", "garbage"]))
        if kind == "delete":
            del parent[path[-1]]
        elif kind == "retype":
            parent[path[-1]] = draw(documents)
        elif kind == "word":
            parent[path[-1]] = draw(words | texts)
        elif kind == "score":
            parent[path[-1]] = draw(st.integers(-3, 9) | st.floats(-1, 5) | st.just("4.0"))
        else:
            parent[path[-1]] = {"score": draw(scalars), draw(keys): draw(scalars)}
    return name, data


@st.composite
def garbled_texts(draw: st.DrawFn) -> str:
    """An example's YAML text with garbage spliced in, cut short, or indented wrongly."""
    text_ = (EXAMPLES / draw(st.sampled_from(NAMES))).read_text(encoding="utf-8")
    at = draw(st.integers(0, len(text_)))
    how = draw(st.sampled_from(["insert", "cut", "indent", "dup"]))
    if how == "insert":
        junk = draw(
            st.text(max_size=12)
            | st.sampled_from(["&a x", "*a", "!!python/object:os.system", "{", "]", "\t", ": :"])
        )
        return text_[:at] + junk + text_[at:]
    if how == "cut":
        return text_[:at]
    lines = text_.splitlines()
    line = draw(st.integers(0, len(lines) - 1))
    if how == "indent":
        lines[line] = " " * draw(st.integers(1, 3)) + lines[line]
    else:
        lines.insert(line, lines[line])
    return "\n".join(lines)


def _dump(data: Any) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True)


# --- the loader: a plan or a CoprodError, nothing else ------------------------------------


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for every example (hypothesis runs many in one test function)."""
    return tmp_path_factory.mktemp("robust")


def _read(work: Path, text_: str, context: Context) -> None:
    path = work / "plan.yaml"
    path.write_text(text_, encoding="utf-8", errors="surrogatepass")
    try:
        _, plan = read_plan(path, context)
    except CoprodError as exc:
        assert exc.problems, "an error always says what is wrong"
        for problem in exc.problems:
            assert problem.message and problem.file == str(path)
        return
    assess(plan, context.catalogue, context.model, str(path)).to_dict()


@FAST
@given(document=documents | plan_like)
def test_any_yaml_document_loads_or_raises_our_error(
    work: Path, context: Context, document: Any
) -> None:
    _read(work, _dump(document), context)


@FAST
@given(case=mutated_examples())
def test_mutated_examples_load_or_raise_our_error(
    work: Path, context: Context, case: tuple[str, Any]
) -> None:
    _read(work, _dump(case[1]), context)


@FAST
@given(text_=garbled_texts())
def test_garbled_yaml_text_loads_or_raises_our_error(
    work: Path, context: Context, text_: str
) -> None:
    _read(work, text_, context)


def test_a_mutation_that_breaks_the_schema_is_reported(work: Path, context: Context) -> None:
    """The property tests above would pass if nothing were ever rejected; this one cannot."""
    data = copy.deepcopy(EXAMPLE_DATA["honest-consultation.yaml"])
    data["respondents"][0]["answers"]["fol.sharing-power"] = 7
    data["claim"]["level"] = 3
    with pytest.raises(CoprodError) as caught:
        _read_strict(work, _dump(data), context)
    keys = {p.key for p in caught.value.problems}
    assert keys == {"respondents[0].answers.fol.sharing-power", "claim.level"}


@pytest.mark.parametrize("score", ["¹", "²", "½", "Ⅳ", "4.0", "0x3", " 5 "])
def test_odd_digits_as_a_score_are_reported(work: Path, context: Context, score: str) -> None:
    """Found by the mutation test: `"¹".isdigit()` is true, but int("¹") raised ValueError."""
    data = copy.deepcopy(EXAMPLE_DATA["honest-consultation.yaml"])
    data["respondents"][0]["answers"]["fol.sharing-power"] = score
    with pytest.raises(CoprodError) as caught:
        _read_strict(work, _dump(data), context)
    (problem,) = caught.value.problems
    assert problem.key == "respondents[0].answers.fol.sharing-power"
    assert problem.message == f"score `{score}` is not valid"


@pytest.mark.parametrize("digits", ["٣", "3", " 3 "])  # Arabic-Indic three; quoted digits
def test_a_score_written_as_text_is_refused_as_the_schema_refuses_it(
    work: Path, context: Context, digits: str
) -> None:
    data = copy.deepcopy(EXAMPLE_DATA["honest-consultation.yaml"])
    data["respondents"][0]["answers"]["fol.sharing-power"] = digits
    path = work / "text-score.yaml"
    path.write_text(_dump(data), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_plan(path, context)
    assert caught.value.problems[0].message == f"score `{digits}` is not valid"


def _read_strict(work: Path, text_: str, context: Context) -> None:
    path = work / "strict.yaml"
    path.write_text(text_, encoding="utf-8")
    read_plan(path, context)


# --- the CLI: exit 0, 1 or 2, never a traceback -------------------------------------------


def _check(work: Path, text_: str, *options: str) -> int:
    path = work / "cli-plan.yaml"
    path.write_text(text_, encoding="utf-8", errors="surrogatepass")
    result = runner.invoke(app, ["check", str(path), *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2), result.output
    return result.exit_code


@CLI
@given(document=documents | plan_like, fmt=st.sampled_from(["text", "json", "github", "markdown"]))
def test_check_exits_0_1_or_2_for_any_document(work: Path, document: Any, fmt: str) -> None:
    _check(work, _dump(document), "--format", fmt)


@CLI
@given(case=mutated_examples(), fail_on=st.sampled_from(["moderate", "high", "severe"]))
def test_check_exits_0_1_or_2_for_mutated_examples(
    work: Path, case: tuple[str, Any], fail_on: str
) -> None:
    _check(work, _dump(case[1]), "--fail-on", fail_on, "--format", "json")


@CLI
@given(text_=garbled_texts())
def test_check_exits_0_1_or_2_for_garbled_text(work: Path, text_: str) -> None:
    _check(work, text_)


# --- large input ---------------------------------------------------------------------------

CUSTOM_SETS = 50


def _custom_sets(folder: Path) -> list[str]:
    ids = []
    for n in range(CUSTOM_SETS):
        set_id = f"local{n:02d}"
        principles = [
            {
                "id": f"{set_id}.p{i}",
                "title": f"Principle {i}",
                "source": {"quote": f"Quote {i} of set {n}."},
                "question": f"Is principle {i} in place?",
                "evidence_prompt": "Minutes.",
                "advice": "Do it.",
                "pillars": [["power", "knowledge", "inclusion"][i % 3]],
            }
            for i in range(8)
        ]
        data = {
            "id": set_id,
            "name": f"Local set {n}",
            "source": {"title": f"Charter {n}"},
            "summary": "Agreed with residents.",
            "ordered": n % 2 == 0,
            "principles": principles,
        }
        (folder / f"{set_id}.yaml").write_text(_dump(data), encoding="utf-8")
        ids.append(set_id)
    return ids


def _big_plan(context: Context, sets: list[str]) -> dict[str, Any]:
    ids = [p.id for p in context.catalogue.principles_in(sets)]
    roles = list(context.model.roles)
    people = []
    for n in range(200):
        answers: dict[str, Any] = {}
        for i, pid in enumerate(ids):
            score = (n + i) % 5
            answers[pid] = (
                {"score": score, "evidence": f"minutes {n}"} if (n + i) % 3 == 0 else score
            )
            if (n * i) % 11 == 0:
                answers[pid] = "unknown"
        people.append({"name": f"Person {n}", "role": roles[n % len(roles)], "answers": answers})
    return {
        "coprod-check": 1,
        "project": {"name": "A big project", "organisation": "A big council"},
        "claim": {"level": "co-production", "scope": "whole", "wording": "We co-produced it."},
        "sets": sets,
        "respondents": people,
    }


def test_200_respondents_and_50_custom_sets_are_read_and_scored(tmp_path: Path) -> None:
    """Everything `check` does in-process: read 56 sets, read and check the plan, score it.
    (How fast is benchmarks/startup.py's job: tests assert no wall-clock times.)"""
    folder = tmp_path / "sets"
    folder.mkdir()
    custom = _custom_sets(folder)
    sets = ["fol", "demsoc", "newham", "ourlife", custom[0], custom[1]]
    path = tmp_path / "big.yaml"
    path.write_text(_dump(_big_plan(load_context([folder]), sets)), encoding="utf-8")
    context = load_context([folder])
    _, plan = read_plan(path, context)
    result = assess(plan, context.catalogue, context.model, str(path))
    assert len(context.catalogue.sets) == CUSTOM_SETS + 6
    assert len(plan.respondents) == 200
    assert len(result.maturity.principles) == 36 + 2 * 8
    cli = runner.invoke(app, ["check", str(path), "-p", str(folder), "--format", "json"])
    assert cli.exit_code in (0, 1), cli.output
    assert '"project": "A big project"' in cli.output


@pytest.fixture
def huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: takes no disk space
    return path


def test_a_50_mb_file_is_refused_without_being_read(
    huge: Path, context: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    real = pathlib.Path.read_bytes

    def spy(self: Path) -> bytes:
        opened.append(self)
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", spy)
    with pytest.raises(CoprodError) as caught:
        read_plan(huge, context)
    assert huge not in opened
    message = str(caught.value)
    assert message.startswith(f"{huge}: file is 50.0 MB")
    assert f"the limit is {MAX_BYTES // 1024 // 1024} MB, so it was not read" in message


def test_a_50_mb_file_is_refused_by_the_cli_with_a_clear_message(huge: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "coprod_check", "check", str(huge), str(EXAMPLES)],
        capture_output=True,
        text=True,
        timeout=120,  # a hang guard, not a timing check
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: {huge}: file is 50.0 MB; the limit is")
    assert "Traceback" not in done.stderr


def test_dates_and_big_numbers_in_odd_places_are_reported_not_crashed(
    work: Path, context: Context
) -> None:
    """A date where text is expected is kept as written; a huge number is not a score."""
    data = copy.deepcopy(EXAMPLE_DATA["honest-consultation.yaml"])
    data["project"]["name"] = dt.date(2026, 1, 1)
    data["respondents"][0]["answers"]["fol.sharing-power"] = 2**80
    with pytest.raises(CoprodError) as caught:
        _read_strict(work, _dump(data), context)
    assert {p.key for p in caught.value.problems} == {"respondents[0].answers.fol.sharing-power"}
    data["respondents"][0]["answers"]["fol.sharing-power"] = 2
    path = work / "dated.yaml"
    path.write_text(_dump(data), encoding="utf-8")
    assert read_plan(path, context)[1].project.name == "2026-01-01"
