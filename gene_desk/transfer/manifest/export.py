"""An MD5 manifest of a COS folder from the objects' metadata: no download.

Why from metadata: a submission (NCBI SRA, CNCB GSA) needs each file's MD5, a Gene Desk object
is usually compressed (its ETag is the MD5 of the ``.zst``, or of its parts), and downloading
30 GB again to hash it is what this avoids. The upload records the original's MD5 in
``x-cos-meta-gd-md5`` (:mod:`gene_desk.transfer.md5_digest`); here the folder is listed and each
object HEADed on a small thread pool. Names are relative to the prefix, as the files are after a
Gene Desk download: a file Gene Desk compressed loses its ``.zst`` (``r1.fastq.zst`` ->
``r1.fastq``; a folder archive ``d.tar.zst`` -> ``d.tar``, the tar stream the MD5 is of).

Objects without the MD5 (uploaded by another tool, or with the setting off) are returned
without one; ``compute=True`` streams them instead (Gene Desk's own zstd decompressed on the
way, so the MD5 is the original's), in 1 MiB blocks, memory bounded. Keys that could not name a
file inside the folder (``..``, absolute) are reported, never written as a manifest line.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error
from gene_desk.storage.models import Bucket, ObjectInfo
from gene_desk.storage.service import Storage
from gene_desk.transfer.manifest.parse import check_name, gnu_line
from gene_desk.transfer.md5_digest import META_MD5
from gene_desk.transfer.upload_protocol import CODEC_FILE, CODEC_FOLDER, META_CODEC

SOURCE_METADATA = "metadata"
SOURCE_COMPUTED = "computed"
_MD5_KEY = META_MD5.removeprefix("x-cos-meta-")
_CODEC_KEY = META_CODEC.removeprefix("x-cos-meta-")
_BLOCK = 1024 * 1024
_WINDOW = 64  # HEADs in flight ahead of the line being written


@dataclass(frozen=True)
class ExportEntry:
    """One object: ``name`` for the manifest (relative, original); ``md5`` None when unknown;
    ``problem`` why it is not in the manifest (``no-md5``, ``unsafe-name``, or an error code)."""

    key: str
    name: str
    size: int
    md5: str | None = None
    source: str | None = None
    problem: str | None = None
    message: str = ""

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"key": self.key, "name": self.name, "size": self.size}
        for field in ("md5", "source", "problem"):
            if getattr(self, field) is not None:
                out[field] = getattr(self, field)
        return out


def folder_prefix(prefix: str) -> str:
    """``cos://B/P`` means the folder ``P/``."""
    return prefix if not prefix or prefix.endswith("/") else prefix + "/"


def original_name(relative_key: str, codec: str) -> str:
    """The name the file has after a Gene Desk download (Gene Desk's ``.zst`` removed)."""
    ours = codec in (CODEC_FILE, CODEC_FOLDER)
    if ours and relative_key.lower().endswith(".zst") and len(relative_key.rsplit("/")[-1]) > 4:
        return relative_key[:-4]
    return relative_key


def compute_md5(
    storage: Storage,
    bucket: Bucket,
    key: str,
    codec: str,
    *,
    cancel: threading.Event | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> str:
    """Stream the object and hash the original: Gene Desk's zstd (file or folder archive) is
    decompressed on the way (its trailer is a skippable frame), anything else hashed as is."""

    def fetch(client: Any) -> str:
        digest = hashlib.md5()
        raw = client.get_object(Bucket=bucket.name, Key=key)["Body"].get_raw_stream()
        stream: Any = raw
        if codec in (CODEC_FILE, CODEC_FOLDER):
            stream = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        try:
            while True:
                if cancel is not None and cancel.is_set():
                    raise GeneDeskError(ErrorCode.CANCELLED, "MD5 computation cancelled")
                block = stream.read(_BLOCK)
                if not block:
                    return digest.hexdigest()
                digest.update(block)
                if on_bytes is not None:
                    on_bytes(len(block))
        except zstandard.ZstdError as exc:
            raise GeneDeskError(
                ErrorCode.ARCHIVE_CORRUPT, f"cannot decompress: {exc}", path=key
            ) from exc
        finally:
            raw.close()

    return storage.clients.call(
        bucket.region, "compute MD5", fetch, resource=f"{bucket.name}/{key}", cancel=cancel
    )


def _entry_for(
    storage: Storage,
    bucket: Bucket,
    prefix: str,
    key: str,
    compute: bool,
    cancel: threading.Event | None,
) -> ExportEntry:
    relative = key[len(prefix) :]
    try:
        info: ObjectInfo = storage.head_object(bucket, key)
    except GeneDeskError as exc:
        return ExportEntry(key, relative, 0, problem=exc.code.value, message=exc.message)
    codec = info.metadata.get(_CODEC_KEY, "")
    name = original_name(relative, codec)
    checked = check_name(name)
    if isinstance(checked, tuple):
        return ExportEntry(key, name, info.size, problem="unsafe-name", message=checked[1])
    md5 = (info.metadata.get(_MD5_KEY) or "").strip().lower()
    if len(md5) == 32 and all(c in "0123456789abcdef" for c in md5):
        return ExportEntry(key, name, info.size, md5, SOURCE_METADATA)
    if not compute:
        return ExportEntry(key, name, info.size, problem="no-md5", message="no MD5 in metadata")
    try:
        md5 = compute_md5(storage, bucket, key, codec, cancel=cancel)
    except GeneDeskError as exc:
        if exc.code is ErrorCode.CANCELLED:
            raise
        return ExportEntry(key, name, info.size, problem=exc.code.value, message=exc.message)
    return ExportEntry(key, name, info.size, md5, SOURCE_COMPUTED)


def iter_md5s(
    storage: Storage,
    bucket: Bucket,
    prefix: str,
    *,
    compute: bool = False,
    keys: list[str] | None = None,
    workers: int = 8,
    cancel: threading.Event | None = None,
) -> Iterator[ExportEntry]:
    """Every object under the folder ``prefix`` (or just ``keys``), in listing order, with its
    MD5 from metadata (or computed). HEADs run ``workers`` at a time, at most 64 ahead."""
    prefix = folder_prefix(prefix)
    if keys is None:
        listed = (
            o.key for o in storage.iter_objects(bucket, prefix, cancel=cancel) if o.key[-1:] != "/"
        )
    else:
        listed = iter(keys)
    pending: deque[Future[ExportEntry]] = deque()
    with ThreadPoolExecutor(workers, thread_name_prefix="gd-manifest") as pool:
        try:
            for key in listed:
                pending.append(
                    pool.submit(_entry_for, storage, bucket, prefix, key, compute, cancel)
                )
                if len(pending) >= _WINDOW:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for fut in pending:
                fut.cancel()


def write_manifest(path: str | os.PathLike[str], entries: list[ExportEntry]) -> int:
    """Write the GNU lines of the entries that have an MD5 to ``path`` (a temporary name, then
    renamed: a half-written manifest never has the real name). Returns the lines written."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.gd-{os.getpid()}")
    lines = [gnu_line(e.name, e.md5) for e in entries if e.md5]
    try:
        with open(tmp, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as fh:
            fh.writelines(lines)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error(exc, str(target), "cannot write the MD5 list") from exc
    return len(lines)
