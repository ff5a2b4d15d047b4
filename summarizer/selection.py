"""Choosing the summary: important, non-redundant, within budget, in reading order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import scipy.sparse as sp

from .embedding import unit_rows

if TYPE_CHECKING:  # pragma: no cover
    from .concepts import Concepts
    from .sentences import Candidate

REDUNDANT = "redundant"

#: The greedy search looks at the best candidates only (the shortlist): at
#: least this many ...
MIN_SHORTLIST = 100
#: ... and this many per sentence the budget is expected to hold. When all
#: of them are chosen or ruled redundant before the budget is full, the
#: shortlist doubles, up to this many (its similarities are a dense matrix):
SHORTLIST_PER_SENTENCE = 10
MAX_SHORTLIST = 4000


@dataclass(frozen=True)
class Budget:
    """Limits on the summary; None means no limit of that kind."""

    max_sentences: int | None = None
    max_words: int | None = None
    max_chars: int | None = None
    overflow: bool = False

    def expected_sentences(self, mean_words: float, mean_chars: float) -> int:
        """About how many sentences of average length the budget holds."""
        guesses = []
        if self.max_sentences is not None:
            guesses.append(self.max_sentences)
        if self.max_words is not None:
            guesses.append(int(np.ceil(self.max_words / max(mean_words, 1.0))))
        if self.max_chars is not None:
            guesses.append(int(np.ceil(self.max_chars / max(mean_chars + 1.0, 1.0))))
        return max(1, min(guesses)) if guesses else 1


class Redundant(NamedTuple):
    """A shortlisted candidate left out because it repeats a chosen one: their
    cosine ``similarity`` reached the redundancy threshold."""

    candidate: int
    chosen: int
    similarity: float


@dataclass(frozen=True)
class Selection:
    """Chosen candidates (in the order picked) and the ones ruled redundant.

    ``short`` is True when the budget has room left for a sentence of
    typical length (at least half of the candidates would fit it) but every
    candidate looked at that fits repeats a chosen one; ``complete`` is False
    when the search stopped at ``MAX_SHORTLIST`` candidates with fitting ones
    left unseen.
    """

    chosen: tuple[int, ...]
    redundant: tuple[Redundant, ...]
    short: bool = False
    complete: bool = True


def importance_per_word(scores: np.ndarray, words: np.ndarray, exponent: float) -> np.ndarray:
    """``scores / words ** exponent``: the order in which selection considers candidates."""
    return scores / np.maximum(words, 1) ** exponent


class Shortlist(NamedTuple):
    """The candidates the selection can reach (``rows``, best first), the
    ``value`` of every candidate (its importance per word: the order of the
    shortlist), and how many sentences the budget is expected to hold."""

    rows: np.ndarray
    value: np.ndarray
    expected_sentences: int


def shortlist(
    scores: np.ndarray,
    words: np.ndarray,
    chars: np.ndarray,
    *,
    budget: Budget,
    length_exponent: float,
) -> Shortlist:
    """The best candidates by importance per word: at least ``MIN_SHORTLIST``,
    and ``SHORTLIST_PER_SENTENCE`` per sentence the budget is expected to hold
    (for candidates of average length)."""
    expected = budget.expected_sentences(float(words.mean()), float(chars.mean()))
    value = importance_per_word(scores, words, length_exponent)
    size = min(value.size, max(MIN_SHORTLIST, SHORTLIST_PER_SENTENCE * expected))
    return Shortlist(np.argsort(-value, kind="stable")[:size], value, expected)


def select(
    X: sp.spmatrix,
    reach: Shortlist,
    *,
    words: np.ndarray,
    chars: np.ndarray,
    budget: Budget,
    labels: np.ndarray | None,
    redundancy_threshold: float | None,
    mmr_lambda: float,
    eligible: np.ndarray | None = None,
    concepts: Concepts | None = None,
    coverage_weight: float = 0.0,
    coverage_share: np.ndarray | None = None,
) -> Selection:
    """Greedy, redundancy-aware choice of sentences under a budget.

    Among the shortlisted candidates (:func:`shortlist`), repeatedly take
    the one with the highest gain::

        lambda * importance + coverage_weight * coverage
            - (1 - lambda) * (max similarity to the sentences already chosen)

    ``importance`` is the candidate's value relative to the best value;
    ``coverage`` is the weight of the concepts (:mod:`summarizer.concepts`)
    it would newly cover, per word, relative to the best such figure among
    the shortlisted candidates before any is chosen. The coverage term is a
    monotone submodular function of the summary (a concept counts once)
    taken per unit of cost, as in cost-scaled greedy for budgeted coverage:
    of two candidates stating the same concepts the shorter gains more, and
    a candidate repeating what the summary already states gains nothing
    from it. Each step costs a sparse product over the shortlist's concepts
    and a row of its similarities: O(K * (c + K)) for K shortlisted
    candidates of c concepts each, per chosen sentence. With
    ``labels`` the choice first covers the topic clusters, one sentence per
    cluster per round, so the summary
    spans the story's sub-topics before it adds a second sentence on any.
    A candidate whose cosine similarity to a chosen sentence reaches
    ``redundancy_threshold`` is never chosen (None disables that rule).

    Budgets: every limit given is respected. With ``budget.overflow`` the last
    sentence may cross the word or character limit (the summary then stops),
    as in ROUGE evaluations that truncate every summary to the same length.
    Without it, a sentence that does not fit is passed over for a shorter one.

    Parameters
    ----------
    X : sparse matrix, shape (n, n_features)
        Candidate vectors (cosine similarity is computed from them).
    reach : Shortlist
        The candidates to choose from, and the value of each.
    words, chars : ndarray of int, shape (n,)
        Length of each candidate in words and characters.
    budget : Budget
    labels : ndarray of int, shape (n,), or None
        Topic cluster of each candidate, to cover clusters first (None: no
        cluster coverage).
    redundancy_threshold : float or None
        None: no hard redundancy rule.
    mmr_lambda : float
    eligible : ndarray of bool, shape (n,), optional
        The candidates that may be chosen (a focus rules out the others);
        all when omitted.
    concepts : Concepts, optional
        The concepts of the candidates and their weights; with
        ``coverage_weight`` > 0, the coverage term of the gain.
    coverage_weight : float
        0 (or no ``concepts``) leaves the coverage term out.
    coverage_share : ndarray of float, shape (n,), optional
        Each candidate's coverage gain is multiplied by its share (a focus
        gives the relevance prior: an off-focus sentence covers nothing the
        summary wants); 1 when omitted.

    Returns
    -------
    Selection
    """
    value = reach.value
    if reach.rows.size == 0:
        return Selection((), ())
    if eligible is None:
        eligible = np.ones(value.size, dtype=bool)
    rows = reach.rows[eligible[reach.rows]]
    if rows.size == 0:
        return Selection((), ())
    chosen: list[int] = []
    while True:
        chosen, redundant, room = _greedy(
            X,
            rows,
            value,
            chosen,
            words,
            chars,
            budget,
            labels,
            redundancy_threshold,
            mmr_lambda,
            concepts if coverage_weight > 0 else None,
            coverage_weight,
            coverage_share,
        )
        if room is not None:
            room &= eligible
        # No shortlisted candidate that fits is left while the budget has room
        # for a typical sentence: look further down the list (a collection of
        # many variants of a few sentences can use up a shortlist). Room for a
        # few words only is a full budget, not worth a longer search.
        room_left = room is not None and _fits_a_typical_sentence(room, eligible)
        if not room_left:
            break
        unseen = np.ones(value.size, dtype=bool)
        unseen[rows] = False
        fitting = np.flatnonzero(unseen & room)  # candidates not yet looked at that fit
        if fitting.size == 0 or rows.size >= MAX_SHORTLIST:
            break
        order = np.argsort(-value[fitting], kind="stable")
        rows = np.concatenate([rows, fitting[order[: min(rows.size, MAX_SHORTLIST - rows.size)]]])
    complete = not room_left or fitting.size == 0
    if room_left:  # short: a candidate that fits was left out as a repeat
        room[chosen] = False
        room_left = bool(room.any())
    return Selection(tuple(chosen), tuple(redundant), short=room_left, complete=complete)


def _fits_a_typical_sentence(room: np.ndarray, eligible: np.ndarray) -> bool:
    """Whether at least half of the eligible candidates would fit the
    budget's room: room for a sentence of median length."""
    return 2 * int(np.count_nonzero(room & eligible)) >= int(np.count_nonzero(eligible))


