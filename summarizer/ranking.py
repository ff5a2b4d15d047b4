"""Scoring: how important each candidate is.

The score of a candidate is its centrality (TextRank) times a lead prior
(news puts its main facts first) times ``1 + corroboration`` (the facts many
documents report, in their own words or in the same ones). All three are
computed here (:func:`score`). A focus (:mod:`summarizer.focus`) enters
twice: TextRank's walker teleports to each sentence in proportion to its
relevance (``personalization``: topic-sensitive PageRank, as in biased
LexRank), so centrality becomes centrality *around the focus*; and the score
is multiplied by a relevance prior, so that a sentence central to the
collection but off the focus cannot win on centrality alone.

TextRank runs on the cosine-similarity graph of sentence vectors: ``S = X @
X.T`` minus its diagonal (X row-normalised, so ``S[i, j]`` is the cosine
similarity of sentences i and j). It is never built: each power-iteration
step applies it as two sparse products, ``X @ (X.T @ v)``, less the
self-similarity, so memory stays linear in the number of non-zeros of X.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import scipy.sparse as sp

from .embedding import unit_rows
from .errors import InvalidSettingsError

if TYPE_CHECKING:  # pragma: no cover
    from .sentences import Candidate, Sentence

#: Candidates compared for corroboration: the best-ranked ones by centrality
#: and lead (the cost is quadratic in their number, not in the collection's;
#: exact for collections of fewer candidates).
CORROBORATION_POOL = 2000


class Scores(NamedTuple):
    """The parts of every candidate's score, and the score.

    ``centrality`` is the TextRank score; ``lead`` the lead prior (a factor,
    1 where switched off); ``support`` the soft count of other documents
    saying the same (0 where switched off or not computed); ``focus`` the
    relevance prior (1 without a focus); ``total`` is ``centrality * lead *
    (1 + corroboration_weight * support) * focus``.
    """

    centrality: np.ndarray
    lead: np.ndarray
    support: np.ndarray
    focus: np.ndarray
    total: np.ndarray


def score(
    candidates: Sequence[Candidate],
    X: sp.spmatrix,
    document_ids: Sequence[str],
    item_lists: frozenset[str],
    *,
    damping: float,
    tol: float,
    max_iter: int,
    position_weight: float,
    corroboration_weight: float,
    relevance: np.ndarray | None = None,
    focus_weight: float = 0.0,
) -> Scores:
    """Score every candidate (see the module docstring).

    Parameters
    ----------
    candidates : sequence of Candidate
    X : sparse matrix, shape (len(candidates), n_terms)
        TF-IDF vectors of the candidates.
    document_ids : sequence of str
        The collection's documents, in order.
    item_lists : frozenset of str
        The documents that are lists of items (:func:`item_lists`): no lead
        prior for their sentences.
    damping, tol, max_iter : float, float, int
        TextRank's parameters (see :func:`textrank`).
    position_weight, corroboration_weight : float
        Strength of the lead prior and of corroboration; 0 switches either off.
    relevance : ndarray of shape (len(candidates),), optional
        Relevance of each candidate to a focus, in [0, 1]
        (:func:`summarizer.focus.relevance`): TextRank teleports in
        proportion to it, and ...
    focus_weight : float
        ... the score is multiplied by ``(1 - focus_weight) + focus_weight *
        relevance``.
    """
    on_focus = None if relevance is None else np.minimum(1.0, relevance / FULLY_RELEVANT)
    centrality = textrank(
        X,
        damping=damping,
        tol=tol,
        max_iter=max_iter,
        personalization=on_focus,
    )
    n = len(candidates)
    focus = np.ones(n) if on_focus is None else (1.0 - focus_weight) + focus_weight * on_focus
    lead = np.ones(n)
    if position_weight > 0:
        index = np.array(
            [
                min((s.index for s in c.sources if s.doc_id not in item_lists), default=0)
                for c in candidates
            ]
        )
        in_list = np.array([all(s.doc_id in item_lists for s in c.sources) for c in candidates])
        lead = lead_prior(index, in_list, position_weight)
    support = np.zeros(n)
    if corroboration_weight > 0 and len(document_ids) > 1:
        best = np.argsort(-(centrality * lead * focus), kind="stable")[:CORROBORATION_POOL]
        number = {doc_id: k for k, doc_id in enumerate(document_ids)}
        owner = np.array([number[c.sentence.doc_id] for c in candidates])
        at = [i for i in best for _ in candidates[i].doc_ids]
        carrier = [number[d] for i in best for d in candidates[i].doc_ids]
        carried = sp.csr_matrix((np.ones(len(at)), (at, carrier)), shape=(n, len(document_ids)))
        support = corroboration(X, owner, carried_by=carried, rows=best)
    total = centrality * lead * (1.0 + corroboration_weight * support) * focus
    return Scores(centrality, lead, support, focus, total)


def item_lists(sentences: Sequence[Sequence[Sentence]]) -> frozenset[str]:
    """The documents (given as their sentences) that are lists of items."""
    return frozenset(
        doc[0].doc_id
        for doc in sentences
        if doc and is_item_list(np.array([s.paragraph for s in doc]))
    )


def textrank(
    X: sp.spmatrix | np.ndarray,
    *,
    damping: float,
    tol: float,
    max_iter: int,
    personalization: np.ndarray | None = None,
) -> np.ndarray:
    """Weighted PageRank scores of the sentence-similarity graph.

    Parameters
    ----------
    X : sparse matrix or ndarray, shape (n_sentences, n_features)
        Sentence vectors; rows are L2-normalised here (zero rows stay zero).
    damping : float
        Probability of following an edge rather than teleporting, in (0, 1).
    tol : float
        Stop when the L1 change of the scores falls below this.
    max_iter : int
        Iteration cap.
    personalization : ndarray of shape (n_sentences,), optional
        Non-negative teleport weights (a prior over sentences); uniform when
        omitted. Normalised to sum to one.

    Returns
    -------
    scores : ndarray of float64, shape (n_sentences,)
        Non-negative, summing to one. Isolated sentences (no similarity to any
        other) and disconnected parts of the graph are handled: a walker at a
        sentence with no edges teleports.
    """
    n = X.shape[0]
    if n == 0:
        return np.zeros(0)
    if not 0.0 < damping < 1.0:
        raise InvalidSettingsError(f"damping must be in (0, 1), got {damping!r}")
    if personalization is None:
        teleport = np.full(n, 1.0 / n)
    else:
        teleport = np.asarray(personalization, dtype=np.float64)
        if teleport.shape != (n,) or not np.all(np.isfinite(teleport)) or np.any(teleport < 0):
            raise InvalidSettingsError("personalization must be n non-negative finite weights")
        total = teleport.sum()
        teleport = teleport / total if total > 0 else np.full(n, 1.0 / n)

    Xn = unit_rows(X, np.float64)
    XT = Xn.T.tocsr()
    self_sim = np.asarray(Xn.multiply(Xn).sum(axis=1)).ravel()  # 1, or 0 for zero rows

    def similarity_times(v: np.ndarray) -> np.ndarray:
        return Xn @ (XT @ v) - self_sim * v

    degree = similarity_times(np.ones(n))
    # Rounding can leave a tiny positive degree on a sentence with no edges.
    dangling = degree <= 1e-9
    inv_degree = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, degree))

    scores = teleport.copy()
    for _ in range(max_iter):
        spread = similarity_times(scores * inv_degree)
        new = damping * (spread + scores[dangling].sum() * teleport) + (1.0 - damping) * teleport
        new /= new.sum()
        delta = np.abs(new - scores).sum()
        scores = new
        if delta < tol:
            break
    return scores


def corroboration(
    X: sp.spmatrix,
    owner: np.ndarray,
    *,
    carried_by: sp.spmatrix,
    rows: np.ndarray,
) -> np.ndarray:
    """Soft count of the *other* documents that say what each sentence says.

    For sentence i from document ``owner[i]``, the sum over every other
    document d of the highest cosine similarity between i and a sentence of
    d (1 when d carries i itself, see ``carried_by``). A fact that several
    outlets report independently, in their own words, scores high; a detail
    only one outlet mentions scores near zero.

    Parameters
    ----------
    X : sparse matrix, shape (n, n_features)
        Sentence vectors (rows are L2-normalised here).
    owner : ndarray of int, shape (n,)
        Document number of each sentence.
    carried_by : sparse matrix of shape (n, n_documents)
        Non-zero where a sentence (or a near-duplicate merged into it) occurs
        in a document (its own document included).
    rows : ndarray of int
        Compute only for these sentences, comparing them with each other
        (others get 0). Large collections pass their best-ranked sentences:
        the cost is quadratic in ``len(rows)``, not in n.

    Returns
    -------
    ndarray of float64, shape (n,)
    """
    n = X.shape[0]
    result = np.zeros(n)
    if n == 0:
        return result
    todo = np.asarray(rows)
    Xn = unit_rows(sp.csr_matrix(X)[todo])
    docs, own = np.unique(np.asarray(owner)[todo], return_inverse=True)
    carried = sp.csr_matrix(carried_by)[todo] != 0
    if docs.size < 2 and carried.nnz <= todo.size:
        return result  # one document, and nothing carried by another
    order = np.argsort(own, kind="stable")
    starts = np.searchsorted(own[order], np.arange(docs.size))
    # Columns in document order, transposed so that the per-document maximum
    # reduces along contiguous memory.
    XT_sorted = Xn[order]
    in_docs = carried[:, docs].toarray()
    outside = np.asarray(carried.sum(axis=1)).ravel() - in_docs.sum(axis=1)
    for lo in range(0, todo.size, _BLOCK):
        block = np.arange(lo, min(lo + _BLOCK, todo.size))
        sims_t = (XT_sorted @ Xn[block].T).toarray()  # (sorted candidates, block)
        per_doc = np.maximum.reduceat(sims_t, starts, axis=0).T  # (block, docs)
        per_doc = np.maximum(per_doc, in_docs[block])
        per_doc[np.arange(block.size), own[block]] = 0.0
        result[todo[block]] = np.minimum(per_doc, 1.0).sum(axis=1) + outside[block]
    return result


#: Sentences per block of the corroboration similarities (blocks bound memory).
_BLOCK = 256

#: A focus: a candidate at least this relevant (relative to the most
#: relevant one) counts as fully on the focus, in the teleport and the prior
#: alike; below, in proportion. Ranking among on-focus sentences is then left
#: to centrality, as in a summary of the on-focus documents alone, instead of
#: favouring the sentences that repeat the focus's words. Chosen on the focus
#: benchmark (0.2-0.5 tried; 0.2 let off-focus sentences in).
FULLY_RELEVANT = 0.3

#: Lead prior: the weight of a sentence at index i of an article decays as
#: exp(-i / LEAD_SCALE); news puts its main facts in the first paragraphs and
#: background later. Chosen on multinews_longbench dev (10 and 20 did about
#: equally well; checked on tac2011 and the seeds).
LEAD_SCALE = 20.0
#: A document of at least this many paragraphs ...
LIST_MIN_ITEMS = 10
#: ... of which at least this share hold a single sentence is a list of
#: independent items (review snippets, comments, posts), not an article:
#: the order of its items says nothing about their importance.
LIST_SINGLE_SENTENCE_SHARE = 0.9


def is_item_list(paragraphs: np.ndarray) -> bool:
    """Whether a document whose sentences sit in ``paragraphs`` is a list of items.

    Parameters
    ----------
    paragraphs : ndarray of int
        The paragraph number of each of the document's sentences.
    """
    if paragraphs.size == 0:
        return False
    per_paragraph = np.unique(paragraphs, return_counts=True)[1]
    return bool(
        per_paragraph.size >= LIST_MIN_ITEMS
        and np.mean(per_paragraph == 1) >= LIST_SINGLE_SENTENCE_SHARE
    )


def lead_prior(index: np.ndarray, in_list: np.ndarray, weight: float) -> np.ndarray:
    """Multiplicative lead prior, ``(1 - weight) + weight * exp(-index / LEAD_SCALE)``.

    Parameters
    ----------
    index : ndarray of int
        Position of each sentence in its document.
    in_list : ndarray of bool
        Sentences of documents that are item lists (:func:`is_item_list`):
        they get the mean prior of the article sentences (no position
        effect), or 1 when there are none.
    weight : float
        0 switches the prior off (all ones).
    """
    prior = (1.0 - weight) + weight * np.exp(-np.asarray(index, dtype=float) / LEAD_SCALE)
    if np.any(in_list):
        prior[in_list] = prior[~in_list].mean() if np.any(~in_list) else 1.0
    return prior
