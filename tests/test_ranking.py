"""TextRank against a dense reference, and the corroboration count."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from support import DEFAULTS

from summarizer import InvalidSettingsError, SummarizerError, ranking


def corroboration(X, owner, *, carried_by=None, rows=None):
    """Corroboration of every sentence; each carried by its own document unless given."""
    n = X.shape[0]
    if carried_by is None:
        n_docs = int(owner.max()) + 1 if n else 0
        carried_by = sp.csr_matrix((np.ones(n), (np.arange(n), owner)), shape=(n, n_docs))
    rows = np.arange(n) if rows is None else rows
    return ranking.corroboration(X, owner, carried_by=carried_by, rows=rows)


def textrank(X, **params):
    """TextRank with the settings' defaults unless given."""
    options = {"damping": DEFAULTS.damping, "tol": DEFAULTS.tol, "max_iter": DEFAULTS.max_iter}
    return ranking.textrank(X, **{**options, **params})


def reference_pagerank(X, damping=0.85, personalization=None) -> np.ndarray:
    """Stationary distribution of the weighted random walk, by a dense linear solve."""
    X = X.toarray() if sp.issparse(X) else np.asarray(X, dtype=float)
    n = X.shape[0]
    norms = np.linalg.norm(X, axis=1)
    Xn = X / np.where(norms > 0, norms, 1.0)[:, None]
    S = Xn @ Xn.T
    np.fill_diagonal(S, 0.0)
    degree = S.sum(axis=0)
    dangling = degree <= 1e-9
    M = np.where(dangling[None, :], 0.0, S / np.where(dangling, 1.0, degree)[None, :])
    if personalization is None:
        t = np.full(n, 1.0 / n)
    else:
        t = np.asarray(personalization, dtype=float)
        t = t / t.sum()
    # Column-stochastic Google matrix: follow an edge, or teleport (always from dangling nodes).
    G = damping * (M + np.outer(t, dangling)) + (1.0 - damping) * np.outer(t, np.ones(n))
    A = np.eye(n) - G
    A[-1, :] = 1.0  # replace one equation by sum(p) == 1
    b = np.zeros(n)
    b[-1] = 1.0
    return np.linalg.solve(A, b)


def random_matrix(seed: int) -> sp.csr_matrix:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 40))
    f = int(rng.integers(1, 30))
    X = sp.random(n, f, density=float(rng.uniform(0.05, 0.4)), random_state=seed, format="lil")
    for row in rng.choice(n, size=min(n - 1, int(rng.integers(0, 4))), replace=False):
        X[row, :] = 0  # sentences without content words
    return sp.csr_matrix(X)


def disconnected_matrix(seed: int) -> sp.csr_matrix:
    rng = np.random.default_rng(seed)
    blocks = [
        sp.random(int(rng.integers(1, 6)), int(rng.integers(1, 6)), density=0.8, random_state=s)
        for s in range(seed, seed + 3)
    ]
    zero_rows = sp.csr_matrix((2, 1))
    return sp.csr_matrix(sp.block_diag([*blocks, zero_rows]))


@pytest.mark.parametrize("seed", range(8))
def test_textrank_matches_dense_reference(seed):
    X = random_matrix(seed)
    got = textrank(X, tol=1e-12, max_iter=2000)
    want = reference_pagerank(X)
    assert np.max(np.abs(got - want)) < 1e-6


@pytest.mark.parametrize("seed", range(4))
def test_textrank_default_tolerance_is_close(seed):
    X = random_matrix(100 + seed)
    assert np.max(np.abs(textrank(X) - reference_pagerank(X))) < 1e-5


@pytest.mark.parametrize("seed", range(4))
def test_textrank_disconnected_components(seed):
    X = disconnected_matrix(seed)
    got = textrank(X, tol=1e-12, max_iter=2000)
    assert np.max(np.abs(got - reference_pagerank(X))) < 1e-6


@pytest.mark.parametrize("damping", [0.5, 0.95])
def test_textrank_other_damping(damping):
    X = random_matrix(42)
    got = textrank(X, damping=damping, tol=1e-12, max_iter=5000)
    assert np.max(np.abs(got - reference_pagerank(X, damping))) < 1e-6


def test_textrank_dense_input_and_personalization_matches_reference():
    X = random_matrix(7)
    rng = np.random.default_rng(0)
    p = rng.uniform(0, 1, X.shape[0])
    got = textrank(X.toarray(), personalization=p, tol=1e-12, max_iter=2000)
    assert np.max(np.abs(got - reference_pagerank(X, personalization=p))) < 1e-6


