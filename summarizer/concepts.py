"""Concepts: the facts a summary covers, each counted once.

A concept is a pair of consecutive words of a sentence, folded and stemmed
(every word, as a budget and ROUGE count them: "Trump's visit" gives "trump
s" and "s visit"; in scripts written without spaces, a pair of consecutive
character pairs), unless both words are stop words ("of the" says
nothing). Bigrams stand for facts the way Gillick and Favre's concept-based
summarizer uses them: "rare earth", "ceasefire deal", "interest rate" are
pieces of information a summary either states or does not, and stating one
twice is worth nothing more.

A concept's weight grows with the number of independent sources that state
it: documents, and in a document that is a list of items (reviews,
comments, posts: :func:`summarizer.ranking.is_item_list`) each item, since
every review is a voice of its own. The weight is that number squared
(:data:`SOURCE_EXPONENT`): a fact that every outlet reports outweighs
several details that one outlet gives, a complaint that 65 of 500 reviews
make weighs far more than the praise of one, and a subject that one outlet
restates in many sentences gains nothing from the repetition (the ranking's
scores, which repetition does raise, only choose which candidates are read).
The selection (:func:`summarizer.selection.select`) adds the weight of the
concepts a candidate would newly cover, per word, to its importance.

Only the best candidates are read (:data:`CONCEPT_POOL` by score, and the
shortlist), so the cost stays linear in that pool, not in the collection:
a concept the best candidates do not state is not worth covering.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import scipy.sparse as sp

from .embedding import N_FEATURES, hash_counts, terms_of, used_columns
from .language import UNSPACED, LanguageProfile, fold

if TYPE_CHECKING:  # pragma: no cover
    from .sentences import Candidate

#: Candidates whose concepts are read, the best by score (and the shortlist,
#: whatever their score).
CONCEPT_POOL = 2000
#: A concept stated by k sources weighs k ** SOURCE_EXPONENT. Chosen on the
#: dev sets: 1.5, 2 and 3 did about equally well on the news sets (2 and 3
#: better than 1.5 on the MultiLing languages, 2 better than 3 on Multi-News);
#: 1 (document frequency, as Gillick and Favre) lost 0.7 R-1 on tac2011.
SOURCE_EXPONENT = 2.0


class Concepts(NamedTuple):
    """Which concepts each candidate states and what each is worth.

    ``matrix`` has one row per candidate (1 where it states the concept;
    rows of the candidates not read are empty) and one column per concept;
    ``weights`` holds each concept's weight (the number of sources that
    state it, to the power :data:`SOURCE_EXPONENT`), in the same column
    order.
    """

    matrix: sp.csr_matrix
    weights: np.ndarray


def concepts_of(folded: Sequence[str], profile: LanguageProfile) -> list[str]:
    """The concepts of a sentence already folded into words (see the module
    docstring), in order."""
    marked: list[tuple[str, bool]] = []
    for word in folded:
        if UNSPACED.search(word):
            marked.extend((pair, False) for pair in terms_of([word], profile))
        else:
            marked.append((profile.stem_word(word), profile.is_stop_word(word)))
    return [
        f"{first} {second}"
        for (first, first_stop), (second, second_stop) in zip(marked, marked[1:], strict=False)
        if not (first_stop and second_stop)
    ]


def find_concepts(
    candidates: Sequence[Candidate],
    profiles: Mapping[str, LanguageProfile],
    item_lists: frozenset[str],
    scores: np.ndarray,
    shortlist: np.ndarray,
) -> Concepts:
    """The concepts of the best candidates and their weights.

    Parameters
    ----------
    candidates : sequence of Candidate
    profiles : mapping of document id to LanguageProfile
        The language of each document: a candidate is read in its own.
    item_lists : frozenset of str
        The documents that are lists of items (:func:`summarizer.ranking.item_lists`):
        each item is a source of its own (:func:`sources_of`).
    scores : ndarray of shape (len(candidates),)
        The candidates' scores: the best :data:`CONCEPT_POOL` are read.
    shortlist : ndarray of int
        Candidates read whatever their score (those the selection looks at).

    Returns
    -------
    Concepts
    """
    n = len(candidates)
    best = np.argsort(-scores, kind="stable")[:CONCEPT_POOL]
    rows = np.union1d(best, shortlist).astype(np.int64)
    read = [candidates[i] for i in rows]
    counts = hash_counts(
        (concepts_of(fold(c.text).split(), profiles[c.sentence.doc_id]) for c in read),
        N_FEATURES,
    )
    if counts.shape[0] == 0:
        return Concepts(sp.csr_matrix((n, 0)), np.zeros(0))
    used, column, _ = used_columns(counts.indices, counts.shape[1])
    stated = sp.csr_matrix(
        (np.ones(column.size), column, counts.indptr), shape=(rows.size, used.size)
    )
    # Sources stating each concept: a source counts once however often it does.
    carried = (sources_of(read, item_lists) != 0).astype(np.float64)
    by_source = (stated.T @ carried).tocsr()
    weights = np.diff(by_source.indptr).astype(np.float64) ** SOURCE_EXPONENT
    # Spread over every candidate's row (the rows not read stay empty).
    matrix = sp.csr_matrix(
        (stated.data, stated.indices, _spread(stated.indptr, rows, n)), shape=(n, used.size)
    )
    return Concepts(matrix, weights)


def _spread(indptr: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """The row pointers of a matrix of ``n`` rows whose rows ``rows``
    (ascending) are those of ``indptr`` and the others empty."""
    per_row = np.zeros(n, dtype=np.int64)
    per_row[rows] = np.diff(indptr)
    return np.concatenate([[0], np.cumsum(per_row)])


def sources_of(candidates: Sequence[Candidate], item_lists: frozenset[str]) -> sp.csr_matrix:
    """Which sources carry each candidate (see :func:`find_concepts`): its
    documents, or for a document in ``item_lists`` the item (paragraph) the
    sentence stands in. Shape (len(candidates), number of sources)."""
    number: dict[tuple[str, int], int] = {}
    rows, columns = [], []
    for i, candidate in enumerate(candidates):
        for s in candidate.sources:
            key = (s.doc_id, s.paragraph if s.doc_id in item_lists else -1)
            rows.append(i)
            columns.append(number.setdefault(key, len(number)))
    return sp.csr_matrix(
        (np.ones(len(rows)), (rows, columns)), shape=(len(candidates), len(number))
    )
