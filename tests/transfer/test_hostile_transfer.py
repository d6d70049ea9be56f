"""Hostile local trees and keys at the engine level (issue 13): what cannot be transferred is a
failed item with a code and a reason, reported to the listener like any other item."""

from __future__ import annotations

import os
import threading

from gene_desk.journal import State
from gene_desk.transfer import plan as plan_module
from gene_desk.transfer.manager import TransferManager
from tests.helpers.sandbox_objects import put_raw
from tests.transfer.conftest import run_jobs


class Events:
    """A listener that records item events (the window's jobs model is fed the same way)."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int]] = []
        self._lock = threading.Lock()

    def job_changed(self, job_id: int) -> None:
        pass

    def progress(self, job_id: int) -> None:
        pass

    def item_changed(self, job_id: int, item_id: int) -> None:
        with self._lock:
            self.items.append((job_id, item_id))


def _failed(manager, job_id):
    return {os.path.basename(i.source.rstrip("/")): i for i in manager.journal.items(job_id)}


def test_file_vanishing_while_planned_is_a_failed_item(
    manager, storage, bucket, tmp_path, monkeypatch
):
    src = tmp_path / "src"
    src.mkdir()
    (src / "stays.txt").write_text("x")
    (src / "goes.txt").write_text("y")
    real_scandir = os.scandir

    def scandir_then_delete(path):  # the file is listed, then deleted before it is looked at
        listing = list(real_scandir(path))
        if os.fspath(path) == str(src):
            (src / "goes.txt").unlink(missing_ok=True)
        return _Listing(listing)

    monkeypatch.setattr(plan_module.os, "scandir", scandir_then_delete)
    (job,) = manager.upload([src], bucket, "v/", compress=False)
    monkeypatch.undo()
    run_jobs(manager, [job])
    items = _failed(manager, job)
    assert items["stays.txt"].state is State.SUCCEEDED
    assert items["goes.txt"].state is State.FAILED
    assert items["goes.txt"].error_code == "LOCAL_NOT_FOUND"
    assert "disappeared" in items["goes.txt"].error_message
    assert manager.journal.job(job).state is State.FAILED


class _Listing(list):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_symlinked_folder_and_too_long_key_are_failed_items_not_skipped(
    manager, storage, bucket, tmp_path
):
    src = tmp_path / "src"
    (src / "real").mkdir(parents=True)
    (src / "real" / "a.txt").write_text("a")
    (src / "link").symlink_to(src / "real")
    long_name = "n" * 200
    deep = src
    for _ in range(5):  # 5 x 201 bytes: over the 850-byte key limit of COS
        deep = deep / long_name
    deep.mkdir(parents=True)
    (deep / "f.txt").write_text("f")
    (job,) = manager.upload([src], bucket, "s/", compress=False)
    run_jobs(manager, [job])
    items = _failed(manager, job)
    assert items["a.txt"].state is State.SUCCEEDED
    assert items["link"].state is State.FAILED and items["link"].error_code == "INVALID_ARGUMENT"
    assert "not followed" in items["link"].error_message
    assert items["f.txt"].state is State.FAILED
    assert items["f.txt"].error_code == "INVALID_OBJECT_NAME"
    keys = {o.key for o in storage.iter_objects(bucket, "s/")}
    assert keys == {"s/src/real/a.txt"}


def test_refused_items_are_reported_and_a_retry_fails_them_again(
    storage, journal, settings, bucket, tmp_path, sandbox
):
    for key in ["k/ok.txt", "k/../escape.txt"]:
        put_raw(sandbox.cos.backend, bucket.name, key, b"data")
    events = Events()
    manager = TransferManager(storage, journal, settings, events).start()
    try:
        (job,) = manager.download(["k/"], bucket, tmp_path / "out")
        run_jobs(manager, [job])
        bad = _failed(manager, job)["escape.txt"]
        assert bad.state is State.FAILED and bad.error_code == "UNSAFE_KEY"
        assert (job, bad.id) in events.items  # the CLI and the window hear of it
        assert manager.retry(job) == 1
        run_jobs(manager, [job])
        again = manager.journal.item(bad.id)
        assert again.state is State.FAILED and again.error_code == "UNSAFE_KEY"
        assert again.error_message == bad.error_message
    finally:
        manager.shutdown()


def test_folder_clashes_are_decided_from_the_listing_alone():
    from gene_desk.storage.models import ObjectEntry
    from gene_desk.transfer.plan import with_folder_clashes

    keys = ["a/dir", "a/dir (1)", "a/dir-2", "a/dir-2/x", "a/dir.txt", "a/dir/", "a/dir/f",
            "a/e", "a/e/", "a/f"]  # fmt: skip
    assert keys == sorted(keys)  # as COS lists them
    got = dict((e.key, shadowed) for e, shadowed in with_folder_clashes(
        ObjectEntry(key=k, size=0, last_modified=None, etag="") for k in keys))  # fmt: skip
    assert set(got) == set(keys)
    assert {k for k, shadowed in got.items() if shadowed} == {"a/dir", "a/dir-2", "a/e"}
