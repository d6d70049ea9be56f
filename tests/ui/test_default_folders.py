"""Default folders exist (issue 12, defect 3.10): the download / compression-output default is
made if missing, and file dialogs open on a folder that exists with 选择 enabled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from gene_desk.ui import dialogs, file_dialogs
from gene_desk.ui.settings import UiSettings
from tests.ui.conftest import answer_file_dialog


def test_the_default_download_folder_is_the_desktops_and_is_made(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)  # no user-dirs.dirs: ~/Downloads
    folder = UiSettings().effective_download_dir()
    assert folder == str(tmp_path / "Downloads")
    assert Path(folder).is_dir()


def test_a_chosen_download_folder_that_went_missing_is_made_again(qapp, tmp_path):
    chosen = tmp_path / "data" / "incoming"
    assert UiSettings(download_dir=str(chosen)).effective_download_dir() == str(chosen)
    assert chosen.is_dir()


def test_a_folder_that_cannot_be_made_falls_back_to_the_desktops(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    folder = UiSettings(download_dir=str(blocker / "sub")).effective_download_dir()
    assert folder == str(tmp_path / "Downloads")


def test_file_dialogs_open_on_the_nearest_existing_folder(qapp, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert file_dialogs.start_folder(str(tmp_path / "gone" / "deeper")) == str(tmp_path)
    assert file_dialogs.start_folder("") == str(tmp_path)  # home, not the working folder


def test_settings_browse_opens_a_folder_dialog_with_choose_enabled(qapp, qtbot, tmp_path):
    target = tmp_path / "elsewhere"
    target.mkdir()
    dialog = dialogs.SettingsDialog(UiSettings(download_dir=str(tmp_path / "dl")))
    qtbot.addWidget(dialog)
    dialog.open()
    assert (tmp_path / "dl").is_dir()  # made when the dialog showed it
    dialog.browse_button.click()  # returns at once: the folder dialog is opened with open()
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    assert chooser.directory().absolutePath() == str(tmp_path / "dl")
    choose = chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
    assert choose is not None and choose.isEnabled()
    answer_file_dialog(chooser, [str(target)])
    assert dialog.download_dir.text() == str(target)


def test_save_dialog_keeps_the_suggested_name_in_an_existing_folder(
    qapp, qtbot, tmp_path, monkeypatch
):
    monkeypatch.setenv("HOME", str(tmp_path))
    parent = QWidget()
    qtbot.addWidget(parent)
    bare = file_dialogs.choose_save_file(parent, "x", lambda _p: None, "list.csv")
    assert bare.directory().absolutePath() == str(tmp_path)  # home, not the working folder
    bare.close()
    gone = file_dialogs.choose_save_file(
        parent, "x", lambda _p: None, str(tmp_path / "a" / "l.csv")
    )
    assert gone.directory().absolutePath() == str(tmp_path)
    assert gone.selectedFiles()[0].endswith("l.csv")
    gone.close()
