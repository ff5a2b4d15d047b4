"""The ``summarizer`` command: parse arguments, call the library, render.

Exit codes: 0 a summary was written; 1 input error (missing or unreadable
path, nothing to summarize); 2 usage error (bad option or budget); 3 the
summary is empty (no sentence fits the budget, or every sentence was set
aside), with the reason on standard error; 130 interrupted (Ctrl-C); 143
terminated (SIGTERM).

Only the standard library is imported when the module loads: the library and
rich are imported inside :func:`main`. The command's entry point
(:mod:`summarizer._entry`) ends it on Ctrl-C or SIGTERM at any moment; when
:func:`main` is called from Python instead, an interrupt is a
KeyboardInterrupt, which it turns into one line and exit code 130.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
import time
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console

    from .documents import LoadNotice

FORMATS = ("rich", "text", "markdown", "json")
#: Show a progress display once a run has taken this long ...
PROGRESS_AFTER_SECONDS = 2.0
#: ... or straight away for collections larger than this.
PROGRESS_ABOVE_DOCUMENTS = 300
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_EMPTY = 3
EXIT_INTERRUPTED = 130


class _Exit(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse writing through the command's consoles and returning, not exiting."""

    out: Console
    err: Console

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        if message:
            console = self.err if file is sys.stderr else self.out
            console.out(message, end="", highlight=False)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            self.err.out(message, end="", highlight=False)
        raise _Exit(status)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"summarizer: error: {message}\n")


