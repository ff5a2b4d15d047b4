"""Topic clustering: spherical k-means on TF-IDF vectors."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.sparse as sp
from support import vectors as embed

from summarizer import clustering


def cluster(X, k, random_state=0):
    return clustering.cluster(X, k, random_state=random_state)


TOPICS = [
    "The central bank raised interest rates to fight inflation.",
    "Inflation pushed the central bank to raise rates again.",
    "Bank officials said rates and inflation would stay high.",
    "The football team won the championship final match.",
    "Fans celebrated the team winning the football final.",
    "The championship match ended with the team scoring late.",
]


def random_tfidf(seed: int, n: int = 40, f: int = 30) -> sp.csr_matrix:
    return sp.random(n, f, density=0.2, random_state=seed, format="csr")


def assert_first_appearance_numbering(labels: np.ndarray) -> None:
    seen = -1
    for label in labels:
        assert label <= seen + 1
        seen = max(seen, int(label))
    assert set(labels.tolist()) == set(range(seen + 1))


@pytest.mark.parametrize("seed", range(3))
def test_deterministic_for_same_random_state(seed):
    X = random_tfidf(seed)
    first = cluster(X, 6, random_state=11)
    second = cluster(X, 6, random_state=11)
    assert np.array_equal(first, second)


@pytest.mark.parametrize("seed", range(4))
def test_labels_numbered_by_first_appearance(seed):
    labels = cluster(random_tfidf(seed), 7, random_state=seed)
    assert labels.shape == (40,)
    assert labels[0] == 0
    assert_first_appearance_numbering(labels)
    assert len(set(labels.tolist())) <= 7


def test_two_separated_topics():
    X = embed(TOPICS)
    labels = cluster(X, 2)
    assert labels.tolist() == [0, 0, 0, 1, 1, 1]


def test_two_topics_stable_across_seeds():
    X = embed(TOPICS)
    for seed in range(5):
        labels = cluster(X, 2, random_state=seed)
        assert labels.tolist() == [0, 0, 0, 1, 1, 1]


def test_k_larger_than_n():
    X = embed(TOPICS)
    labels = cluster(X, 50)
    assert labels.shape == (len(TOPICS),)
    assert labels[0] == 0
    assert_first_appearance_numbering(labels)
    assert labels.max() < len(TOPICS)


def test_k_one_gives_single_cluster():
    X = embed(TOPICS)
    assert cluster(X, 1).tolist() == [0] * len(TOPICS)


def test_identical_rows():
    X = sp.csr_matrix(np.tile([0.6, 0.0, 0.8], (5, 1)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # SVD of a rank-one matrix
        labels = cluster(X, 3)
    assert labels.shape == (5,)
    assert labels.tolist() == [0] * 5


def test_identical_rows_within_two_groups():
    a, b = [1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0]
    X = sp.csr_matrix(np.array([a, a, b, a, b, b]))
    labels = cluster(X, 2)
    assert labels.tolist() == [0, 0, 1, 0, 1, 1]


def test_degenerate_shapes():
    assert cluster(sp.csr_matrix((0, 4)), 3).shape == (0,)
    assert cluster(sp.csr_matrix((3, 0)), 2).tolist() == [0, 0, 0]
    assert cluster(sp.csr_matrix(np.ones((1, 4))), 5).tolist() == [0]
    assert cluster(sp.csr_matrix(np.ones((4, 1))), 2).tolist() == [0, 0, 0, 0]


def test_zero_rows_do_not_crash():
    X = sp.vstack([random_tfidf(1, n=10), sp.csr_matrix((3, 30))]).tocsr()
    labels = cluster(X, 4)
    assert labels.shape == (13,)
    assert_first_appearance_numbering(labels)
