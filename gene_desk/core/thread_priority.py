"""Background threads yield the CPU to the window's GUI thread.

On a busy machine (two cores, compression, a local sandbox, other programs) the GUI thread of
the window waits its turn behind every runnable thread, its own process's workers included: the
5 ms timer of bench/gui_responsiveness.py then came late by 50-300 ms during a compressed upload
while the GUI thread had nothing to do but wake up. The window therefore asks (once, at start)
that the engine's worker threads run at a lower priority, :data:`BACKGROUND_NICE` steps below
the GUI thread: the scheduler still gives them every idle cycle, but a waking GUI thread goes
first. The CLI leaves priorities alone.

Linux keeps a nice value per thread, and a thread starts with its creator's: lowering the
engine's long-lived threads (transfer dispatch and workers, the compression list, the window's
task pool) once covers the pools they start (parts, zstd frames). A thread lowers itself to
:data:`BACKGROUND_NICE` below the nice value the window had when it asked, not by that much
again: the transfer worker threads are started by the (lowered) dispatcher thread and start
lowered already. Elsewhere this is a no-op. Raising a nice value needs no privilege; lowering it
back would, so it is never done.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

log = logging.getLogger(__name__)

BACKGROUND_NICE = 5

_state = {"nice": 0, "base": 0}
_local = threading.local()


def enable_background_priority(steps: int = BACKGROUND_NICE) -> None:
    """From now on, :func:`lower_this_thread` lowers a thread by ``steps`` (the window calls it)."""
    _state["nice"] = max(0, min(19, steps))
    _state["base"] = _current_nice()


def _current_nice() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    try:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    except (OSError, AttributeError):
        return 0


def background_priority() -> int:
    return _state["nice"]


def lower_this_thread() -> bool:
    """Lower the calling thread's priority once, if the window asked for it; True if lowered."""
    steps = _state["nice"]
    if not steps or getattr(_local, "lowered", False) or not sys.platform.startswith("linux"):
        return False
    _local.lowered = True
    try:
        tid = threading.get_native_id()
        target = min(19, _state["base"] + steps)
        if os.getpriority(os.PRIO_PROCESS, tid) < target:  # not lowered by its creator already
            os.setpriority(os.PRIO_PROCESS, tid, target)
    except (OSError, AttributeError):
        log.debug("could not lower the priority of %s", threading.current_thread().name)
        return False
    return True
