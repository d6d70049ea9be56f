"""Turn what the user picked into jobs and items, validated before anything is queued.

Upload: one job per picked file or folder. A file becomes ``NAME.zst`` (or is sent as is when
compression is off or the content is already compressed); a folder becomes one ``NAME.tar.zst``
when compressed, otherwise one object per file with relative paths kept and empty folders as
folder markers. Download: one job per picked object or folder; a folder is listed page by page and
rebuilt under the chosen local folder, every key passing through :func:`naming.local_name`.
A key that is also the folder of other keys (``run/dir`` and ``run/dir/file``): the folder keeps
the name and the object is saved beside it as ``dir (1)``, decided from the listing, so the
result is the same whatever the order the items run in and however many run at once.

What cannot be transferred (an unreadable folder, a broken link, a FIFO, a key that would escape
the folder) is still an item: a refused one, which fails at once with its code and reason.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from gene_desk.codec.detect import detect, is_already_compressed
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import make_dirs, os_error, split_ext
from gene_desk.journal import NewItem
from gene_desk.storage import Storage
from gene_desk.storage.keys import MAX_KEY_BYTES, check_addressable
from gene_desk.storage.models import Bucket, ObjectEntry
from gene_desk.transfer.archived import head_for_download, with_archive_state
from gene_desk.transfer.download import CONFLICT_OVERWRITE, CONFLICT_RENAME, CONFLICT_SKIP
from gene_desk.transfer.naming import local_name
from gene_desk.transfer.refused import is_refused, refused_item
from gene_desk.transfer.upload import (
    CODEC_FILE,
    CODEC_FOLDER,
    META_CODEC,
    META_SIZE,
    MODE_AS_IS,
    MODE_MARKER,
    MODE_PLAIN,
    MODE_TAR_ZSTD,
    MODE_ZSTD,
)
from gene_desk.transfer.upload_names import refuse_same_keys

log = logging.getLogger(__name__)

NOT_SELECTED_PROMPT = "请选择下载文件或文件夹"
#: download job option: the size of what a Gene Desk object decompresses to (the list shows it)
OPTION_ORIGINAL_SIZE = "original_size"
# job option: the job's items may run while it is still being listed (a folder download: the
# first files arrive while the listing goes on, as in rclone; see submit.py and dispatch.py)
OPTION_STREAMED = "streamed"
# job option: a streamed job's listing is still going on. Set when the job is created and cleared
# with the state change that ends the listing; a job paused meanwhile keeps it, so its resume goes
# back to PLANNING (not QUEUED, which could finish it before its last items are listed), and a
# crash during the pause is seen as a listing cut off (ownership.recover).
OPTION_LISTING = "listing"
# job options: a streamed job cut off while it was listed (Ctrl-C, a crash) had downloaded some
# files already; the next download of the same folder to the same place rechecks what exists
# (same size and CRC-64: not saved again as "name (1)"; see manager.download, download._plan)
OPTION_LISTING_CUT = "listing_cut"  # (and download.OPTION_RECHECK on the next job)
CONFLICT_POLICIES = (CONFLICT_RENAME, CONFLICT_OVERWRITE, CONFLICT_SKIP)


@dataclass
class PlannedJob:
    kind: str
    title: str
    source: str
    destination: str
    options: dict
    items: Iterator[NewItem]


def _prefix(prefix: str) -> str:
    prefix = prefix.lstrip("/")
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    return prefix


def _check_key(key: str) -> None:
    check_addressable(key)  # a prefix with '..' (from a hostile listing in the window, say)
    if len(key.encode("utf-8")) > MAX_KEY_BYTES:
        raise GeneDeskError(
            ErrorCode.INVALID_OBJECT_NAME,
            f"the object key would be longer than COS allows ({MAX_KEY_BYTES} bytes)",
            path=key,
        )


def plan_upload(
    paths: list[str | os.PathLike[str]],
    bucket: Bucket,
    prefix: str,
    *,
    compress: bool = True,
    level: int = 3,
) -> list[PlannedJob]:
    """Validate every path first (exists, readable, no two writing one key: upload_names.py);
    then describe one job per path."""
    prefix = check_addressable(_prefix(prefix))
    resolved: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            st = path.stat()
        except FileNotFoundError as exc:
            raise GeneDeskError(
                ErrorCode.LOCAL_NOT_FOUND, "no such file or folder", path=str(path)
            ) from exc
        except PermissionError as exc:
            raise GeneDeskError(
                ErrorCode.LOCAL_PERMISSION, "permission denied", path=str(path)
            ) from exc
        if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
            raise GeneDeskError(
                ErrorCode.INVALID_ARGUMENT, "not a regular file or folder", path=str(path)
            )
        if not os.access(path, os.R_OK):
            raise GeneDeskError(ErrorCode.LOCAL_PERMISSION, "cannot read", path=str(path))
        if path.resolve() not in resolved:  # the same file picked twice is one upload
            resolved.append(path.resolve())
    refuse_same_keys([(path, compress) for path in resolved], prefix)  # nothing overwritten
    jobs = []
    for path in resolved:
        options = {
            "bucket": bucket.name,
            "region": bucket.region,
            "prefix": prefix,
            "compress": compress,
            "level": level,
        }
        destination = f"cos://{bucket.name}/{prefix}"
        if path.is_dir():
            items = _folder_items(path, prefix, compress)
        else:
            items = iter([_file_item(path, prefix + path.name, compress)])
        jobs.append(PlannedJob("upload", path.name, str(path), destination, options, items))
    return jobs


def _file_item(path: Path, key: str, compress: bool, st: os.stat_result | None = None) -> NewItem:
    st = st or path.stat()
    mode, note = MODE_PLAIN, ""
    if compress:
        if is_already_compressed(path):
            mode = MODE_AS_IS
            note = f"already compressed ({detect(path).value}): sent as is"
        else:
            mode = MODE_ZSTD
            key += ".zst"
    _check_key(key)
    return NewItem(str(path), key, st.st_size, st.st_mtime_ns, mode, note)


def _folder_items(root: Path, prefix: str, compress: bool) -> Iterator[NewItem]:
    if compress:
        key = f"{prefix}{root.name}.tar.zst"
        _check_key(key)
        total = 0
        for _dirpath, _dirs, files in os.walk(root):
            for name in files:
                try:
                    total += os.lstat(os.path.join(_dirpath, name)).st_size
                except OSError:
                    pass
        yield NewItem(str(root), key, total, None, MODE_TAR_ZSTD, "")
        return
    base = f"{prefix}{root.name}/"
    yield from _walk(root, base)


def _walk(folder: Path, base: str) -> Iterator[NewItem]:
    """Files under ``folder`` in sorted order; empty folders as markers; symlinked files are
    followed, symlinked folders are not (they could loop). What cannot be sent (an unreadable
    folder, a broken link, a FIFO, a key too long for COS) becomes a refused item: the job then
    fails and shows why, instead of ending "done" without it."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield refused_item(str(folder), base, 0, os_error(exc, folder, "cannot read folder"))
        return
    if not entries:
        yield NewItem(str(folder), base, 0, None, MODE_MARKER, "empty folder")
        return
    for entry in entries:
        key = base + entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path), key + "/")
                continue
            st = entry.stat()  # follows a symlink
        except OSError as exc:
            yield refused_item(entry.path, key, 0, _unreadable(entry, exc))
            continue
        problem = _not_sendable(entry, st, key)
        if problem is not None:
            yield refused_item(entry.path, key, 0, problem)
            continue
        yield NewItem(entry.path, key, st.st_size, st.st_mtime_ns, MODE_PLAIN, "")


