"""Speed and memory: this project against the floor and the peers, 1k to 1M sentences.

    python benchmarks/speed.py                       # all sizes, default data dir
    python benchmarks/speed.py --sizes 1000 8000 --cap 120 --data ../shared/data
    python benchmarks/speed.py --profile 1000000     # where the time goes at 1M sentences

For each size, in separate processes (so peak memory is each run's own):
- **ours**: ``load_documents`` on a JSONL file + ``Summarizer(max_words=100)``,
  with wall time per stage (load, split, clean, embed, rank, cluster,
  select) and end to end, and peak RSS;
- **floor**: reading the same file, nltk Punkt splitting (single process,
  the project's Punkt parameters) and ``TfidfVectorizer().fit_transform`` on
  the sentences: the least any extractive summarizer of this kind must do;
- **peers**: sumy TextRank, sumy LexRank and summa TextRank, up to the first
  size where each exceeds ``--cap`` seconds (reported as "> cap").

Corpora: real documents from ``../shared/data/`` first, then generated ones
(see ``corpus.py``); the output says which sizes are real and which partly
generated. Also times ``python -m summarizer seeds/`` against importing its
dependencies, and, with ``--batch N`` (default 500; 0 skips it), the batch
section: N Multi-News collections (the multinews dev set, repeated) through
``summarizer batch`` on one and two workers, a Dask ``LocalCluster`` and the
floor summed over the collections (see ``batch.py``). Prints a table,
writes JSON and a log-log PNG plot to ``benchmarks/results/``. Needs the
bench extra (``pip install -e ".[bench]"``; the dask extra for the Dask row).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
CACHE = HERE / ".cache"
SIZES = (1_000, 8_000, 30_000, 100_000, 300_000, 1_000_000)
PEERS = ("sumy-textrank", "sumy-lexrank", "summa-textrank")
WORDS = 100
STAGES = ("load", "split", "clean", "embed", "rank", "cluster", "select")


def peak_rss_mb() -> float:
    """Peak resident memory of this process plus the largest worker it started.

    This process's peak is VmHWM from /proc (ru_maxrss would also count the
    launching process's memory from before exec). Worker processes forked by
    the summarizer report their peak through RUSAGE_CHILDREN; it includes the
    memory they share with this process, so the sum is an upper bound.
    """
    own_kib = 0
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    own_kib = int(line.split()[1])
    except OSError:
        own_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round((own_kib + children_kib) / 1024, 1)


# -- workers (each runs in its own process) ------------------------------------


def work_ours(corpus: Path, jobs: int | None) -> dict[str, Any]:
    from summarizer import Summarizer, load_documents

    marks: dict[str, list[float]] = {}

    def progress(stage: str, completed: int, total: int) -> None:
        now = time.perf_counter()
        span = marks.setdefault(stage, [now, now])
        span[1] = now

    start = time.perf_counter()
    documents = load_documents(corpus)
    loaded = time.perf_counter()
    settings: dict[str, Any] = {"max_words": WORDS}
    if jobs is not None:
        settings["jobs"] = jobs
    summary = Summarizer(**settings).summarize(documents, progress=progress)
    end = time.perf_counter()
    stages = {"load": loaded - start, **{k: b - a for k, (a, b) in marks.items()}}
    return {
        "seconds": end - start,
        "stages": {k: round(v, 3) for k, v in stages.items()},
        "sentences": summary.stats.sentences,
        "peak_rss_mb": peak_rss_mb(),
    }


def work_floor(corpus: Path) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from summarizer.language import english
    from summarizer.sentences import default_tokenizer

    start = time.perf_counter()
    tokenizer = default_tokenizer(english())
    with corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    sentences = [s for text in texts for s in tokenizer.tokenize(text)]
    TfidfVectorizer().fit_transform(sentences)
    return {
        "seconds": time.perf_counter() - start,
        "sentences": len(sentences),
        "peak_rss_mb": peak_rss_mb(),
    }


def work_peer(name: str, corpus: Path) -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    from systems import PEERS as SYSTEMS

    start = time.perf_counter()
    with corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    SYSTEMS[name](texts, WORDS)
    return {"seconds": time.perf_counter() - start, "peak_rss_mb": peak_rss_mb()}


def profile(corpus: Path, path: Path, sample: int = 20_000) -> str:
    """Where the time goes on one corpus: cProfile of a whole run in this
    process, and the per-sentence cost of the work done in worker processes
    (timed in this process on the first ``sample`` sentences)."""
    import cProfile
    import io
    import pstats

    from summarizer import Summarizer, load_documents
    from summarizer.classify import label_document
    from summarizer.features import featurize
    from summarizer.language import english
    from summarizer.sentences import default_tokenizer, split_document

    documents = load_documents(corpus)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    Summarizer(max_words=WORDS).summarize(documents)
    profiler.disable()
    total = time.perf_counter() - start
    stats = io.StringIO()
    pstats.Stats(profiler, stream=stats).sort_stats("cumulative").print_stats(35)

    head, n = [], 0
    for doc in documents:
        head.append(doc)
        n += doc.text.count(".")
        if n >= sample:
            break
    profile = english()
    tokenizer = default_tokenizer(profile)
    t0 = time.perf_counter()
    split = [split_document(d, profile, tokenizer) for d in head]
    t1 = time.perf_counter()
    labelled = [label_document(s, profile) for s in split]
    t2 = time.perf_counter()
    featurize([s.text for doc in labelled for s, _, _ in doc], profile)
    t3 = time.perf_counter()
    count = sum(len(s) for s in split)
    per = {"split (Punkt)": t1 - t0, "label (classify)": t2 - t1, "features": t3 - t2}
    lines = [
        f"Profile of one run on {corpus.name}: {total:.1f} s in this process (cProfile adds",
        "overhead; worker processes are not profiled: their time is the wait inside",
        "prepare_documents).",
        "",
        f"Work done in worker processes, per sentence (one process, first {count:,} sentences):",
        *(f"  {k:18s} {v / count * 1e6:6.1f} us" for k, v in per.items()),
        "",
        stats.getvalue(),
    ]
    report = "\n".join(lines)
    path.write_text(report, encoding="utf-8")
    return report


# -- orchestration ---------------------------------------------------------------


def run_worker(args: list[str], timeout: float | None) -> dict[str, Any] | None:
    """Run a worker in a fresh process; None when it exceeds ``timeout``."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"speed.py: worker {args} failed:\n{exc.stderr}") from None
    return json.loads(done.stdout.strip().splitlines()[-1])


