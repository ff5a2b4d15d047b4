"""Page furniture that repeats: lines a site pastes into many of its pages.

A syndication line ("This article was originally published on our partner
site."), a tagline or a standing credit recurs across the documents of a
collection, so duplicate collapsing makes it one candidate carried by many
documents, which corroboration then rewards as if many outlets reported it.
The phrase-based classifier cannot know every such line; four general
signals together mark one:

* it is **pervasive**: the same sentence (or a near match) is carried by
  more than half of the collection's documents, and by two at least, as a
  site's standing line is on every page of the site (an opinion that
  several reviewers share, "Would buy again.", is carried by some reviews,
  not by most; a sentence two outlets share is not in half of twenty);
* it **sits at an edge**: every occurrence is in the header or footer of
  its document: among its first or last ``EDGE_SENTENCES`` body sentences,
  or in a run of lines, starting at either end, that other documents carry
  too (a footer of three site lines is a footer). In a document too
  short to have a middle every sentence is at an edge: there position says
  nothing, and the other signals decide;
* it is **unrelated**: its TF-IDF cosine similarity to the rest of the
  collection (the sum of the other candidates' unit vectors) is below
  ``MAX_RELATEDNESS``: it shares no content with what the documents are
  about, so in the similarity graph it is all but isolated, and its whole
  score would come from corroboration and the lead prior, neither of which
  is about content (a collection of fewer than ``MIN_OTHER_CANDIDATES`` other
  sentences is too small to tell);
* the documents that carry it **otherwise differ**: they are not copies of
  one article (whose every sentence recurs).

A news fact that several outlets carry verbatim shares its names and topic
words with the articles around it, a document's own opening or closing line
is not carried by others, and an opinion some reviews repeat is not in most
of them, so none of them is marked. A closing line that most documents of a
small collection carry word for word and that shares no word with anything
else they say would be marked: such a line is the page's, not the story's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

from .classify import BODY, LabelledSentence
from .embedding import tfidf, unit_rows, without_stop_words

if TYPE_CHECKING:  # pragma: no cover
    from .language import LanguageProfile
    from .sentences import Candidate

#: Body sentences at each end of a document that count as its edges: a
#: header or footer line, after the headings and bylines the classifier
#: already drops.
EDGE_SENTENCES = 2
#: Cosine similarity to the rest of a collection below which a line shares no
#: content with it. On the news dev sets (benchmarks/furniture.py),
#: nearly every line spliced into every document scores below it, while
#: sentences of the story that recur at document edges score above it (of
#: 175 recurring sentences of multinews_longbench, 3 do not: two requests
#: for tips from readers and one quotation).
MAX_RELATEDNESS = 0.1
#: Other candidate sentences a collection needs before a line can be judged
#: unrelated to it: sharing no word with one or two sentences is chance.
MIN_OTHER_CANDIDATES = 3
#: Documents that share at least this Jaccard similarity of candidate sets
#: are copies of one article, not different pages with a common line.
COPY_OVERLAP = 0.5


def body_positions(labelled: Sequence[LabelledSentence]) -> tuple[int, ...]:
    """The indices of a document's body sentences, in order."""
    return tuple(s.index for s, kind, _ in labelled if kind == BODY)


def _edges(body: Sequence[int], recurring: set[int]) -> set[int]:
    """The header and footer of a document with body sentences ``body``: the
    first and last ``EDGE_SENTENCES``, and any run of ``recurring`` lines
    that starts at either end."""
    zone: set[int] = set()
    for ordered in (body, body[::-1]):
        zone.update(ordered[:EDGE_SENTENCES])
        for index in ordered:
            if index not in recurring:
                break
            zone.add(index)
    return zone


def repeated_furniture(
    candidates: Sequence[Candidate],
    terms: sp.spmatrix,
    bodies: Mapping[str, Sequence[int]],
    profile: LanguageProfile,
) -> np.ndarray:
    """Which candidates are repeated page furniture.

    Parameters
    ----------
    candidates : sequence of Candidate
    terms : sparse matrix, shape (len(candidates), n_columns)
        Term counts of the candidates. Their content words (the stop words
        of ``profile`` left out, :func:`summarizer.embedding.without_stop_words`)
        are weighted only when some candidate recurs at document edges.
    bodies : mapping of document id to sentence indices
        :func:`body_positions` of every document of the collection.

    Returns
    -------
    ndarray of bool, shape (len(candidates),)
    """
    n = len(candidates)
    marked = np.zeros(n, dtype=bool)
    if n - 1 < MIN_OTHER_CANDIDATES:
        return marked
    pervasive = max(2, len(bodies) // 2 + 1)  # more than half of the documents
    widespread = [i for i, c in enumerate(candidates) if len(c.doc_ids) >= pervasive]
    if not widespread:
        return marked
    recurring: dict[str, set[int]] = {d: set() for d in bodies}
    for c in candidates:
        if len(c.sources) > 1 and len(c.doc_ids) > 1:
            for s in c.sources:
                recurring[s.doc_id].add(s.index)
    edges = {d: _edges(body, recurring[d]) for d, body in bodies.items()}
    suspects = [
        i
        for i in widespread
        if all(s.index in edges.get(s.doc_id, ()) for s in candidates[i].sources)
    ]
    if not suspects:
        return marked
    hosts = {d for i in suspects for d in candidates[i].doc_ids}
    members: dict[str, set[int]] = {d: set() for d in hosts}  # each host document's candidates
    for i, c in enumerate(candidates):
        for d in c.doc_ids:
            if d in members:
                members[d].add(i)
    Xn = unit_rows(tfidf(without_stop_words(terms, [profile])))
    collection = np.asarray(Xn.sum(axis=0)).ravel()
    for i in suspects:
        docs = candidates[i].doc_ids
        first = members[docs[0]] - {i}
        if all(_jaccard(first, members[d] - {i}) >= COPY_OVERLAP for d in docs[1:]):
            continue  # copies of one article
        x = Xn[i].toarray().ravel()
        marked[i] = _cosine(x, collection - x) < MAX_RELATEDNESS  # the rest, without itself
    return marked


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / max(len(a | b), 1)


def _cosine(unit: np.ndarray, profile: np.ndarray) -> float:
    """Cosine similarity of a unit vector and a vector (0 for a zero vector)."""
    norm = float(np.linalg.norm(profile))
    return float(unit @ profile) / norm if norm > 0.0 else 0.0
