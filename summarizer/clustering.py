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

import numpy as np
import scipy.sparse as sp

from .embedding import unit_rows

#: Lloyd iterations at most (stops earlier when no sentence changes cluster).
MAX_ITER = 50


def cluster(X: sp.spmatrix, n_clusters: int, *, random_state: int = 0) -> np.ndarray:
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
