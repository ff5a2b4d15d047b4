"""Batch speed: many collections at once, on one or two workers and on a Dask cluster.

    python benchmarks/batch.py ../shared/data/multinews/dev.jsonl
    python benchmarks/batch.py PATH [--collections N] [--words N] [--no-dask]

Repeats the clusters of a dev set until there are ``--collections`` of them
(default 500: the Multi-News dev set is 200 clusters), writes them as a
``summarizer batch`` input, and times, each as a whole process:

- ``summarizer batch INPUT -o OUT --jobs 1`` and ``--jobs 2``;
- the same batch through ``summarize_many(engine=client)`` on a Dask
  ``LocalCluster`` of two worker processes (one thread each): the whole
  process less the cluster's start-up (reported on its own);
- the floor summed over the collections: for each, nltk's Punkt splitting
  (the project's parameters) and ``TfidfVectorizer().fit_transform`` of its
  sentences, one collection after the other in one process (whole process
  too, imports included, as the command's rows).

Checks that the three outputs are the same, and reports the ratio to the
floor, the speed-up of two workers over one, and the time per collection
that the Dask engine adds over local workers. Prints a table and writes JSON
to ``benchmarks/results/batch.json``. Needs the dask extra for the Dask row.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from quality import RESULTS, command_line, load_clusters, write_report

DASK_RUN = """
import json, sys, time
from dask.distributed import Client, LocalCluster
from summarizer import read_collections, summarize_many
from summarizer.render import json_line

if __name__ == "__main__":
    source, output, words = sys.argv[1], sys.argv[2], int(sys.argv[3])
    started = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        up = time.perf_counter()
        with open(output, "w", encoding="utf-8") as fh:
            for result in summarize_many(read_collections(source), max_words=words,
                                         engine=client):
                fh.write(json_line(result.to_dict()) + "\\n")
        done = time.perf_counter()
    print(json.dumps({"startup": up - started, "seconds": done - up}))
"""

FLOOR_RUN = """
import json, sys
from sklearn.feature_extraction.text import TfidfVectorizer
from summarizer.language import english
from summarizer.sentences import default_tokenizer

if __name__ == "__main__":
    tokenizer = default_tokenizer(english())
    with open(sys.argv[1], encoding="utf-8") as fh:
        for line in fh:
            texts = [d["text"] for d in json.loads(line)["documents"]]
            sentences = [s for text in texts for s in tokenizer.tokenize(text)]
            TfidfVectorizer().fit_transform(sentences)
"""


def write_batch(clusters: list[dict[str, Any]], n: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for k in range(n):
            cluster = clusters[k % len(clusters)]
            documents = [
                {"id": d.get("id") or f"d{i}", "text": d["text"]}
                for i, d in enumerate(cluster["documents"])
            ]
            fh.write(json.dumps({"id": f"{cluster['id']}#{k}", "documents": documents}) + "\n")


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 4):
        raise SystemExit(f"batch.py: {' '.join(command)} failed: {done.stderr.strip()}")
    return seconds


def run(source: Path, n: int, words: int, dask: bool, scratch: Path) -> dict[str, Any]:
    batch = scratch / "batch.jsonl"
    write_batch(load_clusters(source, None), n, batch)
    rows: dict[str, Any] = {}
    outputs = {}
    for jobs in (1, 2):
        out = scratch / f"jobs{jobs}.jsonl"
        command = [sys.executable, "-m", "summarizer", "batch", str(batch), "-o", str(out)]
        rows[f"local, {jobs} worker{'s' * (jobs > 1)}"] = {
            "seconds": round(timed([*command, "--jobs", str(jobs), "--words", str(words)]), 2)
        }
        outputs[jobs] = out.read_bytes()
    rows["floor, summed"] = {
        "seconds": round(timed([sys.executable, "-c", FLOOR_RUN, str(batch)]), 2)
    }
    same = outputs[1] == outputs[2]
    if dask:
        out = scratch / "dask.jsonl"
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", DASK_RUN, str(batch), str(out), str(words)],
            capture_output=True,
            text=True,
        )
        whole = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"batch.py: the Dask run failed: {done.stderr.strip()[-500:]}")
        measured = json.loads(done.stdout.strip().splitlines()[-1])
        # Whole process like the other rows, less the cluster's start-up.
        rows["Dask LocalCluster, 2 workers"] = {
            "seconds": round(whole - measured["startup"], 2),
            "cluster_startup": round(measured["startup"], 2),
            "batch_only": round(measured["seconds"], 2),
        }
        same = same and out.read_bytes() == outputs[1]
    one, two = rows["local, 1 worker"]["seconds"], rows["local, 2 workers"]["seconds"]
    report: dict[str, Any] = {
        "dataset": str(source),
        "collections": n,
        "words": words,
        "command": command_line("batch.py"),
        "python": sys.version.split()[0],
        "outputs_identical": same,
        "rows": rows,
        "two_workers_speedup": round(one / two, 2),
        "two_workers_vs_floor": round(two / rows["floor, summed"]["seconds"], 2),
        "ms_per_collection_one_worker": round(1000 * one / n, 2),
    }
    if dask:
        dask_seconds = rows["Dask LocalCluster, 2 workers"]["seconds"]
        report["dask_overhead_ms_per_collection"] = round(1000 * (dask_seconds - two) / n, 2)
    return report


def print_report(report: dict[str, Any], console: Any) -> None:
    """Print a batch report (:func:`run`) as a table and a line of ratios."""
    from rich.table import Table

    table = Table(
        title=f"{report['collections']} collections of {Path(report['dataset']).parent.name}, "
        f"{report['words']} words each (seconds, whole process)",
        title_justify="left",
    )
    table.add_column("run")
    table.add_column("seconds", justify="right")
    table.add_column("note")
    for name, row in report["rows"].items():
        note = (
            f"cluster start-up {row['cluster_startup']} s not counted"
            if "cluster_startup" in row
            else ""
        )
        table.add_row(name, f"{row['seconds']:.2f}", note)
    console.print(table)
    console.print(
        f"two workers: {report['two_workers_speedup']}x faster than one, "
        f"{report['two_workers_vs_floor']}x the floor; outputs identical: "
        f"{report['outputs_identical']}"
        + (
            f"; Dask adds {report['dask_overhead_ms_per_collection']} ms a collection"
            if "dask_overhead_ms_per_collection" in report
            else ""
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="JSONL file of clusters (a dev set)")
    parser.add_argument("--collections", type=int, default=500)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask row")
    parser.add_argument("--output", type=Path, default=RESULTS / "batch.json")
    args = parser.parse_args(argv)
    from rich.console import Console

    console = Console() if sys.stdout.isatty() else Console(width=120)
    with tempfile.TemporaryDirectory() as scratch:
        report = run(args.path, args.collections, args.words, not args.no_dask, Path(scratch))
    print_report(report, console)
    write_report(report, args.output, console)
    return 0 if report["outputs_identical"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
