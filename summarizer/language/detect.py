"""Which language each document is written in.

Identification uses CLD2 (``pycld2``: Chromium's compact language detector,
a C extension with its tables built in: 160+ languages, about 10 µs for a
paragraph, no model to load or download, the same answer on every
machine). Each document is identified from a sample of its text
(``SAMPLE_CHARS``); a document too short to tell (a one-line review) takes
the collection's main language.

Policy (see also the README's "Languages" section):

* ``language="auto"`` (the default): each document is read in its own
  language (identified from the middle ``SAMPLE_CHARS`` of its text: one
  language per document); the **main language** is the one with the most
  text.
* ``language="<code>"``: every document is read in that language.
* When nothing in the collection can be identified (a few words in all),
  it is read as English, and a note says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from .profiles import ALIASES

#: Characters of a document that identification reads, from its middle (the
#: start and end of a page are where cookie notices, menus and bylines sit;
#: CLD2 is as sure of a language after a few sentences as after a page).
SAMPLE_CHARS = 1_000
#: The language read when nothing in a collection can be identified.
FALLBACK = "en"

# CLD2's codes that are not ISO 639-1 (its older Hebrew, Javanese and
# Indonesian codes; its Chinese variants).
_CLD2_CODES = {"iw": "he", "jw": "jv", "in": "id", "zh-Hant": "zh", "zh-Hans": "zh"}
_KANA = re.compile(r"[\u3040-\u30ff]")
# What CLD2 refuses (it raises on control and unpaired surrogate characters).
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class Languages(NamedTuple):
    """The languages of a collection: one code per document, the main
    language, and whether anything was identified."""

    codes: tuple[str, ...]
    main: str
    identified: bool


def identify(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None
    when CLD2 cannot tell reliably."""
    import pycld2

    middle = max(0, (len(text) - SAMPLE_CHARS) // 2)
    sample = _UNREADABLE.sub(" ", text[middle : middle + SAMPLE_CHARS])
    try:
        # Plain text: CLD2 would otherwise skip what looks like HTML tags.
        reliable, _, found = pycld2.detect(sample, isPlainText=True, bestEffort=False)
    except pycld2.error:  # invalid UTF-8 after all: nothing to identify
        return None
    code = found[0][1]
    if not reliable or code in ("un", "xxx"):
        return None
    code = _CLD2_CODES.get(code, code)
    code = ALIASES.get(code, code)
    if code == "ja" and not _KANA.search(sample):
        # Han characters alone are Chinese: Japanese prose always has kana.
        return "zh"
    if code == "zh" and _KANA.search(sample):
        return "ja"
    return code


def choose_languages(texts: Sequence[str], language: str) -> Languages:
    """The language each text is read in (see the module docstring).

    Parameters
    ----------
    texts : sequence of str
        The documents' texts.
    language : str
        ``"auto"`` or an ISO 639-1 code.
    """
    if language != "auto":
        code = ALIASES.get(language, language)
        return Languages(tuple(code for _ in texts), code, True)
    found = [identify(t) for t in texts]
    weight: Counter[str] = Counter()
    for code, text in zip(found, texts, strict=True):
        if code:
            weight[code] += len(text)
    if not weight:
        # Too little text in any one document: try them together.
        together = identify("\n".join(t[: SAMPLE_CHARS // 4] for t in texts))
        if together:
            weight[together] = 1
    identified = bool(weight)
    # The most text first; a tie goes to the code first in alphabetical order.
    main = min(weight, key=lambda c: (-weight[c], c)) if weight else FALLBACK
    return Languages(tuple(code or main for code in found), main, identified)


@cache
def language_names() -> dict[str, str]:
    """English names of the codes CLD2 knows ("de": "German")."""
    import pycld2

    names = {
        _CLD2_CODES.get(code, code): name.capitalize().replace("_", " ")
        for name, code in pycld2.LANGUAGES
        if _ISO_639_1.fullmatch(_CLD2_CODES.get(code, code))  # not CLD2's "xxx", "tlh" ...
    }
    names.update(zh="Chinese", he="Hebrew", no="Norwegian", und="undetermined")
    for alias in ALIASES:  # named by the code they stand for
        names.pop(alias, None)
    return names


def language_name(code: str) -> str:
    """The English name of a language code ("German"; the code itself when
    CLD2 does not know it)."""
    return language_names().get(code, code)


def known_code(code: str) -> bool:
    """Whether ``code`` names a language (for validating a forced language):
    an ISO 639-1 code CLD2 knows, one of its aliases (``nb``), or ``und``
    for the universal rules."""
    return code in language_names() or code in ALIASES


_ISO_639_1 = re.compile(r"[a-z]{2}")
