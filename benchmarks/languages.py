"""Quality in every language: the seven MultiLing 2011 dev sets side by side.

    python benchmarks/languages.py --data ../shared/data
    python benchmarks/languages.py --data ../shared/data --systems ours lead

Runs :mod:`quality` on ``tac2011_multiling_en`` and every
``multiling2011_<language>`` set (the same WikiNews topics, 250-word
summaries), with the summaries the pilot's participating systems submitted,
and prints one row per language: this project, the lead baseline, the best
participant on each measure (ID1-ID9; ID9 was the organisers' baseline), the
topline ID10 (built with knowledge of the human summaries: shown, not a
peer), and this project's margin over the best of lead and the participants.
With ``--as-english``, also this project with every document read as
English (``language="en"``: English stop words and stemmer, no language
table): what the language profiles change. The last row averages the
languages. Each language's full table is written
to ``benchmarks/results/quality-<set>.json`` as :mod:`quality` writes it, and
the summary to ``benchmarks/results/languages.json``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import quality
from rich.console import Console
from rich.table import Table
from systems import ours

SETS = (
    "tac2011_multiling_en",
    "multiling2011_arabic",
    "multiling2011_czech",
    "multiling2011_french",
    "multiling2011_greek",
    "multiling2011_hebrew",
    "multiling2011_hindi",
)
TOPLINE = "multiling11-ID10"
AS_ENGLISH = "ours read as English"


def summarize_report(name: str, report: dict[str, Any]) -> dict[str, Any]:
    """This project against lead and the best participant, per measure."""
    results = report["results"]
    peers = {k: v for k, v in results.items() if k.startswith("multiling11-") and k != TOPLINE}
    row: dict[str, Any] = {"dataset": name}
    for m in ("rouge1", "rouge2"):
        best = max(peers, key=lambda k: peers[k][m]["f1"])
        ours, lead = results["ours"][m]["f1"], results["lead"][m]["f1"]
        row[m] = {
            "ours": ours,
            "lead": lead,
            "best_participant": best.removeprefix("multiling11-"),
            "best_participant_f1": peers[best][m]["f1"],
            "topline": results[TOPLINE][m]["f1"] if TOPLINE in results else None,
            "margin": round(ours - max(lead, peers[best][m]["f1"]), 2),
            "as_english": results[AS_ENGLISH][m]["f1"] if AS_ENGLISH in results else None,
        }
    return row


def table(rows: list[dict[str, Any]]) -> Table:
    t = Table(
        title="MultiLing 2011 dev topics, 250 words: ROUGE F1 (margin: ours minus the "
        "best of lead and ID1-ID9)",
        title_justify="left",
    )
    as_english = any(row["rouge1"].get("as_english") is not None for row in rows)
    columns = ["language", "measure", "ours", "lead", "best participant", "margin", "topline"]
    for col in columns + ["read as English"] * as_english:
        t.add_column(col, justify="left" if col in ("language", "measure") else "right")
    for row in rows:
        for m in ("rouge1", "rouge2"):
            r = row[m]
            best = r["best_participant"]
            t.add_row(
                row["dataset"] if m == "rouge1" else "",
                m.upper().replace("ROUGE", "R-"),
                f"{r['ours']:.2f}",
                f"{r['lead']:.2f}",
                f"{r['best_participant_f1']:.2f} ({best})" if best else "",
                f"{r['margin']:+.2f}",
                "" if r["topline"] is None else f"{r['topline']:.2f}",
                *(
                    [f"{r['as_english']:.2f}" if r.get("as_english") is not None else ""]
                    if as_english
                    else []
                ),
            )
        t.add_section()
    return t


def average(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"dataset": "average"}
    for m in ("rouge1", "rouge2"):
        keys = ("ours", "lead", "best_participant_f1", "margin")
        out[m] = {k: round(sum(r[m][k] for r in rows) / len(rows), 2) for k in keys}
        english = [r[m]["as_english"] for r in rows if r[m].get("as_english") is not None]
        out[m]["as_english"] = round(sum(english) / len(english), 2) if english else None
        tops = [r[m]["topline"] for r in rows if r[m]["topline"] is not None]
        out[m]["topline"] = round(sum(tops) / len(tops), 2) if tops else None
        out[m]["best_participant"] = ""
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument(
        "--systems", nargs="+", default=["ours", "lead"], help="systems to run (default: ours lead)"
    )
    parser.add_argument(
        "--as-english",
        action="store_true",
        help="also run this project with every document read as English",
    )
    args = parser.parse_args(argv)
    console = Console() if sys.stdout.isatty() else Console(width=120)
    rows = []
    for name in SETS:
        path = args.data / name / "dev.jsonl"
        tokenizer = "default" if quality.is_english(path) else "unicode"
        extra = {AS_ENGLISH: ours(language="en")} if args.as_english else {}
        names = list(args.systems) + list(extra) * (not quality.is_english(path))
        report = quality.run(
            path, quality.default_words(path), None, names, False, console, tokenizer, extra
        )
        report["command"] = quality.command_line("languages.py")
        quality.write_report(report, quality.RESULTS / f"quality-{name}.json", console)
        rows.append(summarize_report(name.removeprefix("multiling2011_"), report))
    rows.append(average(rows))
    console.print(table(rows))
    report = {"command": quality.command_line("languages.py"), "rows": rows}
    quality.write_report(report, quality.RESULTS / "languages.json", console)
    return 0


if __name__ == "__main__":
    sys.exit(main())
