"""Process-wide resources a run uses: worker processes and the cycle collector.

Worker processes
    :func:`map_tasks` runs ``func(shared, task)`` for every task, in worker
    processes when asked to, and returns the results in task order, so they
    never depend on the number of workers. ``shared`` (large read-only
    inputs such as matrices) reaches each worker once, when it starts: a
    forked worker inherits it without copying, a worker started any other
    way receives one pickled copy. Nothing about a call is kept in this
    module, so several threads may run calls at once.

    Workers are forked when the platform can fork and the calling process
    runs no other thread. Forking a process in which other threads run can
    deadlock the child (a lock held by another thread at the moment of the
    fork stays locked in the child forever), so a multi-threaded caller gets
    workers from a fork server (``forkserver``) or, where there is none,
    freshly spawned ones: safe, but each worker then imports the package and
    receives pickled inputs, which costs about a second.

    Workers ignore Ctrl-C (the interrupt is the parent's to handle) and end
    on SIGTERM. When the parent leaves :func:`map_tasks` for any reason (an
    interrupt, an error) the pool is terminated, so no worker outlives the
    call.

The cycle collector
    :func:`cycle_collector_paused` switches Python's cycle collector off while
    a run makes its millions of small tuples (with it on, each burst of
    allocations rescans everything alive). The collector is process-wide, so
    the pause is counted: it ends when the last of several concurrent runs
    ends, and the collector is then left as it was found.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def resolve_jobs(jobs: int | None) -> int:
    """Number of worker processes: ``jobs``, or every core when None."""
    return max(1, jobs if jobs is not None else (os.cpu_count() or 1))


def start_method() -> str:
    """How workers are started now: ``"fork"`` when it is safe, else a fork
    server or spawning (see the module docstring)."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


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
        Read-only input every task needs; sent once per worker (not copied at
        all when workers are forked).
    jobs : int
        Worker processes; with 1, or a single task, everything runs here.
    """
    if jobs <= 1 or len(tasks) < 2:
        for task in tasks:
            yield func(shared, task)
        return
    context = multiprocessing.get_context(start_method())
    # Pool's exit terminates the workers: also on an interrupt or an error.
    with context.Pool(
        processes=min(jobs, len(tasks)), initializer=_start_worker, initargs=(shared,)
    ) as pool:
        yield from pool.imap(_TaskRunner(func), tasks)


#: In a worker process only: the ``shared`` input of the one call the worker
#: serves (set once when the worker starts; never set in the calling process).
_WORKER_INPUT: dict[str, Any] = {}


def _start_worker(shared: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # A forked worker inherits the parent's handlers; the pool ends its
    # workers with SIGTERM, which must simply end them.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_INPUT["shared"] = shared


class _TaskRunner:
    """Picklable ``task -> func(shared, task)`` for the pool's workers."""

    def __init__(self, func: Callable[[Any, Any], Any]) -> None:
        self.func = func

    def __call__(self, task: Any) -> Any:
        return self.func(_WORKER_INPUT["shared"], task)


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
