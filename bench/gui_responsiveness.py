"""How long does the GUI thread stall while the engine works? (target: < 50 ms)

A QTimer fires every 5 ms on the GUI thread and records the gaps between its ticks; the longest
gap minus 5 ms is the longest stall a user could feel. Two scenarios, each on the real main
window (offscreen) over the sandbox running in its own process, as COS is remote for a real
user (an in-process sandbox would compete with the window for the GIL and measure itself):

1. a 1 GiB FASTQ-like file uploaded with compression, with the transfer list open
   (listener signals, 5 Hz model refresh, progress bars);
2. a folder of 100,000 objects (the sandbox's ``generate_objects``) opened in the file table and
   scrolled to the end, so every page is fetched.

Both scenarios run ``--runs`` times in one window (issue 18 asks for 9; each upload goes to its
own folder, the listing is opened again from the bucket's root). With ``--stacks`` a watchdog
thread samples every thread's Python stack whenever the GUI timer is more than 30 ms late, so a
stall can be traced to what held the GIL or the GUI thread (written under "stall_stacks").

Prints the figures and writes ``bench/results/gui_responsiveness.json`` (or ``--out``).

    python bench/gui_responsiveness.py [--size-mib 1024] [--objects 100000] [--runs 9] [--stacks]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer

ROOT = Path(__file__).resolve().parents[1]
TICK_MS = 5
TARGET_MS = 50.0


class StackSampler:
    """Watchdog thread: while the GUI timer is late by more than ``LATE_MS``, samples the stacks
    of all threads every few ms (what the GUI thread is doing, and who else runs Python)."""

    LATE_MS = 30

    def __init__(self) -> None:
        self.last_tick = float("inf")  # not measuring yet
        self.samples: Counter[str] = Counter()
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(0.003):
            if (time.monotonic() - self.last_tick) * 1000 < self.LATE_MS:
                continue
            frames = sys._current_frames()
            parts = []
            for ident, frame in frames.items():
                if ident == me:
                    continue
                stack = traceback.extract_stack(frame)[-6:]
                where = " < ".join(
                    f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(stack)
                )
                parts.append(("GUI " if ident == self._main else "worker ") + where)
            # the GUI thread first, then the workers in a stable order
            parts.sort(key=lambda x: (not x.startswith("GUI"), x))
            self.samples["\n".join(parts)] += 1

    def watch_gc(self) -> None:
        """Record every cyclic collection over 10 ms: (generation, ms, thread name, the
        generation-0 count when it started)."""
        import gc

        self.collections: list[list] = []
        started: dict[int, float] = {}
        young: dict[int, int] = {}

        def callback(phase: str, info: dict) -> None:
            ident = threading.get_ident()
            if phase == "start":
                started[ident] = time.perf_counter()
                young[ident] = gc.get_count()[0]
            elif ident in started:
                ms = (time.perf_counter() - started.pop(ident)) * 1000
                if ms > 10:
                    name = threading.current_thread().name
                    self.collections.append(
                        [info["generation"], round(ms, 1), name, young.pop(ident, -1)]
                    )

        gc.callbacks.append(callback)

    def top(self, n: int = 12) -> list[list]:
        return [[count, text.split("\n")] for text, count in self.samples.most_common(n)]

    def close(self) -> None:
        self._stop.set()


class StallMeter:
    """Records the gaps between 5 ms timer ticks on the GUI thread."""

    def __init__(self, sampler: StackSampler | None = None) -> None:
        self.sampler = sampler
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.long: list[tuple[float, float]] = []  # (at ms since start, gap ms) over 40 ms
        self._last = 0

    def start(self) -> None:
        self.gaps = []
        self.long = []
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        if self.sampler is not None:
            self.sampler.last_tick = time.monotonic()
        self.timer.start()

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        if self.sampler is not None:
            self.sampler.last_tick = float("inf")  # not ticking: not late
        gaps = sorted(self.gaps) or [0.0]
        return {
            "ticks": len(self.gaps),
            "longest_stall_ms": round(max(0.0, gaps[-1] - TICK_MS), 2),
            "p99_gap_ms": round(gaps[int(len(gaps) * 0.99) - 1 if len(gaps) > 1 else 0], 2),
            "median_gap_ms": round(statistics.median(gaps), 2),
            "gaps_over_40ms": [[round(a), round(g)] for a, g in self.long],
        }

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        gap = (now - self._last) / 1e6
        self.gaps.append(gap)
        if self.sampler is not None:
            self.sampler.last_tick = time.monotonic()
        if gap > 40:
            self.long.append((now / 1e6, gap))
        self._last = now


# The machine's own floor: a bare process waking every 5 ms, no Qt, no engine, no GIL shared
# with anyone. Its longest lateness during a scenario is what the OS scheduler alone costs on a
# shared machine (other programs, the sandbox); the window cannot do better than that.
FLOOR = """
import signal, sys, time
worst = 0.0
def done(*_):
    print(round(max(0.0, worst) * 1000, 2), flush=True)
    sys.exit(0)
