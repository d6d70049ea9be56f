"""The sync cache: what it trusts, what it refuses to remember, and its file's upkeep."""

from __future__ import annotations

import sqlite3

from gene_desk.storage.models import ObjectEntry
from gene_desk.transfer.sync.crc_cache import SCHEMA_VERSION, LocalFacts, RemoteFacts, SyncCache
from gene_desk.transfer.sync.facts import HEAD, TAIL, knows

NOW = 1_700_000_000.0  # an injected clock: the time a file was read


def test_local_entries_are_scoped_to_the_folder(tmp_path):
    cache = SyncCache(tmp_path / "c.sqlite3")
    old = int((NOW - 3600) * 1e9)
    stored = cache.remember_local(
        [
            ("/data/run1/a.fastq", LocalFacts(10, old, 111)),
            ("/data/run1/sub/b.fastq", LocalFacts(20, old, 222)),
            ("/data/run10/c.fastq", LocalFacts(30, old, 333)),  # not under /data/run1
        ],
        now=NOW,
    )
    assert stored == 3
    assert set(cache.local_under("/data/run1")) == {"/data/run1/a.fastq", "/data/run1/sub/b.fastq"}
    cache.forget_local(["/data/run1/a.fastq"])
    assert set(cache.local_under("/data/run1/")) == {"/data/run1/sub/b.fastq"}


def test_a_file_modified_just_before_it_was_read_is_not_remembered(tmp_path):
    """Same size, same mtime, other bytes is possible within one timestamp tick: such a CRC
    would be trusted forever, so it is not kept."""
    cache = SyncCache(tmp_path / "c.sqlite3")
    racy = int((NOW - 1) * 1e9)
    settled = int((NOW - 5) * 1e9)
    cache.remember_local(
        [("/d/racy", LocalFacts(1, racy, 1)), ("/d/settled", LocalFacts(1, settled, 2))], now=NOW
    )
    assert set(cache.local_under("/d")) == {"/d/settled"}


def test_remote_facts_are_trusted_for_the_same_etag_and_size_only(tmp_path):
    cache = SyncCache(tmp_path / "c.sqlite3")
    cache.remember_remote(
        "b-1",
        [
            ("p/x.fastq", RemoteFacts("e1", 5, 99)),
            ("p/y.fastq.zst", RemoteFacts("e2", -1, None, "zstd", 50, 77)),  # size not known
            ("q/z", RemoteFacts("e3", 1, 1)),
        ],
    )
    facts = cache.remote_under("b-1", "p/")
    assert set(facts) == {"p/x.fastq", "p/y.fastq.zst"}
    plain = ObjectEntry("p/x.fastq", 5, None, "e1")
    assert knows(facts["p/x.fastq"], plain, HEAD)
    assert not knows(facts["p/x.fastq"], ObjectEntry("p/x.fastq", 5, None, "other"), HEAD)
    assert not knows(facts["p/x.fastq"], ObjectEntry("p/x.fastq", 6, None, "e1"), HEAD)
    packed = ObjectEntry("p/y.fastq.zst", 31, None, "e2")
    assert knows(facts["p/y.fastq.zst"], packed, TAIL)
    assert not knows(facts["p/y.fastq.zst"], packed, HEAD)  # its own CRC was never learnt
    assert cache.remote_under("other-bucket", "") == {}


def test_a_cache_from_a_newer_gene_desk_is_set_aside(tmp_path):
    path = tmp_path / "c.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    cache = SyncCache(path)
    assert cache.local_under("/") == {}
    assert [p.name for p in tmp_path.iterdir() if ".newer-" in p.name]
