"""A preview as sections of lines, in the order both faces show them.

Why here and not in each face: the CLI prints and the window shows "the same", so the choice of
what goes in the text (the FASTQ records as FASTQ, the header lines before the others, the
reference names of a BAM) is made once. Section titles are words, and words belong to the faces:
a section is an id (``SECTION_*``) the face names in its own language.
"""

from __future__ import annotations

from gene_desk.preview.model import PreviewResult

SECTION_MEMBERS = "members"  # tar.zst: files seen in the prefix
SECTION_READS = "reads"
SECTION_HEADER = "header"
SECTION_LINES = "lines"
SECTION_REFERENCES = "references"
SECTION_READ_GROUPS = "read_groups"
SECTION_PROGRAMS = "programs"
SECTION_METADATA = "metadata"


def sections(result: PreviewResult) -> list[tuple[str, list[str]]]:
    """(section id, lines) for every non-empty section of ``result``."""
    out: list[tuple[str, list[str]]] = []
    if len(result.members) > 1:
        out.append((SECTION_MEMBERS, list(result.members)))
    if result.fastq is not None:
        reads = []
        for read in result.fastq.reads:
            reads += [read.name, read.sequence, "+", read.quality]
        out.append((SECTION_READS, reads))
    if result.text is not None:
        out.append((SECTION_HEADER, result.text.header))
        out.append((SECTION_LINES, result.text.lines))
    if result.alignment is not None:
        header = result.alignment
        out.append((SECTION_HEADER, [header.hd] if header.hd else []))
        out.append((SECTION_REFERENCES, header.references))
        out.append((SECTION_READ_GROUPS, header.read_groups))
        out.append((SECTION_PROGRAMS, header.programs))
    metadata = [f"{name}: {value}" for name, value in result.facts.metadata.items()]
    out.append((SECTION_METADATA, metadata))
    return [(name, lines) for name, lines in out if lines]
