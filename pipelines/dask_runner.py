"""The Dask runner: the same batch, with the stage functions run on a `dask.distributed` cluster.

It is an executor, not a second runner. `run_batch` enumerates the same sources, reads tables
with the same chunked reader, builds the same `(stage function, args)` tasks and writes every
output, resume record, manifest, review page and the single release-log entry itself, on the
client. Only the stage calls (`process_file`, `process_chunk`) run on the workers. So the
outputs are byte-identical to the local engine's by construction, and a worker never writes.

Why the client reads the tables instead of `dask.dataframe.read_csv(blocksize=...)`: dask
splits a CSV at byte offsets and then at the next newline, which cuts a note with a quoted
line break in two (dask documents this limitation; case notes are full of line breaks), and
byte blocks do not give the local engine's chunk boundaries, on which the Parquet row groups
and the review-page budget depend. Reading on the client also keeps `--resume` exactly as it
is and needs no shared file system; the network carries text, which is cheap next to the NLP.

Each worker builds its Redactor once, on first use, from a `WorkerPlugin` registered for this
release and removed at the end (the plugin holds the release key; it does not outlive the
release on a shared cluster). A worker lost mid-run loses nothing: the scheduler runs its
tasks again elsewhere, and the client writes each part once, from the result it receives.
Task functions never raise: an error comes back as a value naming its type, because dask logs
a failed task's arguments, and those are notes.

Pages are the unit of work of a PDF or scan: the task that holds the document sends groups
of its pages (their reading, OCR included, and the OCR that reads the released pages back)
to the cluster and redacts the whole text itself, so a 300-page scan spreads over every
worker while its pseudonyms stay those of one document (`redact.documents.page_work`).

Page progress: wherever a page is read or read back, its count (four integers, never text)
goes to the scheduler as an event of a topic named for this release
(`Worker.log_event`); the client subscribes to it and moves the counts onto the progress
line while it waits for results, as the local engine does from its shared counters.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from distributed import (
    Client,
    Future,
    LocalCluster,
    WorkerPlugin,
    get_worker,
    wait,
    worker_client,
)
from distributed.scheduler import KilledWorker

from pipelines.executor import IN_FLIGHT_PER_WORKER, RedactorRecipe, Task
from pipelines.page_progress import POLL_SECONDS
from redact.documents.page_count import PageSink, pages_counted_by
from redact.documents.page_work import PageMapper, PageWork, groups, pages_mapped_by
from redact.errors import DocumentReadError, RedactError
from redact.redactor import Redactor
from redact.transform.pseudonym import ReleaseKey

M = TypeVar("M")


class ClusterError(RedactError):
    """A task failed on a Dask worker, or the cluster could not be reached."""

    code = "R015"


@dataclass(frozen=True)
class _Crashed:
    """A stage that raised on a worker: its error type and, for our own errors, the message."""

    reason: str


class RedactorPlugin(WorkerPlugin):
    """Holds one Redactor per worker, built on first use; threads of a worker take turns."""

    def __init__(self, recipe: RedactorRecipe, pages_topic: str | None = None) -> None:
        self.recipe = recipe
        #: The event topic page counts go to (None: nobody is counting).
        self.pages_topic = pages_topic
        self.lock = threading.Lock()
        self._redactor: Redactor | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"recipe": self.recipe, "pages_topic": self.pages_topic}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["recipe"], state.get("pages_topic"))  # type: ignore[misc]

    def redactor(self) -> Redactor:
        """The worker's Redactor; the caller holds `lock`."""
        if self._redactor is None:
            self._redactor = self.recipe.build()
        return self._redactor

    def teardown(self, worker: object) -> None:
        """Drop the model and the key when the release ends."""
        self._redactor = None


class _PageEvents:
    """A `PageSink` on a worker: each count is an event of the release's topic."""

    def __init__(self, topic: str) -> None:
        self.topic = topic

    def add_pages(self, known: int = 0, read: int = 0, checking: int = 0, checked: int = 0) -> None:
        get_worker().log_event(self.topic, [known, read, checking, checked])


def _page_events(topic: str | None) -> _PageEvents | None:
    return _PageEvents(topic) if topic is not None else None


