"""Checks shared by the test modules."""

from __future__ import annotations

import pytest

from summarizer.duplicates import fold_words, same_fact


def check_source_matches(sentence: str, span: str, match: str, similarity: float) -> None:
    """A source's span really says the sentence: the same folded words
    (``exact``), or a near match of the same fact with the stated Jaccard
    similarity of word sets (``near``)."""
    a, b = fold_words(sentence), fold_words(span)
    if match == "exact":
        assert a == b, (sentence, span)
        assert similarity == 1.0
        return
    assert match == "near", match
    assert a != b, (sentence, span)
    assert same_fact(a, b), (sentence, span)
    union = set(a) | set(b)
    assert similarity == pytest.approx(len(set(a) & set(b)) / max(len(union), 1), abs=1e-4)
