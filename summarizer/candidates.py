"""Candidates: the distinct sentences a summary can be made of.

From the labelled sentences of every document: body sentences, with exact
and near duplicates collapsed into one candidate that remembers every
occurrence and how it matches (:mod:`summarizer.duplicates`), and without
the lines a site repeats at the edges of its pages
(:mod:`summarizer.furniture`). A collection with no body sentence at all (a
one-line document, a list of titles) falls back to its headings and
fragments. Every sentence left out is a :class:`~summarizer.summary.DroppedSentence`
with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from .classify import BODY, BOILERPLATE, OTHER_LANGUAGE, RUN_ON, LabelledSentence
from .duplicates import duplicate_groups
from .features import Features
from .furniture import body_positions, repeated_furniture
from .language import LanguageProfile
from .sentences import EXACT, Candidate, Match, Sentence
from .summary import DroppedSentence

DUPLICATE = "duplicate"


@dataclass(frozen=True)
class CandidatePool:
    """The candidates of a collection, and what was left out.

    ``terms`` holds the term counts of the candidates
    (:func:`summarizer.embedding.count_terms`), row i for candidate i, and
    ``words`` their lengths in words (:func:`summarizer.language.count_words`).
    ``fallback`` is True when there was no body sentence and the candidates
    are the collection's headings and fragments.
    """

    candidates: tuple[Candidate, ...]
    terms: sp.csr_matrix
    words: np.ndarray
    dropped: tuple[DroppedSentence, ...]
    fallback: bool


def gather_candidates(
    labelled: Sequence[Sequence[LabelledSentence]],
    features: Features,
    *,
    profile: LanguageProfile,
    collapse_duplicates: bool,
    duplicate_threshold: float,
    drop_furniture: bool,
    jobs: int,
) -> CandidatePool:
    """The candidates of a collection.

    Parameters
    ----------
    labelled : sequence of sequences of LabelledSentence
        One sequence per document, in collection order
        (:func:`summarizer.classify.label_document`).
    features : Features
        :func:`summarizer.features.featurize` of the labelled sentences, in
        order (all documents, all kinds).
    profile : LanguageProfile
    collapse_duplicates : bool
        Merge exact and near duplicates into one candidate.
    duplicate_threshold : float
        Jaccard similarity of word sets for near duplicates.
    drop_furniture : bool
        Leave out the lines a site repeats at the edges of its pages.
    jobs : int
        Worker processes for the near-duplicate join on large collections.
    """
    flat = [item for doc in labelled for item in doc]
    body_rows, other_rows = [], []
    dropped: list[DroppedSentence] = []
    for row, (s, kind, reason) in enumerate(flat):
        if kind == BODY:
            body_rows.append(row)
        else:
            dropped.append(DroppedSentence.of(s, kind, reason))
            if kind not in (BOILERPLATE, OTHER_LANGUAGE) and reason != RUN_ON:
                other_rows.append(row)
    fallback = not body_rows
    rows = np.array(other_rows if fallback else body_rows, dtype=np.int64)
    candidates, duplicates, firsts = _collapse(
        [flat[r].sentence for r in rows],
        features.take(rows),
        collapse=collapse_duplicates,
        threshold=duplicate_threshold,
        profile=profile,
        jobs=jobs,
    )
    dropped += duplicates
    terms = sp.csr_matrix(features.terms[rows[firsts]])
    words = features.lengths[rows[firsts]]
    if drop_furniture and not fallback:
        bodies = {doc[0].sentence.doc_id: body_positions(doc) for doc in labelled if doc}
        furniture = repeated_furniture(candidates, terms, bodies, profile)
        if furniture.any():
            for i in np.flatnonzero(furniture):
                detail = (
                    f"site text: recurs at the start or end of {len(candidates[i].doc_ids)} "
                    "documents and shares no content with them"
                )
                dropped.append(DroppedSentence.of(candidates[i].sentence, BOILERPLATE, detail))
            keep = np.flatnonzero(~furniture)
            candidates = [candidates[i] for i in keep]
            terms, words = terms[keep], words[keep]
    return CandidatePool(tuple(candidates), terms, words, tuple(dropped), fallback)


def _collapse(
    sentences: Sequence[Sentence],
    features: Features,
    *,
    collapse: bool,
    threshold: float,
    profile: LanguageProfile,
    jobs: int,
) -> tuple[list[Candidate], list[DroppedSentence], np.ndarray]:
    """Candidates from ``sentences`` (row i of ``features`` is sentence i),
    their dropped duplicates, and the row of each candidate's first sentence."""
    if not collapse or not sentences:
        return [Candidate(s, (s,)) for s in sentences], [], np.arange(len(sentences))
    groups = duplicate_groups(
        [s.text for s in sentences],
        features.keys,
        features.words,
        threshold=threshold,
        profile=profile,
        jobs=jobs,
    )
    group_of = groups.representative
    # Members of each group in row order; groups in order of their first row
    # (the representative is its group's first row).
    by_group = np.argsort(group_of, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(group_of[by_group]) != 0])
    firsts = by_group[starts]
    sizes = np.diff(np.r_[starts, by_group.size])
    candidates, dropped = [], []
    for g in range(firsts.size):
        first = sentences[firsts[g]]
        if sizes[g] == 1:
            candidates.append(Candidate(first, (first,)))
            continue
        members = by_group[starts[g] : starts[g] + sizes[g]].tolist()
        matches = tuple(
            EXACT if groups.exact[m] else Match(False, float(groups.similarity[m])) for m in members
        )
        candidates.append(Candidate(first, tuple(sentences[m] for m in members), matches))
        for m, match in zip(members[1:], matches[1:], strict=True):
            what = "duplicate" if match.exact else f"near-duplicate ({match.similarity:.2f})"
            detail = f"{what} of {first.doc_id}#{first.index}"
            dropped.append(DroppedSentence.of(sentences[m], DUPLICATE, detail, first))
    return candidates, dropped, firsts
