"""The sandbox writes an uploaded body to its blob file 1 MiB at a time at most
(core/fileio.py). Its 2 MiB writes held a CPU for ~35 ms each on this kind of VM, and the
client's GUI thread, sharing the two cores with the sandbox, waited behind them."""

from __future__ import annotations

import io
import os

import pytest

from gene_desk.core.fileio import WRITE_SLICE
from gene_desk.sandbox.cos.bodyio import INLINE_LIMIT, receive
from tests.helpers.writes import recorded_writes


@pytest.mark.parametrize("size", [INLINE_LIMIT, 5 * WRITE_SLICE + 17])  # inline, pipelined
@pytest.mark.parametrize("known_length", [True, False])
def test_received_body_is_written_in_slices(tmp_path, monkeypatch, size, known_length):
    data = os.urandom(size)
    dest = tmp_path / "blob"
    with recorded_writes(monkeypatch) as log:
        got = receive(io.BytesIO(data), dest, size if known_length else None)
    assert got.size == size
    assert dest.read_bytes() == data
    assert log.total == size
    assert log.largest <= WRITE_SLICE
