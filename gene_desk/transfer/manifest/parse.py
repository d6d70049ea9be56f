"""Read an MD5 manifest in any of the formats deliveries come in, and write GNU lines.

Why a tolerant reader with strict lines: a provider's ``md5sum.txt`` may come from GNU
``md5sum`` (``HASH  name``, ``HASH *name`` in binary mode, a leading ``\\`` when the name holds
a backslash, newline or CR, escaped as ``\\\\``, ``\\n``, ``\\r``), from BSD/macOS ``md5``
(``MD5 (name) = HASH``, or ``HASH name`` from ``md5 -r``), or from a spreadsheet (two-column
CSV, either column order, header row or not, Windows line ends, a UTF-8 BOM). Every line is
read on its own; a line that fits no format, or names a file outside the delivery folder (an
absolute path, ``..``), or repeats a name with another hash, is a :class:`ManifestProblem` with
its line number and a code, never an exception: one bad line must not hide the others.
"""

from __future__ import annotations

import csv
import io
import os
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error

#: a manifest larger than this is no manifest (a million files is ~80 MB of GNU lines)
MAX_MANIFEST_BYTES = 256 * 1024 * 1024

FORMAT_GNU = "gnu"
FORMAT_BSD = "bsd"
FORMAT_CSV = "csv"

_HEX = rb"[0-9A-Fa-f]{32}"
_GNU = re.compile(rb"^(" + _HEX + rb")[ \t]([ *]?)(.*)$", re.DOTALL)
_BSD = re.compile(rb"^MD5 ?\((.*)\) ?= ?(" + _HEX + rb")$", re.DOTALL)
_HEX_TEXT = re.compile(r"^[0-9A-Fa-f]{32}$")


@dataclass(frozen=True)
class ManifestEntry:
    """One listed file: ``name`` as written (unescaped), ``path`` normalised ('a/./b' -> 'a/b')
    for lookups, ``md5`` in lower-case hex."""

    line: int
    name: str
    path: str
    md5: str


@dataclass(frozen=True)
class ManifestProblem:
    """A line that could not be used. ``reason``: format, escape, unsafe-name, empty-name,
    duplicate, csv-columns."""

    line: int
    reason: str
    message: str
    code: ErrorCode = ErrorCode.MANIFEST_INVALID

    def to_dict(self) -> dict[str, object]:
        return {
            "line": self.line,
            "code": self.code.value,
            "reason": self.reason,
            "message": self.message,
        }


@dataclass
class Manifest:
    format: str
    entries: list[ManifestEntry] = field(default_factory=list)
    problems: list[ManifestProblem] = field(default_factory=list)


def _decode(raw: bytes) -> str:
    # file names are bytes on Linux: keep undecodable ones as the same bytes (os.fsdecode)
    return raw.decode("utf-8", "surrogateescape")


def _unescape(raw: bytes) -> bytes | None:
    """GNU's escaping of a name (``\\\\``, ``\\n``, ``\\r``); None for any other escape."""
    out = bytearray()
    i = 0
    while i < len(raw):
        ch = raw[i : i + 1]
        if ch != b"\\":
            out += ch
            i += 1
            continue
        nxt = raw[i + 1 : i + 2]
        mapped = {b"\\": b"\\", b"n": b"\n", b"r": b"\r"}.get(nxt)
        if mapped is None:
            return None
        out += mapped
        i += 2
    return bytes(out)


def _escape_name(name: str) -> tuple[bool, str]:
    if not any(c in name for c in "\\\n\r"):
        return False, name
    return True, name.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def gnu_line(name: str, md5: str) -> str:
    """One line of ``md5sum`` output for ``name`` (escaped as GNU coreutils does), with its
    newline. ``md5sum -c`` reads it back to the same name."""
    escaped, text = _escape_name(name)
    lead = "\\" if escaped else ""
    return f"{lead}{md5.lower()}  {text}\n"


def check_name(name: str) -> str | tuple[str, str]:
    """The normalised relative path, or (reason, message) when it cannot name a file inside the
    delivery folder."""
    if not name:
        return "empty-name", "no file name"
    if "\x00" in name:
        return "unsafe-name", "the file name holds a NUL character"
    if name.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", name) or name.startswith("\\\\"):
        return "unsafe-name", "absolute path: only names inside the folder are checked"
    path = posixpath.normpath(name)
    if path == ".." or path.startswith("../") or path == ".":
        return "unsafe-name", "the name points outside the folder ('..')"
    return path


