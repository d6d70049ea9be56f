"""The transfer list (传输列表) and the compression list (压缩列表) windows (seed steps 14, 15).

One panel class serves both: a state filter (全部 / 进行中 / 成功 / 失败), the job tree with a
progress bar column, and the actions the seed asks for (retry failed, remove) plus pause/resume
(transfers), cancel, clear finished and CSV export. Every action runs on a worker thread: some
(remove of a running job) wait for the job to stop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gene_desk.journal import State
from gene_desk.transfer.plan import OPTION_LISTING
from gene_desk.ui import file_dialogs, prompts
from gene_desk.ui.jobs_model import (
    COL_DESTINATION,
    COL_DETAILS,
    COL_ETA,
    COL_NAME,
    COL_PROGRESS,
    COL_SIZE,
    COL_SPEED,
    COL_STATE,
    JobSignals,
    JobsModel,
    JobSource,
    ProgressDelegate,
)
from gene_desk.ui.tasks import TaskRunner

FILTER_ORDER = ("all", "active", "succeeded", "failed")


class JobsPanel(QWidget):
    def __init__(
        self,
        source: JobSource,
        signals: JobSignals,
        runner: TaskRunner,
        *,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.source = source
        self.runner = runner
        self.setWindowTitle(title)
        self.resize(980, 460)
        self.model = JobsModel(source, signals, runner, self)
        self.export_dialog: QFileDialog | None = None

        self.tabs = QTabBar()
        self.tabs.setObjectName("stateFilter")
        for text in (
            self.tr("All"),
            self.tr("In progress"),
            self.tr("Succeeded"),
            self.tr("Failed"),
        ):
            self.tabs.addTab(text)
        self.tabs.currentChanged.connect(lambda i: self.model.set_filter(FILTER_ORDER[i]))

        self.view = QTreeView()
        self.view.setObjectName("jobsView")
        self.view.setAccessibleName(title)  # 传输列表 / 压缩列表: a screen reader names the list
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.view.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.view))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        header = self.view.header()
        header.setStretchLastSection(True)
        for col, width in (
            (COL_NAME, 260),
            (COL_STATE, 80),
            (COL_PROGRESS, 130),
            (COL_SIZE, 150),
            (COL_SPEED, 90),
            (COL_ETA, 70),
            (COL_DESTINATION, 220),
        ):
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #777;")

        def button(text: str, slot: Callable[[], None], name: str) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            return b

        self.retry_button = button(self.tr("Retry"), self.retry_selected, "retry")
        self.pause_button = button(self.tr("Pause"), self.pause_selected, "pause")
        self.resume_button = button(self.tr("Resume"), self.resume_selected, "resume")
        self.cancel_button = button(self.tr("Cancel"), self.cancel_selected, "cancel")
        self.remove_button = button(self.tr("Remove"), self.remove_selected, "remove")
        self.clear_button = button(self.tr("Clear finished"), self.clear_finished, "clear")
        self.export_button = button(self.tr("Export CSV..."), self.export_csv, "export")
        self.close_button = button(self.tr("Close"), self.close, "close")
        if not source.supports_pause:
            self.pause_button.hide()
            self.resume_button.hide()

        bar = QHBoxLayout()
        for b in (
            self.retry_button,
            self.pause_button,
            self.resume_button,
            self.cancel_button,
            self.remove_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bar)

        remove = QAction(self)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.triggered.connect(self.remove_selected)
        self.addAction(remove)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.refreshed.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._update_empty)
        self.model.modelReset.connect(self._update_empty)
        self._update_buttons()
        self._update_empty()

    # -- selection ------------------------------------------------------------------------------
    def selected(self) -> tuple[list[int], dict[int, list[int]]]:
        """(job ids selected as jobs, {job id: item ids} selected as items)."""
        jobs: list[int] = []
        items: dict[int, list[int]] = {}
        for index in self.view.selectionModel().selectedRows(0):
            item = self.model.item_node(index)
            if item is not None:
                items.setdefault(item.record.job_id, []).append(item.record.id)
            else:
                node = self.model.job_node(index)
                if node is not None:
                    jobs.append(node.id)
        return jobs, items

    def _selected_states(self) -> set[State]:
        """States of the selected rows; a folder download still listing its files (and already
        downloading them) counts as running: it can be paused and cancelled."""
        states = set()
        for index in self.view.selectionModel().selectedRows(0):
            item = self.model.item_node(index)
            if item is not None:
                states.add(item.record.state)
            else:
                node = self.model.job_node(index)
                if node is not None:
                    job = node.status.job
                    listing = job.state is State.PLANNING and job.options.get(OPTION_LISTING)
                    states.add(State.RUNNING if listing else job.state)
        return states

    def select_job(self, job_id: int) -> None:
        row = self.model.job_row(job_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self, *_args: Any) -> None:
        states = self._selected_states()
        self.retry_button.setEnabled(bool(states & {State.FAILED, State.CANCELLED}))
        self.pause_button.setEnabled(bool(states & {State.QUEUED, State.RUNNING}))
        self.resume_button.setEnabled(State.PAUSED in states)
        self.cancel_button.setEnabled(bool(states & {State.QUEUED, State.RUNNING, State.PAUSED}))
        self.remove_button.setEnabled(bool(states))

    def _update_empty(self, *_args: Any) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setText(self.tr("Nothing here yet.") if empty else "")
        self.empty_label.setVisible(empty)

    # -- actions --------------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> None:
        self.runner.start(
            lambda _h: fn(),
            on_done=on_done,
            on_error=lambda exc: prompts.show_error(self, exc),
            owner=self,
        )

    def retry_selected(self) -> None:
        jobs, items = self.selected()
        source = self.source

        def work() -> int:
            count = 0
            for job_id in jobs:
                count += source.retry(job_id)
            for job_id, item_ids in items.items():
                if job_id not in jobs:
                    count += source.retry(job_id, item_ids)
            return count

        self._run(work)

    def pause_selected(self) -> None:
        jobs, items = self.selected()
        ids = set(jobs) | set(items)
        self._run(lambda: [self.source.pause(j) for j in ids])

    def resume_selected(self) -> None:
        jobs, items = self.selected()
        ids = set(jobs) | set(items)
        self._run(lambda: [self.source.resume(j) for j in ids])

    def cancel_selected(self) -> None:
        jobs, items = self.selected()
        ids = set(jobs) | set(items)
        self._run(lambda: [self.source.cancel(j) for j in ids])

    def remove_selected(self) -> None:
        jobs, items = self.selected()
        ids = set(jobs) | set(items)
        if not ids:
            return
        unfinished = self._selected_states() & {State.QUEUED, State.RUNNING, State.PAUSED}

        def go() -> None:
            self._run(lambda: [self.source.remove(j) for j in ids])

        if unfinished:
            prompts.ask(
                self,
                self.tr("Some of the selected tasks are not finished. Stop and remove them?"),
                go,
            )
        else:
            go()

    def clear_finished(self) -> None:
        self._run(self.source.clear_finished)

    def export_csv(self) -> None:
        def chosen(path: str) -> None:
            self._run(
                lambda: self.source.export_csv(path),
                lambda n: prompts.inform(self, self.tr("Exported {n} rows.").format(n=n)),
            )

        self.export_dialog = file_dialogs.choose_save_file(
            self, self.tr("Export the list as CSV"), chosen, "gene-desk-list.csv", "CSV (*.csv)"
        )

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        for b in (
            self.retry_button,
            self.pause_button,
            self.resume_button,
            self.cancel_button,
            self.remove_button,
        ):
            if not b.isHidden():
                action = menu.addAction(b.text())
                action.setEnabled(b.isEnabled())
                action.triggered.connect(b.click)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self._menu = menu

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
