"""Topic clusters: k-means on a latent semantic (LSA) reduction of TF-IDF.

LSA (truncated SVD) merges synonyms and related words so that sentences about
the same sub-topic land together even when they share few exact words; the
reduced vectors are re-normalised so k-means on them is spherical (cosine).
Large inputs use mini-batch k-means, whose cost is linear in the number of
sentences.
"""

from __future__ import annotations

import warnings

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.exceptions import ConvergenceWarning
from sklearn.preprocessing import normalize

#: Dimensions of the LSA space (at most).
LSA_COMPONENTS = 100
#: Above this many sentences, mini-batch k-means replaces full k-means.
MINIBATCH_ABOVE = 20_000


def cluster(X: sp.spmatrix, n_clusters: int, *, random_state: int = 0) -> np.ndarray:
    """Assign each sentence to one of ``n_clusters`` topics.

    Parameters
    ----------
    X : sparse matrix, shape (n_sentences, n_features)
        TF-IDF sentence vectors.
    n_clusters : int
        Wanted number of clusters; fewer are made when there are fewer
        distinct sentences.
    random_state : int
        Seed of the SVD and k-means initialisation (results are reproducible).

    Returns
    -------
    labels : ndarray of int, shape (n_sentences,)
        Cluster ids, numbered in order of first appearance (so the first
        sentence is in cluster 0).
    """
    n = X.shape[0]
    if n == 0:
        return np.zeros(0, dtype=int)
    k = max(1, min(int(n_clusters), n))
    if k == 1 or X.shape[1] < 2:
        return np.zeros(n, dtype=int)
    n_components = min(LSA_COMPONENTS, X.shape[1] - 1, n - 1)
    if n_components >= 2:
        reduced = TruncatedSVD(n_components=n_components, random_state=random_state).fit_transform(
            X
        )
        reduced = normalize(reduced)
    else:
        reduced = normalize(sp.csr_matrix(X)).toarray()
    if n > MINIBATCH_ABOVE:
        model = MiniBatchKMeans(n_clusters=k, random_state=random_state, n_init=1, batch_size=4096)
    else:
        model = KMeans(n_clusters=k, random_state=random_state, n_init=1)
    with warnings.catch_warnings():
        # Fewer distinct points than k is fine: some clusters stay empty.
        warnings.simplefilter("ignore", ConvergenceWarning)
        labels = model.fit_predict(reduced.astype(np.float64))
    # Renumber by first appearance so labels do not depend on k-means' order.
    _, first = np.unique(labels, return_index=True)
    order = np.argsort(np.argsort(first))
    remap = np.empty(labels.max() + 1, dtype=int)
    remap[np.unique(labels)] = order
    return remap[labels]
