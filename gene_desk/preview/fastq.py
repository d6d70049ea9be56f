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
    """Reads of ``data``; when ``truncated`` the last, partial record is left out."""
    if data[:1] != b"@":
        return Damage(DAMAGE_NOT_FASTQ, "the data does not start with a FASTQ record ('@')")
    lines = data.split(b"\n")
    if truncated or lines[-1] == b"":
        lines.pop()  # the piece after the last newline: partial (or empty)
    shown: list[FastqRead] = []
    records = 0
    min_len = max_len = 0
    lowest, highest = 255, 0
    for i in range(0, len(lines) - 3, 4):
        name, seq, plus, qual = (line.rstrip(b"\r") for line in lines[i : i + 4])
        if name[:1] != b"@" or plus[:1] != b"+" or len(seq) != len(qual):
            if records == 0:
                return Damage(DAMAGE_NOT_FASTQ, "the first record is not a valid FASTQ record")
            break  # a damaged record further on: summarise what came before
        records += 1
        length = len(seq)
        min_len = length if records == 1 else min(min_len, length)
        max_len = max(max_len, length)
        if qual:
            lowest = min(lowest, min(qual))
            highest = max(highest, max(qual))
        if len(shown) < reads:
            shown.append(
                FastqRead(printable(name.decode("utf-8", "replace")), _text(seq), _text(qual))
            )
    if records == 0:
        return Damage(DAMAGE_NOT_FASTQ, "no complete FASTQ record in the prefix")
    encoding = guess_encoding(lowest, highest) if highest else UNKNOWN
    return FastqSummary(shown, records, min_len, max_len, encoding)


def _text(raw: bytes) -> str:
    return printable(raw.decode("ascii", "replace"))
