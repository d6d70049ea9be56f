"""With the window's background priority on, the transfer workers run below the GUI thread."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from gene_desk.core import thread_priority
from gene_desk.core.thread_priority import BACKGROUND_NICE, enable_background_priority
from gene_desk.transfer.manager import TransferManager
from tests.helpers.wait import wait_until
from tests.transfer.conftest import run_jobs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice")


def test_transfer_workers_run_lowered_when_the_window_asks(
    storage, journal, settings, bucket, tmp_path
):
    """Worker threads start when there is work, from the lowered dispatcher thread: they run
    BACKGROUND_NICE below the GUI thread, not twice that."""
    enable_background_priority()
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    expected = min(19, gui + BACKGROUND_NICE)
    manager = TransferManager(storage, journal, settings).start()
    try:
        source = tmp_path / "one.txt"
        source.write_text("lowered")
        run_jobs(manager, manager.upload([source], bucket, compress=False))
        workers = [t for t in threading.enumerate() if t.name.startswith("gd-transfer-")]
        assert workers

        def lowered() -> bool:
            return all(os.getpriority(os.PRIO_PROCESS, t.native_id) == expected for t in workers)

        wait_until(lowered, 10, "transfer workers at the background priority")
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui
    finally:
        thread_priority._state["nice"] = 0
        manager.shutdown()
