"""summarizer: fast, attributed extractive multi-document summarization.

>>> from summarizer import summarize, load_documents
>>> summary = summarize(load_documents("seeds"), max_words=120)  # doctest: +SKIP
>>> for sentence in summary.sentences:  # doctest: +SKIP
...     print(sentence.text, sentence.doc_ids)

The public names are imported on first use, so that ``import summarizer``
(and the command's start-up, which must answer Ctrl-C at once) does not
wait for NumPy, SciPy, scikit-learn and nltk until they are needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_EXPORTS = {
    "BatchResult": "batch",
    "ClusterInfo": "summary",
    "Collection": "batch",
    "CorpusStats": "summary",
    "Document": "documents",
    "DocumentInfo": "summary",
    "DocumentLoadError": "errors",
    "DroppedSentence": "summary",
    "EmptyInputError": "errors",
    "InvalidDocumentError": "errors",
    "InvalidSettingsError": "errors",
    "LoadNotice": "documents",
    "Source": "summary",
    "Span": "summary",
    "Summarizer": "pipeline",
    "SummarizerError": "errors",
    "SummarizerSettings": "settings",
    "Summary": "summary",
    "SummarySentence": "summary",
    "Support": "summary",
    "load_documents": "documents",
    "read_collections": "batch",
    "summarize": "pipeline",
    "summarize_many": "batch",
}

__all__ = [*sorted(_EXPORTS), "__version__"]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from .batch import BatchResult as BatchResult
    from .batch import Collection as Collection
    from .batch import read_collections as read_collections
    from .batch import summarize_many as summarize_many
    from .documents import Document as Document
    from .documents import LoadNotice as LoadNotice
    from .documents import load_documents as load_documents
    from .errors import DocumentLoadError as DocumentLoadError
    from .errors import EmptyInputError as EmptyInputError
    from .errors import InvalidDocumentError as InvalidDocumentError
    from .errors import InvalidSettingsError as InvalidSettingsError
    from .errors import SummarizerError as SummarizerError
    from .pipeline import Summarizer as Summarizer
    from .pipeline import summarize as summarize
    from .settings import SummarizerSettings as SummarizerSettings
    from .summary import ClusterInfo as ClusterInfo
    from .summary import CorpusStats as CorpusStats
    from .summary import DocumentInfo as DocumentInfo
    from .summary import DroppedSentence as DroppedSentence
    from .summary import Source as Source
    from .summary import Span as Span
    from .summary import Summary as Summary
    from .summary import SummarySentence as SummarySentence
    from .summary import Support as Support


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
