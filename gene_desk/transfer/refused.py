"""Items the planner could not turn into work, kept in the list as failures with their reason.

Why not just leave them out: a folder upload with an unreadable subfolder, a broken symlink or a
FIFO, or a download with a key that would escape the chosen folder, must not end "all done". Such
an entry becomes an item in mode ``refused:CODE`` with the reason as its note; the manager fails
it as soon as the job is queued (so the list, the CLI and the exit status show it), and a retry
fails it again with the same code instead of guessing.
"""

from __future__ import annotations

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import NewItem

MODE_REFUSED = "refused"


def refused_item(source: str, destination: str, size: int, error: GeneDeskError) -> NewItem:
    """An item that fails at once with ``error``'s code and message."""
    mode = f"{MODE_REFUSED}:{error.code.value}"
    return NewItem(source, destination, size, None, mode, error.message)


def is_refused(mode: str) -> bool:
    return mode == MODE_REFUSED or mode.startswith(MODE_REFUSED + ":")


def refusal_code(mode: str) -> ErrorCode:
    """The code of a refused item (plain ``refused`` items, from older journals, are unsafe
    keys)."""
    _, _, code = mode.partition(":")
    try:
        return ErrorCode(code)
    except ValueError:
        return ErrorCode.UNSAFE_KEY
