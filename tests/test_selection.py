"""Greedy selection under budgets, redundancy control and reading order."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from summarizer import SummarizerSettings
from summarizer.selection import Budget, Shortlist, reading_order, shortlist
from summarizer.selection import select as select_from
from summarizer.sentences import Candidate, Sentence

DEFAULTS = SummarizerSettings()


def select(
    X,
    scores,
    *,
    words,
    chars,
    budget,
    labels=None,
    redundancy_threshold=DEFAULTS.redundancy_threshold,
    mmr_lambda=DEFAULTS.mmr_lambda,
):
    """The selection over its shortlist, with the settings' defaults."""
    if words.size:
        reach = shortlist(scores, words, chars, budget=budget, length_exponent=0.0)
    else:
        reach = Shortlist(np.zeros(0, dtype=int), scores, 1)
    return select_from(
        X,
        reach,
        words=words,
        chars=chars,
        budget=budget,
        labels=labels,
        redundancy_threshold=redundancy_threshold,
        mmr_lambda=mmr_lambda,
    )


def orthogonal(n: int) -> sp.csr_matrix:
    return sp.csr_matrix(np.eye(n))


def problem(seed: int, n: int = 30):
    rng = np.random.default_rng(seed)
    X = sp.random(n, 20, density=0.3, random_state=seed, format="csr")
    scores = rng.uniform(0.01, 1.0, n)
    words = rng.integers(3, 30, n)
    chars = words * 6 + rng.integers(0, 5, n)
    return X, scores, words, chars


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("max_sentences", [1, 2, 5])
def test_sentence_budget(seed, max_sentences):
    X, scores, words, chars = problem(seed)
    sel = select(X, scores, words=words, chars=chars, budget=Budget(max_sentences=max_sentences))
    assert 1 <= len(sel.chosen) <= max_sentences
    assert len(set(sel.chosen)) == len(sel.chosen)


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("max_words", [5, 40, 120])
def test_word_budget(seed, max_words):
    X, scores, words, chars = problem(seed)
    sel = select(X, scores, words=words, chars=chars, budget=Budget(max_words=max_words))
    assert sel.chosen
    assert words[list(sel.chosen)].sum() <= max_words


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("max_chars", [40, 300, 900])
def test_char_budget_counts_separating_spaces(seed, max_chars):
    X, scores, words, chars = problem(seed)
    sel = select(X, scores, words=words, chars=chars, budget=Budget(max_chars=max_chars))
    assert sel.chosen
    assert chars[list(sel.chosen)].sum() + len(sel.chosen) - 1 <= max_chars


@pytest.mark.parametrize("seed", range(5))
def test_all_budgets_together(seed):
    X, scores, words, chars = problem(seed)
    budget = Budget(max_sentences=3, max_words=50, max_chars=200)
    sel = select(X, scores, words=words, chars=chars, budget=budget)
    chosen = list(sel.chosen)
    assert len(chosen) <= 3
    assert words[chosen].sum() <= 50
    assert chars[chosen].sum() + len(chosen) - 1 <= 200


def test_skips_long_sentence_for_shorter_one_without_overflow():
    X = orthogonal(3)
    scores = np.array([1.0, 0.5, 0.2])
    words = np.array([50, 8, 8])
    sel = select(X, scores, words=words, chars=words * 5, budget=Budget(max_words=20))
    assert sel.chosen == (1, 2)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("max_words", [7, 25, 60])
def test_overflow_only_last_sentence_crosses_word_budget(seed, max_words):
    X, scores, words, chars = problem(seed)
    budget = Budget(max_words=max_words, overflow=True)
    chosen = list(select(X, scores, words=words, chars=chars, budget=budget).chosen)
    assert chosen
    assert words[chosen[:-1]].sum() < max_words  # room was left before the last one
    assert words[chosen].sum() >= max_words  # and the budget is used up


def test_overflow_example_crosses_exactly_once():
    X = orthogonal(4)
    scores = np.array([1.0, 0.9, 0.8, 0.7])
    words = np.array([6, 6, 6, 6])
    budget = Budget(max_words=10, overflow=True)
    sel = select(X, scores, words=words, chars=words * 5, budget=budget)
    assert sel.chosen == (0, 1)
    no_overflow = select(X, scores, words=words, chars=words * 5, budget=Budget(max_words=10))
    assert no_overflow.chosen == (0,)


