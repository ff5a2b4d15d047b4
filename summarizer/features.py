"""Per-sentence features computed once, next to splitting (so in parallel):

* ``keys``: a 64-bit hash of the case- and punctuation-folded text, for exact
  duplicates;
* ``words``: the set of words (all of them, lower-cased), hashed into
  columns, for near-duplicates (:func:`summarizer.cleaning.near_duplicate_groups`);
* ``terms``: stemmed content-word counts for TF-IDF
  (:func:`summarizer.embedding.count_terms`).

All three are stateless per sentence, so chunks of documents are featurised
by worker processes and the parent only stacks the results.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from .embedding import count_terms

#: Hash buckets for word sets: 2**22 keeps collisions between two different
#: words of a collection negligible.
WORD_FEATURES = 2**22


_NON_WORD = re.compile(r"[\W_]+")


def normalize_for_matching(text: str) -> str:
    """Case-, width- and punctuation-folded form of a sentence."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def duplicate_key(text: str) -> int:
    """64-bit key equal for sentences that are the same after folding."""
    digest = hashlib.blake2b(normalize_for_matching(text).encode("utf-8"), digest_size=8)
    return int.from_bytes(digest.digest(), "little")


def word_sets(texts: Sequence[str]) -> sp.csr_matrix:
    """Binary matrix of the words of each text (hashed columns)."""
    if not texts:
        return sp.csr_matrix((0, WORD_FEATURES), dtype=np.float32)
    vectorizer = HashingVectorizer(
        lowercase=True, token_pattern=r"(?u)\b\w+\b", n_features=WORD_FEATURES,
        alternate_sign=False, norm=None, binary=True, dtype=np.float32,
    )  # fmt: skip
    return sp.csr_matrix(vectorizer.transform(texts))


@dataclass(frozen=True)
class Features:
    """Features of a list of sentences, row i for sentence i."""

    keys: np.ndarray
    words: sp.csr_matrix
    terms: sp.csr_matrix

    def __len__(self) -> int:
        return int(self.keys.size)

    def take(self, rows: np.ndarray) -> Features:
        return Features(self.keys[rows], self.words[rows], self.terms[rows])


def featurize(texts: Sequence[str]) -> Features:
    """Features of ``texts`` (see the module docstring)."""
    keys = np.fromiter((duplicate_key(t) for t in texts), dtype=np.uint64, count=len(texts))
    return Features(keys, word_sets(texts), count_terms(texts))


def stack(parts: Sequence[Features]) -> Features:
    """Concatenate features of consecutive sentence lists."""
    if not parts:
        return featurize([])
    return Features(
        np.concatenate([p.keys for p in parts]),
        sp.vstack([p.words for p in parts], format="csr"),
        sp.vstack([p.terms for p in parts], format="csr"),
    )
