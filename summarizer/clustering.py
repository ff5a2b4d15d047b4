"""Topic clusters: spherical k-means on the TF-IDF sentence vectors.

Spherical k-means is k-means for cosine similarity: every sentence joins the
centroid direction it is most similar to, and each centroid is the
normalised sum of its sentences. It runs on the sparse TF-IDF vectors
directly (each step is one sparse-by-dense product), seeded by k-means++ from
``random_state``, so results are reproducible. The pipeline clusters only the
candidates the selection can reach (a few thousand at most), so plain NumPy
is fast enough and the command need not import scikit-learn's clustering
machinery.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp

from .embedding import unit_rows
from .summary import ClusterInfo

#: Sentences shown for each topic in an explanation.
TOPIC_EXAMPLES = 3

#: Lloyd iterations at most (stops earlier when no sentence changes cluster).
MAX_ITER = 50


class Topics(NamedTuple):
    """Topic clusters of the candidates: ``labels[i]`` is candidate i's
    cluster (-1 for candidates outside the clustered shortlist), clusters
    numbered from the most important (highest total score) down, and
    ``clusters`` describes them, most important first."""

    labels: np.ndarray
    clusters: tuple[ClusterInfo, ...]


def find_topics(
    X: sp.spmatrix,
    rows: np.ndarray,
    n_clusters: int,
    scores: np.ndarray,
    texts: Sequence[str],
    *,
    random_state: int,
) -> Topics:
    """Cluster the candidates ``rows`` (a shortlist) into ``n_clusters`` topics.

    Parameters
    ----------
    X : sparse matrix, shape (n, n_features)
        TF-IDF vectors of all candidates.
    rows : ndarray of int
        The candidates to cluster.
    n_clusters : int
    scores : ndarray of shape (n,)
        Importance of every candidate: orders the clusters and their examples.
    texts : sequence of str
        Every candidate's text, for the examples.
    random_state : int
        Seed of the k-means++ initialisation.
    """
    labels = np.full(X.shape[0], -1)
    labels[rows] = cluster(X[rows], n_clusters, random_state=random_state)
    labels = _by_importance(labels, scores)
    info = []
    for label in np.unique(labels[labels >= 0]):
        members = np.flatnonzero(labels == label)
        best = members[np.argsort(-scores[members], kind="stable")[:TOPIC_EXAMPLES]]
        info.append(
            ClusterInfo(
                int(label),
                int(members.size),
                float(scores[members].sum()),
                tuple(texts[i] for i in best),
            )
        )
    return Topics(labels, tuple(sorted(info, key=lambda c: -c.score)))


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


def cluster(X: sp.spmatrix, n_clusters: int, *, random_state: int) -> np.ndarray:
    """Assign each sentence to one of ``n_clusters`` topics.

    Parameters
    ----------
    X : sparse matrix, shape (n_sentences, n_features)
        TF-IDF sentence vectors (rows are L2-normalised here).
    n_clusters : int
        Wanted number of clusters; fewer are made when there are fewer
        distinct sentences.
    random_state : int
        Seed of the k-means++ initialisation.

    Returns
    -------
    labels : ndarray of int, shape (n_sentences,)
        Cluster ids, numbered in order of first appearance (so the first
        sentence is in cluster 0), without gaps.
    """
    n = X.shape[0]
    if n == 0:
        return np.zeros(0, dtype=int)
    k = max(1, min(int(n_clusters), n))
    Xn = unit_rows(X, np.float64)
    if k == 1 or Xn.shape[1] == 0 or Xn.nnz == 0:
        return np.zeros(n, dtype=int)
    centers = _kmeans_plus_plus(Xn, k, np.random.default_rng(random_state))
    labels = np.full(n, -1)
    for _ in range(MAX_ITER):
        new = np.asarray((Xn @ centers.T).argmax(axis=1)).ravel()
        if np.array_equal(new, labels):
            break
        labels = new
        members = sp.csr_matrix((np.ones(n), (labels, np.arange(n))), shape=(centers.shape[0], n))
        sums = np.asarray((members @ Xn).todense())
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        # An emptied cluster keeps its old centre.
        centers = np.where(norms > 0, sums / np.where(norms > 0, norms, 1.0), centers)
    return _by_first_appearance(labels)


def _kmeans_plus_plus(Xn: sp.csr_matrix, k: int, rng: np.random.Generator) -> np.ndarray:
    """k-means++ seeding with cosine distance (1 - similarity)."""
    n = Xn.shape[0]
    chosen = [int(rng.integers(n))]
    best = np.asarray((Xn @ Xn[chosen[0]].T).todense()).ravel()
    for _ in range(1, k):
        distance = np.clip(1.0 - best, 0.0, None)
        total = distance.sum()
        if total <= 1e-12:  # every sentence already sits on a centre
            break
        pick = int(rng.choice(n, p=distance / total))
        chosen.append(pick)
        best = np.maximum(best, np.asarray((Xn @ Xn[pick].T).todense()).ravel())
    return np.asarray(Xn[chosen].todense())


def _by_first_appearance(labels: np.ndarray) -> np.ndarray:
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.argsort(np.argsort(first))
    return rank[inverse]
