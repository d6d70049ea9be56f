"""From object keys to local paths that can never leave the chosen folder, and back.

A bucket is not trusted input: keys may contain ``..``, absolute paths, drive letters, NUL, or
names the local OS cannot create. Each key is turned into local path components here; keys that
try to escape are refused; names the OS cannot hold, and control characters (newlines, escapes,
bidi overrides), are renamed; both are reported on the item.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import NAME_CONTROL_CHARS

WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}  # fmt: skip
_WINDOWS_BAD_CHARS = re.compile(r'[<>:"|?*\x00-\x1f]')
_DRIVE = re.compile(r"^[A-Za-z]:")
MAX_COMPONENT_BYTES = 255


@dataclass(frozen=True)
class LocalName:
    parts: tuple[str, ...]
    renamed: bool
    note: str = ""

    def under(self, root: Path) -> Path:
        return root.joinpath(*self.parts)


def _unsafe(key: str, why: str) -> GeneDeskError:
    return GeneDeskError(
        ErrorCode.UNSAFE_KEY,
        f"refused: the object key would write outside the chosen folder ({why})",
        path=key,
        details={"reason": why},
    )


def _shorten(component: str) -> str:
    raw = component.encode("utf-8")
    if len(raw) <= MAX_COMPONENT_BYTES:
        return component
    digest = hashlib.sha1(raw).hexdigest()[:10]
    stem, dot, ext = component.rpartition(".")
    ext = ext if dot and len(ext.encode()) <= 16 else ""
    keep = MAX_COMPONENT_BYTES - len(digest) - len(ext.encode()) - 3
    head = (stem or component).encode("utf-8")[:keep].decode("utf-8", "ignore")
    return f"{head}~{digest}" + (f".{ext}" if ext else "")


def local_name(relative_key: str, *, windows: bool | None = None) -> LocalName:
    """Local path components for ``relative_key`` (the key minus the downloaded prefix)."""
    windows = (os.name == "nt") if windows is None else windows
    if "\x00" in relative_key:
        raise _unsafe(relative_key, "NUL character")
    if relative_key.startswith(("/", "\\")):
        raise _unsafe(relative_key, "absolute path")
    if _DRIVE.match(relative_key):
        raise _unsafe(relative_key, "drive letter")
    raw_parts = relative_key.split("/")
    if windows:
        raw_parts = [p for part in raw_parts for p in part.split("\\")]
    notes: list[str] = []
    parts: list[str] = []
    for part in raw_parts:
        if part in ("", "."):
            if part == "." or (parts and part == ""):
                notes.append("empty or '.' path component dropped")
            continue
        if part == "..":
            raise _unsafe(relative_key, "'..' component")
        # no OS needs a newline, escape or bidi override in a file name, and in one they forge
        # lines in listings and scripts (`ls`, `find | xargs`): mapped like Windows' reserved
        fixed = NAME_CONTROL_CHARS.sub("_", part)
        if windows:
            fixed = _WINDOWS_BAD_CHARS.sub("_", fixed).rstrip(" .") or "_"
            if fixed.split(".")[0].upper() in WINDOWS_RESERVED:
                fixed = f"_{fixed}"
        fixed = _shorten(fixed)
        if fixed != part:
            notes.append(f"{part!r} renamed to {fixed!r}")
        parts.append(fixed)
    if not parts:
        raise _unsafe(relative_key, "no file name")
    return LocalName(tuple(parts), bool(notes), "; ".join(dict.fromkeys(notes)))


def temp_path_for(target: Path, item_id: int) -> Path:
    """Hidden temporary name beside ``target``: nothing half-written has the real name. It names
    the item too: two downloads to the same place must never share (and wipe) one file. The
    object's name is shortened so the whole stays within a file-name limit (255 bytes)."""
    suffix = f".{item_id}.gdpart"
    room = MAX_COMPONENT_BYTES - len(suffix.encode()) - 1
    name = target.name.encode("utf-8")[:room].decode("utf-8", "ignore")
    return target.with_name(f".{name}{suffix}")
