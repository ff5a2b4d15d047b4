"""Repeated page furniture: do lines pasted into many documents reach the summary?

    python benchmarks/furniture.py ../shared/data/multinews_longbench/dev.jsonl
    python benchmarks/furniture.py PATH [--words N] [--limit K]

Builds a second copy of every multi-document cluster of a dev set in which
each document starts and ends with a line its "site" pastes into every page:
syndication notes, credits, taglines (``LINES``, twelve of them; none uses
the page-furniture vocabulary of the sentence classifier, so only the
collection-level signal can catch them). Each cluster gets two of the lines
(chosen by a seeded generator), one at the top and one at the bottom of every
document. Reports, for the clean and the spliced clusters, ROUGE (as
``quality.py`` scores it) and how many summaries contain a spliced line.
Prints a table and writes JSON to ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from quality import (
    RESULTS,
    command_line,
    default_words,
    load_clusters,
    score_system,
    write_report,
)
from systems import ours

LINES = (
    "This story originally appeared on our partner network.",
    "Reporting by our correspondents, editing by the night desk.",
    "Views expressed here belong to the author alone.",
    "Our journalism is made possible by readers like you.",
    "The Morning Courier is an independent, family-owned paper.",
    "This piece was produced in partnership with the Civic Media Fund.",
    "Corrections and clarifications appear on page two of every edition.",
    "All times are local unless stated otherwise.",
    "Wire services contributed to this report.",
    "Photographs were supplied by the agency pool.",
    "The author is a senior fellow at the Center for Public Affairs.",
    "This article was originally published on our partner site.",
)


def splice(clusters: list[dict[str, Any]], seed: int = 0) -> list[dict[str, Any]]:
    """Copies of the clusters with two of ``LINES`` around every document."""
    rng = random.Random(seed)
    spliced = []
    for cluster in clusters:
        top, bottom = rng.sample(LINES, 2)
        documents = [
            {**d, "text": f"{top}\n\n{d['text']}\n\n{bottom}"} for d in cluster["documents"]
        ]
        spliced.append({**cluster, "documents": documents, "lines": [top, bottom]})
    return spliced


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="JSONL file of clusters")
    parser.add_argument("--words", type=int, help="word budget (default: dataset convention)")
    parser.add_argument("--limit", type=int, help="only the first K clusters")
    parser.add_argument("--output", type=Path, help="JSON file (default: benchmarks/results/...)")
    args = parser.parse_args(argv)
    from rich.console import Console
    from rich.table import Table
    from rouge_score import rouge_scorer

    console = Console() if sys.stdout.isatty() else Console(width=120)
    words = args.words or default_words(args.path)
    clusters = [c for c in load_clusters(args.path, args.limit) if len(c["documents"]) > 1]
    spliced = splice(clusters)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    system = ours()
    reached = []
    for cluster in spliced:
        summary = system([d["text"] for d in cluster["documents"]], words)
        reached += [line for line in cluster["lines"] if line in summary]
    clean_scores = score_system(system, clusters, words, scorer)
    spliced_scores = score_system(system, spliced, words, scorer)
    report = {
        "dataset": str(args.path),
        "clusters": len(clusters),
        "words": words,
        "lines": list(LINES),
        "summaries_with_a_spliced_line": len(reached),
        "spliced_lines_in_summaries": reached,
        "clean": clean_scores,
        "spliced": spliced_scores,
        "command": command_line("furniture.py"),
    }
    table = Table(
        title=f"{args.path.parent.name}: {len(clusters)} multi-document clusters, {words} words",
        title_justify="left",
    )
    for column in ("clusters", "R-1 F1", "R-2 F1", "R-L F1", "summaries with a spliced line"):
        table.add_column(column, justify="right")
    for name, scores, count in (
        ("clean", clean_scores, "-"),
        ("spliced", spliced_scores, str(len(reached))),
    ):
        table.add_row(
            name, *(f"{scores[m]['f1']:.2f}" for m in ("rouge1", "rouge2", "rougeL")), count
        )
    console.print(table)
    output = args.output or RESULTS / f"furniture-{args.path.parent.name}.json"
    write_report(report, output, console)
    return 0


if __name__ == "__main__":
    sys.exit(main())
