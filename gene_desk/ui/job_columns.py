"""Texts of the transfer-list columns that need more than one field of a job.

* Size: the size of the *file* the row is about. An upload of ``reads.fastq`` counts the bytes
  of reads.fastq (the compressed upload reads them); a download of ``reads.fastq.zst`` that is
  decompressed on arrival ends as reads.fastq, so its row shows that size too (from Gene Desk's
  metadata, recorded in the job when it was planned), not the compressed object's. While it
  runs, progress counts bytes received; the "done" figure is scaled to the original size.
  The items of a folder download learn their original size when they run (the headers the
  download reads anyway; a listing has no metadata): their rows show it from then on, and the
  job's row adds them up once the job ends (settle.py).
* 目标位置 (destination): two uploads of ``reads.fastq`` into two folders are two rows with the
  same name; where each goes tells them apart.
"""

from __future__ import annotations

from gene_desk.core.text import printable
from gene_desk.journal import JobRecord, State
from gene_desk.transfer.plan import OPTION_ORIGINAL_SIZE
from gene_desk.transfer.progress import JobStatus
from gene_desk.ui import formatting


def original_size(job: JobRecord) -> int | None:
    """The decompressed size a download job ends with, when it is known."""
    try:
        value = job.options.get(OPTION_ORIGINAL_SIZE)
        return int(value) if value is not None and int(value) >= 0 else None
    except (TypeError, ValueError):
        return None


def size_text(status: JobStatus) -> str:
    job = status.job
    total, done = status.total_bytes, status.done_bytes
    original = original_size(job) if job.kind == "download" else None
    if original is not None and total:
        done, total = done * original // total, original
    elif original is not None:
        total = original
    if job.state is State.SUCCEEDED or not total:
        return formatting.size_text(total)
    return f"{formatting.size_text(done)} / {formatting.size_text(total)}"


def destination_text(destination: str) -> str:
    return printable(destination)