class _Collector:
    def __init__(self, fmt: str) -> None:
        self.manifest = Manifest(fmt)
        self._seen: dict[str, ManifestEntry] = {}

    def problem(self, line: int, reason: str, message: str) -> None:
        self.manifest.problems.append(ManifestProblem(line, reason, message))

    def add(self, line: int, name: str, md5: str) -> None:
        checked = check_name(name)
        if isinstance(checked, tuple):
            self.problem(line, *checked)
            return
        entry = ManifestEntry(line, name, checked, md5.lower())
        earlier = self._seen.get(checked)
        if earlier is not None:
            if earlier.md5 != entry.md5:
                self.problem(
                    line,
                    "duplicate",
                    f"listed again with another MD5 (first on line {earlier.line})",
                )
            return  # the same line twice is harmless
        self._seen[checked] = entry
        self.manifest.entries.append(entry)


def _looks_csv(text_lines: list[bytes], name_hint: str) -> bool:
    if name_hint.lower().endswith((".csv", ".tsv")):
        return True
    for raw in text_lines:
        line = raw.strip()
        if not line or line.startswith(b"#"):
            continue
        if _GNU.match(line) or _BSD.match(line.lstrip(b"\\")):
            return False
        return b"," in line or b"\t" in line or b";" in line
    return False


def _parse_csv(data: bytes) -> Manifest:
    out = _Collector(FORMAT_CSV)
    text = _decode(data)
    sample = text[:4096]
    # a tab never appears in a name a person typed, a comma often does: tab wins
    delimiter = "\t" if "\t" in sample else ";" if ";" in sample and "," not in sample else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    first = True
    try:
        for row in reader:
            number = reader.line_num
            cells = [c.strip() for c in row]
            while cells and not cells[-1]:
                cells.pop()
            if not cells or cells[0].startswith("#"):
                continue
            hashes = [i for i, c in enumerate(cells) if _HEX_TEXT.match(c)]
            if len(cells) != 2 or len(hashes) == 0:
                if first and not hashes:
                    first = False
                    continue  # a header row ("file,md5")
                out.problem(number, "csv-columns", "expected two columns: a file name and an MD5")
                first = False
                continue
            first = False
            # both cells hex: the name is the one that is not in the md5 column of a header-less
            # file; assume the common (name, md5) order
            index = hashes[-1]
            out.add(number, cells[1 - index], cells[index])
    except csv.Error as exc:
        out.problem(reader.line_num, "format", f"not CSV: {exc}")
    return out.manifest


def parse_manifest(data: bytes, name_hint: str = "") -> Manifest:
    """Parse the bytes of a manifest (format guessed from the lines; ``name_hint``, the file's
    name, decides for ``.csv``). Never raises for bad content: see ``Manifest.problems``."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if _looks_csv(lines[:50], name_hint):
        return _parse_csv(data)
    out = _Collector(FORMAT_GNU)
    formats: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        if not raw.strip() or raw.startswith(b"#"):
            continue
        escaped = raw.startswith(b"\\")
        body = raw[1:] if escaped else raw
        gnu = _GNU.match(body)
        bsd = None if gnu else _BSD.match(body)
        if gnu:
            digest, name = gnu.group(1), gnu.group(3)
            if not gnu.group(2) and name[:1] in (b" ", b"*"):
                name = name[1:]
            formats.add(FORMAT_GNU)
        elif bsd:
            name, digest = bsd.group(1), bsd.group(2)
            formats.add(FORMAT_BSD)
        else:
            out.problem(number, "format", "not an MD5 line (GNU, BSD or CSV)")
            continue
        if escaped:
            unescaped = _unescape(name)
            if unescaped is None:
                out.problem(number, "escape", "unknown escape in the file name")
                continue
            name = unescaped
        out.add(number, _decode(name), _decode(digest))
    if formats == {FORMAT_BSD}:
        out.manifest.format = FORMAT_BSD
    return out.manifest


def read_manifest(path: str | os.PathLike[str]) -> Manifest:
    """Read and parse a manifest file (LOCAL_* errors when it cannot be read)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_MANIFEST_BYTES + 1)
    except OSError as exc:
        raise os_error(exc, str(path), "cannot read the manifest") from exc
    if len(data) > MAX_MANIFEST_BYTES:
        raise GeneDeskError(
            ErrorCode.MANIFEST_INVALID,
            f"the manifest is larger than {MAX_MANIFEST_BYTES // 2**20} MiB",
            path=str(path),
            details={"reason": "too-large"},
        )
    return parse_manifest(data, path.name)
