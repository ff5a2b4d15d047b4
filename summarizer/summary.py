"""The result of summarization: plain, frozen, JSON-ready data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from .language import count_words, join_sentences

if TYPE_CHECKING:  # pragma: no cover
    from .sentences import Sentence

#: Version of the :meth:`Summary.to_dict` layout; bumped on any incompatible change.
#: The layout is described by ``summary.schema.json`` (JSON Schema) in this package.
#: 2: sources say how they match (``match``, ``similarity``); ``related`` is a span.
#: 3: documents have ``author`` and ``date``.
#: 4: ``languages`` (read, summary); each document's ``language``;
#: ``stats.other_language_dropped``.
#: 5: ``focus``; each sentence's ``relevance`` and ``focus_spans``; dropped
#: sentences of reason ``"off-focus"``.
#: 6: each sentence's ``support``: the other documents reporting it in other words.
SCHEMA_VERSION = 6

#: How a source matches its summary sentence: the same words (after case,
#: width and punctuation folding), or a near match stating the same fact.
EXACT_MATCH = "exact"
NEAR_MATCH = "near"


@dataclass(frozen=True)
class Span:
    """A place in a document: ``document.text[start:end]``."""

    doc_id: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Source:
    """One place a summary sentence occurs, and how it matches the sentence.

    ``match`` is ``"exact"`` when the span has the sentence's words (case,
    width and punctuation folded), or ``"near"`` when it states the same
    fact with small edits (see :func:`summarizer.duplicates.same_fact`);
    ``similarity`` is the Jaccard similarity of the two word sets (1.0 for
    exact matches).
    """

    doc_id: str
    start: int
    end: int
    match: str = EXACT_MATCH
    similarity: float = 1.0

    @property
    def exact(self) -> bool:
        return self.match == EXACT_MATCH

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Support:
    """A sentence of another document that reports what a summary sentence
    says, in other words: ``text[start:end]`` of document ``doc_id``, at
    cosine ``similarity`` (TF-IDF) to it (see :mod:`summarizer.support`)."""

    doc_id: str
    start: int
    end: int
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SummarySentence:
    """A sentence of the summary, verbatim from its document.

    ``document.text[start:end] == text`` for the document ``doc_id``;
    ``index`` is the sentence's position in that document. ``sources`` lists
    every occurrence of this sentence or a near match of it across the
    collection (this one first), each saying how it matches, so a reader
    sees which documents carry it. With a focus, ``relevance`` is the
    sentence's relevance to it (1 for the collection's most relevant
    sentence) and ``focus_spans`` are the ``(start, end)`` offsets in
    ``text`` of the focus's words; without one, None and (). ``support``
    lists the documents that do not carry the sentence but report the same
    fact in other words ("also reported by"), one sentence each, most
    similar first.
    """

    text: str
    doc_id: str
    index: int
    start: int
    end: int
    score: float
    cluster: int
    sources: tuple[Source, ...]
    relevance: float | None = None
    focus_spans: tuple[tuple[int, int], ...] = ()
    support: tuple[Support, ...] = ()

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """The distinct documents carrying this sentence, in order."""
        return tuple(dict.fromkeys(s.doc_id for s in self.sources))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "doc_id": self.doc_id,
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "score": self.score,
            "cluster": self.cluster,
            "sources": [s.to_dict() for s in self.sources],
            "relevance": self.relevance,
            "focus_spans": [list(span) for span in self.focus_spans],
            "support": [s.to_dict() for s in self.support],
        }


@dataclass(frozen=True)
class DocumentInfo:
    """A document of the collection as the summary reports it."""

    id: str
    title: str | None
    path: str | None
    sentences: int
    author: str | None = None
    date: str | None = None
    language: str | None = None

    @property
    def label(self) -> str:
        """What to call the document: its title, else its file name or id."""
        return self.title or self.id

    @property
    def description(self) -> str:
        """Its label, with its author and date when the input gave them."""
        return " · ".join(part for part in (self.label, self.author, self.date) if part)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "author": self.author,
            "date": self.date,
            "language": self.language,
            "sentences": self.sentences,
        }


@dataclass(frozen=True)
class FocusInfo:
    """The focus a summary was drawn with.

    ``terms`` are its words found in the documents (folded), ``unmatched``
    its content words that are not; ``matched`` is False when nothing
    matched and the summary is the generic one.
    """

    text: str
    terms: tuple[str, ...]
    unmatched: tuple[str, ...]
    matched: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "terms": list(self.terms),
            "unmatched": list(self.unmatched),
            "matched": self.matched,
        }


@dataclass(frozen=True)
class CorpusStats:
    """What the summarizer read and what it set aside."""

    documents: int
    sentences: int
    candidates: int
    duplicates_merged: int
    boilerplate_dropped: int
    headings_dropped: int
    fragments_dropped: int
    clusters: int
    other_language_dropped: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ClusterInfo:
    """A topic cluster: its size, total score and best sentences."""

    id: int
    size: int
    score: float
    top: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "size": self.size, "score": self.score, "top": list(self.top)}


class DroppedSentence(NamedTuple):
    """A sentence left out, and why: ``reason`` is one of ``"duplicate"``,
    ``"boilerplate"``, ``"heading"``, ``"fragment"``, ``"other-language"``,
    ``"redundant"`` or ``"off-focus"``,
    ``detail`` says more, and ``related`` is where the sentence it repeats is.

    (A named tuple: the stages make one for every sentence they set aside,
    which on a large collection is hundreds of thousands.)
    """

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    reason: str
    detail: str
    related: Span | None = None

    @classmethod
    def of(
        cls, sentence: Sentence, reason: str, detail: str, related: Sentence | None = None
    ) -> DroppedSentence:
        """The dropped sentence for ``sentence`` (and the sentence it repeats)."""
        return cls(
            sentence.doc_id,
            sentence.index,
            sentence.start,
            sentence.end,
            sentence.text,
            reason,
            detail,
            Span(related.doc_id, related.start, related.end) if related is not None else None,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
            "detail": self.detail,
            "related": self.related.to_dict() if self.related else None,
        }


@dataclass(frozen=True)
class Summary:
    """An extractive summary with its provenance.

    Attributes
    ----------
    sentences : tuple of SummarySentence
        In reading order.
    stats : CorpusStats
    documents : tuple of DocumentInfo
        The collection's documents, in order, with their sentence counts.
    clusters : tuple of ClusterInfo
        Topic clusters, most important first.
    dropped : tuple of DroppedSentence
        Every sentence left out (duplicate, boilerplate, heading, fragment,
        other language, redundant), with the reason; with a focus, also the
        central sentences left out as off the focus.
    notes : tuple of str
        Anything the caller should know (for example that no sentence fits
        the budget).
    language : str or None
        The language the summary is drawn from (ISO 639-1), or None when it
        is drawn from every language (``summary_language="any"``); see
        :attr:`languages_read` for every language of the collection.
    focus : FocusInfo or None
        The focus the summary was asked for (None: a generic summary).
    """

    sentences: tuple[SummarySentence, ...]
    stats: CorpusStats
    documents: tuple[DocumentInfo, ...] = ()
    clusters: tuple[ClusterInfo, ...] = ()
    dropped: tuple[DroppedSentence, ...] = field(default=(), repr=False)
    notes: tuple[str, ...] = ()
    language: str | None = None
    focus: FocusInfo | None = None

    @property
    def languages_read(self) -> dict[str, int]:
        """Documents per language, most first (ISO 639-1 codes)."""
        counts: dict[str, int] = {}
        for d in self.documents:
            if d.language:
                counts[d.language] = counts.get(d.language, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    @property
    def languages_used(self) -> tuple[str, ...]:
        """The languages of the documents the summary's sentences come from."""
        language = {d.id: d.language for d in self.documents}
        used = dict.fromkeys(language.get(s.doc_id) for s in self.sentences)
        return tuple(code for code in used if code)

    @property
    def text(self) -> str:
        """The summary as one paragraph (sentences of Chinese or Japanese
        joined without a space)."""
        return join_sentences(s.text for s in self.sentences)

    @property
    def word_count(self) -> int:
        return sum(count_words(s.text) for s in self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.sentences)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """JSON-ready form (schema version :data:`SCHEMA_VERSION`).

        With ``explain=True`` the clusters and dropped sentences are included.
        """
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "documents": [d.to_dict() for d in self.documents],
            "languages": {
                "summary": self.language,
                "read": self.languages_read,
                "used": list(self.languages_used),
            },
            "focus": self.focus.to_dict() if self.focus else None,
            "stats": self.stats.to_dict(),
            "notes": list(self.notes),
        }
        if explain:
            out["clusters"] = [c.to_dict() for c in self.clusters]
            out["dropped"] = [d.to_dict() for d in self.dropped]
        return out
