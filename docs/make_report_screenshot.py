"""Regenerate docs/report.png: the HTML report of `summarizer seeds/` in Chromium,
with a summary sentence selected (its spans marked in the documents).

    python docs/make_report_screenshot.py [--sentence N] [--chromium PATH]

Needs the browser extra (``pip install -e ".[browser]"``) and Chromium from
the system's packages (Debian: ``apt-get install chromium``); Playwright
drives it headless.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The browser tests' Chromium: found and launched the same way.
sys.path.insert(0, str(ROOT / "tests"))
from chromium import FLAGS, find_chromium  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentence", type=int, default=2, help="the summary sentence to select")
    parser.add_argument("--chromium", default=find_chromium() or "chromium")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "report.png")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.html"
        command = [sys.executable, "-m", "summarizer", str(ROOT / "seeds"), "-o", str(report)]
        subprocess.run(command, check=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=FLAGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(report.as_uri())
            page.locator(f"#s{args.sentence} a.sentence").click()
            page.screenshot(path=str(args.output))
            browser.close()
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
