"""Every running row of the transfer list shows its speed and time left, items of a folder job
too; the main window's status bar says how many transfers run and how fast (issue 12, 3.2).
The acceptance test (tests/acceptance/test_progress.py) watches the real program; this one checks
the item rows, which a one-file upload does not have."""

from __future__ import annotations

import re

from gene_desk.journal import State
from gene_desk.transfer.settings import MiB
from gene_desk.ui.jobs_model import COL_ETA, COL_PROGRESS, COL_SPEED, COL_STATE
from tests.transfer.conftest import random_bytes
from tests.ui.conftest import WAIT


def test_running_items_show_speed_and_time_left_and_the_status_bar_counts(
    qtbot, window, ctx, bucket, faults, tmp_path
):
    folder = tmp_path / "lane"
    folder.mkdir()
    for i in range(2):  # over 1 MiB each: run on the manager's threads, not worker processes
        (folder / f"r{i}.bin").write_bytes(random_bytes(2 * MiB, seed=i))
    faults.limit_bandwidth(256 * 1024, scope="global", method="PUT")
    (job_id,) = ctx.transfers.upload([folder], bucket, "", compress=False)
    model = window.transfer_panel.model
    model.refresh()
    qtbot.waitUntil(lambda: model.job_row(job_id) >= 0, timeout=WAIT)
    job = model.index(model.job_row(job_id), 0)
    qtbot.waitUntil(lambda: model.canFetchMore(job), timeout=WAIT)
    model.fetchMore(job)
    qtbot.waitUntil(lambda: model.rowCount(job) == 2, timeout=WAIT)

    def running_row_with_speed() -> int | None:
        for row in range(model.rowCount(job)):
            cells = [model.index(row, col, job).data() for col in range(model.columnCount())]
            if (
                cells[COL_STATE] == "进行中"
                and str(cells[COL_SPEED]).endswith("/s")
                and re.fullmatch(r"(\d+:)?\d\d:\d\d", str(cells[COL_ETA]))
            ):
                return row + 1
        return None

    qtbot.waitUntil(lambda: running_row_with_speed() is not None, timeout=WAIT)
    row = running_row_with_speed() - 1
    assert re.fullmatch(r"\d+(\.\d)?%", model.index(row, COL_PROGRESS, job).data())
    # the job row too
    assert model.index(job.row(), COL_SPEED).data().endswith("/s")
    assert model.index(job.row(), COL_ETA).data()

    status = window.transfer_status
    assert status.objectName() == "transferStatus"
    qtbot.waitUntil(
        lambda: re.fullmatch(r"1 个传输进行中 · [\d.]+ [KMG]?B/s", status.text()) is not None,
        timeout=WAIT,
    )
    ctx.transfers.cancel(job_id)
    assert ctx.transfers.wait([job_id], timeout=60)
    assert ctx.journal.job(job_id).state is State.CANCELLED
    qtbot.waitUntil(lambda: status.text() == "", timeout=WAIT)
