"""``gene-desk compress`` / ``gene-desk decompress``: exit codes and output."""

from __future__ import annotations

import gzip
import os
import pty
import subprocess
import sys
import textwrap

import pytest

from gene_desk.cli import main as cli_main
from tests.codec.conftest import listing


@pytest.fixture(autouse=True)
def only_codec_commands(monkeypatch):
    """Isolate these tests from the other command modules (they need the sandbox)."""
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ("gene_desk.cli.codec_cmds",))


def run(capsys, *argv: str) -> tuple[int, str]:
    code = cli_main.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_compress_and_decompress_succeed(tmp_path, capsys, tree, fastq_file):
    code, out = run(capsys, "compress", str(tree), str(fastq_file), "-o", str(tmp_path / "z"))
    assert code == 0, out
    assert f"ok      {tree} -> {tmp_path / 'z' / (tree.name + '.tar.zst')}" in out
    assert "2 compressed, 0 failed" in out
    archives = sorted((tmp_path / "z").iterdir())
    code, out = run(capsys, "decompress", *map(str, archives), "-o", str(tmp_path / "out"))
    assert code == 0, out
    assert "tar+zstd" in out and "CRC-64 verified" in out
    assert sorted(os.listdir(tmp_path / "out")) == sorted(["census.fastq", tree.name])
    # non-tty: plain lines, no bar redraws
    assert "\r" not in out and "\x1b" not in out


def test_a_failed_item_among_good_ones(tmp_path, capsys, fastq_file):
    good2 = tmp_path / "second.txt"
    good2.write_text("hello\n")
    code, out = run(
        capsys,
        "compress",
        str(fastq_file),
        str(tmp_path / "missing.fq"),
        str(good2),
        "-o",
        str(tmp_path / "z"),
    )
    assert code == 1
    assert "FAILED  " + str(tmp_path / "missing.fq") in out
    assert "(LOCAL_NOT_FOUND)" in out
    assert "2 compressed, 1 failed" in out
    assert "Traceback" not in out
    assert listing(tmp_path / "z") == ["census.fastq.zst", "second.txt.zst"]


def test_decompress_reports_corrupt_and_unsafe_items(tmp_path, capsys):
    from tests.codec.hostile import tar_of, zstd_of

    good = tmp_path / "good.fq.gz"
    good.write_bytes(gzip.compress(b"@r\nACGT\n+\nIIII\n"))
    corrupt = tmp_path / "cut.tar.zst"
    corrupt.write_bytes(zstd_of(tar_of([("file", "a", b"a" * 5000)]))[:-20])
    unsafe = tmp_path / "evil.tar"
    unsafe.write_bytes(tar_of([("file", "../evil", b"x")]))
    code, out = run(
        capsys, "decompress", str(good), str(corrupt), str(unsafe), "-o", str(tmp_path / "out")
    )
    assert code == 1
    assert "(ARCHIVE_CORRUPT)" in out
    assert "(ARCHIVE_UNSAFE)" in out
    assert "1 decompressed, 2 failed" in out
    assert "Traceback" not in out
    assert listing(tmp_path / "out") == ["good.fq"]
    assert not (tmp_path / "evil").exists()


def test_decompress_conflict_option(tmp_path, capsys):
    src = tmp_path / "a.txt.gz"
    src.write_bytes(gzip.compress(b"new"))
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").write_text("old")
    code, out = run(
        capsys, "decompress", str(src), "-o", str(tmp_path / "out"), "--on-conflict", "skip"
    )
    assert code == 0
    assert "skipped a.txt: already exists" in out
    assert (tmp_path / "out" / "a.txt").read_text() == "old"
    code, out = run(capsys, "decompress", str(src), "-o", str(tmp_path / "out"))
    assert "renamed a.txt -> a (1).txt" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["compress", "x"],  # no -o
        ["compress", "x", "-o", "d", "--level", "99"],
        ["decompress", "x", "-o", "d", "--on-conflict", "merge"],
        ["decompress", "x", "-o", "d", "--max-ratio", "0.5"],
    ],
)
def test_usage_errors(capsys, argv):
    with pytest.raises(SystemExit) as info:
        cli_main.main(argv)
    assert info.value.code == 2


def _run_in_pty(args: list[str]) -> tuple[int, str]:
    script = textwrap.dedent(
        """
        import sys
        from gene_desk.cli import main as m
        m.COMMAND_MODULES = ("gene_desk.cli.codec_cmds",)
        sys.exit(m.main(sys.argv[1:]))
        """
    )
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdin=slave, stdout=slave, stderr=slave
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal(tmp_path, fastq_file):
    code, out = _run_in_pty(["compress", str(fastq_file), "-o", str(tmp_path / "z")])
    assert code == 0, out
    assert "\r\x1b[2K" in out  # the bar is redrawn in place
    assert "[" in out and "]" in out
    assert "ok      " in out
