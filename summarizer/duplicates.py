"""Duplicates: which sentences of a collection state the same fact in the same words.

Two sentences are **exact** duplicates when they have the same words after
case, width and punctuation folding (:func:`summarizer.language.fold`).
They are **near** duplicates when their word sets overlap by at least the
threshold (Jaccard similarity) *and* they state the same fact
(:func:`same_fact`): a template sentence with one word changed
("... reworked authentication ..." / "... reworked backups ...", "three
people were killed" / "eleven people were killed" / "nobody was killed")
shares most of its words with the others but says something else, and
merging it would cite documents for a sentence they do not contain.

Each group has a **representative**, its first occurrence in collection
order, and every member matches the representative directly (exactly, or
as a near match of a stated similarity): the group is a star around it, not
a chain of near matches that could drift from one fact to another.

Near-duplicate pairs are found without comparing all pairs (the prefix
filter of set-similarity joins, see :func:`near_duplicate_pairs`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np
import regex
import scipy.sparse as sp

from .embedding import used_columns
from .language import UNSPACED, LanguageProfile, fold, unspaced_apart
from .workers import map_tasks

#: Candidate pairs the near-duplicate join may examine: at least this many ...
PAIR_BUDGET_MIN = 2_000_000
#: ... or this many per text.
PAIR_BUDGET_PER_TEXT = 50
#: Candidate pairs made and scored at a time (small blocks stay in cache).
BLOCK_PAIRS = 200_000
#: Blocks from which the pairs are scored by worker processes.
PARALLEL_MIN_BLOCKS = 8


class DuplicateGroups(NamedTuple):
    """Duplicate groups of n texts, one entry per text.

    ``representative[i]`` is the text that stands for text i's group (the
    group's first text; a text alone is its own representative).
    ``exact[i]`` says whether text i has the representative's words exactly
    (after folding), and ``similarity[i]`` is the Jaccard similarity of
    their word sets (1.0 for exact copies).
    """

    representative: np.ndarray
    exact: np.ndarray
    similarity: np.ndarray


def duplicate_groups(
    texts: Sequence[str],
    keys: np.ndarray,
    words: sp.spmatrix,
    *,
    threshold: float,
    profile: LanguageProfile,
    jobs: int,
) -> DuplicateGroups:
    """Group texts that are exact or near duplicates of each other.

    Parameters
    ----------
    texts : sequence of str
        The texts (sentences), in collection order.
    keys : ndarray of uint64
        Key of each text's folded form: equal keys are exact duplicates.
    words : sparse matrix, shape (n, n_columns)
        Binary word sets of the texts (hashed columns).
    threshold : float
        Jaccard similarity of word sets at or above which two texts *may*
        be near duplicates (they must also state the same fact).
    profile : LanguageProfile
        The language of the texts (its function words, negations, number
        words and stemmer decide what the same fact is).
    jobs : int
        Worker processes for the near-duplicate join on large inputs; the
        result does not depend on it.

    Returns
    -------
    DuplicateGroups
    """
    n = len(texts)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return DuplicateGroups(empty, np.zeros(0, dtype=bool), np.zeros(0))
    # Exact duplicates first (cheap): one "key" per distinct folded text.
    _, first_rows, key_of = np.unique(keys, return_index=True, return_inverse=True)
    key_of = key_of.ravel()
    a, b, similarity = near_duplicate_pairs(sp.csr_matrix(words)[first_rows], threshold, jobs=jobs)
    if a.size:
        tokens = _FoldedTokens(texts)
        same = np.fromiter(
            (
                same_fact(tokens[first_rows[i]], tokens[first_rows[j]], profile)
                for i, j in zip(a, b, strict=True)
            ),
            dtype=bool,
            count=a.size,
        )
        a, b, similarity = a[same], b[same], similarity[same]
    rep_key, key_similarity = star_groups(first_rows, a, b, similarity)
    exact = rep_key[key_of] == key_of
    return DuplicateGroups(
        representative=first_rows[rep_key[key_of]],
        exact=exact,
        similarity=np.where(exact, 1.0, key_similarity[key_of]),
    )


def star_groups(
    order: np.ndarray, a: np.ndarray, b: np.ndarray, similarity: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Star-shaped groups of the graph with edges ``(a[e], b[e])``.

    Nodes are taken in increasing ``order`` (their first position in the
    collection); a node not yet in a group starts one and takes every
    neighbour not yet in a group. So every member is linked to its group's
    representative directly, and the representative is the group's earliest
    node.

    Returns
    -------
    representative : ndarray of int
        The representative of each node (itself when alone).
    similarity : ndarray of float
        Similarity of the edge that links each node to its representative
        (1.0 for representatives).
    """
    n = order.size
    representative = np.arange(n)
    linked = np.ones(n)
    if a.size == 0:
        return representative, linked
    # Both directions, sorted by the neighbour's order so that ties go to the
    # earliest representative.
    src = np.concatenate([a, b])
    dst = np.concatenate([b, a])
    sim = np.concatenate([similarity, similarity])
    by = np.lexsort((order[dst], src))
    src, dst, sim = src[by], dst[by], sim[by]
    starts = np.searchsorted(src, np.arange(n + 1))
    assigned = np.zeros(n, dtype=bool)
    linked_nodes = np.unique(src)
    for node in linked_nodes[np.argsort(order[linked_nodes], kind="stable")].tolist():
        if assigned[node]:
            continue
        assigned[node] = True
        lo, hi = starts[node], starts[node + 1]
        members = dst[lo:hi]
        free = ~assigned[members]
        representative[members[free]] = node
        linked[members[free]] = sim[lo:hi][free]
        assigned[members[free]] = True
    return representative, linked


