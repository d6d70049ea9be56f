"""A stop flag that also runs hooks when it is set.

Pause, cancel and quit set an item's stop flag; code that loops checks it every block. A request
that is already on the wire does not loop in our code: its body may sit whole in the socket
buffers, or it may be waiting for the answer, and on a slow link that lasts seconds to minutes.
Such a request registers a hook here that shuts its connection down, so setting the flag stops
it at once instead of after the network has drained (issue 12: 暂停/继续 and 退出 waited 13-50 s).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class StopFlag(threading.Event):
    """A ``threading.Event`` whose :meth:`set` also calls the hooks registered with
    :meth:`on_set` (once each, on the setting thread; they must be quick and never block)."""

    def __init__(self) -> None:
        super().__init__()
        self._hooks_lock = threading.Lock()
        self._hooks: dict[int, Callable[[], None]] = {}
        self._next_hook = 0

    def set(self) -> None:
        super().set()
        with self._hooks_lock:
            hooks = list(self._hooks.values())
            self._hooks.clear()
        for hook in hooks:
            try:
                hook()
            except Exception:  # a hook must not keep the others (or the caller) from stopping
                log.exception("stop hook failed")

    def on_set(self, hook: Callable[[], None]) -> Callable[[], None]:
        """Call ``hook`` when the flag is set (now, if it already is); returns a function that
        unregisters it."""
        with self._hooks_lock:
            if not self.is_set():
                key = self._next_hook
                self._next_hook += 1
                self._hooks[key] = hook
                return lambda: self._forget(key)
        hook()
        return lambda: None

    def _forget(self, key: int) -> None:
        with self._hooks_lock:
            self._hooks.pop(key, None)
