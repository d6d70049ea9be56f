"""Preview engine against the sandbox, on the real files of /work/shared/data, as uploaded and as
Gene Desk's own compressed uploads. Expected facts are derived here independently with Python's
gzip module (a BGZF file is a multi-member gzip stream), never from the code under test."""

from __future__ import annotations

import gzip
import random
import struct

import pytest

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.stopflag import StopFlag
from gene_desk.preview import HARD_CAP, PrefixFetcher, preview_object
from gene_desk.preview.model import KIND_BAM, KIND_FASTQ, KIND_OTHER, KIND_TEXT
from tests.helpers.wait import wait_until
from tests.preview.conftest import BAM, FASTQ_GZ, NANOPORE

MiB = 1024 * 1024


def _bam_header_independently() -> dict:
    with gzip.open(BAM) as f:
        assert f.read(4) == b"BAM\x01"
        (l_text,) = struct.unpack("<i", f.read(4))
        text = f.read(l_text).decode()
        (n_ref,) = struct.unpack("<i", f.read(4))
        names = []
        for _ in range(n_ref):
            (l_name,) = struct.unpack("<i", f.read(4))
            names.append(f.read(l_name)[:-1].decode())
            f.read(4)
    lines = text.splitlines()
    return {
        "n_ref": n_ref,
        "names": names,
        "hd": next(line for line in lines if line.startswith("@HD")),
        "pg": [line for line in lines if line.startswith("@PG")],
        "rg": [line for line in lines if line.startswith("@RG")],
    }


def _reads(path, count: int) -> list[tuple[str, int]]:
    """(name line, sequence length) of the first ``count`` reads, by gzip."""
    out = []
    with gzip.open(path, "rt") as f:
        while len(out) < count:
            name, seq, _plus, _qual = (f.readline().rstrip("\n") for _ in range(4))
            if not name:
                break
            out.append((name, len(seq)))
    return out


@pytest.mark.parametrize("key", ["asis/census.paired.bam", "zst/bamdir.tar.zst"])
def test_bam_header_as_samtools_says(uploaded, key):
    expected = _bam_header_independently()
    result = preview_object(uploaded.storage, uploaded.bucket, key)
    assert result.damage is None
    assert result.kind == KIND_BAM
    header = result.alignment
    assert header.sq_count == expected["n_ref"] == 3432
    assert header.references == expected["names"]
    assert header.references[:3] == ["chr1", "chr2", "chr3"]
    assert header.hd == expected["hd"] and header.version == "1.6"
    assert header.programs == expected["pg"] and header.read_groups == expected["rg"]
    if key.endswith(".tar.zst"):
        assert result.layers == ["zstd", "tar", "bgzf"]
        assert result.member == "bamdir/census.paired.bam"
        assert result.facts.codec == "tar+zstd"
    else:
        assert result.layers == ["bgzf"]
    assert result.truncated and not result.whole
    assert result.fetched == 1 * MiB  # the header is whole in the first range: no more read


@pytest.mark.parametrize(
    ("key", "source"),
    [
        ("asis/census.fastq.gz", FASTQ_GZ),
        ("zst/census.fastq.zst", FASTQ_GZ),
        ("asis/nanopore_pcs109_5k.fq.gz", NANOPORE),
        ("zst/nanopore_pcs109_5k.fq.zst", NANOPORE),
    ],
)
def test_fastq_reads_lengths_and_encoding(uploaded, key, source):
    result = preview_object(uploaded.storage, uploaded.bucket, key)
    assert result.damage is None and result.kind == KIND_FASTQ
    summary = result.fastq
    expected = _reads(source, summary.records)
    assert len(expected) == summary.records  # every record counted is a real one
    assert [r.name for r in summary.reads] == [name for name, _ in expected[:20]]
    assert summary.min_length == min(n for _, n in expected)
    assert summary.max_length == max(n for _, n in expected)
    assert summary.encoding == "phred33"
    assert summary.mate is None
    assert result.layers == (["zstd"] if key.endswith(".zst") else ["gzip"])
    if source == FASTQ_GZ:
        assert summary.reads[0].name == "@HLGMFAFX2:3:11403:20811:20000/1"
        assert summary.min_length == summary.max_length == 80
        assert summary.records > 20_000  # a prefix of megabytes, not one block
    else:
        assert summary.min_length < 200 < 2000 < summary.max_length  # nanopore: long, varied
    assert result.fetched <= 4 * MiB


def test_paired_file_found_by_listing(uploaded):
    s, b = uploaded.storage, uploaded.bucket
    r1 = preview_object(s, b, "pairs/S1_L001_R1_001.fastq.zst")
    assert r1.fastq.mate == "pairs/S1_L001_R2_001.fastq.zst"
    r2 = preview_object(s, b, "pairs/S1_L001_R2_001.fastq.zst")
    assert r2.fastq.mate == "pairs/S1_L001_R1_001.fastq.zst"
    assert r2.fastq.reads[0].name == "@b0"
    assert preview_object(s, b, "pairs/SRR9_1.fastq.zst").fastq.mate is None
    assert preview_object(s, b, "pairs/solo_R1.fastq.zst").fastq.mate is None
    assert r1.whole and not r1.truncated and r1.fastq.records == 300


