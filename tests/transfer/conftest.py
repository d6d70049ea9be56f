from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from gene_desk.journal import Journal
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.settings import MiB, TransferSettings
from tests.helpers.pagecache import disk_folder

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
if not SHARED_DATA.exists():
    SHARED_DATA = Path("/work/shared/data")


def fastq_bytes(n_reads: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = []
    for i in range(n_reads):
        seq = "".join(rng.choice("ACGT") for _ in range(100))
        out.append(f"@READ:{i}\n{seq}\n+\n{'I' * 100}\n")
    return "".join(out).encode()


def random_bytes(size: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Relative path -> content (folders as None) for comparing trees."""
    out: dict[str, bytes] = {}
    for dirpath, dirs, files in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        if not dirs and not files:
            out[rel + "/"] = b""
        for name in files:
            out[os.path.normpath(os.path.join(rel, name))] = Path(dirpath, name).read_bytes()
    return out


@pytest.fixture
def settings():
    return TransferSettings(files_parallel=4, parts_parallel=3, part_size=1 * MiB)


@pytest.fixture
def journal(isolated_home):
    j = Journal()
    yield j
    j.close()


@pytest.fixture
def manager(storage, journal, settings):
    m = TransferManager(storage, journal, settings).start()
    yield m
    m.shutdown()


def run_jobs(manager: TransferManager, job_ids: list[int], timeout: float = 120) -> None:
    assert manager.wait(job_ids, timeout=timeout), "jobs did not finish in time"


def object_bytes(storage, bucket, key: str) -> bytes:
    client = storage.clients.client(bucket.region)
    return client.get_object(Bucket=bucket.name, Key=key)["Body"].get_raw_stream().read()


@pytest.fixture
def observable_dir(tmp_path: Path):
    """A folder on a file system whose page cache mincore can show (skips where there is none)."""
    with disk_folder(tmp_path) as folder:
        if folder is None:
            pytest.skip("no folder here whose page cache can be observed (needs Linux, not tmpfs)")
        yield folder
