"""summarizer: fast, attributed extractive multi-document summarization.

>>> from summarizer import summarize, load_documents
>>> summary = summarize(load_documents("seeds"), max_words=120)  # doctest: +SKIP
>>> for sentence in summary.sentences:  # doctest: +SKIP
...     print(sentence.text, sentence.doc_ids)
"""

from __future__ import annotations

from .documents import Document, LoadNotice, load_documents
from .errors import (
    DocumentLoadError,
    EmptyInputError,
    InvalidDocumentError,
    InvalidSettingsError,
    SummarizerError,
)
from .pipeline import Summarizer, summarize
from .settings import SummarizerSettings
from .summary import (
    ClusterInfo,
    CorpusStats,
    DocumentInfo,
    DroppedSentence,
    Source,
    Summary,
    SummarySentence,
)

__version__ = "0.1.0"

__all__ = [
    "ClusterInfo",
    "CorpusStats",
    "Document",
    "DocumentInfo",
    "DocumentLoadError",
    "DroppedSentence",
    "EmptyInputError",
    "InvalidDocumentError",
    "InvalidSettingsError",
    "LoadNotice",
    "Source",
    "Summarizer",
    "SummarizerError",
    "SummarizerSettings",
    "Summary",
    "SummarySentence",
    "__version__",
    "load_documents",
    "summarize",
]