def _greedy(
    X: sp.spmatrix,
    shortlist: np.ndarray,
    value: np.ndarray,
    forced: list[int],
    words: np.ndarray,
    chars: np.ndarray,
    budget: Budget,
    labels: np.ndarray | None,
    redundancy_threshold: float | None,
    mmr_lambda: float,
    concepts: Concepts | None,
    coverage_weight: float,
    coverage_share: np.ndarray | None,
) -> tuple[list[int], list[Redundant], np.ndarray | None]:
    """The greedy choice over ``shortlist``, taking the ``forced`` candidates
    first (in order). Returns the chosen candidates, the ones ruled
    redundant, and, when the budget still has room, which candidates (of
    all) would fit it (None when the budget is full)."""
    size = shortlist.size
    top = float(value[shortlist[0]])
    importance = value[shortlist] / top if top > 0 else np.ones(size)
    Xs = unit_rows(sp.csr_matrix(X)[shortlist])
    sim = (Xs @ Xs.T).toarray()
    np.fill_diagonal(sim, 0.0)
    w, c = words[shortlist], chars[shortlist]
    cl = labels[shortlist] if labels is not None else None
    position = {int(row): k for k, row in enumerate(shortlist)}
    coverage = None
    if concepts is not None:
        share = np.ones(size) if coverage_share is None else coverage_share[shortlist]
        coverage = _Coverage(concepts, shortlist, w, share)

    available = np.ones(size, dtype=bool)
    max_sim = np.zeros(size)
    covered: set[int] = set()
    chosen: list[int] = []
    redundant: list[Redundant] = []
    total_words = total_chars = 0

    def fitting(lengths_w: np.ndarray, lengths_c: np.ndarray) -> np.ndarray:
        fits = np.ones(lengths_w.size, dtype=bool)
        sep = 1 if chosen else 0  # a space between sentences
        if budget.max_words is not None:
            fits &= (
                np.full(lengths_w.size, total_words < budget.max_words)
                if budget.overflow
                else total_words + lengths_w <= budget.max_words
            )
        if budget.max_chars is not None:
            fits &= (
                np.full(lengths_w.size, total_chars < budget.max_chars)
                if budget.overflow
                else total_chars + sep + lengths_c <= budget.max_chars
            )
        return fits

    while True:
        if budget.max_sentences is not None and len(chosen) >= budget.max_sentences:
            return [int(shortlist[i]) for i in chosen], redundant, None
        fits = available & fitting(w, c)
        if len(chosen) < len(forced):
            pick = position[forced[len(chosen)]]
        elif not fits.any():
            room = fitting(words, chars)  # over every candidate, not only the shortlist
            return [int(shortlist[i]) for i in chosen], redundant, room if room.any() else None
        else:
            if cl is not None:
                fresh = fits & ~np.isin(cl, list(covered))
                if not fresh.any():
                    covered.clear()
                    fresh = fits
                fits = fresh
            gain = mmr_lambda * importance - (1.0 - mmr_lambda) * max_sim
            if coverage is not None:
                gain = gain + coverage_weight * coverage.gain()
            pick = int(np.flatnonzero(fits)[np.argmax(gain[fits])])
        sep = 1 if chosen else 0
        chosen.append(pick)
        available[pick] = False
        total_words += int(w[pick])
        total_chars += sep + int(c[pick])
        if cl is not None:
            covered.add(int(cl[pick]))
        if coverage is not None:
            coverage.cover(pick)
        max_sim = np.maximum(max_sim, sim[pick])
        if redundancy_threshold is not None:
            for j in np.flatnonzero(available & (sim[pick] >= redundancy_threshold)):
                redundant.append(
                    Redundant(int(shortlist[j]), int(shortlist[pick]), float(sim[pick, j]))
                )
                available[j] = False


