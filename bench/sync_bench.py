#!/usr/bin/env python3
"""``gene-desk sync`` against ``rclone sync`` on the same sandbox, in one run.

    python bench/sync_bench.py [--files 10000] [--changed 0.01] [--nochange-files 100000]
                               [--reps 3] [--rows changed,nochange] [--work DIR]

Rows (tools alternated in a rotating order, repeated ``--reps`` times; medians reported,
every run kept in bench/results/sync.json):

* ``changed``: a tree of 10,000 files (4-12 KiB of FASTQ-like text, 100 per folder) synced to
  COS once (not timed); then, each round, 1% of the files get new content of the same size and
  a new mtime, and each tool syncs the tree to its own prefix: ``gene-desk sync`` (defaults:
  zstd, CRC-64 from its cache) against ``rclone sync --checksum`` (sizes and MD5s; every local
  file is hashed) and ``rclone sync`` (sizes and modification times).
* ``nochange``: a tree of 100,000 small files (64-512 bytes) synced once (not timed); then the
  re-sync with nothing changed, same three tools.

Every file carries an old, fixed mtime (files written long before they are synced, as a
sequencer's are): Gene Desk's cache does not remember a file modified within 2 s of being read.
The sandbox runs in its own process (``gene-desk sandbox``); every client is a fresh process
(CLI start-up and login included) whose peak RSS is measured with GNU time. rclone runs without
AWS_* variables (no AWS_CA_BUNDLE: the sandbox is plain HTTP). The ratio is rclone's time / Gene
Desk's (>= 1.0: Gene Desk at least as fast). Targets: >= 1.0 against both rclone modes, peak RSS
< 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from peers import GD, RCLONE, peer_envs, run_measured
from transfer_bench import RSS_LIMIT_MB, Sandbox, _version

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "sync.json"
OLD = 1_600_000_000  # 2020-09-13: every file's mtime (changed files get OLD + round)
TOOLS = ("ours", "rclone-checksum", "rclone-default")


def _text(rng: random.Random, size: int) -> bytes:
    """FASTQ-like text of exactly ``size`` bytes (compressible, like real reads)."""
    lines = []
    total = 0
    n = 0
    while total < size:
        seq = "".join(rng.choices("ACGT", k=60))
        rec = f"@r{n}\n{seq}\n+\n{'I' * 60}\n"
        lines.append(rec)
        total += len(rec)
        n += 1
    return "".join(lines).encode()[:size]


def build_tree(root: Path, files: int, low: int, high: int, seed: int) -> list[Path]:
    marker = root / ".complete"
    paths = [root / f"d{i // 100:04d}" / f"f{i:06d}.fastq" for i in range(files)]
    if marker.exists() and marker.read_text() == f"{files} {low} {high} {seed}":
        return paths
    shutil.rmtree(root, ignore_errors=True)
    rng = random.Random(seed)
    pool = _text(rng, 1 << 20)
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        size = rng.randint(low, high)
        start = rng.randrange(0, len(pool) - size)
        path.write_bytes(pool[start : start + size])
        os.utime(path, ns=(OLD * 10**9, OLD * 10**9))
    marker.write_text(f"{files} {low} {high} {seed}")
    os.utime(marker, ns=(OLD * 10**9, OLD * 10**9))
    return paths


def change_some(paths: list[Path], fraction: float, rnd: int) -> int:
    """New content of the same size and a new (still old) mtime for ``fraction`` of the files."""
    rng = random.Random(1000 + rnd)
    chosen = rng.sample(paths, max(1, int(len(paths) * fraction)))
    when = (OLD + 1000 * (rnd + 1)) * 10**9
    for path in chosen:
        size = path.stat().st_size
        path.write_bytes(_text(rng, size))
        os.utime(path, ns=(when, when))
    return len(chosen)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--changed", type=float, default=0.01)
    ap.add_argument("--nochange-files", type=int, default=100_000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--rows", default="changed,nochange")
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args()
    rows = [r for r in ("changed", "nochange") if r in args.rows.split(",")]
    for tool in ("rclone", "/usr/bin/time"):
        if not shutil.which(tool):
            print(f"missing {tool}: apt-get install {tool}", file=sys.stderr)
            return 2
    work = args.work or Path(tempfile.mkdtemp(prefix="gd-sync-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work dir {work}; building trees...", flush=True)
    trees = {}
    if "changed" in rows:
        trees["changed"] = build_tree(work / "tree10k", args.files, 4096, 12288, 1)
    if "nochange" in rows:
        trees["nochange"] = build_tree(work / "tree100k", args.nochange_files, 64, 512, 2)
    sandbox = Sandbox(work)
    info = sandbox.info
    bucket = f"bench-{info['appid']}"
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)  # a fresh journal and cache
    ours_env, rclone_env = peer_envs(info, work, home)
    # bytecode cached as an installed app has it (this machine sets PYTHONDONTWRITEBYTECODE)
    ours_env.pop("PYTHONDONTWRITEBYTECODE", None)
    ours_env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")

    def command(tool: str, tree: Path, row: str) -> tuple[list[str], dict[str, str]]:
        if tool == "ours":
            return [*GD, "sync", str(tree), f"cos://bench/{row}/ours/"], ours_env
        flags = ["--checksum"] if tool == "rclone-checksum" else []
        target = f"sb:{bucket}/{row}/{tool}/"
        return [*RCLONE, "sync", *flags, str(tree), target], rclone_env

    results: list[dict] = []
    load = os.getloadavg()
    try:
        subprocess.run(
            [*GD, "mb", "cos://bench", "--region", info["region"]],
            env=ours_env,
            check=False,
            capture_output=True,
        )
        for row in rows:
            tree = trees[row][0].parents[1]
            print(f"{row}: first sync of {len(trees[row])} files (not timed)", flush=True)
            for tool in TOOLS:
                start = time.perf_counter()
                m = run_measured(*command(tool, tree, row))
                print(f"  {tool:16} {time.perf_counter() - start:7.1f} s (first)", flush=True)
                results.append({"row": row, "tool": tool, "rep": -1, **m})
        for rep in range(args.reps):
            print(f"round {rep + 1}/{args.reps} (load {os.getloadavg()[0]:.1f})", flush=True)
            for row in rows:
                tree = trees[row][0].parents[1]
                changed = 0
                if row == "changed":
                    changed = change_some(trees[row], args.changed, rep)
                order = TOOLS[rep % 3 :] + TOOLS[: rep % 3]
                for tool in order:
                    m = run_measured(*command(tool, tree, row))
                    results.append({"row": row, "tool": tool, "rep": rep, "changed": changed, **m})
                    print(
                        f"  {row:8} {tool:16} {m['seconds']:7.2f} s  rss {m['rss_mb']:6.1f} MB",
                        flush=True,
                    )
        # what ours left on COS is the tree: a dry run finds nothing to do
        for row in rows:
            tree = trees[row][0].parents[1]
            out = subprocess.run(
                [*GD, "sync", "--dry-run", "--json", str(tree), f"cos://bench/{row}/ours/"],
                env=ours_env,
                capture_output=True,
                text=True,
                check=True,
            )
            counts = json.loads(out.stdout)["plan"]["counts"]
            assert counts["new"] == counts["changed"] == counts["extra"] == 0, counts
    finally:
        sandbox.stop()

    summary = []
    print("\nmedians (seconds; ratio = rclone / Gene Desk, >= 1.0: Gene Desk as fast or faster):")
    for row in rows:
        timed = [r for r in results if r["row"] == row and r["rep"] >= 0]
        ours = statistics.median(r["seconds"] for r in timed if r["tool"] == "ours")
        ours_rss = max(r["rss_mb"] for r in results if r["row"] == row and r["tool"] == "ours")
        for ref in TOOLS[1:]:
            theirs = statistics.median(r["seconds"] for r in timed if r["tool"] == ref)
            ref_rss = max(r["rss_mb"] for r in timed if r["tool"] == ref)
            entry = {
                "row": row,
                "reference": ref,
                "ours_s": round(ours, 2),
                "reference_s": round(theirs, 2),
                "ratio": round(theirs / ours, 2),
                "ours_rss_mb": round(ours_rss, 1),
                "reference_rss_mb": round(ref_rss, 1),
            }
            summary.append(entry)
            print(
                f"  {row:8} ours {ours:7.2f} s  {ref:16} {theirs:7.2f} s  ratio"
                f" {theirs / ours:5.2f}  rss ours {ours_rss:6.1f} MB / {ref_rss:6.1f} MB"
            )
    ok = all(e["ratio"] >= 1.0 and e["ours_rss_mb"] < RSS_LIMIT_MB for e in summary)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "rclone": _version(["rclone", "version"]),
                    "load_at_start": [round(x, 1) for x in load],
                    "load_at_end": [round(x, 1) for x in os.getloadavg()],
                    "note": "shared 2-core machine; other people's tests ran meanwhile",
                },
                "params": {
                    "files": args.files,
                    "changed": args.changed,
                    "nochange_files": args.nochange_files,
                    "reps": args.reps,
                },
                "runs": results,
                "summary": summary,
                "targets_met": ok,
            },
            indent=2,
        )
    )
    print(f"\ntargets met: {ok}; details in {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
