"""``gene-desk preview`` against the sandbox: the real program as a subprocess for the text and
JSON outputs, ``main()`` in process for the error paths. Facts are checked against what the
test derives with Python's gzip module."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from gene_desk.cli.main import main
from tests.preview.conftest import FASTQ_GZ

ROOT = Path(__file__).resolve().parents[2]


def gene_desk(account_env, *argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "gene_desk", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _first_read() -> str:
    """``gzip -dc census.fastq.gz | head -1``, as a person checks it."""
    done = subprocess.run(
        f"gzip -dc '{FASTQ_GZ}' | head -1", shell=True, capture_output=True, text=True, check=False
    )
    first = done.stdout.rstrip("\n")
    with gzip.open(FASTQ_GZ, "rt") as f:
        assert first == f.readline().rstrip("\n")  # the tool and Python agree
    return first


def test_preview_fastq_zst_prints_reads_and_summary(account_env, uploaded):
    url = f"cos://{uploaded.bucket.name}/zst/census.fastq.zst"
    done = gene_desk(account_env, "preview", url)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == url
    assert "decoded as zstd" in done.stdout
    summary = next(line for line in lines if line.startswith("FASTQ:"))
    assert "length 80-80" in summary and "quality Phred+33" in summary
    reads = lines.index("== first reads (80) ==")  # 20 reads of 4 lines
    assert lines[reads + 1] == _first_read()


def test_preview_bam_json(account_env, uploaded):
    url = f"cos://{uploaded.bucket.name}/asis/census.paired.bam"
    done = gene_desk(account_env, "preview", url, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["kind"] == "bam" and result["damage"] is None
    assert result["alignment"]["sq_count"] == 3432
    assert result["alignment"]["references"][:2] == ["chr1", "chr2"]
    assert result["fetched"] == 1024 * 1024 and result["layers"] == ["bgzf"]  # header only


def test_preview_lines_option_and_escaping(capsys, account_env, uploaded):
    uploaded.put("cli/table.tsv", b"#h\x1b]0;title\x07\n" + b"a\tb\n" * 50)
    code = main(["preview", f"cos://{uploaded.bucket.name}/cli/table.tsv", "--lines", "3"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "== first lines (3) ==\na\tb\na\tb\na\tb\n" in out
    assert "#h\\x1b]0;title\\x07" in out and "\x1b" not in out and "\x07" not in out


def test_preview_damaged_exits_1_with_code(capsys, account_env, uploaded):
    uploaded.put("cli/cut.fastq.gz", FASTQ_GZ.read_bytes()[:50_000])
    code = main(["preview", f"cos://{uploaded.bucket.name}/cli/cut.fastq.gz"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "ARCHIVE_CORRUPT: cut-short" in err
    assert _first_read() in out  # what could be read is still shown


def test_preview_missing_object_and_bad_lines(capsys, account_env, uploaded):
    code = main(["preview", f"cos://{uploaded.bucket.name}/nope.fastq"])
    _, err = capsys.readouterr()
    assert code == 1 and "(NO_SUCH_KEY)" in err
    try:
        main(["preview", f"cos://{uploaded.bucket.name}/x", "--lines", "0"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("--lines 0 accepted")


def test_hostile_key_and_metadata_are_escaped(capsys, account_env, uploaded, sandbox):
    from tests.helpers.sandbox_objects import put_raw

    key = "cli/evil\x1b]0;pwned\x07\u202e.fastq"
    put_raw(sandbox.cos.backend, uploaded.bucket.name, key, b"@r\x1b[2J\nACGT\n+\nIIII\n")
    code = main(["preview", f"cos://{uploaded.bucket.name}/{key}"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "evil\\x1b]0;pwned\\x07\\u202e.fastq" in out
    assert "@r\\x1b[2J" in out
