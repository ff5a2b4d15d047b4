"""Support ("also reported by"): the other documents that report a summary
sentence in their own words."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from support import DEFAULTS, gather, vectors

from summarizer import Document, Summarizer, load_documents, summarize
from summarizer.embedding import unit_rows
from summarizer.render import markdown_view, rich_view, text_view
from summarizer.summary import Support
from summarizer.support import find_support

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

FACT = "The harbour authority approved a new ferry terminal budget on Monday evening."
PARAPHRASE = "Members of the harbour authority backed the new ferry terminal at a Monday meeting."
UNRELATED = "Local bakeries reported strong sales of bread during the autumn festival."


def _pool_and_vectors(*texts: str):  # type: ignore[no-untyped-def]
    pool = gather(*texts, label=False)
    return pool, vectors([c.text for c in pool.candidates])


def _index(pool, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, c in enumerate(pool.candidates) if c.text == text)


def test_a_paraphrase_in_another_document_supports_the_sentence() -> None:
    pool, X = _pool_and_vectors(FACT, PARAPHRASE, UNRELATED)
    i = _index(pool, FACT)
    (found,) = find_support(X, pool.candidates, [i], threshold=0.35)[i]
    paraphrase = pool.candidates[_index(pool, PARAPHRASE)].sentence
    assert found == Support(
        paraphrase.doc_id, paraphrase.start, paraphrase.end, pytest.approx(found.similarity)
    )
    assert 0.35 <= found.similarity < 1


def test_below_the_threshold_nothing_is_listed() -> None:
    pool, X = _pool_and_vectors(FACT, PARAPHRASE, UNRELATED)
    i = _index(pool, FACT)
    (found,) = find_support(X, pool.candidates, [i], threshold=0.35)[i]
    # (similarities are reported rounded to 4 decimals)
    assert find_support(X, pool.candidates, [i], threshold=found.similarity + 1e-4)[i] == ()
    assert find_support(X, pool.candidates, [i], threshold=found.similarity - 1e-4)[i] == (found,)
    # At exactly the similarity, it is listed (the threshold is inclusive).
    Xn = unit_rows(sp.csr_matrix(X))
    j = _index(pool, PARAPHRASE)
    exact = float((Xn @ Xn[[i]].T).toarray()[j, 0])
    assert find_support(X, pool.candidates, [i], threshold=exact)[i] == (found,)


def test_the_most_similar_first_whatever_the_document_order() -> None:
    weaker = "The harbour authority will meet again next year."
    pool, X = _pool_and_vectors(FACT, weaker + " More bread sold.", PARAPHRASE)
    i = _index(pool, FACT)
    found = find_support(X, pool.candidates, [i], threshold=0.05)[i]
    assert [s.doc_id for s in found] == ["d3", "d2"]
    assert found[0].similarity > found[1].similarity


def test_of_equals_in_one_document_the_first() -> None:
    pool, X = _pool_and_vectors(FACT, f"{UNRELATED} {PARAPHRASE} {PARAPHRASE}")
    i = _index(pool, FACT)
    (found,) = find_support(X, pool.candidates, [i], threshold=0.35)[i]
    assert found.start == len(UNRELATED) + 1  # the first of the two equal sentences
    # Two different sentences of one document, equally similar (their vectors
    # made equal here): the earlier one.
    other = "Members of the harbour authority met on a Monday to discuss it."
    pool, X = _pool_and_vectors(FACT, f"{UNRELATED} {other} {PARAPHRASE}")
    i = _index(pool, FACT)
    a, b = _index(pool, other), _index(pool, PARAPHRASE)
    X = sp.lil_matrix(X)
    X[a] = X[b]
    (found,) = find_support(sp.csr_matrix(X), pool.candidates, [i], threshold=0.35)[i]
    assert found.start == len(UNRELATED) + 1 and found.end == found.start + len(other)


def test_a_document_carrying_the_sentence_is_a_source_not_support() -> None:
    # The second document carries the fact itself (a source) and a paraphrase.
    pool, X = _pool_and_vectors(FACT, f"{FACT} {PARAPHRASE}", UNRELATED)
    i = _index(pool, FACT)
    assert set(pool.candidates[i].doc_ids) == {"d1", "d2"}
    assert find_support(X, pool.candidates, [i], threshold=0.1)[i] == ()


def test_one_sentence_per_document_the_most_similar_first() -> None:
    weaker = "The harbour authority will meet again next year."
    pool, X = _pool_and_vectors(FACT, f"{weaker} {PARAPHRASE}", weaker + " More bread sold.")
    i = _index(pool, FACT)
    found = find_support(X, pool.candidates, [i], threshold=0.05)[i]
    assert [s.doc_id for s in found] == ["d2", "d3"]
    texts = {"d2": f"{weaker} {PARAPHRASE}", "d3": weaker + " More bread sold."}
    assert texts["d2"][found[0].start : found[0].end] == PARAPHRASE  # its best one
    assert found[0].similarity > found[1].similarity


def test_a_supporting_sentence_carried_by_two_documents_supports_in_each() -> None:
    pool, X = _pool_and_vectors(FACT, PARAPHRASE, f"{UNRELATED} {PARAPHRASE}")
    i = _index(pool, FACT)
    found = find_support(X, pool.candidates, [i], threshold=0.35)[i]
    assert [s.doc_id for s in found] == ["d2", "d3"]
    offset = len(UNRELATED) + 1
    assert (found[1].start, found[1].end) == (offset, offset + len(PARAPHRASE))
    assert found[0].similarity == found[1].similarity


def test_nothing_chosen_or_nothing_to_compare() -> None:
    pool, X = _pool_and_vectors(FACT, PARAPHRASE)
    assert find_support(X, pool.candidates, [], threshold=0.35) == {}
    pool, X = _pool_and_vectors(FACT)
    assert find_support(X, pool.candidates, [0], threshold=0.35) == {0: ()}


@pytest.fixture(scope="module")
def seeds_summary():  # type: ignore[no-untyped-def]
    documents = load_documents(SEEDS)
    return Summarizer().summarize(documents), {d.id: d.text for d in documents}


def test_the_seeds_name_their_support(seeds_summary) -> None:  # type: ignore[no-untyped-def]
    """On the seeds every outlet reports the main facts: the summary's
    sentences name other outlets, each a real sentence of that document at
    the redundancy threshold's similarity or more."""
    summary, texts = seeds_summary
    supported = [s for s in summary.sentences if s.support]
    assert len(supported) >= len(summary.sentences) // 2
    for s in summary.sentences:
        for sup in s.support:
            assert sup.doc_id not in s.doc_ids
            assert sup.similarity >= DEFAULTS.redundancy_threshold
            span = texts[sup.doc_id][sup.start : sup.end]
            assert span.strip() == span and len(span.split()) >= 5


