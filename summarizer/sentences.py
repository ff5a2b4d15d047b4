"""Sentence splitting with nltk's Punkt, without downloaded model data.

Punkt's parameters are built in code from a language profile's
abbreviations (:class:`summarizer.language.LanguageProfile`), optionally
extended by training Punkt on the input itself. Punkt decides at ". ! ?";
the splitter also cuts after every other sentence end of the language
(``LanguageProfile.sentence_ends``: the Devanagari danda, the Greek
question mark ...; Punkt does not know them), with the closing marks that
follow it. Line and paragraph breaks are hard
boundaries, except where a line was wrapped:

- a single line break inside a running sentence (the line does not end like
  a closed line and the next line starts in lower case) is a soft wrap;
- in a hard-wrapped document (PDF extracts, e-mail, 72-80 column text, see
  :func:`summarizer.readers.pages.wrap_width`), a line break after a full
  line (the next line's first word would not have fitted on it) is a wrap,
  whatever the next line starts with. Only a line that ends short of the
  width ends a block there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import regex
from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktTrainer,
)

from .documents import Document
from .language import AMBIGUOUS_ENDS, CLOSING_MARKS, LINE_ENDS, LanguageProfile
from .readers.pages import LIST_BULLET, is_full_line, wrap_width


class Sentence(NamedTuple):
    """A sentence of a document: ``document.text[start:end] == text``.

    ``paragraph`` numbers the block (paragraph or line, see :func:`blocks`)
    the sentence belongs to, counting from 0 in its document. A named tuple,
    not a dataclass: a collection has millions of them, and tuples are
    several times cheaper to make and to pass between processes.
    """

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


class Match(NamedTuple):
    """How a source matches its candidate's sentence: the same words after
    folding (``exact``), or a near match of the same fact with the given
    Jaccard similarity of word sets (see :mod:`summarizer.duplicates`)."""

    exact: bool
    similarity: float


EXACT = Match(True, 1.0)


class Candidate(NamedTuple):
    """A distinct sentence of the collection.

    ``sentence`` is the first occurrence in collection order; ``sources``
    lists every occurrence of it or of a near match, the first occurrence
    first, and ``matches`` says how each source matches ``sentence``. (Named
    tuples, like :class:`Sentence`: there is one per sentence.)
    """

    sentence: Sentence
    sources: tuple[Sentence, ...]
    matches: tuple[Match, ...] = (EXACT,)

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """Distinct documents that carry this sentence, in order."""
        return tuple(dict.fromkeys(s.doc_id for s in self.sources))


class _EndPatterns(NamedTuple):
    other_end: re.Pattern[str]
    only_ends: re.Pattern[str]
    continues: re.Pattern[str]
    continuation_starts: frozenset[str]  # the first characters ``continues`` can match


@lru_cache(maxsize=64)
def _end_patterns(profile: LanguageProfile) -> _EndPatterns:
    """For one language: its sentence ends that Punkt does not know (it only
    splits at . ! ? followed by space), with any closing marks after them; a
    piece that is nothing but ends and closing marks; and a piece that
    continues the sentence before it (a closing quote and a comma or dash:
    „Wer zahlt?“, fragte er; «¡Ganamos!» — dijo). Both of the last belong
    to the sentence before them."""
    ends, closing = profile.sentence_ends, profile.closing_marks
    unambiguous = "".join(c for c in ends if c not in AMBIGUOUS_ENDS)
    return _EndPatterns(
        other_end=re.compile("[" + re.escape(unambiguous) + "]+[" + re.escape(closing) + "]*"),
        only_ends=re.compile("[" + re.escape(ends + closing) + "]+$"),
        continues=re.compile("[" + re.escape(closing) + r"]*\s*(?:[,;:]|[-–—](?=\s))"),
        continuation_starts=frozenset(closing + ",;:-–— \t\n"),
    )


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# A line "closes" when it ends in sentence punctuation (or a colon or
# semicolon), possibly followed by closing marks.
_CLOSED = re.compile("[" + re.escape(LINE_ENDS) + "][" + re.escape(CLOSING_MARKS) + "]*\\s*$")
_STARTS_LOWER = regex.compile(r"\s*\p{Ll}")


def build_tokenizer(
    profile: LanguageProfile, train_text: str | None = None
) -> PunktSentenceTokenizer:
    """A Punkt tokenizer with the abbreviations of ``profile``.

    Parameters
    ----------
    profile : LanguageProfile
    train_text : str, optional
        When given, Punkt is first trained on this text (unsupervised) and the
        profile's abbreviations are added to what it learned.
    """
    lang_vars = _LanguageVars(profile.closing_marks)
    if train_text:
        trainer = PunktTrainer(lang_vars=lang_vars)
        trainer.train(train_text, finalize=True)
        params = trainer.get_params()
    else:
        params = PunktParameters()
    params.abbrev_types.update(profile.abbreviations)
    return PunktSentenceTokenizer(params, lang_vars=lang_vars)


class _LanguageVars(PunktLanguageVars):
    """Punkt's language variables with the language's closing marks: only
    those move back onto the sentence before a break. (Punkt's own list also
    moves opening quotes, so French "... la nuit. « Nous ..." would give the
    « to the sentence before.) Pickles with its marks, for worker processes."""

    def __init__(self, closing_marks: str) -> None:
        self.__setstate__(closing_marks)

    def __getstate__(self) -> str:  # type: ignore[override]
        return self.closing_marks

    def __setstate__(self, closing_marks: str) -> None:  # type: ignore[override]
        self.closing_marks = closing_marks
        self.re_boundary_realignment = re.compile(
            "[" + re.escape(closing_marks) + r"]+?(?:\s+|(?=--)|$)", re.MULTILINE
        )


@lru_cache(maxsize=8)
def default_tokenizer(profile: LanguageProfile) -> PunktSentenceTokenizer:
    """The untrained tokenizer of a language, built once per process."""
    return build_tokenizer(profile)


def blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the blocks of ``text`` that sentences may not cross.

    Blank lines and line breaks end a block, except wraps (see module
    docstring). Leading and trailing white space is excluded from each span.
    """
    width = wrap_width(text)
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    last_line = ""
    for m in _LINE.finditer(text):
        line_start, line_end = m.start(), m.end()
        if line_start == line_end:
            break
        line = text[line_start:line_end]
        body = line.strip()
        if not body:
            if current:
                spans.append(current)
            current = None
            continue
        lead = len(line) - len(line.lstrip())
        start = line_start + lead
        end = line_start + len(line.rstrip())
        if current and (
            (width is not None and is_full_line(last_line, body, width))
            or (not _CLOSED.search(text[current[0] : current[1]]) and _STARTS_LOWER.match(line))
        ):
            current = (current[0], end)
        else:
            if current:
                spans.append(current)
            current = (start, end)
        last_line = body
    if current:
        spans.append(current)
    return spans


