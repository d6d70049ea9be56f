"""Safe extraction: nothing is ever written outside the chosen output folder.

Every archive is extracted into a hidden staging folder *inside* the output folder (same file
system, so the final move is a rename) and moved into place only when the whole archive has
been read and checked. A corrupt, truncated, unsafe or cancelled archive therefore leaves
nothing behind: the staging folder is removed.

Member names are checked before anything is created: NUL, absolute paths, Windows drive letters
and UNC paths, and ``..`` components (with ``/`` or ``\\`` as separator, whatever the OS) make the
whole archive ARCHIVE_UNSAFE, as do device/FIFO members, paths that go through a symlink of the
archive, symlinks whose target is absolute, leaves the folder or goes through another link, and
hard links that do not point at a regular file extracted earlier from the same archive. Symlinks
are created only after every regular file is written, then checked again with ``realpath``, so
no write can ever go through one. Names that cannot exist on this OS (Windows reserved names
and characters, control characters such as newlines and escapes, over-long names) are renamed and
reported, not refused (the name rules are in membernames.py).

Bomb limits are enforced while writing, because headers lie: the bytes written are checked
against a ratio to the compressed bytes consumed (``ExtractLimits.max_ratio``, applied past
``ratio_floor``), an optional absolute cap, and the free disk space (checked every 64 MiB and
against each member's declared size), so a 10 GB-of-zeros archive stops after a few MB.

Name conflicts with what is already in the output folder, resolved at the move: ``rename``
(default: keep both, ``name (1).ext``), ``overwrite`` (replace files, merge folders) or ``skip``
(keep the existing file, merge folders). An existing symlink is never followed.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import shutil
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from gene_desk.codec._common import check_cancel
from gene_desk.codec.extract_types import EntryNote, ExtractLimits, ExtractResult
from gene_desk.codec.membernames import (
    _DRIVE,
    _case_insensitive,
    fix_component,
    split_member_name,
    unsafe,
)
from gene_desk.codec.reader import corrupt
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.fileio import write_all
from gene_desk.core.localfs import os_error, owner_tag, sweep_leftovers, umask, unique_path

ON_CONFLICT = ("rename", "overwrite", "skip")
STAGING_PREFIX = ".gene-desk-extract-"
_MAX_NOTES = 10_000

__all__ = [
    "ON_CONFLICT",
    "STAGING_PREFIX",
    "EntryNote",
    "ExtractLimits",
    "ExtractResult",
    "Extractor",
    "FileWriter",
    "fix_component",
    "split_member_name",
    "unsafe",
]


class _Node:
    __slots__ = ("kind", "orig")

    def __init__(self, orig: tuple[str, ...], kind: str) -> None:
        self.orig = orig
        self.kind = kind


class FileWriter:
    """Writes one extracted file, enforcing the limits as bytes arrive."""

    def __init__(
        self,
        owner: Extractor,
        path: Path,
        declared: int | None,
        name: str,
        mode: int | None,
        mtime_ns: int | None,
    ) -> None:
        self._owner = owner
        self.path = path
        self._declared = declared
        self._name = name
        self.mode = mode
        self.mtime_ns = mtime_ns
        self.written = 0
        try:
            fd = os.open(
                path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
            )
        except OSError as exc:
            raise os_error(exc, path, "cannot create file") from exc
        self._f = io.FileIO(fd, "wb", closefd=True)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        view = memoryview(data)
        if self._declared is not None and self.written + len(view) > self._declared:
            raise corrupt(f"member {self._name!r} holds more data than its header says")
        self._owner.account(len(view))
        try:
            self.written += write_all(self._f.fileno(), view)  # 256 KiB per call (core/fileio.py)
        except OSError as exc:
            raise os_error(exc, self.path, "cannot write") from exc

    def close(self) -> None:
        self._f.close()

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._f.close()


class Extractor:
    """Builds the extracted tree in a staging folder and moves it into ``out_dir`` at ``finish``.

    ``consumed()`` returns the compressed bytes read so far (for the ratio limit).
    """

    def __init__(
        self,
        out_dir: str | os.PathLike[str],
        *,
        source: str,
        fmt: str,
        on_conflict: str = "rename",
        limits: ExtractLimits | None = None,
        cancel: threading.Event | None = None,
        consumed: Callable[[], int] = lambda: 0,
        platform: str = sys.platform,
    ) -> None:
        if on_conflict not in ON_CONFLICT:
            raise GeneDeskError(
                ErrorCode.INVALID_ARGUMENT, f"on_conflict must be one of {', '.join(ON_CONFLICT)}"
            )
        self.out_dir = Path(out_dir)
        self.limits = limits or ExtractLimits()
        self.on_conflict = on_conflict
        self._cancel = cancel
        self._consumed = consumed
        self.platform = platform
        self._ci = _case_insensitive(platform)
        self.started = time.monotonic()
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            sweep_leftovers(self.out_dir)  # a killed run's staging (never a live process's)
            self.staging = Path(
                tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}.{owner_tag()}-", dir=self.out_dir)
            )
        except OSError as exc:
            raise os_error(exc, self.out_dir, "cannot write to output folder") from exc
        self.result = ExtractResult(source=source, format=fmt, out_dir=self.out_dir)
        self._nodes: dict[tuple[str, ...], _Node] = {}  # key(final parts) -> node
        self._dirs: dict[tuple[str, ...], tuple[str, ...]] = {(): ()}  # orig -> final
        self._files: dict[tuple[str, ...], tuple[str, ...]] = {}  # orig -> final (regular)
        self._dir_attrs: dict[tuple[str, ...], tuple[int, int]] = {}  # final -> (mode, mtime)
        self._symlinks: list[tuple[tuple[str, ...], str, int, str]] = []
        self._entries = 0
        self._next_disk_check = 0
        self._closed = False

    # --- bookkeeping -------------------------------------------------------------------------

    def _note(self, bucket: list[EntryNote], note: EntryNote) -> None:
        if len(bucket) < _MAX_NOTES:
            bucket.append(note)
        else:
            self.result.notes_truncated += 1

    def _key(self, parts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(p.casefold() for p in parts) if self._ci else parts

    def _path(self, final: tuple[str, ...]) -> Path:
        return self.staging.joinpath(*final) if final else self.staging

    def free_bytes(self) -> int:
        try:
            return shutil.disk_usage(self.staging).free
        except OSError:
            return 1 << 62

    def reserve(self, size: int, name: str) -> None:
        """Refuse up front a member (or zip) declaring more than the free space."""
        if size > self.free_bytes() - self.limits.min_free_bytes:
            raise GeneDeskError(
                ErrorCode.DISK_FULL,
                f"not enough disk space for {name!r} ({size} bytes)",
                path=str(self.out_dir),
            )
        if self.limits.max_total_bytes is not None and size > self.limits.max_total_bytes:
            raise self._bomb(size)

    def _bomb(self, written: int) -> GeneDeskError:
        consumed = self._consumed()
        return GeneDeskError(
            ErrorCode.ARCHIVE_BOMB,
            f"archive expands beyond the safety limits ({written} bytes from {consumed} "
            f"compressed; limits: ratio {self.limits.max_ratio:g}, "
            f"total {self.limits.max_total_bytes}); nothing was extracted",
            details={"written": written, "compressed": consumed},
        )

    def account(self, n: int) -> None:
        """Count ``n`` bytes about to be written; raise if a limit is crossed."""
        check_cancel(self._cancel)
        total = self.result.bytes_written + n
        self.result.bytes_written = total
        lim = self.limits
        if lim.max_total_bytes is not None and total > lim.max_total_bytes:
            raise self._bomb(total)
        if total > lim.ratio_floor and total > lim.max_ratio * max(1, self._consumed()):
            raise self._bomb(total)
        if total >= self._next_disk_check:
            self._next_disk_check = total + lim.disk_check_interval
            if self.free_bytes() - n < lim.min_free_bytes:
                raise GeneDeskError(
                    ErrorCode.DISK_FULL, "output disk is (almost) full", path=str(self.out_dir)
                )

    def _count_entry(self) -> None:
        self._entries += 1
        if self._entries > self.limits.max_entries:
            raise GeneDeskError(
                ErrorCode.ARCHIVE_BOMB,
                f"archive has more than {self.limits.max_entries} members; nothing was extracted",
            )

    # --- name resolution ---------------------------------------------------------------------

    def _claim(
        self, parent: tuple[str, ...], comp: str, orig: tuple[str, ...], kind: str, name: str
    ) -> tuple[tuple[str, ...], _Node | None]:
        """Final parts for a new entry; returns the existing node if ``orig`` was seen before."""
        fixed, reason = fix_component(comp, self.platform)
        final = (*parent, fixed)
        node = self._nodes.get(self._key(final))
        if node is not None and node.orig == orig:
            return final, node
        if node is not None:  # a different member maps here (renamed or case-folded)
            stem, ext = os.path.splitext(fixed) if kind != "dir" else (fixed, "")
            n = 1
            while self._key(final) in self._nodes:
                final = (*parent, f"{stem} ({n}){ext}")
                n += 1
            reason = "name collides with another member on this file system"
        if reason:
            self._note(self.result.renamed, EntryNote(name, reason, "/".join(final)))
        self._nodes[self._key(final)] = _Node(orig, kind)
        return final, None

    def _parent(self, orig_parts: list[str], name: str) -> tuple[str, ...]:
        """Final parts of the parent folder of a member, creating missing folders."""
        orig = tuple(orig_parts[:-1])
        known = self._dirs.get(orig)
        if known is not None:
            return known
        # Walk down from the deepest known ancestor, creating implicit folders.
        depth = len(orig)
        while depth and orig[:depth] not in self._dirs:
            depth -= 1
        final = self._dirs[orig[:depth]]
        for i in range(depth, len(orig)):
            sub = orig[: i + 1]
            final, node = self._claim(final, orig[i], sub, "dir", name)
            if node is not None and node.kind != "dir":
                raise unsafe(name, f"path goes through a {node.kind}")
            if node is None:
                self._mkdir(final)
            self._dirs[sub] = final
        return final

    def _mkdir(self, final: tuple[str, ...]) -> None:
        path = self._path(final)
        try:
            os.mkdir(path, 0o700)
        except OSError as exc:
            raise os_error(exc, path, "cannot create folder") from exc
        self.result.dirs += 1

    def _resolve(
        self, name: str, kind: str
    ) -> tuple[tuple[str, ...], tuple[str, ...], _Node | None]:
        check_cancel(self._cancel)
        self._count_entry()
        parts = split_member_name(name, self.platform)
        if not parts:
            return (), (), None
        parent = self._parent(parts, name)
        orig = tuple(parts)
        final, node = self._claim(parent, parts[-1], orig, kind, name)
        if (
            node is not None
            and node.kind != kind
            and not (node.kind in ("file", "hardlink") and kind in ("file", "hardlink"))
        ):
            raise unsafe(name, f"member replaces a {node.kind} of the same name with a {kind}")
        return orig, final, node

    # --- members -----------------------------------------------------------------------------

    def add_dir(self, name: str, mode: int, mtime_ns: int) -> None:
        orig, final, node = self._resolve(name, "dir")
        if not orig:
            return  # "./": the output folder itself
        if node is None:
            self._mkdir(final)
        self._dirs[orig] = final
        self._dir_attrs[final] = ((mode & 0o755) | 0o700, mtime_ns)

    def add_file(
        self, name: str, mode: int | None, mtime_ns: int | None, declared: int | None
    ) -> FileWriter:
        """Create a regular file; the caller writes its data and calls ``close_file``."""
        orig, final, node = self._resolve(name, "file")
        if not orig:
            raise unsafe(name, "a file cannot replace the output folder")
        if declared:
            self.reserve(declared, name)
        path = self._path(final)
        if node is not None:  # later duplicate wins, as with tar; never write through a link
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        self._files[orig] = final
        return FileWriter(self, path, declared, name, mode, mtime_ns)

    def close_file(self, writer: FileWriter) -> None:
        writer.close()
        path, mode, mtime_ns = writer.path, writer.mode, writer.mtime_ns
        try:
            os.chmod(path, (mode & 0o755) | 0o600 if mode is not None else 0o666 & ~umask())
            if mtime_ns is not None:
                os.utime(path, ns=(mtime_ns, mtime_ns))
        except OSError as exc:
            raise os_error(exc, path, "cannot set file attributes") from exc
        self.result.files += 1

    def add_symlink(self, name: str, target: str, mtime_ns: int) -> None:
        orig, final, _node = self._resolve(name, "symlink")
        if not orig:
            raise unsafe(name, "a link cannot replace the output folder")
        self._check_link_target(name, final, target, final_check=False)
        self._symlinks = [s for s in self._symlinks if s[0] != final]
        self._symlinks.append((final, target, mtime_ns, name))

    def add_hardlink(self, name: str, target: str, mtime_ns: int | None = None) -> None:
        try:
            target_parts = tuple(split_member_name(target, self.platform))
        except GeneDeskError:
            raise unsafe(name, f"hard link target {target!r} leaves the output folder") from None
        source = self._files.get(target_parts)
        if source is None:
            raise unsafe(
                name,
                f"hard link target {target!r} is not a file extracted earlier from this archive",
            )
        orig, final, node = self._resolve(name, "hardlink")
        if not orig:
            raise unsafe(name, "a link cannot replace the output folder")
        dst = self._path(final)
        if node is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(dst)
        src = self._path(source)
        try:
            os.link(src, dst, follow_symlinks=False)
        except OSError:
            try:
                size = os.path.getsize(src)
                self.account(size)
                shutil.copy2(src, dst, follow_symlinks=False)
            except OSError as exc:
                raise os_error(exc, dst, "cannot create hard link") from exc
        self._files[orig] = final
        self.result.hardlinks += 1

    def refuse(self, name: str, reason: str) -> None:
        raise unsafe(name, reason)

    def skip(self, name: str, reason: str) -> None:
        self._note(self.result.skipped, EntryNote(name, reason))

    # --- symlink checks ----------------------------------------------------------------------

    def _check_link_target(
        self, name: str, final: tuple[str, ...], target: str, *, final_check: bool
    ) -> None:
        if not target:
            raise unsafe(name, "symbolic link with an empty target")
        if "\x00" in target:
            raise unsafe(name, "link target contains a NUL character")
        if target.startswith(("/", "\\")) or _DRIVE.match(target):
            raise unsafe(name, f"symbolic link to an absolute path ({target!r})")
        stack = list(final[:-1])
        comps = [c for c in re.split(r"[\\/]", target) if c not in ("", ".")]
        for i, comp in enumerate(comps):
            if comp == "..":
                if not stack:
                    raise unsafe(name, f"symbolic link leaves the output folder ({target!r})")
                stack.pop()
                continue
            stack.append(fix_component(comp, self.platform)[0])
            if final_check and i < len(comps) - 1:
                node = self._nodes.get(self._key(tuple(stack)))
                if node is not None and node.kind == "symlink":
                    raise unsafe(name, f"symbolic link chains through another link ({target!r})")

    def _create_symlinks(self) -> None:
        root = os.path.realpath(self.staging)
        for final, target, _mtime, name in self._symlinks:
            self._check_link_target(name, final, target, final_check=True)
        for final, target, mtime_ns, name in self._symlinks:
            path = self._path(final)
            try:
                os.symlink(target, path)
            except OSError as exc:
                if exc.errno in (errno.EPERM, errno.EACCES, errno.ENOTSUP, errno.EINVAL):
                    self._nodes.pop(self._key(final), None)
                    self.skip(name, "symbolic links cannot be created here")
                    continue
                raise os_error(exc, path, "cannot create symbolic link") from exc
            self.result.symlinks += 1
            with contextlib.suppress(OSError, NotImplementedError):
                if os.utime in os.supports_follow_symlinks:
                    os.utime(path, ns=(mtime_ns, mtime_ns), follow_symlinks=False)
        for final, target, _mtime, name in self._symlinks:
            path = self._path(final)
            if not os.path.islink(path):
                continue
            real = os.path.realpath(path)
            if os.path.commonpath([root, real]) != root:
                raise unsafe(name, f"symbolic link resolves outside the output folder ({target!r})")

    # --- finishing ---------------------------------------------------------------------------

    def finish(self) -> ExtractResult:
        """Create links, set folder times, move everything into ``out_dir``."""
        check_cancel(self._cancel)
        self._create_symlinks()
        for final in sorted(self._dir_attrs, key=len, reverse=True):
            mode, mtime_ns = self._dir_attrs[final]
            path = self._path(final)
            with contextlib.suppress(OSError):
                os.chmod(path, mode)
                os.utime(path, ns=(mtime_ns, mtime_ns))
        check_cancel(self._cancel)
        try:
            for child in sorted(os.listdir(self.staging)):
                self._place(self.staging / child, self.out_dir / child, child, top=True)
        except OSError as exc:
            raise os_error(exc, self.out_dir, "cannot move extracted files into place") from exc
        self._remove_staging()
        self._closed = True
        self.result.seconds = time.monotonic() - self.started
        return self.result

    def _place(self, src: Path, dst: Path, rel: str, *, top: bool) -> None:
        if not os.path.lexists(dst):
            os.rename(src, dst)
            if top:
                self.result.outputs.append(dst)
            return
        if self.on_conflict == "rename":
            new = unique_path(dst)
            os.rename(src, new)
            self._note(self.result.renamed, EntryNote(rel, "already exists", new.name))
            if top:
                self.result.outputs.append(new)
            return
        src_dir = stat.S_ISDIR(os.lstat(src).st_mode)
        dst_dir = stat.S_ISDIR(os.lstat(dst).st_mode)  # a symlink is never merged into
        if src_dir and dst_dir:
            for child in sorted(os.listdir(src)):
                self._place(src / child, dst / child, f"{rel}/{child}", top=False)
            if top:
                self.result.outputs.append(dst)
            return
        if self.on_conflict == "skip":
            self._note(self.result.skipped, EntryNote(rel, "already exists"))
            return
        if dst_dir:
            self._note(self.result.skipped, EntryNote(rel, "a folder of that name exists"))
            return
        if src_dir:
            os.unlink(dst)
            os.rename(src, dst)
        else:
            os.replace(src, dst)
        if len(self.result.replaced) < _MAX_NOTES:
            self.result.replaced.append(rel)
        if top:
            self.result.outputs.append(dst)

    def _remove_staging(self) -> None:
        # Every folder in staging has owner rwx (modes are forced so), so rmtree can delete all.
        if os.path.lexists(self.staging):
            shutil.rmtree(self.staging)

    def abort(self) -> None:
        """Remove everything written so far (safe to call twice)."""
        if not self._closed:
            self._closed = True
            with contextlib.suppress(OSError):
                self._remove_staging()