def positive_int(value: str) -> int:
    """argparse type for budgets: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def byte_size(value: str) -> int:
    """argparse type for sizes: :func:`summarizer.documents.parse_size`."""
    from .documents import parse_size
    from .errors import InvalidSettingsError

    try:
        return parse_size(value)
    except InvalidSettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> _Parser:
    from . import __version__
    from .documents import DEFAULT_MAX_BYTES
    from .settings import DEFAULT_MAX_WORDS

    parser = _Parser(
        prog="summarizer",
        description="Summarize a collection of documents about one story with sentences "
        "taken verbatim from them, each attributed to the documents that carry it.",
        epilog="Exit codes: 0 success, 1 input error, 2 usage error, 3 empty summary "
        "(the reason is on standard error), 130 interrupted.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files (text, Markdown, web pages, PDF), directories (read recursively: "
        "*.txt, *.md, *.html, *.htm, *.pdf ...), http(s) links, .jsonl files with "
        '{"id", "text", "title"?} per line, or - for standard input (JSONL is recognised)',
    )
    budget = parser.add_argument_group(f"budget (one of; default {DEFAULT_MAX_WORDS} words)")
    exclusive = budget.add_mutually_exclusive_group()
    exclusive.add_argument("--sentences", type=positive_int, metavar="N", help="N sentences")
    exclusive.add_argument("--words", type=positive_int, metavar="N", help="at most N words")
    exclusive.add_argument("--chars", type=positive_int, metavar="N", help="at most N characters")
    parser.add_argument(
        "--max-bytes",
        type=byte_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="skip files, fetched pages and .jsonl lines larger than SIZE, with a message, "
        f"instead of reading them (default {DEFAULT_MAX_BYTES // 1024**2}M)",
    )
    out = parser.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=FORMATS,
        help="rich (default on a terminal), text (default otherwise: one sentence per "
        "line), markdown (footnote citations) or json (Summary.to_dict())",
    )
    out.add_argument(
        "--explain",
        action="store_true",
        help="also show the topic clusters, each chosen sentence's score, and every "
        "dropped sentence with the reason",
    )
    parser.add_argument(
        "--focus",
        metavar="TEXT",
        help="summarize what the documents say about this: a few keywords or a topic "
        'statement in quotes ("rare earth minerals"; "What did Japan promise? Who pays?")',
    )
    lang = parser.add_argument_group("language")
    lang.add_argument(
        "--language",
        default="auto",
        metavar="CODE",
        help="read every document in this language (ISO 639-1 code, such as de, es, zh); "
        "default: identify each document's language",
    )
    lang.add_argument(
        "--summary-language",
        default="main",
        metavar="CODE",
        help="in a collection in several languages, summarize the documents in this "
        "language; 'main' (default): the language with the most text; 'any': all of them",
    )
    parser.add_argument(
        "--jobs",
        type=positive_int,
        metavar="N",
        help="worker processes for splitting large inputs (default: every core); "
        "the summary does not depend on it",
    )
    out.add_argument("--no-color", action="store_true", help="no colours (NO_COLOR also works)")
    out.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="list every skipped input, and every source of a sentence (not only the first few)",
    )
    out.add_argument("--debug", action="store_true", help="show a traceback on errors")
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    return parser


class _ProgressDisplay:
    """Progress on stderr for long runs: appears after a delay or for large inputs.

    Driven by the pipeline's progress calls, in the calling thread: no timer or
    refresh thread, so the run stays single-threaded (worker processes are
    then forked, see :mod:`summarizer.workers`).
    """

    def __init__(self, console: Console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
        )

        self.enabled = console.is_terminal
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=console,
            transient=True,
            auto_refresh=False,
        )
        self.tasks: dict[str, Any] = {}
        self.started = False
        self.created = time.monotonic()

    def start(self) -> None:
        if self.enabled and not self.started:
            self.started = True
            self.progress.start()

    def update(self, stage: str, completed: int, total: int | None) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=completed, total=total)
        if not self.started and time.monotonic() - self.created >= PROGRESS_AFTER_SECONDS:
            self.start()
        if self.started:
            self.progress.refresh()

    def stop(self) -> None:
        if self.started:
            self.progress.stop()
        self.enabled = False


def main(
    argv: Sequence[str] | None = None,
    *,
    console: Console | None = None,
    err_console: Console | None = None,
) -> int:
    """Run the command and return its exit code.

    ``console`` and ``err_console`` (standard output and error by default)
    let tests and other programs capture the output.
    """
    err = err_console
    try:
        from rich.console import Console

        if console is None:
            _escape_what_cannot_be_encoded(sys.stdout)
        if err_console is None:
            _escape_what_cannot_be_encoded(sys.stderr)
        out = console or Console(highlight=False)
        err = err_console or Console(stderr=True, highlight=False)
        return _run(argv, out, err)
    except KeyboardInterrupt:
        _final_line(err, "interrupted")
        return EXIT_INTERRUPTED


def _run(argv: Sequence[str] | None, out: Console, err: Console) -> int:
    from .errors import InvalidSettingsError, SummarizerError

    started = time.perf_counter()
    parser = build_parser()
    parser.out, parser.err = out, err
    try:
        args = parser.parse_args(argv)
    except _Exit as done:
        return done.code
    if args.no_color:
        out.no_color = err.no_color = True

    progress = _ProgressDisplay(err)
    try:
        return _summarize_and_render(args, out, err, progress, started)
    except SummarizerError as exc:
        progress.stop()
        if args.debug:
            raise
        _error(err, str(exc))
        return EXIT_USAGE if isinstance(exc, InvalidSettingsError) else EXIT_INPUT
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early; not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the final flush
        return EXIT_OK
    except Exception as exc:  # a bug of ours: one line, unless debugging
        progress.stop()
        if args.debug:
            raise
        _error(err, f"internal error: {type(exc).__name__}: {exc} (--debug shows a traceback)")
        return EXIT_INPUT
    finally:
        progress.stop()


def _summarize_and_render(
    args: argparse.Namespace, out: Console, err: Console, progress: _ProgressDisplay, started: float
) -> int:
    from rich.text import Text

    from .documents import load_documents
    from .pipeline import Summarizer
    from .render import json_view, markdown_view, rich_view, safe_text, text_view

    # Settings first: a mistyped option fails before any input is read.
    summarizer = Summarizer(
        max_sentences=args.sentences,
        max_words=args.words,
        max_chars=args.chars,
        jobs=args.jobs,
        language=args.language,
        summary_language=args.summary_language,
        focus=args.focus,
    )
    notices: list[LoadNotice] = []
    progress.update("loading", 0, None)
    documents = load_documents(
        *args.paths,
        max_bytes=args.max_bytes,
        on_notice=notices.append,
        on_document=lambda n: progress.update("loading", n, None),
    )
    if len(documents) > PROGRESS_ABOVE_DOCUMENTS:
        progress.start()
    _report_notices(err, notices, verbose=args.verbose)
    if not documents:
        where = ", ".join(args.paths)
        hint = " (--verbose lists what was skipped)" if notices and not args.verbose else ""
        _error(err, f"no text documents found in {where}{hint}")
        return EXIT_INPUT
    summary = summarizer.summarize(documents, progress=progress.update)
    progress.stop()

    fmt = args.format or ("rich" if out.is_terminal else "text")
    skipped = sum(n.skipped for n in notices)
    if fmt == "rich":
        elapsed = time.perf_counter() - started
        out.print(
            rich_view(
                summary,
                elapsed=elapsed,
                skipped=skipped,
                explain=args.explain,
                verbose=args.verbose,
            )
        )
    else:
        render = {"text": text_view, "markdown": markdown_view, "json": json_view}[fmt]
        options = {"ascii": not _writes_unicode(out.file)} if fmt == "json" else {}
        rendered = render(summary, explain=args.explain, verbose=args.verbose, **options)
        if rendered:
            out.out(rendered, highlight=False)
    out.file.flush()
    for note in summary.notes:
        err.print(Text(f"summarizer: note: {safe_text(note)}", style="yellow"), soft_wrap=True)
    if skipped and fmt != "rich":  # the rich view's footer already counts them
        err.print(
            Text(
                f"summarizer: summarised {len(documents)} document"
                f"{'s' * (len(documents) != 1)}; skipped {skipped} input"
                f"{'s' * (skipped != 1)}",
                style="dim",
            ),
            soft_wrap=True,
        )
    return EXIT_OK if summary.sentences else EXIT_EMPTY


def _writes_unicode(stream: IO[str]) -> bool:
    """Whether ``stream`` can encode every character (a UTF encoding)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def _escape_what_cannot_be_encoded(stream: IO[str]) -> None:
    """On an output that cannot encode every character (``PYTHONIOENCODING=ascii``,
    a Latin-1 terminal), write what it cannot as backslash escapes instead of
    failing."""
    if not _writes_unicode(stream) and hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="backslashreplace")


