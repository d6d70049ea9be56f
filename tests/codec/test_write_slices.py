"""Bulk output reaches the kernel 1 MiB at a time at most (core/fileio.py): compressed files,
decompressed files and the spool of a streamed zip. One larger buffered write holds its CPU
until it returns on a kernel without preemption, and the window's GUI thread waited behind it."""

from __future__ import annotations

import os
import zipfile
from io import BytesIO

from gene_desk.codec import StreamDecompressor, compress_path, decompress_path
from gene_desk.core.fileio import WRITE_SLICE
from tests.helpers.writes import recorded_writes

SIZE = 5 * WRITE_SLICE + 4321  # random: each 8 MiB frame stays as large as its input


def test_compress_and_decompress_write_in_slices(tmp_path, monkeypatch):
    data = os.urandom(SIZE)
    src = tmp_path / "reads.bin"
    src.write_bytes(data)
    with recorded_writes(monkeypatch) as packing:
        packed = compress_path(src, tmp_path / "z", level=1)
    assert packing.total == packed.output_size == packed.output.stat().st_size
    assert packing.largest <= WRITE_SLICE

    with recorded_writes(monkeypatch) as unpacking:
        out = decompress_path(packed.output, tmp_path / "out")
    restored = out.outputs[0]
    assert restored.read_bytes() == data
    assert unpacking.total == SIZE
    assert unpacking.largest <= WRITE_SLICE


def test_streamed_zip_spool_and_member_write_in_slices(tmp_path, monkeypatch):
    member = os.urandom(3 * WRITE_SLICE)
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("d/reads.bin", member)
    data = buf.getvalue()
    with recorded_writes(monkeypatch) as log:
        sink = StreamDecompressor(tmp_path / "out", name="x.zip")
        sink.write(data)  # one push: the spool gets it in large pieces
        result = sink.close()
    assert result.format == "zip"
    assert (tmp_path / "out" / "d" / "reads.bin").read_bytes() == member
    assert log.total == len(data) + len(member)  # the spool, then the member
    assert log.largest <= WRITE_SLICE
