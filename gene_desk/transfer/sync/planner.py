"""Plan a sync: what is new, changed, unchanged on the destination, and what is extra there.

One pass each side: the local folder is walked once (filters applied, excluded folders not
entered) and the COS prefix is listed once, recursively, page by page (no HEAD per object to
find what exists). Then every file is paired with the forms of it on COS (``compare``), the
CRC-64s the comparison needs are taken from the cache or fetched (``facts``), and each file gets
its action. Nothing is transferred here: :mod:`jobs` turns the plan into a job.

Filters on the destination: an object standing for a file (``x.fastq`` or ``x.fastq.zst`` for
the local ``x.fastq``) is compared whenever the file is in the sync. An object standing for no
file of the source is *extra*, and counts as such only if the filters include it under its own
name and, for a ``.zst``, under the name it decompresses to as well: when in doubt, a filter
protects (``--exclude .DS_Store`` keeps a ``.DS_Store.zst`` too).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.storage_classes import is_archived
from gene_desk.storage import Storage
from gene_desk.storage.archive import not_readable
from gene_desk.storage.models import ObjectEntry
from gene_desk.transfer.naming import local_name
from gene_desk.transfer.sync.compare import Group, judge, needs_local_crc, remote_needs, zst_is_ours
from gene_desk.transfer.sync.crc_cache import SyncCache
from gene_desk.transfer.sync.facts import TAIL, FactStore
from gene_desk.transfer.sync.local_tree import LocalTree, scan
from gene_desk.transfer.sync.model import (
    CHANGED,
    DOWNLOAD,
    EXTRA,
    NEW,
    UNCHANGED,
    ZST,
    PlanEntry,
    SyncPlan,
    SyncSpec,
)
from gene_desk.transfer.sync.remote_facts import RemoteProber

log = logging.getLogger(__name__)

FOLDER_ARCHIVE = ".tar.zst"  # a folder upload's archive: synced as the file it is


def list_remote(
    storage: Storage, spec: SyncSpec, cancel: threading.Event | None = None
) -> dict[str, ObjectEntry]:
    """Every object under the prefix by relative key (folder markers left out: COS has no
    folders, and a sync neither makes nor removes them)."""
    found: dict[str, ObjectEntry] = {}
    start = len(spec.prefix)
    for entry in storage.iter_objects(spec.bucket, spec.prefix, cancel=cancel):
        if entry.key.endswith("/"):
            continue
        found[entry.key[start:]] = entry
    return found


def plan_sync(
    storage: Storage,
    spec: SyncSpec,
    cache: SyncCache,
    *,
    cancel: threading.Event | None = None,
    clock: Callable[[], float] = time.time,
    workers: int = 8,
) -> SyncPlan:
    """Compare both sides and return the plan (see the module docstring)."""
    plan = SyncPlan(spec)
    # the listing waits on the network most of the time: the walk and the cache run meanwhile
    stop = cancel if cancel is not None else threading.Event()
    with ThreadPoolExecutor(1, thread_name_prefix="gd-sync-list") as pool:
        listing = pool.submit(list_remote, storage, spec, stop)
        try:
            if spec.direction == DOWNLOAD and not spec.local_root.exists():
                local = LocalTree(spec.local_root)  # made when the first file arrives
            else:
                local = scan(spec.local_root, spec.filters, cancel)
            prober = RemoteProber(storage, spec.bucket, cancel)
            facts = FactStore(
                cache,
                prober,
                str(spec.local_root),
                spec.prefix,
                plan.stats,
                clock=clock,
                cancel=cancel,
                workers=workers,
            )
        except BaseException:
            stop.set()  # the sync failed: the listing stops at its next page
            raise
        remote = listing.result()
    plan.stats.local_files = len(local.files)
    plan.stats.listed = len(remote)
    plan.stats.excluded = local.excluded
    plan.problems += local.problems
    if spec.direction == DOWNLOAD:
        _plan_download(plan, local, remote, facts)
        _refuse_archived(storage, plan)
    else:
        _plan_upload(plan, local, remote, facts)
    facts.forget_missing({f.path for f in local.files.values()}, {e.key for e in remote.values()})
    plan.sort()
    log.info(
        "sync plan %s -> %s: %s; %d problem(s); %s",
        spec.source,
        spec.destination,
        plan.counts(),
        len(plan.problems),
        plan.stats,
    )
    return plan


def _compare_all(plan: SyncPlan, groups: list[Group], facts: FactStore) -> None:
    """Fetch what the comparisons of ``groups`` need: remote facts, then local CRC-64s."""
    facts.fetch_remote(need for g in groups for need in remote_needs(g))
    facts.read_local(g.local for g in groups if g.local and needs_local_crc(facts, g))


def _plan_upload(
    plan: SyncPlan, local: LocalTree, remote: dict[str, ObjectEntry], facts: FactStore
) -> None:
    spec = plan.spec
    claimed: set[str] = set()
    not_forms: set[str] = set()  # claimed .zst objects Gene Desk did not write
    groups: list[Group] = []
    for name, file in local.files.items():
        raw = remote.get(name)
        zst = remote.get(name + ZST) if (name + ZST) not in local.files else None
        claimed.update(e.key for e in (raw, zst) if e is not None)
        if not spec.filters.size_ok(file.size):
            plan.stats.excluded += 1
            continue  # left alone on both sides
        groups.append(Group(name, file, raw, zst))
    _compare_all(plan, groups, facts)
    for group in groups:
        _decide(plan, group, facts, not_forms, prefer_compressed=spec.compress)
    # what cannot be read here is not known to be gone: its objects are no extras
    for rel, _error in local.problems:
        claimed.update(spec.prefix + rel + suffix for suffix in ("", ZST))
    unread = tuple(local.unread_folders)
    for rel, entry in remote.items():
        if entry.key in claimed and entry.key not in not_forms:
            continue
        if unread and rel.startswith(unread):
            continue
        if _in_scope(spec, rel, entry.size):
            plan.add(PlanEntry(EXTRA, rel, remote=entry, size=entry.size))


def _in_scope(spec: SyncSpec, rel: str, size: int) -> bool:
    filters = spec.filters
    if not filters.size_ok(size) or not filters.includes(rel):
        return False
    return not (rel.endswith(ZST) and len(rel) > len(ZST)) or filters.includes(rel[: -len(ZST)])


def _decide(
    plan: SyncPlan,
    group: Group,
    facts: FactStore,
    not_forms: set[str],
    *,
    prefer_compressed: bool,
) -> None:
    local = group.local
    assert local is not None
    error = facts.read_error(local)
    if error is not None:
        plan.problems.append((group.name, error))
        return
    verdict = judge(facts, group, prefer_compressed=prefer_compressed)
    present = [e for e in (group.raw, group.zst) if e is not None]
    # a .zst that is no form of this file (Gene Desk did not write it) stands for nothing
    not_forms.update(e.key for e in present if e not in verdict.forms)
    note = "; ".join(verdict.notes)
    if verdict.same is not None:
        plan.add(PlanEntry(UNCHANGED, group.name, local, verdict.same, note=note, size=local.size))
        for other in verdict.forms:
            if other is not verdict.same:  # the same file twice: the other copy is extra
                rel = other.key[len(plan.spec.prefix) :]
                why = f"another copy of {group.name}"
                plan.add(PlanEntry(EXTRA, rel, remote=other, note=why, size=other.size))
        return
    if verdict.forms:
        main, *rest = sorted(verdict.forms, key=lambda e: e.key.endswith(ZST) != prefer_compressed)
        twin = rest[0].key if rest else None
        plan.add(PlanEntry(CHANGED, group.name, local, main, twin, note, local.size))
        return
    plan.add(PlanEntry(NEW, group.name, local, size=local.size))


# -- download -------------------------------------------------------------------------------------
def _local_rel(rel_key: str) -> str:
    return "/".join(local_name(rel_key).parts)


def _plan_download(
    plan: SyncPlan, local: LocalTree, remote: dict[str, ObjectEntry], facts: FactStore
) -> None:
    spec = plan.spec
    groups: dict[str, Group] = {}
    protected: set[str] = set()  # local names an object may land under (never extras)
    candidates: list[tuple[str, str, ObjectEntry]] = []  # (name, raw name, .zst object)
    for rel, entry in remote.items():
        try:
            raw_name = _local_rel(rel)
            zst = spec.compress and rel.endswith(ZST) and not rel.endswith(FOLDER_ARCHIVE)
            name = _local_rel(rel[: -len(ZST)]) if zst and len(rel) > len(ZST) else raw_name
        except GeneDeskError as exc:
            plan.problems.append((rel, exc))
            continue
        protected.add(raw_name)
        if not spec.filters.includes(name) or not spec.filters.size_ok(entry.size):
            plan.stats.excluded += 1
            protected.add(name)
            continue
        group = groups.setdefault(name, Group(name, local.files.get(name)))
        if name != raw_name:
            group.zst = entry
            candidates.append((name, raw_name, entry))
        else:
            group.raw = entry
    # a .zst Gene Desk did not write lands under its own name: compare it there
    facts.fetch_remote(
        (entry, TAIL)
        for name, raw_name, entry in candidates
        if name in local.files or raw_name in local.files
    )
    for name, raw_name, entry in candidates:
        if (name in local.files or raw_name in local.files) and not zst_is_ours(facts, entry):
            groups[name].zst = None
            moved = groups.setdefault(raw_name, Group(raw_name, local.files.get(raw_name)))
            moved.raw = entry
    live = [g for g in groups.values() if g.raw is not None or g.zst is not None]
    _compare_all(plan, [g for g in live if g.local is not None], facts)
    for group in live:
        _decide_download(plan, group, facts)
    names = set(groups) | protected
    for rel, file in local.files.items():
        if rel not in names and spec.filters.size_ok(file.size):
            plan.add(PlanEntry(EXTRA, rel, local=file, size=file.size))


def _newest(entries: list[ObjectEntry]) -> ObjectEntry:
    """Of two forms of one file on COS, the one written last is the file."""
    return max(entries, key=lambda e: (e.last_modified is not None, e.last_modified or 0))


def _decide_download(plan: SyncPlan, group: Group, facts: FactStore) -> None:
    sources = [e for e in (group.raw, group.zst) if e is not None]
    if group.local is None:
        source = _newest(sources)
        plan.add(PlanEntry(NEW, group.name, remote=source, size=source.size))
        return
    error = facts.read_error(group.local)
    if error is not None:
        plan.problems.append((group.name, error))
        return
    verdict = judge(facts, group, prefer_compressed=plan.spec.compress)
    note = "; ".join(verdict.notes)
    if verdict.same is not None:
        plan.add(
            PlanEntry(
                UNCHANGED, group.name, group.local, verdict.same, note=note, size=group.local.size
            )
        )
        return
    source = _newest(list(verdict.forms) or sources)
    plan.add(PlanEntry(CHANGED, group.name, group.local, source, note=note, size=source.size))


def _refuse_archived(storage: Storage, plan: SyncPlan) -> None:
    """Objects to download that are archived and not restored cannot be read: they are problems
    of the plan (with the restore to run), not items that fail late. Only archived objects get a
    HEAD (its ``x-cos-restore``), as for a folder download (``transfer/archived.py``)."""
    for entries in (plan.new, plan.changed):
        keep = []
        for entry in entries:
            remote = entry.remote
            if remote is not None and is_archived(remote.storage_class):
                problem = not_readable(
                    storage.head_object(plan.spec.bucket, remote.key), plan.spec.bucket
                )
                if problem is not None:
                    plan.problems.append((entry.rel, problem))
                    continue
            keep.append(entry)
        entries[:] = keep


def local_target(root: Path, entry: ObjectEntry, prefix: str) -> Path:
    """Where a download of ``entry`` writes (before any decompression renames it)."""
    return local_name(entry.key[len(prefix) :]).under(root)


def check_roots(spec: SyncSpec) -> None:
    """Refuse a sync whose local root is missing (upload) or not a folder."""
    root = spec.local_root
    if spec.direction != DOWNLOAD and not root.is_dir():
        code = ErrorCode.LOCAL_NOT_FOUND if not root.exists() else ErrorCode.INVALID_ARGUMENT
        raise GeneDeskError(
            code, "the source folder does not exist or is no folder", path=str(root)
        )