def test_overflow_char_budget():
    X = orthogonal(4)
    scores = np.array([1.0, 0.9, 0.8, 0.7])
    chars = np.array([30, 30, 30, 30])
    budget = Budget(max_chars=50, overflow=True)
    sel = select(X, scores, words=chars // 5, chars=chars, budget=budget)
    assert sel.chosen == (0, 1)


def test_overflow_does_not_relax_sentence_budget():
    X, scores, words, chars = problem(1)
    budget = Budget(max_sentences=2, max_words=10_000, overflow=True)
    assert len(select(X, scores, words=words, chars=chars, budget=budget).chosen) == 2


@pytest.mark.parametrize("kind", ["max_words", "max_chars"])
def test_budget_below_shortest_sentence(kind):
    X, scores, words, chars = problem(2)
    limit = int(min(words.min(), chars.min())) - 1
    sel = select(X, scores, words=words, chars=chars, budget=Budget(**{kind: limit}))
    assert sel.chosen == ()
    over = select(
        X, scores, words=words, chars=chars, budget=Budget(**{kind: limit}, overflow=True)
    )
    assert len(over.chosen) == 1


def test_identical_vectors_never_both_chosen():
    v = np.array([[1.0, 2.0, 0.0]])
    X = sp.csr_matrix(np.vstack([v, v, [[0.0, 0.0, 1.0]], v * 3]))
    scores = np.array([0.9, 0.8, 0.1, 0.7])
    words = np.full(4, 5)
    sel = select(X, scores, words=words, chars=words * 5, budget=Budget(max_sentences=4))
    assert sel.chosen == (0, 2)
    assert {(i, j) for i, j, _ in sel.redundant} == {(1, 0), (3, 0)}
    assert all(sim == pytest.approx(1.0) for *_, sim in sel.redundant)


def test_redundancy_threshold_none_allows_repeats():
    v = np.array([[1.0, 2.0, 0.0]])
    X = sp.csr_matrix(np.vstack([v, v]))
    scores = np.array([0.9, 0.8])
    words = np.full(2, 5)
    sel = select(
        X,
        scores,
        words=words,
        chars=words * 5,
        budget=Budget(max_sentences=2),
        redundancy_threshold=None,
    )
    assert sorted(sel.chosen) == [0, 1]
    assert sel.redundant == ()


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("threshold", [0.2, 0.5])
def test_redundancy_threshold_respected(seed, threshold):
    X, scores, words, chars = problem(seed)
    sel = select(
        X,
        scores,
        words=words,
        chars=chars,
        budget=Budget(max_sentences=10),
        redundancy_threshold=threshold,
    )
    Xn = X.toarray() / np.maximum(np.linalg.norm(X.toarray(), axis=1, keepdims=True), 1e-12)
    chosen = list(sel.chosen)
    sim = Xn[chosen] @ Xn[chosen].T
    np.fill_diagonal(sim, 0.0)
    assert sim.max(initial=0.0) < threshold


def test_clusters_are_covered_first():
    X = orthogonal(4)
    scores = np.array([1.0, 0.9, 0.8, 0.1])
    labels = np.array([0, 0, 0, 1])
    words = np.full(4, 5)
    budget = Budget(max_sentences=2)
    sel = select(X, scores, words=words, chars=words * 5, budget=budget, labels=labels)
    assert sel.chosen == (0, 3)
    plain = select(X, scores, words=words, chars=words * 5, budget=budget)
    assert plain.chosen == (0, 1)


def test_empty_input():
    sel = select(
        sp.csr_matrix((0, 3)),
        np.zeros(0),
        words=np.zeros(0, dtype=int),
        chars=np.zeros(0, dtype=int),
        budget=Budget(max_words=10),
    )
    assert sel.chosen == () and sel.redundant == ()


def test_expected_sentences():
    assert Budget().expected_sentences(10, 60) == 1
    assert Budget(max_sentences=4).expected_sentences(10, 60) == 4
    assert Budget(max_words=100).expected_sentences(20, 100) == 5
    assert Budget(max_words=100, max_sentences=2).expected_sentences(20, 100) == 2


# -- reading order ------------------------------------------------------------------


def _candidate(*places: tuple[str, int]) -> Candidate:
    sources = tuple(Sentence(doc, index, 0, 1, "x") for doc, index in places)
    return Candidate(sources[0], sources)


SIZES = {"d0": 4, "d1": 4, "d2": 2}  # sentences per document, in collection order


def test_reading_order_position_then_doc_rank_then_score():
    candidates = [
        _candidate(("d0", 2)),  # position 0.5
        _candidate(("d2", 0)),  # 0.0, third document
        _candidate(("d1", 0)),  # 0.0, second document
        _candidate(("d0", 1)),  # 0.25
        _candidate(("d1", 2), ("d0", 0)),  # 0.5 here, but 0.0 at its earliest occurrence
    ]
    scores = np.array([0.1, 0.2, 0.3, 0.4, 0.9])
    order = reading_order([0, 1, 2, 3, 4], candidates, SIZES, scores)
    # position 0.0: 4 and 2 (second document; 4 scores higher), 1 (third); then 3, then 0
    assert order == [4, 2, 1, 3, 0]


def test_reading_order_only_reorders_chosen():
    candidates = [_candidate(("d0", 3)), _candidate(("d0", 0)), _candidate(("d1", 2))]
    assert reading_order((0, 2), candidates, SIZES, np.ones(3)) == [2, 0]
    assert reading_order((), candidates, SIZES, np.ones(3)) == []


def _variants_then_others(n_variants: int, n_others: int, words_each: int = 20):
    """``n_variants`` copies of one sentence, scored highest, then
    ``n_others`` different sentences: every copy after the first repeats it."""
    n = n_variants + n_others
    rows = np.r_[np.zeros(n_variants, dtype=int), np.arange(1, n_others + 1)]
    X = sp.csr_matrix((np.ones(n), (np.arange(n), rows)), shape=(n, n_others + 1))
    scores = np.r_[np.linspace(1.0, 0.9, n_variants), np.linspace(0.5, 0.4, n_others)]
    words = np.full(n, words_each)
    return X, scores, words, words * 6


def test_a_shortlist_used_up_by_repeats_is_extended():
    X, scores, words, chars = _variants_then_others(300, 50)
    sel = select(X, scores, words=words, chars=chars, budget=Budget(max_words=100))
    assert len(sel.chosen) == 5 and sum(i < 300 for i in sel.chosen) == 1
    assert not sel.short and sel.complete


def test_all_repeats_is_short_and_complete():
    X, scores, words, chars = _variants_then_others(300, 2)
    sel = select(X, scores, words=words, chars=chars, budget=Budget(max_words=100))
    assert len(sel.chosen) == 3
    assert sel.short and sel.complete


def test_a_search_stopped_at_the_cap_says_it_is_incomplete(monkeypatch):
    monkeypatch.setattr("summarizer.selection.MAX_SHORTLIST", 150)
    X, scores, words, chars = _variants_then_others(300, 50)
    sel = select(X, scores, words=words, chars=chars, budget=Budget(max_words=100))
    assert len(sel.chosen) == 1
    assert sel.short and not sel.complete


def test_room_for_a_few_words_is_a_full_budget():
    """Two 49-word sentences fill 98 of 100 words: a 2-word sentence far down
    the list is not searched for, and the summary is not called short."""
    n = 400
    X = orthogonal(n)
    scores = np.linspace(1.0, 0.1, n)
    words = np.full(n, 49)
    words[-1] = 2
    sel = select(X, scores, words=words, chars=words * 6, budget=Budget(max_words=100))
    assert len(sel.chosen) == 2 and not sel.short


def test_a_collection_used_up_is_not_short():
    X, scores, words, chars = _variants_then_others(1, 3)
    sel = select(X, scores, words=words, chars=chars, budget=Budget(max_words=100))
    assert len(sel.chosen) == 4 and not sel.short