def test_phred64_and_text_with_header_apart(uploaded):
    s, b = uploaded.storage, uploaded.bucket
    assert preview_object(s, b, "misc/old.fastq.zst").fastq.encoding == "phred64"
    vcf = preview_object(s, b, "misc/calls.vcf.zst")
    assert vcf.kind == KIND_TEXT
    assert vcf.text.header[0] == "##fileformat=VCFv4.2" and len(vcf.text.header) == 3
    assert len(vcf.text.lines) == 200 and vcf.text.more
    assert vcf.text.lines[0] == "chr1\t1000\t.\tA\tG\t50\tPASS\tDP=10"
    five = preview_object(s, b, "misc/calls.vcf.zst", lines_wanted=5)
    assert len(five.text.lines) == 5


def test_control_characters_from_the_file_are_escaped(uploaded):
    uploaded.put("misc/evil.txt", b"fine\tcol\n\x1b[2Jcleared\rforged\n")
    result = preview_object(uploaded.storage, uploaded.bucket, "misc/evil.txt")
    assert result.text.lines == ["fine\tcol", "\\x1b[2Jcleared\\rforged"]


def test_other_object_gets_head_facts_and_one_range(uploaded):
    blob = random.Random(5).randbytes(3 * MiB)
    uploaded.put("misc/blob.bin", blob)
    result = preview_object(uploaded.storage, uploaded.bucket, "misc/blob.bin")
    head = uploaded.storage.head_object(uploaded.bucket, "misc/blob.bin")
    assert result.kind == KIND_OTHER and result.damage is None
    assert result.facts.size == 3 * MiB and result.facts.crc64 == head.crc64 is not None
    assert result.fetched == 1 * MiB  # not worth more than the first range


def test_never_more_than_8_mib(uploaded, sandbox):
    reads = b"".join(b"@r%d\n%s\n+\n%s\n" % (i, b"ACGT" * 25, b"I" * 100) for i in range(60_000))
    uploaded.put("misc/big.fastq", reads)  # 13 MB, stored as it is
    before = sandbox.cos.stats["object_bytes"]
    result = preview_object(uploaded.storage, uploaded.bucket, "misc/big.fastq", budget=100 * MiB)
    # counted once the sandbox's send returns, which may be after the client has read the range
    wait_until(lambda: sandbox.cos.stats["object_bytes"] - before >= HARD_CAP, what="the count")
    served = sandbox.cos.stats["object_bytes"] - before
    assert result.facts.size == len(reads) > HARD_CAP == 8 * MiB
    assert result.fetched == served == HARD_CAP
    assert not result.whole
    assert result.fastq.records == reads[:HARD_CAP].count(b"\n") // 4


def test_stop_between_ranges_cancels(uploaded, sandbox):
    stop = StopFlag()
    info = uploaded.storage.head_object(uploaded.bucket, "asis/census.fastq.gz")
    fetcher = PrefixFetcher(
        uploaded.storage.clients, uploaded.bucket, info.key, info.size, budget=HARD_CAP, stop=stop
    )
    before = sandbox.cos.stats["object_bytes"]

    def enough(prefix: bytes) -> bool:
        stop.set()  # the window closes while the first range arrives
        return False

    with pytest.raises(GeneDeskError) as caught:
        fetcher.fetch(enough)
    assert caught.value.code is ErrorCode.CANCELLED
    assert fetcher.fetched == 1 * MiB
    # the sandbox counts a body once its send returns, which may be after the client has read it
    wait_until(lambda: sandbox.cos.stats["object_bytes"] - before >= 1 * MiB, what="the count")
    assert sandbox.cos.stats["object_bytes"] - before == 1 * MiB
    with pytest.raises(GeneDeskError) as again:
        preview_object(uploaded.storage, uploaded.bucket, info.key, stop=stop)
    assert again.value.code is ErrorCode.CANCELLED


def _damage(uploaded, key: str, data: bytes):
    uploaded.put(key, data)
    result = preview_object(uploaded.storage, uploaded.bucket, key)  # never raises
    assert result.damage is not None, key
    assert result.damage.code is ErrorCode.ARCHIVE_CORRUPT
    return result


