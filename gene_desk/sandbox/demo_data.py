"""Sample files for the demo bucket: small FASTQ and VCF files that look like the real thing.

Generated deterministically (fixed seed) so every demo install shows the same bucket, without
shipping data files in the package.
"""

from __future__ import annotations

import random

_BASES = "ACGT"


def fastq(read_count: int, read_length: int, seed: int, name: str) -> bytes:
    rng = random.Random(seed)
    lines = []
    for i in range(1, read_count + 1):
        seq = "".join(rng.choice(_BASES) for _ in range(read_length))
        qual = "".join(chr(33 + rng.randint(20, 40)) for _ in range(read_length))
        lines.append(f"@{name}:{i} 1:N:0:ATCACG\n{seq}\n+\n{qual}\n")
    return "".join(lines).encode("ascii")


def vcf(variant_count: int, seed: int) -> bytes:
    rng = random.Random(seed)
    header = (
        "##fileformat=VCFv4.2\n"
        "##source=GeneDeskDemo\n"
        "##reference=GRCh38\n"
        '##INFO=<ID=DP,Number=1,Type=Integer,Description="Total Depth">\n'
        '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">\n'
        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSAMPLE1\n"
    )
    rows = []
    pos = 10_000
    for i in range(variant_count):
        pos += rng.randint(50, 5_000)
        ref = rng.choice(_BASES)
        alt = rng.choice([b for b in _BASES if b != ref])
        gt = rng.choice(["0/1", "1/1", "0/1"])
        rows.append(
            f"chr{1 + i % 22}\t{pos}\trs{100000 + i}\t{ref}\t{alt}\t{rng.randint(30, 99)}\tPASS"
            f"\tDP={rng.randint(10, 80)}\tGT\t{gt}\n"
        )
    return (header + "".join(rows)).encode("ascii")


def demo_objects() -> dict[str, bytes]:
    """Key -> content for the demo bucket (folder markers end in '/')."""
    return {
        "README.txt": (
            "Gene Desk demo bucket / 基因数据协作平台演示存储桶\n"
            "Sample sequencing files for trying upload, download and compression.\n"
        ).encode(),
        "project-demo/": b"",
        "project-demo/sample01_R1.fastq": fastq(400, 100, 1, "DEMO01"),
        "project-demo/sample01_R2.fastq": fastq(400, 100, 2, "DEMO01"),
        "project-demo/variants/": b"",
        "project-demo/variants/sample01.vcf": vcf(300, 3),
        "reference/": b"",
        "reference/panel_targets.bed": b"".join(
            f"chr{c}\t{s}\t{s + 150}\tTARGET_{c}_{s}\n".encode()
            for c in range(1, 4)
            for s in range(100_000, 110_000, 1_000)
        ),
    }
