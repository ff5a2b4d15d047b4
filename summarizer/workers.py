"""Process-wide resources a run uses: worker processes and the cycle collector.

Worker processes
    :func:`map_tasks` runs ``func(shared, task)`` for every task, in worker
    processes when asked to, and returns the results in task order, so they
    never depend on the number of workers. ``shared`` (large read-only
    inputs such as matrices) reaches each worker once, when it starts: a
    forked worker inherits it without copying, a worker started any other
    way receives one pickled copy. Nothing about a call is kept in this
    module, so several threads may run calls at once.

    Workers are forked, and only when the platform can fork and the calling
    process runs no other thread. Forking a process in which other threads
    run can deadlock the child (a lock held by another thread at the moment
    of the fork stays locked in the child forever), and the other ways of
    starting workers (a fork server, spawning) import the caller's main
    module again in every worker, which runs an unguarded script's code
    again. So a multi-threaded caller (a web server, a notebook's executor)
    gets no workers: the call runs in the calling thread, and the caller's
    threads are its parallelism. The result is the same either way.

    Workers ignore Ctrl-C (the interrupt is the parent's to handle), and are
    forked with Ctrl-C and SIGTERM blocked until they have set their own
    handlers, so the parent's never runs in a worker. When the parent leaves
    :func:`map_tasks` for any reason (an interrupt, an error), the workers are
    killed, so no worker outlives the call; they share no lock or queue with
    the parent that a killed worker could leave held.

The cycle collector
    :func:`cycle_collector_paused` switches Python's cycle collector off while
    a run makes its millions of small tuples (with it on, each burst of
    allocations rescans everything alive). The collector is process-wide, so
    the pause is counted: it ends when the last of several concurrent runs
    ends, and the collector is then left as it was found.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import multiprocessing.process
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


#: Tasks in flight per worker when tasks are streamed (read, running, or done
#: and waiting for an earlier one), for every engine.
TASKS_PER_WORKER = 4


def resolve_jobs(jobs: int | None) -> int:
    """Number of worker processes: ``jobs``, or every core when None."""
    return max(1, jobs if jobs is not None else (os.cpu_count() or 1))


def can_fork() -> bool:
    """Whether workers may be forked now (see the module docstring)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def map_tasks(
    func: Callable[[Any, T], R],
    tasks: Sequence[T],
    *,
    shared: Any = None,
    jobs: int = 1,
) -> Iterator[R]:
    """``func(shared, task)`` for every task, in task order.

    Parameters
    ----------
    func : callable
        A module-level function (workers find it by name).
    tasks : sequence
        Each task is sent to a worker (pickled); keep them small.
    shared : object
        Read-only input every task needs; forked workers inherit it (it is
        not copied).
    jobs : int
        Worker processes; with 1, a single task, or when workers cannot be
        forked (:func:`can_fork`), everything runs here.
    """
    if jobs <= 1 or len(tasks) < 2 or not can_fork():
        for task in tasks:
            yield func(shared, task)
        return
    yield from _WorkerGroup(func, shared, min(jobs, len(tasks))).map(iter(tasks), window=None)


def stream_tasks(
    func: Callable[[Any, T], R],
    tasks: Iterable[T],
    *,
    shared: Any = None,
    jobs: int = 1,
    window: int | None = None,
) -> Iterator[R]:
    """:func:`map_tasks` for tasks that come one by one (an iterable of any
    length, read only as workers are free): results in task order, as soon as
    each one and those before it are done. At most ``window`` tasks (default
    :data:`TASKS_PER_WORKER` per worker) are read but not yet yielded, so
    memory is bounded by the tasks in flight, not by their number."""
    if jobs <= 1 or not can_fork():
        for task in tasks:
            yield func(shared, task)
        return
    window = window or TASKS_PER_WORKER * jobs
    yield from _WorkerGroup(func, shared, jobs).map(iter(tasks), window=window)


