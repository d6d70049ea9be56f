"""Upload, download and the transfer list (seed steps 9-11, 14), through the real dialogs."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from gene_desk.journal import State
from gene_desk.sandbox import demo_data
from gene_desk.ui.jobs_model import COL_DETAILS, JobsModel, TransferSource
from tests.ui.conftest import WAIT, acknowledge, answer_file_dialog, open_bucket

FASTQ = demo_data.fastq(300, 100, 11, "UI")


def _job_states(panel) -> list[State]:
    return [n.status.job.state for n in panel.model.jobs]


def _wait_jobs_done(qtbot, panel, count: int) -> None:
    qtbot.waitUntil(
        lambda: (
            len(panel.model.jobs) >= count and all(s.finished for s in _job_states(panel)[:count])
        ),
        timeout=WAIT,
    )


def _upload_via_dialog(qtbot, window, monkeypatch, paths, *, compress=True, folder=False):
    window.act_upload.trigger()
    dialog = window.upload_dialog
    assert dialog.windowTitle() == "上传文件"
    assert not dialog.start_button.isEnabled()  # nothing chosen yet
    if folder:
        dialog.choose_folder_button.click()
    else:
        dialog.choose_files_button.click()
    answer_file_dialog(dialog.file_dialog, [str(p) for p in paths])
    assert dialog.list.topLevelItemCount() == len(paths)
    for i in range(dialog.list.topLevelItemCount()):
        item = dialog.list.topLevelItem(i)
        assert item.checkState(dialog.COL_COMPRESS) == Qt.CheckState.Checked  # 默认压缩
        if not compress:
            item.setCheckState(dialog.COL_COMPRESS, Qt.CheckState.Unchecked)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: window.transfer_panel.isVisible(), timeout=WAIT)
    return dialog


def test_upload_compressed_file_then_download(
    qtbot, window, storage, bucket, tmp_path, monkeypatch
):
    src = tmp_path / "sample.fastq"
    src.write_bytes(FASTQ)
    open_bucket(qtbot, window, bucket)
    _upload_via_dialog(qtbot, window, monkeypatch, [src])
    panel = window.transfer_panel
    assert panel.windowTitle() == "传输列表"
    _wait_jobs_done(qtbot, panel, 1)
    assert _job_states(panel) == [State.SUCCEEDED]
    assert panel.model.index(0, 1).data() == "成功"
    # the table refreshes by itself once the upload finished
    qtbot.waitUntil(lambda: window.table_model.row_of_key("sample.fastq.zst") >= 0, timeout=WAIT)
    stored = storage.head_object(bucket, "sample.fastq.zst")
    assert 0 < stored.size < len(FASTQ)

    # download it (decompressed) into a chosen folder
    target = tmp_path / "down"
    target.mkdir()
    window.select_keys(["sample.fastq.zst"])
    window.act_download.trigger()
    answer_file_dialog(window.file_dialog, [str(target)])
    qtbot.waitUntil(lambda: len(panel.model.jobs) == 2, timeout=WAIT)
    _wait_jobs_done(qtbot, panel, 2)
    assert _job_states(panel) == [State.SUCCEEDED, State.SUCCEEDED]
    assert (target / "sample.fastq").read_bytes() == FASTQ


def test_upload_folder_without_compression(qtbot, window, storage, bucket, tmp_path, monkeypatch):
    folder = tmp_path / "run42"
    (folder / "lane1").mkdir(parents=True)
    (folder / "lane1" / "r1.fastq").write_bytes(FASTQ)
    (folder / "r2.fastq").write_bytes(FASTQ[:1000])
    open_bucket(qtbot, window, bucket)
    _upload_via_dialog(qtbot, window, monkeypatch, [folder], compress=False, folder=True)
    _wait_jobs_done(qtbot, window.transfer_panel, 1)
    assert _job_states(window.transfer_panel) == [State.SUCCEEDED]
    keys = sorted(o.key for o in storage.iter_objects(bucket))
    assert keys == ["run42/lane1/r1.fastq", "run42/r2.fastq"]
    qtbot.waitUntil(lambda: window.table_model.row_of_key("run42/") >= 0, timeout=WAIT)


def test_download_needs_a_selection(qtbot, window, bucket):
    open_bucket(qtbot, window, bucket)
    window.table.clearSelection()
    window.act_download.trigger()
    assert acknowledge(qtbot, window) == "请选择下载文件或文件夹"


def test_drop_files_opens_upload_dialog_for_that_folder(qtbot, window, storage, bucket, tmp_path):
    storage.create_folder(bucket, "", "inbox")
    src = tmp_path / "dropped.vcf"
    src.write_bytes(b"##fileformat=VCFv4.2\n")
    open_bucket(qtbot, window, bucket)
    row = window.table_model.row_of_key("inbox/")
    pos = QPointF(window.table.visualRect(window.table_model.index(row, 0)).center())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(src))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(pos, *args)
    QApplication.sendEvent(window.table.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window.table.viewport(), QDropEvent(pos, *args))
    dialog = window.upload_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.paths() == [str(src)]
    assert dialog.prefix == "inbox/"
    dialog.start_button.click()
    _wait_jobs_done(qtbot, window.transfer_panel, 1)
    assert storage.exists(bucket, "inbox/dropped.vcf.zst")


def test_retry_failed_upload(qtbot, window, storage, bucket, faults, tmp_path, monkeypatch):
    src = tmp_path / "retry.fastq"
    src.write_bytes(FASTQ)
    rule = faults.fail_next(None, code="AccessDenied", method="PUT", path=bucket.name)
    open_bucket(qtbot, window, bucket)
    _upload_via_dialog(qtbot, window, monkeypatch, [src])
    panel = window.transfer_panel
    _wait_jobs_done(qtbot, panel, 1)
    assert _job_states(panel) == [State.FAILED]
    details = panel.model.index(0, COL_DETAILS).data()
    assert "拒绝访问" in details and "请求 ID" in details  # translated code + COS request id
    # 失败 filter, select, 重试
    panel.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: len(panel.model.jobs) == 1, timeout=WAIT)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.retry_button.isEnabled()
    faults.remove(rule)
    panel.retry_button.click()
    qtbot.waitUntil(lambda: len(panel.model.jobs) == 0, timeout=WAIT)  # leaves 失败
    panel.tabs.setCurrentIndex(2)  # 成功
    qtbot.waitUntil(lambda: _job_states(panel) == [State.SUCCEEDED], timeout=WAIT)
    assert storage.exists(bucket, "retry.fastq.zst")


def test_pause_resume_cancel_remove_clear_export(
    qtbot, window, bucket, faults, tmp_path, monkeypatch
):
    src = tmp_path / "slow.bin"
    src.write_bytes(bytes(range(256)) * 4096)  # 1 MiB: about 4 s at the throttled rate
    faults.limit_bandwidth(256 * 1024, path=bucket.name)  # slow enough to catch it running
    open_bucket(qtbot, window, bucket)
    _upload_via_dialog(qtbot, window, monkeypatch, [src], compress=False)
    panel = window.transfer_panel
    qtbot.waitUntil(lambda: len(panel.model.jobs) == 1, timeout=WAIT)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.waitUntil(lambda: panel.pause_button.isEnabled(), timeout=WAIT)
    panel.pause_button.click()
    qtbot.waitUntil(lambda: _job_states(panel) == [State.PAUSED], timeout=WAIT)
    assert panel.resume_button.isEnabled()
    panel.resume_button.click()
    qtbot.waitUntil(lambda: _job_states(panel)[0] in (State.QUEUED, State.RUNNING), timeout=WAIT)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: _job_states(panel) == [State.CANCELLED], timeout=WAIT)
    faults.clear()
    # export CSV
    out = tmp_path / "list.csv"
    panel.export_button.click()
    answer_file_dialog(panel.export_dialog, [str(out)])
    assert acknowledge(qtbot, panel) == "已导出 1 行。"
    assert "slow.bin" in out.read_text(encoding="utf-8")
    # remove, then clear finished on an empty list
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.remove_button.click()
    qtbot.waitUntil(lambda: len(panel.model.jobs) == 0, timeout=WAIT)
    assert panel.empty_label.isVisibleTo(panel)
    panel.clear_button.click()


def test_jobs_model_pages_items_and_passes_modeltester(
    qtbot, qtmodeltester, ctx, runner, bucket, tmp_path
):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        (folder / f"f{i:02d}.txt").write_bytes(b"x" * (i + 1))
    ids = ctx.transfers.upload([folder], bucket, "", compress=False)
    model = JobsModel(TransferSource(ctx.transfers), ctx.transfer_signals, runner)
    qtbot.waitUntil(lambda: len(model.jobs) == 1, timeout=WAIT)
    assert ctx.transfers.wait(ids, timeout=60)
    qtbot.waitUntil(lambda: model.jobs[0].status.job.state is State.SUCCEEDED, timeout=WAIT)
    job = model.index(0, 0)
    assert model.hasChildren(job) and model.canFetchMore(job)
    model.fetchMore(job)
    qtbot.waitUntil(lambda: model.rowCount(job) == 12, timeout=WAIT)
    assert model.index(0, 0, job).data() == "f00.txt"
    assert model.index(0, 1, job).data() == "成功"
    assert "12/12" in model.index(0, COL_DETAILS).data()
    qtmodeltester.check(model)


def test_a_folder_download_still_listing_can_be_paused_and_cancelled(qtbot, window):
    """A folder download downloads while its files are still listed (shown 进行中): 暂停 and
    取消 are offered for it, and 暂停 pauses it there and then."""
    from gene_desk.transfer.plan import OPTION_LISTING, OPTION_STREAMED

    panel = window.transfer_panel
    manager = panel.source.manager
    job = manager.journal.create_job(
        "download", "run42/", "cos://b/run42/", "/tmp/out",
        {"bucket": "b", "region": "ap-guangzhou", OPTION_STREAMED: True, OPTION_LISTING: True},
        state=State.PLANNING, runner=manager.runner_id,
    )  # fmt: skip
    manager.state.emit_job(job)
    window.show_transfers(job)
    qtbot.waitUntil(lambda: [n.id for n in panel.model.jobs] == [job], timeout=WAIT)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.waitUntil(lambda: panel.pause_button.isEnabled(), timeout=WAIT)
    assert panel.cancel_button.isEnabled() and not panel.resume_button.isEnabled()
    panel.pause_button.click()
    qtbot.waitUntil(lambda: _job_states(panel) == [State.PAUSED], timeout=WAIT)
    assert manager.journal.job(job).state is State.PAUSED
    qtbot.waitUntil(lambda: panel.resume_button.isEnabled(), timeout=WAIT)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: _job_states(panel) == [State.CANCELLED], timeout=WAIT)
