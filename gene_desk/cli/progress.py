"""Progress output for long CLI commands: a redrawn bar on a terminal, plain lines otherwise.

Scripts and CI logs get one line per state change (and at most one progress line every few
seconds) instead of carriage-return noise; people at a terminal get a single live bar.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from gene_desk.cli.safe_output import unfiltered
from gene_desk.cli.tables import pad, truncate
from gene_desk.core.sizes import size_text
from gene_desk.core.text import printable

LABEL_COLUMNS = 40  # terminal columns of the bar's name, so the bars of many files line up


def human_bytes(n: float) -> str:
    """The one size style of both faces (:mod:`gene_desk.core.sizes`: KB, MB, … of 1024)."""
    return size_text(n)


def human_duration(seconds: float | None) -> str:
    if seconds is None or seconds != seconds or seconds == float("inf"):
        return "--:--"
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class ProgressPrinter:
    """Thread-safe progress reporter; engine callbacks may call it from worker threads."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        interactive: bool | None = None,
        min_interval: float | None = None,
    ) -> None:
        self.stream = stream or sys.stderr
        self._raw = unfiltered(self.stream)  # for the bar's own \r and ESC sequences
        self.interactive = (
            interactive
            if interactive is not None
            else bool(getattr(self.stream, "isatty", None) and self.stream.isatty())
        )
        self.min_interval = (
            min_interval if min_interval is not None else (0.1 if self.interactive else 5.0)
        )
        self._lock = threading.Lock()
        self._last = 0.0
        self._bar_shown = False

    def line(self, text: str) -> None:
        """A permanent line (item finished, failed, ...); control characters in it (from keys
        and file names) are escaped, so it stays one line."""
        with self._lock:
            if self._bar_shown:
                self._raw.write("\r\x1b[2K")
                self._bar_shown = False
            self.stream.write(printable(text) + "\n")
            self.stream.flush()

    def update(
        self,
        label: str,
        done: int,
        total: int | None,
        speed: float | None = None,
        eta: float | None = None,
        *,
        force: bool = False,
    ) -> None:
        now = time.monotonic()
        label = printable(label)
        with self._lock:
            if not force and now - self._last < self.min_interval:
                return
            self._last = now
            pct = f"{100.0 * done / total:5.1f}%" if total else "  ?  %"
            rate = f"{human_bytes(speed)}/s" if speed else "-"
            size = f"{human_bytes(done)}/{human_bytes(total) if total is not None else '?'}"
            if self.interactive:
                width = 24
                filled = int(width * done / total) if total else 0
                bar = "#" * filled + "-" * (width - filled)
                eta_text = human_duration(eta)
                self._raw.write("\r\x1b[2K")
                name = pad(truncate(label, LABEL_COLUMNS), LABEL_COLUMNS)  # by columns: 中文 is 2
                self.stream.write(f"{name} [{bar}] {pct} {size} {rate} ETA {eta_text}")
                self._bar_shown = True
            else:
                self.stream.write(f"{label}: {pct} {size} {rate} eta {human_duration(eta)}\n")
            self.stream.flush()

    def close(self) -> None:
        with self._lock:
            if self._bar_shown:
                self.stream.write("\n")
                self.stream.flush()
                self._bar_shown = False
