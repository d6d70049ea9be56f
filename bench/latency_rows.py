"""Latency-aware rows of bench/transfer_bench.py (issue 18): ``--rows latency,mixed``.

* ``latency``: ``--files`` files of 4 KiB up and down with ``gene-desk --jobs J`` against
  ``rclone copy --transfers J`` for every J of ``--jobs-list`` (16,64), on a sandbox that
  imitates every latency of ``--latency-ms`` (0,20,60; one way: ``gene-desk sandbox
  --latency-ms``, each request answered 2 x L late).
* ``mixed``: ``--mixed-files`` files from 1 KiB to 64 MiB, log-uniform (seed 18), up and down,
  ``--jobs 16`` against ``--transfers 16``, at the first latency of ``--mixed-latency-ms``.

Both peers run on the same sandbox, one after the other, in alternating order (the machine is
shared: the ratio of a pair measured together stays fair when the load moves). ``--pairs N``
measures every row N times, each pair into prefixes of its own (rclone skips files already
there); a row's ratio is the median of its pairs' ratios, with the lowest and highest beside it:
rows at the latency bound (both tools waiting on the same round trips) differ by less than one
run's noise, and a single pair cannot say which side of 1.0 they are on. Each client is a
fresh process; wall seconds, user+sys CPU and peak RSS come from GNU time (its worker processes
included). Objects are sent as they are (``--no-compress``), like rclone.

Before every timed command the dirty pages are written back (``sync``): the sandbox's writes
stand in for a remote server's and must not be written back under the next client run. The
``mixed`` row moves gigabytes, so it also drops the page cache first (as root; not with
``--no-drop-caches``), as bench/disk_download_bench.py does: otherwise a run measures how much
free memory the runs before it left (the page-cache copy of a download slows several-fold when
the kernel has to reclaim first). ``synced_seconds`` adds the ``sync`` after a run: the time
until the bytes are on the disk.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import statistics
import subprocess
from collections.abc import Callable
from pathlib import Path

from peers import GD, RCLONE, drop_caches, run_measured, tree_copies

MB = 1_000_000
MIXED_SEED = 18


def build_small(root: Path, files: int) -> Path:
    small = root / f"small-{files}"
    if not small.exists() or sum(1 for _ in small.rglob("*.dat")) != files:
        shutil.rmtree(small, ignore_errors=True)
        for i in range(files):
            d = small / f"d{i // 100:03d}"
            d.mkdir(parents=True, exist_ok=True)
            (d / f"f{i:05d}.dat").write_bytes(os.urandom(4096))
    return small


def mixed_sizes(count: int) -> list[int]:
    rng = random.Random(MIXED_SEED)
    low, high = math.log(1024), math.log(64 * 1024 * 1024)
    return [int(math.exp(rng.uniform(low, high))) for _ in range(count)]


def build_mixed(root: Path, count: int) -> Path:
    mixed = root / f"mixed-{count}"
    sizes = mixed_sizes(count)
    marker = mixed / ".complete"
    if marker.exists():
        return mixed
    shutil.rmtree(mixed, ignore_errors=True)
    block = os.urandom(64 * 1024 * 1024 + 4096)
    for i, size in enumerate(sizes):
        d = mixed / f"d{i % 10}"
        d.mkdir(parents=True, exist_ok=True)
        start = (i * 7919) % 4096
        (d / f"m{i:04d}.bin").write_bytes(block[start : start + size])
    marker.write_text(str(sum(sizes)))
    return mixed


def count_files(path: Path, pattern: str) -> int:
    return sum(1 for _ in path.rglob(pattern))


def run_rows(
    *,
    work: Path,
    rows: set[str],
    latencies: list[float],
    jobs_list: list[int],
    files: int,
    mixed_files: int,
    mixed_latency: float,
    start_sandbox: Callable[[Path, float], object],
    peer_envs: Callable[..., tuple[dict[str, str], dict[str, str]]],
    pairs: int = 1,
    drop: bool = True,
) -> list[dict]:
    """Every latency row as a dict; printed as it is measured."""
    runs: list[dict] = []
    gd, rc = GD, RCLONE
    small = build_small(work, files) if "latency" in rows else None
    mixed = build_mixed(work, mixed_files) if "mixed" in rows else None
    plan: list[tuple[str, float, list[int]]] = []
    if small is not None:
        plan += [("small", latency, jobs_list) for latency in latencies]
    if mixed is not None:
        plan.append(("mixed", mixed_latency, [16]))
    turn = 0
    for kind, latency, jobs_here in plan:
        sandbox = start_sandbox(work / f"sandbox-{kind}-{latency:g}", latency)
        info = sandbox.info  # type: ignore[attr-defined]
        home = work / f"home-{kind}-{latency:g}"
        shutil.rmtree(home, ignore_errors=True)
        ours_env, rclone_env = peer_envs(info, work, home)
        bucket = f"lat-{info['appid']}"
        subprocess.run(
            [*gd, "mb", "cos://lat", "--region", info["region"]],
            env=ours_env,
            capture_output=True,
            check=False,
        )
        source = small if kind == "small" else mixed
        assert source is not None
        nbytes = sum(
            p.stat().st_size for p in source.rglob("*") if p.is_file() and p.name[0] != "."
        )
        nfiles = count_files(source, "*.dat" if kind == "small" else "*.bin")
        try:
            for jobs, pair in [(j, n) for j in jobs_here for n in range(pairs)]:
                order = ["ours", "rclone"] if turn % 2 == 0 else ["rclone", "ours"]
                turn += 1
                for tool in order:
                    prefix = f"{kind}/{jobs}/{tool}/{pair}"
                    down = work / f"down-{kind}"
                    shutil.rmtree(down, ignore_errors=True)
                    down.mkdir()
                    up, dn = tree_copies(
                        tool, jobs, source, bucket, prefix, down, skip=(".complete",)
                    )
                    env = ours_env if tool == "ours" else rclone_env
                    for direction, argv in (("up", up), ("down", dn)):
                        # the sandbox's writes (it stands in for a remote server) and the run
                        # before must not be written back under this run; the mixed row moves
                        # gigabytes, so it also starts from the same clean page cache
                        drop_caches(drop and kind == "mixed")
                        load = os.getloadavg()[0]
                        m = run_measured(argv, env)
                        synced = m["seconds"] + drop_caches(False)
                        row = {
                            "row": kind,
                            "latency_ms": latency,
                            "jobs": jobs,
                            "direction": direction,
                            "tool": tool,
                            "pair": pair,
                            "files": nfiles,
                            "seconds": round(m["seconds"], 2),
                            "synced_seconds": round(synced, 2),
                            "mb_s": round(nbytes / MB / m["seconds"], 2),
                            "files_s": round(nfiles / m["seconds"], 1),
                            "cpu_ms_per_file": round(m["cpu_s"] * 1000 / nfiles, 3),
                            "rss_mb": round(m["rss_mb"], 1),
                            "load1_before": round(load, 2),
                        }
                        runs.append(row)
                        print(
                            f"  {kind:5} {latency:4g} ms j{jobs:<3} {direction:4} {tool:6} #{pair}"
                            f" {row['files_s']:8.1f} files/s {row['mb_s']:8.1f} MB/s"
                            f" cpu {row['cpu_ms_per_file']:6.3f} ms/file rss {row['rss_mb']:6.1f}"
                            f" MB load {load:.1f}",
                            flush=True,
                        )
                    got = count_files(down / source.name, "*.dat" if kind == "small" else "*.bin")
                    assert got == nfiles, f"{tool} downloaded {got} of {nfiles} files"
                    shutil.rmtree(down, ignore_errors=True)
                    if kind == "mixed":
                        subprocess.run(
                            [*rc, "purge", f"sb:{bucket}/{prefix}"],
                            env=rclone_env,
                            capture_output=True,
                            check=False,
                        )
        finally:
            sandbox.stop()  # type: ignore[attr-defined]
            shutil.rmtree(work / f"sandbox-{kind}-{latency:g}", ignore_errors=True)
    return runs


def summarize(runs: list[dict]) -> list[dict]:
    """One line per (row, latency, jobs, direction): the median of its pairs' ratios (ours /
    rclone measured together), their range, and each tool's median speed, CPU per file and
    highest peak RSS."""
    summary = []
    keys = sorted({(r["row"], r["latency_ms"], r["jobs"], r["direction"]) for r in runs})
    for key in keys:
        mine = [r for r in runs if (r["row"], r["latency_ms"], r["jobs"], r["direction"]) == key]
        by_pair: dict[int, dict[str, dict]] = {}
        for r in mine:
            by_pair.setdefault(r.get("pair", 0), {})[r["tool"]] = r
        complete = [p for p in by_pair.values() if "ours" in p and "rclone" in p]
        if not complete:
            continue
        ratios = sorted(p["ours"]["mb_s"] / p["rclone"]["mb_s"] for p in complete)
        # until the bytes are on the disk (Gene Desk fsyncs before it renames; rclone leaves
        # dirty pages behind): the seconds a power cut would not undo
        synced = sorted(
            p["rclone"]["synced_seconds"] / p["ours"]["synced_seconds"]
            for p in complete
            if "synced_seconds" in p["ours"] and "synced_seconds" in p["rclone"]
        )

        def median(tool: str, field: str, pairs: list[dict] = complete) -> float:
            return statistics.median(p[tool][field] for p in pairs)

        summary.append(
            {
                "row": key[0],
                "latency_ms": key[1],
                "jobs": key[2],
                "direction": key[3],
                "pairs": len(complete),
                "ours_mb_s": round(median("ours", "mb_s"), 2),
                "rclone_mb_s": round(median("rclone", "mb_s"), 2),
                "ratio": round(statistics.median(ratios), 2),
                "ratio_min": round(ratios[0], 2),
                "ratio_max": round(ratios[-1], 2),
                "synced_ratio": round(statistics.median(synced), 2) if synced else None,
                "ours_cpu_ms_per_file": round(median("ours", "cpu_ms_per_file"), 3),
                "rclone_cpu_ms_per_file": round(median("rclone", "cpu_ms_per_file"), 3),
                "ours_rss_mb": max(p["ours"]["rss_mb"] for p in complete),
                "rclone_rss_mb": max(p["rclone"]["rss_mb"] for p in complete),
            }
        )
    return summary
