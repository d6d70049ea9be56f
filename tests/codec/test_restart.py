"""The restartable-frames contract the resumable uploader builds on."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile

import pytest
import zstandard

from gene_desk.codec import (
    FileSource,
    FolderSource,
    FrameTally,
    open_source,
    source_from_dict,
)
from gene_desk.codec.tarstream import BLOCK
from gene_desk.core.crc64 import crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from tests.codec.conftest import describe

FS = 64 << 10  # the smallest frame size: many boundaries in small test inputs


def unzstd(data: bytes) -> bytes:
    return b"".join(zstandard.ZstdDecompressor().decompress(f) for f in _split(data))


def _split(data: bytes) -> list[bytes]:
    frames = []
    view = data
    while view:
        d = zstandard.ZstdDecompressor().decompressobj()
        d.decompress(view)
        used = len(view) - len(d.unused_data)
        frames.append(view[:used])
        view = d.unused_data
    return frames


def test_file_frames_restart_anywhere(fastq_file, census_fastq):
    src = open_source(fastq_file, frame_size=1 << 20)
    assert isinstance(src, FileSource)
    full = list(src.frames())
    assert [f.index for f in full] == list(range(src.frame_count))
    assert b"".join(zstandard.ZstdDecompressor().decompress(f.data) for f in full) == census_fastq
    for f in full:
        assert f.input_offset == f.index * src.frame_size
        assert f.input_crc64 == crc64(
            census_fastq[f.input_offset : f.input_offset + f.input_length]
        )
        assert f.data_crc64 == crc64(f.data)
    for k in (1, 7, src.frame_count - 1):
        tail = list(src.frames(start=k * src.frame_size, workers=1))
        assert [(f.index, f.input_offset, f.input_crc64, f.data) for f in tail] == [
            (f.index, f.input_offset, f.input_crc64, f.data) for f in full[k:]
        ]
    assert list(src.frames(start=src.input_size)) == []


def test_start_must_be_a_frame_boundary(fastq_file):
    src = open_source(fastq_file, frame_size=1 << 20)
    for bad in (1, (1 << 20) + 512, -1 << 20, src.input_size + (1 << 20)):
        with pytest.raises(GeneDeskError) as info:
            src.frames(start=bad)
        assert info.value.code is ErrorCode.INVALID_ARGUMENT


def test_restart_does_not_read_earlier_input(tmp_path, census_fastq):
    """frames(start) opens only what it needs: make the first part unreadable to prove it."""
    root = tmp_path / "data"
    root.mkdir()
    (root / "a.fq").write_bytes(census_fastq[:2_000_000])
    (root / "b.fq").write_bytes(census_fastq[2_000_000:4_000_000])
    src = open_source(root, frame_size=FS)
    full = list(src.frames())
    k = src.frame_count - 5  # inside b.fq's data
    (root / "a.fq").write_bytes(b"changed")  # would raise SOURCE_CHANGED if it were read
    tail = list(src.frames(start=k * FS))
    assert [f.data for f in tail] == [f.data for f in full[k:]]


def _boundary_kinds(src: FolderSource) -> dict[str, list[int]]:
    """Frame indices whose start offset falls in a header, in file data, or in padding."""
    kinds: dict[str, list[int]] = {"header": [], "data": [], "other": []}
    layout = src.layout
    starts = [layout.member_offset(i) for i in range(len(src.entries))]
    for k in range(1, src.frame_count):
        x = k * src.frame_size
        i = max(j for j, s in enumerate(starts) if s <= x) if x < layout.members_end else None
        if i is None:
            kinds["other"].append(k)
            continue
        header_len = len(layout.header(src.entries[i]))
        if x < starts[i] + header_len:
            kinds["header"].append(k)
        elif x < starts[i] + header_len + src.entries[i].size:
            kinds["data"].append(k)
        else:
            kinds["other"].append(k)
    return kinds


def _awkward_tree(root, census_fastq):
    """Files sized so that 64 KiB frame boundaries land inside headers and inside data."""
    root.mkdir()
    pos = 0
    for i in range(40):
        size = 30_000 + i * 977
        name = f"s{i:02d} " + ("long-" * (i % 30)) + ".fq"  # some names need pax headers
        (root / name).write_bytes(census_fastq[pos : pos + size])
        pos += size
    (root / "sub").mkdir()
    (root / "sub" / "big.fq").write_bytes(census_fastq[pos : pos + 700_000])
    return root


@pytest.mark.parametrize("where", ["header", "data"])
def test_folder_resumed_mid_member_is_a_valid_archive(tmp_path, census_fastq, where):
    root = _awkward_tree(tmp_path / "data", census_fastq)
    src = open_source(root, frame_size=FS)
    full = list(src.frames())
    kinds = _boundary_kinds(src)
    assert kinds[where], f"no frame boundary falls in a {where}"
    k = kinds[where][len(kinds[where]) // 2]

    # Resume as the uploader would after a restart: from the saved snapshot, not a new scan.
    saved = src.to_dict()
    resumed = source_from_dict(saved)
    assert resumed.fingerprint == src.fingerprint
    tail = list(resumed.frames(start=k * FS))
    stream = b"".join(f.data for f in full[:k]) + b"".join(f.data for f in tail)
    assert stream == b"".join(f.data for f in full)

    archive = tmp_path / "data.tar.zst"
    archive.write_bytes(stream)
    tar_bytes = unzstd(stream)
    assert len(tar_bytes) == src.input_size
    assert tar_bytes[k * FS - 10 : k * FS + 10] == src.read_range(k * FS - 10, 20)
    # Python's tarfile reads it, and (if installed) GNU tar extracts it identically.
    with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tf:
        names = tf.getnames()
    assert len(names) == len(src.entries)
    if shutil.which("tar") and shutil.which("zstd"):
        out = tmp_path / "out"
        out.mkdir()
        subprocess.run(["tar", "--zstd", "-xf", str(archive), "-C", str(out)], check=True)
        assert describe(out / "data") == describe(root)


def test_read_range_matches_the_whole_stream(tmp_path, tree):
    src = open_source(tree)
    whole = bytes(src.read_range(0, src.input_size))
    assert whole.endswith(b"\x00" * 2 * BLOCK)
    step = 4093
    for offset in range(0, src.input_size, step * 37):
        length = min(step * 5, src.input_size - offset)
        assert src.read_range(offset, length) == whole[offset : offset + length]


def test_snapshot_is_deterministic(tmp_path, tree):
    a = open_source(tree)
    b = open_source(tree)
    assert a.fingerprint == b.fingerprint
    assert a.read_range(0, a.input_size) == b.read_range(0, b.input_size)
    assert open_source(tree, frame_size=FS).fingerprint != a.fingerprint


def test_source_changed_is_detected(tmp_path, census_fastq):
    root = _awkward_tree(tmp_path / "data", census_fastq)
    src = open_source(root, frame_size=FS)
    target = root / "sub" / "big.fq"
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    with pytest.raises(GeneDeskError) as info:
        src.check()
    assert info.value.code is ErrorCode.SOURCE_CHANGED
    with pytest.raises(GeneDeskError) as info:
        list(src.frames())
    assert info.value.code is ErrorCode.SOURCE_CHANGED
    assert "big.fq" in str(info.value)
    # a new snapshot sees the change: a different fingerprint
    assert open_source(root, frame_size=FS).fingerprint != src.fingerprint


def test_source_changed_size_and_deletion(tmp_path, census_fastq):
    path = tmp_path / "f.fq"
    path.write_bytes(census_fastq[:300_000])
    src = open_source(path, frame_size=FS)
    path.write_bytes(census_fastq[:200_000])
    with pytest.raises(GeneDeskError) as info:
        list(src.frames())
    assert info.value.code is ErrorCode.SOURCE_CHANGED
    path.unlink()
    with pytest.raises(GeneDeskError) as info:
        list(src.frames(start=FS))
    assert info.value.code is ErrorCode.SOURCE_CHANGED


def test_saved_snapshot_with_a_different_layout_is_refused(tmp_path, tree):
    saved = open_source(tree).to_dict()
    saved["header_digest"] = "0" * 64
    with pytest.raises(GeneDeskError) as info:
        source_from_dict(saved)
    assert info.value.code is ErrorCode.SOURCE_CHANGED
    assert info.value.details["reason"] == "layout"


def test_file_source_round_trips_through_dict(fastq_file):
    src = open_source(fastq_file, frame_size=FS)
    again = source_from_dict(src.to_dict())
    assert isinstance(again, FileSource)
    assert (again.fingerprint, again.input_size, again.frame_size) == (
        src.fingerprint,
        src.input_size,
        src.frame_size,
    )


def test_tally_resumes_to_the_whole_crc(fastq_file, census_fastq):
    src = open_source(fastq_file, frame_size=1 << 20)
    tally = FrameTally(frame_size=src.frame_size)
    data = []
    for frame in src.frames():
        tally.add(frame)
        data.append(frame.data)
        if frame.index == 9:
            break
    saved = tally.to_dict()
    resumed = FrameTally.from_dict(saved)
    for frame in src.frames(start=resumed.next_offset):
        resumed.add(frame)
        data.append(frame.data)
    assert resumed.input_crc64 == crc64(census_fastq)
    assert resumed.input_bytes == len(census_fastq)
    assert resumed.output_crc64 == crc64(b"".join(data))
    with pytest.raises(GeneDeskError):
        resumed.add(frame)  # out of order


def test_closing_the_generator_early_stops_cleanly(fastq_file):
    src = open_source(fastq_file, frame_size=FS)
    gen = src.frames()
    first = next(gen)
    gen.close()
    assert first.index == 0


def test_header_encoder_matches_tarfile():
    """encode_header is a fast copy of TarInfo.tobuf(PAX_FORMAT): same bytes, every case."""
    import random

    from gene_desk.codec.tarstream import encode_header, reference_header

    rng = random.Random(20261126)
    alphabet = "abcXYZ09 ._-üé漢字\udc80\udcff/"
    for _ in range(3000):
        name = "".join(rng.choice(alphabet) for _ in range(rng.choice([1, 50, 99, 100, 101, 300])))
        name = name.strip("/") or "x"
        kind = rng.choice(["file", "dir", "symlink"])
        size = rng.choice([0, 1, 512, 10**6, 8**11 - 1, 8**11, 10**13]) if kind == "file" else 0
        mtime = rng.choice(
            [0, 1_600_000_000 * 10**9, 1_600_000_000_123_456_789, -5_500_000_000, 8**11 * 10**9]
        )
        mode = rng.choice([0o644, 0o755, 0o4777, 0o7777, 0o120777])
        link = "".join(rng.choice(alphabet) for _ in range(rng.choice([3, 100, 101, 200])))
        link = link if kind == "symlink" else ""
        assert encode_header(name, kind, size, mtime, mode, link) == reference_header(
            name, kind, size, mtime, mode, link
        ), (name, kind, size, mtime, mode, link)
