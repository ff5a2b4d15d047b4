"""Exceptions raised by the summarizer.

Every error the library raises on purpose is a :class:`SummarizerError`, so
callers (and the command line) can catch one type and show its message.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class of every error the summarizer raises on purpose."""


class InvalidSettingsError(SummarizerError, ValueError):
    """A setting or budget has a wrong type or an out-of-range value."""


class EmptyInputError(SummarizerError, ValueError):
    """The collection holds no documents, or no text to summarize."""


class InvalidDocumentError(SummarizerError, ValueError):
    """A document is malformed (wrong type, duplicate id, ...)."""


class DocumentLoadError(SummarizerError, OSError):
    """A path or stream could not be read as documents.

    ``path`` names the input and ``reason`` says what went wrong; the message
    is ``"<path>: <reason>"``.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
