"""Per-sentence features computed once, next to splitting (so in parallel):

* ``keys``: a 64-bit hash of the folded text (:func:`summarizer.language.fold`),
  for exact duplicates;
* ``words``: the set of its folded words, hashed into columns, for
  near-duplicates (:func:`summarizer.duplicates.near_duplicate_pairs`);
* ``terms``: stemmed content-word counts for TF-IDF
  (:func:`summarizer.embedding.count_terms`), from the same folded words;
* ``lengths``: words as a budget counts them
  (:func:`summarizer.language.count_words`).

All four are stateless per sentence, so chunks of documents are featurised
by worker processes and the parent only stacks the results.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from .embedding import N_FEATURES, hash_counts, terms_of
from .language import LanguageProfile, count_words, fold

#: Hash buckets for word sets: 2**22 keeps collisions between two different
#: words of a collection negligible.
WORD_FEATURES = 2**22


def _key(normalized: str) -> int:
    """64-bit key of a folded sentence: equal for sentences that fold alike."""
    digest = hashlib.blake2b(normalized.encode("utf-8"), digest_size=8)
    return int.from_bytes(digest.digest(), "little")


def _word_sets(words: Sequence[list[str]]) -> sp.csr_matrix:
    matrix = hash_counts(words, WORD_FEATURES)
    matrix.data[:] = 1.0  # a set: repeated words count once
    return matrix


@dataclass(frozen=True)
class Features:
    """Features of a list of sentences, row i for sentence i."""

    keys: np.ndarray
    words: sp.csr_matrix
    terms: sp.csr_matrix
    lengths: np.ndarray

    def take(self, rows: np.ndarray) -> Features:
        return Features(self.keys[rows], self.words[rows], self.terms[rows], self.lengths[rows])


def featurize(texts: Sequence[str], profile: LanguageProfile) -> Features:
    """Features of ``texts`` (see the module docstring)."""
    folded = [fold(t) for t in texts]
    keys = np.fromiter(map(_key, folded), dtype=np.uint64, count=len(texts))
    words = [f.split() for f in folded]
    terms = hash_counts((terms_of(w, profile) for w in words), N_FEATURES)
    lengths = np.fromiter(map(count_words, texts), dtype=np.int64, count=len(texts))
    return Features(keys, _word_sets(words), terms, lengths)


def stack(parts: Sequence[Features]) -> Features:
    """Concatenate features of consecutive sentence lists (at least one)."""
    return Features(
        np.concatenate([p.keys for p in parts]),
        sp.vstack([p.words for p in parts], format="csr"),
        sp.vstack([p.terms for p in parts], format="csr"),
        np.concatenate([p.lengths for p in parts]),
    )
