"""Fixtures for the codec tests: real FASTQ from /work/shared/data and folder trees with the
awkward cases (nested, empty files and folders, unicode and space names, symlinks, set mtimes)."""

from __future__ import annotations

import gzip
import os
import stat
from pathlib import Path

import pytest

from gene_desk.core.crc64 import Crc64

SHARED_DATA = Path(os.environ.get("GENE_DESK_SHARED_DATA", "/work/shared/data"))
CENSUS_GZ = SHARED_DATA / "census.fastq.gz"
NANOPORE_GZ = SHARED_DATA / "nanopore_pcs109_5k.fq.gz"
BAM = SHARED_DATA / "census.paired.bam"

# fixed, distinct timestamps with sub-second parts (ns precision must survive the round trip)
MTIME_FILE = 1_600_000_000_123_456_789
MTIME_DIR = 1_500_000_000_987_654_321


@pytest.fixture(scope="session")
def census_fastq() -> bytes:
    """The census reads as plain FASTQ (~26 MB)."""
    with gzip.open(CENSUS_GZ, "rb") as f:
        return f.read()


@pytest.fixture(scope="session")
def nanopore_fastq() -> bytes:
    with gzip.open(NANOPORE_GZ, "rb") as f:
        return f.read()


@pytest.fixture(scope="session")
def fastq_file(tmp_path_factory, census_fastq) -> Path:
    path = tmp_path_factory.mktemp("fastq") / "census.fastq"
    path.write_bytes(census_fastq)
    return path


def make_tree(root: Path, census_fastq: bytes, nanopore_fastq: bytes) -> Path:
    """A folder with every case the archiver must keep. Returns the folder."""
    top = root / "run 42 ü"
    (top / "reads" / "lane 1").mkdir(parents=True)
    (top / "reads" / "lane 2").mkdir(parents=True)
    (top / "empty folder" / "nested empty").mkdir(parents=True)
    (top / "meta").mkdir()
    (top / "reads" / "lane 1" / "sample A.fastq").write_bytes(census_fastq[:3_000_000])
    (top / "reads" / "lane 2" / "样本 B.fq").write_bytes(nanopore_fastq[:1_500_000])
    (top / "meta" / "empty.txt").write_bytes(b"")
    (top / "meta" / "notes ✓.txt").write_text("résumé of the run\n", encoding="utf-8")
    long_name = "x" * 120 + ".txt"  # needs a pax path record
    (top / "meta" / long_name).write_bytes(b"long name\n")
    (top / "meta" / "script.sh").write_bytes(b"#!/bin/sh\necho hi\n")
    os.chmod(top / "meta" / "script.sh", 0o755)
    os.symlink("../reads/lane 1/sample A.fastq", top / "meta" / "link to A")
    os.symlink("missing-target", top / "meta" / "dangling")
    for dirpath, dirnames, filenames in os.walk(top, topdown=False):
        for name in filenames:
            os.utime(Path(dirpath) / name, ns=(MTIME_FILE, MTIME_FILE), follow_symlinks=False)
        for name in dirnames:
            p = Path(dirpath) / name
            if not p.is_symlink():
                os.utime(p, ns=(MTIME_DIR, MTIME_DIR))
    os.utime(top, ns=(MTIME_DIR, MTIME_DIR))
    return top


@pytest.fixture
def tree(tmp_path, census_fastq, nanopore_fastq) -> Path:
    return make_tree(tmp_path / "src", census_fastq, nanopore_fastq)


def describe(root: Path) -> dict[str, tuple]:
    """Everything that must survive a round trip: kind, content digest, mode, mtime, link target."""
    out: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in sorted(dirnames + filenames):
            p = Path(dirpath) / name
            rel = p.relative_to(root).as_posix()
            st = os.lstat(p)
            if stat.S_ISLNK(st.st_mode):
                out[rel] = ("link", os.readlink(p))
            elif stat.S_ISDIR(st.st_mode):
                out[rel] = ("dir", stat.S_IMODE(st.st_mode), st.st_mtime_ns)
            else:
                crc = Crc64()
                with open(p, "rb") as f:
                    while chunk := f.read(1 << 20):
                        crc.update(chunk)
                out[rel] = ("file", crc.value, st.st_size, stat.S_IMODE(st.st_mode), st.st_mtime_ns)
    return out


def file_crc(path: Path) -> tuple[int, int]:
    crc = Crc64()
    with open(path, "rb") as f:
        while chunk := f.read(8 << 20):
            crc.update(chunk)
    return crc.value, crc.length


def listing(root: Path) -> list[str]:
    """Every path under root (relative, sorted), hidden ones included."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
