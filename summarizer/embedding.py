"""Sentence vectors: TF-IDF over stemmed words, sparse float32.

This is what ``TfidfVectorizer(analyzer=<lowercase, drop English stop words,
Porter-stem>, sublinear_tf=True)`` computes, done in a faster order: words
are counted with scikit-learn's C-speed default analyzer, and each distinct
word is stemmed once; the count columns of words sharing a stem are then
summed with one sparse product before the TF-IDF weighting. Stemming every
token of a large corpus in Python would cost more than the rest of the
pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from nltk.stem.porter import PorterStemmer
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer


@lru_cache(maxsize=1)
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


def stem(word: str) -> str:
    """Porter stem of a lower-case word."""
    return _stemmer().stem(word, to_lowercase=False)


def unit_rows(X: sp.spmatrix | np.ndarray, dtype: type = np.float32) -> sp.csr_matrix:
    """``X`` as CSR with L2-normalised rows (zero rows, and a matrix with no
    columns, stay as they are)."""
    X = sp.csr_matrix(X, dtype=dtype)
    if X.shape[1] == 0 or X.nnz == 0:
        return X
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sp.csr_matrix(sp.diags(scale.astype(dtype)) @ X)


def embed(texts: Sequence[str]) -> tuple[sp.csr_matrix, list[str]]:
    """TF-IDF vectors of ``texts`` with IDF fitted on the same texts.

    Parameters
    ----------
    texts : sequence of str
        The collection's sentences.

    Returns
    -------
    X : scipy.sparse.csr_matrix of float32, shape (len(texts), n_stems)
        L2-normalised rows (a text with no content word is a zero row).
    stems : list of str
        The stem of each column.
    """
    counter = CountVectorizer(lowercase=True, stop_words="english", dtype=np.float32)
    try:
        counts = counter.fit_transform(texts)
    except ValueError:  # no content word in any text
        return sp.csr_matrix((len(texts), 0), dtype=np.float32), []
    words = counter.get_feature_names_out()
    stems_of_words = [stem(w) for w in words]
    stems = sorted(set(stems_of_words))
    column = {s: i for i, s in enumerate(stems)}
    merge = sp.csr_matrix(
        (
            np.ones(len(words), dtype=np.float32),
            (np.arange(len(words)), [column[s] for s in stems_of_words]),
        ),
        shape=(len(words), len(stems)),
    )
    stem_counts = sp.csr_matrix(counts @ merge)
    X = TfidfTransformer(sublinear_tf=True, norm="l2").fit_transform(stem_counts)
    return sp.csr_matrix(X, dtype=np.float32), stems
