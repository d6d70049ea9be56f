"""What a delete is about to remove, and the question that asks the user about it.

COS has no folders: a folder is a zero-byte marker object ``name/`` plus the keys under it. A
person counts files, not markers, so the question counts the objects that are not markers
("1 个文件"), and a folder holding nothing but markers is called empty instead of "1 个对象".
The total of every object (markers included) still sizes the progress bar of the delete.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage.models import Bucket
from gene_desk.storage.service import Storage
from gene_desk.ui import formatting
from gene_desk.ui.tasks import TaskHandle

COUNT_LIMIT = 100_000  # objects counted before the question says "N+" instead of waiting


@dataclass
class FolderTally:
    objects: int = 0  # every object a delete removes, folder markers included
    files: int = 0  # objects that are not folder markers
    size: int = 0
    complete: bool = True


def tally_folders(
    storage: Storage, bucket: Bucket, folders: list[str], handle: TaskHandle
) -> FolderTally:
    """Count what lies under ``folders`` (on a worker thread), stopping at ``COUNT_LIMIT``."""
    tally = FolderTally()
    for folder in folders:
        for entry in storage.iter_objects(bucket, folder, cancel=handle.cancel_event):
            tally.objects += 1
            if not entry.key.endswith("/"):
                tally.files += 1
                tally.size += entry.size
            if tally.objects % 1000 == 0:
                handle.report(tally.objects, None)
            if tally.objects >= COUNT_LIMIT:
                tally.complete = False
                return tally
        if handle.cancelled:
            raise GeneDeskError(ErrorCode.CANCELLED)
    return tally


def confirm_text(folders: list[str], files: list[str], tally: FolderTally | None) -> str:
    """确定删除…？ for the selected files and folders."""
    if not folders:
        return QCoreApplication.translate(
            "DeletePrompt", "Delete the {n} selected file(s)?"
        ).format(n=len(files))
    names = ", ".join(f.rstrip("/").rsplit("/", 1)[-1] for f in folders[:3])
    if len(folders) > 3:
        names += " ..."
    tally = tally or FolderTally()
    if tally.files == 0 and tally.complete:
        text = QCoreApplication.translate(
            "DeletePrompt", "Delete {folders} empty folder(s) ({names})?"
        ).format(folders=len(folders), names=names)
    else:
        text = QCoreApplication.translate(
            "DeletePrompt",
            "Delete {folders} folder(s) ({names}) and all in them: {n}{more} file(s), {size}?",
        ).format(
            folders=len(folders),
            names=names,
            n=tally.files,
            more="" if tally.complete else "+",
            size=formatting.size_text(tally.size),
        )
    if files:
        text += "\n" + QCoreApplication.translate(
            "DeletePrompt", "The {n} selected file(s) are deleted too."
        ).format(n=len(files))
    return text
