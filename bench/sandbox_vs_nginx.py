#!/usr/bin/env python3
"""Is the sandbox the bottleneck? Its COS endpoint against nginx on the same 1 GiB object.

    python bench/sandbox_vs_nginx.py [--size-mib 1024] [--rounds 5] [--work DIR] [--parallel 4]

Both servers run on loopback in their own processes and store under ``--work``:

* the sandbox: ``CosServer`` in a child ``python -c`` process (logging off);
* nginx (Debian package) with a temp config: ``dav_methods PUT``, ``client_max_body_size 0``,
  temp paths in the work dir, ``sendfile on``, one worker.

Measured, each ``--rounds`` times, sides alternating (even rounds sandbox first, odd rounds
nginx first):

* PUT and GET of the object with curl: ``curl --aws-sigv4`` against the sandbox (path-style),
  plain curl against nginx. GETs are written to a file in the work dir, as a client would.
* ``--parallel`` (4) simultaneous curl PUTs of size/4 each, against both: the transfer engine
  uploads parts in parallel, and each connection hashes on its own thread.
* PUT and GET with cos-python-sdk-v5 against the sandbox (``put_object`` with a file body,
  ``get_object`` streamed to a file), configured as Gene Desk does it (sandbox as HTTP proxy),
  compared with the same HTTP stack (requests: file body; ``stream=True``, 1 MiB chunks to a
  file) against nginx, because a Python client is much slower than curl on its own.

The sandbox must compute MD5 (ETag) and CRC-64 of every upload; nginx computes nothing. Rates
are MB/s of object bytes (10^6 bytes per MB), from curl's ``time_total`` or the SDK call's wall
time. Dirty pages are flushed (``sync``) before each run, outside the timing, and the run waits
(``--settle``, up to 20 s) for the CPUs to be mostly idle: on a shared machine someone else's
test suite otherwise decides the result (the busy fractions are in the JSON). The median of the
rounds goes in the table, every run in bench/results/sandbox_vs_nginx.json. Default work dir: a
new directory in the system temp dir; ``--work /dev/shm/x`` takes the disk out of it (then nginx
PUTs at memory speed, 1-2 GB/s here, while every sandbox PUT is bounded by MD5 on one core).

Target: the sandbox reaches at least half of nginx's PUT and GET rates with curl.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "sandbox_vs_nginx.json"
TARGET_RATIO = 0.5
APPID = "1250000000"
BUCKET = f"bench-{APPID}"
SECRET_ID = "AKIDbenchmark000001"
SECRET_KEY = "benchmark-secret-key"
MB = 1_000_000

SANDBOX_CHILD = r"""
import sys, time
from pathlib import Path
from gene_desk.sandbox.cos import CosServer
from gene_desk.sandbox.keys import KeyRecord, MemoryKeyStore
store = MemoryKeyStore([KeyRecord(sys.argv[2], sys.argv[3], sys.argv[4], "bench")])
server = CosServer(Path(sys.argv[1]), store).start()
print(server.port, flush=True)
sys.stdin.read()  # until the parent closes our stdin
server.stop()
"""

NGINX_CONF = """
worker_processes 1;
daemon off;
{user}
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 64; }}
http {{
    access_log off;
    sendfile on;
    client_body_temp_path {work}/nginx-tmp;
    proxy_temp_path {work}/nginx-tmp;
    fastcgi_temp_path {work}/nginx-tmp;
    uwsgi_temp_path {work}/nginx-tmp;
    scgi_temp_path {work}/nginx-tmp;
    server {{
        listen 127.0.0.1:{port};
        root {work}/nginx-root;
        client_max_body_size 0;
        dav_methods PUT;
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on port {port}")


def default_work() -> Path:
    return Path(tempfile.mkdtemp(prefix="sandbox-bench-"))


def make_source(path: Path, size: int) -> None:
    if path.exists() and path.stat().st_size == size:
        return
    chunk = os.urandom(16 * 1024 * 1024)
    with open(path, "wb") as f:
        left = size
        while left:
            n = min(left, len(chunk))
            f.write(chunk[:n])
            left -= n


def start_sandbox(work: Path) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SANDBOX_CHILD, str(work / "sandbox-data"), SECRET_ID, SECRET_KEY,
         APPID],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    wait_port(port)
    return proc, port


def start_nginx(work: Path) -> tuple[subprocess.Popen, int]:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    (work / "nginx-tmp").mkdir(exist_ok=True)
    (work / "nginx-root").mkdir(exist_ok=True)
    port = free_port()
    user = "user root root;" if os.geteuid() == 0 else ""  # workers must write our temp dirs
    conf = work / "nginx.conf"
    conf.write_text(NGINX_CONF.format(work=work, port=port, user=user))
    proc = subprocess.Popen([nginx, "-c", str(conf), "-p", str(work)], stderr=subprocess.PIPE)
    wait_port(port)
    return proc, port


def curl(args: list[str]) -> float:
    """Run curl, return its time_total in seconds (fails loudly on HTTP errors)."""
    out = subprocess.run(
        ["curl", "-sS", "--fail-with-body", "-w", "%{time_total}", *args],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        raise RuntimeError(f"curl {args[-1]} failed: {out.stderr.strip()} {out.stdout[-600:]}")
    return float(out.stdout.strip().splitlines()[-1])


def sync() -> None:
    if hasattr(os, "sync"):
        os.sync()


def _cpu_times() -> tuple[int, int]:
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return sum(fields), idle


def cpu_busy(interval: float = 0.5) -> float:
    """Fraction of all CPUs busy over ``interval`` (0..1); 0 where /proc/stat is missing."""
    try:
        total0, idle0 = _cpu_times()
        time.sleep(interval)
        total1, idle1 = _cpu_times()
    except OSError:
        return 0.0
    return 1 - (idle1 - idle0) / max(1, total1 - total0)


BUSY: list[float] = []  # machine busy fraction just before each measured run


def md5_rate(size: int = 256 * 1024 * 1024) -> float:
    """MB/s of hashlib MD5 on one core right now: the ceiling of one sandbox PUT (the ETag)."""
    import hashlib

    block = os.urandom(4 * 1024 * 1024)
    digest = hashlib.md5()
    started = time.perf_counter()
    for _ in range(size // len(block)):
        digest.update(block)
    return size / (time.perf_counter() - started) / MB


def settle(limit: float, max_busy: float = 0.25) -> None:
    """Wait (at most ``limit`` s) until other processes leave the CPUs mostly idle: this is
    a shared machine, and a run that competes with someone's test suite measures that."""
    deadline = time.monotonic() + limit
    busy = cpu_busy()
    while busy > max_busy and time.monotonic() < deadline:
        busy = cpu_busy(1.0)
    BUSY.append(round(busy, 3))


class Bench:
    def __init__(
        self, work: Path, size: int, sandbox_port: int, nginx_port: int, settle: float
    ) -> None:
        self.settle = settle
        self.work = work
        self.size = size
        self.src = work / "source.bin"
        self.dest = work / "download.bin"
        self.sandbox = f"http://127.0.0.1:{sandbox_port}"
        self.nginx = f"http://127.0.0.1:{nginx_port}"
        self.sig = ["--aws-sigv4", "aws:amz:ap-guangzhou:s3", "--user", f"{SECRET_ID}:{SECRET_KEY}"]
        from qcloud_cos import CosConfig, CosS3Client

        proxy = f"http://127.0.0.1:{sandbox_port}"
        config = CosConfig(
            Region="ap-guangzhou",
            SecretId=SECRET_ID,
            SecretKey=SECRET_KEY,
            Scheme="http",
            Proxies={"http": proxy, "https": proxy},
            Timeout=600,
        )
        self.sdk = CosS3Client(config, retry=0)
        self.sdk.create_bucket(Bucket=BUCKET)

    def _rate(self, seconds: float) -> float:
        return self.size / seconds / MB

    def _clean(self) -> None:
        self.dest.unlink(missing_ok=True)
        sync()
        settle(self.settle)

    def curl_put(self, side: str) -> float:
        self._clean()
        if side == "sandbox":
            url = f"{self.sandbox}/{BUCKET}/object.bin"
            return self._rate(curl([*self.sig, "-o", os.devnull, "-T", str(self.src), url]))
        return self._rate(curl(["-o", os.devnull, "-T", str(self.src), f"{self.nginx}/object.bin"]))

    def curl_get(self, side: str) -> float:
        self._clean()
        if side == "sandbox":
            url = f"{self.sandbox}/{BUCKET}/object.bin"
            seconds = curl([*self.sig, "-o", str(self.dest), url])
        else:
            seconds = curl(["-o", str(self.dest), f"{self.nginx}/object.bin"])
        assert self.dest.stat().st_size == self.size
        return self._rate(seconds)

    def sdk_put(self) -> float:
        self._clean()
        started = time.perf_counter()
        with open(self.src, "rb") as fp:
            self.sdk.put_object(Bucket=BUCKET, Key="sdk.bin", Body=fp)
        return self._rate(time.perf_counter() - started)

    def parallel_put(self, side: str, streams: int) -> float:
        """``streams`` curl PUTs of size/streams bytes at once (the engine uploads in parallel):
        aggregate MB/s from the first start to the last finish."""
        self._clean()
        part = self.work / "part.bin"
        procs = []
        started = time.perf_counter()
        for i in range(streams):
            if side == "sandbox":
                args = [*self.sig, "-T", str(part), f"{self.sandbox}/{BUCKET}/parallel-{i}"]
            else:
                args = ["-T", str(part), f"{self.nginx}/parallel-{i}"]
            procs.append(subprocess.Popen(["curl", "-sS", "--fail", "-o", os.devnull, *args]))
        for p in procs:
            if p.wait() != 0:
                raise RuntimeError("parallel curl PUT failed")
        return streams * part.stat().st_size / (time.perf_counter() - started) / MB

    def requests_put(self) -> float:
        """The SDK's HTTP stack (requests, file body) against nginx: the SDK rows' baseline."""
        import requests

        self._clean()
        started = time.perf_counter()
        with open(self.src, "rb") as fp:
            r = requests.put(f"{self.nginx}/sdk.bin", data=fp, timeout=600)
        r.raise_for_status()
        return self._rate(time.perf_counter() - started)

    def requests_get(self) -> float:
        """As the SDK's get_stream_to_file does it: requests, stream=True, 1 MiB chunks."""
        import requests

        self._clean()
        started = time.perf_counter()
        with requests.get(f"{self.nginx}/sdk.bin", stream=True, timeout=600) as r:
            r.raise_for_status()
            with open(self.dest, "wb") as out:
                for chunk in r.iter_content(1024 * 1024):
                    out.write(chunk)
        seconds = time.perf_counter() - started
        assert self.dest.stat().st_size == self.size
        return self._rate(seconds)

    def sdk_get(self) -> float:
        self._clean()
        started = time.perf_counter()
        response = self.sdk.get_object(Bucket=BUCKET, Key="sdk.bin")
        response["Body"].get_stream_to_file(str(self.dest))
        seconds = time.perf_counter() - started
        assert self.dest.stat().st_size == self.size
        return self._rate(seconds)


def fs_type(path: Path) -> str:
    """File system type of ``path`` from /proc/mounts (longest matching mount point)."""
    best, kind = "", "unknown"
    try:
        with open("/proc/mounts") as f:
            for line in f:
                fields = line.split()
                mount, fstype = fields[1], fields[2]
                inside = str(path) == mount or str(path).startswith(mount.rstrip("/") + "/")
                if inside and len(mount) > len(best):
                    best, kind = mount, fstype
    except OSError:
        pass
    return kind


def version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=10)
    except OSError:
        return "missing"
    return (out.stdout or out.stderr).strip().splitlines()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", type=Path, help="where both servers store (default: see doc)")
    parser.add_argument("--keep", action="store_true", help="keep the work dir")
    parser.add_argument(
        "--parallel", type=int, default=4, help="streams for the parallel PUT row (0: skip)"
    )
    parser.add_argument(
        "--settle",
        type=float,
        default=20,
        help="before each run, wait up to this many seconds for the CPUs to be <25%% busy",
    )
    args = parser.parse_args()

    work = args.work or default_work()
    work.mkdir(parents=True, exist_ok=True)
    work = work.resolve()
    size = args.size_mib * 1024 * 1024
    print(f"work dir {work}, object {size} bytes, {args.rounds} rounds", flush=True)
    make_source(work / "source.bin", size)
    if args.parallel:
        make_source(work / "part.bin", size // args.parallel)
    sandbox, sandbox_port = start_sandbox(work)
    nginx, nginx_port = start_nginx(work)
    names = ("put_sandbox", "put_nginx", "get_sandbox", "get_nginx")
    names += ("sdk_put", "requests_put_nginx", "sdk_get", "requests_get_nginx")
    if args.parallel:
        names += ("parallel_put_sandbox", "parallel_put_nginx")
    runs: dict[str, list[float]] = {k: [] for k in names}
    runs["md5_one_core"] = []
    try:
        bench = Bench(work, size, sandbox_port, nginx_port, args.settle)
        for r in range(args.rounds):
            order = ["sandbox", "nginx"] if r % 2 == 0 else ["nginx", "sandbox"]
            settle(args.settle)
            runs["md5_one_core"].append(md5_rate())
            for side in order:
                runs[f"put_{side}"].append(bench.curl_put(side))
            for side in order:
                runs[f"get_{side}"].append(bench.curl_get(side))
            for side in order if args.parallel else []:
                runs[f"parallel_put_{side}"].append(bench.parallel_put(side, args.parallel))
            for side in order:
                if side == "sandbox":
                    runs["sdk_put"].append(bench.sdk_put())
                else:
                    runs["requests_put_nginx"].append(bench.requests_put())
            for side in order:
                if side == "sandbox":
                    runs["sdk_get"].append(bench.sdk_get())
                else:
                    runs["requests_get_nginx"].append(bench.requests_get())
            print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.0f}" for k, v in runs.items()),
                  flush=True)  # fmt: skip
    finally:
        assert sandbox.stdin is not None
        sandbox.stdin.close()
        sandbox.wait(timeout=30)
        nginx.terminate()
        nginx.wait(timeout=30)
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)

    med = {k: statistics.median(v) for k, v in runs.items()}
    rows = [
        ("PUT, curl", med["put_sandbox"], med["put_nginx"]),
        ("GET, curl", med["get_sandbox"], med["get_nginx"]),
        ("PUT, SDK / requests", med["sdk_put"], med["requests_put_nginx"]),
        ("GET, SDK / requests", med["sdk_get"], med["requests_get_nginx"]),
    ]
    if args.parallel:
        label = f"PUT, curl x{args.parallel} parallel"
        rows.append((label, med["parallel_put_sandbox"], med["parallel_put_nginx"]))
    print()
    print(f"{'operation':<24} {'sandbox MB/s':>13} {'nginx MB/s':>11} {'ratio':>7}")
    for name, ours, theirs in rows:
        print(f"{name:<24} {ours:>13.0f} {theirs:>11.0f} {ours / theirs:>7.2f}")
    print("(SDK rows: cos-python-sdk-v5 against the sandbox, plain requests against nginx)")
    print(f"MD5 on one core meanwhile: {med['md5_one_core']:.0f} MB/s (the ceiling of one PUT)")
    ratios = {
        "put": med["put_sandbox"] / med["put_nginx"],
        "get": med["get_sandbox"] / med["get_nginx"],
        "sdk_put_vs_requests_put": med["sdk_put"] / med["requests_put_nginx"],
        "sdk_get_vs_requests_get": med["sdk_get"] / med["requests_get_nginx"],
    }
    if args.parallel:
        ratios["parallel_put"] = med["parallel_put_sandbox"] / med["parallel_put_nginx"]
    met = ratios["put"] >= TARGET_RATIO and ratios["get"] >= TARGET_RATIO
    print(f"\ntarget: sandbox >= {TARGET_RATIO:.0%} of nginx for curl PUT and GET: "
          f"{'met' if met else 'NOT met'}")  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "object_bytes": size,
                "rounds": args.rounds,
                "unit": "MB/s (10^6 bytes per second)",
                "work_dir": str(work),
                "work_dir_fs": fs_type(work),
                "runs": runs,
                "median": med,
                "cpu_busy_before_runs": BUSY,
                "ratios": ratios,
                "target_ratio": TARGET_RATIO,
                "target_met": met,
                "environment": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "curl": version(["curl", "--version"]),
                    "nginx": version(["nginx", "-v"]),
                    "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
                },
            },
            indent=2,
        )
        + "\n"
    )
    print(f"results: {RESULTS.relative_to(ROOT)}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
