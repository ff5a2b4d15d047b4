"""Helpers shared by the test modules."""

from __future__ import annotations

import pytest
import scipy.sparse as sp

from summarizer import Document, SummarizerSettings
from summarizer.candidates import CandidatePool, gather_candidates
from summarizer.duplicates import fold_words, same_fact
from summarizer.embedding import count_terms, tfidf
from summarizer.language import english
from summarizer.prepare import PreparedDocuments, prepare_documents
from summarizer.sentences import Sentence, default_tokenizer, split_document

EN = english()
DEFAULTS = SummarizerSettings()


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
    assert same_fact(a, b, EN), (sentence, span)
    union = set(a) | set(b)
    assert similarity == pytest.approx(len(set(a) & set(b)) / max(len(union), 1), abs=1e-4)


def split(*texts: str) -> list[list[Sentence]]:
    """The sentences of each text, as documents d1, d2, ..."""
    tokenizer = default_tokenizer(EN)
    return [
        split_document(Document(f"d{i}", t), EN, tokenizer) for i, t in enumerate(texts, start=1)
    ]


def prepare(*texts: str, label: bool = True) -> tuple[PreparedDocuments, dict[str, Document]]:
    """The texts (documents d1, d2, ...) split, labelled and featurised."""
    docs = [Document(f"d{i}", t) for i, t in enumerate(texts, start=1)]
    prepared = prepare_documents(
        docs, profiles=[EN] * len(docs), tokenizers={}, label=label, jobs=1
    )
    return prepared, {d.id: d for d in docs}


def gather(*texts: str, label: bool = True, **settings: object) -> CandidatePool:
    """The candidates of the texts, with the default settings unless given."""
    prepared, _ = prepare(*texts, label=label)
    options = {
        "collapse_duplicates": DEFAULTS.collapse_duplicates,
        "duplicate_threshold": DEFAULTS.duplicate_threshold,
        "drop_furniture": DEFAULTS.filter_boilerplate,
        **settings,
    }
    return gather_candidates(prepared.labelled, prepared.features, profile=EN, jobs=1, **options)


def vectors(texts: list[str]) -> sp.csr_matrix:
    """TF-IDF vectors of texts, IDF from the same texts."""
    return tfidf(count_terms(texts, EN))
