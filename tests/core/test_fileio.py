"""core/fileio: every byte written, short writes retried, no call over WRITE_SLICE."""

from __future__ import annotations

import array
import os
import threading

from gene_desk.core.fileio import WRITE_SLICE, pwrite_all, write_all
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
    short = 100_000
    path = tmp_path / "out.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        with recorded_writes(monkeypatch, short=short) as log:
            write_all(fd, memoryview(data))
    finally:
        os.close(fd)
    assert path.read_bytes() == data
    assert log.total == len(data)
    assert len(log.sizes) == -(-len(data) // short)  # each call wrote as much as it could


def test_ranges_written_at_their_offsets_from_two_threads(tmp_path, monkeypatch):
    first, second = os.urandom(2 * WRITE_SLICE + 7), os.urandom(3 * WRITE_SLICE + 1)
    path = tmp_path / "out.bin"
    path.write_bytes(bytes(len(first) + len(second)))
    fd = os.open(path, os.O_WRONLY)
    try:
        with recorded_writes(monkeypatch, short=WRITE_SLICE // 2 + 3) as log:
            t = threading.Thread(target=pwrite_all, args=(fd, second, len(first)))
            t.start()
            assert pwrite_all(fd, first, 0) == len(first)
            t.join()
    finally:
        os.close(fd)
    assert path.read_bytes() == first + second
    assert log.total == len(first) + len(second)
    assert log.largest <= WRITE_SLICE // 2 + 3


def test_typed_buffers_are_written_as_bytes(tmp_path):
    words = array.array("I", range(1000))
    path = tmp_path / "out.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        assert write_all(fd, memoryview(words)) == 4000
        assert write_all(fd, b"") == 0
        assert pwrite_all(fd, memoryview(words)[:10], 4000) == 40
    finally:
        os.close(fd)
    assert path.read_bytes() == words.tobytes() + words.tobytes()[:40]
