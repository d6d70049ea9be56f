"""分享记录: the share links made with this account (issue 16 part 1), one server page at a time.

Who shared which object, when, and until when: the company's links for the main account, a
sub-account's own for a sub-account (the service decides). A :class:`ListPanel` like the other
lists (pager, 暂无数据, errors with Retry, CSV/XLSX export), with the catalogue's columns
(``catalogue.SHARES``), so ``gene-desk account shares --csv`` writes the same file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gene_desk.account import catalogue
from gene_desk.account import models as m
from gene_desk.account.api import AccountApi
from gene_desk.ui.account.columns import Column
from gene_desk.ui.account.list_panel import ListPanel
from gene_desk.ui.tasks import TaskRunner

SHARES = tuple(Column.of(field) for field in catalogue.SHARES)


class SharesPanel(ListPanel):
    """分享记录."""

    columns = SHARES

    def page_title(self) -> str:
        return self.tr("Share records")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.reset_button.hide()
        self.note.setText(
            self.tr(
                "Links made with Share on a file. The links themselves are not kept: copy a"
                " link when you make it."
            )
        )

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        return self.api.shares
