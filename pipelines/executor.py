"""Running stage functions in this process or in worker processes, in order, bounded.

Each worker process builds its Redactor once (the model loads once per process) and then
takes tasks: a file to redact or a chunk of rows. At most a few tasks per worker are in
flight, so a million-row table never sits whole in the queue, and results come back in input
order so outputs are written deterministically whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from pipelines.page_progress import SharedPageCounts, result_with_pages
from redact.corrections import NO_CORRECTIONS, Corrections
from redact.detect.lexicon import ReleaseNames
from redact.documents.page_count import PageSink, count_pages_into, pages_counted_by
from redact.policy.loader import LoadedPolicy
from redact.transform.pseudonym import ReleaseKey

if TYPE_CHECKING:
    from redact.redactor import Redactor

T = TypeVar("T")
M = TypeVar("M")
IN_FLIGHT_PER_WORKER = 2

#: A task: a function of (Redactor, *args) and its arguments, all picklable.
Task = tuple[Callable[..., Any], tuple[Any, ...]]


@dataclass(frozen=True)
class RedactorRecipe:
    """Everything a worker needs to build the same Redactor as the parent would."""

    policy: LoadedPolicy
    model: str | None
    key_secret: bytes
    release_names: ReleaseNames | None = None
    corrections: Corrections = NO_CORRECTIONS

    def build(self) -> Redactor:
        """Load the model and analyzer; called once per process.

        Imported here: the parent of worker processes never loads the model, and does not
        import spaCy and Presidio either, so its workers start that much sooner.
        """
        from redact.redactor import Redactor

        return Redactor(
            self.policy, model=self.model, key=ReleaseKey(self.key_secret),
            release_names=self.release_names, corrections=self.corrections,
        )  # fmt: skip


_WORKER_REDACTOR: list[Redactor] = []


def _init_worker(recipe: RedactorRecipe, pages: SharedPageCounts | None = None) -> None:
    count_pages_into(pages)
    _WORKER_REDACTOR.append(recipe.build())


@contextmanager
def _workers_deaf_to_ctrl_c() -> Iterator[None]:
    """Ctrl+C is the parent's to handle (it says how to resume): a worker that took it too
    would print its own traceback. A process started while SIGINT is ignored ignores it
    from its first instruction (Python installs no handler for an ignored signal), so the
    parent ignores it only while a submit may start a worker (the pool starts them as
    work comes), so a Ctrl+C is lost only if it falls in those few moments."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _run_in_worker(function: Callable[..., T], args: tuple[Any, ...]) -> T:
    return function(_WORKER_REDACTOR[0], *args)


def _identity(redactor: Redactor) -> tuple[str, str]:
    return redactor.model_name, redactor.model_version


def _ready() -> None:
    """A task that does nothing: it makes the pool start a worker."""


def start_all_workers(pool: ProcessPoolExecutor, workers: int) -> None:
    """Have every worker start loading its model now, side by side.

    With the "spawn" start method a pool starts a worker only when a task finds no idle
    one. The first task of a batch (the output names) is waited for before any other is
    sent, so the second worker only began to load its model once the first had loaded
    its own and named the files: its whole start-up came after the first's. One empty
    task per worker, sent without waiting, starts them all at once.

    They are started deaf to Ctrl+C like any other worker: a worker that heard it while
    waiting for work died with a traceback, and the pool it broke could hang the parent's
    shutdown (CI saw `redact batch` still running four minutes after Ctrl+C).
    """
    with _workers_deaf_to_ctrl_c():
        for _ in range(workers):
            pool.submit(_ready)


class Executor:
    """Runs tasks with one Redactor in-process (workers=1) or one per worker process.

    `pages` (a progress line) hears of every page read, from the workers too.
    """

    def __init__(
        self, recipe: RedactorRecipe, workers: int = 1, pages: PageSink | None = None
    ) -> None:
        self.recipe = recipe
        self.workers = max(1, workers)
        self.pages = pages
        self._local: Redactor | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._counts: SharedPageCounts | None = None

    def __enter__(self) -> Executor:
        if self.workers == 1:
            self._local = self.recipe.build()
        else:
            context = multiprocessing.get_context("spawn")
            self._counts = SharedPageCounts(context) if self.pages is not None else None
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=context,
                initializer=_init_worker,
                initargs=(self.recipe, self._counts),
            )
            start_all_workers(self._pool, self.workers)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    @property
    def redactor(self) -> Redactor | None:
        """The in-process Redactor, when running with one worker."""
        return self._local

    def model_identity(self) -> tuple[str, str]:
        """(name, version) of the model the Redactors run, asked of a worker if need be."""
        label_and_result = next(self.map([(None, (_identity, ()))]))
        identity: tuple[str, str] = label_and_result[1]
        return identity

    def _all_started(self) -> bool:
        """True once the pool has started every worker (it starts them as work comes)."""
        started = getattr(self._pool, "_processes", None)
        return isinstance(started, dict) and len(started) >= self.workers

    def map(self, items: Iterable[tuple[M, Task]]) -> Iterator[tuple[M, Any]]:
        """(label, result) for each (label, task), in order, with a bounded number in flight."""
        if self._local is not None:
            for label, (function, args) in items:
                with pages_counted_by(self.pages):
                    result = function(self._local, *args)
                yield label, result
            return
        if self._pool is None:
            raise RuntimeError("the executor is not started; use it as a context manager")
        window: deque[tuple[M, Future[Any]]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for label, (function, args) in items:
            if self._all_started():
                future = self._pool.submit(_run_in_worker, function, args)
            else:  # this submit may start a worker
                with _workers_deaf_to_ctrl_c():
                    future = self._pool.submit(_run_in_worker, function, args)
            window.append((label, future))
            if len(window) >= limit:
                done_label, future = window.popleft()
                yield done_label, result_with_pages(future, self._counts, self.pages)
        while window:
            done_label, future = window.popleft()
            yield done_label, result_with_pages(future, self._counts, self.pages)
