"""Sentence vectors: TF-IDF over stemmed words, sparse float32.

The vectors are what ``TfidfVectorizer(analyzer=analyze, sublinear_tf=True)``
computes, where :func:`analyze` lower-cases, keeps words
(:data:`summarizer.language.WORD`) of two or more characters and stems
content words (stop words are terms of their own, unstemmed); words in
unspaced scripts (Han, kana) become character pairs. Stop words stay: IDF
weighs them down by itself (LexRank's idf-modified cosine
counts every word), and on the dev sets the similarities that keep them
rank better (multinews_longbench +0.6 R-1 and R-2, tac2011 +1.1 R-1; the
README's quality section has every set). Terms are counted with
scikit-learn's ``FeatureHasher`` instead of a vocabulary: counting needs
no shared state, so worker processes count the sentences of their documents
in parallel (see :mod:`summarizer.parallel`), and the parent only stacks the
counts. With 2**20 hash buckets two different stems collide rarely enough to
leave cosine similarities unchanged in practice; unused buckets are dropped
before weighting.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import TfidfTransformer

from .language import UNSPACED, LanguageProfile, fold

#: Hash buckets for stems.
N_FEATURES = 2**20


#: Stop words are terms of their own, apart from the stems of content words
#: ("describe" is an English stop word, "describing" a content word with the
#: same stem): the stop word itself, as its list spells it, after this mark.
STOP_WORD_MARK = "\x1f"


def analyze(text: str, profile: LanguageProfile) -> list[str]:
    """The terms of a sentence: its folded words (:func:`summarizer.language.fold`)
    of two or more characters, content words stemmed, stop words as
    themselves (marked, :data:`STOP_WORD_MARK`).

    A word containing Han or kana characters (scripts that do not space
    their words) gives its overlapping character pairs instead, so that
    sentences in those scripts share terms.
    """
    return terms_of(fold(text).split(), profile)


def terms_of(folded: Sequence[str], profile: LanguageProfile) -> list[str]:
    """:func:`analyze` of a sentence already folded into words."""
    stop, stem, key = profile.stop_words, profile.stem_word, profile.stop_key
    words = [w for w in folded if len(w) > 1]
    if not UNSPACED.search(" ".join(words)):
        if key is None:
            return [STOP_WORD_MARK + w if w in stop else stem(w) for w in words]
        return [STOP_WORD_MARK + k if (k := key(w)) in stop else stem(w) for w in words]
    terms = []
    for w in words:
        if UNSPACED.search(w):
            terms.extend(w[i : i + 2] for i in range(len(w) - 1))
        else:
            terms.extend(terms_of([w], profile))
    return terms


def stop_word_columns(profiles: Sequence[LanguageProfile]) -> np.ndarray:
    """The hashed term columns (of ``N_FEATURES``) of the stop words of ``profiles``."""
    words = sorted({STOP_WORD_MARK + w for profile in profiles for w in profile.stop_words})
    return hash_counts(([w] for w in words), N_FEATURES).indices


def without_stop_words(
    counts: sp.spmatrix, profiles: Sequence[LanguageProfile], columns: np.ndarray | None = None
) -> sp.csr_matrix:
    """``counts`` (or TF-IDF rows) with the columns of the stop words of
    ``profiles`` emptied: the content words, for the rules that ask what a
    sentence is about (does it share a subject with the collection, with a
    focus?) rather than how alike two sentences read. ``columns`` gives the
    hashed column of each column of ``counts`` (a :class:`TermSpace`'s);
    by default the columns are the hashed ones themselves."""
    stop = stop_word_columns(profiles)
    counts = sp.csr_matrix(counts, copy=True)
    hashed = counts.indices if columns is None else np.asarray(columns)[counts.indices]
    counts.data[np.isin(hashed, stop)] = 0.0
    counts.eliminate_zeros()
    return counts


def hash_counts(token_lists: Iterable[Iterable[str]], n_features: int) -> sp.csr_matrix:
    """Counts of the tokens of each list in ``n_features`` hashed columns
    (scikit-learn's ``FeatureHasher``: no vocabulary, so workers can count).
    The lists are hashed as they come, so they may be made lazily."""
    lists = iter(token_lists)
    first = next(lists, None)
    if first is None:
        return sp.csr_matrix((0, n_features), dtype=np.float32)
    hasher = FeatureHasher(
        n_features=n_features, input_type="string", alternate_sign=False, dtype=np.float32
    )
    return sp.csr_matrix(hasher.transform(itertools.chain([first], lists)))


def count_terms(texts: Sequence[str], profile: LanguageProfile) -> sp.csr_matrix:
    """Term counts of ``texts`` in hashed columns, shape (len(texts), N_FEATURES)."""
    return hash_counts((analyze(t, profile) for t in texts), N_FEATURES)


def used_columns(indices: np.ndarray, n_columns: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The columns a sparse matrix uses (hashed features use few of millions).

    Returns
    -------
    used : ndarray
        The column numbers in use, ascending.
    column : ndarray
        ``indices`` renumbered: position of each entry's column in ``used``.
    count : ndarray
        Entries per used column.
    """
    if indices.size < n_columns // 8:  # few entries: sorting them beats a table of every column
        used, column, count = np.unique(indices, return_inverse=True, return_counts=True)
        return used, column.ravel(), count
    counts = np.bincount(indices, minlength=n_columns)
    used = np.flatnonzero(counts)
    position = np.zeros(n_columns, dtype=np.int64)
    position[used] = np.arange(used.size)
    return used, position[indices], counts[used]


def tfidf(counts: sp.spmatrix) -> sp.csr_matrix:
    """Sublinear TF-IDF with L2-normalised rows, IDF from these rows.

    Columns no row uses are dropped, so the result has one column per term
    present (a text with no term is a zero row).
    """
    return fit_tfidf(counts)[0]


class TermSpace(NamedTuple):
    """What the columns of a TF-IDF matrix are: the hashed term column
    (of ``N_FEATURES``) behind each, and its IDF weight. Other texts (a
    focus) are projected into the same space with :meth:`vector`."""

    columns: np.ndarray
    idf: np.ndarray

    def vector(self, counts: sp.spmatrix) -> sp.csr_matrix:
        """TF-IDF rows of hashed term ``counts`` in this space, L2-normalised
        (terms the space lacks are left out: they match nothing)."""
        counts = sp.csr_matrix(counts, dtype=np.float32)[:, self.columns]
        counts.data = 1.0 + np.log(counts.data)  # sublinear tf, as TfidfTransformer
        return unit_rows(counts @ sp.diags(self.idf.astype(np.float32)))


def fit_tfidf(counts: sp.spmatrix) -> tuple[sp.csr_matrix, TermSpace]:
    """:func:`tfidf` of ``counts``, and the term space it was fitted in."""
    counts = sp.csr_matrix(counts, dtype=np.float32)
    used, column, _ = used_columns(counts.indices, counts.shape[1])
    compact = sp.csr_matrix(
        (counts.data, column, counts.indptr), shape=(counts.shape[0], used.size)
    )
    if used.size == 0:
        return compact, TermSpace(used, np.zeros(0))
    transformer = TfidfTransformer(sublinear_tf=True, norm="l2")
    X = transformer.fit_transform(compact)
    return sp.csr_matrix(X, dtype=np.float32), TermSpace(used, transformer.idf_)


def unit_rows(X: sp.spmatrix | np.ndarray, dtype: type = np.float32) -> sp.csr_matrix:
    """``X`` as CSR with L2-normalised rows (zero rows, and a matrix with no
    columns, stay as they are)."""
    X = sp.csr_matrix(X, dtype=dtype)
    if X.shape[1] == 0 or X.nnz == 0:
        return X
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sp.csr_matrix(sp.diags(scale.astype(dtype)) @ X)


class Vectors(NamedTuple):
    """The candidates as vectors (``X``: TF-IDF, L2-normalised rows), their
    lengths in words (as budgets count them) and characters, and the term
    space of ``X``'s columns."""

    X: sp.csr_matrix
    words: np.ndarray
    chars: np.ndarray
    space: TermSpace


def embed(texts: Sequence[str], terms: sp.spmatrix, words: Sequence[int]) -> Vectors:
    """The vectors and lengths of sentences, from their texts, term counts and
    word counts (:func:`summarizer.language.count_words`)."""
    X, space = fit_tfidf(terms)
    return Vectors(X, np.asarray(words), np.array([len(t) for t in texts]), space)
