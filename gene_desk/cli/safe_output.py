"""A net under every CLI output: no terminal control character from outside text gets through.

Commands escape the keys, paths and server texts they print with :func:`core.text.printable`
(a newline in a key must not start a forged line). This wrapper around stdout and stderr catches
what a command forgot: ESC, BEL, CR, C1 controls, bidi overrides and lone surrogates are escaped
in everything written; only newline and tab pass. The progress bar's own ``\\r\\x1b[2K`` goes to
``unfiltered``.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from gene_desk.core.text import CONTROL_CHARS, printable

_ALLOWED = {"\n", "\t"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return ch if ch in _ALLOWED else printable(ch)


class ControlFilter:
    """A text stream that escapes control characters, delegating everything else."""

    def __init__(self, stream: TextIO) -> None:
        self.unfiltered = stream

    def write(self, text: str) -> int:
        self.unfiltered.write(CONTROL_CHARS.sub(_escape, text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unfiltered, name)


def unfiltered(stream: Any) -> TextIO:
    """The real stream below a :class:`ControlFilter` (for the progress bar's own controls)."""
    return getattr(stream, "unfiltered", stream)


@contextlib.contextmanager
def filtered_std_streams() -> Iterator[None]:
    """stdout and stderr behind a :class:`ControlFilter` while a command runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = ControlFilter(saved[0]), ControlFilter(saved[1])  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
