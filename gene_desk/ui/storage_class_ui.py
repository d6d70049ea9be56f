"""Storage classes and restore tiers in the window: the console's names, and the class chooser.

The window speaks the COS console's words (标准存储, 低频存储, 智能分层存储, 归档存储, 深度归档存储;
极速模式, 标准模式, 批量模式; 归档中, 恢复中, 已恢复), so a user who knows the console recognises
them; the API names stay in tooltips and the CLI.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from gene_desk.core import storage_classes as sc
from gene_desk.storage.archive import is_multi_az
from gene_desk.storage.models import RestoreState
from gene_desk.ui import formatting


def class_label(storage_class: str) -> str:
    names = {
        "STANDARD": QCoreApplication.translate("storage_class", "Standard"),
        "STANDARD_IA": QCoreApplication.translate("storage_class", "Infrequent access"),
        "INTELLIGENT_TIERING": QCoreApplication.translate("storage_class", "Intelligent tiering"),
        "ARCHIVE": QCoreApplication.translate("storage_class", "Archive"),
        "DEEP_ARCHIVE": QCoreApplication.translate("storage_class", "Deep archive"),
        "MAZ_STANDARD": QCoreApplication.translate("storage_class", "Standard (multi-AZ)"),
        "MAZ_STANDARD_IA": QCoreApplication.translate(
            "storage_class", "Infrequent access (multi-AZ)"
        ),
        "MAZ_INTELLIGENT_TIERING": QCoreApplication.translate(
            "storage_class", "Intelligent tiering (multi-AZ)"
        ),
    }
    return names.get(storage_class, storage_class)


def tier_label(tier: str) -> str:
    names = {
        sc.EXPEDITED: QCoreApplication.translate("storage_class", "Expedited (1-5 minutes)"),
        sc.TIER_STANDARD: QCoreApplication.translate(
            "storage_class", "Standard (3-5 hours; deep archive 12-24 hours)"
        ),
        sc.BULK: QCoreApplication.translate(
            "storage_class", "Bulk (5-12 hours; deep archive 24-48 hours)"
        ),
    }
    return names.get(tier, tier)


def restore_label(storage_class: str, state: RestoreState | None) -> str:
    """归档中 / 恢复中 / 已恢复（至 …） for an archived object whose HEAD was read."""
    if storage_class not in sc.ARCHIVED:
        return ""
    if state is None:
        return QCoreApplication.translate("storage_class", "Archived")
    if state.ongoing:
        return QCoreApplication.translate("storage_class", "Restoring")
    return QCoreApplication.translate("storage_class", "Restored (until {date})").format(
        date=formatting.time_text(state.expires)
    )


class StorageClassCombo(QComboBox):
    """The classes a user may pick: the multi-AZ ones only once the bucket is known to be
    multi-AZ (``offer_multi_az``), since COS refuses them elsewhere."""

    def __init__(self, parent: QWidget | None = None, *, current: str = sc.STANDARD) -> None:
        super().__init__(parent)
        self.setObjectName("storageClass")
        self.setAccessibleName(QCoreApplication.translate("storage_class", "Storage class"))
        for cls in sc.CLASSES:
            if cls not in sc.MULTI_AZ:
                self._add(cls)
        self.set_value(current)

    def _add(self, cls: str) -> None:
        self.addItem(class_label(cls), cls)
        self.setItemData(self.count() - 1, cls, Qt.ItemDataRole.ToolTipRole)

    def offer_multi_az(self, multi_az: bool) -> None:
        if multi_az and self.findData("MAZ_STANDARD") < 0:
            for cls in sc.CLASSES:
                if cls in sc.MULTI_AZ:
                    self._add(cls)

    def value(self) -> str:
        return str(self.currentData() or sc.STANDARD)

    def set_value(self, cls: str) -> None:
        index = self.findData(cls)
        if index >= 0:
            self.setCurrentIndex(index)


def offer_multi_az_when_known(
    combo: StorageClassCombo, runner: Any, storage: Any, bucket: Any
) -> None:
    """Ask on a worker whether ``bucket`` is multi-AZ (HEAD Bucket) and add the MAZ classes if
    so; a failure leaves the single-AZ list (what every bucket takes)."""
    runner.start(
        lambda _h: is_multi_az(storage, bucket),
        on_done=combo.offer_multi_az,
        on_error=lambda _exc: None,
        owner=combo,
    )
