"""MD5 lists in the window (pytest-qt, real sandbox): 验证MD5 picks a manifest with the file
dialog and shows every file's result in a table; an upload of a folder that came with an
md5sum.txt offers the check first; 导出MD5清单 writes the GNU list from metadata and offers to
compute what is missing. The real-program proof is tests/acceptance/test_md5.py."""

from __future__ import annotations

import hashlib
import subprocess

from PySide6.QtCore import Qt

from gene_desk.ui import prompts
from tests.ui.conftest import WAIT, acknowledge, answer, answer_file_dialog, open_bucket


def md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


def _delivery(root):
    root.mkdir()
    (root / "a.fq").write_bytes(b"AAAA")
    (root / "b.fq").write_bytes(b"BBBB")
    listing = subprocess.run(["md5sum", "a.fq", "b.fq"], cwd=root, capture_output=True, check=True)
    (root / "md5sum.txt").write_bytes(listing.stdout)
    return root


def _rows(dialog) -> dict[str, str]:
    table = dialog.table
    return {
        table.item(r, 0).text(): table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(table.rowCount())
    }


def test_verify_action_shows_each_file(qtbot, window, tmp_path):
    root = _delivery(tmp_path / "delivery")
    (root / "b.fq").write_bytes(b"changed")
    (root / "extra.fq").write_bytes(b"x")
    window.act_verify_md5.trigger()
    answer_file_dialog(window.md5.file_dialog, [str(root / "md5sum.txt")])
    dialog = window.md5.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT)
    assert _rows(dialog) == {"a.fq": "ok", "b.fq": "mismatched", "extra.fq": "extra"}
    assert dialog.table.item(0, 0).text() == "b.fq"  # problems first
    assert dialog.proceed_button is None and not dialog.progress.isVisible()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def test_upload_of_a_folder_with_md5sum_offers_the_check(qtbot, window, bucket, tmp_path):
    root = _delivery(tmp_path / "delivery")
    open_bucket(qtbot, window, bucket)
    window.act_upload.trigger()
    upload = window.upload_dialog
    upload.add_paths([str(root)])
    upload.start_button.click()
    qtbot.waitUntil(lambda: prompts.last_prompt(upload) is not None, timeout=WAIT)
    box = prompts.last_prompt(upload)
    assert "md5sum.txt" in box.text()
    box.check_button.click()
    qtbot.waitUntil(lambda: window.md5.dialog is not None, timeout=WAIT)
    check = window.md5.dialog
    qtbot.waitUntil(lambda: check.proceed_button.isEnabled(), timeout=WAIT)
    assert _rows(check) == {"a.fq": "ok", "b.fq": "ok"}
    check.proceed_button.click()
    qtbot.waitUntil(lambda: window.ctx.journal.jobs(["upload"]) != [], timeout=WAIT)


def test_failed_check_closed_goes_back_to_the_upload_dialog(qtbot, window, bucket, tmp_path):
    root = _delivery(tmp_path / "delivery")
    (root / "a.fq").unlink()
    open_bucket(qtbot, window, bucket)
    window.act_upload.trigger()
    upload = window.upload_dialog
    upload.add_paths([str(root)])
    upload.start_button.click()
    qtbot.waitUntil(lambda: prompts.last_prompt(upload) is not None, timeout=WAIT)
    prompts.last_prompt(upload).check_button.click()
    qtbot.waitUntil(lambda: window.md5.dialog is not None, timeout=WAIT)
    check = window.md5.dialog
    qtbot.waitUntil(lambda: check.proceed_button.isEnabled(), timeout=WAIT)
    assert _rows(check)["a.fq"] == "missing"
    assert check.proceed_button.text() != "上传"  # 仍然上传 / Upload anyway
    check.close_button.click()
    qtbot.waitUntil(lambda: upload.start_button.isEnabled(), timeout=WAIT)
    assert upload.isVisible() and window.ctx.journal.jobs(["upload"]) == []


def test_export_writes_the_list_and_computes_missing(qtbot, window, storage, bucket, tmp_path):
    client = storage.clients.client(bucket.region)
    client.put_object(
        Bucket=bucket.name, Key="p/a.txt", Body=b"aaa", Metadata={"x-cos-meta-gd-md5": md5(b"aaa")}
    )
    client.put_object(Bucket=bucket.name, Key="p/sub/b.txt", Body=b"bbb")  # no MD5
    open_bucket(qtbot, window, bucket)
    target = tmp_path / "md5sum.txt"
    window.export_md5(bucket, "p/")
    answer_file_dialog(window.md5.file_dialog, [str(target)])
    text = answer(qtbot, window, yes=True)  # compute the one without MD5
    assert "1" in text
    qtbot.waitUntil(lambda: window.md5.last_export is not None, timeout=WAIT)
    acknowledge(qtbot, window)
    assert target.read_text() == f"{md5(b'aaa')}  a.txt\n{md5(b'bbb')}  sub/b.txt\n"
    assert window.md5.last_export == (str(target), 2, 0)


def test_settings_switch_md5_recording_off_for_new_uploads(
    qtbot, window, storage, bucket, tmp_path
):
    dialog = window.open_settings()
    assert dialog.record_md5.isChecked()  # on by default
    dialog.record_md5.setChecked(False)
    dialog._save()
    assert window.ctx.transfers.settings.record_md5 is False
    assert window.ctx.settings.record_md5 is False
    path = tmp_path / "r.txt"
    path.write_bytes(b"no md5 please")
    (job,) = window.ctx.transfers.upload([path], bucket, "")
    assert window.ctx.transfers.wait([job], timeout=60)
    info = storage.head_object(bucket, "r.txt.zst")
    assert "gd-md5" not in info.metadata and info.metadata["gd-codec"] == "zstd"
