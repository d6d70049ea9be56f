"""Writing a list's rows to CSV or XLSX, atomically, with exact money.

Runs on a worker thread (no Qt here except what :mod:`.columns` uses to word enumerations). The
file is written under a temporary name in the target folder, flushed to disk and renamed over the
target, so a reader (or Excel) never sees half a file and a failed export leaves the old file.

CSV: UTF-8 with a BOM (Excel opens the Chinese correctly), the table's texts with money as plain
two-decimal numbers (``21828.59``) and empty cells for "not yet". Server text is not trusted: a
cell starting with ``= + - @`` (a formula for Excel and WPS) is prefixed with ``'`` as OWASP
recommends, and control characters are escaped; in XLSX, text is always a string cell.

XLSX (openpyxl, write-only): money and rates are numbers with a number format (``0.00`` as the
portal shows money, rounded half-up to the fen like the table; ``0%``), times are real datetimes
in China Standard Time, months are the month's first day shown ``yyyy-mm``. openpyxl writes a
number cell as ``"%.16g" % value``, which for a Decimal goes through float and turns ``0.07``
into ``0.07000000000000001``; we therefore put the Decimal's own digits into the cell (still a
number cell, ``t="n"``), so the file holds exactly the fen the service sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from gene_desk.account import catalogue
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import atomic_open
from gene_desk.core.text import FORMULA_START, printable
from gene_desk.ui.account.columns import Column, Kind

FORMATS = ("csv", "xlsx")
NUMBER_FORMATS = {
    Kind.MONEY: "0.00",
    Kind.RATE: "0%",
    Kind.INT: "0",
    Kind.ROW: "0",
    Kind.TIME: "yyyy-mm-dd hh:mm:ss",
    Kind.MONTH: "yyyy-mm",
}
WIDTHS = {
    Kind.MONEY: 16,
    Kind.RATE: 8,
    Kind.INT: 8,
    Kind.ROW: 6,
    Kind.TIME: 20,
    Kind.MONTH: 10,
}
_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def write_atomically(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    """``write(binary file)`` into a temporary file beside ``target``, then rename it over."""
    with atomic_open(Path(target), "wb") as handle:
        write(handle)


def write_csv(
    target: Path, columns: Sequence[Column], headers: Sequence[str], rows: Iterable[Any]
) -> int:
    """The catalogue's CSV writer (the CLI's too), with the columns' cells."""
    cells = ([c.csv(r, n) for c in columns] for n, r in enumerate(rows, start=1))
    return catalogue.write_csv(target, headers, cells)


def _display_width(text: str) -> int:
    """Rough column width in Excel units: CJK characters count twice."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def sheet_title(title: str) -> str:
    """A valid worksheet name: no []:*?/\\, at most 31 characters."""
    return (title.translate(_BAD_SHEET_CHARS).strip() or "Sheet")[:31]


def excel_cell(sheet: Any, column: Column, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell  # see write_xlsx

    if isinstance(value, str):
        return text_cell(sheet, value)
    cell = WriteOnlyCell(sheet, value=value)
    if value is None:
        return cell
    number_format = NUMBER_FORMATS.get(column.kind)
    if number_format:
        cell.number_format = number_format
    if column.kind in (Kind.MONEY, Kind.RATE):
        # still a number cell (data_type "n"); the text is the Decimal's own digits, see above
        cell._value = format(value, "f")
    return cell


def text_cell(sheet: Any, text: str) -> Any:
    """A cell that holds ``text`` as text: openpyxl would store ``=...`` as a formula, and
    refuses control characters. Controls are escaped, the cell is a string cell whatever the
    text starts with, and one that looks like a formula keeps Excel's quote prefix (it stays
    text when edited)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=printable(text))
    cell.data_type = "s"
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True
    return cell


def write_xlsx(
    target: Path,
    columns: Sequence[Column],
    headers: Sequence[str],
    rows: Iterable[Any],
    *,
    title: str = "Sheet",
) -> int:
    # openpyxl is imported on the first export, not with the window: importing it costs
    # 0.1-0.2 s, on every start-up otherwise (installer/measure_startup.py)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    count = 0

    def write(handle: IO[bytes]) -> None:
        nonlocal count
        book = Workbook(write_only=True)
        sheet = book.create_sheet(sheet_title(title))
        sheet.freeze_panes = "A2"
        for i, (column, header) in enumerate(zip(columns, headers, strict=True), start=1):
            width = WIDTHS.get(column.kind) or (40 if column.stretch else 18)
            sheet.column_dimensions[get_column_letter(i)].width = max(
                width, _display_width(header) + 4
            )
        bold = Font(bold=True)
        head = []
        for header in headers:
            cell = text_cell(sheet, header)
            cell.font = bold
            cell.alignment = Alignment(horizontal="center")
            head.append(cell)
        sheet.append(head)
        for number, record in enumerate(rows, start=1):
            sheet.append([excel_cell(sheet, c, c.excel(record, number)) for c in columns])
            count += 1
        book.save(handle)

    write_atomically(target, write)
    return count


def write_rows(
    target: Path,
    fmt: str,
    columns: Sequence[Column],
    headers: Sequence[str],
    rows: Iterable[Any],
    *,
    title: str = "Sheet",
) -> int:
    """Write every row to ``target`` as ``fmt`` ("csv" or "xlsx"); returns the row count."""
    if fmt == "csv":
        return write_csv(target, columns, headers, rows)
    if fmt == "xlsx":
        return write_xlsx(target, columns, headers, rows, title=title)
    raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"unknown export format {fmt!r}")
