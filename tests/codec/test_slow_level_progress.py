"""At slow levels a frame takes seconds (level 19: about 9 s for 8 MiB on one core): progress must
move within a frame, not once it is done, and a cancel is seen within a piece of it. (The
compression list's rows count these bytes.)"""

from __future__ import annotations

import threading

import pytest
import zstandard

from gene_desk.codec.compress import compress_path
from gene_desk.codec.decompress import decompress_path
from gene_desk.codec.source import open_source
from gene_desk.core.errors import ErrorCode, GeneDeskError

FRAME = 4 << 20


@pytest.fixture
def one_frame(tmp_path, census_fastq):
    """One 4 MiB frame of FASTQ."""
    path = tmp_path / "one.fastq"
    data = (census_fastq * (FRAME // len(census_fastq) + 1))[:FRAME]
    path.write_bytes(data)
    return path


def test_progress_moves_within_a_frame_at_a_slow_level(tmp_path, one_frame):
    """Before the fix the first report came when the whole frame was compressed."""
    calls: list[int] = []
    cancel = threading.Event()

    def progress(done: int, total: int | None) -> None:
        calls.append(done)
        if 0 < done < FRAME:
            cancel.set()  # seen within the frame: no need to wait for the rest

    with pytest.raises(GeneDeskError) as info:
        compress_path(one_frame, tmp_path / "z", 19, progress, cancel, frame_size=FRAME, workers=1)
    assert info.value.code is ErrorCode.CANCELLED
    assert [d for d in calls if 0 < d < FRAME], f"no progress inside the frame: {calls}"
    assert calls == sorted(calls)
    assert list((tmp_path / "z").iterdir()) == []  # the temporary file is gone


def test_piecewise_frames_are_ordinary_independent_frames(tmp_path, one_frame):
    source = open_source(one_frame, frame_size=1 << 20)
    frames = list(source.frames(0, level=12, workers=2))
    data = one_frame.read_bytes()
    assert len(frames) == 4
    for frame in frames:
        params = zstandard.get_frame_parameters(frame.data)
        assert params.content_size == frame.input_length and params.has_checksum
        chunk = data[frame.input_offset : frame.input_offset + frame.input_length]
        assert zstandard.ZstdDecompressor().decompress(frame.data) == chunk
    result = compress_path(one_frame, tmp_path / "z", 12, frame_size=1 << 20)
    decompress_path(result.output, tmp_path / "out")
    assert (tmp_path / "out" / "one.fastq").read_bytes() == data