def test_damaged_and_cut_short_objects_are_results(uploaded):
    client = uploaded.storage.clients.client(uploaded.bucket.region)
    zst = client.get_object(Bucket=uploaded.bucket.name, Key="zst/census.fastq.zst")
    good = zst["Body"].get_raw_stream().read(3 * MiB)
    bad = bytearray(good)
    bad[1_000_000:1_000_064] = b"\xff" * 64  # inside the first frame
    corrupt = _damage(uploaded, "bad/census.fastq.zst", bytes(bad))
    assert corrupt.damage.reason == "corrupt-zstd"
    assert corrupt.fastq is not None and corrupt.fastq.records > 0  # what came before

    head = FASTQ_GZ.read_bytes()[:100_000]  # a whole object that stops mid-member
    cut = _damage(uploaded, "bad/cut.fastq.gz", head)
    assert cut.damage.reason == "cut-short" and cut.whole
    assert cut.fastq.reads[0].name == _reads(FASTQ_GZ, 1)[0][0]

    not_bam = _damage(uploaded, "bad/x.bam", gzip.compress(b"this is no BAM at all"))
    assert not_bam.damage.reason == "bad-bam" and not_bam.alignment is None
    garbage = _damage(uploaded, "bad/y.fastq.gz", b"\x1f\x8b\x08\x00" + b"\x07" * 5000)
    assert garbage.damage.reason == "corrupt-gzip"
    text = _damage(uploaded, "bad/z.fastq", b"hello, no reads here\n")
    assert text.damage.reason == "not-fastq"


def _itf8(value: int) -> bytes:
    assert 0 <= value < 0x4000
    return bytes([value]) if value < 0x80 else bytes([0x80 | value >> 8, value & 0xFF])


def _cram(text: bytes, *, method: int = 0) -> bytes:
    """A CRAM 3.0 file definition and a first container holding the SAM header block, laid
    out as CRAMv3 section 7-8 specify (the way htslib writes it)."""
    payload = struct.pack("<i", len(text)) + text
    data = payload if method == 0 else gzip.compress(payload)
    block = bytes([method, 0]) + _itf8(0) + _itf8(len(data)) + _itf8(len(payload)) + data
    block += b"\0\0\0\0"  # block CRC32 (not checked by the preview)
    fields = _itf8(0) * 4 + b"\0\0" + _itf8(1) + _itf8(0)  # ref, start, span, n; ltf8 x2
    container = struct.pack("<i", len(block)) + fields + b"\0\0\0\0"
    return b"CRAM\x03\x00" + b"x" * 20 + container + block


CRAM_TEXT = (
    b"@HD\tVN:1.6\tSO:coordinate\n@SQ\tSN:chr1\tLN:248956422\n@SQ\tSN:chrM\tLN:16569\n"
    b"@RG\tID:g1\tSM:s1\n@PG\tID:bwa\tPN:bwa\n"
)


@pytest.mark.parametrize("method", [0, 1])
def test_cram_header_from_the_first_container(uploaded, method):
    uploaded.put(f"misc/sample{method}.cram", _cram(CRAM_TEXT, method=method) + b"\0" * 4096)
    result = preview_object(uploaded.storage, uploaded.bucket, f"misc/sample{method}.cram")
    assert result.damage is None and result.kind == "cram"
    header = result.alignment
    assert header.version == "3.0" and header.text_available
    assert header.sq_count == 2 and header.references == ["chr1", "chrM"]
    assert header.read_groups == ["@RG\tID:g1\tSM:s1"] and header.programs == [
        "@PG\tID:bwa\tPN:bwa"
    ]


def test_cram_with_another_codec_gives_the_version_only(uploaded):
    data = bytearray(_cram(CRAM_TEXT))
    data[26 + 4 + 4 + 2 + 1 + 1 + 4] = 4  # block method: rANS
    uploaded.put("misc/rans.cram", bytes(data))
    result = preview_object(uploaded.storage, uploaded.bucket, "misc/rans.cram")
    assert result.alignment.version == "3.0" and not result.alignment.text_available
    assert result.damage is None


def test_transient_failures_are_retried_and_errors_carry_the_request_id(uploaded, faults):
    s, b = uploaded.storage, uploaded.bucket
    faults.fail_next(2, status=503, method="GET", path="census.fastq.zst")
    result = preview_object(s, b, "zst/census.fastq.zst", budget=2 * MiB)
    assert result.damage is None and result.fastq.records > 1000
    faults.clear()
    faults.reset_after(200_000, method="GET", path="census.fastq.zst")
    again = preview_object(s, b, "zst/census.fastq.zst", budget=2 * MiB)
    assert again.fastq == result.fastq
    assert again.fetched > 2 * MiB  # the range cut off was read again
    faults.fail_next(1, code="AccessDenied", method="GET", path="census.fastq.zst")
    with pytest.raises(GeneDeskError) as denied:
        preview_object(s, b, "zst/census.fastq.zst")
    assert denied.value.code is ErrorCode.ACCESS_DENIED and denied.value.request_id


def test_archived_object_gets_its_facts_only(uploaded):
    client = uploaded.storage.clients.client(uploaded.bucket.region)
    client.put_object(
        Bucket=uploaded.bucket.name,
        Key="misc/cold.fastq",
        Body=b"@r\nA\n+\nI\n",
        StorageClass="ARCHIVE",
    )
    result = preview_object(uploaded.storage, uploaded.bucket, "misc/cold.fastq")
    assert result.note == "archived" and result.fetched == 0 and result.fastq is None
    assert result.facts.storage_class == "ARCHIVE"
