"""What an upload does when its object already exists: overwrite, skip, or keep both.

The rule (also in ``gene-desk upload --help`` and docs/architecture.md):

- An upload item *conflicts* when the key it would write exists, or its **twin** does: the same
  key with or without the ``.zst`` that Gene Desk adds when it compresses. ``x.fastq`` and
  ``x.fastq.zst`` are one file to a user (a download decompresses the second into the first), so
  a compressed upload of ``x.fastq`` meets an existing plain ``x.fastq``, and a plain one meets an
  existing ``x.fastq.zst``. Folder markers never conflict: folders merge.
- ``overwrite``: the new object replaces the old one. A twin is deleted once the new object is
  complete, never before (a failed upload loses nothing), so the folder holds one copy again.
- ``skip``: nothing is sent. The item stays in the list in mode :data:`MODE_SKIPPED`, settled as
  a success at once (the user asked for exactly this), and the CLI prints it.
- ``rename`` (keep both): the new object gets the first free ``name (n)``, counted before the
  compression suffix as the download side names local copies: ``x (1).fastq.zst``,
  ``d (1).tar.zst``; a file inside a folder upload is renamed where it is
  (``d/lane1/x (1).fastq``). A name is free when neither it nor its twin exists.
- ``ask`` (the window): every conflict is decided before the job is queued, by local path; one
  nobody was asked about (it appeared after the check) keeps both, which loses nothing.

Existence comes from listings made once per upload, not a HEAD per file (a folder can hold
100,000 files): the destination folder with a delimiter, narrowed to the common start of the
picked names, and, for a folder sent file by file, that folder's keys recursively when it exists.
Nothing here imports Qt; the window runs :func:`check_upload` on a worker thread.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import split_ext
from gene_desk.journal import NewItem
from gene_desk.storage.keys import MAX_KEY_BYTES
from gene_desk.storage.models import Bucket
from gene_desk.transfer.refused import is_refused, refused_item
from gene_desk.transfer.upload import MODE_MARKER, MODE_TAR_ZSTD, MODE_ZSTD

if TYPE_CHECKING:
    from gene_desk.storage import Storage
    from gene_desk.transfer.context import ItemRun
    from gene_desk.transfer.plan import PlannedJob

log = logging.getLogger(__name__)

MODE_SKIPPED = "skipped"  # an upload item not sent because its object exists
ZST = ".zst"
OPTION_REPLACES = "replaces"  # job option: {new key: twin key deleted once it is complete}
OPTION_SKIPPED = "skipped"  # job option: how many items were skipped


class OnConflict(str, Enum):
    OVERWRITE = "overwrite"
    SKIP = "skip"
    RENAME = "rename"
    ASK = "ask"


def twin_key(key: str) -> str | None:
    """The same file in its other form: ``x.fastq`` <-> ``x.fastq.zst`` (None for a folder)."""
    if key.endswith("/"):
        return None
    plain = key[: -len(ZST)]
    if key.endswith(ZST) and plain and not plain.endswith("/"):
        return plain
    return key + ZST


def is_skipped(mode: str) -> bool:
    return mode == MODE_SKIPPED


@dataclass(frozen=True)
class Conflict:
    """One upload item whose object (or its twin) exists."""

    source: str  # local path
    key: str  # the key the upload would write
    existing: tuple[str, ...]  # what exists: the key itself and/or its twin

    @property
    def twin_only(self) -> bool:
        return self.key not in self.existing


class RemoteKeys:
    """Keys that exist where an upload writes, from the listings of :func:`list_destination`."""

    def __init__(self, keys: set[str] | None = None) -> None:
        self.keys = keys or set()

    def hits(self, key: str) -> tuple[str, ...]:
        twin = twin_key(key)
        return tuple(k for k in (key, twin) if k is not None and k in self.keys)

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    def __len__(self) -> int:
        return len(self.keys)


def _top_name(job: PlannedJob) -> str:
    return Path(job.source).name


def _common_start(names: list[str]) -> str:
    """The characters every name starts with (not path components: names, not paths)."""
    low, high = min(names), max(names)
    n = 0
    while n < min(len(low), len(high)) and low[n] == high[n]:
        n += 1
    return low[:n]


def list_destination(
    storage: Storage,
    bucket: Bucket,
    planned: list[PlannedJob],
    cancel: threading.Event | None = None,
) -> RemoteKeys:
    """What exists where ``planned`` (upload jobs to one folder) would write.

    One delimited listing of the destination folder, narrowed to the common start of the picked
    names' stems (every key, twin and ``name (n)`` candidate of this upload begins with it). A
    folder sent file by file is listed recursively, only when it exists."""
    keys: set[str] = set()
    if not planned:
        return RemoteKeys(keys)
    prefix = str(planned[0].options.get("prefix", ""))
    # one character short of the common start: a listing hides the key equal to its prefix,
    # and no key of this upload is that short
    start = prefix + _common_start([split_ext(_top_name(job))[0] for job in planned])[:-1]
    folders: set[str] = set()
    marker = ""
    while True:
        if cancel is not None and cancel.is_set():
            raise GeneDeskError(ErrorCode.CANCELLED, "listing cancelled")
        page = storage.list_page(bucket, start, marker)
        keys.update(o.key for o in page.objects)
        folders.update(page.folders)
        if page.next_marker is None:
            break
        marker = page.next_marker
    for job in planned:
        folder = f"{prefix}{_top_name(job)}/"
        if not job.options.get("compress") and folder in folders and Path(job.source).is_dir():
            keys.update(o.key for o in storage.iter_objects(bucket, folder, cancel=cancel))
    return RemoteKeys(keys)


class ConflictResolver:
    """Turns each planned upload item into what the policy says: as is, skipped or renamed."""

    def __init__(
        self,
        remote: RemoteKeys,
        policy: OnConflict,
        decisions: Mapping[str, OnConflict] | None = None,
    ) -> None:
        self.remote = remote
        self.policy = OnConflict(policy)
        self.decisions = dict(decisions or {})
        self._claimed: set[str] = set()  # keys this upload writes (its own items never collide)

    def conflict(self, item: NewItem) -> Conflict | None:
        if item.mode == MODE_MARKER or is_refused(item.mode):
            return None
        hits = self.remote.hits(item.destination)
        return Conflict(item.source, item.destination, hits) if hits else None

    def choice(self, conflict: Conflict) -> OnConflict:
        if self.policy is not OnConflict.ASK:
            return self.policy
        return OnConflict(self.decisions.get(conflict.source, OnConflict.RENAME))

    def items(self, items: Iterator[NewItem], options: dict) -> Iterator[NewItem]:
        """``items`` resolved; skipped counts and twins to replace are recorded in ``options``
        (the job's options, saved once every item is planned)."""
        for item in items:
            yield self.resolve(item, options)

    def resolve(self, item: NewItem, options: dict) -> NewItem:
        conflict = self.conflict(item)
        if conflict is None:
            self._claimed.add(item.destination)
            return item
        choice = self.choice(conflict)
        shown = ", ".join(conflict.existing)
        if choice is OnConflict.SKIP:
            options[OPTION_SKIPPED] = int(options.get(OPTION_SKIPPED, 0)) + 1
            note = f"skipped: {shown} already exists"
            return dataclasses.replace(item, mode=MODE_SKIPPED, note=note)
        if choice is OnConflict.RENAME:
            key = self.free_key(item.destination, item.mode)
            if len(key.encode("utf-8")) > MAX_KEY_BYTES:
                return refused_item(
                    item.source,
                    key,
                    item.size,
                    GeneDeskError(
                        ErrorCode.INVALID_OBJECT_NAME,
                        f"{shown} exists and the new name would be longer than COS allows"
                        f" ({MAX_KEY_BYTES} bytes)",
                        path=item.source,
                    ),
                )
            self._claimed.add(key)
            note = f"saved as {key.rsplit('/', 1)[-1]} ({shown} exists)"
            return dataclasses.replace(item, destination=key, note=_join(item.note, note))
        self._claimed.add(item.destination)
        twin = twin_key(item.destination)
        if twin is not None and twin in conflict.existing:
            options.setdefault(OPTION_REPLACES, {})[item.destination] = twin
            note = f"replaces {twin} (the same file; removed once this upload is complete)"
        else:
            note = "replaced the existing object"
        return dataclasses.replace(item, note=_join(item.note, note))

    def free_key(self, key: str, mode: str) -> str:
        """The first ``name (n)`` free in both forms, counted before the compression suffix."""
        folder, name = key[: len(key) - len(key.rsplit("/", 1)[-1])], key.rsplit("/", 1)[-1]
        suffix = ".tar.zst" if mode == MODE_TAR_ZSTD else ZST if mode == MODE_ZSTD else ""
        base = name[: len(name) - len(suffix)] if suffix and name.endswith(suffix) else name
        stem, ext = split_ext(base) if mode != MODE_TAR_ZSTD else (base, "")
        n = 1
        while True:
            candidate = f"{folder}{stem} ({n}){ext}{suffix}"
            twin = twin_key(candidate)
            taken = (candidate, twin)
            if not any(k in self.remote or k in self._claimed for k in taken if k is not None):
                return candidate
            n += 1


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def apply_policy(
    storage: Storage,
    bucket: Bucket,
    planned: list[PlannedJob],
    policy: OnConflict | str = OnConflict.OVERWRITE,
    *,
    decisions: Mapping[str, OnConflict] | None = None,
    remote: RemoteKeys | None = None,
) -> RemoteKeys:
    """Resolve conflicts in ``planned`` (in place: each job's items are wrapped, lazily).

    ``remote`` is the listing of an earlier :func:`check_upload`; without it the destination is
    listed here (also under ``overwrite``: a twin must be found to be replaced)."""
    policy = OnConflict(policy)
    if remote is None:
        remote = list_destination(storage, bucket, planned)
    resolver = ConflictResolver(remote, policy, decisions)
    for job in planned:
        job.items = resolver.items(job.items, job.options)
    return remote


@dataclass
class UploadCheck:
    """What :func:`check_upload` found: the listing (reused when the job is queued) and the
    conflicts to ask about, in upload order."""

    remote: RemoteKeys
    conflicts: list[Conflict]


def check_upload(
    storage: Storage,
    bucket: Bucket,
    planned: list[PlannedJob],
    cancel: threading.Event | None = None,
) -> UploadCheck:
    """List the destination once and walk the planned items: which would meet an existing object.

    Consumes the planned items; queue the upload with a fresh plan and ``remote``."""
    remote = list_destination(storage, bucket, planned, cancel)
    resolver = ConflictResolver(remote, OnConflict.OVERWRITE)
    conflicts = []
    for job in planned:
        for item in job.items:
            found = resolver.conflict(item)
            if found is not None:
                conflicts.append(found)
    return UploadCheck(remote, conflicts)


def replace_twin(run: ItemRun) -> None:
    """After an upload item succeeded under ``overwrite``: delete the twin it replaces.

    A failure to delete does not fail the upload (the new object is complete); it is noted."""
    twin = (run.options.get(OPTION_REPLACES) or {}).get(run.item.destination)
    if not twin:
        return
    try:
        run.call(
            "delete object",
            lambda c: c.delete_object(Bucket=run.bucket.name, Key=twin),
            resource=f"{run.bucket.name}/{twin}",
        )
    except GeneDeskError as exc:
        log.warning("could not delete %s after replacing it: %s", twin, exc.to_dict())
        run.note(f"could not remove the older {twin}: {exc.message}")
        return
    log.info("deleted %s: replaced by %s", twin, run.item.destination)
