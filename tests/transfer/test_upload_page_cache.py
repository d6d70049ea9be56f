"""An upload's source leaves the page cache once it was sent (transfer/bodies.py), as rclone's
local backend does: nothing reads it again, and the pages it frees serve the next reads and
writes instead of fresh memory. A body not read to its end keeps its pages (a retry reads them
again), which is also these tests' proof that mincore sees cached pages."""

from __future__ import annotations

import os

import pytest
import zstandard

from gene_desk.codec import compress_path
from gene_desk.core.fileio import write_all
from gene_desk.journal import State
from gene_desk.transfer.bodies import FileRangeBody
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.settings import MiB, TransferSettings
from tests.helpers.pagecache import resident_pages
from tests.transfer.conftest import object_bytes, random_bytes, run_jobs
from tests.transfer.test_faults import _item


def _cached_file(folder, name: str, size: int, seed: int):  # type: ignore[no-untyped-def]
    """A file whose pages are all in the page cache, clean (written as the engine writes, in
    256 KiB slices, then synced). One big write would put it in folios of up to 2 MiB, and
    DONTNEED drops only the folios wholly inside its range."""
    path = folder / name
    data = random_bytes(size, seed=seed)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    cached, total = resident_pages(path)
    assert cached >= total * 9 // 10, f"only {cached} of {total} pages cached before the upload"
    return path, data


@pytest.mark.parametrize("read_all", [True, False])
def test_a_body_read_to_its_end_releases_its_range(observable_dir, read_all):
    path, data = _cached_file(observable_dir, "src.bin", 4 * MiB, 51)
    body = FileRangeBody(str(path), MiB, 2 * MiB)
    got = b""
    while len(got) < (2 * MiB if read_all else MiB):
        got += body.read(256 * 1024)
    body.close()
    assert got == data[MiB : MiB + len(got)]
    page = 4096
    cached, total = resident_pages(path)
    if read_all:  # the 2 MiB sent are gone, the rest of the file is untouched
        assert total - cached >= (2 * MiB // page) * 9 // 10, f"{cached} of {total} cached"
        assert cached >= (2 * MiB // page) * 9 // 10
    else:
        assert cached >= total * 9 // 10, f"only {cached} of {total} pages cached"


@pytest.mark.parametrize(
    ("size", "part_size", "compress"),
    [(3 * MiB + 7, 0, False), (20 * MiB + 3, 8 * MiB, False), (20 * MiB + 3, 0, True)],
    ids=["one PUT", "parts", "zstd frames"],
)
def test_an_uploaded_file_leaves_the_page_cache(
    storage, bucket, journal, observable_dir, size, part_size, compress
):
    path, data = _cached_file(observable_dir, "reads.bin", size, 52)
    manager = TransferManager(storage, journal, TransferSettings(part_size=part_size)).start()
    try:
        (job,) = manager.upload([str(path)], bucket, "", compress=compress)
        run_jobs(manager, [job])
    finally:
        manager.shutdown()
    item = _item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    cached, total = resident_pages(path)
    assert cached <= total // 10, f"{cached} of {total} pages still cached"
    key = "reads.bin.zst" if compress else "reads.bin"
    stored = object_bytes(storage, bucket, key)
    assert (zstd_content(stored) if compress else stored) == data


def test_local_compression_keeps_the_page_cache(observable_dir, tmp_path):
    """Only an upload drops what it read: ``gene-desk compress`` leaves the file cached."""
    path, _ = _cached_file(observable_dir, "reads.bin", 9 * MiB, 53)
    compress_path(path, tmp_path / "z", level=1)
    cached, total = resident_pages(path)
    assert cached >= total * 9 // 10, f"only {cached} of {total} pages cached"


def zstd_content(stored: bytes) -> bytes:
    """The original bytes of a Gene Desk .zst object (the trailer frame is skippable)."""
    return zstandard.ZstdDecompressor().stream_reader(stored, read_across_frames=True).read()
