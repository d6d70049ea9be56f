"""``gene-desk --measure-startup``: seconds from process start until the first window is on screen.

Installers promise a start time, so it has to be measurable on the installed, frozen app. With the
flag the app starts as usual and, as soon as the window a user waits for has painted for the
first time (the login dialog; with ``--demo`` the main window, which includes starting the
sandbox and logging in), prints one line and quits::

    gene-desk: startup: LoginDialog shown after 0.812 s (since process start), CPU 0.705 s

The time counts from the creation of the process as the OS recorded it (Linux ``/proc``,
Windows ``GetProcessTimes``, macOS ``sysctl``), so the executable's loader, Python's start-up and
every import are included. Where the OS gives no start time the line says ``since gene_desk
import`` instead. The CPU seconds (all threads, ``time.process_time``) hardly change when other
programs load the machine, unlike the elapsed time. ``installer/measure_startup.py`` runs this
with a cold and a warm file cache.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_IMPORTED_AT = time.monotonic()


def _linux_age() -> float:
    with open("/proc/self/stat", "rb") as f:
        stat = f.read()
    fields = stat[stat.rindex(b")") + 2 :].split()
    start_ticks = int(fields[19])  # field 22, "starttime", in clock ticks since boot
    now = time.clock_gettime(time.CLOCK_BOOTTIME)
    return now - start_ticks / os.sysconf("SC_CLK_TCK")


def _windows_age() -> float:
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    creation, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    if not kernel32.GetProcessTimes(
        kernel32.GetCurrentProcess(),
        ctypes.byref(creation),
        ctypes.byref(exited),
        ctypes.byref(kernel),
        ctypes.byref(user),
    ):
        raise OSError("GetProcessTimes failed")
    kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

    def ticks(ft: Any) -> int:  # 100 ns units
        return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

    return (ticks(now) - ticks(creation)) / 1e7


def _macos_age() -> float:
    # sysctl(CTL_KERN, KERN_PROC, KERN_PROC_PID, pid) -> struct kinfo_proc, whose first member
    # (kp_proc.p_un.__p_starttime) is the start time as a struct timeval.
    libc = ctypes.CDLL(None)  # the process' own symbols, libc's sysctl among them
    mib = (ctypes.c_int * 4)(1, 14, 1, os.getpid())
    buf = ctypes.create_string_buffer(1024)
    size = ctypes.c_size_t(len(buf))
    if libc.sysctl(mib, 4, buf, ctypes.byref(size), None, 0) != 0:
        raise OSError("sysctl(KERN_PROC_PID) failed")
    seconds = ctypes.c_long.from_buffer(buf, 0).value
    micros = ctypes.c_int32.from_buffer(buf, ctypes.sizeof(ctypes.c_long)).value
    return time.time() - (seconds + micros / 1e6)


def process_age() -> tuple[float, str]:
    """Seconds since this process was created, and what they count from."""
    try:
        if sys.platform.startswith("linux"):
            return _linux_age(), "process start"
        if sys.platform == "win32":
            return _windows_age(), "process start"
        if sys.platform == "darwin":
            return _macos_age(), "process start"
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return time.monotonic() - _IMPORTED_AT, "gene_desk import"


class StartupTimer(QObject):
    """Watches every widget's paint events until the first ``targets`` window has painted."""

    def __init__(self, app: QApplication, targets: tuple[type, ...], stream: Any = None) -> None:
        super().__init__(app)
        self.app = app
        self.targets = targets
        self.stream = stream
        self.window: QWidget | None = None
        self.seconds: float | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.window is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, self.targets)
            and watched.isWindow()
        ):
            self.window = watched
            # after this paint has finished and reached the backing store
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self.seconds, basis = process_age()
        cpu = time.process_time()
        self.app.removeEventFilter(self)
        window = self.window
        name = type(window).__name__
        print(
            f"gene-desk: startup: {name} shown after {self.seconds:.3f} s (since {basis}),"
            f" CPU {cpu:.3f} s",
            file=self.stream or sys.stdout,
            flush=True,
        )
        quit_now = getattr(window, "quit_now", None)
        if callable(quit_now):
            quit_now()
        elif window is not None:
            window.close()
        self.app.quit()
