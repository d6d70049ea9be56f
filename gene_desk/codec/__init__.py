"""Gene Desk codec engine: zstd compression, decompression, format detection, safe extraction.

No Qt here, ever: the CLI, the Qt UI and the transfer engine all call these functions from
worker threads. Errors are ``GeneDeskError`` with codes (ARCHIVE_CORRUPT, ARCHIVE_UNSAFE,
ARCHIVE_BOMB, UNSUPPORTED_FORMAT, DISK_FULL, SOURCE_CHANGED, CANCELLED, TARGET_EXISTS, ...).

Compression (see source.py for the restartable-frames contract the uploader relies on)::

    open_source(path, frame_size=8 MiB) -> FileSource | FolderSource
        .input_size, .frame_size, .frame_count, .output_name, .fingerprint, .skipped
        .frames(start=0, *, level=3, workers=None, cancel=None) -> Iterator[Frame]
        .check(), .to_dict();  source_from_dict(d)
    Frame(index, input_offset, input_length, input_crc64, data, data_crc64)
    FrameTally: running CRCs and byte counts over frames, persistable
    compress_path(src, out_dir, level=3, progress=None, cancel=None, ...) -> CompressResult

Decompression (see decompress.py)::

    decompress_path(src, out_dir, *, on_conflict="rename", limits=None, progress=None,
                    cancel=None, workers=None) -> ExtractResult
    decompress_stream(fileobj, out_dir, *, name, size=None, ...) -> ExtractResult
    StreamDecompressor(out_dir, name=...): write(chunk) ... close() -> ExtractResult
    decode_stream(fileobj) -> Iterator[bytes]       (content of a single compressed stream)

Detection (see detect.py)::

    detect(path_or_bytes) -> Format;  is_already_compressed(path) -> bool
"""

from gene_desk.codec._common import DEFAULT_FRAME_SIZE, DEFAULT_LEVEL, MAX_LEVEL, MIN_LEVEL
from gene_desk.codec.compress import CompressResult, compress_path
from gene_desk.codec.decompress import (
    StreamDecompressor,
    decode_stream,
    decompress_path,
    decompress_stream,
    output_name,
)
from gene_desk.codec.detect import Format, detect, is_already_compressed
from gene_desk.codec.extract import EntryNote, ExtractLimits, ExtractResult
from gene_desk.codec.source import (
    CompressionSource,
    FileSource,
    FolderSource,
    Frame,
    FrameTally,
    open_source,
    source_from_dict,
)
from gene_desk.codec.tarstream import SkippedEntry, SnapshotEntry

__all__ = [
    "DEFAULT_FRAME_SIZE",
    "DEFAULT_LEVEL",
    "MAX_LEVEL",
    "MIN_LEVEL",
    "CompressResult",
    "CompressionSource",
    "EntryNote",
    "ExtractLimits",
    "ExtractResult",
    "FileSource",
    "FolderSource",
    "Format",
    "Frame",
    "FrameTally",
    "SkippedEntry",
    "SnapshotEntry",
    "StreamDecompressor",
    "compress_path",
    "decode_stream",
    "decompress_path",
    "decompress_stream",
    "detect",
    "is_already_compressed",
    "open_source",
    "output_name",
    "source_from_dict",
]
