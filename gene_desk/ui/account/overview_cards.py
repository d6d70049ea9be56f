"""The figures of the console and of 账单概览 as cards, and the console's basic information and
ticket counts (guide 1.3.1, 1.3.2, 1.5.1).

A card is a caption, a value and optionally the portal's quick link (消费记录, 充值记录, ...);
it is named by its caption for a screen reader, and its object name carries the figure's key
(``card_<key>``) so tests find the same card in any language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gene_desk.account import models as m
from gene_desk.ui.account import values

# (key, caption, [(link text, page key), ...])
CardSpec = tuple[str, str, Sequence[tuple[str, str]]]


class Card(QFrame):
    """A figure: caption, value, and the portal's quick links to other pages."""

    link_activated = Signal(str)

    def __init__(self, caption: str, links: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.caption.setStyleSheet("color: #666;")
        self.value = QLabel("-")
        self.value.setObjectName("cardValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        row = QHBoxLayout()
        row.addWidget(self.value)
        row.addStretch(1)
        self.links: dict[str, QLabel] = {}
        for text, target in links:
            link = QLabel(f'<a href="{target}">{text}</a>')
            link.setObjectName(f"cardLink_{target}")
            link.linkActivated.connect(self.link_activated)
            row.addWidget(link, 0, Qt.AlignmentFlag.AlignBottom)
            self.links[target] = link
        layout.addLayout(row)

    @property
    def link(self) -> QLabel | None:
        """The first quick link (most cards have one)."""
        return next(iter(self.links.values()), None)

    def set_caption(self, text: str) -> None:
        """A caption that changes with the data (上月消费金额（2026-05）): the name follows."""
        self.caption.setText(text)
        self.setAccessibleName(text)

    def set_value(self, text: str) -> None:
        self.value.setText(text)


def card_grid(specs: Sequence[CardSpec], columns: int) -> tuple[QGridLayout, dict[str, Card]]:
    """Cards for ``specs`` in a grid of ``columns``; keyed by the figure."""
    grid = QGridLayout()
    grid.setSpacing(8)
    cards: dict[str, Card] = {}
    for i, (key, caption, links) in enumerate(specs):
        card = Card(caption, links)
        card.setObjectName(f"card_{key}")  # one id per figure, for tests and screen readers
        card.setAccessibleName(caption)
        cards[key] = card
        grid.addWidget(card, i // columns, i % columns)
    return grid, cards


class InfoBoxes(QWidget):
    """基础信息 and 工单 of the console; a count's link gives the ticket tab it leads to."""

    ticket_clicked = Signal(object)  # m.TicketTab

    def __init__(self) -> None:
        super().__init__()
        self.setMaximumWidth(320)
        self.info: dict[str, QLabel] = {}
        info_box = QGroupBox(self.tr("Basic information"))
        info_layout = QGridLayout(info_box)
        for row, (key, caption) in enumerate(
            (
                ("role", self.tr("Current role:")),
                ("company", self.tr("Company:")),
                ("account", self.tr("Account:")),
                ("kind", self.tr("Account type:")),
                ("last_login", self.tr("Last login:")),
                ("ip", self.tr("IP address:")),
            )
        ):
            label = QLabel()
            label.setObjectName(f"info_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info[key] = label
            info_layout.addWidget(QLabel(caption), row, 0)
            info_layout.addWidget(label, row, 1)
        info_layout.setColumnStretch(1, 1)
        ticket_box = QGroupBox(self.tr("Tickets"))
        ticket_layout = QGridLayout(ticket_box)
        self.ticket_links: dict[m.TicketTab, QLabel] = {}
        captions = (
            (m.TicketTab.ALL, self.tr("All")),
            (m.TicketTab.TODO, self.tr("To do")),
            (m.TicketTab.IN_PROGRESS, self.tr("In progress")),
            (m.TicketTab.DONE, self.tr("Completed")),
        )
        for i, (tab, caption) in enumerate(captions):
            link = QLabel()
            link.setObjectName(f"tickets_{tab.value}")
            link.linkActivated.connect(lambda _t, tab=tab: self.ticket_clicked.emit(tab))
            self.ticket_links[tab] = link
            ticket_layout.addWidget(QLabel(caption), i // 2, (i % 2) * 2)
            ticket_layout.addWidget(link, i // 2, (i % 2) * 2 + 1)
        ticket_layout.setColumnStretch(1, 1)
        ticket_layout.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(info_box)
        layout.addWidget(ticket_box)
        layout.addStretch(1)

    def show_overview(self, o: m.AccountOverview) -> None:
        self.info["role"].setText(o.role)
        self.info["company"].setText(o.company)
        self.info["account"].setText(o.account)
        self.info["kind"].setText(values.account_kind_text(o.is_main_account))
        self.info["last_login"].setText(values.time_text(o.last_login_at))
        self.info["ip"].setText(o.last_login_ip or values.MISSING)
        counts = o.tickets
        for tab, n in (
            (m.TicketTab.ALL, counts.all),
            (m.TicketTab.TODO, counts.todo),
            (m.TicketTab.IN_PROGRESS, counts.in_progress),
            (m.TicketTab.DONE, counts.done),
        ):
            self.ticket_links[tab].setText(f'<a href="{tab.value}">{n}</a>')
