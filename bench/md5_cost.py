#!/usr/bin/env python3
"""What recording the original's MD5 costs on a compressed upload, measured in one run.

    python bench/md5_cost.py [--gib 1] [--reps 5] [--work DIR]

A FASTQ of ``--gib`` GiB is built by repeating ../shared/data/census.fastq.gz, decompressed
(read names varied per copy). ``gene-desk upload`` (zstd level 3, multipart) sends it to a
sandbox in its own process, with the MD5 (the default) and with ``--no-md5``, alternated in each
round so both see the same machine state; the median of each is reported with the ratio. Rates
are MB/s (10^6 bytes) of the original bytes. Issue 16: the MD5 becomes an opt-out setting if
it costs more than 10% of throughput. Results are kept in bench/results/md5_cost.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from transfer_bench import MB, SHARED, Sandbox, peer_envs


def run_measured(argv: list[str], env: dict[str, str]) -> dict:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of the client process, by
    GNU time. CPU seconds are the steadier figure on a shared machine: other load stretches
    the wall time of both variants, not the work each does."""
    with tempfile.NamedTemporaryFile("r") as out:
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%e %U %S %M", "-o", out.name, *argv],
            env=env,
            capture_output=True,
            text=True,
        )
        if proc.returncode:
            raise RuntimeError(f"{argv!r} failed: {proc.stderr[-2000:]}")
        wall, user, system, rss = out.read().split()[-4:]
    return {
        "seconds": float(wall),
        "cpu_seconds": round(float(user) + float(system), 2),
        "rss_mb": int(rss) / 1024,
    }


ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "md5_cost.json"


def build_fastq(path: Path, gib: float) -> Path:
    target = int(gib * 1024**3)
    if path.exists() and path.stat().st_size == target:
        return path
    raw = gzip.decompress((SHARED / "census.fastq.gz").read_bytes())
    with path.open("wb") as fh:
        written, copy = 0, 0
        while written < target:
            data = raw.replace(b"\n@", f"\n@c{copy}_".encode()) if copy else raw
            data = data[: target - written]
            fh.write(data)
            written += len(data)
            copy += 1
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--gib", type=float, default=1.0)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="gd-md5-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work dir {work}; building the FASTQ...", flush=True)
    fastq = build_fastq(work / "reads.fastq", args.gib)
    size = fastq.stat().st_size
    sandbox = Sandbox(work)
    info = sandbox.info
    home = work / "home"
    env, _ = peer_envs(info, work, home)
    gd = [sys.executable, "-m", "gene_desk"]
    runs: list[dict] = []
    try:
        subprocess.run(
            [*gd, "mb", "cos://bench", "--region", info["region"]],
            env=env,
            check=False,
            capture_output=True,
        )
        bucket = f"bench-{info['appid']}"
        for rep in range(args.reps):
            order = ["md5", "no-md5"] if rep % 2 == 0 else ["no-md5", "md5"]
            for variant in order:
                extra = ["--no-md5"] if variant == "no-md5" else []
                argv = [*gd, "upload", *extra, "--jobs", "1", "--parts", "4", str(fastq)]
                m = run_measured([*argv, f"cos://{bucket}/md5/{variant}/"], env)
                rate = size / MB / m["seconds"]
                runs.append({"variant": variant, "rep": rep, **m, "mb_s": round(rate, 1)})
                print(
                    f"  round {rep + 1} {variant:7} {rate:8.1f} MB/s  cpu {m['cpu_seconds']:6.1f} s"
                    f"  rss {m['rss_mb']:.0f} MB",
                    flush=True,
                )
    finally:
        sandbox.stop()
    median = {
        v: statistics.median(r["mb_s"] for r in runs if r["variant"] == v)
        for v in ("md5", "no-md5")
    }
    cpu = {
        v: statistics.median(r["cpu_seconds"] for r in runs if r["variant"] == v)
        for v in ("md5", "no-md5")
    }
    ratio = median["md5"] / median["no-md5"]
    cost = 1 - ratio
    extra_cpu = cpu["md5"] / cpu["no-md5"] - 1
    print(
        f"median: with MD5 {median['md5']:.1f} MB/s, without {median['no-md5']:.1f} MB/s;"
        f" ratio {ratio:.3f} (cost {cost * 100:.1f}% of throughput); client CPU"
        f" {cpu['md5']:.1f} s vs {cpu['no-md5']:.1f} s (+{extra_cpu * 100:.1f}%)"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "input_bytes": size,
        "machine": {"cpus": __import__("os").cpu_count(), "python": platform.python_version()},
        "runs": runs,
        "median_mb_s": median,
        "median_cpu_seconds": cpu,
        "ratio": round(ratio, 4),
    }
    RESULTS.write_text(json.dumps(record, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
