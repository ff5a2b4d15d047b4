"""A library call is safe from several threads; the command ends cleanly on Ctrl-C.

The interrupt tests run the command in a process of its own (in a new
session, so that every process it starts can be found afterwards) and send
it real signals.
"""

from __future__ import annotations

import gc
import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from summarizer import Document, Summarizer, summarize, workers
from summarizer.cli import main

ROOT = Path(__file__).resolve().parent.parent


def templated_collection(seed: int, n_sentences: int = 1500) -> list[Document]:
    """Sentences from a small vocabulary: many candidate pairs for the near-duplicate join."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(300)]
    sentences = [
        "The " + " ".join(rng.choice(vocabulary) for _ in range(12)) + " said."
        for _ in range(n_sentences)
    ]
    per_doc = n_sentences // 20
    return [
        Document(f"s{seed}-d{d}", " ".join(sentences[d * per_doc : (d + 1) * per_doc]))
        for d in range(20)
    ]


def test_threads_get_what_a_call_alone_gets():
    """Several threads summarizing different collections at once: each gets
    exactly the sequential result (no state shared between calls)."""
    inputs = [templated_collection(seed) for seed in range(3)]
    expected = [summarize(docs, jobs=1).to_dict(explain=True) for docs in inputs]
    with ThreadPoolExecutor(3) as pool:
        futures = [
            pool.submit(lambda k: summarize(inputs[k % 3], jobs=1).to_dict(explain=True), k)
            for k in range(9)
        ]
        results = [f.result() for f in futures]
    for k, result in enumerate(results):
        assert result == expected[k % 3]


def test_cycle_collector_is_paused_while_a_call_runs():
    states = []
    Summarizer(jobs=1).summarize(
        templated_collection(0, 300), progress=lambda *a: states.append(gc.isenabled())
    )
    assert states and not any(states)
    assert gc.isenabled()


def test_cycle_collector_is_restored_when_concurrent_calls_end():
    gc.enable()
    inputs = [templated_collection(seed, 400) for seed in range(4)]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda docs: summarize(docs, jobs=1), inputs))
    assert gc.isenabled()
    gc.disable()
    try:
        summarize(inputs[0], jobs=1)
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_workers_are_not_forked_while_other_threads_run(monkeypatch):
    assert workers.can_fork() == (threading.active_count() == 1)
    started = []
    real_group = workers._WorkerGroup
    monkeypatch.setattr(workers, "_WorkerGroup", lambda *a: started.append(a) or real_group(*a))
    assert list(workers.map_tasks(_scaled, [1, 2, 3], shared=10, jobs=2)) == [10, 20, 30]
    assert len(started) == 1  # forked workers did the work
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not workers.can_fork()
        # The work is done here, in task order.
        assert list(workers.map_tasks(_scaled, [1, 2, 3], shared=10, jobs=2)) == [10, 20, 30]
        assert len(started) == 1
    finally:
        stop.set()
        other.join()


def _scaled(factor: int, task: int) -> int:
    return factor * task


_WORKER_START: dict[str, object] = {}  # written in a worker, read there by a task


def _signal_state(shared: object, task: int) -> tuple:
    """In a worker: the signals blocked when it started, and now, and its handlers."""
    return (
        _WORKER_START["blocked"],
        signal.pthread_sigmask(signal.SIG_BLOCK, []),
        signal.getsignal(signal.SIGINT),
        signal.getsignal(signal.SIGTERM),
    )


def test_workers_take_no_signal_before_their_handlers_are_set(monkeypatch):
    """A signal sent (to the whole group, as Ctrl-C is) at the moment a worker
    is forked must not run the parent's handler in the worker: the command's
    prints its line and exits, so the line would be printed twice. Workers
    start with the ending signals blocked and unblock them after setting
    their own handlers."""
    real_serve = workers._serve

    def serve_noting_the_mask(*args):
        _WORKER_START["blocked"] = signal.pthread_sigmask(signal.SIG_BLOCK, [])
        real_serve(*args)

    monkeypatch.setattr(workers, "_serve", serve_noting_the_mask)
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    states = list(workers.map_tasks(_signal_state, [1, 2], jobs=2))
    assert len(states) == 2
    for at_start, running, on_interrupt, on_terminate in states:
        assert {signal.SIGINT, signal.SIGTERM} <= at_start
        assert running == before  # unblocked once the handlers are set
        assert on_interrupt == signal.SIG_IGN
        assert on_terminate == signal.SIG_DFL
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == before  # the parent's, restored


# -- interrupts -----------------------------------------------------------------


def test_interrupt_inside_the_run_is_one_line(monkeypatch, tmp_path):
    """Ctrl-C at any point of the run: one line, exit code 130."""
    import io

    from rich.console import Console

    import summarizer.documents

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(summarizer.documents, "load_documents", interrupted)
    (tmp_path / "a.txt").write_text("The council met on Monday. It voted.", encoding="utf-8")
    err = Console(file=io.StringIO(), highlight=False)
    out = Console(file=io.StringIO(), highlight=False)
    assert main([str(tmp_path)], console=out, err_console=err) == 130
    assert err.file.getvalue() == "summarizer: interrupted\n"
    assert out.file.getvalue() == ""


def test_interrupt_while_the_command_starts():
    """Ctrl-C while Python is still importing the command: one line, exit 130."""
    code = (
        "import os, signal, time\n"
        "import summarizer._entry\n"
        "os.kill(os.getpid(), signal.SIGINT)\n"
        "time.sleep(30)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 130
    assert done.stderr == "summarizer: interrupted\n"


def big_input(tmp_path: Path) -> Path:
    """Enough text (about 3 MB) that documents are split by worker processes."""
    rng = random.Random(0)
    words = "council river budget storm school road vote plan market court".split()
    with (tmp_path / "big.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(6000):
            text = " ".join(
                "The " + " ".join(rng.choice(words) for _ in range(14)) + " today."
                for _ in range(6)
            )
            fh.write(f'{{"id": "r{i}", "text": "{text}"}}\n')
    return tmp_path / "big.jsonl"


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
@pytest.mark.parametrize(
    ("signum", "code", "line"),
    [
        (signal.SIGINT, 130, "summarizer: interrupted"),
        (signal.SIGTERM, 143, "summarizer: terminated"),
    ],
)
def test_signal_while_workers_run_leaves_nothing_behind(tmp_path, signum, code, line):
    path = big_input(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", str(path), "--jobs", "2", "--format", "text"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(children(process.pid)) < 2 and process.poll() is None:
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.02)
        assert process.poll() is None, "finished before the workers could be interrupted"
        os.killpg(process.pid, signum)  # as a terminal's Ctrl-C does: to every process
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == code
    assert err.splitlines() == [line]
    assert out == ""
    # No process of the run is left. Workers die with their parent, but on a
    # loaded machine (the suite runs on every core) the kernel may take a
    # moment to reap them: wait for that, do not assume a fixed delay.
    deadline = time.monotonic() + 10
    while True:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline, "processes of the run still alive after 10 s"
        time.sleep(0.05)
