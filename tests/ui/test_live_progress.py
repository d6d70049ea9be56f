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


def test_a_folder_download_that_runs_while_it_is_listed_shows_in_progress(
    qtbot, window, ctx, bucket, tmp_path, monkeypatch
):
    """A streamed folder download (issue 18) runs while it is still PLANNING: the row says
    进行中, not 等待, once its first files have started."""
    import dataclasses
    import threading

    from gene_desk.transfer import submit
    from gene_desk.transfer.plan import plan_download

    monkeypatch.setattr(submit, "BATCH", 2)
    client = ctx.storage.clients.client(bucket.region)
    for n in range(6):
        client.put_object(Bucket=bucket.name, Key=f"s/f{n}.dat", Body=random_bytes(300, seed=n))
    (planned,) = plan_download(ctx.storage, bucket, ["s/"], tmp_path / "out")
    go_on = threading.Event()

    def items():
        for n, item in enumerate(planned.items):
            if n == 4:
                assert go_on.wait(60)  # the listing is held here until the row was seen
            yield item

    ids: list[int] = []
    submitting = threading.Thread(
        target=lambda: ids.extend(
            ctx.transfers.submit([dataclasses.replace(planned, items=items())])
        )
    )
    submitting.start()
    model = window.transfer_panel.model
    try:

        def listed_row_in_progress() -> bool:
            jobs = ctx.journal.jobs(["download"])
            if not jobs or jobs[0].state is not State.PLANNING:
                return False
            model.refresh()
            row = model.job_row(jobs[0].id)
            return row >= 0 and model.index(row, COL_STATE).data() == "进行中"

        qtbot.waitUntil(listed_row_in_progress, timeout=WAIT)
    finally:
        go_on.set()
        submitting.join(60)
    assert ctx.transfers.wait(ids, timeout=60)
    assert ctx.journal.job(ids[0]).state is State.SUCCEEDED
