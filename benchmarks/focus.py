"""Focus benchmark: a summary of one story out of a collection of several.

    python benchmarks/focus.py --data ../shared/data
    python benchmarks/focus.py --data ../shared/data --sets tac2011_multiling_en --ablate

There is no query-focused set in the shared data, so one is built from the
MultiLing 2011 sets (English and six more languages; five WikiNews stories
each, every document titled): for each story (the target), its documents are
merged with those of one, two or three other stories of the same set (in
turn), shuffled, and summarized with a focus, the title of one of the
target's documents (the first three titled documents give three runs per
target). The summary is scored against the target's human references. The
rows:

- ``focused``: this project with the focus;
- ``generic``: this project on the merged collection, without a focus;
- ``retrieve``: retrieve-then-summarize: the merged documents ranked by the
  TF-IDF cosine of their text to the focus (the project's own analysis:
  stop words out, stemmed), those scoring at least half the best one's kept
  and summarized without a focus;
- ``oracle``: this project on the target's documents alone, without a focus
  (the summary a perfect retrieval gives).

For each: ROUGE-1/2 F1 (the dataset's scorer, summaries truncated to 250
words, mean over references), and the on-topic share: the fraction of the
summary's sentences, within the budget, drawn from the target's documents.
``--ablate`` adds the focused summary without pseudo-relevance feedback,
without the document share of relevance, with the relevance prior off
(teleport only), and with relevance not saturated (every candidate weighted
by its relevance, not only those below ``ranking.FULLY_RELEVANT``). Prints
a table and writes ``benchmarks/results/focus.json``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import quality
from languages import SETS  # the MultiLing 2011 sets: every document titled
from rich.console import Console
from rich.table import Table

from summarizer import Document, Summarizer, Summary, ranking
from summarizer import focus as focus_module
from summarizer.embedding import N_FEATURES, analyze, hash_counts, tfidf
from summarizer.language import count_words, profile
from summarizer.language.detect import choose_languages

WORDS = 250
#: Titles (documents of the target) used as the focus, in turn.
FOCI_PER_TARGET = 3
#: Retrieval keeps the documents at least this similar to the focus,
#: relative to the most similar one.
RETRIEVE_RELATIVE = 0.5
SYSTEMS = ("focused", "generic", "retrieve", "oracle")


class Case(NamedTuple):
    """One merged collection: its documents (the target's and others'), the
    ids of the target's documents, the focus, and the target's references."""

    name: str
    documents: list[Document]
    target: set[str]
    focus: str
    refs: list[str]


def build_cases(clusters: Sequence[dict[str, Any]]) -> list[Case]:
    """The merged collections of a dataset (see the module docstring)."""
    cases = []
    n = len(clusters)
    for k, target in enumerate(clusters):
        others = [clusters[(k + j) % n] for j in range(1, 1 + min(1 + k % 3, n - 1))]
        docs = [
            Document(f"{c['id']}/{d['id']}", d["text"], title=d.get("title"))
            for c in (target, *others)
            for d in c["documents"]
        ]
        random.Random(k).shuffle(docs)
        target_ids = {f"{target['id']}/{d['id']}" for d in target["documents"]}
        titles = [d["title"] for d in target["documents"] if d.get("title")][:FOCI_PER_TARGET]
        for t, title in enumerate(titles):
            name = f"{target['id']}+{len(others)}#{t}"
            cases.append(Case(name, docs, target_ids, title, target["references"]))
    return cases


def within_budget(summary: Summary, words: int) -> list[str]:
    """The documents of the summary's sentences that start within ``words``."""
    out, used = [], 0
    for s in summary.sentences:
        if used >= words:
            break
        out.append(s.doc_id)
        used += count_words(s.text)
    return out


def retrieve(documents: Sequence[Document], focus: str) -> list[Document]:
    """The documents most similar to the focus (see the module docstring)."""
    languages = choose_languages([d.text for d in documents], "auto")
    prof = profile(languages.main)
    counts = hash_counts(
        (analyze(t, prof) for t in [*(d.text for d in documents), focus]), N_FEATURES
    )
    X = tfidf(counts)
    sims = np.asarray((X[:-1] @ X[-1].T).todense()).ravel()
    if sims.max() <= 0:
        return list(documents)
    return [d for d, s in zip(documents, sims, strict=True) if s >= RETRIEVE_RELATIVE * sims.max()]


@contextmanager
def patched(**constants: Any):  # type: ignore[no-untyped-def]
    """Module constants of :mod:`summarizer.focus` or :mod:`summarizer.ranking`
    changed for an ablation."""
    where = {k: focus_module if hasattr(focus_module, k) else ranking for k in constants}
    saved = {k: getattr(where[k], k) for k in constants}
    for k, v in constants.items():
        setattr(where[k], k, v)
    try:
        yield
    finally:
        for k, v in saved.items():
            setattr(where[k], k, v)


