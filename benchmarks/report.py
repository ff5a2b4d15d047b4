"""Size and time of the HTML report for large collections.

    python benchmarks/report.py                       # 1,000 and 10,000 documents
    python benchmarks/report.py --documents 1000 10000 --data ../shared/data

For each size, a collection of that many real documents (every document of
the datasets in ``../shared/data/``, each once, in a fixed order; repeated
with new ids past what they hold) is written as JSONL and summarized by the
command into a report, as a whole process
(``summarizer FILE --format html -o report.html``), and the report's size is
measured, with how many documents it shows in full and how many it keeps
collapsed. Prints a table and writes JSON to ``benchmarks/results/report.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus import real_documents
from quality import RESULTS, command_line, write_report

HERE = Path(__file__).resolve().parent


def write_collection(texts: list[str], n: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            record = {"id": f"doc-{i + 1}", "text": texts[i % len(texts)]}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def measure(texts: list[str], n: int, scratch: Path) -> dict[str, Any]:
    source = scratch / f"collection-{n}.jsonl"
    write_collection(texts, n, source)
    report = scratch / f"report-{n}.html"
    command = [
        sys.executable,
        "-m",
        "summarizer",
        str(source),
        "--format",
        "html",
        "-o",
        str(report),
    ]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    page = report.read_text(encoding="utf-8")
    return {
        "documents": n,
        "input_mb": round(source.stat().st_size / 1e6, 2),
        "report_mb": round(report.stat().st_size / 1e6, 2),
        "shown_in_full": len(re.findall(r'<article id="doc\d+"', page)),
        "collapsed": len(re.findall(r'<details id="doc\d+"', page)),
        "seconds_whole_process": round(seconds, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    parser.add_argument("--output", type=Path, default=RESULTS / "report.json")
    args = parser.parse_args(argv)
    from rich.console import Console
    from rich.table import Table

    console = Console() if sys.stdout.isatty() else Console(width=120)
    texts = real_documents(args.data)
    if not texts:
        raise SystemExit(f"report.py: no documents under {args.data}")
    with tempfile.TemporaryDirectory() as scratch:
        rows = [measure(texts, n, Path(scratch)) for n in args.documents]
    table = Table(title="HTML report of large collections", title_justify="left")
    for column in rows[0]:
        table.add_column(column.replace("_", " "), justify="right")
    for row in rows:
        table.add_row(*(f"{v:,}" if isinstance(v, int) else str(v) for v in row.values()))
    console.print(table)
    report = {
        "command": command_line("report.py"),
        "python": sys.version.split()[0],
        "real_documents": len(texts),
        "rows": rows,
    }
    write_report(report, args.output, console)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
