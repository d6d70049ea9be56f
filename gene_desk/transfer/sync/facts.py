"""The CRC-64s a comparison needs, from the cache when it knows them, otherwise fetched in
parallel: remote facts first (one request per object), then local reads, each in a pool.

Both sides are remembered as soon as they are known, so a sync interrupted half-way through
its comparisons does not redo them.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage.models import ObjectEntry
from gene_desk.transfer.sync.crc_cache import LocalFacts, RemoteFacts, SyncCache
from gene_desk.transfer.sync.local_tree import LocalFile, file_crc
from gene_desk.transfer.sync.model import PlanStats
from gene_desk.transfer.sync.remote_facts import RemoteProber
from gene_desk.transfer.upload import CODEC_FILE

log = logging.getLogger(__name__)

HEAD = "head"  # the object's own CRC-64 is needed
TAIL = "tail"  # what a Gene Desk .zst decompresses to is needed
REMEMBER_EVERY = 500


def knows(facts: RemoteFacts | None, entry: ObjectEntry, need: str) -> bool:
    """Whether cached ``facts`` are of this version of the object and answer ``need``."""
    if facts is None or facts.etag != entry.etag:
        return False
    if facts.size >= 0 and facts.size != entry.size:
        return False
    if need == HEAD:
        return facts.crc64 is not None
    # a .zst: known once we know it is none of ours, or what it decompresses to
    return facts.codec != CODEC_FILE or (
        facts.original_size is not None and facts.original_crc64 is not None
    )


class FactStore:
    def __init__(
        self,
        cache: SyncCache,
        prober: RemoteProber,
        local_root: str,
        remote_prefix: str,
        stats: PlanStats,
        *,
        clock: Callable[[], float] = time.time,
        cancel: threading.Event | None = None,
        workers: int = 8,
    ) -> None:
        self.cache = cache
        self.prober = prober
        self.stats = stats
        self.clock = clock
        self.cancel = cancel
        self.workers = max(1, workers)
        self.local = cache.local_under(local_root)
        self.remote = cache.remote_under(prober.bucket.name, remote_prefix)
        self._fetched_remote: dict[str, RemoteFacts] = {}
        self._read: dict[str, LocalFacts] = {}
        self.errors: dict[str, GeneDeskError] = {}  # local files that could not be read
        self._hits: set[str] = set()  # keys and paths counted once in stats.cache_hits

    # -- remote ---------------------------------------------------------------------------------
    def remote_facts(self, entry: ObjectEntry, need: str) -> RemoteFacts | None:
        """Known facts for ``entry`` (None: to be fetched)."""
        fetched = self._fetched_remote.get(entry.key)
        if fetched is not None:
            return fetched
        cached = self.remote.get(entry.key)
        if knows(cached, entry, need):
            if entry.key not in self._hits:
                self._hits.add(entry.key)
                self.stats.cache_hits += 1
            return cached
        return None

    def fetch_remote(self, wanted: Iterable[tuple[ObjectEntry, str]]) -> None:
        """One request per object (HEAD or suffix range GET), ``workers`` at a time."""
        todo = {e.key: (e, need) for e, need in wanted if self.remote_facts(e, need) is None}
        if not todo:
            return
        log.info("sync: asking COS about %d object(s)", len(todo))

        def ask(pair: tuple[ObjectEntry, str]) -> tuple[str, RemoteFacts | None]:
            entry, need = pair
            self._check_cancel()
            try:
                facts = self.prober.head(entry) if need == HEAD else self.prober.original(entry)
            except GeneDeskError as exc:
                if exc.code is ErrorCode.NO_SUCH_KEY:  # deleted since it was listed
                    return entry.key, None
                raise
            return entry.key, facts

        batch: list[tuple[str, RemoteFacts]] = []
        with ThreadPoolExecutor(self.workers, thread_name_prefix="gd-sync-probe") as pool:
            for key, facts in pool.map(ask, list(todo.values())):
                if facts is None:
                    continue
                self._fetched_remote[key] = facts
                batch.append((key, facts))
                if len(batch) >= REMEMBER_EVERY:
                    self.cache.remember_remote(self.prober.bucket.name, batch)
                    batch = []
        self.cache.remember_remote(self.prober.bucket.name, batch)
        self.stats.heads = self.prober.heads
        self.stats.range_gets = self.prober.range_gets

    # -- local ----------------------------------------------------------------------------------
    def local_crc(self, file: LocalFile) -> LocalFacts | None:
        read = self._read.get(file.path)
        if read is not None:
            return read
        cached = self.local.get(file.path)
        if cached is not None and cached.size == file.size and cached.mtime_ns == file.mtime_ns:
            if file.path not in self._hits:
                self._hits.add(file.path)
                self.stats.cache_hits += 1
            return cached
        return None

    def read_local(self, files: Iterable[LocalFile]) -> None:
        """CRC-64 of each file not known yet; unreadable files are left unknown (the planner
        reports them as problems)."""
        todo = {f.path: f for f in files if self.local_crc(f) is None}
        if not todo:
            return
        log.info("sync: reading %d local file(s) for their CRC-64", len(todo))
        started = self.clock()

        def read(file: LocalFile) -> tuple[LocalFile, LocalFacts | GeneDeskError]:
            self._check_cancel()
            try:
                crc, size, mtime_ns = file_crc(file.path, self.cancel)
            except GeneDeskError as exc:
                if exc.code is ErrorCode.CANCELLED:
                    raise
                return file, exc
            return file, LocalFacts(size, mtime_ns, crc)

        batch: list[tuple[str, LocalFacts]] = []
        with ThreadPoolExecutor(min(4, self.workers), thread_name_prefix="gd-sync-read") as pool:
            for file, result in pool.map(read, list(todo.values())):
                if isinstance(result, GeneDeskError):
                    self.errors[file.path] = result
                    continue
                self._read[file.path] = result
                self.stats.files_read += 1
                self.stats.bytes_read += result.size
                batch.append((file.path, result))
                if len(batch) >= REMEMBER_EVERY:
                    self.cache.remember_local(batch, now=started)
                    batch = []
        self.cache.remember_local(batch, now=started)

    def read_error(self, file: LocalFile) -> GeneDeskError | None:
        return self.errors.get(file.path)

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise GeneDeskError(ErrorCode.CANCELLED, "sync cancelled")

    # -- upkeep ---------------------------------------------------------------------------------
    def forget_missing(self, local_paths: set[str], remote_keys: set[str]) -> None:
        """Drop cache rows of files and objects that are no longer there."""
        self.cache.forget_local(p for p in self.local if p not in local_paths)
        self.cache.forget_remote(
            self.prober.bucket.name, [k for k in self.remote if k not in remote_keys]
        )
