"""Links: fetch a web page (or a text, Markdown or PDF file) over http(s).

Only ``http`` and ``https`` are fetched, with the standard library (no
session state is kept between calls). Every limit a user would want from a
tool that reads untrusted links is applied: a time-out on the whole fetch,
the loader's size limit on the body (read a chunk at a time, so a huge or
endless response costs at most that much), at most :data:`MAX_REDIRECTS`
redirects and only to http(s), and a content type the readers know. Each
failure raises :class:`FetchError` with a one-line reason.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from email.message import Message
from typing import NamedTuple
from urllib.parse import urlsplit

#: Seconds allowed for one link: connecting, waiting and reading the body.
FETCH_TIMEOUT = 20.0
#: Redirects followed before giving up (browsers allow about 20; a story
#: link needs one or two).
MAX_REDIRECTS = 5
#: Content types the readers can read, and the reader for each.
CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/pdf": "pdf",
}
SCHEMES = ("http", "https")
#: Links fetched at once: a collection of pages from several sites should
#: cost about its slowest page, not the sum of them.
MAX_PARALLEL_FETCHES = 8
_USER_AGENT = "summarizer/0.1 (+extractive summaries; one request per link)"
_CHUNK = 64 * 1024


class FetchError(OSError):
    """A link could not be fetched; ``str()`` is the reason, one line."""


class Fetched(NamedTuple):
    """The body of a response, the kind of reader it needs and its charset
    (if the server named one)."""

    data: bytes
    kind: str | None
    charset: str | None


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in SCHEMES:
            raise FetchError(f"redirected to a link that is not http(s): {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, max_bytes: int, timeout: float = FETCH_TIMEOUT) -> Fetched:
    """Fetch ``url``: at most ``max_bytes`` of body within ``timeout`` seconds.

    Raises
    ------
    FetchError
        Not an http(s) link, a network or HTTP error, a time-out, too many
        redirects, a body over ``max_bytes``, or a content type no reader knows.
    """
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as exc:  # "http://[::1": an unclosed IPv6 address, a bad port
        raise FetchError(f"not a valid link ({exc})") from None
    if scheme not in SCHEMES:
        raise FetchError(f"only http and https links are fetched, not {scheme}:")
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "*/*"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            kind, charset = _content_kind(response.headers)
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {timeout:g} s")
                # read1: what one receive gives, so a server that sends a byte
                # at a time cannot hold the fetch past its deadline.
                chunk = response.read1(min(_CHUNK, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"over the {max_bytes:,}-byte limit")
            return Fetched(b"".join(chunks), kind, charset)
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400 and "infinite loop" in str(exc.reason):
            raise FetchError(f"more than {MAX_REDIRECTS} redirects, or a redirect loop") from None
        if 300 <= exc.code < 400 and "not allowed" in str(exc.reason):
            raise FetchError("redirected to a link that is not http(s)") from None
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchError(f"timed out after {timeout:g} s") from None
        raise FetchError(f"cannot fetch ({reason})") from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        # connection reset, malformed responses, a bad port or host name
        raise FetchError(f"cannot fetch ({type(exc).__name__}: {exc})") from None


def _content_kind(headers: Message) -> tuple[str | None, str | None]:
    content_type = (headers.get_content_type() or "").lower()
    charset = headers.get_content_charset()
    if not headers.get("Content-Type"):
        return None, charset  # no type given: the loader looks at the bytes
    kind = CONTENT_TYPES.get(content_type)
    if kind is None:
        raise FetchError(f"content type {content_type} is not a web page, text, Markdown or PDF")
    return kind, charset


def fetch_all(
    urls: Sequence[str], *, max_bytes: int, timeout: float = FETCH_TIMEOUT
) -> dict[str, Fetched | FetchError]:
    """Fetch every link of ``urls`` (each once), up to
    :data:`MAX_PARALLEL_FETCHES` at a time; each result or failure by link.

    The threads end before this returns, so nothing outlives the call.
    """
    unique = list(dict.fromkeys(urls))
    if not unique:
        return {}

    def one(url: str) -> Fetched | FetchError:
        try:
            return fetch(url, max_bytes=max_bytes, timeout=timeout)
        except FetchError as exc:
            return exc

    workers = min(MAX_PARALLEL_FETCHES, len(unique))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summarizer-fetch") as pool:
        return dict(zip(unique, pool.map(one, unique), strict=True))
