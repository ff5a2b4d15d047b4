"""Sentence splitting with nltk's Punkt, without downloaded model data.

Punkt's parameters are built in code from the project's abbreviation list
(:mod:`summarizer.abbreviations`), optionally extended by training Punkt on
the input itself. Line and paragraph breaks are hard boundaries, with one
exception: a single line break inside a running sentence (the line has no
closing punctuation and the next line starts in lower case) is a soft wrap,
as in hard-wrapped e-mail or plain-text files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktTrainer

from .abbreviations import ABBREVIATIONS
from .documents import Document


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


# Scripts written without spaces between words (Han, kana): each character
# counts as a word.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
# CJK and full-width punctuation: not words.
_CJK_PUNCTUATION = re.compile(
    r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
)
# Sentence ends Punkt does not know (it only splits at . ! ? followed by
# space): CJK full stops and marks, the Arabic question mark and full stop,
# the Devanagari danda; with any closing quotes or brackets after them.
_OTHER_END = re.compile(r"[。！？｡؟۔।]+[」』”’）)\]\"'»]*")


def space_unspaced(text: str) -> str:
    """``text`` with each Han or kana character replaced by a one-letter word,
    so that white-space splitting counts it as a word (unchanged otherwise)."""
    return UNSPACED.sub(" x ", text) if UNSPACED.search(text) else text


def count_words(text: str) -> int:
    """Words in ``text``: white-space separated tokens, where each Han or kana
    character counts as one word (those scripts do not space their words) and
    CJK punctuation does not."""
    spaced = space_unspaced(text)
    if spaced is not text:
        spaced = _CJK_PUNCTUATION.sub(" ", spaced)
    return len(spaced.split())


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# A line "closes" when it ends in sentence punctuation, possibly followed by
# closing quotes or brackets.
_CLOSED = re.compile(r"""[.!?:;…]['"’”)\]]*\s*$""")
_STARTS_LOWER = re.compile(r"\s*[a-z]")


def build_tokenizer(train_text: str | None = None) -> PunktSentenceTokenizer:
    """A Punkt tokenizer with the project's abbreviations.

    Parameters
    ----------
    train_text : str, optional
        When given, Punkt is first trained on this text (unsupervised) and the
        project's abbreviations are added to what it learned.
    """
    if train_text:
        trainer = PunktTrainer()
        trainer.train(train_text, finalize=True)
        params = trainer.get_params()
    else:
        params = PunktParameters()
    params.abbrev_types.update(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@lru_cache(maxsize=1)
def default_tokenizer() -> PunktSentenceTokenizer:
    """The untrained tokenizer, built once per process."""
    return build_tokenizer()


def blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the blocks of ``text`` that sentences may not cross.

    Blank lines and line breaks end a block, except soft wraps (see module
    docstring). Leading and trailing white space is excluded from each span.
    """
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
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
        if (
            current
            and not _CLOSED.search(text[current[0] : current[1]])
            and _STARTS_LOWER.match(line)
        ):
            current = (current[0], end)
        else:
            if current:
                spans.append(current)
            current = (start, end)
    if current:
        spans.append(current)
    return spans


def split_document(
    document: Document, tokenizer: PunktSentenceTokenizer | None = None
) -> list[Sentence]:
    """Split one document into sentences with exact character spans."""
    tok = tokenizer or default_tokenizer()
    text = document.text
    sentences: list[Sentence] = []
    for paragraph, (b_start, b_end) in enumerate(blocks(text)):
        block = text[b_start:b_end]
        for s_start, s_end in tok.span_tokenize(block):
            for start, end in _split_other_ends(block, s_start, s_end):
                start, end = b_start + start, b_start + end
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


def split_sentences(
    documents: Sequence[Document] | Iterable[Document],
    *,
    train: bool = False,
    on_document: Callable[[int], None] | None = None,
) -> list[list[Sentence]]:
    """Split every document; one list of sentences per document, in order.

    Parameters
    ----------
    documents : sequence of Document
    train : bool
        Train Punkt on the documents first (see :func:`build_tokenizer`).
    on_document : callable, optional
        Called with the number of documents split so far, every 100
        documents and at the end.
    """
    docs = list(documents)
    tokenizer = build_tokenizer("\n\n".join(d.text for d in docs)) if train else default_tokenizer()
    result = []
    for k, d in enumerate(docs, start=1):
        result.append(split_document(d, tokenizer))
        if on_document and (k % 100 == 0 or k == len(docs)):
            on_document(k)
    return result
