"""The pipeline: documents -> sentences -> cleaning -> vectors -> clusters ->
scores -> selection -> :class:`Summary`. Each stage is a function of its own
module; this module only wires them together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np
import scipy.sparse as sp

from .cleaning import BOILERPLATE, DUPLICATE, FRAGMENT, HEADING, Candidate, Match, clean
from .clustering import cluster
from .documents import Document, count_surrogates, unique_ids
from .embedding import tfidf
from .errors import EmptyInputError, InvalidDocumentError, InvalidSettingsError
from .furniture import edge_positions, repeated_furniture
from .parallel import prepare_documents
from .ranking import corroboration, is_item_list, lead_prior, textrank
from .selection import Budget, importance_per_word, reading_order, select, shortlist
from .sentences import Sentence, build_tokenizer, count_words
from .settings import SummarizerSettings
from .summary import (
    EXACT_MATCH,
    NEAR_MATCH,
    ClusterInfo,
    CorpusStats,
    DocumentInfo,
    DroppedSentence,
    Source,
    Span,
    Summary,
    SummarySentence,
)
from .workers import cycle_collector_paused, resolve_jobs

#: Candidates compared for corroboration and clustered: the best-ranked ones.
SHORTLIST = 2000

#: ``progress(stage, completed, total)``: see :meth:`Summarizer.summarize`.
ProgressCallback = Callable[[str, int, int], None]


class Summarizer:
    """Extractive multi-document summarizer.

    Parameters
    ----------
    settings : SummarizerSettings, optional
        All options; defaults when omitted.
    **params
        Individual settings overriding ``settings`` (validated), e.g.
        ``Summarizer(max_words=100)``.

    Examples
    --------
    >>> from summarizer import Summarizer
    >>> s = Summarizer(max_sentences=1).summarize(["The cat sat on the mat. It purred."])
    >>> s.sentences[0].text
    'The cat sat on the mat.'
    """

    def __init__(self, settings: SummarizerSettings | None = None, **params: Any) -> None:
        if settings is None:
            settings = SummarizerSettings()
        elif not isinstance(settings, SummarizerSettings):
            raise InvalidSettingsError(
                f"settings must be a SummarizerSettings, got {type(settings).__name__}"
            )
        self.settings = settings.replace(**params) if params else settings

    def __repr__(self) -> str:
        return f"Summarizer({self.settings!r})"

    def summarize(
        self,
        documents: Iterable[str | Document] | str | Document,
        *,
        progress: ProgressCallback | None = None,
    ) -> Summary:
        """Summarize a collection of documents.

        Parameters
        ----------
        documents : iterable of str or Document, or mapping of id to text
            In collection order (a list, tuple or generator; a set has no
            order and is refused). Plain strings get ids ``doc-1``,
            ``doc-2``, ...; a mapping ``{id: text}`` gives its keys as ids. A
            single string or Document is a collection of one. Repeated ids
            are renamed ``id#2``, ``id#3`` ... with a note, as
            :func:`summarizer.load_documents` does.
        progress : callable, optional
            ``progress(stage, completed, total)`` is called when each stage
            ("split", "clean", "embed", "rank", "cluster", "select") starts
            (completed 0) and ends (completed == total), and as splitting
            advances; ``total`` is the number of documents for "split" and 1
            otherwise. For progress displays and stage timing.

        Returns
        -------
        Summary

        Raises
        ------
        EmptyInputError
            No documents, or no text in any of them.
        InvalidDocumentError
            ``documents`` is not a collection of texts (bytes, a set, a
            number ...), or an item is neither a string nor a Document.

        Notes
        -----
        Safe to call from several threads at once; each call gives what a
        call alone would. Two process-wide resources are used while a call
        runs: Python's cycle collector is paused (it is restored when the
        last running call ends) and large inputs are split in worker
        processes (``jobs``, default every core), forked when the calling
        process runs no other thread and otherwise started by a fork server
        or spawned, which is safe but slower to start. Workers ignore Ctrl-C
        and are ended when the call ends, however it ends.
        """
        docs, notes = _as_documents(documents)
        with cycle_collector_paused():
            return self._summarize(docs, notes, progress or _no_progress)

    def _summarize(
        self, docs: list[Document], notes: list[str], report: ProgressCallback
    ) -> Summary:
        cfg = self.settings

        report("split", 0, len(docs))
        tokenizer = build_tokenizer("\n\n".join(d.text for d in docs)) if cfg.train_punkt else None
        prepared = prepare_documents(
            docs,
            tokenizer=tokenizer,
            label=cfg.filter_boilerplate,
            jobs=cfg.jobs,
            on_document=lambda k: report("split", k, len(docs)),
        )
        per_doc, labelled, features = prepared
        n_sentences = sum(len(s) for s in per_doc)
        if n_sentences == 0:
            raise EmptyInputError("the documents contain no text to summarize")

        report("clean", 0, 1)
        cleaned = clean(
            per_doc,
            filter_boilerplate=cfg.filter_boilerplate,
            collapse_duplicates=cfg.collapse_duplicates,
            duplicate_threshold=cfg.duplicate_threshold,
            labelled=labelled,
            features=features,
            jobs=resolve_jobs(cfg.jobs),
        )
        pool, terms = cleaned.candidates or cleaned.fallback, cleaned.terms
        if not cleaned.candidates and cleaned.fallback:
            notes.append("no full sentence found; the summary is built from headings and fragments")
        dropped = [_dropped(d.sentence, d.reason, d.detail, d.related) for d in cleaned.dropped]
        X = tfidf(terms)
        if cleaned.candidates and cfg.filter_boilerplate and len(docs) > 1:
            edges = {doc[0][0].doc_id: edge_positions(doc) for doc in labelled if doc}
            furniture = repeated_furniture(pool, X, edges)
            if furniture.any():
                for i in np.flatnonzero(furniture):
                    detail = (
                        f"site text: recurs at the start or end of {len(pool[i].doc_ids)} "
                        "documents and shares no content with them"
                    )
                    dropped.append(_dropped(pool[i].sentence, BOILERPLATE, detail, None))
                keep = np.flatnonzero(~furniture)
                pool, terms = tuple(pool[i] for i in keep), terms[keep]
                X = tfidf(terms)
        report("clean", 1, 1)
        stats = dict(
            documents=len(docs),
            sentences=n_sentences,
            candidates=len(pool),
            duplicates_merged=cleaned.count(DUPLICATE),
            boilerplate_dropped=sum(d.reason == BOILERPLATE for d in dropped),
            headings_dropped=cleaned.count(HEADING),
            fragments_dropped=cleaned.count(FRAGMENT),
        )
        doc_info = tuple(
            DocumentInfo(d.id, d.title, d.path, len(s)) for d, s in zip(docs, per_doc, strict=True)
        )
        if not pool:
            notes.append("every sentence was set aside as boilerplate; nothing to summarize")
            return Summary(
                (), CorpusStats(**stats, clusters=0), doc_info, (), tuple(dropped), tuple(notes)
            )

        report("embed", 0, 1)
        texts = [c.text for c in pool]
        words = np.array([count_words(t) for t in texts])
        chars = np.array([len(t) for t in texts])
        report("embed", 1, 1)
        budget = Budget(
            max_sentences=cfg.max_sentences,
            max_words=cfg.effective_max_words,
            max_chars=cfg.max_chars,
            overflow=cfg.overflow,
        )

        report("rank", 0, 1)
        scores = textrank(X, damping=cfg.damping, tol=cfg.tol, max_iter=cfg.max_iter)
        if cfg.position_weight > 0:
            scores = scores * _lead(pool, per_doc, cfg.position_weight)
        if cfg.corroboration_weight > 0 and len(docs) > 1:
            # Compared among the best-ranked candidates only: quadratic in
            # SHORTLIST, not in the collection (exact for smaller collections).
            best = np.argsort(-scores, kind="stable")[:SHORTLIST]
            support = _corroboration(pool, X, docs, best)
            scores = scores * (1.0 + cfg.corroboration_weight * support)
        report("rank", 1, 1)

        # One shortlist: the candidates the selection can reach, which are also
        # the ones clustered (every chosen sentence has a cluster).
        expected = budget.expected_sentences(float(words.mean()), float(chars.mean()))
        value = importance_per_word(scores, words, cfg.length_exponent)
        reachable = shortlist(value, expected)

        report("cluster", 0, 1)
        # Always clustered: the topics are part of the result (and of --explain)
        # even when the selection does not cover them one by one.
        k = cfg.n_clusters if cfg.n_clusters != "auto" else expected
        labels = np.full(len(pool), -1)
        labels[reachable] = cluster(X[reachable], k, random_state=cfg.random_state)
        labels = _by_importance(labels, scores)
        report("cluster", 1, 1)

        report("select", 0, 1)
        selection = select(
            X,
            value,
            reachable,
            words=words,
            chars=chars,
            budget=budget,
            labels=labels if cfg.use_clusters else None,
            redundancy_threshold=cfg.redundancy_threshold if cfg.control_redundancy else None,
            mmr_lambda=cfg.mmr_lambda if cfg.control_redundancy else 1.0,
        )
        for i, j, sim in selection.redundant:
            other = pool[j].sentence
            detail = f"redundant with {other.doc_id}#{other.index} (cosine {sim:.2f})"
            dropped.append(_dropped(pool[i].sentence, "redundant", detail, other))
        if not selection.chosen:
            notes.append(_nothing_fits(budget, words, chars))
        doc_rank = {d.id: i for i, d in enumerate(docs)}
        doc_len = {d.id: max(len(s), 1) for d, s in zip(docs, per_doc, strict=True)}
        relative_position = np.array(
            [min(s.index / doc_len[s.doc_id] for s in c.sources) for c in pool]
        )
        ranks = np.array([doc_rank[c.sentence.doc_id] for c in pool])
        ordered = reading_order(selection.chosen, relative_position, ranks, scores)
        sentences = tuple(
            _summary_sentence(pool[i], float(scores[i]), int(labels[i])) for i in ordered
        )
        clusters = _cluster_info(pool, scores, labels)
        report("select", 1, 1)
        return Summary(
            sentences,
            CorpusStats(**stats, clusters=len(clusters)),
            doc_info,
            clusters,
            tuple(dropped),
            tuple(notes),
        )


def summarize(
    documents: Iterable[str | Document] | str | Document,
    settings: SummarizerSettings | None = None,
    **params: Any,
) -> Summary:
    """Summarize documents in one call: ``Summarizer(settings, **params).summarize(documents)``.

    Examples
    --------
    >>> summary = summarize(["First story text. More text."], max_words=100)
    """
    return Summarizer(settings, **params).summarize(documents)


def _as_documents(documents: Any) -> tuple[list[Document], list[str]]:
    """The collection as a list of Documents with unique ids, and notes on renamed ids."""
    if isinstance(documents, (str, Document)):
        documents = [documents]
    elif isinstance(documents, Mapping):
        documents = [
            text if isinstance(text, Document) else _keyed_document(key, text)
            for key, text in documents.items()
        ]
    elif isinstance(documents, (bytes, bytearray, memoryview)):
        raise InvalidDocumentError(
            "documents must be text, got bytes: decode them first, or read files and "
            "streams with load_documents()"
        )
    elif isinstance(documents, (set, frozenset)):
        raise InvalidDocumentError(
            "documents must be in a fixed order (a list or tuple), got a set: "
            "pass sorted(...) or a list"
        )
    try:
        items = list(documents)
    except TypeError:
        raise InvalidDocumentError(
            "documents must be a str, a Document, or a list of them (or a mapping of id to "
            f"text), got {type(documents).__name__}"
        ) from None
    if not items:
        raise EmptyInputError("no documents given")
    docs: list[Document] = []
    for i, item in enumerate(items, start=1):
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, str):
            docs.append(Document(id=f"doc-{i}", text=item))
        else:
            raise InvalidDocumentError(
                f"document {i} must be a str or Document, got {type(item).__name__}"
            )
    notes: list[str] = []
    for d in docs:
        if n := count_surrogates(d.text):
            notes.append(
                f"document {d.id!r} holds {n} lone surrogate code point{'s' * (n != 1)} "
                "(invalid Unicode): JSON writes them as \\uXXXX escapes, the other views "
                "as visible escapes"
            )
    docs = unique_ids(
        docs, lambda old, new: notes.append(f"duplicate document id {old!r} renamed to {new!r}")
    )
    return docs, notes


def _keyed_document(key: object, text: object) -> Document:
    if not isinstance(text, str):
        raise InvalidDocumentError(
            f"document {key!r}: a mapping must give each id a str, got {type(text).__name__}"
        )
    return Document(id=str(key), text=text)


def _lead(pool: tuple[Candidate, ...], per_doc: list[list[Sentence]], weight: float) -> np.ndarray:
    """Lead prior of each candidate: from its earliest occurrence in an article."""
    lists = {
        doc[0].doc_id
        for doc in per_doc
        if doc and is_item_list(np.array([s.paragraph for s in doc]))
    }
    index = np.array(
        [min((s.index for s in c.sources if s.doc_id not in lists), default=0) for c in pool]
    )
    in_list = np.array([all(s.doc_id in lists for s in c.sources) for c in pool])
    return lead_prior(index, in_list, weight)


def _corroboration(
    pool: tuple[Candidate, ...], X: sp.csr_matrix, docs: list[Document], rows: np.ndarray
) -> np.ndarray:
    doc_number = {d.id: i for i, d in enumerate(docs)}
    owner = np.array([doc_number[c.sentence.doc_id] for c in pool])
    at = [i for i in rows for _ in pool[i].doc_ids]
    doc = [doc_number[doc_id] for i in rows for doc_id in pool[i].doc_ids]
    carried = sp.csr_matrix((np.ones(len(at)), (at, doc)), shape=(len(pool), len(docs)))
    return corroboration(X, owner, carried_by=carried, rows=rows)


def _by_importance(labels: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Renumber clusters so that 0 has the highest total score (-1 stays -1)."""
    clustered = labels >= 0
    totals = np.bincount(labels[clustered], weights=scores[clustered])
    order = np.argsort(-totals, kind="stable")
    remap = np.empty_like(order)
    remap[order] = np.arange(len(order))
    out = labels.copy()
    out[clustered] = remap[labels[clustered]]
    return out