def test_support_follows_the_redundancy_threshold() -> None:
    documents = load_documents(SEEDS)
    strict = summarize(documents, redundancy_threshold=0.99, control_redundancy=False)
    assert not any(s.support for s in strict.sentences)
    loose = summarize(documents, redundancy_threshold=0.2)
    sims = [sup.similarity for s in loose.sentences for sup in s.support]
    assert sims and min(sims) >= 0.2 and min(sims) < DEFAULTS.redundancy_threshold


def test_every_format_shows_the_support(seeds_summary) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    summary, _ = seeds_summary
    numbers = {d.id: k for k, d in enumerate(summary.documents, start=1)}
    s = next(s for s in summary.sentences if s.support)
    first = s.support[0]
    n, similarity = numbers[first.doc_id], f"{first.similarity:.2f}"
    explained = text_view(summary, explain=True)
    assert f"also reported by [{n}] {similarity}" in explained
    markdown = markdown_view(summary)
    line = markdown.split("\n\n")[0]
    assert f"(also reported by [^{n}]" in line
    assert f"\n[^{n}]: " in markdown  # the footnote is defined
    console = Console(width=1000, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(rich_view(summary))
    assert f"also reported by {n} ({similarity})" in console.export_text()
    data = summary.to_dict()
    k = summary.sentences.index(s)
    assert data["sentences"][k]["support"][0] == first.to_dict()


def test_support_is_deterministic_and_sorted(seeds_summary) -> None:  # type: ignore[no-untyped-def]
    summary, _ = seeds_summary
    again = Summarizer().summarize(load_documents(SEEDS))
    assert [s.support for s in again.sentences] == [s.support for s in summary.sentences]
    for s in summary.sentences:
        sims = np.array([sup.similarity for sup in s.support])
        assert np.all(np.diff(sims) <= 0)


PARAPHRASES = [
    "Members of the harbour authority backed the new ferry terminal at a Monday meeting.",
    "At a Monday meeting the harbour authority backed a ferry terminal budget.",
    "The new ferry terminal budget won the harbour authority's approval on Monday.",
    "On Monday the harbour authority gave its approval to the ferry terminal budget.",
    "A new ferry terminal budget was approved by the harbour authority this Monday.",
    "The harbour authority approved funds for the new ferry terminal on Monday night.",
]


def test_many_supporting_documents_are_counted_and_listed_on_demand() -> None:
    documents = [Document("a.txt", FACT + " " + UNRELATED)] + [
        Document(f"p{k}.txt", text) for k, text in enumerate(PARAPHRASES)
    ]
    summary = summarize(documents, max_sentences=1, control_redundancy=False)
    (s,) = summary.sentences
    assert len(s.support) >= 6
    more = len(s.support) - 4
    assert f"+{more} more" in text_view(summary, explain=True)
    full = text_view(summary, explain=True, verbose=True)
    assert "more" not in full.split("also reported by", 1)[1].split("\n", 1)[0]
    assert full.count("] 0.") >= len(s.support)


def test_markdown_defines_the_footnote_of_a_supporting_document() -> None:
    """A document that only reports the sentence in other words still gets
    its footnote."""
    base = "The regional water authority announced new restrictions on Tuesday after dry weeks."
    documents = [
        Document("a.txt", base + " Farmers were angry about it."),
        Document("b.txt", "Water limits begin Tuesday, the regional authority announced."),
    ]
    summary = summarize(documents, max_sentences=1)
    (s,) = summary.sentences
    (support,) = s.support
    assert s.doc_ids != (support.doc_id,)
    n = 1 + [d.id for d in summary.documents].index(support.doc_id)
    markdown = markdown_view(summary)
    assert f"(also reported by [^{n}])" in markdown
    assert f"\n[^{n}]: {support.doc_id}" in markdown
