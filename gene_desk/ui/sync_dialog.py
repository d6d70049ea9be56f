"""同步: a local folder and the current COS folder made alike, with the plan shown first.

The dialog only collects the choices and shows what the engine found; the work (comparing on
a worker, asking before deleting, queueing the job) is :class:`ui.flows.sync.SyncFlow`'s.
Opened with ``open()``. Changing any choice after 比较 throws the plan away: what starts is
always what was shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gene_desk.core.text import printable
from gene_desk.storage.models import Bucket
from gene_desk.transfer.sync.filters import DEFAULT_EXCLUDES
from gene_desk.transfer.sync.model import CHANGED, DOWNLOAD, EXTRA, NEW, UNCHANGED, UPLOAD, SyncPlan
from gene_desk.ui import file_dialogs, formatting
from gene_desk.ui.dialog_parts import error_label

MAX_ROWS = 2000  # rows of the plan listed; the counts are always complete


def split_patterns(text: str) -> list[str]:
    """Patterns typed in one line, separated by spaces (``\\ `` keeps a space in a pattern)."""
    out, current, escaped = [], "", False
    for ch in text:
        if escaped:
            current += ch if ch == " " else "\\" + ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch.isspace():
            if current:
                out.append(current)
            current = ""
        else:
            current += ch
    if escaped:
        current += "\\"
    if current:
        out.append(current)
    return out


class SyncDialog(QDialog):
    """Emits ``compare_requested`` (choices changed or 比较) and ``start_requested``."""

    compare_requested = Signal()
    start_requested = Signal()

    def __init__(
        self,
        bucket: Bucket,
        prefix: str,
        local_folder: str = "",
        compress_default: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Sync"))
        self.resize(760, 560)
        self.bucket = bucket
        self.prefix = prefix
        self.plan: SyncPlan | None = None
        self.file_dialog: QFileDialog | None = None

        self.direction = QComboBox()
        self.direction.setObjectName("syncDirection")
        self.direction.setAccessibleName(self.tr("Direction"))
        self.direction.addItem(self.tr("Local folder → bucket (upload)"), UPLOAD)
        self.direction.addItem(self.tr("Bucket → local folder (download)"), DOWNLOAD)
        self.local_edit = QLineEdit(local_folder)
        self.local_edit.setObjectName("syncLocalFolder")
        self.local_edit.setAccessibleName(self.tr("Local folder"))
        self.browse_button = QPushButton(self.tr("Choose folder..."))
        self.browse_button.setObjectName("syncChooseFolder")
        self.browse_button.clicked.connect(self.choose_folder)
        local_row = QHBoxLayout()
        local_row.addWidget(self.local_edit, 1)
        local_row.addWidget(self.browse_button)
        self.remote_label = QLabel(printable(f"cos://{bucket.name}/{prefix}"))
        self.remote_label.setObjectName("syncRemote")
        self.remote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.compress_box = QCheckBox(
            self.tr("Compress with zstd (already-compressed formats are sent as they are)")
        )
        self.compress_box.setObjectName("syncCompress")
        self.compress_box.setChecked(compress_default)
        self.defaults_box = QCheckBox(
            self.tr("Leave out {names}").format(names=", ".join(DEFAULT_EXCLUDES))
        )
        self.defaults_box.setObjectName("syncExcludeDefaults")
        self.defaults_box.setChecked(True)
        self.include_edit = QLineEdit()
        self.include_edit.setObjectName("syncInclude")
        self.include_edit.setAccessibleName(self.tr("Only include"))
        self.include_edit.setPlaceholderText(self.tr("e.g. *.fastq lane1/** (space separated)"))
        self.exclude_edit = QLineEdit()
        self.exclude_edit.setObjectName("syncExclude")
        self.exclude_edit.setAccessibleName(self.tr("Exclude"))
        self.exclude_edit.setPlaceholderText(self.tr("e.g. *.log tmp/ (space separated)"))
        self.delete_box = QCheckBox(self.tr("Delete files that are only in the destination"))
        self.delete_box.setObjectName("syncDelete")

        form = QFormLayout()
        form.addRow(self.tr("Direction:"), self.direction)
        form.addRow(self.tr("Local folder:"), local_row)
        form.addRow(self.tr("Bucket folder:"), self.remote_label)
        form.addRow(self.tr("Only include:"), self.include_edit)
        form.addRow(self.tr("Exclude:"), self.exclude_edit)
        form.addRow("", self.defaults_box)
        form.addRow("", self.compress_box)
        form.addRow("", self.delete_box)

        self.summary = QLabel(self.tr("Compare to see what the sync will do."))
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("syncPlanList")
        self.list.setAccessibleName(self.tr("Sync plan"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Action"), self.tr("File"), self.tr("Size"), self.tr("Details")]
        )
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.error_label = error_label("syncError")

        self.buttons = QDialogButtonBox()
        self.compare_button = self.buttons.addButton(
            self.tr("Compare"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.compare_button.setObjectName("syncCompare")
        self.start_button = self.buttons.addButton(
            self.tr("Start sync"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("syncStart")
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("syncCancel")
        self.compare_button.clicked.connect(self._compare)
        self.buttons.accepted.connect(self.start_requested.emit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for signal in (
            self.direction.currentIndexChanged,
            self.local_edit.textChanged,
            self.include_edit.textChanged,
            self.exclude_edit.textChanged,
            self.defaults_box.toggled,
            self.compress_box.toggled,
            self.delete_box.toggled,
        ):
            signal.connect(self.forget_plan)
        self.direction.currentIndexChanged.connect(self._direction_changed)
        self._busy = False
        self.forget_plan()

    # -- choices --------------------------------------------------------------------------------
    @property
    def direction_value(self) -> str:
        return str(self.direction.currentData())

    def includes(self) -> list[str]:
        return split_patterns(self.include_edit.text())

    def excludes(self) -> list[str]:
        return split_patterns(self.exclude_edit.text())

    def choose_folder(self) -> None:
        self.file_dialog = file_dialogs.choose_folder(
            self, self.tr("Choose a folder"), self.local_edit.setText, self.local_edit.text()
        )

    def _direction_changed(self) -> None:
        if self.direction_value == DOWNLOAD:
            self.compress_box.setText(self.tr("Decompress Gene Desk .zst files"))
        else:
            self.compress_box.setText(
                self.tr("Compress with zstd (already-compressed formats are sent as they are)")
            )

    # -- the plan -------------------------------------------------------------------------------
    def forget_plan(self) -> None:
        self.plan = None
        self.list.clear()
        self.summary.setText(self.tr("Compare to see what the sync will do."))
        self._update_buttons()

    def _compare(self) -> None:
        self.show_error("")
        self.compare_requested.emit()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = bool(self.local_edit.text().strip())
        self.compare_button.setEnabled(ready and not self._busy)
        self.start_button.setEnabled(self.plan is not None and not self._busy)

    def show_plan(self, plan: SyncPlan) -> None:
        self.plan = plan
        counts = plan.counts()
        text = self.tr(
            "New: {new}   Changed: {changed}   Unchanged: {unchanged}   Only in the"
            " destination: {extra}   To transfer: {size}"
        ).format(size=formatting.size_text(plan.transfer_bytes), **counts)
        if counts[EXTRA] and not plan.spec.delete:
            text += "\n" + self.tr("Files only in the destination are kept.")
        if plan.problems:
            text += "\n" + self.tr("{n} file(s) cannot be synced; see the list.").format(
                n=len(plan.problems)
            )
        if plan.nothing_to_do:
            text += "\n" + self.tr("Everything is in sync: nothing to transfer.")
        self.summary.setText(text)
        self._fill_list(plan)
        self._update_buttons()

    def _fill_list(self, plan: SyncPlan) -> None:
        words = {
            NEW: self.tr("New"),
            CHANGED: self.tr("Changed"),
            UNCHANGED: self.tr("Unchanged"),
            EXTRA: self.tr("Only in destination"),
        }
        self.list.clear()
        rows: list[QTreeWidgetItem] = []
        for rel, error in plan.problems:
            rows.append(
                QTreeWidgetItem([self.tr("Cannot sync"), printable(rel), "", error.message])
            )
        for action in (NEW, CHANGED, EXTRA, UNCHANGED):
            for entry in plan.entries(action):
                if len(rows) >= MAX_ROWS:
                    break
                size = formatting.size_text(entry.size)
                rows.append(
                    QTreeWidgetItem([words[action], printable(entry.rel), size, entry.note])
                )
        self.list.addTopLevelItems(rows)
        for col in (0, 2):
            self.list.resizeColumnToContents(col)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