def _unreadable(entry: os.DirEntry[str], exc: OSError) -> GeneDeskError:
    if isinstance(exc, FileNotFoundError):
        if entry.is_symlink():
            try:
                target = os.readlink(entry.path)
            except OSError:
                target = "?"
            return GeneDeskError(
                ErrorCode.LOCAL_NOT_FOUND,
                f"broken symbolic link (points to {target}, which does not exist)",
                path=entry.path,
            )
        return GeneDeskError(
            ErrorCode.LOCAL_NOT_FOUND,
            "disappeared while the upload was being prepared",
            path=entry.path,
        )
    return os_error(exc, entry.path, "cannot read")


_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device file"),
    (stat.S_ISBLK, "a device file"),
)


def _not_sendable(entry: os.DirEntry[str], st: os.stat_result, key: str) -> GeneDeskError | None:
    if stat.S_ISDIR(st.st_mode):
        return GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            "symbolic link to a folder: not followed (it could loop); upload that folder itself",
            path=entry.path,
        )
    if not stat.S_ISREG(st.st_mode):
        kind = next((what for test, what in _SPECIAL if test(st.st_mode)), "a special file")
        return GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"{kind}, not a regular file: not uploaded",
            path=entry.path,
        )
    if len(key.encode("utf-8")) > MAX_KEY_BYTES:
        return GeneDeskError(
            ErrorCode.INVALID_OBJECT_NAME,
            f"the object key would be longer than COS allows ({MAX_KEY_BYTES} bytes)",
            path=entry.path,
        )
    return None


