"""Transfer settings (files and parts in parallel, part size, bandwidth) and part-size rules."""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024
MIN_PART = 1 * MiB  # COS: every part but the last must be at least 1 MiB
DEFAULT_PART = 8 * MiB
# Ranges of a download when no part size is set. Fewer, longer GETs: each range costs a request
# and a pause on its connection between two ranges; 1 GiB to ext4 on the loaded 2-core machine
# took 8.4-9.2 s in 32 MiB ranges against 11.1-14.9 s in 8 MiB ones (issue 18 part 3). A kill
# loses at most the ranges in flight plus one checkpoint (transfer/part_checkpoint.py).
DOWNLOAD_PART = 32 * MiB
# A plain file up to this size goes up in one PUT when no part size is set: one request instead of
# initiate, parts, complete and the copy that records its MD5; the files of a folder in parallel
# already fill the link. The mixed-tree upload of issue 18 (1 KiB..64 MiB, --jobs 16) went from
# 0.90 and 1.09 x rclone (8 MiB) to 1.14 and 1.34 (with the MD5 hashed before each PUT, not
# recorded by a copy afterwards). A failed PUT costs at most this much again; rclone's cutoff is
# 200 MiB.
SINGLE_PUT_MAX = 64 * MiB
MAX_PARTS = 10_000  # COS: at most 10,000 parts per upload
MAX_PART = 5 * 1024 * MiB  # COS: at most 5 GiB per part


@dataclass
class TransferSettings:
    # 16: issue 18 measured 4 KiB files at 0/20/60 ms one way; 4 in flight wasted a distant link,
    # 64 doubles small files at 20-60 ms but costs CPU at 0 ms and memory with big files
    files_parallel: int = 16
    parts_parallel: int = 4
    part_size: int = 0  # 0 = automatic
    bandwidth_limit: int = 0  # bytes per second over all transfers; 0 = unlimited
    compress_level: int = 3
    # the original's MD5 in each uploaded object's metadata (x-cos-meta-gd-md5), for manifests
    record_md5: bool = True

    def validated(self) -> TransferSettings:
        if not 1 <= self.files_parallel <= 64:
            raise ValueError("files in parallel must be between 1 and 64")
        if not 1 <= self.parts_parallel <= 32:
            raise ValueError("parts in parallel must be between 1 and 32")
        if self.part_size and not MIN_PART <= self.part_size <= MAX_PART:
            raise ValueError("part size must be between 1 MiB and 5 GiB")
        if self.bandwidth_limit < 0:
            raise ValueError("bandwidth limit cannot be negative")
        if not 1 <= self.compress_level <= 19:
            raise ValueError("compression level must be between 1 and 19")
        return self


def single_put_max(requested_part: int) -> int:
    """Largest plain upload sent in one PUT: up to the part size the user set, else
    :data:`SINGLE_PUT_MAX`."""
    return requested_part or SINGLE_PUT_MAX


def whole_download_max(requested_part: int) -> int:
    """Largest object fetched by one GET with no HEAD and no ranges: up to the part size the user
    set, else one download range (:data:`DOWNLOAD_PART`), which a ranged download would fetch
    in one request anyway."""
    return requested_part or DOWNLOAD_PART


def part_size_for(size: int, requested: int = 0) -> int:
    """Part size for an upload of ``size`` bytes: the requested size (or 8 MiB), raised in whole
    MiB until the upload fits in 10,000 parts."""
    part = max(requested or DEFAULT_PART, MIN_PART)
    needed = -(-size // MAX_PARTS)  # ceil
    if needed > part:
        part = -(-needed // MiB) * MiB
    return min(part, MAX_PART)
