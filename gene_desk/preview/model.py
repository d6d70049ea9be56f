"""What a preview found, as plain data: the CLI prints it (or its ``to_dict`` as JSON) and the
window shows it, so both faces say the same thing.

Every text taken from the object (read names, header lines, metadata values) is escaped when it
is stored here (``core.text.printable``; tabs kept inside table lines), so no face can forget it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from gene_desk.core.errors import ErrorCode

# what kind of preview an object got (stable: --json output)
KIND_FASTQ = "fastq"
KIND_TEXT = "text"
KIND_BAM = "bam"
KIND_CRAM = "cram"
KIND_OTHER = "other"  # metadata only

# why a prefix is damaged (stable: --json output, the window words them)
DAMAGE_ZSTD = "corrupt-zstd"
DAMAGE_GZIP = "corrupt-gzip"
DAMAGE_BAD_MAGIC = "bad-magic"
DAMAGE_BAD_BAM = "bad-bam"
DAMAGE_BAD_CRAM = "bad-cram"
DAMAGE_NOT_FASTQ = "not-fastq"
DAMAGE_CUT_SHORT = "cut-short"  # the whole object was read and its stream stops mid-way


@dataclass(frozen=True)
class Damage:
    """A prefix that cannot be decoded: ``code`` is always ARCHIVE_CORRUPT, ``reason`` one of
    the DAMAGE_* values, ``message`` plain English for logs and the CLI."""

    reason: str
    message: str
    code: ErrorCode = ErrorCode.ARCHIVE_CORRUPT

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code.value, "reason": self.reason, "message": self.message}


@dataclass(frozen=True)
class ObjectFacts:
    """HEAD of the object: what every preview shows, and all an unknown type gets."""

    key: str
    size: int
    content_type: str | None
    storage_class: str
    crc64: int | None
    etag: str
    last_modified: str | None
    metadata: dict[str, str] = field(default_factory=dict)
    codec: str | None = None  # "zstd" / "tar+zstd": a Gene Desk compressed object


@dataclass(frozen=True)
class FastqRead:
    name: str
    sequence: str
    quality: str


@dataclass(frozen=True)
class FastqSummary:
    reads: list[FastqRead]  # the first ones (20 by default)
    records: int  # complete records in the prefix
    min_length: int
    max_length: int
    encoding: str  # "phred33" / "phred64" / "unknown"
    mate: str | None = None  # key of the paired file next to it, if there is one


@dataclass(frozen=True)
class TextPreview:
    header: list[str]  # '#' / '@' lines
    lines: list[str]  # the first N other lines
    more: bool  # the prefix holds more lines than shown


@dataclass(frozen=True)
class AlignmentHeader:
    """The header of a BAM (or CRAM): what ``samtools view -H`` would print, summarised."""

    version: str  # @HD VN for BAM; "3.0" etc. for CRAM (file definition)
    hd: str | None  # the @HD line
    sq_count: int  # references (binary list for BAM; @SQ lines for CRAM)
    references: list[str]  # their names (all of them: a header is small)
    read_groups: list[str]  # @RG lines
    programs: list[str]  # @PG lines
    text_available: bool = True  # False: CRAM header not readable here (only the version)


@dataclass
class PreviewResult:
    bucket: str
    facts: ObjectFacts
    kind: str = KIND_OTHER
    layers: list[str] = field(default_factory=list)  # decoding steps: ["zstd", "tar", "gzip"]
    member: str | None = None  # tar.zst folder: the file inside that was previewed
    members: list[str] = field(default_factory=list)  # tar.zst: names seen in the prefix
    fetched: int = 0  # bytes read from COS
    whole: bool = False  # the prefix is the whole object
    truncated: bool = False  # the decoded stream goes on beyond what was read
    damage: Damage | None = None
    note: str | None = None  # e.g. archived: metadata only
    fastq: FastqSummary | None = None
    text: TextPreview | None = None
    alignment: AlignmentHeader | None = None

    @property
    def damaged(self) -> bool:
        return self.damage is not None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["damage"] = self.damage.to_dict() if self.damage else None
        out["facts"]["crc64"] = None if self.facts.crc64 is None else str(self.facts.crc64)
        return out
