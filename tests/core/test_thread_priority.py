"""Engine threads yield the CPU to the window's GUI thread (gene_desk/core/thread_priority.py)."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from gene_desk.core import thread_priority
from gene_desk.core.thread_priority import (
    BACKGROUND_NICE,
    enable_background_priority,
    lower_this_thread,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice")


@pytest.fixture
def enabled():
    enable_background_priority()
    yield
    thread_priority._state["nice"] = 0


def _nice_of(target) -> dict[str, int]:  # type: ignore[no-untyped-def]
    seen: dict[str, int] = {}

    def run() -> None:
        target(seen)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    return seen


def _own() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_a_lowered_thread_and_the_threads_it_starts_run_below_the_gui_thread(enabled):
    gui = _own()

    def worker(seen: dict[str, int]) -> None:
        seen["first"] = int(lower_this_thread())
        seen["again"] = int(lower_this_thread())  # once per thread, not once per task
        seen["worker"] = _own()
        seen["child"] = _nice_of(lambda s: s.update(x=_own()))["x"]  # started by the worker

    seen = _nice_of(worker)
    expected = min(19, gui + BACKGROUND_NICE)
    assert seen == {"first": 1, "again": 0, "worker": expected, "child": expected}
    assert _own() == gui  # the calling (GUI) thread is untouched


def test_without_the_window_priorities_stay_as_they_are():
    gui = _own()
    seen = _nice_of(lambda s: s.update(lowered=int(lower_this_thread()), nice=_own()))
    assert seen == {"lowered": 0, "nice": gui}