def systems(ablate: bool, settings: dict[str, Any]) -> dict[str, Callable[[Case], Summary]]:
    base = Summarizer(max_words=WORDS, overflow=True, **settings)
    out: dict[str, Callable[[Case], Summary]] = {
        "focused": lambda c: Summarizer(base.settings.replace(focus=c.focus)).summarize(
            c.documents
        ),
        "generic": lambda c: base.summarize(c.documents),
        "retrieve": lambda c: base.summarize(retrieve(c.documents, c.focus)),
        "oracle": lambda c: base.summarize([d for d in c.documents if d.id in c.target]),
    }
    if ablate:

        def variant(weight: float | None = None, **constants: Any) -> Callable[[Case], Summary]:
            def run(c: Case) -> Summary:
                s = base.settings.replace(focus=c.focus)
                if weight is not None:
                    s = s.replace(focus_weight=weight)
                with patched(**constants):
                    return Summarizer(s).summarize(c.documents)

            return run

        out["focused, no feedback"] = variant(FEEDBACK_WEIGHT=0.0)
        out["focused, no document share"] = variant(DOCUMENT_SHARE=0.0)
        out["focused, teleport only"] = variant(weight=0.0)
        out["focused, not saturated"] = variant(FULLY_RELEVANT=1.0)
    return out


def run_set(path: Path, ablate: bool, settings: dict[str, Any], console: Console) -> dict[str, Any]:
    clusters = quality.load_clusters(path, None)
    scorer = quality.make_scorer("default" if quality.is_english(path) else "unicode")
    cases = build_cases(clusters)
    results: dict[str, Any] = {}
    for name, system in systems(ablate, settings).items():
        summaries, on_topic = [], []
        with console.status(f"{path.parent.name}: {name} on {len(cases)} collections"):
            for case in cases:
                summary = system(case)
                summaries.append(summary.text)
                docs = within_budget(summary, WORDS)
                on_topic.append(np.mean([d in case.target for d in docs]) if docs else 0.0)
        scores = quality.score_summaries(
            summaries, [{"references": c.refs} for c in cases], WORDS, scorer
        )
        results[name] = {
            "rouge1": scores["rouge1"]["f1"],
            "rouge2": scores["rouge2"]["f1"],
            "on_topic": round(100 * float(np.mean(on_topic)), 1),
        }
    return {"dataset": path.parent.name, "collections": len(cases), "results": results}


def table(rows: list[dict[str, Any]], names: Sequence[str]) -> Table:
    t = Table(
        title=f"Focus: one story of 2-4 merged, focus = a document title, {WORDS} words "
        "(ROUGE F1 against the story's references; on-topic %)",
        title_justify="left",
    )
    t.add_column("dataset", no_wrap=True)
    for name in names:
        t.add_column(name, justify="right")
    t.add_column("focused - oracle R-1", justify="right")
    for row in rows:
        r = row["results"]
        t.add_row(
            row["dataset"].removeprefix("multiling2011_"),
            *(
                f"{r[n]['rouge1']:.2f} / {r[n]['rouge2']:.2f} ({r[n]['on_topic']:.0f}%)"
                for n in names
            ),
            f"{r['focused']['rouge1'] - r['oracle']['rouge1']:+.2f}",
        )
    return t


def average(rows: list[dict[str, Any]]) -> dict[str, Any]:
    names = rows[0]["results"].keys()
    return {
        "dataset": "average",
        "collections": sum(r["collections"] for r in rows),
        "results": {
            n: {
                m: round(float(np.mean([r["results"][n][m] for r in rows])), 2)
                for m in ("rouge1", "rouge2", "on_topic")
            }
            for n in names
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--sets", nargs="+", default=list(SETS), help="datasets (default: all)")
    parser.add_argument("--ablate", action="store_true", help="also run the focus ablations")
    quality.add_setting_option(parser)
    parser.add_argument("--output", type=Path, help="JSON file (default: benchmarks/results/)")
    args = parser.parse_args(argv)
    settings = quality.settings_from(args.set)
    console = Console() if sys.stdout.isatty() else Console(width=160)
    rows = [
        run_set(args.data / name / "dev.jsonl", args.ablate, settings, console)
        for name in args.sets
    ]
    rows.append(average(rows))
    names = list(rows[0]["results"])
    console.print(table(rows, names))
    report = {"command": quality.command_line("focus.py"), "words": WORDS, "rows": rows}
    quality.write_report(report, args.output or quality.RESULTS / "focus.json", console)
    return 0


if __name__ == "__main__":
    sys.exit(main())
