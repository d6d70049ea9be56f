"""Preview (预览) of a remote object without downloading it.

Why a package of its own: a researcher opens a 30 GB FASTQ or BAM only to check it (read
length, quality encoding, which reference it was aligned to). Preview reads at most a few MB
from the start of the object with ranged GETs (never more than :data:`fetch.HARD_CAP`), decodes
the stream prefix (Gene Desk's zstd frames, gzip/BGZF, tar.zst folders, plain), and summarises
what is complete in it. A prefix ends mid-record by design; a prefix that cannot be decoded is a
*damaged* result with a code, never an exception. No Qt here: the CLI and the window show the
same :class:`PreviewResult`.
"""

from gene_desk.preview.fetch import DEFAULT_BUDGET, HARD_CAP, PrefixFetcher
from gene_desk.preview.model import (
    AlignmentHeader,
    Damage,
    FastqRead,
    FastqSummary,
    ObjectFacts,
    PreviewResult,
    TextPreview,
)
from gene_desk.preview.service import DEFAULT_LINES, preview_object

__all__ = [
    "DEFAULT_BUDGET",
    "DEFAULT_LINES",
    "HARD_CAP",
    "AlignmentHeader",
    "Damage",
    "FastqRead",
    "FastqSummary",
    "ObjectFacts",
    "PrefixFetcher",
    "PreviewResult",
    "TextPreview",
    "preview_object",
]
