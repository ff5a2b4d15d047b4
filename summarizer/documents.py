"""Documents and their loaders: files, directories, links, JSONL files and streams.

All character offsets used anywhere in the package refer to
:attr:`Document.text` exactly as it is stored here, so a summary sentence
can always be found again with ``document.text[start:end]``. For plain
text that is the decoded file; for a web page, Markdown or PDF it is what
the reader for that kind of input made of it (see :mod:`summarizer.readers`).
"""

from __future__ import annotations

import codecs
import json
import logging
import numbers
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import DocumentLoadError, EmptyInputError, InvalidDocumentError, InvalidSettingsError
from .readers import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    PDF_SUFFIXES,
    TEXT_SUFFIXES,
    Extracted,
    is_url,
    read_text,
)

logger = logging.getLogger("summarizer")

#: File name endings read from directories unless the caller says otherwise.
DEFAULT_EXTENSIONS: tuple[str, ...] = (
    TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
)
#: Files larger than this are skipped with a notice rather than read whole.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """One document of the collection.

    Parameters
    ----------
    id : str
        Unique name of the document within the collection.
    text : str
        The full text; every span in a summary indexes into it.
    title : str or None
        Optional title (JSONL ``title`` field), shown in source listings.
    path : str, path-like or None
        File or link the document was read from, if any (a path object is
        kept as its string).
    author : str or None
        Its author, when the input says (a web page's or PDF's metadata,
        Markdown front matter, a JSONL ``author`` field).
    date : str or None
        Its date as the input gives it (``YYYY-MM-DD`` from web pages and PDF).
    headings : tuple of (start, end)
        Spans of ``text`` that its reader knows are headings (a web page's or
        a Markdown note's); they are never summary material.
    """

    id: str
    text: str
    title: str | None = None
    path: str | None = None
    author: str | None = None
    date: str | None = None
    headings: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise InvalidDocumentError(f"document id must be a non-empty string, got {self.id!r}")
        if not isinstance(self.text, str):
            raise InvalidDocumentError(
                f"document {self.id!r}: text must be a string, got {type(self.text).__name__}"
            )
        for field in ("title", "author", "date"):
            value = getattr(self, field)
            if value is not None and not isinstance(value, str):
                raise InvalidDocumentError(
                    f"document {self.id!r}: {field} must be a string or None"
                )
        headings = tuple(tuple(span) for span in self.headings)
        if not all(
            len(span) == 2
            and all(isinstance(x, int) for x in span)
            and 0 <= span[0] <= span[1] <= len(self.text)
            for span in headings
        ):
            raise InvalidDocumentError(
                f"document {self.id!r}: headings must be (start, end) spans of its text"
            )
        object.__setattr__(self, "headings", headings)
        if isinstance(self.path, os.PathLike):
            object.__setattr__(self, "path", os.fspath(self.path))
        if self.path is not None and not isinstance(self.path, str):
            raise InvalidDocumentError(
                f"document {self.id!r}: path must be a string, a path or None, "
                f"got {type(self.path).__name__}"
            )


@dataclass(frozen=True)
class LoadNotice:
    """Something a loader wants the user to know about one input.

    ``skipped`` is True when the input contributed no document at all;
    ``routine`` marks the expected filtering of a directory walk (hidden
    files, other file types), which interfaces may summarise in one line.
    """

    source: str
    message: str
    skipped: bool = True
    routine: bool = False

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


NoticeHandler = Callable[[LoadNotice], None]


def _log_notice(notice: LoadNotice) -> None:
    logger.warning("%s", notice)


# -- decoding ---------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` (without a Unicode BOM) looks like a binary file.

    Text never contains NUL bytes, and rarely many other C0 control bytes.
    """
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode file contents to text.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are decoded exactly.
    Other bytes fall back to Windows-1252 when that decodes them cleanly
    (curly quotes, euro sign), else UTF-8 with undecodable bytes replaced by
    U+FFFD.

    Returns
    -------
    text : str
    note : str or None
        A message when a fallback decoding was used, else None.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                return data.decode(encoding, errors="replace"), (
                    f"invalid {encoding.upper()} bytes replaced with U+FFFD"
                )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Mostly-valid UTF-8 with a few broken runs is better kept as UTF-8;
    # text with no multi-byte UTF-8 at all is most likely a legacy code page.
    replaced = data.decode("utf-8", errors="replace")
    n_bad = replaced.count("\ufffd")
    n_multibyte = sum(1 for ch in replaced if ord(ch) > 127) - n_bad
    if n_multibyte == 0:
        try:
            return data.decode("cp1252"), "not valid UTF-8; decoded as Windows-1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "not valid UTF-8; decoded as Latin-1"
    return replaced, (
        f"invalid UTF-8 at byte {utf8_error.start}; {n_bad} undecodable "
        "byte run(s) replaced with U+FFFD"
    )


# -- loaders ----------------------------------------------------------------


#: Bytes read at a time: a size limit is not a size to reserve up front.
_CHUNK = 1 << 20


def read_at_most(stream: IO[Any], limit: int) -> Any:
    """Up to ``limit`` bytes (or characters) of ``stream``, read a chunk at a
    time, so that memory follows what the stream holds, not the limit."""
    chunks = []
    left = limit
    while left > 0:
        chunk = stream.read(min(left, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    empty = b"" if not chunks or isinstance(chunks[0], bytes) else ""
    return empty.join(chunks)


def _load_error(name: str, exc: OSError) -> DocumentLoadError:
    """The one-line error for an input that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        reason = "no such file or directory"
    elif isinstance(exc, PermissionError):
        reason = "permission denied"
    elif isinstance(exc, IsADirectoryError):
        reason = "is a directory"
    else:
        reason = f"cannot read ({exc.strerror or exc})"
    return DocumentLoadError(name, reason)


def load_file(
    path: str | os.PathLike[str],
    *,
    doc_id: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_notice: NoticeHandler | None = None,
) -> Document | None:
    """Read one text file as a document.

    Returns None (after a notice) when the file is binary, too large or
    unreadable as text; raises :class:`DocumentLoadError` when it cannot be
    opened at all.
    """
    notify = on_notice or _log_notice
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            notify(
                LoadNotice(name, f"skipped: {size:,} bytes is over the {max_bytes:,}-byte limit")
            )
            return None
        with p.open("rb") as fh:
            data = read_at_most(fh, max_bytes + 1)
    except OSError as exc:
        raise _load_error(name, exc) from None
    if len(data) > max_bytes:  # a pipe or device: its size was not known beforehand
        notify(LoadNotice(name, f"skipped: over the {max_bytes:,}-byte limit"))
        return None
    return _bytes_document(doc_id or name, data, name, name, notify)


def _bytes_document(
    doc_id: str,
    data: bytes,
    path: str | None,
    source: str,
    notify: NoticeHandler,
    kind: str | None = None,
    charset: str | None = None,
) -> Document | None:
    """The document for the bytes of a file, stream or fetched link: a PDF
    by its signature (or ``kind``, a server's content type), text otherwise;
    None (after a notice) when it is binary or unreadable."""
    if kind == "pdf" or data[:1024].lstrip()[:5] == b"%PDF-":
        from .readers.pdf import PdfError, read_pdf

        try:
            extracted = read_pdf(data)
        except PdfError as exc:
            notify(LoadNotice(source, f"skipped: {exc}"))
            return None
        return _document(doc_id, extracted, path, source, notify)
    if not any(data.startswith(bom) for bom, _ in _BOMS) and looks_binary(data):
        notify(LoadNotice(source, "skipped: binary file, not text"))
        return None
    text = _decode(data, charset, source, notify)
    return _text_document(doc_id, text, path, source, notify, kind=kind)


_SURROGATE = re.compile("[\ud800-\udfff]")


def count_surrogates(text: str) -> int:
    """Surrogate code points in ``text`` (see :func:`replace_surrogates`)."""
    return len(_SURROGATE.findall(text)) if _SURROGATE.search(text) else 0


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with every surrogate code point replaced by U+FFFD, and how many.

    A JSON escape such as ``"\\ud800"`` (valid JSON, invalid Unicode) gives a
    lone surrogate, which no encoder can write. One code point replaces one,
    so offsets into the text do not move.
    """
    if not _SURROGATE.search(text):
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def _text_document(
    doc_id: str,
    text: str,
    name: str | None,
    source: str,
    notify: NoticeHandler,
    title: str | None = None,
    *,
    author: str | None = None,
    date: str | None = None,
    kind: str | None = None,
) -> Document | None:
    """The document for decoded ``text`` read from the file or link ``name``
    (of ``kind``, when its source says), as its reader makes it (see
    :func:`summarizer.readers.read_text`), surrogates replaced; None (after a
    notice) when nothing but white space is left. ``title``, ``author`` and
    ``date`` given by the caller (JSONL fields) win over what the reader finds."""
    text, n_surrogates = replace_surrogates(text)
    if n_surrogates:
        notify(
            LoadNotice(
                source,
                f"{n_surrogates} lone surrogate code point{'s' * (n_surrogates != 1)} "
                "(invalid Unicode) replaced with U+FFFD",
                skipped=False,
            )
        )
    extracted = read_text(text, name, kind)
    extracted = extracted._replace(
        title=title or extracted.title,
        author=author or extracted.author,
        date=date or extracted.date,
    )
    return _document(doc_id, extracted, name, source, notify)


def _document(
    doc_id: str, extracted: Extracted, path: str | None, source: str, notify: NoticeHandler
) -> Document | None:
    """The document a reader extracted, after a notice of what it did; None
    (after a notice) when its text is empty."""
    if extracted.note:
        notify(LoadNotice(source, extracted.note, skipped=False))
    text = replace_surrogates(extracted.text)[0]
    if not text.strip():
        notify(LoadNotice(source, "skipped: empty" if not text else "skipped: only white space"))
        return None

    def clean(value: str | None) -> str | None:
        return replace_surrogates(value)[0] or None if value else None

    return Document(
        id=replace_surrogates(doc_id)[0],
        text=text,
        title=clean(extracted.title),
        path=path,
        author=clean(extracted.author),
        date=clean(extracted.date),
        headings=extracted.headings,
    )


def load_stream(
    stream: IO[str] | IO[bytes],
    *,
    doc_id: str = "stdin",
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_notice: NoticeHandler | None = None,
) -> Document | None:
    """Read a whole text or binary stream (such as standard input) as one document.

    Returns None (after a notice) when the stream holds only white space or
    more than ``max_bytes`` (characters, for a text stream); at most that
    much is read.
    """
    notify = on_notice or _log_notice
    data = _read_stream(stream, doc_id, max_bytes, notify)
    return None if data is None else _data_document(doc_id, data, notify)


def _read_stream(
    stream: IO[Any], doc_id: str, max_bytes: int, notify: NoticeHandler
) -> str | bytes | None:
    """At most ``max_bytes`` of a stream; None (after a notice) if it holds more."""
    data = read_at_most(stream, max_bytes + 1)
    if len(data) > max_bytes:
        notify(LoadNotice(doc_id, f"skipped: over the {max_bytes:,}-byte limit"))
        return None
    return data


def _data_document(doc_id: str, data: str | bytes, notify: NoticeHandler) -> Document | None:
    """The document of what a stream held: bytes are decoded (or read as PDF)."""
    if isinstance(data, bytes):
        return _bytes_document(doc_id, data, None, doc_id, notify)
    return _text_document(doc_id, data, None, doc_id, notify)


# JSONL is recognised on a stream (which has no file name) when its first
# lines are each a JSON object with a "text" string.
_JSONL_SNIFF_LINES = 3


def _looks_like_jsonl(text: str) -> bool:
    text = text.removeprefix("\ufeff")
    lines = [line for line in text.split("\n", 50)[:50] if line.strip()][:_JSONL_SNIFF_LINES]
    if not lines or not lines[0].lstrip().startswith("{"):
        return False
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return False
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            return False
    return True


def _stream_documents(
    stream: IO[Any], doc_id: str, max_bytes: int, notify: NoticeHandler
) -> list[Document]:
    """The documents of a stream: one per line if it is JSONL (see
    ``_looks_like_jsonl``), else the stream as one document."""
    data = _read_stream(stream, doc_id, max_bytes, notify)
    if data is None:
        return []
    text, note = data, None
    if isinstance(data, bytes) and data[:1024].removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{":
        text, note = decode_bytes(data)  # only what may be JSONL is decoded here
    if isinstance(text, str) and _looks_like_jsonl(text):
        if note:
            notify(LoadNotice(doc_id, note, skipped=False))
        notify(LoadNotice(doc_id, "read as JSONL: one document per line", skipped=False))
        lines = enumerate(text.split("\n"), start=1)
        docs = (_jsonl_document(line, f"{doc_id}:{n}", None, notify) for n, line in lines)
        return [doc for doc in docs if doc is not None]
    doc = _data_document(doc_id, data, notify)
    return [] if doc is None else [doc]


def load_jsonl(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_notice: NoticeHandler | None = None,
) -> list[Document]:
    """Read a JSONL file with one ``{"id", "text", "title"?}`` object per line.

    The file is read line by line, so its total size is not limited; a single
    line longer than ``max_bytes`` is skipped with a notice. Malformed lines
    and lines without a string ``text`` are skipped with a notice; ids that
    are not strings are converted; a missing id becomes ``<file>:<line>``.
    Lines are split on "\\n" only (U+2028 and U+0085, which JSON writers leave
    unescaped inside strings, are not line ends).
    """
    notify = on_notice or _log_notice
    name = str(path)
    documents = []
    try:
        fh = Path(path).open("rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise _load_error(name, exc) from None
    with fh:
        for lineno, raw in enumerate(text_lines(fh, max_bytes), start=1):
            where = f"{name}:{lineno}"
            if raw is None:
                notify(LoadNotice(where, f"skipped: line over the {max_bytes:,}-byte limit"))
                continue
            line, note = decode_bytes(raw)
            if note:
                notify(LoadNotice(where, note, skipped=False))
            doc = _jsonl_document(line, where, name, notify)
            if doc is not None:
                documents.append(doc)
    return documents


def _jsonl_document(
    line: str, where: str, path: str | None, notify: NoticeHandler
) -> Document | None:
    """The document of one JSONL line (see :func:`record_document`); None for
    a blank line, or after a notice for a bad one."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        notify(LoadNotice(where, f"skipped: not valid JSON ({exc.msg})"))
        return None
    if not isinstance(record, dict):
        notify(LoadNotice(where, "skipped: not a JSON object"))
        return None
    return record_document(record, where, path, notify)


def record_document(
    record: Mapping[str, Any], where: str, path: str | None, notify: NoticeHandler
) -> Document | None:
    """The document of a JSON record ``{"id", "text", "title"?, "author"?,
    "date"?}``; None, after a notice, when it has no string ``text``. An id
    that is not a string is converted; a missing one becomes ``where``."""
    text = record.get("text")
    if not isinstance(text, str):
        notify(LoadNotice(where, 'skipped: no string "text" field'))
        return None
    raw_id = record.get("id")
    doc_id = where if raw_id is None or raw_id == "" else str(raw_id)

    def field(key: str) -> str | None:
        value = record.get(key)
        return value if isinstance(value, str) else None

    return _text_document(
        doc_id,
        text,
        path,
        where,
        notify,
        field("title"),
        author=field("author"),
        date=field("date"),
    )


def text_lines(fh: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary file (without the newline); None for a line over ``max_bytes``."""
    max_bytes = min(max_bytes, sys.maxsize - 1)
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = fh.readline(max_bytes + 1)
            yield None
            continue
        yield line.rstrip(b"\r\n") if line.endswith(b"\n") else line


def iter_directory(
    path: str | os.PathLike[str],
    *,
    extensions: Iterable[str] = DEFAULT_EXTENSIONS,
    on_notice: NoticeHandler | None = None,
) -> Iterator[Path]:
    """The text files under a directory, recursively, sorted by path.

    Hidden files and directories are skipped, and so are symbolic links to
    directories (they can form loops) and anything that is not a regular
    file (a named pipe would block the walk forever, a device never ends);
    each skip is reported.
    """
    notify = on_notice or _log_notice
    wanted = file_extensions(extensions)
    root = Path(path)

    def on_error(exc: OSError) -> None:
        notify(LoadNotice(str(exc.filename), f"skipped: {exc.strerror or exc}"))

    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        here = Path(dirpath)
        keep = []
        for d in sorted(dirnames):
            sub = here / d
            if d.startswith("."):
                notify(LoadNotice(str(sub), "skipped: hidden directory", routine=True))
            elif sub.is_symlink():
                notify(LoadNotice(str(sub), "skipped: symbolic link to a directory", routine=True))
            else:
                keep.append(d)
        dirnames[:] = keep
        for f in sorted(filenames):
            file = here / f
            if f.startswith("."):
                notify(LoadNotice(str(file), "skipped: hidden file", routine=True))
            elif not f.lower().endswith(wanted):
                notify(
                    LoadNotice(str(file), f"skipped: not a {'/'.join(wanted)} file", routine=True)
                )
            elif (kind := _special_file_kind(file)) is not None:
                notify(LoadNotice(str(file), f"skipped: {kind}, not a regular file"))
            else:
                found.append(file)
    return iter(sorted(found, key=lambda f: f.relative_to(root).parts))


def _special_file_kind(path: Path) -> str | None:
    """What ``path`` is when it is not a regular file (following links), else None.

    A path that cannot be examined is left to the reader, which reports why.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    for test, kind in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return kind
    return "a special file"


_EXTENSION = re.compile(r"^\.?[^\s.*?,;/\\\[\]]+(?:\.[^\s.*?,;/\\\[\]]+)*$")


def file_extensions(extensions: str | Iterable[str]) -> tuple[str, ...]:
    """File name endings as lower-case strings starting with a dot.

    A single string is one ending (``".txt"``, not ``(".", "t", "x", "t")``);
    ``"txt"`` means ``".txt"``.
    """
    if isinstance(extensions, str):
        extensions = (extensions,)
    try:
        items = list(extensions)
    except TypeError:
        raise InvalidSettingsError(
            f"extensions must be a string or a list of strings, got {type(extensions).__name__}"
        ) from None
    if not items or not all(isinstance(e, str) and _EXTENSION.match(e) for e in items):
        raise InvalidSettingsError(
            "extensions must be file endings such as '.txt' or ['.txt', '.md'] (no patterns "
            f"or lists in one string), got {extensions!r}"
        )
    return tuple(e.lower() if e.startswith(".") else "." + e.lower() for e in items)


_SIZE = re.compile(r"(?i)^\s*(\d+)\s*([kmg]i?b?|b)?\s*$")


def parse_size(value: int | str) -> int:
    """A size in bytes: an int, or a string such as ``"500K"``, ``"64M"``, ``"1G"``
    (powers of 1024; ``"KB"``, ``"KiB"`` and ``"B"`` work too).

    Raises
    ------
    InvalidSettingsError
        Not a whole number of at least one byte.
    """
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        number = int(value)
    elif isinstance(value, str) and (m := _SIZE.match(value)):
        unit = (m.group(2) or "b")[0].lower()
        number = int(m.group(1)) * {"b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit]
    else:
        raise InvalidSettingsError(f"expected a size such as 500K or 64M, got {value!r}")
    if number < 1:
        raise InvalidSettingsError(f"a size must be at least 1 byte, got {value!r}")
    return number


def load_documents(
    *sources: Any,
    extensions: str | Iterable[str] = DEFAULT_EXTENSIONS,
    max_bytes: int | str = DEFAULT_MAX_BYTES,
    on_notice: NoticeHandler | None = None,
    on_document: Callable[[int], None] | None = None,
) -> list[Document]:
    """Load documents from files, directories, JSONL files and streams.

    Parameters
    ----------
    *sources : path, stream, or an iterable of them
        A directory (read recursively, regular files ending in
        ``extensions``), a ``.jsonl`` file (one document per line), any other
        file, named pipe or ``/dev/fd/N`` (one document), ``"-"`` for
        standard input, or an open stream. A list, tuple or generator of
        these (such as ``glob.glob(...)``) counts as its items.
    extensions : str or iterable of str
        File endings read from directories (``".txt"`` or ``[".txt", ".md"]``).
    max_bytes : int or str
        Files (and JSONL lines, and streams) larger than this are skipped
        with a notice instead of read: a number of bytes, or a size such as
        ``"8M"`` (see :func:`parse_size`).
    on_notice : callable, optional
        Called with a :class:`LoadNotice` for every input skipped or read
        with a fallback; by default notices are logged to the
        ``"summarizer"`` logger.
    on_document : callable, optional
        Called with the number of documents loaded so far, after each file.

    Returns
    -------
    list of Document
        In the order given (directory contents sorted by path). Ids are made
        unique by suffixing ``#2``, ``#3`` ... (with a notice), as
        :func:`summarizer.summarize` does.

    Raises
    ------
    DocumentLoadError
        A path does not exist or cannot be opened.
    InvalidSettingsError
        A source is not a path or stream (bytes, None, a number ...), or
        ``extensions`` or ``max_bytes`` is invalid.
    """
    notify = on_notice or _log_notice
    wanted = file_extensions(extensions)
    limit = parse_size(max_bytes)
    documents: list[Document] = []
    inputs = list(_flatten(sources))
    links = [s for s in inputs if isinstance(s, str) and is_url(s)]
    fetched: dict[str, Any] = {}
    if links:  # fetched together up front; read in the order given
        from .readers.url import fetch_all

        fetched = fetch_all(links, max_bytes=limit)
    for source in inputs:
        for doc in _load_source(source, len(documents), wanted, limit, notify, fetched):
            documents.append(doc)
            if on_document:
                on_document(len(documents))
    return unique_ids(
        documents,
        lambda old, new: notify(LoadNotice(old, f"duplicate id renamed to {new!r}", skipped=False)),
    )


def _flatten(sources: Iterable[Any]) -> Iterator[str | os.PathLike[str] | IO[Any]]:
    """Paths and streams, with lists, tuples and generators of them unpacked."""
    for source in sources:
        if isinstance(source, (str, os.PathLike)) or hasattr(source, "read"):
            yield source
        elif isinstance(source, (bytes, bytearray, memoryview, Mapping)) or not isinstance(
            source, Iterable
        ):
            what = "a mapping" if isinstance(source, Mapping) else type(source).__name__
            raise InvalidSettingsError(
                f"load_documents takes paths (str or pathlib.Path), open streams, or lists "
                f"of them, got {what}; texts already in memory go to summarize() directly"
            )
        else:
            yield from _flatten(source)


def _load_source(
    source: str | os.PathLike[str] | IO[Any],
    n_loaded: int,
    extensions: tuple[str, ...],
    max_bytes: int,
    notify: NoticeHandler,
    fetched: Mapping[str, Any],
) -> Iterator[Document]:
    """The documents of one source, lazily (a directory yields file by file);
    a link's response is in ``fetched``."""
    is_path = isinstance(source, (str, os.PathLike))
    if not is_path or str(source) == "-":
        stream, doc_id = (
            (sys.stdin.buffer, "stdin") if is_path else (source, f"stream-{n_loaded + 1}")
        )
        yield from _stream_documents(stream, doc_id, max_bytes, notify)
        return
    if isinstance(source, str) and is_url(source):
        yield from _url_documents(source, fetched[source], notify)
        return
    p = Path(source)
    if p.is_dir():
        for file in iter_directory(p, extensions=extensions, on_notice=notify):
            try:
                doc = load_file(
                    file,
                    doc_id=file.relative_to(p).as_posix(),
                    max_bytes=max_bytes,
                    on_notice=notify,
                )
            except DocumentLoadError as exc:
                notify(LoadNotice(str(file), f"skipped: {exc.reason}"))
                continue
            if doc is not None:
                yield doc
    elif not p.exists() and not p.is_symlink():
        raise DocumentLoadError(str(source), "no such file or directory")
    elif p.suffix.lower() == ".jsonl":
        yield from load_jsonl(p, max_bytes=max_bytes, on_notice=notify)
    else:
        doc = load_file(p, max_bytes=max_bytes, on_notice=notify)
        if doc is not None:
            yield doc


def _url_documents(url: str, fetched: Any, notify: NoticeHandler) -> Iterator[Document]:
    """The document a link points to, from its response (or the failure to
    get one: skipped with a one-line notice naming it, so the other inputs
    are still summarised)."""
    if isinstance(fetched, OSError):
        notify(LoadNotice(url, f"skipped: {fetched}"))
        return
    # text/plain is what many servers say of anything: the bytes decide.
    kind = None if fetched.kind == "text" else fetched.kind
    doc = _bytes_document(url, fetched.data, url, url, notify, kind, fetched.charset)
    if doc is not None:
        yield doc


def _decode(data: bytes, charset: str | None, source: str, notify: NoticeHandler) -> str:
    """``data`` decoded with the charset a server named, else as any file is
    (see :func:`decode_bytes`), with a notice of any fallback."""
    if charset and not any(data.startswith(bom) for bom, _ in _BOMS):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset: decode as any file
    text, note = decode_bytes(data)
    if note:
        notify(LoadNotice(source, note, skipped=False))
    return text


def unique_ids(
    documents: Iterable[Document], on_rename: Callable[[str, str], None] | None = None
) -> list[Document]:
    """``documents`` with repeated ids made unique: the second ``x`` becomes
    ``x#2``, the third ``x#3``, skipping every id the collection already
    uses (a document the user named ``x#2`` keeps its name); ``on_rename(old,
    new)`` is called for each renamed document. The one rule for both
    :func:`load_documents` and :func:`summarizer.summarize`."""
    documents = list(documents)
    taken = {doc.id for doc in documents}
    seen: set[str] = set()
    counter: dict[str, int] = {}
    unique = []
    for doc in documents:
        if doc.id in seen:
            k = counter.get(doc.id, 1)
            while True:
                k += 1
                new_id = f"{doc.id}#{k}"
                if new_id not in taken:
                    break
            counter[doc.id] = k
            taken.add(new_id)
            if on_rename:
                on_rename(doc.id, new_id)
            doc = Document(id=new_id, text=doc.text, title=doc.title, path=doc.path)
        seen.add(doc.id)
        unique.append(doc)
    return unique


def as_collection(documents: Any) -> tuple[list[Document], list[str]]:
    """What :func:`summarizer.summarize` was given, as a list of Documents with
    unique ids, and notes for the summary (renamed ids, invalid Unicode).

    Raises
    ------
    InvalidDocumentError
        Not a collection of texts: bytes, a set (no order), a number ...
    EmptyInputError
        An empty collection.
    """
    if isinstance(documents, (str, Document)):
        documents = [documents]
    elif isinstance(documents, Mapping):
        documents = [
            text if isinstance(text, Document) else _keyed_document(key, text)
            for key, text in documents.items()
        ]
    elif isinstance(documents, (bytes, bytearray, memoryview)):
        raise InvalidDocumentError(
            "documents must be text, got bytes: decode them first, or read files and "
            "streams with load_documents()"
        )
    elif isinstance(documents, (set, frozenset)):
        raise InvalidDocumentError(
            "documents must be in a fixed order (a list or tuple), got a set: "
            "pass sorted(...) or a list"
        )
    try:
        items = list(documents)
    except TypeError:
        raise InvalidDocumentError(
            "documents must be a str, a Document, or a list of them (or a mapping of id to "
            f"text), got {type(documents).__name__}"
        ) from None
    if not items:
        raise EmptyInputError("no documents given")
    docs: list[Document] = []
    for i, item in enumerate(items, start=1):
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, str):
            docs.append(Document(id=f"doc-{i}", text=item))
        else:
            raise InvalidDocumentError(
                f"document {i} must be a str or Document, got {type(item).__name__}"
            )
    notes: list[str] = []
    for d in docs:
        if n := count_surrogates(d.text):
            notes.append(
                f"document {d.id!r} holds {n} lone surrogate code point{'s' * (n != 1)} "
                "(invalid Unicode): JSON writes them as \\uXXXX escapes, the other views "
                "as visible escapes"
            )
    docs = unique_ids(
        docs,
        lambda old, new: notes.append(f"duplicate document id {old!r} renamed to {new!r}"),
    )
    return docs, notes


def _keyed_document(key: object, text: object) -> Document:
    if not isinstance(text, str):
        raise InvalidDocumentError(
            f"document {key!r}: a mapping must give each id a str, got {type(text).__name__}"
        )
    return Document(id=str(key), text=text)
