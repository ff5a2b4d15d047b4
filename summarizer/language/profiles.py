"""Where each part of a language profile comes from.

* English has its own module (:mod:`.en`): Porter stemmer, scikit-learn's
  stop words, curated abbreviations and page vocabulary.
* Every other language is assembled from three sources, each optional:

  - **stop words** from ``stopwordsiso`` (58 languages, the ISO collection;
    a 200 kB JSON file);
  - **a stemmer** from ``snowballstemmer`` (the Snowball algorithms in pure
    Python: 30 languages, Greek, Hindi, Czech and Arabic among them; each
    distinct word stemmed once per process);
  - **curated tables** (:mod:`.tables`): abbreviations for Punkt, negations,
    number words, polar words, function words, title words, the words an
    ordinal written "3." precedes, extra sentence ends and closing quotes.

  A language with at least stop words or a stemmer has a profile; one
  without its curated table still gets one, but with no function words its
  near duplicates must match word for word.
* A language with none of these (or an unknown code) reads with the
  universal profile (:data:`UNDETERMINED`): the universal sentence ends, no
  stop words, no stemming.

Profiles are built once per process (:func:`build_profile` is cached) and
pickled as their code (:meth:`LanguageProfile.__reduce__`).
"""

from __future__ import annotations

import importlib
import re
import threading
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from . import (
    CLOSING_MARKS,
    OPENING_QUOTES,
    SENTENCE_ENDS,
    UNDETERMINED,
    LanguageProfile,
    PageVocabulary,
)

#: ISO 639-1 codes of the Snowball stemmers (``snowballstemmer`` module names).
SNOWBALL = {
    "ar": "arabic",
    "hy": "armenian",
    "eu": "basque",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "nl": "dutch",
    "eo": "esperanto",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "ga": "irish",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "no": "norwegian",
    "fa": "persian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "st": "sesotho",
    "es": "spanish",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}

#: Codes that name the same language as another (Norwegian Bokmål and Nynorsk).
ALIASES = {"nb": "no", "nn": "no"}

#: Stop-word lists written without accents, looked up without them.
UNACCENTED_STOP_WORDS = frozenset({"el"})

#: Web vocabulary that holds in every language: addresses and the copyright sign.
UNIVERSAL_PAGE = PageVocabulary(
    site_terms=re.compile(r"©"),
    web_terms=re.compile(
        r"(?i)https?://|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|info|news)\b"
    ),
    trigger=re.compile(r"(?i)https?://|www\.|\.(?:com|org|net|io|info|news)\b|©"),
    reader=re.compile(r"(?!)"),  # matches nothing: how a page addresses its reader is per language
    commands=frozenset(),
)


def build_profile(code: str) -> LanguageProfile:
    """The profile of ``code`` (an ISO 639-1 code; see the module docstring).

    Unknown codes get the universal profile; use :func:`has_profile` to ask
    whether a language has one of its own.
    """
    return _build(ALIASES.get(code, code))


def has_profile(code: str) -> bool:
    """Whether ``code`` has a profile of its own (not the universal one)."""
    return build_profile(code).code != UNDETERMINED


def _stop_words_of(code: str) -> frozenset[str]:
    import stopwordsiso

    if not stopwordsiso.has_lang(code):
        return frozenset()
    listed = {unicodedata.normalize("NFKC", w).casefold() for w in stopwordsiso.stopwords(code)}
    if code in UNACCENTED_STOP_WORDS:
        listed = {strip_accents(w) for w in listed}
    return frozenset(listed)


@cache
def _build(code: str) -> LanguageProfile:
    if code == "en":
        from .en import ENGLISH

        return ENGLISH
    from .tables import TABLES

    table = TABLES.get(code)
    stop_words = _stop_words_of(code) if code != UNDETERMINED else frozenset()
    stem = _snowball(code) if code in SNOWBALL else None
    if not stop_words and stem is None and table is None:
        code = UNDETERMINED
    return LanguageProfile(
        code=code,
        name=table.name if table else _language_name(code),
        abbreviations=table.abbreviations if table else frozenset(),
        stop_words=stop_words,
        negations=table.negations if table else frozenset(),
        number_words=table.number_words if table else frozenset(),
        particles=frozenset(),
        polar_words=table.polar_words if table else frozenset(),
        title_small_words=table.title_small_words if table else frozenset(),
        stem=stem,
        page=UNIVERSAL_PAGE,
        sentence_ends=SENTENCE_ENDS + (table.sentence_ends if table else ""),
        closing_marks=CLOSING_MARKS + (table.closing_marks if table else ""),
        opening_marks=(table.opening_marks if table else "") or OPENING_QUOTES,
        # "am 3. Mai", "20. století": the words an ordinal "N." comes before.
        ordinal_words=table.ordinal_words if table and table.ordinal_period else frozenset(),
        # Stop-word lists hold adjectives and nouns too ("gut", "Jahr"): the
        # same-fact rule takes the curated closed-class words instead, and
        # none at all where nothing is curated.
        function_word_list=table.function_words if table else frozenset(),
        stop_key=strip_accents if code in UNACCENTED_STOP_WORDS else None,
    )


def _snowball(code: str) -> Callable[[str], str]:
    name = SNOWBALL[code]
    # The pure-Python stemmer always (not PyStemmer when installed), so that
    # every machine stems alike.
    module = importlib.import_module(f"snowballstemmer.{name}_stemmer")
    cls = getattr(module, "".join(p.capitalize() for p in name.split("_")) + "Stemmer")
    stemmer = cls()
    # The stemmer keeps the word being stemmed in the object: a lock makes
    # the one stemmer of the process safe from several threads.
    lock = threading.Lock()

    @lru_cache(maxsize=200_000)
    def stem(word: str) -> str:
        with lock:
            return stemmer.stemWord(word)

    return stem


@lru_cache(maxsize=200_000)
def strip_accents(word: str) -> str:
    """``word`` without combining marks (Greek "άλλα" -> "αλλα")."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _language_name(code: str) -> str:
    from .detect import language_name  # detect imports this module

    return language_name(code)
