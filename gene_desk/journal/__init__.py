"""Persistent state: the SQLite journal behind the transfer and compression lists."""

from gene_desk.journal.journal import (
    CODEC_KINDS,
    FINISHED,
    TRANSFER_KINDS,
    UNFINISHED,
    ItemRecord,
    JobRecord,
    Journal,
    NewItem,
    PartRecord,
    State,
)

__all__ = [
    "CODEC_KINDS",
    "FINISHED",
    "TRANSFER_KINDS",
    "UNFINISHED",
    "ItemRecord",
    "JobRecord",
    "Journal",
    "NewItem",
    "PartRecord",
    "State",
]