class _Coverage:
    """The coverage term of the greedy gain over a shortlist: the weight of
    the concepts each candidate would newly cover, per word, relative to the
    best such figure before any candidate is chosen."""

    def __init__(
        self, concepts: Concepts, shortlist: np.ndarray, words: np.ndarray, share: np.ndarray
    ) -> None:
        self.stated = sp.csr_matrix(concepts.matrix)[shortlist]
        self.left = np.asarray(concepts.weights, dtype=np.float64).copy()  # 0 once covered
        self.per_word = share / np.maximum(words, 1)
        first = self._per_word_gain()
        self.scale = 1.0 / first.max() if first.size and first.max() > 0 else 0.0

    def _per_word_gain(self) -> np.ndarray:
        return (self.stated @ self.left) * self.per_word

    def gain(self) -> np.ndarray:
        """Each shortlisted candidate's coverage gain now, in [0, 1]."""
        return self._per_word_gain() * self.scale

    def cover(self, k: int) -> None:
        """The concepts of shortlisted candidate ``k`` are covered."""
        self.left[self.stated.indices[self.stated.indptr[k] : self.stated.indptr[k + 1]]] = 0.0


def reading_order(
    chosen: Sequence[int],
    candidates: Sequence[Candidate],
    document_sizes: Mapping[str, int],
    scores: np.ndarray,
) -> list[int]:
    """Order chosen candidates for reading.

    Rule: by relative position in the source document (index divided by the
    document's sentence count, taking the earliest occurrence of the sentence
    in any document), then by document order (the order of
    ``document_sizes``), then by score. News writing puts the main facts
    first and background later, so sentences that open their articles open
    the summary and details follow, whichever outlet they came from.

    Parameters
    ----------
    chosen : sequence of int
        Indices into ``candidates``.
    candidates : sequence of Candidate
    document_sizes : mapping of document id to its number of sentences
        In collection order.
    scores : ndarray
    """
    rank = {doc_id: k for k, doc_id in enumerate(document_sizes)}

    def key(i: int) -> tuple[float, int, float, int]:
        c = candidates[i]
        position = min(s.index / max(document_sizes[s.doc_id], 1) for s in c.sources)
        return (position, rank[c.sentence.doc_id], -float(scores[i]), i)

    return sorted(chosen, key=key)
