#!/usr/bin/env python3
"""Codec benchmark: Gene Desk's compressor/decompressor against the zstd CLI on >= 1 GiB of FASTQ.

    python bench/codec_bench.py [--size-mib 1100] [--rounds 3] [--level 3] [--work DIR]

Input: the real reads in /work/shared/data (census.fastq.gz, nanopore_pcs109_5k.fq.gz),
decompressed and concatenated with variations (each copy starts at a different read and copies
alternate between the two sources) up to --size-mib. Repeats are ~26 MB apart, far beyond level
3's 2 MiB window, so they do not flatter the ratio.

Each measurement runs in its own child process (ours: this script in ``_child`` mode calling
``gene_desk.codec``; theirs: ``zstd -T0 -3 -c FILE > out`` and ``zstd -d -c FILE > out``) and the
sides alternate, ``--rounds`` times. Wall time covers the whole child (start-up included, for
both); peak RSS (and CPU seconds, user + system) come from GNU time for the child alone
(``os.wait4`` without it). MB/s are of uncompressed
bytes (10^6 bytes per MB). Before each run the page cache's dirty pages are flushed (``sync``,
outside the timing), so no run pays for the previous run's write-back. The median of the rounds
goes in the table; every run goes in bench/results/codec.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("GENE_DESK_SHARED_DATA", "/work/shared/data"))
RESULTS = ROOT / "bench" / "results" / "codec.json"
TARGET_SPEED = 0.95  # ours >= 95% of zstd's compression throughput
TARGET_RSS_MB = 300


def build_input(path: Path, size: int) -> None:
    """Concatenate varied copies of the two FASTQ sources until ``size`` bytes."""
    if path.exists() and path.stat().st_size >= size:
        return
    sources = []
    for name in ("census.fastq.gz", "nanopore_pcs109_5k.fq.gz"):
        with gzip.open(DATA / name, "rb") as f:
            records = f.read().split(b"\n@")
        sources.append([records[0]] + [b"@" + r for r in records[1:]])
    tmp = path.with_suffix(".part")
    written = 0
    copy = 0
    with open(tmp, "wb") as out:
        while written < size:
            records = sources[copy % 2]
            shift = (copy * 7919) % len(records)  # start each copy at a different read
            for part in (records[shift:], records[:shift]):
                data = b"\n".join(part) + b"\n"
                data = data if data.startswith(b"@") else b"@" + data
                out.write(data)
                written += len(data)
            copy += 1
    os.replace(tmp, path)


def run_child(argv: list[str], stdout_path: Path | None = None) -> dict:
    """Run one measurement; wall seconds and the child's own peak RSS (MB).

    Peak RSS comes from GNU time (``/usr/bin/time -f %M``) when present: ``ru_maxrss`` of a
    direct child of this (bigger) process would start from this process's high-water mark,
    because Linux carries it across fork+exec. Without GNU time, ``os.wait4`` is the fallback.
    """
    gnu_time = Path("/usr/bin/time")
    rss_file = RESULTS.parent / ".rss.tmp"
    fmt = "%M %U %S"
    cmd = [str(gnu_time), "-f", fmt, "-o", str(rss_file), *argv] if gnu_time.exists() else argv
    # Start every run with no dirty pages from the previous one: otherwise whoever runs second
    # pays for the first one's write-back (outputs are GBs on a shared virtual disk).
    os.sync()
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL  # noqa: SIM115
    try:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
    finally:
        if stdout_path:
            out.close()
    if proc.returncode:
        raise SystemExit(f"{argv[:3]} failed ({proc.returncode}): {err}")
    if gnu_time.exists():
        fields = rss_file.read_text().split()[-3:]
        rss_kb, cpu = int(fields[0]), float(fields[1]) + float(fields[2])
        rss_file.unlink()
    else:
        rss_kb = usage.ru_maxrss  # Linux: kilobytes
        cpu = usage.ru_utime + usage.ru_stime
    return {"seconds": seconds, "rss_mb": rss_kb / 1024, "cpu_seconds": cpu}


def child(args: list[str]) -> None:
    """_child compress IN OUTDIR LEVEL | _child decompress IN OUTDIR"""
    sys.path.insert(0, str(ROOT))
    from gene_desk.codec import compress_path, decompress_path

    if args[0] == "compress":
        compress_path(args[1], args[2], level=int(args[3]), on_conflict="overwrite")
    else:
        decompress_path(args[1], args[2], on_conflict="overwrite")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        child(sys.argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=1100, help="input size (>= 1024)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--level", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/gene-desk-bench"))
    parser.add_argument("--keep", action="store_true", help="keep the work folder's outputs")
    args = parser.parse_args()
    if shutil.which("zstd") is None:
        print("the zstd CLI is needed", file=sys.stderr)
        return 2

    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    src = work / "reads.fastq"
    print(f"building {args.size_mib} MiB of FASTQ in {src} ...", flush=True)
    build_input(src, args.size_mib << 20)
    size = src.stat().st_size
    ours_dir = work / "ours"
    dec_dir = work / "ours-out"
    ours_dir.mkdir(exist_ok=True)
    dec_dir.mkdir(exist_ok=True)
    ours_zst = ours_dir / (src.name + ".zst")
    cli_zst = work / "cli.fastq.zst"
    cli_out = work / "cli-out.fastq"
    me = [sys.executable, str(Path(__file__).resolve()), "_child"]
    level = str(args.level)

    runs: dict[str, list[dict]] = {k: [] for k in ("ours_c", "zstd_c", "ours_d", "zstd_d")}
    for rnd in range(args.rounds):
        # alternate who goes first each round
        order = ["ours", "zstd"] if rnd % 2 == 0 else ["zstd", "ours"]
        for side in order:
            if side == "ours":
                r = run_child([*me, "compress", str(src), str(ours_dir), level])
                r["output_bytes"] = ours_zst.stat().st_size
                runs["ours_c"].append(r)
            else:
                r = run_child(["zstd", "-q", "-T0", f"-{level}", "-c", str(src)], cli_zst)
                r["output_bytes"] = cli_zst.stat().st_size
                runs["zstd_c"].append(r)
            print(
                f"round {rnd + 1} compress   {side:5} {size / r['seconds'] / 1e6:7.1f} MB/s"
                f"  cpu {r['cpu_seconds']:5.2f} s  rss {r['rss_mb']:6.1f} MB",
                flush=True,
            )
        for side in order:
            if side == "ours":
                r = run_child([*me, "decompress", str(ours_zst), str(dec_dir)])
                runs["ours_d"].append(r)
                out_file = dec_dir / src.name
            else:
                r = run_child(["zstd", "-q", "-d", "-c", str(ours_zst)], cli_out)
                runs["zstd_d"].append(r)
                out_file = cli_out
            if out_file.stat().st_size != size:
                raise SystemExit(f"{side} decompressed {out_file.stat().st_size} bytes, not {size}")
            print(
                f"round {rnd + 1} decompress {side:5} {size / r['seconds'] / 1e6:7.1f} MB/s"
                f"  cpu {r['cpu_seconds']:5.2f} s  rss {r['rss_mb']:6.1f} MB",
                flush=True,
            )
            out_file.unlink()

    # one extra, informative row: our decompressor on the zstd CLI's single-frame output
    r = run_child([*me, "decompress", str(cli_zst), str(dec_dir)])
    (dec_dir / cli_zst.name.removesuffix(".zst")).unlink()
    runs["ours_d_cli_file"] = [r]

    def row(key: str) -> dict:
        secs = statistics.median(x["seconds"] for x in runs[key])
        rss = max(x["rss_mb"] for x in runs[key])
        out = {
            "mb_per_s": size / secs / 1e6,
            "seconds_median": secs,
            "cpu_seconds_median": statistics.median(x["cpu_seconds"] for x in runs[key]),
            "peak_rss_mb": rss,
            "runs": runs[key],
        }
        if "output_bytes" in runs[key][0]:
            out["ratio"] = size / runs[key][0]["output_bytes"]
        return out

    table = {k: row(k) for k in runs}
    speed_ratio = table["ours_c"]["mb_per_s"] / table["zstd_c"]["mb_per_s"]
    result = {
        "input": {"bytes": size, "description": "varied copies of census + nanopore FASTQ"},
        "level": args.level,
        "rounds": args.rounds,
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_at_end": os.getloadavg(),
            "python": platform.python_version(),
            "zstd_cli": subprocess.run(
                ["zstd", "-V"], capture_output=True, text=True, check=False
            ).stdout.strip(),
            "platform": platform.platform(),
        },
        "results": table,
        "compress_speed_vs_zstd": speed_ratio,
        "targets": {
            "compress_speed_vs_zstd_min": TARGET_SPEED,
            "peak_rss_mb_max": TARGET_RSS_MB,
            "speed_met": speed_ratio >= TARGET_SPEED,
            "rss_met": max(table["ours_c"]["peak_rss_mb"], table["ours_d"]["peak_rss_mb"])
            < TARGET_RSS_MB,
        },
    }
    labels = {
        "ours_c": "compress    gene-desk",
        "zstd_c": "compress    zstd -T0 -3",
        "ours_d": "decompress  gene-desk",
        "zstd_d": "decompress  zstd -d",
        "ours_d_cli_file": "decompress  gene-desk (zstd CLI's file)",
    }
    print()
    print(
        f"input: {size / 2**20:.0f} MiB FASTQ, level {args.level}, {args.rounds} rounds "
        f"(median), {os.cpu_count()} CPUs"
    )
    print(f"{'':42} {'MB/s':>8} {'ratio':>7} {'peak RSS':>10} {'CPU s':>7}")
    for key, label in labels.items():
        t = table[key]
        ratio = f"{t['ratio']:.3f}" if "ratio" in t else ""
        print(
            f"{label:42} {t['mb_per_s']:8.1f} {ratio:>7} {t['peak_rss_mb']:7.1f} MB"
            f" {t['cpu_seconds_median']:7.2f}"
        )
    print(
        f"\ncompression throughput vs zstd CLI: {speed_ratio * 100:.1f}% "
        f"(target >= {TARGET_SPEED * 100:.0f}%)"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"written {RESULTS.relative_to(ROOT)}")
    if not args.keep:
        for p in (ours_zst, cli_zst):
            p.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
