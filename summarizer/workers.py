"""Worker processes shared by the stages that use them.

Work is handed to forked processes where the platform allows, which inherit
the parent's memory: large read-only inputs (matrices) are then not copied
or pickled, only each task's arguments and results are. Results come back in task order, so
they never depend on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def resolve_jobs(jobs: int | None) -> int:
    """Number of worker processes: ``jobs``, or every core when None."""
    return max(1, jobs if jobs is not None else (os.cpu_count() or 1))


def can_fork() -> bool:
    """Whether workers can be forked (and so inherit the parent's memory)."""
    return "fork" in multiprocessing.get_all_start_methods()


def process_map(
    func: Callable[[T], R],
    tasks: Sequence[T],
    jobs: int,
    *,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterable[R]:
    """``map(func, tasks)`` in up to ``jobs`` processes, results in task order.

    Workers are forked where the platform can (they then inherit the
    parent's memory), else spawned (then ``func`` must find its inputs in
    ``tasks`` or ``initargs``).
    """
    method = "fork" if can_fork() else "spawn"
    with ProcessPoolExecutor(
        max_workers=min(jobs, len(tasks)),
        mp_context=multiprocessing.get_context(method),
        initializer=initializer,
        initargs=initargs,
    ) as pool:
        yield from pool.map(func, tasks)