# -- the same fact ---------------------------------------------------------------


def same_fact(a: Sequence[str], b: Sequence[str], profile: LanguageProfile) -> bool:
    """Whether two sentences, given as folded words, state the same fact.

    They do unless one says something the other does not: a number (digits,
    a sign, a currency or a number word) that the other lacks, a different
    count of negations ("not", "never", "nobody", "n't" ...), or a content
    word (any word that is not a function word; "up" and "down", "he" and
    "she" are content here) with no counterpart on the other side. A
    counterpart is a word with the same stem ("killed" / "kills") or the
    same word with one slip of the keyboard: a letter dropped or added, or
    two neighbours swapped ("Takaichi" / "Takachi"), in words of five
    letters or more. A letter replaced by another is not a slip: Iran and
    Iraq, injured and insured are different words. So typo fixes and an
    outlet's small edits are the same fact; a changed name, number or claim
    is not. Punctuation, case and quoting never matter (the words are
    folded); neither does word order, which sets of words cannot see
    ("Smith defeated Jones" and "Jones defeated Smith" have one set).
    """
    only_a = set(a).difference(b)
    only_b = set(b).difference(a)
    if not only_a and not only_b:
        return True
    negations = profile.negations
    if sum(w in negations for w in a) != sum(w in negations for w in b):
        return False
    numbers = profile.number_words
    if any(_is_number(w, numbers) for w in only_a | only_b):
        return False
    content_a = [w for w in only_a if _is_content(w, profile)]
    content_b = [w for w in only_b if _is_content(w, profile)]
    stem = profile.stem_word
    return all(any(_counterparts(x, y, stem) for y in content_b) for x in content_a) and all(
        any(_counterparts(y, x, stem) for x in content_a) for y in content_b
    )


def fold_words(text: str) -> list[str]:
    """The words of ``text`` as :func:`same_fact` compares them (each Han or
    kana character a word: "已经不批准" holds the negation "不")."""
    folded = fold(text)
    return folded.split() if folded.isascii() else unspaced_apart(folded.split())


def _is_content(word: str, profile: LanguageProfile) -> bool:
    # Single letters are initials and the debris of contractions ("U.S." folds
    # to "u s", "Trump's" to "trump s"); a single Han or kana character is a
    # word of its own.
    return (
        (len(word) > 1 or bool(UNSPACED.match(word)))
        and word not in profile.function_words
        and word not in profile.negations
    )


