"""The base of the account pages that show one answer, loaded by one worker task.

账户概览 (overview.py), 账单概览 (bill_overview.py), 上月账单汇总 and 退费操作 (detail_pages.py)
load the same way: fetched on a worker when the page is first shown, the loading / failure
overlay (Retry, Log in again) over the page until an answer is there, and only the latest load
shown (an answer to an older request is dropped, as the list pages' model drops an older page).
:class:`LoadedPage` holds that once; :class:`ScrolledPage` adds the one scrolling column the two
overview pages are laid out in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from gene_desk.account.api import AccountApi
from gene_desk.ui.account.widgets import StateOverlay
from gene_desk.ui.tasks import TaskRunner


class LoadedPage(QWidget):
    """A page loaded by one worker task, with the state overlay over it.

    A subclass calls :meth:`add_overlay` once its widgets are in place (the overlay lies over
    them) and provides :meth:`page_title`, :meth:`loader` and :meth:`show_data`."""

    relogin_requested = Signal()

    def __init__(
        self, api: AccountApi, runner: TaskRunner, parent: QWidget | None = None, **_kw: Any
    ) -> None:
        super().__init__(parent)
        self.api = api
        self.runner = runner
        self.title = self.page_title()
        self.started = False
        self.data: Any = None  # the answer shown
        self.is_loading = False
        self._generation = 0  # of the latest load

    def add_overlay(self) -> None:
        """Loading and failures over the page, with Retry (and Log in again)."""
        self.overlay = StateOverlay(self)
        self.overlay.retry_requested.connect(self.refresh)
        self.overlay.relogin_requested.connect(self.relogin_requested)

    # -- to be provided by each page ------------------------------------------------------------
    def page_title(self) -> str:
        raise NotImplementedError

    def loader(self) -> Callable[[], Any]:
        """GUI thread, at each load: the function the worker runs for the page's data."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        """Draw what :meth:`loader`'s function answered."""
        raise NotImplementedError

    # -- loading --------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self.started:
            self.refresh()

    def refresh(self) -> None:
        self.started = True
        self._generation += 1
        generation = self._generation
        self.is_loading = True
        load = self.loader()
        if self.data is None:
            self.overlay.show_loading()
        self.runner.start(
            lambda _h: load(),
            on_done=lambda data: self._loaded(generation, data),
            on_error=lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _loaded(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return
        self.is_loading = False
        self.data = data
        self.overlay.clear()
        self.show_data(data)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.is_loading = False
        self.overlay.show_error(exc)


class ScrolledPage(LoadedPage):
    """A :class:`LoadedPage` whose content scrolls as one column (the overview pages)."""

    navigate = Signal(str, object)  # page key, argument (a ticket tab, a month)

    def set_content(self, content: QWidget) -> None:
        """Put ``content`` in a frameless, vertically scrolling area and the overlay over it."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.add_overlay()
