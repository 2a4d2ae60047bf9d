"""`assess` saves one answer by re-dumping only its respondent and splicing that text in: the
file must be byte for byte what a full dump writes, and the full dump must take over wherever a
splice could not be located safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_check.io.loading import Context
from coprod_check.io.plandoc import PlanChangedError, PlanDocument

PIDS = ("fol.sharing-power", "fol.sharing-knowledge", "fol.being-inclusive")


def person(n: int, comment: bool = False) -> str:
    note = f"  # about person {n}\n" if comment else ""
    lines = [f"- name: Person {n}\n", "  role: staff\n", note, "  answers:\n"]
    lines += [f"    {pid}: {(n + i) % 5}\n" for i, pid in enumerate(PIDS[:2])]
    if comment:
        lines.append(f"# after person {n}\n")
    return "".join(lines)


HEAD = "# a plan\ncoprod-check: 1\nproject:\n  name: Big\nclaim:\n  level: consult\n"

SHAPES = {
    "plain": HEAD + "respondents:\n" + "".join(person(n) for n in range(5)),
    "comments": HEAD
    + "respondents:\n"
    + "".join(person(n, comment=True) for n in range(5))
    + "# the end\n",
    "respondents-first": "coprod-check: 1\nrespondents:\n"
    + "".join(person(n) for n in range(4))
    + "project:\n  name: Big  # named\nclaim:\n  level: consult\n",
    "offset-2": HEAD
    + "respondents:\n"
    + "".join("".join("  " + ln + "\n" for ln in person(n).splitlines()) for n in range(4)),
}


def run(path: Path, context: Context, edits: list[tuple[int, str, object]]) -> tuple[str, int]:
    """Apply each edit and save; the text written, and how many saves were splices."""
    spliced = 0
    with PlanDocument(path, context.catalogue, context.model) as doc:
        doc.raw["respondents"][0]["answers"][PIDS[0]] = 4  # the first save: a full dump
        doc.save()
        for who, pid, value in edits:
            doc.raw["respondents"][who]["answers"][pid] = value
            expected = doc.dump()
            before = doc._spans
            doc.save()
            spliced += before is not None and doc._spans is not before
            assert path.read_text(encoding="utf-8") == expected
    return path.read_text(encoding="utf-8"), spliced


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("who", ["first", "middle", "last"])
@pytest.mark.parametrize("pid", [PIDS[1], PIDS[2]], ids=["changed", "new"])
def test_a_spliced_save_is_the_full_dump_byte_for_byte(
    tmp_path: Path, context: Context, shape: str, who: str, pid: str
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(SHAPES[shape], encoding="utf-8")
    count = SHAPES[shape].count("- name:")
    index = {"first": 0, "middle": count // 2, "last": count - 1}[who]
    long_form = {"score": 3, "evidence": "minutes, May"}
    edits = [(index, pid, (index + 3) % 5), (index, pid, long_form), (index, pid, 2)]
    text, spliced = run(path, context, edits)
    assert spliced == len(edits)
    assert f"# after person {index}" in text or shape != "comments"
    assert "# the end" in text or shape != "comments"


def test_flow_style_respondents_fall_back_to_a_full_dump(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        HEAD + "respondents: [{name: A, role: staff, answers: {fol.sharing-power: 1}}]\n",
        encoding="utf-8",
    )
    text, spliced = run(path, context, [(0, PIDS[1], 3)])
    assert spliced == 0
    assert "fol.sharing-knowledge: 3" in text


def test_a_change_outside_the_respondents_falls_back(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(SHAPES["comments"], encoding="utf-8")
    with PlanDocument(path, context.catalogue, context.model) as doc:
        doc.raw["respondents"][1]["answers"][PIDS[0]] = 4
        doc.save()
        spans = doc._spans
        assert spans is not None
        doc.raw["project"]["name"] = "Renamed"
        doc.raw["respondents"][1]["answers"][PIDS[0]] = 1
        expected = doc.dump()
        assert doc._spliced() is None
        doc.save()
        assert path.read_text(encoding="utf-8") == expected
        doc.raw["respondents"].append({"name": "New", "role": "staff", "answers": {PIDS[0]: 2}})
        assert doc._spliced() is None  # a new respondent: the list itself changed


def test_an_invalid_answer_is_not_spliced(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(SHAPES["plain"], encoding="utf-8")
    with PlanDocument(path, context.catalogue, context.model) as doc:
        doc.raw["respondents"][2]["answers"][PIDS[0]] = 4
        doc.save()
        before = path.read_text(encoding="utf-8")
        doc.raw["respondents"][2]["answers"][PIDS[0]] = 9
        assert doc._spliced() is None
        with pytest.raises(Exception, match="not saved"):
            doc.save()
        assert path.read_text(encoding="utf-8") == before


def test_a_spliced_save_still_refuses_a_file_changed_on_disk(
    tmp_path: Path, context: Context
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(SHAPES["plain"], encoding="utf-8")
    with PlanDocument(path, context.catalogue, context.model) as doc:
        doc.raw["respondents"][2]["answers"][PIDS[0]] = 4
        doc.save()
        path.write_text(SHAPES["plain"] + "# someone else\n", encoding="utf-8")
        doc.raw["respondents"][2]["answers"][PIDS[0]] = 1
        assert doc._spliced() is not None
        with pytest.raises(PlanChangedError):
            doc.save()
    assert path.read_text(encoding="utf-8").endswith("# someone else\n")


def _reopened_first_save(path: Path, context: Context) -> tuple[bool, str]:
    """Change one answer in a freshly opened plan and save: was the save spliced, and the text
    a full dump would have written."""
    with PlanDocument(path, context.catalogue, context.model) as doc:
        located = doc._spans
        doc.raw["respondents"][2]["answers"][PIDS[1]] = 1
        expected = doc.dump()
        doc.save()
        return located is not None and doc._spans is not located, expected


def test_a_plan_a_full_dump_wrote_gets_a_spliced_first_save(
    tmp_path: Path, context: Context
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(SHAPES["comments"], encoding="utf-8")
    with PlanDocument(path, context.catalogue, context.model) as doc:
        doc.raw["project"]["name"] = "Renamed"  # outside the respondents: a full dump
        doc.save()
    written = path.read_text(encoding="utf-8")
    with PlanDocument(path, context.catalogue, context.model) as doc:
        assert doc._spans is not None
        assert doc._spans.head + "".join(doc._spans.chunks) + doc._spans.tail == written
    spliced, expected = _reopened_first_save(path, context)
    assert spliced
    assert path.read_text(encoding="utf-8") == expected
    assert "# after person 2" in expected and "# the end" in expected


@pytest.mark.parametrize(
    "hand",
    [
        SHAPES["plain"].replace("name: Big", "name:    Big"),
        SHAPES["plain"].replace("  role: staff\n", "  role:   staff\n", 1),
        SHAPES["plain"].replace("level: consult", "level:  consult"),
    ],
    ids=["spaced-head", "spaced-respondent", "spaced-claim"],
)
def test_a_hand_formatted_plan_falls_back_to_a_full_first_save(
    tmp_path: Path, context: Context, hand: str
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(hand, encoding="utf-8")
    spliced, expected = _reopened_first_save(path, context)
    assert not spliced
    assert path.read_text(encoding="utf-8") == expected
    assert expected != hand  # the full dump rewrote the hand formatting
