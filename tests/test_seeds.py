"""The demo corpus: five scraped news articles about one event.

A 5-sentence and a 120-word summary must read like a news brief: no site
boilerplate, no heading fragments, no repeated content, every sentence
attributed, and the facts every outlet reports covered.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from support import EN, check_source_matches
from support import vectors as embed

from summarizer import load_documents, summarize
from summarizer.classify import BODY, classify
from summarizer.language import fold
from summarizer.sentences import split_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Site furniture present in the seeds; none may reach a summary.
BOILERPLATE = (
    "Add a Comment",
    "Leave a Reply",
    "Your email address will not be published",
    "Required fields are marked",
    "Keep Up to Date",
    "By pressing the Subscribe button",
    "Advertisement",
    "Credited from",
    "As A Trusted Source",
    "( Source )",
)
HEADLINE = "Takaichi and Trump Pledge a"


@pytest.fixture(scope="module")
def documents():
    docs = load_documents(SEEDS)
    assert len(docs) == 5
    return {d.id: d for d in docs}


@pytest.fixture(
    scope="module",
    params=[{"max_sentences": 5}, {"max_words": 120}],
    ids=["5-sentences", "120-words"],
)
def budget(request):
    return request.param


@pytest.fixture(scope="module")
def summary(budget, documents):
    return summarize(list(documents.values()), **budget)


def test_budget(summary, budget):
    if "max_sentences" in budget:
        assert len(summary) == 5
    else:
        assert 80 <= summary.word_count <= 120


def test_sentences_are_verbatim_and_attributed(summary, documents):
    assert summary.sentences
    for s in summary.sentences:
        assert documents[s.doc_id].text[s.start : s.end] == s.text
        assert s.sources and s.sources[0].doc_id == s.doc_id
        for src in s.sources:
            span = documents[src.doc_id].text[src.start : src.end]
            check_source_matches(s.text, span, src.match, src.similarity)


def test_no_boilerplate_or_headings(summary):
    for s in summary.sentences:
        for junk in BOILERPLATE:
            assert junk not in s.text
        assert not s.text.startswith(HEADLINE)
        assert not s.text.startswith("Takaichi and Trump Both")  # heading glued to a sentence
        assert classify(s.text, EN)[0] == BODY
        assert re.search(r"[.!?][\"'’”)]*$", s.text), f"not a full sentence: {s.text!r}"


def test_no_repeated_content(summary):
    texts = [s.text for s in summary.sentences]
    assert len({fold(t) for t in texts}) == len(texts)
    X = embed(texts)
    for i, j in itertools.combinations(range(len(texts)), 2):
        assert (X[i] @ X[j].T).toarray()[0, 0] < 0.5, (texts[i], texts[j])


@pytest.mark.parametrize(
    "fact, pattern",
    [
        ("rare-earths and critical-minerals agreement", r"rare earth|critical mineral"),
        ('the "golden age" pledge', r"golden age"),
        ("the Nobel Peace Prize nomination", r"nobel"),
    ],
)
def test_facts_every_outlet_reports_are_covered(summary, fact, pattern):
    assert re.search(pattern, summary.text, re.IGNORECASE), f"missing: {fact}"


def test_duplicates_and_boilerplate_are_counted(documents):
    stats = summarize(list(documents.values()), max_sentences=5).stats
    assert stats.documents == 5
    # Two articles repeat their body paragraphs verbatim.
    assert stats.duplicates_merged >= 20
    assert stats.boilerplate_dropped >= 5
    assert stats.headings_dropped >= 3
    assert stats.candidates < stats.sentences


def test_us_abbreviation_is_not_a_sentence_break(documents):
    document = documents["004_ed06c6370d8a7937.txt"]
    sentences = [s.text for s in split_document(document, EN)]
    assert sentences[0] == "Credited from: SCMP"
    assert sentences[1].startswith("U.S. President Donald Trump arrived in Tokyo")
    assert sentences[1].endswith("between the two nations.")
    assert "U.S.-Japan relations" in sentences[2]
    assert sentences[2].endswith("according to SCMP and ABC News.")


def test_deterministic(documents):
    docs = list(documents.values())
    assert summarize(docs, max_words=120).to_dict() == summarize(docs, max_words=120).to_dict()
