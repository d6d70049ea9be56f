"""下载 of several files of which one is archived, in the window (pytest-qt, real sandbox).

The archived one used to refuse the whole download (only the 恢复 question, nothing queued).
Now the others download and the archived one is a failed row with its reason; once restored,
重试 downloads it (a fresh HEAD instead of the stale refusal). A single archived file still
offers 恢复 at once (tests/ui/test_storage_class.py)."""

from __future__ import annotations

from gene_desk.journal import State
from gene_desk.storage.archive import restore_object
from gene_desk.ui.jobs_model import COL_DETAILS
from tests.ui.conftest import WAIT, open_bucket


def _put(storage, bucket, key: str, data: bytes, cls: str = "STANDARD") -> None:
    storage.clients.client(bucket.region).put_object(
        Bucket=bucket.name, Key=key, Body=data, StorageClass=cls
    )


def _row(panel, title: str) -> int:
    for row, node in enumerate(panel.model.jobs):
        if node.status.job.title == title:
            return row
    return -1


def _state(panel, title: str) -> State | None:
    row = _row(panel, title)
    return panel.model.jobs[row].status.job.state if row >= 0 else None


def test_an_archived_file_among_others_fails_alone_then_retry_downloads_it(
    qtbot, window, storage, bucket, archive_clock, tmp_path
):
    _put(storage, bucket, "a.txt", b"a")
    _put(storage, bucket, "cold.bam", b"cold", "ARCHIVE")
    out = tmp_path / "out"
    open_bucket(qtbot, window, bucket)
    window.download_keys(["a.txt", "cold.bam"], str(out), bucket)
    panel = window.transfer_panel
    qtbot.waitUntil(
        lambda: (
            _state(panel, "a.txt") is State.SUCCEEDED and _state(panel, "cold.bam") is State.FAILED
        ),
        timeout=WAIT,
    )
    assert (out / "a.txt").read_bytes() == b"a" and not (out / "cold.bam").exists()
    details = panel.model.index(_row(panel, "cold.bam"), COL_DETAILS).data()
    assert "OBJECT_ARCHIVED" in details and "归档" in details, details
    restore_object(storage, bucket, "cold.bam", days=1, tier="Expedited")
    archive_clock.advance(61)
    panel.select_job(panel.model.jobs[_row(panel, "cold.bam")].status.job.id)
    panel.retry_button.click()
    qtbot.waitUntil(lambda: _state(panel, "cold.bam") is State.SUCCEEDED, timeout=WAIT)
    assert (out / "cold.bam").read_bytes() == b"cold"
