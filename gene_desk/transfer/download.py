"""Download one item: ranged parallel GETs into a hidden temporary file beside the target, CRC-64
verified, then renamed (or decompressed) into place.

Ranges are written with ``os.pwrite`` at their offsets, so they can finish in any order; each
finished range is recorded (offset, length, CRC-64) in the journal, and a resume fetches only the
missing ranges, provided the object is unchanged (same ETag) and the temporary file is intact.
The CRC-64s of the ranges are combined and compared with ``x-cos-hash-crc64ecma`` before anything
gets the real name. Objects Gene Desk compressed are decompressed into place by default and the
original bytes are verified against the trailer's CRC-64.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import requests
import urllib3

from gene_desk.core.crc64 import combine, crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.fileio import pwrite_all, write_all
from gene_desk.core.localfs import os_error, publish
from gene_desk.journal import PartRecord
from gene_desk.storage.lean import LEAN_MAX
from gene_desk.storage.ranges import require_range
from gene_desk.transfer.bodies import Stopped
from gene_desk.transfer.context import ItemRun, run_bounded
from gene_desk.transfer.naming import temp_path_for
from gene_desk.transfer.pacing import BlockPacer
from gene_desk.transfer.part_checkpoint import PartCheckpoint
from gene_desk.transfer.settings import DOWNLOAD_PART, part_size_for, whole_download_max
from gene_desk.transfer.upload import (
    CODEC_FILE,
    CODEC_FOLDER,
    META_CODEC,
    META_CRC,
    META_SIZE,
    MODE_MARKER,
)

# job option: recheck files that exist at an item's name (a run cut off while listing the folder
# had put them there; plan.OPTION_LISTING_CUT)
OPTION_RECHECK = "recheck_existing"

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024  # read at most this much at once; written 256 KiB at a time (core/fileio.py)
CONFLICT_RENAME = "rename"
CONFLICT_OVERWRITE = "overwrite"
CONFLICT_SKIP = "skip"
# Below this, no free-space pre-check: a write that hits a full disk still fails the item with
# DISK_FULL and removes the temporary file, and a statvfs per 4 KiB object is measurable.
SPACE_CHECK_MIN = 4 * 1024 * 1024
SAME_CHECK_MAX = 64 * 1024 * 1024

# Folders this process has created or seen: a folder download of 10,000 files would otherwise
# pay a mkdir (and its FileExistsError) per file. A folder removed meanwhile is made again by
# _open_new.
_known_dirs: set[str] = set()


def _ensure_dir(path: Path) -> None:
    key = str(path)
    if key in _known_dirs:
        return
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, key) from exc
    _known_dirs.add(key)


def _open_new(tmp: Path) -> BinaryIO:
    """``open(tmp, "wb")`` unbuffered (blocks go out through core/fileio.write_all), making the
    folder again if it was removed since _ensure_dir."""
    try:
        return open(tmp, "wb", buffering=0)
    except FileNotFoundError:
        _known_dirs.discard(str(tmp.parent))
        _ensure_dir(tmp.parent)
        return open(tmp, "wb", buffering=0)


@dataclass
class DownloadResult:
    path: str  # final file or folder
    size: int
    crc64: int
    skipped: bool = False


def _policy(run: ItemRun) -> str:
    return str(run.options.get("conflict", CONFLICT_RENAME))


def _head(run: ItemRun) -> dict[str, str]:
    headers = run.call(
        "head object",
        lambda c: c.head_object(Bucket=run.bucket.name, Key=run.item.source),
        resource=f"{run.bucket.name}/{run.item.source}",
        lean=True,  # a HEAD carries no body: the engine's own request is enough
    )
    return {k.lower(): str(v) for k, v in headers.items()}


def _decompressed_name(name: str, codec: str) -> str | None:
    lower = name.lower()
    if codec == CODEC_FOLDER:
        for ext in (".tar.zst", ".tzst"):
            if lower.endswith(ext) and len(name) > len(ext):
                return name[: -len(ext)]
    if codec == CODEC_FILE and lower.endswith(".zst") and len(name) > 4:
        return name[:-4]
    return None


def download_item(run: ItemRun) -> DownloadResult:
    item = run.item
    dest = Path(item.destination)
    if item.mode == MODE_MARKER:
        _ensure_dir(dest)
        return DownloadResult(str(dest), 0, 0)
    _ensure_dir(dest.parent)
    if item.size <= whole_download_max(run.settings.part_size) and not item.part_size:
        # up to one range: one GET brings headers and body (no HEAD, no range bookkeeping)
        return _download_whole(run, dest)

    head = _head(run)
    size = int(head.get("content-length", 0))
    plan = _plan(run, dest, head)
    if plan.skip:
        run.count_kept(size)
        return DownloadResult(str(plan.final), 0, 0, skipped=True)
    if run.original_size is not None and run.original_size != run.item.original_size:
        # a big download runs for a while: its row shows the file's size from now on
        run.journal.update_item(run.item.id, original_size=run.original_size)
    tmp = temp_path_for(dest, run.item.id)
    ranges = _prepare(run, tmp, size, head.get("etag", "").strip('"'))
    _check_space(run, tmp, ranges, size if plan.decompress else 0)
    try:
        # a file decompressed next is read back at once: keep its pages cached for that
        crcs = _fetch(run, tmp, size, ranges, release=not plan.decompress)
    except GeneDeskError as exc:
        if exc.code is ErrorCode.DISK_FULL:
            _discard(run, tmp)  # give the space back; a retry after freeing space starts over
        if exc.details.get("cos_code") == "PreconditionFailed":
            _discard(run, tmp)  # the object was replaced meanwhile: a retry starts over
            raise GeneDeskError(
                ErrorCode.SOURCE_CHANGED,
                "the object changed on COS while it was being downloaded; retry to get the"
                " new version",
                request_id=exc.request_id,
                path=run.item.source,
                retryable=True,
            ) from exc
        raise
    whole = 0
    for _offset, length, crc in crcs:
        whole = combine(whole, crc, length)
    return _finish(run, dest, tmp, plan, head, size, whole)


@dataclass
class _Plan:
    final: Path
    decompress: bool
    codec: str
    skip: bool


def _plan(run: ItemRun, dest: Path, headers: dict[str, str]) -> _Plan:
    """Where the object ends up, from its metadata (Gene Desk codec) and the conflict policy."""
    codec = headers.get(META_CODEC, "")
    # a sync keeps folder archives as the files they are (job option "decompress_codecs")
    codecs = run.options.get("decompress_codecs") or (CODEC_FILE, CODEC_FOLDER)
    decompress = bool(run.options.get("decompress", True)) and codec in codecs
    final_name = _decompressed_name(dest.name, codec) if decompress else None
    if decompress and final_name is None:
        decompress = False  # renamed object: keep the compressed file as it is
        run.note("compressed by Gene Desk but renamed; kept compressed")
    final = dest.with_name(final_name) if final_name else dest
    if decompress:  # the transfer list shows the size of the file the user gets
        size = headers.get(META_SIZE, "")
        run.original_size = int(size) if size.isdigit() else None
    skip = _policy(run) == CONFLICT_SKIP and (final.exists() or final.is_symlink())
    if skip:
        run.note("skipped: a file with this name already exists")
    elif (
        (run.item.attempts > 1 or run.options.get(OPTION_RECHECK))
        and _policy(run) == CONFLICT_RENAME
        and _already_in_place(final, headers, decompress, codec)
    ):
        # An earlier attempt put the file in place, then the app was killed before the journal
        # heard of it, or an earlier run was cut off while listing the folder (plan.py):
        # "keep both" would make a second, identical copy.
        skip = True
        run.note("already downloaded before the interruption (same size and CRC-64)")
    return _Plan(final, decompress, codec, skip)


def _already_in_place(path: Path, headers: dict[str, str], decompress: bool, codec: str) -> bool:
    """Whether ``path`` holds exactly what this item would put there: the object's bytes (size
    and CRC-64 from COS) or, decompressed, the original's (size and CRC-64 from Gene Desk's
    metadata). Read only up to SAME_CHECK_MAX; a folder archive is never assumed in place."""
    if not decompress:
        size, crc = headers.get("content-length"), headers.get("x-cos-hash-crc64ecma")
    elif codec == CODEC_FILE:
        size, crc = headers.get(META_SIZE), headers.get(META_CRC)
    else:
        return False
    try:
        expected_size, expected_crc = int(size or -1), int(crc or -1)
        st = path.lstat()
    except (OSError, ValueError):
        return False
    if expected_crc < 0 or not stat.S_ISREG(st.st_mode) or st.st_size != expected_size:
        return False
    if expected_size > SAME_CHECK_MAX:
        return False
    got = 0
    try:
        with open(path, "rb") as fh:
            while block := fh.read(CHUNK):
                got = crc64(block, got)
    except OSError:
        return False
    return got == expected_crc


def _download_whole(run: ItemRun, dest: Path) -> DownloadResult:
    tmp = temp_path_for(dest, run.item.id)
    item = run.item

    def get(client: Any) -> tuple[dict[str, str], _Plan, int, int]:
        response = client.get_object(
            Bucket=run.bucket.name, Key=item.source, KeySimplifyCheck=False
        )
        body = response.pop("Body")
        headers = {k.lower(): str(v) for k, v in response.items()}
        raw = body.get_raw_stream()
        size = int(headers.get("content-length", 0))
        plan = _plan(run, dest, headers)
        if plan.skip:
            raw.close()
            return headers, plan, size, 0
        _check_space(run, tmp, [(1, 0, size)], size if plan.decompress else 0)
        got = crc = 0
        pacer = BlockPacer()  # blocks sized to the link: progress moves on a slow one too
        try:
            with _open_new(tmp) as fh:
                while True:
                    if run.stop.is_set():
                        raise Stopped()
                    step = pacer.size(run.limiter.block_size(CHUNK))
                    run.limiter.consume(step, run.stop)
                    block = raw.read(step)
                    if not block:
                        break
                    write_all(fh.fileno(), block)  # 256 KiB per call (core/fileio.py)
                    crc = crc64(block, crc)
                    got += len(block)
                    run.progress(len(block))
        except OSError as exc:
            run.progress(-got)
            tmp.unlink(missing_ok=True)
            raise os_error(exc, str(tmp)) from exc
        except (urllib3.exceptions.HTTPError, ConnectionError, TimeoutError) as exc:
            run.progress(-got)
            raise requests.ConnectionError(f"download interrupted: {type(exc).__name__}") from exc
        except BaseException:
            run.progress(-got)
            tmp.unlink(missing_ok=True)
            raise
        finally:
            raw.close()
        if got != size:
            run.progress(-got)
            raise requests.ConnectionError(f"connection closed after {got} of {size} bytes")
        return headers, plan, size, crc

    headers, plan, size, whole = run.call(
        "download", get, resource=f"{run.bucket.name}/{item.source}", lean=item.size <= LEAN_MAX
    )
    if plan.skip:
        run.count_kept(size)
        return DownloadResult(str(plan.final), 0, 0, skipped=True)
    return _finish(run, dest, tmp, plan, headers, size, whole)


def _finish(
    run: ItemRun,
    dest: Path,
    tmp: Path,
    plan: _Plan,
    headers: dict[str, str],
    size: int,
    whole: int,
) -> DownloadResult:
    """Verify the CRC-64, then decompress or rename the temporary file into place."""
    item = run.item
    remote_crc = headers.get("x-cos-hash-crc64ecma")
    if remote_crc is not None and int(remote_crc) != whole:
        _discard(run, tmp)
        raise GeneDeskError(
            ErrorCode.CHECKSUM_MISMATCH,
            f"downloaded bytes do not match COS's CRC-64 ({whole} != {remote_crc})",
            request_id=headers.get("x-cos-request-id"),
            path=item.source,
        )
    if remote_crc is None:
        run.note("COS returned no CRC-64; integrity not verified")
    policy = _policy(run)
    if run.placement is not None and not plan.decompress and not item.part_size:
        # a worker-process batch: one flush for the whole batch, then placement (batch_place)
        target = policy if policy in (CONFLICT_OVERWRITE, CONFLICT_SKIP) else CONFLICT_RENAME
        run.placement.defer(item.id, tmp, plan.final, target)
        return DownloadResult(str(plan.final), size, whole)
    _fsync(tmp)  # what gets the real name must survive a power cut
    if plan.decompress:
        out = _decompress(run, tmp, dest.parent, policy, plan.codec)
        _discard(run, tmp)
        return DownloadResult(out, size, whole)
    if policy == CONFLICT_SKIP and os.path.lexists(plan.final):  # appeared meanwhile
        _discard(run, tmp)
        run.note("skipped: a file with this name already exists")
        return DownloadResult(str(plan.final), 0, 0, skipped=True)
    try:
        # os.link refuses an existing name, so "keep both" cannot overwrite a file that
        # appeared between our check and the rename
        final = publish(tmp, plan.final, "overwrite" if policy == CONFLICT_OVERWRITE else "rename")
    except IsADirectoryError as exc:
        raise GeneDeskError(
            ErrorCode.TARGET_EXISTS, "a folder with this name exists", path=str(plan.final)
        ) from exc
    except OSError as exc:
        raise os_error(exc, str(plan.final)) from exc
    if final != dest and final != plan.final:
        run.note(f"saved as {final.name} (a file named {plan.final.name} exists)")
    if item.part_size:
        run.journal.clear_parts(item.id)
    return DownloadResult(str(final), size, whole)


def _prepare(run: ItemRun, tmp: Path, size: int, etag: str) -> list[tuple[int, int, int]]:
    """Ranges still to fetch as (number, offset, length); resets a stale temporary file."""
    item = run.item
    part_size = item.part_size or part_size_for(size, run.settings.part_size or DOWNLOAD_PART)
    done = {p.part_number: p for p in run.journal.parts(item.id)}
    intact = (
        done
        and item.etag == etag
        and item.part_size == part_size
        and tmp.exists()
        and tmp.stat().st_size == size
    )
    if not intact:
        if done:
            run.note("the object or the partial file changed; download restarted")
        run.journal.clear_parts(item.id)
        done = {}
        try:
            with _open_new(tmp) as fh:
                fh.truncate(size)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise os_error(exc, str(tmp)) from exc
        run.journal.update_item(item.id, etag=etag, part_size=part_size)
        run.item = run.journal.item(item.id)
    else:
        already = sum(p.length for p in done.values())
        run.count_kept(already)
        run.note(f"resumed: {len(done)} ranges were already downloaded")
    count = max(1, -(-size // part_size))
    return [
        (n, (n - 1) * part_size, min(part_size, size - (n - 1) * part_size))
        for n in range(1, count + 1)
        if n not in done
    ]


def _check_space(run: ItemRun, tmp: Path, ranges: list[tuple[int, int, int]], extra: int) -> None:
    # the temporary file is already its full size; sparse on most filesystems, so ask for
    # what is still to be written plus room for the decompressed output
    need = sum(length for _, _, length in ranges) + extra
    if need < SPACE_CHECK_MIN:
        return
    try:
        free = shutil.disk_usage(tmp.parent).free
    except OSError:
        return
    if need > free:
        _discard(run, tmp)
        raise GeneDeskError(
            ErrorCode.DISK_FULL,
            f"not enough free space: {need} bytes needed, {free} free",
            path=str(tmp.parent),
            details={"needed": need, "free": free},
        )


def _fetch(
    run: ItemRun, tmp: Path, size: int, ranges: list[tuple[int, int, int]], *, release: bool
):
    """Fetch ``ranges`` into ``tmp`` on up to ``parts_parallel`` lanes.

    Each lane takes the next range as soon as it finished one (no round trip through a
    coordinating thread between ranges, which on a loaded machine left part threads idle);
    after the first failure or a stop no lane starts a new range. Finished ranges become
    durable and journaled in batches (:class:`PartCheckpoint`), also when the fetch fails."""
    item = run.item
    try:
        fd = os.open(tmp, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise os_error(exc, str(tmp)) from exc
    checkpoint = PartCheckpoint(run.journal, fd, tmp, release=release)
    todo = iter(ranges)
    todo_lock = threading.Lock()
    failed = threading.Event()

    def lane() -> None:
        while not failed.is_set() and not run.stop.is_set():
            with todo_lock:
                next_range = next(todo, None)
            if next_range is None:
                return
            number, offset, length = next_range
            try:
                crc = _get_range(run, fd, tmp, offset, length, whole=(length == size))
                checkpoint.finished(
                    PartRecord(item.id, number, offset, length, length, None, str(crc), None)
                )
            except BaseException:
                failed.set()
                raise

    try:
        if size > 0:
            lanes = max(1, min(run.settings.parts_parallel, len(ranges)))
            run_bounded(run, [lane] * lanes, lanes)
    except BaseException:
        try:
            checkpoint.flush()  # a retry or resume keeps the ranges that did arrive
        except GeneDeskError:
            log.warning("could not record the finished ranges of %s", tmp, exc_info=True)
        raise
    else:
        checkpoint.flush()
    finally:
        os.close(fd)
    parts = sorted(run.journal.parts(item.id), key=lambda p: p.offset)
    return [(p.offset, p.length, int(p.crc64 or 0)) for p in parts]


def _get_range(run: ItemRun, fd: int, tmp: Path, offset: int, length: int, whole: bool) -> int:
    item = run.item

    def get(client: Any) -> int:
        # If-Match: a changed object fails (412) instead of mixing two versions in one file
        kwargs: dict[str, Any] = {"IfMatch": f'"{item.etag}"'} if item.etag else {}
        if not whole:
            kwargs["Range"] = f"bytes={offset}-{offset + length - 1}"
        response = client.get_object(
            Bucket=run.bucket.name, Key=item.source, KeySimplifyCheck=False, **kwargs
        )
        raw = response["Body"].get_raw_stream()
        if not whole:
            require_range(response, offset, length, path=item.source, body=raw)
        got = 0
        crc = 0
        pacer = BlockPacer()  # blocks sized to the link: progress moves on a slow one too
        try:
            while got < length:
                if run.stop.is_set():
                    raise Stopped()
                want = pacer.size(min(run.limiter.block_size(CHUNK), length - got))
                run.limiter.consume(want, run.stop)
                block = raw.read(want)
                if not block:
                    raise requests.ConnectionError(
                        f"connection closed after {got} of {length} bytes"
                    )
                try:
                    pwrite_all(fd, block, offset + got)  # 256 KiB per call, never short
                except OSError as exc:
                    raise os_error(exc, str(tmp)) from exc
                crc = crc64(block, crc)
                got += len(block)
                run.progress(len(block))
        except (urllib3.exceptions.HTTPError, ConnectionError, TimeoutError) as exc:
            run.progress(-got)
            raise requests.ConnectionError(f"download interrupted: {type(exc).__name__}") from exc
        except BaseException:
            run.progress(-got)
            raise
        finally:
            raw.release_conn() if got == length else raw.close()
        return crc

    return run.call("download", get, resource=f"{run.bucket.name}/{item.source}")


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise os_error(exc, str(path)) from exc


def _discard(run: ItemRun, tmp: Path) -> None:
    tmp.unlink(missing_ok=True)
    run.journal.clear_parts(run.item.id)


def discard_item(run: ItemRun) -> None:
    """Cancel: remove the temporary file and forget the ranges."""
    _discard(run, temp_path_for(Path(run.item.destination), run.item.id))


def _decompress(run: ItemRun, tmp: Path, out_dir: Path, policy: str, codec: str) -> str:
    """Decompress a verified download into ``out_dir``; checks the original CRC-64 (trailer)."""
    from gene_desk.transfer.decompress_hook import decompress_download

    return decompress_download(run, tmp, out_dir, policy, codec)


__all__ = ["crc64", "discard_item", "download_item"]
