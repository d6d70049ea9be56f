"""``compress_path``: a file or folder to ``NAME.zst`` / ``NAME.tar.zst`` on local disk.

The output is written through a hidden temporary name in the output folder and renamed only once
complete, so a crash, a cancel or a full disk never leaves a half-written file under the final
name. The bytes are exactly what ``open_source(src).frames()`` yields (see source.py) followed by
the Gene Desk metadata trailer (trailer.py: a zstd skippable frame with the original name, size
and CRC-64), the same layout the uploader sends, so ``decompress_path`` verifies the original
bytes whichever way the file travelled.

Frame size: 8 MiB of input per frame. zstd level 3 uses a 2 MiB window, so frames only lose
matches in their first window (measured ratio on FASTQ equals the single-frame CLI's within
0.5%); larger frames cost memory (``workers + 2`` frames in flight) and resume granularity,
smaller ones cost ratio and per-frame overhead.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from gene_desk.codec._common import (
    DEFAULT_FRAME_SIZE,
    DEFAULT_LEVEL,
    ProgressCallback,
    Throttle,
    check_cancel,
    check_level,
)
from gene_desk.codec.source import FrameTally, open_source
from gene_desk.codec.tarstream import SkippedEntry
from gene_desk.codec.trailer import Trailer
from gene_desk.core.crc64 import crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.fileio import write_all
from gene_desk.core.localfs import os_error, owner_tag, publish, sweep_leftovers, umask

ON_CONFLICT_CHOICES = ("error", "rename", "overwrite")


@dataclass
class CompressResult:
    """What ``compress_path`` produced."""

    source: Path
    output: Path
    kind: str  # "file" | "folder"
    input_size: int  # file size, or the tar stream length for folders
    output_size: int
    input_crc64: int  # CRC-64/XZ of the original content (the tar stream for folders)
    output_crc64: int  # CRC-64/XZ of the compressed file
    frames: int
    seconds: float
    skipped: list[SkippedEntry] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.input_size / self.output_size if self.output_size else 0.0


def compress_path(
    src: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    level: int = DEFAULT_LEVEL,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    *,
    frame_size: int = DEFAULT_FRAME_SIZE,
    workers: int | None = None,
    on_conflict: str = "error",
    output_name: str | None = None,
) -> CompressResult:
    """Compress a file to ``out_dir/NAME.zst`` or a folder to ``out_dir/NAME.tar.zst``.

    ``progress(done_input_bytes, input_size)`` is called from the calling thread at most every
    ~100 ms and once at the end; it counts input bytes as they are compressed (within a frame
    too at slow levels), never going back. ``cancel`` is checked between frames (and pieces of
    frames at slow levels): CANCELLED is raised and the temporary file removed.
    ``on_conflict``: "error" (TARGET_EXISTS, default), "rename" (``NAME (1).zst``) or
    "overwrite". Errors: LOCAL_NOT_FOUND, LOCAL_PERMISSION, DISK_FULL,
    LOCAL_IO, SOURCE_CHANGED (the input changed while it was read), CANCELLED.
    """
    check_level(level)
    if on_conflict not in ON_CONFLICT_CHOICES:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT, f"on_conflict must be {ON_CONFLICT_CHOICES}"
        )
    started = time.monotonic()
    source = open_source(src, frame_size=frame_size)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, out_dir, "cannot create output folder") from exc
    final = out_dir / (output_name or source.output_name)
    if on_conflict == "error" and os.path.lexists(final):
        raise GeneDeskError(ErrorCode.TARGET_EXISTS, "output already exists", path=str(final))
    check_cancel(cancel)
    throttle = Throttle(progress, source.input_size)
    tally = FrameTally(frame_size=source.frame_size)
    seen = [0]

    def consumed(nbytes: int) -> None:  # workers compress ahead of the frames written
        seen[0] = max(seen[0], nbytes)
        throttle(seen[0])

    sweep_leftovers(out_dir)  # a killed run's temporaries (never a live process's)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{final.name}.", suffix=f".{owner_tag()}.part", dir=out_dir
        )
    except OSError as exc:
        raise os_error(exc, out_dir, "cannot write to output folder") from exc
    tmp = Path(tmp_name)
    try:
        with open(fd, "wb", buffering=0) as out:
            frames = source.frames(
                0, level=level, workers=workers, cancel=cancel, on_input=consumed
            )
            try:
                for frame in frames:
                    write_all(out.fileno(), frame.data)
                    tally.add(frame)
                    consumed(tally.input_bytes)
            finally:
                close = getattr(frames, "close", None)
                if close is not None:
                    close()
            trailer = Trailer(
                source.path.name,
                source.input_size,
                tally.input_crc64,
                "tar+zstd" if source.kind == "folder" else "zstd",
            ).to_bytes()
            write_all(out.fileno(), trailer)
            output_size = tally.output_bytes + len(trailer)
            output_crc = crc64(trailer, tally.output_crc64)
        check_cancel(cancel)
        with contextlib.suppress(OSError):
            if source.kind == "file":  # like the zstd CLI: keep the source's mode and mtime
                os.chmod(tmp, stat.S_IMODE(os.stat(source.path).st_mode) | 0o600)
                os.utime(tmp, ns=(source.mtime_ns, source.mtime_ns))  # type: ignore[attr-defined]
            else:  # mkstemp made it 0600; give it the mode a new file normally gets
                os.chmod(tmp, 0o666 & ~umask())
        final = publish(tmp, final, on_conflict)
    except OSError as exc:
        _remove(tmp)
        raise os_error(exc, final, "cannot write compressed file") from exc
    except BaseException:
        _remove(tmp)
        raise
    throttle(tally.input_bytes, final=True)
    return CompressResult(
        source=source.path,
        output=final,
        kind=source.kind,
        input_size=source.input_size,
        output_size=output_size,
        input_crc64=tally.input_crc64,
        output_crc64=output_crc,
        frames=tally.next_index,
        seconds=time.monotonic() - started,
        skipped=list(source.skipped),
    )


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
