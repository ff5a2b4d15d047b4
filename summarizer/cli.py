"""The ``summarizer`` command: parse arguments, call the library, render.

Exit codes: 0 a summary was written; 1 input error (missing or unreadable
path, nothing to summarize); 2 usage error (bad option or budget); 3 the
summary is empty (no sentence fits the budget, or every sentence was set
aside), with the reason on standard error; 4 (``summarizer batch``) some
collections failed, each with an error line; 130 interrupted (Ctrl-C); 143
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
import io
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console, RenderableType

    from .documents import LoadNotice
    from .settings import SummarizerSettings

FORMATS = ("rich", "text", "markdown", "json", "html")
#: The format an output file's extension asks for, when --format does not say.
FORMAT_OF_SUFFIX = {
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}
#: Show a progress display once a run has taken this long ...
PROGRESS_AFTER_SECONDS = 2.0
#: ... or straight away for collections larger than this.
PROGRESS_ABOVE_DOCUMENTS = 300
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_EMPTY = 3
EXIT_SOME_FAILED = 4
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
    parser = _Parser(
        prog="summarizer",
        description="Summarize a collection of documents about one story with sentences "
        "taken verbatim from them, each attributed to the documents that carry it.",
        epilog="Many collections at once, one output line each: summarizer batch --help. "
        "Exit codes: 0 success, 1 input error, 2 usage error, 3 empty summary "
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
    _add_summary_options(parser)
    out = parser.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=FORMATS,
        help="rich (default on a terminal), text (default otherwise: one sentence per "
        "line), markdown (footnote citations), json (Summary.to_dict()) or html (a "
        "self-contained report: the summary beside its documents); with --output, the "
        "file's extension chooses when this is not given",
    )
    out.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write the summary to FILE instead of standard output (replaced whole once "
        "the summary is ready; .html, .json, .md and .txt choose the format)",
    )
    out.add_argument(
        "--explain",
        action="store_true",
        help="also show the topic clusters, each chosen sentence's score, and every "
        "dropped sentence with the reason",
    )
    out.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="list every skipped input, and every source of a sentence (not only the first few)",
    )
    _add_run_options(
        parser,
        out,
        jobs_help="worker processes for splitting large inputs (default: every core); "
        "the summary does not depend on it",
        scheduler_help="split large inputs on the workers of a Dask cluster instead",
    )
    return parser


def _add_run_options(
    parser: _Parser, out: argparse._ActionsContainer, *, jobs_help: str, scheduler_help: str
) -> None:
    """Where the work runs, and how the command reports: the options the
    summary command and ``summarizer batch`` share."""
    from . import __version__

    parser.add_argument("--jobs", type=positive_int, metavar="N", help=jobs_help)
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=f"{scheduler_help} (its scheduler's address, such as tcp://127.0.0.1:8786; "
        'pip install "summarizer[dask]")',
    )
    out.add_argument("--no-color", action="store_true", help="no colours (NO_COLOR also works)")
    out.add_argument("--debug", action="store_true", help="show a traceback on errors")
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")


def _add_summary_options(parser: _Parser) -> None:
    """The options a summary takes, the same for one collection and for a batch."""
    from .documents import DEFAULT_MAX_BYTES
    from .settings import DEFAULT_MAX_WORDS

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


def build_batch_parser() -> _Parser:
    parser = _Parser(
        prog="summarizer batch",
        description="Summarize many collections, one output line each: INPUT is a JSONL file "
        'with {"id", "documents": [{"id", "text", "title"?}], "focus"?} per line, or a '
        "directory of sub-directories (one collection each).",
        epilog="Output: one JSON line per collection, in input order: "
        '{"id", "summary": ...} (as --format json) or {"id", "error": reason}. '
        "Exit codes: 0 every collection summarized, 4 some failed (error lines), "
        "1 input error, 2 usage error, 130 interrupted.",
    )
    parser.add_argument("input", metavar="INPUT", help="a JSONL file or a directory")
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write the lines to FILE (default: standard output); each line is written whole",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="keep the lines already in --output and skip their ids (after an interrupted run)",
    )
    _add_summary_options(parser)
    _add_run_options(
        parser,
        parser,  # (no output group: the lines are JSON)
        jobs_help="worker processes, each summarizing one collection at a time (default: "
        "every core); the output does not depend on it",
        scheduler_help="run on the workers of a Dask cluster instead",
    )
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
    argv = list(sys.argv[1:] if argv is None else argv)
    batch = argv[:1] == ["batch"]
    parser = build_batch_parser() if batch else build_parser()
    parser.out, parser.err = out, err
    try:
        args = parser.parse_args(argv[1:] if batch else argv)
    except _Exit as done:
        return done.code
    if args.no_color:
        out.no_color = err.no_color = True

    progress = _ProgressDisplay(err)
    try:
        if batch:
            return _run_batch(args, out, err)
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
    from .report import html_view

    # Settings and the output first: a mistyped option or an output that
    # cannot be written fails before any input is read.
    summarizer = Summarizer(_settings(args).replace(jobs=args.jobs))
    target = _OutputFile(args.output) if args.output else None
    fmt = args.format or (target.format if target else "rich" if out.is_terminal else "text")
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
    summary = summarizer.summarize(documents, progress=progress.update, engine=args.scheduler)
    progress.stop()

    skipped = sum(n.skipped for n in notices)
    if fmt == "rich":
        view = rich_view(
            summary,
            elapsed=time.perf_counter() - started,
            skipped=skipped,
            explain=args.explain,
            verbose=args.verbose,
        )
        if target is None:
            out.print(view)
        else:
            target.write_rich(view)
    else:
        stream = out.file if target is None else None
        options = {"ascii": stream is not None and not _writes_unicode(stream)}
        if fmt == "html":
            rendered = html_view(summary, documents, explain=args.explain, **options)
        else:
            render = {"text": text_view, "markdown": markdown_view, "json": json_view}[fmt]
            rendered = render(
                summary,
                explain=args.explain,
                verbose=args.verbose,
                **(options if fmt == "json" else {}),
            )
        if target is not None:
            target.write(rendered)
        elif rendered:
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


def _run_batch(args: argparse.Namespace, out: Console, err: Console) -> int:
    """``summarizer batch``: one output line per collection, written whole as
    it is ready, in input order; a final line says how many failed."""
    from rich.text import Text

    from .batch import count_collections, read_collections, summarize_many
    from .errors import InvalidSettingsError
    from .render import json_line

    if args.resume and not args.output:
        raise InvalidSettingsError("--resume needs --output FILE: the lines to keep are there")
    # Settings first: a mistyped option fails before any input is read.
    settings = _settings(args)
    done = _finished_ids(args.output) if args.resume else set()
    collections = read_collections(args.input, max_bytes=args.max_bytes)
    pending = (c for c in collections if c.id not in done)
    # Counting reads the whole input once more: only for a bar that is shown.
    total = count_collections(args.input) if err.is_terminal else None
    target = None
    if args.output:
        mode = "a" if args.resume else "w"
        target = open(args.output, mode, encoding="utf-8")  # noqa: SIM115 - closed below
    stream = target or out.file
    ascii_only = not _writes_unicode(stream)
    progress = _BatchProgress(err, None if total is None else max(total - len(done), 0))
    counts = {"summarized": 0, "failed": 0}
    try:
        for result in summarize_many(pending, settings, jobs=args.jobs, engine=args.scheduler):
            stream.write(json_line(result.to_dict(), ascii=ascii_only) + "\n")
            stream.flush()  # a killed run leaves whole lines
            counts["summarized" if result.ok else "failed"] += 1
            progress.advance(result)
    finally:
        progress.stop()
        if target is not None:
            target.close()
    kept = f", {len(done)} kept from {args.output}" if done else ""
    failed = counts["failed"]
    line = Text(
        f"summarizer: {counts['summarized']} collection{'s' * (counts['summarized'] != 1)} "
        f"summarized, {failed} failed{kept}",
        style="yellow" if failed else "dim",
    )
    err.print(line, soft_wrap=True)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _finished_ids(path: str) -> set[str]:
    """The ids of the whole lines of a batch output, read line by line; a last
    line cut short (a killed run) is removed from the file."""
    from .errors import DocumentLoadError

    ids = set()
    try:
        with open(path, "rb+") as fh:
            whole = 0  # bytes of the file up to the end of its last whole line
            for number, raw in enumerate(fh, start=1):
                cut = not raw.endswith(b"\n")
                try:
                    if cut and raw.startswith(b'{"id": '):  # a line of ours, cut short
                        fh.truncate(whole)
                        break
                    ids.add(str(json.loads(raw)["id"]))
                except (ValueError, KeyError, TypeError):
                    raise DocumentLoadError(
                        f"{path}:{number}",
                        "not a line of a batch output; resume from a file that summarizer "
                        "batch wrote",
                    ) from None
                whole += len(raw)
    except FileNotFoundError:
        return set()
    except DocumentLoadError:
        raise
    except OSError as exc:
        raise DocumentLoadError(path, f"cannot read it to resume ({exc})") from None
    return ids


class _BatchProgress:
    """Collections done, rate and time left, on standard error (a terminal only)."""

    def __init__(self, console: Console, total: int | None) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.enabled = console.is_terminal
        self.started = time.monotonic()
        # No refresh thread: the run must stay single-threaded so that its
        # workers can be forked (see summarizer.workers).
        self.progress = Progress(
            TextColumn("collections"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
            auto_refresh=False,
        )
        self.task = self.progress.add_task("batch", total=total, rate="")
        if self.enabled:
            self.progress.start()

    def advance(self, result: Any) -> None:
        if not self.enabled:
            return
        self.progress.advance(self.task)
        done = self.progress.tasks[0].completed
        rate = done / max(time.monotonic() - self.started, 1e-9)
        self.progress.update(self.task, rate=f"{rate:.1f}/s")
        self.progress.refresh()

    def stop(self) -> None:
        if self.enabled:
            self.progress.stop()
            self.enabled = False


def _settings(args: argparse.Namespace) -> SummarizerSettings:
    """The settings the summary options (:func:`_add_summary_options`) ask for."""
    from .settings import SummarizerSettings

    return SummarizerSettings(
        max_sentences=args.sentences,
        max_words=args.words,
        max_chars=args.chars,
        language=args.language,
        summary_language=args.summary_language,
        focus=args.focus,
    )


class _OutputFile:
    """``--output FILE``: checked before the work starts, written whole at
    the end (through a temporary file beside it, so that a failed or
    interrupted run leaves the old file, or none, never half a summary)."""

    def __init__(self, path: str) -> None:
        from .errors import InvalidSettingsError

        self.path = Path(path)
        #: The format the extension asks for (text for any other).
        self.format = FORMAT_OF_SUFFIX.get(self.path.suffix.lower(), "text")
        parent = self.path.parent
        if self.path.is_dir():
            raise InvalidSettingsError(f"--output {path}: is a directory")
        if not parent.is_dir():
            raise InvalidSettingsError(f"--output {path}: no directory {parent}")
        if not os.access(parent, os.W_OK):
            raise InvalidSettingsError(f"--output {path}: cannot write in {parent}")

    def write(self, text: str) -> None:
        from .errors import DocumentLoadError

        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            with open(temporary, "w", encoding="utf-8", newline="") as fh:
                fh.write(text if not text or text.endswith("\n") else text + "\n")
            os.replace(temporary, self.path)
        except OSError as exc:
            reason = f"cannot write it ({exc.strerror or exc})"
            raise DocumentLoadError(str(self.path), reason) from None
        finally:  # however it ends (an error, Ctrl-C), no temporary file is left
            temporary.unlink(missing_ok=True)

    def write_rich(self, view: RenderableType) -> None:
        """A rich view as plain text, at the width of a wide terminal."""
        from rich.console import Console

        console = Console(file=io.StringIO(), width=120, no_color=True, highlight=False)
        console.print(view)
        self.write(console.file.getvalue())


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
