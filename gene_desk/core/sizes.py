"""Byte counts as both faces print them: one style, so a size reads the same in the window's file
list, the transfer list and every CLI line.

The style is the one Windows Explorer and the Tencent Cloud COS console show: units of 1024 named
B, KB, MB, GB, TB, PB, one decimal above bytes ("1.5 MB" is 1.5 × 1024² bytes). IEC names (KiB)
would be more exact, but the people using Gene Desk compare its numbers with the COS console's,
so the names follow the console.
"""

from __future__ import annotations

UNITS = ("B", "KB", "MB", "GB", "TB", "PB")
STEP = 1024


def size_text(size: float) -> str:
    """``1536`` -> ``"1.5 KB"``; whole bytes below 1 KB (``"512 B"``); PB is the largest unit."""
    value = float(size)
    for unit in UNITS:
        if abs(value) < STEP or unit == UNITS[-1]:
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= STEP
    raise AssertionError("unreachable: the last unit always returns")
