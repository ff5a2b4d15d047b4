"""PDF: the text of its pages, read as a paginated text.

Text is taken from each page with pypdf (pure Python, no system library; a
4 MB install with no dependencies of its own), the pages are joined with
form feeds, and the result is read as :mod:`.pages` reads a paginated text:
running headers, footers and page numbers removed, sentences that run across
a page break rejoined, words hyphenated at a line end made whole. The
document's text is that text; spans index into it. A PDF without a text
layer (a scan) has no text to summarise and is skipped with a notice.
"""

from __future__ import annotations

import io
import re

from . import Extracted
from .pages import undo_page_layout

# D:YYYYMMDD... (PDF date strings); only the calendar date is kept.
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?")


class PdfError(ValueError):
    """The PDF cannot be read (damaged, encrypted, or no text layer)."""


def read_pdf(data: bytes) -> Extracted:
    """The text of a PDF's pages, with its title, author and creation date.

    Raises
    ------
    PdfError
        The file cannot be parsed, is encrypted, or holds no text.
    """
    from pypdf import PdfReader  # imported here: ~0.1 s, paid only when a PDF is read
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise PdfError("encrypted PDF, cannot read its text")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except PdfError:
        raise
    except PyPdfError as exc:
        raise PdfError(f"damaged PDF ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - hostile files reach pypdf's internals
        # (AssertionError, RecursionError, KeyError ... from a damaged cross-
        # reference table): one line about this file, the others still read.
        raise PdfError(f"damaged PDF ({type(exc).__name__})") from None
    if not any(page.strip() for page in pages):
        raise PdfError("PDF without a text layer (a scan?), nothing to summarise")
    text, done = undo_page_layout("\n\f".join(page.strip("\n") for page in pages), laid_out=True)
    note = ", ".join([f"read as PDF: {len(pages)} page{'s' * (len(pages) != 1)}", *done])
    return Extracted(
        text,
        title=_field(info, "title"),
        author=_field(info, "author"),
        date=_date(info),
        note=note,
    )


def _field(info: object, name: str) -> str | None:
    value = getattr(info, name, None) if info is not None else None
    value = " ".join(str(value).split()) if value else ""
    return value or None


def _date(info: object) -> str | None:
    raw = None
    if info is not None:
        try:
            raw = info.get("/CreationDate")  # type: ignore[attr-defined]
        except (AttributeError, TypeError, ValueError):
            raw = None
    m = _PDF_DATE.match(str(raw)) if raw else None
    if not m:
        return None
    return "-".join(part for part in m.groups() if part)
