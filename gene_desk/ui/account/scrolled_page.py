"""The base of the account pages that load in one worker task and scroll as a whole.

账户概览 (overview.py) and 账单概览 (bill_overview.py) are built the same way: figures, charts
and tables in one scrolling column, fetched together on a worker when the page is first shown,
with the loading / failure overlay (Retry, Log in again) over the whole page. :class:`ScrolledPage`
holds that once, so both pages drop a stale answer the same way (only the latest load is shown)
and keep the data they show in ``data``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from gene_desk.account.api import AccountApi
from gene_desk.ui.account.widgets import StateOverlay
from gene_desk.ui.tasks import TaskRunner


class ScrolledPage(QWidget):
    """A page loaded by one worker task, its content in a scroll area, the overlay over it.

    A subclass builds its content widget and passes it to :meth:`set_content` (last, so the
    overlay lies over the scroll area), and provides :meth:`page_title`, :meth:`loader` and
    :meth:`show_data`."""

    navigate = Signal(str, object)  # page key, argument (a ticket tab, a month)
    relogin_requested = Signal()

    def __init__(
        self, api: AccountApi, runner: TaskRunner, parent: QWidget | None = None, **_kw: Any
    ) -> None:
        super().__init__(parent)
        self.api = api
        self.runner = runner
        self.title = self.page_title()
        self.started = False
        self.data: Any = None
        self.is_loading = False
        self._generation = 0

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
