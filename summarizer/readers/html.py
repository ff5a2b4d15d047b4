"""Web pages: the article, not the page around it.

A saved news page is mostly not its article: navigation, consent dialogs,
tickers, share bars, promotions, related and most-read lists, newsletter
boxes, comments and footers. The lead prior would even favour them, since
they come first. So a page is read with :mod:`trafilatura`, a maintained
main-content extractor (F1 0.92 on its published benchmark of 990 pages,
against 0.83 for readability and 0.86 for jusText), which also finds the
page's title, author and date. Its text, one block of the article per
paragraph, *is* the document's text: every span of a summary indexes into it.

When the extractor finds no article (a page that is all list, a fragment of
HTML), the page's visible text is read instead, with the standard library's
:class:`html.parser.HTMLParser` (entities decoded, block elements turned into
paragraph breaks, scripts, styles and comments dropped), and the user is
told.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from . import HTML_SUFFIXES, Extracted

# Elements whose content is never shown as text.
_HIDDEN = frozenset(
    "script style noscript template head title svg math iframe object canvas select "
    "textarea button".split()
)
# What may appear inside <head>: any other element starts the body, so a page
# that leaves out </head> (valid HTML) is not hidden as a whole.
_HEAD_CONTENT = frozenset("title meta link style script base noscript template".split())
# Embedded content: what is inside it is not shown, and a block element ends
# it, so one left unclosed does not hide the rest of the page.
_EMBEDDED = frozenset("iframe object canvas svg math".split())
# An iframe shows another page, never its own content; one left unclosed
# would make an HTML parser read the rest of the page as its raw text (the
# article included). So iframes are removed before extraction: an element
# with only text inside, a start tag left open, a stray end tag.
_IFRAMES = re.compile(r"<iframe\b[^>]*>(?:[^<]*</iframe\s*>)?|</iframe\s*>", re.I)
# A form, and a small box around a form that takes typed input (a newsletter
# sign-up, a comment form, a search box), is page furniture: its text (the
# pitch, the fine print) is about the page, not the story. "Small" keeps an
# article that happens to contain a form.
_FORM_BOX_CHARS = 600
# A small element whose class or id names page furniture (a promotion, a
# sign-up, a consent dialog, a share bar, a list of other stories, comments),
# the way sites name these boxes whatever their language: a name is split
# into words at spaces, hyphens and underscores ("wvg-promo", "c_share"), so
# "commentary-body" does not name comments.
FURNITURE_NAMES = (
    "promo promos promotion ad ads adslot adunit advert advertisement advertising sponsor "
    "sponsored newsletter subscribe subscription signup paywall cookie cookies consent gdpr "
    "share sharing social related recommended trending outbrain taboola comments banner "
    "popup modal embed tweet"
).split()
_FURNITURE_BOX_CHARS = 1000


def _named_furniture() -> str:
    def words(attribute: str) -> str:
        return f"concat(' ', translate(normalize-space({attribute}), '-_', '  '), ' ')"

    names = " or ".join(
        f"contains({words(a)}, ' {name} ')" for a in ("@class", "@id") for name in FURNITURE_NAMES
    )
    return f"//*[({names}) and string-length(normalize-space(.)) < {_FURNITURE_BOX_CHARS}]"


_FORM_BOXES = [
    "//*[form[.//input[not(@type) or @type='email' or @type='text' or @type='search']"
    f" or .//textarea] and string-length(normalize-space(.)) < {_FORM_BOX_CHARS}]",
    "//form",
    _named_furniture(),
    # Dialogs (consent, sign-up, paywall pop-ups) sit over the page, never in the story.
    "//dialog",
    "//*[@role='dialog' or @role='alertdialog' or @aria-modal='true']",
]
# Inline elements that sit side by side as separate items (links in a footer,
# buttons): a space keeps their words apart ("Terms of Service Privacy Policy").
_SEPARATE_INLINE = frozenset("a button img input label".split())
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
        self.hidden: list[str] = []  # open elements whose content is not shown
        self.pre = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if "head" in self.hidden and tag not in _HEAD_CONTENT:
            del self.hidden[self.hidden.index("head") :]  # the body has started
        if tag in _BLOCKS and self.hidden and self.hidden[-1] in _EMBEDDED:
            while self.hidden and self.hidden[-1] in _EMBEDDED:
                self.hidden.pop()
        if tag in _HIDDEN:
            self.hidden.append(tag)
        elif tag in _SEPARATE_INLINE:
            self.parts.append(" ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            self.pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _HIDDEN:
            if tag in self.hidden:
                del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag) :]
        elif tag in _SEPARATE_INLINE:
            self.parts.append(" ")
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


def read_html(html: str) -> Extracted:
    """The article of a web page, with its title, author and date."""
    import trafilatura  # imported here: ~0.2 s, paid only when a page is read

    page = _IFRAMES.sub("", html)
    # Precision first: a summary quotes the text, so a byline, a share bar or
    # a menu glued to a paragraph costs more than a lost paragraph. A page
    # where precision finds nothing (a short article) is tried again with the
    # extractor's balanced setting before falling back to all visible text.
    for favor_precision in (True, False):
        found = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            prune_xpath=_FORM_BOXES,
            favor_precision=favor_precision,
        )
        article, headings = (
            _blocks(found.body) if found is not None and found.body is not None else ("", ())
        )
        if article.strip():
            return Extracted(
                article,
                headings=headings,
                title=_clean(found.title),
                author=_clean(found.author),
                date=_clean(found.date),
                note="read as a web page: its article is summarised",
            )
    text, title = visible_text(html)
    return Extracted(
        text,
        title=title,
        note="read as a web page: no article found in it, so all its visible text is summarised",
    )


# Blocks of the extractor's XML that hold text: headings, paragraphs, list
# items, quotations, and cells (of layout tables a page leaves in the article).
_TEXT_BLOCKS = frozenset({"head", "p", "item", "quote", "cell"})


def _blocks(body: Any) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The article's text, one blank line between blocks, and the spans of
    its headings (``<head>`` elements of the extractor's XML)."""
    parts: list[str] = []
    headings: list[tuple[int, int]] = []
    offset = 0
    for element in body.iter(*_TEXT_BLOCKS):
        if any(True for _ in element.iterdescendants(*_TEXT_BLOCKS)):
            continue  # its text is read from the blocks inside it
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        if element.tag == "head":
            headings.append((offset, offset + len(text)))
        parts.append(text)
        offset += len(text) + 2
    return "\n\n".join(parts), tuple(headings)


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


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
