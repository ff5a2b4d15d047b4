"""Sentence splitting with nltk's Punkt, without downloaded model data.

Punkt's parameters are built in code from a language profile's
abbreviations (:class:`summarizer.language.LanguageProfile`), optionally
extended by training Punkt on the input itself. Punkt decides at ". ! ?";
the splitter also cuts after every other sentence end of
:data:`summarizer.language.SENTENCE_ENDS` (which Punkt does not know), with
the closing marks that follow it. Line and paragraph breaks are hard
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

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktTrainer

from .documents import Document
from .language import AMBIGUOUS_ENDS, CLOSING_MARKS, LINE_ENDS, SENTENCE_ENDS, LanguageProfile
from .readers.pages import is_full_line, wrap_width


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


# Sentence ends Punkt does not know (it only splits at . ! ? followed by
# space), with any closing marks after them.
_OTHER_END = re.compile(
    "[" + re.escape("".join(c for c in SENTENCE_ENDS if c not in AMBIGUOUS_ENDS)) + "]+"
    "[" + re.escape(CLOSING_MARKS) + "]*"
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# A line "closes" when it ends in sentence punctuation (or a colon or
# semicolon), possibly followed by closing marks.
_CLOSED = re.compile("[" + re.escape(LINE_ENDS) + "][" + re.escape(CLOSING_MARKS) + "]*\\s*$")
_STARTS_LOWER = re.compile(r"\s*[a-z]")
# A piece that is nothing but sentence ends and closing marks belongs to the
# sentence it follows.
_ONLY_ENDS = re.compile("[" + re.escape(SENTENCE_ENDS + CLOSING_MARKS) + "]+$")


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
    if train_text:
        trainer = PunktTrainer()
        trainer.train(train_text, finalize=True)
        params = trainer.get_params()
    else:
        params = PunktParameters()
    params.abbrev_types.update(profile.abbreviations)
    return PunktSentenceTokenizer(params)


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


def split_document(document: Document, tokenizer: PunktSentenceTokenizer) -> list[Sentence]:
    """Split one document into sentences with exact character spans."""
    tok = tokenizer
    text = document.text
    sentences: list[Sentence] = []
    for paragraph, (b_start, b_end) in enumerate(blocks(text)):
        block = text[b_start:b_end]
        first = len(sentences)
        for s_start, s_end in tok.span_tokenize(block):
            for start, end in _split_other_ends(block, s_start, s_end):
                start, end = b_start + start, b_start + end
                if (
                    len(sentences) > first
                    and sentences[-1].end == start
                    and _ONLY_ENDS.match(text, start, end)
                ):
                    # Punkt cuts "recommend!!!" at the end of a block into "!!" and "!".
                    last = sentences[-1]
                    sentences[-1] = last._replace(end=end, text=text[last.start : end])
                    continue
                sentences.append(
                    Sentence(document.id, len(sentences), start, end, text[start:end], paragraph)
                )
    return sentences


def _split_other_ends(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` cut after sentence ends Punkt misses
    (see ``_OTHER_END``), without leading white space."""
    for m in _OTHER_END.finditer(text, start, end):
        if m.end() < end:
            yield from _nonblank(text, start, m.end())
            start = m.end()
    yield from _nonblank(text, start, end)


def _nonblank(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    if start < end:
        yield start, end
