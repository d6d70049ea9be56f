"""The manager's worker threads start with the work they are for (transfer/dispatch.py)."""

from __future__ import annotations

import dataclasses

from gene_desk.transfer.manager import TransferManager
from tests.transfer.conftest import random_bytes, run_jobs


def test_no_worker_thread_before_there_is_work_and_one_per_entry_up_to_the_limit(
    storage, journal, settings, bucket, tmp_path, monkeypatch
):
    """``--jobs 64`` used to start 64 threads in ``start``: 116 ms of the CLI's start-up while
    its worker processes started on the same cores (issue 18). Now a thread starts when an
    entry finds none free, and there are as many as ``files_parallel`` once the work needs
    them."""
    monkeypatch.setenv("GENE_DESK_WORKER_PROCESSES", "0")  # every item is an entry of its own
    settings = dataclasses.replace(settings, files_parallel=3)
    manager = TransferManager(storage, journal, settings).start()
    try:
        threads = manager._dispatcher.workers
        assert threads == []
        one = tmp_path / "one.dat"
        one.write_bytes(random_bytes(1000))
        run_jobs(manager, manager.upload([one], bucket, "one/", compress=False))
        assert len(threads) == 1
        many = tmp_path / "many"
        many.mkdir()
        for n in range(12):
            (many / f"f{n:02d}.dat").write_bytes(random_bytes(1000, seed=n))
        run_jobs(manager, manager.upload([many], bucket, "many/", compress=False))
        assert len(threads) == 3
        assert all(t.is_alive() for t in threads)
    finally:
        manager.shutdown()
    assert not any(t.is_alive() for t in threads)
