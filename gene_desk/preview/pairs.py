"""The other file of a paired-end FASTQ, when it sits next to this one.

Illumina and most pipelines name the two files of a pair alike but for the mate number:
``S1_L001_R1_001.fastq.gz`` / ``S1_L001_R2_001.fastq.gz``, ``x.R1.fq`` / ``x.R2.fq``,
``SRR123_1.fastq`` / ``SRR123_2.fastq``. The mate's name is this name with the number swapped;
it counts as there when one listing of the same folder (narrowed to the common start of the two
names) shows it, in either form Gene Desk stores it (with or without ``.zst``).
"""

from __future__ import annotations

import re

from gene_desk.storage import Storage
from gene_desk.storage.models import Bucket

# R1/R2 between separators; or _1/_2 right before the FASTQ extension
_PATTERNS = (
    re.compile(r"(?P<head>.*[._-])R(?P<n>[12])(?P<tail>(?:[._-].*)?)$", re.IGNORECASE),
    re.compile(
        r"(?P<head>.*[._-])(?P<n>[12])(?P<tail>\.(?:fastq|fq)(?:\.[A-Za-z0-9]+)*)$", re.IGNORECASE
    ),
)


def mate_names(name: str) -> list[tuple[str, str]]:
    """(common start, mate name) for each naming rule ``name`` follows."""
    out = []
    for pattern in _PATTERNS:
        match = pattern.match(name)
        if match is None:
            continue
        other = "2" if match["n"] == "1" else "1"
        start = match.start("n")
        mate = name[:start] + other + name[match.end("n") :]
        out.append((name[: start - (1 if pattern is _PATTERNS[0] else 0)], mate))
    return out


def _forms(name: str) -> set[str]:
    return {name, name[:-4]} if name.lower().endswith(".zst") else {name, name + ".zst"}


def find_mate(storage: Storage, bucket: Bucket, key: str) -> str | None:
    """Key of the paired file in the same folder, or None."""
    folder, _, name = key.rpartition("/")
    folder = f"{folder}/" if folder else ""
    for start, mate in mate_names(name):
        wanted = {folder + form for form in _forms(mate)}
        marker = ""
        while True:  # usually one page: the listing is narrowed to the pair's common start
            page = storage.list_page(bucket, folder + start, marker)
            found = sorted(o.key for o in page.objects if o.key in wanted)
            if found:
                return found[0]
            if page.next_marker is None:
                break
            marker = page.next_marker
    return None
