"""TF-IDF sentence vectors over Porter stems."""

from __future__ import annotations

import re

import numpy as np
import pytest
import regex
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.stem.porter import PorterStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from support import EN
from support import vectors as embed

from summarizer.embedding import STOP_WORD_MARK, count_terms, without_stop_words
from summarizer.embedding import analyze as analyze_in


def analyze(text: str) -> list[str]:
    return analyze_in(text, EN)


def stem(word: str) -> str:
    return EN.stem_word(word)


TEXTS = [
    "The runners were running quickly; he runs daily.",
    "Running is fun, and the run was long.",
    "Generalizations generalize badly!",
    "Café owners in Zürich said ÉCOLE prices rose by 42%.",
    "the of and",
    "Dogs dog dogged doggedly in 2024 x",
]

# Words of two or more letters, marks or digits (written out here, not taken
# from the package).
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]{2,}")
_PORTER = PorterStemmer()


_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def reference_analyzer(doc: str) -> list[str]:
    terms = []
    for w in _TOKEN.findall(doc.lower()):
        if _HAN_KANA.search(w):
            terms += [a + b for a, b in zip(w, w[1:], strict=False)]
        elif w in ENGLISH_STOP_WORDS:  # a term of its own, unstemmed; IDF weighs it
            terms.append("\x1f" + w)
        else:
            terms.append(_PORTER.stem(w))
    return terms


def reference(texts):
    vec = TfidfVectorizer(analyzer=reference_analyzer, sublinear_tf=True)
    return vec.fit_transform(texts), list(vec.get_feature_names_out())


def assert_matches_reference(texts) -> None:
    """Same vectors as TfidfVectorizer up to the order of columns: compared
    through sorted column values and the Gram matrix (cosine similarities)."""
    X = embed(texts)
    try:
        R, ref_stems = reference(texts)
    except ValueError:  # empty vocabulary
        assert X.shape == (len(texts), 0)
        return
    assert X.shape == (len(texts), len(ref_stems))  # one column per stem: no collision
    ours = sorted(map(tuple, np.round(X.toarray().T, 5).tolist()))
    theirs = sorted(map(tuple, np.round(R.toarray().T, 5).tolist()))
    np.testing.assert_allclose(ours, theirs, atol=1e-5)
    np.testing.assert_allclose((X @ X.T).toarray(), (R @ R.T).toarray(), atol=1e-5)


def test_output_type_and_normalisation():
    X = embed(TEXTS)
    assert sp.isspmatrix_csr(X) or isinstance(X, sp.csr_array)
    assert X.dtype == np.float32
    assert X.shape == (len(TEXTS), len({t for text in TEXTS for t in analyze(text)}))
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    nonzero = np.diff(X.indptr) > 0
    np.testing.assert_allclose(norms[nonzero], 1.0, atol=1e-6)
    assert np.all(norms[~nonzero] == 0)
    assert nonzero[4]  # "the of and": stop words are terms too (IDF weighs them)
    assert (X.toarray() >= 0).all()


def test_stop_words_are_terms_weighed_down_by_idf():
    mark = STOP_WORD_MARK
    assert analyze("The runners were running") == [mark + "the", "runner", mark + "were", "run"]
    # A stop word is a term of its own, apart from a content word of its stem
    # ("describe" is an English stop word).
    assert analyze("describe describing") == [mark + "describe", "describ"]
    X = embed(["the cat sat", "the dog ran", "the bird flew"])
    assert X.shape[1] == 7
    # "the" is in every sentence: it weighs less in each than its own words.
    row = X.toarray()[0]
    assert np.count_nonzero(row) == 3
    assert 0 < row.min(where=row > 0, initial=1.0) < row.max()


def test_without_stop_words_empties_the_stop_words_of_every_language() -> None:
    from summarizer.embedding import N_FEATURES, hash_counts
    from summarizer.language import profile

    counts = hash_counts([[STOP_WORD_MARK + "the", STOP_WORD_MARK + "und", "flood"]], N_FEATURES)
    assert without_stop_words(counts, [EN, profile("de")]).nnz == 1
    assert without_stop_words(counts, [EN]).nnz == 2


def test_without_stop_words_keeps_the_content_words() -> None:
    counts = count_terms(["The describing of the runners"], EN)
    content = without_stop_words(counts, [EN])
    assert counts.nnz == 4 and content.nnz == 2  # "describ", "runner"
    assert set(content.indices) == set(count_terms(["describing runners"], EN).indices)


def test_inflections_share_a_stem_column():
    X = embed(["running", "runs", "walked"])
    assert stem("running") == stem("runs") == "run"
    assert X.shape[1] == 2  # "run" and "walk"
    dense = X.toarray()
    np.testing.assert_allclose(dense[0], dense[1])
    assert dense[0] @ dense[2] == 0


def test_matches_tfidf_vectorizer_reference():
    assert_matches_reference(TEXTS)


def test_matches_reference_with_repeated_words():
    assert_matches_reference(
        [
            "rain rain rain rain falls on the plain",
            "Rain, RAIN and more rain.",
            "sunny days in spain",
            "plain plains plainly",
        ]
    )


_VOCAB = [
    "the",
    "a",
    "of",
    "running",
    "runs",
    "run",
    "connection",
    "connected",
    "Connects",
    "minister",
    "ministers",
    "Tokyo",
    "trade",
    "trading",
    "traded",
    "x",
    "42",
    "über",
    "東京都",
    "首相は",
    "is",
    "was",
]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_VOCAB), max_size=12).map(" ".join),
        min_size=1,
        max_size=8,
    )
)
def test_matches_reference_on_random_texts(texts):
    assert_matches_reference(texts)


@pytest.mark.parametrize("texts", [["", "   "], ["a b c"], ["!!", "- ."]])
def test_no_words_gives_empty_matrix(texts):
    X = embed(texts)
    assert X.shape == (len(texts), 0)
    assert X.dtype == np.float32


def test_empty_input():
    X = embed([])
    assert X.shape == (0, 0)


def test_words_keep_their_combining_marks():
    assert analyze("हिंदी भाषा") == ["हिंदी", "भाषा"]
    assert analyze("snake_case words") == ["snake", "case", "word"]


def test_unspaced_scripts_share_character_pairs():
    assert analyze("日本の首相は東京にいる。") == [
        "日本",
        "本の",
        "の首",
        "首相",
        "相は",
        "は東",
        "東京",
        "京に",
        "にい",
        "いる",
    ]
    X = embed(["日本の首相は東京にいる。", "首相は東京で会見した。", "Le chat dort."])
    similarity = (X @ X.T).toarray()
    assert similarity[0, 1] > 0.2
    assert similarity[0, 2] == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 63), max_size=200), st.sampled_from([64, 10_000]))
def test_used_columns_by_sorting_or_by_counting_agree(indices, n_columns):
    from summarizer.embedding import used_columns

    indices = np.array(indices, dtype=np.int32)
    used, column, count = used_columns(indices, n_columns)
    expected_used, expected_column, expected_count = np.unique(
        indices, return_inverse=True, return_counts=True
    )
    assert used.tolist() == expected_used.tolist()
    assert column.tolist() == expected_column.ravel().tolist()
    assert count.tolist() == expected_count.tolist()
