"""How an item ended: one typed value instead of a dict of journal columns.

Produced by :func:`execute.run_item` in the manager's threads and in the worker processes of
:mod:`small_pool` (so it must pickle), read by the settling code (:mod:`settle`), and turned into
journal columns in one place (:meth:`Outcome.columns`), so a misspelt column is a type error here
rather than a surprise in SQL.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from gene_desk.core.errors import ErrorCode
from gene_desk.journal import State


@dataclass(frozen=True)
class Outcome:
    """The item's new state and the columns that go with it.

    ``None`` means "leave the column as it is", except for a failure, which always writes its
    error code, message and request id (a retried item must not keep an older request id)."""

    state: State
    done_bytes: int | None = None
    finished_at: float | None = None
    error_code: str | None = None
    error_message: str | None = None
    request_id: str | None = None
    etag: str | None = None
    result: str | None = None
    crc64: str | None = None
    note: str | None = None
    mode: str | None = None  # the item's mode changed while it ran (a lifted archive refusal)
    original_size: int | None = None  # a download decompressed on arrival: its file's size

    @classmethod
    def failure(cls, code: ErrorCode | str, message: str, request_id: str | None) -> Outcome:
        return cls(
            State.FAILED,
            done_bytes=0,
            finished_at=time.time(),
            error_code=ErrorCode(code).value,
            error_message=message,
            request_id=request_id,
        )

    @classmethod
    def settled(cls, state: State, *, finished: bool = False) -> Outcome:
        """A stopped or requeued item: only its state (and, once cancelled, when)."""
        return cls(state, finished_at=time.time() if finished else None)

    @property
    def expired_keys(self) -> bool:
        return self.error_code == ErrorCode.CREDENTIALS_EXPIRED.value

    def columns(self) -> dict[str, Any]:
        """The journal columns to write for this outcome."""
        values: dict[str, Any] = {"state": self.state}
        for name in (
            "done_bytes",
            "finished_at",
            "etag",
            "result",
            "crc64",
            "note",
            "mode",
            "original_size",
        ):
            value = getattr(self, name)
            if value is not None:
                values[name] = value
        if self.state is State.FAILED:
            values.update(
                error_code=self.error_code,
                error_message=self.error_message,
                request_id=self.request_id,
            )
        return values
