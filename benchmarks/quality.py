"""ROUGE benchmark: this project against a lead baseline and the peers.

    python benchmarks/quality.py ../shared/data/multinews_longbench/dev.jsonl
    python benchmarks/quality.py PATH [--words N] [--limit K] [--systems ours lead ...]
    python benchmarks/quality.py PATH --ablate      # ours with each stage switched off
    python benchmarks/quality.py ../shared/data/multiling2011_hindi/dev.jsonl --systems ours lead

For the MultiLing 2011 sets, the summaries the pilot's participating systems
submitted (``dev_peers.jsonl`` beside ``dev.jsonl``) are scored too, as rows
``multiling11-ID<n>`` (ID9 was the organisers' baseline, ID10 a topline
built with knowledge of the human summaries). Text in any other language
than English is scored with a tokenizer that keeps Unicode letters, marks and
digits (lower-cased, no stemmer), as ``../shared/data/README.md`` says;
``--tokenizer`` overrides the choice.

Input: JSONL, one cluster per line: ``{"id", "documents": [{"id", "title",
"text"}], "references": [...]}``. Every summary is truncated to the same word
budget (default: the dataset's convention, from the file's path) and scored
with rouge-score (Porter stemming) against every reference; per cluster the
mean over references of precision, recall and F1 is taken (as ROUGE-1.5.5
does with ``-f A``), then the mean over clusters. Prints a table and writes
JSON to ``benchmarks/results/``. Needs the bench extra: ``pip install -e
".[bench]"``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import regex
from rich.console import Console
from rich.table import Table
from systems import ABLATIONS, PEERS, System, ours

RESULTS = Path(__file__).resolve().parent / "results"
METRICS = ("rouge1", "rouge2", "rougeL")
#: Conventional budgets (words) of the datasets in ../shared/data/.
DEFAULT_WORDS = {
    "multinews_longbench": 260,
    "multinews": 260,
    "opinosis": 20,
    "tac2011_multiling_en": 250,
    "multiling2011_*": 250,
}


def command_line(script: str) -> str:
    """The command that ran this benchmark, for its JSON report."""
    return f"python benchmarks/{script} " + " ".join(sys.argv[1:])


def add_setting_option(parser: argparse.ArgumentParser) -> None:
    """``--set SETTING VALUE`` (repeatable): a numeric setting of this project
    for every run of a benchmark; read with :func:`settings_from`."""
    parser.add_argument(
        "--set",
        nargs=2,
        action="append",
        default=[],
        metavar=("SETTING", "VALUE"),
        help="a setting of this project for every run (repeatable), e.g. --set damping 0.5",
    )


def settings_from(pairs: Sequence[Sequence[str]]) -> dict[str, Any]:
    """The settings given with ``--set``: a value with a point is a float, else an int."""
    return {name: float(value) if "." in value else int(value) for name, value in pairs}


def write_report(report: dict[str, Any], output: Path, console: Console) -> None:
    """Write a benchmark's JSON report and say where."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {output}")


def default_words(path: Path) -> int:
    for name, words in DEFAULT_WORDS.items():
        if name in path.parts or (name.endswith("*") and path.parent.name.startswith(name[:-1])):
            return words
    raise SystemExit(f"quality.py: no conventional budget known for {path}; give --words N")


def is_english(path: Path) -> bool:
    """Whether a dataset is in English (every set here but multiling2011_<language>)."""
    return not path.parent.name.startswith("multiling2011_")


class UnicodeTokenizer:
    """rouge-score's tokenizer interface for any script: runs of Unicode letters,
    marks and digits, lower-cased, not stemmed (rouge-score's own tokenizer keeps
    only ``[a-z0-9]`` and would score Arabic, Greek, Hebrew or Hindi as empty)."""

    _WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")

    def tokenize(self, text: str) -> list[str]:
        return self._WORD.findall(text.lower())


def make_scorer(tokenizer: str) -> Any:
    from rouge_score import rouge_scorer

    if tokenizer == "unicode":
        return rouge_scorer.RougeScorer(list(METRICS), tokenizer=UnicodeTokenizer())
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def submitted_summaries(path: Path) -> dict[str, dict[str, str]]:
    """The participants' summaries beside a MultiLing dev set: system -> cluster id -> text."""
    peers = path.with_name("dev_peers.jsonl")
    systems: dict[str, dict[str, str]] = {}
    if peers.exists():
        with peers.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    systems.setdefault(record["system"], {})[record["id"]] = record["summary"]
    return dict(sorted(systems.items(), key=lambda kv: int(kv[0].rsplit("ID", 1)[-1])))


def load_clusters(path: Path, limit: int | None) -> list[dict[str, Any]]:
    clusters = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                clusters.append(json.loads(line))
            if limit is not None and len(clusters) >= limit:
                break
    return clusters


