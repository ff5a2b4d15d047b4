"""The per-document stage: parallel splitting and labelling give what one process gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from support import EN

from summarizer import Document, SummarizerSettings, load_documents, prepare, summarize, workers
from summarizer.errors import InvalidSettingsError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def always_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use worker processes even for small inputs, in small chunks."""
    monkeypatch.setattr(prepare, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(prepare, "CHUNKS_PER_WORKER", 3)


def test_same_result_for_any_number_of_jobs(always_parallel: None) -> None:
    documents = load_documents(SEEDS)
    one = summarize(documents, max_sentences=5, jobs=1).to_dict(explain=True)
    for jobs in (2, 3):
        assert summarize(documents, max_sentences=5, jobs=jobs).to_dict(explain=True) == one


def test_prepare_documents_keeps_order_and_reports_progress(always_parallel: None) -> None:
    documents = load_documents(SEEDS)
    seen: list[int] = []
    sentences, labelled, features = prepare.prepare_documents(
        documents,
        profiles=[EN] * len(documents),
        tokenizers={},
        label=True,
        jobs=2,
        on_document=seen.append,
    )
    assert [doc[0].doc_id for doc in sentences] == [d.id for d in documents]
    assert len(labelled) == len(documents)
    assert features.keys.size == sum(len(doc) for doc in labelled)
    assert seen[-1] == len(documents) and seen == sorted(seen)
    s1, l1, f1 = prepare.prepare_documents(
        documents, profiles=[EN] * len(documents), tokenizers={}, label=True, jobs=1
    )
    assert (s1, l1) == (sentences, labelled)
    assert np.array_equal(f1.keys, features.keys)
    assert (f1.words != features.words).nnz == 0 and (f1.terms != features.terms).nnz == 0


def test_chunks_cover_every_document_once_with_balanced_lengths() -> None:
    documents = [Document(f"d{i}", "x" * (1 + (i * 37) % 500)) for i in range(200)]
    bounds = prepare._chunk_bounds(documents, 2)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(documents)
    assert all(a < b for a, b in bounds)
    assert all(b1 == a2 for (_, b1), (a2, _) in zip(bounds, bounds[1:], strict=False))
    lengths = [sum(len(d.text) for d in documents[a:b]) for a, b in bounds]
    assert len(bounds) == 2 * prepare.CHUNKS_PER_WORKER
    assert max(lengths) <= 2 * min(lengths)
    assert prepare._chunk_bounds([], 2) == []
    assert prepare._chunk_bounds(documents[:3], 8) == [(0, 1), (1, 2), (2, 3)]


def test_jobs_setting_is_validated() -> None:
    assert SummarizerSettings(jobs=None).jobs is None
    for bad in (0, -1, 1.5, "2", True):
        with pytest.raises(InvalidSettingsError):
            SummarizerSettings(jobs=bad)
    assert workers.resolve_jobs(None) >= 1
