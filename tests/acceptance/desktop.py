"""A private desktop for the acceptance tests: session D-Bus, Xvfb and the AT-SPI bus.

Started once per pytest process (see ``conftest.py``); the real ``gene-desk`` processes the tests
start join it, and the tests read and drive them through the accessibility tree exactly as a
screen reader or dogtail does (``../shared/notes/atspi-recipe.md`` has the measurements behind
each step). Nothing here imports the application.
"""

from __future__ import annotations

import os
import subprocess
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
QUIET = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}


def wait_for(fn: Callable[[], T], timeout: float = 20.0, what: str = "") -> T:
    """Poll ``fn`` until it returns something truthy; AT-SPI errors count as "not yet"."""
    end = time.monotonic() + timeout
    last: BaseException | None = None
    while time.monotonic() < end:
        try:
            value = fn()
            if value:
                return value
        except Exception as exc:  # a node that vanished or is not there yet
            last = exc
        time.sleep(0.05)
    raise TimeoutError(
        f"gave up waiting for {what or fn}" + (f" (last error: {last})" if last else "")
    )


def _bus_has(name: str) -> bool:
    out = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ],
        capture_output=True,
    ).stdout
    return b"true" in out


@contextmanager
def desktop() -> Iterator[Any]:
    """Yield dogtail's ``tree`` module once the display and the accessibility bus are up."""
    procs: list[subprocess.Popen] = []
    saved = {k: os.environ.get(k) for k in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    try:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        procs.append(bus)
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        r, w = os.pipe()  # Xvfb picks a free display and writes "N" then "\n" (two writes)
        procs.append(
            subprocess.Popen(
                [
                    "Xvfb",
                    "-displayfd",
                    str(w),
                    "-screen",
                    "0",
                    "1280x1024x24",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=[w],
                **QUIET,
            )
        )
        os.close(w)
        with os.fdopen(r) as f:  # read the whole line, or Xvfb dies with EPIPE
            os.environ["DISPLAY"] = ":" + f.readline().strip()
        procs.append(
            subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], **QUIET)
        )
        wait_for(lambda: _bus_has("org.a11y.Bus"), what="the AT-SPI bus")
        with warnings.catch_warnings():  # gi and pyatspi warn on import (deprecated APIs)
            warnings.simplefilter("ignore")
            from dogtail.config import config

            # before dogtail.tree is imported: it would look for GNOME's setting and exit
            config.checkForA11y = False
            config.logDebugToFile = config.logDebugToStdOut = False
            config.actionDelay = config.defaultDelay = 0.05
            config.typingDelay = 0.02
            config.searchBackoffDuration, config.searchCutoffCount = 0.2, 25
            from dogtail import rawinput, tree  # noqa: F401

        yield tree
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(5)
            if p.stdout is not None:
                p.stdout.close()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
