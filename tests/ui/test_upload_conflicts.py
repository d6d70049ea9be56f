"""The upload conflict flow in the window (pytest-qt): closing the question queues nothing; a
skipped file is a 已跳过 row. The real-program proof is tests/acceptance/test_upload_conflict.py."""

from __future__ import annotations

from gene_desk.journal import State
from gene_desk.ui.jobs_model import COL_DETAILS, COL_STATE
from gene_desk.ui.upload_conflict_dialog import UploadConflictDialog
from tests.ui.conftest import WAIT, open_bucket


def _put(storage, bucket, key: str, body: bytes = b"old") -> None:
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key=key, Body=body)


def _start_upload(window, paths):
    window.act_upload.trigger()
    dialog = window.upload_dialog
    dialog.add_paths([str(p) for p in paths])  # what 选择文件 does with the chosen files
    dialog.start_button.click()
    return dialog


def _question(qtbot, window) -> UploadConflictDialog:
    """The question showing over the upload dialog (a user sees it; nothing else keeps it)."""

    def showing() -> list[UploadConflictDialog]:
        found = window.upload_dialog.findChildren(UploadConflictDialog)
        return [d for d in found if d.isVisible()]

    qtbot.waitUntil(lambda: len(showing()) == 1, timeout=WAIT)
    return showing()[0]


def test_closing_the_question_queues_nothing(qtbot, window, storage, bucket, tmp_path):
    src = tmp_path / "reads.fastq"
    src.write_bytes(b"@r\nACGT\n+\nIIII\n")
    _put(storage, bucket, "reads.fastq")  # the plain twin of reads.fastq.zst
    open_bucket(qtbot, window, bucket)
    dialog = _start_upload(window, [src])
    question = _question(qtbot, window)
    assert question.windowTitle() == "文件已存在"
    assert "reads.fastq" in question.message.text()
    assert not question.apply_all.isVisibleTo(question)
    assert question.rename_button.isDefault()  # Enter keeps both: loses nothing
    assert not dialog.start_button.isEnabled()
    question.reject()  # Esc / the close button
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=WAIT)
    assert dialog.isVisible()  # the user can change the list and try again
    assert window.ctx.journal.jobs(["upload"]) == []


def test_skipped_file_is_a_skipped_row(qtbot, window, storage, bucket, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("new a")
    b.write_text("new b")
    _put(storage, bucket, "a.txt.zst")
    _put(storage, bucket, "b.txt.zst")
    open_bucket(qtbot, window, bucket)
    _start_upload(window, [a, b])
    question = _question(qtbot, window)
    assert question.apply_all.isVisibleTo(question)
    assert question.apply_all.text() == "应用到全部（还有 1 个冲突）"
    question.apply_all.setChecked(True)
    question.skip_button.click()
    panel = window.transfer_panel
    qtbot.waitUntil(
        lambda: (
            len(panel.model.jobs) == 2
            and all(n.status.job.state is State.SUCCEEDED for n in panel.model.jobs)
        ),
        timeout=WAIT,
    )
    for row in range(2):
        assert panel.model.index(row, COL_STATE).data() == "已跳过"
        assert panel.model.index(row, COL_DETAILS).data().startswith("1 个已跳过")
    for key in ("a.txt.zst", "b.txt.zst"):
        body = storage.clients.client(bucket.region).get_object(Bucket=bucket.name, Key=key)
        assert body["Body"].get_raw_stream().read() == b"old"


def test_skipped_files_in_a_folder_are_skipped_item_rows(qtbot, window, storage, bucket, tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    (run / "x.txt").write_text("new x")
    (run / "y.txt").write_text("new y")
    _put(storage, bucket, "run/x.txt")
    open_bucket(qtbot, window, bucket)
    window.act_upload.trigger()
    dialog = window.upload_dialog
    dialog.add_paths([str(run)])
    dialog.set_compress(str(run), False)  # file by file
    dialog.start_button.click()
    question = _question(qtbot, window)
    assert "run/x.txt" in question.message.text()
    question.skip_button.click()
    panel = window.transfer_panel
    qtbot.waitUntil(
        lambda: (
            len(panel.model.jobs) == 1 and panel.model.jobs[0].status.job.state is State.SUCCEEDED
        ),
        timeout=WAIT,
    )
    assert panel.model.index(0, COL_STATE).data() == "成功"  # y.txt was uploaded
    assert "1 个已跳过" in panel.model.index(0, COL_DETAILS).data()
    parent = panel.model.index(0, 0)
    panel.view.expand(parent)
    qtbot.waitUntil(lambda: panel.model.rowCount(parent) == 2, timeout=WAIT)
    rows = {
        panel.model.index(r, 0, parent).data(): (
            panel.model.index(r, COL_STATE, parent).data(),
            panel.model.index(r, COL_DETAILS, parent).data(),
        )
        for r in range(2)
    }
    assert rows["x.txt"] == ("已跳过", "未上传：存储桶中已有该文件")
    assert rows["y.txt"][0] == "成功"