@pytest.mark.parametrize("seed", range(6))
def test_scores_are_a_distribution(seed):
    scores = textrank(random_matrix(seed))
    assert scores.dtype == np.float64
    assert np.all(scores >= 0)
    assert scores.sum() == pytest.approx(1.0, abs=1e-9)


def test_central_sentence_scores_highest():
    X = np.array([[1.0, 1.0, 1.0], [1.0, 0, 0], [0, 1.0, 0], [0, 0, 1.0]])
    scores = textrank(X)
    assert np.argmax(scores) == 0
    np.testing.assert_allclose(scores[1:], scores[1], rtol=1e-6)


def test_personalization_shifts_mass():
    X = random_matrix(3)
    n = X.shape[0]
    base = textrank(X)
    prior = np.ones(n)
    prior[0] = 50.0
    shifted = textrank(X, personalization=prior)
    assert shifted[0] > base[0]
    assert shifted.sum() == pytest.approx(1.0)


def test_zero_personalization_is_uniform():
    X = random_matrix(5)
    np.testing.assert_allclose(textrank(X, personalization=np.zeros(X.shape[0])), textrank(X))


@pytest.mark.parametrize("damping", [0.0, 1.0, -0.1, 1.5, float("nan")])
def test_invalid_damping(damping):
    with pytest.raises(InvalidSettingsError):
        textrank(np.eye(3), damping=damping)


@pytest.mark.parametrize("personalization", [np.ones(2), -np.ones(3), np.array([1.0, np.nan, 1.0])])
def test_invalid_personalization(personalization):
    with pytest.raises(SummarizerError):
        textrank(np.eye(3), personalization=personalization)


def test_textrank_tiny_inputs():
    assert textrank(sp.csr_matrix((0, 5))).shape == (0,)
    np.testing.assert_allclose(textrank(sp.csr_matrix(np.ones((1, 3)))), [1.0])
    np.testing.assert_allclose(textrank(sp.csr_matrix((4, 3))), np.full(4, 0.25))


@pytest.mark.parametrize("n", [1, 4])
def test_textrank_without_features(n):
    np.testing.assert_allclose(textrank(sp.csr_matrix((n, 0))), np.full(n, 1.0 / n))


# -- corroboration -------------------------------------------------------------


def _corr_example():
    X = sp.csr_matrix(
        np.array(
            [
                [1.0, 0.0],  # 0: doc 0
                [0.6, 0.8],  # 1: doc 1
                [0.0, 1.0],  # 2: doc 1
                [1.0, 0.0],  # 3: doc 2
            ]
        )
    )
    owner = np.array([0, 1, 1, 2])
    return X, owner


def test_corroboration_hand_computed():
    X, owner = _corr_example()
    # 0: best in doc 1 is 0.6, in doc 2 is 1.0       -> 1.6
    # 1: doc 0 -> 0.6, doc 2 -> 0.6                    -> 1.2
    # 2: doc 0 -> 0.0, doc 2 -> 0.0                    -> 0.0
    # 3: doc 0 -> 1.0, doc 1 -> 0.6                    -> 1.6
    got = corroboration(X, owner)
    np.testing.assert_allclose(got, [1.6, 1.2, 0.0, 1.6], atol=1e-6)


def test_corroboration_ignores_empty_documents_and_blocks(monkeypatch):
    X, owner = _corr_example()
    expected = [1.6, 1.2, 0.0, 1.6]
    np.testing.assert_allclose(corroboration(X, owner), expected, atol=1e-6)
    monkeypatch.setattr(ranking, "_BLOCK", 1)  # one sentence per block
    np.testing.assert_allclose(corroboration(X, owner), expected, atol=1e-6)
    shifted = corroboration(X, owner + np.array([0, 1, 1, 2]))  # docs 0, 2, 4
    np.testing.assert_allclose(shifted, expected, atol=1e-6)


def test_corroboration_rows_subset():
    """With ``rows``, the chosen sentences are compared only with each other."""
    X, owner = _corr_example()
    np.testing.assert_allclose(
        corroboration(X, owner, rows=np.array([1, 3])), [0, 0.6, 0, 0.6], atol=1e-6
    )
    everything = corroboration(X, owner, rows=np.arange(4))
    np.testing.assert_allclose(everything, corroboration(X, owner), atol=1e-6)


def test_corroboration_single_document_is_zero():
    X, _ = _corr_example()
    assert np.array_equal(corroboration(X, np.zeros(4, dtype=int)), np.zeros(4))
    assert corroboration(sp.csr_matrix((0, 2)), np.zeros(0, dtype=int)).shape == (0,)


