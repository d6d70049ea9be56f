"""A sync plan becomes one job of the transfer engine, and a finished one teaches the cache.

The job is an ordinary upload or download job (it is listed, paused, resumed after a quit,
retried like any other) whose options carry ``sync``: its items are the new and changed files,
the files that could not be read (failing at once, with the reason), and with ``--delete`` one
item per extra (``extras``). Unchanged files are no items: a re-sync of 100,000 unchanged files
is a job of nothing that succeeds at once, not 100,000 rows.

Upload items are made as a folder upload makes them (``plan._file_item`` rules): a file becomes
``NAME.zst`` when compression is on and its content is not already compressed, else ``NAME``;
a changed file's other form on COS (``x.fastq`` for a new ``x.fastq.zst``) is replaced once the
new object is complete (``upload_conflicts.OPTION_REPLACES``), never before. Download items fetch
the object into the chosen folder with ``overwrite`` (a changed file is replaced, through the
usual temporary file and rename), decompressing Gene Desk ``.zst`` files but not folder archives.

What a finished sync job sent is remembered (:func:`harvest`): the ETag COS gave each new object
with the CRC-64 of the file, so the next sync knows both without a request or a read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from gene_desk.codec.detect import detect, is_already_compressed
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import (
    FINISHED,
    TRANSFER_KINDS,
    UNFINISHED,
    JobRecord,
    Journal,
    NewItem,
    State,
)
from gene_desk.storage.keys import MAX_KEY_BYTES, check_addressable
from gene_desk.transfer.download import CONFLICT_OVERWRITE
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.plan import PlannedJob
from gene_desk.transfer.refused import is_refused, refused_item
from gene_desk.transfer.sync.crc_cache import LocalFacts, RemoteFacts, SyncCache, is_racy
from gene_desk.transfer.sync.extras import MODE_SYNC_DELETE
from gene_desk.transfer.sync.model import UPLOAD, PlanEntry, SyncPlan, SyncSpec
from gene_desk.transfer.sync.planner import local_target
from gene_desk.transfer.upload import (
    CODEC_FILE,
    MODE_AS_IS,
    MODE_PLAIN,
    MODE_ZSTD,
    OPTION_STORAGE_CLASS,
)
from gene_desk.transfer.upload_conflicts import OPTION_REPLACES

log = logging.getLogger(__name__)

OPTION_SYNC = "sync"  # job option: {"delete": bool, counts...}; marks a sync job
OPTION_HARVESTED = "sync_harvested"  # job option: its results are in the cache


def title_of(spec: SyncSpec) -> str:
    if spec.direction == UPLOAD:
        return spec.local_root.name or str(spec.local_root)
    return spec.prefix.rstrip("/").rsplit("/", 1)[-1] or spec.bucket.name


def build_job(plan: SyncPlan) -> PlannedJob:
    """The job that carries out ``plan`` (items are made lazily, as the manager inserts them)."""
    spec = plan.spec
    summary: dict[str, Any] = {
        "direction": spec.direction,
        "delete": spec.delete,
        **plan.counts(),
        "problems": len(plan.problems),
    }
    options: dict[str, Any] = {
        "bucket": spec.bucket.name,
        "region": spec.bucket.region,
        OPTION_SYNC: summary,
    }
    if spec.direction == UPLOAD:
        options.update(prefix=spec.prefix, compress=spec.compress, level=spec.level)
        if spec.storage_class:
            options[OPTION_STORAGE_CLASS] = spec.storage_class
        items = _upload_items(plan, options)
    else:
        options.update(
            decompress=spec.compress,
            decompress_codecs=[CODEC_FILE],
            conflict=CONFLICT_OVERWRITE,
            target=str(spec.local_root),
        )
        items = _download_items(plan)
    return PlannedJob(spec.direction, title_of(spec), spec.source, spec.destination, options, items)


def _upload_items(plan: SyncPlan, options: dict[str, Any]) -> Iterator[NewItem]:
    spec = plan.spec
    replaces: dict[str, str] = {}
    for entry in [*plan.new, *plan.changed]:
        item = _upload_item(spec, entry)
        forms = {e for e in (entry.remote and entry.remote.key, entry.twin) if e}
        other = forms - {item.destination}
        if other and not is_refused(item.mode):
            replaces[item.destination] = other.pop()
        yield item
    for rel, error in plan.problems:
        yield refused_item(str(spec.local_root / rel), spec.prefix + rel, 0, error)
    if spec.delete:
        for entry in plan.extra:
            assert entry.remote is not None
            source = str(spec.local_root / entry.rel)
            note = entry.note or "not in the source folder"
            yield NewItem(source, entry.remote.key, 0, None, MODE_SYNC_DELETE, f"deleted: {note}")
    if replaces:
        options[OPTION_REPLACES] = replaces  # saved with the job once every item is in


def _upload_item(spec: SyncSpec, entry: PlanEntry) -> NewItem:
    file = entry.local
    assert file is not None
    key = spec.prefix + entry.rel
    mode, note = MODE_PLAIN, ""
    try:
        if spec.compress:
            if is_already_compressed(file.path):
                mode = MODE_AS_IS
                note = f"already compressed ({detect(file.path).value}): sent as is"
            else:
                mode, key = MODE_ZSTD, key + ".zst"
        check_addressable(key)
        if len(key.encode("utf-8")) > MAX_KEY_BYTES:
            raise GeneDeskError(
                ErrorCode.INVALID_OBJECT_NAME,
                f"the object key would be longer than COS allows ({MAX_KEY_BYTES} bytes)",
                path=file.path,
            )
    except GeneDeskError as exc:
        return refused_item(file.path, key, file.size, exc)
    except OSError:
        pass  # unreadable now: the upload itself reports it, with its code
    note = "; ".join(n for n in (note, entry.action, entry.note) if n)
    return NewItem(file.path, key, file.size, file.mtime_ns, mode, note)


def _download_items(plan: SyncPlan) -> Iterator[NewItem]:
    spec = plan.spec
    for entry in [*plan.new, *plan.changed]:
        remote = entry.remote
        assert remote is not None
        try:
            target = local_target(spec.local_root, remote, spec.prefix)
        except GeneDeskError as exc:
            yield refused_item(remote.key, "", remote.size, exc)
            continue
        note = "; ".join(n for n in (entry.action, entry.note) if n)
        yield NewItem(remote.key, str(target), remote.size, None, MODE_PLAIN, note)
    for rel, error in plan.problems:
        yield refused_item(f"{spec.remote_url}{rel}", str(spec.local_root / rel), 0, error)
    if spec.delete:
        for entry in plan.extra:
            assert entry.local is not None
            source = f"{spec.remote_url}{entry.rel}"
            note = "deleted: not on COS"
            yield NewItem(source, entry.local.path, 0, None, MODE_SYNC_DELETE, note)


def is_sync_job(job: JobRecord) -> bool:
    return bool(job.options.get(OPTION_SYNC))


def find_unfinished(journal: Journal, spec: SyncSpec) -> JobRecord | None:
    """The unfinished sync doing exactly this (a CLI re-run resumes it instead of planning)."""
    for job in journal.jobs([spec.direction], UNFINISHED):
        if job.options.get("planning") or not is_sync_job(job):
            continue
        if job.source == spec.source and job.destination == spec.destination:
            return job
    return None


def harvest(journal: Journal, cache: SyncCache) -> int:
    """Remember what finished sync uploads sent (ETag -> CRC-64 of the file, both sides); once
    per job. Returns the number of objects remembered."""
    count = 0
    for job in journal.jobs(TRANSFER_KINDS, FINISHED):
        if not is_sync_job(job) or job.options.get(OPTION_HARVESTED):
            continue
        if job.kind == UPLOAD:
            count += _harvest_upload(journal, cache, job)
        journal.update_job(job.id, options={**job.options, OPTION_HARVESTED: True})
    return count


def _harvest_upload(journal: Journal, cache: SyncCache, job: JobRecord) -> int:
    remote: list[tuple[str, RemoteFacts]] = []
    local: list[tuple[str, LocalFacts]] = []
    for item in journal.items(job.id, [State.SUCCEEDED]):
        if item.mode not in (MODE_PLAIN, MODE_AS_IS, MODE_ZSTD) or not item.etag:
            continue
        if item.crc64 is None or item.mtime_ns is None:
            continue
        crc = int(item.crc64)
        key = item.result or item.destination
        etag = item.etag.strip('"')
        if item.mode == MODE_ZSTD:
            facts = RemoteFacts(etag, -1, None, CODEC_FILE, item.size, crc)
        else:
            facts = RemoteFacts(etag, item.size, crc)
        remote.append((key, facts))
        if not is_racy(item.mtime_ns, item.started_at or 0.0):
            local.append((item.source, LocalFacts(item.size, item.mtime_ns, crc)))
    cache.remember_remote(str(job.options.get("bucket")), remote)
    cache.remember_local(local, now=None)
    log.info("sync job %d: %d object(s) remembered", job.id, len(remote))
    return len(remote)


def queue(manager: TransferManager, plan: SyncPlan) -> int:
    """Queue ``plan`` as a job of ``manager``; returns the job id."""
    (job_id,) = manager.submit([build_job(plan)])
    return job_id
