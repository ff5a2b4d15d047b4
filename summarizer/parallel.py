"""Per-document work (splitting, labelling, features) across processes.

Splitting is the slowest part of the job on large inputs and every document
is independent, so documents are processed in chunks by a pool of worker
processes. Results come back in document order and do not depend on the
number of workers. Small inputs stay in this process: starting workers costs
more than it saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from nltk.tokenize.punkt import PunktSentenceTokenizer

from .cleaning import BODY, Labelled, label_document
from .documents import Document
from .features import Features, featurize, stack
from .sentences import Sentence, default_tokenizer, split_document
from .workers import map_tasks, resolve_jobs

#: Below this many characters of text, work stays in one process.
PARALLEL_MIN_CHARS = 500_000
#: Tasks per worker: documents are sent in chunks of about equal length, enough
#: of them that a worker that finishes early takes another.
CHUNKS_PER_WORKER = 16

Prepared = tuple[list[list[Sentence]], list[list[Labelled]], Features]


def _prepare(
    documents: Sequence[Document], tokenizer: PunktSentenceTokenizer, label: bool
) -> Prepared:
    sentences = [split_document(doc, tokenizer) for doc in documents]
    labelled = [label_document(s) if label else [(x, BODY, "") for x in s] for s in sentences]
    features = featurize([s.text for doc in labelled for s, _, _ in doc])
    return sentences, labelled, features


def _prepare_chunk(
    options: tuple[PunktSentenceTokenizer | None, bool], documents: Sequence[Document]
) -> Prepared:
    tokenizer, label = options
    return _prepare(documents, tokenizer or default_tokenizer(), label)


def prepare_documents(
    documents: Sequence[Document],
    *,
    tokenizer: PunktSentenceTokenizer | None = None,
    label: bool = True,
    jobs: int | None = None,
    on_document: Callable[[int], None] | None = None,
) -> Prepared:
    """Split, label and featurise every document, in parallel when it pays off.

    Parameters
    ----------
    documents : sequence of Document
    tokenizer : PunktSentenceTokenizer, optional
        Defaults to the project's untrained tokenizer.
    label : bool
        Run :func:`summarizer.cleaning.label_document` on each document
        (otherwise every sentence is labelled body).
    jobs : int or None
        Worker processes; None uses every core.
    on_document : callable, optional
        Called with the number of documents done so far.

    Returns
    -------
    sentences : list of list of Sentence
        One list per document, in order.
    labelled : list of list of (Sentence, kind, reason)
        One list per document, in order.
    features : Features
        :func:`summarizer.features.featurize` of the labelled sentences, in
        order.
    """
    workers = resolve_jobs(jobs)
    if sum(len(d.text) for d in documents) < PARALLEL_MIN_CHARS:
        workers = 1
    chunks = [documents[a:b] for a, b in _chunk_bounds(documents, workers)]
    parts: list[Prepared] = []
    done = 0
    # The default tokenizer is built in each worker, not sent to it.
    for part in map_tasks(_prepare_chunk, chunks, shared=(tokenizer, label), jobs=workers):
        parts.append(part)
        done += len(part[0])
        if on_document:
            on_document(done)
    return _join(parts)


def _chunk_bounds(documents: Sequence[Document], workers: int) -> list[tuple[int, int]]:
    """Consecutive ranges of documents with about equal numbers of characters."""
    if not documents:
        return []
    ends = np.cumsum([len(d.text) + 1 for d in documents])
    n_chunks = min(len(documents), workers * CHUNKS_PER_WORKER)
    cuts = np.searchsorted(ends, ends[-1] * np.arange(1, n_chunks) / n_chunks, side="right")
    bounds = np.unique(np.concatenate([[0], cuts, [len(documents)]]))
    return list(zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True))


def _join(parts: Sequence[Prepared]) -> Prepared:
    sentences = [doc for part in parts for doc in part[0]]
    labelled = [doc for part in parts for doc in part[1]]
    return sentences, labelled, stack([part[2] for part in parts])
