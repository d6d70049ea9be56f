"""The create-bucket dialog shows how many characters the chosen region leaves for the name.

"存储桶概述 > 存储桶命名规范": COS limits the whole domain NAME-APPID.cos.REGION.myqcloud.com to
60 characters, so with APPID 1250000000 a name may have 21 characters in ap-beijing but only 15
in na-siliconvalley. The dialog says so as the user types or changes region, and refuses (OK
disabled, reason shown) a name that only fits another region.
"""

from __future__ import annotations

from gene_desk.ui.dialogs import CreateBucketDialog


def _choose(dialog: CreateBucketDialog, region: str) -> None:
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData(region))


def test_room_left_follows_name_and_region(qtbot, en):
    dialog = CreateBucketDialog("1250000000", "ap-beijing")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.remaining_label.text() == "21 of 21 characters left in this region"
    qtbot.keyClicks(dialog.name_edit, "reads-2026")
    assert dialog.remaining_label.text() == "11 of 21 characters left in this region"
    _choose(dialog, "na-siliconvalley")
    assert dialog.remaining_label.text() == "5 of 15 characters left in this region"
    assert dialog.ok_button.isEnabled()

    dialog.name_edit.setText("a" * 16)  # fits Beijing, not Silicon Valley
    assert not dialog.ok_button.isEnabled()
    assert dialog.remaining_label.text() == "0 of 15 characters left in this region"
    assert "at most 15 characters" in dialog.error_label.text()
    _choose(dialog, "ap-beijing")
    assert dialog.ok_button.isEnabled() and dialog.error_label.text() == ""
    assert dialog.remaining_label.text() == "5 of 21 characters left in this region"

    submitted = []
    dialog.submitted.connect(lambda name, region: submitted.append((name, region)))
    dialog.ok_button.click()
    assert submitted == [("a" * 16, "ap-beijing")]
    dialog.reject()


def test_room_left_is_translated(qtbot, zh):
    dialog = CreateBucketDialog("1250000000", "na-siliconvalley")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.remaining_label.text() == "本地域还可输入 15 个字符（最多 15 个）"
    dialog.reject()