class _ReceivedPages:
    """Counts received on the client (on its event loop's thread), taken by the main one."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts = [0, 0, 0, 0]

    def receive(self, event: tuple[float, Any]) -> None:
        with self.lock:
            for i, n in enumerate(event[1]):
                self.counts[i] += int(n)

    def move_to(self, sink: PageSink) -> None:
        with self.lock:
            counts, self.counts = self.counts, [0, 0, 0, 0]
        if any(counts):
            sink.add_pages(*counts)


def _run_on_worker(plugin_name: str, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    plugin: RedactorPlugin = get_worker().plugins[plugin_name]  # type: ignore[assignment]
    topic = plugin.pages_topic
    with (
        plugin.lock,
        pages_mapped_by(_page_mapper(plugin.lock, topic)),
        pages_counted_by(_page_events(topic)),
    ):
        try:
            return function(plugin.redactor(), *args)
        except RedactError as exc:
            return _Crashed(exc.message)
        except Exception as exc:  # any other error: its type only, never its message
            return _Crashed(type(exc).__name__)


#: Page tasks go before queued documents: a document waiting on its pages holds a release.
PAGE_PRIORITY = 10


def _run_pages(work: PageWork, data: bytes, indices: list[int], topic: str | None) -> Any:
    """A group of pages of one document, on whichever worker has a free thread; each page
    counted to `topic` as it is done.

    Never raises (dask logs a failed task's arguments, and these are a client's file).
    """
    try:
        with pages_counted_by(_page_events(topic)):
            return work(data, indices)
    except RedactError as exc:
        return _Crashed(exc.message)
    except Exception as exc:
        return _Crashed(type(exc).__name__)


def _page_mapper(lock: threading.Lock, topic: str | None) -> PageMapper:
    """Send a document's page groups to the cluster from the task that holds the document.

    The file's bytes are scattered once, not sent with every group. While its pages are
    out, the task leaves the worker's thread pool (`worker_client` secedes) and lets go of
    the worker's Redactor, which it does not use then: another document on this worker
    redacts meanwhile, and no worker waits on a lock held by a task that waits on pages.
    """

    def mapper(work: PageWork, data: bytes, indices: Sequence[int]) -> list[Any]:
        lock.release()
        try:
            with worker_client() as client:
                slots = max(sum(client.nthreads().values()), 1)
                [shared] = client.scatter([data], hash=False)
                futures = [
                    client.submit(_run_pages, work, shared, group, topic, pure=False,
                                  priority=PAGE_PRIORITY)
                    for group in groups(indices, slots)
                ]  # fmt: skip
                done = client.gather(futures)
        finally:
            lock.acquire()
        results: list[Any] = []
        for part in done:
            if isinstance(part, _Crashed):
                raise DocumentReadError(f"a page failed on a Dask worker: {part.reason}")
            results.extend(part)
        return results

    return mapper


def _identity(redactor: Redactor) -> tuple[str, str]:
    return redactor.model_name, redactor.model_version


class DaskExecutor:
    """`Executor`'s interface over a Dask cluster: at `scheduler`, or a LocalCluster here.

    `pages` (a progress line) hears of every page read on the workers.
    """

    def __init__(
        self,
        recipe: RedactorRecipe,
        workers: int = 1,
        scheduler: str | None = None,
        pages: PageSink | None = None,
    ) -> None:
        self.recipe = recipe
        self.workers = max(1, workers)
        self.scheduler = scheduler
        self.pages = pages
        self.plugin_name = f"redact-redactor-{ReleaseKey(recipe.key_secret).key_id}"
        self.pages_topic = f"{self.plugin_name}-pages" if pages is not None else None
        self._received = _ReceivedPages()
        # distributed is only partly typed: its client and cluster are held as Any.
        self._cluster: Any = None
        self._client: Any = None
        self._slots = 0

    def __enter__(self) -> DaskExecutor:
        try:
            if self.scheduler is None:
                self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=self.workers, threads_per_worker=1, processes=True,
                    dashboard_address=None,
                )  # fmt: skip
                self._client = Client(self._cluster)  # type: ignore[no-untyped-call]
            else:
                self._client = Client(self.scheduler, timeout="30s")  # type: ignore[no-untyped-call]
        except OSError as exc:
            self.__exit__()
            raise ClusterError(
                f"cannot reach the Dask scheduler at {self.scheduler}: {type(exc).__name__}"
            ) from None
        if self.pages_topic is not None:
            self._client.subscribe_topic(self.pages_topic, self._received.receive)
        plugin = RedactorPlugin(self.recipe, self.pages_topic)
        self._client.register_plugin(plugin, name=self.plugin_name)
        threads = sum(self._client.nthreads().values())
        self._slots = max(threads, 1) * IN_FLIGHT_PER_WORKER
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):  # cleanup must not hide the run's own error
                self._client.unregister_worker_plugin(self.plugin_name)
            if self.pages_topic is not None:
                with contextlib.suppress(Exception):
                    self._client.unsubscribe_topic(self.pages_topic)
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client, self._cluster = None, None

    @property
    def redactor(self) -> Redactor | None:
        """Always None: the Redactors live on the workers."""
        return None

    def model_identity(self) -> tuple[str, str]:
        """(name, version) of the model the workers run."""
        identity: tuple[str, str] = next(self.map([(None, (_identity, ()))]))[1]
        return identity

    def _submit(self, function: Callable[..., Any], args: tuple[Any, ...]) -> Future[Any]:
        if self._client is None:
            raise RuntimeError("the executor is not started; use it as a context manager")
        future: Future[Any] = self._client.submit(
            _run_on_worker, self.plugin_name, function, args, pure=False
        )
        return future

    def map(self, items: Iterable[tuple[M, Task]]) -> Iterator[tuple[M, Any]]:
        """(label, result) for each (label, task), in order, with a bounded number in flight."""
        window: deque[tuple[M, Future[Any]]] = deque()
        try:
            for label, (function, args) in items:
                window.append((label, self._submit(function, args)))
                if len(window) >= self._slots:
                    yield self._result(*self._counted(window.popleft()))
            while window:
                yield self._result(*self._counted(window.popleft()))
        finally:
            if window and self._client is not None:
                self._client.cancel([future for _, future in window])

    def _counted(self, item: tuple[M, Future[Any]]) -> tuple[M, Future[Any]]:
        """The item, once its future is done; meanwhile page counts go to `pages`."""
        if self.pages is not None:
            while True:
                try:
                    wait(item[1], timeout=POLL_SECONDS)  # type: ignore[no-untyped-call]
                    break
                except TimeoutError:
                    self._received.move_to(self.pages)
            self._received.move_to(self.pages)
        return item

    @staticmethod
    def _result(label: M, future: Future[Any]) -> tuple[M, Any]:
        try:
            result = future.result()
        except KilledWorker:
            raise ClusterError(
                "a task was running on every worker that died for it (out of memory?); "
                "the finished parts are kept: run again with --resume"
            ) from None
        if isinstance(result, _Crashed):
            raise ClusterError(f"a task failed on a Dask worker: {result.reason}")
        return label, result
