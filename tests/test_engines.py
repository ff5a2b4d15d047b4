"""Engines: the same results on local worker processes and on a real Dask
cluster (a LocalCluster of two worker processes, no mocks)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from summarizer import Document, InvalidSettingsError, summarize
from summarizer.batch import Collection, read_collections, summarize_many
from summarizer.cli import main
from summarizer.engines import DaskEngine, LocalEngine, engine_for
from summarizer.prepare import PARALLEL_MIN_CHARS
from summarizer.settings import SummarizerSettings

distributed = pytest.importorskip("dask.distributed")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local
    _end_dask_offload_thread()


def _end_dask_offload_thread() -> None:
    """distributed keeps a thread of its own after every client has closed
    (its offload executor). Left running, it would make this test process
    multi-threaded, and the tests that follow here could not fork worker
    processes; a fresh executor starts its thread only when used."""
    from concurrent.futures import ThreadPoolExecutor

    import distributed.utils

    distributed.utils._offload_executor.shutdown(wait=True)
    distributed.utils._offload_executor = ThreadPoolExecutor(
        max_workers=1, thread_name_prefix="Dask-Offload"
    )


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster, set_as_default=False) as dask_client:
        yield dask_client


@pytest.fixture
def batch_file(tmp_path: Path) -> Path:
    lines = []
    for k in range(6):
        texts = TEXTS[k % 5 :] + TEXTS[: k % 5]
        docs = [{"id": f"c{k}-{i}", "text": t} for i, t in enumerate(texts[: 2 + k % 4])]
        lines.append(json.dumps({"id": f"c{k}", "documents": docs}))
    lines.insert(3, json.dumps({"id": "empty", "documents": []}))
    path = tmp_path / "clusters.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_batch_on_a_dask_cluster_gives_what_local_workers_give(client, batch_file) -> None:
    local = [r.to_dict() for r in summarize_many(read_collections(batch_file), jobs=2)]
    on_dask = [r.to_dict() for r in summarize_many(read_collections(batch_file), engine=client)]
    assert on_dask == local
    assert [r["id"] for r in on_dask][3] == "empty" and "error" in on_dask[3]


def test_the_command_runs_a_batch_on_a_scheduler(cluster, batch_file, tmp_path) -> None:
    here, there = tmp_path / "here.jsonl", tmp_path / "there.jsonl"
    err = Console(file=io.StringIO(), width=200)
    assert main(["batch", str(batch_file), "-o", str(here)], err_console=err) == 4
    code = main(
        ["batch", str(batch_file), "-o", str(there), "--scheduler", cluster.scheduler_address],
        err_console=err,
    )
    assert code == 4
    assert there.read_bytes() == here.read_bytes()


def test_a_large_collection_is_split_on_the_cluster(client, monkeypatch) -> None:
    """The per-document stages of a large input run as tasks on the cluster's
    workers; the summary is the one local workers give."""
    import summarizer.prepare as prepare

    documents = [Document(f"d{k}", TEXTS[k % 5]) for k in range(40)]
    monkeypatch.setattr(prepare, "PARALLEL_MIN_CHARS", 50_000)  # 40 seed articles
    assert sum(len(d.text) for d in documents) >= 50_000
    submitted = []
    real_stream = DaskEngine.stream

    def counting(self, func, tasks, **kwargs):
        submitted.append(func.__name__)
        return real_stream(self, func, tasks, **kwargs)

    monkeypatch.setattr(DaskEngine, "stream", counting)
    on_dask = summarize(documents, max_words=80, engine=client)
    local = summarize(documents, max_words=80, jobs=2)
    assert submitted == ["_prepare_chunk"]
    assert on_dask.to_dict() == local.to_dict()
    assert PARALLEL_MIN_CHARS > 50_000  # the real threshold is untouched outside the test


def test_the_engine_streams_in_order_and_raises_a_task_error(client) -> None:
    engine = DaskEngine(client)
    assert engine.workers == 2
    assert list(engine.stream(_cube, iter(range(20)), shared=1, window=3)) == [
        k**3 + 1 for k in range(20)
    ]
    with pytest.raises(ZeroDivisionError):
        list(engine.stream(_inverse, [2, 1, 0, 4], shared=None))


def _cube(offset: int, k: int) -> int:
    return k**3 + offset


def _inverse(_: object, k: int) -> float:
    return 1 / k


def test_engines_are_chosen_from_what_the_caller_gives(client) -> None:
    assert isinstance(engine_for(None, jobs=3), LocalEngine)
    assert engine_for(None, jobs=3).workers == 3
    assert isinstance(engine_for(client), DaskEngine)
    with pytest.raises(InvalidSettingsError, match="got int"):
        engine_for(42)


def test_an_unreachable_scheduler_is_one_line_and_exit_2(batch_file) -> None:
    """In a process of its own: a client that cannot connect leaves its event
    loop's thread behind, and this test process must stay single-threaded."""
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", str(batch_file)]
        + ["--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"},
    )
    assert done.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def _arg_is_future(shared, k):
    return shared


def test_the_shared_input_goes_to_the_tasks_as_one_scattered_future(client, monkeypatch) -> None:
    """E3: every task gets the scattered future, not its own copy of the input."""
    from summarizer.engines import DaskEngine

    sent = []
    real_submit = client.submit

    def spy(func, *args, **kwargs):
        sent.append(args[0])
        return real_submit(func, *args, **kwargs)

    monkeypatch.setattr(client, "submit", spy)
    engine = DaskEngine(client)
    shared = SummarizerSettings(max_words=60)
    assert list(engine.stream(_arg_is_future, range(5), shared=shared)) == [shared] * 5
    assert len(sent) == 5 and all(isinstance(s, distributed.Future) for s in sent)
    assert len({s.key for s in sent}) == 1


def test_a_client_opened_from_an_address_is_closed(cluster, monkeypatch) -> None:
    """E7: summarize_many(engine=address) closes the client it opened."""
    from summarizer.engines import DaskEngine

    closed = []
    real_close = DaskEngine.close
    monkeypatch.setattr(
        DaskEngine, "close", lambda self: (closed.append(self._own), real_close(self))
    )
    items = [Collection("c", (Document("d", "One sentence here."),))]
    assert [r.ok for r in summarize_many(items, engine=cluster.scheduler_address)] == [True]
    assert closed == [True]


def test_the_dask_engine_reads_only_its_window_of_tasks(client) -> None:
    """E2: at most ``window`` tasks are read before the first result."""
    from summarizer.engines import DaskEngine

    read = []

    def tasks():
        for k in range(50):
            read.append(k)
            yield k

    stream = DaskEngine(client).stream(_arg_is_future, tasks(), shared=7, window=3)
    assert next(stream) == 7
    assert len(read) <= 4  # the window, and the one that found it full
    stream.close()
