"""The pipeline: one function call per stage, data flowing one way.

    documents ─ choose_languages ─▶ Languages ─ prepare ─▶ PreparedDocuments
      ─ gather ─▶ CandidatePool ─ embed ─▶ vectors ─ relevance (a focus) ─▶ Relevance
      ─ score ─▶ Scores ─ shortlist, find_topics ─▶ Topics ─ find_concepts ─▶ Concepts
      ─ select ─▶ Selection ─▶ Summary

Each stage is a function of its own module; this module only wires them
together (``docs/architecture.md`` draws the whole picture).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from contextlib import nullcontext
from typing import Any

import numpy as np

from .candidates import DUPLICATE, CandidatePool, gather_candidates
from .classify import BOILERPLATE, FRAGMENT, HEADING, OTHER_LANGUAGE, LabelledSentence
from .clustering import Topics, find_topics
from .concepts import Concepts, find_concepts
from .documents import Document, as_collection
from .embedding import Vectors, embed
from .engines import Engine, opened
from .errors import EmptyInputError, InvalidSettingsError
from .focus import MIN_RELEVANCE, OFF_FOCUS, Relevance, off_focus, relevance, term_spans
from .language import UNDETERMINED, LanguageProfile, profile
from .language.detect import Languages, choose_languages, language_name
from .prepare import PreparedDocuments, prepare_documents
from .ranking import Scores, item_lists, score
from .selection import (
    MAX_SHORTLIST,
    REDUNDANT,
    Budget,
    Selection,
    Shortlist,
    reading_order,
    select,
    shortlist,
)
from .sentences import Candidate, Match, build_tokenizer
from .settings import SummarizerSettings
from .summary import (
    EXACT_MATCH,
    NEAR_MATCH,
    CorpusStats,
    DocumentInfo,
    DroppedSentence,
    FocusInfo,
    Source,
    Summary,
    SummarySentence,
    Support,
)
from .support import find_support
from .workers import cycle_collector_paused, resolve_jobs

#: ``progress(stage, completed, total)``: see :meth:`Summarizer.summarize`.
ProgressCallback = Callable[[str, int, int], None]


class Summarizer:
    """Extractive multi-document summarizer.

    Parameters
    ----------
    settings : SummarizerSettings, optional
        All options; defaults when omitted.
    **params
        Individual settings overriding ``settings`` (validated), e.g.
        ``Summarizer(max_words=100)``.

    Examples
    --------
    >>> from summarizer import Summarizer
    >>> s = Summarizer(max_sentences=1).summarize(["The cat sat on the mat. It purred."])
    >>> s.sentences[0].text
    'The cat sat on the mat.'
    """

    def __init__(self, settings: SummarizerSettings | None = None, **params: Any) -> None:
        if settings is None:
            settings = SummarizerSettings()
        elif not isinstance(settings, SummarizerSettings):
            raise InvalidSettingsError(
                f"settings must be a SummarizerSettings, got {type(settings).__name__}"
            )
        self.settings = settings.replace(**params) if params else settings

    def __repr__(self) -> str:
        return f"Summarizer({self.settings!r})"

    def summarize(
        self,
        documents: Iterable[str | Document] | Mapping[str, str] | str | Document,
        *,
        progress: ProgressCallback | None = None,
        engine: Any = None,
    ) -> Summary:
        """Summarize a collection of documents.

        Parameters
        ----------
        documents : iterable of str or Document, or mapping of id to text
            In collection order (a list, tuple or generator; a set has no
            order and is refused). Plain strings get ids ``doc-1``,
            ``doc-2``, ...; a mapping ``{id: text}`` gives its keys as ids. A
            single string or Document is a collection of one. Repeated ids
            are renamed ``id#2``, ``id#3`` ... with a note, as
            :func:`summarizer.load_documents` does.
        progress : callable, optional
            ``progress(stage, completed, total)`` is called when each stage
            ("split", "clean", "embed", "rank", "cluster", "select") starts
            (completed 0) and ends (completed == total), and as splitting
            advances; ``total`` is the number of documents for "split" and 1
            otherwise. For progress displays and stage timing.
        engine : dask.distributed.Client, str or engine, optional
            Where a large input's per-document work (splitting, labelling,
            features) runs instead of local worker processes: a Dask cluster
            (its client, or its scheduler's address; ``pip install
            "summarizer[dask]"``), see :mod:`summarizer.engines`. The
            collection-wide stages (IDF, TextRank, selection) run here. The
            summary does not depend on it.

        Returns
        -------
        Summary

        Raises
        ------
        EmptyInputError
            No documents, or no text in any of them.
        InvalidDocumentError
            ``documents`` is not a collection of texts (bytes, a set, a
            number ...), or an item is neither a string nor a Document.

        Notes
        -----
        Safe to call from several threads at once; each call gives what a
        call alone would. Two process-wide resources are used while a call
        runs: Python's cycle collector is paused (it is restored when the
        last running call ends) and large inputs are split in worker
        processes (``jobs``, default every core), forked, and only when the
        calling process runs no other thread: a multi-threaded caller gets
        the work done in the calling thread instead (see
        :mod:`summarizer.workers`), with the same result. Workers ignore
        Ctrl-C and are ended when the call ends, however it ends.
        """
        docs, notes = as_collection(documents)
        # No engine: local worker processes, as many as the jobs setting says.
        runners = opened(engine) if engine is not None else nullcontext(None)
        with runners as runner, cycle_collector_paused():
            return _Run(self.settings, docs, notes, progress or _no_progress, runner).summary()


class _Run:
    """One call of :meth:`Summarizer.summarize`: the stages in order."""

    def __init__(
        self,
        settings: SummarizerSettings,
        documents: list[Document],
        notes: list[str],
        report: ProgressCallback,
        engine: Engine | None = None,
    ) -> None:
        self.cfg = settings
        self.engine = engine
        self.documents = documents
        self.notes = notes
        self.report = report
        self.languages: Languages  # chosen in prepare (the first per-document work)
        self.item_lists: frozenset[str]  # found in prepare: the documents that are lists of items
        self.summary_language: str | None
        self.jobs = resolve_jobs(settings.jobs)
        self.budget = Budget(
            settings.max_sentences,
            settings.effective_max_words,
            settings.max_chars,
            settings.overflow,
        )

    def summary(self) -> Summary:
        prepared = self.prepare()  # split, label and featurise each document
        pool = self.gather(prepared)  # body sentences, duplicates merged, furniture out
        if not pool.candidates:
            return self.assemble(prepared, pool)
        vectors = self.embed(pool)  # TF-IDF vectors and lengths
        focus = self.relevance(pool, vectors)  # to the focus, when one is given
        scores = self.score(pool, vectors, focus)  # centrality x priors
        reach = shortlist(  # the candidates the selection can reach
            scores.total,
            vectors.words,
            vectors.chars,
            budget=self.budget,
            length_exponent=self.cfg.length_exponent,
        )
        topics = self.topics(pool, vectors, scores, reach)  # clusters of the shortlist
        concepts = self.concepts(pool, scores, reach)  # the facts to cover, weighted
        selection = self.select(vectors, reach, topics, focus, concepts, scores)  # budget filled
        left_out = self.off_focus(pool, vectors, focus, selection)
        support = find_support(  # "also reported by": other documents, other words
            vectors.X, pool.candidates, selection.chosen, threshold=self.cfg.redundancy_threshold
        )
        return self.assemble(prepared, pool, scores, topics, selection, focus, left_out, support)

    def _summary_language(self) -> str | None:
        """The language the summary is drawn from (None: every language),
        with a note on what a collection in several languages was read as."""
        langs, wanted, name = self.languages, self.cfg.summary_language, language_name
        if not langs.identified:
            self.notes.append(
                f"the language could not be identified (too little text); read as "
                f"{name(langs.main)} (choose another with the language setting, --language)"
            )
        for code in sorted(set(langs.codes)):
            if profile(code).code == UNDETERMINED:
                self.notes.append(
                    f"no language profile for {name(code)} ({code}): read with the universal "
                    "rules (sentence ends of every script, no stop words, no stemming)"
                )
        present = Counter(langs.codes)
        chosen = langs.main if wanted == "main" else None if wanted == "any" else wanted
        if chosen is not None and chosen not in present:
            self.notes.append(
                f"no document is in {name(chosen)}; the summary is drawn from {name(langs.main)}"
            )
            chosen = langs.main
        if len(present) > 1:
            by_count = sorted(present.items(), key=lambda item: (-item[1], item[0]))
            read = ", ".join(f"{name(c)} ({n})" for c, n in by_count)
            drawn = f"the {name(chosen)} ones" if chosen else "all of them"
            self.notes.append(
                f"documents in {len(present)} languages: {read}; the summary is drawn from "
                f"{drawn} (choose with the summary_language setting, --summary-language)"
            )
        return chosen

    def prepare(self) -> PreparedDocuments:
        docs, cfg = self.documents, self.cfg
        self.report("split", 0, len(docs))
        self.languages = choose_languages([d.text for d in docs], cfg.language)
        self.summary_language = self._summary_language()
        codes = self.languages.codes
        tokenizers = {}
        if cfg.train_punkt:  # one tokenizer per profile, trained on the documents read with it
            used = {profile(c).code: profile(c) for c in codes}
            for key in sorted(used):
                text = "\n\n".join(
                    d.text for d, c in zip(docs, codes, strict=True) if profile(c).code == key
                )
                tokenizers[key] = build_tokenizer(used[key], text)
        prepared = prepare_documents(
            docs,
            profiles=[profile(c) for c in codes],
            tokenizers=tokenizers,
            label=cfg.filter_boilerplate,
            jobs=self.jobs,
            engine=self.engine,
            on_document=lambda k: self.report("split", k, len(docs)),
        )
        if not any(prepared.sentences):
            raise EmptyInputError("the documents contain no text to summarize")
        self.item_lists = item_lists(prepared.sentences)  # for the lead prior and the concepts
        return prepared

    def gather(self, prepared: PreparedDocuments) -> CandidatePool:
        cfg = self.cfg
        self.report("clean", 0, 1)
        pool = gather_candidates(
            self._in_summary_language(prepared.labelled),
            prepared.features,
            profile=profile(self.summary_language or self.languages.main),
            collapse_duplicates=cfg.collapse_duplicates,
            duplicate_threshold=cfg.duplicate_threshold,
            drop_furniture=cfg.filter_boilerplate,
            jobs=self.jobs,
        )
        self.report("clean", 1, 1)
        if not pool.candidates:
            others = sum(d.reason == OTHER_LANGUAGE for d in pool.dropped)
            if others:
                self.notes.append(
                    f"every sentence in {language_name(self.summary_language or '')} was set aside "
                    f"as boilerplate, and the {others} sentences in other languages are not "
                    "summarized (summary_language, --summary-language)"
                )
            else:
                self.notes.append(
                    "every sentence was set aside as boilerplate; nothing to summarize"
                )
        elif pool.fallback:
            self.notes.append(
                "no full sentence found; the summary is built from headings and fragments"
            )
        return pool

    def _in_summary_language(
        self, labelled: list[list[LabelledSentence]]
    ) -> list[list[LabelledSentence]]:
        """The labelled sentences, those of documents in another language than
        the summary's set aside (with the reason)."""
        chosen = self.summary_language
        if chosen is None or all(c == chosen for c in self.languages.codes):
            return labelled
        reason = f"in {{}}; the summary is drawn from {language_name(chosen)}"
        return [
            doc
            if code == chosen
            else [
                LabelledSentence(s, OTHER_LANGUAGE, reason.format(language_name(code)))
                for s, *_ in doc
            ]
            for doc, code in zip(labelled, self.languages.codes, strict=True)
        ]

    def embed(self, pool: CandidatePool) -> Vectors:
        self.report("embed", 0, 1)
        vectors = embed([c.text for c in pool.candidates], pool.terms, pool.words)
        self.report("embed", 1, 1)
        return vectors

    def _summary_profiles(self) -> list[LanguageProfile]:
        """The profiles of the languages the summary is drawn from."""
        codes = [self.summary_language] if self.summary_language else self.languages.codes
        return list({profile(c).code: profile(c) for c in sorted(set(codes))}.values())

    def relevance(self, pool: CandidatePool, vectors: Vectors) -> Relevance | None:
        """Relevance to the focus (None without one), with notes on what of it
        the documents do not mention."""
        text = self.cfg.focus
        if text is None:
            return None
        found = relevance(text, pool.candidates, vectors.X, vectors.space, self._summary_profiles())
        shown = _quoted(text)
        if not found.matched:
            why = (
                "none of its words occurs in them"
                if found.unmatched
                else "it has no content words, only stop words"
            )
            self.notes.append(
                f"the focus {shown} matches nothing in the documents ({why}): "
                "this is the summary without a focus"
            )
        elif found.unmatched:
            self.notes.append(
                f"words of the focus that no document uses: {', '.join(found.unmatched)}"
            )
        return found

    def score(self, pool: CandidatePool, vectors: Vectors, focus: Relevance | None) -> Scores:
        self.report("rank", 0, 1)
        scores = self._rank(pool, vectors, focus if focus and focus.matched else None)
        self.report("rank", 1, 1)
        return scores

    def _rank(self, pool: CandidatePool, vectors: Vectors, focus: Relevance | None) -> Scores:
        cfg = self.cfg
        return score(
            pool.candidates,
            vectors.X,
            [d.id for d in self.documents],
            self.item_lists,
            damping=cfg.damping,
            tol=cfg.tol,
            max_iter=cfg.max_iter,
            position_weight=cfg.position_weight,
            corroboration_weight=cfg.corroboration_weight,
            relevance=focus.scores if focus is not None else None,
            focus_weight=cfg.focus_weight,
        )

    def off_focus(
        self,
        pool: CandidatePool,
        vectors: Vectors,
        focus: Relevance | None,
        selection: Selection,
    ) -> tuple[DroppedSentence, ...]:
        """The central sentences the focus left out: ranked again without the
        focus, those that would lead a generic summary but are less relevant
        than every chosen sentence (:func:`summarizer.focus.off_focus`)."""
        if focus is None or not focus.matched or not selection.chosen:
            return ()
        generic = self._rank(pool, vectors, None).total
        floor = float(focus.scores[list(selection.chosen)].min())
        left_out = off_focus(
            generic, focus.scores, selection.chosen, [r.candidate for r in selection.redundant]
        )
        return tuple(
            DroppedSentence.of(
                pool.candidates[i].sentence,
                OFF_FOCUS,
                f"rank {rank} without the focus; relevance {focus.scores[i]:.2f}, below "
                f"every chosen sentence's (lowest {floor:.2f})",
            )
            for i, rank in left_out
        )

    def topics(
        self, pool: CandidatePool, vectors: Vectors, scores: Scores, reach: Shortlist
    ) -> Topics:
        cfg = self.cfg
        self.report("cluster", 0, 1)
        k = cfg.n_clusters if cfg.n_clusters != "auto" else reach.expected_sentences
        texts = [c.text for c in pool.candidates]
        topics = find_topics(
            vectors.X, reach.rows, k, scores.total, texts, random_state=cfg.random_state
        )
        self.report("cluster", 1, 1)
        return topics

    def concepts(self, pool: CandidatePool, scores: Scores, reach: Shortlist) -> Concepts | None:
        """The concepts of the best candidates, each read in its document's
        language, weighed by the sources that state them (None when coverage
        is switched off)."""
        if self.cfg.coverage_weight == 0:
            return None
        codes = zip(self.documents, self.languages.codes, strict=True)
        profiles = {d.id: profile(code) for d, code in codes}
        return find_concepts(pool.candidates, profiles, self.item_lists, scores.total, reach.rows)

    def select(
        self,
        vectors: Vectors,
        reach: Shortlist,
        topics: Topics,
        focus: Relevance | None,
        concepts: Concepts | None,
        scores: Scores,
    ) -> Selection:
        cfg = self.cfg
        self.report("select", 0, 1)
        on_focus = focus.scores >= MIN_RELEVANCE if focus is not None and focus.matched else None
        selection = select(
            vectors.X,
            reach,
            words=vectors.words,
            chars=vectors.chars,
            budget=self.budget,
            labels=topics.labels if cfg.use_clusters else None,
            redundancy_threshold=cfg.redundancy_threshold if cfg.control_redundancy else None,
            mmr_lambda=cfg.mmr_lambda if cfg.control_redundancy else 1.0,
            eligible=on_focus,
            concepts=concepts,
            coverage_weight=cfg.coverage_weight,
            # With a focus, a sentence covers facts in proportion to how
            # much it is on the focus (the relevance prior of its score).
            coverage_share=scores.focus,
        )
        n = len(selection.chosen)
        if on_focus is not None and not on_focus.all() and self._room_left(vectors, selection):
            self.notes.append(
                f"the summary has {n} sentence{'s' * (n != 1)}: the other sentences that fit the "
                f"budget are off the focus (less than {MIN_RELEVANCE:.0%} as relevant as the "
                "best) or repeat a chosen one"
            )
        elif not selection.chosen:
            self.notes.append(_nothing_fits(self.budget, vectors.words, vectors.chars))
        elif selection.short:
            others = (
                "every other candidate that fits the budget"
                if selection.complete
                else f"every other one of the {MAX_SHORTLIST} best candidates that fits"
            )
            self.notes.append(
                f"the summary has {n} sentence{'s' * (n != 1)}: {others} repeats one of them"
            )
        self.report("select", 1, 1)
        return selection

    @staticmethod
    def _focus_fields(
        candidate: Candidate, relevance: float, columns: frozenset[int], language: str
    ) -> dict[str, Any]:
        """A summary sentence's relevance and where the focus's words are in
        it (read in its document's ``language``)."""
        return {
            "relevance": round(relevance, 4),
            "focus_spans": term_spans(candidate.text, profile(language), columns),
        }

    def _room_left(self, vectors: Vectors, selection: Selection) -> bool:
        """Whether the budget has room for a sentence of median length."""
        budget, chosen = self.budget, list(selection.chosen)
        if budget.max_sentences is not None and len(chosen) >= budget.max_sentences:
            return False
        typical_words = float(np.median(vectors.words))
        typical_chars = float(np.median(vectors.chars))
        words_left = budget.max_words is None or (
            budget.max_words - int(vectors.words[chosen].sum()) >= typical_words
        )
        chars_left = budget.max_chars is None or (
            budget.max_chars - int(vectors.chars[chosen].sum()) >= typical_chars
        )
        return words_left and chars_left

    def assemble(
        self,
        prepared: PreparedDocuments,
        pool: CandidatePool,
        scores: Scores | None = None,
        topics: Topics | None = None,
        selection: Selection | None = None,
        focus: Relevance | None = None,
        off_focus: tuple[DroppedSentence, ...] = (),
        support: Mapping[int, tuple[Support, ...]] | None = None,
    ) -> Summary:
        """The result: the chosen sentences in reading order, with their sources."""
        candidates = pool.candidates
        matched = focus is not None and focus.matched
        language_of = dict(zip((d.id for d in self.documents), self.languages.codes, strict=True))
        sizes = {d.id: len(s) for d, s in zip(self.documents, prepared.sentences, strict=True)}
        sentences: tuple[SummarySentence, ...] = ()
        dropped = pool.dropped
        if selection is not None and scores is not None and topics is not None:
            ordered = reading_order(selection.chosen, candidates, sizes, scores.total)
            sentences = tuple(
                _summary_sentence(
                    candidates[i],
                    float(scores.total[i]),
                    int(topics.labels[i]),
                    support=(support or {}).get(i, ()),
                    **(
                        self._focus_fields(
                            candidates[i],
                            float(focus.scores[i]),
                            focus.columns,
                            language_of[candidates[i].sentence.doc_id],
                        )
                        if matched
                        else {}
                    ),
                )
                for i in ordered
            )
            dropped += tuple(
                DroppedSentence.of(
                    candidates[r.candidate].sentence,
                    REDUNDANT,
                    f"redundant with {_where(candidates[r.chosen])} (cosine {r.similarity:.2f})",
                    candidates[r.chosen].sentence,
                )
                for r in selection.redundant
            )
            dropped += off_focus
        clusters = topics.clusters if topics is not None else ()
        reasons = Counter(d.reason for d in dropped)
        stats = CorpusStats(
            documents=len(self.documents),
            sentences=sum(sizes.values()),
            candidates=len(candidates),
            duplicates_merged=reasons[DUPLICATE],
            boilerplate_dropped=reasons[BOILERPLATE],
            headings_dropped=reasons[HEADING],
            fragments_dropped=reasons[FRAGMENT],
            clusters=len(clusters),
            other_language_dropped=reasons[OTHER_LANGUAGE],
        )
        documents = tuple(
            DocumentInfo(d.id, d.title, d.path, sizes[d.id], d.author, d.date, code)
            for d, code in zip(self.documents, self.languages.codes, strict=True)
        )
        return Summary(
            sentences,
            stats,
            documents,
            clusters,
            dropped,
            tuple(self.notes),
            language=self.summary_language,
            focus=None
            if self.cfg.focus is None
            else FocusInfo(
                self.cfg.focus,
                focus.terms if focus else (),
                focus.unmatched if focus else (),
                matched,
            ),
        )


