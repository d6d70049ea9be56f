"""What the dispatcher hands the worker threads: one item, or a batch for the worker processes.

Typed entries instead of ``int | tuple`` told apart with ``isinstance``: a worker matches on the
entry's class, and every entry says which item ids it holds (the dispatcher's bookkeeping of what
is in flight needs exactly that).
"""

from __future__ import annotations

from dataclasses import dataclass

from gene_desk.journal import ItemRecord


@dataclass(frozen=True)
class OneItem:
    """An item run by a worker thread (a big one fans its parts out on the parts pool)."""

    item_id: int

    @property
    def item_ids(self) -> list[int]:
        return [self.item_id]


@dataclass(frozen=True)
class SmallBatch:
    """Small items of one job, run together in a worker process (see small_pool)."""

    job_id: int
    items: tuple[ItemRecord, ...]

    @property
    def item_ids(self) -> list[int]:
        return [i.id for i in self.items]


QueueEntry = OneItem | SmallBatch
