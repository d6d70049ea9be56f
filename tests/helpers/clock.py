"""The tests' clock for the sandbox: real time plus an offset a test advances.

Why real time underneath: the servers run on their own threads and check signatures, sessions and
temporary keys against their clock; a frozen clock would stop every other expiry too. A test that
needs a TTL to pass *skips* it with ``advance`` instead of sleeping it out. Why ``reset``: the
sandbox is shared by the whole run, so the time one test skipped is undone after it (the
``server_clock`` fixture), and no test depends on which tests ran before it.
"""

from __future__ import annotations

from gene_desk.sandbox.clock import SettableClock


class TestClock(SettableClock):
    """A :class:`SettableClock` that a fixture can put back on real time."""

    __test__ = False  # not a pytest test class

    def reset(self) -> None:
        """Back to real time (only between tests: keys dated while ahead just live longer)."""
        with self._lock:
            self._offset = 0.0
