"""Keep ``None``, ``True`` and ``False`` alive under PySide6 reference-count bugs.

PySide6 6.12 (shiboken) returns an invalid ``QVariant`` to Python as ``None`` without taking a
reference to it: every ``QModelIndex.data()`` that the model answers with ``None`` (the transfer
list's progress delegate asks for each painted row), ``QAction.data()`` without data, and the
like, lowers ``None``'s reference count by one. On CPython before 3.12 (where ``None`` is not
immortal) the count reaches zero after tens of thousands of such calls, and the interpreter
aborts with "Fatal Python error: none_dealloc: deallocating None": the window died within
minutes in bench/gui_responsiveness.py (a 1 GiB upload with the transfer list open). Emitting a
``Signal(bool)`` to a Python slot does the same to ``True`` ("bool_dealloc: deallocating True or
False" after eight runs of that benchmark).

Until a fixed PySide6 is required, the window raises ``None``'s count by 2**60 once at start
(what CPython 3.12 does for immortal objects), and those of ``True`` and ``False``: a leak of
one per call then takes centuries to matter. ``ob_refcnt`` is the first field of every object in
release builds of CPython.
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 60


def guard_none_refcount() -> bool:
    """Raise the reference counts of ``None``, ``True`` and ``False`` out of the bugs' reach;
    True when they were raised."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal there; its count must not be touched
    if hasattr(sys, "gettotalrefcount"):
        return False  # debug build: another object layout
    raised = False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < MARGIN:  # else already raised (a second QApplication in tests)
            count.value += MARGIN
            raised = True
    return raised
