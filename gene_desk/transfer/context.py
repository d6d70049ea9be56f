"""What one running item needs: its record, the journal, the SDK clients, limits and its stop flag.

Shared by the uploader and the downloader, so each stays a plain function of an :class:`ItemRun`
and can be driven by the manager, a test, or a benchmark the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from qcloud_cos import CosS3Client

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import ItemRecord, Journal
from gene_desk.storage.client import CosClients
from gene_desk.storage.models import Bucket
from gene_desk.transfer.bodies import Stopped
from gene_desk.transfer.limiter import BandwidthLimiter
from gene_desk.transfer.settings import TransferSettings

if TYPE_CHECKING:
    from gene_desk.transfer.batch_place import BatchPlacement

T = TypeVar("T")


@dataclass
class ItemRun:
    journal: Journal
    clients: CosClients
    bucket: Bucket
    item: ItemRecord
    options: dict[str, Any]
    settings: TransferSettings
    limiter: BandwidthLimiter
    stop: threading.Event
    parts_pool: ThreadPoolExecutor
    progress: Callable[[int], None]  # +/- bytes of this item's progress, as they move
    notes: list[str] = field(default_factory=list)
    # bytes done without moving now (a resume's kept parts); None: counted as progress
    kept: Callable[[int], None] | None = None
    # a download decompressed on arrival: the original's size, from the object's headers
    original_size: int | None = None
    # a small download in a worker-process batch: its bytes are flushed (one syncfs for the
    # batch) and placed when the batch ends (transfer/batch_place.py), not by the item
    placement: BatchPlacement | None = None

    def check_stop(self) -> None:
        if self.stop.is_set():
            raise Stopped()

    def call(
        self,
        operation: str,
        fn: Callable[[CosS3Client], T],
        resource: str = "",
        *,
        lean: bool = False,
    ) -> T:
        """One COS request with the engine's retry policy; stops promptly when asked. With
        ``lean``, ``fn`` gets the engine's own small-object client (``storage.lean``)."""
        self.check_stop()
        try:
            return self.clients.call(
                self.bucket.region,
                operation,
                fn,
                resource=resource or f"{self.bucket.name}/{self.item.destination}",
                cancel=self.stop,
                lean=lean,
            )
        except GeneDeskError as exc:
            if exc.code is ErrorCode.CANCELLED:
                raise Stopped() from exc
            raise

    def count_kept(self, nbytes: int) -> None:
        """Count bytes an earlier attempt already moved: progress, but no speed."""
        (self.kept or self.progress)(nbytes)

    def note(self, text: str) -> None:
        if text and text not in self.notes:
            self.notes.append(text)


def run_bounded(run: ItemRun, tasks: Iterable[Callable[[], T]], limit: int) -> list[T]:
    """Run callables on the shared parts pool with at most ``limit`` in flight for this item.

    ``tasks`` may be a generator doing real work (compressing the next part) and may fail too.
    After the first failure no new part starts; the parts already in flight finish (each is
    one request) and only then is the failure raised, so nothing writes behind our back.
    """
    results: list[T] = []
    pending: set[Future[T]] = set()
    failure: BaseException | None = None
    iterator = iter(tasks)
    exhausted = False

    def note_failure(exc: BaseException) -> None:
        nonlocal failure
        if failure is None or isinstance(failure, Stopped):
            failure = exc

    def fill() -> None:
        nonlocal exhausted
        while not exhausted and failure is None and len(pending) < limit:
            if run.stop.is_set():
                return
            try:
                task = next(iterator)
            except StopIteration:
                exhausted = True
                return
            except BaseException as exc:  # the producer failed (e.g. the source changed)
                note_failure(exc)
                return
            pending.add(run.parts_pool.submit(task))

    fill()
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for fut in done:
            pending.discard(fut)
            try:
                results.append(fut.result())
            except BaseException as exc:
                note_failure(exc)
        fill()
    close = getattr(iterator, "close", None)
    if close is not None:
        close()  # a generator stops its compression workers
    if failure is not None:
        raise failure
    run.check_stop()
    return results
