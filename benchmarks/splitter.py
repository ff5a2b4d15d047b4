"""Sentence splitting speed: this project's splitter against plain Punkt, per language.

    python benchmarks/splitter.py --data ../shared/data            # 1M sentences each
    python benchmarks/splitter.py --data ../shared/data --sentences 100000

For English, the text is the speed benchmark's corpus (``speed.py``: real
dev-set documents, then generated ones) cut at the requested number of
sentences; for every other language, the documents of its
``multiling2011_<language>`` dev set, repeated until they hold as many
sentences. Each row times, in this process:

- **punkt**: nltk's Punkt ``span_tokenize`` on each document with the
  profile's abbreviations (the splitter before language profiles: Punkt
  alone, no line or script handling);
- **ours**: :func:`summarizer.sentences.split_document` with the language's
  profile (line and paragraph blocks, Punkt, the script's own sentence ends).

Prints sentences per second and writes ``benchmarks/results/splitter.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

import quality
from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
LANGUAGES = {
    "ar": "arabic",
    "cs": "czech",
    "el": "greek",
    "fr": "french",
    "he": "hebrew",
    "hi": "hindi",
}


def english_texts(data: Path, sentences: int, cache: Path | None) -> list[str]:
    sys.path.insert(0, str(HERE))
    import speed

    meta = speed.prepare_corpora([sentences], data, cache or speed.CACHE)[sentences]
    import corpus

    return list(corpus.read_jsonl(meta["path"]))


def repeated_texts(path: Path, sentences: int, code: str) -> list[str]:
    from summarizer.documents import Document
    from summarizer.language import profile
    from summarizer.sentences import split_document

    texts = [
        d["text"]
        for line in path.read_text(encoding="utf-8").splitlines()
        for d in json.loads(line)["documents"]
    ]
    per_round = sum(len(split_document(Document("d", t), profile(code))) for t in texts)
    rounds = -(-sentences // per_round)
    return texts * rounds


def time_splitters(texts: list[str], code: str) -> dict[str, Any]:
    from summarizer.documents import Document
    from summarizer.language import profile
    from summarizer.sentences import default_tokenizer, split_document

    lang = profile(code)
    tokenizer = default_tokenizer(lang)
    documents = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    punkt = sum(sum(1 for _ in tokenizer.span_tokenize(t)) for t in texts)
    t1 = time.perf_counter()
    ours = sum(len(split_document(d, lang, tokenizer)) for d in documents)
    t2 = time.perf_counter()
    return {
        "language": code,
        "documents": len(texts),
        "characters": sum(map(len, texts)),
        "punkt": {"sentences": punkt, "seconds": round(t1 - t0, 2)},
        "ours": {"sentences": ours, "seconds": round(t2 - t1, 2)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--languages", nargs="+", default=["en", *LANGUAGES])
    parser.add_argument("--cache", type=Path, help="where the speed benchmark keeps its corpora")
    args = parser.parse_args(argv)
    console = Console() if sys.stdout.isatty() else Console(width=120)
    rows = []
    for code in args.languages:
        with console.status(f"{code}: preparing text"):
            if code == "en":
                texts = english_texts(args.data, args.sentences, args.cache)
            else:
                path = args.data / f"multiling2011_{LANGUAGES[code]}" / "dev.jsonl"
                texts = repeated_texts(path, args.sentences, code)
        with console.status(f"{code}: splitting"):
            rows.append(time_splitters(texts, code))
    t = Table(title="Sentence splitting (one process)", title_justify="left")
    for col in ("language", "documents", "punkt sentences", "punkt s", "ours sentences", "ours s"):
        t.add_column(col, justify="left" if col == "language" else "right")
    t.add_column("ours sentences/s", justify="right")
    for r in rows:
        t.add_row(
            r["language"],
            f"{r['documents']:,}",
            f"{r['punkt']['sentences']:,}",
            f"{r['punkt']['seconds']:.1f}",
            f"{r['ours']['sentences']:,}",
            f"{r['ours']['seconds']:.1f}",
            f"{r['ours']['sentences'] / r['ours']['seconds']:,.0f}",
        )
    console.print(t)
    report = {
        "command": quality.command_line("splitter.py"),
        "python": platform.python_version(),
        "rows": rows,
    }
    quality.write_report(report, HERE / "results" / "splitter.json", console)
    return 0


if __name__ == "__main__":
    sys.exit(main())