def _cluster_info(
    pool: tuple[Candidate, ...], scores: np.ndarray, labels: np.ndarray, top: int = 3
) -> tuple[ClusterInfo, ...]:
    info = []
    for label in np.unique(labels[labels >= 0]):
        members = np.flatnonzero(labels == label)
        best = members[np.argsort(-scores[members], kind="stable")[:top]]
        info.append(
            ClusterInfo(
                int(label),
                int(members.size),
                float(scores[members].sum()),
                tuple(pool[i].text for i in best),
            )
        )
    return tuple(sorted(info, key=lambda c: -c.score))


def _no_progress(stage: str, completed: int, total: int) -> None:
    pass


def _nothing_fits(budget: Budget, words: np.ndarray, chars: np.ndarray) -> str:
    """Why no sentence fits the budget, in the budget's own unit."""
    reasons = []
    if budget.max_words is not None and words.min() > budget.max_words:
        reasons.append(
            f"{budget.max_words} word{'s' * (budget.max_words != 1)} (the shortest "
            f"candidate sentence has {int(words.min())} words)"
        )
    if budget.max_chars is not None and chars.min() > budget.max_chars:
        reasons.append(
            f"{budget.max_chars} character{'s' * (budget.max_chars != 1)} (the shortest "
            f"candidate sentence has {int(chars.min())} characters)"
        )
    return "no sentence fits the budget of " + " and ".join(reasons)


def _dropped(
    sentence: Sentence, reason: str, detail: str, related: Sentence | None
) -> DroppedSentence:
    s = sentence
    return DroppedSentence(
        s.doc_id,
        s.index,
        s.start,
        s.end,
        s.text,
        reason,
        detail,
        Span(related.doc_id, related.start, related.end) if related else None,
    )


def _source(sentence: Sentence, match: Match) -> Source:
    return Source(
        sentence.doc_id,
        sentence.start,
        sentence.end,
        EXACT_MATCH if match.exact else NEAR_MATCH,
        round(match.similarity, 4),
    )


def _summary_sentence(candidate: Candidate, score: float, label: int) -> SummarySentence:
    s = candidate.sentence
    return SummarySentence(
        text=s.text,
        doc_id=s.doc_id,
        index=s.index,
        start=s.start,
        end=s.end,
        score=score,
        cluster=label,
        sources=tuple(
            _source(o, m) for o, m in zip(candidate.sources, candidate.matches, strict=True)
        ),
    )
