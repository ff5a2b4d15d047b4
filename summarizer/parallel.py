"""Per-document work (sentence splitting and labelling) across processes.

Splitting is the slowest part of the job on large inputs and every document
is independent, so documents are processed in chunks by a pool of worker
processes. Results come back in document order and do not depend on the
number of workers. Small inputs stay in this process: starting workers costs
more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from nltk.tokenize.punkt import PunktSentenceTokenizer

from .cleaning import Labelled, label_document
from .documents import Document
from .sentences import Sentence, default_tokenizer, split_document

#: Below this many characters of text, work stays in one process.
PARALLEL_MIN_CHARS = 2_000_000
#: Documents per task sent to a worker.
CHUNK_DOCUMENTS = 64

_worker_tokenizer: PunktSentenceTokenizer | None = None


def resolve_jobs(jobs: int | None) -> int:
    """Number of worker processes: ``jobs``, or every core when None."""
    return max(1, jobs if jobs is not None else (os.cpu_count() or 1))


def _init_worker(tokenizer: PunktSentenceTokenizer | None) -> None:
    global _worker_tokenizer
    _worker_tokenizer = tokenizer


def _prepare(
    documents: Sequence[Document], tokenizer: PunktSentenceTokenizer, label: bool
) -> list[tuple[list[Sentence], list[Labelled] | None]]:
    results = []
    for doc in documents:
        sentences = split_document(doc, tokenizer)
        results.append((sentences, label_document(sentences) if label else None))
    return results


def _prepare_chunk(
    args: tuple[Sequence[Document], bool],
) -> list[tuple[list[Sentence], list[Labelled] | None]]:
    documents, label = args
    return _prepare(documents, _worker_tokenizer or default_tokenizer(), label)


def prepare_documents(
    documents: Sequence[Document],
    *,
    tokenizer: PunktSentenceTokenizer | None = None,
    label: bool = True,
    jobs: int | None = None,
    on_document: Callable[[int], None] | None = None,
) -> list[tuple[list[Sentence], list[Labelled] | None]]:
    """Split (and label) every document, in parallel when it pays off.

    Parameters
    ----------
    documents : sequence of Document
    tokenizer : PunktSentenceTokenizer, optional
        Defaults to the project's untrained tokenizer.
    label : bool
        Also run :func:`summarizer.cleaning.label_document` on each document.
    jobs : int or None
        Worker processes; None uses every core.
    on_document : callable, optional
        Called with the number of documents done so far.

    Returns
    -------
    list of (sentences, labelled or None), one per document, in order.
    """
    tok = tokenizer or default_tokenizer()
    workers = resolve_jobs(jobs)
    total_chars = sum(len(d.text) for d in documents)
    if workers == 1 or len(documents) < 2 or total_chars < PARALLEL_MIN_CHARS:
        results = []
        for k in range(0, len(documents), CHUNK_DOCUMENTS):
            results.extend(_prepare(documents[k : k + CHUNK_DOCUMENTS], tok, label))
            if on_document:
                on_document(len(results))
        return results
    chunks = [
        (documents[k : k + CHUNK_DOCUMENTS], label)
        for k in range(0, len(documents), CHUNK_DOCUMENTS)
    ]
    results = []
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(
        max_workers=min(workers, len(chunks)),
        mp_context=context,
        initializer=_init_worker,
        initargs=(tok,),
    ) as pool:
        for chunk_result in pool.map(_prepare_chunk, chunks):
            results.extend(chunk_result)
            if on_document:
                on_document(len(results))
    return results
