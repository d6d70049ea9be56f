"""compress_path -> decompress_path round trips on real-looking data, and compress_path's
contract: temp name until complete, progress, cancel, conflicts, errors."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import zstandard

from gene_desk.codec import (
    DEFAULT_FRAME_SIZE,
    compress_path,
    decompress_path,
    open_source,
)
from gene_desk.core.crc64 import crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from tests.codec.conftest import MTIME_FILE, describe, file_crc, listing


def zstd_frames(data: bytes) -> list[int]:
    """Content sizes of the (non-skippable) frames in a zstd stream."""
    sizes = []
    dobj_input = memoryview(data)
    while len(dobj_input):
        magic = int.from_bytes(dobj_input[:4], "little")
        if magic & 0xFFFFFFF0 == 0x184D2A50:
            size = int.from_bytes(dobj_input[4:8], "little")
            dobj_input = dobj_input[8 + size :]
            continue
        params = zstandard.get_frame_parameters(bytes(dobj_input[:18]))
        sizes.append(params.content_size)
        d = zstandard.ZstdDecompressor().decompressobj()
        d.decompress(bytes(dobj_input))
        dobj_input = memoryview(d.unused_data)
    return sizes


def test_file_round_trip(tmp_path, fastq_file, census_fastq):
    result = compress_path(fastq_file, tmp_path / "z")
    assert result.output == tmp_path / "z" / "census.fastq.zst"
    assert result.kind == "file"
    assert result.input_size == len(census_fastq)
    assert result.input_crc64 == crc64(census_fastq)
    packed = result.output.read_bytes()
    assert result.output_size == len(packed)
    assert result.output_crc64 == crc64(packed)
    assert 3.0 < result.ratio < 6.0
    # independent frames at fixed input boundaries, content size in every header
    sizes = zstd_frames(packed)
    assert sizes[:-1] == [DEFAULT_FRAME_SIZE] * (len(sizes) - 1)
    assert sum(sizes) == len(census_fastq)
    assert result.frames == len(sizes) == -(-len(census_fastq) // DEFAULT_FRAME_SIZE)
    # the source's mtime goes to the .zst, like the zstd CLI does
    assert result.output.stat().st_mtime_ns == fastq_file.stat().st_mtime_ns

    out = decompress_path(result.output, tmp_path / "out")
    restored = tmp_path / "out" / "census.fastq"
    assert out.outputs == [restored]
    assert out.verified  # checked against the trailer's original CRC-64
    assert out.content_crc64 == crc64(census_fastq)
    assert restored.read_bytes() == census_fastq
    assert listing(tmp_path / "out") == ["census.fastq"]  # no staging leftovers


def test_folder_round_trip(tmp_path, tree):
    result = compress_path(tree, tmp_path / "z", level=5)
    assert result.output.name == "run 42 ü.tar.zst"
    assert result.kind == "folder"
    assert result.input_size % 10240 == 0  # whole tar records
    out = decompress_path(result.output, tmp_path / "out")
    assert out.format == "tar+zstd"
    assert out.verified
    assert out.outputs == [tmp_path / "out" / tree.name]
    assert out.content_size == result.input_size
    assert out.content_crc64 == result.input_crc64
    assert describe(tmp_path / "out" / tree.name) == describe(tree)
    # spot checks of what describe() covers
    restored = tmp_path / "out" / tree.name
    assert (restored / "empty folder" / "nested empty").is_dir()
    assert (restored / "meta" / "empty.txt").stat().st_size == 0
    assert os.readlink(restored / "meta" / "link to A") == "../reads/lane 1/sample A.fastq"
    assert (restored / "meta" / "script.sh").stat().st_mode & 0o777 == 0o755
    assert (restored / "meta" / "notes ✓.txt").stat().st_mtime_ns == MTIME_FILE


def test_folder_symlinks_are_not_followed(tmp_path, census_fastq):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "big.bin").write_bytes(census_fastq[:100_000])
    src = tmp_path / "src"
    src.mkdir()
    os.symlink(outside, src / "to-outside")
    source = open_source(src)
    assert source.input_size < 20_000  # the 100 kB behind the link is not archived
    assert [e.kind for e in source.entries] == ["dir", "symlink"]


def test_special_files_skipped_and_reported(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_bytes(b"a")
    os.mkfifo(src / "pipe")
    result = compress_path(src, tmp_path / "z")
    assert [(s.rel, "FIFO" in s.reason) for s in result.skipped] == [("pipe", True)]
    out = decompress_path(result.output, tmp_path / "out")
    assert listing(tmp_path / "out") == ["src", "src/a.txt"]
    assert out.files == 1


def test_empty_file_and_empty_folder(tmp_path):
    empty = tmp_path / "empty.bin"
    empty.write_bytes(b"")
    folder = tmp_path / "nothing"
    folder.mkdir()
    r1 = compress_path(empty, tmp_path / "z")
    r2 = compress_path(folder, tmp_path / "z")
    assert r1.frames == 1  # one empty frame: still a valid zstd file
    decompress_path(r1.output, tmp_path / "out")
    decompress_path(r2.output, tmp_path / "out")
    assert (tmp_path / "out" / "empty.bin").read_bytes() == b""
    assert (tmp_path / "out" / "nothing").is_dir()


def test_progress_reports_up_to_total(tmp_path, fastq_file):
    calls: list[tuple[int, int | None]] = []
    result = compress_path(
        fastq_file, tmp_path, progress=lambda d, t: calls.append((d, t)), frame_size=1 << 20
    )
    assert calls, "progress was never called"
    assert calls[-1] == (result.input_size, result.input_size)
    dones = [d for d, _ in calls]
    assert dones == sorted(dones)


def test_progress_is_throttled(tmp_path, fastq_file, monkeypatch):
    """With the clock standing still, only the first report and the final one get through."""
    from gene_desk.codec import _common

    monkeypatch.setattr(_common, "_clock", lambda: 1000.0)
    calls: list[int] = []
    result = compress_path(
        fastq_file, tmp_path, progress=lambda d, t: calls.append(d), frame_size=1 << 20
    )
    assert result.frames == 25
    assert calls == [1 << 20, result.input_size]


def test_cancel_removes_temporary_file(tmp_path, fastq_file):
    cancel = threading.Event()

    def progress(done, total):
        cancel.set()

    with pytest.raises(GeneDeskError) as info:
        compress_path(
            fastq_file, tmp_path / "z", progress=progress, cancel=cancel, frame_size=1 << 20
        )
    assert info.value.code is ErrorCode.CANCELLED
    assert listing(tmp_path / "z") == []


def test_no_half_written_file_under_the_final_name(tmp_path, fastq_file):
    seen: list[list[str]] = []

    def progress(done, total):
        seen.append(listing(tmp_path / "z"))

    compress_path(fastq_file, tmp_path / "z", progress=progress, frame_size=1 << 20)
    during = [names for names in seen[:-1] if names]
    assert during, "expected to observe the output folder mid-way"
    for names in during:
        assert "census.fastq.zst" not in names
        assert all(n.startswith(".census.fastq.zst.") and n.endswith(".part") for n in names)
    assert listing(tmp_path / "z") == ["census.fastq.zst"]


def test_conflicts(tmp_path, fastq_file):
    first = compress_path(fastq_file, tmp_path)
    with pytest.raises(GeneDeskError) as info:
        compress_path(fastq_file, tmp_path)
    assert info.value.code is ErrorCode.TARGET_EXISTS
    second = compress_path(fastq_file, tmp_path, on_conflict="rename")
    assert second.output.name == "census (1).fastq.zst"
    first.output.write_bytes(b"old")
    third = compress_path(fastq_file, tmp_path, on_conflict="overwrite")
    assert third.output == first.output
    assert first.output.stat().st_size == third.output_size


def test_source_changed_while_compressing(tmp_path, census_fastq):
    src = tmp_path / "growing.fastq"
    src.write_bytes(census_fastq)
    touched = []

    def progress(done, total):
        if not touched:
            touched.append(True)
            with open(src, "ab") as f:
                f.write(b"@late\nA\n+\nI\n")

    with pytest.raises(GeneDeskError) as info:
        compress_path(src, tmp_path / "z", progress=progress, frame_size=1 << 20, workers=1)
    assert info.value.code is ErrorCode.SOURCE_CHANGED
    assert listing(tmp_path / "z") == []


@pytest.mark.parametrize("level", [23, -8, "3", 2.5, True])
def test_bad_level(tmp_path, fastq_file, level):
    with pytest.raises(GeneDeskError) as info:
        compress_path(fastq_file, tmp_path, level=level)
    assert info.value.code is ErrorCode.INVALID_ARGUMENT


def test_missing_source(tmp_path):
    with pytest.raises(GeneDeskError) as info:
        compress_path(tmp_path / "nope", tmp_path)
    assert info.value.code is ErrorCode.LOCAL_NOT_FOUND


@pytest.mark.slow
def test_round_trip_over_2_gib(tmp_path):
    """A 2 GiB + 1 MiB sparse file with data islands, through both directions, compared by
    CRC-64 and never held in memory."""
    src = tmp_path / "huge.bin"
    size = (2 << 30) + (1 << 20) + 123
    island = os.urandom(1 << 20)
    with open(src, "wb") as f:
        f.truncate(size)
        for offset in (0, (1 << 30) - 500, (2 << 30) - 7, size - len(island)):
            f.seek(offset)
            f.write(island)
    expected = file_crc(src)
    result = compress_path(src, tmp_path / "z")
    assert (result.input_crc64, result.input_size) == expected
    assert result.output_size < 20 << 20
    out = decompress_path(result.output, tmp_path / "out")
    restored = tmp_path / "out" / "huge.bin"
    assert out.verified
    assert (out.content_crc64, out.content_size) == expected
    assert file_crc(restored) == expected
    restored.unlink()
    src.unlink()


def test_zero_level_name(tmp_path: Path):
    # guards the documented default: level 3 (the level the benchmark targets)
    from gene_desk.codec import DEFAULT_LEVEL

    assert DEFAULT_LEVEL == 3
