"""Regenerate docs/seeds.svg: the terminal view of `summarizer seeds/`, exported by rich.

    python docs/make_screenshot.py

The elapsed time in the footer is whatever this run took.
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from summarizer.cli import main

ROOT = Path(__file__).resolve().parent.parent


def main_svg() -> None:
    console = Console(record=True, width=100, file=io.StringIO(), force_terminal=True)
    code = main([str(ROOT / "seeds")], console=console)
    if code != 0:
        raise SystemExit(code)
    target = ROOT / "docs" / "seeds.svg"
    target.write_text(console.export_svg(title="summarizer seeds/"), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main_svg()
