"""Readers: what a document's text is, for each kind of input.

A summary quotes ``Document.text`` verbatim, so each reader decides what that
text is for its kind of input:

- plain text: the file's text, except that a paginated text (a PDF extract)
  loses its running headers and footers and the hyphens that split words at
  line ends (:mod:`.pages`);
- a web page: the article that :mod:`trafilatura` finds in it, one paragraph
  per block, with the page's title, author and date (:mod:`.html`);
- Markdown: the prose it renders to, paragraphs, list items and headings,
  without code, tables, front matter, HTML blocks or link targets
  (:mod:`.markdown`);
- PDF: the text of its pages, read as a paginated text (:mod:`.pdf`).

Every reader returns an :class:`Extracted`; :func:`read_text` picks the
reader for decoded text. Links are fetched by :mod:`.url`.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Extracted(NamedTuple):
    """What a reader made of one input.

    ``text`` becomes ``Document.text``; ``headings`` are the spans of it that
    are headings; ``note`` says what the reader did, for the user (None when
    the text is the input as it was).
    """

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    note: str | None = None
    headings: tuple[tuple[int, int], ...] = ()


#: File name endings of each kind of input (the loader reads these from
#: directories by default).
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)


def read_text(text: str, name: str | None = None, kind: str | None = None) -> Extracted:
    """The document text of decoded input ``text`` (a file named ``name``).

    ``kind`` ("html", "markdown" or "text") says what the input is when its
    source knows (a server's content type). Otherwise web pages are
    recognised by their file name or by how they start, Markdown by its file
    name; anything else is plain text.
    """
    from .html import looks_like_html

    if kind == "html" or (kind is None and looks_like_html(text, name)):
        from .html import read_html

        return read_html(text)
    if kind == "markdown" or (
        kind is None and name is not None and name.lower().endswith(MARKDOWN_SUFFIXES)
    ):
        from .markdown import read_markdown

        return read_markdown(text)
    from .pages import read_plain

    return read_plain(text)


# A scheme of two letters or more (one letter is a Windows drive) and "://".
_LINK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


def is_url(source: str) -> bool:
    """Whether ``source`` is written as a link (``scheme://...``) rather than a path."""
    return bool(_LINK.match(source))
