"""Check the HTML reports against WCAG 2.2 AA with axe-core in headless Chromium.

    python tools/accessibility.py            # every example's report, and the portfolio
    python tools/accessibility.py FILE.html  # any HTML files
    python tools/accessibility.py --install  # fetch axe-core from the npm registry first

Needs Chromium (`chromium` or `chromium-browser` on PATH, or $CHROMIUM) and axe-core's
`axe.min.js`: $AXE_CORE_JS, else `node_modules/axe-core` in the repository, else the copy
`--install` puts in ~/.cache/coprod-check-axe (`npm install axe-core` there).

Exit 0: no violation; 1: violations (each printed with its rule, impact and element);
2: it cannot run (no Chromium or no axe-core), saying which.

The reports forbid scripts (their Content-Security-Policy), so each page is checked as a copy
with that one meta tag removed and axe-core added at the end of the body; the rest of the page is
exactly what coprod-check wrote.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "coprod-check-axe"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
"""WCAG 2.2 level AA: every A and AA rule of 2.0, 2.1 and 2.2."""
CSP = re.compile(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n?", re.I)
RESULTS = re.compile(r'<pre id="axe-results">(.*?)</pre>', re.S)


class CannotRun(RuntimeError):
    """Chromium or axe-core is missing."""


def find_chromium() -> str:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and (found := shutil.which(name)):
            return found
    raise CannotRun("no Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM")


def find_axe() -> Path:
    candidates = [
        os.environ.get("AXE_CORE_JS"),
        REPO / "node_modules" / "axe-core" / "axe.min.js",
        CACHE / "node_modules" / "axe-core" / "axe.min.js",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise CannotRun(
        "no axe-core: run `python tools/accessibility.py --install` (npm install axe-core) "
        "or set AXE_CORE_JS to axe.min.js"
    )


def install() -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise CannotRun("npm is needed to install axe-core")
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--prefix", str(CACHE), "axe-core"],
        check=True,
    )
    return find_axe()


def instrumented(page: str, axe: str) -> str:
    """The page with its CSP meta removed and axe-core run over it once it has loaded."""
    runner = (
        "axe.run(document, {runOnly: {type: 'tag', values: " + json.dumps(TAGS) + "}, "
        "resultTypes: ['violations']}).then(function (r) {"
        "var pre = document.createElement('pre'); pre.id = 'axe-results';"
        "pre.textContent = JSON.stringify(r.violations.map(function (v) {"
        "return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {"
        "return {target: n.target.join(' '), summary: n.failureSummary}; })}; }));"
        "document.body.appendChild(pre); });"
    )
    page = CSP.sub("", page, count=1)
    script = f"<script>{axe}</script>\n<script>{runner}</script>\n"
    return page.replace("</body>", script + "</body>", 1)


def check_page(path: Path, chromium: str, axe_js: Path) -> list[dict[str, object]]:
    """axe-core's WCAG 2.2 AA violations for one HTML file."""
    page = path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        copy.write_text(instrumented(page, axe_js.read_text(encoding="utf-8")), "utf-8")
        done = subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-extensions",
                f"--user-data-dir={folder}/profile",
                "--virtual-time-budget=20000",
                "--dump-dom",
                copy.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    match = RESULTS.search(done.stdout)
    if match is None:
        raise CannotRun(f"axe-core did not report on {path} ({done.stderr.strip()[-300:]})")
    return json.loads(html.unescape(match.group(1)))


def built_pages(folder: Path) -> list[Path]:
    """Every bundled example's HTML report, and the portfolio of them all."""
    examples = REPO / "examples"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1790000000"}
    run = [sys.executable, "-m", "coprod_check", "report"]
    subprocess.run([*run, str(examples), "-o", f"{folder}/", "-f", "html"], check=True, env=env)
    portfolio = folder / "portfolio.html"
    subprocess.run([*run, str(examples), "--combined", "-o", str(portfolio)], check=True, env=env)
    return sorted(folder.glob("*.html"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="HTML files (default: the examples)")
    parser.add_argument("--install", action="store_true", help="npm install axe-core first")
    args = parser.parse_args(argv)
    try:
        chromium = find_chromium()
        axe_js = install() if args.install else find_axe()
    except CannotRun as exc:
        print(f"accessibility: cannot run: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        files = args.files or built_pages(Path(folder))
        failed = 0
        for path in files:
            violations = check_page(path, chromium, axe_js)
            failed += bool(violations)
            print(f"{path.name}: {len(violations)} WCAG 2.2 AA violations")
            for v in violations:
                print(f"  {v['id']} ({v['impact']}): {v['help']}")
                for node in v["nodes"][:5]:  # type: ignore[index]
                    print(f"    {node['target']}: {node['summary']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
