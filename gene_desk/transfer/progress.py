"""What the transfer list and the compression list report to their faces.

Both queues (transfers, compression) keep jobs in the journal and run them on threads; a face
subscribes with a :class:`JobListener` (callbacks arrive on worker threads: the Qt layer turns them
into queued signals) and reads :class:`JobStatus` for rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from gene_desk.journal.journal import JobRecord, State


class JobListener(Protocol):
    def job_changed(self, job_id: int) -> None:
        """A job was added, removed (then it no longer exists) or changed state; 0 = many."""

    def item_changed(self, job_id: int, item_id: int) -> None:
        """An item changed state."""

    def progress(self, job_id: int) -> None:
        """Bytes moved (throttled per job)."""


@dataclass(frozen=True)
class ItemProgress:
    """A running item's live bytes, rolling speed and ETA (bytes counted as they are sent or
    written; a compressed upload counts the original file's bytes)."""

    done: int
    speed: float
    eta: float | None


@dataclass
class JobStatus:
    """A job as the faces show it: the journal record plus live speed and ETA."""

    job: JobRecord
    counts: dict[State, int]
    done_bytes: int
    speed: float
    eta: float | None

    @property
    def total_bytes(self) -> int:
        return self.job.total_bytes

    @property
    def fraction(self) -> float:
        if self.job.state is State.SUCCEEDED:
            return 1.0
        return min(1.0, self.done_bytes / self.total_bytes) if self.total_bytes else 0.0
