"""Concepts (word bigrams weighed by the sources stating them) and the
coverage term of the selection."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from support import EN

import summarizer.pipeline as pipeline
from summarizer import InvalidSettingsError, summarize
from summarizer.concepts import (
    SOURCE_EXPONENT,
    concepts_of,
    find_concepts,
    sources_of,
)
from summarizer.embedding import unit_rows
from summarizer.language import fold, profile
from summarizer.selection import Budget, Shortlist, select
from summarizer.sentences import Candidate, Sentence


class _English(dict):
    """Every document id is in English."""

    def __missing__(self, key: str) -> object:
        return EN


ENGLISH = _English()


def concepts(text: str, language: str = "en") -> list[str]:
    return concepts_of(fold(text).split(), profile(language))


# -- what a concept is ------------------------------------------------------------------


def test_a_concept_is_a_pair_of_consecutive_words_stemmed() -> None:
    assert concepts("Trump's visit to Tokyo") == ["trump s", "s visit", "visit to", "to tokyo"]
    assert concepts("Ceasefires were signed") == ["ceasefir were", "were sign"]


def test_a_pair_of_two_stop_words_is_no_concept() -> None:
    assert concepts("the end of the war") == ["the end", "end of", "the war"]
    assert concepts("of the") == []


def test_unspaced_scripts_give_pairs_of_character_pairs() -> None:
    assert concepts("日本の首相", "ja") == ["日本 本の", "本の の首", "の首 首相"]


# -- what a concept weighs --------------------------------------------------------------


def _candidate(doc_id: str, index: int, text: str, paragraph: int = 0) -> Candidate:
    sentence = Sentence(doc_id, index, 0, len(text), text, paragraph)
    return Candidate(sentence, (sentence,))


def test_a_concept_weighs_the_number_of_sources_stating_it_squared() -> None:
    candidates = [
        _candidate("a", 0, "The rare earth deal was signed."),
        _candidate("b", 0, "A rare earth deal is done."),
        _candidate("c", 0, "They agreed on rare earth supplies."),
        _candidate("a", 1, "The golf bag was a gift."),
        _candidate("a", 2, "Another golf bag came later."),
    ]
    found = find_concepts(
        candidates, ENGLISH, frozenset(), np.ones(len(candidates)), np.arange(len(candidates))
    )
    assert SOURCE_EXPONENT == 2.0

    def weight(pair: str, row: int) -> float:
        (column,) = [
            k
            for k in found.matrix[row].indices
            if np.flatnonzero(found.matrix[:, k].toarray().ravel()).tolist()
            == [i for i, c in enumerate(candidates) if pair in concepts(c.text)]
        ]
        return float(found.weights[column])

    assert weight("rare earth", 0) == 9.0  # three documents
    assert weight("golf bag", 3) == 1.0  # one document, however many of its sentences


def test_each_item_of_a_list_document_is_a_source_of_its_own() -> None:
    reviews = [_candidate("r", k, f"The microphone is weak, says buyer {k}.", k) for k in range(4)]
    merged = Candidate(reviews[0].sentence, tuple(r.sentence for r in reviews))
    as_items = sources_of([merged], frozenset({"r"}))
    as_article = sources_of([merged], frozenset())
    assert as_items.shape == (1, 4) and as_article.shape == (1, 1)
    found = find_concepts([merged], ENGLISH, frozenset({"r"}), np.ones(1), np.arange(1))
    assert found.weights.max() == 16.0  # four reviewers said it
    as_one = find_concepts([merged], ENGLISH, frozenset(), np.ones(1), np.arange(1))
    assert as_one.weights.max() == 1.0  # one article said it


def test_a_sentence_merged_from_several_documents_counts_each_of_them() -> None:
    a = Sentence("a", 0, 0, 20, "The deal was signed.")
    b = Sentence("b", 3, 0, 20, "The deal was signed.")
    sources = sources_of([Candidate(a, (a, b))], frozenset())
    assert sources.shape == (1, 2) and sources.nnz == 2


def test_only_the_best_candidates_and_the_shortlist_are_read(monkeypatch) -> None:
    import summarizer.concepts as module

    monkeypatch.setattr(module, "CONCEPT_POOL", 2)
    texts = [f"Sentence number {w} about topic {w}." for w in ("one", "two", "three", "four")]
    candidates = [_candidate(f"d{k}", 0, t) for k, t in enumerate(texts)]
    found = find_concepts(
        candidates,
        ENGLISH,
        frozenset(),
        np.array([0.1, 0.4, 0.3, 0.2]),
        np.array([0]),  # shortlisted although its score is the lowest
    )
    read = np.diff(found.matrix.indptr) > 0
    assert read.tolist() == [True, True, True, False]


# -- the coverage term of the selection -------------------------------------------------


def _select(
    texts: list[str],
    value: list[float],
    coverage_weight: float,
    share: list[float] | None = None,
    **budget: int,
) -> list[int]:
    """Select among ``texts`` whose vectors are orthogonal (no redundancy)
    and whose importance is ``value``; concepts from the texts, one source each."""
    n = len(texts)
    candidates = [_candidate(f"d{k}", 0, t) for k, t in enumerate(texts)]
    found = find_concepts(candidates, ENGLISH, frozenset(), np.ones(n), np.arange(n))
    X = unit_rows(sp.identity(n, format="csr"))
    value_array = np.array(value, dtype=float)
    reach = Shortlist(np.argsort(-value_array, kind="stable"), value_array, n)
    words = np.array([len(t.split()) for t in texts])
    selection = select(
        X,
        reach,
        words=words,
        chars=np.array([len(t) for t in texts]),
        budget=Budget(**budget),
        labels=None,
        redundancy_threshold=0.35,
        mmr_lambda=0.5,
        concepts=found,
        coverage_weight=coverage_weight,
        coverage_share=None if share is None else np.array(share, dtype=float),
    )
    return list(selection.chosen)


#: The same concepts in a long and a short sentence, and a third sentence;
#: importance favours the long one a little.
LONG_SHORT_OTHER = [
    "The rare earth deal was signed in Tokyo on a rainy Tuesday afternoon.",
    "The rare earth deal was signed in Tokyo.",
    "Rare earth deal signed in Tokyo by the two leaders.",
]
LONG_SHORT_OTHER_VALUE = [1.0, 0.98, 0.5]


def test_of_two_sentences_stating_the_same_concepts_the_shorter_wins() -> None:
    texts, value = LONG_SHORT_OTHER, LONG_SHORT_OTHER_VALUE
    assert _select(texts, value, 0.0, max_sentences=1) == [0]  # importance alone
    assert _select(texts, value, 0.2, max_sentences=1) == [1]


def test_a_sentence_restating_covered_concepts_gains_nothing_from_them() -> None:
    first = "The rare earth deal was signed in Tokyo."
    again = "The rare earth deal was signed in Tokyo today."
    news = "Takaichi will nominate Trump for the Nobel prize."
    # "again" is more important than "news" by itself; covering nothing new
    # (but "tokyo today") costs it the second place.
    texts = [first, again, news]
    value = [1.0, 0.85, 0.8]
    assert _select(texts, value, 0.0, max_sentences=2) == [0, 1]
    assert _select(texts, value, 0.2, max_sentences=2) == [0, 2]


def test_coverage_is_relative_to_the_best_at_the_start() -> None:
    """After the first choice the coverage left is small, and stays small:
    one new bigram does not outweigh a tenth of importance (were coverage
    rescaled every round, the best remaining gain would be 1 again)."""
    first = "The rare earth deal was signed in Tokyo by the two prime ministers."
    plus = first[:-1] + " today."
    assert _select([first, first, plus], [1.0, 0.9, 0.8], 0.2, max_sentences=2) == [0, 1]


def test_a_candidate_without_a_share_gains_no_coverage() -> None:
    """With a focus, a sentence covers facts in proportion to its share
    (its relevance prior)."""
    texts, value = LONG_SHORT_OTHER, LONG_SHORT_OTHER_VALUE
    assert _select(texts, value, 0.2, share=[1, 1, 1], max_sentences=1) == [1]
    assert _select(texts, value, 0.2, share=[1, 0, 1], max_sentences=1) == [0]


def test_a_concept_a_sentence_states_twice_is_stated_once() -> None:
    found = find_concepts(
        [_candidate("a", 0, "Rare earth, rare earth and rare earth again.")],
        ENGLISH,
        frozenset(),
        np.ones(1),
        np.arange(1),
    )
    assert set(found.matrix.data.tolist()) == {1.0}


def test_no_coverage_weight_is_the_selection_without_concepts() -> None:
    texts = ["Alpha beta gamma.", "Delta epsilon.", "Zeta eta theta iota.", "Kappa lambda."]
    value = [0.9, 0.8, 0.7, 0.6]
    n = len(texts)
    X = unit_rows(sp.identity(n, format="csr"))
    value_array = np.array(value)
    reach = Shortlist(np.arange(n), value_array, n)
    kwargs = dict(
        words=np.array([3, 2, 4, 2]),
        chars=np.array([len(t) for t in texts]),
        budget=Budget(max_words=7),
        labels=None,
        redundancy_threshold=0.35,
        mmr_lambda=0.5,
    )
    without = select(X, reach, **kwargs)
    candidates = [_candidate(f"d{k}", 0, t) for k, t in enumerate(texts)]
    found = find_concepts(candidates, ENGLISH, frozenset(), value_array, np.arange(n))
    assert select(X, reach, concepts=found, coverage_weight=0.0, **kwargs) == without


# -- settings and the pipeline ----------------------------------------------------------


@pytest.mark.parametrize("bad", [-0.1, 10.5, "0.2", True, float("nan")])
def test_coverage_weight_is_validated(bad) -> None:
    with pytest.raises(InvalidSettingsError, match="coverage_weight"):
        summarize(["A sentence about something."], coverage_weight=bad)


def test_a_fact_every_source_states_is_covered_before_one_sources_details() -> None:
    """Four outlets report the deal in their own words; one outlet adds three
    details, each in a longer, more central-looking sentence. A two-sentence
    summary states the deal."""
    outlets = [
        "The two countries signed a rare earth deal on Monday. {}",
        "A rare earth deal was signed by both countries. {}",
        "Both governments agreed a rare earth deal this week. {}",
        "Officials said the rare earth deal covers mining and processing. {}",
    ]
    fillers = [
        "The talks took place in the capital.",
        "The capital hosted the talks in its old palace.",
        "Talks in the capital lasted three hours.",
        "The capital's palace was closed to visitors for the talks.",
    ]
    docs = [o.format(f) for o, f in zip(outlets, fillers, strict=True)]
    summary = summarize(docs, max_sentences=2)
    assert any("rare earth deal" in s.text for s in summary.sentences)


def test_the_pipeline_hands_the_focus_share_to_the_selection(monkeypatch) -> None:
    seen: dict[str, object] = {}

    def spy(*args, **kwargs):
        seen.update(kwargs)
        return select(*args, **kwargs)

    monkeypatch.setattr(pipeline, "select", spy)
    docs = [
        "The bridge repairs will close the river crossing for a month. Engineers found rust.",
        "A new bakery opened downtown. Its bread sold out by noon on the first day.",
        "Bridge repairs cost the city two million. The council approved the money.",
    ]
    summarize(docs, focus="bridge repairs", max_sentences=2)
    share = np.asarray(seen["coverage_share"])
    assert np.ptp(share) > 0  # the relevance prior: some sentences are off the focus


def test_the_pipeline_reads_each_review_of_a_list_as_a_source(monkeypatch) -> None:
    seen: dict[str, object] = {}

    def spy(candidates, profiles, item_lists, *args):
        seen["item_lists"] = item_lists
        return find_concepts(candidates, profiles, item_lists, *args)

    monkeypatch.setattr(pipeline, "find_concepts", spy)
    reviews = "\n\n".join(
        f"The microphone is weak on this headset, says buyer number {k}." for k in range(12)
    )
    article = "The headset maker said a fix is coming. It will ship next month."
    summarize({"reviews": reviews, "news": article}, max_sentences=2)
    assert seen["item_lists"] == frozenset({"reviews"})
