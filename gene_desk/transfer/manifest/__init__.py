"""MD5 manifests: the ``md5sum.txt`` a sequencing provider delivers with its data, and the one a
public archive (NCBI SRA, CNCB GSA) wants with a submission.

``parse``: read the common formats (GNU ``md5sum``, BSD ``MD5 (f) = …``, two-column CSV) into
entries, every bad line a coded problem with its line number; ``verify``: check local files
against a manifest in parallel (ok / missing / mismatched / unreadable / extra); ``export``: write
the GNU format for a COS folder from the objects' metadata, without downloading them.
"""

from gene_desk.transfer.manifest.parse import (
    Manifest,
    ManifestEntry,
    ManifestProblem,
    gnu_line,
    parse_manifest,
    read_manifest,
)
from gene_desk.transfer.manifest.verify import (
    FileCheck,
    VerifyReport,
    find_manifest,
    verify_manifest,
)

__all__ = [
    "FileCheck",
    "Manifest",
    "ManifestEntry",
    "ManifestProblem",
    "VerifyReport",
    "find_manifest",
    "gnu_line",
    "parse_manifest",
    "read_manifest",
    "verify_manifest",
]
