"""Two picks of one upload must never write the same object.

``gene-desk upload a/x.fq b/x.fq cos://B/P/`` (or 上传文件 with files picked from two folders)
would queue two jobs writing ``P/x.fq.zst``: the second silently replaces the first, and the user
believes both are stored. The upload-conflict policy (upload_conflicts.py) cannot see this: it
compares with what exists in the bucket, and neither object exists yet. So the picks are checked
against each other before anything is planned or queued, by the top-level name each one writes:

- a file: its name, plus ``.zst`` when it is compressed (an already compressed file is sent as
  is: ``x.fq`` compressed and ``x.fq.zst`` from elsewhere both write ``x.fq.zst``);
- a folder: ``NAME.tar.zst`` when compressed, else the folder ``NAME/`` (two folders of one name
  would merge, and files of the same relative path would replace each other).

A clash is refused with DUPLICATE_DESTINATION naming both sources and the key; nothing is sent.
The same path picked twice is one pick (:func:`distinct_paths`), not a clash.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from gene_desk.codec.detect import is_already_compressed
from gene_desk.core.errors import ErrorCode, GeneDeskError


def top_key(path: Path, prefix: str, compress: bool) -> str:
    """The key (a folder sent file by file: the folder ``NAME/``) that ``path`` writes, as the
    planner names it (plan.py ``_file_item`` / ``_folder_items``)."""
    if path.is_dir():
        return f"{prefix}{path.name}.tar.zst" if compress else f"{prefix}{path.name}/"
    if compress:
        try:
            as_is = is_already_compressed(path)
        except OSError:  # unreadable: the planner refuses it with its own code
            as_is = False
        if not as_is:
            return f"{prefix}{path.name}.zst"
    return prefix + path.name


P = TypeVar("P", str, os.PathLike[str])


def distinct_paths(paths: Iterable[P]) -> list[P]:
    """``paths`` without repeats of one file (the same path picked twice is one upload)."""
    seen: set[str] = set()
    out: list[P] = []
    for raw in paths:
        resolved = os.path.realpath(os.path.expanduser(raw))
        if resolved not in seen:
            seen.add(resolved)
            out.append(raw)
    return out


def refuse_same_keys(picks: Iterable[tuple[str | os.PathLike[str], bool]], prefix: str) -> None:
    """DUPLICATE_DESTINATION when two of ``picks`` ((path, compress) pairs) would write one key."""
    first: dict[str, Path] = {}
    for raw, compress in picks:
        path = Path(os.path.realpath(os.path.expanduser(raw)))
        key = top_key(path, prefix, compress)
        other = first.setdefault(key, path)
        if other != path:
            raise GeneDeskError(
                ErrorCode.DUPLICATE_DESTINATION,
                f"{other} and {path} would both be uploaded as {key}: the second would replace"
                " the first; rename one or upload them to different folders (nothing was sent)",
                details={"sources": [str(other), str(path)], "key": key},
            )
