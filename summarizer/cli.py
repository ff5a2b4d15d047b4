"""The ``summarizer`` command: parse arguments, call the library, print."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from . import __version__
from .documents import LoadNotice, load_documents
from .errors import SummarizerError
from .pipeline import summarize
from .summary import Summary


def positive_int(value: str) -> int:
    """argparse type for budgets: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Summarize a collection of documents with sentences taken verbatim "
        "from them, each attributed to its sources.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, directories (*.txt, *.md, recursively), .jsonl files, or - for stdin",
    )
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--sentences", type=positive_int, metavar="N", help="at most N sentences")
    budget.add_argument(
        "--words", type=positive_int, metavar="N", help="at most N words (default 150)"
    )
    budget.add_argument("--chars", type=positive_int, metavar="N", help="at most N characters")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--verbose", action="store_true", help="report every skipped input")
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    return parser


def render_text(summary: Summary) -> str:
    """Plain text: one sentence per line with its citation markers, then the sources."""
    number = {doc_id: i for i, (doc_id, _) in enumerate(summary.documents, start=1)}
    lines = []
    for s in summary.sentences:
        markers = ",".join(str(number[d]) for d in s.doc_ids)
        lines.append(f"{_printable(s.text)} [{markers}]")
    if summary.sentences:
        lines.append("")
        used = {d for s in summary.sentences for d in s.doc_ids}
        for doc_id, title in summary.documents:
            if doc_id in used:
                lines.append(f"[{number[doc_id]}] {_printable(title or doc_id)}")
    lines.extend(f"note: {n}" for n in summary.notes)
    return "\n".join(lines)


def _printable(text: str) -> str:
    """Document text is data: drop control characters (escape sequences) before printing."""
    return "".join(ch if ch.isprintable() or ch == "\t" else " " for ch in text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code (2 usage error, 1 input error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    notices: list[LoadNotice] = []
    try:
        documents = load_documents(*args.paths, on_notice=notices.append)
        for notice in notices:
            if args.verbose or notice.skipped:
                print(f"summarizer: {_printable(str(notice))}", file=sys.stderr)
        summary = summarize(
            documents,
            max_sentences=args.sentences,
            max_words=args.words,
            max_chars=args.chars,
        )
    except SummarizerError as exc:
        print(f"summarizer: error: {_printable(str(exc))}", file=sys.stderr)
        return 1
    output = (
        json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)
        if args.format == "json"
        else render_text(summary)
    )
    try:
        print(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early: not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's final flush
    return 0


if __name__ == "__main__":
    sys.exit(main())
