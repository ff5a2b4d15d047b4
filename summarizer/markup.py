"""HTML given as text: keep what a browser would show, not the tags.

Saved web pages are a common input. Their tags, scripts and style sheets are
not prose, so an HTML document is reduced to its visible text with the
standard library's :class:`html.parser.HTMLParser` (entities decoded, block
elements turned into paragraph breaks, scripts, styles and comments
dropped). The extracted text then *is* the document's text: every span of a
summary indexes into it, and the loader says that the file was read as HTML.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: File name endings always read as HTML.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# Elements whose content is never shown as text.
_HIDDEN = frozenset(
    "script style noscript template head title svg math iframe object canvas select "
    "textarea button".split()
)
# Elements that start a new paragraph (block-level and table structure).
_BLOCKS = frozenset(
    "p div section article main aside header footer nav h1 h2 h3 h4 h5 h6 ul ol li dl dt "
    "dd table thead tbody tfoot tr td th caption blockquote pre figure figcaption hr "
    "address details summary form fieldset legend body html".split()
)
# The start of a document that is HTML whatever its file name.
_SNIFF = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BREAKS = re.compile(r"\n\s*\n\s*")


def looks_like_html(text: str, name: str | None = None) -> bool:
    """Whether ``text`` should be read as HTML: an HTML file name ending, or a
    document that starts with a doctype, ``<html>``, ``<head>`` or ``<body>``."""
    if name is not None and name.lower().endswith(HTML_SUFFIXES):
        return True
    return bool(_SNIFF.match(text[:4096]))


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # depth inside elements that are not shown
        self.pre = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            self.pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.hidden:
            return
        self.parts.append(data if self.pre else _SPACES.sub(" ", data.replace("\n", " ")))


def visible_text(html: str) -> tuple[str, str | None]:
    """The text a browser would show for ``html``, and its ``<title>``.

    Returns
    -------
    text : str
        Paragraphs separated by blank lines, lines stripped.
    title : str or None
        The document's title element, if it has a non-empty one.
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = _BREAKS.sub("\n\n", "\n".join(lines)).strip()
    title = " ".join("".join(parser.title).split()) or None
    return text, title
