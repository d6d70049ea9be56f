"""The items of one compression-list job: what a picked path becomes, and one item's work.

A compressed path is one item (a file becomes NAME.zst, a folder NAME.tar.zst). A path to
decompress is one item when it is a file; a folder becomes one item per compressed file in it
(``codec.scan``), each decompressed into ``OUTPUT/FOLDER/<its subfolder>``, so the picked
folder is one entry of the list, as the user chose it, with its files as children.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from gene_desk.codec._common import ProgressCallback
from gene_desk.codec.compress import compress_path
from gene_desk.codec.decompress import decompress_path
from gene_desk.codec.scan import compressed_files
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import ItemRecord, JobRecord, NewItem


def input_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total


def plan_items(kind: str, path: Path, target: Path) -> list[NewItem]:
    """The items of a job for ``path`` (already resolved) into the folder ``target``.

    Raises INVALID_ARGUMENT for something that is neither a file nor a folder, and
    UNSUPPORTED_FORMAT (reason ``no_archives``) for a folder with nothing to decompress."""
    if kind == "compress":
        return [NewItem(str(path), str(target), input_size(path))]
    if path.is_file():
        return [NewItem(str(path), str(target), path.stat().st_size)]
    if not path.is_dir():
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            "only files and folders can be decompressed",
            path=str(path),
        )
    found = compressed_files(path)
    if not found:
        raise GeneDeskError(
            ErrorCode.UNSUPPORTED_FORMAT,
            "this folder holds no compressed files",
            path=str(path),
            details={"reason": "no_archives"},
        )
    base = target / path.name
    return [
        NewItem(str(f), str(base / f.parent.relative_to(path)), f.stat().st_size) for f in found
    ]


def run_item(
    job: JobRecord,
    item: ItemRecord,
    level: int,
    progress: ProgressCallback,
    cancel: threading.Event,
) -> dict[str, Any]:
    """Compress or decompress one item; the journal values of its success (result, note).

    Raises what the codec raises (GeneDeskError with a code; CANCELLED when ``cancel`` is set)."""
    if job.kind == "compress":
        result = compress_path(
            item.source,
            item.destination,
            int(job.options.get("level", level)),
            progress,
            cancel,
            on_conflict="rename",
        )
        note = f"{result.input_size} -> {result.output_size} bytes"
        if result.skipped:
            note += f"; {len(result.skipped)} special file(s) not archived"
        return {"result": str(result.output), "note": note}
    extracted = decompress_path(
        item.source,
        item.destination,
        on_conflict=str(job.options.get("conflict", "rename")),
        progress=progress,
        cancel=cancel,
    )
    outputs = ", ".join(p.name for p in extracted.outputs[:3])
    note = f"{extracted.files} file(s), {extracted.bytes_written} bytes"
    if extracted.renamed:
        note += f"; {len(extracted.renamed)} renamed"
    if extracted.skipped:
        note += f"; {len(extracted.skipped)} skipped"
    return {"result": outputs, "note": note}
