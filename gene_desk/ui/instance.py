"""One window per data folder, and start-up refusals a person can see.

Two windows on one data folder would share one journal: the second would list the first one's
transfers without being able to run or control them (a job belongs to the process that runs
it). So the window holds ``window.lock`` in the data folder for as long as it runs (the lock dies
with the process, even a killed one); a second start finds it held and says so in a message box,
in the window's language, then ends. The CLI is not affected: it runs next to a window by design.

Why a box and not only a line on stderr: a window started from a desktop menu has no terminal, so
a refusal printed there is a program that silently does nothing.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gene_desk import APP_DISPLAY_NAME
from gene_desk.core import paths
from gene_desk.core.errors import GeneDeskError
from gene_desk.core.filelock import FileLock
from gene_desk.core.text import printable
from gene_desk.ui import i18n, prompts
from gene_desk.ui import settings as ui_settings

log = logging.getLogger(__name__)

LOCK_NAME = "window.lock"


class WindowLock:
    """The data folder's window lock, held until :meth:`release` or the process ends."""

    def __init__(self) -> None:
        self._lock: FileLock | None = None

    def claim(self) -> bool:
        """Take the data folder for this window; False when another running window has it.

        A data folder that cannot be used at all is not refused here: opening the journal
        reports that with its own coded message once the window starts."""
        try:
            lock = FileLock(paths.data_dir() / LOCK_NAME)
            if not lock.acquire():
                return False
        except (GeneDeskError, OSError) as exc:
            log.warning("cannot take the window lock: %s", exc)
            return True
        self._lock = lock
        return True

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def already_running_text() -> str:
    """Why a second start ends (in the window's language: install the translator first)."""
    return QCoreApplication.translate(
        "instance",
        "{app} is already running with this data folder ({folder}). Switch to its window, or"
        " quit it and start {app} again.",
    ).format(app=APP_DISPLAY_NAME, folder=printable(paths.data_dir()))


def refuse(app: QApplication, text: str, *, show: bool = True) -> int:
    """Tell the person why the program ends now: a message box (and stderr, for logs and
    terminals). Runs the event loop until the box is closed; returns the exit status (1:
    nothing was done)."""
    print(f"gene-desk: {text}", file=sys.stderr)
    log.error("start refused: %s", text)
    if show:
        box = prompts.warn(None, text)
        box.finished.connect(lambda _result: app.quit())
        app.exec()
    return 1


def refuse_second_start(app: QApplication, *, show: bool = True) -> int:
    """The refusal of a start while another window holds the data folder."""
    i18n.install(ui_settings.load().language)
    return refuse(app, already_running_text(), show=show)
