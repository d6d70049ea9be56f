"""FASTQ summary of a decoded prefix: the first reads, the read-length range and the quality
encoding, over the complete records in the prefix.

Why the encoding is only *guessed*: the file does not say. Phred+33 (Sanger, Illumina 1.8+,
Nanopore) uses characters from ``!`` (33); Phred+64 (Illumina 1.3-1.7) from ``@`` (64), and up
to ``h`` (104). Any quality below ``;`` (59) is only possible in Phred+33; qualities that all
sit at ``@`` or above and go beyond ``K`` (75, the top of Illumina 1.8) are Phred+64. Anything
else (only high qualities of a modern run, for example) stays "unknown" rather than a wrong
guess.
"""

from __future__ import annotations

from gene_desk.core.text import printable
from gene_desk.preview.model import DAMAGE_NOT_FASTQ, Damage, FastqRead, FastqSummary

PHRED33 = "phred33"
PHRED64 = "phred64"
UNKNOWN = "unknown"
DEFAULT_READS = 20


def looks_like_fastq(data: bytes) -> bool:
    """Content check: '@' record, then a '+' separator line on the third line."""
    lines = data[:4096].split(b"\n", 3)
    return len(lines) >= 3 and data[:1] == b"@" and lines[2][:1] == b"+"


def guess_encoding(lowest: int, highest: int) -> str:
    if lowest < 59:
        return PHRED33
    if lowest >= 64 and highest > 75:
        return PHRED64
    return UNKNOWN


def summarise(data: bytes, truncated: bool, reads: int = DEFAULT_READS) -> FastqSummary | Damage:
    """Reads of ``data``; when ``truncated`` the last, partial record is left out.

    The checks run over whole columns (names, separators, sequences, qualities) with C-level
    ``map``: a 4 MiB prefix of short reads holds ~100,000 records."""
    if data[:1] != b"@":
        return Damage(DAMAGE_NOT_FASTQ, "the data does not start with a FASTQ record ('@')")
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n")
    lines = data.split(b"\n")
    if truncated or lines[-1] == b"":
        lines.pop()  # the piece after the last newline: partial (or empty)
    complete = len(lines) // 4
    names, seqs = lines[0 : 4 * complete : 4], lines[1 : 4 * complete : 4]
    pluses, quals = lines[2 : 4 * complete : 4], lines[3 : 4 * complete : 4]
    seq_lengths = list(map(len, seqs))
    valid = map(
        lambda name, plus, length, qual: (
            name[:1] == b"@" and plus[:1] == b"+" and length == len(qual)
        ),
        names,
        pluses,
        seq_lengths,
        quals,
    )
    records = next((i for i, ok in enumerate(valid) if not ok), complete)
    if complete == 0:
        return Damage(DAMAGE_NOT_FASTQ, "no complete FASTQ record in the part read")
    if records == 0:
        return Damage(DAMAGE_NOT_FASTQ, "the first record is not a valid FASTQ record")
    scored = [q for q in quals[:records] if q]
    lengths = seq_lengths[:records]
    encoding = UNKNOWN
    if scored:
        encoding = guess_encoding(min(map(min, scored)), max(map(max, scored)))
    shown = [
        FastqRead(printable(name.decode("utf-8", "replace")), _text(seq), _text(qual))
        for name, seq, qual in zip(names[:reads], seqs[:reads], quals[:reads], strict=False)
    ][: min(reads, records)]
    return FastqSummary(shown, records, min(lengths), max(lengths), encoding)


def _text(raw: bytes) -> str:
    return printable(raw.decode("ascii", "replace"))
