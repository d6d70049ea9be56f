"""Bandwidth limiter arithmetic (with a fake clock) and local naming rules."""

from __future__ import annotations

import pytest

from gene_desk.core.errors import GeneDeskError
from gene_desk.core.localfs import split_ext, unique_path
from gene_desk.transfer import limiter as limiter_mod
from gene_desk.transfer.limiter import BandwidthLimiter
from gene_desk.transfer.naming import local_name
from gene_desk.transfer.settings import MAX_PARTS, MiB, part_size_for


class FakeClock:
    def __init__(self):
        self.now = 100.0
        self.slept = 0.0

    def monotonic(self):
        return self.now

    def sleep(self, seconds):
        self.slept += seconds
        self.now += seconds


def test_limiter_keeps_average_rate(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(limiter_mod.time, "monotonic", clock.monotonic)
    monkeypatch.setattr(limiter_mod.time, "sleep", clock.sleep)
    lim = BandwidthLimiter(1 * MiB)
    start = clock.now
    for _ in range(40):
        lim.consume(256 * 1024)  # 10 MiB in total
    elapsed = clock.now - start
    assert 9.0 <= elapsed <= 10.5  # ~1 MiB/s, one burst allowance at most
    lim.set_rate(0)
    before = clock.now
    lim.consume(100 * MiB)
    assert clock.now == before  # unlimited: no wait


def test_part_size_fits_ten_thousand_parts():
    assert part_size_for(10 * MiB) == 8 * MiB
    assert part_size_for(10 * MiB, 2 * MiB) == 2 * MiB
    huge = 200 * 1024 * MiB  # 200 GiB
    size = part_size_for(huge)
    assert size % MiB == 0 and -(-huge // size) <= MAX_PARTS


@pytest.mark.parametrize(
    ("key", "parts", "renamed"),
    [
        ("a/b/c.txt", ("a", "b", "c.txt"), False),
        ("a//b", ("a", "b"), True),
        ("./a", ("a",), True),
    ],
)
def test_local_name_posix(key, parts, renamed):
    name = local_name(key, windows=False)
    assert name.parts == parts and name.renamed is renamed


@pytest.mark.parametrize("key", ["../x", "a/../../x", "/etc/passwd", "C:/x", "a\x00b", "..", ""])
def test_local_name_refuses_escapes(key):
    with pytest.raises(GeneDeskError) as info:
        local_name(key, windows=False)
    assert info.value.code.value == "UNSAFE_KEY"


def test_local_name_windows_rules():
    assert local_name("dir/CON.txt", windows=True).parts == ("dir", "_CON.txt")
    assert local_name("x/a:b?.txt", windows=True).parts == ("x", "a_b_.txt")
    assert local_name("trailing. ", windows=True).parts == ("trailing",)
    with pytest.raises(GeneDeskError):
        local_name("a\\..\\..\\x", windows=True)
    long = "长" * 200 + ".fastq"
    (short,) = local_name(long, windows=False).parts
    assert len(short.encode()) <= 255 and short.endswith(".fastq")


def test_unique_path_keeps_compound_extensions(tmp_path):
    assert split_ext("reads.fastq.gz") == ("reads", ".fastq.gz")
    assert split_ext("sample.R1.fastq.gz") == ("sample.R1", ".fastq.gz")
    assert split_ext(".bashrc") == (".bashrc", "")
    target = tmp_path / "reads.fastq.gz"
    assert unique_path(target) == target
    target.write_text("x")
    assert unique_path(target).name == "reads (1).fastq.gz"
    (tmp_path / "reads (1).fastq.gz").write_text("y")
    assert unique_path(target).name == "reads (2).fastq.gz"


def test_raising_the_limit_wakes_a_throttled_thread():
    import threading

    lim = BandwidthLimiter(10 * 1024)  # 10 KiB/s
    lim.consume(1024 * 1024)  # a 1 MiB debt: ~100 s at this rate
    done = threading.Event()

    def worker():
        lim.consume(64 * 1024)
        done.set()

    t = threading.Thread(target=worker, daemon=True)
    t.start()
    assert not done.wait(0.3)  # throttled
    lim.set_rate(100 * MiB)
    assert done.wait(2.0)  # the new limit applies within a slice, not after the old debt
    t.join(1)
    assert lim.block_size(MiB) == MiB
    lim.set_rate(64 * 1024)
    assert lim.block_size(MiB) == 16 * 1024
    # never more than was asked for: a 4 KiB file is read as 4 KiB, not as a 16 KiB block
    # (a short read of the asked size is how an upload notices a file that shrank)
    assert lim.block_size(4096) == 4096
    assert BandwidthLimiter(0).block_size(4096) == 4096
