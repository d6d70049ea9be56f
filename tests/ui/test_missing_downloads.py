"""下载 of several files of which one no longer exists (deleted by someone else after the
listing), in the window (pytest-qt, real sandbox).

The missing one used to refuse the whole download (an error, nothing queued). Now the others
download and the missing one is a failed row with NO_SUCH_KEY and its reason; once the file is
uploaded again, 重试 downloads it. The CLI side: tests/cli/test_missing_sources_cli.py."""

from __future__ import annotations

from gene_desk.journal import State
from gene_desk.ui.jobs_model import COL_DETAILS
from tests.ui.conftest import WAIT, open_bucket
from tests.ui.test_archived_downloads import _put, _row, _state


def test_a_file_deleted_after_the_listing_fails_alone_then_retry_downloads_it(
    qtbot, window, storage, bucket, tmp_path
):
    _put(storage, bucket, "a.txt", b"a")
    _put(storage, bucket, "gone.bam", b"gone")
    out = tmp_path / "out"
    open_bucket(qtbot, window, bucket)  # the listing shows gone.bam
    storage.clients.client(bucket.region).delete_object(Bucket=bucket.name, Key="gone.bam")
    window.download_keys(["a.txt", "gone.bam"], str(out), bucket)
    panel = window.transfer_panel
    qtbot.waitUntil(
        lambda: (
            _state(panel, "a.txt") is State.SUCCEEDED and _state(panel, "gone.bam") is State.FAILED
        ),
        timeout=WAIT,
    )
    assert (out / "a.txt").read_bytes() == b"a" and not (out / "gone.bam").exists()
    details = panel.model.index(_row(panel, "gone.bam"), COL_DETAILS).data()
    assert "NO_SUCH_KEY" in details and "不存在" in details, details
    _put(storage, bucket, "gone.bam", b"back")
    panel.select_job(panel.model.jobs[_row(panel, "gone.bam")].status.job.id)
    panel.retry_button.click()
    qtbot.waitUntil(lambda: _state(panel, "gone.bam") is State.SUCCEEDED, timeout=WAIT)
    assert (out / "gone.bam").read_bytes() == b"back"
