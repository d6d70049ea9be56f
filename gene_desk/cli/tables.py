"""Aligned text tables for the CLI that stay aligned with Chinese text.

A CJK character takes two terminal columns (East Asian Width W/F) and a combining mark none, so
padding by ``len()`` would shift every column after a Chinese cell. Cells wider than a column's
limit are cut with an ellipsis; exports (CSV, JSON) never are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

ELLIPSIS = "…"


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or ch in "\u200b\u200d\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def truncate(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` columns, ending in an ellipsis when cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + ELLIPSIS


def pad(text: str, width: int, align: str = "<") -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if align == ">" else text + gap


def render(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    aligns: Sequence[str] | None = None,
    max_widths: Sequence[int | None] | None = None,
    gap: str = "  ",
) -> list[str]:
    """Lines of a table: a header, a rule, then the rows. ``aligns`` holds "<" or ">"."""
    count = len(headers)
    aligns = list(aligns or ["<"] * count)
    limits = list(max_widths or [None] * count)
    cells = [
        [truncate(cell, limits[i]) if limits[i] else cell for i, cell in enumerate(row)]
        for row in rows
    ]
    widths = [
        max([display_width(headers[i]), *(display_width(r[i]) for r in cells)])
        for i in range(count)
    ]
    lines = [gap.join(pad(h, widths[i], aligns[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append(gap.join("-" * w for w in widths))
    for row in cells:
        lines.append(gap.join(pad(c, widths[i], aligns[i]) for i, c in enumerate(row)).rstrip())
    return lines
