"""上传文件 with two files of one name picked from two folders (pytest-qt, real sandbox).

Repeated picks put ``a/x.fq`` and ``b/x.fq`` in one upload: both would write ``x.fq.zst`` and the
second would silently replace the first. The dialog now shows the refusal with both paths, and
nothing is queued or sent (transfer/upload_names.py)."""

from __future__ import annotations

from gene_desk.journal import Journal
from tests.ui.conftest import WAIT, open_bucket


def test_two_files_of_one_name_from_two_folders_are_refused_in_the_dialog(
    qtbot, window, storage, bucket, tmp_path
):
    a, b = tmp_path / "a" / "x.fq", tmp_path / "b" / "x.fq"
    for n, path in enumerate((a, b)):
        path.parent.mkdir()
        path.write_bytes(b"@r%d\nACGT\n+\nIIII\n" % n)
    open_bucket(qtbot, window, bucket)
    window.act_upload.trigger()
    dialog = window.upload_dialog
    dialog.add_paths([str(a)])  # 选择文件 in folder a, then again in folder b
    dialog.add_paths([str(b)])
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    text = dialog.error_label.text()
    assert str(a) in text.splitlines() and str(b) in text.splitlines(), text
    assert "x.fq.zst" in text
    assert "同名" in text, text  # the zh_CN sentence, not the English source
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=WAIT)
    assert dialog.isVisible()  # the user can remove one and try again
    assert window.ctx.journal.jobs(["upload"]) == [] and Journal().count_jobs() == 0
    assert list(storage.iter_objects(bucket, "")) == []
    # one compressed and one sent as is collide too (x.fq.zst both ways): the groups together
    dialog.set_compress(str(b), False)
    b2 = tmp_path / "b" / "x.fq.zst"
    b2.write_bytes(b"not zstd")
    dialog.add_paths([str(b2)])
    dialog.set_compress(str(b2), False)
    dialog.show_error("")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    lines = dialog.error_label.text().splitlines()
    assert str(a) in lines and str(b2) in lines and str(b) not in lines, lines
