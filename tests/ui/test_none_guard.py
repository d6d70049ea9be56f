"""PySide6 6.12 hands None (invalid QVariants) and True (bool signals) to Python without a
reference (gene_desk/ui/none_guard.py).

Run in a child interpreter: without the guard the child aborts ("deallocating None"), which
would take pytest down with it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
    from PySide6.QtWidgets import QApplication
    if sys.argv[1] == "app":
        from gene_desk.ui.app import make_app
        app = make_app(["t"])
    else:
        app = QApplication(["t"])

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 1
        def columnCount(self, parent=QModelIndex()):
            return 1
        def data(self, index, role=0):
            return None

    model = Model()
    index = model.index(0, 0)
    for _ in range(300_000):  # what a delegate asks while painting a long transfer
        index.data(Qt.ItemDataRole.UserRole)

    class Emitter(QObject):
        changed = Signal(bool)

    emitter = Emitter()
    emitter.changed.connect(lambda value: None)
    for _ in range(300_000):  # a model's loading_changed(True) over a long session
        emitter.changed.emit(True)
    print("alive")
    os._exit(0)
    """
)


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, mode], capture_output=True, text=True, timeout=300
    )


def test_the_window_survives_many_none_answers_from_a_model():
    done = _run("app")  # make_app applies the guard
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"


def test_guard_is_idempotent_and_leaves_newer_pythons_alone():
    from gene_desk.ui.none_guard import MARGIN, guard_none_refcount

    guard_none_refcount()
    before = sys.getrefcount(None)
    assert guard_none_refcount() is False  # a second call does not raise it again
    assert sys.getrefcount(None) - before < 1000
    if sys.version_info < (3, 12):
        assert min(sys.getrefcount(x) for x in (None, True, False)) > MARGIN
