"""预览 in the window (pytest-qt over the real sandbox): the action on one selected file, the
dialog's summary and read-only text, a damaged file shown as damaged, and closing the dialog
stopping the fetch. The acceptance test (tests/acceptance/test_preview.py) drives the same
through the real program."""

from __future__ import annotations

import gzip

import shiboken6
from PySide6.QtWidgets import QApplication

from gene_desk.core.stopflag import StopFlag
from gene_desk.ui.preview_dialog import PreviewDialog
from tests.helpers.storage import put_object
from tests.preview.conftest import FASTQ_GZ
from tests.ui.conftest import WAIT, open_bucket, prompt


def test_preview_action_shows_reads_and_summary(qtbot, window, storage, bucket):
    put_object(
        storage, bucket, "run/S1_R1.fastq.gz", FASTQ_GZ.read_bytes()
    )  # 5 MB: a prefix is read
    put_object(storage, bucket, "run/S1_R2.fastq.gz", b"")
    open_bucket(qtbot, window, bucket)
    window.open_index(window.table_model.index(window.table_model.row_of_key("run/"), 0))
    qtbot.waitUntil(lambda: window.table_model.row_of_key("run/S1_R1.fastq.gz") >= 0, timeout=WAIT)
    window.select_keys(["run/S1_R1.fastq.gz"])
    assert window.act_preview.isEnabled()
    window.act_preview.trigger()
    dialog = window.previews.dialog
    assert isinstance(dialog, PreviewDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    summary = dialog.summary.text()
    assert "FASTQ" in summary and "80-80" in summary and "Phred+33" in summary
    assert "run/S1_R2.fastq.gz" in summary  # the paired file
    assert "已损坏" not in summary and "Damaged" not in summary
    with gzip.open(FASTQ_GZ, "rt") as f:
        first = f.readline().rstrip("\n")
    text = dialog.text.toPlainText()
    assert text.splitlines()[1] == first
    assert dialog.text.isReadOnly() and dialog.text.accessibleName()
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT)


def test_damaged_file_is_shown_as_damaged(qtbot, window, storage, bucket):
    put_object(storage, bucket, "bad.bam", gzip.compress(b"definitely not a BAM"))
    open_bucket(qtbot, window, bucket)
    dialog = window.previews.preview(bucket, "bad.bam")
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    assert "ARCHIVE_CORRUPT" in dialog.summary.text()
    assert dialog.result.damage.reason == "bad-bam"
    dialog.close()


def test_preview_needs_one_file(qtbot, window, bucket):
    open_bucket(qtbot, window, bucket)
    window.select_keys([])
    assert not window.act_preview.isEnabled()
    window.previews.preview_selection()
    box = prompt(qtbot, window)
    assert box.text()
    box.close()


def test_closing_the_dialog_stops_the_fetch(qtbot, window, storage, bucket, faults, sandbox):
    put_object(storage, bucket, "big.fastq.gz", FASTQ_GZ.read_bytes())
    open_bucket(qtbot, window, bucket)
    # one 1 MiB range takes 32 s at this rate: longer than WAIT, so finishing within WAIT
    # means the range in flight was cut off, not read to its end
    faults.limit_bandwidth(32 * 1024, method="GET", scope="global")
    before = sandbox.cos.stats["object_bytes"]
    requests = sandbox.cos.stats["requests"]
    dialog = window.previews.preview(bucket, "big.fastq.gz")
    stop: StopFlag = dialog.stop
    # HEAD, then the first ranged GET is on its way
    qtbot.waitUntil(lambda: sandbox.cos.stats["requests"] >= requests + 2, timeout=WAIT)
    dialog.close()
    assert stop.is_set()
    assert window.runner.wait_done(WAIT)
    QApplication.processEvents()
    assert not shiboken6.isValid(dialog) or dialog.result is None
    # the first range (1 MiB) may have been handed to the socket; nothing after it
    assert sandbox.cos.stats["object_bytes"] - before <= 1024 * 1024
