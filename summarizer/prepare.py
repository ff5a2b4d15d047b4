"""The per-document stage: split, label and featurise every document.

Each document is split into sentences (:mod:`summarizer.sentences`), its
sentences are classified (:mod:`summarizer.classify`) and their features
computed (:mod:`summarizer.features`). Documents are independent, and this
is most of the work on a large collection, so documents go in chunks of
about equal length to worker processes (:mod:`summarizer.workers`). Results
come back in document order and do not depend on the number of workers.
Small inputs stay in this process: starting workers costs more than it
saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np
from nltk.tokenize.punkt import PunktSentenceTokenizer

from .classify import LabelledSentence, label_document, unlabelled
from .documents import Document
from .features import Features, featurize, stack
from .language import LanguageProfile
from .sentences import Sentence, default_tokenizer, split_document
from .workers import map_tasks

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
    profile: LanguageProfile
    tokenizer: PunktSentenceTokenizer | None  # None: the profile's own, built in each worker
    label: bool


def prepare_documents(
    documents: Sequence[Document],
    *,
    profile: LanguageProfile,
    tokenizer: PunktSentenceTokenizer | None,
    label: bool,
    jobs: int,
    on_document: Callable[[int], None] | None = None,
) -> PreparedDocuments:
    """Split, label and featurise every document, in parallel when it pays off.

    Parameters
    ----------
    documents : sequence of Document
    profile : LanguageProfile
        The language of the documents.
    tokenizer : PunktSentenceTokenizer or None
        A tokenizer trained on the input; None for the profile's own.
    label : bool
        Classify the sentences (otherwise every sentence is body).
    jobs : int
        Worker processes (used for inputs of ``PARALLEL_MIN_CHARS`` or more).
    on_document : callable, optional
        Called with the number of documents done so far.
    """
    workers = jobs if sum(len(d.text) for d in documents) >= PARALLEL_MIN_CHARS else 1
    chunks = [documents[a:b] for a, b in _chunk_bounds(documents, workers)]
    parts: list[PreparedDocuments] = []
    done = 0
    options = _Options(profile, tokenizer, label)
    for part in map_tasks(_prepare_chunk, chunks, shared=options, jobs=workers):
        parts.append(part)
        done += len(part.sentences)
        if on_document:
            on_document(done)
    if not parts:
        return PreparedDocuments([], [], featurize([], profile))
    return PreparedDocuments(
        [doc for part in parts for doc in part.sentences],
        [doc for part in parts for doc in part.labelled],
        stack([part.features for part in parts]),
    )


def _prepare_chunk(options: _Options, documents: Sequence[Document]) -> PreparedDocuments:
    profile = options.profile
    tokenizer = options.tokenizer or default_tokenizer(profile)
    sentences = [split_document(doc, tokenizer) for doc in documents]
    labelled = [
        label_document(s, profile, doc.headings) if options.label else unlabelled(s)
        for doc, s in zip(documents, sentences, strict=True)
    ]
    features = featurize([s.text for doc in labelled for s, _, _ in doc], profile)
    return PreparedDocuments(sentences, labelled, features)


def _chunk_bounds(documents: Sequence[Document], workers: int) -> list[tuple[int, int]]:
    """Consecutive ranges of documents with about equal numbers of characters."""
    if not documents:
        return []
    ends = np.cumsum([len(d.text) + 1 for d in documents])
    n_chunks = min(len(documents), workers * CHUNKS_PER_WORKER)
    cuts = np.searchsorted(ends, ends[-1] * np.arange(1, n_chunks) / n_chunks, side="right")
    bounds = np.unique(np.concatenate([[0], cuts, [len(documents)]]))
    return list(zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True))
