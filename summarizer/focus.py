"""Focus: how relevant each candidate is to what the user asks about.

A focus (a few keywords, or a topic statement of several sentences with
questions) is read the way a sentence is, folded and stemmed
(:func:`summarizer.embedding.analyze`), but without the stop words of the
documents' language (a focus names what it is about in its content words),
and projected into the candidates' TF-IDF space, so that its rare words
weigh more than its common ones and words no document uses (including the
instructions of a topic statement, "describe", "discuss") weigh nothing.

A candidate's relevance mixes two cosine similarities to the focus: its own,
and that of its document (the sum of the document's sentence vectors) less
that of the whole collection, so a document counts only as far as it stands
out. The second carries the focus to the sentences of an on-subject
document that do not repeat the focus's words (a story among others), and
is nothing when every document tells the same story, where the sentences
that speak of the focus must lead. The focus is then widened once by pseudo-relevance feedback
(Rocchio): the centroid of the most relevant sentences is added to it, which
brings in the words the documents use for the subject (a focus "rare earth
minerals" gains "critical", "supply", "China" from the sentences that answer
it). Relevance is scaled so the most relevant candidate has 1.

The ranking uses it twice (:func:`summarizer.ranking.score`): as the
teleport distribution of TextRank (topic-sensitive PageRank, biased
LexRank), and as a prior factor of each score, the value the selection
maximises.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import scipy.sparse as sp

from .embedding import (
    N_FEATURES,
    TermSpace,
    hash_counts,
    terms_of,
    unit_rows,
    without_stop_words,
)
from .language import UNSPACED, WORD, LanguageProfile, fold

if TYPE_CHECKING:  # pragma: no cover
    from .sentences import Candidate

#: Reason of a central sentence left out because it is off the focus.
OFF_FOCUS = "off-focus"

#: A candidate less relevant than this (relative to the most relevant one)
#: is off the focus: never chosen, even when the budget has room left.
MIN_RELEVANCE = 0.1
#: Share of a candidate's relevance that comes from its document's
#: similarity to the focus (the rest from its own).
DOCUMENT_SHARE = 0.5
#: Pseudo-relevance feedback: the most relevant candidates whose centroid is
#: added to the focus ...
FEEDBACK_SENTENCES = 10
#: ... with this weight against the focus itself (0 switches feedback off).
FEEDBACK_WEIGHT = 1.0


class Relevance(NamedTuple):
    """The relevance of every candidate to a focus.

    ``scores`` is in [0, 1], 1 for the most relevant candidate, and all zero
    when the focus matches nothing in the documents. ``terms`` are the
    focus's words that occur in the candidates (as the focus spells them,
    folded), ``unmatched`` its content words that do not; ``columns`` the
    hashed term columns of ``terms`` (to find them in a sentence, see
    :func:`term_spans`).
    """

    scores: np.ndarray
    terms: tuple[str, ...]
    unmatched: tuple[str, ...]
    columns: frozenset[int]

    @property
    def matched(self) -> bool:
        return bool(self.scores.size and self.scores.max() > 0)


def term_columns(terms: Sequence[str]) -> np.ndarray:
    """The hashed column (of ``N_FEATURES``) of each term, in order."""
    # One term per row, so one entry per row, in row order.
    return hash_counts([[t] for t in terms], N_FEATURES).indices.copy()


def focus_terms(focus: str, profiles: Sequence[LanguageProfile]) -> dict[str, list[str]]:
    """The content words of a focus (folded), each with its terms under every
    profile (a collection summarized in several languages reads the focus in
    each of them)."""
    words: dict[str, list[str]] = {}
    for word in fold(focus).split():
        for profile in profiles:
            if profile.is_stop_word(word):
                continue
            for term in terms_of([word], profile):
                if term not in words.setdefault(word, []):
                    words[word].append(term)
    return words


def relevance(
    focus: str,
    candidates: Sequence[Candidate],
    X: sp.spmatrix,
    space: TermSpace,
    profiles: Sequence[LanguageProfile],
    *,
    feedback: bool = True,
) -> Relevance:
    """The relevance of each candidate to ``focus`` (see the module docstring).

    Parameters
    ----------
    focus : str
        Keywords or a topic statement.
    candidates : sequence of Candidate
    X : sparse matrix, shape (len(candidates), n_terms)
        The candidates' TF-IDF vectors (L2-normalised rows) ...
    space : TermSpace
        ... and the space of their columns.
    profiles : sequence of LanguageProfile
        The languages the focus is read in (those of the summarized documents).
    feedback : bool
        Widen the focus with the centroid of its best matches.
    """
    n = len(candidates)
    words = focus_terms(focus, profiles)
    all_terms = [t for terms in words.values() for t in terms]
    columns = term_columns(all_terms)
    present = np.isin(columns, space.columns)
    found = dict(zip(all_terms, present.tolist(), strict=True))
    matched = tuple(w for w, terms in words.items() if any(found[t] for t in terms))
    unmatched = tuple(w for w in words if w not in matched)
    kept = frozenset(int(c) for c, p in zip(columns, present, strict=True) if p)
    if n == 0 or not kept:
        return Relevance(np.zeros(n), matched, unmatched, kept)

    query = space.vector(hash_counts([all_terms], N_FEATURES))
    # Relevance is about the subject: the sentences' content words only
    # (their stop words would widen the feedback to every sentence).
    Xn = unit_rows(without_stop_words(X, profiles, space.columns))
    carried = _document_matrix(candidates)
    documents = unit_rows(carried.T @ Xn)  # (documents, terms): each document's direction
    collection = unit_rows(sp.csr_matrix(documents.sum(axis=0)))

    def scores_for(q: sp.csr_matrix) -> np.ndarray:
        own = np.asarray((Xn @ q.T).todense()).ravel()
        # What sets a document apart: how much more relevant it is than the
        # collection as a whole (nothing, when every document tells the same
        # story; much, for the documents of the story a focus names among
        # others).
        baseline = float((collection @ q.T).toarray()[0, 0])
        per_document = np.maximum(np.asarray((documents @ q.T).todense()).ravel() - baseline, 0)
        # A sentence carried by several documents takes the most relevant one.
        document = carried.multiply(per_document[None, :]).max(axis=1)
        return (1.0 - DOCUMENT_SHARE) * own + DOCUMENT_SHARE * document.toarray().ravel()

    scores = scores_for(query)
    if feedback and FEEDBACK_WEIGHT > 0 and scores.max() > 0:
        best = np.argsort(-scores, kind="stable")[:FEEDBACK_SENTENCES]
        best = best[scores[best] > 0]
        centroid = unit_rows(sp.csr_matrix(Xn[best].sum(axis=0)))
        scores = scores_for(unit_rows(query + FEEDBACK_WEIGHT * centroid))
    return Relevance(_scaled(scores), matched, unmatched, kept)


def _scaled(values: np.ndarray) -> np.ndarray:
    """``values`` divided by their maximum (all zero stays zero)."""
    top = values.max() if values.size else 0.0
    return np.clip(values / top, 0.0, 1.0) if top > 0 else np.zeros_like(values)


def _document_matrix(candidates: Sequence[Candidate]) -> sp.csr_matrix:
    """(candidates, documents) matrix, 1 where a document carries a candidate."""
    number: dict[str, int] = {}
    rows, cols = [], []
    for i, c in enumerate(candidates):
        for doc_id in c.doc_ids:
            rows.append(i)
            cols.append(number.setdefault(doc_id, len(number)))
    return sp.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(candidates), len(number))
    )


def term_spans(
    text: str, profile: LanguageProfile, columns: frozenset[int]
) -> tuple[tuple[int, int], ...]:
    """Where the focus's terms (``columns``, see :class:`Relevance`) occur in
    ``text``: (start, end) offsets of whole words, or of character pairs in
    scripts written without spaces."""
    if not columns:
        return ()
    spans: list[tuple[int, int]] = []
    for m in WORD.finditer(text):
        word = m.group()
        if UNSPACED.search(word):
            for k in range(len(word) - 1):
                pair = word[k : k + 2]
                terms = terms_of(fold(pair).split() or [pair], profile)
                if UNSPACED.search(pair) and _hits(terms, columns):
                    if spans and spans[-1][1] >= m.start() + k:
                        spans[-1] = (spans[-1][0], m.start() + k + 2)
                    else:
                        spans.append((m.start() + k, m.start() + k + 2))
        elif _hits(terms_of(fold(word).split(), profile), columns):
            spans.append((m.start(), m.end()))
    return tuple(spans)


def _hits(terms: list[str], columns: frozenset[int]) -> bool:
    return bool(terms) and any(int(c) in columns for c in term_columns(terms))


def off_focus(
    generic: np.ndarray,
    relevance: np.ndarray,
    chosen: Sequence[int],
    ruled_out: Sequence[int],
) -> list[tuple[int, int]]:
    """The central sentences a focus left out: those a summary without the
    focus would rank among its best (as many as were chosen), that were
    neither chosen nor ruled redundant with a chosen sentence, and that are
    less relevant to the focus than every chosen sentence.

    Parameters
    ----------
    generic : ndarray
        Every candidate's score without the focus.
    relevance : ndarray
        Every candidate's relevance to the focus.
    chosen, ruled_out : sequence of int
        The candidates chosen, and those ruled redundant.

    Returns
    -------
    list of (candidate, rank)
        ``rank`` is the candidate's 1-based rank without the focus.
    """
    if not len(chosen):
        return []
    floor = float(relevance[list(chosen)].min())
    skip = set(chosen) | set(ruled_out)
    best = np.argsort(-generic, kind="stable")[: len(chosen)]
    return [
        (int(i), rank)
        for rank, i in enumerate(best, start=1)
        if int(i) not in skip and relevance[i] < floor
    ]
