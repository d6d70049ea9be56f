"""The whole sandbox in one object: COS endpoint + account service, started together.

Used by ``gene-desk sandbox`` (foreground), ``gene-desk --demo`` (in-process, free ports,
persistent data in the user data folder), the tests and the benchmarks. The account service
hands out the COS endpoint as an HTTP proxy address; that is the only thing that differs from
real Tencent Cloud for the client.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcloud_cos import CosConfig, CosS3Client
from qcloud_cos.cos_exception import CosServiceError

from gene_desk.sandbox import demo_data
from gene_desk.sandbox.account import billing, seed, share_links
from gene_desk.sandbox.account.service import AccountService, ServiceSettings
from gene_desk.sandbox.cos.server import CosServer
from gene_desk.sandbox.today import Today, from_environment

log = logging.getLogger(__name__)


@dataclass
class SandboxInfo:
    account_url: str
    cos_endpoint: str
    demo_account: str
    demo_password: str
    appid: str
    secret_id: str
    secret_key: str
    region: str
    demo_bucket: str

    def lines(self) -> list[str]:
        """``name: value`` lines, as ``gene-desk sandbox`` prints them."""
        return [f"{name}: {value}" for name, value in self.__dict__.items()]


class Sandbox:
    def __init__(
        self,
        data_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        cos_port: int = 0,
        settings: ServiceSettings | None = None,
        seed_demo: bool = True,
        today: Today = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``today`` fixes the day the account panels' records are generated for; when it is
        None, ``GENE_DESK_SANDBOX_TODAY`` (YYYY-MM-DD) does, else the clock's day. A bad value
        of the variable is INVALID_ARGUMENT, raised before anything is created. ``clock`` is the one
        clock of both servers (sessions, temporary keys, signatures, presigned URLs): tests pass
        one they advance instead of waiting."""
        if today is None:
            today = from_environment()
        self.data_dir = Path(data_dir)
        self.host = host
        self._port = port
        self._cos_port = cos_port
        self.seed_demo = seed_demo
        self.account = AccountService(
            self.data_dir / "account",
            settings=settings,
            cos_endpoint=self._endpoint,
            today=today,
            clock=clock,
        )
        self.account.add_routes(billing.register)  # the account panels' endpoints
        # share links point at this COS endpoint's own address (path-style), so anyone can
        # open them with plain HTTP, as they open a real bucket domain
        self.account.add_routes(share_links.registrar(self._share_address))
        self.cos = CosServer(
            self.data_dir / "cos", self.account, host=host, port=cos_port, clock=clock
        )
        self._started = False

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> Sandbox:
        self.cos.start()
        try:
            self.account.start(self.host, self._port)
        except BaseException:
            self.cos.stop()
            raise
        self._started = True
        if self.seed_demo:
            self.seed_demo_bucket()
        log.info("sandbox up: account %s, COS %s", self.account_url, self.cos_address)
        return self

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        self.account.stop()
        self.cos.stop()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- addresses ------------------------------------------------------------------------------
    @property
    def account_url(self) -> str:
        assert self.account.server is not None, "sandbox not started"
        return f"http://{self.host}:{self.account.server.port}"

    @property
    def cos_address(self) -> str:
        return f"{self.host}:{self.cos.port}"

    def _share_address(self, bucket: str, region: str) -> str:
        return f"http://{self.cos_address}/{bucket}"

    def _endpoint(self) -> dict[str, Any]:
        return {"scheme": "http", "proxy": f"http://{self.cos_address}"}

    def info(self) -> SandboxInfo:
        return SandboxInfo(
            account_url=self.account_url,
            cos_endpoint=self.cos_address,
            demo_account=seed.DEMO.account,
            demo_password=seed.DEMO.password,
            appid=seed.DEMO_APPID,
            secret_id=seed.DEMO.secret_id or "",
            secret_key=seed.DEMO.secret_key or "",
            region=seed.DEMO_REGION,
            demo_bucket=seed.DEMO_BUCKET,
        )

    # -- demo data ------------------------------------------------------------------------------
    def demo_client(self, region: str = seed.DEMO_REGION) -> CosS3Client:
        """An SDK client with the demo account's permanent keys, through the sandbox proxy."""
        proxy = f"http://{self.cos_address}"
        config = CosConfig(
            Region=region,
            SecretId=seed.DEMO.secret_id,
            SecretKey=seed.DEMO.secret_key,
            Scheme="http",
            Proxies={"http": proxy, "https": proxy},
        )
        return CosS3Client(config, retry=1)

    def seed_demo_bucket(self) -> None:
        """Create the sample bucket with a few FASTQ/VCF files, once (kept across restarts)."""
        client = self.demo_client()
        try:
            client.head_bucket(Bucket=seed.DEMO_BUCKET)
            return
        except CosServiceError as exc:
            if exc.get_status_code() != 404:
                raise
        client.create_bucket(Bucket=seed.DEMO_BUCKET)
        for key, body in demo_data.demo_objects().items():
            client.put_object(Bucket=seed.DEMO_BUCKET, Key=key, Body=body)
        log.info("seeded demo bucket %s", seed.DEMO_BUCKET)