def plan_download(
    storage: Storage,
    bucket: Bucket,
    keys: list[str],
    target_dir: str | os.PathLike[str],
    *,
    decompress: bool = True,
    conflict: str = CONFLICT_RENAME,
    refuse_alone: bool | None = None,
) -> list[PlannedJob]:
    """One job per key. An object that does not exist (NO_SUCH_KEY) or is archived and not
    restored is refused outright (nothing queued; for an archived one the restore is offered)
    when ``refuse_alone`` (default: when it is the only key); otherwise it becomes a failed item
    naming it and the other keys download."""
    if not keys or not all(keys):  # ("" is no object: the SDK would refuse it on every retry)
        raise GeneDeskError(ErrorCode.NOT_SELECTED, NOT_SELECTED_PROMPT)
    if conflict not in CONFLICT_POLICIES:
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"unknown conflict policy {conflict!r}")
    target = Path(target_dir).expanduser()
    make_dirs(target)
    if not os.access(target, os.W_OK):
        raise GeneDeskError(ErrorCode.LOCAL_PERMISSION, "cannot write here", path=str(target))
    target = target.resolve()
    jobs = []
    for key in keys:
        options = {
            "bucket": bucket.name,
            "region": bucket.region,
            "decompress": decompress,
            "conflict": conflict,
            "target": str(target),
        }
        if key.endswith("/"):
            title = key.rstrip("/").rsplit("/", 1)[-1] or bucket.name
            items = _remote_folder_items(storage, bucket, key, target)
            options[OPTION_STREAMED] = True
        else:
            info, problem = head_for_download(storage, bucket, key)
            if problem is not None and (len(keys) == 1 if refuse_alone is None else refuse_alone):
                raise problem  # missing, or archived and not restored (restore offered)
            title = key.rsplit("/", 1)[-1]
            original = _original_size(info.metadata) if decompress and info else None
            if original is not None:
                options[OPTION_ORIGINAL_SIZE] = original
            # one missing or archived source of several fails alone; the rest downloads
            size = info.size if info else 0
            items = iter([_unless_unreadable(_remote_item(key, title, size, target), problem)])
        jobs.append(
            PlannedJob("download", title, f"cos://{bucket.name}/{key}", str(target), options, items)
        )
    return jobs


def _original_size(metadata: dict[str, str]) -> int | None:
    """What a Gene Desk object decompresses to, from the metadata its upload wrote."""
    prefix = "x-cos-meta-"
    if metadata.get(META_CODEC.removeprefix(prefix)) not in (CODEC_FILE, CODEC_FOLDER):
        return None
    try:
        size = int(metadata.get(META_SIZE.removeprefix(prefix), ""))
    except ValueError:
        return None
    return size if size >= 0 else None


def _remote_item(key: str, relative: str, size: int, target: Path) -> NewItem:
    try:
        check_addressable(key)
        name = local_name(relative)
    except GeneDeskError as exc:
        # keep the refusal visible in the list: the manager fails such items at once
        return refused_item(key, "", size, exc)
    mode = MODE_MARKER if key.endswith("/") else MODE_PLAIN
    return NewItem(key, str(name.under(target)), size, None, mode, name.note)


def _remote_folder_items(
    storage: Storage, bucket: Bucket, prefix: str, target: Path
) -> Iterator[NewItem]:
    parent = prefix.rstrip("/").rsplit("/", 1)[0] + "/" if "/" in prefix.rstrip("/") else ""
    unreadable: dict[str, GeneDeskError] = {}  # archived objects not restored (archived.py)

    def listed() -> Iterator[ObjectEntry]:
        entries = storage.iter_objects(bucket, prefix)
        for entry, problem in with_archive_state(storage, bucket, entries):
            if problem is not None:
                unreadable[entry.key] = problem
            yield entry

    for entry, shadowed in with_folder_clashes(listed()):
        item = _remote_item(entry.key, entry.key[len(parent) :], entry.size, target)
        item = _beside_folder(item) if shadowed else item
        yield _unless_unreadable(item, unreadable.pop(entry.key, None))


def _unless_unreadable(item: NewItem, problem: GeneDeskError | None) -> NewItem:
    """``item``, or a refused item with ``problem`` (archived, not restored; or missing) that
    keeps where it would be saved: a retry checks it again and downloads it once it is restored
    or uploaded (execute.py)."""
    if problem is None or is_refused(item.mode):
        return item
    return refused_item(item.source, item.destination, item.size, problem)


def with_folder_clashes(entries: Iterable[ObjectEntry]) -> Iterator[tuple[ObjectEntry, bool]]:
    """Each entry, and whether other keys of the listing use it as a folder (``a/dir`` and
    ``a/dir/file``): decided here, so the outcome never depends on which item runs first.

    Keys come in byte order, so the keys under ``K/`` follow ``K``, after at most keys that
    continue ``K`` with a character below ``/`` (``K-2``, ``K.txt``): an object waits on a stack
    until the listing has passed ``K/``. Later waiting keys have lower thresholds, so the stack
    releases from the top."""
    waiting: list[ObjectEntry] = []
    for entry in entries:
        while waiting and entry.key >= waiting[-1].key + "/":
            top = waiting.pop()
            yield top, entry.key.startswith(top.key + "/")
        if entry.key.endswith("/"):
            yield entry, False  # a folder marker is a folder already
        else:
            waiting.append(entry)
    while waiting:
        yield waiting.pop(), False


def _beside_folder(item: NewItem) -> NewItem:
    """The rule for a key that is also a folder: the folder keeps the name, the object is saved
    beside it as ``NAME (1).EXT`` (the usual "keep both" form), and the item says why."""
    if not item.destination or item.mode != MODE_PLAIN:
        return item
    path = Path(item.destination)
    stem, ext = split_ext(path.name)
    beside = path.with_name(f"{stem} (1){ext}")
    note = f"saved as {beside.name!r}: a folder of this name holds other objects of this download"
    return dataclasses.replace(
        item, destination=str(beside), note="; ".join(n for n in [item.note, note] if n)
    )
