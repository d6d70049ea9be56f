"""Streaming entry points for the downloader: pull (decompress_stream), push
(StreamDecompressor) and content-only (decode_stream)."""

from __future__ import annotations

import random
import threading

import pytest

from gene_desk.codec import (
    StreamDecompressor,
    compress_path,
    decode_stream,
    decompress_stream,
)
from gene_desk.core.crc64 import crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from tests.codec.conftest import describe, listing
from tests.codec.hostile import zip_of


class Pipe:
    """Only read(n), in odd-sized pieces, like an HTTP response body: no seek, no tell."""

    def __init__(self, data: bytes, seed: int = 3) -> None:
        self._data = memoryview(data)
        self._rng = random.Random(seed)

    def read(self, n: int = -1) -> bytes:
        take = min(n if n >= 0 else len(self._data), self._rng.randint(1, 200_000))
        out, self._data = bytes(self._data[:take]), self._data[take:]
        return out


def chunks(data: bytes, seed: int = 5):
    rng = random.Random(seed)
    pos = 0
    while pos < len(data):
        step = rng.randint(1, 300_000)
        yield data[pos : pos + step]
        pos += step


@pytest.fixture
def packed_tree(tmp_path, tree):
    result = compress_path(tree, tmp_path / "z", frame_size=1 << 20)
    return tree, result.output.read_bytes()


def test_pull_from_a_non_seekable_stream(tmp_path, packed_tree):
    tree, data = packed_tree
    calls = []
    result = decompress_stream(
        Pipe(data),
        tmp_path / "out",
        name="folder/run.tar.zst",
        size=len(data),
        progress=lambda d, t: calls.append((d, t)),
    )
    assert result.verified
    assert describe(tmp_path / "out" / tree.name) == describe(tree)
    assert calls[-1] == (len(data), len(data))


def test_push_in_random_chunks(tmp_path, packed_tree):
    tree, data = packed_tree
    with StreamDecompressor(tmp_path / "out", name="run.tar.zst", size=len(data)) as sink:
        for chunk in chunks(data):
            sink.write(chunk)
        result = sink.close()
    assert result.format == "tar+zstd" and result.verified
    assert describe(tmp_path / "out" / tree.name) == describe(tree)


def test_push_single_file_gets_the_object_name(tmp_path, fastq_file, census_fastq):
    data = compress_path(fastq_file, tmp_path / "z").output.read_bytes()
    sink = StreamDecompressor(
        tmp_path / "out", name="reads/sample 1.fastq.zst", buffer_bytes=1 << 20
    )
    for chunk in chunks(data):
        sink.write(chunk)
    result = sink.close()
    assert result.outputs == [tmp_path / "out" / "sample 1.fastq"]
    assert (tmp_path / "out" / "sample 1.fastq").read_bytes() == census_fastq


def test_push_zip_is_spooled(tmp_path):
    data = zip_of([("file", "d/a.txt", b"a" * 1000), ("file", "d/b.txt", b"b")])
    sink = StreamDecompressor(tmp_path / "out", name="x.zip")
    for chunk in chunks(data, seed=9):
        sink.write(chunk)
    result = sink.close()
    assert result.format == "zip"
    assert listing(tmp_path / "out") == ["d", "d/a.txt", "d/b.txt"]  # spool file removed


def test_push_error_surfaces_and_leaves_nothing(tmp_path, packed_tree):
    _, data = packed_tree
    damaged = bytearray(data)
    damaged[len(data) // 2] ^= 0x40
    sink = StreamDecompressor(tmp_path / "out", name="run.tar.zst", buffer_bytes=1 << 16)
    with pytest.raises(GeneDeskError) as info:
        for chunk in chunks(bytes(damaged)):
            sink.write(chunk)
        sink.close()
    assert info.value.code is ErrorCode.ARCHIVE_CORRUPT
    assert listing(tmp_path / "out") == []


def test_push_abort_removes_partial_output(tmp_path, packed_tree):
    _, data = packed_tree
    sink = StreamDecompressor(tmp_path / "out", name="run.tar.zst")
    sink.write(data[: len(data) // 2])
    sink.abort()
    assert listing(tmp_path / "out") == []


def test_pull_cancel(tmp_path, packed_tree):
    _, data = packed_tree
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(GeneDeskError) as info:
        decompress_stream(Pipe(data), tmp_path / "out", name="run.tar.zst", cancel=cancel)
    assert info.value.code is ErrorCode.CANCELLED
    assert listing(tmp_path / "out") == []


def test_decode_stream_yields_the_content(fastq_file, census_fastq, tmp_path):
    data = compress_path(fastq_file, tmp_path, frame_size=1 << 20).output.read_bytes()
    crc, size = 0, 0
    for chunk in decode_stream(Pipe(data)):
        crc = crc64(chunk, crc)
        size += len(chunk)
    assert (crc, size) == (crc64(census_fastq), len(census_fastq))


def test_decode_stream_refuses_archives_it_cannot_stream(tmp_path):
    with pytest.raises(GeneDeskError) as info:
        decode_stream(Pipe(zip_of([("file", "a", b"a")])))
    assert info.value.code is ErrorCode.UNSUPPORTED_FORMAT


def test_cancel_mid_way_removes_partial_output(tmp_path, fastq_file):
    from gene_desk.codec import decompress_path

    packed = compress_path(fastq_file, tmp_path / "z", frame_size=1 << 20).output
    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done > total // 3:
            cancel.set()

    with pytest.raises(GeneDeskError) as info:
        decompress_path(packed, tmp_path / "out", progress=progress, cancel=cancel)
    assert info.value.code is ErrorCode.CANCELLED
    assert listing(tmp_path / "out") == []
    assert seen and seen[-1] < packed.stat().st_size
