"""分享 in the window (pytest-qt over the real sandbox): the action on one selected file, the
expiry combo, 生成链接, the read-only link that downloads the file with plain HTTP, 复制链接 on
the clipboard, the statement of until when, and the .zst note. The acceptance test
(tests/acceptance/test_share.py) drives the same through the real program."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gene_desk.account.sharing import DAY, HOUR
from gene_desk.core.chinatime import CHINA_TZ
from gene_desk.ui.share_dialog import ShareDialog
from tests.account.test_share_links import fetch
from tests.helpers.storage import put_object
from tests.ui.conftest import WAIT, open_bucket, prompt


def _generate(qtbot, dialog: ShareDialog, seconds: int) -> None:
    dialog.expiry.setCurrentIndex(dialog.expiry.findData(seconds))
    before = dialog.result_link
    dialog.generate.click()
    qtbot.waitUntil(lambda: dialog.result_link is not before, timeout=WAIT)


def test_share_action_makes_a_link_that_downloads_the_file(qtbot, window, storage, bucket):
    data = b"@r\nACGT\n+\nIIII\n" * 300
    put_object(storage, bucket, "S1.fastq", data)
    open_bucket(qtbot, window, bucket)
    window.select_keys(["S1.fastq"])
    assert window.act_share.isEnabled()
    window.act_share.trigger()
    dialog = window.shares.dialog
    assert isinstance(dialog, ShareDialog) and dialog.isVisible()
    assert [dialog.expiry.itemText(i) for i in range(dialog.expiry.count())] == [
        "1小时",
        "1天",
        "3天",
        "7天",
    ]
    assert not dialog.copy.isEnabled() and dialog.url.text() == ""
    _generate(qtbot, dialog, 3 * DAY)
    url = dialog.url.text()
    assert dialog.url.isReadOnly() and dialog.url.accessibleName()
    assert fetch(url) == (200, data)
    link = dialog.result_link.link
    assert (link.expires_at - link.created_at).total_seconds() == 3 * DAY
    statement = dialog.status.text()
    assert statement.startswith("任何获得此链接的人都可以在 ")
    assert dialog.result_link.expires_china() in statement and "之前下载" in statement
    assert dialog.note.isHidden()
    dialog.copy.click()
    assert QApplication.clipboard().text() == url
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT)


def test_compressed_file_note_and_a_second_link(qtbot, window, storage, bucket):
    put_object(storage, bucket, "reads.fastq.zst", b"(\xb5/\xfd\x00")
    open_bucket(qtbot, window, bucket)
    dialog = window.shares.share(bucket, "reads.fastq.zst")
    _generate(qtbot, dialog, HOUR)
    first = dialog.url.text()
    note = dialog.note.text()
    assert not dialog.note.isHidden()
    assert "reads.fastq.zst" in note and "zstd -d reads.fastq.zst" in note and "7-Zip" in note
    _generate(qtbot, dialog, 7 * DAY)  # another expiry: another link
    assert dialog.url.text() != first and fetch(dialog.url.text())[0] == 200
    dialog.close()


def test_share_needs_one_file(qtbot, window, bucket):
    open_bucket(qtbot, window, bucket)
    window.select_keys([])
    assert not window.act_share.isEnabled()
    window.shares.share_selection()
    box = prompt(qtbot, window)
    assert box.text()
    box.close()


def test_a_missing_file_is_an_error_in_the_dialog(qtbot, window, bucket):
    open_bucket(qtbot, window, bucket)
    dialog = window.shares.share(bucket, "gone.fastq")
    dialog.generate.click()
    qtbot.waitUntil(lambda: dialog.generate.isEnabled(), timeout=WAIT)
    assert dialog.url.text() == "" and not dialog.copy.isEnabled()
    assert dialog.status.text() and "任何获得此链接的人" not in dialog.status.text()
    dialog.close()


def test_share_records_page_lists_the_link(qtbot, window, storage, bucket, session, tmp_path):
    from tests.ui.account_support import make_account_window, open_list

    put_object(storage, bucket, "for-records.txt", b"x")
    link = window.shares.share(bucket, "for-records.txt")
    _generate(qtbot, link, DAY)
    made = link.result_link.link
    link.close()
    account = make_account_window(qtbot, session, window.runner, tmp_path)
    assert "分享记录" in [account.nav.item(i).text().strip() for i in range(account.nav.count())]
    panel = open_list(qtbot, account, "shares")
    model = panel.model
    shown = [c for c in range(model.columnCount()) if not panel.view.isColumnHidden(c)]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in shown]
    assert headers == ["分享人", "存储桶", "对象", "分享时间", "失效时间"]
    first = [model.index(0, c).data() for c in shown]
    assert first[:3] == ["管理员", bucket.name, "for-records.txt"]
    assert first[4] == made.expires_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S")
