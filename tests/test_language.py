"""The universal definitions of :mod:`summarizer.language`: words, folding and
word counts, in every script, and their ASCII fast paths."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.language import _FOLDED, WORD, count_words, fold, space_unspaced, words

# Text of ASCII, Latin with accents, Devanagari, Han, kana, Arabic digits,
# currency, dashes and white space: the scripts the package splits.
_PIECES = st.sampled_from(
    list("aZ09 \t\n.,;:!?-−'\"_$€£()/&")
    + ["é", "ß", "İ", "हिंदी", "में", "東京", "かな", "٣", "½", "ﬁ", "Ｆｕｌｌ", "—", "…"]
)
TEXT = st.lists(_PIECES, max_size=30).map("".join)
ASCII = st.text(st.characters(min_codepoint=0, max_codepoint=127), max_size=60)


def _fold_by_definition(text: str) -> str:
    return " ".join(_FOLDED.findall(unicodedata.normalize("NFKC", text).casefold()))


@settings(max_examples=400, deadline=None)
@given(ASCII)
def test_ascii_fast_paths_match_the_definitions(text):
    assert fold(text) == _fold_by_definition(text)
    assert words(text) == WORD.findall(text)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_fold_and_words_follow_the_definitions_in_every_script(text):
    assert fold(text) == _fold_by_definition(text)
    assert words(text) == WORD.findall(text)


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, ASCII))
def test_count_words_counts_the_tokens_that_hold_a_word(text):
    tokens = space_unspaced(text).split()
    assert count_words(text) == sum(1 for t in tokens if WORD.search(t))


def test_examples():
    assert fold("-5 degrees, not 5; $5 not €5") == "-5 degrees not 5 $ 5 not € 5"
    assert fold("well-known") == "well known"
    assert words("Trump's U.S. visit") == ["Trump", "s", "U", "S", "visit"]
    assert count_words("A — dash • and 東京 here") == 6