def summarize(
    documents: Iterable[str | Document] | Mapping[str, str] | str | Document,
    settings: SummarizerSettings | None = None,
    *,
    engine: Any = None,
    **params: Any,
) -> Summary:
    """Summarize documents in one call:
    ``Summarizer(settings, **params).summarize(documents, engine=engine)``.

    Examples
    --------
    >>> summary = summarize(["First story text. More text."], max_words=100)
    """
    return Summarizer(settings, **params).summarize(documents, engine=engine)


def _no_progress(stage: str, completed: int, total: int) -> None:
    pass


def _quoted(text: str, width: int = 60) -> str:
    """A focus as a note quotes it: on one line, shortened."""
    one_line = " ".join(text.split())
    return f'"{one_line if len(one_line) <= width else one_line[: width - 1] + "…"}"'


def _where(candidate: Candidate) -> str:
    return f"{candidate.sentence.doc_id}#{candidate.sentence.index}"


def _nothing_fits(budget: Budget, words: np.ndarray, chars: np.ndarray) -> str:
    """Why no sentence fits the budget, in the budget's own unit."""
    reasons = []
    if budget.max_words is not None and words.min() > budget.max_words:
        reasons.append(
            f"{budget.max_words} word{'s' * (budget.max_words != 1)} (the shortest "
            f"candidate sentence has {int(words.min())} words)"
        )
    if budget.max_chars is not None and chars.min() > budget.max_chars:
        reasons.append(
            f"{budget.max_chars} character{'s' * (budget.max_chars != 1)} (the shortest "
            f"candidate sentence has {int(chars.min())} characters)"
        )
    return "no sentence fits the budget of " + " and ".join(reasons)


def _summary_sentence(
    candidate: Candidate,
    score: float,
    cluster: int,
    *,
    relevance: float | None = None,
    focus_spans: tuple[tuple[int, int], ...] = (),
    support: tuple[Support, ...] = (),
) -> SummarySentence:
    s = candidate.sentence
    return SummarySentence(
        text=s.text,
        doc_id=s.doc_id,
        index=s.index,
        start=s.start,
        end=s.end,
        score=score,
        cluster=cluster,
        sources=tuple(
            _source(o, m) for o, m in zip(candidate.sources, candidate.matches, strict=True)
        ),
        relevance=relevance,
        focus_spans=focus_spans,
        support=support,
    )


def _source(sentence: Any, match: Match) -> Source:
    return Source(
        sentence.doc_id,
        sentence.start,
        sentence.end,
        EXACT_MATCH if match.exact else NEAR_MATCH,
        round(match.similarity, 4),
    )
