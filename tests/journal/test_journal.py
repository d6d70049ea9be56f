from __future__ import annotations

import csv
import sqlite3
import threading

import pytest

from gene_desk.core.errors import GeneDeskError
from gene_desk.journal import Journal, NewItem, PartRecord, State
from gene_desk.journal.journal import SCHEMA_VERSION


def test_fresh_journal_has_current_schema(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    assert journal.schema_version == SCHEMA_VERSION
    journal.close()
    # reopening does not migrate again or lose anything
    again = Journal(tmp_path / "j.sqlite3")
    assert again.schema_version == SCHEMA_VERSION


def test_newer_schema_is_refused_not_damaged(tmp_path):
    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(GeneDeskError) as info:
        Journal(path)
    assert "newer Gene Desk" in info.value.message
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5


def test_jobs_items_parts_round_trip(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    job = journal.create_job("upload", "reads", "/data/reads", "cos://b-1/x/", {"compress": True})
    n = journal.add_items(
        job,
        [
            NewItem(f"/data/reads/{i}.fq", f"x/{i}.fq.zst", size=100 + i, mode="zstd")
            for i in range(5)
        ],
    )
    assert n == 5
    record = journal.job(job)
    assert record.total_items == 5 and record.total_bytes == sum(100 + i for i in range(5))
    assert record.options == {"compress": True}
    items = journal.items(job)
    assert [i.seq for i in items] == [1, 2, 3, 4, 5]
    journal.update_item(items[0].id, state=State.FAILED, error_code="NETWORK", request_id="r1")
    journal.update_item(items[1].id, state=State.SUCCEEDED, done_bytes=101)
    assert journal.item_counts(job) == {State.FAILED: 1, State.SUCCEEDED: 1, State.QUEUED: 3}
    assert journal.item_bytes_done(job) == 101
    assert [i.id for i in journal.items(job, [State.FAILED])] == [items[0].id]
    moved = journal.set_item_states(job, [State.FAILED], State.QUEUED, error_code=None)
    assert moved == 1 and journal.item(items[0].id).error_code is None
    journal.record_part(PartRecord(items[2].id, 1, 0, 50, 20, "etag1", "123", "456"))
    journal.record_part(PartRecord(items[2].id, 2, 50, 52, 21, "etag2", "789", "1"))
    assert [p.part_number for p in journal.parts(items[2].id)] == [1, 2]
    journal.clear_parts(items[2].id)
    assert journal.parts(items[2].id) == []
    with pytest.raises(ValueError):
        journal.update_item(items[0].id, secret_key="nope")


def test_clear_finished_keeps_unfinished_and_other_kinds(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    done = journal.create_job("upload", "a", "s", "d", state=State.SUCCEEDED)
    running = journal.create_job("download", "b", "s", "d", state=State.RUNNING)
    codec = journal.create_job("compress", "c", "s", "d", state=State.SUCCEEDED)
    journal.add_items(done, [NewItem("s", "d")])
    assert journal.clear_finished(["upload", "download"]) == 1
    assert {j.id for j in journal.jobs()} == {running, codec}
    assert journal.items(done) == []  # cascaded
    assert [j.id for j in journal.unfinished_jobs(["download"])] == [running]


def test_batch_rolls_back_on_error(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    with pytest.raises(RuntimeError), journal.batch():
        journal.create_job("upload", "a", "s", "d")
        raise RuntimeError("boom")
    assert journal.count_jobs() == 0


def test_concurrent_writers(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    job = journal.create_job("upload", "a", "s", "d")
    journal.add_items(job, [NewItem(str(i), str(i)) for i in range(400)])
    items = journal.items(job)

    def worker(chunk):
        for it in chunk:
            journal.update_item(it.id, state=State.SUCCEEDED, done_bytes=1)

    threads = [threading.Thread(target=worker, args=(items[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert journal.item_counts(job) == {State.SUCCEEDED: 400}


def test_export_csv_is_readable_and_atomic(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    job = journal.create_job("upload", "测序数据", "/d", "cos://b-1/")
    journal.add_items(job, [NewItem("/d/样本 1.fq", "样本 1.fq.zst", size=10)])
    item = journal.items(job)[0]
    journal.update_item(
        item.id,
        state=State.FAILED,
        error_code="ACCESS_DENIED",
        error_message="denied",
        request_id="NjQ1",
    )
    target = tmp_path / "out.csv"
    assert journal.export_csv(target) == 1
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["source"] == "/d/样本 1.fq"
    assert rows[0]["request_id"] == "NjQ1" and rows[0]["state"] == "failed"
    assert not list(tmp_path.glob(".out.csv.*"))


def test_upgrade_from_schema_1_keeps_history(tmp_path):
    from gene_desk.journal.journal import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute(
        "INSERT INTO jobs(kind, state, title, source, destination, created_at)"
        " VALUES ('upload', 'succeeded', 'old job', '/d', 'cos://b-1/', 1.0)"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    journal = Journal(path)
    assert journal.schema_version == SCHEMA_VERSION
    assert [j.title for j in journal.jobs()] == ["old job"]
    job = journal.jobs()[0].id
    journal.add_items(job, [NewItem("/d/x", "x")])
    item = journal.items(job)[0].id
    journal.save_source(item, {"kind": "folder", "entries": ["a", "b"]})
    assert journal.load_source(item) == {"kind": "folder", "entries": ["a", "b"]}


def test_reader_connections_of_finished_threads_are_closed(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    journal.create_job("upload", "a", "s", "d")

    def read():
        assert journal.count_jobs() == 1

    for _ in range(50):
        t = threading.Thread(target=read)
        t.start()
        t.join()
    import gc

    gc.collect()
    assert len(journal._readers) <= 2  # not one per thread that ever read


def test_bulk_state_changes_take_only_whitelisted_columns(tmp_path):
    """set_job_state_if / set_item_states name columns from keywords, as update_job does: the
    same whitelist applies, so no caller can renumber items, change ids or splice SQL in."""
    journal = Journal(tmp_path / "j.db")
    job = journal.create_job("upload", "t", "/a", "cos://b/")
    other = journal.create_job("upload", "t2", "/b", "cos://b/")
    journal.add_items(job, [NewItem("/a/1", "k1", 1)])
    with pytest.raises(ValueError, match="unknown item fields"):
        journal.set_item_states(job, [State.QUEUED], State.FAILED, seq=7)
    with pytest.raises(ValueError, match="unknown job fields"):
        journal.set_job_state_if(job, [State.QUEUED], State.PAUSED, id=other)
    with pytest.raises(ValueError, match="unknown item fields"):
        journal.set_item_states(job, [State.QUEUED], State.FAILED, **{"state=state--": 1})
    assert [(i.state, i.seq) for i in journal.items(job)] == [(State.QUEUED, 1)]
    assert journal.items(other) == []
    assert journal.job_state(job) is State.QUEUED
    # the whitelisted columns still work
    assert journal.set_item_states(job, [State.QUEUED], State.FAILED, error_code="X") == 1
    assert journal.items(job)[0].error_code == "X"
    journal.close()


def test_upgrade_from_schema_3_turns_the_planning_flag_into_a_state(tmp_path):
    """Schema 4: "planning" was a flag in a job's JSON options; it is a job state now. An
    unfinished job caught planning becomes PLANNING (the next start fails it as interrupted);
    the flag leaves every job's options, and nothing else changes."""
    import json

    from gene_desk.journal.journal import MIGRATIONS

    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    rows = [
        ("queued", {"bucket": "b-1", "planning": True, "region": "ap-beijing"}),
        ("paused", {"bucket": "b-1", "planning": True}),
        ("queued", {"bucket": "b-1", "region": "ap-beijing"}),
        ("failed", {"bucket": "b-1", "planning": True}),
        ("succeeded", {"bucket": "b-1", "planning": False}),
    ]
    for state, options in rows:
        conn.execute(
            "INSERT INTO jobs(kind, state, title, source, destination, options, created_at)"
            " VALUES ('upload', ?, '样本', '/d', 'cos://b-1/', ?, 1.0)",
            (state, json.dumps(options)),
        )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()

    journal = Journal(path)
    assert journal.schema_version == SCHEMA_VERSION >= 4
    jobs = sorted(journal.jobs(), key=lambda j: j.id)
    assert [j.state for j in jobs] == [
        State.PLANNING,
        State.PLANNING,
        State.QUEUED,
        State.FAILED,
        State.SUCCEEDED,
    ]
    assert [j.options for j in jobs] == [
        {"bucket": "b-1", "region": "ap-beijing"},
        {"bucket": "b-1"},
        {"bucket": "b-1", "region": "ap-beijing"},
        {"bucket": "b-1"},
        {"bucket": "b-1"},
    ]
    assert {j.title for j in jobs} == {"样本"}
    journal.close()
    assert Journal(path).schema_version == SCHEMA_VERSION  # opening again changes nothing
