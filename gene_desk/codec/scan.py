"""Which files of a folder can be decompressed (解压文件 → 选择文件夹).

A researcher picks a folder of downloads and expects every compressed file in it decompressed.
A file counts when its content is a format ``decompress_path`` reads, or when its name says it
should be one: a damaged ``reads.fq.zst`` is then listed and reported as damaged, not skipped
in silence. Symbolic links are not followed (the same rule as compressing a folder).
"""

from __future__ import annotations

import os
from pathlib import Path

from gene_desk.codec.decompress import named_as_compressed
from gene_desk.codec.detect import ARCHIVE_FORMATS, STREAM_FORMATS, detect
from gene_desk.core.errors import GeneDeskError

_READABLE = STREAM_FORMATS | ARCHIVE_FORMATS


def is_decompressible(path: str | os.PathLike[str]) -> bool:
    """A regular file decompress_path would read, or one named as a compressed file."""
    if named_as_compressed(os.path.basename(path)):
        return True
    try:
        return detect(path) in _READABLE
    except GeneDeskError:  # unreadable, and its name does not say it matters: not listed
        return False


def compressed_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The decompressible regular files under ``folder``, in a stable (sorted) order."""
    found: list[Path] = []
    for dirpath, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(dirpath, name)
            if path.is_symlink() or not path.is_file():
                continue
            if is_decompressible(path):
                found.append(path)
    return found
