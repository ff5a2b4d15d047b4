"""Everything that depends on the language of a text, in one place.

Two kinds of definitions live here:

* **Universal ones**, which hold in every script: what a word is
  (:data:`WORD`), which scripts do not space their words (:data:`UNSPACED`),
  what ends a sentence (:data:`SENTENCE_ENDS`) and which marks may follow
  the end, how words are counted for a budget (:func:`count_words`) and how
  a sentence is folded for matching (:func:`fold`).
* **A language profile** (:class:`LanguageProfile`): the sentence ends,
  word lists, stemmer and page vocabulary of one language. Every stage that
  needs to know the language takes a profile; none assumes one. Profiles
  are built by :func:`profile` (see :mod:`.profiles` for where each part
  comes from) and chosen per document by :mod:`.detect`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

import regex

#: A word: a run of letters, combining marks and digits, in any script
#: ("Trump's" is "Trump" and "s"; "U.S." is "U" and "S"; a Devanagari word
#: keeps its vowel signs).
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")

#: Scripts written without spaces between words (Han, kana): each character
#: counts as a word.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")

#: What ends a sentence in every language (a profile may add its own, such as
#: the Greek question mark ";"): Latin, Han and kana, Arabic and Urdu,
#: Devanagari, Armenian, Ethiopic, Myanmar, Khmer and Tibetan full stops and
#: question marks.
SENTENCE_ENDS = ".!?…‼⁇⁈⁉。！？｡؟۔।॥։።፧፨။។༎"
#: The ends that may also stand inside a sentence: a period after an
#: abbreviation or in a number, "?!" in a quotation, an ellipsis marking an
#: omission. Punkt decides for ". ! ?"; an ellipsis is left where Punkt
#: leaves it. The splitter cuts after every other end wherever it is.
AMBIGUOUS_ENDS = ".!?…"
#: Marks that may follow the end of a sentence and belong to it: closing
#: quotes and brackets, a footnote star.
CLOSING_MARKS = "\"'’”»)]}」』）*"
#: Quotation marks that open a quotation in most languages (the ASCII double
#: quote both opens and closes). A language may say otherwise: in German “
#: closes and » opens.
OPENING_QUOTES = '"“„‚«‹「『'
#: A line that ends like this is closed; a line break after an open line
#: followed by a lower-case line is a soft wrap (see :mod:`summarizer.sentences`).
LINE_ENDS = SENTENCE_ENDS + ":;"


def words(text: str) -> list[str]:
    """The words of ``text`` (see :data:`WORD`)."""
    return (_ASCII_WORD if text.isascii() else WORD).findall(text)


# ASCII text (most of it, in most collections) is matched with ``re``, a third
# of the cost of ``regex``; the ASCII patterns match exactly what the Unicode
# ones do on ASCII text (a test checks).
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


def space_unspaced(text: str) -> str:
    """``text`` with each Han or kana character replaced by a one-letter word,
    so that every such character counts as a word (unchanged otherwise)."""
    return UNSPACED.sub(" x ", text) if UNSPACED.search(text) else text


def count_words(text: str) -> int:
    """Words for a budget: white-space separated tokens that hold a word (a
    dash or a bullet on its own is not one), each Han or kana character
    counting as one."""
    spaced = space_unspaced(text)
    return len(spaced.split()) - len(_NO_WORD_TOKEN.findall(spaced))


# A token of punctuation and symbols only (a per-token WORD search would cost
# five times more; the two agree but for a token of combining marks alone).
_NO_WORD_TOKEN = re.compile(r"(?<!\S)(?:[^\w\s]|_)+(?!\S)")


#: What folding keeps: words, a minus sign that starts a number ("-5" is not
#: "5"), and currency signs ("$5" is not "€5").
_FOLDED = regex.compile(
    r"[\p{L}\p{M}\p{N}]+|\p{Sc}|(?<![\p{L}\p{M}\p{N}])[-−]\p{N}[\p{L}\p{M}\p{N}]*"
)


_ASCII_FOLDED = re.compile(r"[a-z0-9]+|\$|(?<![a-z0-9])-[0-9][a-z0-9]*")


def fold(text: str) -> str:
    """The case-, width- and punctuation-folded form of a sentence: its words
    (with a number's minus sign, and currency signs as words of their own),
    case-folded after NFKC normalisation, joined by single spaces."""
    if text.isascii():  # NFKC leaves ASCII alone; casefold is lower
        return " ".join(_ASCII_FOLDED.findall(text.lower()))
    return " ".join(_FOLDED.findall(unicodedata.normalize("NFKC", text).casefold()))


def unspaced_apart(words: Iterable[str]) -> list[str]:
    """``words`` with each Han or kana character standing alone, the way
    :func:`count_words` counts them ("已经不批准" is five words, one of them
    "不"; "ab北京" is "ab", "北", "京")."""
    out: list[str] = []
    for word in words:
        if UNSPACED.search(word):
            out.extend(p for p in _UNSPACED_CHAR.split(word) if p)
        else:
            out.append(word)
    return out


_UNSPACED_CHAR = re.compile("(" + UNSPACED.pattern + ")")


def join_sentences(texts: Iterable[str]) -> str:
    """Sentences as one paragraph: separated by a space, except where a
    sentence of an unspaced script (Chinese, Japanese) follows another."""
    out: list[str] = []
    for text in texts:
        if out and not (_UNSPACED_END.search(out[-1]) and UNSPACED.match(text)):
            out.append(" ")
        out.append(text)
    return "".join(out)


# A sentence that ends in a Han or kana character or in a full-width end
# (with closing marks after it).
_UNSPACED_END = re.compile(
    UNSPACED.pattern[:-1] + "。！？｡」』）]" + "[" + re.escape(CLOSING_MARKS) + "]*$"
)


@dataclass(frozen=True, eq=False)
class LanguageProfile:
    """The language-specific knowledge of the pipeline, for one language.

    Parameters
    ----------
    code, name : str
        ISO 639-1 code (or ``"und"``, undetermined, for the universal
        fallback) and English name.
    abbreviations : frozenset of str
        Words that a period after them does not end a sentence with, lower
        case, without the final period (``"u.s"`` for "U.S."): Punkt's
        parameters, built in code.
    stop_words : frozenset of str
        Words too common to carry a topic: left out of the TF-IDF terms, and
        the function words of the sentence classifier.
    negations : frozenset of str
        Words that turn a statement into its opposite, folded.
    number_words : frozenset of str
        Numbers written as words, folded.
    particles : frozenset of str
        Function words the stop words lack (auxiliary verbs, titles such as
        "Mr") and what contractions leave after folding ("didn't" -> "didn",
        "t").
    polar_words : frozenset of str
        Stop words that decide what a sentence states: directions and
        comparisons ("up" / "down", "before" / "after"), persons ("he" /
        "she"), quantities ("all", "some", "only"). Not function words.
    title_small_words : frozenset of str
        Words a title leaves in lower case.
    stem : callable or None
        The stemmer (a folded word to its stem), or None where the language
        has none: words then stand for themselves.
    page : PageVocabulary
        How web pages talk about themselves in this language.
    sentence_ends : str
        What ends a sentence: :data:`SENTENCE_ENDS` and the language's own.
    closing_marks : str
        Marks that may follow a sentence end and belong to the sentence:
        :data:`CLOSING_MARKS` and the language's own closing quotes (German
        „...“ closes with “, which opens a quotation in English).
    opening_marks : str
        Quotation marks that open a quotation in the language
        (:data:`OPENING_QUOTES` unless the language differs). A closing mark
        that is not also one of these ends a quotation for certain.
    ordinal_words : frozenset of str
        Folded words that follow an ordinal written "N." ("am 3. Mai",
        "900. Jubiläum"): a period after a number followed by one of them
        does not end the sentence.
    function_word_list : frozenset of str or None
        The curated function words (articles, prepositions, auxiliaries
        ...), when the stop-word list is too broad to stand for them (empty
        when the language's words that decide a fact are not known: then
        near duplicates must match word for word, see
        :mod:`summarizer.duplicates`); None to take the stop words and
        particles.
    stop_key : callable or None
        How a folded word is looked up in ``stop_words`` when the list is
        written without accents (Greek); None to look it up as it is.
    """

    code: str
    name: str
    abbreviations: frozenset[str]
    stop_words: frozenset[str]
    negations: frozenset[str]
    number_words: frozenset[str]
    particles: frozenset[str]
    polar_words: frozenset[str]
    title_small_words: frozenset[str]
    stem: Callable[[str], str] | None
    page: PageVocabulary
    sentence_ends: str = SENTENCE_ENDS
    closing_marks: str = CLOSING_MARKS
    opening_marks: str = OPENING_QUOTES
    ordinal_words: frozenset[str] = frozenset()
    function_word_list: frozenset[str] | None = None
    stop_key: Callable[[str], str] | None = None

    @cached_property
    def function_words(self) -> frozenset[str]:
        """Words that carry no fact of their own: the stop words and particles,
        without the negations, number words and polar words (which do); the
        curated list instead of the stop words when there is one."""
        facts = self.negations | self.number_words | self.polar_words
        if self.function_word_list is not None:
            return self.function_word_list - facts
        return (self.stop_words | self.particles) - facts

    def stem_word(self, word: str) -> str:
        """The stem of a folded word (the word itself without a stemmer)."""
        return self.stem(word) if self.stem else word

    def is_stop_word(self, word: str) -> bool:
        """Whether a folded word is one of the language's stop words."""
        return (self.stop_key(word) if self.stop_key else word) in self.stop_words

    def __repr__(self) -> str:
        return f"LanguageProfile({self.code!r})"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Sent to worker processes by name: the profile is rebuilt there, not pickled.
        return (profile, (self.code,))


@dataclass(frozen=True)
class PageVocabulary:
    """How web pages speak about themselves in one language (all patterns
    match lower- or mixed-case text; see :mod:`summarizer.classify`).

    ``site_terms`` mark page furniture (subscribe, privacy policy ...);
    ``web_terms`` are web words that news also uses (e-mail, Twitter), a
    signal only together with ``reader`` (words addressing the reader) or an
    opening word in ``commands``; ``trigger`` is a fast prefilter that every
    match of the two term patterns also matches.
    """

    site_terms: re.Pattern[str]
    web_terms: re.Pattern[str]
    trigger: re.Pattern[str]
    reader: re.Pattern[str]
    commands: frozenset[str]


def profile(code: str) -> LanguageProfile:
    """The profile of a language, by its ISO 639-1 code (see
    :func:`summarizer.language.profiles.build_profile`; built once per
    process)."""
    from .profiles import build_profile

    return build_profile(code)


def english() -> LanguageProfile:
    """The English profile."""
    return profile("en")


#: The code of the universal profile: a language without a profile of its own.
UNDETERMINED = "und"
