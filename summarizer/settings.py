"""One frozen, validated dataclass holding every option of the pipeline."""

from __future__ import annotations

import dataclasses
import numbers
from dataclasses import dataclass
from typing import Any, Literal

from .errors import InvalidSettingsError

#: Words in a summary when the caller gives no budget at all: about what a
#: person reads in under a minute (adult silent reading runs near 240 wpm).
DEFAULT_MAX_WORDS = 150


@dataclass(frozen=True, kw_only=True)
class SummarizerSettings:
    """Options of :class:`summarizer.Summarizer` (keyword arguments only:
    ``SummarizerSettings(max_sentences=5)``).

    Parameters
    ----------
    max_sentences, max_words, max_chars : int or None
        Budgets. Every budget that is given is respected; when none is given
        the summary gets :data:`DEFAULT_MAX_WORDS` words.
    overflow : bool
        Let the last chosen sentence cross the word or character budget (the
        way ROUGE benchmarks at a fixed length are run: the summary is then
        truncated to the budget by the scorer). The sentence budget is always
        exact.
    damping : float
        TextRank damping factor, in (0, 1).
    tol : float
        Convergence tolerance of the power iteration (L1 change of scores).
    max_iter : int
        Iteration cap of the power iteration.
    n_clusters : int or "auto"
        Number of topic clusters. "auto" picks one per expected summary
        sentence (from the budget and the corpus's mean sentence length).
    duplicate_threshold : float
        Jaccard similarity of word sets at or above which two sentences are
        near-duplicates and collapse into one candidate.
    redundancy_threshold : float
        TF-IDF cosine similarity at or above which a candidate is redundant
        with a sentence already in the summary and is never chosen.
    mmr_lambda : float
        Weight of importance against novelty in maximal marginal relevance
        (1.0 ignores novelty, apart from the hard redundancy threshold).
    coverage_weight : float
        Weight of concept coverage in the selection's gain, in [0, 10]: the
        weight of the concepts (word bigrams, :mod:`summarizer.concepts`) a
        sentence would add to the summary, per word, against its importance
        (see :func:`summarizer.selection.select`). 0 switches it off.
    position_weight : float
        Strength of the lead prior, in [0, 1]: scores are multiplied by
        ``(1 - w) + w * exp(-index / 20)`` for a sentence at ``index`` in an
        article (news puts its main facts first). Documents that are lists of
        one-sentence items (review snippets, comments) get no position
        effect. 0 switches it off.
    corroboration_weight : float
        Strength of corroboration: each TextRank score is multiplied by
        ``1 + corroboration_weight * c``, where c is the soft count of the
        other documents that say the same thing (see
        :func:`summarizer.ranking.corroboration`). 0 switches it off.
    collapse_duplicates, filter_boilerplate, control_redundancy : bool
        Stage switches, for ablation studies. All on by default.
    use_clusters : bool
        Cover the topic clusters first when selecting (one sentence per
        cluster per round). Off by default: on the dev sets it cost about
        one ROUGE point (see the README's ablation); the clusters are still
        computed and reported.
    train_punkt : bool
        Also train Punkt on the input (learns extra abbreviations and
        capitalisation habits of the collection); slower on large inputs.
    language : str
        How documents are read: ``"auto"`` identifies each document's
        language (:mod:`summarizer.language.detect`); an ISO 639-1 code
        (``"de"``) reads every document in that language.
    summary_language : str
        Which documents a collection in several languages is summarized
        from: ``"main"``, those in the language with the most text;
        ``"any"``, all of them; or an ISO 639-1 code. Sentences in other
        languages are set aside with the reason, never silently.
    focus : str or None
        What the summary should be about: a few keywords or a topic
        statement (questions welcome), in the documents' language. Relevance
        to it steers TextRank and the selection (:mod:`summarizer.focus`);
        central sentences off the focus are left out (``--explain`` lists
        them). A focus that matches nothing in the documents gives the
        generic summary, with a note. None: a generic summary.
    focus_weight : float
        Strength of the relevance prior, in [0, 1]: with a focus, scores are
        multiplied by ``(1 - w) + w * relevance``. 0 leaves the focus only
        the teleport of TextRank.
    random_state : int
        Seed of the clustering, for reproducible results.
    jobs : int or None
        Worker processes for splitting and labelling documents; None uses
        every core. Large inputs only (small ones stay in one process); the
        result does not depend on it.
    """

    max_sentences: int | None = None
    max_words: int | None = None
    max_chars: int | None = None
    overflow: bool = False
    damping: float = 0.85
    tol: float = 1e-6
    max_iter: int = 200
    n_clusters: int | Literal["auto"] = "auto"
    duplicate_threshold: float = 0.7
    redundancy_threshold: float = 0.35
    mmr_lambda: float = 0.5
    coverage_weight: float = 0.2
    length_exponent: float = 0.5
    position_weight: float = 1.0
    corroboration_weight: float = 1.0
    collapse_duplicates: bool = True
    filter_boilerplate: bool = True
    use_clusters: bool = False
    control_redundancy: bool = True
    train_punkt: bool = False
    language: str = "auto"
    summary_language: str = "main"
    focus: str | None = None
    focus_weight: float = 1.0
    random_state: int = 0
    jobs: int | None = None

    def __post_init__(self) -> None:
        for name in ("max_sentences", "max_words", "max_chars"):
            value = getattr(self, name)
            if value is not None:
                _check_int(name, value, minimum=1)
        for name in (
            "overflow",
            "collapse_duplicates",
            "filter_boilerplate",
            "use_clusters",
            "control_redundancy",
            "train_punkt",
        ):
            if not isinstance(getattr(self, name), bool):
                raise InvalidSettingsError(
                    f"{name} must be True or False, got {getattr(self, name)!r}"
                )
        _check_float("damping", self.damping, 0.0, 1.0, open_low=True, open_high=True)
        _check_float("tol", self.tol, 0.0, 1.0, open_low=True)
        _check_int("max_iter", self.max_iter, minimum=1)
        if self.n_clusters != "auto":
            _check_int("n_clusters", self.n_clusters, minimum=1, what='an int >= 1 or "auto"')
        _check_float("duplicate_threshold", self.duplicate_threshold, 0.0, 1.0, open_low=True)
        _check_float("redundancy_threshold", self.redundancy_threshold, 0.0, 1.0, open_low=True)
        _check_float("mmr_lambda", self.mmr_lambda, 0.0, 1.0)
        _check_float("coverage_weight", self.coverage_weight, 0.0, 10.0)
        _check_float("length_exponent", self.length_exponent, 0.0, 2.0)
        _check_float("position_weight", self.position_weight, 0.0, 1.0)
        _check_float("corroboration_weight", self.corroboration_weight, 0.0, 100.0)
        _check_language("language", self.language, ("auto",))
        _check_language("summary_language", self.summary_language, ("main", "any"))
        if self.focus is not None and (not isinstance(self.focus, str) or not self.focus.strip()):
            raise InvalidSettingsError(
                "focus must be a non-empty text (or None for a generic summary), "
                f"got {self.focus!r}"
            )
        _check_float("focus_weight", self.focus_weight, 0.0, 1.0)
        _check_int("random_state", self.random_state, minimum=0)
        if self.jobs is not None:
            _check_int("jobs", self.jobs, minimum=1)

    @property
    def budget_given(self) -> bool:
        """Whether any of the three budgets was set explicitly."""
        return any(b is not None for b in (self.max_sentences, self.max_words, self.max_chars))

    @property
    def effective_max_words(self) -> int | None:
        """The word budget in force (the default applies when no budget is given)."""
        return self.max_words if self.budget_given else DEFAULT_MAX_WORDS

    def replace(self, **changes: Any) -> SummarizerSettings:
        """Return a copy with ``changes`` applied (and validated)."""
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(self)})
        if unknown:
            raise InvalidSettingsError(f"unknown setting(s): {', '.join(unknown)}")
        return dataclasses.replace(self, **changes)


def _check_int(name: str, value: object, *, minimum: int, what: str | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < minimum:
        raise InvalidSettingsError(
            f"{name} must be {what or f'an int >= {minimum}'}, got {value!r}"
        )


def _check_language(name: str, value: object, keywords: tuple[str, ...]) -> None:
    from .language.detect import known_code

    if not isinstance(value, str) or (value not in keywords and not known_code(value)):
        choices = " or ".join(f'"{k}"' for k in keywords)
        raise InvalidSettingsError(
            f'{name} must be {choices} or an ISO 639-1 language code such as "de", got {value!r}'
        )


def _check_float(
    name: str,
    value: object,
    low: float,
    high: float,
    *,
    open_low: bool = False,
    open_high: bool = False,
) -> None:
    ok = isinstance(value, numbers.Real) and not isinstance(value, bool)
    if ok:
        v = float(value)  # type: ignore[arg-type]
        ok = (v > low if open_low else v >= low) and (v < high if open_high else v <= high)
    if not ok:
        lo, hi = ("(" if open_low else "["), (")" if open_high else "]")
        raise InvalidSettingsError(
            f"{name} must be a number in {lo}{low:g}, {high:g}{hi}, got {value!r}"
        )
