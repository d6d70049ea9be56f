"""The system file dialogs (选择文件 / 选择文件夹 / save as), opened with ``open()``.

The static ``QFileDialog.get…`` helpers run a nested event loop: while one is up, queued signals
from workers (transfer progress, a finished listing) are delivered inside it and a window can be
closed under the caller's feet. These helpers build the dialog, open it window-modal and call
``on_chosen`` when the user confirms; nothing happens when the user cancels. The dialog is
returned (and deleted when closed) so a caller can keep it, e.g. ``self.file_dialog``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def start_folder(start: str) -> str:
    """The folder a dialog opens on: ``start`` or its nearest existing parent, else the home
    folder. Opened on a folder that does not exist, Qt's dialog shows another one and keeps
    its 选择 button disabled; opened on "" it shows the process's working folder."""
    if start:
        path = Path(start).expanduser().absolute()
        for folder in (path, *path.parents):
            if folder.is_dir():
                return str(folder)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


def _dialog(parent: QWidget, caption: str, start: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, start)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def choose_files(
    parent: QWidget, caption: str, on_chosen: Callable[[list[str]], None], start: str = ""
) -> QFileDialog:
    """选择文件: one or more existing files."""
    dialog = _dialog(parent, caption, start_folder(start))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.filesSelected.connect(lambda files: on_chosen(list(files)) if files else None)
    dialog.open()
    return dialog


def choose_folder(
    parent: QWidget, caption: str, on_chosen: Callable[[str], None], start: str = ""
) -> QFileDialog:
    """选择文件夹: one existing folder."""
    dialog = _dialog(parent, caption, start_folder(start))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.fileSelected.connect(lambda folder: on_chosen(folder) if folder else None)
    dialog.open()
    return dialog


def choose_save_file(
    parent: QWidget,
    caption: str,
    on_chosen: Callable[[str], None],
    start: str = "",
    name_filter: str = "",
) -> QFileDialog:
    """Save as: a file name to write (the dialog asks before replacing an existing file).

    ``start`` may be a folder or a suggested file (shown in its nearest existing folder)."""
    name = Path(start).name if start and not Path(start).is_dir() else ""
    if name:  # a bare name goes to the home folder, not the working folder
        start = str(Path(start).parent) if Path(start).is_absolute() else ""
    folder = start_folder(start)
    dialog = _dialog(parent, caption, str(Path(folder) / name) if name else folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if name_filter:
        dialog.setNameFilter(name_filter)
    dialog.fileSelected.connect(lambda path: on_chosen(path) if path else None)
    dialog.open()
    return dialog
