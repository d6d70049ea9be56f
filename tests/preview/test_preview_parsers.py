"""The preview's pure pieces, without a sandbox: FASTQ checks, the Phred guess, mate names,
kinds from names, and the decoder's bounds (a zero bomb stays within its output cap)."""

from __future__ import annotations

import gzip
import zlib

import pytest
import zstandard

from gene_desk.preview import fastq
from gene_desk.preview.decode import decode
from gene_desk.preview.lines import first_lines
from gene_desk.preview.model import Damage
from gene_desk.preview.pairs import mate_names
from gene_desk.preview.service import kind_from_name


def test_fastq_stops_at_the_first_broken_record_and_reads_crlf():
    good = b"@a\r\nACGT\r\n+\r\nIIII\r\n@b\r\nAC\r\n+\r\n##\r\n"
    summary = fastq.summarise(good + b"@c\r\nACGT\r\n+\r\nII\r\n", truncated=False)
    assert summary.records == 2 and (summary.min_length, summary.max_length) == (2, 4)
    assert [r.name for r in summary.reads] == ["@a", "@b"]
    assert summary.encoding == "phred33"  # '#' (35) is below ';'
    partial = fastq.summarise(good + b"@c\nACG", truncated=True)
    assert partial.records == 2
    assert isinstance(fastq.summarise(b"@a\nAC", truncated=True), Damage)


@pytest.mark.parametrize(
    ("low", "high", "guess"),
    [("!", "I", "phred33"), ("#", "~", "phred33"), ("@", "h", "phred64"), ("B", "J", "unknown")],
)
def test_phred_guess(low, high, guess):
    assert fastq.guess_encoding(ord(low), ord(high)) == guess


def test_mate_names_for_illumina_and_sra_naming():
    assert mate_names("S1_L001_R1_001.fastq.gz") == [("S1_L001_", "S1_L001_R2_001.fastq.gz")]
    assert mate_names("x.R2.fq.zst") == [("x.", "x.R1.fq.zst")]
    assert mate_names("SRR9_1.fastq") == [("SRR9_", "SRR9_2.fastq")]
    assert mate_names("reads.fastq") == []


def test_kind_from_name():
    assert kind_from_name("a/b.fastq.gz.zst") == "fastq"
    assert kind_from_name("calls.vcf.bgz") == "text"
    assert kind_from_name("x.bam") == "bam" and kind_from_name("x.cram") == "cram"
    assert kind_from_name("image.png") is None and kind_from_name("zst") is None


def test_zero_bombs_stay_within_the_output_cap():
    zeros = bytes(64 * 1024 * 1024)
    bomb_zst = zstandard.ZstdCompressor(level=3).compress(zeros)
    out = decode(bomb_zst, whole=True, out_cap=1024 * 1024)
    assert len(out.data) == 1024 * 1024 and out.truncated and out.damage is None
    z = zlib.compressobj(1, zlib.DEFLATED, 31)
    bomb_gz = z.compress(zeros) + z.flush()
    out = decode(bomb_gz, whole=True, out_cap=1024 * 1024)
    assert len(out.data) == 1024 * 1024 and out.truncated and out.damage is None


def test_gzip_members_one_after_another_and_trailing_zeros():
    data = gzip.compress(b"#h\none\n") + gzip.compress(b"two\n") + b"\0" * 100
    out = decode(data, whole=True)
    assert out.data == b"#h\none\ntwo\n" and not out.truncated and out.damage is None
    text = first_lines(out.data, False, 10)
    assert text.header == ["#h"] and text.lines == ["one", "two"] and not text.more


def test_mutated_prefixes_never_raise():
    """Random damage to real prefixes (BGZF BAM, gzip FASTQ, zstd FASTQ, CRAM header) gives a
    result, never an exception."""
    import random
    from pathlib import Path

    from gene_desk.preview import alignment

    shared = Path("/work/shared/data")
    sources = [
        shared.joinpath("census.paired.bam").read_bytes()[:150_000],
        shared.joinpath("census.fastq.gz").read_bytes()[:150_000],
        zstandard.ZstdCompressor().compress(b"@r\nACGT\n+\nIIII\n" * 5000),
        b"CRAM\x03\x00" + bytes(20) + bytes(range(256)) * 4,
    ]
    rng = random.Random(16)
    for _ in range(300):
        data = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        cut = bytes(data[: rng.randrange(1, len(data) + 1)])
        out = decode(cut, whole=rng.random() < 0.5, out_cap=4 * 1024 * 1024)
        alignment.parse_bam(out.data)
        alignment.parse_cram(cut)
        if out.data[:1] == b"@":
            fastq.summarise(out.data, True)
        first_lines(out.data, True, 20)
