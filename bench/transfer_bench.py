#!/usr/bin/env python3
"""Gene Desk's transfer engine against rclone and curl, on the same sandbox, in one run.

    python bench/transfer_bench.py [--big-gib 2] [--fastq-gib 1] [--files 10000] [--reps 3]
                                   [--rows big,fastq,small] [--work DIR]

Rows (each pair alternated, repeated ``--reps`` times; the median is reported, every run is
kept in bench/results/transfer.json):

* ``big``: a 2 GiB random file up and down, uncompressed: ``gene-desk upload --no-compress`` /
  ``gene-desk download`` against ``rclone copyto`` and ``curl --aws-sigv4`` (single PUT/GET).
* ``fastq``: a compressed upload of a FASTQ of 1 GiB or more (built from ../shared/data):
  ``gene-desk upload`` (zstd level 3, streamed into a multipart upload) against the pipeline
  ``zstd -T0 -3 -c FILE | rclone rcat``.
* ``small``: 10,000 files of 4 KiB up and down: ``gene-desk upload --no-compress --jobs 16`` /
  ``gene-desk download --jobs 16`` against ``rclone copy --transfers 16``.
* ``latency`` and ``mixed`` (bench/latency_rows.py): 4 KiB files at each ``--latency-ms``
  (one way, imitated by the sandbox) and ``--jobs-list``, and a mixed tree of 1 KiB..64 MiB
  files; written to bench/results/transfer_latency.json.

The sandbox runs in its own process (``gene-desk sandbox``); every client is a fresh process
whose peak RSS is read from ``wait4``. Rates are MB/s (10^6 bytes) of the original bytes.
Targets: Gene Desk at least as fast as rclone in every row; peak RSS under 300 MB.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from peers import GD, RCLONE, base_env, curl_sigv4, peer_envs, run_measured  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "transfer.json"
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.exists():
    SHARED = Path("/work/shared/data")
MB = 1_000_000
RSS_LIMIT_MB = 300


class Sandbox:
    def __init__(self, work: Path, latency_ms: float = 0.0) -> None:
        self.data = work / "sandbox"
        port = _free_port()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gene_desk",
                "sandbox",
                "--port",
                str(port),
                "--cos-port",
                str(_free_port()),
                "--data",
                str(self.data),
                "--latency-ms",
                str(latency_ms),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "GENE_DESK_HOME": str(work / "sandbox-home")},
        )
        self.info: dict[str, str] = {}
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("ready"):
                break
            name, _, value = line.partition(": ")
            self.info[name.strip()] = value.strip()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_inputs(work: Path, big_gib: float, fastq_gib: float, files: int, rows: set[str]):
    inputs = {}
    if "big" in rows:
        big = work / "big.bin"
        target = int(big_gib * 1024**3)
        if not big.exists() or big.stat().st_size != target:
            block = os.urandom(64 * 1024 * 1024)
            with big.open("wb") as fh:
                written = 0
                while written < target:
                    chunk = block[: target - written]
                    fh.write(chunk)
                    written += len(chunk)
        inputs["big"] = big
    if "fastq" in rows:
        fastq = work / "reads.fastq"
        target = int(fastq_gib * 1024**3)
        if not fastq.exists() or fastq.stat().st_size < target:
            raw = gzip.decompress((SHARED / "census.fastq.gz").read_bytes())
            raw += gzip.decompress((SHARED / "nanopore_pcs109_5k.fq.gz").read_bytes())
            with fastq.open("wb") as fh:
                written = 0
                copy = 0
                while written < target:
                    # vary read names per copy so the file is not a plain repeat
                    data = raw.replace(b"@", f"@c{copy}_".encode(), -1) if copy else raw
                    fh.write(data)
                    written += len(data)
                    copy += 1
        inputs["fastq"] = fastq
    if "small" in rows:
        small = work / "small"
        if not small.exists() or sum(1 for _ in small.rglob("*.dat")) != files:
            shutil.rmtree(small, ignore_errors=True)
            for i in range(files):
                d = small / f"d{i // 100:03d}"
                d.mkdir(parents=True, exist_ok=True)
                (d / f"f{i:05d}.dat").write_bytes(os.urandom(4096))
        inputs["small"] = small
    return inputs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--big-gib", type=float, default=2.0)
    ap.add_argument("--fastq-gib", type=float, default=1.0)
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--rows", default="big,fastq,small")
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--latency-ms", default="0,20,60", help="latency rows: one-way latencies")
    ap.add_argument("--jobs-list", default="16,64", help="latency rows: --jobs / --transfers")
    ap.add_argument("--mixed-files", type=int, default=1000)
    ap.add_argument("--mixed-latency-ms", type=float, default=0.0)
    ap.add_argument(
        "--no-drop-caches",
        action="store_true",
        help="latency rows: keep the page cache between runs (the mixed row drops it as root)",
    )
    ap.add_argument(
        "--pairs",
        type=int,
        default=1,
        help="latency rows: pairs measured per row; the ratio is the median of theirs",
    )
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="gd-transfer-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return _run(args, work)
    finally:
        if args.work is None:  # its own scratch folder: trees and the sandbox's data, GBs each
            shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path) -> int:
    rows = set(args.rows.split(","))
    if rows & {"latency", "mixed"}:
        run_latency_rows(args, rows, work)
        if not rows & {"big", "fastq", "small"}:
            return 0
    for tool in ("rclone", "zstd", "curl", "/usr/bin/time"):
        if not shutil.which(tool):
            print(f"missing {tool}: apt-get install {tool}", file=sys.stderr)
            return 2
    print(f"work dir {work}; building inputs...", flush=True)
    inputs = build_inputs(work, args.big_gib, args.fastq_gib, args.files, rows)
    sandbox = Sandbox(work)
    info = sandbox.info
    cos = f"http://{info['cos_endpoint']}"
    bucket = f"bench-{info['appid']}"
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)  # a fresh journal: no job of an earlier run resumes
    ours_env, rclone_env = peer_envs(info, work, home)
    plain_env = base_env()
    gd, rc, sigv4 = GD, RCLONE, curl_sigv4(info)
    results: list[dict] = []
    try:
        subprocess.run(
            [*gd, "mb", "cos://bench", "--region", info["region"]],
            env=ours_env,
            check=False,
            capture_output=True,
        )

        def remote_count(prefix: str) -> int:
            out = subprocess.run(
                [*rc, "lsf", "-R", "--files-only", f"sb:{bucket}/{prefix}"],
                env=rclone_env,
                capture_output=True,
                text=True,
                check=True,
            )
            return len(out.stdout.split())

        def clean_remote(prefix: str) -> None:
            subprocess.run(
                [*rc, "purge", f"sb:{bucket}/{prefix}"],
                env=rclone_env,
                capture_output=True,
                check=False,
            )

        def record(row: str, direction: str, tool: str, nbytes: int, m: dict, rep: int) -> None:
            rate = nbytes / MB / m["seconds"]
            results.append(
                {
                    "row": row,
                    "direction": direction,
                    "tool": tool,
                    "rep": rep,
                    "seconds": round(m["seconds"], 3),
                    "mb_s": round(rate, 1),
                    "rss_mb": round(m["rss_mb"], 1),
                }
            )
            print(
                f"  {row:6} {direction:4} {tool:14} {rate:8.1f} MB/s  rss {m['rss_mb']:6.1f} MB",
                flush=True,
            )

        for rep in range(args.reps):
            print(f"round {rep + 1}/{args.reps}", flush=True)
            if "big" in rows:
                big = inputs["big"]
                size = big.stat().st_size
                order = ["ours", "rclone", "curl"] if rep % 2 == 0 else ["curl", "rclone", "ours"]
                for tool in order:
                    clean_remote("big")
                    if tool == "ours":
                        m = run_measured(
                            [
                                *gd,
                                "upload",
                                "--no-compress",
                                "--jobs",
                                "1",
                                "--parts",
                                "8",
                                str(big),
                                f"cos://{bucket}/big/{tool}/",
                            ],
                            ours_env,
                        )
                    elif tool == "rclone":
                        m = run_measured(
                            [*rc, "copyto", str(big), f"sb:{bucket}/big/{tool}/big.bin"], rclone_env
                        )
                    else:
                        m = run_measured(
                            [*sigv4, "-T", str(big), f"{cos}/{bucket}/big/{tool}/big.bin"],
                            plain_env,
                        )
                    record("big", "up", tool, size, m, rep)
                    down = work / "down-big"
                    shutil.rmtree(down, ignore_errors=True)
                    down.mkdir()
                    if tool == "ours":
                        m = run_measured(
                            [
                                *gd,
                                "download",
                                "--jobs",
                                "1",
                                "--parts",
                                "8",
                                f"cos://{bucket}/big/{tool}/big.bin",
                                str(down),
                            ],
                            ours_env,
                        )
                    elif tool == "rclone":
                        m = run_measured(
                            [
                                *rc,
                                "copyto",
                                f"sb:{bucket}/big/{tool}/big.bin",
                                str(down / "big.bin"),
                            ],
                            rclone_env,
                        )
                    else:
                        m = run_measured(
                            [
                                *sigv4,
                                "-o",
                                str(down / "big.bin"),
                                f"{cos}/{bucket}/big/{tool}/big.bin",
                            ],
                            plain_env,
                        )
                    assert (down / "big.bin").stat().st_size == size
                    record("big", "down", tool, size, m, rep)
                    shutil.rmtree(down, ignore_errors=True)
                clean_remote("big")
            if "fastq" in rows:
                fastq = inputs["fastq"]
                size = fastq.stat().st_size
                order = ["ours", "zstd|rclone"] if rep % 2 == 0 else ["zstd|rclone", "ours"]
                for tool in order:
                    clean_remote("fastq")
                    if tool == "ours":
                        m = run_measured(
                            [
                                *gd,
                                "upload",
                                "--jobs",
                                "1",
                                "--parts",
                                "4",
                                str(fastq),
                                f"cos://{bucket}/fastq/ours/",
                            ],
                            ours_env,
                        )
                    else:
                        cmd = (
                            f"set -o pipefail; zstd -T0 -3 -q -c {fastq} | rclone --retries 1"
                            f" rcat sb:{bucket}/fastq/rclone/reads.fastq.zst"
                        )
                        m = run_measured(cmd, rclone_env, shell=True)
                    record("fastq", "up", tool, size, m, rep)
                clean_remote("fastq")
            if "small" in rows:
                small = inputs["small"]
                size = sum(p.stat().st_size for p in small.rglob("*.dat"))
                order = ["ours", "rclone"] if rep % 2 == 0 else ["rclone", "ours"]
                for tool in order:
                    clean_remote("small")
                    if tool == "ours":
                        m = run_measured(
                            [
                                *gd,
                                "upload",
                                "--no-compress",
                                "--jobs",
                                "16",
                                str(small),
                                f"cos://{bucket}/small/{tool}/",
                            ],
                            ours_env,
                        )
                    else:
                        m = run_measured(
                            [
                                *rc,
                                "copy",
                                "--transfers",
                                "16",
                                str(small),
                                f"sb:{bucket}/small/{tool}/small",
                            ],
                            rclone_env,
                        )
                    uploaded = remote_count(f"small/{tool}/")
                    assert uploaded == args.files, f"{tool} uploaded {uploaded} files"
                    record("small", "up", tool, size, m, rep)
                    down = work / "down-small"
                    shutil.rmtree(down, ignore_errors=True)
                    down.mkdir()
                    if tool == "ours":
                        m = run_measured(
                            [
                                *gd,
                                "download",
                                "--jobs",
                                "16",
                                f"cos://{bucket}/small/{tool}/small/",
                                str(down),
                            ],
                            ours_env,
                        )
                    else:
                        m = run_measured(
                            [
                                *rc,
                                "copy",
                                "--transfers",
                                "16",
                                f"sb:{bucket}/small/{tool}/small",
                                str(down / "small"),
                            ],
                            rclone_env,
                        )
                    got = sum(1 for _ in (down / "small").rglob("*.dat"))
                    assert got == args.files, f"{tool} downloaded {got} files"
                    record("small", "down", tool, size, m, rep)
                    shutil.rmtree(down, ignore_errors=True)
                clean_remote("small")
    finally:
        sandbox.stop()

    summary = []
    print("\nmedians (MB/s; ratio = Gene Desk / reference):")
    for row, direction, ref in [
        ("big", "up", "rclone"),
        ("big", "up", "curl"),
        ("big", "down", "rclone"),
        ("big", "down", "curl"),
        ("fastq", "up", "zstd|rclone"),
        ("small", "up", "rclone"),
        ("small", "down", "rclone"),
    ]:
        ours = [
            r for r in results if (r["row"], r["direction"], r["tool"]) == (row, direction, "ours")
        ]
        theirs = [
            r for r in results if (r["row"], r["direction"], r["tool"]) == (row, direction, ref)
        ]
        if not ours or not theirs:
            continue
        a = statistics.median(r["mb_s"] for r in ours)
        b = statistics.median(r["mb_s"] for r in theirs)
        rss_ours = max(r["rss_mb"] for r in ours)
        rss_theirs = max(r["rss_mb"] for r in theirs)
        entry = {
            "row": row,
            "direction": direction,
            "reference": ref,
            "ours_mb_s": a,
            "reference_mb_s": b,
            "ratio": round(a / b, 2),
            "ours_rss_mb": rss_ours,
            "reference_rss_mb": rss_theirs,
        }
        summary.append(entry)
        print(
            f"  {row:6} {direction:4} ours {a:8.1f}  {ref:12} {b:8.1f}  ratio {a / b:5.2f}"
            f"  rss ours {rss_ours:6.1f} MB / {ref} {rss_theirs:6.1f} MB"
        )
    ok = all(e["ratio"] >= 1.0 for e in summary if e["reference"] != "curl") and all(
        e["ours_rss_mb"] < RSS_LIMIT_MB for e in summary
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "rclone": _version(["rclone", "version"]),
                    "zstd": _version(["zstd", "--version"]),
                },
                "params": {
                    "big_gib": args.big_gib,
                    "fastq_gib": args.fastq_gib,
                    "files": args.files,
                    "reps": args.reps,
                },
                "runs": results,
                "summary": summary,
                "targets_met": ok,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"\ntargets met: {ok}; details in {RESULTS}")
    return 0


def run_latency_rows(args: argparse.Namespace, rows: set[str], work: Path) -> None:
    """The ``latency`` / ``mixed`` rows (bench/latency_rows.py) into transfer_latency.json."""
    import latency_rows

    load = os.getloadavg()
    runs = latency_rows.run_rows(
        work=work,
        rows=rows,
        latencies=[float(x) for x in args.latency_ms.split(",")],
        jobs_list=[int(x) for x in args.jobs_list.split(",")],
        files=args.files,
        mixed_files=args.mixed_files,
        mixed_latency=args.mixed_latency_ms,
        start_sandbox=lambda where, latency: Sandbox(where, latency),
        peer_envs=peer_envs,
        pairs=args.pairs,
        drop=not args.no_drop_caches,
    )
    summary = latency_rows.summarize(runs)
    print("\nratios (Gene Desk / rclone, same run):")
    for e in summary:
        print(
            f"  {e['row']:5} {e['latency_ms']:4g} ms j{e['jobs']:<3} {e['direction']:4}"
            f" {e['ours_mb_s']:8.1f} / {e['rclone_mb_s']:8.1f} MB/s = {e['ratio']:5.2f}"
            f" ({e['pairs']} pairs: {e['ratio_min']:.2f}..{e['ratio_max']:.2f})"
            f"  cpu {e['ours_cpu_ms_per_file']:.3f} / {e['rclone_cpu_ms_per_file']:.3f} ms/file"
            f"  rss {e['ours_rss_mb']:.0f} / {e['rclone_rss_mb']:.0f} MB"
            + (f"  synced {e['synced_ratio']:.2f}" if e.get("synced_ratio") else "")
        )
    out = RESULTS.with_name("transfer_latency.json")
    out.write_text(
        json.dumps(
            {
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "rclone": _version(["rclone", "version"]),
                    "loadavg_before": [round(x, 2) for x in load],
                    "loadavg_after": [round(x, 2) for x in os.getloadavg()],
                },
                "params": {
                    "files": args.files,
                    "latency_ms": args.latency_ms,
                    "jobs_list": args.jobs_list,
                    "mixed_files": args.mixed_files,
                    "mixed_latency_ms": args.mixed_latency_ms,
                    "pairs": args.pairs,
                },
                "runs": runs,
                "summary": summary,
                "targets_met": all(e["ratio"] >= 1.0 for e in summary)
                and all(e["ours_rss_mb"] < RSS_LIMIT_MB for e in summary),
            },
            indent=2,
        )
    )
    print(f"details in {out}")


def _version(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=10).stdout
    except OSError:
        return "missing"
    return re.split(r"\n", out.strip())[0]


if __name__ == "__main__":
    sys.exit(main())
