"""The HTTP session every COS call goes through.

requests/urllib3 send a streamed request body in 16 KiB writes by default; at gigabytes per
transfer that is hundreds of thousands of Python-level reads and syscalls. The adapter here asks
urllib3 for 1 MiB blocks, for direct connections and for connections through a proxy alike, and
sizes the pool for the number of parallel transfers.
"""

from __future__ import annotations

from typing import Any

import requests
from requests.adapters import HTTPAdapter

BLOCK_SIZE = 1024 * 1024


class BigBlockAdapter(HTTPAdapter):
    def __init__(self, *, blocksize: int = BLOCK_SIZE, **kwargs: Any) -> None:
        self._blocksize = blocksize
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("blocksize", self._blocksize)
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs.setdefault("blocksize", self._blocksize)
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def __setstate__(self, state: dict[str, Any]) -> None:  # requests pickles adapters
        self._blocksize = state.pop("_blocksize", BLOCK_SIZE)
        super().__setstate__(state)


def make_session(pool_size: int = 32, *, blocksize: int = BLOCK_SIZE) -> requests.Session:
    session = requests.Session()
    adapter = BigBlockAdapter(pool_connections=8, pool_maxsize=pool_size, blocksize=blocksize)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