def test_corroboration_carried_by_counts_as_one():
    X, owner = _corr_example()
    carried = sp.csr_matrix(
        (np.ones(5), ([0, 1, 2, 2, 3], [0, 1, 1, 0, 2])), shape=(4, 3)
    )  # sentence 2 also occurs (as a duplicate) in doc 0
    got = corroboration(X, owner, carried_by=carried)
    np.testing.assert_allclose(got, [1.6, 1.2, 1.0, 1.6], atol=1e-6)


def test_corroboration_is_capped_per_document():
    X = sp.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0]]))
    owner = np.array([0, 1, 1])
    got = corroboration(X, owner, carried_by=sp.csr_matrix(np.ones((3, 2))))
    np.testing.assert_allclose(got, [1.0, 1.0, 1.0], atol=1e-6)


# -- score: centrality x lead prior x (1 + corroboration) ------------------------------


def _candidates(*places: tuple[str, int]):
    from summarizer.sentences import Candidate, Sentence

    out = []
    for group in places:
        sources = tuple(Sentence(doc, index, 0, 1, "x") for doc, index in group)
        out.append(Candidate(sources[0], sources))
    return out


def _score(candidates, X, docs, lists=frozenset(), **weights):
    params = {
        "damping": DEFAULTS.damping,
        "tol": DEFAULTS.tol,
        "max_iter": DEFAULTS.max_iter,
        "position_weight": DEFAULTS.position_weight,
        "corroboration_weight": DEFAULTS.corroboration_weight,
        **weights,
    }
    return ranking.score(candidates, sp.csr_matrix(X), docs, lists, **params)


def test_lead_prior_decays_with_the_earliest_position():
    X = np.eye(4)  # equal centrality
    candidates = _candidates([("a", 0)], [("a", 10)], [("a", 40)], [("a", 40), ("b", 0)])
    scores = _score(candidates, X, ["a", "b"], corroboration_weight=0.0)
    expected = np.exp(-np.array([0, 10, 40, 0]) / ranking.LEAD_SCALE)
    np.testing.assert_allclose(scores.lead, expected)
    np.testing.assert_allclose(scores.total, scores.centrality * expected)
    off = _score(candidates, X, ["a", "b"], position_weight=0.0, corroboration_weight=0.0)
    np.testing.assert_allclose(off.lead, 1.0)
    half = _score(candidates, X, ["a", "b"], position_weight=0.5, corroboration_weight=0.0)
    np.testing.assert_allclose(half.lead, 0.5 + 0.5 * expected)


def test_items_of_a_list_get_the_mean_prior_of_the_articles():
    X = np.eye(3)
    candidates = _candidates([("list", 0)], [("list", 9)], [("article", 10)])
    scores = _score(candidates, X, ["list", "article"], frozenset({"list"}))
    article = np.exp(-10 / ranking.LEAD_SCALE)
    np.testing.assert_allclose(scores.lead, [article, article, article])


def test_item_lists_are_documents_of_one_sentence_paragraphs():
    from summarizer.sentences import Sentence

    def document(doc_id, paragraphs):
        sentences, index = [], 0
        for p, size in enumerate(paragraphs):
            for _ in range(size):
                sentences.append(Sentence(doc_id, index, 0, 1, "x", p))
                index += 1
        return sentences

    items = document("reviews", [1] * ranking.LIST_MIN_ITEMS)
    article = document("article", [3, 2, 4, 1, 2, 3, 2, 1, 2, 3])
    too_short = document("short", [1] * (ranking.LIST_MIN_ITEMS - 1))
    assert ranking.item_lists([items, article, too_short, []]) == frozenset({"reviews"})


def test_corroboration_rewards_what_other_documents_say():
    # Candidate 0 (document a) is said by b in other words (cosine 0.8) and
    # carried verbatim by c; candidate 1 (b) is said in other words by a (a
    # document's sentences are the candidates it holds first); candidate 2 is
    # said by nobody else.
    X = np.array([[1.0, 0.0, 0.0], [0.8, 0.6, 0.0], [0.0, 0.0, 1.0]])
    candidates = _candidates([("a", 0), ("c", 0)], [("b", 0)], [("a", 1)])
    scores = _score(candidates, X, ["a", "b", "c"], position_weight=0.0)
    np.testing.assert_allclose(scores.support, [0.8 + 1.0, 0.8, 0.0], atol=1e-6)
    np.testing.assert_allclose(scores.total, scores.centrality * (1 + scores.support))
    heavier = _score(candidates, X, ["a", "b", "c"], position_weight=0.0, corroboration_weight=2)
    np.testing.assert_allclose(heavier.total, heavier.centrality * (1 + 2 * heavier.support))
    alone = _score(candidates, X, ["a"], position_weight=0.0)  # one document: nobody else
    np.testing.assert_allclose(alone.support, 0.0)