def prepare_corpora(sizes: list[int], data: Path, cache: Path = CACHE) -> dict[int, dict[str, Any]]:
    """One JSONL file per size; smaller sizes are prefixes of the largest corpus.

    The largest corpus and its per-document sentence counts are cached in
    ``cache`` (generating and counting a million sentences takes minutes), so
    later runs only cut prefixes.
    """
    sys.path.insert(0, str(HERE))
    import corpus

    cache.mkdir(parents=True, exist_ok=True)
    # Reuse a cached corpus at least as large as needed. The whole generated
    # corpus and the prefixes cut from it have distinct names: a prefix file
    # must never be the whole corpus of another run.
    cached = [
        int(p.name.split("-")[1].split(".")[0]) for p in cache.glob("generated-*.counts.json")
    ]
    largest = min([n for n in cached if n >= max(sizes)], default=max(sizes))
    full_path = cache / f"generated-{largest}.jsonl"
    index_path = cache / f"generated-{largest}.counts.json"
    if index_path.exists() and full_path.exists():
        index = json.loads(index_path.read_text(encoding="utf-8"))
        documents = list(corpus.read_jsonl(full_path))
    else:
        texts = corpus.real_documents(data)
        real_counts = corpus.sentence_counts(texts)
        documents = corpus.build(largest, texts, real_counts)["documents"]
        n_real = min(len(texts), len(documents))  # real documents come first
        counts = real_counts[:n_real] + corpus.sentence_counts(documents[n_real:])
        index = {"counts": counts, "real_documents": n_real}
        corpus.write_jsonl(full_path, documents)
        index_path.write_text(json.dumps(index), encoding="utf-8")
    counts, n_real = index["counts"], index["real_documents"]
    meta = {}
    for size in sizes:
        total, k = 0, 0
        while total < size and k < len(counts):
            total += counts[k]
            k += 1
        path = cache / f"corpus-{size}-of-{largest}.jsonl"
        if not path.exists():
            corpus.write_jsonl(path, documents[:k])
        real = sum(counts[: min(k, n_real)])
        meta[size] = {
            "path": path,
            "documents": k,
            "sentences": total,
            "real_sentences": real,
            "generated_sentences": total - real,
        }
    return meta


def time_command(runs: int) -> dict[str, Any]:
    """``python -m summarizer seeds/`` against importing its dependencies."""

    def median(cmd: list[str]) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    imports = median([sys.executable, "-c", "import sklearn.feature_extraction.text, nltk, rich"])
    command = median([sys.executable, "-m", "summarizer", "seeds/"])
    return {
        "runs": runs,
        "import_seconds": round(imports, 3),
        "command_seconds": round(command, 3),
        "ratio": round(command / imports, 3),
    }