def split_document(
    document: Document,
    profile: LanguageProfile,
    tokenizer: PunktSentenceTokenizer | None = None,
) -> list[Sentence]:
    """Split one document, written in the language of ``profile``, into
    sentences with exact character spans (with ``tokenizer``, a Punkt
    tokenizer trained on the input, or the profile's own)."""
    tok = tokenizer or default_tokenizer(profile)
    patterns = _end_patterns(profile)
    text = document.text
    sentences: list[Sentence] = []
    for paragraph, (b_start, b_end) in enumerate(blocks(text)):
        bullet = LIST_BULLET.match(text, b_start, b_end)
        if bullet:  # "- Au Sri Lanka, le sol a bougé." is a sentence without its bullet
            b_start = bullet.end()
        block = text[b_start:b_end]
        first = len(sentences)
        for s_start, s_end in tok.span_tokenize(block):
            for start, end in _split_other_ends(block, s_start, s_end, patterns.other_end):
                start, end = b_start + start, b_start + end
                if len(sentences) > first and _belongs_to_previous(
                    text, sentences[-1], start, end, patterns, profile
                ):
                    last = sentences[-1]
                    sentences[-1] = last._replace(end=end, text=text[last.start : end])
                    continue
                sentences.append(
                    Sentence(document.id, len(sentences), start, end, text[start:end], paragraph)
                )
    return sentences


def _belongs_to_previous(
    text: str,
    previous: Sentence,
    start: int,
    end: int,
    patterns: _EndPatterns,
    profile: LanguageProfile,
) -> bool:
    """Whether the piece ``text[start:end]`` continues ``previous``: it is
    only sentence ends (Punkt cuts "recommend!!!" into "!!" and "!"), a
    closing quote and a comma or dash, or the noun after an ordinal ("am
    3." + "Mai ...")."""
    if previous.end == start and patterns.only_ends.match(text, start, end):
        return True
    if text[start] in patterns.continuation_starts and patterns.continues.match(text, start, end):
        return True
    if profile.ordinal_words and _ORDINAL_END.search(previous.text):
        first = _FIRST_WORD.match(text, start, end)
        return bool(first) and first.group(0).casefold() in profile.ordinal_words
    return False


# A number of up to four digits standing alone with a period: "am 3." (not "3:1.").
_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,4}\.$")
_FIRST_WORD = regex.compile(r"[\p{L}\p{M}]+")
# Quotation brackets of Chinese and Japanese: a full stop inside them does not
# end the sentence that quotes them, nor does one just before the closing
# bracket when a particle follows it (hiragana: 「揺れが強かった。怖かった。」と話した。).
_CJK_OPEN, _CJK_CLOSE = "「『", "」』"
_HIRAGANA = re.compile("[\u3041-\u309f]")


def _split_other_ends(
    text: str, start: int, end: int, other_end: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` cut after sentence ends Punkt misses
    (``other_end``, see :func:`_end_patterns`) outside quotation brackets,
    without leading white space."""
    for m in other_end.finditer(text, start, end):
        piece = text[start : m.end()]
        opened = sum(map(piece.count, _CJK_OPEN)) - sum(map(piece.count, _CJK_CLOSE))
        particle = m.group(0)[-1] in _CJK_CLOSE and _HIRAGANA.match(text, m.end(), end)
        if opened > 0 or particle:
            continue
        if m.end() < end:
            yield from _nonblank(text, start, m.end())
            start = m.end()
    yield from _nonblank(text, start, end)


def _nonblank(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    if start < end:
        yield start, end
