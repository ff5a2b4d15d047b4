"""Duplicates: the near-duplicate join, the same-fact rule and star-shaped groups."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import EN

from summarizer import duplicates
from summarizer.duplicates import (
    duplicate_groups,
    fold_words,
    near_duplicate_pairs,
    same_fact,
    star_groups,
)
from summarizer.features import featurize


def word_sets(texts: list[str]):
    return featurize(texts, EN).words


def groups_of(texts: list[str], threshold: float = 0.7, jobs: int = 1):
    features = featurize(texts, EN)
    return duplicate_groups(
        texts, features.keys, features.words, threshold=threshold, profile=EN, jobs=jobs
    )


def pairs_of(texts: list[str], threshold: float) -> set[tuple[int, int]]:
    a, b, _ = near_duplicate_pairs(word_sets(texts), threshold, jobs=1)
    return set(zip(a.tolist(), b.tolist(), strict=True))


# -- the join ---------------------------------------------------------------------


def test_pairs_by_threshold_with_similarity():
    texts = ["a b c d", "a b c e", "x y z w", "a b c d"]
    a, b, similarity = near_duplicate_pairs(word_sets(texts), 0.6, jobs=1)
    found = dict(zip(zip(a.tolist(), b.tolist(), strict=True), similarity.tolist(), strict=True))
    assert found == pytest.approx({(0, 1): 0.6, (0, 3): 1.0, (1, 3): 0.6})
    assert pairs_of(texts, 0.61) == {(0, 3)}


def test_pairs_with_rare_words_in_a_larger_collection():
    others = [f"a b c w{i}x w{i}y w{i}z w{i}q w{i}r w{i}s w{i}t w{i}u w{i}v" for i in range(63)]
    found = pairs_of(["a b c", "c b a", *others], 0.7)
    assert found == {(0, 1)}


@pytest.mark.parametrize("texts", [[], ["only one"], ["", "!!!", "..."]])
def test_no_pairs_without_two_word_sets(texts):
    assert pairs_of(texts, 0.7) == set()


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from("a b c d e f g h i j".split()), min_size=1, max_size=8),
        min_size=2,
        max_size=25,
    ),
    st.sampled_from([0.5, 0.7, 0.9]),
)
def test_pairs_match_brute_force(word_lists, threshold):
    """The prefix filter finds exactly the pairs an all-pairs comparison finds."""
    sets = [set(ws) for ws in word_lists]
    expected = {
        (i, j)
        for i in range(len(sets))
        for j in range(i + 1, len(sets))
        if len(sets[i] & sets[j]) >= threshold * len(sets[i] | sets[j]) - 1e-9
    }
    assert pairs_of([" ".join(ws) for ws in word_lists], threshold) == expected


def test_join_in_workers_gives_the_same_pairs(monkeypatch):
    """Blocks of candidate pairs scored in worker processes: the same pairs as one process."""
    rng = random.Random(4)
    vocabulary = [f"w{i}" for i in range(60)]
    texts = [" ".join(rng.sample(vocabulary, rng.randint(3, 9))) for _ in range(400)]
    texts += [t + " extra" for t in texts[:50]]  # near-duplicates
    monkeypatch.setattr(duplicates, "BLOCK_PAIRS", 500)
    monkeypatch.setattr(duplicates, "PARALLEL_MIN_BLOCKS", 2)
    words = word_sets(texts)
    one = near_duplicate_pairs(words, 0.7, jobs=1)
    two = near_duplicate_pairs(words, 0.7, jobs=2)
    for x, y in zip(one, two, strict=True):
        assert np.array_equal(x, y)
    assert one[0].size >= 50  # the near-duplicates were found


# -- the same fact ------------------------------------------------------------------


KILLED = "Police said three people were killed and 40 injured in the blast on Sunday."


@pytest.mark.parametrize(
    "other",
    [
        KILLED.replace("three", "eleven"),  # another number word
        KILLED.replace("40", "41"),  # another number
        "Police said nobody was killed and 40 injured in the blast on Sunday.",  # a negation
        KILLED.replace("Police", "Doctors"),  # another content word (who said it)
        KILLED.replace("Sunday", "Monday"),
        KILLED.replace("killed", "not killed"),
        KILLED.replace("the blast", "the blast at the station"),  # a detail added
    ],
)
def test_different_facts(other):
    assert not same_fact(fold_words(KILLED), fold_words(other), EN)


@pytest.mark.parametrize(
    "other",
    [
        KILLED,
        KILLED.upper(),
        KILLED.replace(".", "!").replace("said", '"said"'),  # punctuation and quoting
        KILLED.replace("Police", "The police"),  # a function word
        KILLED.replace("killed", "kiled"),  # a typo
        KILLED.replace("injured", "injrued"),  # two letters swapped
        KILLED.replace("the blast", "the blasts"),  # an inflection
        KILLED.replace("were killed", "had been killed"),
        KILLED.replace("on Sunday", "Sunday"),
    ],
)
def test_same_fact(other):
    assert same_fact(fold_words(KILLED), fold_words(other), EN)


def same(a: str, b: str) -> bool:
    return same_fact(fold_words(a), fold_words(b), EN)


def test_typo_tolerance_needs_long_words_and_the_same_first_letter():
    assert same("Sanae Takaichi met Trump.", "Sanae Takachi met Trump.")
    assert not same("The cat sat.", "The car sat.")  # short words
    assert not same("Prices fell.", "Rices fell.")  # first letter


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Shares of the firm were up 5% in early trading.",
            "Shares of the firm were down 5% in early trading.",
        ),
        ("The bill passed after the vote.", "The bill passed before the vote."),
        ("He said the deal was good for the town.", "She said the deal was good for the town."),
        (
            "Officials from Iran met in Geneva for talks.",
            "Officials from Iraq met in Geneva for talks.",
        ),
        ("Obama spoke at the rally on Friday night.", "Osama spoke at the rally on Friday night."),
        ("The injured were taken to hospital.", "The insured were taken to hospital."),
        ("The drug was prescribed in France.", "The drug was proscribed in France."),
        ("The deal is worth $5 billion to the firm.", "The deal is worth €5 billion to the firm."),
        ("Temperatures fell to -5 degrees overnight.", "Temperatures fell to 5 degrees overnight."),
    ],
)
def test_a_changed_direction_person_name_sign_or_currency_is_another_fact(a, b):
    assert not same(a, b)


def test_titles_do_not_change_the_fact():
    assert same("Mr. Trump said the deal was done.", "Trump said the deal was done.")


def test_contractions_keep_their_negation():
    assert not same("He didn't sign the deal.", "He did sign the deal.")
    assert same("He didn't sign the deal.", "He did not sign the deal.")


def test_single_digits_are_numbers_too():
    assert not same(
        "Analysts at firm number 0 expected it.", "Analysts at firm number 1 expected it."
    )


# -- groups ---------------------------------------------------------------------------


def test_template_sentences_that_say_different_things_stay_apart():
    topics = ["authentication", "backups", "TLS", "replication", "logging"]
    texts = [f"In Fluxdb 2.4 we reworked {t} to use less memory." for t in topics]
    texts.append("In Fluxdb 2.4 we reworked backups to use less memory!")  # the same fact
    groups = groups_of(texts)
    assert groups.representative.tolist() == [0, 1, 2, 3, 4, 1]
    assert groups.exact.tolist() == [True] * 6


def test_near_matches_carry_their_similarity():
    base = "The minister announced the new budget in parliament on Tuesday morning."
    near = "The minister announced the new budget in parliament Tuesday morning."
    groups = groups_of([base, near, base.upper()])
    assert groups.representative.tolist() == [0, 0, 0]
    assert groups.exact.tolist() == [True, False, True]
    union = set(fold_words(base)) | set(fold_words(near))
    inter = set(fold_words(base)) & set(fold_words(near))
    assert groups.similarity[1] == pytest.approx(len(inter) / len(union))
    assert groups.similarity[0] == groups.similarity[2] == 1.0


def test_groups_are_stars_around_their_first_text():
    # 0~1 and 1~2 are near duplicates (function words added), 0 and 2 are too
    # far apart: 2 is not cited for 0's sentence.
    texts = [
        "The storm damaged homes in coastal towns, officials confirmed overnight.",
        "The storm damaged homes in each of the coastal towns, officials confirmed overnight.",
        "The storm had damaged homes in each of the coastal towns there, and officials then "
        "confirmed it overnight.",
    ]
    assert pairs_of(texts, 0.7) == {(0, 1), (1, 2)}
    assert groups_of(texts).representative.tolist() == [0, 0, 2]


def test_star_groups_take_the_earliest_representative():
    order = np.array([2, 0, 1, 3])  # node 1 comes first in the collection, then 2, 0, 3
    a, b = np.array([0, 0, 2]), np.array([1, 2, 3])
    representative, linked = star_groups(order, a, b, np.array([0.8, 0.9, 0.75]))
    assert representative.tolist() == [1, 1, 2, 2]
    assert linked.tolist() == [0.8, 1.0, 1.0, 0.75]


def test_empty_groups():
    groups = groups_of([])
    assert groups.representative.size == groups.exact.size == groups.similarity.size == 0
