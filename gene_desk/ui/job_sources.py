"""Where a jobs list reads from, and how the engine's listener reaches the GUI thread.

The engine calls its listener on worker threads; :class:`QtJobListener` only emits the queued
signals of :class:`JobSignals`, so the model never runs engine callbacks off the GUI thread.
:class:`TransferSource` and :class:`CodecSource` give the transfer list and the compression list
one interface (:class:`JobSource`), so one model serves both.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from gene_desk.journal import CODEC_KINDS, TRANSFER_KINDS, Journal
from gene_desk.transfer.compression_list import CodecQueue
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.progress import ItemProgress, JobStatus


# -- the engine side ------------------------------------------------------------------------------
class JobSignals(QObject):
    """The engine's JobListener, as signals. Create it on the GUI thread."""

    jobChanged = Signal(int)
    itemChanged = Signal(int, int)
    progressed = Signal(int)


class QtJobListener:
    """Implements the engine's listener protocol; called on worker threads, only emits."""

    def __init__(self, signals: JobSignals) -> None:
        self.signals = signals

    def job_changed(self, job_id: int) -> None:
        self.signals.jobChanged.emit(job_id)

    def item_changed(self, job_id: int, item_id: int) -> None:
        self.signals.itemChanged.emit(job_id, item_id)

    def progress(self, job_id: int) -> None:
        self.signals.progressed.emit(job_id)


class JobSource(Protocol):
    kinds: tuple[str, ...]
    journal: Journal
    supports_pause: bool

    def status(self, job_id: int) -> JobStatus: ...
    def item_progress(self, item_id: int) -> int | None: ...
    def item_status(self, item_id: int) -> ItemProgress | None: ...
    def retry(self, job_id: int, item_ids: Iterable[int] | None = None) -> int: ...
    def pause(self, job_id: int) -> None: ...
    def resume(self, job_id: int) -> None: ...
    def cancel(self, job_id: int) -> None: ...
    def remove(self, job_id: int) -> None: ...
    def clear_finished(self) -> int: ...
    def export_csv(self, path: str) -> int: ...


class TransferSource:
    kinds = TRANSFER_KINDS
    supports_pause = True

    def __init__(self, manager: TransferManager) -> None:
        self.manager = manager
        self.journal = manager.journal

    def status(self, job_id: int) -> JobStatus:
        return self.manager.status(job_id)

    def item_progress(self, item_id: int) -> int | None:
        return self.manager.item_progress(item_id)

    def item_status(self, item_id: int) -> ItemProgress | None:
        return self.manager.item_status(item_id)

    def retry(self, job_id: int, item_ids: Iterable[int] | None = None) -> int:
        return self.manager.retry(job_id, item_ids)

    def pause(self, job_id: int) -> None:
        self.manager.pause(job_id)

    def resume(self, job_id: int) -> None:
        self.manager.resume(job_id)

    def cancel(self, job_id: int) -> None:
        self.manager.cancel(job_id)

    def remove(self, job_id: int) -> None:
        self.manager.remove(job_id)

    def clear_finished(self) -> int:
        return self.manager.clear_finished()

    def export_csv(self, path: str) -> int:
        return self.manager.export_csv(path)


class CodecSource:
    kinds = CODEC_KINDS
    supports_pause = False

    def __init__(self, codec: CodecQueue) -> None:
        self.codec = codec
        self.journal = codec.journal

    def status(self, job_id: int) -> JobStatus:
        return self.codec.status(job_id)

    def item_progress(self, item_id: int) -> int | None:
        return None

    def item_status(self, item_id: int) -> ItemProgress | None:
        return None  # the job row carries the bytes, speed and ETA of its running item

    def retry(self, job_id: int, item_ids: Iterable[int] | None = None) -> int:
        self.codec.retry(job_id)
        return 1

    def pause(self, job_id: int) -> None:  # compression jobs cannot pause
        pass

    def resume(self, job_id: int) -> None:
        pass

    def cancel(self, job_id: int) -> None:
        self.codec.cancel(job_id)

    def remove(self, job_id: int) -> None:
        self.codec.remove(job_id)

    def clear_finished(self) -> int:
        return self.codec.clear_finished()

    def export_csv(self, path: str) -> int:
        return self.journal.export_csv(Path(path), CODEC_KINDS)
