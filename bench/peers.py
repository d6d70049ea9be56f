"""What every benchmark here needs to run the two peers on one sandbox, written once.

``gene-desk`` and rclone (and curl with SigV4 where a bare HTTP peer helps) are started the
same way by transfer_bench, latency_rows, cpu_per_object, disk_download_bench and sync_bench:
the same environments (no inherited RCLONE_*/AWS_*: AWS_CA_BUNDLE makes rclone fail before any
request), the same command prefixes, and one measurement of a command (wall, CPU, peak RSS), so
a row's ratio compares like with like."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: the Gene Desk CLI of this checkout, and rclone without its own retries hiding failures
GD = [sys.executable, "-m", "gene_desk"]
RCLONE = ["rclone", "--retries", "1"]


def tree_copies(
    tool: str, jobs: int, source: Path, bucket: str, prefix: str, down: Path, *, skip=()
) -> tuple[list[str], list[str]]:
    """Upload and download commands of one tree for ``tool`` ("ours" or "rclone"): the tree
    ``source`` goes to ``PREFIX/<source.name>`` uncompressed with ``jobs`` in flight, and back
    into ``down/<source.name>``; ``skip`` names files rclone leaves out (our upload never
    sends its own ``.complete`` marker)."""
    if tool == "ours":
        up = [*GD, "upload", "--no-compress", "--jobs", str(jobs), str(source)]
        up.append(f"cos://{bucket}/{prefix}/")
        down_argv = [*GD, "download", "--jobs", str(jobs)]
        return up, [*down_argv, f"cos://{bucket}/{prefix}/{source.name}/", str(down)]
    remote = f"sb:{bucket}/{prefix}/{source.name}"
    excludes = [arg for name in skip for arg in ("--exclude", name)]
    copy = [*RCLONE, "copy", "--transfers", str(jobs)]
    return [*copy, *excludes, str(source), remote], [*copy, remote, str(down / source.name)]


def base_env() -> dict[str, str]:
    """This shell's environment without RCLONE_* and AWS_* settings."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("RCLONE_", "AWS_"))}


def curl_sigv4(info: dict) -> list[str]:
    """curl signing with AWS SigV4 for the sandbox's keys (COS accepts SigV4 requests)."""
    return [
        "curl",
        "-sS",
        "-f",
        "--aws-sigv4",
        f"aws:amz:{info['region']}:s3",
        "--user",
        f"{info['secret_id']}:{info['secret_key']}",
    ]


def run_measured(argv: list[str] | str, env: dict[str, str], *, shell: bool = False) -> dict:
    """Run a command; wall seconds, CPU seconds (user+sys, children included) and peak RSS (MB)
    of its largest process.

    Peak RSS comes from GNU time run around the command: a child's own ``ru_maxrss`` starts
    from its parent's high-water mark (fork), which would report this script's size. For a
    shell pipeline it is the largest of the pipeline's processes."""
    if shell:
        argv = ["/bin/bash", "-c", argv]
    with tempfile.TemporaryFile() as errfile, tempfile.NamedTemporaryFile("r") as rss:
        start = time.perf_counter()
        proc = subprocess.Popen(
            ["/usr/bin/time", "-f", "%M %U %S", "-o", rss.name, *argv],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errfile,
        )
        code = proc.wait()
        seconds = time.perf_counter() - start
        errfile.seek(0)
        err = errfile.read().decode(errors="replace")
        fields = (rss.read().strip().splitlines() or ["nan nan nan"])[-1].split()
    if code != 0:
        raise RuntimeError(f"{argv!r} failed ({code}): {err[-2000:]}")
    return {
        "seconds": seconds,
        "rss_mb": float(fields[0]) / 1024,
        "cpu_s": float(fields[1]) + float(fields[2]),
    }


def drop_caches(enabled: bool) -> float:
    """Write back dirty pages and (``enabled``, as root) drop the page cache; seconds the
    ``sync`` took. Run before a timed command, it starts every run with no dirty pages of the
    previous one being written back under it and, with the drop, the same clean page cache:
    rows that move gigabytes otherwise measure what the run before left in memory."""
    start = time.perf_counter()
    os.sync()
    synced = time.perf_counter() - start
    if enabled and os.geteuid() == 0:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    return synced


@functools.cache  # once per benchmark process: peer_envs runs for every sandbox
def installed_bytecode() -> None:
    """Compile this checkout's modules, as ``pip install`` and the frozen build do. The benchmark
    machines set PYTHONDONTWRITEBYTECODE=1, so a source checkout would compile ~140 modules from
    source in every CLI process and again in each worker process: about 0.1 s of CPU per process
    that no installed copy spends (a one-file download took 0.45 s against rclone's 0.07 s)."""
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "gene_desk"), quiet=1)


def peer_envs(info: dict, work: Path, home: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The environments of both peers on one sandbox: ``gene-desk`` logged in by variables with
    its own ``GENE_DESK_HOME``, and rclone's remote ``sb:`` (S3, path style); neither inherits
    this shell's RCLONE_* or AWS_* settings (AWS_CA_BUNDLE makes rclone fail before any
    request). Gene Desk runs from bytecode, as installed (:func:`installed_bytecode`)."""
    installed_bytecode()
    base = base_env()
    ours = {
        **base,
        "GENE_DESK_HOME": str(home),
        "GENE_DESK_ACCOUNT_URL": info["account_url"],
        "GENE_DESK_USER": info["demo_account"],
        "GENE_DESK_PASSWORD": info["demo_password"],
    }
    rclone = {
        **base,
        "RCLONE_CONFIG": str(work / "rclone.conf"),
        "RCLONE_CONFIG_SB_TYPE": "s3",
        "RCLONE_CONFIG_SB_PROVIDER": "Other",
        "RCLONE_CONFIG_SB_ACCESS_KEY_ID": info["secret_id"],
        "RCLONE_CONFIG_SB_SECRET_ACCESS_KEY": info["secret_key"],
        "RCLONE_CONFIG_SB_ENDPOINT": f"http://{info['cos_endpoint']}",
        "RCLONE_CONFIG_SB_REGION": info["region"],
        "RCLONE_CONFIG_SB_FORCE_PATH_STYLE": "true",
    }
    return ours, rclone
