"""The limits an extraction enforces and the result it reports (what was written, renamed,
skipped or replaced). Split out of :mod:`gene_desk.codec.extract`, which re-exports them: callers
that only configure limits or read results need not import the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ExtractLimits:
    """Decompression-bomb and disk limits (all checked while writing)."""

    #: refuse when bytes written exceed this multiple of the compressed bytes read...
    max_ratio: float = 1000.0
    #: ...once more than this has been written (small files may legitimately exceed the ratio)
    ratio_floor: int = 256 << 20
    #: absolute cap on bytes written (None: no cap besides free disk space)
    max_total_bytes: int | None = None
    #: refuse archives with more members than this
    max_entries: int = 5_000_000
    #: always leave this much free on the output disk
    min_free_bytes: int = 64 << 20
    disk_check_interval: int = 64 << 20


@dataclass
class EntryNote:
    """A member that was renamed (``new_name`` set) or skipped, and why."""

    name: str
    reason: str
    new_name: str | None = None


@dataclass
class ExtractResult:
    """What a decompression produced. ``outputs`` are the top-level items created in
    ``out_dir`` (after renames); counts cover everything extracted."""

    source: str
    format: str
    out_dir: Path
    outputs: list[Path] = field(default_factory=list)
    files: int = 0
    dirs: int = 0
    symlinks: int = 0
    hardlinks: int = 0
    bytes_written: int = 0
    #: size and CRC-64 of the decompressed stream (the tar stream for .tar.*; None for zip)
    content_size: int | None = None
    content_crc64: int | None = None
    #: True when the stream carried a Gene Desk trailer and the content matched it
    verified: bool = False
    renamed: list[EntryNote] = field(default_factory=list)
    skipped: list[EntryNote] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    notes_truncated: int = 0
    seconds: float = 0.0
