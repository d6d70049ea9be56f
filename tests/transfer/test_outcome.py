"""Outcome: the typed end of an item, as the worker processes send it and the journal stores it."""

from __future__ import annotations

import pickle

from gene_desk.core.errors import ErrorCode
from gene_desk.journal import Journal, NewItem, State
from gene_desk.transfer.outcome import Outcome


def test_columns_write_only_what_the_outcome_says(tmp_path):
    journal = Journal(tmp_path / "j.db")
    job = journal.create_job("upload", "t", "/d", "cos://b/")
    journal.add_items(job, [NewItem("/d/x", "x", 5, None, "plain", "planned note")])
    (item,) = journal.items(job)
    journal.update_item(item.id, error_code="OLD", request_id="req-old", etag="e0")

    journal.update_item(item.id, **Outcome(State.QUEUED).columns())  # a requeue: state only
    again = journal.item(item.id)
    assert (again.state, again.etag, again.note) == (State.QUEUED, "e0", "planned note")

    done = Outcome(State.SUCCEEDED, done_bytes=5, finished_at=2.0, etag="e1", result="x", crc64="9")
    journal.update_item(item.id, **done.columns())
    ok = journal.item(item.id)
    assert (ok.state, ok.done_bytes, ok.etag, ok.result, ok.crc64) == (
        State.SUCCEEDED, 5, "e1", "x", "9",
    )  # fmt: skip

    failed = Outcome.failure(ErrorCode.ACCESS_DENIED, "denied", None)
    journal.update_item(item.id, **failed.columns())
    bad = journal.item(item.id)
    assert (bad.state, bad.error_code, bad.error_message) == (
        State.FAILED,
        "ACCESS_DENIED",
        "denied",
    )
    assert bad.request_id is None and bad.done_bytes == 0  # no stale request id of an older run
    journal.close()


def test_outcomes_cross_process_boundaries_and_name_expired_keys():
    expired = Outcome.failure(ErrorCode.CREDENTIALS_EXPIRED, "expired", "r1")
    assert pickle.loads(pickle.dumps(expired)) == expired  # as a worker process returns it
    assert expired.expired_keys and not Outcome(State.SUCCEEDED).expired_keys
    assert Outcome.settled(State.CANCELLED, finished=True).finished_at is not None
    assert Outcome.settled(State.PAUSED).columns() == {"state": State.PAUSED}
