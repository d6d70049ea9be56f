"""``gene-desk sandbox``: run the local COS endpoint and account service in the foreground.

``--today`` fixes the day the account panels' records are generated for (tests and acceptance
runs need the same records whatever the calendar says); the clock that dates sessions and
temporary keys stays real, or the COS endpoint would refuse the signatures.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import date
from pathlib import Path

from gene_desk.core import paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sandbox", help="run the local COS endpoint + Duoyungu account service (Ctrl-C stops)"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8700, help="account service port (default 8700)")
    p.add_argument(
        "--cos-port", type=int, default=None, help="COS endpoint port (default: --port + 1)"
    )
    p.add_argument(
        "--data",
        type=Path,
        default=None,
        help="data folder (default: the demo sandbox folder in the user data dir)",
    )
    p.add_argument(
        "--credential-ttl",
        type=float,
        default=None,
        help="lifetime of temporary COS keys in seconds (default 1800)",
    )
    p.add_argument(
        "--latency-ms",
        type=_latency,
        default=0.0,
        metavar="MS",
        help="one-way network latency the COS endpoint imitates: each request is answered"
        " 2 x MS later (default 0; for benchmarks)",
    )
    p.add_argument(
        "--today",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the account panels' records are generated for (default:"
        " $GENE_DESK_SANDBOX_TODAY, else today in China time)",
    )
    p.set_defaults(func=cmd_sandbox)


def _latency(text: str) -> float:
    """``--latency-ms``: milliseconds, 0 or more; a bad value is a usage error."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 10_000:
        raise argparse.ArgumentTypeError(f"not a latency in milliseconds (0..10000): {text!r}")
    return value


def _day(text: str) -> date:
    """``--today``: a bad date is a usage error (exit 2, one line), never a traceback."""
    from gene_desk.core.errors import GeneDeskError
    from gene_desk.sandbox.today import parse_day

    try:
        return parse_day(text)
    except GeneDeskError as exc:
        raise argparse.ArgumentTypeError(f"{exc} ({exc.code.value})") from None


def cmd_sandbox(args: argparse.Namespace) -> int:
    from gene_desk.cli.listen_errors import listen_error
    from gene_desk.core.localfs import os_error
    from gene_desk.sandbox.account.service import ServiceSettings
    from gene_desk.sandbox.runner import Sandbox

    settings = ServiceSettings()
    if args.credential_ttl is not None:
        settings.credential_ttl = args.credential_ttl
        settings.min_credential_ttl = min(settings.min_credential_ttl, args.credential_ttl)
    cos_port = args.cos_port if args.cos_port is not None else (args.port + 1 if args.port else 0)
    data = args.data or paths.demo_sandbox_dir()
    try:
        sandbox = Sandbox(
            data,
            host=args.host,
            port=args.port,
            cos_port=cos_port,
            settings=settings,
            today=args.today,
        )
    except OSError as exc:  # a file in the way, no permission: one coded line
        raise os_error(exc, None, f"cannot use the sandbox data folder {data}") from exc
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    try:
        sandbox.start()
    except (OSError, OverflowError) as exc:  # a port in use or out of range: one line
        raise listen_error(exc, args.host, {"--port": args.port, "--cos-port": cos_port}) from exc
    sandbox.cos.latency = args.latency_ms / 1000
    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        for line in sandbox.info().lines():
            print(line)
        print("ready: press Ctrl-C to stop", flush=True)
        while not stop.wait(3600):
            pass
    finally:
        sandbox.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("sandbox stopped", file=sys.stderr)
    return 0
