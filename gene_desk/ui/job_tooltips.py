"""What the mouse shows over a row of the transfer or compression list (a screen reader reads the
same text as the cell's description).

A failure is worded by :mod:`gene_desk.ui.errors_text` from the journal's error code and COS
request id, never from the journal's ``error_message``: that is the engine's English (often the
server's own sentence, "Access Denied.") kept for the log and for support, not for the window.
Over the 详情 column the tooltip is that column's whole text, which the cell may have cut short.
"""

from __future__ import annotations

from gene_desk.core.text import printable
from gene_desk.ui import errors_text


def row_tooltip(
    source: str,
    destination: str,
    *,
    error_code: str | None = None,
    request_id: str | None = None,
    details: str = "",
) -> str:
    """``details`` (the 详情 cell's text) when given, else where from and where to, and the
    failure in words when ``error_code`` is set."""
    if details:
        return details
    text = f"{printable(source)}\n→ {printable(destination)}"
    failure = errors_text.code_text(error_code, request_id)
    if failure:
        text += f"\n{failure}"
    return text
