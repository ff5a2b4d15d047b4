"""Many collections at once: read them one by one, summarize each, stream the results.

A batch is a sequence of collections, each summarized on its own as
:func:`summarizer.summarize` would (the same settings, with a collection's
own focus when it gives one). :func:`read_collections` reads them from a
JSONL file (one collection per line: ``{"id", "documents": [{"id", "text",
"title"?}], "focus"?}``) or from a directory of sub-directories (one
collection each, read with :func:`summarizer.load_documents`), lazily, so a
file of any size is read as the work goes. :func:`summarize_many` runs them
in worker processes and yields a :class:`BatchResult` per collection, in
input order, as soon as it and those before it are done: memory is bounded
by the collections in flight, and the results never depend on the number of
workers. A collection that cannot be summarized (empty, unreadable, invalid)
gives a result with the reason instead of a summary, and the batch goes on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .documents import (
    DEFAULT_MAX_BYTES,
    Document,
    LoadNotice,
    decode_bytes,
    load_documents,
    record_document,
    text_lines,
)
from .engines import opened
from .errors import DocumentLoadError, SummarizerError
from .settings import SummarizerSettings
from .summary import Summary


class Collection(NamedTuple):
    """One collection of a batch: its ``id``, its documents, its own focus
    (None: the batch's), and what was skipped while reading it."""

    id: str
    documents: tuple[Document, ...]
    focus: str | None = None
    notices: tuple[str, ...] = ()


class BatchResult(NamedTuple):
    """What became of one collection: its summary, or the ``error`` that kept
    it from having one; ``notices`` say what was skipped while reading it."""

    id: str
    summary: Summary | None = None
    error: str | None = None
    notices: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.summary is not None

    def to_dict(self) -> dict[str, Any]:
        """``{"id", "summary": Summary.to_dict()}``, or ``{"id", "error"}``;
        with ``"notices"`` when something was skipped."""
        record: dict[str, Any] = {"id": self.id}
        if self.summary is not None:
            record["summary"] = self.summary.to_dict()
        else:
            record["error"] = self.error
        if self.notices:
            record["notices"] = list(self.notices)
        return record


def read_collections(
    source: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Collection | BatchResult]:
    """The collections of a JSONL file or of a directory's sub-directories,
    one by one; a line or directory that is not a readable collection gives a
    :class:`BatchResult` with the reason (its id, or ``<file>:<line>``).

    Raises
    ------
    DocumentLoadError
        ``source`` is neither a readable file nor a directory.
    """
    path = Path(source)
    if path.is_dir():
        yield from _directory_collections(path, max_bytes)
        return
    try:
        fh = path.open("rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        reason = "no such file or directory" if isinstance(exc, FileNotFoundError) else exc
        raise DocumentLoadError(str(source), f"cannot read it ({reason})") from None
    with fh:
        for lineno, raw in enumerate(text_lines(fh, max_bytes), start=1):
            where = f"{source}:{lineno}"
            if raw is None:
                yield BatchResult(where, error=f"line over the {max_bytes:,}-byte limit")
                continue
            line, _ = decode_bytes(raw)
            if line.strip():
                yield _line_collection(line, where)


def count_collections(source: str | os.PathLike[str]) -> int | None:
    """How many collections :func:`read_collections` will give (for a
    progress display); None when ``source`` cannot be read."""
    path = Path(source)
    try:
        if path.is_dir():
            return len(_collection_directories(path))
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return None


def _line_collection(line: str, where: str) -> Collection | BatchResult:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return BatchResult(where, error=f"not valid JSON ({exc.msg})")
    if not isinstance(record, dict):
        return BatchResult(where, error="not a JSON object")
    raw_id = record.get("id")
    collection_id = where if raw_id is None or raw_id == "" else str(raw_id)
    documents = record.get("documents")
    if not isinstance(documents, list):
        return BatchResult(collection_id, error='no "documents" list')
    focus = record.get("focus")
    if focus is not None and not isinstance(focus, str):
        return BatchResult(collection_id, error='"focus" must be a string')
    notices: list[LoadNotice] = []
    read = []
    for k, item in enumerate(documents, start=1):
        if not isinstance(item, Mapping):
            return BatchResult(collection_id, error=f"document {k} is not a JSON object")
        document = record_document(item, f"{collection_id}:{k}", None, notices.append)
        if document is None:
            reason = notices[-1].message.removeprefix("skipped: ") if notices else "not a document"
            return BatchResult(collection_id, error=f"document {k}: {reason}")
        read.append(document)
    return Collection(collection_id, tuple(read), focus, tuple(str(n) for n in notices))


def _collection_directories(path: Path) -> list[Path]:
    """The sub-directories of ``path`` that are collections (not hidden), in order."""
    return sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith("."))


def _directory_collections(path: Path, max_bytes: int) -> Iterator[Collection | BatchResult]:
    for sub in _collection_directories(path):
        notices: list[LoadNotice] = []
        try:
            documents = load_documents(sub, max_bytes=max_bytes, on_notice=notices.append)
        except SummarizerError as exc:
            yield BatchResult(sub.name, error=str(exc))
            continue
        shown = tuple(str(n) for n in notices if not n.routine)
        yield Collection(sub.name, tuple(documents), None, shown)


def summarize_many(
    collections: Iterable[Collection | BatchResult | Mapping[str, Any]],
    settings: SummarizerSettings | None = None,
    *,
    jobs: int | None = None,
    engine: Any = None,
    **params: Any,
) -> Iterator[BatchResult]:
    """Summarize every collection; a :class:`BatchResult` for each, in input order.

    Parameters
    ----------
    collections : iterable
        :class:`Collection` objects, the items of :func:`read_collections`
        (a :class:`BatchResult` passes through as it is), or mappings
        ``{"id", "documents", "focus"?}`` whose documents are what
        :func:`summarizer.summarize` accepts. Read one by one, as workers
        become free.
    settings : SummarizerSettings, optional
        The settings of every summary (``jobs`` is ignored: each collection
        is summarized in one process, and the collections are spread over
        the workers); a collection's own focus replaces the setting's.
    jobs : int or None
        Worker processes on this machine (None: every core).
    engine : dask.distributed.Client, str or engine, optional
        Where the collections are summarized instead: a Dask cluster (its
        client, or its scheduler's address; ``pip install
        "summarizer[dask]"``), see :mod:`summarizer.engines`. The results do
        not depend on the engine or the number of workers.
    **params
        Individual settings, as for :class:`summarizer.Summarizer`.

    Returns
    -------
    iterator of BatchResult
        One per collection, in input order, each as soon as it and those
        before it are done.

    Raises
    ------
    InvalidSettingsError
        At the call, for a wrong setting (before any collection is read).
    """
    base = (settings or SummarizerSettings()).replace(**params, jobs=1)
    return _results(collections, base, engine, jobs)


def _results(
    collections: Iterable[Any], settings: SummarizerSettings, engine: Any, jobs: int | None
) -> Iterator[BatchResult]:
    items = (_as_item(c, n) for n, c in enumerate(collections, start=1))
    with opened(engine, jobs=jobs) as runner:
        yield from runner.stream(_summarize_item, items, shared=settings)


def _as_item(collection: Any, number: int) -> Collection | BatchResult:
    if isinstance(collection, (Collection, BatchResult)):
        return collection
    if isinstance(collection, Mapping):
        raw_id = collection.get("id")
        collection_id = f"collection-{number}" if raw_id in (None, "") else str(raw_id)
        focus = collection.get("focus")
        return Collection(collection_id, collection.get("documents"), focus)  # type: ignore[arg-type]
    return BatchResult(
        f"collection-{number}",
        error=f"a collection must be a Collection or a mapping, got {type(collection).__name__}",
    )


def _summarize_item(settings: SummarizerSettings, item: Collection | BatchResult) -> BatchResult:
    """One collection's result (in a worker process)."""
    from .pipeline import Summarizer

    if isinstance(item, BatchResult):
        return item
    try:
        if item.focus is not None:
            settings = settings.replace(focus=item.focus)
        summary = Summarizer(settings).summarize(item.documents)
    except SummarizerError as exc:
        return BatchResult(item.id, error=str(exc), notices=item.notices)
    except Exception as exc:  # noqa: BLE001 - a bug of ours: this collection fails, the batch goes on
        return BatchResult(
            item.id, error=f"internal error: {type(exc).__name__}: {exc}", notices=item.notices
        )
    return BatchResult(item.id, summary, notices=item.notices)
