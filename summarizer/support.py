"""Support: the sentences of other documents that report what a summary
sentence says, in their own words.

A summary sentence cites the documents that carry it (the same sentence, or
a near match of it: :mod:`summarizer.duplicates`). Other outlets often
report the same fact in other words; the ranking already counts them as
corroboration (:func:`summarizer.ranking.corroboration`). This stage names
them, so that a reader sees them: for each chosen sentence and each
document that does not carry it, the document's sentence most similar to it,
when that similarity reaches the threshold at which the selection holds two
sentences to say the same thing (``redundancy_threshold``: the sentence
would have been left out as redundant had it been considered after this
one). Similarity is the cosine of the collection's TF-IDF vectors, the
selection's own measure.

Cost: one sparse product of the chosen rows with every candidate, O(k · nnz)
for k chosen sentences; then only the candidates at the threshold or above
are looked at (a per-document maximum over their occurrences).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

from .embedding import unit_rows
from .summary import Support

if TYPE_CHECKING:  # pragma: no cover
    from .sentences import Candidate, Sentence


def find_support(
    X: sp.spmatrix,
    candidates: Sequence[Candidate],
    chosen: Sequence[int],
    *,
    threshold: float,
) -> dict[int, tuple[Support, ...]]:
    """The support of each chosen candidate: one sentence per other document.

    Parameters
    ----------
    X : sparse matrix, shape (len(candidates), n_features)
        The candidates' TF-IDF vectors.
    candidates : sequence of Candidate
        Each with its sources (the documents that carry it).
    chosen : sequence of int
        The candidates of the summary.
    threshold : float
        The least cosine similarity of a supporting sentence, in (0, 1].

    Returns
    -------
    dict of int to tuple of Support
        For each chosen candidate, the documents that report it in other
        words, most similar first (equals in the order the documents first
        occur among the candidates); a document that carries the sentence
        itself (one of its sources) is not listed. A supporting candidate
        carried by several documents supports in each of them, at its span
        there.
    """
    chosen = list(chosen)
    result: dict[int, tuple[Support, ...]] = {i: () for i in chosen}
    if not chosen or not candidates:
        return result
    Xn = unit_rows(sp.csr_matrix(X))
    similarity = (Xn @ Xn[chosen].T).toarray()  # (candidates, chosen)
    # Only the candidates similar enough to some chosen one can support it:
    # each (candidate, document) pair of those, the candidate's first
    # occurrence in that document standing for it.
    near = np.flatnonzero(similarity.max(axis=1) >= threshold)
    pairs: dict[tuple[int, str], Sentence] = {}
    for j in near.tolist():
        for source in candidates[j].sources:
            pairs.setdefault((j, source.doc_id), source)
    if not pairs:
        return result
    rows = np.fromiter((j for j, _ in pairs), dtype=np.int64, count=len(pairs))
    doc_number: dict[str, int] = {}
    docs = np.fromiter(
        (doc_number.setdefault(d, len(doc_number)) for _, d in pairs),
        dtype=np.int64,
        count=len(pairs),
    )
    sources = list(pairs.values())
    for column, i in enumerate(chosen):
        value = similarity[rows, column]
        own = np.isin(docs, [doc_number.get(d, -1) for d in candidates[i].doc_ids])
        keep = np.flatnonzero((value >= threshold) & ~own)
        # Each document's best: by document, then similarity (highest
        # first), then candidate (the earliest of equals).
        order = keep[np.lexsort((rows[keep], -value[keep], docs[keep]))]
        first = order[np.r_[True, docs[order][1:] != docs[order][:-1]]] if order.size else order
        found = [
            Support(sources[k].doc_id, sources[k].start, sources[k].end, round(float(value[k]), 4))
            for k in first.tolist()
        ]
        found.sort(key=lambda s: -s.similarity)  # stable: equals stay in document order
        result[i] = tuple(found)
    return result
