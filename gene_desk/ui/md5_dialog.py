"""The dialog of 验证MD5 (check a delivery against its MD5 list): progress while the files are
hashed, then a summary and a table of every file that is not simply OK first.

Why a dialog with a table and not a message box: a delivery has tens to thousands of files, and
the person needs to see *which* ones are missing or differ (and which the list forgot), sort
them, and copy a name. The dialog only shows; ``ui/flows/md5.py`` runs the check on a worker and
sets ``stop`` when the dialog closes, so the hashing ends with it. Names from the manifest and
the disk are shown escaped (``core.text.printable``): a newline in a name stays on one row.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gene_desk.core.text import printable
from gene_desk.transfer.manifest import VerifyReport
from gene_desk.transfer.manifest.verify import EXTRA, MISMATCHED, MISSING, OK, UNREADABLE

_ORDER = {MISMATCHED: 0, MISSING: 1, UNREADABLE: 2, EXTRA: 3, OK: 4}


class Md5ResultDialog(QDialog):
    """Progress, then the report. ``proceed_text`` adds an accepting button (the upload flow's
    上传 / 仍然上传); without it the dialog has only 关闭."""

    COLUMNS = 4

    def __init__(self, title: str, parent: QWidget | None = None, proceed_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("md5Dialog")
        self.setAccessibleName(title)
        self.resize(760, 460)
        self.stop = threading.Event()
        self.finished.connect(lambda _code: self.stop.set())
        self.summary = QLabel(self.tr("Checking the files..."))
        self.summary.setObjectName("md5Summary")
        # no fixed accessible name: a label's text is its name, which a screen reader reads
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("md5Progress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 0)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("md5Table")
        self.table.setAccessibleName(self.tr("Files"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Result"), self.tr("Expected MD5"), self.tr("Actual MD5")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("md5Problems")
        self.problems.setAccessibleName(self.tr("Lines that could not be read"))
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(90)
        self.problems.hide()
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("md5Close")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.proceed_button: QPushButton | None = None
        if proceed_text:
            self.proceed_button = self.buttons.addButton(
                proceed_text, QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.proceed_button.setObjectName("md5Proceed")
            self.proceed_button.setAccessibleName(proceed_text)
            self.proceed_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.summary.setText(
            self.tr("Checking the files... {done} of {total}").format(done=done, total=total)
        )

    def status_text(self, status: str) -> str:
        return {
            OK: self.tr("OK"),
            MISMATCHED: self.tr("MD5 differs"),
            MISSING: self.tr("Missing"),
            UNREADABLE: self.tr("Cannot be read"),
            EXTRA: self.tr("Not in the list"),
        }[status]

    def problem_text(self, reason: str) -> str:
        return {
            "format": self.tr("not an MD5 line (GNU, BSD or CSV)"),
            "escape": self.tr("unknown escape in the file name"),
            "unsafe-name": self.tr("the name points outside the folder"),
            "empty-name": self.tr("no file name"),
            "duplicate": self.tr("listed again with another MD5"),
            "csv-columns": self.tr("expected two columns: a file name and an MD5"),
        }.get(reason, reason)

    def show_report(self, report: VerifyReport, passed: bool, manifest_name: str = "") -> None:
        self.progress.hide()
        counts = self.tr(
            "{ok} OK, {bad} differ, {missing} missing, {unreadable} cannot be read,"
            " {extra} not in the list"
        ).format(
            ok=report.count(OK),
            bad=report.count(MISMATCHED),
            missing=report.count(MISSING),
            unreadable=report.count(UNREADABLE),
            extra=report.count(EXTRA),
        )
        verdict = (
            self.tr("All listed files match {name}.")
            if passed
            else self.tr("The files do not match {name}.")
        ).format(name=printable(manifest_name))
        self.summary.setText(f"{verdict}\n{counts}")
        checks = sorted(report.checks, key=lambda c: (_ORDER[c.status], c.path))
        self.table.setRowCount(len(checks))
        for row, check in enumerate(checks):
            result = self.status_text(check.status)
            if check.error:
                result = f"{result} ({printable(check.error)})"
            cells = [printable(check.path), result, check.expected or "", check.actual or ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, check.status)
                self.table.setItem(row, col, item)
        if report.problems:
            self.problems.setPlainText(
                "\n".join(
                    self.tr("Line {line}: {message}").format(
                        line=p.line, message=self.problem_text(p.reason)
                    )
                    for p in report.problems
                )
            )
            self.problems.show()
        if self.proceed_button is not None:
            self.proceed_button.setEnabled(True)
            if not passed:
                self.proceed_button.setText(self.tr("Upload anyway"))
                self.proceed_button.setAccessibleName(self.tr("Upload anyway"))

    def show_error(self, text: str) -> None:
        self.progress.hide()
        self.summary.setText(text)
