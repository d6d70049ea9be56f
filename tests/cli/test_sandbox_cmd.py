"""`gene-desk sandbox` in the foreground: prints name: value lines, serves, stops on Ctrl-C;
``--today`` (or GENE_DESK_SANDBOX_TODAY) fixes the records' day, a bad one is one clear line."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from qcloud_cos import CosConfig, CosS3Client

from gene_desk.account import models as m
from gene_desk.account.api import AccountApi
from gene_desk.sandbox.today import TODAY_ENV


def _free_ports(n: int) -> list[int]:
    """n distinct free ports: all held open while picking (closing one before binding the next
    can hand the same port out twice)."""
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def test_sandbox_command_prints_info_serves_and_stops_cleanly(tmp_path):
    port, cos_port = _free_ports(2)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    argv = [
        sys.executable,
        "-m",
        "gene_desk",
        "sandbox",
        "--port",
        str(port),
        "--cos-port",
        str(cos_port),
        "--data",
        str(tmp_path / "data"),
        "--today",
        "2021-02-05",  # beats GENE_DESK_SANDBOX_TODAY, which the test fixtures set
    ]
    with subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        info = {}
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("ready"):
                break
            name, _, value = line.strip().partition(": ")
            info[name] = value
        assert info["account_url"] == f"http://127.0.0.1:{port}"
        assert info["cos_endpoint"] == f"127.0.0.1:{cos_port}"
        for name in ("demo_account", "demo_password", "appid", "secret_id", "secret_key"):
            assert info[name]
        # the account service logs the demo user in, with the records of the given day...
        api = AccountApi(info["account_url"])
        assert api.login(info["demo_account"], info["demo_password"]).user.appid == info["appid"]
        assert api.overview().month == m.YearMonth(2021, 2)
        # ...and the printed permanent keys reach the sample bucket through the COS endpoint
        proxy = f"http://{info['cos_endpoint']}"
        client = CosS3Client(
            CosConfig(
                Region=info["region"],
                SecretId=info["secret_id"],
                SecretKey=info["secret_key"],
                Scheme="http",
                Proxies={"http": proxy, "https": proxy},
            ),
            retry=0,
        )
        listing = client.list_objects(Bucket=info["demo_bucket"])
        assert any(c["Key"] == "README.txt" for c in listing["Contents"])
        proc.send_signal(signal.SIGINT)
        assert proc.wait(20) == 0
        assert "sandbox stopped" in proc.stderr.read()
    # data survives: a second start finds the seeded bucket without seeding it again
    assert (tmp_path / "data").exists()


def _sandbox_fails(tmp_path: Path, *argv: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gene_desk", "sandbox", "--port", "0", "--data",
         str(tmp_path / "data"), *argv],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip


def test_bad_today_is_one_clear_line_and_nothing_starts(tmp_path):
    for value in ("2026-02-30", "15/06/2026", "1999-01-01"):
        done = _sandbox_fails(tmp_path, "--today", value, env={})
        assert done.returncode == 2 and done.stdout == ""
        assert "Traceback" not in done.stderr
        assert f"argument --today: {value!r} is not" in done.stderr
        assert "(INVALID_ARGUMENT)" in done.stderr
    done = _sandbox_fails(tmp_path, env={TODAY_ENV: "2026-13-01"})
    assert done.returncode == 1 and done.stdout == "" and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"gene-desk: error: {TODAY_ENV}: '2026-13-01' is not a date YYYY-MM-DD (INVALID_ARGUMENT)"
    ]
    assert not (tmp_path / "data").exists()
