"""Where the parallel work runs: worker processes here, or a Dask cluster.

An engine runs a module-level function over tasks and yields the results in
task order, reading the tasks only as it has room for them::

    engine.stream(func, tasks, shared=shared, window=window)

``func(shared, task)`` is called once per task; ``shared`` (settings, large
read-only inputs) reaches every worker once. Two engines:

* :class:`LocalEngine`: worker processes on this machine
  (:func:`summarizer.workers.stream_tasks`; the default).
* :class:`DaskEngine`: the workers of an existing ``dask.distributed``
  cluster (``pip install "summarizer[dask]"``). ``shared`` is scattered to
  every worker once; each task is submitted as a future, at most ``window``
  of them in flight, and the results come back to this process in task
  order. Dask is imported only when this engine is made.

The results are the same with either engine and any number of workers: the
functions are deterministic and the order is the tasks'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from .errors import InvalidSettingsError
from .workers import TASKS_PER_WORKER, resolve_jobs, stream_tasks

T = TypeVar("T")
R = TypeVar("R")


class Engine(Protocol):
    """What runs tasks (see the module docstring)."""

    @property
    def workers(self) -> int: ...

    def stream(
        self,
        func: Callable[[Any, T], R],
        tasks: Iterable[T],
        *,
        shared: Any = None,
        window: int | None = None,
    ) -> Iterator[R]: ...


class LocalEngine:
    """Worker processes on this machine, ``jobs`` of them (None: every core)."""

    def __init__(self, jobs: int | None = None) -> None:
        self._workers = resolve_jobs(jobs)

    @property
    def workers(self) -> int:
        return self._workers

    def stream(
        self,
        func: Callable[[Any, T], R],
        tasks: Iterable[T],
        *,
        shared: Any = None,
        window: int | None = None,
    ) -> Iterator[R]:
        return stream_tasks(func, tasks, shared=shared, jobs=self._workers, window=window)

    def __repr__(self) -> str:
        return f"LocalEngine(jobs={self._workers})"


class DaskEngine:
    """The workers of a ``dask.distributed`` cluster.

    Parameters
    ----------
    client : dask.distributed.Client or str
        A client of the cluster, or the scheduler's address
        (``"tcp://10.0.0.5:8786"``), for which a client is opened here and
        closed by :meth:`close`.
    """

    def __init__(self, client: Any) -> None:
        try:
            from dask.distributed import Client
        except ImportError:
            raise InvalidSettingsError(
                'a Dask cluster needs Dask: pip install "summarizer[dask]"'
            ) from None
        if isinstance(client, str):
            try:
                # Dask's own connect timeout applies (distributed.comm.timeouts.connect).
                self.client = Client(client, set_as_default=False)
            except OSError as exc:
                raise InvalidSettingsError(
                    f"cannot reach the Dask scheduler at {client} ({exc})"
                ) from None
            self._own = True
        elif isinstance(client, Client):
            self.client, self._own = client, False
        else:
            raise InvalidSettingsError(
                f"engine must be a dask.distributed.Client or a scheduler address, "
                f"got {type(client).__name__}"
            )

    @property
    def workers(self) -> int:
        """Threads across the cluster's workers (at least 1)."""
        return max(1, sum(self.client.nthreads().values()))

    def stream(
        self,
        func: Callable[[Any, T], R],
        tasks: Iterable[T],
        *,
        shared: Any = None,
        window: int | None = None,
    ) -> Iterator[R]:
        from dask.distributed import as_completed

        window = window or TASKS_PER_WORKER * self.workers
        # One copy of the shared input on every worker, not one per task (in a
        # list: scatter would split a container into a future per element).
        shared_future = (
            None if shared is None else self.client.scatter([shared], broadcast=True, hash=False)[0]
        )
        pending = iter(tasks)
        index: dict[Any, int] = {}
        results: dict[int, Any] = {}
        running = as_completed(loop=self.client.loop)
        following = upcoming = 0
        try:
            while True:
                while upcoming - following < window:
                    task = next(pending, _END)
                    if task is _END:
                        break
                    future = self.client.submit(func, shared_future, task, pure=False)
                    index[future] = upcoming
                    running.add(future)
                    upcoming += 1
                if following == upcoming:
                    return
                future = next(running)
                results[index.pop(future)] = future.result()  # raises the task's error
                future.release()
                while following in results:
                    yield results.pop(following)
                    following += 1
        finally:
            for future in index:
                future.cancel()

    def close(self) -> None:
        """Close the client if this engine opened it."""
        if self._own:
            self.client.close()

    def __repr__(self) -> str:
        return f"DaskEngine({self.client.scheduler.address!r})"


_END = object()


def engine_for(engine: Any = None, *, jobs: int | None = None) -> Engine:
    """The engine a caller asked for: None, local processes (``jobs``); a
    ``dask.distributed.Client`` or a scheduler address, that cluster; an
    engine, itself."""
    if engine is None:
        return LocalEngine(jobs)
    if isinstance(engine, (LocalEngine, DaskEngine)):
        return engine
    return DaskEngine(engine)


@contextmanager
def opened(engine: Any = None, *, jobs: int | None = None) -> Iterator[Engine]:
    """:func:`engine_for`, for the duration; a client this opened (from a
    scheduler's address) is closed at the end."""
    runner = engine_for(engine, jobs=jobs)
    try:
        yield runner
    finally:
        if runner is not engine and isinstance(runner, DaskEngine):
            runner.close()
