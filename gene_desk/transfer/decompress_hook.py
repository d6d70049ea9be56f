"""Decompress a verified download of a Gene Desk ``.zst`` / ``.tar.zst`` into place.

The compressed bytes were already checked against COS's CRC-64; this checks the *original* bytes
against the trailer Gene Desk wrote at upload (name, size, CRC-64), so a bug or bit flip anywhere
between the researcher's disk and this one is caught. Extraction goes through the codec's safe
extractor (staging folder, no path escapes, bomb limits, conflict policy).
"""

from __future__ import annotations

from pathlib import Path

from gene_desk.codec.decompress import decompress_stream
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error
from gene_desk.transfer.context import ItemRun


def decompress_download(run: ItemRun, tmp: Path, out_dir: Path, policy: str, codec: str) -> str:
    """Decompress ``tmp`` into ``out_dir``; returns the path of what was produced.

    The codec checks the output against the trailer before anything leaves its staging folder,
    so a mismatch (CHECKSUM_MISMATCH) leaves nothing behind.
    """
    object_name = Path(run.item.destination).name  # "reads.fastq.zst": names the output
    try:
        size = tmp.stat().st_size
        with open(tmp, "rb") as fh:
            result = decompress_stream(
                fh, out_dir, name=object_name, size=size, on_conflict=policy, cancel=run.stop
            )
    except OSError as exc:
        raise os_error(exc, str(tmp)) from exc
    except GeneDeskError as exc:
        if exc.code is ErrorCode.CANCELLED:
            raise
        raise GeneDeskError(
            exc.code,
            f"downloaded, but could not decompress: {exc.message}",
            path=run.item.source,
            details=exc.details,
        ) from exc
    if not getattr(result, "verified", False):
        run.note("no Gene Desk trailer: the original CRC-64 was not verified")
    for note in result.renamed[:5]:
        run.note(f"renamed {note.name}")
    return str(result.outputs[0]) if result.outputs else str(out_dir)
