"""Issue 12, item 5: every template bomb stops with exit 2 and a clear message, on any
platform, and no output file is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.hostile.support import refused, run

PLAN = EXAMPLES / "honest-consultation.yaml"
BOMBS = {
    "lipsum": "{{ lipsum(2000000) }}",
    "tower of powers": "{{ ((9**1000)**1000)**1000 }}",
    "big power": "{{ 2 ** 1000 ** 1 * 2 ** 999 * 7 ** 999 * 9 ** 999 * (2 ** 999) ** 999 }}",
    "nested ranges": (
        "{% for i in range(100000) %}{% for j in range(100000) %}"
        "{% for k in range(100000) %}{% endfor %}{% endfor %}{% endfor %}"
    ),
    "macro fan-out": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}"
    ),
    "string repetition": "{{ 'a' * 100000000 }}",
    "list repetition": "{{ ([1] * 100000000)|length }}",
    "bytes repetition": "{{ ('a'.encode() * 100000000)|length }}",
    "repeated concat": (
        "{% set ns = namespace(s='x' * 1000000) %}"
        "{% for i in range(100000) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}"
    ),
    "repeated plus": (
        "{% set ns = namespace(s=[0] * 1000000) %}"
        "{% for i in range(100000) %}{% set ns.s = ns.s + ns.s %}{% endfor %}"
    ),
    "percent padding": "{{ '%999999999s' % 'x' }}",
    "percent star": "{{ '%*s' % (999999999, 'x') }}",
    "format filter padding": "{{ '%999999999s'|format('x') }}",
    "str.format padding": "{{ '{:>999999999}'.format('x') }}",
    "center filter": "{{ 'x'|center(999999999) }}",
    "center method": "{{ 'x'.center(999999999) }}",
    "ljust method": "{{ 'x'.ljust(999999999) }}",
    "zfill method": "{{ '1'.zfill(999999999) }}",
    "indent filter": "{{ ('x\\n' * 500000)|indent(999999) }}",
    "replace filter": "{{ ('x' * 1000000)|replace('x', 'y' * 1000000) }}",
    "replace method": "{{ ('x' * 1000000).replace('', 'y' * 100) }}",
    "join": "{{ (['x' * 1000000] * 1000)|join }}",
    "join method": "{{ ('y' * 1000000).join(['a'] * 1000) }}",
    "expandtabs": "{{ ('\\t' * 1000000).expandtabs(1000000) }}",
    "output size": (
        "{% for i in range(100000) %}{% for j in range(100) %}{{ 'x' * 10000 }}"
        "{% endfor %}{% endfor %}"
    ),
    "recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_every_template_bomb_is_stopped(tmp_path: Path, name: str) -> None:
    (tmp_path / "bomb.md.j2").write_text(BOMBS[name], encoding="utf-8")
    done = run(
        "report", PLAN, "-t", "bomb.md.j2", "-o", "out.md",
        cwd=tmp_path, env={"COPROD_CHECK_TEMPLATE_SECONDS": "3"},
    )  # fmt: skip
    refused(done, "bomb.md.j2")
    assert "template" in done.stderr
    assert not (tmp_path / "out.md").exists()


def test_the_time_budget_message_names_the_limit(tmp_path: Path) -> None:
    (tmp_path / "slow.md.j2").write_text(BOMBS["nested ranges"], encoding="utf-8")
    done = run("report", PLAN, "-t", "slow.md.j2", cwd=tmp_path,
               env={"COPROD_CHECK_TEMPLATE_SECONDS": "1"})  # fmt: skip
    refused(done, "slow.md.j2:1: template refused by the sandbox: the template ran out of time")
    assert "COPROD_CHECK_TEMPLATE_SECONDS" in done.stderr


def test_a_busy_but_bounded_template_still_renders(tmp_path: Path) -> None:
    """The limits leave ordinary templates alone: loops, padding, joins, a little lipsum."""
    (tmp_path / "fine.md.j2").write_text(
        "{% for r in reports %}{{ r.project.name|center(40) }}{% endfor %}\n"
        "{{ range(1000)|join(',') }}\n"
        "{{ ('%5s|' % 'x')|length }}:{{ '{:>6}'.format('y')|length }}\n"
        "{{ lipsum(2, html=False)|length > 10 }}\n{{ 2 ** 100 }}\n",
        encoding="utf-8",
    )
    done = run("report", PLAN, "-t", "fine.md.j2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1267650600228229401496703205376" in done.stdout
    assert "\n6:6\n" in done.stdout


def test_built_in_templates_render_every_example_under_the_limits(tmp_path: Path) -> None:
    done = run("report", EXAMPLES, "--combined", "-f", "html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    done = run("report", EXAMPLES, "-o", "reports/", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
