"""Text from outside (object keys, file names, server messages) made safe to show and to export.

Why: a bucket is not trusted input. A key holding ``\\n`` or ``\\r`` can forge a ``FAILED ...``
line in the CLI output or in the log support staff read; ESC, BEL or a C1 control (U+009B is a
one-character CSI) can drive the terminal; a bidi override can make ``exe.txt`` read as ``txt.exe``.
A cell starting with ``=`` runs as a formula when an export is opened in Excel or WPS. So every
key, path or server text that is printed, logged, shown in the window or exported passes through
:func:`printable` (controls become visible escapes like ``\\n``, ``\\x07``, ``\\u009b``), and
every spreadsheet cell through :func:`spreadsheet_cell`.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

# C0, DEL, C1; zero-width space; bidi marks, embeddings, overrides and isolates; line and
# paragraph separators; lone surrogates (undecodable bytes of a local file name: unprintable).
CONTROL_CHARS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
# the same minus surrogates, for file names: undecodable bytes are valid in a POSIX name and
# are written back as they were (surrogateescape); the rest never belongs in a name
NAME_CONTROL_CHARS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    named = _NAMED.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``text`` with every control or invisible formatting character escaped (``\\n``,
    ``\\x1b``, ``\\u202e``): one line, nothing the terminal or a viewer acts on."""
    return CONTROL_CHARS.sub(_escape, str(text))


def has_controls(text: str) -> bool:
    return CONTROL_CHARS.search(text) is not None


def json_text(value: Any, **options: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)`` that stays readable (Chinese as it is) but
    writes every control character as a ``\\uXXXX`` escape, which JSON readers undo."""
    text = json.dumps(value, ensure_ascii=False, **options)
    # json.dumps escapes C0 inside strings itself; a raw newline is the indent's, keep it
    return CONTROL_CHARS.sub(
        lambda m: m.group() if m.group() == "\n" else f"\\u{ord(m.group()):04x}", text
    )


# OWASP "CSV injection": a cell starting with one of these is a formula (or DDE) for Excel/WPS
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def spreadsheet_cell(value: Any) -> Any:
    """A value safe to write into a CSV or XLSX cell: numbers as they are; text with its
    controls escaped and, when it would start a formula, prefixed with ``'`` (as OWASP
    recommends), so it is shown, never evaluated. ``-12.50`` stays a number and a lone ``-``
    (an empty amount) stays as it is."""
    if value is None or isinstance(value, bool | int | float | Decimal):
        return value
    if not isinstance(value, str):
        return value  # dates and times: typed cells, nothing to evaluate
    if value.startswith(FORMULA_START) and value != "-" and not _PLAIN_NUMBER.match(value):
        value = "'" + value
    return printable(value)
