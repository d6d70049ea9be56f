"""One preview: HEAD, the prefix by ranges, decode, summarise by kind, the FASTQ mate.

Why the kind comes from the name *and* the content: a ``.bam`` must be checked to be one (a
damaged BAM is shown as damaged), while a file called ``reads`` that holds FASTQ deserves the
FASTQ summary. An object of no known kind is not read beyond its first range: the HEAD facts
(size, type, storage class, CRC-64, metadata) are what it gets.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace

from gene_desk.codec.detect import HEAD_BYTES, Format, detect
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import printable
from gene_desk.preview import alignment, fastq, lines
from gene_desk.preview.decode import Decoded, decode
from gene_desk.preview.fetch import DEFAULT_BUDGET, PrefixFetcher
from gene_desk.preview.model import (
    DAMAGE_BAD_BAM,
    DAMAGE_BAD_CRAM,
    DAMAGE_BAD_MAGIC,
    KIND_BAM,
    KIND_CRAM,
    KIND_FASTQ,
    KIND_OTHER,
    KIND_TEXT,
    AlignmentHeader,
    Damage,
    FastqSummary,
    ObjectFacts,
    PreviewResult,
)
from gene_desk.preview.pairs import find_mate
from gene_desk.storage import Storage
from gene_desk.storage.models import Bucket, ObjectInfo

log = logging.getLogger(__name__)

DEFAULT_LINES = 200
MAX_LINES = 100_000

_TEXT_EXTS = {"vcf", "sam", "bed", "gff", "gff3", "gtf", "csv", "tsv", "txt", "tab"}
_NAME_KINDS = {"fastq": KIND_FASTQ, "fq": KIND_FASTQ, "bam": KIND_BAM, "cram": KIND_CRAM}
_COMPRESSION_EXTS = ("zst", "gz", "bgz", "gzip")
_STREAMS = {Format.ZSTD, Format.GZIP, Format.BGZF, Format.BAM, Format.CRAM}


def kind_from_name(name: str) -> str | None:
    """The kind a file name promises (``x.fastq.gz.zst`` → fastq), or None."""
    parts = name.lower().rsplit("/", 1)[-1].split(".")
    while len(parts) > 1 and parts[-1] in _COMPRESSION_EXTS:
        parts.pop()
    if len(parts) < 2:
        return None
    ext = parts[-1]
    return _NAME_KINDS.get(ext) or (KIND_TEXT if ext in _TEXT_EXTS else None)


def _looks_like_text(data: bytes) -> bool:
    sample = data[:HEAD_BYTES]
    if not sample or b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 4  # only a character cut by the sample's end
    return True


def _facts(info: ObjectInfo) -> ObjectFacts:
    return ObjectFacts(
        key=printable(info.key),
        size=info.size,
        content_type=printable(info.content_type) if info.content_type else None,
        storage_class=info.storage_class,
        crc64=info.crc64,
        etag=printable(info.etag),
        last_modified=printable(info.last_modified) if info.last_modified else None,
        metadata={printable(k): printable(v) for k, v in sorted(info.metadata.items())},
        codec=printable(info.metadata["gd-codec"]) if "gd-codec" in info.metadata else None,
    )


def preview_object(
    storage: Storage,
    bucket: Bucket,
    key: str,
    *,
    lines_wanted: int = DEFAULT_LINES,
    reads: int = fastq.DEFAULT_READS,
    budget: int = DEFAULT_BUDGET,
    stop: threading.Event | None = None,
    find_pair: bool = True,
) -> PreviewResult:
    """Preview ``key``. Storage failures raise GeneDeskError (with the COS request id);
    CANCELLED when ``stop`` is set; a damaged prefix is a result with ``damage`` set."""
    if not 1 <= lines_wanted <= MAX_LINES:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT, f"lines must be from 1 to {MAX_LINES}, got {lines_wanted}"
        )
    info = storage.head_object(bucket, key)
    result = PreviewResult(bucket.name, _facts(info))
    if not info.readable:
        result.note = "archived"  # a GET would be refused until the object is restored
        return result
    if info.size == 0 or key.endswith("/"):
        result.whole = True
        return result
    hint = kind_from_name(key)

    folder = info.metadata.get("gd-codec") == "tar+zstd"

    def enough(prefix: bytes) -> bool:
        fmt = detect(prefix[:HEAD_BYTES])
        if hint is None and fmt not in _STREAMS and not _looks_like_text(prefix):
            return True  # a file of no known kind needs only the first range
        if hint in (KIND_BAM, KIND_CRAM) or fmt in (Format.BAM, Format.CRAM) or folder:
            return _header_read(prefix)  # a BAM header is all there is to show
        return False

    fetcher = PrefixFetcher(storage.clients, bucket, key, info.size, budget=budget, stop=stop)
    prefix = fetcher.fetch(enough)
    result.fetched = fetcher.fetched
    result.whole = len(prefix) >= info.size
    decoded = _decode(prefix, result.whole)
    result.layers = decoded.layers
    result.member, result.members = decoded.member, decoded.members
    result.truncated = decoded.truncated
    result.damage = decoded.damage
    if decoded.member is not None:
        hint = kind_from_name(decoded.member)
    try:
        _summarise(result, decoded, hint, lines_wanted, reads)
    except Exception as exc:  # a parser bug must not take the window down: say "damaged"
        log.exception("preview of %s/%s failed", bucket.name, key)
        result.damage = result.damage or Damage(DAMAGE_BAD_MAGIC, f"unreadable: {exc}")
    if result.fastq is not None and find_pair:
        result.fastq = _with_mate(storage, bucket, key, result.fastq)
    return result


def _decode(prefix: bytes, whole: bool) -> Decoded:
    """``decode``, with a bug in it (or in tarfile) turned into a damaged result."""
    try:
        return decode(prefix, whole)
    except Exception as exc:
        log.exception("decoding a preview prefix failed")
        return Decoded(b"", damage=Damage(DAMAGE_BAD_MAGIC, f"unreadable: {exc}"))


def _header_read(prefix: bytes) -> bool:
    """True when the BAM / CRAM header is complete in ``prefix`` (or cannot be read at all):
    reading on would add bytes to the preview and nothing to what it shows."""
    decoded = _decode(prefix, False)
    if decoded.damage is not None:
        return True
    data = decoded.data
    if data[:4] == b"BAM\x01":
        _header, damage, short = alignment.parse_bam(data)
    elif data[:4] == b"CRAM":
        _header, damage, short = alignment.parse_cram(data)
    else:
        return False
    return damage is not None or not short


def _classify(data: bytes, hint: str | None) -> str:
    if data[:4] == b"BAM\x01":
        return KIND_BAM
    if data[:4] == b"CRAM":
        return KIND_CRAM
    if hint is not None:
        return hint
    if fastq.looks_like_fastq(data):
        return KIND_FASTQ
    return KIND_TEXT if _looks_like_text(data) else KIND_OTHER


def _summarise(
    result: PreviewResult, decoded: Decoded, hint: str | None, lines_wanted: int, reads: int
) -> None:
    data = decoded.data
    if not data:
        return
    kind = _classify(data, hint)
    result.kind = kind
    cut = decoded.truncated or decoded.damage is not None
    if kind == KIND_FASTQ:
        summary = fastq.summarise(data, cut, reads)
        if isinstance(summary, Damage):
            result.damage = result.damage or summary
        else:
            result.fastq = summary
    elif kind == KIND_TEXT:
        result.text = lines.first_lines(data, cut, lines_wanted)
    elif kind == KIND_BAM:
        header, damage, short = alignment.parse_bam(data)
        _alignment(result, header, damage, short, DAMAGE_BAD_BAM)
    elif kind == KIND_CRAM:
        header, damage, short = alignment.parse_cram(data)
        _alignment(result, header, damage, short, DAMAGE_BAD_CRAM)


def _alignment(
    result: PreviewResult,
    header: AlignmentHeader | None,
    damage: Damage | None,
    short: bool,
    reason: str,
) -> None:
    result.alignment = header
    if damage is not None:
        result.damage = result.damage or damage
    elif short and result.whole and result.damage is None:
        result.damage = Damage(reason, "the header ends before the object does")


def _with_mate(storage: Storage, bucket: Bucket, key: str, summary: FastqSummary) -> FastqSummary:
    try:
        mate = find_mate(storage, bucket, key)
    except GeneDeskError as exc:
        if exc.code is ErrorCode.CANCELLED:
            raise
        log.info("could not look for the mate of %s: %s", key, exc)
        return summary
    if mate is None:
        return summary
    return replace(summary, mate=printable(mate))
