"""云操作 (guide 1.3.5): a tile per cloud platform, opened ones first (朵云谷已开通云平台), then
the ones the company has not opened (以下云资源，需要您申请开通).

Read-only by design: on the portal an opened tile leads into the cloud's console and an unopened
one into Duoyungu's page for opening it; Gene Desk performs neither, so a tile only says which it
is (an unopened tile reads 未开通). The state is in the tile's text and accessible name, not only
its colour, so a screen reader and a colour-blind user read it too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from gene_desk.account import models as m

OPENED_STYLE = (
    "QLabel { background: #3d8fd6; color: white; border-radius: 4px; padding: 8px 14px;"
    " font-weight: bold; }"
)
UNOPENED_STYLE = (
    "QLabel { background: #e3e3e3; color: #666; border-radius: 4px; padding: 8px 14px; }"
)
COLUMNS = 4


class CloudTiles(QGroupBox):
    """The 云操作 box; :meth:`set_platforms` (re)builds its tiles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cloudTiles")
        self.setTitle(self.tr("Cloud operations"))
        self.setAccessibleName(self.title())
        self.opened_caption = QLabel(self.tr("Cloud platforms opened in Duoyungu"))
        self.opened_caption.setObjectName("openedCaption")
        self.unopened_caption = QLabel(self.tr("These cloud resources need to be opened first"))
        self.unopened_caption.setObjectName("unopenedCaption")
        self.opened_grid = QGridLayout()
        self.unopened_grid = QGridLayout()
        self.none = QLabel(self.tr("No data"))
        self.none.setStyleSheet("color: #888;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.opened_caption)
        layout.addLayout(self.opened_grid)
        layout.addWidget(self.unopened_caption)
        layout.addLayout(self.unopened_grid)
        layout.addWidget(self.none)
        self.tiles: dict[str, QLabel] = {}

    def set_platforms(self, platforms: Sequence[m.Platform]) -> None:
        for tile in self.tiles.values():
            tile.setParent(None)
            tile.deleteLater()
        self.tiles = {}
        opened = [p for p in platforms if p.opened]
        unopened = [p for p in platforms if not p.opened]
        for grid, group in ((self.opened_grid, opened), (self.unopened_grid, unopened)):
            for i, platform in enumerate(group):
                tile = self._tile(platform)
                grid.addWidget(tile, i // COLUMNS, i % COLUMNS, Qt.AlignmentFlag.AlignLeft)
            grid.setColumnStretch(COLUMNS, 1)
        self.opened_caption.setVisible(bool(opened))
        self.unopened_caption.setVisible(bool(unopened))
        self.none.setVisible(not platforms)

    def state_text(self, opened: bool) -> str:
        return self.tr("Opened") if opened else self.tr("Not opened")

    def _tile(self, platform: m.Platform) -> QLabel:
        state = self.state_text(platform.opened)
        tile = QLabel(f"{platform.name}\n{state}")
        tile.setObjectName(f"cloudTile_{platform.code}")
        tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tile.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from the service
        tile.setStyleSheet(OPENED_STYLE if platform.opened else UNOPENED_STYLE)
        tile.setAccessibleName(
            self.tr("{platform}: {state}").format(platform=platform.name, state=state)
        )
        tile.setProperty("opened", platform.opened)
        self.tiles[platform.code] = tile
        return tile
