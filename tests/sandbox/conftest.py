"""Fixtures: a real CosServer on 127.0.0.1 (free port, temp data dir) per test, SDK clients built
the way Gene Desk builds them, and a bucket."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from qcloud_cos import CosS3Client

from gene_desk.sandbox.cos import CosServer
from gene_desk.sandbox.keys import KeyRecord, MemoryKeyStore

from .support import ALL_KEYS, APPID, PERM, cos_config

# the SDK logs every error response at ERROR level; the tests provoke hundreds
logging.getLogger("qcloud_cos").setLevel(logging.CRITICAL)


@pytest.fixture
def keystore() -> MemoryKeyStore:
    return MemoryKeyStore(list(ALL_KEYS))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "cos-data"


@pytest.fixture
def server(data_dir: Path, keystore: MemoryKeyStore) -> Iterator[CosServer]:
    srv = CosServer(data_dir, keystore).start()
    yield srv
    srv.stop()


@pytest.fixture
def make_client(server: CosServer) -> Iterator[Callable[..., CosS3Client]]:
    """``make_client(record=PERM, retry=0, **cos_config kwargs)``: own session, closed after."""
    sessions: list[requests.Session] = []

    def make(record: KeyRecord = PERM, *, retry: int = 0, **kwargs) -> CosS3Client:
        session = requests.Session()
        sessions.append(session)
        config = cos_config(server.address, record, **kwargs)
        return CosS3Client(config, retry=retry, session=session)

    yield make
    for s in sessions:
        s.close()


@pytest.fixture
def client(make_client: Callable[..., CosS3Client]) -> CosS3Client:
    return make_client()


@pytest.fixture
def bucket(client: CosS3Client) -> str:
    name = f"test-{APPID}"
    client.create_bucket(Bucket=name)
    return name
