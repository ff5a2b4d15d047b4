"""Candidates: body sentences, duplicates collapsed, fallback, what was dropped and why."""

from __future__ import annotations

import pytest
from support import gather

from summarizer.candidates import DUPLICATE, CandidatePool
from summarizer.classify import BOILERPLATE, FRAGMENT, HEADING
from summarizer.language import fold
from summarizer.summary import Span

LONG = (
    "The prime minister met the visiting president in Tokyo on Monday to discuss trade, "
    "security, energy and critical minerals supply."
)
OTHER = "Officials from both countries said the talks had gone better than many analysts expected."


def assert_spans(pool: CandidatePool, *texts: str) -> None:
    docs = {f"d{i}": t for i, t in enumerate(texts, start=1)}
    for cand in pool.candidates:
        for s in (cand.sentence, *cand.sources):
            assert docs[s.doc_id][s.start : s.end] == s.text
    for d in pool.dropped:
        assert docs[d.doc_id][d.start : d.end] == d.text


def count(pool: CandidatePool, reason: str) -> int:
    return sum(d.reason == reason for d in pool.dropped)


def test_exact_duplicates_collapse_within_and_across_documents():
    texts = (
        f"{LONG} {OTHER} {LONG}",
        f"{LONG.upper()[:-1]}!\n{OTHER}",
        "Something entirely different happened in Osaka that week.",
    )
    pool = gather(*texts)
    assert_spans(pool, *texts)
    assert [c.text for c in pool.candidates] == [
        LONG,
        OTHER,
        "Something entirely different happened in Osaka that week.",
    ]
    first, second, _ = pool.candidates
    assert [(s.doc_id, s.index) for s in first.sources] == [("d1", 0), ("d1", 2), ("d2", 0)]
    assert first.sources[0] == first.sentence
    assert first.doc_ids == ("d1", "d2")
    assert [(s.doc_id, s.index) for s in second.sources] == [("d1", 1), ("d2", 1)]
    assert all(m.exact for c in pool.candidates for m in c.matches)
    assert count(pool, DUPLICATE) == 3
    related = {d.related for d in pool.dropped if d.reason == DUPLICATE}
    assert related == {
        Span(first.sentence.doc_id, first.sentence.start, first.sentence.end),
        Span(second.sentence.doc_id, second.sentence.start, second.sentence.end),
    }
    assert not pool.fallback


def test_near_duplicate_merges_with_its_similarity():
    changed = LONG.replace("visiting", "visting")  # a typo fixed by another outlet
    pool = gather(LONG, changed)
    assert_spans(pool, LONG, changed)
    (cand,) = pool.candidates
    assert cand.text == LONG
    assert [s.text for s in cand.sources] == [LONG, changed]
    assert [m.exact for m in cand.matches] == [True, False]
    assert cand.matches[1].similarity == pytest.approx(18 / 20)  # 19 distinct words each
    (dropped,) = pool.dropped
    assert dropped.reason == DUPLICATE
    assert dropped.detail == "near-duplicate (0.90) of d1#0"


def test_a_different_fact_is_not_a_near_duplicate():
    changed = LONG.replace("Monday", "Tuesday")  # 18 of 20 words shared, another day
    pool = gather(LONG, changed)
    assert [c.text for c in pool.candidates] == [LONG, changed]
    assert pool.dropped == ()


def test_near_duplicate_respects_threshold():
    changed = LONG.replace("visiting", "visting")  # Jaccard 18 / 20
    assert len(gather(LONG, changed, duplicate_threshold=0.9).candidates) == 1
    assert len(gather(LONG, changed, duplicate_threshold=0.95).candidates) == 2


def test_different_sentences_on_same_topic_do_not_merge():
    a = "The prime minister met the visiting president in Tokyo on Monday to discuss trade."
    b = "Trade between Japan and the United States rose sharply after the president's visit."
    pool = gather(a, b)
    assert [c.text for c in pool.candidates] == [a, b]
    assert pool.dropped == ()


def test_boilerplate_headings_fragments_are_dropped_with_reasons():
    text = (
        "Election Results\n"
        "Click here to subscribe to our newsletter.\n"
        "Voters turned out in record numbers on Sunday.\n"
        "Read the statement below:"
    )
    pool = gather(text)
    assert_spans(pool, text)
    assert [c.text for c in pool.candidates] == ["Voters turned out in record numbers on Sunday."]
    assert [(d.text, d.reason) for d in pool.dropped] == [
        ("Election Results", HEADING),
        ("Click here to subscribe to our newsletter.", BOILERPLATE),
        ("Read the statement below:", FRAGMENT),
    ]
    assert not pool.fallback  # only used when there is no body sentence


def test_unlabelled_sentences_are_all_candidates():
    text = "Election Results\nClick here to subscribe to our newsletter.\nVoters came out."
    pool = gather(text, label=False)
    assert [c.text for c in pool.candidates] == [
        "Election Results",
        "Click here to subscribe to our newsletter.",
        "Voters came out.",
    ]
    assert pool.dropped == ()


def test_collapse_duplicates_false_keeps_duplicates():
    pool = gather(f"{LONG} {LONG}", LONG, collapse_duplicates=False)
    assert [c.text for c in pool.candidates] == [LONG, LONG, LONG]
    assert all(len(c.sources) == 1 for c in pool.candidates)
    assert count(pool, DUPLICATE) == 0


def test_only_headings_and_fragments_give_the_fallback():
    texts = ("Election Results\nMarkets Rally As Fed Holds Rates\nHello", "Election Results")
    pool = gather(*texts)
    assert pool.fallback
    assert_spans(pool, *texts)
    assert [c.text for c in pool.candidates] == [
        "Election Results",
        "Markets Rally As Fed Holds Rates",
        "Hello",
    ]
    assert pool.candidates[0].doc_ids == ("d1", "d2")
    assert pool.terms.shape[0] == 3


def test_only_boilerplate_gives_nothing():
    pool = gather("Click here to subscribe to our newsletter.\nFollow us on Twitter")
    assert pool.candidates == () and pool.fallback
    assert count(pool, BOILERPLATE) == 2


def test_no_documents_give_no_candidates():
    pool = gather()
    assert (pool.candidates, pool.dropped) == ((), ())
    assert pool.terms.shape[0] == 0
    assert gather("", " ").candidates == ()


def test_terms_are_the_rows_of_the_candidates():
    pool = gather(f"{LONG} {OTHER}", f"{OTHER} {LONG}", "A third sentence about the weather.")
    assert pool.terms.shape[0] == len(pool.candidates) == 3
    alone = gather(pool.candidates[1].text)
    assert (pool.terms[1] != alone.terms[0]).nnz == 0


# -- folding -------------------------------------------------------------------------


def test_fold():
    assert fold("  Hello,   WORLD!! ") == "hello world"
    assert fold("Ｆｕｌｌ－width") == "full width"
    assert fold("snake_case") == "snake case"
    assert fold("...") == ""
    assert fold("हिंदी में") == "हिंदी में"  # vowel signs stay inside their words