signal.signal(signal.SIGTERM, done)
last = time.perf_counter()
while True:
    time.sleep(0.005)
    now = time.perf_counter()
    worst = max(worst, now - last - 0.005)
    last = now
"""


class Floor:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", FLOOR], stdout=subprocess.PIPE, text=True
        )

    def stop(self) -> float:
        self.proc.terminate()
        out, _ = self.proc.communicate(timeout=30)
        try:
            return float(out.strip().splitlines()[-1])
        except (ValueError, IndexError):
            return float("nan")


def pump_until(predicate, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.001)
    return bool(predicate())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SandboxProcess:
    """``gene-desk sandbox`` in a child process on free ports."""

    def __init__(self, data: Path) -> None:
        port = _free_port()
        cos_port = _free_port()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gene_desk",
                "sandbox",
                "--port",
                str(port),
                "--cos-port",
                str(cos_port),
                "--data",
                str(data),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        info: dict[str, str] = {}
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("ready"):
                break
            name, _, value = line.partition(": ")
            info[name] = value.strip()
        self.account_url = info["account_url"]
        self.cos = info["cos_endpoint"]

    def generate(self, bucket: str, prefix: str, count: int) -> None:
        import requests

        response = requests.post(
            f"http://{self.cos}/_sandbox/generate",
            json={"bucket": bucket, "prefix": prefix, "count": count, "size": 0},
            timeout=600,
        )
        response.raise_for_status()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def make_fastq(path: Path, size: int) -> None:
    """Real reads (shared/data) repeated up to ``size`` bytes, or generated ones without it."""
    source = ROOT.parent / "shared" / "data" / "census.fastq.gz"
    if not source.exists():
        source = Path("/work/shared/data/census.fastq.gz")
    if source.exists():
        chunk = gzip.decompress(source.read_bytes())
    else:
        from gene_desk.sandbox import demo_data

        chunk = demo_data.fastq(20_000, 100, 1, "BENCH")
    with path.open("wb") as out:
        written = 0
        while written < size:
            part = chunk[: size - written]
            out.write(part)
            written += len(part)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--stacks", action="store_true", help="sample stacks during stalls")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "gui_responsiveness.json"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="gd-gui-bench-"))
    os.environ["GENE_DESK_HOME"] = str(work / "home")
    from gene_desk.ui.app import freeze_heap, make_app  # the window's interpreter settings

    app = make_app(sys.argv[:1])

    from gene_desk.account.session import AccountSession
    from gene_desk.journal import State
    from gene_desk.sandbox.account import seed
    from gene_desk.ui import i18n
    from gene_desk.ui.context import build_context
    from gene_desk.ui.jobs_model import JobSignals
    from gene_desk.ui.main_window import MainWindow
    from gene_desk.ui.settings import UiSettings
    from gene_desk.ui.tasks import TaskRunner

    i18n.install("zh_CN")
    sandbox = SandboxProcess(work / "sandbox")
    results: dict[str, object] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "tick_ms": TICK_MS,
        "target_ms": TARGET_MS,
    }
    try:
        session = AccountSession.login(sandbox.account_url, seed.DEMO.account, seed.DEMO.password)
        runner = TaskRunner()
        ctx = build_context(session, UiSettings(), runner, JobSignals(), JobSignals())
        bucket = ctx.storage.create_bucket("gui-bench", "ap-guangzhou")
        window = MainWindow(ctx)
        window.show()
        freeze_heap()  # as the app does once its window is up
        pump_until(lambda: window.tree_model.bucket_index(bucket.name).isValid(), 30)
        window.select_bucket(bucket.name)
        pump_until(lambda: window.table_model.complete, 30)
        sampler = StackSampler() if args.stacks else None
        if sampler is not None:
            sampler.watch_gc()
        meter = StallMeter(sampler)
        src = work / "reads.fastq"
        make_fastq(src, args.size_mib * 1024 * 1024)
        sandbox.generate(bucket.name, "many/", args.objects)
        uploads: list[dict] = []
        listings: list[dict] = []
        window.show_transfers()
        for run in range(args.runs):
            # 1. a big compressed upload with the transfer list open
            floor = Floor()
            meter.start()
            started = time.monotonic()
            dialog = window.open_upload([str(src)], bucket, f"run{run}/")
            assert dialog is not None
            dialog.start_button.click()
            pump_until(lambda n=run: len(window.submitted_jobs) > n, 60)
            job_id = window.submitted_jobs[run]
            jobs = window.transfer_panel.model  # what the window shows, no engine call here

            def upload_done(job_id: int = job_id, jobs=jobs) -> bool:  # type: ignore[no-untyped-def]
                return any(n.id == job_id and n.status.job.state.finished for n in jobs.jobs)

            pump_until(upload_done, 3600)
            seconds = time.monotonic() - started
            upload = meter.stop()
            state = ctx.transfers.status(job_id).job.state
            upload.update(
                run=run,
                floor_stall_ms=floor.stop(),
                size_mib=args.size_mib,
                seconds=round(seconds, 1),
                state=state.value,
                mib_per_s=round(args.size_mib / seconds, 1),
                load1=round(os.getloadavg()[0], 2),
            )
            uploads.append(upload)
            print(
                f"run {run} upload: {upload['longest_stall_ms']} ms"
                f" (bare process: {upload['floor_stall_ms']} ms)",
                flush=True,
            )
            if state is not State.SUCCEEDED:
                print(f"upload ended {state.value}", file=sys.stderr)

            # 2. a 100,000-object folder opened and scrolled to its end
            window.navigate(bucket, "")
            pump_until(lambda: window.table_model.complete, 60)
            floor = Floor()
            meter.start()
            started = time.monotonic()
            window.navigate(bucket, "many/")
            first_page = None

            def loaded_all(started: float = started) -> bool:
                nonlocal first_page
                rows = window.table_model.rowCount()
                if rows and first_page is None:
                    first_page = time.monotonic() - started
                if window.table_model.canFetchMore():
                    window.table.scrollToBottom()
                return window.table_model.complete and rows >= args.objects

            pump_until(loaded_all, 600)
            seconds = time.monotonic() - started
            listing = meter.stop()
            listing.update(
                run=run,
                floor_stall_ms=floor.stop(),
                objects=window.table_model.rowCount(),
                first_page_s=round(first_page or -1, 3),
                all_pages_s=round(seconds, 1),
                load1=round(os.getloadavg()[0], 2),
            )
            listings.append(listing)
            print(
                f"run {run} listing: {listing['longest_stall_ms']} ms"
                f" (bare process: {listing['floor_stall_ms']} ms)",
                flush=True,
            )
        src.unlink()
        results["upload_1gib_compressed"] = uploads[0] if args.runs == 1 else uploads
        results["list_100k_objects"] = listings[0] if args.runs == 1 else listings
        results["floor_stall_per_run_ms"] = [
            max(u["floor_stall_ms"], li["floor_stall_ms"])
            for u, li in zip(uploads, listings, strict=True)
        ]
        results["longest_stall_per_run_ms"] = [
            max(u["longest_stall_ms"], li["longest_stall_ms"])
            for u, li in zip(uploads, listings, strict=True)
        ]
        if sampler is not None:
            sampler.close()
            results["stall_stacks"] = sampler.top()
            results["slow_collections"] = sampler.collections

        window._quit_confirmed = True
        window.close()
        ctx.shutdown()
        runner.wait_done(30_000)
        session.logout()
    finally:
        sandbox.stop()
        app.processEvents()
        shutil.rmtree(work, ignore_errors=True)  # the 1 GiB source and the sandbox's data

    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    per_run = results["longest_stall_per_run_ms"]
    print(f"longest GUI stall per run: {per_run} ms (target < {TARGET_MS:.0f} ms)", flush=True)
    os._exit(0)  # skip interpreter finalization: PySide objects torn down in GC order can crash


if __name__ == "__main__":
    sys.exit(main())