def plot(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=120)
    for system in ("ours", "floor", *PEERS):
        points = [
            (row["sentences"], row[system]["seconds"])
            for row in report["sizes"]
            if isinstance(row.get(system), dict)
        ]
        if points:
            xs, ys = zip(*points, strict=True)
            ax.plot(xs, ys, marker="o", label=system)
    ax.axhline(report["cap_seconds"], color="grey", linestyle=":", linewidth=1)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("sentences")
    ax.set_ylabel("seconds, end to end")
    ax.set_title("Summarizing n sentences (2 cores)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)


def table(report: dict[str, Any]):  # type: ignore[no-untyped-def]
    from rich.table import Table

    t = Table(title="Seconds end to end (peak RSS MB); stages of ours", title_justify="left")
    for col in ("sentences", "text", "ours", "floor", "ours/floor", *PEERS, "stages of ours"):
        t.add_column(col, justify="right" if col != "stages of ours" else "left")
    for row in report["sizes"]:
        ours, floor = row["ours"], row["floor"]
        cells = [
            f"{row['sentences']:,}",
            "real" if row["generated_sentences"] == 0 else f"{row['real_sentences']:,} real",
            f"{ours['seconds']:.2f} ({ours['peak_rss_mb']:.0f})",
            f"{floor['seconds']:.2f} ({floor['peak_rss_mb']:.0f})",
            f"{ours['seconds'] / floor['seconds']:.2f}",
        ]
        for peer in PEERS:
            value = row.get(peer)
            cells.append(
                f"{value['seconds']:.1f} ({value['peak_rss_mb']:.0f})"
                if isinstance(value, dict)
                else str(value or "-")
            )
        cells.append(" ".join(f"{k} {v:.2f}" for k, v in ours["stages"].items()))
        t.add_row(*cells)
    return t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--cap", type=float, default=120.0, help="peer time cap, seconds")
    parser.add_argument(
        "--peers", nargs="*", choices=PEERS, default=list(PEERS), help="peers to time (default all)"
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--jobs", type=int, help="worker processes for ours (default: all cores)")
    parser.add_argument("--command-runs", type=int, default=7)
    parser.add_argument("--output", type=Path, default=RESULTS / "speed.json")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where corpora are kept")
    parser.add_argument(
        "--profile", type=int, metavar="SIZE", help="profile one run at SIZE sentences instead"
    )
    parser.add_argument(
        "--batch", type=int, default=500, metavar="N", help="batch section's collections (0: none)"
    )
    parser.add_argument("--no-dask", action="store_true", help="skip the batch section's Dask row")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.profile:
        corpus_path = prepare_corpora([args.profile], args.data, args.cache)[args.profile]["path"]
        out = args.output.with_name(f"profile-{args.profile}.txt")
        print(profile(corpus_path, out))
        print(f"wrote {out}")
        return 0

    if args.worker:
        kind, corpus_path = args.worker[0], Path(args.worker[1])
        if kind == "ours":
            jobs = int(args.worker[2]) if len(args.worker) > 2 else None
            result = work_ours(corpus_path, jobs)
        elif kind == "floor":
            result = work_floor(corpus_path)
        else:
            result = work_peer(kind, corpus_path)
        print(json.dumps(result))
        return 0

    from rich.console import Console

    console = Console() if sys.stdout.isatty() else Console(width=160)
    corpora = prepare_corpora(sorted(args.sizes), args.data, args.cache)
    report: dict[str, Any] = {
        "cap_seconds": args.cap,
        "words": WORDS,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "command": "python benchmarks/speed.py " + " ".join(sys.argv[1:]),
        "sizes": [],
    }
    over_cap: set[str] = set()
    for size, meta in corpora.items():
        path = str(meta["path"])
        row: dict[str, Any] = {k: v for k, v in meta.items() if k != "path"}
        with console.status(f"{size:,} sentences: floor"):
            row["floor"] = run_worker(["floor", path], None)
        with console.status(f"{size:,} sentences: ours"):
            extra = [str(args.jobs)] if args.jobs else []
            row["ours"] = run_worker(["ours", path, *extra], None)
        for peer in args.peers:
            if peer in over_cap:
                row[peer] = f"> {args.cap:.0f} s"
                continue
            with console.status(f"{size:,} sentences: {peer}"):
                result = run_worker([peer, path], args.cap)
            if result is None:
                over_cap.add(peer)
                row[peer] = f"> {args.cap:.0f} s"
            else:
                row[peer] = result
        report["sizes"].append(row)
        console.print(
            f"{size:,}: ours {row['ours']['seconds']:.2f} s, floor {row['floor']['seconds']:.2f} s"
        )
    with console.status("command on seeds/"):
        report["command_on_seeds"] = time_command(args.command_runs)
    if args.batch:
        sys.path.insert(0, str(HERE))
        import batch

        with console.status(f"batch of {args.batch} collections"), TemporaryDirectory() as scratch:
            source = args.data / "multinews" / "dev.jsonl"
            dask = not args.no_dask
            report["batch"] = batch.run(source, args.batch, WORDS, dask, Path(scratch))
    console.print(table(report))
    c = report["command_on_seeds"]
    console.print(
        f"summarizer seeds/: {c['command_seconds']:.2f} s; importing sklearn, nltk and rich: "
        f"{c['import_seconds']:.2f} s; ratio {c['ratio']:.2f} (median of {c['runs']})"
    )
    if args.batch:
        batch.print_report(report["batch"], console)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    png = args.output.with_suffix(".png")
    plot(report, png)
    console.print(f"wrote {args.output} and {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
