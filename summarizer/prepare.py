"""The per-document stage: split, label and featurise every document.

Each document is split into sentences (:mod:`summarizer.sentences`) in its
own language (:class:`summarizer.language.LanguageProfile`), its
sentences are classified (:mod:`summarizer.classify`) and their features
computed (:mod:`summarizer.features`). Documents are independent, and this
is most of the work on a large collection, so documents go in chunks of
about equal length to worker processes (:mod:`summarizer.workers`). Results
come back in document order and do not depend on the number of workers.
Small inputs stay in this process: starting workers costs more than it
saves.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from nltk.tokenize.punkt import PunktSentenceTokenizer

from .classify import LabelledSentence, label_document, unlabelled
from .documents import Document
from .features import Features, featurize, stack
from .language import LanguageProfile, english
from .sentences import Sentence, split_document
from .workers import map_tasks

if TYPE_CHECKING:  # pragma: no cover
    from .engines import Engine

#: Below this many characters of text, work stays in one process.
PARALLEL_MIN_CHARS = 500_000
#: Tasks per worker: documents are sent in chunks of about equal length, enough
#: of them that a worker that finishes early takes another.
CHUNKS_PER_WORKER = 16


class PreparedDocuments(NamedTuple):
    """The documents split, labelled and featurised.

    ``sentences`` and ``labelled`` have one list per document, in order (a
    labelled sentence may start later than the split one: a heading glued to
    its front is cut off); ``features`` has one row per labelled sentence,
    all documents in order.
    """

    sentences: list[list[Sentence]]
    labelled: list[list[LabelledSentence]]
    features: Features


class _Options(NamedTuple):
    tokenizers: Mapping[str, PunktSentenceTokenizer]  # trained ones, by language code
    label: bool


def prepare_documents(
    documents: Sequence[Document],
    *,
    profiles: Sequence[LanguageProfile],
    tokenizers: Mapping[str, PunktSentenceTokenizer],
    label: bool,
    jobs: int,
    engine: Engine | None = None,
    on_document: Callable[[int], None] | None = None,
) -> PreparedDocuments:
    """Split, label and featurise every document in its own language, in
    parallel when it pays off.

    Parameters
    ----------
    documents : sequence of Document
    profiles : sequence of LanguageProfile
        The language of each document.
    tokenizers : mapping of str to PunktSentenceTokenizer
        Tokenizers trained on the input, by language code; a language
        without one uses its profile's own.
    label : bool
        Classify the sentences (otherwise every sentence is body).
    jobs : int
        Worker processes (used for inputs of ``PARALLEL_MIN_CHARS`` or more).
    engine : Engine, optional
        Where the chunks run instead of local worker processes (a Dask
        cluster, :mod:`summarizer.engines`), for inputs of
        ``PARALLEL_MIN_CHARS`` or more.
    on_document : callable, optional
        Called with the number of documents done so far.
    """
    large = sum(len(d.text) for d in documents) >= PARALLEL_MIN_CHARS
    workers = (engine.workers if engine is not None else jobs) if large else 1
    items = list(zip(documents, profiles, strict=True))
    chunks = [items[a:b] for a, b in _chunk_bounds(documents, workers)]
    parts: list[PreparedDocuments] = []
    done = 0
    options = _Options(tokenizers, label)
    if engine is not None and large:
        prepared = engine.stream(_prepare_chunk, chunks, shared=options)
    else:
        prepared = map_tasks(_prepare_chunk, chunks, shared=options, jobs=workers)
    for part in prepared:
        parts.append(part)
        done += len(part.sentences)
        if on_document:
            on_document(done)
    if not parts:
        return PreparedDocuments([], [], featurize([], english()))
    return PreparedDocuments(
        [doc for part in parts for doc in part.sentences],
        [doc for part in parts for doc in part.labelled],
        stack([part.features for part in parts]),
    )


def _prepare_chunk(
    options: _Options, items: Sequence[tuple[Document, LanguageProfile]]
) -> PreparedDocuments:
    sentences, labelled = [], []
    for doc, profile in items:
        split = split_document(doc, profile, options.tokenizers.get(profile.code))
        sentences.append(split)
        labelled.append(
            label_document(split, profile, doc.headings) if options.label else unlabelled(split)
        )
    # Features of each run of documents in one language, with its profile.
    runs = []
    for profile, run in itertools.groupby(
        zip((p for _, p in items), labelled, strict=True), key=lambda pair: pair[0]
    ):
        runs.append(featurize([s.text for _, doc in run for s, _, _ in doc], profile))
    return PreparedDocuments(sentences, labelled, stack(runs) if runs else featurize([], english()))


def _chunk_bounds(documents: Sequence[Document], workers: int) -> list[tuple[int, int]]:
    """Consecutive ranges of documents with about equal numbers of characters."""
    if not documents:
        return []
    ends = np.cumsum([len(d.text) + 1 for d in documents])
    n_chunks = min(len(documents), workers * CHUNKS_PER_WORKER)
    cuts = np.searchsorted(ends, ends[-1] * np.arange(1, n_chunks) / n_chunks, side="right")
    bounds = np.unique(np.concatenate([[0], cuts, [len(documents)]]))
    return list(zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True))