class _WorkerGroup:
    """Worker processes, each with a pipe of its own: a task goes out, its
    result comes back, the next task goes out.

    No lock or queue is shared between the processes (multiprocessing.Pool's
    are: killing a worker that holds one, or terminating the pool while a
    worker blocks on a full result pipe, deadlocks its shutdown). So the
    workers can be killed at any moment, and are, whenever the caller leaves
    :meth:`map` before the end.
    """

    def __init__(self, func: Callable[[Any, Any], Any], shared: Any, size: int) -> None:
        context = multiprocessing.get_context("fork")
        self.pipes: list[Connection] = []
        self.processes: list[multiprocessing.process.BaseProcess] = []
        # A forked worker starts with the parent's signal handlers (the
        # command's prints a line and exits) until it sets its own; a signal
        # arriving in between would run the parent's handler in the worker.
        # So the workers are forked with the signals blocked, set their
        # handlers, and only then unblock them (a pending signal is then
        # handled the worker's way); here they are unblocked once forked.
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING_SIGNALS)
        try:
            for _ in range(size):
                here, there = context.Pipe()
                process = context.Process(
                    target=_serve, args=(there, func, shared, mask), daemon=True
                )
                process.start()
                there.close()
                self.pipes.append(here)
                self.processes.append(process)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)

    def map(self, tasks: Iterator[Any], window: int | None) -> Iterator[Any]:
        """Results of ``tasks`` in order; at most ``window`` tasks read but
        not yet yielded (None: no limit)."""
        results: dict[int, Any] = {}
        busy: dict[Connection, int] = {}
        following, upcoming = 0, 0  # the next result to yield, the next task to send
        exhausted = False

        def send(pipe: Connection) -> None:
            nonlocal upcoming, exhausted
            if exhausted or (window is not None and upcoming - following >= window):
                return
            task = next(tasks, _END)
            if task is _END:
                exhausted = True
                return
            pipe.send((upcoming, task))
            busy[pipe] = upcoming
            upcoming += 1

        try:
            for pipe in self.pipes:
                send(pipe)
            while busy:
                for pipe in wait(list(busy)):
                    try:
                        index, ok, value = pipe.recv()  # type: ignore[union-attr]
                    except EOFError:
                        raise RuntimeError("a worker process died") from None
                    if not ok:
                        raise RuntimeError(f"in a worker process: {value}")
                    results[index] = value
                    del busy[pipe]  # type: ignore[arg-type]
                while following in results:
                    yield results.pop(following)
                    following += 1
                for pipe in self.pipes:
                    if pipe not in busy:
                        send(pipe)
            for pipe in self.pipes:
                pipe.send(None)  # done: the workers return
            finished = True
        except BaseException:
            finished = False
            raise
        finally:
            self.close(finished)

    def close(self, finished: bool) -> None:
        """End every worker (killed at once unless all went well) and free the pipes."""
        for process in self.processes:
            if not finished:
                process.kill()
        for process in self.processes:
            process.join()
            process.close()
        for pipe in self.pipes:
            pipe.close()


def _serve(
    pipe: Connection, func: Callable[[Any, Any], Any], shared: Any, mask: set[signal.Signals]
) -> None:
    """A worker: run tasks from ``pipe`` until told to stop. It starts with
    :data:`_ENDING_SIGNALS` blocked, and unblocks them (restores ``mask``,
    the parent's) once its own handlers are set."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # A forked worker inherits the parent's handlers; a worker is ended by
    # SIGKILL or SIGTERM, which must simply end it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    _die_with_parent()
    while True:
        try:
            message = pipe.recv()
        except EOFError:  # the parent is gone
            return
        if message is None:
            return
        index, task = message
        try:
            result = (index, True, func(shared, task))
        except Exception as exc:  # noqa: BLE001 - reported to the parent
            result = (index, False, f"{type(exc).__name__}: {exc}")
        pipe.send(result)


def _die_with_parent() -> None:
    """Ask the kernel to kill this worker when its parent dies, however it
    dies (Linux; elsewhere a worker notices when it next talks to the parent)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the parent died before the request took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass


_PR_SET_PDEATHSIG = 1
#: The signals that end a run, blocked while workers are forked.
_ENDING_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
#: The end of a task iterator.
_END = object()


def stop_workers() -> None:
    """Kill the worker processes of this process at once (for a command being
    interrupted, which then exits)."""
    for process in multiprocessing.active_children():
        process.kill()


class _CollectorPause:
    """Counted pause of the process-wide cycle collector (see the module docstring)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.was_enabled = False

    def enter(self) -> None:
        with self.lock:
            if self.depth == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.depth += 1

    def exit(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0 and self.was_enabled:
                gc.enable()


_COLLECTOR_PAUSE = _CollectorPause()


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for the duration (counted across threads)."""
    _COLLECTOR_PAUSE.enter()
    try:
        yield
    finally:
        _COLLECTOR_PAUSE.exit()
