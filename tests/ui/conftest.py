"""Fixtures for the window tests: a logged-in main window over the real sandbox.

The window runs with the real engine (transfer manager, compression queue, journal in the test's
own GENE_DESK_HOME) and the Chinese translation installed, so the seed's prompts are checked
verbatim. Dialogs are answered the way a user would: non-modal boxes are found through
``prompts.last_prompt`` and clicked; Qt's file dialogs (opened with ``open()``) are answered with
``answer_file_dialog``.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gene_desk.ui import i18n, prompts
from gene_desk.ui.context import build_context
from gene_desk.ui.gc_guard import MainThreadCollector
from gene_desk.ui.jobs_model import JobSignals
from gene_desk.ui.main_window import MainWindow
from gene_desk.ui.settings import UiSettings
from gene_desk.ui.tasks import TaskRunner

WAIT = 20_000  # ms; generous for a loaded 2-core CI machine

# Qt's offscreen platform plugin (CI has no display) warns that it cannot do these; they say
# nothing about our code, every other Qt warning still fails the test.
OFFSCREEN_NOISE = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
    r"This plugin does not support setParent!",
)


def pytest_collection_modifyitems(config, items):
    here = str(config.rootpath / "tests" / "ui")
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp):
    """As the app does (make_app): cycles are collected on the GUI thread only, or a worker
    thread may destroy a Qt object and crash the run."""
    collector = MainThreadCollector(qapp)
    qapp.gc_collector = collector
    yield collector
    collector.stop()
    del qapp.gc_collector


@pytest.fixture
def zh(qapp):
    i18n.install("zh_CN")
    yield
    i18n.install("zh_CN")


@pytest.fixture
def en(qapp):
    i18n.install("en")
    yield
    i18n.install("zh_CN")


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.wait_done(30_000)
    QApplication.processEvents()


@pytest.fixture
def ctx(session, runner, zh, tmp_path):
    settings = UiSettings(download_dir=str(tmp_path / "downloads"), files_parallel=2)
    c = build_context(session, settings, runner, JobSignals(), JobSignals())
    yield c
    c.shutdown()


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.tree_model.root.loaded, timeout=WAIT)
    yield w
    w._quit_confirmed = True


def open_bucket(qtbot, window, bucket) -> None:
    """Select a bucket in the left pane and wait for its first page."""
    if not window.tree_model.bucket_index(bucket.name).isValid():
        window.tree_model.reload_buckets()  # created after the window opened
    qtbot.waitUntil(lambda: window.tree_model.bucket_index(bucket.name).isValid(), timeout=WAIT)
    assert window.select_bucket(bucket.name)
    wait_listed(qtbot, window)


def wait_listed(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.table_model.complete, timeout=WAIT)


def prompt(qtbot, parent) -> QMessageBox:
    qtbot.waitUntil(lambda: prompts.last_prompt(parent) is not None, timeout=WAIT)
    box = prompts.last_prompt(parent)
    assert box is not None
    return box


def answer(qtbot, parent, *, yes: bool = True) -> str:
    """Click the confirm (or cancel) button of the open question; returns its text."""
    box = prompt(qtbot, parent)
    text = box.text()
    assert hasattr(box, "yes_button"), f"not a question: {text}"
    (box.yes_button if yes else box.no_button).click()
    return text


def acknowledge(qtbot, parent) -> str:
    """Read and close an information/warning box with 确定."""
    box = prompt(qtbot, parent)
    text = box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: prompts.last_prompt(parent) is None, timeout=WAIT)
    return text


def answer_file_dialog(dialog: QFileDialog, paths: list[str]) -> None:
    """Choose ``paths`` in an open Qt file dialog and confirm, as a user does: the names go
    into its file-name field (quoted, for several files of one folder) and the dialog accepts,
    so Qt's own checks (the file exists, a folder is a folder) run."""
    assert dialog.isVisible(), "the file dialog is not open"
    folders = {os.path.dirname(p) for p in paths}
    if dialog.fileMode() == QFileDialog.FileMode.Directory:
        assert len(paths) == 1
        dialog.setDirectory(paths[0])
        dialog.selectFile(paths[0])
    elif len(paths) == 1:
        dialog.selectFile(paths[0])
    else:
        assert len(folders) == 1, "a file dialog chooses files of one folder"
        dialog.setDirectory(folders.pop())
        dialog.selectFile(" ".join(f'"{os.path.basename(p)}"' for p in paths))
    dialog.accept()
    assert not dialog.isVisible(), "the file dialog refused the choice"
