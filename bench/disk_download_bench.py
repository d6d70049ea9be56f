#!/usr/bin/env python3
"""Large downloads to a real disk: Gene Desk against ``rclone copyto`` and ``curl --aws-sigv4``.

    python bench/disk_download_bench.py [--sizes-gib 1,4] [--reps 3] [--dest DIR]
                                        [--store DIR] [--parts 4] [--no-drop-caches]

Issue 18 part 3. The objects live in the sandbox (``gene-desk sandbox``, its data in ``--store``,
by default /dev/shm, so the server reads from memory and only the client's side touches the
disk); each client downloads into ``--dest`` (default /var/tmp/gd-disk-bench, which must be on
a disk filesystem, not tmpfs: the script refuses tmpfs). Before every run the destination is
emptied and, as root, ``sync; echo 3 > /proc/sys/vm/drop_caches`` runs, so every run starts
with the same clean page cache and no dirty pages of the previous run being written back.

Per row the three tools run in rotating order, ``--reps`` times; medians are reported, every run
is kept in bench/results/disk_download.json. ``seconds`` is the process's wall time (what a user
waits for); ``synced_seconds`` adds the ``sync`` that follows, i.e. until the bytes are on the
disk (Gene Desk fsyncs before it renames, the peers leave dirty pages behind).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from peers import (  # noqa: E402
    GD,
    RCLONE,
    base_env,
    curl_sigv4,
    drop_caches,
    peer_envs,
    run_measured,
)
from transfer_bench import Sandbox  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "disk_download.json"
MB = 1_000_000
GiB = 1024**3
TOOLS = ("ours", "rclone", "curl")


def fs_type(path: Path) -> str:
    out = subprocess.run(
        ["findmnt", "-n", "-o", "FSTYPE,SOURCE,TARGET", "-T", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def make_source(path: Path, size: int) -> None:
    block = os.urandom(64 * 1024 * 1024)
    with path.open("wb") as fh:
        written = 0
        while written < size:
            chunk = block[: size - written]
            fh.write(chunk)
            written += len(chunk)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes-gib", default="1,4")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--dest", type=Path, default=Path("/var/tmp/gd-disk-bench"))
    ap.add_argument("--store", type=Path, default=Path("/dev/shm/gd-disk-bench"))
    ap.add_argument("--parts", type=int, default=4, help="gene-desk --parts")
    ap.add_argument("--part-size", default="", help="gene-desk --part-size (default: auto)")
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="a checkout of an earlier Gene Desk (git worktree): adds the row 'base', run from"
        " there in the same rotation, for before/after figures",
    )
    ap.add_argument("--no-drop-caches", action="store_true")
    ap.add_argument("--label", default="", help="stored with the runs (e.g. before/after)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args()
    drop = not args.no_drop_caches
    tools = args.tools.split(",")
    if args.baseline is not None and "base" not in tools:
        tools.append("base")
    args.dest.mkdir(parents=True, exist_ok=True)
    dest_fs = fs_type(args.dest)
    if dest_fs.split()[0] in ("tmpfs", "ramfs"):
        print(f"--dest {args.dest} is on {dest_fs}: pick a disk folder", file=sys.stderr)
        return 2
    print(f"destination {args.dest}: {dest_fs}", flush=True)
    shutil.rmtree(args.store, ignore_errors=True)
    args.store.mkdir(parents=True)
    sandbox = Sandbox(args.store)
    info = sandbox.info
    bucket = f"bench-{info['appid']}"
    cos = f"http://{info['cos_endpoint']}"
    home = args.store / "home"
    ours_env, rclone_env = peer_envs(info, args.store, home)
    plain_env = base_env()
    gd, rc, sigv4 = GD, RCLONE, curl_sigv4(info)
    sizes = [int(float(s) * GiB) for s in args.sizes_gib.split(",")]
    runs: list[dict] = []
    try:
        subprocess.run(
            [*gd, "mb", "cos://bench", "--region", info["region"]],
            env=ours_env,
            check=True,
            capture_output=True,
        )
        for size in sizes:
            src = args.store / "src.bin"
            make_source(src, size)
            subprocess.run(
                [*rc, "copyto", str(src), f"sb:{bucket}/disk/{size}.bin"],
                env=rclone_env,
                check=True,
                capture_output=True,
            )
            src.unlink()
        for rep in range(args.reps):
            for size in sizes:
                order = tools[rep % len(tools) :] + tools[: rep % len(tools)]
                for tool in order:
                    down = args.dest / "down"
                    shutil.rmtree(down, ignore_errors=True)
                    down.mkdir()
                    drop_caches(drop)
                    load = os.getloadavg()[0]
                    key = f"disk/{size}.bin"
                    if tool in ("ours", "base"):
                        argv = [*gd, "download", "--jobs", "1", "--parts", str(args.parts)]
                        if args.part_size:
                            argv += ["--part-size", args.part_size]
                        env = ours_env
                        if tool == "base":  # python -m gene_desk finds the package in its cwd
                            argv = ["/usr/bin/env", "-C", str(args.baseline), *argv]
                            # its own journal: an older schema refuses a newer journal
                            env = {**ours_env, "GENE_DESK_HOME": f"{home}-base"}
                        m = run_measured([*argv, f"cos://{bucket}/{key}", str(down)], env)
                    elif tool == "rclone":
                        m = run_measured(
                            [*rc, "copyto", f"sb:{bucket}/{key}", str(down / f"{size}.bin")],
                            rclone_env,
                        )
                    else:
                        m = run_measured(
                            [*sigv4, "-o", str(down / f"{size}.bin"), f"{cos}/{bucket}/{key}"],
                            plain_env,
                        )
                    synced = m["seconds"] + drop_caches(False)
                    got = (down / f"{size}.bin").stat().st_size
                    assert got == size, f"{tool} wrote {got} of {size} bytes"
                    row = {
                        "label": args.label,
                        "gib": size / GiB,
                        "tool": tool,
                        "rep": rep,
                        "seconds": round(m["seconds"], 3),
                        "synced_seconds": round(synced, 3),
                        "mb_s": round(size / MB / m["seconds"], 1),
                        "rss_mb": round(m["rss_mb"], 1),
                        "load1": round(load, 2),
                    }
                    runs.append(row)
                    print(json.dumps(row), flush=True)
                    shutil.rmtree(down, ignore_errors=True)
    finally:
        sandbox.stop()
        shutil.rmtree(args.store, ignore_errors=True)
    summary = []
    for size in sizes:
        gib = size / GiB
        med = {}
        for tool in tools:
            rows = [r for r in runs if r["gib"] == gib and r["tool"] == tool]
            med[tool] = {
                "seconds": statistics.median(r["seconds"] for r in rows),
                "synced_seconds": statistics.median(r["synced_seconds"] for r in rows),
                "rss_mb": max(r["rss_mb"] for r in rows),
            }
        for peer in [t for t in tools if t != "ours"]:
            if "ours" not in med:
                continue
            summary.append(
                {
                    "gib": gib,
                    "peer": peer,
                    "ours_mb_s": round(size / MB / med["ours"]["seconds"], 1),
                    "peer_mb_s": round(size / MB / med[peer]["seconds"], 1),
                    "ratio": round(med[peer]["seconds"] / med["ours"]["seconds"], 2),
                    "synced_ratio": round(
                        med[peer]["synced_seconds"] / med["ours"]["synced_seconds"], 2
                    ),
                    "ours_rss_mb": med["ours"]["rss_mb"],
                    "peer_rss_mb": med[peer]["rss_mb"],
                }
            )
    for s in summary:
        print(
            f"{s['gib']:.0f} GiB vs {s['peer']:6}: ours {s['ours_mb_s']:7.1f} MB/s,"
            f" peer {s['peer_mb_s']:7.1f} MB/s, ratio {s['ratio']:.2f}"
            f" (synced {s['synced_ratio']:.2f}),"
            f" rss {s['ours_rss_mb']:.0f} / {s['peer_rss_mb']:.0f} MB",
            flush=True,
        )
    old = json.loads(args.out.read_text()) if args.out.exists() else {"sets": []}
    old["sets"].append(
        {
            "label": args.label,
            "dest": str(args.dest),
            "dest_fs": dest_fs,
            "params": {k: str(v) for k, v in vars(args).items()},
            "runs": runs,
            "summary": summary,
        }
    )
    args.out.write_text(json.dumps(old, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
