"""The first lines of a table-like text (VCF, SAM, BED, GFF, CSV, TSV, TXT), header apart.

Header lines are the ones starting with ``#`` (VCF meta and column lines, BED/GFF comments) or
``@`` (SAM header); they are set apart because a VCF can have hundreds of them before the first
record, and the person wants to see both. Tabs are kept (the columns); every other control
character is escaped.
"""

from __future__ import annotations

from gene_desk.core.text import printable
from gene_desk.preview.model import TextPreview

MAX_HEADER = 1000  # header lines kept (a VCF's ## lines; a SAM's @SQ lines)


def safe_line(raw: bytes) -> str:
    """One line as text: UTF-8 (bad bytes replaced), tabs kept, controls escaped."""
    text = raw.rstrip(b"\r").decode("utf-8", "replace")
    return "\t".join(printable(cell) for cell in text.split("\t"))


def first_lines(data: bytes, truncated: bool, limit: int) -> TextPreview:
    lines = data.split(b"\n")
    if truncated or lines[-1] == b"":
        lines.pop()  # partial last line (or nothing after the final newline)
    header: list[str] = []
    body: list[str] = []
    more = False
    for raw in lines:
        if not body and raw[:1] in (b"#", b"@"):
            if len(header) < MAX_HEADER:
                header.append(safe_line(raw))
            continue
        if len(body) >= limit:
            more = True
            break
        body.append(safe_line(raw))
    return TextPreview(header, body, more or truncated)
