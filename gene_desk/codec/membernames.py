"""Archive member names: which are unsafe (the whole archive is refused) and which only cannot
exist on this OS (renamed and reported).

NUL, absolute paths, Windows drive letters and UNC paths, and ``..`` components (with ``/`` or
``\\`` as separator, whatever the OS) are ARCHIVE_UNSAFE. Windows reserved names and characters,
control characters (newlines, escapes, bidi overrides) and over-long names get a name the OS
accepts. Split out of :mod:`gene_desk.codec.extract` (which re-exports these names) so the rules
can be read and tested on their own.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import NAME_CONTROL_CHARS

_WIN_RESERVED = re.compile(
    r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(\..*)?$", re.I
)
_WIN_BAD_CHARS = re.compile(r'[<>:"|?*\x00-\x1f]')
_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe(name: str, reason: str) -> GeneDeskError:
    return GeneDeskError(
        ErrorCode.ARCHIVE_UNSAFE,
        f"unsafe archive member {name!r}: {reason}; nothing was extracted",
        details={"member": name, "reason": reason},
    )


def split_member_name(name: str, platform: str = sys.platform) -> list[str]:
    """Components of an archive member name, or ARCHIVE_UNSAFE. Empty list: the root itself."""
    if "\x00" in name:
        raise unsafe(name, "name contains a NUL character")
    if name.startswith(("/", "\\")):
        raise unsafe(name, "absolute path")
    if _DRIVE.match(name):
        raise unsafe(name, "Windows drive path")
    if ".." in re.split(r"[\\/]", name):
        raise unsafe(name, "'..' path component")
    parts = re.split(r"[\\/]", name) if platform == "win32" else name.split("/")
    return [p for p in parts if p not in ("", ".")]


def fix_component(comp: str, platform: str = sys.platform) -> tuple[str, str | None]:
    """A name this OS accepts for ``comp``, and why it was changed (None: unchanged)."""
    reason = None
    new = comp
    if NAME_CONTROL_CHARS.search(new):  # newlines, escapes, bidi overrides: on no OS, in no name
        new = NAME_CONTROL_CHARS.sub("_", new)
        reason = "control characters in the name"
    if platform == "win32":
        if _WIN_BAD_CHARS.search(new):
            new = _WIN_BAD_CHARS.sub("_", new)
            reason = "characters not allowed on Windows"
        stripped = new.rstrip(" .")
        if stripped != new:
            new = stripped or "_"
            reason = reason or "trailing dot or space not allowed on Windows"
        if _WIN_RESERVED.match(new):
            new = "_" + new
            reason = reason or "reserved name on Windows"
    if platform == "darwin":
        try:
            new.encode("utf-8")
        except UnicodeEncodeError:
            new = new.encode("utf-8", "replace").decode("utf-8").replace("\ufffd", "_")
            reason = reason or "name is not valid UTF-8"
    limit = 255
    encoded = new.encode("utf-8", "surrogateescape") if platform != "win32" else new
    if len(encoded) > limit:
        stem, ext = os.path.splitext(new)
        if len(ext) > 32:
            stem, ext = new, ""
        digest = hashlib.sha1(new.encode("utf-8", "surrogateescape")).hexdigest()[:10]
        room = 200 - len(ext.encode("utf-8", "surrogateescape"))
        short = stem.encode("utf-8", "surrogateescape")[:room].decode("utf-8", "ignore")
        new = f"{short}~{digest}{ext}"
        reason = reason or "name too long for this file system"
    return new, reason


def _case_insensitive(platform: str) -> bool:
    return platform in ("win32", "darwin")