def truncate(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def score_system(
    system: System, clusters: Sequence[dict[str, Any]], words: int, scorer: Any
) -> dict[str, Any]:
    """Mean (over clusters) of the mean (over references) P/R/F of each metric,
    and the seconds ``system`` took."""
    summaries = []
    seconds = 0.0
    for cluster in clusters:
        texts = [d["text"] for d in cluster["documents"]]
        start = time.perf_counter()
        summaries.append(system(texts, words))
        seconds += time.perf_counter() - start
    return {"seconds": round(seconds, 3), **score_summaries(summaries, clusters, words, scorer)}


def score_summaries(
    summaries: Sequence[str], clusters: Sequence[dict[str, Any]], words: int, scorer: Any
) -> dict[str, Any]:
    """ROUGE of one summary per cluster, each truncated to ``words``."""
    per_cluster: dict[str, list[list[float]]] = {m: [] for m in METRICS}
    for summary, cluster in zip(summaries, clusters, strict=True):
        summary = truncate(summary, words)
        scores = [scorer.score(ref, summary) for ref in cluster["references"]]
        for m in METRICS:
            per_cluster[m].append(
                [
                    np.mean([s[m].precision for s in scores]),
                    np.mean([s[m].recall for s in scores]),
                    np.mean([s[m].fmeasure for s in scores]),
                ]
            )
    result: dict[str, Any] = {}
    for m in METRICS:
        p, r, f = (100 * np.mean(per_cluster[m], axis=0)).tolist()
        result[m] = {"precision": round(p, 2), "recall": round(r, 2), "f1": round(f, 2)}
    return result


def run(
    path: Path,
    words: int,
    limit: int | None,
    system_names: Sequence[str],
    ablate: bool,
    console: Console,
    tokenizer: str,
    extra: dict[str, System] | None = None,
) -> dict[str, Any]:
    scorer = make_scorer(tokenizer)
    clusters = load_clusters(path, limit)
    systems: dict[str, System] = {"ours": ours()}
    systems.update(PEERS)
    systems.update(extra or {})
    if ablate:
        systems.update({name: ours(**change) for name, change in ABLATIONS.items()})
        system_names = list(dict.fromkeys([*system_names, *ABLATIONS]))
    unknown = [s for s in system_names if s not in systems]
    if unknown:
        raise SystemExit(f"quality.py: unknown system(s): {', '.join(unknown)}")
    results = {}
    for name in system_names:
        with console.status(f"{name} on {len(clusters)} clusters"):
            results[name] = score_system(systems[name], clusters, words, scorer)
    for name, by_cluster in submitted_summaries(path).items():
        summaries = [by_cluster.get(c["id"], "") for c in clusters]
        # Submitted, not run here: no time.
        results[name] = {"seconds": None, **score_summaries(summaries, clusters, words, scorer)}
    how = (
        "Unicode letters, marks and digits, lower-cased, no stemmer"
        if tokenizer == "unicode"
        else "use_stemmer=True"
    )
    return {
        "dataset": str(path),
        "clusters": len(clusters),
        "words": words,
        "scorer": f"rouge-score ({how}), mean over references, summaries truncated",
        "note": "sumy splits sentences with this project's in-code Punkt parameters "
        "(PunktFreeTokenizer): nltk's downloaded punkt model is not used",
        "python": platform.python_version(),
        "command": command_line("quality.py"),
        "results": results,
    }


def table(report: dict[str, Any]) -> Table:
    t = Table(
        title=f"{Path(report['dataset']).parent.name}: {report['clusters']} clusters, "
        f"{report['words']} words (ROUGE F1, recall in brackets)",
        title_justify="left",
    )
    t.add_column("system", no_wrap=True)
    for m in METRICS:
        t.add_column(m.upper().replace("ROUGE", "R-"), justify="right")
    t.add_column("seconds", justify="right")
    for name, r in report["results"].items():
        t.add_row(
            name,
            *(f"{r[m]['f1']:.2f} ({r[m]['recall']:.2f})" for m in METRICS),
            "submitted" if r["seconds"] is None else f"{r['seconds']:.1f}",
        )
    return t


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="JSONL file of clusters")
    parser.add_argument("--words", type=int, help="word budget (default: dataset convention)")
    parser.add_argument("--limit", type=int, help="only the first K clusters")
    parser.add_argument(
        "--systems",
        nargs="+",
        default=["ours", *PEERS],
        help=f"systems to run (default: ours {' '.join(PEERS)})",
    )
    parser.add_argument("--ablate", action="store_true", help="also run ours with each stage off")
    parser.add_argument(
        "--tokenizer",
        choices=("default", "unicode"),
        help="rouge-score's English tokenizer with stemming, or Unicode words "
        "(default: unicode for the non-English MultiLing sets)",
    )
    parser.add_argument("--output", type=Path, help="JSON file (default: benchmarks/results/...)")
    args = parser.parse_args(argv)
    # Wide enough for the table when writing to a file or pipe.
    console = Console() if sys.stdout.isatty() else Console(width=120)
    words = args.words or default_words(args.path)
    tokenizer = args.tokenizer or ("default" if is_english(args.path) else "unicode")
    report = run(args.path, words, args.limit, args.systems, args.ablate, console, tokenizer)
    console.print(table(report))
    console.print(f"[dim]{report['scorer']}; {report['note']}[/]")
    output = args.output or RESULTS / (
        f"quality-{args.path.parent.name}{'-ablate' if args.ablate else ''}.json"
    )
    write_report(report, output, console)
    return 0


if __name__ == "__main__":
    sys.exit(main())