def _is_number(word: str, number_words: frozenset[str]) -> bool:
    # Digits, a sign or a currency (folded words keep "-5" and "$" apart).
    return word in number_words or any(ch.isdigit() or _CURRENCY.match(ch) for ch in word)


_CURRENCY = regex.compile(r"\p{Sc}")


#: Shorter words get no typo allowance: one slip turns them into other words.
MIN_TYPO_LETTERS = 5


def _counterparts(x: str, y: str, stem: Callable[[str], str]) -> bool:
    if x[0] != y[0]:
        return False
    if stem(x) == stem(y):
        return True
    return min(len(x), len(y)) >= MIN_TYPO_LETTERS and _one_slip(x, y)


def _one_slip(x: str, y: str) -> bool:
    """Whether ``y`` is ``x`` with one letter dropped or added, or two
    neighbouring letters swapped (not a letter replaced)."""
    if len(x) == len(y):
        diff = [k for k in range(len(x)) if x[k] != y[k]]
        if len(diff) != 2 or diff[1] != diff[0] + 1:
            return False
        first, second = diff
        return x[first] == y[second] and x[second] == y[first]
    short, long = (x, y) if len(x) < len(y) else (y, x)
    if len(long) - len(short) != 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


class _FoldedTokens:
    """Folded words of texts, made on first use (only texts in a pair need them)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.cache: dict[int, list[str]] = {}

    def __getitem__(self, i: int) -> list[str]:
        words = self.cache.get(i)
        if words is None:
            words = self.cache[i] = fold_words(self.texts[i])
        return words


# -- the near-duplicate join -------------------------------------------------------


class Pairs(NamedTuple):
    """Pairs of texts ``(a[k], b[k])``, ``a < b``, and the Jaccard similarity of each."""

    a: np.ndarray
    b: np.ndarray
    similarity: np.ndarray


def near_duplicate_pairs(words: sp.spmatrix, threshold: float, *, jobs: int) -> Pairs:
    """Pairs of rows whose word sets have Jaccard similarity >= ``threshold``.

    Without comparing all pairs (the prefix filter of set-similarity joins):
    order every set's words from rarest to most common; two sets with
    Jaccard >= t always share a word among the first
    ``|x| - ceil(t * |x|) + 1`` words of each. Only pairs sharing such a
    prefix word, which are mostly rare words, and whose sizes are compatible
    (``t * |y| <= |x| <= |y| / t``), are scored. Exact while the candidate
    pairs stay within a budget linear in the number of rows (a few thousand
    news sentences do); beyond it the commonest prefix words propose no
    pairs (see ``PAIR_BUDGET_PER_TEXT``).

    Parameters
    ----------
    words : sparse matrix, shape (n, n_columns)
        Binary word sets, one row per text.
    threshold : float
    jobs : int
        Worker processes for scoring the candidate pairs (large inputs only);
        the result does not depend on it.

    Returns
    -------
    Pairs
    """
    words = sp.csr_matrix(words)
    n = words.shape[0]
    none = np.zeros(0, dtype=np.int64)
    if n < 2 or words.nnz == 0:
        return Pairs(none, none, np.zeros(0))
    # Renumber the columns in use (hashed word sets have millions of columns)
    # by rank, rarest word first (ties by column): then each row, sorted,
    # lists its words from the rarest, and its prefix is its first entries.
    used, column, df = used_columns(words.indices, words.shape[1])
    rank = np.empty(used.size, dtype=np.int64)
    rank[np.argsort(df, kind="stable")] = np.arange(used.size)
    words = sp.csr_matrix(
        (np.ones(words.nnz, dtype=np.float32), rank[column], words.indptr),
        shape=(n, used.size),
    )
    words.sort_indices()
    sizes = np.diff(words.indptr)
    row_of = np.repeat(np.arange(n), sizes)
    position = np.arange(words.nnz) - words.indptr[row_of]
    prefix_len = sizes - np.ceil(threshold * sizes - 1e-9).astype(np.int64) + 1
    keep = position < prefix_len[row_of]
    prefix_rows, prefix_cols = row_of[keep], words.indices[keep]
    # A word in many prefixes makes ~count**2 / 2 candidate pairs, and the
    # count of common words grows with the collection, so the pairs grow
    # quadratically. Words are taken from the least to the most shared while
    # the pairs stay within a budget linear in n. A few thousand news
    # sentences stay under it (the join is then exact); in larger
    # collections the commonest prefix words are skipped, so near-duplicates
    # whose rarest words are all common may be missed (exact duplicates
    # never are: they are matched by key).
    counts = np.bincount(prefix_cols, minlength=words.shape[1])
    by_count = np.argsort(counts, kind="stable")
    cost = np.cumsum(counts[by_count].astype(np.float64) ** 2 / 2)
    allowed = np.zeros(words.shape[1], dtype=bool)
    allowed[by_count[cost <= max(PAIR_BUDGET_MIN, PAIR_BUDGET_PER_TEXT * n)]] = True
    use = allowed[prefix_cols]
    prefix_rows, prefix_cols = prefix_rows[use], prefix_cols[use]
    prefix = sp.csr_matrix(
        (np.ones(prefix_rows.size, dtype=np.int32), (prefix_rows, prefix_cols)), shape=words.shape
    )
    # Pairs are made and scored a block of rows at a time, so memory stays
    # bounded by the block, not by the number of candidate pairs.
    row_cost = np.bincount(prefix_rows, weights=counts[prefix_cols], minlength=n)
    marks = np.arange(1, 1 + row_cost.sum() // BLOCK_PAIRS) * BLOCK_PAIRS
    cuts = np.searchsorted(np.cumsum(row_cost), marks)
    edges = np.unique(np.concatenate([[0], cuts, [n]]))
    blocks = list(zip(edges[:-1].tolist(), edges[1:].tolist(), strict=True))
    join = _JoinInput(words, sizes, prefix, sp.csr_matrix(prefix.T), threshold)
    parallel = jobs > 1 and len(blocks) >= PARALLEL_MIN_BLOCKS
    found = list(map_tasks(_join_block, blocks, shared=join, jobs=jobs if parallel else 1))
    if not found:
        return Pairs(none, none, np.zeros(0))
    return Pairs(*(np.concatenate([f[k] for f in found]) for k in range(3)))


class _JoinInput(NamedTuple):
    words: sp.csr_matrix  # binary word sets, columns ranked rarest first
    sizes: np.ndarray  # words per row
    prefix: sp.csr_matrix  # each row's prefix words
    prefix_t: sp.csr_matrix  # its transpose
    threshold: float


def _join_block(join: _JoinInput, block: tuple[int, int]) -> tuple[np.ndarray, ...]:
    """The similar pairs (row < col) among the candidate pairs of rows ``a:b``."""
    a, b = block
    shared_prefix = (join.prefix[a:b] @ join.prefix_t).tocoo()
    rows = shared_prefix.row.astype(np.int64) + a
    cols = shared_prefix.col.astype(np.int64)
    upper = cols > rows
    rows, cols = rows[upper], cols[upper]
    sizes, threshold = join.sizes, join.threshold
    # Size filter: Jaccard >= t needs t * |larger set| <= |smaller set|.
    small = np.minimum(sizes[rows], sizes[cols])
    large = np.maximum(sizes[rows], sizes[cols])
    fits = small >= threshold * large - 1e-9
    rows, cols = rows[fits], cols[fits]
    if rows.size == 0:
        return rows, cols, np.zeros(0)
    inter = np.asarray(join.words[rows].multiply(join.words[cols]).sum(axis=1)).ravel()
    union = sizes[rows] + sizes[cols] - inter
    similar = inter >= threshold * np.maximum(union, 1) - 1e-9
    return rows[similar], cols[similar], (inter / np.maximum(union, 1))[similar]
