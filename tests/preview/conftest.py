"""One bucket of real sequencing files for the preview tests, uploaded once per run through the
real transfer engine: the files as they are (gzip FASTQ, BGZF BAM) and as Gene Desk's own
compressed uploads (``.fastq.zst`` from the gunzipped FASTQ, a folder holding the BAM as
``.tar.zst``), plus small synthetic files for pairs, Phred+64, a VCF and damaged objects."""

from __future__ import annotations

import gzip
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from gene_desk.journal import Journal
from gene_desk.storage.models import Bucket
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.settings import MiB, TransferSettings

SHARED_DATA = Path("/work/shared/data")
BAM = SHARED_DATA / "census.paired.bam"
FASTQ_GZ = SHARED_DATA / "census.fastq.gz"
NANOPORE = SHARED_DATA / "nanopore_pcs109_5k.fq.gz"

VCF = (
    b"##fileformat=VCFv4.2\n##contig=<ID=chr1,length=248956422>\n"
    b"#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
    + b"".join(b"chr1\t%d\t.\tA\tG\t50\tPASS\tDP=10\n" % (1000 + i) for i in range(500))
)


def small_fastq(n: int, qual: bytes = b"I", tag: str = "R") -> bytes:
    return b"".join(
        b"@%s%d\n%s\n+\n%s\n" % (tag.encode(), i, b"ACGT" * 10, qual * 40) for i in range(n)
    )


@dataclass
class Uploaded:
    storage: object
    bucket: Bucket
    work: Path

    def put(self, key: str, data: bytes) -> None:
        client = self.storage.clients.client(self.bucket.region)
        client.put_object(Bucket=self.bucket.name, Key=key, Body=data)


@pytest.fixture(scope="session")
def uploaded(sandbox, tmp_path_factory):
    from gene_desk.account.session import AccountSession
    from gene_desk.sandbox.account import seed
    from tests.helpers.storage import storage_for

    work = tmp_path_factory.mktemp("preview-data")
    plain = work / "plain"
    plain.mkdir()
    with gzip.open(FASTQ_GZ) as src, open(plain / "census.fastq", "wb") as dst:
        shutil.copyfileobj(src, dst)
    with gzip.open(NANOPORE) as src, open(plain / "nanopore_pcs109_5k.fq", "wb") as dst:
        shutil.copyfileobj(src, dst)
    folder = work / "bamdir"
    folder.mkdir()
    shutil.copy(BAM, folder / BAM.name)
    pairs = work / "pairs"
    pairs.mkdir()
    (pairs / "S1_L001_R1_001.fastq").write_bytes(small_fastq(300, tag="a"))
    (pairs / "S1_L001_R2_001.fastq").write_bytes(small_fastq(300, tag="b"))
    (pairs / "SRR9_1.fastq").write_bytes(small_fastq(50))
    (pairs / "solo_R1.fastq").write_bytes(small_fastq(50))
    (plain / "old.fastq").write_bytes(small_fastq(100, qual=b"h"))
    (plain / "calls.vcf").write_bytes(VCF)

    session = AccountSession.login(sandbox.account_url, seed.DEMO.account, seed.DEMO.password)
    storage = storage_for(session)
    bucket = storage.create_bucket("preview-data", "ap-guangzhou")
    journal = Journal(work / "journal.sqlite3")
    settings = TransferSettings(files_parallel=4, parts_parallel=3, part_size=1 * MiB)
    manager = TransferManager(storage, journal, settings).start()
    try:
        jobs = manager.upload([BAM, FASTQ_GZ, NANOPORE], bucket, "asis/", compress=False)
        jobs += manager.upload(
            [plain / "census.fastq", plain / "nanopore_pcs109_5k.fq", folder], bucket, "zst/"
        )
        jobs += manager.upload(sorted(pairs.iterdir()), bucket, "pairs/")
        jobs += manager.upload([plain / "old.fastq", plain / "calls.vcf"], bucket, "misc/")
        assert manager.wait(jobs, timeout=300), "uploads did not finish"
        for job in jobs:
            for item in journal.items(job):
                assert item.state.value == "succeeded", (item.destination, item.error_message)
    finally:
        manager.shutdown()
        journal.close()
    yield Uploaded(storage, bucket, work)
    session.logout()
