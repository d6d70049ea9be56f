#!/usr/bin/env python3
"""CPU per small object (user + sys of the client only), on one sandbox, in one run.

    python bench/cpu_per_object.py [--objects 2000] [--files 10000] [--size 4096]
                                   [--rows sdk,today,lean,cli] [--label NAME] [--work DIR]

Rows:

* ``sdk``: bare cos-python-sdk-v5 (its own ``requests`` session): ``put_object`` then
  ``get_object`` (body read) of ``--objects`` objects of ``--size`` bytes, one thread.
* ``today``: the engine's SDK request path: the same calls through ``CosClients.call`` (one
  retry/error/refresh path) with the SDK over ``storage.http.LiteSession``.
* ``lean``: the same calls through ``CosClients.call(..., lean=True)``: requests built and
  signed by ``storage.lean`` on the same pool (absent before issue 18).
* ``sizes``: ``today`` and ``lean`` PUT/GET at 64 KiB .. 4 MiB (where the lean path stops
  paying: how ``storage.lean.LEAN_MAX`` was chosen).
* ``cli``: whole items, as a user runs them: ``gene-desk upload --no-compress --jobs 16`` and
  ``gene-desk download --jobs 16`` of ``--files`` files against ``rclone copy --transfers 16``;
  CPU from ``os.wait4`` of each command (its worker processes included: they are waited for).

In-process rows read ``resource.getrusage(RUSAGE_SELF)`` around the loop; the sandbox runs in
its own process, so its CPU is not counted. Results go to bench/results/cpu_per_object.json
(a run with ``--label`` keeps earlier labels' entries, e.g. ``before`` and ``after``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from peers import GD, peer_envs, tree_copies  # noqa: E402
from transfer_bench import Sandbox  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "cpu_per_object.json"


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _measure(label: str, n: int, fn) -> dict:
    """CPU ms per call of ``fn(i)`` over ``n`` calls (after 50 warm-up calls)."""
    for i in range(min(50, n)):
        fn(i)
    start_cpu, start = _cpu(), time.perf_counter()
    for i in range(n):
        fn(i)
    cpu, wall = _cpu() - start_cpu, time.perf_counter() - start
    row = {
        "row": label,
        "n": n,
        "cpu_ms": round(cpu * 1000 / n, 3),
        "wall_ms": round(wall * 1000 / n, 3),
    }
    print(f"  {label:22} {row['cpu_ms']:7.3f} ms CPU / object   ({row['wall_ms']:.3f} ms wall)")
    return row


def in_process_rows(info: dict, rows: set[str], n: int, size: int) -> list[dict]:
    from qcloud_cos import CosConfig, CosS3Client

    from gene_desk.account.session import AccountSession
    from gene_desk.storage import CosClients

    session = AccountSession.login(info["account_url"], info["demo_account"], info["demo_password"])
    creds = session.credentials()
    region = info["region"]
    bucket = f"cpubench-{creds.appid}"
    clients = CosClients(session.credentials, session.invalidate_credentials)
    try:
        clients.call(region, "mb", lambda c: c.create_bucket(Bucket=bucket))
    except Exception:
        pass
    body = os.urandom(size)
    out: list[dict] = []
    if "sdk" in rows:
        conf = CosConfig(
            Region=region,
            SecretId=creds.secret_id,
            SecretKey=creds.secret_key,
            Token=creds.token,
            Scheme="http",
            Proxies={"http": f"http://{info['cos_endpoint']}"},
        )
        sdk = CosS3Client(conf, retry=0)
        out.append(
            _measure(
                "sdk put_object",
                n,
                lambda i: sdk.put_object(Bucket=bucket, Key=f"s/{i}", Body=body),
            )
        )
        out.append(
            _measure(
                "sdk get_object",
                n,
                lambda i: (
                    sdk.get_object(Bucket=bucket, Key=f"s/{i}")["Body"].get_raw_stream().read()
                ),
            )
        )

    def engine_rows(name: str, **kw) -> None:
        def put(i: int) -> None:
            clients.call(
                region, "put", lambda c: c.put_object(Bucket=bucket, Key=f"e/{i}", Body=body), **kw
            )

        def get(i: int) -> None:
            def fetch(c):
                raw = c.get_object(Bucket=bucket, Key=f"e/{i}")["Body"].get_raw_stream()
                data = raw.read()
                raw.release_conn()
                return data

            clients.call(region, "get", fetch, **kw)

        def head(i: int) -> None:
            clients.call(region, "head", lambda c: c.head_object(Bucket=bucket, Key=f"e/{i}"), **kw)

        out.append(_measure(f"{name} put_object", n, put))
        out.append(_measure(f"{name} get_object", n, get))
        out.append(_measure(f"{name} head_object", n, head))

    if "today" in rows:
        engine_rows("today")
    if "lean" in rows:
        engine_rows("lean", lean=True)
    if "sizes" in rows:  # where the lean path stops paying: its saving against the object's CPU
        for big in (64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024):
            data = os.urandom(big)
            count = max(50, n * 4096 // big)
            for name, kw in (("today", {}), ("lean", {"lean": True})):

                def put(i: int, data=data, kw=kw) -> None:
                    clients.call(
                        region,
                        "put",
                        lambda c: c.put_object(Bucket=bucket, Key=f"z/{i}", Body=data),
                        **kw,
                    )

                def get(i: int, kw=kw) -> None:
                    def fetch(c):
                        raw = c.get_object(Bucket=bucket, Key=f"z/{i}")["Body"].get_raw_stream()
                        while raw.read(1024 * 1024):
                            pass
                        raw.release_conn()

                    clients.call(region, "get", fetch, **kw)

                out.append(_measure(f"{name} put {big // 1024} KiB", count, put))
                out.append(_measure(f"{name} get {big // 1024} KiB", count, get))
    session.logout()
    return out


def cli_rows(info: dict, work: Path, files: int, size: int, jobs: int, reps: int) -> list[dict]:
    src = work / "small"
    if not src.exists() or sum(1 for _ in src.rglob("*.dat")) != files:
        shutil.rmtree(src, ignore_errors=True)
        for i in range(files):
            d = src / f"d{i // 100:03d}"
            d.mkdir(parents=True, exist_ok=True)
            (d / f"f{i:05d}.dat").write_bytes(os.urandom(size))
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)
    ours, rclone = peer_envs(info, work, home)
    bucket = f"cpucli-{info['appid']}"
    subprocess.run(
        [*GD, "mb", "cos://cpucli", "--region", info["region"]], env=ours, capture_output=True
    )
    out: list[dict] = []

    def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{argv} failed: {err[-1500:]}")
        return usage.ru_utime + usage.ru_stime, wall

    stamp = int(time.time())  # a fresh prefix per run: rclone copy skips objects already there
    samples: dict[str, list[tuple[float, float]]] = {}
    for rep in range(reps):
        for tool in ("ours", "rclone") if rep % 2 == 0 else ("rclone", "ours"):
            prefix = f"{tool}-{stamp}-{rep}"
            down = work / f"down-{tool}"
            shutil.rmtree(down, ignore_errors=True)
            down.mkdir()
            up, dn = tree_copies(tool, jobs, src, bucket, prefix, down)
            env = ours if tool == "ours" else rclone
            for direction, argv in (("up", up), ("down", dn)):
                cpu, wall = run(argv, env)
                name = f"cli {tool} {direction}"
                samples.setdefault(name, []).append((cpu, wall))
                print(
                    f"  {name:22} {cpu * 1000 / files:7.3f} ms CPU / object   ({wall:.1f} s wall)"
                )
            got = sum(1 for _ in (down / "small").rglob("*.dat"))
            assert got == files, f"{tool} downloaded {got} of {files}"
            shutil.rmtree(down, ignore_errors=True)
    for name, runs in samples.items():
        cpus = sorted(c for c, _ in runs)
        walls = sorted(w for _, w in runs)
        out.append(
            {
                "row": name,
                "n": files,
                "reps": len(runs),
                "cpu_ms": round(statistics.median(cpus) * 1000 / files, 3),
                "cpu_ms_all": [round(c * 1000 / files, 3) for c in cpus],
                "wall_ms": round(statistics.median(walls) * 1000 / files, 3),
            }
        )
        print(f"  median {name:15} {out[-1]['cpu_ms']:7.3f} ms CPU / object")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--objects", type=int, default=2000)
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--size", type=int, default=4096)
    ap.add_argument("--jobs", type=int, default=16)
    ap.add_argument("--reps", type=int, default=3, help="cli rows: alternating runs, median")
    ap.add_argument("--rows", default="sdk,today,lean,cli", help="also: sizes")
    ap.add_argument("--label", default="current")
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args()
    rows = set(args.rows.split(","))
    work = args.work or Path(tempfile.mkdtemp(prefix="gd-cpu-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    sandbox = Sandbox(work)
    load_before = os.getloadavg()
    try:
        results = in_process_rows(sandbox.info, rows, args.objects, args.size)
        if "cli" in rows:
            results += cli_rows(sandbox.info, work, args.files, args.size, args.jobs, args.reps)
    finally:
        sandbox.stop()
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    runs = previous.get("runs", {})
    runs[args.label] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "params": {
            "objects": args.objects,
            "files": args.files,
            "size": args.size,
            "jobs": args.jobs,
            "reps": args.reps,
        },
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "rows": results,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
                "runs": runs,
            },
            indent=2,
        )
    )
    print(f"written to {RESULTS} (label {args.label})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
