"""Measure how long the frozen or installed app takes to show its first window.

    python installer/measure_startup.py /opt/gene-desk/gene-desk [--rounds 5] [--json]

Runs ``<exe> --measure-startup`` (the login window) and ``<exe> --demo --measure-startup`` (the
main window, which includes starting the demo sandbox and logging in) offscreen, each with a
fresh ``GENE_DESK_HOME``. Two numbers per run:

* **in-app**: what the app prints, seconds from the OS-recorded creation of the process until
  the window has painted (``gene_desk/ui/startup_timing.py``);
* **wall**: seconds from just before this script spawns the process until that line arrives;
* **CPU**: CPU seconds the app had used by then (all threads): nearly independent of other load
  on the machine, so a fair figure on a busy build machine where the elapsed times stretch.

The first round of each is **cold**: on Linux the app's files (the whole bundle folder) are first
evicted from the page cache with ``posix_fadvise(DONTNEED)``, as after a reboot or right after
installing. The system's own libraries (Qt's X11/font/GLib dependencies, libc) stay cached, as
they are on a running desktop. The remaining rounds are **warm**; their median is reported. The
demo rounds after the first reuse the first round's sandbox data (a returning user); the cold one
seeds it.

build_installer.py calls :func:`measure` on the bundle it just built; nothing here asserts a
time (tests do not time things, see docs/contributing.md).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

MARKER = re.compile(r"startup: (\w+) shown after ([\d.]+) s \(since ([^)]+)\), CPU ([\d.]+) s")
TIMEOUT = 120.0


def evict_page_cache(folder: Path) -> int:
    """Drop ``folder``'s files from the page cache (Linux); returns how many files were evicted."""
    if not hasattr(os, "posix_fadvise"):
        return 0
    count = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            count += 1
        finally:
            os.close(fd)
    return count


def bundle_folder(exe: Path) -> Path:
    """The folder holding the app's files (``/usr/bin/gene-desk`` -> ``/opt/gene-desk``)."""
    return Path(os.path.realpath(exe)).parent


def run_once(exe: Path, demo: bool, home: Path, *, cold: bool) -> dict:
    if cold:
        evict_page_cache(bundle_folder(exe))
    env = dict(os.environ, GENE_DESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    cmd = [str(exe), "--measure-startup", *(["--demo"] if demo else [])]
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    watchdog = threading.Timer(TIMEOUT, proc.kill)
    watchdog.start()
    result: dict = {"cold": cold, "window": None}
    output = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            output.append(line)
            match = MARKER.search(line)
            if match and result["window"] is None:
                result["wall"] = round(time.perf_counter() - started, 3)
                result.update(
                    window=match.group(1),
                    in_app=float(match.group(2)),
                    basis=match.group(3),
                    cpu=float(match.group(4)),
                )
        code = proc.wait()
    finally:
        watchdog.cancel()
    result["exit"] = round(time.perf_counter() - started, 3)
    if code != 0 or result["window"] is None:
        raise RuntimeError(f"{' '.join(cmd)} exited {code}:\n{''.join(output)[-2000:]}")
    return result


def _load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def measure(exe: Path, rounds: int = 5) -> dict:
    """Cold and warm start times of the login window and of the demo main window."""
    report: dict = {"exe": str(exe), "rounds": rounds, "load_average": _load_average()}
    for label, demo in (("login_window", False), ("demo_main_window", True)):
        home = Path(tempfile.mkdtemp(prefix="gene-desk-startup-"))
        try:
            runs = []
            for i in range(max(rounds, 2)):
                # login: a fresh profile every time; demo: the first run seeds the sandbox
                run_home = home / f"run{i}" if not demo else home
                runs.append(run_once(exe, demo, run_home, cold=(i == 0)))
        finally:
            shutil.rmtree(home, ignore_errors=True)
        warm = runs[1:]
        report[label] = {
            "window": runs[0]["window"],
            "basis": runs[0]["basis"],
            "cold_in_app_s": runs[0]["in_app"],
            "cold_wall_s": runs[0]["wall"],
            "cold_cpu_s": runs[0]["cpu"],
            "warm_in_app_median_s": round(statistics.median(r["in_app"] for r in warm), 3),
            "warm_wall_median_s": round(statistics.median(r["wall"] for r in warm), 3),
            "warm_cpu_median_s": round(statistics.median(r["cpu"] for r in warm), 3),
            "runs": runs,
        }
    return report


def summary(report: dict) -> str:
    lines = []
    for label in ("login_window", "demo_main_window"):
        r = report[label]
        lines.append(
            f"{label} ({r['window']}): cold {r['cold_in_app_s']:.2f} s"
            f" (CPU {r['cold_cpu_s']:.2f} s, wall {r['cold_wall_s']:.2f} s);"
            f" warm median {r['warm_in_app_median_s']:.2f} s"
            f" (CPU {r['warm_cpu_median_s']:.2f} s, wall {r['warm_wall_median_s']:.2f} s)"
            f" since {r['basis']}"
        )
    lines.append(f"load average before: {report.get('load_average')}, {os.cpu_count()} CPUs")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("exe", type=Path, help="the frozen or installed gene-desk executable")
    parser.add_argument("--rounds", type=int, default=5, help="runs per window (first is cold)")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = parser.parse_args(argv)
    report = measure(args.exe, args.rounds)
    print(json.dumps(report, indent=1) if args.json else summary(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
