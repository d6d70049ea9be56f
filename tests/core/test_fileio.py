"""core/fileio.write_all: every byte written, short writes retried, no call over 1 MiB."""

from __future__ import annotations

import array
import os

from gene_desk.core.fileio import WRITE_SLICE, write_all
from tests.helpers.writes import recorded_writes


def test_large_buffer_goes_out_in_slices(tmp_path, monkeypatch):
    data = os.urandom(5 * WRITE_SLICE + 12345)
    path = tmp_path / "out.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        with recorded_writes(monkeypatch) as log:
            assert write_all(fd, data) == len(data)
    finally:
        os.close(fd)
    assert path.read_bytes() == data
    assert log.sizes == [WRITE_SLICE] * 5 + [12345]


def test_short_writes_are_retried(tmp_path, monkeypatch):
    data = os.urandom(3 * WRITE_SLICE)
    path = tmp_path / "out.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        with recorded_writes(monkeypatch, short=700_001) as log:
            write_all(fd, memoryview(data))
    finally:
        os.close(fd)
    assert path.read_bytes() == data
    assert log.total == len(data)
    assert len(log.sizes) == 5  # 700,001 x 4 + 345,724


def test_typed_buffers_are_written_as_bytes(tmp_path):
    words = array.array("I", range(1000))
    path = tmp_path / "out.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        assert write_all(fd, memoryview(words)) == 4000
        assert write_all(fd, b"") == 0
    finally:
        os.close(fd)
    assert path.read_bytes() == words.tobytes()