def _report_notices(err: Console, notices: list[LoadNotice], *, verbose: bool) -> None:
    """Every skip is reported: one line each (routine ones only with --verbose)."""
    from rich.text import Text

    from .render import safe_text

    routine = 0
    for notice in notices:
        if notice.routine and not verbose:
            routine += 1
            continue
        err.print(Text(f"summarizer: {safe_text(str(notice))}", style="yellow"), soft_wrap=True)
    if routine:
        err.print(
            Text(
                f"summarizer: skipped {routine} hidden or non-text file"
                f"{'s' * (routine != 1)} (--verbose lists them)",
                style="dim",
            ),
            soft_wrap=True,
        )


def _error(err: Console, message: str) -> None:
    from rich.text import Text

    from .render import safe_text

    line = Text("summarizer: ")
    line.append("error: ", style="bold red")
    line.append(safe_text(message))
    err.print(line, soft_wrap=True)  # one line, however long: logs and grep see it whole


def _final_line(err: Console | None, what: str) -> None:
    """The one line of an interrupted run, written without importing anything
    that may not be loaded yet."""
    message = f"summarizer: {what}\n"
    try:
        if err is not None:
            err.file.write(message)
            err.file.flush()
        else:
            sys.stderr.write(message)
            sys.stderr.flush()
    except (OSError, ValueError):  # stderr closed: nothing more to say
        pass


if __name__ == "__main__":
    sys.exit(main())
